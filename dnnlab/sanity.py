"""The lectures' sanity test: a model must be able to overfit ~20 samples with regularisation off.

If it cannot reach (near) zero loss and 100% training accuracy, something is broken (the update,
the loss, the data pipeline) or the model is far too small.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from dnnlab.config import ExperimentConfig
from dnnlab.train import Callback

# "near zero": the loss must fall below this fraction of its first-epoch value, and (for
# classification) every training sample must be classified correctly.
LOSS_FRACTION = 0.01
MAX_EPOCHS = 400


@dataclass
class SanityResult:
    passed: bool
    run_id: str
    n_samples: int
    epochs: int
    first_loss: float | None
    final_loss: float | None
    train_accuracy: float | None
    message: str

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def sanity_config(cfg: ExperimentConfig, n_samples: int = 20,
                  max_epochs: int = MAX_EPOCHS) -> ExperimentConfig:
    """``cfg`` on ``n_samples`` training samples with every regulariser off."""
    s = cfg.model_copy(deep=True)
    s.variants = {}
    s.data.subset = n_samples
    s.data.kfold = None
    s.data.augment = None
    s.model.dropout = 0.0
    s.optim.weight_decay = 0.0
    s.optim.l1 = 0.0
    s.optim.schedule = "constant"
    s.train.early_stopping = None
    s.train.checkpoint = False
    s.train.epochs = max_epochs
    s.train.batch_size = min(s.train.batch_size, max(n_samples // 4, 1))
    s.train.log_every_n_steps = max(s.train.log_every_n_steps, 1)
    s.tracking.log_model = False
    s.tracking.run_name = f"sanity-{cfg.tracking.run_name or cfg.name}"
    s.tracking.tags = {**s.tracking.tags, "sanity": "true"}
    return s


class StopWhenMemorised(Callback):
    """End the sanity run as soon as it has passed (no need to train all MAX_EPOCHS)."""

    def __init__(self) -> None:
        self.first: float | None = None
        self.task = "classification"

    def on_epoch_end(self, trainer, epoch: int, metrics: dict[str, float]) -> None:  # noqa: ANN001
        self.task = trainer.data.task
        if self.first is None:
            self.first = metrics["train/epoch_loss"]
        if passed(self.task, self.first, metrics):
            trainer.stop("FINISHED", f"sanity test passed at epoch {epoch}")


def passed(task: str, first_loss: float, metrics: dict[str, float]) -> bool:
    """Loss near zero (relative to where it started) and, for classification, every training
    sample right (train/accuracy is measured in eval mode on the whole tiny training split)."""
    loss = metrics.get("train/epoch_loss", float("inf"))
    small = loss <= LOSS_FRACTION * first_loss or loss < 1e-3
    if task == "classification":
        return small and metrics.get("train/accuracy", 0.0) >= 1.0
    return small


def judge(run_id: str, n_samples: int, stopper: StopWhenMemorised, metrics: dict[str, float],
          epochs: int) -> SanityResult:
    first = stopper.first
    ok = first is not None and passed(stopper.task, first, metrics)
    final = metrics.get("train/epoch_loss")
    acc = metrics.get("train/accuracy")
    if ok:
        msg = f"passed: the model memorised {n_samples} samples in {epochs} epochs"
    else:
        msg = (f"failed: after {epochs} epochs on {n_samples} samples with regularisation off "
               f"the training loss is {final:.4g} (from {first:.4g})"
               + (f" and training accuracy {acc:.1%}" if acc is not None else "")
               + "; the update, the loss or the data pipeline is broken, or the model is too "
               "small") if first is not None and final is not None else (
            "failed: the sanity run ended before its first epoch")
    return SanityResult(ok, run_id, n_samples, epochs, first, final, acc, msg)


def record_failure(tracking_uri: str, result: SanityResult) -> None:
    """Record the failed test on the sanity run (tag ``sanity.failed``) and re-log its diagnosis,
    which then leads with a ``sanity_failed`` finding: the same diagnosis, through the same
    :func:`dnnlab.runs.diagnose_run`, that ``dnnlab diagnose`` and the dashboard give the run."""
    import json

    from mlflow import MlflowClient

    from dnnlab.runs import SANITY_TAG, diagnose_run, log_diagnosis

    client = MlflowClient(tracking_uri)
    evidence = {"metrics": ["train/epoch_loss", "train/accuracy"], "n_samples": result.n_samples,
                "epochs": result.epochs, "first_loss": result.first_loss,
                "final_loss": result.final_loss, "train_accuracy": result.train_accuracy}
    client.set_tag(result.run_id, SANITY_TAG, json.dumps(evidence))
    log_diagnosis(client, result.run_id, diagnose_run(client, result.run_id))
