"""The Lightning callback against the real ``lightning`` package and a real MLflow store: a
``Trainer.fit`` run logs what a hand-written loop logs through ``dnnlab.track``."""

from __future__ import annotations

import json
import logging
import math
import os
import signal
import subprocess
import sys

import pytest
import torch
from mlflow import MlflowClient
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

pytest.importorskip("lightning")
import lightning.pytorch as pl  # noqa: E402
from lightning.pytorch.loggers import MLFlowLogger  # noqa: E402

from dnnlab.integrations.lightning import DnnlabCallback, dnnlab_name  # noqa: E402
from dnnlab.tracking import weight_layers  # noqa: E402
from tests.conftest import ROOT, all_runs  # noqa: E402

EPOCHS = 3
BATCH = 64
N_TRAIN, N_VAL = 512, 256  # 8 optimiser steps per epoch


class DigitsModule(pl.LightningModule):
    """A tiny CNN on sklearn's 8x8 digits; ``nan_at`` / ``fail_at`` break it at that step."""

    def __init__(self, lr: float = 0.01, nan_at: int | None = None,
                 fail_at: int | None = None) -> None:
        super().__init__()
        self.save_hyperparameters()
        self.features = nn.Sequential(nn.Conv2d(1, 8, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2))
        self.head = nn.Sequential(nn.Flatten(), nn.Linear(8 * 4 * 4, 32), nn.ReLU(),
                                  nn.Linear(32, 10))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x))

    def training_step(self, batch, batch_idx):
        x, y = batch
        loss = nn.functional.cross_entropy(self(x), y)
        step = self.trainer.global_step + 1  # the optimiser step this batch belongs to
        if self.hparams.fail_at is not None and step == self.hparams.fail_at:
            raise RuntimeError(f"boom at step {step}")
        if self.hparams.nan_at is not None and step >= self.hparams.nan_at:
            loss = loss * float("nan")
        self.log("train_loss", loss, on_step=True, on_epoch=True)
        return loss

    def validation_step(self, batch, batch_idx):
        x, y = batch
        logits = self(x)
        self.log("val_loss", nn.functional.cross_entropy(logits, y))
        self.log("val_acc", (logits.argmax(1) == y).float().mean())
        return {"y_true": y, "y_score": logits}

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


@pytest.fixture(autouse=True)
def seeded() -> None:
    torch.manual_seed(0)


