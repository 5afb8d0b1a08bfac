"""One trial: sample the parameters, run the normal dnnlab runner as a nested MLflow run, and
turn its result into an Optuna state and objective values.

Pruning is a runner callback (:class:`TrialProbe`): it reports the monitored metric every
epoch and ends a trial the pruner rejects with ``trainer.stop("FINISHED", ..., code="pruned")``:
its run ends FINISHED with the tag ``dnnlab.pruned=true`` and a note saying why. A run
stopped by NaN or divergence ends PRUNED (or FAILED) with the stop code as its reason, and
the study goes on.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from dnnlab.config import ExperimentConfig, ObjectiveSpec, ParamSpace
from dnnlab.errors import UserError
from dnnlab.keys import PRUNED as PRUNED_TAG
from dnnlab.models import count_parameters
from dnnlab.train import Callback

if TYPE_CHECKING:
    from mlflow import MlflowClient

    from dnnlab.train import Trainer

DIVERGENCE_CODES = ("nan_loss", "divergence")


@dataclass
class TrialContext:
    """Everything a worker needs to run trials of one study invocation (picklable)."""

    base: ExperimentConfig
    space: dict[str, ParamSpace]
    objectives: list[ObjectiveSpec]
    monitor: str | None  # None: nothing reported (several objectives)
    pruner: str  # pruner kind, "none" when off
    study_name: str
    tracking_uri: str
    experiment_id: str
    parent_run_id: str
    divergence_codes: tuple[str, ...] = DIVERGENCE_CODES
    on_divergence: str = "prune"
    log_models: bool = False


@dataclass
class TrialOutcome:
    state: str  # COMPLETE, PRUNED or FAIL
    values: list[float] | None
    attrs: dict[str, Any] = field(default_factory=dict)  # become the trial's user attrs
    run_id: str | None = None


class TrialProbe(Callback):
    """Keeps the epoch history, reports ``monitor`` to Optuna and stops pruned trials."""

    def __init__(self, trial: Any, monitor: str | None, pruner: str) -> None:
        self.trial, self.monitor, self.pruner = trial, monitor, pruner
        self.history: dict[int, dict[str, float]] = {}
        self.n_parameters: int | None = None
        self.pruned_epoch: int | None = None
        self.status: str | None = None
        self.stop_code: str | None = None
        self.stop_reason: str | None = None
        self.epochs = 0

    def on_fit_start(self, trainer: Trainer) -> None:
        self.n_parameters = count_parameters(trainer.model)

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        self.history[epoch] = dict(metrics)
        value = metrics.get(self.monitor) if self.monitor else None
        if value is None or not math.isfinite(value):
            return  # a NaN epoch is stopped by TerminateOnNan, not judged by the pruner
        self.trial.report(value, epoch)
        # only a run still going is judged (early stopping may have ended it this epoch), and
        # not at its last epoch: pruning then would save nothing and throw the result away
        if (self.pruner != "none" and trainer.status == "RUNNING" and epoch < trainer.epochs
                and self.trial.should_prune()):
            self.pruned_epoch = epoch
            reason = (f"pruned by the {self.pruner.replace('_', '-')} pruner at epoch {epoch}: "
                      f"{self.monitor}={value:.4g}")
            self._mark_pruned(trainer, reason)
            # stopped by design, like early stopping: the run ends FINISHED (not KILLED, which
            # reads as a user's Ctrl-C) with its test metrics and reports
            trainer.stop("FINISHED", reason, code="pruned")

    def _mark_pruned(self, trainer: Trainer, reason: str) -> None:
        """Tag the run as pruned before it ends: the end-of-run diagnosis reads the tag (a
        pruned run is not "not converged") and so does every later one."""
        from dnnlab.train import Tracked

        run = next((cb.run for cb in trainer.callbacks if isinstance(cb, Tracked)), None)
        if run is None:
            return
        note = (f"Optuna trial {self.trial.number}: {reason}. Stopped by design (its curve was "
                "in the worse part of the trials judged at this epoch), not a failure.")
        for key, value in ((PRUNED_TAG, "true"), ("mlflow.note.content", note)):
            run.client.set_tag(run.run_id, key, value)

    def on_fit_end(self, trainer: Trainer) -> None:
        self.status, self.stop_code = trainer.status, trainer.stop_code
        self.stop_reason, self.epochs = trainer.stop_reason, trainer.epoch


def run_trial(ctx: TrialContext, trial: Any) -> TrialOutcome:
    """Train one trial; never raises for a failed trial (only KeyboardInterrupt escapes)."""
    from dnnlab.runner import run_experiment
    from dnnlab.study._space import apply_params, suggest

    try:
        params = suggest(trial, ctx.space)
        cfg = apply_params(ctx.base, params, source=f"trial {trial.number}")
    except (UserError, ValueError) as err:
        return TrialOutcome("FAIL", None, {"fail_reason": str(err)[:1000]})
    shown = " ".join(f"{k.rsplit('.', 1)[-1]}={v:.2g}" if isinstance(v, float)
                     else f"{k.rsplit('.', 1)[-1]}={v}" for k, v in params.items())
    cfg.tracking.run_name = f"trial {trial.number} {shown}".strip()
    probe = TrialProbe(trial, ctx.monitor, ctx.pruner)
    tags = {"optuna.study_name": ctx.study_name, "optuna.trial_number": str(trial.number),
            "mlflow.source.name": "dnnlab study"}
    try:
        res = run_experiment(cfg, tracking_uri=ctx.tracking_uri, parent_run_id=ctx.parent_run_id,
                             extra_callbacks=[probe], extra_tags=tags,
                             log_model=ctx.log_models)
    except Exception as err:  # the runner has marked the run FAILED already
        reason = f"{type(err).__name__}: {err}"[:1000]
        return TrialOutcome("FAIL", None, {"fail_reason": reason}, None)
    return judge(ctx, probe, res.status, res.best_epoch, res.metrics, res.run_id)


def judge(ctx: TrialContext, probe: TrialProbe, status: str, best_epoch: int | None,
          final: dict[str, float], run_id: str) -> TrialOutcome:
    """The Optuna outcome of a finished runner call."""
    attrs: dict[str, Any] = {"mlflow_run_id": run_id, "epochs": probe.epochs,
                             "n_parameters": probe.n_parameters}
    if probe.stop_code:
        attrs["stop_code"] = probe.stop_code
    if probe.stop_reason:
        attrs["stop_reason"] = probe.stop_reason[:1000]
    if probe.pruned_epoch is not None:
        attrs["pruned_epoch"] = probe.pruned_epoch
        return TrialOutcome("PRUNED", None, attrs, run_id)
    if status == "FAILED":
        diverged = probe.stop_code in ctx.divergence_codes
        state = "PRUNED" if diverged and ctx.on_divergence == "prune" else "FAIL"
        attrs["fail_reason"] = probe.stop_code or probe.stop_reason or "run failed"
        return TrialOutcome(state, None, attrs, run_id)
    if status != "FINISHED":
        attrs["fail_reason"] = f"run ended {status}"
        return TrialOutcome("FAIL", None, attrs, run_id)
    epoch = best_epoch
    attrs["best_epoch"] = epoch
    values: list[float] = []
    for obj in ctx.objectives:
        value = objective_value(obj, probe, epoch, final)
        if value is None or not math.isfinite(value):
            attrs["fail_reason"] = f"objective {obj.metric} is {value} at epoch {epoch}"
            return TrialOutcome("FAIL", None, attrs, run_id)
        values.append(value)
    return TrialOutcome("COMPLETE", values, attrs, run_id)


def objective_value(obj: ObjectiveSpec, probe: TrialProbe, best_epoch: int | None,
                    final: dict[str, float]) -> float | None:
    """``metric`` at the run's best epoch (the checkpointed/restored one); ``test/*`` from the
    end of the run; ``n_parameters`` from the model."""
    if obj.metric == "n_parameters":
        return float(probe.n_parameters) if probe.n_parameters is not None else None
    if obj.metric.startswith("test/"):
        return final.get(obj.metric)
    if best_epoch is None or obj.metric not in probe.history.get(best_epoch, {}):
        rows = [h[obj.metric] for h in probe.history.values() if obj.metric in h
                and math.isfinite(h[obj.metric])]
        if not rows:
            return None
        return min(rows) if obj.direction == "minimize" else max(rows)
    return probe.history[best_epoch][obj.metric]


def tag_child(client: MlflowClient, run_id: str, number: int, outcome: TrialOutcome) -> None:
    """The trial's Optuna state (and pruning epoch, values) on its MLflow run."""
    tags = {"optuna.trial_number": str(number), "optuna.trial_state": outcome.state}
    if "pruned_epoch" in outcome.attrs:
        tags["optuna.pruned_epoch"] = str(outcome.attrs["pruned_epoch"])
    if outcome.values is not None:
        tags["optuna.values"] = json.dumps(outcome.values)
    if outcome.state != "COMPLETE" and outcome.attrs.get("fail_reason"):
        tags["optuna.reason"] = str(outcome.attrs["fail_reason"])[:5000]
    for k, v in tags.items():
        client.set_tag(run_id, k, v)


def find_child(client: MlflowClient, ctx: TrialContext, number: int) -> str | None:
    """The MLflow run of trial ``number`` under this invocation's parent, if one was made."""
    name = ctx.study_name.replace("'", "\\'")
    runs = client.search_runs(
        [ctx.experiment_id],
        filter_string=(f"tags.mlflow.parentRunId = '{ctx.parent_run_id}' and "
                       f"tags.`optuna.study_name` = '{name}' and "
                       f"tags.`optuna.trial_number` = '{number}'"),
        max_results=5,
    )
    return runs[0].info.run_id if runs else None
