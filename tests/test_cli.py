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
from dnnlab.tracking._store import create_sqlite_store
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
    "loss_mismatch": (lambda t: {**TINY, "train": {"loss": "mae"}}, "regression loss"),
    "cnn_on_tabular": (lambda t: {**TINY, "data": {"dataset": "breast_cancer"},
                                  "model": {"kind": "cnn"}}, "model.kind"),
    "nesterov_sgd_without_momentum": (
        lambda t: {**TINY, "optim": {"name": "sgd", "nesterov": True}}, "nesterov"),
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
    # the store exists, complete, before the child starts: polling a store the child is still
    # migrating (without its lock) raced the migration and left the child with no run
    create_sqlite_store(uri, tmp_path / "mlflow.db")
    proc = subprocess.Popen([sys.executable, "-m", "dnnlab.cli", "train", str(path),
                             "--tracking-uri", uri, "-q"], cwd=tmp_path, env=_env(tmp_path),
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    client = MlflowClient(uri)
    deadline = time.time() + 240
    run = None
    while time.time() < deadline and proc.poll() is None:
        time.sleep(0.5)
        runs = all_runs(client)
        if runs and "val/loss" in client.get_run(runs[0].info.run_id).data.metrics:
            run = runs[0]
            break
    if run is None:
        proc.kill()
        out, err = proc.communicate(timeout=60)
        raise AssertionError(
            f"the run never logged an epoch (exit {proc.returncode}): {err[-2000:]}")
    # let the next epoch log some steps into the buffer (not yet flushed): on a loaded machine
    # the signal could otherwise land before its first step
    time.sleep(1.0)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    final = client.get_run(run.info.run_id)
    assert final.info.status == "KILLED"
    steps = [m.step for m in client.get_metric_history(run.info.run_id, "train/loss")]
    # every step trained before the signal is in the store, in order, none missing
    assert steps == list(range(1, len(steps) + 1))
    assert len(steps) > int(final.data.params["steps_per_epoch"])


# ----------------------------------------------------------------------------- the diagnosis


def test_train_reports_the_diagnosis_in_json_and_text(tmp_path, tracking_uri, client):
    from dnnlab.diagnose import VERDICTS

    path = write(tmp_path / "exp.yaml", TINY)
    res = runner.invoke(app, ["train", str(path), "--tracking-uri", tracking_uri, "--json"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    diag = obj["diagnosis"]
    assert set(diag) == {"verdict", "next_step", "findings"} and diag["verdict"] in VERDICTS
    tags = client.get_run(obj["run_id"]).data.tags
    # the same diagnosis the run stored: its verdict and each finding's severity
    assert diag["verdict"] == tags["diagnosis.verdict"]
    assert {f["code"]: f["severity"] for f in diag["findings"]} == {
        k[len("diagnosis."):]: v for k, v in tags.items()
        if k.startswith("diagnosis.") and k not in ("diagnosis.summary", "diagnosis.verdict")}
    for f in diag["findings"]:
        assert set(f) == {"code", "severity", "evidence", "advice"}

    res = runner.invoke(app, ["train", str(path), "--tracking-uri", tracking_uri, "-q"])
    assert res.exit_code == 0, res.output
    run_id = next(r.info.run_id for r in all_runs(client) if r.info.run_id != obj["run_id"])
    verdict = client.get_run(run_id).data.tags["diagnosis.verdict"]
    lines = res.stderr.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("verdict: "))
    assert lines[at] == f"verdict: {verdict}"  # after the summary table, then the next step
    assert at > next(i for i, line in enumerate(lines) if line.startswith("MLflow run id"))
    assert lines[at + 1].startswith("next step: ")


def test_train_without_diagnosis_reports_null(tmp_path, tracking_uri, client):
    path = write(tmp_path / "exp.yaml", TINY)
    res = runner.invoke(app, ["train", str(path), "--tracking-uri", tracking_uri, "--json",
                              "--set", "diagnose.enabled=false"])
    assert res.exit_code == 0, res.output
    obj = json.loads(res.stdout)
    assert obj["diagnosis"] is None
    assert "diagnosis.verdict" not in client.get_run(obj["run_id"]).data.tags


def _no_metrics(client: MlflowClient) -> str:
    exp = client.create_experiment("empty")
    run_id = client.create_run(exp).info.run_id
    client.log_param(run_id, "optimizer", "adam")
    client.set_terminated(run_id)
    return run_id


def _deleted(client: MlflowClient) -> str:
    from mlflow.entities import Metric

    exp = client.create_experiment("trash")
    run_id = client.create_run(exp).info.run_id
    client.log_batch(run_id, metrics=[Metric("loss", 2.0 - i / 100, 0, i) for i in range(200)])
    client.set_terminated(run_id)
    client.delete_run(run_id)
    return run_id


# (case id, the run id to diagnose, exit code, a fragment of the one-line error)
BAD_DIAGNOSE = {
    "malformed": (lambda c: "not-a-run", 2, "not an MLflow run id"),
    "missing": (lambda c: "f" * 32, 2, "not found"),
    "deleted": (_deleted, 2, "is deleted"),
    "no_metrics": (_no_metrics, 1, "needs a training loss curve (train/loss, or an alias"),
}


@pytest.mark.parametrize("as_json", [False, True], ids=["text", "json"])
@pytest.mark.parametrize("case", sorted(BAD_DIAGNOSE))
def test_diagnose_bad_input_is_one_line_and_writes_nothing(case, as_json, tracking_uri,
                                                            client):
    build, code, fragment = BAD_DIAGNOSE[case]
    client.search_experiments()  # the store exists
    run_id = build(client)
    before = {r.info.run_id: (dict(r.data.tags), [a.path for a in client.list_artifacts(
        r.info.run_id)]) for r in client.search_runs(
        [e.experiment_id for e in client.search_experiments(view_type=3)], run_view_type=3)}
    args = ["diagnose", run_id, "--tracking-uri", tracking_uri, "--log"]
    res = runner.invoke(app, args + (["--json"] if as_json else []))
    assert res.exit_code == code, (case, res.output)
    err = res.stderr.strip()
    assert err.startswith("error: ") and "\n" not in err and fragment in err, err
    assert res.stdout == "" and "Traceback" not in res.output
    after = {r.info.run_id: (dict(r.data.tags), [a.path for a in client.list_artifacts(
        r.info.run_id)]) for r in client.search_runs(
        [e.experiment_id for e in client.search_experiments(view_type=3)], run_view_type=3)}
    assert after == before  # --log wrote nothing, no run appeared


def test_diagnose_text_starts_with_the_verdict_and_json_carries_it(tmp_path, tracking_uri,
                                                                   client):
    path = write(tmp_path / "exp.yaml", TINY)
    res = runner.invoke(app, ["train", str(path), "--tracking-uri", tracking_uri, "--json"])
    run_id = json.loads(res.stdout)["run_id"]
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", tracking_uri, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert {"verdict", "next_step", "findings", "checked", "skipped", "inputs"} <= set(out)
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", tracking_uri])
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0] == f"verdict: {out['verdict']}"
    assert lines[1].startswith("next step: ")
    shown = [ln.split()[1] for ln in lines[2:] if ln.split()[:1] in (["info"], ["warning"],
                                                                      ["critical"])]
    assert shown == [f["code"] for f in out["findings"]]  # cause first, as stored


def test_an_option_of_another_optimiser_is_dropped_with_a_note(tmp_path):
    """--set optim.name=adam on a file that says nesterov: true switches the optimiser."""
    from dnnlab.config import flatten, load_config

    path = tmp_path / "e.yaml"
    path.write_text(yaml.safe_dump({**TINY, "optim": {"name": "sgd", "momentum": 0.9,
                                                      "nesterov": True}}))
    cfg = load_config(path, ["optim.name=adam"])
    assert cfg.optim.name == "adam" and cfg.optim.nesterov is False
    assert "optim.nesterov" not in flatten(cfg) and "optim.momentum" not in flatten(cfg)


def test_the_dashboards_streamlit_runs_no_full_collection_after_each_script_run(tmp_path):
    """`dnnlab dashboard` and `streamlit run` from the checkout both turn Streamlit's
    after-every-run full garbage collection off (the browser test starts the server with the
    command's own options, so Streamlit accepts them)."""
    from dnnlab.cli import streamlit_command

    cmd = streamlit_command(Path("app.py"), "127.0.0.1", 8501)
    assert cmd[cmd.index("--runner.postScriptGC") + 1] == "false"
    code = ("import streamlit.config as c; c.get_config_options(force_reparse=True); "
            "print(c.get_option('runner.postScriptGC'))")
    root = Path(__file__).resolve().parents[1]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, timeout=60)
    assert out.stdout.strip().splitlines()[-1] == "False", out.stderr
    elsewhere = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                               text=True, timeout=60)
    assert elsewhere.stdout.strip().splitlines()[-1] == "True"  # Streamlit's own default


def test_the_command_list_gives_each_command_a_one_sentence_summary():
    out = runner.invoke(app, ["--help"], terminal_width=100).output
    listing = out[out.index("Commands"):]
    for command in ("train", "diagnose", "sanity", "study", "study-report", "dashboard"):
        assert f"│ {command} " in listing, command
    assert "Exit 2" not in listing  # the details stay on the command's own help page
    detail = runner.invoke(app, ["diagnose", "--help"], terminal_width=100).output
    assert "Exit 2 for a run that is not there (or deleted)" in " ".join(detail.split())
