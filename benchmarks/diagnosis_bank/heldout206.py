"""The two-hundred-and-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout204`, :mod:`.heldout205`, :mod:`.heldout207` (not looked
at), after the measurement of :mod:`.heldout200` to :mod:`.heldout203`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`SoftTree` (a soft decision tree
of depth 3 to 5: every inner node routes with the sigmoid of a linear function of its input times
a gain, a leaf's weight is the product of the routing probabilities on its path, the output a
linear layer on the leaf weights, i.e. class logits or a value per leaf; optionally over a small
MLP embedding whose pre-activations can be shifted), :class:`PyramidCNN` (two 3x3 convolutions with
PReLU units, a 2x2 average pooling between them, spatial-pyramid pooling (adaptive average pooling
to 1x1, 2x2 and more grids, concatenated), an optional dense PReLU layer, a linear head) and
:class:`AttentionPool` (each step of the flattened sequence embedded by one shared MLP, pooled by
the softmax of one learnt query's scores, a linear head; no transformer layer); every fault code
could be produced with these three models, no case fell back to the runner's built-in MLP or CNN.
Every data set is this module's own ``data.factory``: :func:`beacons`, 1000 sequences of 12 steps
of 2 readings in noise 0.6 with a beacon of size 3 pointing north, east, south or west at one
random step (4 classes, 3% random labels, given flattened as 24 columns and read back as a
sequence by the attention net; seed 2060); :func:`marks`, 3000 12x12 single-channel images of a
3x3 plus, ring, cross or tee at a random place in noise 0.25, 2% random labels (4 classes; seed
2061); :func:`sorters`, a tabular 4-class set of 8 readings decided as a two-level tree (a
threshold on reading 0, then a linear threshold on one side and a band of reading 2 on the other,
3% random labels, 1400 rows; seed 2062); :func:`yields`, a tabular regression of 8 readings with a
step, a sign-switched reading, a square and a linear term (1200 rows; seed 2063; times 300 plus
4000 with seed 2064 for the divergence). Script cases use RAdam with weight decay 0.01, AdamW with
betas (0.9, 0.95) and SGD with momentum 0.9 and weight decay 5e-4 (settings no script of
:mod:`.heldout198` to :mod:`.heldout203` uses) on wine, iris, breast cancer, digits, moons,
circles, three spirals and the sine; every script case holds a hidden width of 1330 to 1339.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, Adadelta, plain SGD, SGD with momentum 0.9
and with Nesterov momentum 0.9; schedules constant, cosine, step, exponential. The faults, each
through what its model has: divergence under plain SGD at LR 1.5 in a tree over a ReLU embedding
on the unscaled yields; exploding gradients in an attention net whose step MLP has 6 leaky-ReLU
layers with N(0, 1) init under plain SGD at LR 1e-11; dead units in a tree's ReLU embedding whose
pre-activations are shifted by -10 (Adam) and in the attention net's step MLP killed by plain
RMSprop at LR 0.2; a high update ratio from Adagrad at LR 3 in a tree; tiny learning rates in the
CNN (plain SGD at 1e-9) and the attention net (Adadelta at 1e-10); vanishing gradients through a
14-layer sigmoid embedding under a tree (SGD with momentum 0.9); the routing gates saturated by a
gain of 100 (plain RMSprop); the CNN with N(0, 0.05) init under momentum 0.9 (a slow start); the
sorters sorted by label and never shuffled (a tree, plain RMSprop); square error on the attention
net's softmax (Adam); the attention net at batch 1 (Adam); a tree on the yields stopped after 6
epochs of Adam (not converged); 40 rows of the sorters under AdamW (a tree of depth 5 over a
ReLU embedding of 128, overfit, a gap) and 30 images under Adam (the CNN, overfit, a gap); an
attention net whose step MLP is one ELU unit (underfitting); the scripts: Lightning's NaN on
digits (RAdam) and stuck circles (momentum), Trainer's NaN on wine (AdamW) and stuck iris (RAdam),
Keras' NaN on moons (momentum) and 16 rows of digits (AdamW, overfit, a gap), TensorBoard's NaN on
breast cancer (AdamW) and 8 rows of circles (momentum, overfit, a gap), the loop's corrupt record
on the sine (RAdam) and stuck spirals (AdamW).

Each case is labelled with the injected fault; it was trained at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the cases left unchanged gave the same numbers as
before); the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.35 on the sorters, 0.265 on the marks, 0.28 on the
beacons; on the scripts' validation splits 1/3 (iris, spirals), 0.3889 (wine), 0.1003 (digits),
0.6316 (breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.7429 (sorters),
0.7267 (marks), 0.895 (beacons); R2 0.5903 (yields), 0.5425 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 1.1e-4 (the tree's leaves under
momentum on the sorters) to 0.069 (the tree's routing under RMSprop on the sorters), single steps at
most 2.0 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.56 with single
steps up to 20; the ``update_ratio_low`` runs log quarter means of at most 4.3e-11 (the CNN) and 0
(Adadelta). Dead fraction at most 15.6% (the CNN's dense PReLU units under Nesterov momentum; at
most 12.5% in the healthy attention nets, 12.5% in the CNNs' convolutions (the second under Nesterov
momentum), 0 in the trees' embeddings); the shifted embedding 1.0, the killed attention net's layers
0.5 and 0.44, the slow start's dense units 0.44, the 30-image CNN's 0.34, the exploding run's deep
layers up to 0.29. Saturated fraction at most 0.60 in the healthy trees' routing gates (the tree
under RMSprop on the sorters) and 0.28 in the healthy tanh attention net; the gain-100 tree's 0.951,
the update-ratio run's 0.948. Gradient norms at least 7e-4 (the attention net's query under Adam,
also its first norm) and at most 9.8 (the CNN's first convolution under Adam); first norms of the
CNNs' conv and dense layers at least 0.0082; the vanishing run's down to 2.3e-14, the exploding
run's 510 to 1.7e4, the slow start's first 0.0043 to 0.0081. The step loss's position in the epoch
explains at most 35% of the within-epoch variance over the second half in the healthy runner runs
(the attention net under RMSprop) and 21% in the healthy scripts (TensorBoard's digits); the
unshuffled run 99.8%. The standard deviation of the step loss's step-to-step change over the second
half is at most 1.37 times its mean in the healthy runner runs (the attention net under momentum)
and 1.03 in the healthy scripts (Lightning's wine); the batch-1 run's is 4.9. Healthy scores
(validation): sorters 0.9036-0.95 (test 0.9107-0.9464), marks 0.775-0.8517 (test 0.79-0.86), beacons
0.93-0.965 (test 0.955-0.965), yields R2 0.6786 and 0.7413; scripts: digits 0.9777 and 0.9666, wine
1.0 and 1.0, breast cancer 0.9211, 0.9561 and 0.9386, moons 0.9531 and 0.9603, iris 0.9667 and
0.9667, circles 0.9919, the sine R2 0.943. Every healthy run's validation loss is lowest at its end
but the tree under Adam on the sorters (epoch 18 of 20, 0.04% above it), the tree over ReLU units on
the yields (epoch 23 of 25, 0.1% above it), the attention net under momentum (epoch 14 of 15, 0.4%
above it), Trainer's moons (epoch 19 of 20, 0.2% above it), Trainer's iris (epoch 18 of 20, 0.2%
above it) and TensorBoard's sine (epoch 17 of 20, 1.4% above it, its step loss at the noise floor).

Changes after the first run: the first sorters (the second level's thresholds linear, then with an
absolute value and a product term) were either nearly linear (a soft tree at the baseline, 0.8393)
or too hard for a tree over an embedding (0.51), so the band of reading 2 came in, and the healthy
trees read the raw features with a routing gain of 2 or 3 at LR 0.02 to 0.2 (from gain 1 at LR 3e-3,
which sat on plateaus); the tree under RMSprop went from depth 3 at LR 0.01 (0.757, at the baseline)
and depth 4 at LR 0.01 (0.8786, still falling) to depth 4 at LR 0.03 with gamma 0.8; the tree under
Adagrad from LR 0.1 (still falling 1.1% an epoch) to 0.2. The first marks (10x10, noise 0.45) left
the CNN at 0.44 to 0.55, so the images became 12x12 in noise 0.25 and the healthy CNNs took 16 and
24 or 32 channels and a dense layer (0.775 to 0.8517); the CNN under RMSprop went from a step
schedule (2.3% above its epoch-11 minimum) to cosine, the one under Nesterov momentum from LR 0.03
to 0.05. The first beacons (noise 0.7, beacon 2.4) held the attention nets at 0.56 to 0.86, so noise
0.6 and a beacon of 3; then the attention net under Adam ended 4% above its epoch-7 minimum and the
one under RMSprop 5% above its epoch-6 minimum, so they stop after 8 and 7 epochs (the latter with
gamma 0.7). The healthy trees on the yields took LR 0.01 for 25 epochs (from 5e-3 for 20: R2 0.36
and 0.63). The divergence took LR 1.5 (at LR 0.01 and 0.5 the tree's convex mix of leaves kept the
loss finite, R2 -0.01 and -10); the CNN killed by RMSprop at LR 0.05 kept its PReLU units alive (the
slopes grew) and was replaced by the attention net's ReLU step MLP, killed at LR 0.2 (at 0.05 only
31% and 37% dead, accuracy 0.71); the saturated tree took gain 100 (gain 30 saturated 83.5% of its
gates against the healthy trees' 60%); the unshuffled tree took LR 1e-3 without an embedding (at
1e-4 over a SiLU embedding it sat at ln 4); the slow start took N(0, 0.05) init for 14 epochs (N(0,
0.02) never left ln 4 in 10); the not-converged case became a tree on the yields (the attention net
at LR 3e-4 sat at ln 4 for its 4 epochs); the one-unit attention net became one ELU unit at LR 0.03
with a cosine schedule (one ReLU unit died, one tanh unit learnt nothing in 15 epochs, one ELU unit
at LR 0.02 still fell at 25). Scripts: Lightning's digits (AdamW at LR 1e-3 for 10 epochs) ended 23%
above its epoch-8 minimum, so LR 5e-4 for 6; Lightning's wine (momentum at LR 2e-3) 2.8% above its
epoch-12 minimum, so LR 1e-3; Keras' circles (RAdam at LR 5e-4, then 2e-3) still fell 7% and 4.6% an
epoch and at 5e-3 ended 4.6% above its epoch-12 minimum, so LR 3e-3; Keras' wine (AdamW at LR 5e-4)
9% above its epoch-13 minimum, so LR 3e-4; Keras' blobs (momentum, 0.64 with its minimum at epoch 1)
became breast cancer; TensorBoard's iris (RAdam at LR 1e-3) still fell 3% an epoch, so LR 3e-3;
TensorBoard's sine (AdamW at LR 1e-3, batch 20, then LR 5e-4 at batch 40) ended 23% and 16% above
its minimum, so batch 64 at LR 1e-3 for 20 epochs (1.4%; LR 5e-4 at batch 64 gave 3.6%).

Labels from the metrics: the divergence's loss is Inf within its first epoch (``nan_loss`` expected
beside ``divergence``); the exploding run's loss is 1430 at every epoch, far above ln 4 from its
first step, and its verdict is a failure; the attention net killed at LR 0.2 passed its blow-up (its
loss ends at ln 4), so ``divergence`` is allowed there and the verdict is a training problem; the
test predictions fall in one class in the shifted tree (100%), the Adadelta run (95.5%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in the killed
attention net (exactly 90%, on the line), the stuck CNN (78%), the saturated tree (68%) and the
unshuffled tree (75%), and neither in the exploding run (46%) or the one-unit run (59.5%); the
shifted tree (0.35), the killed attention net (0.27), the stuck CNN (0.23), the Adadelta run (0.28),
the vanishing run (0.35) and the 30-image CNN (0.295) score within 0.05 of the majority share
(``at_chance`` expected), the exploding run 0.375 (0.095 above, allowed), the one-unit run 0.40
(neither); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5) and the loop's stuck spirals
(0.3083) expect ``at_chance``, Lightning's stuck circles (0.5703), Trainer's NaN wine (0.3333
against 0.3889), Trainer's stuck iris (0.1667), TensorBoard's NaN breast cancer (0.3684 against
0.6316) and TensorBoard's 8 rows of circles (0.6) allow it; the unshuffled run's and the batch-1
run's loss still falls with the validation loss lowest at the end (``not_converged`` expected); the
overfit runs' validation losses end 1.38 (40 rows), 4.78 (30 images), 1.42 (Keras' 16 rows) and 2.95
(TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``; the update-ratio run's gates saturate (95%) beyond the healthy trees (60%)
as a side effect of the steps (allowed); the slow start sat at ln 4 for 4 epochs, so ``slow_start``
is expected.

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


def beacons(n: int = 1000, steps: int = 12, noise: float = 0.6, strength: float = 3.0,
            flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps of 2 Gaussian readings
    (``noise``); at one random step a beacon of size ``strength`` points north, east, south or
    west (4 classes: the direction); a share ``flip`` of the labels is drawn at random. Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    at = rng.integers(0, steps, n)
    angle = y * np.pi / 2
    x[np.arange(n), at, 0] += strength * np.cos(angle)
    x[np.arange(n), at, 1] += strength * np.sin(angle)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.reshape(n, steps * 2).astype(np.float32), y


_MARKS = (
    np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float),  # plus
    np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float),  # ring
    np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float),  # cross
    np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float),  # tee
)


def marks(n: int = 3000, size: int = 12, noise: float = 0.25, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images, each holding one
    3x3 mark (4 classes: a plus, a ring, a cross, a tee) of brightness 1 at a random place, in
    Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, size - 2, 2))
        x[i, 0, r:r + 3, c:c + 3] += _MARKS[int(label)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def sorters(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is a two-level
    decision: the sign of reading 0 (plus half of reading 5) times 2, plus, on the positive
    side, whether reading 1 minus half of reading 3 exceeds 0.4, on the negative side, whether
    reading 2 lies more than 0.7 from 0; readings 4, 6 and 7 are noise; a share ``flip`` of
    the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    first = x[:, 0] + 0.5 * x[:, 5] > 0
    second = np.where(first, x[:, 1] - 0.5 * x[:, 3] > 0.4, np.abs(x[:, 2]) > 0.7)
    y = 2 * first.astype(int) + second.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings; the target a step in reading 0,
    reading 2 with the sign of reading 1, a square of reading 3 and a linear reading 4, plus
    noise 0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * (x[:, 0] > 0) + np.where(x[:, 1] > 0, x[:, 2], -x[:, 2]) + 0.5 * x[:, 3] ** 2
         + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "prelu": nn.PReLU}


class SoftTree(nn.Module):
    """A soft decision tree of ``depth`` levels: every inner node routes a sample left with the
    sigmoid of a linear function of its input (times ``gain``), a leaf's weight is the product
    of the routing probabilities along its path, and the output is the weighted sum of the
    leaves' class logits or values (a linear layer on the leaf weights). With ``embed`` the tree
    reads an MLP embedding of ``embed_depth`` layers (linear, activation; the pre-activations
    shifted by ``shift``) instead of the raw features."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, depth: int = 3,
                 embed: int = 0, embed_depth: int = 1, activation: str = "relu",
                 shift: float = 0.0, gain: float = 1.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.lins = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(embed_depth if embed else 0):
            self.lins.append(nn.Linear(n_in, embed))
            self.acts.append(_ACTS[activation]())
            n_in = embed
        self.depth, self.shift, self.gain = depth, shift, gain
        self.route = nn.Linear(n_in, 2 ** depth - 1)
        self.gate = nn.Sigmoid()
        self.leaves = nn.Linear(2 ** depth, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.shift)
        p = self.gate(self.gain * self.route(h))
        mu = h.new_ones(h.shape[0], 1)
        for level in range(self.depth):
            left = p[:, 2 ** level - 1:2 ** (level + 1) - 1]
            mu = torch.stack([mu * left, mu * (1 - left)], dim=2).flatten(1)
        return self.leaves(mu)


