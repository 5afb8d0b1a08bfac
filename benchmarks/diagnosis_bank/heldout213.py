"""The two-hundred-and-thirteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout210`, :mod:`.heldout211` and :mod:`.heldout212` (not
looked at), after the measurement of :mod:`.heldout208` and :mod:`.heldout209`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`PrototypeNet` (an MLP
embedding and learnt class prototypes, the logits the negative squared distances to them; for
regression a softmax(-distance)-weighted mean of learnt prototype values), :class:`AttentionCNN`
(two conv blocks, each a 3x3 convolution, an activation, CBAM-style attention (a channel gate from
a SiLU MLP over the average- and max-pooled features, a spatial gate from a 7x7 convolution over
the channel mean and max) and 2x2 max pooling, then a dense layer and a linear head) and
:class:`ChunkNet` (non-overlapping chunks of the flattened sequence encoded by one shared MLP, then
a second MLP over the chunk codes); every fault code could be produced with these three models,
no case fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`tallies`, a tabular 4-class set of 10 readings (the signs of a score with
a product term and of one with a cosine term, 3% random labels, 1400 rows; seed 2130);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2131; times 300 plus 6000 with
seed 2132 for the divergence); :func:`marks`, 3000 12x12 single-channel images of a 5x5 plus,
cross, ring, T or L at a random place in noise 0.3, 2% random labels (5 classes; seed 2133);
:func:`pulses`, 900 sequences of 32 readings, a sine of one of 4 periods at a random phase in
noise 0.8 (4 classes; seed 2134), given flattened and cut into chunks by the chunk net. Script
cases use RMSprop with alpha 0.7, Adamax with betas (0.95, 0.999) and NAdam with weight decay 1e-3
on wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a
hidden width of 1400 to 1409. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD,
SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine,
exponential and step. The faults, each through what its model has: divergence under plain SGD in
the chunk net (2 chunks of 4 readings) on the unscaled yields (the prototype regression cannot
diverge: its output is a weighted mean of its values); exploding gradients in a 6-block leaky-ReLU
prototype net with N(0, 1) init under SGD with momentum 0.5 at LR 1e-10; dead units in a
prototype net whose blocks' pre-activations are shifted by -10 (its embedding constant) under
Adam, and the attention CNN's units killed by plain RMSprop at LR 0.08; a high update ratio from
Adagrad at LR 2 in a layer-normalised tanh prototype net; tiny learning rates in the CNN (plain
SGD at 1e-9) and the chunk net (plain RMSprop at 1e-10); vanishing gradients through 16 sigmoid
blocks under SGD with momentum 0.9; the tanh chunk net saturated by N(0, 3) init under plain
RMSprop; the tanh chunk net with N(0, 0.05) init under momentum 0.9 (a slow start); the tallies
sorted by label and never shuffled (SiLU prototype net, plain RMSprop); square error on the chunk
net's softmax under Adam; the prototype net at batch 1 under Adam; 40 rows of the tallies under
AdamW (a wide tanh prototype net, overfit, a gap) and 30 images under Adam (the CNN, overfit, a
gap); a tanh chunk net with a chunk code of one unit (underfitting); the scripts: Lightning's NaN
on digits (NAdam) and stuck circles (Adamax), Trainer's NaN on wine (RMSprop) and stuck iris
(NAdam), Keras' NaN on moons (Adamax) and 16 rows of digits (RMSprop, overfit, a gap),
TensorBoard's NaN on breast cancer (NAdam) and 8 rows of circles (Adamax, overfit, a gap), the
loop's corrupt record on the sine (RMSprop) and stuck digits (Adamax).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of its settings every case was
trained once more from this file into fresh stores (most cases into two stores trained side by
side; the cases changed after those had started, the attention CNN's cases and five healthy runs,
once more each into further fresh stores, so every case's final run is after its last change);
the numbers below are from those runs. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2679 on the tallies, 0.205 on the marks, 0.2833 on
the pulses; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6893 (tallies), 0.8683
(marks), 0.9833 (pulses); R2 0.696 (yields), 0.6994 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 8.2e-6 (the CNN under Nesterov
momentum) to 0.0461 (the layer-normalised prototype net under Adagrad), single steps at most 0.419
(the CNN under RMSprop); the ``update_ratio_high`` run reaches a quarter mean of 0.33 with single
steps up to 16.5; the ``update_ratio_low`` runs log 0 (the CNN) and quarter means of at most 2e-9
(the chunk net). Dead fraction at most 6.25% in the healthy prototype nets and 28% in the healthy
chunk nets (the ReLU one under Adam); in the healthy CNNs up to 57% of the dense units early on
(3.6% to 37.5% at the end) and 25% to 80% of the 4- and 8-unit attention MLPs (SiLU, logged as dead
below zero); the shifted prototype net's blocks 1.0, the killed CNN's dense units 0.97 and second
convolution 0.375. Saturated fraction: no healthy runner run has tanh or sigmoid units outside the
CNNs' attention gates, which saturate up to 92% (the spatial gate of the second block); the
saturated chunk net's tanh layers 0.76, 0.87 and 0.90, the update-ratio run's 0.81 to 0.83, the slow
start's up to 0.36 at its end, the killed CNN's gates 0.94 to 1.0. Gradient norms at least 2.9e-5
(the CNNs' spatial-attention convolutions) and at most 9.5 (the prototype net under Adagrad); the
vanishing run's first blocks down to 2e-15, the exploding run's 316 to 1621, the saturated run's up
to 54. The step loss's position in the epoch explains at most 19% of the within-epoch variance over
the second half in the healthy runner runs and 24% in the healthy scripts (TensorBoard's moons); the
unshuffled run 98%. The standard deviation of the step loss's step-to-step change over the second
half is at most 1.45 times its mean in the healthy runner runs (the CNN under Adam) and 1.21 in the
healthy scripts (the loop's breast cancer); the batch-1 run's is 2.97. Healthy scores (validation):
tallies 0.8286-0.9071 (test 0.8-0.8714), yields R2 0.7456-0.7845 (test 0.7594-0.7958), marks
0.9233-0.96 (test 0.9483-0.96), pulses 0.9833 and 0.9778 (test 0.9833 and 0.9833); scripts: digits
0.9777 and 0.9721, wine 1.0 and 1.0, breast cancer 0.9474, 0.9298 and 0.9474, moons 0.9531, 0.947
and 0.9524, iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's validation loss is lowest at
its end but the layer-normalised prototype net under Adagrad (epoch 14 of 15, 0.11% above it) and
the ELU chunk net under Adam (epoch 20 of 25, 0.05% above it). The pulses' baseline (0.9833) is not
beaten: the healthy chunk nets reach it (0.9833) or come within 0.006 of it (0.9778).

Changes after the first run: the prototypes started N(0, 1), which gave losses near 5 at the
first step and an epoch-loss fall of 64% in the shifted (dead) prototype net from the prototypes
alone, so they start N(0, 0.01) and the regression values N(0, 1) (from 0, which gave zero
gradients to the embedding at the first step); the divergence moved from the prototype regression
(which fell from 3.7e7 to 2.4e6 instead of blowing up) to the chunk net; the unshuffled run took
LR 1e-3 (from 1e-4: at chance, 98% of the predictions in one class) and the saturated run LR 3e-5
(from 1e-4: its loss fell 3%); the slow start moved from the CNN with N(0, 0.03) init (its dense
units all died and it never left ln 5) to the tanh chunk net; the batch-1 run moved from the CNN
on 1200 images (its step loss swung only 0.73 times its mean) to the prototype net on the tallies
(LR 1e-3 for 3 epochs swung 1.42 times, so LR 3e-3 for 4 epochs); the one-unit ReLU chunk net died
(its top unit dead), so the underfitting run is a tanh chunk net of one code unit. Healthy runs:
the marks took noise 0.3 (from 0.45: the CNNs reached 0.60 to 0.65 at a baseline of 0.52, still
falling), and the CNNs 12 epochs at higher LRs (from 8: 0.658 to 0.885 against a baseline of
0.868), the RMSprop CNN 16 epochs with 8 and 16 channels (0.857 with 8 and 12 channels); the
attention MLPs took SiLU (from ReLU: 75% of their units dead in a healthy run); the momentum
prototype net on the tallies LR 0.03 (from 0.01: 0.7143) and the RMSprop one LR 3e-3 (from 1e-3:
0.6929, the baseline); the tanh prototype regression (R2 0.5712, below the baseline 0.696) became
an ELU one of 2 blocks (0.7456); the chunk nets on the pulses reached only 0.278 to 0.906 in 12
epochs, then 0.906 to 0.983 in 25 at higher LRs with the momentum run ending 9.6% above its
epoch-14 minimum, and two more Adam-type runs ended 4.2% and 9.1% above their epoch-8 and epoch-10
minima below the baseline, so two of the four pulses runs became a ReLU prototype net on the
tallies under AdamW (0.8964) and a ReLU prototype regression under RMSprop (R2 0.7564); Trainer's
iris (RMSprop at LR 2e-4: 0.9) took LR 4e-4 (0.9667) and TensorBoard's moons (NAdam at LR 1e-3,
1% above its epoch-14 minimum) LR 5e-4 (lowest at the end).

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 5, 1.626), so
``divergence`` is allowed there and the verdict is a training problem; the exploding run's loss is
1383 at every epoch, a thousand times ln 4 from its first step, and its verdict is a failure; the
test predictions fall in one class in the shifted prototype net (100%), the killed CNN (100%), the
stuck CNN (100%), the vanishing run (100%) and the underfitting run (100%), so
``predictions_collapsed`` is expected there, allowed in the exploding run (79%), and neither
expected nor allowed in the stuck chunk net (48%), the saturated run (31%) or the update-ratio run
(39%); the shifted prototype net (0.2714), the killed CNN (0.1983), the stuck CNN (0.205), the
stuck chunk net (0.2), the vanishing run (0.2607) and the underfitting run (0.2778) score within
0.05 of the majority share (``at_chance`` expected), the exploding run (test 0.2036, 0.064 below
0.2679) and the saturated run (0.2056 against 0.2833) allow it; Lightning's NaN digits (0.1003),
Keras' NaN moons (0.5), Lightning's stuck circles (0.5078) and Trainer's stuck iris (0.3333)
expect ``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast cancer
(0.3684 against 0.6316), TensorBoard's 8 rows of circles (0.5692) and the loop's stuck digits
(0.039 against 0.1003) allow it; the underfitting run's loss falls to ln 4 and stays there, so
``not_training`` is allowed beside ``underfitting``; the saturated run's epoch loss falls 1%
(``not_training`` expected), its saturation (up to 90%) is not clearly beyond the healthy CNNs'
attention gates (92%), so ``saturated_activation`` is only allowed, as in the update-ratio run;
the killed CNN's dead units (97% of the dense layer) are not clearly beyond a healthy CNN's early
57% and the attention MLPs' 80%, so ``dead_relu`` is only allowed there; the unshuffled run's, the
batch-1 run's and the slow start's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the overfit runs' validation losses end 4.17 (40 rows), 2.71 (30
images), 1.53 (Keras' 16 rows) and 2.65 (TensorBoard's 8 rows) times their early minima, so
``overfitting`` is expected beside ``generalisation_gap``; the slow start sat at ln 4 for 9 epochs,
so ``slow_start`` is expected.

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


def tallies(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus the sign of one with a cosine term
    (readings 3 and 4); readings 5 to 9 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s1 = x[:, 0] - 0.7 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] + np.cos(1.5 * x[:, 4]) - 0.3
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, a
    product of two, a cosine of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.tanh(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + np.cos(2.0 * x[:, 3])
         + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def _glyphs() -> tuple[np.ndarray, ...]:
    """Five 5x5 glyphs: a plus, a cross, a ring, a T and an L."""
    plus, cross, ring, tee, ell = (np.zeros((5, 5)) for _ in range(5))
    plus[2, :], plus[:, 2] = 1.0, 1.0
    cross[np.arange(5), np.arange(5)], cross[np.arange(5), 4 - np.arange(5)] = 1.0, 1.0
    ring[0, :], ring[4, :], ring[:, 0], ring[:, 4] = 1.0, 1.0, 1.0, 1.0
    tee[0, :], tee[:, 2] = 1.0, 1.0
    ell[:, 0], ell[4, :] = 1.0, 1.0
    return plus, cross, ring, tee, ell


def marks(n: int = 3000, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 glyph each (5 classes:
    a plus, a cross, a ring, a T, an L) at a random place, in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images(_glyphs(), n, 12, noise, flip, seed)


def pulses(n: int = 900, steps: int = 32, noise: float = 0.8, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` readings, a sine of one of 4
    periods (16, 8, 5.33 and 4 steps: the class) at a random phase and amplitude 0.8 to 1.2, in
    Gaussian noise of ``noise``. Given flattened (``steps`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)
    freq = (y[:, None] + 2) / 32.0
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    amp = rng.uniform(0.8, 1.2, (n, 1))
    x = amp * np.sin(2 * np.pi * freq * t[None, :] + phase) + rng.normal(0.0, noise, (n, steps))
    return x.astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class PrototypeNet(nn.Module):
    """A prototype classifier: an MLP embedding (``depth`` blocks of linear, optional layer norm
    and activation, whose pre-activations are shifted by ``bias_shift``, then a linear map to
    ``embed`` dimensions) and learnt prototypes (starting N(0, 0.01)); the logits are the
    negative squared distances of the embedding to the class prototypes. For regression (one
    output) ``prototypes`` prototypes each hold a learnt value (starting N(0, 1)), and the output
    is their softmax(-distance)-weighted mean."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 1, embed: int = 8, activation: str = "relu", norm: bool = False,
                 bias_shift: float = 0.0, prototypes: int = 12) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.embed = nn.Linear(width, embed)
        self.regression = n_outputs == 1
        k = prototypes if self.regression else n_outputs
        self.prototypes = nn.Parameter(0.1 * torch.randn(k, embed))
        self.values = nn.Parameter(torch.randn(k)) if self.regression else None
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        z = self.embed(h)
        logits = -((z[:, None, :] - self.prototypes[None]) ** 2).sum(-1)
        if self.values is None:
            return logits
        return (logits.softmax(1) * self.values).sum(1, keepdim=True)


