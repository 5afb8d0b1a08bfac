"""``dnnlab train`` from the command line: bad input, --json, interrupts."""

from __future__ import annotations

import json
import os
import signal
import struct
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from mlflow import MlflowClient
from typer.testing import CliRunner

from dnnlab.cli import app
from tests.conftest import ROOT, all_runs

runner = CliRunner()

TINY = {
    "name": "cli",
    "data": {"dataset": "digits"},
    "model": {"kind": "mlp", "hidden": [16]},
    "optim": {"lr": 0.01},
    "train": {"epochs": 2},
    "tracking": {"log_model": False},
}


def write(path: Path, data: dict) -> Path:
    path.write_text(yaml.safe_dump(data))
    return path


def invoke(args: list[str], uri: str):
    return runner.invoke(app, ["train", *args, "--tracking-uri", uri, "-q"])


def _csv(tmp: Path, text: str) -> str:
    p = tmp / "data.csv"
    p.write_text(text)
    return str(p)


def _bad_idx(tmp: Path) -> str:
    raw = tmp / "mnist" / "MNIST" / "raw"
    raw.mkdir(parents=True)
    for split, n in (("train", 6), ("t10k", 2)):
        # images of the wrong shape: 20 x 20 instead of 28 x 28
        (raw / f"{split}-images-idx3-ubyte").write_bytes(
            struct.pack(">IIII", 0x803, n, 20, 20) + bytes(n * 400))
        (raw / f"{split}-labels-idx1-ubyte").write_bytes(struct.pack(">II", 0x801, n) + bytes(n))
    return str(tmp / "mnist")