class PyramidCNN(nn.Module):
    """Two 3x3 convolutions with PReLU units (one slope per channel, starting at ``slope``), a
    2x2 average pooling between them, then spatial-pyramid pooling (adaptive average pooling to
    each grid of ``levels``, concatenated), an optional dense PReLU layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), levels: tuple[int, ...] = (1, 2, 4),
                 dense: int = 0, slope: float = 0.25) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.PReLU(channels[0], init=slope)
        self.pool1 = nn.AvgPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.PReLU(channels[1], init=slope)
        self.pyramid = nn.ModuleList(nn.AdaptiveAvgPool2d(g) for g in levels)
        width = channels[1] * sum(g * g for g in levels)
        self.fc = nn.Linear(width, dense) if dense else None
        self.act3 = nn.PReLU(dense, init=slope) if dense else None
        self.head = nn.Linear(dense or width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act2(self.conv2(self.pool1(self.act1(self.conv1(x)))))
        h = torch.cat([pool(h).flatten(1) for pool in self.pyramid], 1)
        if self.fc is not None:
            h = self.act3(self.fc(h))
        return self.head(h)


class AttentionPool(nn.Module):
    """Reads the flattened sequence of ``features`` readings a step: every step is embedded by
    one shared MLP (``depth`` layers of linear and activation), a single learnt query scores
    the steps (a linear layer without bias, times ``scale`` over the square root of the width),
    the softmax of the scores weighs the embeddings into one vector, then a linear head. No
    transformer layer."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, depth: int = 2, activation: str = "relu",
                 scale: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.lins = nn.ModuleList()
        self.acts = nn.ModuleList()
        n_in = features
        for _ in range(depth):
            self.lins.append(nn.Linear(n_in, hidden))
            self.acts.append(_ACTS[activation]())
            n_in = hidden
        self.query = nn.Linear(hidden, 1, bias=False)
        self.scale = scale / float(np.sqrt(hidden))
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b = x.shape[0]
        h = x.reshape(b * self.steps, self.features)  # every step through the same MLP
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h))
        h = h.reshape(b, self.steps, -1)
        weights = torch.softmax(self.scale * self.query(h).squeeze(-1), dim=1)
        return self.head((weights.unsqueeze(-1) * h).sum(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout206"
BC = _factory(f"{HERE}:beacons", seed=2060)
MK = _factory(f"{HERE}:marks", seed=2061)
SR = _factory(f"{HERE}:sorters", seed=2062)
YD = _factory(f"{HERE}:yields", seed=2063)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2064)


def _tree(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftTree", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PyramidCNN", "args": args}


def _att(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AttentionPool", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 0.01."""
    return _s(data, optim="radam", optim_args={"weight_decay": 0.01}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.9, 0.95)."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.95)}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "weight_decay": 5e-4}, **kw)


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
    Case("h206_divergence_yields_raw_tree_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), a soft tree of depth 4 over a ReLU embedding of 16, plain SGD at "
         "LR 1.5, batch 24",
         {"data": YD_RAW, "model": _tree(depth=4, embed=16),
          "optim": {"name": "sgd", "lr": 1.5},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.9e7 at the first step and Inf within the first "
                      f"epoch, where the run stops"),
         verdict="failed"),
    Case("h206_exploding_beacons_attpool_d6_leaky_std1", "the attention-pooling net whose step "
         "MLP has 6 leaky-ReLU layers of 24, N(0, 1) init, on the beacons, plain SGD at LR "
         "1e-11, batch 30",
         {"data": BC, "model": {**_att(hidden=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-11},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("at_chance", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1430 at every epoch, far above ln 4 from the first step; "
                      "every step-MLP gradient norm 510 to 1.7e4 (healthy at most 9.8); "
                      "quarter-mean update ratios up to 4.1e-9, a side effect of the LR; up to 29%"
                      " of a deep layer's units logged dead; accuracy 0.375, 0.095 above the "
                      "majority share (0.28); 46% of the test predictions in one class"),
         verdict="failed"),
    Case("h206_dead_relu_sorters_tree_embed_shift10", "a soft tree of depth 4 over a ReLU "
         "embedding of 24 whose pre-activations are shifted by -10 (no unit ever fires, the "
         "routing sees only zeros), Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": SR, "model": _tree(depth=4, embed=24, shift=-10.0),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("every embedding unit logged dead (healthy at most 15.6%), so the routing "
                      "sees zeros and only the leaves learn the class shares: gradient norms 0 in "
                      "the embedding and the routing; the epoch loss 1.363 to 1.355 (0.6% lower); "
                      "accuracy 0.35 at the majority share (0.35), every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h206_dead_relu_beacons_attpool_rmsprop_lr02", "the attention-pooling net (ReLU step "
         "MLP of 16) on the beacons, plain RMSprop at LR 0.2, batch 28",
         {"data": BC, "model": _att(),
          "optim": {"name": "rmsprop", "lr": 0.2},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance"),
         allow=("predictions_collapsed", "exploding_gradients", "update_ratio_high", "not_training",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged", "divergence",
                "vanishing_gradients", "update_ratio_low"),
         why_allowed=("the step loss jumps from 1.36 to 499 in epoch 1 (epoch loss 32.5), then "
                      "sits at ln 4 (1.401, 1.404), so the blow-up passed; gradient norms up to "
                      "120 and single update ratios up to 13 (healthy at most 9.8 and 2.0); 50% "
                      "and 44% of the step MLP's units logged dead (healthy at most 12.5% in the "
                      "attention nets); accuracy 0.27 against a majority share of 0.28; exactly "
                      "90% of the test predictions in one class, on the line"),
         verdict=TP),
    Case("h206_update_ratio_high_sorters_tree_adagrad_lr3", "a soft tree of depth 4 on the "
         "sorters, Adagrad at LR 3, batch 26, 8 epochs",
         {"data": SR, "model": _tree(depth=4, gain=3.0),
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high",),
         allow=("saturated_activation", "noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.56, single "
                      "steps up to 20; healthy at most 0.069 and 2.0); 95% of the routing gates "
                      "saturated (healthy at most 60%), a side effect of the steps; the epoch loss"
                      " swings down from 1.90 to 0.74, still 4% lower over the last epoch, the "
                      "validation loss 1.2% above its epoch-7 minimum; accuracy 0.5857 (training "
                      "0.6619), below the baseline (0.7429)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h206_update_ratio_low_marks_cnn_sgd_lr1e9", "the pyramid CNN on the marks, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.388 at every epoch; quarter-mean update ratios at most "
                      "4.3e-11 (healthy at least 1.1e-4); accuracy 0.23 against a majority share "
                      "of 0.265; 78% of the test predictions in one class"),
         verdict=TP),
    Case("h206_update_ratio_low_beacons_attpool_adadelta_lr1e10", "the attention-pooling net "
         "on the beacons, Adadelta at LR 1e-10, batch 27, 4 epochs",
         {"data": BC, "model": _att(),
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.385 at every epoch; every update ratio logged 0 (healthy "
                      "at least 1.1e-4); accuracy 0.28 at the majority share (0.28), 95.5% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h206_vanishing_sorters_tree_sigmoid14_momentum9", "a soft tree of depth 3 over a "
         "14-layer sigmoid embedding of 12 on the sorters, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": SR, "model": _tree(depth=3, embed=12, embed_depth=14, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first layers' gradients down to 2.3e-14 (healthy at least 7e-4), "
                      "growing about tenfold a layer towards the tree; the routing and the leaves "
                      "still move (quarter-mean update ratios up to 0.013) but the epoch loss "
                      "stays at 1.36 (1.393 to 1.364); accuracy 0.35 at the majority share "
                      "(0.35), every test prediction in one class"),
         verdict=TP),
    Case("h206_saturated_sorters_tree_gain100_rmsprop", "a soft tree of depth 4 on the sorters "
         "whose routing logits are multiplied by 100 (every gate near 0 or 1), plain RMSprop at "
         "LR 1e-3, batch 28, 6 epochs",
         {"data": SR, "model": _tree(depth=4, gain=100.0),
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 6, "batch_size": 28}},
         expect=("saturated_activation",),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "not_training",
                "predictions_collapsed"),
         why_allowed=("95% of the routing gates saturated from the start (healthy trees at most "
                      "60%), so the routing barely learns and the tree is nearly a fixed hard "
                      "partition: the epoch loss falls only from 1.337 to 1.258 in 6 epochs (0.9% "
                      "over the last), the validation loss still lowest at the end; accuracy "
                      "0.4571 (training 0.4786), far below the healthy trees (0.9036 and up) and "
                      "the baseline (0.7429); 68% of the test predictions in one class"),
         verdict=TP),
    Case("h206_slow_start_marks_cnn_std005_momentum9", "the pyramid CNN (16, 32 channels, 32 "
         "dense) with N(0, 0.05) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), "
         "batch 32, 14 epochs",
         {"data": MK, "model": {**_cnn(channels=[16, 32], levels=[1, 2], dense=32),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 14, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388, 1.388, 1.387, 1.387) for the first 4 "
                      "epochs, then falls (0.709 at epoch 14, 0.6% over the last epoch, the "
                      "validation loss lowest at the end); first gradient norms of the conv and "
                      "dense layers 0.0043 to 0.0081 (healthy CNNs 0.0082 to 0.13); up to 44% of "
                      "the dense PReLU units logged dead early (healthy up to 15.6%); accuracy "
                      "0.70 (test 0.6933), below the healthy CNNs (0.775 and up) and the baseline "
                      "(0.7267)"),
         verdict=TP),
    Case("h206_unshuffled_sorters_tree_rmsprop", "the sorters sorted by label, never shuffled, "
         "a soft tree of depth 4 (routing gain 3), plain RMSprop at LR 1e-3, batch 30, 8 epochs",
         {"data": {**SR, "order": "by_label", "shuffle": False},
          "model": _tree(depth=4, gain=3.0),
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 35%); accuracy 0.4714 (training "
                      "0.4714), far below the healthy trees (0.9036 and up), with the epoch loss "
                      "still falling (1.292 to 1.283) and the validation loss lowest at the end; "
                      "75% of the test predictions in one class"),
         verdict=TP),
    Case("h206_mse_softmax_beacons_attpool_adam", "the beacons trained with square error on the "
         "softmax, the attention-pooling net, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": BC, "model": _att(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.965 (test 0.96) like the healthy "
                      "runs; the validation loss 0.8% above its epoch-9 minimum; the step loss "
                      "near 0.018 swings 1.24 times its mean (healthy runner runs up to 1.37)"),
         verdict=TP),
    Case("h206_noisy_beacons_attpool_b1_adam", "the beacons one sequence at a time (batch 1), "
         "the attention-pooling net, Adam at LR 1e-3, 2 epochs",
         {"data": BC, "model": _att(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 4.9 times its mean over the second half (healthy "
                      "runner runs at most 1.37, healthy scripts 1.03), up to 10 from near 0; "
                      "single-sequence gradients up to 21 (healthy at most 9.8); accuracy 0.955 "
                      "(test 0.97) with the epoch loss still falling (1.223 to 0.303) and the "
                      "validation loss lowest at the end"),
         verdict=TP),
    Case("h206_not_converged_yields_tree_adam_6epochs", "a soft tree of depth 4 over a ReLU "
         "embedding of 32 on the yields, stopped after 6 epochs of Adam at LR 2e-3, batch 20",
         {"data": YD, "model": _tree(depth=4, embed=32),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 6, "batch_size": 20}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start"),
         why_allowed=("stopped while learning: the epoch loss falls 6% over the last epoch (2.683 "
                      "to 2.524) and the validation loss 5.7% (2.502 to 2.360), lowest at the end;"
                      " R2 0.1005 so far, below the baseline (0.5903) and the healthy trees "
                      "(0.6786 and 0.7413)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h206_overfit_sorters_subset40_tree_embed_adamw", "40 rows of the sorters, a soft tree "
         "of depth 5 over a ReLU embedding of 128, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SR, "subset": 40},
          "model": _tree(depth=5, embed=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.575 (training 0.95; the healthy trees 0.9036"
                      " and up), below this run's baseline (0.6179); the validation loss lowest at"
                      " epoch 27 of 150, 1.38 times it at the end; the step loss near 0.17 swings "
                      "1.28 times its mean"),
         verdict=GP),
    Case("h206_gap_marks_subset30_cnn_adam", "30 images of the marks, the pyramid CNN with 16 "
         "and 32 channels and a dense layer of 64, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "vanishing_gradients"),
         why_allowed=("30 images teach nothing that carries over: accuracy 0.295 (training 1.0; "
                      "the healthy CNNs 0.775 and up), 0.03 above the majority share (0.265); the "
                      "validation loss lowest at epoch 2 of 100, 4.78 times it at the end; up to "
                      "34% of the dense units logged dead (healthy up to 15.6%)"),
         verdict=GP),
    Case("h206_underfit_beacons_attpool_one_unit_adam", "the beacons through an attention-"
         "pooling net whose step MLP is one ELU unit, Adam at LR 0.03 (cosine), batch 25, 25 "
         "epochs",
         {"data": BC, "model": _att(hidden=1, depth=1, activation="elu"),
          "optim": {"name": "adam", "lr": 0.03, "schedule": "cosine"},
          "train": {"epochs": 25, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one ELU unit a step cannot tell four directions apart: accuracy 0.40 "
                      "(training 0.4583; healthy 0.93 and up, the baseline 0.895), the epoch loss "
                      "flat at the end (0.9898 to 0.9896) and the validation loss 0.1% above its "
                      "epoch-14 minimum; 59.5% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h206_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (weight decay "
         "0.01) at LR 1e20, 1330 units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(1330,), lr=1e20, epochs=3,
                                  batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h206_lightning_circles_momentum9_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), SGD with momentum 0.9 and weight decay 5e-4 at LR 1e-10, 1331 units, batch 20, "
         "3 epochs",
         script=lightning_run(_mom("circles", hidden=(1331,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6847 at every epoch; accuracy 0.5703 (training 0.5417) at "
                      "its initial weights, 0.07 above the majority share (0.5), far below the "
                      "healthy circles (0.9919)"),
         verdict=TP),
    Case("h206_hf_trainer_wine_adamw_lr1e20_nan", "Hugging Face Trainer names: wine, AdamW "
         "(betas 0.9, 0.95) at LR 1e20 (decaying linearly), 1332 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_aw("wine", hidden=(1332,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      f" share"),
         verdict="failed"),
    Case("h206_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(weight decay 0.01) at LR 1e-10 (decaying linearly), 1333 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(1333,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.078 at every evaluation; accuracy 0.1667 at its "
                      "initial weights, far below 1/3"),
         verdict=TP),
    Case("h206_keras_moons_momentum9_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "SGD with momentum 0.9 and weight decay 5e-4 at LR 1e20, 1334 units, batch 20, 3 "
         "epochs",
         script=keras_run(_mom("moons", hidden=(1334,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h206_keras_digits_subset16_adamw_gap", "Keras names: 16 rows of digits, 1335 units, "
         "AdamW (betas 0.9, 0.95) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_aw("digits", hidden=(1335,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 1 of 120, 1.42 "
                      "times it at the end"),
         verdict=GP),
    Case("h206_tensorboard_breast_cancer_adamw_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "AdamW (betas 0.9, 0.95) at LR 1e20, 1336 units, batch 19, 3 epochs",
         script=tensorboard_run(_aw("breast_cancer", hidden=(1336,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"),
         verdict="failed"),
    Case("h206_tensorboard_circles_subset8_momentum9_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1337 units, SGD with momentum 0.9 and weight decay 5e-4 at "
         "LR 0.01, 150 epochs, batch 2",
         script=tensorboard_run(_mom("circles", hidden=(1337,), lr=0.01, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6, 0.1 above the majority share; "
                      "training 1.0); the validation loss lowest at epoch 1 of 150, 2.95 times it "
                      "at the end"),
         verdict=GP),
    Case("h206_plain_corrupt_record_sine_radam", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RAdam (weight decay 0.01) at LR 1e-3, 1338 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ra("sine", hidden=(1338,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h206_plain_spirals_adamw_lr1e10_stuck", "hand-written loop: 3 spirals (600 points, "
         "noise 0.2), AdamW (betas 0.9, 0.95) at LR 1e-10, 1339 units, batch 25, 4 epochs",
         script=plain_run(_aw("spirals", hidden=(1339,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.133 at every epoch; accuracy 0.3083 against 1/3 (the "
                      "three spirals are balanced)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy206_sorters_tree_adam",
       {"data": SR, "model": _tree(depth=4, gain=3.0),
        "optim": {"name": "adam", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy206_sorters_tree_d5_adamw",
       {"data": SR, "model": _tree(depth=5, gain=2.0),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy206_sorters_tree_rmsprop",
       {"data": SR, "model": _tree(depth=4, gain=3.0),
        "optim": {"name": "rmsprop", "lr": 0.03, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy206_sorters_tree_momentum9",
       {"data": SR, "model": _tree(depth=4, gain=3.0),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy206_sorters_tree_d5_adagrad",
       {"data": SR, "model": _tree(depth=5, gain=3.0),
        "optim": {"name": "adagrad", "lr": 0.2, "schedule": "step", "step_size": 8},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy206_yields_tree_relu_adam",
       {"data": YD, "model": _tree(depth=4, embed=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy206_yields_tree_silu_adamw",
       {"data": YD, "model": _tree(depth=5, embed=24, activation="silu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 40}}),
    _h("healthy206_marks_cnn_adam",
       {"data": MK, "model": _cnn(channels=[16, 32], levels=[1, 2], dense=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy206_marks_cnn_adamw",
       {"data": MK, "model": _cnn(channels=[16, 24], levels=[1, 2, 3], dense=32),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy206_marks_cnn_rmsprop",
       {"data": MK, "model": _cnn(channels=[16, 32], levels=[1, 2], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy206_marks_cnn_nesterov9",
       {"data": MK, "model": _cnn(channels=[16, 32], levels=[1, 2], dense=32),
        "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy206_beacons_attpool_adam",
       {"data": BC, "model": _att(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy206_beacons_attpool_tanh_adamw",
       {"data": BC, "model": _att(hidden=20, activation="tanh"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy206_beacons_attpool_elu_rmsprop",
       {"data": BC, "model": _att(hidden=16, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.7},
        "train": {"epochs": 7, "batch_size": 27}}),
    _h("healthy206_beacons_attpool_momentum9",
       {"data": BC, "model": _att(hidden=24, activation="leaky_relu"),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy206_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1330,), lr=5e-4, epochs=6, batch_size=24)),
        "lightning"),
    _hs("healthy206_lightning_wine_momentum9",
        lightning_run(_mom("wine", hidden=(1331,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy206_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_ra("breast_cancer", hidden=(1332,), lr=3e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy206_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1333,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy206_hf_trainer_iris_momentum9",
        hf_trainer_run(_mom("iris", hidden=(1334,), lr=0.005, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy206_keras_circles_radam",
        keras_run(_ra("circles", hidden=(1335,), lr=3e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy206_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1336,), lr=3e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy206_keras_breast_cancer_momentum9",
        keras_run(_mom("breast_cancer", hidden=(1337,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy206_tensorboard_iris_radam",
        tensorboard_run(_ra("iris", hidden=(1338,), lr=3e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy206_tensorboard_digits_momentum9",
        tensorboard_run(_mom("digits", hidden=(1339,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy206_tensorboard_sine_adamw",
        tensorboard_run(_aw("sine", hidden=(1330,), lr=1e-3, epochs=20, batch_size=64, n=640,
                            noise=0.2)), "tensorboard"),
    _hs("healthy206_plain_moons_momentum9",
        plain_run(_mom("moons", hidden=(1334,), lr=0.003, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy206_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(1336,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
