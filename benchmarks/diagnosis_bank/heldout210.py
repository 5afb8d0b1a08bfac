"""The two-hundred-and-tenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout211` (and, started a few minutes later,
:mod:`.heldout212` and :mod:`.heldout213`; none looked at), after the measurement of
:mod:`.heldout208` and :mod:`.heldout209`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`FiLMNet` (a FiLM-conditioned MLP: a small net of a linear layer,
an activation and a linear layer maps the first two features to a per-unit scale and shift of each
hidden layer of the main MLP, which reads the other features; the hidden layers' shift can start
offset), :class:`NeXtCNN` (a ConvNeXt-style CNN: a 3x3 stem, blocks of a depthwise 7x7 or 5x5
convolution, a layer norm over the channels, a pointwise inverted bottleneck of 4 times the
channels with a GELU (or ReLU/tanh) module whose pre-activations can start offset, a layer scale
and the residual; global average pooling, a layer norm, a linear head) and :class:`IndRNN` (two
stacked independently recurrent layers, each unit with one recurrent weight, ReLU (or tanh)
modules, reading the flattened sequence to the last layer's last hidden state, a linear head); no
case fell back to the runner's built-in MLP or CNN, and none of these families is one of
:mod:`.heldout196` to :mod:`.heldout209`'s. Every data set is this module's own ``data.factory``:
:func:`beacons`, a tabular 4-class set of 8 readings whose first two are a context that flips or
scales how two scores of the others decide (3% random labels, 2000 rows; seed 2100);
:func:`yields`, a tabular regression of 8 readings with context terms (1200 rows; seed 2101; times
250 plus 5000 with seed 2102 for the divergence); :func:`tiles`, 3000 11x11 single-channel images
of one of 5 bright 5x5 tiles (a plus, a ring, a cross, an L corner, two bars) at a random place in
noise 0.45, 2% random labels (seed 2103); :func:`currents`, 900 sequences of 16 steps of 2
readings, a random walk drifting up or down and a calm or choppy current (4 classes, the second bit
only in the spread; given flattened as 32 columns; seed 2104). Script cases use Adam with betas
(0.9, 0.98) and eps 1e-9, SGD with Nesterov momentum 0.9 and weight decay 1e-4 and Adamax with
weight decay 1e-3 on wine, iris, breast cancer, digits, moons, circles and the sine (a regression);
every script case holds a hidden width of 1370 to 1379. Runner optimisers: Adam, AdamW, plain
RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules
constant, cosine, step and exponential; batches 1 to 40. The faults, each through what its model
has: divergence under plain SGD in the FiLM net on the unscaled yields; exploding gradients in a
6-layer leaky-ReLU FiLM net with N(0, 1) init (the FiLM scales multiply the blow-up) under SGD with
momentum 0.5 at LR 1e-14; dead units behind the ConvNeXt residuals (the bottlenecks'
pre-activations shifted by -10, so their ReLUs never fire and the net learns through its stem,
depthwise convolutions and skips) under Adam, and the FiLM net's units killed by Adam at LR 0.1; a
high update ratio from Adagrad at LR 2 in the ConvNeXt CNN with tanh bottlenecks (its layer norms
keep the loss finite but not the steps, and the tanh units saturate); tiny learning rates in the
ConvNeXt CNN (plain SGD at 1e-9) and the IndRNN (plain RMSprop at 1e-10); vanishing gradients
through a 16-layer sigmoid FiLM net under SGD with momentum 0.9; the IndRNN's tanh units saturated
by N(0, 3) init under plain RMSprop at 1e-5; the 3-layer FiLM net with N(0, 0.045) init under
momentum 0.9 (a slow start); the beacons sorted by label and never shuffled (the SiLU FiLM net,
plain RMSprop); square error on the IndRNN's softmax under Adam; the FiLM net at batch 1 under Adam
on 1000 rows; 40 rows of the beacons under AdamW (a wide tanh FiLM net, overfit, a gap) and 30
images under Adam (the ConvNeXt CNN, overfit, a gap); an IndRNN of two units a layer
(underfitting); the scripts: Lightning's NaN on digits (Nesterov) and stuck circles (Adam),
Trainer's NaN on wine (Adamax) and stuck iris (Nesterov), Keras' NaN on moons (Adam) and 16 rows of
digits (Nesterov, overfit, a gap), TensorBoard's NaN on breast cancer (Nesterov) and 8 rows of
circles (Adam, overfit, a gap), the loop's corrupt record on the sine (Adamax) and stuck digits
(Adam).

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
shares (the test confusion matrices' rows): 0.2625 on the beacons, 0.2133 on the tiles, 0.2556 on
the currents; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6575 (beacons), 0.6533
(tiles), 0.5 (currents); R2 0.5267 (yields), 0.5621 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 2.7e-5 (the ConvNeXt net under AdamW)
to 0.040 (the ReLU ConvNeXt net under RMSprop), single steps at most 0.29 (the same run); the
``update_ratio_high`` run reaches quarter means of 0.446 with single steps up to 28.6; the
``update_ratio_low`` runs log quarter means of at most 1.7e-10 and 9.3e-10. Dead fraction at most
18.8% (the IndRNN with recurrent weights up to 0.5; 0 in every ConvNeXt bottleneck); the shifted
bottlenecks 1.0, the killed FiLM net's layers 1.0, 0.75 and 0.875, the slow start's last layer up
to 0.56. Saturated fraction at most 22% (the tanh FiLM net under Adagrad); the saturated IndRNN's
0.44 and 0.81, the update-ratio run's 1.0, the 40-row overfit run's 0.28. Gradient norms at least
0.0033 and at most 16.9 (the IndRNN under AdamW), first norms at least 0.020 (the SiLU FiLM net
under AdamW); the vanishing run's down to 1.8e-14, the exploding run's 6.2e6 to 2e10, the slow
start's first 2e-3 to 6.3e-3. The step loss's position in the epoch explains at most 24% of the
within-epoch variance over the second half in the healthy runner runs (the SiLU FiLM net under
AdamW); the unshuffled run 99.8%. The standard deviation of the step loss's step-to-step change
over the second half is at most 0.93 times its mean in the healthy runner runs (the tanh FiLM net
under Adagrad) and 1.05 in the healthy scripts (Lightning's wine); the batch-1 run's is 1.59.
Healthy scores (validation): beacons 0.8525-0.925 (test 0.8525-0.9075), tiles 0.855-0.8967 (test
0.8667-0.925), currents 0.9111-0.9444 (test 0.8944-0.9167), yields R2 0.8198 and 0.8335; scripts:
digits 0.9777 and 0.9721, wine 0.9722 and 1.0, breast cancer 0.9474, 0.9649 and 0.9298, moons
0.9531 and 0.9762, iris 0.9667 and 0.9667, circles 0.9919, the sine R2 0.9349. Every healthy run's
validation loss is lowest at its end but the SiLU FiLM net under AdamW (epoch 12 of 15, 0.2% above
it), the ELU FiLM net under momentum (epoch 12 of 15, 0.16% above it), the IndRNN under Adam (epoch
13 of 15, 0.09% above it), Trainer's iris (epoch 18 of 20, 0.5% above it) and Trainer's moons
(epoch 19 of 20, 0.09% above it).

Changes after the first run: the first :func:`currents` held a level of +0.4 or -0.4 as the second
bit, which a linear model reads (healthy IndRNNs 0.83 to 0.86 against a baseline of 0.8444), so the
second bit became the spread (healthy 0.91 to 0.94 against 0.5); the beacons grew from 1400 to 2000
rows (the ReLU FiLM net under Adam ended 2.3% above its epoch-6 validation loss); the healthy
ConvNeXt runs took 10 to 12 epochs instead of 8 (still improving at epoch 8), the GELU run 10 (at
12 it ended 0.9% above its epoch-10 minimum), the ReLU run under RMSprop 16 channels and LR 2e-3
(12 channels at 1e-3 reached 0.815); the second healthy yields run became a SiLU FiLM net (the
3-layer ReLU net reached R2 0.686, an ELU net 0.636, against 0.82); the tanh FiLM net under Adagrad
took an exponential decay of 0.8 (0.9 ended 1% above its epoch-13 minimum); the IndRNN with
recurrent weights up to 0.5 took LR 6e-3 (at 2e-3 it reached 0.839, still improving). Faults: the
exploding run first had LR 1e-10, where the blown-up loss still fell 84% in 3 epochs, so LR 1e-14
(0.7% an epoch); the FiLM net under plain RMSprop at LR 0.1 killed only 22% to 37% of its units and
at LR 0.3 left its loss at 10.9, so Adam at LR 0.1; the saturated IndRNN first had LR 1e-4 (its
loss fell 3.6%), so 1e-5; the slow start first had N(0, 0.03) and N(0, 0.05) init at LR 0.05 (at ln
4 for 12 and 3 epochs, ending at 0.41 and 0.60), so N(0, 0.045) at LR 0.12; the batch-1 run was
first the ConvNeXt CNN on 1000 images, whose step loss swung only 1.05 times its mean, so the FiLM
net on 1000 rows; the underfit IndRNN of one unit a layer had its second layer's unit dead from the
start (every gradient 0), so two units. Scripts: Keras' 16 rows of digits under Adamax at LR 2e-3
and 0.01 ended at their validation minima, so Nesterov momentum at LR 0.02; Lightning's digits
(Adam at LR 1e-3, 10 epochs) ended 4.8% above its epoch-8 minimum, so LR 5e-4 and 8 epochs;
Lightning's wine (Nesterov at LR 2e-3) 0.6% above its epoch-12 minimum, so 1e-3; Trainer's iris
(Nesterov at LR 0.01) 5.3% above its epoch-16 minimum, so 5e-3; Keras' wine (Adam at LR 5e-4) 4.3%
above its epoch-13 minimum, so 3e-4; TensorBoard's sine (Adam at LR 1e-3, batch 20) 2.3 times its
epoch-3 minimum, so LR 2e-4 at batch 32.

Labels from the metrics: the exploding run's loss is 5.2e8 at every epoch, far above ln 4 from its
first step, and its verdict is a failure; the test predictions fall in one class in the
update-ratio run (100%) and the stuck ConvNeXt run (99.7%), so ``predictions_collapsed`` is
expected there, allowed in the vanishing run (85.5%) and the stuck IndRNN (61%), and neither
expected nor allowed in the exploding run (48%), the saturated run (46%), the shifted ConvNeXt run
(56%) or the two-unit run (48%); the exploding run (0.25), the update-ratio run (0.2033), the stuck
ConvNeXt run (0.2033), the stuck IndRNN (0.2667) and the vanishing run (0.2425) score within 0.05
of the majority share (``at_chance`` expected), the saturated run 0.1889 (0.067 below it, allowed);
Lightning's NaN digits (0.1003), Keras' NaN moons (0.5) and the loop's stuck digits (0.0696, 0.031
below 0.1003) expect ``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN
breast cancer (0.3684 against 0.6316) and Lightning's stuck circles (0.3828 against 0.5) allow it,
and Trainer's stuck iris (0.5333 against 1/3) and TensorBoard's 8 rows of circles (0.5769) neither;
the shifted ConvNeXt run ends flat at 0.3533 (training 0.325) and the killed FiLM net at 0.4425
(training 0.4775), below the baselines, so ``underfitting`` is expected beside ``dead_relu``; the
saturated run's epoch loss falls 0.4% (``not_training`` expected); the unshuffled run's and the
batch-1 run's loss still falls with the validation loss lowest at the end (``not_converged``
expected); the overfit runs' validation losses end 2.5 (40 rows), 1.53 (30 images), 1.66 (Keras' 16
rows) and 4.9 (TensorBoard's 8 rows) times their minima, so ``overfitting`` is expected beside
``generalisation_gap``; the update-ratio run's tanh units saturate far beyond the healthy runs
(``saturated_activation`` expected); the slow start sat at ln 4 for 4 epochs, so ``slow_start`` is
expected.

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


def beacons(n: int = 2000, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings, the first two a context that
    changes how the others decide; the class is the sign of ``x2 * sign(x0) + 0.5 x3`` times 2
    plus the sign of ``x4 + 0.8 x1 x5``; readings 6 and 7 are noise; a share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 2] * np.sign(x[:, 0]) + 0.5 * x[:, 3]
    s2 = x[:, 4] + 0.8 * x[:, 1] * x[:, 5]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the first two a context; the
    target ``2 sin(1.5 x2) (1 + 0.5 x0) + x1 x3 + 0.5 x4^2 + x5`` plus noise 0.3, times
    ``scale`` plus ``shift``; readings 6 and 7 are noise."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(1.5 * x[:, 2]) * (1.0 + 0.5 * x[:, 0]) + x[:, 1] * x[:, 3]
         + 0.5 * x[:, 4] ** 2 + x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


_PLUS = np.zeros((5, 5))
_PLUS[2, :] = _PLUS[:, 2] = 1.0
_RING = np.ones((5, 5))
_RING[1:4, 1:4] = 0.0
_CROSS = np.eye(5) + np.fliplr(np.eye(5))
_CROSS[2, 2] = 1.0
_CORNER = np.zeros((5, 5))
_CORNER[:, 0] = _CORNER[4, :] = 1.0
_BARS = np.zeros((5, 5))
_BARS[0, :] = _BARS[4, :] = 1.0
TILES = (_PLUS, _RING, _CROSS, _CORNER, _BARS)


def tiles(n: int = 3000, size: int = 11, noise: float = 0.45, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images of one bright 5x5
    tile at a random place (5 classes: a plus, a ring, a cross, an L corner, two bars) in
    Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images(TILES, n, size, noise, flip, seed)


def currents(n: int = 900, steps: int = 16, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps of 2 readings: a
    random walk drifting up or down by 0.3 a step under Gaussian steps of 0.6 from a random
    start, and a calm or choppy current (Gaussian noise of 0.5 or 1.5 around 0); the class is
    2 times the drift's sign bit plus the choppy bit (4 classes; the second bit is in the
    spread, which no linear model sees). Given flattened, time-major."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    drift = np.where(y // 2 == 0, 0.3, -0.3)
    spread = np.where(y % 2 == 0, 0.5, 1.5)
    walk = rng.normal(0.0, 1.0, (n, 1)) + np.cumsum(
        drift[:, None] + rng.normal(0.0, 0.6, (n, steps)), axis=1)
    chop = spread[:, None] * rng.normal(0.0, 1.0, (n, steps))
    x = np.stack([walk, chop], axis=2)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "gelu": nn.GELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class FiLMNet(nn.Module):
    """A FiLM-conditioned MLP: a small net (linear, activation, linear) maps the first ``cond``
    features to a per-unit scale ``1 + g`` and shift ``b`` of each of the main MLP's ``depth``
    hidden layers, which read the other features (linear, then ``(1 + g) z + b`` plus
    ``bias_shift``, then the activation); a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, cond: int = 2, cond_width: int = 16,
                 activation: str = "relu", bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.cond, self.width, self.depth = cond, width, depth
        self.lins = nn.ModuleList(nn.Linear(n_in - cond if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.film_in = nn.Linear(cond, cond_width)
        self.film_act = _ACTS[activation]()
        self.film_out = nn.Linear(cond_width, 2 * width * depth)
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        film = self.film_out(self.film_act(self.film_in(x[:, :self.cond])))
        film = film.reshape(x.shape[0], self.depth, 2, self.width)
        h = x[:, self.cond:]
        for i, (lin, act) in enumerate(zip(self.lins, self.acts, strict=True)):
            h = act((1.0 + film[:, i, 0]) * lin(h) + film[:, i, 1] + self.bias_shift)
        return self.head(h)


class _NeXtBlock(nn.Module):
    """A ConvNeXt block: a depthwise ``kernel`` x ``kernel`` convolution, a layer norm over the
    channels, a pointwise (1x1) inverted bottleneck of ``expand`` times the channels with its
    activation (pre-activations shifted by ``bias_shift``), a per-channel layer scale, and the
    residual connection."""

    def __init__(self, channels: int, kernel: int, expand: int, activation: str,
                 layer_scale: float, bias_shift: float) -> None:
        super().__init__()
        self.dw = nn.Conv2d(channels, channels, kernel, padding=kernel // 2, groups=channels)
        self.norm = nn.LayerNorm(channels)
        self.pw1 = nn.Conv2d(channels, expand * channels, 1)
        self.act = _ACTS[activation]()
        self.pw2 = nn.Conv2d(expand * channels, channels, 1)
        self.scale = nn.Parameter(torch.full((channels, 1, 1), float(layer_scale)))
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.dw(x).permute(0, 2, 3, 1)).permute(0, 3, 1, 2)
        return x + self.scale * self.pw2(self.act(self.pw1(h) + self.bias_shift))


class NeXtCNN(nn.Module):
    """A ConvNeXt-style CNN: a 3x3 stem convolution to ``channels``, ``blocks`` ConvNeXt blocks
    (:class:`_NeXtBlock`), global average pooling, a layer norm and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 16,
                 blocks: int = 2, kernel: int = 7, expand: int = 4, activation: str = "gelu",
                 layer_scale: float = 1.0, bias_shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.blocks = nn.Sequential(*(_NeXtBlock(channels, kernel, expand, activation,
                                                 layer_scale, bias_shift)
                                      for _ in range(blocks)))
        self.norm = nn.LayerNorm(channels)
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.blocks(self.stem(x)).mean(dim=(2, 3))
        return self.head(self.norm(h))


class IndRNN(nn.Module):
    """An IndRNN sequence classifier: ``layers`` stacked independently recurrent layers, each
    ``h_t = act(W x_t + u * h_{t-1})`` with one recurrent weight per unit (``u`` drawn from
    U(0, ``u_max``)); it reads the flattened sequence of ``features`` readings a step to the last
    layer's last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, layers: int = 2, activation: str = "relu",
                 u_max: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.inputs = nn.ModuleList(nn.Linear(features if i == 0 else hidden, hidden)
                                    for i in range(layers))
        self.u = nn.ParameterList(nn.Parameter(torch.rand(hidden) * u_max)
                                  for _ in range(layers))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(layers))
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        hs = [seq.new_zeros(x.shape[0], self.hidden) for _ in self.inputs]
        for t in range(self.steps):
            inp = seq[:, t]
            for i, (lin, act) in enumerate(zip(self.inputs, self.acts, strict=True)):
                hs[i] = act(lin(inp) + self.u[i] * hs[i])
                inp = hs[i]
        return self.head(hs[-1])


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout210"
BC = _factory(f"{HERE}:beacons", seed=2100)
YD = _factory(f"{HERE}:yields", seed=2101)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2102)
TL = _factory(f"{HERE}:tiles", seed=2103)
CU = _factory(f"{HERE}:currents", seed=2104)


