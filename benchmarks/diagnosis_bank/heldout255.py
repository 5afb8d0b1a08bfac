"""The two-hundred-and-fifty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout252`, :mod:`.heldout253` and :mod:`.heldout254` (not
looked at), after the measurement of :mod:`.heldout248` to :mod:`.heldout251`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`SoftsignMLP` (a learnt
per-feature input scale and offset, blocks of linear and softsign, or another activation, with
an optional shift of the pre-activations, a linear head), :class:`FracPoolCNN` (two 3x3
convolutions, each followed by ``nn.FractionalMaxPool2d``, a dense layer, a linear head) and
:class:`SlotMemoryRNN` (a tanh controller writing and reading 4 memory slots through softmax
addresses, NTM-lite). Data: :func:`plots` (tabular, 4 classes, 1400 rows; seed 2550),
:func:`yields` (tabular regression, 1200 rows; seed 2551; times 300 plus 8000 with seed 2552 for
the divergence), :func:`marks` (3000 12x12 images of a short stroke in one of 4 directions at a
random place; seed 2553) and :func:`bursts` (1200 sequences of 16 steps in 2 readings, the class
the reading and half of a burst; seed 2554). Scripts: RAdam with betas (0.85, 0.999), SGD with
Nesterov momentum 0.8 and weight decay 1e-3, RMSprop with alpha 0.85 and momentum 0.5; hidden
widths 1820 to 1829; digits, wine, iris, breast cancer, moons, circles and the sine.

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (epoch and validation losses, scores, gradient norms,
update ratios, dead and saturated fractions, ``baseline/val_*``, the test confusion matrix) with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The first store was trained from this file after the last change of a setting of the first round
(labels and reasons were written from it afterwards); the four healthy cases changed later, the
unshuffled and the batch-1 cases were trained again into a fresh store (their numbers as
before), where the step-loss figures were computed. No other seed was checked.

Label policy exactly as in :mod:`.heldout107`. Majority shares (test): 0.2714 (plots), 0.255
(marks), 0.2625 (bursts). Baselines (validation): accuracy 0.6929 (plots), 0.56 (marks), 0.925
(bursts); R2 0.6189 (yields).

Measured healthy ranges (runner, first store unless told): plots up to 0.8893 validation
accuracy, yields R2 up to 0.9193, marks CNNs up to 0.90; gradient norms 0.0318 to 14, update
ratios 6e-6 to 0.49 (first store); no healthy runner model logs saturation (softsign is not
counted); the healthy CNNs log up to 46% dead units at some point (first store). The four cases
changed after the first run were trained again into one fresh store (diagnosis off):
``healthy255_yields_mlp_softsign_rmsprop`` R2 0.9193 (training 0.9675, test 0.9067; baseline
0.6189), the validation loss 0.04% above its epoch-38 minimum of 40;
``healthy255_plots_mlp_softsign_rmsprop_exp`` accuracy 0.875 (training 0.9405, test 0.8786;
baseline 0.6929), the validation loss lowest at the end (epoch 25);
``healthy255_marks_cnn_relu_rmsprop`` accuracy 0.8633 (training 0.8989, test 0.845; baseline
0.56), lowest at the end (epoch 15); ``healthy255_marks_cnn_relu_momentum9`` accuracy 0.8667
(training 0.9022, test 0.8633), lowest at the end (epoch 16). Step-loss figures
(same store; the share of the step loss's variance explained by its position in the epoch, and
the mean step-to-step change of the step loss against its mean): the unshuffled plots 0.869 and
0.013; the batch-1 marks 0.475 (2 epochs only, so each position holds 2 steps and the share means
little) and 0.323, which is within the changed healthy runs' swings, 0.149 to 0.484 (shares
0.005 to 0.020); the other healthy runs were not measured. Healthy scripts: digits 0.9721 and
0.9666, wine 0.9722 and 1.0, breast cancer 0.9386, 0.9474 and 0.9474, moons 0.9531, 0.9318
and 0.9444, iris 0.9667 and 0.9667, circles 0.9919; each script's validation loss lowest at its
end but Trainer's iris (epoch 19 of 20, 0.2%
above it).

Changes after the first run: the first image set (full-length lines, noise 0.4, then 0.7 with
random signs) gave a baseline of 0.98 and then CNNs barely above 0.71, so the images became short
strokes (baseline 0.56, CNNs up to 0.90); the slot-memory nets on the bursts stayed below the
baseline (0.85 and 0.8125 against 0.925 with 16 steps; 0.83 against 0.95 with 12), so the
recurrent healthy runs were dropped and replaced by MLPs on the plots and the yields (the
recurrent model is used in faults only); the plots MLPs under Adam and RMSprop took 3 blocks and a
higher LR (0.7357 and 0.7071 at first), the yields AdamW MLP 2 blocks and LR 5e-3 (0.5727, below
the baseline); the CNN under RMSprop LR 3e-3 (0.68 at 1e-3); Trainer's iris LR 5e-3 (1.1% above its
epoch-16 minimum at 0.01); the loop's moons LR 3e-3 (1.1% above its epoch-11 minimum at 5e-3);
Keras' 16 rows of digits LR 0.05 (at 0.01 the validation loss ended only 3.7% above its minimum;
at 0.05 it is lowest at the end, so ``overfitting`` is allowed there, not expected); the divergence
LR 0.05 (at 0.01 the blow-up passed in the first epoch). Changes after the first run (second
round, each checked from its own metrics): the yields under RMSprop took width 64, LR 5e-3 and 40
epochs (R2 0.5698 with width 36, LR 2e-3, 20 epochs; 0.9193 now); the plots under RMSprop with
exponential decay took width 48, LR 6e-3 and 25 epochs (0.7071 with width 28, LR 2e-3, 15
epochs; at LR 5e-3, gamma 0.92, 30 epochs it reached 0.8929 but ended 0.99% above its epoch-25
minimum); the CNN under RMSprop took 16 and 32 channels, 64 dense, LR 1e-3 and 15 epochs (0.7133
with 8 and 12 channels at LR 3e-3, 10 epochs); the CNN under momentum 0.9 took 16 and 32
channels, 64 dense, LR 6e-3, batch 32 and 16 epochs (at LR 0.02 with 12 and 16 channels it ended
0.8% above its epoch-8 minimum; at LR 0.01, 14 epochs, 0.9250 but 0.78% above its epoch-11
minimum). The image data and every fault case were left as they were.

Not met: the slot-memory net still has no healthy runner case (it stayed below the bursts'
baseline, see above; one easier try, 8 steps with bursts of 3.5 in noise 0.4 (seed 2555), 24
hidden units, Adam at LR 5e-3 (cosine), 25 epochs, reached 1.0 but so did the baseline; with
12 steps and bursts of 3.0 in noise 0.5, 30 epochs, 0.9583 against a baseline of 0.9917, the
validation loss 4.5% above its epoch-20 minimum; with 8 steps and bursts of 2.5 in noise 0.6,
0.9375 against 0.9333, 1.5% above its epoch-22 minimum), so the healthy runner cases are MLPs
and CNNs only; the batch-1 case's step-to-step swing (0.323) is not
above the healthy runs' (0.149 to 0.484). The unchanged healthy cases and the faults other than
the unshuffled and batch-1 ones were not trained again: their numbers are the first store's.

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


def plots(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus the sign of one with an absolute value
    (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] - 0.7 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] + 0.8 * np.abs(x[:, 4]) - 0.6
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def marks(n: int = 3000, size: int = 12, length: int = 4, bright: float = 1.5,
          noise: float = 0.5, flip: float = 0.02, seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images of one short stroke
    of ``length`` pixels and brightness ``bright`` at a random place (4 classes: horizontal,
    vertical, diagonal, anti-diagonal), in Gaussian noise of ``noise``; a share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    k = np.arange(length)
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, size - length + 1, 2))
        if label == 0:
            x[i, 0, r, c + k] += bright
        elif label == 1:
            x[i, 0, r + k, c] += bright
        elif label == 2:
            x[i, 0, r + k, c + k] += bright
        else:
            x[i, 0, r + k, c + length - 1 - k] += bright
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def bursts(n: int = 1200, steps: int = 16, noise: float = 0.5, height: float = 2.5,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings of
    Gaussian noise ``noise``, one reading holding a burst of ``height`` (sign at random) at one
    step; the class is the burst's reading times 2 plus its half of the sequence (4 classes).
    Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    half = steps // 2
    for i, label in enumerate(y):
        t = int(rng.integers(0, half)) + (half if label % 2 else 0)
        x[i, t, int(label) // 2] += height * (1.0 if rng.random() < 0.5 else -1.0)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"softsign": nn.Softsign, "relu": nn.ReLU, "leaky_relu": nn.LeakyReLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class SoftsignMLP(nn.Module):
    """An MLP for tables: a learnt input scaling (a per-feature scale, starting at
    ``scale_init``, and offset), then ``depth`` blocks of linear and activation (softsign
    unless told), whose pre-activations are shifted by ``bias_shift``, and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "softsign", scale_init: float = 1.0,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.scale = nn.Parameter(torch.full((n_in,), float(scale_init)))
        self.offset = nn.Parameter(torch.zeros(n_in))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1) * self.scale + self.offset
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        return self.head(h)


