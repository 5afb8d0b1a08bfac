"""The experiment file: one typed, validated config per run.

An experiment file is YAML with the sections ``data``, ``model``, ``optim``, ``train``,
``tracking`` and ``diagnose`` (plus ``name`` and ``seed``). Every section is a pydantic model
that forbids unknown keys, so a typo is an error rather than a silently ignored setting.

>>> cfg = load_config_dict({"data": {"dataset": "moons"}}, overrides=["optim.lr=0.01"])
>>> cfg.optim.lr
0.01
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from dnnlab import keys
from dnnlab.errors import UserError
from dnnlab.redaction import redact

DEFAULT_TRACKING_URI = "sqlite:///mlflow.db"
MAX_FILE_BYTES = 1_000_000  # an experiment file is a page of YAML, not a data set
MAX_YAML_NODES = 100_000  # after expanding aliases ("billion laughs" stops here)
MAX_TAGS = 200

Dataset = Literal[
    "digits", "breast_cancer", "moons", "spirals", "blobs", "sine", "csv",
    "mnist", "fashion_mnist", "cifar10", "factory", "imagefolder",
]
Activation = Literal["relu", "leaky_relu", "elu", "selu", "sigmoid", "tanh", "silu", "maxout"]
Init = Literal[
    "default", "zeros", "normal", "xavier_uniform", "xavier_normal",
    "kaiming_uniform", "kaiming_normal",
]
Optimizer = Literal["sgd", "adam", "adamw", "rmsprop", "adagrad", "adadelta"]
Schedule = Literal["constant", "step", "exponential", "inverse_time", "cosine", "plateau"]
Loss = Literal["auto", "cross_entropy", "bce", "mse", "mae", "huber"]


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True, allow_inf_nan=False)


class AugmentConfig(_Section):
    """Image augmentation with torchvision.transforms.v2 (training split only)."""

    hflip: bool = False
    vflip: bool = False
    rotation: float = Field(0.0, ge=0, le=180, description="max rotation in degrees")
    crop_padding: int = Field(0, ge=0, description="pad then random-crop back to size")
    noise_std: float = Field(0.0, ge=0, description="additive Gaussian noise (standardised units)")


class DataConfig(_Section):
    """A shipped data set, a CSV file, an image folder, or your own data from ``factory``.

    ``factory`` is ``"package.module:callable"`` or ``"./file.py:callable"`` (a path relative
    to the working directory), called with ``args`` as keyword arguments; it returns ``(x, y)``,
    ``{"x": x, "y": y}``, a ``torch.utils.data.Dataset`` of ``(x, y)`` items, or a mapping
    ``{"train": ..., "val": ..., "test": ...}`` of those (``dataset`` becomes ``factory``).
    """

    dataset: Dataset = "digits"
    path: str | None = Field(None, description="csv: path of the file")
    target: str | None = Field(None, description="csv: name of the target column")
    task: Literal["auto", "classification", "regression"] = "auto"
    root: str = Field(
        "data", description="mnist/fashion_mnist/cifar10: torchvision root; imagefolder: the "
        "folder of class subfolders (or of train/, val/, test/ subfolders)")
    download: bool = False
    factory: str | None = Field(
        None, description="your own data: 'package.module:callable' or './file.py:callable'")
    args: dict[str, Any] = Field(
        default_factory=dict, description="factory: keyword arguments of the callable")
    image_size: int | list[int] | None = Field(
        None, description="imagefolder: resize every image to this (int or [h, w])")
    channels: Literal[1, 3] | None = Field(
        None, description="imagefolder: 1 (grey) or 3 (RGB); default: the first image's mode")
    n_samples: int = Field(1000, ge=10, description="synthetic data sets: number of samples")
    noise: float = Field(0.1, ge=0, description="synthetic data sets: noise level")
    n_classes: int = Field(3, ge=2, description="blobs/spirals: number of classes")
    n_features: int = Field(2, ge=1, description="blobs: number of features")
    val_fraction: float = Field(0.2, ge=0, lt=1)
    test_fraction: float = Field(0.2, ge=0, lt=1)
    kfold: int | None = Field(None, ge=2, description="k-fold cross-validation: number of folds")
    standardize: bool = True
    augment: AugmentConfig | None = None
    subset: int | None = Field(None, ge=1, description="keep only N training samples")
    shuffle: bool = True
    order: Literal["random", "by_label"] = "random"

    @model_validator(mode="before")
    @classmethod
    def _factory_dataset(cls, data: Any) -> Any:
        """``factory`` given: ``dataset`` becomes ``factory`` (another data set is an error)."""
        if not isinstance(data, dict) or data.get("factory") is None:
            return data
        dataset = data.get("dataset")
        if dataset not in (None, "factory"):
            raise ValueError(f"data.factory is set, so data.dataset {dataset!r} does not apply; "
                             "remove data.dataset (or set it to factory)")
        name, _, attr = str(data["factory"]).rpartition(":")
        if not name.strip() or not attr.strip():
            raise ValueError(f"data.factory {data['factory']!r} must look like "
                             "'package.module:callable' or './file.py:callable'")
        return {**data, "dataset": "factory"}

    @field_validator("image_size")
    @classmethod
    def _image_size(cls, v: int | list[int] | None) -> int | list[int] | None:
        sizes = [v] if isinstance(v, int) else v
        if sizes is not None and ((len(sizes) != 2 and not isinstance(v, int))
                                  or any(s < 1 for s in sizes)):
            raise ValueError(f"image_size must be a positive int or [height, width], got {v}")
        return v

    @model_validator(mode="after")
    def _check(self) -> DataConfig:
        if self.val_fraction + self.test_fraction >= 0.9:
            raise ValueError(
                f"val_fraction + test_fraction = {self.val_fraction + self.test_fraction:g} "
                "leaves too little training data; keep the sum below 0.9"
            )
        if self.dataset == "csv" and (not self.path or not self.target):
            raise ValueError("dataset 'csv' needs data.path and data.target (the target column)")
        if self.dataset == "factory" and not self.factory:
            raise ValueError("dataset 'factory' needs data.factory, e.g. './mydata.py:make_data'")
        return self


class ConvBlock(_Section):
    channels: int = Field(..., ge=1)
    kernel: int = Field(3, ge=1)
    stride: int = Field(1, ge=1)
    padding: int = Field(1, ge=0)


class ModelConfig(_Section):
    """A built-in MLP/CNN, or your own ``nn.Module`` from ``factory`` (``kind: factory``).

    ``factory`` is ``"package.module:callable"`` or ``"./file.py:callable"`` (a path relative
    to the working directory); it is called with ``args`` as keyword arguments and must return
    an ``nn.Module`` whose output has one column per model output. If the callable has a
    parameter ``n_outputs`` (or ``num_classes``) or ``input_shape`` that ``args`` leaves out,
    dnnlab passes the data's value. ``init``, ``freeze`` and ``init_from`` apply to any model;
    the built-in architecture keys (``hidden``, ``conv``, ...) are ignored for a factory.
    """

    kind: Literal["mlp", "cnn", "factory"] = "mlp"
    hidden: list[int] = Field(default_factory=lambda: [64], description="dense layer widths")
    conv: list[ConvBlock] = Field(
        default_factory=lambda: [ConvBlock(channels=16), ConvBlock(channels=32)],
        description="cnn: conv blocks (conv, [batchnorm], activation, pool)",
    )
    pool: Literal["max", "avg", "none"] = "max"
    activation: Activation = "relu"
    leaky_slope: float = Field(0.01, gt=0, lt=1)
    maxout_pieces: int = Field(2, ge=2)
    dropout: float = Field(0.0, ge=0, lt=1)
    batchnorm: bool = False
    init: Init = "default"
    init_std: float = Field(0.01, gt=0, description="init: normal: standard deviation")
    init_from: str | None = Field(None, description="MLflow run id or runs:/ / models:/ URI")
    freeze: int | list[str] | None = Field(
        None, description="number of leading layers, or layer names, kept fixed"
    )
    factory: str | None = Field(
        None, description="your own model: 'package.module:callable' or './file.py:callable'")
    args: dict[str, Any] = Field(
        default_factory=dict, description="factory: keyword arguments of the callable")

    @field_validator("hidden")
    @classmethod
    def _positive(cls, v: list[int]) -> list[int]:
        if any(h < 1 for h in v):
            raise ValueError(f"hidden sizes must be positive integers, got {v}")
        return v

    @model_validator(mode="before")
    @classmethod
    def _factory_kind(cls, data: Any) -> Any:
        """``factory`` given: ``kind`` becomes ``factory`` (an explicit mlp/cnn is an error)."""
        if not isinstance(data, dict):
            return data
        factory, kind = data.get("factory"), data.get("kind")
        if factory is not None:
            if kind not in (None, "factory", "mlp"):  # mlp: the default, as a dump repeats it
                raise ValueError(f"model.factory is set, so model.kind {kind!r} does not apply; "
                                 "remove model.kind (or set it to factory)")
            spec = str(factory)
            name, _, attr = spec.rpartition(":")
            if not name.strip() or not attr.strip():
                raise ValueError(f"model.factory {spec!r} must look like 'package.module:callable' "
                                 "or './file.py:callable'")
            data = {**data, "kind": "factory"}
        elif kind == "factory":
            raise ValueError("model.kind factory needs model.factory, e.g. "
                             "'./mymodels.py:TinyResNet'")
        elif data.get("args"):
            raise ValueError("model.args are the keyword arguments of model.factory; set "
                             "model.factory or remove model.args")
        return data


class OptimConfig(_Section):
    name: Optimizer = "adam"
    lr: float = Field(1e-3, gt=0)
    momentum: float = Field(0.0, ge=0, lt=1)
    nesterov: bool = False
    weight_decay: float = Field(0.0, ge=0, description="L2 penalty")
    l1: float = Field(0.0, ge=0, description="L1 penalty added to the loss")
    schedule: Schedule = "constant"
    step_size: int = Field(10, ge=1, description="step: epochs between decays")
    gamma: float = Field(0.5, gt=0, le=1, description="step/exponential/plateau: decay factor")
    plateau_patience: int = Field(3, ge=0)
    clip_grad_norm: float | None = Field(None, gt=0)

    @model_validator(mode="after")
    def _check(self) -> OptimConfig:
        if self.nesterov and self.name != "sgd":
            # an option of another optimiser must not block switching optimiser (--set
            # optim.name=adam, a study's categorical space): drop it and say so
            logging.getLogger("dnnlab").warning(
                "note: optim.nesterov applies to sgd only; dropped for optim.name %s", self.name)
            object.__setattr__(self, "nesterov", False)
        if self.nesterov and self.momentum <= 0:
            raise ValueError("nesterov needs optim.momentum > 0 (e.g. optim.momentum=0.9)")
        return self


class EarlyStoppingConfig(_Section):
    monitor: str = "val/loss"
    mode: Literal["min", "max"] = "min"
    patience: int = Field(5, ge=1)
    min_delta: float = Field(0.0, ge=0)
    restore_best: bool = True


class TrainConfig(_Section):
    epochs: int = Field(10, ge=1)
    batch_size: int = Field(64, ge=1)
    loss: Loss = "auto"
    huber_delta: float = Field(1.0, gt=0)
    early_stopping: EarlyStoppingConfig | None = None
    device: Literal["auto", "cpu", "cuda"] = "auto"
    log_every_n_steps: int = Field(1, ge=1)
    checkpoint: bool = True


class TrackingConfig(_Section):
    uri: str | None = Field(
        None, description=f"default: $MLFLOW_TRACKING_URI or {DEFAULT_TRACKING_URI}"
    )
    experiment: str | None = Field(None, description="default: the experiment file's name")
    run_name: str | None = None
    tags: dict[str, str] = Field(default_factory=dict, max_length=MAX_TAGS)
    log_model: bool = Field(True, description="log the model with mlflow.pytorch.log_model")
    system_metrics_interval: float = Field(
        10.0, ge=0, description="seconds between MLflow system metrics samples (CPU, memory, "
        "GPU: system/...); 0 turns them off")


class DiagnoseConfig(_Section):
    enabled: bool = True
    stop_on: list[str] = Field(
        default_factory=lambda: ["nan_loss", "divergence"],
        description="finding codes that stop training as soon as they are certain",
    )
    thresholds: dict[str, float] = Field(default_factory=dict)


PrunerKind = Literal[
    "median", "percentile", "successive_halving", "hyperband", "patient", "threshold",
    "wilcoxon", "none",
]
# the options each Optuna pruner takes (checked here so a typo is an error before any run)
PRUNER_OPTIONS: dict[str, tuple[str, ...]] = {
    "median": ("n_startup_trials", "n_warmup_steps", "interval_steps", "n_min_trials"),
    "percentile": ("percentile", "n_startup_trials", "n_warmup_steps", "interval_steps",
                   "n_min_trials"),
    "successive_halving": ("min_resource", "reduction_factor", "min_early_stopping_rate",
                           "bootstrap_count", "n_startup_trials", "tolerance",
                           "param_tolerance"),
    "hyperband": ("min_resource", "max_resource", "reduction_factor", "bootstrap_count"),
    "patient": ("patience", "min_delta", "wrapped"),
    "threshold": ("lower", "upper", "n_warmup_steps", "interval_steps"),
    "wilcoxon": ("p_threshold", "n_startup_steps"),
    "none": (),
}
MINIMIZED, MAXIMIZED = keys.MINIMIZED, keys.MAXIMIZED  # the metric directions, defined once


class ParamSpace(_Section):
    """One searched key: ``float`` (``log`` for log-uniform), ``int`` or ``categorical``."""

    type: Literal["float", "int", "categorical"] = "float"
    low: float | None = None
    high: float | None = None
    log: bool = False
    step: float | None = Field(None, gt=0, description="float/int: grid step (not with log)")
    choices: list[Any] | None = Field(None, description="categorical: the values to try")

    @model_validator(mode="after")
    def _check(self) -> ParamSpace:
        if self.type == "categorical":
            if not self.choices:
                raise ValueError("a categorical parameter needs a non-empty 'choices' list")
            if self.low is not None or self.high is not None or self.log or self.step:
                raise ValueError("a categorical parameter takes only 'choices', not low/high")
            return self
        if self.choices is not None:
            raise ValueError(f"'choices' is for type categorical, not {self.type}")
        if self.low is None or self.high is None:
            raise ValueError(f"a {self.type} parameter needs 'low' and 'high'")
        if self.low >= self.high:
            raise ValueError(f"low ({self.low:g}) must be below high ({self.high:g})")
        if self.log and self.low <= 0:
            raise ValueError(f"a log-scale range needs low > 0 (got {self.low:g})")
        if self.log and self.step is not None:
            raise ValueError("'step' cannot be combined with log: true")
        if self.type == "int":
            for name in ("low", "high", "step"):
                v = getattr(self, name)
                if v is not None and float(v) != int(v):
                    raise ValueError(f"an int parameter needs an integer {name} (got {v:g})")
        return self


class ObjectiveSpec(_Section):
    """A metric to optimise, taken at the run's best epoch (``test/...`` at the end of the run,
    ``n_parameters`` from the model); the direction is inferred from the name when left out."""

    metric: str = "val/loss"
    direction: Literal["minimize", "maximize"] | None = None

    @model_validator(mode="after")
    def _infer(self) -> ObjectiveSpec:
        if self.direction is None:
            last = self.metric.rsplit("/", 1)[-1]
            if last in MINIMIZED:
                self.direction = "minimize"
            elif last in MAXIMIZED:
                self.direction = "maximize"
            else:
                raise ValueError(f"cannot tell whether {self.metric!r} is minimised or "
                                 "maximised; give its direction: minimize or maximize")
        return self


class PrunerConfig(BaseModel):
    """``kind`` plus that Optuna pruner's own options, e.g. ``{kind: percentile, percentile:
    25, n_warmup_steps: 2}``; ``patient`` wraps another pruner given as ``wrapped``."""

    model_config = ConfigDict(extra="allow", validate_assignment=True)

    kind: PrunerKind = "median"

    @model_validator(mode="after")
    def _check(self) -> PrunerConfig:
        allowed = PRUNER_OPTIONS[self.kind]
        for key in self.options:
            if key not in allowed:
                raise ValueError(
                    f"unknown option {key!r} for pruner {self.kind}; allowed: "
                    f"{', '.join(allowed) or 'none'}"
                )
        return self

    @property
    def options(self) -> dict[str, Any]:
        return dict(self.model_extra or {})


class StudyConfig(_Section):
    """``dnnlab study``: an Optuna search over dotted keys of this file, one MLflow child run
    per trial. Without ``space`` the search is over ``optim.lr`` (log-uniform 1e-4..1e-1) and
    ``model.dropout`` (uniform 0..0.5)."""

    name: str | None = Field(None, description="study name (default: the experiment's name); "
                             "--study-name wins")
    storage: str | None = Field(
        None, description="Optuna storage URL or journal path; --storage and $DNNLAB_STORAGE "
        "win (default: optuna.db / optuna.journal next to the MLflow database)")
    space: dict[str, ParamSpace] = Field(default_factory=dict)
    objectives: list[ObjectiveSpec] = Field(default_factory=lambda: [ObjectiveSpec()])
    sampler: Literal["tpe", "random", "grid"] = "tpe"
    n_startup_trials: int = Field(5, ge=0, description="tpe: random trials before modelling")
    grid_points: int = Field(5, ge=2, description="grid: points per float range")
    pruner: PrunerConfig | None = Field(
        None, description="default: successive_halving for one objective, none for several")
    monitor: str | None = Field(
        None, description="metric reported each epoch to the pruner (default: the objective's)")
    on_divergence: Literal["prune", "fail"] = Field(
        "prune", description="state of a trial stopped by NaN/divergence (prune informs TPE)")
    log_models: bool = Field(False, description="log each trial's model (slow)")
    checkpoints: bool = Field(
        False, description="per-epoch resume checkpoints (last.pt) in trials; best.pt is "
        "always logged, and a re-queued trial starts over anyway")
    heartbeat_interval: int = Field(30, ge=1, description="database storages: seconds")
    grace_period: int | None = Field(None, ge=1, description="default: 2 x heartbeat_interval")
    max_retry: int = Field(2, ge=0, description="retries of a trial whose worker died")

    @field_validator("objectives", mode="before")
    @classmethod
    def _names(cls, v: Any) -> Any:
        if isinstance(v, str):
            v = [v]
        if isinstance(v, list):
            return [{"metric": x} if isinstance(x, str) else x for x in v]
        return v

    @field_validator("pruner", mode="before")
    @classmethod
    def _pruner_name(cls, v: Any) -> Any:
        return {"kind": v} if isinstance(v, str) else v

    @model_validator(mode="after")
    def _check(self) -> StudyConfig:
        if not self.objectives:
            raise ValueError("objectives must name at least one metric, e.g. [val/loss]")
        metrics = [o.metric for o in self.objectives]
        if len(set(metrics)) != len(metrics):
            raise ValueError(f"objectives repeat a metric: {metrics}")
        if len(self.objectives) > 1 and self.pruner is not None and self.pruner.kind != "none":
            raise ValueError("Optuna prunes single-objective studies only; set pruner: none or "
                             "keep one objective")
        return self


class ExperimentConfig(_Section):
    _overrides: list[str] = PrivateAttr(default_factory=list)  # the --set that made this run
    name: str = "dnnlab"
    seed: int = 0
    data: DataConfig = Field(default_factory=DataConfig)
    model: ModelConfig = Field(default_factory=ModelConfig)
    optim: OptimConfig = Field(default_factory=OptimConfig)
    train: TrainConfig = Field(default_factory=TrainConfig)
    tracking: TrackingConfig = Field(default_factory=TrackingConfig)
    diagnose: DiagnoseConfig = Field(default_factory=DiagnoseConfig)
    study: StudyConfig | None = Field(None, description="dnnlab study: the Optuna search")
    variants: dict[str, dict[str, Any]] = Field(
        default_factory=dict,
        description="named sets of dotted-key overrides; one child run per variant",
    )
    repeat: int = Field(
        1, ge=1, le=100, description="seeds per variant (seed, seed+1, ...): one child run "
        "per seed, mean and std on the variant's run; --repeat wins")
    compare: ObjectiveSpec | None = Field(
        None, description="the metric a comparison ranks its variants by, e.g. val/accuracy "
        "(default: the metric that picks the best epoch)")

    @field_validator("compare", mode="before")
    @classmethod
    def _compare_name(cls, v: Any) -> Any:
        return {"metric": v} if isinstance(v, str) else v

    @model_validator(mode="after")
    def _check(self) -> ExperimentConfig:
        es = self.train.early_stopping
        if es is not None and es.monitor.startswith("val/") and self.data.val_fraction == 0:
            raise ValueError(
                f"train.early_stopping monitors {es.monitor!r} but data.val_fraction is 0; "
                "set a validation split or monitor a train/ metric"
            )
        if self.repeat > 1 and self.data.kfold:
            raise ValueError(
                f"repeat {self.repeat} with data.kfold {self.data.kfold}: the folds already "
                "repeat the run (one child per fold); use one or the other")
        return self

    @property
    def experiment_name(self) -> str:
        return self.tracking.experiment or self.name

    def tracking_uri(self, override: str | None = None) -> str:
        """Flag > $MLFLOW_TRACKING_URI > experiment file > the embedded SQLite default."""
        return (
            override
            or os.environ.get("MLFLOW_TRACKING_URI")
            or self.tracking.uri
            or DEFAULT_TRACKING_URI
        )

    def study_name(self, override: str | None = None) -> str:
        """``--study-name`` > the file's ``study.name`` > the experiment's name."""
        return override or (self.study.name if self.study else None) or self.name

    def study_storage(self, override: str | None = None) -> str | None:
        """``--storage`` > $DNNLAB_STORAGE > the file's ``study.storage``; None: the embedded
        default next to the MLflow database."""
        return (override or os.environ.get("DNNLAB_STORAGE")
                or (self.study.storage if self.study else None))

    def variant(self, name: str) -> ExperimentConfig:
        """This config with variant ``name``'s overrides applied (and no variants)."""
        raw = self.model_dump(mode="json")
        raw["variants"] = {}
        sets = [f"{k}={json.dumps(v)}" for k, v in self.variants[name].items()]
        cfg = load_config_dict(raw, sets, source=f"variant {name!r}")
        if not cfg.tracking.run_name:
            cfg.tracking.run_name = name
        return cfg

    def default_run_name(self) -> str:
        """The experiment's name plus what the command line changed, e.g.
        ``digits-cnn lr=0.3 shuffle=false`` (``tracking.run_name`` wins when given)."""
        if self.tracking.run_name:
            return self.tracking.run_name
        parts = []
        for text in self._overrides:
            key, _, value = text.partition("=")
            if key.strip().startswith("tracking."):
                continue
            parts.append(f"{key.strip().rsplit('.', 1)[-1]}={value.strip()}")
        return " ".join([self.name, *parts])[:250]

    def public_dump(self) -> dict[str, Any]:
        """``model_dump`` with every credential in any string (``tracking.uri``,
        ``study.storage``, tags, ...) replaced by ``***``: what is logged as params,
        ``config.yaml`` and checkpoints."""
        def clean(value: Any) -> Any:
            if isinstance(value, str):
                return redact(value)
            if isinstance(value, dict):
                return {k: clean(v) for k, v in value.items()}
            if isinstance(value, list):
                return [clean(v) for v in value]
            return value

        return clean(self.model_dump(mode="json"))

    def to_yaml(self) -> str:
        return yaml.safe_dump(self.public_dump(), sort_keys=False)


