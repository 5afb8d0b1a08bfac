"""Reading runs back: the one-query history of a database store, and the read-only commands
that must not pay for importing torch."""

from __future__ import annotations

import math
import os
import subprocess
import sys

import pytest
from mlflow import MlflowClient
from mlflow.entities import Metric

from dnnlab import runs
from tests.conftest import ROOT


def _store_run(tmp_path) -> tuple[MlflowClient, str]:
    client = MlflowClient(f"sqlite:///{tmp_path}/mlflow.db")
    run_id = client.create_run(client.create_experiment("x")).info.run_id
    client.log_batch(run_id, metrics=[
        Metric("a", 1.0, 10, 1), Metric("a", 2.0, 20, 1),  # step 1 logged twice: latest wins
        Metric("a", float("nan"), 5, 2), Metric("b/c", float("inf"), 5, 3),
        Metric("b/c", -1.0, 6, 4)])
    return client, run_id


@pytest.mark.parametrize("covered", [False, True], ids=["run-index", "primary-key-index"])
def test_sql_history_is_what_the_client_reads(tmp_path, monkeypatch, covered):
    """Through MLflow's SQLite engine, by either index (the primary key's when the run fills
    the store: here from any size), as MLflow's client reads it key by key."""
    from dnnlab import store_sqlite

    if covered:
        monkeypatch.setattr(store_sqlite, "COVERED_FROM", 0)
    client, run_id = _store_run(tmp_path)
    client.log_batch(run_id, metrics=[Metric("d", 6.0, 4, 5), Metric("d", 7.0, 3, 6)])
    run = client.get_run(run_id)
    later_first = runs.load_history(client, run, ["d"])  # step 6 stored with the earlier time
    assert later_first["step"].tolist() == [5, 6] and later_first["value"].tolist() == [6.0, 7.0]
    fast = runs.load_history(client, run, ["a", "b/c"])
    monkeypatch.setattr(runs, "_sql_engine", lambda c: None)  # MLflow's client, key by key
    slow = runs.load_history(client, run, ["a", "b/c"])
    assert fast["key"].tolist() == slow["key"].tolist() == ["a", "a", "b/c", "b/c"]
    assert fast["step"].tolist() == slow["step"].tolist() == [1, 2, 3, 4]
    assert fast["value"].iloc[0] == 2.0 and math.isnan(fast["value"].iloc[1])
    assert fast["value"].iloc[2] == slow["value"].iloc[2] == 1.7976931348623157e308
    assert fast["value"].iloc[3] == -1.0
    assert runs.load_history(client, run, ["b/c"])["key"].tolist() == ["b/c", "b/c"]


def check_history_keeps_the_latest_of_a_step(client: MlflowClient) -> None:
    """A step logged twice keeps the value with the later timestamp, whatever order the rows
    were stored in (the later one first here), read through the database as through MLflow."""
    run_id = client.create_run(client.create_experiment("order")).info.run_id
    client.log_batch(run_id, metrics=[Metric("a", 2.0, 20, 1), Metric("a", 5.0, 30, 2)])
    client.log_batch(run_id, metrics=[Metric("a", 1.0, 10, 1), Metric("a", 4.0, 25, 2),
                                      Metric("a", 3.0, 10, 0)])
    run = client.get_run(run_id)
    assert runs._sql_engine(client) is not None  # the database path is the one tested
    fast = runs.load_history(client, run)
    assert fast["step"].tolist() == [0, 1, 2] and fast["value"].tolist() == [3.0, 2.0, 5.0]


def test_the_optimiser_and_learning_rate_are_read_in_each_tool_s_param_names(tmp_path):
    client = MlflowClient(f"sqlite:///{tmp_path}/mlflow.db")
    exp = client.create_experiment("x")
    logged = {  # Keras autolog, Hugging Face TrainingArguments, dnnlab's config, a bare loop
        "keras": ({"opt_name": "RMSPROP", "opt_learning_rate": "0.01"}, ("rmsprop", 0.01)),
        "hf": ({"optim": "adamw_torch", "learning_rate": "5e-05"}, ("adamw", 5e-5)),
        "dnnlab": ({"optim.name": "sgd", "optim.lr": "0.1"}, ("sgd", 0.1)),
        "loop": ({"optimizer": "Adagrad", "lr": "nan"}, ("adagrad", None)),
        "none": ({"optimizer": "lbfgs", "epochs": "3"}, (None, None)),
    }
    for name, (params, want) in logged.items():
        run_id = client.create_run(exp, run_name=name).info.run_id
        for k, v in params.items():
            client.log_param(run_id, k, v)
        meta = runs.run_meta(client.get_run(run_id))
        assert (meta.optimizer, meta.learning_rate) == want, name


def test_the_batch_size_is_read_in_each_tool_s_param_names(tmp_path):
    client = MlflowClient(f"sqlite:///{tmp_path}/mlflow.db")
    exp = client.create_experiment("x")
    logged = {  # dnnlab's config, Hugging Face TrainingArguments, Keras autolog / a bare loop
        "dnnlab": ({"train.batch_size": "1"}, 1),
        "hf": ({"per_device_train_batch_size": "2", "per_device_eval_batch_size": "64"}, 2),
        "keras": ({"batch_size": "32"}, 32),
        "odd": ({"batch_size": "auto"}, None),
        "none": ({"epochs": "3"}, None),
    }
    for name, (params, want) in logged.items():
        run_id = client.create_run(exp, run_name=name).info.run_id
        for k, v in params.items():
            client.log_param(run_id, k, v)
        assert runs.run_meta(client.get_run(run_id)).batch_size == want, name


