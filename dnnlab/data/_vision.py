"""torchvision image sets read offline from ``root``, and the v2 augmentation pipeline."""

from __future__ import annotations

import math
import os
import pickle
import struct
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torchvision import datasets
from torchvision.datasets.vision import VisionDataset
from torchvision.transforms import v2

from dnnlab.config import AugmentConfig, DataConfig
from dnnlab.data._raw import RawData
from dnnlab.errors import UserError

_IDX_FILES = [
    "train-images-idx3-ubyte", "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte",
]


class _CorruptFile(Exception):
    """A data file that exists but cannot be read; ``str`` names the file and the problem."""


def _entry(d: dict, *keys: str) -> object:
    """``d[key]`` for the first key present as ``str`` or ``bytes`` (Python 2 pickles)."""
    for key in keys:
        for k in (key, key.encode()):
            if k in d:
                return d[k]
    raise KeyError(keys[0])


class _ArraysOnly(pickle.Unpickler):
    """An unpickler for CIFAR-10's batches that resolves only NumPy's array reconstruction:
    a pickle naming any other global (``os.system``, ``builtins.eval``, ...) is refused
    instead of run, so a planted batch file cannot execute code."""

    ALLOWED = {
        ("numpy.core.multiarray", "_reconstruct"), ("numpy._core.multiarray", "_reconstruct"),
        ("numpy", "ndarray"), ("numpy", "dtype"), ("numpy.core.multiarray", "scalar"),
        ("numpy._core.multiarray", "scalar"), ("_codecs", "encode"),
    }

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in self.ALLOWED:
            raise pickle.UnpicklingError(f"global {module}.{name} is not allowed in a CIFAR "
                                         "batch")
        return super().find_class(module, name)


class _LenientCIFAR10(datasets.CIFAR10):
    """torchvision's CIFAR10, accepting any correctly formatted batch files on disk.

    torchvision checks every file's md5, so it rejects anything but the official files. Here
    ``download`` and the folder layout stay torchvision's (the archive's md5 is still checked
    when downloading), while present files are read in the CIFAR python format, with ``str``
    or ``bytes`` keys, and checked for shape instead of checksum.
    """

    train_list = [[name, None] for name, _ in datasets.CIFAR10.train_list]
    test_list = [[name, None] for name, _ in datasets.CIFAR10.test_list]
    meta = {**datasets.CIFAR10.meta, "md5": None}

    def __init__(self, root: str, train: bool = True, download: bool = False) -> None:
        VisionDataset.__init__(self, root)
        self.train = train
        if download:
            self.download()
        if not self._check_integrity():
            raise RuntimeError("Dataset not found. You can use download=True to download it")
        images, labels = [], []
        for file_name, _ in self.train_list if train else self.test_list:
            entry = self._unpickle(file_name)
            try:
                data = np.asarray(_entry(entry, "data"))
                targets = np.asarray(_entry(entry, "labels", "fine_labels"), dtype=np.int64)
            except KeyError as err:
                raise _CorruptFile(f"{file_name}: no {err} entry") from None
            if data.dtype != np.uint8 or data.ndim != 2 or data.shape[1] != 3 * 32 * 32:
                raise _CorruptFile(
                    f"{file_name}: data is {data.dtype} {data.shape}, expected uint8 (N, 3072)"
                )
            if targets.shape != (data.shape[0],):
                raise _CorruptFile(f"{file_name}: {data.shape[0]} images but {targets.size} labels")
            if targets.size and (targets.min() < 0 or targets.max() > 9):
                raise _CorruptFile(f"{file_name}: labels outside 0..9")
            images.append(data)
            labels.append(targets)
        self.data = np.vstack(images).reshape(-1, 3, 32, 32).transpose((0, 2, 3, 1))  # HWC
        self.targets = np.concatenate(labels).tolist()
        self._load_meta()

    def _unpickle(self, file_name: str) -> dict:
        path = os.path.join(self.root, self.base_folder, file_name)
        try:
            with open(path, "rb") as f:
                entry = _ArraysOnly(f, encoding="latin1").load()
        except Exception as err:  # unpickling garbage raises many kinds
            raise _CorruptFile(f"{file_name}: not a CIFAR pickle ({type(err).__name__})") from None
        if not isinstance(entry, dict):
            raise _CorruptFile(f"{file_name}: holds a {type(entry).__name__}, not a dict")
        return entry

    def _load_meta(self) -> None:
        entry = self._unpickle(self.meta["filename"])
        try:
            names = list(_entry(entry, self.meta["key"]))
        except KeyError:
            raise _CorruptFile(f"{self.meta['filename']}: no {self.meta['key']!r} entry") from None
        self.classes = [n.decode() if isinstance(n, bytes) else str(n) for n in names]
        if len(self.classes) != 10:
            raise _CorruptFile(
                f"{self.meta['filename']}: {len(self.classes)} label names, expected 10"
            )
        self.class_to_idx = {c: i for i, c in enumerate(self.classes)}


