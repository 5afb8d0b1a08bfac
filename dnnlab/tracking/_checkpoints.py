"""Checkpoints as MLflow artifacts: one save and one load for resume, ``init_from`` and Inspect.

A checkpoint holds only tensors and plain containers and is always read with
``torch.load(weights_only=True)``, so a tampered artifact cannot run code.
"""

from __future__ import annotations

import pickle
import tempfile
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

    def save(self, name: str, payload: Mapping[str, Any]) -> None:
        # the local copy is only a staging area for the upload: a folder of its own, removed
        # as soon as the upload is done, so a run leaves nothing in the temp folder even when
        # its process is killed (no exit handler runs then) between two saves
        with tempfile.TemporaryDirectory(prefix="dnnlab-ckpt-") as folder:
            path = Path(folder) / name
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
