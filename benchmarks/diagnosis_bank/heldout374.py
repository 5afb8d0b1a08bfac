"""The three-hundred-seventy-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs. Every runner case trains a model of this
module through ``model.factory``: :class:`MaxViTLite` (a MaxViT-style image model: a stem
convolution, an inverted-residual convolution, then attention within local 5x5 blocks, then
attention over a dilated 5x5 grid, a layer norm, a mean over the tokens and a linear head),
:class:`UniversalTransformer` (one shared pre-normalised transformer layer applied 3 times over
tokens embedded by a width-3 convolution with a learnt position embedding, a learnt halting
weight per application, the weighted mean state read out) and :class:`MaskNet` (MaskNet-style
serial mask blocks: instance-guided masks from the feature embeddings multiply each block's
input before a linear layer, an optional layer norm and an activation); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`pulses`, 1600 noisy series of 16 steps in 2 readings (the order of a pulse pair in one,
the period of a sine in the other; 4 classes; seed 3740); :func:`tokens`, 2000 10x10 images of a
plus, an X, a gamma corner or a ring at a random place in noise 0.35, 2% random labels (4 classes;
seed 3741); :func:`valves`, a tabular 4-class set of 8 readings (a circle on two readings and a
linear threshold on two more, 3% random labels, 2400 rows; seed 3742); :func:`loads`, a tabular
regression of 8 readings (a sine, a product, an absolute value and a linear term; 1200 rows; seed
3743; times 250 plus 5000 with seed 3744 for the divergence). Script cases use Adam with betas
(0.88, 0.995), Adadelta with rho 0.95 and weight decay 1e-5, and SGD with Nesterov momentum 0.7
on digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a
hidden width of 3020 to 3029. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD,
SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time;
batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses, validation
loss and score, step-loss swing, the share of the step loss's within-epoch variance its position
explains, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and,
for runner cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2771 on the valves, 0.265 on the tokens, 0.2594 on the pulses. Baselines (validation): accuracy
0.6687 (valves), 0.48 (tokens), 0.8187 (pulses); R2 0.7467 (loads), 0.649 (the raw loads).

Measured healthy ranges (runner): update-ratio quarter means at most 0.061; the
``update_ratio_high`` run's first-quarter means 0.14 to 0.26 (single steps up to 14); the
``update_ratio_low`` runs at most 2.2e-10 and 3.6e-9. Dead fractions at most 19% in the healthy
runs (the loads MaskNet's second block); the shifted MaskNet's 100%, the RMSprop-killed MaskNet's
69% and 84%. Saturated tanh outputs at most 3.3% in the healthy runs; the gain-12 transformer's
75%, the Adagrad transformer's 100%. Gradient norms 8.4e-5 to 10 in the healthy runs; the
exploding run's 3e9 to 4.9e17, the vanishing run's first block exactly 0. The step loss's position
explains at most 25.4% of its within-epoch variance in the healthy runner runs; the unshuffled run
98.5%. The step-loss swing is 0.29 to 1.78 in the healthy runner runs, 2.7 in the batch-1 run (so
``noisy_loss`` is only allowed there and its state, still falling, is ``not_converged``). Healthy
scores (validation): valves 0.8958-0.9396, tokens 0.9025-0.94, pulses 0.9313-0.9531, loads R2
0.9288 and 0.9339.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first pulses (800 series, embedded one step at a time with a small position embedding) left the
transformer at chance (0.25, every step's reading set alike in both orders), so the tokens are
now embedded by a width-3 convolution with a larger position embedding, and the set grew to 1600
series (the baseline rose to 0.8187); the first valves (1400 rows, 15 epochs) overfit after epoch
6, so the set grew to 2400 rows and the healthy MaskNets train 7 or 8 epochs; the transformer
under momentum 0.9 (LR 0.03 then 0.08, 0.49 to 0.51) became Adam with a step schedule (13
epochs); the runs that ended above their minimum were cut at it (the valves Adam and RMSprop runs
at 7 epochs, the pulses Adam cosine at 12, the tokens AdamW step at 9, Lightning's moons 12,
Keras' wine 11, the loop's breast cancer 8), each trained again and ending at its lowest
validation loss.

Not met: the planned healthy transformer under RMSprop (LR 2e-3, then 3e-3, then 1e-3, 0.65,
0.54, 0.80) stayed more than 0.1 below the best pulses run, so it is a fault
(``underfitting``, in ``LATE``) and has no replacement; the planned healthy loop on the sine
under Adadelta (LR 0.5) swung between R2 0.85 and -2.9 and was removed, with no replacement; so
the part holds 27 faults and 26 healthy runs, not 26 and 28. The runs are slower than asked (the
MaxViT-style runs 16 to 28 s). The ``update_ratio_high`` run's first-quarter means are only 2.3 to
4.3 times the healthy maximum, though its single steps reach 14. The loads Adam run ends 0.4%
above its epoch-16 minimum; the changed cases were checked in stores beside the first, and the
measured ranges above mix the rounds.

Labels from the metrics: every test prediction falls in one class in the shifted MaskNet, the
Adagrad transformer, the vanishing run and the width-2 transformer, 99.7% in the stuck
transformer and 99.4% in the killed MaskNet, so ``predictions_collapsed`` is expected there,
allowed in the stuck MaxViT (81%); the unshuffled run scores 0.4667 (not at chance, far below the
baseline: ``underfitting``); the exploding run's loss is NaN at its fourth step, so it has
``nan_loss`` and has failed; the saturated transformer scores 0.056 above the majority share
(allowed). Keras' moons scores 0.5, the majority share (``at_chance`` expected); the other script
faults' ``at_chance`` is allowed only, their scores not all read.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 26)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 12)
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


def pulses(n: int = 1600, steps: int = 16, noise: float = 0.4, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings;
    reading 0 holds a pulse pair of 1.6 at a random time, up then down or down then up;
    reading 1 a sine of amplitude 0.9 and random phase with a period of 4 or of 8 steps; the
    class is the pair's order times 2 plus the period (4 classes). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    t = np.arange(steps)
    for i, label in enumerate(y):
        sign = 1.0 if label // 2 else -1.0
        s = int(rng.integers(0, steps - 3))
        x[i, s, 0] += 1.6 * sign
        x[i, s + 2, 0] -= 1.6 * sign
        period = 4.0 if label % 2 else 8.0
        x[i, :, 1] += 0.9 * np.sin(2 * np.pi * t / period + rng.uniform(0, 2 * np.pi))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_GAMMA = np.array([[1, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def tokens(n: int = 2000, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 token each at a random
    place (4 classes: a plus, an X, a gamma corner, a ring), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _GAMMA, _RING), n, 10, noise, flip, seed)


def valves(n: int = 2400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether reading 0
    and reading 1 lie outside the circle ``x0^2 + x1^2 = 1.4`` times 2 plus whether
    ``x2 - 0.6 x3`` exceeds -0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn
    at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > -0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, the absolute value of a fourth and a linear fifth plus noise 0.3,
    times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.2 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * np.abs(x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class MaxViTLite(nn.Module):
    """A MaxViT-style image model: a 3x3 stem convolution to ``dim`` channels, an
    inverted-residual convolution (a 1x1 expansion by ``expand``, a 3x3 depthwise convolution
    and a 1x1 projection, ``activation`` after the first two, with its residual), then
    pre-normalised self-attention within local ``window`` x ``window`` blocks, then
    pre-normalised self-attention over a dilated grid (tokens ``size // window`` apart), both
    with residuals, a layer norm, the mean over the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 expand: int = 2, window: int = 5, heads: int = 2,
                 activation: str = "gelu") -> None:
        super().__init__()
        mid = dim * expand
        self.window = window
        self.stem = nn.Conv2d(input_shape[0], dim, 3, padding=1)
        self.expand = nn.Conv2d(dim, mid, 1)
        self.act1 = _ACTS[activation]()
        self.depthwise = nn.Conv2d(mid, mid, 3, padding=1, groups=mid)
        self.act2 = _ACTS[activation]()
        self.project = nn.Conv2d(mid, dim, 1)
        self.norm_block = nn.LayerNorm(dim)
        self.attn_block = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm_grid = nn.LayerNorm(dim)
        self.attn_grid = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm_out = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x)
        h = h + self.project(self.act2(self.depthwise(self.act1(self.expand(h)))))
        b, d, rows, cols = h.shape
        w = self.window
        g = rows // w
        t = h.permute(0, 2, 3, 1)  # (b, rows, cols, d)
        # block attention: the tokens of one w x w window attend to each other
        blk = t.reshape(b, g, w, g, w, d).permute(0, 1, 3, 2, 4, 5).reshape(b * g * g, w * w, d)
        n = self.norm_block(blk)
        blk = blk + self.attn_block(n, n, n, need_weights=False)[0]
        t = blk.reshape(b, g, g, w, w, d).permute(0, 1, 3, 2, 4, 5).reshape(b, rows, cols, d)
        # grid attention: tokens g apart (a dilated w x w grid) attend to each other
        grd = t.reshape(b, w, g, w, g, d).permute(0, 2, 4, 1, 3, 5).reshape(b * g * g, w * w, d)
        n = self.norm_grid(grd)
        grd = grd + self.attn_grid(n, n, n, need_weights=False)[0]
        t = grd.reshape(b, g, g, w, w, d).permute(0, 3, 1, 4, 2, 5).reshape(b, rows * cols, d)
        return self.head(self.norm_out(t).mean(dim=1))


