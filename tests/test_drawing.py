"""The figures of a run's end are drawn in a process of their own, started by the ``dnnlab``
command before it trains: the run's process never loads matplotlib, no figure is lost when that
process is gone or was never started, and it does not outlive the run's."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import torch
from mlflow import MlflowClient
from PIL import Image
from torch import nn

import dnnlab
from dnnlab.drawing import DRAWER, draw
from tests.conftest import ROOT

FIGURES = ("confusion_matrix.png", "confusion_matrix_normalized.png", "roc_curve.png",
           "learning_curves.png", "confusion_matrix.html", "roc_curve.html")

LOOP = r"""
import json, os, signal, sys
import torch
from torch import nn
import dnnlab
from dnnlab.drawing import DRAWER
dnnlab._owns_process = True  # as in the `dnnlab` command (MLflow's lightning import skipped)
DRAWER.start()  # as `dnnlab train` does first
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x, y = torch.randn(96, 4), torch.randint(0, 3, (96,))
with dnnlab.track(model, opt, experiment="drawn", tracking_uri=sys.argv[1],
                  task="classification", class_names=["a", "b", "c"]) as run:
    for epoch in range(3):
        for i in range(0, 96, 32):
            loss = nn.functional.cross_entropy(model(x[i:i + 32]), y[i:i + 32])
            opt.zero_grad(); loss.backward(); opt.step()
            run.step(loss)
        with torch.no_grad():
            out = model(x)
        run.epoch(val_loss=nn.functional.cross_entropy(out, y), y_true=y, y_score=out)
    drawer = DRAWER.pid
sys.stdout.write(json.dumps({"run_id": run.run_id, "pid": os.getpid(), "drawer": drawer,
                             "matplotlib": "matplotlib" in sys.modules,
                             "figures": "dnnlab.figures" in sys.modules}))
sys.stdout.flush()
if sys.argv[2] == "kill":
    os.kill(os.getpid(), signal.SIGKILL)  # no exit handler runs
