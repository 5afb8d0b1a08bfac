"""Runs made of runs: a comparison's variants, seed repeats and k-fold's folds, children of one
parent run.

    comparison parent ── variant run ── seed child (seed, seed+1, ...)     repeat > 1
    comparison parent ── variant run (trains itself)                       repeat = 1
    repeat parent ── seed child                                            no variants
    k-fold parent ── fold child

A run with children carries each final metric's mean and standard deviation over them
(``val/loss_mean``, ``val/loss_std``) and the mean curves under the children's own names, so it
lines up with single runs in MLflow's compare view. A comparison's parent gets the report
(``comparison.json``, ``comparison.md``) and the tag ``best_variant``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import numpy as np
import pandas as pd
from mlflow import MlflowClient

from dnnlab import keys as K
from dnnlab.config import ExperimentConfig
from dnnlab.data import load_kfold
from dnnlab.experiment._compare import (
    Comparison,
    SeedResult,
    VariantResult,
    build_comparison,
)
from dnnlab.experiment._prepare import Prepared, monitor_of, prepare, run_params, run_tags
from dnnlab.experiment._run import RunResult, run_experiment
from dnnlab.tracking import MetricBuffer, get_or_create_experiment, log_params_and_tags
from dnnlab.train import Callback

Announce = Callable[[str], None]


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


class _Curves(Callback):
    """Keeps a child's per-epoch metrics, for the mean curves on its parent."""

    def __init__(self) -> None:
        self.epochs: dict[int, dict[str, float]] = {}

    def on_epoch_end(self, trainer: Any, epoch: int, metrics: dict[str, float]) -> None:
        self.epochs[epoch] = dict(metrics)


def _summarise(client: MlflowClient, run_id: str, finals: Sequence[dict[str, float]],
               curves: Sequence[_Curves], extra: dict[str, float] | None = None) -> dict:
    """Log on ``run_id`` each final metric's ``_mean``/``_std`` over the children (at step 0)
    and the per-epoch means under the children's names (an epoch's mean over the children
    that reached it); returns the summary."""
    summary: dict[str, float] = dict(extra or {})
    keys = sorted(set.intersection(*(set(f) for f in finals))) if finals else []
    for k in keys:
        vals = np.array([f[k] for f in finals], dtype=float)
        finite = np.isfinite(vals).any()
        summary[f"{k}_mean"] = float(np.nanmean(vals)) if finite else math.nan
        summary[f"{k}_std"] = float(np.nanstd(vals)) if finite else math.nan
    buffer = MetricBuffer(client, run_id)
    try:
        buffer.log(summary, 0)
        epochs = sorted(set().union(*(c.epochs for c in curves))) if curves else []
        for epoch in epochs:
            rows = [c.epochs[epoch] for c in curves if epoch in c.epochs]
            names = set.intersection(*(set(r) for r in rows))
            mean = {k: float(np.mean([r[k] for r in rows])) for k in names
                    if K.cadence(k) == "epoch"}
            buffer.log(mean, epoch)
    finally:
        buffer.close()
    return summary


def _final_metrics(client: MlflowClient, res: RunResult) -> dict[str, float]:
    """What the child ended with, as MLflow shows it (latest value of every key: the epoch
    metrics, test metrics, last gradient norms ...), without the baseline's step-0 values."""
    try:
        logged = dict(client.get_run(res.run_id).data.metrics)
    except Exception:
        logged = {}
    return {k: float(v) for k, v in ({**logged, **res.metrics}).items()
            if not k.startswith(K.BASELINE) and not k.startswith("system/")}


def _seed_result(client: MlflowClient, res: RunResult, seed: int, p: Prepared,
                 finals: dict[str, float], curve: _Curves | None = None) -> SeedResult:
    from dnnlab.tracking import weight_layers

    findings = [f["code"] for f in (res.diagnosis or {}).get("findings", [])]
    return SeedResult(seed=seed, run_id=res.run_id, status=res.status, metrics=finals,
                      best_epoch=res.best_epoch, verdict=_verdict(res), findings=findings,
                      steps_per_epoch=p.data.steps_per_epoch(p.cfg.train.batch_size),
                      layers=list(weight_layers(p.model)),
                      epoch_times=[m[K.EPOCH_TIME] for m in (curve.epochs.values() if curve
                                                             else []) if K.EPOCH_TIME in m])


def _say(announce: Announce | None, text: str) -> None:
    if announce is not None:
        announce(text)


def _metric_of(cfg: ExperimentConfig, p: Prepared) -> tuple[str, str]:
    if cfg.compare is not None:
        return cfg.compare.metric, "min" if cfg.compare.direction == "minimize" else "max"
    return monitor_of(cfg, p.data)


