"""The two-hundred-eighty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout287` (not looked at), after the measurement of
:mod:`.heldout284` and :mod:`.heldout285`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`SmishMLP` (hidden layers of linear and Smish activations,
``x * tanh(log(1 + sigmoid(x)))``, then a linear head), :class:`LPPoolCNN` (two 3x3
convolutions with ReLU units, each followed by a hand-written 2x2 power-mean pool,
``(mean of |x|^p)^(1/p)`` with a learnt ``p = 1 + softplus(rho)`` per channel, then a dense ReLU
layer whose pre-activations can start shifted and a linear head) and :class:`LeakyRNN` (a
hand-written leaky-integrator cell ``h = (1 - a) * h + a * tanh(W x + U h)`` with a learnt leak
``a = sigmoid(c)`` per unit, stepped by hand; its last state feeds a linear head); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`drifts`, 800 noisy series of 16 steps in 2 readings, the first drifting up or down by
0.04 a step, the second holding a 3-step pulse of 1.5 or none (4 classes; given flattened as 32
columns and read back as a sequence; seed 2860); :func:`glyphs`, 2400 10x10 images of a T, an L,
a diagonal or an H at a random place in noise 0.25, 2% random labels (4 classes; seed 2861);
:func:`tables`, a tabular 3-class set of 8 readings (the largest of three scores, 3% random
labels, 1200 rows; seed 2862); :func:`loads`, a tabular regression of 8 readings (1000 rows;
seed 2863; times 300 plus 6000 with seed 2864 for the divergence). Script cases use SGD with
Nesterov momentum 0.8, Adamax with betas (0.9, 0.99) and RMSprop with momentum 0.5 on digits,
wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden width of
2130 to 2139. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum
0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file
into fresh SQLite stores (one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3667 on the tables, 0.2708 on the glyphs, 0.2562 on the drifts. Baselines (validation):
accuracy 0.7292 (tables), 0.8375 (glyphs), 0.75 (drifts); R2 0.6275 (loads), 0.6039 (the raw
loads).

Measured healthy ranges (runner, the last version of each run): update ratio quarter means 7.5e-5
to 0.074, single steps at most 0.83 (the tables under Adagrad); the ``update_ratio_high`` run
reaches quarter means of 0.68 with single steps up to 21; the ``update_ratio_low`` runs log
quarter means of at most 2.7e-12 and 1e-9. Dead fraction of the CNNs' dense ReLUs 7% to 46% in the
healthy runs measured; the shifted CNN's 100%, the killed CNN's 97%. Saturated tanh states at most
5.2% in the healthy recurrent nets; the update-ratio run's 92%, the saturated run's 78%. Gradient
norms at least 9.2e-3 and at most 5.8 (the loads under Adam), first norms at least 9.2e-3; the
vanishing run's down to 2.5e-15, the exploding run's 1638 to 1.2e4. The step loss's position in
the epoch explains at most 24% of the within-epoch variance over the second half in the healthy
runner runs; the unshuffled run 99.96%. The standard deviation of the step loss's step-to-step
change over the second half is at most 0.99 times its mean in the healthy runner runs (the tables
under Adagrad) and 1.65 in the healthy scripts; the batch-1 run's 0.98. Healthy scores
(validation): tables 0.8667-0.9292, glyphs 0.8542-0.9292, drifts 0.8063-0.825, loads R2 0.9078
and 0.9363. Every healthy runner run's validation loss is lowest at (or within 0.3% of) its end
but the loads under AdamW (epoch 21 of 25, 0.7% above it).

Changes after the first round (each changed case trained once at seed 0 into a fresh store,
diagnosis off): the first drifts (drift 0.15 a step and a sine of period 4 in the second reading)
gave a baseline of 0.9375 that no run could clearly pass, a sine of amplitude 0.8 and period 6
with drift 0.05 still 0.7688 with the healthy RNNs at 0.53 to 0.74, so the second reading now holds
a pulse and the drift is 0.04 (baseline 0.75, healthy 0.8063 to 0.825); the glyphs in noise 0.35
left the healthy CNNs at 0.63 to 0.70, so noise 0.25 (every glyph and drift case retrained on the
new data); the tables under AdamW with a step schedule (LR 3e-3, 0.7542), momentum 0.9 (LR 0.01,
0.6125) and Adagrad (LR 0.03, 0.7458) were near or below the baseline, so LR 6e-3 stepping every 8
epochs, LR 0.05 and LR 0.1; the loads under AdamW (LR 2e-3, R2 0.5615, below the baseline) now LR
6e-3 and 25 epochs; the CNN under Adam (0.8604) now 16 epochs (0.9042), under RMSprop (0.7229) LR
4e-3 and 16 epochs (0.8542); the RNN under RMSprop LR 4e-3; Lightning's and TensorBoard's moons
(0.9% above their epoch-14 minima at 15 epochs) now 14 epochs and the loop's sine under Adamax
(1.38 times its epoch-11 minimum at 16 epochs) now 11 epochs: each lowest at its end. The slow
start (N(0, 0.03) init) never left ln 4 in 10 epochs, so N(0, 0.06): flat for 4 epochs, then
falling (trained in a scratch store with only the init changed).

Not met: the CNN under RMSprop ends at 0.8542, only 0.017 above the glyphs' baseline, and the
RNNs end 0.056 to 0.075 above theirs; the loads under AdamW ends 0.7% above its epoch-21 minimum;
the healthy ranges above mix runs of the first and the later rounds and were not re-measured
together in one store.

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 4), so it is a
training problem; the exploding run's loss is 1.44e4 at every epoch and its verdict is a failure;
the test predictions fall in one class in both dead-unit runs (100%), the vanishing run (100%) and
the unshuffled run (100%), so ``predictions_collapsed`` is expected there, allowed in the
exploding run (85%) and the stuck RNN (61%); the update-ratio, saturated and stuck CNN runs spread
their predictions (43%, 32%, 59%), so it is not expected there; these runs all score within 0.055
of the majority share (``at_chance`` expected); Lightning's NaN digits, Keras' NaN moons and the
loop's stuck digits expect ``at_chance``; Trainer's NaN wine, TensorBoard's NaN breast cancer,
Trainer's stuck iris (0.7667) and Lightning's stuck circles (0.625) allow it; the batch-1 run's
step loss swings less than the healthy Adagrad run's, so ``noisy_loss`` is only allowed there and
its still-falling loss makes it ``not_converged``; the overfit runs' validation losses end 4.02
(40 rows), 2.57 (30 images), 1.107 (Keras' 16 rows) and 4.41 (TensorBoard's 8 rows) times their
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


def drifts(n: int = 800, steps: int = 16, noise: float = 0.5, drift: float = 0.04,
           height: float = 1.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first drifts up or down by ``drift`` a step, the second holds a pulse of ``height`` lasting 3
    steps at a random time or none; the class is the drift's sign times 2 plus whether the second
    reading pulses (4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        x[i, :, 0] += (drift if label // 2 else -drift) * (t - steps / 2)
        if label % 2:
            s = int(rng.integers(0, steps - 2))
            x[i, s:s + 3, 1] += height
    return x.reshape(n, steps * 2).astype(np.float32), y


_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)


def glyphs(n: int = 2400, noise: float = 0.25, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a T, an L, a diagonal, an H), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_TEE, _ELL, _DIAG, _AITCH), n, 10, noise, flip, seed)


def tables(n: int = 1200, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 8 readings; the class is which of three
    scores is largest: reading 0 plus half of reading 1, the square of reading 2 less 1, and the
    product of readings 3 and 4; readings 5 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    scores = np.stack([x[:, 0] + 0.5 * x[:, 1], x[:, 2] ** 2 - 1.0, x[:, 3] * x[:, 4]], axis=1)
    y = scores.argmax(1)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1000, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a square of one, a
    cosine of a second, a product of two more and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (0.6 * x[:, 0] ** 2 + 1.5 * np.cos(1.2 * x[:, 1]) + x[:, 2] * x[:, 3] - x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class Smish(nn.Module):
    """Smish, an activation: ``x * tanh(log(1 + sigmoid(x)))``."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.tanh(torch.log1p(torch.sigmoid(x)))


class SmishMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with Smish activations, then a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), Smish()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class LPPool(nn.Module):
    """A 2x2 power-mean pool written by hand: ``(mean of |x|^p)^(1/p)`` over each 2x2 window,
    with a learnt ``p = 1 + softplus(rho)`` per channel (always above 1; 2 at the start)."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.rho = nn.Parameter(torch.full((channels,), float(np.log(np.e - 1.0))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        x = x[:, :, :2 * (h // 2), :2 * (w // 2)]
        p = (1.0 + nn.functional.softplus(self.rho)).view(1, c, 1, 1)
        win = x.abs().reshape(b, c, h // 2, 2, w // 2, 2).clamp_min(1e-6)
        return win.pow(p.unsqueeze(-1).unsqueeze(-1)).mean(dim=(3, 5)).pow(1.0 / p)


class LPPoolCNN(nn.Module):
    """An LP-pooling CNN: two 3x3 convolutions with ReLU units, each followed by a hand-written
    2x2 power-mean pool (:class:`LPPool`), then a dense ReLU layer (whose pre-activations can
    start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool1 = LPPool(channels[0])
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.pool2 = LPPool(channels[1])
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.act1(self.conv1(x)))
        h = self.pool2(self.act2(self.conv2(h))).flatten(1)
        return self.head(self.act(self.fc(h) + self.dense_shift))


