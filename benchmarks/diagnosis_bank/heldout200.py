"""The two-hundredth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout201` (not looked at), after the measurement of
:mod:`.heldout198` and :mod:`.heldout199`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`GatedMLP` (a linear projection, then blocks that are either
highway layers, ``t * act(W h) + (1 - t) * h`` with a sigmoid transform gate ``t``, or gated
linear units, ``act(W h) * sigmoid(V h)``, with an optional constant shift of the gates'
pre-activations, and a linear head), :class:`VGGNet` (a VGG-style stack of two blocks, each two
3x3 convolutions with batch norm and the activation after each, 2x2 max pooling and
``Dropout2d``; a dense layer and a linear head) and :class:`DeepSets` (a shared per-element MLP
of two layers with an optional shift of its pre-activations, a sum or max pool over the
elements, a head of two layers); every fault code could be produced with these three models, no
case fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`valves`, a tabular 3-class set of 10 readings (the tertile of a score
with two squares, a linear term and a product; 3% random labels, 1500 rows; seed 2000);
:func:`tiles`, 2400 12x12 single-channel images of a 5x5 plus, cross, hollow frame or T at a
random place in noise 0.45, 2% random labels (4 classes; seed 2001); :func:`point_sets`, 1500
sets of 12 points in the plane in random order (a ring, a round blob, a line segment, two small
clusters; 4 classes), moved together by a random offset and given flattened as 24 columns, read
back as a set by the DeepSets net (seed 2002); :func:`yields`, a tabular regression of 8
readings (1400 rows; seed 2003; times 300 plus 4000 with seed 2004 for the divergence). Script
cases use Adam with betas (0.8, 0.99), Adagrad and SGD with Nesterov momentum 0.85 (settings no
script of :mod:`.heldout198` or :mod:`.heldout199` uses) on wine, iris, breast cancer, digits,
moons, circles and the sine; every script case holds a hidden width of 1270 to 1279. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, Adadelta, plain SGD, SGD with momentum 0.5 or
0.9 and with Nesterov momentum 0.9; schedules: constant, cosine, step, exponential and inverse
time. The faults, each through what its model has: divergence under plain SGD in the highway net
on the unscaled yields; exploding gradients in an 8-block ReLU highway net with N(0, 1) init
under Adagrad at LR 1e-10; dead units in the DeepSets net whose per-element pre-activations are
shifted by -10 (Adam) and in the VGG net's dense layer and last convolution, killed by Adam at LR
0.3; the highway net's transform gates shut by a gate shift of -12 (saturated sigmoids, the net
left linear) under SGD with momentum 0.9; a high update ratio from plain RMSprop at LR 0.03 in
the ELU VGG net (the batch norms keep the loss finite, not the steps); tiny learning rates in the
VGG net (Adadelta at 1e-9) and the DeepSets net (SGD with momentum 0.5 at 1e-10); vanishing
gradients through a 24-block GLU net, each block's gate halving the signal, under momentum 0.9;
the DeepSets net with N(0, 0.03) init under momentum 0.9 (a slow start); the valves sorted by
label and never shuffled (the highway net, momentum 0.9); square error on the DeepSets net's
softmax under Adam; the highway net one row at a time under Adam; the VGG net stopped after 4
epochs of Adam (not converged); 60 rows of the valves under AdamW (a highway net of 160) and 30
point sets under Adam (a DeepSets net of 64), both overfit with a gap; a tanh highway net of 2
units (underfitting); the scripts: Lightning's NaN on breast cancer (Nesterov) and stuck moons
(Adagrad), Trainer's NaN on digits (Adam) and stuck wine (Nesterov), Keras' NaN on iris
(Adagrad) and 16 rows of digits (Adam, overfit, a gap), TensorBoard's NaN on wine (Adam) and 8
rows of circles (Adagrad, overfit, a gap), the loop's corrupt record on the sine (Nesterov) and
stuck digits (Adam).

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
shares (the test confusion matrices' rows): 0.3333 on the valves, 0.2562 on the tiles, 0.26 on the
point sets; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.5533 (valves), 0.5646
(tiles), 0.3 (point sets); R2 0.5754 (yields), 0.6065 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 3.9e-5 (the VGG net under Adam) to
0.069 (the tanh DeepSets net under Adagrad), single steps at most 0.98 (the same run); the
``update_ratio_high`` run reaches quarter means of 0.173 with single steps up to 6.3; the
``update_ratio_low`` runs log quarter means of at most 3.6e-12 and 0. Dead fraction at most 10.7%
in the healthy gated blocks, 0 in the VGG nets' convolutions and up to 50% in their dense layer (the
VGG net under RMSprop), 0 in the DeepSets nets' per-element layers and up to 25% in their head; the
shifted DeepSets net's per-element layers 1.0, the VGG net killed by Adam at LR 0.3 its dense layer
1.0 and last convolution 0.94 to 1.0, the high-update-ratio run's dense layer 0.56, the slow start's
and the 30-set run's head 0.5. Saturated fraction at most 0.207 (the tanh DeepSets net's second
per-element layer), the gates at most 0.05; the shut gates 1.0, the exploding run's gates 0.76 to
0.998, the 60-row run's 0.15. Gradient norms at least 4.8e-4 (the GLU net under Nesterov momentum,
its second gate) and at most 5.15 (the ReLU highway net under Adam), first norms at least 9.9e-4
(the same GLU net); the vanishing run's down to 3.5e-16, the shut gates' blocks 6.4e-7 to 4.1e-6,
the exploding run's 3200 and up at the first step and up to 3.2e7, the high-update-ratio run's up
to 42, the batch-1 run's up to 21.5. The step loss's position in the epoch explains at most 24% of
the within-epoch variance over the second half in the healthy runner runs (the ELU VGG net under
momentum); the unshuffled run 99%. The standard deviation of the step loss's step-to-step change
over the second half is at most 0.65 times its mean in the healthy runner runs (the GLU net under
AdamW) and 1.34 in the healthy scripts (the loop's breast cancer); the batch-1 run's is 2.25.
Healthy scores (validation): valves 0.85-0.8767 (test 0.85-0.8933), tiles 0.7875-0.8792 (test
0.8063-0.9042), point sets 0.7667-0.8467 (test 0.7333-0.79), yields R2 0.8494-0.8863; scripts:
digits 0.9833 and 0.9694, wine 1.0 and 0.9722, breast cancer 0.9474, 0.9649 and 0.9649, moons
0.9531, 0.9924 and 0.9603, iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's validation
loss is lowest at its end but the ReLU highway net on the valves (epoch 12 of 15, 0.22% above it),
the GLU net under AdamW (epoch 14 of 15, 0.19%), the tanh highway net on the yields (epoch 17 of
20, 0.37%), the VGG nets under Adam (epoch 11 of 12, 0.16%) and RMSprop (epoch 11 of 12, 0.27%),
the DeepSets nets under Adam (epoch 23 of 25, 0.02%) and RMSprop (epoch 24 of 25, 0.44%),
Trainer's moons (epoch 19 of 20, 0.05%) and Trainer's iris (epoch 19 of 20, 0.13%).

Changes after the first run: the healthy ELU highway net under RMSprop (LR 1e-3, exponential decay
0.85) reached 0.7533, still improving, and at LR 3e-3 (decay 0.9) ended 1.4% above its epoch-11
minimum, so decay 0.8 (0.8767, lowest at the end); the healthy GLU net under Nesterov momentum
(LR 0.02, 15 epochs) reached 0.4933, below the baseline, and at LR 0.1 and 0.05 over 20 epochs
ended 4.7% and 1.8% above its epoch-16 minimum, so LR 0.05 over 16 epochs (0.85, lowest at the
end); the tanh highway net on the yields (Adam at LR 3e-3) ended 0.62% above its epoch-17
minimum, so LR 2e-3; the GLU net on the yields (AdamW at LR 3e-3, inverse-time decay 0.5) reached
R2 0.628 against 0.849 and 0.878, so LR 0.01 with decay 0.2 (0.8863); the VGG net under Adam took
12 epochs instead of 8 (0.8333, still improving); the VGG net under RMSprop (LR 1e-3, decay 0.7,
8 epochs) reached 0.6542, at LR 5e-4 (decay 0.9, 10 epochs) 0.6438 and at LR 1e-3 (decay 0.8, 12
epochs) 0.7188, 0.9% above its epoch-11 minimum, so LR 2e-3 with decay 0.75 over 12 epochs; the
DeepSets net under Adam took LR 3e-3 and 25 epochs (from 2e-3 and 15: 0.7833); the ELU DeepSets
net under RMSprop reached 0.6433 (and 0.66 at LR 3e-3), so a ReLU DeepSets net under RMSprop at
LR 1e-3 (step decay every 10 epochs, 25 epochs); the tanh DeepSets net under Adagrad took LR 0.1
and 20 epochs (from 0.03 and 15: 0.6133). Lightning's digits (10 epochs) ended 0.9% above its
epoch-8 minimum, so 8 epochs; Trainer's iris at LR 0.01 1.2% above its epoch-16 minimum, so LR
5e-3; TensorBoard's moons (15 epochs) 14% above its epoch-14 minimum, so 14 epochs. Faults: Adam
at LR 0.3 in the VGG net, meant as the high update ratio, killed its dense layer and left it at
chance, so it is a ``dead_relu`` case, and the high update ratio came from plain RMSprop at LR
0.03 in the ELU VGG net (the tanh highway net under Adagrad at LR 2 ended at chance with its
epoch loss 2.8 times its first step, the tanh VGG net under Adagrad at LR 1 at chance too); the
shut gates under Adam opened (Adam's normalised steps move even a 6e-6 gradient; accuracy 0.7967),
so SGD with momentum 0.9; the slow start in a GLU net with N(0, 0.02) init never left ln 3 in 20
epochs (N(0, 0.05): 9 epochs, then 0.50, below the baseline) and the DeepSets net with N(0, 0.05)
init sat at ln 4 for 2 epochs only, so N(0, 0.03); the batch-1 run under plain SGD (LR 0.03, 2
epochs) swung 1.12 times its mean, inside the healthy scripts' range, so Adam at LR 2e-3 for 4
epochs; plain SGD at LR 5e-3 stopped after 3 epochs barely moved (accuracy 0.2542), so Adam at LR
1e-3 for 4; 40 rows of the valves under a GLU net of 160 ended at 0.3833, 0.05 above the majority
share, so 60 rows under a ReLU highway net; the underfitting DeepSets net of 1 ReLU unit lost the
unit (every prediction in one class), 1 ELU unit stayed at chance (0.2933) and 2 tanh units still
improved after 30 epochs, so a tanh highway net of 2 units with a cosine schedule (flat at the
end). Every changed case was trained again and labelled from that run.

Labels from the metrics: the divergence's step loss is NaN at step 4, where the run stops; the
exploding run's loss is 1.03e4 at every epoch, far above ln 3 from its first step, and its verdict
is a failure; the VGG net killed by Adam blew up in epoch 1 and then sat at ln 4 (the blow-up
passed, ``divergence`` allowed, a training problem); the test predictions fall in one class in the
shifted DeepSets net (100%), the killed VGG net (100%), the tiny-LR VGG net (91%), the tiny-LR
DeepSets net (99.7%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there,
allowed in the exploding run (73%), neither in the rest; those six runs score within 0.05 of the
majority share (``at_chance`` expected), the shut gates 0.4967, the unshuffled run 0.41, the 2-unit
net 0.4633 and the overfit runs 0.4733 and 0.4833 (neither); Trainer's NaN digits (0.1003), Keras'
NaN iris (0.3333), Lightning's stuck moons (0.5), Trainer's stuck wine (0.4167 against 0.3889) and
the loop's stuck digits (0.1448 against 0.1003) expect ``at_chance``, Lightning's NaN breast cancer
(0.3684 against 0.6316), TensorBoard's NaN wine (0.3333 against 0.3889) and TensorBoard's 8 rows
of circles (0.5692) allow it; the shifted DeepSets net's loss falls 0.6%, the exploding run's not
at all (``not_training`` expected), the shut gates' 3.5% mostly in its first epoch, then flat
(``not_training`` allowed, ``underfitting`` expected: it scores below the baseline); the
unshuffled run's, the batch-1 run's, the stopped VGG net's and the high-update-ratio run's loss
still falls with the validation loss lowest at the end (``not_converged`` expected), the slow
start's 0.6% in its last epoch (allowed); the overfit runs' validation losses end 5.0 (60 rows),
3.75 (30 sets), 1.26 (Keras' 16 rows) and 2.4 (TensorBoard's 8 rows) times their early minima with
training accuracy 1.0, so ``overfitting`` is expected beside ``generalisation_gap``; the shut gates
saturate far beyond the healthy gates (``saturated_activation`` expected); the slow start sat at ln
4 for 6 epochs, so ``slow_start`` is expected.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 28)
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


def valves(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): a pump valve's state (shut, throttled, open)
    from 10 readings: the tertile of a score with two squares, a linear term and a product
    (readings 0 to 4); readings 5 to 9 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    score = x[:, 0] ** 2 + x[:, 1] ** 2 + 0.8 * x[:, 2] - 0.6 * x[:, 3] * x[:, 4]
    y = np.digitize(score, np.quantile(score, [1 / 3, 2 / 3]))
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1400, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): an orchard plot's yield from 8 readings (a
    tanh of a product, a sine, a linear term, a square and an absolute value) plus noise 0.3,
    times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.tanh(x[:, 0] * x[:, 1]) + np.sin(2.0 * x[:, 2]) + 0.8 * x[:, 3]
         + 0.3 * x[:, 4] ** 2 - 0.6 * np.abs(x[:, 5]) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def _tile_glyphs() -> tuple[np.ndarray, ...]:
    plus = np.zeros((5, 5))
    plus[2, :] = plus[:, 2] = 1.0
    cross = np.eye(5) + np.fliplr(np.eye(5))
    cross[2, 2] = 1.0
    frame = np.ones((5, 5))
    frame[1:4, 1:4] = 0.0
    tee = np.zeros((5, 5))
    tee[0, :] = tee[:, 2] = 1.0
    return plus, cross, frame, tee


def tiles(n: int = 2400, noise: float = 0.45, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 glyph at a random
    place (4 classes: a plus, a cross, a hollow frame, a T), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images(_tile_glyphs(), n, 12, noise, flip, seed)


def point_sets(n: int = 1500, m: int = 12, seed: int = 0) -> tuple[Any, Any]:
    """Sets of points (a ``data.factory``): ``n`` sets of ``m`` points in the plane, in random
    order, moved together by a random offset, given flattened (``m * 2`` columns, point after
    point); 4 classes by the set's shape: a ring of radius 1, a round blob, a line segment
    through the centre at a random angle, two small clusters on opposite sides."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = np.empty((n, m, 2))
    for i, label in enumerate(y):
        if label == 0:
            a = rng.uniform(0.0, 2 * np.pi, m)
            pts = np.stack([np.cos(a), np.sin(a)], 1) + rng.normal(0.0, 0.1, (m, 2))
        elif label == 1:
            pts = rng.normal(0.0, 0.45, (m, 2))
        elif label == 2:
            a = rng.uniform(0.0, np.pi)
            t = rng.uniform(-1.2, 1.2, m)
            pts = np.outer(t, [np.cos(a), np.sin(a)]) + rng.normal(0.0, 0.08, (m, 2))
        else:
            a = rng.uniform(0.0, np.pi)
            side = np.where(rng.random(m) < 0.5, -0.8, 0.8)
            pts = np.outer(side, [np.cos(a), np.sin(a)]) + rng.normal(0.0, 0.2, (m, 2))
        x[i] = pts + rng.normal(0.0, 0.3, 2)
    return x.reshape(n, m * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "identity": nn.Identity}


