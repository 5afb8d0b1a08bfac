"""The diagnosis bank: labelled runs made by really training small models, in four parts.

* :mod:`.heldout2`: the fresh held-out part, faults and healthy runs written and labelled in
  session 3 before any threshold change (new data sets, CNNs, regression, optimisers, batch
  sizes, and runs logged by Lightning, Hugging Face Trainer, Keras, TensorBoard, plain loops).
* :mod:`.tuned`: the 28 cases the diagnosis' thresholds were tuned on (their score flatters).
* :mod:`.heldout`: the first held-out part; it was measured, looked at and fixed against, so it
  now counts as tuned-on.
* :mod:`.healthy`: sound settings that train well, to measure false alarms.

:func:`run_bank` trains cases into an MLflow store and reads back each diagnosis the way a user
sees it; :func:`score` gives precision and recall per finding code, the healthy false-alarm
rate and the verdict accuracy. ``benchmarks/diagnosis.py`` prints them per part.
"""

from __future__ import annotations

from benchmarks.diagnosis_bank import healthy, heldout, heldout2, tuned
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
    "heldout2": heldout2.CASES,
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
