"""Reading runs back from MLflow as tidy tables, and writing their diagnosis.

This is the MLflow I/O around the pure :mod:`dnnlab.diagnose` engine; the dashboard reads runs
through the same functions.
"""

from __future__ import annotations

import json
import math
import re
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any

import pandas as pd

from dnnlab.diagnose import (
    ADVICE,
    CODES,
    USUAL_LR,
    Diagnosis,
    Finding,
    RunMeta,
    Thresholds,
    diagnose,
)
from dnnlab.errors import UserError
from dnnlab.keys import BASELINE_MODEL
from dnnlab.keys import PRUNED as PRUNED_TAG
from dnnlab.store_sqlite import NotLocal, SqliteRuns, read_history, sqlite_history

if TYPE_CHECKING:  # MLflow is imported where a store is opened: reading commands need not
    from mlflow import MlflowClient
    from mlflow.entities import Run

RUN_ID_RE = re.compile(r"^[0-9a-f]{32}$")
HISTORY_PAGE = 25_000


def get_run(client: MlflowClient | SqliteRuns, run_id: str) -> Run:
    """The run (MLflow's, or :class:`dnnlab.store_sqlite.StoredRun` of the same shape)."""
    if not RUN_ID_RE.match(run_id):
        raise UserError(f"{run_id!r} is not an MLflow run id (32 hex characters); "
                        "copy it from dnnlab train's output or the MLflow UI")
    try:
        run = client.get_run(run_id)
    except Exception:
        run = None
    if run is None:
        raise UserError(f"run {run_id} not found in the tracking store "
                        f"{client.tracking_uri}; check the id and --tracking-uri")
    return run


def _history_of(client: MlflowClient, run_id: str, key: str) -> pd.DataFrame:
    points = client.get_metric_history(run_id, key)
    return pd.DataFrame({
        "key": key,
        "step": [m.step for m in points],
        "value": [m.value for m in points],
        "timestamp": [m.timestamp for m in points],
    })


def _sql_engine(client: MlflowClient) -> Any:
    """The SQLAlchemy engine of a database-backed store (SQLite, PostgreSQL, MySQL); None for a
    tracking server or any other store."""
    try:
        from mlflow.store.tracking.sqlalchemy_store import SqlAlchemyStore

        store = client._tracking_client.store
    except Exception:  # another MLflow layout: read through the client
        return None
    return store.engine if isinstance(store, SqlAlchemyStore) else None


def _history_sql(engine: Any, run_id: str, keys: list[str]) -> pd.DataFrame:
    """Every metric point of a run, read key by key from the store's own ``metrics`` table:
    what ``get_metric_history`` returns, without building an entity per point (a run of
    100,000 steps has a million points), as :func:`load_history` returns it: sorted by key and
    step, a step logged twice keeping its latest value (the database orders by step; a key
    with a repeated step is read again with its timestamps and NumPy keeps the latest row of
    each step: no pandas sort or ``drop_duplicates`` over a million rows). NaN is stored as 0
    with ``is_nan``; +-inf as +-float max, which the diagnosis reads as inf."""
    mark = "?" if engine.dialect.paramstyle == "qmark" else "%s"
    conn = engine.raw_connection()
    try:
        cur = conn.cursor()
        if engine.dialect.name == "sqlite":
            history = sqlite_history(cur, run_id, keys)
        else:
            history = read_history(cur, mark, run_id, keys)
        cur.close()
    finally:
        conn.close()
    return history


def load_history(client: MlflowClient, run: Run, keys: list[str] | None = None) -> pd.DataFrame:
    """The run's metrics as a tidy table (``key``, ``step``, ``value``), one row per point.

    A step logged twice (a resumed run repeats the steps of the epoch it was killed in) keeps
    its latest value. A database-backed store is read in one query; a tracking server key by
    key through MLflow's client.
    """
    keys = sorted(run.data.metrics) if keys is None else keys
    if not keys:
        return pd.DataFrame({"key": pd.Series(dtype=str), "step": pd.Series(dtype="int64"),
                             "value": pd.Series(dtype=float)})
    if isinstance(client, SqliteRuns):
        return client.history(run.info.run_id, sorted(set(keys)))
    engine = _sql_engine(client)
    if engine is not None:
        return _history_sql(engine, run.info.run_id, sorted(set(keys)))
    with ThreadPoolExecutor(max_workers=4) as pool:
        frames = list(pool.map(lambda k: _history_of(client, run.info.run_id, k), keys))
    df = pd.concat(frames, ignore_index=True)
    df = df.sort_values(["key", "step", "timestamp"], kind="stable")
    df = df.drop_duplicates(["key", "step"], keep="last").drop(columns="timestamp")
    df["key"] = df["key"].astype(str)
    return df.reset_index(drop=True)


def _json_list(text: str | None) -> list[str]:
    """A JSON list of names logged as a param (``model.layers``); empty when absent or not one."""
    try:
        value = json.loads(text or "[]")
    except json.JSONDecodeError:
        return []
    return [str(v) for v in value] if isinstance(value, list) else []


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except ValueError:
        return None


