"""Hand-made run histories for tests and benchmarks (shipped like ``optuna.testing``).

>>> hist, meta = synthetic_run(seed=1)
>>> sorted(hist.columns)
['key', 'step', 'value']
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from dnnlab.diagnose._history import RunMeta

FAULTS = (None, "nan_loss", "divergence", "not_training", "not_converged", "slow_start",
          "overfitting", "underfitting", "unshuffled_data", "update_ratio_high",
          "update_ratio_low", "vanishing_gradients", "exploding_gradients", "dead_relu",
          "noisy_loss")


def tidy(curves: Mapping[str, np.ndarray | tuple[np.ndarray, np.ndarray]]) -> pd.DataFrame:
    """A tidy history from ``{key: values}`` (steps 1..n) or ``{key: (steps, values)}``."""
    keys, steps, values = [], [], []
    for key, c in curves.items():
        if isinstance(c, tuple):
            s, v = np.asarray(c[0]), np.asarray(c[1], dtype=float)
        else:
            v = np.asarray(c, dtype=float)
            s = np.arange(1, len(v) + 1)
        keys.append(np.full(len(v), key, dtype=object))
        steps.append(s.astype(np.int64))
        values.append(v)
    if not keys:
        return pd.DataFrame({"key": [], "step": [], "value": []})
    return pd.DataFrame({"key": np.concatenate(keys), "step": np.concatenate(steps),
                         "value": np.concatenate(values)})


def synthetic_run(
    fault: str | None = None,
    *,
    epochs: int = 30,
    steps_per_epoch: int = 40,
    layers: tuple[str, ...] = ("fc1", "fc2", "fc3", "out"),
    n_classes: int = 10,
    tau_epochs: float = 3.0,
    noise: float = 0.08,
    seed: int = 0,
) -> tuple[pd.DataFrame, RunMeta]:
    """A classification run logged like dnnlab's runner, healthy or with one ``fault``.

    Healthy: the per-step loss decays exponentially (time constant ``tau_epochs``) from ln K
    to a floor with multiplicative batch noise; validation follows with a small gap; update
    ratios ~1e-3; gradient norms within a factor 3 across layers; ~10% dead ReLUs.
    """
    if fault not in FAULTS:
        raise ValueError(f"unknown fault {fault!r}; choose from {FAULTS}")
    rng = np.random.default_rng(seed)
    n = epochs * steps_per_epoch
    step = np.arange(1, n + 1)
    t = step / steps_per_epoch  # in epochs
    start, floor = float(np.log(n_classes)), 0.08
    tau = tau_epochs * (8.0 if fault == "not_converged" else 1.0)
    trend = floor + (start - floor) * np.exp(-t / tau)
    if fault == "not_training":
        trend = np.full(n, start)
    elif fault == "slow_start":
        t0 = 0.35 * epochs
        trend = np.where(t < t0, start, floor + (start - floor) * np.exp(-(t - t0) / tau))
    elif fault == "underfitting":
        trend = 1.6 + (start - 1.6) * np.exp(-t / tau)
    elif fault == "divergence":
        t0 = 0.4 * epochs
        trend = np.where(t < t0, trend, trend + 0.4 * (t - t0))
    loss = trend * np.exp(rng.normal(0.0, noise, n) - noise**2 / 2)
    if fault == "noisy_loss":  # batch of 1 and a high LR: swings as large as the whole trend
        trend = 1.2 + (start - 1.2) * np.exp(-t / tau)
        loss = trend * rng.exponential(1.0, n)
    if fault == "unshuffled_data":
        pos = (step - 1) % steps_per_epoch
        block = steps_per_epoch // 5
        loss = loss + 0.6 * np.exp(-(pos % block) / 2.0) * np.sqrt(trend)
    if fault == "nan_loss":
        loss[int(0.6 * n):] = np.nan
        loss[int(0.6 * n) - 3: int(0.6 * n)] *= [2.0, 5.0, 40.0]

    ep = np.arange(1, epochs + 1)
    epoch_loss = loss.reshape(epochs, steps_per_epoch).mean(axis=1)
    train_eval = epoch_loss * 0.9
    end_of_epoch = trend.reshape(epochs, steps_per_epoch)[:, -1]
    gap = 0.05 * (start - end_of_epoch)  # the gap opens while the model learns, then holds
    if fault == "not_training":
        gap = np.zeros(epochs)
    elif fault == "overfitting":
        gap = 0.02 * start * ep
    val_loss = end_of_epoch + gap + rng.normal(0, 0.01 * start, epochs)
    if fault == "underfitting":
        val_loss = train_eval + 0.02

    def acc(lv: np.ndarray) -> np.ndarray:
        chance = 1.0 / n_classes
        return np.clip(1.0 - (1.0 - chance) * np.clip(lv, 0, None) / start, 0.0, 1.0)

    train_acc, val_acc = acc(train_eval), acc(val_loss)
    if fault == "overfitting":
        val_acc = np.minimum(val_acc, acc(val_loss[:8]).max()) - 0.002 * np.maximum(ep - 8, 0)

    curves: dict[str, np.ndarray | tuple[np.ndarray, np.ndarray]] = {
        "train/loss": loss,
        "lr": np.full(n, 1e-3),
        "train/epoch_loss": (ep, epoch_loss),
        "val/loss": (ep, val_loss),
        "train/accuracy": (ep, train_acc),
        "val/accuracy": (ep, val_acc),
        "train/error_rate": (ep, 1 - train_acc),
        "val/error_rate": (ep, 1 - val_acc),
        "epoch_time": (ep, rng.uniform(1.0, 1.2, epochs)),
    }
    n_layers = len(layers)
    for i, name in enumerate(layers):
        ur = 1e-3 * np.exp(rng.normal(0, 0.3, n)) * (0.5 + i / n_layers)
        gn = 0.5 * np.exp(rng.normal(0, 0.3, n)) * (1.0 + 2.0 * i / n_layers) * np.sqrt(trend)
        if fault == "update_ratio_high":
            ur *= 300
        elif fault == "update_ratio_low":
            ur *= 1e-3
        elif fault == "vanishing_gradients":
            gn *= 10.0 ** (-2.0 * (n_layers - 1 - i))
        elif fault == "exploding_gradients":
            gn *= 10.0 ** (1.0 * (n_layers - 1 - i)) * np.exp(t / epochs * 8)
        curves[f"update_ratio/{name}"] = ur
        curves[f"grad_norm/{name}"] = gn
    for i in range(n_layers - 1):
        dead = np.clip(0.05 + 0.05 * i + rng.normal(0, 0.01, epochs), 0, 1)
        if fault == "dead_relu" and i == 0:
            dead = np.linspace(0.3, 0.85, epochs)
        curves[f"dead_relu/act{i + 1}"] = (ep, dead)
    meta = RunMeta(steps_per_epoch=steps_per_epoch, task="classification", n_classes=n_classes,
                   layers=list(layers), epochs_planned=epochs, activation="relu",
                   status="FAILED" if fault == "nan_loss" else "FINISHED")
    return tidy(curves), meta
