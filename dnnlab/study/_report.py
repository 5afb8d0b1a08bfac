"""``dnnlab study-report``: best trial, top trials, counts by state, Pareto front, and where
the runs are in MLflow, read from the Optuna storage alone."""

from __future__ import annotations

import json
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dnnlab.config import ObjectiveSpec, ParamSpace
from dnnlab.errors import UserError
from dnnlab.study._diagnosis import StudyFinding, diagnose_study, pruner_kind
from dnnlab.study._storage import StorageSpec, embedded_candidates, open_checked, parse_storage

STATES = ("COMPLETE", "PRUNED", "FAIL", "RUNNING", "WAITING")
# Completed trials a chart needs before it says anything: with 1 trial Optuna's fANOVA splits
# the importance evenly (0.50 / 0.50 for two parameters) and the contour is an empty grid; with
# a handful the forest and the interpolation have something to fit (the same 5 the study
# diagnosis wants before it calls a best value "at the edge").
MIN_COMPLETE_IMPORTANCE = 5
MIN_COMPLETE_CONTOUR = 5


def chart_gaps(n_complete: int, distinct: Mapping[str, int]) -> dict[str, str]:
    """Why the importance and contour charts cannot be drawn yet (absent: they can).
    ``distinct``: the contour's two parameters and how many distinct values each has among
    the completed trials.

    >>> chart_gaps(1, {"optim.lr": 1, "model.dropout": 1})["importances"]
    'needs at least 5 finished trials, has 1'
    >>> chart_gaps(6, {"optim.lr": 6, "model.dropout": 6})
    {}
    """
    out: dict[str, str] = {}
    if n_complete < MIN_COMPLETE_IMPORTANCE:
        out["importances"] = (f"needs at least {MIN_COMPLETE_IMPORTANCE} finished trials, "
                              f"has {n_complete}")
    if n_complete < MIN_COMPLETE_CONTOUR:
        out["contour"] = (f"needs at least {MIN_COMPLETE_CONTOUR} finished trials, "
                          f"has {n_complete}")
    elif len(distinct) < 2:
        out["contour"] = "needs two numeric parameters"
    else:
        flat = [k for k, n in distinct.items() if n < 2]
        if flat:
            out["contour"] = ("needs at least 2 distinct values of each parameter among the "
                              f"finished trials; {', '.join(flat)} has one")
    return out


def study_meta(study: Any) -> tuple[list[ObjectiveSpec], dict[str, ParamSpace]]:
    """The objectives and space a dnnlab study was created with (stored in the study)."""
    attrs = study.user_attrs
    directions = [d.name.lower() for d in study.directions]
    names = attrs.get("dnnlab.objectives") or [
        "value" if len(directions) == 1 else f"value_{i}" for i in range(len(directions))]
    objectives = [ObjectiveSpec(metric=m, direction=d)
                  for m, d in zip(names, directions, strict=True)]
    space = {k: ParamSpace.model_validate(v)
             for k, v in json.loads(attrs.get("dnnlab.space", "{}")).items()}
    return objectives, space


def trials_frame(study: Any, objectives: list[ObjectiveSpec]) -> pd.DataFrame:
    """One row per trial: number, state, objective values, params, epochs and reasons."""
    rows = []
    for t in study.get_trials(deepcopy=False):
        row: dict[str, Any] = {"number": t.number, "state": t.state.name}
        for i, obj in enumerate(objectives):
            row[obj.metric] = t.values[i] if t.values is not None and t.state.name == "COMPLETE" \
                else None
        row.update(t.params)
        for key in ("epochs", "best_epoch", "pruned_epoch", "stop_code", "fail_reason",
                    "mlflow_run_id", "mlflow_parent_run_id"):
            row[key] = t.user_attrs.get(key)
        row["retry_of"] = t.system_attrs.get("failed_trial")
        row["duration_s"] = t.duration.total_seconds() if t.duration is not None else None
        rows.append(row)
    return pd.DataFrame(rows)


def _clean(v: Any) -> Any:
    if isinstance(v, float) and not math.isfinite(v):
        return None
    if hasattr(v, "item"):  # numpy scalars
        return _clean(v.item())
    return v


