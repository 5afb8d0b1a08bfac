"""End to end: ``streamlit run dashboards/app.py`` on localhost, every page loaded in headless
Chromium (Debian's ``chromium`` driven by Playwright) on the store of issue 15
(:func:`tests.dashboard_store.e2e_store`: a healthy CNN, the diverged lr=0.3 unshuffled run, a
dead network, a 6-trial study, Lightning and Hugging Face runs, a run without metrics): charts
drawn, no error, and a screenshot of each page kept under ``test-output/dashboard-e2e/``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.dashboard_store import STUDY, Store, e2e_store

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-output" / "dashboard-e2e"
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot'
IDLE = "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')"

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)",
                allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Store]]:
    store = e2e_store()
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "DNNLAB_STORAGE"}
    env["MLFLOW_TRACKING_URI"] = store.uri
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(ROOT / "dashboards" / "app.py"),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--", "--tracking-uri", store.uri],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 90
    while time.time() < deadline:
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                if resp.read().strip() == b"ok":
                    break
        except OSError:
            time.sleep(0.3)
        if proc.poll() is not None:
            pytest.fail(f"streamlit exited: {proc.stdout.read()[-2000:]}")
    else:
        proc.kill()
        pytest.fail("streamlit did not answer on /_stcore/health within 90 s")
    try:
        yield url, store
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()


def listens_only_on_localhost(port: int) -> bool:
    """Nothing answers on the machine's other addresses (when it has one)."""
    try:
        other = socket.gethostbyname(socket.gethostname())
    except OSError:
        return True
    if other.startswith("127."):
        return True
    with socket.socket() as s:
        s.settimeout(1)
        return s.connect_ex((other, port)) != 0


def settle(page: Any) -> None:
    """Wait until Streamlit has finished the script run and plotly has drawn."""
    page.wait_for_function(IDLE, timeout=90_000)
    page.wait_for_timeout(400)
    page.wait_for_function(IDLE, timeout=90_000)


def figure(page: Any, title: str) -> dict[str, Any]:
    """The drawn plotly figure (its data and full layout) whose title starts with ``title``."""
    return page.evaluate(
        """(title) => {
             for (const el of document.querySelectorAll('.js-plotly-plot')) {
               const lay = el._fullLayout || el.layout || {};
               const t = lay.title && lay.title.text && lay.title.text.replace(/<[^>]+>/g, '');
               if (t && t.startsWith(title)) {
                 return {data: el._fullData.map(d => ({name: d.name, x: Array.from(d.x || []),
                           y: Array.from(d.y || []), symbol: d.marker && d.marker.symbol,
                           customdata: d.customdata ? Array.from(d.customdata) : null})),
                         yrange: el._fullLayout.yaxis.range,
                         shapes: (el._fullLayout.shapes || []).map(s => ({type: s.type, x0: s.x0,
                           x1: s.x1, y0: s.y0, y1: s.y1, yref: s.yref,
                           label: s.label && s.label.text}))};
               }
             }
             return null;
           }""", title)


