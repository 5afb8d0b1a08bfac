"""The three-hundred-seventieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs. Every runner case trains a model of this
module through ``model.factory``: :class:`TwinsNet` (a Twins-style image model: a 2x2 patch
embedding, locally-grouped self-attention within 3x3 windows of the 6x6 token grid, global
attention over keys and values sub-sampled by a strided 2x2 convolution, a feed-forward layer,
the mean token and a linear head), :class:`LunaNet` (a Luna-style sequence model: a width-3
convolutional embedding, one attention packing the sequence into 4 learnt tokens and another
unpacking it, a feed-forward layer, the mean over time) and :class:`T2GNet` (a T2G-Former-style
tabular model: feature tokens, attention between them gated by a learnt feature-relation graph,
a feed-forward layer, the mean token, optional readout layers). Data are this module's own
``data.factory``: :func:`ripples` (800 series, 16 steps, 2 readings, a 3-step ripple of random
sign in none, one or both readings; 4 classes; seed 3700), :func:`stamps` (2400 12x12 images of
a plus, a cross, a ring or a cup in noise 0.35, 2% random labels; seed 3701), :func:`gauges` (8
readings, a linear threshold times 2 plus a ring, 3% random labels, 1400 rows; seed 3702),
:func:`tides` (a regression of 8 readings; seed 3703; times 250 plus 5000 with seed 3704 for the
divergence). Script cases use Adam with amsgrad and betas (0.9, 0.99), RMSprop with alpha 0.9
and eps 1e-6 and SGD with momentum 0.75, hidden widths 2980 to 2989.

Each case was trained once at seed 0 with diagnosis off (runner cases with ``diagnose.enabled``
false, scripts called directly) only to check its fault from the run's own metrics; no
diagnosis was made.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2929 on the gauges, 0.2583 on the stamps, 0.2688 on the ripples. Baselines (validation):
accuracy 0.6464 (gauges), 0.4042 (stamps), 0.425 (ripples); R2 0.6331 (tides), 0.6385 (raw).

Measured healthy ranges (runner, first round, the runs measured): dead readout units at most 22%
(the tides), feed-forward ReLUs 0%; saturated tanh units at most 0.5%; step-loss swing 0.14 to
0.70; the step loss's position explains at most about 10% of its within-epoch variance; scores:
gauges 0.7643-0.85, tides R2 0.7435 and 0.7833, stamps (Twins, 2x2 patches) 0.44-0.50.

Changes after the first round: the planned slow start (T2G with 3 ReLU readout layers, N(0,
0.15), momentum 0.9) fell at once and stalled, so it is relabelled ``underfitting`` and renamed;
the batch-1 run's swing (0.79) is not clearly outside the healthy 0.70, so ``noisy_loss`` is
only allowed and its state is ``not_converged``; the Adagrad gauges run got LR 0.1 (from 0.03,
0.625) and was cut to its epoch-14 minimum (inverse-time decay does not depend on the epoch
count); an overlapping patch embedding was tried for the Twins model (0.5167) and reverted.

Changes after the second round (a later helper, 25 minutes; storeE to storeI): the four healthy
Twins runs got a 1x1 patch embedding (``patch=1``: a 12x12 token grid in 3x3 windows, the
stamps and the ``TwinsNet`` defaults of the fault cases unchanged; an easier stamps variant,
noise 0.2 and 3600 images, raised the baseline to 0.7847 with the Twins runs only 0.81 to 0.84,
so it was not used; Adagrad at LR 0.1 stayed at ln 4); the healthy sine script's LR 0.01 diverged
(the step loss to Inf by step 8), so it got LR 1e-3 and was cut to its epoch-8 minimum; cut to
their minima: the Lightning wine (14 to 12 epochs) and moons (15 to 12) runs, the Trainer iris
run (14 to 12) and the plain breast-cancer run (10 to 6). Trained to their end and checked: all
28 healthy runs (the 13 scripts, the four Luna runs, the four Twins runs, the gauges Adagrad
run; the other six in the first round). Every healthy validation loss is lowest at its end
except the Luna Adam run (0.15% above its minimum) and the Lightning digits run (0.1%). Scores:
ripples (Luna) 0.925 to 0.9375 (baseline 0.425); gauges Adagrad 0.775 (best gauges run 0.85,
baseline 0.6464); stamps (Twins, 1x1 patches) Adam 0.5792, AdamW 0.6062, RMSprop 0.5125,
Adagrad 0.4938 (baseline 0.4042); scripts 0.947 to 1.0 in accuracy, the sine 0.0445 validation
loss. No dead feed-forward ReLUs in any new run; readout ReLUs of the gauges Adagrad run 12.5% to
22% dead; step-loss swing up to 1.15 (the Luna Adam and SGD runs, whose loss ends near 0.03), so
``noisy_loss`` stays only allowed for the batch-1 run.

Changes after the third round (a later helper, 12 minutes; storeJ to storeK): the two weak
healthy Twins runs (Adagrad 0.4938, 0.11 below the best Twins run's 0.6062; RMSprop at ln 4 for
its first 3 epochs) were removed and replaced by a T2G gauges run (RMSprop at LR 2e-3, cosine,
batch 22; cut from 15 to 11 epochs, since at 15 its validation loss ended 0.58% above its
epoch-11 minimum; retrained at 11: 0.7857, best gauges run 0.85, baseline 0.6464, validation loss
lowest at its end, 0.6375) and a Luna ripples run (RMSprop at LR 2e-3, a step schedule of 7
epochs and gamma 0.5, batch 26; cut from 20 to its epoch-19 minimum, the step schedule not
depending on the epoch count; retrained: 0.9062, best ripples run 0.9375, baseline 0.425,
validation loss lowest at its end, 0.2076). Neither starts at ln 4 (first validation losses
1.036 and 0.8445); no dead feed-forward ReLUs; step-loss swing 0.35 and 0.68. Now 26 faults and
28 healthy runs; healthy scores: gauges 0.7643 to 0.85, ripples 0.9062 to 0.9375, tides R2
0.7435 and 0.7833, stamps (Twins, 1x1 patches) Adam 0.5792 and AdamW 0.6062.

Not met: the Twins model still learns the stamps only moderately (0.58 and 0.61, two healthy
Twins runs left); in the new T2G RMSprop run the step loss's position explains 20% of its
within-epoch variance (second half), above the about 10% of the other healthy runs (at 15
epochs 9.3%; not looked into further); the Luna Adagrad run's update ratios were not compared with
healthy Luna runs, so ``update_ratio_high`` is only allowed there. The part keeps no
``slow_start`` case.

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


def ripples(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step ripple (``+h, -h, +h`` times a random sign, so its sum does not tell)
    at a random time or none; the class is which readings ripple (4 classes: none, the second,
    the first, both). Given flattened, time-major (``steps * 2`` columns)."""
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


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: a plus, a cross, a ring, a cup), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _CUP), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``x0 + 0.6 x1`` exceeds 0.2 times 2 plus whether ``x2**2 + x3**2`` exceeds 1.4 (a ring);
    readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] + 0.6 * x[:, 1] > 0.2).astype(int) + (x[:, 2] ** 2 + x[:, 3] ** 2 > 1.4)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tides(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    tanh step of a third, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.0 * x[:, 0] * x[:, 2] + 1.4 * np.tanh(2.0 * x[:, 1]) + 1.2 * np.abs(x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class _FFN(nn.Module):
    """Linear, ``activation`` (its pre-activation times ``gain`` plus ``shift``), linear."""

    def __init__(self, dim: int, mult: int, activation: str, gain: float = 1.0,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.up = nn.Linear(dim, dim * mult)
        self.act = _ACTS[activation]()
        self.down = nn.Linear(dim * mult, dim)
        self.gain, self.shift = gain, shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.down(self.act(self.gain * self.up(x) + self.shift))


class TwinsBlock(nn.Module):
    """A Twins-SVT-style block on a token grid: locally-grouped self-attention within
    ``window`` x ``window`` windows, then global attention whose keys and values are the grid
    sub-sampled by a strided ``sr`` x ``sr`` convolution, then a feed-forward layer; pre-norm,
    each with a residual."""

    def __init__(self, dim: int, window: int, sr: int, heads: int, mult: int,
                 activation: str) -> None:
        super().__init__()
        self.window = window
        self.n1, self.n2, self.n3 = nn.LayerNorm(dim), nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.local = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.sub = nn.Conv2d(dim, dim, sr, stride=sr)
        self.glob = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.ffn = _FFN(dim, mult, activation)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (batch, H, W, dim)
        b, hh, ww, d = x.shape
        w = self.window
        t = self.n1(x).reshape(b, hh // w, w, ww // w, w, d).permute(0, 1, 3, 2, 4, 5)
        t = t.reshape(-1, w * w, d)
        t = self.local(t, t, t, need_weights=False)[0]
        t = t.reshape(b, hh // w, ww // w, w, w, d).permute(0, 1, 3, 2, 4, 5)
        x = x + t.reshape(b, hh, ww, d)
        q = self.n2(x)
        kv = self.sub(q.permute(0, 3, 1, 2)).flatten(2).transpose(1, 2)
        q = q.reshape(b, hh * ww, d)
        x = x + self.glob(q, kv, kv, need_weights=False)[0].reshape(b, hh, ww, d)
        return x + self.ffn(self.n3(x))


class TwinsNet(nn.Module):
    """A Twins-style image model: a ``patch`` x ``patch`` patch embedding to ``dim`` channels,
    ``blocks`` Twins blocks (local windowed attention alternating with sub-sampled global
    attention), a layer norm, the mean of the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 patch: int = 2, window: int = 3, sr: int = 2, heads: int = 2, mult: int = 2,
                 blocks: int = 1, activation: str = "relu") -> None:
        super().__init__()
        self.embed = nn.Conv2d(input_shape[0], dim, patch, stride=patch)
        grid = (input_shape[1] // patch, input_shape[2] // patch)
        self.pos = nn.Parameter(0.1 * torch.randn(grid[0], grid[1], dim))
        self.blocks = nn.ModuleList(TwinsBlock(dim, window, sr, heads, mult, activation)
                                    for _ in range(blocks))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x).permute(0, 2, 3, 1) + self.pos
        for block in self.blocks:
            h = block(h)
        return self.head(self.norm(h).mean(dim=(1, 2)))


class LunaBlock(nn.Module):
    """A Luna layer: the packed sequence attends to the input (pack), the input attends to the
    packed result (unpack); residuals and layer norms, a feed-forward layer on the input."""

    def __init__(self, dim: int, heads: int, mult: int, activation: str, gain: float) -> None:
        super().__init__()
        self.pack = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.unpack = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.np, self.n1, self.n2 = nn.LayerNorm(dim), nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.ffn = _FFN(dim, mult, activation, gain=gain)

    def forward(self, x: torch.Tensor, p: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        packed = self.pack(p, x, x, need_weights=False)[0]
        x = self.n1(x + self.unpack(x, packed, packed, need_weights=False)[0])
        x = self.n2(x + self.ffn(x))
        return x, self.np(p + packed)


class LunaNet(nn.Module):
    """A Luna-style sequence model (linear unified nested attention): each step of ``features``
    readings embedded by a width-3 convolution to ``dim`` plus a learnt position, ``blocks`` Luna
    layers that pack the sequence into a learnt sequence of ``packed`` tokens and unpack it
    again, the mean over time and a linear head. ``gain`` scales the feed-forward
    pre-activations."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, packed: int = 4, heads: int = 2, mult: int = 2, blocks: int = 1,
                 activation: str = "relu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Conv1d(features, dim, 3, padding=1)
        self.pos = nn.Parameter(0.1 * torch.randn(self.steps, dim))
        self.p = nn.Parameter(0.5 * torch.randn(packed, dim))
        self.blocks = nn.ModuleList(LunaBlock(dim, heads, mult, activation, gain)
                                    for _ in range(blocks))
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = self.embed(seq.transpose(1, 2)).transpose(1, 2) + self.pos
        p = self.p.expand(x.shape[0], -1, -1)
        for block in self.blocks:
            h, p = block(h, p)
        return self.head(h.mean(dim=1))


class T2GBlock(nn.Module):
    """A T2G-Former-style layer: attention between feature tokens whose weights are gated by a
    learnt feature-relation graph (the sigmoid of products of learnt head and tail feature
    embeddings), renormalised, then a feed-forward layer; residuals and layer norms."""

    def __init__(self, n_features: int, dim: int, mult: int, activation: str) -> None:
        super().__init__()
        self.q, self.k, self.v = nn.Linear(dim, dim), nn.Linear(dim, dim), nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)
        self.head_emb = nn.Parameter(0.5 * torch.randn(n_features, 8))
        self.tail_emb = nn.Parameter(0.5 * torch.randn(n_features, 8))
        self.graph_bias = nn.Parameter(torch.zeros(1))
        self.n1, self.n2 = nn.LayerNorm(dim), nn.LayerNorm(dim)
        self.ffn = _FFN(dim, mult, activation)
        self.scale = dim ** -0.5

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # x: (batch, features, dim)
        h = self.n1(x)
        scores = torch.softmax(self.q(h) @ self.k(h).transpose(1, 2) * self.scale, dim=-1)
        graph = torch.sigmoid(self.head_emb @ self.tail_emb.T + self.graph_bias)
        weights = scores * graph
        weights = weights / (weights.sum(dim=-1, keepdim=True) + 1e-6)
        x = x + self.out(weights @ self.v(h))
        return x + self.ffn(self.n2(x))


class T2GNet(nn.Module):
    """A T2G-Former-style tabular model: each feature a token (its value times a learnt vector
    plus a learnt bias, a grouped 1x1 convolution), ``blocks`` graph-gated attention layers, the
    mean of the tokens, ``readout`` hidden layers (linear and ``readout_activation``,
    pre-activations shifted by ``shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 blocks: int = 1, mult: int = 2, activation: str = "relu",
                 readout: tuple[int, ...] = (), readout_activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        self.n = int(np.prod(input_shape))
        self.dim = dim
        self.tokens = nn.Conv1d(self.n, self.n * dim, 1, groups=self.n)
        self.blocks = nn.ModuleList(T2GBlock(self.n, dim, mult, activation)
                                    for _ in range(blocks))
        self.norm = nn.LayerNorm(dim)
        layers: list[nn.Module] = []
        n_in = dim
        for width in readout:
            layers += [nn.Linear(n_in, width), _Shift(shift), _ACTS[readout_activation]()]
            n_in = width
        self.readout = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.tokens(x.flatten(1)[:, :, None]).reshape(x.shape[0], self.n, self.dim)
        for block in self.blocks:
            h = block(h)
        return self.head(self.readout(self.norm(h).mean(dim=1)))


class _Shift(nn.Module):
    def __init__(self, shift: float) -> None:
        super().__init__()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.shift


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout370"
RP = _factory(f"{HERE}:ripples", seed=3700)
ST = _factory(f"{HERE}:stamps", seed=3701)
GA = _factory(f"{HERE}:gauges", seed=3702)
TD = _factory(f"{HERE}:tides", seed=3703)
TD_RAW = _factory(f"{HERE}:tides", scale=250.0, shift=5000.0, seed=3704)


def _t2g(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:T2GNet", "args": args}


def _twins(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TwinsNet", "args": args}


def _luna(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LunaNet", "args": args}


def _am(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad and betas (0.9, 0.99)."""
    return _s(data, optim="adam", optim_args={"amsgrad": True, "betas": (0.9, 0.99)}, **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.9 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.9, "eps": 1e-6}, **kw)


def _m75(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.75."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75}, **kw)


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
    Case("h370_divergence_tides_raw_t2g_sgd", "the tides regression times 250 plus 5000 "
         "(targets unscaled), the T2G model of 16, plain SGD at LR 0.01, batch 24",
         {"data": TD_RAW, "model": _t2g(dim=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 9.1e15 at the third, NaN "
                      f"at the fourth"), verdict="failed"),
    Case("h370_exploding_gauges_t2g_readout6_std1", "the T2G model with a readout of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GA, "model": {**_t2g(dim=16, readout=[24] * 6), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("gradient norms 500 to 6900 in every layer (the healthy runs a few units); "
                      "the validation loss 5000 to 4997 at its initial size; accuracy 0.2929 at "
                      "the majority share, every test prediction in one class; update ratios a "
                      "side effect of the LR 1e-10"), verdict="failed"),
    Case("h370_dead_relu_gauges_t2g_shift10", "the T2G model on the gauges with a readout "
         "layer of 32 ReLU units whose pre-activations are shifted by -10, so no unit fires, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _t2g(dim=16, readout=[32], shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every readout unit logged dead (healthy runs at most 22%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.386 to 1.377 (ln 4); "
                      "accuracy 0.2929 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h370_dead_relu_gauges_t2g_readout2_rmsprop_lr01", "the T2G model with a readout of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _t2g(dim=16, readout=[32, 32]),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 603 in epoch 1, then near ln 4 (the blow-up passed); "
                      "94% and 100% of the readout units logged dead (healthy at most 22%), every"
                      " gradient 0 from the second quarter; the validation loss 1.380 to 1.374; "
                      "accuracy 0.2929 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h370_update_ratio_high_ripples_luna_adagrad_lr2", "the Luna model of 16 on the "
         "ripples, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RP, "model": _luna(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training", "update_ratio_high",
                "dead_relu"),
         why_allowed=("first-quarter mean update ratios 0.35 (embedding) to 0.49 (head), single "
                      "steps up to 14.6, the step loss up to 112 in epoch 1 (the healthy Luna "
                      "runs were not measured against it, so only allowed); the validation loss "
                      "4.93 to 1.60, above ln 4; accuracy 0.2625 against a majority share of "
                      "0.2688; 92.5% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h370_update_ratio_low_stamps_twins_sgd_lr1e9", "the Twins model on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _twins(dim=16),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.408 at every epoch (LR 1e-9, so update ratios near "
                      "1e-9 and below); accuracy 0.2583 at the majority share 0.2583, 97.9% of "
                      "the test predictions in one class; measured with the first patch embedding"
                      " (2x2, stride 2)"), verdict=TP),
    Case("h370_update_ratio_low_ripples_luna_rmsprop_lr1e10", "the Luna model of 16 on the "
         "ripples, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _luna(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                ),
         why_allowed=("the validation loss 1.455 at every epoch (LR 1e-10); accuracy 0.225, 0.044"
                      " below the majority share 0.2688; 96.3% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h370_vanishing_gauges_t2g_readout12_sigmoid_std005", "the T2G model with a readout "
         "of 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_t2g(dim=16, readout=[16] * 12,
                                       readout_activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the token, attention and first readout gradients 1e-18 to 4e-16 (healthy "
                      "runs far above); the validation loss 1.378 to 1.395 (ln 4); accuracy "
                      "0.2821 against a majority share of 0.2929, every test prediction in one "
                      "class"), verdict=TP),
    Case("h370_saturated_ripples_luna_tanh_gain8_rmsprop", "the Luna model of 16 on the "
         "ripples with tanh feed-forward units fed 8 times their pre-activation, plain RMSprop "
         "at LR 1e-4, batch 28, 4 epochs",
         {"data": RP, "model": _luna(dim=16, activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("60% of the feed-forward tanh units saturated (healthy tanh runs at most "
                      "0.5%); the validation loss 1.419 to 1.394 (ln 4); accuracy 0.2562 against "
                      "a majority share of 0.2688; 41% of the test predictions in one class"),
         verdict=TP),
    Case("h370_underfit_gauges_t2g_readout3_std015_momentum9", "the T2G model with a readout "
         "of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_t2g(dim=16, readout=[32] * 3), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("planned as a slow start, but the validation loss fell at once (1.257 at "
                      "epoch 1) and stalled near 0.93 from epoch 5 (lowest 0.916 at epoch 11, 2% "
                      "above it at the end): accuracy 0.4857 against a baseline of 0.6464 and "
                      "healthy runs 0.79 and up; 55% of the test predictions in one class"),
         verdict=TP),
    Case("h370_unshuffled_gauges_t2g_rmsprop", "the gauges sorted by label, never shuffled, "
         "the T2G model of 12, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _t2g(dim=12),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                ),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 10% measured); "
                      "the validation loss 1.401 to 1.385; accuracy 0.2964 against a majority "
                      "share of 0.2929; 93.2% of the test predictions in one class"), verdict=TP),
    Case("h370_mse_softmax_ripples_luna_adam", "the ripples trained with square error on the "
         "softmax, the Luna model of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RP, "model": _luna(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; validation accuracy 0.9375 (baseline 0.425), "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h370_noisy_gauges_t2g_b1_adam", "the gauges one row at a time (batch 1), the T2G "
         "model of 16, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _t2g(dim=16),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.79 times its mean over the second half (healthy "
                      "runner runs up to 0.70, the tides), so noise is no clear finding; the "
                      "validation loss 1.046 to 0.881, falling 16% in the last epoch; accuracy "
                      "0.5964, below the baseline 0.6464"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h370_overfit_gauges_subset40_t2g_adamw", "40 rows of the gauges, the T2G model of "
         "32 with a readout of 128, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _t2g(dim=32, readout=[128]),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5357 (training 1.0; the healthy runs 0.79 "
                      "and up); the validation loss lowest early (1.131), 3.09 times it at the "
                      "end"), verdict=GP),
    Case("h370_gap_stamps_subset30_twins_adam", "30 images of the stamps, the Twins model of "
         "32, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _twins(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients", "at_chance"),
         why_allowed=("30 images teach nothing the Twins model keeps: validation accuracy 0.25 "
                      "(training 1.0; "
                      "the healthy Twins runs 0.49 to 0.61), at chance; the validation loss lowest "
                      "at epoch 3 (1.422), 3.67 times it at the end"), verdict=GP),
    Case("h370_underfit_ripples_luna_dim2_adam", "the ripples through a Luna model of width 2 "
         "(one head, one packed token), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RP, "model": _luna(dim=2, heads=1, packed=1, mult=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "dead_relu", "not_training",
                "predictions_collapsed"),
         why_allowed=("width 2 cannot tell four classes: accuracy 0.3125 (training 0.30), far "
                      "below the baseline 0.425 and the square-error run's 0.9375, 0.044 above "
                      "the majority share 0.2688; the validation loss 1.392 to 1.387, near ln 4; "
                      "66.9% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h370_lightning_digits_amsgrad_lr1e20_nan", "Lightning: digits, Adam with amsgrad and "
         "betas (0.9, 0.99) at LR 1e20, 2980 units, batch 24, 3 epochs",
         script=lightning_run(_am("digits", hidden=(2980,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every validation loss NaN; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h370_lightning_circles_rmsprop_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RMSprop (alpha 0.9, eps 1e-6) at LR 1e-10, 2981 units, batch 20, 3 epochs",
         script=lightning_run(_rm("circles", hidden=(2981,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.7226 at every epoch; accuracy 0.5 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h370_hf_trainer_wine_momentum75_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.75 at LR 1e20 (decaying linearly), 2982 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m75("wine", hidden=(2982,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every evaluation loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h370_hf_trainer_iris_amsgrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam "
         "with amsgrad and betas (0.9, 0.99) at LR 1e-10 (decaying linearly), 2983 units, batch "
         "8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_am("iris", hidden=(2983,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.141 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h370_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (alpha 0.9, eps 1e-6) at LR 1e20, 2984 units, batch 20, 3 epochs",
         script=keras_run(_rm("moons", hidden=(2984,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every validation loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h370_keras_digits_subset16_momentum75_gap", "Keras names: 16 rows of digits, 2985 "
         "units, SGD with momentum 0.75 at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_m75("digits", hidden=(2985,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5097); the validation loss lowest "
                      "at epoch 0 (7.081), 2% above it at the end (7.221)"), verdict=GP),
    Case("h370_tensorboard_breast_cancer_amsgrad_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adam with amsgrad and betas (0.9, 0.99) at LR 1e20, 2986 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_am("breast_cancer", hidden=(2986,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every validation loss NaN; accuracy 0.3684, far below 0.63",
         verdict="failed"),
    Case("h370_tensorboard_circles_subset8_rmsprop_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2987 units, RMSprop (alpha 0.9, eps 1e-6) at LR 1e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_rm("circles", hidden=(2987,), lr=1e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769); the validation loss lowest "
                      "early (0.862), 9.8 times it at the end (8.42)"), verdict=GP),
    Case("h370_plain_corrupt_record_sine_momentum75", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with momentum 0.75 at LR 0.05, 2988 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_m75("sine", hidden=(2988,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the step loss climbs from its first step (0.763, 543.7, 2.9e5, 1.0e11, "
                      "4.9e27) to Inf at the corrupt record"), verdict="failed", expect_step=15),
    Case("h370_plain_digits_rmsprop_lr1e10_stuck", "hand-written loop: digits, RMSprop (alpha "
         "0.9, eps 1e-6) at LR 1e-10, 2989 units, batch 25, 4 epochs",
         script=plain_run(_rm("digits", hidden=(2989,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.326 at every epoch; accuracy 0.0975 at its initial "
                      "weights, at the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy370_gauges_t2g_adam_cosine",
       {"data": GA, "model": _t2g(dim=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy370_gauges_t2g_gelu_adamw_step",
       {"data": GA, "model": _t2g(dim=16, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy370_gauges_t2g_rmsprop_exponential",
       {"data": GA, "model": _t2g(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy370_gauges_t2g_tanh_momentum9_cosine",
       {"data": GA, "model": _t2g(dim=16, activation="tanh", readout=[32],
                                  readout_activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy370_gauges_t2g_adagrad_inverse_time",
       {"data": GA, "model": _t2g(dim=16, readout=[32]),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 14, "batch_size": 27}}),
    _h("healthy370_gauges_t2g_rmsprop_cosine",
       {"data": GA, "model": _t2g(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 11, "batch_size": 22}}),
    _h("healthy370_tides_t2g_adam_cosine",
       {"data": TD, "model": _t2g(dim=16, readout=[32]),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy370_tides_t2g_gelu_adamw_cosine",
       {"data": TD, "model": _t2g(dim=16, activation="gelu", readout=[32],
                                  readout_activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy370_stamps_twins_adam_cosine",
       {"data": ST, "model": _twins(dim=16, patch=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy370_stamps_twins_adamw_step",
       {"data": ST, "model": _twins(dim=16, patch=1),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy370_ripples_luna_adam_cosine",
       {"data": RP, "model": _luna(dim=16),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy370_ripples_luna_adamw_exponential",
       {"data": RP, "model": _luna(dim=16),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy370_ripples_luna_rmsprop_cosine",
       {"data": RP, "model": _luna(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy370_ripples_luna_momentum9_cosine",
       {"data": RP, "model": _luna(dim=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy370_ripples_luna_rmsprop_step",
       {"data": RP, "model": _luna(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "step", "step_size": 7,
                  "gamma": 0.5},
        "train": {"epochs": 19, "batch_size": 26}}),
    _hs("healthy370_lightning_digits_amsgrad",
        lightning_run(_am("digits", hidden=(2980,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy370_lightning_wine_momentum75",
        lightning_run(_m75("wine", hidden=(2981,), lr=3e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy370_lightning_moons_rmsprop",
        lightning_run(_rm("moons", hidden=(2982,), lr=5e-4, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy370_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_am("breast_cancer", hidden=(2983,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy370_hf_trainer_iris_momentum75",
        hf_trainer_run(_m75("iris", hidden=(2984,), lr=1e-2, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy370_keras_circles_amsgrad",
        keras_run(_am("circles", hidden=(2985,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy370_keras_wine_rmsprop",
        keras_run(_rm("wine", hidden=(2986,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy370_keras_breast_cancer_momentum75",
        keras_run(_m75("breast_cancer", hidden=(2987,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy370_tensorboard_iris_amsgrad",
        tensorboard_run(_am("iris", hidden=(2988,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy370_tensorboard_digits_momentum75",
        tensorboard_run(_m75("digits", hidden=(2989,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy370_tensorboard_moons_rmsprop",
        tensorboard_run(_rm("moons", hidden=(2980,), lr=5e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy370_plain_sine_momentum75",
        plain_run(_m75("sine", hidden=(2981,), lr=1e-3, epochs=8, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy370_plain_breast_cancer_amsgrad",
        plain_run(_am("breast_cancer", hidden=(2982,), lr=5e-4, epochs=6, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
