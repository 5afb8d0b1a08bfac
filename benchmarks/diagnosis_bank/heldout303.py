"""The three-hundred-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout302` (not looked at), after the measurement of
:mod:`.heldout300` and :mod:`.heldout301`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`HypersphereMLP` (hidden layers whose inputs and weight rows are
normalised to unit length, the cosine times a learnt scale, then a constructor-chosen activation:
ReLU, tanh or sigmoid; a linear head), :class:`BottleneckAttentionCNN` (two 3x3 convolutions with
ReLU units, each block multiplying its output by one plus a sigmoid map from a 1x1-reduced,
dilated-3x3 path of itself, a 2x2 max pool between them, a global average pool, a dense ReLU layer
whose pre-activations can start shifted, a linear head) and :class:`LeakyGatedRNN` (a hand-written
tanh cell with a learnt per-unit leak rate and a sigmoid output gate from the input and the state,
stepped by hand, its last gated output read by a linear head); no case fell back to the runner's
built-in models. Every data set is this module's own ``data.factory``: :func:`ramps`, 800 noisy
series of 20 steps in 2 readings, the first holding a rising or falling ramp to +-1.2 that stays,
the second a level shift of +-1 from a random time (4 classes by which appear, not by sign; seed
3030); :func:`marks`, 3000 10x10 images of an L, a T, a diagonal or a 2x2 block at a random place
in noise 0.35, 2% random labels (4 classes; seed 3031); :func:`dials`, a tabular 4-class set of 8
readings (inside a circle of two readings, above a sine of two more; 3% random labels, 1400 rows;
seed 3032); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 3033; times 300
plus 6000 with seed 3034 for the divergence). Script cases use AdamW with amsgrad and weight decay
1e-3, SGD with momentum 0.5 and Adamax with betas (0.85, 0.99) on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2300 to 2309. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules
constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one SQLite file per worker) only to check that the fault is real, from the run's own
metrics (losses, validation loss and score, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made. No
other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.279
on the dials, 0.258 on the marks, 0.275 on the ramps. Baselines (validation): accuracy 0.6214
(dials), 0.4833 (marks), 0.8063 (ramps); R2 0.6561 (yields), 0.612 (the raw yields).

Measured healthy ranges (runner): single update ratios 6e-6 to 0.43 (the marks under RMSprop); the
``update_ratio_high`` run reaches 14; the ``update_ratio_low`` runs at most 2.1e-10 and 3.9e-9.
Dead fraction of the CNNs' dense ReLUs up to 68% in the healthy runs (the momentum CNN), of the
MLPs' up to 17%; both dead-unit runs 100%. Saturated units: the RNNs' tanh states up to 23%, the
MLPs' tanh up to 25%, but the CNNs' sigmoid attention gates up to 97% (the marks under RMSprop) and
77% (momentum): so no saturation is clearly outside every healthy run, and ``saturated_activation``
is only allowed (the std-3 RNN's 79%, the Adagrad RNN's 94%, the exploding CNN's gates 95%, the
30-image CNN's gates 100%). Gradient norms at most 11.7 (the yields MLP of 3 layers), first norms
at least 9e-4 (the CNNs, whose small first norms are their own); the exploding run's 14.5 to 475,
the std-3 RNN's up to 1.2e4, the vanishing run's first layers 0, the slow start's first 1.2e-5.
Healthy scores (validation): dials 0.7214-0.7393, marks 0.7433-0.905, ramps 0.95-0.9563, yields R2
0.7703 and 0.8016. Every healthy runner run's validation loss is lowest at its end or within a
fraction of a percent of it (dials 0.04% to 0.6%, yields 0.4%, the ramps under momentum 0.63%) but
the marks under momentum 0.9 (1.3% above its epoch-15 minimum).

Changes after the first training round (each changed case trained once at seed 0 into a fresh
store, diagnosis off): :func:`ramps` first held an alternating burst in the second reading, which
the leaky RNN averaged away (healthy accuracy 0.55, below the baseline 0.67), then a fixed ramp and
a drop, which a linear baseline solved (0.98, as high as the RNNs), so ramps and shifts now take a
random sign (baseline 0.8063, RNNs 0.94 to 0.96) and every RNN case was retrained on it; the yields
MLP of 3 tanh layers (R2 0.60, below the baseline) is now 3 ReLU layers of 32 for 25 epochs
(0.7703); the yields MLP under Adam LR 3e-3 (0.9% above its minimum) now LR 2e-3 (0.4%); the marks
CNN under RMSprop (LR 2e-3, 12 epochs, 0.5767) now LR 3e-3 and 20 epochs (0.7433); the marks CNN
under momentum 0.9 (LR 0.03, 12 epochs, 0.6733) now LR 0.08 and 20 epochs (0.905); the ramps RNN
under momentum 0.9 (15 epochs, 7% above its epoch-9 minimum) now 10 epochs (0.63% above its epoch-8
minimum, accuracy 0.95); the slow start (N(0, 0.03) init, which never left ln 4) now N(0, 0.08): it
starts slowly and ends at 0.55; script healthy runs that ended above their minima: Lightning's
moons under Adamax LR 2e-3 now 1e-3, Keras' wine 1e-3 now 5e-4, TensorBoard's iris 1e-3 now 5e-4
(lowest at the end), TensorBoard's moons 2e-3 now 7e-4 (lowest at the end), the loop's breast
cancer 5e-4 now 3e-4 (lowest at the end), the loop's sine under Adamax (still 25% above its epoch-7
minimum at LR 1e-3) replaced by the loop's wine under Adamax LR 5e-4 (lowest at the end, accuracy
1.0).

Not met: the marks CNN under RMSprop (0.7433) ends 0.16 below the best marks run (0.905, the
momentum CNN after its change), more than the 0.1 asked; the marks CNN under momentum ends 1.3%
above its minimum, the ramps RNN under momentum 0.63% above its; the step loss's within-epoch
position share and swing were not measured, so the unshuffled run's ``unshuffled_data`` is expected
from its injection and the batch-1 run's ``noisy_loss`` is only allowed; ``saturated_activation``
is expected of no case (see above).

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 28)
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


def ramps(n: int = 800, steps: int = 20, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading may hold a ramp that climbs (or falls) to 1.2 (-1.2) over 5 steps from a random
    time and stays there, the second a level shift of +1 or -1 from a random time on; the class
    is which of the two appear (4 classes: none, the shift, the ramp, both), not their signs.
    Given flattened, time-major."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        if label // 2:
            t = int(rng.integers(0, steps - 5))
            sign = rng.choice((-1.0, 1.0))
            x[i, t:t + 5, 0] += sign * np.linspace(0.24, 1.2, 5)
            x[i, t + 5:, 0] += sign * 1.2
        if label % 2:
            t = int(rng.integers(0, steps - 3))
            x[i, t:, 1] += rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.eye(3)
_BLOCK = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 0]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a diagonal, a 2x2 block), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _BLOCK), n, 10, noise, flip, seed)


def dials(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie inside the unit circle times 2 plus whether reading 2 exceeds a sine of reading
    3; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    inside = (x[:, 0] ** 2 + x[:, 1] ** 2) < 1.2
    above = x[:, 2] > np.sin(1.5 * x[:, 3])
    y = 2 * inside.astype(int) + above.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a square of one, a
    cosine of a second, a product of two more and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (0.8 * x[:, 0] ** 2 + 1.5 * np.cos(1.2 * x[:, 1]) + x[:, 2] * x[:, 3] - x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class SphereLinear(nn.Module):
    """A hypersphere layer: its inputs and its weight rows normalised to unit length, the cosine
    times a learnt scale (starting at ``scale``), plus a bias and a fixed ``shift``."""

    def __init__(self, n_in: int, n_out: int, scale: float = 5.0, shift: float = 0.0) -> None:
        super().__init__()
        self.lin = nn.Linear(n_in, n_out)
        self.scale = nn.Parameter(torch.tensor(float(scale)))
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = nn.functional.normalize(x, dim=1, eps=1e-8)
        w = nn.functional.normalize(self.lin.weight, dim=1, eps=1e-8)
        return self.scale * (x @ w.t()) + self.lin.bias + self.shift


class HypersphereMLP(nn.Module):
    """An MLP of ``depth`` hypersphere layers (:class:`SphereLinear`) of ``width`` units, each
    followed by ``activation`` (relu, tanh or sigmoid), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", scale: float = 5.0,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [SphereLinear(n_in, width, scale, shift), ACTIVATIONS[activation]()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class BottleneckBlock(nn.Module):
    """A 3x3 convolution with ReLU units whose output is multiplied by one plus a sigmoid map
    computed from itself: a 1x1 convolution to ``channels // reduce`` channels, a ReLU, a 3x3
    convolution of dilation 2 to one channel."""

    def __init__(self, c_in: int, channels: int, reduce: int = 4) -> None:
        super().__init__()
        mid = max(channels // reduce, 1)
        self.conv = nn.Conv2d(c_in, channels, 3, padding=1)
        self.act = nn.ReLU()
        self.squeeze = nn.Conv2d(channels, mid, 1)
        self.squeeze_act = nn.ReLU()
        self.spread = nn.Conv2d(mid, 1, 3, padding=2, dilation=2)
        self.gate = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.conv(x))
        return h * (1.0 + self.gate(self.spread(self.squeeze_act(self.squeeze(h)))))