# --------------------------------------------------------------------------- loading


def _format_validation_error(err: ValidationError, source: str) -> str:
    e = err.errors()[0]
    loc = ".".join(str(p) for p in e["loc"])
    kind = e["type"]
    value = e.get("input")
    more = f" (and {len(err.errors()) - 1} more problem(s))" if len(err.errors()) > 1 else ""
    if kind == "extra_forbidden":
        parent = e["loc"][:-1]
        allowed = _allowed_keys(parent)
        return (
            f"{source}: unknown key '{loc}'; allowed keys here: {', '.join(allowed)}{more}"
        )
    if kind == "literal_error":
        choices = e.get("ctx", {}).get("expected", "")
        return f"{source}: {loc}={value!r} is not allowed; choose one of {choices}{more}"
    msg = e["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, "):]
    where = f"{loc}: " if loc else ""
    plain = kind != "value_error" and not isinstance(value, dict)
    shown = f" (got {value!r})" if plain else ""
    return f"{source}: {where}{msg}{shown}{more}"


def _allowed_keys(loc: tuple[Any, ...]) -> list[str]:
    model: Any = ExperimentConfig
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part)
        if field is None:
            return []
        ann = field.annotation
        model = next(
            (a for a in getattr(ann, "__args__", (ann,)) if isinstance(a, type)
             and issubclass(a, BaseModel)),
            None,
        )
        if model is None:
            args = getattr(ann, "__args__", ())
            for a in args:
                for b in getattr(a, "__args__", ()):
                    if isinstance(b, type) and issubclass(b, BaseModel):
                        model = b
            if model is None:
                return []
    return sorted(model.model_fields)


