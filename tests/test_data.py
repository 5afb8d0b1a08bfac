"""dnnlab.data: every data set kind, the splits' invariants, and one-line errors on bad input."""

from __future__ import annotations

import pickle
import struct
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import torch

from dnnlab.config import DataConfig
from dnnlab.data import DataBundle, Split, eval_batches, load_data, load_kfold
from dnnlab.errors import UserError

# ----------------------------------------------------------------------------- helpers


def cfg(**kw: object) -> DataConfig:
    return DataConfig(**kw)


def user_error(config: DataConfig, *, kfold: bool = False) -> str:
    """The message of the UserError that loading ``config`` raises; it must be one line."""
    with pytest.raises(UserError) as info:
        (load_kfold if kfold else load_data)(config, 0)
    message = str(info.value)
    assert "\n" not in message and message.strip() == message and message
    return message


def write_csv(tmp_path: Path, text: str, name: str = "table.csv") -> str:
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def table_csv(tmp_path: Path, n: int = 60, seed: int = 0) -> str:
    """An ``id`` column (unique per row), a constant column, a noisy feature, 3 string classes."""
    rng = np.random.default_rng(seed)
    df = pd.DataFrame({
        "id": np.arange(n),
        "const": np.full(n, 5.0),
        "f": rng.normal(3.0, 2.0, n),
        "label": np.array(["cat", "dog", "ant"])[np.arange(n) % 3],
    })
    path = tmp_path / "table.csv"
    df.to_csv(path, index=False)
    return str(path)


def all_splits(b: DataBundle) -> list[Split]:
    return [s for s in (b.train, b.val, b.test) if s is not None]


def write_idx(path: Path, array: np.ndarray) -> None:
    """An IDX file as MNIST ships it: magic 0x0000080N, big-endian dims, ubyte data."""
    path.parent.mkdir(parents=True, exist_ok=True)
    header = struct.pack(">I", 0x0800 | array.ndim)
    header += b"".join(struct.pack(">I", d) for d in array.shape)
    path.write_bytes(header + array.astype(np.uint8).tobytes())


def write_mnist(root: Path, folder: str = "MNIST", n_train: int = 60, n_test: int = 20) -> dict:
    rng = np.random.default_rng(1)
    raw = root / folder / "raw"
    arrays = {
        "train-images-idx3-ubyte": rng.integers(0, 256, (n_train, 28, 28)),
        "train-labels-idx1-ubyte": np.arange(n_train) % 10,
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (n_test, 28, 28)),
        "t10k-labels-idx1-ubyte": np.arange(n_test) % 10,
    }
    for name, array in arrays.items():
        write_idx(raw / name, array)
    return arrays


def write_cifar(root: Path, per_batch: int = 10, n_test: int = 20, str_keys: bool = False) -> dict:
    """Batches in the CIFAR python format: dicts with data uint8 (N, 3072) and labels."""
    rng = np.random.default_rng(2)
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)

    def key(k: str) -> str | bytes:
        return k if str_keys else k.encode()

    batches = {}
    for i, name in enumerate([*(f"data_batch_{j}" for j in range(1, 6)), "test_batch"]):
        n = n_test if name == "test_batch" else per_batch
        data = rng.integers(0, 256, (n, 3072)).astype(np.uint8)
        labels = [(i + j) % 10 for j in range(n)]
        batches[name] = (data, labels)
        entry = {key("batch_label"): key(name), key("data"): data, key("labels"): labels}
        (folder / name).write_bytes(pickle.dumps(entry, protocol=2))
    names = [b"airplane", b"automobile", b"bird", b"cat", b"deer", b"dog", b"frog", b"horse",
             b"ship", b"truck"]
    meta = {key("label_names"): names, key("num_vis"): 3072}
    (folder / "batches.meta").write_bytes(pickle.dumps(meta, protocol=2))
    return batches


# ----------------------------------------------------------------------------- shipped sets


