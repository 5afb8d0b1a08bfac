"""The two-hundred-and-seventeenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout214`, :mod:`.heldout215` and :mod:`.heldout216` (not
looked at), after the measurement of :mod:`.heldout210` to :mod:`.heldout213`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`StochasticDepthMLP` (a
pre-activation residual MLP whose blocks, linear of the activation of the layer-normalised input
plus an optional shift, are each skipped at random in training with a survival probability and
scaled by it in evaluation; ``residual=False`` gives plain blocks without the skip),
:class:`ViTLite` (a strided-convolution patch embedding of 2x2 patches, a class token and a learnt
position embedding, two pre-norm self-attention blocks with a two-layer MLP, a linear head on the
normalised class token) and :class:`SelectiveSSM` (a Mamba-lite recurrence over the flattened
sequence: a per-step decay that is the sigmoid of a projection of the input, the state a convex
mix of itself and a tanh of the input, a linear readout of the last state, optionally through a
tanh layer); every fault code could be produced with these three models, no case fell back to the
runner's built-in MLP or CNN. Every data set is this module's own ``data.factory``:
:func:`chirps`, 900 signals of 24 steps, a ramp up or down under calm (0.3) or wild (1.2) noise
(4 classes, seed 2170; a linear model sees only the ramp); :func:`weaves`, 2000 10x10 images of
horizontal bars, vertical bars, a checkerboard (each of brightness 0.4 at a random parity) or
none, in noise 0.6, 2% random labels (4 classes, seed 2171); :func:`sectors`, a tabular 3-class
set of 10 readings (the 120-degree sector of a point built with a product and a square term, 3%
random labels, 1500 rows; seed 2172); :func:`harvests`, a tabular regression of 8 readings (1200
rows; seed 2173; times 300 plus 4000 with seed 2174 for the divergence). Script cases use RAdam
with betas (0.9, 0.98) and weight decay 1e-3, Adadelta with rho 0.8 and centred RMSprop with alpha
0.9 on digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a
hidden width of 1440 to 1449. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad (constant,
and halved every 5 epochs), plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum
0.9; batch sizes 1 to 32; cosine, step and constant schedules. The faults, each through what its
model has: divergence under plain SGD in the stochastic-depth MLP on the unscaled harvests;
exploding gradients in 6 plain leaky-ReLU blocks with N(0, 1) init under SGD with momentum 0.5 at
LR 1e-10; dead units in the stochastic-depth blocks (pre-activations shifted by -10, so the net is
linear through its skips) under Adam; a high update ratio from Adagrad at LR 2 in layer-normalised
tanh blocks (the tanh units saturate too); tiny learning rates in the ViT (plain SGD at 1e-9), the
SSM (plain RMSprop at 1e-10) and the MLP on the harvests regression (Adagrad at 1e-9); vanishing
gradients through 16 plain sigmoid blocks under SGD with momentum 0.9; the SSM's tanh units
saturated by N(0, 3) init under plain RMSprop at LR 2e-5; 2 plain ReLU blocks with N(0, 0.05)
init under momentum 0.9 (a slow start); the sectors sorted by label and never shuffled (SiLU
blocks, plain RMSprop); square error on the SSM's softmax under Adam; the MLP at batch 1 under
Adam on 900 rows; 40 rows of the sectors under AdamW (overfit, a gap) and 30 images under Adam
(the ViT, overfit, a gap); an SSM of one state unit (underfitting); the scripts: Lightning's NaN
on digits (RAdam) and stuck circles (Adadelta), Trainer's NaN on wine (centred RMSprop) and stuck
iris (RAdam), Keras' NaN on moons (centred RMSprop) and 16 rows of digits (centred RMSprop,
overfit, a gap), TensorBoard's NaN on breast cancer (RAdam) and 8 rows of circles (Adadelta,
overfit, a gap), the loop's corrupt record on the sine (centred RMSprop) and stuck digits (RAdam).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into fresh stores (the batch-1 case and Keras' breast cancer, changed
last, in their own; the cases left unchanged gave the same numbers); the numbers below are from
those stores. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.3533 on the sectors, 0.265 on the weaves, 0.2556 on
the chirps; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.7933 (sectors), 0.75
(weaves), 0.6611 (chirps); R2 0.7439 (harvests), 0.7367 (the unscaled harvests).

Measured healthy ranges (runner): update ratio quarter means 2e-5 (the SiLU MLP on the harvests) to
0.049 (the ViT under Nesterov momentum), single steps at most 0.228 (the SSM under RMSprop); the
``update_ratio_high`` run reaches quarter means of 0.40 with single steps up to 16.7; the
``update_ratio_low`` runs log quarter means of at most 1.4e-10, 5.9e-10 and 1.3e-9. Dead fraction
at most 4.2% (the ReLU MLP on the harvests; 0 in the ViTs); the shifted blocks 1.0, the exploding
run's up to 4.2%. Saturated fraction at most 4.5% (the SSMs; the tanh MLP 3.7%); the saturated
SSM's 75% (readout) and 34% (input), the update-ratio run's 75% and 82%. Gradient norms at most 9.4
(the SiLU MLP on the harvests), first norms at least 0.0073 (the SSM with a readout layer; a block
skipped at the first step logs 0); the vanishing run's down to 4e-15, the exploding run's 2881 to
3.7e4, the slow start's first 0.0051 to 0.0078. The step loss's position in the epoch explains at
most 23% of the within-epoch variance over the second half in the healthy runner runs (the ViT
under Nesterov momentum); the unshuffled run 52%. The standard deviation of the step loss's
step-to-step change over the second half is at most 1.32 times its mean in the healthy runner runs
(the SiLU MLP on the harvests) and 2.09 in the healthy scripts (Lightning's wine); the batch-1
run's is 2.77. Healthy scores (validation): sectors 0.83-0.91 (test 0.87-0.9133), weaves
0.8275-0.9025 (test 0.8475-0.9275), chirps 0.9556-0.9778 (test 0.9444-0.9667), harvests R2 0.8964
and 0.8878; scripts: digits 0.9777 and 0.9749, wine 1.0 and 0.9722, breast cancer 0.9298, 0.9386
and 0.9649, moons 0.9531, 0.9848 and 0.9603, iris 0.9667 and 0.9667, circles 0.9919. Every healthy
run's validation loss is lowest at its end but the ELU MLP on the sectors (epoch 14 of 15, 0.1%
above it), the tanh MLP under Adagrad (epoch 14 of 15, 0.4%), the SiLU MLP on the harvests (epoch
18 of 20, 0.3%), the ReLU MLP on the harvests (epoch 18 of 20, 0.04%), the ReLU ViT (epoch 7 of 8,
0.2%), the SiLU ViT (epoch 7 of 8, 0.4%), Trainer's iris (epoch 19 of 20, 0.2%) and Keras' breast
cancer (epoch 11 of 12, 0.7%).

Changes after the first run: the first sequences (sines of two periods, a ramp and a step) were
solved by the logistic baseline (validation accuracy 1.0), so they became :func:`chirps` (baseline
0.6611, healthy SSMs 0.9556 and up); the first images (a 4x4 hook turned four ways in 10x10
noise) were too hard for the ViT (healthy ViTs 0.28 to 0.56 against a baseline of 0.76), so they
became :func:`weaves` (healthy ViTs 0.8275 to 0.9025 against 0.75), and every case on them was
trained again and labelled from that run (the ViT under RMSprop took LR 2e-3 and under Nesterov
momentum LR 0.05, from 1e-3 and 0.02; the 30-image run 60 epochs, from 100). The slow start first
had 3 plain blocks with N(0, 0.03) init (stuck at ln 3 for all 15 epochs), then 2 with N(0, 0.08)
(only one epoch at ln 3), so N(0, 0.05) (4 epochs). The batch-1 run first put the ViT on 1000
weaves' predecessors (its step loss swung 0.2 times its mean), then the MLP on 600 rows at LR 1e-3
(1.85 times, within the healthy scripts' 2.09), so 900 rows at LR 3e-3 (2.77). The saturated SSM
took LR 2e-5 (from 1e-4: its epoch loss fell 6% over 4 epochs); Keras' NaN on moons took centred
RMSprop (Adadelta at LR 1e20 left the loss finite, 9e34, at accuracy 0.88); a third tiny-LR case
(the harvests under Adagrad) was added. Healthy: the SiLU MLP under AdamW (LR 3e-3, 1.2% above its
epoch-10 minimum) took LR 1.5e-3; the tanh MLP under Adagrad (LR 0.03, 0.7% above) LR 0.02; the
SiLU MLP on the harvests (LR 3e-3) LR 2e-3; Lightning's digits (RAdam at LR 1e-3, 4.6% above its
epoch-8 minimum) LR 5e-4; Keras' breast cancer (Adadelta at LR 0.5, then 0.3, 0.15: 3.3%, 2.5%
and 1.7% above its epoch-11 minimum) LR 0.1; TensorBoard's digits (Adadelta at LR 0.5, 0.6%
above) LR 0.3; the loop's moons (Adadelta at LR 0.3, 0.9% above) LR 0.2; Trainer's iris (Adadelta
at LR 0.5, 0.4% above) LR 0.4.

Labels from the metrics: the dead-unit run scores the logistic baseline (0.7933, training 0.8222)
below the healthy runs (0.83 and up) but not far below the baseline, so ``underfitting`` is
allowed beside ``dead_relu``; the test predictions fall in one class in the exploding run (96%),
the vanishing run (100%), the stuck SSM (100%) and the stuck ViT (75%), so
``predictions_collapsed`` is expected in the first three and allowed in the ViT, and neither in the
saturated SSM (58%) or the one-unit SSM (43%); the exploding run (0.34 against 0.3533), the
vanishing run (0.3533), the stuck SSM (0.25 against 0.2556) and the stuck ViT (0.3075 against
0.265) score within 0.05 of the majority share (``at_chance`` expected), the saturated SSM 0.1722
(0.083 below 0.2556; allowed); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5),
Lightning's stuck circles (0.5) and the loop's stuck digits (0.0613, 0.039 below 0.1003) expect
``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast cancer (0.3684
against 0.6316) and Trainer's stuck iris (0.1 against 1/3) allow it; the saturated SSM's epoch
loss falls 1.2% (``not_training`` expected); the unshuffled run's and the batch-1 run's loss
still falls with the validation loss lowest at the end (``not_converged`` expected); the overfit
runs' validation losses end 2.22 (40 rows), 1.64 (30 images), 1.62 (Keras' 16 rows) and 5.6
(TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``; the update-ratio run's tanh units saturate far beyond the healthy runs
(``saturated_activation`` expected); the slow start sat at ln 3 for 4 epochs, so ``slow_start``
is expected; the one-unit SSM (0.4944, training 0.4981) still learns (2.4% in its last epoch), so
``not_converged`` is allowed beside ``underfitting``.

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


def chirps(n: int = 900, steps: int = 24, slope: float = 0.1, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` one-reading signals of ``steps`` steps, a ramp of
    slope ``slope`` up or down through 0 at the middle step under Gaussian noise of 0.3 (calm)
    or 1.2 (wild); the class is the ramp's sign times 2 plus the noise level (4 classes: down
    calm, down wild, up calm, up wild), so a linear model sees the ramp but not the noise.
    Given as ``steps`` columns."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps) - (steps - 1) / 2
    sign = np.where(y // 2 == 0, -1.0, 1.0)
    sigma = np.where(y % 2 == 0, 0.3, 1.2)
    x = sign[:, None] * slope * t + sigma[:, None] * rng.normal(0.0, 1.0, (n, steps))
    return x.astype(np.float32), y


def weaves(n: int = 2000, size: int = 10, amp: float = 0.4, noise: float = 0.6,
           flip: float = 0.02, seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x``size``x``size`` weaves of brightness ``amp``
    at a random parity in Gaussian noise of ``noise`` (4 classes: horizontal bars every other
    row, vertical bars every other column, a checkerboard, none); a share ``flip`` of the labels
    drawn at random. A linear model cannot tell the parity, so it barely sees the weave."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    r, c = np.meshgrid(np.arange(size), np.arange(size), indexing="ij")
    looks = [r % 2, c % 2, (r + c) % 2, np.zeros((size, size), int)]
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, label in enumerate(y):
        look = looks[int(label)] if rng.random() < 0.5 else 1 - looks[int(label)]
        x[i, 0] += amp * look * (label < 3)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def sectors(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the class is the sector (three
    of 120 degrees) of the angle of (reading 0 + 0.5 reading 2 reading 3, reading 1 - 0.4
    reading 4 squared + 0.4); readings 5 to 9 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    a = x[:, 0] + 0.5 * x[:, 2] * x[:, 3]
    b = x[:, 1] - 0.4 * x[:, 4] ** 2 + 0.4
    y = ((np.arctan2(b, a) + np.pi) // (2 * np.pi / 3)).astype(int) % 3
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def harvests(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
             seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, a product
    of two, a cosine of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.tanh(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + 1.5 * np.cos(x[:, 3]) + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "gelu": nn.GELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class StochasticDepthMLP(nn.Module):
    """A pre-activation residual MLP with stochastic depth: a linear projection, then ``depth``
    blocks ``h + f(h)`` with ``f`` = linear(activation(norm(h) + ``bias_shift``)) (layer norm with
    ``norm``), each block skipped at random in training with probability 1 - ``survival`` and
    scaled by ``survival`` in evaluation; ``residual=False`` gives plain blocks ``f(h)`` (never
    skipped); a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", survival: float = 0.8,
                 norm: bool = True, residual: bool = True, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.proj = nn.Linear(n_in, width)
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.lins = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.head = nn.Linear(width, n_outputs)
        self.survival, self.residual, self.bias_shift = survival, residual, bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj(x.flatten(1))
        for norm, act, lin in zip(self.norms, self.acts, self.lins, strict=True):
            if not self.residual:
                h = lin(act(norm(h) + self.bias_shift))
                continue
            if self.training and float(torch.rand(())) > self.survival:
                continue
            f = lin(act(norm(h) + self.bias_shift))
            h = h + (f if self.training else self.survival * f)
        return self.head(h)