def run_variants(cfg: ExperimentConfig, client: MlflowClient, uri: str,
                 progress: Callable[[int, int], Callback] | None,
                 extra: list[Callback] | None, announce: Announce | None = None) -> RunResult:
    """A lecture-lab comparison (one child run per variant) and/or seed repeats (one child per
    seed under each variant); the parent run carries the comparison report."""
    names = list(cfg.variants) or [cfg.name]
    configs = {n: cfg.variant(n) for n in cfg.variants} if cfg.variants else {cfg.name: cfg}
    # every variant is valid before any run exists
    prepared = {n: prepare(c, client) for n, c in configs.items()}
    base = cfg.model_copy(deep=True)
    base.variants = {}
    first = prepare(base, client) if cfg.variants else prepared[cfg.name]
    metric, direction = _metric_of(cfg, first)
    repeat = cfg.repeat
    tags = {"repeat": str(repeat)}
    if cfg.variants:
        tags["variants"] = ",".join(names)
    default_name = f"{cfg.name}-comparison" if cfg.variants else f"{cfg.name} x{repeat} seeds"
    experiment_id, pid = _open_parent(client, cfg, first, tags,
                                      cfg.tracking.run_name or default_name)
    if cfg.variants:
        client.log_dict(pid, cfg.variants, "variants.json")
    results: list[VariantResult] = []
    children: list[dict[str, Any]] = []
    with _parent_ends_with_children(client, pid):
        for i, name in enumerate(names, 1):
            vcfg, p = configs[name], prepared[name]
            label = f"variant {i}/{len(names)} {name}" if cfg.variants else name
            changed = cfg.variants.get(name, {})
            if repeat == 1:  # the variant's own run trains
                _say(announce, f"── {label}: " + _changes(changed))
                curve = _Curves()
                res = run_experiment(vcfg, tracking_uri=uri, parent_run_id=pid,
                                     progress=progress, extra_tags={"variant": name},
                                     extra_callbacks=[*(extra or []), curve])
                seed = _seed_result(client, res, vcfg.seed, p, _final_metrics(client, res),
                                    curve)
                results.append(VariantResult(name, res.run_id, [seed], changed))
            else:
                vres = _run_seeds(vcfg, p, client, uri, experiment_id, pid,
                                  bool(cfg.variants), name, progress, extra,
                                  announce, label, changed)
                results.append(vres)
            children.append({"variant": name, "run_id": results[-1].run_id})
    comparison = build_comparison(results, metric, direction)
    for child, row in zip(children, comparison.rows, strict=True):
        child.update(_child_row(row, results))
    _log_report(client, pid, cfg, comparison)
    status = "FINISHED"
    if not cfg.variants:  # a repeated single run is the variant run itself
        status = _status_of(results[0])
    client.set_terminated(pid, status=status)
    return RunResult(pid, experiment_id, status, {}, None, len(children), 0, None, None, uri,
                     children=children, comparison=comparison.to_dict())


def _changes(changed: dict[str, Any]) -> str:
    return ", ".join(f"{k}={json.dumps(v)}" for k, v in changed.items()) or "the base config"


def _status_of(v: VariantResult) -> str:
    return "FINISHED" if all(s.status == "FINISHED" for s in v.seeds) else "FAILED"


def _run_seeds(vcfg: ExperimentConfig, p: Prepared, client: MlflowClient, uri: str,
               experiment_id: str, parent_id: str, nested: bool, name: str,
               progress: Callable[[int, int], Callback] | None, extra: list[Callback] | None,
               announce: Announce | None, label: str, changed: dict[str, Any]
               ) -> VariantResult:
    """The variant's run (its config as params, no training of its own) and one child per
    seed under it; a failed seed is recorded and the next one runs."""
    repeat = vcfg.repeat
    seeds = [vcfg.seed + j for j in range(repeat)]
    vid = parent_id  # no variants: the repeat's parent is the variant run
    if nested:
        tags = run_tags(p) | {"variant": name, "repeat": str(repeat),
                              "seeds": ",".join(map(str, seeds)),
                              "mlflow.parentRunId": parent_id}
        vid = client.create_run(experiment_id, tags=tags, run_name=name).info.run_id
        log_params_and_tags(client, vid, run_params(p), {})
    out: list[SeedResult] = []
    curves: list[_Curves] = []
    finals: list[dict[str, float]] = []
    with _parent_ends_with_children(client, vid):
        for j, seed in enumerate(seeds, 1):
            _say(announce, f"── {label} seed {seed} ({j}/{repeat})"
                 + (f": {_changes(changed)}" if j == 1 and changed else ""))
            scfg = vcfg.model_copy(deep=True)
            scfg.seed, scfg.repeat = seed, 1
            scfg.tracking.run_name = f"{name} seed={seed}"
            curve = _Curves()
            res = run_experiment(scfg, tracking_uri=uri, parent_run_id=vid, progress=progress,
                                 extra_tags={"variant": name, "seed": str(seed)},
                                 extra_callbacks=[*(extra or []), curve])
            final = _final_metrics(client, res)
            out.append(_seed_result(client, res, seed, p, final, curve))
            if res.status == "FINISHED":
                curves.append(curve)
                finals.append(final)
            else:
                _say(announce, f"   {name} seed {seed} {res.status}: {res.stop_reason or ''}"
                     " (recorded; the other seeds go on)")
    result = VariantResult(name, vid, out, changed)
    failed = [s.seed for s in out if s.status != "FINISHED"]
    _summarise(client, vid, finals, curves,
               {"seeds_finished": float(len(out) - len(failed)), "seeds_failed":
                float(len(failed))})
    tags = {"seed_verdicts": ",".join(s.verdict or s.status.lower() for s in out)}
    if failed:
        tags["failed_seeds"] = ",".join(map(str, failed))
    for k, v in tags.items():
        client.set_tag(vid, k, v)
    if nested:
        client.log_text(vid, vcfg.to_yaml(), "config.yaml")
        client.set_terminated(vid, status=_status_of(result))
    return result


