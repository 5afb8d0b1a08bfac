"""dnnlab's runs as a user sees them in the real MLflow UI (``mlflow server`` on the SQLite
store) in headless Chromium: the runs list without the GenAI detour, figures that render
offline, the Models tab, the Dataset column, run names that tell runs apart. Screenshots are
kept under ``test-output/mlflow-ui/``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from mlflow import MlflowClient

from dnnlab.config import load_config_dict
from dnnlab.console import mlflow_ui_link
from dnnlab.runner import run_experiment
from tests.conftest import ROOT
from tests.servers import free_port

sync_api = pytest.importorskip("playwright.sync_api")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-output" / "mlflow-ui"
if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)",
                allow_module_level=True)

EXP = {"name": "ui-digits", "data": {"dataset": "digits"},
       "model": {"kind": "cnn", "conv": [{"channels": 4}], "hidden": [16]},
       "train": {"epochs": 2, "batch_size": 64}, "tracking": {"log_model": True,
                                                              "system_metrics_interval": 0}}


@pytest.fixture(scope="module")
def ui(tmp_path_factory) -> Iterator[tuple[str, dict[str, str], str]]:
    folder = tmp_path_factory.mktemp("ui")
    uri = f"sqlite:///{folder}/mlflow.db"
    raw = {**EXP, "tracking": {**EXP["tracking"], "uri": uri}}
    runs = {
        "plain": run_experiment(load_config_dict(raw, [])).run_id,
        "lr": run_experiment(load_config_dict(raw, ["optim.lr=0.3", "data.shuffle=false"]))
        .run_id,
    }
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLFLOW_")}
    proc = subprocess.Popen([sys.executable, "-m", "mlflow", "server", "--backend-store-uri", uri,
                             "--host", "127.0.0.1", "--port", str(port)], cwd=folder, env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 120
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/health", timeout=2):
                break
        except OSError:
            time.sleep(0.5)
    else:
        proc.kill()
        pytest.fail("mlflow server did not answer on /health within 120 s")
    exp_id = MlflowClient(uri).get_run(runs["plain"]).info.experiment_id
    try:
        yield url, runs, exp_id
    finally:
        proc.terminate()
        proc.wait(20)


@pytest.fixture(scope="module")
def page(ui):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        pg = browser.new_page(viewport={"width": 1500, "height": 1000})
        yield pg
        browser.close()


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"))


def non_blank(png: bytes) -> float:
    """Standard deviation of the grey levels of a screenshot (0 for a blank image)."""
    from PIL import Image, ImageStat

    return ImageStat.Stat(Image.open(io.BytesIO(png)).convert("L")).stddev[0]


def test_the_runs_list_opens_without_a_genai_detour(ui, page):
    url, runs, exp_id = ui
    page.goto(url + "/" + mlflow_ui_link("", exp_id).lstrip("/"), wait_until="load")
    page.get_by_text("ui-digits lr=0.3 shuffle=false").first.wait_for(timeout=60000)
    page.get_by_text("ui-digits", exact=True).first.wait_for(timeout=30000)
    time.sleep(1)
    shot(page, "runs")
    body = page.inner_text("body")
    assert "Dataset" in body and "Run Name" in body
    assert "No data available for the selected time range" not in body  # the GenAI overview
    # the Dataset column names the data of each run
    assert body.count("digits (") >= 2, body[:2000]


@pytest.mark.parametrize("artifact", ["confusion_matrix.png", "confusion_matrix_normalized.png",
                                      "roc_curve.png", "learning_curves.png"])
def test_the_figures_render_offline_in_the_artifact_viewer(ui, page, artifact):
    url, runs, exp_id = ui
    link = mlflow_ui_link("", exp_id, runs["plain"]).replace("?", f"/artifacts/{artifact}?")
    # a fresh document for each figure: from the previous figure's page only the URL's hash
    # would change, and the viewer's first image stayed the previous figure's
    page.goto("about:blank")
    page.goto(url + "/" + link.lstrip("/"), wait_until="load")
    img = page.locator("img[src^='blob:']").first
    img.wait_for(timeout=60000)
    page.wait_for_function("() => [...document.images].some(i => i.src.startsWith('blob:') "
                           "&& i.complete && i.naturalWidth > 300)", timeout=30000)
    width, height = img.evaluate("i => [i.naturalWidth, i.naturalHeight]")
    assert width >= 500 and height >= 400, (artifact, width, height)
    # the image shown is this very artifact: its bytes are the stored file's
    shown = img.evaluate("async i => (await (await fetch(i.src)).arrayBuffer()).byteLength")
    stored = {f.path: f.file_size for f in MlflowClient(url).list_artifacts(runs["plain"])}
    assert shown == stored[artifact], (artifact, shown, stored)
    assert non_blank(img.screenshot()) > 20, artifact
    shot(page, artifact.replace(".png", ""))


def test_the_models_tab_lists_the_runs_models(ui, page):
    url, runs, exp_id = ui
    link = mlflow_ui_link("", exp_id).replace("?", "/models?")
    page.goto(url + "/" + link.lstrip("/"), wait_until="load")
    page.get_by_text("ui-digits lr=0.3 shuffle=false").first.wait_for(timeout=60000)
    time.sleep(1)
    shot(page, "models")
    body = page.inner_text("body")
    assert body.count("Ready") >= 2 and "ui-digits" in body


def test_the_compare_view_tells_the_runs_apart_by_their_overrides(ui, page):
    url, runs, exp_id = ui
    ids = ",".join(f'"{runs[k]}"' for k in ("plain", "lr"))
    page.goto(f"{url}/#/compare-runs?runs=[{ids}]&experiments=[\"{exp_id}\"]"
              "&workflowType=machine_learning", wait_until="load")
    page.get_by_text("Comparing 2 Runs").first.wait_for(timeout=60000)
    time.sleep(2)
    shot(page, "compare")
    body = page.inner_text("body")
    assert "ui-digits lr=0.3 shuffle=false" in body and "ui-digits\n" in body + "\n"
    # only the keys that apply: no synthetic-data options on a digits run
    assert "data.n_samples" not in body and "data.noise" not in body
