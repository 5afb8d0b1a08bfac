"""Vectorised numerics on learning curves: smoothing, runs, noise, periodicity.

Everything here is O(n) or O(n log n) numpy/pandas; no Python loop runs over the steps.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

IQR_TO_SD = 1.349  # IQR of a normal distribution in standard deviations


def first_nonfinite(values: np.ndarray) -> int | None:
    bad = ~np.isfinite(values)
    return int(np.argmax(bad)) if bad.any() else None


def binned_median(x: np.ndarray, y: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Medians of consecutive bins of ``k`` points, aligned so that the last bin ends at the last
    point (the fewer than ``k`` points left over are dropped at the start). ``x`` gets each bin's
    middle value."""
    n = len(y)
    if k <= 1 or n < 2 * k:
        return x.astype(float), y.astype(float)
    m = n // k
    r = n - m * k
    yy = y[r:].reshape(m, k)
    xx = x[r:].reshape(m, k)
    return np.median(xx, axis=1), np.median(yy, axis=1)


def end_median(v: np.ndarray) -> float:
    """The median of a per-step loss's last tenth (its last 3 values at least): where it ends."""
    return float(np.median(v[-max(3, len(v) // 10):]))


def median3(y: np.ndarray) -> np.ndarray:
    """Running median of 3 (ends kept): removes isolated spikes from short per-epoch curves."""
    if len(y) < 3:
        return y.astype(float)
    out = y.astype(float).copy()
    out[1:-1] = np.median(np.stack([y[:-2], y[1:-1], y[2:]]), axis=0)
    return out


def rolling_median(y: np.ndarray, window: int) -> np.ndarray:
    window = max(1, min(int(window), len(y)))
    s = pd.Series(y, copy=False).rolling(window, center=True, min_periods=1).median()
    return s.to_numpy()


def upper_median(values: list[float]) -> float:
    """The middle value of the sorted window (the upper one of two for an even count): the
    live monitor's smoothing, cheap in pure Python for a short window."""
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def trailing_median_above(y: np.ndarray, window: int, limit: float) -> np.ndarray:
    """For each point, is the :func:`upper_median` of the last ``window`` values (fewer at the
    start) above ``limit``? The same as sorting every window, in O(n): the upper median of m
    values exceeds the limit exactly when at least m - m // 2 of them do."""
    above = np.r_[0, np.cumsum(y > limit)]
    idx = np.arange(1, len(y) + 1)
    lo = np.maximum(idx - window, 0)
    count = above[idx] - above[lo]
    m = idx - lo
    return count >= m - m // 2


def first_run(mask: np.ndarray, length: int) -> int | None:
    """Index at which a run of ``length`` consecutive True values is first completed."""
    if length <= 1:
        return int(np.argmax(mask)) if mask.any() else None
    idx = np.arange(len(mask))
    last_false = np.maximum.accumulate(np.where(mask, -1, idx))
    run = idx - last_false
    hit = run >= length
    return int(np.argmax(hit)) if hit.any() else None


def robust_sd(x: np.ndarray) -> float:
    if len(x) < 4:
        return float("nan")
    q1, q3 = np.percentile(x, [25, 75])
    return float((q3 - q1) / IQR_TO_SD)


def diff_noise(y: np.ndarray) -> float:
    """Step-to-step noise level, blind to any slow trend: the mean absolute difference of
    consecutive points, scaled to a standard deviation (for independent normal noise of SD s,
    E|y_t - y_t-1| = 2 s / sqrt(pi)). The mean absolute value counts heavy tails (small batches)
    but a rare spike barely moves it."""
    d = np.diff(y)
    return float(np.mean(np.abs(d)) * np.sqrt(np.pi) / 2.0) if len(d) else float("nan")


def slope(y: np.ndarray) -> float:
    """Least-squares slope per index."""
    n = len(y)
    if n < 2:
        return 0.0
    t = np.arange(n, dtype=float) - (n - 1) / 2.0
    return float(np.dot(t, y - y.mean()) / np.dot(t, t))


def acf(y: np.ndarray, max_lag: int) -> np.ndarray:
    """Autocorrelation for lags 0..max_lag (FFT, biased estimator)."""
    y = y - y.mean()
    n = len(y)
    size = 1 << int(np.ceil(np.log2(2 * n)))
    f = np.fft.rfft(y, size)
    r = np.fft.irfft(f * np.conj(f), size)[: max_lag + 1]
    return r / r[0] if r[0] > 0 else np.zeros(max_lag + 1)


def profile_correlation(
    residual: np.ndarray, epoch: np.ndarray, phase: np.ndarray, n_phase: int
) -> tuple[float, float, int]:
    """How alike the within-epoch profiles of the detrended loss are across epochs.

    The residual is averaged per (epoch, phase bin); each epoch's profile is standardised and the
    mean Pearson correlation over all pairs of epochs is returned with a z score (its size in
    standard errors under independent epochs, about 1 / sqrt(n_phase * pairs)) and the number of
    epochs used. Shuffled data gives ~0; the same order every epoch gives a clearly positive value.
    """
    e0 = epoch - epoch.min()
    n_epoch = int(e0.max()) + 1
    cell = e0 * n_phase + phase
    size = n_epoch * n_phase
    sums = np.bincount(cell, weights=residual, minlength=size).reshape(n_epoch, n_phase)
    counts = np.bincount(cell, minlength=size).reshape(n_epoch, n_phase)
    full = (counts > 0).all(axis=1)
    prof = sums[full] / counts[full]
    prof = prof - prof.mean(axis=1, keepdims=True)
    sd = np.sqrt((prof**2).mean(axis=1))
    prof = prof[sd > 0] / sd[sd > 0, None]
    e = len(prof)
    if e < 2:
        return 0.0, 0.0, e
    total = prof.sum(axis=0)
    pairs = e * (e - 1) / 2.0
    corr = float((np.dot(total, total) - e * n_phase) / (2.0 * pairs * n_phase))
    z = corr * np.sqrt(n_phase * pairs)
    return corr, float(z), e
