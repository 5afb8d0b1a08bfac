"""``run_experiment``: one experiment file in, one fully logged MLflow run out.

Everything that can be wrong with the user's input (config, data, tracking store, init_from) is
checked *before* the MLflow run is created, so bad input leaves nothing half-written behind.
"""

from __future__ import annotations

import json
import logging
import math
import platform
import random
import signal
import subprocess
import tempfile
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import mlflow
import numpy as np
import pandas as pd
import torch
from mlflow import MlflowClient

import dnnlab
from dnnlab import metrics as M
from dnnlab.config import ExperimentConfig, flatten, load_config_dict
from dnnlab.data import DataBundle, load_data, load_kfold
from dnnlab.diagnose import CODES, Finding, Thresholds
from dnnlab.errors import UserError
from dnnlab.models import build_model, count_parameters, freeze_layers, parameterised_layers
from dnnlab.runs import RUN_ID_RE, diagnose_run, log_diagnosis
from dnnlab.tracking import (
    MetricBuffer,
    check_tracking_uri,
    get_or_create_experiment,
    log_params_and_tags,
    redact,
    tracking_timeout,
    use_tracking_uri,
)
from dnnlab.train import (
    Callback,
    EarlyStopping,
    TaskLoss,
    TerminateOnNan,
    Trainer,
    build_optimizer,
    build_scheduler,
    n_outputs,
    resolve_loss,
)
from dnnlab.train._live import LiveDiagnosis
from dnnlab.train._mlflow import Checkpointer, MlflowMetrics

log = logging.getLogger(__name__)


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
        }
        if self.children:
            out["children"] = [
                {k: (_json_float(v) if isinstance(v, float) else v) for k, v in c.items()}
                for c in self.children
            ]
        return out


def _json_float(v: float) -> float | None:
    return v if math.isfinite(v) else None


# ----------------------------------------------------------------------------- helpers


def resolve_device(name: str) -> torch.device:
    if name == "cuda" and not torch.cuda.is_available():
        raise UserError("train.device cuda requested but no CUDA device is available; "
                        "use train.device auto or cpu")
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def git_commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "HEAD"], capture_output=True, text=True,
                             timeout=5, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    return out.stdout.strip() or None if out.returncode == 0 else None


def make_client(uri: str) -> MlflowClient:
    check_tracking_uri(uri)
    return MlflowClient(uri)


def _monitor(cfg: ExperimentConfig, data: DataBundle) -> tuple[str, str]:
    if cfg.train.early_stopping is not None:
        return cfg.train.early_stopping.monitor, cfg.train.early_stopping.mode
    return ("val/loss" if data.val is not None else "train/epoch_loss"), "min"


def load_init_weights(client: MlflowClient, ref: str) -> dict[str, torch.Tensor]:
    """State dict of a previous run's best checkpoint (a run id, ``runs:/ID/...`` or
    ``models:/NAME/VERSION``); loaded with ``weights_only=True``, never unpickled code."""
    run_id = ref
    if ref.startswith("runs:/"):
        run_id = ref[len("runs:/"):].split("/", 1)[0]
    elif ref.startswith("models:/"):
        name_version = ref[len("models:/"):].strip("/")
        try:
            name, version = name_version.split("/", 1)
            run_id = client.get_model_version(name, version).run_id
        except Exception:
            raise UserError(f"model.init_from {ref!r}: no such registered model version; "
                            "use models:/NAME/VERSION, runs:/RUN_ID or a run id") from None
    if not RUN_ID_RE.match(run_id or ""):
        raise UserError(f"model.init_from {ref!r} is not a run id or a runs:/ or models:/ URI")
    try:
        client.get_run(run_id)
    except Exception:
        raise UserError(f"model.init_from: run {run_id} not found in the tracking store; "
                        "check the id (mlflow ui lists runs) and tracking.uri") from None
    for name in ("checkpoints/best.pt", "checkpoints/last.pt"):
        try:
            path = client.download_artifacts(run_id, name, tempfile.mkdtemp())
        except Exception:
            continue
        payload = torch.load(path, map_location="cpu", weights_only=True)
        return payload["model"]
    raise UserError(f"model.init_from: run {run_id} has no checkpoint artifact "
                    "(checkpoints/best.pt); train it with dnnlab and train.checkpoint true")


