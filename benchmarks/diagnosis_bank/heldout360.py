"""The three-hundred-sixtieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`ExcelNet` (an ExcelFormer-style
tabular net: each feature a learnt token, one semi-permeable attention layer in which each feature
attends only to itself and the less informative features after it, a gated GLU layer with a
residual, then hidden layers of linear and an activation given to the constructor, pre-activations
optionally shifted, and a linear head), :class:`CycleNet` (a CycleMLP-style vision MLP: a 3x3
convolution and a 2x2 max pool as patch embedding, two CycleMLP blocks whose cycle FC layers mix
channels sampled at positions shifted by their channel index along the height and along the
width, a channel MLP, a global average pool) and :class:`ConformerNet` (a Conformer-style
sequence model: the series embedded step by step with learnt positions, one block of a half
macaron feed-forward, self-attention, a convolution module with a GLU and a depthwise
convolution over time, a second half feed-forward, the mean over time read out); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`trills`, 800 noisy series of 16 steps in 2 readings, each reading holding a 4-step trill
of 1.5 (alternating sign, starting either way) or none (4 classes; seed 3600); :func:`tiles`,
2400 10x10 images of four corner dots, two bars, a vee or a zed at a random place in noise 0.35,
2% random labels (4 classes; seed 3601); :func:`gauges`, a tabular 4-class set of 8 readings (a
circle in two readings and a linear threshold of two more, 3% random labels, 1400 rows; seed
3602); :func:`outputs`, a tabular regression of 8 readings (a sine, an absolute value, a product
and a linear term; 1200 rows; seed 3603; times 250 plus 5000 with seed 3604 for the divergence).
Script cases use RAdam, SGD with momentum 0.7 and Adagrad with an initial accumulator of 0.1 on
digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden
width of 2880 to 2889. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD
with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time; batch
sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files, one per worker) only to check that the fault is real, from the
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
0.2821 on the gauges, 0.2542 on the tiles, 0.2875 on the trills. Baselines (validation): accuracy
0.6643 (gauges), 0.5271 (tiles), 0.5563 (trills); R2 0.6487 (outputs), 0.6206 (the raw outputs).

Measured healthy ranges (runner): update-ratio quarter means 2.0e-5 to 0.049 (single steps up to
0.41, the gauges under Adagrad); the ``update_ratio_high`` run's first-quarter means up to 0.58,
single steps up to 19.8; the ``update_ratio_low`` runs at most 2.1e-10 and 1.3e-9. Dead fractions
at most 6.7% in the healthy ExcelNets' hidden ReLUs and 0% in the ReLU CycleNet; the shifted
ExcelNet's 100%, the RMSprop-killed one's 44% (allowed: not most units), the slow start's 22%
(allowed). Saturated tanh outputs at most 33% in the healthy runs (the tanh ExcelNet's hidden
layer); the gain-100 Conformer's convolution module 92%. Gradient norms at most 6.37, first-step
norms at least 0.0037; the exploding run's 2400 to 1.1e5, the vanishing run's token and GLU norms
6e-20 to 7e-18. The step loss's position explains at most 19.8% of its within-epoch variance in
the healthy runner runs; the unshuffled run 100.0%. The step-loss swing (standard deviation of
its step-to-step change over its mean, second half) is 0.40 to 1.16 in the healthy runner runs
and 0.22 to 1.09 in the healthy scripts that log a step loss; the batch-1 run's 1.74, so
``noisy_loss`` is expected there. Healthy scores (validation): gauges 0.9214-0.9357, tiles
0.8708-0.8938, trills 0.8875-0.9187, outputs R2 0.9174 and 0.9363.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
CycleNet's first patch embedding (a 3x3 stride-2 convolution) left the healthy tiles runs at
0.6375 to 0.7542 against a baseline of 0.5271, so it became a 3x3 convolution and a 2x2 max pool
(0.8708 to 0.8938), and the two CycleNet faults were trained again with it; the saturated
Conformer's gain of 30 left 76% of its tanh outputs saturated, so it is 100 (92%); the first slow
start (3 ReLU layers, N(0, 0.15) init, LR 0.02) left ln 4 in its first epoch and overfit, and
scratch variants of 3 to 5 layers, init 0.08 to 0.12 and LR 0.01 to 0.03 either left ln 4 within
2 to 4 epochs or stalled on a second plateau near 0.80: the kept one (4 layers, N(0, 0.1), LR
0.01) sits near ln 4 for 6 of 15 epochs and then stalls at 0.80, so ``underfitting`` is expected
beside ``slow_start``; the healthy runs that ended above their minimum were cut at it (the
gauges' GELU AdamW, RMSprop and Adagrad runs 13 epochs, the ReLU CycleNet 11, the Conformer under
AdamW 18, Lightning's wine 12, HF's iris 12): each now ends at its lowest validation loss.

Not met: the ExcelNet under Adam (0.04%), the outputs ExcelNet under Adam (0.34%), the CycleNet
under Adam (0.47%), the Conformers under Adam (0.42%) and Adagrad (0.35%) end slightly above an
earlier minimum (within 0.5%); the measured ranges above mix both rounds. The slow start does not
end well (accuracy 0.4786), so it is not the slow start that then trains to a good end.

Labels from the metrics: the test predictions fall in one class in the shifted ExcelNet (100%),
the vanishing run (100%), the ``update_ratio_high`` Conformer (100%), the stuck CycleNet (98.1%),
the RMSprop-killed ExcelNet (97.9%) and the exploding run (93%), so ``predictions_collapsed`` is
expected there, allowed in the unshuffled run (75.7%) and the width-2 Conformer (68%); the shifted
and RMSprop-killed ExcelNets, the vanishing run, the ``update_ratio_high`` Conformer and both
``update_ratio_low`` runs score within 0.05 of the majority share (``at_chance`` expected); the
exploding run scores 0.075 below it, the saturated Conformer 0.0375 above it on validation (0.075
on test), the width-2 Conformer 0.05 above it (allowed). The RMSprop-killed ExcelNet's step loss
rose from 1.375 to 3.8e5 and its validation loss ends at 8.08, 5.8 times ln 4, so ``divergence``
is expected there (verdict failed). Keras' 16 digits' validation loss is lowest at its end, so
only ``generalisation_gap`` is expected there; the other overfit runs end 1.95 to 4.2 times their
early minima. Lightning's stuck circles score 0.5938 (``at_chance`` allowed), the loop's stuck
digits 0.0752, HF's stuck iris 0.2333.

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


def trills(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 1.5,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a trill (4 steps alternating ``+height`` and ``-height``, starting with either
    sign, so a reading's sum does not tell) at a random time, or none; the class is which
    readings trill (4 classes: none, the second, the first, both). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    pattern = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * pattern
    return x.reshape(n, steps * 2).astype(np.float32), y


_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)
_BARS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)
_VEE = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)


def tiles(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 tile each at a random
    place (4 classes: four corner dots, two bars, a vee, a zed), in Gaussian noise of ``noise``;
    a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_DOTS, _BARS, _VEE, _ZED), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.5 x3``
    exceeds 0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.5 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, the
    absolute value of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.5 * x[:, 0]) + 1.2 * np.abs(x[:, 1]) + 1.0 * x[:, 2] * x[:, 3]
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU, "silu": nn.SiLU}


class _Shifted(nn.Module):
    """A linear layer, its pre-activation shifted by ``shift``, then ``activation``."""

    def __init__(self, n_in: int, n_out: int, activation: str, shift: float) -> None:
        super().__init__()
        self.linear = nn.Linear(n_in, n_out)
        self.act = _ACTS[activation]()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.linear(x) + self.shift)


class ExcelNet(nn.Module):
    """An ExcelFormer-style tabular net: each of the features becomes a token of ``dim`` (its
    value times a learnt vector plus a learnt bias); one semi-permeable attention layer mixes the
    tokens, each feature attending only to itself and the features after it (ordered from the
    most to the least informative, so a feature reads only less informative ones); ``glu`` gated
    GLU layers (layer norm, a linear layer to twice ``dim``, the first half times the sigmoid of
    the second, a residual) follow; the flattened tokens pass ``depth`` hidden layers of ``width``
    (linear and ``activation``, pre-activations shifted by ``shift``) to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 8,
                 glu: int = 1, width: int = 32, depth: int = 1, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        f = int(np.prod(input_shape))
        self.scale = nn.Parameter(torch.randn(f, dim) * 0.5)
        self.offset = nn.Parameter(torch.zeros(f, dim))
        self.norm = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.out = nn.Linear(dim, dim)
        index = torch.arange(f)
        self.register_buffer("blocked", index[None, :] < index[:, None])  # j < i is blocked
        self.glus = nn.ModuleList(nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, 2 * dim))
                                  for _ in range(glu))
        layers: list[nn.Module] = []
        n_in = f * dim
        for _ in range(depth):
            layers.append(_Shifted(n_in, width, activation, shift))
            n_in = width
        self.hidden = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)
        self.dim = dim

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        t = x.flatten(1)[:, :, None] * self.scale + self.offset  # (batch, features, dim)
        q, k, v = self.qkv(self.norm(t)).chunk(3, dim=-1)
        scores = q @ k.transpose(1, 2) / self.dim ** 0.5
        scores = scores.masked_fill(self.blocked, float("-inf"))
        t = t + self.out(torch.softmax(scores, dim=-1) @ v)
        for layer in self.glus:
            t = t + nn.functional.glu(layer(t), dim=-1)
        return self.head(self.hidden(t.flatten(1)))


