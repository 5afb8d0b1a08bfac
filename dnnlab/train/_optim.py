"""Optimisers, learning-rate schedules and losses named as in the lectures."""

from __future__ import annotations

import math

import torch
from torch import nn

from dnnlab.config import OptimConfig, TrainConfig
from dnnlab.errors import UserError

CLASSIFICATION_LOSSES = ("cross_entropy", "bce")
REGRESSION_LOSSES = ("mse", "mae", "huber")


def build_optimizer(params, cfg: OptimConfig) -> torch.optim.Optimizer:
    params = [p for p in params if p.requires_grad]
    if not params:
        raise UserError("every layer is frozen (model.freeze); leave at least one layer trainable")
    wd = cfg.weight_decay
    match cfg.name:
        case "sgd":
            return torch.optim.SGD(params, lr=cfg.lr, momentum=cfg.momentum,
                                   nesterov=cfg.nesterov, weight_decay=wd)
        case "adam":
            return torch.optim.Adam(params, lr=cfg.lr, weight_decay=wd)
        case "adamw":
            return torch.optim.AdamW(params, lr=cfg.lr, weight_decay=wd)
        case "rmsprop":
            return torch.optim.RMSprop(params, lr=cfg.lr, momentum=cfg.momentum, weight_decay=wd)
        case "adagrad":
            return torch.optim.Adagrad(params, lr=cfg.lr, weight_decay=wd)
        case "adadelta":
            return torch.optim.Adadelta(params, lr=cfg.lr, weight_decay=wd)
    raise AssertionError(cfg.name)


def build_scheduler(optimizer: torch.optim.Optimizer, cfg: OptimConfig, epochs: int):
    """An epoch-level schedule; ``plateau`` is stepped with the monitored loss."""
    match cfg.schedule:
        case "constant":
            return None
        case "step":
            return torch.optim.lr_scheduler.StepLR(optimizer, cfg.step_size, gamma=cfg.gamma)
        case "exponential":
            return torch.optim.lr_scheduler.ExponentialLR(optimizer, gamma=cfg.gamma)
        case "inverse_time":
            # the lectures' 1/t decay: alpha_t = alpha / sqrt(t + 1), t the epoch
            return torch.optim.lr_scheduler.LambdaLR(optimizer, lambda t: 1 / math.sqrt(t + 1))
        case "cosine":
            return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(epochs, 1))
        case "plateau":
            return torch.optim.lr_scheduler.ReduceLROnPlateau(
                optimizer, factor=cfg.gamma, patience=cfg.plateau_patience
            )
    raise AssertionError(cfg.schedule)


def resolve_loss(cfg: TrainConfig, task: str, n_classes: int) -> str:
    """The loss for the task; ``auto`` picks the lectures' pairing, a mismatch is an error.

    ``mse`` is allowed on classification: the lectures' square error on the softmax
    probabilities against one-hot targets (see :class:`TaskLoss`), trained on purpose to compare
    it with cross-entropy."""
    loss = cfg.loss
    if loss == "auto":
        if task == "regression":
            return "mse"
        return "bce" if n_classes == 2 else "cross_entropy"
    if task == "regression" and loss in CLASSIFICATION_LOSSES:
        raise UserError(f"train.loss {loss} needs a classification data set; for regression "
                        "use mse, mae or huber")
    if task == "classification" and loss in REGRESSION_LOSSES and loss != "mse":
        raise UserError(f"train.loss {loss} is a regression loss but the data set is "
                        "classification; use cross_entropy (or bce for two classes), or mse "
                        "for the lectures' square error on the softmax probabilities")
    if loss == "bce" and n_classes != 2:
        raise UserError(f"train.loss bce needs two classes, the data set has {n_classes}; "
                        "use cross_entropy")
    return loss


def n_outputs(loss: str, n_classes: int) -> int:
    """Width of the model's output: K logits for cross-entropy and for mse on a classification
    task (``n_classes`` >= 2; it is 0 for regression), else one."""
    return n_classes if loss == "cross_entropy" or (loss == "mse" and n_classes >= 2) else 1


class TaskLoss(nn.Module):
    """Loss on logits; ``probabilities`` turns logits into an (n, K) matrix (K=2 for bce).

    With ``task="classification"``, ``mse`` is the lectures' square error: the mean over
    samples and classes of (softmax(logits) - one_hot(y))^2, so the model has K outputs and
    ``probabilities`` is their softmax, as for cross-entropy.

    >>> loss = TaskLoss("mse", task="classification")
    >>> round(loss(torch.zeros(1, 2), torch.tensor([0])).item(), 4)  # p = (.5, .5) vs (1, 0)
    0.25
    """

    def __init__(self, name: str, huber_delta: float = 1.0, task: str | None = None) -> None:
        super().__init__()
        self.name = name
        # softmax outputs: cross-entropy, and squared error on a classification task
        self.softmax = name == "cross_entropy" or (name == "mse" and task == "classification")
        self.fn = {
            "cross_entropy": nn.CrossEntropyLoss(),
            "bce": nn.BCEWithLogitsLoss(),
            "mse": nn.MSELoss(),
            "mae": nn.L1Loss(),
            "huber": nn.HuberLoss(delta=huber_delta),
        }[name]

    def forward(self, out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        if self.name == "cross_entropy":
            return self.fn(out, y)
        if self.softmax:  # mse on probabilities against one-hot targets
            proba = torch.softmax(out, dim=-1)
            return self.fn(proba, nn.functional.one_hot(y, out.shape[-1]).to(proba.dtype))
        return self.fn(out.squeeze(-1), y.float())

    def probabilities(self, out: torch.Tensor) -> torch.Tensor:
        if self.softmax:
            return torch.softmax(out, dim=-1)
        p = torch.sigmoid(out.squeeze(-1))
        return torch.stack([1 - p, p], dim=-1)
