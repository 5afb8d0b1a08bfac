"""The three-hundred-twenty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout321` (not looked at), after the measurement of
:mod:`.heldout319` and :mod:`.heldout320`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`TwoStreamMLP` (one stream of linear layers with an activation,
a constructor argument, on the features, another on their squares, merged by a learnt elementwise
product before a linear head), :class:`WrapCNN` (3x3 convolutions with wrap-around padding and
ReLU units, a learnt per-channel bias map over positions, a 2x2 max pool, a global max pool, a
dense ReLU layer whose pre-activations can start shifted, a linear head) and
:class:`BackForthRNN` (one hand-written tanh cell reading the sequence backwards and then forwards
from the state it reached, stepped by hand, a linear head on the last state); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`orders`, 900 series of 20 steps in 2 readings, each reading holding one spike of 3 (up or
down) at its own random time in noise 0.2, the class whether reading 0's spike comes first and
whether it points up (4 classes; seed 3220); :func:`marks`, 3000 10x10 images of an L, a T, a Z
or four corner dots at a random place in noise 0.35, 2% random labels (4 classes; seed 3221);
:func:`ledger`, a tabular 4-class set of 8 readings (a sign product and a threshold on a reading
plus a square; 3% random labels, 1400 rows; seed 3222); :func:`yields`, a tabular regression of
8 readings (1200 rows; seed 3223; times 300 plus 4000 with seed 3224 for the divergence). Script
cases use NAdam with betas (0.9, 0.995) and weight decay 1e-5, SGD with momentum 0.75 and weight
decay 5e-4 and Adamax with weight decay 1e-4 on digits, wine, iris, breast cancer, moons, circles
and the sine; every script case holds a hidden width of 2490 to 2499. Runner optimisers: Adam,
AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file only
to check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, the share of the step loss's within-epoch variance its position explains,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. The runs went into several small SQLite stores (two
workers a round, a fresh store each round), not one store; the numbers below are from the last
run of each case. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2714
on the ledger, 0.2583 on the marks, 0.2722 on the orders. Baselines (validation): accuracy 0.5821
(ledger), 0.5383 (marks), 0.7389 (orders); R2 0.5661 (yields), 0.5816 (the raw yields).

Measured healthy ranges (runner): update ratio quarter means 3.2e-5 to 0.0964, single steps at
most 1.2 (the ledger under Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.61
with single steps up to 14; the ``update_ratio_low`` runs log quarter means of at most 8e-12 and
9e-10. Dead fraction of the CNNs' dense ReLUs 4% to 47% and of the second convolution's up to 50%
in the healthy runs; the shifted CNN's 100%, the RMSprop CNN's 97%, the 30-image CNN's 58%.
Saturated tanh states at most 30% in the healthy recurrent nets (56% in the deepest tanh stream of
the ledger under Adagrad); the saturated run's 84%, the update-ratio run's 96%. Gradient norms at
least 0.0019 and at most 515 (the RNN under Adam with a step schedule), first norms at least
0.029; the vanishing run's 3.3e-15 to 5.3e-14, the exploding run's 2.9e5 to 3.2e6, the saturated
run's up to 5e9, the slow start's first 1.3e-3 to 2.4e-3. The step loss's position in the epoch
explains at most 20% of the within-epoch variance over the second half in the healthy runner runs;
the unshuffled run 100%. The standard deviation of the step loss's step-to-step change
over the second half is at most 1.37 times its mean in the healthy runner runs (the RNN under Adam
with a step schedule) and 1.42 in the healthy scripts; the batch-1 run's only 0.62. Healthy scores
(validation): ledger 0.8071-0.8714, marks 0.8183-0.9167, orders 0.9667-1.0, yields R2 0.876 and
0.8845. Every healthy runner run's validation loss is lowest at its end but the ledger under Adam
(0.43% above its epoch-11 minimum) and under Adagrad (0.48%, epoch 14), the yields under Adam
(0.09%, epoch 17), the marks under AdamW (0.55%, epoch 9) and under Nesterov momentum (0.44%,
epoch 9) and the orders under RMSprop (1.03% above its epoch-14 minimum).

Changes after the first round (healthy runner cases and every case trained once): the first
:func:`orders` (12 steps, noise 0.3, spike 2, reading 1's spike always up) had a baseline of 0.8556
that the RNNs barely met (0.81 to 0.96), so 20 steps, noise 0.2, spikes of 3 and reading 1's
direction random (baseline 0.7389; a 20-step, noise 0.4 try gave a baseline of 0.6444 but RNNs of
0.52 to 0.72); the RNNs then got 24 to 28 units, LR 0.01 (RMSprop 3e-3) and 16 to 20 epochs, and
the RNN under SGD with momentum 0.9 (LR 0.05, 0.556, 79% saturated, 12.8% above its epoch-2
minimum) was replaced by Adam with a step schedule; every RNN fault was retrained on the new data.
The two-stream MLPs (width 24 to 32, tanh, LR 3e-3) reached only 0.50 to 0.54 on the ledger
(baseline 0.5821) and R2 0.40 to 0.43 on the yields (baseline 0.5661): now widths 48 to 64, ReLU
streams or two tanh layers, LRs 5e-3 to 0.1 (two-layer tanh under AdamW and RMSprop reached only
0.60 and 0.52, ReLU at LR 0.01 under AdamW overfit to 18% above its epoch-8 minimum, RMSprop at LR
1e-3 and 3e-3 reached 0.50 and 0.74). The marks under Nesterov momentum (LR 0.03, 12 epochs, 4%
above its epoch-6 minimum) now LR 0.02 and 10 epochs; under AdamW (16 epochs, 1.1% above) now LR
4e-3, every 2 epochs by 0.5, 10 epochs. The orders under RMSprop at LR 5e-3 for 20 epochs ended
15% above its epoch-14 minimum (at 2e-3 it reached only 0.8056), so LR 3e-3 and 16 epochs.
Scripts: Lightning's moons (LR 2e-3, 15 epochs, 3% above its epoch-14 minimum) now LR 1e-3 and 12
epochs; Keras' circles (LR 5e-4, 1.1% above) now 3e-4; the loop's sine (LR 2e-3, 16 epochs, 23%
above its epoch-12 minimum) now 1e-3 and 12 epochs; the loop's breast cancer (LR 5e-4, 1.7%
above) now 2e-4: each now lowest at its end. The slow start (N(0, 0.15), 2 tanh layers, plain
SGD) started as fast as the healthy runs, so 3 tanh layers of 16 with N(0, 0.1) and momentum 0.9.

Not met: the orders under RMSprop ends 1.03% above its minimum, the five others above a fraction
of a percent; the marks under AdamW (0.8183) ends only 0.098 below the best marks run (0.9167);
the changed cases were checked each in a store of their round, never retrained together into one
fresh store, so the measured ranges above mix rounds.

Labels from the metrics: the exploding run's loss is 1.4e6 at every epoch (falling 5% in 3) and
its predictions spread (at most 32% in one class), so ``not_training`` and
``predictions_collapsed`` are not expected; the update-ratio runs on the orders hold 66% and 69%
of the test predictions in one class (allowed), the saturated run 31%; the saturated run's
gradients reach 5e9, so ``exploding_gradients`` is expected there; the batch-1 run swings less
than the healthy runs, so ``noisy_loss`` is only allowed and its state, still falling and 0.125
below the baseline, is ``not_converged`` and ``underfitting``; the slow start ends 0.082 below the
baseline (``underfitting`` allowed); Keras' 16 digits end at their lowest validation loss, so only
``generalisation_gap`` is expected; Lightning's stuck circles score 0.3906 against a majority
share of 0.5, so ``at_chance`` is only allowed; the overfit runs' validation losses end 2.5 (40
rows), 1.16 (30 images) and 4.8 (TensorBoard's 8 rows) times their early minima, so
``overfitting`` is expected beside ``generalisation_gap``.

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


def orders(n: int = 900, steps: int = 20, noise: float = 0.2, height: float = 3.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds one spike of ``height``, up or down at random, at its own random time; the
    class is whether reading 0's spike comes before reading 1's, times 2, plus whether reading
    0's spike points up (4 classes; reading 1's direction tells nothing). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, noise, (n, steps, 2))
    y = np.zeros(n, dtype=np.int64)
    for i in range(n):
        t0, t1 = rng.choice(steps, 2, replace=False)
        up = int(rng.integers(0, 2))
        x[i, t0, 0] += height if up else -height
        x[i, t1, 1] += height if rng.integers(0, 2) else -height
        y[i] = 2 * int(t0 < t1) + up
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a Z, four corner dots), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _ZED, _DOTS), n, 10, noise, flip, seed)


def ledger(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (their product positive), times 2, plus whether reading 2 plus half the
    square of reading 3 exceeds 0.5; readings 4 to 7 are noise; a share ``flip`` of labels drawn
    at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] + 0.5 * x[:, 3] ** 2 > 0.5)
    y = y.astype(np.int64)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, half the square of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * x[:, 0] * x[:, 1] + 1.5 * np.sin(2.0 * x[:, 2]) + 0.5 * x[:, 3] ** 2 + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid, "softplus": nn.Softplus}


class TwoStreamMLP(nn.Module):
    """A two-stream MLP: one stream of ``depth`` linear layers of ``width`` with ``activation``
    reads the features, a second alike reads their squares; the two are merged by a learnt
    elementwise product (``gate * a * b``) before a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 1, activation: str = "tanh") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))

        def stream() -> nn.Sequential:
            layers: list[nn.Module] = []
            k = n_in
            for _ in range(depth):
                layers += [nn.Linear(k, width), _ACTS[activation]()]
                k = width
            return nn.Sequential(*layers)

        self.plain = stream()
        self.square = stream()
        self.gate = nn.Parameter(torch.ones(width))
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        return self.head(self.gate * self.plain(x) * self.square(x * x))