@pytest.mark.parametrize(
    ("dataset", "shape", "n_classes", "n"),
    [
        ("digits", (1, 8, 8), 10, 1797),
        ("breast_cancer", (30,), 2, 569),
        ("moons", (2,), 2, 300),
        ("spirals", (2,), 4, 300),
        ("blobs", (5,), 4, 300),
    ],
)
def test_classification_sets(dataset: str, shape: tuple, n_classes: int, n: int) -> None:
    b = load_data(cfg(dataset=dataset, n_samples=300, n_classes=4, n_features=5), seed=0)
    assert b.task == "classification"
    assert b.input_shape == shape and b.n_classes == n_classes
    assert len(b.class_names) == n_classes
    assert b.is_image == (dataset == "digits")
    assert (b.feature_names is None) == b.is_image
    if b.feature_names is not None:
        assert len(b.feature_names) == shape[0]
    assert sum(len(s) for s in all_splits(b)) == n
    for s in all_splits(b):
        assert s.x.dtype == torch.float32 and s.y.dtype == torch.int64
        assert tuple(s.x.shape[1:]) == shape and s.y.shape == (len(s),)
        assert torch.isfinite(s.x).all()
        assert s.y.min() >= 0 and s.y.max() < n_classes
    assert set(b.train.y.tolist()) == set(range(n_classes))


def test_digits_raw_pixels_in_unit_range() -> None:
    b = load_data(cfg(dataset="digits", standardize=False), seed=0)
    assert b.standardizer is None
    x = torch.cat([s.x for s in all_splits(b)])
    assert x.min() == 0.0 and x.max() == 1.0
    assert b.class_names == [str(i) for i in range(10)]


def test_breast_cancer_names() -> None:
    b = load_data(cfg(dataset="breast_cancer"), seed=0)
    assert b.class_names == ["malignant", "benign"]
    assert b.feature_names is not None and b.feature_names[0] == "mean radius"


def test_sine_is_regression() -> None:
    b = load_data(cfg(dataset="sine", n_samples=500, noise=0.0, standardize=False), seed=3)
    assert b.task == "regression" and b.n_classes == 0 and b.class_names == []
    assert b.input_shape == (1,) and b.feature_names == ["x"]
    for s in all_splits(b):
        assert s.y.dtype == torch.float32 and s.y.shape == (len(s),)
        assert s.x.min() >= -3 and s.x.max() <= 3
        torch.testing.assert_close(s.y, torch.sin(s.x[:, 0]), atol=1e-5, rtol=0)


def test_synthetic_noise_and_size() -> None:
    clean = load_data(cfg(dataset="sine", n_samples=400, noise=0.0), seed=0)
    noisy = load_data(cfg(dataset="sine", n_samples=400, noise=0.5), seed=0)
    assert sum(len(s) for s in all_splits(noisy)) == 400
    resid = noisy.train.y - torch.sin(
        noisy.train.x[:, 0] * noisy.standardizer["std"][0] + noisy.standardizer["mean"][0]
    )
    assert 0.35 < resid.std() < 0.65
    assert clean.train.y.abs().max() <= 1.0 + 1e-6


def test_spirals_balanced_and_interleaved() -> None:
    b = load_data(cfg(dataset="spirals", n_samples=600, n_classes=3, standardize=False,
                      val_fraction=0, test_fraction=0), seed=0)
    assert torch.bincount(b.train.y).tolist() == [200, 200, 200]
    radius = b.train.x.norm(dim=1)
    assert radius.max() <= 1.0 + 1e-5
    # interleaved: at a similar radius every class is present
    ring = (radius > 0.5) & (radius < 0.6)
    assert set(b.train.y[ring].tolist()) == {0, 1, 2}


# ----------------------------------------------------------------------------- splits


def test_split_sizes_and_stratification() -> None:
    b = load_data(cfg(dataset="breast_cancer", val_fraction=0.2, test_fraction=0.25), seed=0)
    n = 569
    assert len(b.test) == int(np.ceil(0.25 * n)) and len(b.val) == int(np.ceil(0.2 * n))
    overall = 357 / n  # share of class 1 ("benign")
    for s in all_splits(b):
        assert abs(s.y.float().mean().item() - overall) < 0.01


def test_zero_fractions_give_none() -> None:
    b = load_data(cfg(dataset="moons", n_samples=100, val_fraction=0, test_fraction=0), seed=0)
    assert b.val is None and b.test is None and len(b.train) == 100


def test_same_seed_same_data_other_seed_other_split() -> None:
    one = load_data(cfg(dataset="moons"), seed=5)
    two = load_data(cfg(dataset="moons"), seed=5)
    other = load_data(cfg(dataset="moons"), seed=6)
    for a, b in zip(all_splits(one), all_splits(two), strict=True):
        assert torch.equal(a.x, b.x) and torch.equal(a.y, b.y)
    assert one.standardizer == two.standardizer
    assert not torch.equal(one.train.x, other.train.x)


