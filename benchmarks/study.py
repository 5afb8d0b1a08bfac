"""What pruning and worker processes buy a ``dnnlab study``.

1. Pruning: the same lr x dropout study on the digits data without a pruner and with each
   pruner asked for (by default dnnlab's default, successive halving, and the median pruner),
   once per sampler seed; prints epochs trained, wall time and best val/loss of each, and per
   pruner the epochs against no pruning over all seeds, the mean change of the best value and
   in how many seeds it stayed within 2%. Target: pruning trains at most half the epochs for a
   best value within 2% (not worse by more than 2%). A study is deterministic given its seed:
   epochs and best values repeat exactly. With TPE (the default sampler) a pruned study
   samples other points than the unpruned one, so one seed's best value is partly luck of
   the search path, hence several seeds; with the random sampler both studies try the same
   30 points and the best value differs only where pruning stopped the best.
2. Workers: the same study (no pruner) with 1 and with 2 worker processes, alternated for
   ``--rounds`` rounds; prints trials per minute with wall time counted from the call (worker
   start-up included) and the ratio of the medians. Target: >= 1.6x.

Everything runs in a temp folder (its own mlflow.db and Optuna storage).
Usage: python benchmarks/study.py [--trials 30] [--epochs 20] [--seeds 0 1 2 3 4 5]
       [--samplers tpe random] [--pruners none successive_halving median] [--warmup N]
       [--percentile 25]
       [--worker-trials 30] [--rounds 2] [--skip-pruning] [--skip-workers]
Small check: python benchmarks/study.py --trials 8 --epochs 4 --seeds 0 --worker-trials 6
"""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from dnnlab.config import PrunerConfig, load_config_dict
from dnnlab.study import pruner_options, run_study, warmup_epochs


def experiment(folder: Path, name: str, epochs: int, pruner: dict[str, Any] | str,
               hidden: int, seed: int = 0, sampler: str = "tpe") -> Any:
    return load_config_dict({
        "name": name, "seed": seed,
        "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [hidden]},
        "optim": {"name": "adam"},
        "train": {"epochs": epochs, "batch_size": 64,
                  "early_stopping": {"monitor": "val/loss", "patience": 5}},
        "tracking": {"uri": f"sqlite:///{folder}/mlflow.db", "log_model": False},
        "study": {"space": {"optim.lr": {"low": 1e-4, "high": 1e-1, "log": True},
                            "model.dropout": {"low": 0.0, "high": 0.5}},
                  "sampler": sampler, "n_startup_trials": 5, "pruner": pruner},
    })


def timed_study(cfg: Any, n_trials: int, workers: int = 1) -> tuple[Any, float]:
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        res = run_study(cfg, n_trials=n_trials, workers=workers)
    return res, time.perf_counter() - t0


def best_value(res: Any) -> float:
    return res.report.best[0]["values"]["val/loss"]


def pruner_spec(kind: str, warmup: int | None, percentile: float) -> dict[str, Any] | str:
    if kind == "none":
        return "none"
    opts: dict[str, Any] = {"kind": kind}
    if kind in ("median", "percentile") and warmup is not None:
        opts["n_warmup_steps"] = warmup
    if kind == "percentile":
        opts["percentile"] = percentile
    if kind == "wilcoxon":
        opts["p_threshold"] = 0.05
    return opts


