"""CSV tables: one target column, numeric feature columns, task inferred or given."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pandas as pd
import torch

from dnnlab.config import DataConfig
from dnnlab.data._raw import RawData
from dnnlab.errors import UserError

MAX_AUTO_CLASSES = 20  # an integer target with at most this many values is a class label


def _lines(index: pd.Index, limit: int = 5) -> str:
    """File line numbers (header is line 1) of the first rows in ``index``."""
    shown = ", ".join(str(int(i) + 2) for i in index[:limit])
    return shown + (", ..." if len(index) > limit else "")


def _is_integral(col: pd.Series) -> bool:
    if pd.api.types.is_bool_dtype(col) or pd.api.types.is_integer_dtype(col):
        return True
    if pd.api.types.is_float_dtype(col):
        values = col.to_numpy(dtype=float)
        return bool(np.all(np.isfinite(values)) and np.all(values == np.round(values)))
    return False


def _read(path: str) -> pd.DataFrame:
    p = Path(path)
    if not p.exists():
        cwd = "" if p.is_absolute() else f" (relative to the current directory {os.getcwd()})"
        raise UserError(f"csv file {path!r} not found{cwd}; check data.path")
    if p.is_dir():
        raise UserError(f"data.path {path!r} is a folder; point it at a .csv file")
    try:
        df = pd.read_csv(p)
    except pd.errors.EmptyDataError:
        raise UserError(
            f"csv file {path!r} is empty; it needs a header row and at least one data row"
        ) from None
    except (pd.errors.ParserError, UnicodeDecodeError, ValueError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise UserError(
            f"csv file {path!r} could not be parsed ({first}); "
            "save it as comma-separated UTF-8 text with one header row"
        ) from None
    if len(df) == 0:
        raise UserError(
            f"csv file {path!r} has a header but no data rows; add rows below the header"
        )
    return df


def _check_values(df: pd.DataFrame, path: str, target: str) -> None:
    counts = df.isna().sum()
    holes = [str(c) for c in df.columns if counts[c]]
    if holes:
        name = holes[0]
        missing = df.index[df[name].isna()]
        what = "target column" if name == target else "column"
        more = ", ".join(f"{c!r} ({counts[c]})" for c in holes[1:])
        raise UserError(
            f"{path}: {what} {name!r} has {len(missing)} empty/NaN value(s) (file line(s) "
            f"{_lines(missing)}){f'; so do {more}' if more else ''}; "
            "fill them in or drop those rows"
        )
    for name in df.columns:
        if name == target:
            continue
        col = df[name]
        if not pd.api.types.is_numeric_dtype(col):
            numeric = pd.to_numeric(col, errors="coerce")
            bad = df.index[numeric.isna()]
            example = col.loc[bad[0]] if len(bad) else col.iloc[0]
            raise UserError(
                f"{path}: feature column {name!r} is not numeric (e.g. {str(example)!r} on "
                f"line {_lines(bad[:1]) if len(bad) else 2}); encode it as numbers "
                "(e.g. one-hot columns) or drop the column"
            )
        values = col.to_numpy(dtype=float)
        infinite = df.index[~np.isfinite(values)]
        if len(infinite):
            raise UserError(
                f"{path}: feature column {name!r} has {len(infinite)} infinite value(s) "
                f"(file line(s) {_lines(infinite)}); replace them with finite numbers"
            )


def read_csv(cfg: DataConfig, seed: int) -> RawData:
    """Read ``cfg.path``; every column but ``cfg.target`` is a numeric feature."""
    path, target = str(cfg.path), str(cfg.target)
    df = _read(path)
    if target not in df.columns:
        cols = ", ".join(repr(str(c)) for c in df.columns)
        raise UserError(
            f"{path}: target column {target!r} not found; the columns are {cols}; "
            "set data.target to one of them"
        )
    features = [c for c in df.columns if c != target]
    if not features:
        raise UserError(
            f"{path}: the only column is the target {target!r}; add at least one feature column"
        )
    _check_values(df, path, target)

    ycol = df[target]
    numeric_target = pd.api.types.is_numeric_dtype(ycol)
    task = cfg.task
    if task == "auto":
        few = ycol.nunique() <= MAX_AUTO_CLASSES
        task = "classification" if not numeric_target or (_is_integral(ycol) and few) else (
            "regression"
        )
    x = torch.from_numpy(np.array(df[features], dtype=np.float32))
    feature_names = [str(c) for c in features]

    if task == "regression":
        if not numeric_target or pd.api.types.is_bool_dtype(ycol):
            raise UserError(
                f"{path}: data.task is regression but target column {target!r} is not numeric "
                f"(e.g. {str(ycol.iloc[0])!r}); use a numeric target or set data.task: "
                "classification"
            )
        y = torch.from_numpy(np.array(ycol, dtype=np.float32))
        if not torch.isfinite(y).all():
            raise UserError(
                f"{path}: target column {target!r} has infinite values; replace them"
            )
        return RawData("csv", x, y, "regression", [], feature_names, is_image=False)

    if numeric_target and _is_integral(ycol) and not pd.api.types.is_bool_dtype(ycol):
        ycol = ycol.astype(np.int64)
    classes = sorted(ycol.unique()) if numeric_target else sorted(ycol.astype(str).unique())
    if len(classes) < 2:
        raise UserError(
            f"{path}: target column {target!r} has a single class {str(classes[0])!r}; "
            "classification needs at least 2 classes (or set data.task: regression)"
        )
    lookup = {v: i for i, v in enumerate(classes)}
    keys = ycol if numeric_target else ycol.astype(str)
    y = torch.from_numpy(np.array(keys.map(lookup), dtype=np.int64))
    class_names = [str(c) for c in classes]
    return RawData("csv", x, y, "classification", class_names, feature_names, is_image=False)
