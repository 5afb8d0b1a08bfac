"""``run_study``: an experiment file in, an Optuna study of nested MLflow runs out.

Every check that can fail on user input (config, search space, metrics, pruner, tracking
store, Optuna storage) runs before the MLflow parent run is created.
"""

from __future__ import annotations

import json
import logging
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from dnnlab.config import ExperimentConfig, ObjectiveSpec, StudyConfig
from dnnlab.errors import UserError
from dnnlab.study._builders import make_pruner, pruner_config, pruner_options, quiet_optuna
from dnnlab.study._objective import DIVERGENCE_CODES, TrialContext, TrialOutcome
from dnnlab.study._pool import WorkerPool
from dnnlab.study._report import StudyReport, build_report
from dnnlab.study._space import grid_points, resolve_space, validate_space
from dnnlab.study._storage import open_checked, resolve_storage
from dnnlab.study._worker import (
    StaleTrialHandler,
    WorkerSpec,
    count_originals,
    format_trial_line,
    recover_dead_local,
    run_worker,
)

log = logging.getLogger(__name__)

TASK_METRICS = {
    "classification": ("loss", "accuracy", "error_rate", "precision", "recall", "specificity",
                       "f1", "fpr", "roc_auc"),
    "regression": ("loss", "mse", "mae", "r2"),
}


@dataclass
class StudyResult:
    parent_run_id: str
    experiment_id: str
    status: str  # the parent run's: FINISHED or KILLED
    trials_run: int  # by this invocation
    report: StudyReport

    def to_dict(self) -> dict[str, Any]:
        return {"parent_run_id": self.parent_run_id, "experiment_id": self.experiment_id,
                "status": self.status, "trials_run": self.trials_run, **self.report.to_dict()}


# ----------------------------------------------------------------------------- validation


def allowed_metrics(task: str, has_val: bool, has_test: bool) -> list[str]:
    """The names a study can optimise: epoch metrics, test metrics at the end, model size."""
    names = ["n_parameters", "epoch_time", "train/epoch_loss"]
    names += [f"train/{m}" for m in TASK_METRICS[task] if m != "loss"]
    if has_val:
        names += [f"val/{m}" for m in TASK_METRICS[task]]
    if has_test:
        names += [f"test/{m}" for m in TASK_METRICS[task]]
    return names


def resolve_monitor(study: StudyConfig, allowed: list[str]) -> str | None:
    """The per-epoch metric the pruner sees: ``study.monitor`` or the objective (its val/
    counterpart for test/ metrics); None for several objectives (Optuna cannot prune those)."""
    if len(study.objectives) > 1:
        return None
    obj = study.objectives[0]
    monitor = study.monitor
    if monitor is None:
        monitor = obj.metric
        if monitor.startswith("test/"):
            monitor = "val/" + monitor[5:]
        if monitor in ("n_parameters",) or monitor not in allowed:
            return None  # nothing per epoch to judge: no pruning
    per_epoch = [m for m in allowed if "/" in m and not m.startswith("test/")]
    if monitor not in per_epoch:
        raise UserError(f"study.monitor {monitor!r} is not a per-epoch metric of this run; "
                        f"use one of {', '.join(per_epoch)}")
    direction = ObjectiveSpec(metric=monitor).direction if study.monitor else obj.direction
    if direction != obj.direction:
        raise UserError(f"study.monitor {monitor!r} is {direction}d but the objective "
                        f"{obj.metric!r} is {obj.direction}d; monitor a metric that moves "
                        "the same way")
    return monitor


def check_inputs(cfg: ExperimentConfig, tracking_uri: str | None
                 ) -> tuple[StudyConfig, str, str | None, Any]:
    """Validate everything about the study that needs no storage; returns the study config,
    the tracking URI, the pruner's monitor and the MLflow client."""
    from dnnlab.runner import make_client, prepare

    study = cfg.study or StudyConfig()
    if cfg.variants:
        raise UserError("a study runs one config per trial; remove variants: from the file")
    if cfg.data.kfold:
        raise UserError("dnnlab study does not support data.kfold; remove it for the search "
                        "and cross-validate the best config with dnnlab train")
    space = resolve_space(cfg)
    base = cfg.model_copy(deep=True)
    base.study = None
    validate_space(base, space)
    uri = cfg.tracking_uri(tracking_uri)
    client = make_client(uri)
    prepared = prepare(base, client)  # the data loads and the model builds
    data = prepared.data
    allowed = allowed_metrics(data.task, data.val is not None, data.test is not None)
    for obj in study.objectives:
        if obj.metric not in allowed:
            raise UserError(f"study objective {obj.metric!r} is not logged by this run; "
                            f"choose from {', '.join(allowed)}")
    monitor = resolve_monitor(study, allowed)
    make_pruner(pruner_config(study), cfg.train.epochs)
    return study, uri, monitor, client


