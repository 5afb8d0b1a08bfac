"""The ``dnnlab`` command's start-up without the cyclic garbage collector (dnnlab/startup.py)."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import yaml
from typer.testing import CliRunner

import dnnlab
from dnnlab.cli import app
from dnnlab.startup import pause_gc, resume_gc
from tests.conftest import ROOT

# runs `dnnlab train` as the command does (dnnlab.cli.main), counting the collections made
# before and after the collector is resumed for the training, and what was imported by then
PROBE = r'''
import gc, json, os, sys
counts = {"full": 0, "any": 0}
def count(phase, info):
    if phase == "stop":
        counts["any"] += 1
        counts["full"] += info["generation"] == 2
gc.callbacks.append(count)
import dnnlab.startup
seen = {}
real_resume = dnnlab.startup.resume_gc
def resume():
    if "frozen" not in seen:
        seen.update(full_before=counts["full"], torch="torch" in sys.modules,
                    mlflow="mlflow" in sys.modules, any_before=counts["any"])
    real_resume()
    seen.setdefault("frozen", gc.get_freeze_count())
dnnlab.startup.resume_gc = resume
real_exit = os._exit
def done(code):
    seen.update(code=code, enabled_after=gc.isenabled(), any_after=counts["any"])
    print("PROBE " + json.dumps(seen), file=sys.stderr, flush=True)
    real_exit(code)
os._exit = done
sys.argv = ["dnnlab", *sys.argv[1:]]
from dnnlab.cli import main
main()
'''


def test_pause_then_resume_freezes_the_start_up_and_turns_the_collector_back_on():
    assert gc.isenabled()
    before = gc.get_freeze_count()
    try:
        pause_gc()
        assert not gc.isenabled()
        made = [[i] for i in range(1000)]  # objects made during the start-up
        resume_gc()
        assert gc.isenabled()
        assert gc.get_freeze_count() >= before + len(made)
        frozen = gc.get_freeze_count()
        resume_gc()  # a second call changes nothing
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        gc.enable()


def test_resume_is_a_no_op_in_a_process_that_did_not_pause():
    before = gc.get_freeze_count()
    gc.disable()  # a user's own choice: dnnlab leaves it as it is
    try:
        resume_gc()
        assert not gc.isenabled()
        assert gc.get_freeze_count() == before
    finally:
        gc.enable()


def test_the_train_command_starts_up_without_full_collections(tmp_path: Path):
    exp = tmp_path / "exp.yaml"
    exp.write_text(yaml.safe_dump({
        "name": "startup", "data": {"dataset": "digits"}, "model": {"kind": "mlp",
                                                                    "hidden": [16]},
        "train": {"epochs": 1}, "tracking": {"log_model": False}}))
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env.update(PYTHONPATH=str(ROOT), DNNLAB_DRAWING_PROCESS="0")
    proc = subprocess.run([sys.executable, "-c", PROBE, "train", str(exp), "-q",
                           "--tracking-uri", f"sqlite:///{tmp_path}/mlflow.db"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PROBE ")]
    assert line, proc.stderr[-2000:]
    seen = json.loads(line[-1][len("PROBE "):])
    assert seen["code"] == 0, proc.stderr[-2000:]
    assert seen["torch"] and seen["mlflow"]  # the start-up's imports were made ...
    assert seen["full_before"] == 0  # ... without one full collection over them
    assert seen["frozen"] > 100_000  # torch's, MLflow's, ... objects are never walked again
    # the training and the report are collected as usual
    assert seen["any_after"] > seen["any_before"] + 10
    assert seen["enabled_after"] is True


def test_the_study_command_and_its_workers_start_up_without_full_collections(tmp_path: Path):
    exp = tmp_path / "exp.yaml"
    exp.write_text(yaml.safe_dump({
        "name": "startup-study", "data": {"dataset": "digits"},
        "model": {"kind": "mlp", "hidden": [16]}, "train": {"epochs": 1},
        "tracking": {"log_model": False}}))
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env.update(PYTHONPATH=str(ROOT), DNNLAB_DRAWING_PROCESS="0")
    proc = subprocess.run([sys.executable, "-c", PROBE, "study", str(exp), "--n-trials", "1",
                           "-q", "--tracking-uri", f"sqlite:///{tmp_path}/mlflow.db",
                           "--storage", f"sqlite:///{tmp_path}/optuna.db"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    line = [ln for ln in proc.stderr.splitlines() if ln.startswith("PROBE ")]
    assert line, proc.stderr[-2000:]
    seen = json.loads(line[-1][len("PROBE "):])
    assert seen["code"] == 0, proc.stderr[-2000:]
    assert seen["torch"] and seen["mlflow"] and seen["full_before"] == 0
    assert seen["frozen"] > 100_000 and seen["enabled_after"] is True
    # a spawned study worker: its imports likewise, then the collector back on
    probe = ("import gc, json; from multiprocessing import Pipe; "
             "from dnnlab.study._pool import boot_main\n"
             "full = []\n"
             "gc.callbacks.append(lambda p, i: p == 'stop' and i['generation'] == 2 "
             "and full.append(1))\n"
             "a, b = Pipe(); a.send(None); boot_main(b)\n"
             "print(json.dumps([len(full), gc.isenabled(), gc.get_freeze_count()]))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env=env, timeout=300)
    full, enabled, frozen = json.loads(out.stdout.strip().splitlines()[-1])
    assert full == 0 and enabled is True and frozen > 100_000, out.stderr[-2000:]


def test_a_run_that_fails_before_its_training_turns_the_collector_back_on(tmp_path, monkeypatch):
    exp = tmp_path / "exp.yaml"
    exp.write_text(yaml.safe_dump({"name": "startup", "data": {"dataset": "digits"},
                                   "model": {"kind": "mlp", "hidden": [8]},
                                   "train": {"epochs": 1}}))
    monkeypatch.setattr(dnnlab, "_owns_process", True)  # as in the command
    before = gc.get_freeze_count()
    try:
        res = CliRunner().invoke(app, ["train", str(exp), "-q", "--tracking-uri",
                                       "http://127.0.0.1:9"])
        assert res.exit_code == 2
        assert "error:" in res.output
        assert gc.isenabled()
        assert gc.get_freeze_count() > before  # it was paused, then resumed
    finally:
        gc.unfreeze()
        gc.enable()
