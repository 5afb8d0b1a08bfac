"""The runner against a real MLflow store: every documented name is logged with sane values."""

from __future__ import annotations

import json
import math
import tempfile

import mlflow
import numpy as np
import pytest
import torch
from mlflow import MlflowClient

from dnnlab.runner import run_experiment
from dnnlab.train import Callback
from tests.conftest import all_runs, tiny

CLASSIFICATION = ("accuracy", "error_rate", "precision", "recall", "specificity", "f1", "fpr",
                  "roc_auc")
REGRESSION = ("mse", "mae", "r2")


def history(client: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in client.get_metric_history(run_id, key))


def artifacts(client: MlflowClient, run_id: str, path: str = "") -> set[str]:
    out: set[str] = set()
    for f in client.list_artifacts(run_id, path):
        if f.is_dir:
            out |= artifacts(client, run_id, f.path)
        else:
            out.add(f.path)
    return out


def check_common(client: MlflowClient, run_id: str, epochs: int, layers: list[str]) -> dict:
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED"
    params, tags, metrics = run.data.params, run.data.tags, run.data.metrics
    # the whole resolved config as dotted params, plus the parameter count
    for key in ("optim.lr", "optim.name", "model.dropout", "model.kind", "data.dataset",
                "train.epochs", "train.batch_size", "train.loss", "seed", "n_parameters"):
        assert key in params, key
    assert int(params["n_parameters"]) > 0
    assert json.loads(params["model.layers"]) == layers
    for tag in ("dataset", "model_kind", "dnnlab_version", "host", "device"):
        assert tags.get(tag), tag
    # per step: loss, lr and per-layer update ratio / grad norm, at consecutive steps
    steps = int(params["steps_per_epoch"]) * epochs
    loss = history(client, run_id, "train/loss")
    assert [s for s, _ in loss] == list(range(1, steps + 1))
    assert all(math.isfinite(v) and v >= 0 for _, v in loss)
    assert len(history(client, run_id, "lr")) == steps
    for layer in layers:
        ratios = history(client, run_id, f"update_ratio/{layer}")
        grads = history(client, run_id, f"grad_norm/{layer}")
        assert len(ratios) == steps and len(grads) == steps
        assert all(0 < v < 10 for _, v in ratios), layer
        assert all(v >= 0 for _, v in grads)
    # per epoch
    for key in ("train/epoch_loss", "val/loss", "epoch_time"):
        assert [s for s, _ in history(client, run_id, key)] == list(range(1, epochs + 1)), key
    assert any(k.startswith("dead_relu/") for k in metrics)
    assert all(0 <= metrics[k] <= 1 for k in metrics if k.startswith("dead_relu/"))
    return metrics


def test_multiclass_mlp_logs_everything(tracking_uri, client):
    cfg = tiny(tracking_uri, tracking={"log_model": True}, train={"epochs": 3})
    res = run_experiment(cfg)
    assert res.status == "FINISHED"
    metrics = check_common(client, res.run_id, 3, ["fc1", "out"])
    for split in ("train", "val", "test"):
        for name in CLASSIFICATION:
            assert 0 <= metrics[f"{split}/{name}"] <= 1, (split, name)
        assert math.isclose(metrics[f"{split}/accuracy"] + metrics[f"{split}/error_rate"], 1)
    assert metrics["test/accuracy"] > 0.5  # digits: well above the 10% chance level
    files = artifacts(client, res.run_id)
    for f in ("config.yaml", "standardizer.json", "confusion_matrix.json", "confusion_matrix.csv",
              "confusion_matrix.html", "roc_curve.csv", "roc_curve.html", "roc_auc.json",
              "checkpoints/best.pt", "checkpoints/last.pt"):
        assert f in files, f
    cm = json.loads(mlflow.artifacts.load_text(f"runs:/{res.run_id}/confusion_matrix.json"))
    matrix = np.array(cm["matrix"])
    assert matrix.shape == (10, 10) and matrix.sum() == int(client.get_run(res.run_id)
                                                              .data.params["n_test"])
    auc = json.loads(mlflow.artifacts.load_text(f"runs:/{res.run_id}/roc_auc.json"))["auc"]
    assert len(auc) == 10
    # the model: logged with a signature, loadable, and predicting 10 logits
    # filed under the run's own experiment, not MLflow's Default
    assert not mlflow.search_logged_models(experiment_ids=["0"], output_format="list")
    models = mlflow.search_logged_models(experiment_ids=[res.experiment_id],
                                         filter_string=f"source_run_id = '{res.run_id}'",
                                         output_format="list")
    assert len(models) == 1
    loaded = mlflow.pytorch.load_model(models[0].model_uri)
    assert loaded(torch.zeros(2, 1, 8, 8)).shape == (2, 10)
    info = mlflow.models.get_model_info(models[0].model_uri)
    assert info.signature is not None
    # best checkpoint holds plain weights (weights_only loading)
    path = client.download_artifacts(res.run_id, "checkpoints/best.pt", tempfile.mkdtemp())
    best = torch.load(path, weights_only=True)
    assert "out.weight" in best["model"] and best["epoch"] >= 1
    # the logged model carries the metrics of the best epoch, ranked by val/loss, and the
    # run's own history keeps one point per epoch
    model_metrics = {m.key: m for m in models[0].metrics}
    assert model_metrics["val/loss"].step == best["epoch"]
    assert model_metrics["val/loss"].value == pytest.approx(best["metrics"]["val/loss"])
    ranked = client.search_logged_models(
        experiment_ids=[res.experiment_id],
        order_by=[{"field_name": "metrics.val/loss", "ascending": True}])
    assert [m.model_id for m in ranked] == [models[0].model_id]
    assert [s for s, _ in history(client, res.run_id, "val/loss")] == [1, 2, 3]


