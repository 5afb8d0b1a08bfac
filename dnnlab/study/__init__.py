"""``dnnlab study``: Optuna hyper-parameter searches whose trials are ordinary dnnlab runs,
nested under one MLflow parent run per invocation.

The search space is the experiment file's ``study:`` section (any dotted key); each trial runs
the normal runner with a pruning callback; the study lives in an Optuna storage (an embedded
file next to the MLflow database by default, or any Optuna URL) so it resumes after an
interrupt and several worker processes or machines can share it.

>>> from dnnlab.config import load_config_dict
>>> cfg = load_config_dict({"data": {"dataset": "moons"}, "study": {"pruner": "median"}})
>>> sorted(resolve_space(cfg))
['model.dropout', 'optim.lr']
"""

from __future__ import annotations

from typing import Any

from dnnlab.study._builders import (
    make_pruner,
    pruner_config,
    pruner_options,
    quiet_optuna,
    warmup_epochs,
)
from dnnlab.study._diagnosis import StudyFinding, diagnose_study, pruner_kind
from dnnlab.study._report import (
    MIN_COMPLETE_CONTOUR,
    MIN_COMPLETE_IMPORTANCE,
    StudyReport,
    chart_gaps,
    study_report,
)
from dnnlab.study._space import DEFAULT_SPACE, apply_params, grid_points, resolve_space
from dnnlab.study._storage import parse_storage


def __getattr__(name: str) -> Any:
    # the trial machinery imports torch: load it only when a study runs (study-report and
    # the diagnosis stay light)
    if name in ("run_study", "StudyResult"):
        from dnnlab.study import _study

        return getattr(_study, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "DEFAULT_SPACE",
    "MIN_COMPLETE_CONTOUR",
    "MIN_COMPLETE_IMPORTANCE",
    "StudyFinding",
    "StudyReport",
    "StudyResult",
    "apply_params",
    "chart_gaps",
    "diagnose_study",
    "grid_points",
    "make_pruner",
    "parse_storage",
    "pruner_config",
    "pruner_kind",
    "pruner_options",
    "quiet_optuna",
    "resolve_space",
    "run_study",
    "study_report",
    "warmup_epochs",
]
