"""What the dashboard shows, computed: tables of runs and trials, long curves downsampled for
the browser, heat-map bins and the shapes that draw diagnosis findings on a curve.

Pure functions over plain data (MLflow ``Run`` entities, pandas tables, finding dicts), so they
are tested without Streamlit; ``dashboards/`` only fetches and renders.

>>> import numpy as np
>>> x = np.arange(100_000); y = np.sin(x / 5000.0)
>>> xs, ys = lttb(x, y, 500)
>>> len(xs), int(xs[0]), int(xs[-1])
(500, 0, 99999)
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd

from dnnlab.keys import PRUNED as PRUNED_TAG
from dnnlab.keys import cadence

__all__ = [
    "CURVE_CODES",
    "KEY_PARAMS",
    "LANE_HEIGHT",
    "PER_STEP_PREFIXES",
    "SEVERITY_ICON",
    "SEVERITY_MARK",
    "SUMMARY_METRICS",
    "Curves",
    "Overlay",
    "Series",
    "best_epoch",
    "clipped_points",
    "collapsed_embedding",
    "curves_by_role",
    "diagnosis_codes",
    "downsample",
    "finding_lanes",
    "finding_overlays",
    "flat_maps",
    "heatmap_bins",
    "is_per_step",
    "log_axis_fits",
    "lttb",
    "metric_pairs",
    "minmax",
    "normalise_confusion",
    "param_diff",
    "parse_json",
    "robust_top",
    "runs_frame",
    "sample_steps",
    "trials_frame",
]

# the params that tell runs apart at a glance (README: the flattened config)
KEY_PARAMS: tuple[str, ...] = (
    "model.kind", "model.hidden", "model.activation", "model.dropout", "model.batchnorm",
    "optim.name", "optim.lr", "optim.weight_decay", "train.epochs", "train.batch_size",
)
# last value of these per run; test/ metrics are computed once at the end of a run
SUMMARY_METRICS: tuple[str, ...] = (
    "test/accuracy", "test/f1", "test/roc_auc", "test/loss", "test/r2", "test/mse",
    "val/accuracy", "val/loss", "val/r2", "train/epoch_loss",
)
PER_STEP_PREFIXES: tuple[str, ...] = ("train/loss", "lr", "update_ratio/", "grad_norm/")
SEVERITY_ICON: dict[str, str] = {"critical": "🔴", "warning": "🟠", "info": "🔵"}
#: The same severities as Streamlit Markdown: Material Symbols, which Streamlit ships with its
#: page, so a finding's heading shows its icon in any browser (an emoji needs a font that a
#: server's or a container's browser may not have).
SEVERITY_MARK: dict[str, str] = {"critical": ":red[:material/error:]",
                                 "warning": ":orange[:material/warning:]",
                                 "info": ":blue[:material/info:]"}
SEVERITY_RANK: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}
# findings read off the loss curves (drawn on the loss chart)
CURVE_CODES: tuple[str, ...] = (
    "nan_loss", "divergence", "not_training", "not_converged", "slow_start", "overfitting",
    "underfitting", "unshuffled_data", "noisy_loss",
)


def is_per_step(key: str) -> bool:
    """dnnlab logs these against the optimisation step; everything else per epoch (README)."""
    return cadence(key) == "step"


# ----------------------------------------------------------------------------- runs table


def diagnosis_codes(tags: Mapping[str, str]) -> dict[str, str]:
    """``{code: severity}`` from a run's ``diagnosis.<code>`` tags (``diagnosis.summary`` aside),
    most severe first."""
    found = {k[len("diagnosis."):]: v for k, v in tags.items()
             if k.startswith("diagnosis.") and k not in ("diagnosis.summary",
                                                          "diagnosis.verdict")}
    return dict(sorted(found.items(), key=lambda kv: (-SEVERITY_RANK.get(kv[1], -1), kv[0])))


def _badges(codes: Mapping[str, str]) -> str:
    return " ".join(f"{SEVERITY_ICON.get(s, '⚪')} {c}" for c, s in codes.items())


def _float(text: str | None) -> float | None:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def runs_frame(runs: Iterable[Any], experiment_names: Mapping[str, str] | None = None,
               params: Sequence[str] = KEY_PARAMS,
               metrics: Sequence[str] = SUMMARY_METRICS) -> pd.DataFrame:
    """One row per MLflow run: ids, name, status (MLflow's, or PRUNED for a study trial its
    pruner stopped), times, dataset/model/task tags, the ``params`` (numbers where they
    parse), the last value of ``metrics``, diagnosis badges,
    codes and verdict (the ``diagnosis.verdict`` tag), the study/parent links and the tool
    that logged the run.

    Columns are the same whatever the runs hold (absent values are None), so a page can filter
    and sort without checking for them.
    """
    names = experiment_names or {}
    rows = []
    for run in runs:
        info, data = run.info, run.data
        tags = data.tags
        codes = diagnosis_codes(tags)
        start = pd.to_datetime(info.start_time, unit="ms", utc=True) if info.start_time else None
        duration = ((info.end_time - info.start_time) / 1000.0
                    if info.end_time and info.start_time else None)
        row: dict[str, Any] = {
            "run_id": info.run_id,
            "run_name": info.run_name or info.run_id[:8],
            "experiment": names.get(info.experiment_id, info.experiment_id),
            "experiment_id": info.experiment_id,
            # a trial its study's pruner stopped is FINISHED in MLflow: shown as PRUNED
            "status": "PRUNED" if info.status == "FINISHED" and tags.get(PRUNED_TAG) == "true"
            else info.status,
            "start_time": start,
            "duration_s": duration,
            "dataset": tags.get("dataset"),
            "model_kind": tags.get("model_kind"),
            "task": tags.get("task"),
            "diagnosis": _badges(codes) or ("healthy" if "diagnosis.summary" in tags else ""),
            "verdict": tags.get("diagnosis.verdict") or "",  # not diagnosed: blank, not None
            "diagnosis_codes": list(codes),
            "worst": max((SEVERITY_RANK.get(s, -1) for s in codes.values()), default=-1),
            "failed_step": tags.get("failed_step"),
            "parent_run_id": tags.get("mlflow.parentRunId"),
            "study": tags.get("optuna.study_name"),
            "trial": tags.get("optuna.trial_number"),
            "tool": "dnnlab" if "dnnlab_version" in tags else tags.get("mlflow.source.name")
            or "other",
        }
        for p in params:
            raw = data.params.get(p)
            num = _float(raw)
            row[p] = num if num is not None and p not in ("model.hidden",) else raw
        for m in metrics:
            row[m] = data.metrics.get(m)
        rows.append(row)
    fixed = ["run_id", "run_name", "experiment", "experiment_id", "status", "start_time",
             "duration_s", "dataset", "model_kind", "task", "diagnosis", "verdict",
             "diagnosis_codes", "worst", "failed_step", "parent_run_id", "study", "trial", "tool"]
    columns = [*fixed, *params, *metrics]
    frame = pd.DataFrame(rows, columns=columns)
    # a column that no run fills stays out of the way
    keep = [c for c in columns if c in fixed or frame[c].notna().any()]
    return frame[keep]


def param_diff(params: Mapping[str, Mapping[str, str]], only_different: bool = True
               ) -> pd.DataFrame:
    """Params side by side, one column per run label; rows where the runs disagree (or all)."""
    labels = list(params)
    keys = sorted(set().union(*(set(p) for p in params.values()))) if params else []
    rows = {}
    for k in keys:
        values = [params[label].get(k) for label in labels]
        if only_different and len({v for v in values}) <= 1:
            continue
        rows[k] = values
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=labels)
    frame.index.name = "param"
    return frame


# ----------------------------------------------------------------------------- long curves


@dataclass(frozen=True)
class Series:
    """One metric's points as arrays (``steps`` increasing), plus how many points the run
    logged in all (``total``; larger than ``len(steps)`` when sampled)."""

    key: str
    steps: np.ndarray
    values: np.ndarray
    total: int

    @property
    def sampled(self) -> bool:
        return self.total > len(self.steps)


def sample_steps(max_step: int, n: int, every: int = 1, first: int = 1) -> list[int]:
    """At most ``n`` steps spread evenly over ``first..max_step`` on the grid of ``every``
    (a metric logged every ``every`` steps lives on multiples of it), always with the last."""
    if max_step < first:
        return []
    start = first if every == 1 else max(every, math.ceil(first / every) * every)
    grid_count = (max_step - start) // every + 1
    if grid_count <= n:
        return list(range(start, max_step + 1, every))
    idx = np.unique(np.linspace(0, grid_count - 1, n).round().astype(np.int64))
    steps = (start + idx * every).tolist()
    if steps[-1] != max_step and max_step % every == start % every:
        steps[-1] = max_step
    return steps


def lttb(x: np.ndarray, y: np.ndarray, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """Largest-Triangle-Three-Buckets (Steinarsson 2013): ``n_out`` points that keep the shape
    of the line, first and last included. ``x`` increasing, ``y`` finite."""
    x, y = np.asarray(x), np.asarray(y, dtype=float)
    n = len(x)
    if n_out >= n or n_out < 3:
        return x, y
    xf = x.astype(float)
    edges = np.linspace(1, n - 1, n_out - 1).astype(np.int64)
    keep = np.empty(n_out, dtype=np.int64)
    keep[0], keep[-1] = 0, n - 1
    a = 0
    for i in range(n_out - 2):
        lo, hi = edges[i], max(edges[i + 1], edges[i] + 1)
        nlo = hi
        nhi = edges[i + 2] if i + 2 < len(edges) else n
        nhi = max(nhi, nlo + 1)
        avg_x, avg_y = xf[nlo:nhi].mean(), y[nlo:nhi].mean()
        ax, ay = xf[a], y[a]
        area = np.abs((ax - avg_x) * (y[lo:hi] - ay) - (ax - xf[lo:hi]) * (avg_y - ay))
        a = lo + int(np.argmax(area))
        keep[i + 1] = a
    keep = np.unique(keep)
    return x[keep], y[keep]


def minmax(x: np.ndarray, y: np.ndarray, n_out: int) -> tuple[np.ndarray, np.ndarray]:
    """The lowest and highest point of each of ``n_out // 2`` equal-count buckets, in order:
    keeps every spike (a loss spike must not vanish from a long curve)."""
    x, y = np.asarray(x), np.asarray(y, dtype=float)
    n = len(x)
    if n_out >= n or n_out < 4:
        return x, y
    buckets = n_out // 2
    bucket = (np.arange(n) * buckets) // n
    order = np.lexsort((y, bucket))
    starts = np.searchsorted(bucket[order], np.arange(buckets), side="left")
    ends = np.append(starts[1:], n) - 1
    keep = np.unique(np.concatenate([order[starts], order[ends], [0, n - 1]]))
    return x[keep], y[keep]


def downsample(x: np.ndarray, y: np.ndarray, n_out: int = 2000,
               method: Literal["lttb", "minmax"] = "lttb"
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``(x, y)`` of the finite points reduced to about ``n_out``, plus ``(x, y)`` of every
    NaN/Inf point (never dropped: the dashboard marks them)."""
    x, y = np.asarray(x), np.asarray(y, dtype=float)
    ok = np.isfinite(y)
    fx, fy = x[ok], y[ok]
    fx, fy = (lttb if method == "lttb" else minmax)(fx, fy, n_out)
    return fx, fy, x[~ok], y[~ok]


