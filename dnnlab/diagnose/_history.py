"""A run's tidy metric history (``key``, ``step``, ``value``) split into typed series by role.

dnnlab's own names (``train/loss``, ``val/loss``, ``update_ratio/<layer>``, ...) are looked up
first; common names of other tools (``loss``, ``val_loss``, ``train_acc``, ``lr-Adam``, ...) fill
a role when ours are absent, so that a foreign run still gets diagnosed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from dnnlab import keys
from dnnlab.diagnose._curves import first_nonfinite

Task = Literal["classification", "regression"]
CROSS_ENTROPY_LOSSES = ("cross_entropy", "bce", "nll")  # train.loss values on the ln K scale
REGRESSION_LOSSES = ("mse", "mae", "huber")  # train.loss values of a regression


@dataclass(frozen=True)
class RunMeta:
    """What the history alone does not say; every field is optional."""

    steps_per_epoch: int | None = None
    task: Task | None = None
    n_classes: int | None = None
    layers: list[str] = field(default_factory=list)  # parameterised layers, input -> output
    # the layers at the model's input and output where its graph says otherwise than the
    # order of ``layers`` (parallel heads, a wide path beside a deep one): model.input_layers,
    # model.output_layers
    input_layers: list[str] = field(default_factory=list)
    output_layers: list[str] = field(default_factory=list)
    gates: list[str] = field(default_factory=list)  # sigmoid modules gating a product
    leaky_units: list[str] = field(default_factory=list)  # units with a slope below 0
    epochs_planned: int | None = None
    activation: str | None = None
    init: str | None = None  # the weight initialisation (model.init), where the run logged one
    status: str | None = None  # MLflow run status: FINISHED, FAILED, KILLED, RUNNING
    failed_step: int | None = None
    pruned: bool = False  # a study's pruner stopped it by design (tag dnnlab.pruned)
    loss: str | None = None  # the training loss (train.loss): mse on a classifier is a mismatch
    confusion: tuple[tuple[int, ...], ...] | None = None  # held-out confusion matrix (actual rows)
    reference_accuracy: float | None = None  # best validation accuracy of these data elsewhere
    reference_source: str | None = None
    optimizer: str | None = None  # the optimiser's family (adam, sgd, ...), from the run's params
    learning_rate: float | None = None  # the configured (initial) learning rate, from params
    batch_size: int | None = None  # the training batch size, from params (1: per-sample steps)
    baseline_model: str | None = None  # which simple model gave baseline/val_* (param)


@dataclass(frozen=True)
class Series:
    key: str
    steps: np.ndarray  # int64, increasing, unique
    values: np.ndarray  # float64, may hold NaN/Inf

    def __len__(self) -> int:
        return len(self.steps)

    def finite_prefix(self) -> Series:
        """The points before the first NaN/Inf (a NaN tail is not part of the curve's shape)."""
        i = first_nonfinite(self.values)
        if i is None:
            return self
        return Series(self.key, self.steps[:i], self.values[:i])

    def finite(self) -> Series:
        ok = np.isfinite(self.values)
        return self if ok.all() else Series(self.key, self.steps[ok], self.values[ok])


def _norm(key: str) -> str:
    return re.sub(r"[\s./\-]+", "_", key.strip().lower())


# role -> names in order of preference (compared after _norm: "train/loss" == "train_loss")
ALIASES: dict[str, tuple[str, ...]] = {
    # Lightning: train_loss / train_loss_step; Hugging Face: loss; TensorBoard: Loss/train
    "train_loss_step": ("train/loss", "loss", "training_loss", "train_loss_step", "loss_step",
                        "train/batch_loss", "batch_loss", "train/step_loss", "step_loss",
                        "minibatch_loss", "loss/train_step", "loss/train"),
    "train_loss_epoch": ("train/epoch_loss", "train_loss_epoch", "epoch_loss",
                         "training_loss_epoch", "train/loss_epoch", "loss_epoch",
                         "loss/train_epoch", "epoch_loss/train"),
    # never a test_* metric: the test split is not the validation split
    "val_loss": ("val/loss", "validation_loss", "valid_loss", "val_loss_epoch", "eval_loss",
                 "dev_loss", "val/epoch_loss", "loss/val", "loss/validation", "loss/valid"),
    "train_accuracy": ("train/accuracy", "train_acc", "accuracy", "acc", "training_accuracy",
                       "train_accuracy_epoch", "train_acc_epoch", "categorical_accuracy",
                       "accuracy/train", "acc/train", "train_acc_step"),
    "val_accuracy": ("val/accuracy", "val_acc", "validation_accuracy", "valid_acc",
                     "valid_accuracy", "val_acc_epoch", "val_accuracy_epoch", "eval_accuracy",
                     "eval_acc", "val_categorical_accuracy", "accuracy/val",
                     "accuracy/validation", "acc/val"),
    "train_error": ("train/error_rate", "train_error", "train_err", "error_rate"),
    "val_error": ("val/error_rate", "val_error", "val_err", "validation_error"),
    "train_r2": ("train/r2", "r2", "train_r2_score", "r2/train"),
    "val_r2": ("val/r2", "val_r2_score", "validation_r2", "eval_r2", "r2/val"),
    "train_mse": ("train/mse", "mse", "train_mean_squared_error", "mean_squared_error",
                  "mse/train"),
    "val_mse": ("val/mse", "val_mean_squared_error", "validation_mse", "eval_mse", "mse/val"),
    "lr": ("lr", "learning_rate", "train/lr", "lr_0", "lr/train"),
}
# roles whose curve is one point per epoch (other tools may store them at the global step)
EPOCH_ROLES = ("train_loss_epoch", "val_loss", "train_accuracy", "val_accuracy", "train_error",
               "val_error", "train_r2", "val_r2", "train_mse", "val_mse")
STEP_ROLES = ("train_loss_step", "lr")
MLFLOW_INF = 1e308  # MLflow's SQL stores keep +-Inf as +-float max (1.797e308)
LAYER_PREFIXES = (keys.UPDATE_RATIO, keys.GRAD_NORM, keys.DEAD_RELU)
# one norm of the whole gradient, as other tools log it (Hugging Face Trainer: grad_norm)
TOTAL_GRAD_NORM = ("grad_norm", "train/grad_norm", "train_grad_norm")
# metric names whose NaN/Inf means numerical trouble (not, say, an undefined precision)
LOSS_LIKE = re.compile(r"(^|[/_.\-])(loss|mse|mae|rmse|nll)($|[/_.\-])", re.IGNORECASE)


def parse(history: pd.DataFrame) -> dict[str, Series]:
    """Split the tidy table into one sorted series per key (duplicated steps: the last wins)."""
    missing = {"key", "step", "value"} - set(history.columns)
    if missing:
        raise ValueError(f"history needs the columns key, step, value; missing {sorted(missing)}")
    if history.empty:
        return {}
    codes, uniques = pd.factorize(history["key"], sort=False)
    steps = pd.to_numeric(history["step"], errors="coerce").to_numpy(dtype=float)
    values = pd.to_numeric(history["value"], errors="coerce").to_numpy(dtype=float)
    ok = (codes >= 0) & np.isfinite(steps)
    codes, steps, values = codes[ok], steps[ok].astype(np.int64), values[ok]
    values = np.where(values >= MLFLOW_INF, np.inf, np.where(values <= -MLFLOW_INF, -np.inf,
                                                             values))
    small = codes.astype(np.int16 if len(uniques) < 2**15 else np.int64)
    order = np.argsort(small, kind="stable")  # radix sort for small ints; keeps logging order
    codes, steps, values = codes[order], steps[order], values[order]
    bounds = np.flatnonzero(np.diff(codes)) + 1
    out: dict[str, Series] = {}
    for s, v, c in zip(np.split(steps, bounds), np.split(values, bounds),
                       codes[np.r_[0, bounds]], strict=True):
        if len(s) > 1 and not (np.diff(s) > 0).all():
            o = np.argsort(s, kind="stable")
            s, v = s[o], v[o]
            last = np.r_[s[1:] != s[:-1], True]
            s, v = s[last], v[last]
        key = str(uniques[c])
        out[key] = Series(key, s, v)
    return out


def _resolve(raw: dict[str, Series], role: str) -> Series | None:
    by_norm: dict[str, str] = {}
    for key in raw:
        by_norm.setdefault(_norm(key), key)
    found = []
    for name in ALIASES[role]:
        key = name if name in raw else by_norm.get(_norm(name))
        if key is not None and raw[key] not in found:
            found.append(raw[key])
    if found:
        # a one-point summary (Hugging Face's end-of-run train_loss) never takes a curve's role
        # from a real curve (its 400-point loss)
        curves = [s for s in found if len(s) >= 3]
        return (curves or found)[0]
    if role == "lr":  # Lightning's LearningRateMonitor: lr-Adam, lr-SGD, ...
        for n, key in sorted(by_norm.items()):
            if n.startswith("lr_"):
                return raw[key]
    return None


def _epoch_index(epoch: Series) -> tuple[np.ndarray, np.ndarray] | None:
    """(global step, epoch number from 1) from another tool's ``epoch`` metric: Lightning logs
    the 0-based epoch beside every value it logs; Hugging Face the fractional progress (1.0 at
    the end of the first epoch)."""
    ok = np.isfinite(epoch.values)
    steps, v = epoch.steps[ok], epoch.values[ok]
    if len(v) == 0:
        return None
    whole = np.allclose(v, np.round(v))
    number = (np.round(v) + 1) if whole and v.min() == 0 else np.maximum(np.ceil(v - 1e-9), 1)
    return steps, number.astype(np.int64)


def _to_epochs(raw: dict[str, Series], roles: dict[str, Series]
               ) -> tuple[dict[str, Series], str | None]:
    """Per-epoch curves on epochs 1, 2, ...: stored at the global step beside an ``epoch``
    metric (Lightning, Hugging Face) they are mapped through it; numbered from 0 (Keras) they
    are shifted by one. Returns the roles and how they were aligned (None: as logged)."""
    epoch = raw.get("epoch")
    index = _epoch_index(epoch) if epoch is not None else None
    out, how = dict(roles), None
    for role in EPOCH_ROLES:
        s = roles.get(role)
        if s is None or len(s) == 0:
            continue
        consecutive = np.array_equal(s.steps, np.arange(s.steps[0], s.steps[0] + len(s)))
        if index is not None and not (consecutive and s.steps[0] in (0, 1)):
            at, number = index
            pos = np.searchsorted(at, s.steps, side="right") - 1
            if (pos < 0).any():
                continue
            ep = number[pos]
            last = np.r_[ep[1:] != ep[:-1], True]  # one value per epoch: its last
            out[role] = Series(s.key, ep[last], s.values[last])
            how = "epoch metric (values logged at the global step)"
        elif consecutive and s.steps[0] == 0:
            out[role] = Series(s.key, s.steps + 1, s.values)
            how = how or "steps from 0 taken as epochs from 1"
    return out, how


def _accuracy_of_no_classifier(roles: dict[str, Series], meta: RunMeta) -> dict[str, str]:
    """Accuracy curves at exactly 0 at every evaluation beside a loss that went under ln 2 are
    not a classifier's: a cross-entropy classifier that gets every sample wrong gives each one
    a probability under 1/2 for its class, so a loss above ln 2 (a Lightning sine regression
    whose script logs an "accuracy" of 0 every epoch: MSE 0.06; heldout106). A run declared a
    classifier, or trained with another loss, keeps its accuracy."""
    kind = (meta.loss or "cross_entropy").lower()
    if meta.task == "classification" or kind not in CROSS_ENTROPY_LOSSES:
        return {}
    out: dict[str, str] = {}
    for role, loss_role in (("val_accuracy", "val_loss"), ("train_accuracy", "train_loss_epoch")):
        if role not in roles or loss_role not in roles:
            continue
        acc, loss = roles[role].finite(), roles[loss_role].finite()
        if len(acc) < 3 or np.any(acc.values != 0) or not len(loss):
            continue
        low = float(loss.values.min())
        if low < np.log(2):
            out[role] = (f"{acc.key} is 0 at every evaluation while {loss.key} reached "
                         f"{low:.3g} < ln 2: no classifier's accuracy (one that gets every "
                         "sample wrong has a cross-entropy above ln 2)")
    return out


def _order_layers(names: list[str], layers: list[str]) -> tuple[list[str], bool]:
    """Layers input -> output: RunMeta.layers when given, else guessed from the names (numbers in
    them, and head-like names last). Returns (order, known)."""
    if layers:
        known = [n for n in layers if n in names]
        if len(known) >= 2 or len(known) == len(names):
            return known + [n for n in names if n not in known], True

    def key(name: str) -> tuple[int, list[object]]:
        tail = 1 if re.search(r"(^|[._])(out|output|head|classifier|logits|final)", name) else 0
        parts: list[object] = [int(p) if p.isdigit() else p
                               for p in re.split(r"(\d+)", name) if p]
        return tail, [(0, p) if isinstance(p, int) else (1, p) for p in parts]

    return sorted(names, key=key), False


@dataclass
class History:
    """The parsed run: series by role plus per-layer series, and where each came from."""

    raw: dict[str, Series]
    roles: dict[str, Series]
    update_ratio: dict[str, Series]
    grad_norm: dict[str, Series]
    dead_relu: dict[str, Series]
    layer_order: list[str]
    layer_order_known: bool
    steps_per_epoch: int | None
    steps_per_epoch_source: str | None
    epoch_alignment: str | None = None
    saturated: dict[str, Series] = field(default_factory=dict)
    ignored: dict[str, str] = field(default_factory=dict)  # role -> why its metric was set aside

    @classmethod
    def build(cls, history: pd.DataFrame, meta: RunMeta) -> History:
        raw = parse(history)
        roles = {r: s for r in ALIASES if (s := _resolve(raw, r)) is not None}
        per_layer: dict[str, dict[str, Series]] = {p: {} for p in LAYER_PREFIXES}
        for key, s in raw.items():
            for p in LAYER_PREFIXES:
                if key.startswith(p) and len(key) > len(p):
                    per_layer[p][key[len(p):]] = s
        total = next((raw[k] for k in TOTAL_GRAD_NORM if k in raw), None)
        if not per_layer["grad_norm/"] and total is not None:
            # Hugging Face Trainer logs one norm of the whole gradient (before clipping) at each
            # logging step: no layer to compare, but its growth shows an explosion
            per_layer["grad_norm/"]["(all layers)"] = total
        step_loss = roles.get("train_loss_step")
        epoch_like = [roles[r] for r in ("train_loss_epoch", "val_loss", "val_accuracy",
                                         "train_accuracy") if r in roles]
        # a foreign "loss" logged once per epoch (Keras) is an epoch curve, not a step curve
        if (step_loss is not None and epoch_like and "train_loss_epoch" not in roles
                and len(step_loss) <= 1.5 * max(len(s) for s in epoch_like)):
            roles["train_loss_epoch"] = roles.pop("train_loss_step")
            step_loss = None
        roles, alignment = _to_epochs(raw, roles)
        ignored = _accuracy_of_no_classifier(roles, meta)
        for role in ignored:
            roles.pop(role)
        epoch_like = [roles[r] for r in ("train_loss_epoch", "val_loss", "val_accuracy",
                                         "train_accuracy") if r in roles]
        spe, source = meta.steps_per_epoch, "run metadata" if meta.steps_per_epoch else None
        if spe is None and step_loss is not None and epoch_like:
            ep = max(epoch_like, key=len)
            # epoch-indexed (1..E) curves next to a per-step loss give steps per epoch
            if len(ep) >= 2 and ep.steps[0] == 1 and ep.steps[-1] == len(ep):
                est = int(round(step_loss.steps[-1] / len(ep)))
                if est >= 2:
                    spe, source = est, "inferred: last step / number of epochs"
            # per-epoch curves logged at the global step (TensorBoard's add_scalar(tag, v,
            # global_step) at each epoch's end: 23, 46, 69, ...): the spacing is the epoch
            d = np.diff(ep.steps)
            if (spe is None and len(ep) >= 3 and d.min() >= 2 and d.max() - d.min() <= 1
                    and abs(int(ep.steps[0]) - int(d[0])) <= 1
                    and ep.steps[-1] <= step_loss.steps[-1] + d.max()):
                spe = int(np.median(d))
                source = f"inferred: per-epoch curves ({ep.key}) logged every {spe} steps"
        names = sorted(set(per_layer["update_ratio/"]) | set(per_layer["grad_norm/"]))
        order, known = _order_layers(names, list(meta.layers))
        out = cls(raw, roles, per_layer["update_ratio/"], per_layer["grad_norm/"],
                  per_layer["dead_relu/"], order, known, spe, source)
        out.epoch_alignment = alignment
        out.ignored = ignored
        out.saturated = {k[len("saturated/"):]: v for k, v in raw.items()
                         if k.startswith("saturated/") and len(k) > len("saturated/")}
        return out

    def inputs(self) -> dict[str, str]:
        out = {role: s.key for role, s in self.roles.items()}
        if self.epoch_alignment:
            out["epochs"] = self.epoch_alignment
        out.update({f"ignored {role}": why for role, why in self.ignored.items()})
        for prefix, group in (("update_ratio", self.update_ratio), ("grad_norm", self.grad_norm),
                              ("dead_relu", self.dead_relu)):
            if group:
                out[prefix] = f"{prefix}/* ({len(group)} layers)"
        return out

    def train_loss(self) -> tuple[Series | None, str]:
        """The training-loss curve for the shape checks: per step if logged, else per epoch."""
        s = self.roles.get("train_loss_step")
        if s is not None:
            return s, "step"
        s = self.roles.get("train_loss_epoch")
        return s, "epoch"

    def epoch_train_loss(self) -> Series | None:
        """Per-epoch training loss: logged, or the per-step loss averaged per epoch."""
        s = self.roles.get("train_loss_epoch")
        if s is not None:
            return s
        step = self.roles.get("train_loss_step")
        if step is None or not self.steps_per_epoch:
            return None
        epoch = (step.steps - 1) // self.steps_per_epoch + 1
        ok = np.isfinite(step.values)
        size = int(epoch.max()) + 1
        sums = np.bincount(epoch[ok], weights=step.values[ok], minlength=size)
        counts = np.bincount(epoch, minlength=size)
        bad = np.bincount(epoch[~ok], minlength=size)
        ep = np.flatnonzero(counts[1:] > 0) + 1
        mean = np.where(bad[ep] > 0, np.nan, sums[ep] / np.maximum(counts[ep], 1))
        return Series(f"mean of {step.key} per epoch", ep.astype(np.int64), mean)
