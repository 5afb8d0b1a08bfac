"""data.dataset: imagefolder: class folders of PNGs read with PIL, splits, resizing, errors."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
import torch
from mlflow import MlflowClient
from PIL import Image

from dnnlab.config import DataConfig
from dnnlab.data import load_data, load_kfold
from dnnlab.errors import UserError
from tests.conftest import tiny

CLASSES = ("circle", "horizontal", "vertical")


def picture(label: int, size: int, rng: np.random.Generator) -> np.ndarray:
    """A noisy grey image whose bright pattern depends on the class: learnable by a small CNN."""
    img = rng.integers(0, 40, (size, size)).astype(np.uint8)
    half = size // 2
    if label == 0:
        img[half - 2:half + 2, half - 2:half + 2] = 250
    elif label == 1:
        img[half - 1:half + 1, :] = 250
    else:
        img[:, half - 1:half + 1] = 250
    return img


def write_images(folder: Path, per_class: int, size: int = 8, mode: str = "L",
                 seed: int = 0, classes: tuple[str, ...] = CLASSES) -> None:
    rng = np.random.default_rng(seed)
    for label, name in enumerate(classes):
        (folder / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            img = Image.fromarray(picture(CLASSES.index(name) if name in CLASSES else label,
                                          size, rng), mode="L")
            img.convert(mode).save(folder / name / f"{i:03d}.png")


def cfg(root: Path, **kw: object) -> DataConfig:
    return DataConfig(dataset="imagefolder", root=str(root), **kw)


def user_error(config: DataConfig) -> str:
    with pytest.raises(UserError) as info:
        load_data(config, 0)
    message = str(info.value)
    assert "\n" not in message and message.strip() == message and message
    return message


def test_class_folders_split_by_fractions(tmp_path: Path) -> None:
    write_images(tmp_path / "imgs", per_class=12)
    b = load_data(cfg(tmp_path / "imgs"), seed=0)
    assert b.is_image and b.task == "classification"
    assert b.input_shape == (1, 8, 8) and b.class_names == list(CLASSES)
    assert (len(b.train), len(b.val), len(b.test)) == (20, 8, 8)
    assert set(b.train.y.tolist()) == {0, 1, 2}
    st = b.standardizer
    assert st is not None and st["kind"] == "per_channel" and len(st["mean"]) == 1
    assert abs(float(b.train.x.mean())) < 1e-5
    assert b.digest is not None and len(b.digest) == 16
    assert b.source is not None and str((tmp_path / "imgs").resolve()) in b.source
    raw = load_data(cfg(tmp_path / "imgs", standardize=False), seed=0)
    assert raw.train.x.min() >= 0.0 and raw.train.x.max() <= 1.0
    assert raw.train.x.max() == pytest.approx(250 / 255)
    assert load_data(cfg(tmp_path / "imgs"), seed=1).digest == b.digest  # same files


def test_train_val_test_folders_are_the_splits(tmp_path: Path) -> None:
    write_images(tmp_path / "train", per_class=10, seed=0)
    write_images(tmp_path / "val", per_class=3, seed=1)
    write_images(tmp_path / "test", per_class=4, seed=2, classes=CLASSES[:2])  # one class less
    b = load_data(cfg(tmp_path), seed=0)
    assert (len(b.train), len(b.val), len(b.test)) == (30, 9, 8)
    assert b.class_names == list(CLASSES) and b.n_classes == 3
    assert set(b.test.y.tolist()) == {0, 1}
    assert "train/val/test folders" in (b.source or "")


def test_train_folder_alone_splits_val_and_test_off(tmp_path: Path) -> None:
    write_images(tmp_path / "train", per_class=10)
    b = load_data(cfg(tmp_path), seed=0)
    assert (len(b.train), len(b.val), len(b.test)) == (18, 6, 6)


def test_image_size_resizes_and_channels(tmp_path: Path) -> None:
    write_images(tmp_path / "imgs", per_class=6, size=8, mode="RGB")
    write_images(tmp_path / "imgs", per_class=2, size=12, mode="RGB", seed=3)  # overwrites 2
    assert load_data(cfg(tmp_path / "imgs", image_size=10), seed=0).input_shape == (3, 10, 10)
    b = load_data(cfg(tmp_path / "imgs", image_size=[6, 9], channels=1), seed=0)
    assert b.input_shape == (1, 6, 9)
    message = user_error(cfg(tmp_path / "imgs"))
    assert "images differ in size" in message and "set data.image_size (e.g. 12 or [12, 12])" in (
        message)


def test_grey_images_as_rgb_and_rgb_default(tmp_path: Path) -> None:
    write_images(tmp_path / "grey", per_class=6)
    assert load_data(cfg(tmp_path / "grey", channels=3), seed=0).input_shape == (3, 8, 8)
    write_images(tmp_path / "rgb", per_class=6, mode="RGB")
    b = load_data(cfg(tmp_path / "rgb"), seed=0)
    assert b.input_shape == (3, 8, 8) and len(b.standardizer["mean"]) == 3


def test_augment_and_kfold_work(tmp_path: Path) -> None:
    write_images(tmp_path / "imgs", per_class=12)
    b = load_data(cfg(tmp_path / "imgs", augment={"hflip": True, "crop_padding": 1}), seed=0)
    assert b.augment is not None
    xb, yb = next(b.train_batches(8, torch.Generator().manual_seed(0), shuffle=True))
    assert tuple(xb.shape) == (8, 1, 8, 8) and yb.dtype == torch.int64
    folds = load_kfold(cfg(tmp_path / "imgs", kfold=3), seed=0)
    assert len(folds) == 3 and sum(len(f.val) for f in folds) == 36 - len(folds[0].test)


def test_errors_name_the_key_and_the_fix(tmp_path: Path) -> None:
    assert "data.root" in user_error(cfg(tmp_path / "nope")) and "not found" in user_error(
        cfg(tmp_path / "nope"))
    (tmp_path / "empty" / "a").mkdir(parents=True)
    (tmp_path / "empty" / "b").mkdir()
    assert "has no images" in user_error(cfg(tmp_path / "empty"))
    loose = tmp_path / "loose"
    loose.mkdir()
    Image.new("L", (4, 4)).save(loose / "x.png")
    assert "1 image(s) but no class subfolders" in user_error(cfg(loose))
    write_images(tmp_path / "one", per_class=4, classes=("only",))
    assert "only one class folder ('only')" in user_error(cfg(tmp_path / "one"))
    write_images(tmp_path / "bad", per_class=4)
    (tmp_path / "bad" / "circle" / "broken.png").write_bytes(b"not a png")
    message = user_error(cfg(tmp_path / "bad"))
    assert message.startswith("data.root: image") and "broken.png' cannot be read" in message
    write_images(tmp_path / "noval" / "val", per_class=4)
    assert "has val/ but no train/ folder" in user_error(cfg(tmp_path / "noval"))
    write_images(tmp_path / "extra" / "train", per_class=4)
    write_images(tmp_path / "extra" / "val", per_class=2, classes=("circle", "dog"))
    assert "val/ has class folder 'dog', which train/ lacks" in user_error(cfg(tmp_path / "extra"))
    write_images(tmp_path / "hole", per_class=4)
    (tmp_path / "hole" / "zebra").mkdir()
    assert "zebra' has no images" in user_error(cfg(tmp_path / "hole"))


def test_cnn_run_on_train_val_test_folders(tracking_uri: str, client: MlflowClient,
                                           tmp_path: Path) -> None:
    from dnnlab.runner import run_experiment  # imported here: the tests above need no runner

    root = tmp_path / "imgs"
    write_images(root / "train", per_class=12, seed=0)
    write_images(root / "val", per_class=4, seed=1)
    write_images(root / "test", per_class=4, seed=2)
    res = run_experiment(tiny(
        tracking_uri, data={"dataset": "imagefolder", "root": str(root)},
        model={"kind": "cnn", "conv": [{"channels": 4}], "hidden": [8]},
        train={"epochs": 2, "batch_size": 12}))
    assert res.status == "FINISHED"
    params = client.get_run(res.run_id).data.params
    assert params["data.dataset"] == "imagefolder" and params["data.root"] == str(root)
    assert params["model.kind"] == "cnn"
