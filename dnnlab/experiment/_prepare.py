"""An experiment file's config turned into data, model and loss: every check that can fail on
the user's input happens here, before any MLflow run exists (no I/O to MLflow but reading an
``init_from`` checkpoint)."""

from __future__ import annotations

import json
import os
import platform
import random
from dataclasses import dataclass

import numpy as np
import torch
from mlflow import MlflowClient

import dnnlab
from dnnlab.config import ExperimentConfig, flatten
from dnnlab.data import DataBundle, load_data
from dnnlab.diagnose import CODES, Thresholds
from dnnlab.errors import UserError
from dnnlab.keys import EPOCH_LOSS, VAL_LOSS
from dnnlab.models import build_model, freeze_layers
from dnnlab.runs import RUN_ID_RE
from dnnlab.tracking import download_checkpoint, git_commit, model_params
from dnnlab.train import TaskLoss, n_outputs, resolve_loss


@dataclass
class Prepared:
    cfg: ExperimentConfig
    data: DataBundle
    model: torch.nn.Module
    loss: TaskLoss
    device: torch.device
    frozen: list[str]
    init_keys: list[str]


def resolve_device(name: str) -> torch.device:
    if name == "cuda" and not torch.cuda.is_available():
        raise UserError("train.device cuda requested but no CUDA device is available; "
                        "use train.device auto or cpu")
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    return torch.device(name)


def seed_everything(seed: int) -> None:
    random.seed(seed)
    np.random.seed(seed % 2**32)
    torch.manual_seed(seed)


def monitor_of(cfg: ExperimentConfig, data: DataBundle) -> tuple[str, str]:
    """The metric that picks the best epoch (early stopping's, else the validation loss)."""
    if cfg.train.early_stopping is not None:
        return cfg.train.early_stopping.monitor, cfg.train.early_stopping.mode
    return (VAL_LOSS if data.val is not None else EPOCH_LOSS), "min"


def load_init_weights(client: MlflowClient, ref: str) -> dict[str, torch.Tensor]:
    """State dict of a previous run's best checkpoint (a run id, ``runs:/ID/...``,
    ``models:/NAME/VERSION`` or ``models:/NAME@ALIAS``); loaded with ``weights_only=True``,
    never unpickled code."""
    run_id = ref
    if ref.startswith("runs:/"):
        run_id = ref[len("runs:/"):].split("/", 1)[0]
    elif ref.startswith("models:/"):
        name_version = ref[len("models:/"):].strip("/")
        try:
            if "@" in name_version:  # models:/NAME@champion
                name, alias = name_version.split("@", 1)
                run_id = client.get_model_version_by_alias(name, alias).run_id
            else:
                name, version = name_version.split("/", 1)
                run_id = client.get_model_version(name, version).run_id
        except Exception:
            raise UserError(f"model.init_from {ref!r}: no such registered model version or "
                            "alias; use models:/NAME/VERSION, models:/NAME@ALIAS, runs:/RUN_ID "
                            "or a run id") from None
    if not RUN_ID_RE.match(run_id or ""):
        raise UserError(f"model.init_from {ref!r} is not a run id or a runs:/ or models:/ URI")
    try:
        client.get_run(run_id)
    except Exception:
        raise UserError(f"model.init_from: run {run_id} not found in the tracking store; "
                        "check the id (mlflow ui lists runs) and tracking.uri") from None
    found = download_checkpoint(client, run_id)
    if found is None:
        raise UserError(f"model.init_from: run {run_id} has no checkpoint artifact "
                        "(checkpoints/best.pt); train it with dnnlab and train.checkpoint true")
    state = found[1].get("model")
    if not isinstance(state, dict):
        raise UserError(f"model.init_from: the checkpoint of run {run_id} holds no weights")
    return state


def apply_init_weights(model: torch.nn.Module, state: dict[str, torch.Tensor]) -> list[str]:
    """Copy every tensor whose name and shape match (a new head keeps its fresh init)."""
    own = model.state_dict()
    matched = {k: v for k, v in state.items() if k in own and own[k].shape == v.shape}
    if not matched:
        raise UserError("model.init_from: no layer of that run matches this model's layer "
                        "names and shapes; use the same model section as the source run")
    model.load_state_dict(matched, strict=False)
    return sorted(matched)