class _CBAM(nn.Module):
    """CBAM-style attention: a channel gate (a shared SiLU MLP over the average- and max-pooled
    features, sigmoid) then a spatial gate (a 7x7 convolution over the channel mean and max,
    sigmoid)."""

    def __init__(self, channels: int, reduction: int) -> None:
        super().__init__()
        mid = max(1, channels // reduction)
        self.mlp = nn.Sequential(nn.Linear(channels, mid), nn.SiLU(), nn.Linear(mid, channels))
        self.channel_gate = nn.Sigmoid()
        self.spatial = nn.Conv2d(2, 1, 7, padding=3)
        self.spatial_gate = nn.Sigmoid()

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        w = self.mlp(h.mean((2, 3))) + self.mlp(h.amax((2, 3)))
        h = h * self.channel_gate(w)[:, :, None, None]
        s = torch.cat([h.mean(1, keepdim=True), h.amax(1, keepdim=True)], 1)
        return h * self.spatial_gate(self.spatial(s))


class AttentionCNN(nn.Module):
    """Two conv blocks (3x3 convolution, activation, CBAM-style attention, 2x2 max pooling), a
    dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 activation: str = "relu", reduction: int = 2) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.att1 = _CBAM(channels[0], reduction)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = _ACTS[activation]()
        self.att2 = _CBAM(channels[1], reduction)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.att1(self.act1(self.conv1(x))))
        h = self.pool(self.att2(self.act2(self.conv2(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class ChunkNet(nn.Module):
    """A hierarchical sequence model: the flattened sequence is cut into non-overlapping chunks
    of ``chunk`` steps, each encoded by one shared MLP (linear, activation, linear to ``code``,
    activation), then a second MLP over the concatenated chunk codes (linear, activation) and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, chunk: int = 8,
                 width: int = 24, code: int = 12, hidden: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        self.chunk = chunk
        self.chunks = int(np.prod(input_shape)) // chunk
        self.enc1 = nn.Linear(chunk, width)
        self.act1 = _ACTS[activation]()
        self.enc2 = nn.Linear(width, code)
        self.act2 = _ACTS[activation]()
        self.top = nn.Linear(self.chunks * code, hidden)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.flatten(1).reshape(x.shape[0], self.chunks, self.chunk)
        codes = self.act2(self.enc2(self.act1(self.enc1(seq))))
        return self.head(self.act3(self.top(codes.flatten(1))))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout213"
TL = _factory(f"{HERE}:tallies", seed=2130)
YD = _factory(f"{HERE}:yields", seed=2131)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2132)
GL = _factory(f"{HERE}:marks", seed=2133)
PU = _factory(f"{HERE}:pulses", seed=2134)