def run_meta(run: Run) -> RunMeta:
    """What the diagnosis needs beyond the curves, from the run's params and tags."""
    p, t = run.data.params, run.data.tags
    layers, inputs, outputs, gates, leaky = (
        _json_list(p.get(k)) for k in ("model.layers", "model.input_layers",
                                       "model.output_layers", "model.gates", "model.leaky_units"))
    task = t.get("task") if t.get("task") in ("classification", "regression") else None
    return RunMeta(
        steps_per_epoch=_int(p.get("steps_per_epoch")),
        task=task,
        n_classes=_int(p.get("n_classes")),
        layers=layers,
        input_layers=inputs,
        output_layers=outputs,
        gates=gates,
        leaky_units=leaky,
        epochs_planned=_int(p.get("train.epochs")),
        activation=p.get("model.activation"),
        init=p.get("model.init"),
        status=run.info.status,
        failed_step=_int(t.get("failed_step")),
        pruned=t.get(PRUNED_TAG) == "true",
        loss=p.get("train.loss"),
        optimizer=optimizer_family(_first(p, OPTIMIZER_PARAMS)),
        learning_rate=_float(_first(p, LR_PARAMS)),
        batch_size=_int(_first(p, BATCH_PARAMS)),
        baseline_model=p.get(BASELINE_MODEL),
    )


# the optimiser and its learning rate as each tool logs them: dnnlab's config and dnnlab.track,
# Keras autolog, Hugging Face's TrainingArguments, and the common names of a loop's params
OPTIMIZER_PARAMS = ("optim.name", "optimizer.class", "opt_name", "optim", "optimizer",
                    "optimizer_name")
LR_PARAMS = ("optim.lr", "optimizer.lr", "opt_learning_rate", "learning_rate", "lr")
BATCH_PARAMS = ("train.batch_size", "per_device_train_batch_size", "batch_size")
_FAMILIES = sorted(USUAL_LR, key=len, reverse=True)  # adamw before adam


def optimizer_family(name: str | None) -> str | None:
    """``adamw_torch`` (Hugging Face), ``ADAM`` (Keras), ``adam`` -> the optimiser's family as
    :data:`dnnlab.diagnose.USUAL_LR` names it; None when unknown."""
    text = re.sub(r"[^a-z]", "", (name or "").lower())
    return next((f for f in _FAMILIES if text.startswith(f)), None)


def _first(params: dict[str, str], names: tuple[str, ...]) -> str | None:
    return next((params[n] for n in names if params.get(n) not in (None, "")), None)


