"""The public tracking API in a hand-written loop, on a model class of the test's own, against a
real MLflow store: what a run records, how it ends, and that it reads like a `dnnlab train` run."""

from __future__ import annotations

import json
import math
import os
import signal
import subprocess
import sys
import warnings
from pathlib import Path

import mlflow
import numpy as np
import pytest
import torch
from mlflow import MlflowClient
from sklearn.datasets import load_digits
from torch import nn

import dnnlab
from dnnlab.runner import run_experiment
from dnnlab.tracking import weight_layers
from tests.conftest import ROOT, all_runs, tiny


class UserCNN(nn.Module):
    """A user's model: not a dnnlab model, residual-ish, with a functional relu dnnlab cannot
    see and ReLU modules it can."""

    def __init__(self, channels: int = 6, n_classes: int = 10) -> None:
        super().__init__()
        self.stem = nn.Conv2d(1, channels, 3, padding=1)
        self.block = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1), nn.ReLU())
        self.act = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(channels * 16, n_classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.stem(x))
        h = self.act(h + self.block(h))
        return self.head(self.pool(h).flatten(1))


def digits() -> tuple[torch.Tensor, ...]:
    x, y = load_digits(return_X_y=True)
    x = torch.tensor(x / 16.0, dtype=torch.float32).reshape(-1, 1, 8, 8)
    y = torch.tensor(y)
    return x[:1200], y[:1200], x[1200:1500], y[1200:1500]


def train_loop(run: dnnlab.TrackedRun, model: nn.Module, opt: torch.optim.Optimizer,
               epochs: int = 3, batch: int = 64, fail_at: int | None = None,
               nan_at: int | None = None, signal_at: int | None = None) -> None:
    """The user's loop: two dnnlab lines (run.step, run.epoch)."""
    xtr, ytr, xva, yva = digits()
    loss_fn = nn.CrossEntropyLoss()
    step = 0
    for _ in range(epochs):
        model.train()
        for i in range(0, len(xtr), batch):
            step += 1
            if step == fail_at:
                raise ValueError("the user's loop broke")
            if step == signal_at:
                os.kill(os.getpid(), signal.SIGTERM)
            loss = loss_fn(model(xtr[i:i + batch]), ytr[i:i + batch])
            if step == nan_at:
                loss = loss * float("nan")
            opt.zero_grad()
            loss.backward()
            opt.step()
            run.step(loss)
        model.eval()
        with torch.no_grad():
            out = model(xva)
        run.epoch(val_loss=loss_fn(out, yva), y_true=yva, y_score=out)


def history(client: MlflowClient, run_id: str, key: str) -> list[tuple[int, float]]:
    return sorted((m.step, m.value) for m in client.get_metric_history(run_id, key))


def diagnose_json(uri: str, run_id: str) -> dict:
    env = {**os.environ, "MLFLOW_TRACKING_URI": uri}
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "diagnose", run_id, "--json"],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout)


@pytest.fixture
def tracked(tracking_uri: str, client: MlflowClient) -> tuple[str, MlflowClient]:
    torch.manual_seed(0)
    model = UserCNN()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    with dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri,
                      config={"lr": 3e-3, "arch": {"channels": 6}, "epochs": 3},
                      task="classification", class_names=[str(i) for i in range(10)]) as run:
        train_loop(run, model, opt)
    assert run.status == "FINISHED"
    return run.run_id, model


class CosineHead(nn.Module):
    """A user's cosine classifier: a deep sigmoid body, and class weights held by the root
    itself (``self.weight``), met by the body's L2-normalised features at the output."""

    def __init__(self, depth: int = 12, width: int = 32, n_classes: int = 10) -> None:
        super().__init__()
        sizes = [64] + [width] * depth
        self.body = nn.Sequential(*(m for a, b in zip(sizes, sizes[1:], strict=False)
                                    for m in (nn.Linear(a, b), nn.Sigmoid())))
        self.weight = nn.Parameter(torch.randn(n_classes, width) / width ** 0.5)
        self.scale = nn.Parameter(torch.tensor(10.0))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        f = nn.functional.normalize(self.body(x.flatten(1)), dim=1)
        return self.scale * f @ nn.functional.normalize(self.weight, dim=1).t()


def test_a_root_weight_is_listed_last_so_a_vanishing_body_is_read_input_to_head(
        tracking_uri: str, client: MlflowClient) -> None:
    # heldout230: a 16-layer sigmoid cosine MLP, first-layer gradients 3e-14 against 4.4 at the
    # root's class weights; listed first (the root comes first in named_modules) they made the
    # "first" layer the head, and no vanishing was read
    torch.manual_seed(0)
    model = CosineHead()
    layers = list(weight_layers(model))
    assert layers[-1] == "cosinehead" and layers[0] == "body.0" and len(layers) == 13
    assert list(weight_layers(UserCNN()))[0] == "stem"  # no root weight: order as registered
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    with dnnlab.track(model, opt, experiment="cosine", tracking_uri=tracking_uri,
                      task="classification", class_names=[str(i) for i in range(10)]) as run:
        train_loop(run, model, opt, epochs=5)
    params = client.get_run(run.run_id).data.params
    assert json.loads(params["model.layers"]) == layers
    from dnnlab.runs import diagnose_run
    f = diagnose_run(client, run.run_id).get("vanishing_gradients")
    assert f is not None, diagnose_run(client, run.run_id).summary()
    assert f.evidence["first_layer"] == "body.0" and f.evidence["last_layer"] == "cosinehead"
    assert f.evidence["ratio"] < f.evidence["limit"]


