"""The two-hundred-eighty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout288` (not looked at), after the measurement of
:mod:`.heldout286` and :mod:`.heldout287`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`RectQuadMLP` (hidden layers of linear and rectified-quadratic
activations, ``relu(x) + 0.1 * relu(x) ** 2`` clipped at 6, a module of its own, then a linear
head), :class:`KronCNN` (two 3x3 convolutions whose weights are each the Kronecker product of two
small learnt factors, 3x1 and 1x3, with ReLUs, a 2x2 max pool between them, a global max pool, a
dense ReLU layer whose pre-activations can start shifted, a linear head) and
:class:`NestedDropoutGRU` (a hand-written GRU cell stepped by hand, whose hidden units above a
sampled index are dropped in training by a nested, ordered mask, then a linear head on the last
state); no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`ramps`, 800 noisy series of 18 steps in 2 readings, each reading holding
a 4-step rising ramp or none (4 classes; given flattened as 36 columns; seed 2890); :func:`marks`,
3000 10x10 images of an L, a T, a diagonal or four corners at a random place in noise 0.35, 2%
random labels (4 classes; seed 2891); :func:`sensors`, a tabular 3-class set of 10 readings (3%
random labels, 1500 rows; seed 2892); :func:`yields`, a tabular regression of 9 readings (1200
rows; seed 2893; times 300 plus 6000 with seed 2894 for the divergence). Script cases use AdamW
with weight decay 0.05, SGD with momentum 0.95 at small rates (5e-4 to 2e-3; 1e20 and 1e-10 in
the faults) and Adadelta with rho 0.95 (LR 1.0, but 0.1 in Lightning's and TensorBoard's moons and
Keras' wine and 0.05 in the loop's healthy sine) on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 2160 to 2169. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into a
fresh store (two SQLite files, one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The numbers below are from that store (the CNN cases, the new slow start and two shortened scripts
from a second store, see below). No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.3367
on the sensors, 0.2583 on the marks, 0.2812 on the ramps. Baselines (validation): accuracy 0.58
(sensors), 0.51 (marks), 0.5437 (ramps); R2 0.5712 (yields), 0.5874 (the raw yields).

Measured healthy ranges (runner): update ratio quarter means 1e-4 to 0.0552, single steps at most
0.27 (the CNN under RMSprop); the ``update_ratio_high`` run reaches quarter means of 0.70 with
single steps up to 13.7; the ``update_ratio_low`` runs log quarter means of at most 5.9e-10 and
8.8e-10. Dead fraction of the CNNs' dense ReLUs 39% to 75% in the healthy runs (the max-pooled
features leave many dense units idle), of the MLPs' layers at most 54%; the shifted CNN's and the
RMSprop CNN's 100%, the tiny-factor CNN's 100%, the 30-image CNN's 48%. Saturated gate and tanh
states at most 4.3% in the healthy recurrent nets; the saturated run's 66%, the update-ratio run's
85%. Gradient norms (of the linear layers; the Kronecker factors log none) at least 0.021 and at
most 8.65 (the CNN under RMSprop), first norms at least 0.036; the vanishing run's first 3.9e-12,
the exploding run's 5.7 to 386, the slow start's first 2.8e-3. The step loss's position in the
epoch explains at most 23% of the within-epoch variance over the second half in the healthy runner
runs; the unshuffled run 99.99%. The standard deviation of the step loss's step-to-step change over
the second half is at most 0.88 times its mean in the healthy runner runs (the yields under Adam)
and 1.65 in the healthy scripts; the batch-1 run's only 0.94. Healthy scores (validation): sensors
0.71-0.7267, marks 0.6967-0.82, ramps 0.65-0.7188, yields R2 0.8808 and 0.9176. Every healthy
runner run's validation loss is lowest at its end but the Kronecker CNN under AdamW with a step
schedule (epoch 14 of 15, 0.3% above it), under momentum 0.9 (epoch 14 of 15, 0.1% above it) and
the GRU under Adam (epoch 13 of 15, 0.1% above it).

Changes after the first run: the Kronecker CNN pooled its last features by their mean and reached
only 0.525 to 0.70 on the marks in 12 epochs (baseline 0.51), so it pools by their max, the
healthy CNNs train 15 epochs and RMSprop's LR is 3e-3 (0.6967 to 0.82); every CNN case was
retrained (a second store). The slow start (the CNN with its factors started 1e-3 times their size)
never started: its loss stayed at ln 4 through 10 epochs with gradient norms of at most 1e-3 and
every test prediction in one class, so it was relabelled as a stuck run
(``h289_stuck_marks_kroncnn_tiny_factors_momentum9``: ``vanishing_gradients``, ``not_training``,
``at_chance``, ``predictions_collapsed``; ``slow_start`` only allowed) and a slow start on the MLP
with N(0, 0.02) init was added; TensorBoard's iris (20 epochs, 6.8% above its epoch-16 minimum) now
trains 16 epochs and the loop's breast cancer (12 epochs, 1.1% above its epoch-10 minimum) 10
epochs: both lowest at the end (the same runs cut short, no schedule).

Labels from the metrics: the exploding run's loss is 14.7 at every epoch, not blown up, so its
verdict is a training problem; the test predictions fall in one class in the shifted and the
RMSprop CNNs (100%), the vanishing run (100%) and the tiny-factor CNN (100%), so
``predictions_collapsed`` is expected there, allowed in the exploding run (86%), the update-ratio
runs (78%, 67%, 78%) and the one-unit GRU (67.5%); the saturated run's test accuracy (0.3812), the
unshuffled run's (0.44), the one-unit GRU's (0.3563) and the loop's stuck digits (0.0501) are more
than 0.05 from the majority share, so ``at_chance`` is only allowed there; Trainer's NaN wine,
TensorBoard's NaN breast cancer and Trainer's stuck iris allow it as well; the overfit runs'
validation losses end 5.56 (40 rows), 2.58 (30 images), 1.25 (Keras' 16 rows) and 2.21
(TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``; the batch-1 run's step loss swings less than the healthy regression's, so
``noisy_loss`` is only allowed there and the run is labelled by its state (``not_converged``); the
slow start's first gradients are 13 times smaller than any healthy run's, so ``slow_start`` is
expected.

Not met: the three healthy runs above end 0.1% to 0.3% above their validation minima (a fraction
of a percent, not exactly at their ends); the healthy scores on the sensors and the ramps lie 0.11
to 0.18 above their baselines, clearly but not far; the changed cases were checked in a second
store, not retrained with the rest into one fresh store, and the healthy ranges above mix both
stores. No other seed was checked.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
>>> sorted({c.tool for c in CASES if c.is_script and c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
"""

