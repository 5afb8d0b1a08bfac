"""The callback protocol and the callbacks that do not talk to MLflow."""

from __future__ import annotations

import copy
import math
from typing import TYPE_CHECKING, Any

from dnnlab.config import EarlyStoppingConfig

if TYPE_CHECKING:
    from dnnlab.train._trainer import Trainer


class Callback:
    """Every hook is a no-op; subclasses override the events they need.

    Callbacks that keep state return it from ``state_dict`` so that a resumed run resumes them.
    """

    def on_fit_start(self, trainer: Trainer) -> None: ...

    def on_epoch_start(self, trainer: Trainer, epoch: int) -> None: ...

    def on_after_backward(self, trainer: Trainer) -> None:
        """Gradients are computed and not yet clipped; the optimiser has not stepped."""

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        """``stats`` holds ``train/loss``; per-layer statistics are measured by the tracked
        run's optimiser hooks, not here."""

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None: ...

    def on_fit_end(self, trainer: Trainer) -> None:
        """Called whatever the outcome (completed, failed, interrupted); see ``trainer.status``."""

    def state_dict(self) -> dict[str, Any]:
        return {}

    def load_state_dict(self, state: dict[str, Any]) -> None: ...


class TerminateOnNan(Callback):
    """Stop at once when the training loss is NaN/Inf and remember the step."""

    def on_step_end(self, trainer: Trainer, step: int, stats: dict[str, float]) -> None:
        loss = stats["train/loss"]
        if not math.isfinite(loss):
            trainer.stop("FAILED", f"non-finite training loss ({loss}) at step {step}",
                         failed_step=step, code="nan_loss")

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        bad = sorted(k for k, v in metrics.items() if k.endswith("loss") and not math.isfinite(v))
        if bad:
            trainer.stop("FAILED", f"non-finite {', '.join(bad)} at epoch {epoch}",
                         failed_step=trainer.step, code="nan_loss")


def improved(value: float, best: float | None, mode: str, min_delta: float) -> bool:
    if not math.isfinite(value):
        return False
    if best is None:
        return True
    return value < best - min_delta if mode == "min" else value > best + min_delta


class EarlyStopping(Callback):
    """Stop when ``monitor`` has not improved for ``patience`` epochs; restore the best weights."""

    def __init__(self, cfg: EarlyStoppingConfig) -> None:
        self.cfg = cfg
        self.best: float | None = None
        self.best_epoch: int | None = None
        self.wait = 0
        self.best_state: dict[str, Any] | None = None
        self.stopped_epoch: int | None = None

    def on_epoch_end(self, trainer: Trainer, epoch: int, metrics: dict[str, float]) -> None:
        value = metrics.get(self.cfg.monitor)
        if value is None:
            return
        if improved(value, self.best, self.cfg.mode, self.cfg.min_delta):
            self.best, self.best_epoch, self.wait = value, epoch, 0
            if self.cfg.restore_best:
                self.best_state = copy.deepcopy(trainer.model.state_dict())
            return
        self.wait += 1
        if self.wait >= self.cfg.patience:
            self.stopped_epoch = epoch
            trainer.stop("FINISHED", f"early stopping: {self.cfg.monitor} did not improve for "
                         f"{self.cfg.patience} epochs (best {self.best:.4g} at epoch "
                         f"{self.best_epoch})")

    def on_fit_end(self, trainer: Trainer) -> None:
        if self.cfg.restore_best and self.best_state is not None and trainer.status == "FINISHED":
            trainer.model.load_state_dict(self.best_state)
            trainer.restored_epoch = self.best_epoch

    def state_dict(self) -> dict[str, Any]:
        return {"best": self.best, "best_epoch": self.best_epoch, "wait": self.wait,
                "best_state": self.best_state}

    def load_state_dict(self, state: dict[str, Any]) -> None:
        self.best = state.get("best")
        self.best_epoch = state.get("best_epoch")
        self.wait = state.get("wait", 0)
        self.best_state = state.get("best_state")
