"""How dnnlab's costs grow with the work: steps per run, runs per store, concurrent writers.

1. Steps per run (``--steps``, default 1k 10k 100k; add 1000000 for 1M): one run on a fresh
   SQLite store logs every step what full instrumentation logs (``train/loss``, ``lr``, update
   ratio and gradient norm of 4 layers: 10 points a step; runs of ``--sparse-from`` steps or
   more, default 1M, log ``lr`` and the 8 per-layer keys every 10 steps as
   ``train.log_every_n_steps: 10`` does: 1.95M points at 1M steps, ~12 minutes of writing
   here instead of ~50 for 10M) through dnnlab's writer
   (``MetricBuffer``: the training thread queues, a writer thread sends ``log_batch``es);
   reported: write throughput (points/s, from the first point queued until all are written),
   ``diagnose_run`` (history read + diagnosis; the diagnosis is then logged, as every dnnlab
   run does when it ends, so the Run page reads ``diagnosis.json``) and the dashboard's Run
   page first view (streamlit AppTest, data caches empty).
2. Runs per store (``--runs``, default 100 1000; add 10000): stores built as in
   ``dashboard.py`` (beyond 1,000 runs the rest are copies of those rows made in SQL:
   :func:`build_runs_store`); reported: ``search_runs`` of the first 100 runs as the Runs page lists
   them (``dnnlab.dashboard_data.runs_frame``) and the Runs page first view (AppTest).
3. Concurrent writers (``--writers``, default 1 4 8) against a real ``mlflow server`` on a
   throw-away PostgreSQL cluster: each writer a process of its own with a run logging
   ``--writer-steps`` steps of 10 points through dnnlab's writer; reported: points/s summed
   over the writers and points lost (expected minus stored: must be 0).

With ``--browser`` the Run page of each long run and the Runs page of each store are also timed
in headless Chromium (``benchmarks/browser_pages.py``: ``streamlit run`` on a free port, from
navigation until every chart is drawn and Streamlit is idle; after the server starts, first
view, repeat view). Stores and their build figures are kept in ``--folder`` and reused by a
later call (``steps-N.json``, ``runs-N.json``). With ``--plots DIR`` the growth curves are
saved as PNG (plotly + kaleido) in DIR.

Usage: python benchmarks/scale.py [--steps 1000 10000 100000] [--runs 100 1000]
       [--writers 1 4 8] [--writer-steps 2000] [--browser] [--plots benchmarks/results]
       [--folder DIR] [--tiny]
"""

from __future__ import annotations

import argparse
import json
import logging
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
os.environ.setdefault("GIT_PYTHON_REFRESH", "quiet")
os.environ.setdefault("MLFLOW_ENABLE_ARTIFACTS_PROGRESS_BAR", "false")

from mlflow import MlflowClient  # noqa: E402
from mlflow.entities import Param  # noqa: E402

LAYERS = ("conv1", "conv2", "fc1", "out")
KEYS = ("train/loss", "lr", *(f"{k}/{n}" for k in ("update_ratio", "grad_norm") for n in LAYERS))


def log_steps(client: MlflowClient, run_id: str, steps: int, spe: int = 100,
              every: int = 1) -> float:
    """``steps`` steps of full instrumentation through dnnlab's writer: ``train/loss`` every
    step, ``lr`` and the 8 per-layer statistics every ``every`` steps (dnnlab's
    ``train.log_every_n_steps``), plus per-epoch metrics every ``spe`` steps; returns the
    seconds until every point is written."""
    from dnnlab.tracking import MetricBuffer

    rng = np.random.default_rng(0)
    loss = 0.1 + 2.2 * np.exp(-np.arange(1, steps + 1) / max(steps / 10, 1)) \
        * np.exp(rng.normal(0, 0.1, steps))
    ratio = 1e-3 * np.exp(rng.normal(0, 0.3, steps))
    buffer = MetricBuffer(client, run_id)
    started = time.perf_counter()
    for s in range(1, steps + 1):
        stats = {"train/loss": float(loss[s - 1])}
        if s % every == 0:
            stats["lr"] = 1e-3
            for j, name in enumerate(LAYERS):
                stats[f"update_ratio/{name}"] = float(ratio[s - 1]) * (1 + j)
                stats[f"grad_norm/{name}"] = float(loss[s - 1]) * (1 + j)
        buffer.log(stats, s)
        if s % spe == 0:
            e = s // spe
            v = float(loss[s - 1])
            buffer.log({"train/epoch_loss": v, "val/loss": v * 1.1, "train/accuracy": 1 - v / 3,
                        "val/accuracy": 1 - v / 2.5, "epoch_time": 1.0}, e)
    buffer.close()
    return time.perf_counter() - started


