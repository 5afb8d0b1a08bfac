"""One verdict everywhere: the Run page shows the diagnosis `dnnlab diagnose --json` gives (the
stored diagnosis.json of an ended run, else :func:`dnnlab.runs.diagnose_run` on the whole
history), and the Runs page the ``diagnosis.verdict`` tag. Real runs, real Streamlit AppTest."""

from __future__ import annotations

import json
import re
from typing import Any

import numpy as np
import pandas as pd
import pytest
from mlflow import MlflowClient
from mlflow.entities import Metric
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from dashboards import common
from dnnlab.cli import app
from dnnlab.diagnose import diagnose
from dnnlab.runner import run_experiment
from dnnlab.tracking import use_tracking_uri
from tests.conftest import tiny
from tests.test_dashboard import open_page, texts

FINDING = re.compile(r"\*\*(\w+)\*\* \((info|warning|critical)\)")


def _keras_from_step_0(client: MlflowClient) -> str:
    """Another tool's per-epoch curves, logged from step 0: the loss falls from 2.3 to 1.1 in
    the first epoch and holds. Without step 0 the curve is flat (``not_training``)."""
    exp = client.create_experiment("keras-step0")
    rid = client.create_run(exp, run_name="fit", tags={"mlflow.source.name": "keras"}
                            ).info.run_id
    rng = np.random.default_rng(0)
    loss = np.r_[2.3, np.full(19, 1.1)] + rng.normal(0, 0.003, 20)
    for step, value in enumerate(loss):
        client.log_metric(rid, "loss", float(value), step=step)
        client.log_metric(rid, "val_loss", float(value) + 0.05, step=step)
    client.set_terminated(rid)
    return rid


def _stale_and_stored(client: MlflowClient) -> tuple[str, str]:
    """A RUNNING run whose diagnosis.json is stale, and an ended one with a stored document."""
    exp = client.create_experiment("stored")
    doc = {"summary": "divergence (critical)", "verdict": "failed",
           "next_step": "the stored next step", "checked": ["divergence"], "skipped": [],
           "inputs": {}, "findings": [{"code": "divergence", "severity": "critical",
                                       "evidence": {"metrics": ["loss"]}, "advice": "x"}]}
    ids = []
    for status in ("RUNNING", "FINISHED"):
        rid = client.create_run(exp).info.run_id
        client.log_batch(rid, metrics=[Metric("loss", 2.0 * 0.99 ** i, 0, i)
                                       for i in range(300)])
        client.log_dict(rid, doc, "diagnosis.json")
        client.set_tag(rid, "diagnosis.verdict", "failed")
        if status == "FINISHED":
            client.set_terminated(rid)
        ids.append(rid)
    return ids[0], ids[1]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    folder = tmp_path_factory.mktemp("verdict")
    uri = f"sqlite:///{folder}/mlflow.db"
    runs: dict[str, str] = {}
    with use_tracking_uri(uri):
        client = MlflowClient(uri)
        runs["healthy"] = run_experiment(tiny(
            uri, name="healthy", model={"hidden": [64]}, optim={"lr": 0.003},
            train={"epochs": 10})).run_id
        runs["diverging"] = run_experiment(tiny(
            uri, name="diverging", data={"dataset": "sine"},
            optim={"name": "sgd", "lr": 10.0, "momentum": 0.9}, train={"epochs": 5})).run_id
        runs["step0"] = _keras_from_step_0(client)
        runs["running"], runs["stored"] = _stale_and_stored(client)
    mp = pytest.MonkeyPatch()
    mp.setenv("MLFLOW_TRACKING_URI", uri)
    mp.delenv("DNNLAB_STORAGE", raising=False)
    yield {"uri": uri, "runs": runs, "client": client}
    mp.undo()


def cli_diagnosis(uri: str, run_id: str) -> dict[str, Any]:
    res = CliRunner().invoke(app, ["diagnose", run_id, "--tracking-uri", uri, "--json"])
    assert res.exit_code == 0, res.output
    return json.loads(res.stdout)