def heatmap_bins(series: Mapping[str, Series], n_bins: int = 300
                 ) -> tuple[np.ndarray, list[str], np.ndarray]:
    """``(bin_centres, names, Z)`` with ``Z[i, j]`` the median of log10(value) of series ``i``
    over step bin ``j`` (NaN where a bin is empty or values are not positive and finite)."""
    names = list(series)
    all_steps = [s.steps for s in series.values() if len(s.steps)]
    if not all_steps:
        return np.array([]), names, np.zeros((len(names), 0))
    lo = min(float(s.min()) for s in all_steps)
    hi = max(float(s.max()) for s in all_steps)
    distinct = len(np.unique(np.concatenate(all_steps)))
    n_bins = max(1, min(n_bins, distinct))
    edges = np.linspace(lo, hi + 1e-9, n_bins + 1)
    centres = (edges[:-1] + edges[1:]) / 2
    z = np.full((len(names), n_bins), np.nan)
    for i, name in enumerate(names):
        s = series[name]
        ok = np.isfinite(s.values) & (s.values > 0)
        if not ok.any():
            continue
        b = np.clip(np.searchsorted(edges, s.steps[ok], side="right") - 1, 0, n_bins - 1)
        frame = pd.DataFrame({"b": b, "v": np.log10(s.values[ok])})
        med = frame.groupby("b")["v"].median()
        z[i, med.index.to_numpy()] = med.to_numpy()
    return centres, names, z