def test_splits_are_disjoint(tmp_path: Path) -> None:
    b = load_data(cfg(dataset="csv", path=table_csv(tmp_path, n=90), target="label",
                      standardize=False), seed=0)
    ids = [set(s.x[:, 0].long().tolist()) for s in all_splits(b)]
    assert sum(len(i) for i in ids) == 90 and set.union(*ids) == set(range(90))


def test_standardize_uses_train_statistics_only() -> None:
    raw = load_data(cfg(dataset="breast_cancer", standardize=False), seed=0)
    b = load_data(cfg(dataset="breast_cancer"), seed=0)
    st = b.standardizer
    assert st is not None and st["kind"] == "per_feature" and len(st["mean"]) == 30
    mean = raw.train.x.double().mean(0)
    std = raw.train.x.double().std(0, correction=0)
    torch.testing.assert_close(torch.tensor(st["mean"], dtype=torch.float64), mean)
    torch.testing.assert_close(torch.tensor(st["std"], dtype=torch.float64), std)
    assert b.train.x.mean(0).abs().max() < 1e-4
    assert (b.train.x.std(0, correction=0) - 1).abs().max() < 1e-3
    # val and test use the train statistics, so they are not exactly centred
    assert b.val.x.mean(0).abs().max() > 1e-3 and b.test.x.mean(0).abs().max() > 1e-3
    for before, after in ((raw.val, b.val), (raw.test, b.test)):
        torch.testing.assert_close(after.x, ((before.x.double() - mean) / std).float())
        assert torch.equal(after.y, before.y)


def test_standardize_images_per_channel() -> None:
    b = load_data(cfg(dataset="digits"), seed=0)
    st = b.standardizer
    assert st["kind"] == "per_channel" and len(st["mean"]) == 1 == len(st["std"])
    assert abs(b.train.x.mean().item()) < 1e-4 and abs(b.train.x.std().item() - 1) < 1e-3
    assert abs(b.val.x.mean().item()) > 1e-4


def test_regression_target_not_standardized() -> None:
    raw = load_data(cfg(dataset="sine", standardize=False), seed=0)
    b = load_data(cfg(dataset="sine"), seed=0)
    assert torch.equal(raw.train.y, b.train.y)


def test_constant_feature_stays_finite(tmp_path: Path) -> None:
    b = load_data(cfg(dataset="csv", path=table_csv(tmp_path), target="label"), seed=0)
    assert b.feature_names == ["id", "const", "f"]
    assert b.standardizer["std"][1] == 1.0
    for s in all_splits(b):
        assert torch.isfinite(s.x).all()
        assert torch.equal(s.x[:, 1], torch.zeros(len(s)))


def test_subset_keeps_n_stratified_and_leaves_val_test() -> None:
    full = load_data(cfg(dataset="digits"), seed=0)
    small = load_data(cfg(dataset="digits", subset=100, standardize=False), seed=0)
    assert len(small.train) == 100
    assert set(small.train.y.tolist()) == set(range(10))
    assert torch.bincount(small.train.y, minlength=10).min() >= 8
    assert torch.equal(full.val.y, small.val.y) and torch.equal(full.test.y, small.test.y)
    tiny = load_data(cfg(dataset="digits", subset=3), seed=0)  # fewer than classes
    assert len(tiny.train) == 3
    assert len(load_data(cfg(dataset="moons", subset=10**6), seed=0).train) == 600


def test_order_by_label_is_kept_when_unshuffled() -> None:
    b = load_data(cfg(dataset="digits", order="by_label"), seed=0)
    assert torch.all(b.train.y[1:] >= b.train.y[:-1])
    gen = torch.Generator().manual_seed(0)
    labels = torch.cat([y for _, y in b.train_batches(64, gen, shuffle=False)])
    assert torch.equal(labels, b.train.y)
    first = next(b.train_batches(64, gen, shuffle=False))[1]
    assert set(first.tolist()) == {0}  # the unshuffled-data failure, on purpose


