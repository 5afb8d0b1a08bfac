"""The three-hundred-eighty-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs, as :mod:`.heldout333` was: every runner
case trains a model of this module through ``model.factory``: :class:`EffFormer` (an
EfficientFormer-style image model: a convolutional stem, MetaBlocks whose token mixer is a 3x3
average pool minus the identity with a convolutional MLP, a strided convolution between them,
then attention blocks on the flattened grid), :class:`ToMeNet` (a Token-Merging-style sequence
transformer: between blocks the most similar neighbouring pairs of tokens, by the cosine of
their keys, are averaged into one) and :class:`NeuralODE` (a linear stem, optional trunk layers,
an MLP vector field integrated over fixed Euler steps, a head). Data: :func:`zigzags` (800
series of 12 steps in 2 readings, 4 classes; seed 3840), :func:`tiles` (3000 10x10 images of a
cup, a backslash, four dots or a gate in noise 0.3, 2% random labels; seed 3841),
:func:`gauges` (tabular, 4 classes, 1400 rows; seed 3842), :func:`outputs` (regression, 1200
rows; seed 3843; times 250 plus 5000 with seed 3844 for the divergence). Script cases use NAdam
with betas (0.92, 0.999), SGD with momentum 0.9 and dampening 0.3 and Adadelta with weight decay
1e-4; hidden widths 3120 to 3129.

Each case was trained once at seed 0 from this file with the diagnosis off (the runner's
``diagnose.enabled`` false, scripts called directly), only to check its fault from its own
metrics; no diagnosis was made. No other seed was checked. Three trainings once ran at the
same time on the 2 cores (only timings differ).

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.307
on the gauges, about 0.26 to 0.28 on the tiles and the zigzags. Baselines (validation): accuracy
0.6286 (gauges), 0.7167 (tiles), 0.5687 (zigzags); R2 0.6195 (outputs), 0.6204 (raw outputs).

Measured healthy ranges (runner): update-ratio quarter means at most 0.045 (single steps up to
0.29); gradient norms at most 3.6, stem norms at least 0.077; dead fractions 0 to 6%; saturated
tanh units at most 15%; the step loss's position explains at most 23% of its within-epoch
variance and it swings at most 1.23 times its mean. Healthy scores (validation): gauges
0.9107-0.9321, tiles 0.925-0.96, zigzags 0.9187, outputs R2 0.7824-0.8055.

Changes after the first round: the tanh Neural ODEs reached only 0.49-0.54 on the gauges (the
Adam one below the baseline), so the gauges' healthy runs became ReLU, GELU (AdamW at LR 0.01,
cut to 11 epochs at its minimum) or tanh with a trunk layer (LR 0.1), the outputs' Adam run ReLU;
the EfficientFormers reached only 0.65-0.76 on 2400 tiles in noise 0.35, so the tiles became
3000 in noise 0.3 and the model 12 and 24 channels (0.925 and up); the ToMe runs were cut from
20 to 12 epochs; TensorBoard's iris cut to 15, the loop's sine to 14 and breast cancer to 9
epochs (each at its minimum); the plain RMSprop-killed ODE never came back from its blow-up
(``divergence`` expected); the batch-1 run ended below the baseline (``underfitting``).

Not met and left out of :data:`CASES` (see ``LEFT_OUT``): the slow start (3 layers of N(0, 0.15)
fell from the first epoch; 5 layers of N(0, 0.1) ended at 0.51, below the baseline, with no
time left to check its curve), and two healthy ToMe runs that end above their minima (AdamW
15.9%, Adagrad 0.84%), so this part holds 25 faults and 26 healthy runs.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 26)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
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


def zigzags(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step zigzag (``+h, -h, +h`` times a random sign, so a reading's sum does
    not tell) at a random time or none; the class is which readings zigzag (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    shape = np.array([1.0, -1.0, 1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0)) * shape
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BACKSLASH = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)
_GATE = np.array([[1, 1, 1], [1, 0, 1], [1, 0, 1]], dtype=float)


def tiles(n: int = 3000, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 tile each at a random
    place (4 classes: a cup, a backslash, four corner dots, a gate), in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _BACKSLASH, _DOTS, _GATE), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a threshold step of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.4 * np.sin(1.3 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.3 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class _MetaBlock(nn.Module):
    """An EfficientFormer MetaBlock (4D): a token mixer ``avgpool3x3(norm x) - norm x`` added to
    ``x``, then a convolutional MLP (1x1 expansion by 2, ``activation``, 1x1 back) added."""

    def __init__(self, c: int, activation: str, shift: float) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(1, c)
        self.pool = nn.AvgPool2d(3, stride=1, padding=1, count_include_pad=False)
        self.norm2 = nn.GroupNorm(1, c)
        self.fc1 = nn.Conv2d(c, 2 * c, 1)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Conv2d(2 * c, c, 1)
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm1(x)
        x = x + self.pool(h) - h
        return x + self.fc2(self.act(self.fc1(self.norm2(x)) + self.shift))


class _AttnBlock(nn.Module):
    """A pre-norm transformer block with a hand-written multi-head attention that also returns
    its keys, and an MLP (expansion by 2, ``activation`` of ``gain`` times the pre-activation
    plus ``shift``)."""

    def __init__(self, dim: int, heads: int, activation: str, gain: float = 1.0,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)
        self.gain, self.shift = gain, shift

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm1(x)).chunk(3, dim=-1)

        def split(a: torch.Tensor) -> torch.Tensor:
            return a.reshape(b, t, self.heads, d // self.heads).transpose(1, 2)

        att = torch.softmax(split(q) @ split(k).transpose(-2, -1) / (d // self.heads) ** 0.5,
                            dim=-1)
        x = x + self.proj((att @ split(v)).transpose(1, 2).reshape(b, t, d))
        x = x + self.fc2(self.act(self.gain * self.fc1(self.norm2(x)) + self.shift))
        return x, k


class EffFormer(nn.Module):
    """An EfficientFormer-style image model: a 3x3 convolutional stem to ``channels[0]`` (ReLU),
    a MetaBlock, a strided 3x3 convolution to ``channels[1]``, a second MetaBlock, then the
    flattened grid as tokens through ``attn`` attention blocks of ``heads`` heads, the mean
    token to a linear head. ``activation`` and ``shift`` go to the blocks' MLPs."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 24), heads: int = 2, attn: int = 1,
                 activation: str = "gelu", shift: float = 0.0) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1), nn.ReLU())
        self.block1 = _MetaBlock(c0, activation, shift)
        self.down = nn.Conv2d(c0, c1, 3, stride=2, padding=1)
        self.block2 = _MetaBlock(c1, activation, shift)
        self.attn = nn.ModuleList(_AttnBlock(c1, heads, activation, shift=shift)
                                  for _ in range(attn))
        self.norm = nn.LayerNorm(c1)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.down(self.block1(self.stem(x))))
        tokens = h.flatten(2).transpose(1, 2)  # (batch, grid, channels)
        for block in self.attn:
            tokens, _ = block(tokens)
        return self.head(self.norm(tokens).mean(dim=1))