class LeakyRNN(nn.Module):
    """A hand-written leaky-integrator recurrent net: ``h = (1 - a) * h + a * tanh(W x + U h)``
    with a learnt leak ``a = sigmoid(c)`` per unit (0.5 at the start), stepped by hand over the
    flattened sequence of ``features`` readings a step; the last state feeds a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.leak = nn.Parameter(torch.zeros(hidden))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        a = torch.sigmoid(self.leak)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h = (1.0 - a) * h + a * self.squash(self.wx(seq[:, t]) + self.wh(h))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout286"
DR = _factory(f"{HERE}:drifts", seed=2860)
GL = _factory(f"{HERE}:glyphs", seed=2861)
TB = _factory(f"{HERE}:tables", seed=2862)
LD = _factory(f"{HERE}:loads", seed=2863)
LD_RAW = _factory(f"{HERE}:loads", scale=300.0, shift=6000.0, seed=2864)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SmishMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LPPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LeakyRNN", "args": args}


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.9, 0.99)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.9, 0.99)}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


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
    Case("h286_divergence_loads_raw_smishmlp_sgd", "the loads regression times 300 plus 6000 "
         "(targets unscaled), the Smish MLP of 24, plain SGD at LR 0.01, batch 20",
         {"data": LD_RAW, "model": _mlp(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 20}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.8e308 (overflowed) with every gradient norm and update "
                      "ratio; first gradient norms 341 to 3111"), verdict="failed"),
    Case("h286_exploding_tables_smishmlp_d6_std2", "the Smish MLP of 6 layers of 24 with N(0, 2) "
         "init on the tables, SGD with momentum 0.5 at LR 1e-10, batch 25",
         {"data": TB, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 2.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.44e4 at every epoch; every gradient norm 1638 to 1.2e4 "
                      "(healthy at most 5.8); quarter-mean update ratios up to 5.4e-8, a side "
                      "effect of the LR; accuracy 0.3125 against a majority share of 0.3667; 85% "
                      "of the test predictions in one class"), verdict="failed"),
    Case("h286_dead_relu_glyphs_lpcnn_dense_shift12", "the LP-pooling CNN on the glyphs with its "
         "dense ReLU layer's pre-activations shifted by -12, so its units never fire, Adam at LR "
         "2e-3, batch 24, 4 epochs",
         {"data": GL, "model": _cnn(dense_shift=-12.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 24}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 46%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.386 to 1.385 (ln 4); "
                      "accuracy 0.2708 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h286_dead_relu_glyphs_lpcnn_rmsprop_lr01", "the LP-pooling CNN on the glyphs, plain "
         "RMSprop at LR 0.1, batch 26, 3 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 96.8 in epoch 1, then 1.418 and 1.384 (ln 4), so the "
                      "blow-up passed; gradient norms 0 to 1920 and single update ratios up to 14 "
                      "(healthy at most 0.83); 97% of the dense units logged dead; accuracy "
                      "0.2437 against a majority share of 0.2708, every test prediction in one "
                      "class"), verdict=TP),
    Case("h286_update_ratio_high_drifts_leakyrnn_adagrad_lr3", "the leaky-integrator RNN of 16 on "
         "the drifts, Adagrad at LR 3, batch 25, 8 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.68, single steps up to 21 (healthy at "
                      "most 0.074 and 0.83); 92% of the tanh states saturated (healthy at most "
                      "5.2%); gradient norms up to 203; epoch losses 6.4 to 1.5, the validation "
                      "loss 1.2 times its epoch-4 minimum; accuracy 0.2812 against 0.2562; only "
                      "43% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h286_update_ratio_low_glyphs_lpcnn_sgd_lr1e9", "the LP-pooling CNN on the glyphs, plain "
         "SGD at LR 1e-9, batch 28, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.384 at every epoch; quarter-mean update ratios at most "
                      "2.7e-12 (healthy at least 7.5e-5); accuracy 0.2896 (test 0.2604) against a "
                      "majority share of 0.2708; 59% of the test predictions in one class"),
         verdict=TP),
    Case("h286_update_ratio_low_drifts_leakyrnn_rmsprop_lr1e10", "the leaky-integrator RNN of 16 "
         "on the drifts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.474 at every epoch; quarter-mean update ratios at most "
                      "1e-9; accuracy 0.2188 against a majority share of 0.2562; 61% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h286_vanishing_tables_smishmlp_d12_std005_momentum9", "the Smish MLP of 12 layers of 16 "
         "with N(0, 0.05) init on the tables, SGD with momentum 0.9 at LR 0.05, batch 30, 4 "
         "epochs",
         {"data": TB, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the gradients down to 2.5e-15, first norms at most 9.4e-15 (healthy first "
                      "norms at least 9.2e-3); the epoch loss 1.093 to 1.095 (ln 3); accuracy "
                      "0.3667 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h286_saturated_drifts_leakyrnn_std3_rmsprop", "the leaky-integrator RNN of 16 with "
         "N(0, 3) init on the drifts, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": DR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("78% of the tanh states saturated (healthy at most 5.2%); the epoch loss "
                      "7.8 to 7.56, far above ln 4; gradient norms up to 8614 (healthy at most "
                      "5.8); accuracy 0.2125 against a majority share of 0.2562; 32% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h286_slow_start_glyphs_lpcnn_std006_momentum9", "the LP-pooling CNN with N(0, 0.06) "
         "init on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 30, 10 epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.06},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss flat at ln 4 (1.388 to 1.383) for 4 epochs, then 1.348 to "
                      "0.651; the validation loss lowest at the end, still falling; accuracy "
                      "0.715 against a baseline of 0.8375 (healthy CNNs 0.8542 and up)"),
         verdict=TP),
    Case("h286_unshuffled_tables_smishmlp_rmsprop", "the tables sorted by label, never shuffled, "
         "the Smish MLP of 24, plain RMSprop at LR 1e-4, batch 25, 8 epochs",
         {"data": {**TB, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.96% of its within-epoch "
                      "variance (healthy runner runs at most 24%); the epoch loss 1.123 to 1.11; "
                      "accuracy 0.2708 against a majority share of 0.3667, every test prediction "
                      "in one class"), verdict=TP),
    Case("h286_mse_softmax_drifts_leakyrnn_adam", "the drifts trained with square error on the "
         "softmax, the leaky-integrator RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7937 (healthy 0.8063 to 0.825), "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h286_noisy_tables_smishmlp_b1_adam", "the tables one row at a time (batch 1), the "
         "Smish MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": TB, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "underfitting", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.98 times its mean over the second half, but the "
                      "healthy Adagrad tables run swings 0.99, so noise is no clear finding; the "
                      "epoch loss falls 16% in the last epoch, the validation loss lowest at the "
                      "end: accuracy 0.70 (baseline 0.7292)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h286_overfit_tables_subset40_smishmlp_adamw", "40 rows of the tables, the Smish MLP of "
         "160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TB, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.6917 (training 1.0; the healthy runs 0.8667 "
                      "and up); the validation loss lowest at epoch 2 of 150, 4.02 times it at "
                      "the end"), verdict=GP),
    Case("h286_gap_glyphs_subset30_lpcnn_adam", "30 images of the glyphs, the LP-pooling CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3979 (training 1.0; the healthy CNNs "
                      "0.8542 and up); the validation loss lowest at epoch 5 of 100, 2.57 times "
                      "it at the end; 45% of the dense units logged dead at most (healthy up to "
                      "46%)"), verdict=GP),
    Case("h286_underfit_drifts_leakyrnn_one_unit_adam", "the drifts through a leaky-integrator "
         "RNN of 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": DR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3937 (training 0.4104) far "
                      "below the baseline (0.75), the validation loss lowest at the end; single "
                      "update ratios up to 4.9 on the unit's tiny weights; 43% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h286_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.8 at LR 1e20, 2130 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2130,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 1; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h286_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.9 and 0.99) at LR 1e-10, 2131 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(2131,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7357 at every epoch; accuracy 0.625 at its initial "
                      "weights, 0.125 above the majority share"), verdict=TP),
    Case("h286_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "with momentum 0.5 at LR 1e20 (decaying linearly), 2132 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(2132,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.066 below the majority share"),
         verdict="failed"),
    Case("h286_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "(betas 0.9 and 0.99) at LR 1e-10 (decaying linearly), 2133 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("iris", hidden=(2133,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.9391 at every evaluation; accuracy 0.7667 at its "
                      "initial weights, far above 1/3"), verdict=TP),
    Case("h286_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.9 and 0.99) at LR 1e20, 2134 units, batch 20, 3 epochs",
         script=keras_run(_amx("moons", hidden=(2134,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h286_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2135 "
         "units, RMSprop with momentum 0.5 at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(2135,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.571, training 1.0); the "
                      "validation loss lowest at epoch 11 of 120 (3.827), 1.107 times it at the "
                      "end"), verdict=GP),
    Case("h286_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.8 at LR 1e20, 2136 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2136,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h286_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2137 units, Adamax (betas 0.9 and 0.99) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_amx("circles", hidden=(2137,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5923, training 1.0); the "
                      "validation loss lowest at epoch 8 of 150, 4.41 times it at the end"),
         verdict=GP),
    Case("h286_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop with momentum 0.5 at LR 1e-3, 2138 units, batch 20, a "
         "corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2138,), lr=1e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h286_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.8 at LR 1e-10, 2139 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2139,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.377 at every epoch; accuracy 0.0557, below the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy286_tables_smishmlp_adam_cosine",
       {"data": TB, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy286_tables_smishmlp_adamw_step",
       {"data": TB, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 8, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy286_tables_smishmlp_rmsprop_exponential",
       {"data": TB, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy286_tables_smishmlp_momentum9_cosine",
       {"data": TB, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy286_tables_smishmlp_d3_adagrad_inverse_time",
       {"data": TB, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy286_loads_smishmlp_adam_cosine",
       {"data": LD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy286_loads_smishmlp_d3_adamw_cosine",
       {"data": LD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy286_glyphs_lpcnn_adam_cosine",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy286_glyphs_lpcnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy286_glyphs_lpcnn_rmsprop_cosine",
       {"data": GL, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy286_glyphs_lpcnn_momentum9_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy286_drifts_leakyrnn_adam_cosine",
       {"data": DR, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy286_drifts_leakyrnn_adamw_exponential",
       {"data": DR, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy286_drifts_leakyrnn_rmsprop_cosine",
       {"data": DR, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy286_drifts_leakyrnn_adagrad_cosine",
       {"data": DR, "model": _rnn(hidden=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy286_lightning_digits_adamax",
        lightning_run(_amx("digits", hidden=(2130,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy286_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2131,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy286_lightning_moons_rmsprop",
        lightning_run(_rms("moons", hidden=(2132,), lr=2e-4, epochs=14, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy286_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amx("breast_cancer", hidden=(2133,), lr=5e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy286_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2134,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy286_keras_circles_adamax",
        keras_run(_amx("circles", hidden=(2135,), lr=1e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy286_keras_wine_rmsprop",
        keras_run(_rms("wine", hidden=(2136,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy286_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2137,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy286_tensorboard_iris_adamax",
        tensorboard_run(_amx("iris", hidden=(2138,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy286_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2139,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy286_tensorboard_moons_rmsprop",
        tensorboard_run(_rms("moons", hidden=(2130,), lr=2e-4, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy286_plain_sine_adamax",
        plain_run(_amx("sine", hidden=(2134,), lr=2e-3, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy286_plain_breast_cancer_rmsprop",
        plain_run(_rms("breast_cancer", hidden=(2136,), lr=1e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