def test_random_order_fixed_when_unshuffled_new_each_epoch_when_shuffled() -> None:
    b = load_data(cfg(dataset="moons", n_samples=200, standardize=False), seed=0)
    assert not torch.all(b.train.y[1:] >= b.train.y[:-1])  # a seeded permutation, not sorted
    gen = torch.Generator().manual_seed(0)

    def epoch(shuffle: bool) -> torch.Tensor:
        return torch.cat([x for x, _ in b.train_batches(16, gen, shuffle=shuffle)])

    torch.testing.assert_close(epoch(False), epoch(False))
    torch.testing.assert_close(epoch(False), b.train.x)
    e1, e2 = epoch(True), epoch(True)
    assert not torch.equal(e1, e2)
    key = lambda x: sorted(map(tuple, x.tolist()))  # noqa: E731
    assert key(e1) == key(e2) == key(b.train.x)
    again = torch.Generator().manual_seed(0)
    first = torch.cat([x for x, _ in b.train_batches(16, again, shuffle=True)])
    torch.testing.assert_close(first, e1)  # the generator alone decides the permutation


@pytest.mark.parametrize(("n", "batch", "steps"), [(64, 16, 4), (65, 16, 4), (66, 16, 5)])
def test_batches_cover_the_split(n: int, batch: int, steps: int) -> None:
    b = load_data(cfg(dataset="moons", n_samples=n, val_fraction=0, test_fraction=0), seed=0)
    gen = torch.Generator().manual_seed(0)
    sizes = [len(y) for _, y in b.train_batches(batch, gen, shuffle=True)]
    assert b.steps_per_epoch(batch) == len(sizes) == steps
    assert sum(sizes) == n and min(sizes) > 1  # a lone trailing sample joins the last batch
    xs, ys = zip(*eval_batches(b.train, batch), strict=True)
    assert torch.equal(torch.cat(xs), b.train.x) and torch.equal(torch.cat(ys), b.train.y)


DEVICES = ["cpu", *(["cuda"] if torch.cuda.is_available() else [])]


@pytest.mark.parametrize("device", DEVICES)
def test_bundle_on_device_batches_like_on_cpu(device: str) -> None:
    b = load_data(cfg(dataset="digits", augment={"hflip": True, "noise_std": 0.1}), seed=0)
    moved = b.to(device)
    assert moved.train.x.device.type == device and moved.test.y.device.type == device
    assert b.train.x.device.type == "cpu"  # the original is untouched
    on_cpu = [y for _, y in b.train_batches(100, torch.Generator().manual_seed(3), True)]
    there = list(moved.train_batches(100, torch.Generator().manual_seed(3), True))
    assert all(x.device.type == device and x.shape[1:] == (1, 8, 8) for x, _ in there)
    assert all(torch.equal(a, y.cpu()) for a, (_, y) in zip(on_cpu, there, strict=True))


def test_kfold_folds_disjoint_covering_and_share_test(tmp_path: Path) -> None:
    config = cfg(dataset="csv", path=table_csv(tmp_path, n=90), target="label", kfold=3,
                 test_fraction=0.2, standardize=False)
    folds = load_kfold(config, seed=0)
    assert len(folds) == 3
    test_ids = set(folds[0].test.x[:, 0].long().tolist())
    assert len(test_ids) == 18
    val_ids = []
    for f in folds:
        assert set(f.test.x[:, 0].long().tolist()) == test_ids
        tr, va = set(f.train.x[:, 0].long().tolist()), set(f.val.x[:, 0].long().tolist())
        assert not tr & va and not (tr | va) & test_ids
        assert tr | va | test_ids == set(range(90))
        assert torch.bincount(f.val.y).tolist() == [8, 8, 8]  # stratified
        val_ids.append(va)
    assert sum(len(v) for v in val_ids) == 72 and set.union(*val_ids) == set(range(90)) - test_ids
    again = load_kfold(config, seed=0)
    assert all(torch.equal(a.val.x, b.val.x) for a, b in zip(folds, again, strict=True))


def test_kfold_standardizes_each_fold_on_its_train() -> None:
    folds = load_kfold(cfg(dataset="sine", n_samples=200, kfold=4), seed=0)
    assert len({tuple(f.standardizer["mean"]) for f in folds}) == 4
    for f in folds:
        assert abs(f.train.x.mean().item()) < 1e-5 and f.task == "regression"


# ----------------------------------------------------------------------------- augmentation


def test_augment_changes_images_keeps_shape() -> None:
    b = load_data(cfg(dataset="digits", augment={"rotation": 30, "crop_padding": 1,
                                                 "noise_std": 0.1}), seed=0)
    assert b.augment is not None
    torch.manual_seed(0)
    x, y = next(b.train_batches(32, torch.Generator().manual_seed(0), shuffle=False))
    assert x.shape == (32, 1, 8, 8) and torch.isfinite(x).all()
    assert not torch.equal(x, b.train.x[:32]) and torch.equal(y, b.train.y[:32])
    assert torch.equal(b.train.x[:32], next(eval_batches(b.train, 32))[0])  # stored data intact


