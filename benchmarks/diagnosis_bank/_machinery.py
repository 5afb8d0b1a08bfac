"""How a bank case is trained, diagnosed, read back from the store and scored.

A :class:`Case` is either an experiment file (its ``sections`` merged over :data:`BASE`, trained
with the real runner, which diagnoses the run at its end) or a *script case*: a function
``(tracking_uri, seed) -> run_id`` that trains with its own loop and logs in another tool's metric
names (Lightning's ``MLFlowLogger``, Hugging Face Trainer, Keras, TensorBoard names). A script
run is diagnosed the way ``dnnlab diagnose RUN --log`` does it (:func:`dnnlab.runs.diagnose_run`
then :func:`dnnlab.runs.log_diagnosis`). Either way the diagnosis is read back as a user finds it
(``diagnosis.json`` and the ``diagnosis.<code>`` tags).

A code counts as *found* in a run when its severity is at least ``warning`` (``info`` for
``not_converged``, which is never more). Labels:

* ``expect``: the codes the fault must produce (recall).
* ``allow``: true side effects of the fault that are neither required nor false alarms, e.g.
  every ReLU unit of a zero-initialised net is dead; each has its reason in the case.
* anything else found is a false alarm (precision); a healthy case (no ``expect``) must have no
  finding of severity warning or critical at all.
* ``verdict``: the top-level verdict the lectures' recipe gives (:data:`VERDICTS`).
* ``expect_step``: the step an expected finding's evidence must name (e.g. the first Inf).
* ``needs``: features the case needs that dnnlab does not have yet (:data:`NEEDS`); such a case
  is recorded as ``error`` ("not runnable yet"), never aborts the bank.
"""

from __future__ import annotations

import copy
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd

from dnnlab.diagnose import CODES, SEVERITY_ORDER
from dnnlab.runs import read_json_artifact

# the lowest severity at which a code counts as found; not_converged is only ever info
DETECT: dict[str, str] = {"not_converged": "info"}
BANK_EXPERIMENT = "diagnosis-bank"

# The recipe of deep learning, in its order: a run whose numbers broke (loss NaN/Inf or blown
# up) has failed; one that is not good on its training data has a training problem; one good on
# training data but not on held-out data a generalisation problem; good on both: healthy.
VERDICTS: tuple[str, ...] = ("healthy", "training_problem", "generalisation_problem", "failed")

# what a case may need that dnnlab refuses today, and what refuses it
NEEDS: dict[str, str] = {
    "mse_classification": "train.loss mse on a classification data set is refused by the config "
                          "check against the task",
}

Script = Callable[[str, int], str]
"""A script case: ``(tracking_uri, seed) -> run_id`` of a finished MLflow run."""


