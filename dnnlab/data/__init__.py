"""Data sets as tensors: shipped, synthetic, CSV and torchvision images, split and standardised.

Every loader returns a :class:`DataBundle` of float32 ``x`` and int64 (classification) or
float32 (regression) ``y`` splits, standardised with train-split statistics.

>>> import torch
>>> from dnnlab.config import DataConfig
>>> bundle = load_data(DataConfig(dataset="digits"), seed=0)
>>> bundle.input_shape, bundle.n_classes, bundle.is_image
((1, 8, 8), 10, True)
>>> xb, yb = next(bundle.train_batches(32, torch.Generator().manual_seed(0), shuffle=True))
>>> tuple(xb.shape), yb.dtype
((32, 1, 8, 8), torch.int64)
"""

from __future__ import annotations

from dnnlab.data._bundle import DataBundle, Split, Task, eval_batches
from dnnlab.data._loader import load_data, load_kfold

__all__ = ["DataBundle", "Split", "Task", "eval_batches", "load_data", "load_kfold"]
