"""What pruning and worker processes buy a ``dnnlab study``.

1. Pruning: the same lr x dropout study on the digits data (TPE, seed 0) without a pruner
   and with each pruner asked for (default: median); prints epochs trained, wall time and
   best val/loss of each. Target: pruning trains at most half the epochs for a best value
   within 2%. The studies are deterministic: epochs and best values repeat exactly.
2. Workers: the same study (no pruner) with 1 and with 2 worker processes; prints trials per
   minute, wall time counted from the call (worker start-up included). Target: >= 1.6x.

Everything runs in a temp folder (its own mlflow.db and Optuna storage).
Usage: python benchmarks/study.py [--trials 30] [--epochs 20] [--worker-trials 16]
       [--skip-pruning] [--skip-workers] [--pruners none median successive_halving]
       [--warmup 2]
Small check: python benchmarks/study.py --trials 8 --epochs 4 --worker-trials 6
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import tempfile
import time
from pathlib import Path
from typing import Any

from dnnlab.config import load_config_dict
from dnnlab.study import run_study


def experiment(folder: Path, name: str, epochs: int, pruner: dict[str, Any] | str,
               hidden: int) -> Any:
    return load_config_dict({
        "name": name, "seed": 0,
        "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [hidden]},
        "optim": {"name": "adam"},
        "train": {"epochs": epochs, "batch_size": 64,
                  "early_stopping": {"monitor": "val/loss", "patience": 5}},
        "tracking": {"uri": f"sqlite:///{folder}/mlflow.db", "log_model": False},
        "study": {"space": {"optim.lr": {"low": 1e-4, "high": 1e-1, "log": True},
                            "model.dropout": {"low": 0.0, "high": 0.5}},
                  "n_startup_trials": 5, "pruner": pruner},
    })


def timed_study(cfg: Any, n_trials: int, workers: int = 1) -> tuple[Any, float]:
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        res = run_study(cfg, n_trials=n_trials, workers=workers)
    return res, time.perf_counter() - t0


def best_value(res: Any) -> float:
    return res.report.best[0]["values"]["val/loss"]


def pruner_options(kind: str, warmup: int) -> dict[str, Any] | str:
    if kind == "none":
        return "none"
    opts: dict[str, Any] = {"kind": kind}
    if kind in ("median", "percentile"):
        opts |= {"n_startup_trials": 5, "n_warmup_steps": warmup}
    if kind == "percentile":
        opts["percentile"] = 25.0
    return opts


def pruning(folder: Path, trials: int, epochs: int, pruners: list[str], warmup: int,
            hidden: int) -> None:
    rows = []
    for kind in pruners:
        cfg = experiment(folder, f"bench-{kind}", epochs, pruner_options(kind, warmup), hidden)
        res, wall = timed_study(cfg, trials)
        c = res.report.counts
        rows.append((kind, res.report.epochs_trained, wall, best_value(res), c["COMPLETE"],
                     c["PRUNED"], c["FAIL"]))
    print(f"\n== pruning: {trials} trials x up to {epochs} epochs (digits MLP [{hidden}], "
          "early stopping patience 5)")
    print(f"{'pruner':<20}{'epochs':>8}{'wall s':>9}{'best val/loss':>15}"
          f"{'complete':>10}{'pruned':>8}{'failed':>8}")
    for r in rows:
        print(f"{r[0]:<20}{r[1]:>8}{r[2]:>9.1f}{r[3]:>15.4f}{r[4]:>10}{r[5]:>8}{r[6]:>8}")
    base = next((r for r in rows if r[0] == "none"), None)
    for r in rows:
        if base is not None and r is not base:
            gap = (r[3] - base[3]) / base[3] * 100
            print(f"{r[0]} / none: epochs {r[1] / base[1]:.2f}x (target <= 0.5), wall "
                  f"{r[2] / base[2]:.2f}x, best value {gap:+.1f}% (target within 2%)")


def workers(folder: Path, trials: int, epochs: int, hidden: int) -> None:
    rows = []
    for n in (1, 2):
        cfg = experiment(folder, f"bench-workers-{n}", epochs, "none", hidden)
        res, wall = timed_study(cfg, trials, workers=n)
        rows.append((n, res.trials_run, wall, res.trials_run / wall * 60))
    print(f"\n== workers: {trials} trials x up to {epochs} epochs, no pruner")
    print(f"{'workers':<10}{'trials':>8}{'wall s':>9}{'trials/min':>12}")
    for r in rows:
        print(f"{r[0]:<10}{r[1]:>8}{r[2]:>9.1f}{r[3]:>12.2f}")
    print(f"2 workers / 1 worker: {rows[1][3] / rows[0][3]:.2f}x trials per minute "
          "(target >= 1.6x on 2 cores)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=30, help="trials of each pruning study")
    ap.add_argument("--epochs", type=int, default=20, help="epochs per trial at most")
    ap.add_argument("--worker-trials", type=int, default=16, help="trials of each worker run")
    ap.add_argument("--worker-epochs", type=int, default=None, help="default: --epochs")
    ap.add_argument("--pruners", nargs="+", default=["none", "median"],
                    choices=["none", "median", "percentile", "successive_halving", "hyperband"],
                    help="one study per pruner; ratios are against 'none'")
    ap.add_argument("--warmup", type=int, default=2, help="median/percentile n_warmup_steps")
    ap.add_argument("--hidden", type=int, default=64, help="hidden units of the MLP")
    ap.add_argument("--skip-pruning", action="store_true")
    ap.add_argument("--skip-workers", action="store_true")
    args = ap.parse_args()
    for name in ("mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="dnnlab-bench-study-") as tmp:
        folder = Path(tmp)
        if not args.skip_pruning:
            pruning(folder, args.trials, args.epochs, args.pruners, args.warmup, args.hidden)
        if not args.skip_workers:
            workers(folder, args.worker_trials, args.worker_epochs or args.epochs, args.hidden)


if __name__ == "__main__":
    main()
