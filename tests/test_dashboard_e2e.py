"""End to end: ``streamlit run dashboards/app.py`` on localhost, each page loaded in headless
Chromium (Debian's ``chromium`` driven by Playwright), charts drawn, no error, screenshots kept
under ``test-output/screenshots/``."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.dashboard_store import Store, dashboard_store

sync_api = pytest.importorskip("playwright.sync_api")

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
SHOTS = ROOT / "test-output" / "screenshots"
CHART = '[data-testid="stPlotlyChart"] .js-plotly-plot'

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium; .ci/run does)",
                allow_module_level=True)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Store]]:
    store = dashboard_store()
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


def test_every_page_renders_its_charts_in_chromium(server: tuple[str, Store]):
    url, store = server
    assert listens_only_on_localhost(int(url.rsplit(":", 1)[1]))
    SHOTS.mkdir(parents=True, exist_ok=True)
    r = store.runs
    pages = [  # name, path, charts at least, text that must show
        ("runs", "", 0, "Runs"),
        ("run-cnn", f"run?run={r['cnn']}", 10, "Learning curves"),
        ("run-nan", f"run?run={r['nan']}", 3, "FAILED at step 3"),
        ("run-foreign", f"run?run={r['foreign']}", 2, "not logged by dnnlab"),
        ("compare", f"compare?runs={r['cnn']},{r['no_val']}", 1, "Params"),
        ("study", "study", 5, "Study diagnosis"),
        ("inspect-cnn", f"inspect?run={r['cnn']}", 6, "Saliency"),
        ("inspect-tabular", f"inspect?run={r['tabular']}", 3, "Feature attributions"),
    ]
    with sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        try:
            page = browser.new_page(viewport={"width": 1500, "height": 2600})
            for name, path, n_charts, text in pages:
                page.goto(f"{url}/{path}", wait_until="domcontentloaded")
                page.get_by_text(text, exact=False).first.wait_for(timeout=90_000)
                charts = page.locator(CHART)
                if n_charts:
                    charts.nth(n_charts - 1).wait_for(state="attached", timeout=90_000)
                else:
                    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=90_000)
                # let the script finish (the status widget shows while it runs)
                page.wait_for_function(
                    "() => !document.querySelector('[data-testid=\"stStatusWidget\"]')",
                    timeout=90_000)
                page.wait_for_timeout(500)
                page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)
                assert page.locator('[data-testid="stException"]').count() == 0, name
                # the only red box allowed is the verdict of a run that failed
                errors = page.locator('[data-testid="stAlertContentError"]')
                assert errors.count() == errors.filter(has_text="verdict failed").count(), name
                drawn = page.locator(CHART).count()
                assert drawn >= n_charts, (name, drawn)
                # every chart has its title and axes drawn
                assert page.locator(f"{CHART} .gtitle").count() >= n_charts, name
        finally:
            browser.close()
    assert all((SHOTS / f"{name}.png").stat().st_size > 10_000 for name, *_ in pages)


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
