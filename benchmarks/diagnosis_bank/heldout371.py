"""The three-hundred-seventy-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written beside another writer's part (not looked at), by someone who saw no diagnosis of its
runs. Built as :mod:`.heldout333` was: every runner case trains a model of this module through
``model.factory``: :class:`SKNet` (an SKNet-style CNN: a stem convolution, two selective-kernel
units, each a 3x3 and a 5x5 convolution branch fused by a learnt softmax attention over the
branches, max pools, a global average pool, a dense layer with an activation given to the
constructor, a linear head), :class:`ODELSTM` (an ODE-LSTM-style net: an LSTM cell stepped by
hand whose hidden state is evolved between steps by a small tanh ODE solved with 3 Euler steps,
the mean of its states read out) and :class:`NodeGAM` (a NODE-GAM-style model: optional
per-feature shaping layers as grouped 1x1 convolutions, then soft oblivious decision trees each
reading one learnt feature at every level, their leaf responses summed); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`wobbles`, 800 noisy series of 14 steps in 2 readings, each reading holding a 4-step
alternating wobble of random sign or none (4 classes; seed 3710); :func:`stamps`, 2400 12x12
images of a cup, a Z, a C or a hat at a random place in noise 0.35, 2% random labels (4
classes; seed 3711); :func:`dials`, a tabular 4-class set of 8 readings (a periodic threshold on
``sin(2 x0)`` and a linear threshold of two more, 3% random labels, 1400 rows; seed 3712);
:func:`harvest`, a tabular regression of 8 readings (a sine, an absolute value, a linear term, a
step and a square; 1200 rows; seed 3713; times 250 plus 5000 with seed 3714 for the divergence).
Script cases use AdamW with betas (0.85, 0.98), Adagrad with an initial accumulator of 0.05 and
NAdam with weight decay 1e-3 on digits, wine, iris, breast cancer, moons, circles and the sine;
every script case holds a hidden width of 2990 to 2999.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses, validation
loss and score, step-loss swing, the share of the step loss's within-epoch variance its position
explains, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and,
for runner cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3393 on the dials, 0.2562 on the stamps, 0.2562 on the wobbles. Baselines (validation):
accuracy 0.6929 (dials), 0.4771 (stamps), 0.675 (wobbles); R2 0.6852 (harvest), 0.6213 (the raw
harvest).

Measured healthy ranges (runner, first round): update-ratio quarter means 1e-4 to 0.07 (single
steps up to 0.91, the SKNet under Adagrad); the ``update_ratio_high`` run's first-quarter means
0.45 and 0.62; the ``update_ratio_low`` runs at most 1.6e-12 and 5.1e-9. Dead fractions up to 75%
in the healthy SKNets' 4-unit squeeze layers and 67% in a 5x5 branch; the shifted NODE-GAM's
100%. Saturated tree splits at most 8.6% and saturated ODE tanh outputs at most 8.1% in the
healthy runs; the Adagrad ODE-LSTM's 84% to 92%, the RMSprop-killed NODE-GAM's 86% of its splits.
Gradient norms at most 3.5; the exploding run's 1991 to 3979, the vanishing run's first norms
1.5e-20. The step loss's position explains at most 16.4% of its within-epoch variance in the
healthy runner runs; the unshuffled run 99.9%. The step-loss swing is 0.16 to 0.84 in the healthy
runner runs, only 0.25 in the batch-1 run. Healthy scores (validation): dials 0.85-0.95, stamps
0.92-0.94 (RMSprop rerun pending at the first check), wobbles 0.89-0.925, harvest R2 0.81-0.88.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
dials NODE-GAMs under Adam, RMSprop and Adagrad (24-32 trees of depth 2: 0.757 to 0.825 against
the best 0.9143) now have 32 trees of depth 3 (RMSprop and Adagrad at LR 0.01 and 0.1); the
harvest NODE-GAM with a shaping layer (R2 0.693 against a baseline of 0.685) became 48 trees of
depth 3 without one (0.876); the harvest NODE-GAM under Adam now 17 epochs; the SKNet under
RMSprop (LR 2e-3, 12 epochs, 0.74) now LR 3e-3 and 15 epochs; the ODE-LSTMs that ended above
their minima were cut (Adam 12 epochs, AdamW 12, RMSprop 10, momentum 15). The planned slow start
(three shaping layers of N(0, 0.15) init) never left its plateau in 15 epochs, so it is labelled
stuck; the planned saturated ODE-LSTM (gain 8) saturated only 22% to 24% of its ODE outputs, so
it is labelled stuck with ``saturated_activation`` allowed; the batch-1 run's swing was no
clear noise, so it is labelled by its state (``not_converged``, ``underfitting``); the unshuffled
run scored 0.054 below the majority share, so ``at_chance`` is allowed and ``underfitting``
expected. Keras' 16 digits' validation loss is lowest at its end, so only ``generalisation_gap``
is expected there.

Second round (each case trained as it now stands, seed 0, diagnosis off; stores
``/tmp/h371/storeF`` and ``storeG``, the ODE-LSTMs in scratch stores with the same settings): the
harvest NODE-GAM under Adam now 14 epochs (its cosine schedule over 14: validation loss 0.5457,
0.3% above its epoch-13 minimum; R2 0.791 against the baseline 0.685); the dials NODE-GAM under
Adagrad now LR 0.15 (0.9214, its validation loss lowest at the end; the best dials run 0.95);
the ODE-LSTM under RMSprop now 9 epochs (ends 0.2% above its minimum, 0.856); the ODE-LSTMs
under AdamW (12 epochs: lowest at the end, 0.894) and momentum (15: 0.45% above its minimum,
0.925) checked as they stand. Scripts cut to their minima, each now lowest at its end:
Lightning's digits 8 epochs (0.9805), wine 11 (1.0), moons 14 (0.9531); Keras' circles 14
(0.9919); TensorBoard's iris 14 (0.9667); the loop's breast cancer 9 (0.9561); each within 0.1
of the best run on its data. Counts: 26 faults (10 scripts), 28 healthy (13 scripts).

Not met: no slow start and no clearly saturated runner run were made real; the momentum
ODE-LSTM's validation loss stays at ln 4 (1.385) over its first two epochs; the healthy ranges
above are from the first round; the harvest NODE-GAM under Adam (R2 0.79) is below its sibling
(0.876); no other seed was checked.

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


def wobbles(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step wobble (``+h, -h, +h, -h`` times a random sign, so neither a reading's
    sum nor its sign tells) at a random time or none; the class is which readings wobble (4
    classes: none, the second, the first, both). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    wobble = height * np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += wobble * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_SEE = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)
_HAT = np.array([[0, 1, 0], [1, 0, 1], [0, 0, 0]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: a cup, a Z, a C, a hat), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_CUP, _ZED, _SEE, _HAT), n, 12, noise, flip, seed)


def dials(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``sin(2 x0) > 0.3`` times 2 plus whether ``x1 - 0.6 x2`` exceeds 0.2 (each part a function
    of single readings, one of them periodic); readings 3 to 7 are noise; a share ``flip`` of
    labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (np.sin(2.0 * x[:, 0]) > 0.3).astype(int) + (x[:, 1] - 0.6 * x[:, 2] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def harvest(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, the
    absolute value of a second, a linear third, a step of a fourth and a square of a fifth plus
    noise 0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.5 * x[:, 0]) + 1.2 * np.abs(x[:, 1]) + 0.8 * x[:, 2]
         + 1.0 * (x[:, 3] > 0.2) + 0.5 * x[:, 4] ** 2 + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class SelectiveKernel(nn.Module):
    """A selective-kernel unit: a 3x3 and a 5x5 convolution branch (ReLU each), their sum pooled
    over space, squeezed by a linear layer (ReLU) and turned by a second linear layer into one
    logit per branch and channel; a softmax over the two branches weighs their mix."""

    def __init__(self, c_in: int, c_out: int, reduce: int = 4) -> None:
        super().__init__()
        self.c_out = c_out
        self.branch3 = nn.Conv2d(c_in, c_out, 3, padding=1)
        self.act3 = nn.ReLU()
        self.branch5 = nn.Conv2d(c_in, c_out, 5, padding=2)
        self.act5 = nn.ReLU()
        mid = max(c_out // reduce, 4)
        self.squeeze = nn.Linear(c_out, mid)
        self.squeeze_act = nn.ReLU()
        self.select = nn.Linear(mid, 2 * c_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act3(self.branch3(x))
        b = self.act5(self.branch5(x))
        s = self.squeeze_act(self.squeeze((a + b).mean(dim=(2, 3))))
        w = torch.softmax(self.select(s).view(-1, 2, self.c_out), dim=1)
        return a * w[:, 0, :, None, None] + b * w[:, 1, :, None, None]


class SKNet(nn.Module):
    """An SKNet-style CNN: a 3x3 stem convolution to ``channels[0]`` (ReLU), a selective-kernel
    unit, a 2x2 max pool, a second unit to ``channels[1]``, a 2x2 max pool, a global average
    pool, a dense layer of ``width`` (``activation``, pre-activations shifted by ``shift``) and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), width: int = 32,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1), nn.ReLU())
        self.sk1 = SelectiveKernel(c0, c0)
        self.pool = nn.MaxPool2d(2)
        self.sk2 = SelectiveKernel(c0, c1)
        self.dense = nn.Linear(c1, width)
        self.act = _ACTS[activation]()
        self.shift = shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.sk2(self.pool(self.sk1(self.stem(x)))))
        return self.head(self.act(self.dense(h.mean(dim=(2, 3))) + self.shift))


