"""The main job end to end: ``dnnlab train experiments/digits_cnn.yaml`` against a hand-written
loop doing the same training, and where dnnlab's extra time goes.

* hand loop - a fresh ``python`` process: imports torch and scikit-learn, loads the digits
  (60/20/20, standardised), builds the same CNN, trains it with Adam for the same epochs and
  batch size, runs a validation pass per epoch and a test pass at the end, ``torch.save``s the
  model;
* dnnlab    - ``dnnlab train experiments/digits_cnn.yaml --set train.early_stopping=null -q``
  into an existing SQLite store (its schema made beforehand: a user's second run).

The two alternate, ``--repeats`` times each; the table gives the median wall time, the CPU time
of the process (all threads: on a loaded machine the wall clock mostly measures the wait for a
core) and the ratios. ``--profile`` then runs ``dnnlab train`` once under cProfile and prints
where its time goes (cumulative seconds under the profiler, which slows Python code more than
torch's kernels: read the shares, not the seconds).

Usage: python benchmarks/end_to_end.py [--repeats 3] [--epochs 15] [--profile] [--tiny]
"""

from __future__ import annotations

import argparse
import os
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = ROOT / "experiments" / "digits_cnn.yaml"

HAND_LOOP = r'''
import sys, tempfile
from collections import OrderedDict
import torch
from torch import nn
from sklearn.datasets import load_digits

epochs = int(sys.argv[1])
torch.manual_seed(0)
x, y = load_digits(return_X_y=True)
idx = torch.randperm(len(y), generator=torch.Generator().manual_seed(0))
x = torch.tensor(x, dtype=torch.float32)[idx].view(-1, 1, 8, 8)
y = torch.tensor(y)[idx]
n_tr, n_va = int(0.6 * len(y)), int(0.2 * len(y))
x = (x - x[:n_tr].mean()) / x[:n_tr].std()
xtr, ytr = x[:n_tr], y[:n_tr]
xva, yva = x[n_tr:n_tr + n_va], y[n_tr:n_tr + n_va]
xte, yte = x[n_tr + n_va:], y[n_tr + n_va:]
model = nn.Sequential(OrderedDict(
    conv1=nn.Conv2d(1, 16, 3, padding=1), act1=nn.ReLU(), pool1=nn.MaxPool2d(2),
    conv2=nn.Conv2d(16, 32, 3, padding=1), act2=nn.ReLU(), pool2=nn.MaxPool2d(2),
    flatten=nn.Flatten(), fc1=nn.Linear(128, 64), act_fc1=nn.ReLU(), drop1=nn.Dropout(0.2),
    out=nn.Linear(64, 10)))
opt = torch.optim.Adam(model.parameters(), lr=0.002, weight_decay=1e-4)
loss_fn = nn.CrossEntropyLoss()
gen = torch.Generator().manual_seed(0)
for epoch in range(epochs):
    model.train()
    perm = torch.randperm(len(ytr), generator=gen)
    for i in range(0, len(perm), 32):
        b = perm[i:i + 32]
        loss = loss_fn(model(xtr[b]), ytr[b])
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    with torch.no_grad():
        val = model(xva)
    print(epoch, float(loss_fn(val, yva)), float((val.argmax(1) == yva).float().mean()))
with torch.no_grad():
    test = model(xte)
print("test", float((test.argmax(1) == yte).float().mean()))
torch.save(model.state_dict(), tempfile.mktemp(suffix=".pt"))
'''

# (label, function name in the profile, the file it is defined in)
PHASES = [
    ("load config", "load_config", "dnnlab/config.py"),
    ("check / open the store", "check_tracking_uri", "dnnlab/tracking/_store.py"),
    ("prepare (data, model)", "prepare", "dnnlab/experiment/_prepare.py"),
    ("linear baseline", "log_baseline", "dnnlab/experiment/_baseline.py"),
    ("dataset inputs", "log_data_inputs", "dnnlab/experiment/_run.py"),
    ("training (Trainer.fit)", "fit", "dnnlab/train/_trainer.py"),
    ("  of which training steps", "_train_epoch", "dnnlab/train/_trainer.py"),
    ("  of which per-epoch evaluation (train + val splits)", "_epoch_metrics",
     "dnnlab/train/_trainer.py"),
    ("  of which checkpoints", "save", "dnnlab/tracking/_checkpoints.py"),
    ("test pass, config, standardiser", "log_final_artifacts",
     "dnnlab/experiment/_artifacts.py"),
    ("end of run (flush, report, diagnosis, status)", "finish", "dnnlab/tracking/_run.py"),
    ("  of which confusion matrix / ROC figures", "log_classification_report",
     "dnnlab/tracking/_report.py"),
    ("  of which learning-curve figure", "log_learning_curves", "dnnlab/tracking/_report.py"),
    ("  of which model logging (mlflow.pytorch)", "log_pytorch_model",
     "dnnlab/tracking/_run.py"),
    ("  of which diagnosis", "_diagnose", "dnnlab/tracking/_run.py"),
    ("summary printed", "print_summary", "dnnlab/console.py"),
]