def _float(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None


def thresholds_of(run: Run) -> Thresholds:
    """The thresholds the run was configured with: the flattened config's
    ``diagnose.thresholds.<name>`` params (or one JSON ``diagnose.thresholds`` param)."""
    params = run.data.params
    overrides: dict[str, float] = {}
    raw = params.get("diagnose.thresholds")
    if raw:
        try:
            overrides = dict(json.loads(raw) or {})
        except (json.JSONDecodeError, TypeError, ValueError):
            overrides = {}
    prefix = "diagnose.thresholds."
    for key, value in params.items():
        if key.startswith(prefix):
            try:
                overrides[key[len(prefix):]] = float(value)
            except ValueError:
                continue
    return Thresholds.from_overrides(overrides or None)


def read_json_artifact(client: MlflowClient, run_id: str, path: str) -> Any:
    """A run's JSON artifact, downloaded without MLflow's progress bar (raises when absent)."""
    import os
    import tempfile

    key = "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"
    quiet = os.environ.get(key)
    os.environ[key] = "false"
    try:
        with tempfile.TemporaryDirectory(prefix="dnnlab-artifact-") as tmp:
            local = client.download_artifacts(run_id, path, tmp)
            with open(local) as fh:
                return json.load(fh)
    finally:
        if quiet is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = quiet


def confusion_of(client: MlflowClient | SqliteRuns,
                 run: Run) -> tuple[tuple[int, ...], ...] | None:
    """The run's held-out confusion matrix (``confusion_matrix.json``), if it logged one."""
    try:
        if isinstance(client, SqliteRuns):
            try:
                matrix = client.artifact_json(run, "confusion_matrix.json")["matrix"]
            except NotLocal:  # artifacts on a server or in object storage: ask MLflow
                from mlflow import MlflowClient

                matrix = read_json_artifact(MlflowClient(client.tracking_uri), run.info.run_id,
                                            "confusion_matrix.json")["matrix"]
        else:
            matrix = read_json_artifact(client, run.info.run_id,
                                        "confusion_matrix.json")["matrix"]
        return tuple(tuple(int(v) for v in row) for row in matrix)
    except Exception:  # no such artifact (or unreadable): the check is skipped
        return None


def store_reference(client: MlflowClient | SqliteRuns, run: Run) -> tuple[float, str] | None:
    """The best final validation accuracy of another finished run on the same data set and task
    in the run's experiment: what these data allow, by this store's own evidence. Only runs
    that ended before this one count (all finished ones while it is still ending), so a later
    run in the store never changes its verdict: ``dnnlab diagnose`` says what its own end said."""
    tags = run.data.tags
    dataset, task = tags.get("dataset"), tags.get("task")
    if not dataset or task != "classification":
        return None
    digest = run.data.params.get("data.digest")
    # a csv/factory name does not identify the data, its fingerprint does: the store is asked
    # for runs on the same samples only (many files share the name "csv"); a shipped set's name
    # identifies it, and an older run without a digest still counts there
    own = dataset in ("csv", "factory")
    if own and not digest:
        return None
    if isinstance(client, SqliteRuns):
        for other_id, value, other_digest in client.best_on_same_data(
                run, dataset, digest if own else None):
            if other_id == run.info.run_id or (digest and other_digest not in (None, digest)):
                continue
            return value, f"run {other_id[:8]} on the same data set"
        return None
    filt = (f"tags.dataset = '{dataset}' and tags.task = 'classification' and "
            "attributes.status = 'FINISHED'")
    if own:
        filt += f" and params.`data.digest` = '{digest}'"
    if run.info.end_time:
        filt += f" and attributes.end_time < {int(run.info.end_time)}"
    try:
        found = client.search_runs([run.info.experiment_id], filt,
                                   order_by=["metrics.`val/accuracy` DESC"], max_results=10)
    except Exception:
        return None
    for other in found:
        if other.info.run_id == run.info.run_id:
            continue
        if digest and other.data.params.get("data.digest") not in (None, digest):
            continue  # another draw or subset of the data set
        value = other.data.metrics.get("val/accuracy")
        if value is not None and value == value:
            return float(value), f"run {other.info.run_id[:8]} on the same data set"
    return None


def diagnose_run(client: MlflowClient | SqliteRuns, run_id: str,
                 thresholds: Thresholds | None = None, *, status: str | None = None,
                 failed_step: int | None = None) -> Diagnosis:
    """The one diagnosis of a stored run: its whole history, params, tags and held-out
    confusion matrix (the CLI, the end of every run, the dashboard and the studies call this).

    ``status`` and ``failed_step`` are the ending a run is about to be closed with: a tracked
    run diagnoses itself just before it writes them, and must judge itself as the finished run
    that ``dnnlab diagnose`` reads later (an early-stopped run is no overfitting warning).
    """
    from dataclasses import replace

    run = get_run(client, run_id)
    history = load_history(client, run)
    meta = run_meta(run)
    ref = store_reference(client, run)
    meta = replace(meta, confusion=confusion_of(client, run),
                   reference_accuracy=ref[0] if ref else None,
                   reference_source=ref[1] if ref else None)
    if status is not None:
        meta = replace(meta, status=status)
    if failed_step is not None:
        meta = replace(meta, failed_step=failed_step)
    result = diagnose(history, meta, thresholds or thresholds_of(run))
    recorded = sanity_finding(run)
    if recorded is not None:  # not on any curve: the sanity command recorded it on the run
        result.findings.insert(0, recorded)
    return result


SANITY_TAG = "sanity.failed"  # JSON evidence of a failed ``dnnlab sanity`` test


def sanity_finding(run: Run) -> Finding | None:
    """The ``sanity_failed`` finding that ``dnnlab sanity`` recorded on the run, if any."""
    raw = run.data.tags.get(SANITY_TAG)
    if raw is None:
        return None
    try:
        evidence = json.loads(raw)
    except json.JSONDecodeError:
        evidence = {}
    return Finding("sanity_failed", "critical", evidence if isinstance(evidence, dict) else {},
                   ADVICE["sanity_failed"])


def log_diagnosis(client: MlflowClient, run_id: str, diagnosis: Diagnosis) -> None:
    """``diagnosis.json`` plus tags ``diagnosis.<code>=<severity>`` and ``diagnosis.summary``,
    so the MLflow UI can filter: ``tags."diagnosis.overfitting" = "critical"``."""
    from mlflow.entities import RunTag

    payload = {"run_id": run_id, **diagnosis.to_dict()}
    client.log_dict(run_id, _finite(payload), "diagnosis.json")
    tags = [RunTag(f"diagnosis.{f.code}", f.severity) for f in diagnosis.findings]
    tags.append(RunTag("diagnosis.summary", diagnosis.summary()[:5000]))
    tags.append(RunTag("diagnosis.verdict", diagnosis.verdict))
    client.log_batch(run_id, tags=tags)
    # the tags say what diagnosis.json says: drop a finding an earlier diagnosis tagged
    now = {f"diagnosis.{f.code}" for f in diagnosis.findings}
    for key in client.get_run(run_id).data.tags:
        if key.startswith("diagnosis.") and key[len("diagnosis."):] in CODES and key not in now:
            client.delete_tag(run_id, key)


def _finite(obj):
    """JSON has no NaN/Inf: write them as null."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj
