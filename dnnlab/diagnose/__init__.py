"""Diagnose a training run from its learning curves (the lectures' "reading learning curves").

Pure functions over a tidy table of a run's metric history (``key``, ``step``, ``value``: one
row per MLflow metric point), separate from MLflow I/O:

>>> import numpy as np, pandas as pd
>>> steps = np.arange(1, 2001)
>>> loss = np.full(2000, 2.3)  # flat from the start
>>> d = diagnose(pd.DataFrame({"key": "train/loss", "step": steps, "value": loss}))
>>> d.summary()
'not_training (critical)'
>>> d.findings[0].evidence["metrics"]
['train/loss']

During training, :class:`LiveMonitor` catches NaN/Inf and certain divergence step by step.
Thresholds are documented fields of :class:`Thresholds`, overridable by name.
"""

from __future__ import annotations

from dnnlab.diagnose._engine import CHECKS, diagnose
from dnnlab.diagnose._findings import (
    ADVICE,
    CAUSE_ORDER,
    CODES,
    SEVERITY_ORDER,
    VERDICTS,
    Diagnosis,
    Finding,
)
from dnnlab.diagnose._history import ALIASES, EPOCH_ROLES, History, RunMeta
from dnnlab.diagnose._live import LiveMonitor, check_live
from dnnlab.diagnose._thresholds import USUAL_LR, Thresholds

__all__ = [
    "ADVICE",
    "ALIASES",
    "CAUSE_ORDER",
    "CHECKS",
    "CODES",
    "EPOCH_ROLES",
    "SEVERITY_ORDER",
    "Diagnosis",
    "Finding",
    "History",
    "LiveMonitor",
    "RunMeta",
    "Thresholds",
    "USUAL_LR",
    "VERDICTS",
    "check_live",
    "diagnose",
]
