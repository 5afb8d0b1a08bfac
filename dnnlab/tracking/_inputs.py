"""The run's data as MLflow dataset inputs, and MLflow's own system metrics.

Each split is a dataset input (name, source, digest, schema, profile) with its context
(``training``, ``validation``, ``test``), so the MLflow UI's Dataset column and
``search_runs("dataset.digest = '...'")`` find runs by their data.
"""

from __future__ import annotations

import contextlib
import logging
import warnings
from collections.abc import Mapping
from typing import Any

import numpy as np
from mlflow import MlflowClient

log = logging.getLogger("dnnlab")

CONTEXTS = {"train": "training", "val": "validation", "test": "test"}


def _array(t: Any) -> np.ndarray:
    return t.detach().cpu().numpy() if hasattr(t, "detach") else np.asarray(t)


def log_dataset_inputs(client: MlflowClient, run_id: str, splits: Mapping[str, Any], *,
                       name: str, source: str, digest: str | None) -> None:
    """``splits``: ``{"train": (x, y), "val": ..., "test": ...}`` (tensors or arrays; a split
    may be None). The digest is the data's own (computed once when it was read)."""
    import mlflow.data
    from mlflow.entities import DatasetInput, InputTag

    inputs = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # "no dataset source for 'scikit-learn digits'"
        for split, pair in splits.items():
            if pair is None:
                continue
            x, y = pair
            ds = mlflow.data.from_numpy(_array(x), source=source, targets=_array(y),
                                        name=f"{name} ({split})",
                                        digest=(f"{digest}-{split}" if digest else None))
            inputs.append(DatasetInput(ds._to_mlflow_entity(),
                                       [InputTag("mlflow.data.context", CONTEXTS[split])]))
    if inputs:
        client.log_inputs(run_id, inputs)


class SystemMetrics:
    """MLflow's system metrics (``system/cpu_utilization_percentage``, memory, disk,
    network, GPU when present) sampled every ``interval`` seconds on a thread of their own;
    nothing when ``interval`` is 0 or the monitor cannot start (e.g. psutil missing)."""

    def __init__(self, run_id: str, tracking_uri: str, interval: float) -> None:
        self._monitor = None
        if interval <= 0:
            return
        try:
            from mlflow.system_metrics.system_metrics_monitor import SystemMetricsMonitor

            logging.getLogger("mlflow.system_metrics").setLevel(logging.WARNING)
            self._monitor = SystemMetricsMonitor(run_id, sampling_interval=interval,
                                                 tracking_uri=tracking_uri)
            self._monitor.start()
        except Exception as err:  # optional: a missing psutil or GPU library is no failure
            log.debug("system metrics off: %s", err)
            self._monitor = None

    def stop(self) -> None:
        if self._monitor is not None:
            with contextlib.suppress(Exception):
                self._monitor.finish()
            self._monitor = None
