"""The two-hundred-and-forty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout244`, :mod:`.heldout245` and :mod:`.heldout247` (not
looked at), after the measurement of :mod:`.heldout240` to :mod:`.heldout243`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`ProjectedMLP` (a fixed
random projection, a buffer never trained, through an activation, then learnt blocks of linear,
optional layer norm and activation, optionally shifted, and a linear head), :class:`ShiftCNN`
(ShiftNet-style: zero-FLOP shifts of channels in the 9 directions of a 3x3 neighbourhood, each
followed by a 1x1 convolution, 2x2 average pooling, a dense layer and a linear head) and
:class:`LayerNormGRU` (a GRU cell written out from linear layers with layer normalisation inside
its update gate, reset gate and candidate, reading the flattened sequence to its last hidden
state, then a ReLU head). Every data set is this module's own ``data.factory``: :func:`tallies`
(4 classes, 10 readings, 1400 rows; seed 2460), :func:`yields` (a regression of 8 readings, 1200
rows; seed 2461; times 250 plus 5000 with seed 2462), :func:`ticks` (3000 1x10x10 images of a
3-pixel stroke in 4 orientations; seed 2463) and :func:`signs` (1500 sequences of 10 steps in 2
readings, 4 classes no line separates; seed 2464). Script cases use NAdam (momentum decay 0.004,
weight decay 1e-4), Adamax (betas 0.85, 0.999) and centred RMSprop (alpha 0.9) on digits, wine,
iris, breast cancer, moons, circles and the sine, each holding a hidden width of 1730 to 1739.

Each case was trained once at seed 0 only to check its fault, from the run's own metrics and,
for runner cases, the test confusion matrix, with ``diagnose.enabled`` false and scripts called
directly: no diagnosis was made. After the last change of a setting every case was trained once
more from this file, the runner cases on the tables and images into one fresh store and the
sequence and script cases into a second fresh store (two processes side by side, for time); the
numbers here are from those stores. No other seed was checked.

Label policy exactly as in :mod:`.heldout107`. Majority shares (test confusion matrices' rows):
0.2714 (tallies), 0.26 (ticks), 0.2733 (signs). Baselines (validation): accuracy 0.5893
(tallies), 0.835 (ticks), 0.5367 (signs); R2 0.5444 (yields).

Measured healthy ranges (runner, first run; not measured again for the cases changed after it):
dead fraction at most 6.3% in the healthy MLPs; saturated fraction at most 9.9% (the first
layer-normalised tanh MLP) and 7% in the healthy GRUs; gradient norms at most 4.8; quarter-mean
update ratios at most 0.07 (Adagrad). Healthy scores (validation): tallies 0.6964 (the
layer-normalised tanh MLP) and 0.7143 to 0.8143, yields R2 0.6643 and 0.8129, signs 0.7733 to
0.88; ticks 0.9567 (ReLU, Adam), 0.9367 (leaky ReLU, AdamW), 0.895 (ELU, RMSprop) and 0.9617
(ReLU, Nesterov), all above the baseline (0.835). Healthy scripts (validation): digits 0.9805
and 0.9721, wine 1.0 and 1.0, breast cancer 0.9386, 0.9298 and 0.9561, moons 0.9531, 0.9773 and
0.9683, iris 0.9667 and 0.9667, circles 0.9919; each lowest at its end but Trainer's moons
(epoch 19 of 20, 0.07% above it), the loop's breast cancer (epoch 11 of 12, 0.3% above it) and
TensorBoard's moons (epoch 14 of 15, 11% above it: see "Not met"). Every healthy runner run's
validation loss is lowest at its end but the ReLU MLP under Adam on the tallies (epoch 13 of 15,
0.35% above it), the shift CNNs under Adam (epoch 9 of 10, 0.04% above it), AdamW (epoch 9 of
10, 0.44% above it), RMSprop (epoch 10 of 12, 0.19% above it) and Nesterov (epoch 19 of 20,
0.46% above it) and the tanh MLP (epoch 9 of 10, 0.06% above it). The Nesterov CNN sits near ln
4 for its first 5 epochs (epoch losses 1.390 to 1.384) before it learns.

Not met, for want of time: TensorBoard's moons under NAdam
(``healthy246_tensorboard_moons_nadam``) ends 11% above its epoch-14 validation minimum and was
not changed; the layer-normalised tanh MLP on the tallies (0.6964) is above the baseline but
below the other healthy tallies runs (0.7143 to 0.8143); the changed and new cases were each
trained once, from the settings now here, into their own stores, not with the rest in one store,
and the unchanged cases were not trained again; the "far below the healthy runs" comparisons of
the CNN faults were not measured again (their data and settings are unchanged, and the healthy
CNNs are now higher).

Changes after the first run: the first shift CNN (a 1x1 lift of the single channel before any
shift, 4000 images of strokes of brightness 1.2 in noise 0.4) sat at ln 4 (0.26 to 0.29 against
a baseline of 0.51), so the image is copied 9 times and shifted before the first 1x1 convolution
and the ticks became 3000 images of brightness 1.5 in noise 0.35; the first sequence label (the
first sum's sign and the sums' agreement) was linearly separable (logistic regression 0.95), so it
became the agreement and which sum is the larger; the ReLU MLP under Adam on the tallies went
from LR 3e-3 and a projection of 64 (0.70) to LR 5e-3 and 96; the tanh MLP on the yields (R2
0.4386 against a baseline of 0.5444) became an ELU MLP at LR 5e-3 (0.6643).

Changes after the second run (each changed or new case trained once more at seed 0 into fresh
stores, diagnosis off, and checked from its metrics; no other case was trained again): the
healthy shift CNNs on the ticks ended far below the baseline (ReLU under Adam 0.4917, leaky ReLU
under AdamW 0.6783; 18 to 20 epochs of the narrow nets reached only 0.79), so all four became
wider (channels 24 and 32, a dense layer of 64): the ReLU one under Adam at LR 3e-3 for 10
epochs (0.9567), the leaky one under AdamW at LR 3e-3 for 10 epochs (0.9367), the ELU one under
RMSprop at LR 2e-3 with a cosine schedule (not steps) for 12 epochs (0.895, test 0.9; at LR 1e-3
for 10 epochs 0.8267, at LR 2e-3 with steps of 4 epochs 0.8933 but 4.7% above its epoch-10
minimum) and the Nesterov one at LR 0.05 for 20 epochs (0.9617, test 0.9583); the
layer-normalised tanh MLP under RMSprop on the tallies (0.5393, below the baseline 0.5893; still
0.58 at LR 1e-3 with a projection of 192 and a layer of 64 for 30 epochs, the tanh features
being nearly odd functions of the readings while the circle bit is even) got a projection of
192, 2 learnt layers of 64, its pre-activations shifted by 0.5 and 10 epochs (0.6964; 25 epochs
reached 0.725 but overfitted from epoch 9); a divergence was added
(``h246_divergence_yields_raw_projmlp_elu_sgd``: the unscaled yields through the projected ELU
MLP under plain SGD at LR 0.05, whose logged loss goes 2.7e7, 4.3e9, 1.2e26, then Inf; the same
net with ReLU at LR 0.1 lost every unit instead and ended at the targets' variance), and a slow
start (``h246_slow_start_tallies_projmlp_std0025_momentum9``: N(0, 0.025) init, the epoch loss
at ln 4 for 3 epochs, then learning to 0.725; N(0, 0.02) with 3 learnt layers never left ln 4 in
20 epochs, N(0, 0.03) left it after 2 epochs, N(0, 0.05) learnt from its first). The relabelled
blow-up and stuck cases are unchanged.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(28, 28)
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


def tallies(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus whether readings 3 and 4 fall inside a
    circle of radius 1.2; readings 5 to 9 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s1 = x[:, 0] + 0.8 * x[:, 1] * x[:, 2]
    inside = x[:, 3] ** 2 + x[:, 4] ** 2 < 1.44
    y = 2 * (s1 > 0).astype(int) + inside.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(2.0 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.5 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


_GLYPHS = (np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], float),
           np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], float),
           np.eye(3), np.fliplr(np.eye(3)).copy())


def ticks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3-pixel stroke of
    brightness 1.5 at a random place (4 classes: horizontal, vertical, diagonal,
    anti-diagonal) in Gaussian noise of ``noise``; a share ``flip`` of labels drawn at random."""
    glyphs = tuple(1.5 * g for g in _GLYPHS)
    return glyph_images(glyphs, n, 10, noise, flip, seed)