from __future__ import annotations

from typing import Any

import numpy as np
import torch
from torch import nn

from benchmarks.diagnosis_bank._machinery import Case
from benchmarks.diagnosis_bank._parts import (
    BLOWUP,
    GP,
    NOSTOP,
    TP,
    _factory,
    _h,
    _hs,
    _s,
    glyph_images,
)
from benchmarks.diagnosis_bank._scripts import (
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# ----------------------------------------------------------------------------- data


def ramps(n: int = 800, steps: int = 18, noise: float = 0.5, rise: float = 0.5,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step rising ramp (0, ``rise``, 2 ``rise``, 3 ``rise``) at a random time or
    none; the class is which readings ramp (4 classes: none, the second, the first, both). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    ramp = rise * np.arange(4, dtype=float)
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += ramp
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a diagonal, four corners), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _CORNERS), n, 10, noise, flip, seed)


def sensors(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the class is 0, 1 or 2 by where
    a score of reading 0 squared minus reading 1 plus a sine of reading 2 plus a product of
    readings 3 and 4 falls (cut at its terciles); readings 5 to 9 are noise; a share ``flip`` of
    labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s = x[:, 0] ** 2 - x[:, 1] + 1.5 * np.sin(1.5 * x[:, 2]) + x[:, 3] * x[:, 4]
    cuts = np.quantile(s, [1 / 3, 2 / 3])
    y = np.digitize(s, cuts)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 9 readings, the target a square of one, a
    cosine of a second, a product of two more and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 9))
    y = (0.6 * x[:, 0] ** 2 + 1.5 * np.cos(1.3 * x[:, 1]) + x[:, 2] * x[:, 3] - x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class RectQuad(nn.Module):
    """The rectified-quadratic activation: ``relu(x) + 0.1 * relu(x) ** 2``, clipped at 6."""

    def __init__(self) -> None:
        super().__init__()
        self.relu = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        r = self.relu(x)
        return (r + 0.1 * r * r).clamp(max=6.0)


class RectQuadMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with rectified-quadratic
    activations (:class:`RectQuad`), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), RectQuad()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class KronConv(nn.Module):
    """A 3x3 convolution whose weight is the Kronecker product of two small learnt factors:
    ``a`` of shape (out_a, in_a, 3, 1) and ``b`` of shape (out_b, in_b, 1, 3), so the weight is
    (out_a * out_b, in_a * in_b, 3, 3); ``std`` scales the factors' start (1: a He-sized
    product)."""

    def __init__(self, in_ab: tuple[int, int], out_ab: tuple[int, int], std: float = 1.0) -> None:
        super().__init__()
        fan_in = in_ab[0] * in_ab[1] * 9
        each = (2.0 / fan_in) ** 0.25 * std ** 0.5
        self.a = nn.Parameter(torch.randn(out_ab[0], in_ab[0], 3, 1) * each)
        self.b = nn.Parameter(torch.randn(out_ab[1], in_ab[1], 1, 3) * each)
        self.bias = nn.Parameter(torch.zeros(out_ab[0] * out_ab[1]))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        w = torch.kron(self.a, self.b)
        return nn.functional.conv2d(x, w, self.bias, padding=1)