class MixtureHeads(nn.Module):
    """A user's mixture of heads: a trunk, three linear heads on its features and a gate that
    mixes their outputs; the gate starts with the last head turned off."""

    def __init__(self, width: int = 32, n_classes: int = 10) -> None:
        super().__init__()
        self.trunk = nn.Linear(64, width)
        self.gate = nn.Linear(width, 3)
        self.heads = nn.ModuleList(nn.Linear(width, n_classes) for _ in range(3))
        with torch.no_grad():
            self.gate.weight.zero_()
            self.gate.bias.copy_(torch.tensor([4.0, 4.0, -8.0]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.trunk(x.flatten(1)))
        mix = torch.softmax(self.gate(h), dim=1)
        return (torch.stack([head(h) for head in self.heads], 1) * mix[..., None]).sum(1)


class HeadFirst(nn.Module):
    """Its head registered before its body."""

    def __init__(self) -> None:
        super().__init__()
        self.head = nn.Linear(16, 10)
        self.body = nn.Sequential(nn.Linear(64, 16), nn.ReLU())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class WideDeep(nn.Module):
    """A linear wide path on the inputs beside a deep MLP, their outputs summed."""

    def __init__(self) -> None:
        super().__init__()
        self.wide = nn.Linear(64, 10)
        self.deep = nn.Sequential(nn.Linear(64, 16), nn.ReLU(), nn.Linear(16, 10))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.wide(x.flatten(1)) + self.deep(x.flatten(1))


class DenseMLP(nn.Module):
    """Every layer takes the input beside what the layers before it gave (DenseNet-style)."""

    def __init__(self) -> None:
        super().__init__()
        self.a = nn.Linear(64, 8)
        self.b = nn.Linear(72, 8)
        self.head = nn.Linear(80, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = torch.cat([x, torch.relu(self.a(x))], 1)
        h = torch.cat([h, torch.relu(self.b(h))], 1)
        return self.head(h)


class StepByStep(nn.Module):
    """A recurrent cell stepped over the sequence's length: fx cannot trace it."""

    def __init__(self) -> None:
        super().__init__()
        self.cell = nn.Linear(16, 8)
        self.out = nn.Linear(8, 10)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.new_zeros(x.shape[0], 8)
        for t in range(x.shape[2]):
            h = torch.tanh(self.cell(torch.cat([x[:, 0, t], h], 1)))
        return self.out(h)


class Chatty(MixtureHeads):
    """A forward that prints, as users' forwards do while they debug."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        print("batch of", x.shape)
        return super().forward(x)


def test_the_layers_at_a_models_input_and_output_come_from_its_graph(capsys) -> None:
    from dnnlab.tracking._ends import model_ends
    from dnnlab.tracking._run import model_params

    assert model_ends(Chatty()) == (["trunk"], ["gate", "heads.0", "heads.1", "heads.2"])
    assert capsys.readouterr().out == ""  # the trace's proxies are not printed at the start

    assert model_ends(MixtureHeads()) == (["trunk"], ["gate", "heads.0", "heads.1", "heads.2"])
    assert model_ends(HeadFirst()) == (["body.0"], ["head"])
    assert model_ends(WideDeep()) == (["wide", "deep.0"], ["wide", "deep.2"])
    assert model_ends(UserCNN()) == (["stem"], ["head"])
    assert model_ends(DenseMLP()) == (["a"], ["head"])  # b and head lie below a
    assert model_ends(StepByStep()) is None  # untraceable: read in registration order
    assert model_ends(CosineHead()) is None  # a root weight: weight_layers lists it last
    params = model_params(HeadFirst())
    assert json.loads(params["model.input_layers"]) == ["body.0"]
    assert json.loads(params["model.output_layers"]) == ["head"]
    assert not {"model.input_layers", "model.output_layers"} & set(model_params(UserCNN()))


def test_a_head_its_gate_turned_off_is_not_read_as_the_output_layer(
        tracking_uri: str, client: MlflowClient) -> None:
    # heldout344: a healthy mixture-of-heads MLP whose gate switched its last head off was
    # warned exploding_gradients, the trunk's gradient read against that head's alone (86x)
    torch.manual_seed(0)
    model = MixtureHeads()
    opt = torch.optim.Adam(model.parameters(), lr=3e-3)
    with dnnlab.track(model, opt, experiment="heads", tracking_uri=tracking_uri,
                      task="classification", class_names=[str(i) for i in range(10)]) as run:
        train_loop(run, model, opt, epochs=3)
    params = client.get_run(run.run_id).data.params
    assert json.loads(params["model.output_layers"]) == ["gate", "heads.0", "heads.1", "heads.2"]
    assert "model.input_layers" not in params  # the trunk, first as registered

    def median(layer: str) -> float:
        return float(np.median([v for _, v in history(client, run.run_id, f"grad_norm/{layer}")]))

    assert median("trunk") / median("heads.2") > 70  # what the registered last layer read
    from dataclasses import replace

    from dnnlab.diagnose import diagnose
    from dnnlab.runs import diagnose_run, load_history, run_meta

    d = diagnose_run(client, run.run_id)
    assert "exploding_gradients" not in d.codes, d.summary()
    stored = client.get_run(run.run_id)
    as_registered = replace(run_meta(stored), output_layers=[])
    f = diagnose(load_history(client, stored), as_registered).get("exploding_gradients")
    assert f is not None and f.evidence["last_layer"] == "heads.2"


class DeepPReLU(nn.Module):
    """A user's 12-layer PReLU MLP with N(0, 0.05) weights: its gradient fades layer by layer."""

    def __init__(self, depth: int = 12, width: int = 16) -> None:
        super().__init__()
        layers: list[nn.Module] = []
        n_in = 64
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), nn.PReLU(width)]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(width, 10)
        for m in self.modules():
            if isinstance(m, nn.Linear):
                nn.init.normal_(m.weight, 0.0, 0.05)
                nn.init.zeros_(m.bias)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