def normalise_confusion(matrix: Sequence[Sequence[float]]) -> np.ndarray:
    """Rows (true classes) scaled to sum to 1: each row reads as recall per predicted class."""
    m = np.asarray(matrix, dtype=float)
    sums = m.sum(axis=1, keepdims=True)
    return np.divide(m, sums, out=np.zeros_like(m), where=sums > 0)


# ----------------------------------------------------------------------------- diagnosis overlays


@dataclass(frozen=True)
class Overlay:
    """A finding drawn on a chart: a shaded ``band`` from ``x0`` to ``x1`` or a ``marker`` at
    ``x0`` (height ``y``; None = top of the plot)."""

    code: str
    severity: str
    kind: Literal["band", "marker"]
    x0: float
    x1: float
    y: float | None
    label: str


def _num(v: Any) -> float | None:
    if isinstance(v, bool) or v is None:
        return None
    if isinstance(v, (int, float)):
        return float(v) if math.isfinite(float(v)) else None
    return None


def _range(ev: Mapping[str, Any], unit: str, spe: int | None) -> tuple[float, float] | None:
    """The finding's range in the chart's unit (steps or epochs)."""
    if isinstance(ev.get("step_range"), list) and len(ev["step_range"]) == 2:
        a, b = (_num(v) for v in ev["step_range"])
        if a is None or b is None:
            return None
        if unit == "step":
            return a, b
        return (a / spe, b / spe) if spe else None
    if isinstance(ev.get("epoch_range"), list) and len(ev["epoch_range"]) == 2:
        a, b = (_num(v) for v in ev["epoch_range"])
        if a is None or b is None:
            return None
        if unit == "epoch":
            return a, b
        return ((a - 1) * spe, b * spe) if spe else None
    return None


