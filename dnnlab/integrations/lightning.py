"""``DnnlabCallback``: dnnlab's instrumentation for ``lightning.Trainer.fit``.

A Lightning run gets what a hand-written loop gets from :func:`dnnlab.track`, through the
same :class:`~dnnlab.tracking.TrackedRun`::

    import lightning as L
    from dnnlab.integrations.lightning import DnnlabCallback

    trainer = L.Trainer(max_epochs=10, callbacks=[DnnlabCallback(experiment="digits")])
    trainer.fit(module, train_loader, val_loader)

* per optimiser step: ``train/loss`` (the training_step's loss; with gradient accumulation the
  mean over the accumulated batches), ``lr`` and every layer's ``update_ratio/*`` and
  ``grad_norm/*`` (measured before Lightning clips the gradients), at ``trainer.global_step``;
* the live monitor: a finding in ``stop_on`` (NaN loss, divergence) stops the trainer and the
  run ends FAILED with tags ``stop_reason`` and ``failed_step``;
* per epoch (MLflow step = epoch, from 1): the module's own ``self.log`` values under dnnlab's
  names (``val_loss`` -> ``val/loss``, ``val_acc`` -> ``val/accuracy``, ``train_loss_epoch`` ->
  ``train/epoch_loss``, ...; see :func:`dnnlab_name`), the task metrics of the ``y_true`` /
  ``y_score`` a ``validation_step`` returns, dead ReLU-family units, ``epoch_time`` and the best
  weights as ``checkpoints/best.pt``;
* at the end: confusion matrix and ROC curves, the model, the diagnosis, and the status
  FINISHED, FAILED (with the exception) or KILLED (Ctrl-C, SIGTERM), every metric flushed.

With a ``lightning.pytorch.loggers.MLFlowLogger`` on the trainer, dnnlab logs into that logger's
run (its store, experiment and run id) and the logger ends it; otherwise the callback opens a run
of its own (``experiment``, ``tracking_uri``, else ``$MLFLOW_TRACKING_URI``), or logs into
``mlflow.active_run()`` when one is open. Only the global rank 0 process logs.
"""

from __future__ import annotations

import logging
import platform
import re
from collections.abc import Mapping, Sequence
from typing import Any

try:
    import lightning.pytorch as pl
    from lightning.pytorch.loggers import MLFlowLogger
except ImportError:  # pragma: no cover - exercised with lightning hidden
    raise ImportError('dnnlab.integrations.lightning needs Lightning: '
                      'pip install "dnnlab[lightning]"') from None

import torch
from mlflow import MlflowClient

import dnnlab
from dnnlab import keys as K
from dnnlab.tracking import (
    TrackedRun,
    flatten_params,
    git_commit,
    log_params_and_tags,
    model_params,
    model_spec_of,
    track,
)

log = logging.getLogger("dnnlab")

__all__ = ["DnnlabCallback", "dnnlab_name"]

# what a module calls its metrics -> dnnlab's names (compared lower-case, "-" and "." as "_")
_SPLITS = {"train": "train", "training": "train", "val": "val", "valid": "val",
           "validation": "val"}
_METRICS = {
    "loss": "loss", "acc": "accuracy", "accuracy": "accuracy", "f1": "f1", "f1_score": "f1",
    "precision": "precision", "recall": "recall", "auroc": "roc_auc", "auc": "roc_auc",
    "roc_auc": "roc_auc", "error_rate": "error_rate", "specificity": "specificity",
    "fpr": "fpr", "mse": "mse", "mae": "mae", "r2": "r2", "r2_score": "r2",
}
_KEY = re.compile(r"(train|training|val|valid|validation)[/_.\-](.+)")
_Y_TRUE = ("y_true", "y")
_Y_SCORE = ("y_score", "logits", "probs")


def dnnlab_name(key: str) -> str | None:
    """dnnlab's per-epoch name of a key a LightningModule logs, None when it has none.

    >>> [dnnlab_name(k) for k in ("val_loss", "val/acc", "train_loss_epoch", "val_auroc")]
    ['val/loss', 'val/accuracy', 'train/epoch_loss', 'val/roc_auc']
    >>> dnnlab_name("train_loss_step") is None and dnnlab_name("lr-Adam") is None
    True
    """
    k = key.strip().lower()
    if k.endswith("_step"):  # Lightning's per-step fork of an on_step+on_epoch value
        return None
    match = _KEY.fullmatch(k.removesuffix("_epoch"))
    if match is None:
        return None
    metric = _METRICS.get(re.sub(r"[/.\-]", "_", match[2]))
    if metric is None:
        return None
    split = _SPLITS[match[1]]
    return K.EPOCH_LOSS if (split, metric) == ("train", "loss") else f"{split}/{metric}"


def _epoch_level_names(trainer: pl.Trainer) -> set[str] | None:
    """Names the module logged with ``on_epoch=True`` in this training epoch; None when
    Lightning's internals do not tell (then plain training keys are not trusted)."""
    try:
        results = trainer._results  # private: the training loop's ResultCollection
        return {m.meta.name for m in results.values() if m.meta.on_epoch}
    except Exception:
        return None


