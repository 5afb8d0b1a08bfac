"""dnnlab against a real `mlflow server` on PostgreSQL: a restart loses nothing, an outage
fails clearly, an unreachable database is a one-line error."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd
import pytest
import streamlit as st
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


def test_sql_history_on_postgres_keeps_the_latest_of_a_step(pg):
    from tests.test_runs import check_history_keeps_the_latest_of_a_step

    check_history_keeps_the_latest_of_a_step(MlflowClient(pg.create_db("history_order")))


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
    # long enough that the outage lands in the training, not after it: 12 epochs of this MLP
    # took about 1.5 s, and a run that ended before the server went down retried nothing
    epochs_n = 60
    exp = {**EXP, "name": "restart", "train": {"epochs": epochs_n, "batch_size": 16}}
    # MLflow's own HTTP retries off: dnnlab's buffered writer retries, and counts
    proc = _train(tmp_path, server.url, exp, MLFLOW_HTTP_REQUEST_MAX_RETRIES="0",
                  DNNLAB_TRACKING_TIMEOUT="300")
    run_id = _wait_for_epoch(client, 2, experiment="restart")
    # a crash, not a graceful stop: on a loaded CI machine all 60 epochs were once written
    # before the server was down (no write retried); a SIGTERM stop may go on serving a while
    server.kill()
    down = time.time()
    assert proc.poll() is None, "the training ended before the outage; it tests nothing"
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
    lost = epochs_n * spe - len(set(steps))
    duplicated = len(steps) - len(set(steps))
    retries = int(run.data.tags.get("tracking_retries", 0))
    print(f"steps logged {len(steps)}, lost {lost}, duplicated {duplicated}, "
          f"write retries {retries}")
    assert epochs == list(range(1, epochs_n + 1))
    assert sorted(steps) == list(range(1, epochs_n * spe + 1))  # none lost, none twice
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


ADMIN_PASSWORD = "admin-test-pw-7"


@pytest.fixture(scope="module")
def auth_server(pg, tmp_path_factory):
    """`mlflow server --app-name basic-auth` configured as docker/mlflow/entrypoint.sh does."""
    folder = tmp_path_factory.mktemp("auth")
    backend = pg.create_db("mlflow_auth")
    ini = folder / "basic_auth.ini"
    ini.write_text("[mlflow]\ndefault_permission = READ\n"
                   f"database_uri = {backend}\nadmin_username = admin\n"
                   f"admin_password = {ADMIN_PASSWORD}\n"
                   "authorization_function = mlflow.server.auth:authenticate_request_basic_auth\n")
    with mlflow_server(backend, folder / "artifacts", auth_config=ini) as srv:
        yield srv


def test_basic_auth_server_takes_credentials_and_refuses_bad_ones(auth_server, tmp_path,
                                                                  monkeypatch):
    creds = {"MLFLOW_TRACKING_USERNAME": "admin", "MLFLOW_TRACKING_PASSWORD": ADMIN_PASSWORD}
    ok = _train(tmp_path, auth_server.url, {**EXP, "name": "auth-ok"}, **creds)
    _, err = ok.communicate(timeout=300)
    assert ok.returncode == 0, err[-2000:]
    refused = []
    for env in ({}, {"MLFLOW_TRACKING_USERNAME": "admin",
                     "MLFLOW_TRACKING_PASSWORD": "wrong-pw-123"}):
        proc = _train(tmp_path, auth_server.url, {**EXP, "name": "auth-refused"}, **env)
        out, err = proc.communicate(timeout=300)
        lines = [ln for ln in err.splitlines() if ln.strip()]
        refused.append(lines[-1] if lines else "")
        assert proc.returncode == 2, err[-2000:]
        assert len(lines) == 1 and "refused" in lines[0] and "MLFLOW_TRACKING_PASSWORD" in lines[0]
        assert "wrong-pw-123" not in out + err and "Traceback" not in err
    print("basic auth:", *refused, sep="\n  ")
    for key, value in creds.items():
        monkeypatch.setenv(key, value)
    client = MlflowClient(auth_server.url)
    (run,) = client.search_runs([client.get_experiment_by_name("auth-ok").experiment_id])
    assert run.info.status == "FINISHED" and "val/loss" in run.data.metrics
    assert client.get_experiment_by_name("auth-refused") is None  # nothing half-written
    # the dashboard behind basic auth, as the compose file runs it: with the credentials it
    # lists the run; without them it says what to set, no traceback
    at = _runs_page(auth_server.url)
    assert not at.exception, [e.value for e in at.exception]
    assert run.info.run_id in set(at.dataframe[0].value["run_id"])
    for key in creds:
        monkeypatch.delenv(key)
    st.cache_data.clear()  # a dashboard started without credentials: nothing cached
    st.cache_resource.clear()
    at = _runs_page(auth_server.url)
    assert not at.exception and not at.dataframe
    assert "MLFLOW_TRACKING_PASSWORD" in "\n".join(str(e.value) for e in at.info)
    assert ADMIN_PASSWORD not in str([e.value for e in at.info])


@pytest.fixture(scope="module")
def private_server(pg, tmp_path_factory):
    """A basic-auth server where users see only what they are granted (NO_PERMISSIONS)."""
    folder = tmp_path_factory.mktemp("private")
    backend = pg.create_db("mlflow_private")
    ini = folder / "basic_auth.ini"
    ini.write_text("[mlflow]\ndefault_permission = NO_PERMISSIONS\n"
                   f"database_uri = {backend}\nadmin_username = admin\n"
                   f"admin_password = {ADMIN_PASSWORD}\n"
                   "authorization_function = mlflow.server.auth:authenticate_request_basic_auth\n")
    with mlflow_server(backend, folder / "artifacts", auth_config=ini) as srv:
        yield srv


def _login_page(tracking: str, user: str | None, password: str | None) -> Any:
    from streamlit.testing.v1 import AppTest

    mp = pytest.MonkeyPatch()
    mp.setenv("MLFLOW_TRACKING_URI", tracking)
    mp.setenv("DNNLAB_DASHBOARD_AUTH", "1")
    for key in ("MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD"):
        mp.delenv(key, raising=False)
    try:
        at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=180)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        if user is not None:
            at.text_input(key="login_user").input(user)
            at.text_input(key="login_password").input(password)
            at.button[0].click()
            at.run()
            assert not at.exception, [e.value for e in at.exception]
        return at
    finally:
        mp.undo()


def test_dashboard_logins_show_each_user_what_mlflow_lets_them_see(private_server,
                                                                   monkeypatch):
    from mlflow.server import get_app_client

    url = private_server.url
    monkeypatch.setenv("MLFLOW_TRACKING_USERNAME", "admin")
    monkeypatch.setenv("MLFLOW_TRACKING_PASSWORD", ADMIN_PASSWORD)
    admin = MlflowClient(url)
    runs = {}
    for team in ("team-a", "team-b"):
        exp = admin.create_experiment(team)
        run = admin.create_run(exp, run_name=f"{team}-run")
        admin.log_metric(run.info.run_id, "val/loss", 0.5)
        admin.set_terminated(run.info.run_id)
        runs[team] = (exp, run.info.run_id)
    auth = get_app_client("basic-auth", tracking_uri=url)
    for user, team in (("alice", "team-a"), ("bob", "team-b")):
        auth.create_user(user, f"{user}-password-123")
        auth.grant_user_permission(user, "experiment", runs[team][0], "READ")
    for key in ("MLFLOW_TRACKING_USERNAME", "MLFLOW_TRACKING_PASSWORD"):
        monkeypatch.delenv(key)
    st.cache_data.clear()
    st.cache_resource.clear()
    # without credentials: the login form and nothing else
    at = _login_page(url, None, None)
    assert not at.dataframe and len(at.text_input) == 2
    # a wrong password: refused, still nothing shown
    at = _login_page(url, "alice", "wrong-pw-000")
    assert not at.dataframe
    assert "refused" in " ".join(str(e.value) for e in at.error)
    # each user sees the runs MLflow grants them, and only those
    for user, mine, theirs in (("alice", "team-a", "team-b"), ("bob", "team-b", "team-a")):
        at = _login_page(url, user, f"{user}-password-123")
        shown = set(at.dataframe[0].value["run_id"])
        assert runs[mine][1] in shown and runs[theirs][1] not in shown, user
        assert f"{user}-password-123" not in str(at)
    # the dashboard process never took on a user's credentials for itself
    assert "MLFLOW_TRACKING_PASSWORD" not in os.environ


def _runs_page(tracking: str) -> Any:
    from streamlit.testing.v1 import AppTest

    mp = pytest.MonkeyPatch()
    mp.setenv("MLFLOW_TRACKING_URI", tracking)
    try:
        at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=180)
        at.run()
        return at
    finally:
        mp.undo()


STUDY_EXP = {
    "name": "shared-study",
    "seed": 3,
    "data": {"dataset": "moons", "n_samples": 300},
    "model": {"kind": "mlp", "hidden": [16]},
    "train": {"epochs": 3, "batch_size": 32},
    "tracking": {"log_model": False},
    "study": {"heartbeat_interval": 2, "grace_period": 6, "max_retry": 2},
}


def _workers(tmp: Path, n: int, n_trials: int, name: str, storage: str, tracking: str,
             exp: dict) -> list[subprocess.Popen]:
    path = tmp / f"{name}.yaml"
    path.write_text(yaml.safe_dump(exp))
    return [subprocess.Popen([sys.executable, "-m", "dnnlab.cli", "study", str(path),
                              "--n-trials", str(n_trials), "--study-name", name, "-q",
                              "--json", "--tracking-uri", tracking],
                             cwd=tmp, env=_env(DNNLAB_STORAGE=storage), stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, text=True)
            for _ in range(n)]


def _trial_runs(client: MlflowClient, experiment: str) -> list:
    exp = client.get_experiment_by_name(experiment)
    runs = client.search_runs([exp.experiment_id], max_results=1000)
    return [r for r in runs if "optuna.trial_number" in r.data.tags]


def test_three_workers_share_one_study_exactly(pg, server, tmp_path):
    import optuna

    storage = pg.create_db("optuna_three")
    n_trials = 6
    procs = _workers(tmp_path, 3, n_trials, "three", storage, server.url,
                     {**STUDY_EXP, "name": "three"})
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err[-2000:]
    trials = optuna.load_study(study_name="three", storage=storage).get_trials()
    numbers = [t.number for t in trials]
    finished = [t for t in trials if t.state.is_finished()]
    runs = _trial_runs(MlflowClient(server.url), "three")
    run_numbers = [r.data.tags["optuna.trial_number"] for r in runs]
    workers_used = {t.user_attrs.get("dnnlab.worker") for t in trials}
    print(f"workers 3, trials {len(trials)}, finished {len(finished)}, "
          f"lost {n_trials - len(finished)}, duplicated {len(numbers) - len(set(numbers))}, "
          f"MLflow trial runs {len(runs)}, distinct workers {len(workers_used)}")
    assert len(trials) == n_trials and len(finished) == n_trials
    assert len(set(numbers)) == n_trials
    assert sorted(run_numbers) == sorted(str(n) for n in numbers)  # one child run per trial
    assert len(workers_used) >= 2  # the work was really shared
    by_state = pd.Series([t.state.name for t in trials]).value_counts().to_dict()
    _dashboard_reads_study(server.url, storage, "three", {r.info.run_id for r in runs},
                           by_state)


def _dashboard_reads_study(tracking: str, storage: str, name: str, run_ids: set[str],
                           by_state: dict[str, int]) -> None:
    """The dashboard, pointed at the server and the PostgreSQL storage as a team's would be,
    lists the study's trials in their states (as the storage has them), every trial linked to
    its MLflow run, and the runs page shows them."""
    from streamlit.testing.v1 import AppTest

    from dashboards import common

    mp = pytest.MonkeyPatch()
    mp.setenv("MLFLOW_TRACKING_URI", tracking)
    mp.setenv("DNNLAB_STORAGE", storage)
    try:
        at = AppTest.from_file(str(ROOT / "dashboards" / "app.py"), default_timeout=180)
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        listed = set(at.dataframe[0].value["run_id"]) if at.dataframe else set()
        at.switch_page(common.STUDY_PAGE)
        at.query_params["study"] = name
        at.run()
        assert not at.exception, [e.value for e in at.exception]
        assert at.selectbox(key="study_name").value == name
        table = at.dataframe[0].value
        shown = set(table["mlflow_run_id"].dropna())
        states = table["state"].value_counts().to_dict()
        print(f"dashboard: study '{name}' {len(table)} trials {states}, {len(shown)} linked "
              f"to MLflow runs; runs page lists {len(listed & run_ids)} of {len(run_ids)}")
        assert states == by_state
        assert shown == run_ids
        assert run_ids <= listed
    finally:
        mp.undo()


def test_killed_worker_trial_is_failed_by_heartbeat_and_retried(pg, server, tmp_path):
    import optuna
    from optuna.trial import TrialState

    storage = pg.create_db("optuna_kill")
    exp = {**STUDY_EXP, "name": "kill", "train": {"epochs": 40, "batch_size": 8}}
    n_trials = 3
    procs = _workers(tmp_path, 2, n_trials, "kill", storage, server.url, exp)
    victim_pid = None
    deadline = time.time() + 300
    while time.time() < deadline and victim_pid is None:
        time.sleep(1)
        try:
            study = optuna.load_study(study_name="kill", storage=storage)
        except KeyError:
            continue
        for t in study.get_trials(states=(TrialState.RUNNING,)):
            worker = t.user_attrs.get("dnnlab.worker", "")
            if t.intermediate_values and worker:
                victim_pid = int(worker.rsplit(":", 1)[1])
                break
    assert victim_pid is not None, "no trial got going"
    os.kill(victim_pid, 9)
    for p in procs:
        p.communicate(timeout=900)
    # a worker that outlived the kill finishes the study, retry included
    trials = optuna.load_study(study_name="kill", storage=storage).get_trials()
    failed = [t for t in trials if t.state == TrialState.FAIL]
    retried = [t for t in trials if "failed_trial" in t.system_attrs]
    done = [t for t in trials if t.state.is_finished() and t.state != TrialState.FAIL]
    print(f"killed worker pid {victim_pid}: failed {len(failed)}, retried {len(retried)}, "
          f"finished trials {len(done)} of {n_trials}")
    assert len(failed) == 1 and len(retried) == 1
    assert retried[0].params == failed[0].params
    assert len(done) == n_trials


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