def _cycle(x: torch.Tensor, dim: int) -> torch.Tensor:
    """``x`` (batch, channels, height, width) with channel ``c`` shifted cyclically along
    ``dim`` by ``c mod 3 - 1`` places."""
    out = torch.empty_like(x)
    for k in range(3):
        out[:, k::3] = torch.roll(x[:, k::3], shifts=k - 1, dims=dim)
    return out


class CycleFC(nn.Module):
    """A cycle fully-connected layer: a channel mix of the input, plus channel mixes of the input
    with each channel sampled at a position shifted by its channel index along the height and
    along the width."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.along_h = nn.Conv2d(channels, channels, 1)
        self.along_w = nn.Conv2d(channels, channels, 1)
        self.mix = nn.Conv2d(channels, channels, 1, bias=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.along_h(_cycle(x, 2)) + self.along_w(_cycle(x, 3)) + self.mix(x)


class CycleBlock(nn.Module):
    """A CycleMLP block: a normalised cycle FC with a residual, then a normalised channel MLP
    (1x1 to twice the channels, ``activation``, 1x1 back) with a residual."""

    def __init__(self, channels: int, activation: str) -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(1, channels)
        self.cycle = CycleFC(channels)
        self.norm2 = nn.GroupNorm(1, channels)
        self.mlp = nn.Sequential(nn.Conv2d(channels, 2 * channels, 1), _ACTS[activation](),
                                 nn.Conv2d(2 * channels, channels, 1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.cycle(self.norm1(x))
        return x + self.mlp(self.norm2(x))


class CycleNet(nn.Module):
    """A CycleMLP-style vision MLP: a patch embedding (a 3x3 convolution to ``channels`` and a
    2x2 max pool), ``blocks`` CycleMLP blocks, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 16,
                 blocks: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        self.embed = nn.Sequential(nn.Conv2d(input_shape[0], channels, 3, padding=1),
                                   nn.MaxPool2d(2))
        self.blocks = nn.Sequential(*(CycleBlock(channels, activation) for _ in range(blocks)))
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(self.embed(x)).mean(dim=(2, 3)))


