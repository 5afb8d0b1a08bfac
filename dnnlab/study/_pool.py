"""Several worker processes on one machine: worker 0 runs in the calling process (one import
of torch and MLflow fewer), workers 1..N-1 are spawned; all claim tickets from the shared
storage. A process that dies has its trial re-queued and is replaced while tickets remain.

A spawned process spends seconds importing torch and MLflow, so :meth:`WorkerPool.boot`
starts them before the study is set up; they wait for their :class:`WorkerSpec` on a pipe
(``None``: the set-up failed, exit without touching any store).
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


def threads_per_worker(workers: int) -> int:
    """The machine's cores shared out between ``workers`` processes (torch intra-op threads)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, (cpus or 1) // workers)


def boot_main(conn: Any) -> None:
    """Entry point of a spawned worker: warm up while the parent sets the study up, then run
    the spec it sends (``None``: exit). Its imports run without full garbage collections, which
    are then frozen out of the collector's walks (dnnlab/startup.py)."""
    from dnnlab.startup import pause_gc, resume_gc

    pause_gc()
    try:
        import mlflow  # noqa: F401  (the imports are the point: they take seconds)
        import torch  # noqa: F401

        import dnnlab.runner  # noqa: F401

        spec = conn.recv()
    except (EOFError, KeyboardInterrupt):  # the parent went away or Ctrl-C: nothing started
        return
    finally:
        conn.close()
        resume_gc()
    if spec is not None:
        worker_main(spec)


class WorkerPool:
    """Worker processes 1..N-1 of a study on this machine (worker 0 is the caller)."""

    def __init__(self, workers: int) -> None:
        self.workers = workers
        self.threads = threads_per_worker(workers)
        self._mp = multiprocessing.get_context("spawn")
        self._procs: dict[int, Any] = {}
        self._pipes: dict[int, Any] = {}

    @classmethod
    def boot(cls, workers: int) -> WorkerPool:
        """Spawn the N-1 processes now; they import torch and MLflow and wait for a spec."""
        pool = cls(workers)
        for i in range(1, workers):
            pool._spawn(i)
        return pool

    def _spawn(self, i: int) -> None:
        ours, theirs = self._mp.Pipe()
        p = self._mp.Process(target=boot_main, name=f"dnnlab-study-worker-{i}", daemon=False,
                             args=(theirs,))
        p.start()
        theirs.close()
        self._procs[i], self._pipes[i] = p, ours

    def _send(self, i: int, spec: WorkerSpec | None) -> None:
        pipe = self._pipes.pop(i, None)
        if pipe is None:
            return
        with contextlib.suppress(OSError):  # a process that already died: the watcher sees it
            pipe.send(spec)
        pipe.close()

    def cancel(self) -> None:
        """Tell booted processes still waiting for a spec to exit (the set-up failed), and
        wait for every process left."""
        for i in list(self._pipes):
            self._send(i, None)
        for p in self._procs.values():
            p.join(timeout=30)
            if p.exitcode is None:
                p.terminate()
        self._procs.clear()

    def run(self, spec: WorkerSpec, storage: Any, study: Any,
            emit: Callable[[int, TrialOutcome, dict[str, Any]], None]) -> None:
        """Run ``spec``'s study on every worker until no ticket is left."""
        spec = replace(spec, threads=self.threads)
        study_id = storage.get_study_id_from_name(spec.ctx.study_name)
        lock = threading.Lock()
        stop = threading.Event()
        with lock:
            for i in list(self._procs):
                self._send(i, spec)

        def watch() -> None:
            respawns = 0
            while not stop.is_set():
                with lock:
                    if not self._procs:
                        return
                    ended = [(i, p) for i, p in self._procs.items() if p.exitcode is not None]
                    for i, p in ended:
                        del self._procs[i]
                        if p.exitcode == 0:
                            continue
                        lost = recover_dead_local(study, storage, study_id,
                                                  spec.ctx.tracking_uri, spec.max_retry)
                        log.warning("study worker %d exited with code %s; re-queued trials %s",
                                    i, p.exitcode, lost)
                        if (p.exitcode != 130 and _tickets_left(study)
                                and respawns < self.workers * (spec.max_retry + 1)):
                            respawns += 1
                            self._spawn(i)
                            self._send(i, spec)
                stop.wait(0.25)

        watcher = threading.Thread(target=watch, name="dnnlab-study-watch", daemon=True)
        watcher.start()
        try:
            with _torch_threads(self.threads):
                run_worker(spec, on_trial=emit)
            watcher.join()
        except KeyboardInterrupt:
            stop.set()
            watcher.join(timeout=5)
            with lock:
                running = list(self._procs.values())
            for p in running:
                p.terminate()  # SIGTERM: the worker ends its trial like Ctrl-C
            for p in running:
                p.join(timeout=60)
            recover_dead_local(study, storage, study_id, spec.ctx.tracking_uri,
                               spec.max_retry)
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