def apply_init_weights(model: torch.nn.Module, state: dict[str, torch.Tensor]) -> list[str]:
    """Copy every tensor whose name and shape match (a new head keeps its fresh init)."""
    own = model.state_dict()
    matched = {k: v for k, v in state.items() if k in own and own[k].shape == v.shape}
    if not matched:
        raise UserError("model.init_from: no layer of that run matches this model's layer "
                        "names and shapes; use the same model section as the source run")
    model.load_state_dict(matched, strict=False)
    return sorted(matched)


@contextmanager
def sigterm_as_interrupt() -> Iterator[None]:
    """SIGTERM ends the run like Ctrl-C: KILLED, with its data flushed."""
    def handler(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    try:
        previous = signal.signal(signal.SIGTERM, handler)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


# ----------------------------------------------------------------------------- preparation


@dataclass
class Prepared:
    cfg: ExperimentConfig
    data: DataBundle
    model: torch.nn.Module
    loss: TaskLoss
    device: torch.device
    frozen: list[str]
    init_keys: list[str]


def prepare(cfg: ExperimentConfig, client: MlflowClient, data: DataBundle | None = None
            ) -> Prepared:
    """Data, model and loss: all the checks that can fail on user input."""
    seed_everything(cfg.seed)
    Thresholds.from_overrides(cfg.diagnose.thresholds)  # unknown names are a UserError
    unknown = sorted(set(cfg.diagnose.stop_on) - set(CODES))
    if unknown:
        raise UserError(f"diagnose.stop_on: unknown finding code(s) {', '.join(unknown)}; "
                        f"choose from {', '.join(CODES)}")
    device = resolve_device(cfg.train.device)
    if data is None:
        data = load_data(cfg.data, cfg.seed)
    loss_name = resolve_loss(cfg.train, data.task, data.n_classes)
    cfg = cfg.model_copy(deep=True)
    cfg.train.loss = loss_name
    cfg.train.device = device.type
    model = build_model(cfg.model, data.input_shape, n_outputs(loss_name, data.n_classes))
    init_keys: list[str] = []
    if cfg.model.init_from:
        init_keys = apply_init_weights(model, load_init_weights(client, cfg.model.init_from))
    frozen = freeze_layers(model, cfg.model.freeze)
    return Prepared(cfg, data, model, TaskLoss(loss_name, cfg.train.huber_delta), device,
                    frozen, init_keys)


def _run_tags(p: Prepared) -> dict[str, str]:
    tags = {
        "dataset": p.cfg.data.dataset,
        "model_kind": p.cfg.model.kind,
        "task": p.data.task,
        "dnnlab_version": dnnlab.__version__,
        "host": platform.node(),
        "device": str(p.device),
        "mlflow.source.name": "dnnlab train",
        "mlflow.source.type": "LOCAL",
    }
    commit = git_commit()
    if commit:
        tags["git_commit"] = commit
        tags["mlflow.source.git.commit"] = commit
    tags.update(p.cfg.tracking.tags)
    return tags


def _run_params(p: Prepared) -> dict[str, str]:
    params = flatten(p.cfg)
    params["n_parameters"] = str(count_parameters(p.model))
    params["n_trainable_parameters"] = str(
        sum(x.numel() for x in p.model.parameters() if x.requires_grad))
    params["model.layers"] = json.dumps(list(parameterised_layers(p.model)))
    params["steps_per_epoch"] = str(p.data.steps_per_epoch(p.cfg.train.batch_size))
    params["n_classes"] = str(p.data.n_classes)
    params["n_train"] = str(len(p.data.train.y))
    params["n_val"] = str(len(p.data.val.y) if p.data.val is not None else 0)
    params["n_test"] = str(len(p.data.test.y) if p.data.test is not None else 0)
    if p.frozen:
        params["frozen_layers"] = json.dumps(p.frozen)
    return params


# ----------------------------------------------------------------------------- the run


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
) -> RunResult:
    """Train ``cfg`` and log everything to MLflow; returns the run's id, status and metrics.

    ``progress(epochs, steps_per_epoch)`` builds a display callback (the CLI's progress bar).
    A KeyboardInterrupt (Ctrl-C, SIGTERM) ends the run as KILLED and is re-raised.
    """
    uri = cfg.tracking_uri(tracking_uri)
    client = make_client(uri)
    if cfg.variants and resume_run_id is None and data is None:
        return _run_variants(cfg, client, uri, progress, extra_callbacks)
    if cfg.data.kfold and resume_run_id is None and data is None:
        return _run_kfold(cfg, client, uri, parent_run_id, progress, extra_tags)

    resume_state: dict[str, Any] | None = None
    if resume_run_id is not None:
        cfg, resume_state = _load_resume(client, resume_run_id)
    prepared = prepare(cfg, client, data)
    experiment_id = get_or_create_experiment(client, cfg.experiment_name)

    if resume_run_id is not None:
        run_id = resume_run_id
        client.update_run(run_id, status="RUNNING")
        client.set_tag(run_id, "resumed_from_epoch", str(resume_state["epoch"]))
    else:
        tags = _run_tags(prepared) | (extra_tags or {})
        if parent_run_id:
            tags["mlflow.parentRunId"] = parent_run_id
        # seed_everything() fixed Python's random, which MLflow's name generator uses: name the
        # run from the OS's entropy instead, so runs do not all share one generated name
        name = cfg.tracking.run_name or f"{cfg.name}-{uuid.uuid4().hex[:8]}"
        run = client.create_run(experiment_id, tags=tags, run_name=name)
        run_id = run.info.run_id
        try:
            log_params_and_tags(client, run_id, _run_params(prepared), {})
        except Exception:
            client.delete_run(run_id)
            raise
    return _fit_and_log(prepared, client, uri, experiment_id, run_id, resume_state,
                        extra_callbacks or [], progress, log_model)


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
    try:
        path = client.download_artifacts(run_id, "checkpoints/last.pt", tempfile.mkdtemp())
    except Exception:
        raise UserError(f"--resume: run {run_id} has no checkpoints/last.pt (it stopped before "
                        "its first epoch ended, or train.checkpoint was false)") from None
    state = torch.load(path, map_location="cpu", weights_only=True)
    cfg = load_config_dict(state["config"], source=f"run {run_id}")
    return cfg, state


