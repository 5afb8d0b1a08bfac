"""The three-hundred-seventy-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`EdgeNeXt` (an EdgeNeXt-style CNN: a 3x3 stem, a
convolution encoder with a 5x5 depthwise kernel, a channel norm and a 1x1 expansion and
projection with a residual, a 2x2 stride-2 downsampling convolution, a second encoder, then a
split depthwise transposed attention block: the channels split in two, the second group a 3x3
depthwise convolution of itself plus the first, then cross-covariance attention across channels
with a learnt temperature and a 1x1 feed-forward, a global average pool and a linear head),
:class:`ALiBiTransformer` (a linear embedding of each step, a post-norm self-attention block
whose heads subtract ALiBi slopes times the distance between positions, no position embeddings,
a feed-forward whose activation and gain are given to the constructor, the mean over time to a
linear head) and :class:`FinalMLP` (two streams, each a sigmoid feature gate over the input then
ReLU/GELU/tanh/sigmoid layers, fused by a bilinear layer plus a linear term of each stream); no
case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`ripples`, 800 noisy series of 12 steps in 2 readings, each reading
holding a 4-step alternating ripple of 1.5 (random sign) or none (4 classes; seed 3750);
:func:`sigils`, 2400 10x10 images of a cup, a hat, two rails or a hook at a random place in noise
0.35, 2% random labels (4 classes; seed 3751); :func:`gauges`, a tabular 4-class set of 8
readings (a threshold on ``x0^2 + x1^2`` and a linear threshold of two more, 3% random labels,
1400 rows; seed 3752); :func:`outputs`, a tabular regression of 8 readings (a product, a tanh, a
sine and a linear term; 1200 rows; seed 3753; times 250 plus 5000 with seed 3754 for the
divergence). Script cases use RMSprop with momentum 0.4 and alpha 0.97, AdamW with eps 1e-6 and
weight decay 0.005 and NAdam with betas (0.9, 0.995) on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 3030 to 3039. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (``benchmarks/train_without_diagnosis.py``) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, step-loss swing, the share of the
step loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test predictions per class,
with the diagnosis off: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.3
on the gauges, 0.2583 on the sigils, 0.2687 on the ripples. Baselines (validation): accuracy
0.5643 (gauges), 0.6146 (sigils), 0.7 (ripples); R2 0.7256 (outputs), 0.7618 (the raw outputs).

Measured healthy ranges (runner, the runs as they stand): update-ratio quarter means 7.4e-5 to
0.061 (single steps up to 0.37, the EdgeNeXt under Adagrad); the ``update_ratio_high`` run's
quarter means up to 0.595 with first steps of 2 to 19.8; the ``update_ratio_low`` runs at most
1.05e-11 and 6.3e-9. Dead fractions 0% in every healthy ReLU layer; the shifted FinalMLP's 100%,
the RMSprop-killed one's 84%, the slow start's 19% (allowed). Saturated tanh outputs at most 1%
in the healthy runs (the sigmoid gates 0%); the gain-8 transformer's 65%. Gradient norms at most
13.8 (the outputs under Adam), first norms at least 2e-3; the exploding run's 299 to 1.9e7, the
vanishing run's first stream norms 7.8e-18. The step loss's position explains at most 38.8% of
its within-epoch variance in the healthy runner runs (the EdgeNeXt under Adam, 6 epochs); the
unshuffled run 99.2%. The step-loss swing (standard deviation of its step-to-step change over its
mean, second half) is 0.40 to 0.90 in the healthy runner runs (up to 1.41 in the healthy
scripts); the batch-1 run's 1.77. Healthy scores (validation): gauges 0.775-0.8643, sigils
0.8667-0.9208, ripples 0.9125-0.9375, outputs R2 0.831 and 0.8498; every healthy run's validation
loss is lowest at its end or within 0.35% of its minimum.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first EdgeNeXt had a 2x2 stride-2 patch stem and reached only 0.55 to 0.62 on the sigils (baseline
0.6146), so the stem is now a 3x3 convolution at full size (0.8667 to 0.9208); the EdgeNeXt
runs were cut at their minima (Adam 12 to 6 epochs, AdamW 12 to 8, RMSprop 12 to 10); the EdgeNeXt
under SGD with momentum 0.9 sat near ln 4 for its first three epochs (a start too slow for a
healthy run), so that healthy run is now Adagrad at LR 0.03 (0.9208); the FinalMLPs on the gauges
overfit after 7 to 9 epochs, so Adam's cosine run is now 7 epochs, RMSprop's 7 and the tanh
momentum run 6; the ALiBi runs under AdamW and momentum 0.9 were cut from 20 to 18 and 14 epochs;
Lightning's wine 12 to 11 epochs, Keras' circles 15 to 14, the loop's sine 12 to 9 (each now
ends at or within 0.04% of its lowest validation loss). The first slow start (3 layers a stream,
N(0, 0.15)) fell from its first epoch, so it has 4 layers a stream and N(0, 0.1) (trained for
20 epochs, then cut to 15 and trained again). Labels changed from the first version: the
exploding run's loss falls 22% (``not_training`` only allowed), the RMSprop-killed run ends 18
times its start (``divergence`` and ``dead_relu`` expected, verdict failed), the Adagrad LR-2 run
ends at 0.55 (``underfitting`` expected, not ``at_chance``), Lightning's stuck circles score 0.086
above the majority share (``at_chance`` allowed).

Not met: the measured healthy ranges mix the first and second rounds' stores for the runs that
did not change. The slow start's first gradients (8.5e-4 to 0.017) are not clearly below the
healthy runs' (2e-3 and up): ``slow_start`` is expected from its loss, flat at ln 4 (1.374 to
1.329, accuracy 0.3, the majority share) for 5 of 15 epochs before it falls to 0.4166.

Labels from the metrics: the test predictions fall in one class in the shifted FinalMLP (100%),
the vanishing run (100%), the stuck EdgeNeXt (99%) and the stuck transformer (100%), so
``predictions_collapsed`` is expected there, allowed in the saturated transformer (85%) and the
killed FinalMLP (72%); the exploding run, the shifted and killed FinalMLPs, the vanishing run, the
stuck EdgeNeXt and transformer, the saturated transformer, the two-wide transformer and the
unshuffled run score within 0.05 of the majority share (``at_chance`` expected). The loop's stuck
digits score 0.1448 (within 0.05 of about 0.1, expected), HF's stuck iris 0.067 (allowed).

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

import math
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


def ripples(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step ripple (``+h, -h, +h, -h`` times a random sign, so a reading's sum does
    not tell) at a random time or none; the class is which readings ripple (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    wave = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * wave
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_HAT = np.array([[0, 1, 0], [1, 0, 1], [1, 0, 1]], dtype=float)
_RAILS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)
_HOOK = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)


def sigils(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 sigil each at a random
    place (4 classes: a cup, a hat, two rails, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _HAT, _RAILS, _HOOK), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``x0^2 + x1^2`` exceeds 1.4 times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7
    are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    ``tanh`` of a third, a sine of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.0 * x[:, 0] * x[:, 2] + 1.5 * np.tanh(2.0 * x[:, 1]) + 1.2 * np.sin(1.5 * x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class _Shifted(nn.Module):
    """An activation applied to ``gain * x + shift``."""

    def __init__(self, activation: str, gain: float = 1.0, shift: float = 0.0) -> None:
        super().__init__()
        self.act = _ACTS[activation]()
        self.gain, self.shift = gain, shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.gain * x + self.shift)


class FinalMLP(nn.Module):
    """A FinalMLP-style tabular net: two streams, each a feature gate (``2 sigmoid(W x + b)``
    times the input, its own view of the features) then ``depth`` hidden layers of ``width``
    (linear and ``activation``, the last layer's pre-activations shifted by ``shift``); the two
    streams' outputs are fused by a bilinear layer plus a linear term of each stream."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 1, activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.gates = nn.ModuleList(nn.Linear(n_in, n_in) for _ in range(2))
        self.gate_acts = nn.ModuleList(nn.Sigmoid() for _ in range(2))
        streams = []
        for _ in range(2):
            layers: list[nn.Module] = []
            d_in = n_in
            for i in range(depth):
                layers += [nn.Linear(d_in, width),
                           _Shifted(activation, 1.0, shift if i == depth - 1 else 0.0)]
                d_in = width
            streams.append(nn.Sequential(*layers))
        self.streams = nn.ModuleList(streams)
        self.fuse = nn.Bilinear(width, width, n_outputs)
        self.lin1 = nn.Linear(width, n_outputs, bias=False)
        self.lin2 = nn.Linear(width, n_outputs, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = [s(2.0 * a(g(x)) * x)
             for s, g, a in zip(self.streams, self.gates, self.gate_acts, strict=True)]
        return self.fuse(h[0], h[1]) + self.lin1(h[0]) + self.lin2(h[1])


class ConvEncoder(nn.Module):
    """An EdgeNeXt convolution encoder: a ``kernel`` x ``kernel`` depthwise convolution, a
    channel norm (``GroupNorm`` of one group), a 1x1 expansion by ``expand`` with
    ``activation``, a 1x1 projection, a residual."""

    def __init__(self, c: int, kernel: int = 5, expand: int = 2,
                 activation: str = "gelu") -> None:
        super().__init__()
        self.dw = nn.Conv2d(c, c, kernel, padding=kernel // 2, groups=c)
        self.norm = nn.GroupNorm(1, c)
        self.pw1 = nn.Conv2d(c, c * expand, 1)
        self.act = _ACTS[activation]()
        self.pw2 = nn.Conv2d(c * expand, c, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.pw2(self.act(self.pw1(self.norm(self.dw(x)))))


class SDTA(nn.Module):
    """EdgeNeXt's split depthwise transposed attention: the channels split into ``splits``
    groups, each after the first a 3x3 depthwise convolution of itself plus the previous group's
    output (hierarchical); then cross-covariance attention across channels (query and key
    L2-normalised over the positions, a learnt temperature, a ``c`` x ``c`` softmax map applied to
    the values), a residual, then a 1x1 feed-forward with ``activation`` and a residual."""

    def __init__(self, c: int, splits: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        self.splits = splits
        width = c // splits
        self.convs = nn.ModuleList(nn.Conv2d(width, width, 3, padding=1, groups=width)
                                   for _ in range(splits - 1))
        self.norm = nn.GroupNorm(1, c)
        self.qkv = nn.Conv2d(c, 3 * c, 1)
        self.temperature = nn.Parameter(torch.ones(1))
        self.proj = nn.Conv2d(c, c, 1)
        self.ff1 = nn.Conv2d(c, 2 * c, 1)
        self.act = _ACTS[activation]()
        self.ff2 = nn.Conv2d(2 * c, c, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        parts = list(x.chunk(self.splits, dim=1))
        out, prev = [parts[0]], parts[0]
        for conv, part in zip(self.convs, parts[1:], strict=True):
            prev = conv(part + prev)
            out.append(prev)
        x = torch.cat(out, dim=1)
        b, c, hgt, wid = x.shape
        q, k, v = self.qkv(self.norm(x)).flatten(2).chunk(3, dim=1)  # (b, c, hw) each
        q = nn.functional.normalize(q, dim=2)
        k = nn.functional.normalize(k, dim=2)
        attn = torch.softmax(self.temperature * q @ k.transpose(1, 2), dim=2)  # (b, c, c)
        x = x + self.proj((attn @ v).reshape(b, c, hgt, wid))
        return x + self.ff2(self.act(self.ff1(x)))


class EdgeNeXt(nn.Module):
    """An EdgeNeXt-style image model: a 3x3 convolution stem to ``channels[0]``, a convolution
    encoder with a ``kernel``-wide depthwise kernel, a 2x2 stride-2 downsampling convolution to
    ``channels[1]``, a second encoder, an SDTA block, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 24), kernel: int = 5,
                 activation: str = "gelu") -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Conv2d(input_shape[0], c0, 3, padding=1)
        self.enc1 = ConvEncoder(c0, kernel, 2, activation)
        self.down = nn.Conv2d(c0, c1, 2, stride=2)
        self.enc2 = ConvEncoder(c1, 3, 2, activation)
        self.sdta = SDTA(c1, 2, activation)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.enc1(self.stem(x))
        h = self.sdta(self.enc2(self.down(h)))
        return self.head(h.mean(dim=(2, 3)))


class ALiBiBlock(nn.Module):
    """A post-norm transformer block whose self-attention adds ALiBi biases: head ``i`` of
    ``heads`` subtracts ``2^(-8 (i+1) / heads)`` times the distance between positions from its
    scores (no position embeddings anywhere); then a feed-forward of ``2 d`` with ``activation``
    applied to ``gain`` times its pre-activation."""

    def __init__(self, d: int, heads: int, steps: int, activation: str, gain: float) -> None:
        super().__init__()
        self.heads, self.dh = heads, max(d // heads, 1)
        self.qkv = nn.Linear(d, 3 * heads * self.dh)
        self.out = nn.Linear(heads * self.dh, d)
        slopes = torch.tensor([2.0 ** (-8.0 * (i + 1) / heads) for i in range(heads)])
        pos = torch.arange(steps, dtype=torch.float32)
        dist = (pos[None, :] - pos[:, None]).abs()
        self.register_buffer("bias", -slopes[:, None, None] * dist[None], persistent=False)
        self.norm1 = nn.LayerNorm(d)
        self.ff1 = nn.Linear(d, 2 * d)
        self.act = _Shifted(activation, gain)
        self.ff2 = nn.Linear(2 * d, d)
        self.norm2 = nn.LayerNorm(d)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, _ = x.shape
        q, k, v = self.qkv(x).reshape(b, t, 3, self.heads, self.dh).permute(2, 0, 3, 1, 4)
        scores = q @ k.transpose(-1, -2) / math.sqrt(self.dh) + self.bias
        h = (torch.softmax(scores, dim=-1) @ v).transpose(1, 2).reshape(b, t, -1)
        x = self.norm1(x + self.out(h))
        return self.norm2(x + self.ff2(self.act(self.ff1(x))))


class ALiBiTransformer(nn.Module):
    """An ALiBi transformer over the flattened sequence of ``features`` readings a step: a linear
    embedding of each step to ``d``, ``layers`` ALiBi blocks, the mean over time to a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 d: int = 16, heads: int = 2, layers: int = 1, activation: str = "relu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, d)
        self.blocks = nn.Sequential(*(ALiBiBlock(d, heads, self.steps, activation, gain)
                                      for _ in range(layers)))
        self.head = nn.Linear(d, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        return self.head(self.blocks(self.embed(seq)).mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout375"
RP = _factory(f"{HERE}:ripples", seed=3750)
SG = _factory(f"{HERE}:sigils", seed=3751)
GA = _factory(f"{HERE}:gauges", seed=3752)
OU = _factory(f"{HERE}:outputs", seed=3753)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3754)


def _fm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FinalMLP", "args": args}


def _enx(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:EdgeNeXt", "args": args}


def _alibi(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ALiBiTransformer", "args": args}


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.4 and alpha 0.97."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.4, "alpha": 0.97}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with eps 1e-6 and weight decay 0.005."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.005, "eps": 1e-6}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.9, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.995)}, **kw)


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
    Case("h375_divergence_outputs_raw_finalmlp_sgd", "the outputs regression times 250 plus "
         "5000 (targets unscaled), the FinalMLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _fm(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 6e11 at the second, Inf "
                      f"at the third"), verdict="failed"),
    Case("h375_exploding_gauges_finalmlp_depth6_std1", "the FinalMLP with 6 ReLU layers of 24 "
         "in each stream and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GA, "model": {**_fm(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("gradient norms 299 to 1.9e7 (healthy at most 13.8); the validation loss "
                      "2.2e6 to 1.7e6 (falling 22%, so not_training only allowed) with accuracy "
                      "0.275 to 0.2786 against a majority share of 0.3; update ratios at most "
                      "5e-4, a side effect of the LR; 34% of the test predictions in one class"),
         verdict="failed"),
    Case("h375_dead_relu_gauges_finalmlp_shift10", "the FinalMLP of 32 on the gauges with its "
         "streams' ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _fm(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every stream unit logged dead (healthy runs 0%), so no gradient reaches any "
                      "layer (norms 0): the validation loss 1.383 to 1.378 (ln 4); accuracy 0.3, "
                      "the majority share; every test prediction in one class"), verdict=TP),
    Case("h375_dead_relu_gauges_finalmlp_depth3_rmsprop_lr01", "the FinalMLP with 3 ReLU layers "
         "of 32 a stream on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _fm(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}: the step loss 1.415 at the first step, 1.6e6 at the second, "
                      f"and it ends near 26 (18 times its start; validation loss 36); 84% of a "
                      f"stream's "
                      f"second layer and 72% of its third logged dead (healthy 0%); first update "
                      f"ratios 4.8 to 9.5; accuracy 0.325 against a majority share of 0.3; 72% "
                      f"of the test predictions in one class"), verdict="failed"),
    Case("h375_update_ratio_high_ripples_alibi_adagrad_lr2", "the ALiBi transformer of 16 on "
         "the ripples, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RP, "model": _alibi(d=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "dead_relu", "exploding_gradients",
                "not_training"),
         why_allowed=("first update ratios 2 to 19.8, quarter means up to 0.595 (healthy quarter "
                      "means at most 0.061); the epoch loss 25.4 in the first epoch (a blow-up it "
                      "comes back from), then 1.07 at the end; accuracy 0.55 "
                      "(training 0.48) against the baseline 0.7 and healthy 0.9125 and up; the "
                      "validation loss lowest at its end (1.081); 43% of the test predictions in "
                      "one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h375_update_ratio_low_sigils_edgenext_sgd_lr1e9", "the EdgeNeXt CNN on the sigils, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": SG, "model": _enx(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.407 at every epoch; update ratios at most 1.05e-11 "
                      "(healthy quarter means at least 7.4e-5); accuracy 0.2667 against a "
                      "majority share of 0.2583; 99% of the test predictions in one class"),
         verdict=TP),
    Case("h375_update_ratio_low_ripples_alibi_rmsprop_lr1e10", "the ALiBi transformer of 16 on "
         "the ripples, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _alibi(d=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.419 at every epoch; update ratios at most 6.3e-9; "
                      "accuracy 0.25 against a majority share of 0.2687; every test prediction in "
                      "one class"), verdict=TP),
    Case("h375_vanishing_gauges_finalmlp_depth12_sigmoid_std005", "the FinalMLP with 12 sigmoid "
         "layers of 16 a stream and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_fm(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first stream layers' gradients 7.8e-18 to 2e-17 (healthy first norms at "
                      "least 2e-3); the validation loss 1.385 to 1.392 (ln 4); accuracy 0.2714 "
                      "against a majority share of 0.3, every test prediction in one class"),
         verdict=TP),
    Case("h375_saturated_ripples_alibi_tanh_gain8_rmsprop", "the ALiBi transformer of 16 on the "
         "ripples with a tanh feed-forward fed 8 times its pre-activation, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": RP, "model": _alibi(d=16, activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients",
                 "predictions_collapsed"),
         why_allowed=("65% of the feed-forward tanh outputs saturated (healthy tanh at most 2%); "
                      "the validation loss 1.364 to 1.346 (ln 4); accuracy 0.2938 against a "
                      "majority share of 0.2687; 85% of the test predictions in one class"),
         verdict=TP),
    Case("h375_slow_start_gauges_finalmlp_depth4_std01_momentum9", "the FinalMLP with 4 ReLU "
         "layers of 32 a stream and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_fm(width=32, depth=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 8.5e-4 to 0.017 and first update ratios 2.6e-6 to "
                      "1.8e-4 (the healthy runs' first norms 2e-3 and up, so not clearly "
                      "smaller); 19% "
                      "of one stream layer's units logged dead (healthy 0%); the validation loss "
                      "1.374 to 1.329 with accuracy 0.3 (the majority share) over the first 5 of "
                      "15 epochs, then 0.4166 at the end, 0.9% above its epoch-12 minimum; "
                      "accuracy 0.8536 (healthy 0.775 to 0.8643)"), verdict=TP),
    Case("h375_unshuffled_gauges_finalmlp_rmsprop", "the gauges sorted by label, never "
         "shuffled, the FinalMLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _fm(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.2% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 38.8%); the "
                      "validation loss 1.599 to 1.405, lowest at the end; accuracy 0.2893 against "
                      "a majority share of 0.3; 35% of the test predictions in one class"),
         verdict=TP),
    Case("h375_mse_softmax_ripples_alibi_adam", "the ripples trained with square error on the "
         "softmax, the ALiBi transformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RP, "model": _alibi(d=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9125 (healthy 0.9125 and up); the "
                      "validation loss 10.8% above its epoch-7 minimum"), verdict=TP),
    Case("h375_noisy_gauges_finalmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "FinalMLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _fm(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.77 times its mean over the second half (healthy "
                      "runner runs 0.40 to 0.90); the validation loss 0.812 to 0.641 and "
                      "accuracy 0.664 "
                      "to 0.75 in its two epochs, still improving; gradient norms up to 57 on "
                      "single rows"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h375_overfit_gauges_subset40_finalmlp_adamw", "40 rows of the gauges, the FinalMLP "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _fm(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5321 (training 1.0; the healthy runs 0.775 "
                      "and up; the 40-row baseline 0.4821); the validation loss lowest at epoch 1 "
                      "of 150 (5.82), 1.23 times it at the end"), verdict=GP),
    Case("h375_gap_sigils_subset30_edgenext_adam", "30 images of the sigils, the EdgeNeXt CNN "
         "with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**SG, "subset": 30}, "model": _enx(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3688 (training 1.0; the healthy runs "
                      "0.8667 and up); the validation loss lowest at epoch 1 of 100 (1.387), "
                      "3.8 times "
                      "it at the end"), verdict=GP),
    Case("h375_underfit_ripples_alibi_d2_adam", "the ripples through an ALiBi transformer of "
         "width 2 and one head, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RP, "model": _alibi(d=2, heads=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("not_training", "overfitting", "not_converged", "noisy_loss", "dead_relu",
                 "update_ratio_high", "vanishing_gradients"),
         why_allowed=("a width of 2 cannot tell four classes: accuracy 0.2437 (training 0.3042) "
                      "against a majority share of 0.2687 and a baseline of 0.7; the validation "
                      "loss 1.426 to 1.393 (1.9% above its epoch-6 minimum), so it barely "
                      "falls; gradient norms down to 1.6e-9; 57.5% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h375_lightning_digits_rmsprop_lr1e20_nan", "Lightning: digits, RMSprop (momentum 0.4, "
         "alpha 0.97) at LR 1e20, 3030 units, batch 24, 3 epochs",
         script=lightning_run(_rm("digits", hidden=(3030,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h375_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.9, 0.995) at LR 1e-10, 3031 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(3031,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.69 at every epoch, the validation loss 0.7036; accuracy "
                      "0.5859 at its initial weights, 0.086 above the majority share"), verdict=TP),
    Case("h375_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(momentum 0.4, alpha 0.97) at LR 1e20 (decaying linearly), 3032 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rm("wine", hidden=(3032,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.066 below the "
                      f"majority share"), verdict="failed"),
    Case("h375_hf_trainer_iris_adamw_lr1e10_stuck", "Hugging Face Trainer names: iris, AdamW "
         "(eps 1e-6, weight decay 0.005) at LR 1e-10 (decaying linearly), 3033 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_aw("iris", hidden=(3033,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.228 at every evaluation; accuracy 0.0667 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h375_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.9, 0.995) at LR 1e20, 3034 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(3034,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h375_keras_digits_subset16_adamw_gap", "Keras names: 16 rows of digits, 3035 units, "
         "AdamW (eps 1e-6, weight decay 0.005) at LR 3e-3, 120 epochs, batch 2",
         script=keras_run(_aw("digits", hidden=(3035,), lr=3e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5292, training 1.0); the "
                      "validation loss lowest at epoch 1 (4.09), 5.82 at the end"), verdict=GP),
    Case("h375_tensorboard_breast_cancer_rmsprop_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "RMSprop (momentum 0.4, alpha 0.97) at LR 1e20, 3036 units, batch 19, 3 epochs",
         script=tensorboard_run(_rm("breast_cancer", hidden=(3036,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the validation loss NaN at every epoch; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h375_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3037 units, NAdam (betas 0.9, 0.995) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_na("circles", hidden=(3037,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150 (0.968), 4.4 times it at the end"),
         verdict=GP),
    Case("h375_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.4, alpha 0.97) at LR 1e-3, 3038 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(3038,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 9.8 at step 2 and settles back to 0.06)"),
         verdict="failed", expect_step=15),
    Case("h375_plain_digits_nadam_lr1e10_stuck", "hand-written loop: digits, NAdam (betas 0.9, "
         "0.995) at LR 1e-10, 3039 units, batch 25, 4 epochs",
         script=plain_run(_na("digits", hidden=(3039,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.321 at every epoch; accuracy 0.1448 at its initial "
                      "weights, within 0.05 of the majority share (about 0.1)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy375_gauges_finalmlp_adam_cosine",
       {"data": GA, "model": _fm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy375_gauges_finalmlp_gelu_adamw_step",
       {"data": GA, "model": _fm(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy375_gauges_finalmlp_rmsprop_exponential",
       {"data": GA, "model": _fm(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 7, "batch_size": 30}}),
    _h("healthy375_gauges_finalmlp_tanh_momentum9_cosine",
       {"data": GA, "model": _fm(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 24}}),
    _h("healthy375_gauges_finalmlp_adagrad_inverse_time",
       {"data": GA, "model": _fm(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy375_outputs_finalmlp_adam_cosine",
       {"data": OU, "model": _fm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy375_outputs_finalmlp_gelu_adamw_cosine",
       {"data": OU, "model": _fm(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy375_sigils_edgenext_adam_cosine",
       {"data": SG, "model": _enx(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 25}}),
    _h("healthy375_sigils_edgenext_relu_adamw_step",
       {"data": SG, "model": _enx(channels=[12, 20], activation="relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy375_sigils_edgenext_rmsprop_cosine",
       {"data": SG, "model": _enx(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy375_sigils_edgenext_adagrad_cosine",
       {"data": SG, "model": _enx(),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy375_ripples_alibi_adam_cosine",
       {"data": RP, "model": _alibi(d=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy375_ripples_alibi_gelu_adamw_exponential",
       {"data": RP, "model": _alibi(d=16, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy375_ripples_alibi_rmsprop_cosine",
       {"data": RP, "model": _alibi(d=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy375_ripples_alibi_momentum9_cosine",
       {"data": RP, "model": _alibi(d=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 20}}),
    _hs("healthy375_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(3030,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy375_lightning_wine_rmsprop",
        lightning_run(_rm("wine", hidden=(3031,), lr=1e-4, epochs=11, batch_size=10)),
        "lightning"),
    _hs("healthy375_lightning_moons_adamw",
        lightning_run(_aw("moons", hidden=(3032,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy375_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(3033,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy375_hf_trainer_iris_rmsprop",
        hf_trainer_run(_rm("iris", hidden=(3034,), lr=3e-4, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy375_keras_circles_nadam",
        keras_run(_na("circles", hidden=(3035,), lr=5e-4, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy375_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(3036,), lr=5e-4, epochs=10, batch_size=10)), "keras"),
    _hs("healthy375_keras_breast_cancer_rmsprop",
        keras_run(_rm("breast_cancer", hidden=(3037,), lr=1e-4, epochs=10, batch_size=20)),
        "keras"),
    _hs("healthy375_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(3038,), lr=1e-3, epochs=14, batch_size=10)),
        "tensorboard"),
    _hs("healthy375_tensorboard_digits_rmsprop",
        tensorboard_run(_rm("digits", hidden=(3039,), lr=1e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy375_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(3030,), lr=1e-3, epochs=12, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy375_plain_sine_rmsprop",
        plain_run(_rm("sine", hidden=(3031,), lr=3e-4, epochs=9, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy375_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(3032,), lr=3e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
