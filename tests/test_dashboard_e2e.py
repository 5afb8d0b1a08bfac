"""End to end: ``streamlit run dashboards/app.py`` on localhost, every page loaded in headless
Chromium (Debian's ``chromium`` driven by Playwright) on the store of issue 15
(:func:`tests.dashboard_store.e2e_store`: a healthy CNN, the diverged lr=0.3 unshuffled run, a
dead network, a 6-trial study, Lightning and Hugging Face runs, a run without metrics): charts
drawn (the Run page's with ECharts, ``st.echarts_chart``, and no plotly chart; the other pages'
with plotly), no error, and a screenshot of each page kept under ``test-output/dashboard-e2e/``."""

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

from dnnlab.cli import streamlit_command
from tests.conftest import ROOT
from tests.dashboard_store import STUDY, Store, e2e_store

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-output" / "dashboard-e2e"
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot'
ECHART = '[data-testid="stEChartsChart"]'  # st.echarts_chart: a div with ECharts' canvas
# the ECharts charts on the page: the option each was given (read from the React props of its
# element, as Streamlit passed it to the component), whether it is in a collapsed expander,
# and its canvas' size in CSS pixels (0 x 0, or no canvas: not drawn)
ECHARTS = """() => Array.from(document.querySelectorAll('[data-testid="stEChartsChart"]'))
  .map(el => {
    const key = Object.keys(el).find(k => k.startsWith('__reactFiber'));
    let fiber = key ? el[key] : null, spec = null;
    for (let i = 0; fiber && i < 40 && spec === null; i++, fiber = fiber.return) {
      const props = fiber.memoizedProps || {};
      if (props.element && typeof props.element.spec === 'string') spec = props.element.spec;
    }
    const canvas = el.querySelector('canvas');
    const box = canvas ? canvas.getBoundingClientRect() : {width: 0, height: 0};
    const d = el.closest('details');
    return {option: spec && JSON.parse(spec), hidden: d !== null && !d.open,
            size: [box.width, box.height], aria: el.getAttribute('aria-label') || ''};
  })"""
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
    # the command `dnnlab dashboard` runs (its Streamlit options included)
    proc = subprocess.Popen(
        streamlit_command(ROOT / "dashboards" / "app.py", "127.0.0.1", port)
        + ["--server.fileWatcherType", "none", "--", "--tracking-uri", store.uri],
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
    """Wait until Streamlit has finished the script run and the charts have drawn."""
    page.wait_for_function(IDLE, timeout=90_000)
    page.wait_for_timeout(400)
    page.wait_for_function(IDLE, timeout=90_000)


def echarts(page: Any) -> list[dict[str, Any]]:
    """The ECharts charts drawn on the page (see ``ECHARTS``)."""
    return page.evaluate(ECHARTS)


def echart(page: Any, title: str) -> dict[str, Any]:
    """The option of the drawn ECharts chart whose title starts with ``title``."""
    found = [c["option"] for c in echarts(page)
             if c["option"] and c["option"]["title"]["text"].startswith(title)]
    assert found, (title, [c["option"] and c["option"]["title"]["text"]
                           for c in echarts(page)])
    return found[0]


def main_axis(option: dict[str, Any], which: str) -> dict[str, Any]:
    axes = option[f"{which}Axis"]
    return axes[0] if isinstance(axes, list) else axes


def lanes(option: dict[str, Any]) -> list[dict[str, Any]]:
    """The finding lanes: the bands on the lane grid (grid 1, above the curves)."""
    return [{"label": a["name"], "y0": a["yAxis"], "y1": b["yAxis"]}
            for s in option["series"] if s.get("yAxisIndex") == 1
            for a, b in s["markArea"]["data"]]


def visit(page: Any, url: str, name: str, n_charts: int, text: str,
          kind: str = "plotly") -> None:
    page.goto(url, wait_until="domcontentloaded")
    page.get_by_text(text, exact=False).first.wait_for(timeout=90_000)
    if n_charts:
        page.locator(CHART if kind == "plotly" else f"{ECHART} canvas").nth(
            n_charts - 1).wait_for(state="attached", timeout=90_000)
    settle(page)
    check_and_shoot(page, name, n_charts, kind)


def open_tab(page: Any, label: str, name: str, n_charts: int) -> None:
    """Click one of the Run page's tabs (lazy: its script part runs then) and shoot it."""
    page.get_by_role("tab", name=label).click()
    page.locator(f"{ECHART} canvas").nth(n_charts - 1).wait_for(state="attached",
                                                                 timeout=90_000)
    settle(page)
    assert "tab=" + label.replace(" ", "+") in page.url  # the open tab is in the URL
    check_and_shoot(page, name, n_charts, "echarts")


def check_and_shoot(page: Any, name: str, n_charts: int, kind: str = "plotly") -> None:
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
    if kind == "echarts":  # the Run page: ECharts only (one plotly chart loads plotly.js)
        assert page.locator(CHART).count() == 0, name
        found = echarts(page)
        shown = [c for c in found if not c["hidden"]]
        assert len(found) >= n_charts, (name, len(found))
        assert all(c["size"][0] > 100 and c["size"][1] > 100 for c in shown), (name, found)
        assert all(c["option"] and c["option"]["title"]["text"] for c in found), name
        assert all("This is a chart about" in c["aria"] for c in shown), name  # titled
        return
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

            visit(page, f"{url}/run?run={r['healthy']}", "02-run-healthy", 3, "Healthy",
                  "echarts")
            assert len(echarts(page)) == 3  # the first tab's curves only: the tabs are lazy
            loss = echart(page, "Training vs validation loss")
            # the best epoch, and no band but the 3-epoch run's not_converged info
            vlines = [m for s in loss["series"] for m in (s.get("markLine") or {}).get("data", [])
                      if "xAxis" in m]
            assert [m["label"]["formatter"][:10] for m in vlines] == ["best epoch"], vlines
            assert all(lane["label"].startswith("not_converged") for lane in lanes(loss))
            open_tab(page, "Inside the network", "02b-run-healthy-network", 4)
            assert echart(page, "Update ratio ‖ΔW‖/‖W‖ per layer")["series"][0]["type"] == \
                "heatmap"
            open_tab(page, "Evaluation", "02c-run-healthy-evaluation", 3)
            echart(page, "ROC curves")

            visit(page, f"{url}/run?run={r['diverged']}", "03-run-diverged-per-epoch", 3,
                  "Learning curves", "echarts")
            page.get_by_text("per step", exact=True).click()
            settle(page)
            check_and_shoot(page, "04-run-diverged-per-step", 3, "echarts")
            loss = echart(page, "Training vs validation loss")
            assert main_axis(loss, "x")["name"] == "optimisation step"
            assert main_axis(loss, "y")["max"] < 20  # the bulk near 2.3 is visible ...
            marks = [s for s in loss["series"] if s.get("symbol") == "triangle"]
            assert marks and max(p[2] for p in marks[0]["data"]) > 1000  # ... 1646 is marked
            found = lanes(loss)
            assert found and all(lane["y1"] - lane["y0"] <= 1 for lane in found)
            main, lane_grid = loss["grid"]
            assert lane_grid["top"] + lane_grid["height"] <= main["top"]  # above the curves

            visit(page, f"{url}/run?run={r['dead']}", "05-run-dead", 3, "dead_relu", "echarts")
            open_tab(page, "Inside the network", "05b-run-dead-network", 4)
            page.get_by_text("log axis has no 0", exact=False).first.wait_for(timeout=90_000)
            visit(page, f"{url}/run?run={r['lightning']}", "06-run-lightning", 2,
                  "not logged by dnnlab", "echarts")
            val = next(s for s in echart(page, "Training vs validation loss")["series"]
                       if s.get("name") == "val_loss")
            assert [p[0] for p in val["data"]][:1] == [1]
            visit(page, f"{url}/run?run={r['hf']}", "07-run-huggingface", 3,
                  "not logged by dnnlab", "echarts")
            visit(page, f"{url}/run?run={r['empty']}", "08-run-no-metrics", 0,
                  "has no metrics logged", "echarts")
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
    assert len(shots) == 15 and all(p.stat().st_size > 10_000 for p in shots)


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