def titles(page: Any) -> list[str]:
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('.js-plotly-plot')).map(el => {
             const lay = el._fullLayout || el.layout || {};
             return lay.title && lay.title.text;
           })""")


def visit(page: Any, url: str, name: str, n_charts: int, text: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text(text, exact=False).first.wait_for(timeout=90_000)
    if n_charts:
        page.locator(CHART).nth(n_charts - 1).wait_for(state="attached", timeout=90_000)
    settle(page)
    check_and_shoot(page, name, n_charts)


def check_and_shoot(page: Any, name: str, n_charts: int) -> None:
    # Streamlit scrolls its main pane, not the page: grow the window to the pane's height
    height = page.evaluate("document.querySelector('[data-testid=\"stMain\"]').scrollHeight")
    page.set_viewport_size({"width": 1500, "height": min(int(height) + 40, 16_000)})
    page.wait_for_timeout(600)  # plotly redraws at the new size
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
    page.set_viewport_size({"width": 1500, "height": 1100})
    assert page.locator('[data-testid="stException"]').count() == 0, name
    # the only red box allowed is the verdict of a run that failed
    errors = page.locator('[data-testid="stAlertContentError"]')
    assert errors.count() == errors.filter(has_text="verdict failed").count(), name
    drawn = page.locator(CHART).count()
    assert drawn >= n_charts, (name, drawn)
    assert page.locator(f"{CHART} .gtitle").count() >= n_charts, name  # titles drawn


def test_every_page_renders_in_chromium_with_screenshots(server: tuple[str, Store]):
    url, store = server
    assert listens_only_on_localhost(int(url.rsplit(":", 1)[1]))
    SHOTS.mkdir(parents=True, exist_ok=True)
    for old in SHOTS.glob("*.png"):
        old.unlink()
    r = store.runs
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 1100})
            visit(page, f"{url}/", "01-runs", 0, "With warnings or worse")
            table = page.locator('[data-testid="stDataFrame"]').first
            table.wait_for(timeout=90_000)
            n_runs = int(page.locator('[data-testid="stMetricValue"]').first.inner_text())
            # every run of the page fits (Streamlit's default height shows about ten)
            assert table.bounding_box()["height"] >= 35 * (min(n_runs, 28) + 1), n_runs

            visit(page, f"{url}/run?run={r['healthy']}", "02-run-healthy", 10, "Healthy")
            loss = figure(page, "Training vs validation loss")
            assert loss is not None, titles(page)
            # the best epoch, and no band but the 3-epoch run's not_converged info
            assert [s["type"] for s in loss["shapes"] if s["type"] != "rect"] == ["line"]
            assert all((s["label"] or "").startswith("not_converged")
                       for s in loss["shapes"] if s["type"] == "rect"), loss["shapes"]

            visit(page, f"{url}/run?run={r['diverged']}", "03-run-diverged-per-epoch", 6,
                  "Learning curves")
            page.get_by_text("per step", exact=True).click()
            settle(page)
            check_and_shoot(page, "04-run-diverged-per-step", 6)
            loss = figure(page, "Training vs validation loss")
            assert loss["yrange"][1] < 20  # the bulk near 2.3 is visible ...
            marks = [t for t in loss["data"] if t["symbol"] == "triangle-up"]
            assert marks and max(marks[0]["customdata"]) > 1000  # ... and the 1646 is marked
            lanes = [s for s in loss["shapes"] if s["type"] == "rect"]
            assert lanes and all(s["yref"] == "paper" and s["y1"] - s["y0"] < 0.1
                                 for s in lanes)

            visit(page, f"{url}/run?run={r['dead']}", "05-run-dead", 6, "dead_relu")
            visit(page, f"{url}/run?run={r['lightning']}", "06-run-lightning", 2,
                  "not logged by dnnlab")
            assert figure(page, "Training vs validation loss")["data"][1]["x"][:1] == [1]
            visit(page, f"{url}/run?run={r['hf']}", "07-run-huggingface", 3,
                  "not logged by dnnlab")
            visit(page, f"{url}/run?run={r['empty']}", "08-run-no-metrics", 0,
                  "has no metrics logged")
            assert page.get_by_text("No problems found").count() == 0

            visit(page, f"{url}/compare?runs={r['healthy']},{r['diverged']}", "09-compare", 1,
                  "Params")
            visit(page, f"{url}/study?study={STUDY}", "10-study", 5, "Study diagnosis")
            visit(page, f"{url}/inspect?run={r['healthy']}", "11-inspect-healthy", 6,
                  "Saliency")
            assert page.get_by_text("maps are flat").count() == 0
            visit(page, f"{url}/inspect?run={r['dead']}", "12-inspect-dead", 5, "Saliency")
            page.get_by_text("fall on one point", exact=False).first.wait_for(timeout=90_000)
            assert page.get_by_text("maps are flat", exact=False).count() == 1
            check_and_shoot(page, "12-inspect-dead", 5)
        finally:
            browser.close()
    shots = sorted(SHOTS.glob("*.png"))
    assert len(shots) == 12 and all(p.stat().st_size > 10_000 for p in shots)


def test_dnnlab_dashboard_command_serves_localhost(server: tuple[str, Store]):
    _, store = server
    bad = subprocess.run([sys.executable, "-m", "dnnlab.cli", "dashboard", "--port", "0"],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert bad.returncode == 2 and "error: --port 0" in bad.stderr
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "dnnlab.cli", "dashboard", "--port",
                             str(port), "--tracking-uri", store.uri], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.time() + 90
        while time.time() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health",
                                            timeout=2) as resp:
                    assert resp.read().strip() == b"ok"
                    break
            except OSError:
                assert proc.poll() is None, proc.stdout.read()[-2000:]
                time.sleep(0.3)
        else:
            pytest.fail("dnnlab dashboard did not answer within 90 s")
        assert listens_only_on_localhost(port)
    finally:
        proc.terminate()  # the command stops its streamlit server with it
        try:
            out, _ = proc.communicate(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
            out, _ = proc.communicate()
    assert "dnnlab dashboard: http://127.0.0.1:" in out
    assert proc.returncode == 0
    with socket.socket() as s:  # the server went away with the command
        assert s.connect_ex(("127.0.0.1", port)) != 0
