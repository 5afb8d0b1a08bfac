"""Real MLflow + Optuna stores for the dashboard tests, filled by real (tiny) training runs.

:func:`dashboard_store` (built once per test process, the AppTest modules share it): a CNN, a
binary MLP on tabular data, a regression run, a run without a validation split, a run that
fails at step 3 with a NaN loss, a CNN whose every ReLU is dead, runs logged in Keras',
Lightning's and Hugging Face's metric names, a run without metrics, a loss curve with a spike
and a stored diagnosis, and an Optuna study whose trials are dnnlab runs.

:func:`e2e_store` (the browser test's): the runs of issue 15 as the commands make them: a
healthy digits CNN, the diverged ``--set optim.lr=0.3 --set data.shuffle=false`` run, a dead
network, a 6-trial ``dnnlab study``, Lightning and Hugging Face runs and a run without metrics.
"""

from __future__ import annotations

import atexit
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import torch
from mlflow import MlflowClient
from mlflow.entities import Metric, Param, RunTag

from dnnlab.runner import run_experiment
from dnnlab.tracking import get_or_create_experiment, use_tracking_uri
from dnnlab.train import Callback
from tests.conftest import tiny

STUDY = "tiny-study"
DIGITS_CNN = Path(__file__).resolve().parents[1] / "experiments" / "digits_cnn.yaml"
SPIKE_FINDINGS = [  # the stored diagnosis of the spiky run: ranges the charts must place
    {"code": "divergence", "severity": "critical", "advice": "lower the learning rate",
     "evidence": {"metrics": ["train/loss"], "step_range": [1, 6]}},
    {"code": "unshuffled_data", "severity": "warning", "advice": "shuffle",
     "evidence": {"metrics": ["train/loss"], "step_range": [41, 400]}},
    {"code": "dead_relu", "severity": "warning", "advice": "fewer dead units",
     "evidence": {"metrics": ["dead_relu/act1"], "epoch_range": [3, 10]}},
]


@dataclass
class Store:
    folder: Path
    uri: str
    storage: str
    runs: dict[str, str] = field(default_factory=dict)  # role -> run id
    empty_uri: str = ""


class NanAtStep(Callback):
    """Poisons the weights after step ``step - 1``: the loss of ``step`` is NaN."""

    def __init__(self, step: int) -> None:
        self.step = step

    def on_step_end(self, trainer, step, stats):  # noqa: ANN001
        if step == self.step - 1:
            with torch.no_grad():
                for p in trainer.model.parameters():
                    p.fill_(float("nan"))


class Report(Callback):
    """Reports val/loss to an Optuna trial each epoch (what dnnlab study's probe does)."""

    def __init__(self, trial) -> None:  # noqa: ANN001
        self.trial = trial

    def on_epoch_end(self, trainer, epoch, metrics):  # noqa: ANN001
        self.trial.report(metrics["val/loss"], epoch)


def _foreign_run(client: MlflowClient) -> str:
    """A run as another tool logs it: its own names, no dnnlab tags, no artifacts."""
    exp = client.create_experiment("keras-import")
    run = client.create_run(exp, run_name="keras-fit", tags={"mlflow.source.name": "keras"})
    rid = run.info.run_id
    ts = int(time.time() * 1000)
    metrics = []
    for epoch in range(12):
        metrics += [Metric("loss", 2.0 * 0.8 ** epoch, ts + epoch, epoch),
                    Metric("val_loss", 2.1 * 0.85 ** epoch + 0.01 * epoch, ts + epoch, epoch),
                    Metric("accuracy", 1 - 0.7 * 0.8 ** epoch, ts + epoch, epoch)]
    client.log_batch(rid, metrics=metrics, params=[Param("epochs", "12"),
                                                   Param("optimizer", "adam")],
                     tags=[RunTag("framework", "keras")])
    client.set_terminated(rid)
    return rid


