"""The three-hundred-eightieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`CvTNet` (a CvT-style image model: a convolutional token
embedding, a 3x3 convolution with stride 2, then a transformer block whose query, key and value
projections are 3x3 depthwise convolutions over the token grid, each with a 1x1 pointwise mix, a
feed-forward part, a mean over the tokens and a linear head), :class:`BigBirdNet` (a
BigBird-style sequence model: sparse attention where each step sees a sliding window of 2 either
side, two learnt global tokens and 2 fixed random steps, the global tokens seeing everything,
then a feed-forward part, a mean over the tokens and a linear head) and :class:`GatedCrossNet`
(a GDCN-style tabular model: gated cross layers ``x0 * (W x + b) * sigmoid(G x) + x`` beside a
small MLP, both into a linear head; the fault cases with deep MLPs turn the cross layers off); no
case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`chirps`, 800 noisy series of 16 steps in 2 readings, each reading holding
a 4-step chirp of 1.4 (either sign) or none (4 classes; seed 3800); :func:`stamps`, 2400 10x10
images of a U, a Z, a C or a wedge at a random place in noise 0.35, 2% random labels (4 classes;
seed 3801); :func:`meters`, a tabular 4-class set of 8 readings (whether two readings share a sign
and a linear threshold of two more, 3% random labels, 1400 rows; seed 3802); :func:`flows`, a
tabular regression of 8 readings (1200 rows; seed 3803; times 250 plus 5000 with seed 3804 for
the divergence). Script cases use SGD with Nesterov momentum 0.9 and weight decay 1e-4, Adam with
betas (0.8, 0.999) and Adagrad with weight decay 1e-4 on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 3080 to 3089.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses, validation
loss and score, step-loss swing, the share of the step loss's within-epoch variance its position
explains, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for
runner cases, the test confusion matrix, with the diagnosis off: no diagnosis was made. No other
seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2964 on the meters, 0.2583 on the stamps, 0.2688 on the chirps. Baselines (validation): accuracy
0.625 (meters), 0.5854 (stamps), 0.5938 (chirps); R2 0.6412 (flows), 0.6426 (the raw flows).

Measured healthy ranges (runner): update-ratio quarter means 6e-5 to 0.063, single steps up to 0.8
(the CvT under Adagrad); no dead ReLU unit in any healthy run; saturated tanh outputs at most 1%;
gradient norms 2e-4 to 6.5; the step loss's position explains at most 24% of its within-epoch
variance; the step-loss swing 0.27 to 0.75. Healthy scores (validation): meters 0.8143-0.8607,
stamps 0.7479-0.8438, chirps 0.825-0.8875, flows R2 0.8144 and 0.843.

Changes after the first round (each changed case trained once more, diagnosis off): the tanh
gated cross net under momentum 0.9 (LR 0.05, 15 epochs) was lowest at epoch 3, now LR 0.01 and 10
epochs (0.8286); the Adagrad cross net (LR 0.03, 0.7786) now LR 0.06 (0.85); the CvT under RMSprop
(LR 2e-3, 12 epochs, 0.6438) now LR 4e-3 and 15 epochs (0.8438); the CvT under Adagrad (LR 0.05,
0.6833) now LR 0.08 (0.8333); the BigBird under Adam cut from 20 to 16 epochs (0.8% above its
minimum); Lightning's wine cut to 12 epochs, Lightning's moons to 12 and the loop's breast cancer
to 9 (each had ended above its epoch-12 or epoch-9 minimum). First-round relabels: the RMSprop
cross net at LR 0.1 came back from its blow-up (0.7143) and expects ``update_ratio_high``; the
Adagrad BigBird at LR 2 blew up (``divergence``, verdict failed, trained on through it); the
exploding, unshuffled and CvT update-ratio runs are not within 0.05 of the majority share or
not 90% in one class, so those codes are only allowed there.

Not met: the BigBird under Adam ends 0.6% above its epoch-13 minimum, the CvT under Adagrad 0.2%
above its epoch-10 minimum; the CvT under AdamW (0.7479) is 0.096 below the best stamps run.
Labels of the scripts: Lightning's stuck circles score 0.5625, 0.06 above one half, so
``at_chance`` is only allowed there; Keras' 16 digits' validation loss is lowest at its end, so
only ``generalisation_gap`` is expected; TensorBoard's 8 circles end 2.8 times their early
minimum.

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


def chirps(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 1.4,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step chirp (``+h, -h, +h, -h`` or its negative, so a reading's sum does not
    tell) at a random time or none; the class is which readings chirp (4 classes: none, the
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


_YOU = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_SEE = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)
_EFF = np.array([[1, 1, 1], [1, 1, 0], [1, 0, 0]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a U, a Z, a C, a wedge), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_YOU, _ZED, _SEE, _EFF), n, 10, noise, flip, seed)


def meters(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def flows(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, a linear fourth and a step of a fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.0 * x[:, 0] * x[:, 1] + 1.2 * np.sin(1.3 * x[:, 2]) + 0.9 * x[:, 3]
         + 1.0 * (x[:, 4] > 0.0) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


def _attend(q: torch.Tensor, k: torch.Tensor, v: torch.Tensor, heads: int,
            mask: torch.Tensor | None = None) -> torch.Tensor:
    """Scaled dot-product attention over ``(batch, tokens, dim)`` in ``heads`` heads; ``mask``
    (tokens x tokens, True where a query may look) hides the rest."""
    b, t, d = q.shape
    hd = d // heads

    def split(a: torch.Tensor) -> torch.Tensor:
        return a.reshape(b, -1, heads, hd).transpose(1, 2)

    scores = split(q) @ split(k).transpose(-1, -2) / hd ** 0.5
    if mask is not None:
        scores = scores.masked_fill(~mask, float("-inf"))
    out = torch.softmax(scores, dim=-1) @ split(v)
    return out.transpose(1, 2).reshape(b, t, d)


class _FeedForward(nn.Module):
    """A transformer's two-layer feed-forward part: ``activation`` of ``gain`` times the first
    layer's pre-activation plus ``shift``, then the second layer."""

    def __init__(self, dim: int, mult: int, activation: str, gain: float = 1.0,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.fc1 = nn.Linear(dim, dim * mult)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(dim * mult, dim)
        self.gain, self.shift = gain, shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.act(self.gain * self.fc1(x) + self.shift))


