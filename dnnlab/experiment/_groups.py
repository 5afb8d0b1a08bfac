"""Runs made of runs: a comparison's variants and k-fold's folds, children of one parent run."""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import numpy as np
import pandas as pd
from mlflow import MlflowClient

from dnnlab.config import ExperimentConfig
from dnnlab.data import load_kfold
from dnnlab.experiment._prepare import Prepared, prepare, run_params, run_tags
from dnnlab.experiment._run import RunResult, run_experiment
from dnnlab.tracking import MetricBuffer, get_or_create_experiment, log_params_and_tags
from dnnlab.train import Callback


def _open_parent(client: MlflowClient, cfg: ExperimentConfig, first: Prepared,
                 tags: dict[str, str], run_name: str | None) -> tuple[str, str]:
    """The parent run of a comparison or k-fold: (experiment id, run id), params logged."""
    experiment_id = get_or_create_experiment(client, cfg.experiment_name)
    parent = client.create_run(experiment_id, tags=run_tags(first) | tags, run_name=run_name)
    log_params_and_tags(client, parent.info.run_id, run_params(first), {})
    return experiment_id, parent.info.run_id


def _verdict(res: RunResult) -> str | None:
    return res.diagnosis["verdict"] if res.diagnosis else None


@contextmanager
def _parent_ends_with_children(client: MlflowClient, pid: str) -> Iterator[None]:
    """A child that is interrupted or raises ends the parent KILLED / FAILED, never RUNNING."""
    try:
        yield
    except KeyboardInterrupt:
        client.set_terminated(pid, status="KILLED")
        raise
    except Exception:
        client.set_terminated(pid, status="FAILED")
        raise


def run_variants(cfg: ExperimentConfig, client: MlflowClient, uri: str,
                 progress: Callable[[int, int], Callback] | None,
                 extra: list[Callback] | None) -> RunResult:
    """A lecture-lab comparison: one parent run, one child run per named variant."""
    variants = {name: cfg.variant(name) for name in cfg.variants}
    for vcfg in variants.values():  # every variant is valid before any run exists
        prepare(vcfg, client)
    base = cfg.model_copy(deep=True)
    base.variants = {}
    first = prepare(base, client)
    experiment_id, pid = _open_parent(client, cfg, first, {"variants": ",".join(variants)},
                                      cfg.tracking.run_name or f"{cfg.name}-comparison")
    client.log_dict(pid, cfg.variants, "variants.json")
    rows, status = [], "FINISHED"
    with _parent_ends_with_children(client, pid):
        for name, vcfg in variants.items():
            res = run_experiment(vcfg, tracking_uri=uri, parent_run_id=pid, progress=progress,
                                 extra_tags={"variant": name}, extra_callbacks=extra)
            rows.append({"variant": name, "run_id": res.run_id, "status": res.status,
                         "verdict": _verdict(res), "best_epoch": res.best_epoch,
                         **res.metrics})
    table = pd.DataFrame(rows)
    client.log_text(pid, table.to_csv(index=False), "comparison.csv")
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_terminated(pid, status=status)
    return RunResult(pid, experiment_id, status, {}, None, len(rows), 0, None, None, uri,
                     children=rows)


def run_kfold(cfg: ExperimentConfig, client: MlflowClient, uri: str, parent_run_id: str | None,
              progress: Callable[[int, int], Callback] | None,
              extra_tags: dict[str, str] | None) -> RunResult:
    """One child run per fold; the parent carries each final metric's mean and std."""
    folds = load_kfold(cfg.data, cfg.seed)
    first = prepare(cfg, client, folds[0])  # validates model/loss before any run exists
    tags = (extra_tags or {}) | {"kfold": str(len(folds))}
    if parent_run_id:
        tags["mlflow.parentRunId"] = parent_run_id
    experiment_id, pid = _open_parent(client, cfg, first, tags, cfg.tracking.run_name)
    results: list[RunResult] = []
    status = "FINISHED"
    with _parent_ends_with_children(client, pid):
        for i, fold in enumerate(folds):
            fold_cfg = cfg.model_copy(deep=True)
            fold_cfg.tracking.run_name = f"{cfg.tracking.run_name or cfg.name}-fold{i}"
            res = run_experiment(fold_cfg, tracking_uri=uri, parent_run_id=pid,
                                 progress=progress, data=fold, log_model=False,
                                 extra_tags={"fold": str(i)})
            results.append(res)
            if res.status != "FINISHED":
                status = "FAILED"
    summary: dict[str, float] = {}
    keys = sorted(set.intersection(*(set(r.metrics) for r in results))) if results else []
    for k in keys:
        vals = np.array([r.metrics[k] for r in results], dtype=float)
        summary[f"{k}_mean"] = float(np.nanmean(vals)) if np.isfinite(vals).any() else math.nan
        summary[f"{k}_std"] = float(np.nanstd(vals)) if np.isfinite(vals).any() else math.nan
    buffer = MetricBuffer(client, pid)
    buffer.log(summary, 0)
    buffer.close()
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_terminated(pid, status=status)
    children = [{"fold": i, "run_id": r.run_id, "status": r.status, "verdict": _verdict(r),
                 **r.metrics} for i, r in enumerate(results)]
    return RunResult(pid, experiment_id, status, summary, None, len(results), 0, None, None, uri,
                     children=children)