class KronCNN(nn.Module):
    """A Kronecker-factored CNN: two :class:`KronConv` 3x3 convolutions (1 to ``c1[0] * c1[1]``
    channels, then to ``c2[0] * c2[1]``) with ReLUs, a 2x2 max pool between them and a global
    max pool after, then a dense ReLU layer (whose pre-activations start shifted by
    ``dense_shift``) and a linear head; ``factor_std`` scales the factors' start."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 c1: tuple[int, int] = (4, 4), c2: tuple[int, int] = (4, 8), dense: int = 32,
                 dense_shift: float = 0.0, factor_std: float = 1.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = KronConv((c, 1), tuple(c1), factor_std)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = KronConv(tuple(c1), tuple(c2), factor_std)
        self.act2 = nn.ReLU()
        self.fc = nn.Linear(c2[0] * c2[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.act2(self.conv2(h)).amax(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class NestedDropoutGRU(nn.Module):
    """A hand-written GRU cell stepped by hand over the flattened sequence of ``features``
    readings a step; in training each sequence keeps only its first k hidden units (k drawn
    uniformly from ``min_keep`` to ``hidden``; a nested, ordered mask), every step; then a linear
    head on the last state."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, min_keep: int = 4) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.min_keep = min(min_keep, hidden)
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        mask = None
        if self.training:
            keep = torch.randint(self.min_keep, self.hidden + 1, (x.shape[0], 1),
                                 device=x.device)
            mask = (torch.arange(self.hidden, device=x.device)[None, :] < keep).to(x.dtype)
        for t in range(self.steps):
            gx = self.wx(seq[:, t]).chunk(3, dim=1)
            gh = self.wh(h).chunk(3, dim=1)
            z = self.gate(gx[0] + gh[0])
            r = self.gate(gx[1] + gh[1])
            cand = self.squash(gx[2] + r * gh[2])
            h = (1 - z) * h + z * cand
            if mask is not None:
                h = h * mask
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout289"
RA = _factory(f"{HERE}:ramps", seed=2890)
MK = _factory(f"{HERE}:marks", seed=2891)
SE = _factory(f"{HERE}:sensors", seed=2892)
YI = _factory(f"{HERE}:yields", seed=2893)
YI_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2894)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RectQuadMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:KronCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NestedDropoutGRU", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _m95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 (at a small rate)."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