def lightning_run(client: MlflowClient) -> str:
    """Names as Lightning's MLFlowLogger logs them: ``train_loss`` every 10 steps, per-epoch
    ``val_loss``/``val_acc``/``train_acc_epoch`` at the global step of the epoch's end, the
    0-based ``epoch`` beside every value, ``lr-Adam``; 4 epochs of 50 steps."""
    exp = client.create_experiment("lightning-import")
    rid = client.create_run(exp, run_name="lightning-fit",
                            tags={"mlflow.source.name": "lightning"}).info.run_id
    ts = int(time.time() * 1000)
    rng = np.random.default_rng(0)
    metrics = []
    for step in range(10, 201, 10):
        epoch = (step - 1) // 50
        metrics += [Metric("train_loss", 2.0 * np.exp(-step / 80) + 0.2
                           + 0.03 * rng.standard_normal(), ts + step, step),
                    Metric("epoch", float(epoch), ts + step, step),
                    Metric("lr-Adam", 1e-3, ts + step, step)]
    for epoch in range(4):
        step = 50 * (epoch + 1) - 1
        metrics += [Metric("val_loss", 1.6 * 0.7 ** epoch + 0.3, ts + step, step),
                    Metric("val_acc", 0.5 + 0.1 * epoch, ts + step, step),
                    Metric("train_acc_epoch", 0.55 + 0.1 * epoch, ts + step, step),
                    Metric("epoch", float(epoch), ts + step + 1, step)]
    client.log_batch(rid, metrics=metrics, params=[Param("max_epochs", "4")])
    client.set_terminated(rid)
    return rid


def hf_run(client: MlflowClient) -> str:
    """Names as Hugging Face's Trainer logs them: per-step ``loss``, ``learning_rate``,
    ``grad_norm`` and fractional ``epoch`` every 10 steps, ``eval_loss``/``eval_accuracy`` at
    each epoch's end, one end-of-run ``train_loss`` (the run's mean); 3 epochs of 100 steps."""
    exp = client.create_experiment("hf-import")
    rid = client.create_run(exp, run_name="hf-trainer",
                            tags={"mlflow.source.name": "transformers"}).info.run_id
    ts = int(time.time() * 1000)
    rng = np.random.default_rng(1)
    metrics = []
    losses = []
    for step in range(10, 301, 10):
        loss = 1.8 * np.exp(-step / 120) + 0.25 + 0.04 * rng.standard_normal()
        losses.append(loss)
        metrics += [Metric("loss", loss, ts + step, step),
                    Metric("learning_rate", 5e-5 * (1 - step / 300), ts + step, step),
                    Metric("grad_norm", 3.0 + rng.standard_normal(), ts + step, step),
                    Metric("epoch", step / 100, ts + step, step)]
    for epoch in (1, 2, 3):
        step = 100 * epoch
        metrics += [Metric("eval_loss", 1.2 * 0.75 ** epoch + 0.3, ts + step + 1, step),
                    Metric("eval_accuracy", 0.6 + 0.1 * epoch, ts + step + 1, step),
                    Metric("epoch", float(epoch), ts + step + 1, step)]
    metrics += [Metric("train_loss", float(np.mean(losses)), ts + 400, 300),
                Metric("train_runtime", 12.5, ts + 400, 300)]
    client.log_batch(rid, metrics=metrics, params=[Param("num_train_epochs", "3")])
    client.set_terminated(rid)
    return rid


def empty_run(client: MlflowClient) -> str:
    """A finished run that logged no metric at all."""
    exp = client.create_experiment("no-metrics")
    rid = client.create_run(exp, run_name="nothing-logged").info.run_id
    client.set_terminated(rid)
    return rid


def spike_run(client: MlflowClient) -> str:
    """A per-step loss near 2.3 that cycles every 40 steps (data never shuffled) with one
    spike of 1646 at step 2, 10 epochs of 40 steps, and a stored diagnosis with step and epoch
    ranges (:data:`SPIKE_FINDINGS`)."""
    exp = client.create_experiment("spike")
    rid = client.create_run(exp, run_name="spike-1646").info.run_id
    ts = int(time.time() * 1000)
    steps = np.arange(1, 401)
    loss = 2.3 + 0.15 * np.sin(2 * np.pi * steps / 40)
    loss[1] = 1646.0
    metrics = [Metric("train/loss", float(v), ts, int(s)) for s, v in zip(steps, loss,
                                                                           strict=True)]
    metrics += [Metric("val/loss", 2.4 - 0.01 * e, ts, e) for e in range(1, 11)]
    client.log_batch(rid, metrics=metrics, params=[Param("steps_per_epoch", "40")])
    client.log_dict(rid, {"summary": "divergence (critical)", "verdict": "failed",
                          "next_step": "lower the learning rate", "checked": [],
                          "skipped": [], "inputs": {}, "findings": SPIKE_FINDINGS},
                    "diagnosis.json")
    client.set_terminated(rid)
    return rid


