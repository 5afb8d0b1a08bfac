"""Script cases: runs trained with their own loop and logged the way another tool names them.

Each builder returns a :data:`~benchmarks.diagnosis_bank._machinery.Script`, a function
``(tracking_uri, seed) -> run_id`` that trains a small model (a second or two on a CPU) and logs
a finished MLflow run in one tool's metric names, steps and cadence:

* :func:`lightning_run`: the real ``lightning`` package with its ``MLFlowLogger``;
  ``self.log(..., on_step=True, on_epoch=True)`` gives ``train_loss_step`` and
  ``train_loss_epoch``, values logged at the global step, plus Lightning's ``epoch`` metric.
* :func:`hf_trainer_run`: the Hugging Face Trainer's MLflow callback: every ``logging_steps``
  the mean ``loss`` since the last log, ``learning_rate`` (linear decay), ``grad_norm`` and the
  fractional ``epoch``; ``eval_loss``/``eval_accuracy`` per evaluation at the global step; one
  final ``train_loss`` (the mean over the run) at the last step.
* :func:`keras_run`: Keras' per-epoch ``loss``, ``accuracy``, ``val_loss``, ``val_accuracy``
  at steps 0, 1, 2, ... (``mlflow.keras.autolog``).
* :func:`tensorboard_run`: ``SummaryWriter.add_scalar`` tags imported as they are:
  ``Loss/train`` per step, ``Loss/val``, ``Accuracy/val``, ``Accuracy/train`` per epoch.
* :func:`plain_run`: a hand-written loop's ``train_loss`` per step, ``val_loss``, ``val_acc``
  per epoch (epochs from 1), and optionally ``test_loss``/``test_accuracy`` beside them, or a
  corrupt record that makes the loss Inf at a known step.

Metrics are sent with ``MlflowClient.log_batch`` (one call per step, or per 1000 points), which
is how the tools' loggers batch them too and keeps a case's logging well under a second.
"""

from __future__ import annotations

import logging
import math
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
import torch
from torch import nn

from benchmarks.diagnosis_bank._machinery import BANK_EXPERIMENT, Script

# ----------------------------------------------------------------------------- data


@dataclass
class Data:
    """Standardised splits (train statistics), ``k`` classes (0: regression)."""

    xtr: torch.Tensor
    ytr: torch.Tensor
    xva: torch.Tensor
    yva: torch.Tensor
    xte: torch.Tensor
    yte: torch.Tensor
    k: int

    @property
    def regression(self) -> bool:
        return self.k == 0


