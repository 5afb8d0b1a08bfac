"""What a data-set reader hands to the splitter: all samples, before splitting."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import numpy as np
import torch

from dnnlab.data._bundle import Task


@dataclass(eq=False)
class RawData:
    """All samples of one data set; ``test_x``/``test_y`` hold an official test set if any.

    ``val_x``/``val_y`` hold a given validation split (a pre-split factory, an image folder's
    ``val/``). ``source`` says where the samples came from and ``digest`` fingerprints them
    (see :func:`fingerprint`); the loader fills both when a reader leaves them ``None``.
    """

    name: str
    x: torch.Tensor
    y: torch.Tensor
    task: Task
    class_names: list[str]
    feature_names: list[str] | None
    is_image: bool
    test_x: torch.Tensor | None = None
    test_y: torch.Tensor | None = None
    val_x: torch.Tensor | None = None
    val_y: torch.Tensor | None = None
    source: str | None = None
    digest: str | None = None

    @property
    def n_classes(self) -> int:
        return len(self.class_names) if self.task == "classification" else 0


def fingerprint(raw: RawData) -> str:
    """First 16 hex digits of the sha256 of the raw bytes of x, y, then val and test if given.

    The tensors are hashed as read (float32 inputs, int64 labels or float32 targets), before
    splitting and standardising, so equal data give an equal digest whatever the split.
    """
    h = hashlib.sha256()
    for t in (raw.x, raw.y, raw.val_x, raw.val_y, raw.test_x, raw.test_y):
        if t is not None:
            h.update(np.ascontiguousarray(t.detach().cpu().numpy()).data)
    return h.hexdigest()[:16]
