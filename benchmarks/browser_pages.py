"""Dashboard page times in a browser: ``streamlit run dashboards/app.py`` on a free localhost
port against a store, the page opened in headless Chromium (Debian's ``/usr/bin/chromium``
driven by Playwright; no browser is downloaded), timed from navigation until the page is done:

* the page's last text is on screen (the script ran to its end: Streamlit sends the elements
  in order, so every chart before it is on the page),
* no element is a placeholder (``stSkeleton``: a chart whose plotly code is still loading),
  every visible plotly chart is drawn (its ``_fullLayout`` and ``.main-svg`` exist), every
  visible ECharts chart (``st.echarts_chart``) is drawn (its canvas exists and has a nonzero
  size) and every table has its canvas,
* Streamlit is idle (no status widget: no script run in progress).

Three views per page, wall-clock seconds (plus the server's CPU seconds, from
``/proc/<pid>/stat``: on a loaded machine the wall clock also measures the wait for a core):

* ``cold``: the first view after the server starts (every cache empty, the page's Python
  imports done by this view, a new browser profile: nothing cached by the browser either);
* ``first``: the first view of this page on a server that has served another page (the Study
  page, which reads no run) in a fresh browser profile: data caches empty, imports done;
* ``repeat``: the same page again in a new tab (data and browser caches warm), median of
  ``repeats``;
* ``tab:<label>``: for a page with lazy tabs (the Run page), each other tab opened by its URL
  (``&tab=<label>``) in a new tab after the repeats, as a click on it runs only its part.

``--floor`` times a bare Streamlit page (a title and a line) the same way: the floor no page of
the dashboard goes below on this machine.

Usage (a store of your own): python benchmarks/browser_pages.py sqlite:///mlflow.db
"run?run=RUN_ID" "Findings are ordered cause first"
       python benchmarks/browser_pages.py --floor
"""

from __future__ import annotations

import contextlib
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--headless", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
WARM_PAGE = "study"  # reads no run: warms the imports and the client, not the data caches
WARM_TEXT = "No Optuna storage"  # what it says on a store without an Optuna storage

# true when the page is done: its last text shown, every visible chart (plotly or ECharts)
# drawn, tables drawn, no script run in progress; returns the number of charts drawn + 1
DONE = """([text]) => {
  const hidden = (el) => { const d = el.closest('details'); return d !== null && !d.open; };
  if (document.querySelector('[data-testid="stStatusWidget"]')) return false;
  const main = document.querySelector('[data-testid="stMain"]');
  if (!main || !main.innerText.includes(text)) return false;
  if (Array.from(main.querySelectorAll('[data-testid="stSkeleton"]')).some(e => !hidden(e))) {
    return false;
  }  // a chart still loading
  let drawn = 0;
  for (const c of document.querySelectorAll('[data-testid="stPlotlyChart"]')) {
    if (hidden(c)) continue;  // inside a collapsed expander: not drawn
    const p = c.querySelector('.js-plotly-plot');
    if (!p || !p._fullLayout || !p.querySelector('.main-svg')) return false;
    drawn += 1;
  }
  for (const c of document.querySelectorAll('[data-testid="stEChartsChart"]')) {
    if (hidden(c)) continue;
    const canvas = c.querySelector('canvas');  // ECharts draws on a canvas it sizes itself
    if (!canvas || !canvas.width || !canvas.height) return false;
    const box = canvas.getBoundingClientRect();
    if (!box.width || !box.height) return false;
    drawn += 1;
  }
  for (const t of document.querySelectorAll('[data-testid="stDataFrame"]')) {
    if (!hidden(t) && !t.querySelector('canvas')) return false;
  }
  return drawn + 1;
}"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a process (Linux ``/proc``)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


@contextlib.contextmanager
def dashboard(uri: str, timeout: float = 120) -> Iterator[tuple[str, int]]:
    """``streamlit run dashboards/app.py`` on a free localhost port reading ``uri``:
    yields its URL and process id; stopped on exit."""
    env = {k: v for k, v in os.environ.items() if k != "DNNLAB_STORAGE"}
    env["MLFLOW_TRACKING_URI"] = uri
    with serve(ROOT / "dashboards" / "app.py", ["--tracking-uri", uri], env, timeout) as served:
        yield served


@contextlib.contextmanager
def serve(app: Path, args: list[str], env: dict[str, str],
          timeout: float = 120) -> Iterator[tuple[str, int]]:
    """``streamlit run app -- args`` on a free localhost port: yields its URL and process id;
    stopped on exit."""
    port = free_port()
    env = {**env, "GIT_PYTHON_REFRESH": env.get("GIT_PYTHON_REFRESH", "quiet")}
    proc = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", str(app),
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--server.headless", "true", "--browser.gatherUsageStats", "false",
         "--server.fileWatcherType", "none", "--", *args],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + timeout
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as resp:
                    if resp.read().strip() == b"ok":
                        break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError(f"streamlit exited: {proc.stderr.read()[-2000:]}") \
                        from None
                if time.time() > deadline:
                    raise RuntimeError("streamlit did not answer on /_stcore/health") from None
                time.sleep(0.2)
        yield url, proc.pid
    finally:
        proc.terminate()
        try:
            proc.wait(15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def launch(pw: Any) -> Any:
    """Debian's headless Chromium under Playwright (no downloaded browser)."""
    return pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)


