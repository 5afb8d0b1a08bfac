"""``dnnlab.runner``: the names ``dnnlab train`` is built from, kept under their old address.

The code lives in :mod:`dnnlab.experiment` (preparation, the run, the end-of-run report,
variants and k-fold) and :mod:`dnnlab.tracking` (the run's lifecycle and MLflow I/O).
"""

from __future__ import annotations

from dnnlab.experiment import (
    Prepared,
    RunResult,
    make_client,
    prepare,
    resolve_device,
    run_experiment,
    seed_everything,
)
from dnnlab.redaction import redact
from dnnlab.tracking import sigterm_as_interrupt

__all__ = [
    "Prepared",
    "RunResult",
    "make_client",
    "prepare",
    "redact",
    "resolve_device",
    "run_experiment",
    "seed_everything",
    "sigterm_as_interrupt",
]
