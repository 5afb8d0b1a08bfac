"""How long ``dnnlab.diagnose.diagnose`` takes on a long run (target: < 1 s for 100,000 steps).

Builds a tidy history of 100,000 optimisation steps (per-step ``train/loss`` and ``lr``,
``update_ratio/<layer>`` and ``grad_norm/<layer>`` for 4 layers: 1,000,000 rows) plus 100 epochs
of per-epoch metrics, then times ``diagnose`` (parsing included) over several repeats and prints
the best and median time, and the diagnosis. Also times the unknown-period search (no
steps_per_epoch) and one LiveMonitor update.
Usage: python benchmarks/diagnosis_speed.py [--steps 100000] [--repeats 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

import numpy as np
import pandas as pd

from dnnlab.diagnose import LiveMonitor, RunMeta, diagnose
from dnnlab.diagnose.testing import tidy

LAYERS = ("conv1", "conv2", "fc1", "out")


def build_history(steps: int, epochs: int = 100, seed: int = 0) -> tuple[pd.DataFrame, RunMeta]:
    rng = np.random.default_rng(seed)
    spe = steps // epochs
    t = np.arange(1, steps + 1) / spe
    trend = 0.1 + 2.2 * np.exp(-t / 10)
    curves: dict[str, np.ndarray | tuple[np.ndarray, np.ndarray]] = {
        "train/loss": trend * np.exp(rng.normal(0, 0.1, steps)),
        "lr": np.full(steps, 1e-3),
    }
    for i, name in enumerate(LAYERS):
        curves[f"update_ratio/{name}"] = 1e-3 * (1 + i) * np.exp(rng.normal(0, 0.3, steps))
        curves[f"grad_norm/{name}"] = (1 + i) * np.sqrt(trend) * np.exp(rng.normal(0, 0.3, steps))
    ep = np.arange(1, epochs + 1)
    end = trend[spe - 1 :: spe]
    curves.update({
        "train/epoch_loss": (ep, end * 1.02),
        "val/loss": (ep, end + 0.05),
        "train/accuracy": (ep, 1 - 0.9 * end / 2.3),
        "val/accuracy": (ep, 1 - 0.9 * (end + 0.05) / 2.3),
        "dead_relu/act1": (ep, np.full(epochs, 0.1)),
        "epoch_time": (ep, np.full(epochs, 3.0)),
    })
    meta = RunMeta(steps_per_epoch=spe, task="classification", n_classes=10, layers=list(LAYERS),
                   epochs_planned=epochs, activation="relu", status="FINISHED")
    return tidy(curves), meta


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=5)
    args = ap.parse_args()
    hist, meta = build_history(args.steps)
    print(f"history: {len(hist):,} rows, {hist['key'].nunique()} keys, {args.steps:,} steps")
    diag = diagnose(hist, meta)  # warm-up (imports, caches)
    times = timed(lambda: diagnose(hist, meta), args.repeats)
    print(f"diagnose (steps_per_epoch known): best {min(times):.3f} s, "
          f"median {statistics.median(times):.3f} s")
    unknown = RunMeta(layers=list(LAYERS))
    only_steps = hist[~hist["key"].isin(["train/epoch_loss", "val/loss", "train/accuracy",
                                         "val/accuracy"])]
    times_u = timed(lambda: diagnose(only_steps, unknown), args.repeats)
    print(f"diagnose (period searched):       best {min(times_u):.3f} s, "
          f"median {statistics.median(times_u):.3f} s")
    mon = LiveMonitor()
    losses = hist.loc[hist["key"] == "train/loss", "value"].to_numpy()
    t0 = time.perf_counter()
    for i, v in enumerate(losses[:20_000], start=1):
        mon.update(i, float(v))
    per = (time.perf_counter() - t0) / 20_000
    print(f"LiveMonitor.update: {per * 1e6:.2f} us per step")
    print(f"diagnosis: {diag.summary()}")


if __name__ == "__main__":
    main()
