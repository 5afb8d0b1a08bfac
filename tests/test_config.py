"""The experiment config as logged: passwords in its URIs never reach MLflow."""

from __future__ import annotations

from dnnlab.config import flatten, load_config_dict
from dnnlab.redaction import redact, redact_text


def test_logged_config_never_carries_a_password() -> None:
    cfg = load_config_dict({
        "name": "secrets",
        "data": {"dataset": "digits"},
        "tracking": {"uri": "http://alice:s3cret@mlflow.example:5000"},
        "study": {"storage": "postgresql://dnn:t0psecret@db.example:5432/optuna"},
    })
    params = flatten(cfg)
    text = cfg.to_yaml()
    assert params["tracking.uri"] == "http://alice:***@mlflow.example:5000"
    assert params["study.storage"] == "postgresql://dnn:***@db.example:5432/optuna"
    for blob in (text, *params.values()):
        assert "s3cret" not in blob and "t0psecret" not in blob
    # the config itself keeps the real URIs: the runner still needs them
    assert cfg.tracking.uri == "http://alice:s3cret@mlflow.example:5000"
    assert cfg.study is not None and cfg.study.storage.endswith("t0psecret@db.example:5432/optuna")


def test_redact_keeps_uris_without_password() -> None:
    assert redact("sqlite:///tmp/mlflow.db") == "sqlite:///tmp/mlflow.db"
    assert redact("postgresql://dnn@db/optuna") == "postgresql://dnn@db/optuna"
    assert redact_text("cannot reach postgresql://dnn:pw@db:5432/x (refused)") == (
        "cannot reach postgresql://dnn:***@db:5432/x (refused)")