def _to_unit(value: float, from_unit: str, unit: str, spe: int | None) -> float | None:
    if from_unit == unit:
        return value
    if not spe:
        return None
    return value * spe if unit == "step" else value / spe


def finding_overlays(findings: Iterable[Mapping[str, Any]], unit: Literal["step", "epoch"],
                     steps_per_epoch: int | None = None,
                     codes: Iterable[str] | None = None) -> list[Overlay]:
    """Shapes for ``findings`` (dicts with ``code``, ``severity``, ``evidence``) on a chart
    whose x axis is ``unit``: a band over each finding's step/epoch range, a marker at the
    first NaN/Inf and at the overfitting point (the epoch with the best validation value).
    ``codes`` keeps only those findings. A finding whose range cannot be placed (an epoch range
    on a per-step chart of a run without ``steps_per_epoch``) is left out."""
    wanted = set(codes) if codes is not None else None
    out: list[Overlay] = []
    for f in findings:
        code, sev = str(f.get("code")), str(f.get("severity", "info"))
        if wanted is not None and code not in wanted:
            continue
        ev = f.get("evidence") or {}
        rng = _range(ev, unit, steps_per_epoch)
        if code == "nan_loss":
            first = ev.get("first_nonfinite") or {}
            metrics = ev.get("metrics") or list(first)
            key = next((k for k in metrics if "loss" in str(k) and k in first),
                       metrics[0] if metrics else None)
            at = _num(first.get(key)) if key in first else (rng[0] if rng else None)
            if key is not None and key in first:
                from_unit = "step" if "step_range" in ev else "epoch"
                at = _to_unit(at, from_unit, unit, steps_per_epoch) if at is not None else None
            if at is not None:
                out.append(Overlay(code, sev, "marker", at, at, _num(ev.get("last_finite_loss")),
                                   f"first NaN/Inf in {key or 'the loss'} ({unit} {at:g})"))
            if rng is not None and rng[1] > rng[0]:
                out.append(Overlay(code, sev, "band", rng[0], rng[1], None,
                                   f"{code} ({_range_text(ev)})"))
            continue
        if code == "overfitting" and _num(ev.get("best_epoch")) is not None:
            at = _to_unit(_num(ev["best_epoch"]), "epoch", unit, steps_per_epoch)
            if at is not None:
                out.append(Overlay(code, sev, "marker", at, at, _num(ev.get("best_val")),
                                   f"overfitting starts: best validation at epoch "
                                   f"{int(ev['best_epoch'])}"))
        if rng is None:
            continue
        x0, x1 = rng
        if x1 <= x0:  # a single point: give it some width
            half = 0.5 if unit == "epoch" else max(1.0, 0.005 * x0)
            x0, x1 = x0 - half, x1 + half
        out.append(Overlay(code, sev, "band", x0, x1, None, f"{code} ({_range_text(ev)})"))
    return out