class ConformerBlock(nn.Module):
    """A Conformer block: half a feed-forward (SiLU), self-attention, a convolution module
    (layer norm, a pointwise layer to twice ``dim``, a GLU, a depthwise convolution of
    ``kernel`` over time, ``activation`` of ``gain`` times its output, a pointwise layer), half
    a second feed-forward, each with a residual, and a final layer norm."""

    def __init__(self, dim: int, heads: int, kernel: int, activation: str, gain: float) -> None:
        super().__init__()
        self.ff1 = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, 2 * dim), nn.SiLU(),
                                 nn.Linear(2 * dim, dim))
        self.norm_att = nn.LayerNorm(dim)
        self.att = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm_conv = nn.LayerNorm(dim)
        self.point1 = nn.Linear(dim, 2 * dim)
        self.depthwise = nn.Conv1d(dim, dim, kernel, padding=kernel // 2, groups=dim)
        self.act = _ACTS[activation]()
        self.gain = gain
        self.point2 = nn.Linear(dim, dim)
        self.ff2 = nn.Sequential(nn.LayerNorm(dim), nn.Linear(dim, 2 * dim), nn.SiLU(),
                                 nn.Linear(2 * dim, dim))
        self.norm_out = nn.LayerNorm(dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + 0.5 * self.ff1(x)
        h = self.norm_att(x)
        x = x + self.att(h, h, h, need_weights=False)[0]
        h = nn.functional.glu(self.point1(self.norm_conv(x)), dim=-1)
        h = self.depthwise(h.transpose(1, 2)).transpose(1, 2)
        x = x + self.point2(self.act(self.gain * h))
        x = x + 0.5 * self.ff2(x)
        return self.norm_out(x)


class ConformerNet(nn.Module):
    """A Conformer-style sequence model: the flattened series read back as ``features`` readings
    a step, each step embedded to ``dim`` with a learnt position vector, ``blocks`` Conformer
    blocks, the mean over time to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, heads: int = 2, kernel: int = 5, blocks: int = 1,
                 activation: str = "silu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.position = nn.Parameter(torch.randn(self.steps, dim) * 0.1)
        self.blocks = nn.Sequential(*(ConformerBlock(dim, heads, kernel, activation, gain)
                                      for _ in range(blocks)))
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = self.blocks(self.embed(seq) + self.position)
        return self.head(h.mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout360"
TR = _factory(f"{HERE}:trills", seed=3600)
TI = _factory(f"{HERE}:tiles", seed=3601)
GA = _factory(f"{HERE}:gauges", seed=3602)
OU = _factory(f"{HERE}:outputs", seed=3603)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3604)


def _xl(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ExcelNet", "args": args}


def _cy(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CycleNet", "args": args}


def _cf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ConformerNet", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _m7(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


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
    Case("h360_divergence_outputs_raw_excelnet_sgd", "the outputs regression times 250 plus "
         "5000 (targets unscaled), the ExcelFormer-style net of 24, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _xl(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 1.3e10 at the "
                      f"second, NaN at the third, with the gradient norms (to 2e10) and update "
                      f"ratios (to 2.8e7)"), verdict="failed"),
    Case("h360_exploding_gauges_excelnet_depth6_std1", "the ExcelFormer-style net with 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_xl(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "at_chance"),
         why_allowed=("the validation loss 7.5e4 to 7.4e4 over the 3 epochs; "
                      "gradient norms 2400 to 1.1e5 (healthy at most 6.37); "
                      "update ratios at most 3.8e-6, a side effect of the LR; "
                      "accuracy 0.2071, 0.075 below the majority share 0.2821 "
                      "(allowed); 93% of the test predictions in one class"), verdict="failed"),
    Case("h360_dead_relu_gauges_excelnet_shift10", "the ExcelFormer-style net of 32 on the "
         "gauges with its hidden ReLU pre-activations shifted by -10, so no unit fires, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _xl(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every hidden unit logged dead (healthy runs at most 6.7%), "
                      "so no gradient reaches any layer (norms 0): the validation "
                      "loss 1.394 to 1.383 (ln 4); accuracy 0.2821, the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h360_dead_relu_gauges_excelnet_depth2_rmsprop_lr01", "the ExcelFormer-style net with 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _xl(width=32, depth=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss"),
         why_allowed=("the step loss 1.375 at the first step, up to 3.8e5 in "
                      "epoch 1 and 1.34 at the end, the validation loss 20.4 "
                      "to 8.08, still 5.8 times ln 4 at the end; "
                      "first-quarter update ratios up to 0.71 and gradient "
                      "norms to 1.5e5, effects of the blow-up; 44% of the "
                      "first hidden layer's units and 16% of the second's "
                      "logged dead (healthy at most 6.7%, but not most "
                      "units); accuracy 0.2821, the majority share; 97.9% of "
                      "the test predictions in one class"), verdict="failed"),
    Case("h360_update_ratio_high_trills_conformer_adagrad_lr2", "the Conformer-style net of 16 "
         "on the trills, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TR, "model": _cf(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios up to 0.58, single steps up "
                      "to 19.8 (healthy quarter means at most 0.044, single steps "
                      "at most 0.41); the step loss up to 189 in epoch 1, the "
                      "validation loss 2.93 to 1.454, above ln 4; accuracy 0.2875, "
                      "the majority share 0.2875, every test prediction in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h360_update_ratio_low_tiles_cyclenet_sgd_lr1e9", "the CycleMLP-style net on the tiles, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TI, "model": _cy(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.456 at every epoch; update ratios at "
                      "most 2.1e-10 (healthy quarter means at least 2e-5); accuracy "
                      "0.2458 against a majority share of 0.2542, 98.1% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h360_update_ratio_low_trills_conformer_rmsprop_lr1e10", "the Conformer-style net of "
         "16 on the trills, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TR, "model": _cf(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.488 at every epoch; update ratios at "
                      "most 1.3e-9 (healthy quarter means at least 2e-5); accuracy "
                      "0.2938 (test 0.3) against a majority share of 0.2875; 53% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h360_vanishing_gauges_excelnet_depth12_sigmoid_std005", "the ExcelFormer-style net "
         "with 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_xl(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "update_ratio_high"),
         why_allowed=("the token and GLU layers' gradients 6e-20 to 7e-18 (healthy "
                      "first norms at least 0.0037); the validation loss 1.391 to "
                      "1.380 (ln 4); accuracy 0.2821, the majority share, every "
                      "test prediction in one class; the head's update ratios reach "
                      "a quarter mean of 0.083 (healthy at most 0.044), not clearly "
                      "outside"), verdict=TP),
    Case("h360_saturated_trills_conformer_tanh_gain100_rmsprop", "the Conformer-style net of 16 "
         "on the trills with a tanh convolution module fed 100 times the depthwise output, plain "
         "RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TR, "model": _cf(dim=16, activation="tanh", gain=100.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("92% of the convolution module's tanh outputs saturated "
                      "(healthy tanh layers at most 33%); the validation loss 1.393 "
                      "to 1.369 (ln 4); accuracy 0.325 (test 0.3625) against a "
                      "majority share of 0.2875; 44% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h360_slow_start_gauges_excelnet_depth4_std01_momentum9", "the ExcelFormer-style net "
         "with 4 ReLU layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.01, batch 32, 15 epochs",
         {"data": GA, "model": {**_xl(width=32, depth=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.384 to 1.342 over the first 6 epochs (near ln 4), then "
                      "down to 0.80 by epoch 9 and flat there: accuracy 0.4786 (training 0.4952) "
                      "against a baseline of 0.6643 (healthy 0.9214 and up); the first layers' "
                      "gradient norms 2.5e-4 in the first quarter (healthy 0.029 and up), 0.0075 "
                      "in the last, the slow start's cause, not next to nothing; update ratios "
                      "down to 2.8e-6; 22% of the last hidden layer's units dead (healthy at "
                      "most 6.7%)"),
         verdict=TP),
    Case("h360_unshuffled_gauges_excelnet_rmsprop", "the gauges sorted by label, never shuffled, "
         "the ExcelFormer-style net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _xl(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100.0% of its "
                      "within-epoch variance over the second half (healthy runner "
                      "runs at most 21.5%); the validation loss 1.36 to 1.306, "
                      "lowest at the end; accuracy 0.4 (test 0.357), 0.12 above the "
                      "majority share 0.2821 and far below the baseline 0.6643; "
                      "75.7% of the test predictions in one class"), verdict=TP),
    Case("h360_mse_softmax_trills_conformer_adam", "the trills trained with square error on the "
         "softmax, the Conformer-style net of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TR, "model": _cf(dim=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "not_converged", "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9 (test 0.8688, "
                      "healthy 0.8875 and up); the validation loss lowest at the "
                      "end"), verdict=TP),
    Case("h360_noisy_gauges_excelnet_b1_adam", "the gauges one row at a time (batch 1), the "
         "ExcelFormer-style net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _xl(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("one row a step: the step loss swings 1.74 times its mean "
                      "over the second half (healthy runner runs at most 1.16, "
                      "healthy scripts at most 1.09); the validation loss 0.685 to "
                      "0.420 in the two epochs and accuracy 0.661 to 0.839, still "
                      "improving at the end (the healthy runs 0.92 and up); single "
                      "gradient norms up to 15.9"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h360_overfit_gauges_subset40_excelnet_adamw", "40 rows of the gauges, the "
         "ExcelFormer-style net of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _xl(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4964 (training 1.0; the "
                      "healthy runs 0.9214 and up); the validation loss lowest at "
                      "epoch 3 of 150 (1.109), 3.11 times it at the end"), verdict=GP),
    Case("h360_gap_tiles_subset30_cyclenet_adam", "30 images of the tiles, the CycleMLP-style "
         "net with 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TI, "subset": 30}, "model": _cy(channels=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.6333 (training 1.0; the "
                      "healthy CycleMLPs 0.8708 and up); the validation loss lowest "
                      "early (1.228), 1.95 times it at the end"), verdict=GP),
    Case("h360_underfit_trills_conformer_dim2_adam", "the trills through a Conformer-style net "
         "of width 2 (one head), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": TR, "model": _cf(dim=2, heads=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         why_allowed=("a width of 2 cannot tell four classes: accuracy 0.3375 "
                      "(training 0.3688), far below the baseline 0.5563 (healthy "
                      "0.8875 and up); the validation loss 1.387 to 1.358, barely "
                      "falling; accuracy 0.05 above the majority share 0.2875; 68% "
                      "of the test predictions in one class; single gradient norms "
                      "down to 3e-9"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h360_lightning_digits_momentum7_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.7 at LR 1e20, 2880 units, batch 24, 3 epochs",
         script=lightning_run(_m7("digits", hidden=(2880,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy "
                      "0.1003, the majority share"), verdict="failed"),
    Case("h360_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam at LR 1e-10, 2881 units, batch 20, 3 epochs",
         script=lightning_run(_ra("circles", hidden=(2881,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6713 at every epoch; accuracy 0.5938 "
                      "at its initial weights (training 0.5469), 0.09 above a half"), verdict=TP),
    Case("h360_hf_trainer_wine_momentum7_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.7 at LR 1e20 (decaying linearly), 2882 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m7("wine", hidden=(2882,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy "
                      "0.3333, below the majority share"), verdict="failed"),
    Case("h360_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (initial accumulator 0.1) at LR 1e-10 (decaying linearly), 2883 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2883,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.161 at every evaluation; accuracy "
                      "0.2333 at its initial weights, 0.1 below 1/3"), verdict=TP),
    Case("h360_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam at LR 1e20, 2884 units, batch 20, 3 epochs",
         script=keras_run(_ra("moons", hidden=(2884,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the "
                      "majority share"), verdict="failed"),
    Case("h360_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2885 units, "
         "Adagrad (initial accumulator 0.1) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2885,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5042, training "
                      "1.0); the validation loss 4.685 at epoch 1 and lowest at the "
                      "end (4.306), so it does not overfit in its loss"), verdict=GP),
    Case("h360_tensorboard_breast_cancer_momentum7_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.7 at LR 1e20, 2886 units, batch 19, 3 epochs",
         script=tensorboard_run(_m7("breast_cancer", hidden=(2886,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its "
                      "first step; accuracy 0.3684, far below 0.63"), verdict="failed"),
    Case("h360_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2887 units, RAdam at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ra("circles", hidden=(2887,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5846, training "
                      "1.0); the validation loss lowest early (0.694), 4.2 times it "
                      "at the end"), verdict=GP),
    Case("h360_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 0.05, 2888 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(2888,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt "
                      "record, far above its first step (the "
                      "step loss also jumps to 608 at step 2 "
                      "and settles back)"), verdict="failed", expect_step=15),
    Case("h360_plain_digits_momentum7_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.7 at LR 1e-10, 2889 units, batch 25, 4 epochs",
         script=plain_run(_m7("digits", hidden=(2889,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.334 at every epoch; accuracy 0.0752 at "
                      "its initial weights, below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy360_gauges_excelnet_adam_cosine",
       {"data": GA, "model": _xl(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy360_gauges_excelnet_gelu_adamw_step",
       {"data": GA, "model": _xl(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 13, "batch_size": 26}}),
    _h("healthy360_gauges_excelnet_rmsprop_exponential",
       {"data": GA, "model": _xl(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 13, "batch_size": 30}}),
    _h("healthy360_gauges_excelnet_tanh_momentum9_cosine",
       {"data": GA, "model": _xl(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy360_gauges_excelnet_adagrad_inverse_time",
       {"data": GA, "model": _xl(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 13, "batch_size": 27}}),
    _h("healthy360_outputs_excelnet_adam_cosine",
       {"data": OU, "model": _xl(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy360_outputs_excelnet_gelu_adamw_cosine",
       {"data": OU, "model": _xl(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy360_tiles_cyclenet_adam_cosine",
       {"data": TI, "model": _cy(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy360_tiles_cyclenet_relu_adamw_step",
       {"data": TI, "model": _cy(channels=12, activation="relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy360_tiles_cyclenet_rmsprop_cosine",
       {"data": TI, "model": _cy(channels=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy360_tiles_cyclenet_momentum9_cosine",
       {"data": TI, "model": _cy(channels=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy360_trills_conformer_adam_cosine",
       {"data": TR, "model": _cf(dim=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy360_trills_conformer_adamw_exponential",
       {"data": TR, "model": _cf(dim=16),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy360_trills_conformer_rmsprop_cosine",
       {"data": TR, "model": _cf(dim=16),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy360_trills_conformer_adagrad_cosine",
       {"data": TR, "model": _cf(dim=16),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy360_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(2880,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy360_lightning_wine_momentum7",
        lightning_run(_m7("wine", hidden=(2881,), lr=3e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy360_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2882,), lr=0.01, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy360_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_ra("breast_cancer", hidden=(2883,), lr=3e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy360_hf_trainer_iris_momentum7",
        hf_trainer_run(_m7("iris", hidden=(2884,), lr=1e-2, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy360_keras_circles_radam",
        keras_run(_ra("circles", hidden=(2885,), lr=1e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy360_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2886,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy360_keras_breast_cancer_momentum7",
        keras_run(_m7("breast_cancer", hidden=(2887,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy360_tensorboard_iris_radam",
        tensorboard_run(_ra("iris", hidden=(2888,), lr=2e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy360_tensorboard_digits_momentum7",
        tensorboard_run(_m7("digits", hidden=(2889,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy360_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2880,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy360_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2881,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy360_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(2882,), lr=1e-3, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