class WrapCNN(nn.Module):
    """A circular-padding CNN: two 3x3 convolutions with wrap-around padding and ReLU units, the
    first with a learnt per-channel bias map over positions added before its ReLU, a 2x2 max pool
    between them and a global max pool after, then a dense ReLU layer (whose pre-activations
    start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1, padding_mode="circular")
        self.bias_map = nn.Parameter(torch.zeros(channels[0], h, w))
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1, padding_mode="circular")
        self.relu = nn.ReLU()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.relu(self.conv1(x) + self.bias_map))
        h = self.relu(self.conv2(h)).amax(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class BackForthRNN(nn.Module):
    """A reverse-then-forward recurrent net: one hand-written tanh cell reads the flattened
    sequence of ``features`` readings a step backwards, from the last step to the first, then
    forwards again from the state it reached, stepped by hand; a linear head reads the last
    state."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        order = [*range(self.steps - 1, -1, -1), *range(self.steps)]
        for t in order:
            h = self.squash(self.wx(seq[:, t]) + self.wh(h))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout322"
OR = _factory(f"{HERE}:orders", seed=3220)
MK = _factory(f"{HERE}:marks", seed=3221)
LG = _factory(f"{HERE}:ledger", seed=3222)
YD = _factory(f"{HERE}:yields", seed=3223)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=3224)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TwoStreamMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:WrapCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BackForthRNN", "args": args}