def page_diagnosis(at: AppTest) -> dict[str, Any]:
    """The verdict box, the next step and the findings (in their order) the Run page shows."""
    boxes = [str(e.value) for kind in (at.success, at.warning, at.error, at.info)
             for e in kind if "verdict `" in str(e.value)]
    assert len(boxes) == 1, boxes
    verdict = re.search(r"verdict `(\w+)`", boxes[0]).group(1)
    next_step = boxes[0].split("**Next step:** ", 1)[1]
    findings = FINDING.findall(texts(at.markdown))
    return {"verdict": verdict, "next_step": next_step, "findings": findings,
            "box": type(next(e for kind in (at.success, at.warning, at.error, at.info)
                             for e in kind if "verdict `" in str(e.value))).__name__}


@pytest.mark.parametrize("role", ["healthy", "diverging", "step0"])
def test_run_page_shows_the_verdict_and_findings_of_dnnlab_diagnose(store: dict[str, Any],
                                                                    role: str):
    run_id = store["runs"][role]
    cli = cli_diagnosis(store["uri"], run_id)
    at = open_page(common.RUN_PAGE, run=run_id)
    shown = page_diagnosis(at)
    assert shown["verdict"] == cli["verdict"]
    assert shown["next_step"] == cli["next_step"]
    assert shown["findings"] == [(f["code"], f["severity"]) for f in cli["findings"]]
    expected_box = {"healthy": "Success", "failed": "Error"}.get(cli["verdict"], "Warning")
    assert shown["box"] == expected_box
    if role == "healthy":
        assert cli["verdict"] == "healthy" and not cli["findings"]
        assert "diagnosis.json" in texts(at.caption)  # the stored one, read once
    if role == "diverging":
        assert cli["verdict"] == "failed"
        assert {"divergence", "nan_loss"} & {code for code, _ in shown["findings"]}
    if role == "step0":
        assert "computed now" in texts(at.caption)  # another tool's run: no diagnosis.json
        # step 0 is part of the diagnosis: the curve falls, it is not flat
        assert "not_training" not in [code for code, _ in shown["findings"]]
        client = store["client"]
        h = pd.DataFrame({"key": "loss", "step": [m.step for m in client.get_metric_history(
            run_id, "loss")], "value": [m.value for m in client.get_metric_history(
                run_id, "loss")]})
        assert "not_training" in diagnose(h[h.step > 0]).codes  # what dropping it showed


def test_run_page_reads_a_stored_diagnosis_unless_the_run_is_still_running(
        store: dict[str, Any]):
    at = open_page(common.RUN_PAGE, run=store["runs"]["stored"])
    shown = page_diagnosis(at)
    assert (shown["verdict"], shown["next_step"]) == ("failed", "the stored next step")
    at = open_page(common.RUN_PAGE, run=store["runs"]["running"])
    shown = page_diagnosis(at)
    cli = cli_diagnosis(store["uri"], store["runs"]["running"])
    assert shown["next_step"] != "the stored next step"  # a running run's document is stale
    assert shown["verdict"] == cli["verdict"]
    assert shown["findings"] == [(f["code"], f["severity"]) for f in cli["findings"]]


def test_runs_page_has_a_verdict_column(store: dict[str, Any]):
    at = open_page()
    table = at.dataframe[0].value
    assert list(table.columns).index("verdict") == list(table.columns).index("diagnosis") + 1
    client = store["client"]
    for role in ("healthy", "diverging"):
        run_id = store["runs"][role]
        row = table[table["open"] == f"run?run={run_id}"]
        assert row["verdict"].tolist() == [client.get_run(run_id).data.tags["diagnosis.verdict"]]
    row = table[table["open"] == f"run?run={store['runs']['step0']}"]
    assert row["verdict"].tolist() == [""]  # never diagnosed: no tag, a blank cell (not "None")
