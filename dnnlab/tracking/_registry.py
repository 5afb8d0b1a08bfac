"""The model registry: a run's model as a new version of a registered model, with the alias
``champion`` moved to it (``init_from: models:/NAME@champion`` then finds it)."""

from __future__ import annotations

from mlflow import MlflowClient

from dnnlab.errors import UserError

CHAMPION = "champion"


def check_model_name(name: str) -> str:
    """A registered-model name MLflow accepts, or a one-line :class:`UserError` (checked before
    any training, so a refused name wastes nothing and registers nothing)."""
    from mlflow.exceptions import MlflowException
    from mlflow.utils.validation import _validate_model_name

    try:
        _validate_model_name(name)
    except MlflowException as err:
        raise UserError(f"--register {name!r}: {err.message.splitlines()[0]}") from None
    if len(name) > 256:
        raise UserError(f"--register: a model name has at most 256 characters, not {len(name)}")
    return name


def logged_model_id(client: MlflowClient, run_id: str) -> str | None:
    run = client.get_run(run_id)
    found = client.search_logged_models(experiment_ids=[run.info.experiment_id],
                                        filter_string=f"source_run_id = '{run_id}'",
                                        max_results=10)
    return found[0].model_id if found else None


def register_run_model(client: MlflowClient, run_id: str, name: str) -> int:
    """Register run ``run_id``'s logged model as a new version of ``name`` and point the alias
    ``champion`` at it; returns the version number."""
    from mlflow.exceptions import MlflowException

    check_model_name(name)
    model_id = logged_model_id(client, run_id)
    if model_id is None:
        raise UserError(f"--register {name}: run {run_id} has no logged model (tracking."
                        "log_model was false, or the run did not finish); nothing registered")
    try:
        client.create_registered_model(name)
    except MlflowException as err:
        if err.error_code != "RESOURCE_ALREADY_EXISTS":
            raise UserError(f"--register {name}: {err.message.splitlines()[0]}") from None
    version = client.create_model_version(name, source=f"models:/{model_id}", run_id=run_id,
                                          model_id=model_id)
    client.set_registered_model_alias(name, CHAMPION, version.version)
    return int(version.version)