class ODELSTM(nn.Module):
    """An ODE-LSTM-style sequence model: an LSTM cell stepped by hand over the flattened sequence
    of ``features`` readings a step; between steps its hidden state evolves by a small ODE,
    ``dh/dt = tanh(gain * (W h + b))``, solved with ``euler`` Euler steps of ``dt``; the mean of
    the evolved states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, euler: int = 3, dt: float = 0.3, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.cell = nn.LSTMCell(features, hidden)
        self.ode = nn.Linear(hidden, hidden)
        self.ode_act = nn.Tanh()
        self.euler, self.dt, self.gain = euler, dt, gain
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h, c = self.cell(seq[:, t], (h, c))
            for _ in range(self.euler):
                h = h + self.dt * self.ode_act(self.gain * self.ode(h))
            total = total + h
        return self.head(total / self.steps)


class NodeGAM(nn.Module):
    """A NODE-GAM-style tabular model: optional per-feature shaping layers (``pre`` grouped 1x1
    convolutions, ``pre_width`` units per feature, ``activation``, pre-activations shifted by
    ``shift``, then one back to a value per feature, so no feature meets another), then
    ``trees`` soft oblivious decision trees of ``depth`` levels, each reading one feature (a
    learnt softmax choice over the features) at every level against a learnt threshold and
    temperature through a sigmoid; the leaf probabilities weigh learnt leaf responses, summed
    over the trees with a bias."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, trees: int = 16,
                 depth: int = 2, pre: int = 0, pre_width: int = 8, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        c = n
        for _ in range(pre):
            layers += [nn.Conv1d(c, n * pre_width, 1, groups=n), _ACTS[activation]()]
            c = n * pre_width
        self.pre_layers = nn.ModuleList(layers)
        self.pre_out = nn.Conv1d(c, n, 1, groups=n) if pre else None
        self.shift = shift
        self.choice = nn.Parameter(torch.randn(trees, n))
        self.threshold = nn.Parameter(0.5 * torch.randn(trees, depth))
        self.log_temp = nn.Parameter(torch.zeros(trees, depth))
        self.split = nn.Sigmoid()
        bits = torch.tensor([[(leaf >> d) & 1 for d in range(depth)]
                             for leaf in range(2 ** depth)], dtype=torch.float32)
        self.register_buffer("bits", bits)
        self.leaves = nn.Parameter(0.1 * torch.randn(trees, 2 ** depth, n_outputs))
        self.bias = nn.Parameter(torch.zeros(n_outputs))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = x.flatten(1)
        if self.pre_out is not None:
            h = z[:, :, None]
            for conv, act in zip(self.pre_layers[::2], self.pre_layers[1::2], strict=True):
                h = act(conv(h) + self.shift)
            z = self.pre_out(h)[:, :, 0]
        xf = z @ torch.softmax(self.choice, dim=1).T  # (batch, trees)
        gate = self.split((xf[:, :, None] - self.threshold) * torch.exp(-self.log_temp))
        g = gate[:, :, None, :]  # (batch, trees, 1, depth)
        leaf = (self.bits * g + (1 - self.bits) * (1 - g)).prod(dim=3)  # (batch, trees, leaves)
        return torch.einsum("btl,tlo->bo", leaf, self.leaves) + self.bias


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout371"
WB = _factory(f"{HERE}:wobbles", seed=3710)
ST = _factory(f"{HERE}:stamps", seed=3711)
DL = _factory(f"{HERE}:dials", seed=3712)
HV = _factory(f"{HERE}:harvest", seed=3713)
HV_RAW = _factory(f"{HERE}:harvest", scale=250.0, shift=5000.0, seed=3714)


