"""A real MLflow + Optuna store for the dashboard tests, filled by real (tiny) training runs.

Built once per test process (both dashboard test modules share it): a CNN, a binary MLP on
tabular data, a regression run, a run without a validation split, a run that fails at step 3
with a NaN loss, a run logged by another tool, and an Optuna study whose trials are dnnlab runs.
"""

from __future__ import annotations

import atexit
import json
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import torch
from mlflow import MlflowClient
from mlflow.entities import Metric, Param, RunTag

from dnnlab.runner import run_experiment
from dnnlab.tracking import get_or_create_experiment, use_tracking_uri
from dnnlab.train import Callback
from tests.conftest import tiny

STUDY = "tiny-study"


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
        trials = _study(uri, store.storage)
        store.runs["trial0"], store.runs["pruned"] = trials[0], trials[1]
    empty = folder / "empty"
    empty.mkdir()
    MlflowClient(f"sqlite:///{empty}/mlflow.db").search_experiments()  # an initialised store
    store.empty_uri = f"sqlite:///{empty}/mlflow.db"
    _STORE = store
    return store
