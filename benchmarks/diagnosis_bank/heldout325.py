"""The three-hundred-twenty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout326` (not looked at), after the measurement of
:mod:`.heldout323` and :mod:`.heldout324`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`HartleyMLP` (hidden layers of a learnt linear map and an
activation, a constructor argument, then a fixed discrete Hartley transform scaled by
1/sqrt(width) and a learnt per-feature gain; a linear head), :class:`MorphCNN` (two blocks of a
grayscale dilation, the max over each pixel's 3x3 window plus a learnt per-channel structuring
element, then a 3x3 convolution with ReLU; a 2x2 max pool between them, a global max pool, a dense
ReLU layer whose pre-activations can start shifted, a linear head) and :class:`SigmaPiRNN` (a
hand-written second-order cell ``tanh(W x + U h + V((P x) * (Q h)))`` stepped by hand, its head
reading the last and the mean state); no case fell back to the runner's built-in models. Every
data set is this module's own ``data.factory``: :func:`beacons`, 1200 noisy series of 16 steps in
2 readings, each reading holding a 3-step pulse of 1.5 or none (4 classes; flattened to 32
columns; seed 3250); :func:`marks`, 3000 10x10 images of an L, a T, a diagonal or a cup at a
random place in noise 0.35, 2% random labels (4 classes; seed 3251); :func:`ledger`, a tabular
4-class set of 8 readings (the sign of a product and a parabola threshold, 3% random labels, 2400
rows; seed 3252); :func:`yields`, a tabular regression of 8 readings (2400 rows; seed 3253; times
250 plus 5000 with seed 3254 for the divergence). Script cases use RAdam with weight decay 1e-3,
SGD with momentum 0.8 and weight decay 1e-3 and RMSprop with alpha 0.95 and momentum 0.5 on
digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden
width of 2520 to 2529. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes
1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files at a time, one per worker) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, the step loss's step-to-step swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2625
on the ledger, 0.2617 on the marks, 0.254 on the beacons. Baselines (validation): accuracy 0.6167
(ledger), 0.5533 (marks), 0.7375 (beacons); R2 0.6831 (yields), 0.6732 (the raw yields).

Measured healthy ranges (runner, over the second and third rounds): single update ratios at most
0.83 (the ledger under Adagrad at LR 0.1), at least 4e-6; the ``update_ratio_high`` run reaches
18.8, the ``update_ratio_low`` runs at most 1e-10 and 6.5e-9. Dead fraction of the CNNs' ReLUs up
to 54%; the shifted CNN's 100%, the RMSprop-killed CNN's 97%, the 30-image CNN's 48%. Saturated
tanh states at most 64% in the healthy runs (the sigma-pi RNN under momentum 0.9 for 20 epochs; at
most 36% in the third round); the saturated run's 95%, the update-ratio run's 99%. Gradient norms
at most 96 (the sigma-pi RNN under Adam, 20 epochs; 16 in the third round), first norms at least
0.0073; the exploding run's 1000 to 8000, the vanishing run's down to 3.7e-10, the would-be slow
start's first 2e-4. The standard deviation of the step loss's step-to-step change over the second
half is at most 1.07 times its mean in the healthy runner runs; the batch-1 run's only 0.77, so
``noisy_loss`` is only allowed there.

Changes after the first round (healthy runner cases trained first): every healthy run ended below
its data's baseline (ledger 0.44-0.58 against 0.59, marks 0.50-0.61 against 0.55, beacons 0.66-0.77
against 0.59, yields R2 0.44-0.55 against 0.60), so the data were redesigned: the ledger and the
yields 2400 rows instead of 1400 and 1200, the beacons 1200 series with 3-step pulses of 1.5
instead of 800 with 2-step pulses of 1.4, the dilation's structuring element started at 0 in the
centre and -1 around it (at 0 everywhere the first dilation blurred every glyph into the same
blob); the LRs were raised (ledger Adam and AdamW 0.01, RMSprop 5e-3, momentum 0.05, Adagrad 0.1;
yields Adam 0.01, AdamW 5e-3) and the RNNs trained 20 epochs. Second round: every data set's
healthy runs beat the baseline (ledger 0.825-0.9104, yields 0.93-0.94, marks 0.61-0.87, beacons
0.83-0.97), but several ended above their minima, so third round: the ledger under Adam 5e-3 (0.9%
above) and RMSprop 3e-3 (1.5% above), the yields under Adam 5e-3, the CNNs under Adam 0.01, AdamW
0.01 and RMSprop 5e-3 with 16 epochs (0.63 and 0.61 under Adam and RMSprop were more than 0.1 below
momentum 0.9's 0.87) and under momentum at LR 0.02, the RNNs 10 to 12 epochs (they reached their
minima at epochs 5 to 16 of 20). Third round results: ledger 0.8229 (RMSprop) to 0.9104 (AdamW),
all lowest at the end; Adagrad at 0.05 reached only 0.5417, so back to LR 0.1 (second round: 0.825,
2.2% above its epoch-14 minimum); yields R2 0.9268 and 0.9318 (0.18% above its epoch-19 minimum);
marks 0.76 (AdamW), 0.8283 (Adam, 1.4% above its epoch-10 minimum), 0.8583 (momentum), RMSprop at
LR 0.01 only 0.745 (0.11 below momentum), so batch 16 at LR 5e-3: 0.7917, lowest at the end;
beacons 0.925 to 0.9458, lowest at the end but AdamW with exponential decay (1.35 times its
epoch-10 minimum after 12 epochs, so cut to 10 epochs: the same per-epoch schedule, not retrained).
Scripts after the first round: Lightning's wine under momentum 0.8 (LR 0.01, 1.16 times its
epoch-12 minimum) now LR 5e-3 and 12 epochs: lowest at the end, accuracy 1.0; Keras' wine under
RMSprop (LR 5e-4, 1.92 times its epoch-11 minimum) now 1e-4: lowest at the end, accuracy 1.0;
Trainer's iris (LR 0.02, 14 epochs) now 0.01 and 10 epochs: 1.4% above its epoch-7 minimum,
accuracy 0.9667; Lightning's moons (LR 1e-3) now 3e-4 (minimum at epoch 12 of 15, so cut to 12
epochs), the loop's sine (LR 5e-4) now 2e-4 (minimum at epoch 10 of 16, R2 0.9163 at 16, so cut to
10 epochs) and TensorBoard's moons (LR 1e-3) now 3e-4 (minimum at epoch 14 of 15, accuracy 0.9848,
so cut to 14): these three cuts keep a constant LR and were not retrained.

Not met: the cut runs (RNN under AdamW, Lightning's moons, the loop's sine, TensorBoard's moons)
were not retrained after the cut; the ledger under Adagrad (2.2% above), the CNN under Adam (1.4%
above), the yields under AdamW (0.18%) and Trainer's iris (1.4%) do not end exactly at their
minima; the measured ranges are not re-measured on one final store. The ``slow_start`` class is not
made real: N(0, 0.12) on six Hartley layers of 16 (second round) trained steadily from its first
epoch (first gradient norms 0.0043 against healthy 0.0073) and N(0, 0.1) on eight layers (third
round) never started, so that case expects ``vanishing_gradients`` and only allows ``slow_start``.

Labels from the metrics: the killed CNN's blow-up passed (its validation loss ends at ln 4), so it
is a training problem; the exploding run's loss is 9.6e3 at every epoch and its verdict is a
failure; the test predictions fall in one class in the exploding run, both dead-unit runs, the
vanishing run, the would-be slow start (100% each) and the stuck RNN (97%), so
``predictions_collapsed`` is expected there, allowed in the stuck CNN (63%), the unshuffled run
(71%) and the saturated run (32%); the update-ratio run (0.3042, test 0.2042) and the unshuffled
run (0.3438) end more than 0.1 below their baselines, so ``underfitting`` is expected there and
``at_chance`` allowed; the overfit runs' validation losses end 2.94 (40 rows), 3.06 (30 images),
1.21 (Keras' 16 rows, against its first epoch) and 3.14 (TensorBoard's 8 rows) times their early
minima, so ``overfitting`` is expected beside ``generalisation_gap``; the batch-1 run (2 epochs,
0.4729, ``not_converged`` too: its losses still fall) and the one-unit RNN (0.4333) end more
than 0.1 below their baselines (``underfitting``).

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

import math
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F
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


def beacons(n: int = 1200, steps: int = 16, noise: float = 0.5, height: float = 1.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step pulse of ``height`` at a random time or none; the class is whether
    the first reading pulses times 2 plus whether the second does (4 classes). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a diagonal, a cup), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _CUP), n, 10, noise, flip, seed)


def ledger(n: int = 2400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (their product positive) times 2 plus whether reading 2 exceeds a
    parabola of reading 3 (``x2 > 0.5 * x3 ** 2 - 0.5``); readings 4 to 7 are noise; a share
    ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] > 0.5 * x[:, 3] ** 2 - 0.5).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 2400, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (x[:, 0] * x[:, 1] + 1.5 * np.sin(2.0 * x[:, 2]) + 1.2 * np.abs(x[:, 3]) + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "tanh": nn.Tanh, "gelu": nn.GELU}


def hartley(n: int) -> torch.Tensor:
    """The discrete Hartley transform of size ``n`` (``cas(2 pi j k / n)``) scaled by
    ``1/sqrt(n)``: symmetric and orthogonal."""
    idx = torch.arange(n, dtype=torch.float64)
    arg = 2.0 * math.pi * torch.outer(idx, idx) / n
    return ((torch.cos(arg) + torch.sin(arg)) / math.sqrt(n)).float()


class HartleyLayer(nn.Module):
    """A learnt linear map, an activation, then a fixed Hartley mixing of the features
    (:func:`hartley`) and a learnt per-feature gain."""

    def __init__(self, n_in: int, width: int, activation: str = "tanh") -> None:
        super().__init__()
        self.linear = nn.Linear(n_in, width)
        self.act = _ACTS[activation]()
        self.register_buffer("mix", hartley(width))
        self.gain = nn.Parameter(torch.ones(width))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return (self.act(self.linear(x)) @ self.mix) * self.gain


class HartleyMLP(nn.Module):
    """An MLP of ``depth`` :class:`HartleyLayer` of ``width`` units with ``activation``, then a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "tanh") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers.append(HartleyLayer(n_in, width, activation))
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class Dilation(nn.Module):
    """A grayscale dilation: the max over each pixel's 3x3 window of the input plus a learnt
    per-channel structuring element (which starts at 0 in the centre and -1 around it)."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        start = torch.full((channels, 9), -1.0)
        start[:, 4] = 0.0
        self.element = nn.Parameter(start)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        patches = F.unfold(F.pad(x, (1, 1, 1, 1), value=-1e4), 3).view(b, c, 9, h * w)
        return (patches + self.element.view(1, c, 9, 1)).amax(dim=2).view(b, c, h, w)


class MorphCNN(nn.Module):
    """A morphological CNN: two blocks of a :class:`Dilation` then a 3x3 convolution with ReLU,
    a 2x2 max pool between them and a global max pool after, then a dense ReLU layer (whose
    pre-activations start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.block1 = nn.Sequential(Dilation(c), nn.Conv2d(c, channels[0], 3, padding=1),
                                    nn.ReLU())
        self.pool = nn.MaxPool2d(2)
        self.block2 = nn.Sequential(Dilation(channels[0]),
                                    nn.Conv2d(channels[0], channels[1], 3, padding=1), nn.ReLU())
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.pool(self.block1(x))).amax(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class SigmaPiRNN(nn.Module):
    """A hand-written second-order recurrent net: ``h_t = tanh(W x_t + U h_{t-1} + V((P x_t) *
    (Q h_{t-1})))`` of ``hidden`` units and ``rank`` product terms, stepped by hand over the
    flattened sequence of ``features`` readings a step; the head reads the last state and the
    mean state over time."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, rank: int = 8) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.w = nn.Linear(features, hidden)
        self.u = nn.Linear(hidden, hidden, bias=False)
        self.p = nn.Linear(features, rank, bias=False)
        self.q = nn.Linear(hidden, rank, bias=False)
        self.v = nn.Linear(rank, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(2 * hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = torch.zeros_like(h)
        for t in range(self.steps):
            xt = seq[:, t]
            h = self.squash(self.w(xt) + self.u(h) + self.v(self.p(xt) * self.q(h)))
            total = total + h
        return self.head(torch.cat([h, total / self.steps], dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout325"
SQ = _factory(f"{HERE}:beacons", seed=3250)
MK = _factory(f"{HERE}:marks", seed=3251)
LG = _factory(f"{HERE}:ledger", seed=3252)
YD = _factory(f"{HERE}:yields", seed=3253)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=3254)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HartleyMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MorphCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SigmaPiRNN", "args": args}


def _rad(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 1e-3."""
    return _s(data, optim="radam", optim_args={"weight_decay": 1e-3}, **kw)


def _sgm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "weight_decay": 1e-3}, **kw)


