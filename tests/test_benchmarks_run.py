"""The benchmarks run end to end on a tiny setting (their figures are not checked here)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _own_temp(env: dict[str, str], tmp_path) -> Path:
    """A temp folder of the benchmark's own (``TMPDIR``): its store's folder goes there, and
    must go again when it exits."""
    temp = tmp_path / "temp"
    temp.mkdir()
    env["TMPDIR"] = str(temp)
    return temp


def test_overhead_runs_tiny(tmp_path):
    env = _bench_env()
    temp = _own_temp(env, tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "overhead.py"), "--tiny"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {line.split()[0]: line.split() for line in proc.stdout.splitlines() if line.strip()}
    # variant -> the loop its ratio is against
    variants = {"bare": "-", "dnnlab-trainer": "bare", "api": "bare", "naive": "bare"}
    if importlib.util.find_spec("lightning") is not None:
        variants |= {"lightning-bare": "-", "lightning": "lightning-bare"}
    for name, baseline in variants.items():
        assert name in rows, proc.stdout
        # name, steps, median ms, ratio, mean ms, ratio, cpu ms, ratio, baseline
        _, steps, median, _, ratio, mean, _, _, cpu, _, _, vs, *_ = rows[name]
        assert int(steps) > 0 and float(ratio) > 0
        assert float(median) > 0 and float(mean) > 0 and float(cpu) > 0
        assert vs == baseline, rows[name]
    assert not (tmp_path / "mlflow.db").exists()  # it writes to a store of its own
    assert not list(temp.glob("dnnlab-bench-*"))  # ... and removes it


def _needs_chromium() -> None:
    """Skip unless Playwright and Debian's chromium are installed (CI installs both)."""
    import pytest

    pytest.importorskip("playwright.sync_api")
    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("Debian's chromium is not installed")


def _bench_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
    return env


def test_peers_runs_tiny(tmp_path):
    """Every installed tracker trains the same loop; its row has a step time and a ratio."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "peers.py"), "--tiny"],
                          capture_output=True, text=True, cwd=tmp_path, env=_bench_env(),
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    steps_table = proc.stdout.split("\n\n")[0]  # the step table comes before the whole runs
    rows = {cells[1]: cells for line in steps_table.splitlines()
            if line.startswith("| ") and (cells := [c.strip() for c in line.split("|")])}
    expected = {"bare", "dnnlab-api", "dnnlab-trainer", "mlflow-sync", "mlflow-async"}
    for name, module in (("tensorboard", "tensorboard"), ("wandb", "wandb"),
                         ("lightning-mlflow", "lightning"), ("lightning-dnnlab", "lightning")):
        if importlib.util.find_spec(module) is not None:
            expected.add(name)
        else:
            assert f"{name}: not installed" in proc.stdout
    for name in expected:
        assert name in rows, proc.stdout
        assert float(rows[name][4].split()[0]) > 0 and float(rows[name][5]) > 0
    assert rows["bare"][5] == "1.000"
    assert "whole run in a fresh process" in proc.stdout
    assert not (tmp_path / "mlflow.db").exists()


def test_end_to_end_runs_tiny(tmp_path):
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "end_to_end.py"), "--tiny",
                           "--profile"], capture_output=True, text=True, cwd=tmp_path,
                          env=_bench_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = {c[1]: c for line in proc.stdout.splitlines()
            if line.startswith("| ") and (c := [x.strip() for x in line.split("|")])}
    assert rows["hand loop"][3] == "1.00" and float(rows["dnnlab train"][3]) > 0
    # the profile's phases: training and model logging were seen inside the whole command
    assert 0 < float(rows["training (Trainer.fit)"][2]) < float(rows["the whole command"][2])
    assert float(rows["of which model logging (mlflow.pytorch)"][2]) > 0


def test_scale_runs_tiny(tmp_path):
    """Steps and runs parts on a tiny setting (the PostgreSQL writers part needs a cluster and
    a server: tests/test_scaleout.py covers that path)."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "scale.py"), "--steps",
                           "200", "--runs", "10", "--writers", "--no-pages", "--folder",
                           str(tmp_path / "stores")], capture_output=True, text=True,
                          cwd=tmp_path, env=_bench_env(), timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "| 200 | 2,010 |" in proc.stdout and "| 10 |" in proc.stdout