def dead_cnn(uri: str, epochs: int = 1, small: bool = True) -> str:
    """A CNN whose every ReLU is dead: all weights and biases start at zero, so no unit is ever
    active and no gradient flows (dead_relu/* = 1.0 in every layer)."""
    model: dict = {"kind": "cnn", "init": "zeros"}
    if small:
        model |= {"conv": [{"channels": 4}, {"channels": 8}], "hidden": [16]}
    cfg = tiny(uri, name="vision", model=model, train={"epochs": epochs},
               tracking={"run_name": "dead-network"})
    return run_experiment(cfg).run_id


def _study(uri: str, storage: str) -> list[str]:
    import optuna

    optuna.logging.set_verbosity(optuna.logging.WARNING)
    client = MlflowClient(uri)
    study = optuna.create_study(study_name=STUDY, storage=storage, direction="minimize")
    study.set_user_attr("dnnlab.objectives", ["val/loss"])
    study.set_user_attr("dnnlab.space", json.dumps({
        "optim.lr": {"type": "float", "low": 1e-3, "high": 0.3, "log": True},
        "model.dropout": {"type": "float", "low": 0.0, "high": 0.5}}))
    base = tiny(uri, name="study", data={"dataset": "moons", "n_samples": 200},
                model={"hidden": [8]})
    exp_id = get_or_create_experiment(client, "study")
    parent = client.create_run(exp_id, run_name=f"{STUDY}-study",
                               tags={"optuna.study_name": STUDY}).info.run_id
    ids = []
    for lr, dropout, prune in [(0.01, 0.1, False), (0.2, 0.4, True), (0.003, 0.2, False)]:
        study.enqueue_trial({"optim.lr": lr, "model.dropout": dropout})
        trial = study.ask()
        cfg = base.model_copy(deep=True)
        cfg.optim.lr = trial.suggest_float("optim.lr", 1e-3, 0.3, log=True)
        cfg.model.dropout = trial.suggest_float("model.dropout", 0.0, 0.5)
        cfg.train.epochs = 1 if prune else 2
        tags = {"optuna.study_name": STUDY, "optuna.trial_number": str(trial.number)}
        res = run_experiment(cfg, parent_run_id=parent, extra_tags=tags, log_model=False,
                             extra_callbacks=[Report(trial)])
        trial.set_user_attr("mlflow_run_id", res.run_id)
        trial.set_user_attr("epochs", res.epochs_run)
        state = "PRUNED" if prune else "COMPLETE"
        client.set_tag(res.run_id, "optuna.trial_state", state)
        if prune:
            trial.set_user_attr("pruned_epoch", 1)
            trial.set_user_attr("stop_code", "pruned")
            client.set_tag(res.run_id, "optuna.pruned_epoch", "1")
            study.tell(trial, state=optuna.trial.TrialState.PRUNED)
        else:
            study.tell(trial, res.metrics["val/loss"])
        ids.append(res.run_id)
    client.set_terminated(parent)
    return ids


_STORE: Store | None = None


