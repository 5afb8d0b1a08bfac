"""Shared fixtures: a real MLflow store (SQLite) in a temp dir and tiny experiment configs."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from mlflow import MlflowClient

from dnnlab.config import ExperimentConfig, load_config_dict
from dnnlab.tracking import use_tracking_uri

# A test session started in the background of a non-interactive shell (``cmd &``, nohup) inherits
# SIGINT ignored (POSIX), and Python then installs no Ctrl-C handler, neither in this process nor
# in the dnnlab processes the tests start: the Ctrl-C tests would see no KeyboardInterrupt. Give
# the session Python's own Ctrl-C handling (a handled signal is reset to the default in exec'd
# children, so they get theirs too).
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parents[1]
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
os.environ.pop("MLFLOW_TRACKING_URI", None)
os.environ.pop("DNNLAB_STORAGE", None)  # the tests choose their Optuna storages


@pytest.fixture
def tracking_uri(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path}/mlflow.db"


@pytest.fixture
def client(tracking_uri: str):
    """A client on the test's store; MLflow's fluent API points at it during the test."""
    with use_tracking_uri(tracking_uri):
        yield MlflowClient(tracking_uri)


def tiny(tracking_uri: str, **sections: Any) -> ExperimentConfig:
    """A small fast config on the embedded store; sections are merged over the defaults."""
    raw: dict[str, Any] = {
        "name": "test",
        "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [16]},
        "optim": {"lr": 0.01},
        "train": {"epochs": 2, "batch_size": 64},
        "tracking": {"uri": tracking_uri, "log_model": False},
    }
    for key, value in sections.items():
        if isinstance(value, dict):
            raw.setdefault(key, {}).update(value)
        else:
            raw[key] = value
    return load_config_dict(raw)


def all_runs(client: MlflowClient) -> list:
    exps = [e.experiment_id for e in client.search_experiments()]
    return client.search_runs(exps) if exps else []