def _spirals(n: int, k: int, noise: float, rng: np.random.Generator) -> tuple[Any, Any]:
    xs, ys = [], []
    for j in range(k):
        r = np.linspace(0.05, 1.0, n // k)
        theta = 2 * np.pi * j / k + 3 * np.pi * r + rng.normal(0.0, 2.5 * noise, n // k)
        xs.append(np.stack([r * np.cos(theta), r * np.sin(theta)], axis=1))
        ys.append(np.full(n // k, j))
    return np.concatenate(xs), np.concatenate(ys)


def load(name: str, seed: int, *, n: int = 600, noise: float = 0.2, k: int = 3,
         subset: int | None = None, image: bool = False, by_label: bool = False) -> Data:
    """``digits`` (64 pixels, or 1x8x8 with ``image``), ``breast_cancer``, ``wine``, ``iris``,
    ``moons``, ``circles``, ``blobs``, ``spirals`` or ``sine``, split 60/20/20 with ``seed``;
    ``subset`` keeps N training samples, ``by_label`` sorts the training split by label (a data
    set stored class after class)."""
    from sklearn import datasets as skd
    from sklearn.model_selection import train_test_split

    rng = np.random.default_rng(seed)
    if name == "digits":
        d = skd.load_digits()
        x, y, classes = d.data / 16.0, d.target, 10
    elif name == "breast_cancer":
        d = skd.load_breast_cancer()
        x, y, classes = d.data, d.target, 2
    elif name == "moons":
        x, y = skd.make_moons(n_samples=n, noise=noise, random_state=seed)
        classes = 2
    elif name == "blobs":
        x, y = skd.make_blobs(n_samples=n, centers=k, cluster_std=10 * noise, random_state=seed)
        classes = k
    elif name == "spirals":
        x, y = _spirals(n, k, noise, rng)
        classes = k
    elif name in ("wine", "iris"):
        d = skd.load_wine() if name == "wine" else skd.load_iris()
        x, y, classes = d.data, d.target, 3
    elif name == "circles":
        x, y = skd.make_circles(n_samples=n, noise=noise, factor=0.5, random_state=seed)
        classes = 2
    elif name == "sine":
        x = rng.uniform(-3.0, 3.0, size=(n, 1))
        y, classes = np.sin(x[:, 0]) + noise * rng.normal(size=n), 0
    else:
        raise ValueError(f"unknown data set {name!r}")
    strat = y if classes else None
    xtr, xrest, ytr, yrest = train_test_split(x, y, test_size=0.4, random_state=seed,
                                              stratify=strat)
    xva, xte, yva, yte = train_test_split(xrest, yrest, test_size=0.5, random_state=seed,
                                          stratify=yrest if classes else None)
    if subset is not None:
        xtr, ytr = xtr[:subset], ytr[:subset]
    if by_label:
        order = np.argsort(ytr, kind="stable")
        xtr, ytr = xtr[order], ytr[order]
    if not image:  # pixels stay in [0, 1] for a CNN
        mu, sd = xtr.mean(0), xtr.std(0)
        sd = np.where(sd > 1e-6, sd, 1.0)  # a feature constant in training stays as it is
        xtr, xva, xte = (xtr - mu) / sd, (xva - mu) / sd, (xte - mu) / sd

    def xs(a: Any) -> torch.Tensor:
        t = torch.as_tensor(np.asarray(a, dtype=np.float32))
        return t.reshape(-1, 1, 8, 8) if image else t

    def ys(a: Any) -> torch.Tensor:
        return torch.as_tensor(np.asarray(a), dtype=torch.int64 if classes else torch.float32)

    return Data(xs(xtr), ys(ytr), xs(xva), ys(yva), xs(xte), ys(yte), classes)


# ----------------------------------------------------------------------------- models

ACTIVATIONS: dict[str, Callable[[], nn.Module]] = {"relu": nn.ReLU, "tanh": nn.Tanh,
                                                   "sigmoid": nn.Sigmoid}


def mlp(n_in: int, hidden: list[int], n_out: int, activation: str = "relu") -> nn.Sequential:
    layers: list[nn.Module] = []
    for h in hidden:
        layers += [nn.Linear(n_in, h), ACTIVATIONS[activation]()]
        n_in = h
    return nn.Sequential(*layers, nn.Linear(n_in, n_out))


def cnn(n_out: int, channels: tuple[int, int] = (8, 16)) -> nn.Sequential:
    """Two conv-ReLU-maxpool blocks on 1x8x8 digits, then a dense head."""
    a, b = channels
    return nn.Sequential(nn.Conv2d(1, a, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Conv2d(a, b, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2),
                         nn.Flatten(), nn.Linear(b * 4, 32), nn.ReLU(), nn.Linear(32, n_out))


def model_for(data: Data, hidden: list[int], activation: str = "relu",
              conv: bool = False) -> nn.Module:
    n_out = max(data.k, 1)
    return cnn(n_out) if conv else mlp(data.xtr.shape[1], hidden, n_out, activation)


OPTIMISERS: dict[str, Callable[..., torch.optim.Optimizer]] = {
    "sgd": torch.optim.SGD, "adam": torch.optim.Adam, "adamw": torch.optim.AdamW,
    "rmsprop": torch.optim.RMSprop, "adagrad": torch.optim.Adagrad,
    "adadelta": torch.optim.Adadelta, "nadam": torch.optim.NAdam, "adamax": torch.optim.Adamax,
    "radam": torch.optim.RAdam,
}


def optimiser(name: str, params: Any, lr: float, **kw: Any) -> torch.optim.Optimizer:
    return OPTIMISERS[name](params, lr=lr, **kw)


def loss_fn(data: Data) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    if data.regression:
        return lambda out, y: nn.functional.mse_loss(out.squeeze(-1), y)
    return nn.functional.cross_entropy


@torch.no_grad()
def evaluate(model: nn.Module, data: Data, x: torch.Tensor, y: torch.Tensor) -> tuple[float, float]:
    """(loss, accuracy; R² for regression) in eval mode."""
    model.eval()
    out = model(x)
    loss = float(loss_fn(data)(out, y))
    model.train()
    if data.regression:
        pred = out.squeeze(-1)
        score = 1.0 - float(((pred - y) ** 2).sum() / ((y - y.mean()) ** 2).sum())
    else:
        score = float((out.argmax(1) == y).float().mean())
    return loss, score


def batches(n: int, batch_size: int, gen: torch.Generator | None) -> list[torch.Tensor]:
    """Index batches of one epoch: shuffled with ``gen``, in stored order without it."""
    idx = torch.randperm(n, generator=gen) if gen is not None else torch.arange(n)
    return list(idx.split(batch_size))


# ----------------------------------------------------------------------------- logging


class Logger:
    """A run in the bank's experiment, metrics collected and sent with ``log_batch``."""

    def __init__(self, tracking_uri: str, tool: str, params: dict[str, Any]) -> None:
        from mlflow import MlflowClient
        from mlflow.entities import Param

        self.client = MlflowClient(tracking_uri)
        exp = self.client.get_experiment_by_name(BANK_EXPERIMENT)
        exp_id = exp.experiment_id if exp else self.client.create_experiment(BANK_EXPERIMENT)
        self.run_id = self.client.create_run(exp_id, tags={"tool": tool}).info.run_id
        self.client.log_batch(self.run_id, params=[Param(k, str(v)) for k, v in params.items()])
        self.points: list[Any] = []

    def log(self, step: int, **values: float) -> None:
        from mlflow.entities import Metric

        now = int(time.time() * 1000)
        self.points += [Metric(k, float(v), now, step) for k, v in values.items()]

    def finish(self, status: str = "FINISHED") -> str:
        for i in range(0, len(self.points), 1000):
            self.client.log_batch(self.run_id, metrics=self.points[i:i + 1000])
        self.points = []
        self.client.set_terminated(self.run_id, status)
        return self.run_id


def _grad_norm(model: nn.Module) -> float:
    norms = [p.grad.norm() for p in model.parameters() if p.grad is not None]
    return float(torch.linalg.vector_norm(torch.stack(norms))) if norms else 0.0


def _seed(seed: int) -> torch.Generator:
    torch.manual_seed(seed)
    return torch.Generator().manual_seed(seed)


# ----------------------------------------------------------------------------- the tools


@dataclass(frozen=True)
class Setup:
    """What a script trains: data set (``load``'s keyword arguments in ``data_args``), model,
    optimiser, epochs and batch size."""

    data: str
    hidden: tuple[int, ...] = (32,)
    activation: str = "relu"
    conv: bool = False
    optim: str = "adam"
    lr: float = 1e-3
    optim_args: tuple[tuple[str, Any], ...] = ()
    epochs: int = 10
    batch_size: int = 32
    shuffle: bool = True
    data_args: tuple[tuple[str, Any], ...] = ()

    def build(self, seed: int) -> tuple[Data, nn.Module, torch.optim.Optimizer,
                                         torch.Generator | None]:
        gen = _seed(seed)
        data = load(self.data, seed, image=self.conv, **dict(self.data_args))
        model = model_for(data, list(self.hidden), self.activation, self.conv)
        opt = optimiser(self.optim, model.parameters(), self.lr, **dict(self.optim_args))
        return data, model, opt, gen if self.shuffle else None

    def params(self) -> dict[str, Any]:
        return {"data": self.data, "hidden": list(self.hidden), "activation": self.activation,
                "conv": self.conv, "optimizer": self.optim, "lr": self.lr,
                "epochs": self.epochs, "batch_size": self.batch_size, **dict(self.optim_args),
                **dict(self.data_args)}


def hf_trainer_run(setup: Setup, logging_steps: int = 5) -> Script:
    """Hugging Face Trainer names and cadence (linear learning-rate decay to 0, no warm-up)."""

    def run(tracking_uri: str, seed: int) -> str:
        data, model, opt, gen = setup.build(seed)
        log = Logger(tracking_uri, "transformers", {
            "learning_rate": setup.lr, "num_train_epochs": setup.epochs,
            "per_device_train_batch_size": setup.batch_size, "seed": seed,
            "lr_scheduler_type": "linear", "logging_steps": logging_steps,
            "optim": setup.optim})
        spe = math.ceil(len(data.ytr) / setup.batch_size)
        total = spe * setup.epochs
        sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: max(0.0, 1 - s / total))
        f, step, since, run_sum = loss_fn(data), 0, [], 0.0
        for _ in range(setup.epochs):
            for idx in batches(len(data.ytr), setup.batch_size, gen):
                loss = f(model(data.xtr[idx]), data.ytr[idx])
                opt.zero_grad()
                loss.backward()
                gnorm = _grad_norm(model)
                opt.step()
                lr = sched.get_last_lr()[0]
                sched.step()
                step += 1
                value = loss.item()
                since.append(value)
                run_sum += value
                if step % logging_steps == 0:
                    log.log(step, loss=float(np.mean(since)), grad_norm=gnorm, learning_rate=lr,
                            epoch=round(step / spe, 4))
                    since = []
            vl, va = evaluate(model, data, data.xva, data.yva)
            key = "eval_r2" if data.regression else "eval_accuracy"
            log.log(step, eval_loss=vl, **{key: va}, eval_runtime=0.01,
                    eval_samples_per_second=len(data.yva) / 0.01, epoch=round(step / spe, 4))
        log.log(step, train_loss=run_sum / step, train_runtime=1.0, total_flos=0.0,
                epoch=float(setup.epochs))
        return log.finish()

    return run


def keras_run(setup: Setup) -> Script:
    """Keras ``model.fit`` history as ``mlflow.keras.autolog`` logs it: per epoch, steps from 0,
    ``loss``/``accuracy`` averaged over the epoch's batches as they were trained."""

    def run(tracking_uri: str, seed: int) -> str:
        data, model, opt, gen = setup.build(seed)
        log = Logger(tracking_uri, "keras", {"epochs": setup.epochs,
                                            "batch_size": setup.batch_size,
                                            "opt_name": setup.optim.upper(),
                                            "opt_learning_rate": setup.lr})
        f = loss_fn(data)
        for epoch in range(setup.epochs):
            losses, hits = [], 0
            for idx in batches(len(data.ytr), setup.batch_size, gen):
                out = model(data.xtr[idx])
                loss = f(out, data.ytr[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
                losses.append(loss.item() * len(idx))
                hits += int((out.argmax(1) == data.ytr[idx]).sum())
            vl, va = evaluate(model, data, data.xva, data.yva)
            log.log(epoch, loss=sum(losses) / len(data.ytr), accuracy=hits / len(data.ytr),
                    val_loss=vl, val_accuracy=va)
        return log.finish()

    return run


def tensorboard_run(setup: Setup) -> Script:
    """``SummaryWriter.add_scalar`` tags, imported into MLflow with their steps: ``Loss/train``
    every step, the rest every epoch at the global step."""

    def run(tracking_uri: str, seed: int) -> str:
        data, model, opt, gen = setup.build(seed)
        log = Logger(tracking_uri, "tensorboard", setup.params())
        f, step = loss_fn(data), 0
        for _ in range(setup.epochs):
            for idx in batches(len(data.ytr), setup.batch_size, gen):
                loss = f(model(data.xtr[idx]), data.ytr[idx])
                opt.zero_grad()
                loss.backward()
                opt.step()
                step += 1
                log.log(step, **{"Loss/train": loss.item()})
            vl, va = evaluate(model, data, data.xva, data.yva)
            _, ta = evaluate(model, data, data.xtr, data.ytr)
            log.log(step, **{"Loss/val": vl, "Accuracy/val": va, "Accuracy/train": ta})
        return log.finish()

    return run


def plain_run(setup: Setup, *, test_each_epoch: bool = False,
              corrupt_step: int | None = None) -> Script:
    """A hand-written loop: ``train_loss`` per step, ``val_loss``/``val_acc`` per epoch (steps
    are epochs, from 1).

    ``test_each_epoch``: also ``test_loss``/``test_accuracy`` every epoch (people do look at the
    test set during training; it must never be taken for the validation set).
    ``corrupt_step``: the batch of that step holds a corrupt record (a feature of 1e30, a sensor
    glitch), so the loss is Inf there; the loop stops at the first non-finite loss, as Keras'
    ``TerminateOnNaN`` does, and the run ends FAILED.
    """

    def run(tracking_uri: str, seed: int) -> str:
        data, model, opt, gen = setup.build(seed)
        log = Logger(tracking_uri, "pytorch", setup.params())
        f, step = loss_fn(data), 0
        for epoch in range(1, setup.epochs + 1):
            for idx in batches(len(data.ytr), setup.batch_size, gen):
                x = data.xtr[idx]
                if step + 1 == corrupt_step:
                    x = x.clone()
                    x[0, 0] = 1e30
                loss = f(model(x), data.ytr[idx])
                step += 1
                value = loss.item()
                log.log(step, train_loss=value)
                if not math.isfinite(value):
                    return log.finish("FAILED")
                opt.zero_grad()
                loss.backward()
                opt.step()
            vl, va = evaluate(model, data, data.xva, data.yva)
            score = "val_r2" if data.regression else "val_acc"
            log.log(epoch, val_loss=vl, **{score: va})
            if test_each_epoch:
                tl, ta = evaluate(model, data, data.xte, data.yte)
                log.log(epoch, test_loss=tl, test_accuracy=ta)
        return log.finish()

    return run


def lightning_run(setup: Setup, *, suffixed_val: bool = False) -> Script:
    """The real Lightning ``Trainer`` with ``MLFlowLogger`` (``log_every_n_steps=1``).

    Training: ``self.log("train_loss", on_step=True, on_epoch=True)`` (logged as
    ``train_loss_step`` and ``train_loss_epoch``) and ``train_acc`` per epoch. Validation:
    ``val_loss`` and ``val_acc`` per epoch, or with ``suffixed_val`` also on step, which gives
    ``val_loss_step`` and ``val_loss_epoch`` (and ``val_acc_step``/``val_acc_epoch``).
    """

    def run(tracking_uri: str, seed: int) -> str:
        import lightning.pytorch as pl
        from lightning.pytorch.loggers import MLFlowLogger
        from torch.utils.data import DataLoader, TensorDataset

        for name in ("lightning", "lightning.pytorch", "lightning.fabric"):
            logging.getLogger(name).setLevel(logging.ERROR)
        data, model, opt, gen = setup.build(seed)
        f = loss_fn(data)

        class Module(pl.LightningModule):
            def __init__(self) -> None:
                super().__init__()
                self.net = model

            def training_step(self, batch: Any, _: int) -> torch.Tensor:
                x, y = batch
                out = self.net(x)
                loss = f(out, y)
                self.log("train_loss", loss, on_step=True, on_epoch=True)
                self.log("train_acc", (out.argmax(1) == y).float().mean(), on_epoch=True,
                         on_step=False)
                return loss

            def validation_step(self, batch: Any, _: int) -> None:
                x, y = batch
                out = self.net(x)
                both = {"on_step": True, "on_epoch": True} if suffixed_val else {}
                self.log("val_loss", f(out, y), **both)
                self.log("val_acc", (out.argmax(1) == y).float().mean(), **both)

            def configure_optimizers(self) -> torch.optim.Optimizer:
                return opt

        train = DataLoader(TensorDataset(data.xtr, data.ytr), batch_size=setup.batch_size,
                           shuffle=setup.shuffle, generator=gen)
        val = DataLoader(TensorDataset(data.xva, data.yva), batch_size=512)
        logger = MLFlowLogger(experiment_name=BANK_EXPERIMENT, tracking_uri=tracking_uri)
        trainer = pl.Trainer(max_epochs=setup.epochs, logger=logger, accelerator="cpu",
                             devices=1, log_every_n_steps=1, enable_checkpointing=False,
                             enable_progress_bar=False, enable_model_summary=False,
                             num_sanity_val_steps=0)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            trainer.fit(Module(), train, val)
        logger.experiment.set_tag(logger.run_id, "tool", "lightning")
        return str(logger.run_id)

    return run
