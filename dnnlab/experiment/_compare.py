"""The comparison report: one row per variant, pure functions over the seeds' final results.

Nothing here reads or writes MLflow; the runner hands in what its children ended with and the
terminal, ``--json``, ``comparison.md`` and the dashboard only render the :class:`Comparison`.

A variant differs from the best one when both hold:

* the paired t-test over the seeds they share (same seed: same split, same draw of the
  initial weights' generator) gives p < ``ALPHA`` (``scipy.stats.ttest_rel``), and
* the difference of the means is larger than the seed-to-seed spread (the larger of the two
  standard deviations).

Otherwise the row says ``within noise``: the lectures' "different initial points reach
different minima", so one seed's lead is not a result. With one seed nothing is tested.

>>> a = SeedResult(0, "a0", "FINISHED", {"val/loss": 0.30})
>>> b = SeedResult(0, "b0", "FINISHED", {"val/loss": 0.31})
>>> c = build_comparison([VariantResult("a", "a", [a]), VariantResult("b", "b", [b])],
...                      "val/loss", "min")
>>> c.best_variant, c.rows[1].vs_best
('a', 'untested (1 seed)')
"""

from __future__ import annotations

import math
import statistics
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import numpy as np

ALPHA = 0.05
BEST, WORSE, NOISE, FAILED = "best", "worse", "within noise", "failed"
# the verdicts from worst to best: a tie between seeds reports the worse one
_VERDICT_ORDER = ("failed", "training_problem", "generalisation_problem", "healthy")


@dataclass
class SeedResult:
    """One training run of a variant: its seed, status and final metrics (as logged)."""

    seed: int
    run_id: str
    status: str
    metrics: Mapping[str, float] = field(default_factory=dict)
    best_epoch: int | None = None
    verdict: str | None = None
    findings: Sequence[str] = ()
    steps_per_epoch: int | None = None
    layers: Sequence[str] = ()  # the model's weight layers, input to output
    epoch_times: Sequence[float] = ()  # seconds of training per epoch (all epochs)


@dataclass
class VariantResult:
    """A variant (or the single config of a repeated run) and its seeds."""

    name: str
    run_id: str
    seeds: list[SeedResult]
    changed: Mapping[str, Any] = field(default_factory=dict)  # the variant's overrides


@dataclass
class Row:
    variant: str
    run_id: str
    seeds: int
    failed: int
    mean: float
    std: float
    values: list[float | None]  # the metric per seed, None for a failed seed
    best_epoch: int | None
    verdict: str
    findings: list[str]
    vs_best: str
    p_value: float | None
    changed: dict[str, Any]
    key_metrics: dict[str, float]  # other headline metrics' means
    epoch_time: float | None  # seconds of training, mean over the finished seeds' epochs
    updates_per_epoch: int | None
    grad_ratio: float | None  # gradient norm of the first layer / the last layer, at the end
    failed_seeds: list[int] = field(default_factory=list)


@dataclass
class Comparison:
    metric: str
    direction: str  # "min" or "max"
    repeat: int
    rows: list[Row]
    best_variant: str | None

    def to_dict(self) -> dict[str, Any]:
        return _finite({"metric": self.metric, "direction": self.direction,
                        "repeat": self.repeat, "best_variant": self.best_variant,
                        "alpha": ALPHA, "rows": [asdict(r) for r in self.rows]})

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Comparison:
        """The report back from :meth:`to_dict` (``comparison.json``, ``--json``)."""
        rows = []
        for r in data.get("rows", []):
            r = dict(r)
            r["mean"] = math.nan if r.get("mean") is None else r["mean"]
            r["std"] = math.nan if r.get("std") is None else r["std"]
            rows.append(Row(**r))
        return cls(data["metric"], data["direction"], int(data.get("repeat", 1)), rows,
                   data.get("best_variant"))

    def to_markdown(self) -> str:
        """The report as a Markdown table (``comparison.md`` on the parent run)."""
        head = [f"{self.metric} (mean ± std)", "seeds", "best epoch", "verdict", "vs best"]
        extra = _extra_columns(self)
        lines = [
            f"Comparison on {self.metric} ({'lower' if self.direction == 'min' else 'higher'} "
            f"is better), {self.repeat} seed(s) per variant; best: {self.best_variant or '-'}",
            "",
            "| variant | " + " | ".join(head + [title for title, _ in extra]) + " |",
            "|---" * (1 + len(head) + len(extra)) + "|",
        ]
        for r in self.rows:
            cells = [r.variant, mean_std(r.mean, r.std, r.seeds - r.failed), seeds_cell(r),
                     "-" if r.best_epoch is None else str(r.best_epoch), verdict_cell(r),
                     vs_best_cell(r)] + [fn(r) for _, fn in extra]
            lines.append("| " + " | ".join(cells) + " |")
        return "\n".join(lines) + "\n"

    def table(self) -> tuple[list[str], list[list[str]]]:
        """Column titles and one list of cells per row: what a terminal or page shows."""
        extra = _extra_columns(self)
        titles = ["variant", f"{self.metric} mean ± std", "seeds", "best epoch", "verdict",
                  "vs best", *(title for title, _ in extra)]
        rows = [[r.variant, mean_std(r.mean, r.std, r.seeds - r.failed), seeds_cell(r),
                 "-" if r.best_epoch is None else str(r.best_epoch), verdict_cell(r),
                 vs_best_cell(r), *(fn(r) for _, fn in extra)] for r in self.rows]
        return titles, rows