def parse_override(text: str) -> tuple[list[str], Any]:
    """``"optim.lr=0.3"`` -> (["optim", "lr"], 0.3); the value is parsed as a YAML scalar."""
    if "=" not in text:
        raise UserError(f"override {text!r} must look like dotted.key=value, e.g. optim.lr=0.01")
    key, raw = text.split("=", 1)
    key = key.strip()
    if not key or any(not p for p in key.split(".")):
        raise UserError(f"override {text!r} has an empty key; write e.g. optim.lr=0.01")
    try:
        value = yaml.safe_load(raw) if raw.strip() else None
    except yaml.YAMLError:
        value = raw
    return key.split("."), value


def apply_overrides(raw: dict[str, Any], overrides: list[str]) -> dict[str, Any]:
    data = json.loads(json.dumps(raw))  # deep copy of plain data
    for text in overrides:
        path, value = parse_override(text)
        node = data
        for i, part in enumerate(path[:-1]):
            nxt = node.get(part)
            if nxt is None:
                nxt = node[part] = {}
            if not isinstance(nxt, dict):
                done = ".".join(path[: i + 1])
                raise UserError(
                    f"override {text!r}: {done} is a value, not a section; "
                    f"set it directly with --set {done}=..."
                )
            node = nxt
        node[path[-1]] = value
    return data


