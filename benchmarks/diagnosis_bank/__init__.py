"""The diagnosis bank: labelled runs made by really training small models, in parts.

* :mod:`.heldout3` to the newest :mod:`.heldout` part (:data:`NEWEST`): fresh held-out parts,
  each written and labelled from its runs' metrics by someone who saw no diagnosis of them,
  and measured once before any change is measured on it. Each module's docstring says when it
  was written (after which part's measurement, beside which others), what it trains (data
  sets, models, optimisers, the tools its scripts log like) and what was measured on its runs
  to label them.
* :mod:`.heldout2`: the second held-out part, written in session 3 before any threshold change;
  it was measured and looked at, so it no longer counts as unseen.
* :mod:`.heldout`: the first held-out part; it was measured, looked at and fixed against, so it
  now counts as tuned-on.
* :mod:`.healthy`: sound settings that train well, to measure false alarms.
* :mod:`.tuned`: the 28 cases the diagnosis' thresholds were tuned on (their score flatters).

A new part is the module ``heldoutN.py`` with its ``CASES``; registering it is raising
:data:`NEWEST` to N, once it is written and labelled (a part still being written is never
imported). :data:`PARTS` maps each part's name to its cases, newest first.

:func:`run_bank` trains cases into an MLflow store and reads back each diagnosis the way a user
sees it; :func:`score` gives precision and recall per finding code, the healthy false-alarm
rate and the verdict accuracy. ``benchmarks/diagnosis.py`` prints them per part.
"""

from __future__ import annotations

import importlib

from benchmarks.diagnosis_bank._machinery import (
    BASE,
    DETECT,
    NEEDS,
    VERDICTS,
    Case,
    judge,
    read_diagnosis,
    run_bank,
    run_case,
    score,
)

NEWEST = 403  # the newest registered held-out part
NAMES: tuple[str, ...] = (*(f"heldout{n}" for n in range(NEWEST, 1, -1)), "heldout",
                          "healthy", "tuned")
PARTS: dict[str, tuple[Case, ...]] = {
    name: importlib.import_module(f"{__name__}.{name}").CASES for name in NAMES}

__all__ = [
    "BASE",
    "DETECT",
    "NEEDS",
    "PARTS",
    "VERDICTS",
    "Case",
    "judge",
    "read_diagnosis",
    "run_bank",
    "run_case",
    "score",
]