def fresh_profile(browser: Any) -> Any:
    """A new browser context: a profile of its own, nothing cached."""
    return browser.new_context(viewport={"width": 1500, "height": 1100})


def view(page: Any, url: str, text: str, pid: int, timeout_s: float = 300
         ) -> tuple[float, float, int]:
    """Open ``url`` in ``page``: (wall seconds from navigation until done, server CPU seconds,
    charts drawn)."""
    cpu = cpu_seconds(pid)
    started = time.perf_counter()
    page.goto(url, wait_until="commit")
    handle = page.wait_for_function(DONE, arg=[text], polling=50, timeout=timeout_s * 1000)
    wall = time.perf_counter() - started
    charts = int(handle.json_value()) - 1
    if page.locator('[data-testid="stException"]').count():
        raise RuntimeError(f"{url}: the page raised "
                           f"{page.locator('[data-testid=stException]').first.inner_text()}")
    return wall, cpu_seconds(pid) - cpu, charts


# the Run page's last text on its first tab, and its other tabs with theirs
RUN_TEXT = "Findings are ordered cause first"
# (every variant of the Evaluation tab, charts or not, names the confusion matrix last)
RUN_TABS = {"Inside the network": "Update ratio: how far", "Evaluation": "onfusion",
            "Params and tags": "Inspect this run's model"}


def page_times(uri: str, path: str, text: str, repeats: int = 2,
               tabs: dict[str, str] | None = None) -> dict[str, Any]:
    """The ``cold``, ``first`` and ``repeat`` wall seconds (and ``*_cpu`` server CPU seconds,
    ``charts`` drawn) of the dashboard page ``path`` (``run?run=ID``, ``runs``) on ``uri``;
    ``text``: the page's last text; ``tabs``: label -> last text of each other tab to open."""
    from playwright.sync_api import sync_playwright

    out: dict[str, Any] = {}
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            with dashboard(uri) as (url, pid):
                ctx = fresh_profile(browser)
                out["cold"], out["cold_cpu"], out["charts"] = view(
                    ctx.new_page(), f"{url}/{path}", text, pid)
                ctx.close()
            with dashboard(uri) as (url, pid):
                ctx = fresh_profile(browser)
                warm = ctx.new_page()
                view(warm, f"{url}/{WARM_PAGE}", WARM_TEXT, pid)
                ctx.close()
                ctx = fresh_profile(browser)
                out["first"], out["first_cpu"], _ = view(ctx.new_page(), f"{url}/{path}",
                                                         text, pid)
                again = [view(ctx.new_page(), f"{url}/{path}", text, pid)
                         for _ in range(repeats)]
                out["repeat"] = statistics.median(w for w, _, _ in again)
                out["repeat_cpu"] = statistics.median(c for _, c, _ in again)
                for label, last in (tabs or {}).items():
                    tab_url = f"{url}/{path}&tab={urllib.parse.quote_plus(label)}"
                    out[f"tab:{label}"], out[f"tab:{label}_cpu"], _ = view(
                        ctx.new_page(), tab_url, last, pid)
                ctx.close()
        finally:
            browser.close()
    return out


# Streamlit's own floor: a page with a title and one line, no data, no dnnlab
BARE_APP = 'import streamlit as st\nst.title("Run")\nst.write("Findings are ordered cause first")\n'


def floor_times(rounds: int = 3, repeats: int = 2) -> dict[str, list[float]]:
    """Wall seconds of a bare Streamlit page (:data:`BARE_APP`), timed as :func:`page_times`
    times a dashboard page after the server has served one view: ``first`` in a fresh browser
    profile (``rounds`` of them), ``repeat`` in a new tab of that profile (``repeats`` each).
    What a page of the dashboard cannot go below on this machine."""
    import tempfile

    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {"first": [], "repeat": []}
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        app = Path(tmp) / "bare.py"
        app.write_text(BARE_APP)
        browser = launch(pw)
        try:
            with serve(app, [], dict(os.environ)) as (url, pid):
                ctx = fresh_profile(browser)
                view(ctx.new_page(), url, RUN_TEXT, pid)  # the server's first run
                ctx.close()
                for _ in range(rounds):
                    ctx = fresh_profile(browser)
                    out["first"].append(view(ctx.new_page(), url, RUN_TEXT, pid)[0])
                    out["repeat"] += [view(ctx.new_page(), url, RUN_TEXT, pid)[0]
                                      for _ in range(repeats)]
                    ctx.close()
        finally:
            browser.close()
    return out


if __name__ == "__main__":
    if sys.argv[1:2] == ["--floor"]:
        times = floor_times()
        print("| bare Streamlit page | first view | repeat view |\n|---|---|---|")
        first, repeat = (", ".join(f"{t:.2f} s" for t in times[k]) for k in ("first", "repeat"))
        print(f"| a title and one line | {first} | {repeat} |")
        sys.exit(0)
    store, where, last = sys.argv[1:4]
    print(page_times(store, where, last))