def _fit_and_log(p: Prepared, client: MlflowClient, uri: str, experiment_id: str, run_id: str,
                 resume_state: dict[str, Any] | None, extra: list[Callback],
                 progress: Callable[[int, int], Callback] | None, log_model: bool) -> RunResult:
    cfg, data = p.cfg, p.data
    optimizer = build_optimizer(p.model.parameters(), cfg.optim)
    scheduler = build_scheduler(optimizer, cfg.optim, cfg.train.epochs)
    buffer = MetricBuffer(client, run_id, retry_timeout=tracking_timeout())
    monitor, mode = _monitor(cfg, data)
    config_dict = cfg.model_dump(mode="json")
    callbacks: list[Callback] = [TerminateOnNan(), MlflowMetrics(buffer)]
    early = EarlyStopping(cfg.train.early_stopping) if cfg.train.early_stopping else None
    if early is not None:
        callbacks.append(early)
    ckpt = Checkpointer(client, run_id, config_dict, monitor, mode,
                        save_last=cfg.train.checkpoint, retry_timeout=buffer.retry_timeout,
                        retries=buffer.retry_counter)  # one figure for every retried write
    callbacks.append(ckpt)
    live = _live_diagnosis(cfg, client, run_id)
    if live is not None:
        callbacks.append(live)
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
    if resume_state is not None:
        trainer.load_state_dict(resume_state)

    interrupted: BaseException | None = None
    try:
        with sigterm_as_interrupt():
            trainer.fit()
    except KeyboardInterrupt as err:
        interrupted = err
    except Exception as err:
        trainer.status = "FAILED"
        trainer.stop_reason = trainer.stop_reason or f"{type(err).__name__}: {err}"
        try:
            _finish(client, run_id, buffer, trainer, {})
        except Exception as finish_err:  # e.g. the tracking server is gone: keep the first error
            log.warning("could not mark run %s FAILED: %s", run_id, finish_err)
        raise

    final: dict[str, float] = dict(trainer.history[-1]) if trainer.history else {}
    final.pop("epoch", None)
    if interrupted is None and trainer.status == "FINISHED":
        final.update(_log_final_artifacts(p, client, run_id, trainer, buffer, log_model))
    _log_end_diagnosis(p, client, run_id, live, buffer)
    _finish(client, run_id, buffer, trainer, final)
    if interrupted is not None:
        raise interrupted
    best_epoch = ckpt.best_epoch
    if early is not None and early.best_epoch is not None:
        best_epoch = early.best_epoch
    return RunResult(run_id, experiment_id, trainer.status, final, best_epoch, trainer.epoch,
                     trainer.step, trainer.stop_reason, trainer.failed_step, uri)


