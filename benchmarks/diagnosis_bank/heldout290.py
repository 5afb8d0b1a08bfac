"""The two-hundred-ninetieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout291` (not looked at), after the measurement of
:mod:`.heldout288` and :mod:`.heldout289`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`SQNLMLP` (hidden layers of linear and square-nonlinearity
activations, :class:`SQNL`, then a linear head), :class:`MorletCNN` (a fixed bank of four real
Morlet wavelets of 7x7 at 0, 45, 90 and 135 degrees as the first convolution, a buffer, then two
3x3 convolutions with ReLU units, a 2x2 max pool between them, a global max pool, a dense ReLU
layer whose pre-activations can start shifted, a linear head) and :class:`HouseholderRNN` (a
hand-written cell ``h = tanh(W x + H1 H2 h + b)`` whose recurrent matrix is a product of two
learnt Householder reflections, stepped by hand; a linear head reads the mean of its states over
time); no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`ramps`, 800 noisy series of 16 steps in 2 readings, each reading holding
a zero-sum 4-step ramp from -3 to 3 or none (4 classes; seed 2900); :func:`marks`, 3000 10x10
images of an L, a T, a diagonal or a 2x2 block at a random place in noise 0.35, 2% random labels
(4 classes; seed 2901); :func:`tiles`, a tabular 4-class set of 8 readings (3% random labels, 1400
rows; seed 2902); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2903; times
250 plus 5000 with seed 2904 for the divergence). Script cases use NAdam with betas (0.9, 0.995),
SGD with momentum 0.8 and weight decay 1e-3 and Adagrad with LR decay 1e-3 (LR 0.05, 0.02 in the
healthy runs) on digits, wine, iris, breast cancer, moons, circles and the sine; every script case
holds a hidden width of 2170 to 2179. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad,
plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse
time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, at most two workers at a time) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, step-loss swing, the share of the
step loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2679
on the tiles, 0.2567 on the marks, 0.2625 on the ramps. Baselines (validation): accuracy 0.7393
(tiles), 0.4883 (marks), 0.7562 (ramps); R2 0.7297 (yields), 0.7207 (the raw yields).

Measured healthy ranges (runner, the final settings): update ratio quarter means 9.97e-5 to
0.0454, single steps at most 0.83 (the tiles under Adagrad); the ``update_ratio_high`` run reaches
quarter means of 0.58 with single steps up to 13.9; the ``update_ratio_low`` runs log quarter
means of at most 1.9e-11 and 8.7e-10. Dead fraction of the CNNs' dense ReLUs up to 50% in the
healthy runs; the shifted CNN's 100%, the RMSprop-killed CNN's 97%, the 30-image CNN's 45%, the
slow start's 41%. Saturated tanh states at most 5.3% in the healthy recurrent nets; the saturated
run's 31%, the update-ratio run's 73%. Gradient norms at most 8.5 in the healthy runs, first
norms at least 0.049; the vanishing run's down to 4.7e-10, the exploding run's 250 to 1740, the
slow start's first 5e-3 to 7.7e-3. The step loss's position in the epoch explains at most 23% of
the within-epoch variance over the second half in the healthy runner runs; the unshuffled run
99.6%. The standard deviation of the step loss's step-to-step change over the second half is at
most 1.07 times its mean in the healthy runner runs (the tiles under momentum 0.9); the batch-1
run's 1.71. Healthy scores (validation): tiles 0.875-0.90, marks 0.82-0.91, ramps 0.68-0.81,
yields R2 0.956 and 0.956; the scripts' validation losses lowest at their ends.

Changes after the first run: the first tiles (a sign-product rule) left every healthy MLP below
the baseline (0.45 to 0.48 against 0.55), so the rule became the one above; the first yields
(with a product term) reached R2 0.62 to 0.66, below the baseline, so the product became a
linear fourth reading; the Morlet front (sigma 1.5, wavelength 4, a global average pool) left the
CNNs at 0.37 to 0.54, so sigma 0.8, wavelength 2.5 and a global max pool (a stand-alone check
gave 0.88 in 8 epochs); the ramps (a rising ramp of 0 to 2) were as easy for the baseline (0.79)
as for the last-state RNN (0.52 to 0.71), so the ramp became zero-sum from -3 to 3 and the RNN
reads the mean of its states; the divergence run (plain SGD at LR 0.01) only fell from a huge
loss (bounded SQNL units), so LR 0.1, where it grows tenfold a step until the run fails. After the
second run the tiles and yields healthy runs (15 to 20 epochs, still near the baseline) got 30
epochs and about three times their LRs (Adam 0.01, AdamW 0.01 with a step every 10 epochs,
RMSprop 5e-3 with decay 0.93, momentum 0.9 at 0.05, Adagrad 0.1, yields AdamW 8e-3). Four
healthy scripts ended above their validation minima at constant LRs, so they stop at the minimum's
epoch (retrained, lowest at the end): Lightning's moons under Adagrad (1.2 times its epoch-10
minimum) 10 epochs, TensorBoard's moons under Adagrad (1.28 times its epoch-12 minimum) 12, the
loop's sine under Adagrad (2.9% above its epoch-11 minimum, R2 0.9304 there) 11 and the loop's
breast cancer under NAdam (1.2% above its epoch-11 minimum) 11.

Not met: the ramps healthy RNNs score 0.68 to 0.81 against a baseline of 0.7562 (under Adam
0.7438 and under RMSprop 0.6813, below it), so those two are weak healthy runs that were not
fixed for lack of time; three tiles healthy runs end above their validation minima (Adam 3.0%,
AdamW 3.7%, momentum 2.1%, each lowest at epoch 21 of 30), not fixed; the CNNs under AdamW and
momentum 0.5 end 0.13% and 0.09% above their minima (epochs 9 and 10); the faults' reasons quote
the stores they were trained in (the ramps faults after the RNN change, the tiles, marks and
yields faults after the data and Morlet changes), and the healthy ranges were not re-measured on
one fresh store.

Labels from the metrics: the exploding run's test predictions fall 83% in one class, so
``predictions_collapsed`` is only allowed there; the update-ratio run (75%) and the saturated run
(33%) do not collapse and the update-ratio run scores 0.46, far from the majority share, so
``at_chance`` is not expected there; the unshuffled run scores 0.45, 0.18 above the majority
share, so it expects ``unshuffled_data`` only; the one-unit run sits at the majority share with
every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected
beside ``underfitting``; the batch-1 run's step loss swings 1.71 times its mean, past every
healthy runner run's 1.07, so ``noisy_loss`` is expected beside ``not_converged``.

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
from torch import nn
from torch.nn import functional as F

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


def ramps(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 3.0,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a rising ramp of 4 steps from ``-height`` to ``height`` (summing to 0) at a
    random time or none; the class is which readings ramp (4 classes: none, the second,
    the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    ramp = height * (np.arange(4) - 1.5) / 1.5
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += ramp
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_BLOCK = np.array([[1, 1, 0], [1, 1, 0], [0, 0, 0]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a diagonal, a 2x2 block), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _BLOCK), n, 10, noise, flip, seed)


def tiles(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether reading 0
    plus half the square of reading 1 passes 0.5, times 2, plus whether reading 2 passes 0.8
    times a sine of reading 3; readings 4 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] + 0.5 * x[:, 1] ** 2 - 0.5
    s2 = x[:, 2] - 0.8 * np.sin(1.5 * x[:, 3])
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, half a
    square of a second, a sine of a third and a linear fourth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.tanh(2.0 * x[:, 0]) + 0.5 * x[:, 1] ** 2 + np.sin(1.5 * x[:, 2])
         + 0.8 * x[:, 3] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class SQNL(nn.Module):
    """The square nonlinearity, an activation: ``x + x**2/4`` on [-2, 0), ``x - x**2/4`` on
    [0, 2], -1 below -2 and 1 above 2."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        c = x.clamp(-2.0, 2.0)
        return c - c * c.abs() / 4.0


class SQNLMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with square-nonlinearity (:class:`SQNL`)
    activations, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), SQNL()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


def morlet_bank(size: int = 7, sigma: float = 0.8, wavelength: float = 2.5) -> torch.Tensor:
    """Four real Morlet wavelets of ``size`` x ``size`` (a cosine of ``wavelength`` under a
    Gaussian of ``sigma``, less its mean so each sums to 0) at 0, 45, 90 and 135 degrees, as a
    (4, 1, size, size) kernel."""
    r = np.arange(size) - (size - 1) / 2.0
    yy, xx = np.meshgrid(r, r, indexing="ij")
    env = np.exp(-(xx ** 2 + yy ** 2) / (2.0 * sigma ** 2))
    bank = []
    for q in range(4):
        a = q * math.pi / 4.0
        u = xx * math.cos(a) + yy * math.sin(a)
        wave = env * np.cos(2.0 * math.pi * u / wavelength)
        wave = wave - env * wave.sum() / env.sum()
        bank.append(wave / np.abs(wave).sum())
    return torch.tensor(np.stack(bank)[:, None], dtype=torch.float32)


class MorletCNN(nn.Module):
    """A CNN with a fixed Morlet front: the image is filtered by :func:`morlet_bank` (4 real
    Morlet wavelets at 4 orientations, not learnt, a buffer), then two 3x3 convolutions with
    ReLU units and a 2x2 max pool between them, a global max pool, a dense ReLU layer whose
    pre-activations can start shifted by ``dense_shift``, and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.register_buffer("morlet", morlet_bank().repeat(c, 1, 1, 1))
        self.c = c
        self.conv1 = nn.Conv2d(4 * c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.conv2d(x, self.morlet, padding=3, groups=self.c) * 4.0
        h = self.pool(self.act1(self.conv1(h)))
        h = self.act2(self.conv2(h)).amax(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class HouseholderRNN(nn.Module):
    """A hand-written recurrent net stepped by hand: ``h = tanh(W x + H1 H2 h + b)`` whose
    recurrent matrix is the product of two learnt Householder reflections
    (``H = I - 2 v v^T / |v|^2``, so it stays orthogonal); it reads the flattened sequence of
    ``features`` readings a step, and a linear head reads the mean of the states over time."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.v1 = nn.Parameter(torch.randn(hidden) / math.sqrt(hidden))
        self.v2 = nn.Parameter(torch.randn(hidden) / math.sqrt(hidden))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    @staticmethod
    def _reflect(h: torch.Tensor, v: torch.Tensor) -> torch.Tensor:
        return h - 2.0 * (h @ v)[:, None] * v[None, :] / (v @ v + 1e-8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            rec = self._reflect(self._reflect(h, self.v2), self.v1)
            h = self.squash(self.wx(seq[:, t]) + rec)
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout290"
RA = _factory(f"{HERE}:ramps", seed=2900)
MK = _factory(f"{HERE}:marks", seed=2901)
TI = _factory(f"{HERE}:tiles", seed=2902)
YD = _factory(f"{HERE}:yields", seed=2903)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2904)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SQNLMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MorletCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HouseholderRNN", "args": args}


