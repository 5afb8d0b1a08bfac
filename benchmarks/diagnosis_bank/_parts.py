"""Helpers the held-out parts (heldout2 on) write their cases with."""

from __future__ import annotations

from typing import Any

import numpy as np

from benchmarks.diagnosis_bank._machinery import Case, temp_csv
from benchmarks.diagnosis_bank._scripts import Setup

TP = "training_problem"
GP = "generalisation_problem"
NOSTOP = {"stop_on": []}  # train on through a NaN or a blow-up: the fault is the point
# reasons the later parts (heldout8 on) give for side effects
BLOWUP = ("effects of the blow-up: the updates dwarf the weights and every layer's gradient "
          "grows towards overflow with the loss")
SORTED = "the loss is lowest at the end and both scores are below what a shuffled run reaches"


def turned(glyph: np.ndarray) -> tuple[np.ndarray, ...]:
    """A square glyph turned by 0, 90, 180 and 270 degrees clockwise (up, right, down, left)."""
    return tuple(np.rot90(glyph, -q).copy() for q in range(4))


def glyph_images(glyphs: tuple[np.ndarray, ...], n: int, size: int, noise: float, flip: float,
                 seed: int) -> tuple[np.ndarray, np.ndarray]:
    """``n`` noisy 1x``size``x``size`` images, each holding one bright glyph (class k holds
    ``glyphs[k]``) at a random place; a share ``flip`` of the labels is then drawn at random.
    The image sets of the later parts (heldout31 on) are this with their own glyphs."""
    k = len(glyphs)
    side = glyphs[0].shape[0]
    rng = np.random.default_rng(seed)
    y = rng.integers(0, k, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, label in enumerate(y):
        r = int(rng.integers(0, size - side + 1))
        c = int(rng.integers(0, size - side + 1))
        x[i, 0, r:r + side, c:c + side] += glyphs[int(label)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, k, int(noisy.sum()))
    return x.astype(np.float32), y


def _factory(spec: str, **args: Any) -> dict[str, Any]:
    return {"dataset": "factory", "factory": spec, "args": args}


def _s(data: str, **kw: Any) -> Setup:
    """A script case's setup; ``subset``/``n``/``noise``/``k``/``by_label`` go to the data."""
    data_keys = {"subset", "n", "noise", "k", "by_label"}
    data_args = tuple((k, kw.pop(k)) for k in sorted(data_keys & set(kw)))
    args = tuple(kw.pop("optim_args", {}).items())
    return Setup(data, data_args=data_args, optim_args=args, **kw)


def _h(name: str, sections: Any) -> Case:
    return Case(name, "", sections, verdict="healthy")


def _hs(name: str, script: Any, tool: str) -> Case:
    return Case(name, "", script=script, tool=tool, verdict="healthy")


def _csv(name: str, make: Any, target: str, task: str, seed: int, **sections: Any) -> Any:
    """A case's sections on a CSV file ``make`` writes once (see :func:`temp_csv`);
    ``data_extra`` adds keys to its ``data`` section."""
    def build() -> dict[str, Any]:
        data = {"dataset": "csv", "path": temp_csv(name, make, seed=seed), "target": target,
                "task": task}
        extra = dict(sections)
        data.update(extra.pop("data_extra", {}))
        return {"data": data, **extra}
    return build