def test_augment_randomness_is_per_sample() -> None:
    b = load_data(cfg(dataset="digits", augment={"hflip": True}), seed=0)
    torch.manual_seed(0)
    batch = b.train.x[:64]
    out = b.augment(batch)
    flipped = torch.tensor([torch.equal(o, i.flip(-1)) for o, i in zip(out, batch, strict=True)])
    kept = torch.tensor([torch.equal(o, i) for o, i in zip(out, batch, strict=True)])
    assert (flipped | kept).all() and flipped.any() and kept.any()


def test_augment_off_or_empty_gives_none() -> None:
    assert load_data(cfg(dataset="digits"), seed=0).augment is None
    assert load_data(cfg(dataset="digits", augment={}), seed=0).augment is None


# ----------------------------------------------------------------------------- csv


def test_csv_classification_with_string_labels(tmp_path: Path) -> None:
    b = load_data(cfg(dataset="csv", path=table_csv(tmp_path), target="label"), seed=0)
    assert b.task == "classification" and b.class_names == ["ant", "cat", "dog"]
    assert b.input_shape == (3,) and not b.is_image and b.n_classes == 3
    assert b.train.y.dtype == torch.int64


def test_csv_task_inference(tmp_path: Path) -> None:
    rng = np.random.default_rng(0)
    n = 80
    x = rng.normal(size=n)
    df = pd.DataFrame({"x": x, "few_ints": np.arange(n) % 4 * 10, "many_ints": np.arange(n),
                       "floats": x * 2.5 + 0.1, "whole_floats": (np.arange(n) % 3).astype(float)})
    path = tmp_path / "t.csv"
    df.to_csv(path, index=False)

    def load(target: str, task: str = "auto", **kw: object) -> DataBundle:
        config = cfg(dataset="csv", path=str(path), target=target, task=task, **kw)
        return load_data(config, seed=0)

    few = load("few_ints")
    assert few.task == "classification" and few.class_names == ["0", "10", "20", "30"]
    assert load("whole_floats").class_names == ["0", "1", "2"]
    many = load("many_ints")
    assert many.task == "regression" and many.train.y.dtype == torch.float32
    assert load("floats").task == "regression" and load("floats").n_classes == 0
    assert load("few_ints", task="regression").task == "regression"
    forced = load("many_ints", task="classification", val_fraction=0, test_fraction=0)
    assert forced.task == "classification" and forced.n_classes == n


# ----------------------------------------------------------------------------- torchvision sets


@pytest.mark.parametrize(("dataset", "folder"), [("mnist", "MNIST"),
                                                 ("fashion_mnist", "FashionMNIST")])
def test_mnist_like_from_idx_files(tmp_path: Path, dataset: str, folder: str) -> None:
    arrays = write_mnist(tmp_path, folder)
    b = load_data(cfg(dataset=dataset, root=str(tmp_path), standardize=False), seed=0)
    assert b.input_shape == (1, 28, 28) and b.is_image and b.n_classes == 10
    assert len(b.test) == 20 and len(b.val) == 12 and len(b.train) == 48  # val: 20% of train
    expected = torch.as_tensor(arrays["t10k-images-idx3-ubyte"], dtype=torch.float32) / 255
    torch.testing.assert_close(b.test.x[:, 0], expected)  # the official test set, in order
    assert torch.equal(b.test.y, torch.arange(20) % 10)
    for s in all_splits(b):
        assert s.x.dtype == torch.float32 and s.x.min() >= 0 and s.x.max() <= 1
        assert s.y.dtype == torch.int64
    assert sorted(torch.bincount(b.val.y, minlength=10).tolist()) == [1] * 8 + [2] * 2
    if dataset == "fashion_mnist":
        assert b.class_names[0] == "T-shirt/top"
    std = load_data(cfg(dataset=dataset, root=str(tmp_path)), seed=0)
    assert std.standardizer["kind"] == "per_channel"
    assert abs(std.train.x.mean().item()) < 1e-4
    no_test = load_data(cfg(dataset=dataset, root=str(tmp_path), test_fraction=0), seed=0)
    assert no_test.test is None and len(no_test.train) + len(no_test.val) == 60


