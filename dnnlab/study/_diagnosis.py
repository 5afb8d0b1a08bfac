"""The study's own diagnosis: simple rules over the trials table, each finding with its evidence.

Pure functions of a tidy table (one row per trial: ``number``, ``state``, one column per
parameter, one per objective, ``stop_code``, ``fail_reason``), so they are tested on hand-made
tables without Optuna or MLflow.

>>> import pandas as pd
>>> from dnnlab.config import ObjectiveSpec, ParamSpace
>>> t = pd.DataFrame({"number": range(4), "state": ["COMPLETE", "COMPLETE", "PRUNED", "PRUNED"],
...                   "optim.lr": [0.001, 0.01, 0.5, 0.8], "val/loss": [0.3, 0.2, None, None],
...                   "stop_code": [None, None, "nan_loss", "nan_loss"]})
>>> space = {"optim.lr": ParamSpace(low=1e-4, high=1.0, log=True)}
>>> [f.code for f in diagnose_study(t, space, [ObjectiveSpec(metric="val/loss")])]
['diverged_above']
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd

from dnnlab.config import ObjectiveSpec, ParamSpace

DIVERGED = ("nan_loss", "divergence")
FINISHED = ("COMPLETE", "PRUNED", "FAIL")
HALVING = ("successive_halving", "hyperband")
EDGE = 0.1  # the outer 10% of a range (log scale for log ranges) counts as its edge
MIN_COMPLETE_FOR_EDGE = 5


@dataclass
class StudyFinding:
    code: str
    message: str
    param: str | None = None
    evidence: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def pruner_kind(study_attrs: Mapping[str, Any]) -> str | None:
    """The pruner a dnnlab study was created with (its user attr ``dnnlab.pruner``)."""
    try:
        return json.loads(study_attrs["dnnlab.pruner"])["kind"]
    except (KeyError, TypeError, ValueError):
        return None


def diagnose_study(trials: pd.DataFrame, space: dict[str, ParamSpace],
                   objectives: list[ObjectiveSpec],
                   diverged_codes: tuple[str, ...] = DIVERGED,
                   pruner: str | None = None) -> list[StudyFinding]:
    """Findings about the search space and the search, most actionable first. ``pruner`` is
    the pruner's kind (how many pruned trials are too many depends on it)."""
    done = trials[trials["state"].isin(FINISHED)] if len(trials) else trials
    if done.empty:
        return [StudyFinding("no_trials", "no trial has finished yet")]
    codes = done["stop_code"] if "stop_code" in done else pd.Series(None, index=done.index)
    diverged = codes.isin(diverged_codes)
    out: list[StudyFinding] = []
    complete = done[done["state"] == "COMPLETE"]
    if complete.empty:
        out.append(_nothing_completed(done, diverged))
    if diverged.all() and len(done) >= 2:
        out.append(StudyFinding(
            "all_diverged", f"all {len(done)} trials diverged "
            f"({', '.join(sorted(set(codes.dropna())))}): lower the learning rate range "
            "or check the data and loss", evidence={"n_diverged": int(len(done))}))
    else:
        for key, spec in space.items():
            if key in done:
                out.extend(_diverged_ranges(done, diverged, key, spec))
    out.extend(_errors(done, diverged))
    if len(objectives) == 1 and len(complete) >= MIN_COMPLETE_FOR_EDGE:
        obj = objectives[0]
        if obj.metric in complete:
            out.extend(_best_at_edge(complete, obj, space))
    out.extend(_pruning(done, codes, pruner))
    return out


def summary(findings: list[StudyFinding], n_trials: int) -> str:
    """One line for the MLflow tag ``study_diagnosis``."""
    if not findings:
        return f"no problems found in {n_trials} trials"
    return "; ".join(f.message for f in findings)[:5000]


def _fmt(v: float) -> str:
    return f"{v:.3g}"


def _nothing_completed(done: pd.DataFrame, diverged: pd.Series) -> StudyFinding:
    states = done["state"].value_counts().to_dict()
    return StudyFinding(
        "no_complete", f"no trial completed ({', '.join(f'{n} {s}' for s, n in states.items())})"
        ": train the base config with dnnlab train to see why",
        evidence={"states": {k: int(v) for k, v in states.items()},
                  "n_diverged": int(diverged.sum())})


