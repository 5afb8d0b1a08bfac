"""The training loop and its callbacks."""

from __future__ import annotations

from dnnlab.train._callbacks import Callback, EarlyStopping, TerminateOnNan, improved
from dnnlab.train._mlflow import Checkpointer, Tracked
from dnnlab.train._optim import (
    TaskLoss,
    build_optimizer,
    build_scheduler,
    n_outputs,
    resolve_loss,
)
from dnnlab.train._trainer import EvalResult, Trainer

__all__ = [
    "Callback",
    "EarlyStopping",
    "EvalResult",
    "Checkpointer",
    "TaskLoss",
    "TerminateOnNan",
    "Tracked",
    "Trainer",
    "build_optimizer",
    "build_scheduler",
    "improved",
    "n_outputs",
    "resolve_loss",
]