class _Block(nn.Module):
    """A pre-norm transformer block: self-attention and a two-layer MLP, each residual."""

    def __init__(self, dim: int, heads: int, activation: str) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        a = self.norm1(h)
        h = h + self.attn(a, a, a, need_weights=False)[0]
        return h + self.fc2(self.act(self.fc1(self.norm2(h))))


class ViTLite(nn.Module):
    """A small vision transformer: a strided convolution embeds ``patch``x``patch`` patches,
    a learnt class token and position embedding join them, two self-attention blocks, and a
    layer-normalised class token into a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, patch: int = 2,
                 dim: int = 16, heads: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.embed = nn.Conv2d(c, dim, patch, stride=patch)
        tokens = (h // patch) * (w // patch) + 1
        self.cls = nn.Parameter(torch.zeros(1, 1, dim))
        self.pos = nn.Parameter(0.02 * torch.randn(1, tokens, dim))
        self.blocks = nn.ModuleList(_Block(dim, heads, activation) for _ in range(2))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.embed(x).flatten(2).transpose(1, 2)
        h = torch.cat([self.cls.expand(p.shape[0], -1, -1), p], 1) + self.pos
        for block in self.blocks:
            h = block(h)
        return self.head(self.norm(h[:, 0]))


class SelectiveSSM(nn.Module):
    """A Mamba-lite selective state-space model: it reads the flattened sequence of ``features``
    readings a step; each step's decay is the sigmoid of a linear projection of the input (plus
    ``decay_bias``), the state ``h = a * h + (1 - a) * tanh(W x)`` of ``state`` units; a linear
    readout of the last state (through a tanh layer of ``readout`` units when given)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 1,
                 state: int = 16, decay_bias: float = 1.0, readout: int | None = None) -> None:
        super().__init__()
        self.features, self.state = features, state
        self.steps = int(np.prod(input_shape)) // features
        self.inp = nn.Linear(features, state)
        self.decay = nn.Linear(features, state)
        self.squash = nn.Tanh()
        self.decay_bias = decay_bias
        self.mid = nn.Sequential(nn.Linear(state, readout), nn.Tanh()) if readout else None
        self.head = nn.Linear(readout or state, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        u = self.squash(self.inp(seq))
        a = torch.sigmoid(self.decay(seq) + self.decay_bias)
        h = seq.new_zeros(x.shape[0], self.state)
        for t in range(self.steps):
            h = a[:, t] * h + (1.0 - a[:, t]) * u[:, t]
        return self.head(self.mid(h) if self.mid is not None else h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout217"
CH = _factory(f"{HERE}:chirps", seed=2170)
HK = _factory(f"{HERE}:weaves", seed=2171)
SC = _factory(f"{HERE}:sectors", seed=2172)
HV = _factory(f"{HERE}:harvests", seed=2173)
HV_RAW = _factory(f"{HERE}:harvests", scale=300.0, shift=4000.0, seed=2174)


def _sd(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:StochasticDepthMLP", "args": args}


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ViTLite", "args": args}


def _ssm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SelectiveSSM", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with betas (0.9, 0.98) and weight decay 1e-3."""
    return _s(data, optim="radam", optim_args={"betas": (0.9, 0.98), "weight_decay": 1e-3},
              **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.8."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.8}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with smoothing constant (alpha) 0.9."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "alpha": 0.9}, **kw)


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
    Case("h217_divergence_harvests_raw_sdmlp_sgd", "the harvests regression times 300 plus 4000 "
         "(targets unscaled), the stochastic-depth MLP of 24, plain SGD at LR 0.01, batch 24",
         {"data": HV_RAW, "model": _sd(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.87e7 at the first step, up to 2.4e34 after, then NaN "
                      "at the end, where the run stops"),
         verdict="failed"),
    Case("h217_exploding_sectors_plain_d6_leaky_std1", "the MLP's 6 plain (non-residual) "
         "leaky-ReLU blocks of 24 without norm, N(0, 1) init, on the sectors, SGD with momentum "
         "0.5 at LR 1e-10, batch 30",
         {"data": SC, "model": {**_sd(width=24, depth=6, activation="leaky_relu", norm=False,
                                      residual=False), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=(
                      "the epoch loss 1.6e4 at every epoch (16050 to 16030); every gradient "
                      "norm 2881 to 3.7e4 (healthy at most 9.4); quarter-mean update ratios "
                      "up to 4.5e-7, a side effect of the LR; up to 4.2% of a block's units "
                      "logged dead; accuracy 0.34 (test 0.3233) at the majority share "
                      "(0.3533), 96% of the test predictions in one class"),
         verdict="failed"),
    Case("h217_dead_relu_sectors_sdmlp_shift10", "the stochastic-depth MLP of 24 (3 blocks) "
         "whose blocks' pre-activations are shifted by -10, so their ReLUs never fire and the "
         "net is linear through its skips, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": SC, "model": _sd(width=24, depth=3, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu",), allow=("underfitting",), why_allowed=(
                      "every unit of the three blocks logged dead (healthy 0 to 4.2%), the "
                      "net linear through its skips: accuracy 0.7933 (training 0.8222), the "
                      "logistic baseline's (0.7933) and below the healthy runs (0.83 and "
                      "up), its epoch loss flat over the last 6 epochs (0.5126 to 0.5048), "
                      "the validation loss 0.7% above its epoch-12 minimum"),
         verdict=TP),
    Case("h217_update_ratio_high_sectors_sdmlp_tanh_adagrad", "the stochastic-depth MLP of 24 "
         "with layer-normalised tanh blocks on the sectors, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SC, "model": _sd(width=24, depth=2, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=(
                      "the steps dwarf the weights (quarter-mean update ratios up to 0.40, "
                      "single steps up to 16.7; healthy at most 0.049 and 0.23) and 75% and "
                      "82% of the tanh units saturate (healthy at most 4.5%); the loss "
                      "swings (epoch losses 169.7, 12.1, 7.8, 6.2, 5.6, 3.4, 3.8, 3.3; step "
                      "loss up to 1040); accuracy 0.7867 (training 0.8267), below the "
                      "baseline (0.7933)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h217_update_ratio_low_weaves_vit_sgd_lr1e9", "the ViT-lite on the weaves, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": HK, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"), why_allowed=(
                      "the epoch loss 1.38 at every epoch; quarter-mean update ratios at "
                      "most 1.4e-10 (healthy at least 2e-5); accuracy 0.3075 (test 0.325), "
                      "0.043 above the majority share (0.265); 75% of the test predictions "
                      "in one class"),
         verdict=TP),
    Case("h217_update_ratio_low_chirps_ssm_rmsprop_lr1e10", "the selective SSM of 16 on the "
         "chirps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CH, "model": _ssm(state=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=(
                      "the epoch loss 1.354 at every epoch; quarter-mean update ratios at "
                      "most 5.9e-10 (healthy at least 2e-5); accuracy 0.25 against a "
                      "majority share of 0.2556, every test prediction in one class"),
         verdict=TP),
    Case("h217_update_ratio_low_harvests_sdmlp_adagrad_lr1e9", "the stochastic-depth MLP of 32 "
         "on the harvests regression, Adagrad at LR 1e-9, batch 20, 4 epochs",
         {"data": HV, "model": _sd(width=32),
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 20}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=(
                      "the validation loss 4.211 at every epoch (R2 0.08, test -0.005; "
                      "healthy 0.8878 and up, baseline 0.7439); quarter-mean update ratios "
                      "at most 1.3e-9 (healthy at least 2e-5)"),
         verdict=TP),
    Case("h217_vanishing_sectors_plain_d16_sigmoid_momentum9", "the MLP's 16 plain "
         "(non-residual) sigmoid blocks of 12 without norm on the sectors, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": SC, "model": _sd(width=12, depth=16, activation="sigmoid", norm=False,
                                   residual=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=(
                      "the first blocks' gradients down to 4e-15 (healthy first norms at "
                      "least 0.0073); the last blocks still move (quarter-mean update "
                      "ratios up to 0.022) but the epoch loss stays at 1.10 to 1.11 (ln 3 "
                      "is 1.099); accuracy 0.3533 at the majority share (0.3533), every "
                      "test prediction in one class"),
         verdict=TP),
    Case("h217_saturated_chirps_ssm_std3_rmsprop", "the selective SSM of 16 with N(0, 3) init "
         "on the chirps, plain RMSprop at LR 2e-5, batch 28, 4 epochs",
         {"data": CH, "model": {**_ssm(state=16, readout=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 2e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=(
                      "75% of the readout's tanh units and 34% of the input tanh saturated "
                      "(healthy at most 4.5%); the epoch loss 14.5 to 14.32 (1.2% lower), "
                      "far above ln 4; gradient norms up to 11.8 (healthy at most 9.4); "
                      "accuracy 0.1722 (test 0.1333) against a majority share of 0.2556; "
                      "58% of the test predictions in one class"),
         verdict=TP),
    Case("h217_slow_start_sectors_plain_d2_std005_momentum9", "the MLP's 2 plain (non-residual) "
         "ReLU blocks of 32 without norm, N(0, 0.05) init, on the sectors, SGD with momentum 0.9 "
         "at LR 0.05 (cosine), batch 32, 15 epochs",
         {"data": SC, "model": {**_sd(width=32, depth=2, norm=False, residual=False),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=(
                      "the epoch loss sits at ln 3 (1.101, 1.099, 1.099, 1.089) for the "
                      "first 4 epochs, then falls (0.2101 at epoch 15; the validation loss "
                      "0.4% above its epoch-14 minimum); first gradient norms 0.0051 to "
                      "0.0078 (healthy first norms down to 0.0073, so the plateau is the "
                      "evidence); accuracy 0.9133 (test 0.9133), about the healthy runs"),
         verdict=TP),
    Case("h217_unshuffled_sectors_sdmlp_silu_rmsprop", "the sectors sorted by label, never "
         "shuffled, the stochastic-depth MLP of 24 (SiLU), plain RMSprop at LR 1e-4, batch 30, 8 "
         "epochs",
         {"data": {**SC, "order": "by_label", "shuffle": False},
          "model": _sd(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=(
                      "the step loss's position in the epoch explains 52% of its "
                      "within-epoch variance (healthy runner runs at most 23%); accuracy "
                      "0.5933 (training 0.6078), far below the healthy runs (0.83 and up) "
                      "and the baseline (0.7933), with the epoch loss still falling (0.9235 "
                      "to 0.9194) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h217_mse_softmax_chirps_ssm_adam", "the chirps trained with square error on the "
         "softmax, the selective SSM of 16, Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": CH, "model": _ssm(state=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=(
                      "square error on the softmax; accuracy 0.9889 (test 0.9833) like the "
                      "healthy runs (0.9556 and up); the epoch loss still falls 11% in the "
                      "last epoch and the validation loss is lowest at the end"),
         verdict=TP),
    Case("h217_noisy_sectors_sdmlp_b1_adam", "900 rows of the sectors one at a time (batch 1), "
         "the stochastic-depth MLP of 32, Adam at LR 3e-3, 2 epochs",
         {"data": {**SC, "subset": 900}, "model": _sd(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=(
                      "the step loss swings 2.77 times its mean over the second half "
                      "(healthy runner runs at most 1.32, healthy scripts at most 2.09), up "
                      "to 12.1; single-row gradients up to 18.9 (healthy at most 9.4); "
                      "accuracy 0.86 (training 0.8578), the epoch loss falling (0.6364 to "
                      "0.4653) and the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h217_overfit_sectors_subset40_sdmlp_adamw", "40 rows of the sectors, the "
         "stochastic-depth MLP of 160 (2 blocks, survival 1), AdamW at LR 3e-3, 150 epochs, "
         "batch 4",
         {"data": {**SC, "subset": 40}, "model": _sd(width=160, depth=2, survival=1.0),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=(
                      "40 rows teach less: accuracy 0.76 (training 1.0; the healthy runs "
                      "0.83 and up), below the baseline of its subset (0.7967); the "
                      "validation loss lowest at epoch 2 of 150, 2.22 times it at the end; "
                      "the epoch loss at 1.8e-5 gives gradients down to 4.3e-6"),
         verdict=GP),
    Case("h217_gap_weaves_subset30_vit_adam", "30 images of the weaves, the ViT-lite of width "
         "32, Adam at LR 2e-3, 60 epochs, batch 3",
         {"data": {**HK, "subset": 30}, "model": _vit(dim=32),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 60, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=(
                      "30 images teach less: accuracy 0.6575 (training 1.0; the healthy "
                      "ViTs 0.8275 and up); the validation loss lowest at epoch 11 of 60, "
                      "1.64 times it at the end"),
         verdict=GP),
    Case("h217_underfit_chirps_ssm_one_unit_adam", "the chirps through a selective SSM of 1 "
         "state unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": CH, "model": _ssm(state=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=(
                      "one state unit cannot hold the ramp and the noise level: accuracy "
                      "0.4944 (training 0.4981; healthy 0.9556 and up, baseline 0.6611), "
                      "the epoch loss still falling 2.4% in the last epoch with the "
                      "validation loss lowest at the end; 43% of the test predictions in "
                      "one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h217_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (betas 0.9, 0.98, "
         "weight decay 1e-3) at LR 1e20, 1440 units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(1440,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h217_lightning_circles_adadelta_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adadelta (rho 0.8) at LR 1e-10, 1441 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(1441,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=(
                      "the validation loss 0.7588 at every epoch; accuracy 0.5 (training "
                      "0.5) at its initial weights, the majority share"),
         verdict=TP),
    Case("h217_hf_trainer_wine_rmsprop_centred_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "centred RMSprop (alpha 0.9) at LR 1e20 (decaying linearly), 1442 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rc("wine", hidden=(1442,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority "
                      "share (0.3889)"),
         verdict="failed"),
    Case("h217_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(betas 0.9, 0.98, weight decay 1e-3) at LR 1e-10 (decaying linearly), 1443 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(1443,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=(
                      "the evaluation loss 1.096 at every evaluation; accuracy 0.1 at its "
                      "initial weights, 0.23 below 1/3, far below the healthy iris runs "
                      "(0.9667)"),
         verdict=TP),
    Case("h217_keras_moons_rmsprop_centred_lr1e20_nan", "Keras names: moons (620 points, noise "
         "0.2), centred RMSprop (alpha 0.9) at LR 1e20, 1444 units, batch 20, 3 epochs",
         script=keras_run(_rc("moons", hidden=(1444,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h217_keras_digits_subset16_rmsprop_centred_gap", "Keras names: 16 rows of digits, 1445 "
         "units, centred RMSprop (alpha 0.9) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rc("digits", hidden=(1445,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"), why_allowed=(
                      "16 rows teach less (validation accuracy 0.5487, training 1.0; the "
                      "healthy digits 0.9749 and up); the validation loss lowest at epoch 3 "
                      "of 120, 1.62 times it at the end"),
         verdict=GP),
    Case("h217_tensorboard_breast_cancer_radam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "RAdam (betas 0.9, 0.98, weight decay 1e-3) at LR 1e20, 1446 units, batch 19, 3 epochs",
         script=tensorboard_run(_ra("breast_cancer", hidden=(1446,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h217_tensorboard_circles_subset8_adadelta_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1447 units, Adadelta (rho 0.8) at LR 1, 150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(1447,), lr=1.0, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"), why_allowed=(
                      "8 rows teach less (validation accuracy 0.5692, 0.069 above the "
                      "majority share; training 1.0); the validation loss lowest at epoch 2 "
                      "of 150, 5.6 times it at the end; the step loss near 0 swings 1.14 "
                      "times its mean"),
         verdict=GP),
    Case("h217_plain_corrupt_record_sine_rmsprop_centred", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), centred RMSprop (alpha 0.9) at LR 1e-4, 1448 units, batch "
         "20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rc("sine", hidden=(1448,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h217_plain_digits_radam_lr1e10_stuck", "hand-written loop: digits, RAdam (betas 0.9, "
         "0.98, weight decay 1e-3) at LR 1e-10, 1449 units, batch 25, 4 epochs",
         script=plain_run(_ra("digits", hidden=(1449,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=(
                      "the validation loss 2.363 at every epoch; accuracy 0.0613, 0.039 "
                      "below the majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy217_sectors_sdmlp_relu_adam",
       {"data": SC, "model": _sd(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy217_sectors_sdmlp_silu_adamw",
       {"data": SC, "model": _sd(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy217_sectors_sdmlp_gelu_rmsprop",
       {"data": SC, "model": _sd(width=30, activation="gelu", survival=0.9),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy217_sectors_sdmlp_elu_momentum9",
       {"data": SC, "model": _sd(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy217_sectors_sdmlp_tanh_adagrad",
       {"data": SC, "model": _sd(width=24, depth=3, activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy217_harvests_sdmlp_silu_adam",
       {"data": HV, "model": _sd(width=32, activation="silu"),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy217_harvests_sdmlp_relu_adamw",
       {"data": HV, "model": _sd(width=24, depth=3, survival=0.9),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy217_weaves_vit_gelu_adam",
       {"data": HK, "model": _vit(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy217_weaves_vit_relu_adamw",
       {"data": HK, "model": _vit(activation="relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy217_weaves_vit_silu_rmsprop",
       {"data": HK, "model": _vit(dim=12, activation="silu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy217_weaves_vit_gelu_nesterov9",
       {"data": HK, "model": _vit(dim=20, heads=4),
        "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy217_chirps_ssm_adam",
       {"data": CH, "model": _ssm(state=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy217_chirps_ssm_readout_adam",
       {"data": CH, "model": _ssm(state=16, readout=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy217_chirps_ssm_rmsprop",
       {"data": CH, "model": _ssm(state=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy217_chirps_ssm_adamw",
       {"data": CH, "model": _ssm(state=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy217_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(1440,), lr=5e-4, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy217_lightning_wine_adadelta",
        lightning_run(_ad("wine", hidden=(1441,), lr=0.5, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy217_hf_trainer_breast_cancer_rmsprop_centred",
        hf_trainer_run(_rc("breast_cancer", hidden=(1442,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy217_hf_trainer_moons_radam",
        hf_trainer_run(_ra("moons", hidden=(1443,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy217_hf_trainer_iris_adadelta",
        hf_trainer_run(_ad("iris", hidden=(1444,), lr=0.4, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy217_keras_circles_rmsprop_centred",
        keras_run(_rc("circles", hidden=(1445,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy217_keras_wine_radam",
        keras_run(_ra("wine", hidden=(1446,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy217_keras_breast_cancer_adadelta",
        keras_run(_ad("breast_cancer", hidden=(1447,), lr=0.1, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy217_tensorboard_iris_rmsprop_centred",
        tensorboard_run(_rc("iris", hidden=(1448,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy217_tensorboard_digits_adadelta",
        tensorboard_run(_ad("digits", hidden=(1449,), lr=0.3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy217_tensorboard_moons_radam",
        tensorboard_run(_ra("moons", hidden=(1440,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy217_plain_moons_adadelta",
        plain_run(_ad("moons", hidden=(1444,), lr=0.2, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy217_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(1446,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