def pruning(folder: Path, trials: int, epochs: int, pruners: list[str], seeds: list[int],
            warmup: int | None, percentile: float, hidden: int, sampler: str) -> None:
    rows = []
    for seed in seeds:
        for kind in pruners:
            cfg = experiment(folder, f"bench-{sampler}-{kind}-{seed}", epochs,
                             pruner_spec(kind, warmup, percentile), hidden, seed, sampler)
            res, wall = timed_study(cfg, trials)
            c = res.report.counts
            rows.append((kind, seed, res.report.epochs_trained, wall, best_value(res),
                         c["COMPLETE"], c["PRUNED"], c["FAIL"]))
    sh = pruner_options(PrunerConfig(kind="successive_halving"), epochs)
    rungs = [sh["min_resource"] * sh["reduction_factor"] ** k for k in range(epochs)]
    print(f"\n== pruning, {sampler} sampler: {trials} trials x up to {epochs} epochs "
          f"(digits MLP [{hidden}], early stopping patience 5; successive halving judges at "
          f"epochs {', '.join(str(r) for r in rungs if r < epochs)}; median/percentile warm-up "
          f"{warmup if warmup is not None else warmup_epochs(epochs)} epochs, "
          f"percentile {percentile:g})")
    print(f"{'pruner':<20}{'seed':>5}{'epochs':>8}{'wall s':>9}{'best val/loss':>15}"
          f"{'complete':>10}{'pruned':>8}{'failed':>8}")
    for r in rows:
        print(f"{r[0]:<20}{r[1]:>5}{r[2]:>8}{r[3]:>9.1f}{r[4]:>15.4f}{r[5]:>10}{r[6]:>8}"
              f"{r[7]:>8}")
    if "none" not in pruners:
        return
    base = {r[1]: r for r in rows if r[0] == "none"}
    print(f"\nover seeds {' '.join(map(str, seeds))} (best value: + is worse than no pruning)")
    for kind in [k for k in pruners if k != "none"]:
        mine = [r for r in rows if r[0] == kind]
        epochs_ratio = sum(r[2] for r in mine) / sum(base[r[1]][2] for r in mine)
        wall_ratio = sum(r[3] for r in mine) / sum(base[r[1]][3] for r in mine)
        gaps = [(r[4] - base[r[1]][4]) / base[r[1]][4] * 100 for r in mine]
        kept = sum(1 for g in gaps if g <= 2.0)
        print(f"{kind} / none: epochs {epochs_ratio:.2f}x (target <= 0.5), wall "
              f"{wall_ratio:.2f}x, best value {statistics.mean(gaps):+.1f}% on average "
              f"(target <= +2%), within 2% in {kept} of {len(gaps)} seeds; per seed "
              f"{', '.join(f'{g:+.1f}%' for g in gaps)}")


def workers(folder: Path, trials: int, epochs: int, hidden: int, rounds: int) -> None:
    rows = []
    for r in range(rounds):
        for n in (1, 2):
            cfg = experiment(folder, f"bench-workers-{n}-{r}", epochs, "none", hidden)
            res, wall = timed_study(cfg, trials, workers=n)
            rows.append((n, r, res.trials_run, wall, res.trials_run / wall * 60))
    print(f"\n== workers: {trials} trials x up to {epochs} epochs, no pruner, "
          f"{rounds} alternated rounds")
    print(f"{'workers':<10}{'round':>6}{'trials':>8}{'wall s':>9}{'trials/min':>12}")
    for row in rows:
        print(f"{row[0]:<10}{row[1]:>6}{row[2]:>8}{row[3]:>9.1f}{row[4]:>12.2f}")
    med = {n: statistics.median(row[4] for row in rows if row[0] == n) for n in (1, 2)}
    print(f"2 workers / 1 worker: {med[2] / med[1]:.2f}x trials per minute (medians; "
          "target >= 1.6x on 2 cores)")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--trials", type=int, default=30, help="trials of each pruning study")
    ap.add_argument("--epochs", type=int, default=20, help="epochs per trial at most")
    ap.add_argument("--seeds", type=int, nargs="+", default=[0, 1, 2, 3, 4, 5],
                    help="sampler seeds of the pruning studies")
    ap.add_argument("--worker-trials", type=int, default=30, help="trials of each worker run")
    ap.add_argument("--rounds", type=int, default=2, help="alternated 1- and 2-worker runs")
    ap.add_argument("--worker-epochs", type=int, default=None, help="default: --epochs")
    ap.add_argument("--pruners", nargs="+", default=["none", "successive_halving", "median"],
                    choices=["none", "median", "percentile", "successive_halving", "hyperband",
                             "wilcoxon"],
                    help="one study per pruner; ratios are against 'none'")
    ap.add_argument("--warmup", type=int, default=None,
                    help="median/percentile n_warmup_steps (default: dnnlab's, a fifth of "
                    "the epochs)")
    ap.add_argument("--samplers", nargs="+", default=["tpe", "random"],
                    choices=["tpe", "random"],
                    help="random: both studies try the same points, so the best value "
                    "differs only where pruning stopped the best trial")
    ap.add_argument("--percentile", type=float, default=25.0,
                    help="percentile pruner: keep trials in this best percentile")
    ap.add_argument("--hidden", type=int, default=64, help="hidden units of the MLP")
    ap.add_argument("--skip-pruning", action="store_true")
    ap.add_argument("--skip-workers", action="store_true")
    args = ap.parse_args()
    for name in ("mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    with tempfile.TemporaryDirectory(prefix="dnnlab-bench-study-") as tmp:
        folder = Path(tmp)
        if not args.skip_pruning:
            for sampler in args.samplers:
                pruning(folder, args.trials, args.epochs, args.pruners, args.seeds,
                        args.warmup, args.percentile, args.hidden, sampler)
        if not args.skip_workers:
            workers(folder, args.worker_trials, args.worker_epochs or args.epochs, args.hidden,
                    args.rounds)


if __name__ == "__main__":
    main()