def load_config_dict(
    raw: dict[str, Any], overrides: list[str] | None = None, source: str = "experiment"
) -> ExperimentConfig:
    data = apply_overrides(raw, overrides or [])
    try:
        cfg = ExperimentConfig.model_validate(data)
    except ValidationError as err:
        raise UserError(_format_validation_error(err, source)) from None
    cfg._overrides = list(overrides or [])
    return cfg


def _expanded_size(node: yaml.Node, memo: dict[int, int]) -> int:
    """Number of nodes ``node`` stands for once every alias is expanded (shared nodes counted
    each time they are referred to, computed once each)."""
    key = id(node)
    if key in memo:
        return memo[key]
    memo[key] = 1  # a recursive alias counts once while being measured
    if isinstance(node, yaml.SequenceNode):
        size = 1 + sum(_expanded_size(n, memo) for n in node.value)
    elif isinstance(node, yaml.MappingNode):
        size = 1 + sum(_expanded_size(k, memo) + _expanded_size(v, memo) for k, v in node.value)
    else:
        size = 1
    memo[key] = min(size, 10 * MAX_YAML_NODES)
    return memo[key]


def safe_yaml(text: str, source: str) -> Any:
    """``yaml.safe_load`` that refuses documents whose aliases expand beyond a sane size."""
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    if node is None:
        return None
    if _expanded_size(node, {}) > MAX_YAML_NODES:
        raise UserError(f"{source}: the YAML expands to more than {MAX_YAML_NODES:,} values "
                        "(aliases repeated inside aliases?); write the experiment out plainly")
    return yaml.safe_load(text)


