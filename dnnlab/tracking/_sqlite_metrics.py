"""Writing a run's metric points straight into an MLflow SQLite store.

MLflow's ``log_batch`` costs 75-95 us of CPU a point on SQLite (an ORM object per point, then
the run's ``latest_metrics`` rows read, compared and updated in Python). On the metric
writer's thread that was 1.2 ms of CPU a step for the digits CNN's 10 keys a step: half a bare
step, taken from the same two CPUs and the same interpreter as the training. This writer puts
the same rows in MLflow's own tables in one transaction of two statements: the points (MLflow's
primary key drops an exact duplicate, as its ``log_batch`` does) and, per key, the latest point
where it is more recent by (step, timestamp, value), MLflow's own comparison. Values are stored
as MLflow stores them (NaN as 0 with ``is_nan``, +-Inf as +-1.797e308), keys are checked by
MLflow's own validation once each, and a run that is not active is refused as MLflow refuses
it. A store whose tables are not the ones this writer knows is written through MLflow.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from mlflow.exceptions import MlflowException
from mlflow.protos.databricks_pb2 import INVALID_STATE, RESOURCE_DOES_NOT_EXIST
from mlflow.utils.validation import _validate_metric

from dnnlab.store_sqlite import sqlite_file

# the tables' columns this writer fills (MLflow 2.x-3.x); any other layout: MLflow writes
COLUMNS = {"metrics": {"key", "value", "timestamp", "run_uuid", "step", "is_nan"},
           "latest_metrics": {"key", "value", "timestamp", "run_uuid", "step", "is_nan"}}
MAX_FLOAT = 1.7976931348623157e308

INSERT_POINTS = ("INSERT OR IGNORE INTO metrics (key, value, timestamp, run_uuid, step, is_nan) "
                 "VALUES (?, ?, ?, ?, ?, ?)")
# the latest point of a key: replaced by a point more recent by (step, timestamp, value)
UPSERT_LATEST = (
    "INSERT INTO latest_metrics (key, value, timestamp, run_uuid, step, is_nan) "
    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (key, run_uuid) DO UPDATE SET "
    "value = excluded.value, timestamp = excluded.timestamp, step = excluded.step, "
    "is_nan = excluded.is_nan WHERE (excluded.step, excluded.timestamp, excluded.value) > "
    "(latest_metrics.step, latest_metrics.timestamp, latest_metrics.value)")

Point = tuple[str, float, int, int]  # key, value, timestamp (ms), step


def stored_value(value: float) -> tuple[float, int]:
    """(value, is_nan) as MLflow's SQL store keeps a metric value."""
    if math.isnan(value):
        return 0.0, 1
    if math.isinf(value):
        return (MAX_FLOAT if value > 0 else -MAX_FLOAT), 0
    return value, 0


class SqliteMetricWriter:
    """The points of one process's runs into one SQLite store, from one thread at a time."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._con: sqlite3.Connection | None = None
        self._checked: set[str] = set()  # keys MLflow's validation accepted

    @classmethod
    def open(cls, uri: str) -> SqliteMetricWriter | None:
        """The writer for a local SQLite tracking URI whose tables it knows, else None."""
        path = sqlite_file(uri)
        if path is None or not path.is_file():
            return None
        try:
            con = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=30)
            try:
                for table, columns in COLUMNS.items():
                    got = {row[1] for row in con.execute(f"PRAGMA table_info({table})")}
                    if got != columns:
                        return None
            finally:
                con.close()
        except sqlite3.Error:
            return None
        return cls(path)

    def _connection(self) -> sqlite3.Connection:
        if self._con is None:
            # autocommit mode: the transaction is opened by hand, for the write lock at once
            self._con = sqlite3.connect(self.path, timeout=30, isolation_level=None,
                                        check_same_thread=False)
        return self._con

    def _check_keys(self, points: Sequence[Point]) -> None:
        for key, value, ts, step in points:
            if key not in self._checked:
                _validate_metric(key, value, ts, step)  # MLflow's message for a bad name
                self._checked.add(key)

    def write(self, run_id: str, points: Sequence[Point]) -> None:
        """Store ``points`` of ``run_id`` in one transaction (all of them or none)."""
        if not points:
            return
        self._check_keys(points)
        rows = []
        latest: dict[str, tuple[int, int, float, int]] = {}
        for key, value, ts, step in points:
            v, nan = stored_value(float(value))
            rows.append((key, v, int(ts), run_id, int(step), nan))
            order = (int(step), int(ts), v, nan)
            if key not in latest or order[:3] > latest[key][:3]:
                latest[key] = order
        con = self._connection()
        con.execute("BEGIN IMMEDIATE")
        try:
            stage = con.execute("SELECT lifecycle_stage FROM runs WHERE run_uuid = ?",
                                (run_id,)).fetchone()
            if stage is None:
                raise MlflowException(f"Run with id={run_id} not found", RESOURCE_DOES_NOT_EXIST)
            if stage[0] != "active":
                raise MlflowException(f"The run {run_id} must be in the 'active' state. Current "
                                      f"state is {stage[0]}.", INVALID_STATE)
            con.executemany(INSERT_POINTS, rows)
            con.executemany(UPSERT_LATEST, [(k, v, ts, run_id, step, nan)
                                            for k, (step, ts, v, nan) in latest.items()])
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    def close(self) -> None:
        if self._con is not None:
            self._con.close()
            self._con = None