def _finish(client: MlflowClient, run_id: str, buffer: MetricBuffer, trainer: Trainer,
            final: dict[str, float]) -> None:
    """Flush everything, then record why the run ended and its terminal status."""
    try:
        buffer.close()
    finally:
        tags = {}
        if trainer.stop_reason:
            tags["stop_reason"] = trainer.stop_reason[:5000]
        if trainer.failed_step is not None:
            tags["failed_step"] = str(trainer.failed_step)
        if trainer.restored_epoch is not None:
            tags["restored_best_epoch"] = str(trainer.restored_epoch)
        if buffer.retries:
            tags["tracking_retries"] = str(buffer.retries)
            log.warning("tracking server: %d writes retried, none lost", buffer.retries)
        for k, v in tags.items():
            client.set_tag(run_id, k, v)
        status = trainer.status if trainer.status != "RUNNING" else "FAILED"
        client.set_terminated(run_id, status=status)


def _log_final_artifacts(p: Prepared, client: MlflowClient, run_id: str, trainer: Trainer,
                         buffer: MetricBuffer, log_model: bool) -> dict[str, float]:
    """Test metrics, confusion matrix, ROC curves, config, standardiser, model."""
    cfg, data = p.cfg, p.data
    out: dict[str, float] = {}
    split_name, split = ("test", data.test) if data.test is not None else ("val", data.val)
    if data.test is not None:
        res = trainer.evaluate(data.test)
        out["test/loss"] = res.loss
        out.update({f"test/{k}": v for k, v in res.metrics.items()})
        buffer.log(out, trainer.epoch)
    client.log_text(run_id, cfg.to_yaml(), "config.yaml")
    if data.standardizer is not None:
        client.log_dict(run_id, data.standardizer, "standardizer.json")
    if split is not None and data.task == "classification":
        res = trainer.evaluate(split)
        names = data.class_names or [str(i) for i in range(data.n_classes)]
        cm = M.confusion(res.y_true, res.output.argmax(1), data.n_classes)
        client.log_dict(run_id, {"split": split_name, "labels": names, "matrix": cm.tolist()},
                        "confusion_matrix.json")
        client.log_text(run_id, pd.DataFrame(cm, index=names, columns=names).to_csv(),
                        "confusion_matrix.csv")
        client.log_figure(run_id, M.confusion_figure(cm, names), "confusion_matrix.html")
        roc = M.roc_curves(res.y_true, res.output, names)
        aucs = M.roc_auc_by_class(res.y_true, res.output, names)
        client.log_text(run_id, roc.to_csv(index=False), "roc_curve.csv")
        client.log_dict(run_id, {"split": split_name, "auc": aucs}, "roc_auc.json")
        client.log_figure(run_id, M.roc_figure(roc, aucs), "roc_curve.html")
    if log_model and cfg.tracking.log_model:
        _log_model(p, client, run_id)
    return out


def _log_model(p: Prepared, client: MlflowClient, run_id: str) -> None:
    from mlflow.models import infer_signature

    model = p.model.to("cpu").eval()
    example = p.data.train.x[:5].cpu()
    with torch.no_grad():
        pred = model(example).numpy()
    signature = infer_signature(example.numpy(), pred)
    with use_tracking_uri(client.tracking_uri):
        mlflow.pytorch.log_model(
            model, name="model", run_id=run_id, signature=signature,
            input_example=example.numpy(),
            pip_requirements=[f"torch=={torch.__version__.split('+')[0]}"],
        )
    model.to(p.device)


def _live_diagnosis(cfg: ExperimentConfig, client: MlflowClient, run_id: str
                    ) -> LiveDiagnosis | None:
    if not cfg.diagnose.enabled:
        return None

    def tag(finding: Finding) -> None:
        client.set_tag(run_id, f"diagnosis.{finding.code}", finding.severity)

    return LiveDiagnosis(Thresholds.from_overrides(cfg.diagnose.thresholds),
                         cfg.diagnose.stop_on, tag)


def _log_end_diagnosis(p: Prepared, client: MlflowClient, run_id: str,
                       live: LiveDiagnosis | None, buffer: MetricBuffer) -> None:
    """Diagnose the whole logged history; live findings the curves no longer show are kept."""
    if not p.cfg.diagnose.enabled:
        return
    buffer.flush()
    try:
        diagnosis = diagnose_run(client, run_id,
                                 Thresholds.from_overrides(p.cfg.diagnose.thresholds))
    except Exception as err:  # a diagnosis bug must not lose the run
        log.warning("diagnosis failed: %s", err)
        return
    seen = {f.code for f in diagnosis.findings}
    for f in live.findings if live is not None else []:
        if f.code not in seen:
            diagnosis.findings.append(f)
    log_diagnosis(client, run_id, diagnosis)