def _nad(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.9, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.995)}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "weight_decay": 1e-3}, **kw)


def _adg(data: str, lr: float = 0.05, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with LR decay 1e-3 at ``lr`` (0.05 unless given)."""
    return _s(data, optim="adagrad", lr=lr, optim_args={"lr_decay": 1e-3}, **kw)


MOM9 = {"momentum": 0.9}
MOM5 = {"momentum": 0.5}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h290_divergence_yields_raw_sqnlmlp_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the SQNL MLP of 20, plain SGD at LR 0.1, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, ten times higher each "
                      f"step to 2.5e35 at step 30, where the run failed; gradient norms up to "
                      f"4.5e18"),
         verdict="failed"),
    Case("h290_exploding_marks_morletcnn_std1", "the Morlet CNN with N(0, 1) init on the marks "
         "(the fixed Morlet front untouched), SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "dead_relu", "predictions_collapsed"),
         why_allowed=("the epoch loss 1074 at every epoch; every gradient norm 250 to 1740 "
                      "(healthy at most 8.5); quarter-mean update ratios at most 2.2e-8, a side "
                      "effect of the LR; accuracy 0.2233 against a majority share of 0.2567; 83% "
                      "of the test predictions in one class (under 90%)"),
         verdict="failed"),
    Case("h290_dead_relu_marks_morletcnn_dense_shift10", "the Morlet CNN on the marks with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 50%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.388 to 1.387 (ln 4); "
                      "accuracy 0.2567 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h290_dead_relu_marks_morletcnn_rmsprop_lr008", "the Morlet CNN on the marks, plain "
         "RMSprop at LR 0.08, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 239 in epoch 1, then near ln 4 (1.392), so the blow-up "
                      "passed; gradient norms 0 to 5520 and single update ratios up to 13.8 "
                      "(healthy at most 0.83); 97% of the dense units and all of the second "
                      "convolution's logged dead; accuracy 0.2433 against 0.2567, every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h290_update_ratio_high_ramps_hhrnn_adagrad_lr2", "the Householder RNN of 16 on "
         "the ramps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed", "overfitting"),
         why_allowed=("quarter-mean update ratios up to 0.58, single steps up to 13.9 (healthy at"
                      " most 0.045 and 0.83); 73% of the tanh states saturated (healthy at most "
                      "5.3%); epoch losses 7.6 to 1.01, the validation loss 1.087 times its "
                      "epoch-7 minimum; accuracy 0.4562 (majority share 0.2625, baseline 0.7562);"
                      " 75% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h290_update_ratio_low_marks_morletcnn_sgd_lr1e9", "the Morlet CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.4 at every epoch; quarter-mean update ratios at most "
                      "1.9e-11 (healthy at least 9.97e-5); accuracy 0.2567 at the majority share;"
                      " every test prediction in one class"),
         verdict=TP),
    Case("h290_update_ratio_low_ramps_hhrnn_rmsprop_lr1e10", "the Householder RNN of 16 on "
         "the ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.463 at every epoch; quarter-mean update ratios at most "
                      "8.7e-10; accuracy 0.2625 at the majority share, every test prediction in "
                      "one class"),
         verdict=TP),
    Case("h290_vanishing_tiles_sqnlmlp_d12_std005_momentum9", "the SQNL MLP of 12 layers of 16 "
         "with N(0, 0.05) init on the tiles, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": TI, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("gradient norms down to 4.7e-10, first norms at most 1.4e-9 (healthy first "
                      "norms at least 0.049); the epoch loss 1.387 to 1.388 (ln 4); accuracy "
                      "0.2679 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h290_saturated_ramps_hhrnn_std3_rmsprop", "the Householder RNN of 16 with N(0, 3) "
         "init on the ramps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("31% of the tanh states saturated (healthy at most 5.3%); the epoch loss "
                      "2.51 to 2.43, far above ln 4; quarter-mean update ratios at most 1.6e-4; "
                      "accuracy 0.275 at about the majority share 0.2625; 33% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h290_slow_start_marks_morletcnn_std003_momentum9", "the Morlet CNN with N(0, 0.03) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 5e-3 to 7.7e-3 (healthy first norms at least 0.049, "
                      "the healthy CNNs' 0.165); the epoch loss 1.388 at first, 0.45 at the end "
                      "(27% lower than the epoch before) with the validation loss lowest at the "
                      "end; accuracy 0.8267; up to 41% of the dense units dead (healthy up to "
                      "50%)"),
         verdict=TP),
    Case("h290_unshuffled_tiles_sqnlmlp_rmsprop", "the tiles sorted by label, never shuffled, "
         "the SQNL MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TI, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.6% of its within-epoch "
                      "variance (healthy runner runs at most 23%); the epoch loss 1.387 to 1.316;"
                      " accuracy 0.4464, far below the baseline 0.7393 but 0.18 above the "
                      "majority share 0.2679, so not at chance; 46% of the test predictions in "
                      "one class"),
         verdict=TP),
    Case("h290_mse_softmax_ramps_hhrnn_adam", "the ramps trained with square error on the "
         "softmax, the Householder RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7312 like the healthy RNNs (0.68 "
                      "to 0.81), below the baseline 0.7562; the validation loss lowest at the end"),
         verdict=TP),
    Case("h290_noisy_tiles_sqnlmlp_b1_adam", "the tiles one row at a time (batch 1), the SQNL "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": TI, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss's step-to-step change swings 1.71 times its mean over the "
                      "second half (healthy runner runs at most 1.07); the epoch loss falls 23% "
                      "in the last epoch, the validation loss lowest at the end: accuracy 0.7357,"
                      " at the baseline 0.7393"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h290_overfit_tiles_subset40_sqnlmlp_adamw", "40 rows of the tiles, the SQNL MLP of "
         "160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TI, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.7036 (training 1.0; the healthy runs 0.875 "
                      "and up); the validation loss lowest at epoch 3 of 150, 3.2 times it at the"
                      " end"),
         verdict=GP),
    Case("h290_gap_marks_subset30_morletcnn_adam", "30 images of the marks, the Morlet CNN with "
         "16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.40 (training 1.0; the healthy CNNs 0.85 "
                      "and up); the validation loss lowest at epoch 11 of 100, 1.32 times it at "
                      "the end; 45% of the dense units logged dead (healthy up to 50%)"),
         verdict=GP),
    Case("h290_underfit_ramps_hhrnn_one_unit_adam", "the ramps through a Householder RNN of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RA, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "not_training"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.2562 (training 0.2604), at "
                      "the majority share 0.2625, the epoch loss at ln 4 (1.386) from epoch 2 on;"
                      " every test prediction in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h290_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 and weight decay 1e-3 at LR 1e20, 2170 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2170,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h290_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.9 and 0.995) at LR 1e-10, 2171 units, batch 20, 3 epochs",
         script=lightning_run(_nad("circles", hidden=(2171,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6792 at every epoch; accuracy 0.4297 at its initial "
                      "weights, 0.07 below the majority share 0.5"),
         verdict=TP),
    Case("h290_hf_trainer_wine_momentum8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.8, weight decay 1e-3, at LR 1e20 (decaying linearly), 2172 units, batch 9, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(2172,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      f" share"),
         verdict="failed"),
    Case("h290_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.9 and 0.995) at LR 1e-10 (decaying linearly), 2173 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nad("iris", hidden=(2173,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.157 at every evaluation; accuracy 0.0667 at its "
                      "initial weights, far below 1/3"),
         verdict=TP),
    Case("h290_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (betas 0.9 and 0.995) at LR 1e20, 2174 units, batch 20, 3 epochs",
         script=keras_run(_nad("moons", hidden=(2174,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h290_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2175 "
         "units, Adagrad (LR decay 1e-3) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_adg("digits", hidden=(2175,), epochs=120, batch_size=2, subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4123, training 1.0); the "
                      "validation loss 21.1 at epoch 2, 25.5 at the end"),
         verdict=GP),
    Case("h290_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 and weight decay 1e-3 at LR 1e20, 2176 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2176,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"),
         verdict="failed"),
    Case("h290_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2177 units, NAdam (betas 0.9 and 0.995) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_nad("circles", hidden=(2177,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150 (0.84), 5.2 times it at the end"),
         verdict=GP),
    Case("h290_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 0.05, 2178 units, batch 20, a "
         "corrupt "
         "record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_adg("sine", hidden=(2178,), epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h290_plain_digits_momentum8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.8 and weight decay 1e-3 at LR 1e-10, 2179 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2179,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.386 at every epoch; accuracy 0.1031, at the majority"
                      " share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy290_tiles_sqnlmlp_adam_cosine",
       {"data": TI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy290_tiles_sqnlmlp_adamw_step",
       {"data": TI, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 10, "gamma": 0.4},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy290_tiles_sqnlmlp_rmsprop_exponential",
       {"data": TI, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.93},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy290_tiles_sqnlmlp_momentum9_cosine",
       {"data": TI, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy290_tiles_sqnlmlp_d3_adagrad_inverse_time",
       {"data": TI, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy290_yields_sqnlmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy290_yields_sqnlmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 8e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy290_marks_morletcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy290_marks_morletcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy290_marks_morletcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy290_marks_morletcnn_momentum5_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM5, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy290_ramps_hhrnn_adam_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy290_ramps_hhrnn_adamw_exponential",
       {"data": RA, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy290_ramps_hhrnn_rmsprop_cosine",
       {"data": RA, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy290_ramps_hhrnn_momentum9_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy290_lightning_digits_nadam",
        lightning_run(_nad("digits", hidden=(2170,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy290_lightning_wine_momentum8",
        lightning_run(_mom("wine", hidden=(2171,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy290_lightning_moons_adagrad",
        lightning_run(_adg("moons", hidden=(2172,), lr=0.02, epochs=10, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy290_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_nad("breast_cancer", hidden=(2173,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy290_hf_trainer_iris_momentum8",
        hf_trainer_run(_mom("iris", hidden=(2174,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy290_keras_circles_nadam",
        keras_run(_nad("circles", hidden=(2175,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy290_keras_wine_adagrad",
        keras_run(_adg("wine", hidden=(2176,), lr=0.02, epochs=15, batch_size=10)), "keras"),
    _hs("healthy290_keras_breast_cancer_momentum8",
        keras_run(_mom("breast_cancer", hidden=(2177,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy290_tensorboard_iris_nadam",
        tensorboard_run(_nad("iris", hidden=(2178,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy290_tensorboard_digits_momentum8",
        tensorboard_run(_mom("digits", hidden=(2179,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy290_tensorboard_moons_adagrad",
        tensorboard_run(_adg("moons", hidden=(2170,), lr=0.02, epochs=12, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy290_plain_sine_adagrad",
        plain_run(_adg("sine", hidden=(2174,), lr=0.02, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy290_plain_breast_cancer_nadam",
        plain_run(_nad("breast_cancer", hidden=(2176,), lr=5e-4, epochs=11, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