def _nad(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.9, 0.995) and weight decay 1e-5."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.995), "weight_decay": 1e-5},
              **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.75 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "weight_decay": 5e-4}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


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
    Case("h322_divergence_yields_raw_twostream_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the two-stream MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.6e7 at the first step, then overflowing (logged "
                      f"1.8e308) with every gradient norm and update ratio"), verdict="failed"),
    Case("h322_exploding_ledger_twostream_relu_d6_std1", "the two-stream MLP of 6 ReLU layers "
         "of 24 per stream with N(0, 1) init on the ledger, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": LG, "model": {**_mlp(width=24, depth=6, activation="relu"), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.46e6 to 1.39e6 (ln 4 is 1.386), the validation loss 1.35e6 "
                      "at the end; every gradient norm 2.9e5 to 3.2e6 (healthy at most 515); "
                      "quarter-mean update ratios up to 1.3e-5, a side effect of the LR; accuracy "
                      "0.2286 (test 0.2357) against a majority share of 0.2714; no class holds "
                      "more than 32% of the test predictions"), verdict="failed"),
    Case("h322_dead_relu_marks_wrapcnn_dense_shift10", "the circular-padding CNN on the marks "
         "with its dense ReLU layer's pre-activations shifted by -10, Adam at LR 2e-3, batch 25, "
         "4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 47%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.39 to 1.387 (ln 4); "
                      "accuracy 0.26 (test 0.2583, the majority share), every test prediction "
                      "in one class"), verdict=TP),
    Case("h322_dead_relu_marks_wrapcnn_rmsprop_lr01", "the circular-padding CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 99.6 in epoch 1, then 1.396 and 1.395 (near ln 4), so the "
                      "blow-up passed; gradient norms 0 to 1420 and single update ratios up to 14 "
                      "(healthy at most 1.2); 97% of the dense units and 88% of the second "
                      "convolution's logged dead (healthy up to 47% and 50%); accuracy 0.2483 "
                      "(test 0.25) against a majority share of 0.2583, every test prediction in "
                      "one class"), verdict=TP),
    Case("h322_update_ratio_high_orders_bfrnn_adagrad_lr2", "the reverse-then-forward RNN of 16 "
         "on the orders, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed", "unshuffled_data"),
         why_allowed=("quarter-mean update ratios up to 0.61, single steps up to 14 (healthy at "
                      "most 0.096 and 1.2); 96% of the tanh states saturated (healthy at most "
                      "30%); epoch losses 7.19 to 1.60, the validation loss 1.508 at the end, "
                      "still falling; accuracy 0.3056 (test 0.25) against a majority share of "
                      "0.2722; 66% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h322_update_ratio_low_marks_wrapcnn_sgd_lr1e9", "the circular-padding CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.408 at every epoch; quarter-mean update ratios at most "
                      "8e-12 (healthy at least 3e-5); accuracy 0.2533 (test 0.2533) against a "
                      "majority share of 0.2583; every test prediction in one class"), verdict=TP),
    Case("h322_update_ratio_low_orders_bfrnn_rmsprop_lr1e10", "the reverse-then-forward RNN of "
         "16 on the orders, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.421 at every epoch; quarter-mean update ratios at most "
                      "9e-10 (healthy at least 3e-5); accuracy 0.2167 (test 0.2333) against a "
                      "majority share of 0.2722; 69% of the test predictions in one class"),
         verdict=TP),
    Case("h322_vanishing_ledger_twostream_d10_std005_momentum9", "the two-stream MLP of 10 tanh "
         "layers of 16 per stream with N(0, 0.05) init on the ledger, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=10), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("gradient norms 3.3e-15 to 5.3e-14 (healthy at least 0.0019, first norms "
                      "at least 0.029); the epoch loss 1.388 to 1.391 (ln 4); accuracy 0.2714 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    Case("h322_saturated_orders_bfrnn_std3_rmsprop", "the reverse-then-forward RNN of 16 with "
         "N(0, 3) init on the orders, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": OR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "exploding_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "divergence"),
         why_allowed=("84% of the tanh states saturated (healthy at most 30%); the epoch loss "
                      "10.26 to 10.11, far above ln 4; gradient norms up to 5e9 (healthy at most "
                      "515); accuracy 0.3222 (test 0.2389) against a majority share of 0.2722; "
                      "no class holds more than 31% of the test predictions"), verdict=TP),
    Case("h322_slow_start_ledger_twostream_d3_std01_momentum9", "the two-stream MLP of 16 (3 "
         "tanh layers per stream) with N(0, 0.1) init on the ledger, SGD with momentum 0.9 at LR "
         "0.05, batch 20, 20 epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=3), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 20}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged"),
         why_allowed=("first gradient norms 1.3e-3 to 2.4e-3 (healthy first norms at least "
                      "0.029); the epoch loss 1.389 to 1.390 over the first 3 epochs, then 0.83 "
                      "to 0.80 at the end, the validation loss 1.36% above its epoch-15 minimum;"
                      " accuracy 0.50 (test 0.4357) against a baseline of 0.5821"), verdict=TP),
    Case("h322_unshuffled_ledger_twostream_rmsprop", "the ledger sorted by label, never "
         "shuffled, the two-stream MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance (healthy runner runs at most 20%); the epoch loss 1.377 to 1.350;"
                      " accuracy 0.3107 (test 0.2857) against a majority share of 0.2714; 43% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h322_mse_softmax_orders_bfrnn_adam", "the orders trained with square error on the "
         "softmax, the reverse-then-forward RNN of 24, Adam at LR 0.01, batch 25, 20 epochs",
         {"data": OR, "model": _rnn(hidden=24),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"loss": "mse", "epochs": 20, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 1.0 like the healthy runs; the "
                      "step loss swings 2.24 times its mean over the second half (it is tiny at "
                      "the end)"), verdict=TP),
    Case("h322_noisy_ledger_twostream_b1_adam", "the ledger one row at a time (batch 1), the "
         "two-stream MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": LG, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.62 times its mean over the second half "
                      "(healthy runner runs up to 1.37), so noise is no clear finding; the epoch "
                      "loss 1.22 then 1.005 (18% lower), the validation loss lowest at the end: "
                      "accuracy 0.4571 (test 0.4786), 0.125 below the baseline 0.5821"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h322_overfit_ledger_subset40_twostream_adamw", "40 rows of the ledger, the two-stream "
         "MLP of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.3964 (test 0.4321; training 1.0; the "
                      "healthy runs 0.80 and up); the validation loss lowest at epoch 6 of 150, "
                      "2.5 times it at the end"), verdict=GP),
    Case("h322_gap_marks_subset30_wrapcnn_adam", "30 images of the marks, the circular-padding "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.40 (test 0.3983; training 1.0; the "
                      "healthy CNNs 0.81 and up); the validation loss lowest at epoch 14 of 100, "
                      "16% above it at the end; 58% of the dense units logged dead (healthy up to "
                      "47%)"), verdict=GP),
    Case("h322_underfit_orders_bfrnn_one_unit_adam", "the orders through a reverse-then-forward "
         "RNN of 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": OR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3556 (test 0.35) far below "
                      "the baseline (0.7389), the validation loss lowest at the end, the epoch "
                      "loss falling 0.05% an epoch; 53% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h322_lightning_digits_mom_lr1e20_nan", "Lightning: digits, SGD with momentum 0.75 "
         "and weight decay 5e-4 at LR 1e20, 2490 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2490,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h322_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (weight decay 1e-4) at LR 1e-10, 2491 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(2491,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7261 at every epoch; accuracy 0.3906 at its initial "
                      "weights, 0.11 below the majority share 0.5"), verdict=TP),
    Case("h322_hf_trainer_wine_mom_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.75 and weight decay 5e-4 at LR 1e20 (decaying linearly), 2492 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(2492,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      f" share"), verdict="failed"),
    Case("h322_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.9 and 0.995, weight decay 1e-5) at LR 1e-10 (decaying linearly), 2493 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nad("iris", hidden=(2493,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.114 at every evaluation; accuracy 0.40 at its "
                      "initial weights, 0.067 above 1/3"), verdict=TP),
    Case("h322_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.9 and 0.995, weight decay 1e-5) at LR 1e20, 2494 units, batch 20, 3 "
         "epochs",
         script=keras_run(_nad("moons", hidden=(2494,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h322_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2495 units, "
         "Adamax (weight decay 1e-4) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(2495,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at the end (2.523), so "
                      "no clear overfitting"), verdict=GP),
    Case("h322_tensorboard_breast_cancer_mom_lr1e20_nan", "TensorBoard tags: breast cancer, SGD "
         "with momentum 0.75 and weight decay 5e-4 at LR 1e20, 2496 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2496,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"), verdict="failed"),
    Case("h322_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2497 units, NAdam (betas 0.9 and 0.995, weight decay 1e-5) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_nad("circles", hidden=(2497,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150, 4.8 times it at the end"),
         verdict=GP),
    Case("h322_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with noise "
         "0.2 (640 points), Adamax (weight decay 1e-4) at LR 2e-3, 2498 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(2498,), lr=2e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h322_plain_digits_mom_lr1e10_stuck", "hand-written loop: digits, SGD with momentum "
         "0.75 and weight decay 5e-4 at LR 1e-10, 2499 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2499,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.322 at every epoch; accuracy 0.1058, about the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy322_ledger_twostream_adam_cosine",
       {"data": LG, "model": _mlp(width=48, activation="relu"),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy322_ledger_twostream_adamw_step",
       {"data": LG, "model": _mlp(width=48, activation="relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy322_ledger_twostream_rmsprop_exponential",
       {"data": LG, "model": _mlp(width=48, activation="relu"),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy322_ledger_twostream_momentum9_cosine",
       {"data": LG, "model": _mlp(width=48, activation="relu"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy322_ledger_twostream_d2_adagrad_inverse_time",
       {"data": LG, "model": _mlp(width=48, depth=2),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy322_yields_twostream_adam_cosine",
       {"data": YD, "model": _mlp(width=64),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy322_yields_twostream_d2_adamw_cosine",
       {"data": YD, "model": _mlp(width=48, depth=2),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy322_marks_wrapcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy322_marks_wrapcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 2, "gamma": 0.5},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy322_marks_wrapcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy322_marks_wrapcnn_nesterov9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy322_orders_bfrnn_adam_cosine",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy322_orders_bfrnn_adamw_exponential",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.95},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy322_orders_bfrnn_rmsprop_cosine",
       {"data": OR, "model": _rnn(hidden=28),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy322_orders_bfrnn_adam_step",
       {"data": OR, "model": _rnn(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "step", "step_size": 8, "gamma": 0.5},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy322_lightning_digits_nadam",
        lightning_run(_nad("digits", hidden=(2490,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy322_lightning_wine_mom",
        lightning_run(_mom("wine", hidden=(2491,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy322_lightning_moons_adamax",
        lightning_run(_amx("moons", hidden=(2492,), lr=1e-3, epochs=12, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy322_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_nad("breast_cancer", hidden=(2493,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy322_hf_trainer_iris_mom",
        hf_trainer_run(_mom("iris", hidden=(2494,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy322_keras_circles_nadam",
        keras_run(_nad("circles", hidden=(2495,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy322_keras_wine_adamax",
        keras_run(_amx("wine", hidden=(2496,), lr=1e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy322_keras_breast_cancer_mom",
        keras_run(_mom("breast_cancer", hidden=(2497,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy322_tensorboard_iris_nadam",
        tensorboard_run(_nad("iris", hidden=(2498,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy322_tensorboard_digits_mom",
        tensorboard_run(_mom("digits", hidden=(2499,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy322_tensorboard_moons_adamax",
        tensorboard_run(_amx("moons", hidden=(2490,), lr=2e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy322_plain_sine_adamax",
        plain_run(_amx("sine", hidden=(2494,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy322_plain_breast_cancer_nadam",
        plain_run(_nad("breast_cancer", hidden=(2496,), lr=2e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
