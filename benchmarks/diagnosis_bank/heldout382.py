"""The three-hundred-eighty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no diagnosis
of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this module
through ``model.factory``: :class:`Visformer` (a Visformer-style image model: a batch-normalised
3x3 stem, a convolutional stage of ResNet-style bottleneck blocks, a 2x2 max pool, a 1x1
projection to tokens with a learnt position embedding, a stage of pre-norm transformer blocks on
the 6x6 grid, the mean over tokens, a linear head), :class:`HANet` (a Hierarchical-Attention-style
sequence model: the sequence cut into chunks of 4 steps, a hand-written GRU with sigmoid gates
and a tanh candidate over each chunk, attention pooling of its states per chunk, attention pooling
over the chunk vectors, a linear head) and :class:`NFM` (a neural factorisation machine: reading
embeddings, bi-interaction pooling of their pairwise products, a layer norm, an MLP with an
activation and an optional pre-activation shift, plus a first-order linear part); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`ramps`, 800 noisy series of 16 steps in 2 readings, each reading holding a 3-step tent up
or down at random or none (4 classes; seed 3820); :func:`stamps`, 2400 12x12 images of an arch, a
cup, a Z or a C at a random place in noise 0.35, 2% random labels (4 classes; seed 3821);
:func:`ledgers`, a tabular 4-class set of 8 readings (the sign of a product and a linear
threshold, 3% random labels, 1400 rows; seed 3822); :func:`tariffs`, a tabular regression of 8
readings (1200 rows; seed 3823; times 250 plus 5000 with seed 3824 for the divergence). Script
cases use Adam with weight decay 1e-4 and eps 1e-6, SGD with Nesterov momentum 0.8 and RMSprop
with momentum 0.2 on digits, wine, iris, breast cancer, moons, circles and the sine; every script
case holds a hidden width of 3100 to 3109.

Each case is labelled with the injected fault; it was trained at seed 0 from this file into fresh
stores (``/tmp/h382/storeA`` to ``storeF``, then ``/tmp/h382fix/storeA`` to ``storeF``) only to
check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, the share of the step loss's within-epoch variance its position explains,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2821 on the ledgers, 0.2604 on the stamps, 0.2688 on the ramps. Baselines (validation):
accuracy 0.5893 (ledgers), 0.4313 (stamps), 0.3625 (ramps); R2 0.6517 (tariffs), 0.613 (the raw
tariffs).

Measured healthy ranges (runner): update-ratio quarter means at most 0.083, at least 4.8e-5;
the ``update_ratio_high`` run's first-quarter means 0.24 to 0.68; the ``update_ratio_low`` runs at
most 1.1e-11. Dead fractions at most 17% in the healthy runs; the shifted NFM's 100%, the
RMSprop-killed NFM's 100% and 94%. Saturated sigmoid/tanh outputs at most 11% in the healthy
runs; the gain-8 GRU's 46% (gates) and 68% (candidate), the Adagrad GRU's 77% and 86%. Gradient
norms at most 8.4; the exploding run's 967 to 5458, the vanishing run's first norms 3.4e-18 to
9e-17. The step loss's position explains at most 23.4% of its within-epoch variance in the
healthy runner runs; the unshuffled run 100%. The step-loss swing is 0.16 to 1.25 in the healthy
runner runs. Healthy scores (validation): ledgers 0.8393-0.8964, stamps 0.8583-0.9271, ramps
0.6937-0.80, tariffs R2 0.7135 and 0.7364.

Changes after the first round: the Visformer got batch norm in its stem and bottleneck blocks
(without it three of four healthy runs sat at ln 4 for 2 to 4 epochs); the NFMs on the ledgers
and tariffs got higher LRs (0.01; the Adam run at 3e-3 reached only 0.7821); the cosine runs that
ended above their minima became exponential or step schedules, and the step, exponential and
inverse-time runs were cut at their minima (their first epochs unchanged); Lightning's wine and
the Trainer's iris were cut to 12 epochs and trained again; the HAN under Nesterov momentum went
to LR 0.1 with an exponential schedule. The first slow start (the NFM of 3 ReLU layers with
N(0, 0.15) init) left ln 4 after 2 epochs only and ended below the baseline, so it is labelled
``underfitting`` (``slow_start`` allowed).

A second pass (another helper who saw no diagnosis; stores ``/tmp/h382fix/storeA`` to ``storeF``,
seed 0, diagnosis off) trained as they stand every run the first had not: the cut runs and the
NFM faults. The NFM under Adagrad (14 epochs) ended at its minimum (0.4862, accuracy 0.8964), as
did the Visformers under Adam with steps (0.2691, 0.9271) and with GELU (0.301, 0.9083). The NFM
under RMSprop at LR 0.01 for 5 epochs ended at its minimum (0.4907, 0.8714) but its first-quarter
update ratios reached 0.17 (head), twice every other healthy run's, so it went to LR 5e-3 for 8
epochs (the exponential schedule kept): the validation loss 0.7861 to 0.5648, lowest at the end,
accuracy 0.8393, update-ratio quarter means at most 0.082. The Visformer under AdamW with steps
(10 channels) sat near ln 4 for 2 of its 9 epochs (validation loss 1.39, 1.321) and went to the
default 12 channels: 1.231 after the first epoch, 0.2888 (lowest) at the end, accuracy 0.9146. The
HAN under Adagrad at LR 2 blows up (the step loss 1.355, then 10.2) and trains on, so it got
``"diagnose": NOSTOP``; its figures were as the first pass measured, its labels kept. The NFM
overfit run (40 rows) measured as before: validation accuracy 0.3, within 0.05 of the majority
share 0.2821, so ``at_chance`` is now expected there. The exploding, both dead, vanishing,
slow-start, divergence, unshuffled and batch-1 NFM runs gave the first pass's figures again; their
labels hold.

Not met: no case makes ``slow_start`` real; the tanh NFM under momentum ends 0.4% above its
epoch-11 minimum (the others at their minima); the changed cases were checked in stores beside the
first, and the measured ranges above mix the rounds.

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


def ramps(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 1.8,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step tent (``height`` times 0.5, 1, 0.5, up or down at random, so a
    reading's sum does not tell) at a random time or none; the class is which readings hold a
    tent (4 classes: none, the second, the first, both). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    tent = np.array([0.5, 1.0, 0.5])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0)) * tent
    return x.reshape(n, steps * 2).astype(np.float32), y


_ARCH = np.array([[0, 1, 0], [1, 0, 1], [1, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_CEE = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: an arch, a cup, a Z, a C), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_ARCH, _CUP, _ZED, _CEE), n, 12, noise, flip, seed)


def ledgers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether ``x0 x1``
    exceeds 0 times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7 are noise; a
    share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tariffs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, a linear fourth and a step of a fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 1] + 1.2 * np.sin(1.5 * x[:, 2]) + 0.9 * x[:, 3]
         + 1.0 * (x[:, 4] > 0.0) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class NFM(nn.Module):
    """A neural factorisation machine: every reading ``x_i`` scales its own embedding ``v_i`` of
    ``embed`` numbers; bi-interaction pooling sums their pairwise products into one vector
    (``0.5 ((sum x_i v_i)^2 - sum (x_i v_i)^2)``), then ``depth`` hidden layers of ``width``
    (linear and ``activation``, pre-activations shifted by ``shift``) and a linear head; a
    first-order linear part of the readings is added to the output (``linear``)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 12,
                 width: int = 32, depth: int = 1, activation: str = "relu",
                 shift: float = 0.0, linear: bool = True) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.embeddings = nn.Parameter(torch.randn(n_in, embed) * 0.3)
        self.bn = nn.LayerNorm(embed)
        layers: list[nn.Module] = []
        width_in = embed
        for _ in range(depth):
            layers += [nn.Linear(width_in, width), _Shift(shift), _ACTS[activation]()]
            width_in = width
        self.mlp = nn.Sequential(*layers)
        self.head = nn.Linear(width_in, n_outputs)
        self.linear = nn.Linear(n_in, n_outputs) if linear else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        v = x[:, :, None] * self.embeddings[None]  # (batch, readings, embed)
        bi = 0.5 * (v.sum(dim=1) ** 2 - (v ** 2).sum(dim=1))
        out = self.head(self.mlp(self.bn(bi)))
        return out + self.linear(x) if self.linear is not None else out


