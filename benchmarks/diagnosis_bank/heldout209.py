"""The two-hundred-and-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout208` (not looked at), after the measurement of
:mod:`.heldout204` to :mod:`.heldout207`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`QuadraticNet` (quadratic units, each the product of two linear
projections of the input plus a third, linear one, optionally followed by layers of linear and
activation, whose pre-activations may be shifted, and a linear head that may also read the quadratic
units), :class:`InceptionCNN` (an Inception-style block of parallel 1x1, 3x3 and 5x5 convolutions
concatenated, a global max pool, a dense layer and a linear head) and :class:`EchoState` (an
echo-state classifier: a fixed random recurrent reservoir with a leaky tanh update, a trained input
projection and a trained linear readout of the states' mean over time, reading the flattened
sequence back as 2 readings a step); every fault code could be produced with these three models, no
case fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`tides`, 900 sequences of 20 steps in 2 readings whose class is the sign of
the first reading's level (+-0.5 under noise 1.2) and the amplitude (0.4 or 1.4) of the second's
sine (4 classes, given flattened as 40 columns; seed 2090); :func:`marks`, 3000 12x12 single-channel
images of one 5x5 mark at a random place (a plus, a cross, a ring, a corner, two bars) in noise 0.5,
2% random labels (5 classes; seed 2091); :func:`ledger`, a tabular 4-class set of 8 readings (the
signs of a product-plus-linear score and of a radius test, 3% random labels, 1400 rows; seed 2092);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2093; times 300 plus 6000 with
seed 2094 for the divergence); the reservoir's matrix is drawn with seed 2095. Script cases use
AdamW with weight decay 0.5, NAdam with betas (0.85, 0.995) and Adagrad with learning-rate decay
1e-3 on wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a
hidden width of 1360 to 1369. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD
with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; runner schedules constant, cosine,
exponential (0.85 a epoch) and step (halved every 5 epochs). The faults, each through what its model
has: divergence under plain SGD in the quadratic net on the unscaled yields; exploding gradients
through quadratic units and 4 leaky-ReLU layers with N(0, 1) init under SGD with momentum 0.5 at LR
1e-10; dead units in a ReLU layer behind the quadratic units (its pre-activations shifted by -10,
the head reading the quadratic units beside it) under Adam, and the Inception CNN's branches killed
by plain RMSprop at LR 0.08; a high update ratio from Adagrad at LR 2 in the echo-state net (its
tanh reservoir keeps the loss finite but not the steps, and its units saturate); tiny learning rates
in the CNN (plain SGD at 1e-9) and the echo-state net (plain RMSprop at 1e-10); vanishing gradients
through 16 sigmoid layers behind the quadratic units under SGD with momentum 0.9; the reservoir's
tanh saturated by N(0, 4) init of the input projection under plain RMSprop at LR 2e-5; the CNN with
N(0, 0.02) init under momentum 0.9 (a slow start); the ledger sorted by label and never shuffled
(quadratic net, plain RMSprop); square error on the echo-state net's softmax under Adam; the
quadratic net at batch 1 under Adam on the ledger; 40 rows of the ledger under AdamW (160 quadratic
units and a tanh layer, overfit, a gap) and 20 images under Adam (the CNN, overfit, a gap); an
echo-state net of one reservoir unit (underfitting); the scripts: Lightning's NaN on digits (NAdam)
and stuck circles (AdamW), Trainer's NaN on wine (Adagrad) and stuck iris (NAdam), Keras' NaN on
moons (AdamW) and 16 rows of digits (NAdam, overfit, a gap), TensorBoard's NaN on breast cancer
(NAdam) and 8 rows of circles (NAdam, overfit, a gap), the loop's corrupt record on the sine
(Adagrad) and stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update ratios,
dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix
(``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts called
directly: no diagnosis was made. After the last change of a setting every case was trained once more
from this file into a fresh store (the cases left unchanged gave the same numbers); the numbers
below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2571 on the ledger, 0.2117 on the marks, 0.2667 on the
tides; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast
cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6036 (ledger), 0.4367 (marks),
0.7833 (tides); R2 0.62 (yields), 0.5049 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 6.5e-5 (the quadratic net with a ReLU
layer under AdamW on the yields) to 0.0419 (the same under Adagrad on the ledger), single steps at
most 0.347 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.70 with single
steps up to 25; the ``update_ratio_low`` runs log quarter means of at most 6.1e-11 and 2e-9. Dead
fraction 0 in the healthy quadratic nets' ReLU layers; in the healthy CNNs at most 25% of the 1x1
branch, 0 of the 3x3 and 5x5 branches and at most 50% of the dense units; the shifted layer 1.0, the
killed CNN's branches 1.0, 0.625 and 0.5 and its dense units 0.94, the slow start's dense units
0.53, the 20-image CNN's 0.5, the exploding run's deep layers up to 0.05. Saturated fraction at most
0.058 (the reservoir under momentum 0.9); the update-ratio run's 0.74, the saturated run's 0.56, the
40-row overfit run's 0.083. Gradient norms at least 0.0067 (the leaky CNN under AdamW) and at most
6.84 (the CNN under Nesterov momentum), first norms at least 0.053 (the leaky CNN under AdamW); the
vanishing run's down to 3.7e-15, the exploding run's 161 to 3558, the batch-1 run's up to 39, the
slow start's first down to 2.3e-3. The step loss's position in the epoch explains at most 21% of the
within-epoch variance over the second half in the healthy runner runs (the CNN under Nesterov
momentum) and 22% in the healthy scripts (TensorBoard's digits); the unshuffled run 99.8%. The
standard deviation of the step loss's step-to-step change over the second half is at most 0.76 times
its mean in the healthy runner runs (the CNN under Nesterov momentum) and 1.57 in the healthy
scripts (the loop's breast cancer); the batch-1 run's is 3.62. Healthy scores (validation): ledger
0.8714-0.8964 (test 0.8107-0.8857), marks 0.8583-0.9017 (test 0.86-0.905), tides 0.9389-0.9444 (test
0.9556-0.9611), yields R2 0.9615 and 0.9691; scripts: digits 0.9833 and 0.9777, wine 1.0 and 1.0,
breast cancer 0.9474, 0.9649 and 0.9649, moons 0.9531, 0.9924 and 0.9762, iris 0.9667 and 0.9667,
circles 0.9919. The healthy CNNs stay below the slow start's end (0.9583), which had 12 epochs of
momentum 0.9 at LR 0.05. Every healthy run's validation loss is lowest at its end but the CNN under
Adam (epoch 11 of 12, 0.15% above it), the quadratic net under Adam on the yields (epoch 15 of 20,
0.36% above it), the one with a ReLU layer under AdamW on the yields (epoch 18 of 20, 0.01% above
it), the reservoir under momentum 0.9 (epoch 14 of 15, 0.02% above it), Trainer's moons (epoch 19 of
20, 0.04% above it), Trainer's iris (epoch 19 of 20, 0.28% above it) and the loop's breast cancer
(epoch 11 of 12, 0.21% above it).

Changes after the first run: the first Inception CNN pooled 2x2 before its dense layer and was too
weak for the marks (healthy CNNs 0.4533 to 0.5067 against a baseline of 0.4367, training 0.57 to
0.68), so it pools globally; then at LR 1e-3 for 8 epochs the healthy CNNs reached 0.6633 to 0.8033,
so they took higher LRs (Adam 4e-3, AdamW 5e-3, RMSprop 3e-3, Nesterov momentum 0.03) for 10, then
12 epochs (Nesterov momentum at LR 0.05 for 12 epochs ended 3.1% above its epoch-7 validation loss,
so LR 0.03 for 10 epochs); every case on the marks was trained again and labelled from that run (the
killed CNN first scored 0.19 with every test prediction in one class and now underfits at 0.365; 30
images for 100 epochs at LR 2e-3 gave a validation loss only 8.7% above its epoch-52 minimum, so 20
images for 150 epochs at LR 3e-3; the slow start at N(0, 0.03) init sat flat for 2 epochs and ended
0.9% above its epoch-9 minimum, so N(0, 0.02) for 12 epochs). The batch-1 run was 1200 images
through the first CNN (no learning: accuracy 0.21, the step loss swinging 0.044 times its mean),
then through the pooled CNN (0.73 times), then the ledger at LR 1e-3 for 3 epochs (0.95 times), so
LR 5e-3 for 4 epochs on the ledger (3.62 times). The healthy RMSprop quadratic net on the ledger (LR
1e-3, decay 0.9 a epoch) reached 0.6786 against 0.8714 and up for the others, so LR 3e-3 and decay
0.85 (0.8786). The saturated reservoir (N(0, 3) init at LR 1e-4) saturated 46% and its loss fell 5%
in 4 epochs, so N(0, 4) at LR 2e-5. Keras' 16 rows of digits under Adagrad at LR 0.01 ended only
10.5% above its epoch-2 validation loss and at LR 0.1 blew up (epoch loss 60), so NAdam at LR 1e-3.
Lightning's wine (Adagrad at LR 0.01) ended 2.3% above its epoch-11 validation loss, so LR 5e-3;
Keras' breast cancer (Adagrad at LR 5e-3) 0.8% above its epoch-11 minimum, so LR 3e-3 (both lowest
at the end).

Labels from the metrics: the killed CNN's blow-up passed (its loss ends at 1.46, below ln 5), so
``divergence`` is allowed there and the verdict is a training problem; it scores 0.365 (training
0.3667) below the baseline, so ``underfitting`` is expected beside ``dead_relu`` (not ``at_chance``,
0.15 above the majority share), and ``predictions_collapsed`` allowed (63%); the exploding run's
loss is 3086 at every epoch, far above ln 4 from its first step, and its verdict is a failure; the
test predictions fall in one class in the stuck CNN (99%), the stuck reservoir (100%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there, and neither expected nor
allowed in the exploding run (51%), the saturated run (37%), the update-ratio run (28%) or the
one-unit run (52%); the exploding run (0.25), the stuck CNN (0.1867), the stuck reservoir (0.2667),
the vanishing run (0.25) and the saturated run (0.2278) score within 0.05 of the majority share
(``at_chance`` expected); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck
circles (0.5078) and Trainer's stuck iris (0.3333) expect ``at_chance``, Trainer's NaN wine (0.3333
against 0.3889), TensorBoard's NaN breast cancer (0.3684 against 0.6316), TensorBoard's 8 rows of
circles (0.5615) and the loop's stuck digits (0.1727, 0.072 above 0.1003) allow it; the shifted ReLU
layer is dead but the head learns through the quadratic units (0.8714, like the healthy runs), so
``dead_relu`` alone is expected; the saturated run's epoch loss falls 0.8% (``not_training``
expected); the unshuffled run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the batch-1 run's loss still falls but its validation loss ends 11.7%
above its epoch-3 minimum, so ``not_converged`` is only allowed; the overfit runs' validation losses
end 2.56 (40 rows), 1.29 (20 images), 1.19 (Keras' 16 rows) and 5.3 (TensorBoard's 8 rows) times
their early minima, so ``overfitting`` is expected beside ``generalisation_gap``; the update-ratio
run's tanh units saturate far beyond the healthy runs (``saturated_activation`` expected); the slow
start sat at ln 5 for 3 epochs, so ``slow_start`` is expected.
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


def tides(n: int = 900, steps: int = 20, noise: float = 1.2, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings; the
    first a level of +0.5 or -0.5 under Gaussian noise of ``noise``, the second a sine of random
    period (3 to 8 steps) and phase of amplitude 0.4 or 1.4 under noise 0.3; the class is twice
    the level's sign plus the amplitude's (4 classes). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)[None, :]
    level = np.where(y // 2 == 1, 0.5, -0.5)[:, None] + rng.normal(0.0, noise, (n, steps))
    period = rng.uniform(3.0, 8.0, (n, 1))
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    amp = np.where(y % 2 == 1, 1.4, 0.4)[:, None]
    wave = amp * np.sin(2 * np.pi * t / period + phase) + rng.normal(0.0, 0.3, (n, steps))
    x = np.stack([level, wave], axis=2)
    return x.reshape(n, steps * 2).astype(np.float32), y


def _glyphs() -> tuple[np.ndarray, ...]:
    plus = np.zeros((5, 5))
    plus[2, :] = plus[:, 2] = 1.0
    cross = np.eye(5) + np.fliplr(np.eye(5))
    cross[2, 2] = 1.0
    ring = np.ones((5, 5))
    ring[1:4, 1:4] = 0.0
    corner = np.zeros((5, 5))
    corner[:, 0] = corner[4, :] = 1.0
    bars = np.zeros((5, 5))
    bars[0, :] = bars[4, :] = 1.0
    return plus, cross, ring, corner, bars


def marks(n: int = 3000, noise: float = 0.5, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 mark each at a random
    place (5 classes: a plus, a cross, a ring, a corner, two bars), in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images(_glyphs(), n, 12, noise, flip, seed)


def ledger(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is twice the sign of a
    product plus a reading (readings 0 to 2) plus the sign of a radius test (readings 3 and 4);
    readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.5 * x[:, 2]
    s2 = x[:, 3] ** 2 + x[:, 4] ** 2 - 1.4
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    cosine of a third, a square of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * x[:, 0] * x[:, 1] + 1.5 * np.cos(1.2 * x[:, 2]) - 0.4 * x[:, 3] ** 2
         + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class QuadraticNet(nn.Module):
    """Quadratic units (each the product of two linear projections of the input plus a third,
    linear one), then ``depth`` layers of linear and activation whose pre-activations are shifted
    by ``bias_shift`` (none by default), then a linear head; with ``skip`` the head reads the
    quadratic units beside the last layer."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 depth: int = 0, hidden: int = 24, activation: str = "relu",
                 bias_shift: float = 0.0, skip: bool = False) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.a = nn.Linear(n_in, width)
        self.b = nn.Linear(n_in, width)
        self.c = nn.Linear(n_in, width)
        sizes = [width] + [hidden] * depth
        self.lins = nn.ModuleList(nn.Linear(i, o) for i, o in zip(sizes, sizes[1:], strict=False))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift, self.skip = bias_shift, skip
        self.head = nn.Linear(sizes[-1] + (width if skip and depth else 0), n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        q = self.a(x) * self.b(x) + self.c(x)
        h = q
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        if self.skip and len(self.lins):
            h = torch.cat([q, h], 1)
        return self.head(h)


class InceptionCNN(nn.Module):
    """An Inception-style block (parallel 1x1, 3x3 and 5x5 convolutions of ``branch`` channels
    each, padded to keep the size, each with its activation, concatenated), a global max pool, a
    dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, branch: int = 8,
                 dense: int = 32, activation: str = "relu") -> None:
        super().__init__()
        c = input_shape[0]
        self.b1 = nn.Conv2d(c, branch, 1)
        self.b3 = nn.Conv2d(c, branch, 3, padding=1)
        self.b5 = nn.Conv2d(c, branch, 5, padding=2)
        self.act1, self.act3, self.act5 = (_ACTS[activation]() for _ in range(3))
        self.pool = nn.AdaptiveMaxPool2d(1)
        self.fc = nn.Linear(3 * branch, dense)
        self.act_fc = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = torch.cat([self.act1(self.b1(x)), self.act3(self.b3(x)), self.act5(self.b5(x))], 1)
        return self.head(self.act_fc(self.fc(self.pool(h).flatten(1))))


class EchoState(nn.Module):
    """An echo-state (reservoir) classifier: a trained input projection of ``features`` readings
    a step, a fixed random recurrent matrix of ``reservoir`` units (a buffer, never trained,
    scaled to spectral radius ``radius``; seed 2095), a leaky tanh state update (leak rate
    ``leak``) over the flattened sequence, and a trained linear readout of the states' mean over
    time."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 reservoir: int = 48, radius: float = 0.9, leak: float = 0.5) -> None:
        super().__init__()
        self.features, self.leak = features, leak
        self.steps = int(np.prod(input_shape)) // features
        gen = torch.Generator().manual_seed(2095)
        w = torch.randn(reservoir, reservoir, generator=gen)
        w = w * (radius / float(torch.linalg.eigvals(w).abs().max()))
        self.register_buffer("w_res", w)
        self.inp = nn.Linear(features, reservoir)
        self.squash = nn.Tanh()
        self.readout = nn.Linear(reservoir, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.w_res.shape[0])
        total = torch.zeros_like(h)
        for t in range(self.steps):
            step = self.squash(self.inp(seq[:, t]) + h @ self.w_res.T)
            h = (1 - self.leak) * h + self.leak * step
            total = total + h
        return self.readout(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout209"
TD = _factory(f"{HERE}:tides", seed=2090)
MK = _factory(f"{HERE}:marks", seed=2091)
LG = _factory(f"{HERE}:ledger", seed=2092)
YD = _factory(f"{HERE}:yields", seed=2093)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2094)


def _qn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:QuadraticNet", "args": args}


def _inc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:InceptionCNN", "args": args}


def _esn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:EchoState", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.5."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.5}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.85, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.85, 0.995)}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with learning-rate decay 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


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
    Case("h209_divergence_yields_raw_quadratic_sgd", "the yields regression times 300 plus "
         "6000 (targets unscaled), 16 quadratic units, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _qn(width=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.7e7 at the first step and not finite from the "
                      "fourth logged step, where the run stops"),
         verdict="failed"),
    Case("h209_exploding_ledger_quadratic_d4_leaky_std1", "20 quadratic units and 4 leaky-ReLU "
         "layers of 20 with N(0, 1) init on the ledger, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": LG, "model": {**_qn(width=20, depth=4, hidden=20, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3086 at every epoch; every gradient norm 161 to 3558 "
                      "(healthy at most 6.84); quarter-mean update ratios up to 3.7e-8, a "
                      "side effect of the LR; up to 5% of a deep layer's units logged dead; "
                      "accuracy 0.25 (test 0.2964) against a majority share of 0.2571; 51% of "
                      "the test predictions in one class"), verdict="failed"),
    Case("h209_dead_relu_ledger_quadratic_skip_shift10", "24 quadratic units and a ReLU layer "
         "of 24 whose pre-activations are shifted by -10, so its ReLUs never fire and the head "
         "reads the quadratic units alone, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": LG, "model": _qn(width=24, depth=1, skip=True, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu",), allow=(),
         why_allowed=("every unit of the shifted ReLU layer logged dead (healthy 0); the head "
                      "learns through the quadratic units: accuracy 0.8714 (test 0.8643) like "
                      "the healthy runs, the validation loss lowest at the end"), verdict=TP),
    Case("h209_dead_relu_marks_inception_rmsprop_lr008", "the Inception CNN (8 channels a "
         "branch, 32 dense) on the marks, plain RMSprop at LR 0.08, batch 28",
         {"data": MK, "model": _inc(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "underfitting"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "predictions_collapsed",
                "unshuffled_data", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.77 to 432 in epoch 1 (epoch loss 12.3), then "
                      "sits at 1.53 and 1.46, so the blow-up passed; gradient norms 0 to 254 "
                      "and single update ratios up to 7.2 (healthy at most 0.35); every 1x1 "
                      "unit, 62.5% of the 3x3 and 50% of the 5x5 channels and 94% of the "
                      "dense units logged dead (healthy up to 25%, 0, 0 and 50%); accuracy "
                      "0.365 (training 0.3667) below the baseline (0.4367), 63% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h209_update_ratio_high_tides_esn_adagrad_lr2", "the echo-state net of 48 on the tides, "
         "Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TD, "model": _esn(),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "overfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.70, "
                      "single steps up to 25; healthy at most 0.042 and 0.35) and 74% of the "
                      "reservoir's tanh units saturate (healthy at most 5.8%); the epoch loss "
                      "8.27 in epoch 1, then 0.22 to 0.09 and back to 0.175, the validation "
                      "loss ending 6.7% above its epoch-5 minimum; accuracy 0.9222 (test 0.95)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h209_update_ratio_low_marks_inception_sgd_lr1e9", "the Inception CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _inc(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.667 at every epoch; quarter-mean update ratios at most "
                      "6.1e-11 (healthy at least 6.5e-5); accuracy 0.1867 against a majority "
                      "share of 0.2117; 99% of the test predictions in one class"), verdict=TP),
    Case("h209_update_ratio_low_tides_esn_rmsprop_lr1e10", "the echo-state net of 48 on the "
         "tides, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _esn(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.414 at every epoch; quarter-mean update ratios at most "
                      "2e-9 (healthy at least 6.5e-5); accuracy 0.2667 at the majority share "
                      "(0.2667), every test prediction in one class"), verdict=TP),
    Case("h209_vanishing_ledger_quadratic_d16_sigmoid_momentum9", "12 quadratic units and 16 "
         "sigmoid layers of 12 on the ledger, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": LG, "model": _qn(width=12, depth=16, hidden=12, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 3.7e-15 (healthy at least 0.0067); "
                      "the last layers still move (quarter-mean update ratios up to 0.029) "
                      "but the epoch loss stays at 1.395 to 1.399 (ln 4 is 1.386); accuracy "
                      "0.25 at the majority share (0.2571), every test prediction in one class"),
         verdict=TP),
    Case("h209_saturated_tides_esn_std4_rmsprop", "the echo-state net of 48 with N(0, 4) init "
         "of its input projection and readout on the tides, plain RMSprop at LR 2e-5, batch 28, "
         "4 epochs",
         {"data": TD, "model": {**_esn(), "init": "normal", "init_std": 4.0},
          "optim": {"name": "rmsprop", "lr": 2e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("56% of the reservoir's tanh outputs saturated (healthy at most 5.8%); "
                      "the epoch loss 3.670 to 3.639 (0.8% lower), far above ln 4; "
                      "quarter-mean update ratios 6.6e-6 to 1.9e-5 (healthy at least 6.5e-5), "
                      "a side effect of the LR; accuracy 0.2278 against a majority share of "
                      "0.2667; 37% of the test predictions in one class"), verdict=TP),
    Case("h209_slow_start_marks_inception_std002_momentum9", "the Inception CNN with N(0, 0.02) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 12 epochs",
         {"data": MK, "model": {**_inc(), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.615, 1.614, 1.610) for the first 3 "
                      "epochs, then falls (0.164 at epoch 12, the validation loss 0.3% above "
                      "its epoch-11 minimum); first gradient norms down to 2.3e-3 (healthy "
                      "first norms at least 0.053); up to 53% of the dense units logged dead "
                      "(healthy up to 50%); accuracy 0.9583 (test 0.9567), above the healthy "
                      "runs"), verdict=TP),
    Case("h209_unshuffled_ledger_quadratic_rmsprop", "the ledger sorted by label, never "
         "shuffled, 24 quadratic units, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _qn(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its "
                      "within-epoch variance (healthy runner runs at most 21%); accuracy "
                      "0.3179 (training 0.319), far below the healthy runs (0.8714 and up), "
                      "with the epoch loss still falling (1.383 to 1.376) and the validation "
                      "loss lowest at the end"), verdict=TP),
    Case("h209_mse_softmax_tides_esn_adam", "the tides trained with square error on the "
         "softmax, the echo-state net of 48, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TD, "model": _esn(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9444 (test 0.9611) like the "
                      "healthy runs; the validation loss lowest at the end"), verdict=TP),
    Case("h209_noisy_ledger_quadratic_b1_adam", "the ledger one row at a time (batch 1), 24 "
         "quadratic units, Adam at LR 5e-3, 4 epochs",
         {"data": LG, "model": _qn(width=24),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "not_converged", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 3.62 times its mean over the second half (healthy "
                      "runner runs at most 0.76, healthy scripts 1.57), up to 16.8 from near "
                      "0; single-row gradients up to 39 (healthy at most 6.84); the epoch "
                      "loss still falls (0.476 to 0.456) but the validation loss ends 11.7% "
                      "above its epoch-3 minimum; accuracy 0.825 (test 0.8357)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h209_overfit_ledger_subset40_quadratic_tanh_adamw", "40 rows of the ledger, 160 "
         "quadratic units and a tanh layer of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40},
          "model": _qn(width=160, depth=1, hidden=160, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4393 (training 1.0; the healthy runs "
                      "0.8714 and up); the validation loss lowest at epoch 2 of 150, 2.56 "
                      "times it at the end; the epoch loss at 1.1e-4 gives gradients down to "
                      "1.1e-4 (healthy at least 0.0067); 8.3% of the tanh units saturated "
                      "(healthy at most 5.8%)"), verdict=GP),
    Case("h209_gap_marks_subset20_inception_adam", "20 images of the marks, the Inception CNN "
         "with 16 channels a branch and 64 dense, Adam at LR 3e-3, 150 epochs, batch 2",
         {"data": {**MK, "subset": 20}, "model": _inc(branch=16, dense=64),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 2}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("20 images teach less: accuracy 0.4333 (training 1.0; the healthy runs "
                      "0.8583 and up); the validation loss lowest at epoch 27 of 150 (1.297), "
                      "1.29 times it at the end; up to 50% of the dense units logged dead, as "
                      "in the healthy runs; 51% of the test predictions in one class"), verdict=GP),
    Case("h209_underfit_tides_esn_one_unit_adam", "the tides through an echo-state net of 1 "
         "reservoir unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": TD, "model": _esn(reservoir=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one reservoir unit cannot hold a level and an amplitude: accuracy "
                      "0.4722 (training 0.4889; healthy 0.9389 and up), the epoch loss still "
                      "falling (1.294 to 1.279) with the validation loss lowest at the end; "
                      "52% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h209_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.85, "
         "0.995) at LR 1e20, 1360 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1360,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from the second step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h209_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.5) at LR 1e-10, 1361 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(1361,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7172 at every epoch; accuracy 0.5078 at its initial "
                      "weights, 0.008 above the majority share"), verdict=TP),
    Case("h209_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(LR decay 1e-3) at LR 1e20 (decaying linearly), 1362 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1362,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share"), verdict="failed"),
    Case("h209_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.85, 0.995) at LR 1e-10 (decaying linearly), 1363 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(1363,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.361 at every evaluation; accuracy 0.3333 at its "
                      "initial weights, the majority share (1/3)"), verdict=TP),
    Case("h209_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (weight decay 0.5) at LR 1e20, 1364 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1364,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h209_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 1365 "
         "units, NAdam (betas 0.85, 0.995) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(1365,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0; the "
                      "healthy digits 0.9777 and up); the validation loss lowest at epoch 6 "
                      "of 120 (2.012), 1.19 times it at the end"), verdict=GP),
    Case("h209_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, NAdam (betas 0.85, 0.995) at LR 1e20, 1366 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(1366,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from the second step; accuracy 0.3684, far "
                      "below 0.6316"), verdict="failed"),
    Case("h209_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1367 units, NAdam (betas 0.85, 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(1367,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615, 0.062 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 2 of 150, "
                      "5.3 times it at the end; the step loss near 0 swings 1.25 times its "
                      "mean"), verdict=GP),
    Case("h209_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 1e-3, 1368 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(1368,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h209_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (weight "
         "decay 0.5) at LR 1e-10, 1369 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1369,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.304 at every epoch; accuracy 0.1727, 0.072 above "
                      "the majority share (0.1003), far below the healthy digits (0.9777 and "
                      "up)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy209_ledger_quadratic_adam",
       {"data": LG, "model": _qn(width=24),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy209_ledger_quadratic_relu_adamw",
       {"data": LG, "model": _qn(width=20, depth=1, hidden=24),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy209_ledger_quadratic_relu_rmsprop",
       {"data": LG, "model": _qn(width=24, depth=1, hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy209_ledger_quadratic_momentum9",
       {"data": LG, "model": _qn(width=16),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy209_ledger_quadratic_relu_adagrad",
       {"data": LG, "model": _qn(width=24, depth=1, hidden=24, skip=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy209_yields_quadratic_adam",
       {"data": YD, "model": _qn(width=24),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy209_yields_quadratic_relu_adamw",
       {"data": YD, "model": _qn(width=20, depth=1, hidden=24, skip=True),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy209_marks_inception_relu_adam",
       {"data": MK, "model": _inc(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy209_marks_inception_leaky_adamw",
       {"data": MK, "model": _inc(branch=6, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy209_marks_inception_elu_rmsprop",
       {"data": MK, "model": _inc(branch=6, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy209_marks_inception_relu_nesterov9",
       {"data": MK, "model": _inc(branch=8, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy209_tides_esn_adam",
       {"data": TD, "model": _esn(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy209_tides_esn64_adamw",
       {"data": TD, "model": _esn(reservoir=64, leak=0.3),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy209_tides_esn_rmsprop",
       {"data": TD, "model": _esn(reservoir=40),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy209_tides_esn_momentum9",
       {"data": TD, "model": _esn(radius=0.8),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy209_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(1360,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy209_lightning_wine_adagrad",
        lightning_run(_ag("wine", hidden=(1361,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy209_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(1362,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy209_hf_trainer_moons_nadam",
        hf_trainer_run(_na("moons", hidden=(1363,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy209_hf_trainer_iris_adagrad",
        hf_trainer_run(_ag("iris", hidden=(1364,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy209_keras_circles_nadam",
        keras_run(_na("circles", hidden=(1365,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy209_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1366,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy209_keras_breast_cancer_adagrad",
        keras_run(_ag("breast_cancer", hidden=(1367,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy209_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(1368,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy209_tensorboard_digits_adagrad",
        tensorboard_run(_ag("digits", hidden=(1369,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy209_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1360,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy209_plain_moons_adagrad",
        plain_run(_ag("moons", hidden=(1364,), lr=0.01, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy209_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1366,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