def _film(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FiLMNet", "args": args}


def _next(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NeXtCNN", "args": args}


def _ind(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:IndRNN", "args": args}


def _adam(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.9, 0.98) and eps 1e-9."""
    return _s(data, optim="adam", optim_args={"betas": (0.9, 0.98), "eps": 1e-9}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9 and weight decay 1e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True,
                                             "weight_decay": 1e-4}, **kw)


def _amax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-3."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-3}, **kw)


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
    Case("h210_divergence_yields_raw_film_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the FiLM net of 24, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _film(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.6e7 at the first step, 1.1e14 at the second and NaN at the "
                      "third, where the run stops"),
         verdict="failed"),
    Case("h210_exploding_beacons_film_d6_leaky_std1", "the FiLM net of 24 with 6 leaky-ReLU "
         "layers and N(0, 1) init on the beacons, SGD with momentum 0.5 at LR 1e-14, batch 30",
         {"data": BC, "model": {**_film(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-14, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 5.2e8 at every epoch (0.7% lower each), far above ln 4 from "
                      "its first step; every gradient norm 6.2e6 to 2e10 (healthy at most 16.9); "
                      "quarter-mean update ratios up to 4.8e-6, a side effect of the LR; accuracy "
                      "0.25 beside the majority share (0.2625); 48% of the test predictions in "
                      "one class"),
         verdict="failed"),
    Case("h210_dead_relu_tiles_next_shift10", "the ConvNeXt CNN (16 channels, 2 blocks, 7x7) "
         "with ReLU bottlenecks whose pre-activations are shifted by -10, so they never fire and "
         "the net learns through its residuals, Adam at LR 2e-3, batch 32, 8 epochs",
         {"data": TL, "model": _next(activation="relu", bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("dead_relu", "underfitting"), allow=("not_training",),
         why_allowed=("every unit of both bottlenecks logged dead (healthy 0), the net learning "
                      "through its residuals alone: accuracy 0.3533 (training 0.325) far below "
                      "the baseline (0.6533) and the healthy runs (0.855 and up), its epoch loss "
                      "flat (1.507 to 1.492 over the last 7 epochs) and the validation loss 0.2% "
                      "above its epoch-6 minimum; 56% of the test predictions in one class"),
         verdict=TP),
    Case("h210_dead_relu_beacons_film_adam_lr01", "the FiLM net of 32 (ReLU) on the beacons, "
         "Adam at LR 0.1, batch 28",
         {"data": BC, "model": _film(width=32),
          "optim": {"name": "adam", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "underfitting"),
         allow=("update_ratio_high", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("Adam at LR 0.1 kills the units in its first steps: every unit of the "
                      "conditioning layer and 75% and 87.5% of the main layers' logged dead "
                      "(healthy at most 18.8%); quarter-mean update ratios up to 0.105, single "
                      "steps up to 0.94 (healthy at most 0.040 and 0.29), a side effect of the "
                      "LR; accuracy 0.4425 (training 0.4775) below the baseline (0.6575), the "
                      "epoch loss still falling (1.167 to 1.139) with the validation loss lowest "
                      "at the end"),
         verdict=TP),
    Case("h210_update_ratio_high_tiles_next_tanh_adagrad", "the ConvNeXt CNN with tanh "
         "bottlenecks on the tiles, Adagrad at LR 2, batch 26, 4 epochs",
         {"data": TL, "model": _next(activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 4, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training", "vanishing_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.446, "
                      "single steps up to 28.6; healthy at most 0.040 and 0.29) and every tanh "
                      "unit of both bottlenecks saturates (healthy tanh units at most 22%); the "
                      "epoch loss 11.0 in the first epoch, then 1.76, 1.73 and 1.67 near ln 5 "
                      "(1.609), the validation loss lowest at the end; gradient norms 0 to 16.8; "
                      "accuracy 0.2033 against a majority share of 0.2133, every test prediction "
                      "in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h210_update_ratio_low_tiles_next_sgd_lr1e9", "the ConvNeXt CNN on the tiles, plain "
         "SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": TL, "model": _next(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.821 at every epoch; quarter-mean update ratios at most "
                      "1.7e-10 (healthy at least 2.7e-5); accuracy 0.2033 against a majority "
                      "share of 0.2133; 99.7% of the test predictions in one class"),
         verdict=TP),
    Case("h210_update_ratio_low_currents_indrnn_rmsprop_lr1e10", "the IndRNN of 16 on the "
         "currents, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CU, "model": _ind(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.673 at every epoch; quarter-mean update ratios at most "
                      "9.3e-10 (healthy at least 2.7e-5); accuracy 0.2667 beside a majority share "
                      "of 0.2556, far below the healthy runs (0.9111 and up); 61% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h210_vanishing_beacons_film_d16_sigmoid_momentum9", "the FiLM net of 12 with 16 "
         "sigmoid layers on the beacons, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": BC, "model": _film(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "predictions_collapsed"),
         why_allowed=("the first layers' gradients down to 1.8e-14 (healthy at least 0.0033); the "
                      "last layers still move (quarter-mean update ratios up to 0.048) but the "
                      "epoch loss stays at 1.39 (ln 4 is 1.386); accuracy 0.2425 beside the "
                      "majority share (0.2625); 85.5% of the test predictions in one class"),
         verdict=TP),
    Case("h210_saturated_currents_indrnn_tanh_std3_rmsprop", "the IndRNN of 16 with tanh units "
         "and N(0, 3) init on the currents, plain RMSprop at LR 1e-5, batch 28, 4 epochs",
         {"data": CU, "model": {**_ind(hidden=16, activation="tanh"), "init": "normal",
                                "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("44% and 81% of the two layers' tanh outputs saturated (healthy tanh units "
                      "at most 22%); the epoch loss 16.35 to 16.29 (0.4% lower), far above ln 4; "
                      "quarter-mean update ratios 4e-6 to 1.6e-5 (healthy at least 2.7e-5), the "
                      "LR small against the N(0, 3) weights; accuracy 0.1889, 0.067 below the "
                      "majority share (0.2556); 46% of the test predictions in one class"),
         verdict=TP),
    Case("h210_slow_start_beacons_film_d3_std0045_momentum9", "the FiLM net of 32 with 3 ReLU "
         "layers and N(0, 0.045) init on the beacons, SGD with momentum 0.9 at LR 0.12 (cosine), "
         "batch 32, 20 epochs",
         {"data": BC, "model": {**_film(width=32, depth=3), "init": "normal", "init_std": 0.045},
          "optim": {"name": "sgd", "lr": 0.12, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.391, 1.389, 1.396, 1.387) for the first 4 "
                      "epochs, then falls (0.205 at epoch 20, the validation loss lowest at the "
                      "end); first gradient norms 2e-3 to 6.3e-3 (healthy first norms at least "
                      "0.020); up to 56% of the last layer's units logged dead on the way, 9.4% "
                      "at the end (healthy up to 18.8%); accuracy 0.915 (test 0.905), about the "
                      "healthy runs"),
         verdict=TP),
    Case("h210_unshuffled_beacons_film_silu_rmsprop", "the beacons sorted by label, never "
         "shuffled, the FiLM net of 24 (SiLU), plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**BC, "order": "by_label", "shuffle": False},
          "model": _film(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 24%); accuracy 0.375 (training "
                      "0.4033), far below the healthy runs (0.8525 and up), with the epoch loss "
                      "still falling (1.350 to 1.345) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h210_mse_softmax_currents_indrnn_adam", "the currents trained with square error on "
         "the softmax, the IndRNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": CU, "model": _ind(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9167 (test 0.9056) like the "
                      "healthy runs; the validation loss 10% above its epoch-9 minimum"),
         verdict=TP),
    Case("h210_noisy_beacons_film_b1_adam", "1000 rows of the beacons one at a time (batch 1), "
         "the FiLM net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": {**BC, "subset": 1000}, "model": _film(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.59 times its mean over the second half (healthy "
                      "runner runs at most 0.93, healthy scripts 1.05), up to 9.6 from near 0; "
                      "single-row gradients up to 20.8; accuracy 0.7825 (training 0.827) after 2 "
                      "epochs, below the healthy runs, the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h210_overfit_beacons_subset40_film_tanh_adamw", "40 rows of the beacons, the FiLM net "
         "of 160 (tanh, 2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**BC, "subset": 40},
          "model": _film(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5225 (training 1.0; the healthy runs 0.8525 "
                      "and up); the validation loss lowest at epoch 1 of 150, 2.5 times it at the "
                      "end; up to 28% of the second layer's tanh units saturated (healthy up to "
                      "22%); the epoch loss at 1.3e-4 gives gradients down to 3.2e-5"),
         verdict=GP),
    Case("h210_gap_tiles_subset30_next_adam", "30 images of the tiles, the ConvNeXt CNN of 24 "
         "channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**TL, "subset": 30}, "model": _next(channels=24),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5583 (training 1.0; the healthy runs "
                      "0.855 and up); the validation loss lowest at epoch 21 of 100 (1.159), 1.53 "
                      "times it at the end"),
         verdict=GP),
    Case("h210_underfit_currents_indrnn_two_units_adam", "the currents through an IndRNN of 2 "
         "units a layer, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": CU, "model": _ind(hidden=2),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("two units a layer cannot hold a drift and a spread: accuracy 0.5444 "
                      "(training 0.5648; healthy 0.9111 and up), barely above the baseline (0.5), "
                      "the epoch loss still falling (0.913 to 0.892) and the validation loss "
                      "lowest at the end; 48% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h210_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.9 (weight decay 1e-4) at LR 1e20, 1370 units, batch 24, 3 epochs",
         script=lightning_run(_nest("digits", hidden=(1370,), lr=1e20, epochs=3,
                                    batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h210_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.9, 0.98, eps 1e-9) at LR 1e-10, 1371 units, batch 20, 3 epochs",
         script=lightning_run(_adam("circles", hidden=(1371,), lr=1e-10, epochs=3,
                                    batch_size=20, n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7296 at every epoch; accuracy 0.3828 (training "
                      "0.3438) at its initial weights, 0.117 below the majority share (0.5)"),
         verdict=TP),
    Case("h210_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "(weight decay 1e-3) at LR 1e20 (decaying linearly), 1372 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amax("wine", hidden=(1372,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h210_hf_trainer_iris_nesterov_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.9 (weight decay 1e-4) at LR 1e-10 (decaying linearly), 1373 "
         "units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("iris", hidden=(1373,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.077 at every evaluation; accuracy 0.5333 at its "
                      "initial weights, 0.2 above 1/3, far below the healthy iris runs"),
         verdict=TP),
    Case("h210_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(betas 0.9, 0.98, eps 1e-9) at LR 1e20, 1374 units, batch 20, 3 epochs",
         script=keras_run(_adam("moons", hidden=(1374,), lr=1e20, epochs=3, batch_size=20,
                                n=620, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h210_keras_digits_subset16_nesterov_gap", "Keras names: 16 rows of digits, 1375 units, "
         "SGD with Nesterov momentum 0.9 (weight decay 1e-4) at LR 0.02, 120 epochs, batch 2",
         script=keras_run(_nest("digits", hidden=(1375,), lr=0.02, epochs=120, batch_size=2,
                                subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4986, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 1 of 120 "
                      "(2.718), 1.66 times it at the end"),
         verdict=GP),
    Case("h210_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.9 (weight decay 1e-4) at LR 1e20, 1376 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_nest("breast_cancer", hidden=(1376,), lr=1e20, epochs=3,
                                      batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h210_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1377 units, Adam (betas 0.9, 0.98, eps 1e-9) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_adam("circles", hidden=(1377,), lr=3e-3, epochs=150,
                                      batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150 "
                      "(1.114), 4.9 times it at the end; the step loss near 0 swings 1.58 times "
                      "its mean"),
         verdict=GP),
    Case("h210_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (weight decay 1e-3) at LR 1e-4, 1378 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amax("sine", hidden=(1378,), lr=1e-4, epochs=3, batch_size=20,
                                n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h210_plain_digits_adam_lr1e10_stuck", "hand-written loop: digits, Adam (betas 0.9, "
         "0.98, eps 1e-9) at LR 1e-10, 1379 units, batch 25, 4 epochs",
         script=plain_run(_adam("digits", hidden=(1379,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.361 at every epoch; accuracy 0.0696, 0.031 below the "
                      "majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy210_beacons_film_relu_adam",
       {"data": BC, "model": _film(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy210_beacons_film_silu_adamw",
       {"data": BC, "model": _film(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy210_beacons_film_leaky_rmsprop",
       {"data": BC, "model": _film(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy210_beacons_film_elu_momentum9",
       {"data": BC, "model": _film(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy210_beacons_film_tanh_adagrad",
       {"data": BC, "model": _film(width=24, activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy210_yields_film_silu_adam",
       {"data": YD, "model": _film(width=32, activation="silu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy210_yields_film_silu_adamw",
       {"data": YD, "model": _film(width=40, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy210_tiles_next_gelu_adam",
       {"data": TL, "model": _next(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy210_tiles_next_k5_adamw",
       {"data": TL, "model": _next(kernel=5, channels=20),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 40}}),
    _h("healthy210_tiles_next_relu_rmsprop",
       {"data": TL, "model": _next(activation="relu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy210_tiles_next_nesterov9",
       {"data": TL, "model": _next(blocks=1),
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy210_currents_indrnn_adam",
       {"data": CU, "model": _ind(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy210_currents_indrnn_adamw",
       {"data": CU, "model": _ind(hidden=24),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy210_currents_indrnn_rmsprop",
       {"data": CU, "model": _ind(hidden=20),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy210_currents_indrnn_u05_adam",
       {"data": CU, "model": _ind(hidden=16, u_max=0.5),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy210_lightning_digits_adam",
        lightning_run(_adam("digits", hidden=(1370,), lr=5e-4, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy210_lightning_wine_nesterov",
        lightning_run(_nest("wine", hidden=(1371,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy210_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amax("breast_cancer", hidden=(1372,), lr=5e-4, epochs=10,
                             batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy210_hf_trainer_moons_adam",
        hf_trainer_run(_adam("moons", hidden=(1373,), lr=1e-3, epochs=20, batch_size=20, n=640,
                             noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy210_hf_trainer_iris_nesterov",
        hf_trainer_run(_nest("iris", hidden=(1374,), lr=5e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy210_keras_circles_adamax",
        keras_run(_amax("circles", hidden=(1375,), lr=1e-3, epochs=15, batch_size=20, n=620,
                        noise=0.1)), "keras"),
    _hs("healthy210_keras_wine_adam",
        keras_run(_adam("wine", hidden=(1376,), lr=3e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy210_keras_breast_cancer_nesterov",
        keras_run(_nest("breast_cancer", hidden=(1377,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy210_tensorboard_iris_adamax",
        tensorboard_run(_amax("iris", hidden=(1378,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy210_tensorboard_digits_nesterov",
        tensorboard_run(_nest("digits", hidden=(1379,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy210_tensorboard_sine_adam",
        tensorboard_run(_adam("sine", hidden=(1370,), lr=2e-4, epochs=15, batch_size=32, n=640,
                              noise=0.2)), "tensorboard"),
    _hs("healthy210_plain_moons_nesterov",
        plain_run(_nest("moons", hidden=(1374,), lr=0.005, epochs=12, batch_size=30, n=630,
                        noise=0.2)), "pytorch"),
    _hs("healthy210_plain_breast_cancer_adamax",
        plain_run(_amax("breast_cancer", hidden=(1376,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