class FracPoolCNN(nn.Module):
    """Two 3x3 convolutions, each followed by its activation and a fractional max pooling
    (``nn.FractionalMaxPool2d``, 2x2 windows, the side shrunk by ``ratio``; random regions in
    training, fixed ones in evaluation), a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32, ratio: float = 0.7,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        s1 = (max(int(h * ratio), 2), max(int(w * ratio), 2))
        s2 = (max(int(s1[0] * ratio), 1), max(int(s1[1] * ratio), 1))
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.pool1 = nn.FractionalMaxPool2d(2, output_size=s1)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = _ACTS[activation]()
        self.pool2 = nn.FractionalMaxPool2d(2, output_size=s2)
        self.fc = nn.Linear(channels[1] * s2[0] * s2[1], dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def _pool(self, pool: nn.FractionalMaxPool2d, h: torch.Tensor) -> torch.Tensor:
        if self.training:
            return pool(h)
        fixed = h.new_full((h.shape[0], h.shape[1], 2), 0.5)
        return nn.functional.fractional_max_pool2d(h, 2, output_size=pool.output_size,
                                                   _random_samples=fixed)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self._pool(self.pool1, self.act1(self.conv1(x)))
        h = self._pool(self.pool2, self.act2(self.conv2(h)))
        return self.head(self.act3(self.fc(h.flatten(1))))


class SlotMemoryRNN(nn.Module):
    """A recurrent net with a small slot memory (NTM-lite): a tanh controller reads the
    flattened sequence of ``features`` readings a step, with the last read vector; it writes a
    tanh value vector into ``slots`` slots through a softmax address (each slot moved towards
    the value by its address weight) and reads them back through another softmax address; a
    linear head on the last hidden state and read vector."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, slots: int = 4, slot_dim: int = 8) -> None:
        super().__init__()
        self.features, self.hidden, self.slots, self.slot_dim = features, hidden, slots, slot_dim
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.wr = nn.Linear(slot_dim, hidden, bias=False)
        self.squash = nn.Tanh()
        self.write_addr = nn.Linear(hidden, slots)
        self.read_addr = nn.Linear(hidden, slots)
        self.value = nn.Linear(hidden, slot_dim)
        self.value_act = nn.Tanh()
        self.softmax = nn.Softmax(dim=-1)
        self.head = nn.Linear(hidden + slot_dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        r = seq.new_zeros(x.shape[0], self.slot_dim)
        mem = seq.new_zeros(x.shape[0], self.slots, self.slot_dim)
        for t in range(self.steps):
            h = self.squash(self.wx(seq[:, t]) + self.wh(h) + self.wr(r))
            w = self.softmax(self.write_addr(h)).unsqueeze(-1)
            mem = (1.0 - w) * mem + w * self.value_act(self.value(h)).unsqueeze(1)
            a = self.softmax(self.read_addr(h)).unsqueeze(-1)
            r = (a * mem).sum(1)
        return self.head(torch.cat([h, r], 1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout255"
TB = _factory(f"{HERE}:plots", seed=2550)
RG = _factory(f"{HERE}:yields", seed=2551)
RG_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=8000.0, seed=2552)
IM = _factory(f"{HERE}:marks", seed=2553)
SQ = _factory(f"{HERE}:bursts", seed=2554)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftsignMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FracPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SlotMemoryRNN", "args": args}


def _radam(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with betas (0.85, 0.999)."""
    return _s(data, optim="radam", optim_args={"betas": (0.85, 0.999)}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True,
                                             "weight_decay": 1e-3}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.85 and momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.85, "momentum": 0.5}, **kw)


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
    Case("h255_divergence_yields_raw_mlp_sgd", "the yields regression times 300 plus 8000 "
         "(targets unscaled), the softsign MLP of 24, plain SGD at LR 0.05, batch 24",
         {"data": RG_RAW, "model": _mlp(width=24),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",), allow=BROKEN_ALLOW,
         why_allowed=(
             f"{BLOWUP}; the epoch loss 5.1e7, 4.6e7, then 2.3e8 (no NaN within 3 epochs); "
             "gradient norms up to 3.7e6 and update ratios up to 1278; R2 -7.1 (baseline 0.6847)"),
         verdict="failed"),
    Case("h255_exploding_plots_mlp_d6_leaky_std1", "the MLP with 6 leaky-ReLU blocks of 24 and "
         "N(0, 1) init on the plots, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": TB, "model": {**_mlp(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=(
             "the epoch loss 1519 at every epoch; every gradient norm 388 to 2247 (healthy at "
             "most 14); update ratios at most 3.6e-8, a side effect of the LR; up to 25% of a "
             "deep block's units logged dead; accuracy 0.2786 against a majority share of 0.2714,"
             " 54% of the test predictions in one class"), verdict="failed"),
    Case("h255_dead_relu_plots_mlp_shift10", "the MLP with 2 ReLU blocks of 32 whose "
         "pre-activations are shifted by -10, so no unit ever fires, Adam at LR 2e-3, batch 25, "
         "10 epochs",
         {"data": TB, "model": _mlp(width=32, activation="relu", bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low", "noisy_loss",
                "unshuffled_data"),
         why_allowed=(
             "every unit of both blocks logged dead, every gradient 0: the epoch loss 1.388 to "
             "1.384 (ln 4 is 1.386); accuracy 0.2714, the majority share; every test prediction "
             "in one class"), verdict=TP),
    Case("h255_dead_relu_marks_cnn_rmsprop_lr008", "the fractional-pooling CNN (8, 16 channels, "
         "32 dense) on the marks, plain RMSprop at LR 0.08, batch 28",
         {"data": IM, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=(
             "the epoch loss 4594 in epoch 1, then near ln 4 (1.392, 1.395), so the blow-up "
             "passed; gradient norms 0 to 8.1e4 and update ratios up to 23.5; up to 91% of the "
             "units logged dead; accuracy 0.2517 at the majority share (0.255), 98.7% of the test"
             " predictions in one class"), verdict=TP),
    Case("h255_update_ratio_high_plots_mlp_tanh_adagrad", "the MLP with 2 tanh blocks of 24 on "
         "the plots, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TB, "model": _mlp(width=24, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=(
             "update ratios up to 18 (healthy at most 0.49), and 98% to 99.8% of the tanh units "
             "saturated: the epoch loss 11.5 falling to 1.74 but the validation loss ends 1.34 "
             "times its epoch-7 minimum; accuracy 0.3786 (training 0.3774), far below the "
             "baseline (0.6929); 64% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h255_update_ratio_low_marks_cnn_sgd_lr1e9", "the fractional-pooling CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": IM, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=(
             "the epoch loss 1.389 to 1.388; update ratios at most 4.8e-11 (healthy at least "
             "6e-6); accuracy 0.265 against a majority share of 0.255; 90.3% of the test "
             "predictions in one class"),
         verdict=TP),
    Case("h255_update_ratio_low_bursts_slotmem_rmsprop_lr1e10", "the slot-memory net of 16 on "
         "the bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=(
             "the epoch loss 1.41 at every epoch; update ratios at most 4.8e-9 (healthy at least "
             "6e-6); accuracy 0.25 against a majority share of 0.2625; 43% of the test "
             "predictions in one class"),
         verdict=TP),
    Case("h255_vanishing_plots_mlp_d16_sigmoid_momentum9", "the MLP with 16 sigmoid blocks of 12 "
         "on the plots, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": TB, "model": _mlp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=(
             "the first blocks' gradients down to 1.9e-15; the epoch loss stays at 1.39 to 1.41 "
             "(ln 4 is 1.386); accuracy 0.2571 against a majority share of 0.2714, every test "
             "prediction in one class"), verdict=TP),
    Case("h255_saturated_bursts_slotmem_std3_rmsprop", "the slot-memory net of 16 with N(0, 3) "
         "init on the bursts, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SQ, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=(
             "84% to 85% of the controller's tanh outputs saturated; the epoch loss 13.6, 12.9, "
             "13.7, 13.2, far above ln 4; the huge weights give gradient norms up to 7.2e7, a "
             "side effect of the N(0, 3) init; accuracy 0.25 against a majority share of 0.2625; "
             "32% of the test predictions in one class"), verdict=TP),
    Case("h255_saturated_plots_mlp_tanh_scale30_rmsprop", "the MLP with 2 tanh blocks of 32 on "
         "the plots, its learnt input scale starting at 30, plain RMSprop at LR 1e-5, batch 30, "
         "4 epochs",
         {"data": TB, "model": _mlp(width=32, activation="tanh", scale_init=30.0),
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "at_chance"),
         why_allowed=(
             "the learnt input scale starting at 30 drives up to 88% of the tanh units into "
             "saturation; the epoch loss 1.425 to 1.409 over 4 epochs (1.1% lower), above ln 4; "
             "accuracy 0.1964 (training 0.206), 0.075 below the majority share (0.2714); 40% of "
             "the test predictions in one class"), verdict=TP),
    Case("h255_slow_start_marks_cnn_std003_momentum9", "the fractional-pooling CNN with N(0, "
         "0.03) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": IM, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=(
             "the epoch loss sits at ln 4 (1.388, 1.39, 1.39) for the first 3 epochs, then falls "
             "(0.558 at epoch 10, the validation loss lowest at the end); first gradient norms "
             "down to 2.6e-3; up to 19% of the units logged dead; accuracy 0.72 (test 0.7417), "
             "above the baseline (0.56) but below the healthy CNNs"), verdict=TP),
    Case("h255_unshuffled_plots_mlp_softsign_rmsprop", "the plots sorted by label, never "
         "shuffled, the softsign MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TB, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=(
             "the plots sorted by label and never shuffled: accuracy 0.4536 (training 0.4786), "
             "far below the baseline (0.6929), with the epoch loss still falling (1.382 to 1.332)"
             " and the validation loss lowest at the end"), verdict=TP),
    Case("h255_mse_softmax_bursts_slotmem_adam", "the bursts trained with square error on the "
         "softmax, the slot-memory net of 16, Adam at LR 8e-3 (cosine), batch 25, 20 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 8e-3, "schedule": "cosine"},
          "train": {"loss": "mse", "epochs": 20, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data", "slow_start"),
         why_allowed=(
             "square error on the softmax; accuracy 0.875 (training 0.9653, test 0.8958), below "
             "the baseline (0.925) like every slot-memory run of this part; the validation loss "
             "2.2% above its epoch-16 minimum"), verdict=TP),
    Case("h255_noisy_marks_cnn_b1_adam", "1200 of the marks one image at a time (batch 1), the "
         "fractional-pooling CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**IM, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting"),
         why_allowed=(
             "single-image gradient norms up to 38.6 (healthy at most 14); accuracy 0.5283 "
             "(training 0.5758), barely above the baseline (0.5117), the epoch loss falling "
             "(1.353 to 1.06) and the validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h255_overfit_plots_subset40_mlp_tanh_adamw", "40 rows of the plots, the MLP with 2 "
         "tanh blocks of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TB, "subset": 40},
          "model": _mlp(width=160, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=(
             "40 rows teach less: accuracy 0.5071 (training 1.0; the healthy runs 0.8214 and up);"
             " the validation loss lowest at epoch 2 of 150, 3.45 times it at the end"),
         verdict=GP),
    Case("h255_gap_marks_subset30_cnn_adam", "30 images of the marks, the fractional-pooling "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**IM, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=(
             "30 images teach less: accuracy 0.3333 (training 1.0; the healthy CNNs 0.68 and up);"
             " the validation loss lowest at epoch 5 of 100 (1.383), 2.29 times it at the end; up"
             " to 72% of the units logged dead at some point"), verdict=GP),
    Case("h255_underfit_bursts_slotmem_one_unit_adam", "the bursts through a slot-memory net of "
         "1 hidden unit and 1-wide slots, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": SQ, "model": _rnn(hidden=1, slot_dim=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "not_training"),
         why_allowed=(
             "one hidden unit and one-wide slots cannot hold a burst's reading and half: the "
             "epoch loss 1.479 down to ln 4 (1.386) by epoch 4, then flat; accuracy 0.2792 "
             "(training 0.2736) against a majority share of 0.2625"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h255_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (betas 0.85, "
         "0.999) at LR 1e20, 1820 units, batch 24, 3 epochs",
         script=lightning_run(_radam("digits", hidden=(1820,), lr=1e20, epochs=3,
                                     batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(
             f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
             verdict="failed"),
    Case("h255_lightning_circles_rmsprop_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RMSprop (alpha 0.85, momentum 0.5) at LR 1e-10, 1821 units, batch 20, 3 epochs",
         script=lightning_run(_rms("circles", hidden=(1821,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=(
             "the epoch loss 0.6944 at every epoch; accuracy 0.4531 (training 0.487) at its "
             "initial weights, 0.047 below the majority share"), verdict=TP),
    Case("h255_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.8 and weight decay 1e-3 at LR 1e20 (decaying linearly), 1822 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("wine", hidden=(1822,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(
             f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority share "
             "(0.3889)"), verdict="failed"),
    Case("h255_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(betas 0.85, 0.999) at LR 1e-10 (decaying linearly), 1823 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_radam("iris", hidden=(1823,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=(
             "the evaluation loss 1.19 at every evaluation; accuracy 0.3333 at its initial "
             "weights, the majority share (1/3)"), verdict=TP),
    Case("h255_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (alpha 0.85, momentum 0.5) at LR 1e20, 1824 units, batch 20, 3 epochs",
         script=keras_run(_rms("moons", hidden=(1824,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(
             f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h255_keras_digits_subset16_nesterov_gap", "Keras names: 16 rows of digits, 1825 "
         "units, SGD with Nesterov momentum 0.8 and weight decay 1e-3 at LR 0.05, 120 epochs, "
         "batch 2",
         script=keras_run(_nest("digits", hidden=(1825,), lr=0.05, epochs=120, batch_size=2,
                                subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4986, training 1.0; the healthy "
                      "digits 0.9666 and up), the training loss at 3.4e-4 while the validation "
                      "loss stays at 3.49 (3.87 at the start, lowest at the end)"),
         verdict=GP),
    Case("h255_tensorboard_breast_cancer_radam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "RAdam (betas 0.85, 0.999) at LR 1e20, 1826 units, batch 19, 3 epochs",
         script=tensorboard_run(_radam("breast_cancer", hidden=(1826,), lr=1e20, epochs=3,
                                       batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(
             f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
             verdict="failed"),
    Case("h255_tensorboard_circles_subset8_rmsprop_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1827 units, RMSprop (alpha 0.85, momentum 0.5) at LR 1e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_rms("circles", hidden=(1827,), lr=1e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=(
             "8 rows teach less (validation accuracy 0.5769, 0.077 above the majority share; "
             "training 1.0); the validation loss lowest at epoch 5 of 150, 12.4 times it at the "
             "end"),
         verdict=GP),
    Case("h255_plain_corrupt_record_sine_nesterov", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with Nesterov momentum 0.8 and weight decay 1e-3 at LR "
         "1e-3, 1828 units, batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_nest("sine", hidden=(1828,), lr=1e-3, epochs=3, batch_size=20,
                                n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h255_plain_digits_radam_lr1e10_stuck", "hand-written loop: digits, RAdam (betas "
         "0.85, 0.999) at LR 1e-10, 1829 units, batch 25, 4 epochs",
         script=plain_run(_radam("digits", hidden=(1829,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=(
             "the validation loss 2.332 at every epoch; accuracy 0.1226, 0.022 above the majority"
             " share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy255_plots_mlp_softsign_adam",
       {"data": TB, "model": _mlp(width=32, depth=3),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy255_plots_mlp_softsign_adamw_step",
       {"data": TB, "model": _mlp(width=40, depth=3),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy255_plots_mlp_softsign_rmsprop",
       {"data": TB, "model": _mlp(width=30, depth=3),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy255_plots_mlp_softsign_nesterov9",
       {"data": TB, "model": _mlp(width=36),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy255_plots_mlp_softsign_adagrad_exp",
       {"data": TB, "model": _mlp(width=32),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy255_yields_mlp_softsign_adam",
       {"data": RG, "model": _mlp(width=40),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy255_yields_mlp_softsign_adamw",
       {"data": RG, "model": _mlp(width=32),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy255_marks_cnn_relu_adam",
       {"data": IM, "model": _cnn(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy255_marks_cnn_leaky_adamw",
       {"data": IM, "model": _cnn(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy255_marks_cnn_relu_rmsprop",
       {"data": IM, "model": _cnn(channels=[16, 32], dense=64),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy255_marks_cnn_relu_momentum9",
       {"data": IM, "model": _cnn(channels=[16, 32], dense=64),
        "optim": {"name": "sgd", "lr": 0.006, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 32}}),
    _h("healthy255_plots_mlp_softsign_rmsprop_exp",
       {"data": TB, "model": _mlp(width=48, depth=3),
        "optim": {"name": "rmsprop", "lr": 6e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 25, "batch_size": 22}}),
    _h("healthy255_plots_mlp_softsign_adamw_wide",
       {"data": TB, "model": _mlp(width=48, depth=3),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy255_yields_mlp_softsign_rmsprop",
       {"data": RG, "model": _mlp(width=64),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 28}}),
    _h("healthy255_yields_mlp_softsign_nesterov9",
       {"data": RG, "model": _mlp(width=32),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy255_lightning_digits_radam",
        lightning_run(_radam("digits", hidden=(1820,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy255_lightning_wine_nesterov",
        lightning_run(_nest("wine", hidden=(1821,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy255_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1822,), lr=1e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy255_hf_trainer_moons_radam",
        hf_trainer_run(_radam("moons", hidden=(1823,), lr=2e-3, epochs=20, batch_size=20,
                              n=640, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy255_hf_trainer_iris_nesterov",
        hf_trainer_run(_nest("iris", hidden=(1824,), lr=0.005, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy255_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1825,), lr=2e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy255_keras_wine_radam",
        keras_run(_radam("wine", hidden=(1826,), lr=1e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy255_keras_breast_cancer_nesterov",
        keras_run(_nest("breast_cancer", hidden=(1827,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy255_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1828,), lr=3e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy255_tensorboard_digits_nesterov",
        tensorboard_run(_nest("digits", hidden=(1829,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy255_tensorboard_moons_radam",
        tensorboard_run(_radam("moons", hidden=(1820,), lr=1e-3, epochs=15, batch_size=19,
                               n=660, noise=0.2)), "tensorboard"),
    _hs("healthy255_plain_moons_nesterov",
        plain_run(_nest("moons", hidden=(1821,), lr=0.003, epochs=12, batch_size=30, n=630,
                        noise=0.2)), "pytorch"),
    _hs("healthy255_plain_breast_cancer_radam",
        plain_run(_radam("breast_cancer", hidden=(1822,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