def _range_text(ev: Mapping[str, Any]) -> str:
    """The finding's own range in its own unit: ``steps 1–6`` or ``epochs 3–10``."""
    for key, unit in (("step_range", "step"), ("epoch_range", "epoch")):
        r = ev.get(key)
        if isinstance(r, list) and len(r) == 2:
            a, b = r
            return f"{unit} {a}" if a == b else f"{unit}s {a}–{b}"
    return ""


def finding_lanes(overlays: Sequence[Overlay], top: float = 1.0,
                  height: float | None = None) -> list[tuple[Overlay, float, float]]:
    """Each band its own lane: ``(overlay, y0, y1)`` in paper units, stacked downwards from
    ``top``, so a finding shades only its own x range in a strip above the curves and no two
    labels share a row. Markers are not bands and get no lane."""
    bands = [ov for ov in overlays if ov.kind == "band"]
    h = height if height is not None else LANE_HEIGHT
    return [(ov, top - (i + 1) * h, top - i * h) for i, ov in enumerate(bands)]


LANE_HEIGHT = 0.055  # one finding's lane, as a fraction of the chart's height


# ----------------------------------------------------------------------------- chart helpers


def robust_top(values: Iterable[np.ndarray], low: float = 0.1, high: float = 0.9,
               reach: float = 2.0, outlier: float = 10.0, min_points: int = 8) -> float | None:
    """An upper y limit that shows the bulk of the curves: the ``high`` quantile plus ``reach``
    times the spread between the ``low`` and ``high`` quantiles (of every finite value
    together). None when no point is an outlier (further than ``outlier`` spreads above the
    ``high`` quantile: then the whole curve is shown) or there are too few points to judge; a
    curve falling from 5 to 0.1 keeps its start, a spike of 1646 over losses near 2 is cut off
    (and every other point above the limit is marked with it).

    >>> round(robust_top([np.r_[2.0 + 0.1 * np.sin(np.arange(100)), 1646.0]]), 1)
    2.5
    """
    arrays = [np.asarray(v, dtype=float) for v in values]
    y = np.concatenate([a[np.isfinite(a)] for a in arrays]) if arrays else np.array([])
    if len(y) < min_points:
        return None
    q_lo, q_hi = np.quantile(y, [low, high])
    spread = max(float(q_hi - q_lo), 1e-12 * abs(float(q_hi)), 1e-300)
    if float(y.max()) <= q_hi + outlier * spread:
        return None
    return float(q_hi + reach * spread)


def clipped_points(x: np.ndarray, y: np.ndarray, top: float, limit: int = 200
                   ) -> tuple[np.ndarray, np.ndarray]:
    """``(x, y)`` of the finite points above ``top`` (the ``limit`` highest, in x order): the
    points a clipped y axis hides, to be marked at its top edge with their real value."""
    x, y = np.asarray(x), np.asarray(y, dtype=float)
    above = np.flatnonzero(np.isfinite(y) & (y > top))
    if len(above) > limit:
        above = np.sort(above[np.argsort(y[above])[-limit:]])
    return x[above], y[above]


