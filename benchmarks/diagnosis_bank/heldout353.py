"""The three-hundred-fifty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs, beside another writer's part 352. Built as
:mod:`.heldout333` was: every runner case trains a model of this module through
``model.factory``: :class:`GatedMIL` (a gated-attention multiple-instance MLP: each reading an
instance, given as the reading times a one-hot of its index beside that one-hot and embedded by
a small MLP; gated attention pooling, weights from a tanh branch times a sigmoid branch softmaxed
over the instances; a linear head), :class:`SKCNN` (a selective-kernel CNN: units of a 3x3 and a
dilated 3x3 branch with batch norm, fused by a per-channel softmax over the branches from a
squeezed global pool; used in place of the planned wide residual CNN, since a WRN is in
:mod:`.heldout232` and :mod:`.heldout306`) and :class:`FastSlowRNN` (a hand-written FS-RNN: a
fast GRU cell, written out, stepped twice per time step around one step of a slow GRU cell that
reads the fast state; the mean of the fast states read out); no case fell back to the runner's
built-in models. Every data set is this module's own ``data.factory``: :func:`tides`, 800 noisy
series of 16 steps in 2 readings, the first holding a 3-step blip of 2.0 up or down at random or
none, the second stepping up or down by 1.5 at a random time from a random level (4 classes;
seed 3530); :func:`runes`, 2400 10x10 images of a plus, a cross, a ring or a zigzag at a random
place in noise 0.35, 2% random labels (4 classes; seed 3531); :func:`gauges`, a tabular 4-class
set of 8 readings (``|x0| > 0.8`` and a band on ``x1``, 3% random labels, 1400 rows; seed 3532);
:func:`harvests`, a tabular regression of 8 readings (a sine, an absolute value, a step and a
linear term; 1200 rows; seed 3533; times 250 plus 5000 with seed 3534 for the divergence).
Script cases use AdamW with betas (0.92, 0.995) and weight decay 0.04, Adamax with betas (0.85,
0.995) and SGD with Nesterov momentum 0.75 and weight decay 3e-4 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2810 to 2819.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (``benchmarks/train_without_diagnosis.py``) only to check that the fault is real,
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
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.30 on the gauges, 0.2604 on the runes, 0.2625 on the tides. Baselines (validation): accuracy
0.6536 (gauges), 0.5396 (runes), 0.8125 (tides, nearest neighbours); R2 0.5686 (harvests),
0.5702 (the raw harvests).

Measured healthy ranges (runner): update-ratio quarter means at most 0.065 (the RNN under
RMSprop), at least 4.7e-5 in the CNNs and 3.8e-6 in the MILs' attention branches; the
``update_ratio_high`` run's first-quarter means 0.28 to 0.69; the ``update_ratio_low`` runs at
most 8.6e-11 and 7.8e-10. Dead fractions 0 in the healthy MILs and up to 62.5% in the CNNs'
8-unit squeeze layers; the shifted MIL's 100%. Saturated fractions up to 94% in the healthy MILs'
attention tanh branch (so no saturation is clearly outside them) and at most 29% in the healthy
RNNs. Gradient norms at most 16.3; the exploding run's 22 to 3611, the Adagrad RNN's quarter
means up to 6794, the gain-8 RNN's 41 to 415 (single steps up to 6246), the vanishing run's first
embedding norms 4.3e-18 to 5.7e-17 (healthy first norms at least 0.006). The step loss's
position explains at most 17% of its within-epoch variance in the healthy runner runs; the
unshuffled run 100%. The step-loss swing is 0.34 to 1.34 in the healthy runner runs, only 0.65
in the batch-1 run, so ``noisy_loss`` is only allowed there and its state (still falling) is
``not_converged``. Healthy scores (validation): gauges 0.9214-0.9571, runes 0.9167-0.9354,
tides 0.8625-0.925, harvests R2 0.7667 and 0.8843.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first gauges (a threshold and a line ``x1 - 0.6 x2``) and a MIL whose instances shared one input
weight left the MIL at 0.45 to 0.57 against a baseline of 0.65, so each instance now gets its
own input weight (the reading times the one-hot), the embedding has 2 layers of 32 and the line
became a band on ``x1``; the first tides (a sine's period and calm or rough noise) left the RNN
at one of two bits (0.52), a period and a ramp were read by the baseline (1.0, nearest
neighbours), so the tides are now a blip and a step at random times (baseline 0.8125) and the
healthy RNNs have 16 units; the healthy MIL under Adagrad (LR 0.03, 0.7821) now LR 0.1, under
AdamW with GELU (LR 3e-3, 0.8393) now LR 6e-3 with steps of 8 epochs, the harvests' GELU MIL
under AdamW (LR 2e-3, R2 0.6533) now LR 5e-3 and batch 24; the tanh MIL under momentum 0.9 (LR
0.05, 0.5643; LR 0.2, 0.7857) stayed more than 0.1 below the gauges' best, so it moved to the
faults with ``underfitting`` expected (after the healthy runs, in ``LATE``) and a ReLU MIL under
momentum 0.9 (LR 0.15) replaced it (a tanh MIL under Adam reached only 0.6571 and was dropped);
the slow start (4 layers, LR 0.02) never left ln 4 in 15 epochs, so it has 3 layers at LR 0.05
for 20 epochs. Runs cut at their lowest validation loss without a rerun (schedules that do not
depend on the run's length, so the first epochs are the same): the GELU MIL 16 epochs, the MIL
under RMSprop and under Adagrad 19, the CNN under AdamW 5, the RNN under AdamW 18, Lightning's
moons 13, the loop's breast cancer 7; cosine runs were rerun shorter (the RNN under Adam 10, under
RMSprop 15, under momentum 20).

Relabelled from the metrics: the divergence's loss never became NaN or Inf (4.1e18 at the end),
so ``nan_loss`` is not expected there; the RMSprop-killed MIL (named ``blowup``) logged no dead
unit, so only ``underfitting`` is expected; the saturated fractions of the gain-8 RNN (70%) and
the Adagrad RNN (93%) are not clearly outside the healthy MILs' attention tanh (94%), so
``saturated_activation`` is only allowed there and the gain-8 run (named ``gain8``) expects its
gradients instead; the CNN gap's and Keras' digits' validation losses rise only 8% and 0.2% above
their minima, so ``overfitting`` is allowed there.

Not met: the RNN under Adam ends 2% above its epoch-9 minimum and the MIL under momentum 0.9 3.8%
above its epoch-18 minimum (the others within 0.5% or at their end); the RNN under momentum 0.9
(0.8625) is only 0.05 above the nearest-neighbour baseline of the tides; the exploding run's
share in one class is exactly 90.0% (252 of 280); the healthy MILs sit near ln 4 for 1 to 3
epochs before they fall; the measured ranges above mix the rounds.

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


def tides(n: int = 800, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading holds a 3-step blip of 2.0 (up or down at random) at a random time or none,
    the second steps up or down by 1.5 at a random time (steps 4 to 11) from a random level; the
    class is whether the first blips times 2 plus whether the second steps up (4 classes). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        if label // 2:
            t = int(rng.integers(0, steps - 2))
            x[i, t:t + 3, 0] += 2.0 * rng.choice((-1.0, 1.0))
        tau = int(rng.integers(4, 12))
        x[i, :, 1] += rng.uniform(-1.0, 1.0)
        x[i, tau:, 1] += 1.5 if label % 2 else -1.5
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZIG = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)


def runes(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 rune each at a random
    place (4 classes: a plus, a cross, a ring, a zigzag), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _ZIG), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether reading 0 is
    far from 0 (``|x0| > 0.8``) times 2 plus whether reading 1 lies in a band
    (``|x1 - 0.2| < 0.7``); readings 2 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (np.abs(x[:, 0]) > 0.8).astype(int) + (np.abs(x[:, 1] - 0.2) < 0.7)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def harvests(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
             seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, the
    size of a second, a threshold step of a third and a linear fourth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(2.0 * x[:, 0]) + 1.0 * np.abs(x[:, 1]) + 1.2 * (x[:, 2] > 0.0)
         + 0.7 * x[:, 3] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class GatedMIL(nn.Module):
    """A gated-attention multiple-instance MLP: each reading is an instance, given as the
    reading times a one-hot of its index beside that one-hot and embedded by a small MLP
    (``depth`` layers of ``width``, linear and ``activation``, the last pre-activation shifted
    by ``shift``); gated attention pooling (a weight per instance from a tanh branch times a
    sigmoid branch, softmaxed over the instances) averages the embeddings, and a linear head
    reads the pooled vector."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", attn: int = 16,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.n = int(np.prod(input_shape))
        self.register_buffer("index", torch.eye(self.n))
        layers: list[nn.Module] = []
        n_in = 2 * self.n
        for _ in range(depth - 1):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.embed = nn.Sequential(*layers)
        self.last = nn.Linear(n_in, width)
        self.act = _ACTS[activation]()
        self.shift = shift
        self.attn_v = nn.Linear(width, attn)
        self.attn_u = nn.Linear(width, attn)
        self.tanh = nn.Tanh()
        self.sigmoid = nn.Sigmoid()
        self.attn_w = nn.Linear(attn, 1)
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        b = x.shape[0]
        index = self.index.expand(b, self.n, self.n)
        inst = torch.cat([x[:, :, None] * index, index], dim=2)
        h = self.act(self.last(self.embed(inst)) + self.shift)  # (batch, instances, width)
        score = self.attn_w(self.tanh(self.attn_v(h)) * self.sigmoid(self.attn_u(h)))
        weights = torch.softmax(score, dim=1)
        return self.head((weights * h).sum(dim=1))


