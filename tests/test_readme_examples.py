"""The README's "Your own code" examples run as written, in a fresh process and folder."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from mlflow import MlflowClient

from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def example(name: str, lang: str = "python") -> str:
    m = re.search(rf"<!-- example: {name} -->\n```{lang}\n(.*?)```", README, re.S)
    assert m, f"README has no example {name!r}"
    return m.group(1)


def run_python(code: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("MLFLOW_TRACKING_URI",)}
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def only_run(cwd: Path):
    client = MlflowClient(f"sqlite:///{cwd}/mlflow.db")
    runs = client.search_runs([e.experiment_id for e in client.search_experiments()])
    assert len(runs) == 1
    return client, runs[0]


def test_own_loop_example(tmp_path: Path):
    code = example("own_loop")
    assert sum("# dnnlab" in line for line in code.splitlines()) <= 8
    proc = run_python(code, tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    client, run = only_run(tmp_path)
    assert proc.stdout.split() == [run.info.run_id, "FINISHED"]
    assert run.info.status == "FINISHED"
    assert {"update_ratio/stem", "update_ratio/block.0", "update_ratio/head",
            "val/accuracy", "dead_relu/act"} <= set(run.data.metrics)
    assert run.data.metrics["val/accuracy"] > 0.8


def test_factory_experiment_example(tmp_path: Path):
    (tmp_path / "mymodels.py").write_text(example("factory_model"))
    (tmp_path / "my_experiment.yaml").write_text(example("factory_experiment", "yaml"))
    env = {k: v for k, v in os.environ.items() if k != "MLFLOW_TRACKING_URI"}
    proc = subprocess.run([sys.executable, "-m", "dnnlab.cli", "train", "my_experiment.yaml"],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-3000:]
    client, run = only_run(tmp_path)
    params = run.data.params
    assert params["model.factory"] == "./mymodels.py:TinyResNet"
    assert params["model.args.channels"] == "8" and params["data.args.noise"] == "0.05"
    assert len(params["data.digest"]) >= 16
    assert {"update_ratio/stem", "update_ratio/block.0", "update_ratio/head"} <= \
        set(run.data.metrics)
    assert run.data.metrics["test/accuracy"] > 0.8
    assert "code/mymodels.py" in {f.path for f in client.list_artifacts(run.info.run_id, "code")}


def test_lightning_example(tmp_path: Path):
    proc = run_python(example("lightning"), tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    _, run = only_run(tmp_path)
    assert run.info.status == "FINISHED"
    assert run.data.tags["logged_by"] == "lightning"
    assert any(k.startswith("update_ratio/") for k in run.data.metrics)
    assert run.data.metrics["val/accuracy"] > 0.8