@dataclass(frozen=True)
class Case:
    """One labelled run: ``sections`` of an experiment file merged over :data:`BASE` (a mapping,
    or a function returning one, called when the run is built, e.g. to write a CSV file), or a
    ``script`` that trains and logs a run itself."""

    name: str
    fault: str
    sections: Mapping[str, Any] | Callable[[], Mapping[str, Any]] = field(default_factory=dict)
    expect: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    why_allowed: str = ""
    verdict: str | None = None
    script: Script | None = None
    tool: str = "dnnlab"
    needs: tuple[str, ...] = ()
    expect_step: int | None = None

    def __post_init__(self) -> None:
        unknown = [c for c in (*self.expect, *self.allow) if c not in CODES]
        if unknown:
            raise ValueError(f"case {self.name}: unknown finding code(s) {unknown}")
        if set(self.expect) & set(self.allow):
            raise ValueError(f"case {self.name}: a code is both expected and allowed")
        if self.verdict is not None and self.verdict not in VERDICTS:
            raise ValueError(f"case {self.name}: unknown verdict {self.verdict!r}; known: "
                             f"{', '.join(VERDICTS)}")
        if self.verdict is not None and (self.verdict == "healthy") != self.healthy:
            raise ValueError(f"case {self.name}: verdict {self.verdict} does not fit "
                             f"expect={list(self.expect)}")
        unknown_needs = [n for n in self.needs if n not in NEEDS]
        if unknown_needs:
            raise ValueError(f"case {self.name}: unknown needs {unknown_needs}")
        if self.script is not None and self.sections:
            raise ValueError(f"case {self.name}: a script case has no sections")

    @property
    def healthy(self) -> bool:
        return not self.expect

    @property
    def is_script(self) -> bool:
        return self.script is not None

    def experiment(self, tracking_uri: str, seed: int | None = None) -> dict[str, Any]:
        """The experiment file as a dict (sections merged key by key over :data:`BASE`;
        ``seed`` replaces the file's seed)."""
        if self.script is not None:
            raise TypeError(f"case {self.name} is a script case, not an experiment file")
        sections = self.sections() if callable(self.sections) else self.sections
        raw = copy.deepcopy(BASE)
        for key, value in sections.items():
            if isinstance(value, Mapping) and isinstance(raw.get(key), dict):
                raw[key].update(copy.deepcopy(dict(value)))
            else:
                raw[key] = copy.deepcopy(value)
        raw["tracking"].update({"uri": tracking_uri, "experiment": BANK_EXPERIMENT,
                                "run_name": self.name})
        raw["tracking"].setdefault("tags", {})["bank_case"] = self.name
        if seed is not None:
            raw["seed"] = seed
        return raw


# after heldout355 (the poor fit after a blow-up, widened): a run that goes on after its loss
# blew up and ends below the runner's simple baseline on its training and validation data
# is in the state ``underfitting`` names, the blow-up its cause; the writers of the unseen
# parts label such runs so (heldout209 to 353 expect it beside a blow-up 26 times and refuse
# it nowhere), where the first parts' labels refused it beside the verdict ``failed``
POOR_AFTER_A_BLOW_UP = ("the loss blew up and the run went on to end below the simple "
                        "baseline on its training and validation data: the poor fit the "
                        "blow-up caused, named with it as its cause")


def allowing(cases: Iterable[Case], names: Iterable[str], codes: tuple[str, ...],
             why: str) -> tuple[Case, ...]:
    """``cases`` with ``codes`` allowed in the cases ``names`` names (``why`` added to their
    ``why_allowed``): a later finding read from the runs' own metrics, allowed, never
    required. Every name must be a case of ``cases``."""
    wanted = set(names)
    out = []
    for case in cases:
        if case.name in wanted:
            wanted.discard(case.name)
            extra = tuple(c for c in codes if c not in case.expect and c not in case.allow)
            if extra:  # a case that expects or allows them already keeps its label
                case = replace(case, allow=(*case.allow, *extra),
                               why_allowed="; ".join(w for w in (case.why_allowed, why) if w))
        out.append(case)
    if wanted:
        raise ValueError(f"no such case(s): {sorted(wanted)}")
    return tuple(out)


# Small data, small nets, few epochs: a case trains in 1 to 3 s on 2 CPU cores.
BASE: dict[str, Any] = {
    "name": "diagnosis-bank",
    "seed": 0,
    "data": {"dataset": "digits"},
    "model": {"kind": "mlp", "hidden": [32]},
    "optim": {"name": "adam", "lr": 1e-3},
    "train": {"epochs": 5, "batch_size": 64, "checkpoint": False, "device": "cpu"},
    "tracking": {"log_model": False},
}


def temp_csv(name: str, make: Callable[[Any], tuple[list[str], Any]], seed: int = 0) -> str:
    """The path of ``<tempdir>/dnnlab-diagnosis-bank/<name>.csv``, written once from
    ``make(numpy_rng) -> (header, rows)`` (atomically: parallel runs never read half a file)."""
    import numpy as np

    path = Path(tempfile.gettempdir()) / "dnnlab-diagnosis-bank" / f"{name}.csv"
    if not path.is_file():
        path.parent.mkdir(parents=True, exist_ok=True)
        header, rows = make(np.random.default_rng(seed))
        text = "\n".join([",".join(header)] + [",".join(f"{v:.6g}" for v in r) for r in rows])
        part = path.with_suffix(f".{os.getpid()}.part")
        part.write_text(text + "\n")
        os.replace(part, path)
    return str(path)


