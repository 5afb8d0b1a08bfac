"""Several worker processes on one machine: worker 0 runs in the calling process (one import
of torch and MLflow fewer), workers 1..N-1 are spawned; all claim tickets from the shared
storage. A process that dies has its trial re-queued and is replaced while tickets remain.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from dnnlab.study._objective import TrialOutcome
from dnnlab.study._worker import WorkerSpec, recover_dead_local, run_worker, worker_main

log = logging.getLogger(__name__)


def run_pool(spec: WorkerSpec, workers: int, storage: Any, study: Any,
              emit: Callable[[int, TrialOutcome, dict[str, Any]], None]) -> None:
    """Run ``spec``'s study with ``workers`` workers until no ticket is left."""
    mp = multiprocessing.get_context("spawn")
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    threads = max(1, (cpus or 1) // workers)
    study_id = storage.get_study_id_from_name(spec.ctx.study_name)
    procs: dict[int, Any] = {}
    lock = threading.Lock()
    stop = threading.Event()

    def start(i: int) -> None:
        p = mp.Process(target=worker_main, name=f"dnnlab-study-worker-{i}", daemon=False,
                       args=(replace(spec, threads=threads),))
        p.start()
        procs[i] = p

    def watch() -> None:
        respawns = 0
        while not stop.is_set():
            with lock:
                if not procs:
                    return
                ended = [(i, p) for i, p in procs.items() if p.exitcode is not None]
                for i, p in ended:
                    del procs[i]
                    if p.exitcode == 0:
                        continue
                    lost = recover_dead_local(study, storage, study_id, spec.ctx.tracking_uri,
                                              spec.max_retry)
                    log.warning("study worker %d exited with code %s; re-queued trials %s",
                                i, p.exitcode, lost)
                    if (p.exitcode != 130 and _tickets_left(study)
                            and respawns < workers * (spec.max_retry + 1)):
                        respawns += 1
                        start(i)
            stop.wait(0.5)

    with lock:
        for i in range(1, workers):
            start(i)
    watcher = threading.Thread(target=watch, name="dnnlab-study-watch", daemon=True)
    watcher.start()
    try:
        with _torch_threads(threads):
            run_worker(spec, on_trial=emit)
        watcher.join()
    except KeyboardInterrupt:
        stop.set()
        watcher.join(timeout=5)
        with lock:
            running = list(procs.values())
        for p in running:
            p.terminate()  # SIGTERM: the worker ends its trial like Ctrl-C
        for p in running:
            p.join(timeout=60)
        recover_dead_local(study, storage, study_id, spec.ctx.tracking_uri, spec.max_retry)
        raise


@contextlib.contextmanager
def _torch_threads(n: int) -> Iterator[None]:
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)


def _tickets_left(study: Any) -> bool:
    from optuna.trial import TrialState

    return bool(study.get_trials(deepcopy=False, states=(TrialState.WAITING,)))
