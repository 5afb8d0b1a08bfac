"""Where a tracked step's extra time goes, measured in pairs so that a change in load hits both.

One process trains two copies of the digits CNN of ``benchmarks/peers.py`` batch by batch, one
bare and one under ``dnnlab.track`` (full instrumentation every step), and times each step of
each: the bare step, the tracked step's forward/backward/``opt.step()`` (where the optimiser
hooks measure update ratios and gradient norms) and its ``run.step(loss)``. ``--without probe``
and ``--without dead`` remove the update probe or the dead-unit/saturation hooks from the
tracked copy, to attribute the cost. Prints one Markdown row per setting: the medians in
microseconds and the ratio of a tracked step (train step + ``run.step``) to a bare one, of
the medians and of the means, and the CPU time the process's other threads (the metric
writer's ``log_batch`` calls, the system-metrics sampler) spend a tracked step. That work runs
beside the steps of both copies: on 2 CPUs it holds the interpreter from the bare copy as much
as from the tracked one, so the paired ratio leaves it out; the means show part of it.

Usage: python benchmarks/paired_step.py [--epochs 6] [--repeats 2] [--tiny]
"""

from __future__ import annotations

import argparse
import atexit
import logging
import os
import shutil
import statistics
import sys
import tempfile
import time
import warnings
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")

import torch  # noqa: E402
from peers import Loop, Setting  # noqa: E402

SETTINGS = {"full": (), "without probe": ("probe",), "without dead-unit hooks": ("dead",),
            "without both": ("probe", "dead")}


def paired(s: Setting, without: tuple[str, ...],
           epochs: int) -> tuple[tuple[float, float, float], float, float]:
    """(bare step, tracked train step, run.step) medians in microseconds, the ratio of the
    tracked steps' mean time to the bare steps' (it counts the steps a writer thread slowed),
    and the CPU time of the process's other threads (the metric writer's) per tracked step."""
    import dnnlab

    bare, tracked = Loop(s, lambda: None), Loop(s, lambda: None)
    kw = {"task": "classification", "log_model": False, "save_best": False}
    ta, tb, ts = [], [], []
    with dnnlab.track(tracked.model, tracked.opt, experiment="paired-step", tracking_uri=s.uri,
                      **kw) as run:
        if "probe" in without and run.probe is not None:
            run.probe.remove()
            run.probe = None
        if "dead" in without:
            for observer in (run.dead, run.saturation):
                if observer is not None:
                    observer.remove()
        for epoch in range(epochs + 1):  # the first epoch warms up, untimed
            if epoch == 1:
                cpu0, main0 = time.process_time(), time.thread_time()
            for (xa, ya), (xb, yb) in zip(bare.batches(), tracked.batches(), strict=False):
                t0 = time.perf_counter()
                bare.train_step(xa, ya)
                t1 = time.perf_counter()
                loss = tracked.train_step(xb, yb)
                t2 = time.perf_counter()
                run.step(loss)
                t3 = time.perf_counter()
                if epoch:
                    ta.append(t1 - t0)
                    tb.append(t2 - t1)
                    ts.append(t3 - t2)
            _, val_loss, _, _ = tracked.validate()
            run.epoch(val_loss=val_loss)
        others = (time.process_time() - cpu0) - (time.thread_time() - main0)
    medians = tuple(statistics.median(t) * 1e6 for t in (ta, tb, ts))
    return (medians, (sum(tb) + sum(ts)) / sum(ta),  # type: ignore[return-value]
            others / max(len(tb), 1) * 1e6)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--epochs", type=int, default=6, help="timed epochs (one more warms up)")
    ap.add_argument("--repeats", type=int, default=2, help="runs of every setting, interleaved")
    ap.add_argument("--tiny", action="store_true", help="a smoke test: 1 epoch of 5 steps")
    args = ap.parse_args()
    warnings.filterwarnings("ignore")
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    torch.set_num_threads(1)
    epochs, repeats = (1, 1) if args.tiny else (args.epochs, args.repeats)
    store = tempfile.mkdtemp(prefix="dnnlab-paired-")
    atexit.register(shutil.rmtree, store, ignore_errors=True)  # the store goes with the process
    s = Setting(epochs, store, 5 if args.tiny else None)
    from mlflow import MlflowClient

    MlflowClient(s.uri).search_experiments()  # the schema, outside the timings
    print(f"digits CNN, batch {s.batch_size}, 1 torch thread, {epochs} timed epoch(s), "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    print("| tracked copy | bare step | tracked train step | run.step | tracked / bare | "
          "same, of the means | other threads' CPU a step |")
    print("|---|---|---|---|---|---|---|")
    for _ in range(repeats):
        for name, without in SETTINGS.items():
            (a, b, c), of_means, others = paired(s, without, epochs)
            print(f"| {name} | {a:.0f} us | {b:.0f} us (+{b - a:.0f}) | {c:.0f} us | "
                  f"{(b + c) / a:.3f} | {of_means:.3f} | {others:.0f} us |", flush=True)


if __name__ == "__main__":
    main()
