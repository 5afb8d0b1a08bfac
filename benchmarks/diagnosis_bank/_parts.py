"""Helpers the held-out parts (heldout2 on) write their cases with."""

from __future__ import annotations

from typing import Any

from benchmarks.diagnosis_bank._machinery import Case
from benchmarks.diagnosis_bank._scripts import Setup


def _factory(spec: str, **args: Any) -> dict[str, Any]:
    return {"dataset": "factory", "factory": spec, "args": args}


def _s(data: str, **kw: Any) -> Setup:
    """A script case's setup; ``subset``/``n``/``noise``/``k``/``by_label`` go to the data."""
    data_keys = {"subset", "n", "noise", "k", "by_label"}
    data_args = tuple((k, kw.pop(k)) for k in sorted(data_keys & set(kw)))
    args = tuple(kw.pop("optim_args", {}).items())
    return Setup(data, data_args=data_args, optim_args=args, **kw)


def _h(name: str, sections: Any) -> Case:
    return Case(name, "", sections, verdict="healthy")


def _hs(name: str, script: Any, tool: str) -> Case:
    return Case(name, "", script=script, tool=tool, verdict="healthy")