def points_of(steps: int, every: int, spe: int = 100) -> int:
    """The points :func:`log_steps` writes."""
    return steps + (len(KEYS) - 1) * (steps // every) + 5 * (steps // spe)


def build_steps_store(folder: Path, n: int, every: int) -> dict:
    """A fresh SQLite store with one run of ``n`` steps logged through dnnlab's writer, its
    write throughput and ``diagnose_run`` timed, then the diagnosis logged (``diagnosis.json``
    and tags: what every dnnlab run writes when it ends). The row is kept beside the store
    (``steps-N.json``) so that a later call with the same ``--folder`` reuses both."""
    from dashboard import dnnlab_params, dnnlab_tags

    from dnnlab.runs import diagnose_run, log_diagnosis

    uri = f"sqlite:///{folder}/steps-{n}.db"
    saved = folder / f"steps-{n}.json"
    if saved.exists() and (folder / f"steps-{n}.db").exists():
        row = json.loads(saved.read_text())
        if row.get("every") == every:
            row["reused"] = True
            return row
    for old in (folder / f"steps-{n}.db", saved):
        old.unlink(missing_ok=True)
    client = MlflowClient(uri)
    exp = client.create_experiment("scale-steps")
    rid = client.create_run(exp, run_name=f"{n}-steps", tags=dnnlab_tags(1)).info.run_id
    params = dnnlab_params(np.random.default_rng(0))
    params.update({"steps_per_epoch": "100", "train.epochs": str(max(1, n // 100)),
                   "train.log_every_n_steps": str(every)})
    items = [Param(k, v) for k, v in params.items()]
    for i in range(0, len(items), 100):
        client.log_batch(rid, params=items[i:i + 100])
    seconds = log_steps(client, rid, n, every=every)
    points = points_of(n, every)
    client.set_terminated(rid)
    t0 = time.perf_counter()
    diagnosis = diagnose_run(client, rid)
    diag_s = time.perf_counter() - t0
    log_diagnosis(client, rid, diagnosis)
    row = {"steps": n, "every": every, "points": points, "write_s": seconds,
           "points_per_s": points / seconds, "diagnose_s": diag_s,
           "verdict": diagnosis.verdict, "uri": uri, "run_id": rid,
           "load": os.getloadavg()[0]}
    saved.write_text(json.dumps(row))
    return row


def steps_part(folder: Path, sizes: list[int], page: bool, browser: bool = False,
               sparse_from: int = 1_000_000) -> list[dict]:
    from dashboard import timed_page

    out = []
    for n in sizes:
        every = 10 if n >= sparse_from else 1
        row = build_steps_store(folder, n, every)
        uri, rid = row["uri"], row["run_id"]
        if page:
            from dashboards import common

            os.environ["MLFLOW_TRACKING_URI"] = uri
            timed_page(common.RUN_PAGE, {"run": rid}, 1, cold="start")  # imports
            row["run_page_s"] = statistics.median(
                w for w, _ in timed_page(common.RUN_PAGE, {"run": rid}, 2, cold="data"))
        if browser:
            from browser_pages import RUN_TABS, RUN_TEXT, page_times

            row["browser"] = page_times(uri, f"run?run={rid}", RUN_TEXT, tabs=RUN_TABS)
        out.append(row)
        print(f"  {n:,} steps ({row['points']:,} points"
              f"{', reused store' if row.get('reused') else ''}): "
              f"{row['points_per_s']:,.0f} points/s, diagnose {row['diagnose_s']:.2f} s"
              + (f", Run page {row['run_page_s']:.2f} s" if page else "")
              + (f", browser {_browser_text(row['browser'])}" if browser else ""), flush=True)
    return out


def _browser_text(t: dict) -> str:
    return ", ".join(f"{k} {v:.2f} s" for k, v in t.items() if isinstance(v, float))


CLIENT_RUNS = 1000  # runs per store written through MLflow's client; beyond: copied in SQL


def build_runs_store(uri: str, n: int) -> None:
    """``n`` runs as in ``dashboard.py`` (60 params, 14 tags, 40 metrics each). Up to
    ``CLIENT_RUNS`` are written through MLflow's client (``create_run``, ``log_batch``); the
    rest are copies of those runs' rows in MLflow's own tables (``runs``, ``params``, ``tags``,
    ``metrics``, ``latest_metrics``) with new run ids, names and later start times, inserted
    in SQL batches (writing 10,000 runs through the client takes ~20 minutes here)."""
    from dashboard import build_many_runs

    build_many_runs(uri, min(n, CLIENT_RUNS))
    if n > CLIENT_RUNS:
        clone_runs(sqlite_file(uri), n - CLIENT_RUNS)


def sqlite_file(uri: str) -> Path:
    return Path(uri[len("sqlite:///"):])


def clone_runs(path: Path, extra: int) -> None:
    """``extra`` copies of the store's runs (cycling through them), each with a new id, name
    ``bench-<i>`` and a start time after every existing run."""
    import sqlite3
    import uuid

    con = sqlite3.connect(path)
    try:
        cols = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
                for t in ("runs", "params", "tags", "metrics", "latest_metrics")}
        runs = con.execute("SELECT * FROM runs ORDER BY start_time").fetchall()
        base = len(runs)
        last = max(r[cols["runs"].index("start_time")] for r in runs)
        per_run = {t: {} for t in ("params", "tags", "metrics", "latest_metrics")}
        for t, rows in per_run.items():
            at = cols[t].index("run_uuid")
            for r in con.execute(f'SELECT * FROM "{t}"'):
                rows.setdefault(r[at], []).append(r)
        ri = {c: cols["runs"].index(c) for c in ("run_uuid", "name", "start_time", "end_time",
                                                 "artifact_uri")}
        batch: dict[str, list] = {t: [] for t in cols}

        def flush() -> None:
            for t, rows in batch.items():
                if rows:
                    marks = ",".join("?" * len(cols[t]))
                    con.executemany(f'INSERT INTO "{t}" VALUES ({marks})', rows)
                    rows.clear()
            con.commit()

        for i in range(extra):
            src = runs[i % base]
            old, new = src[ri["run_uuid"]], uuid.uuid4().hex
            name = f"bench-{base + i}"
            r = list(src)
            r[ri["run_uuid"]], r[ri["name"]] = new, name
            shift = last - src[ri["start_time"]] + 1000 * (i + 1)
            r[ri["start_time"]] += shift
            if r[ri["end_time"]] is not None:
                r[ri["end_time"]] += shift
            r[ri["artifact_uri"]] = (r[ri["artifact_uri"]] or "").replace(old, new)
            batch["runs"].append(r)
            for t in per_run:
                at = cols[t].index("run_uuid")
                for row in per_run[t].get(old, []):
                    row = list(row)
                    row[at] = new
                    if t == "tags" and row[0] == "mlflow.runName":
                        row[1] = name
                    batch[t].append(row)
            if (i + 1) % 1000 == 0:
                flush()
        flush()
    finally:
        con.close()


def runs_part(folder: Path, sizes: list[int], page: bool, browser: bool = False) -> list[dict]:
    from dashboard import timed_page

    from dnnlab.dashboard_data import runs_frame

    out = []
    for n in sizes:
        uri = f"sqlite:///{folder}/runs-{n}.db"
        saved = folder / f"runs-{n}.json"
        if saved.exists() and sqlite_file(uri).exists():
            build_s, reused = json.loads(saved.read_text())["build_s"], True
        else:
            sqlite_file(uri).unlink(missing_ok=True)
            t0 = time.perf_counter()
            build_runs_store(uri, n)
            build_s, reused = time.perf_counter() - t0, False
            saved.write_text(json.dumps({"runs": n, "build_s": build_s}))
        client = MlflowClient(uri)
        ids = [e.experiment_id for e in client.search_experiments()]
        times = []
        for _ in range(3):
            t0 = time.perf_counter()
            found = client.search_runs(ids, max_results=100,
                                       order_by=["attributes.start_time DESC"])
            runs_frame(found)
            times.append(time.perf_counter() - t0)
        row = {"runs": n, "build_s": build_s, "search_s": statistics.median(times),
               "reused": reused}
        if page:
            os.environ["MLFLOW_TRACKING_URI"] = uri
            timed_page(None, {}, 1, cold="start")
            row["runs_page_s"] = statistics.median(
                w for w, _ in timed_page(None, {}, 2, cold="data"))
        if browser:
            from browser_pages import page_times

            row["browser"] = page_times(uri, "runs", "Metric columns hold")
        out.append(row)
        print(f"  {n:,} runs{' (reused store)' if reused else f' (built in {build_s:.0f} s)'}:"
              f" first 100 listed in {row['search_s']:.2f} s"
              + (f", Runs page {row['runs_page_s']:.2f} s" if page else "")
              + (f", browser {_browser_text(row['browser'])}" if browser else ""), flush=True)
    return out


def _writer(uri: str, experiment_id: str, steps: int, queue: mp.Queue) -> None:
    logging.getLogger("mlflow").setLevel(logging.ERROR)
    client = MlflowClient(uri)
    rid = client.create_run(experiment_id).info.run_id
    seconds = log_steps(client, rid, steps, spe=10**9)
    client.set_terminated(rid)
    queue.put((rid, seconds))


def writers_part(counts: list[int], steps: int) -> list[dict]:
    from scale import _writer as writer

    from tests.servers import mlflow_server, postgres

    out = []
    with postgres() as pg, tempfile.TemporaryDirectory() as art:
        backend = pg.create_db("scale")
        with mlflow_server(backend, Path(art)) as server:
            client = MlflowClient(server.url)
            for w in counts:
                exp = client.create_experiment(f"writers-{w}")
                ctx = mp.get_context("spawn")
                queue = ctx.Queue()
                # by module name: the page timings' AppTest replaces sys.modules["__main__"]
                procs = [ctx.Process(target=writer, args=(server.url, exp, steps, queue))
                         for _ in range(w)]
                t0 = time.perf_counter()
                for p in procs:
                    p.start()
                results = [queue.get(timeout=3600) for _ in procs]
                for p in procs:
                    p.join()
                wall = time.perf_counter() - t0
                expected = w * steps * len(KEYS)
                stored = sum(len(client.get_metric_history(rid, k)) for rid, _ in results
                             for k in KEYS)
                slowest = max(s for _, s in results)
                row = {"writers": w, "points": expected, "stored": stored,
                       "lost": expected - stored, "points_per_s": expected / slowest,
                       "wall_s": wall}
                out.append(row)
                print(f"  {w} writer(s): {row['points_per_s']:,.0f} points/s together, "
                      f"{row['lost']} lost", flush=True)
    return out


def _browser_cells(r: dict) -> str:
    b = r["browser"]
    return (f" {b['cold']:.2f} s ({b['cold_cpu']:.1f}) | {b['first']:.2f} s "
            f"({b['first_cpu']:.1f}) | {b['repeat']:.2f} s ({b['repeat_cpu']:.1f}) |")


BROWSER_HEAD = (" Chromium: after server start | Chromium: first view | Chromium: repeat view |",
                "---|---|---|")


def tables(steps: list[dict], runs: list[dict], writers: list[dict]) -> list[str]:
    """The three growth tables as markdown lines (browser cells: wall seconds, and in
    parentheses the dashboard server's CPU seconds)."""
    lines: list[str] = []
    if steps:
        page = "run_page_s" in steps[0]
        web = "browser" in steps[0]
        lines += ["| logged steps | points | write (points/s) | diagnose_run |"
                  + (" Run page first view (AppTest) |" if page else "")
                  + (BROWSER_HEAD[0] if web else ""),
                  "|---|---|---|---|" + ("---|" if page else "") + (BROWSER_HEAD[1] if web
                                                                     else "")]
        lines += [f"| {r['steps']:,} | {r['points']:,} | {r['points_per_s']:,.0f} | "
                  f"{r['diagnose_s']:.2f} s |" + (f" {r['run_page_s']:.2f} s |" if page else "")
                  + (_browser_cells(r) if web else "") for r in steps]
        if web:  # the Run page's other tabs, each opened by its URL once the page is warm
            from browser_pages import RUN_TABS

            lines += ["", "| logged steps | " + " | ".join(
                f"Chromium: tab {label}" for label in RUN_TABS) + " |",
                      "|---|" + "---|" * len(RUN_TABS)]
            lines += [f"| {r['steps']:,} | " + " | ".join(
                f"{r['browser'][f'tab:{label}']:.2f} s ({r['browser'][f'tab:{label}_cpu']:.1f})"
                for label in RUN_TABS) + " |" for r in steps]
        lines.append("")
    if runs:
        page = "runs_page_s" in runs[0]
        web = "browser" in runs[0]
        lines += ["| runs in the store | first 100 listed (search_runs + runs_frame) |"
                  + (" Runs page first view (AppTest) |" if page else "")
                  + (BROWSER_HEAD[0] if web else ""),
                  "|---|---|" + ("---|" if page else "") + (BROWSER_HEAD[1] if web else "")]
        lines += [f"| {r['runs']:,} | {r['search_s']:.2f} s |"
                  + (f" {r['runs_page_s']:.2f} s |" if page else "")
                  + (_browser_cells(r) if web else "") for r in runs]
        lines.append("")
    if writers:
        lines += ["| concurrent writers (mlflow server on PostgreSQL) | points | points/s "
                  "together | lost |", "|---|---|---|---|"]
        lines += [f"| {r['writers']} | {r['points']:,} | {r['points_per_s']:,.0f} | {r['lost']} |"
                  for r in writers]
    return lines


def _browser_lines(fig: Any, x: list[int], rows: list[dict], page: str) -> None:
    """The page's first and repeat view in Chromium, where they were timed."""
    if "browser" in rows[0]:
        for view in ("first", "repeat"):
            fig.add_scatter(x=x, y=[r["browser"][view] for r in rows],
                            name=f"{page}, Chromium {view} view (s)")


def plots_missing() -> str | None:
    """Why the plots cannot be drawn here (None when they can)."""
    import importlib.util

    for module in ("plotly", "kaleido"):
        if importlib.util.find_spec(module) is None:
            return f"--plots needs {module}: pip install \"dnnlab[bench]\""
    return None


def plots(folder: Path, steps: list[dict], runs: list[dict], writers: list[dict]) -> list[Path]:
    """The growth curves as PNGs (plotly; kaleido renders them with the system's Chromium)."""
    import plotly.graph_objects as go

    os.environ.setdefault("BROWSER_PATH", "/usr/bin/chromium")
    figs = []
    if steps:
        x = [r["steps"] for r in steps]
        fig = go.Figure([go.Scatter(x=x, y=[r["diagnose_s"] for r in steps],
                                    name="diagnose_run (s)")])
        if "run_page_s" in steps[0]:
            fig.add_scatter(x=x, y=[r["run_page_s"] for r in steps], name="Run page, AppTest (s)")
        _browser_lines(fig, x, steps, "Run page")
        fig.update_layout(title="Cost per run vs logged steps", xaxis_type="log",
                          xaxis_title="logged steps", yaxis_title="seconds")
        figs.append(("scale_steps.png", fig))
        fig = go.Figure([go.Scatter(x=x, y=[r["points_per_s"] for r in steps])])
        fig.update_layout(title="Write throughput vs logged steps", xaxis_type="log",
                          xaxis_title="logged steps", yaxis_title="points/s")
        figs.append(("scale_write_throughput.png", fig))
    if runs:
        x = [r["runs"] for r in runs]
        fig = go.Figure([go.Scatter(x=x, y=[r["search_s"] for r in runs],
                                    name="first 100 listed (s)")])
        if "runs_page_s" in runs[0]:
            fig.add_scatter(x=x, y=[r["runs_page_s"] for r in runs], name="Runs page, AppTest (s)")
        _browser_lines(fig, x, runs, "Runs page")
        fig.update_layout(title="Listing vs runs in the store", xaxis_type="log",
                          xaxis_title="runs", yaxis_title="seconds")
        figs.append(("scale_runs.png", fig))
    if writers:
        fig = go.Figure([go.Bar(x=[str(r["writers"]) for r in writers],
                                y=[r["points_per_s"] for r in writers])])
        fig.update_layout(title="Concurrent writers on one mlflow server (PostgreSQL)",
                          xaxis_title="writers", yaxis_title="points/s together")
        figs.append(("scale_writers.png", fig))
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, fig in figs:
        # plotly's own colours: an imported Streamlit makes its theme the default, whose lines
        # all come out black in a static image
        fig.update_layout(template="plotly_white")
        fig.write_image(folder / name, width=700, height=400)
        paths.append(folder / name)
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--steps", type=int, nargs="*", default=[1000, 10_000, 100_000])
    ap.add_argument("--runs", type=int, nargs="*", default=[100, 1000])
    ap.add_argument("--writers", type=int, nargs="*", default=[1, 4, 8])
    ap.add_argument("--writer-steps", type=int, default=2000)
    ap.add_argument("--no-pages", action="store_true", help="skip the AppTest page timings")
    ap.add_argument("--browser", action="store_true",
                    help="also time the pages in headless Chromium (streamlit run + Playwright)")
    ap.add_argument("--sparse-from", type=int, default=1_000_000,
                    help="runs of at least this many steps log lr and the per-layer statistics "
                    "every 10 steps (train.log_every_n_steps: 10), train/loss every step")
    ap.add_argument("--plots", help="save the growth curves as PNG in this folder")
    ap.add_argument("--folder", help="where the stores go (default: a temporary folder)")
    ap.add_argument("--tiny", action="store_true",
                    help="a smoke test: 200 steps, 20 runs, 2 writers of 50 steps, no pages")
    args = ap.parse_args()
    if args.plots and (why := plots_missing()):
        print(f"error: {why}", file=sys.stderr)
        raise SystemExit(2)
    for name in ("mlflow", "alembic", "streamlit"):
        logging.getLogger(name).setLevel(logging.ERROR)
    if args.tiny:
        args.steps, args.runs, args.writers, args.writer_steps = [200], [20], [2], 50
        args.no_pages = True
    folder = Path(args.folder or tempfile.mkdtemp(prefix="dnnlab-scale-"))
    folder.mkdir(parents=True, exist_ok=True)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs", flush=True)
    steps = steps_part(folder, args.steps, not args.no_pages, args.browser,
                       args.sparse_from) if args.steps else []
    runs = runs_part(folder, args.runs, not args.no_pages, args.browser) if args.runs else []
    writers = writers_part(args.writers, args.writer_steps) if args.writers else []
    print(f"load average at the end {os.getloadavg()[0]:.1f}", flush=True)
    print("\n".join(tables(steps, runs, writers)))
    if args.plots:
        for p in plots(Path(args.plots), steps, runs, writers):
            print(f"plot: {p}")


if __name__ == "__main__":
    main()
