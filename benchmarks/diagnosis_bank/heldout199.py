"""The hundred-and-ninety-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout198` (not looked at), after the measurement of
:mod:`.heldout196` and :mod:`.heldout197`, by someone who saw no diagnosis of its runs. Built
differently from every part before :mod:`.heldout196`: every runner case trains a model of this
module through ``model.factory``: :class:`TwoTower` (two MLP towers over the two halves of the
features, each a linear projection and blocks of linear, optional layer norm and activation,
optionally residual, with an optional shift of the blocks' pre-activations, concatenated into a
linear head, optionally through a linear squeeze), :class:`StridedCNN` (two 3x3 convolutions of
stride 2 instead of pooling, a dense layer, a linear head) and :class:`RecurrentClassifier` (an
Elman cell or a minimal LSTM written out from linear layers and tanh/sigmoid modules, reading the
flattened sequence to its last hidden state, a linear head); every fault code could be produced
with these three models, no case fell back to the runner's built-in MLP or CNN. Every data set is
this module's own ``data.factory``: :func:`drifts`, 900 random walks of 16 steps in 2 readings
whose class is the sign pattern of the two drifts (4 classes, drift 0.3 a step under noise 0.6,
given flattened as 32 columns and read back as a sequence by the recurrent net; seed 1990);
:func:`strokes`, 5000 12x12 single-channel images of a horizontal line, a vertical line, a
diagonal, an anti-diagonal or a faint 4x4 square in noise 0.4, 2% random labels (5 classes; seed
1991); :func:`grades`, a tabular 4-class set of 8 readings (the signs of a score with a product
term and of one with a square term, 3% random labels, 1400 rows; seed 1992); :func:`heights`, a
tabular regression of 8 readings (1200 rows; seed 1993; times 250 plus 5000 with seed 1994 for the
divergence). Script cases use AdamW with weight decay 0.02, RMSprop with alpha 0.95 and SGD with
momentum 0.8 (settings no script of :mod:`.heldout196` or :mod:`.heldout197` uses) on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of 1260
to 1269. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5
or 0.9 and with Nesterov momentum 0.9. The faults, each through what its model has: divergence
under plain SGD in the two-tower net on the unscaled heights; exploding gradients in two 6-block
leaky-ReLU towers with N(0, 1) init under SGD with momentum 0.5 at LR 1e-10; dead units behind the
residual connections (the towers' block pre-activations shifted by -10, so their ReLUs never fire
and the net learns through its skips) under Adam, and the strided CNN's channels killed by plain
RMSprop at LR 0.08; a high update ratio from Adagrad at LR 2 in layer-normalised tanh towers (the
normalisation keeps the loss finite but not the steps, and the tanh units saturate); tiny learning
rates in the CNN (plain SGD at 1e-9) and the LSTM (plain RMSprop at 1e-10); vanishing gradients
through two 16-block sigmoid towers under SGD with momentum 0.9; the Elman cell's tanh saturated by
N(0, 3) init under plain RMSprop; the CNN with N(0, 0.03) init under momentum 0.9 (a slow start);
the grades sorted by label and never shuffled (SiLU towers, plain RMSprop); square error on the
Elman net's softmax under Adam; the CNN at batch 1 under Adam on 1200 images; 40 rows of the grades
under AdamW (wide tanh towers, overfit, a gap) and 30 images under Adam (the CNN, overfit, a gap);
an Elman net of one hidden unit (underfitting); the scripts: Lightning's NaN on digits (momentum)
and stuck circles (AdamW), Trainer's NaN on wine (RMSprop) and stuck iris (momentum), Keras' NaN on
moons (AdamW) and 16 rows of digits (RMSprop, overfit, a gap), TensorBoard's NaN on breast cancer
(momentum) and 8 rows of circles (AdamW, overfit, a gap), the loop's corrupt record on the sine
(RMSprop) and stuck digits (AdamW).

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
shares (the test confusion matrices' rows): 0.2643 on the grades, 0.207 on the strokes, 0.2667 on
the drifts; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.7214 (grades), 0.76
(strokes), 0.9278 (drifts); R2 0.6826 (heights), 0.6381 (the scaled heights).

Measured healthy ranges (runner): update ratio quarter means 6.7e-5 (the residual SiLU towers on
the heights) to 0.0418 (the residual layer-normalised towers under Adagrad on the grades), single
steps at most 0.379 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.54
with single steps up to 25; the ``update_ratio_low`` runs log quarter means of at most 2.3e-12 and
8e-10. Dead fraction at most 4.2% in the healthy towers and 16% in the healthy CNNs' dense layer (0
in their convolutions); the shifted towers' blocks 1.0, the killed CNN's second convolution 0.625
and dense units 0.69, the 30-image CNN's dense units 0.28, the slow start's 0.125, the exploding
run's deep blocks up to 0.083. Saturated fraction at most 0.253 (the tanh towers on the heights; at
most 0.076 in the healthy recurrent nets); the saturated Elman run's 0.83, the update-ratio run's
0.92 and 0.95, the 40-row overfit run's 0.35. Gradient norms at least 0.0082 and at most 9.5 (the
residual SiLU towers on the heights), first norms at least 0.0275 (the SiLU towers on the grades);
the vanishing run's down to 3.3e-16, the exploding run's 2874 to 2.5e4, the saturated run's up to
5.5e5, the slow start's first 2.1e-3 to 3.4e-3. The step loss's position in the epoch explains at
most 29% of the within-epoch variance over the second half in the healthy runner runs (the LSTM
under Adam) and 37% in the healthy scripts (Trainer's breast cancer); the unshuffled run 99%. The
standard deviation of the step loss's step-to-step change over the second half is at most 1.38
times its mean in the healthy runner runs (the CNN under Nesterov momentum) and 1.72 in the healthy
scripts (the loop's breast cancer); the batch-1 run's is 3.3. Healthy scores (validation): grades
0.8286-0.9071 (test 0.8393-0.9), strokes 0.919-0.952 (test 0.901-0.948), drifts 0.9167-0.9222 (test
0.9111-0.9556), heights R2 0.7534 and 0.7969; scripts: digits 0.9777 and 0.9638, wine 1.0 and 1.0,
breast cancer 0.9474, 0.9474 and 0.9561, moons 0.9531, 0.9924 and 0.9524, iris 0.9667 and 0.9667,
circles 0.9919. Every healthy run's validation loss is lowest at its end but the ReLU towers on the
grades (epoch 11 of 15, 0.02% above it), the residual SiLU towers on the heights (epoch 16 of 20,
0.1% above it), Trainer's moons (epoch 19 of 20, 0.03% above it) and Trainer's iris (epoch 19 of
20, 0.3% above it).

Changes after the first run: the first image set (5 4x4 marks at a random place in 1000 12x12
images, noise 0.35) was too hard for the strided CNN (healthy CNNs 0.295 to 0.395 against a
baseline of 0.445, training up to 0.66), and 1200 to 3000 images of it reached at most 0.72 in a
quick check, so the images became :func:`strokes` (3000 images: healthy CNNs 0.8683 to 0.9383
against a baseline of 0.9633, three of them ending 2% to 20% above their epoch-5 to epoch-7
validation minima; then 5000 images at fewer epochs: 0.919 to 0.952, each lowest at its end); every
case on the images was trained again and labelled from that run (the batch-1 run took Adam on 1200
images instead of momentum 0.9 on every image, whose step loss swung only 0.30 times its mean; the
slow start 10 epochs instead of 20, whose validation loss ended 19% above its epoch-10 minimum).
The drifts took drift 0.3 a step (from 0.22: healthy recurrent nets 0.7889 to 0.817 against a
baseline of 0.8389) and the LSTMs LR 2e-3 and 3e-3 for 10 epochs (from 5e-3 for 15: the LSTM under
Adam ended 5.4% above its epoch-6 validation loss). The healthy tanh towers on the grades (AdamW)
reached 0.7107, below the baseline (0.7214), so they became SiLU towers (0.9071). Lightning's wine
(momentum at LR 0.01, then 5e-3) ended 12% and 5% above its epoch-12 validation loss, so LR 2e-3
(lowest at the end); Trainer's moons (AdamW at LR 2e-3) 1.3% above its epoch-14 minimum, so LR
1e-3; Trainer's iris (momentum at LR 0.02) 3.2% above its epoch-16 minimum, so LR 0.01; Keras'
circles (RMSprop at LR 5e-4) 0.9% above its epoch-14 minimum, so LR 3e-4; Keras' wine (AdamW at LR
1e-3) 12.8% above its epoch-13 minimum, so LR 5e-4; the loop's moons (momentum at LR 0.02, then
0.01, 15 epochs) 51% and 32% above its epoch-11 minimum, so LR 5e-3, batch 30 and 12 epochs (lowest
at the end).

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 5, 1.630), so
``divergence`` is allowed there and the verdict is a training problem; the exploding run's loss is
2.68e4 at every epoch, far above ln 4 from its first step, and its verdict is a failure; the test
predictions fall in one class in the exploding run (96%), the killed CNN (100%) and the vanishing
run (100%), so ``predictions_collapsed`` is expected there, allowed in the update-ratio run (66%),
and neither expected nor allowed in the stuck CNN (57%), the stuck LSTM (45%), the saturated run
(29%) or the one-unit run (51%); the exploding run (0.2643), the killed CNN (0.2), the stuck CNN
(0.187), the vanishing run (0.2607) and the saturated run (0.2556) score within 0.05 of the
majority share (``at_chance`` expected), the stuck LSTM 0.5444 at its initial weights (neither);
Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck circles (0.5) and the
loop's stuck digits (0.1448, 0.045 above 0.1003) expect ``at_chance``, Trainer's NaN wine (0.3333
against 0.3889), TensorBoard's NaN breast cancer (0.3684 against 0.6316) and TensorBoard's 8 rows
of circles (0.5538) allow it, and Trainer's stuck iris (0.5 against 1/3) neither; the shifted
towers end flat at 0.6536 (training 0.6786), below the baseline, so ``underfitting`` is expected
beside ``dead_relu``; the saturated run's epoch loss falls 0.5% (``not_training`` expected); the
unshuffled run's and the batch-1 run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the overfit runs' validation losses end 3.05 (40 rows), 1.72 (30
images), 1.6 (Keras' 16 rows) and 3.5 (TensorBoard's 8 rows) times their early minima, so
``overfitting`` is expected beside ``generalisation_gap``; the update-ratio run's tanh units
saturate far beyond the healthy runs (``saturated_activation`` expected); the slow start sat at ln
5 for 3 epochs, so ``slow_start`` is expected.

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


def drifts(n: int = 900, steps: int = 16, noise: float = 0.6, drift: float = 0.3,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings, each
    reading drifting up or down by ``drift`` a step under Gaussian steps of ``noise`` from a
    random start; the class is the sign pattern of the two drifts (4 classes: up-up, up-down,
    down-up, down-down). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    signs = np.stack([np.where(y // 2 == 0, 1.0, -1.0), np.where(y % 2 == 0, 1.0, -1.0)], 1)
    moves = drift * signs[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    start = rng.normal(0.0, 1.0, (n, 1, 2))
    x = start + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


def strokes(n: int = 3000, noise: float = 0.4, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one simple mark each (5
    classes: a full-width horizontal line at a random row, a full-height vertical line at a
    random column, a diagonal and an anti-diagonal shifted by up to 2 columns, a faint 4x4
    square (brightness 0.7) at a random place), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 5, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    idx = np.arange(12)
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
            x[i, 0, r:r + 4, c:c + 4] += 0.7
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 5, int(noisy.sum()))
    return x.astype(np.float32), y


def grades(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus the sign of one with a square term
    (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] + 0.8 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] - 0.6 * x[:, 4] ** 2 + 0.6
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def heights(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two, a square of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + 0.5 * x[:, 3] ** 2 + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _Tower(nn.Module):
    """A linear projection, then ``depth`` blocks (linear, optional layer norm, activation),
    each added to its input with ``skip``; the blocks' biases start at ``bias_shift``."""

    def __init__(self, n_in: int, width: int, depth: int, activation: str, skip: bool,
                 norm: bool, bias_shift: float) -> None:
        super().__init__()
        self.proj = nn.Linear(n_in, width)
        self.lins = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.skip = skip
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj(x)
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            a = act(norm(lin(h)) + self.bias_shift)
            h = h + a if self.skip else a
        return h


