"""The three-hundred-sixty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written beside another writer's part (not looked at), by someone who saw no diagnosis of its
runs. Built as :mod:`.heldout333` was: every runner case trains a model of this module through
``model.factory``: :class:`PermutatorNet` (a Vision Permutator-style model: a strided 4x4 patch
embedding, blocks that mix the tokens along the height and along the width by separate linear
layers beside a channel-mixing linear layer, with group norms and residuals, and a 1x1 channel
MLP; a global average pool, a dense layer and a linear head), :class:`CosFormerNet` (a
cosFormer-style sequence model: linear attention with ReLU feature maps re-weighted by ``cos``
and ``sin`` of the position, a feed-forward layer and a pooling layer) and :class:`XDeepFM` (an
xDeepFM-style tabular model: field embeddings, a compressed interaction network beside a plain
MLP, a linear part); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`wobbles`, 800 noisy series of 12 steps in 2 readings, each
reading holding a 4-step alternating wobble of 1.6 or none (4 classes; seed 3660);
:func:`letters`, 2400 10x10 images of a U, a Z, a Y or an equals sign at a random place in noise
0.35, 2% random labels (4 classes; seed 3661); :func:`gauges`, a tabular 4-class set of 8
readings (a product and linear thresholds, 3% random labels, 1400 rows; seed 3662);
:func:`outputs`, a tabular regression of 8 readings (1200 rows; seed 3663; times 250 plus 5000
with seed 3664 for the divergence). Script cases use Adam with betas (0.85, 0.995), SGD with
momentum 0.85 and weight decay 5e-4 and Adagrad with an LR decay of 1e-3 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 2940 to
2949.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2857 on the gauges, 0.2604 on the letters, 0.2625 on the wobbles. Baselines (validation):
accuracy 0.6929 (gauges), 0.5604 (letters), 0.7562 (wobbles); R2 0.6379 (outputs), 0.6548 (the
raw outputs).

Measured healthy ranges (runner, first round): update-ratio quarter means at most 0.013 in the
xDeepFMs; dead fractions 0% in the xDeepFMs, at most 44% in the cosFormers' pooling layer and 0%
in their feed-forward layer; saturated tanh outputs at most 1.4% (xDeepFM) and 18% (cosFormer);
gradient norms at most 1.9; the step loss's position explains at most 21% of its within-epoch
variance, its swing 0.45 to 1.34. Healthy scores (validation): gauges 0.83-0.86 (0.80 under
Adadelta, added later), wobbles 0.90-0.975, clean letters 0.96-0.97 (added
later), outputs R2 0.8945 and 0.8997.

Changes after the first round: the healthy gauges runs ended 5% to 14% above their minima
(epochs 3 to 8), so each was cut at its minimum (7, 7, 3, 7 and 8 epochs); the cosFormer under
Adam cut to 14 epochs and under AdamW to 10 (gamma 0.8); Lightning's wine and moons cut at their
minimum (12 epochs). The Permutator first had 2x2 patches and no norms; with norms and 4x4
overlapping patches its healthy runs still reached only 0.55 to 0.67 against a baseline of
0.5604, so the four planned healthy Permutator runs were removed. A second helper (who also
saw no diagnosis) added four healthy runner runs so the part has 28: two Permutators with
1x1 patches from 3x3 kernels on their own letters set (``LT_CLEAN``: the same glyphs and seed,
noise 0.2; the fault cases keep ``LT``), Adam with a cosine schedule (20 epochs, validation
accuracy 0.9604, loss lowest at the end) and AdamW with a step schedule (GELU, cut at its
minimum, 19 epochs, 0.9688), against that set's baseline of 0.9208 (only 0.04 above it: the
set is easy for the baseline too; at noise 0.2 a RMSprop Permutator reached only 0.72 and was
dropped); an xDeepFM under Adadelta on the gauges (cosine, 7 epochs, 0.7964, lowest at the end,
0.068 below the best gauges run) and a cosFormer under SGD with momentum 0.9 on the wobbles
(cosine, 16 epochs, 0.9688, lowest at the end; pooling units at most 31% dead, none at the
end). Checked once each at seed 0; the measured ranges above are not updated from them.
The planned slow start (flat at ln 4 for only 2 of 15 epochs) and the planned saturation
(50% and 42% saturated, the loss still falling) were relabelled from
their metrics to ``underfitting`` and ``not_converged``; the planned RMSprop kill left 31% of the
units dead and blew the loss up to 1.15e4 (relabelled ``divergence``, failed).

Not met: the cosFormer under AdamW ends 0.8% above its epoch-9 minimum; HF's iris ends 5% above
its epoch-10 minimum (linear decay, not cut); the cut gauges runs (all but the RMSprop one
checked again: each lowest at its end or tied) and the cut Lightning runs were not all trained
again after the change (deterministic at seed 0, so their first epochs are the runs first
trained); the loop's sine and breast cancer end at and 0.27% above their minima; the measured ranges
come from the first round. The Permutator's mechanism ranges come from no healthy Permutator.

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


def wobbles(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step wobble (``+h, -h, +h, -h`` of ``height``, its sign drawn at random,
    so a reading's sum does not tell) at a random time or none; the class is which readings
    wobble (4 classes: none, the second, the first, both). Given flattened, time-major
    (``steps * 2`` columns)."""
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