@pytest.fixture(scope="module")
def loaders() -> tuple[DataLoader, DataLoader]:
    from sklearn.datasets import load_digits

    x, y = load_digits(return_X_y=True)
    x = torch.tensor(x / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
    y = torch.tensor(y, dtype=torch.long)
    train = TensorDataset(x[:N_TRAIN], y[:N_TRAIN])
    val = TensorDataset(x[N_TRAIN:N_TRAIN + N_VAL], y[N_TRAIN:N_TRAIN + N_VAL])
    return DataLoader(train, batch_size=BATCH, shuffle=True,
                      generator=torch.Generator().manual_seed(0)), \
        DataLoader(val, batch_size=BATCH)


def trainer(callback: DnnlabCallback, logger=False, **kwargs) -> pl.Trainer:
    kwargs.setdefault("max_epochs", EPOCHS)
    return pl.Trainer(accelerator="cpu", enable_progress_bar=False,
                      enable_model_summary=False, enable_checkpointing=False, logger=logger,
                      callbacks=[callback], **kwargs)


def fit(tracking_uri: str, loaders, module=None, logger=False, log_model=False, **kwargs):
    cb = DnnlabCallback(experiment="lit", tracking_uri=tracking_uri, log_model=log_model)
    tr = trainer(cb, logger, **kwargs)
    tr.fit(module or DigitsModule(), *loaders)
    return cb, tr


def history(client: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in client.get_metric_history(run_id, key))


def steps(client: MlflowClient, run_id: str, key: str) -> list[int]:
    return [s for s, _ in history(client, run_id, key)]


def artifacts(client: MlflowClient, run_id: str, path: str = "") -> set[str]:
    out: set[str] = set()
    for f in client.list_artifacts(run_id, path):
        out |= artifacts(client, run_id, f.path) if f.is_dir else {f.path}
    return out


def check_instrumented(client: MlflowClient, run_id: str, module: pl.LightningModule,
                       n_steps: int) -> dict[str, float]:
    metrics = client.get_run(run_id).data.metrics
    layers = sorted(weight_layers(module))
    assert sorted(k[len("update_ratio/"):] for k in metrics if k.startswith("update_ratio/")) \
        == layers
    assert sorted(k[len("grad_norm/"):] for k in metrics if k.startswith("grad_norm/")) == layers
    assert steps(client, run_id, "train/loss") == list(range(1, n_steps + 1))
    assert len(history(client, run_id, "lr")) == n_steps
    for layer in layers:
        ratios = history(client, run_id, f"update_ratio/{layer}")
        assert len(ratios) == n_steps and all(0 < v < 10 for _, v in ratios), layer
    for key in ("train/epoch_loss", "val/loss", "val/accuracy", "epoch_time"):
        assert steps(client, run_id, key) == list(range(1, EPOCHS + 1)), key
    assert {"dead_relu/features.1", "dead_relu/head.2"} <= set(metrics)
    return metrics


def test_fit_logs_what_the_api_logs(tracking_uri, client, loaders):
    module = DigitsModule()
    cb, tr = fit(tracking_uri, loaders, module, log_model=True)
    run = client.get_run(cb.run.run_id)
    assert run.info.status == "FINISHED"
    assert run.data.tags["logged_by"] == "lightning"
    assert run.data.params["lr"] == "0.01"  # the module's hparams
    assert json.loads(run.data.params["model.layers"]) == list(weight_layers(module))
    assert run.data.params["steps_per_epoch"] == str(N_TRAIN // BATCH)
    metrics = check_instrumented(client, run.info.run_id, module, tr.global_step)
    assert tr.global_step == EPOCHS * N_TRAIN // BATCH
    # the module's own epoch values, under dnnlab's names
    lit = {k: float(v) for k, v in tr.callback_metrics.items()}
    assert metrics["val/loss"] == pytest.approx(lit["val_loss"], rel=1e-6)
    assert metrics["val/accuracy"] == pytest.approx(lit["val_acc"], rel=1e-6)
    assert metrics["train/epoch_loss"] == pytest.approx(lit["train_loss_epoch"], rel=1e-6)
    assert metrics["val/accuracy"] > 0.5  # digits: well above chance after 3 epochs
    # from the validation_step's y_true / y_score: the rest of the lecture's metrics
    assert 0 <= metrics["val/f1"] <= 1 and 0 <= metrics["val/roc_auc"] <= 1
    assert "train_loss" not in metrics and "val_loss" not in metrics  # no logger, no raw keys
    files = artifacts(client, run.info.run_id)
    assert {"diagnosis.json", "checkpoints/best.pt", "confusion_matrix.json",
            "roc_curve.csv"} <= files
    models = client.search_logged_models(experiment_ids=[run.info.experiment_id])
    assert [m.source_run_id for m in models] == [run.info.run_id]

    env = {**os.environ, "MLFLOW_TRACKING_URI": tracking_uri, "PYTHONPATH": str(ROOT)}
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "diagnose", run.info.run_id,
                           "--json"], capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == 0, proc.stderr
    inputs = json.loads(proc.stdout)["inputs"]
    assert inputs["train_loss_step"] == "train/loss"
    assert inputs["val_loss"] == "val/loss"
    assert inputs["update_ratio"].startswith("update_ratio/*")


def test_mlflow_logger_run_is_shared(tracking_uri, client, loaders):
    logger = MLFlowLogger(experiment_name="lit-logger", tracking_uri=tracking_uri)
    module = DigitsModule()
    cb, tr = fit(tracking_uri, loaders, module, logger=logger, log_every_n_steps=1)
    runs = all_runs(client)
    assert len(runs) == 1  # dnnlab logged into the logger's run
    run = client.get_run(logger.run_id)
    assert cb.run.run_id == run.info.run_id and run.info.status == "FINISHED"
    assert run.data.tags["logged_by"] == "lightning"
    metrics = check_instrumented(client, run.info.run_id, module, tr.global_step)
    assert {"train_loss_step", "train_loss_epoch", "val_loss", "val_acc", "epoch"} <= set(metrics)
    assert run.data.params["lr"] == "0.01"  # logged by Lightning, left alone by dnnlab
    assert "diagnosis.json" in artifacts(client, run.info.run_id)


class SlashNames(DigitsModule):
    def validation_step(self, batch, batch_idx):
        x, y = batch
        self.log("val/loss", nn.functional.cross_entropy(self(x), y))


def test_a_key_named_like_dnnlabs_is_flagged_with_mlflow_logger(tracking_uri, client, loaders):
    records: list[logging.LogRecord] = []
    handler = logging.Handler()
    handler.emit = records.append
    log = logging.getLogger("dnnlab")
    level = log.level
    log.addHandler(handler)
    log.setLevel(logging.WARNING)  # whatever an earlier import made of the root's level
    try:
        logger = MLFlowLogger(experiment_name="lit-logger", tracking_uri=tracking_uri)
        fit(tracking_uri, loaders, SlashNames(), logger=logger, max_epochs=2)
    finally:
        log.removeHandler(handler)
        log.setLevel(level)
    warned = [r.getMessage() for r in records if "'val/loss'" in r.getMessage()]
    assert len(warned) == 1 and "'val_loss'" in warned[0]  # once, with the fix


def test_nan_loss_stops_the_fit_failed(tracking_uri, client, loaders):
    cb, tr = fit(tracking_uri, loaders, DigitsModule(nan_at=5))
    run = client.get_run(cb.run.run_id)
    assert run.info.status == "FAILED"
    assert run.data.tags["failed_step"] == "5"
    assert run.data.tags["stop_reason"].startswith("nan_loss at step 5")
    assert tr.global_step == 5 < EPOCHS * N_TRAIN // BATCH  # stopped at once
    loss = history(client, run.info.run_id, "train/loss")
    assert [s for s, _ in loss] == [1, 2, 3, 4, 5] and math.isnan(loss[-1][1])


def test_nan_loss_with_mlflow_logger_ends_its_run_failed(tracking_uri, client, loaders):
    logger = MLFlowLogger(experiment_name="lit-logger", tracking_uri=tracking_uri)
    fit(tracking_uri, loaders, DigitsModule(nan_at=3), logger=logger)
    run = client.get_run(logger.run_id)
    assert run.info.status == "FAILED" and run.data.tags["failed_step"] == "3"


def test_exception_in_training_step_fails_with_reason(tracking_uri, client, loaders):
    cb = DnnlabCallback(experiment="lit", tracking_uri=tracking_uri, log_model=False)
    with pytest.raises(RuntimeError, match="boom"):
        trainer(cb).fit(DigitsModule(fail_at=4), *loaders)
    run = client.get_run(cb.run.run_id)
    assert run.info.status == "FAILED"
    assert run.data.tags["stop_reason"] == "RuntimeError: boom at step 4"
    assert steps(client, run.info.run_id, "train/loss") == [1, 2, 3]  # flushed


class Interrupted(DigitsModule):
    def training_step(self, batch, batch_idx):
        if self.trainer.global_step == 3:
            raise KeyboardInterrupt
        return super().training_step(batch, batch_idx)


def test_ctrl_c_ends_the_run_killed(tracking_uri, client, loaders):
    cb = DnnlabCallback(experiment="lit", tracking_uri=tracking_uri, log_model=False)
    previous = signal.getsignal(signal.SIGINT)
    try:
        with pytest.raises(SystemExit):  # Lightning turns Ctrl-C into sys.exit(1)
            trainer(cb).fit(Interrupted(), *loaders)
    finally:
        signal.signal(signal.SIGINT, previous)  # Lightning ignores SIGINT from then on
    run = client.get_run(cb.run.run_id)
    assert run.info.status == "KILLED"
    assert steps(client, run.info.run_id, "train/loss") == [1, 2, 3]


def test_gradient_accumulation_logs_once_per_optimizer_step(tracking_uri, client, loaders):
    cb, tr = fit(tracking_uri, loaders, accumulate_grad_batches=2)
    run_id = cb.run.run_id
    n = EPOCHS * N_TRAIN // BATCH // 2
    assert tr.global_step == n
    assert steps(client, run_id, "train/loss") == list(range(1, n + 1))
    assert len(history(client, run_id, "update_ratio/head.1")) == n
    # the mean loss of the two batches, not Lightning's loss divided by 2
    first = history(client, run_id, "train/loss")[0][1]
    assert 1.5 < first < 3.5  # cross-entropy of 10 classes starts near ln 10 = 2.3


def test_gradient_norms_are_measured_before_clipping(tracking_uri, client, loaders):
    clip = 1e-4
    cb, tr = fit(tracking_uri, loaders, gradient_clip_val=clip, max_epochs=1)
    for layer in weight_layers(DigitsModule()):
        norms = history(client, cb.run.run_id, f"grad_norm/{layer}")
        assert len(norms) == tr.global_step
        assert all(v > 100 * clip for _, v in norms), layer  # this step's, unclipped


@pytest.mark.parametrize(("key", "name"), [
    ("val_loss", "val/loss"), ("val/loss", "val/loss"), ("val_loss_epoch", "val/loss"),
    ("train_loss_epoch", "train/epoch_loss"), ("train_loss", "train/epoch_loss"),
    ("val_acc", "val/accuracy"), ("val_accuracy", "val/accuracy"), ("val/acc", "val/accuracy"),
    ("valid_f1", "val/f1"), ("val_precision", "val/precision"), ("val_recall", "val/recall"),
    ("val_auroc", "val/roc_auc"), ("val_mse", "val/mse"), ("val_mae", "val/mae"),
    ("val_r2", "val/r2"), ("train_acc_epoch", "train/accuracy"),
    ("train_loss_step", None), ("lr-SGD", None), ("epoch", None), ("val_custom", None),
    ("val_loss/dataloader_idx_1", None),
])
def test_dnnlab_name(key, name):
    assert dnnlab_name(key) == name


def test_import_without_lightning_names_the_extra(monkeypatch):
    for mod in [m for m in sys.modules if m == "lightning" or m.startswith("lightning.")]:
        monkeypatch.setitem(sys.modules, mod, None)
    monkeypatch.setitem(sys.modules, "lightning", None)
    monkeypatch.delitem(sys.modules, "dnnlab.integrations.lightning", raising=False)
    with pytest.raises(ImportError) as err:
        import dnnlab.integrations.lightning  # noqa: F401
    message = str(err.value)
    assert 'pip install "dnnlab[lightning]"' in message and "\n" not in message


def test_the_dashboards_run_and_inspect_pages_render_a_lightning_run(tracking_uri, client,
                                                                     loaders, monkeypatch):
    from dashboards import common
    from tests.test_dashboard import by_title, charts, open_page

    module = DigitsModule()
    cb, _ = fit(tracking_uri, loaders, module)
    monkeypatch.setenv("MLFLOW_TRACKING_URI", tracking_uri)
    at = open_page(common.RUN_PAGE, run=cb.run.run_id)
    figs = charts(at)
    by_title(figs, "Training vs validation loss")
    figs = charts(open_page(common.RUN_PAGE, run=cb.run.run_id, tab="Inside the network"))
    heat = by_title(figs, "Update ratio ‖ΔW‖/‖W‖ per layer")
    assert heat["data"][0]["y"] == list(weight_layers(module))
    at = open_page(common.INSPECT_PAGE, run=cb.run.run_id)
    assert charts(at), "the Inspect page drew nothing"
    assert "cannot be inspected" not in " ".join(str(e.value) for e in at.info)
