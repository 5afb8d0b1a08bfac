"""The two-hundred-and-twelfth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout210`, :mod:`.heldout211` and :mod:`.heldout213` (not
looked at), after the measurement of :mod:`.heldout208` and :mod:`.heldout209`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`SwiGLUNet` (a LLaMA-style block on
tabular features: a linear embedding, residual feed-forward blocks of RMSNorm then
``down(act(gate(u) + shift) * up(u))`` with a SiLU gate, or a sigmoid, tanh, GELU or ReLU gate for
the GLU variants, a final RMSNorm and a linear head; ``residual`` and ``norm`` can be switched off),
:class:`ShuffleCNN` (a 3x3 stem convolution, ShuffleNet units of a grouped 1x1 convolution, a
channel shuffle, a depthwise 3x3 convolution (strided in every other unit) and a grouped 1x1
convolution, each with optional batch norm, added to the (pooled) input; global average pooling, a
linear head) and :class:`ClockworkRNN` (4 modules of tanh units updated at periods 1, 2, 4 and 8,
each fed by itself and the slower modules, read to its last hidden state, a linear head); every
fault code could be produced with these three models, no case fell back to the runner's built-in MLP
or CNN. Every data set is this module's own ``data.factory``: :func:`ledger`, a tabular 4-class set
of 8 readings (the signs of a product score and of a sine score, 3% random labels, 2000 rows; seed
2120); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2121; times 300 plus 4000
with seed 2122 for the divergence); :func:`segments`, 2400 12x12 single-channel images of a 6-pixel
horizontal, vertical, diagonal or anti-diagonal segment at a random place in noise 0.4, 2% random
labels (4 classes; seed 2123); :func:`swings`, 1000 sequences of 12 increments of 2 readings, the
class the drift sign of the first reading and the spread (calm or wild) of the second (4 classes,
given flattened as 24 columns and read back as a sequence by the clockwork net; seed 2124). Script
cases use SGD with momentum 0.9 and dampening 0.5, AdamW with betas (0.85, 0.99) and weight decay
0.05, and Adagrad with lr_decay 1e-2 and weight decay 1e-4 on wine, iris, breast cancer, digits,
moons, circles and the sine; every script case holds a hidden width of 1390 to 1399. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with
Nesterov momentum 0.9; schedules constant, cosine, exponential and step. The faults, each through
what its model has: divergence under plain SGD in the SwiGLU net on the unscaled yields (the
RMSNorms bound the hidden units, the head blows up); exploding gradients in one residual SwiGLU
block without its norms with N(0, 1) init (the gate times the up projection squares the scale) under
SGD with momentum 0.5 at LR 1e-10; dead units behind the residual stream (the gates' pre-activations
shifted by -30, so every SiLU is about 0 and the net learns through its skips) under Adam, and the
ShuffleNet CNN without batch norm killed by plain RMSprop at LR 0.15; a high update ratio from
Adagrad at LR 2 in the tanh-gated GLU net (the RMSNorms keep the loss finite, not the steps, and the
tanh gates saturate); tiny learning rates in the CNN (plain SGD at 1e-9) and the clockwork net
(plain RMSprop at 1e-10); vanishing gradients through 16 sigmoid-gated GLU blocks without skips or
norms under SGD with momentum 0.9; the clockwork's tanh saturated by N(0, 3) init under plain
RMSprop; the CNN without batch norm with N(0, 0.03) init under momentum 0.9 (a slow start); the
ledger sorted by label and never shuffled (the SwiGLU net, plain RMSprop); square error on the
clockwork's softmax under Adam; the SwiGLU net at batch 1 under Adam on 400 rows; 40 rows of the
ledger under AdamW (a wide SwiGLU net, overfit, a gap) and 30 images under Adam (the CNN, overfit, a
gap); a clockwork net of one unit (underfitting); the scripts: Lightning's NaN on digits (momentum)
and stuck circles (AdamW), Trainer's NaN on wine (Adagrad) and stuck iris (momentum), Keras' NaN on
moons (AdamW) and 16 rows of digits (AdamW, overfit, a gap), TensorBoard's NaN on breast cancer
(momentum) and 8 rows of circles (AdamW, overfit, a gap), the loop's corrupt record on the sine
(Adagrad) and stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update ratios,
dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix
(``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts called
directly: no diagnosis was made. After the last change of a setting every case was trained once more
from this file into a fresh store; the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2575 on the ledger, 0.2583 on the segments, 0.265 on
the swings; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.595 (ledger), 0.6833
(segments), 0.535 (swings); R2 0.7056 (yields), 0.6947 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 2.4e-6 (the three-unit CNN under
momentum 0.9) to 0.062 (the clockwork of 6-unit modules under RMSprop), single steps at most 0.42
(the same run); the ``update_ratio_high`` run reaches quarter means of 0.57 with single steps up to
24.7; the ``update_ratio_low`` runs log quarter means of at most 1.7e-10 and 6e-10. Dead fraction 0
in every healthy run; the shifted gates 1.0, the killed CNN's units up to 0.79 and its stem 0.29.
Saturated fraction at most 0.144 (the clockwork under Adam; 0 in the sigmoid-gated GLU net on the
yields); the saturated clockwork's 0.76, the update-ratio run's 0.98 and 0.99. Gradient norms at
least 1e-6 (the CNNs' batch norms) and at most 9.0 (the GELU-gated net under Adagrad), the largest
first norm of every healthy run at least 0.37 (the clockwork under Adagrad); the vanishing run's
down to 1.9e-15, the exploding run's 541 to 3049, the saturated run's up to 31, the slow start's
largest first norm 0.012. The step loss's position in the epoch explains at most 27% of the
within-epoch variance over the second half in the healthy runner runs (the 30-channel CNN); the
unshuffled run 99%. The standard deviation of the step loss's step-to-step change over the second
half is at most 0.98 times its mean in the healthy runner runs (the three-unit CNN under momentum)
and 1.51 in the healthy scripts (the loop's breast cancer under momentum); the batch-1 run's is
1.60. Healthy scores (validation): ledger 0.8675-0.89 (test 0.8475-0.8875), yields R2 0.8679 and
0.8716, segments 0.9396-0.975 (test 0.9417-0.9667), swings 0.84-0.885 (test 0.825-0.86); scripts:
digits 0.9805 and 0.9666, wine 1.0 and 1.0, breast cancer 0.9649, 0.9386 and 0.9386, moons 0.9531,
0.9697 and 0.9524, iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's validation loss is
lowest at its end but the SwiGLU net under Adam on the ledger (epoch 8 of 10, 0.6% above it), the
ReGLU net (epoch 9 of 10, 0.03% above it), the GEGLU net (epoch 8 of 10, 0.63% above it), the
three-unit CNN (epoch 7 of 8, 0.12% above it), Trainer's moons (epoch 19 of 20, 0.1% above it) and
Trainer's iris (epoch 18 of 20, 0.33% above it).

Changes after the first run: the ledger grew from 1400 to 2000 rows and its healthy runs went from
20 to 10 epochs (their validation losses ended 1% to 15% above minima at epochs 8 to 19; the AdamW
run's exponential decay 0.85, then 0.8, became 0.7 and the Nesterov run's step size 8 became 4); the
yields' Adam run went from 25 epochs at LR 2e-3 (1.7% above its epoch-16 minimum), then 12, to 15
epochs at LR 1e-3, and the sigmoid-gated run from an inverse-time schedule (2.3% above its epoch-24
minimum) to exponential decay 0.8. The first image set (3000 images, noise 0.5) left the healthy
CNNs 1% to 2% above their epoch-7 minima at 0.87 to 0.88, so the images became 2400 with noise 0.4;
the healthy CNN without batch norm (RMSprop) reached only 0.515 and became a 30-channel CNN with
batch norm, whose 8 epochs ended 1.6% above its epoch-7 minimum, so 7 epochs. The first sequences
(cosines of period 2 to 16 steps) gave a nearest-neighbour baseline of 1.0 the clockwork net did not
approach (0.55), and random walks with two drift signs a linear baseline of 0.9 above the clockwork
(0.86), so the sequences became :func:`swings`, whose spread half no linear model sees (LR 1e-2
instead of 5e-3). Faults: three residual blocks with N(0, 1) init overflowed at the first step, so
one block; the gates shifted by -10 still passed exp-sized signals (accuracy 0.825, the gates alive
again), so -30; the CNN under RMSprop at LR 0.1 kept 0.38 accuracy, so 0.15; the slow start at N(0,
0.06) and LR 0.05 barely left ln 4 in 10 epochs, and the clockwork with N(0, 0.02) init learnt at
once, so the CNN at N(0, 0.03) and LR 0.1 for 12 epochs; the batch-1 CNN barely learnt (its step
loss swung 0.22 times its mean), so the SwiGLU net on 600 rows, then 500 and 400 rows (swings of
1.35, 1.60 and 1.60); Keras' 16 digits under Adagrad at LR 0.01 ended 4% above its epoch-1
validation minimum, and at 0.05 its validation loss still fell from 15, so AdamW at 1e-3; the
overfit CNN went from 100 to 60 epochs. Healthy scripts: TensorBoard's moons at LR 1e-3 ended 9%
above its epoch-14 validation loss, so 5e-4; the loop's breast cancer under AdamW at batch 20 and LR
5e-4 swung 1.70 times its mean and at batch 40 and LR 1e-3 1.42 (0.8% above its epoch-11 validation
minimum), so SGD with momentum at LR 5e-3 (1.51; the loop's iris tried instead swung 1.37 and ended
2% above its minimum).

Labels from the metrics: the killed CNN's loss blew up to 6.9e7 and ends at 2.29, far above its
start (1.41), so ``divergence`` is expected there and the verdict is a failure; the exploding run's
loss is 3776 at every epoch, far above ln 4 from its first step, and its verdict is a failure; the
test predictions fall in one class in the stuck CNN (99.6%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there, allowed in the killed CNN (75%), and neither expected
nor allowed in the exploding run (29%), the stuck clockwork (59%), the saturated run (27%), the
update-ratio run (40%) or the one-unit run (53%); the exploding run (0.2925), the killed CNN
(0.2646), the stuck CNN (0.2458), the stuck clockwork (0.23), the vanishing run (0.235) and the
one-unit run (0.265) score within 0.05 of the majority share (``at_chance`` expected), the saturated
run 0.2 (0.065 below it: allowed); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5) and the
loop's stuck digits (0.0864) expect ``at_chance``, Lightning's stuck circles (0.4453 against 0.5),
Trainer's NaN wine (0.3333 against 0.3889), Trainer's stuck iris (0.2667 against 1/3), TensorBoard's
NaN breast cancer (0.3684 against 0.6316) and TensorBoard's 8 rows of circles (0.5692) allow it; the
shifted gates end at 0.625 (training 0.6133), near the baseline, so ``underfitting`` is expected
beside ``dead_relu``, as it is beside ``slow_start`` (0.5792, below the baseline) and for the
one-unit net; the saturated run's validation loss falls 0.6% over 4 epochs (``not_training``
expected); the unshuffled run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected), the batch-1 run's validation loss ends 11.7% above its epoch-3 minimum
(allowed, as is ``overfitting``); the overfit runs' validation losses end 3.31 (40 rows), 1.21 (30
images), 1.21 (Keras' 16 rows) and 4.0 (TensorBoard's 8 rows) times their early minima, so
``overfitting`` is expected beside ``generalisation_gap``; the batch-1 run's swing (1.60) is 1.6
times the healthy runner runs' largest (0.98) but only 1.06 times the healthy scripts' (the loop's
breast cancer, 1.51), so its ``noisy_loss`` is the weakest expected label of the part; the
update-ratio run's tanh gates saturate far beyond the healthy runs (``saturated_activation``
expected).

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


def ledger(n: int = 2000, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a
    product score (readings 0 and 1, plus half of reading 2) times 2 plus the sign of a sine
    score (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.5 * x[:, 2]
    s2 = np.sin(2.0 * x[:, 3]) + 0.5 * x[:, 4]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, a
    product of two, a square of a fourth, a linear fifth and an absolute sixth plus noise 0.3,
    times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.tanh(2.0 * x[:, 0]) + x[:, 1] * x[:, 2] + 0.4 * x[:, 3] ** 2 + 0.8 * x[:, 4]
         - 0.5 * np.abs(x[:, 5]) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def _segments() -> tuple[np.ndarray, ...]:
    eye = np.eye(6)
    flat = np.zeros((6, 6))
    flat[2, :] = 1.0
    return flat, flat.T.copy(), eye, np.fliplr(eye).copy()


def segments(n: int = 2400, noise: float = 0.4, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one bright 6-pixel segment at a
    random place (4 classes: horizontal, vertical, diagonal, anti-diagonal) in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images(_segments(), n, 12, noise, flip, seed)


def swings(n: int = 1000, steps: int = 12, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of the ``steps`` increments of 2 readings;
    the first reading climbs or falls by 0.35 a step under Gaussian noise of 0.7, the second
    has no drift and is calm (steps of spread 0.3) or wild (spread 1.2); the class is the pair
    (climbing or falling, calm or wild: 4 classes), so half of it is a variance no linear model
    sees. Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    drift = np.where(y // 2 == 0, 0.35, -0.35)
    spread = np.where(y % 2 == 0, 0.3, 1.2)
    x = np.stack([drift[:, None] + rng.normal(0.0, 0.7, (n, steps)),
                  spread[:, None] * rng.normal(0.0, 1.0, (n, steps))], 2)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "silu": nn.SiLU, "gelu": nn.GELU, "elu": nn.ELU,
         "leaky_relu": nn.LeakyReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class RMSNorm(nn.Module):
    """Root-mean-square normalisation with a learnt gain (no shift), as in LLaMA."""

    def __init__(self, width: int, eps: float = 1e-6) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.ones(width))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class _GLUBlock(nn.Module):
    """A LLaMA-style feed-forward block: RMSNorm, then ``down(act(gate(u) + shift) * up(u))``."""

    def __init__(self, width: int, hidden: int, activation: str, norm: bool,
                 gate_shift: float) -> None:
        super().__init__()
        self.norm = RMSNorm(width) if norm else nn.Identity()
        self.gate = nn.Linear(width, hidden)
        self.up = nn.Linear(width, hidden)
        self.down = nn.Linear(hidden, width)
        self.act = _ACTS[activation]()
        self.gate_shift = gate_shift

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        u = self.norm(h)
        return self.down(self.act(self.gate(u) + self.gate_shift) * self.up(u))


class SwiGLUNet(nn.Module):
    """A residual MLP of SwiGLU feed-forward blocks with RMSNorm on tabular features: a linear
    embedding of the features, ``depth`` blocks (each added to its input with ``residual``; the
    gate's activation SiLU, or sigmoid/tanh/ReLU for the GLU variants; the gate's
    pre-activation shifted by ``gate_shift``), a final RMSNorm and a linear head; ``norm`` off
    drops every RMSNorm."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 hidden: int = 64, depth: int = 2, activation: str = "silu",
                 residual: bool = True, norm: bool = True, gate_shift: float = 0.0) -> None:
        super().__init__()
        self.embed = nn.Linear(int(np.prod(input_shape)), width)
        self.blocks = nn.ModuleList(_GLUBlock(width, hidden, activation, norm, gate_shift)
                                    for _ in range(depth))
        self.residual = residual
        self.norm = RMSNorm(width) if norm else nn.Identity()
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x.flatten(1))
        for block in self.blocks:
            h = h + block(h) if self.residual else block(h)
        return self.head(self.norm(h))


