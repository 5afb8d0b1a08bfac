"""The two-hundred-sixty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout264`, :mod:`.heldout265` and :mod:`.heldout266` (not
looked at), after the measurement of :mod:`.heldout260` to :mod:`.heldout263`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`SymLogMLP` (hidden layers of
linear and symmetric-log activations, ``sign(x) * log(1 + |x|)``, written as a module, then a
linear head), :class:`SoftPoolCNN` (two 3x3 convolutions with LeakyReLU(0.02) units, each followed
by a softmax-weighted 2x2 pool, a global mean, a dense LeakyReLU(0.02) layer whose pre-activations
can start shifted, a linear head) and :class:`SoftsignLSTM` (a hand-written LSTM cell with sigmoid
gates and softsign in place of tanh, its last hidden state to a linear head); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`waves`, 2400 series of 16 steps in 2 readings under noise 1.0, the first at a level of
+0.5 or -0.5 with a sine of random frequency as clutter, the second at a level of +0.8 or -0.8 or
at none (the class: the first's sign and whether the second carries a level; 4 classes; flattened
as 32 columns and read back as a sequence; seed 2670); :func:`marks`, 3000 10x10 images of an L, a
T, a diagonal or a hook at a random place in noise 0.35, 2% random labels (4 classes; seed 2671);
:func:`rows`, a tabular 4-class set of 8 readings, the sign of one oblique sum and whether a second
lies outside a band (3% random labels, 2400 rows; seed 2672); :func:`yields`, a tabular regression
of 8 readings with a product of two (2000 rows; seed 2673; times 300 plus 6000 with seed 2674 for
the divergence). Script cases use Adam with betas (0.8, 0.98) and eps 1e-6, Adagrad
with an initial accumulator value of 0.1 and centred RMSprop with momentum 0.5 on digits, wine,
iris, breast cancer, moons, circles and the sine; every script case holds a hidden width of 1940
to 1949. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5
or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step, exponential and inverse
time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file only
to check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``)
and, for runner cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. The marks' cases and the scripts come from a
first store (two SQLite files, one per worker); the waves', rows' and yields' cases and the changed
healthy scripts from the later stores named below, after the changes below. No other seed was
checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2875
on the rows, 0.2633 on the marks, 0.2667 on the waves. Baselines (validation, the better of a
linear model and 5 nearest neighbours): accuracy 0.6958 (rows), 0.45 (marks), 0.7875 (waves); R2
0.7968 (yields), 0.8094 (the raw yields).

Measured healthy ranges (runner; the rows', yields' and waves' final healthy runs from the third
store, the marks' CNNs from the first): update ratio quarter means 1e-4 to 0.063, single steps at
most 0.83 (the rows under Adagrad; the waves under RMSprop 0.78); the ``update_ratio_high`` runs
reach quarter means of 0.25 (the LSTM) and 0.37 (the CNN) with single steps up to 13.6 and 14; the
``update_ratio_low`` runs log quarter means of at most 3.4e-12 and 4.3e-10. Dead fraction of the
CNNs' dense LeakyReLUs at most 54% in any epoch of a healthy run (at most 21% at the end); the
shifted CNN's 100% (66% at the end), the never-starting CNN's 100%, the RMSprop blow-up's 47%.
Saturated gate sigmoids at most 3.5% in the healthy LSTMs; the saturated run's 40%, the
update-ratio run's 76%. Gradient norms at least 0.0027 and at most 7.2 (the yields under AdamW),
first norms at least 0.0084; the vanishing run's first down to 2.1e-10, the exploding run's 224 to
1230, the never-starting CNN's 1.7e-6 to 2e-3. The step's position in the epoch explains 7.6% to
20% of the step loss's within-epoch variance over the second half in the rows', yields' and
waves' healthy runs (the marks' not measured); the unshuffled run 99.7%. The standard deviation of
the step loss's step-to-step change over the second half is 0.31 to 1.04 times the mean step loss
there in those healthy runs; the batch-1 run's 1.09 (the first writer's 3.7 against 1.17 came from
the first data). Healthy scores (validation): rows 0.8729-0.9604, marks 0.5983-0.8167, waves
0.8604-0.875, yields R2 0.9021 and 0.9562; scripts 0.9474-1.0 (accuracy) and R2 0.9314 (the loop's
sine). Every healthy runner run on the rows, yields and waves ends at its validation minimum or
within 0.6% of it (the yields under Adam 0.59% above epoch 17 of 20, the waves under Adam 0.51%
above epoch 11 of 15).

Changes after the second run (a later helper, who saw no diagnosis either; each case trained once
at seed 0 with diagnosis off, into a third store of SQLite files under /tmp, one per worker; the
variants tried are in the numbers below). The three near-linear sets were made nonlinear so that a
line no longer fits them: :func:`rows` now sets its second class bit by whether the sum of
readings 3 to 5 lies outside -1.2 to 1.2 (not its sign) and has 2400 rows (was 1400): baseline
0.6958 (5 nearest neighbours; the logistic regression about 0.54), was 0.925; :func:`yields` has
the product of readings 3 and 4 in place of a tanh of their difference and 2000 rows (was 1200):
baseline R2 0.7968, was 0.9548; :func:`waves`' second reading now carries a level of +0.8 or -0.8
(at random) or none, the class bit being whether it carries one (was its sign), 2400 series (was
800): baseline 0.7875 (nearest neighbours; the logistic regression about 0.51), was 0.9313 (800
series of this kind gave the LSTM only 0.69 against 0.75 in a trial, a level of 1.0 0.91 against
0.85). Every runner case on the three sets was retrained and relabelled. Healthy runs: the rows
under Adam (LR 3e-3, 15 epochs: 0.7979 at its end) now LR 6e-3, 20 epochs: 0.9604, 0.03% above its
epoch-19 minimum; under AdamW (LR 3e-3, step every 5 epochs: 0.775) now LR 0.01, step every 8, 20
epochs: 0.9542, lowest at the end; under momentum 0.9 (LR 0.02: 0.575, below the baseline) now LR
0.1, 20 epochs: 0.95, lowest at the end; the three-layer MLP under Adagrad (LR 0.05: 0.5667, below
the baseline) now LR 0.1, 20 epochs: 0.8729, lowest at the end (LR 0.2 reached 0.9646 but with
single-step update ratios up to 1.66); the rows under RMSprop unchanged: 0.8958, lowest at the end
(the old 1.6% above epoch 6 is gone). The yields unchanged: Adam R2 0.9562 (0.59% above epoch 17;
LR 2e-3 ended at its minimum but at only 0.9095), AdamW 0.9021, lowest at the end. The waves under
Adam unchanged: 0.8604, 0.51% above epoch 11; AdamW unchanged: 0.875, 0.15% above epoch 11 (the
old 2.9% above epoch 14 is gone); RMSprop (LR 3e-3: 0.7625, below the baseline) now LR 0.01:
0.8646, 0.21% above epoch 9; momentum 0.9 (LR 0.05: 0.8229, lowest at the end) now LR 0.1: 0.8688,
lowest at the end (15 epochs at LR 0.1 ended 0.97% above epoch 14). The loop's sine under Adagrad
(LR 0.01, 16 epochs, 1.048 times its epoch-11 minimum) now 11 epochs: lowest at the end, R2 0.9314
(LR 5e-3 ended 1.041 times its epoch-14 minimum; batch 60 1.022 times its epoch-10 minimum). Labels
changed from the new metrics: the batch-1 run's step-loss swing (1.09) is no longer clearly outside
the healthy runs' (up to 1.04), so ``noisy_loss`` is allowed there, and ``underfitting`` (0.5792,
below the baseline) and ``not_converged`` (the epoch loss 0.95 to 0.824 in its last epoch, the
validation loss lowest at the end) are expected; the one-unit LSTM's epoch loss is flat at the end
(0.801 to 0.8003), so ``not_converged`` is only allowed there; the update-ratio LSTM's validation
loss ends 1.09 times its epoch-6 minimum, so ``overfitting`` is allowed there; the unshuffled run
is now labelled from its position share (99.7% against 8% to 20%). Every other rows', yields' and
waves' label still holds on the new metrics (quoted in each case).

Not met: the healthy LSTMs beat the waves' baseline by 0.07 to 0.09 only (0.8604-0.875 against
0.7875), and the rows under RMSprop and Adagrad end lower (0.8958, 0.8729) than the other rows runs;
the yields under Adam and the waves under Adam end 0.59% and 0.51% above their minima (a fraction
of a percent, not at their ends); the marks' runs and the scripts were not retrained, so their
ranges above are the first store's and the marks' position share was not measured; the changed
healthy cases were first trained as variants, then once more from this file (the same numbers),
but the whole part was never retrained into one fresh store. The slow-start CNN never started
(see its case), so no case expects ``slow_start``; the dead-unit CNN under RMSprop logs only 47%
dead units, so ``dead_relu`` is allowed there.

Changes after the first run: the first rows (a sign product and a square: every symmetric-log MLP
ended 0.425-0.46 against a baseline of 0.5857), yields (a square and a product: R2 0.535 and 0.579
against 0.7211) and waves (a sine's frequency and a step's direction: the LSTMs 0.5188-0.85 against
a baseline of 1.0) were replaced by the oblique sums and levels above, and every runner case on
them retrained: the healthy runs now score 0.92-0.96, but only at their baselines (the baseline
fits these near-linear sets as well), not clearly above them. Lightning's digits (LR 1e-3, 1.11
times its epoch-8 minimum) now LR 3e-4: lowest at the end (0.9749); Lightning's moons (LR 3e-4,
1.09 times its epoch-13 minimum) now LR 1e-4: lowest at the end (0.9609); TensorBoard's moons (LR
2e-4, 0.65% above its epoch-14 minimum) now LR 1e-4: lowest at the end (0.9545); the loop's sine
under Adagrad (LR 0.02, 1.055 times its epoch-11 minimum) now LR 0.01: still 1.048 times its
epoch-11 minimum (R2 0.928). No fault setting was changed; labels were set from the metrics.

Labels from the metrics: the exploding run's loss is 1765 at every epoch, its verdict a failure;
the test predictions fall in one class in the exploding run, the low-LR CNN, the vanishing run and
the never-starting CNN (100% each), so ``predictions_collapsed`` is expected there, allowed in the
RMSprop blow-up (76%), not in the low-LR LSTM (59%); the update-ratio LSTM still learns (0.6875,
at most 37% of its predictions in one class), so neither ``at_chance`` nor
``predictions_collapsed`` is expected of it; the shifted CNN recovers slowly (0.3867, below the
baseline), so ``underfitting`` is expected beside ``dead_relu``; the one-unit LSTM's epoch loss is
flat at its end (0.801 to 0.8003), so only ``underfitting`` is expected of it;
Lightning's NaN digits, Keras' NaN moons and the loop's stuck digits expect ``at_chance``,
Trainer's NaN wine, TensorBoard's NaN breast cancer, Lightning's stuck circles (0.078 above the
majority share) and Trainer's stuck iris allow it; the overfit runs' validation losses end 4.25
(40 rows), 3.34 (30 images), 1.096 (Keras' 16 rows) and 5.23 (TensorBoard's 8 rows) times their
early minima, so ``overfitting`` is expected beside ``generalisation_gap``.

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


def waves(n: int = 2400, steps: int = 16, noise: float = 1.0, level: float = 0.5,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings under
    Gaussian noise of ``noise``; the first reading sits at a level of ``+level`` or ``-level``
    with a sine of random frequency and phase (amplitude 0.5) on top as clutter, the second
    either at a level of +0.8 or -0.8 (drawn at random) or at none; the class is the first
    reading's sign times 2 plus whether the second carries a level (its size, not its sign: no
    line separates it; 4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps) / steps
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        x[i, :, 0] += (level if label // 2 else -level) + 0.5 * np.sin(
            2 * np.pi * rng.uniform(0.5, 3.0) * t + rng.uniform(0, 2 * np.pi))
        x[i, :, 1] += 0.8 * rng.choice([-1.0, 1.0]) if label % 2 else 0.0
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_HOOK = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a diagonal, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _HOOK), n, 10, noise, flip, seed)


def rows(n: int = 2400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of an
    oblique sum of readings 0 to 2 times 2 plus whether an oblique sum of readings 3 to 5 lies
    outside the band from -1.2 to 1.2 (a threshold on its size, which no line draws); readings
    6 and 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] + x[:, 1] - 0.6 * x[:, 2]
    s2 = x[:, 3] - x[:, 4] + 0.5 * x[:, 5]
    y = 2 * (s1 > 0).astype(int) + (np.abs(s2) > 1.2).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 2000, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target an oblique sum of three,
    the product of two more and a linear sixth plus noise 0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.2 * (x[:, 0] + x[:, 1]) - 0.8 * x[:, 2] + x[:, 3] * x[:, 4]
         + 0.6 * x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class SymLog(nn.Module):
    """The symmetric logarithm, an activation (``sign(x) * log(1 + |x|)``)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.sign(x) * torch.log1p(x.abs())


class SymLogMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with symmetric-log activations
    (``sign(x) * log(1 + |x|)``), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), SymLog()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class SoftPool2d(nn.Module):
    """Softmax-weighted 2x2 pooling: each 2x2 window's values weighted by their softmax."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        win = x[:, :, :h // 2 * 2, :w // 2 * 2].reshape(b, c, h // 2, 2, w // 2, 2)
        win = win.permute(0, 1, 2, 4, 3, 5).reshape(b, c, h // 2, w // 2, 4)
        return (torch.softmax(win, dim=-1) * win).sum(-1)


class SoftPoolCNN(nn.Module):
    """A soft-pooling CNN: two 3x3 convolutions with LeakyReLU(0.02) units, a softmax-weighted
    2x2 pool after each, a global mean, then a dense LeakyReLU(0.02) layer (whose
    pre-activations start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.LeakyReLU(0.02)
        self.pool1 = SoftPool2d()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.LeakyReLU(0.02)
        self.pool2 = SoftPool2d()
        self.fc = nn.Linear(channels[1], dense)
        self.act3 = nn.LeakyReLU(0.02)
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.act1(self.conv1(x)))
        h = self.pool2(self.act2(self.conv2(h))).mean(dim=(2, 3))
        return self.head(self.act3(self.fc(h) + self.dense_shift))


