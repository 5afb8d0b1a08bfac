"""dnnlab against a real `mlflow server` on PostgreSQL: a restart loses nothing, an outage
fails clearly, an unreachable database is a one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from mlflow import MlflowClient

from tests.conftest import ROOT
from tests.servers import mlflow_server, postgres

EXP = {
    "name": "scaleout",
    "data": {"dataset": "digits"},
    "model": {"kind": "mlp", "hidden": [16]},
    "optim": {"lr": 0.01},
    "train": {"epochs": 2, "batch_size": 32},
    "tracking": {"log_model": False},
}


@pytest.fixture(scope="module")
def pg():
    with postgres() as server:
        yield server


@pytest.fixture(scope="module")
def server(pg, tmp_path_factory):
    """One tracking server for the module (its start-up costs ~20 s); the last test kills it."""
    with mlflow_server(pg.create_db("mlflow"), tmp_path_factory.mktemp("artifacts")) as srv:
        yield srv


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLFLOW_")}
    env["PYTHONPATH"] = str(ROOT)
    env.update(extra)
    return env


def _train(tmp: Path, uri: str, exp: dict, **env: str) -> subprocess.Popen:
    path = tmp / "exp.yaml"
    path.write_text(yaml.safe_dump(exp))
    return subprocess.Popen([sys.executable, "-m", "dnnlab.cli", "train", str(path),
                             "--tracking-uri", uri, "-q"], cwd=tmp, env=_env(**env),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _wait_for_epoch(client: MlflowClient, epoch: int, experiment: str,
                    timeout: float = 180) -> str:
    deadline = time.time() + timeout
    while time.time() < deadline:
        exp = client.get_experiment_by_name(experiment)
        runs = client.search_runs([exp.experiment_id]) if exp else []
        for run in runs:
            hist = client.get_metric_history(run.info.run_id, "val/loss")
            if len(hist) >= epoch:
                return run.info.run_id
        time.sleep(0.5)
    raise AssertionError(f"no run reached epoch {epoch}")


def test_train_logs_to_server_with_postgres_backend(server, tmp_path):
    proc = _train(tmp_path, server.url, EXP)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-2000:]
    client = MlflowClient(server.url)
    (run,) = client.search_runs([client.get_experiment_by_name("scaleout").experiment_id])
    assert run.info.status == "FINISHED"
    assert "val/accuracy" in run.data.metrics and "update_ratio/fc1" in run.data.metrics
    files = {f.path for f in client.list_artifacts(run.info.run_id)}
    assert {"config.yaml", "confusion_matrix.json", "diagnosis.json"} <= files


def test_server_restart_mid_run_loses_no_metrics(server, tmp_path):
    client = MlflowClient(server.url)
    exp = {**EXP, "name": "restart", "train": {"epochs": 12, "batch_size": 16}}
    # MLflow's own HTTP retries off: dnnlab's buffered writer retries, and counts
    proc = _train(tmp_path, server.url, exp, MLFLOW_HTTP_REQUEST_MAX_RETRIES="0",
                  DNNLAB_TRACKING_TIMEOUT="300")
    run_id = _wait_for_epoch(client, 2, experiment="restart")
    server.stop()
    down = time.time()
    time.sleep(3)
    server.start()
    print(f"tracking server down for {time.time() - down:.1f} s")
    out, err = proc.communicate(timeout=400)
    assert proc.returncode == 0, err[-2000:]
    run = client.get_run(run_id)
    assert run.info.status == "FINISHED"
    steps = [m.step for m in client.get_metric_history(run_id, "train/loss")]
    epochs = sorted(m.step for m in client.get_metric_history(run_id, "val/loss"))
    spe = int(run.data.params["steps_per_epoch"])
    lost = 12 * spe - len(set(steps))
    duplicated = len(steps) - len(set(steps))
    retries = int(run.data.tags.get("tracking_retries", 0))
    print(f"steps logged {len(steps)}, lost {lost}, duplicated {duplicated}, "
          f"write retries {retries}")
    assert epochs == list(range(1, 13))
    assert sorted(steps) == list(range(1, 12 * spe + 1))  # none lost, none twice
    assert retries > 0  # the outage was really seen and survived by retrying
    ckpts = [f.path for f in client.list_artifacts(run_id, "checkpoints")]
    assert "checkpoints/last.pt" in ckpts


def test_postgres_backend_unreachable_is_a_one_line_error(tmp_path):
    path = tmp_path / "exp.yaml"
    path.write_text(yaml.safe_dump(EXP))
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "train", str(path),
                           "--tracking-uri", "postgresql://dnn:topsecret@127.0.0.1:1/mlflow"],
                          cwd=tmp_path, env=_env(), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "postgresql://dnn:***@127.0.0.1:1/mlflow" in lines[0]
    assert "topsecret" not in proc.stderr + proc.stdout


def test_server_gone_for_good_fails_with_a_clear_message(server, tmp_path):
    client = MlflowClient(server.url)
    exp = {**EXP, "name": "gone", "train": {"epochs": 200, "batch_size": 16}}
    proc = _train(tmp_path, server.url, exp, MLFLOW_HTTP_REQUEST_MAX_RETRIES="2",
                  DNNLAB_TRACKING_TIMEOUT="10")
    _wait_for_epoch(client, 1, experiment="gone")
    server.stop()
    start = time.time()
    out, err = proc.communicate(timeout=300)
    waited = time.time() - start
    print(f"run failed {waited:.1f} s after the server went away")
    assert proc.returncode == 1
    lines = [ln for ln in err.splitlines() if ln.startswith("error:")]
    assert len(lines) == 1 and "the run failed" in lines[0], err[-2000:]
    assert "Traceback" not in err
    assert waited < 240  # a bounded wait, not a hang