"""


def run_loop(tmp_path: Path, end: str) -> tuple[subprocess.CompletedProcess[str], str]:
    uri = f"sqlite:///{tmp_path / 'store.db'}"
    proc = subprocess.run([sys.executable, "-c", LOOP, uri, end], capture_output=True,
                          text=True, cwd=ROOT, timeout=300)
    return proc, uri


def logged(uri: str, run_id: str) -> set[str]:
    return {f.path for f in MlflowClient(uri).list_artifacts(run_id)}


def assert_png(uri: str, run_id: str, name: str, tmp_path: Path) -> None:
    path = MlflowClient(uri).download_artifacts(run_id, name, str(tmp_path))
    with Image.open(path) as img:
        assert img.format == "PNG" and img.size[0] > 200 and img.size[1] > 200


def test_a_tracked_loop_draws_its_figures_in_another_process(tmp_path):
    proc, uri = run_loop(tmp_path, "exit")
    assert proc.returncode == 0, proc.stderr[-2000:]
    out = json.loads(proc.stdout)
    assert out["drawer"] and out["drawer"] != out["pid"]
    # the run's own process never loaded the figures' code nor matplotlib
    assert out["figures"] is False and out["matplotlib"] is False
    files = logged(uri, out["run_id"])
    for name in FIGURES:
        assert name in files, name
    assert_png(uri, out["run_id"], "confusion_matrix.png", tmp_path)
    assert_png(uri, out["run_id"], "learning_curves.png", tmp_path)


def _ended(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError, IndexError):
        return True
    return state in ("Z", "X")  # a zombie has exited; only its parent's reaping is left


def test_the_drawing_process_ends_with_a_killed_run_process(tmp_path):
    proc, _ = run_loop(tmp_path, "kill")
    assert proc.returncode == -signal.SIGKILL, proc.stderr[-2000:]
    drawer = json.loads(proc.stdout)["drawer"]
    assert drawer
    deadline = time.monotonic() + 30
    while not _ended(drawer) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _ended(drawer), "the drawing process outlived the run's process"


def tracked_run(tracking_uri: str, experiment: str, before_end: Callable[[], None]) -> str:
    """A small classifier tracked for 2 epochs in this process; ``before_end`` runs just before
    the run's end draws its figures. The run's id."""
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    x, y = torch.randn(64, 4), torch.randint(0, 2, (64,))
    with dnnlab.track(model, opt, experiment=experiment, tracking_uri=tracking_uri,
                      task="classification") as run:
        for _ in range(2):
            loss = nn.functional.cross_entropy(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            run.step(loss)
            run.epoch(val_loss=loss.detach(), y_true=y, y_score=model(x).detach())
        before_end()
    return run.run_id


def test_no_figure_is_lost_when_the_drawing_process_is_gone(tracking_uri, tmp_path):
    DRAWER.start()

    def kill_it() -> None:  # it dies before the run's end hands it the figures
        pid = DRAWER.pid
        assert pid is not None
        os.kill(pid, signal.SIGKILL)
        deadline = time.monotonic() + 30
        while DRAWER.pid is not None and time.monotonic() < deadline:
            time.sleep(0.05)

    run_id = tracked_run(tracking_uri, "no-drawer", kill_it)
    files = logged(tracking_uri, run_id)
    for name in FIGURES:
        assert name in files, name
    assert_png(tracking_uri, run_id, "roc_curve.png", tmp_path)


def test_one_bad_figure_costs_only_itself(tmp_path):
    roc = pd.DataFrame({"class": ["a"] * 3 + ["b"] * 3, "fpr": [0, 0.5, 1] * 2,
                        "tpr": [0, 0.8, 1] * 2})
    errors = draw([("confusion_png", ([["x"]], ["a"], tmp_path / "bad.png"), {}),
                   ("roc_png", (roc, {"a": 0.8, "b": 0.8}, tmp_path / "roc.png"), {})])
    assert len(errors) == 1 and errors[0].startswith("confusion_png: ")
    assert (tmp_path / "roc.png").stat().st_size > 1000


def test_a_users_loop_draws_in_its_own_process_without_a_drawing_process(tracking_uri):
    # started during a user's training, the drawing process's imports would slow it (2 CPUs:
    # epochs 4.0-4.9 s against 1.6-1.7 s): only the `dnnlab` command starts it, before it trains
    DRAWER.close()

    def none_started() -> None:
        assert DRAWER.pid is None

    run_id = tracked_run(tracking_uri, "users-loop", none_started)
    files = logged(tracking_uri, run_id)
    for name in FIGURES:
        assert name in files, name


def test_the_drawing_process_can_be_turned_off(tracking_uri, monkeypatch):
    # one CPU, or many runs at once: DNNLAB_DRAWING_PROCESS=0 draws in the run's own process
    DRAWER.close()
    monkeypatch.setenv("DNNLAB_DRAWING_PROCESS", "0")
    DRAWER.start()
    assert DRAWER.pid is None
    run_id = tracked_run(tracking_uri, "turned-off", lambda: None)
    assert set(FIGURES) <= set(logged(tracking_uri, run_id))
    monkeypatch.setenv("DNNLAB_DRAWING_PROCESS", "1")
    DRAWER.start()
    assert DRAWER.pid is not None
    DRAWER.close()


def test_the_drawing_process_loads_no_scikit_learn_or_scipy() -> None:
    """The drawing process's libraries are matplotlib, plotly and pandas (the ROC table): the
    figures' functions import nothing of the computing side, whose scikit-learn and SciPy
    imports doubled that process's start (2.2 s of CPU against 1.1 s, taken from the CPUs the
    run imports and trains on)."""
    probe = ("import sys; from dnnlab.drawing import _jobs; _jobs(); "
             "print(sorted(m for m in ('sklearn', 'scipy', 'torch', 'mlflow') "
             "if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         cwd=ROOT, timeout=120, check=True)
    assert out.stdout.strip() == "[]"
