"""Train/val/test splitting, k folds, subsetting, ordering and standardisation."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import torch
from sklearn.model_selection import KFold, StratifiedKFold, train_test_split

from dnnlab.config import DataConfig
from dnnlab.data._bundle import DataBundle, Split
from dnnlab.data._raw import RawData
from dnnlab.errors import UserError

Indices = np.ndarray


def _source(raw: RawData, cfg: DataConfig) -> str:
    if raw.name == "csv":
        return str(cfg.path)
    if raw.name == "factory":
        return f"data.factory {cfg.factory!r}"
    if raw.name == "imagefolder":
        return f"image folder data.root {cfg.root!r}"
    return f"data set {raw.name!r}"


def _check_class_counts(
    raw: RawData, cfg: DataConfig, y: np.ndarray, need: int, why: str, where: str
) -> None:
    values, counts = np.unique(y, return_counts=True)
    low = counts < need
    if low.any():
        name = raw.class_names[int(values[low][0])]
        raise UserError(
            f"{_source(raw, cfg)}: class {name!r} has only {int(counts[low][0])} row(s){where}, "
            f"but {why} needs at least {need} per class; add rows, drop that class or lower "
            "data.val_fraction / data.test_fraction / data.kfold"
        )


def _split_off(
    raw: RawData, cfg: DataConfig, idx: Indices, count: int, seed: int, what: str
) -> tuple[Indices, Indices]:
    """Split ``count`` indices off ``idx`` (stratified for classification): (rest, taken)."""
    if count <= 0:
        return idx, idx[:0]
    where = " (left after the test split)" if what == "validation" and cfg.test_fraction else ""
    y = raw.y.numpy()[idx]
    stratify = y if raw.task == "classification" else None
    k = raw.n_classes
    if len(idx) - count < max(1, k if stratify is not None else 1) or (
        stratify is not None and count < k
    ):
        per = f" stratified over {k} classes" if stratify is not None else ""
        raise UserError(
            f"{_source(raw, cfg)}: {len(idx)} rows{where} are too few to split off {count} "
            f"for the {what} split{per} (data.val_fraction={cfg.val_fraction:g}, "
            f"data.test_fraction={cfg.test_fraction:g}); add rows or lower the fractions"
        )
    if stratify is not None:
        _check_class_counts(raw, cfg, y, 2, f"a stratified {what} split", where)
    try:
        rest, taken = train_test_split(
            idx, test_size=count, random_state=seed, shuffle=True, stratify=stratify
        )
    except ValueError as err:
        raise UserError(
            f"{_source(raw, cfg)}: cannot split off {count} of {len(idx)} rows for the {what} "
            f"split ({err}); add rows or lower the fractions"
        ) from None
    return np.asarray(rest), np.asarray(taken)


def _subset(raw: RawData, idx: Indices, n: int | None, y: np.ndarray, seed: int) -> Indices:
    """Keep ``n`` training indices: stratified when possible, else the first n of a shuffle."""
    if n is None or n >= len(idx):
        return idx
    if raw.task == "classification":
        try:
            kept, _ = train_test_split(idx, train_size=n, random_state=seed, stratify=y)
            return np.asarray(kept)
        except ValueError:
            pass  # fewer samples than classes, or a class with one sample
    return idx[np.random.default_rng(seed).permutation(len(idx))[:n]]


def _order(raw: RawData, cfg: DataConfig, idx: Indices, seed: int) -> Indices:
    """The stored training order that ``train_batches(shuffle=False)`` replays every epoch."""
    if cfg.order == "by_label":
        return idx[np.argsort(raw.y.numpy()[idx], kind="stable")]
    return idx[np.random.default_rng(seed).permutation(len(idx))]


def _standardizer(x: torch.Tensor, is_image: bool) -> dict:
    if is_image:
        var, mean = torch.var_mean(x, dim=(0, *range(2, x.dim())), correction=0)
        kind = "per_channel"
    else:
        var, mean = torch.var_mean(x.double(), dim=0, correction=0)
        kind = "per_feature"
    std = var.double().sqrt()
    # A constant feature (or an all-black channel) has std 0: divide by 1 so it stays finite.
    std = torch.where(std < 1e-8, torch.ones_like(std), std)
    return {"kind": kind, "mean": mean.double().tolist(), "std": std.tolist()}


def _apply(x: torch.Tensor, st: dict) -> torch.Tensor:
    shape = (1, -1) + (1,) * (x.dim() - 2)
    mean = torch.tensor(st["mean"], dtype=torch.float32).reshape(shape)
    std = torch.tensor(st["std"], dtype=torch.float32).reshape(shape)
    return (x - mean).div_(std)


def _take(x: torch.Tensor, y: torch.Tensor, idx: Indices | None) -> Split:
    if idx is None:
        return Split(x.contiguous(), y.contiguous())
    t = torch.as_tensor(idx, dtype=torch.int64)
    return Split(x[t], y[t])


def _bundle(
    raw: RawData,
    cfg: DataConfig,
    seed: int,
    train_idx: Indices,
    val: Split | None,
    test: Split | None,
) -> DataBundle:
    y_all = raw.y.numpy()
    train_idx = _subset(raw, train_idx, cfg.subset, y_all[train_idx], seed)
    train_idx = _order(raw, cfg, train_idx, seed)
    train = _take(raw.x, raw.y, train_idx)
    standardizer = None
    if cfg.standardize:
        standardizer = _standardizer(train.x, raw.is_image)
        train.x = _apply(train.x, standardizer)
        if val is not None:
            val.x = _apply(val.x, standardizer)
        if test is not None:
            test = Split(_apply(test.x, standardizer), test.y)
    input_shape = tuple(int(s) for s in raw.x.shape[1:])
    return DataBundle(
        train=train,
        val=val,
        test=test,
        task=raw.task,
        n_classes=raw.n_classes,
        input_shape=input_shape,
        class_names=list(raw.class_names) if raw.task == "classification" else [],
        feature_names=list(raw.feature_names) if raw.feature_names is not None else None,
        is_image=raw.is_image,
        standardizer=standardizer,
        augment=_augment(cfg, raw, input_shape),
        digest=raw.digest,
        source=raw.source,
    )


def _hold_out_test(raw: RawData, cfg: DataConfig, seed: int) -> tuple[Indices, Split | None]:
    """Indices left for train/val, and the test split (the official one where there is one)."""
    idx = np.arange(len(raw.y))
    if cfg.test_fraction <= 0:
        return idx, None
    if raw.test_x is not None and raw.test_y is not None:
        return idx, Split(raw.test_x, raw.test_y)
    n_test = math.ceil(cfg.test_fraction * len(idx))
    rest, test_idx = _split_off(raw, cfg, idx, n_test, seed, "test")
    return rest, _take(raw.x, raw.y, test_idx)


def split_data(raw: RawData, cfg: DataConfig, seed: int) -> DataBundle:
    """Train/val/test: ``test_fraction`` then ``val_fraction`` of the whole, stratified.

    With an official test set, ``val_fraction`` is a fraction of the official training set.
    A given validation split (``raw.val_x``) is used as it is unless ``val_fraction`` is 0.
    """
    rest, test = _hold_out_test(raw, cfg, seed)
    if raw.val_x is not None and raw.val_y is not None and cfg.val_fraction > 0:
        return _bundle(raw, cfg, seed, rest, Split(raw.val_x, raw.val_y), test)
    n_val = math.ceil(cfg.val_fraction * len(raw.y)) if cfg.val_fraction > 0 else 0
    train_idx, val_idx = _split_off(raw, cfg, rest, n_val, seed, "validation")
    val = _take(raw.x, raw.y, val_idx) if n_val and len(val_idx) else None
    return _bundle(raw, cfg, seed, train_idx, val, test)


def kfold_data(raw: RawData, cfg: DataConfig, seed: int) -> list[DataBundle]:
    """``cfg.kfold`` bundles sharing one held-out test split; fold i is bundle i's val split.

    A given validation split joins the training samples before they are folded.
    """
    k = cfg.kfold
    if k is None:
        raise UserError("k-fold cross-validation needs data.kfold (the number of folds, e.g. 5)")
    if raw.val_x is not None and raw.val_y is not None:
        raw = replace(raw, x=torch.cat([raw.x, raw.val_x]), y=torch.cat([raw.y, raw.val_y]),
                      val_x=None, val_y=None)
    rest, test = _hold_out_test(raw, cfg, seed)
    y = raw.y.numpy()[rest]
    if len(rest) < 2 * k:
        raise UserError(
            f"{_source(raw, cfg)}: {len(rest)} rows outside the test split are too few for "
            f"data.kfold={k}; lower data.kfold or add rows"
        )
    if raw.task == "classification":
        where = " outside the test split" if test is not None else ""
        _check_class_counts(raw, cfg, y, k, f"data.kfold={k}", where)
        splitter: KFold | StratifiedKFold = StratifiedKFold(k, shuffle=True, random_state=seed)
    else:
        splitter = KFold(k, shuffle=True, random_state=seed)
    return [
        _bundle(raw, cfg, seed, rest[tr], _take(raw.x, raw.y, rest[va]), test)
        for tr, va in splitter.split(np.zeros(len(rest)), y)
    ]


def _augment(cfg: DataConfig, raw: RawData, input_shape: tuple[int, ...]):  # noqa: ANN202
    """The training-batch augmentation; torchvision is imported only when one is configured
    (its import pulls in torch._dynamo: 1.5 s of every run's start)."""
    if cfg.augment is None:
        return None
    from dnnlab.data._vision import build_augment

    return build_augment(cfg.augment, raw.is_image, input_shape, raw.name)