def _found(severity: str, code: str) -> bool:
    return SEVERITY_ORDER[severity] >= SEVERITY_ORDER[DETECT.get(code, "warning")]


@dataclass
class _Threads:
    """Tiny models train several times faster on one thread than on two busy cores (measured:
    a 64-16-10 MLP step 0.5 ms vs 3.7 ms while another process ran); the setting is restored."""

    n: int | None
    before: int = field(default=0, init=False)

    def __enter__(self) -> None:
        import torch

        self.before = torch.get_num_threads()
        if self.n:
            torch.set_num_threads(self.n)

    def __exit__(self, *exc: object) -> None:
        import torch

        torch.set_num_threads(self.before)


# tags under diagnosis.* that are not finding codes
_NOT_CODES = ("summary", "verdict")


def read_diagnosis(client: Any, run_id: str) -> tuple[dict[str, str], dict[str, Any]]:
    """(``{code: severity}`` from the ``diagnosis.<code>`` tags, the ``diagnosis.json``
    artifact) of a logged run: what a user finds in the tracking store."""
    run = client.get_run(run_id)
    tags = {k[len("diagnosis."):]: v for k, v in run.data.tags.items()
            if k.startswith("diagnosis.") and k[len("diagnosis."):] not in _NOT_CODES}
    return tags, read_json_artifact(client, run_id, "diagnosis.json")


def _verdict_of(payload: Mapping[str, Any]) -> str | None:
    """The diagnosis' top-level verdict, a string or ``{"verdict"|"label": ...}``; None when the
    diagnosis gives none."""
    v = payload.get("verdict")
    if isinstance(v, Mapping):
        v = v.get("verdict", v.get("label"))
    return str(v) if v is not None else None


def _names_step(evidence: Mapping[str, Any], step: int) -> bool:
    """Does a finding's evidence point at ``step`` (a first non-finite step, the start of its
    step range, or a ``step`` field)?"""
    first = evidence.get("first_nonfinite")
    if isinstance(first, Mapping) and step in first.values():
        return True
    rng = evidence.get("step_range")
    if isinstance(rng, list | tuple) and rng and rng[0] == step:
        return True
    return evidence.get("step") == step


def _labels(case: Case, seed: int | None) -> dict[str, Any]:
    return {
        "case": case.name,
        "seed": seed,
        "tool": case.tool,
        "fault": case.fault,
        "healthy": case.healthy,
        "expect": list(case.expect),
        "allow": list(case.allow),
        "verdict": case.verdict,
        "needs": list(case.needs),
    }


def _seed_of(case: Case, seed: int | None) -> int:
    if seed is not None:
        return seed
    if case.is_script:
        return 0
    sections = case.sections() if callable(case.sections) else case.sections
    return int(sections.get("seed", BASE["seed"]))