# ----------------------------------------------------------------------------- building


def build_comparison(variants: Sequence[VariantResult], metric: str, direction: str,
                     key_metrics: Sequence[str] = ("val/accuracy", "val/r2", "test/accuracy",
                                                   "test/r2")) -> Comparison:
    """The report's rows, in the variants' order, each judged against the best variant."""
    if direction not in ("min", "max"):
        raise ValueError(f"direction must be 'min' or 'max', got {direction!r}")
    sign = 1.0 if direction == "min" else -1.0
    rows = [_row(v, metric, key_metrics) for v in variants]
    ranked = [r for r in rows if math.isfinite(r.mean)]
    best = min(ranked, key=lambda r: sign * r.mean) if ranked else None
    by_name = {v.name: v for v in variants}
    for r in rows:
        if not math.isfinite(r.mean):
            r.vs_best = FAILED
        elif best is None or r is best:
            r.vs_best = BEST
        else:
            r.vs_best, r.p_value = judge(_per_seed(by_name[best.variant], metric),
                                         _per_seed(by_name[r.variant], metric))
    repeat = max((len(v.seeds) for v in variants), default=0)
    return Comparison(metric, direction, repeat, rows, best.variant if best else None)


def judge(best: Mapping[int, float], other: Mapping[int, float]) -> tuple[str, float | None]:
    """``worse`` or ``within noise`` for ``other`` against ``best`` (values per seed, finite),
    and the paired t-test's p-value (None when fewer than 2 seeds are shared)."""
    from scipy import stats

    shared = sorted(set(best) & set(other))
    if len(shared) < 2:
        return f"untested ({len(shared) or min(len(best), len(other))} seed)", None
    a = np.array([best[s] for s in shared])
    b = np.array([other[s] for s in shared])
    diff = b - a
    if np.all(diff == diff[0]):  # no spread of the differences: the test is undefined
        p = 0.0 if diff[0] != 0 else 1.0
    else:
        p = float(stats.ttest_rel(b, a).pvalue)
    spread = max(float(np.std(a)), float(np.std(b)))
    gap = abs(float(np.mean(b)) - float(np.mean(a)))
    return (WORSE if p < ALPHA and gap > spread else NOISE), p


def _per_seed(v: VariantResult, metric: str) -> dict[int, float]:
    return {s.seed: float(s.metrics[metric]) for s in v.seeds
            if s.status == "FINISHED" and math.isfinite(s.metrics.get(metric, math.nan))}


def _row(v: VariantResult, metric: str, key_metrics: Sequence[str]) -> Row:
    ok = [s for s in v.seeds if s.status == "FINISHED"]
    values = _per_seed(v, metric)
    vals = np.array(list(values.values()), dtype=float)
    mean = float(vals.mean()) if len(vals) else math.nan
    std = float(vals.std()) if len(vals) else math.nan
    epochs = [s.best_epoch for s in ok if s.best_epoch is not None]
    keys = {}
    for k in key_metrics:
        if k == metric:
            continue
        got = [float(s.metrics[k]) for s in ok if math.isfinite(s.metrics.get(k, math.nan))]
        if got:
            keys[k] = float(np.mean(got))
    # every epoch's time when known (the last epoch alone is one noisy sample)
    times = [float(t) for s in ok for t in (s.epoch_times or [s.metrics.get("epoch_time")])
             if t is not None]
    updates = [s.steps_per_epoch for s in v.seeds if s.steps_per_epoch]
    return Row(
        variant=v.name, run_id=v.run_id, seeds=len(v.seeds), failed=len(v.seeds) - len(values),
        mean=mean, std=std, values=[values.get(s.seed) for s in v.seeds],
        best_epoch=int(statistics.median_low(epochs)) if epochs else None,
        verdict=_verdict(v.seeds), findings=_findings(v.seeds), vs_best="", p_value=None,
        changed=dict(v.changed), key_metrics=keys,
        epoch_time=float(np.mean(times)) if times else None,
        updates_per_epoch=updates[0] if updates else None, grad_ratio=_grad_ratio(ok),
        failed_seeds=[s.seed for s in v.seeds if s.seed not in values],
    )


