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
    "PER_STEP_PREFIXES",
    "SEVERITY_ICON",
    "SUMMARY_METRICS",
    "Overlay",
    "Series",
    "diagnosis_codes",
    "downsample",
    "finding_overlays",
    "heatmap_bins",
    "is_per_step",
    "lttb",
    "minmax",
    "normalise_confusion",
    "param_diff",
    "parse_json",
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
            "verdict": tags.get("diagnosis.verdict"),
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
                out.append(Overlay(code, sev, "band", rng[0], rng[1], None, code))
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
        out.append(Overlay(code, sev, "band", x0, x1, None, code))
    return out


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