def load_config(path: str | Path, overrides: list[str] | None = None) -> ExperimentConfig:
    """Read, override and validate an experiment file; raises :class:`UserError` on bad input."""
    p = Path(path)
    if not p.is_file():
        raise UserError(f"experiment file {str(p)!r} not found; pass the path of a YAML file "
                        "such as experiments/digits_cnn.yaml")
    size = p.stat().st_size
    if size > MAX_FILE_BYTES:
        raise UserError(f"{p}: {size:,} bytes is too large for an experiment file (at most "
                        f"{MAX_FILE_BYTES:,}); keep data out of it (data.path, data.factory)")
    try:
        raw = safe_yaml(p.read_text(), str(p)) or {}
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise UserError(f"{p}: not valid YAML{where}; fix the syntax") from None
    except UnicodeDecodeError:
        raise UserError(f"{p}: not a text file; pass a YAML experiment file") from None
    if not isinstance(raw, dict):
        raise UserError(f"{p}: the top level must be a mapping of sections (data:, model:, ...)")
    return load_config_dict(raw, overrides, source=str(p))


SYNTHETIC = {"moons": ("n_samples", "noise"), "spirals": ("n_samples", "noise", "n_classes"),
             "blobs": ("n_samples", "n_classes", "n_features"), "sine": ("n_samples", "noise")}
