"""model.factory: your own nn.Module from the experiment file, trained by the real runner into a
real MLflow store, then rebuilt by dnnlab.interpret and shown on the Inspect page."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch
from mlflow import MlflowClient
from torch import nn

from dnnlab import interpret as I
from dnnlab.config import ModelConfig, load_config_dict
from dnnlab.errors import UserError
from dnnlab.models import (
    activation_layers,
    build_model,
    freeze_layers,
    parameterised_layers,
    relu_family_layers,
)

# a small ResNet-style model: two residual blocks, torch.relu calls and nn.ReLU modules, layer
# names that are not conv*/fc*; and a factory function with args
MODEL_CODE = '''
import torch
from torch import nn


class Block(nn.Module):
    def __init__(self, channels):
        super().__init__()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(channels)
        self.act = nn.ReLU()
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(channels)

    def forward(self, x):
        out = self.act(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + x)


class TinyResNet(nn.Module):
    def __init__(self, width=4, n_outputs=10):
        super().__init__()
        self.stem = nn.Conv2d(1, width, 3, padding=1, bias=False)
        self.stem_bn = nn.BatchNorm2d(width)
        self.stem_act = nn.ReLU()
        self.layer1 = nn.Sequential(Block(width), Block(width))
        self.pool = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x):
        x = self.stem_act(self.stem_bn(self.stem(x)))
        x = self.layer1(x)
        return self.head(torch.flatten(self.pool(x), 1))


def make_mlp(hidden, input_shape, num_classes, scale=1.0):
    n_in = 1
    for d in input_shape:
        n_in *= d
    return nn.Sequential(nn.Flatten(), nn.Linear(n_in, hidden), nn.GELU(),
                         nn.Linear(hidden, num_classes))


def not_a_model(width=4):
    return {"width": width}


def explodes(width=4):
    raise ValueError("width must be even")


def wrong_width():
    return nn.Sequential(nn.Flatten(), nn.Linear(64, 3))


def wrong_input():
    return nn.Linear(5, 10)


NOT_CALLABLE = 3
'''

LAYERS = ["stem", "stem_bn",
          "layer1.0.conv1", "layer1.0.bn1", "layer1.0.conv2", "layer1.0.bn2",
          "layer1.1.conv1", "layer1.1.bn1", "layer1.1.conv2", "layer1.1.bn2", "head"]


@pytest.fixture
def code(tmp_path: Path) -> Path:
    """The model module, written into the test's folder as ``mymodels_<test>.py``."""
    path = tmp_path / f"mymodels_{tmp_path.name.replace('-', '_')}.py"
    path.write_text(textwrap.dedent(MODEL_CODE))
    return path


def cfg_of(spec: str, **args) -> ModelConfig:
    return ModelConfig(factory=spec, args=args)


# ----------------------------------------------------------------------------- build_model


def test_module_and_path_forms_build_the_same_model(code: Path, monkeypatch):
    monkeypatch.syspath_prepend(str(code.parent))
    torch.manual_seed(0)
    by_module = build_model(cfg_of(f"{code.stem}:TinyResNet", width=4), (1, 8, 8), 10)
    torch.manual_seed(0)
    by_path = build_model(cfg_of(f"{code}:TinyResNet", width=4), (1, 8, 8), 10)
    assert type(by_module).__name__ == type(by_path).__name__ == "TinyResNet"
    for a, b in zip(by_module.state_dict().values(), by_path.state_dict().values(), strict=True):
        assert torch.equal(a, b)
    # relative path form, from the working directory
    monkeypatch.chdir(code.parent)
    rel = build_model(cfg_of(f"./{code.name}:TinyResNet"), (1, 8, 8), 10)
    assert rel(torch.zeros(3, 1, 8, 8)).shape == (3, 10)
    # the layer list is the module tree's, with dotted names
    assert list(parameterised_layers(rel)) == LAYERS
    tree = [n for n, m in rel.named_modules() if isinstance(getattr(m, "weight", None),
                                                            nn.Parameter)]
    assert list(parameterised_layers(rel)) == tree
    assert list(relu_family_layers(rel)) == ["stem_act", "layer1.0.act", "layer1.1.act"]
    assert list(activation_layers(rel)) == ["stem_act", "layer1.0.act", "layer1.1.act"]