def _first(mapping: Mapping[str, Any], names: Sequence[str]) -> Any:
    return next((mapping[n] for n in names if mapping.get(n) is not None), None)


class DnnlabCallback(pl.Callback):
    """Track a ``Trainer.fit`` with dnnlab: the same metrics, live stop, checkpoint, report
    and diagnosis as :func:`dnnlab.track` (see the module docstring).

    ``config`` becomes the run's params (default: the module's ``hparams``; with an
    ``MLFlowLogger`` Lightning logs those itself). ``model_factory``/``model_args`` tell Inspect
    how to rebuild the module when its class needs arguments. The run is ``self.run`` (a
    :class:`~dnnlab.tracking.TrackedRun`) from ``on_fit_start`` on.
    """

    def __init__(
        self,
        experiment: str | None = None,
        tracking_uri: str | None = None,
        run_name: str | None = None,
        config: Mapping[str, Any] | None = None,
        task: str | None = None,
        class_names: Sequence[str] | None = None,
        log_every_n_steps: int = 1,
        stop_on: Sequence[str] = ("nan_loss", "divergence"),
        log_model: bool = True,
        model_factory: str | None = None,
        model_args: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__()
        self.experiment, self.tracking_uri, self.run_name = experiment, tracking_uri, run_name
        self.config = dict(config) if config is not None else None
        self.task, self.class_names = task, list(class_names) if class_names else None
        self.log_every_n_steps, self.stop_on = log_every_n_steps, tuple(stop_on)
        self.log_model = log_model
        self.model_factory, self.model_args = model_factory, model_args
        self.run: TrackedRun | None = None
        self._with_logger = False
        self._warned: set[str] = set()
        self._reset()

    def _reset(self) -> None:
        self._last_step = 0
        self._loss_sum: torch.Tensor | None = None
        self._loss_n = 0
        self._val: dict[str, float] | None = None  # the last validation's metrics, this epoch
        self._y_true: list[torch.Tensor] = []
        self._y_score: list[torch.Tensor] = []
        self._eval: tuple[torch.Tensor, torch.Tensor] | None = None

    # -- start ------------------------------------------------------------------------
    def on_fit_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if not trainer.is_global_zero:
            return
        self._reset()
        logger = next((lg for lg in trainer.loggers if isinstance(lg, MLFlowLogger)), None)
        self._with_logger = logger is not None
        self.run = self._join(logger, trainer, pl_module) if logger is not None \
            else self._open(trainer, pl_module)

    def _options(self) -> dict[str, Any]:
        return dict(task=self.task, class_names=self.class_names,
                    log_every_n_steps=self.log_every_n_steps, stop_on=self.stop_on,
                    log_model=self.log_model)

    def _open(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> TrackedRun:
        config = self.config if self.config is not None else dict(pl_module.hparams)
        run = track(pl_module, list(trainer.optimizers), experiment=self.experiment,
                    run_name=self.run_name, config=config, tracking_uri=self.tracking_uri,
                    model_factory=self.model_factory, model_args=self.model_args,
                    logged_by="lightning", **self._options())
        run.raise_on_stop = False  # a stop ends the fit through trainer.should_stop
        return run

    def _join(self, logger: MLFlowLogger, trainer: pl.Trainer,
              pl_module: pl.LightningModule) -> TrackedRun:
        """Log into the MLFlowLogger's run; the logger ends it (with dnnlab's status)."""
        client = MlflowClient(logger.experiment.tracking_uri)
        run_id, experiment_id = logger.run_id, logger.experiment_id
        # the logger logs the module's hparams itself: logging them again under dnnlab's
        # formatting would change a param's value, which MLflow refuses
        params = flatten_params(self.config or {}) | model_params(pl_module)
        if self.class_names:
            params["n_classes"] = str(len(self.class_names))
        tags = {"logged_by": "lightning", "dnnlab_version": dnnlab.__version__,
                "host": platform.node(), "device": str(pl_module.device),
                "model_kind": type(pl_module).__name__}
        if self.task:
            tags["task"] = self.task
        commit = git_commit()
        if commit:
            tags["git_commit"] = commit
        log_params_and_tags(client, run_id, params, tags)
        spec = model_spec_of(pl_module, self.model_factory, self.model_args)
        run = TrackedRun(client, run_id, experiment_id, model=pl_module,
                         optimizer=list(trainer.optimizers), raise_on_stop=False,
                         owns_run=False, model_spec=spec, **self._options())
        self._end_logger_run_with_our_status(logger, run)
        return run

    @staticmethod
    def _end_logger_run_with_our_status(logger: MLFlowLogger, run: TrackedRun) -> None:
        # Lightning calls logger.finalize("success") after every callback hook of a fit that
        # ended normally, which would mark a run dnnlab stopped (NaN loss) FINISHED; pass the
        # run's own FAILED/KILLED instead, once
        original = logger.finalize

        def finalize(status: str = "success") -> None:
            logger.__dict__.pop("finalize", None)
            original(run.status if run.status in ("FAILED", "KILLED") else status)

        logger.finalize = finalize

    def on_train_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if self.run is not None:  # after a checkpoint restore: continue its step count
            self._last_step = self.run.global_step = trainer.global_step

    # -- steps ------------------------------------------------------------------------
    def on_before_optimizer_step(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                                 optimizer: torch.optim.Optimizer) -> None:
        if self.run is not None:  # gradients are final and not yet clipped
            self.run.capture_gradients()

    def on_train_batch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                           outputs: Any, batch: Any, batch_idx: int) -> None:
        run = self.run
        if run is None:
            return
        loss = outputs.get("loss") if isinstance(outputs, Mapping) else outputs
        if isinstance(loss, torch.Tensor):
            loss = loss.detach()
            if pl_module.automatic_optimization and trainer.accumulate_grad_batches > 1:
                loss = loss * trainer.accumulate_grad_batches  # Lightning divided it by that
            self._loss_sum = loss if self._loss_sum is None else self._loss_sum + loss
            self._loss_n += 1
        step = trainer.global_step
        if step == self._last_step or self._loss_sum is None:
            return  # no optimiser step yet (accumulating), or nothing to log
        self._last_step = step
        mean = self._loss_sum if self._loss_n == 1 else self._loss_sum / self._loss_n
        self._loss_sum, self._loss_n = None, 0
        run.step(mean, step)
        if run.stop_code is not None:
            trainer.should_stop = True

    # -- validation and epochs -------------------------------------------------------
    def on_validation_start(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        self._y_true, self._y_score = [], []

    def on_validation_batch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                                outputs: Any, batch: Any, batch_idx: int,
                                dataloader_idx: int = 0) -> None:
        if self.run is None or trainer.sanity_checking or dataloader_idx != 0 \
                or not isinstance(outputs, Mapping):
            return
        y, score = _first(outputs, _Y_TRUE), _first(outputs, _Y_SCORE)
        if isinstance(y, torch.Tensor) and isinstance(score, torch.Tensor):
            self._y_true.append(y.detach().cpu())
            self._y_score.append(score.detach().float().cpu())

    def on_validation_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if self.run is None or trainer.sanity_checking:
            return
        self._val = {}
        for key, value in trainer.callback_metrics.items():
            name = dnnlab_name(key)
            if name is not None and name.startswith("val/"):
                self._val[name] = float(value)
        if self._y_true:
            self._eval = (torch.cat(self._y_true), torch.cat(self._y_score))
        self._y_true, self._y_score = [], []

    def on_train_epoch_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        run = self.run
        if run is None:
            return
        on_epoch = _epoch_level_names(trainer)
        metrics: dict[str, float] = {}
        for key, value in trainer.callback_metrics.items():
            name = dnnlab_name(key)
            # a plain "train_acc" logged per step only holds the epoch's last batch
            epoch_level = key.endswith("_epoch") or (on_epoch is not None and key in on_epoch)
            if name is not None and name.startswith("train") and epoch_level:
                metrics[name] = float(value)
        metrics.update(self._val or {})  # the module's values win over y_true/y_score's
        if self._with_logger:
            self._warn_shared_names(trainer.callback_metrics)
        y_true, y_score = self._eval if self._eval is not None else (None, None)
        run.epoch(y_true=y_true, y_score=y_score, metrics=metrics,
                  epoch=trainer.current_epoch + 1)
        self._val, self._eval = None, None

    def _warn_shared_names(self, logged: Mapping[str, Any]) -> None:
        # the MLFlowLogger logs a key at global steps; dnnlab's per-epoch key of the same
        # name goes into the same run at epoch numbers: one curve with two step scales
        for key in logged:
            if key == dnnlab_name(key) and key not in self._warned:
                self._warned.add(key)
                log.warning("the module logs %r, which the MLFlowLogger writes at global steps "
                            "into the run where dnnlab writes %r per epoch; name it %r in "
                            "self.log to keep them apart", key, key,
                            key.replace("/", "_"))

    # -- the end ----------------------------------------------------------------------
    def on_fit_end(self, trainer: pl.Trainer, pl_module: pl.LightningModule) -> None:
        if self.run is not None:
            self.run.finish("FAILED" if self.run.stop_code is not None else "FINISHED")

    def teardown(self, trainer: pl.Trainer, pl_module: pl.LightningModule, stage: str) -> None:
        if self.run is not None and self.run.status == "RUNNING":
            self.run.finish("FAILED", "the fit ended without on_fit_end")

    def on_exception(self, trainer: pl.Trainer, pl_module: pl.LightningModule,
                     exception: BaseException) -> None:
        run = self.run
        if run is None:
            return
        # Lightning turns Ctrl-C into sys.exit(1) after this hook, and SIGTERM into a
        # SystemExit subclass: both end the run KILLED
        if isinstance(exception, (KeyboardInterrupt, SystemExit)):
            run.finish("KILLED", "interrupted")
            return
        text = str(exception).strip()
        first = text.splitlines()[0] if text else ""
        run.finish("FAILED", f"{type(exception).__name__}: {first}"[:1000])