def test_mnist_kfold_uses_official_test(tmp_path: Path) -> None:
    write_mnist(tmp_path)
    folds = load_kfold(cfg(dataset="mnist", root=str(tmp_path), kfold=3), seed=0)
    assert [(len(f.train), len(f.val), len(f.test)) for f in folds] == [(40, 20, 20)] * 3


@pytest.mark.parametrize("str_keys", [False, True])
def test_cifar10_from_python_batches(tmp_path: Path, str_keys: bool) -> None:
    batches = write_cifar(tmp_path, str_keys=str_keys)
    b = load_data(cfg(dataset="cifar10", root=str(tmp_path), standardize=False,
                      val_fraction=0.2), seed=0)
    assert b.input_shape == (3, 32, 32) and b.n_classes == 10
    assert b.class_names[:2] == ["airplane", "automobile"]
    assert len(b.train) + len(b.val) == 50 and len(b.val) == 10 and len(b.test) == 20
    data, labels = batches["test_batch"]
    expected = torch.as_tensor(data, dtype=torch.float32).reshape(20, 3, 32, 32) / 255
    torch.testing.assert_close(b.test.x, expected)  # rows are R plane, G plane, B plane
    assert b.test.y.tolist() == labels
    std = load_data(cfg(dataset="cifar10", root=str(tmp_path)), seed=0)
    assert len(std.standardizer["mean"]) == 3
    means = std.train.x.transpose(0, 1).reshape(3, -1).mean(1)
    assert means.abs().max() < 1e-4


def test_cifar10_augment_crop_and_flip(tmp_path: Path) -> None:
    write_cifar(tmp_path)
    b = load_data(cfg(dataset="cifar10", root=str(tmp_path),
                      augment={"hflip": True, "crop_padding": 4}), seed=0)
    torch.manual_seed(0)
    x, _ = next(b.train_batches(8, torch.Generator().manual_seed(0), shuffle=True))
    assert x.shape == (8, 3, 32, 32)


# ----------------------------------------------------------------------------- bad input


def test_error_missing_csv(tmp_path: Path) -> None:
    msg = user_error(cfg(dataset="csv", path=str(tmp_path / "nope.csv"), target="y"))
    assert "nope.csv" in msg and "not found" in msg and "data.path" in msg


def test_error_empty_csv(tmp_path: Path) -> None:
    msg = user_error(cfg(dataset="csv", path=write_csv(tmp_path, ""), target="y"))
    assert "empty" in msg


def test_error_header_only_csv(tmp_path: Path) -> None:
    msg = user_error(cfg(dataset="csv", path=write_csv(tmp_path, "a,b,y\n"), target="y"))
    assert "no data rows" in msg


def test_error_target_absent_lists_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,b,label\n1,2,x\n3,4,y\n")
    msg = user_error(cfg(dataset="csv", path=path, target="target"))
    assert "'target'" in msg and "'a', 'b', 'label'" in msg and "data.target" in msg