def test_data_args_are_passed_only_when_the_callable_asks_for_them(code: Path):
    # make_mlp takes input_shape and num_classes: dnnlab fills them in
    model = build_model(cfg_of(f"{code}:make_mlp", hidden=7), (1, 8, 8), 4)
    assert model[1].in_features == 64 and model[-1].out_features == 4
    # TinyResNet has n_outputs with a default: still passed unless args set it
    assert build_model(cfg_of(f"{code}:TinyResNet"), (1, 8, 8), 3).head.out_features == 3
    with pytest.raises(UserError, match=r"output .* is \(2, 10\), expected \(2, 3\)"):
        build_model(cfg_of(f"{code}:TinyResNet", n_outputs=10), (1, 8, 8), 3)


def test_init_and_freeze_by_name_and_count(code: Path):
    cfg = ModelConfig(factory=f"{code}:TinyResNet", init="zeros")
    model = build_model(cfg, (1, 8, 8), 10)
    assert all(float(m.weight.detach().abs().sum()) == 0
               for m in parameterised_layers(model).values()
               if isinstance(m, (nn.Conv2d, nn.Linear)))
    assert float(model.stem_bn.weight.detach().min()) == 1.0

    model = build_model(cfg_of(f"{code}:TinyResNet"), (1, 8, 8), 10)
    # by count: the first 3 conv/dense layers with the batch norm that directly follows each
    assert freeze_layers(model, 3) == ["stem", "stem_bn", "layer1.0.conv1", "layer1.0.bn1",
                                       "layer1.0.conv2", "layer1.0.bn2"]
    assert not model.layer1[0].conv2.weight.requires_grad
    assert model.layer1[1].conv1.weight.requires_grad and model.head.weight.requires_grad
    assert model.stem_bn.momentum == 0.0

    model = build_model(cfg_of(f"{code}:TinyResNet"), (1, 8, 8), 10)
    # by name: a layer, or a block of the tree (every layer inside it)
    assert freeze_layers(model, ["head", "layer1.1"]) == [
        "layer1.1.conv1", "layer1.1.bn1", "layer1.1.conv2", "layer1.1.bn2", "head"]
    assert not model.head.bias.requires_grad and model.stem.weight.requires_grad
    before = model.head.weight.clone()
    opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.5)
    model(torch.randn(4, 1, 8, 8)).pow(2).mean().backward()
    opt.step()
    assert torch.equal(before, model.head.weight)
    with pytest.raises(UserError, match="unknown layer.*'conv1'.*layer1.0.conv1"):
        freeze_layers(model, ["conv1"])
    with pytest.raises(UserError, match="6 conv/dense layers"):
        freeze_layers(model, 7)


def test_config_fills_in_kind_and_refuses_a_contradiction():
    cfg = load_config_dict({"model": {"factory": "./m.py:Net", "args": {"width": 8}}})
    assert cfg.model.kind == "factory" and cfg.model.args == {"width": 8}
    for bad, message in [
        ({"factory": "./m.py:Net", "kind": "cnn"}, "model.kind 'cnn' does not apply"),
        ({"kind": "factory"}, "needs model.factory"),
        ({"args": {"width": 8}}, "set model.factory or remove model.args"),
        ({"factory": "m.py"}, "must look like 'package.module:callable'"),
    ]:
        with pytest.raises(UserError, match=message):
            load_config_dict({"model": bad})


@pytest.mark.parametrize(("spec", "args", "message"), [
    ("no_such_module_xyz:Net", {}, "model.factory 'no_such_module_xyz:Net': module "
                                   "'no_such_module_xyz' not found"),
    ("{code}:Nope", {}, "has no attribute 'Nope'; it defines"),
    ("{code}:NOT_CALLABLE", {}, "NOT_CALLABLE.*int"),
    ("{code}:explodes", {}, r"explodes\(\) raised ValueError: width must be even"),
    ("{code}:not_a_model", {}, "returned a dict, not a torch.nn.Module"),
    ("{code}:wrong_width", {}, r"output on a batch of shape \(2, 1, 8, 8\) is \(2, 3\), "
                               r"expected \(2, 10\)"),
    ("{code}:wrong_input", {}, r"fails on a batch of shape \(2, 1, 8, 8\)"),
    ("{code}:TinyResNet", {"depth": 3}, "model.args.*no argument 'depth'"),
    ("{dir}/missing.py:Net", {}, "not found"),
])
def test_bad_factories_are_one_line_user_errors(code: Path, spec: str, args: dict,
                                                message: str):
    spec = spec.format(code=code, dir=code.parent)
    with pytest.raises(UserError, match=message) as err:
        build_model(ModelConfig(factory=spec, args=args), (1, 8, 8), 10)
    assert "\n" not in str(err.value)
    assert "model.factory" in str(err.value) or "model.args" in str(err.value)


# ----------------------------------------------------------------------------- end to end