class UniversalTransformer(nn.Module):
    """A Universal-Transformer-style sequence model: each step is embedded to ``dim`` from the
    ``features`` readings of it and its two neighbours (a convolution of width 3) plus a learnt
    position embedding, then one shared pre-normalised
    transformer layer (self-attention of ``heads`` heads, a feed-forward of ``2 dim`` with
    ``activation`` fed ``gain`` times its pre-activation) is applied ``depth`` times, a learnt
    depth embedding added before each; after each application a learnt halting layer gives the
    mean state a weight (a softmax over the applications), and the weighted mean state goes
    through a layer norm to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, depth: int = 3, heads: int = 2, activation: str = "relu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.depth, self.gain = features, depth, gain
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Conv1d(features, dim, 3, padding=1)
        self.pos = nn.Parameter(0.5 * torch.randn(self.steps, dim))
        self.depth_embed = nn.Parameter(torch.zeros(depth, dim))
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.ff1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.ff2 = nn.Linear(2 * dim, dim)
        self.halt = nn.Linear(dim, 1)
        self.norm_out = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features).transpose(1, 2)
        h = self.embed(seq).transpose(1, 2) + self.pos
        states, logits = [], []
        for s in range(self.depth):
            h = h + self.depth_embed[s]
            n = self.norm1(h)
            h = h + self.attn(n, n, n, need_weights=False)[0]
            h = h + self.ff2(self.act(self.gain * self.ff1(self.norm2(h))))
            pooled = h.mean(dim=1)
            states.append(pooled)
            logits.append(self.halt(pooled))
        weights = torch.softmax(torch.cat(logits, dim=1), dim=1)  # (batch, depth)
        out = (weights.unsqueeze(-1) * torch.stack(states, dim=1)).sum(dim=1)
        return self.head(self.norm_out(out))


class MaskNet(nn.Module):
    """A MaskNet-style tabular model: every reading is embedded to ``embed`` numbers (its value
    times a learnt vector plus a learnt bias); ``blocks`` serial mask blocks follow, each
    multiplying its input (the layer-normalised embeddings first, then the previous block's
    output) by an instance-guided mask (a ReLU layer of ``width`` and a linear layer, computed
    from the raw embeddings), then a linear layer of ``width``, a layer norm (where ``norm``),
    a shift of ``shift`` and ``activation``; a linear head reads the last block."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 4,
                 width: int = 32, blocks: int = 2, activation: str = "relu",
                 norm: bool = True, shift: float = 0.0) -> None:
        super().__init__()
        d = int(np.prod(input_shape))
        n_emb = d * embed
        self.emb_w = nn.Parameter(0.5 * torch.randn(d, embed))
        self.emb_b = nn.Parameter(torch.zeros(d, embed))
        self.emb_norm = nn.LayerNorm(n_emb) if norm else nn.Identity()
        sizes = [n_emb] + [width] * blocks
        self.masks = nn.ModuleList(
            nn.Sequential(nn.Linear(n_emb, width), nn.ReLU(), nn.Linear(width, sizes[i]))
            for i in range(blocks))
        self.layers = nn.ModuleList(nn.Linear(sizes[i], width) for i in range(blocks))
        self.norms = nn.ModuleList(nn.LayerNorm(width) if norm else nn.Identity()
                                   for _ in range(blocks))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(blocks))
        self.shift = shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        e = (x.flatten(1)[:, :, None] * self.emb_w + self.emb_b).flatten(1)
        h = self.emb_norm(e)
        for mask, layer, norm, act in zip(self.masks, self.layers, self.norms, self.acts,
                                          strict=True):
            h = act(norm(layer(mask(e) * h)) + self.shift)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout374"