def test_binary_classification(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "breast_cancer"}, train={"epochs": 3})
    res = run_experiment(cfg)
    metrics = check_common(client, res.run_id, 3, ["fc1", "out"])
    assert client.get_run(res.run_id).data.params["train.loss"] == "bce"
    for name in CLASSIFICATION:
        assert 0 <= metrics[f"test/{name}"] <= 1
    assert math.isclose(metrics["test/fpr"], 1 - metrics["test/specificity"])
    assert metrics["test/roc_auc"] > 0.8
    cm = json.loads(mlflow.artifacts.load_text(f"runs:/{res.run_id}/confusion_matrix.json"))
    assert np.array(cm["matrix"]).shape == (2, 2)


def test_regression(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "sine", "n_samples": 400},
               model={"hidden": [32, 32]},
               optim={"lr": 0.01}, train={"epochs": 4, "batch_size": 32})
    res = run_experiment(cfg)
    metrics = check_common(client, res.run_id, 4, ["fc1", "fc2", "out"])
    assert client.get_run(res.run_id).data.params["train.loss"] == "mse"
    for split in ("train", "val", "test"):
        for name in REGRESSION:
            assert math.isfinite(metrics[f"{split}/{name}"])
    assert metrics["test/r2"] > 0.3
    assert not any("accuracy" in k for k in metrics)
    assert "confusion_matrix.json" not in artifacts(client, res.run_id)


def test_cnn_run(tracking_uri, client):
    cfg = tiny(tracking_uri, model={"kind": "cnn", "conv": [{"channels": 4}, {"channels": 8}],
                                    "hidden": [16], "batchnorm": True})
    res = run_experiment(cfg)
    layers = ["conv1", "bn1", "conv2", "bn2", "fc1", "bn_fc1", "out"]
    metrics = check_common(client, res.run_id, 2, layers)
    assert {"dead_relu/act1", "dead_relu/act2", "dead_relu/act_fc1"} <= set(metrics)
    assert client.get_run(res.run_id).data.tags["model_kind"] == "cnn"


def test_nan_loss_stops_at_once_and_keeps_what_was_logged(tracking_uri, client):
    # divergence would stop it a step earlier; here only the NaN stop is on
    cfg = tiny(tracking_uri, data={"dataset": "sine"}, model={"hidden": [32, 32]},
               optim={"name": "sgd", "lr": 10.0, "momentum": 0.9}, train={"epochs": 5},
               diagnose={"stop_on": ["nan_loss"]})
    res = run_experiment(cfg)
    assert res.status == "FAILED"
    run = client.get_run(res.run_id)
    assert run.info.status == "FAILED"
    failed = int(run.data.tags["failed_step"])
    assert failed == res.failed_step and failed < 10
    loss = history(client, res.run_id, "train/loss")
    assert [s for s, _ in loss] == list(range(1, failed + 1))  # every step up to the NaN
    assert not math.isfinite(loss[-1][1]) or loss[-1][1] > 1e6
    assert "non-finite" in run.data.tags["stop_reason"]
    assert run.data.tags["diagnosis.nan_loss"] == "critical"


