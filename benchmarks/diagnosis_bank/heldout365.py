"""The three-hundred-sixty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written beside another writer's part (not looked at), by someone who saw no diagnosis of its
runs. Built as :mod:`.heldout333` was: every runner case trains a model of this module through
``model.factory``: :class:`BinaryMLP` (a BinaryConnect-style MLP: hidden :class:`BinaryLinear`
layers whose forward pass uses the sign of the latent real weights times the layer's mean
absolute weight, the gradient passed straight through to the latent weights, an activation given
to the constructor, an optional shift of the pre-activations, a real-valued linear head),
:class:`LeViTLite` (a LeViT-style image model: a two-convolution stem, the second of stride 2,
an attention block with a learnt attention bias per head and pair of positions over the 6x6
grid, a 2x2 average pool and a 1x1 widening, a second block over the 3x3 grid, the mean over
positions) and :class:`DilatedGRU` (three stacked hand-written GRU layers whose recurrence skips
1, 2 and 4 steps, with sigmoid gates and a tanh candidate as modules of their own, the mean of
the last layer's states read out); no case fell back to the runner's built-in models. Every data
set is this module's own ``data.factory``: :func:`tremors`, 800 noisy series of 16 steps in 2
readings, each reading holding a 4-step up-down tremor of 1.5 (either sign) or none (4 classes;
seed 3650); :func:`emblems`, 2400 12x12 images of a plus, a cross, a cup or a dash at a random
place in noise 0.35, 2% random labels (4 classes; seed 3651); :func:`gauges`, a tabular 4-class
set of 8 readings (a circle on two readings and a linear threshold of two more, 3% random
labels, 1400 rows; seed 3652); :func:`harvests`, a tabular regression of 8 readings (a sine, a
product, a step and a linear term; 1200 rows; seed 3653; times 250 plus 5000 with seed 3654 for
the divergence). Script cases use AdamW with betas (0.8, 0.99), RMSprop with momentum 0.5 and
Adamax with betas (0.95, 0.999) on digits, wine, iris, breast cancer, moons, circles and the
sine; every script case holds a hidden width of 2930 to 2939. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine,
step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses,
validation loss and score, step-loss swing, the share of the step loss's within-epoch variance
its position explains, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``) and, for runner cases, the test confusion matrix, with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. No other seed was
checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.293 on the gauges, 0.256 on the emblems, 0.269 on the tremors. Baselines (validation):
accuracy 0.625 (gauges; 0.4393 on 40 rows), 0.4396 (emblems; 0.2604 on 30 images), 0.6
(tremors); R2 0.5652 (harvests), 0.5849 (the raw harvests).

Measured healthy ranges (runner): update-ratio quarter means 4.9e-5 to 0.058 (single steps up to
0.54, the binary MLP under Adagrad); the ``update_ratio_high`` run's first-quarter means 0.23 to
0.54 (single steps up to 14); the ``update_ratio_low`` runs about 2e-11 and at most 3.4e-9. Dead
fractions at most 27% (the binary MLPs on the harvests and under Adagrad); the shifted MLP's
100%, the RMSprop-killed MLP's 59% to 66% (only allowed: its layers swing from epoch to epoch).
Saturated tanh units at most 33% in the healthy runs (the GRUs' candidates; the tanh MLP's
30%); the gain-10 GRU's 77%, the Adagrad GRU's 87% to 97%. Gradient norms at most 6.7; the exploding
run's 209 to 876, the vanishing run's first layer 4e-18 to 3.7e-17 (healthy first-quarter means
at least 0.014). The step loss's position explains at most 20% of its within-epoch variance in
the healthy runner runs; the unshuffled run 100%. The step-loss swing (standard deviation of its
step-to-step change over its mean, second half) is 0.29 to 0.83 in the healthy runner runs, only
0.50 in the batch-1 run, so ``noisy_loss`` is only allowed there and its state (still falling)
is ``not_converged``. Healthy scores (validation): gauges 0.8143-0.8821, emblems
0.7708-0.8667, tremors 0.8875-0.9437, harvests R2 0.7359 and 0.7521; scripts: digits 0.9805,
wine 1.0, iris 0.9667, breast cancer 0.9561, moons 0.9766-0.9924, circles 0.9919, sine R2
0.9319.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off,
in further stores): the first tremors (1 to 4 oscillations of random phase) were read by the
runner's baseline at 0.8812, so they became 4-step tremors of either sign (baseline 0.6, the
GRUs 0.8875 to 0.9437) and every tremors case was trained again; the binary MLPs of 40 to 48
units reached only 0.70 to 0.84 on the gauges and R2 0.60 to 0.67 on the harvests, so the
healthy ones have 112 to 128 units; the tanh MLP under momentum 0.9 (0.71) became the tanh MLP
under Adam with an exponential decay (0.8464); the binary weights' sign flips keep the
validation loss jittering to the end under a cosine schedule, so the harvests runs have step and
exponential schedules; the saturated GRU (gain 8, LR 1e-4) still fell to 1.331, so it has gain
10 and LR 3e-5. The runs that ended above their minimum were cut at it (a run's first epochs
are the same under a step, exponential or constant schedule, checked on four of them): the
gauges MLP under AdamW and the tanh MLP 14 epochs, the harvests MLPs 16 and 10, the GRU under
AdamW 19, Lightning's wine 11 and moons 14, Keras' circles 14 and breast cancer 11,
TensorBoard's digits 7, the loop's breast cancer 9; the GRU under Adam (cosine) went from 20
epochs (2.7% above its minimum) to 15 and HF's iris (linear decay) from 14 to 12, both retrained
and now lowest at their end.

Not met: the slow start sits flat at ln 4 for its first 5 of 15 epochs (1.375 to 1.353) and then
falls to 0.892, but it ends 5% above that and at 0.5357, below the baseline, so ``underfitting`` is
expected beside ``slow_start`` (a 25-epoch run reached only 0.625 and its plateau was a fifth of
the run). The emblems LeViT under Adagrad ends 0.096 below the best emblems run (inside the 0.1
rule, only just). The measured ranges above mix both rounds.

Labels from the metrics: the test predictions fall in one class in the shifted MLP (100%), the
vanishing run (100%), the RMSprop-killed MLP (97%), the stuck GRU (100%) and the Adagrad GRU
(99%), so ``predictions_collapsed`` is expected there, allowed in the unshuffled run (71%), the
one-unit GRU (69%) and the exploding run (64%); the stuck LeViT puts only 51.5% in one class
(none labelled). The exploding run, the shifted MLP, the killed MLP, the Adagrad GRU, the stuck
LeViT, the stuck GRU, the vanishing run and the unshuffled run score within 0.05 of the majority
share (``at_chance`` expected); the saturated GRU scores 0.07 above it (allowed). The loop's
stuck digits score 0.1031, the majority share (``at_chance`` expected); HF's stuck iris 0.2333.

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


def tremors(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 1.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step tremor (``height`` up, down, up, down, or the other way round at
    random) at a random time or none; the class is which readings tremble (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    burst = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * burst
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_DASH = np.array([[0, 0, 0], [1, 1, 1], [0, 0, 0]], dtype=float)


def emblems(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 emblem each at a
    random place (4 classes: a plus, a cross, a cup, a dash), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _CUP, _DASH), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0² + x1² > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def harvests(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
             seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a threshold step of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU, "hardswish": nn.Hardswish}


class BinaryLinear(nn.Linear):
    """A BinaryConnect linear layer: the forward pass uses the sign of the latent real weights
    times the layer's scale (their mean absolute value); the gradient passes straight through
    to the latent weights."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        w = self.weight
        scale = w.abs().mean().detach()
        binary = w + (scale * torch.sign(w) - w).detach()
        return nn.functional.linear(x, binary, self.bias)