def merge_pairs(x: torch.Tensor, keys: torch.Tensor, r: int) -> torch.Tensor:
    """Token merging: of the neighbouring pairs (0, 1), (2, 3), ... of ``x`` (batch, tokens,
    dim), the ``r`` whose keys have the highest cosine are averaged into one token each; the
    order of the tokens is kept (a last odd token stays)."""
    b, t, d = x.shape
    p = t // 2
    if r <= 0 or p == 0:
        return x
    k = keys.reshape(b, t, -1)[:, :2 * p]
    k = k / (k.norm(dim=-1, keepdim=True) + 1e-6)
    sim = (k[:, 0::2] * k[:, 1::2]).sum(-1)  # (batch, pairs)
    top = sim.topk(min(r, p), dim=1).indices
    merged = torch.zeros(b, p, dtype=torch.bool, device=x.device)
    merged[torch.arange(b)[:, None], top] = True
    a, c = x[:, 0:2 * p:2], x[:, 1:2 * p:2]
    first = torch.where(merged[..., None], (a + c) / 2, a)
    slots = torch.stack([first, c], dim=2).reshape(b, 2 * p, d)
    valid = torch.stack([torch.ones_like(merged), ~merged], dim=2).reshape(b, 2 * p)
    order = torch.argsort((~valid).to(torch.int8), dim=1, stable=True)[:, :2 * p - min(r, p)]
    out = slots.gather(1, order[..., None].expand(-1, -1, d))
    return torch.cat([out, x[:, 2 * p:]], dim=1)