def _child_row(row: Any, results: Sequence[VariantResult]) -> dict[str, Any]:
    """A variant's line of ``RunResult.children``: status, verdict, best epoch, the metric's
    mean and std, and its seeds' runs."""
    v = next(r for r in results if r.name == row.variant)
    out: dict[str, Any] = {"status": _status_of(v), "verdict": row.verdict,
                           "best_epoch": row.best_epoch, "vs_best": row.vs_best}
    if len(v.seeds) == 1:
        out.update(v.seeds[0].metrics)
    else:
        out.update({"mean": row.mean, "std": row.std,
                    "seeds": [{"seed": s.seed, "run_id": s.run_id, "status": s.status,
                               "verdict": s.verdict} for s in v.seeds]})
    return out


def _log_report(client: MlflowClient, pid: str, cfg: ExperimentConfig,
                comparison: Comparison) -> None:
    """``comparison.json``, ``comparison.md``, ``comparison.csv`` and ``best_variant``."""
    report = comparison.to_dict()
    client.log_dict(pid, report, "comparison.json")
    client.log_text(pid, comparison.to_markdown(), "comparison.md")
    titles, cells = comparison.table()
    client.log_text(pid, pd.DataFrame(cells, columns=titles).to_csv(index=False),
                    "comparison.csv")
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_tag(pid, "compare_metric", comparison.metric)
    if comparison.best_variant is not None:
        client.set_tag(pid, "best_variant", comparison.best_variant)


def run_kfold(cfg: ExperimentConfig, client: MlflowClient, uri: str, parent_run_id: str | None,
              progress: Callable[[int, int], Callback] | None,
              extra_tags: dict[str, str] | None) -> RunResult:
    """One child run per fold; the parent carries each final metric's mean and std and the
    mean curves."""
    folds = load_kfold(cfg.data, cfg.seed)
    first = prepare(cfg, client, folds[0])  # validates model/loss before any run exists
    tags = (extra_tags or {}) | {"kfold": str(len(folds))}
    if parent_run_id:
        tags["mlflow.parentRunId"] = parent_run_id
    experiment_id, pid = _open_parent(client, cfg, first, tags, cfg.tracking.run_name)
    results: list[RunResult] = []
    curves: list[_Curves] = []
    status = "FINISHED"
    with _parent_ends_with_children(client, pid):
        for i, fold in enumerate(folds):
            fold_cfg = cfg.model_copy(deep=True)
            fold_cfg.tracking.run_name = f"{cfg.tracking.run_name or cfg.name}-fold{i}"
            curve = _Curves()
            res = run_experiment(fold_cfg, tracking_uri=uri, parent_run_id=pid,
                                 progress=progress, data=fold, log_model=False,
                                 extra_tags={"fold": str(i)}, extra_callbacks=[curve])
            results.append(res)
            curves.append(curve)
            if res.status != "FINISHED":
                status = "FAILED"
    summary = _summarise(client, pid, [r.metrics for r in results], curves)
    client.log_text(pid, cfg.to_yaml(), "config.yaml")
    client.set_terminated(pid, status=status)
    children = [{"fold": i, "run_id": r.run_id, "status": r.status, "verdict": _verdict(r),
                 **r.metrics} for i, r in enumerate(results)]
    return RunResult(pid, experiment_id, status, summary, None, len(results), 0, None, None, uri,
                     children=children)
