"""The diagnosis bank: labelled runs made by really training small models with one fault each.

Every :class:`Case` is an experiment file (its sections) that injects one mistake a practitioner
makes (learning rate far too high or low, zero or huge initialisation, deep sigmoid/tanh nets,
data sorted by label, a tiny training set for a big model, too little capacity, batch size 1,
too few epochs, ...) through the experiment file only, plus healthy runs. :func:`run_bank`
trains every case with the real runner into an MLflow store and reads back the diagnosis the
way a user sees it (``diagnosis.json`` and the ``diagnosis.<code>`` tags); :func:`score`
measures precision and recall per finding code and the false alarms on healthy runs.

A code counts as *found* in a run when its severity is at least ``warning`` (``info`` for
``not_converged``, which is never more). Labels:

* ``expect``: the codes the fault must produce (recall).
* ``allow``: true side effects of the fault that are neither required nor false alarms, e.g.
  every ReLU unit of a zero-initialised net is dead; each has its reason in the case.
* anything else found is a false alarm (precision); a healthy case (no ``expect``) must have no
  finding of severity warning or critical at all.

>>> len(CASES) >= 20 and sum(c.healthy for c in CASES) >= 4
True
"""

from __future__ import annotations

import copy
import json
import os
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from dnnlab.diagnose._findings import CODES, SEVERITY_ORDER

# the lowest severity at which a code counts as found; not_converged is only ever info
DETECT: dict[str, str] = {"not_converged": "info"}
BANK_EXPERIMENT = "diagnosis-bank"
PROGRESS_BAR = "MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR"


@dataclass(frozen=True)
class Case:
    """One labelled run: ``sections`` of an experiment file merged over :data:`BASE`."""

    name: str
    fault: str
    sections: Mapping[str, Any]
    expect: tuple[str, ...] = ()
    allow: tuple[str, ...] = ()
    why_allowed: str = ""

    def __post_init__(self) -> None:
        unknown = [c for c in (*self.expect, *self.allow) if c not in CODES]
        if unknown:
            raise ValueError(f"case {self.name}: unknown finding code(s) {unknown}")
        if set(self.expect) & set(self.allow):
            raise ValueError(f"case {self.name}: a code is both expected and allowed")

    @property
    def healthy(self) -> bool:
        return not self.expect

    def experiment(self, tracking_uri: str, seed: int | None = None) -> dict[str, Any]:
        """The experiment file as a dict (sections merged key by key over :data:`BASE`;
        ``seed`` replaces the file's seed)."""
        raw = copy.deepcopy(BASE)
        for key, value in self.sections.items():
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


# Small data, small nets, few epochs: the whole bank trains in ~45 s on 2 CPU cores.
BASE: dict[str, Any] = {
    "name": "diagnosis-bank",
    "seed": 0,
    "data": {"dataset": "digits"},
    "model": {"kind": "mlp", "hidden": [32]},
    "optim": {"name": "adam", "lr": 1e-3},
    "train": {"epochs": 5, "batch_size": 64, "checkpoint": False, "device": "cpu"},
    "tracking": {"log_model": False},
}

MOONS = {"dataset": "moons", "n_samples": 600, "noise": 0.2}
BLOBS = {"dataset": "blobs", "n_classes": 4}
DEAD_AT_ZERO = "ReLU(0) = 0: every unit of an all-zero net is inactive on every sample"
STILL_FALLING = "true as well: the loss is still falling when the few epochs run out"
CREEPING = "true as well: the loss still creeps down while the accuracy stays flat"

