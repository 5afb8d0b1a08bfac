"""The training loop and its callbacks."""

from __future__ import annotations

from importlib import import_module
from typing import Any

from dnnlab.train._callbacks import Callback, EarlyStopping, TerminateOnNan, improved

# the parts that need torch load on first use: the callback protocol alone (the console's
# progress bar, ``dnnlab diagnose``) stays light
_LAZY = {
    "Checkpointer": "_mlflow",
    "Tracked": "_mlflow",
    "TaskLoss": "_optim",
    "build_optimizer": "_optim",
    "build_scheduler": "_optim",
    "n_outputs": "_optim",
    "resolve_loss": "_optim",
    "EvalResult": "_trainer",
    "Trainer": "_trainer",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f"dnnlab.train.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dnnlab.train' has no attribute {name!r}")


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
