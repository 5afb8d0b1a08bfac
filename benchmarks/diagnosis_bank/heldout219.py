"""The two-hundred-and-nineteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout218` (not looked at), after the measurement of
:mod:`.heldout214` to :mod:`.heldout217`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`DeepFM` (each reading scales its own learnt embedding; a
factorisation-machine term of the embeddings' pairwise products and a first-order linear term
beside an MLP over the embeddings, of linear, optional layer norm and activation blocks with an
optional shift of their pre-activations, summed at the output), :class:`CondConvNet` (two
CondConv-style 3x3 convolutions, each a per-sample softmax mixture of a few expert kernels routed
from the globally averaged input, each followed by an activation and 2x2 max pooling, a dense
layer, a linear head) and :class:`QRNN` (a quasi-recurrent network: a causal 1-D convolution
gives the tanh candidate and the sigmoid forget and output gates, then fo-pooling over time to
the last hidden state, a linear head); every fault code could be produced with these three
models, no case fell back to the runner's built-in MLP or CNN. Every data set is this module's
own ``data.factory``: :func:`clicks`, a tabular 4-class set of 10 readings (the signs of two
scores led by products of two readings, 3% random labels, 1400 rows; seed 2190); :func:`yields`,
a tabular regression of 10 readings (1200 rows; seed 2191; times 300 plus 8000 with seed 2192 for
the divergence); :func:`ticks`, 4000 12x12 single-channel images of a horizontal line, a vertical
line, a diagonal, an anti-diagonal or a hollow 4x4 ring in noise 0.45, 2% random labels (5
classes; seed 2193); :func:`tides`, 900 walks of 16 steps in 2 readings under a shared sine tide,
whose class is the first reading's drift sign and whether the second's steps are rough (4
classes; given flattened as 32 columns and read back as a sequence by the QRNN; seed 2194). Script
cases use AdamW with weight decay 0.3, Adagrad with eps 1e-6 and LR decay 1e-4, and NAdam with
betas (0.95, 0.999) on digits, wine, iris, breast cancer, moons, circles and the sine; every
script case holds a hidden width of 1460 to 1469. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules
constant, cosine, step and exponential. The faults, each through what its model has: divergence
under plain SGD in the DeepFM net on the unscaled yields; exploding gradients in a 6-block
leaky-ReLU MLP with N(0, 1) init under SGD with momentum 0.5 at LR 1e-10; dead units in the
DeepFM net's MLP (its pre-activations shifted by -10, so its ReLUs never fire and the net learns
through its factorisation-machine and linear terms) under Adam, and the CondConv net's channels
killed by plain RMSprop at LR 0.08; a high update ratio from Adagrad at LR 2 in a
layer-normalised tanh MLP; tiny learning rates in the CondConv net (plain SGD at 1e-9) and the
QRNN (plain RMSprop at 1e-10); vanishing gradients through a 16-block sigmoid MLP under SGD with
momentum 0.9; the QRNN's tanh and sigmoid units saturated by N(0, 3) init under plain RMSprop;
the CondConv net with N(0, 0.05) init under momentum 0.9 (a slow start); the clicks sorted by
label and never shuffled (SiLU MLP, plain RMSprop); square error on the QRNN's softmax under
Adam; the CondConv net at batch 1 under Adam on 1200 images; 40 rows of the clicks under AdamW
(a wide tanh MLP, overfit, a gap) and 30 images under Adam (the CondConv net, overfit, a gap); a
QRNN of one hidden unit (underfitting); the scripts: Lightning's NaN on digits (NAdam) and stuck
circles (AdamW), Trainer's NaN on wine (Adagrad) and stuck iris (Adagrad), Keras' NaN on moons
(AdamW) and 16 rows of digits (NAdam, overfit, a gap), TensorBoard's NaN on breast cancer
(Adagrad) and 8 rows of circles (AdamW, overfit, a gap), the loop's corrupt record on the sine
(NAdam) and stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the cases left unchanged gave the same numbers); the
numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.275 on the clicks, 0.2137 on the ticks, 0.2556 on
the tides; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6 (clicks), 0.6887
(ticks; 0.9275 on the 1200-image subset), 0.6778 (tides), 0.4214 (the 40 rows of clicks), 0.4412
(the 30 images); R2 0.4488 (yields), 0.466 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 5.3e-6 (the CondConv net under
Nesterov momentum) to 0.058 (the layer-normalised DeepFM under Adagrad), single steps at most
0.395 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.47 with single
steps up to 26; the ``update_ratio_low`` runs log quarter means of at most 2.6e-12 and 8.5e-10.
Dead fraction at most 12.5% in the healthy DeepFM MLPs, 6.25% in the healthy CondConv layers and
31% in their dense layer; the shifted MLP's blocks 1.0, the killed CondConv net's second
convolution 0.875 and dense units 0.69, the 30-image run's dense units 0.45, the batch-1 run's
0.34, the slow start's 0.25, the exploding run's last block 0.042. Saturated fraction at most
0.18 (the QRNN's candidates; 0 in the tanh DeepFM on the yields); the saturated QRNN's 0.61
(candidates) and 0.35 (gates), the update-ratio run's 0.87, the one-unit QRNN's 0.51, the 40-row
overfit run's 0.34. Gradient norms at least 2.3e-7 (the CondConv net under RMSprop) and at most 7.1
(the SiLU DeepFM on the yields), first norms at least 4.6e-5 (the CondConv net under AdamW); the
vanishing run's down to 8.3e-16, the exploding run's up to 2742, the slow start's first 9.9e-6
to 6.9e-3. The step loss's position in the epoch explains at most 28% of the within-epoch variance
over the second half in the healthy runner runs (the CondConv net under Nesterov momentum); the
unshuffled run 100%. The standard deviation of the step loss's step-to-step change over the second
half is at most 1.16 times its mean in the healthy runner runs (the CondConv net under Nesterov
momentum) and 1.25 in the healthy scripts (the loop's breast cancer); the batch-1 run's is 4.2.
Healthy scores (validation): clicks 0.8536-0.9464 (test 0.8679-0.8857), ticks 0.9513-0.9537
(test 0.9413-0.9537), tides 0.7389-0.75 (test 0.7167-0.75), yields R2 0.7208 and 0.7317; scripts:
digits 0.9777 and 0.9777, wine 1.0 and 0.9722, breast cancer 0.9386, 0.9649 and 0.9474, moons
0.9531, 0.9924 and 0.9841, iris 0.9667 and 0.9667, circles 1.0. Every healthy run's validation
loss is lowest at its end but the layer-normalised DeepFM on the clicks (epoch 11 of 15, 0.06%
above it), the tanh DeepFM on the yields (epoch 14 of 20, 0.36% above it), the CondConv net under
Nesterov momentum (epoch 7 of 8, 0.07% above it) and Trainer's moons (epoch 19 of 20, 0.06% above
it).

Changes after the first run: the first sequence set (both readings drifting, the class their sign
pattern) was read as well by the linear baseline (0.9167) as by the healthy QRNNs (0.9), so the
second reading's class became its roughness, which a linear model cannot see (steps of 0.3 or 0.9
gave healthy QRNNs 0.6167 to 0.6722 against a baseline of 0.6278), then steps of 0.2 or 1.0 and the
healthy QRNNs LR 0.01 (RMSprop 5e-3) for 20 epochs (0.7389 to 0.75 against 0.6778, each lowest at
its end); every case on the tides was trained again and labelled from that run. The healthy
leaky-ReLU DeepFM under RMSprop (LR 1e-3) ended at 0.7929, far below the other clicks runs, so LR
2e-3 (0.9); 25 epochs for three clicks runs (the leaky one at LR 3e-3) left their validation loss
0.3% to 12% above earlier minima, so they stayed at 15. The slow start with N(0, 0.03) init never
left ln 5 in 10 epochs (accuracy 0.2125), so N(0, 0.05). The one-unit QRNN (Adam at LR 3e-3, 15
epochs) was still falling, so LR 0.01 for 30 epochs (flat at the end). Keras' wine (AdamW at LR
5e-4) ended 1.2% above its epoch-13 minimum, so LR 3e-4 (lowest at the end); Keras' 16 rows of
digits (NAdam at LR 1e-3) ended only 1.17 times its epoch-3 validation loss, so LR 3e-3 (1.45
times).

Labels from the metrics: the killed CondConv net's blow-up passed (its loss falls back to 1.41
after 124 in epoch 1), and it ends at 0.4037 (training 0.4171), far below the baseline (0.6887),
with the loss still falling and the validation loss lowest at the end, so ``underfitting`` and
``not_converged`` are expected beside ``dead_relu`` and ``divergence`` only allowed; the exploding
run's loss is 2896 at every epoch, far above ln 4 from its first step, and its verdict is a
failure; the test predictions fall in one class in the stuck CondConv net (91%; expected), the
exploding run (84%) and the killed CondConv net (68%) (allowed); the stuck CondConv net (0.1787),
the stuck QRNN (0.2667) and the saturated QRNN (0.2444) score within 0.05 of the majority share
(``at_chance`` expected), the exploding run 0.2107 (0.064 below; allowed); Lightning's NaN digits
(0.1003), Keras' NaN moons (0.5) and the loop's stuck digits (0.1365) expect ``at_chance``,
Lightning's stuck circles (0.4453), Trainer's NaN wine (0.3333), TensorBoard's NaN breast cancer
(0.3684) and TensorBoard's 8 rows of circles (0.5538) allow it, Trainer's stuck iris (0.6667)
neither; the shifted MLP leaves the factorisation machine to learn the clicks (0.8964, like the
healthy runs), still improving at the end, so ``not_converged`` is expected beside ``dead_relu``
and not ``underfitting``; the vanishing run also learns through the factorisation machine
(0.8571), so only ``vanishing_gradients`` is expected; the saturated run's epoch loss falls 2.2%
in 3 epochs (``not_training`` allowed); the unshuffled run ends at chance (test 0.2929 against
0.275) with its loss still falling and the validation loss lowest at the end (``at_chance`` and
``not_converged`` expected); the square-error run and the batch-1 run still fall with the
validation loss lowest at the end (``not_converged`` expected); the overfit runs' validation
losses end 5.1 (40 rows), 1.5 (30 images), 1.45 (Keras' 16 rows) and 2.5 (TensorBoard's 8 rows)
times their early minima, so ``overfitting`` is expected beside ``generalisation_gap``; the
update-ratio run's tanh units saturate far beyond the healthy runs (``saturated_activation``
expected); the slow start sat at ln 5 for 2 epochs, so ``slow_start`` is expected.

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


def clicks(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is the sign of a score
    led by the product of readings 0 and 1 (plus half of reading 2) times 2 plus the sign of one
    led by the product of readings 3 and 4 (less half of reading 5); readings 6 to 9 are noise; a
    share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s1 = x[:, 0] * x[:, 1] + 0.5 * x[:, 2]
    s2 = x[:, 3] * x[:, 4] - 0.5 * x[:, 5]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 10 readings, the target 1.5 times the product
    of two, a sine of a third, a linear fourth and half the square of a fifth plus noise 0.3,
    times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = (1.5 * x[:, 0] * x[:, 1] + np.sin(2.0 * x[:, 2]) + x[:, 3] + 0.5 * x[:, 4] ** 2
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def ticks(n: int = 4000, noise: float = 0.45, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one mark each (5 classes: a
    full-width horizontal line at a random row, a full-height vertical line at a random column,
    a diagonal and an anti-diagonal shifted by up to 2 columns, a hollow 4x4 ring at a random
    place), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 5, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    idx = np.arange(12)
    ring = np.ones((4, 4))
    ring[1:3, 1:3] = 0.0
    for i, label in enumerate(y):
        p, s = int(rng.integers(2, 10)), int(rng.integers(-2, 3))
        if label == 0:
            x[i, 0, p, :] += 1.0
        elif label == 1:
            x[i, 0, :, p] += 1.0
        elif label == 2:
            x[i, 0, idx, np.clip(idx + s, 0, 11)] += 1.0
        elif label == 3:
            x[i, 0, idx, np.clip(11 - idx + s, 0, 11)] += 1.0
        else:
            r, c = (int(v) for v in rng.integers(1, 8, 2))
            x[i, 0, r:r + 4, c:c + 4] += ring
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 5, int(noisy.sum()))
    return x.astype(np.float32), y


def tides(n: int = 900, steps: int = 16, noise: float = 0.6, drift: float = 0.3,
          calm: float = 0.2, rough: float = 1.0, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` walks of ``steps`` steps in 2 readings under a
    shared tide (a sine of amplitude 0.5, period 8 steps, random phase): the first drifts up or
    down by ``drift`` a step under Gaussian steps of ``noise``, the second has no drift and steps
    of ``calm`` or ``rough``; the class is the first's drift sign times 2 plus whether the second
    is rough (4 classes; a linear model cannot see the roughness). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    up = np.where(y // 2 == 0, 1.0, -1.0)
    sd = np.where(y % 2 == 1, rough, calm)
    moves = np.stack([drift * up[:, None] + rng.normal(0.0, noise, (n, steps)),
                      rng.normal(0.0, 1.0, (n, steps)) * sd[:, None]], 2)
    start = rng.normal(0.0, 1.0, (n, 1, 2))
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1, 1))
    tide = 0.5 * np.sin(2 * np.pi * np.arange(steps)[None, :, None] / 8.0 + phase)
    x = start + np.cumsum(moves, axis=1) + tide
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class DeepFM(nn.Module):
    """A DeepFM-style net for tables: every reading scales its own learnt embedding of ``embed``
    numbers; a factorisation-machine term (the pairwise products of the embeddings, summed into
    one vector, then a linear map) and a first-order linear term sit beside an MLP over the
    concatenated embeddings (``depth`` blocks of linear, optional layer norm and activation,
    whose pre-activations are shifted by ``bias_shift``, then a linear map); the three are summed
    at the output."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 6,
                 width: int = 32, depth: int = 2, activation: str = "relu", norm: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.embedding = nn.Parameter(torch.randn(n_in, embed) * 0.3)
        self.first = nn.Linear(n_in, n_outputs)
        self.fm = nn.Linear(embed, n_outputs, bias=False)
        widths = [n_in * embed] + [width] * depth
        self.lins = nn.ModuleList(nn.Linear(a, b) for a, b in zip(widths, widths[1:],
                                                                  strict=False))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.deep_out = nn.Linear(width, n_outputs)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        e = x[:, :, None] * self.embedding[None]
        pairs = 0.5 * (e.sum(1) ** 2 - (e ** 2).sum(1))
        h = e.flatten(1)
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.first(x) + self.fm(pairs) + self.deep_out(h)


