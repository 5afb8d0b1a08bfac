"""The two-hundred-and-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout209` (not looked at), after the measurement of
:mod:`.heldout204` to :mod:`.heldout207`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`Siren` (a SIREN-style MLP: linear layers with sine activations,
``sin(w0 x)`` with w0 3 in the first layer and 1 after it, and the SIREN initialisation, then a
linear head; its ReLU variant, the same net with ReLU modules and PyTorch's initialisation, serves
the divergence, the exploding gradients and one healthy run), :class:`CoordConv` (two coordinate
channels, row and column from -1 to 1, concatenated to the input of each of two 3x3 ReLU
convolutions, each followed by 2x2 max pooling, a dense ReLU layer and a linear head) and
:class:`StatPool` (a statistics-pooling sequence classifier: the flattened sequence read back as
steps, a shared per-step MLP, then the mean and the standard deviation of its outputs over the
steps, concatenated into a linear head); every fault code could be produced with these three
models, no case fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`ripples`, a tabular regression of 6 readings (a sine ripple of the radius
of two readings, a sine of a third, a product of two more; 1400 rows; seed 2080; times 300 plus
4000 with seed 2081 for the divergence); :func:`bands`, a tabular 4-class set of 8 readings (the
signs of a sine score and of a product-plus-cosine score, 3% random labels, 1500 rows; seed 2082);
:func:`blots`, 5000 12x12 single-channel images of two 2x2 blots in noise 0.4 whose class is how
they lie to each other (in the same top/bottom half or not, in the same left/right half or not: 4
classes, 2% random labels; seed 2083), a relation no single pixel tells, which the coordinate
channels serve; :func:`pulses`, 1000 sequences of 20 steps in 2 readings whose class is the first
reading's level (+-0.5 under noise 0.8) and the second's spread (0.6 or 1.4), given flattened as 40
columns (4 classes; seed 2084), which only a statistic over the steps tells. Script cases use Adam
with betas (0.95, 0.999), SGD with momentum 0.5 and RMSprop with alpha 0.8 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 1350 to 1359.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and
with Nesterov momentum 0.9; schedules constant, cosine, exponential (gamma 0.8 and 0.85) and step
(every 5 or 6 epochs).

The faults, each through what its model has: divergence under plain SGD in the SIREN's ReLU variant
on the unscaled ripples; exploding gradients in the ReLU variant of 6 layers with N(0, 1) init
under SGD with momentum 0.5 at LR 1e-10; dead units in the CoordConv CNN killed by plain RMSprop at
LR 0.08, and in the statistics-pooling net whose per-step pre-activations are shifted by -10
(Adam); a high update ratio from Adagrad at LR 2 in the SIREN (the sines keep the activations
bounded, not the steps); tiny learning rates in the CNN (plain SGD at 1e-9) and the statistics-
pooling net (plain RMSprop at 1e-10); vanishing gradients through a 16-layer sigmoid per-step MLP
under SGD with momentum 0.9; its tanh per-step MLP saturated by N(0, 3) init under plain RMSprop;
the statistics-pooling net with N(0, 0.01) init under momentum 0.9 (a slow start); the bands sorted
by label and never shuffled (the SIREN, plain RMSprop); square error on the statistics-pooling
net's softmax under Adam; the pulses at batch 1 under Adam; the statistics-pooling net stopped
after 4 epochs of plain SGD (not converged); 40 rows of the bands under AdamW (a SIREN of 160,
overfit, a gap) and 200 images under Adam (the CNN, overfit, a gap); a SIREN of one unit
(underfitting); the scripts: Lightning's NaN on digits (momentum) and stuck circles (Adam),
Trainer's NaN on wine (RMSprop) and stuck iris (momentum), Keras' NaN on moons (Adam) and 16 rows
of digits (RMSprop, overfit, a gap), TensorBoard's NaN on breast cancer (momentum) and 8 rows of
circles (Adam, overfit, a gap), the loop's corrupt record on the sine (RMSprop) and stuck digits
(Adam).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into fresh stores (one for the faults, one for the healthy runs, trained
side by side; the cases left unchanged gave the same numbers); the numbers below are from those
stores. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2633 on the bands, 0.267 on the blots, 0.275 on the
pulses; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.5533 (bands), 0.283
(blots; 0.292 on 200 of them), 0.545 (pulses); R2 0.5606 (ripples), 0.4318 (the unscaled ripples).

Measured healthy ranges (runner): update ratio quarter means 6.5e-5 (the SIREN under momentum on
the bands) to 0.054 (the SIREN under RMSprop on the bands), single steps at most 0.42 (the ELU
statistics-pooling net under Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.67
with single steps up to 27.5; the ``update_ratio_low`` runs log quarter means of at most 2.6e-11
and 1.3e-9. Dead fraction 0 in the healthy statistics-pooling nets and in the CNNs' first
convolution, at most 22% in their second convolution, up to 82.5% in their dense layer during a run
(0.05 to 0.6 at the end: the relational task leaves many dense units silent) and 17% in the ReLU
SIREN on the ripples; the killed CNN's second convolution 0.84 and dense units 0.875, the shifted
statistics-pooling net's per-step units 1.0, the exploding run's one deep layer 0.21. Saturated
fraction at most 0.024 (the tanh statistics-pooling net); the saturated run's 0.82 and 0.46.
Gradient norms at least 0.0108 (the CNN under AdamW) and at most 8.95 (the ReLU SIREN on the
ripples), first norms at least 0.0205 (the two-layer statistics-pooling net); the vanishing run's
down to 1.9e-15, the exploding run's 549 to 2220, the slow start's first 0.0086 to 0.011. The step
loss's position in the epoch explains at most 28% of the within-epoch variance over the second half
in the healthy runner runs (the CNN under Adam) and 22% in the healthy scripts (TensorBoard's
digits); the unshuffled run 99.6%. The standard deviation of the step loss's step-to-step change
over the second half is at most 0.98 times its mean in the healthy runner runs (the CNN under
Nesterov momentum) and 1.92 in the healthy scripts (the loop's breast cancer, its loss near 0); the
batch-1 run's is 2.41. Healthy scores (validation): bands 0.8367-0.8867 (test 0.8733-0.92), blots
0.854-0.895 (test 0.895-0.922), pulses 0.95-0.99 (test 0.945-0.99), ripples R2 0.7852-0.8432 (test
0.8244-0.8559); scripts: digits 0.9777 and 0.9694, wine 1.0 and 1.0, breast cancer 0.9474, 0.9474
and 0.9649, moons 0.9531, 1.0 and 0.9444, iris 0.9667 and 0.9667, circles 0.9919. Every healthy
run's validation loss is lowest at its end but the SIREN under momentum on the bands (epoch 19 of
20, 0.02% above it), the ReLU SIREN on the ripples (epoch 28 of 30, 0.13% above it), the CNN under
Nesterov momentum (epoch 7 of 8, 0.03% above it) and Trainer's iris (epoch 19 of 20, 0.2% above
it).

Changes after the first run: the first image set (one bright 3x3 blot in one of five places, 3000
images, noise 0.45) was a template task a linear baseline solved (0.98, the CNNs 0.985, their
validation losses 0.4% to 2.5% above their epoch-3 and epoch-4 minima), so :func:`blots` became two
blots whose relation is the class (5000 images), the CNN grew to 16 and 32 channels with 48 dense
units, its healthy runs took LR 2e-3 (Adam, AdamW), 0.03 (Nesterov) and RMSprop with exponential
decay 0.85 (from 0.75, which reached 0.668); on it the CNN with N(0, 0.03) init under momentum
never left ln 4 in 10 epochs and the CNN at batch 1 stayed at ln 4 too (its step loss swung 0.06
times its mean), so the slow start and the noisy loss moved to the statistics-pooling net, and 30
images (accuracy 0.262, at chance) became 200 images. The divergence under plain SGD in the sine
SIREN only fell (1.05e7 to 9.5e5; the bounded sines keep the head's curvature low), also at LR 0.2,
so it took the ReLU variant. The healthy SIREN under RMSprop at LR 1e-3 reached 0.67 and the ReLU
SIREN under momentum on the bands 0.7433 (then 0.8233 at width 64, 3.9% above its epoch-14 minimum;
AdamW 0.7567), against 0.8533 under Adam, so RMSprop took LR 3e-3 (0.8467) and the momentum run the
sine SIREN at LR 0.01 for 20 epochs (at LR 0.03 4.1% above its epoch-10 minimum); the ReLU SIREN on
the ripples (width 48, 20 epochs: R2 0.7573) took width 64 and 30 epochs. The SIREN of one unit at
LR 3e-3 for 15 epochs still improved at its end (0.4667, the validation loss falling 3.4% in the
last epoch), so it took LR 1e-2 for 25 epochs. Trainer's iris (momentum at LR 0.02) ended 0.6%
above its epoch-19 minimum, so LR 0.01.

Labels from the metrics: the divergence run stops at its first Inf (step 4), FAILED; the exploding
run's loss is 1589 at every epoch, far above ln 4 from its first step, and its verdict is a
failure; the test predictions fall in one class in the killed CNN (100%), the shifted statistics-
pooling net (100%), both stuck runs (99.4% and 100%), the vanishing run (100%) and the saturated
run (96.5%), so ``predictions_collapsed`` is expected there, and neither expected nor allowed in
the exploding run (57%), the update-ratio run (31%), the unshuffled run (43%), the not-converged
run (47%) or the one-unit run (53%); the exploding run (0.2667), the killed CNN (0.255), the
shifted net (0.275), the update-ratio run (0.2533), both stuck runs (0.259, 0.25), the vanishing
run (0.275) and the saturated run (0.235) score within 0.05 of the majority share (``at_chance``
expected); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck circles (0.5)
and the loop's stuck digits (0.1309) expect ``at_chance``, Trainer's NaN wine (0.3333 against
0.3889), TensorBoard's NaN breast cancer (0.3684 against 0.6316) and TensorBoard's 8 rows of
circles (0.5769) allow it, and Trainer's stuck iris (0.6 against 1/3) neither; the shifted net's
and the vanishing run's epoch losses fall 0.5% and 0.9%, the saturated run's 4.4% (``not_training``
expected); the unshuffled run's, the batch-1 run's and the stopped run's loss still falls with the
validation loss lowest at the end (``not_converged`` expected); the one-unit SIREN ends flat at
0.4633, below the baseline (``underfitting``); the overfit runs' validation losses end 1.9 (40
rows), 1.48 (200 images), 1.58 (Keras' 16 rows) and 3.1 (TensorBoard's 8 rows) times their early
minima, so ``overfitting`` is expected beside ``generalisation_gap``; the slow start sat at ln 4
for 3 epochs, so ``slow_start`` is expected.

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

import math
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


def ripples(n: int = 1400, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 6 readings, the target a ripple of the first
    two (a sine of their radius times a cosine of the first), a sine of the third, a product of
    the fourth and fifth, the sixth unused, plus noise 0.25; times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 6))
    r = np.sqrt(x[:, 0] ** 2 + x[:, 1] ** 2)
    y = (2.0 * np.sin(2.0 * r) * np.cos(x[:, 0]) + 1.5 * np.sin(2.0 * x[:, 2])
         + 0.7 * x[:, 3] * x[:, 4] + rng.normal(0.0, 0.25, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def bands(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a sine
    of reading 0 plus half reading 1, times 2, plus the sign of reading 2 times reading 3
    shifted by a cosine of reading 4; readings 5 to 7 are noise; a share ``flip`` of the labels
    is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = np.sin(2.0 * x[:, 0]) + 0.5 * x[:, 1]
    s2 = x[:, 2] * x[:, 3] + 0.8 * np.cos(1.5 * x[:, 4]) - 0.4
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def blots(n: int = 5000, noise: float = 0.4, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of two bright 2x2 blots each at
    random places that do not overlap; the class is how they lie to each other (4 classes: in
    the same top/bottom half or not, times 2, plus in the same left/right half or not), a task
    of relative position no single pixel tells, in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = np.zeros(n, dtype=int)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    for i in range(n):
        while True:
            (r1, c1), (r2, c2) = rng.integers(0, 11, (2, 2))
            if abs(int(r1) - int(r2)) >= 2 or abs(int(c1) - int(c2)) >= 2:
                break
        x[i, 0, r1:r1 + 2, c1:c1 + 2] += 1.0
        x[i, 0, r2:r2 + 2, c2:c2 + 2] += 1.0
        # a blot's centre (its corner + 0.5) above or left of the image's centre line (5.5)
        y[i] = 2 * int((r1 < 5) == (r2 < 5)) + int((c1 < 5) == (c2 < 5))
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def pulses(n: int = 1000, steps: int = 20, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings; the
    class is whether the first reading's level is high or low and whether the second's spread
    is wide or narrow (4 classes: level +-0.5 under noise 0.8; spread 0.6 or 1.4), so only a
    statistic over the steps tells it. Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    level = np.where(y // 2 == 0, 0.5, -0.5)
    spread = np.where(y % 2 == 0, 1.4, 0.6)
    first = level[:, None] + rng.normal(0.0, 0.8, (n, steps))
    second = rng.normal(0.0, 1.0, (n, steps)) * spread[:, None]
    x = np.stack([first, second], 2)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class Sine(nn.Module):
    """``sin(w0 * x)``, the SIREN activation."""

    def __init__(self, w0: float) -> None:
        super().__init__()
        self.w0 = w0

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sin(self.w0 * x)

    def extra_repr(self) -> str:
        return f"w0={self.w0}"


class Siren(nn.Module):
    """A SIREN-style MLP: ``depth`` linear layers of ``width`` with sine activations (``w0`` in
    the first layer, ``w0_hidden`` after it) and the SIREN initialisation (the first layer
    uniform in +-1/fan_in, the others in +-sqrt(6/fan_in)/w0_hidden), then a linear head. With
    ``activation`` "relu" (or another name) the same net has that activation and PyTorch's
    initialisation; ``bias_shift`` is added to every hidden pre-activation."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, w0: float = 3.0, w0_hidden: float = 1.0,
                 activation: str = "sine", bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        if activation == "sine":
            self.acts = nn.ModuleList(Sine(w0 if i == 0 else w0_hidden) for i in range(depth))
            with torch.no_grad():
                for i, lin in enumerate(self.lins):
                    bound = (1.0 / lin.in_features if i == 0
                             else math.sqrt(6.0 / lin.in_features) / w0_hidden)
                    lin.weight.uniform_(-bound, bound)
        else:
            self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        return self.head(h)