class GatedMLP(nn.Module):
    """A linear projection to ``width``, then ``depth`` gated blocks, a linear head.

    ``kind="highway"``: ``h = t * act(W h) + (1 - t) * h`` with the transform gate ``t =
    sigmoid(V h + gate_bias)``; ``kind="glu"``: ``h = act(W h) * sigmoid(V h + gate_bias)`` (a
    gated linear unit with ``activation="identity"``). ``gate_bias`` is a constant added to the
    gates' pre-activations (it survives any ``model.init``)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, kind: str = "highway", activation: str = "relu",
                 gate_bias: float = 0.0) -> None:
        super().__init__()
        self.kind, self.gate_bias = kind, gate_bias
        self.proj = nn.Linear(int(np.prod(input_shape)), width)
        self.lins = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.gate_lins = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.gates = nn.ModuleList(nn.Sigmoid() for _ in range(depth))
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj(x.flatten(1))
        for lin, glin, act, gate in zip(self.lins, self.gate_lins, self.acts, self.gates,
                                        strict=True):
            t = gate(glin(h) + self.gate_bias)
            h = t * act(lin(h)) + (1 - t) * h if self.kind == "highway" else act(lin(h)) * t
        return self.head(h)


class VGGNet(nn.Module):
    """A VGG-style stack of two blocks, each two 3x3 convolutions (each followed by batch norm
    and the activation), 2x2 max pooling and ``torch.nn.Dropout2d``; a dense layer and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32, dropout: float = 0.1,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        layers: list[nn.Module] = []
        for out in channels:
            for _ in range(2):
                layers += [nn.Conv2d(c, out, 3, padding=1), nn.BatchNorm2d(out),
                           _ACTS[activation]()]
                c = out
            layers += [nn.MaxPool2d(2), nn.Dropout2d(dropout)]
        self.features = nn.Sequential(*layers)
        self.fc = nn.Linear(c * (h // 4) * (w // 4), dense)
        self.act = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.act(self.fc(self.features(x).flatten(1))))


class DeepSets(nn.Module):
    """A DeepSets model for a set given flattened (``point_dim`` numbers an element): a shared
    per-element MLP (two linear layers, each followed by the activation; ``shift`` is added to
    their pre-activations), a ``pool`` (``sum``, ``max`` or ``mean``) over the elements, a head
    (linear, activation, linear)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, point_dim: int = 2,
                 width: int = 32, head: int = 32, pool: str = "sum", activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        self.point_dim, self.pool, self.shift = point_dim, pool, shift
        self.phi1 = nn.Linear(point_dim, width)
        self.act1 = _ACTS[activation]()
        self.phi2 = nn.Linear(width, width)
        self.act2 = _ACTS[activation]()
        self.rho = nn.Linear(width, head)
        self.act3 = _ACTS[activation]()
        self.out = nn.Linear(head, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pts = x.reshape(x.shape[0], -1, self.point_dim)
        e = self.act1(self.phi1(pts) + self.shift)
        e = self.act2(self.phi2(e) + self.shift)
        if self.pool == "max":
            z = e.max(dim=1).values
        elif self.pool == "mean":
            z = e.mean(dim=1)
        else:
            z = e.sum(dim=1)
        return self.out(self.act3(self.rho(z)))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout200"
VA = _factory(f"{HERE}:valves", seed=2000)
TL = _factory(f"{HERE}:tiles", seed=2001)
PS = _factory(f"{HERE}:point_sets", seed=2002)
YD = _factory(f"{HERE}:yields", seed=2003)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2004)


def _gm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedMLP", "args": args}


def _vgg(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:VGGNet", "args": args}


def _ds(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeepSets", "args": args}


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.99)}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.85."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "nesterov": True}, **kw)


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
    Case("h200_divergence_yields_raw_highway_sgd", "the yields times 300 plus 4000 (targets "
         "unscaled), the ReLU highway net of 24 (2 blocks), plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _gm(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}"
                      "; the step loss 1.64e7 at the first step, 2.5e28 at step 3 and NaN at step"
                      " 4, where the run stops"), verdict="failed"),
    Case("h200_exploding_valves_highway_d8_std1_adagrad", "an 8-block ReLU highway net of 24 "
         "with N(0, 1) init on the valves, Adagrad at LR 1e-10, batch 30",
         {"data": VA, "model": {**_gm(width=24, depth=8), "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "saturated_activation", "predictions_collapsed", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.03e4 at every epoch (ln 3 is 1.099); gradient norms 3200 "
                      "to 7.1e5 at the first step and up to 3.2e7 (healthy at most 5.15); the "
                      "huge pre-activations shut or open 76% to 99.8% of the transform gates "
                      "(healthy at most 5%), a side effect of the N(0, 1) init; quarter-mean "
                      "update ratios at most 2.3e-12, a side effect of the LR; accuracy 0.3167 "
                      "against a majority share of 0.3333; 73% of the test predictions in one "
                      "class"),
         verdict="failed"),
    Case("h200_dead_relu_points_deepsets_shift10", "the DeepSets net (32, sum pool) whose "
         "per-element pre-activations are shifted by -10, so its per-element ReLUs never fire, "
         "Adam at LR 2e-3, batch 25, 8 epochs",
         {"data": PS, "model": _ds(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("every unit of both per-element layers logged dead from the start (healthy "
                      "0), so their gradients are 0 and only the head learns the class prior: the"
                      " epoch loss 1.394 to 1.385 (0.6% lower), the validation loss 1.389 to "
                      "1.384, lowest at the end but flat; accuracy 0.26 at the majority share "
                      "(0.26), every test prediction in one class"), verdict=TP),
    Case("h200_saturated_valves_highway_gates_shut", "the tanh highway net of 32 (2 blocks) "
         "on the valves whose transform gates' pre-activations are shifted by -12, so the gates "
         "sit shut at sigmoid 0 and the net is its projection and head, SGD with momentum 0.9 "
         "at LR 0.02, batch 26, 12 epochs",
         {"data": VA, "model": _gm(width=32, activation="tanh", gate_bias=-12.0),
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 12, "batch_size": 26}},
         expect=("saturated_activation", "underfitting"),
         allow=("vanishing_gradients", "not_training", "noisy_loss"),
         why_allowed=("every transform gate saturated at 0 at every epoch (healthy at most 5%), "
                      "so the blocks' gradients are 6.4e-7 to 4.1e-6 (healthy at least 4.8e-4) "
                      "and the net is linear: accuracy 0.4967 (training 0.4944, test 0.4433) "
                      "below the baseline (0.5533) and the healthy runs (0.85 and up), the epoch "
                      "loss 1.049 to 1.012 (3.5% lower) and flat from epoch 2, the validation "
                      "loss 1.2% above its epoch-4 minimum; 43% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h200_dead_relu_tiles_vgg_adam_lr03", "the VGG net (8, 16 channels, 32 dense) on the "
         "tiles, Adam at LR 0.3, batch 24, 4 epochs",
         {"data": TL, "model": _vgg(),
          "optim": {"name": "adam", "lr": 0.3},
          "train": {"epochs": 4, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "divergence", "not_training",
                "noisy_loss", "underfitting", "unshuffled_data", "vanishing_gradients",
                "not_converged"),
         why_allowed=("the step loss jumps from 1.48 to 63.5 in epoch 1 (epoch loss 3.05), then "
                      "sits at ln 4 (1.401 to 1.409), so the blow-up passed; gradient norms 0 to "
                      "61 and update ratios up to 0.148 (quarter means) and 6.3 (single steps; "
                      "healthy at most 0.069 and 0.98) in the steps that killed the units; every "
                      "dense unit and 94% to 100% of the last convolution's channels logged dead "
                      "(healthy convolutions 0, dense layer at most 50%); accuracy 0.2562 at the "
                      "majority share (0.2562), every test prediction in one class"), verdict=TP),
    Case("h200_update_ratio_high_tiles_vgg_elu_rmsprop_lr003", "the ELU VGG net (8, 16 "
         "channels) on the tiles, plain RMSprop at LR 0.03, batch 24, 4 epochs",
         {"data": TL, "model": _vgg(activation="elu"),
          "optim": {"name": "rmsprop", "lr": 0.03},
          "train": {"epochs": 4, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "not_converged"),
         allow=("noisy_loss", "underfitting", "divergence", "dead_relu", "exploding_gradients",
                "unshuffled_data"),
         why_allowed=("the batch norms keep the loss finite but not the steps: quarter-mean "
                      "update ratios up to 0.173 and single steps up to 6.3 (healthy at most "
                      "0.069 and 0.98), gradient norms up to 42 (healthy at most 5.15), the step "
                      "loss up to 44 in epoch 1; the epoch losses 3.42, 1.28, 1.05, 0.88 and the "
                      "validation loss lowest at the end (0.885) with accuracy 0.6229 (training "
                      "0.6903, test 0.6604) still climbing, below the healthy runs (0.7875 and "
                      "up); up to 56% of the dense units logged dead (healthy up to 50%)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h200_update_ratio_low_tiles_vgg_adadelta_lr1e9", "the VGG net on the tiles, Adadelta "
         "at LR 1e-9, batch 30, 3 epochs",
         {"data": TL, "model": _vgg(),
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.415 to 1.412; quarter-mean update ratios at most 3.6e-12 "
                      "(healthy at least 3.9e-5); accuracy 0.2396 against a majority share of "
                      "0.2562; 91% of the test predictions in one class"), verdict=TP),
    Case("h200_update_ratio_low_points_deepsets_momentum5_lr1e10", "the DeepSets net (32, max "
         "pool) on the point sets, SGD with momentum 0.5 at LR 1e-10, batch 27, 3 epochs",
         {"data": PS, "model": _ds(pool="max"),
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.394 at every epoch; every update ratio logged 0 (healthy "
                      "at least 3.9e-5); accuracy 0.2233 against a majority share of 0.26; 99.7% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h200_vanishing_valves_glu_d24_momentum9", "a 24-block GLU net of 24 on the valves "
         "(each block's sigmoid gate halves the signal), SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": VA, "model": _gm(width=24, depth=24, kind="glu", activation="identity"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients 3.5e-16 to 5.2e-15, growing about threefold a "
                      "block towards the head (healthy at least 4.8e-4); the epoch loss 1.102 to "
                      "1.103 (ln 3 is 1.099); some quarter-mean update ratios 0; accuracy 0.3333 "
                      "at the majority share (0.3333), every test prediction in one class"),
         verdict=TP),
    Case("h200_slow_start_points_deepsets_std003_momentum9", "the DeepSets net (32, sum pool) "
         "with N(0, 0.03) init on the point sets, SGD with momentum 0.9 at LR 0.05 (cosine), "
         "batch 30, 20 epochs",
         {"data": PS, "model": {**_ds(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged", "dead_relu"),
         why_allowed=("the epoch loss sits at ln 4 (1.385 to 1.388) for the first 6 epochs, then "
                      "falls to 0.945 (the validation loss lowest at the end, the epoch loss "
                      "still 0.6% lower in the last epoch); accuracy 0.6333 (test 0.60) below the"
                      " healthy runs (0.7667 and up); up to 50% of the head's units logged dead "
                      "(healthy up to 25%)"), verdict=TP),
    Case("h200_unshuffled_valves_highway_momentum9", "the valves sorted by label, never "
         "shuffled, the ReLU highway net of 24, SGD with momentum 0.9 at LR 3e-3, batch 30, "
         "8 epochs",
         {"data": {**VA, "order": "by_label", "shuffle": False},
          "model": _gm(width=24),
          "optim": {"name": "sgd", "lr": 3e-3, **MOM9},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runner runs at most 24%); accuracy 0.41 (training "
                      "0.4433) below the baseline (0.5533) and far below the healthy runs (0.85 "
                      "and up), with the epoch loss still falling (1.093 to 1.087 in the last "
                      "epoch) and the validation loss lowest at the end"), verdict=TP),
    Case("h200_mse_softmax_points_deepsets_adam", "the point sets trained with square error on "
         "the softmax, the DeepSets net (32, sum pool), Adam at LR 2e-3, batch 25, 12 epochs",
         {"data": PS, "model": _ds(),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7667 (test 0.7333) at the bottom "
                      "of the healthy runs (0.7667 to 0.8467); the validation loss 1.6% above its"
                      " epoch-9 minimum"), verdict=TP),
    Case("h200_noisy_valves_highway_b1_adam", "1000 of the valves one row at a time (batch 1), "
         "the ReLU highway net of 32, Adam at LR 2e-3, 4 epochs",
         {"data": {**VA, "subset": 1000}, "model": _gm(width=32),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 2.25 times its mean over the second half (healthy "
                      "runner runs at most 0.65, healthy scripts 1.34), up to 11.9 from near 0; "
                      "single-row gradients up to 21.5 (healthy at most 5.15); accuracy 0.83 "
                      "(training 0.8711, test 0.84) with the epoch loss falling from 0.501 to "
                      "0.429 and the validation loss lowest at the end"), verdict=TP),
    Case("h200_not_converged_tiles_vgg_adam_4epochs", "the VGG net on the tiles, Adam at LR "
         "1e-3, batch 32, stopped after 4 epochs",
         {"data": TL, "model": _vgg(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start", "noisy_loss"),
         why_allowed=("the epoch loss 1.37, 1.24, 1.08, 0.90 (16% lower in the last epoch) and "
                      "the validation loss 0.928 to 0.709 in the last epoch: accuracy 0.725 "
                      "(training 0.7986, test 0.7417), below the healthy runs (0.7875 and up) "
                      "because it stopped early"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h200_overfit_valves_subset60_highway_adamw", "60 rows of the valves, a ReLU highway "
         "net of 160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**VA, "subset": 60},
          "model": _gm(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("60 rows teach less: accuracy 0.4733 (training 1.0; the healthy runs 0.85 "
                      "and up); the validation loss lowest at epoch 1 of 150 (1.070), 5.0 times "
                      "it at the end; the step loss near 0 swings 1.12 times its mean (healthy "
                      "runner runs at most 0.65); up to 15% of the second block's gates saturated"
                      " (healthy at most 5%)"), verdict=GP),
    Case("h200_overfit_points_subset30_deepsets_adam", "30 of the point sets, the DeepSets net "
         "of 64 (sum pool), Adam at LR 2e-3, 120 epochs, batch 3",
         {"data": {**PS, "subset": 30}, "model": _ds(width=64, head=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 120, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "vanishing_gradients",
                "exploding_gradients"),
         why_allowed=("30 sets teach less: accuracy 0.4833 (training 1.0; the healthy runs 0.7667"
                      " and up); the validation loss lowest at epoch 1 of 120 (1.383), 3.75 times"
                      " it at the end; the step loss near 0 swings 3.08 times its mean; gradients"
                      " up to 17 (healthy at most 5.15); up to 50% of the head's units logged "
                      "dead (healthy up to 25%)"), verdict=GP),
    Case("h200_underfit_valves_highway_two_units", "the valves through a tanh highway net of 2 "
         "units, Adam at LR 3e-3 (cosine), batch 25, 20 epochs",
         {"data": VA, "model": _gm(width=2, activation="tanh"),
          "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("two units cannot hold the valves' rings: accuracy 0.4633 (training 0.4811,"
                      " test 0.4533) below the baseline (0.5533) and the healthy runs (0.85 and "
                      "up), the epoch loss flat at the end (0.9899 to 0.9898) and the validation "
                      "loss flat (1.042 over the last 6 epochs); 41% of the test predictions in "
                      "one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h200_lightning_breast_cancer_nesterov85_lr1e20_nan", "Lightning: breast cancer, SGD "
         "with Nesterov momentum 0.85 at LR 1e20, 1270 units, batch 24, 3 epochs",
         script=lightning_run(_nv("breast_cancer", hidden=(1270,), lr=1e20, epochs=3,
                                  batch_size=24)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}"
                      "; the step loss NaN from its second step; accuracy 0.3684, far below the "
                      "majority share (0.6316)"), verdict="failed"),
    Case("h200_lightning_moons_adagrad_lr1e10_stuck", "Lightning: moons (640 points, noise "
         "0.2), Adagrad at LR 1e-10, 1271 units, batch 20, 3 epochs",
         script=lightning_run(_ag("moons", hidden=(1271,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.2)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7538 at every epoch; accuracy 0.5 (training 0.5) at its "
                      "initial weights, the majority share"), verdict=TP),
    Case("h200_hf_trainer_digits_adam_betas_lr1e20_nan", "Hugging Face Trainer names: digits, "
         "Adam with betas (0.8, 0.99) at LR 1e20 (decaying linearly), 1272 units, batch 25, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ab("digits", hidden=(1272,), lr=1e20, epochs=3, batch_size=25),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}"
                      "; every logged loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h200_hf_trainer_wine_nesterov85_lr1e10_stuck", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.85 at LR 1e-10 (decaying linearly), 1273 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(1273,), lr=1e-10, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.084 at every evaluation; accuracy 0.4167 at its "
                      "initial weights, 0.028 above the majority share (0.3889)"), verdict=TP),
    Case("h200_keras_iris_adagrad_lr1e20_nan", "Keras names: iris, Adagrad at LR 1e20, 1274 "
         "units, batch 8, 3 epochs",
         script=keras_run(_ag("iris", hidden=(1274,), lr=1e20, epochs=3, batch_size=8)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}"
                      "; every epoch loss NaN; accuracy 0.3333, the majority share"),
         verdict="failed"),
    Case("h200_keras_digits_subset16_adam_betas_gap", "Keras names: 16 rows of digits, 1275 "
         "units, Adam with betas (0.8, 0.99) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_ab("digits", hidden=(1275,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5738, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 6 of 120 "
                      "(1.932), 1.26 times it at the end"), verdict=GP),
    Case("h200_tensorboard_wine_adam_betas_lr1e20_nan", "TensorBoard tags: wine, Adam with betas "
         "(0.8, 0.99) at LR 1e20, 1276 units, batch 9, 3 epochs",
         script=tensorboard_run(_ab("wine", hidden=(1276,), lr=1e20, epochs=3, batch_size=9)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}"
                      "; the step loss NaN from step 2; accuracy 0.3333, 0.056 below the majority"
                      " share (0.3889)"), verdict="failed"),
    Case("h200_tensorboard_circles_subset8_adagrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1277 units, Adagrad at LR 0.03, 150 epochs, batch 2",
         script=tensorboard_run(_ag("circles", hidden=(1277,), lr=0.03, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150 "
                      "(1.487), 2.4 times it at the end; the step loss near 0 swings 1.11 times "
                      "its mean"), verdict=GP),
    Case("h200_plain_corrupt_record_sine_nesterov85", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with Nesterov momentum 0.85 at LR 1e-3, 1278 units, batch "
         "20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_nv("sine", hidden=(1278,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h200_plain_digits_adam_betas_lr1e10_stuck", "hand-written loop: digits, Adam with "
         "betas (0.8, 0.99) at LR 1e-10, 1279 units, batch 25, 4 epochs",
         script=plain_run(_ab("digits", hidden=(1279,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.323 at every epoch; accuracy 0.1448, 0.045 above the"
                      " majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy200_valves_highway_relu_adam",
       {"data": VA, "model": _gm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy200_valves_glu_adamw_step",
       {"data": VA, "model": _gm(width=32, kind="glu", activation="identity"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy200_valves_highway_elu_rmsprop_exponential",
       {"data": VA, "model": _gm(width=28, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy200_valves_glu_silu_nesterov9",
       {"data": VA, "model": _gm(width=28, kind="glu", activation="silu"),
        "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy200_yields_highway_tanh_adam",
       {"data": YD, "model": _gm(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy200_yields_glu_adamw_inverse_time",
       {"data": YD, "model": _gm(width=32, kind="glu", activation="identity"),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "inverse_time", "gamma": 0.2},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy200_yields_highway_silu_adagrad",
       {"data": YD, "model": _gm(width=32, activation="silu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 22}}),
    _h("healthy200_tiles_vgg_relu_adam",
       {"data": TL, "model": _vgg(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy200_tiles_vgg_leaky_adamw_step",
       {"data": TL, "model": _vgg(channels=[8, 12], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "step", "step_size": 3},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy200_tiles_vgg_elu_momentum9",
       {"data": TL, "model": _vgg(channels=[6, 12], dense=24, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy200_tiles_vgg_relu_rmsprop_exponential",
       {"data": TL, "model": _vgg(channels=[8, 16], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.75},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy200_points_deepsets_sum_adam",
       {"data": PS, "model": _ds(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy200_points_deepsets_max_adamw",
       {"data": PS, "model": _ds(pool="max"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy200_points_deepsets_sum_rmsprop_step",
       {"data": PS, "model": _ds(),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 10},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy200_points_deepsets_max_tanh_adagrad",
       {"data": PS, "model": _ds(width=24, pool="max", activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _hs("healthy200_lightning_digits_adam_betas",
        lightning_run(_ab("digits", hidden=(1270,), lr=1e-3, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy200_lightning_wine_nesterov85",
        lightning_run(_nv("wine", hidden=(1271,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy200_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(1272,), lr=3e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy200_hf_trainer_moons_adam_betas",
        hf_trainer_run(_ab("moons", hidden=(1273,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy200_hf_trainer_iris_nesterov85",
        hf_trainer_run(_nv("iris", hidden=(1274,), lr=0.005, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy200_keras_circles_adagrad",
        keras_run(_ag("circles", hidden=(1275,), lr=3e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy200_keras_wine_adam_betas",
        keras_run(_ab("wine", hidden=(1276,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy200_keras_breast_cancer_nesterov85",
        keras_run(_nv("breast_cancer", hidden=(1277,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy200_tensorboard_iris_adagrad",
        tensorboard_run(_ag("iris", hidden=(1278,), lr=3e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy200_tensorboard_digits_nesterov85",
        tensorboard_run(_nv("digits", hidden=(1279,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy200_tensorboard_moons_adam_betas",
        tensorboard_run(_ab("moons", hidden=(1270,), lr=1e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy200_plain_moons_nesterov85",
        plain_run(_nv("moons", hidden=(1274,), lr=0.005, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy200_plain_breast_cancer_adagrad",
        plain_run(_ag("breast_cancer", hidden=(1276,), lr=2e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