@pytest.fixture(scope="module")
def factory_run(tmp_path_factory: pytest.TempPathFactory):
    """A real `dnnlab train` run of TinyResNet on digits, into a real SQLite MLflow store."""
    from dnnlab.runner import run_experiment
    from dnnlab.tracking import use_tracking_uri
    from tests.conftest import tiny

    folder = tmp_path_factory.mktemp("factory_run")
    code = folder / "tinyresnet_models.py"
    code.write_text(textwrap.dedent(MODEL_CODE))
    uri = f"sqlite:///{folder}/mlflow.db"
    spec = f"{code}:TinyResNet"
    # tiny's model section says kind: mlp, so this one names the kind it replaces it with
    cfg = tiny(uri, name="own-model",
               model={"kind": "factory", "factory": spec, "args": {"width": 8}},
               optim={"lr": 0.01}, train={"epochs": 3},
               tracking={"uri": uri, "log_model": False})
    with pytest.MonkeyPatch.context() as mp, use_tracking_uri(uri):
        mp.chdir(folder)  # MLflow's artifacts (./mlruns) go next to the store
        result = run_experiment(cfg)
    return folder, code, uri, spec, result.run_id


def test_runner_trains_and_logs_a_factory_model(factory_run):
    _, _, uri, spec, run_id = factory_run
    run = MlflowClient(uri).get_run(run_id)
    assert run.info.status == "FINISHED"
    assert run.data.params["model.factory"] == spec
    assert run.data.params["model.args.width"] == "8"
    assert run.data.params["model.kind"] == "factory"
    ratios = sorted(k.split("/", 1)[1] for k in run.data.metrics if k.startswith("update_ratio/"))
    assert ratios == sorted(LAYERS)
    assert run.data.metrics["test/accuracy"] > 0.3  # chance: 0.1


def test_inspect_rebuilds_a_factory_run_when_its_code_is_trusted(factory_run, monkeypatch):
    folder, code, uri, _, run_id = factory_run
    client = MlflowClient(uri)
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(folder)  # the factory file lies under the working directory
    loaded = I.load_run_model(client, run_id)
    assert type(loaded.model).__name__ == "TinyResNet" and loaded.is_image
    assert loaded.architecture.endswith("TinyResNet") and loaded.n_outputs == 10
    assert loaded.conv_layers == ["stem", "layer1.0.conv1", "layer1.0.conv2",
                                  "layer1.1.conv1", "layer1.1.conv2"]
    # conv layers and nn.ReLU modules with a spatial output, in the order of the forward pass
    assert loaded.gradcam_layers == ["stem", "stem_act", "layer1.0.conv1", "layer1.0.act",
                                     "layer1.0.conv2", "layer1.1.conv1", "layer1.1.act",
                                     "layer1.1.conv2"]
    assert loaded.default_gradcam_layer == "layer1.1.act"
    assert loaded.hidden_size == 8
    _, split = loaded.split("test")
    proba = I.predict_proba(loaded, split.x)
    accuracy = float((proba.argmax(1) == split.y.numpy()).mean())
    logged = client.get_run(run_id).data.metrics["test/accuracy"]
    assert accuracy == pytest.approx(logged, abs=0.02)  # the same weights, the same split
    grid = I.filter_grid(loaded.model.get_submodule(loaded.conv_layers[0]).weight)
    assert grid.shape == (13, 13) and grid.min() >= 0 and grid.max() <= 1  # 3 x 3 tiles
    x, target = split.x[0], int(proba[0].argmax())
    cam = I.grad_cam(loaded.scores, x, target, loaded.model.get_submodule("layer1.1.act"))
    assert cam.shape == (8, 8) and np.isfinite(cam).all() and cam.max() > 0
    maps = I.explain_image(loaded.scores, x, target, gradcam_layer="layer1.0.conv2")
    assert all(m.shape == (8, 8) and np.isfinite(m).all() for m in maps.values())
    emb = I.embedding_frame(loaded, "test", "pca")
    assert len(emb) == len(split)
    table = I.layer_table(loaded.model, loaded.example_input())
    assert [n for n in table["layer"] if n in LAYERS] == LAYERS
    assert table.set_index("layer").loc["layer1.1.act", "output"] == "(8, 8, 8)"


