"""The figures of a run's end, drawn in a process of their own while the run logs its model.

A run's end draws two confusion-matrix PNGs, the ROC curves, the learning curves and two
offline plotly pages: about 1 s of matplotlib and plotly, plus 0.4 s to import matplotlib and
0.5 s for plotly's validators. On a thread that work still holds the interpreter the run needs;
in a process of its own it runs beside the model logging and the diagnosis, and the run's
process never imports matplotlib. Only the ``dnnlab train`` command starts it, before its own
imports: started beside a training (a user's loop) its imports would slow the steps more than
it saves at the end (2 CPUs: epochs 4.0-4.9 s against 1.1-1.4 s).

One drawing process serves every run of a Python process, one batch at a time. Whatever goes
wrong with it (it could not start, it died, it is busy with another run's batch, it took too
long) the batch is drawn in the run's own process instead: a run never loses a figure to it.
The protocol is pickled lists over the child's stdin and a private copy of its stdout; both
ends are this package.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import os
import pickle
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mlflow import MlflowClient

log = logging.getLogger("dnnlab")

# one figure: the name of a drawing function below, its positional and keyword arguments
Job = tuple[str, tuple[Any, ...], dict[str, Any]]

WAIT_S = 120.0  # a batch takes about 1 s; past this the process is taken for hung


def _jobs() -> dict[str, Callable[..., Any]]:
    from dnnlab import figures as F

    return {
        "confusion_png": F.confusion_png,
        "roc_png": F.roc_png,
        "learning_curves_png": F.learning_curves_png,
        "confusion_html": lambda cm, names, path: F.offline_html(F.confusion_figure(cm, names),
                                                                 path),
        "roc_html": lambda roc, aucs, path: F.offline_html(F.roc_figure(roc, aucs), path),
    }


def draw(jobs: Sequence[Job]) -> list[str]:
    """Draw each job here; the errors as ``name: message`` lines (an empty list: all drawn)."""
    table = _jobs()
    errors = []
    for name, args, kwargs in jobs:
        try:
            table[name](*args, **kwargs)
        except Exception as err:  # one figure must not cost the others
            errors.append(f"{name}: {type(err).__name__}: {err}")
    return errors


class Drawer:
    """The process-wide drawing process: :meth:`start` early, :meth:`submit` a batch, then
    :meth:`wait` for it (both on the thread that ends the run)."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()  # one batch at a time
        self._busy = False

    def _alive(self) -> subprocess.Popen[bytes] | None:
        proc = self._proc
        return proc if proc is not None and proc.poll() is None else None

    @property
    def pid(self) -> int | None:
        proc = self._alive()
        return proc.pid if proc is not None else None

    def start(self) -> None:
        """Start the drawing process unless one is alive (it imports its libraries at once),
        or ``DNNLAB_DRAWING_PROCESS=0`` asks to draw in the run's own process (one CPU, or
        many runs at once: the process's imports are 3.4 s of CPU that overlap nothing)."""
        if os.environ.get("DNNLAB_DRAWING_PROCESS", "1").strip().lower() in ("0", "false", "no"):
            return
        with self._lock:
            if self._alive() is not None:
                return
            env = dict(os.environ)
            root = str(Path(__file__).resolve().parents[1])
            if root not in {os.path.abspath(p) for p in sys.path if p}:  # a checkout, not
                # an installed package: the child imports this same dnnlab (after its other
                # paths, never before the standard library as site-packages would be)
                env["PYTHONPATH"] = os.pathsep.join(
                    p for p in (os.environ.get("PYTHONPATH"), root) if p)
            try:
                self._proc = subprocess.Popen(
                    [sys.executable, "-m", "dnnlab.drawing"], stdin=subprocess.PIPE,
                    stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env,
                    start_new_session=True)  # a Ctrl-C at the terminal is the run's to handle
            except OSError:
                self._proc = None

    def submit(self, jobs: Sequence[Job]) -> bool:
        """Hand a batch to the drawing process; False when it cannot take it (draw it here)."""
        with self._lock:
            proc = self._alive()
            if self._busy or proc is None or proc.stdin is None:
                return False
            try:
                pickle.dump(list(jobs), proc.stdin, protocol=pickle.HIGHEST_PROTOCOL)
                proc.stdin.flush()
            except (OSError, pickle.PicklingError, TypeError, AttributeError):
                self._discard(proc)
                return False
            self._busy = True
            return True

    def wait(self, timeout: float = WAIT_S) -> list[str] | None:
        """The submitted batch's errors, or None when the process failed it (draw it here)."""
        proc = self._proc
        if proc is None or proc.stdout is None:
            self._busy = False
            return None
        result: list[list[str] | None] = [None]

        def read() -> None:
            with contextlib.suppress(Exception):  # EOF: the process died
                result[0] = pickle.load(proc.stdout)  # type: ignore[arg-type]

        reader = threading.Thread(target=read, name="dnnlab-drawing-wait", daemon=True)
        reader.start()
        reader.join(timeout)
        with self._lock:
            self._busy = False
            if reader.is_alive() or result[0] is None:
                self._discard(proc)
                return None
        return result[0]

    def _discard(self, proc: subprocess.Popen[bytes]) -> None:
        with contextlib.suppress(Exception):
            proc.kill()
            proc.wait(timeout=5)
        if self._proc is proc:
            self._proc = None

    def close(self) -> None:
        """End the drawing process at once: nothing is left for it to draw (a batch's
        :meth:`wait` has returned), and a process that ends early, on bad input, must not wait
        for its imports."""
        proc, self._proc = self._proc, None
        if proc is None:
            return
        with contextlib.suppress(Exception):
            if proc.stdin is not None:
                proc.stdin.close()
        self._discard(proc)


