"""data.factory: your own arrays or Datasets, dnnlab.factories, provenance, one-line errors."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest
import torch
import yaml
from mlflow import MlflowClient

from dnnlab.config import DataConfig, load_config_dict
from dnnlab.data import load_data, load_kfold
from dnnlab.errors import UserError
from dnnlab.factories import call_factory, factory_source_file, load_factory
from tests.conftest import ROOT, all_runs, tiny

ARRAYS = '''
import numpy as np

NOT_CALLABLE = 5


def make_data(n=90, seed=0, noise=0.3):
    """Three classes whose 4 features are shifted by the label: easy to learn."""
    rng = np.random.default_rng(seed)
    y = np.arange(n) % 3
    x = (rng.normal(0.0, noise, (n, 4)) + y[:, None]).astype(np.float32)
    return {"x": x, "y": y, "class_names": ["ant", "bee", "cat"],
            "feature_names": ["f1", "f2", "f3", "f4"]}


def as_tuple(n=60, labels=(0, 1)):
    rng = np.random.default_rng(1)
    y = np.asarray(labels)[np.arange(n) % len(labels)]
    return rng.normal(size=(n, 3)), y


def regression(n=60):
    x = np.linspace(-1.0, 1.0, n)
    return x, 2.0 * x + 1.0


def floats_in_integers(n=60):
    return np.arange(n, dtype=float)[:, None], (np.arange(n) % 2).astype(float)


def presplit():
    rng = np.random.default_rng(2)
    def part(n, shift):
        y = np.arange(n) % 2
        return (rng.normal(shift, 1.0, (n, 2)) + y[:, None]).astype(np.float32), y
    return {"train": part(40, 0.0), "val": part(10, 5.0), "test": part(12, -5.0)}


def train_only():
    return {"train": as_tuple(50)}


def images(n=30):
    y = np.arange(n) % 2
    x = np.zeros((n, 2, 5, 5), np.float32)
    x[y == 1, 0] = 1.0
    return x + np.random.default_rng(3).normal(0, 0.1, x.shape).astype(np.float32), y


def raises(n=3):
    raise ValueError("bad thing happened\\nsecond line")


def needs_arg(n):
    return as_tuple(n)


def returns_int():
    return 3


def wrong_len():
    return np.zeros((10, 2)), np.arange(9) % 2


def y_2d():
    return np.zeros((10, 2)), np.zeros((10, 2))


def x_3d():
    return np.zeros((10, 4, 4)), np.arange(10) % 2


def nan_x():
    x = np.zeros((10, 2))
    x[3, 1] = np.nan
    return x, np.arange(10) % 2


def single_class():
    return np.zeros((10, 2)), np.zeros(10, dtype=int)


def unknown_key():
    return {"train": as_tuple(20), "validation": as_tuple(10)}


def short_class_names():
    x, y = as_tuple(30, labels=(0, 1, 2))
    return {"x": x, "y": y, "class_names": ["a", "b"]}


def float_labels_for_classification():
    return np.zeros((10, 2)), np.linspace(0, 1, 10)
'''

DATASETS = '''
import torch
from torch.utils.data import Dataset


class Squares(Dataset):
    """1x6x6 images: class 1 has a bright square in the top-left corner."""

    classes = ["empty", "square"]

    def __init__(self, n=40, seed=0):
        g = torch.Generator().manual_seed(seed)
        self.y = torch.arange(n) % 2
        self.x = torch.rand(n, 1, 6, 6, generator=g) * 0.2
        self.x[self.y == 1, :, :3, :3] += 1.0

    def __len__(self):
        return len(self.y)

    def __getitem__(self, i):
        return self.x[i], int(self.y[i])


class Triples(Squares):
    def __getitem__(self, i):
        return self.x[i], int(self.y[i]), "extra"


def make(n=40, seed=0):
    return Squares(n, seed)


def splits():
    return {"train": Squares(40, 0), "val": Squares(10, 1), "test": Squares(12, 2)}


def triples():
    return Triples(10)
'''

BROKEN = "raise RuntimeError('cannot import me')\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def arrays(tmp_path: Path) -> Path:
    return write(tmp_path, "mydata.py", ARRAYS)


@pytest.fixture
def datasets(tmp_path: Path) -> Path:
    return write(tmp_path, "mydatasets.py", DATASETS)


def cfg(spec: str, **kw: object) -> DataConfig:
    return DataConfig(factory=spec, **kw)


def user_error(config: DataConfig, *, kfold: bool = False) -> str:
    with pytest.raises(UserError) as info:
        (load_kfold if kfold else load_data)(config, 0)
    message = str(info.value)
    assert "\n" not in message and message.strip() == message and message
    return message


# ----------------------------------------------------------------------------- arrays


def test_arrays_mapping_split_standardised_with_names(arrays: Path) -> None:
    b = load_data(cfg(f"{arrays}:make_data", args={"n": 90, "seed": 4}), seed=0)
    assert b.task == "classification" and b.n_classes == 3
    assert b.class_names == ["ant", "bee", "cat"] and b.feature_names == ["f1", "f2", "f3", "f4"]
    assert b.input_shape == (4,) and not b.is_image
    assert (len(b.train), len(b.val), len(b.test)) == (54, 18, 18)
    assert b.train.x.dtype == torch.float32 and b.train.y.dtype == torch.int64
    assert torch.allclose(b.train.x.mean(0), torch.zeros(4), atol=1e-5)
    assert b.standardizer is not None and b.standardizer["kind"] == "per_feature"
    # provenance: the digest is the sha256 of the raw x and y bytes, as the factory made them
    rng = np.random.default_rng(4)
    y = np.arange(90) % 3
    x = (rng.normal(0.0, 0.3, (90, 4)) + y[:, None]).astype(np.float32)
    assert b.digest == hashlib.sha256(x.tobytes() + y.astype(np.int64).tobytes()).hexdigest()[:16]
    assert b.source is not None and str(arrays) in b.source and "seed=4" in b.source
    again = load_data(cfg(f"{arrays}:make_data", args={"n": 90, "seed": 4}), seed=1)
    other = load_data(cfg(f"{arrays}:make_data", args={"n": 90, "seed": 5}), seed=0)
    assert again.digest == b.digest and other.digest != b.digest


def test_tuple_labels_mapped_and_regression_inferred(arrays: Path) -> None:
    b = load_data(cfg(f"{arrays}:as_tuple", args={"labels": [3, 7]}), seed=0)
    assert b.class_names == ["3", "7"]
    assert set(torch.cat([b.train.y, b.val.y, b.test.y]).tolist()) == {0, 1}
    r = load_data(cfg(f"{arrays}:regression"), seed=0)
    assert r.task == "regression" and r.n_classes == 0 and r.class_names == []
    assert r.input_shape == (1,) and r.train.y.dtype == torch.float32
    # data.task wins over the dtype
    c = load_data(cfg(f"{arrays}:floats_in_integers", task="classification"), seed=0)
    assert c.task == "classification" and c.class_names == ["0", "1"]
    f = load_data(cfg(f"{arrays}:as_tuple", task="regression"), seed=0)
    assert f.task == "regression" and f.train.y.dtype == torch.float32


def test_presplit_splits_respected_standardised_with_train_stats(arrays: Path) -> None:
    b = load_data(cfg(f"{arrays}:presplit"), seed=0)
    assert (len(b.train), len(b.val), len(b.test)) == (40, 10, 12)
    st = b.standardizer
    assert st is not None
    mean, std = torch.tensor(st["mean"]), torch.tensor(st["std"])
    # the val/test splits are shifted by +5/-5: standardised with train statistics they stay so
    val_raw = b.val.x * std + mean
    assert val_raw.mean() > 4.0 and (b.test.x * std + mean).mean() < -4.0
    assert torch.allclose(b.train.x.mean(0), torch.zeros(2), atol=1e-5)
    # a zero fraction switches the given split off, like an official test set
    assert load_data(cfg(f"{arrays}:presplit", val_fraction=0.0), seed=0).val is None


def test_presplit_train_only_splits_val_and_test_off(arrays: Path) -> None:
    b = load_data(cfg(f"{arrays}:train_only"), seed=0)
    assert (len(b.train), len(b.val), len(b.test)) == (30, 10, 10)


def test_image_arrays_are_images(arrays: Path) -> None:
    b = load_data(cfg(f"{arrays}:images"), seed=0)
    assert b.is_image and b.input_shape == (2, 5, 5)
    assert b.standardizer is not None and b.standardizer["kind"] == "per_channel"
    assert len(b.standardizer["mean"]) == 2 and b.feature_names is None


def test_kfold_with_a_factory(arrays: Path) -> None:
    folds = load_kfold(cfg(f"{arrays}:presplit", kfold=5), seed=0)
    assert len(folds) == 5
    # the given val split joins the pool that is folded; the given test split is shared
    assert sum(len(f.val) for f in folds) == 50
    assert all(len(f.test) == 12 and len(f.train) + len(f.val) == 50 for f in folds)
    assert len({f.digest for f in folds}) == 1


# ----------------------------------------------------------------------------- Datasets


def test_dataset_materialised_with_its_classes(datasets: Path) -> None:
    b = load_data(cfg(f"{datasets}:make", args={"n": 50}), seed=0)
    assert b.is_image and b.input_shape == (1, 6, 6)
    assert b.class_names == ["empty", "square"]
    assert sum(len(s) for s in (b.train, b.val, b.test)) == 50
    assert b.train.y.dtype == torch.int64 and b.digest and b.source


def test_dataset_mapping_presplit(datasets: Path) -> None:
    b = load_data(cfg(f"{datasets}:splits", augment={"hflip": True}), seed=0)
    assert (len(b.train), len(b.val), len(b.test)) == (40, 10, 12)
    assert b.augment is not None
    xb, _ = next(b.train_batches(8, torch.Generator().manual_seed(0), shuffle=True))
    assert tuple(xb.shape) == (8, 1, 6, 6)


# ----------------------------------------------------------------------------- dnnlab.factories


def test_spec_forms(tmp_path: Path, arrays: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert factory_source_file("./mydata.py:make_data") == arrays.resolve()
    assert factory_source_file("sub/dir/file.py:fn") == (tmp_path / "sub/dir/file.py").resolve()
    assert factory_source_file(f"{arrays}:make_data") == arrays.resolve()
    assert factory_source_file("numpy.random:default_rng") is None
    fn = load_factory("./mydata.py:make_data", "data.factory")
    assert load_factory(f"{arrays}:make_data", "data.factory") is fn  # unchanged: same module
    # the module form finds a module in the current directory
    write(tmp_path, "dnnlab_cwd_factory_mod.py", ARRAYS)
    mod_fn = load_factory("dnnlab_cwd_factory_mod:as_tuple", "model.factory")
    x, y = call_factory(mod_fn, {"n": 8}, "model.factory")
    assert x.shape == (8, 3) and y.shape == (8,)
    b = load_data(DataConfig(factory="./mydata.py:make_data"), seed=0)
    assert b.n_classes == 3


@pytest.mark.parametrize(
    ("spec", "args", "fragment"),
    [
        ("no_such_module_xyz:make", {}, "data.factory 'no_such_module_xyz:make': module "
         "'no_such_module_xyz' not found"),
        ("./missing.py:make", {}, "missing.py' not found (relative to the current directory"),
        ("{arrays}:nope", {}, "mydata.py has no attribute 'nope'; it defines make_data"),
        ("{arrays}:NOT_CALLABLE", {}, "NOT_CALLABLE is not callable (it is of type int)"),
        ("{broken}:make", {}, "importing broken.py raised RuntimeError: cannot import me"),
        ("{arrays}:raises", {}, "data.factory: raises() raised ValueError: bad thing happened; "
         "fix the function or data.args"),
        ("{arrays}:make_data", {"bogus": 1, "n": 30}, "data.args: make_data() of data.factory "
         "takes no argument 'bogus'; it takes n, seed, noise"),
        ("{arrays}:needs_arg", {}, "data.args: needs_arg() of data.factory needs argument(s) 'n'"),
        ("{arrays}:returns_int", {}, "data.factory: returned a value of type int; return (x, y)"),
        ("{arrays}:wrong_len", {}, "x of the train split has 10 samples but y has 9"),
        ("{arrays}:y_2d", {}, "y of the train split has shape (10, 2); y must be 1-D"),
        ("{arrays}:x_3d", {}, "x of the train split has shape (10, 4, 4)"),
        ("{arrays}:nan_x", {}, "x of the train split has 1 NaN or infinite value(s)"),
        ("{arrays}:single_class", {}, "y has a single class '0'"),
        ("{arrays}:unknown_key", {}, "returned unknown key(s) 'validation'"),
        ("{arrays}:short_class_names", {}, "has label 2, but class_names lists 2 classes"),
        ("{datasets}:triples", {}, "item 0 of the train Dataset is a 3-tuple; items must be "
         "(x, y) pairs"),
    ],
)
def test_bad_factory_is_one_line_error(
    tmp_path: Path, arrays: Path, datasets: Path, monkeypatch: pytest.MonkeyPatch,
    spec: str, args: dict, fragment: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    broken = write(tmp_path, "broken.py", BROKEN)
    spec = spec.format(arrays=arrays, datasets=datasets, broken=broken)
    message = user_error(cfg(spec, args=args))
    assert fragment in message, message
    assert "data.factory" in message or "data.args" in message


def test_float_labels_for_classification(arrays: Path) -> None:
    message = user_error(cfg(f"{arrays}:float_labels_for_classification", task="classification"))
    assert "non-integer labels" in message and "data.task: regression" in message


def test_config_checks_the_factory_key() -> None:
    assert DataConfig(factory="pkg.mod:fn").dataset == "factory"
    assert DataConfig(factory="pkg.mod:fn", dataset="factory").dataset == "factory"
    with pytest.raises(UserError, match="data.factory is set, so data.dataset 'moons' does not"):
        load_config_dict({"data": {"factory": "pkg.mod:fn", "dataset": "moons"}})
    with pytest.raises(UserError, match="must look like 'package.module:callable'"):
        load_config_dict({"data": {"factory": "mydata.py"}})
    with pytest.raises(UserError, match="dataset 'factory' needs data.factory"):
        load_config_dict({"data": {"dataset": "factory"}})


# ----------------------------------------------------------------------------- end to end


def test_runs_with_array_and_dataset_factories(tracking_uri: str, client: MlflowClient,
                                               arrays: Path, datasets: Path) -> None:
    from dnnlab.runner import run_experiment  # imported here: the unit tests above need no runner

    res = run_experiment(tiny(tracking_uri, data={
        "dataset": None, "factory": f"{arrays}:make_data", "args": {"n": 120}}))
    assert res.status == "FINISHED"
    params = client.get_run(res.run_id).data.params
    assert params["data.factory"] == f"{arrays}:make_data"
    assert params["data.dataset"] == "factory" and params["data.args.n"] == "120"
    assert res.metrics["test/accuracy"] > 0.5  # three well separated classes

    res = run_experiment(tiny(tracking_uri, data={"dataset": "factory",
                                                    "factory": f"{datasets}:splits"},
                              model={"kind": "cnn", "conv": [{"channels": 4}], "hidden": [8]},
                              train={"epochs": 2, "batch_size": 16}))
    assert res.status == "FINISHED"
    params = client.get_run(res.run_id).data.params
    assert params["data.factory"] == f"{datasets}:splits" and params["data.dataset"] == "factory"


def test_cli_factory_that_raises_exits_2_without_a_run(tmp_path: Path, arrays: Path) -> None:
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    path = tmp_path / "exp.yaml"
    path.write_text(yaml.safe_dump({
        "name": "cli", "data": {"factory": "./mydata.py:raises"},
        "train": {"epochs": 1}, "tracking": {"uri": uri, "log_model": False},
    }))
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "train", str(path)],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=120)
    assert proc.returncode == 2, proc.stderr
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "data.factory: raises() raised ValueError: bad thing happened" in lines[0]
    assert not (tmp_path / "mlflow.db").exists() or not all_runs(MlflowClient(uri))