def _train(case: Case, tracking_uri: str, seed: int | None) -> tuple[str, str, int | None]:
    """Train the case; (run_id, run status, steps) of a run whose diagnosis is in the store."""
    from mlflow import MlflowClient

    if case.script is not None:
        from dnnlab.runs import diagnose_run, log_diagnosis
        from dnnlab.tracking import use_tracking_uri

        # a script's own tools (Lightning's MLFlowLogger, mlflow.set_tracking_uri) may point
        # the process at the bank's store for good: restore it afterwards
        saved = {k: os.environ.get(k) for k in ("MLFLOW_TRACKING_URI", "MLFLOW_EXPERIMENT_NAME",
                                                "MLFLOW_EXPERIMENT_ID", "MLFLOW_RUN_ID")}
        try:
            with use_tracking_uri(tracking_uri):
                run_id = case.script(tracking_uri, 0 if seed is None else seed)
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        client = MlflowClient(tracking_uri)
        client.set_tag(run_id, "bank_case", case.name)
        client.set_tag(run_id, "mlflow.runName", case.name)
        log_diagnosis(client, run_id, diagnose_run(client, run_id))
        return run_id, client.get_run(run_id).info.status, None

    from dnnlab.config import load_config_dict
    from dnnlab.runner import run_experiment

    cfg = load_config_dict(case.experiment(tracking_uri, seed), source=f"bank case {case.name}")
    res = run_experiment(cfg, tracking_uri=tracking_uri)
    return res.run_id, res.status, res.steps


def run_case(case: Case, tracking_uri: str, seed: int | None = None) -> dict[str, Any]:
    """Train one case (runner or script) and read its diagnosis back from the store.

    A case the runner refuses (:class:`~dnnlab.errors.UserError`, e.g. one that ``needs`` a
    feature not there yet) or whose script raises comes back with ``status`` ``error`` and the
    message in ``error``: it is left out of the scores and reported as not runnable.
    """
    from mlflow import MlflowClient

    from dnnlab.errors import UserError

    row = _labels(case, _seed_of(case, seed))
    t0 = time.perf_counter()
    try:
        run_id, status, steps = _train(case, tracking_uri, seed)
    except UserError as err:
        return {**row, **_error_row(case, f"refused: {err}", time.perf_counter() - t0)}
    except Exception as err:  # a script's bug must not abort the bank: report it instead
        return {**row, **_error_row(case, f"{type(err).__name__}: {err}",
                                    time.perf_counter() - t0)}
    seconds = time.perf_counter() - t0
    tags, payload = read_diagnosis(MlflowClient(tracking_uri), run_id)
    findings = {f["code"]: f["severity"] for f in payload.get("findings", [])}
    evidence = {f["code"]: f.get("evidence") or {} for f in payload.get("findings", [])}
    judged = judge(case, findings)
    verdict_found = _verdict_of(payload)
    step_ok = None
    if case.expect_step is not None:
        step_ok = any(_names_step(evidence[c], case.expect_step) for c in case.expect
                      if c in judged["found"])
    return {
        **row,
        "status": status,
        "error": "",
        "steps": steps,
        "seconds": round(seconds, 2),
        "run_id": run_id,
        **judged,
        "tags_match_json": tags == findings,
        "verdict_found": verdict_found,
        "verdict_ok": None if case.verdict is None else verdict_found == case.verdict,
        "expect_step": case.expect_step,
        "step_ok": step_ok,
        "summary": payload.get("summary", ""),
    }


def judge(case: Case, findings: Mapping[str, str]) -> dict[str, Any]:
    """A case's ``findings`` (``{code: severity}``) against its labels: ``found`` (at the
    severity that counts, :data:`DETECT`), ``missed``, ``false_alarms`` (found, neither expected
    nor allowed) and ``warning_or_worse``, the columns :func:`score` reads."""
    found = sorted((c for c, s in findings.items() if _found(s, c)), key=CODES.index)
    accepted = set(case.expect) | set(case.allow)
    return {
        "findings": dict(findings),
        "found": found,
        "missed": [c for c in case.expect if c not in found],
        "false_alarms": [c for c in found if c not in accepted],
        "warning_or_worse": sorted(c for c, s in findings.items()
                                   if SEVERITY_ORDER[s] >= SEVERITY_ORDER["warning"]),
    }


def _error_row(case: Case, message: str, seconds: float) -> dict[str, Any]:
    needs = "; ".join(f"needs {n}: {NEEDS[n]}" for n in case.needs)
    return {
        "status": "error",
        "error": f"{needs} ({message})" if needs else message,
        "steps": None,
        "seconds": round(seconds, 2),
        "run_id": "",
        "findings": {},
        "found": [],
        "missed": [],
        "false_alarms": [],
        "warning_or_worse": [],
        "tags_match_json": None,
        "verdict_found": None,
        "verdict_ok": None,
        "expect_step": case.expect_step,
        "step_ok": None,
        "summary": "",
    }