class ConvAttentionBlock(nn.Module):
    """A CvT-style transformer block over a ``side`` x ``side`` token grid: the query, key and
    value projections are 3x3 depthwise convolutions over the grid (each followed by a 1x1
    pointwise mix), multi-head attention, then a feed-forward part, each with a pre-norm and a
    residual."""

    def __init__(self, dim: int, heads: int, mult: int, activation: str, gain: float,
                 shift: float) -> None:
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.q, self.k, self.v = (nn.Sequential(nn.Conv2d(dim, dim, 3, padding=1, groups=dim),
                                                nn.Conv2d(dim, dim, 1)) for _ in range(3))
        self.out = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.ff = _FeedForward(dim, mult, activation, gain, shift)

    def forward(self, x: torch.Tensor, side: int) -> torch.Tensor:
        b, t, d = x.shape
        grid = self.norm1(x).transpose(1, 2).reshape(b, d, side, side)
        q, k, v = (p(grid).flatten(2).transpose(1, 2) for p in (self.q, self.k, self.v))
        x = x + self.out(_attend(q, k, v, self.heads))
        return x + self.ff(self.norm2(x))


class CvTNet(nn.Module):
    """A small CvT-style image model: a convolutional token embedding (a 3x3 convolution with
    stride 2 to ``dim`` channels, layer-normalised), ``depth`` convolutional-attention blocks
    (:class:`ConvAttentionBlock`), a mean over the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 depth: int = 1, heads: int = 2, mult: int = 2, activation: str = "relu",
                 gain: float = 1.0, shift: float = 0.0) -> None:
        super().__init__()
        self.embed = nn.Conv2d(input_shape[0], dim, 3, stride=2, padding=1)
        self.norm = nn.LayerNorm(dim)
        self.blocks = nn.ModuleList(ConvAttentionBlock(dim, heads, mult, activation, gain, shift)
                                    for _ in range(depth))
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = self.embed(x)
        side = g.shape[-1]
        h = self.norm(g.flatten(2).transpose(1, 2))
        for block in self.blocks:
            h = block(h, side)
        return self.head(h.mean(dim=1))


class BigBirdNet(nn.Module):
    """A small BigBird-style sequence model: each step's ``features`` readings embedded to
    ``dim`` with a learnt position, two learnt global tokens in front; ``depth`` blocks of sparse
    attention (each position sees a sliding window of ``window`` either side, the two global
    tokens and ``n_random`` fixed random positions; the global tokens see everything) and a
    feed-forward part, pre-norm and residual each; the mean over the tokens goes to a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, depth: int = 1, heads: int = 2, window: int = 2,
                 n_random: int = 2, mult: int = 2, activation: str = "relu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        steps = int(np.prod(input_shape)) // features
        self.heads = heads
        self.embed = nn.Linear(features, dim)
        self.pos = nn.Parameter(torch.randn(steps, dim) * 0.1)
        self.globals_ = nn.Parameter(torch.randn(2, dim) * 0.1)
        t = steps + 2
        mask = torch.zeros(t, t, dtype=torch.bool)
        mask[:2, :] = True
        mask[:, :2] = True
        rng = np.random.default_rng(38)
        for i in range(steps):
            lo, hi = max(0, i - window), min(steps, i + window + 1)
            mask[i + 2, lo + 2:hi + 2] = True
            for j in rng.choice(steps, size=n_random, replace=False):
                mask[i + 2, int(j) + 2] = True
        self.register_buffer("mask", mask)
        self.norms1 = nn.ModuleList(nn.LayerNorm(dim) for _ in range(depth))
        self.qkv = nn.ModuleList(nn.Linear(dim, 3 * dim) for _ in range(depth))
        self.outs = nn.ModuleList(nn.Linear(dim, dim) for _ in range(depth))
        self.norms2 = nn.ModuleList(nn.LayerNorm(dim) for _ in range(depth))
        self.ffs = nn.ModuleList(_FeedForward(dim, mult, activation, gain)
                                 for _ in range(depth))
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], -1, self.features)
        h = self.embed(seq) + self.pos
        h = torch.cat([self.globals_.expand(x.shape[0], -1, -1), h], dim=1)
        for n1, qkv, out, n2, ff in zip(self.norms1, self.qkv, self.outs, self.norms2, self.ffs,
                                        strict=True):
            q, k, v = qkv(n1(h)).chunk(3, dim=-1)
            h = h + out(_attend(q, k, v, self.heads, self.mask))
            h = h + ff(n2(h))
        return self.head(h.mean(dim=1))


