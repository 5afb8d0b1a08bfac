"""``run_experiment``: one experiment file in, one fully logged MLflow run out.

Everything that can be wrong with the user's input (config, data, tracking store, init_from) is
checked *before* the MLflow run is created, so bad input leaves nothing half-written behind.
The run itself is a :class:`~dnnlab.tracking.TrackedRun` driven by the trainer's ``Tracked``
callback: the same path a hand-written loop takes.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from mlflow import MlflowClient

from dnnlab.config import ExperimentConfig, load_config_dict
from dnnlab.data import DataBundle
from dnnlab.errors import UserError
from dnnlab.experiment._artifacts import log_final_artifacts
from dnnlab.experiment._baseline import BaselineInBackground
from dnnlab.experiment._prepare import Prepared, monitor_of, prepare, run_params, run_tags
from dnnlab.runs import RUN_ID_RE
from dnnlab.startup import resume_gc
from dnnlab.tracking import (
    TrackedRun,
    check_tracking_uri,
    download_checkpoint,
    get_or_create_experiment,
)
from dnnlab.train import (
    Callback,
    Checkpointer,
    EarlyStopping,
    TerminateOnNan,
    Tracked,
    Trainer,
    build_optimizer,
    build_scheduler,
)


@dataclass
class RunResult:
    run_id: str
    experiment_id: str
    status: str
    metrics: dict[str, float] = field(default_factory=dict)
    best_epoch: int | None = None
    epochs_run: int = 0
    steps: int = 0
    stop_reason: str | None = None
    failed_step: int | None = None
    tracking_uri: str = ""
    children: list[dict[str, Any]] = field(default_factory=list)
    registered: dict[str, Any] | None = None  # --register: name, version, alias
    # the end-of-run diagnosis: {verdict, next_step, findings}; None when diagnose is off
    diagnosis: dict[str, Any] | None = None
    # a comparison's (or seed repeat's) report: one row per variant (dnnlab.experiment._compare)
    comparison: dict[str, Any] | None = None

    def to_dict(self) -> dict[str, Any]:
        out = {
            "run_id": self.run_id,
            "experiment_id": self.experiment_id,
            "status": self.status,
            "metrics": {k: _json_float(v) for k, v in self.metrics.items()},
            "best_epoch": self.best_epoch,
            "epochs_run": self.epochs_run,
            "steps": self.steps,
            "stop_reason": self.stop_reason,
            "failed_step": self.failed_step,
            "diagnosis": self.diagnosis,
        }
        if self.children:
            out["children"] = [
                {k: (_json_float(v) if isinstance(v, float) else v) for k, v in c.items()}
                for c in self.children
            ]
        if self.registered:
            out["registered"] = self.registered
        if self.comparison is not None:
            out["comparison"] = self.comparison
        return out


def _json_float(v: float) -> float | None:
    return v if math.isfinite(v) else None


def make_client(uri: str) -> MlflowClient:
    return MlflowClient(check_tracking_uri(uri))


def run_experiment(
    cfg: ExperimentConfig,
    *,
    tracking_uri: str | None = None,
    resume_run_id: str | None = None,
    parent_run_id: str | None = None,
    extra_callbacks: list[Callback] | None = None,
    progress: Callable[[int, int], Callback] | None = None,
    data: DataBundle | None = None,
    extra_tags: dict[str, str] | None = None,
    log_model: bool = True,
    announce: Callable[[str], None] | None = None,
) -> RunResult:
    """Train ``cfg`` and log everything to MLflow; returns the run's id, status and metrics.

    ``progress(epochs, steps_per_epoch)`` builds a display callback (the CLI's progress bar).
    A KeyboardInterrupt (Ctrl-C, SIGTERM) ends the run as KILLED and is re-raised.
    ``announce(text)`` hears one line as each variant or seed of a comparison starts.
    """
    from dnnlab.experiment._groups import run_kfold, run_variants

    uri = check_tracking_uri(cfg.tracking_uri(tracking_uri))
    client = MlflowClient(uri)
    if (cfg.variants or cfg.repeat > 1) and resume_run_id is None and data is None:
        return run_variants(cfg, client, uri, progress, extra_callbacks, announce)
    if cfg.data.kfold and resume_run_id is None and data is None:
        return run_kfold(cfg, client, uri, parent_run_id, progress, extra_tags)

    resume_state: dict[str, Any] | None = None
    if resume_run_id is not None:
        cfg, resume_state = _load_resume(client, resume_run_id)
    prepared = prepare(cfg, client, data)
    experiment_id = get_or_create_experiment(client, cfg.experiment_name)
    options = _run_options(prepared, log_model)
    if resume_run_id is not None:
        run = TrackedRun(client, resume_run_id, experiment_id, **options)  # refused if alive
        try:
            parts = _build(prepared, run, extra_callbacks or [], progress)
            try:
                parts.trainer.load_state_dict(resume_state)
            except (RuntimeError, KeyError, ValueError, TypeError) as err:
                first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
                raise UserError(f"--resume: checkpoints/last.pt of run {resume_run_id} does not "
                                f"fit the model its config describes ({first}); start a new "
                                "run instead") from None
        except BaseException:
            run.abandon()  # the run keeps the status it had
            raise
        with run:
            run.resume(parts.trainer.step, parts.trainer.epoch)
            return _fit(prepared, run, uri, parts)
    name = unique_run_name(client, experiment_id, cfg.default_run_name(),
                           explicit=bool(cfg.tracking.run_name))
    run = TrackedRun.start(client, experiment_id, run_name=name, params=run_params(prepared),
                           tags=run_tags(prepared) | (extra_tags or {}),
                           parent_run_id=parent_run_id, **options)
    with run:  # from here on every way out ends the run's status
        parts = _build(prepared, run, extra_callbacks or [], progress)
        baseline = BaselineInBackground(prepared.data)
        log_data_inputs(run, prepared)
        return _fit(prepared, run, uri, parts, baseline)


def unique_run_name(client: MlflowClient, experiment_id: str, name: str,
                    explicit: bool = False) -> str:
    """``name``, with a short suffix only when the experiment already has a run of that name
    (a name the user gave is kept as it is). The suffix comes from the OS's entropy: the
    seeded ``random`` would give every run the same one."""
    if explicit:
        return name
    quoted = name.replace("'", "\\'")
    try:
        taken = client.search_runs([experiment_id], f"attributes.run_name = '{quoted}'",
                                   max_results=1)
    except Exception:  # a name the search syntax cannot express: make it unique anyway
        taken = [True]
    return f"{name} #{uuid.uuid4().hex[:4]}" if taken else name


def log_data_inputs(run: TrackedRun, p: Prepared) -> None:
    """The splits as MLflow dataset inputs (the UI's Dataset column, search by digest)."""
    import contextlib

    from dnnlab.tracking import log_dataset_inputs

    data = p.data
    splits = {name: (s.x, s.y) if s is not None else None
              for name, s in (("train", data.train), ("val", data.val), ("test", data.test))}
    with contextlib.suppress(Exception):  # provenance must not fail a run
        log_dataset_inputs(run.client, run.run_id, splits, name=p.cfg.data.dataset,
                           source=str(data.source or p.cfg.data.dataset),
                           digest=data.digest)


def _run_options(p: Prepared, log_model: bool) -> dict[str, Any]:
    cfg = p.cfg
    return dict(
        model=p.model, task=p.data.task, class_names=p.data.class_names or None,
        system_metrics_interval=cfg.tracking.system_metrics_interval,
        log_every_n_steps=cfg.train.log_every_n_steps, diagnose=cfg.diagnose.enabled,
        stop_on=cfg.diagnose.stop_on, thresholds=cfg.diagnose.thresholds or None,
        monitor=monitor_of(cfg, p.data)[0], mode=monitor_of(cfg, p.data)[1],
        save_best=False,  # the Checkpointer writes best.pt with the config
        log_model=log_model and cfg.tracking.log_model,
        count_dead_units=False,  # the trainer counts them on the training split, eval mode
        raise_on_stop=False,  # the Tracked callback stops the trainer instead
    )


def _load_resume(client: MlflowClient, run_id: str) -> tuple[ExperimentConfig, dict[str, Any]]:
    if not RUN_ID_RE.match(run_id):
        raise UserError(f"--resume {run_id!r} is not an MLflow run id (32 hex characters)")
    try:
        run = client.get_run(run_id)
    except Exception:
        raise UserError(f"--resume: run {run_id} not found in the tracking store; "
                        "check the id and --tracking-uri") from None
    if run.info.status == "FINISHED":
        raise UserError(f"--resume: run {run_id} already FINISHED; start a new run instead")
    found = download_checkpoint(client, run_id, ["last.pt"])
    if found is None:
        raise UserError(f"--resume: run {run_id} has no checkpoints/last.pt (it stopped before "
                        "its first epoch ended, or train.checkpoint was false)")
    state = found[1]
    cfg = load_config_dict(state["config"], source=f"run {run_id}")
    return cfg, state


EXAMPLES_KEPT = 64


def checkpoint_examples(data: DataBundle) -> dict[str, Any]:
    """A few held-out samples (standardised, as the model sees them) and the data's facts, kept
    in ``best.pt`` so Inspect can explain the model where the data itself cannot be read."""
    split = data.test if data.test is not None else data.val if data.val is not None \
        else data.train
    out: dict[str, Any] = {"task": data.task, "n_classes": int(data.n_classes),
                           "class_names": list(data.class_names or []),
                           "input_shape": [int(d) for d in data.input_shape]}
    if split is not None and len(split):
        out["examples"] = {"x": split.x[:EXAMPLES_KEPT].detach().cpu().clone(),
                           "y": split.y[:EXAMPLES_KEPT].detach().cpu().clone()}
    return out


@dataclass
class _Parts:
    trainer: Trainer
    checkpointer: Checkpointer
    early: EarlyStopping | None


def _build(p: Prepared, run: TrackedRun, extra: list[Callback],
           progress: Callable[[int, int], Callback] | None) -> _Parts:
    cfg, data = p.cfg, p.data
    optimizer = build_optimizer(p.model.parameters(), cfg.optim)
    scheduler = build_scheduler(optimizer, cfg.optim, cfg.train.epochs)
    run.attach_optimizer(optimizer)
    monitor, mode = monitor_of(cfg, data)
    callbacks: list[Callback] = [TerminateOnNan(), Tracked(run)]
    early = EarlyStopping(cfg.train.early_stopping) if cfg.train.early_stopping else None
    if early is not None:
        callbacks.append(early)
    # checkpoints carry the config with every credential redacted
    ckpt = Checkpointer(run.checkpoints, cfg.public_dump(), monitor, mode,
                        save_last=cfg.train.checkpoint, extra=checkpoint_examples(data))
    callbacks.append(ckpt)
    callbacks.extend(extra)
    if progress is not None:
        callbacks.append(progress(cfg.train.epochs, data.steps_per_epoch(cfg.train.batch_size)))
    trainer = Trainer(
        p.model, data, p.loss, optimizer, scheduler,
        epochs=cfg.train.epochs, batch_size=cfg.train.batch_size, device=p.device,
        seed=cfg.seed, shuffle=cfg.data.shuffle and cfg.data.order == "random",
        l1=cfg.optim.l1, clip_grad_norm=cfg.optim.clip_grad_norm,
        log_every_n_steps=cfg.train.log_every_n_steps, callbacks=callbacks,
    )
    return _Parts(trainer, ckpt, early)


def _fit(p: Prepared, run: TrackedRun, uri: str, parts: _Parts,
         baseline: BaselineInBackground | None = None) -> RunResult:
    """Inside ``with run``: train, write the end-of-run report, finish the run."""
    resume_gc()  # the dnnlab command paused the collector for its start-up
    trainer = parts.trainer
    try:
        trainer.fit()
    finally:
        if baseline is not None:
            baseline.log(run)
    final = dict(trainer.history[-1]) if trainer.history else {}
    final.pop("epoch", None)
    if trainer.status == "FINISHED":
        final.update(log_final_artifacts(p, run, trainer))
    if trainer.restored_epoch is not None:
        run.final_tags["restored_best_epoch"] = str(trainer.restored_epoch)
    run.finish(trainer.status, trainer.stop_reason, trainer.failed_step)
    best_epoch = parts.checkpointer.best_epoch
    if parts.early is not None and parts.early.best_epoch is not None:
        best_epoch = parts.early.best_epoch
    d = run.diagnosis
    brief = None if d is None else {"verdict": d.verdict, "next_step": d.next_step,
                                    "findings": [f.to_dict() for f in d.findings]}
    return RunResult(run.run_id, run.experiment_id, run.status, final, best_epoch,
                     trainer.epoch, trainer.step, trainer.stop_reason, trainer.failed_step, uri,
                     diagnosis=brief)
