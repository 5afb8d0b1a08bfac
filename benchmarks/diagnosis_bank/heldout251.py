"""The two-hundred-and-fifty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout248`, :mod:`.heldout249` and :mod:`.heldout250` (not
looked at), after the measurement of :mod:`.heldout244` to :mod:`.heldout247`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`MixActMLP` (layers whose
every unit mixes several activations of its pre-activation, by default ReLU, tanh and sine, with
learnt softmax weights; optional layer norm and a shift of the pre-activations; a linear head),
:class:`LargeKernelCNN` (RepLKNet-lite: a 3x3 stem and 2x2 max pooling, residual blocks of a 7x7
depthwise convolution beside a 3x3 one, an activation and a 1x1 pointwise convolution, a dense
layer, a linear head) and :class:`BistableRNN` (a hand-written bistable recurrent cell with
per-unit recurrent weights reading the flattened sequence to its last hidden state, a linear head).
Every data set is this module's own ``data.factory``: :func:`tiers` (2400 rows of 8 readings, 4
classes, 3% random labels; seed 2510), :func:`yields` (a regression of 8 readings, 1200 rows; seed
2511; times 300 plus 8000 with seed 2512 for the divergence), :func:`signs` (3000 12x12 images of a
bar, a column, a plus or a hollow square in noise 0.25, 2% random labels; seed 2513) and
:func:`tides` (900 sequences of 12 steps in 2 readings, given flattened as 24 columns; seed 2514).
Script cases use RAdam with weight decay 1e-4, Adadelta with rho 0.85 and Adam with amsgrad and
betas (0.85, 0.995) on digits, wine, iris, breast cancer, moons, circles and the sine; every script
case holds a hidden width of 1780 to 1789. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad,
plain SGD, SGD with momentum 0.5 or 0.9 and Nesterov momentum 0.9; schedules cosine, exponential,
step and constant.

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (epoch and step losses, validation loss and score, the
step loss's swing and the share of its within-epoch variance its position explains, gradient norms,
update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. No other seed was checked. The numbers below are
from the stores of the last training (runner cases in one store, scripts in another; the slow start
and the three script cases changed last were trained again after their change into a third and a
fourth store, every other case trained after its last change).

Label policy exactly as in :mod:`.heldout107`. Majority shares (the test confusion matrices' rows):
0.2917 on the tiers, 0.255 on the signs, 0.2833 on the tides; on the scripts' validation splits as
in :mod:`.heldout199`. Baselines (validation): accuracy 0.6562 (tiers), 0.9333 (signs), 0.9278
(tides); R2 0.614 (yields).

Measured healthy ranges (runner): single-epoch update ratios at most 0.296 (the ELU CNN under
RMSprop), at least 4.5e-6; gradient norms 0.0133 to 4.53, first norms at least 0.0159; dead
fraction 0 in the mixing MLPs, at most 47% in the healthy CNNs' dense layer; saturated fraction at
most 15.5% (the normalised MLP under Adagrad) and 10.7% in the BRCs. Healthy scores (validation):
tiers 0.7479-0.8688, yields R2 0.892 and 0.8958, signs 0.94-0.975, tides 0.9278-0.95; scripts:
digits 0.9721 and 0.9749, wine 1.0 and 0.9722, breast cancer 0.9474 and 0.9474, moons 0.9531,
0.9318 and 0.9762, iris 0.9667 and 0.9667, circles 0.9919, the sine's Keras "accuracy" 0.9398.
Step-loss swing (the standard deviation of its step-to-step change over the second half over its
mean) in the healthy scripts at most 1.5; the batch-1 run's 3.3. Every healthy run's validation loss
is lowest at its end but the tiers under momentum 0.9 (epoch 10 of 12, 0.5% above it), the ELU CNN
(epoch 9 of 10, 1.1% above it) and Trainer's iris (epoch 19 of 20, 0.56% above it).

Changes after the first run: the tiers (1400 rows of a harder rule: healthy 0.67-0.82, some still
improving) became 2400 rows of smoother terms and 12 epochs; the signs' noise 0.35 became 0.25
(healthy 0.84-0.96 against 0.82); the tides' class became a level sign and whether the second
reading is away from 0 (the first, two level signs, had a baseline of 0.9556 above every BRC); the
yields under Adadelta (R2 0.67) became RMSprop; the leaky CNN's LR 2e-3 (then 1e-3, 0.857), the ELU
CNN's 1e-3 for 10 epochs, the Nesterov CNN's LR 0.006 and the BRC under momentum LR 0.02 (15% above
its epoch-10 minimum). The slow start's N(0, 0.03) init started at once (epoch losses 1.27, 0.52),
so N(0, 0.01). Lightning's wine (Adadelta LR 0.5, 7% above its epoch-11 minimum) LR 0.2; Keras'
sine (LR 1.0, 29% above its epoch-4 minimum) LR 0.3; TensorBoard's digits (LR 0.5, 2% above its
epoch-7 minimum) LR 0.25. Known shortfalls left, not fixed for lack of time: the tides' healthy
BRCs beat the baseline (0.9278) by at most 0.022 and the RMSprop one only reaches it; the ELU CNN
(0.94) is barely above its baseline (0.9333); the tiers under RMSprop (0.7479) is well below the
best tiers run (0.8688) with its loss still falling.

Labels from the metrics: the blow-up CNN (RMSprop at LR 0.08) ends above its first step loss with
gradient norms and update ratios far outside every healthy run, so it expects ``divergence``,
``update_ratio_high`` and ``exploding_gradients``; its dead channels (75%) sit inside the slow
start's, so ``dead_relu`` is allowed; the shifted ReLU MLP expects ``dead_relu``; the exploding
run's 57.5% of predictions in one class allows neither collapse code to be expected; the overfit
runs' validation losses end 3.27 (40 rows), 1.62 (30 images) and 3.07 (TensorBoard's 8 rows) times
their early minima, Keras' 16 rows only 1.07 times, so ``overfitting`` is allowed there.

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


def tiers(n: int = 2400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a sine term (readings 0 and 1) times 2 plus the sign of one with a square term
    (readings 2 and 3); readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = 1.2 * np.sin(1.5 * x[:, 0]) + 0.6 * x[:, 1]
    s2 = x[:, 2] + 0.7 * x[:, 3] ** 2 - 0.7
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def signs(n: int = 3000, noise: float = 0.25, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one bright mark each (4
    classes: a 6-wide horizontal bar, a 6-high vertical bar, a 5x5 plus and a hollow 5x5 square,
    each at a random place) in Gaussian noise of ``noise``; a share ``flip`` of the labels is
    drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(1, 6, 2))
        if label == 0:
            x[i, 0, r + 2, c:c + 6] += 1.0
        elif label == 1:
            x[i, 0, r:r + 6, c + 2] += 1.0
        elif label == 2:
            x[i, 0, r + 2, c:c + 5] += 1.0
            x[i, 0, r:r + 5, c + 2] += 1.0
        else:
            x[i, 0, r:r + 5, c:c + 5] += 1.0
            x[i, 0, r + 1:r + 4, c + 1:c + 4] -= 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tides(n: int = 900, steps: int = 12, level: float = 0.5, swell: float = 1.0,
          noise: float = 0.8, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings under
    Gaussian noise of ``noise`` a step: the first reading sits at +``level`` or -``level``, the
    second at +``swell`` or -``swell`` (a random sign) or at 0; the class is the first level's
    sign times 2 plus whether the second is away from 0 (4 classes; the second bit is no linear
    function of the readings). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    first = level * np.where(y // 2 == 0, 1.0, -1.0)
    second = swell * (y % 2) * rng.choice([-1.0, 1.0], n)
    x = np.stack([first, second], 1)[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class Sine(nn.Module):
    """The sine as a module."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sin(x)