def _memory_bytes() -> int:
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # not on Linux
        return 64 * 2**30


def check_model_size(cfg: ExperimentConfig, input_shape: tuple[int, ...], n_out: int) -> None:
    """Refuse a built-in model whose weights, gradients and optimiser state (about 4 copies of
    float32 weights) would not fit in this machine's memory, before allocating any of it: the
    model is first built on PyTorch's meta device, which has shapes but no storage."""
    if cfg.model.factory:
        return  # a user's code may not build on the meta device; it allocates what it asks
    try:
        with torch.device("meta"):
            meta = build_model(cfg.model, input_shape, n_out)
    except UserError:
        raise
    except Exception:  # the real build reports it
        return
    n = sum(p.numel() for p in meta.parameters())
    need = 16 * n
    if need > _memory_bytes() // 2:
        key = "model.hidden" if cfg.model.kind == "mlp" else "model.conv / model.hidden"
        raise UserError(f"{key}: the model has {n:,} parameters, about {need / 2**30:.1f} GiB "
                        f"to train, more than half this machine's {_memory_bytes() / 2**30:.0f} "
                        "GiB of memory; use narrower layers")


def prepare(cfg: ExperimentConfig, client: MlflowClient, data: DataBundle | None = None
            ) -> Prepared:
    """Data, model and loss: all the checks that can fail on user input."""
    seed_everything(cfg.seed)
    Thresholds.from_overrides(cfg.diagnose.thresholds)  # unknown names are a UserError
    unknown = sorted(set(cfg.diagnose.stop_on) - set(CODES))
    if unknown:
        raise UserError(f"diagnose.stop_on: unknown finding code(s) {', '.join(unknown)}; "
                        f"choose from {', '.join(CODES)}")
    device = resolve_device(cfg.train.device)
    if data is None:
        data = load_data(cfg.data, cfg.seed)
    loss_name = resolve_loss(cfg.train, data.task, data.n_classes)
    cfg = cfg.model_copy(deep=True)
    cfg.train.loss = loss_name
    cfg.train.device = device.type
    check_model_size(cfg, data.input_shape, n_outputs(loss_name, data.n_classes))
    model = build_model(cfg.model, data.input_shape, n_outputs(loss_name, data.n_classes))
    init_keys: list[str] = []
    if cfg.model.init_from:
        init_keys = apply_init_weights(model, load_init_weights(client, cfg.model.init_from))
    frozen = freeze_layers(model, cfg.model.freeze)
    return Prepared(cfg, data, model, TaskLoss(loss_name, cfg.train.huber_delta, data.task),
                    device, frozen, init_keys)


def run_tags(p: Prepared) -> dict[str, str]:
    tags = {
        "dataset": p.cfg.data.dataset,
        "model_kind": p.cfg.model.kind,
        "task": p.data.task,
        "logged_by": "dnnlab train",
        "dnnlab_version": dnnlab.__version__,
        "host": platform.node(),
        "device": str(p.device),
        "mlflow.source.name": "dnnlab train",
        "mlflow.source.type": "LOCAL",
    }
    source = getattr(p.data, "source", None)
    if source:
        tags["data.source"] = str(source)[:5000]
    commit = git_commit()
    if commit:
        tags["git_commit"] = commit
        tags["mlflow.source.git.commit"] = commit
    tags.update(p.cfg.public_dump()["tracking"]["tags"])
    return tags


def run_params(p: Prepared) -> dict[str, str]:
    """The resolved config flattened plus the model and data facts every run records."""
    params = flatten(p.cfg)
    facts = model_params(p.model)
    facts.pop("model.class")  # the config names the model (kind or factory)
    params.update(facts)
    params["steps_per_epoch"] = str(p.data.steps_per_epoch(p.cfg.train.batch_size))
    params["n_classes"] = str(p.data.n_classes)
    params["n_train"] = str(len(p.data.train.y))
    params["n_val"] = str(len(p.data.val.y) if p.data.val is not None else 0)
    params["n_test"] = str(len(p.data.test.y) if p.data.test is not None else 0)
    digest = getattr(p.data, "digest", None)
    if digest:
        params["data.digest"] = str(digest)
    if p.frozen:
        params["frozen_layers"] = json.dumps(p.frozen)
    return params