class _CondConv(nn.Module):
    """A CondConv-style 3x3 convolution: ``experts`` kernels, mixed per sample by a softmax of
    a linear routing of the globally averaged input (computed as the routed sum of the experts'
    outputs, which the linearity of convolution makes the same)."""

    def __init__(self, c_in: int, c_out: int, experts: int) -> None:
        super().__init__()
        self.experts, self.c_out = experts, c_out
        self.route = nn.Linear(c_in, experts)
        self.conv = nn.Conv2d(c_in, experts * c_out, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        r = torch.softmax(self.route(x.mean((2, 3))), 1)
        out = self.conv(x)
        out = out.unflatten(1, (self.experts, self.c_out))
        return (r[:, :, None, None, None] * out).sum(1)


class CondConvNet(nn.Module):
    """Two CondConv-style convolutions, each followed by an activation and 2x2 max pooling, a
    dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), experts: int = 3, dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = _CondConv(c, channels[0], experts)
        self.act1 = _ACTS[activation]()
        self.conv2 = _CondConv(channels[0], channels[1], experts)
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.pool(self.act2(self.conv2(h)))
        return self.head(self.act3(self.fc(h.flatten(1))))


class QRNN(nn.Module):
    """A quasi-recurrent network: a causal 1-D convolution of ``window`` steps over the
    flattened sequence of ``features`` readings gives the candidate (tanh), forget and output
    gates (sigmoid, the forget gate's pre-activation shifted by ``gate_bias``), then fo-pooling
    over time (``c = f * c + (1 - f) * z``, ``h = o * c``) to the last hidden state, and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, window: int = 2, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden, self.window = features, hidden, window
        self.steps = int(np.prod(input_shape)) // features
        self.conv = nn.Conv1d(features, 3 * hidden, window)
        self.cand = nn.Tanh()
        self.gate = nn.Sigmoid()
        self.gate_bias = gate_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features).transpose(1, 2)
        seq = nn.functional.pad(seq, (self.window - 1, 0))
        zfo = self.conv(seq)
        n = self.hidden
        z = self.cand(zfo[:, :n])
        gates = self.gate(torch.cat([zfo[:, n:2 * n] + self.gate_bias, zfo[:, 2 * n:]], 1))
        f, o = gates[:, :n], gates[:, n:]
        c = z.new_zeros(x.shape[0], n)
        for t in range(self.steps):
            c = f[:, :, t] * c + (1 - f[:, :, t]) * z[:, :, t]
        return self.head(o[:, :, -1] * c)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout219"
CL = _factory(f"{HERE}:clicks", seed=2190)
YL = _factory(f"{HERE}:yields", seed=2191)
YL_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=8000.0, seed=2192)
TK = _factory(f"{HERE}:ticks", seed=2193)
TD = _factory(f"{HERE}:tides", seed=2194)


