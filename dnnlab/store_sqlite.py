"""Reading a stored run straight from an MLflow SQLite store, without importing MLflow.

The commands that only read (``dnnlab diagnose`` without ``--log``) would otherwise spend most
of their time importing MLflow and its SQL store (about 2.5 s of CPU here, before any work).
:class:`SqliteRuns` answers the four questions :func:`dnnlab.runs.diagnose_run` asks of a
store (the run, its history, its held-out confusion matrix, the best run on the same data)
from MLflow's own tables (``runs``, ``params``, ``tags``, ``latest_metrics``, ``metrics``),
opened read-only. It returns the same shapes as MLflow's client (a run with ``info`` and
``data``), so the diagnosis is the one every other caller gets. A store this reader cannot
read (another schema, an artifact root that is not a local folder) is read through MLflow.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import sqlite3
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from dnnlab.errors import UserError

STEP_INDEX = "index_metrics_run_uuid_key_step"  # MLflow's, on (run_uuid, key, step)
TABLES = {"runs", "params", "tags", "latest_metrics", "metrics", "experiments"}


@dataclass(frozen=True)
class RunInfo:
    """The attributes of MLflow's ``RunInfo`` the diagnosis reads."""

    run_id: str
    experiment_id: str
    status: str
    lifecycle_stage: str
    artifact_uri: str
    end_time: int | None = None


@dataclass(frozen=True)
class RunData:
    """The run's params, tags and latest metric values, as MLflow's ``RunData`` holds them."""

    params: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)
    metrics: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True)
class StoredRun:
    info: RunInfo
    data: RunData


@dataclass(frozen=True)
class ListedInfo:
    """The attributes of MLflow's ``RunInfo`` a runs table shows."""

    run_id: str
    run_name: str
    experiment_id: str
    status: str
    start_time: int | None
    end_time: int | None


@dataclass(frozen=True)
class ListedRun:
    info: ListedInfo
    data: RunData


class NotLocal(Exception):
    """The run's artifacts are not in a local folder: read them through MLflow."""


def sqlite_file(uri: str) -> Path | None:
    """The database file of a ``sqlite:///`` tracking URI (None for any other store)."""
    if not uri.startswith("sqlite:///"):
        return None
    path = uri[len("sqlite:///"):]
    return None if path in ("", ":memory:") else Path(path).expanduser()


def open_store(uri: str) -> SqliteRuns | None:
    """A read-only reader of the MLflow SQLite store at ``uri``; None when ``uri`` is not an
    SQLite file holding MLflow's tables (the caller then reads through MLflow)."""
    path = sqlite_file(uri)
    if path is None or not path.is_file():
        return None
    try:
        con = sqlite3.connect(f"file:{urllib.parse.quote(str(path.resolve()))}?mode=ro",
                              uri=True, timeout=10.0)
        names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.DatabaseError:
        raise UserError(f"tracking URI {uri}: {path} is not an SQLite database; "
                        "point --tracking-uri at an MLflow store") from None
    if not names >= TABLES:
        con.close()
        return None
    return SqliteRuns(con, uri)


def _value(value: float, is_nan: int) -> float:
    return float("nan") if is_nan else float(value)