def _channel_shuffle(x: torch.Tensor, groups: int) -> torch.Tensor:
    n, c, h, w = x.shape
    return x.reshape(n, groups, c // groups, h, w).transpose(1, 2).reshape(n, c, h, w)


class _ShuffleUnit(nn.Module):
    """A ShuffleNet unit: grouped 1x1 convolution, activation, channel shuffle, depthwise 3x3
    convolution (``stride``), grouped 1x1 convolution, each with optional batch norm, added to
    the input (average-pooled when strided), then the activation."""

    def __init__(self, channels: int, groups: int, stride: int, activation: str,
                 norm: bool) -> None:
        super().__init__()

        def bn() -> nn.Module:
            return nn.BatchNorm2d(channels) if norm else nn.Identity()

        self.groups, self.stride = groups, stride
        self.g1 = nn.Conv2d(channels, channels, 1, groups=groups)
        self.bn1 = bn()
        self.act1 = _ACTS[activation]()
        self.dw = nn.Conv2d(channels, channels, 3, stride=stride, padding=1, groups=channels)
        self.bn2 = bn()
        self.g2 = nn.Conv2d(channels, channels, 1, groups=groups)
        self.bn3 = bn()
        self.act2 = _ACTS[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y = _channel_shuffle(self.act1(self.bn1(self.g1(x))), self.groups)
        y = self.bn3(self.g2(self.bn2(self.dw(y))))
        skip = nn.functional.avg_pool2d(x, 3, 2, 1) if self.stride == 2 else x
        return self.act2(skip + y)


class ShuffleCNN(nn.Module):
    """A ShuffleNet-style CNN: a 3x3 stem convolution to ``channels``, ``units`` shuffle units
    (every other one strided, from the first), global average pooling and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 24,
                 groups: int = 3, units: int = 2, activation: str = "relu",
                 norm: bool = True) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.stem_act = _ACTS[activation]()
        self.units = nn.Sequential(*(_ShuffleUnit(channels, groups, 2 if i % 2 == 0 else 1,
                                                  activation, norm) for i in range(units)))
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.units(self.stem_act(self.stem(x)))
        return self.head(h.mean((2, 3)))


class ClockworkRNN(nn.Module):
    """A clockwork RNN sequence classifier: the hidden state is ``modules`` modules of ``size``
    tanh units, module ``i`` updated only at steps that are multiples of its period ``2**i``
    (1, 2, 4, 8) and fed by itself and the slower modules; it reads the flattened sequence of
    ``features`` readings a step to its last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 modules: int = 4, size: int = 4) -> None:
        super().__init__()
        self.features, self.size = features, size
        self.steps = int(np.prod(input_shape)) // features
        self.periods = [2 ** i for i in range(modules)]
        hidden = modules * size
        self.hidden = hidden
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        block = torch.arange(hidden) // size
        self.register_buffer("mask", (block[None, :] >= block[:, None]).float())
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        w = self.wh.weight * self.mask
        for t in range(self.steps):
            k = sum(t % p == 0 for p in self.periods) * self.size  # the active modules lead
            z = self.wx(seq[:, t, :])[:, :k] + nn.functional.linear(h, w[:k])
            h = torch.cat([self.squash(z), h[:, k:]], 1)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout212"
LG = _factory(f"{HERE}:ledger", seed=2120)
YD = _factory(f"{HERE}:yields", seed=2121)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2122)
SG = _factory(f"{HERE}:segments", seed=2123)
SW = _factory(f"{HERE}:swings", seed=2124)


