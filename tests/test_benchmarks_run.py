"""The benchmarks run end to end on a tiny setting (their figures are not checked here)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys

from tests.conftest import ROOT


def test_overhead_runs_tiny(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    env["PYTHONPATH"] = str(ROOT)
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
