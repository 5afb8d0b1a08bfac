"""The Optuna sampler and pruner named in the ``study:`` section."""

from __future__ import annotations

import math
import warnings
from typing import Any

from dnnlab.config import PRUNER_OPTIONS, PrunerConfig, StudyConfig
from dnnlab.errors import UserError

# The guards dnnlab puts around successive halving (dnnlab.study._pruner.GuardedPruner): no
# pruning before 5 trials have completed (as Optuna's MedianPruner waits), and never a trial
# whose value is within 2% of the best trial's at the same epoch (the README's "best within
# 2%" bar) or whose parameters are within 2% of each range of the best's (the same config up
# to rounding).
N_STARTUP_TRIALS, TOLERANCE, PARAM_TOLERANCE = 5, 0.02, 0.02
GUARD_OPTIONS = ("n_startup_trials", "tolerance", "param_tolerance")


def quiet_optuna() -> None:
    """Optuna's INFO lines and experimental-feature warnings off (dnnlab prints its own)."""
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    warnings.filterwarnings("ignore", category=optuna.exceptions.ExperimentalWarning)
    warnings.filterwarnings("ignore", message=".*Heartbeat of storage.*")
    # a trial that outlives the best one (early stopping ended the best sooner): expected
    warnings.filterwarnings("ignore", message="WilcoxonPruner finds steps existing")


def pruner_config(study: StudyConfig) -> PrunerConfig:
    """The configured pruner; by default successive halving for one objective, none for
    several (Optuna's pruners judge one intermediate value)."""
    if study.pruner is not None:
        return study.pruner
    return PrunerConfig(kind="successive_halving" if len(study.objectives) == 1 else "none")


def warmup_epochs(epochs: int) -> int:
    """Epochs a trial trains before the median/percentile pruner may judge it: a fifth of the
    budget. Judged sooner, slow starters that end best get pruned: on 20 seeds of the digits
    study (benchmarks/pruning_replay.py) a 2-epoch warm-up lost the best trial in 5, a fifth
    in none."""
    return max(1, epochs // 5)


def first_rung_epochs(epochs: int) -> int:
    """Epochs before successive halving first judges a trial: an eighth of the budget, so that
    with a reduction factor of 2 the rungs (r, 2r, 4r epochs) halve the trials three times
    within it. On 20 seeds of the digits study (benchmarks/pruning_replay.py) this trains 0.40x
    the epochs of no pruning with the best value +1.5% on average; Optuna's own default (a
    hundredth of the first trial's steps, factor 4) judged after one epoch and lost more than
    2% of the best value in 16 of 20."""
    return max(1, math.ceil(epochs / 8))


def make_sampler(study: StudyConfig, seed: int) -> Any:
    """TPE (default) or random, seeded. The grid is enqueued as fixed trials, so a grid
    study samples nothing itself (random then only fills keys outside the grid)."""
    import optuna

    if study.sampler == "tpe":
        # constant_liar: a running trial counts as a bad result, so parallel workers spread out
        return optuna.samplers.TPESampler(seed=seed, n_startup_trials=study.n_startup_trials,
                                          constant_liar=True)
    return optuna.samplers.RandomSampler(seed=seed)


def pruner_options(cfg: PrunerConfig, epochs: int) -> dict[str, Any]:
    """The options the pruner is built with: dnnlab's defaults for this epoch budget, then the
    file's (logged on the study's parent run)."""
    defaults: dict[str, Any] = {
        "median": {"n_warmup_steps": warmup_epochs(epochs)},
        "percentile": {"n_warmup_steps": warmup_epochs(epochs)},
        "successive_halving": {"min_resource": first_rung_epochs(epochs), "reduction_factor": 2,
                               "n_startup_trials": N_STARTUP_TRIALS, "tolerance": TOLERANCE,
                               "param_tolerance": PARAM_TOLERANCE},
        "hyperband": {"max_resource": epochs},
    }.get(cfg.kind, {})
    return defaults | cfg.options


def make_pruner(cfg: PrunerConfig | dict[str, Any] | str, epochs: int) -> Any:
    """The Optuna pruner with the file's options; bad values are a one-line UserError."""
    import optuna

    if not isinstance(cfg, PrunerConfig):
        cfg = PrunerConfig.model_validate({"kind": cfg} if isinstance(cfg, str) else cfg)
    with warnings.catch_warnings():  # patient and wilcoxon are "experimental" in Optuna
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        return _build(cfg.kind, pruner_options(cfg, epochs), epochs)


def _build(kind: str, opts: dict[str, Any], epochs: int) -> Any:
    import optuna.pruners as P

    from dnnlab.study._pruner import GuardedPruner

    try:
        if kind == "none":
            return P.NopPruner()
        if kind == "median":
            return P.MedianPruner(**opts)
        if kind == "percentile":
            if "percentile" not in opts:
                raise TypeError("needs 'percentile' (e.g. 25: prune below the best quarter)")
            return P.PercentilePruner(**opts)
        if kind == "successive_halving":
            guard = {k: opts.pop(k) for k in GUARD_OPTIONS if k in opts}
            return GuardedPruner(P.SuccessiveHalvingPruner(**opts), **guard)
        if kind == "hyperband":
            return P.HyperbandPruner(**opts)
        if kind == "patient":
            if "patience" not in opts:
                raise TypeError("needs 'patience' (epochs without improvement)")
            wrapped = opts.pop("wrapped", None)
            inner = make_pruner(wrapped, epochs) if wrapped is not None else None
            return P.PatientPruner(inner, **opts)
        if kind == "threshold":
            return P.ThresholdPruner(**opts)
        if kind == "wilcoxon":
            return P.WilcoxonPruner(**opts)
    except UserError:
        raise
    except (TypeError, ValueError) as err:
        raise UserError(f"study.pruner {kind}: {err}; options: "
                        f"{', '.join(PRUNER_OPTIONS[kind]) or 'none'}") from None
    raise UserError(f"study.pruner: unknown kind {kind!r}")  # pragma: no cover (schema)