def test_never_positive_prelus_do_not_explain_away_a_vanishing_gradient(
        tracking_uri: str, client: MlflowClient) -> None:
    # heldout262: a small-init 16-layer PReLU MLP, first-layer gradients 1e-18, its units
    # counted dead; read as dead ReLUs (which pass no gradient) the vanishing was not named
    torch.manual_seed(0)
    model = DeepPReLU()
    opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
    with dnnlab.track(model, opt, experiment="prelu", tracking_uri=tracking_uri,
                      task="classification", class_names=[str(i) for i in range(10)]) as run:
        train_loop(run, model, opt, epochs=4)
    from dnnlab.runs import diagnose_run, run_meta

    acts = [f"body.{i}" for i in range(1, 24, 2)]
    assert json.loads(client.get_run(run.run_id).data.params["model.leaky_units"]) == acts
    assert run_meta(client.get_run(run.run_id)).leaky_units == acts
    d = diagnose_run(client, run.run_id)
    dead = d.get("dead_relu")
    assert dead is not None and dead.severity == "warning", d.summary()
    assert dead.evidence["leaky"] is True and "switch to leaky" not in dead.advice
    f = d.get("vanishing_gradients")
    assert f is not None and f.severity == "critical", d.summary()
    assert set(f.evidence["dead_units_leaky"]) <= set(acts)
    assert "model.leaky_units" not in client.get_run(_relu_run(tracking_uri)).data.params


def _relu_run(tracking_uri: str) -> str:
    model = nn.Sequential(nn.Flatten(), nn.Linear(64, 8), nn.ReLU(), nn.Linear(8, 10),
                          nn.LeakyReLU(0.0))  # a slope of 0 cuts the gradient like a ReLU
    with dnnlab.track(model, experiment="prelu", tracking_uri=tracking_uri) as run:
        run.step(1.0)
    return run.run_id


class ConstrainedMLP(nn.Module):
    """A user's MLP whose weights are computed from other tensors: spectral norm, weight norm
    (the parametrisation and the older hook), an orthogonal square layer."""

    def __init__(self) -> None:
        super().__init__()
        P = nn.utils.parametrizations
        self.inp = P.spectral_norm(nn.Linear(64, 32))
        self.mid = P.orthogonal(nn.Linear(32, 32))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", FutureWarning)  # the older weight_norm
            self.old = nn.utils.weight_norm(nn.Linear(32, 32))
        self.out = P.weight_norm(nn.Linear(32, 10))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.relu(self.inp(x.flatten(1)))
        return self.out(torch.relu(self.old(torch.relu(self.mid(h)))))


def test_parametrised_weights_are_measured_on_the_tensor_the_optimiser_updates(
        tracking_uri: str, client: MlflowClient) -> None:
    # heldout236: a weight-normalised MLP logged no update ratio or gradient norm at all (its
    # layers' ``weight`` is computed, not a parameter)
    torch.manual_seed(0)
    model = ConstrainedMLP()
    layers = list(weight_layers(model))
    assert layers == ["inp", "mid", "old", "out"]
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    with dnnlab.track(model, opt, experiment="constrained", tracking_uri=tracking_uri,
                      task="classification", class_names=[str(i) for i in range(10)]) as run:
        train_loop(run, model, opt, epochs=1)
    keys = set(client.get_run(run.run_id).data.metrics)
    for layer in layers:
        ratios = [v for _, v in history(client, run.run_id, f"update_ratio/{layer}")]
        grads = [v for _, v in history(client, run.run_id, f"grad_norm/{layer}")]
        assert len(ratios) == len(grads) == math.ceil(1200 / 64), (layer, sorted(keys))
        assert all(0 < v < 1 for v in ratios) and all(0 < g < 1e3 for g in grads), layer
    # the direction v of weight norm (32x32), not its magnitude g (32x1)
    from dnnlab.tracking._probes import trained_weight
    assert trained_weight(model.out).shape == (10, 32)
    assert trained_weight(model.old) is model.old.weight_v


