"""dnnlab: train, track and diagnose PyTorch models with MLflow and Optuna.

The public surface (imported lazily, so ``import dnnlab`` and the read-only commands stay
light)::

    dnnlab.track(model, optimizer, ...)   # a hand-written loop's run (dnnlab.TrackedRun)
    dnnlab.TrainingStopped                # raised by run.step when the live diagnosis stops it
    dnnlab.load_config(path, overrides)   # an experiment file, validated
    dnnlab.run_experiment(cfg)            # what `dnnlab train` does
    dnnlab.Trainer                        # the readable training loop with callbacks
    dnnlab.Callback                       # its hook protocol
    dnnlab.diagnose(history, meta)        # the diagnosis of a tidy history table
    dnnlab.diagnose_run(client, run_id)   # the diagnosis of a stored run
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.1.0"

# True in a process dnnlab owns (the ``dnnlab`` command): there it may skip imports made for
# other users of the process, such as MLflow's Lightning checkpoint callback
_owns_process = False

_PUBLIC = {
    "track": "dnnlab.tracking",
    "TrackedRun": "dnnlab.tracking",
    "TrainingStopped": "dnnlab.tracking",
    "load_config": "dnnlab.config",
    "run_experiment": "dnnlab.runner",
    "Trainer": "dnnlab.train",
    "Callback": "dnnlab.train",
    "diagnose": "dnnlab.diagnose",
    "diagnose_run": "dnnlab.runs",
}

__all__ = ["__version__", *_PUBLIC]


def __getattr__(name: str) -> Any:
    if name in _PUBLIC:
        value = getattr(import_module(_PUBLIC[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dnnlab' has no attribute {name!r}")
