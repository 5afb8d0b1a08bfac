"""Reading runs back from MLflow as tidy tables, and writing their diagnosis.

This is the MLflow I/O around the pure :mod:`dnnlab.diagnose` engine; the dashboard reads runs
through the same functions.
"""

from __future__ import annotations

import json
import math
import re
from concurrent.futures import ThreadPoolExecutor

import pandas as pd
from mlflow import MlflowClient
from mlflow.entities import Run, RunTag

from dnnlab.diagnose import Diagnosis, RunMeta, Thresholds, diagnose
from dnnlab.errors import UserError

RUN_ID_RE = re.compile(r"^[0-9a-f]{32}$")
HISTORY_PAGE = 25_000


def get_run(client: MlflowClient, run_id: str) -> Run:
    if not RUN_ID_RE.match(run_id):
        raise UserError(f"{run_id!r} is not an MLflow run id (32 hex characters); "
                        "copy it from dnnlab train's output or the MLflow UI")
    try:
        return client.get_run(run_id)
    except Exception:
        raise UserError(f"run {run_id} not found in the tracking store "
                        f"{client.tracking_uri}; check the id and --tracking-uri") from None


def _history_of(client: MlflowClient, run_id: str, key: str) -> pd.DataFrame:
    points = client.get_metric_history(run_id, key)
    return pd.DataFrame({
        "key": key,
        "step": [m.step for m in points],
        "value": [m.value for m in points],
        "timestamp": [m.timestamp for m in points],
    })


def load_history(client: MlflowClient, run: Run, keys: list[str] | None = None) -> pd.DataFrame:
    """The run's metrics as a tidy table (``key``, ``step``, ``value``), one row per point.

    A step logged twice (a resumed run repeats the steps of the epoch it was killed in) keeps
    its latest value.
    """
    keys = sorted(run.data.metrics) if keys is None else keys
    if not keys:
        return pd.DataFrame({"key": pd.Series(dtype=str), "step": pd.Series(dtype="int64"),
                             "value": pd.Series(dtype=float)})
    with ThreadPoolExecutor(max_workers=4) as pool:
        frames = list(pool.map(lambda k: _history_of(client, run.info.run_id, k), keys))
    df = pd.concat(frames, ignore_index=True)
    df = df.sort_values(["key", "step", "timestamp"], kind="stable")
    df = df.drop_duplicates(["key", "step"], keep="last").drop(columns="timestamp")
    return df.reset_index(drop=True)


def _int(text: str | None) -> int | None:
    try:
        return int(text) if text not in (None, "") else None
    except ValueError:
        return None


def run_meta(run: Run) -> RunMeta:
    """What the diagnosis needs beyond the curves, from the run's params and tags."""
    p, t = run.data.params, run.data.tags
    try:
        layers = json.loads(p.get("model.layers", "[]"))
    except json.JSONDecodeError:
        layers = []
    task = t.get("task") if t.get("task") in ("classification", "regression") else None
    return RunMeta(
        steps_per_epoch=_int(p.get("steps_per_epoch")),
        task=task,
        n_classes=_int(p.get("n_classes")),
        layers=list(layers),
        epochs_planned=_int(p.get("train.epochs")),
        activation=p.get("model.activation"),
        status=run.info.status,
        failed_step=_int(t.get("failed_step")),
    )


def thresholds_of(run: Run) -> Thresholds:
    """The thresholds the run was configured with (``diagnose.thresholds`` param), if any."""
    raw = run.data.params.get("diagnose.thresholds")
    overrides = {}
    if raw:
        try:
            overrides = json.loads(raw)
        except json.JSONDecodeError:
            overrides = {}
    return Thresholds.from_overrides(overrides or None)


def diagnose_run(client: MlflowClient, run_id: str,
                 thresholds: Thresholds | None = None) -> Diagnosis:
    run = get_run(client, run_id)
    history = load_history(client, run)
    return diagnose(history, run_meta(run), thresholds or thresholds_of(run))


def log_diagnosis(client: MlflowClient, run_id: str, diagnosis: Diagnosis) -> None:
    """``diagnosis.json`` plus tags ``diagnosis.<code>=<severity>`` and ``diagnosis.summary``,
    so the MLflow UI can filter: ``tags."diagnosis.overfitting" = "critical"``."""
    payload = {"run_id": run_id, **diagnosis.to_dict()}
    client.log_dict(run_id, _finite(payload), "diagnosis.json")
    tags = [RunTag(f"diagnosis.{f.code}", f.severity) for f in diagnosis.findings]
    tags.append(RunTag("diagnosis.summary", diagnosis.summary()[:5000]))
    tags.append(RunTag("diagnosis.verdict", diagnosis.verdict))
    client.log_batch(run_id, tags=tags)


def _finite(obj):
    """JSON has no NaN/Inf: write them as null."""
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    if isinstance(obj, dict):
        return {k: _finite(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_finite(v) for v in obj]
    return obj