def test_a_hand_written_loop_records_what_dnnlab_train_records(tracking_uri, client, tracked):
    run_id, model = tracked
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED"
    params, tags = run.data.params, run.data.tags
    # the user's config flattened, plus the model facts
    assert params["lr"] == "0.003" and params["arch.channels"] == "6"
    layers = list(weight_layers(model))
    assert layers == ["stem", "block.0", "head"]
    assert json.loads(params["model.layers"]) == layers
    assert int(params["n_parameters"]) == sum(p.numel() for p in model.parameters())
    assert params["steps_per_epoch"] == str(math.ceil(1200 / 64))
    assert params["n_classes"] == "10"
    assert tags["logged_by"] == "dnnlab.track" and tags["task"] == "classification"
    assert tags["host"] and tags["device"] == "cpu" and tags["model_kind"] == "UserCNN"
    # per step: every step's loss; per-layer figures named after the module tree
    steps = 3 * math.ceil(1200 / 64)
    assert [s for s, _ in history(client, run_id, "train/loss")] == list(range(1, steps + 1))
    assert len(history(client, run_id, "lr")) == steps
    keys = set(run.data.metrics)
    assert {k.split("/", 1)[1] for k in keys if k.startswith("update_ratio/")} == set(layers)
    assert {k.split("/", 1)[1] for k in keys if k.startswith("grad_norm/")} == set(layers)
    ratios = [v for _, v in history(client, run_id, "update_ratio/stem")]
    assert len(ratios) == steps and all(0 < v < 1 for v in ratios)
    # dead units of the ReLU modules it can see (not the functional torch.relu)
    assert {k for k in keys if k.startswith("dead_relu/")} == {"dead_relu/block.1",
                                                               "dead_relu/act"}
    # per epoch: the same names as dnnlab train
    for key in ("train/epoch_loss", "val/loss", "val/accuracy", "val/f1", "val/roc_auc",
                "epoch_time"):
        assert [s for s, _ in history(client, run_id, key)] == [1, 2, 3], key
    assert run.data.metrics["val/accuracy"] > 0.6
    files = {f.path for f in client.list_artifacts(run_id)} | \
        {f.path for f in client.list_artifacts(run_id, "checkpoints")}
    for f in ("confusion_matrix.json", "roc_curve.csv", "roc_auc.json", "diagnosis.json",
              "checkpoints/best.pt"):
        assert f in files, f
    cm = json.loads(mlflow.artifacts.load_text(f"runs:/{run_id}/confusion_matrix.json"))
    assert np.array(cm["matrix"]).sum() == 300
    models = mlflow.search_logged_models(experiment_ids=[run.info.experiment_id],
                                         output_format="list")
    assert [m.source_run_id for m in models] == [run_id]
    assert "diagnosis.summary" in tags


def test_logging_the_model_reads_no_metric_history(tracking_uri, client, tracked):
    """MLflow's ``log_model`` given a run reads back the whole history of every metric of it
    (51 s at the end of a 1M-step run); dnnlab's model logging links the model to the run
    without touching the metrics table, and the model still loads from ``runs:/RUN/model``."""
    from mlflow.entities import LoggedModelStatus
    from sqlalchemy import event

    from dnnlab.tracking import log_pytorch_model

    run_id, model = tracked
    # the model the run logged at its end (its ReLUs still hooked for dead units then) loads
    # and predicts: no dnnlab hook was traced into the exported program
    ended = mlflow.search_logged_models(
        experiment_ids=[client.get_run(run_id).info.experiment_id],
        filter_string=f"source_run_id = '{run_id}'", output_format="list")
    assert len(ended) == 1
    x = torch.randn(3, 1, 8, 8)
    with torch.no_grad():
        torch.testing.assert_close(mlflow.pytorch.load_model(ended[0].model_uri)(x),
                                   model.eval()(x))
    engine = client._tracking_client.store.engine
    statements: list[str] = []

    def seen(conn, cursor, statement, params, context, executemany):  # noqa: ANN001
        statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        model_id = log_pytorch_model(client, client.get_run(run_id).info.experiment_id, run_id,
                                     model, torch.zeros(2, 1, 8, 8), step=2)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    reads = [s for s in statements if s.lstrip().upper().startswith("SELECT")
             and "FROM metrics" in s]
    assert statements and not reads, reads[:1]
    outputs = client.get_run(run_id).outputs.model_outputs
    assert (model_id, 2) in [(o.model_id, o.step) for o in outputs]
    logged = client.get_logged_model(model_id)
    assert logged.source_run_id == run_id and logged.status == LoggedModelStatus.READY
    assert logged.params["lr"] == "0.003"
    loaded = mlflow.pytorch.load_model(f"models:/{model_id}")
    assert loaded(torch.zeros(1, 1, 8, 8)).shape == (1, 10)
    # what MLflow's serving-input check (skipped when logging) did: the model loads through
    # pyfunc and predicts its own stored example, in the shape of its signature
    served = mlflow.pyfunc.load_model(f"models:/{model_id}")
    example = served.input_example
    assert example is not None and example.shape == (2, 1, 8, 8)
    pred = served.predict(example)
    with torch.no_grad():
        want = model.eval()(torch.as_tensor(example)).numpy()
    np.testing.assert_allclose(pred, want, rtol=1e-5, atol=1e-6)
    assert served.metadata.get_output_schema().to_dict()[0]["tensor-spec"]["shape"] == (-1, 10)


def test_logging_the_model_skips_mlflows_scan_of_installed_packages(client, tracked,
                                                                    monkeypatch):
    """MLflow checks a model's pip requirements against the installed packages by mapping every
    installed distribution's modules first (1.1-1.5 s a run); dnnlab's requirements are the
    installed pins, so that scan is skipped, the pins are still written, and MLflow's check is
    back in place afterwards for everyone else's models."""
    import mlflow.utils.requirements_utils as req

    from dnnlab.tracking import log_pytorch_model

    run_id, model = tracked
    monkeypatch.setattr(req, "_MODULES_TO_PACKAGES", None)
    monkeypatch.setattr(req, "_PACKAGES_TO_MODULES", None)
    check = req._check_requirement_satisfied
    model_id = log_pytorch_model(client, client.get_run(run_id).info.experiment_id, run_id,
                                 model, torch.zeros(2, 1, 8, 8))
    assert req._MODULES_TO_PACKAGES is None  # no scan of the installed distributions
    assert req._check_requirement_satisfied is check
    deps = mlflow.pyfunc.get_model_dependencies(f"models:/{model_id}")
    pins = Path(deps).read_text().split()
    assert f"torch=={torch.__version__.split('+')[0]}" in pins
    assert f"mlflow=={mlflow.__version__}" in pins
    req.warn_dependency_requirement_mismatches(["torch"])  # MLflow's own check, as before
    assert req._MODULES_TO_PACKAGES is not None


def test_the_diagnosis_reads_it_with_the_roles_of_a_dnnlab_train_run(tracking_uri, client,
                                                                     tracked):
    run_id, _ = tracked
    own = diagnose_json(tracking_uri, run_id)
    ref = run_experiment(tiny(tracking_uri, model={"kind": "cnn", "conv": [{"channels": 4}]},
                              train={"epochs": 3}))
    theirs = diagnose_json(tracking_uri, ref.run_id)
    roles = ("train_loss_step", "train_loss_epoch", "val_loss", "val_accuracy", "lr",
             "update_ratio", "grad_norm", "dead_relu")
    for role in roles:
        assert role in theirs["inputs"], role
        assert own["inputs"].get(role, "").split(" (")[0] == \
            theirs["inputs"][role].split(" (")[0], role
    # too few steps for the step-level checks; no train.loss param in a user's loop
    assert set(own["checked"]) >= set(theirs["checked"]) - {"unshuffled_data", "noisy_loss",
                                                            "slow_start", "loss_mismatch"}


def test_an_exception_in_the_loop_ends_the_run_failed_with_nothing_lost(tracking_uri, client):
    model = UserCNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    with pytest.raises(ValueError, match="loop broke"), \
            dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        train_loop(run, model, opt, fail_at=25)
    got = client.get_run(run.run_id)
    assert got.info.status == "FAILED"
    assert got.data.tags["stop_reason"] == "ValueError: the user's loop broke"
    assert [s for s, _ in history(client, run.run_id, "train/loss")] == list(range(1, 25))
    assert [s for s, _ in history(client, run.run_id, "val/loss")] == [1]


def test_a_wrong_value_from_the_loop_says_which_argument_and_what_it_needs(tracking_uri, client):
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(30, 4), torch.randint(0, 3, (30,))
    with pytest.raises(TypeError, match=r"run.step\(loss\) must be a number .* got str 'abc'"), \
            dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        run.step("abc")
    assert client.get_run(run.run_id).data.tags["stop_reason"].startswith("TypeError: run.step")
    # labels 1..3 against scores of 3 classes: class indices start at 0
    with pytest.raises(ValueError, match=r"labels 1 to 3, but the scores have 3 columns: labels "
                                         r"must be class indices 0 to 2"), \
            dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        run.step(1.0)
        run.epoch(val_loss=1.0, y_true=torch.arange(30) % 3 + 1, y_score=model(x).detach())
    assert client.get_run(run.run_id).info.status == "FAILED"
    with pytest.raises(TypeError, match=r"run.epoch\(metrics=\)\['ppl'\] must be a number"), \
            dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        run.epoch(val_loss=1.0, y_true=y, y_score=model(x).detach(), metrics={"ppl": None})


def test_a_nan_stops_the_run_failed_without_the_loop_catching_anything(tracking_uri, client):
    model = UserCNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    with dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        train_loop(run, model, opt, nan_at=7)
    assert run.status == "FAILED"  # the with block caught TrainingStopped
    got = client.get_run(run.run_id)
    assert got.info.status == "FAILED"
    assert got.data.tags["failed_step"] == "7"
    assert got.data.tags["diagnosis.nan_loss"] == "critical"
    assert "nan_loss at step 7" in got.data.tags["stop_reason"]
    loss = history(client, run.run_id, "train/loss")
    assert [s for s, _ in loss] == list(range(1, 8)) and math.isnan(loss[-1][1])


@pytest.mark.parametrize("how", ["ctrl-c", "sigterm"])
def test_ctrl_c_and_sigterm_end_the_run_killed_with_nothing_lost(tracking_uri, client, how):
    model = UserCNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    interrupt = KeyboardInterrupt if how == "ctrl-c" else None
    with pytest.raises(KeyboardInterrupt), \
            dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri) as run:
        if interrupt is not None:
            train_loop(run, model, opt, epochs=1)
            for _ in range(5):
                run.step(torch.tensor(1.0))
            raise interrupt()
        train_loop(run, model, opt, signal_at=30)
    got = client.get_run(run.run_id)
    assert got.info.status == "KILLED"
    assert got.data.tags["stop_reason"] == "interrupted"
    n = 19 + 5 if how == "ctrl-c" else 29
    assert [s for s, _ in history(client, run.run_id, "train/loss")] == list(range(1, n + 1))