class _Shift(nn.Module):
    def __init__(self, shift: float) -> None:
        super().__init__()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.shift


class Bottleneck(nn.Module):
    """A ResNet-style bottleneck block: a 1x1 reduction to half the channels, a 3x3 convolution,
    a 1x1 expansion back, each batch-normalised, ``activation`` after each of the first two and
    after the residual sum."""

    def __init__(self, channels: int, activation: str = "relu") -> None:
        super().__init__()
        mid = max(channels // 2, 1)
        self.reduce = nn.Sequential(nn.Conv2d(channels, mid, 1), nn.BatchNorm2d(mid))
        self.act1 = _ACTS[activation]()
        self.conv = nn.Sequential(nn.Conv2d(mid, mid, 3, padding=1), nn.BatchNorm2d(mid))
        self.act2 = _ACTS[activation]()
        self.expand = nn.Sequential(nn.Conv2d(mid, channels, 1), nn.BatchNorm2d(channels))
        self.act3 = _ACTS[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.expand(self.act2(self.conv(self.act1(self.reduce(x)))))
        return self.act3(x + h)


class _TransformerBlock(nn.Module):
    """Pre-norm self-attention (``heads`` heads) and an MLP of twice the width, each added back."""

    def __init__(self, dim: int, heads: int, activation: str) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, t: torch.Tensor) -> torch.Tensor:
        h = self.norm1(t)
        t = t + self.attn(h, h, h, need_weights=False)[0]
        return t + self.fc2(self.act(self.fc1(self.norm2(t))))


class Visformer(nn.Module):
    """A Visformer-style image model: a 3x3 stem convolution to ``channels`` (batch-normalised,
    ``activation``), a
    convolutional stage of ``conv_blocks`` bottleneck blocks, a 2x2 max pool, a 1x1 projection to
    ``dim`` with a learnt position embedding, a stage of ``attn_blocks`` transformer blocks on the
    downsampled grid's tokens, a layer norm, the mean over the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 conv_blocks: int = 1, dim: int = 16, heads: int = 2, attn_blocks: int = 1,
                 activation: str = "relu") -> None:
        super().__init__()
        c, hgt, wid = input_shape
        self.stem = nn.Sequential(nn.Conv2d(c, channels, 3, padding=1),
                                  nn.BatchNorm2d(channels), _ACTS[activation]())
        self.stage1 = nn.Sequential(*(Bottleneck(channels, activation)
                                      for _ in range(conv_blocks)))
        self.pool = nn.MaxPool2d(2)
        self.project = nn.Conv2d(channels, dim, 1)
        self.pos = nn.Parameter(torch.zeros(1, (hgt // 2) * (wid // 2), dim))
        self.stage2 = nn.Sequential(*(_TransformerBlock(dim, heads, activation)
                                      for _ in range(attn_blocks)))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.project(self.pool(self.stage1(self.stem(x))))
        t = h.flatten(2).transpose(1, 2) + self.pos
        return self.head(self.norm(self.stage2(t)).mean(dim=1))


class _AttentionPool(nn.Module):
    """Attention pooling: a tanh projection of each vector scored against a learnt context
    vector, the vectors summed with the softmax of their scores."""

    def __init__(self, dim: int) -> None:
        super().__init__()
        self.proj = nn.Linear(dim, dim)
        self.squash = nn.Tanh()
        self.context = nn.Linear(dim, 1, bias=False)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        weights = torch.softmax(self.context(self.squash(self.proj(h))), dim=1)
        return (weights * h).sum(dim=1)


class HANet(nn.Module):
    """A Hierarchical-Attention-style sequence model: the flattened sequence of ``features``
    readings a step is cut into chunks of ``chunk`` steps; a hand-written GRU of ``hidden``
    units (sigmoid gates and a tanh candidate, its input pre-activations scaled by ``gain``)
    steps through every chunk, attention pooling of its states gives each chunk's vector, and
    attention pooling over the chunk vectors feeds a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 chunk: int = 4, hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.chunk, self.hidden, self.gain = features, chunk, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.chunks = self.steps // chunk
        self.wx = nn.Linear(features, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.step_pool = _AttentionPool(hidden)
        self.chunk_pool = _AttentionPool(hidden)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b = x.shape[0]
        seq = x.reshape(b * self.chunks, self.chunk, self.features)
        h = seq.new_zeros(b * self.chunks, self.hidden)
        states = []
        for t in range(self.chunk):
            gx = self.gain * self.wx(seq[:, t])
            gh = self.wh(h)
            xz, xr, xn = gx.chunk(3, dim=1)
            hz, hr, hn = gh.chunk(3, dim=1)
            zr = self.gate(torch.cat([xz + hz, xr + hr], dim=1))
            z, r = zr.chunk(2, dim=1)
            cand = self.squash(xn + r * hn)
            h = (1 - z) * cand + z * h
            states.append(h)
        chunk_vecs = self.step_pool(torch.stack(states, dim=1)).reshape(b, self.chunks, -1)
        return self.head(self.chunk_pool(chunk_vecs))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout382"
RP = _factory(f"{HERE}:ramps", seed=3820)
SP = _factory(f"{HERE}:stamps", seed=3821)
LG = _factory(f"{HERE}:ledgers", seed=3822)
TF = _factory(f"{HERE}:tariffs", seed=3823)
TF_RAW = _factory(f"{HERE}:tariffs", scale=250.0, shift=5000.0, seed=3824)


def _nfm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NFM", "args": args}


def _vis(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Visformer", "args": args}


def _han(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HANet", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with weight decay 1e-4 and eps 1e-6."""
    return _s(data, optim="adam", optim_args={"weight_decay": 1e-4, "eps": 1e-6}, **kw)


def _n8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.2."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.2}, **kw)


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
    Case("h382_divergence_tariffs_raw_nfm_sgd", "the tariffs regression times 250 plus 5000 "
         "(targets unscaled), the NFM of 20, plain SGD at LR 0.01, batch 24",
         {"data": TF_RAW, "model": _nfm(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                     "the step loss 2.7e7 at the first step, 2.7e35 at the third and NaN at the "
                     "fourth, with the gradient norms"), verdict="failed"),
    Case("h382_exploding_ledgers_nfm_depth6_std1", "the NFM with 6 ReLU layers of 24 and N(0, 1) "
         "init on the ledgers, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": LG, "model": {**_nfm(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 3347 at every epoch; gradient norms 967 to 5458 (healthy"
                     " at most 8.4); accuracy 0.2393 against a majority share of 0.2821; 85.7% of "
                     "the test predictions in one class (below 90%)"), verdict="failed"),
    Case("h382_dead_relu_ledgers_nfm_shift10", "the NFM of 32 without its linear part on the "
         "ledgers with its ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": LG, "model": _nfm(width=32, shift=-10.0, linear=False),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the ReLU layer logged dead (healthy runs 0% to 17%), so no "
                     "gradient reaches the embeddings: the validation loss 1.387 to 1.382 (ln 4); "
                     "accuracy 0.2714 against a majority share of 0.2821, every test prediction in"
                     " one class"), verdict=TP),
    Case("h382_dead_relu_ledgers_nfm_depth2_rmsprop_lr01", "the NFM with 2 ReLU layers of 32 "
         "on the ledgers, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": LG, "model": _nfm(width=32, depth=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "underfitting"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("the step loss up to 598 in epoch 1, then near 1.0, so the blow-up passed; "
                     "100% of the first and 94% of the second ReLU layer's units logged dead from "
                     "epoch 1 (healthy 0% to 17%); the linear part alone learns: accuracy 0.4536, "
                     "below the baseline 0.5893 (healthy 0.84 and up), 0.17 above the majority "
                     "share; 37% of the test predictions in one class"), verdict=TP),
    Case("h382_update_ratio_high_ramps_han_adagrad_lr2", "the hierarchical-attention GRU of 16 "
         "on the ramps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RP, "model": _han(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training", "predictions_collapsed", "unshuffled_data"),
         why_allowed=("the step loss 1.355 at the first step, 10.2 at the second, then back near "
                     "1.5, so it trains on through the blow-up (NOSTOP); first-quarter mean update "
                     "ratios 0.24 (input) to 0.68 (head), 4.8 to 14.5 at the first step (healthy "
                     "quarter means at most 0.083); 77% of the gate and 86% of the candidate tanh "
                     "outputs saturated (healthy at most 11%); the validation loss 3.61 to 2.37, "
                     "above ln 4; accuracy 0.2938 against a majority share of 0.2688; 88.7% of the"
                     " test predictions in one class (below 90%); the step loss's position "
                     "explains 40.7% of its within-epoch variance (healthy at most 24%)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h382_update_ratio_low_stamps_visformer_sgd_lr1e9", "the Visformer on the stamps, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": SP, "model": _vis(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.509 to 1.508; update ratios at most 1.1e-11 (healthy "
                     "quarter means at least 4.8e-5); accuracy 0.2458 against a majority share of "
                     "0.2604, every test prediction in one class; the step loss's position "
                     "explains 49.6% of its within-epoch variance (the frozen net's per-batch loss"
                     " repeats)"), verdict=TP),
    Case("h382_update_ratio_low_ramps_han_rmsprop_lr1e10", "the hierarchical-attention GRU of 16 "
         "on the ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _han(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.407 at every epoch; the update ratios at the LR's "
                     "1e-10 scale; accuracy 0.2313 against a majority share of 0.2688, every test "
                     "prediction in one class"), verdict=TP),
    Case("h382_vanishing_ledgers_nfm_depth12_sigmoid_std005", "the NFM without its linear part, "
         "12 sigmoid layers of 16 and N(0, 0.05) init on the ledgers, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": {**_nfm(width=16, depth=12, activation="sigmoid", linear=False),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients 3.4e-18 (layer norm) to 9e-17 (first hidden "
                     "layer) (healthy at least 1e-3); the validation loss 1.397 to 1.382 (ln 4); "
                     "accuracy 0.2821 at the majority share, every test prediction in one class; "
                     "the step loss's position explains 57% of its within-epoch variance"),
         verdict=TP),
    Case("h382_saturated_ramps_han_gain8_rmsprop", "the hierarchical-attention GRU of 16 on the "
         "ramps with its input pre-activations scaled by 8, plain RMSprop at LR 1e-4, batch 28, "
         "4 epochs",
         {"data": RP, "model": _han(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("46% of the gate and 68% of the candidate tanh outputs saturated (healthy at "
                     "most 11%); the validation loss 1.416 to 1.407 (ln 4); accuracy 0.2313 "
                     "against a majority share of 0.2688, every test prediction in one class"),
         verdict=TP),
    Case("h382_slow_start_ledgers_nfm_depth3_std015_momentum9", "the NFM without its linear "
         "part, 3 ReLU layers of 32 and N(0, 0.15) init on the ledgers, SGD with momentum 0.9 at "
         "LR 0.02, batch 32, 15 epochs",
         {"data": LG, "model": {**_nfm(width=32, depth=3, linear=False), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("relabelled from its metrics: the validation loss 1.372 and 1.354 in the "
                     "first 2 epochs only (not a third of the run) before it falls, so the slow "
                     "start is weak; it ends at accuracy 0.5214, below the baseline 0.5893 "
                     "(healthy 0.84 and up), the validation loss 3.7% above its epoch-7 minimum"),
         verdict=TP),
    Case("h382_unshuffled_ledgers_nfm_rmsprop", "the ledgers sorted by label, never shuffled, "
         "the NFM of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _nfm(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                     "variance over the second half (healthy runner runs at most 24%); the "
                     "validation loss 1.505 to 1.472; accuracy 0.2714 against a majority share of "
                     "0.2821; 27% of the test predictions in one class"), verdict=TP),
    Case("h382_mse_softmax_ramps_han_adam", "the ramps trained with square error on the "
         "softmax, the hierarchical-attention GRU of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RP, "model": _han(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.4875 (healthy 0.69 and up), still "
                     "rising with the validation loss lowest at the end"), verdict=TP),
    Case("h382_noisy_ledgers_nfm_b1_adam", "the ledgers one row at a time (batch 1), the NFM of "
         "32, Adam at LR 1e-3, 2 epochs",
         {"data": LG, "model": _nfm(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("one row a step; the validation loss 1.049 then 0.6711 (lowest at the end), "
                     "accuracy 0.8 (healthy 0.84 and up); the swing of the step loss not compared "
                     "against the healthy runs"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h382_overfit_ledgers_subset40_nfm_adamw", "40 rows of the ledgers, the NFM of 160, "
         "AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _nfm(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: validation accuracy 0.3 (training accuracy 1.0, "
                     "training loss 3.5e-4; the healthy runs 0.84 and up), within 0.05 of the "
                     "majority share 0.2821; the validation loss lowest at epoch 3 of 150 (1.491),"
                     " 5.684 (3.8 times it) at the end"), verdict=GP),
    Case("h382_gap_stamps_subset30_visformer_adam", "30 images of the stamps, the Visformer of "
         "16 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**SP, "subset": 30}, "model": _vis(channels=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("30 images teach less: accuracy 0.2667 (training loss 0.002; the healthy "
                     "Visformers 0.86 and up), within 0.05 of the majority share 0.2604; the "
                     "validation loss lowest early (1.324), 3.4 times it at the end"), verdict=GP),
    Case("h382_underfit_ramps_han_two_units_adam", "the ramps through a hierarchical-attention "
         "GRU of 2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RP, "model": _han(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two units cannot tell four classes in 15 epochs: accuracy 0.45 (the healthy "
                     "runs 0.69 and up); the validation loss lowest at the end and still falling"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h382_lightning_digits_nesterov8_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.8 at LR 1e20, 3100 units, batch 24, 3 epochs",
         script=lightning_run(_n8("digits", hidden=(3100,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                     "every validation loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h382_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (weight decay 1e-4, eps 1e-6) at LR 1e-10, 3101 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(3101,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6981 at every epoch; accuracy 0.6094 at its initial "
                     "weights, 0.11 above the majority share"), verdict=TP),
    Case("h382_hf_trainer_wine_nesterov8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.8 at LR 1e20 (decaying linearly), 3102 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_n8("wine", hidden=(3102,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                     "every evaluation loss NaN; accuracy 0.3333, below the majority share"),
         verdict="failed"),
    Case("h382_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop"
         " (momentum 0.2) at LR 1e-10 (decaying linearly), 3103 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rm("iris", hidden=(3103,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.234 at every evaluation; accuracy 0.0333 at its "
                     "initial weights, far below 1/3"), verdict=TP),
    Case("h382_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (weight decay 1e-4, eps 1e-6) at LR 1e20, 3104 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(3104,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                     "every validation loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h382_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 3105 units, "
         "RMSprop (momentum 0.2) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rm("digits", hidden=(3105,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training loss 1e-5); the "
                     "validation loss lowest early (3.827), 4.366 at the end"), verdict=GP),
    Case("h382_tensorboard_breast_cancer_nesterov8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.8 at LR 1e20, 3106 units, batch 19, 3 epochs",
         script=tensorboard_run(_n8("breast_cancer", hidden=(3106,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                     "every validation loss NaN; accuracy 0.3684, far below 0.63"),
         verdict="failed"),
    Case("h382_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3107 units, Adam (weight decay 1e-4, eps 1e-6) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(3107,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769); the validation loss lowest "
                     "early (1.761), 2.0 times it at the end"), verdict=GP),
    Case("h382_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.2) at LR 1e-3, 3108 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(3108,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the step "
                     "loss also jumps to 36.7 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h382_plain_digits_nesterov8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.8 at LR 1e-10, 3109 units, batch 25, 4 epochs",
         script=plain_run(_n8("digits", hidden=(3109,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.311 at every epoch; accuracy 0.1086 at its initial "
                     "weights, near the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy382_ledgers_nfm_adam_exponential",
       {"data": LG, "model": _nfm(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.75},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy382_ledgers_nfm_gelu_adamw_step",
       {"data": LG, "model": _nfm(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy382_ledgers_nfm_rmsprop_exponential",
       {"data": LG, "model": _nfm(width=30),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy382_ledgers_nfm_tanh_momentum9_step",
       {"data": LG, "model": _nfm(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "step", "step_size": 3,
                  "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy382_ledgers_nfm_adagrad_inverse_time",
       {"data": LG, "model": _nfm(width=24),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 14, "batch_size": 27}}),
    _h("healthy382_tariffs_nfm_adam_exponential",
       {"data": TF, "model": _nfm(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.7},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy382_tariffs_nfm_gelu_adamw_exponential",
       {"data": TF, "model": _nfm(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.7},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy382_stamps_visformer_adam_step",
       {"data": SP, "model": _vis(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "step", "step_size": 4, "gamma": 0.3},
        "train": {"epochs": 9, "batch_size": 25}}),
    _h("healthy382_stamps_visformer_adamw_step",
       {"data": SP, "model": _vis(),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 9, "batch_size": 28}}),
    _h("healthy382_stamps_visformer_rmsprop_cosine",
       {"data": SP, "model": _vis(),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy382_stamps_visformer_gelu_adam_exponential",
       {"data": SP, "model": _vis(activation="gelu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy382_ramps_han_adam_cosine",
       {"data": RP, "model": _han(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy382_ramps_han_adamw_exponential",
       {"data": RP, "model": _han(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy382_ramps_han_rmsprop_cosine",
       {"data": RP, "model": _han(hidden=20),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy382_ramps_han_nesterov9_exponential",
       {"data": RP, "model": _han(hidden=20),
        "optim": {"name": "sgd", "lr": 0.1, **NEST9, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy382_lightning_digits_adam",
        lightning_run(_ad("digits", hidden=(3100,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy382_lightning_wine_nesterov8",
        lightning_run(_n8("wine", hidden=(3101,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy382_lightning_moons_rmsprop",
        lightning_run(_rm("moons", hidden=(3102,), lr=1e-4, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy382_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ad("breast_cancer", hidden=(3103,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy382_hf_trainer_iris_nesterov8",
        hf_trainer_run(_n8("iris", hidden=(3104,), lr=5e-3, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy382_keras_circles_adam",
        keras_run(_ad("circles", hidden=(3105,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy382_keras_wine_rmsprop",
        keras_run(_rm("wine", hidden=(3106,), lr=1e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy382_keras_breast_cancer_nesterov8",
        keras_run(_n8("breast_cancer", hidden=(3107,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy382_tensorboard_iris_adam",
        tensorboard_run(_ad("iris", hidden=(3108,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy382_tensorboard_digits_nesterov8",
        tensorboard_run(_n8("digits", hidden=(3109,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy382_tensorboard_moons_rmsprop",
        tensorboard_run(_rm("moons", hidden=(3100,), lr=1e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy382_plain_sine_rmsprop",
        plain_run(_rm("sine", hidden=(3101,), lr=1e-4, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy382_plain_breast_cancer_adam",
        plain_run(_ad("breast_cancer", hidden=(3102,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
