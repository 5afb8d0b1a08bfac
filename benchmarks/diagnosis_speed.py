"""How long ``dnnlab.diagnose.diagnose`` takes on a long run (target: < 1 s for 100,000 steps).

Builds a tidy history of 100,000 optimisation steps (per-step ``train/loss`` and ``lr``,
``update_ratio/<layer>`` and ``grad_norm/<layer>`` for 4 layers: 1,000,000 rows) plus 100 epochs
of per-epoch metrics, then times ``diagnose`` (parsing included) over several repeats and prints
the best and median time, and the diagnosis. Also times the unknown-period search (no
steps_per_epoch) and one LiveMonitor update.

With ``--cli`` the same history is stored as one run in a fresh SQLite MLflow store and the
command a user types, ``dnnlab diagnose RUN`` (with and without ``--json``), is timed in fresh
processes: wall time and the process's CPU time (target: under 1.5 s wall for 100,000 steps).
``--layer-every N`` logs the per-layer keys every N steps only (dnnlab's ``log_every``).
Usage: python benchmarks/diagnosis_speed.py [--steps 100000] [--repeats 5] [--cli]
       [--layer-every 1]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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


def store_run(hist: pd.DataFrame, meta: RunMeta, folder: Path) -> tuple[str, str]:
    """The history as one finished run of a fresh SQLite store; returns (tracking URI, run id).

    MLflow's client makes the store, the run, its params and tags, and logs the last point of
    every key (so ``latest_metrics`` is MLflow's own); the other points go straight into
    MLflow's ``metrics`` table in one transaction (``log_batch`` of 1,000 points takes seconds
    a call on a loaded machine: a million points would take most of an hour)."""
    import sqlite3

    from mlflow import MlflowClient
    from mlflow.entities import Metric, Param, RunTag

    uri = f"sqlite:///{folder}/mlflow.db"
    client = MlflowClient(uri)
    run_id = client.create_run(client.create_experiment(
        "speed", artifact_location=str(folder / "artifacts"))).info.run_id
    client.log_batch(run_id, params=[
        Param("steps_per_epoch", str(meta.steps_per_epoch)), Param("n_classes", "10"),
        Param("train.epochs", str(meta.epochs_planned)), Param("model.activation", "relu"),
        Param("model.layers", '["conv1", "conv2", "fc1", "out"]')],
        tags=[RunTag("task", "classification")])
    ordered = hist.sort_values(["key", "step"])
    last = ordered.groupby("key").tail(1)
    bulk = ordered.drop(last.index)
    with sqlite3.connect(folder / "mlflow.db") as con:
        con.executemany(
            "INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) "
            "VALUES (?, ?, 0, ?, ?, 0)",
            ((k, float(v), run_id, int(s))
             for k, s, v in bulk[["key", "step", "value"]].itertuples(index=False)))
    client.log_batch(run_id, metrics=[Metric(k, float(v), 0, int(s)) for k, s, v in
                                      last[["key", "step", "value"]].itertuples(index=False)])
    client.set_terminated(run_id)
    return uri, run_id


def time_cli(uri: str, run_id: str, repeats: int) -> None:
    """``dnnlab diagnose RUN`` (text and --json) in fresh processes: wall and CPU seconds."""
    env = {**os.environ, "COLUMNS": "100"}
    for extra in ([], ["--json"]):
        walls, cpus = [], []
        for _ in range(repeats):
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            subprocess.run([sys.executable, "-m", "dnnlab.cli", "diagnose", run_id,
                            "--tracking-uri", uri, *extra], check=True, env=env,
                           stdout=subprocess.DEVNULL)
            walls.append(time.perf_counter() - t0)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        label = " ".join(["dnnlab diagnose RUN", *extra])
        print(f"{label:<28} wall median {statistics.median(walls):.2f} s "
              f"(best {min(walls):.2f}), CPU median {statistics.median(cpus):.2f} s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, default=100_000)
    ap.add_argument("--repeats", type=int, default=5)
    ap.add_argument("--cli", action="store_true",
                    help="also store the run in SQLite and time the dnnlab diagnose command")
    ap.add_argument("--layer-every", type=int, default=1,
                    help="per-layer keys (and lr) every N steps (train/loss every step)")
    args = ap.parse_args()
    hist, meta = build_history(args.steps)
    if args.layer_every > 1:
        per_step = hist["key"].isin(["lr", *(f"{k}/{n}" for k in ("update_ratio", "grad_norm")
                                             for n in LAYERS)])
        hist = hist[~per_step | (hist["step"] % args.layer_every == 0)].reset_index(drop=True)
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
    if args.cli:
        with tempfile.TemporaryDirectory(prefix="dnnlab-diag-speed-") as tmp:
            t0 = time.perf_counter()
            uri, run_id = store_run(hist, meta, Path(tmp))
            print(f"stored {len(hist):,} points in SQLite in {time.perf_counter() - t0:.1f} s")
            time_cli(uri, run_id, args.repeats)


if __name__ == "__main__":
    main()
