"""Checkpoints as MLflow artifacts: one save and one load for resume, ``init_from`` and Inspect.

A checkpoint holds only tensors and plain containers and is always read with
``torch.load(weights_only=True)``, so a tampered artifact cannot run code.
"""

from __future__ import annotations

import pickle
import shutil
import tempfile
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import torch
from mlflow import MlflowClient

from dnnlab.errors import UserError
from dnnlab.tracking._store import retrying

FOLDER = "checkpoints"
BEST, LAST = "best.pt", "last.pt"


class CheckpointWriter:
    """Writes ``checkpoints/<name>`` of one run, retrying a tracking server that is away."""

    def __init__(self, client: MlflowClient, run_id: str, retry_timeout: float = 120.0,
                 retries: list[int] | None = None) -> None:
        self.client, self.run_id, self.retry_timeout = client, run_id, retry_timeout
        self.retries = retries if retries is not None else [0]
        self._dir: Path | None = None  # made at the first save: a run that never saves (or a
        # process killed before its exit handlers run) leaves no empty folder behind

    def _staging(self) -> Path:
        if self._dir is None:
            self._dir = Path(tempfile.mkdtemp(prefix="dnnlab-ckpt-"))
            # the local copies are only a staging area for the upload: removed when the writer
            # is collected or the process exits, so runs leave nothing behind in the temp folder
            weakref.finalize(self, shutil.rmtree, self._dir, ignore_errors=True)
        return self._dir

    def save(self, name: str, payload: Mapping[str, Any]) -> None:
        path = self._staging() / name
        torch.save(dict(payload), path)
        retrying(lambda: self.client.log_artifact(self.run_id, str(path), FOLDER),
                 self.retry_timeout, "checkpoint upload", self.retries)


def read_checkpoint(path: str | Path) -> dict[str, Any]:
    """A checkpoint file as plain data; anything but tensors and containers is refused."""
    try:
        payload = torch.load(path, map_location="cpu", weights_only=True)
    except (pickle.UnpicklingError, RuntimeError, EOFError, ValueError, OSError) as err:
        first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
        raise UserError(f"{Path(path).name} is not a plain-weights checkpoint and was not "
                        f"loaded (only tensors and plain containers are accepted): "
                        f"{type(err).__name__} {first}") from None
    if not isinstance(payload, dict):
        raise UserError(f"{Path(path).name} is not a dnnlab checkpoint (expected a mapping)")
    return payload


def download_checkpoint(client: MlflowClient, run_id: str,
                        names: Sequence[str] = (BEST, LAST)) -> tuple[str, dict[str, Any]] | None:
    """The first of ``names`` the run has, as ``(artifact path, payload)``; None if none."""
    with tempfile.TemporaryDirectory(prefix="dnnlab-ckpt-") as folder:
        for name in names:
            try:
                path = client.download_artifacts(run_id, f"{FOLDER}/{name}", folder)
            except Exception:  # absent artifact: MLflow raises different errors per store
                continue
            return f"{FOLDER}/{name}", read_checkpoint(path)  # read into memory first
    return None