def _fm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeepFM", "args": args}


def _cc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CondConvNet", "args": args}


def _qr(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:QRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.3."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.3}, **kw)


def _ada(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with eps 1e-6 and LR decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"eps": 1e-6, "lr_decay": 1e-4}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.95, 0.999)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.95, 0.999)}, **kw)


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
    Case("h219_divergence_yields_raw_deepfm_sgd", "the yields regression times 300 plus 8000 "
         "(targets unscaled), the DeepFM net (ReLU MLP of 20), plain SGD at LR 0.01, batch 24",
         {"data": YL_RAW, "model": _fm(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 6.5e7 at the first step, 9.3e8 and 7.7e36 at the next two "
                      "and NaN from step 4, where the run stops"),
         verdict="failed"),
    Case("h219_exploding_clicks_deepfm_d6_leaky_std1", "the DeepFM net with a 6-block "
         "leaky-ReLU MLP of 24 and N(0, 1) init on the clicks, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": CL, "model": {**_fm(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "at_chance",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 2896 at every epoch, far above ln 4; the MLP's gradient "
                      "norms up to 2742 (healthy at most 7.1); quarter-mean update ratios at most"
                      " 2.4e-8, a side effect of the LR; up to 4.2% of the last block's units "
                      "logged dead; accuracy 0.1929 (test 0.2107, 0.064 below the majority share "
                      "0.275), 84% of the test predictions in one class"),
         verdict="failed"),
    Case("h219_dead_relu_clicks_deepfm_shift10", "the DeepFM net whose MLP blocks' "
         "pre-activations (2 blocks of 24) are shifted by -10, so their ReLUs never fire and the "
         "net learns through its factorisation-machine and linear terms, Adam at LR 2e-3, batch "
         "25, 15 epochs",
         {"data": CL, "model": _fm(width=24, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "not_converged"), allow=(),
         why_allowed=("every unit of the two MLP blocks logged dead (healthy at most 12.5%), the "
                      "net learning through its factorisation-machine and linear terms alone: "
                      "accuracy 0.8964 (test 0.875), like the healthy runs, with the epoch loss "
                      "still falling (0.6313 to 0.6058) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h219_dead_relu_ticks_condconv_rmsprop_lr008", "the CondConv net (8, 16 channels, 3 "
         "experts, 32 dense) on the ticks, plain RMSprop at LR 0.08, batch 28",
         {"data": TK, "model": _cc(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "underfitting", "not_converged"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "noisy_loss", "unshuffled_data", "divergence",
                "predictions_collapsed"),
         why_allowed=("the step loss jumps from 1.63 to 7518 in epoch 1 (epoch loss 124), then "
                      "falls back (1.61, 1.41), so the blow-up passed; gradient norms 0 to 7883 "
                      "and single update ratios up to 14 (healthy at most 0.39); 87.5% of the "
                      "second convolution's channels and 69% of the dense units logged dead "
                      "(healthy at most 6.25% and 31%); 68% of the test predictions in one class"),
         verdict=TP),
    Case("h219_update_ratio_high_clicks_deepfm_norm_tanh_adagrad", "the DeepFM net with a "
         "layer-normalised tanh MLP of 24 (1 block) on the clicks, Adagrad at LR 2, batch 26, 8 "
         "epochs",
         {"data": CL, "model": _fm(width=24, depth=1, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.47, single"
                      " steps up to 26; healthy at most 0.058 and 0.39) and 87% of the MLP's tanh"
                      " units saturate (healthy at most 18%): the layer norm keeps the loss "
                      "finite but the run swings (epoch losses 21.6, 2.38, 1.60, 1.25, 1.39, "
                      "0.91, 0.95, 0.81; the validation loss 5.08, 1.86, 2.04, 2.30, 0.87, 1.49, "
                      "1.09, 0.67); accuracy 0.8107 (test 0.8179), below the healthy runs (test "
                      "0.8679 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h219_update_ratio_low_ticks_condconv_sgd_lr1e9", "the CondConv net on the ticks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TK, "model": _cc(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.621 at every epoch; quarter-mean update ratios at most "
                      "2.6e-12 (healthy at least 5.3e-6); accuracy 0.1725 (test 0.1787) against a"
                      " majority share of 0.2137; 91% of the test predictions in one class"),
         verdict=TP),
    Case("h219_update_ratio_low_tides_qrnn_rmsprop_lr1e10", "the QRNN of 16 on the tides, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _qr(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.426 at every epoch; quarter-mean update ratios at most "
                      "8.5e-10 (healthy at least 5.3e-6); accuracy 0.2389 (test 0.2667) against a"
                      " majority share of 0.2556; 56% of the test predictions in one class"),
         verdict=TP),
    Case("h219_vanishing_clicks_deepfm_d16_sigmoid_momentum9", "the DeepFM net with a "
         "16-block sigmoid MLP of 12 on the clicks, SGD with momentum 0.9 at LR 0.05, batch 32, "
         "4 epochs",
         {"data": CL, "model": _fm(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients",),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first MLP blocks' gradients down to 8.3e-16 (healthy at least 2.3e-7),"
                      " while the factorisation-machine and linear terms still learn: accuracy "
                      "0.8571 (test 0.8571), about the healthy runs, the validation loss lowest "
                      "at the end of 4 epochs; the step loss's position in the epoch explains 67%"
                      " of its within-epoch variance over epochs 3 and 4 (healthy at most 28%), "
                      "the fall of a short run"),
         verdict=TP),
    Case("h219_saturated_tides_qrnn_std3_rmsprop", "the QRNN of 16 with N(0, 3) init on the "
         "tides, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TD, "model": {**_qr(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "not_training"),
         why_allowed=("61% of the QRNN's tanh candidates and 35% of its sigmoid gates saturated "
                      "(healthy at most 18% and 3.5%); the epoch loss 6.57 to 6.42 (2.2% lower), "
                      "far above ln 4; accuracy 0.2 (test 0.2444) against a majority share of "
                      "0.2556; 47% of the test predictions in one class"),
         verdict=TP),
    Case("h219_slow_start_ticks_condconv_std005_momentum9", "the CondConv net with N(0, 0.05) "
         "init on the ticks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": TK, "model": {**_cc(), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.612, 1.611) for 2 epochs and 1.592 in the "
                      "third, then falls (0.130 at epoch 10, the validation loss lowest at the "
                      "end); first gradient norms 9.9e-6 to 6.9e-3 (healthy first norms 4.6e-5 to"
                      " 0.90); up to 25% of the dense units logged dead (healthy up to 31%); "
                      "accuracy 0.975 (test 0.965), about the healthy runs"),
         verdict=TP),
    Case("h219_unshuffled_clicks_deepfm_silu_rmsprop", "the clicks sorted by label, never "
         "shuffled, the DeepFM net with a SiLU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 "
         "epochs",
         {"data": {**CL, "order": "by_label", "shuffle": False},
          "model": _fm(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 28%); accuracy "
                      "0.2786 (test 0.2929 against a majority share of 0.275; training 0.2667), "
                      "far below the baseline (0.6), with the epoch loss still falling (1.577 to "
                      "1.517) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h219_mse_softmax_tides_qrnn_adam", "the tides trained with square error on the "
         "softmax, the QRNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TD, "model": _qr(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7389 (test 0.7056) like the "
                      "healthy runs (0.7389 to 0.75), the epoch loss still falling 6% over the "
                      "last epoch and the validation loss lowest at the end"),
         verdict=TP),
    Case("h219_noisy_ticks_condconv_b1_adam", "1200 of the ticks one image at a time (batch 1), "
         "the CondConv net, Adam at LR 1e-3, 2 epochs",
         {"data": {**TK, "subset": 1200}, "model": _cc(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 4.2 times its mean over the second half (healthy "
                      "runner runs at most 1.16, healthy scripts 1.25), up to 10.3; single-image "
                      "gradients up to 23 (healthy at most 7.1); accuracy 0.9225 (test 0.9213), "
                      "just below the baseline of the 1200 images (0.9275), with the epoch loss "
                      "falling from 0.912 to 0.261 and the validation loss lowest at the end; 34%"
                      " of the dense units logged dead (healthy up to 31%)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h219_overfit_clicks_subset40_deepfm_tanh_adamw", "40 rows of the clicks, the DeepFM "
         "net with a tanh MLP of 160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL, "subset": 40},
          "model": _fm(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4071 (training 1.0; test 0.3643; the "
                      "healthy runs 0.8536 and up), below the baseline (0.4214); the validation "
                      "loss lowest at epoch 1 of 150 (1.467), 5.1 times it at the end; 34% of the"
                      " second block's tanh units saturated (healthy up to 18%)"),
         verdict=GP),
    Case("h219_gap_ticks_subset30_condconv_adam", "30 images of the ticks, the CondConv net "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**TK, "subset": 30}, "model": _cc(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.6288 (training 1.0; test 0.6038; the "
                      "healthy CondConv nets 0.9513 and up); the validation loss lowest at epoch "
                      "13 of 100 (1.117), 1.5 times it at the end; up to 45% of the dense units "
                      "logged dead (healthy up to 31%)"),
         verdict=GP),
    Case("h219_underfit_tides_qrnn_one_unit_adam", "the tides through a QRNN of 1 hidden unit, "
         "Adam at LR 0.01, batch 25, 30 epochs",
         {"data": TD, "model": _qr(hidden=1),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 30, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold a drift and a roughness: accuracy 0.5167 (test"
                      " 0.4833, training 0.4963; healthy 0.7389 and up, baseline 0.6778), the "
                      "epoch loss flat (0.7763 to 0.775 over the last three epochs) and the "
                      "validation loss 0.2% above its epoch-29 minimum; up to 51% of the unit's "
                      "tanh candidates saturated (healthy at most 18%)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h219_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.95, "
         "0.999) at LR 1e20, 1460 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1460,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h219_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.3) at LR 1e-10, 1461 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(1461,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7193 at every epoch; accuracy 0.4453 (training 0.4401) at"
                      " its initial weights, 0.055 below the majority share (0.5)"),
         verdict=TP),
    Case("h219_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(eps 1e-6, LR decay 1e-4) at LR 1e20 (decaying linearly), 1462 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ada("wine", hidden=(1462,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share "
                      "(0.3889)"),
         verdict="failed"),
    Case("h219_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad (eps 1e-6, LR decay 1e-4) at LR 1e-10 (decaying linearly), 1463 units, batch "
         "8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ada("iris", hidden=(1463,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.024 at every evaluation; accuracy 0.6667 at its "
                      "initial weights, 0.333 above 1/3, far below the healthy iris runs (0.9667)"),
         verdict=TP),
    Case("h219_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (weight decay 0.3) at LR 1e20, 1464 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1464,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h219_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 1465 units, "
         "NAdam (betas 0.95, 0.999) at LR 3e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(1465,), lr=3e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.532, training 1.0; the healthy "
                      "digits 0.9777); the validation loss lowest at epoch 2 of 120 (2.226), 1.45"
                      " times it at the end"),
         verdict=GP),
    Case("h219_tensorboard_breast_cancer_adagrad_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adagrad (eps 1e-6, LR decay 1e-4) at LR 1e20, 1466 units, batch 19, 3 epochs",
         script=tensorboard_run(_ada("breast_cancer", hidden=(1466,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h219_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1467 units, AdamW (weight decay 0.3) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1467,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5538, 0.054 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150 "
                      "(1.166), 2.5 times it at the end; the step loss near 0 swings 1.18 times "
                      "its mean"),
         verdict=GP),
    Case("h219_plain_corrupt_record_sine_nadam", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), NAdam (betas 0.95, 0.999) at LR 1e-4, 1468 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_na("sine", hidden=(1468,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h219_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (weight "
         "decay 0.3) at LR 1e-10, 1469 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1469,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.356 at every epoch; accuracy 0.1365, 0.036 above the"
                      " majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy219_clicks_deepfm_relu_adam",
       {"data": CL, "model": _fm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy219_clicks_deepfm_silu_adamw",
       {"data": CL, "model": _fm(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy219_clicks_deepfm_leaky_rmsprop",
       {"data": CL, "model": _fm(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy219_clicks_deepfm_elu_momentum9",
       {"data": CL, "model": _fm(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy219_clicks_deepfm_norm_adagrad",
       {"data": CL, "model": _fm(width=24, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy219_yields_deepfm_tanh_adam",
       {"data": YL, "model": _fm(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy219_yields_deepfm_silu_adamw",
       {"data": YL, "model": _fm(width=24, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy219_ticks_condconv_relu_adam",
       {"data": TK, "model": _cc(),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy219_ticks_condconv_leaky_adamw",
       {"data": TK, "model": _cc(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy219_ticks_condconv_elu_rmsprop",
       {"data": TK, "model": _cc(channels=[8, 12], experts=2, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy219_ticks_condconv_relu_nesterov9",
       {"data": TK, "model": _cc(channels=[12, 16], experts=4, dense=28),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy219_tides_qrnn_adam",
       {"data": TD, "model": _qr(hidden=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy219_tides_qrnn_window3_adam",
       {"data": TD, "model": _qr(hidden=16, window=3),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy219_tides_qrnn_rmsprop",
       {"data": TD, "model": _qr(hidden=20),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy219_tides_qrnn_gate1_adamw",
       {"data": TD, "model": _qr(hidden=12, gate_bias=1.0),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _hs("healthy219_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1460,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy219_lightning_wine_nadam",
        lightning_run(_na("wine", hidden=(1461,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy219_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ada("breast_cancer", hidden=(1462,), lr=2e-3, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy219_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1463,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy219_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(1464,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy219_keras_circles_adagrad",
        keras_run(_ada("circles", hidden=(1465,), lr=5e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy219_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1466,), lr=3e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy219_keras_breast_cancer_nadam",
        keras_run(_na("breast_cancer", hidden=(1467,), lr=3e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy219_tensorboard_iris_adagrad",
        tensorboard_run(_ada("iris", hidden=(1468,), lr=5e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy219_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(1469,), lr=5e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy219_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1460,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy219_plain_moons_adagrad",
        plain_run(_ada("moons", hidden=(1464,), lr=5e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy219_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1466,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
