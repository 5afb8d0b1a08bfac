"""Your own data from ``data.factory``: arrays, tensors or Datasets, checked and made tensors."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

import numpy as np
import torch
from PIL import Image
from torch.utils.data import Dataset

from dnnlab.config import DataConfig
from dnnlab.data._raw import RawData
from dnnlab.errors import UserError
from dnnlab.factories import call_factory, describe_exception, factory_source_file, load_factory

WHAT = "data.factory"
SPLITS = ("train", "val", "test")
META = ("class_names", "feature_names")
SHAPES = (
    "return (x, y), {'x': x, 'y': y}, a torch Dataset of (x, y) items, or "
    "{'train': ..., 'val': ..., 'test': ...} of those"
)


def _fail(message: str) -> UserError:
    return UserError(f"{WHAT}: {message}")


def _array(value: Any, name: str) -> np.ndarray:
    """``value`` (array, tensor, list) as a numpy array, or a UserError naming it."""
    if isinstance(value, torch.Tensor):
        t = value.detach().cpu()
        return (t.float() if t.dtype == torch.bfloat16 else t).numpy()
    if isinstance(value, Image.Image):
        from torchvision.transforms.v2 import functional as TF

        return TF.to_dtype(TF.to_image(value), torch.float32, scale=True).numpy()
    try:
        arr = np.asarray(value)
    except (ValueError, TypeError) as err:
        raise _fail(f"{name} cannot be made an array ({describe_exception(err)}); return "
                    "numpy arrays or torch tensors") from None
    if arr.dtype == object:
        raise _fail(f"{name} is not a numeric array (got {type(value).__name__} of mixed or "
                    "ragged items); return numpy arrays or torch tensors")
    return arr


def _from_dataset(ds: Dataset, split: str) -> tuple[np.ndarray, np.ndarray]:
    """Every ``(x, y)`` item of a map-style Dataset, stacked."""
    try:
        n = len(ds)  # type: ignore[arg-type]
    except TypeError:
        raise _fail(f"the {split} Dataset has no len(); return a map-style Dataset (with "
                    "__len__ and __getitem__) or arrays") from None
    if n == 0:
        raise _fail(f"the {split} Dataset is empty; it needs at least one (x, y) item")
    xs: list[np.ndarray] = []
    ys: list[Any] = []
    for i in range(n):
        try:
            item = ds[i]
        except Exception as err:
            raise _fail(f"item {i} of the {split} Dataset raised {describe_exception(err)}; "
                        "fix the Dataset's __getitem__") from None
        if not isinstance(item, (tuple, list)) or len(item) != 2:
            got = f"a {len(item)}-tuple" if isinstance(item, (tuple, list)) else (
                f"a {type(item).__name__}")
            raise _fail(f"item {i} of the {split} Dataset is {got}; items must be (x, y) pairs")
        x = _array(item[0], f"x of item {i} of the {split} Dataset")
        if xs and x.shape != xs[0].shape:
            raise _fail(f"x of item {i} of the {split} Dataset has shape {x.shape}, but item 0 "
                        f"has {xs[0].shape}; every item needs the same shape")
        y = _array(item[1], f"y of item {i} of the {split} Dataset")
        if y.size != 1:
            raise _fail(f"y of item {i} of the {split} Dataset has shape {y.shape}; each item's "
                        "y must be one label or target")
        xs.append(x)
        ys.append(y.reshape(()))
    return np.stack(xs), np.stack(ys)


def _pair(value: Any, split: str) -> tuple[np.ndarray, np.ndarray]:
    """x and y of one split from a Dataset, an (x, y) pair or an {"x", "y"} mapping."""
    if isinstance(value, Dataset):
        return _from_dataset(value, split)
    if isinstance(value, Mapping) and set(value) == {"x", "y"}:
        x, y = value["x"], value["y"]
    elif isinstance(value, (tuple, list)) and len(value) == 2:
        x, y = value
    else:
        raise _fail(f"the {split} split is a {type(value).__name__}; give it as (x, y), "
                    "{'x': x, 'y': y} or a torch Dataset")
    return _array(x, f"x of the {split} split"), _array(y, f"y of the {split} split")


def _check_pair(x: np.ndarray, y: np.ndarray, split: str) -> np.ndarray:
    """Shapes and values of one split; returns x with a 1-D x made one feature column."""
    if x.dtype.kind not in "biuf":
        raise _fail(f"x of the {split} split has dtype {x.dtype}; x must hold numbers")
    if x.ndim == 0 or x.shape[0] == 0:
        raise _fail(f"the {split} split has no samples (x has shape {x.shape})")
    if x.ndim == 1:
        x = x[:, None]
    if x.ndim not in (2, 4):
        raise _fail(f"x of the {split} split has shape {x.shape}: give tabular data as "
                    "(samples, features) and images as (samples, channels, height, width), e.g. "
                    "x[:, None] for one channel")
    if y.ndim != 1:
        raise _fail(f"y of the {split} split has shape {y.shape}; y must be 1-D (one label or "
                    "target per sample), e.g. y.reshape(-1)")
    if len(y) != len(x):
        raise _fail(f"x of the {split} split has {len(x)} samples but y has {len(y)}; "
                    "they must match")
    if y.dtype.kind not in "biufUS":
        raise _fail(f"y of the {split} split has dtype {y.dtype}; y must hold numbers "
                    "(integer labels or float targets) or strings")
    if x.dtype.kind == "f" and not np.isfinite(x).all():
        raise _fail(f"x of the {split} split has {int((~np.isfinite(x)).sum())} NaN or infinite "
                    "value(s); replace them")
    return x


def _parts(out: Any) -> tuple[dict[str, tuple[np.ndarray, np.ndarray]], dict[str, Any]]:
    """The splits the factory returned, as arrays, and its class_names/feature_names."""
    meta: dict[str, Any] = {}
    if isinstance(out, Dataset) or (isinstance(out, tuple) and len(out) == 2):
        given: dict[str, Any] = {"train": out}
    elif isinstance(out, Mapping):
        keys = [str(k) for k in out]
        if "train" in keys:
            allowed: tuple[str, ...] = (*SPLITS, *META)
            given = {k: out[k] for k in SPLITS if out.get(k) is not None}
        elif "x" in keys and "y" in keys:
            allowed = ("x", "y", *META)
            given = {"train": (out["x"], out["y"])}
        else:
            raise _fail(f"returned a mapping with keys {keys}; {SHAPES}")
        extra = [k for k in keys if k not in allowed]
        if extra:
            raise _fail(f"returned unknown key(s) {', '.join(map(repr, extra))}; the keys "
                        f"allowed here are {', '.join(allowed)}")
        meta = {k: out[k] for k in META if out.get(k) is not None}
    else:
        what = (f"a {len(out)}-tuple" if isinstance(out, tuple)
                else f"a value of type {type(out).__name__}")
        raise _fail(f"returned {what}; {SHAPES}")
    parts = {}
    for split, value in given.items():
        x, y = _pair(value, split)
        parts[split] = (_check_pair(x, y, split), y)
    if "class_names" not in meta:
        classes = getattr(given["train"], "classes", None)  # torchvision datasets carry them
        if isinstance(classes, (list, tuple)) and classes and all(
                isinstance(c, str) for c in classes):
            meta["dataset_classes"] = list(classes)
    shape = parts["train"][0].shape[1:]
    for split, (x, _) in parts.items():
        if x.shape[1:] != shape:
            raise _fail(f"x of the {split} split has per-sample shape {x.shape[1:]}, but the "
                        f"train split's is {shape}; every split needs the same shape")
    return parts, meta


def _task(parts: dict[str, tuple[np.ndarray, np.ndarray]], cfg: DataConfig) -> str:
    if cfg.task != "auto":
        return cfg.task
    floats = all(y.dtype.kind == "f" for _, y in parts.values())
    return "regression" if floats else "classification"


def _labels(
    parts: dict[str, tuple[np.ndarray, np.ndarray]], names: Any, guessed: list[str] | None
) -> tuple[dict[str, np.ndarray], list[str]]:
    """Class indices 0..k-1 per split, and the class names."""
    ys = {split: y for split, (_, y) in parts.items()}
    strings = {split: y.dtype.kind in "US" for split, y in ys.items()}
    if any(strings.values()) and not all(strings.values()):
        raise _fail("y holds strings in some splits and numbers in others; use one kind")
    for split, y in ys.items():
        if y.dtype.kind == "f":
            bad = ~np.isfinite(y) | (y != np.round(y))
            if bad.any():
                raise _fail(f"y of the {split} split has non-integer labels (e.g. "
                            f"{y[bad][0]!r}) for classification; give integer labels or set "
                            "data.task: regression")
    if names is not None:
        return _named_labels(ys, names, strings["train"])
    keys = {s: y.astype(str) if strings["train"] else y.astype(np.int64) for s, y in ys.items()}
    values = np.unique(np.concatenate(list(keys.values())))
    if guessed is not None and not strings["train"] and 0 <= values.min() <= values.max() < len(
            guessed):
        names, out = guessed, keys  # a torchvision-style Dataset's .classes, indexed by label
    else:
        names = [str(v) for v in values]
        out = {s: np.searchsorted(values, y).astype(np.int64) for s, y in keys.items()}
    if len(names) < 2:
        raise _fail(f"y has a single class {names[0]!r}; classification needs at least 2 "
                    "classes (or set data.task: regression)")
    return out, names


def _named_labels(
    ys: dict[str, np.ndarray], names: Any, strings: bool
) -> tuple[dict[str, np.ndarray], list[str]]:
    """Labels that index the factory's ``class_names`` (or string labels found in it)."""
    if isinstance(names, str) or not isinstance(names, (list, tuple)) or len(names) < 2:
        raise _fail("class_names must be a list of at least 2 names, one per label 0, 1, ...")
    names = [str(n) for n in names]
    if strings:
        lookup = {n: i for i, n in enumerate(names)}
        for split, y in ys.items():
            unknown = sorted({str(v) for v in y} - set(lookup))
            if unknown:
                raise _fail(f"y of the {split} split has label {unknown[0]!r}, which is not in "
                            "class_names; add it there")
        return {s: np.array([lookup[str(v)] for v in y], np.int64) for s, y in ys.items()}, names
    out = {s: y.astype(np.int64) for s, y in ys.items()}
    for split, y in out.items():
        bad = y[(y < 0) | (y >= len(names))]
        if len(bad):
            raise _fail(f"y of the {split} split has label {int(bad[0])}, but class_names lists "
                        f"{len(names)} classes (labels 0..{len(names) - 1}); add names or fix "
                        "the labels")
    return out, names