# ----------------------------------------------------------------------------- the study


def run_study(
    cfg: ExperimentConfig,
    *,
    n_trials: int,
    storage: str | None = None,
    study_name: str | None = None,
    resume: bool = False,
    workers: int = 1,
    timeout: float | None = None,
    tracking_uri: str | None = None,
    on_trial: Callable[[str], None] | None = None,
) -> StudyResult:
    """Run (or continue) the study of ``cfg`` until it holds ``n_trials`` trials.

    ``n_trials`` is the study's total: a resumed or shared study runs only what is missing
    (re-queued retries of trials whose worker died do not count). ``workers`` > 1 runs that
    many processes on this machine. ``on_trial`` receives one line per finished trial.
    A KeyboardInterrupt (Ctrl-C, SIGTERM) ends the parent run KILLED, re-queues the running
    trials and is re-raised: the same command resumes the study.
    """
    if n_trials < 1:
        raise UserError(f"--n-trials must be at least 1 (got {n_trials})")
    if workers < 1:
        raise UserError(f"--workers must be at least 1 (got {workers})")
    if timeout is not None and timeout <= 0:
        raise UserError(f"--timeout must be positive seconds (got {timeout})")
    # spawned workers import torch and MLflow while this process sets the study up
    pool = WorkerPool.boot(workers) if workers > 1 else None
    try:
        return _run_study(cfg, n_trials, storage, study_name, resume, workers, timeout,
                          tracking_uri, on_trial, pool)
    finally:
        if pool is not None:
            pool.cancel()  # after a failed set-up: the booted processes exit untouched


def _run_study(cfg: ExperimentConfig, n_trials: int, storage: str | None,
               study_name: str | None, resume: bool, workers: int, timeout: float | None,
               tracking_uri: str | None, on_trial: Callable[[str], None] | None,
               pool: WorkerPool | None) -> StudyResult:
    import optuna

    from dnnlab.runner import sigterm_as_interrupt
    from dnnlab.tracking import get_or_create_experiment

    with warnings.catch_warnings():
        quiet_optuna()
        study_cfg, uri, monitor, client = check_inputs(cfg, tracking_uri)
        space = resolve_space(cfg)
        name = cfg.study_name(study_name)
        experiment_id = get_or_create_experiment(client, cfg.experiment_name)
        spec = resolve_storage(cfg.study_storage(storage), uri, name, workers,
                               study_cfg.heartbeat_interval, study_cfg.grace_period)
        handler = StaleTrialHandler(uri, study_cfg.max_retry)
        if resume and not spec.exists():
            raise UserError(f"--resume: no study named {name!r}: {spec.display} does not "
                            "exist; run without --resume to start it")
        st = open_checked(spec, handler)
        existing = [s for s in st.get_all_studies() if s.study_name == name]
        if resume and not existing:
            raise UserError(f"--resume: no study named {name!r} in {spec.display}; run without "
                            "--resume to start it")
        directions = [o.direction for o in study_cfg.objectives]
        if existing:
            _check_same_objectives(existing[0], name, study_cfg)
        study, created = _create_or_load(st, name, directions)
        pc = pruner_config(study_cfg)
        pruning = {"kind": pc.kind} | pruner_options(pc, cfg.train.epochs)
        if created:
            _remember(study, cfg, study_cfg, space, uri, n_trials, pruning)
        _plan_tickets(study, study_cfg, space, cfg.seed, n_trials, created)

        from dnnlab.study._tracking import finish_parent, parent_record, start_parent

        parent = start_parent(client, experiment_id, cfg, name, spec.display, study_cfg.sampler,
                              pruning, study_cfg.objectives, space, n_trials, workers)
        study.set_user_attr(f"dnnlab.parent_run.{parent}", parent_record(experiment_id))
        base = cfg.model_copy(deep=True)
        base.study = None
        base.train.checkpoint = cfg.train.checkpoint and study_cfg.checkpoints
        ctx = TrialContext(
            base=base, space=space, objectives=list(study_cfg.objectives), monitor=monitor,
            pruner=pc.kind if monitor else "none", study_name=name, tracking_uri=uri,
            experiment_id=experiment_id, parent_run_id=parent,
            divergence_codes=tuple(dict.fromkeys((*DIVERGENCE_CODES, *cfg.diagnose.stop_on))),
            on_divergence=study_cfg.on_divergence, log_models=study_cfg.log_models,
        )
        wspec = WorkerSpec(
            storage=spec, study_cfg=study_cfg, ctx=ctx, seed=cfg.seed,
            epochs=cfg.train.epochs, n_trials=n_trials,
            deadline=time.time() + timeout if timeout else None,
            verbose=on_trial is not None, max_retry=study_cfg.max_retry,
        )
        status = "FINISHED"
        try:
            with sigterm_as_interrupt():
                recover_dead_local(study, st, st.get_study_id_from_name(name), uri,
                                   study_cfg.max_retry)
                emit = _emitter(ctx, on_trial)
                if pool is None:
                    run_worker(wspec, on_trial=emit)
                else:
                    pool.run(wspec, st, study, emit)
        except KeyboardInterrupt:
            status = "KILLED"
            raise
        except Exception:
            status = "FAILED"
            raise
        finally:
            study = optuna.load_study(study_name=name, storage=st)
            report = build_report(study, spec)
            finish_parent(client, parent, study, report, ctx.objectives, space, status)
        ran = sum(1 for t in study.get_trials(deepcopy=False)
                  if t.user_attrs.get("mlflow_parent_run_id") == parent)
    return StudyResult(parent, experiment_id, status, ran, report)