def log_axis_fits(values: Iterable[np.ndarray], decades: float = 1.0) -> bool:
    """Whether a log axis suits these positive values: they span at least ``decades`` powers of
    ten (a constant learning rate of 1e-3 on a log axis gets a handful of odd minor ticks)."""
    y = np.concatenate([np.asarray(v, dtype=float) for v in values] or [np.array([])])
    y = y[np.isfinite(y) & (y > 0)]
    return bool(len(y)) and float(np.log10(y.max() / y.min())) >= decades


def best_epoch(values: Series | None, mode: Literal["min", "max"] = "min") -> int | None:
    """The epoch the checkpoint keeps: the first epoch at the best finite value of the
    monitored per-epoch curve (an equal value later is no improvement)."""
    if values is None or not len(values.steps):
        return None
    v = np.asarray(values.values, dtype=float)
    ok = np.flatnonzero(np.isfinite(v))
    if not len(ok):
        return None
    pick = ok[np.argmin(v[ok])] if mode == "min" else ok[np.argmax(v[ok])]
    return int(values.steps[pick])


# ----------------------------------------------------------------------------- curves by role


@dataclass(frozen=True)
class Curves:
    """A run's curves by the diagnosis' roles (``train_loss_step``, ``val_loss``,
    ``val_accuracy``, ...): per-step roles on optimisation steps, per-epoch roles on epochs
    1, 2, ... (other tools' values logged at the global step mapped through their ``epoch``
    metric, as the diagnosis maps them). ``logged`` keeps each role's points at the steps they
    were logged at; ``epoch_unit`` says which per-epoch roles really are on epochs."""

    roles: dict[str, Series]
    logged: dict[str, Series]
    steps_per_epoch: int | None
    epoch_alignment: str | None
    epoch_unit: dict[str, bool]

    def get(self, role: str) -> Series | None:
        return self.roles.get(role)

    def key(self, role: str) -> str | None:
        s = self.roles.get(role)
        return s.key if s is not None else None


def curves_by_role(series: Mapping[str, Series], steps_per_epoch: int | None = None,
                   dnnlab: bool = False) -> Curves:
    """:class:`Curves` of the fetched ``series`` through the diagnosis' own name mapping and
    epoch alignment (``dnnlab.diagnose``'s run history), so the charts show what the verdict
    read. ``dnnlab``: the run's per-epoch metrics are logged at the epoch number."""
    from dnnlab.diagnose import EPOCH_ROLES, History, RunMeta  # the diagnosis' view

    frames = [pd.DataFrame({"key": s.key, "step": s.steps, "value": s.values})
              for s in series.values() if len(s.steps)]
    tidy = (pd.concat(frames, ignore_index=True) if frames
            else pd.DataFrame({"key": [], "step": [], "value": []}))
    h = History.build(tidy, RunMeta(steps_per_epoch=steps_per_epoch))
    roles: dict[str, Series] = {}
    logged: dict[str, Series] = {}
    epoch_unit: dict[str, bool] = {}
    for role, hs in h.roles.items():
        src = series.get(hs.key)
        total = src.total if src is not None and len(hs.steps) == len(src.steps) else len(hs)
        roles[role] = Series(hs.key, np.asarray(hs.steps), np.asarray(hs.values, dtype=float),
                             total)
        if src is not None:
            logged[role] = src
        if role in EPOCH_ROLES:
            steps = np.asarray(hs.steps)
            from_one = len(steps) > 0 and np.array_equal(steps, np.arange(1, len(steps) + 1))
            epoch_unit[role] = dnnlab or h.epoch_alignment is not None or bool(from_one)
    return Curves(roles, logged, h.steps_per_epoch, h.epoch_alignment, epoch_unit)


# metric names of the train-vs-validation chart, by the diagnosis' roles
_PAIR_ROLES = {"accuracy": ("train_accuracy", "val_accuracy"),
               "error_rate": ("train_error", "val_error"),
               "r2": ("train_r2", "val_r2"), "mse": ("train_mse", "val_mse")}