def test_the_thresholds_it_was_tracked_with_are_the_ones_every_later_diagnosis_uses(
        tracking_uri, client):
    from dnnlab.errors import UserError
    from dnnlab.runs import diagnose_run, thresholds_of

    model = UserCNN()
    opt = torch.optim.SGD(model.parameters(), lr=0.05)
    # every ReLU unit counts as dead from 0% on, so dead_relu fires only with these thresholds
    th = {"dead_relu_fraction": 0.0, "min_epochs": 2}
    with dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri,
                      thresholds=th) as run:
        train_loop(run, model, opt, epochs=2)
    got = client.get_run(run.run_id)
    assert got.data.params["diagnose.thresholds.dead_relu_fraction"] == "0.0"
    stored = thresholds_of(got)
    assert stored.dead_relu_fraction == 0.0 and stored.min_epochs == 2
    # `dnnlab diagnose` (and the dashboard, through the same function) agree with the run's end
    again = diagnose_run(client, run.run_id)
    assert "dead_relu" in again.codes
    assert got.data.tags.get("diagnosis.dead_relu") is not None
    # a bad name fails before any run is created
    before = len(all_runs(client))
    with pytest.raises(UserError, match="unknown diagnose threshold"):
        dnnlab.track(model, opt, experiment="own-loop", tracking_uri=tracking_uri,
                     thresholds={"no_such": 1.0})
    assert len(all_runs(client)) == before


def test_it_logs_into_the_users_own_active_mlflow_run(tracking_uri, client):
    model = UserCNN()
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    mlflow.set_experiment("mine")
    with mlflow.start_run(run_name="my own run") as mine:
        mlflow.log_param("mine", "yes")
        with dnnlab.track(model, opt, config={"lr": 1e-3}) as run:
            train_loop(run, model, opt, epochs=1)
        assert run.run_id == mine.info.run_id
        assert client.get_run(mine.info.run_id).info.status == "RUNNING"  # its owner ends it
    runs = all_runs(client)
    assert len(runs) == 1
    got = client.get_run(mine.info.run_id)
    assert got.info.status == "FINISHED"
    assert got.data.params["mine"] == "yes" and got.data.params["lr"] == "0.001"
    assert "update_ratio/stem" in got.data.metrics and "val/accuracy" in got.data.metrics
    # the end of the run is whole in the user's run too: its diagnosis, and one model linked
    # at its epoch with that epoch's metrics (MLflow's log_model would link it to the active
    # run a second time, at step 0, and read the run's whole history back to do it)
    assert got.data.tags.get("diagnosis.verdict")
    assert [o.step for o in got.outputs.model_outputs] == [1]
    model = client.get_logged_model(got.outputs.model_outputs[0].model_id)
    assert {m.key for m in model.metrics} >= {"val/accuracy", "val/loss"}


def test_nested_runs_gradient_accumulation_skipped_steps_and_sparse_logging(tracking_uri,
                                                                            client):
    xtr, ytr, _, _ = digits()
    loss_fn = nn.CrossEntropyLoss()
    with dnnlab.track(experiment="folds", tracking_uri=tracking_uri) as parent:
        for fold in range(2):
            model = UserCNN()
            opt = torch.optim.SGD(model.parameters(), lr=0.05)
            with dnnlab.track(model, opt, parent=parent, run_name=f"fold {fold}",
                              log_every_n_steps=3, diagnose=False) as run:
                for k in range(12):  # 2 micro-batches per optimiser step: 12 steps
                    for j in range(2):
                        i = (2 * k + j) * 32
                        (loss_fn(model(xtr[i:i + 32]), ytr[i:i + 32]) / 2).backward()
                    if k != 5:  # step 6 skipped (as GradScaler does on an overflow)
                        opt.step()
                    opt.zero_grad()
                    run.step(torch.tensor(1.0 - k / 20))
                run.epoch()
    children = [r for r in all_runs(client)
                if r.data.tags.get("mlflow.parentRunId") == parent.run_id]
    assert sorted(r.info.run_name for r in children) == ["fold 0", "fold 1"]
    assert all(r.info.status == "FINISHED" for r in children)
    assert client.get_run(parent.run_id).info.status == "FINISHED"
    rid = children[0].info.run_id
    assert [s for s, _ in history(client, rid, "train/loss")] == list(range(1, 13))
    # every third step measured, except the skipped step (no figures rather than stale ones)
    assert [s for s, _ in history(client, rid, "update_ratio/head")] == [3, 9, 12]
    assert [s for s, _ in history(client, rid, "lr")] == [3, 6, 9, 12]
    assert history(client, rid, "train/epoch_loss")[0][1] == pytest.approx(
        np.mean([1.0 - k / 20 for k in range(12)]))


def test_the_dashboards_run_and_inspect_pages_render_it(tracking_uri, tracked, monkeypatch):
    from dashboards import common
    from tests.test_dashboard import by_title, charts, open_page

    run_id, model = tracked
    monkeypatch.setenv("MLFLOW_TRACKING_URI", tracking_uri)
    at = open_page(common.RUN_PAGE, run=run_id)
    figs = charts(at)
    loss = by_title(figs, "Training vs validation loss")
    assert [t["name"] for t in loss["data"]][:2] == ["train/epoch_loss", "val/loss"]
    figs = charts(open_page(common.RUN_PAGE, run=run_id, tab="Inside the network"))
    heat = by_title(figs, "Update ratio ‖ΔW‖/‖W‖ per layer")
    assert heat["data"][0]["y"] == list(weight_layers(model))
    at = open_page(common.INSPECT_PAGE, run=run_id)
    figs = charts(at)
    by_title(figs, "First-layer filters stem")
    assert "not a dnnlab model" not in str([e.value for e in at.info])


