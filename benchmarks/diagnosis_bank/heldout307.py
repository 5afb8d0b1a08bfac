"""The three-hundred-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout308` (not looked at), after the measurement of
:mod:`.heldout304` and :mod:`.heldout306`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`TropicalMLP` (hidden layers that each add to a linear map a
max-plus term ``max_i(x_i + w_ij)`` times a learnt factor, then an activation module given as an
argument: ReLU, tanh or ELU; a linear head), :class:`DilationCNN` (two blocks of three parallel
3x3 convolutions with dilations 1, 2 and 3 summed with learnt scalar weights, then ReLU units; a
2x2 max pool between them, a global average pool, a dense ReLU layer whose pre-activations can
start shifted, a linear head) and :class:`ScalarGateRNN` (a hand-written tanh cell whose update
is blended into the state by one sigmoid gate a step, shared by all units and computed from the
input and the state, stepped by hand; the readout the mean over time of the squared states, then
a linear head); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`bursts`, 800 noisy series of 16 steps in 2 readings, each
reading holding a 4-step burst of +2 or -2 (a random sign) or none (4 classes; flattened as 32
columns and read back as a sequence; seed 3070); :func:`marks`, 3000 10x10 images of an L, a T, a
diagonal or a mirrored L at a random place in noise 0.35, 2% random labels (4 classes; seed
3071); :func:`gauges`, a tabular 4-class set of 8 readings (a product's sign and a threshold on
``|x3|``; 3% random labels, 1400 rows; seed 3072); :func:`yields`, a tabular regression of 8
readings (1200 rows; seed 3073; times 300 plus 6000 with seed 3074 for the blow-up). Script cases
use AdamW with betas (0.85, 0.995), SGD with momentum 0.85 and centered RMSprop on digits, wine,
iris, breast cancer, moons, circles and the sine; every script case holds a hidden width of 2340
to 2349. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5
or 0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file (a
few SQLite files, two trainings at a time) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, gradient norms, update ratios,
dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix, with ``diagnose.enabled`` false for runner cases and scripts called directly: no
diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3107 on the gauges, 0.26 on the marks, 0.2625 on the bursts. Baselines (validation): accuracy
0.6036 (gauges), 0.55 (marks), 0.7562 (bursts); R2 0.661 (yields), 0.6973 (the raw yields).

Measured healthy ranges (runner): quarter-mean update ratios 1.2e-4 to 0.08, single steps at most
2.9 (the gauges under Adagrad at LR 0.3); gradient norms at most 48 (the same run), first norms
at least 9.7e-4 (the CNNs); dead dense ReLUs of the healthy CNNs up to 82% in an epoch, at most
38% at their ends; the tropical MLPs' ReLUs at most 3.3% dead; saturated tanh states at most 15%
in the healthy recurrent nets; the step loss's step-to-step change swings at most 0.9 times its
mean over the second half. Healthy scores (validation): gauges 0.7964 to 0.8929, marks 0.7133 to
0.8983, bursts 0.8187 to 0.9, yields R2 0.8333 and 0.8685; scripts 0.9531 to 1.0, the sine R2
0.9049.

Changes after the first round: the sequence set was redesigned three times before any case was
kept: a which-readings-pulse set (kNN or linear baseline 0.8187, the RNN 0.84), an order-of-bursts
set (baseline 0.9875) and a sign-agreement set (baseline 0.95, the RNN 0.54) were dropped for
bursts of a random sign (baseline 0.7562, the healthy RNNs 0.8187 to 0.9); the RNN's readout became
the mean of the squared states (the plain mean reached 0.52). The healthy gauges and marks runs
learnt slowly (0.37 to 0.74), so higher LRs and more epochs: gauges Adam 6e-3 for 20 epochs,
AdamW 6e-3 stepped every 7 epochs by 0.5 for 18, RMSprop 6e-3 for 20, momentum 0.9 at 0.05 for 20,
Adagrad 0.3 for 30 (0.1 for 20 reached 0.7321); marks Adam 6e-3 for 13 (16 ended 1.1% above its
epoch-12 minimum), AdamW 6e-3 stepped every 6 epochs by 0.5 for 16, RMSprop 8e-3 for 16,
momentum 0.9 at 0.1 for 16; yields AdamW 4e-3. Lightning's wine 12 epochs instead of 15 (3.1%
above its epoch-12 minimum) and the loop's breast cancer 10 instead of 12 (0.7% above its epoch-10
minimum), both now lowest at the end. The unscaled regression at LR 0.01 and 0.05 only fell from
its blow-up (no NaN); at LR 0.5 its first step kills the second ReLU layer, labelled from that.
The slow start (N(0, 0.03) init, LR 0.05, then N(0, 0.06), LR 0.1) never started: relabelled.

Not met: the marks under RMSprop (0.7133) end 0.18 below the best marks run (0.8983) and its
validation loss 0.5% above its epoch-14 minimum; other healthy runs end up to 1.6% above their
minima (gauges RMSprop, epoch 18 of 20), marks AdamW 0.5% (epoch 13 of 16), Trainer's iris 0.4%,
marks Adam 0.3%. ``divergence`` and ``nan_loss`` on raw targets, ``slow_start`` and
``noisy_loss`` are expected by no runner case: the raw run never overflowed (its ReLUs died), the
slow start never started and the batch-1 run's swing (0.75) is not clearly above the healthy runs'
(up to 0.9); they are allowed there. ``nan_loss`` is expected of the scripts. The ranges above were
measured over several stores, the changed cases each retrained once, not together in one store.

Labels from the metrics: predictions in one class in the dead, update-ratio-low and vanishing runs
(100%), so ``predictions_collapsed`` is expected there and allowed elsewhere (60% to 80%); the
exploding run (0.2929), the dead runs, the stuck runs and the one-unit RNN score within 0.05 of
the majority share (``at_chance`` expected); the update-ratio-high and saturated RNNs end far below
their baseline (``underfitting``); the overfit runs' validation losses end 3.3 (40 rows), 3.4 (30
images), 1.21 (Keras' 16 rows) and 3.07 (TensorBoard's 8 rows) times their early minima.

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


def bursts(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 2.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a burst of ``+height`` or ``-height`` (a random sign) lasting 4 steps at a
    random time, or none; the class is which readings burst (4 classes: none, the second, the
    first, both), so a sum over time tells nothing, only a run of like readings does. Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height if rng.random() < 0.5 else -height
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_HOOK = np.array([[0, 0, 1], [0, 0, 1], [1, 1, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a diagonal, a mirrored L), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _HOOK), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether the product
    of readings 0 and 1 is positive, times 2, plus whether reading 2 exceeds ``|x3| - 0.5``;
    readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] > np.abs(x[:, 3]) - 0.5).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a maximum of two, a
    cosine of a third, a product of two more and a linear sixth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.maximum(x[:, 0], x[:, 1]) + 1.5 * np.cos(1.5 * x[:, 2]) + x[:, 3] * x[:, 4]
         + x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "tanh": nn.Tanh, "elu": nn.ELU, "sigmoid": nn.Sigmoid}


class TropicalLayer(nn.Module):
    """A linear map plus a max-plus term: ``lin(x)_j + alpha * max_i(x_i + w_ij)``, ``alpha`` a
    learnt factor."""

    def __init__(self, n_in: int, n_out: int) -> None:
        super().__init__()
        self.lin = nn.Linear(n_in, n_out)
        self.plus = nn.Parameter(0.1 * torch.randn(n_in, n_out))
        self.alpha = nn.Parameter(torch.tensor(0.5))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.lin(x) + self.alpha * (x.unsqueeze(2) + self.plus).amax(dim=1)


class TropicalMLP(nn.Module):
    """An MLP of ``depth`` tropical-residual layers (:class:`TropicalLayer`) of ``width`` units,
    each followed by ``activation`` (a module), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [TropicalLayer(n_in, width), _ACTS[activation]()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class DilationBlock(nn.Module):
    """Three parallel 3x3 convolutions with dilations 1, 2 and 3, summed with learnt scalar
    weights, then ReLU units."""

    def __init__(self, c_in: int, c_out: int) -> None:
        super().__init__()
        self.convs = nn.ModuleList(nn.Conv2d(c_in, c_out, 3, padding=d, dilation=d)
                                   for d in (1, 2, 3))
        self.mix = nn.Parameter(torch.full((3,), 1.0 / 3.0))
        self.act = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(sum(w * conv(x) for w, conv in zip(self.mix, self.convs, strict=True)))


class DilationCNN(nn.Module):
    """A weighted-dilation CNN: two :class:`DilationBlock` s with a 2x2 max pool between them
    and a global average pool after, then a dense ReLU layer (whose pre-activations start
    shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        self.block1 = DilationBlock(input_shape[0], channels[0])
        self.pool = nn.MaxPool2d(2)
        self.block2 = DilationBlock(channels[0], channels[1])
        self.fc = nn.Linear(channels[1], dense)
        self.shift = dense_shift
        self.relu = nn.ReLU()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.block2(self.pool(self.block1(x))).mean(dim=(2, 3))
        return self.head(self.relu(self.fc(z) + self.shift))


class ScalarGateRNN(nn.Module):
    """A hand-written recurrent net: a tanh cell ``tanh(Wx x_t + Wh h)`` whose update is blended
    into the state by one sigmoid gate a step, shared by all units and computed from the input
    and the state (``h = h + g (cand - h)``); the readout is the mean over time of the squared
    states (an energy, blind to a burst's sign), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.gate = nn.Linear(features + hidden, 1)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            cand = self.squash(self.wx(seq[:, t]) + self.wh(h))
            g = torch.sigmoid(self.gate(torch.cat([seq[:, t], h], dim=1)))
            h = h + g * (cand - h)
            total = total + h * h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout307"
BU = _factory(f"{HERE}:bursts", seed=3070)
MK = _factory(f"{HERE}:marks", seed=3071)
GA = _factory(f"{HERE}:gauges", seed=3072)
YI = _factory(f"{HERE}:yields", seed=3073)
YI_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3074)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TropicalMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DilationCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ScalarGateRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.995)."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.995)}, **kw)


