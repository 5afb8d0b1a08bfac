"""The three-hundred-ninety-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`RexNetLite` (a ReXNet-style
image model: a 3x3 SiLU stem, then inverted-bottleneck blocks whose channel count grows linearly
block by block, each a 1x1 expansion with its activation (SiLU unless given; pre-activations
shiftable), a 3x3 depthwise convolution, a squeeze-and-excitation gate and a linear 1x1
projection, the input added to the first channels (a partial residual), 2x2 max pools, a global
average pool, a linear head), :class:`TimesNetLite` (a TimesNet-style sequence model: the
readings embedded per step, the batch's top-k FFT periods, the series folded into a (cycles x
period) grid for each, an inception-style pair of 1x1 and 3x3 convolutions, an activation and a
1x1 convolution, unfolded and summed weighted by the softmax of the FFT amplitudes, a residual,
mean pooling, a linear head) and :class:`HamNet` (a Hamburger-style tabular model: the readings
embedded as a set of tokens, a 'ham' block that replaces attention by a few multiplicative
updates of a rank-3 non-negative matrix factorisation of the token matrix, whose reconstruction
is added back (a residual), then an MLP head of linear layers and an activation); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`waves`, 800 noisy series of 32 steps in 2 readings, each holding a 14-step burst of an
oscillation at a random time and phase, of period 6 or 3 in the first reading and 8 or 4 in the
second (4 classes; seed 3930); :func:`stamps`, 2000 10x10 images of a plus, a cross, a ring or a
cup at a random place in noise 0.35, 2% random labels (4 classes; seed 3931); :func:`gauges`, a
tabular 4-class set of 8 readings (a circle in two readings and a linear threshold of two more, 3%
random labels, 1400 rows; seed 3932); :func:`tolls`, a tabular regression of 8 readings (a sine,
a product, an absolute value and a linear term; 1200 rows; seed 3933; times 250 plus 5000 with
seed 3934 for the divergence). Script cases use RMSprop with momentum 0.3, NAdam with betas
(0.9, 0.995) and SGD with Nesterov momentum 0.7 and weight decay 2e-4 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 3210 to
3219. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or
0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one SQLite store per training call) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2607 on the gauges, 0.2575 on the stamps, 0.2625 on the waves. Baselines (validation):
accuracy 0.6714 (gauges), 0.51 (stamps), 0.6 (waves); R2 0.6484 (tolls), 0.5725 (the raw tolls).

Measured healthy ranges (runner): update-ratio quarter means 9.6e-5 to 0.076 (single steps up to
0.67, the ReXNet under Adagrad), leaving out the squeeze-and-excitation gates of two ReXNets whose
inner ReLU closed (their gradients 0); the ``update_ratio_high`` run's first-quarter means 0.22 to
0.51; the ``update_ratio_low`` runs at most 2.4e-10 and 4.7e-9. Dead fractions (the logged ReLU,
SiLU and GELU units) at most 9.4% in the healthy runs; the shifted HamNet's 100%, the
RMSprop-killed trunk's 100% and 94%. Saturated tanh outputs at most 20.4% in the healthy runs (the
tanh HamNet); the gain-30 TimesNet's 74.5%, the Adagrad TimesNet's 99.5%. Gradient norms at most
5.3 (quarter means at most 1.55), first norms at least 0.0038; the exploding run's 4400 to 3.3e4,
the vanishing run's first trunk norms 5e-17 and its ham's 5e-19. The step loss's position explains
7.4% to 25.1% of its within-epoch variance in the healthy runner runs; the unshuffled run 99.9%.
The step-loss swing (standard deviation of its step-to-step change over its mean, second half) is
0.42 to 1.10 in the healthy runner runs, 2.05 in the batch-1 run. Healthy scores (validation):
gauges 0.9143-0.9464, stamps 0.8575-0.88, waves 0.7812-0.8187, tolls R2 0.7897 and 0.879; the
scripts: digits 0.9777 (Lightning) and 0.961 (TensorBoard), wine 1.0, moons 0.9766 and 1.0,
breast cancer 0.9386-0.9561, iris 0.9667, circles 1.0, the sine R2 0.9283.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first waves (whole-length oscillations of period 4 or 6 and amplitude 1.2 or 0.3) were read by the
baseline's nearest neighbours (0.925 against the TimesNets' 0.84), and 12-step bursts left them at
0.57 to 0.69 against 0.55, so the bursts last 14 steps (baseline 0.6) and the healthy TimesNets
train 25 epochs; the TimesNet under SGD with momentum 0.9 reached only 0.45 (LR 0.03) and 0.65
(LR 0.1), and 0.52 at LR 0.05 with batch 12, so that healthy run is now Adagrad at LR 0.03
(0.7812); runs that ended above their minimum were cut at it (the ReXNet under AdamW 10 epochs,
under Adagrad 9, the tanh HamNet 13, Lightning's moons 12, Keras' circles 14, TensorBoard's iris
15, the loop's breast cancer 9): each now ends at its lowest validation loss. The first slow start
(3 trunk layers, N(0, 0.15), LR 0.02) left ln 4 after one epoch, so it has 4 trunk layers and
N(0, 0.1) init and trains 20 epochs. The Adagrad TimesNet's step loss blows up to 281 and comes
back, so it trains on through its blow-up (``NOSTOP``).

Not met: the TimesNet under AdamW ends 0.33% above its epoch-24 minimum and the HamNet under Adam
0.16% above its epoch-12 minimum (the others at their end); the runner cases take 2 to 30 s on one
thread (the ReXNets 9 to 30 s), above the 1-10 s asked; the changed cases were checked in stores
beside the first, and the measured ranges above mix the rounds (each run as it stands in this file).

Labels from the metrics: the test predictions fall in one class in the shifted HamNet (100%), the
killed trunk (100%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there,
allowed in the exploding run (89.3%), the stuck ReXNet (85%), the stuck TimesNet (68%), the
saturated TimesNet (62.5%), the Adagrad TimesNet (61%) and the one-channel TimesNet (63%); the
exploding run, the shifted HamNet, the killed trunk, both stuck runs, the vanishing run and the
one-channel TimesNet score within 0.05 of the majority share (``at_chance`` expected); the
unshuffled run scores 0.1 above it and the saturated TimesNet 0.07 (allowed), and the unshuffled
run, the Adagrad TimesNet and the one-channel TimesNet end far below the baseline on both splits
(``underfitting`` expected). The batch-1 run's swing (2.05) is clearly outside the healthy runs'
(at most 1.10), so ``noisy_loss`` is expected there with ``not_converged``. Keras' 16 digits'
validation loss rises 12% from its epoch-3 minimum (``overfitting`` expected); the other overfit
runs end 2.08 to 4.4 times their early minima. The loop's stuck digits score 0.0808 (about 0.1
majority; ``at_chance`` expected), HF's stuck iris 0.1333 (allowed).

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
from torch.nn import functional as F  # noqa: N812

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


def waves(n: int = 800, steps: int = 32, burst: int = 14, noise: float = 0.6,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a burst of ``burst`` steps of an oscillation of amplitude 1.2 at a random time
    and phase: in the first reading with a period of 6 or 3 steps, in the second of 8 or 4; the
    class is which periods (4 classes: slow-slow, slow-fast, fast-slow, fast-fast). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(burst)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, period in enumerate((3.0 if label // 2 else 6.0, 4.0 if label % 2 else 8.0)):
            s0 = int(rng.integers(0, steps - burst + 1))
            x[i, s0:s0 + burst, r] += 1.2 * np.sin(2 * np.pi * t / period
                                                   + rng.uniform(0, 2 * np.pi))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def stamps(n: int = 2000, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a plus, a cross, a ring, a cup), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _CUP), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tolls(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(1.5 * x[:, 0]) + 0.9 * x[:, 1] * x[:, 2] + 1.2 * np.abs(x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU, "silu": nn.SiLU}


class SqueezeExcite(nn.Module):
    """A squeeze-and-excitation gate: the global mean of each channel through a 1x1 bottleneck
    (a ReLU) and a sigmoid scales the channel."""

    def __init__(self, channels: int, ratio: int = 4) -> None:
        super().__init__()
        mid = max(2, channels // ratio)
        self.reduce = nn.Conv2d(channels, mid, 1)
        self.expand = nn.Conv2d(mid, channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = x.mean(dim=(2, 3), keepdim=True)
        return x * torch.sigmoid(self.expand(F.relu(self.reduce(s))))


class RexBlock(nn.Module):
    """A ReXNet-style inverted bottleneck: a 1x1 expansion by ``expand`` and its activation
    (pre-activations shifted by ``shift``), a 3x3 depthwise convolution, a squeeze-and-excitation
    gate and a 1x1 projection to ``c_out`` (no activation after it); the input is added to the
    first ``c_in`` output channels (a partial residual, since the channels grow)."""

    def __init__(self, c_in: int, c_out: int, expand: int = 3, activation: str = "silu",
                 shift: float = 0.0) -> None:
        super().__init__()
        mid = c_in * expand
        self.expand = nn.Conv2d(c_in, mid, 1)
        self.act = _ACTS[activation]()
        self.depthwise = nn.Conv2d(mid, mid, 3, padding=1, groups=mid)
        self.se = SqueezeExcite(mid)
        self.project = nn.Conv2d(mid, c_out, 1)
        self.c_in, self.shift = c_in, shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.project(self.se(self.depthwise(self.act(self.expand(x) + self.shift))))
        return torch.cat([h[:, :self.c_in] + x, h[:, self.c_in:]], dim=1)


class RexNetLite(nn.Module):
    """A ReXNet-style image model: a 3x3 stem convolution to ``stem`` channels (SiLU), then
    ``blocks`` inverted-bottleneck blocks whose channel count grows linearly by ``growth`` a
    block, a 2x2 max pool after each of the first two, a global average pool and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 8,
                 growth: int = 4, blocks: int = 3, expand: int = 3, activation: str = "silu",
                 shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], stem, 3, padding=1), nn.SiLU())
        chans = [stem + growth * k for k in range(blocks + 1)]
        self.blocks = nn.ModuleList(RexBlock(chans[k], chans[k + 1], expand, activation, shift)
                                    for k in range(blocks))
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(chans[-1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x)
        for k, block in enumerate(self.blocks):
            h = block(h)
            if k < 2:
                h = self.pool(h)
        return self.head(h.mean(dim=(2, 3)))


class TimesNetLite(nn.Module):
    """A TimesNet-style sequence model: each step's ``features`` readings embedded to
    ``d_model``; the ``top_k`` strongest frequencies of the batch's spectrum (FFT over time, the
    constant left out) give periods; for each, the series is folded into a 2D (cycles x period)
    grid, passed through an inception-style pair of 1x1 and 3x3 convolutions (averaged), the
    activation (its input times ``gain``) and a 1x1 convolution, unfolded back; the folds are
    summed weighted by the softmax of their FFT amplitudes and added to the embedding (a
    residual); the mean over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 d_model: int = 16, top_k: int = 3, activation: str = "gelu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.top_k, self.gain = features, top_k, gain
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, d_model)
        self.branches = nn.ModuleList(nn.Conv2d(d_model, d_model, k, padding=k // 2)
                                      for k in (1, 3))
        self.act = _ACTS[activation]()
        self.mix = nn.Conv2d(d_model, d_model, 1)
        self.head = nn.Linear(d_model, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, steps = x.shape[0], self.steps
        h = self.embed(x.reshape(b, steps, self.features))  # (batch, time, d_model)
        spec = torch.fft.rfft(h, dim=1).abs()  # (batch, freq, d_model)
        amp = spec.detach().mean(dim=(0, 2)).clone()
        amp[0] = 0.0
        freqs = torch.topk(amp, min(self.top_k, amp.shape[0] - 1)).indices.tolist()
        outs, weights = [], []
        for f in freqs:
            period = max(1, steps // max(f, 1))
            cycles = math.ceil(steps / period)
            z = F.pad(h, (0, 0, 0, cycles * period - steps))
            z = z.reshape(b, cycles, period, -1).permute(0, 3, 1, 2)
            z = sum(branch(z) for branch in self.branches) / len(self.branches)
            z = self.mix(self.act(self.gain * z))
            outs.append(z.permute(0, 2, 3, 1).reshape(b, cycles * period, -1)[:, :steps])
            weights.append(spec[:, f].mean(dim=1))
        w = torch.softmax(torch.stack(weights, dim=1), dim=1)  # (batch, k)
        h = h + (torch.stack(outs, dim=-1) * w[:, None, None, :]).sum(dim=-1)
        return self.head(h.mean(dim=1))


class HamNet(nn.Module):
    """A Hamburger-style tabular model: each reading embedded as a token of ``dim`` (its value
    times a learnt vector plus a learnt bias); the 'ham': a linear map and a ReLU make the token
    matrix non-negative, ``nmf_steps`` multiplicative updates of a rank-``rank`` non-negative
    matrix factorisation (from fixed positive bases; only the last step carries gradients)
    give its low-rank reconstruction, which a second linear map adds back to the tokens (a
    residual); the tokens, flattened, go through ``trunk`` hidden layers of ``width`` (linear and
    ``activation``, pre-activations shifted by ``shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 8,
                 rank: int = 3, nmf_steps: int = 4, width: int = 32, trunk: int = 1,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.tok_w = nn.Parameter(torch.randn(n_in, dim, generator=torch.Generator()
                                              .manual_seed(393)) * 0.5)
        self.tok_b = nn.Parameter(torch.zeros(n_in, dim))
        self.lower = nn.Linear(dim, dim)
        self.upper = nn.Linear(dim, dim)
        bases = torch.rand(dim, rank, generator=torch.Generator().manual_seed(3930)) + 0.1
        self.register_buffer("bases", bases)
        self.nmf_steps, self.shift = nmf_steps, shift
        sizes = [n_in * dim] + [width] * trunk
        self.layers = nn.ModuleList(nn.Linear(a, c) for a, c in zip(sizes, sizes[1:], strict=False))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(trunk))
        self.head = nn.Linear(sizes[-1], n_outputs)

    def _nmf_step(self, z: torch.Tensor, d: torch.Tensor,
                  c: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        eps = 1e-4
        c = c * (d.transpose(1, 2) @ z) / (d.transpose(1, 2) @ d @ c + eps)
        d = d * (z @ c.transpose(1, 2)) / (d @ c @ c.transpose(1, 2) + eps)
        return d, c

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        tokens = x.flatten(1)[:, :, None] * self.tok_w + self.tok_b  # (batch, n, dim)
        z = F.relu(self.lower(tokens)).transpose(1, 2)  # (batch, dim, n), non-negative
        d = self.bases.expand(z.shape[0], -1, -1)
        c = torch.softmax(d.transpose(1, 2) @ z, dim=1)
        with torch.no_grad():
            for _ in range(self.nmf_steps - 1):
                d, c = self._nmf_step(z, d, c)
        d, c = self._nmf_step(z, d.detach(), c.detach())
        tokens = tokens + self.upper((d @ c).transpose(1, 2))
        h = tokens.flatten(1)
        for layer, act in zip(self.layers, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout393"
WV = _factory(f"{HERE}:waves", seed=3930)
ST = _factory(f"{HERE}:stamps", seed=3931)
GG = _factory(f"{HERE}:gauges", seed=3932)
TL = _factory(f"{HERE}:tolls", seed=3933)
TL_RAW = _factory(f"{HERE}:tolls", scale=250.0, shift=5000.0, seed=3934)


def _ham(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HamNet", "args": args}


def _rex(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RexNetLite", "args": args}


def _tn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TimesNetLite", "args": args}


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.3."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.3}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.9, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.995)}, **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.7 and weight decay 2e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7, "nesterov": True,
                                             "weight_decay": 2e-4}, **kw)


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
    Case("h393_divergence_tolls_raw_ham_sgd", "the tolls regression times 250 plus 5000 "
         "(targets unscaled), the Hamburger net of 24, plain SGD at LR 0.01, batch 24",
         {"data": TL_RAW, "model": _ham(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 1.5e9 at the second, Inf "
                      f"at the third, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h393_exploding_gauges_ham_trunk6_std1", "the Hamburger net with a trunk of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GG, "model": {**_ham(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2.09e4 at every epoch; gradient norms 4400 to 3.3e4 "
                      "(healthy at most 5.3); update ratios at most 3.8e-7, a side effect of the "
                      "LR; accuracy 0.2464 against a majority share of 0.2607; 89.3% of the test "
                      "predictions in one class (below 90%); the step loss's position explains 59%"
                      " of its within-epoch variance"), verdict="failed"),
    Case("h393_dead_relu_gauges_ham_shift10", "the Hamburger net of 32 on the gauges with its "
         "trunk's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GG, "model": _ham(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every trunk unit logged dead (healthy runs at most 9.4%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.390 to 1.387 (ln 4); "
                      "accuracy 0.25 against a majority share of 0.2607, every test prediction in "
                      "one class; the flat step loss's position explains 51% of its within-epoch "
                      "variance"), verdict=TP),
    Case("h393_dead_relu_gauges_ham_trunk2_rmsprop_lr01", "the Hamburger net with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GG, "model": _ham(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss 1.9e4 at step 2, then about 1.4 (ln 4) from the second epoch,"
                      " so the blow-up passed; first-quarter update ratios 0.27 to 0.67; 100% of "
                      "the first trunk layer's units and 94% of the second logged dead (healthy at"
                      " most 9.4%), their gradients 0; accuracy 0.25 against a majority share of "
                      "0.2607, every test prediction in one class"), verdict=TP),
    Case("h393_update_ratio_high_waves_timesnet_adagrad_lr2", "the TimesNet of 16 with tanh on "
         "the waves, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WV, "model": _tn(d_model=16, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "at_chance", "predictions_collapsed",
                "exploding_gradients", "not_training", "unshuffled_data"),
         why_allowed=("first-quarter mean update ratios 0.22 to 0.51, single steps up to 14.7 "
                      "(healthy quarter means at most 0.076); 99.5% of the tanh outputs saturated "
                      "(healthy at most 20%); the step loss up to 281 in epoch 1 and back to 1.7, "
                      "so it trains on through the blow-up; accuracy 0.3937 (training 0.41) "
                      "against the baseline 0.6 and healthy 0.78 and up, 0.13 above the majority "
                      "share 0.2625; 61% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h393_update_ratio_low_stamps_rexnet_sgd_lr1e9", "the ReXNet on the stamps, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _rex(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.377 at every epoch; update ratios at most 2.4e-10, "
                      "most 0 (healthy quarter means at least 9.6e-5 outside the gates that got no"
                      " gradient); accuracy 0.2825 against a majority share of 0.2575; 85% of the "
                      "test predictions in one class (below 90%)"), verdict=TP),
    Case("h393_update_ratio_low_waves_timesnet_rmsprop_lr1e10", "the TimesNet of 16 on the "
         "waves, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _tn(d_model=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed"),
         why_allowed=("the validation loss 1.404 at every epoch; update ratios at most 4.7e-9 "
                      "(healthy quarter means at least 9.6e-5); accuracy 0.2562 against a majority"
                      " share of 0.2625; 68% of the test predictions in one class"), verdict=TP),
    Case("h393_vanishing_gauges_ham_trunk12_sigmoid_std005", "the Hamburger net with a trunk of "
         "12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": GG, "model": {**_ham(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layers' gradients 5e-17 to 3e-16 and the ham's 5e-19 to "
                      "6e-18 (healthy first norms at least 0.0038); their update ratios 0; the "
                      "validation loss 1.405 to 1.409 (ln 4); accuracy 0.2607 at the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h393_saturated_waves_timesnet_tanh_gain30_rmsprop", "the TimesNet of 16 on the waves "
         "with tanh fed 30 times the inception output, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": WV, "model": _tn(d_model=16, activation="tanh", gain=30.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("74.5% of the tanh outputs saturated (healthy at most 20%); the validation "
                      "loss 1.386 to 1.376 (ln 4); accuracy 0.3312, 0.07 above the majority share "
                      "0.2625; 62.5% of the test predictions in one class"), verdict=TP),
    Case("h393_slow_start_gauges_ham_trunk4_std01_momentum9", "the Hamburger net with a trunk "
         "of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": GG, "model": {**_ham(width=32, trunk=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the step loss 1.387 to 1.380 over the first 6 of 20 epochs (the validation "
                      "loss 1.386 to 1.378), then it falls to 0.394 (0.868 accuracy, healthy "
                      "0.9143 and up), lowest at the end and still falling 18% in the last epoch; "
                      "up to 22% of the last trunk layer's units logged dead (healthy at most "
                      "9.4%)"), verdict=TP),
    Case("h393_unshuffled_gauges_ham_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Hamburger net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GG, "order": "by_label", "shuffle": False},
          "model": _ham(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training", "not_converged",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 25%); the "
                      "validation loss 1.388 to 1.354, falling 0.3% an epoch; accuracy 0.3607 "
                      "(training 0.3619) against the baseline 0.6714, 0.1 above the majority share"
                      " 0.2607; 41% of the test predictions in one class"), verdict=TP),
    Case("h393_mse_softmax_waves_timesnet_adam", "the waves trained with square error on the "
         "softmax, the TimesNet of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WV, "model": _tn(d_model=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7438 (healthy 0.7812 to 0.8187), "
                      "the validation loss lowest at the end (0.0888 to 0.0853 in the last epoch, "
                      "the epoch loss 0.1085 to 0.0955), still improving"), verdict=TP),
    Case("h393_noisy_gauges_ham_b1_adam", "the gauges one row at a time (batch 1), the "
         "Hamburger net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GG, "model": _ham(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 2.05 times its mean over the second half (healthy "
                      "runner runs 0.42 to 1.10), single steps up to 11.9; the validation loss "
                      "0.749 to 0.518, lowest at the end (accuracy 0.8536, healthy 0.9143 and up);"
                      " gradient norms up to 16 at single steps"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h393_overfit_gauges_subset40_ham_adamw", "40 rows of the gauges, the Hamburger net of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GG, "subset": 40}, "model": _ham(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5286 (training 1.0; the healthy runs 0.9143 "
                      "and up); the validation loss lowest early (1.099, in the first 10 of 150 "
                      "epochs), 2.82 times it at the end"), verdict=GP),
    Case("h393_gap_stamps_subset30_rexnet_adam", "30 images of the stamps, the ReXNet with a "
         "stem of 16 growing by 8, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _rex(stem=16, growth=8),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5025 (training 1.0; the healthy ReXNets "
                      "0.8575 and up); the validation loss lowest early (1.34), 2.08 times it at "
                      "the end"), verdict=GP),
    Case("h393_underfit_waves_timesnet_one_channel_adam", "the waves through a TimesNet of 1 "
         "channel and one period, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WV, "model": _tn(d_model=1, top_k=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "not_training",
                "predictions_collapsed", "update_ratio_high", "vanishing_gradients"),
         why_allowed=("one channel and one period cannot tell four classes: accuracy 0.2375 "
                      "(training 0.2667), far below the baseline 0.6 and 0.025 below the majority "
                      "share 0.2625; the loss falls from 1.478 only to ln 4 (1.383); 63% of the "
                      "test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h393_lightning_digits_nesterov7_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.7 (weight decay 2e-4) at LR 1e20, 3210 units, batch 24, 3 epochs",
         script=lightning_run(_nv("digits", hidden=(3210,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h393_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.9, 0.995) at LR 1e-10, 3211 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(3211,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7726 at every epoch; accuracy 0.4609 at its initial "
                      "weights, within 0.05 of the majority share 0.5"), verdict=TP),
    Case("h393_hf_trainer_wine_nesterov7_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.7 (weight decay 2e-4) at LR 1e20 (decaying linearly), 3212 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(3212,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3333, 0.07 "
                      f"below the majority share"), verdict="failed"),
    Case("h393_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop (momentum 0.3) at LR 1e-10 (decaying linearly), 3213 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rm("iris", hidden=(3213,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.093 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h393_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.9, 0.995) at LR 1e20, 3214 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(3214,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h393_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 3215 units, "
         "RMSprop (momentum 0.3) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rm("digits", hidden=(3215,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training 1.0); the "
                      "validation loss lowest at epoch 3 (4.086), rising to 4.567 at the end, "
                      "still climbing"), verdict=GP),
    Case("h393_tensorboard_breast_cancer_nesterov7_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.7 (weight decay 2e-4) at LR 1e20, 3216 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_nv("breast_cancer", hidden=(3216,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from its second step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h393_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3217 units, NAdam (betas 0.9, 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(3217,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150 (0.998), 4.4 times it at the end"),
         verdict=GP),
    Case("h393_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.3) at LR 1e-3, 3218 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(3218,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the step"
                      " loss also jumps to 50.5 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h393_plain_digits_nesterov7_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.7 (weight decay 2e-4) at LR 1e-10, 3219 units, batch 25, 4 epochs",
         script=plain_run(_nv("digits", hidden=(3219,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.333 at every epoch; accuracy 0.0808 at its initial "
                      "weights, within 0.05 of the majority share (about 0.1)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy393_gauges_ham_adam_cosine",
       {"data": GG, "model": _ham(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy393_gauges_ham_gelu_adamw_step",
       {"data": GG, "model": _ham(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy393_gauges_ham_rmsprop_exponential",
       {"data": GG, "model": _ham(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy393_gauges_ham_tanh_momentum9_cosine",
       {"data": GG, "model": _ham(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 13, "batch_size": 24}}),
    _h("healthy393_gauges_ham_adagrad_inverse_time",
       {"data": GG, "model": _ham(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy393_tolls_ham_adam_cosine",
       {"data": TL, "model": _ham(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy393_tolls_ham_gelu_adamw_cosine",
       {"data": TL, "model": _ham(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy393_stamps_rexnet_adam_cosine",
       {"data": ST, "model": _rex(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy393_stamps_rexnet_adamw_step",
       {"data": ST, "model": _rex(stem=10, growth=4),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy393_stamps_rexnet_rmsprop_cosine",
       {"data": ST, "model": _rex(stem=12, growth=4),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy393_stamps_rexnet_adagrad_cosine",
       {"data": ST, "model": _rex(stem=12, growth=4),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy393_waves_timesnet_adam_cosine",
       {"data": WV, "model": _tn(d_model=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy393_waves_timesnet_adamw_exponential",
       {"data": WV, "model": _tn(d_model=16),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "exponential", "gamma": 0.93},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy393_waves_timesnet_rmsprop_cosine",
       {"data": WV, "model": _tn(d_model=16),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy393_waves_timesnet_adagrad_cosine",
       {"data": WV, "model": _tn(d_model=16),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy393_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(3210,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy393_lightning_wine_nesterov7",
        lightning_run(_nv("wine", hidden=(3211,), lr=2e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy393_lightning_moons_rmsprop",
        lightning_run(_rm("moons", hidden=(3212,), lr=5e-4, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy393_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(3213,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy393_hf_trainer_iris_nesterov7",
        hf_trainer_run(_nv("iris", hidden=(3214,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy393_keras_circles_nadam",
        keras_run(_na("circles", hidden=(3215,), lr=5e-4, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy393_keras_wine_rmsprop",
        keras_run(_rm("wine", hidden=(3216,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy393_keras_breast_cancer_nesterov7",
        keras_run(_nv("breast_cancer", hidden=(3217,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy393_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(3218,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy393_tensorboard_digits_nesterov7",
        tensorboard_run(_nv("digits", hidden=(3219,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy393_tensorboard_moons_rmsprop",
        tensorboard_run(_rm("moons", hidden=(3210,), lr=5e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy393_plain_sine_rmsprop",
        plain_run(_rm("sine", hidden=(3211,), lr=5e-4, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy393_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(3212,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
