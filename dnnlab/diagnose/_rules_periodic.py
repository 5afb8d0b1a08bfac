"""unshuffled_data: the per-step loss repeats the same pattern every epoch.

When every epoch presents the batches in the same order (worst: sorted by class), the loss of
the i-th batch of an epoch is alike from epoch to epoch: the within-epoch profiles of the
detrended loss correlate. With shuffling they are independent (correlation ~0). The period is
the number of steps per epoch (given, or inferred from the per-epoch curves); when it is unknown
the dominant period of the autocorrelation is tried instead.
"""

from __future__ import annotations

import numpy as np

from dnnlab.diagnose._context import Context, Skip
from dnnlab.diagnose._curves import acf, profile_correlation, rolling_median
from dnnlab.diagnose._findings import ADVICE, Finding

MAX_PHASES = 50  # phase bins per epoch: enough to resolve 10 class blocks several times over
MIN_STEPS_PER_EPOCH = 4  # fewer logged steps per epoch give no within-epoch profile


def _stride(steps: np.ndarray) -> int:
    d = np.diff(steps)
    return int(np.median(d)) if len(d) else 1


def _profile(steps: np.ndarray, values: np.ndarray, period: int) -> tuple[float, float, int, int]:
    """(corr, z, epochs used, first step used) for a period given in steps."""
    per_epoch = period / _stride(steps)
    if per_epoch < MIN_STEPS_PER_EPOCH:
        raise Skip(f"fewer than 4 logged steps per epoch (period {period} steps)")
    # a centred running median over one epoch: it follows any monotone trend exactly (the
    # median of a monotone window is its middle value) while a pattern that repeats every epoch
    # has the same median in every window, so the pattern stays in the residual
    residual = values - rolling_median(values, int(round(per_epoch)) | 1)
    # epochs start at step 1 (dnnlab, Hugging Face) or at step 0 (Lightning's global step):
    # counted from 1, a Lightning run's first epoch would keep its steep fall (measured: blobs
    # sorted by label, 6 epochs of 42 steps: profile correlation 0.08 against 0.39 from 0)
    origin = 0 if len(steps) and steps[0] == 0 else 1
    pos = (steps - origin) % period
    epoch = (steps - origin) // period
    n_epoch = int(epoch.max() - epoch.min()) + 1
    keep = pos != period - 1  # the last batch may be smaller, hence noisier
    if n_epoch >= 5:
        keep &= epoch > epoch.min()  # the first epoch's steep fall is not a pattern
    n_phase = int(min(MAX_PHASES, max(3, int(per_epoch) - 1)))
    phase = np.minimum(pos * n_phase // max(period - 1, 1), n_phase - 1)
    corr, z, used = profile_correlation(residual[keep], epoch[keep], phase[keep], n_phase)
    first = int(steps[keep][0]) if keep.any() else int(steps[0])
    return corr, z, used, first


def _search(steps: np.ndarray, values: np.ndarray) -> int | None:
    """The dominant period (in steps) of the detrended loss, or None: an autocorrelation peak
    that rises again after a trough (a decaying autocorrelation is slow drift, not a cycle)."""
    stride = _stride(steps)
    x = values[len(values) // 10:]
    max_lag = len(x) // 8
    if max_lag < 6:
        return None
    r = x - rolling_median(x, max(21, max_lag) | 1)
    a = acf(r, max_lag)
    lags = np.arange(3, max_lag)
    peak = (a[lags] > a[lags - 1]) & (a[lags] >= a[lags + 1])
    trough = np.minimum.accumulate(a[1:max_lag])[lags - 2]  # min of a[1..lag-1]
    ok = peak & (a[lags] - trough >= 0.2) & (a[lags] > 0)
    if not ok.any():
        return None
    best = lags[ok][int(np.argmax(a[lags][ok]))]
    return int(best) * stride


def check_unshuffled(ctx: Context) -> list[Finding]:
    th = ctx.th
    s = ctx.h.roles.get("train_loss_step")
    if s is None:
        raise Skip("needs a per-step training loss (train/loss)")
    p = s.finite_prefix()
    period, source = ctx.h.steps_per_epoch, ctx.h.steps_per_epoch_source
    # With the epoch length known, the profile correlation's z score is the guard against short
    # runs (measured: 61 runs of 8-90 steps, shuffled or not the data's fault, z <= 1.9; iris
    # sorted by label, 10 epochs of 9 steps, z = 16.6), so fewer than min_steps steps will do;
    # searching the period in the autocorrelation needs the longer curve.
    if len(p) < (3 * MIN_STEPS_PER_EPOCH if period else th.min_steps):
        raise Skip(f"{s.key} has fewer than {3 * MIN_STEPS_PER_EPOCH if period else th.min_steps}"
                   " finite steps")
    if not period:
        period, source = _search(p.steps, p.values), "dominant period of the autocorrelation"
        if period is None:
            return []
    corr, z, used, first = _profile(p.steps, p.values, period)
    if used < 3:
        raise Skip(f"fewer than 3 whole epochs of {period} steps to compare")
    if not (corr >= th.unshuffled_corr and z >= th.unshuffled_z):
        return []
    ev = {"metrics": [s.key], "step_range": [first, int(p.steps[-1])], "period_steps": period,
          "period_source": source, "profile_correlation": corr, "z": z, "epochs_compared": used,
          "limit": th.unshuffled_corr}
    return [Finding("unshuffled_data", "warning", ev, ADVICE["unshuffled_data"])]