def _pn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PrototypeNet", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AttentionCNN", "args": args}


def _ch(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ChunkNet", "args": args}


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.7."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.7}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.95, 0.999)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.95, 0.999)}, **kw)


def _nad(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with weight decay 1e-3."""
    return _s(data, optim="nadam", optim_args={"weight_decay": 1e-3}, **kw)


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
    Case("h213_divergence_yields_raw_chunknet_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the chunk net reading the 8 readings as 2 chunks of 4 (ReLU), "
         "plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _ch(chunk=4),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "the step loss 3.7e7 at the first step and Inf from step 4, where the run "
                      "stops",
         verdict="failed"),
    Case("h213_exploding_tallies_protonet_d6_leaky_std1", "the prototype net with 6 leaky-ReLU "
         "blocks of 24 and N(0, 1) init on the tallies, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": TL, "model": {**_pn(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "at_chance",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1385 to 1383 (ln 4 is 1.386); every gradient norm 316 to "
                      "1621 (healthy at most 9.5); quarter-mean update ratios up to 1.5e-8, a "
                      "side effect of the LR; accuracy 0.2143 (test 0.2036, 0.064 below the "
                      "majority share 0.2679); 79% of the test predictions in one class"),
         verdict="failed"),
    Case("h213_dead_relu_tallies_protonet_shift10", "the prototype net (2 ReLU blocks of 32) "
         "whose blocks' pre-activations are shifted by -10, so no unit ever fires and the "
         "embedding is constant, Adam at LR 2e-3, batch 25, 10 epochs",
         {"data": TL, "model": _pn(width=32, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("every unit of both blocks logged dead (healthy 0), so every gradient and "
                      "update of the embedding is 0; the epoch loss 1.385 to 1.383 (ln 4); "
                      "accuracy 0.2714 (test 0.2679, the majority share), every test prediction "
                      "in one class; far below the baseline (0.6893)"),
         verdict=TP),
    Case("h213_dead_relu_marks_cnn_rmsprop_lr008", "the attention CNN (8, 16 channels, 32 "
         "dense) on the marks, plain RMSprop at LR 0.08, batch 28",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance", "predictions_collapsed"),
         allow=("dead_relu", "saturated_activation", "exploding_gradients", "update_ratio_high",
                "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.62 to 444 in epoch 1 (epoch loss 8.6), then "
                      "sits near ln 5 (1.629 and 1.626), so the blow-up passed; gradient norms up "
                      "to 351 and single update ratios up to 14.4 in the first quarter, then down "
                      "to 1e-9; 96.9% of the dense units and 37.5% of the second convolution's "
                      "channels logged dead (healthy CNNs up to 57% of the dense units early on "
                      "and 80% of an attention MLP's units), so ``dead_relu`` is allowed; the "
                      "attention gates 94% to 100% saturated (healthy up to 92%); accuracy 0.1983 "
                      "(majority share 0.205), every test prediction in one class"),
         verdict=TP),
    Case("h213_update_ratio_high_tallies_protonet_norm_tanh_adagrad", "the prototype net with a "
         "layer-normalised tanh block of 24 on the tallies, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TL, "model": _pn(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high",),
         allow=("saturated_activation", "noisy_loss", "underfitting", "not_converged",
                "divergence", "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (a first-quarter mean update ratio of 0.33, "
                      "single steps up to 16.5; healthy at most 0.046 and 0.27), and 81% to 83% "
                      "of the tanh units saturate (no healthy runner run has tanh units, but the "
                      "healthy CNNs' sigmoid attention gates reach 92%, so "
                      "``saturated_activation`` is allowed): the layer norm keeps the loss finite "
                      "but the run swings (epoch losses 75, 2.56, 1.59, 1.37, 1.17, 1.18, 1.06, "
                      "1.05; validation losses 1.19, 1.69, 1.33, 1.80, 0.98 over the last five "
                      "epochs); accuracy 0.6 (test 0.5571), below the baseline (0.6893)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h213_update_ratio_low_marks_cnn_sgd_lr1e9", "the attention CNN on the marks, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.611 at every epoch; every update ratio "
                                         "logged 0 (below float resolution; healthy quarter means "
                                         "at least 8.2e-6); accuracy 0.205 at the majority share "
                                         "(0.205), every test prediction in one class"),
         verdict=TP),
    Case("h213_update_ratio_low_pulses_chunknet_rmsprop_lr1e10", "the chunk net on the pulses, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _ch(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.396 at every epoch; quarter-mean "
                                         "update ratios at most 2e-9 (healthy at least 8.2e-6); "
                                         "accuracy 0.2 (test 0.25) against a majority share of "
                                         "0.2833; 48% of the test predictions in one class"),
         verdict=TP),
    Case("h213_vanishing_tallies_protonet_d16_sigmoid_momentum9", "the prototype net with 16 "
         "sigmoid blocks of 12 on the tallies, SGD with momentum 0.9 at LR 0.05, batch 32, "
         "4 epochs",
         {"data": TL, "model": _pn(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 2e-15 (healthy at least 2.9e-5) and "
                      "their update ratios 0; the epoch loss 1.394 to 1.385 (ln 4 is 1.386); "
                      "accuracy 0.2607 (test 0.2607, majority share 0.2679), every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h213_saturated_pulses_chunknet_tanh_std3_rmsprop", "the tanh chunk net with N(0, 3) "
         "init on the pulses, plain RMSprop at LR 3e-5, batch 28, 4 epochs",
         {"data": PU, "model": {**_ch(activation="tanh"), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 3e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training",),
         allow=("saturated_activation", "at_chance", "update_ratio_low", "underfitting",
                "noisy_loss", "unshuffled_data", "not_converged", "vanishing_gradients",
                "exploding_gradients"),
         why_allowed=("76%, 87% and 90% of the three tanh layers' outputs saturated (the healthy "
                      "CNNs' sigmoid attention gates up to 92%, so ``saturated_activation`` is "
                      "only allowed); the epoch loss 16.34 to 16.17 (1% lower), the validation "
                      "loss 18.10 to 18.08, far above ln 4; the huge weights give gradient norms "
                      "up to 54 (healthy at most 9.5) and quarter-mean update ratios down to "
                      "1.3e-5; accuracy 0.2056 (test 0.2111) against a majority share of 0.2833; "
                      "31% of the test predictions in one class"),
         verdict=TP),
    Case("h213_slow_start_pulses_chunknet_tanh_std005_momentum9", "the tanh chunk net with "
         "N(0, 0.05) init on the pulses, SGD with momentum 0.9 at LR 0.1, batch 20, 20 epochs",
         {"data": PU, "model": {**_ch(activation="tanh"), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9},
          "train": {"epochs": 20, "batch_size": 20}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "update_ratio_low", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("the epoch loss sits at ln 4 (1.391 to 1.362) for the first 9 epochs, then "
                      "falls to 0.109 at epoch 20 with the validation loss lowest at the end "
                      "(0.204) and still falling; first gradient norms 7.7e-3 to 9.9e-3; up to "
                      "36% of the tanh units saturated at the end; accuracy 0.9222 (test 0.9278), "
                      "below the baseline (0.9833)"),
         verdict=TP),
    Case("h213_unshuffled_tallies_protonet_silu_rmsprop", "the tallies sorted by label, never "
         "shuffled, the prototype net (a SiLU block of 24), plain RMSprop at LR 1e-3, batch 30, "
         "8 epochs",
         {"data": {**TL, "order": "by_label", "shuffle": False},
          "model": _pn(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "underfitting"),
         why_allowed=("the step loss's position in the epoch explains 98% of its within-epoch "
                      "variance (healthy runner runs at most 19%); accuracy 0.6679 (test 0.6286, "
                      "training 0.619), below the baseline (0.6893) and far below the healthy runs "
                      "(0.8286 and up), with the epoch loss still falling (1.022 to 0.975) and the "
                      "validation loss lowest at the end"),
         verdict=TP),
    Case("h213_mse_softmax_pulses_chunknet_adam", "the pulses trained with square error on the "
         "softmax, the chunk net, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": PU, "model": _ch(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9778 (test 0.9667), about the "
                      "healthy runs; the validation loss lowest at the end"),
         verdict=TP),
    Case("h213_noisy_tallies_protonet_b1_adam", "the tallies one row at a time (batch 1), the "
         "prototype net (a ReLU block of 32), Adam at LR 3e-3, 4 epochs",
         {"data": TL, "model": _pn(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 2.97 times its mean over the second half (healthy "
                      "runner runs at most 1.45, healthy scripts 1.21), up to 11.4 from near 0; "
                      "single-row gradients up to 19.6 (healthy at most 9.5); accuracy 0.8679 "
                      "(test 0.8429) like the healthy runs, the epoch loss still falling (0.473 "
                      "to 0.417) and the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h213_overfit_tallies_subset40_protonet_tanh_adamw", "40 rows of the tallies, the "
         "prototype net with 2 tanh blocks of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TL, "subset": 40},
          "model": _pn(width=160, depth=2, embed=16, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5929 (test 0.575, training 1.0; the healthy "
                      "runs 0.8286 and up); the validation loss lowest at epoch 2 of 150, 4.17 "
                      "times it at the end; up to 16% of the second block's tanh units saturated; "
                      "the epoch loss at 1.4e-4 gives gradients down to 7e-6"),
         verdict=GP),
    Case("h213_gap_marks_subset30_cnn_adam", "30 images of the marks, the attention CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance", "saturated_activation"),
         why_allowed=("30 images teach less: accuracy 0.3017 (test 0.2983, training 1.0; the "
                      "healthy CNNs 0.9233 and up), 0.093 above the test majority share (0.205); "
                      "the validation loss lowest at epoch 6 of 100 (1.606), 2.71 times it at the "
                      "end; 41% of the dense units logged dead; the attention gates up to 100% "
                      "saturated"),
         verdict=GP),
    Case("h213_underfit_pulses_chunknet_tanh_tiny_adam", "the pulses through a tanh chunk net "
         "of 2 units per chunk, a chunk code of 1 and 1 top unit (chunks of 4), Adam at LR 3e-3, "
         "batch 25, 15 epochs",
         {"data": PU, "model": _ch(chunk=4, width=2, code=1, hidden=1, activation="tanh"),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("not_training", "not_converged", "noisy_loss"),
         why_allowed=("a chunk code of one unit and one top unit cannot hold a frequency: the "
                      "epoch loss falls from 1.596 to ln 4 (1.381) and stays there for the last 5 "
                      "epochs; accuracy 0.2778 (test 0.2833, the majority share), every test "
                      "prediction in one class; the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h213_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (weight decay "
         "1e-3) at LR 1e20, 1400 units, batch 24, 3 epochs",
         script=lightning_run(_nad("digits", hidden=(1400,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h213_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.95, 0.999) at LR 1e-10, 1401 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(1401,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7263 at every epoch; accuracy 0.5078 (training 0.5078) at "
                      "its initial weights, 0.008 above the majority share"),
         verdict=TP),
    Case("h213_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.7) at LR 1e20 (decaying linearly), 1402 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1402,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share",
         verdict="failed"),
    Case("h213_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(weight decay 1e-3) at LR 1e-10 (decaying linearly), 1403 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_nad("iris", hidden=(1403,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.085 at every evaluation; accuracy 0.3333 at its "
                      "initial weights, the majority share (1/3)"),
         verdict=TP),
    Case("h213_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.95, 0.999) at LR 1e20, 1404 units, batch 20, 3 epochs",
         script=keras_run(_amx("moons", hidden=(1404,), lr=1e20, epochs=3, batch_size=20,
                               n=620, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h213_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1405 "
         "units, RMSprop (alpha 0.7) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1405,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5655, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 2 of 120, 1.53 "
                      "times it at the end"),
         verdict=GP),
    Case("h213_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (weight decay 1e-3) at LR 1e20, 1406 units, batch 19, 3 epochs",
         script=tensorboard_run(_nad("breast_cancer", hidden=(1406,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316",
         verdict="failed"),
    Case("h213_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1407 units, Adamax (betas 0.95, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_amx("circles", hidden=(1407,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 5 of 150, 2.65 "
                      "times it at the end"),
         verdict=GP),
    Case("h213_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.7) at LR 1e-4, 1408 units, batch 20, a "
         "corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1408,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h213_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax (betas "
         "0.95, 0.999) at LR 1e-10, 1409 units, batch 25, 4 epochs",
         script=plain_run(_amx("digits", hidden=(1409,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.369 at every epoch; accuracy 0.039 at its initial "
                      "weights, 0.061 below the majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy213_tallies_protonet_relu_adam",
       {"data": TL, "model": _pn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy213_tallies_protonet_silu_adamw",
       {"data": TL, "model": _pn(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy213_tallies_protonet_leaky_rmsprop",
       {"data": TL, "model": _pn(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy213_tallies_protonet_elu_momentum9",
       {"data": TL, "model": _pn(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy213_tallies_protonet_norm_adagrad",
       {"data": TL, "model": _pn(width=24, depth=2, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy213_yields_protonet_elu_adam",
       {"data": YD, "model": _pn(width=32, depth=2, activation="elu", prototypes=16),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy213_yields_protonet_silu_adamw",
       {"data": YD, "model": _pn(width=32, depth=2, activation="silu", prototypes=16),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy213_tallies_protonet_relu_d2_adamw",
       {"data": TL, "model": _pn(width=32, depth=2),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy213_yields_protonet_relu_rmsprop",
       {"data": YD, "model": _pn(width=32, depth=2, prototypes=16),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy213_marks_cnn_relu_adam",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy213_marks_cnn_leaky_adamw",
       {"data": GL, "model": _cnn(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy213_marks_cnn_elu_rmsprop",
       {"data": GL, "model": _cnn(activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy213_marks_cnn_relu_nesterov9",
       {"data": GL, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy213_pulses_chunknet_relu_adam",
       {"data": PU, "model": _ch(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy213_pulses_chunknet_elu_adam",
       {"data": PU, "model": _ch(activation="elu"),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _hs("healthy213_lightning_digits_nadam",
        lightning_run(_nad("digits", hidden=(1400,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy213_lightning_wine_rmsprop",
        lightning_run(_rms("wine", hidden=(1401,), lr=2e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy213_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amx("breast_cancer", hidden=(1402,), lr=5e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy213_hf_trainer_moons_nadam",
        hf_trainer_run(_nad("moons", hidden=(1403,), lr=1e-3, epochs=20, batch_size=20, n=640,
                            noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy213_hf_trainer_iris_rmsprop",
        hf_trainer_run(_rms("iris", hidden=(1404,), lr=4e-4, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy213_keras_circles_adamax",
        keras_run(_amx("circles", hidden=(1405,), lr=1e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy213_keras_wine_nadam",
        keras_run(_nad("wine", hidden=(1406,), lr=3e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy213_keras_breast_cancer_rmsprop",
        keras_run(_rms("breast_cancer", hidden=(1407,), lr=1e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy213_tensorboard_iris_adamax",
        tensorboard_run(_amx("iris", hidden=(1408,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy213_tensorboard_digits_rmsprop",
        tensorboard_run(_rms("digits", hidden=(1409,), lr=3e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy213_tensorboard_moons_nadam",
        tensorboard_run(_nad("moons", hidden=(1400,), lr=5e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy213_plain_moons_adamax",
        plain_run(_amx("moons", hidden=(1404,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy213_plain_breast_cancer_nadam",
        plain_run(_nad("breast_cancer", hidden=(1406,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