class TwoTower(nn.Module):
    """Two MLP towers over the two halves of the features, concatenated into a linear head
    (through a linear squeeze of ``bottleneck`` units when given)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 depth: int = 1, activation: str = "relu", skip: bool = False,
                 norm: bool = False, bias_shift: float = 0.0,
                 bottleneck: int | None = None) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.half = n_in // 2
        self.left = _Tower(self.half, width, depth, activation, skip, norm, bias_shift)
        self.right = _Tower(n_in - self.half, width, depth, activation, skip, norm, bias_shift)
        self.squeeze = nn.Linear(2 * width, bottleneck) if bottleneck else None
        self.head = nn.Linear(bottleneck or 2 * width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = torch.cat([self.left(x[:, :self.half]), self.right(x[:, self.half:])], 1)
        return self.head(self.squeeze(h) if self.squeeze is not None else h)


class StridedCNN(nn.Module):
    """Two strided 3x3 convolutions (stride 2, no pooling), a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, stride=2, padding=1)
        self.act1 = _ACTS[activation]()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, stride=2, padding=1)
        self.act2 = _ACTS[activation]()
        side = ((h + 1) // 2 + 1) // 2, ((w + 1) // 2 + 1) // 2
        self.fc = nn.Linear(channels[1] * side[0] * side[1], dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act2(self.conv2(self.act1(self.conv1(x))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class RecurrentClassifier(nn.Module):
    """A recurrent net written out from linear layers: an Elman cell (``cell="elman"``: tanh of
    the input and hidden projections) or a minimal LSTM (``cell="lstm"``: sigmoid input, forget
    and output gates, whose pre-activations start shifted by ``gate_bias``, a tanh candidate and
    a tanh of the cell); it reads the flattened sequence of ``features`` readings a step to its
    last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, cell: str = "elman", gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden, self.cell = features, hidden, cell
        self.steps = int(np.prod(input_shape)) // features
        k = 4 if cell == "lstm" else 1
        self.wx = nn.Linear(features, k * hidden)
        self.wh = nn.Linear(hidden, k * hidden, bias=False)
        self.squash = nn.Tanh()
        if cell == "lstm":
            self.gate = nn.Sigmoid()
            self.cell_act = nn.Tanh()
            self.gate_bias = gate_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            if self.cell == "lstm":
                n = self.hidden
                gates = self.gate(z[:, :3 * n] + self.gate_bias)
                i, f, o = gates[:, :n], gates[:, n:2 * n], gates[:, 2 * n:]
                c = f * c + i * self.squash(z[:, 3 * n:])
                h = o * self.cell_act(c)
            else:
                h = self.squash(z)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout199"
DR = _factory(f"{HERE}:drifts", seed=1990)
MK = _factory(f"{HERE}:strokes", n=5000, seed=1991)
GR = _factory(f"{HERE}:grades", seed=1992)
HT = _factory(f"{HERE}:heights", seed=1993)
HT_RAW = _factory(f"{HERE}:heights", scale=250.0, shift=5000.0, seed=1994)


def _tt(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TwoTower", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:StridedCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RecurrentClassifier", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.02}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.95."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8}, **kw)


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
    Case("h199_divergence_heights_raw_twotower_sgd", "the heights regression times 250 plus "
         "5000 (targets unscaled), two ReLU towers of 20, plain SGD at LR 0.01, batch 24",
         {"data": HT_RAW, "model": _tt(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.7e7 at the first step and Inf from step 2, where the run "
                      "stops"),
         verdict="failed"),
    Case("h199_exploding_grades_twotower_d6_leaky_std1", "two 6-block leaky-ReLU towers of 24 "
         "with N(0, 1) init on the grades, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GR, "model": {**_tt(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 2.68e4 at every epoch; every gradient norm 2874 to 2.5e4 "
                      "(healthy at most 9.5); quarter-mean update ratios up to 2.5e-7, a side "
                      "effect of the LR; up to 8.3% of a deep block's units logged dead; accuracy "
                      "0.2643 at the majority share (0.2643), 96% of the test predictions in one "
                      "class"), verdict="failed"),
    Case("h199_dead_relu_grades_twotower_skip_shift10", "two residual ReLU towers of 24 (2 "
         "blocks) whose blocks' pre-activations are shifted by -10, so their ReLUs never fire "
         "and the net learns through its skips, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": GR, "model": _tt(width=24, depth=2, skip=True, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=(), why_allowed=("every unit of the four "
                                                                      "blocks logged dead (healthy "
                                                                      "at most 4.2%), the net "
                                                                      "learning through its skips "
                                                                      "alone: accuracy 0.6536 "
                                                                      "(training 0.6786) below the "
                                                                      "baseline (0.7214) and the "
                                                                      "healthy runs (0.8286 and "
                                                                      "up), its epoch loss flat "
                                                                      "(0.8655 to 0.8672) and the "
                                                                      "validation loss 0.7% above "
                                                                      "its epoch-13 minimum"),
         verdict=TP),
    Case("h199_dead_relu_strokes_cnn_rmsprop_lr008", "the strided CNN (8, 16 channels, 32 dense) "
         "on the strokes, plain RMSprop at LR 0.08, batch 28",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.59 to 3603 in epoch 1 (epoch loss 36.3), then "
                      "sits near ln 5 (1.623 and 1.630), so the blow-up passed; gradient norms 0 to"
                      " 1397 and single update ratios up to 15 (healthy at most 0.38); 62.5% of the"
                      " second convolution's channels and 69% of the dense units logged dead "
                      "(healthy 0 and at most 16%); accuracy 0.2 at the majority share (0.207), "
                      "every test prediction in one class"), verdict=TP),
    Case("h199_update_ratio_high_grades_twotower_norm_tanh_adagrad", "two layer-normalised "
         "tanh towers of 24 on the grades, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": GR, "model": _tt(width=24, depth=1, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.54, single "
                      "steps up to 25; healthy at most 0.042 and 0.38), and 92% and 95% of the tanh"
                      " units saturate (healthy at most 25%): the layer norm keeps the loss finite "
                      "but the run swings (epoch losses 14.2, 2.02, 2.15, 1.58, 1.16; the "
                      "validation loss ends 3.6 times its epoch-7 minimum); accuracy 0.4929 "
                      "(training 0.5024); 66% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h199_update_ratio_low_strokes_cnn_sgd_lr1e9", "the strided CNN on the strokes, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.616 at every epoch; quarter-mean update "
                                         "ratios at most 2.3e-12 (healthy at least 6.7e-5); "
                                         "accuracy 0.187 against a majority share of 0.207; 57% of "
                                         "the test predictions in one class"), verdict=TP),
    Case("h199_update_ratio_low_drifts_lstm_rmsprop_lr1e10", "the LSTM of 16 on the drifts, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": DR, "model": _rnn(cell="lstm", hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.319 at every epoch; quarter-mean update "
                                         "ratios at most 8e-10 (healthy at least 6.7e-5); accuracy "
                                         "0.5444 at its initial weights, far above the majority "
                                         "share (0.2667), far below the healthy runs (0.9167 and "
                                         "up); 45% of the test predictions in one class"),
         verdict=TP),
    Case("h199_vanishing_grades_twotower_d16_sigmoid_momentum9", "two 16-block sigmoid towers "
         "of 12 on the grades, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": GR, "model": _tt(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 3.3e-16 (healthy at least 0.0082); the "
                      "last blocks still move (quarter-mean update ratios up to 0.041) but the "
                      "epoch loss stays at 1.40 (ln 4 is 1.386); accuracy 0.2607 at the majority "
                      "share (0.2643), every test prediction in one class"), verdict=TP),
    Case("h199_saturated_drifts_elman_std3_rmsprop", "the Elman net of 16 with N(0, 3) init "
         "on the drifts, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": DR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("83% of the Elman cell's tanh outputs saturated (healthy at most 25%); the "
                      "epoch loss 9.67 to 9.62 (0.5% lower), far above ln 4; the huge weights give "
                      "gradient norms up to 5.5e5 (healthy at most 9.5), a side effect of the N(0, "
                      "3) init; accuracy 0.2556 against a majority share of 0.2667; 29% of the test"
                      " predictions in one class"), verdict=TP),
    Case("h199_slow_start_strokes_cnn_std003_momentum9", "the strided CNN with N(0, 0.03) init "
         "on the strokes, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.611, 1.614, 1.606) for the first 3 epochs, "
                      "then falls (0.121 at epoch 10, the validation loss 0.2% above its epoch-9 "
                      "minimum); first gradient norms 2.1e-3 to 3.4e-3 (healthy first norms at "
                      "least 0.0275); up to 12.5% of the dense units logged dead (healthy up to "
                      "16%); accuracy 0.967 (test 0.954), about the healthy runs"), verdict=TP),
    Case("h199_unshuffled_grades_twotower_silu_rmsprop", "the grades sorted by label, never "
         "shuffled, two SiLU towers of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GR, "order": "by_label", "shuffle": False},
          "model": _tt(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runner runs at most 29%); accuracy 0.4357 (training "
                      "0.4476), far below the healthy runs (0.8286 and up), with the epoch loss "
                      "still falling (1.331 to 1.324) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h199_mse_softmax_drifts_elman_adam", "the drifts trained with square error on the "
         "softmax, the Elman net of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9111 (test 0.9444) like the healthy "
                      "runs; the validation loss 1.5% above its epoch-9 minimum"), verdict=TP),
    Case("h199_noisy_strokes_cnn_b1_adam", "1200 of the strokes one image at a time (batch 1), the "
         "strided CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**MK, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 3.3 times its mean over the second half (healthy runner"
                      " runs at most 1.38, healthy scripts 1.72), up to 10 from near 0; single-"
                      "image gradients up to 24.6 (healthy at most 9.5); accuracy 0.911 (training "
                      "0.9567) with the epoch loss falling from 1.069 to 0.361 and the validation "
                      "loss from 0.618 to 0.347 in the second epoch"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h199_overfit_grades_subset40_twotower_tanh_adamw", "40 rows of the grades, two tanh "
         "towers of 160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GR, "subset": 40},
          "model": _tt(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5821 (training 1.0; the healthy runs 0.8286 "
                      "and up); the validation loss lowest at epoch 1 of 150, 3.05 times it at the "
                      "end; up to 35% of the second block's tanh units saturated (healthy up to "
                      "25%); the epoch loss at 2.6e-4 gives gradients down to 5.3e-5"), verdict=GP),
    Case("h199_gap_strokes_subset30_cnn_adam", "30 images of the strokes, the strided CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.513 (training 1.0; the healthy CNNs 0.919 "
                      "and up); the validation loss lowest at epoch 5 of 100 (1.452), 1.72 times it"
                      " at the end; 25% of the dense units logged dead at the end (healthy up to "
                      "16%)"), verdict=GP),
    Case("h199_underfit_drifts_elman_one_unit_adam", "the drifts through an Elman net of 1 "
         "hidden unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": DR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold two drifts: accuracy 0.4722 (training 0.4852; "
                      "healthy 0.9167 and up), the epoch loss falling 1.1% over the last epoch and "
                      "the validation accuracy down from 0.4944 two epochs before the end; 51% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h199_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 at LR 1e20, 1260 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1260,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h199_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.02) at LR 1e-10, 1261 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(1261,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7475 at every epoch; accuracy 0.5 (training 0.5) at its "
                      "initial weights, the majority share"), verdict=TP),
    Case("h199_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.95) at LR 1e20 (decaying linearly), 1262 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1262,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h199_hf_trainer_iris_momentum8_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.8 at LR 1e-10 (decaying linearly), 1263 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1263,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9994 at every evaluation; accuracy 0.5 at its initial "
                      "weights, 0.167 above 1/3, far below the healthy iris runs (0.9667)"),
         verdict=TP),
    Case("h199_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (weight decay 0.02) at LR 1e20, 1264 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1264,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h199_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1265 "
         "units, RMSprop (alpha 0.95) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1265,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9638 and up); the validation loss lowest at epoch 3 of 120, 1.6 "
                      "times it at the end"), verdict=GP),
    Case("h199_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 at LR 1e20, 1266 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1266,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h199_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1267 units, AdamW (weight decay 0.02) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1267,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.5538, 0.054 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150, 3.5 "
                      "times it at the end; the step loss near 0 swings 1.33 times its mean"),
         verdict=GP),
    Case("h199_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95) at LR 1e-4, 1268 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1268,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h199_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (weight "
         "decay 0.02) at LR 1e-10, 1269 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1269,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.324 at every epoch; accuracy 0.1448, 0.045 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy199_grades_twotower_relu_adam",
       {"data": GR, "model": _tt(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy199_grades_twotower_silu_adamw",
       {"data": GR, "model": _tt(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy199_grades_twotower_leaky_rmsprop",
       {"data": GR, "model": _tt(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy199_grades_twotower_elu_momentum9",
       {"data": GR, "model": _tt(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy199_grades_twotower_skip_norm_adagrad",
       {"data": GR, "model": _tt(width=24, depth=2, skip=True, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy199_heights_twotower_tanh_adam",
       {"data": HT, "model": _tt(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy199_heights_twotower_skip_silu_adamw",
       {"data": HT, "model": _tt(width=24, depth=2, skip=True, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy199_strokes_cnn_relu_adam",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy199_strokes_cnn_leaky_adamw",
       {"data": MK, "model": _cnn(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy199_strokes_cnn_elu_rmsprop",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy199_strokes_cnn_relu_nesterov9",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy199_drifts_elman_adam",
       {"data": DR, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy199_drifts_lstm_adam",
       {"data": DR, "model": _rnn(cell="lstm", hidden=16),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 27}}),
    _h("healthy199_drifts_elman_rmsprop",
       {"data": DR, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy199_drifts_lstm_adamw",
       {"data": DR, "model": _rnn(cell="lstm", hidden=12),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _hs("healthy199_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1260,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy199_lightning_wine_momentum8",
        lightning_run(_mom("wine", hidden=(1261,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy199_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1262,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy199_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1263,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy199_hf_trainer_iris_momentum8",
        hf_trainer_run(_mom("iris", hidden=(1264,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy199_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1265,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy199_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1266,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy199_keras_breast_cancer_momentum8",
        keras_run(_mom("breast_cancer", hidden=(1267,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy199_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1268,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy199_tensorboard_digits_momentum8",
        tensorboard_run(_mom("digits", hidden=(1269,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy199_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1260,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy199_plain_moons_momentum8",
        plain_run(_mom("moons", hidden=(1264,), lr=0.005, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy199_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1266,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
