"""MLflow I/O and nothing else: the tracked run, its buffered writer, checkpoints, the store.

``track()`` / :class:`TrackedRun` is the one path from a training step to MLflow: a user's own
loop, ``dnnlab train`` and the Lightning callback all log through it.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

from dnnlab.redaction import redact, redact_text
from dnnlab.tracking._store import (
    MAX_METRICS_PER_BATCH,
    MAX_PARAMS_TAGS_PER_BATCH,
    check_tracking_uri,
    create_sqlite_store,
    credentials_from_uri,
    get_or_create_experiment,
    is_auth_refusal,
    log_params_and_tags,
    retrying,
    tracking_timeout,
    use_tracking_uri,
)

# the parts that need torch load on first use, so that commands which only read (diagnose,
# study-report, --help) and the store helpers above stay light
_LAZY = {
    "MetricBuffer": "_buffer",
    "CheckpointWriter": "_checkpoints",
    "download_checkpoint": "_checkpoints",
    "read_checkpoint": "_checkpoints",
    "RELU_FAMILY": "_probes",
    "SATURATING": "_probes",
    "SaturationObserver": "_probes",
    "saturating": "_probes",
    "DeadUnitObserver": "_probes",
    "UpdateProbe": "_probes",
    "relu_family": "_probes",
    "use_key": "_probes",
    "weight_layers": "_probes",
    "as_probabilities": "_report",
    "log_classification_report": "_report",
    "log_dataset_inputs": "_inputs",
    "SystemMetrics": "_inputs",
    "check_model_name": "_registry",
    "register_run_model": "_registry",
    "logged_model_id": "_registry",
    "TrackedRun": "_run",
    "TrainingStopped": "_run",
    "flatten_params": "_run",
    "git_commit": "_run",
    "log_pytorch_model": "_run",
    "model_params": "_run",
    "model_spec_of": "_run",
    "sigterm_as_interrupt": "_run",
    "track": "_run",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(f"dnnlab.tracking.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'dnnlab.tracking' has no attribute {name!r}")


__all__ = [
    "MAX_METRICS_PER_BATCH",
    "MAX_PARAMS_TAGS_PER_BATCH",
    "RELU_FAMILY",
    "SATURATING",
    "CheckpointWriter",
    "DeadUnitObserver",
    "MetricBuffer",
    "SaturationObserver",
    "SystemMetrics",
    "TrackedRun",
    "TrainingStopped",
    "UpdateProbe",
    "as_probabilities",
    "check_tracking_uri",
    "create_sqlite_store",
    "credentials_from_uri",
    "download_checkpoint",
    "flatten_params",
    "get_or_create_experiment",
    "git_commit",
    "is_auth_refusal",
    "check_model_name",
    "log_classification_report",
    "log_dataset_inputs",
    "log_params_and_tags",
    "log_pytorch_model",
    "logged_model_id",
    "model_params",
    "model_spec_of",
    "read_checkpoint",
    "redact",
    "redact_text",
    "register_run_model",
    "relu_family",
    "retrying",
    "saturating",
    "sigterm_as_interrupt",
    "track",
    "tracking_timeout",
    "use_key",
    "use_tracking_uri",
    "weight_layers",
]
