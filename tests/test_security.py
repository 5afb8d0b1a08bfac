"""A tampered run must not make the dashboard run code or read files: planted attacks through
a checkpoint's config, against a real store and the real Inspect page (AppTest)."""

from __future__ import annotations

import os
import pickle
from pathlib import Path

import pytest
import torch

from dashboards import common
from dnnlab.runner import run_experiment
from tests.conftest import tiny
from tests.test_dashboard import open_page


class Boom:
    """Unpickling this runs a command that leaves a marker file."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def tamper(client, run_id: str, tmp_path: Path, data: dict) -> None:
    """Replace the run's best.pt by one whose config points its data somewhere else."""
    folder = client.download_artifacts(run_id, "checkpoints/best.pt", str(tmp_path / "dl"))
    payload = torch.load(folder, weights_only=True)
    payload["config"]["data"].update(data)
    out = tmp_path / "evil" / "best.pt"
    out.parent.mkdir(parents=True, exist_ok=True)
    torch.save(payload, out)
    client.log_artifact(run_id, str(out), "checkpoints")


@pytest.fixture
def run_id(tracking_uri, client, monkeypatch) -> str:
    monkeypatch.setenv("MLFLOW_TRACKING_URI", tracking_uri)
    monkeypatch.delenv("DNNLAB_DATA_ROOT", raising=False)
    return run_experiment(tiny(tracking_uri, train={"epochs": 1})).run_id


def plant_cifar(root: Path, marker: Path) -> None:
    folder = root / "cifar-10-batches-py"
    folder.mkdir(parents=True)
    for name in ("data_batch_1", "data_batch_2", "data_batch_3", "data_batch_4",
                 "data_batch_5", "test_batch", "batches.meta"):
        (folder / name).write_bytes(pickle.dumps(Boom(marker)))


@pytest.mark.parametrize("data_root", [False, True])
def test_a_planted_cifar_pickle_never_runs(run_id, client, tmp_path, monkeypatch, data_root):
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil_root"
    plant_cifar(evil, marker)
    tamper(client, run_id, tmp_path, {"dataset": "cifar10", "root": str(evil)})
    if data_root:  # even an operator who lists the folder gets no code run
        monkeypatch.setenv("DNNLAB_DATA_ROOT", str(tmp_path))
    at = open_page(common.INSPECT_PAGE, run=run_id)
    assert not marker.exists()
    shown = " ".join(str(e.value) for e in [*at.info, *at.warning, *at.error])
    if not data_root:
        assert "Data not available here" in shown and "DNNLAB_DATA_ROOT" in shown
    else:
        assert "not allowed" in shown or "could not be rebuilt" in shown, shown


def test_a_config_naming_a_local_file_does_not_show_it(run_id, client, tmp_path):
    secret = tmp_path / "secret.csv"
    secret.write_text("TOP-SECRET-LINE,y\n1,0\n2,1\n")
    tamper(client, run_id, tmp_path, {"dataset": "csv", "path": str(secret), "target": "y"})
    at = open_page(common.INSPECT_PAGE, run=run_id)
    everything = str(at)  # every element's text on the page
    assert "TOP-SECRET-LINE" not in everything
    assert "Data not available here" in " ".join(str(e.value) for e in at.info)