def _expected(root: str, folder: str, files: list[str]) -> list[Path]:
    return [Path(root) / folder / f for f in files]


def _missing_error(name: str, root: str, paths: list[Path]) -> UserError:
    missing = [p for p in paths if not p.is_file()]
    others = f" (and {', '.join(p.name for p in missing[1:])} next to it)" if missing[1:] else ""
    cwd = "" if Path(root).is_absolute() else f", relative to {os.getcwd()}"
    return UserError(
        f"{name} files not found under data.root {root!r}{cwd}: expected {missing[0]}{others}; "
        "download them on a machine with internet access (torchvision.datasets with "
        "download=True) and copy them there, or set data.download: true"
    )


def _download_error(name: str, root: str, err: Exception) -> UserError:
    first = (str(err).strip().splitlines() or [type(err).__name__])[0]
    return UserError(
        f"{name}: downloading into data.root {root!r} failed ({first}); check the internet "
        "connection, or copy the files there from a machine that has one"
    )


def _corrupt_error(name: str, where: str, err: Exception | str) -> UserError:
    if isinstance(err, str):
        detail = err
    else:
        text = (str(err).strip().splitlines() or [""])[0]
        detail = f"{type(err).__name__}: {text}" if text else type(err).__name__
    return UserError(
        f"{name}: the files in {where} are corrupt or not in the expected format ({detail}); "
        "delete them and fetch them again (e.g. with data.download: true)"
    )


def _idx_dims(path: Path, ndim: int) -> tuple[int, ...]:
    """The dimensions in an IDX ubyte file's header, after checking magic number and size."""
    with open(path, "rb") as f:
        head = f.read(4 + 4 * ndim)
    if len(head) < 4 + 4 * ndim:
        raise _CorruptFile(f"{path.name}: too short for an IDX header")
    magic, *dims = struct.unpack(f">{1 + ndim}I", head)
    if magic != 0x0800 | ndim:
        raise _CorruptFile(
            f"{path.name}: magic number 0x{magic:08x}, expected 0x{0x0800 | ndim:08x}"
        )
    size, needed = path.stat().st_size, len(head) + math.prod(dims)
    if size != needed:
        raise _CorruptFile(
            f"{path.name}: {size} bytes, but its header {tuple(dims)} needs {needed}"
        )
    return tuple(dims)


def _check_idx_pair(images: Path, labels: Path) -> None:
    dims = _idx_dims(images, 3)
    if dims[1:] != (28, 28):
        raise _CorruptFile(f"{images.name}: images of {dims[1]}x{dims[2]}, expected 28x28")
    (n_labels,) = _idx_dims(labels, 1)
    if n_labels != dims[0]:
        raise _CorruptFile(f"{labels.name}: {n_labels} labels for {dims[0]} images")


def _mnist_like(cfg: DataConfig, cls: type[datasets.MNIST], name: str) -> RawData:
    folder = Path(cfg.root) / cls.__name__ / "raw"
    paths = [folder / f for f in _IDX_FILES]
    if not all(p.is_file() for p in paths):
        if not cfg.download:
            raise _missing_error(name, cfg.root, paths)
        try:
            cls(cfg.root, train=True, download=True)
        except Exception as err:
            raise _download_error(name, cfg.root, err) from None
    try:
        _check_idx_pair(paths[0], paths[1])
        _check_idx_pair(paths[2], paths[3])
        train, test = cls(cfg.root, train=True), cls(cfg.root, train=False)
        for ds in (train, test):
            if ds.targets.numel() and (ds.targets.min() < 0 or ds.targets.max() > 9):
                split = "train" if ds.train else "t10k"
                raise _CorruptFile(f"{split}-labels-idx1-ubyte: labels outside 0..9")
    except _CorruptFile as err:
        raise _corrupt_error(name, str(folder), str(err)) from None
    except Exception as err:  # anything else torchvision's IDX reader trips over
        raise _corrupt_error(name, str(folder), err) from None
    classes = [str(i) for i in range(10)] if name == "mnist" else list(cls.classes)
    return RawData(
        name, train.data.unsqueeze(1).float().div_(255.0), train.targets.long(),
        "classification", classes, None, is_image=True,
        test_x=test.data.unsqueeze(1).float().div_(255.0), test_y=test.targets.long(),
    )