def _json_safe(v: Any) -> Any:
    if isinstance(v, dict):
        return {str(k): _json_safe(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_json_safe(x) for x in v]
    return _clean(v)


def _row(t: Any, objectives: list[ObjectiveSpec]) -> dict[str, Any]:
    values = ({o.metric: _clean(v) for o, v in zip(objectives, t.values, strict=True)}
              if t.values is not None and t.state.name == "COMPLETE" else {})
    out = {"number": t.number, "state": t.state.name, "values": values,
           "params": {k: _clean(v) for k, v in t.params.items()},
           "epochs": t.user_attrs.get("epochs"), "mlflow_run_id": t.user_attrs.get("mlflow_run_id")}
    for key in ("pruned_epoch", "stop_code", "fail_reason"):
        if t.user_attrs.get(key) is not None:
            out[key] = t.user_attrs[key]
    return out


@dataclass
class StudyReport:
    study_name: str
    storage: str
    objectives: list[dict[str, str]]
    n_trials: int | None
    counts: dict[str, int]
    reasons: dict[str, int]
    best: list[dict[str, Any]]  # the best trial, or the Pareto front (several objectives)
    top: list[dict[str, Any]]
    mlflow: dict[str, Any]
    diagnosis: list[StudyFinding] = field(default_factory=list)
    epochs_trained: int = 0
    retries: int = 0  # re-run copies of trials whose worker died (not among n_trials)

    @property
    def multi_objective(self) -> bool:
        return len(self.objectives) > 1

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON data (non-finite numbers become null)."""
        out = {
            "study_name": self.study_name, "storage": self.storage,
            "objectives": self.objectives, "n_trials": self.n_trials, "counts": self.counts,
            "retries": self.retries, "reasons": self.reasons,
            "epochs_trained": self.epochs_trained,
            "best_trial": None if self.multi_objective else (self.best[0] if self.best else None),
            "top": self.top, "mlflow": self.mlflow,
            "diagnosis": [f.to_dict() for f in self.diagnosis],
        }
        if self.multi_objective:
            out["pareto_front"] = self.best
        return _json_safe(out)

    def to_text(self) -> str:
        lines = [f"study {self.study_name}  ({self.storage})"]
        objs = ", ".join(f"{o['metric']} ({o['direction']})" for o in self.objectives)
        lines.append(f"objective: {objs}")
        counts = ", ".join(f"{n} {s.lower()}" for s, n in self.counts.items() if n)
        target = f" of {self.n_trials}" if self.n_trials else ""
        rerun = f" + {self.retries} re-run" if self.retries else ""
        lines.append(f"trials: {sum(self.counts.values()) - self.retries}{target}{rerun}  "
                     f"({counts or 'none'}); epochs trained: {self.epochs_trained}")
        if self.reasons:
            lines.append("stopped early: " + ", ".join(f"{n} {r}" for r, n in
                                                       self.reasons.items()))
        if self.multi_objective:
            lines.append(f"Pareto front ({len(self.best)} trials):")
            lines.extend(_table(self.best, self.objectives))
        elif self.best:
            b = self.best[0]
            vals = ", ".join(f"{k}={_num(v)}" for k, v in b["values"].items())
            lines.append(f"best: trial {b['number']}  {vals}  "
                         f"(MLflow run {b.get('mlflow_run_id') or '?'})")
            lines.append("  " + "  ".join(f"{k}={_num(v)}" for k, v in b["params"].items()))
        else:
            lines.append("best: no trial completed yet")
        if self.top:
            lines.append(f"top {len(self.top)} trials:")
            lines.extend(_table(self.top, self.objectives))
        m = self.mlflow
        lines.append(f"MLflow: {m.get('tracking_uri') or '?'}  experiment "
                     f"{m.get('experiment') or '?'}; parent runs: "
                     f"{', '.join(r['run_id'] for r in m.get('parent_runs', [])) or 'none'}")
        if self.diagnosis:
            lines.append("diagnosis:")
            lines.extend(f"  - {f.message}" for f in self.diagnosis)
        else:
            lines.append("diagnosis: no problems found")
        return "\n".join(lines)


def _num(v: Any) -> str:
    return f"{v:.4g}" if isinstance(v, float) else str(v)


def _table(rows: list[dict[str, Any]], objectives: list[dict[str, str]]) -> list[str]:
    params = sorted({k for r in rows for k in r["params"]})
    head = ["trial", *[o["metric"] for o in objectives], *params, "epochs", "run"]
    body = [[str(r["number"]), *[_num(r["values"].get(o["metric"], "")) for o in objectives],
             *[_num(r["params"].get(p, "")) for p in params], str(r.get("epochs") or ""),
             (r.get("mlflow_run_id") or "")[:8]] for r in rows]
    widths = [max(len(h), *(len(b[i]) for b in body)) for i, h in enumerate(head)]
    fmt = "  " + "  ".join(f"{{:<{w}}}" for w in widths)
    return [fmt.format(*head)] + [fmt.format(*b) for b in body]


def build_report(study: Any, storage: StorageSpec, top: int = 10) -> StudyReport:
    """The report of an open Optuna study."""
    objectives, space = study_meta(study)
    trials = study.get_trials(deepcopy=False)
    counts = {s: sum(1 for t in trials if t.state.name == s) for s in STATES}
    reasons: dict[str, int] = {}
    for t in trials:
        code = t.user_attrs.get("stop_code")
        if t.state.name in ("PRUNED", "FAIL") and code:
            reasons[code] = reasons.get(code, 0) + 1
    complete = [t for t in trials if t.state.name == "COMPLETE" and t.values is not None]
    if len(objectives) == 1:
        sign = 1 if objectives[0].direction == "minimize" else -1
        ranked = sorted(complete, key=lambda t: sign * t.values[0])
        best = [_row(ranked[0], objectives)] if ranked else []
    else:  # Pareto front first, then by the first objective
        front = {t.number for t in study.best_trials}
        sign = 1 if objectives[0].direction == "minimize" else -1
        ranked = sorted(complete, key=lambda t: (t.number not in front, sign * t.values[0]))
        best = [_row(t, objectives) for t in ranked if t.number in front]
    frame = trials_frame(study, objectives)
    attrs = study.user_attrs
    parents = sorted((v | {"run_id": k.split(".", 2)[2]} for k, v in attrs.items()
                      if k.startswith("dnnlab.parent_run.")), key=lambda r: r.get("started", 0))
    epochs = int(pd.to_numeric(frame.get("epochs"), errors="coerce").fillna(0).sum()) \
        if len(frame) else 0
    return StudyReport(
        study_name=study.study_name, storage=storage.display,
        objectives=[{"metric": o.metric, "direction": o.direction or ""} for o in objectives],
        n_trials=attrs.get("dnnlab.n_trials"), counts=counts, reasons=reasons, best=best,
        top=[_row(t, objectives) for t in ranked[:top]],
        mlflow={"tracking_uri": attrs.get("dnnlab.tracking_uri"),
                "experiment": attrs.get("dnnlab.experiment"), "parent_runs": parents},
        diagnosis=diagnose_study(frame, space, objectives, pruner=pruner_kind(attrs))
        if len(frame) else [],
        epochs_trained=epochs,
        retries=sum(1 for t in trials if "failed_trial" in t.system_attrs),
    )


def study_report(name: str, storage: str | None = None, tracking_uri: str | None = None,
                 top: int = 10) -> StudyReport:
    """Find study ``name`` (in ``storage``, else in the embedded files next to the MLflow
    database) and report on it; a one-line :class:`UserError` when it is not there."""
    import optuna

    from dnnlab.config import DEFAULT_TRACKING_URI
    from dnnlab.study._builders import quiet_optuna

    quiet_optuna()
    uri = tracking_uri or os.environ.get("MLFLOW_TRACKING_URI") or DEFAULT_TRACKING_URI
    specs = [parse_storage(storage)] if storage else embedded_candidates(uri)
    if not specs:
        raise UserError(f"no Optuna storage next to the MLflow database ({uri}); pass "
                        "--storage URL (the one given to dnnlab study)")
    seen: list[str] = []
    for spec in specs:
        if not spec.exists():
            continue
        st = open_checked(spec)
        names = [s.study_name for s in st.get_all_studies()]
        if name in names:
            return build_report(optuna.load_study(study_name=name, storage=st), spec, top)
        seen.extend(names)
    where = ", ".join(s.display for s in specs)
    have = f"; studies there: {', '.join(sorted(seen))}" if seen else "; it holds no study"
    raise UserError(f"no study named {name!r} in {where}{have}")
