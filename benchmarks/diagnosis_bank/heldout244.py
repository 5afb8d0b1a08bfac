"""The two-hundred-and-forty-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout245`, :mod:`.heldout246` and :mod:`.heldout247` (not
looked at), after the measurement of :mod:`.heldout240` to :mod:`.heldout243`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`NFResMLP` (a normaliser-free
residual MLP: a linear projection, blocks of scaled weight-standardised linear layers
(:class:`WSLinear`) added with weight ``alpha`` to a signal rescaled by its expected deviation, no
normalisation layer), :class:`MixConvNet` (a 3x3 stem, a :class:`MixConv` depthwise layer with
several kernel sizes, a pointwise convolution, max pooling, a dense layer) and :class:`JANET` (an
LSTM with only a forget gate, written out); no case fell back to the runner's built-in models.
Data (this module's ``data.factory`` functions): :func:`swings` (900 two-reading sequences of
12 steps given as step changes, the class the first reading's drift direction and the second's
volatility; seed 2440), :func:`bars` (3000 10x10 images of a short stroke in four orientations;
seed 2441), :func:`tiles` (a tabular 4-class set with a product and a circle; seed 2442),
:func:`yields` (a tabular regression; seed 2443; times 250 plus 5000 with seed 2444 for the
divergence). Scripts use SGD with momentum 0.8 and dampening 0.1, Adam with amsgrad and weight
decay 1e-5 and RMSprop with momentum 0.5 on digits, wine, iris, breast cancer, moons, circles and
the sine, each with a hidden width of 1710 to 1719.

Each case is labelled with the injected fault from its run's own metrics (trained at seed 0 with
``diagnose.enabled`` false, scripts called directly; no diagnosis was made), by the label policy
of :mod:`.heldout107`. The numbers are from one store of a run of every case from this file after
the last change (the slow-start JANET case added after, into its own store).

Measured healthy ranges (runner): validation scores tiles 0.7571-0.9143 (baseline 0.5643), yields
R2 0.8294 and 0.6266 (baseline 0.5644, logged again by a fresh run of the tanh case), bars 0.9667,
0.9667, 0.9683 and 0.9717 against a baseline of 0.9633 (the two changed nets, see below, from
their own stores), swings 0.9944-1.0 (baseline 0.6111); every validation loss lowest at its end
or within 0.4% of it (epochs 13 of 15 on the tiles, epoch 6 of 8 for the leaky MixConv net,
epoch 6 of 10 for the SiLU one, 0.34% below its end); gradient norms 4.6e-3 to 10.4; quarter-mean
update ratios 2.1e-5 to 0.065, single steps at most 0.49; saturated at most 13.3% in the JANETs;
the step loss's position explains at most 30% of its within-epoch variance and its step-to-step
change swings at most 1.56 times its mean (these last ranges from the first store, before the two
bars nets changed).

Changes after the first run: the NF MLP's input projection was weight-standardised at first,
which removes the features' sum from every unit (healthy tiles 0.68, yields R2 0.49 against a
baseline of 0.56); it became a plain linear layer (a direct check: 0.87 and 0.88), and ``alpha``
0.5 instead of 0.2. The first sequences (drift sign patterns of random walks) were fit as well by
the logged linear baseline (0.9611) as by the JANETs, so they became :func:`swings` (JANETs 0.9944
to 1.0 against 0.6111). The first images (long bars) gave a baseline of 0.982 above every healthy
CNN; short strokes of brightness 1 were too hard for the CNNs in 6 epochs (0.34 to 0.75 against
0.638), so brightness 1.5 and 8 epochs at higher learning rates; that raised the baseline to
0.9633; at first only two of the four healthy CNNs beat it (see below). The
MixConv net with N(0, 0.03) init never left ln 4 in 10 epochs, so that case is labelled a stuck run
and the slow start was made with the JANET instead. The batch-1 run's step loss did not swing
clearly beyond the healthy runs', so ``noisy_loss`` is only allowed there and no case expects it.

Changes after the first run (healthy bars CNNs; the images unchanged, so no other case was
trained again): ``healthy244_bars_mix_relu_adam`` (12 channels, 32 dense, Adam at LR 3e-3, 8
epochs) ended at 0.955, below the baseline 0.9633; 16 epochs gave 0.9633 (LR 3e-3) and 0.965
(LR 5e-3) with the validation loss ending 5% and 8% above an earlier minimum, and 16 channels with
48 dense units at LR 3e-3 (10 epochs) gave 0.9733 with the loss lowest at epoch 3 (the end 13% above
it), so it became 16
channels, 48 dense units, Adam at LR 1e-3 (cosine), 8 epochs: accuracy 0.9667 (training 0.9767,
test 0.9717), the validation loss falling every epoch to 0.2063 at the end. The ELU net under
RMSprop (8 channels, 24 dense, LR 2e-3, 8 epochs) ended at 0.8767; 20 epochs at LR 3e-3 gave
0.9317 (12 channels: 0.94) with the loss lowest mid-run, so it became
``healthy244_bars_mix_silu_rmsprop``: SiLU, 16 channels, 48 dense units, RMSprop at LR 1e-3
(cosine), 10 epochs: accuracy 0.9717 (training 0.98, test 0.9717), the validation loss 0.2084 at
the end, 0.34% above its epoch-6 minimum (0.2077). The leaky net and the Nesterov net were tried
at 16 epochs (0.96 and 0.97, the validation loss ending 9% and 21% above its minimum at epochs 4
and 6) and kept at 8 epochs (0.9667 and 0.9683). The yields baseline (0.5644) and three script
faults' labels were checked from a fresh run of those cases (the TensorBoard breast-cancer NaN
case's accuracy, the Keras 16-row and TensorBoard 8-row gap cases' validation-loss minima) and
their texts give those numbers.

All 13 healthy scripts were then run again (no baseline is logged for them): validation scores
0.9531 to 1.0 (digits 0.9666 and 0.9805, wine 1.0 and 1.0, breast cancer 0.9561 three times,
moons 0.9531, 0.9603 and 0.9848, iris 0.9667 twice, circles 0.9919); the validation loss lowest
at the end in eight, 0.1% above its minimum in the Trainer moons run (epoch 19 of 20).

Not met: the bars CNNs beat the logged baseline (0.9633) by only 0.003 to 0.008; a linear model
nearly solves these images, and longer training did not widen the margin. Four healthy scripts
end a little above their validation-loss minimum (not retrained for lack of time): Trainer iris
1.1% (epoch 16 of 20), TensorBoard iris 2.9% (epoch 15 of 20), Keras wine 3.5% (epoch 13 of 15)
and Keras circles 14% (0.0283 against 0.0248 at epoch 14 of 15). The batch-1 noisy case still
only allows ``noisy_loss`` (swing 1.55 against healthy runs up to 1.56); it was not retrained.

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


def swings(n: int = 900, steps: int = 12, drift: float = 0.35, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings, given as
    their step-to-step changes; the first reading drifts up or down by ``drift`` a step under
    Gaussian steps of 0.5, the second has no drift and steps of 0.3 (calm) or 1.0 (volatile);
    the class is the first reading's direction times 2 plus the second's volatility (4
    classes: a linear model sees the drift but not the volatility). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    sign = np.where(y // 2 == 0, 1.0, -1.0)
    sd = np.where(y % 2 == 1, 1.0, 0.3)
    a = drift * sign[:, None] + rng.normal(0.0, 0.5, (n, steps))
    b = sd[:, None] * rng.normal(0.0, 1.0, (n, steps))
    x = np.stack([a, b], 2)
    return x.reshape(n, steps * 2).astype(np.float32), y


def bars(n: int = 3000, noise: float = 0.35, flip: float = 0.02, bright: float = 1.5,
         seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one short stroke of 4 pixels
    of brightness ``bright`` each at a random place (4 classes: horizontal, vertical, diagonal,
    anti-diagonal), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at
    random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 10, 10))
    k = np.arange(4)
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, 7, 2))
        if label == 0:
            x[i, 0, r + 1, c + k] += bright
        elif label == 1:
            x[i, 0, r + k, c + 1] += bright
        elif label == 2:
            x[i, 0, r + k, c + k] += bright
        else:
            x[i, 0, r + k, c + 3 - k] += bright
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tiles(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a product
    of readings 0 and 1 plus a little of reading 2, times 2, plus whether readings 3 and 4 lie
    outside a circle of radius 1.2; readings 5 to 7 are noise; a share ``flip`` of labels drawn
    at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.3 * x[:, 2]
    s2 = x[:, 3] ** 2 + x[:, 4] ** 2 - 1.44
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two, a square of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(2.0 * x[:, 0]) + x[:, 1] * x[:, 2] + 0.4 * x[:, 3] ** 2 + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "gelu": nn.GELU}


class WSLinear(nn.Linear):
    """A linear layer with scaled weight standardisation (NFNet): each output row's weights are
    centred, divided by their standard deviation times the square root of the fan-in and
    multiplied by ``gain`` (and a learnt per-row scale) before use."""

    def __init__(self, n_in: int, n_out: int, gain: float = 1.0) -> None:
        super().__init__(n_in, n_out)
        self.scale = nn.Parameter(torch.ones(n_out, 1))
        self.gain = gain

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        w = self.weight
        mean = w.mean(1, keepdim=True)
        var = w.var(1, keepdim=True, unbiased=False)
        w = (w - mean) * torch.rsqrt(var * w.shape[1] + 1e-4) * self.gain * self.scale
        return nn.functional.linear(x, w, self.bias)


class NFResMLP(nn.Module):
    """A normaliser-free residual MLP for tables (NFNet-style): a linear input projection (a
    standardised one would hide the features' sum from every unit), then ``depth`` blocks
    ``h + alpha * act(ws_linear(h / beta) + bias_shift)``
    (``beta`` the expected standard deviation of ``h``, growing with each block as
    ``sqrt(1 + alpha**2)``), without the residual with ``skip=False``, and a linear head; no
    normalisation layer."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", alpha: float = 0.5,
                 gain: float = 1.7, skip: bool = True, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.proj = nn.Linear(n_in, width)
        self.blocks = nn.ModuleList(WSLinear(width, width, gain) for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.alpha, self.skip, self.bias_shift = alpha, skip, bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj(x.flatten(1))
        expected = 1.0
        for lin, act in zip(self.blocks, self.acts, strict=True):
            a = act(lin(h / expected) + self.bias_shift)
            if self.skip:
                h = h + self.alpha * a
                expected = (expected ** 2 + self.alpha ** 2) ** 0.5
            else:
                h = a
        return self.head(h)


class MixConv(nn.Module):
    """A depthwise convolution whose channels are split into groups, each group with its own
    kernel size (``kernels``, odd, 'same' padding): MixConv."""

    def __init__(self, channels: int, kernels: tuple[int, ...]) -> None:
        super().__init__()
        sizes = [channels // len(kernels)] * len(kernels)
        sizes[0] += channels - sum(sizes)
        self.sizes = sizes
        self.convs = nn.ModuleList(nn.Conv2d(c, c, k, padding=k // 2, groups=c)
                                   for c, k in zip(sizes, kernels, strict=True))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        parts = torch.split(x, self.sizes, dim=1)
        return torch.cat([conv(p) for conv, p in zip(self.convs, parts, strict=True)], 1)


class MixConvNet(nn.Module):
    """A 3x3 stem convolution, a MixConv depthwise layer (kernel sizes ``kernels``) with a 1x1
    pointwise convolution, each followed by the activation, a 2x2 max pool, a dense layer and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 kernels: tuple[int, ...] = (3, 5), dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.mix = MixConv(channels, tuple(kernels))
        self.point = nn.Conv2d(channels, channels, 1)
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels * (h // 2) * (w // 2), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act1(self.stem(x))
        h = self.pool(self.act2(self.point(self.mix(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class JANET(nn.Module):
    """A hand-written JANET (an LSTM with only a forget gate): ``f = sigmoid(z_f + forget_bias)``,
    ``c = f * c + (1 - f) * tanh(z_c)``, ``h = c``, where ``z`` are the input and hidden
    projections; it reads the flattened sequence of ``features`` readings a step to its last
    state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, forget_bias: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 2 * hidden)
        self.wh = nn.Linear(hidden, 2 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.forget_bias = forget_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        c = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(c)
            f = self.gate(z[:, :n] + self.forget_bias)
            c = f * c + (1.0 - f) * self.squash(z[:, n:])
        return self.head(c)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout244"
RP = _factory(f"{HERE}:swings", seed=2440)
BR = _factory(f"{HERE}:bars", seed=2441)
TL = _factory(f"{HERE}:tiles", seed=2442)
YD = _factory(f"{HERE}:yields", seed=2443)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2444)


def _nf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NFResMLP", "args": args}


def _mix(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixConvNet", "args": args}


def _jan(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:JANET", "args": args}


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "dampening": 0.1}, **kw)


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad and weight decay 1e-5."""
    return _s(data, optim="adam", optim_args={"amsgrad": True, "weight_decay": 1e-5}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


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
    Case("h244_divergence_yields_raw_nf_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the NF residual MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _nf(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.4e7 at the first step, 7.9e31 at the third and NaN at the "
                      "fourth, where the run stops"), verdict="failed"),
    Case("h244_exploding_tiles_nf_d6_gain8", "the NF residual MLP of 24 with 6 leaky-ReLU "
         "blocks at residual weight 1 and weight-standardisation gain 8, so each block multiplies "
         "the signal, on the tiles, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": TL, "model": _nf(width=24, depth=6, activation="leaky_relu", alpha=1.0,
                                   gain=8.0),
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 305.7 at every epoch, far above ln 4 from its first step; "
                      "every gradient norm 340 to 1840 (healthy at most 10.4); "
                      "quarter-mean "
                      "update ratios up to 1.8e-7, a side effect of the LR; accuracy 0.25 at the "
                      "majority share (0.2607), 52% of the test predictions in one class"),
         verdict="failed"),
    Case("h244_dead_relu_tiles_nf_shift10_adam", "the NF residual MLP of 24 (2 blocks) whose "
         "blocks' pre-activations are shifted by -10, so their ReLUs never fire and the net "
         "learns through its skips alone, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": TL, "model": _nf(width=24, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("not_converged",),
         why_allowed=("every unit of both blocks logged dead (0 in the healthy runs), "
                      "the net "
                      "learning through its skips alone: accuracy 0.3393 (training 0.3726) far "
                      "below the baseline (0.5643), 0.08 above the majority share (0.2607), the "
                      "epoch loss flat (1.302 to 1.301) and the validation loss 1.1% above its "
                      "epoch-2 minimum; 43% of the test predictions in one class"), verdict=TP),
    Case("h244_dead_relu_bars_mix_rmsprop_lr008", "the MixConv net (12 channels, 32 dense) on "
         "the bars, plain RMSprop at LR 0.08, batch 28",
         {"data": BR, "model": _mix(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.37 to 4.7e4 in epoch 1 (epoch loss 1037), then "
                      "sits near ln 4 (1.403 and 1.405), so the blow-up passed; gradient norms 0 "
                      "to 1.9e4 and single update ratios up to 19.6; 83% of the pointwise "
                      "convolution's channels and 84% of the dense units logged dead (healthy "
                      "CNNs not compared); accuracy 0.2417 at the majority share (0.2617), 99.3% "
                      "of the "
                      "test predictions in one class"), verdict=TP),
    Case("h244_update_ratio_high_tiles_nf_tanh_adagrad_lr2", "the NF residual MLP of 24 with "
         "tanh blocks on the tiles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TL, "model": _nf(width=24, depth=1, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.50, single "
                      "steps up to 18; healthy at most 0.051 and 0.23) and 89% of the tanh "
                      "units saturate (healthy at most 48%); the weight standardisation keeps the "
                      "loss finite but the run swings (epoch losses 25.6, 2.06, 1.39, then 1.17 to "
                      "1.30; gradient norms up to 12.5); accuracy 0.4143 (training 0.4762) below "
                      "the baseline (0.5643); 36% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h244_update_ratio_low_bars_mix_sgd_lr1e9", "the MixConv net on the bars, plain SGD at "
         "LR 1e-9, batch 30, 4 epochs",
         {"data": BR, "model": _mix(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.388 at every epoch; quarter-mean update "
                                         "ratios at most 3.5e-12 (healthy at least 1.3e-4); "
                                         "accuracy 0.255 at the majority share (0.2617), every "
                                         "test prediction in one class"), verdict=TP),
    Case("h244_update_ratio_low_swings_janet_rmsprop_lr1e10", "the JANET of 16 on the swings, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _jan(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.402 at every epoch; quarter-mean update "
                                         "ratios at most 8.3e-10 (healthy at least 1.3e-4); "
                                         "accuracy 0.2333 against a majority share of 0.2556; 51% "
                                         "of the test predictions in one class"), verdict=TP),
    Case("h244_vanishing_tiles_nf_noskip_d16_sigmoid_momentum9", "the NF MLP of 12 with its "
         "residual connections off and 16 sigmoid blocks (gain 1) on the tiles, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": TL, "model": _nf(width=12, depth=16, activation="sigmoid", skip=False,
                                   gain=1.0),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 9.1e-12 (healthy at least 4.6e-3); "
                      "the last "
                      "blocks still move (quarter-mean update ratios up to 0.035) but the epoch "
                      "loss stays at 1.40 to 1.395 (ln 4 is 1.386); accuracy 0.2571 at the "
                      "majority "
                      "share (0.2607), every test prediction in one class"), verdict=TP),
    Case("h244_saturated_swings_janet_std3_rmsprop", "the JANET of 16 with N(0, 3) init on the "
         "swings, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RP, "model": {**_jan(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_training", "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("77% of the JANET's tanh candidates and 69% of its forget gates saturated "
                      "(healthy at most 13% and 3.1%); the epoch loss 13.9 to 13.2 (5% lower), far "
                      "above ln 4, with the validation loss rising from 13.0 to 13.5; the huge "
                      "weights give gradient norms up to 1.5e4, a side effect of the N(0, 3) "
                      "init; accuracy 0.2278 against a majority share of 0.2556; 52% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h244_stuck_bars_mix_std003_momentum9", "the MixConv net with N(0, 0.03) init on the "
         "bars, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs: meant as a slow "
         "start, it never starts",
         {"data": BR, "model": {**_mix(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "slow_start"),
         why_allowed=("gradient norms 9e-5 to 2.8e-3 (first at most 1.9e-4) through the small "
                      "weights of four layers; every dense unit logged dead at the end; quarter-"
                      "mean update ratios at most 3.6e-4"), verdict=TP),
    Case("h244_slow_start_swings_janet_std003_momentum9", "the JANET of 16 with N(0, 0.03) "
         "init on the swings, SGD with momentum 0.9 at LR 0.05 (cosine), batch 30, 12 epochs",
         {"data": RP, "model": {**_jan(hidden=16), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 30}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.385, 1.318) for 2 epochs with first gradient "
                      "norms 4.4e-3 to 0.041, then falls to 0.72 and stays there: accuracy 0.5222 "
                      "(training 0.5704) below the baseline (0.6111) and the healthy runs (0.9944 "
                      "and up), the validation loss lowest at the end"), verdict=TP),
    Case("h244_unshuffled_tiles_nf_silu_rmsprop", "the tiles sorted by label, never shuffled, "
         "the NF residual MLP of 24 with SiLU blocks, plain RMSprop at LR 1e-4, batch 30, "
         "8 epochs",
         {"data": {**TL, "order": "by_label", "shuffle": False},
          "model": _nf(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.7% of its within-epoch "
                      "variance (healthy runner runs at most 14%); accuracy 0.3179 (training "
                      "0.3429), far below the baseline (0.5643), with the epoch loss still falling "
                      "(1.397 to 1.387) and the validation loss lowest at the end"), verdict=TP),
    Case("h244_mse_softmax_swings_janet_adam", "the swings trained with square error on the "
         "softmax, the JANET of 16, Adam at LR 5e-3 (cosine), batch 25, 12 epochs",
         {"data": RP, "model": _jan(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 1.0 (test 0.9778) like the healthy "
                      "runs, the validation loss lowest at the end; the small square-error step "
                      "loss swings 1.29 times its mean over the second half"), verdict=TP),
    Case("h244_noisy_bars_mix_b1_adam", "1000 of the bars one image at a time (batch 1), the "
         "MixConv net, Adam at LR 1e-3, 2 epochs",
         {"data": {**BR, "subset": 1000}, "model": _mix(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "noisy_loss", "generalisation_gap", "dead_relu", "exploding_gradients",
                "underfitting"),
         why_allowed=("one image a step: the step loss ranges up to 13.5 around an epoch mean of "
                      "0.67 and its step-to-step change swings 1.55 times its mean over the second "
                      "half, about the healthy JANETs' 0.84 to 1.56 (their loss near 0), so "
                      "noisy_loss is only allowed; gradients up to 28.7; 44% of the dense units "
                      "logged dead; accuracy 0.8767 (training 0.916) below the baseline (0.9167) "
                      "with the validation loss halving in the last epoch (0.911 to 0.450)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h244_overfit_tiles_subset40_nf_tanh_adamw", "40 rows of the tiles, the NF residual "
         "MLP of 160 with 2 tanh blocks, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TL, "subset": 40},
          "model": _nf(width=160, depth=2, activation="tanh", alpha=1.0),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.3429 (training 1.0), below this subset's "
                      "baseline (0.3893); the validation loss lowest at epoch 3 of 150, 2.07 times "
                      "it at the end; up to 46% of the tanh units saturated; the epoch loss at "
                      "2.2e-4 gives gradients down to 3.2e-4"), verdict=GP),
    Case("h244_gap_bars_subset30_mix_adam", "30 images of the bars, the MixConv net with 16 "
         "channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BR, "subset": 30}, "model": _mix(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy about 0.40 (training 1.0); the "
                      "validation loss "
                      "lowest at epoch 6 (1.365), 2.4 times it at epoch 97; up to 64% of the dense "
                      "units logged dead"), verdict=GP),
    Case("h244_underfit_swings_janet_one_unit_adam", "the swings through a JANET of 1 unit, Adam "
         "at LR 5e-3, batch 25, 12 epochs",
         {"data": RP, "model": _jan(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "predictions_collapsed"),
         why_allowed=("one unit cannot hold the drift and the volatility: accuracy 0.5167 "
                      "(training 0.5222) below the baseline (0.6111) and the healthy runs; the "
                      "epoch loss still falls 1.5% over the last epoch with the validation loss "
                      "lowest at the end; 66% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h244_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 and dampening 0.1 at LR 1e20, 1710 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1710,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h244_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with amsgrad (weight decay 1e-5) at LR 1e-10, 1711 units, batch 20, "
         "3 epochs",
         script=lightning_run(_ams("circles", hidden=(1711,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.677 at every epoch; accuracy 0.6172 (training 0.6146) "
                      "at its initial weights, 0.117 above the majority share"), verdict=TP),
    Case("h244_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(momentum 0.5) at LR 1e20 (decaying linearly), 1712 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1712,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h244_hf_trainer_iris_momentum8_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.8 and dampening 0.1 at LR 1e-10 (decaying linearly), 1713 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1713,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.14 at every evaluation; accuracy 0.3 at its initial "
                      "weights, 0.033 below 1/3"), verdict=TP),
    Case("h244_keras_moons_amsgrad_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam with amsgrad (weight decay 1e-5) at LR 1e20, 1714 units, batch 20, 3 epochs",
         script=keras_run(_ams("moons", hidden=(1714,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h244_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1715 "
         "units, RMSprop (momentum 0.5) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1715,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less: training accuracy 1.0, validation 0.5571; the "
                      "validation loss lowest at epoch 13 of 120 (3.51), then rising to 3.86 at "
                      "the end, its maximum"), verdict=GP),
    Case("h244_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 and dampening 0.1 at LR 1e20, 1716 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1716,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN; accuracy 0.3684 (every prediction the minority "
                      "class), far below the majority share (about 0.63)"),
         verdict="failed"),
    Case("h244_tensorboard_circles_subset8_amsgrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1717 units, Adam with amsgrad (weight decay 1e-5) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ams("circles", hidden=(1717,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less: training accuracy 1.0, validation 0.5692; the "
                      "validation loss lowest at epoch 8 of 150 (1.33) and 4.07 at the end, its "
                      "maximum"), verdict=GP),
    Case("h244_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.5) at LR 1e-4, 1718 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1718,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf (1.8e308) at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h244_plain_digits_amsgrad_lr1e10_stuck", "hand-written loop: digits, Adam with "
         "amsgrad (weight decay 1e-5) at LR 1e-10, 1719 units, batch 25, 4 epochs",
         script=plain_run(_ams("digits", hidden=(1719,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.3 at every epoch; accuracy 0.1281, 0.028 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy244_tiles_nf_relu_adam",
       {"data": TL, "model": _nf(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy244_tiles_nf_silu_adamw",
       {"data": TL, "model": _nf(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy244_tiles_nf_gelu_rmsprop",
       {"data": TL, "model": _nf(width=30, activation="gelu", depth=3),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy244_tiles_nf_elu_momentum9",
       {"data": TL, "model": _nf(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy244_tiles_nf_leaky_adagrad",
       {"data": TL, "model": _nf(width=24, activation="leaky_relu", alpha=0.3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy244_yields_nf_tanh_adam",
       {"data": YD, "model": _nf(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy244_yields_nf_silu_adamw",
       {"data": YD, "model": _nf(width=32, depth=3, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 40}}),
    _h("healthy244_bars_mix_relu_adam",
       {"data": BR, "model": _mix(channels=16, dense=48),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy244_bars_mix_leaky_adamw",
       {"data": BR, "model": _mix(channels=9, kernels=[3, 5, 7], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy244_bars_mix_silu_rmsprop",
       {"data": BR, "model": _mix(channels=16, dense=48, activation="silu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy244_bars_mix_relu_nesterov9",
       {"data": BR, "model": _mix(channels=10, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 20}}),
    _h("healthy244_swings_janet_adam",
       {"data": RP, "model": _jan(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy244_swings_janet_rmsprop",
       {"data": RP, "model": _jan(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy244_swings_janet_adamw",
       {"data": RP, "model": _jan(hidden=12, forget_bias=2.0),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy244_swings_janet_momentum9",
       {"data": RP, "model": _jan(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "step", "step_size": 6,
                  "gamma": 0.3},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy244_lightning_digits_amsgrad",
        lightning_run(_ams("digits", hidden=(1710,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy244_lightning_wine_momentum8",
        lightning_run(_mom("wine", hidden=(1711,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy244_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1712,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy244_hf_trainer_moons_amsgrad",
        hf_trainer_run(_ams("moons", hidden=(1713,), lr=1e-3, epochs=20, batch_size=20, n=640,
                            noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy244_hf_trainer_iris_momentum8",
        hf_trainer_run(_mom("iris", hidden=(1714,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy244_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1715,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy244_keras_wine_amsgrad",
        keras_run(_ams("wine", hidden=(1716,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy244_keras_breast_cancer_momentum8",
        keras_run(_mom("breast_cancer", hidden=(1717,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy244_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1718,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy244_tensorboard_digits_momentum8",
        tensorboard_run(_mom("digits", hidden=(1719,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy244_tensorboard_moons_amsgrad",
        tensorboard_run(_ams("moons", hidden=(1710,), lr=1e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy244_plain_moons_momentum8",
        plain_run(_mom("moons", hidden=(1714,), lr=0.005, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy244_plain_breast_cancer_amsgrad",
        plain_run(_ams("breast_cancer", hidden=(1716,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