def signs(n: int = 1500, steps: int = 10, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings, each
    reading a per-sequence mean (N(0, 0.4)) plus N(0, 1) noise a step; the class is whether the
    two readings' sums agree in sign times 2 plus whether the first sum is the larger in size
    (4 classes, no line separates either bit). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    means = rng.normal(0.0, 0.4, (n, 1, 2))
    x = means + rng.normal(0.0, 1.0, (n, steps, 2))
    sums = x.sum(1)
    agree = sums[:, 0] * sums[:, 1] > 0
    y = 2 * agree.astype(int) + (abs(sums[:, 0]) > abs(sums[:, 1])).astype(int)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "gelu": nn.GELU}


class ProjectedMLP(nn.Module):
    """A fixed random projection (a buffer of N(0, ``proj_scale``^2 / inputs) weights, never
    trained) through an activation, then ``depth`` learnt blocks (linear, optional layer norm,
    activation; the pre-activations shifted by ``bias_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, proj: int = 64,
                 width: int = 32, depth: int = 1, activation: str = "relu",
                 proj_scale: float = 1.0, norm: bool = False, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.register_buffer("projection", torch.randn(n_in, proj) * proj_scale / n_in ** 0.5)
        self.proj_act = _ACTS[activation]()
        sizes = [proj] + [width] * depth
        self.lins = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:], strict=False))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(sizes[-1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj_act(x.flatten(1) @ self.projection)
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.head(h)


def shift(x: torch.Tensor) -> torch.Tensor:
    """ShiftNet's zero-FLOP shift: channel c moves one pixel in the c-th of the 9 directions of
    a 3x3 neighbourhood (c modulo 9; the centre stays), zeros shifted in."""
    padded = nn.functional.pad(x, (1, 1, 1, 1))
    h, w = x.shape[2], x.shape[3]
    moved = torch.stack([padded[:, :, dy:dy + h, dx:dx + w] for dy in range(3)
                         for dx in range(3)], 0)
    pick = torch.arange(x.shape[1], device=x.device) % 9
    return moved[pick, :, torch.arange(x.shape[1], device=x.device)].transpose(0, 1)


class ShiftCNN(nn.Module):
    """A ShiftNet-style CNN: the image copied 9 times and shifted in the 9 directions, then
    shift-then-1x1-convolution stages: a 1x1 convolution to ``channels[0]``, a shift and a 1x1
    convolution to ``channels[0]`` with 2x2 average pooling, a shift and a 1x1 convolution to
    ``channels[1]`` with 2x2 average pooling, a dense layer and a linear head; no spatial
    convolution at all."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 16), dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.lift = nn.Conv2d(9 * c, channels[0], 1)
        self.act0 = _ACTS[activation]()
        self.mix1 = nn.Conv2d(channels[0], channels[0], 1)
        self.act1 = _ACTS[activation]()
        self.mix2 = nn.Conv2d(channels[0], channels[1], 1)
        self.act2 = _ACTS[activation]()
        self.pool = nn.AvgPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act0(self.lift(shift(x.repeat_interleave(9, 1))))
        h = self.pool(self.act1(self.mix1(shift(h))))
        h = self.pool(self.act2(self.mix2(shift(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class LayerNormGRU(nn.Module):
    """A GRU cell written out from linear layers with layer normalisation inside its gates (the
    update and reset gates' and the candidate's pre-activations each normalised, their gains
    starting at ``ln_gain``), reading the flattened sequence of ``features`` readings a step to
    its last hidden state, then a head of ``head`` ReLU units and a linear output."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, head: int = 16, ln_gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden, bias=False)
        self.norms = nn.ModuleList(nn.LayerNorm(hidden) for _ in range(3))
        for norm in self.norms:
            nn.init.constant_(norm.weight, ln_gain)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.fc = nn.Linear(hidden, head)
        self.act = nn.ReLU()
        self.out = nn.Linear(head, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            a, b = self.wx(seq[:, t]), self.wh(h)
            z = self.gate(self.norms[0](a[:, :n] + b[:, :n]))
            r = self.gate(self.norms[1](a[:, n:2 * n] + b[:, n:2 * n]))
            cand = self.squash(self.norms[2](a[:, 2 * n:] + r * b[:, 2 * n:]))
            h = (1 - z) * cand + z * h
        return self.out(self.act(self.fc(h)))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout246"
TL = _factory(f"{HERE}:tallies", seed=2460)
YL = _factory(f"{HERE}:yields", seed=2461)
YL_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2462)
TK = _factory(f"{HERE}:ticks", seed=2463)
SG = _factory(f"{HERE}:signs", seed=2464)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ProjectedMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ShiftCNN", "args": args}


def _gru(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LayerNormGRU", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (momentum decay 0.004, weight decay 1e-4)."""
    return _s(data, optim="nadam", optim_args={"momentum_decay": 0.004, "weight_decay": 1e-4},
              **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.999)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.999)}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with smoothing constant (alpha) 0.9."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "alpha": 0.9}, **kw)


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
    Case("h246_blowup_yields_raw_projmlp_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the projected ReLU MLP, plain SGD at LR 0.01, batch 24",
         {"data": YL_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "update_ratio_high", "dead_relu"),
         allow=("divergence", "underfitting", "not_converged", "noisy_loss", "not_training"),
         why_allowed=("the step loss 2.7e7 at the first step, falling to 1.07e6 (no NaN, R2 -5.17, "
                      "far below the baseline 0.39); gradient norms up to 4.5e6 and quarter-mean "
                      "update ratios up to 27 (healthy at most 4.8 and 0.07); every learnt ReLU "
                      "unit logged dead at the end"), verdict=TP),
    Case("h246_divergence_yields_raw_projmlp_elu_sgd", "the yields regression times 250 plus "
         "5000 (targets unscaled), the projected ELU MLP, plain SGD at LR 0.05, batch 24",
         {"data": YL_RAW, "model": _mlp(width=20, activation="elu"),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("nan_loss", "exploding_gradients", "update_ratio_high", "underfitting",
                "not_converged", "noisy_loss", "not_training", "saturated_activation",
                "vanishing_gradients", "unshuffled_data"),
         why_allowed=(f"{BLOWUP}; the logged train loss 2.7e7, 4.3e9, 1.2e26, then Inf (float "
                      "overflow): the loss explodes instead of falling"), verdict="failed"),
    Case("h246_exploding_tallies_projmlp_d6_leaky_std1", "the projected MLP with 6 learnt "
         "leaky-ReLU layers of 24 under N(0, 1) init on the tallies, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": TL, "model": {**_mlp(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 4420 at every epoch; gradient norms 1252 to 7667 (healthy at "
                      "most 4.8); update ratios at most 9.5e-8, a side effect of the LR; accuracy "
                      "0.3071 within 0.05 of the majority share (0.2714), 85% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h246_dead_relu_tallies_projmlp_shift10", "the projected ReLU MLP whose 2 learnt "
         "layers' pre-activations are shifted by -10, so their units never fire, Adam at LR "
         "2e-3, batch 25, 10 epochs",
         {"data": TL, "model": _mlp(depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "slow_start"),
         why_allowed=("every learnt unit logged dead, every gradient and update 0 (the head "
                      "learns nothing); the epoch loss 1.390 to 1.386 (ln 4); accuracy 0.2679 at "
                      "the majority share (0.2714), every test prediction in one class"),
         verdict=TP),
    Case("h246_dead_relu_ticks_shiftcnn_rmsprop_lr008", "the shift CNN on the ticks, plain "
         "RMSprop at LR 0.08, batch 28",
         {"data": TK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 18.5 in epoch 1, then 1.393 and 1.392 (ln 4), so the "
                      "blow-up passed; gradient norms up to 458, single update ratios up to 5.5; "
                      "81% of the second stage's channels and every dense unit logged dead; "
                      "accuracy 0.2567 at the majority share (0.26), every test prediction in one "
                      "class"), verdict=TP),
    Case("h246_update_ratio_high_tallies_projmlp_norm_tanh_adagrad", "the projected MLP with "
         "a layer-normalised tanh layer on the tallies, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TL, "model": _mlp(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.49, single steps up to 27.7; 86% of the "
                      "learnt tanh units saturated (healthy at most 3.4%); epoch losses 8.19 "
                      "falling to 1.39, the validation loss 17% above its epoch-6 minimum; "
                      "accuracy 0.3607, below the baseline (0.5893)"), verdict=TP),
    Case("h246_update_ratio_low_ticks_shiftcnn_sgd_lr1e9", "the shift CNN on the ticks, plain "
         "SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": TK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.391 at every epoch; update ratios at most 1.1e-12; "
                      "accuracy 0.2317 against a majority share of 0.26, every test prediction "
                      "in one class"), verdict=TP),
    Case("h246_update_ratio_low_signs_lngru_rmsprop_lr1e10", "the layer-normalised GRU on the "
         "signs, plain RMSprop at LR 1e-10, batch 27, 3 epochs",
         {"data": SG, "model": _gru(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed", "at_chance"),
         why_allowed=("the epoch loss 1.41 at every epoch; update ratios at most 3.7e-9; accuracy "
                      "0.2067, 0.067 below the majority share (0.2733); 88% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h246_vanishing_tallies_projmlp_d16_sigmoid_momentum9", "the projected MLP with 16 "
         "learnt sigmoid layers of 12 on the tallies, SGD with momentum 0.9 at LR 0.05, batch "
         "32, 4 epochs",
         {"data": TL, "model": _mlp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first layers' gradients down to 1.1e-15; the last layers still move "
                      "(update ratios up to 0.069) but the epoch loss stays at 1.40 (ln 4 is "
                      "1.386); accuracy 0.2429 at the majority share (0.2714), every test "
                      "prediction in one class"), verdict=TP),
    Case("h246_saturated_signs_lngru_gain8_rmsprop", "the layer-normalised GRU whose gate norms'"
         " gains start at 8 on the signs, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SG, "model": _gru(ln_gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("65% of the gates' and 78% of the candidate's outputs saturated (healthy at "
                      "most 7%); the epoch loss 1.404 to 1.386 (1.3% lower); gradient norms up to "
                      "12.5; accuracy 0.2933 within 0.05 of the majority share (0.2733), 47% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h246_slow_start_ticks_shiftcnn_std003_momentum9", "the shift CNN with N(0, 0.03) init "
         "on the ticks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 8 epochs",
         {"data": TK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "slow_start"),
         why_allowed=("meant as a slow start, it never started: the epoch loss 1.387 to 1.385 "
                      "(ln 4) over all 8 epochs; first gradient norms from 1.3e-5; every dense "
                      "unit logged dead at the end; accuracy 0.26 at the majority share (0.26), "
                      "every test prediction in one class"), verdict=TP),
    Case("h246_slow_start_tallies_projmlp_std0025_momentum9", "the projected ReLU MLP with 2 "
         "learnt layers of 32 under N(0, 0.025) init on the tallies, SGD with momentum 0.9 at LR "
         "0.05, batch 30, 20 epochs",
         {"data": TL, "model": {**_mlp(width=32, depth=2), "init": "normal", "init_std": 0.025},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("noisy_loss", "overfitting", "generalisation_gap", "not_converged",
                "vanishing_gradients", "update_ratio_low", "dead_relu", "unshuffled_data"),
         why_allowed=("the epoch loss 1.388, 1.387 and 1.377 (ln 4 is 1.386) for 3 epochs, the "
                      "validation accuracy 0.2679 (the majority share) for 2, then the loss 1.241 "
                      "and down to 0.464; accuracy 0.725 (test 0.6786), far above the majority "
                      "share (0.2714); the validation loss noisy, lowest at epoch 19 (0.6949), "
                      "the end 17% above it"), verdict=TP),
    Case("h246_unshuffled_tallies_projmlp_silu_rmsprop", "the tallies sorted by label, never "
         "shuffled, the projected SiLU MLP, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TL, "order": "by_label", "shuffle": False},
          "model": _mlp(activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("batches of one class after another; accuracy 0.3393 (training 0.3417), far "
                      "below the healthy runs, the epoch loss still falling (1.409 to 1.369) and "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h246_mse_softmax_signs_lngru_adam", "the signs trained with square error on the "
         "softmax, the layer-normalised GRU, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": SG, "model": _gru(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data", "slow_start"),
         why_allowed=("square error on the softmax; accuracy 0.8133 (test 0.7967) like the "
                      "healthy runs, the validation loss lowest at the end"), verdict=TP),
    Case("h246_noisy_ticks_shiftcnn_b1_adam", "1000 of the ticks one image at a time (batch "
         "1), the shift CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**TK, "subset": 1000}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "not_converged",
                "underfitting"),
         why_allowed=("one image a step: accuracy 0.4917 after 2 epochs (healthy CNNs far higher),"
                      " the loss still falling (1.388, 1.088); single gradients up to 11.5; 41% "
                      "of the dense units logged dead; 69% of the test predictions in one class"),
         verdict=TP),
    Case("h246_overfit_tallies_subset40_projmlp_tanh_adamw", "40 rows of the tallies, the "
         "projected tanh MLP with 2 learnt layers of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TL, "subset": 40},
          "model": _mlp(proj=128, width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.3429 (training 1.0); the validation loss "
                      "lowest at epoch 2 of 150, 4.48 times it at the end"), verdict=GP),
    Case("h246_gap_ticks_subset30_shiftcnn_adam", "30 images of the ticks, the shift CNN with "
         "18 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**TK, "subset": 30}, "model": _cnn(channels=[18, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3017 (training 1.0); the validation loss "
                      "lowest at epoch 11 of 100, 4.24 times it at the end; 45% of the dense units "
                      "logged dead at the end"), verdict=GP),
    Case("h246_underfit_signs_lngru_one_unit_adam", "the signs through a layer-normalised GRU "
         "of 1 hidden unit and a head of 2, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": SG, "model": _gru(hidden=1, head=2),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "dead_relu", "not_training"),
         why_allowed=("one unit cannot hold two sums: the epoch loss flat at 1.385 from epoch 8 "
                      "(5.1% below its start); one of the head's 2 units dead; accuracy 0.2733 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h246_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam at LR 1e20, 1730 "
         "units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1730,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                     "share", verdict="failed"),
    Case("h246_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax at LR 1e-10, 1731 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(1731,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7055 at every epoch; accuracy 0.5234, 0.023 above the "
                      "majority share"), verdict=TP),
    Case("h246_hf_trainer_wine_rmsprop_centred_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "centred RMSprop at LR 1e20 (decaying linearly), 1732 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rc("wine", hidden=(1732,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below 0.3889",
         verdict="failed"),
    Case("h246_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "at LR 1e-10 (decaying linearly), 1733 units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(1733,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.244 at every evaluation; accuracy 0.3 at its initial "
                      "weights, within 0.05 of 1/3"), verdict=TP),
    Case("h246_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax at LR 1e20, 1734 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(1734,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h246_keras_digits_subset16_rmsprop_centred_gap", "Keras names: 16 rows of digits, "
         "1735 units, centred RMSprop at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rc("digits", hidden=(1735,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0); the "
                      "validation loss lowest at epoch 3 of 120, 1.63 times it at the end"),
         verdict=GP),
    Case("h246_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam at LR 1e20, 1736 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(1736,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                     "0.6316", verdict="failed"),
    Case("h246_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1737 units, Adamax at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(1737,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150, 2.91 times it at the end"),
         verdict=GP),
    Case("h246_plain_corrupt_record_sine_rmsprop_centred", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), centred RMSprop at LR 1e-4, 1738 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rc("sine", hidden=(1738,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h246_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax at LR "
         "1e-10, 1739 units, batch 25, 4 epochs",
         script=plain_run(_ax("digits", hidden=(1739,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.333 at every epoch; accuracy 0.0975 at the majority "
                      "share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy246_tallies_projmlp_relu_adam",
       {"data": TL, "model": _mlp(proj=96),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy246_tallies_projmlp_silu_adamw",
       {"data": TL, "model": _mlp(proj=80, width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 6},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy246_tallies_projmlp_tanh_norm_rmsprop",
       {"data": TL, "model": _mlp(proj=192, width=64, depth=2, activation="tanh", norm=True,
                                  bias_shift=0.5),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _h("healthy246_tallies_projmlp_elu_momentum9",
       {"data": TL, "model": _mlp(proj=72, width=30, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy246_tallies_projmlp_leaky_adagrad",
       {"data": TL, "model": _mlp(width=32, depth=2, activation="leaky_relu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy246_yields_projmlp_gelu_adam",
       {"data": YL, "model": _mlp(proj=96, width=32, activation="gelu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy246_yields_projmlp_elu_adamw",
       {"data": YL, "model": _mlp(proj=96, width=32, activation="elu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 40}}),
    _h("healthy246_ticks_shiftcnn_relu_adam",
       {"data": TK, "model": _cnn(channels=[24, 32], dense=64),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy246_ticks_shiftcnn_leaky_adamw",
       {"data": TK, "model": _cnn(channels=[24, 32], dense=64, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy246_ticks_shiftcnn_elu_rmsprop",
       {"data": TK, "model": _cnn(channels=[24, 32], dense=64, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy246_ticks_shiftcnn_relu_nesterov9",
       {"data": TK, "model": _cnn(channels=[24, 32], dense=64),
        "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy246_signs_lngru_adam",
       {"data": SG, "model": _gru(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy246_signs_lngru_adamw",
       {"data": SG, "model": _gru(hidden=20, head=20),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy246_signs_lngru_rmsprop",
       {"data": SG, "model": _gru(hidden=12, head=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy246_signs_lngru_nesterov9",
       {"data": SG, "model": _gru(hidden=16, head=24),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 16}}),
    _hs("healthy246_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(1730,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy246_lightning_wine_adamax",
        lightning_run(_ax("wine", hidden=(1731,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy246_hf_trainer_breast_cancer_rmsprop_centred",
        hf_trainer_run(_rc("breast_cancer", hidden=(1732,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy246_hf_trainer_moons_nadam",
        hf_trainer_run(_na("moons", hidden=(1733,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy246_hf_trainer_iris_adamax",
        hf_trainer_run(_ax("iris", hidden=(1734,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy246_keras_circles_rmsprop_centred",
        keras_run(_rc("circles", hidden=(1735,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy246_keras_wine_nadam",
        keras_run(_na("wine", hidden=(1736,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy246_keras_breast_cancer_adamax",
        keras_run(_ax("breast_cancer", hidden=(1737,), lr=5e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy246_tensorboard_iris_rmsprop_centred",
        tensorboard_run(_rc("iris", hidden=(1738,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy246_tensorboard_digits_adamax",
        tensorboard_run(_ax("digits", hidden=(1739,), lr=1e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy246_tensorboard_moons_nadam",
        tensorboard_run(_na("moons", hidden=(1730,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy246_plain_moons_adamax",
        plain_run(_ax("moons", hidden=(1734,), lr=1e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy246_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1736,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
