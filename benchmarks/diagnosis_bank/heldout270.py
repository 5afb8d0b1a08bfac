"""The two-hundred-seventieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout268`, :mod:`.heldout269` and :mod:`.heldout271` (not
looked at), after the measurement of :mod:`.heldout264` to :mod:`.heldout267`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`LogSigmoidMLP` (hidden layers of
linear and ``nn.LogSigmoid`` units, then a linear head), :class:`MixedPoolCNN` (two 3x3 ReLU
convolutions, each followed by a :class:`MixedPool`, a learnt per-layer blend of 2x2 max and average
pooling, a global average pool, a dense ReLU layer whose pre-activations can start shifted, a linear
head) and :class:`TwoTimescaleGRU` (a fast ``nn.GRUCell`` a step and a slow ``nn.GRUCell`` updated
every second step from the fast one's state, both final states through a dense tanh readout, then a
linear head); no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`chirps`, 800 noisy series of 16 steps in 2 readings, a slow or fast beat at
a random phase in the first and a 4-step burst of a random sign or none in the second (4 classes;
given flattened as 32 columns and read back as a sequence; seed 2700); :func:`marks`, 3000 10x10
images of a corner, a tee, a diagonal or four corner dots at a random place in noise 0.35, 2% random
labels (4 classes; seed 2701); :func:`ledgers`, a tabular 4-class set of 8 readings (a circle and a
bent threshold, 3% random labels, 1400 rows; seed 2702); :func:`yields`, a tabular regression of 8
readings (1200 rows; seed 2703; times 300 plus 6000 with seed 2704 for the divergence). Script cases
use RAdam with betas (0.85, 0.999), Adamax with weight decay 1e-4 and SGD with momentum 0.6 on
digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden
width of 1970 to 1979. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1
to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one SQLite file per worker, one store per training round) only to check that the fault
is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the share
of the step loss's within-epoch variance its position explains, gradient norms, update ratios, dead
and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made. The
numbers below are from those stores. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2857
on the ledgers, 0.2567 on the marks, 0.2812 on the chirps. Baselines (validation): accuracy 0.6571
(ledgers), 0.5267 (marks), 0.7063 (chirps); R2 0.5471 (yields), 0.6265 (the raw yields).

Measured healthy ranges (runner, the 15 healthy runs at their final settings): update ratio quarter
means 2.2e-4 to 0.072, single steps at most 0.72 (the CNN under RMSprop); the ``update_ratio_high``
run reaches quarter means of 0.6 with single steps up to 20; the ``update_ratio_low`` runs log
quarter means of at most 3.4e-12 and 1.6e-9. Dead fraction of any ReLU layer of the healthy CNNs at
most 58% (the RMSprop CNN's second convolution; dense layers at most 42%); the shifted CNN's 100%,
the RMSprop-at-0.1 CNN's 94% (dense) and 88% (second convolution), the 30-image CNN's 53%. Saturated
tanh readouts at most 19% in the healthy recurrent nets; the saturated run's 71%, the update-ratio
run's 99.9% to 100%, the one-unit run's 0%. Gradient norms at least 0.0038 and at most 28 (the
yields under RMSprop), first norms at least 0.012; the vanishing run's down to 7.6e-14, the
exploding run's 909 to 1.1e4, the slow start's first 0.0042 to 0.0129. The step loss's position in
the epoch explains at most 19% of the within-epoch variance over the second half in the healthy
runner runs; the unshuffled run 99.8%. The standard deviation of the step loss's step-to-step change
over the second half is at most 0.73 times its mean in the healthy runner runs (the ledgers under
Adam) and 1.14 in the healthy scripts (Lightning's wine); the batch-1 run's only 0.65. Healthy
scores (validation): ledgers 0.9 and 0.9143, marks 0.6883-0.8683, chirps 0.9563-0.9625, yields R2
0.8463-0.9425. Every healthy runner run's validation loss is lowest at its end but the yields under
Adam (epoch 18 of 20, 0.63% above it) and under momentum 0.9 (epoch 18 of 20, 1.7% above it), and
the chirps under AdamW (epoch 14 of 15, 0.39% above) and RMSprop with a cosine schedule (epoch 14 of
15, 0.04% above).

Changes after the first training round: the chirps were first a beat and a rising or falling ramp,
which the baseline fitted perfectly (validation accuracy 1.0), so the second reading now holds a
burst of a random sign or none (baseline 0.7063) and every recurrent case was retrained; the
log-sigmoid MLPs sat on a plateau near ln 4 at their first LRs (ledgers 0.43 to 0.49, below the
baseline 0.6571, training accuracy 0.45 to 0.55; a built-in ReLU MLP reached 0.886 with the same
settings), so the ledgers under Adam and AdamW went to LR 0.02 (Adam 12 epochs instead of 15, whose
validation loss ended 1.3% above its epoch-12 minimum; AdamW's step schedule every 4 epochs by 0.3
instead of every 5 by 0.5, which ended 5.3% above); the ledgers under RMSprop (LR 0.01), momentum
0.9 (LR 0.1) and Adagrad (LR 0.2) still stayed near 0.5, so these three became the yields under
RMSprop (LR 5e-3, cosine: R2 0.8463; LR 3e-3 with exponential decay 0.85 reached 0.45, 0.01 with 0.9
0.828), the yields under momentum 0.9 (LR 0.02) and the chirps under Adagrad (LR 0.05, inverse time:
0.9625; Adagrad on the yields at LR 0.1 to 0.5 reached R2 0.07 to 0.22 and on the marks at LR 0.05
0.4467); the yields under Adam and AdamW went from LR 5e-3 and 3e-3 to 0.01 (R2 0.75 and 0.61
before); the CNN under RMSprop from LR 2e-3 to 5e-3 (0.565 before); the CNN under Adam at LR 0.01
and AdamW at LR 0.01 ended 0.63% and 1.1% above earlier minima, so they kept LR 4e-3 and 5e-3; the
chirps under momentum 0.9 reached 0.325 (LR 0.05) and 0.506 (LR 0.2, 15 epochs), below the baseline,
so it became the chirps under RMSprop with exponential decay 0.9 (0.9563), and AdamW with a cosine
schedule, tried first in its place, reached 0.525. Scripts: the loop's sine under Adamax (LR 2e-3,
16 epochs, 1.25 times its epoch-12 minimum) now LR 1e-3 and 12 epochs (lowest at the end);
Lightning's moons under Adamax (LR 2e-3, 15 epochs, 1.05% above its epoch-14 minimum) now LR 1e-3
and 20 epochs (lowest at the end, accuracy 0.9609). Faults: the raw yields at LR 0.01 (0.03) blew up
to 5.7e10 (3.2e13) and came back to 6e6 (4.1e6) without overflowing, so LR 0.1: the loss overflows
and turns NaN by step 6; the saturated GRU at N(0, 3) saturated only 27% to 30% of its readout, so
N(0, 10) (71%); the slow start at N(0, 0.03) (LR 0.05, 10 epochs) and at N(0, 0.05) (LR 0.05 and
0.1, 12 epochs) never left ln 4, so N(0, 0.07) and 12 epochs. The changed cases were each trained
once, in a round's store; the healthy ranges above are from the final settings' runs.

Labels from the metrics: the RMSprop-at-0.1 CNN's blow-up passed (its loss ends near ln 4), so it is
a training problem; the exploding run's loss is 7.7e3 at every epoch and its verdict is a failure;
the test predictions fall in one class in the exploding run (97%), both dead-unit runs (100%), the
update-ratio run (100%), both stuck runs (93.5% and 100%), the vanishing run (100%), the unshuffled
run (100%) and the one-unit run (100%), so ``predictions_collapsed`` is expected there; the
saturated run spreads its predictions (31% in one class) and its loss still falls from a great
height (27.8 to 19.0), so only ``saturated_activation`` and ``at_chance`` are expected; the one-unit
run ends at the majority share with every test prediction in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``underfitting``; the slow start ends below the
baseline (``underfitting`` expected beside ``slow_start``); the batch-1 run's step loss swings less
than healthy runs', so ``noisy_loss`` is only allowed there and it is labelled from its state
(``not_converged``, ``underfitting``); Keras' 16 digits end only 1.2% above their validation
minimum, so ``overfitting`` is allowed there, expected beside ``generalisation_gap`` in the other
overfit runs (4.66, 1.63 and 3.92 times their early minima); Lightning's circles stuck at 0.5859
(0.086 above the majority share) allow ``at_chance`` instead of expecting it. Lightning's NaN
digits, Keras' NaN moons and the loop's stuck digits expect ``at_chance``, Trainer's NaN wine,
TensorBoard's NaN breast cancer and Trainer's stuck iris allow it.

Not met: the four healthy runner runs named above still end above their validation minima (the
yields under momentum 0.9 by 1.7%, more than a fraction of a percent; LR 0.015 ended 1.2% above,
batch 32 1.8%); the healthy marks CNNs score 0.6883 to 0.7250 but under momentum (0.8683), clearly
above the baseline (0.5267) but still rising; the slow start's first gradients are 3 to 10 times
smaller than the healthy CNNs', not far outside them (the ln-4 plateau of three epochs is what shows
it); the changed cases were checked in the stores of their rounds, not retrained together into one
fresh store; ``noisy_loss`` is expected of no case: the batch-1 run swings 0.65 times its mean
(tried after, Adam at LR 3e-3 0.77 and at LR 0.01 0.84), not clearly above the healthy runner runs'
0.73, so it stays allowed there. No other seed was checked.

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


def chirps(n: int = 800, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading is a sine of a slow (period 8) or a fast (period 3) beat at a random phase,
    the second holds a 4-step burst of 1.5 of a random sign at a random time or none; the class
    is the beat times 2 plus the burst (4 classes). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        period = 3.0 if label // 2 else 8.0
        x[i, :, 0] += np.sin(2 * np.pi * t / period + rng.uniform(0, 2 * np.pi))
        if label % 2:
            start = int(rng.integers(0, steps - 3))
            x[i, start:start + 4, 1] += 1.5 * rng.choice([-1.0, 1.0])
    return x.reshape(n, steps * 2).astype(np.float32), y


_CORNER = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a corner, a tee, a diagonal, four corner dots), in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_CORNER, _TEE, _DIAG, _DOTS), n, 10, noise, flip, seed)


def ledgers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie inside a circle of radius 1.1 times 2 plus the sign of reading 2 plus half
    reading 3 squared less 0.5; readings 4 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] ** 2 + x[:, 1] ** 2 - 1.1 ** 2
    s2 = x[:, 2] + 0.5 * x[:, 3] ** 2 - 0.5
    y = 2 * (s1 < 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    square of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + 0.6 * x[:, 1] ** 2 + x[:, 2] * x[:, 3] + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class LogSigmoidMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with log-sigmoid activations
    (``nn.LogSigmoid``, ``log(1 / (1 + exp(-x)))``), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), nn.LogSigmoid()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class MixedPool(nn.Module):
    """A 2x2 pool that blends max and average pooling with a learnt weight (the sigmoid of one
    parameter, starting at an even blend)."""

    def __init__(self) -> None:
        super().__init__()
        self.logit = nn.Parameter(torch.zeros(1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = torch.sigmoid(self.logit)
        return a * nn.functional.max_pool2d(x, 2) + (1 - a) * nn.functional.avg_pool2d(x, 2)


class MixedPoolCNN(nn.Module):
    """A mixed-pooling CNN: two 3x3 ReLU convolutions, each followed by a :class:`MixedPool`
    (its own learnt blend of max and average pooling), a global average pool, a dense ReLU
    layer (whose pre-activations start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool1 = MixedPool()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.pool2 = MixedPool()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.act1(self.conv1(x)))
        h = self.pool2(self.act2(self.conv2(h))).mean(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class TwoTimescaleGRU(nn.Module):
    """A two-timescale GRU: a fast ``nn.GRUCell`` reads the flattened sequence of ``features``
    readings a step; a slow ``nn.GRUCell`` is updated every second step from the fast cell's
    state; both final states go through a tanh readout layer, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.fast = nn.GRUCell(features, hidden)
        self.slow = nn.GRUCell(hidden, hidden)
        self.readout = nn.Linear(2 * hidden, hidden)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h1 = seq.new_zeros(x.shape[0], self.hidden)
        h2 = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h1 = self.fast(seq[:, t], h1)
            if t % 2 == 1:
                h2 = self.slow(h1, h2)
        return self.head(self.squash(self.readout(torch.cat([h1, h2], dim=1))))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout270"
CH = _factory(f"{HERE}:chirps", seed=2700)
MK = _factory(f"{HERE}:marks", seed=2701)
LG = _factory(f"{HERE}:ledgers", seed=2702)
YD = _factory(f"{HERE}:yields", seed=2703)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2704)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LogSigmoidMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixedPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TwoTimescaleGRU", "args": args}


def _rad(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with betas (0.85, 0.999)."""
    return _s(data, optim="radam", optim_args={"betas": (0.85, 0.999)}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6}, **kw)


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
    Case("h270_divergence_yields_raw_logsigmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the log-sigmoid MLP of 20, plain SGD at LR 0.1, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.1e7 at the first step, 4.1e16 at the second, "
                      f"then overflowing (logged 1.8e308) with NaN gradients and update ratios at "
                      f"step 6"),
         verdict="failed"),
    Case("h270_exploding_ledgers_logsigmlp_d6_std1", "the log-sigmoid MLP of 6 layers of 32 with "
         "N(0, 1) init on the ledgers, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": LG, "model": {**_mlp(width=32, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 7668 to 7666; every gradient norm 909 to 1.1e4 (healthy at "
                      "most 28); quarter-mean update ratios up to 1.4e-7, a side effect of the "
                      "LR; accuracy 0.2786 against a majority share of 0.2857, 97% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h270_dead_relu_marks_mixpoolcnn_dense_shift10", "the mixed-pooling CNN on the marks "
         "with its dense ReLU layer's pre-activations shifted by -10, so its units never fire, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 58%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.389 to 1.387 (ln 4); "
                      "accuracy 0.2567 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h270_dead_relu_marks_mixpoolcnn_rmsprop_lr01", "the mixed-pooling CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 47.5 in epoch 1, then 1.407 (near ln 4), so the blow-up "
                      "passed; gradient norms 0 to 857 and single update ratios up to 14 "
                      "(healthy at most 0.72); 94% of the dense units and 88% of the second "
                      "convolution's units logged dead; accuracy 0.2467 against a majority share "
                      "of 0.2567, every test prediction in one class"),
         verdict=TP),
    Case("h270_update_ratio_high_chirps_gru_adagrad_lr2", "the two-timescale GRU of 16 on the "
         "chirps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.6, single steps up to 20 (healthy at "
                      "most 0.072 and 0.72); 99.9% to 100% of the tanh readout saturated "
                      "(healthy at most 19%); epoch losses 12 to 2.2, the validation loss 1.19 "
                      "times its epoch-4 minimum; accuracy 0.2437 against 0.2812, every test "
                      "prediction in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h270_update_ratio_low_marks_mixpoolcnn_sgd_lr1e9", "the mixed-pooling CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.392 at every epoch; quarter-mean update ratios at most "
                      "3.4e-12 (healthy at least 2.2e-4); accuracy 0.2367 against a majority "
                      "share of 0.2567; 93.5% of the test predictions in one class"),
         verdict=TP),
    Case("h270_update_ratio_low_chirps_gru_rmsprop_lr1e10", "the two-timescale GRU of 16 on the "
         "chirps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.388 at every epoch; quarter-mean update ratios at most "
                      "1.6e-9 (healthy at least 2.2e-4); accuracy 0.2812, the majority share, "
                      "every test prediction in one class"),
         verdict=TP),
    Case("h270_vanishing_ledgers_logsigmlp_d12_std005_momentum9", "the log-sigmoid MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the ledgers, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 7.6e-14, first norms 1.9e-13 (healthy "
                      "first norms at least 0.012); the epoch loss 1.405 to 1.392 (ln 4); "
                      "accuracy 0.2321 against a majority share of 0.2857, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h270_saturated_chirps_gru_std10_rmsprop", "the two-timescale GRU of 16 with N(0, 10) "
         "init of its dense layers on the chirps (the tanh readout saturates), plain RMSprop at "
         "LR 1e-4, batch 28, 4 epochs",
         {"data": CH, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 10.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("not_training", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("71% of the tanh readout saturated (healthy at most 19%); the epoch loss "
                      "27.8 to 19.0, far above ln 4 (it falls as the huge weights shrink, so the "
                      "still falling loss is allowed, not expected); quarter-mean update ratios "
                      "1.2e-5 to 4.2e-5; accuracy 0.2437 (test 0.225) against a majority share "
                      "of 0.2812; 31% of the test predictions in one class"),
         verdict=TP),
    Case("h270_slow_start_marks_mixpoolcnn_std007_momentum9", "the mixed-pooling CNN with "
         "N(0, 0.07) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 12 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.07},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.388, 1.39, 1.389 (ln 4) for three epochs, then 0.905 at "
                      "the end; first gradient norms 0.0042 to 0.0129 (healthy CNNs' first norms "
                      "0.0124 to 0.229, layer by layer 3 to 10 times larger); accuracy 0.5133 "
                      "(training 0.5333) below the baseline (0.5267), the validation loss lowest "
                      "at the end but only 0.5% below the epoch before"),
         verdict=TP),
    Case("h270_unshuffled_ledgers_logsigmlp_rmsprop", "the ledgers sorted by label, never "
         "shuffled, the log-sigmoid MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 19%); the epoch loss 1.444 to "
                      "1.399; accuracy 0.2857, the majority share, every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h270_mse_softmax_chirps_gru_adam", "the chirps trained with square error on the "
         "softmax, the two-timescale GRU of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9688 (test 0.975) like the "
                      "healthy runs; the validation loss 3.3% above its epoch-9 minimum"),
         verdict=TP),
    Case("h270_noisy_ledgers_logsigmlp_b1_adam", "the ledgers one row at a time (batch 1), the "
         "log-sigmoid MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": LG, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.65 times its mean over the second half (healthy "
                      "runner runs up to 0.73), so noise is no clear finding; two epochs of the "
                      "log-sigmoid net's slow start: the epoch loss 1.332 to 1.15 (14% lower), "
                      "the validation loss 1.188 to 1.121, lowest at the end; accuracy 0.4357 "
                      "(training 0.4631) below the baseline (0.6571)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h270_overfit_ledgers_subset40_logsigmlp_adamw", "40 rows of the ledgers, the "
         "log-sigmoid MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4464 (test 0.3893, training 1.0; the "
                      "healthy runs 0.9 and up); the validation loss lowest at epoch 5 of 150, "
                      "4.66 times it at the end"),
         verdict=GP),
    Case("h270_gap_marks_subset30_mixpoolcnn_adam", "30 images of the marks, the mixed-pooling "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3483 (test 0.355, training 1.0; the "
                      "healthy CNNs 0.6883 and up); the validation loss lowest at epoch 20 of "
                      "100, 1.63 times it at the end; up to 53% of the dense units logged dead "
                      "(healthy up to 58%)"),
         verdict=GP),
    Case("h270_underfit_chirps_gru_one_unit_adam", "the chirps through a two-timescale GRU of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": CH, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "not_training", "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: the epoch loss 1.72 to 1.385 (ln 4 "
                      "from epoch 9); accuracy 0.2812 (training 0.2771), the majority share, far "
                      "below the baseline (0.7063); every test prediction in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h270_lightning_digits_momentum6_lr1e20_nan", "Lightning: digits, SGD with momentum 0.6 "
         "at LR 1e20, 1970 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1970,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h270_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam (betas 0.85 and 0.999) at LR 1e-10, 1971 units, batch 20, 3 epochs",
         script=lightning_run(_rad("circles", hidden=(1971,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6646 at every epoch; accuracy 0.5859 at its initial "
                      "weights, 0.086 above the majority share 0.5"),
         verdict=TP),
    Case("h270_hf_trainer_wine_momentum6_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.6 at LR 1e20 (decaying linearly), 1972 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(1972,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3333, below "
                      f"the majority share"),
         verdict="failed"),
    Case("h270_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "(weight decay 1e-4) at LR 1e-10 (decaying linearly), 1973 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("iris", hidden=(1973,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.206 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, 0.067 below 1/3"),
         verdict=TP),
    Case("h270_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam (betas 0.85 and 0.999) at LR 1e20, 1974 units, batch 20, 3 epochs",
         script=keras_run(_rad("moons", hidden=(1974,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h270_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 1975 "
         "units, Adamax (weight decay 1e-4) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(1975,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5348, training 1.0); the "
                      "validation loss 2.718 at epoch 1, lowest (2.345) at epoch 12, only 1.2% "
                      "above it at the end, so overfitting is no clear finding"),
         verdict=GP),
    Case("h270_tensorboard_breast_cancer_momentum6_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.6 at LR 1e20, 1976 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1976,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"),
         verdict="failed"),
    Case("h270_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1977 units, RAdam (betas 0.85 and 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_rad("circles", hidden=(1977,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5923, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150, 3.92 times it at the end"),
         verdict=GP),
    Case("h270_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (weight decay 1e-4) at LR 2e-3, 1978 units, batch 20, "
         "a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(1978,), lr=2e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h270_plain_digits_momentum6_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.6 at LR 1e-10, 1979 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(1979,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.341 at every epoch; accuracy 0.1365, 0.036 above "
                      "the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy270_ledgers_logsigmlp_adam_cosine",
       {"data": LG, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy270_ledgers_logsigmlp_adamw_step",
       {"data": LG, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "step", "step_size": 4, "gamma": 0.3},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy270_yields_logsigmlp_rmsprop_cosine",
       {"data": YD, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy270_yields_logsigmlp_momentum9_cosine",
       {"data": YD, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy270_chirps_gru_adagrad_inverse_time",
       {"data": CH, "model": _rnn(hidden=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy270_yields_logsigmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy270_yields_logsigmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy270_marks_mixpoolcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy270_marks_mixpoolcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy270_marks_mixpoolcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy270_marks_mixpoolcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy270_chirps_gru_adam_cosine",
       {"data": CH, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy270_chirps_gru_adamw_exponential",
       {"data": CH, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy270_chirps_gru_rmsprop_cosine",
       {"data": CH, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy270_chirps_gru_rmsprop_exponential",
       {"data": CH, "model": _rnn(hidden=18),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 28}}),
    _hs("healthy270_lightning_digits_radam",
        lightning_run(_rad("digits", hidden=(1970,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy270_lightning_wine_momentum6",
        lightning_run(_mom("wine", hidden=(1971,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy270_lightning_moons_adamax",
        lightning_run(_amx("moons", hidden=(1972,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy270_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_rad("breast_cancer", hidden=(1973,), lr=3e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy270_hf_trainer_iris_momentum6",
        hf_trainer_run(_mom("iris", hidden=(1974,), lr=0.01, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy270_keras_circles_radam",
        keras_run(_rad("circles", hidden=(1975,), lr=1e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy270_keras_wine_adamax",
        keras_run(_amx("wine", hidden=(1976,), lr=1e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy270_keras_breast_cancer_momentum6",
        keras_run(_mom("breast_cancer", hidden=(1977,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy270_tensorboard_iris_radam",
        tensorboard_run(_rad("iris", hidden=(1978,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy270_tensorboard_digits_momentum6",
        tensorboard_run(_mom("digits", hidden=(1979,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy270_tensorboard_moons_adamax",
        tensorboard_run(_amx("moons", hidden=(1970,), lr=2e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy270_plain_sine_adamax",
        plain_run(_amx("sine", hidden=(1974,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy270_plain_breast_cancer_radam",
        plain_run(_rad("breast_cancer", hidden=(1976,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
