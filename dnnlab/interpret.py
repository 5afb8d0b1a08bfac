"""Looking inside a trained network: filters, saliency maps, embeddings, attributions.

Everything here computes arrays and tables; ``dashboards/`` draws them. A run's model is rebuilt
from its own checkpoint: ``checkpoints/best.pt`` is read with ``torch.load(weights_only=True)``
(tensors and plain containers only, never pickled code). The checkpoint keys read here:

- ``model``: the state dict (always);
- ``config``: the experiment config (``dnnlab train`` runs): the architecture (built-in, or
  ``model.factory`` with ``model.args``) and the data split, rebuilt deterministically from the
  config and its seed;
- ``model_spec``: ``{"factory": ..., "args": {...}}`` when there is no config (runs logged from
  a user's own loop); ``task``, ``n_classes``, ``class_names``, ``input_shape`` and
  ``examples`` (``{"x", "y"}``, a small held-out sample, used as the test split) describe the
  data of such runs;
- ``epoch``.

A factory named by a checkpoint is imported only when :func:`trusted_factory` accepts it: code
under the working directory or ``$DNNLAB_CODE_ROOT``, or an ``nn.Module`` class of a module the
dashboard can already import; never code from the artifact store.

The attribution methods are Captum's: vanilla gradient saliency (Simonyan et al. 2013: |dS_c/dx|,
max over colour channels), SmoothGrad (Smilkov et al. 2017), Integrated Gradients (Sundararajan
et al. 2017), Grad-CAM (Selvaraju et al. 2017, with its ReLU) and occlusion (Zeiler and Fergus
2014). :func:`randomisation_check` is the model-parameter randomisation test of Adebayo et al.
(2018): a faithful map changes when the weights are randomised.

>>> import torch
>>> from dnnlab.config import ModelConfig
>>> from dnnlab.models import build_model
>>> model = build_model(ModelConfig(kind="cnn", conv=[{"channels": 4}], hidden=[8]),
...                     input_shape=(1, 8, 8), n_outputs=3).eval()
>>> saliency(model, torch.randn(1, 1, 8, 8), target=2).shape
(8, 8)
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import inspect
import math
import os
import sys
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any, Literal
from urllib.parse import unquote, urlparse

import numpy as np
import pandas as pd
import torch
from torch import nn

from dnnlab.config import ExperimentConfig, load_config_dict
from dnnlab.data import DataBundle, Split, load_data
from dnnlab.errors import UserError
from dnnlab.factories import factory_source_file, import_time_code, load_factory
from dnnlab.models import build_model, model_from_factory, relu_family_layers
from dnnlab.tracking import read_checkpoint
from dnnlab.train import n_outputs, resolve_loss

__all__ = [
    "CHECKPOINTS",
    "ClassScores",
    "LoadedModel",
    "confidently_wrong",
    "channel_grid",
    "channel_stack",
    "embedding_frame",
    "explain_image",
    "feature_attributions",
    "filter_grid",
    "filter_stack",
    "global_importance",
    "grad_cam",
    "hidden_features",
    "image_for_display",
    "integrated_gradients",
    "layer_table",
    "load_checkpoint",
    "load_run_model",
    "mass_inside",
    "model_from_checkpoint",
    "occlusion",
    "predict_proba",
    "randomisation_check",
    "randomised_copy",
    "rank_correlation",
    "saliency",
    "smoothgrad",
    "trusted_factory",
]

CODE_ROOT_ENV = "DNNLAB_CODE_ROOT"
NO_SAMPLES = "no samples available for this run"
CHECKPOINTS: tuple[str, ...] = ("checkpoints/best.pt", "checkpoints/last.pt")
Method = Literal["saliency", "smoothgrad", "integrated_gradients", "grad_cam", "occlusion"]


# ----------------------------------------------------------------------------- loading


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """A dnnlab checkpoint as plain data: ``{"model": state_dict, "config": dict, ...}``.

    ``torch.load(weights_only=True)`` refuses anything but tensors and plain containers, so a
    tampered artifact cannot run code; it is reported as a :class:`UserError`.
    """
    payload = read_checkpoint(path)  # weights_only; a refusal is a one-line UserError
    state = payload.get("model")
    if not isinstance(state, Mapping) or not state or \
            not all(isinstance(v, torch.Tensor) for v in state.values()):
        raise UserError(f"{Path(path).name} holds no model state dict (expected a dnnlab "
                        "checkpoint with a 'model' entry of tensors)")
    return payload


class ClassScores(nn.Module):
    """The score of each class, whose softmax is the predicted probability: the logits for
    cross-entropy; ``[-z/2, z/2]`` for a single binary logit ``z`` (softmax gives
    ``[1 - sigmoid(z), sigmoid(z)]``); the output itself for regression."""

    def __init__(self, model: nn.Module, binary: bool) -> None:
        super().__init__()
        self.model = model
        self.binary = binary

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.model(x)
        return torch.cat([-z / 2, z / 2], dim=1) if self.binary else z


@dataclass(eq=False)
class LoadedModel:
    """A run's trained model (CPU, eval mode) with the config and data it was trained on.

    ``config`` is None for runs logged from a user's own training loop; their ``data`` holds
    the checkpoint's ``examples`` as the test split (or no samples at all). ``model_spec`` is
    the factory and its args for a model that is not a built-in MLP/CNN.
    """

    run_id: str
    model: nn.Module
    config: ExperimentConfig | None
    data: DataBundle
    checkpoint: str
    epoch: int | None = None
    model_spec: dict[str, Any] | None = None
    data_note: str | None = None  # why the run's own data is not shown (see rebuild_data)

    @property
    def task(self) -> str:
        return self.data.task

    @property
    def is_image(self) -> bool:
        return bool(self.data.is_image) and len(self.data.input_shape) == 3

    @property
    def has_samples(self) -> bool:
        return any(s is not None and len(s) for s in (self.data.test, self.data.val,
                                                      self.data.train))

    def example_input(self) -> torch.Tensor:
        """A batch of one: the first available sample, else zeros of the input shape."""
        if self.has_samples:
            return self.split()[1].x[:1]
        return torch.zeros(1, *self.data.input_shape)

    @cached_property
    def n_outputs(self) -> int:
        """Width of the model's output, from a forward pass (else the last weight's rows)."""
        try:
            with torch.no_grad():
                out = self.model(self.example_input())
            return int(out.shape[1]) if out.dim() == 2 else 1
        except Exception:  # no usable input shape: fall back on the weights
            return _last_weight_rows(self.model.state_dict()) or 1

    @property
    def binary(self) -> bool:
        return self.task == "classification" and self.n_outputs == 1

    @property
    def class_names(self) -> list[str]:
        if self.task != "classification":
            return ["output"]
        n = max(self.data.n_classes, 2 if self.binary else self.n_outputs)
        names = list(self.data.class_names or [])
        return names if len(names) == n else [str(i) for i in range(n)]

    @property
    def feature_names(self) -> list[str]:
        n = math.prod(self.data.input_shape)
        names = list(self.data.feature_names or [])
        return names if len(names) == n else [f"x{i}" for i in range(n)]

    @property
    def scores(self) -> ClassScores:
        return ClassScores(self.model, self.binary).eval()

    @property
    def architecture(self) -> str:
        """``mlp``/``cnn`` for the built-in models, else the factory spec."""
        if self.model_spec:
            return str(self.model_spec.get("factory"))
        return self.config.model.kind if self.config is not None else type(self.model).__name__

    @cached_property
    def conv_layers(self) -> list[str]:
        """Every ``nn.Conv2d`` of the module tree, by dotted name, in module order."""
        return [n for n, m in self.model.named_modules() if n and isinstance(m, nn.Conv2d)]

    @cached_property
    def gradcam_layers(self) -> list[str]:
        """Conv layers and ReLU-family activation modules whose output is a spatial map, in
        the order the forward pass calls them; the last activation is the usual Grad-CAM
        choice. A module called more than once per pass (a shared ``nn.ReLU``) is left out:
        its maps would mix two places of the network."""
        if len(self.data.input_shape) != 3:
            return []
        relus = relu_family_layers(self.model)
        wanted = {m: n for n, m in self.model.named_modules()
                  if n and (isinstance(m, nn.Conv2d) or n in relus)}
        calls: dict[str, list[tuple[int, ...]]] = {}
        order: list[str] = []

        def hook(module: nn.Module, _inp: Any, out: Any) -> None:
            name = wanted[module]
            if name not in calls:
                order.append(name)
            shape = tuple(out.shape) if isinstance(out, torch.Tensor) else ()
            calls.setdefault(name, []).append(shape)

        handles = [m.register_forward_hook(hook) for m in wanted]
        try:
            with torch.no_grad():
                self.model(self.example_input())
        except Exception:
            return []
        finally:
            for h in handles:
                h.remove()
        return [n for n in order if len(calls[n]) == 1 and len(calls[n][0]) == 4
                and calls[n][0][2] * calls[n][0][3] > 1]

    @property
    def default_gradcam_layer(self) -> str | None:
        """The last ReLU-family activation among :attr:`gradcam_layers`, else the last."""
        layers = self.gradcam_layers
        relus = relu_family_layers(self.model)
        return next((n for n in reversed(layers) if n in relus), layers[-1] if layers else None)

    @cached_property
    def hidden_size(self) -> int | None:
        """Number of features of the last hidden layer (the input of the last Linear)."""
        try:
            return int(hidden_features(self.model, self.example_input()).shape[1])
        except (UserError, RuntimeError):
            return None

    def split(self, name: str = "test") -> tuple[str, Split]:
        """The named split, else the first of test, val, train that exists."""
        for candidate in (name, "test", "val", "train"):
            s = getattr(self.data, candidate, None)
            if s is not None and len(s):
                return candidate, s
        raise UserError(f"{NO_SAMPLES}: the checkpoint has no examples and its data set "
                        "cannot be rebuilt")


def _last_weight_rows(state: Mapping[str, torch.Tensor]) -> int | None:
    """Rows of the last weight matrix/kernel of a state dict (the output layer's width)."""
    for key in reversed(list(state)):
        if key.endswith("weight") and state[key].dim() >= 2:
            return int(state[key].shape[0])
    return None


def _model_spec(payload: Mapping[str, Any]) -> dict[str, Any] | None:
    spec = payload.get("model_spec")
    if spec is None:
        return None
    if not isinstance(spec, dict) or not isinstance(spec.get("factory"), str) or \
            not isinstance(spec.get("args", {}), dict):
        raise UserError("the checkpoint's model_spec must be {'factory': 'module:Name', "
                        "'args': {...}}")
    out = {"factory": spec["factory"], "args": dict(spec.get("args") or {})}
    if spec.get("script") is True:
        out["script"] = True
    return out


DATA_ROOT_ENV = "DNNLAB_DATA_ROOT"
SHIPPED_DATA = ("digits", "breast_cancer", "moons", "spirals", "blobs", "sine")


def _data_roots() -> list[Path]:
    return [Path(p).expanduser().resolve() for p in
            os.environ.get(DATA_ROOT_ENV, "").split(os.pathsep) if p.strip()]


def rebuild_data(config: ExperimentConfig, untrusted: Sequence[str | Path] = ()
                 ) -> tuple[DataBundle | None, str | None]:
    """The run's data split, rebuilt only where a run cannot make the reader open a file of
    its choosing: shipped and synthetic sets always; files (CSV, MNIST/CIFAR-10 folders,
    image folders) only under a folder the operator lists in ``$DNNLAB_DATA_ROOT``; a data
    factory only when :func:`trusted_factory` accepts it. Returns ``(data, None)`` or
    ``(None, why not)``."""
    d = config.data
    if d.dataset in SHIPPED_DATA:
        return load_data(d, config.seed), None
    if d.dataset == "factory":
        try:
            trusted_factory(str(d.factory), untrusted=untrusted)
        except UserError as err:
            return None, f"its data factory is not trusted here ({err})"
        return load_data(d, config.seed), None
    target = d.path if d.dataset == "csv" else d.root
    roots = _data_roots()
    if not roots:
        return None, (f"its {d.dataset} data is a file set; the dashboard reads data files only "
                      f"under the folders in ${DATA_ROOT_ENV} (not set)")
    where = Path(str(target)).expanduser()
    where = (roots[0] / where if not where.is_absolute() else where).resolve()
    bad = [Path(u).resolve() for u in untrusted]
    if not any(where.is_relative_to(r) for r in roots) or any(where.is_relative_to(b)
                                                             for b in bad):
        return None, (f"its {d.dataset} data ({where}) is outside ${DATA_ROOT_ENV}; the "
                      "dashboard reads no other files")
    cfg = d.model_copy(update={"path": str(where)} if d.dataset == "csv" else
                       {"root": str(where), "download": False})
    return load_data(cfg, config.seed), None


def _data_from_payload(payload: Mapping[str, Any], run_id: str) -> DataBundle:
    """The data of a run without a config: its saved ``examples`` as the test split."""
    examples = payload.get("examples")
    shape = payload.get("input_shape")
    x = y = None
    if isinstance(examples, dict) and isinstance(examples.get("x"), torch.Tensor) \
            and isinstance(examples.get("y"), torch.Tensor):
        x, y = examples["x"].float(), examples["y"]
        if x.dim() < 2 or len(y) != len(x):
            raise UserError(f"the examples in the checkpoint of run {run_id} have x of shape "
                            f"{tuple(x.shape)} and {len(y)} targets; expected (n, *input_shape) "
                            "and n targets")
    if isinstance(shape, (list, tuple)) and shape and \
            all(isinstance(d, int) and d > 0 for d in shape):
        input_shape = tuple(int(d) for d in shape)
    elif x is not None:
        input_shape = tuple(int(d) for d in x.shape[1:])
    else:
        input_shape = ()
    if x is not None and tuple(x.shape[1:]) != input_shape:
        raise UserError(f"the examples of run {run_id} have shape {tuple(x.shape[1:])}, but "
                        f"the checkpoint's input_shape is {input_shape}")
    task = payload.get("task")
    if task not in ("classification", "regression"):
        task = "regression" if y is not None and y.is_floating_point() else "classification"
    n_classes = payload.get("n_classes")
    if not isinstance(n_classes, int) or isinstance(n_classes, bool):
        if task == "classification":
            n_classes = int(y.max()) + 1 if y is not None and len(y) else 2
        else:
            n_classes = 1
    names = payload.get("class_names")
    if not (isinstance(names, list) and all(isinstance(n, str) for n in names)):
        names = [str(i) for i in range(n_classes)] if task == "classification" else []
    y_dtype = torch.int64 if task == "classification" else torch.float32
    empty = Split(torch.zeros(0, *input_shape), torch.zeros(0, dtype=y_dtype))
    test = None
    if x is not None and y is not None and len(x):
        y = y.long().reshape(-1) if task == "classification" else y.float()
        test = Split(x, y)
    return DataBundle(train=empty, val=None, test=test, task=task, n_classes=n_classes,
                      input_shape=input_shape, class_names=names, feature_names=None,
                      is_image=len(input_shape) == 3)


def _n_outputs_hint(config: ExperimentConfig | None, data: DataBundle,
                    state: Mapping[str, torch.Tensor]) -> int | None:
    """The output width the run trained with: from the config's loss, else the weights."""
    if config is not None:
        try:
            return n_outputs(resolve_loss(config.train, data.task, data.n_classes),
                             data.n_classes)
        except UserError:
            pass
    return _last_weight_rows(state)


def model_from_checkpoint(payload: Mapping[str, Any], run_id: str = "",
                          config: ExperimentConfig | None = None,
                          data: DataBundle | None = None, checkpoint: str = "", *,
                          untrusted: Sequence[str | Path] = ()) -> LoadedModel:
    """Rebuild the network of a checkpoint and load its weights (strictly).

    The architecture is the built-in MLP/CNN of the config, or a factory (``model.factory``
    of the config, else the checkpoint's ``model_spec``), imported only if
    :func:`trusted_factory` accepts it (``untrusted``: extra folders never imported from, such
    as the artifact download folder). The config comes from the checkpoint unless given; the
    data split is rebuilt from the config and its seed unless given; without a config, the
    checkpoint's ``examples`` are the test split (no examples: no samples, the model still
    loads).
    """
    state = payload["model"]
    spec = _model_spec(payload)
    if config is None:
        raw = payload.get("config")
        if isinstance(raw, dict):
            config = load_config_dict(raw, source=f"run {run_id} checkpoint config")
        elif spec is None:
            raise UserError("the checkpoint has no config; pass the run's config.yaml")
    note = None
    if data is None:
        if config is not None:
            try:
                data, note = rebuild_data(config, untrusted)
            except (UserError, OSError, ValueError) as err:  # e.g. a CSV or image folder moved
                data, note = None, f"its data could not be rebuilt ({err})"
            if data is None:
                if not isinstance(payload.get("examples"), dict):
                    raise UserError(f"data not available here for run {run_id}: {note}")
                data = _data_from_payload(payload, run_id)
        else:
            data = _data_from_payload(payload, run_id)
    if config is not None and config.model.factory is not None:
        spec = {"factory": config.model.factory, "args": dict(config.model.args)}
    elif config is not None:
        spec = None  # the built-in MLP/CNN of the config
    if spec is None:
        assert config is not None
        if "out.weight" not in state:
            raise UserError("the checkpoint's weights have no 'out' layer, so they are not "
                            f"those of the built-in {config.model.kind} its config describes")
        n_out = int(state["out.weight"].shape[0])
        model = build_model(config.model, data.input_shape, n_out)
    else:
        if spec.get("script"):
            _check_importable_script(spec["factory"], run_id)
        fn = trusted_factory(spec["factory"], untrusted=untrusted)
        model = model_from_factory(fn, spec["args"], data.input_shape,
                                   _n_outputs_hint(config, data, state),
                                   spec=spec["factory"], check_output=False)
    try:
        model.load_state_dict(state, strict=True)
    except RuntimeError as err:
        raise UserError(f"the checkpoint of run {run_id} does not fit the model its config "
                        f"describes: {str(err).splitlines()[0][:200]}") from None
    model.eval()
    epoch = payload.get("epoch")
    return LoadedModel(run_id, model, config, data, checkpoint,
                       int(epoch) if isinstance(epoch, int) else None, spec, note)


def load_run_model(client: Any, run_id: str) -> LoadedModel:
    """Download a run's best checkpoint (else its last) and rebuild the model from it.

    Only ``checkpoints/*.pt`` are read, with ``weights_only=True``; the logged MLflow model
    (a pickled module) is never loaded. Raises :class:`UserError` with a clear message when the
    run has no checkpoint or its data cannot be rebuilt.
    """
    # the downloads are read into memory and the folder removed: nothing left in the temp folder
    with tempfile.TemporaryDirectory(prefix="dnnlab-inspect-") as folder:
        for name in CHECKPOINTS:
            try:
                path = client.download_artifacts(run_id, name, folder)
            except Exception:  # absent artifact: MLflow raises different errors per store
                continue
            payload = load_checkpoint(path)
            config = None
            if not isinstance(payload.get("config"), dict) and payload.get("model_spec") is None:
                try:
                    config = _config_artifact(client, run_id, folder)
                except UserError:
                    raise _not_rebuildable(client, run_id) from None
            untrusted = [Path(folder), *_local_artifact_dirs(client, run_id)]
            return model_from_checkpoint(payload, run_id, config=config, checkpoint=name,
                                         untrusted=untrusted)
    raise UserError(f"run {run_id} has no checkpoint (checkpoints/best.pt): only runs trained "
                    "by dnnlab with train.checkpoint true can be inspected")


def _check_importable_script(spec: str, run_id: str) -> None:
    """A model class from the script a user's loop ran as ``__main__`` is imported from that
    file only if importing it would not run the training again: its top level must only define
    things (:func:`dnnlab.factories.import_time_code`)."""
    path = factory_source_file(spec)
    name = spec.rpartition(":")[2]
    if path is None or not path.is_file():
        raise UserError(f"run {run_id}'s model class {name} was defined in the script {path}, "
                        "which is not here; run the dashboard where that script is")
    code = import_time_code(path)
    if code is not None:
        raise UserError(f"run {run_id}'s model class {name} is defined in {path.name}, whose "
                        f"top level runs code on import ({code}), so it is not imported; put "
                        "the training under if __name__ == \"__main__\":, define the class in "
                        "a module of its own, or pass model_factory='package.module:build' to "
                        "dnnlab.track")


def _not_rebuildable(client: Any, run_id: str) -> UserError:
    """Why a run of a user's own loop has no model to inspect, and what to change: its class
    could not be named when it was logged (Inspect never loads a pickled or exported model:
    either could run code a tampered run put there)."""
    try:
        cls = client.get_run(run_id).data.params.get("model.class", "")
    except Exception:
        cls = ""
    where = (f"{cls.split('.')[-1]} is defined in the script that ran (__main__)"
             if cls.startswith("__main__.") else
             f"{cls or 'its model class'} could not be imported or needs arguments")
    return UserError(f"run {run_id} cannot be rebuilt here: {where}; define the class in an "
                     "importable module, or pass model_factory='package.module:build' (and "
                     "model_args={...}) to dnnlab.track")


def _local_artifact_dirs(client: Any, run_id: str) -> list[Path]:
    """The run's experiment artifact folder when the artifact store is a local folder."""
    try:
        uri = client.get_run(run_id).info.artifact_uri
    except Exception:
        return []
    parsed = urlparse(str(uri))
    if parsed.scheme not in ("", "file"):
        return []
    path = Path(unquote(parsed.path))
    return [path.parent.parent] if len(path.parts) > 3 else [path]


def _code_roots() -> list[Path]:
    roots = [Path.cwd()]
    for part in os.environ.get(CODE_ROOT_ENV, "").split(os.pathsep):
        if part.strip():
            roots.append(Path(part.strip()).expanduser())
    return [r.resolve() for r in roots]


def _under(path: Path, folders: Sequence[Path]) -> bool:
    return any(path == f or f in path.parents for f in folders)


# MLflow's default local artifact folders: a run's logged files must never be imported
_ARTIFACT_FOLDERS = ("mlruns", "mlartifacts")


def _in_artifacts(path: Path, untrusted: Sequence[Path]) -> bool:
    return _under(path, untrusted) or any(p in _ARTIFACT_FOLDERS for p in path.parts)


def _refuse(spec: str, why: str) -> UserError:
    return UserError(
        f"model.factory {spec!r} is not trusted, so its code was not imported: {why}; the "
        f"dashboard imports model code only from the working directory {os.getcwd()} or the "
        f"folders in ${CODE_ROOT_ENV} (separated by {os.pathsep!r}): set {CODE_ROOT_ENV} to "
        "the folder that holds your model code (or start the dashboard from it)")


def _check_trusted_file(spec: str, path: Path, untrusted: Sequence[Path]) -> None:
    path = path.resolve()
    if _in_artifacts(path, untrusted):
        raise UserError(f"model.factory {spec!r}: {path} lies in the tracking store's "
                        "artifacts; code logged with a run is never imported")
    if not _under(path, _code_roots()):
        raise _refuse(spec, f"{path} lies outside them")


def trusted_factory(spec: str, *, untrusted: Sequence[str | Path] = ()) -> Callable[..., Any]:
    """The callable a checkpoint or config names, imported only if it is trusted.

    A run's record can be tampered with, so the dashboard never runs code just because a run
    names it. Path form (``./file.py:Name``): the file must lie under the working directory or
    a folder of ``$DNNLAB_CODE_ROOT`` (``os.pathsep``-separated). Module form
    (``package.module:Name``): the module must be importable from the current ``sys.path``
    (nothing is added to it) and ``Name`` an ``nn.Module`` subclass, or a callable defined in
    a file under those folders. Files under ``untrusted`` folders or MLflow's artifact folders
    (``mlruns``, ``mlartifacts``) are refused. Anything else is a :class:`UserError` that says
    which environment variable to set.
    """
    bad = [Path(u).resolve() for u in untrusted]
    path = factory_source_file(spec)
    if path is not None:
        _check_trusted_file(spec, path, bad)
        return load_factory(spec, "model.factory")
    target, sep, attr = str(spec).rpartition(":")
    if not sep or not target or not attr:
        raise UserError(f"model.factory {spec!r} must look like package.module:Name")
    top = target.split(".")[0]
    try:
        found = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        found = None
    if found is None:
        raise UserError(
            f"model.factory {spec!r} is not trusted, so its code was not imported: module "
            f"{top!r} is not importable from the dashboard's Python path (nothing is added to "
            "it); install the package or add its folder to PYTHONPATH when starting the "
            f"dashboard (and to {CODE_ROOT_ENV} if {attr} is a function rather than an "
            "nn.Module class), or name the file: path/to/file.py:Name")
    places = [Path(found.origin)] if found.origin and found.has_location else []
    places += [Path(p) for p in (found.submodule_search_locations or [])]
    if any(_in_artifacts(place.resolve(), bad) for place in places):
        raise UserError(f"model.factory {spec!r}: module {top!r} lies in the tracking "
                        "store's artifacts; code logged with a run is never imported")
    try:
        module = importlib.import_module(target)
    except Exception as err:
        first = str(err).strip().splitlines()[0][:200] if str(err).strip() else ""
        raise UserError(f"model.factory {spec!r}: importing {target} raised "
                        f"{type(err).__name__} {first}") from None
    obj: Any = module
    for part in attr.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            raise UserError(f"model.factory {spec!r}: {target} has no attribute {attr!r}")
    if inspect.isclass(obj) and issubclass(obj, nn.Module):
        return obj
    if not callable(obj):
        raise UserError(f"model.factory {spec!r}: {attr} is not callable")
    defined_in = getattr(sys.modules.get(getattr(obj, "__module__", "") or ""), "__file__", None)
    if defined_in is None:
        raise _refuse(spec, f"{attr} is neither an nn.Module class nor defined in a Python file")
    _check_trusted_file(spec, Path(defined_in), bad)
    return obj


def _config_artifact(client: Any, run_id: str, folder: str) -> ExperimentConfig:
    import yaml

    try:
        path = client.download_artifacts(run_id, "config.yaml", folder)
        raw = yaml.safe_load(Path(path).read_text())
    except Exception:
        raise UserError(f"run {run_id} has neither a config in its checkpoint nor a "
                        "config.yaml artifact") from None
    return load_config_dict(raw or {}, source=f"run {run_id} config.yaml")


# ----------------------------------------------------------------------------- predictions


def _batches(x: torch.Tensor, size: int = 512):
    for i in range(0, len(x), size):
        yield x[i:i + size]


@torch.no_grad()
def predict_proba(loaded: LoadedModel, x: torch.Tensor) -> np.ndarray:
    """Class probabilities ``(n, K)`` (K = 2 for a binary logit); regression: ``(n, 1)``
    predictions."""
    scores = loaded.scores
    outs = [scores(xb) for xb in _batches(x)]
    out = torch.cat(outs) if outs else torch.zeros(0, loaded.n_outputs)
    if loaded.task != "classification":
        return out.numpy()
    return torch.softmax(out, dim=1).numpy()


@torch.no_grad()
def hidden_features(model: nn.Module, x: torch.Tensor) -> np.ndarray:
    """The last hidden layer's output for ``x``: the input of the last ``nn.Linear`` the
    forward pass calls (after the last activation and dropout), one row per sample."""
    linears = [m for m in model.modules() if isinstance(m, nn.Linear)]
    if not linears:
        raise UserError("the model has no Linear layer, so it has no last hidden layer to show")
    last: list[torch.Tensor | None] = [None]

    def hook(_m: nn.Module, inp: tuple[torch.Tensor, ...], _out: Any) -> None:
        last[0] = inp[0]

    captured: list[torch.Tensor] = []
    handles = [m.register_forward_hook(hook) for m in linears]
    try:
        for xb in _batches(x):
            last[0] = None
            model(xb)
            if last[0] is not None:
                captured.append(last[0].reshape(len(xb), -1))
    finally:
        for h in handles:
            h.remove()
    return torch.cat(captured).numpy() if captured else np.zeros((0, 0))


@torch.no_grad()
def layer_table(model: nn.Module, x: torch.Tensor | None = None) -> pd.DataFrame:
    """The module tree as a table, one row per leaf module or module with its own weights:
    ``layer`` (dotted name), ``type``, ``parameters``, ``trainable`` (parameters with
    gradients) and, when an input batch ``x`` is given, ``output`` (shape of the first call
    without the batch dimension; empty for modules the forward pass does not call)."""
    rows = []
    shapes: dict[str, str] = {}
    handles = []
    for name, module in model.named_modules():
        own = list(module.parameters(recurse=False))
        if not name or (list(module.children()) and not own):
            continue
        rows.append({"layer": name, "type": type(module).__name__,
                     "parameters": sum(p.numel() for p in own),
                     "trainable": sum(p.numel() for p in own if p.requires_grad)})
        if x is not None:
            def hook(_m: nn.Module, _inp: Any, out: Any, name: str = name) -> None:
                if name not in shapes:
                    shapes[name] = (str(tuple(out.shape[1:])) if isinstance(out, torch.Tensor)
                                    else type(out).__name__)
            handles.append(module.register_forward_hook(hook))
    if x is not None:
        try:
            model(x)
        except Exception:  # an input the model does not take: the table without shapes
            shapes.clear()
        finally:
            for h in handles:
                h.remove()
    frame = pd.DataFrame(rows, columns=["layer", "type", "parameters", "trainable"])
    if x is not None:
        frame["output"] = [shapes.get(n, "") for n in frame["layer"]]
    return frame


def embedding_frame(loaded: LoadedModel, split: str = "test",
                    method: Literal["pca", "tsne"] = "pca", max_samples: int = 1500,
                    seed: int = 0) -> pd.DataFrame:
    """The last hidden layer's features of a split in 2-D (PCA or t-SNE): columns ``index``,
    ``x``, ``y``, ``true``, ``pred``, ``confidence`` (probability of the prediction) and
    ``correct``. Classification only."""
    from sklearn.decomposition import PCA
    from sklearn.manifold import TSNE
    from threadpoolctl import threadpool_limits

    _, s = loaded.split(split)
    idx = np.arange(len(s))
    if len(idx) > max_samples:
        idx = np.sort(np.random.default_rng(seed).choice(len(idx), max_samples, replace=False))
    x = s.x[torch.as_tensor(idx)]
    feats = hidden_features(loaded.model, x).astype(np.float64)
    proba = predict_proba(loaded, x)
    if len(feats) < 3:
        raise UserError("too few samples for a 2-D embedding (need at least 3)")
    # one thread: a few thousand points need no more, and two OpenMP runtimes in one process
    # (torch's and scikit-learn's) spinning on a busy machine made t-SNE 50x slower
    with threadpool_limits(limits=1):
        if feats.shape[1] == 1:
            xy = np.column_stack([feats[:, 0], np.zeros(len(feats))])
        elif method == "tsne":
            perplexity = float(min(30.0, max(2.0, (len(feats) - 1) / 3)))
            xy = TSNE(n_components=2, perplexity=perplexity, init="pca",
                      random_state=seed).fit_transform(feats)
        else:
            xy = PCA(n_components=2, random_state=seed).fit_transform(feats)
    names = loaded.class_names
    true = s.y[torch.as_tensor(idx)].numpy().astype(int).reshape(-1)
    pred = proba.argmax(1)
    return pd.DataFrame({
        "index": idx, "x": xy[:, 0], "y": xy[:, 1],
        "true": [names[i] for i in true], "pred": [names[i] for i in pred],
        "confidence": proba[np.arange(len(pred)), pred], "correct": true == pred,
    })


def confidently_wrong(loaded: LoadedModel, split: str = "test", k: int = 8) -> pd.DataFrame:
    """The ``k`` misclassified samples the model was surest of: ``index``, ``true``, ``pred``,
    ``confidence`` (probability of the wrong prediction), ``p_true``; most confident first."""
    _, s = loaded.split(split)
    proba = predict_proba(loaded, s.x)
    true = s.y.numpy().astype(int).reshape(-1)
    pred = proba.argmax(1)
    wrong = np.flatnonzero(pred != true)
    conf = proba[wrong, pred[wrong]]
    order = wrong[np.argsort(-conf, kind="stable")][:k]
    names = loaded.class_names
    return pd.DataFrame({
        "index": order, "true": [names[i] for i in true[order]],
        "pred": [names[i] for i in pred[order]], "confidence": proba[order, pred[order]],
        "p_true": proba[order, true[order]],
    })


# ----------------------------------------------------------------------------- filters


def _as_image(grid: torch.Tensor) -> np.ndarray:
    arr = grid.detach().cpu().float().numpy()
    if arr.shape[0] == 3 and np.allclose(arr[0], arr[1]) and np.allclose(arr[1], arr[2]):
        return arr[0]
    return np.transpose(arr, (1, 2, 0))


def filter_grid(weight: torch.Tensor, nrow: int | None = None) -> np.ndarray:
    """First-layer conv filters ``(out, in, kh, kw)`` as one image in [0, 1] (each filter
    scaled on its own): ``(H, W)`` for 1 input channel, ``(H, W, 3)`` for RGB; more input
    channels are averaged."""
    from torchvision.utils import make_grid

    w = weight.detach().cpu().float()
    if w.dim() != 4:
        raise ValueError(f"expected conv weights (out, in, kh, kw), got shape {tuple(w.shape)}")
    if w.shape[1] not in (1, 3):
        w = w.mean(dim=1, keepdim=True)
    nrow = nrow or max(1, math.ceil(math.sqrt(w.shape[0])))
    grid = make_grid(w, nrow=nrow, normalize=True, scale_each=True, padding=1, pad_value=1.0)
    return _as_image(grid)


def channel_grid(weight: torch.Tensor, filter_index: int, nrow: int | None = None) -> np.ndarray:
    """One filter of a deeper conv layer, each input channel as its own grey tile (deeper
    filters are not directly interpretable as images, so channels are shown apart)."""
    from torchvision.utils import make_grid

    w = weight.detach().cpu().float()
    if not 0 <= filter_index < w.shape[0]:
        raise ValueError(f"filter {filter_index} out of range 0..{w.shape[0] - 1}")
    tiles = w[filter_index].unsqueeze(1)  # (in, 1, kh, kw)
    nrow = nrow or max(1, math.ceil(math.sqrt(tiles.shape[0])))
    grid = make_grid(tiles, nrow=nrow, normalize=True, scale_each=True, padding=1, pad_value=1.0)
    return _as_image(grid)


def _scaled_each(tiles: np.ndarray) -> np.ndarray:
    """Each tile (first axis) scaled to [0, 1] on its own; a constant tile is all 0.5."""
    flat = tiles.reshape(len(tiles), -1)
    lo, hi = flat.min(axis=1), flat.max(axis=1)
    span = np.where(hi > lo, hi - lo, 1.0)
    out = (flat - lo[:, None]) / span[:, None]
    out[hi <= lo] = 0.5
    return out.reshape(tiles.shape)


def filter_stack(weight: torch.Tensor) -> np.ndarray:
    """First-layer conv filters ``(out, in, kh, kw)`` as one tile per filter, each scaled to
    [0, 1] on its own: ``(out, kh, kw)`` for 1 input channel, ``(out, kh, kw, 3)`` for RGB; more
    input channels are averaged. Drawn as small multiples, each keeps its kernel's own axes."""
    w = weight.detach().cpu().float()
    if w.dim() != 4:
        raise ValueError(f"expected conv weights (out, in, kh, kw), got shape {tuple(w.shape)}")
    if w.shape[1] == 3:
        return _scaled_each(w.permute(0, 2, 3, 1).numpy().astype(np.float64))
    return _scaled_each(w.mean(dim=1).numpy().astype(np.float64))


def channel_stack(weight: torch.Tensor, filter_index: int) -> np.ndarray:
    """One filter of a deeper conv layer, ``(in, kh, kw)``: each input channel a tile scaled to
    [0, 1] on its own (deeper filters are not images, so their channels are shown apart)."""
    w = weight.detach().cpu().float()
    if not 0 <= filter_index < w.shape[0]:
        raise ValueError(f"filter {filter_index} out of range 0..{w.shape[0] - 1}")
    return _scaled_each(w[filter_index].numpy().astype(np.float64))


def image_for_display(x: torch.Tensor) -> np.ndarray:
    """A (standardised) input image ``(C, H, W)`` or ``(1, C, H, W)`` scaled to [0, 1]:
    ``(H, W)`` grey or ``(H, W, 3)`` colour."""
    img = x.detach().cpu().float()
    if img.dim() == 4:
        img = img[0]
    lo, hi = float(img.min()), float(img.max())
    img = (img - lo) / (hi - lo) if hi > lo else torch.zeros_like(img)
    arr = img.numpy()
    return arr[0] if arr.shape[0] == 1 else np.transpose(arr[:3], (1, 2, 0))


# ----------------------------------------------------------------------------- attributions


def _prep(x: torch.Tensor) -> torch.Tensor:
    """A batch of one, detached from any graph, with gradients on (what Captum needs)."""
    x = x.detach().float().clone()
    x = x.unsqueeze(0) if x.dim() in (1, 3) else x
    return x.requires_grad_(True)


def _reduce(attr: torch.Tensor, how: Literal["max_abs", "sum", "mean"]) -> np.ndarray:
    """(1, C, H, W) -> (H, W) over channels; (1, F) -> (F,)."""
    a = attr.detach()[0]
    if a.dim() == 3:
        a = a.abs().amax(0) if how == "max_abs" else (a.sum(0) if how == "sum" else a.mean(0))
    elif how == "max_abs":
        a = a.abs()
    return a.cpu().numpy().astype(np.float64)


def saliency(model: nn.Module, x: torch.Tensor, target: int | None) -> np.ndarray:
    """Vanilla gradient saliency (Simonyan et al.): |d score_target / d x|, max over channels."""
    from captum.attr import Saliency

    attr = Saliency(model).attribute(_prep(x), target=target, abs=True)
    return _reduce(attr, "max_abs")


def smoothgrad(model: nn.Module, x: torch.Tensor, target: int | None, n_samples: int = 25,
               noise: float = 0.15, seed: int = 0) -> np.ndarray:
    """SmoothGrad: the saliency averaged over ``n_samples`` noisy copies of ``x``, the noise's
    standard deviation ``noise`` times the input's value range (Smilkov et al.: 10-20%)."""
    from captum.attr import NoiseTunnel, Saliency

    xin = _prep(x)
    spread = float(xin.detach().max() - xin.detach().min()) or 1.0
    torch.manual_seed(seed)
    attr = NoiseTunnel(Saliency(model)).attribute(
        xin, nt_type="smoothgrad", nt_samples=n_samples, stdevs=noise * spread,
        target=target, abs=True)
    return _reduce(attr, "max_abs")


def integrated_gradients(model: nn.Module, x: torch.Tensor, target: int | None,
                         baseline: torch.Tensor | None = None, n_steps: int = 50,
                         reduce: Literal["sum", "none"] = "sum") -> tuple[np.ndarray, float]:
    """Integrated Gradients from ``baseline`` (default: zeros, i.e. the training mean of
    standardised inputs) to ``x``: signed attributions summed over channels, and the
    completeness error |sum(attr) - (F(x) - F(baseline))|."""
    from captum.attr import IntegratedGradients

    xin = _prep(x)
    base = torch.zeros_like(xin) if baseline is None else _prep(baseline)
    attr, delta = IntegratedGradients(model).attribute(
        xin, baselines=base, target=target, n_steps=n_steps, internal_batch_size=n_steps,
        return_convergence_delta=True)
    out = attr.detach()[0].cpu().numpy().astype(np.float64) if reduce == "none" \
        else _reduce(attr, "sum")
    return out, float(delta.abs().max())


def grad_cam(model: nn.Module, x: torch.Tensor, target: int | None,
             layer: nn.Module) -> np.ndarray:
    """Grad-CAM on ``layer`` (a conv block's layer), with the paper's ReLU, upsampled
    bilinearly to the input's height and width."""
    from captum.attr import LayerAttribution, LayerGradCam

    xin = _prep(x)
    attr = LayerGradCam(model, layer).attribute(xin, target=target, relu_attributions=True)
    up = LayerAttribution.interpolate(attr, tuple(xin.shape[-2:]), interpolate_mode="bilinear")
    return up.detach()[0, 0].cpu().numpy().astype(np.float64)


def occlusion(model: nn.Module, x: torch.Tensor, target: int | None,
              window: int | None = None, stride: int | None = None) -> np.ndarray:
    """Occlusion sensitivity: how much the target score drops when a ``window`` x ``window``
    patch (all channels; a single feature for tabular data) is set to 0 (the training mean),
    averaged over the windows covering each pixel. Positive = the patch supports the class."""
    from captum.attr import Occlusion

    xin = _prep(x)
    if xin.dim() == 4:
        c, h, w = xin.shape[1:]
        window = window or max(2, min(h, w) // 4)
        stride = stride or max(1, window // 2)
        attr = Occlusion(model).attribute(xin, sliding_window_shapes=(c, window, window),
                                          strides=(c, stride, stride), baselines=0.0,
                                          target=target, perturbations_per_eval=64)
        return _reduce(attr, "mean")
    attr = Occlusion(model).attribute(xin, sliding_window_shapes=(1,), strides=(1,),
                                      baselines=0.0, target=target, perturbations_per_eval=64)
    return _reduce(attr, "sum")


def _layer(model: nn.Module, name: str) -> nn.Module:
    inner = model.model if isinstance(model, ClassScores) else model
    try:
        return inner.get_submodule(name)
    except AttributeError:
        raise UserError(f"the model has no layer {name!r}") from None


def explain_image(model: nn.Module, x: torch.Tensor, target: int,
                  gradcam_layer: str | None = None, smooth_samples: int = 25,
                  ig_steps: int = 50) -> dict[str, np.ndarray]:
    """All five maps for one image and class: ``saliency``, ``smoothgrad``,
    ``integrated_gradients``, ``grad_cam`` (when a layer is named) and ``occlusion``, each
    ``(H, W)``."""
    maps = {
        "saliency": saliency(model, x, target),
        "smoothgrad": smoothgrad(model, x, target, n_samples=smooth_samples),
        "integrated_gradients": integrated_gradients(model, x, target, n_steps=ig_steps)[0],
    }
    if gradcam_layer:
        maps["grad_cam"] = grad_cam(model, x, target, _layer(model, gradcam_layer))
    maps["occlusion"] = occlusion(model, x, target)
    return maps


def feature_attributions(model: nn.Module, x: torch.Tensor, target: int | None,
                         feature_names: Sequence[str]) -> pd.DataFrame:
    """Per-feature attributions of one tabular sample: its ``value`` (standardised), the
    ``gradient``, ``gradient_x_input``, ``integrated_gradients`` and ``occlusion`` (score drop
    when the feature is set to the training mean); sorted by |integrated_gradients|."""
    from captum.attr import Saliency

    xin = _prep(x.reshape(1, -1))
    grad = Saliency(model).attribute(xin, target=target, abs=False).detach()[0].numpy()
    ig, _ = integrated_gradients(model, xin, target, reduce="none")
    occ = occlusion(model, xin, target)
    value = xin.detach()[0].numpy().astype(np.float64)
    frame = pd.DataFrame({
        "feature": list(feature_names), "value": value,
        "gradient": grad.astype(np.float64), "gradient_x_input": grad * value,
        "integrated_gradients": ig.reshape(-1), "occlusion": occ.reshape(-1),
    })
    order = np.argsort(-np.abs(frame["integrated_gradients"].to_numpy()), kind="stable")
    return frame.iloc[order].reset_index(drop=True)


def global_importance(model: nn.Module, x: torch.Tensor, targets: torch.Tensor | None,
                      feature_names: Sequence[str], n_steps: int = 32) -> pd.DataFrame:
    """Mean |Integrated Gradients| per feature over the samples ``x`` (each toward its own
    target class, or the output for regression), largest first."""
    from captum.attr import IntegratedGradients

    xin = x.detach().float().reshape(len(x), -1).requires_grad_(True)
    tgt = None if targets is None else targets.reshape(-1).long()
    attr = IntegratedGradients(model).attribute(xin, baselines=torch.zeros_like(xin),
                                                target=tgt, n_steps=n_steps,
                                                internal_batch_size=max(n_steps, 256))
    mean_abs = attr.detach().abs().mean(0).numpy()
    frame = pd.DataFrame({"feature": list(feature_names), "mean_abs_ig": mean_abs})
    return frame.sort_values("mean_abs_ig", ascending=False, kind="stable").reset_index(drop=True)


# ----------------------------------------------------------------------------- faithfulness


def randomised_copy(model: nn.Module, seed: int = 0,
                    layers: Sequence[str] | None = None) -> nn.Module:
    """A copy of ``model`` with the parameters of ``layers`` (default: all) re-initialised
    (Adebayo et al.'s model-parameter randomisation; naming the top layers cascades it)."""
    twin = copy.deepcopy(model)
    torch.manual_seed(seed)
    for name, module in twin.named_modules():
        if layers is not None and name.split(".")[-1] not in layers and name not in layers:
            continue
        reset = getattr(module, "reset_parameters", None)
        if callable(reset) and any(True for _ in module.parameters(recurse=False)):
            with torch.no_grad():
                reset()
                if isinstance(module, nn.modules.batchnorm._BatchNorm) and module.affine:
                    nn.init.normal_(module.weight, 1.0, 0.5)
                    nn.init.normal_(module.bias, 0.0, 0.5)
    return twin


def rank_correlation(a: np.ndarray, b: np.ndarray) -> float:
    """Spearman rank correlation of two maps (flattened); 0 when either is constant."""
    from scipy.stats import spearmanr

    a, b = np.asarray(a, dtype=float).ravel(), np.asarray(b, dtype=float).ravel()
    if np.ptp(a) == 0 or np.ptp(b) == 0:
        return 0.0
    return float(spearmanr(a, b).statistic)


def mass_inside(attr_map: np.ndarray, mask: np.ndarray) -> float:
    """Share of the map's absolute mass that falls inside ``mask`` (0 for an all-zero map)."""
    a = np.abs(np.asarray(attr_map, dtype=float))
    total = a.sum()
    return float((a * np.asarray(mask, dtype=bool)).sum() / total) if total > 0 else 0.0


def randomisation_check(loaded_or_model: LoadedModel | nn.Module, x: torch.Tensor,
                        target: int, method: Method = "saliency", seed: int = 0,
                        gradcam_layer: str | None = None) -> float:
    """Spearman correlation between the map of the trained model and of the same network with
    randomised weights (Adebayo et al. 2018). Low (well below 1) = the map depends on what the
    model learned; near 1 = it mostly reflects the input or the architecture."""
    if isinstance(loaded_or_model, LoadedModel):
        trained = loaded_or_model.scores
    else:
        trained = loaded_or_model
    inner = trained.model if isinstance(trained, ClassScores) else trained
    rnd_inner = randomised_copy(inner, seed).eval()
    rnd = ClassScores(rnd_inner, trained.binary) if isinstance(trained, ClassScores) \
        else rnd_inner

    def one(m: nn.Module) -> np.ndarray:
        if method == "saliency":
            return saliency(m, x, target)
        if method == "smoothgrad":
            return smoothgrad(m, x, target)
        if method == "integrated_gradients":
            return np.abs(integrated_gradients(m, x, target)[0])
        if method == "grad_cam":
            return grad_cam(m, x, target, _layer(m, gradcam_layer or "conv1"))
        return occlusion(m, x, target)

    return rank_correlation(one(trained), one(rnd))