def test_dead_unit_and_update_figures_against_hand_computed_values():
    from dnnlab.tracking import DeadUnitObserver, UpdateProbe

    # dead units: channel 0 always positive, channel 1 never, channel 2 once
    act = nn.Sequential(nn.ReLU())
    obs = DeadUnitObserver(act, fallback_every=2)
    x = -torch.ones(4, 3, 2, 2)
    x[:, 0] = 1.0
    act.train()
    act(x)  # training passes cost nothing while the loop evaluates
    act.eval()
    act(x)
    x[0, 2, 1, 1] = 0.5
    act(x)
    assert obs.fractions() == {"dead_relu/0": pytest.approx(1 / 3)}
    # a loop that never evaluates: after one such epoch, every 2nd training pass is sampled
    act.train()
    act(x)
    assert obs.fractions() == {}
    for _ in range(4):
        act(-torch.ones(4, 3, 2, 2))
    assert obs.fractions() == {"dead_relu/0": pytest.approx(1.0)}
    # 9 of 15 units dead is 0.6 exactly, not a float32 mean's 0.59999999 under a 0.6 limit
    wide = nn.Sequential(nn.ReLU())
    obs = DeadUnitObserver(wide)
    wide.eval()
    wide(torch.cat([torch.ones(2, 6), -torch.ones(2, 9)], dim=1))
    assert obs.fractions()["dead_relu/0"] >= 0.6
    from dnnlab.train._trainer import DeadUnitCounter

    relu = nn.Sequential(nn.ReLU())
    with DeadUnitCounter(relu) as counter:
        relu(torch.cat([torch.ones(2, 6), -torch.ones(2, 9)], dim=1))
    assert counter.fractions()["dead_relu/0"] >= 0.6
    # update ratio and gradient norm around a plain SGD step: dW = -lr * grad
    lin = nn.Linear(3, 1, bias=False)
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([[3.0, 0.0, 4.0]]))  # ||W|| = 5
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    probe = UpdateProbe(lin, [opt])
    lin.weight.grad = torch.tensor([[0.0, 6.0, 8.0]])  # ||g|| = 10
    opt.step()
    got = probe.collect()
    assert got == {"update_ratio/linear": pytest.approx(0.1 * 10 / 5),
                   "grad_norm/linear": pytest.approx(10.0)}
    assert probe.collect() == {}  # once per measured step


class SharedReLUNet(nn.Module):
    """One ReLU module after two layers of different widths (the ``self.relu`` idiom); by
    default the first layer's unit 0 and the second's units 3 and 4 never fire."""

    def __init__(self, input_shape: tuple[int, ...] = (4,), n_outputs: int = 2,
                 dead: bool = True) -> None:
        super().__init__()
        self.fc1 = nn.Linear(int(np.prod(input_shape)), 3)
        self.fc2 = nn.Linear(3, 5)
        self.relu = nn.ReLU()
        self.head = nn.Linear(5, n_outputs)
        if dead:
            with torch.no_grad():
                for layer, rows in ((self.fc1, [0]), (self.fc2, [3, 4])):
                    layer.bias.fill_(1.0)  # the other units: positive for every input
                    layer.weight.abs_().mul_(0.01)
                    layer.weight[rows] = 0.0
                    layer.bias[rows] = -1.0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.relu(self.fc2(self.relu(self.fc1(x.flatten(1))))))


def test_a_relu_module_called_after_two_layers_counts_each_call(tracking_uri, client):
    """A model that reuses one ReLU module after layers of 3 and 5 units: each width is its own
    layer (``relu``, ``relu.2``), for the observer of a user's loop, the trainer's counter and
    a whole ``dnnlab train`` run (which failed with a size mismatch before). Calls of one width
    (a recurrent cell's activation at every time step) are still counted together."""
    from dnnlab.tracking import DeadUnitObserver
    from dnnlab.train._trainer import DeadUnitCounter

    torch.manual_seed(0)
    model = SharedReLUNet()
    x = torch.randn(64, 4)
    expected = {"dead_relu/relu": pytest.approx(1 / 3), "dead_relu/relu.2": pytest.approx(2 / 5)}
    obs = DeadUnitObserver(model)
    model.eval()
    for _ in range(2):  # two passes: each call's units, not a growing list of keys
        model(x)
    assert obs.fractions() == expected
    obs.remove()
    with DeadUnitCounter(model) as counter:
        model(x)
        model(x)
    assert counter.fractions() == expected
    # one width called at every step of a hand-stepped cell: one layer, alive if it ever fired
    cell = nn.Sequential(nn.ReLU())
    with DeadUnitCounter(cell) as counter:
        cell(torch.tensor([[1.0, -1.0, -1.0]]))
        cell(torch.tensor([[-1.0, 1.0, -1.0]]))
    assert counter.fractions() == {"dead_relu/0": pytest.approx(1 / 3)}
    cfg = tiny(tracking_uri, model={"kind": "mlp", "factory": "tests.test_track:SharedReLUNet",
                                    "args": {"dead": False}})
    res = run_experiment(cfg)
    assert res.status == "FINISHED"
    keys = {k for k in client.get_run(res.run_id).data.metrics if k.startswith("dead_relu/")}
    assert keys == {"dead_relu/relu", "dead_relu/relu.2"}


