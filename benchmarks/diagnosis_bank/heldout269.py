"""The two-hundred-sixty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout268`, :mod:`.heldout270` and :mod:`.heldout271` (not
looked at), after the measurement of :mod:`.heldout264` to :mod:`.heldout267`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`HardshrinkMLP` (hidden layers of
linear and hard-shrink units, :class:`torch.nn.Hardshrink` at threshold 1.0 unless given, then a
linear head), :class:`GeMCNN` (two 3x3 convolutions with ReLU units, a 2x2 max pool between them,
a generalised-mean pool with a learnt exponent starting at 3, a dense ReLU layer whose
pre-activations can start shifted, a linear head) and :class:`IndyLSTM` (a hand-written LSTM cell
whose recurrent weights are per-unit vectors, sigmoid gates and tanh units as modules, the last
state to a linear head); no case fell back to the runner's built-in models. Every data set is
this module's own ``data.factory``: :func:`blips`, 900 noisy series of 18 steps in 2 readings,
the first maybe holding a 3-step dip of 1.4, the second maybe a 3-step bump (4 classes; given
flattened as 36 columns and read back as a sequence; seed 2690); :func:`marks`, 2400 10x10 images
of an L, a T, a slash or four corner dots at a random place in noise 0.35, 2% random labels (4
classes; seed 2691); :func:`rows`, a tabular 3-class set of 10 readings (bands of a score of three
readings, 3% random labels, 2600 rows; seed 2692); :func:`yields`, a tabular regression of 7
readings (1100 rows; seed 2693; times 300 plus 8000 with seed 2694 for the divergence). Script
cases use AdamW with betas (0.9, 0.95) and weight decay 0.05, Adagrad with an LR decay of 1e-2
and NAdam with betas (0.95, 0.999) on digits, wine, iris, breast cancer, moons, circles and the
sine; every script case holds a hidden width of 1960 to 1969. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine,
step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, one per worker, at most two at a time) only to check that the fault
is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts called directly:
no diagnosis was made. The numbers below are from those stores (a changed case's from its last
training; the healthy runner runs and every case on the rows from the second run's stores, see
below). No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3519 on the rows, 0.2667 on the marks, 0.2778 on the blips. Baselines (validation): accuracy
0.7173 (rows), 0.5375 (marks), 0.6222 (blips); R2 0.6811 (yields), 0.7001 (the raw yields).

Measured healthy ranges (runner, the final runs, re-measured after the second run's changes):
update ratio quarter means 1.8e-4 to 0.067, single steps at most 0.39 (the blips under Adagrad);
the ``update_ratio_high`` run reaches quarter means of 0.505 with single steps up to 15.6; the
``update_ratio_low`` runs log quarter means of at most 2.1e-12 and 8.9e-10. Dead fraction of the
CNNs' dense ReLUs 41% to 50% in the healthy runs, of the second convolution's at most 31%; the
shifted CNN's 100%, the RMSprop-killed CNN's 97% (and 81% of the second convolution's), the
30-image CNN's up to 58%. Saturated sigmoid gates at most 0.1% and tanh units at most 1.3% in the
healthy LSTMs; the saturated run's 24% and 23%, the update-ratio run's 59% and 43%. Gradient
norms at most 13.2 (the yields under AdamW, 3 layers); single hard-shrink layers log norms of 0
at some steps in healthy runs too (every unit inside the threshold; the rows under RMSprop at
its first step), their nonzero first norms at least 5.9e-4 (the rows under AdamW); the vanishing
run's are 0 at every step; the exploding run's 5600 to 2.7e4; the batch-1 run's up to 14.9. The
step loss's position in the epoch explains at most 22% of the within-epoch variance over the
second half in the healthy runner runs (residuals from each epoch's mean, the share the
position's mean explains); the unshuffled run 99.99%. The standard deviation of the step loss's
step-to-step change over the second half is at most 1.25 times its mean in the healthy runner
runs (the CNN under momentum 0.9); the batch-1 run's 1.10. Healthy scores (validation): rows
0.8231-0.8673, marks 0.7646-0.9563, blips 0.7556-0.8333, yields R2 0.7533 and 0.8538. Every
healthy runner run's validation loss is lowest at its end but the yields under AdamW (epoch 18 of
20, 0.12% above it) and the marks under Adam (epoch 11 of 12, 0.03% above). Among the scripts
every validation loss is lowest at the end.

Changes after the second run (a later helper, who saw no diagnosis either; each changed case
trained once at seed 0 with diagnosis off into fresh SQLite stores, at most two at a time; then
every healthy runner case was retrained together into two fresh stores, and the ranges above
re-measured from those runs and the changed ones): the rows set was the trouble: with 1300 rows
no settings brought all five healthy MLPs clearly above the baseline (0.7077) with the validation
loss lowest at the end (32 runner runs of widths 48 to 256, thresholds 1.0 and 0.5, other LRs
and epochs: Adam and AdamW at width 128 and threshold 0.5 reached 0.80 and 0.81 at their ends,
but RMSprop at most 0.77, 0.74 where lowest at its end, and momentum 0.9 0.80 to 0.84 only 0.9%
to 14% above its minima), so ``rows`` now draws 2600 rows by default (baseline 0.7173, majority
share 0.3519) and every case on it was retrained and relabelled from its new metrics.
The healthy rows MLPs: Adam at LR 3e-3, not 5e-3 (0.8385; 5e-3 ended 0.76% above its epoch-8
minimum); AdamW at LR 5e-3, not 0.01 (0.8308; 0.01 ended 1.3% above its epoch-5
minimum); momentum 0.9 with batch 32, not 24 (0.8673; batch 24 ended 0.67% above its epoch-11
minimum); RMSprop (0.8558) and Adagrad (0.8231) unchanged; every one lowest at its end. The
faults on the rows, labels unchanged: the exploding run's epoch loss 2.97e4 throughout, its
gradient norms 5600 to 2.7e4, accuracy 0.2788, 40% of the test predictions in one class; the
vanishing run's norms 0 at every step, accuracy 0.35, every test prediction in one class; the
unshuffled run's position share 99.99%, accuracy 0.3442, 98% of the test predictions in one
class; the batch-1 run swings 1.10 times its mean (healthy up to 1.25, so ``noisy_loss`` stays
allowed), its epoch loss falls 25.6% in the last epoch, accuracy 0.7096 below the baseline, so
``not_converged`` stays expected; the 40-row run scores 0.6135 (training 1.0, the baseline on 40
rows 0.6481), its validation loss 3.80 times its epoch-12 minimum at the end (of 150), so
``overfitting`` stays expected beside ``generalisation_gap``. The yields under Adam 18 epochs,
not 20 (R2 0.8538, lowest at the end; 16 epochs 0.825); the marks under AdamW 15 epochs, not 16
(0.9167, lowest at the end; the step schedule is the same up to there); Lightning's wine 10
epochs, not 12 (accuracy 1.0, lowest at the end; LR 3e-4 over 12 epochs also ended at its
minimum); Trainer's iris 13 epochs, not 14 (accuracy 0.9667, lowest at the end); the loop's
breast cancer 11 epochs, not 12 (accuracy 0.9561, lowest at the end). The yields under AdamW (18
or 16 epochs ended 1.7% and 2.7% above their minima) and the marks under Adam (11 epochs scored
0.8854, not 0.9021) were left as they were. No other fault case was changed; every other label
still holds against the re-measured ranges.

Changes after the first round (all cases trained once): the first sequence set (a slow or fast
sine and a step up or down) was linearly separable, baseline 0.9778 above every recurrent run
(0.48 to 0.89), so it became :func:`blips` (baseline 0.6222) and every recurrent case was
retrained on it; the first tabular set (a square and a sine of readings) left the hard-shrink
MLPs at 0.61 to 0.68 against a baseline of 0.573 and was made the present bands; the
hard-shrink threshold is 1.0 by default, not 0.5 (0.84 against 0.71 in a quick check of the same
data), and the healthy MLPs are twice as wide with higher LRs (0.01 for Adam and AdamW, 5e-3
for RMSprop, 0.1 for momentum 0.9, 0.05 for Adagrad): at the old LRs the momentum and the 3-layer
Adagrad MLPs never moved off ln 3 (every unit inside the threshold), so the Adagrad MLP has 2
layers now; the rows under Adam, AdamW, RMSprop and Adagrad then ended 4% to 7% above their
minima, so 12 epochs (and Adam at 5e-3, AdamW every 4 epochs by 0.3, RMSprop decay 0.8); the
yields MLPs reached R2 0.64 and -0.78 (every unit inside the threshold) and were made wider with
LR 0.01. The blips under AdamW (decay 0.9, 1.4% above its epoch-14 minimum) now decay 0.85. The
scripts that ended above their minima: Lightning's digits (LR 1e-3, 10 epochs, 46% above) now
3e-4 and 8 epochs; Lightning's wine (1e-3, 15 epochs, 6.5% above) now 5e-4 and 12 (still 2.7%
above); Lightning's moons (0.02, 15 epochs, 6% above) now 0.01 and 12; Keras' wine (0.01, 15
epochs, 4.2% above) now 5e-3 and 12; TensorBoard's iris (1e-3, 20 epochs, 15.5% above) now 5e-4
and 15; TensorBoard's moons (0.02, 2.2% above) now 0.01; the loop's sine (1e-3, 16 epochs, 35%
above its epoch-3 minimum) now 3e-4 and 6 epochs: each now lowest at its end. The slow start
with N(0, 0.03) init never started (the epoch loss 1.388 to 1.385 in 10 epochs, every test
prediction in one class): it became N(0, 0.1), which sits at ln 4 for an epoch and then learns.

Labels from the metrics: the RMSprop-killed CNN's blow-up passed (its loss ends near ln 4), so it
is a training problem; the exploding run's loss is 3.0e4 at every epoch and its verdict is a
failure; the test predictions fall in one class in both dead-unit runs (100%), the vanishing run
(100%) and the unshuffled run (98%), so ``predictions_collapsed`` is expected there, allowed in
the update-ratio-low CNN (67%), and neither expected nor allowed where they spread (the exploding
run 40%, the saturated run 41%, the update-ratio-low LSTM 58%, the Adagrad LSTM 32%); the Adagrad
LSTM at LR 2 scores 0.3611, 0.083 above its majority share but far below the baseline with
training accuracy 0.48, so ``underfitting`` is expected and ``at_chance`` only allowed; the loop's
stuck digits scores 0.1838 at its initial weights, 0.08 above the majority share, so
``at_chance`` is allowed there, not expected; Lightning's NaN digits, Keras' NaN moons and
Lightning's stuck circles expect ``at_chance``, Trainer's NaN wine, TensorBoard's NaN breast
cancer and Trainer's stuck iris allow it; the batch-1 run swings less than the healthy runs, so
``noisy_loss`` is only allowed and ``not_converged`` expected (its epoch loss falls 25.6% in the
last epoch, the validation loss lowest at the end); the overfit runs' validation losses end 3.80
(40 rows), 1.24 (30 images), 1.11 (Keras' 16 rows) and 4.78 (TensorBoard's 8 rows) times their
early minima, so ``overfitting`` is expected beside ``generalisation_gap``.

Not met: the yields under AdamW still end 0.12% above their epoch-18 minimum and the marks under
Adam 0.03% above their epoch-11 minimum (fractions of a percent, not exactly at their ends); the
healthy runner cases were retrained together into two fresh stores, but the faults on the rows
and the changed scripts each in a store of the second run's, and the faults off the rows and the
unchanged scripts were not retrained after the first run (their numbers are that run's); the
healthy scripts' swings and the other script ranges were not re-measured; the position shares
above are this helper's measure (the first run's writer gave 29% for its healthy runs, not
comparable); the slow start's first gradient norms (0.015) are still not clearly below the
healthy CNNs' (0.017 and up), so its label rests on its first epoch's flat loss. No other seed
was checked.

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


def blips(n: int = 900, steps: int = 18, noise: float = 0.5, width: int = 3,
          height: float = 1.4, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading may hold a dip of ``height`` lasting ``width`` steps at a random time, the
    second a bump of ``height`` likewise; the class is which are there (4 classes: neither, the
    bump, the dip, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        if label // 2:
            t = int(rng.integers(0, steps - width + 1))
            x[i, t:t + width, 0] -= height
        if label % 2:
            t = int(rng.integers(0, steps - width + 1))
            x[i, t:t + width, 1] += height
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_SLASH = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a slash, four corner dots), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _SLASH, _DOTS), n, 10, noise, flip, seed)


def rows(n: int = 2600, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the class is 0, 1 or 2 by where
    a score (1.5 times reading 0, plus 1.5 times the distance of reading 1 from 0 less 0.8, plus
    half of reading 2) falls between two cuts (-0.8 and 0.8); readings 3 to 9 are noise; a share
    ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    score = 1.5 * x[:, 0] + 1.5 * (np.abs(x[:, 1]) - 0.8) + 0.5 * x[:, 2]
    y = np.digitize(score, [-0.8, 0.8])
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1100, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 7 readings, the target a square of one, a
    cosine of a second, a ReLU of a third and a linear fourth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 7))
    y = (0.8 * x[:, 0] ** 2 + 1.5 * np.cos(1.2 * x[:, 1]) + 2.0 * np.maximum(x[:, 2], 0.0)
         - x[:, 3] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class HardshrinkMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units, each a linear layer then a
    hard-shrink unit (:class:`torch.nn.Hardshrink`: ``x`` where ``|x| > lambd``, else 0), then a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, lambd: float = 1.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), nn.Hardshrink(lambd)]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class GeM(nn.Module):
    """Generalised-mean pooling over the spatial axes: ``mean(clamp(x, eps) ** p) ** (1 / p)``
    with a learnt exponent ``p`` (starting at ``p``)."""

    def __init__(self, p: float = 3.0, eps: float = 1e-6) -> None:
        super().__init__()
        self.p = nn.Parameter(torch.tensor(float(p)))
        self.eps = eps

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.clamp(min=self.eps).pow(self.p).mean(dim=(2, 3)).pow(1.0 / self.p)


class GeMCNN(nn.Module):
    """A CNN with generalised-mean pooling: two 3x3 convolutions with ReLU units, a 2x2 max pool
    between them, a :class:`GeM` pool over the map, then a dense ReLU layer (whose
    pre-activations start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32, p: float = 3.0,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.gem = GeM(p)
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.gem(self.act2(self.conv2(h)))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class IndyLSTM(nn.Module):
    """A diagonal-recurrence LSTM (IndyLSTM), hand-written: the four gates read the input through
    a full matrix but the previous hidden state only through per-unit weight vectors (each unit
    sees only its own past), ``sigmoid`` input, forget and output gates and ``tanh`` cell
    candidate and output; it reads the flattened sequence ``features`` readings a step; the
    last hidden state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 4 * hidden)
        self.u = nn.Parameter(torch.empty(4 * hidden).uniform_(-0.5, 0.5))
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.u * h.repeat(1, 4)
            i, f, g, o = z.chunk(4, dim=1)
            c = self.gate(f) * c + self.gate(i) * self.squash(g)
            h = self.gate(o) * self.squash(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout269"
WV = _factory(f"{HERE}:blips", seed=2690)
MK = _factory(f"{HERE}:marks", seed=2691)
RW = _factory(f"{HERE}:rows", seed=2692)
YD = _factory(f"{HERE}:yields", seed=2693)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=8000.0, seed=2694)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HardshrinkMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GeMCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:IndyLSTM", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW, betas (0.9, 0.95) and weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.95), "weight_decay": 0.05}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-2."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-2}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.95, 0.999)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.95, 0.999)}, **kw)


MOM9 = {"momentum": 0.9}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h269_divergence_yields_raw_hsmlp_sgd", "the yields regression times 300 plus 8000 "
         "(targets unscaled), the hard-shrink MLP of 20, plain SGD at LR 0.01, batch 22",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 7.6e7 at the first step, 1.8e16 at the third, "
                      f"then overflowing (logged 1.8e308) with every gradient norm and update "
                      f"ratio"), verdict="failed"),
    Case("h269_exploding_rows_hsmlp_d6_std1", "the hard-shrink MLP of 6 layers of 26 with "
         "N(0, 1) init on the rows, SGD with momentum 0.5 at LR 1e-10, batch 28",
         {"data": RW, "model": {**_mlp(width=26, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 2.97e4 at every epoch; every gradient norm 5600 to 2.7e4 "
                      "(healthy at most 13.2); quarter-mean update ratios up to 4.0e-7, a side "
                      "effect of the LR; accuracy 0.2788 (test 0.3269) against a majority share "
                      "of 0.3519; only 40% of the test predictions in one class, so no "
                      "collapse"),
         verdict="failed"),
    Case("h269_dead_relu_marks_gemcnn_dense_shift10", "the GeM CNN on the marks with its dense "
         "ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR 2e-3, "
         "batch 24, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 24}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 50%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.386 (ln 4) throughout; "
                      "accuracy 0.2687 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h269_dead_relu_marks_gemcnn_rmsprop_lr01", "the GeM CNN on the marks, plain RMSprop at "
         "LR 0.1, batch 26, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 49.1 in epoch 1, then near ln 4 (1.404), so the blow-up "
                      "passed; gradient norms up to 787 and single update ratios up to 14 "
                      "(healthy at most 0.39); 97% of the dense units and 81% of the second "
                      "convolution's logged dead (healthy at most 50% and 31%); accuracy 0.2458 "
                      "against 0.2667, every test prediction in one class"), verdict=TP),
    Case("h269_update_ratio_high_blips_indylstm_adagrad_lr2", "the IndyLSTM of 16 on the "
         "blips, Adagrad at LR 2, batch 25, 8 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "at_chance", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.505, single steps up to 15.6 (healthy "
                      "at most 0.067 and 0.39); 59% of the sigmoid gates and 43% of the tanh "
                      "units saturated (healthy at most 0.1% and 1.3%); the epoch loss 3.14 to "
                      "1.21 and training accuracy 0.4759: accuracy 0.3611 against a baseline of "
                      "0.6222, 0.083 above the majority share; 32% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h269_update_ratio_low_marks_gemcnn_sgd_lr1e9", "the GeM CNN on the marks, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.392 at every epoch; quarter-mean update ratios at most "
                      "2.1e-12 (healthy at least 1.8e-4); accuracy 0.2354 against a majority "
                      "share of 0.2667; 67% of the test predictions in one class"), verdict=TP),
    Case("h269_update_ratio_low_blips_indylstm_rmsprop_lr1e10", "the IndyLSTM of 16 on the "
         "blips, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.383 at every epoch; quarter-mean update ratios at most "
                      "8.9e-10 (healthy at least 1.8e-4); accuracy 0.2889 against a majority "
                      "share of 0.2778; 58% of the test predictions in one class, so no collapse"),
         verdict=TP),
    Case("h269_vanishing_rows_hsmlp_d12_std005_momentum9", "the hard-shrink MLP (threshold "
         "0.05) of 12 layers of 16 with N(0, 0.05) init on the rows, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": RW, "model": {**_mlp(width=16, depth=12, lambd=0.05), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the hard-shrink units zero every signal: every gradient norm 0 from the "
                      "first step (healthy MLPs log 0 at some steps only, their nonzero first "
                      "norms at least 5.9e-4); the epoch loss 1.098 to 1.101 (ln 3); accuracy "
                      "0.35 at the majority share (0.3519), every test "
                      "prediction in one class"), verdict=TP),
    Case("h269_saturated_blips_indylstm_std3_rmsprop", "the IndyLSTM of 16 with N(0, 3) init "
         "on the blips, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": WV, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("24% of the sigmoid gates and 23% of the tanh units saturated (healthy at "
                      "most 0.1% and 1.3%); the epoch loss 3.81 to 3.75, far above ln 4; accuracy "
                      "0.2667 against a majority share of 0.2778; 41% of the test predictions in "
                      "one class, so no collapse"), verdict=TP),
    Case("h269_slow_start_marks_gemcnn_std01_momentum9", "the GeM CNN with N(0, 0.1) init on "
         "the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.386 (ln 4) in epoch 1, 1.345 in epoch 2, then falling to "
                      "0.20: accuracy 0.925 at the end with the validation loss lowest there; "
                      "first gradient norms 0.015 (healthy CNNs' 0.017 and up), so vanishing is "
                      "no clear finding; the epoch loss still 7% lower than the epoch before"),
         verdict=TP),
    Case("h269_unshuffled_rows_hsmlp_rmsprop", "the rows sorted by label, never shuffled, the "
         "hard-shrink MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**RW, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.99% of its within-epoch "
                      "variance (healthy runner runs at most 22%); the epoch loss 1.116 to 1.112; "
                      "accuracy 0.3442 (test 0.3308) against a majority share of 0.3519; 98% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h269_mse_softmax_blips_indylstm_adam", "the blips trained with square error on the "
         "softmax, the IndyLSTM of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8222 like the healthy runs; the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h269_noisy_rows_hsmlp_b1_adam", "the rows one at a time (batch 1), the hard-shrink "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": RW, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.10 times its mean over the second half (healthy "
                      "runner runs up to 1.25), so noise is no clear finding; the epoch loss "
                      "falls 25.6% in the last epoch (1.033 to 0.769) with the validation loss "
                      "lowest at the end: accuracy 0.7096, below the baseline 0.7173 (healthy "
                      "0.82 and up); gradient norms up to 14.9 (healthy at most 13.2), a side "
                      "effect of single rows"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h269_overfit_rows_subset40_hsmlp_adamw", "40 rows of the rows set, the hard-shrink "
         "MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**RW, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("40 rows teach less: accuracy 0.6135 (training 1.0; the baseline on 40 rows "
                      "0.6481); the validation loss lowest at epoch 12 of 150, 3.80 times it at "
                      "the end; the step loss swings 4.5 times its mean"), verdict=GP),
    Case("h269_gap_marks_subset30_gemcnn_adam", "30 images of the marks, the GeM CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5229 (training 1.0; the healthy CNNs 0.76 "
                      "and up); the validation loss lowest at epoch 21 of 100, 1.24 times it at "
                      "the end; 58% of the dense units logged dead at worst (healthy up to 50%)"),
         verdict=GP),
    Case("h269_underfit_blips_indylstm_one_unit_adam", "the blips through an IndyLSTM of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WV, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.4278 (training 0.4704) below "
                      "the baseline (0.6222); the epoch loss still falls 3% in the last epoch, "
                      "the validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h269_lightning_digits_adamw_lr1e20_nan", "Lightning: digits, AdamW (betas 0.9 and "
         "0.95, weight decay 0.05) at LR 1e20, 1960 units, batch 24, 3 epochs",
         script=lightning_run(_aw("digits", hidden=(1960,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"), verdict="failed"),
    Case("h269_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.95 and 0.999) at LR 1e-10, 1961 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(1961,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7695 at every epoch; accuracy 0.5078 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h269_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(LR decay 1e-2) at LR 1e20 (decaying linearly), 1962 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1962,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h269_hf_trainer_iris_adamw_lr1e10_stuck", "Hugging Face Trainer names: iris, AdamW "
         "(betas 0.9 and 0.95, weight decay 0.05) at LR 1e-10 (decaying linearly), 1963 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_aw("iris", hidden=(1963,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.346 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, 0.2 below 1/3"), verdict=TP),
    Case("h269_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.95 and 0.999) at LR 1e20, 1964 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(1964,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h269_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1965 "
         "units, Adagrad (LR decay 1e-2) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(1965,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4457, training 1.0); the "
                      "validation loss 16.49 at epoch 2, 18.29 at the end"), verdict=GP),
    Case("h269_tensorboard_breast_cancer_adagrad_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adagrad (LR decay 1e-2) at LR 1e20, 1966 units, batch 19, 3 epochs",
         script=tensorboard_run(_ag("breast_cancer", hidden=(1966,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h269_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1967 units, NAdam (betas 0.95 and 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(1967,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150, 4.78 times it at the end"),
         verdict=GP),
    Case("h269_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), AdamW (betas 0.9 and 0.95, weight decay 0.05) at LR 1e-3, "
         "1968 units, batch 20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_aw("sine", hidden=(1968,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h269_plain_digits_adagrad_lr1e10_stuck", "hand-written loop: digits, Adagrad (LR "
         "decay 1e-2) at LR 1e-10, 1969 units, batch 25, 4 epochs",
         script=plain_run(_ag("digits", hidden=(1969,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.281 at every epoch; accuracy 0.1838 at its initial "
                      "weights, 0.08 above the majority share, so at chance is no clear finding"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy269_rows_hsmlp_adam_cosine",
       {"data": RW, "model": _mlp(width=64),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy269_rows_hsmlp_adamw_step",
       {"data": RW, "model": _mlp(width=56),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.3},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy269_rows_hsmlp_rmsprop_exponential",
       {"data": RW, "model": _mlp(width=60),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy269_rows_hsmlp_momentum9_cosine",
       {"data": RW, "model": _mlp(width=52),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy269_rows_hsmlp_adagrad_inverse_time",
       {"data": RW, "model": _mlp(width=48),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy269_yields_hsmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=64),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy269_yields_hsmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=48, depth=3),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy269_marks_gemcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy269_marks_gemcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy269_marks_gemcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy269_marks_gemcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy269_blips_indylstm_adam_cosine",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy269_blips_indylstm_adamw_exponential",
       {"data": WV, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy269_blips_indylstm_rmsprop_cosine",
       {"data": WV, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy269_blips_indylstm_adagrad_cosine",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy269_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1960,), lr=3e-4, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy269_lightning_wine_nadam",
        lightning_run(_na("wine", hidden=(1961,), lr=5e-4, epochs=10, batch_size=10)),
        "lightning"),
    _hs("healthy269_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(1962,), lr=0.01, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy269_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(1963,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy269_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(1964,), lr=2e-3, epochs=13, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy269_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(1965,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy269_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(1966,), lr=5e-3, epochs=12, batch_size=10)), "keras"),
    _hs("healthy269_keras_breast_cancer_nadam",
        keras_run(_na("breast_cancer", hidden=(1967,), lr=2e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy269_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(1968,), lr=5e-4, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy269_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(1969,), lr=5e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy269_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(1960,), lr=0.01, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy269_plain_sine_adamw",
        plain_run(_aw("sine", hidden=(1964,), lr=3e-4, epochs=6, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy269_plain_breast_cancer_adagrad",
        plain_run(_ag("breast_cancer", hidden=(1966,), lr=5e-3, epochs=11, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