_DATA_ONLY = {"path": ("csv",), "target": ("csv",), "root": ("mnist", "fashion_mnist", "cifar10",
              "imagefolder"), "download": ("mnist", "fashion_mnist", "cifar10"),
              "factory": ("factory",), "args": ("factory",), "image_size": ("imagefolder",),
              "channels": ("imagefolder",)}


def inapplicable_keys(cfg: ExperimentConfig) -> set[str]:
    """Dotted keys whose value has no effect on this run (a synthetic-data option of a shipped
    data set, Nesterov of Adam, a CNN's conv blocks on an MLP, ...): left out of the params so
    the MLflow compare view shows only facts about the run."""
    d, m, o = cfg.data, cfg.model, cfg.optim
    out: set[str] = set()
    for key in ("n_samples", "noise", "n_classes", "n_features"):
        if key not in SYNTHETIC.get(d.dataset, ()):
            out.add(f"data.{key}")
    for key, sets in _DATA_ONLY.items():
        if d.dataset not in sets:
            out.add(f"data.{key}")
    if d.dataset != "csv" and d.task == "auto":
        out.add("data.task")
    if m.kind == "factory":
        out |= {f"model.{k}" for k in ("hidden", "conv", "pool", "activation", "leaky_slope",
                                       "maxout_pieces", "dropout", "batchnorm")}
    else:
        out |= {"model.factory", "model.args"}
    if m.kind != "cnn":
        out |= {"model.conv", "model.pool"}
    if m.activation != "leaky_relu" or m.kind == "factory":
        out.add("model.leaky_slope")
    if m.activation != "maxout" or m.kind == "factory":
        out.add("model.maxout_pieces")
    if m.init != "normal":
        out.add("model.init_std")
    if o.name not in ("sgd", "rmsprop"):
        out.add("optim.momentum")
    if o.name != "sgd":
        out.add("optim.nesterov")
    if o.schedule != "step":
        out.add("optim.step_size")
    if o.schedule not in ("step", "exponential", "plateau"):
        out.add("optim.gamma")
    if o.schedule != "plateau":
        out.add("optim.plateau_patience")
    if cfg.train.loss != "huber":
        out.add("train.huber_delta")
    if cfg.repeat == 1:
        out.add("repeat")
    if cfg.compare is None:
        out.add("compare")
    return out


def flatten(cfg: ExperimentConfig) -> dict[str, str]:
    """The resolved config as MLflow params: dotted keys, JSON-encoded lists and nulls, without
    the keys that do not apply to this run (:func:`inapplicable_keys`)."""
    out: dict[str, str] = {}
    skip = inapplicable_keys(cfg)

    def walk(prefix: str, value: Any) -> None:
        if prefix in skip:
            return
        if isinstance(value, dict) and value:
            for k, v in value.items():
                walk(f"{prefix}.{k}" if prefix else k, v)
        elif isinstance(value, (list, dict)) or value is None:
            out[prefix] = json.dumps(value)
        else:
            out[prefix] = str(value)

    walk("", cfg.public_dump())
    return out