def test_inspect_refuses_factory_code_outside_the_trusted_folders(factory_run, tmp_path,
                                                                  monkeypatch):
    folder, _, uri, spec, run_id = factory_run
    client = MlflowClient(uri)
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(tmp_path)  # the factory file is elsewhere
    with pytest.raises(UserError, match="not trusted.*set DNNLAB_CODE_ROOT") as err:
        I.load_run_model(client, run_id)
    assert "\n" not in str(err.value)
    monkeypatch.setenv(I.CODE_ROOT_ENV, f"/nonexistent{os.pathsep}{folder}")
    assert type(I.load_run_model(client, run_id).model).__name__ == "TinyResNet"
    # the copy of the code logged with the run is never imported, though under the cwd
    monkeypatch.chdir(folder)
    logged = sorted(folder.glob("mlruns/**/tinyresnet_models.py"))
    assert logged, "the runner logs the factory's source file as an artifact"
    with pytest.raises(UserError, match="artifacts; code logged with a run is never imported"):
        I.trusted_factory(f"./{logged[0].relative_to(folder)}:TinyResNet")


def test_trusted_factory_rules(code: Path, tmp_path: Path, monkeypatch):
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    assert I.trusted_factory(f"./{code.name}:TinyResNet").__name__ == "TinyResNet"
    # module form: an nn.Module class of an importable module is trusted...
    assert I.trusted_factory("torch.nn:Linear") is nn.Linear
    # ...any other callable only when its file lies under the trusted folders
    with pytest.raises(UserError, match="not trusted"):
        I.trusted_factory("os.path:join")
    with pytest.raises(UserError, match="not importable.*PYTHONPATH"):
        I.trusted_factory(f"{code.stem}:TinyResNet")  # not on sys.path: nothing is added
    monkeypatch.syspath_prepend(str(tmp_path))
    assert callable(I.trusted_factory(f"{code.stem}:make_mlp"))
    # code among the run's artifacts is never imported, even under the working directory
    logged = tmp_path / "mlruns" / "1" / "abc" / "artifacts" / "code"
    logged.mkdir(parents=True)
    (logged / "evil.py").write_text("raise SystemExit('imported!')\n")
    with pytest.raises(UserError, match="artifacts"):
        I.trusted_factory("./mlruns/1/abc/artifacts/code/evil.py:Net")
    with pytest.raises(UserError, match="artifacts"):
        I.trusted_factory(f"./{code.name}:TinyResNet", untrusted=[tmp_path])


# ----------------------------------------------------------------------------- API-run checkpoints


def test_a_checkpoint_without_config_loads_from_its_model_spec(code: Path, tmp_path: Path,
                                                               monkeypatch):
    monkeypatch.syspath_prepend(str(code.parent))
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(tmp_path)
    from importlib import import_module

    module = import_module(code.stem)
    torch.manual_seed(0)
    model = module.TinyResNet(width=4, n_outputs=3).eval()
    x = torch.randn(20, 1, 8, 8)
    y = torch.randint(0, 3, (20,))
    path = tmp_path / "best.pt"
    torch.save({"model": model.state_dict(),
                "model_spec": {"factory": f"{code.stem}:TinyResNet",
                               "args": {"width": 4, "n_outputs": 3}},
                "task": "classification", "n_classes": 3, "class_names": ["a", "b", "c"],
                "input_shape": [1, 8, 8], "examples": {"x": x, "y": y},
                "epoch": 4, "metrics": {"val/loss": 0.5}}, path)
    loaded = I.model_from_checkpoint(I.load_checkpoint(path), "api-run", checkpoint="best.pt")
    assert loaded.config is None and loaded.epoch == 4 and loaded.is_image
    assert loaded.class_names == ["a", "b", "c"] and loaded.n_outputs == 3
    name, split = loaded.split()
    assert name == "test" and torch.equal(split.x, x) and torch.equal(split.y, y)
    with torch.no_grad():
        assert torch.allclose(loaded.model(x), model(x))
    assert loaded.conv_layers[0] == "stem" and "layer1.1.act" in loaded.gradcam_layers
    layer = loaded.model.get_submodule(loaded.default_gradcam_layer)
    assert I.grad_cam(loaded.scores, x[0], 1, layer).shape == (8, 8)

    # no examples: the model still loads (filters, layers); samples are reported missing
    torch.save({"model": model.state_dict(),
                "model_spec": {"factory": f"{code.stem}:TinyResNet",
                               "args": {"width": 4, "n_outputs": 3}},
                "input_shape": [1, 8, 8]}, path)
    bare = I.model_from_checkpoint(I.load_checkpoint(path), "api-run")
    assert not bare.has_samples and bare.n_outputs == 3 and bare.conv_layers
    assert bare.gradcam_layers and I.filter_grid(bare.model.stem.weight).shape == (9, 9)
    with pytest.raises(UserError, match=I.NO_SAMPLES):
        bare.split()
    with pytest.raises(UserError, match=I.NO_SAMPLES):
        I.embedding_frame(bare)

    # a model_spec naming a module that is not importable here is refused, not imported
    torch.save({"model": model.state_dict(),
                "model_spec": {"factory": "somewhere_else_xyz:TinyResNet", "args": {}}}, path)
    with pytest.raises(UserError, match="not trusted.*PYTHONPATH"):
        I.model_from_checkpoint(I.load_checkpoint(path), "api-run")