class BottleneckAttentionCNN(nn.Module):
    """Two :class:`BottleneckBlock` s with a 2x2 max pool between them, a global average pool, a
    dense ReLU layer (whose pre-activations start shifted by ``dense_shift``) and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        self.block1 = BottleneckBlock(input_shape[0], channels[0])
        self.pool = nn.MaxPool2d(2)
        self.block2 = BottleneckBlock(channels[0], channels[1])
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.pool(self.block1(x))).mean(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class LeakyGatedRNN(nn.Module):
    """A hand-written recurrent net stepped by hand: a tanh cell whose state leaks towards the
    new candidate at a learnt per-unit rate (a sigmoid of a learnt logit), and a sigmoid output
    gate computed from the input and the state; the gated output of the last step feeds a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.gx = nn.Linear(features, hidden)
        self.gh = nn.Linear(hidden, hidden, bias=False)
        self.leak = nn.Parameter(torch.zeros(hidden))
        self.squash = nn.Tanh()
        self.gate = nn.Sigmoid()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        out = h
        rate = torch.sigmoid(self.leak)
        for t in range(self.steps):
            cand = self.squash(self.wx(seq[:, t]) + self.wh(h))
            h = (1.0 - rate) * h + rate * cand
            out = self.gate(self.gx(seq[:, t]) + self.gh(h)) * h
        return self.head(out)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout303"