def _gam(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NodeGAM", "args": args}


def _sk(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SKNet", "args": args}


def _ode(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ODELSTM", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.98)."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.98)}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.05."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.05}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with weight decay 1e-3."""
    return _s(data, optim="nadam", optim_args={"weight_decay": 1e-3}, **kw)


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
    Case("h371_divergence_harvest_raw_gam_sgd", "the harvest regression times 250 plus 5000 "
         "(targets unscaled), the NODE-GAM of 16 trees, plain SGD at LR 0.01, batch 24",
         {"data": HV_RAW, "model": _gam(trees=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.1e7 at the first step, NaN by the fourth"),
         verdict="failed"),
    Case("h371_exploding_stamps_sknet_std1", "the SKNet with N(0, 1) init on the stamps, SGD "
         "with momentum 0.5 at LR 1e-10, batch 30",
         {"data": ST, "model": {**_sk(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2329 to 2328 at every epoch; gradient norms 1991 to "
                      "3979 (healthy at most 3.5); update ratios a side effect of the LR; "
                      "accuracy 0.2437 against a majority share of 0.2542; 99.8% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h371_dead_relu_dials_gam_pre1_shift10", "the NODE-GAM with one per-feature ReLU layer "
         "of 8 units a feature on the dials, its pre-activations shifted by -10, so no unit "
         "fires, Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": DL, "model": _gam(pre=1, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the per-feature ReLU layer logged dead in every epoch "
                      "(healthy runs at most 75%, in a 4-unit squeeze layer), so no gradient "
                      "reaches the shaping layers (norms 0); the validation loss 1.363 to 1.362 "
                      "(ln 4 less the prior); accuracy 0.3393 at the majority share 0.3393, every"
                      " test prediction in one class"), verdict=TP),
    Case("h371_dead_relu_dials_gam_pre2_rmsprop_lr01", "the NODE-GAM with two per-feature ReLU "
         "layers of 8 units a feature on the dials, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": DL, "model": _gam(pre=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence", "predictions_collapsed",
                "saturated_activation"),
         why_allowed=("the step loss up to 24 in epoch 1, then 1.2 to 1.9, so the blow-up passed;"
                      " first-quarter update ratios 0.18 to 0.31, single steps up to 4.0; 70% of "
                      "the second per-feature layer's units dead (healthy up to 75%); 86% of the "
                      "tree splits saturated (healthy at most 8.6%); accuracy 0.2893 against a "
                      "majority share of 0.3393; 55% of the test predictions in one class"),
         verdict=TP),
    Case("h371_update_ratio_high_wobbles_odelstm_adagrad_lr2", "the ODE-LSTM of 16 on the "
         "wobbles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _ode(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.45 and 0.62, single steps up to 15.5 "
                      "(healthy quarter means at most 0.07); 84% to 92% of the ODE's tanh outputs"
                      " saturated (healthy at most 8.1%); the validation loss 3.18 to 3.88, above"
                      " ln 4; accuracy 0.2437 against a majority share of 0.2562, 96.9% of the "
                      "test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h371_update_ratio_low_stamps_sknet_sgd_lr1e9", "the SKNet on the stamps, plain SGD at "
         "LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _sk(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.388 at every epoch; update ratios at most 1.6e-12 "
                      "(healthy quarter means at least 1e-4); accuracy 0.2562 against a majority "
                      "share of 0.2562, every test prediction in one class"), verdict=TP),
    Case("h371_update_ratio_low_wobbles_odelstm_rmsprop_lr1e10", "the ODE-LSTM of 16 on the "
         "wobbles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _ode(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1.393 at every epoch; update ratios at most 5.1e-9; "
                      "accuracy 0.2437, at the majority share 0.2562; every test prediction in "
                      "one class"), verdict=TP),
    Case("h371_vanishing_dials_gam_pre12_sigmoid_std005", "the NODE-GAM with 12 per-feature "
         "sigmoid layers of 8 units a feature and N(0, 0.05) init on the dials, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": DL, "model": {**_gam(pre=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first shaping layer's gradients 1.5e-20 to 1.1e-19 (healthy first "
                      "norms at least 2.5e-6, the SKNet stems from 0.002); the validation loss "
                      "1.367 to 1.409 (near ln 4); accuracy 0.3393 at the majority share, every "
                      "test prediction in one class"), verdict=TP),
    Case("h371_stuck_wobbles_odelstm_gain8_rmsprop", "the ODE-LSTM of 16 on the wobbles "
         "with its ODE's tanh fed 8 times its pre-activation, plain RMSprop at LR 1e-4, batch "
         "28, 4 epochs",
         {"data": WB, "model": _ode(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "saturated_activation"),
         why_allowed=("only 22% to 24% of the ODE's tanh outputs saturated (healthy at most "
                      "8.1%, the gain-2 Adagrad run's 92%), not most; the validation loss 1.414 "
                      "to 1.390 (ln 4); accuracy 0.2562 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h371_stuck_dials_gam_pre3_std015_momentum9", "the NODE-GAM with 3 per-feature "
         "ReLU layers of 16 units a feature and N(0, 0.15) init on the dials, SGD with momentum "
         "0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": DL, "model": {**_gam(pre=3, pre_width=16), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "slow_start"),
         why_allowed=("the small init left the trees a near-constant input: no start ever came; "
                      "the validation loss 1.361 to 1.377 over all 15 epochs; accuracy 0.3393 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    Case("h371_unshuffled_dials_gam_rmsprop", "the dials sorted by label, never shuffled, the "
         "NODE-GAM of 16 trees, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**DL, "order": "by_label", "shuffle": False},
          "model": _gam(trees=16),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 16.4%); the "
                      "validation loss 1.408 to 1.397; accuracy 0.2857, 0.054 below the majority "
                      "share 0.3393 and far below the baseline 0.6929; 68.9% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h371_mse_softmax_wobbles_odelstm_adam", "the wobbles trained with square error on the "
         "softmax, the ODE-LSTM of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _ode(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.95 (test 0.9563, healthy 0.90 and "
                      "up) and the validation loss lowest at the end"), verdict=TP),
    Case("h371_noisy_dials_gam_b1_adam", "the dials one row at a time (batch 1), the NODE-GAM "
         "of 16 trees, Adam at LR 1e-3, 2 epochs",
         {"data": DL, "model": _gam(trees=16),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings only 0.25 times its mean over the second half "
                      "(healthy runner runs up to 0.84), so noise is no clear finding; the "
                      "validation loss falling 9% in the last epoch; accuracy 0.3714 (training "
                      "0.4024) far below the baseline 0.6929"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h371_overfit_dials_subset40_gam_adamw", "40 rows of the dials, the NODE-GAM of 64 "
         "trees of depth 3, AdamW at LR 1e-2, 150 epochs, batch 4",
         {"data": {**DL, "subset": 40}, "model": _gam(trees=64, depth=3),
          "optim": {"name": "adamw", "lr": 1e-2},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4929 (training 1.0; the healthy runs 0.88 "
                      "and up); the validation loss lowest early (1.032), 2.33 times it at the "
                      "end (2.406)"), verdict=GP),
    Case("h371_gap_stamps_subset30_sknet_adam", "30 images of the stamps, the SKNet with 16 and "
         "32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _sk(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4062 (training 1.0; the healthy SKNets "
                      "0.92 and up); the validation loss lowest in the first epochs (1.385), 3.09"
                      " times it at the end (4.279)"), verdict=GP),
    Case("h371_underfit_wobbles_odelstm_one_unit_adam", "the wobbles through an ODE-LSTM of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _ode(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.4062 (training 0.3958), far "
                      "below the baseline 0.675; the validation loss still falling (1.228 to "
                      "1.205 in the last epoch)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h371_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (weight decay "
         "1e-3) at LR 1e20, 2990 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(2990,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h371_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.85, 0.98) at LR 1e-10, 2991 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2991,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.7544 at every epoch; accuracy 0.4688 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h371_hf_trainer_wine_nadam_lr1e20_nan", "Hugging Face Trainer names: wine, NAdam "
         "(weight decay 1e-3) at LR 1e20 (decaying linearly), 2992 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("wine", hidden=(2992,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h371_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (initial accumulator 0.05) at LR 1e-10 (decaying linearly), 2993 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2993,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.9777 at every evaluation; accuracy 0.7 at its "
                      "initial weights, not at chance"), verdict=TP),
    Case("h371_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85, 0.98) at LR 1e20, 2994 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(2994,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h371_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2995 units, "
         "Adagrad (initial accumulator 0.05) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2995,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4958, training 1.0); the "
                      "validation loss 5.96 at epoch 1 and lowest at the end (5.561), so it does "
                      "not overfit in its loss"), verdict=GP),
    Case("h371_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (weight decay 1e-3) at LR 1e20, 2996 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(2996,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h371_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2997 units, AdamW (betas 0.85, 0.98) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2997,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest early (1.572), 3.44 times it at the end (5.406)"),
         verdict=GP),
    Case("h371_plain_corrupt_record_sine_nadam", "hand-written loop: sine regression with noise "
         "0.2 (640 points), NAdam (weight decay 1e-3) at LR 1e-3, 2998 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_na("sine", hidden=(2998,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=15),
    Case("h371_plain_digits_nadam_lr1e10_stuck", "hand-written loop: digits, NAdam (weight decay "
         "1e-3) at LR 1e-10, 2999 units, batch 25, 4 epochs",
         script=plain_run(_na("digits", hidden=(2999,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.373 at every epoch; accuracy 0.0613 at its initial "
                      "weights"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy371_dials_gam_adam_cosine",
       {"data": DL, "model": _gam(trees=32, depth=3),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy371_dials_gam_adamw_step",
       {"data": DL, "model": _gam(trees=32, depth=3),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy371_dials_gam_rmsprop_exponential",
       {"data": DL, "model": _gam(trees=32, depth=3),
        "optim": {"name": "rmsprop", "lr": 1e-2, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy371_dials_gam_momentum9_cosine",
       {"data": DL, "model": _gam(trees=32),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy371_dials_gam_adagrad_inverse_time",
       {"data": DL, "model": _gam(trees=32, depth=3),
        "optim": {"name": "adagrad", "lr": 0.15, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy371_harvest_gam_adam_cosine",
       {"data": HV, "model": _gam(trees=32),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy371_harvest_gam_depth3_adamw_cosine",
       {"data": HV, "model": _gam(trees=48, depth=3),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy371_stamps_sknet_adam_cosine",
       {"data": ST, "model": _sk(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy371_stamps_sknet_adamw_step",
       {"data": ST, "model": _sk(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy371_stamps_sknet_rmsprop_cosine",
       {"data": ST, "model": _sk(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy371_stamps_sknet_adagrad_cosine",
       {"data": ST, "model": _sk(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy371_wobbles_odelstm_adam_cosine",
       {"data": WB, "model": _ode(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy371_wobbles_odelstm_adamw_exponential",
       {"data": WB, "model": _ode(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy371_wobbles_odelstm_rmsprop_cosine",
       {"data": WB, "model": _ode(hidden=20),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 30}}),
    _h("healthy371_wobbles_odelstm_momentum9_cosine",
       {"data": WB, "model": _ode(hidden=20),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy371_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2990,), lr=1e-3, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy371_lightning_wine_nadam",
        lightning_run(_na("wine", hidden=(2991,), lr=5e-4, epochs=11, batch_size=10)),
        "lightning"),
    _hs("healthy371_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2992,), lr=0.01, epochs=14, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy371_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2993,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy371_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(2994,), lr=1e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy371_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2995,), lr=5e-4, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy371_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2996,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy371_keras_breast_cancer_nadam",
        keras_run(_na("breast_cancer", hidden=(2997,), lr=2e-4, epochs=10, batch_size=20)),
        "keras"),
    _hs("healthy371_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2998,), lr=1e-3, epochs=14, batch_size=10)),
        "tensorboard"),
    _hs("healthy371_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(2999,), lr=5e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy371_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2990,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy371_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2991,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy371_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2992,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