def dashboard_store() -> Store:
    """The shared store (built on first use, removed at exit)."""
    global _STORE
    if _STORE is not None:
        return _STORE
    folder = Path(tempfile.mkdtemp(prefix="dnnlab-dash-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    uri = f"sqlite:///{folder}/mlflow.db"
    store = Store(folder, uri, f"sqlite:///{folder}/optuna.db")
    with use_tracking_uri(uri):
        client = MlflowClient(uri)
        cnn = tiny(uri, name="vision", model={"kind": "cnn", "conv": [{"channels": 4},
                                                                      {"channels": 8}],
                                              "hidden": [16]}, train={"epochs": 3})
        store.runs["cnn"] = run_experiment(cnn).run_id
        store.runs["tabular"] = run_experiment(tiny(
            uri, name="tabular", data={"dataset": "breast_cancer"})).run_id
        store.runs["regression"] = run_experiment(tiny(
            uri, name="tabular", data={"dataset": "sine", "n_samples": 300},
            model={"hidden": [16, 16]})).run_id
        store.runs["no_val"] = run_experiment(tiny(
            uri, name="vision", data={"dataset": "digits", "val_fraction": 0.0},
            tracking={"run_name": "no-val"})).run_id
        store.runs["nan"] = run_experiment(
            tiny(uri, name="vision", tracking={"run_name": "nan-at-3"}),
            extra_callbacks=[NanAtStep(3)]).run_id
        store.runs["foreign"] = _foreign_run(client)
        store.runs["lightning"] = lightning_run(client)
        store.runs["hf"] = hf_run(client)
        store.runs["empty"] = empty_run(client)
        store.runs["spike"] = spike_run(client)
        store.runs["dead"] = dead_cnn(uri)
        trials = _study(uri, store.storage)
        store.runs["trial0"], store.runs["pruned"] = trials[0], trials[1]
    empty = folder / "empty"
    empty.mkdir()
    MlflowClient(f"sqlite:///{empty}/mlflow.db").search_experiments()  # an initialised store
    store.empty_uri = f"sqlite:///{empty}/mlflow.db"
    _STORE = store
    return store


_E2E: Store | None = None


def _digits_cnn(uri: str, *overrides: str) -> str:
    """``dnnlab train experiments/digits_cnn.yaml --set ...`` in this process (no model
    logged: Inspect rebuilds it from best.pt)."""
    from dnnlab.config import load_config

    cfg = load_config(DIGITS_CNN, [*overrides, f"tracking.uri={uri}"])
    return run_experiment(cfg, tracking_uri=uri, log_model=False).run_id


def e2e_store() -> Store:
    """The browser test's store (built on first use, removed at exit): the healthy digits CNN
    (3 epochs), the diverged ``optim.lr=0.3 data.shuffle=false`` run (4 epochs: the 1646 spike
    at step 2, then the per-label cycle), a dead network (zero init), a 6-trial study, runs in
    Lightning's and Hugging Face's names and a run without metrics."""
    global _E2E
    if _E2E is not None:
        return _E2E
    from dnnlab.study import run_study

    keep = os.environ.get("DNNLAB_E2E_STORE")  # a folder to keep (and reuse) the store in
    if keep and (Path(keep) / "runs.json").exists():
        folder = Path(keep)
        _E2E = Store(folder, f"sqlite:///{folder}/mlflow.db", f"sqlite:///{folder}/optuna.db",
                     json.loads((folder / "runs.json").read_text()))
        return _E2E
    if keep:
        folder = Path(keep)
        folder.mkdir(parents=True, exist_ok=True)
    else:
        folder = Path(tempfile.mkdtemp(prefix="dnnlab-e2e-"))
        atexit.register(shutil.rmtree, folder, ignore_errors=True)
    uri = f"sqlite:///{folder}/mlflow.db"
    store = Store(folder, uri, f"sqlite:///{folder}/optuna.db")
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny models on a shared machine: one thread is faster
    try:
        with use_tracking_uri(uri):
            client = MlflowClient(uri)
            store.runs["healthy"] = _digits_cnn(uri, "train.epochs=3")
            store.runs["diverged"] = _digits_cnn(uri, "optim.lr=0.3", "data.shuffle=false",
                                                 "train.epochs=4")
            store.runs["dead"] = _digits_cnn(uri, "model.init=zeros", "train.epochs=1",
                                             "tracking.run_name=dead-network")
            cfg = tiny(uri, name="moons-study", data={"dataset": "moons", "n_samples": 200},
                       model={"hidden": [8]}, train={"epochs": 3})
            result = run_study(cfg, n_trials=6, storage=store.storage, study_name=STUDY,
                               tracking_uri=uri)
            store.runs["study"] = result.parent_run_id
            store.runs["lightning"] = lightning_run(client)
            store.runs["hf"] = hf_run(client)
            store.runs["empty"] = empty_run(client)
    finally:
        torch.set_num_threads(threads)
    (folder / "runs.json").write_text(json.dumps(store.runs))
    _E2E = store
    return store