def test_divergence_stops_the_run_before_it_reaches_nan(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "sine"}, model={"hidden": [32, 32]},
               optim={"name": "sgd", "lr": 10.0, "momentum": 0.9}, train={"epochs": 5})
    res = run_experiment(cfg)
    run = client.get_run(res.run_id)
    assert res.status == "FAILED" and run.data.tags["diagnosis.divergence"] == "critical"
    loss = history(client, res.run_id, "train/loss")
    assert all(math.isfinite(v) for _, v in loss)  # stopped while the loss was still finite
    assert loss[-1][1] > 100 * loss[0][1]
    assert run.data.tags["failed_step"] == str(loss[-1][0])


class InterruptAt(Callback):
    def __init__(self, epoch: int) -> None:
        self.epoch = epoch

    def on_epoch_end(self, trainer, epoch, metrics):  # noqa: ANN001
        if epoch == self.epoch:
            raise KeyboardInterrupt


def test_interrupt_then_resume_into_the_same_run(tracking_uri, client):
    cfg = tiny(tracking_uri, train={"epochs": 4})
    with pytest.raises(KeyboardInterrupt):
        run_experiment(cfg, extra_callbacks=[InterruptAt(2)])
    (run,) = all_runs(client)
    assert run.info.status == "KILLED"
    assert [s for s, _ in history(client, run.info.run_id, "val/loss")] == [1, 2]
    res = run_experiment(cfg, resume_run_id=run.info.run_id)
    assert res.run_id == run.info.run_id and res.status == "FINISHED"
    assert len(all_runs(client)) == 1
    assert [s for s, _ in history(client, res.run_id, "val/loss")] == [1, 2, 3, 4]
    steps = history(client, res.run_id, "train/loss")
    spe = int(client.get_run(res.run_id).data.params["steps_per_epoch"])
    assert [s for s, _ in steps] == list(range(1, 4 * spe + 1))  # no step lost or repeated
    assert client.get_run(res.run_id).data.tags["resumed_from_epoch"] == "2"


def test_early_stopping_restores_best(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "digits", "subset": 40},
               model={"hidden": [128]}, optim={"lr": 0.01},
               train={"epochs": 40, "early_stopping": {"monitor": "val/loss", "patience": 2}})
    res = run_experiment(cfg)
    assert res.status == "FINISHED"
    assert res.epochs_run < 40 and "early stopping" in res.stop_reason
    val = dict(history(client, res.run_id, "val/loss"))
    assert res.best_epoch == min(val, key=val.get)
    assert client.get_run(res.run_id).data.tags["restored_best_epoch"] == str(res.best_epoch)


def test_kfold_parent_with_child_runs(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "moons", "kfold": 3, "n_samples": 300},
               train={"epochs": 2})
    res = run_experiment(cfg)
    children = client.search_runs([res.experiment_id],
                                  f"tags.mlflow.parentRunId = '{res.run_id}'")
    assert len(children) == 3
    assert sorted(c.data.tags["fold"] for c in children) == ["0", "1", "2"]
    parent = client.get_run(res.run_id).data.metrics
    accs = [c.data.metrics["val/accuracy"] for c in children]
    assert math.isclose(parent["val/accuracy_mean"], float(np.mean(accs)), rel_tol=1e-6)
    assert math.isclose(parent["val/accuracy_std"], float(np.std(accs)), rel_tol=1e-6,
                        abs_tol=1e-9)


def test_init_from_and_freeze(tracking_uri, client):
    base = run_experiment(tiny(tracking_uri, model={"hidden": [16]}))
    src = torch.load(client.download_artifacts(base.run_id, "checkpoints/best.pt",
                                               tempfile.mkdtemp()), weights_only=True)["model"]
    cfg = tiny(tracking_uri, model={"hidden": [16], "init_from": base.run_id, "freeze": 1})
    res = run_experiment(cfg)
    run = client.get_run(res.run_id)
    assert json.loads(run.data.params["frozen_layers"]) == ["fc1"]
    new = torch.load(client.download_artifacts(res.run_id, "checkpoints/last.pt",
                                               tempfile.mkdtemp()), weights_only=True)["model"]
    assert torch.equal(new["fc1.weight"], src["fc1.weight"])  # frozen: copied, unchanged
    assert not torch.equal(new["out.weight"], src["out.weight"])  # trained on
    assert "update_ratio/fc1" not in run.data.metrics  # frozen layers are not probed