def run_bank(tracking_uri: str, cases: Iterable[Case] | None = None, *, seed: int | None = None,
             threads: int | None = 1,
             progress: Callable[[dict[str, Any]], None] | None = None) -> pd.DataFrame:
    """Train every case (default: the tuned part, :data:`tuned.CASES`) into ``tracking_uri`` and
    return one row per case: what was expected, what the stored diagnosis says, what was missed
    or falsely found; cases that could not run have ``status`` ``error``.

    ``seed`` replaces every case's seed (default: each case's own, 0): the same faults on other
    draws of the data split and the initial weights.
    ``threads``: torch CPU threads while training (restored afterwards; None leaves them).
    ``progress(row)`` is called after each case.
    """
    if cases is None:
        from benchmarks.diagnosis_bank.tuned import CASES as cases
    rows = []
    with _Threads(threads):
        for case in cases:
            row = run_case(case, tracking_uri, seed)
            rows.append(row)
            if progress is not None:
                progress(row)
    return pd.DataFrame(rows)


def _ran(df: pd.DataFrame) -> pd.DataFrame:
    return df[df["status"] != "error"] if "status" in df.columns else df


def score(df: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per finding code over a :func:`run_bank` table (cases that could not
    run are left out).

    Per code: ``cases`` (runs that expect it), ``hits`` (of those, found), ``recall``,
    ``flagged`` (runs where it was found, allowed side effects left out), ``false`` (found where
    neither expected nor allowed), ``precision``, ``allowed`` (found as an allowed side effect:
    neither a hit nor a false alarm). ``df.attrs`` of the result hold
    ``healthy_runs``, ``healthy_false_alarms`` (healthy runs with any warning/critical finding),
    ``healthy_false_alarm_rate``, and, when the table has verdicts, ``verdict_cases``,
    ``verdict_correct``, ``verdict_accuracy`` and ``not_run`` (cases that could not run).
    """
    not_run = len(df) - len(_ran(df))
    df = _ran(df)
    rows = []
    for code in CODES:
        expected = df[df["expect"].map(lambda e, c=code: c in e)]
        hits = int(expected["found"].map(lambda f, c=code: c in f).sum())
        false = int(df["false_alarms"].map(lambda f, c=code: c in f).sum())
        allowed = int(sum(code in f and code in a for f, a in zip(df["found"], df["allow"],
                                                                  strict=True)))
        flagged = hits + false
        if not len(expected) and not flagged and not allowed:
            continue
        rows.append({
            "code": code,
            "cases": len(expected),
            "hits": hits,
            "recall": hits / len(expected) if len(expected) else float("nan"),
            "flagged": flagged,
            "false": false,
            "precision": hits / flagged if flagged else float("nan"),
            "allowed": allowed,
        })
    out = pd.DataFrame(rows, columns=["code", "cases", "hits", "recall", "flagged", "false",
                                      "precision", "allowed"]).set_index("code")
    healthy = df[df["healthy"]]
    alarms = int(healthy["warning_or_worse"].map(bool).sum())
    out.attrs.update({"healthy_runs": len(healthy), "healthy_false_alarms": alarms,
                      "healthy_false_alarm_rate": alarms / len(healthy) if len(healthy)
                      else float("nan")})
    if "verdict" in df.columns:
        labelled = df[df["verdict"].notna()]
        correct = int((labelled["verdict_found"] == labelled["verdict"]).sum())
        out.attrs.update({"verdict_cases": len(labelled), "verdict_correct": correct,
                          "verdict_accuracy": correct / len(labelled) if len(labelled)
                          else float("nan"), "not_run": not_run})
    return out
