"""Every metric name dnnlab logs, its direction and its cadence, defined once.

Runs are compared across versions, so these names never change. The trainer, the tracking API,
the diagnosis, the dashboard and the studies import them from here.

>>> direction("val/accuracy"), direction("val/loss"), cadence("grad_norm/fc1")
('max', 'min', 'step')
"""

from __future__ import annotations

from typing import Literal

# per step (MLflow step = global optimisation step, from 1)
TRAIN_LOSS = "train/loss"
LR = "lr"  # learning rate of the first parameter group; the others are LR/<i>
UPDATE_RATIO = "update_ratio/"  # + layer name: ||W_after - W_before|| / ||W_before||
GRAD_NORM = "grad_norm/"  # + layer name: ||dL/dW|| before clipping

# per epoch (MLflow step = epoch, from 1)
EPOCH_LOSS = "train/epoch_loss"
VAL_LOSS = "val/loss"
TEST_LOSS = "test/loss"
DEAD_RELU = "dead_relu/"  # + activation name: fraction of units never active
# + activation name (tanh/sigmoid): fraction of the (sample, unit) outputs of the epoch's pass
# within SATURATION_MARGIN of the function's limits (tanh |y| > 0.98; sigmoid y < .02 or > .98)
SATURATED = "saturated/"
SATURATION_MARGIN = 0.02

# once per run, at step 0 (before training): a simple model fit on the training split (a
# logistic or ridge regression, or nearest neighbours where they do better)
BASELINE = "baseline/"  # + val_<metric>: its validation score (val_accuracy or val_r2)
BASELINE_MODEL = "baseline.model"  # param: logistic_regression, ridge or knn (the better)
BASELINE_SKIPPED = "baseline.skipped"  # tag: why no baseline was fit
EPOCH_TIME = "epoch_time"
# tag "true": a study's pruner stopped this (FINISHED) run by design; no "train longer" advice
PRUNED = "dnnlab.pruned"

CLASSIFICATION_METRICS = ("accuracy", "error_rate", "precision", "recall", "specificity", "f1",
                          "fpr", "roc_auc")
REGRESSION_METRICS = ("mse", "mae", "r2")
SPLITS = ("train", "val", "test")

MINIMIZED = ("loss", "epoch_loss", "error_rate", "fpr", "mse", "mae", "epoch_time",
             "n_parameters")
MAXIMIZED = ("accuracy", "precision", "recall", "specificity", "f1", "roc_auc", "r2")

STEP_PREFIXES = (UPDATE_RATIO, GRAD_NORM, "lr/")
STEP_KEYS = (TRAIN_LOSS, LR)


def direction(key: str) -> Literal["min", "max"] | None:
    """``min`` or ``max`` for a metric whose last name part says so; None when unknown."""
    last = key.rsplit("/", 1)[-1]
    if last in MINIMIZED:
        return "min"
    if last in MAXIMIZED:
        return "max"
    return None


def cadence(key: str) -> Literal["step", "epoch"]:
    """Whether dnnlab logs ``key`` per optimisation step or per epoch."""
    return "step" if key in STEP_KEYS or key.startswith(STEP_PREFIXES) else "epoch"


def split_metrics(split: str, task: str) -> list[str]:
    """The task metrics logged for a split: ``val/accuracy``, ... or ``val/mse``, ..."""
    names = CLASSIFICATION_METRICS if task == "classification" else REGRESSION_METRICS
    return [f"{split}/{m}" for m in names]