def test_diagnosis_speed_cli_runs_tiny(tmp_path):
    """The stored-run timing of ``dnnlab diagnose`` runs and reads back a diagnosable run."""
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "diagnosis_speed.py"),
                           "--steps", "1000", "--repeats", "1", "--cli", "--layer-every", "10"],
                          capture_output=True, text=True, cwd=tmp_path, env=_bench_env(),
                          timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    # train/loss every step, lr and 8 per-layer keys every 10th, 6 keys over 100 epochs
    assert "stored 2,500 points in SQLite" in proc.stdout, proc.stdout
    for label in ("dnnlab diagnose RUN ", "dnnlab diagnose RUN --json"):
        line = next(x for x in proc.stdout.splitlines() if x.startswith(label))
        assert float(line.split("wall median ")[1].split()[0]) > 0, line


def test_diagnosis_bank_report_runs_tiny(tmp_path):
    """The bank report on one script case of the newest fresh part and one healthy tuned case:
    each part's heading (a fresh part's from its module docstring), its row, its scores."""
    from benchmarks.diagnosis_bank import NEWEST, PARTS

    fresh = f"heldout{NEWEST}"
    case = next(c for c in PARTS[fresh] if c.is_script and c.healthy)
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "diagnosis.py"), "--parts",
                           fresh, "tuned", "--cases", case.name, "healthy_moons",
                           "--skip-speed"], capture_output=True, text=True, cwd=tmp_path,
                          env=_bench_env(), timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = proc.stdout
    assert f"held-out part of the diagnosis bank: fresh faults, healthy runs ({fresh}), seed 0: " \
           "1 runs (1 healthy" in out, out
    assert "### Tuned cases (the thresholds were tuned on these), seed 0: 1 runs" in out, out
    assert f"| {case.name} | {case.tool} | - |" in out and "| healthy_moons | dnnlab | - |" in out
    assert f"| {fresh} | 1 | 0 |" in out and "| tuned | 1 | 0 |" in out, out
    # a case that is in none of the parts asked for: a one-line error, exit 2
    bad = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "diagnosis.py"), "--parts",
                          "tuned", "--cases", case.name, "--skip-speed"], capture_output=True,
                         text=True, cwd=tmp_path, env=_bench_env(), timeout=120)
    assert bad.returncode == 2 and f"no case {case.name} in the parts tuned" in bad.stderr
    assert "Traceback" not in bad.stderr


def test_scale_browser_view_tiny(tmp_path, monkeypatch):
    """The browser timing of benchmarks/scale.py --browser: the dashboard served by
    ``streamlit run`` on a tiny store, the Runs page timed in headless Chromium until drawn."""
    _needs_chromium()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from browser_pages import dashboard, launch, view
    from playwright.sync_api import sync_playwright
    from scale import build_runs_store

    monkeypatch.chdir(tmp_path)
    uri = f"sqlite:///{tmp_path}/runs.db"
    build_runs_store(uri, 5)
    with sync_playwright() as pw:
        browser = launch(pw)
        try:
            with dashboard(uri) as (url, pid):
                wall, cpu, charts = view(browser.new_page(), f"{url}/runs", "Metric columns hold",
                                         pid, timeout_s=120)
        finally:
            browser.close()
    assert wall > 0 and cpu >= 0 and charts == 0


def test_paired_step_runs_tiny(tmp_path):
    env = _bench_env()
    temp = _own_temp(env, tmp_path)
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "paired_step.py"), "--tiny"],
                          capture_output=True, text=True, cwd=tmp_path, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    rows = [line.split("|")[1:-1] for line in proc.stdout.splitlines()
            if line.startswith("| ") and " us " in line]
    assert [r[0].strip() for r in rows] == ["full", "without probe", "without dead-unit hooks",
                                            "without both"]
    for _, bare, tracked, step, ratio, of_means, others in rows:
        assert float(bare.split()[0]) > 0 and float(tracked.split()[0]) > 0
        assert float(step.split()[0]) > 0 and float(ratio) > 0 and float(of_means) > 0
        assert float(others.split()[0]) >= 0
    assert not (tmp_path / "mlflow.db").exists()
    assert not list(temp.glob("dnnlab-paired-*"))  # ... and removes it