_YOU = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_WYE = np.array([[1, 0, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_EQUALS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)


def letters(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: a U, a Z, a Y, an equals sign), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_YOU, _ZED, _WYE, _EQUALS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``x0 x1 + 0.5 x2`` is positive times 2 plus whether ``x3 - 0.8 x4`` exceeds 0.2; readings 5
    to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] + 0.5 * x[:, 2] > 0).astype(int) + (x[:, 3] - 0.8 * x[:, 4] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, a step of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 1] + 1.4 * np.sin(1.5 * x[:, 2]) + 1.0 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class PermuteBlock(nn.Module):
    """A Vision Permutator block on ``(batch, dim, H, W)`` tokens: a linear layer mixing along
    the height, one along the width and one along the channels, summed and projected, with a
    residual; then a channel MLP (1x1 convolutions to ``2 dim`` and back, ``activation`` with
    its pre-activation shifted by ``shift``), with a residual."""

    def __init__(self, dim: int, height: int, width: int, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(1, dim)
        self.norm2 = nn.GroupNorm(1, dim)
        self.mix_h = nn.Linear(height, height)
        self.mix_w = nn.Linear(width, width)
        self.mix_c = nn.Linear(dim, dim)
        self.proj = nn.Conv2d(dim, dim, 1)
        self.fc1 = nn.Conv2d(dim, 2 * dim, 1)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Conv2d(2 * dim, dim, 1)
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = self.norm1(x)
        h = self.mix_h(y.transpose(2, 3)).transpose(2, 3)
        w = self.mix_w(y)
        c = self.mix_c(y.permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
        x = x + self.proj(h + w + c)
        return x + self.fc2(self.act(self.fc1(self.norm2(x)) + self.shift))


class PermutatorNet(nn.Module):
    """A Vision Permutator-style image model: a ``patch`` x ``patch`` patch embedding (a strided
    convolution to ``dim`` channels), ``blocks`` :class:`PermuteBlock`, a global average pool, a
    dense layer of ``width`` (``activation``, pre-activations shifted by ``shift``) and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 patch: int = 2, blocks: int = 2, width: int = 32, activation: str = "relu",
                 shift: float = 0.0, kernel: int = 4) -> None:
        super().__init__()
        c, h, w = input_shape
        self.embed = nn.Conv2d(c, dim, kernel, stride=patch, padding=(kernel - patch) // 2)
        self.blocks = nn.Sequential(*(PermuteBlock(dim, h // patch, w // patch, activation,
                                                   shift) for _ in range(blocks)))
        self.dense = nn.Linear(dim, width)
        self.act = _ACTS[activation]()
        self.shift = shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.blocks(self.embed(x)).mean(dim=(2, 3))
        return self.head(self.act(self.dense(h) + self.shift))


class CosFormerNet(nn.Module):
    """A cosFormer-style sequence model: each step's ``features`` readings embedded to ``dim``;
    a non-causal linear attention whose queries and keys pass a ReLU feature map and are
    re-weighted by ``cos`` and ``sin`` of ``pi/2 * position / steps`` (cosFormer's
    decomposition, so the attention is a sum of two linear attentions), out-projected with a
    residual; a feed-forward layer of ``width`` (``activation`` of ``gain`` times its
    pre-activation) with a residual; the mean over time goes through a pooling layer (linear and
    ``activation`` of ``gain`` times its pre-activation) to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, width: int = 32, activation: str = "relu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.width, self.gain = features, width, gain
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)
        self.ff1 = nn.Linear(dim, width)
        self.ff_act = _ACTS[activation]()
        self.ff2 = nn.Linear(width, dim)
        self.pool = nn.Linear(dim, dim)
        self.pool_act = _ACTS[activation]()
        self.head = nn.Linear(dim, n_outputs)
        angle = math.pi / 2 * torch.arange(self.steps, dtype=torch.float32) / self.steps
        self.register_buffer("cos", angle.cos()[:, None])
        self.register_buffer("sin", angle.sin()[:, None])

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b = x.shape[0]
        h = self.embed(x.reshape(b, self.steps, self.features))
        q, k, v = torch.relu(self.q(h)), torch.relu(self.k(h)), self.v(h)
        num = h.new_zeros(h.shape)
        den = h.new_zeros(b, self.steps)
        for w in (self.cos, self.sin):
            qw, kw = q * w, k * w
            num = num + torch.einsum("btd,bde->bte", qw, torch.einsum("btd,bte->bde", kw, v))
            den = den + torch.einsum("btd,bd->bt", qw, kw.sum(1))
        h = h + self.out(num / (den[..., None] + 1e-6))
        f = self.ff_act(self.gain * self.ff1(h).reshape(-1, self.width))
        h = h + self.ff2(f.reshape(b, self.steps, self.width))
        return self.head(self.pool_act(self.gain * self.pool(h.mean(dim=1))))


class FieldEmbedding(nn.Module):
    """One ``dim``-vector per field, scaled by the field's value, plus a per-field bias."""

    def __init__(self, fields: int, dim: int) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.randn(fields, dim) * 0.5)
        self.bias = nn.Parameter(torch.zeros(fields, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x[:, :, None] * self.weight + self.bias


class XDeepFM(nn.Module):
    """An xDeepFM-style tabular model: every reading is a field embedded to ``embed``
    dimensions (:class:`FieldEmbedding`); a compressed interaction network (CIN) whose layer
    ``l`` takes the outer products of its previous feature maps with the field embeddings and
    compresses them to ``cin[l]`` maps by a 1x1 convolution, each map sum-pooled over the
    embedding dimension; beside it a plain MLP on the flattened embeddings (``hidden`` layers,
    ``activation``, pre-activations shifted by ``shift``); a linear head on the MLP's output and
    the pooled CIN maps, plus a linear part on the raw readings (``linear``)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 4,
                 cin: tuple[int, ...] = (8, 8), hidden: tuple[int, ...] = (32,),
                 activation: str = "relu", shift: float = 0.0, linear: bool = True) -> None:
        super().__init__()
        m = int(np.prod(input_shape))
        self.embedding = FieldEmbedding(m, embed)
        self.cin = nn.ModuleList()
        prev = m
        for maps in cin:
            self.cin.append(nn.Conv1d(prev * m, maps, 1))
            prev = maps
        self.dense = nn.ModuleList()
        self.acts = nn.ModuleList()
        n_in = m * embed
        for width in hidden:
            self.dense.append(nn.Linear(n_in, width))
            self.acts.append(_ACTS[activation]())
            n_in = width
        self.shift = shift
        self.head = nn.Linear(n_in + sum(cin), n_outputs)
        self.linear = nn.Linear(m, n_outputs) if linear else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        e = self.embedding(x)  # (batch, fields, embed)
        b, m, d = e.shape
        xl, pooled = e, []
        for conv in self.cin:
            z = (xl[:, :, None, :] * e[:, None, :, :]).reshape(b, -1, d)
            xl = conv(z)
            pooled.append(xl.sum(dim=2))
        h = e.reshape(b, m * d)
        for layer, act in zip(self.dense, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        out = self.head(torch.cat([h, *pooled], dim=1))
        return out + self.linear(x) if self.linear is not None else out


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout366"
WB = _factory(f"{HERE}:wobbles", seed=3660)
LT = _factory(f"{HERE}:letters", seed=3661)
LT_CLEAN = _factory(f"{HERE}:letters", noise=0.2, seed=3661)
GA = _factory(f"{HERE}:gauges", seed=3662)
OU = _factory(f"{HERE}:outputs", seed=3663)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3664)


def _vip(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PermutatorNet", "args": args}


def _cos(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CosFormerNet", "args": args}


def _xfm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:XDeepFM", "args": args}


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.995)."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.995)}, **kw)


def _m85(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "weight_decay": 5e-4}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


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
    Case("h366_divergence_outputs_raw_xdeepfm_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the xDeepFM of 24, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _xfm(hidden=[24]),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, 8.4e11 at the second, NaN"
                      f" at the third, with the gradient norms (2301 to 2e11) and update ratios (5"
                      f" to 2.2e8)"), verdict="failed"),
    Case("h366_exploding_gauges_xdeepfm_mlp6_std1", "the xDeepFM with an MLP of 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_xfm(hidden=[24] * 6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2584 at every epoch; gradient norms 590 to 3491 "
                      "(healthy at most 1.9); update ratios at most 1.5e-7, a side effect of the "
                      "LR; accuracy 0.2536 against a majority share of 0.2857; 78.6% of the test "
                      "predictions in one class (below 90%)"), verdict="failed"),
    Case("h366_dead_relu_letters_permutator_shift10", "the Permutator on the letters with every "
         "ReLU pre-activation (channel MLPs and the dense layer) shifted by -10, so no unit "
         "fires, Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": LT, "model": _vip(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the channel MLPs and the dense layer logged dead (healthy "
                      "xDeepFMs 0%, cosFormers at most 44%), so no gradient reaches any layer "
                      "(norms 0): the validation loss 1.387 to 1.386 (ln 4); accuracy 0.2604, the"
                      " majority share, every test prediction in one class"), verdict=TP),
    Case("h366_blowup_gauges_xdeepfm_mlp2_rmsprop_lr01", "the xDeepFM with an MLP of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _xfm(hidden=[32, 32]),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "predictions_collapsed"),
         why_allowed=("the step loss from 1.53 up to 1.15e4 in epoch 1 and still 5 to 11 at the "
                      "end (validation loss 21.9 against healthy 0.6); first-quarter update "
                      "ratios 0.33 to 0.74, first steps up to 13.75; at most 31% of the MLP's "
                      "units dead; accuracy 0.75, above the baseline 0.6929"), verdict="failed"),
    Case("h366_update_ratio_high_wobbles_cosformer_adagrad_lr2", "the cosFormer (tanh units) on "
         "the wobbles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _cos(activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training", "saturated_activation"),
         why_allowed=("first-quarter mean update ratios 0.17 to 0.66, single steps up to 13.7 "
                      "(healthy xDeepFM quarter means at most 0.013); every tanh output saturated"
                      " (the healthy tanh cosFormer's at most 18%); the step loss up to 28.8, the"
                      " validation loss 7.0 to 1.76, above ln 4; accuracy 0.275 against a "
                      "majority share of 0.2625, 159 of 160 test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h366_update_ratio_low_letters_permutator_sgd_lr1e9", "the Permutator on the letters, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": LT, "model": _vip(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.405 at every epoch; update ratios 0 in float (the "
                      "LR 1e-9); accuracy 0.2333, 0.027 below the majority share 0.2604; 99% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h366_update_ratio_low_wobbles_cosformer_rmsprop_lr1e10", "the cosFormer on the "
         "wobbles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _cos(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.400 at every epoch; update ratios at most 2.9e-9; "
                      "accuracy 0.2562 against a majority share of 0.2625; every test prediction "
                      "in one class"), verdict=TP),
    Case("h366_vanishing_gauges_xdeepfm_mlp12_sigmoid_std005", "the xDeepFM with its CIN and "
         "linear part off and an MLP of 12 sigmoid layers of 16 with N(0, 0.05) init on the "
         "gauges, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_xfm(cin=[], hidden=[16] * 12, activation="sigmoid",
                                       linear=False),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first MLP layer's gradients 1.1e-16 to 3.9e-16 (the embedding's 0; "
                      "healthy first norms at least 0.05); the validation loss 1.387 to 1.38 (ln "
                      "4); accuracy 0.2893 against a majority share of 0.2857, every test "
                      "prediction in one class"), verdict=TP),
    Case("h366_saturated_wobbles_cosformer_tanh_gain8_rmsprop", "the cosFormer on the wobbles "
         "with tanh units fed 8 times their pre-activation, plain RMSprop at LR 1e-4, batch 28, "
         "4 epochs",
         {"data": WB, "model": _cos(activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("update_ratio_low", "saturated_activation", "noisy_loss", "unshuffled_data",
                 "not_training", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("the tanh outputs only 50% (feed-forward) and 42% (pooling) saturated, so "
                      "saturation is no clear finding (the healthy tanh cosFormer's 5% and 18%); "
                      "the loss still falls (1.367 to 1.193, the validation loss 1.313 to 1.197, "
                      "its accuracy 0.40 to 0.525): accuracy 0.525, far below the baseline 0.7562"),
         verdict=TP),
    Case("h366_slow_start_gauges_xdeepfm_mlp4_std012_momentum9", "the xDeepFM with its CIN and "
         "linear part off and an MLP of 4 ReLU layers of 32 with N(0, 0.12) init on the gauges, "
         "SGD with momentum 0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_xfm(cin=[], hidden=[32] * 4, linear=False),
                                "init": "normal", "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "not_converged"),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("the validation loss 1.37 and 1.348 over the first 2 epochs of 15 only (no "
                      "long plateau), then 0.909 by epoch 4 and 0.742 at the end (lowest, falling"
                      " 11% in the last epoch, accuracy 0.61 to 0.71); accuracy 0.7143 against "
                      "healthy 0.83 and up; first gradient norms 0.02 to 0.03"), verdict=TP),
    Case("h366_unshuffled_gauges_xdeepfm_rmsprop", "the gauges sorted by label, never shuffled, "
         "the xDeepFM of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _xfm(hidden=[24]),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 21%); the "
                      "validation loss 1.493 to 1.42, above ln 4; accuracy 0.2929 against a "
                      "majority share of 0.2857; 36% of the test predictions in one class"),
         verdict=TP),
    Case("h366_mse_softmax_wobbles_cosformer_adam", "the wobbles trained with square error on "
         "the softmax, the cosFormer, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _cos(),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9563 (healthy 0.9 and up); the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h366_noisy_gauges_xdeepfm_b1_adam", "the gauges one row at a time (batch 1), the "
         "xDeepFM of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _xfm(hidden=[32]),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the validation loss 0.820 to 0.629 in its two epochs, accuracy 0.70 to "
                      "0.81, still improving; the step-loss swing not read as a clear finding"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h366_overfit_gauges_subset40_xdeepfm_adamw", "40 rows of the gauges, the xDeepFM of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _xfm(hidden=[160], cin=[16, 16]),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4964 (training 1.0; the healthy runs 0.83 "
                      "and up); the validation loss lowest at epoch 2 of 150 (1.27), 4.06 times "
                      "it at the end"), verdict=GP),
    Case("h366_gap_letters_subset30_permutator_adam", "30 images of the letters, the Permutator "
         "of 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**LT, "subset": 30}, "model": _vip(dim=32, width=64),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("30 images teach less: accuracy 0.2812 (training 1.0), within 0.05 of the "
                      "majority share 0.2604; the validation loss lowest at epoch 3 or 4 of 100 "
                      "(1.37), 4.06 times it at the end"), verdict=GP),
    Case("h366_underfit_wobbles_cosformer_dim1_adam", "the wobbles through a cosFormer of 1 "
         "dimension and 1 feed-forward unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _cos(dim=1, width=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed", "dead_relu"),
         allow=("overfitting", "not_converged", "noisy_loss", "not_training",
                 "update_ratio_high", "vanishing_gradients"),
         why_allowed=("one dimension and one unit cannot tell four classes: every feed-forward "
                      "and pooling unit dead from epoch 2 (healthy at most 44%), the loss 1.52 "
                      "down to ln 4 (1.386) and flat there; accuracy 0.25, far below the baseline"
                      " 0.7562 and 0.0125 below the majority share 0.2625, every test prediction "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h366_lightning_digits_momentum85_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.85 (weight decay 5e-4) at LR 1e20, 2940 units, batch 24, 3 epochs",
         script=lightning_run(_m85("digits", hidden=(2940,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h366_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.85, 0.995) at LR 1e-10, 2941 units, batch 20, 3 epochs",
         script=lightning_run(_ab("circles", hidden=(2941,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7423 at every epoch; accuracy 0.4141 at its initial "
                      "weights, 0.086 below the majority share (not within 0.05)"), verdict=TP),
    Case("h366_hf_trainer_wine_momentum85_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.85 (weight decay 5e-4) at LR 1e20 (decaying linearly), 2942 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m85("wine", hidden=(2942,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h366_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (LR decay 1e-3) at LR 1e-10 (decaying linearly), 2943 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2943,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.128 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h366_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.85, 0.995) at LR 1e20, 2944 units, batch 20, 3 epochs",
         script=keras_run(_ab("moons", hidden=(2944,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h366_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2945 units, "
         "Adagrad (LR decay 1e-3) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2945,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4234, training 1.0); the "
                      "validation loss lowest at epoch 2 (25.9), 1.21 times it at the end (31.3)"),
         verdict=GP),
    Case("h366_tensorboard_breast_cancer_momentum85_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.85 (weight decay 5e-4) at LR 1e20, 2946 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_m85("breast_cancer", hidden=(2946,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h366_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2947 units, Adam (betas 0.85, 0.995) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_ab("circles", hidden=(2947,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest early (1.587), 2.55 times it at the end"),
         verdict=GP),
    Case("h366_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 0.05, 2948 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(2948,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 1178 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h366_plain_digits_momentum85_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.85 (weight decay 5e-4) at LR 1e-10, 2949 units, batch 25, 4 epochs",
         script=plain_run(_m85("digits", hidden=(2949,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.345 at every epoch; accuracy 0.1058 at its initial "
                      "weights, about the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy366_gauges_xdeepfm_adam_cosine",
       {"data": GA, "model": _xfm(hidden=[32]),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy366_gauges_xdeepfm_gelu_adamw_step",
       {"data": GA, "model": _xfm(hidden=[28], activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 3, "gamma": 0.4},
        "train": {"epochs": 7, "batch_size": 26}}),
    _h("healthy366_gauges_xdeepfm_rmsprop_exponential",
       {"data": GA, "model": _xfm(hidden=[30]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 3, "batch_size": 30}}),
    _h("healthy366_gauges_xdeepfm_tanh_momentum9_cosine",
       {"data": GA, "model": _xfm(hidden=[32], activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 24}}),
    _h("healthy366_gauges_xdeepfm_adagrad_inverse_time",
       {"data": GA, "model": _xfm(hidden=[24]),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 8, "batch_size": 27}}),
    _h("healthy366_outputs_xdeepfm_adam_cosine",
       {"data": OU, "model": _xfm(hidden=[32]),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy366_outputs_xdeepfm_gelu_adamw_cosine",
       {"data": OU, "model": _xfm(hidden=[32], activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy366_wobbles_cosformer_adam_cosine",
       {"data": WB, "model": _cos(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 25}}),
    _h("healthy366_wobbles_cosformer_gelu_adamw_exponential",
       {"data": WB, "model": _cos(dim=20, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy366_wobbles_cosformer_rmsprop_cosine",
       {"data": WB, "model": _cos(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy366_wobbles_cosformer_tanh_adagrad_cosine",
       {"data": WB, "model": _cos(activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy366_letters_clean_permutator_p1_adam_cosine",
       {"data": LT_CLEAN, "model": _vip(patch=1, kernel=3),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy366_letters_clean_permutator_p1_gelu_adamw_step",
       {"data": LT_CLEAN, "model": _vip(patch=1, kernel=3, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 8,
                  "gamma": 0.3},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy366_gauges_xdeepfm_adadelta_cosine",
       {"data": GA, "model": _xfm(hidden=[32]),
        "optim": {"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 25}}),
    _h("healthy366_wobbles_cosformer_momentum9_cosine",
       {"data": WB, "model": _cos(),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 22}}),
    _hs("healthy366_lightning_digits_adam",
        lightning_run(_ab("digits", hidden=(2940,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy366_lightning_wine_momentum85",
        lightning_run(_m85("wine", hidden=(2941,), lr=3e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy366_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2942,), lr=0.01, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy366_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ab("breast_cancer", hidden=(2943,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy366_hf_trainer_iris_momentum85",
        hf_trainer_run(_m85("iris", hidden=(2944,), lr=1e-2, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy366_keras_circles_adam",
        keras_run(_ab("circles", hidden=(2945,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy366_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2946,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy366_keras_breast_cancer_momentum85",
        keras_run(_m85("breast_cancer", hidden=(2947,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy366_tensorboard_iris_adam",
        tensorboard_run(_ab("iris", hidden=(2948,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy366_tensorboard_digits_momentum85",
        tensorboard_run(_m85("digits", hidden=(2949,), lr=6e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy366_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2940,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy366_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2941,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy366_plain_breast_cancer_adam",
        plain_run(_ab("breast_cancer", hidden=(2942,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