PU = _factory(f"{HERE}:pulses", seed=3740)
TK = _factory(f"{HERE}:tokens", seed=3741)
VV = _factory(f"{HERE}:valves", seed=3742)
LD = _factory(f"{HERE}:loads", seed=3743)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3744)


def _mask(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MaskNet", "args": args}


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MaxViTLite", "args": args}


def _ut(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:UniversalTransformer", "args": args}


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.88, 0.995)."""
    return _s(data, optim="adam", optim_args={"betas": (0.88, 0.995)}, **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7, "nesterov": True}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.95 and weight decay 1e-5."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.95, "weight_decay": 1e-5}, **kw)


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
    Case("h374_divergence_loads_raw_masknet_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the MaskNet of 20, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _mask(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.9e7 at the first step, 1.7e14 at the third, NaN "
                      f"by the fifth"), verdict="failed"),
    Case("h374_exploding_valves_masknet6_nonorm_std1", "the MaskNet with 6 ReLU mask blocks of 24"
         " without layer norms and N(0, 1) init on the valves, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": VV, "model": {**_mask(width=24, blocks=6, norm=False), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss"),
         allow=("divergence", "underfitting", "update_ratio_high", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed", "at_chance", "not_training"),
         why_allowed=("gradient norms 3e9 to 4.9e17 from the first step (healthy at most 10); the"
                      " step loss 7.2e9 at the first step, NaN at the fourth, though the LR is "
                      "1e-10; update ratios up to 1.8e6 as the numbers overflow"),
         verdict="failed"),
    Case("h374_dead_relu_valves_masknet_shift10", "the MaskNet of 32 on the valves with its "
         "blocks' ReLU pre-activations shifted by -10, so no block unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": VV, "model": _mask(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every block unit logged dead (healthy at most 19%), so the validation loss"
                      " stays 1.385 to 1.382 (ln 4); accuracy 0.2687 against a majority share of "
                      "0.2771, every test prediction in one class"), verdict=TP),
    Case("h374_dead_relu_valves_masknet_nonorm_rmsprop_lr01", "the MaskNet with 2 ReLU blocks "
         "of 32 without layer norms on the valves, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": VV, "model": _mask(width=32, norm=False),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance", "dead_relu", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("the validation loss 3.65 to 2.08 (above ln 4, so a blow-up it came back "
                      "from); 69% of the second block's units and 84% of the first mask layer's "
                      "logged dead at the end (healthy at most 19%); accuracy 0.2271 against a "
                      "majority share of 0.2771; 99.4% of the test predictions in one class"),
         verdict=TP),
    Case("h374_update_ratio_high_pulses_ut_tanh_adagrad_lr2", "the Universal Transformer of 16 "
         "with a tanh feed-forward on the pulses, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": PU, "model": _ut(activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.14 to 0.26, single steps up to 14 "
                      "(healthy first-quarter means at most 0.061); every tanh output of the "
                      "feed-forward saturated (healthy at most 3.3%); the validation loss 1.90 to"
                      " 1.46, above ln 4; accuracy 0.2594 against a majority share of 0.2594, "
                      "every test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h374_update_ratio_low_tokens_maxvit_sgd_lr1e9", "the MaxViT-style model on the "
         "tokens, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TK, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.405 at every epoch; update ratios at most 2.2e-10 "
                      "(healthy at least 1e-6); accuracy 0.2775 against a majority share of "
                      "0.265; 81% of the test predictions in one class (below 90%)"), verdict=TP),
    Case("h374_update_ratio_low_pulses_ut_rmsprop_lr1e10", "the Universal Transformer of 16 on "
         "the pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _ut(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.427 at every epoch; update ratios at most 3.6e-9; "
                      "accuracy 0.2594 at the majority share, 99.7% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h374_vanishing_valves_masknet12_sigmoid_std005", "the MaskNet with 12 sigmoid blocks "
         "of 16 without layer norms and N(0, 0.05) init on the valves, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": VV, "model": {**_mask(width=16, blocks=12, activation="sigmoid", norm=False),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first block's gradients exactly 0 (the last block's 2.5e-4 to 1.1e-3; "
                      "healthy norms at least 8.4e-5); the validation loss 1.387 to 1.43 (near ln"
                      " 4); accuracy 0.2271 against a majority share of 0.2771, every test "
                      "prediction in one class"), verdict=TP),
    Case("h374_saturated_pulses_ut_tanh_gain12_rmsprop", "the Universal Transformer of 16 on the "
         "pulses with a tanh feed-forward fed 12 times its pre-activation, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": PU, "model": _ut(activation="tanh", gain=12.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("75% of the feed-forward's tanh outputs saturated (healthy at most 3.3%); "
                      "the validation loss 1.381 to 1.357 (ln 4); accuracy 0.3156, 0.056 above "
                      "the majority share 0.2594; 46% of the test predictions in one class"),
         verdict=TP),
    Case("h374_slow_start_valves_masknet3_nonorm_std015_momentum9", "the MaskNet with 3 ReLU "
         "blocks of 32 without layer norms and N(0, 0.15) init on the valves, SGD with momentum "
         "0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": VV, "model": {**_mask(width=32, blocks=3, norm=False), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 1e-3 to 4e-3 (healthy at least 8.4e-5, so not below);"
                      " the validation loss 1.382 to 1.374 over the first 7 epochs of 15, then "
                      "0.48 at epoch 13 and 0.558 at the end; accuracy 0.8208 against healthy "
                      "0.9083 and up"), verdict=TP),
    Case("h374_unshuffled_valves_masknet_rmsprop", "the valves sorted by label, never shuffled, "
         "the MaskNet of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**VV, "order": "by_label", "shuffle": False},
          "model": _mask(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 98.5% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 25.4%); the "
                      "validation loss 1.396 to 1.291, still falling; accuracy 0.4667, far below "
                      "the baseline 0.6687; 52% of the test predictions in one class"), verdict=TP),
    Case("h374_mse_softmax_pulses_ut_adam", "the pulses trained with square error on the "
         "softmax, the Universal Transformer of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": PU, "model": _ut(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9406 (healthy 0.9313 and up on the"
                      " pulses); the validation loss lowest at the end"), verdict=TP),
    Case("h374_noisy_valves_masknet_b1_adam", "the valves one row at a time (batch 1), the "
         "MaskNet of 32, Adam at LR 1e-3, 2 epochs",
         {"data": VV, "model": _mask(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 2.7 times its mean over the second half (healthy "
                      "runner runs up to 1.78, not clearly outside); the validation loss 0.4582 "
                      "to 0.4512, still falling; accuracy 0.8458 against healthy 0.9083 and up"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h374_overfit_valves_subset40_masknet_adamw", "40 rows of the valves, the MaskNet of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**VV, "subset": 40}, "model": _mask(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4458 (training 1.0; the healthy runs 0.8958"
                      " and up); the validation loss lowest at epoch 2 of 150 (1.39), 3.3 times "
                      "it at the end"), verdict=GP),
    Case("h374_gap_tokens_subset30_maxvit_adam", "30 images of the tokens, the MaxViT-style "
         "model of 24, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TK, "subset": 30}, "model": _vit(dim=24),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3875 (training 1.0; the healthy runs "
                      "0.9025 and up); the validation loss lowest at epoch 4 of 100 (1.386), 1.97"
                      " times it at the end"), verdict=GP),
    Case("h374_underfit_pulses_ut_dim2_adam", "the pulses through a Universal Transformer of "
         "width 2 (one head), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PU, "model": _ut(dim=2, heads=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "not_training"),
         why_allowed=("width 2 cannot tell four classes: the validation loss 1.386 (ln 4) from "
                      "epoch 6 on; accuracy 0.2594 at the majority share (training 0.2625), far "
                      "below the baseline 0.8187; every test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h374_lightning_digits_nesterov7_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.7 at LR 1e20, 3020 units, batch 24, 3 epochs",
         script=lightning_run(_nv("digits", hidden=(3020,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the validation loss NaN at every epoch"), verdict="failed"),
    Case("h374_lightning_circles_adam_betas_lr1e10_stuck", "Lightning: circles (640 points, "
         "noise 0.1), Adam (betas 0.88, 0.995) at LR 1e-10, 3021 units, batch 20, 3 epochs",
         script=lightning_run(_ab("circles", hidden=(3021,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7046 at every epoch at its initial weights"),
         verdict=TP),
    Case("h374_hf_trainer_wine_nesterov7_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.7 at LR 1e20 (decaying linearly), 3022 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(3022,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h374_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (rho 0.95, weight decay 1e-5) at LR 1e-10 (decaying linearly), 3023 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(3023,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.192 at every evaluation; accuracy 0.2333 at its "
                      "initial weights, below 1/3"), verdict=TP),
    Case("h374_keras_moons_adam_betas_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.88, 0.995) at LR 1e20, 3024 units, batch 20, 3 epochs",
         script=keras_run(_ab("moons", hidden=(3024,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h374_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 3025 units,"
         " Adadelta (rho 0.95, weight decay 1e-5) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(3025,), lr=1.0, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5515, training 1.0); the "
                      "validation loss lowest at epoch 2 of 120 (2.349), 1.21 times it at the end"),
         verdict=GP),
    Case("h374_tensorboard_breast_cancer_nesterov7_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.7 at LR 1e20, 3026 units, batch 19, 3 epochs",
         script=tensorboard_run(_nv("breast_cancer", hidden=(3026,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the validation loss NaN; accuracy 0.3684, far below 0.63"),
         verdict="failed"),
    Case("h374_tensorboard_circles_subset8_adam_betas_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3027 units, Adam (betas 0.88, 0.995) at LR 3e-3, 150 epochs,"
         " batch 2",
         script=tensorboard_run(_ab("circles", hidden=(3027,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest early (1.738), 2.37 times it at the end"),
         verdict=GP),
    Case("h374_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.95, weight decay 1e-5) at LR 1.0, 3028 units,"
         " batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(3028,), lr=1.0, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also climbs from 0.86 to 25 in the first steps and settles back "
                      "to 9)"), verdict="failed", expect_step=15),
    Case("h374_plain_digits_nesterov7_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.7 at LR 1e-10, 3029 units, batch 25, 4 epochs",
         script=plain_run(_nv("digits", hidden=(3029,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.306 at every epoch at its initial weights"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy374_valves_masknet_adam_cosine",
       {"data": VV, "model": _mask(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy374_valves_masknet_gelu_adamw_step",
       {"data": VV, "model": _mask(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 8, "batch_size": 26}}),
    _h("healthy374_valves_masknet_rmsprop_exponential",
       {"data": VV, "model": _mask(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.7},
        "train": {"epochs": 7, "batch_size": 30}}),
    _h("healthy374_valves_masknet_tanh_momentum9_cosine",
       {"data": VV, "model": _mask(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy374_valves_masknet_adagrad_inverse_time",
       {"data": VV, "model": _mask(width=24),
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "inverse_time"},
        "train": {"epochs": 8, "batch_size": 27}}),
    _h("healthy374_loads_masknet_adam_cosine",
       {"data": LD, "model": _mask(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy374_loads_masknet_gelu_adamw_cosine",
       {"data": LD, "model": _mask(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy374_tokens_maxvit_adam_cosine",
       {"data": TK, "model": _vit(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy374_tokens_maxvit_relu_adamw_step",
       {"data": TK, "model": _vit(activation="relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 9, "batch_size": 28}}),
    _h("healthy374_tokens_maxvit_rmsprop_cosine",
       {"data": TK, "model": _vit(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy374_tokens_maxvit_momentum9_cosine",
       {"data": TK, "model": _vit(),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy374_pulses_ut_adam_cosine",
       {"data": PU, "model": _ut(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy374_pulses_ut_gelu_adamw_exponential",
       {"data": PU, "model": _ut(activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy374_pulses_ut_adam_step",
       {"data": PU, "model": _ut(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 13, "batch_size": 20}}),
    _hs("healthy374_lightning_digits_adam_betas",
        lightning_run(_ab("digits", hidden=(3020,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy374_lightning_wine_nesterov7",
        lightning_run(_nv("wine", hidden=(3021,), lr=3e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy374_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(3022,), lr=0.5, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy374_hf_trainer_breast_cancer_adam_betas",
        hf_trainer_run(_ab("breast_cancer", hidden=(3023,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy374_hf_trainer_iris_nesterov7",
        hf_trainer_run(_nv("iris", hidden=(3024,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy374_keras_circles_adam_betas",
        keras_run(_ab("circles", hidden=(3025,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy374_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(3026,), lr=0.3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy374_keras_breast_cancer_nesterov7",
        keras_run(_nv("breast_cancer", hidden=(3027,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy374_tensorboard_iris_adam_betas",
        tensorboard_run(_ab("iris", hidden=(3028,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy374_tensorboard_digits_nesterov7",
        tensorboard_run(_nv("digits", hidden=(3029,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy374_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(3020,), lr=0.5, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy374_plain_breast_cancer_adam_betas",
        plain_run(_ab("breast_cancer", hidden=(3022,), lr=5e-4, epochs=8, batch_size=20)),
        "pytorch"),
)

# a planned healthy run that fell short, placed after the better pulses runs it is judged against
LATE: tuple[Case, ...] = (
    Case("h374_underfit_pulses_ut_rmsprop_cosine", "planned healthy: the Universal Transformer "
         "of 16 on the pulses, plain RMSprop at LR 1e-3 (cosine), batch 30, 15 epochs",
         {"data": PU, "model": _ut(),
          "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("accuracy 0.8031 (training 0.8385), 0.156 below the part's best pulses run "
                      "(0.9594, placed before it in CASES) and below the baseline 0.8187; the "
                      "validation loss still falling 0.1% in the last epoch"), verdict=TP),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY + LATE