class SKUnit(nn.Module):
    """A selective-kernel unit: a 3x3 branch and a dilated 3x3 branch (dilation 2), each with
    batch norm and ReLU; their sum is pooled globally, squeezed by a linear layer and ReLU, and
    a softmax over the two branches per channel picks how much of each is kept."""

    def __init__(self, c_in: int, c_out: int, squeeze: int = 8) -> None:
        super().__init__()
        self.near = nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm2d(c_out),
                                  nn.ReLU())
        self.far = nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=2, dilation=2),
                                 nn.BatchNorm2d(c_out), nn.ReLU())
        self.squeeze = nn.Sequential(nn.Linear(c_out, squeeze), nn.ReLU())
        self.select = nn.Linear(squeeze, 2 * c_out)
        self.c_out = c_out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a, b = self.near(x), self.far(x)
        z = self.squeeze((a + b).mean(dim=(2, 3)))
        w = torch.softmax(self.select(z).view(-1, 2, self.c_out), dim=1)
        return w[:, 0, :, None, None] * a + w[:, 1, :, None, None] * b


class SKCNN(nn.Module):
    """A selective-kernel CNN: a 3x3 stem convolution to ``channels[0]`` (ReLU), a
    selective-kernel unit, a 2x2 max pool, a second unit to ``channels[1]``, a 2x2 max pool, a
    global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16)) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1), nn.ReLU())
        self.unit1 = SKUnit(c0, c0)
        self.pool = nn.MaxPool2d(2)
        self.unit2 = SKUnit(c0, c1)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.unit2(self.pool(self.unit1(self.stem(x)))))
        return self.head(h.mean(dim=(2, 3)))


class GRUCellByHand(nn.Module):
    """A GRU cell written out: update and reset gates (sigmoid) and a tanh candidate, every
    pre-activation times ``gain``."""

    def __init__(self, n_in: int, hidden: int, gain: float = 1.0) -> None:
        super().__init__()
        self.wx = nn.Linear(n_in, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.gain = gain

    def forward(self, x: torch.Tensor, h: torch.Tensor) -> torch.Tensor:
        xz, xr, xn = self.wx(x).chunk(3, dim=1)
        hz, hr, hn = self.wh(h).chunk(3, dim=1)
        z = self.gate(self.gain * (xz + hz))
        r = self.gate(self.gain * (xr + hr))
        n = self.squash(self.gain * (xn + r * hn))
        return (1 - z) * n + z * h


class FastSlowRNN(nn.Module):
    """A hand-written fast-slow RNN (FS-RNN): at each step a fast GRU cell reads the input, a
    slow GRU cell reads the fast state, and the fast cell steps again on the slow state; stepped
    by hand over the flattened sequence of ``features`` readings a step; the mean of the fast
    states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, slow: int | None = None, gain: float = 1.0) -> None:
        super().__init__()
        slow = slow or hidden
        self.features, self.hidden, self.slow = features, hidden, slow
        self.steps = int(np.prod(input_shape)) // features
        self.fast_in = GRUCellByHand(features, hidden, gain)
        self.slow_cell = GRUCellByHand(hidden, slow, gain)
        self.fast_out = GRUCellByHand(slow, hidden, gain)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        hf = seq.new_zeros(x.shape[0], self.hidden)
        hs = seq.new_zeros(x.shape[0], self.slow)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            hf = self.fast_in(seq[:, t], hf)
            hs = self.slow_cell(hf, hs)
            hf = self.fast_out(hs, hf)
            total = total + hf
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout353"
TD = _factory(f"{HERE}:tides", seed=3530)
RN = _factory(f"{HERE}:runes", seed=3531)
GG = _factory(f"{HERE}:gauges", seed=3532)
HV = _factory(f"{HERE}:harvests", seed=3533)
HV_RAW = _factory(f"{HERE}:harvests", scale=250.0, shift=5000.0, seed=3534)


