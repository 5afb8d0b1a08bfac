"""Data sets that need no files: scikit-learn's bundled sets and seeded synthetic ones."""

from __future__ import annotations

import numpy as np
import torch
from sklearn import datasets as skd

from dnnlab.config import DataConfig
from dnnlab.data._raw import RawData


def _labels(n: int) -> list[str]:
    return [str(i) for i in range(n)]


def _xy(
    x: np.ndarray, y: np.ndarray, regression: bool = False
) -> tuple[torch.Tensor, torch.Tensor]:
    xt = torch.as_tensor(np.ascontiguousarray(x), dtype=torch.float32)
    yt = torch.as_tensor(y, dtype=torch.float32 if regression else torch.int64)
    return xt, yt


def digits(cfg: DataConfig, seed: int) -> RawData:
    """scikit-learn's 8x8 handwritten digits (1797 images, 10 classes) as 1x8x8 in [0, 1]."""
    d = skd.load_digits()
    x, y = _xy(d.data.reshape(-1, 1, 8, 8) / 16.0, d.target)
    return RawData("digits", x, y, "classification", _labels(10), None, is_image=True)


def breast_cancer(cfg: DataConfig, seed: int) -> RawData:
    """Wisconsin breast cancer: 569 rows, 30 numeric features, binary target."""
    d = skd.load_breast_cancer()
    x, y = _xy(d.data, d.target)
    return RawData(
        "breast_cancer", x, y, "classification",
        [str(n) for n in d.target_names], [str(n) for n in d.feature_names], is_image=False,
    )


def moons(cfg: DataConfig, seed: int) -> RawData:
    """Two interleaved half circles; ``noise`` is the Gaussian noise's standard deviation."""
    xa, ya = skd.make_moons(n_samples=cfg.n_samples, noise=cfg.noise, random_state=seed)
    x, y = _xy(xa, ya)
    return RawData("moons", x, y, "classification", _labels(2), ["x1", "x2"], is_image=False)


def spirals(cfg: DataConfig, seed: int) -> RawData:
    """``n_classes`` interleaved 2-D spirals (1.5 turns each); ``noise`` jitters the angle.

    Radii run from 0 to 1; the angular noise is ``noise`` radians scaled by 2.5 so that
    the default 0.1 gives visibly noisy but still separable arms.
    """
    rng = np.random.default_rng(seed)
    k = cfg.n_classes
    counts = [cfg.n_samples // k + (1 if j < cfg.n_samples % k else 0) for j in range(k)]
    xs, ys = [], []
    for j, m in enumerate(counts):
        r = np.linspace(0.05, 1.0, m)
        theta = 2 * np.pi * j / k + 3 * np.pi * r + rng.normal(0.0, 2.5 * cfg.noise, m)
        xs.append(np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1))
        ys.append(np.full(m, j))
    x, y = _xy(np.concatenate(xs), np.concatenate(ys))
    return RawData("spirals", x, y, "classification", _labels(k), ["x1", "x2"], is_image=False)


def blobs(cfg: DataConfig, seed: int) -> RawData:
    """Isotropic Gaussian blobs: ``n_classes`` centres in ``n_features`` dimensions.

    Centres are drawn in the box [-10, 10]; the clusters' standard deviation is
    ``10 * noise`` (scikit-learn's default of 1.0 at the default noise 0.1).
    """
    xa, ya = skd.make_blobs(
        n_samples=cfg.n_samples, n_features=cfg.n_features, centers=cfg.n_classes,
        cluster_std=10.0 * cfg.noise, random_state=seed,
    )
    x, y = _xy(xa, ya)
    names = [f"x{i + 1}" for i in range(cfg.n_features)]
    return RawData("blobs", x, y, "classification", _labels(cfg.n_classes), names, is_image=False)


def sine(cfg: DataConfig, seed: int) -> RawData:
    """Regression: ``x ~ U[-3, 3]``, ``y = sin(x) + noise * N(0, 1)``."""
    rng = np.random.default_rng(seed)
    xa = rng.uniform(-3.0, 3.0, size=(cfg.n_samples, 1))
    ya = np.sin(xa[:, 0]) + cfg.noise * rng.normal(size=cfg.n_samples)
    x, y = _xy(xa, ya, regression=True)
    return RawData("sine", x, y, "regression", [], ["x"], is_image=False)


SHIPPED = {
    "digits": digits,
    "breast_cancer": breast_cancer,
    "moons": moons,
    "spirals": spirals,
    "blobs": blobs,
    "sine": sine,
}