def metric_pairs(series: Mapping[str, Series], curves: Curves | None = None
                 ) -> dict[str, dict[str, Series]]:
    """``{metric: {"train"|"val"|"test": Series}}`` for the train-vs-validation chart: dnnlab's
    ``<split>/<metric>`` names, plus other tools' names through the diagnosis' roles
    (``train_acc``/``val_acc`` as accuracy, ...). Losses are the loss chart's, not here."""
    out: dict[str, dict[str, Series]] = {}
    for key, s in series.items():
        split, _, name = key.partition("/")
        if split in ("train", "val", "test") and name and name not in ("loss", "epoch_loss") \
                and cadence(key) == "epoch":
            out.setdefault(name, {})[split] = s
    if curves is not None:
        for name, pair in _PAIR_ROLES.items():
            for split, role in zip(("train", "val"), pair, strict=True):
                s = curves.get(role)
                if s is not None and split not in out.get(name, {}) and \
                        curves.epoch_unit.get(role, False):
                    out.setdefault(name, {})[split] = s
    return {k: v for k, v in sorted(out.items()) if v}


# ----------------------------------------------------------------------------- inspect


def flat_maps(maps: Mapping[str, np.ndarray], rtol: float = 1e-6) -> list[str]:
    """The attribution maps that are flat: every value the same (to ``rtol`` of the largest
    magnitude, or all below 1e-12). A network whose ReLUs are all dead passes no gradient: its
    saliency, SmoothGrad and Grad-CAM come out as uniform squares."""
    flat = []
    for name, z in maps.items():
        a = np.asarray(z, dtype=float)
        a = a[np.isfinite(a)]
        scale = float(np.abs(a).max()) if a.size else 0.0
        if scale < 1e-12 or float(a.max() - a.min()) <= rtol * scale:
            flat.append(name)
    return flat


def collapsed_embedding(frame: pd.DataFrame, columns: Sequence[str] = ("x", "y"),
                        rtol: float = 1e-6) -> bool:
    """Whether a 2-D embedding collapsed to (about) one point: every sample's hidden features
    are the same, as they are when every unit of the layer is dead."""
    if frame.empty:
        return False
    pts = frame[list(columns)].to_numpy(dtype=float)
    spread = float(np.nanmax(pts.max(axis=0) - pts.min(axis=0)))
    scale = float(np.nanmax(np.abs(pts))) if pts.size else 0.0
    return spread <= max(1e-9, rtol * scale)


# ----------------------------------------------------------------------------- studies


def trials_frame(study: Any, objective_names: Sequence[str] | None = None) -> pd.DataFrame:
    """One row per Optuna trial: number, state, objective value(s), params, how many epochs it
    ran (pruned trials: the epoch it was stopped at), its MLflow run id when recorded.

    ``study`` is an ``optuna.Study`` (read through its public API only)."""
    names = list(objective_names or [])
    rows = []
    for t in study.get_trials(deepcopy=False):
        values = t.values if t.values is not None else []
        if not names:
            names = ["value"] if len(values) <= 1 else [f"value_{i}" for i in range(len(values))]
        row: dict[str, Any] = {"number": t.number, "state": t.state.name}
        for i, name in enumerate(names):
            row[name] = values[i] if i < len(values) and t.state.name == "COMPLETE" else None
        row.update({f"params.{k}": v for k, v in t.params.items()})
        steps = sorted(t.intermediate_values)
        pruned = t.user_attrs.get("pruned_epoch")
        if pruned is None and t.state.name == "PRUNED" and steps:
            pruned = steps[-1]
        row["pruned_epoch"] = pruned
        row["epochs"] = t.user_attrs.get("epochs", steps[-1] if steps else None)
        row["last_intermediate"] = t.intermediate_values[steps[-1]] if steps else None
        row["stop_code"] = t.user_attrs.get("stop_code")
        row["fail_reason"] = t.user_attrs.get("fail_reason")
        row["mlflow_run_id"] = t.user_attrs.get("mlflow_run_id")
        row["duration_s"] = t.duration.total_seconds() if t.duration is not None else None
        rows.append(row)
    frame = pd.DataFrame(rows)
    if frame.empty:
        return pd.DataFrame(columns=["number", "state", *names, "pruned_epoch", "epochs",
                                     "mlflow_run_id"])
    return frame


def parse_json(text: str | None, default: Any = None) -> Any:
    """``json.loads`` that returns ``default`` for missing or malformed text."""
    if not text:
        return default
    try:
        return json.loads(text)
    except (TypeError, ValueError):
        return default