class GatedCrossNet(nn.Module):
    """A GDCN-style tabular model: ``cross`` gated cross layers (``x_{l+1} = x0 * (W x_l + b) *
    sigmoid(G x_l) + x_l``, every output scaled by its learnt sigmoid gate) beside an MLP of
    ``depth`` layers of ``width`` (linear and ``activation``, pre-activations shifted by
    ``shift``); both outputs concatenated into a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, cross: int = 2,
                 width: int = 32, depth: int = 1, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.cross = nn.ModuleList(nn.Linear(n_in, n_in) for _ in range(cross))
        self.gates = nn.ModuleList(nn.Linear(n_in, n_in) for _ in range(cross))
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        d = n_in
        for _ in range(depth):
            self.layers.append(nn.Linear(d, width))
            self.acts.append(_ACTS[activation]())
            d = width
        self.shift = shift
        self.head = nn.Linear((n_in if cross else 0) + d, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x0 = x.flatten(1)
        xc = x0
        for lin, gate in zip(self.cross, self.gates, strict=True):
            xc = x0 * lin(xc) * torch.sigmoid(gate(xc)) + xc
        h = x0
        for lin, act in zip(self.layers, self.acts, strict=True):
            h = act(lin(h) + self.shift)
        return self.head(torch.cat([xc, h], dim=1) if self.cross else h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout380"
CH = _factory(f"{HERE}:chirps", seed=3800)
ST = _factory(f"{HERE}:stamps", seed=3801)
MT = _factory(f"{HERE}:meters", seed=3802)
FL = _factory(f"{HERE}:flows", seed=3803)
FL_RAW = _factory(f"{HERE}:flows", scale=250.0, shift=5000.0, seed=3804)


def _cvt(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CvTNet", "args": args}


def _bb(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BigBirdNet", "args": args}


def _gx(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedCrossNet", "args": args}


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9 and weight decay 1e-4."""
    return _s(data, optim="sgd",
              optim_args={"momentum": 0.9, "nesterov": True, "weight_decay": 1e-4}, **kw)


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.999)}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with weight decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"weight_decay": 1e-4}, **kw)


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
    Case("h380_divergence_flows_raw_gdcn_sgd", "the flows regression times 250 plus 5000 "
         "(targets unscaled), the gated cross net (2 cross layers, an MLP of 20), plain SGD at "
         "LR 0.01, batch 24",
         {"data": FL_RAW, "model": _gx(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 4.3e20 at the third, NaN "
                      f"at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h380_exploding_meters_gdcn_mlp6_std1", "the gated cross net with no cross layer and "
         "an MLP of 6 ReLU layers of 24 with N(0, 1) init on the meters, SGD with momentum 0.5 "
         "at LR 1e-10, batch 30",
         {"data": MT, "model": {**_gx(cross=0, width=24, depth=6), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1773 at every epoch; gradient norms 518 to 2200 "
                      "(healthy at most 6.5); update ratios at most 3e-8, a side effect of the "
                      "LR; accuracy 0.1893, 0.11 below the majority share 0.2964; 57% of the test"
                      " predictions in one class"),
         verdict="failed"),
    Case("h380_dead_relu_meters_gdcn_shift10", "the gated cross net with no cross layer and an "
         "MLP of 32 on the meters, its ReLU pre-activations shifted by -10, so no unit fires, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": MT, "model": _gx(cross=0, width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every ReLU unit logged dead (healthy runs 0%), so no gradient reaches any "
                      "layer but the head's bias (norms 0): the validation loss 1.390 to 1.379 "
                      "(ln 4); accuracy 0.2929 against a majority share of 0.2964, every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h380_dead_relu_meters_gdcn_mlp2_rmsprop_lr01", "the gated cross net (1 cross layer, "
         "an MLP of 2 ReLU layers of 32) on the meters, plain RMSprop at LR 0.1, batch 28, 3 "
         "epochs",
         {"data": MT, "model": _gx(cross=1, width=32, depth=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("update_ratio_high",),
         allow=("dead_relu", "exploding_gradients", "vanishing_gradients", "update_ratio_low",
                "not_training", "noisy_loss", "unshuffled_data", "underfitting", "not_converged",
                "divergence", "predictions_collapsed", "at_chance", "overfitting"),
         why_allowed=("first-quarter mean update ratios up to 0.68, single steps up to 11 "
                      "(healthy quarter means at most 0.063, steps 0.8); the step loss's "
                      "first-quarter mean 33 (gradient norms up to 63), then back to 0.72; 44% of"
                      " the second ReLU layer's units logged dead (healthy 0%), not the first's; "
                      "accuracy 0.7143 (healthy 0.8143 and up, the baseline 0.625); the "
                      "validation loss 1.6% above its epoch-2 minimum"),
         verdict=TP),
    Case("h380_update_ratio_high_chirps_bigbird_tanh_adagrad_lr2", "the BigBird-style model "
         "(dim 16, tanh feed-forward) on the chirps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": CH, "model": _bb(dim=16, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "update_ratio_high", "saturated_activation", "exploding_gradients",
                 "underfitting"),
         allow=("noisy_loss", "not_converged", "not_training", "at_chance",
                "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios up to 0.66, single steps up to 20 "
                      "(healthy quarter means at most 0.063); 99.7% of the tanh outputs saturated"
                      " (healthy at most 1%); gradient norms up to 8.7e4 (healthy at most 6.5); "
                      "the step loss blew up to quarter means of 1.1e4 and the validation loss is"
                      " 41.8 at the end (452 after epoch 1); accuracy 0.3438, far below the "
                      "baseline 0.5938 and 0.075 above the majority share 0.2688; 64% of the test"
                      " predictions in one class"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h380_update_ratio_low_stamps_cvt_sgd_lr1e9", "the CvT-style model on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _cvt(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed"),
         why_allowed=("the validation loss 1.394 at every epoch; update ratios at most 5.3e-12 "
                      "(healthy quarter means at least 6e-5); accuracy 0.2479 against a majority "
                      "share of 0.2583; 81.5% of the test predictions in one class (below 90%)"),
         verdict=TP),
    Case("h380_update_ratio_low_chirps_bigbird_rmsprop_lr1e10", "the BigBird-style model on the "
         "chirps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CH, "model": _bb(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.428 at every epoch; update ratios at most 1.7e-9; "
                      "accuracy 0.2687 at the majority share 0.2688, every test prediction in one"
                      " class"),
         verdict=TP),
    Case("h380_vanishing_meters_gdcn_mlp12_sigmoid_std005", "the gated cross net with no cross "
         "layer and an MLP of 12 sigmoid layers of 16 with N(0, 0.05) init on the meters, SGD "
         "with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": MT, "model": {**_gx(cross=0, width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "update_ratio_high"),
         why_allowed=("the first layers' gradients 3.3e-17 to 3.9e-15 (healthy norms at least "
                      "2e-4); the validation loss 1.386 to 1.376 (near ln 4); the head's update "
                      "ratios up to 0.17 as it alone moves; accuracy 0.2857 against a majority "
                      "share of 0.2964, every test prediction in one class"),
         verdict=TP),
    Case("h380_saturated_chirps_bigbird_tanh_gain8_rmsprop", "the BigBird-style model on the "
         "chirps with a tanh feed-forward fed 8 times its pre-activation, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": CH, "model": _bb(activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("64% of the tanh outputs saturated (healthy at most 1%); the validation "
                      "loss 1.361 to 1.350 (ln 4); accuracy 0.3375, 0.069 above the majority "
                      "share 0.2688; 59% of the test predictions in one class"),
         verdict=TP),
    Case("h380_slow_start_meters_gdcn_mlp4_std01_momentum9", "the gated cross net with no cross "
         "layer and an MLP of 4 ReLU layers of 32 with N(0, 0.1) init on the meters, SGD with "
         "momentum 0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": MT, "model": {**_gx(cross=0, width=32, depth=4), "init": "normal",
                                "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "overfitting", "dead_relu", "not_converged", "predictions_collapsed"),
         why_allowed=("the validation loss 1.374 to 1.356 over the first 5 epochs of 15 (ln 4), "
                      "then down to 0.776 at epoch 14 and 0.821 at the end (5.7% above); first "
                      "gradient norms 0.005 to 0.007, not clearly below the healthy ones (0.0002 "
                      "and up); accuracy 0.4893, far below the baseline 0.625 (training 0.49); "
                      "51% of the test predictions in one class"),
         verdict=TP),
    Case("h380_unshuffled_meters_gdcn_rmsprop", "the meters sorted by label, never shuffled, "
         "the gated cross net (2 cross layers, an MLP of 24), plain RMSprop at LR 1e-4, batch "
         "30, 8 epochs",
         {"data": {**MT, "order": "by_label", "shuffle": False},
          "model": _gx(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training", "not_converged",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 24%); the "
                      "validation loss 1.502 to 1.454; accuracy 0.2393, far below the baseline "
                      "0.625 and 0.057 below the majority share 0.2964; 39% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h380_mse_softmax_chirps_bigbird_adam", "the chirps trained with square error on the "
         "softmax, the BigBird-style model, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": CH, "model": _bb(),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8625 (healthy 0.825 and up); the "
                      "validation loss 3.5% above its epoch-8 minimum"),
         verdict=TP),
    Case("h380_noisy_meters_gdcn_b1_adam", "the meters one row at a time (batch 1), the gated "
         "cross net (2 cross layers, an MLP of 32), Adam at LR 1e-3, 2 epochs",
         {"data": MT, "model": _gx(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.83 times its mean over the second half (healthy "
                      "runner runs up to 0.75), so noise is no clear finding; the validation loss"
                      " 0.937 to 0.628, lowest at the end (falling 33% in the last epoch); "
                      "accuracy 0.8 (healthy 0.8143 to 0.8607)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h380_overfit_meters_subset40_gdcn_adamw", "40 rows of the meters, the gated cross net "
         "(2 cross layers, an MLP of 160), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**MT, "subset": 40}, "model": _gx(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5 (training 1.0; the healthy runs 0.8143 "
                      "and up); the validation loss lowest in its first epochs (1.205), 2.5 times"
                      " it at the end of 150 epochs"),
         verdict=GP),
    Case("h380_gap_stamps_subset30_cvt_adam", "30 images of the stamps, the CvT-style model of "
         "dim 32, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _cvt(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients", "at_chance"),
         why_allowed=("30 images teach less: accuracy 0.2958 (training 1.0; the healthy CvTs "
                      "0.7479 and up), 0.038 above the majority share 0.2583; the validation loss"
                      " lowest at epoch 2 of 100 (1.384), 4.2 times it at the end"),
         verdict=GP),
    Case("h380_underfit_chirps_bigbird_dim2_adam", "the chirps through a BigBird-style model of "
         "dim 2 (one head), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": CH, "model": _bb(dim=2, heads=1, mult=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "dead_relu", "not_training",
                "predictions_collapsed"),
         why_allowed=("two dimensions cannot tell four classes: accuracy 0.2687 (training "
                      "0.3354), far below the baseline 0.5938 and at the majority share 0.2688; "
                      "the validation loss 1.397 to 1.381 (0.07% above its epoch-14 minimum); "
                      "52.5% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h380_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.9 and weight decay 1e-4 at LR 1e20, 3080 units, batch 24, 3 epochs",
         script=lightning_run(_nv("digits", hidden=(3080,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"),
         verdict="failed"),
    Case("h380_lightning_circles_adam08_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with betas (0.8, 0.999) at LR 1e-10, 3081 units, batch 20, 3 epochs",
         script=lightning_run(_ab("circles", hidden=(3081,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6969 at every epoch; accuracy 0.5625 at its initial "
                      "weights, 0.06 above one half"),
         verdict=TP),
    Case("h380_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 and weight decay 1e-4 at LR 1e20 (decaying linearly), 3082 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(3082,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h380_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (weight decay 1e-4) at LR 1e-10 (decaying linearly), 3083 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(3083,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.993 at every evaluation; accuracy 0.6333 at its "
                      "initial weights"),
         verdict=TP),
    Case("h380_keras_moons_adam08_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam with betas (0.8, 0.999) at LR 1e20, 3084 units, batch 20, 3 epochs",
         script=keras_run(_ab("moons", hidden=(3084,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h380_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 3085 units, "
         "Adagrad (weight decay 1e-4) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(3085,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4373, training 1.0); the "
                      "validation loss 32.7 at epoch 1 and lowest at the end (20.5), so it does "
                      "not overfit in its loss"),
         verdict=GP),
    Case("h380_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.9 and weight decay 1e-4 at LR 1e20, 3086 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_nv("breast_cancer", hidden=(3086,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy 0.3684, far below 0.63"),
         verdict="failed"),
    Case("h380_tensorboard_circles_subset8_adam08_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3087 units, Adam with betas (0.8, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ab("circles", hidden=(3087,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615); the validation loss lowest"
                      " early (1.455), 2.8 times it at the end of 150 epochs"),
         verdict=GP),
    Case("h380_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (weight decay 1e-4) at LR 0.05, 3088 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(3088,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 1318 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h380_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.9 and weight decay 1e-4 at LR 1e-10, 3089 units, batch 25, 4 "
         "epochs",
         script=plain_run(_nv("digits", hidden=(3089,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.386 at every epoch; accuracy 0.0306 at its initial "
                      "weights, far below the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy380_meters_gdcn_adam_cosine",
       {"data": MT, "model": _gx(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy380_meters_gdcn_gelu_adamw_step",
       {"data": MT, "model": _gx(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy380_meters_gdcn_rmsprop_exponential",
       {"data": MT, "model": _gx(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy380_meters_gdcn_tanh_momentum9_cosine",
       {"data": MT, "model": _gx(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy380_meters_gdcn_adagrad_inverse_time",
       {"data": MT, "model": _gx(width=24),
        "optim": {"name": "adagrad", "lr": 0.06, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy380_flows_gdcn_adam_cosine",
       {"data": FL, "model": _gx(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy380_flows_gdcn_gelu_adamw_cosine",
       {"data": FL, "model": _gx(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy380_stamps_cvt_adam_cosine",
       {"data": ST, "model": _cvt(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy380_stamps_cvt_adamw_step",
       {"data": ST, "model": _cvt(dim=20),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy380_stamps_cvt_rmsprop_cosine",
       {"data": ST, "model": _cvt(),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy380_stamps_cvt_adagrad_cosine",
       {"data": ST, "model": _cvt(),
        "optim": {"name": "adagrad", "lr": 0.08, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy380_chirps_bigbird_adam_cosine",
       {"data": CH, "model": _bb(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy380_chirps_bigbird_adamw_exponential",
       {"data": CH, "model": _bb(dim=20),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy380_chirps_bigbird_rmsprop_cosine",
       {"data": CH, "model": _bb(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy380_chirps_bigbird_momentum9_cosine",
       {"data": CH, "model": _bb(),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy380_lightning_digits_adam08",
        lightning_run(_ab("digits", hidden=(3080,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy380_lightning_wine_nesterov",
        lightning_run(_nv("wine", hidden=(3081,), lr=1e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy380_lightning_moons_adagrad",
        lightning_run(_ad("moons", hidden=(3082,), lr=0.01, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy380_hf_trainer_breast_cancer_adam08",
        hf_trainer_run(_ab("breast_cancer", hidden=(3083,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy380_hf_trainer_iris_nesterov",
        hf_trainer_run(_nv("iris", hidden=(3084,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy380_keras_circles_adam08",
        keras_run(_ab("circles", hidden=(3085,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy380_keras_wine_adagrad",
        keras_run(_ad("wine", hidden=(3086,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy380_keras_breast_cancer_nesterov",
        keras_run(_nv("breast_cancer", hidden=(3087,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy380_tensorboard_iris_adam08",
        tensorboard_run(_ab("iris", hidden=(3088,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy380_tensorboard_digits_nesterov",
        tensorboard_run(_nv("digits", hidden=(3089,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy380_tensorboard_moons_adagrad",
        tensorboard_run(_ad("moons", hidden=(3080,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy380_plain_sine_adagrad",
        plain_run(_ad("sine", hidden=(3081,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy380_plain_breast_cancer_adam08",
        plain_run(_ab("breast_cancer", hidden=(3082,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
