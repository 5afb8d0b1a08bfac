"""``dnnlab sanity`` and ``dnnlab diagnose`` end to end on a real store."""

from __future__ import annotations

import json
from pathlib import Path

import yaml
from typer.testing import CliRunner

from dnnlab.cli import app
from tests.conftest import all_runs

runner = CliRunner()

BASE = {
    "name": "sanity",
    "data": {"dataset": "digits"},
    "model": {"kind": "mlp", "hidden": [64], "dropout": 0.5},
    "optim": {"lr": 0.01, "weight_decay": 0.1},
    "train": {"epochs": 3},
    "tracking": {"log_model": False},
}


def write(tmp_path, data):
    p = tmp_path / "exp.yaml"
    p.write_text(yaml.safe_dump(data))
    return str(p)


def test_sanity_passes_with_regularisation_switched_off(tmp_path, tracking_uri, client):
    res = runner.invoke(app, ["sanity", write(tmp_path, BASE), "--tracking-uri", tracking_uri,
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["passed"] and out["n_samples"] == 20 and out["train_accuracy"] == 1.0
    run = client.get_run(out["run_id"])
    # the sanity run really trained on 20 samples with every regulariser off
    assert run.data.params["n_train"] == "20"
    assert run.data.params["model.dropout"] == "0.0"
    assert run.data.params["optim.weight_decay"] == "0.0"
    assert run.data.tags["sanity"] == "true"
    assert out["final_loss"] <= 0.01 * out["first_loss"] or out["final_loss"] < 1e-3


def test_sanity_fails_on_a_broken_model_and_says_so(tmp_path, tracking_uri, client):
    broken = {**BASE, "model": {"kind": "mlp", "hidden": [32], "init": "zeros"},
              "optim": {"name": "sgd", "lr": 1e-6}}
    res = runner.invoke(app, ["sanity", write(tmp_path, broken), "--tracking-uri",
                              tracking_uri, "--json", "--max-epochs", "30"])
    assert res.exit_code == 1
    out = json.loads(res.stdout)
    assert not out["passed"] and "failed" in out["message"]
    run = client.get_run(out["run_id"])
    assert run.data.tags["diagnosis.sanity_failed"] == "critical"
    diag = json.loads(client.download_artifacts(out["run_id"], "diagnosis.json", str(tmp_path))
                      and (tmp_path / "diagnosis.json").read_text())
    assert diag["findings"][0]["code"] == "sanity_failed"
    # `dnnlab diagnose` (and its --log) keeps the recorded failure
    assert one_diagnosis(tmp_path, client, out["run_id"])["findings"][0] == "sanity_failed"


def one_diagnosis(tmp_path, client, run_id: str) -> dict:
    """The run's tags, its diagnosis.json and `dnnlab diagnose` (before and after --log) say
    the same: each finding's severity, in the same order, and the verdict."""
    def of_tags() -> dict:
        tags = client.get_run(run_id).data.tags
        return {"verdict": tags["diagnosis.verdict"], "severities": {
            k[len("diagnosis."):]: v for k, v in tags.items()
            if k.startswith("diagnosis.") and k not in ("diagnosis.summary", "diagnosis.verdict")}}

    def of_doc(doc: dict) -> dict:
        return {"verdict": doc["verdict"],
                "severities": {f["code"]: f["severity"] for f in doc["findings"]},
                "findings": [f["code"] for f in doc["findings"]], "summary": doc["summary"]}

    folder = tmp_path / f"dl-{run_id}"
    folder.mkdir(exist_ok=True)
    path = client.download_artifacts(run_id, "diagnosis.json", str(folder))
    stored = of_doc(json.loads(Path(path).read_text()))
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", client.tracking_uri,
                              "--json"])
    assert res.exit_code == 0, res.output
    cli = of_doc(json.loads(res.stdout))
    assert cli == stored
    assert of_tags() == {k: stored[k] for k in ("verdict", "severities")}
    assert client.get_run(run_id).data.tags["diagnosis.summary"] == stored["summary"]
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", client.tracking_uri,
                              "--log"])
    assert res.exit_code == 0, res.output
    assert of_tags() == {k: stored[k] for k in ("verdict", "severities")}
    return stored


def test_sanity_run_tags_json_and_diagnose_agree(tmp_path, tracking_uri, client):
    # memorised only after ~25 epochs of 400 planned: the validation loss has risen meanwhile,
    # and the run stopped early; the end-of-run diagnosis once judged it as still RUNNING
    # (overfitting=warning) while `dnnlab diagnose` judged the FINISHED run (info)
    slow = {**BASE, "optim": {"lr": 0.003}}
    res = runner.invoke(app, ["sanity", write(tmp_path, slow), "--tracking-uri", tracking_uri,
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["passed"] and out["epochs"] < 400
    one_diagnosis(tmp_path, client, out["run_id"])


def test_diagnose_command_json_and_tags(tmp_path, tracking_uri, client):
    exp = {**BASE, "data": {"dataset": "sine"}, "model": {"kind": "mlp", "hidden": [32, 32]},
           "optim": {"name": "sgd", "lr": 10.0, "momentum": 0.9}, "train": {"epochs": 5}}
    res = runner.invoke(app, ["train", write(tmp_path, exp), "--tracking-uri", tracking_uri,
                              "--json"])
    assert res.exit_code == 1  # FAILED
    run_id = json.loads(res.stdout)["run_id"]
    run = client.get_run(run_id)
    # the run stopped itself on a live finding and tagged it
    code = run.data.tags["stop_reason"].split(" ")[0]
    assert code in ("divergence", "non-finite")
    assert any(run.data.tags.get(f"diagnosis.{c}") == "critical"
               for c in ("divergence", "nan_loss"))
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", tracking_uri, "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert out["run_id"] == run_id
    codes = [f["code"] for f in out["findings"]]
    hit = "divergence" if "divergence" in codes else "nan_loss"
    assert hit in codes
    nan = out["findings"][codes.index(hit)]
    assert set(nan) == {"code", "severity", "evidence", "advice"}
    assert isinstance(out["skipped"], list)
    res = runner.invoke(app, ["diagnose", run_id, "--tracking-uri", tracking_uri])
    assert hit in res.output and "fix:" in res.output


def test_diagnose_a_run_logged_by_another_tool(tracking_uri, client):
    import math

    exp = client.create_experiment("foreign")
    run = client.create_run(exp)
    from mlflow.entities import Metric

    # a plain "loss" curve that falls, then an exploding tail: another tool's names
    pts = [Metric("loss", 2.0 * math.exp(-i / 50) + 0.05, 0, i) for i in range(300)]
    pts += [Metric("loss", 0.05 * 1.1 ** i, 0, 300 + i) for i in range(100)]
    for i in range(0, len(pts), 1000):
        client.log_batch(run.info.run_id, metrics=pts[i:i + 1000])
    res = runner.invoke(app, ["diagnose", run.info.run_id, "--tracking-uri", tracking_uri,
                              "--json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.stdout)
    assert "divergence" in [f["code"] for f in out["findings"]]
    assert out["skipped"]  # says which checks it could not run (no grad norms, no val curve)


def test_diagnose_bad_run_id(tracking_uri, client):
    client.search_experiments()
    res = runner.invoke(app, ["diagnose", "f" * 32, "--tracking-uri", tracking_uri])
    assert res.exit_code == 2 and "not found" in res.stderr
    assert all_runs(client) == []