def _glu(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SwiGLUNet", "args": args}


def _shf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ShuffleCNN", "args": args}


def _cw(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ClockworkRNN", "args": args}


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and dampening 0.5."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "dampening": 0.5}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.99) and weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.99), "weight_decay": 0.05},
              **kw)


def _ada(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with lr_decay 1e-2 and weight decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-2, "weight_decay": 1e-4}, **kw)


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
    Case("h212_divergence_yields_raw_swiglu_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the SwiGLU net of width 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _glu(width=20, hidden=40),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "the step loss 1.5e7 at the first step, 2.3e13 at the third and NaN at the "
                      "fourth, where the run stops",
         verdict="failed"),
    Case("h212_exploding_ledger_swiglu_nonorm_std1", "the SwiGLU net without its RMSNorms, "
         "1 residual block of width 24, N(0, 1) init, on the ledger, SGD with momentum 0.5 at "
         "LR 1e-10, batch 30",
         {"data": LG, "model": {**_glu(width=24, hidden=48, depth=1, norm=False),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3776 at every epoch; every gradient norm 541 to 3049 "
                      "(healthy at most 9.0); quarter-mean update ratios up to 1.8e-8, a side "
                      "effect of the LR; the step loss follows the stored order of the huge "
                      "logits (its position explains 84% of the within-epoch variance); accuracy "
                      "0.2925, 0.035 above the majority share (0.2575); 29% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h212_dead_relu_ledger_swiglu_gate_shift30", "the SwiGLU net (2 residual blocks of "
         "width 24) whose gates' pre-activations are shifted by -30, so their SiLUs never "
         "fire and the net learns through its skips, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": LG, "model": _glu(width=24, hidden=48, gate_shift=-30.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"),
         allow=("vanishing_gradients", "update_ratio_low", "not_converged"),
         why_allowed=("every SiLU unit of both blocks logged dead (healthy 0), the gates' "
                      "gradients down to 1.3e-13 and their update ratios 0: the net learns "
                      "through its skips alone, accuracy 0.625 (training 0.6133), near the "
                      "baseline (0.595) and far below the healthy runs (0.8675 and up), its "
                      "epoch loss 1.053 to 1.045 over the last epoch with the validation loss "
                      "lowest at the end"),
         verdict=TP),
    Case("h212_dead_relu_segments_shuffle_nonorm_rmsprop_lr015", "the ShuffleNet-style CNN "
         "without batch norm (24 channels, 3 groups) on the segments, plain RMSprop at LR 0.15, "
         "batch 28",
         {"data": SG, "model": _shf(norm=False),
          "optim": {"name": "rmsprop", "lr": 0.15},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "predictions_collapsed", "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged"),
         why_allowed=("the step loss jumps from 1.41 to 6.9e7 in epoch 1 (epoch losses 1.78e6, "
                      "3.42, 2.29: it ends far above its start); gradient norms up to 2e7 and "
                      "single update ratios up to 13.5 (healthy at most 9.0 and 0.42); up to 79% "
                      "of the second unit's channels and 29% of the stem's logged dead (healthy "
                      "0); accuracy 0.2646 at the majority share (0.2583), 75% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h212_update_ratio_high_ledger_glu_tanh_adagrad", "the GLU net with tanh gates (2 "
         "residual blocks of width 24, RMSNorm) on the ledger, Adagrad at LR 2, batch 26, 8 "
         "epochs",
         {"data": LG, "model": _glu(width=24, hidden=48, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence", "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.57, "
                      "single steps up to 24.7; healthy at most 0.062 and 0.42) and 98% to 99% "
                      "of the tanh gates saturate (healthy at most 14%); the RMSNorms keep the "
                      "loss finite (the step loss up to 37), gradients up to 19 (healthy at most "
                      "9.0); accuracy 0.485 (training 0.5475), below the baseline (0.595)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h212_update_ratio_low_segments_shuffle_sgd_lr1e9", "the ShuffleNet-style CNN on the "
         "segments, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": SG, "model": _shf(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.408 to 1.409 at every epoch; quarter-mean update ratios "
                      "at most 1.7e-10 (healthy at least 2.4e-6); accuracy 0.2458 against a "
                      "majority share of 0.2583; 99.6% of the test predictions in one class"),
         verdict=TP),
    Case("h212_update_ratio_low_swings_clockwork_rmsprop_lr1e10", "the clockwork RNN (4 modules "
         "of 4) on the swings, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SW, "model": _cw(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.388 at every epoch; quarter-mean update ratios at "
                      "most 6e-10 (healthy at least 2.4e-6); accuracy 0.23 at its initial "
                      "weights, 0.035 below the majority share (0.265); 59% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h212_vanishing_ledger_glu_sigmoid_d16_plain", "16 sigmoid-gated GLU blocks of width "
         "12 stacked without skips or norms on the ledger, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": LG, "model": _glu(width=12, hidden=24, depth=16, activation="sigmoid",
                                    residual=False, norm=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 1.9e-15 (healthy at least 1e-6, in "
                      "the CNNs' batch norms); the last blocks still move (quarter-mean update "
                      "ratios up to 0.0066) but the validation loss stays at 1.39 to 1.40 (ln 4 "
                      "is 1.386); accuracy 0.235 against a majority share of 0.2575, every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h212_saturated_swings_clockwork_std3_rmsprop", "the clockwork RNN with N(0, 3) init "
         "on the swings, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SW, "model": {**_cw(), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("76% of the clockwork's tanh outputs saturated (healthy at most 14%); the "
                      "validation loss 11.15 to 11.08, far above ln 4; the huge weights give "
                      "gradient norms up to 31 (healthy at most 9.0), a side effect of the N(0, "
                      "3) init; the step loss's position explains 51% of its within-epoch "
                      "variance; accuracy 0.2, 0.065 below the majority share (0.265)"),
         verdict=TP),
    Case("h212_slow_start_segments_shuffle_nonorm_std003_momentum9", "the ShuffleNet-style CNN "
         "without batch norm, N(0, 0.03) init, on the segments, SGD with momentum 0.9 at LR "
         "0.1 (cosine), batch 32, 12 epochs",
         {"data": SG, "model": {**_shf(norm=False), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388, 1.393, 1.386, 1.386) for the first 4 "
                      "epochs, then falls to 1.188 (1.195 the epoch before, the validation loss "
                      "lowest at the end); the largest first gradient norm 0.012 (healthy 0.37 "
                      "and up); accuracy 0.5792 (training 0.5687), below the baseline (0.6833) "
                      "and the healthy runs (0.9396 and up)"),
         verdict=TP),
    Case("h212_unshuffled_ledger_swiglu_rmsprop", "the ledger sorted by label, never shuffled, "
         "the SwiGLU net of width 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _glu(width=24, hidden=48),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runner runs at most 27%); accuracy 0.48 (training "
                      "0.495), far below the healthy runs (0.8675 and up), with the epoch loss "
                      "still falling and the validation loss lowest at the end (1.239, 1.215)"),
         verdict=TP),
    Case("h212_mse_softmax_swings_clockwork_adam", "the swings trained with square error on the "
         "softmax, the clockwork RNN (4 modules of 4), Adam at LR 1e-2, batch 25, 15 epochs",
         {"data": SW, "model": _cw(),
          "optim": {"name": "adam", "lr": 1e-2},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.895 (test 0.86) like the healthy "
                      "runs, the validation loss lowest at the end"),
         verdict=TP),
    Case("h212_noisy_ledger_subset400_swiglu_b1_adam", "400 rows of the ledger one row at a "
         "time (batch 1), the SwiGLU net of width 32, Adam at LR 2e-3, 4 epochs",
         {"data": {**LG, "subset": 400}, "model": _glu(width=32, hidden=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("not_converged", "overfitting", "generalisation_gap", "divergence",
                "unshuffled_data", "update_ratio_high", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss of single rows swings 1.60 times its mean over the second "
                      "half (healthy runner runs at most 0.98, healthy scripts at most 1.51), "
                      "up to 4.8; single-row gradients up to 35 (healthy at most 9.0); accuracy "
                      "0.66 (training 0.79), the validation loss swinging from 0.7102 at epoch 3 "
                      "to 0.7936 at epoch 4 while the epoch loss falls (0.7448, 0.6282)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h212_overfit_ledger_subset40_swiglu_wide_adamw", "40 rows of the ledger, the SwiGLU "
         "net of width 64 (hidden 128), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _glu(width=64, hidden=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.435 (training 1.0; the healthy runs 0.8675 "
                      "and up); the validation loss lowest at epoch 1 of 150, 3.31 times it at "
                      "the end; the epoch loss at 1e-4 gives gradients down to 3.5e-6"),
         verdict=GP),
    Case("h212_gap_segments_subset30_shuffle_adam", "30 images of the segments, the "
         "ShuffleNet-style CNN of 24 channels, Adam at LR 2e-3, 60 epochs, batch 3",
         {"data": {**SG, "subset": 30}, "model": _shf(),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 60, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4375 (training 1.0; the healthy CNNs "
                      "0.9396 and up); the validation loss lowest at epoch 29 of 60 (1.133), "
                      "1.21 times it at the end; the step loss over 3 images swings 1.29 times "
                      "its mean"),
         verdict=GP),
    Case("h212_underfit_swings_clockwork_one_unit_adam", "the swings through a clockwork RNN of "
         "one module of one unit (period 1), Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": SW, "model": _cw(modules=1, size=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one unit cannot tell a drift from a spread: accuracy 0.265 (training "
                      "0.28; healthy 0.84 and up) at the majority share (0.265), the validation "
                      "loss 1.386 to 1.36 over 15 epochs, lowest at the end, falling 0.1% an "
                      "epoch; 53% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h212_lightning_digits_momentum9_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.9 and dampening 0.5 at LR 1e20, 1390 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1390,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h212_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.85, 0.99, weight decay 0.05) at LR 1e-10, 1391 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_aw("circles", hidden=(1391,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7195 at every epoch; accuracy 0.4453 (training 0.4948) "
                      "at its initial weights, 0.055 below the majority share (0.5)"),
         verdict=TP),
    Case("h212_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(lr_decay 1e-2, weight decay 1e-4) at LR 1e20 (decaying linearly), 1392 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ada("wine", hidden=(1392,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share",
         verdict="failed"),
    Case("h212_hf_trainer_iris_momentum9_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.9 and dampening 0.5 at LR 1e-10 (decaying linearly), 1393 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1393,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.174 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, 0.067 below 1/3, far below the healthy iris runs (0.9667)"),
         verdict=TP),
    Case("h212_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85, 0.99, weight decay 0.05) at LR 1e20, 1394 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(1394,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h212_keras_digits_subset16_adamw_gap", "Keras names: 16 rows of digits, 1395 "
         "units, AdamW (betas 0.85, 0.99, weight decay 0.05) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_aw("digits", hidden=(1395,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5487, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 6 of 120 "
                      "(2.111), 1.21 times it at the end"),
         verdict=GP),
    Case("h212_tensorboard_breast_cancer_momentum9_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.9 and dampening 0.5 at LR 1e20, 1396 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1396,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316",
         verdict="failed"),
    Case("h212_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1397 units, AdamW (betas 0.85, 0.99, weight decay 0.05) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1397,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150 "
                      "(1.122), 4.0 times it at the end; the step loss near 0 swings 1.35 times "
                      "its mean"),
         verdict=GP),
    Case("h212_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (lr_decay 1e-2, weight decay 1e-4) at LR 1e-3, 1398 "
         "units, batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ada("sine", hidden=(1398,), lr=1e-3, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h212_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.85, "
         "0.99, weight decay 0.05) at LR 1e-10, 1399 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1399,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.362 at every epoch; accuracy 0.0864, 0.014 below "
                      "the majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy212_ledger_swiglu_adam",
       {"data": LG, "model": _glu(width=32, hidden=64),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy212_ledger_swiglu_adamw_exponential",
       {"data": LG, "model": _glu(width=24, hidden=48),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.7},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy212_ledger_reglu_rmsprop",
       {"data": LG, "model": _glu(width=28, hidden=56, activation="relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy212_ledger_swiglu_nesterov9_step",
       {"data": LG, "model": _glu(width=24, hidden=48),
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "step", "step_size": 4},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy212_ledger_geglu_adagrad",
       {"data": LG, "model": _glu(width=24, hidden=48, activation="gelu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy212_yields_swiglu_adam",
       {"data": YD, "model": _glu(width=32, hidden=64),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy212_yields_glu_sigmoid_adamw_exponential",
       {"data": YD, "model": _glu(width=24, hidden=48, activation="sigmoid"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 25, "batch_size": 26}}),
    _h("healthy212_segments_shuffle_adam",
       {"data": SG, "model": _shf(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy212_segments_shuffle_g4_leaky_adamw",
       {"data": SG, "model": _shf(channels=24, groups=4, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy212_segments_shuffle_u3_momentum9",
       {"data": SG, "model": _shf(channels=18, units=3),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy212_segments_shuffle_c30_rmsprop",
       {"data": SG, "model": _shf(channels=30),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 30}}),
    _h("healthy212_swings_clockwork_adam",
       {"data": SW, "model": _cw(),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy212_swings_clockwork_s6_rmsprop",
       {"data": SW, "model": _cw(size=6),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy212_swings_clockwork_adamw_exponential",
       {"data": SW, "model": _cw(size=5),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy212_swings_clockwork_adagrad",
       {"data": SW, "model": _cw(),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _hs("healthy212_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1390,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy212_lightning_wine_momentum9",
        lightning_run(_mom("wine", hidden=(1391,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy212_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ada("breast_cancer", hidden=(1392,), lr=5e-3, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy212_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1393,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy212_hf_trainer_iris_momentum9",
        hf_trainer_run(_mom("iris", hidden=(1394,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy212_keras_circles_adagrad",
        keras_run(_ada("circles", hidden=(1395,), lr=5e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy212_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1396,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy212_keras_breast_cancer_momentum9",
        keras_run(_mom("breast_cancer", hidden=(1397,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy212_tensorboard_iris_adagrad",
        tensorboard_run(_ada("iris", hidden=(1398,), lr=5e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy212_tensorboard_digits_momentum9",
        tensorboard_run(_mom("digits", hidden=(1399,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy212_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1390,), lr=5e-4, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy212_plain_moons_momentum9",
        plain_run(_mom("moons", hidden=(1394,), lr=5e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy212_plain_breast_cancer_momentum9",
        plain_run(_mom("breast_cancer", hidden=(1396,), lr=5e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