class SoftsignLSTM(nn.Module):
    """A hand-written LSTM: sigmoid input, forget and output gates, softsign (``x / (1 + |x|)``)
    in place of tanh for the candidate and the cell output; it reads the flattened sequence of
    ``features`` readings a step and its last hidden state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 4 * hidden)
        self.wh = nn.Linear(hidden, 4 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Softsign()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            i, f, o = self.gate(z[:, :3 * self.hidden]).chunk(3, dim=1)
            g = self.squash(z[:, 3 * self.hidden:])
            c = f * c + i * g
            h = o * self.squash(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout267"
WV = _factory(f"{HERE}:waves", seed=2670)
MK = _factory(f"{HERE}:marks", seed=2671)
RW = _factory(f"{HERE}:rows", seed=2672)
YD = _factory(f"{HERE}:yields", seed=2673)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2674)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SymLogMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftsignLSTM", "args": args}


def _adb(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.98) and eps 1e-6."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.98), "eps": 1e-6}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator value of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


def _rmc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "momentum": 0.5}, **kw)


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
    Case("h267_divergence_yields_raw_symlogmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the symmetric-log MLP of 20, plain SGD at LR 0.02, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.6e7 at the first step, Inf at step 11 (the "
                      f"run stops there), gradient norms and update ratios overflowing (1.8e308)"),
         verdict="failed"),
    Case("h267_exploding_marks_softpoolcnn_std1", "the soft-pooling CNN with 16 and 32 channels "
         "and a dense layer of 64 with N(0, 1) init on the marks, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": MK, "model": {**_cnn(channels=[16, 32], dense=64), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 1765 at every epoch; every gradient norm 224 to 1230 "
                      "(healthy at most 7.2); quarter-mean update ratios up to 9.5e-9, a side "
                      "effect of the LR; accuracy 0.2633, the majority share, every test "
                      "prediction in one class"),
         verdict="failed"),
    Case("h267_dead_relu_marks_softpoolcnn_dense_shift12", "the soft-pooling CNN on the marks "
         "with its dense LeakyReLU layer's pre-activations shifted by -12, so its units never "
         "fire, Adam at LR 1e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-12.0),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "underfitting"),
         allow=("vanishing_gradients", "update_ratio_low", "noisy_loss", "unshuffled_data",
                "not_training", "not_converged", "slow_start", "at_chance"),
         why_allowed=("the dense LeakyReLU units all logged dead at first (healthy CNNs at most "
                      "54%), 66% at the end: their 0.02 slope lets Adam lift them slowly; the "
                      "epoch loss 1.388 to 1.359, falling 1.7% in the last epoch with the "
                      "validation loss lowest at the end; first gradient norms down to 2.9e-4; "
                      "accuracy 0.3867 (majority share 0.2633, baseline 0.45), 44% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h267_dead_relu_marks_softpoolcnn_rmsprop_lr01", "the soft-pooling CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "at_chance"),
         allow=("exploding_gradients", "dead_relu", "predictions_collapsed", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 72.2 in epoch 1, then near ln 4 (1.404), so the blow-up "
                      "passed; gradient norms up to 906 in the first epoch (healthy at most "
                      "7.2); quarter-mean update ratios up to 0.37, single steps up to 14 "
                      "(healthy at most 0.063 and 0.83); only 47% of the dense units logged "
                      "dead (healthy CNNs up to 54%), so dead units are no clear finding; "
                      "accuracy 0.2967 against a majority share of 0.2633, 76% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h267_update_ratio_high_waves_sslstm_adagrad_lr2", "the softsign LSTM of 16 on the "
         "waves, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "overfitting"),
         why_allowed=("quarter-mean update ratios up to 0.25, single steps up to 13.6 (healthy "
                      "at most 0.063 and 0.83); 76% of the gate sigmoids saturated (healthy at "
                      "most 3.5%); the loss falls to 0.65 but accuracy only 0.6875, below the "
                      "baseline (0.7875), the validation loss 1.09 times its epoch-6 minimum at "
                      "the end; every class predicted (at most 37% in one), so neither chance "
                      "nor collapse is there"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h267_update_ratio_low_marks_softpoolcnn_sgd_lr1e9", "the soft-pooling CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.3868 at every epoch; quarter-mean update ratios at most "
                      "3.4e-12 (healthy at least 1e-4); accuracy 0.2633, the majority share, "
                      "every test prediction in one class"), verdict=TP),
    Case("h267_update_ratio_low_waves_sslstm_rmsprop_lr1e10", "the softsign LSTM of 16 on the "
         "waves, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.399 at every epoch; quarter-mean update ratios at most "
                      "4.3e-10 (healthy at least 1e-4); accuracy 0.2313, 0.035 below the majority "
                      "share 0.2667 (so at_chance only allowed); 59% of the test predictions in "
                      "one class, under the 60% that allows a collapse"), verdict=TP),
    Case("h267_vanishing_rows_symlogmlp_d12_std005_momentum9", "the symmetric-log MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the rows, SGD with momentum 0.9 at LR 0.05, batch "
         "32, 4 epochs",
         {"data": RW, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("first gradient norms down to 2.1e-10 (healthy first norms at least "
                      "0.0084); the epoch loss 1.383 to 1.38 (ln 4); accuracy 0.2854 against a "
                      "majority share of 0.2875, every test prediction in one class"),
         verdict=TP),
    Case("h267_saturated_waves_sslstm_std3_rmsprop", "the softsign LSTM of 16 with N(0, 3) "
         "init on the waves, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": WV, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("40% of the gate sigmoids saturated (healthy at most 3.5%); the epoch loss "
                      "2.41 to 2.37, far above ln 4; gradient norms up to 32.8 (healthy at most "
                      "7.2); accuracy 0.19 against a majority share of 0.2667; 38% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h267_never_starts_marks_softpoolcnn_std003_momentum9", "the soft-pooling CNN with "
         "N(0, 0.03) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "slow_start", "not_converged"),
         why_allowed=("the start never came: the epoch loss 1.389 to 1.386 (ln 4) over all 10 "
                      "epochs, gradient norms 1.7e-6 to 2e-3 (first at most 5.1e-4; healthy "
                      "first norms at least 0.0084), every dense unit logged dead (healthy at "
                      "most 54%); accuracy 0.2633, the majority share, every test prediction in "
                      "one class"), verdict=TP),
    Case("h267_unshuffled_rows_symlogmlp_rmsprop", "the rows sorted by label, never shuffled, "
         "the symmetric-log MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**RW, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step's position in the epoch explains 99.7% of the step loss's "
                      "within-epoch variance over the second half (healthy runner runs 8% to "
                      "20%); the epoch loss falls only 1.373 to 1.288 at this LR, so accuracy "
                      "0.4771 (majority share 0.2875, baseline 0.6958, healthy 0.87 and up); 54% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h267_mse_softmax_waves_sslstm_adam", "the waves trained with square error on the "
         "softmax, the softsign LSTM of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8542 like the healthy runs "
                      "(0.86-0.875); the validation loss 8% above its epoch-6 minimum"),
         verdict=TP),
    Case("h267_noisy_rows_symlogmlp_b1_adam", "the rows one at a time (batch 1), the "
         "symmetric-log MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": RW, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("accuracy 0.5792, below the baseline (0.6958; healthy 0.87 and up); the "
                      "epoch loss still falls 13% in the last epoch (0.95 to 0.824) with the "
                      "validation loss lowest at the end; the step loss's step-to-step change "
                      "swings 1.09 times its mean over the second half, the healthy runner runs "
                      "up to 1.04, so noisy_loss is no clear finding; gradient norms up to 11.3 "
                      "(healthy at most 7.2)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h267_overfit_rows_subset40_symlogmlp_adamw", "40 rows of the rows set, the "
         "symmetric-log MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**RW, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4813 (healthy 0.87 and up); the "
                      "validation loss lowest at epoch 1 of 150, 4.25 times it at the end"),
         verdict=GP),
    Case("h267_gap_marks_subset30_softpoolcnn_adam", "30 images of the marks, the soft-pooling "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3917 (the healthy CNNs 0.6 and up); the "
                      "validation loss lowest at epoch 12 of 100, 3.34 times it at the end"),
         verdict=GP),
    Case("h267_underfit_waves_sslstm_one_unit_adam", "the waves through a softsign LSTM of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WV, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "noisy_loss", "saturated_activation", "update_ratio_high",
                "not_converged"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.4875 far below the "
                      "baseline (0.7875); the epoch loss 0.801 to 0.8003 in the last epoch (flat), "
                      "the validation loss lowest at the end, so not_converged is no clear "
                      "finding"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h267_lightning_digits_adagrad_lr1e20_nan", "Lightning: digits, Adagrad (initial "
         "accumulator 0.1) at LR 1e20, 1940 units, batch 24, 3 epochs",
         script=lightning_run(_agr("digits", hidden=(1940,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h267_lightning_circles_adam_b08_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8 and 0.98, eps 1e-6) at LR 1e-10, 1941 units, batch 20, 3 epochs",
         script=lightning_run(_adb("circles", hidden=(1941,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7345 at every epoch; accuracy 0.5781 at its initial "
                      "weights, 0.078 above the majority share 0.5"), verdict=TP),
    Case("h267_hf_trainer_wine_rmsprop_c_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "centred RMSprop with momentum 0.5 at LR 1e20 (decaying linearly), 1942 units, batch 9, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rmc("wine", hidden=(1942,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.066 below the "
                      f"majority share"),
         verdict="failed"),
    Case("h267_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad (initial accumulator 0.1) at LR 1e-10 (decaying linearly), 1943 units, batch 8,"
         " 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_agr("iris", hidden=(1943,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.035 at every evaluation; accuracy 0.4333 at its "
                      "initial weights, 0.1 above 1/3"), verdict=TP),
    Case("h267_keras_moons_adam_b08_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.8 and 0.98, eps 1e-6) at LR 1e20, 1944 units, batch 20, 3 epochs",
         script=keras_run(_adb("moons", hidden=(1944,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h267_keras_digits_subset16_rmsprop_c_gap", "Keras names: 16 rows of digits, 1945 "
         "units, centred RMSprop with momentum 0.5 at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rmc("digits", hidden=(1945,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5599); the validation loss "
                      "lowest at epoch 13 of 120 (3.792), 1.096 times it at the end (4.157)"),
         verdict=GP),
    Case("h267_tensorboard_breast_cancer_rmsprop_c_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, centred RMSprop with momentum 0.5 at LR 1e20, 1946 units, batch 19, 3 epochs",
         script=tensorboard_run(_rmc("breast_cancer", hidden=(1946,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h267_tensorboard_circles_subset8_adam_b08_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1947 units, Adam (betas 0.8 and 0.98, eps 1e-6) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_adb("circles", hidden=(1947,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769); the validation loss "
                      "lowest at epoch 3 of 150, 5.23 times it at the end"),
         verdict=GP),
    Case("h267_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 0.05, 1948 units, batch "
         "20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(1948,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h267_plain_digits_rmsprop_c_lr1e10_stuck", "hand-written loop: digits, centred RMSprop "
         "with momentum 0.5 at LR 1e-10, 1949 units, batch 25, 4 epochs",
         script=plain_run(_rmc("digits", hidden=(1949,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.351 at every epoch; accuracy 0.117, 0.017 above the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy267_rows_symlogmlp_adam_cosine",
       {"data": RW, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy267_rows_symlogmlp_adamw_step",
       {"data": RW, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 8, "gamma": 0.4},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy267_rows_symlogmlp_rmsprop_exponential",
       {"data": RW, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy267_rows_symlogmlp_momentum9_cosine",
       {"data": RW, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy267_rows_symlogmlp_d3_adagrad_inverse_time",
       {"data": RW, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy267_yields_symlogmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy267_yields_symlogmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy267_marks_softpoolcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy267_marks_softpoolcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy267_marks_softpoolcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy267_marks_softpoolcnn_nesterov9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy267_waves_sslstm_adam_cosine",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy267_waves_sslstm_adamw_exponential",
       {"data": WV, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy267_waves_sslstm_rmsprop_cosine",
       {"data": WV, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy267_waves_sslstm_momentum9_cosine",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy267_lightning_digits_adam_b08",
        lightning_run(_adb("digits", hidden=(1940,), lr=3e-4, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy267_lightning_wine_adagrad",
        lightning_run(_agr("wine", hidden=(1941,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy267_lightning_moons_rmsprop_c",
        lightning_run(_rmc("moons", hidden=(1942,), lr=1e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy267_hf_trainer_breast_cancer_adam_b08",
        hf_trainer_run(_adb("breast_cancer", hidden=(1943,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy267_hf_trainer_iris_adagrad",
        hf_trainer_run(_agr("iris", hidden=(1944,), lr=0.01, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy267_keras_circles_adam_b08",
        keras_run(_adb("circles", hidden=(1945,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy267_keras_wine_rmsprop_c",
        keras_run(_rmc("wine", hidden=(1946,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy267_keras_breast_cancer_adagrad",
        keras_run(_agr("breast_cancer", hidden=(1947,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy267_tensorboard_iris_adam_b08",
        tensorboard_run(_adb("iris", hidden=(1948,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy267_tensorboard_digits_adagrad",
        tensorboard_run(_agr("digits", hidden=(1949,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy267_tensorboard_moons_rmsprop_c",
        tensorboard_run(_rmc("moons", hidden=(1940,), lr=1e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy267_plain_sine_adagrad",
        plain_run(_agr("sine", hidden=(1944,), lr=0.01, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy267_plain_breast_cancer_rmsprop_c",
        plain_run(_rmc("breast_cancer", hidden=(1946,), lr=1e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
