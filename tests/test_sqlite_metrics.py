"""The direct SQLite metric writer against MLflow's own ``log_batch``: the same batches give the
same rows in ``metrics`` and ``latest_metrics``, and what MLflow refuses is refused."""

from __future__ import annotations

import math
import sqlite3

import pytest
from mlflow import MlflowClient
from mlflow.entities import Metric
from mlflow.exceptions import MlflowException

from dnnlab.tracking._buffer import MetricBuffer
from dnnlab.tracking._sqlite_metrics import SqliteMetricWriter

BATCHES = [
    # key, value, timestamp, step
    [("loss", 2.3, 1000, 1), ("loss", 1.9, 1001, 2), ("acc", 0.1, 1000, 1),
     ("odd", math.nan, 1000, 1), ("big", math.inf, 1000, 1), ("small", -math.inf, 1000, 1)],
    [("loss", 1.9, 1001, 2),  # an exact duplicate: dropped
     ("loss", 1.7, 1002, 2),  # the same step again, later: the latest
     ("acc", 0.5, 999, 5), ("acc", 0.4, 1005, 3),  # an older step after a newer: not latest
     ("odd", 1.0, 1003, 2), ("big", 3.0, 1000, 0)],  # a step before the latest: not latest
    [("acc", 0.5, 999, 5), ("acc", 0.6, 999, 5),  # equal step and time: the larger value wins
     ("new/key_1", -0.25, 2000, 7)],
]


def _rows(path, run_id: str) -> tuple[list, list]:
    con = sqlite3.connect(path)
    try:
        points = sorted(con.execute("SELECT key, value, timestamp, step, is_nan FROM metrics "
                                    "WHERE run_uuid = ?", (run_id,)).fetchall())
        latest = sorted(con.execute("SELECT key, value, timestamp, step, is_nan FROM "
                                    "latest_metrics WHERE run_uuid = ?", (run_id,)).fetchall())
    finally:
        con.close()
    return points, latest


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("direct")  # one store (its migrations take seconds)
    path = tmp_path / "mlflow.db"
    client = MlflowClient(f"sqlite:///{path}")
    exp = client.create_experiment("direct", artifact_location=str(tmp_path / "artifacts"))
    return path, client, exp


def test_the_same_batches_give_the_rows_mlflows_log_batch_gives(store):
    path, client, exp = store
    by_mlflow, direct = client.create_run(exp).info.run_id, client.create_run(exp).info.run_id
    writer = SqliteMetricWriter.open(f"sqlite:///{path}")
    assert writer is not None
    for batch in BATCHES:
        client.log_batch(by_mlflow, metrics=[Metric(k, v, ts, s) for k, v, ts, s in batch])
        writer.write(direct, batch)
    writer.close()
    points, latest = _rows(path, direct)
    assert (points, latest) == _rows(path, by_mlflow)
    assert len(points) == 13 and ("odd", 0.0, 1000, 1, 1) in points  # 15, two duplicates
    # and MLflow's client reads them back as it reads its own
    got = client.get_run(direct).data.metrics
    assert got == client.get_run(by_mlflow).data.metrics
    assert got["loss"] == 1.7 and got["acc"] == 0.6 and got["big"] == 1.7976931348623157e308


def test_a_deleted_run_and_a_bad_key_are_refused_as_mlflow_refuses_them(store):
    path, client, exp = store
    run_id = client.create_run(exp).info.run_id
    writer = SqliteMetricWriter.open(f"sqlite:///{path}")
    with pytest.raises(MlflowException) as by_mlflow:
        client.log_batch(run_id, metrics=[Metric("bad\nkey", 1.0, 1, 1)])
    with pytest.raises(MlflowException) as direct:
        writer.write(run_id, [("bad\nkey", 1.0, 1, 1)])
    assert direct.value.error_code == by_mlflow.value.error_code
    assert "Invalid value" in str(direct.value) and "Invalid value" in str(by_mlflow.value)
    client.delete_run(run_id)
    with pytest.raises(MlflowException, match="active"):
        writer.write(run_id, [("loss", 1.0, 1, 1)])
    assert _rows(path, run_id) == ([], [])  # nothing half-written
    writer.close()


def test_a_store_of_another_layout_is_written_through_mlflow(store, tmp_path, monkeypatch):
    path, client, exp = store
    assert SqliteMetricWriter.open(f"sqlite:///{tmp_path / 'missing.db'}") is None
    assert SqliteMetricWriter.open("http://localhost:5000") is None
    other = tmp_path / "other.db"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE metrics (key TEXT, value REAL, extra TEXT NOT NULL)")
    con.execute("CREATE TABLE latest_metrics (key TEXT, value REAL)")
    con.close()
    assert SqliteMetricWriter.open(f"sqlite:///{other}") is None
    # the buffer writes direct by default; DNNLAB_SQLITE_DIRECT_WRITES=0 through MLflow, with
    # the same rows
    runs = []
    for direct in ("1", "0"):
        monkeypatch.setenv("DNNLAB_SQLITE_DIRECT_WRITES", direct)
        run_id = client.create_run(exp).info.run_id
        buffer = MetricBuffer(client, run_id)
        assert (buffer._sqlite is not None) == (direct == "1")
        for batch in BATCHES:
            for k, v, ts, s in batch:
                buffer.log({k: v}, s, timestamp=ts)
            buffer.flush()
        buffer.close()
        runs.append(run_id)
    assert _rows(path, runs[0]) == _rows(path, runs[1])