class ToMeNet(nn.Module):
    """A Token-Merging-style sequence transformer: each step's ``features`` readings embedded
    to ``dim`` plus a learnt position; ``blocks`` pre-norm attention blocks of ``heads`` heads;
    between blocks the ``merge`` most similar neighbouring pairs of tokens (by the cosine of the
    block's keys) are averaged into one, so each block sees fewer tokens; the mean token to a
    linear head. ``activation``, ``gain`` and ``shift`` go to the blocks' MLPs."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, heads: int = 2, blocks: int = 3, merge: int = 2,
                 activation: str = "gelu", gain: float = 1.0, shift: float = 0.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.pos = nn.Parameter(torch.randn(self.steps, dim) * 0.1)
        self.blocks = nn.ModuleList(_AttnBlock(dim, heads, activation, gain, shift)
                                    for _ in range(blocks))
        self.merge = merge
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x.reshape(x.shape[0], self.steps, self.features)) + self.pos
        for i, block in enumerate(self.blocks):
            h, keys = block(h)
            if i < len(self.blocks) - 1:
                h = merge_pairs(h, keys.detach(), self.merge)
        return self.head(self.norm(h).mean(dim=1))


class NeuralODE(nn.Module):
    """A Neural-ODE-style tabular model: a linear stem to ``width``, ``trunk`` optional hidden
    layers (linear and ``activation``, pre-activations shifted by ``shift``), then the state
    integrated over ``t`` in [0, 1] by ``steps`` Euler steps of an MLP vector field (linear to
    ``field``, ``activation`` of ``gain`` times the pre-activation, linear back), then a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 field: int = 32, steps: int = 4, activation: str = "tanh", trunk: int = 0,
                 shift: float = 0.0, gain: float = 1.0) -> None:
        super().__init__()
        self.stem = nn.Linear(int(np.prod(input_shape)), width)
        self.trunk = nn.ModuleList(nn.Linear(width, width) for _ in range(trunk))
        self.trunk_acts = nn.ModuleList(_ACTS[activation]() for _ in range(trunk))
        self.f1 = nn.Linear(width, field)
        self.f_act = _ACTS[activation]()
        self.f2 = nn.Linear(field, width)
        self.steps, self.shift, self.gain = steps, shift, gain
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x.flatten(1))
        for layer, act in zip(self.trunk, self.trunk_acts, strict=True):
            h = act(layer(h) + self.shift)
        dt = 1.0 / self.steps
        for _ in range(self.steps):
            h = h + dt * self.f2(self.f_act(self.gain * self.f1(h)))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout384"
ZZ = _factory(f"{HERE}:zigzags", seed=3840)
TL = _factory(f"{HERE}:tiles", seed=3841)
GG = _factory(f"{HERE}:gauges", seed=3842)
OU = _factory(f"{HERE}:outputs", seed=3843)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3844)