def _diverged_ranges(done: pd.DataFrame, diverged: pd.Series, key: str,
                     spec: ParamSpace) -> list[StudyFinding]:
    """"all trials with optim.lr >= X diverged": a part of the range that only diverges."""
    x = done[key]
    bad, good = x[diverged], x[~diverged]
    if len(bad) < 2 or good.empty:
        return []
    if spec.type == "categorical":
        out = []
        for choice, n in bad.value_counts().items():
            if n >= 2 and not (good == choice).any():
                out.append(StudyFinding(
                    "diverged_choice", f"all {n} trials with {key}={choice} diverged: drop it "
                    "from the choices", key, {"choice": choice, "n_diverged": int(n)}))
        return out
    bad, good = bad.astype(float), good.astype(float)
    out = []
    above = bad.min()
    if (good < above).all():
        n = int((x.astype(float) >= above).sum())
        out.append(StudyFinding(
            "diverged_above", f"all {n} trials with {key} >= {_fmt(above)} diverged: narrow "
            f"the range (high: {_fmt(good.max())})", key,
            {"threshold": float(above), "n_diverged": n, "largest_ok": float(good.max())}))
    below = bad.max()
    if (good > below).all() and not out:
        n = int((x.astype(float) <= below).sum())
        out.append(StudyFinding(
            "diverged_below", f"all {n} trials with {key} <= {_fmt(below)} diverged: narrow "
            f"the range (low: {_fmt(good.min())})", key,
            {"threshold": float(below), "n_diverged": n, "smallest_ok": float(good.min())}))
    return out


def _errors(done: pd.DataFrame, diverged: pd.Series) -> list[StudyFinding]:
    """Errors (not divergence); trials whose worker died and were re-run are reported apart."""
    failed = done[(done["state"] == "FAIL") & ~diverged]
    if failed.empty:
        return []
    rerun = set(done["retry_of"].dropna().astype(int)) if "retry_of" in done else set()
    lost = failed[failed["number"].isin(rerun)]
    failed = failed[~failed["number"].isin(rerun)]
    out = []
    if not failed.empty:
        reasons = failed["fail_reason"].dropna() if "fail_reason" in failed else pd.Series([])
        first = str(reasons.iloc[0]) if len(reasons) else "unknown"
        out.append(StudyFinding(
            "trial_errors", f"{len(failed)} trial(s) failed with errors, e.g. trial "
            f"{int(failed['number'].iloc[0])}: {first[:200]}",
            evidence={"trials": [int(n) for n in failed["number"]]}))
    if not lost.empty:
        numbers = [int(n) for n in lost["number"]]
        out.append(StudyFinding(
            "trials_rerun", f"{len(numbers)} trial(s) lost their worker or were interrupted "
            f"and were re-run with the same parameters (trials {numbers})",
            evidence={"trials": numbers}))
    return out


def _position(value: float, spec: ParamSpace) -> float:
    lo, hi = float(spec.low), float(spec.high)
    if spec.log:
        return (math.log(value) - math.log(lo)) / (math.log(hi) - math.log(lo))
    return (value - lo) / (hi - lo)


def _best_at_edge(complete: pd.DataFrame, obj: ObjectiveSpec,
                  space: dict[str, ParamSpace]) -> list[StudyFinding]:
    """The best trial sits at the edge of a numeric range: the optimum may lie outside."""
    values = complete[obj.metric].astype(float)
    best = complete.loc[values.idxmin() if obj.direction == "minimize" else values.idxmax()]
    out = []
    for key, spec in space.items():
        if spec.type == "categorical" or key not in complete:
            continue
        pos = _position(float(best[key]), spec)
        if EDGE < pos < 1 - EDGE:
            continue
        side, way = ("upper", "upward") if pos >= 1 - EDGE else ("lower", "downward")
        out.append(StudyFinding(
            "best_at_edge", f"best {obj.metric} {float(best[obj.metric]):.4g} (trial "
            f"{int(best['number'])}) has {key}={_fmt(float(best[key]))}, at the {side} edge of "
            f"[{_fmt(float(spec.low))}, {_fmt(float(spec.high))}]: widen the range {way} "
            "(or fix it there if that is a hard limit)", key,
            {"best_trial": int(best["number"]), "value": float(best[key]),
             "position": round(pos, 3)}))
    return out


def _pruning(done: pd.DataFrame, codes: pd.Series, pruner: str | None) -> list[StudyFinding]:
    pruned = int((codes == "pruned").sum())
    # successive halving keeps half the trials at each of its rungs: with three rungs inside
    # the budget it prunes up to 7 in 8 by design
    halving = pruner in HALVING
    if len(done) >= 10 and pruned / len(done) >= (0.9 if halving else 0.8):
        knob = ("raise its min_resource (the epochs before it first judges a trial)"
                if halving else "raise its n_warmup_steps or n_startup_trials")
        return [StudyFinding(
            "mostly_pruned", f"the pruner stopped {pruned} of {len(done)} trials: if good "
            f"trials start slowly, {knob}",
            evidence={"pruned": pruned, "finished": int(len(done)), "pruner": pruner})]
    return []