class BinaryMLP(nn.Module):
    """A BinaryConnect-style MLP: ``depth`` hidden :class:`BinaryLinear` layers of ``width``
    (pre-activations shifted by ``shift``, then ``activation``) and a real-valued linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(depth):
            self.layers.append(BinaryLinear(n_in, width))
            self.acts.append(_ACTS[activation]())
            n_in = width
        self.shift = shift
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer, act in zip(self.layers, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        return self.head(h)


class BiasedAttention(nn.Module):
    """A LeViT-style block over ``tokens`` positions: layer-normalised multi-head attention
    whose scores get a learnt bias per head and pair of positions, then a two-layer MLP
    (``activation`` between), each with a residual."""

    def __init__(self, dim: int, heads: int, tokens: int, activation: str) -> None:
        super().__init__()
        self.heads, self.head_dim = heads, dim // heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.attn_bias = nn.Parameter(torch.zeros(heads, tokens, tokens))
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 2 * dim), _ACTS[activation](),
                                 nn.Linear(2 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, n, d = x.shape
        q, k, v = self.qkv(self.norm1(x)).reshape(b, n, 3, self.heads, self.head_dim).unbind(2)
        q, k, v = (t.transpose(1, 2) for t in (q, k, v))  # (batch, heads, tokens, head_dim)
        scores = q @ k.transpose(-1, -2) / self.head_dim ** 0.5 + self.attn_bias
        h = (scores.softmax(dim=-1) @ v).transpose(1, 2).reshape(b, n, d)
        x = x + self.proj(h)
        return x + self.mlp(self.norm2(x))


class LeViTLite(nn.Module):
    """A LeViT-style image model: a convolutional stem (two 3x3 convolutions with
    ``activation``, the second of stride 2), a :class:`BiasedAttention` block over the halved
    grid, a 2x2 average pool (the resolution shrinks again) and a 1x1 widening to ``dims[1]``,
    a second block over the smaller grid, the mean over positions and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 dims: tuple[int, int] = (16, 24), heads: int = 2,
                 activation: str = "hardswish") -> None:
        super().__init__()
        d0, d1 = dims
        side = (int(input_shape[1]) + 1) // 2
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], d0 // 2, 3, padding=1),
                                  _ACTS[activation](),
                                  nn.Conv2d(d0 // 2, d0, 3, stride=2, padding=1),
                                  _ACTS[activation]())
        self.block1 = BiasedAttention(d0, heads, side * side, activation)
        self.pool = nn.AvgPool2d(2, ceil_mode=True)
        self.side, self.small = side, (side + 1) // 2
        self.widen = nn.Conv2d(d0, d1, 1)
        self.block2 = BiasedAttention(d1, heads, self.small * self.small, activation)
        self.head = nn.Linear(d1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x)  # (batch, d0, side, side)
        b, d = h.shape[:2]
        h = self.block1(h.flatten(2).transpose(1, 2))
        h = h.transpose(1, 2).reshape(b, d, self.side, self.side)
        h = self.widen(self.pool(h))
        h = self.block2(h.flatten(2).transpose(1, 2))
        return self.head(h.mean(dim=1))