RA = _factory(f"{HERE}:ramps", seed=3030)
MK = _factory(f"{HERE}:marks", seed=3031)
DI = _factory(f"{HERE}:dials", seed=3032)
YI = _factory(f"{HERE}:yields", seed=3033)
YI_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3034)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HypersphereMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BottleneckAttentionCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LeakyGatedRNN", "args": args}


def _amw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad and weight decay 1e-3."""
    return _s(data, optim="adamw", optim_args={"amsgrad": True, "weight_decay": 1e-3}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.5."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.5}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.99)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.99)}, **kw)


MOM9 = {"momentum": 0.9}
MOM5 = {"momentum": 0.5}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h303_divergence_yields_raw_spheremlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the hypersphere MLP of 20, plain SGD at LR 0.05, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss overflows (logged 1.8e308) with every gradient "
                      f"norm (first 6785) and update ratio"), verdict="failed"),
    Case("h303_exploding_marks_bacnn_std1", "the bottleneck-attention CNN with N(0, 1) init on "
         "the marks, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "dead_relu", "saturated_activation"),
         why_allowed=("the epoch loss 448.6 at every epoch; every gradient norm 14.5 to 475 "
                      "(healthy at most 11.7); 95% of the attention gates saturated (healthy at "
                      "most 29%) and update ratios at most 7.3e-9, side effects of the init and "
                      "the LR; accuracy 0.25 against a majority share of 0.258, every test "
                      "prediction in one class"), verdict="failed"),
    Case("h303_dead_relu_marks_bacnn_dense_shift10", "the bottleneck-attention CNN on the marks "
         "with its dense ReLU layer's pre-activations shifted by -10, Adam at LR 2e-3, batch 25, "
         "4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 68%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.388 to 1.386 (ln 4); "
                      "accuracy 0.2583 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h303_dead_relu_dials_spheremlp_shift10", "the hypersphere MLP of 24 (ReLU) on the "
         "dials with every hidden pre-activation shifted by -10 (scale 1), Adam at LR 2e-3, "
         "batch 26, 4 epochs",
         {"data": DI, "model": _mlp(width=24, scale=1.0, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 26}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("every hidden unit of both layers logged dead (healthy at most 17%): "
                      "gradient norms 0, the epoch loss 1.390 to 1.384; accuracy 0.2786 at the "
                      "majority share 0.279, every test prediction in one class"), verdict=TP),
    Case("h303_update_ratio_high_ramps_lgrnn_adagrad_lr2", "the leaky gated RNN of 16 on the "
         "ramps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "saturated_activation"),
         why_allowed=("single update ratios up to 14 (healthy at most 0.43); 94% of the tanh "
                      "states saturated, but a healthy CNN's attention gates reach 97%; gradient "
                      "norms up to 46; the validation loss 1.22 times its epoch-6 minimum; "
                      "accuracy 0.4875 (healthy 0.95 and up), 53% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h303_update_ratio_low_marks_bacnn_sgd_lr1e9", "the bottleneck-attention CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.402 at every epoch; update ratios at most 2.1e-10 "
                      "(healthy at least 2.5e-6); accuracy 0.25 against a majority share of "
                      "0.258, every test prediction in one class"), verdict=TP),
    Case("h303_update_ratio_low_ramps_lgrnn_rmsprop_lr1e10", "the leaky gated RNN of 16 on the "
         "ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed", "at_chance"),
         why_allowed=("the epoch loss 1.405 at every epoch; update ratios at most 3.9e-9 (healthy"
                      " at least 1.5e-6); accuracy 0.2125 (test 0.1938), 0.06 to 0.08 below the "
                      "majority share 0.275, so at chance or worse; 67% of the test predictions "
                      "in one class"), verdict=TP),
    Case("h303_vanishing_dials_spheremlp_d10_sigmoid_scale001", "the hypersphere MLP of 10 "
         "sigmoid layers of 16 whose scales start at 0.01 on the dials, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": DI, "model": _mlp(width=16, depth=10, activation="sigmoid", scale=0.01),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first layers' gradient norms 0 from the start (healthy first norms at "
                      "least 9e-4); the epoch loss 1.413 to 1.394 (ln 4); accuracy 0.2714 against"
                      " a majority share of 0.279, every test prediction in one class"),
         verdict=TP),
    Case("h303_saturated_ramps_lgrnn_std3_rmsprop", "the leaky gated RNN of 16 with N(0, 3) init "
         "on the ramps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "exploding_gradients"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "saturated_activation", "at_chance"),
         why_allowed=("79% of the tanh states and 67% of the output gates saturated, but a "
                      "healthy CNN's attention gates reach 97%, so saturation is not clearly "
                      "outside every healthy run; the epoch loss 7.38 to 7.35, the validation "
                      "loss rising from 7.33 to 7.63; gradient norms up to 1.2e4 (healthy at most"
                      " 11.7); accuracy 0.2 against a majority share of 0.275"), verdict=TP),
    Case("h303_slow_start_marks_bacnn_std008_momentum9", "the bottleneck-attention CNN with "
         "N(0, 0.08) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.08},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 1.2e-5 (healthy first norms at least 9e-4); the epoch"
                      " loss 1.388 at first, 0.99 at the end with the validation loss lowest at "
                      "the end; accuracy 0.55 against the healthy CNNs' 0.82"), verdict=TP),
    Case("h303_unshuffled_dials_spheremlp_rmsprop", "the dials sorted by label, never shuffled, "
         "the hypersphere MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**DI, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("training on label-sorted batches; the epoch loss 1.458 to 1.369; accuracy "
                      "0.3214, 0.042 above the majority share 0.279 (healthy 0.72 and up); 45% of"
                      " the test predictions in one class"), verdict=TP),
    Case("h303_mse_softmax_ramps_lgrnn_adam", "the ramps trained with square error on the "
         "softmax, the leaky gated RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9563 like the healthy runs, the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h303_noisy_dials_spheremlp_b1_adam", "the dials one row at a time (batch 1), the "
         "hypersphere MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": DI, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss's swing was not measured against the healthy runs, so noise "
                      "is only allowed; the epoch loss 1.202 to 0.936 and the validation loss "
                      "lowest at the end of 2 epochs: accuracy 0.6429 (healthy 0.72 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h303_overfit_dials_subset40_spheremlp_adamw", "40 rows of the dials, the hypersphere "
         "MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**DI, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4821 (training loss 1.2e-4; the healthy "
                      "runs 0.72 and up); the validation loss lowest at epoch 1 of 150, 2.88 "
                      "times it at the end"), verdict=GP),
    Case("h303_gap_marks_subset30_bacnn_adam", "30 images of the marks, the bottleneck-attention "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "saturated_activation"),
         why_allowed=("30 images teach less: accuracy 0.3733 (the healthy CNNs 0.82 and up); the "
                      "validation loss lowest at epoch 14 of 100, 2.42 times it at the end; the "
                      "second block's attention gates all saturated (healthy at most 29%)"),
         verdict=GP),
    Case("h303_underfit_ramps_lgrnn_one_unit_adam", "the ramps through a leaky gated RNN of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RA, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3937 (test 0.4562) far below"
                      " the baseline (0.8063), the validation loss lowest at the end and the loss"
                      " still falling; single update ratios up to 5.4 on the unit's tiny weights;"
                      " 54% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h303_lightning_digits_momentum5_lr1e20_nan", "Lightning: digits, SGD with momentum 0.5 "
         "at LR 1e20, 2300 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2300,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h303_lightning_circles_amsgradw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad, weight decay 1e-3) at LR 1e-10, 2301 units, batch 20, 3 epochs",
         script=lightning_run(_amw("circles", hidden=(2301,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.7082 at every epoch; accuracy 0.5 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h303_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "(betas 0.85 and 0.99) at LR 1e20 (decaying linearly), 2302 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("wine", hidden=(2302,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority"),
         verdict="failed"),
    Case("h303_hf_trainer_iris_momentum5_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.5 at LR 1e-10 (decaying linearly), 2303 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(2303,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.175 at every evaluation; accuracy 0.2667 at its "
                      "initial weights"), verdict=TP),
    Case("h303_keras_moons_amsgradw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad, weight decay 1e-3) at LR 1e20, 2304 units, batch 20, 3 epochs",
         script=keras_run(_amw("moons", hidden=(2304,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h303_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2305 units, "
         "Adamax (betas 0.85 and 0.99) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(2305,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5515, training 1.0); the "
                      "validation loss lowest at epoch 11 (2.435), 1.32 times it at the end"),
         verdict=GP),
    Case("h303_tensorboard_breast_cancer_momentum5_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.5 at LR 1e20, 2306 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2306,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from the second step; accuracy 0.3684, far "
                      f"below 0.6316"), verdict="failed"),
    Case("h303_tensorboard_circles_subset8_amsgradw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2307 units, AdamW (amsgrad, weight decay 1e-3) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_amw("circles", hidden=(2307,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 6 of 150, 2.61 times it at the end"),
         verdict=GP),
    Case("h303_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with noise "
         "0.2 (640 points), Adamax (betas 0.85 and 0.99) at LR 2e-3, 2308 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(2308,), lr=2e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h303_plain_digits_amsgradw_lr1e10_stuck", "hand-written loop: digits, AdamW (amsgrad, "
         "weight decay 1e-3) at LR 1e-10, 2309 units, batch 25, 4 epochs",
         script=plain_run(_amw("digits", hidden=(2309,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.325 at every epoch; accuracy 0.0557, 0.045 below the"
                      " majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy303_dials_spheremlp_adam_cosine",
       {"data": DI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy303_dials_spheremlp_tanh_adamw_step",
       {"data": DI, "model": _mlp(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy303_dials_spheremlp_rmsprop_exponential",
       {"data": DI, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy303_dials_spheremlp_momentum9_cosine",
       {"data": DI, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy303_dials_spheremlp_d3_adagrad_inverse_time",
       {"data": DI, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy303_yields_spheremlp_adam_cosine",
       {"data": YI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy303_yields_spheremlp_d3_adamw_cosine",
       {"data": YI, "model": _mlp(width=32, depth=3),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy303_marks_bacnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy303_marks_bacnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy303_marks_bacnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy303_marks_bacnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.08, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy303_ramps_lgrnn_adam_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy303_ramps_lgrnn_adamw_exponential",
       {"data": RA, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy303_ramps_lgrnn_rmsprop_cosine",
       {"data": RA, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy303_ramps_lgrnn_momentum9_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy303_lightning_digits_amsgradw",
        lightning_run(_amw("digits", hidden=(2300,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy303_lightning_wine_momentum5",
        lightning_run(_mom("wine", hidden=(2301,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy303_lightning_moons_adamax",
        lightning_run(_amx("moons", hidden=(2302,), lr=1e-3, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy303_hf_trainer_breast_cancer_amsgradw",
        hf_trainer_run(_amw("breast_cancer", hidden=(2303,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy303_hf_trainer_iris_momentum5",
        hf_trainer_run(_mom("iris", hidden=(2304,), lr=0.01, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy303_keras_circles_amsgradw",
        keras_run(_amw("circles", hidden=(2305,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy303_keras_wine_adamax",
        keras_run(_amx("wine", hidden=(2306,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy303_keras_breast_cancer_momentum5",
        keras_run(_mom("breast_cancer", hidden=(2307,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy303_tensorboard_iris_amsgradw",
        tensorboard_run(_amw("iris", hidden=(2308,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy303_tensorboard_digits_momentum5",
        tensorboard_run(_mom("digits", hidden=(2309,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy303_tensorboard_moons_adamax",
        tensorboard_run(_amx("moons", hidden=(2300,), lr=7e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy303_plain_wine_adamax",
        plain_run(_amx("wine", hidden=(2304,), lr=5e-4, epochs=15, batch_size=10)), "pytorch"),
    _hs("healthy303_plain_breast_cancer_amsgradw",
        plain_run(_amw("breast_cancer", hidden=(2306,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
