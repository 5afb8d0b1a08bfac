"""dnnlab's default pruner: Optuna's successive halving with two guards for small studies.

Successive halving on its own judges the second trial against the first alone, so a 6-trial
study could end with one trial completed and five pruned, one of them a near twin of the best.
:class:`GuardedPruner` asks the wrapped pruner first (successive halving records each trial's
value at its rungs as it is asked, so that bookkeeping goes on), then keeps a trial it would
prune when

* fewer than ``n_startup_trials`` trials have completed (as Optuna's median pruner does): there
  is nothing yet to judge against;
* the trial is indistinguishable from the best completed trial: its monitored value at this
  epoch is within ``tolerance`` (relative) of the best trial's value at the same epoch, or its
  parameters are within ``param_tolerance`` of the best trial's, each parameter measured as a
  fraction of its range (log-scaled for log ranges; a categorical value differs by 1).

>>> import optuna
>>> pruner = GuardedPruner(optuna.pruners.SuccessiveHalvingPruner(min_resource=1,
...                        reduction_factor=2), n_startup_trials=2)
>>> optuna.logging.set_verbosity(optuna.logging.WARNING)
>>> study = optuna.create_study(pruner=pruner, sampler=optuna.samplers.RandomSampler(0))
>>> for lr in (0.01, 0.02):  # two startup trials: never pruned
...     t = study.ask({"lr": optuna.distributions.FloatDistribution(1e-4, 1.0, log=True)})
...     t.report(lr, 1)
...     assert not t.should_prune()
...     _ = study.tell(t, lr)
>>> t = study.ask({"lr": optuna.distributions.FloatDistribution(1e-4, 1.0, log=True)})
>>> t.report(0.5, 1)  # far worse than both: pruned
>>> t.should_prune()
True
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any

from optuna.distributions import CategoricalDistribution
from optuna.pruners import BasePruner
from optuna.study import StudyDirection
from optuna.trial import TrialState

from dnnlab.study._builders import N_STARTUP_TRIALS, PARAM_TOLERANCE, TOLERANCE

if TYPE_CHECKING:
    import optuna



class GuardedPruner(BasePruner):
    """``wrapped``'s decision, except for the startup trials and near twins of the best (see
    the module's docstring). Single objective only, like every Optuna pruner."""

    def __init__(self, wrapped: BasePruner, n_startup_trials: int = N_STARTUP_TRIALS,
                 tolerance: float = TOLERANCE, param_tolerance: float = PARAM_TOLERANCE) -> None:
        if n_startup_trials < 0:
            raise ValueError(f"n_startup_trials must be >= 0 (got {n_startup_trials})")
        if tolerance < 0 or param_tolerance < 0:
            raise ValueError(f"tolerance and param_tolerance must be >= 0 (got {tolerance}, "
                             f"{param_tolerance})")
        self.wrapped = wrapped
        self.n_startup_trials = n_startup_trials
        self.tolerance, self.param_tolerance = tolerance, param_tolerance

    def prune(self, study: optuna.study.Study, trial: optuna.trial.FrozenTrial) -> bool:
        if not self.wrapped.prune(study, trial):
            return False
        complete = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
        if len(complete) < self.n_startup_trials:
            return False
        step = trial.last_step
        value = trial.intermediate_values[step] if step is not None else float("nan")
        if not math.isfinite(value) or not complete:
            return True
        sign = 1.0 if study.direction == StudyDirection.MINIMIZE else -1.0
        best = min(complete, key=lambda t: sign * t.value)
        return not (self._close_value(value, best, step, sign)
                    or self._close_params(trial, best))

    def _close_value(self, value: float, best: Any, step: int, sign: float) -> bool:
        """``value`` is no worse than the best trial's value at ``step`` (or its last one
        before: early stopping may have ended it sooner) by more than ``tolerance``."""
        steps = [s for s in best.intermediate_values if s <= step]
        if not steps:
            return False
        ref = best.intermediate_values[max(steps)]
        if not math.isfinite(ref):
            return False
        return sign * (value - ref) <= self.tolerance * abs(ref)

    def _close_params(self, trial: Any, best: Any) -> bool:
        """Every parameter within ``param_tolerance`` of the best trial's, as a fraction of
        its range."""
        if not trial.params or set(trial.params) != set(best.params):
            return False
        for key, dist in trial.distributions.items():
            a, b = trial.params[key], best.params[key]
            if isinstance(dist, CategoricalDistribution):
                if a != b:
                    return False
                continue
            lo, hi = float(dist.low), float(dist.high)
            if getattr(dist, "log", False):
                a, b, lo, hi = (math.log(float(v)) for v in (a, b, lo, hi))
            if hi > lo and abs(float(a) - float(b)) / (hi - lo) > self.param_tolerance:
                return False
        return True
