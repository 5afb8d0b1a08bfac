"""``diagnose``: run every check over a run's history and collect findings and skipped checks."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd

from dnnlab.diagnose._context import Context, Skip
from dnnlab.diagnose._findings import Diagnosis, Finding
from dnnlab.diagnose._history import History, RunMeta
from dnnlab.diagnose._rules_fit import check_overfitting, check_underfitting
from dnnlab.diagnose._rules_internals import check_dead_relu, check_gradients, check_update_ratio
from dnnlab.diagnose._rules_loss import (
    check_divergence,
    check_nan,
    check_noisy,
    check_not_converged,
    check_not_training,
    check_slow_start,
)
from dnnlab.diagnose._rules_outcome import (
    check_at_chance,
    check_generalisation_gap,
    check_loss_mismatch,
    check_predictions_collapsed,
    check_saturation,
)
from dnnlab.diagnose._rules_periodic import check_unshuffled
from dnnlab.diagnose._thresholds import Thresholds

Check = Callable[[Context], list[Finding]]

# Order matters: later checks look at earlier findings (e.g. no "not converged" for a run that
# diverged, no "noisy" for a loss whose swings are the unshuffled-data cycle, divergence judged
# per epoch when the per-step loss cycles, no plateau timed on a loss whose noise hides the
# trend, no "more capacity" advice for a network whose capacity died with its ReLUs).
CHECKS: tuple[tuple[str, Check], ...] = (
    ("nan_loss", check_nan),
    ("unshuffled_data", check_unshuffled),
    ("divergence", check_divergence),
    ("not_training", check_not_training),
    ("noisy_loss", check_noisy),
    ("generalisation_gap", check_generalisation_gap),
    ("slow_start", check_slow_start),  # after the gap: a plateau the run got past is an info
    ("overfitting", check_overfitting),
    ("not_converged", check_not_converged),
    ("dead_relu", check_dead_relu),
    ("at_chance", check_at_chance),
    ("predictions_collapsed", check_predictions_collapsed),
    ("loss_mismatch", check_loss_mismatch),
    ("update_ratio", check_update_ratio),
    ("gradients", check_gradients),
    ("saturated_activation", check_saturation),  # after the mechanisms it may stand beside
    ("underfitting", check_underfitting),  # last: a poor fit another finding explains is not it
)


def diagnose(
    history: pd.DataFrame, meta: RunMeta | None = None, thresholds: Thresholds | None = None
) -> Diagnosis:
    """Diagnose one run from its tidy metric history (columns ``key``, ``step``, ``value``).

    Pure: no MLflow access. Checks that lack data are listed in ``Diagnosis.skipped``.

    >>> import numpy as np, pandas as pd
    >>> steps = np.arange(1, 501)
    >>> loss = 2.3 * np.exp(-steps / 50) + 0.05
    >>> d = diagnose(pd.DataFrame({"key": "train/loss", "step": steps, "value": loss}))
    >>> d.summary()
    'healthy'
    """
    meta = meta or RunMeta()
    ctx = Context(History.build(history, meta), meta, thresholds or Thresholds())
    skipped: list[dict[str, str]] = []
    checked: list[str] = []
    for name, check in CHECKS:
        try:
            found = check(ctx)
        except Skip as why:
            skipped.append({"check": name, "reason": str(why)})
            continue
        checked.append(name)
        for f in found:
            ctx.found.setdefault(f.code, f)
    return Diagnosis(list(ctx.found.values()), skipped, ctx.h.inputs(), checked)