class GRUStep(nn.Module):
    """A hand-written GRU cell with sigmoid gates and a tanh candidate (modules of their own);
    the candidate's pre-activation is multiplied by ``gain``."""

    def __init__(self, n_in: int, hidden: int, gain: float = 1.0) -> None:
        super().__init__()
        self.wx = nn.Linear(n_in, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.gain = gain

    def forward(self, x: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        xr, xz, xn = self.wx(x).chunk(3, dim=1)
        hr, hz, hn = self.wh(h).chunk(3, dim=1)
        r = self.gate(xr + hr)
        z = self.gate(xz + hz)
        n = self.squash(self.gain * (xn + r * hn))
        return (1 - z) * n + z * h


class DilatedGRU(nn.Module):
    """A dilated recurrent net: stacked :class:`GRUStep` layers, layer ``i``'s state at step
    ``t`` following on from its own state at step ``t - dilations[i]`` (skipping 1, 2 and 4
    steps), stepped by hand over the flattened sequence of ``features`` readings a step; the
    mean of the last layer's states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, dilations: tuple[int, ...] = (1, 2, 4),
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.dilations = tuple(dilations)
        sizes = [features, *[hidden] * (len(self.dilations) - 1)]
        self.cells = nn.ModuleList(GRUStep(s, hidden, gain) for s in sizes)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = list(x.reshape(x.shape[0], self.steps, self.features).unbind(1))
        zero = x.new_zeros(x.shape[0], self.hidden)
        for cell, d in zip(self.cells, self.dilations, strict=True):
            states: list[torch.Tensor] = []
            for t, inp in enumerate(seq):
                states.append(cell(inp, states[t - d] if t >= d else zero))
            seq = states
        return self.head(torch.stack(seq, dim=1).mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout365"
TR = _factory(f"{HERE}:tremors", seed=3650)
EM = _factory(f"{HERE}:emblems", seed=3651)
GA = _factory(f"{HERE}:gauges", seed=3652)
HV = _factory(f"{HERE}:harvests", seed=3653)
HV_RAW = _factory(f"{HERE}:harvests", scale=250.0, shift=5000.0, seed=3654)


def _bin(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BinaryMLP", "args": args}


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LeViTLite", "args": args}


def _gru(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DilatedGRU", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.8, 0.99)."""
    return _s(data, optim="adamw", optim_args={"betas": (0.8, 0.99)}, **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.95, 0.999)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.95, 0.999)}, **kw)


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
    Case("h365_divergence_harvests_raw_binmlp_sgd", "the harvests regression times 250 plus "
         "5000 (targets unscaled), the BinaryConnect MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": HV_RAW, "model": _bin(width=20, depth=1),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, Inf by the fifth, "
                      f"with the gradient norms and update ratios"), verdict="failed"),
    Case("h365_exploding_gauges_binmlp_depth6_std1", "the BinaryConnect MLP with 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_bin(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 576.3 at every epoch; gradient norms 209 to 876 "
                      "(healthy at most 6.7); update ratios at most 1e-8, a side effect of the "
                      "LR; accuracy 0.2536 against a majority share of 0.293; 63.9% of the test "
                      "predictions in one class (below 90%)"), verdict="failed"),
    Case("h365_dead_relu_gauges_binmlp_shift10", "the BinaryConnect MLP of 32 on the gauges "
         "with its ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _bin(width=32, depth=1, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every hidden unit logged dead (healthy runs at most 27%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.392 to 1.381 (ln 4); "
                      "accuracy 0.2929 against a majority share of 0.293, every test prediction "
                      "in one class"), verdict=TP),
    Case("h365_dead_relu_gauges_binmlp_depth3_rmsprop_lr01", "the BinaryConnect MLP with 3 ReLU "
         "layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _bin(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss 3034 at the second step, then near ln 4 (1.38 to 1.39), so "
                      "the blow-up passed; first-quarter update ratios 0.28 to 0.50 (healthy "
                      "quarter means at most 0.058); 59% to 66% of the second layer's units and "
                      "25% to 63% of the third's logged dead (healthy at most 27%, only allowed: "
                      "they swing from epoch to epoch); accuracy 0.2821 against a majority share "
                      "of 0.293; 97% of the test predictions in one class"), verdict=TP),
    Case("h365_update_ratio_high_tremors_dilgru_adagrad_lr2", "the dilated GRU of 16 on the "
         "tremors, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TR, "model": _gru(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.23 to 0.54, single steps up to 14 "
                      "(healthy quarter means at most 0.058); 87% to 97% of the tanh candidates "
                      "saturated (healthy at most 33%); the validation loss 3.21 to 1.89, above "
                      "ln 4; accuracy 0.225 against a majority share of 0.269, 159 of 160 test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h365_update_ratio_low_emblems_levit_sgd_lr1e9", "the LeViT-style model on the "
         "emblems, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": EM, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.415 at every epoch; update ratios about 2e-11 "
                      "(healthy quarter means at least 4.9e-5); accuracy 0.2417 against a "
                      "majority share of 0.256; only 51.5% of the test predictions in one class, "
                      "so no collapse is labelled"), verdict=TP),
    Case("h365_update_ratio_low_tremors_dilgru_rmsprop_lr1e10", "the dilated GRU of 16 on the "
         "tremors, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TR, "model": _gru(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.407 at every epoch; update ratios at most 3.4e-9; "
                      "accuracy 0.2313 against a majority share of 0.269; every test prediction "
                      "in one class"), verdict=TP),
    Case("h365_vanishing_gauges_binmlp_depth12_sigmoid_std005", "the BinaryConnect MLP with 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_bin(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layer's gradients 4e-18 to 3.7e-17 (healthy first-quarter norms "
                      "at least 0.014); the validation loss 1.388 to 1.378 (near ln 4); accuracy "
                      "0.2929 at the majority share 0.293, every test prediction in one class"),
         verdict=TP),
    Case("h365_saturated_tremors_dilgru_gain10_rmsprop", "the dilated GRU of 16 on the tremors "
         "with its candidate pre-activations times 10, plain RMSprop at LR 3e-5, batch 28, 4 "
         "epochs",
         {"data": TR, "model": _gru(hidden=16, gain=10.0),
          "optim": {"name": "rmsprop", "lr": 3e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("77% of the first layer's tanh candidates saturated (healthy at most 33%); "
                      "the validation loss 1.470 to 1.437 (above ln 4); accuracy 0.3375, 0.07 "
                      "above the majority share 0.269; 46% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h365_slow_start_gauges_binmlp_depth4_std015_momentum9", "the BinaryConnect MLP with 4 "
         "ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_bin(width=32, depth=4), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                 "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.375 to 1.353 over the first 5 epochs (ln 4 = 1.386; "
                      "the step loss's first-quarter mean 1.375), then 0.892 at epoch 12 and "
                      "0.940 at the end (5% above, the binary weights' jitter); first gradient "
                      "norms 0.012 to 0.03 (healthy first-quarter norms 0.3 and up in the binary "
                      "MLPs, but 0.014 in the LeViTs, so not clearly smaller); accuracy 0.5357, "
                      "below the baseline 0.625 (healthy 0.8143 and up), so it ends "
                      "underfitting; dead units at most 19% (healthy at most 27%)"), verdict=TP),
    Case("h365_unshuffled_gauges_binmlp_rmsprop", "the gauges sorted by label, never shuffled, "
         "the BinaryConnect MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _bin(width=24, depth=1),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 20%); the "
                      "validation loss 1.397 to 1.388; accuracy 0.2964 against a majority share "
                      "of 0.293; 71% of the test predictions in one class"), verdict=TP),
    Case("h365_mse_softmax_tremors_dilgru_adam", "the tremors trained with square error on the "
         "softmax, the dilated GRU of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": TR, "model": _gru(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8938 (healthy 0.8875 to 0.9437), "
                      "the validation loss still falling 8% in the last epoch"), verdict=TP),
    Case("h365_noisy_gauges_binmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "BinaryConnect MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _bin(width=32, depth=2),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.50 times its mean over the second half (healthy "
                      "runner runs 0.29 to 0.83), so noise is no clear finding; the validation "
                      "loss 1.183 then 0.925 (still falling 22% in the last epoch); accuracy "
                      "0.5464, below the baseline 0.625"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h365_overfit_gauges_subset40_binmlp_adamw", "40 rows of the gauges, the BinaryConnect "
         "MLP of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _bin(width=160, depth=2),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4786 (training loss 1e-4; the healthy runs "
                      "0.8143 and up); the validation loss lowest at epoch 4 of 150 (1.172), 4.3 "
                      "times it at the end"), verdict=GP),
    Case("h365_gap_emblems_subset30_levit_adam", "30 images of the emblems, the LeViT-style "
         "model with 24 and 32 dimensions, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**EM, "subset": 30}, "model": _vit(dims=[24, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.45 (training loss 2e-4; the healthy "
                      "LeViTs 0.7708 and up); the validation loss lowest at epoch 3 of 100 "
                      "(1.371), 4.07 times it at the end"), verdict=GP),
    Case("h365_underfit_tremors_dilgru_one_unit_adam", "the tremors through a dilated GRU of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": TR, "model": _gru(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3812, far below the "
                      "baseline 0.6 (healthy 0.8875 and up); the validation loss 1.547 to 1.374, "
                      "still falling 0.4% in the last epoch; 69% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h365_lightning_digits_rmsprop_lr1e20_nan", "Lightning: digits, RMSprop with momentum "
         "0.5 at LR 1e20, 2930 units, batch 24, 3 epochs",
         script=lightning_run(_rm("digits", hidden=(2930,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every validation loss NaN; accuracy 0.1003, the majority "
                      "share"),
         verdict="failed"),
    Case("h365_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.8, 0.99) at LR 1e-10, 2931 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2931,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.7512 at every epoch; accuracy 0.4844 at its initial "
                      "weights, within 0.05 of the majority share 0.5"), verdict=TP),
    Case("h365_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "with momentum 0.5 at LR 1e20 (decaying linearly), 2932 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rm("wine", hidden=(2932,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.066 below the majority share "
                      "0.40"),
         verdict="failed"),
    Case("h365_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "(betas 0.95, 0.999) at LR 1e-10 (decaying linearly), 2933 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ax("iris", hidden=(2933,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.131 at every evaluation; accuracy 0.2333 at its "
                      "initial weights, 0.1 below 1/3"), verdict=TP),
    Case("h365_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.8, 0.99) at LR 1e20, 2934 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(2934,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h365_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2935 units, "
         "Adamax (betas 0.95, 0.999) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ax("digits", hidden=(2935,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.454, training 1.0); the "
                      "validation loss lowest at epoch 2 (7.807), 10.25 at the end while the "
                      "training loss falls to 3e-5"), verdict=GP),
    Case("h365_tensorboard_breast_cancer_rmsprop_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, RMSprop with momentum 0.5 at LR 1e20, 2936 units, batch 19, 3 epochs",
         script=tensorboard_run(_rm("breast_cancer", hidden=(2936,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every validation loss NaN; accuracy 0.3684, far below "
                      "0.63"),
         verdict="failed"),
    Case("h365_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2937 units, AdamW (betas 0.8, 0.99) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2937,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at 1.406, 3.15 times it "
                      "at the end (quarter means 2.43, 3.2, 3.72, 4.2)"), verdict=GP),
    Case("h365_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (betas 0.95, 0.999) at LR 0.01, 2938 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ax("sine", hidden=(2938,), lr=0.01, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 39 at step 2 and settles "
                      "back)"),
         verdict="failed", expect_step=15),
    Case("h365_plain_digits_rmsprop_lr1e10_stuck", "hand-written loop: digits, RMSprop with "
         "momentum 0.5 at LR 1e-10, 2939 units, batch 25, 4 epochs",
         script=plain_run(_rm("digits", hidden=(2939,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.324 at every epoch; accuracy 0.1031 at its initial "
                      "weights, the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy365_gauges_binmlp_adam_cosine",
       {"data": GA, "model": _bin(width=128, depth=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy365_gauges_binmlp_gelu_adamw_step",
       {"data": GA, "model": _bin(width=128, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 26}}),
    _h("healthy365_gauges_binmlp_rmsprop_exponential",
       {"data": GA, "model": _bin(width=112, depth=2),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy365_gauges_binmlp_tanh_adam_exponential",
       {"data": GA, "model": _bin(width=128, depth=2, activation="tanh"),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.88},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy365_gauges_binmlp_adagrad_inverse_time",
       {"data": GA, "model": _bin(width=112, depth=2),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy365_harvests_binmlp_adam_exponential",
       {"data": HV, "model": _bin(width=128, depth=2),
        "optim": {"name": "adam", "lr": 8e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy365_harvests_binmlp_gelu_adamw_step",
       {"data": HV, "model": _bin(width=128, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 6,
                  "gamma": 0.4},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy365_emblems_levit_adam_cosine",
       {"data": EM, "model": _vit(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy365_emblems_levit_adamw_step",
       {"data": EM, "model": _vit(dims=[16, 20]),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 4, "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy365_emblems_levit_rmsprop_cosine",
       {"data": EM, "model": _vit(),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy365_emblems_levit_relu_adagrad_cosine",
       {"data": EM, "model": _vit(activation="relu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy365_tremors_dilgru_adam_cosine",
       {"data": TR, "model": _gru(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy365_tremors_dilgru_adamw_exponential",
       {"data": TR, "model": _gru(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy365_tremors_dilgru_rmsprop_cosine",
       {"data": TR, "model": _gru(hidden=20),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy365_tremors_dilgru_momentum9_cosine",
       {"data": TR, "model": _gru(hidden=20),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy365_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2930,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy365_lightning_wine_rmsprop",
        lightning_run(_rm("wine", hidden=(2931,), lr=1e-4, epochs=11, batch_size=10)),
        "lightning"),
    _hs("healthy365_lightning_moons_adamax",
        lightning_run(_ax("moons", hidden=(2932,), lr=2e-3, epochs=14, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy365_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2933,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy365_hf_trainer_iris_rmsprop",
        hf_trainer_run(_rm("iris", hidden=(2934,), lr=3e-4, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy365_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2935,), lr=5e-4, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy365_keras_wine_adamax",
        keras_run(_ax("wine", hidden=(2936,), lr=1e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy365_keras_breast_cancer_rmsprop",
        keras_run(_rm("breast_cancer", hidden=(2937,), lr=1e-4, epochs=11, batch_size=20)),
        "keras"),
    _hs("healthy365_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2938,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy365_tensorboard_digits_rmsprop",
        tensorboard_run(_rm("digits", hidden=(2939,), lr=2e-4, epochs=7, batch_size=25)),
        "tensorboard"),
    _hs("healthy365_tensorboard_moons_adamax",
        tensorboard_run(_ax("moons", hidden=(2930,), lr=2e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy365_plain_sine_adamax",
        plain_run(_ax("sine", hidden=(2931,), lr=2e-3, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy365_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2932,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