# ----------------------------------------------------------------------------- parent runs


def _open_parent(client: MlflowClient, cfg: ExperimentConfig, first: Prepared,
                 tags: dict[str, str], run_name: str | None) -> tuple[str, str]:
    """The parent run of a comparison or k-fold: (experiment id, run id), params logged."""
    experiment_id = get_or_create_experiment(client, cfg.experiment_name)
    parent = client.create_run(experiment_id, tags=_run_tags(first) | tags, run_name=run_name)
    log_params_and_tags(client, parent.info.run_id, _run_params(first), {})
    return experiment_id, parent.info.run_id


# ----------------------------------------------------------------------------- variants


def _run_variants(cfg: ExperimentConfig, client: MlflowClient, uri: str,
                  progress: Callable[[int, int], Callback] | None,
                  extra: list[Callback] | None) -> RunResult:
    """A lecture-lab comparison: one parent run, one child run per named variant."""
    variants = {name: cfg.variant(name) for name in cfg.variants}
    for vcfg in variants.values():  # every variant is valid before any run exists
        prepare(vcfg, client)
    base = cfg.model_copy(deep=True)
    base.variants = {}
    first = prepare(base, client)
    experiment_id, pid = _open_parent(client, cfg, first, {"variants": ",".join(variants)},
                                      cfg.tracking.run_name or f"{cfg.name}-comparison")
    client.log_dict(pid, cfg.variants, "variants.json")
    rows, status = [], "FINISHED"
    try:
        for name, vcfg in variants.items():
            res = run_experiment(vcfg, tracking_uri=uri, parent_run_id=pid, progress=progress,
                                 extra_tags={"variant": name}, extra_callbacks=extra)
            rows.append({"variant": name, "run_id": res.run_id, "status": res.status,
                         "best_epoch": res.best_epoch, **res.metrics})
    except KeyboardInterrupt:
        client.set_terminated(pid, status="KILLED")
        raise
    except Exception:
        client.set_terminated(pid, status="FAILED")
        raise
    table = pd.DataFrame(rows)
    client.log_text(pid, table.to_csv(index=False), "comparison.csv")
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_terminated(pid, status=status)
    return RunResult(pid, experiment_id, status, {}, None, len(rows), 0, None, None, uri,
                     children=rows)


# ----------------------------------------------------------------------------- k-fold


def _run_kfold(cfg: ExperimentConfig, client: MlflowClient, uri: str, parent_run_id: str | None,
               progress: Callable[[int, int], Callback] | None,
               extra_tags: dict[str, str] | None) -> RunResult:
    folds = load_kfold(cfg.data, cfg.seed)
    first = prepare(cfg, client, folds[0])  # validates model/loss before any run exists
    tags = (extra_tags or {}) | {"kfold": str(len(folds))}
    if parent_run_id:
        tags["mlflow.parentRunId"] = parent_run_id
    experiment_id, pid = _open_parent(client, cfg, first, tags, cfg.tracking.run_name)
    results: list[RunResult] = []
    status = "FINISHED"
    try:
        for i, fold in enumerate(folds):
            fold_cfg = cfg.model_copy(deep=True)
            fold_cfg.tracking.run_name = f"{cfg.tracking.run_name or cfg.name}-fold{i}"
            res = run_experiment(fold_cfg, tracking_uri=uri, parent_run_id=pid,
                                 progress=progress, data=fold, log_model=False,
                                 extra_tags={"fold": str(i)})
            results.append(res)
            if res.status != "FINISHED":
                status = "FAILED"
    except KeyboardInterrupt:
        client.set_terminated(pid, status="KILLED")
        raise
    summary: dict[str, float] = {}
    keys = sorted(set.intersection(*(set(r.metrics) for r in results))) if results else []
    for k in keys:
        vals = np.array([r.metrics[k] for r in results], dtype=float)
        summary[f"{k}_mean"] = float(np.nanmean(vals)) if np.isfinite(vals).any() else math.nan
        summary[f"{k}_std"] = float(np.nanstd(vals)) if np.isfinite(vals).any() else math.nan
    buffer = MetricBuffer(client, pid)
    buffer.log(summary, 0)
    buffer.close()
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_terminated(pid, status=status)
    children = [{"fold": i, "run_id": r.run_id, "status": r.status, **r.metrics}
                for i, r in enumerate(results)]
    return RunResult(pid, experiment_id, status, summary, None, len(results), 0, None, None, uri,
                     children=children)


__all__ = ["RunResult", "prepare", "redact", "resolve_device", "run_experiment"]