def _rms(data: str, lr: float = 1e-3, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.95 and momentum 0.5 at ``lr``."""
    return _s(data, optim="rmsprop", lr=lr, optim_args={"alpha": 0.95, "momentum": 0.5}, **kw)


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
    Case("h325_divergence_yields_raw_hartleymlp_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the Hartley MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, then overflowing (logged"
                      f" 1.8e308) with every gradient norm and update ratio"),
         verdict="failed"),
    Case("h325_exploding_ledger_hartleymlp_d6_std1", "the ReLU Hartley MLP of 6 "
         "layers of 24 with N(0, 1) init on the ledger, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": LG, "model": {**_mlp(width=24, depth=6, activation="relu"), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the validation loss 9.6e3 at every epoch; every gradient norm 1000 to 8000"
                      " (healthy at most 96); update ratios up to 1.5e-7, a side effect of the "
                      "LR; accuracy 0.2458 against a majority share of 0.2625, every test "
                      "prediction in one class"),
         verdict="failed"),
    Case("h325_dead_relu_marks_morphcnn_dense_shift10", "the morph CNN on the marks with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 54%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.386 (ln 4) throughout; "
                      "accuracy 0.2617 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h325_dead_relu_marks_morphcnn_rmsprop_lr008", "the morph CNN on the marks, plain "
         "RMSprop at LR 0.08, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("gradient norms 0 to 1690 and single update ratios up to 11 (healthy at "
                      "most 0.83); 97% of the dense units logged dead (healthy up to 54%); the "
                      "validation loss 1.388 (ln 4) at the end; accuracy 0.2617 at the majority "
                      "share, every test prediction in one class"),
         verdict=TP),
    Case("h325_update_ratio_high_beacons_sigmapirnn_adagrad_lr2", "the sigma-pi RNN of 16 on "
         "the beacons, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "at_chance", "not_converged", "divergence", "exploding_gradients",
                "not_training"),
         why_allowed=("single update ratios up to 18.8 (healthy at most 0.83); 99% of the tanh "
                      "states saturated (healthy at most 64%); gradient norms up to 726 (healthy "
                      "at most 96); the validation loss 3.41 to 1.85, 1.11 times its epoch-7 "
                      "minimum; accuracy 0.3042 (test 0.2042) against a majority share of 0.254 "
                      "and a baseline of 0.7375"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h325_update_ratio_low_marks_morphcnn_sgd_lr1e9", "the morph CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.387 to 1.39 at every epoch; update ratios at most "
                      "1e-10 (healthy at least 4e-6); accuracy 0.2317 against a majority share of"
                      " 0.2617; 63% of the test predictions in one class"),
         verdict=TP),
    Case("h325_update_ratio_low_beacons_sigmapirnn_rmsprop_lr1e10", "the sigma-pi RNN of 16 on "
         "the beacons, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.39 at every epoch; update ratios at most 6.5e-9; "
                      "accuracy 0.2542 against a majority share of 0.254, 97% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h325_vanishing_ledger_hartleymlp_d12_std005_momentum9", "the Hartley MLP of 12 layers of "
         "16 "
         "with N(0, 0.05) init on the ledger, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 3.7e-10, first norms 7.1e-10 (healthy "
                      "first norms at least 0.007); the validation loss 1.386 (ln 4) throughout; "
                      "accuracy 0.2625 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h325_saturated_beacons_sigmapirnn_std3_rmsprop", "the sigma-pi RNN of 16 with N(0, 3) "
         "init on the beacons, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SQ, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("95% of the tanh states saturated (healthy at most 64%); the validation "
                      "loss 11.4 to 11.6, far above ln 4; gradient norms up to 2.1e5 (healthy at "
                      "most 96); accuracy 0.2625 (test 0.2333) against a majority share of 0.254;"
                      " 32% of the test predictions in one class"),
         verdict=TP),
    Case("h325_slow_start_ledger_hartleymlp_d8_std01_momentum9", "the morph CNN with N(0, 0.03) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=8), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 25, "batch_size": 32}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "not_converged"),
         why_allowed=("meant as a slow start, it never started: first gradient norms 2e-4 and "
                      "norms down to 5.1e-5 (healthy first norms at least 0.007); the epoch loss "
                      "1.391 to 1.385 (ln 4) over 25 epochs; accuracy 0.2625 at the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h325_unshuffled_ledger_hartleymlp_rmsprop", "the ledger sorted by label, never shuffled, "
         "the Hartley MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the rows sorted by label and never shuffled; the validation loss 1.38 to "
                      "1.33, lowest at the end; accuracy 0.3438 against a baseline of 0.6167 "
                      "(majority share 0.2625); 71% of the test predictions in one class"),
         verdict=TP),
    Case("h325_mse_softmax_beacons_sigmapirnn_adam", "the beacons trained with square error on the "
         "softmax, the sigma-pi RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9333 like the healthy runs; the "
                      "validation loss 3.8% above its epoch-9 minimum"),
         verdict=TP),
    Case("h325_noisy_ledger_hartleymlp_b1_adam", "the ledger one row at a time (batch 1), the "
         "Hartley "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": LG, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings only 0.77 times its mean over "
                      "the second half (healthy runner runs up to 1.07), so noise is no clear "
                      "finding; the epoch loss 1.143 to 1.066 (6.7% lower in the last epoch), the "
                      "validation loss 1.078 to 1.040 and accuracy 0.4375 to 0.4729 still "
                      "improving at the end of the 2 epochs, more than 0.1 below the baseline "
                      "(0.6167)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h325_overfit_ledger_subset40_hartleymlp_adamw", "40 rows of the ledger, the Hartley MLP "
         "of "
         "160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4021 (training loss 3e-4; the healthy runs "
                      "0.8 and up); the validation loss lowest at epoch 1 of 150, 2.94 times it "
                      "at the end"),
         verdict=GP),
    Case("h325_gap_marks_subset30_morphcnn_adam", "30 images of the marks, the morph CNN with "
         "16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.31 (training loss 2.6e-4); the validation"
                      " loss lowest at epoch 8 of 100, 3.06 times it at the end; 48% of the dense"
                      " units logged dead (healthy up to 54%)"),
         verdict=GP),
    Case("h325_underfit_beacons_sigmapirnn_one_unit_adam", "the beacons through a sigma-pi RNN of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": SQ, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.4333 below the baseline "
                      "(0.7375), the validation loss lowest at the end (1.279); 55% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h325_lightning_digits_sgdm_lr1e20_nan", "Lightning: digits, SGD with "
         "momentum 0.8 (weight decay 1e-3) at LR 1e20, 2520 units, batch 24, 3 epochs",
         script=lightning_run(_sgm("digits", hidden=(2520,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h325_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (radam, betas 0.9 and 0.99) at LR 1e-10, 2521 units, batch 20, 3 epochs",
         script=lightning_run(_rad("circles", hidden=(2521,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.69 at every epoch; accuracy 0.5312 at its initial "
                      "weights, about the majority share 0.5"),
         verdict=TP),
    Case("h325_hf_trainer_wine_sgdm_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.8 (weight decay 1e-3) at LR 1e20 (decaying linearly), 2522 units, batch 9, "
         "3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_sgm("wine", hidden=(2522,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      f"majority share"),
         verdict="failed"),
    Case("h325_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam "
         "(radam, betas 0.9 and 0.99) at LR 1e-10 (decaying linearly), 2523 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rad("iris", hidden=(2523,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.0 at every evaluation; accuracy 0.6333 at its "
                      "initial weights"),
         verdict=TP),
    Case("h325_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (radam, betas 0.9 and 0.99) at LR 1e20, 2524 units, batch 20, 3 epochs",
         script=keras_run(_rad("moons", hidden=(2524,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h325_keras_digits_subset16_rmsprop_script_gap", "Keras names: 16 rows of digits, 2525 "
         "units, RMSprop (alpha 0.95, momentum 0.5) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(2525,), epochs=120, batch_size=2, subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5627, training loss 0); the "
                      "validation loss 2.95 at epoch 1, 3.56 at the end"),
         verdict=GP),
    Case("h325_tensorboard_breast_cancer_sgdm_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 (weight decay 1e-3) at LR 1e20, 2526 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_sgm("breast_cancer", hidden=(2526,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the losses NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h325_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2527 units, Adam (radam, betas 0.9 and 0.99) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_rad("circles", hidden=(2527,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5462, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150, 3.14 times it at the end"),
         verdict=GP),
    Case("h325_plain_corrupt_record_sine_rmsprop_script", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95, momentum 0.5) at LR 1e-3, 2528 "
         "units, batch 20, a corrupt "
         "record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2528,), epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",),
         allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h325_plain_digits_sgdm_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.8 (weight decay 1e-3) at LR 1e-10, 2529 units, batch 25, 4 epochs",
         script=plain_run(_sgm("digits", hidden=(2529,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.28 at every epoch; accuracy 0.1226, 0.02 above the "
                      "majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy325_ledger_hartleymlp_adam_cosine",
       {"data": LG, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy325_ledger_hartleymlp_adamw_step",
       {"data": LG, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy325_ledger_hartleymlp_rmsprop_exponential",
       {"data": LG, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy325_ledger_hartleymlp_momentum9_cosine",
       {"data": LG, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy325_ledger_hartleymlp_d3_adagrad_inverse_time",
       {"data": LG, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy325_yields_hartleymlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy325_yields_hartleymlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy325_marks_morphcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy325_marks_morphcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy325_marks_morphcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 16}}),
    _h("healthy325_marks_morphcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy325_beacons_sigmapirnn_adam_cosine",
       {"data": SQ, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy325_beacons_sigmapirnn_adamw_exponential",
       {"data": SQ, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy325_beacons_sigmapirnn_rmsprop_cosine",
       {"data": SQ, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy325_beacons_sigmapirnn_momentum9_cosine",
       {"data": SQ, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy325_lightning_digits_radam",
        lightning_run(_rad("digits", hidden=(2520,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy325_lightning_wine_sgdm",
        lightning_run(_sgm("wine", hidden=(2521,), lr=5e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy325_lightning_moons_rmsprop_script",
        lightning_run(_rms("moons", hidden=(2522,), lr=3e-4, epochs=12, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy325_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_rad("breast_cancer", hidden=(2523,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy325_hf_trainer_iris_sgdm",
        hf_trainer_run(_sgm("iris", hidden=(2524,), lr=0.01, epochs=10, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy325_keras_circles_radam",
        keras_run(_rad("circles", hidden=(2525,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy325_keras_wine_rmsprop_script",
        keras_run(_rms("wine", hidden=(2526,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy325_keras_breast_cancer_sgdm",
        keras_run(_sgm("breast_cancer", hidden=(2527,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy325_tensorboard_iris_radam",
        tensorboard_run(_rad("iris", hidden=(2528,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy325_tensorboard_digits_sgdm",
        tensorboard_run(_sgm("digits", hidden=(2529,), lr=0.02, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy325_tensorboard_moons_rmsprop_script",
        tensorboard_run(_rms("moons", hidden=(2520,), lr=3e-4, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy325_plain_sine_rmsprop_script",
        plain_run(_rms("sine", hidden=(2524,), lr=2e-4, epochs=10, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy325_plain_breast_cancer_radam",
        plain_run(_rad("breast_cancer", hidden=(2526,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
