"""The callbacks that connect the trainer to its MLflow run: everything through one
:class:`~dnnlab.tracking.TrackedRun`, so ``dnnlab train`` and a hand-written loop log alike."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dnnlab.keys import TRAIN_LOSS
from dnnlab.tracking import CheckpointWriter, TrackedRun
from dnnlab.train._callbacks import Callback, improved

if TYPE_CHECKING:
    from dnnlab.train._trainer import Trainer


class Tracked(Callback):
    """Steps and epochs go to the tracked run (which measures the layers through the
    optimiser's hooks and watches the loss live); a live finding in ``stop_on`` stops the
    trainer as FAILED with its step. The run's buffer is flushed at every epoch end."""

    def __init__(self, run: TrackedRun) -> None:
        self.run = run

    def on_after_backward(self, trainer: Trainer) -> None:
        self.run.capture_gradients()

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        run = self.run
        run.step(stats[TRAIN_LOSS], step)
        if run.stop_code is not None:
            trainer.stop("FAILED", run.stop_reason or run.stop_code,
                         failed_step=run.failed_step, code=run.stop_code)

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        self.run.epoch(metrics=metrics, epoch=epoch)

    def on_fit_end(self, trainer: Trainer) -> None:
        self.run.buffer.flush()


class Checkpointer(Callback):
    """Each epoch: ``checkpoints/last.pt`` (everything needed to resume) and, when the monitored
    metric improves, ``checkpoints/best.pt`` (model weights, config, epoch, metrics).

    Both hold only tensors and plain containers, so they load with ``weights_only=True``.
    """

    def __init__(self, writer: CheckpointWriter, config: dict[str, Any], monitor: str,
                 mode: str = "min", save_last: bool = True,
                 extra: dict[str, Any] | None = None) -> None:
        self.writer, self.config = writer, config
        self.monitor, self.mode, self.save_last = monitor, mode, save_last
        self.extra = dict(extra or {})
        self.best: float | None = None
        self.best_epoch: int | None = None

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        value = metrics.get(self.monitor)
        if value is not None and improved(value, self.best, self.mode, 0.0):
            self.best, self.best_epoch = value, epoch
            self.writer.save("best.pt", {"model": trainer.model.state_dict(),
                                         "config": self.config, "epoch": epoch,
                                         "metrics": metrics, **self.extra})
        if self.save_last:
            self.writer.save("last.pt", {**trainer.state_dict(), "config": self.config,
                                         **self.extra})

    def state_dict(self) -> dict[str, Any]:
        return {"best": self.best, "best_epoch": self.best_epoch}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.best, self.best_epoch = state.get("best"), state.get("best_epoch")