def _verdict(seeds: Sequence[SeedResult]) -> str:
    """The seeds' most common verdict (a tie: the worse), ``failed`` for a failed seed."""
    verdicts = ["failed" if s.status != "FINISHED" else (s.verdict or "not diagnosed")
                for s in seeds]
    if not verdicts:
        return "not diagnosed"
    counts = Counter(verdicts)
    top = max(counts.values())
    tied = [v for v in counts if counts[v] == top]
    order = {v: i for i, v in enumerate(_VERDICT_ORDER)}
    verdict = min(tied, key=lambda v: order.get(v, len(order)))
    return verdict if top == len(verdicts) else f"{verdict} ({top}/{len(verdicts)})"


def _findings(seeds: Sequence[SeedResult]) -> list[str]:
    """Finding codes seen in at least half of the seeds, most frequent first."""
    counts = Counter(code for s in seeds for code in dict.fromkeys(s.findings))
    return [c for c, n in counts.most_common() if 2 * n >= len(seeds)]


def _grad_ratio(seeds: Sequence[SeedResult]) -> float | None:
    """Mean over the seeds of ||grad first layer|| / ||grad last layer|| at the end: far below
    1 when the early layers' gradients vanish (a deep sigmoid net)."""
    ratios = []
    for s in seeds:
        if len(s.layers) < 2:
            continue
        first = s.metrics.get(f"grad_norm/{s.layers[0]}")
        last = s.metrics.get(f"grad_norm/{s.layers[-1]}")
        if first is not None and last and math.isfinite(first) and math.isfinite(last):
            ratios.append(first / last)
    return float(np.mean(ratios)) if ratios else None


# ----------------------------------------------------------------------------- cells


def mean_std(mean: float, std: float, n: int) -> str:
    if not math.isfinite(mean):
        return "-"
    return f"{mean:.4g}" if n < 2 else f"{mean:.4g} ± {std:.2g}"


def seeds_cell(r: Row) -> str:
    if not r.failed:
        return str(r.seeds)
    which = ", ".join(str(s) for s in r.failed_seeds)
    return f"{r.seeds - r.failed}/{r.seeds} (failed: seed {which})"


def verdict_cell(r: Row) -> str:
    return r.verdict + (f": {', '.join(r.findings[:3])}" if r.findings else "")


def vs_best_cell(r: Row) -> str:
    if r.p_value is None:
        return r.vs_best
    return f"{r.vs_best} (p={r.p_value:.2g})"


def _extra_columns(c: Comparison) -> list[tuple[str, Any]]:
    """Columns shown only when some row has them: other headline metrics, time per epoch,
    updates per epoch, the first/last layer gradient ratio."""
    out: list[tuple[str, Any]] = []
    keys = list(dict.fromkeys(k for r in c.rows for k in r.key_metrics))
    for k in keys:
        out.append((f"{k} mean", lambda r, k=k: _num(r.key_metrics.get(k))))
    if any(r.epoch_time is not None for r in c.rows):
        out.append(("s/epoch", lambda r: "-" if r.epoch_time is None else f"{r.epoch_time:.2f}"))
    if any(r.updates_per_epoch for r in c.rows):
        out.append(("updates/epoch", lambda r: str(r.updates_per_epoch or "-")))
    if any(r.grad_ratio is not None for r in c.rows):
        out.append(("grad first/last", lambda r: _num(r.grad_ratio)))
    return out


def _num(v: float | None) -> str:
    return "-" if v is None or not math.isfinite(v) else f"{v:.3g}"


def _finite(value: Any) -> Any:
    """NaN/inf as None, so the report is strict JSON."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


# ----------------------------------------------------------------------------- legends


def differing_params(params: Mapping[str, Mapping[str, str]],
                     ignore: Sequence[str] = ("data.digest", "tracking.")
                     ) -> dict[str, dict[str, str]]:
    """For each run, the params whose value is not the same in every run given (a key a run
    lacks counts as different): what tells the runs apart in a legend. Keys starting with an
    ``ignore`` entry (the data's digest, where the run was logged) are left out."""
    keys = sorted(set().union(*(set(p) for p in params.values()))) if params else []
    out: dict[str, dict[str, str]] = {run: {} for run in params}
    for k in keys:
        if k.startswith(tuple(ignore)):
            continue
        values = [p.get(k) for p in params.values()]
        if len(set(values)) > 1:
            for run, p in params.items():
                out[run][k] = p.get(k, "-")
    return out


def legend_labels(names: Mapping[str, str], params: Mapping[str, Mapping[str, str]],
                  max_chars: int = 80) -> dict[str, str]:
    """``run name (lr=0.3, init=zeros)``: each run's name plus the params that differ between
    the runs, short keys first; runs still alike get their id's start."""
    diff = differing_params(params)
    labels = {}
    for run, name in names.items():
        parts = [f"{k.rsplit('.', 1)[-1]}={v}" for k, v in diff.get(run, {}).items()
                 if k not in ("n_parameters",)]
        text = ", ".join(parts)
        if len(text) > max_chars:
            text = text[: max_chars - 1] + "…"
        labels[run] = f"{name} ({text})" if text else name
    counts = Counter(labels.values())
    return {run: (f"{label} · {run[:6]}" if counts[label] > 1 else label)
            for run, label in labels.items()}