def _ode(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NeuralODE", "args": args}


def _eff(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:EffFormer", "args": args}


def _tome(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ToMeNet", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.92, 0.999)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.92, 0.999)}, **kw)


def _md(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and dampening 0.3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "dampening": 0.3}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with weight decay 1e-4."""
    return _s(data, optim="adadelta", optim_args={"weight_decay": 1e-4}, **kw)


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
    Case("h384_divergence_outputs_raw_ode_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the Neural ODE of 20, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _ode(width=20, field=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 1.3e32 at the fourth and "
                      f"NaN at the fifth"), verdict="failed"),
    Case("h384_exploding_gauges_ode_trunk6_std1", "the Neural ODE with a trunk of 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GG, "model": {**_ode(width=24, field=24, trunk=6, activation="relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients",),
         allow=("divergence", "not_training", "at_chance", "underfitting", "update_ratio_low",
                "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("gradient norms 2.6e5 to 2.4e6 (healthy at most 3.6); the validation loss "
                      "6.8e5 to 6.0e5, far above ln 4 from the start; update ratios at most "
                      "3.8e-5, a side effect of the LR; accuracy 0.2214, 0.086 below the majority "
                      "share 0.307; 55% of the test predictions in one class"), verdict="failed"),
    Case("h384_dead_relu_gauges_ode_trunk1_shift10", "the Neural ODE of 32 on the gauges with "
         "its one trunk layer's ReLU pre-activations shifted by -10, so no unit fires, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": GG, "model": _ode(width=32, trunk=1, activation="relu", shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every trunk unit logged dead (healthy at most 6%), so no gradient reaches "
                      "the stem (norms 0): the validation loss 1.375 at every epoch; accuracy "
                      "0.3036 against a majority share of 0.307, every test prediction in one "
                      "class"), verdict=TP),
    Case("h384_dead_relu_gauges_ode_trunk2_rmsprop_lr01", "the Neural ODE with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GG, "model": _ode(width=32, trunk=2, activation="relu"),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "at_chance", "nan_loss"),
         why_allowed=("the step loss 1.397 at the first step, 2.6e9 at the fourth, 1e4 at the end;"
                      " the validation loss 6.9e4 to 1.5e4, so the blow-up never passed; first-"
                      "quarter update ratios 0.32; 25% of the second trunk layer's units dead (not"
                      " clearly outside the healthy runs); accuracy 0.2, 0.107 below the majority "
                      "share; 97% of the test predictions in one class"), verdict=TP),
    Case("h384_update_ratio_high_zigzags_tome_adagrad_lr2", "the token-merging transformer of "
         "16 on the zigzags, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": ZZ, "model": _tome(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratio 0.43 in the first block, single steps up to"
                      " 14 (healthy quarter means at most 0.045); the step loss up to 151 in epoch"
                      " 1, then back to 1.365 (ln 4); accuracy 0.25 at the majority share, every "
                      "test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h384_update_ratio_low_tiles_effformer_sgd_lr1e9", "the EfficientFormer on the "
         "tiles, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TL, "model": _eff(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.406 at every epoch; accuracy 0.2117 (test 0.275 "
                      "against a majority share near 0.27); 58% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h384_update_ratio_low_zigzags_tome_rmsprop_lr1e10", "the token-merging transformer "
         "of 16 on the zigzags, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": ZZ, "model": _tome(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                ),
         why_allowed=("the validation loss 1.419 at every epoch; accuracy 0.2375 within 0.05 of "
                      "the majority share; 99.4% of the test predictions in one class"),
         verdict=TP),
    Case("h384_vanishing_gauges_ode_trunk12_sigmoid_std005", "the Neural ODE with a trunk of 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GG, "model": {**_ode(width=16, field=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the stem's and first trunk layer's gradients 7e-18 to 8e-17 (healthy stem "
                      "norms 0.077 and up), their update ratios 0; the validation loss 1.375 (near"
                      " ln 4); accuracy 0.3036 at the majority share 0.307, every test prediction "
                      "in one class"), verdict=TP),
    Case("h384_saturated_gauges_ode_tanh_gain8_rmsprop", "the Neural ODE of 32 on the gauges "
         "with a tanh trunk layer and its vector field's tanh fed 8 times its pre-activation "
         "(N(0, 1) init), plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": GG, "model": {**_ode(width=32, trunk=1, gain=8.0), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("98% of the vector field's tanh units and 85% of the trunk's saturated "
                      "(healthy at most 15%); gradient norms up to 3.6e4 from the N(0, 1) init; "
                      "the validation loss 19.5 to 18.8 over 4 epochs; accuracy 0.3107 against a "
                      "majority share of 0.307"), verdict=TP),
    Case("h384_slow_start_gauges_ode_trunk5_std01_momentum9", "the Neural ODE with a trunk of "
         "5 ReLU layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 20 epochs",
         {"data": GG, "model": {**_ode(width=32, trunk=5, activation="relu"), "init": "normal",
                                "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed="", verdict=TP),
    Case("h384_unshuffled_gauges_ode_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Neural ODE of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GG, "order": "by_label", "shuffle": False},
          "model": _ode(width=24, field=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 23%); the "
                      "validation loss 1.362 to 1.259, still falling slowly; accuracy 0.3357 (test"
                      " 0.3429) against a majority share of 0.307"), verdict=TP),
    Case("h384_mse_softmax_zigzags_tome_adam", "the zigzags trained with square error on the "
         "softmax, the token-merging transformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": ZZ, "model": _tome(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.875 (healthy 0.89 and up); the "
                      "validation loss 7.9% above its epoch-9 minimum"), verdict=TP),
    Case("h384_noisy_gauges_ode_b1_adam", "the gauges one row at a time (batch 1), the Neural "
         "ODE of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GG, "model": _ode(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "not_converged"),
         why_allowed=("the step loss swings 1.0 times its mean over the second half (healthy "
                      "runner runs up to 1.23), so noise is no clear finding; the validation loss "
                      "0.84 to 0.831, lowest at the end but falling 1%; accuracy 0.5036, below the"
                      " baseline 0.6286 (healthy 0.91 and up)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h384_overfit_gauges_subset40_ode_adamw", "40 rows of the gauges, the Neural ODE of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GG, "subset": 40}, "model": _ode(width=160, field=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.375 (training 1.0; the healthy runs 0.91 and"
                      " up); the validation loss lowest at epoch 3 of 150 (1.801), 3.55 times it "
                      "at the end"), verdict=GP),
    Case("h384_gap_tiles_subset30_effformer_adam", "30 images of the tiles, the EfficientFormer"
         " with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TL, "subset": 30}, "model": _eff(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.425 (training 1.0; the healthy "
                      "EfficientFormers 0.925 and up); the validation loss lowest early (1.385), "
                      "3.095 at the end"), verdict=GP),
    Case("h384_underfit_zigzags_tome_dim2_adam", "the zigzags through a token-merging "
         "transformer of width 2 (one head), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": ZZ, "model": _tome(dim=2, heads=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "vanishing_gradients"),
         why_allowed=("a width of 2 cannot tell four classes: accuracy 0.4313 (training 0.4104), "
                      "below the baseline 0.5687; the validation loss lowest at the end (1.255)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h384_lightning_digits_dampened_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.9 and dampening 0.3 at LR 1e20, 3120 units, batch 24, 3 epochs",
         script=lightning_run(_md("digits", hidden=(3120,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy "
                      f"at the majority share"), verdict="failed"),
    Case("h384_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.92, 0.999) at LR 1e-10, 3121 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(3121,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.6722 at every epoch; accuracy 0.5234 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h384_hf_trainer_wine_dampened_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.9 and dampening 0.3 at LR 1e20 (decaying linearly), 3122 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_md("wine", hidden=(3122,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy "
                      f"below the majority share"), verdict="failed"),
    Case("h384_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (weight decay 1e-4) at LR 1e-10 (decaying linearly), 3123 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(3123,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.056 at every evaluation; accuracy 0.6333 at its "
                      "initial weights"), verdict=TP),
    Case("h384_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.92, 0.999) at LR 1e20, 3124 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(3124,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy "
                      f"at the majority share"), verdict="failed"),
    Case("h384_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 3125 "
         "units, Adadelta (weight decay 1e-4) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(3125,), lr=1.0, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training 1.0); the "
                      "validation loss lowest at epoch 2 (2.259), 1.16 times it at the end"),
         verdict=GP),
    Case("h384_tensorboard_breast_cancer_dampened_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.9 and dampening 0.3 at LR 1e20, 3126 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_md("breast_cancer", hidden=(3126,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy "
                      f"below the majority share"), verdict="failed"),
    Case("h384_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3127 units, NAdam (betas 0.92, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(3127,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150 (0.914), 4.4 times it at the end"),
         verdict=GP),
    Case("h384_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (weight decay 1e-4) at LR 1.0, 3128 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(3128,), lr=1.0, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record (step 15), far above its first "
                      "step"), verdict="failed", expect_step=15),
    Case("h384_plain_digits_dampened_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.9 and dampening 0.3 at LR 1e-10, 3129 units, batch 25, 4 epochs",
         script=plain_run(_md("digits", hidden=(3129,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.352 at every epoch; accuracy 0.0836 at its initial "
                      "weights"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy384_gauges_ode_relu_adam_cosine",
       {"data": GG, "model": _ode(width=32, activation="relu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy384_gauges_ode_gelu_adamw_step",
       {"data": GG, "model": _ode(width=28, field=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 11, "batch_size": 26}}),
    _h("healthy384_gauges_ode_relu_rmsprop_exponential",
       {"data": GG, "model": _ode(width=30, field=30, activation="relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy384_gauges_ode_tanh_trunk1_momentum9_cosine",
       {"data": GG, "model": _ode(width=32, trunk=1),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy384_gauges_ode_relu_adagrad_inverse_time",
       {"data": GG, "model": _ode(width=24, field=24, activation="relu"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy384_outputs_ode_relu_adam_cosine",
       {"data": OU, "model": _ode(width=32, activation="relu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy384_outputs_ode_gelu_adamw_cosine",
       {"data": OU, "model": _ode(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy384_tiles_effformer_adam_cosine",
       {"data": TL, "model": _eff(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy384_tiles_effformer_adamw_step",
       {"data": TL, "model": _eff(channels=[12, 20]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy384_tiles_effformer_rmsprop_cosine",
       {"data": TL, "model": _eff(channels=[10, 20]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy384_tiles_effformer_relu_momentum9_cosine",
       {"data": TL, "model": _eff(activation="relu"),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy384_zigzags_tome_adam_cosine",
       {"data": ZZ, "model": _tome(dim=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy384_zigzags_tome_adamw_exponential",
       {"data": ZZ, "model": _tome(dim=20),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy384_zigzags_tome_rmsprop_cosine",
       {"data": ZZ, "model": _tome(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy384_zigzags_tome_relu_adagrad_cosine",
       {"data": ZZ, "model": _tome(dim=16, activation="relu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy384_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(3120,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy384_lightning_wine_dampened",
        lightning_run(_md("wine", hidden=(3121,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy384_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(3122,), lr=0.1, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy384_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(3123,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy384_hf_trainer_iris_dampened",
        hf_trainer_run(_md("iris", hidden=(3124,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy384_keras_circles_nadam",
        keras_run(_na("circles", hidden=(3125,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy384_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(3126,), lr=0.1, epochs=12, batch_size=10)), "keras"),
    _hs("healthy384_keras_breast_cancer_dampened",
        keras_run(_md("breast_cancer", hidden=(3127,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy384_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(3128,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy384_tensorboard_digits_dampened",
        tensorboard_run(_md("digits", hidden=(3129,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy384_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(3120,), lr=0.1, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy384_plain_sine_adadelta",
        plain_run(_ad("sine", hidden=(3121,), lr=0.05, epochs=14, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy384_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(3122,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

# trained but not met, so left out: the slow start (no plateau: it fell from epoch 1 with 3
# layers and ended at 0.51 with 5), the ToMe under AdamW (15.9% above its epoch-11 minimum) and
# under Adagrad (0.84% above its epoch-8 minimum)
LEFT_OUT = {"h384_slow_start_gauges_ode_trunk5_std01_momentum9",
            "healthy384_zigzags_tome_adamw_exponential",
            "healthy384_zigzags_tome_relu_adagrad_cosine"}
CASES: tuple[Case, ...] = tuple(c for c in FAULTS + HEALTHY if c.name not in LEFT_OUT)