def test_error_non_numeric_feature(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,color,y\n1,red,0\n2,blue,1\n3,red,0\n")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "'color'" in msg and "not numeric" in msg and "'red'" in msg


def test_error_nan_values(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,b,y\n1,2,0\n,3,1\n4,,0\n5,,1\n")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "column 'a' has 1 empty/NaN value(s) (file line(s) 3)" in msg and "'b' (2)" in msg
    path = write_csv(tmp_path, "a,b,y\n1,2,0\n2,3,1\n4,,0\n5,,1\n", "b.csv")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "column 'b' has 2 empty/NaN value(s) (file line(s) 4, 5)" in msg
    path = write_csv(tmp_path, "a,y\n1,0\n2,\n3,1\n", "t.csv")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "target column 'y'" in msg and "1 empty/NaN" in msg


def test_error_single_class(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,y\n1,yes\n2,yes\n3,yes\n")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "single class 'yes'" in msg and "data.task: regression" in msg


def test_error_too_few_rows(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,y\n1,0\n2,1\n3,0\n4,1\n")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "too few" in msg or "at least" in msg
    path = write_csv(tmp_path, "a,y\n" + "".join(f"{i},{i % 2}\n" for i in range(20)) + "9,z\n",
                     "rare.csv")
    msg = user_error(cfg(dataset="csv", path=path, target="y"))
    assert "class 'z'" in msg and "1 row" in msg


def test_error_string_target_for_regression(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "a,y\n" + "".join(f"{i},c{i % 2}\n" for i in range(20)))
    msg = user_error(cfg(dataset="csv", path=path, target="y", task="regression"))
    assert "not numeric" in msg and "classification" in msg


def test_error_only_target_column(tmp_path: Path) -> None:
    path = write_csv(tmp_path, "y\n1\n2\n")
    assert "feature column" in user_error(cfg(dataset="csv", path=path, target="y"))


def test_error_augment_on_tabular() -> None:
    msg = user_error(cfg(dataset="moons", augment={"hflip": True}))
    assert "images only" in msg and "hflip" in msg


def test_error_kfold_settings(tmp_path: Path) -> None:
    assert "data.kfold" in user_error(cfg(dataset="moons"), kfold=True)
    path = write_csv(tmp_path, "a,y\n" + "".join(f"{i},{int(i < 3)}\n" for i in range(30)))
    msg = user_error(cfg(dataset="csv", path=path, target="y", kfold=5, test_fraction=0),
                     kfold=True)
    assert "data.kfold=5" in msg and "class '1'" in msg


@pytest.mark.parametrize("dataset", ["mnist", "fashion_mnist", "cifar10"])
def test_error_missing_image_files(tmp_path: Path, dataset: str) -> None:
    msg = user_error(cfg(dataset=dataset, root=str(tmp_path / "data")))
    expected = {"mnist": "MNIST/raw/train-images-idx3-ubyte",
                "fashion_mnist": "FashionMNIST/raw/train-images-idx3-ubyte",
                "cifar10": "cifar-10-batches-py/data_batch_1"}[dataset]
    assert expected in msg and "data.download: true" in msg and "internet" in msg


def test_error_partial_mnist_names_the_missing_file(tmp_path: Path) -> None:
    write_mnist(tmp_path)
    (tmp_path / "MNIST/raw/t10k-labels-idx1-ubyte").unlink()
    msg = user_error(cfg(dataset="mnist", root=str(tmp_path)))
    assert "t10k-labels-idx1-ubyte" in msg and "train-images" not in msg


@pytest.mark.parametrize("damage", ["truncated", "magic", "shape", "count", "label"])
def test_error_corrupt_mnist(tmp_path: Path, damage: str) -> None:
    write_mnist(tmp_path)
    raw = tmp_path / "MNIST" / "raw"
    images = raw / "train-images-idx3-ubyte"
    if damage == "truncated":
        images.write_bytes(images.read_bytes()[:1000])
    elif damage == "magic":
        images.write_bytes(b"\x00\x00\x77\x03" + images.read_bytes()[4:])
    elif damage == "shape":
        write_idx(images, np.zeros((60, 14, 14)))
    elif damage == "count":
        write_idx(raw / "train-labels-idx1-ubyte", np.zeros(59))
    else:
        write_idx(raw / "t10k-labels-idx1-ubyte", np.full(20, 12))
    msg = user_error(cfg(dataset="mnist", root=str(tmp_path)))
    assert "corrupt" in msg and "MNIST" in msg
    expected = {"truncated": "train-images-idx3-ubyte: 1000 bytes",
                "magic": "magic number 0x00007703, expected 0x00000803",
                "shape": "images of 14x14", "count": "59 labels for 60 images",
                "label": "t10k-labels-idx1-ubyte: labels outside 0..9"}[damage]
    assert expected in msg


@pytest.mark.parametrize("damage", ["garbage", "shape", "labels", "meta"])
def test_error_corrupt_cifar10(tmp_path: Path, damage: str) -> None:
    write_cifar(tmp_path)
    folder = tmp_path / "cifar-10-batches-py"
    if damage == "garbage":
        (folder / "data_batch_3").write_bytes(b"definitely not a pickle")
    elif damage == "shape":
        entry = {b"data": np.zeros((10, 100), np.uint8), b"labels": [0] * 10}
        (folder / "data_batch_2").write_bytes(pickle.dumps(entry))
    elif damage == "labels":
        entry = {b"data": np.zeros((10, 3072), np.uint8), b"labels": [0] * 9}
        (folder / "test_batch").write_bytes(pickle.dumps(entry))
    else:
        (folder / "batches.meta").write_bytes(pickle.dumps({b"label_names": [b"a", b"b"]}))
    msg = user_error(cfg(dataset="cifar10", root=str(tmp_path)))
    assert "corrupt" in msg and "cifar-10-batches-py" in msg