def _mo(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


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
    Case("h307_divergence_yields_raw_tropmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the tropical MLP of 20, plain SGD at LR 0.5, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "exploding_gradients", "update_ratio_high", "not_training",
                 "underfitting"),
         allow=("divergence", "vanishing_gradients", "noisy_loss", "not_converged",
                "unshuffled_data", "saturated_activation"),
         why_allowed=("the step loss 4.3e7 at the first step; that step kills the second ReLU "
                      "layer (100% dead, healthy 0 to 3%), so the net predicts a constant: the "
                      "step loss then swings about 4e5 (the targets' variance), never "
                      "overflowing; gradient norms up to 6.4e4 (healthy at most 48), update "
                      "ratios up to 6e4 (healthy single steps at most 2.9); R2 -0.014 against "
                      "the baseline 0.6973"), verdict=TP),
    Case("h307_exploding_gauges_tropmlp_d6_std1", "the tropical MLP of 6 layers of 24 with "
         "N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 7725 to 7722; every gradient norm 1468 to 1.07e4 (healthy "
                      "at most 48); quarter-mean update ratios up to 1.4e-7, a side effect of "
                      "the LR; accuracy 0.2929 against a majority share of 0.3107; 80% of the "
                      "test predictions in one class (under 90%)"), verdict="failed"),
    Case("h307_dead_relu_marks_dilcnn_dense_shift10", "the weighted-dilation CNN on the marks "
         "with its dense ReLU layer's pre-activations shifted by -10, so its units never fire, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs at most 82%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.39 to 1.387 (ln 4); "
                      "accuracy 0.26 at the majority share, every test prediction in one class"),
                      verdict=TP),
    Case("h307_dead_relu_marks_dilcnn_rmsprop_lr01", "the weighted-dilation CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 215 in epoch 1, then near ln 4 (1.395), so the blow-up "
                      "passed; gradient norms 0 to 3603 and single update ratios up to 14.7 "
                      "(healthy at most 2.9); 94% and 100% of the ReLUs of the second block and "
                      "the dense layer dead; accuracy 0.26 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h307_update_ratio_high_bursts_gaternn_adagrad_lr2", "the scalar-gated RNN of 16 on "
         "the bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "at_chance", "predictions_collapsed", "not_converged",
                "divergence", "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.58, single steps up to 20.9 (healthy "
                      "at most 0.08 and 2.9); 61% of the tanh states saturated (healthy at most "
                      "15%); the epoch loss 2.28 to 1.345, still falling, the validation loss "
                      "lowest at the end; accuracy 0.3438 far below the baseline 0.7562 but "
                      "0.08 above the majority share 0.2625; 72% of the test predictions in "
                      "one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h307_update_ratio_low_marks_dilcnn_sgd_lr1e9", "the weighted-dilation CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.396 at every epoch; update ratios logged 0 (under "
                      "1e-9; healthy quarter means at least 5e-5); accuracy 0.26 at the "
                      "majority share, every test prediction in one class"), verdict=TP),
    Case("h307_update_ratio_low_bursts_gaternn_rmsprop_lr1e10", "the scalar-gated RNN of 16 on "
         "the bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.409 at every epoch; quarter-mean update ratios at most "
                      "1.2e-9; accuracy 0.2625 at the majority share, every test prediction in "
                      "one class"), verdict=TP),
    Case("h307_vanishing_gauges_tropmlp_d12_std005_tanh_momentum9", "the tropical MLP of 12 "
         "tanh layers of 16 with N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05,"
         " batch 32, 4 epochs",
         {"data": GA, "model": {**_mlp(width=16, depth=12, activation="tanh"), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 6.1e-6, first norms 4e-5; the "
                      "epoch loss 1.374 to 1.366; accuracy 0.3107 at the majority share, every "
                      "test prediction in one class; tanh units hardly saturated (under 0.01%)"),
                      verdict=TP),
    Case("h307_saturated_bursts_gaternn_std3_rmsprop", "the scalar-gated RNN of 16 with "
         "N(0, 3) init on the bursts, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BU, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "underfitting"),
         allow=("update_ratio_low", "not_training", "at_chance", "predictions_collapsed",
                "noisy_loss", "unshuffled_data", "not_converged", "vanishing_gradients",
                "exploding_gradients"),
         why_allowed=("77% of the tanh states saturated (healthy at most 15%); the epoch loss "
                      "5.68 to 5.54, far above ln 4 and hardly falling; gradient norms up to "
                      "282 (healthy at most 48); accuracy 0.3125 far below the baseline 0.7562,"
                      " 0.05 above the majority share; 72% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h307_slow_start_marks_dilcnn_std006_momentum9", "the weighted-dilation CNN with "
         "N(0, 0.06) init on the marks, SGD with momentum 0.9 at LR 0.1 (cosine), batch 32, 10 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.06},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("meant as a slow start, it never starts: the epoch loss 1.39 to 1.386 "
                      "(ln 4) over 10 epochs; every dense ReLU dead at the end (healthy CNNs at "
                      "most 82% in an epoch, under 38% at their ends); first gradient norms "
                      "down to 1.7e-4; accuracy 0.26 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h307_unshuffled_gauges_tropmlp_rmsprop", "the gauges sorted by label, never "
         "shuffled, the tropical MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("sorted by label and never shuffled; the epoch loss 1.486 to 1.357, "
                      "accuracy 0.3179 against a majority share of 0.3107; 78% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h307_mse_softmax_bursts_gaternn_adam", "the bursts trained with square error on the "
         "softmax, the scalar-gated RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8438 like the healthy runs "
                      "(0.8187 to 0.9); the validation loss lowest at the end"), verdict=TP),
    Case("h307_noisy_gauges_tropmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "tropical MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.75 times its mean over the second half (healthy "
                      "runner runs up to 0.9), not clearly outside; the epoch loss falls 14% "
                      "in the last epoch, the validation loss lowest at the end; accuracy 0.4786"
                      ", 0.125 below the baseline 0.6036"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h307_overfit_gauges_subset40_tropmlp_adamw", "40 rows of the gauges, the tropical MLP "
         "of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4714 (training 1.0); the validation "
                      "loss lowest at epoch 4 of 150, 3.3 times it at the end"), verdict=GP),
    Case("h307_gap_marks_subset30_dilcnn_adam", "30 images of the marks, the weighted-dilation "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.37 (training 1.0); the validation "
                      "loss lowest at epoch 10 of 100, 3.4 times it at the end"), verdict=GP),
    Case("h307_underfit_bursts_gaternn_one_unit_adam", "the bursts through a scalar-gated RNN "
         "of 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed", "not_training"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.2812 (training 0.3146), "
                      "0.02 above the majority share and far below the baseline 0.7562; the "
                      "epoch loss 1.447 to 1.363, the validation loss lowest at the end; 67% of"
                      " the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h307_lightning_digits_momentum_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.85 at LR 1e20, 2340 units, batch 24, 3 epochs",
         script=lightning_run(_mo("digits", hidden=(2340,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h307_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.85 and 0.995) at LR 1e-10, 2341 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2341,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the epoch loss 0.685 at every epoch; accuracy 0.4609 at its initial weights",
         verdict=TP),
    Case("h307_hf_trainer_wine_momentum_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.85 at LR 1e20, 2342 units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mo("wine", hidden=(2342,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority share",
         verdict="failed"),
    Case("h307_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "centered RMSprop at LR 1e-10, 2343 units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rc("iris", hidden=(2343,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.084 at every evaluation; accuracy 0.2667 at its "
                      "initial "
                      "weights, below 1/3"), verdict=TP),
    Case("h307_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85 and 0.995) at LR 1e20, 2344 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(2344,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h307_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2345 "
         "units, centered RMSprop at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rc("digits", hidden=(2345,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5265, training 1.0); the "
                      "validation "
                      "loss 3.226 at epoch 2, 3.893 at the end"), verdict=GP),
    Case("h307_tensorboard_breast_cancer_rmsprop_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, centered RMSprop at LR 1e20, 2346 units, batch 19, 3 epochs",
         script=tensorboard_run(_rc("breast_cancer", hidden=(2346,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the loss NaN from the first epoch on; accuracy 0.3684, far "
                      "below 0.6316"),
         verdict="failed"),
    Case("h307_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2347 units, AdamW (betas 0.85 and 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2347,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation "
                      "loss lowest at epoch 7 of 150, 3.07 times it at the end"), verdict=GP),
    Case("h307_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with momentum 0.85 at LR 0.01, 2348 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_mo("sine", hidden=(2348,), lr=0.01, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h307_plain_digits_momentum_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.85 at LR 1e-10, 2349 units, batch 25, 4 epochs",
         script=plain_run(_mo("digits", hidden=(2349,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.356 at every epoch; accuracy 0.1086, about the "
                      "majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy307_gauges_tropmlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy307_gauges_tropmlp_adamw_step",
       {"data": GA, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 7, "gamma": 0.5},
        "train": {"epochs": 18, "batch_size": 26}}),
    _h("healthy307_gauges_tropmlp_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 6e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy307_gauges_tropmlp_momentum9_cosine",
       {"data": GA, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy307_gauges_tropmlp_d3_elu_adagrad_inverse_time",
       {"data": GA, "model": _mlp(width=24, depth=3, activation="elu"),
        "optim": {"name": "adagrad", "lr": 0.3, "schedule": "inverse_time"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy307_yields_tropmlp_adam_cosine",
       {"data": YI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy307_yields_tropmlp_d3_tanh_adamw_cosine",
       {"data": YI, "model": _mlp(width=24, depth=3, activation="tanh"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy307_marks_dilcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 13, "batch_size": 25}}),
    _h("healthy307_marks_dilcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 6, "gamma": 0.5},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy307_marks_dilcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 8e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy307_marks_dilcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy307_bursts_gaternn_adam_cosine",
       {"data": BU, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy307_bursts_gaternn_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy307_bursts_gaternn_rmsprop_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy307_bursts_gaternn_momentum9_cosine",
       {"data": BU, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy307_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2340,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy307_lightning_wine_momentum",
        lightning_run(_mo("wine", hidden=(2341,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy307_lightning_moons_rmsprop",
        lightning_run(_rc("moons", hidden=(2342,), lr=2e-4, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy307_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2343,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy307_hf_trainer_iris_momentum",
        hf_trainer_run(_mo("iris", hidden=(2344,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy307_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2345,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy307_keras_wine_rmsprop",
        keras_run(_rc("wine", hidden=(2346,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy307_keras_breast_cancer_momentum",
        keras_run(_mo("breast_cancer", hidden=(2347,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy307_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2348,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy307_tensorboard_digits_momentum",
        tensorboard_run(_mo("digits", hidden=(2349,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy307_tensorboard_moons_rmsprop",
        tensorboard_run(_rc("moons", hidden=(2340,), lr=2e-4, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy307_plain_sine_momentum",
        plain_run(_mo("sine", hidden=(2344,), lr=0.01, epochs=16, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy307_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2346,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
