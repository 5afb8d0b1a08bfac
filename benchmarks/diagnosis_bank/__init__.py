"""The diagnosis bank: labelled runs made by really training small models, in three parts.

* :mod:`.tuned`: the 28 cases the diagnosis' thresholds were tuned on (their score flatters).
* :mod:`.heldout`: faults written and labelled before any threshold was changed for them, on
  other data sets, models, optimisers and seeds, plus runs logged by other tools (Lightning,
  Hugging Face Trainer, Keras, TensorBoard names).
* :mod:`.healthy`: sound settings that train well, to measure false alarms.

:func:`run_bank` trains cases into an MLflow store and reads back each diagnosis the way a user
sees it; :func:`score` gives precision and recall per finding code, the healthy false-alarm
rate and the verdict accuracy. ``benchmarks/diagnosis.py`` prints them per part.
"""

from __future__ import annotations

from benchmarks.diagnosis_bank import healthy, heldout, tuned
from benchmarks.diagnosis_bank._machinery import (
    BASE,
    DETECT,
    NEEDS,
    VERDICTS,
    Case,
    read_diagnosis,
    run_bank,
    run_case,
    score,
)

PARTS: dict[str, tuple[Case, ...]] = {
    "heldout": heldout.CASES,
    "healthy": healthy.CASES,
    "tuned": tuned.CASES,
}

__all__ = [
    "BASE",
    "DETECT",
    "NEEDS",
    "PARTS",
    "VERDICTS",
    "Case",
    "read_diagnosis",
    "run_bank",
    "run_case",
    "score",
]
