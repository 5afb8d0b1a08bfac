"""MLflow I/O and nothing else: the tracked run, its buffered writer, checkpoints, the store.

``track()`` / :class:`TrackedRun` is the one path from a training step to MLflow: a user's own
loop, ``dnnlab train`` and the Lightning callback all log through it.
"""

from __future__ import annotations

from dnnlab.redaction import redact, redact_text
from dnnlab.tracking._buffer import MetricBuffer
from dnnlab.tracking._checkpoints import (
    CheckpointWriter,
    download_checkpoint,
    read_checkpoint,
)
from dnnlab.tracking._probes import (
    RELU_FAMILY,
    DeadUnitObserver,
    UpdateProbe,
    relu_family,
    weight_layers,
)
from dnnlab.tracking._report import as_probabilities, log_classification_report
from dnnlab.tracking._run import (
    TrackedRun,
    TrainingStopped,
    flatten_params,
    git_commit,
    log_pytorch_model,
    model_params,
    model_spec_of,
    sigterm_as_interrupt,
    track,
)
from dnnlab.tracking._store import (
    MAX_METRICS_PER_BATCH,
    MAX_PARAMS_TAGS_PER_BATCH,
    check_tracking_uri,
    configure_http_retries,
    get_or_create_experiment,
    is_auth_refusal,
    log_params_and_tags,
    retrying,
    tracking_timeout,
    use_tracking_uri,
)

__all__ = [
    "MAX_METRICS_PER_BATCH",
    "MAX_PARAMS_TAGS_PER_BATCH",
    "RELU_FAMILY",
    "CheckpointWriter",
    "DeadUnitObserver",
    "MetricBuffer",
    "TrackedRun",
    "TrainingStopped",
    "UpdateProbe",
    "as_probabilities",
    "check_tracking_uri",
    "configure_http_retries",
    "download_checkpoint",
    "flatten_params",
    "get_or_create_experiment",
    "git_commit",
    "is_auth_refusal",
    "log_classification_report",
    "log_params_and_tags",
    "log_pytorch_model",
    "model_params",
    "model_spec_of",
    "read_checkpoint",
    "redact",
    "redact_text",
    "relu_family",
    "retrying",
    "sigterm_as_interrupt",
    "track",
    "tracking_timeout",
    "use_tracking_uri",
    "weight_layers",
]