def test_sql_history_keeps_the_latest_of_a_step_stored_first(tmp_path):
    check_history_keeps_the_latest_of_a_step(MlflowClient(f"sqlite:///{tmp_path}/mlflow.db"))


@pytest.mark.parametrize("covered", [False, True], ids=["run-index", "primary-key-index"])
def test_the_read_only_sqlite_history_keeps_the_latest_of_a_step_as_mlflow_does(
        tmp_path, monkeypatch, covered):
    """``dnnlab diagnose``'s own reader of an SQLite store: a key with a step logged twice is
    read again with its timestamps; the keys without one are not, and all agree with MLflow's
    client, key by key, whichever index the run is read through (the primary key's, in
    timestamp order, when the run fills the store: here from any size)."""
    from dnnlab import store_sqlite
    from dnnlab.store_sqlite import open_store

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    run_id = client.create_run(client.create_experiment("order")).info.run_id
    client.log_batch(run_id, metrics=[Metric("a", 2.0, 20, 1), Metric("a", 5.0, 30, 2),
                                      Metric("b", 7.0, 5, 1), Metric("b", 8.0, 6, 2)])
    client.log_batch(run_id, metrics=[Metric("a", 1.0, 10, 1), Metric("a", 4.0, 25, 2),
                                      Metric("a", 3.0, 10, 0), Metric("b", float("nan"), 7, 3),
                                      Metric("b", 6.0, 4, 5)])  # a later step logged earlier
    if covered:
        monkeypatch.setattr(store_sqlite, "COVERED_FROM", 0)
    reader = open_store(uri)
    assert store_sqlite._fills_store(reader.con.cursor(), run_id) is covered
    ours = runs.load_history(reader, runs.get_run(reader, run_id))
    assert ours["key"].tolist() == ["a", "a", "a", "b", "b", "b", "b"]
    assert ours["step"].tolist() == [0, 1, 2, 1, 2, 3, 5]
    assert ours["value"].tolist()[:5] == [3.0, 2.0, 5.0, 7.0, 8.0]
    assert math.isnan(ours["value"].iloc[5]) and ours["value"].iloc[6] == 6.0
    for key in ("a", "b"):
        theirs = [(m.step, m.value) for m in sorted(
            client.get_metric_history(run_id, key), key=lambda m: (m.step, m.timestamp))]
        latest = dict(theirs)  # the later of a repeated step wins
        mine = ours[ours["key"] == key]
        assert mine["step"].tolist() == sorted(latest)
        assert all(v == latest[s] or (math.isnan(v) and math.isnan(latest[s]))
                   for s, v in zip(mine["step"], mine["value"], strict=True))


def test_a_run_beside_a_larger_one_is_read_through_its_own_index(tmp_path, monkeypatch):
    """The primary key's index reads every run's points of a key: only the run that holds
    at least half of the store is read through it; both read the same as MLflow's client."""
    from dnnlab import store_sqlite
    from dnnlab.store_sqlite import open_store

    uri = f"sqlite:///{tmp_path}/mlflow.db"
    client = MlflowClient(uri)
    exp = client.create_experiment("two")
    big, small = (client.create_run(exp).info.run_id for _ in range(2))
    for s in range(40):  # interleaved, step by step, as a training loop logs
        client.log_batch(big, metrics=[Metric("loss", 1 / (s + 1), s, s),
                                       Metric("lr", 0.1, s, s)])
        if s % 4 == 0:
            client.log_batch(small, metrics=[Metric("loss", 2.0 + s, s, s)])
    monkeypatch.setattr(store_sqlite, "COVERED_FROM", 0)
    reader = open_store(uri)
    cur = reader.con.cursor()
    assert store_sqlite._fills_store(cur, big) and not store_sqlite._fills_store(cur, small)
    for rid, keys in ((big, ["loss", "lr"]), (small, ["loss"])):
        ours = reader.history(rid, keys)
        for key in keys:
            theirs = sorted((m.step, m.value) for m in client.get_metric_history(rid, key))
            mine = ours[ours["key"] == key]
            assert list(zip(mine["step"], mine["value"], strict=True)) == theirs


PROBE = """
import sys
sys.argv = ["dnnlab", *sys.argv[1:]]
from dnnlab.cli import app
try:
    app()
except SystemExit:
    pass
print("mlflow imported" if "mlflow" in sys.modules else "no mlflow", file=sys.stderr)
print("torch imported" if "torch" in sys.modules else "no torch", file=sys.stderr)
"""


def test_read_only_commands_do_not_import_torch(tmp_path):
    client, run_id = _store_run(tmp_path)
    client.log_batch(run_id, metrics=[Metric("train/loss", 2.0 - i / 50, 0, i)
                                      for i in range(1, 60)])
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
    uri = client.tracking_uri
    for args in (["--help"], ["diagnose", run_id, "--tracking-uri", uri],
                 ["diagnose", run_id, "--tracking-uri", uri, "--json"],
                 ["study-report", "none", "--storage", f"sqlite:///{tmp_path}/optuna.db",
                  "--tracking-uri", uri]):
        proc = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True,
                              text=True, cwd=tmp_path, env=env, timeout=120)
        assert proc.stderr.strip().endswith("no torch"), (args, proc.stderr[-2000:])
        if args[0] == "diagnose":  # an SQLite store is read from its tables (store_sqlite)
            assert "no mlflow" in proc.stderr, (args, proc.stderr[-2000:])
            assert "verdict" in proc.stdout, proc.stdout
