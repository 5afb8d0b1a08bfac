"""The ``dnnlab`` command's start-up without the cyclic garbage collector.

A ``dnnlab train`` process imports torch, MLflow, SQLAlchemy and scikit-learn: about 700,000
objects that live as long as the process (modules, classes, functions). Each full collection
walks all of them, about 0.1-0.3 s on the 2-core machine, nine times during start-up and once
more during the end-of-run report (1.3 s of a 9 s command, measured with ``gc.callbacks``) and
frees almost nothing. The command pauses the collector while it imports and prepares, then
:func:`resume_gc` moves what exists into the permanent generation (``gc.freeze``, which Python
documents for this) and turns the collector back on before the training starts: the training
and the report are collected as usual, only the start-up's objects are never walked again.

Only ``dnnlab train``, ``dnnlab study`` and a study's spawned workers pause it: a user's own
process (``dnnlab.track``) keeps its collector as it is.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

_paused = False


def pause_gc() -> None:
    """Turn the cyclic collector off for the start-up (a no-op when it is already off)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_gc() -> None:
    """Freeze what the start-up made and turn the collector back on; a no-op unless
    :func:`pause_gc` turned it off (a user's own process, or a second call)."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


@contextlib.contextmanager
def paused_gc(when: bool = True) -> Iterator[None]:
    """The block without the collector (``when`` true), resumed at its end unless something
    inside resumed it already (the training's start, :func:`resume_gc`)."""
    if when:
        pause_gc()
    try:
        yield
    finally:
        resume_gc()