class SqliteRuns:
    """The run, history, confusion matrix and store reference of runs in one SQLite store."""

    def __init__(self, con: sqlite3.Connection, uri: str) -> None:
        self.con = con
        self.tracking_uri = uri

    def close(self) -> None:
        self.con.close()

    def get_run(self, run_id: str) -> StoredRun | None:
        row = self.con.execute(
            "SELECT run_uuid, experiment_id, status, lifecycle_stage, artifact_uri, end_time "
            "FROM runs WHERE run_uuid = ?", (run_id,)).fetchone()
        if row is None:
            return None
        info = RunInfo(row[0], str(row[1]), row[2], row[3], row[4] or "", row[5])
        params = dict(self.con.execute("SELECT key, value FROM params WHERE run_uuid = ?",
                                       (run_id,)).fetchall())
        tags = dict(self.con.execute("SELECT key, value FROM tags WHERE run_uuid = ?",
                                     (run_id,)).fetchall())
        metrics = {k: _value(v, n) for k, v, n in self.con.execute(
            "SELECT key, value, is_nan FROM latest_metrics WHERE run_uuid = ?", (run_id,))}
        return StoredRun(info, RunData(params, tags, metrics))

    def history(self, run_id: str, keys: list[str]) -> pd.DataFrame:
        """Every point of ``keys`` as :func:`dnnlab.runs.load_history` returns it: sorted by
        key and step, a step logged twice keeping its latest value, NaN where ``is_nan``."""
        return sqlite_history(self.con.cursor(), run_id, keys)

    def points(self, run_id: str, key: str, steps: list[int] | None = None
               ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(steps, values, timestamps) of one metric as stored, in no particular order, NaN
        where ``is_nan``: every point, or those at ``steps`` only (what MLflow's
        ``get_metric_history`` and ``get_metric_history_bulk_interval_from_steps`` return, at
        a C reader's speed: about 1 us a point where MLflow's ORM takes 20)."""
        base = "SELECT step, value, is_nan, timestamp FROM metrics{} WHERE run_uuid = ? AND key = ?"
        if steps is None:
            rows = self.con.execute(base.format(""), (run_id, key)).fetchall()
        else:
            # MLflow's (run_uuid, key, step) index: without statistics SQLite picks the primary
            # key's (key, ...) and reads every point of that key in the store (0.4 s for a
            # 1M-step loss against 3 ms)
            try:
                sql = base.format(f" INDEXED BY {STEP_INDEX}")
                self.con.execute(f"EXPLAIN {sql}", (run_id, key))
            except sqlite3.OperationalError:  # another schema: no such index
                sql = base.format("")
            rows = []
            for i in range(0, len(steps), 500):  # SQLite's bound-parameter limit
                chunk = steps[i:i + 500]
                rows += self.con.execute(f"{sql} AND step IN ({','.join('?' * len(chunk))})",
                                         (run_id, key, *chunk)).fetchall()
        table = np.array(rows, dtype=float).reshape(-1, 4)
        values = table[:, 1].copy()
        values[table[:, 2] != 0] = np.nan
        return table[:, 0].astype(np.int64), values, table[:, 3].astype(np.int64)

    def max_step(self, run_id: str, key: str) -> int | None:
        """The largest step of one metric (None when it has no point)."""
        row = self.con.execute("SELECT MAX(step) FROM metrics WHERE run_uuid = ? AND key = ?",
                               (run_id, key)).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def artifact_json(self, run: StoredRun, path: str) -> Any:
        """A JSON artifact of a run whose artifacts live in a local folder (:class:`NotLocal`
        for any other artifact store: the caller then asks MLflow)."""
        root = run.info.artifact_uri
        if root.startswith("file://"):
            root = urllib.parse.unquote(urllib.parse.urlsplit(root).path)
        if "://" in root or ":/" in root.split("/")[0]:
            raise NotLocal(root)
        with open(Path(root) / path) as fh:
            return json.load(fh)

    def best_on_same_data(self, run: StoredRun, dataset: str, digest: str | None = None
                          ) -> list[tuple[str, float, str | None]]:
        """Up to ten other finished, active classification runs on ``dataset`` in the run's
        experiment that ended before ``run`` (all of them while it has no end time), best final
        ``val/accuracy`` first: (run id, accuracy, data digest); with ``digest``, only runs whose
        ``data.digest`` param is that."""
        end = int(run.info.end_time) if run.info.end_time else None
        rows = self.con.execute(
            "SELECT r.run_uuid, m.value, m.is_nan, (SELECT value FROM params p "
            "  WHERE p.run_uuid = r.run_uuid AND p.key = 'data.digest') "
            "FROM runs r "
            "JOIN tags d ON d.run_uuid = r.run_uuid AND d.key = 'dataset' AND d.value = ? "
            "JOIN tags t ON t.run_uuid = r.run_uuid AND t.key = 'task' "
            "  AND t.value = 'classification' "
            "JOIN latest_metrics m ON m.run_uuid = r.run_uuid AND m.key = 'val/accuracy' "
            "WHERE r.experiment_id = ? AND r.status = 'FINISHED' AND r.lifecycle_stage = 'active' "
            "  AND m.is_nan = 0 AND (? IS NULL OR r.end_time < ?) "
            "  AND (? IS NULL OR EXISTS (SELECT 1 FROM params q WHERE q.run_uuid = r.run_uuid "
            "    AND q.key = 'data.digest' AND q.value = ?)) "
            "ORDER BY m.value DESC LIMIT 10",
            (dataset, int(run.info.experiment_id), end, end, digest, digest)).fetchall()
        return [(rid, float(v), other) for rid, v, _n, other in rows]


    def newest_runs(self, experiment_ids: list[str], max_results: int, offset: int = 0
                    ) -> tuple[list[ListedRun], int | None]:
        """The active runs of ``experiment_ids`` newest first, as MLflow's ``search_runs``
        orders them with ``order_by=["attributes.start_time DESC"]`` (runs without a start
        time last, ties by run id): ``max_results`` from ``offset``, with their params, tags
        and latest metrics; and the offset of the next page (None on the last)."""
        ids = [int(e) for e in experiment_ids]
        if not ids or max_results < 1:
            return [], None
        marks = ",".join("?" * len(ids))
        rows = self.con.execute(
            "SELECT run_uuid, name, experiment_id, status, start_time, end_time FROM runs "
            f"WHERE lifecycle_stage = 'active' AND experiment_id IN ({marks}) "
            "ORDER BY (start_time IS NULL), start_time DESC, run_uuid LIMIT ? OFFSET ?",
            (*ids, max_results + 1, offset)).fetchall()
        more = len(rows) > max_results
        rows = rows[:max_results]
        run_ids = [r[0] for r in rows]
        params: dict[str, dict[str, str]] = {r: {} for r in run_ids}
        tags: dict[str, dict[str, str]] = {r: {} for r in run_ids}
        metrics: dict[str, dict[str, float]] = {r: {} for r in run_ids}
        if run_ids:
            marks = ",".join("?" * len(run_ids))
            for rid, k, v in self.con.execute(
                    f"SELECT run_uuid, key, value FROM params WHERE run_uuid IN ({marks})",
                    run_ids):
                params[rid][k] = v
            for rid, k, v in self.con.execute(
                    f"SELECT run_uuid, key, value FROM tags WHERE run_uuid IN ({marks})",
                    run_ids):
                tags[rid][k] = v
            for rid, k, v, n in self.con.execute(
                    "SELECT run_uuid, key, value, is_nan FROM latest_metrics "
                    f"WHERE run_uuid IN ({marks})", run_ids):
                metrics[rid][k] = _value(v, n)
        listed = [ListedRun(ListedInfo(rid, name or "", str(exp), status, start, end),
                            RunData(params[rid], tags[rid], metrics[rid]))
                  for rid, name, exp, status, start, end in rows]
        return listed, (offset + max_results if more else None)


# in MLflow's (run_uuid, key, step) index order: no sort in the database (ordering by
# timestamp too made SQLite sort every point of the key, a third of the read). Without the
# timestamp: building a Python object for each value read is most of the read (a million
# points: 1.2-1.3 s with it, 1.1 s without), and only a step logged twice needs it, so that key
# is read again with its timestamps (TIMED_QUERY) and NumPy puts the step in timestamp order
HISTORY_QUERY = ("SELECT step, value, is_nan FROM metrics "
                 "WHERE run_uuid = {mark} AND key = {mark} ORDER BY step")
TIMED_QUERY = ("SELECT step, value, is_nan, timestamp FROM metrics "
               "WHERE run_uuid = {mark} AND key = {mark} ORDER BY step")


# a SQLite store's primary-key index, on (key, timestamp, step, run_uuid, value, is_nan): the
# points come in timestamp order, put in step order by NumPy (a stable sort, so a step logged
# twice still goes to TIMED_QUERY)
COVERED_QUERY = ("SELECT step, value, is_nan FROM metrics INDEXED BY sqlite_autoindex_metrics_1 "
                 "WHERE key = {mark} AND run_uuid = {mark}")
COVERED_FROM = 100_000  # points in the store below which either read takes a blink


def read_history(cur: Any, mark: str, run_id: str, keys: list[str],
                 covered: bool = False) -> pd.DataFrame:
    """Every point of ``keys`` (distinct) of one run through a DB-API cursor of MLflow's
    tables (``mark``: the driver's parameter mark), as :func:`dnnlab.runs.load_history`
    returns it; ``covered``: through :data:`COVERED_QUERY` (SQLite only)."""
    query = (COVERED_QUERY if covered else HISTORY_QUERY).format(mark=mark)
    timed = TIMED_QUERY.format(mark=mark)
    parts = []
    for key in keys:
        cur.execute(query, (key, run_id) if covered else (run_id, key))
        part = _table(cur.fetchall(), 3)
        if covered and len(part) > 1 and (np.diff(part[:, 0]) < 0).any():
            part = part[np.argsort(part[:, 0], kind="stable")]
        if _repeats(part):
            cur.execute(timed, (run_id, key))
            part = latest_per_step(cur.fetchall())
        parts.append(part)
    return history_frame(keys, parts)


def sqlite_history(cur: Any, run_id: str, keys: list[str]) -> pd.DataFrame:
    """:func:`read_history` of an SQLite store. A run that holds most of the store's points is
    read through the primary key's index instead of MLflow's (run_uuid, key, step): it holds
    every column, so no point is looked up in the table, which costs a third of the read when
    the keys were logged interleaved, step by step (a 100,000-step run logging 10 keys every
    step: 0.65 s against 1.0 s). That index leads with the key, so it would read every run's
    points of the key: in a store of many runs MLflow's index is read."""
    with contextlib.suppress(sqlite3.OperationalError):  # another schema: no such index
        if _fills_store(cur, run_id):
            return read_history(cur, "?", run_id, keys, covered=True)
    return read_history(cur, "?", run_id, keys)


def _fills_store(cur: Any, run_id: str) -> bool:
    """Whether the run holds at least half of the store's points (and the store enough of them
    for the read to matter)."""
    total = cur.execute("SELECT MAX(rowid) FROM metrics").fetchone()[0] or 0
    if total < COVERED_FROM:  # deleted rows make the guess only more careful
        return False
    mine = cur.execute("SELECT COUNT(*) FROM metrics WHERE run_uuid = ?",
                       (run_id,)).fetchone()[0]
    return 2 * mine >= total


def _table(rows: list[tuple], width: int) -> np.ndarray:
    """Rows of ``width`` numbers as a float array, without a Python list per row."""
    return np.fromiter(itertools.chain.from_iterable(rows), dtype=float,
                       count=width * len(rows)).reshape(-1, width)


def _repeats(part: np.ndarray) -> bool:
    """Whether rows in step order hold a step twice."""
    return len(part) > 1 and bool((part[1:, 0] == part[:-1, 0]).any())


def latest_per_step(rows: list[tuple]) -> np.ndarray:
    """(step, value, is_nan, timestamp) rows in step order -> (step, value, is_nan), one row
    per step, the latest of a step logged twice (a resumed run repeats the steps of the epoch
    it was killed in)."""
    part = _table(rows, 4)
    if _repeats(part):
        part = part[np.lexsort((part[:, 3], part[:, 0]))]  # by step, then timestamp
        last = np.ones(len(part), dtype=bool)
        last[:-1] = part[1:, 0] != part[:-1, 0]
        part = part[last]
    return part[:, :3]


def history_frame(keys: list[str], parts: list[np.ndarray]) -> pd.DataFrame:
    """The tidy (key, step, value) table of per-key (step, value, is_nan) rows."""
    sizes = [len(p) for p in parts]
    steps, values = np.empty(sum(sizes), dtype=np.int64), np.empty(sum(sizes))
    at = 0
    for part, n in zip(parts, sizes, strict=True):  # filled in place: no temporary tables
        steps[at:at + n] = part[:, 0]
        values[at:at + n] = np.where(part[:, 2] != 0, np.nan, part[:, 1])
        at += n
    # categorical: pandas 3 would otherwise copy a million key strings into an Arrow string
    # column (0.34 s for a 100,000-step run's million points)
    names = pd.Categorical.from_codes(
        np.repeat(np.arange(len(keys), dtype=np.int32), sizes), categories=keys)
    return pd.DataFrame({"key": names, "step": steps, "value": values}, copy=False)