def test_scale_tables_give_the_run_pages_tabs_a_table_of_their_own():
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from browser_pages import RUN_TABS
    from scale import tables

    browser = {"cold": 3.0, "cold_cpu": 2.0, "first": 1.5, "first_cpu": 0.5, "repeat": 1.2,
               "repeat_cpu": 0.2}
    for i, label in enumerate(RUN_TABS):
        browser |= {f"tab:{label}": 1.0 + i, f"tab:{label}_cpu": 0.1 * (i + 1)}
    row = {"steps": 1000, "points": 2010, "points_per_s": 5e4, "diagnose_s": 0.3,
           "browser": browser}
    lines = tables([row], [], [])
    assert lines[2] == "| 1,000 | 2,010 | 50,000 | 0.30 s | 3.00 s (2.0) | 1.50 s (0.5) | " \
                       "1.20 s (0.2) |"
    head = next(x for x in lines if x.startswith("| logged steps | Chromium: tab"))
    assert head.count("Chromium: tab") == len(RUN_TABS) == 3
    assert "| 1,000 | 1.00 s (0.1) | 2.00 s (0.2) | 3.00 s (0.3) |" in lines


def test_rescore_bank_rediagnoses_a_stored_case(tmp_path):
    from benchmarks.diagnosis_bank import PARTS, run_case

    case = next(c for c in PARTS["heldout57"] if c.name == "h57_plain_corrupt_record_sine_adam")
    store = tmp_path / "bank.db"
    assert run_case(case, f"sqlite:///{store}", seed=0)["status"] != "error"
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "rescore_bank.py"),
                          str(store)], capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    # the case expects nan_loss, which its corrupt record gives: 1 of 1 found, no healthy run
    assert "| heldout57 | 1.00 (1/1) | 0/0 | 1 |" in out.stdout, out.stdout


def test_browser_floor_runs_tiny():
    """``browser_pages.py --floor``: a bare Streamlit page served and timed in headless Chromium
    as the dashboard's pages are, each view drawn before it is timed."""
    _needs_chromium()
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from browser_pages import floor_times

    times = floor_times(rounds=1, repeats=2)
    assert len(times["first"]) == 1 and len(times["repeat"]) == 2
    assert all(0 < t < 120 for t in times["first"] + times["repeat"])


def test_train_without_diagnosis_prints_metrics_and_stores_no_finding(tmp_path):
    """The held-out writers' tool trains a runner case and a script case with no diagnosis: it
    prints their logged metrics (the step loss's swing and position share, the test predictions
    per class) and nothing of a diagnosis reaches the store."""
    from mlflow import MlflowClient

    store = tmp_path / "store"
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "train_without_diagnosis.py"),
         "benchmarks.diagnosis_bank.heldout333", str(store), "h333_dead_relu_sensors_moe_shift10",
         "healthy333_keras_wine_adagrad"],
        capture_output=True, text=True, timeout=600, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert "== h333_dead_relu_sensors_moe_shift10 (runner)" in out.stdout
    assert "== healthy333_keras_wine_adagrad (script keras)" in out.stdout
    step_loss = next(line for line in out.stdout.splitlines() if "  train/loss (" in line)
    assert "swing" in step_loss and "position explains" in step_loss, step_loss
    # every expert unit of the shifted mixture is dead: the test predictions all fall in one class
    assert "(largest share 1.000)" in out.stdout, out.stdout
    assert "  dead_relu/act (4 pts, steps 1..4): 1 1 1 1" in out.stdout, out.stdout
    client = MlflowClient(f"sqlite:///{store / 'store.db'}")
    runs = client.search_runs([e.experiment_id for e in client.search_experiments()])
    assert len(runs) == 2
    for run in runs:
        assert not any(k.startswith("diagnosis.") for k in run.data.tags), run.data.tags
        assert "diagnosis.json" not in {a.path for a in client.list_artifacts(run.info.run_id)}
    bad = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "train_without_diagnosis.py"),
                          "benchmarks.diagnosis_bank.heldout333", str(store), "no_such_case"],
                         capture_output=True, text=True, timeout=300, cwd=tmp_path)
    assert bad.returncode == 2 and "no case of" in bad.stderr and "Traceback" not in bad.stderr
