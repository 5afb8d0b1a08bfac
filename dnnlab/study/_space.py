"""The search space: dotted keys of the experiment file mapped to Optuna distributions.

A trial's parameters are written into a copy of the experiment's config and the result is
validated like any experiment file, so a sampled value the schema refuses is a clear error.

>>> from dnnlab.config import ExperimentConfig
>>> space = resolve_space(ExperimentConfig())
>>> sorted(space)
['model.dropout', 'optim.lr']
>>> apply_params(ExperimentConfig(), {"optim.lr": 0.01}).optim.lr
0.01
"""

from __future__ import annotations

import itertools
import json
import math
import random
from typing import Any

import numpy as np

from dnnlab.config import ExperimentConfig, ParamSpace, load_config_dict
from dnnlab.errors import UserError

DEFAULT_SPACE: dict[str, ParamSpace] = {
    "optim.lr": ParamSpace(type="float", low=1e-4, high=1e-1, log=True),
    "model.dropout": ParamSpace(type="float", low=0.0, high=0.5),
}
# keys a trial must not change: they say where and how the study itself is tracked
FROZEN_PREFIXES = ("study", "tracking", "variants", "name")
SCALAR = (str, int, float, bool, type(None))


def resolve_space(cfg: ExperimentConfig) -> dict[str, ParamSpace]:
    """The file's ``study.space``, or the default search over learning rate and dropout."""
    space = cfg.study.space if cfg.study is not None and cfg.study.space else DEFAULT_SPACE
    return dict(space)


def _encode(choice: Any) -> Any:
    """Optuna stores scalar choices only: lists (``model.hidden``) travel as JSON text."""
    return choice if isinstance(choice, SCALAR) else json.dumps(choice)


def _decode(value: Any, spec: ParamSpace) -> Any:
    if isinstance(value, str) and spec.choices and value not in spec.choices:
        return json.loads(value)
    return value


def suggest(trial: Any, space: dict[str, ParamSpace]) -> dict[str, Any]:
    """Ask ``trial`` for every parameter; returns config values (JSON choices decoded)."""
    params: dict[str, Any] = {}
    for key, spec in space.items():
        if spec.type == "categorical":
            value = trial.suggest_categorical(key, [_encode(c) for c in spec.choices or []])
        elif spec.type == "int":
            value = trial.suggest_int(key, int(spec.low), int(spec.high),
                                      step=int(spec.step or 1), log=spec.log)
        else:
            value = trial.suggest_float(key, float(spec.low), float(spec.high),
                                        step=spec.step, log=spec.log)
        params[key] = _decode(value, spec)
    return params


def set_dotted(raw: dict[str, Any], key: str, value: Any) -> None:
    """Set ``key`` ("optim.lr", "model.hidden.0") in the plain config dict ``raw``."""
    node: Any = raw
    parts = key.split(".")
    for i, part in enumerate(parts[:-1]):
        if isinstance(node, list):
            node = node[_index(node, part, key)]
            continue
        nxt = node.get(part)
        if nxt is None:  # an optional section that is off (train.early_stopping: null)
            nxt = node[part] = {}
        elif not isinstance(nxt, (dict, list)):
            done = ".".join(parts[: i + 1])
            raise UserError(f"study.space: {key!r}: {done} is a value, not a section")
        node = nxt
    if isinstance(node, list):
        node[_index(node, parts[-1], key)] = value
    else:
        node[parts[-1]] = value


def _index(node: list[Any], part: str, key: str) -> int:
    if not part.isdigit() or int(part) >= len(node):
        raise UserError(f"study.space: {key!r}: {part!r} is not an index of a list of "
                        f"{len(node)} items")
    return int(part)


def apply_params(base: ExperimentConfig, params: dict[str, Any],
                 source: str = "study trial") -> ExperimentConfig:
    """``base`` with ``params`` set, validated, and without its study section."""
    raw = base.model_dump(mode="json")
    raw["study"] = None
    for key, value in params.items():
        set_dotted(raw, key, value)
    return load_config_dict(raw, source=source)


def _probe_values(spec: ParamSpace) -> list[Any]:
    if spec.type == "categorical":
        return list(spec.choices or [])
    if spec.type == "int":
        return [int(spec.low), int(spec.high)]
    return [float(spec.low), float(spec.high)]


def validate_space(base: ExperimentConfig, space: dict[str, ParamSpace]) -> None:
    """Every key exists and every edge of every range gives a valid experiment file.

    Raises :class:`UserError` naming the key; nothing is run.
    """
    if not space:
        raise UserError("study.space is empty; name at least one key, e.g. optim.lr")
    for key, spec in space.items():
        if key.split(".")[0] in FROZEN_PREFIXES:
            raise UserError(f"study.space: {key!r} cannot be searched; a trial may change "
                            "data/model/optim/train keys and seed")
        for value in _probe_values(spec):
            apply_params(base, {key: value}, source=f"study.space: {key}={value!r}")


def grid_points(space: dict[str, ParamSpace], per_float: int, seed: int) -> list[dict[str, Any]]:
    """Every combination of the grid (floats: ``per_float`` points, log-spaced when ``log``),
    in a seeded random order so that a partial grid still spreads over the space."""
    axes: list[list[Any]] = []
    for spec in space.values():
        if spec.type == "categorical":
            axes.append([_encode(c) for c in spec.choices or []])
        elif spec.type == "int":
            step = int(spec.step or 1)
            axes.append(list(range(int(spec.low), int(spec.high) + 1, step)))
        elif spec.step is not None:
            n = int(math.floor((spec.high - spec.low) / spec.step + 1e-9)) + 1
            axes.append([float(spec.low + i * spec.step) for i in range(n)])
        elif spec.log:
            axes.append([float(v) for v in np.geomspace(spec.low, spec.high, per_float)])
        else:
            axes.append([float(v) for v in np.linspace(spec.low, spec.high, per_float)])
    points = [dict(zip(space, combo, strict=True)) for combo in itertools.product(*axes)]
    random.Random(seed).shuffle(points)
    return points
