"""Registering a model that a run only kept as a checkpoint (a study's best trial)."""

from __future__ import annotations

from mlflow import MlflowClient

from dnnlab.errors import UserError
from dnnlab.tracking import (
    download_checkpoint,
    log_pytorch_model,
    logged_model_id,
    register_run_model,
)


def register_checkpoint_model(client: MlflowClient, run_id: str, name: str) -> int:
    """A run without a logged model (a study's trial): rebuild its model from
    ``checkpoints/best.pt`` (weights only), log it on that run, then register it."""
    from dnnlab.interpret import model_from_checkpoint

    if logged_model_id(client, run_id) is None:
        found = download_checkpoint(client, run_id, ["best.pt"])
        if found is None:
            raise UserError(f"--register {name}: run {run_id} has neither a logged model nor "
                            "checkpoints/best.pt; nothing registered")
        loaded = model_from_checkpoint(found[1], run_id, checkpoint=found[0])
        example = loaded.example_input()
        run = client.get_run(run_id)
        log_pytorch_model(client, run.info.experiment_id, run_id, loaded.model, example[:5])
    return register_run_model(client, run_id, name)
