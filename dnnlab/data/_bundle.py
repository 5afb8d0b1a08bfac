"""What every loader returns: a :class:`Split` per phase, bundled in a :class:`DataBundle`."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from typing import Literal

import torch

Task = Literal["classification", "regression"]


@dataclass(eq=False)
class Split:
    """Inputs ``x`` (float32, ``(n, *input_shape)``) and targets ``y`` (int64 labels or float32)."""

    x: torch.Tensor
    y: torch.Tensor

    def __len__(self) -> int:
        return int(self.x.shape[0])

    def to(self, device: torch.device | str) -> Split:
        """The same split on ``device`` (``self`` when it is already there)."""
        return Split(self.x.to(device), self.y.to(device))

    def __repr__(self) -> str:
        return (
            f"Split(n={len(self)}, x={tuple(self.x.shape)} {self.x.dtype}, "
            f"y={tuple(self.y.shape)} {self.y.dtype})"
        )


def _batch_bounds(n: int, batch_size: int) -> list[tuple[int, int]]:
    """Slices of ``batch_size``; a trailing batch of one sample is merged into the one before.

    A lone sample would make ``BatchNorm`` fail in training mode, and it adds nothing.
    """
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    bounds = [(i, min(i + batch_size, n)) for i in range(0, n, batch_size)]
    if len(bounds) > 1 and bounds[-1][1] - bounds[-1][0] == 1:
        bounds[-2] = (bounds[-2][0], n)
        bounds.pop()
    return bounds


def eval_batches(split: Split, batch_size: int) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
    """``(x, y)`` batches of a split in order, without augmentation."""
    for start, stop in _batch_bounds(len(split), batch_size):
        yield split.x[start:stop], split.y[start:stop]


@dataclass(eq=False)
class DataBundle:
    """The splits of one data set plus what a model and a report need to know about it.

    ``standardizer`` holds the train-split statistics already applied to every split;
    ``augment`` (images only) maps a training batch to an augmented batch of the same shape.
    ``digest`` is the first 16 hex digits of the sha256 of the raw samples (before splitting
    and standardising) and ``source`` says where they came from: provenance for the run.
    """

    train: Split
    val: Split | None
    test: Split | None
    task: Task
    n_classes: int
    input_shape: tuple[int, ...]
    class_names: list[str]
    feature_names: list[str] | None
    is_image: bool
    standardizer: dict | None = None
    augment: Callable[[torch.Tensor], torch.Tensor] | None = None
    digest: str | None = None
    source: str | None = None

    def to(self, device: torch.device | str) -> DataBundle:
        """A copy with every split on ``device``: batches are then sliced on the device."""
        return replace(
            self,
            train=self.train.to(device),
            val=self.val.to(device) if self.val is not None else None,
            test=self.test.to(device) if self.test is not None else None,
        )

    def steps_per_epoch(self, batch_size: int) -> int:
        """Number of batches :meth:`train_batches` yields per epoch."""
        n = len(self.train)
        steps = math.ceil(n / batch_size)
        if steps > 1 and n % batch_size == 1:
            steps -= 1  # see _batch_bounds: a lone trailing sample joins the previous batch
        return steps

    def train_batches(
        self, batch_size: int, generator: torch.Generator, shuffle: bool
    ) -> Iterator[tuple[torch.Tensor, torch.Tensor]]:
        """One epoch of augmented training batches.

        ``shuffle=True`` draws a new permutation from ``generator`` on every call;
        ``shuffle=False`` keeps the stored order (seeded once at load time, or by label).
        Batches are slices of the stored tensors, not a per-sample ``DataLoader`` collate.
        """
        x, y = self.train.x, self.train.y
        order = None
        if shuffle:
            order = torch.randperm(len(self.train), generator=generator, device=generator.device)
            order = order.to(x.device)
        for start, stop in _batch_bounds(len(self.train), batch_size):
            if order is None:
                xb, yb = x[start:stop], y[start:stop]
            else:
                idx = order[start:stop]
                xb, yb = x[idx], y[idx]
            if self.augment is not None:
                xb = self.augment(xb)
            yield xb, yb