CASES: tuple[Case, ...] = (
    # ---------------------------------------------------------------- learning rate
    Case("lr_far_too_high", "SGD + momentum 0.9 at LR 5 on moons",
         {"data": MOONS, "model": {"hidden": [32, 32]},
          "optim": {"name": "sgd", "lr": 5.0, "momentum": 0.9}, "train": {"batch_size": 16}},
         expect=("divergence", "update_ratio_high", "exploding_gradients")),
    Case("lr_far_too_high_tanh", "tanh MLP, plain SGD at LR 5 on digits",
         {"model": {"activation": "tanh"}, "optim": {"name": "sgd", "lr": 5.0}},
         expect=("divergence", "update_ratio_high")),
    Case("lr_too_high_regression_nan", "SGD at LR 3 on sine regression, stop on NaN only",
         {"data": {"dataset": "sine"}, "model": {"hidden": [32, 32]},
          "optim": {"name": "sgd", "lr": 3.0}, "diagnose": {"stop_on": ["nan_loss"]}},
         expect=("nan_loss", "divergence")),
    Case("lr_far_too_low_sgd", "plain SGD at LR 1e-5 on moons",
         {"data": MOONS, "optim": {"name": "sgd", "lr": 1e-5}, "train": {"batch_size": 32}},
         expect=("not_training", "update_ratio_low")),
    Case("lr_far_too_low_adam", "Adam at LR 1e-6 on 4 blobs",
         {"data": BLOBS, "optim": {"name": "adam", "lr": 1e-6}},
         expect=("not_training", "update_ratio_low")),
    # ---------------------------------------------------------------- initialisation
    Case("zero_init_relu", "all weights zero, ReLU MLP on moons",
         {"data": MOONS, "model": {"hidden": [32, 32], "init": "zeros"}},
         expect=("not_training",), allow=("dead_relu",), why_allowed=DEAD_AT_ZERO),
    Case("zero_init_tanh", "all weights zero, tanh MLP on 4 blobs",
         {"data": BLOBS, "model": {"activation": "tanh", "init": "zeros"}},
         expect=("not_training",)),
    Case("huge_init", "N(0, 1) init of a 3x64 ReLU MLP, SGD + momentum (the init lab's "
         "normal_large)",
         {"model": {"hidden": [64, 64, 64], "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9}, "train": {"batch_size": 32}},
         expect=("dead_relu",), allow=("slow_start", "divergence"),
         why_allowed="the first steps put the loss 1,000 to 100,000x above chance (with some "
         "seeds it climbs further before the units die: a real blow-up) and it sits there for a "
         "few steps before it falls: a bad-initialisation plateau, whose advice is the fix"),
    Case("slow_start_small_init", "3x16 sigmoid MLP with N(0, 0.01) init on moons",
         {"data": MOONS, "model": {"hidden": [16, 16, 16], "activation": "sigmoid",
                                   "init": "normal", "init_std": 0.01},
          "optim": {"lr": 0.01}, "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",), allow=("not_converged",), why_allowed=STILL_FALLING),
    # ---------------------------------------------------------------- depth and activations
    Case("deep_sigmoid_sgd", "8 sigmoid layers, plain SGD, on digits",
         {"model": {"hidden": [32] * 8, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01}},
         expect=("vanishing_gradients", "not_training")),
    Case("deep_sigmoid_adam", "8 sigmoid layers, Adam, on breast cancer",
         {"data": {"dataset": "breast_cancer"}, "model": {"hidden": [32] * 8,
                                                          "activation": "sigmoid"}},
         expect=("vanishing_gradients", "not_training")),
    Case("deep_tanh", "20 tanh layers, plain SGD, on digits",
         {"model": {"hidden": [32] * 20, "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01}, "train": {"epochs": 3}},
         expect=("vanishing_gradients", "not_training")),
    Case("dead_relu_high_lr", "ReLU MLP, plain SGD at LR 5 on digits",
         {"optim": {"name": "sgd", "lr": 5.0}},
         expect=("dead_relu",)),
    # ---------------------------------------------------------------- data
    Case("unshuffled_digits", "digits sorted by label, never shuffled",
         {"data": {"dataset": "digits", "order": "by_label", "shuffle": False},
          "train": {"batch_size": 32}},
         expect=("unshuffled_data",), allow=("not_converged",), why_allowed=STILL_FALLING),
    Case("unshuffled_blobs", "4 blobs sorted by label, never shuffled",
         {"data": {**BLOBS, "order": "by_label", "shuffle": False},
          "train": {"batch_size": 16}},
         expect=("unshuffled_data",), allow=("not_converged",), why_allowed=STILL_FALLING),
    Case("noisy_batch1", "batch size 1 at SGD LR 0.5 on moons",
         {"data": {"dataset": "moons", "n_samples": 300, "noise": 0.3},
          "model": {"hidden": [16]}, "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 2, "batch_size": 1}},
         expect=("noisy_loss",)),
    # ---------------------------------------------------------------- fit
    Case("overfit_breast_cancer", "40 samples, 2x256 MLP, no regularisation, 25 epochs",
         {"data": {"dataset": "breast_cancer", "subset": 40}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 0.01}, "train": {"epochs": 25, "batch_size": 8}},
         expect=("overfitting",)),
    Case("overfit_moons", "30 noisy moons, 2x256 MLP, no regularisation, 30 epochs",
         {"data": {"dataset": "moons", "subset": 30, "noise": 0.3},
          "model": {"hidden": [256, 256]}, "optim": {"lr": 0.01},
          "train": {"epochs": 30, "batch_size": 8}},
         expect=("overfitting",)),
    Case("underfit_one_unit", "one hidden unit for 10 classes",
         {"model": {"hidden": [1], "activation": "tanh"}, "optim": {"lr": 0.03},
          "train": {"epochs": 8}},
         expect=("underfitting",), allow=("not_converged",), why_allowed=CREEPING),
    Case("underfit_two_units", "two hidden units for 10 classes",
         {"model": {"hidden": [2], "activation": "tanh"}, "optim": {"lr": 0.03},
          "train": {"epochs": 8}},
         expect=("underfitting",), allow=("not_converged",), why_allowed=CREEPING),
    Case("not_converged_few_epochs", "a sound digits MLP stopped after 3 epochs",
         {"train": {"epochs": 3}},
         expect=("not_converged",)),
    Case("not_converged_slow_sgd", "plain SGD at LR 0.05 for 5 epochs on moons",
         {"data": MOONS, "optim": {"name": "sgd", "lr": 0.05}, "train": {"batch_size": 32}},
         expect=("not_converged",)),
    # ---------------------------------------------------------------- healthy
    Case("healthy_digits_mlp", "", {"optim": {"lr": 3e-3}, "train": {"epochs": 8}}),
    Case("healthy_digits_cnn", "",
         {"model": {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}],
                    "hidden": [32]},
          "optim": {"lr": 0.01}, "train": {"epochs": 6}}),
    Case("healthy_moons", "",
         {"data": MOONS, "model": {"hidden": [32, 32]}, "optim": {"lr": 0.01},
          "train": {"epochs": 25, "batch_size": 32}}),
    Case("healthy_breast_cancer", "",
         {"data": {"dataset": "breast_cancer"}, "optim": {"lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 32}}),
    Case("healthy_sine_regression", "",
         {"data": {"dataset": "sine"}, "model": {"hidden": [32, 32]}, "optim": {"lr": 0.01},
          "train": {"epochs": 20, "batch_size": 32}}),
    Case("healthy_blobs_sgd_momentum", "",
         {"data": BLOBS, "model": {"hidden": [16]},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
          "train": {"epochs": 10, "batch_size": 32}}),
)


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


def read_diagnosis(client: Any, run_id: str) -> tuple[dict[str, str], dict[str, Any]]:
    """(``{code: severity}`` from the ``diagnosis.<code>`` tags, the ``diagnosis.json``
    artifact) of a logged run: what a user finds in the tracking store."""
    run = client.get_run(run_id)
    tags = {k[len("diagnosis."):]: v for k, v in run.data.tags.items()
            if k.startswith("diagnosis.") and k != "diagnosis.summary"}
    quiet = os.environ.get(PROGRESS_BAR)
    os.environ[PROGRESS_BAR] = "false"
    try:
        with tempfile.TemporaryDirectory() as tmp:
            path = client.download_artifacts(run_id, "diagnosis.json", tmp)
            with open(path) as fh:
                payload = json.load(fh)
    finally:
        if quiet is None:
            os.environ.pop(PROGRESS_BAR, None)
        else:
            os.environ[PROGRESS_BAR] = quiet
    return tags, payload


def run_case(case: Case, tracking_uri: str, seed: int | None = None) -> dict[str, Any]:
    """Train one case with the real runner and read its diagnosis back from the store."""
    from mlflow import MlflowClient

    from dnnlab.config import load_config_dict
    from dnnlab.runner import run_experiment

    cfg = load_config_dict(case.experiment(tracking_uri, seed), source=f"bank case {case.name}")
    t0 = time.perf_counter()
    res = run_experiment(cfg, tracking_uri=tracking_uri)
    seconds = time.perf_counter() - t0
    tags, payload = read_diagnosis(MlflowClient(tracking_uri), res.run_id)
    findings = {f["code"]: f["severity"] for f in payload.get("findings", [])}
    found = sorted((c for c, s in findings.items() if _found(s, c)), key=CODES.index)
    accepted = set(case.expect) | set(case.allow)
    return {
        "case": case.name,
        "seed": cfg.seed,
        "fault": case.fault,
        "healthy": case.healthy,
        "expect": list(case.expect),
        "allow": list(case.allow),
        "status": res.status,
        "steps": res.steps,
        "seconds": round(seconds, 2),
        "run_id": res.run_id,
        "findings": findings,
        "found": found,
        "missed": [c for c in case.expect if c not in found],
        "false_alarms": [c for c in found if c not in accepted],
        "warning_or_worse": sorted(c for c, s in findings.items()
                                   if SEVERITY_ORDER[s] >= SEVERITY_ORDER["warning"]),
        "tags_match_json": tags == findings,
        "summary": payload.get("summary", ""),
    }


def run_bank(tracking_uri: str, cases: Iterable[Case] | None = None, *, seed: int | None = None,
             threads: int | None = 1,
             progress: Callable[[dict[str, Any]], None] | None = None) -> pd.DataFrame:
    """Train every case (default: :data:`CASES`) into ``tracking_uri`` and return one row per
    case: what was expected, what the stored diagnosis says, what was missed or falsely found.

    ``seed`` replaces every case's seed (default: the bank's own, 0): the same faults on other
    draws of the data split and the initial weights.
    ``threads``: torch CPU threads while training (restored afterwards; None leaves them).
    ``progress(row)`` is called after each case.
    """
    rows = []
    with _Threads(threads):
        for case in CASES if cases is None else cases:
            row = run_case(case, tracking_uri, seed)
            rows.append(row)
            if progress is not None:
                progress(row)
    return pd.DataFrame(rows)


def score(df: pd.DataFrame) -> pd.DataFrame:
    """Precision and recall per finding code over a :func:`run_bank` table.

    Per code: ``cases`` (runs that expect it), ``hits`` (of those, found), ``recall``,
    ``flagged`` (runs where it was found, allowed side effects left out), ``false`` (found where
    neither expected nor allowed), ``precision``, ``allowed`` (found as an allowed side effect:
    neither a hit nor a false alarm). ``df.attrs`` of the result hold
    ``healthy_runs``, ``healthy_false_alarms`` (healthy runs with any warning/critical finding)
    and ``healthy_false_alarm_rate``.
    """
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
    return out


__all__ = ["BASE", "CASES", "DETECT", "Case", "read_diagnosis", "run_bank", "run_case", "score"]