# (case id, how to build the experiment file / args, a fragment the error must contain)
BAD_FILES = {
    "unknown_key": (lambda t: {**TINY, "optim": {"lrr": 0.1}}, "unknown key 'optim.lrr'"),
    "bad_choice": (lambda t: {**TINY, "optim": {"name": "sgdd"}}, "choose one of"),
    "bad_type": (lambda t: {**TINY, "train": {"epochs": "many"}}, "train.epochs"),
    "negative_lr": (lambda t: {**TINY, "optim": {"lr": -1}}, "optim.lr"),
    "csv_missing": (lambda t: {**TINY, "data": {"dataset": "csv", "path": str(t / "nope.csv"),
                                                "target": "y"}}, "nope.csv"),
    "csv_empty": (lambda t: {**TINY, "data": {"dataset": "csv", "path": _csv(t, ""),
                                              "target": "y"}}, "empty"),
    "csv_non_numeric": (lambda t: {**TINY, "data": {
        "dataset": "csv", "target": "y",
        "path": _csv(t, "a,b,y\n" + "".join(f"{i},x{i},{i % 2}\n" for i in range(40)))}}, "'b'"),
    "csv_nan": (lambda t: {**TINY, "data": {
        "dataset": "csv", "target": "y",
        "path": _csv(t, "a,b,y\n" + "".join(f"{i},{'' if i == 7 else i},{i % 2}\n"
                                            for i in range(40)))}}, "b"),
    "csv_no_target": (lambda t: {**TINY, "data": {
        "dataset": "csv", "target": "label",
        "path": _csv(t, "a,y\n" + "".join(f"{i},{i % 2}\n" for i in range(40)))}}, "label"),
    "mnist_absent": (lambda t: {**TINY, "data": {"dataset": "mnist", "root": str(t / "nodata")}},
                     "download"),
    "mnist_wrong_shape": (lambda t: {**TINY, "data": {"dataset": "mnist", "root": _bad_idx(t)}},
                          "28"),
    "loss_mismatch": (lambda t: {**TINY, "train": {"loss": "mse"}}, "regression loss"),
    "cnn_on_tabular": (lambda t: {**TINY, "data": {"dataset": "breast_cancer"},
                                  "model": {"kind": "cnn"}}, "model.kind"),
    "nesterov_adam": (lambda t: {**TINY, "optim": {"name": "adam", "nesterov": True}},
                      "nesterov"),
    "fractions": (lambda t: {**TINY, "data": {"val_fraction": 0.5, "test_fraction": 0.5}},
                  "val_fraction"),
    "freeze_unknown": (lambda t: {**TINY, "model": {"freeze": ["conv9"]}}, "conv9"),
    "init_from_unknown": (lambda t: {**TINY, "model": {"init_from": "0" * 32}}, "not found"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_experiment_files(case, tmp_path, tracking_uri, client):
    build, fragment = BAD_FILES[case]
    path = write(tmp_path / "exp.yaml", build(tmp_path))
    res = invoke([str(path)], tracking_uri)
    assert res.exit_code == 2, (case, res.output)
    err = res.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err, err
    assert fragment in err, (fragment, err)
    assert "Traceback" not in res.output
    assert all_runs(client) == []  # nothing half-written


BAD_ARGS = {
    "file_missing": (["nope.yaml"], "not found"),
    "override_no_equals": (["{exp}", "--set", "optim.lr"], "dotted.key=value"),
    "override_into_value": (["{exp}", "--set", "optim.lr.x=1"], "is a value"),
    "override_unknown": (["{exp}", "--set", "model.widht=3"], "unknown key 'model.widht'"),
    "not_yaml": (["{bad}"], "not valid YAML"),
    "not_mapping": (["{list}"], "mapping"),
    "resume_bad_id": (["--resume", "abc"], "run id"),
    "resume_with_set": (["--resume", "0" * 32, "--set", "optim.lr=1"], "--set"),
}


@pytest.mark.parametrize("case", sorted(BAD_ARGS))
def test_bad_arguments(case, tmp_path, tracking_uri, client):
    args, fragment = BAD_ARGS[case]
    files = {"exp": write(tmp_path / "exp.yaml", TINY)}
    files["bad"] = tmp_path / "bad.yaml"
    files["bad"].write_text("data: {dataset: digits\nmodel: [\n")
    files["list"] = tmp_path / "list.yaml"
    files["list"].write_text("- a\n- b\n")
    args = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    res = invoke(args, tracking_uri)
    assert res.exit_code == 2, res.output
    err = res.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err and fragment in err, err
    assert all_runs(client) == []


@pytest.mark.parametrize("uri,fragment", [
    ("http://127.0.0.1:9", "cannot reach tracking server"),
    ("sqlite:////nonexistent/folder/mlflow.db", "does not exist"),
    ("postgresql://dnn:s3cret@127.0.0.1:9/mlflow", "cannot connect"),
])
def test_unreachable_tracking_store(tmp_path, uri, fragment):
    path = write(tmp_path / "exp.yaml", TINY)
    res = runner.invoke(app, ["train", str(path), "--tracking-uri", uri, "-q"])
    assert res.exit_code == 2
    err = res.stderr.strip()
    assert fragment in err and "\n" not in err
    assert "s3cret" not in res.output  # never print a password


def test_json_output_is_one_object(tmp_path, tracking_uri, client):
    path = write(tmp_path / "exp.yaml", TINY)
    res = runner.invoke(app, ["train", str(path), "--tracking-uri", tracking_uri, "--json",
                              "--set", "optim.lr=0.02"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)  # exactly one JSON object and nothing else
    assert set(obj) >= {"run_id", "experiment_id", "status", "metrics"}
    assert obj["status"] == "FINISHED"
    run = client.get_run(obj["run_id"])
    assert run.data.params["optim.lr"] == "0.02"
    assert obj["metrics"]["test/accuracy"] == pytest.approx(run.data.metrics["test/accuracy"])


def _env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_subprocess_bad_input_has_no_traceback(tmp_path):
    path = write(tmp_path / "exp.yaml", {**TINY, "model": {"activation": "relu6"}})
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "train", str(path)],
                          capture_output=True, text=True, cwd=tmp_path, env=_env(tmp_path),
                          timeout=120)
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), proc.stderr
    assert "model.activation='relu6' is not allowed; choose one of" in lines[0]
    assert not (tmp_path / "mlflow.db").exists()  # no store, no half-made run


def test_sigterm_marks_run_killed_and_flushes(tmp_path):
    uri = f"sqlite:///{tmp_path}/mlflow.db"
    path = write(tmp_path / "exp.yaml", {**TINY, "train": {"epochs": 500, "batch_size": 16}})
    proc = subprocess.Popen([sys.executable, "-m", "dnnlab.cli", "train", str(path),
                             "--tracking-uri", uri, "-q"], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    client = MlflowClient(uri)
    deadline = time.time() + 120
    run = None
    while time.time() < deadline:
        time.sleep(0.5)
        runs = all_runs(client) if (tmp_path / "mlflow.db").exists() else []
        if runs and "val/loss" in client.get_run(runs[0].info.run_id).data.metrics:
            run = runs[0]
            break
    assert run is not None, "the run never logged an epoch"
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    final = client.get_run(run.info.run_id)
    assert final.info.status == "KILLED"
    steps = [m.step for m in client.get_metric_history(run.info.run_id, "train/loss")]
    # every step trained before the signal is in the store, in order, none missing
    assert steps == list(range(1, len(steps) + 1))
    assert len(steps) > int(final.data.params["steps_per_epoch"])
