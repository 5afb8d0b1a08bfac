"""A buffered metric writer.

One ``log_metric`` call costs milliseconds on SQLite, more than a training step of a small
model, so metrics are queued by the training thread and written in ``log_batch`` calls of up to
1000 metrics by a writer thread. ``flush()`` blocks until everything queued is written; it is
called on epoch end, on failure, on interrupt and at exit, so nothing logged is lost.
"""

from __future__ import annotations

import atexit
import contextlib
import threading
import time
from collections.abc import Mapping

from mlflow import MlflowClient
from mlflow.entities import Metric

from dnnlab.tracking._store import MAX_METRICS_PER_BATCH, retrying


class MetricBuffer:
    """Queue metrics from the training loop and write them with ``log_batch`` off its thread.

    ``log`` only appends to a list (microseconds); a writer thread drains it in batches.
    Write errors are retried with exponential back-off for ``retry_timeout`` seconds (a
    restarting tracking server loses nothing); after that the error is raised on the next
    ``flush``/``log`` so the run fails with a clear message instead of hanging.
    """

    def __init__(
        self,
        client: MlflowClient,
        run_id: str,
        batch_size: int = MAX_METRICS_PER_BATCH,
        interval: float = 0.5,
        retry_timeout: float = 120.0,
    ) -> None:
        self.client = client
        self.run_id = run_id
        self.batch_size = batch_size
        self.interval = interval
        self.retry_timeout = retry_timeout
        self.retry_counter = [0]  # shared with other writers of the run (checkpoints)
        # (key, value, timestamp, step) tuples: the Metric objects are built on the writer
        # thread, off the training loop's critical path
        self._pending: list[tuple[str, float, int, int]] = []
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._idle = threading.Condition()
        self._in_flight = 0
        self._error: BaseException | None = None
        self._closed = False
        self._thread = threading.Thread(target=self._run, name="dnnlab-metrics", daemon=True)
        self._thread.start()
        atexit.register(self.close)

    # -- training thread -----------------------------------------------------------------
    def log(self, metrics: Mapping[str, float], step: int, timestamp: int | None = None) -> None:
        self._raise_if_failed()
        ts = timestamp if timestamp is not None else int(time.time() * 1000)
        step = int(step)
        new = [(k, v, ts, step) for k, v in metrics.items()]
        with self._lock:
            self._pending.extend(new)
            n = len(self._pending)
        if n >= self.batch_size:
            self._wake.set()

    def flush(self, timeout: float | None = None) -> None:
        """Block until every metric logged so far is written (or raise the writer's error)."""
        deadline = None if timeout is None else time.monotonic() + timeout
        self._wake.set()
        with self._idle:
            while (self._pending or self._in_flight) and self._error is None:
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    raise TimeoutError("metrics not flushed in time")
                self._wake.set()
                self._idle.wait(timeout=0.05 if left is None else min(left, 0.05))
        self._raise_if_failed()

    def close(self) -> None:
        if self._closed:
            return
        try:
            if self._error is None:
                self.flush()
        finally:
            self._closed = True
            self._wake.set()
            self._thread.join(timeout=5)
            with contextlib.suppress(Exception):
                atexit.unregister(self.close)

    # -- writer thread --------------------------------------------------------------------
    def _raise_if_failed(self) -> None:
        if self._error is not None:
            err = self._error
            raise RuntimeError(f"writing metrics to MLflow failed: {err}") from err

    def _take(self) -> list[Metric]:
        with self._lock:
            raw = self._pending[: self.batch_size]
            del self._pending[: self.batch_size]
            self._in_flight = len(raw)
        return [Metric(k, float(v), ts, step) for k, v, ts, step in raw]

    def _run(self) -> None:
        while True:
            self._wake.wait(timeout=self.interval)
            self._wake.clear()
            while True:
                batch = self._take()
                if not batch:
                    break
                try:
                    self._write(batch)
                except BaseException as err:  # surfaced on the training thread
                    self._error = err
                    with self._idle:
                        self._idle.notify_all()
                    return
            with self._idle:
                self._in_flight = 0
                self._idle.notify_all()
            if self._closed:
                return

    def _write(self, batch: list[Metric]) -> None:
        retrying(lambda: self.client.log_batch(self.run_id, metrics=batch, synchronous=True),
                 self.retry_timeout, "log_batch", self.retry_counter)

    @property
    def retries(self) -> int:
        return self.retry_counter[0]