@pytest.mark.parametrize("schedule", ["step", "exponential", "inverse_time", "cosine", "plateau"])
def test_schedules_change_the_logged_lr(tracking_uri, client, schedule):
    cfg = tiny(tracking_uri, data={"dataset": "blobs", "n_samples": 200},
               optim={"name": "sgd", "lr": 0.1, "schedule": schedule, "step_size": 1,
                      "plateau_patience": 0, "gamma": 0.5},
               train={"epochs": 4, "batch_size": 200})
    res = run_experiment(cfg)
    lrs = [v for _, v in history(client, res.run_id, "lr")]
    assert lrs[0] == pytest.approx(0.1)
    if schedule == "inverse_time":
        assert lrs[1] == pytest.approx(0.1 / math.sqrt(2))
    if schedule != "plateau":
        assert lrs[-1] < lrs[0]
    assert all(b <= a + 1e-12 for a, b in zip(lrs, lrs[1:], strict=False))


def test_variants_make_one_child_run_each(tracking_uri, client):
    cfg = tiny(tracking_uri, data={"dataset": "moons", "n_samples": 200}, train={"epochs": 1},
               variants={"zeros": {"model.init": "zeros"},
                         "kaiming": {"model.init": "kaiming_normal", "optim.lr": 0.05}})
    res = run_experiment(cfg)
    children = client.search_runs([res.experiment_id],
                                  f"tags.mlflow.parentRunId = '{res.run_id}'")
    by_name = {c.data.tags["variant"]: c for c in children}
    assert set(by_name) == {"zeros", "kaiming"}
    assert by_name["zeros"].data.params["model.init"] == "zeros"
    assert by_name["kaiming"].data.params["optim.lr"] == "0.05"
    assert by_name["kaiming"].info.run_name == "kaiming"
    assert [c["variant"] for c in res.to_dict()["children"]] == ["zeros", "kaiming"]
    # each child carries the verdict its run stored
    assert [c["verdict"] for c in res.to_dict()["children"]] == [
        by_name[v].data.tags["diagnosis.verdict"] for v in ("zeros", "kaiming")]
    # zero init (symmetric units) cannot do better than a proper init
    assert by_name["zeros"].data.metrics["train/accuracy"] <= by_name["kaiming"].data.metrics[
        "train/accuracy"]


def test_bad_variant_creates_no_run(tracking_uri, client):
    from dnnlab.errors import UserError

    cfg = tiny(tracking_uri, variants={"ok": {"optim.lr": 0.1}, "bad": {"optim.name": "sgdd"}})
    with pytest.raises(UserError, match="variant 'bad'"):
        run_experiment(cfg)
    assert all_runs(client) == []


def test_csv_regression_and_augmented_cnn_end_to_end(tracking_uri, client, tmp_path):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(300, 3))
    y = x @ np.array([1.0, -2.0, 0.5]) + 0.05 * rng.normal(size=300)
    rows = ["a,b,c,price"] + [f"{a},{b},{c},{t}" for (a, b, c), t in zip(x, y, strict=True)]
    (tmp_path / "houses.csv").write_text("\n".join(rows))
    res = run_experiment(tiny(tracking_uri, data={"dataset": "csv", "path": str(tmp_path /
                                                  "houses.csv"), "target": "price"},
                              model={"hidden": [16]}, optim={"lr": 0.02},
                              train={"epochs": 5, "batch_size": 16}))
    run = client.get_run(res.run_id)
    assert run.data.tags["task"] == "regression" and run.data.params["train.loss"] == "mse"
    assert run.data.metrics["test/r2"] > 0.8  # a linear target is learnt
    aug = run_experiment(tiny(tracking_uri, model={"kind": "cnn", "conv": [{"channels": 4}],
                                                   "hidden": [8]},
                              data={"dataset": "digits",
                                    "augment": {"rotation": 10, "crop_padding": 1,
                                                "noise_std": 0.1}}))
    assert client.get_run(aug.run_id).data.params["data.augment.rotation"] == "10.0"
    assert aug.status == "FINISHED"


def test_runs_resume_and_inspect_leave_nothing_in_the_temp_folder(tracking_uri, client, tmp_path,
                                                                   monkeypatch):
    import gc

    from dnnlab.interpret import load_run_model

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    cfg = tiny(tracking_uri, train={"epochs": 3, "checkpoint": True})
    with pytest.raises(KeyboardInterrupt):
        run_experiment(cfg, extra_callbacks=[InterruptAt(1)])
    (run,) = all_runs(client)
    res = run_experiment(cfg, resume_run_id=run.info.run_id)  # downloads last.pt, relocks
    assert res.status == "FINISHED"
    assert load_run_model(client, res.run_id).epoch is not None
    gc.collect()
    # checkpoint staging folders, downloads and the run's lock file are all gone
    assert sorted(p.name for p in scratch.iterdir()) == []