def test_update_figures_read_later_keep_their_steps():
    """Figures read after later steps (as on an accelerator, a step late) are each step's own
    and carry its number; a step the loop does not log is dropped."""
    from dnnlab.tracking import UpdateProbe

    lin = nn.Linear(2, 1, bias=False)
    with torch.no_grad():
        lin.weight.copy_(torch.tensor([[3.0, 4.0]]))  # ||W|| = 5
    opt = torch.optim.SGD(lin.parameters(), lr=0.1)
    probe = UpdateProbe(lin, [opt])
    expected = []
    for step, scale in enumerate([1.0, 2.0, 4.0, 8.0], start=1):
        w_before = float(lin.weight.detach().norm())
        lin.weight.grad = torch.tensor([[scale, 0.0]])
        opt.step()
        expected.append((step, 0.1 * scale / w_before, scale))
        probe.stamp(step if step != 3 else None)  # step 3 is not logged: dropped
    got = probe.ready(wait=True)
    assert [s for s, _ in got] == [1, 2, 4]
    for (s, figures), (step, ratio, grad) in zip(got, [e for e in expected if e[0] != 3],
                                                strict=True):
        assert s == step
        assert figures()["update_ratio/linear"] == pytest.approx(ratio, rel=1e-6)
        assert figures()["grad_norm/linear"] == pytest.approx(grad)
    assert probe.ready(wait=True) == []  # each once
    probe.remove()


LIGHTNING_PROBE = """
import sys
import dnnlab
dnnlab._owns_process = {owned}
from dnnlab.tracking._run import import_mlflow_pytorch
m = import_mlflow_pytorch()
print("loaded", "pytorch_lightning" in sys.modules)
import pytorch_lightning  # still importable afterwards
print("importable", bool(pytorch_lightning.__version__), callable(m.log_model))
"""


@pytest.mark.parametrize("owned", [True, False])
def test_the_dnnlab_command_skips_mlflows_lightning_import_but_nobody_else_does(owned):
    # MLflow's pytorch flavour imports pytorch_lightning (1.3 s of CPU) for a callback; the
    # `dnnlab` process does not need it, a user's process keeps MLflow's behaviour
    out = subprocess.run([sys.executable, "-c", LIGHTNING_PROBE.format(owned=owned)],
                         capture_output=True, text=True, timeout=240, cwd=ROOT, check=True)
    assert f"loaded {not owned}" in out.stdout, out.stdout + out.stderr
    assert "importable True True" in out.stdout


KILLED_LOOP = """
import os, signal, sys, torch
from torch import nn
import dnnlab
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(32, 4), torch.randint(0, 2, (32,))
with dnnlab.track(model, opt, experiment="killed", tracking_uri=sys.argv[1]) as run:
    for epoch in range(int(sys.argv[2])):
        loss = nn.functional.cross_entropy(model(x), y)
        opt.zero_grad(); loss.backward(); opt.step()
        run.step(loss)
        run.epoch(val_loss=loss.detach())
    sys.stdout.write(run.run_id); sys.stdout.flush()
    if sys.argv[3] == "kill":
        os.kill(os.getpid(), signal.SIGKILL)  # no exit handler runs
"""


@pytest.mark.parametrize(("epochs", "end"), [(0, "kill"), (2, "kill"), (2, "exit")])
def test_a_run_leaves_no_checkpoint_folder_in_the_temp_folder(tmp_path, epochs, end):
    # each checkpoint is staged in a folder of its own, removed once uploaded: a run leaves
    # none behind, killed or not (tests and CI kill runs by the dozen: 53 dnnlab-ckpt-*
    # folders, 22 of them with best.pt and last.pt, had piled up in /tmp in a day)
    temp = tmp_path / "temp"
    temp.mkdir()
    uri = f"sqlite:///{tmp_path / 'store.db'}"
    env = {**os.environ, "TMPDIR": str(temp)}
    proc = subprocess.run([sys.executable, "-c", KILLED_LOOP, uri, str(epochs), end],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.stdout, proc.stderr[-2000:]
    assert proc.returncode == (-signal.SIGKILL if end == "kill" else 0), proc.stderr[-2000:]
    if epochs:
        arts = {f.path for f in MlflowClient(uri).list_artifacts(proc.stdout, "checkpoints")}
        assert arts, "the run saved no checkpoint: the test would prove nothing"
    assert not list(temp.glob("dnnlab-ckpt-*"))


def test_the_optimiser_and_its_rate_are_logged_for_the_diagnosis(tracking_uri):
    # a one-unit ReLU net at Adam's usual rate, its unit dead from the start, so its loss
    # cannot move: the run carries the optimiser's class and rate, and the diagnosis reads them
    from dnnlab.runs import diagnose_run, run_meta

    torch.manual_seed(0)
    x = torch.randn(240, 2)
    y = (x.norm(dim=1) > 1.18).long()  # a ring: one ReLU unit cannot separate it
    model = nn.Sequential(nn.Linear(2, 1), nn.ReLU(), nn.Linear(1, 2))
    with torch.no_grad():
        model[0].bias.fill_(-10.0)  # the one unit is dead from the start
    opt = torch.optim.Adam(model.parameters(), lr=0.01)
    with dnnlab.track(model, opt, experiment="one-unit", tracking_uri=tracking_uri,
                      task="classification") as run:
        for _ in range(8):
            for i in range(0, 240, 40):
                loss = nn.functional.cross_entropy(model(x[i:i + 40]), y[i:i + 40])
                opt.zero_grad()
                loss.backward()
                opt.step()
                run.step(loss)
            with torch.no_grad():
                run.epoch(val_loss=nn.functional.cross_entropy(model(x), y), y_true=y,
                          y_score=model(x))
    client = MlflowClient(tracking_uri)
    stored = client.get_run(run.run_id)
    assert stored.data.params["optimizer.class"] == "Adam"
    meta = run_meta(stored)
    assert (meta.optimizer, meta.learning_rate) == ("adam", 0.01)
    d = diagnose_run(client, run.run_id)
    assert "not_training" in d.codes, d.summary()
