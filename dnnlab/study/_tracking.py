"""The study's MLflow parent run: opened before the first trial, summarised after the last.

At the end it carries the best params (``best.<key>``) and value (``best_value``), counts by
state (``trials_complete`` ...), the trials table, the Optuna figures (history, importances,
slice, lr x dropout contour, Pareto front) as ``.html`` and the study diagnosis
(``study_diagnosis`` tag and ``study_diagnosis.json``).
"""

from __future__ import annotations

import json
import logging
import math
import platform
import time
import warnings
from typing import Any

from mlflow import MlflowClient

import dnnlab
from dnnlab.config import ExperimentConfig, ObjectiveSpec, ParamSpace, flatten
from dnnlab.study._diagnosis import summary
from dnnlab.study._report import StudyReport, chart_gaps, trials_frame
from dnnlab.tracking import MetricBuffer, log_params_and_tags, redact

log = logging.getLogger(__name__)

CONTOUR = ("optim.lr", "model.dropout")


def start_parent(client: MlflowClient, experiment_id: str, cfg: ExperimentConfig,
                 study_name: str, storage: str, sampler: str, pruner: dict[str, Any],
                 objectives: list[ObjectiveSpec], space: dict[str, ParamSpace],
                 n_trials: int, workers: int) -> str:
    """``pruner``: its kind and the options it is built with."""
    tags = {
        "optuna.study_name": study_name, "optuna.storage": redact(storage),
        "optuna.sampler": sampler, "optuna.pruner": pruner["kind"],
        "optuna.pruner_options": json.dumps(
            {k: v for k, v in pruner.items() if k != "kind"}, default=str),
        "optuna.objectives": json.dumps([o.metric for o in objectives]),
        "optuna.directions": json.dumps([o.direction for o in objectives]),
        "dataset": cfg.data.dataset, "model_kind": cfg.model.kind,
        "dnnlab_version": dnnlab.__version__, "host": platform.node(),
        "mlflow.source.name": "dnnlab study", "mlflow.source.type": "LOCAL",
    } | cfg.tracking.tags
    run = client.create_run(experiment_id, tags=tags,
                            run_name=cfg.tracking.run_name or f"{study_name}-study")
    run_id = run.info.run_id
    params = flatten(cfg) | {
        "n_trials": str(n_trials), "workers": str(workers),
        "search_space": json.dumps({k: v.model_dump(exclude_none=True) for k, v in space.items()}),
    }
    log_params_and_tags(client, run_id, params, {})
    return run_id


def parent_record(experiment_id: str) -> dict[str, Any]:
    """What the study remembers about an MLflow parent run (for study-report)."""
    return {"experiment_id": experiment_id, "host": platform.node(), "started": time.time()}


def finish_parent(client: MlflowClient, run_id: str, study: Any, report: StudyReport,
                  objectives: list[ObjectiveSpec], space: dict[str, ParamSpace],
                  status: str) -> None:
    """Log the study's outcome on its parent run and end it with ``status``."""
    try:
        _log_summary(client, run_id, study, report, objectives, space)
    finally:
        client.set_terminated(run_id, status=status)


def _log_summary(client: MlflowClient, run_id: str, study: Any, report: StudyReport,
                 objectives: list[ObjectiveSpec], space: dict[str, ParamSpace]) -> None:
    metrics: dict[str, float] = {f"trials_{s.lower()}": float(n)
                                 for s, n in report.counts.items()}
    metrics["trials_total"] = float(sum(report.counts.values()))
    metrics["epochs_trained"] = float(report.epochs_trained)
    tags: dict[str, str] = {"study_diagnosis": summary(report.diagnosis,
                                                       sum(report.counts.values()))}
    params: dict[str, str] = {}
    if not report.multi_objective and report.best:
        best = report.best[0]
        value = best["values"].get(objectives[0].metric)
        if value is not None and math.isfinite(value):
            metrics["best_value"] = float(value)
        tags["optuna.best_trial"] = str(best["number"])
        if best.get("mlflow_run_id"):
            tags["optuna.best_run_id"] = str(best["mlflow_run_id"])
        params = {f"best.{k}": str(v) for k, v in best["params"].items()}
    elif report.best:
        tags["optuna.pareto_trials"] = json.dumps([r["number"] for r in report.best])
        client.log_dict(run_id, {"pareto_front": report.best}, "pareto_front.json")
    buffer = MetricBuffer(client, run_id)
    buffer.log(metrics, 0)
    buffer.close()
    log_params_and_tags(client, run_id, params, tags)
    client.log_dict(run_id, {"findings": [f.to_dict() for f in report.diagnosis]},
                    "study_diagnosis.json")
    frame = trials_frame(study, objectives)
    if len(frame):
        client.log_text(run_id, frame.to_csv(index=False), "trials.csv")
    for name, fig in study_figures(study, objectives, space, report).items():
        try:
            client.log_figure(run_id, fig, f"optuna/{name}.html")
        except Exception as err:  # a figure is a nicety: never fail the study for one
            log.warning("could not log figure %s: %s", name, err)


def study_figures(study: Any, objectives: list[ObjectiveSpec], space: dict[str, ParamSpace],
                  report: StudyReport) -> dict[str, Any]:
    """The Optuna plots that the trials support (each skipped when it cannot be drawn)."""
    import optuna.visualization as V
    from optuna.trial import TrialState

    n_complete = report.counts.get("COMPLETE", 0)
    if n_complete == 0:
        return {}
    names = [o.metric for o in objectives]
    figs: dict[str, Any] = {}
    numeric = [k for k, v in space.items() if v.type != "categorical"]
    pair = list(CONTOUR) if all(k in space for k in CONTOUR) else numeric[:2]
    single = len(objectives) == 1
    complete = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
    gaps = chart_gaps(n_complete, {k: len({t.params.get(k) for t in complete} - {None})
                                   for k in pair} if len(pair) == 2 else {})

    def target(i: int) -> Any:
        return None if single else (lambda t: t.values[i])

    plots: list[tuple[str, Any]] = []
    for i, name in enumerate(names):
        suffix = "" if single else f"_{i}"
        plots.append((f"history{suffix}", lambda i=i, name=name: V.plot_optimization_history(
            study, target=target(i), target_name=name)))
        plots.append((f"slice{suffix}", lambda i=i, name=name: V.plot_slice(
            study, target=target(i), target_name=name)))
        if "importances" not in gaps:
            plots.append((f"param_importances{suffix}", lambda i=i, name=name:
                          V.plot_param_importances(study, target=target(i), target_name=name)))
        if "contour" not in gaps:
            plots.append((f"contour{suffix}", lambda i=i, name=name: V.plot_contour(
                study, params=pair, target=target(i), target_name=name)))
    if not single:
        plots.append(("pareto_front", lambda: V.plot_pareto_front(study, target_names=names)))
    for fname, make in plots:
        try:
            with warnings.catch_warnings():  # importance estimators warn on tiny studies
                warnings.simplefilter("ignore")
                figs[fname] = make()
        except Exception as err:  # too few distinct values, one-valued params, ...
            log.info("skipping figure %s: %s", fname, err)
    return figs
