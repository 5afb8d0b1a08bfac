"""The cheap check that runs during training: NaN/Inf and certain divergence only.

:class:`LiveMonitor` is fed one loss per step and answers in O(1); :func:`check_live` runs the
identical rule vectorised over a whole curve (the offline diagnosis uses it too, so a run the
monitor stopped is diagnosed the same way afterwards).

>>> mon = LiveMonitor()
>>> [mon.update(step, 2.3) for step in range(1, 4)]
[None, None, None]
>>> mon.update(4, float("nan")).code
'nan_loss'
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Sequence
from typing import Any

import numpy as np

from dnnlab.diagnose._curves import (
    first_nonfinite,
    first_run,
    trailing_median_above,
    upper_median,
)
from dnnlab.diagnose._findings import ADVICE, Finding
from dnnlab.diagnose._thresholds import Thresholds


def _nan_finding(key: str, step: int, value: float, last_finite: float | None) -> Finding:
    return Finding("nan_loss", "critical", {
        "metrics": [key], "step_range": [step, step], "first_nonfinite": {key: step},
        "value": value, "last_finite_loss": last_finite,
    }, ADVICE["nan_loss"])


def _divergence_finding(key: str, first_step: int, step: int, criterion: str, start: float,
                        value: float, limit: float) -> Finding:
    return Finding("divergence", "critical", {
        "metrics": [key], "step_range": [first_step, step], "criterion": criterion,
        "start_loss": start, "loss": value, "limit": limit,
    }, ADVICE["divergence"])


EXPLODE_REF = 3  # the explosion limit is relative to the median of the first 3 losses


class LiveMonitor:
    """Incremental NaN/divergence detector; ``update`` returns a finding the first time a code is
    certain (each code at most once), else None. The runner stops training on it.

    Rules (see :class:`Thresholds`): any NaN/Inf -> ``nan_loss``. From the 3rd finite loss on
    -> ``divergence`` when the loss exceeds ``explode_loss`` and ``explode_vs_start`` x the
    median of the first 3 losses for ``explode_patience`` consecutive steps. From loss
    ``start_window`` + 1 on -> ``divergence`` when the running (upper) median of the last
    ``live_window`` losses stays above ``live_divergence_factor`` x the mean of the first
    ``start_window`` losses for ``live_patience`` consecutive steps (a median, so that a single
    huge batch loss does not count as a sustained rise).
    """

    def __init__(self, thresholds: Thresholds | None = None, key: str = "train/loss") -> None:
        self.th = thresholds or Thresholds()
        self.key = key
        self.reset()

    def reset(self) -> None:
        self.n = 0  # finite losses seen
        self.first_step: int | None = None
        self.head: list[float] = []  # the first start_window finite losses
        self.recent: deque[float] = deque(maxlen=self.th.live_window)
        self.ref: float | None = None  # explosion reference
        self.start: float | None = None  # sustained-divergence reference
        self.last: float | None = None
        self.above = 0
        self.exploded = 0
        self.over = 0  # losses in ``recent`` above the sustained-divergence limit
        self.fired: dict[str, Finding] = {}

    def update(self, step: int, loss: float) -> Finding | None:
        loss = float(loss)
        if not math.isfinite(loss):
            if "nan_loss" in self.fired:
                return None
            f = _nan_finding(self.key, int(step), loss, self.last)
            self.fired["nan_loss"] = f
            return f
        th = self.th
        if self.first_step is None:
            self.first_step = int(step)
        recent, start = self.recent, self.start
        if start is not None:  # the window's count above the limit, kept as it slides
            limit = th.live_divergence_factor * start
            if len(recent) == recent.maxlen and recent[0] > limit:
                self.over -= 1
            if loss > limit:
                self.over += 1
        recent.append(loss)
        self.last = loss
        self.n += 1
        if len(self.head) < max(th.start_window, EXPLODE_REF):
            self.head.append(loss)
        if self.n == EXPLODE_REF:
            self.ref = float(np.median(self.head[:EXPLODE_REF]))
        if self.n == th.start_window:
            self.start = float(np.mean(self.head[: th.start_window]))
            self._count_over()
        if "divergence" in self.fired:
            return None
        f: Finding | None = None
        ref = self.ref
        if ref is not None:
            explode = loss > th.explode_loss and (ref <= 0 or loss > th.explode_vs_start * ref)
            self.exploded = self.exploded + 1 if explode else 0
            if self.exploded >= th.explode_patience:
                f = _divergence_finding(self.key, self.first_step, int(step), "exploded", ref,
                                        loss, max(th.explode_loss, th.explode_vs_start * ref))
        start = self.start
        if f is None and start is not None and self.n > th.start_window:
            # the window's upper median is above the limit when at least the upper half of
            # its losses are (counted as they come: no sort of the window every step)
            n = len(recent)
            high = start > 0 and self.over >= n - n // 2
            self.above = self.above + 1 if high else 0
            if self.above >= th.live_patience:
                f = _divergence_finding(self.key, self.first_step, int(step),
                                        "sustained_above_start", start,
                                        upper_median(list(recent)),
                                        th.live_divergence_factor * start)
        if f is not None:
            self.fired["divergence"] = f
        return f

    def _count_over(self) -> None:
        limit = self.th.live_divergence_factor * self.start if self.start is not None else None
        self.over = 0 if limit is None else sum(v > limit for v in self.recent)

    def state_dict(self) -> dict[str, Any]:
        """Plain values, so that a resumed run resumes the monitor (findings are not kept)."""
        state = {k: getattr(self, k) for k in ("n", "first_step", "head", "ref", "start", "last",
                                               "above", "exploded")}
        state["recent"] = list(self.recent)
        return state

    def load_state_dict(self, state: dict[str, Any]) -> None:
        for k, v in state.items():
            if k == "recent":
                self.recent = deque(v, maxlen=self.th.live_window)
            else:
                setattr(self, k, list(v) if k == "head" else v)
        self._count_over()


def scan(steps: np.ndarray, values: np.ndarray, th: Thresholds, key: str,
         explode_patience: int | None = None) -> Finding | None:
    """:class:`LiveMonitor`'s rules over a whole curve at once: its first finding, or None.

    ``explode_patience`` overrides the threshold of that name: after the fact a single loss
    above the explosion limit is evidence enough, while the live monitor waits for
    ``explode_patience`` of them (often the loss turns NaN first, and the run then carries both
    findings).
    """
    patience = th.explode_patience if explode_patience is None else explode_patience
    if len(values) == 0:
        return None
    bad = first_nonfinite(values)
    ok = np.isfinite(values)
    fin, fsteps = values[ok], steps[ok]
    # the monitor skips NaNs, so only finite values count; stop at the first NaN's position
    n_before = int(ok[:bad].sum()) if bad is not None else len(fin)
    idx = np.arange(len(fin))
    cands: list[tuple[int, str, float, float, float]] = []
    after = explode_patience is not None
    # after the fact 2 finite losses are enough: a blow-up can reach NaN at step 3 (a 10x48
    # ReLU net with N(0, 0.5) init: 1.3e3 -> 2e7 -> NaN)
    if len(fin) >= (2 if after else EXPLODE_REF):
        # live: the median of the first losses, judged from the 3rd on; after the fact the
        # lowest of them, judged from the 2nd on, so that an explosion at step 2 (loss 6.3 ->
        # 1646) is not hidden inside its own reference
        head = fin[:EXPLODE_REF]
        ref = float(np.min(head) if after else np.median(head))
        explode = (fin > th.explode_loss) & ((ref <= 0) | (fin > th.explode_vs_start * ref))
        i1 = first_run(explode & (idx >= (1 if after else EXPLODE_REF - 1)), patience)
        if i1 is not None:
            cands.append((i1, "exploded", ref, float(fin[i1]),
                          max(th.explode_loss, th.explode_vs_start * ref)))
    w = th.start_window
    if len(fin) > w:
        start = float(np.mean(fin[:w]))
        limit = th.live_divergence_factor * start
        high = trailing_median_above(fin, th.live_window, limit) & (start > 0) & (idx >= w)
        i2 = first_run(high, th.live_patience)
        if i2 is not None:
            window = fin[max(0, i2 + 1 - th.live_window): i2 + 1].tolist()
            cands.append((i2, "sustained_above_start", start, upper_median(window), limit))
    if cands:
        i, crit, ref_value, value, limit = min(cands, key=lambda c: (c[0], c[1] != "exploded"))
        if i < n_before:
            return _divergence_finding(key, int(fsteps[0]), int(fsteps[i]), crit, ref_value,
                                       value, limit)
    if bad is not None:
        last = float(values[bad - 1]) if bad > 0 and np.isfinite(values[bad - 1]) else None
        return _nan_finding(key, int(steps[bad]), float(values[bad]), last)
    return None


def check_live(
    losses: Sequence[float] | np.ndarray,
    steps: Sequence[int] | np.ndarray | None = None,
    thresholds: Thresholds | None = None,
    key: str = "train/loss",
) -> Finding | None:
    """The first finding a :class:`LiveMonitor` fed ``losses`` would return (steps default to
    1, 2, ...). Useful on the tail of a history, or to re-check a run after the fact.

    >>> check_live([2.3] * 20 + [float("inf")]).evidence["step_range"]
    [21, 21]
    """
    values = np.asarray(losses, dtype=float)
    st = np.arange(1, len(values) + 1) if steps is None else np.asarray(steps, dtype=np.int64)
    return scan(st, values, thresholds or Thresholds(), key)