def _ada(data: str, lr: float = 1.0, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.95 at ``lr`` (1.0 unless given)."""
    return _s(data, optim="adadelta", lr=lr, optim_args={"rho": 0.95}, **kw)


MOM9 = {"momentum": 0.9}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h289_divergence_yields_raw_rqmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the rectified-quadratic MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.8e7 at the first step, then overflowing (logged"
                      f" 1.8e308) with the gradient norms; quarter-mean update ratios up to 37"),
         verdict="failed"),
    Case("h289_exploding_sensors_rqmlp_d6_std1", "the rectified-quadratic MLP of 6 layers of 24 "
         "with N(0, 1) init on the sensors, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": SE, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 14.73 at every epoch; gradient norms 5.7 to 386 (healthy "
                      "at most 8.7); quarter-mean update ratios up to 4.6e-10, a side effect of "
                      "the LR; accuracy 0.3167 against a majority share of 0.3367; 86% of the "
                      "test predictions in one class (from 60%: allowed)"), verdict=TP),
    Case("h289_dead_relu_marks_kroncnn_dense_shift10", "the Kronecker CNN on the marks with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 75%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.387 to 1.386 (ln 4); "
                      "accuracy 0.2583 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h289_dead_relu_marks_kroncnn_rmsprop_lr01", "the Kronecker CNN on the marks, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 200.8 in epoch 1, then near ln 4 (1.394), so the blow-up "
                      "passed; gradient norms 0 to 4238 and single update ratios up to 8.5 "
                      "(healthy at most 0.27); every dense unit logged dead; accuracy 0.25 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    Case("h289_update_ratio_high_ramps_ndgru_adagrad_lr2", "the nested-dropout GRU of 16 on "
         "the ramps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("quarter-mean update ratios up to 0.70, single steps up to 13.7 (healthy "
                      "at most 0.055 and 0.27); 85% of the gate and tanh states saturated "
                      "(healthy at most 4.3%); gradient norms up to 2.1e4, a side effect; epoch "
                      "losses 3.98 to 1.57, the validation loss 1.64 times its epoch-7 minimum; "
                      "accuracy 0.2437 against 0.2812; 78% of the test predictions in one class "
                      "(allowed)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h289_update_ratio_low_marks_kroncnn_sgd_lr1e9", "the Kronecker CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.560 at every epoch; quarter-mean update ratios at most "
                      "5.9e-10 (healthy at least 1e-4); accuracy 0.2817 against a majority share"
                      " of 0.2583; 78% of the test predictions in one class"), verdict=TP),
    Case("h289_update_ratio_low_ramps_ndgru_rmsprop_lr1e10", "the nested-dropout GRU of 16 on "
         "the ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.405 to 1.410; quarter-mean update ratios at most "
                      "8.8e-10; accuracy 0.25 against a majority share of 0.2812; 67% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h289_vanishing_sensors_rqmlp_d12_std005_momentum9", "the rectified-quadratic MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the sensors, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": SE, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=("first gradient norms down to 3.9e-12, every norm at most 4.6e-3 (healthy "
                      "first norms at least 0.036); the epoch loss 1.102 to 1.106 (ln 3); the "
                      "deep layers 81% to 100% dead, a side effect of the vanished signal; "
                      "accuracy 0.3367 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h289_saturated_ramps_ndgru_std3_rmsprop", "the nested-dropout GRU of 16 with N(0, 3) "
         "init on the ramps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("64% to 66% of the gate and tanh states saturated (healthy at most 4.3%); "
                      "the epoch loss 8.28 to 8.05, far above ln 4; gradient norms up to 2.3e5, "
                      "a side effect of the huge weights; validation accuracy 0.2812 at the "
                      "majority share but test accuracy 0.3812, so at chance only allowed; 39% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h289_stuck_marks_kroncnn_tiny_factors_momentum9", "the Kronecker CNN with factors "
         "started 1e-3 times their size and N(0, 0.02) dense init on the marks, SGD with momentum "
         "0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(factor_std=1e-3), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "slow_start", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("the factors 1e-3 times their size feed each other vanishing gradients: "
                      "dense and head norms at first 2.6e-7, at most 1e-3 (healthy at least "
                      "0.021); the epoch loss 1.391 to 1.386 (ln 4) through 10 epochs, so it "
                      "never starts; the dense units 100% dead (healthy CNNs up to 75%) and "
                      "update ratios at most 6.8e-5 (healthy from 1e-4), side effects; accuracy "
                      "0.2583 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h289_slow_start_sensors_rqmlp_std002_momentum9", "the rectified-quadratic MLP of 32 "
         "(2 layers) with N(0, 0.02) init on the sensors, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 30, 12 epochs",
         {"data": SE, "model": {**_mlp(width=32), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 2.8e-3 (healthy first norms at least 0.036), norms "
                      "down to 1.5e-3; the epoch loss 1.102 at first, 0.695 at the end (2% below"
                      " the epoch before) with the validation loss lowest at the end; accuracy "
                      "0.6733 against healthy 0.71 and up"), verdict=TP),
    Case("h289_unshuffled_sensors_rqmlp_rmsprop", "the sensors sorted by label, never shuffled, "
         "the rectified-quadratic MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**SE, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.99% of its within-epoch"
                      " variance (healthy runner runs at most 23%); the epoch loss 1.104 to "
                      "1.080; accuracy 0.4133 (test 0.44, 0.10 above the majority share 0.3367, "
                      "so at chance only allowed); 50% of the test predictions in one class"),
         verdict=TP),
    Case("h289_mse_softmax_ramps_ndgru_adam", "the ramps trained with square error on the "
         "softmax, the nested-dropout GRU of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7063 like the healthy runs (0.65 "
                      "to 0.72); the validation loss lowest at the end"), verdict=TP),
    Case("h289_noisy_sensors_rqmlp_b1_adam", "the sensors one row at a time (batch 1), the "
         "rectified-quadratic MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": SE, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings only 0.94 times its mean over the second half "
                      "(healthy runner runs up to 0.88, scripts up to 1.65), so noise is no "
                      "clear finding; the epoch loss falls 17% in the last epoch, the validation"
                      " loss lowest at the end: accuracy 0.6467 (healthy 0.71 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h289_overfit_sensors_subset40_rqmlp_adamw", "40 rows of the sensors, the "
         "rectified-quadratic MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SE, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.47 (training 1.0; the healthy runs 0.71 "
                      "and up); the validation loss lowest at epoch 2 of 150, 5.56 times it at "
                      "the end"), verdict=GP),
    Case("h289_gap_marks_subset30_kroncnn_adam", "30 images of the marks, the Kronecker CNN with "
         "16 and 32 channels and a dense layer of 64, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(c1=[4, 4], c2=[4, 8], dense=64),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.305 (training 1.0; the healthy CNNs 0.70"
                      " and up); the validation loss lowest at epoch 5 of 100, 2.58 times it at "
                      "the end; 48% of the dense units logged dead (healthy up to 75%)"),
         verdict=GP),
    Case("h289_underfit_ramps_ndgru_one_unit_adam", "the ramps through a nested-dropout GRU of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RA, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed", "at_chance"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.375 (training 0.40) below "
                      "the baseline (0.5437), 0.09 above the majority share; the validation loss"
                      " lowest at the end, 1% below the epoch before; 67.5% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h289_lightning_digits_m95_lr1e20_nan", "Lightning: digits, SGD with momentum 0.95 at "
         "LR 1e20, 2160 units, batch 24, 3 epochs",
         script=lightning_run(_m95("digits", hidden=(2160,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h289_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.05) at LR 1e-10, 2161 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2161,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6983 at every epoch; accuracy 0.4688 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h289_hf_trainer_wine_m95_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.95 at LR 1e20 (decaying linearly), 2162 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_m95("wine", hidden=(2162,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h289_hf_trainer_iris_adamw_lr1e10_stuck", "Hugging Face Trainer names: iris, AdamW "
         "(weight decay 0.05) at LR 1e-10 (decaying linearly), 2163 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_aw("iris", hidden=(2163,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.133 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, 0.2 below 1/3"), verdict=TP),
    Case("h289_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (weight decay 0.05) at LR 1e20, 2164 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(2164,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h289_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 2165 "
         "units, Adadelta (rho 0.95) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ada("digits", hidden=(2165,), epochs=120, batch_size=2, subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5487, training 1.0); the "
                      "validation loss lowest at epoch 2 of 120 (2.266), 1.25 times it at the "
                      "end"), verdict=GP),
    Case("h289_tensorboard_breast_cancer_m95_lr1e20_nan", "TensorBoard tags: breast cancer, SGD "
         "with momentum 0.95 at LR 1e20, 2166 units, batch 19, 3 epochs",
         script=tensorboard_run(_m95("breast_cancer", hidden=(2166,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"), verdict="failed"),
    Case("h289_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2167 units, AdamW (weight decay 0.05) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2167,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150, 2.21 times it at the end"),
         verdict=GP),
    Case("h289_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.95) at LR 1.0, 2168 units, batch 20, a corrupt "
         "record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_ada("sine", hidden=(2168,), epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=19),
    Case("h289_plain_digits_m95_lr1e10_stuck", "hand-written loop: digits, SGD with momentum "
         "0.95 at LR 1e-10, 2169 units, batch 25, 4 epochs",
         script=plain_run(_m95("digits", hidden=(2169,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.362 at every epoch; accuracy 0.0501, 0.05 below the"
                      " majority share (about 0.1), so at chance only allowed"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy289_sensors_rqmlp_adam_cosine",
       {"data": SE, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy289_sensors_rqmlp_adamw_step",
       {"data": SE, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy289_sensors_rqmlp_rmsprop_exponential",
       {"data": SE, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy289_sensors_rqmlp_momentum9_cosine",
       {"data": SE, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy289_sensors_rqmlp_d3_adagrad_inverse_time",
       {"data": SE, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy289_yields_rqmlp_adam_cosine",
       {"data": YI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy289_yields_rqmlp_d3_adamw_cosine",
       {"data": YI, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy289_marks_kroncnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy289_marks_kroncnn_adamw_step",
       {"data": MK, "model": _cnn(c2=[4, 6]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy289_marks_kroncnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(dense=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy289_marks_kroncnn_momentum9_cosine",
       {"data": MK, "model": _cnn(c1=[3, 4], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy289_ramps_ndgru_adam_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy289_ramps_ndgru_adamw_exponential",
       {"data": RA, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy289_ramps_ndgru_rmsprop_cosine",
       {"data": RA, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy289_ramps_ndgru_momentum9_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy289_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2160,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy289_lightning_wine_m95",
        lightning_run(_m95("wine", hidden=(2161,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy289_lightning_moons_adadelta",
        lightning_run(_ada("moons", hidden=(2162,), lr=0.1, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy289_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2163,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy289_hf_trainer_iris_m95",
        hf_trainer_run(_m95("iris", hidden=(2164,), lr=2e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy289_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2165,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy289_keras_wine_adadelta",
        keras_run(_ada("wine", hidden=(2166,), lr=0.1, epochs=15, batch_size=10)), "keras"),
    _hs("healthy289_keras_breast_cancer_m95",
        keras_run(_m95("breast_cancer", hidden=(2167,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy289_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2168,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy289_tensorboard_digits_m95",
        tensorboard_run(_m95("digits", hidden=(2169,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy289_tensorboard_moons_adadelta",
        tensorboard_run(_ada("moons", hidden=(2160,), lr=0.1, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy289_plain_sine_adadelta",
        plain_run(_ada("sine", hidden=(2164,), lr=0.05, epochs=16, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy289_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2166,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