def _emitter(ctx: TrialContext, on_trial: Callable[[str], None] | None
             ) -> Callable[[int, TrialOutcome, dict[str, Any]], None]:
    if on_trial is None:
        return lambda number, outcome, params: None
    return lambda number, outcome, params: on_trial(
        format_trial_line(ctx, number, outcome, params))


def _check_same_objectives(frozen: Any, name: str, study_cfg: StudyConfig) -> None:
    have = [d.name.lower() for d in frozen.directions]
    want = [o.direction for o in study_cfg.objectives]
    metrics = frozen.user_attrs.get("dnnlab.objectives")
    mine = [o.metric for o in study_cfg.objectives]
    if have != want or (metrics is not None and metrics != mine):
        raise UserError(f"study {name!r} exists with objectives {metrics or have}; this file "
                        f"asks for {mine} ({want}): use another --study-name")


def _create_or_load(storage: Any, name: str, directions: list[str]) -> tuple[Any, bool]:
    import optuna
    from optuna.exceptions import DuplicatedStudyError

    try:
        return optuna.create_study(study_name=name, storage=storage,
                                   directions=directions), True
    except DuplicatedStudyError:  # it exists, or another worker machine created it just now
        return optuna.load_study(study_name=name, storage=storage), False


def _remember(study: Any, cfg: ExperimentConfig, study_cfg: StudyConfig, space: dict,
              uri: str, n_trials: int, pruning: dict[str, Any]) -> None:
    """What study-report needs later, stored in the study itself (``pruning``: the pruner's
    kind and options)."""
    from dnnlab.tracking import redact

    study.set_user_attr("dnnlab.objectives", [o.metric for o in study_cfg.objectives])
    study.set_user_attr("dnnlab.space", json.dumps(
        {k: v.model_dump(exclude_none=True) for k, v in space.items()}))
    study.set_user_attr("dnnlab.experiment", cfg.experiment_name)
    study.set_user_attr("dnnlab.tracking_uri", redact(uri))
    study.set_user_attr("dnnlab.n_trials", n_trials)
    study.set_user_attr("dnnlab.pruner", json.dumps(pruning, default=str))


def _plan_tickets(study: Any, study_cfg: StudyConfig, space: dict, seed: int, n_trials: int,
                  created: bool) -> None:
    """Queue WAITING tickets up to ``n_trials`` trials in all (see ``_worker``). A study joined
    by another machine with the same ``--n-trials`` already has its tickets: none is added."""
    target = study.user_attrs.get("dnnlab.n_trials")
    waited = 0.0
    while not created and target is None and waited < 15 and not study.get_trials(
            deepcopy=False):
        # another machine created this study a moment ago: its target comes next
        time.sleep(0.25)
        waited += 0.25
        target = study.user_attrs.get("dnnlab.n_trials")
    if not created and target is not None and n_trials <= int(target):
        return
    missing = n_trials - count_originals(study, started_only=False)
    if missing <= 0:
        return
    if study_cfg.sampler == "grid":
        taken = {json.dumps(t.params, sort_keys=True) for t in study.get_trials(deepcopy=False)}
        points = [p for p in grid_points(space, study_cfg.grid_points, seed)
                  if json.dumps(p, sort_keys=True) not in taken][:missing]
        for p in points:
            study.enqueue_trial(p)
    else:
        for _ in range(missing):
            study.enqueue_trial({})
    study.set_user_attr("dnnlab.n_trials", max(n_trials, int(target or 0)))