class CoordConv(nn.Module):
    """A CoordConv CNN: two coordinate channels (row and column, -1 to 1) concatenated to the
    input, then two blocks of a 3x3 convolution (the second also seeing the coordinates again),
    ReLU and 2x2 max pooling, a dense ReLU layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (16, 32), dense: int = 48) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c + 2, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool1 = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0] + 2, channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.pool2 = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = nn.ReLU()
        self.head = nn.Linear(dense, n_outputs)

    @staticmethod
    def _coords(x: torch.Tensor) -> torch.Tensor:
        b, _, h, w = x.shape
        rows = torch.linspace(-1.0, 1.0, h, device=x.device).view(1, 1, h, 1).expand(b, 1, h, w)
        cols = torch.linspace(-1.0, 1.0, w, device=x.device).view(1, 1, 1, w).expand(b, 1, h, w)
        return torch.cat([x, rows, cols], 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.act1(self.conv1(self._coords(x))))
        h = self.pool2(self.act2(self.conv2(self._coords(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class StatPool(nn.Module):
    """A statistics-pooling sequence classifier: the flattened sequence of ``features``
    readings a step is read back as steps; a shared per-step MLP (``depth`` linear layers of
    ``width`` with ``activation``, pre-activations shifted by ``bias_shift``), then the mean and
    the standard deviation of its outputs over the steps, concatenated into a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 width: int = 16, depth: int = 1, activation: str = "relu",
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.lins = nn.ModuleList(nn.Linear(features if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(2 * width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.reshape(x.shape[0], self.steps, self.features)
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        mean = h.mean(1)
        std = torch.sqrt(h.var(1, unbiased=False) + 1e-5)
        return self.head(torch.cat([mean, std], 1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout208"
RP = _factory(f"{HERE}:ripples", seed=2080)
RP_RAW = _factory(f"{HERE}:ripples", scale=300.0, shift=4000.0, seed=2081)
BD = _factory(f"{HERE}:bands", seed=2082)
BL = _factory(f"{HERE}:blots", seed=2083)
PU = _factory(f"{HERE}:pulses", seed=2084)


def _sir(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Siren", "args": args}


def _cc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CoordConv", "args": args}


def _sp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:StatPool", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.95, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.95, 0.999)}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.8."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.8}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.5."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.5}, **kw)


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
    Case("h208_divergence_ripples_raw_siren_relu_sgd", "the ripples times 300 plus 4000 "
         "(targets unscaled), the SIREN's ReLU variant of 24, plain SGD at LR 0.01, batch 26",
         {"data": RP_RAW, "model": _sir(width=24, activation="relu"),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.8e7 at the first step, 2e22 at step 3 and Inf at step 4, "
                      "where the run stops (FAILED)"), verdict="failed"),
    Case("h208_exploding_bands_siren_relu_d6_std1", "the SIREN's ReLU variant, 6 layers of 24 "
         "with N(0, 1) init, on the bands, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": BD, "model": {**_sir(width=24, depth=6, activation="relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1589 at every epoch (ln 4 is 1.386); every gradient norm 549"
                      " to 2220 (healthy at most 8.95); quarter-mean update ratios at most 2.2e-8,"
                      " a side effect of the LR; up to 21% of one deep layer's units logged dead; "
                      "accuracy 0.2667 at the majority share (0.2633); 57% of the test predictions"
                      " in one class; the loss far above ln 4 from its first step"),
         verdict="failed"),
    Case("h208_dead_relu_blots_coordconv_rmsprop_lr008", "the CoordConv CNN (16, 32 channels, "
         "48 dense) on the blots, plain RMSprop at LR 0.08, batch 28",
         {"data": BL, "model": _cc(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 3.5e5 in epoch 1 (epoch loss 3240), then "
                      "sits near ln 4 (1.391, 1.396), so the blow-up passed; gradient norms up to "
                      "7.2e4 and single update ratios up to 20 (healthy at most 8.95 and 0.42); "
                      "84% of the second convolution's channels logged dead (healthy at most 22%) "
                      "and 87.5% of the dense units (the healthy CNNs' dense layers up to 82.5%); "
                      "accuracy 0.255 at the majority share (0.267), every test prediction in one "
                      "class"), verdict=TP),
    Case("h208_dead_relu_pulses_statpool_shift10", "the statistics-pooling net (per-step ReLU "
         "MLP of 16) whose pre-activations are shifted by -10, so its ReLUs never fire, Adam at "
         "LR 2e-3, batch 25, 8 epochs",
         {"data": PU, "model": _sp(width=16, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every per-step unit logged dead (healthy 0), so both statistics are "
                      "constant and only the head's bias learns: gradient norms 0 in the per-step "
                      "layer and its update ratio 0; the epoch loss 1.392 to 1.385 (0.5% lower), "
                      "below the baseline (0.545) and the healthy runs; accuracy 0.275 at the "
                      "majority share (0.275), every test prediction in one class"), verdict=TP),
    Case("h208_update_ratio_high_bands_siren_adagrad_lr2", "the SIREN of 32 (2 layers) on the "
         "bands, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BD, "model": _sir(width=32),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.67, single "
                      "steps up to 27.5; healthy at most 0.054 and 0.42); the sines keep the "
                      "activations bounded but the run never learns: epoch losses 4.45, 2.22, "
                      "2.02, 1.83, 1.79, 1.75, 1.70, 1.71, above ln 4 and the first step (1.455), "
                      "the validation loss 1.70 lowest at the end; gradient norms up to 249 "
                      "(healthy at most 8.95); accuracy 0.2533 at the majority share (0.2633); 31%"
                      " of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h208_update_ratio_low_blots_coordconv_sgd_lr1e9", "the CoordConv CNN on the blots, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": BL, "model": _cc(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.398 at every epoch; quarter-mean update ratios at most "
                      "2.6e-11 (healthy at least 6.5e-5); accuracy 0.259 at the majority share "
                      "(0.267), 99.4% of the test predictions in one class"), verdict=TP),
    Case("h208_update_ratio_low_pulses_statpool_rmsprop_lr1e10", "the statistics-pooling net "
         "(16) on the pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _sp(width=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.405 at every epoch; quarter-mean update ratios at most "
                      "1.3e-9 (healthy at least 6.5e-5); accuracy 0.25 against a majority share of"
                      " 0.275, every test prediction in one class"), verdict=TP),
    Case("h208_vanishing_pulses_statpool_d16_sigmoid_momentum9", "the statistics-pooling net "
         "with a 16-layer sigmoid per-step MLP of 12 on the pulses, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": PU, "model": _sp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.9e-15 (healthy at least 0.0108); the "
                      "head still moves (quarter-mean update ratios up to 0.031) but the epoch "
                      "loss stays at 1.407 to 1.395 (ln 4 is 1.386); accuracy 0.275 at the "
                      "majority share (0.275), every test prediction in one class"), verdict=TP),
    Case("h208_saturated_pulses_statpool_tanh_std3_rmsprop", "the statistics-pooling net with "
         "a tanh per-step MLP (2 layers of 16) and N(0, 3) init on the pulses, plain RMSprop at "
         "LR 1e-4, batch 28, 4 epochs",
         {"data": PU, "model": {**_sp(width=16, depth=2, activation="tanh"), "init": "normal",
                                "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("82% of the second per-step layer's tanh units and 46% of the first "
                      "saturated (healthy at most 2.4%); the epoch loss 17.5 to 16.8 (4.4% lower),"
                      " far above ln 4; small steps at LR 1e-4 (quarter-mean update ratios 3.6e-5 "
                      "to 1.1e-4, healthy from 6.5e-5); accuracy 0.235 against a majority share of"
                      " 0.275; 96.5% of the test predictions in one class"), verdict=TP),
    Case("h208_slow_start_pulses_statpool_std001_momentum9", "the statistics-pooling net of 16 "
         "with N(0, 0.01) init on the pulses, SGD with momentum 0.9 at LR 0.05 (cosine), batch "
         "30, 15 epochs",
         {"data": PU, "model": {**_sp(width=16), "init": "normal", "init_std": 0.01},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388, 1.383, 1.362) and the validation "
                      "accuracy at 0.275 for the first 3 epochs, then falls (0.148 at epoch 15, "
                      "the validation loss lowest at the end); first gradient norms 0.0086 to "
                      "0.011 (healthy first norms at least 0.0205); accuracy 0.985 (test 0.98), as"
                      " the healthy runs"), verdict=TP),
    Case("h208_unshuffled_bands_siren_rmsprop", "the bands sorted by label, never shuffled, "
         "the SIREN of 32, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**BD, "order": "by_label", "shuffle": False},
          "model": _sir(width=32),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.6% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 28%); accuracy "
                      "0.3733 (training 0.3611), far below the healthy runs (0.8367 and up) and "
                      "the baseline (0.5533), with the epoch loss still falling (1.341 to 1.335) "
                      "and the validation loss lowest at the end"), verdict=TP),
    Case("h208_mse_softmax_pulses_statpool_adam", "the pulses trained with square error on the "
         "softmax, the statistics-pooling net of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": PU, "model": _sp(width=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.955 (test 0.965) like the healthy "
                      "runs (0.95 to 0.99); the loss and the validation loss still falling at the "
                      "end (0.0461 to 0.0411 and 0.0393 to 0.0351)"), verdict=TP),
    Case("h208_noisy_pulses_statpool_b1_adam", "the pulses one sequence at a time (batch 1), "
         "the statistics-pooling net of 16, Adam at LR 3e-3, 4 epochs",
         {"data": PU, "model": _sp(width=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("unshuffled_data", "exploding_gradients"),
         why_allowed=("the step loss swings 2.41 times its mean over the second half (healthy "
                      "runner runs at most 0.98, healthy scripts 1.92), up to 2.56 from near 0; at"
                      " batch 1 one epoch fills each half, so the position in the epoch explains "
                      "49% of the variance; single-sequence gradients up to 7.1"), verdict=TP),
    Case("h208_not_converged_pulses_statpool_sgd_4epochs", "the statistics-pooling net of 16 on "
         "the pulses, plain SGD at LR 0.05 (constant), batch 30, stopped after 4 epochs",
         {"data": PU, "model": _sp(width=16),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 30}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start", "noisy_loss", "unshuffled_data"),
         why_allowed=("stopped while the loss falls fast (1.232 to 1.168 in the last epoch) and "
                      "the validation loss with it (1.192 to 1.123, lowest at the end); accuracy "
                      "0.74 (test 0.735) above the baseline (0.545), below the healthy runs (0.95 "
                      "and up); the loss falling within each epoch makes the position explain 80% "
                      "of its within-epoch variance (healthy at most 28%)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h208_overfit_bands_subset40_siren_adamw", "40 rows of the bands, the SIREN of 160 (2 "
         "layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**BD, "subset": 40}, "model": _sir(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4067 (test 0.46; training 1.0; the healthy "
                      "runs 0.8367 and up); the validation loss lowest at epoch 1 of 150, 1.9 "
                      "times it at the end; the epoch loss at 2e-4 gives gradients down to 4.8e-4"),
         verdict=GP),
    Case("h208_gap_blots_subset200_coordconv_adam", "200 images of the blots, the CoordConv "
         "CNN with 16 and 32 channels and 64 dense units, Adam at LR 2e-3, 60 epochs, batch 8",
         {"data": {**BL, "subset": 200}, "model": _cc(dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 60, "batch_size": 8}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("200 images teach less: accuracy 0.623 (test 0.577; training 1.0; the "
                      "healthy CNNs 0.854 and up); the validation loss lowest at epoch 12 of 60 "
                      "(1.098), 1.48 times it at the end; up to 56% of the dense units logged dead"
                      " (healthy CNNs up to 82.5%)"), verdict=GP),
    Case("h208_underfit_bands_siren_one_unit_adam", "the bands through a SIREN of 1 unit (1 "
         "layer), Adam at LR 1e-2, batch 25, 25 epochs",
         {"data": BD, "model": _sir(width=1, depth=1),
          "optim": {"name": "adam", "lr": 1e-2},
          "train": {"epochs": 25, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one sine unit cannot hold two scores: accuracy 0.4633 (training 0.4533), "
                      "below the baseline (0.5533) and the healthy runs (0.8367 and up), the epoch"
                      " loss flat from epoch 7 (1.072 to 1.057) and the validation loss 1.2% above"
                      " its epoch-23 minimum; 53% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h208_lightning_digits_momentum5_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.5 at LR 1e20, 1350 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1350,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h208_lightning_circles_adam95_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.95, 0.999) at LR 1e-10, 1351 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(1351,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7464 at every epoch; accuracy 0.5 (training 0.5) at its "
                      "initial weights, the majority share"), verdict=TP),
    Case("h208_hf_trainer_wine_rmsprop8_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.8) at LR 1e20 (decaying linearly), 1352 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1352,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share "
                      "(0.3889)"), verdict="failed"),
    Case("h208_hf_trainer_iris_momentum5_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.5 at LR 1e-10 (decaying linearly), 1353 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1353,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9984 at every evaluation; accuracy 0.6 at its initial"
                      " weights, far above 1/3, far below the healthy iris runs (0.9667)"),
         verdict=TP),
    Case("h208_keras_moons_adam95_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.95, 0.999) at LR 1e20, 1354 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(1354,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h208_keras_digits_subset16_rmsprop8_gap", "Keras names: 16 rows of digits, 1355 "
         "units, RMSprop (alpha 0.8) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1355,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.571, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 2 of 120, 1.58 "
                      "times it at the end"), verdict=GP),
    Case("h208_tensorboard_breast_cancer_momentum5_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.5 at LR 1e20, 1356 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1356,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h208_tensorboard_circles_subset8_adam95_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1357 units, Adam (betas 0.95, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(1357,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150, 3.1 "
                      "times it at the end; the step loss near 0 swings 1.2 times its mean"),
         verdict=GP),
    Case("h208_plain_corrupt_record_sine_rmsprop8", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.8) at LR 1e-4, 1358 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1358,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h208_plain_digits_adam95_lr1e10_stuck", "hand-written loop: digits, Adam (betas "
         "0.95, 0.999) at LR 1e-10, 1359 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1359,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.346 at every epoch; accuracy 0.1309, 0.031 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy208_bands_siren_adam",
       {"data": BD, "model": _sir(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy208_bands_siren_adamw_exp",
       {"data": BD, "model": _sir(width=40),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy208_bands_siren_rmsprop",
       {"data": BD, "model": _sir(width=28),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy208_bands_siren_momentum9",
       {"data": BD, "model": _sir(width=32),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy208_ripples_siren_adam",
       {"data": RP, "model": _sir(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy208_ripples_siren_adamw_step",
       {"data": RP, "model": _sir(width=40),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 6,
                  "gamma": 0.3},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy208_ripples_siren_relu_adam",
       {"data": RP, "model": _sir(width=64, activation="relu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy208_blots_coordconv_adam",
       {"data": BL, "model": _cc(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy208_blots_coordconv_adamw",
       {"data": BL, "model": _cc(channels=[16, 24], dense=40),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy208_blots_coordconv_rmsprop_exp",
       {"data": BL, "model": _cc(),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy208_blots_coordconv_nesterov9",
       {"data": BL, "model": _cc(channels=[16, 24], dense=40),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy208_pulses_statpool_adam",
       {"data": PU, "model": _sp(width=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy208_pulses_statpool_tanh_adamw",
       {"data": PU, "model": _sp(width=16, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy208_pulses_statpool_d2_rmsprop",
       {"data": PU, "model": _sp(width=20, depth=2),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy208_pulses_statpool_elu_adagrad_step",
       {"data": PU, "model": _sp(width=12, activation="elu"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy208_lightning_digits_adam95",
        lightning_run(_ad("digits", hidden=(1350,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy208_lightning_wine_momentum5",
        lightning_run(_mom("wine", hidden=(1351,), lr=0.005, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy208_hf_trainer_breast_cancer_rmsprop8",
        hf_trainer_run(_rms("breast_cancer", hidden=(1352,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy208_hf_trainer_moons_adam95",
        hf_trainer_run(_ad("moons", hidden=(1353,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy208_hf_trainer_iris_momentum5",
        hf_trainer_run(_mom("iris", hidden=(1354,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy208_keras_circles_rmsprop8",
        keras_run(_rms("circles", hidden=(1355,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy208_keras_wine_adam95",
        keras_run(_ad("wine", hidden=(1356,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy208_keras_breast_cancer_momentum5",
        keras_run(_mom("breast_cancer", hidden=(1357,), lr=0.01, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy208_tensorboard_iris_rmsprop8",
        tensorboard_run(_rms("iris", hidden=(1358,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy208_tensorboard_digits_momentum5",
        tensorboard_run(_mom("digits", hidden=(1359,), lr=0.02, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy208_tensorboard_moons_adam95",
        tensorboard_run(_ad("moons", hidden=(1350,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy208_plain_moons_momentum5",
        plain_run(_mom("moons", hidden=(1354,), lr=0.01, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy208_plain_breast_cancer_adam95",
        plain_run(_ad("breast_cancer", hidden=(1356,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