def _mil(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedMIL", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SKCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FastSlowRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.92, 0.995) and weight decay 0.04."""
    return _s(data, optim="adamw", optim_args={"betas": (0.92, 0.995), "weight_decay": 0.04},
              **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.995)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.995)}, **kw)


def _n75(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.75 and weight decay 3e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "nesterov": True,
                                             "weight_decay": 3e-4}, **kw)


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
    Case("h353_divergence_harvests_raw_mil_sgd", "the harvests regression times 250 plus 5000 "
         "(targets unscaled), the gated-attention MIL of 16, plain SGD at LR 0.01, batch 24",
         {"data": HV_RAW, "model": _mil(width=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 3.3e23 at the third, "
                      "4.1e18 at the end (never NaN or Inf, so nan_loss is not expected); R2 "
                      "-2.7e13; gradient norms up to 4.3e16 and every embedding unit of the last "
                      "layer dead after the blow-up"),
         verdict="failed"),
    Case("h353_exploding_gauges_mil_depth6_std1", "the gated-attention MIL with an embedding of "
         "6 ReLU layers of 16 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GG, "model": {**_mil(width=16, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "saturated_activation"),
         why_allowed=("the validation loss 153.2 at every epoch; gradient norms 22 to 3611 "
                      "(healthy at most 16.3); update ratios at most 1e-8, a side effect of the "
                      "LR; 99% of the attention tanh outputs saturated (healthy attention tanh up "
                      "to 94%); accuracy 0.2929 (test 0.2393) against a majority share of 0.30; "
                      "252 of 280 test predictions (90.0%) in one class"),
         verdict="failed"),
    Case("h353_dead_relu_gauges_mil_shift10", "the gated-attention MIL of 24 on the gauges with "
         "its embedding's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": GG, "model": _mil(width=24, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every embedding unit logged dead (healthy MILs 0, the CNNs' 8-unit squeeze "
                      "layers up to 62.5%), so no gradient reaches the embedding or attention "
                      "(norms 0): the validation loss 1.394 to 1.379 (ln 4); accuracy 0.2964 (test"
                      " 0.30) at the majority share 0.30, every test prediction in one class"),
         verdict=TP),
    Case("h353_blowup_gauges_mil_depth3_rmsprop_lr01", "the gated-attention MIL with an "
         "embedding of 3 ReLU layers of 24 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 "
         "epochs",
         {"data": GG, "model": _mil(width=24, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "divergence", "predictions_collapsed", "saturated_activation"),
         why_allowed=("the step loss 944 at step 2, then 1.1 to 1.3; first-quarter update ratios "
                      "0.41 to 0.48 (healthy quarter means at most 0.065), gradient norms up to "
                      "239 in the blow-up only; no unit logged dead; accuracy 0.4036 (training "
                      "0.3429, test 0.3464 against a majority share of 0.30), far below the "
                      "baseline 0.6536 and the healthy MILs' 0.93 and up; 61% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h353_update_ratio_high_tides_fsrnn_adagrad_lr2", "the fast-slow RNN of 12 on the "
         "tides, Adagrad at LR 2, batch 26, 6 epochs",
         {"data": TD, "model": _rnn(hidden=12),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 6, "batch_size": 26}},
         expect=("update_ratio_high", "exploding_gradients", "underfitting"),
         allow=("saturated_activation", "predictions_collapsed", "noisy_loss", "not_converged",
                "divergence", "not_training", "at_chance"),
         why_allowed=("first-quarter mean update ratios 0.28 to 0.69, single steps up to 12.7 "
                      "(healthy quarter means at most 0.065); gradient norms quarter means up to "
                      "6794, single steps 1.2e5 (healthy at most 16.3); 93% of the fast cell's "
                      "tanh outputs saturated (healthy attention tanh up to 94%, so not clearly "
                      "outside); accuracy 0.3375 (training 0.3563) far below the baseline 0.8125; "
                      "66% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h353_update_ratio_low_runes_skcnn_sgd_lr1e9", "the selective-kernel CNN on the runes, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": RN, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("predictions_collapsed", "underfitting", "unshuffled_data", "noisy_loss",
                "slow_start"),
         why_allowed=("the validation loss 1.415 to 1.426; update ratios at most 8.6e-11 (healthy "
                      "quarter means at least 4.7e-5); accuracy 0.225 (test 0.2333) against a "
                      "majority share of 0.26; 84% of the test predictions in one class (below "
                      "90%)"),
         verdict=TP),
    Case("h353_update_ratio_low_tides_fsrnn_rmsprop_lr1e10", "the fast-slow RNN of 12 on the "
         "tides, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _rnn(hidden=12),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.385 at every epoch; update ratios at most 7.8e-10; "
                      "accuracy 0.2625 (test 0.2687) at the majority share 0.2625; 96% of the test"
                      " predictions in one class"),
         verdict=TP),
    Case("h353_vanishing_gauges_mil_depth12_sigmoid_std005", "the gated-attention MIL with an "
         "embedding of 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": GG, "model": {**_mil(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first embedding layer's gradients 4.3e-18 to 5.7e-17 (healthy first "
                      "norms at least 0.006); the validation loss 1.392 to 1.373 (ln 4); accuracy "
                      "0.2964 (test 0.30) at the majority share, every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h353_gain8_tides_fsrnn_rmsprop", "the fast-slow RNN of 12 on the tides with "
         "every gate and candidate pre-activation times 8, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": TD, "model": _rnn(hidden=12, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("saturated_activation", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged", "vanishing_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("70% of the fast cell's tanh outputs saturated, not clearly outside the "
                      "healthy MILs' attention tanh (up to 94%), so only allowed; the recurrent "
                      "gradient norms' quarter means 41 to 415, single steps up to 6246 (healthy "
                      "at most 16.3); the validation loss 1.346 to 1.346; accuracy 0.3438 (test "
                      "0.3125, 0.05 above the majority share 0.2625), far below the baseline "
                      "0.8125; 44% of the test predictions in one class"),
         verdict=TP),
    Case("h353_slow_start_gauges_mil_depth3_std015_momentum9", "the gated-attention MIL with an "
         "embedding of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum "
         "0.9 at LR 0.05, batch 32, 20 epochs",
         {"data": GG, "model": {**_mil(width=32, depth=3), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.374 to 1.353 over the first 6 of 20 epochs (accuracy "
                      "0.29 to 0.34), then 0.2275 at the end (its lowest; accuracy 0.925); the "
                      "attention branch's update ratios down to 2.4e-6 and its gradients 1.9e-6 "
                      "(the healthy MILs' attention gradients also near 2e-6, so not clearly "
                      "smaller)"),
         verdict=TP),
    Case("h353_unshuffled_gauges_mil_rmsprop", "the gauges sorted by label, never shuffled, "
         "the gated-attention MIL of 16, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GG, "order": "by_label", "shuffle": False},
          "model": _mil(width=16),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 30%); the "
                      "validation loss 1.408 to 1.404; accuracy 0.2107 (test 0.2107), 0.09 below "
                      "the majority share 0.30; every test prediction in one class"),
         verdict=TP),
    Case("h353_mse_softmax_tides_fsrnn_adam", "the tides trained with square error on the "
         "softmax, the fast-slow RNN of 12, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": TD, "model": _rnn(hidden=12),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7688 (test 0.825; the baseline "
                      "0.8125, healthy 0.8625 and up); the validation loss lowest at the end, "
                      "still falling 15% in the last epoch"),
         verdict=TP),
    Case("h353_noisy_gauges_mil_b1_adam", "the gauges one row at a time (batch 1), the "
         "gated-attention MIL of 24, Adam at LR 1e-3, 2 epochs",
         {"data": GG, "model": _mil(width=24),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.65 times its mean over the second half (healthy "
                      "runner runs up to 1.34), so noise is no clear finding; the validation loss "
                      "lowest at the end (1.239 to 0.796, accuracy 0.375 to 0.6857); accuracy 0.03"
                      " above the baseline 0.6536, healthy 0.93 and up"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h353_overfit_gauges_subset40_mil_adamw", "40 rows of the gauges, the gated-attention "
         "MIL of 96, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GG, "subset": 40}, "model": _mil(width=96),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.6321 (training 1.0; the healthy runs 0.93 "
                      "and up); the validation loss lowest early (1.096), 2.94 times it at the end"
                      " (3.224)"),
         verdict=GP),
    Case("h353_gap_runes_subset30_skcnn_adam", "30 images of the runes, the selective-kernel "
         "CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**RN, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("30 images teach less: accuracy 0.4646 (training 1.0; the healthy CNNs "
                      "0.9167 and up); the validation loss lowest mid-run (1.254), only 8% above "
                      "it at the end (1.35), so overfitting is no clear finding; 87.5% of a "
                      "squeeze layer's 8 units logged dead (healthy up to 62.5%)"),
         verdict=GP),
    Case("h353_underfit_tides_fsrnn_one_unit_adam", "the tides through a fast-slow RNN of 1 "
         "fast and 1 slow unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": TD, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("one fast and one slow unit cannot tell four classes: accuracy 0.4188 "
                      "(training 0.4104), far below the baseline 0.8125; the validation loss "
                      "lowest at the end, falling 1.5% in the last epoch"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h353_lightning_digits_nesterov75_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.75 (weight decay 3e-4) at LR 1e20, 2810 units, batch 24, 3 epochs",
         script=lightning_run(_n75("digits", hidden=(2810,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      "majority share"),
         verdict="failed"),
    Case("h353_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.92 and 0.995, weight decay 0.04) at LR 1e-10, 2811 units, batch "
         "20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2811,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7427 at every epoch; accuracy 0.5078 at its initial "
                      "weights, within 0.05 of the majority share"),
         verdict=TP),
    Case("h353_hf_trainer_wine_nesterov75_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.75 (weight decay 3e-4) at LR 1e20 (decaying linearly), 2812 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_n75("wine", hidden=(2812,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      "share"),
         verdict="failed"),
    Case("h353_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "(betas 0.85 and 0.995) at LR 1e-10 (decaying linearly), 2813 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ax("iris", hidden=(2813,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.104 at every evaluation; accuracy 0.5 at its initial "
                      "weights"),
         verdict=TP),
    Case("h353_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.92 and 0.995, weight decay 0.04) at LR 1e20, 2814 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(2814,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h353_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2815 units, "
         "Adamax (betas 0.85 and 0.995) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ax("digits", hidden=(2815,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5599, training 1.0); the "
                      "validation loss 6.209 at the first epoch and 5.387 at the end, 0.2% above "
                      "its minimum, so it does not overfit in its loss"),
         verdict=GP),
    Case("h353_tensorboard_breast_cancer_nesterov75_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.75 (weight decay 3e-4) at LR 1e20, 2816 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_n75("breast_cancer", hidden=(2816,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      "below 0.63"),
         verdict="failed"),
    Case("h353_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2817 units, AdamW (betas 0.92 and 0.995, weight decay 0.04) "
         "at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2817,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest early (1.772), 2.27 times it at the end (4.017)"),
         verdict=GP),
    Case("h353_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (betas 0.85 and 0.995) at LR 0.01, 2818 units, batch "
         "20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ax("sine", hidden=(2818,), lr=0.01, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",),
         allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the step"
                      " loss also jumps to 35 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h353_plain_digits_nesterov75_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.75 (weight decay 3e-4) at LR 1e-10, 2819 units, batch 25, 4 epochs",
         script=plain_run(_n75("digits", hidden=(2819,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.31 at every epoch; accuracy 0.0864 at its initial "
                      "weights, at or below the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy353_gauges_mil_adam_cosine",
       {"data": GG, "model": _mil(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy353_gauges_mil_gelu_adamw_step",
       {"data": GG, "model": _mil(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 8, "gamma": 0.5},
        "train": {"epochs": 16, "batch_size": 26}}),
    _h("healthy353_gauges_mil_rmsprop_exponential",
       {"data": GG, "model": _mil(width=32),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 19, "batch_size": 30}}),
    _h("healthy353_gauges_mil_momentum9_cosine",
       {"data": GG, "model": _mil(width=32),
        "optim": {"name": "sgd", "lr": 0.15, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy353_gauges_mil_adagrad_inverse_time",
       {"data": GG, "model": _mil(width=32),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 19, "batch_size": 27}}),
    _h("healthy353_harvests_mil_adam_cosine",
       {"data": HV, "model": _mil(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy353_harvests_mil_gelu_adamw_cosine",
       {"data": HV, "model": _mil(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy353_runes_skcnn_adam_cosine",
       {"data": RN, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy353_runes_skcnn_adamw_step",
       {"data": RN, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 5, "batch_size": 28}}),
    _h("healthy353_runes_skcnn_rmsprop_cosine",
       {"data": RN, "model": _cnn(channels=[8, 12]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy353_runes_skcnn_adagrad_cosine",
       {"data": RN, "model": _cnn(channels=[8, 16]),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy353_tides_fsrnn_adam_cosine",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy353_tides_fsrnn_adamw_exponential",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy353_tides_fsrnn_rmsprop_cosine",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy353_tides_fsrnn_momentum9_cosine",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy353_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2810,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy353_lightning_wine_nesterov75",
        lightning_run(_n75("wine", hidden=(2811,), lr=2e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy353_lightning_moons_adamax",
        lightning_run(_ax("moons", hidden=(2812,), lr=2e-3, epochs=13, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy353_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2813,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy353_hf_trainer_iris_nesterov75",
        hf_trainer_run(_n75("iris", hidden=(2814,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy353_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2815,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy353_keras_wine_adamax",
        keras_run(_ax("wine", hidden=(2816,), lr=1e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy353_keras_breast_cancer_nesterov75",
        keras_run(_n75("breast_cancer", hidden=(2817,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy353_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2818,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy353_tensorboard_digits_nesterov75",
        tensorboard_run(_n75("digits", hidden=(2819,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy353_tensorboard_moons_adamax",
        tensorboard_run(_ax("moons", hidden=(2810,), lr=2e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy353_plain_sine_adamax",
        plain_run(_ax("sine", hidden=(2811,), lr=2e-3, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy353_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2812,), lr=5e-4, epochs=7, batch_size=20)),
        "pytorch"),
)

# a planned healthy run that ended more than 0.1 below the gauges' best (the GELU MIL under AdamW,
# 0.9571), judged against it, so placed after it
LATE: tuple[Case, ...] = (
    Case("h353_underfit_gauges_mil_tanh_momentum9_lr02", "the gated-attention MIL of 32 with "
         "tanh units on the gauges, SGD with momentum 0.9 at LR 0.2 (cosine), batch 24, 20 epochs",
         {"data": GG, "model": _mil(width=32, activation="tanh"),
          "optim": {"name": "sgd", "lr": 0.2, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 24}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "overfitting", "slow_start"),
         why_allowed=("accuracy 0.7857 (training 0.7798), 0.17 below the GELU MIL's 0.9571 "
                      "and 0.13 above the baseline 0.6536; the validation loss 1.8% above its "
                      "epoch-18 minimum; the loss near ln 4 for the first 2 epochs"),
         verdict=TP),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY + LATE