def _targets(parts: dict[str, tuple[np.ndarray, np.ndarray]]) -> dict[str, np.ndarray]:
    out = {}
    for split, (_, y) in parts.items():
        if y.dtype.kind in "US":
            raise _fail(f"y of the {split} split holds strings, but data.task is regression; "
                        "give float targets or set data.task: classification")
        y = y.astype(np.float32)
        if not np.isfinite(y).all():
            raise _fail(f"y of the {split} split has NaN or infinite targets; replace them")
        out[split] = y
    return out


def _feature_names(names: Any, shape: tuple[int, ...]) -> list[str] | None:
    if names is None:
        return None
    if len(shape) != 1:
        raise _fail("feature_names apply to tabular x (samples, features) only; drop them for "
                    "images")
    if isinstance(names, str) or not isinstance(names, (list, tuple)) or len(names) != shape[0]:
        n = len(names) if isinstance(names, (list, tuple)) else type(names).__name__
        raise _fail(f"feature_names must be a list of {shape[0]} names, one per column of x "
                    f"(got {n})")
    return [str(n) for n in names]


def _source(cfg: DataConfig) -> str:
    spec = str(cfg.factory)
    path = factory_source_file(spec)
    shown = f"{path}:{spec.rpartition(':')[2]}" if path is not None else spec
    args = ", ".join(f"{k}={json.dumps(v, default=str)}" for k, v in cfg.args.items())
    return f"data.factory {shown}({args})"


