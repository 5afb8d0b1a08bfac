"""Entry points: read a configured data set and split it into bundles."""

from __future__ import annotations

from collections.abc import Callable

from dnnlab.config import DataConfig
from dnnlab.data._bundle import DataBundle
from dnnlab.data._files import read_csv
from dnnlab.data._raw import RawData
from dnnlab.data._shipped import SHIPPED
from dnnlab.data._split import kfold_data, split_data
from dnnlab.data._vision import VISION

READERS: dict[str, Callable[[DataConfig, int], RawData]] = {
    **SHIPPED, **VISION, "csv": read_csv,
}


def read_raw(cfg: DataConfig, seed: int) -> RawData:
    """All samples of ``cfg.dataset`` before splitting (synthetic sets are drawn with ``seed``)."""
    return READERS[cfg.dataset](cfg, seed)


def load_data(cfg: DataConfig, seed: int) -> DataBundle:
    """Read ``cfg.dataset`` and split it into train/val/test with ``seed``.

    >>> from dnnlab.config import DataConfig
    >>> b = load_data(DataConfig(dataset="moons", n_samples=100), seed=0)
    >>> len(b.train), len(b.val), len(b.test), b.input_shape, b.class_names
    (60, 20, 20, (2,), ['0', '1'])
    """
    return split_data(read_raw(cfg, seed), cfg, seed)


def load_kfold(cfg: DataConfig, seed: int) -> list[DataBundle]:
    """``cfg.kfold`` bundles: one shared test split, the rest in stratified folds.

    Bundle ``i`` validates on fold ``i`` and trains on the other folds; ``val_fraction`` is
    not used.
    """
    return kfold_data(read_raw(cfg, seed), cfg, seed)
