"""Callbacks that write a run to MLflow: metrics through the buffer, and checkpoints."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from mlflow import MlflowClient

from dnnlab.tracking import MetricBuffer, retrying
from dnnlab.train._callbacks import Callback, improved

if TYPE_CHECKING:
    from dnnlab.train._trainer import Trainer


class MlflowMetrics(Callback):
    """Per-step stats at their global step, per-epoch metrics at their epoch number.

    The buffer is flushed at every epoch end and when fitting ends, whatever the outcome.
    """

    def __init__(self, buffer: MetricBuffer) -> None:
        self.buffer = buffer

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        self.buffer.log(stats, step)

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        self.buffer.log(metrics, epoch)
        self.buffer.flush()

    def on_fit_end(self, trainer: Trainer) -> None:
        self.buffer.flush()


class Checkpointer(Callback):
    """Each epoch: ``checkpoints/last.pt`` (everything needed to resume) and, when the monitored
    metric improves, ``checkpoints/best.pt`` (model weights, config, epoch, metrics).

    Both hold only tensors and plain containers, so they load with ``weights_only=True``.
    """

    def __init__(self, client: MlflowClient, run_id: str, config: dict[str, Any],
                 monitor: str, mode: str = "min", save_last: bool = True,
                 retry_timeout: float = 120.0, retries: list[int] | None = None) -> None:
        self.client, self.run_id, self.config = client, run_id, config
        self.retry_timeout = retry_timeout
        self.retries = retries if retries is not None else [0]  # a counter shared by reference
        self.monitor, self.mode, self.save_last = monitor, mode, save_last
        self.best: float | None = None
        self.best_epoch: int | None = None
        self._dir = Path(tempfile.mkdtemp(prefix="dnnlab-ckpt-"))

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        value = metrics.get(self.monitor)
        if value is not None and improved(value, self.best, self.mode, 0.0):
            self.best, self.best_epoch = value, epoch
            self._save("best.pt", {"model": trainer.model.state_dict(), "config": self.config,
                                   "epoch": epoch, "metrics": metrics})
        if self.save_last:
            self._save("last.pt", {**trainer.state_dict(), "config": self.config})

    def _save(self, name: str, payload: dict[str, Any]) -> None:
        path = self._dir / name
        torch.save(payload, path)
        retrying(lambda: self.client.log_artifact(self.run_id, str(path), "checkpoints"),
                 self.retry_timeout, "checkpoint upload", self.retries)

    def state_dict(self) -> dict[str, Any]:
        return {"best": self.best, "best_epoch": self.best_epoch}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.best, self.best_epoch = state.get("best"), state.get("best_epoch")