def read_factory(cfg: DataConfig, seed: int) -> RawData:
    """Call ``cfg.factory`` with ``cfg.args`` and check what it returns.

    Integer (or string) labels make a classification task, floats a regression task, unless
    ``cfg.task`` says otherwise. Labels are mapped to 0..k-1 in sorted order, unless
    ``class_names`` is given: then the labels index it. 4-D x (samples, C, H, W) are images.
    """
    out = call_factory(load_factory(str(cfg.factory), WHAT), dict(cfg.args), WHAT)
    parts, meta = _parts(out)
    task = _task(parts, cfg)
    if task == "classification":
        ys, class_names = _labels(parts, meta.get("class_names"), meta.get("dataset_classes"))
        y_tensors = {s: torch.from_numpy(np.ascontiguousarray(y, dtype=np.int64))
                     for s, y in ys.items()}
    else:
        if "class_names" in meta:
            raise _fail("class_names given, but the task is regression (float y); drop them "
                        "or set data.task: classification")
        y_tensors = {s: torch.from_numpy(y) for s, y in _targets(parts).items()}
        class_names = []
    x_tensors = {s: torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32))
                 for s, (x, _) in parts.items()}
    shape = tuple(x_tensors["train"].shape[1:])
    return RawData(
        "factory", x_tensors["train"], y_tensors["train"], task,  # type: ignore[arg-type]
        class_names, _feature_names(meta.get("feature_names"), shape), is_image=len(shape) == 3,
        test_x=x_tensors.get("test"), test_y=y_tensors.get("test"),
        val_x=x_tensors.get("val"), val_y=y_tensors.get("val"), source=_source(cfg),
    )