DRAWER = Drawer()
atexit.register(DRAWER.close)


class FigureBatch:
    """The figures of one run's end, drawn into one folder and logged with one call:
    :meth:`add` them, :meth:`start` their drawing, do other work, then :meth:`log` them."""

    def __init__(self) -> None:
        self.jobs: list[Job] = []
        self._dir: Path | None = None
        self._submitted = False

    @property
    def folder(self) -> Path:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="dnnlab-figures-"))
        return self._dir

    def add(self, name: str, *args: Any, file: str, **kwargs: Any) -> None:
        """One figure: a drawing function's name and its arguments; ``file`` is the artifact's
        name (its path goes in after the positional arguments)."""
        self.jobs.append((name, (*args, self.folder / file), kwargs))

    def start(self) -> None:
        """Hand the figures to the drawing process (a no-op when it cannot take them)."""
        self._submitted = bool(self.jobs) and DRAWER.submit(self.jobs)

    def log(self, client: MlflowClient, run_id: str) -> None:
        """Wait for the figures (drawing here what the drawing process did not), log them."""
        try:
            errors = DRAWER.wait() if self._submitted else None
            if errors is None:
                errors = draw(self.jobs)
            self._submitted = False
            for line in errors:
                log.warning("figure not drawn for run %s: %s", run_id, line[:300])
            if self._dir is not None and any(self._dir.iterdir()):
                client.log_artifacts(run_id, str(self._dir))
        finally:
            if self._dir is not None:
                shutil.rmtree(self._dir, ignore_errors=True)
                self._dir = None


def _serve() -> None:
    """The drawing process: load the libraries, then draw each batch read from stdin until
    stdin closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    sys.stdout = sys.stderr  # a library's print must not corrupt the replies
    inp = sys.stdin.buffer
    from dnnlab.startup import paused_gc

    # its imports run beside the command's: no full collections over them
    with paused_gc(), contextlib.suppress(Exception):
        import plotly.graph_objects as go

        _jobs()
        # plotly loads each trace type's validators on its first use (0.5 s here)
        go.Figure([go.Heatmap(z=[[0.0]]), go.Scatter(x=[0], y=[0])]).to_dict()
    while True:
        try:
            jobs = pickle.load(inp)
        except (EOFError, OSError, pickle.UnpicklingError):
            return
        pickle.dump(draw(jobs), out, protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()


if __name__ == "__main__":
    _serve()