# `python -m cProfile` writes its file at interpreter exit, which `dnnlab`'s CLI skips (it ends
# with os._exit once its threads and atexit handlers are done): dump the profile there instead
PROFILED = r'''
import cProfile, os, runpy, sys
path, sys.argv = sys.argv[1], ["dnnlab", *sys.argv[2:]]
profile, real_exit = cProfile.Profile(), os._exit
def dump_then_exit(code):
    profile.disable()
    profile.dump_stats(path)
    real_exit(code)
os._exit = dump_then_exit
profile.enable()
runpy.run_module("dnnlab.cli", run_name="__main__")
'''


def timed(cmd: list[str], env: dict[str, str], cwd: str) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, the process and its children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=1800)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"{cmd[:3]} failed:\n{proc.stderr[-3000:]}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def compare_table(times: dict[str, list[tuple[float, float]]]) -> list[str]:
    """Markdown rows: median wall and CPU seconds per variant and their ratio to the hand loop."""
    wall = {k: statistics.median(w for w, _ in v) for k, v in times.items()}
    cpu = {k: statistics.median(c for _, c in v) for k, v in times.items()}
    base = "hand loop"
    rows = ["| command | wall (median) | vs hand loop | CPU (median) | vs hand loop "
            "| runs (wall) |", "|---|---|---|---|---|---|"]
    for k in times:
        rows.append(f"| {k} | {wall[k]:.2f} s | {wall[k] / wall[base]:.2f} | {cpu[k]:.2f} s | "
                    f"{cpu[k] / cpu[base]:.2f} | "
                    + ", ".join(f"{w:.1f}" for w, _ in times[k]) + " |")
    return rows


def phase_table(stats: pstats.Stats) -> list[str]:
    """Markdown rows: cumulative profiled seconds of each phase of ``dnnlab train`` and its share
    of the whole command; imports are what runs outside every phase before training."""
    by_name: dict[tuple[str, str], float] = {}
    total = 0.0
    for (file, _line, func), (_cc, _nc, _tt, ct, _callers) in stats.stats.items():  # type: ignore[attr-defined]
        by_name[(file, func)] = by_name.get((file, func), 0.0) + ct
        if func == "<module>" and file.endswith("dnnlab/cli.py"):
            total = max(total, ct)
    rows = ["| phase | profiled s | share |", "|---|---|---|"]
    found = 0.0
    for label, func, file in PHASES:
        ct = sum(v for (f, fn), v in by_name.items() if fn == func and f.endswith(file))
        if not label.startswith("  "):
            found += ct
        rows.append(f"| {label} | {ct:.2f} | {ct / total:.0%} |")
    rows.append(f"| imports and the rest | {total - found:.2f} | {(total - found) / total:.0%} |")
    rows.append(f"| the whole command | {total:.2f} | 100% |")
    return rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--epochs", type=int, default=15)
    ap.add_argument("--profile", action="store_true", help="also profile one dnnlab train")
    ap.add_argument("--tiny", action="store_true", help="a smoke test: 1 epoch, 1 repeat")
    args = ap.parse_args()
    epochs, repeats = (1, 1) if args.tiny else (args.epochs, args.repeats)
    tmp = tempfile.mkdtemp(prefix="dnnlab-e2e-")
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
    uri = f"sqlite:///{tmp}/mlflow.db"
    dnnlab = [sys.executable, "-m", "dnnlab.cli", "train", str(CONFIG), "-q",
              "--tracking-uri", uri, "--set", "train.early_stopping=null",
              "--set", f"train.epochs={epochs}"]
    hand = [sys.executable, "-c", HAND_LOOP, str(epochs)]
    try:
        # the store exists before the timings, as it does for every run after the first
        subprocess.run([sys.executable, "-c", f"from mlflow import MlflowClient; "
                        f"MlflowClient({uri!r}).search_experiments()"], env=env, check=True,
                       capture_output=True)
        times: dict[str, list[tuple[float, float]]] = {"hand loop": [], "dnnlab train": []}
        for _ in range(repeats):
            times["hand loop"].append(timed(hand, env, tmp))
            times["dnnlab train"].append(timed(dnnlab, env, tmp))
        print(f"digits CNN, {epochs} epoch(s), batch 32, torch's default threads; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs; median of {repeats}")
        print("\n".join(compare_table(times)))
        if args.profile:
            prof = f"{tmp}/train.prof"
            subprocess.run([sys.executable, "-c", PROFILED, prof, *dnnlab[3:]],
                           env=env, cwd=tmp, check=True, capture_output=True, timeout=1800)
            print("\nwhere dnnlab train's time goes (one run under cProfile):")
            print("\n".join(phase_table(pstats.Stats(prof))))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
