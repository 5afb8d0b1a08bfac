"""What a data-set reader hands to the splitter: all samples, before splitting."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dnnlab.data._bundle import Task


@dataclass(eq=False)
class RawData:
    """All samples of one data set; ``test_x``/``test_y`` hold an official test set if any."""

    name: str
    x: torch.Tensor
    y: torch.Tensor
    task: Task
    class_names: list[str]
    feature_names: list[str] | None
    is_image: bool
    test_x: torch.Tensor | None = None
    test_y: torch.Tensor | None = None

    @property
    def n_classes(self) -> int:
        return len(self.class_names) if self.task == "classification" else 0
