"""dnnlab.interpret: saliency faithfulness (region data set, parameter randomisation), safe
checkpoint loading, filters, embeddings and tabular attributions on real runs."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from mlflow import MlflowClient

from dnnlab import interpret as I
from dnnlab.config import ModelConfig
from dnnlab.errors import UserError
from dnnlab.models import build_model
from tests.dashboard_store import dashboard_store

H = 12
REGION = (slice(2, 6), slice(7, 11))  # 16 of 144 pixels carry the label
AREA = 16 / 144


@pytest.fixture(scope="module")
def region_model() -> tuple[torch.nn.Module, torch.Tensor, torch.Tensor, np.ndarray]:
    """A small CNN trained on noise images whose class is only the sign of a patch added to a
    known 4x4 region. L1 on the dense layer (a lecture regulariser) keeps the model from
    leaning on noise outside the region, so it relies on the region as the label does."""
    g = torch.Generator().manual_seed(0)
    n = 800
    y = torch.randint(0, 2, (n,), generator=g)
    x = torch.randn(n, 1, H, H, generator=g)
    mask = torch.zeros(H, H, dtype=torch.bool)
    mask[REGION] = True
    x[:, 0][:, mask] += (y.float() * 2 - 1)[:, None] * 1.5
    torch.manual_seed(0)
    model = build_model(ModelConfig(kind="cnn", conv=[{"channels": 8}], hidden=[8]),
                        (1, H, H), 2)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(300):
        idx = torch.randint(0, 600, (64,), generator=g)
        loss = torch.nn.functional.cross_entropy(model(x[idx]), y[idx])
        loss = loss + 3e-3 * model.fc1.weight.abs().sum()
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    accuracy = (model(x[600:]).argmax(1) == y[600:]).float().mean().item()
    assert accuracy > 0.95, accuracy
    return model, x[600:610], y[600:610], mask.numpy()


def test_saliency_mass_falls_inside_the_region_that_carries_the_label(region_model):
    model, xs, ys, mask = region_model
    rnd = I.randomised_copy(model).eval()
    inside: dict[str, list[float]] = {}
    random_inside: list[float] = []
    for x, y in zip(xs, ys, strict=True):
        maps = I.explain_image(model, x, int(y), gradcam_layer="act1")
        for name, m in maps.items():
            assert m.shape == (H, H), name
            inside.setdefault(name, []).append(I.mass_inside(m, mask))
        random_inside.append(I.mass_inside(I.saliency(rnd, x, int(y)), mask))
    mean = {k: float(np.mean(v)) for k, v in inside.items()}
    # most of the mass inside a region of 11% of the image
    for name in ("saliency", "smoothgrad", "integrated_gradients"):
        assert mean[name] > 0.5, (name, mean)
    assert mean["occlusion"] > 0.4, mean
    assert mean["grad_cam"] > 2 * AREA, mean
    # the same network with random weights does not find the region
    assert float(np.mean(random_inside)) < 0.3
    assert float(np.mean(random_inside)) < mean["saliency"] / 2


def test_parameter_randomisation_changes_the_maps(region_model):
    """Adebayo et al. (2018): trained and randomised-weight maps must rank pixels differently,
    while the measure itself can be high (two SmoothGrad draws of the trained model)."""
    model, xs, ys, _ = region_model

    def mean_check(method: str) -> float:
        return float(np.mean([I.randomisation_check(model, x, int(y), method,
                                                    gradcam_layer="act1")
                              for x, y in zip(xs, ys, strict=True)]))

    checks = {m: mean_check(m) for m in ("saliency", "smoothgrad", "integrated_gradients",
                                         "grad_cam")}
    assert checks["saliency"] < 0.3 and checks["smoothgrad"] < 0.3, checks
    # IG multiplies by the input, so part of its map survives randomisation (as Adebayo et
    # al. found for gradient x input); Grad-CAM on the first block is coarse
    assert checks["integrated_gradients"] < 0.7 and checks["grad_cam"] < 0.7, checks
    x, y = xs[0], int(ys[0])
    same = I.rank_correlation(I.smoothgrad(model, x, y, seed=0), I.smoothgrad(model, x, y, seed=1))
    assert same > 0.9
    # the copy is randomised, the original untouched
    rnd = I.randomised_copy(model)
    assert not torch.equal(rnd.conv1.weight, model.conv1.weight)
    assert I.rank_correlation(np.arange(10.0), np.arange(10.0)) == pytest.approx(1.0)
    assert I.rank_correlation(np.ones(5), np.arange(5.0)) == 0.0


def test_integrated_gradients_completeness_and_class_scores():
    torch.manual_seed(0)
    model = build_model(ModelConfig(hidden=[8]), (4,), 1).eval()
    scores = I.ClassScores(model, binary=True)
    x = torch.randn(1, 4)
    z = model(x)
    assert torch.allclose(torch.softmax(scores(x), 1)[:, 1], torch.sigmoid(z)[:, 0])
    attr, delta = I.integrated_gradients(scores, x[0], 1, n_steps=200, reduce="none")
    with torch.no_grad():
        expected = float(scores(x)[0, 1] - scores(torch.zeros_like(x))[0, 1])
    assert attr.sum() == pytest.approx(expected, abs=1e-3) and delta < 1e-3


def test_feature_attributions_find_the_feature_that_matters():
    g = torch.Generator().manual_seed(0)
    x = torch.randn(600, 6, generator=g)
    y = (x[:, 2] > 0).long()  # only feature x2 decides the class
    torch.manual_seed(0)
    model = build_model(ModelConfig(hidden=[16]), (6,), 2)
    opt = torch.optim.Adam(model.parameters(), 1e-2)
    for _ in range(200):
        loss = torch.nn.functional.cross_entropy(model(x), y)
        opt.zero_grad()
        loss.backward()
        opt.step()
    model.eval()
    names = [f"f{i}" for i in range(6)]
    table = I.feature_attributions(model, x[0], int(y[0]), names)
    assert list(table.columns) == ["feature", "value", "gradient", "gradient_x_input",
                                   "integrated_gradients", "occlusion"]
    assert table["feature"].iloc[0] == "f2"  # sorted by |IG|
    glob = I.global_importance(model, x[:200], y[:200], names)
    assert glob["feature"].iloc[0] == "f2"
    assert glob["mean_abs_ig"].iloc[0] > 3 * glob["mean_abs_ig"].iloc[1]


def test_run_model_loads_from_its_checkpoint_and_is_inspected():
    store = dashboard_store()
    client = MlflowClient(store.uri)
    loaded = I.load_run_model(client, store.runs["cnn"])
    assert loaded.checkpoint == "checkpoints/best.pt" and loaded.is_image
    assert loaded.conv_layers == ["conv1", "conv2"] and "act2" in loaded.gradcam_layers
    name, split = loaded.split("test")
    assert name == "test" and split.x.shape[1:] == (1, 8, 8)
    proba = I.predict_proba(loaded, split.x)
    assert proba.shape == (len(split), 10) and np.allclose(proba.sum(1), 1, atol=1e-5)
    accuracy = float((proba.argmax(1) == split.y.numpy()).mean())
    logged = client.get_run(store.runs["cnn"]).data.metrics["test/accuracy"]
    assert accuracy == pytest.approx(logged, abs=0.02)  # the same model, the same test split
    # filters: 4 filters of 1x3x3 in a 2x2 grid with 1-pixel padding
    grid = I.filter_grid(loaded.model.conv1.weight)
    assert grid.shape == (9, 9) and grid.min() >= 0 and grid.max() <= 1
    assert I.channel_grid(loaded.model.conv2.weight, 0).shape == (9, 9)
    assert I.image_for_display(split.x[0]).shape == (8, 8)
    # embedding and the most confidently wrong samples
    emb = I.embedding_frame(loaded, "test", "pca")
    assert len(emb) == len(split) and {"x", "y", "true", "pred", "correct"} <= set(emb)
    assert emb["correct"].mean() == pytest.approx(accuracy)
    tsne = I.embedding_frame(loaded, "test", "tsne", max_samples=120)
    assert len(tsne) == 120 and np.isfinite(tsne[["x", "y"]].to_numpy()).all()
    wrong = I.confidently_wrong(loaded, "test", k=5)
    assert (wrong["true"] != wrong["pred"]).all()
    assert list(wrong["confidence"]) == sorted(wrong["confidence"], reverse=True)
    maps = I.explain_image(loaded.scores, split.x[0], int(proba[0].argmax()), "act2")
    assert set(maps) == {"saliency", "smoothgrad", "integrated_gradients", "grad_cam",
                         "occlusion"}
    assert all(np.isfinite(m).all() for m in maps.values())


def test_tabular_and_failed_runs():
    store = dashboard_store()
    client = MlflowClient(store.uri)
    tab = I.load_run_model(client, store.runs["tabular"])
    assert not tab.is_image and tab.binary and tab.class_names == ["malignant", "benign"]
    _, split = tab.split()
    table = I.feature_attributions(tab.scores, split.x[0], 1, tab.feature_names)
    assert len(table) == 30 and "mean radius" in set(table["feature"])
    reg = I.load_run_model(client, store.runs["regression"])
    assert reg.task == "regression" and I.predict_proba(reg, reg.split()[1].x).shape[1] == 1
    with pytest.raises(UserError, match="no checkpoint"):
        I.load_run_model(client, store.runs["nan"])  # failed before its first epoch ended


class Boom:
    """Unpickling this would create a file: weights_only loading must refuse it."""

    def __init__(self, path: str) -> None:
        self.path = path

    def __reduce__(self):  # noqa: ANN204
        return (Path.touch, (Path(self.path),))


def test_checkpoints_load_as_plain_weights_only(tmp_path: Path):
    target = tmp_path / "pwned"
    evil = tmp_path / "evil.pt"
    torch.save({"model": {"out.weight": torch.zeros(2, 2)}, "payload": Boom(str(target))}, evil)
    with pytest.raises(UserError, match="not a plain-weights checkpoint"):
        I.load_checkpoint(evil)
    assert not target.exists()
    empty = tmp_path / "empty.pt"
    torch.save({"epoch": 1}, empty)
    with pytest.raises(UserError, match="no model state dict"):
        I.load_checkpoint(empty)
    good = tmp_path / "good.pt"
    config = {"data": {"dataset": "moons", "n_samples": 100}, "model": {"hidden": [4]}}
    model = build_model(ModelConfig(hidden=[4]), (2,), 2)
    torch.save({"model": model.state_dict(), "config": config, "epoch": 3}, good)
    loaded = I.model_from_checkpoint(I.load_checkpoint(good), "r")
    assert loaded.epoch == 3 and torch.equal(loaded.model.fc1.weight, model.fc1.weight)
    wrong = build_model(ModelConfig(hidden=[5]), (2,), 2)
    torch.save({"model": wrong.state_dict(), "config": config}, good)
    with pytest.raises(UserError, match="does not fit"):
        I.model_from_checkpoint(I.load_checkpoint(good), "r")


SCRIPT_MODEL = '''
import sys
import numpy as np
import torch
from torch import nn
import dnnlab


class ScriptNet(nn.Module):  # defined in the script that runs, as __main__.ScriptNet
    def __init__(self):
        super().__init__()
        self.stem = nn.Conv2d(1, 4, 3, padding=1)
        self.block = nn.Sequential(nn.Conv2d(4, 4, 3, padding=1), nn.ReLU())
        self.act = nn.ReLU()
        self.head = nn.Linear(4 * 16, 3)

    def forward(self, x):
        h = self.act(self.stem(x))
        h = self.block(h) + h
        return self.head(nn.functional.max_pool2d(h, 2).flatten(1))


def main():
    torch.manual_seed(0)
    x = torch.rand(96, 1, 8, 8)
    y = (x[:, 0, :4].mean((1, 2)) * 3).long().clamp(0, 2)
    model = ScriptNet()
    opt = torch.optim.Adam(model.parameters(), lr=1e-2)
    with dnnlab.track(model, opt, experiment="script-model", tracking_uri=sys.argv[1]) as run:
        best = float("inf")
        for epoch in range(3):
            model.train()
            for i in range(0, 96, 32):
                loss = nn.functional.cross_entropy(model(x[i:i + 32]), y[i:i + 32])
                opt.zero_grad()
                loss.backward()
                opt.step()
                run.step(loss)
            model.eval()
            with torch.no_grad():
                val = nn.functional.cross_entropy(model(x), y)
                run.epoch(val_loss=val, y_true=y, y_score=model(x))
                if val.item() < best:  # what the best checkpoint holds: this epoch's predictions
                    best = val.item()
                    np.save(sys.argv[2], torch.softmax(model(x[:32]), 1).numpy())
    print(run.run_id)


{call}
'''


def _train_script(tmp_path: Path, guarded: bool) -> tuple[MlflowClient, str]:
    import subprocess
    import sys

    script = tmp_path / "train_mine.py"
    call = 'if __name__ == "__main__":\n    main()' if guarded else "main()"
    script.write_text(SCRIPT_MODEL.replace("{call}", call))
    uri = f"sqlite:///{tmp_path / 'mlflow.db'}"
    out = subprocess.run([sys.executable, str(script), uri, str(tmp_path / "p.npy")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    client = MlflowClient(uri)
    run_id = out.stdout.split()[-1]
    assert client.get_run(run_id).data.params["model.class"] == "__main__.ScriptNet"
    return client, run_id


def test_a_model_class_in_the_users_script_is_imported_from_it_when_that_trains_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A user's loop whose model class lives in the script it runs (``__main__``), its training
    under ``if __name__ == "__main__":``: Inspect imports the class from that file (in a code
    root) without training again, and loads the best checkpoint into it."""
    client, run_id = _train_script(tmp_path, guarded=True)
    monkeypatch.setenv("DNNLAB_CODE_ROOT", str(tmp_path))
    experiment = client.get_run(run_id).info.experiment_id
    before = len(client.search_runs([experiment]))
    loaded = I.load_run_model(client, run_id)
    assert loaded.architecture.endswith("train_mine.py:ScriptNet")
    assert loaded.conv_layers == ["stem", "block.0"]
    _, split = loaded.split("test")
    proba = I.predict_proba(loaded, split.x)
    ours = np.load(tmp_path / "p.npy")  # the script's predictions at its best epoch
    assert len(split) == 32 and np.allclose(proba, ours, atol=1e-5)
    # importing the script did not train again: no new run
    assert len(client.search_runs([experiment])) == before
    # a script that trains when imported is never imported: the message says what to change
    (tmp_path / "train_mine.py").write_text(
        SCRIPT_MODEL.replace("{call}", "main()"))
    with pytest.raises(UserError, match=r"ScriptNet is defined in train_mine.py, whose top "
                                        r"level runs code on import \(line \d+: a call\), so "
                                        r"it is not imported; put the training under if "):
        I.load_run_model(client, run_id)