def mnist(cfg: DataConfig, seed: int) -> RawData:
    """MNIST: 60000 + 10000 official test images, 1x28x28 in [0, 1]."""
    return _mnist_like(cfg, datasets.MNIST, "mnist")


def fashion_mnist(cfg: DataConfig, seed: int) -> RawData:
    """Fashion-MNIST: 60000 + 10000 official test images, 1x28x28 in [0, 1]."""
    return _mnist_like(cfg, datasets.FashionMNIST, "fashion_mnist")


def cifar10(cfg: DataConfig, seed: int) -> RawData:
    """CIFAR-10: 50000 + 10000 official test images, 3x32x32 in [0, 1]."""
    base = _LenientCIFAR10.base_folder
    files = [n for n, _ in _LenientCIFAR10.train_list + _LenientCIFAR10.test_list]
    paths = _expected(cfg.root, base, [*files, "batches.meta"])
    where = str(Path(cfg.root) / base)
    if not all(p.is_file() for p in paths) and not cfg.download:
        raise _missing_error("cifar10", cfg.root, paths)
    try:
        train = _LenientCIFAR10(cfg.root, train=True, download=cfg.download)
        test = _LenientCIFAR10(cfg.root, train=False)
    except _CorruptFile as err:
        raise _corrupt_error("cifar10", where, str(err)) from None
    except Exception as err:  # download failures (URLError, RuntimeError on a bad archive)
        if cfg.download:
            raise _download_error("cifar10", cfg.root, err) from None
        raise _corrupt_error("cifar10", where, err) from None

    def tensors(ds: _LenientCIFAR10) -> tuple[torch.Tensor, torch.Tensor]:
        x = torch.from_numpy(np.ascontiguousarray(ds.data.transpose(0, 3, 1, 2)))
        return x.float().div_(255.0), torch.as_tensor(ds.targets, dtype=torch.int64)

    x, y = tensors(train)
    tx, ty = tensors(test)
    return RawData("cifar10", x, y, "classification", list(train.classes), None,
                   is_image=True, test_x=tx, test_y=ty)


VISION = {"mnist": mnist, "fashion_mnist": fashion_mnist, "cifar10": cifar10}


class Augment:
    """Per-sample random augmentation of an image batch ``(N, C, H, W)``.

    Geometric transforms (flips, rotation, padded random crop) run through
    ``torchvision.transforms.v2`` one sample at a time, so every image draws its own
    parameters; Gaussian noise is drawn per element for the whole batch at once. Padding and
    rotation fill with 0, which is the channel mean once the data are standardised.
    """

    def __init__(self, cfg: AugmentConfig, image_shape: tuple[int, ...]) -> None:
        self.cfg = cfg
        steps: list[v2.Transform] = []
        if cfg.hflip:
            steps.append(v2.RandomHorizontalFlip())
        if cfg.vflip:
            steps.append(v2.RandomVerticalFlip())
        if cfg.rotation > 0:
            steps.append(v2.RandomRotation(cfg.rotation))
        if cfg.crop_padding > 0:
            steps.append(v2.RandomCrop(tuple(image_shape[-2:]), padding=cfg.crop_padding))
        self.geometric = v2.Compose(steps) if steps else None
        self.noise = v2.GaussianNoise(sigma=cfg.noise_std, clip=False) if cfg.noise_std else None

    @property
    def active(self) -> bool:
        return self.geometric is not None or self.noise is not None

    def __call__(self, batch: torch.Tensor) -> torch.Tensor:
        if self.geometric is not None:
            batch = torch.stack([self.geometric(img) for img in batch])
        if self.noise is not None:
            batch = self.noise(batch)
        return batch

    def __repr__(self) -> str:
        return f"Augment({self.cfg.model_dump()})"


def build_augment(
    cfg: AugmentConfig | None, is_image: bool, input_shape: tuple[int, ...], dataset: str
) -> Augment | None:
    """The training-batch augmentation, or ``None`` when nothing is switched on."""
    if cfg is None:
        return None
    aug = Augment(cfg, input_shape) if is_image else None
    if not is_image:
        on = [k for k, v in cfg.model_dump().items() if v]
        if not on:
            return None
        raise UserError(
            f"data.augment ({', '.join(on)}) works on images only, but data set {dataset!r} is "
            "tabular; remove the data.augment section"
        )
    return aug if aug is not None and aug.active else None