# ----------------------------------------------------------------------------- dashboard


def test_inspect_page_renders_a_factory_run(factory_run, monkeypatch):
    from dashboards import common
    from tests.test_dashboard import by_title, charts, open_page, texts

    folder, _, uri, _, run_id = factory_run
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv("DNNLAB_STORAGE", raising=False)
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(folder)
    at = open_page(common.INSPECT_PAGE, run=run_id)
    assert "not a dnnlab model" not in texts(at.info) and "cannot be inspected" not in \
        texts(at.info)
    assert "TinyResNet" in texts(at.caption)
    layers = at.dataframe[0].value
    assert [n for n in layers["layer"] if n in LAYERS] == LAYERS
    figs = charts(at)
    by_title(figs, "First-layer filters stem (8 × 1 × 3 × 3)")
    by_title(figs, "layer1.0.conv1 filter 0")
    maps = by_title(figs, "Why ")
    panels = [a["text"] for a in maps["layout"]["annotations"]]
    assert "Grad-CAM (layer1.1.act)" in panels
    by_title(figs, "test split in the last hidden layer (8 features) by PCA")
    at.selectbox(key="gc_layer").set_value("stem").run()
    assert not at.exception
    assert "Grad-CAM (stem)" in [a["text"] for a in by_title(charts(at), "Why ")["layout"]
                                 ["annotations"]]


def _api_run(uri: str, folder: Path, name: str, with_examples: bool) -> str:
    """A run as the tracking API logs it from a user's own loop: a checkpoint without config."""
    from importlib import import_module

    import dnnlab

    module = import_module("tinyresnet_models")
    torch.manual_seed(0)
    model = module.TinyResNet(width=4, n_outputs=3).eval()
    payload = {"model": model.state_dict(),
               "model_spec": {"factory": "tinyresnet_models:TinyResNet",
                              "args": {"width": 4, "n_outputs": 3}},
               "task": "classification", "n_classes": 3, "class_names": ["a", "b", "c"],
               "input_shape": [1, 8, 8], "epoch": 1}
    if with_examples:
        payload["examples"] = {"x": torch.randn(12, 1, 8, 8), "y": torch.arange(12) % 3}
    client = MlflowClient(uri)
    exp = client.get_experiment_by_name("api") or client.get_experiment(
        client.create_experiment("api"))
    run = client.create_run(exp.experiment_id, run_name=name,
                            tags={"dnnlab_version": dnnlab.__version__})
    path = folder / name / "best.pt"
    path.parent.mkdir()
    torch.save(payload, path)
    client.log_artifact(run.info.run_id, str(path), "checkpoints")
    client.set_terminated(run.info.run_id)
    return run.info.run_id


def test_inspect_page_renders_api_runs_with_and_without_examples(factory_run, monkeypatch):
    from dashboards import common
    from tests.test_dashboard import by_title, charts, open_page, texts

    folder, _, uri, _, _ = factory_run
    monkeypatch.setenv("MLFLOW_TRACKING_URI", uri)
    monkeypatch.delenv(I.CODE_ROOT_ENV, raising=False)
    monkeypatch.chdir(folder)
    monkeypatch.syspath_prepend(str(folder))  # the model's module is importable
    with_examples = _api_run(uri, folder, "api-examples", True)
    bare = _api_run(uri, folder, "api-bare", False)

    at = open_page(common.INSPECT_PAGE, run=with_examples)
    assert "12 held-out examples saved with the run" in texts(at.caption)
    figs = charts(at)
    by_title(figs, "First-layer filters stem (4 × 1 × 3 × 3)")
    assert "Grad-CAM (layer1.1.act)" in [a["text"] for a in by_title(figs, "Why ")["layout"]
                                         ["annotations"]]
    assert len(by_title(figs, "Predicted probabilities")["data"][0]["x"]) == 3

    at = open_page(common.INSPECT_PAGE, run=bare)
    assert I.NO_SAMPLES in texts(at.info)
    by_title(charts(at), "First-layer filters stem")
    assert "layer1.0.conv1" in set(at.dataframe[0].value["layer"])
