"""Which pruner keeps the best trial, and at what cost: replays of recorded learning curves.

With the random sampler a study's points do not depend on its history, so a pruned study trains
exactly the unpruned study's trials, each until the pruner stops it. This benchmark therefore
runs the unpruned 30-trial lr x dropout digits study once per seed (as ``benchmarks/study.py``
does, random sampler), then replays the recorded per-epoch val/loss curves through each pruner
(Optuna's own pruners, built by dnnlab): trials in the same order, ``report`` after each epoch
and ``should_prune`` after each but the last (as dnnlab does). It prints, per pruner, the
epochs trained relative to no pruning and how much worse the best value got: on average and
per seed. (``benchmarks/study.py`` with ``--samplers random`` gives the same figures by
running the pruned studies for real.)

Usage: python benchmarks/pruning_replay.py [--seeds 0 1 2 3 4 5 6 7] [--trials 30] [--epochs 20]
       [--curves FILE.json]   (reuse curves recorded by an earlier run)
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import logging
import sys
import tempfile
import warnings
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from optuna.distributions import FloatDistribution  # noqa: E402
from study import experiment  # noqa: E402  (benchmarks/study.py: the same study)

from dnnlab.study import (  # noqa: E402
    make_pruner,
    parse_storage,  # noqa: E402
    quiet_optuna,
    run_study,  # noqa: E402
)

Curve = list[tuple[int, float]]
SPACE = {"optim.lr": FloatDistribution(1e-4, 1e-1, log=True),  # as benchmarks/study.py
         "model.dropout": FloatDistribution(0.0, 0.5)}

BARE = {"n_startup_trials": 0, "tolerance": 0.0, "param_tolerance": 0.0}  # no dnnlab guards
PRUNERS: dict[str, dict[str, Any]] = {
    "successive halving (dnnlab default)": {"kind": "successive_halving"},
    "successive halving, no guards": {"kind": "successive_halving", **BARE},
    "successive halving, startup 5 only": {"kind": "successive_halving", **BARE,
                                           "n_startup_trials": 5},
    "successive halving, startup 3": {"kind": "successive_halving", "n_startup_trials": 3},
    "successive halving, tolerance 5%": {"kind": "successive_halving", "tolerance": 0.05},
    "successive halving, first rung 2": {"kind": "successive_halving", "min_resource": 2},
    "successive halving, first rung 4": {"kind": "successive_halving", "min_resource": 4},
    "successive halving, rf 3": {"kind": "successive_halving", "reduction_factor": 3},
    "successive halving, Optuna defaults": {"kind": "successive_halving", **BARE,
                                            "min_resource": "auto", "reduction_factor": 4},
    "median, warm-up a fifth": {"kind": "median"},
    "median, warm-up 2": {"kind": "median", "n_warmup_steps": 2},
    "median, warm-up 3": {"kind": "median", "n_warmup_steps": 3},
    "percentile 25": {"kind": "percentile", "percentile": 25},
    "hyperband": {"kind": "hyperband"},
    "wilcoxon p 0.05": {"kind": "wilcoxon", "p_threshold": 0.05},
}


def record(seed: int, trials: int, epochs: int) -> list[dict[str, Any]]:
    """The unpruned study's trials: their per-epoch monitored values and final objective."""
    import optuna

    with tempfile.TemporaryDirectory(prefix="dnnlab-replay-") as tmp:
        cfg = experiment(Path(tmp), f"replay-{seed}", epochs, "none", 64, seed, "random")
        with contextlib.redirect_stdout(io.StringIO()):
            res = run_study(cfg, n_trials=trials)
        study = optuna.load_study(study_name=f"replay-{seed}",
                                  storage=parse_storage(res.report.storage).open())
        return [{"curve": sorted(t.intermediate_values.items()), "value": t.value,
                 "params": t.params} for t in study.trials]


def replay(trials: list[dict[str, Any]], pruner: dict[str, Any], epochs: int, name: str
           ) -> tuple[int, float]:
    """Epochs trained and best objective of the same trials under ``pruner``."""
    import optuna

    # named: hyperband assigns trials to brackets by a hash of the study name
    study = optuna.create_study(study_name=name, direction="minimize",
                                pruner=make_pruner(pruner, epochs))
    trained, best = 0, float("inf")
    for t in trials:
        # the recorded point (curves recorded before params were kept: none, the parameter
        # guard then never applies)
        if t.get("params"):
            study.enqueue_trial(t["params"])
        trial = study.ask(SPACE if t.get("params") else None)
        pruned = False
        for step, value in t["curve"]:
            trained += 1
            trial.report(value, int(step))
            if int(step) < epochs and trial.should_prune():  # as dnnlab: never at the last
                pruned = True
                break
        if pruned:
            study.tell(trial, state=optuna.trial.TrialState.PRUNED)
        else:
            study.tell(trial, t["value"])
            best = min(best, t["value"])
    return trained, best


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seeds", type=int, nargs="+", default=list(range(8)))
    ap.add_argument("--trials", type=int, default=30)
    ap.add_argument("--epochs", type=int, default=20)
    ap.add_argument("--curves", type=Path, help="JSON of recorded curves: read if it exists, "
                    "else written after recording")
    args = ap.parse_args()
    for name in ("mlflow", "alembic"):
        logging.getLogger(name).setLevel(logging.WARNING)
    quiet_optuna()
    warnings.simplefilter("ignore")
    if args.curves is not None and args.curves.exists():
        curves = {int(k): v for k, v in json.loads(args.curves.read_text()).items()}
    else:
        curves = {seed: record(seed, args.trials, args.epochs) for seed in args.seeds}
        if args.curves is not None:
            args.curves.write_text(json.dumps(curves))
    seeds = sorted(curves)
    base = {s: (sum(len(t["curve"]) for t in curves[s]), min(t["value"] for t in curves[s]))
            for s in seeds}
    print(f"\n== {args.trials} trials, random sampler, <= {args.epochs} epochs; no pruning: "
          + ", ".join(f"seed {s} {base[s][0]} epochs best {base[s][1]:.4f}" for s in seeds))
    print(f"{'pruner':<38}{'epochs vs none':>11}  best value vs none (+ is worse)")
    for name, pruner in PRUNERS.items():
        rows = [replay(curves[s], pruner, args.epochs, f"replay-{s}") for s in seeds]
        ratio = sum(r[0] for r in rows) / sum(base[s][0] for s in seeds)
        gaps = [(r[1] - base[s][1]) / base[s][1] * 100 for r, s in zip(rows, seeds, strict=True)]
        kept = sum(1 for g in gaps if g <= 2.0)
        print(f"{name:<38}{ratio:>10.2f}x  mean {sum(gaps) / len(gaps):+.1f}%, within 2% in "
              f"{kept} of {len(seeds)}: {' '.join(f'{g:+.1f}%' for g in gaps)}")


if __name__ == "__main__":
    main()