def _act(name: str) -> nn.Module:
    return Sine() if name == "sine" else _ACTS[name]()


class _MixLayer(nn.Module):
    """A linear layer whose every unit is a softmax-weighted mix of several activations of its
    pre-activation (shifted by ``bias_shift``), the mixing weights learnt per unit."""

    def __init__(self, n_in: int, width: int, acts: tuple[str, ...], norm: bool,
                 bias_shift: float) -> None:
        super().__init__()
        self.lin = nn.Linear(n_in, width)
        self.norm = nn.LayerNorm(width) if norm else nn.Identity()
        self.acts = nn.ModuleList(_act(a) for a in acts)
        self.mix = nn.Parameter(torch.zeros(width, len(acts)))
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.norm(self.lin(x)) + self.bias_shift
        w = torch.softmax(self.mix, dim=1)
        return sum(w[:, k] * act(z) for k, act in enumerate(self.acts))


class MixActMLP(nn.Module):
    """An MLP whose units mix activations (by default ReLU, tanh and sine) with learnt softmax
    weights: ``depth`` mixing layers of ``width`` units (optionally layer-normalised), a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, acts: tuple[str, ...] | list[str] = ("relu", "tanh", "sine"),
                 norm: bool = False, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.layers = nn.ModuleList(
            _MixLayer(n_in if i == 0 else width, width, tuple(acts), norm, bias_shift)
            for i in range(depth))
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer in self.layers:
            h = layer(h)
        return self.head(h)


class LargeKernelCNN(nn.Module):
    """A RepLKNet-lite CNN: a 3x3 stem convolution and 2x2 max pooling, then ``blocks``
    residual blocks, each a large 7x7 depthwise convolution beside a small 3x3 one (summed), an
    activation and a 1x1 pointwise convolution with its activation; a dense layer and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 blocks: int = 1, dense: int = 32, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.stem_act = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.large = nn.ModuleList(nn.Conv2d(channels, channels, 7, padding=3, groups=channels)
                                   for _ in range(blocks))
        self.small = nn.ModuleList(nn.Conv2d(channels, channels, 3, padding=1, groups=channels)
                                   for _ in range(blocks))
        self.mid_acts = nn.ModuleList(_ACTS[activation]() for _ in range(blocks))
        self.point = nn.ModuleList(nn.Conv2d(channels, channels, 1) for _ in range(blocks))
        self.point_acts = nn.ModuleList(_ACTS[activation]() for _ in range(blocks))
        self.fc = nn.Linear(channels * (h // 2) * (w // 2), dense)
        self.fc_act = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.stem_act(self.stem(x)))
        for large, small, mid, point, pact in zip(self.large, self.small, self.mid_acts,
                                                  self.point, self.point_acts, strict=True):
            h = h + pact(point(mid(large(h) + small(h))))
        return self.head(self.fc_act(self.fc(h.flatten(1))))


class BistableRNN(nn.Module):
    """A bistable recurrent cell (BRC) written out: per step ``a = 1 + tanh(Ua x + wa * h)``,
    ``c = sigmoid(Uc x + wc * h)`` and ``h = c * h + (1 - c) * tanh(U x + a * h)`` with
    per-unit (diagonal) recurrent weights ``wa`` and ``wc``; it reads the flattened sequence of
    ``features`` readings a step to its last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.ux = nn.Linear(features, 3 * hidden)
        self.wa = nn.Parameter(torch.ones(hidden))
        self.wc = nn.Parameter(torch.ones(hidden))
        self.amp = nn.Tanh()
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            z = self.ux(seq[:, t])
            a = 1.0 + self.amp(z[:, :n] + self.wa * h)
            c = self.gate(z[:, n:2 * n] + self.wc * h)
            h = c * h + (1.0 - c) * self.squash(z[:, 2 * n:] + a * h)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout251"
TI = _factory(f"{HERE}:tiers", seed=2510)
YD = _factory(f"{HERE}:yields", seed=2511)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=8000.0, seed=2512)
SG = _factory(f"{HERE}:signs", seed=2513)
TD = _factory(f"{HERE}:tides", seed=2514)


def _mix(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixActMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LargeKernelCNN", "args": args}


def _brc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BistableRNN", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 1e-4."""
    return _s(data, optim="radam", optim_args={"weight_decay": 1e-4}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.85."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.85}, **kw)


def _am(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad and betas (0.85, 0.995)."""
    return _s(data, optim="adam", optim_args={"amsgrad": True, "betas": (0.85, 0.995)}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h251_divergence_yields_raw_mix_sgd", "the yields regression times 300 plus 8000 "
         "(targets unscaled), the mixed-activation MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mix(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 7.2e7 at the first step, 1.9e25 at step 3 and Inf at step 4, "
                      "where the run stops"), verdict="failed"),
    Case("h251_exploding_tiers_mix_d6_relu_leaky_std1", "the mixed-activation MLP of 24 with 6 "
         "layers mixing ReLU and leaky ReLU, N(0, 1) init, on the tiers, SGD with momentum 0.5 at "
         "LR 1e-10, batch 30",
         {"data": TI, "model": {**_mix(width=24, depth=6, acts=["relu", "leaky_relu"]),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "at_chance",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1616 at every epoch, far above ln 4 from its first step; "
                      "every gradient norm 405 to 2150 (healthy at most 4.5); update ratios at most"
                      " 3e-8, a side effect of the LR; up to 16.7% of a deep layer's ReLUs logged "
                      "dead; accuracy 0.225, 0.067 below the majority share (0.2917); 57.5% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h251_dead_relu_tiers_mix_relu_shift10", "the MLP of 24 (2 layers) with ReLU alone in "
         "its mix and every pre-activation shifted by -10, so no unit ever fires, Adam at LR 2e-3, "
         "batch 25, 12 epochs",
         {"data": TI, "model": _mix(width=24, acts=["relu"], bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low", "not_converged"),
         why_allowed=("every unit of both layers logged dead (healthy 0), so every gradient and "
                      "update below the head's bias is 0; the epoch loss 1.385 to 1.378 (0.5% "
                      "lower, the class prior); accuracy 0.2917 at the majority share (0.2917), "
                      "every test prediction in one class"), verdict=TP),
    Case("h251_blowup_signs_cnn_rmsprop_lr008", "the large-kernel CNN (8 channels, 32 dense) "
         "on the signs, plain RMSprop at LR 0.08, batch 28",
         {"data": SG, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "update_ratio_high", "exploding_gradients"),
         allow=("dead_relu", "vanishing_gradients", "update_ratio_low", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "overfitting"),
         why_allowed=("the epoch loss 1975, 4.24, 2.99 from a first step of 1.41, the validation "
                      "loss 9.06, 4.33, 6.29; gradient norms up to 8.9e4 and single update ratios "
                      "up to 20.8 (healthy at most 4.5 and 0.3); up to 75% of the pointwise "
                      "convolution's channels logged dead (the slow start's 87.5%, healthy up to "
                      "47% in the dense layer); accuracy 0.5283 (healthy 0.94 and up); 58.7% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h251_update_ratio_high_tiers_mix_norm_tanh_sine_adagrad", "the layer-normalised MLP of "
         "24 mixing tanh and sine on the tiers, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TI, "model": _mix(width=24, depth=1, acts=["tanh", "sine"], norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "overfitting"),
         why_allowed=("the steps dwarf the weights (single update ratios up to 17.9, healthy at "
                      "most 0.3), and 60% to 64% of the tanh units saturate (healthy at most "
                      "15.5%):"
                      " the layer norm keeps the loss finite but the run swings (the validation "
                      "loss ends 1.63 times its epoch-4 minimum, accuracy 0.70 from 0.8417, "
                      "training 0.7576); 43.5% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h251_update_ratio_low_signs_cnn_sgd_lr1e9", "the large-kernel CNN on the signs, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": SG, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.393 at every epoch; update ratios at "
                                         "most 1.3e-10 (healthy at least 1.2e-5); accuracy 0.265"
                                         " against a majority share of 0.255; 50% of the test "
                                         "predictions in one class"), verdict=TP),
    Case("h251_update_ratio_low_tides_brc_rmsprop_lr1e10", "the BRC of 16 on the tides, plain "
         "RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _brc(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.370 at every epoch; update ratios at most 3.3e-9 (healthy "
                      "at least 1.2e-5); accuracy 0.3778 at its initial weights, 0.094 above the "
                      "majority share (0.2833); 62% of the test predictions in one class"),
         verdict=TP),
    Case("h251_vanishing_tiers_mix_d16_sigmoid_momentum9", "the MLP of 12 with 16 layers and "
         "sigmoid alone in its mix on the tiers, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": TI, "model": _mix(width=12, depth=16, acts=["sigmoid"]),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "at_chance"),
         why_allowed=("the first layers' gradients down to 1.7e-15 (healthy at least 0.013); the "
                      "epoch loss 1.392 to 1.386 (ln 4); accuracy 0.2167, 0.075 below the majority"
                      " share (0.2917), every test prediction in one class"), verdict=TP),
    Case("h251_saturated_tides_brc_std3_rmsprop", "the BRC of 16 with N(0, 3) init on the tides, "
         "plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TD, "model": {**_brc(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("up to 57% of the cell's tanh outputs and 27% of its gates saturated "
                      "(healthy at most 17.5%); the epoch loss 8.60 to 8.35 (2.8% lower), far "
                      "above ln 4; accuracy 0.1611, far below the majority share (0.2833); 44% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h251_slow_start_signs_cnn_std001_momentum9", "the large-kernel CNN with N(0, 0.01) init "
         "on the signs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": SG, "model": {**_cnn(), "init": "normal", "init_std": 0.01},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.387 and 1.267 in the first 2 epochs (ln 4 is 1.386), "
                      "then falls (0.053 at epoch 10; the validation loss 0.46% above its epoch-5 "
                      "minimum); first gradient norms down to 7e-7 (healthy first norms at least "
                      "0.0159); up to 87.5% of the pointwise channels logged dead; accuracy "
                      "0.9833 (test 0.9917), about the healthy runs"), verdict=TP),
    Case("h251_unshuffled_tiers_mix_rmsprop", "the tiers sorted by label, never shuffled, the "
         "mixed-activation MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TI, "order": "by_label", "shuffle": False},
          "model": _mix(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half; accuracy 0.5021 (training 0.5451), far below"
                      " the healthy runs (0.7479 and up), with the epoch loss still falling (1.290 "
                      "to 1.279) and the validation loss lowest at the end"), verdict=TP),
    Case("h251_mse_softmax_tides_brc_adam", "the tides trained with square error on the softmax, "
         "the BRC of 16, Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": TD, "model": _brc(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.95 (test 0.9667) above the "
                      "baseline (0.9278), the epoch loss still falling 8% in the last epoch with "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h251_noisy_signs_cnn_b1_adam", "1200 of the signs one image at a time (batch 1), the "
         "large-kernel CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**SG, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 3.3 times its mean over the second half (healthy runner"
                      " runs at most 1.72 in the scripts), single-image gradients up to 41.7 "
                      "(healthy at most 4.5); up to 75% of the dense units logged dead; accuracy "
                      "0.9433 (training 0.9692) with the epoch loss falling from 0.886 to 0.307 and"
                      " the validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h251_overfit_tiers_subset40_mix_adamw", "40 rows of the tiers, the mixed-activation MLP "
         "of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TI, "subset": 40}, "model": _mix(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5042 (training 1.0; healthy 0.7479 and up);"
                      " the validation loss lowest at epoch 2 of 150, 3.27 times it at the end; "
                      "gradients down to 4.6e-4 at an epoch loss of 3.8e-4"), verdict=GP),
    Case("h251_gap_signs_subset30_cnn_adam", "30 images of the signs, the large-kernel CNN with "
         "16 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**SG, "subset": 30}, "model": _cnn(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.655 (training 1.0; healthy 0.94 and up); "
                      "the validation loss lowest at epoch 11 of 100 (1.109), 1.62 times it at the "
                      "end; up to 59% of the dense units logged dead"), verdict=GP),
    Case("h251_underfit_tides_brc_one_unit_adam", "the tides through a BRC of 1 hidden unit, "
         "Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": TD, "model": _brc(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "at_chance", "predictions_collapsed"),
         why_allowed=("one unit cannot hold both readings: accuracy 0.3778 (training 0.3944, test"
                      " 0.3667; healthy 0.9278 and up), the epoch loss still falling 0.3% in the "
                      "last epoch (1.252 to 1.248) with the validation loss lowest at the end; "
                      "74% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h251_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (weight decay 1e-4) "
         "at LR 1e20, 1780 units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(1780,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h251_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with amsgrad (betas 0.85, 0.995) at LR 1e-10, 1781 units, batch 20, 3 epochs",
         script=lightning_run(_am("circles", hidden=(1781,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7207 at every epoch; accuracy 0.2812 at its initial "
                      "weights, far below the majority share (0.5)"), verdict=TP),
    Case("h251_hf_trainer_wine_adadelta_lr1e20_nan", "Hugging Face Trainer names: wine, Adadelta "
         "(rho 0.85) at LR 1e20 (decaying linearly), 1782 units, batch 9, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_ad("wine", hidden=(1782,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the logged losses Inf, then NaN; accuracy 0.3333, 0.056 below the majority "
                      "share"), verdict="failed"),
    Case("h251_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(weight decay 1e-4) at LR 1e-10 (decaying linearly), 1783 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(1783,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.257 at every evaluation; accuracy 0.3333 at its "
                      "initial weights, the majority share (1/3)"), verdict=TP),
    Case("h251_keras_moons_amsgrad_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam with amsgrad (betas 0.85, 0.995) at LR 1e20, 1784 units, batch 20, 3 epochs",
         script=keras_run(_am("moons", hidden=(1784,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h251_keras_digits_subset16_radam_gap", "Keras names: 16 rows of digits, 1785 units, "
         "RAdam (weight decay 1e-4) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_ra("digits", hidden=(1785,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5404, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 25 of 120, only "
                      "7% above it at the end"), verdict=GP),
    Case("h251_tensorboard_breast_cancer_adadelta_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "Adadelta (rho 0.85) at LR 1e20, 1786 units, batch 19, 3 epochs",
         script=tensorboard_run(_ad("breast_cancer", hidden=(1786,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN after its first steps; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h251_tensorboard_circles_subset8_amsgrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1787 units, Adam with amsgrad (betas 0.85, 0.995) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_am("circles", hidden=(1787,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150, 3.07 "
                      "times it at the end"), verdict=GP),
    Case("h251_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.85) at LR 0.5, 1788 units, batch 20, a corrupt "
         "record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(1788,), lr=0.5, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h251_plain_digits_adadelta_lr1e10_stuck", "hand-written loop: digits, Adadelta (rho "
         "0.85) at LR 1e-10, 1789 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1789,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.347 at every epoch; accuracy 0.1226, 0.022 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy251_tiers_mix_adam",
       {"data": TI, "model": _mix(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy251_tiers_mix_adamw_exp",
       {"data": TI, "model": _mix(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy251_tiers_mix_relu_tanh_rmsprop",
       {"data": TI, "model": _mix(width=30, acts=["relu", "tanh"]),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy251_tiers_mix_momentum9",
       {"data": TI, "model": _mix(width=26),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy251_tiers_mix_norm_adagrad",
       {"data": TI, "model": _mix(width=24, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "step", "step_size": 6,
                  "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 36}}),
    _h("healthy251_yields_mix_adam",
       {"data": YD, "model": _mix(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy251_yields_mix_rmsprop",
       {"data": YD, "model": _mix(width=32),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy251_signs_cnn_relu_adam",
       {"data": SG, "model": _cnn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy251_signs_cnn_leaky_adamw",
       {"data": SG, "model": _cnn(channels=10, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy251_signs_cnn_elu_rmsprop",
       {"data": SG, "model": _cnn(channels=8, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy251_signs_cnn_relu_nesterov9",
       {"data": SG, "model": _cnn(channels=12, dense=28),
        "optim": {"name": "sgd", "lr": 0.006, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy251_tides_brc_adam",
       {"data": TD, "model": _brc(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy251_tides_brc_adamw",
       {"data": TD, "model": _brc(hidden=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy251_tides_brc_rmsprop",
       {"data": TD, "model": _brc(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy251_tides_brc_momentum9",
       {"data": TD, "model": _brc(hidden=16),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _hs("healthy251_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(1780,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy251_lightning_wine_adadelta",
        lightning_run(_ad("wine", hidden=(1781,), lr=0.2, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy251_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_am("breast_cancer", hidden=(1782,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy251_hf_trainer_moons_radam",
        hf_trainer_run(_ra("moons", hidden=(1783,), lr=2e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy251_hf_trainer_iris_adadelta",
        hf_trainer_run(_ad("iris", hidden=(1784,), lr=0.5, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy251_keras_circles_amsgrad",
        keras_run(_am("circles", hidden=(1785,), lr=1e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy251_keras_wine_radam",
        keras_run(_ra("wine", hidden=(1786,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy251_keras_sine_adadelta",
        keras_run(_ad("sine", hidden=(1787,), lr=0.3, epochs=15, batch_size=20, n=640,
                      noise=0.2)), "keras"),
    _hs("healthy251_tensorboard_iris_amsgrad",
        tensorboard_run(_am("iris", hidden=(1788,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy251_tensorboard_digits_adadelta",
        tensorboard_run(_ad("digits", hidden=(1789,), lr=0.25, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy251_tensorboard_moons_radam",
        tensorboard_run(_ra("moons", hidden=(1780,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy251_plain_moons_amsgrad",
        plain_run(_am("moons", hidden=(1781,), lr=1e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy251_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(1782,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
