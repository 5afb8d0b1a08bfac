"""Entry points: read a configured data set and split it into bundles."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from dnnlab.config import DataConfig
from dnnlab.data._bundle import DataBundle
from dnnlab.data._factory import read_factory
from dnnlab.data._files import read_csv
from dnnlab.data._raw import RawData, fingerprint
from dnnlab.data._shipped import SHIPPED
from dnnlab.data._split import kfold_data, split_data

VISION = ("mnist", "fashion_mnist", "cifar10")  # dnnlab.data._vision.VISION's keys


def _on_use(module: str, name: str) -> Callable[[DataConfig, int], RawData]:
    """The reader ``name`` of ``module``, imported when such a set is read: the image readers
    use torchvision, whose import pulls in torch._dynamo (1.5 s of every run's start)."""
    def read(cfg: DataConfig, seed: int) -> RawData:
        from importlib import import_module

        found = getattr(import_module(module), name)
        return (found[cfg.dataset] if isinstance(found, dict) else found)(cfg, seed)
    return read


READERS: dict[str, Callable[[DataConfig, int], RawData]] = {
    **SHIPPED, **{name: _on_use("dnnlab.data._vision", "VISION") for name in VISION},
    "csv": read_csv, "factory": read_factory,
    "imagefolder": _on_use("dnnlab.data._imagefolder", "read_imagefolder"),
}

_SYNTHETIC = {"moons": "noise", "spirals": "n_classes, noise", "blobs": "n_classes, n_features,"
              " noise", "sine": "noise"}


def _default_source(cfg: DataConfig, seed: int) -> str:
    """Where a shipped, synthetic, CSV or torchvision set came from, in one line."""
    if cfg.dataset == "csv":
        return f"csv file {Path(str(cfg.path)).resolve()} (target {cfg.target!r})"
    if cfg.dataset in VISION:
        return f"torchvision {cfg.dataset} files under {Path(cfg.root).resolve()}"
    if cfg.dataset in _SYNTHETIC:
        keys = ["n_samples", *_SYNTHETIC[cfg.dataset].replace(",", " ").split()]
        args = ", ".join(f"{k}={getattr(cfg, k)!r}" for k in keys)
        return f"synthetic {cfg.dataset}({args}, seed={seed})"
    return f"scikit-learn {cfg.dataset}"


def read_raw(cfg: DataConfig, seed: int) -> RawData:
    """All samples of ``cfg.dataset`` before splitting (synthetic sets are drawn with ``seed``),
    with their ``source`` and ``digest`` filled in."""
    raw = READERS[cfg.dataset](cfg, seed)
    if raw.source is None:
        raw.source = _default_source(cfg, seed)
    if raw.digest is None:
        raw.digest = fingerprint(raw)
    return raw


def load_data(cfg: DataConfig, seed: int) -> DataBundle:
    """Read ``cfg.dataset`` and split it into train/val/test with ``seed``.

    >>> from dnnlab.config import DataConfig
    >>> b = load_data(DataConfig(dataset="moons", n_samples=100), seed=0)
    >>> len(b.train), len(b.val), len(b.test), b.input_shape, b.class_names
    (60, 20, 20, (2,), ['0', '1'])
    >>> b.source, len(b.digest)
    ('synthetic moons(n_samples=100, noise=0.1, seed=0)', 16)
    """
    return split_data(read_raw(cfg, seed), cfg, seed)


def load_kfold(cfg: DataConfig, seed: int) -> list[DataBundle]:
    """``cfg.kfold`` bundles: one shared test split, the rest in stratified folds.

    Bundle ``i`` validates on fold ``i`` and trains on the other folds; ``val_fraction`` is
    not used.
    """
    return kfold_data(read_raw(cfg, seed), cfg, seed)
