"""The three-hundred-fifty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at) by someone who saw no diagnosis
of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this module
through ``model.factory``: :class:`NetDNF` (a Net-DNF-style tabular net: optional trunk layers,
learnt literals with an activation given to the constructor, soft conjunctions each over a fixed
random half of the literals, ``tanh(w . l + b - (||w||_1 - 1.5) / 4)``, OR-ed by soft
disjunctions, ``tanh(v . c + b + (||v||_1 - 1.5) / 4)``, a linear head), :class:`VANCNN` (a
Visual-Attention-Network-style CNN: a stem convolution, VAN blocks whose large-kernel attention, a
5x5 depthwise, a 3x3 depthwise dilated by 2 and a 1x1 pointwise convolution, multiplies its input,
max pooling between blocks, a global average pool) and :class:`HGRN` (an HGRN-style gated linear
recurrent model: an element-wise linear recurrence ``h = f * h + (1 - f) * act(W_c x)`` whose
forget gate is bounded below by a learnt lower bound, an output gate, stepped by hand, the mean of
the gated states read out); no case fell back to the runner's built-in models. Every data set is
this module's own ``data.factory``: :func:`bursts`, 800 noisy series of 12 steps in 2 readings,
each reading holding a 4-step burst of alternating sign (height 1.6, first sign at random) or none
(4 classes; seed 3580); :func:`signs`, 2400 10x10 images of a plus, a ring, a backslash or a cup
at a random place in noise 0.35, 2% random labels (4 classes; seed 3581); :func:`cells`, a
tabular 4-class set of 10 readings (whether readings 0 and 1 agree in side, a disjunction of two
conjunctions, and whether ``x2 > 0.4`` or ``x3 < -0.4``; 3% random labels, 1400 rows; seed 3582);
:func:`loads`, a tabular regression of 8 readings (a conjunction step, an absolute value, a sine
and a linear term; 1200 rows; seed 3583; times 250 plus 5000 with seed 3584 for the divergence;
seed 3585 left unused). Script cases use AdamW with betas (0.9, 0.98) and weight decay 0.02,
Adagrad with an LR decay of 1e-3 and SGD with Nesterov momentum 0.9 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2860 to 2869.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9,
SGD with Nesterov momentum 0.9; schedules constant, cosine, step, exponential and inverse time;
batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files per round, one per worker) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, step-loss swing, the share of the
step loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked. The final file was trained once more in full (every case, diagnosis
off): every number quoted here came back the same, but for the three small-subset runs' last
accuracies (within 0.0021; the final pass's are quoted).

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3714 on the cells, 0.2604 on the signs, 0.2625 on the bursts. Baselines (validation): accuracy
0.6357 (cells; 0.4857 on 40 rows), 0.5792 (signs; 0.2708 on 30 images), 0.775 (bursts); R2
0.5798 (loads), 0.6642 (the raw loads).

Measured healthy ranges (runner): update-ratio quarter means 7.3e-5 to 0.064 (single steps up to
0.82, the Net-DNF under Adagrad); the ``update_ratio_high`` run's first-quarter means 0.22 to 0.44
(single steps up to 13.5); the ``update_ratio_low`` runs log 0 (the CNN) and at most 3.3e-9 (the
HGRN). Dead fractions at most 41% (the ReLU literals of the loads net with a trunk; the CNNs' GELU
and ReLU units 0 to 25%, the HGRNs' SiLU units 0); the shifted literals' 100%, the RMSprop-killed
literals' 78% (only allowed: not clearly outside 41%). Saturated tanh units at most 13% in the
healthy runs (the Net-DNF literals); the gain-8 HGRN's 75%. Gradient norms 1.4e-4 to 7.5; the
exploding run's 3.7e8 to 7.2e9, the vanishing run's first trunk norms 2.3e-19 to 1.6e-17. The step
loss's position explains 6% to 22.5% of its within-epoch variance in the healthy runner runs; the
unshuffled run 99.9%. The step-loss swing (standard deviation of its step-to-step change over its
mean, second half) is 0.36 to 0.98 in the healthy runner runs, only 0.90 in the batch-1 run, so
``noisy_loss`` is only allowed there and its state (below the baseline) is ``underfitting``.
Healthy scores (validation): cells 0.8464-0.8857, signs 0.8542-0.9, bursts 0.975-0.9875, loads R2
0.7953 and 0.8261.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
Net-DNF under Adam at LR 3e-3 for 15 epochs reached only 0.5929 on the cells against a baseline
of 0.6357, so the healthy Net-DNF runs train 20 epochs at LR 0.01 (Adam, AdamW), 0.1 (momentum,
Adagrad) and 5e-3 (RMSprop); the cells run under RMSprop (36 literals, LR 5e-3 with an exponential
schedule: 0.7036; LR 0.01 exponential: 0.7679; LR 0.01 cosine: 0.7643) now has a tanh trunk layer
(0.8857; a ReLU-trunk variant at LR 3e-3 reached 0.8536 and was dropped); the CNN under Adagrad
was cut from 12 to 8 epochs (it ended 2.8% above its epoch-8 minimum); the divergence at LR 0.01
did not blow up (the step loss fell from 2.9e7 to 2.4e5, the bounded disjunctions' head alone
learning), so it now runs at LR 0.3; the exploding CNN at LR 1e-10 still moved (its loss fell
from 1.9e9 to 3e6: gradients of 1e9 times the LR), so it now runs at LR 1e-14; a slow start at LR
0.03 for 22 epochs was flat for only 4 epochs and ended at 0.6429, so the first round's LR 0.02
for 15 epochs was kept; the scripts that ended above their minimum were cut at it (Lightning's
digits 7 epochs, wine 12 and moons 12, HF's iris 12, the loop's breast cancer 6): each now ends
at its lowest validation loss.

Not met: the healthy runner runs end within 0.2% of their lowest validation loss (the CNN under
Adam 0.2% above its epoch-11 minimum), not all exactly at it; the changed cases were checked in
stores beside the first, and the measured ranges above mix the rounds (only the runs as now
written). The slow start's first gradients (0.010 to 0.22) and update ratios (1.9e-4 to 0.011)
are inside the healthy ranges: ``slow_start`` is expected from its loss, flat at the class prior
(1.324) for five of its 15 epochs before it falls to 0.7635; it ends at 0.6179, below the
baseline, so ``underfitting`` is expected too. The Adagrad HGRN at LR 2 still learnt the bursts
(0.9563): only ``update_ratio_high`` is expected there.

Labels from the metrics: the test predictions fall in one class in the shifted net (100%), the
RMSprop-killed trunk (100%), the vanishing run (100%), the stuck HGRN (99.4%) and the saturated
HGRN (92.5%), so ``predictions_collapsed`` is expected there, allowed in the exploding run (79%),
the unshuffled run (79%) and the stuck CNN (67%); the exploding run, the shifted net, the stuck
CNN, the stuck HGRN, the vanishing run, the saturated HGRN and the unshuffled run score within
0.05 of the majority share (``at_chance`` expected); the killed trunk scores 0.22 below it
(allowed; ``underfitting`` expected). Keras' 16 digits' validation loss is lowest at epoch 2 and
1.22 times it from epoch 3 on, so ``overfitting`` is expected with ``generalisation_gap``; the
other overfit runs end 3.08 to 5.05 times their early minima. The loop's stuck digits score 0.0529
(``at_chance`` expected, 0.047 below the majority share), HF's stuck iris 0.2667 and HF's NaN wine
0.3333 (allowed).

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


def bursts(n: int = 800, steps: int = 12, noise: float = 0.45, height: float = 1.6,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a burst of 4 steps of alternating sign (``+height, -height, ...``, its first
    sign drawn at random, so a reading's sum does not tell) at a random time or none; the class
    is which readings burst (4 classes: none, the second, the first, both). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    wave = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * wave
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BACKSLASH = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def signs(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 sign each at a random
    place (4 classes: a plus, a ring, a backslash, a cup), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _RING, _BACKSLASH, _CUP), n, 10, noise, flip, seed)


def cells(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is whether readings 0
    and 1 agree in side (both above 0.2 or both below -0.2, a disjunction of two conjunctions)
    times 2 plus whether ``x2 > 0.4`` or ``x3 < -0.4``; readings 4 to 9 are noise; a share
    ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    same = ((x[:, 0] > 0.2) & (x[:, 1] > 0.2)) | ((x[:, 0] < -0.2) & (x[:, 1] < -0.2))
    either = (x[:, 2] > 0.4) | (x[:, 3] < -0.4)
    y = (2 * same.astype(int) + either.astype(int)).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a conjunction step of
    two (both above 0), an absolute value of a third, a sine of a fourth and a linear fifth plus
    noise 0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * ((x[:, 0] > 0) & (x[:, 1] > 0)) + 1.2 * np.abs(x[:, 2])
         + 1.5 * np.sin(1.5 * x[:, 3]) + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU, "silu": nn.SiLU}


class NetDNF(nn.Module):
    """A Net-DNF-style tabular net: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``) first, then ``literals`` learnt literals (a linear layer and ``activation``,
    pre-activations shifted by ``shift``), ``conjunctions`` soft conjunctions, each over a fixed
    random half of the literals (``tanh(w . l + b - (||w||_1 - 1.5) / 4)``, only near 1 when its
    literals agree with its weights), OR-ed by ``disjunctions`` soft disjunctions
    (``tanh(v . c + b + (||v||_1 - 1.5) / 4)``), a linear head over the disjunctions."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, literals: int = 32,
                 conjunctions: int = 24, disjunctions: int = 12, trunk: int = 0,
                 width: int = 32, activation: str = "tanh", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.literals = nn.Linear(n_in, literals)
        self.act = _ACTS[activation]()
        self.shift = shift
        self.conj = nn.Linear(literals, conjunctions)
        mask = torch.rand(conjunctions, literals, generator=torch.Generator().manual_seed(358))
        self.register_buffer("mask", (mask < 0.5).float())
        self.disj = nn.Linear(conjunctions, disjunctions)
        self.head = nn.Linear(disjunctions, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        lit = self.act(self.literals(self.trunk(x.flatten(1))) + self.shift)
        w = self.conj.weight * self.mask
        conj = torch.tanh(lit @ w.T + self.conj.bias - (w.abs().sum(1) - 1.5) / 4)
        v = self.disj.weight
        disj = torch.tanh(conj @ v.T + self.disj.bias + (v.abs().sum(1) - 1.5) / 4)
        return self.head(disj)


class LargeKernelAttention(nn.Module):
    """VAN's large-kernel attention: a 5x5 depthwise convolution, a 3x3 depthwise convolution
    dilated by 2 and a 1x1 pointwise convolution; their output multiplies the input."""

    def __init__(self, c: int) -> None:
        super().__init__()
        self.depthwise = nn.Conv2d(c, c, 5, padding=2, groups=c)
        self.dilated = nn.Conv2d(c, c, 3, padding=2, dilation=2, groups=c)
        self.pointwise = nn.Conv2d(c, c, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.pointwise(self.dilated(self.depthwise(x)))


class VANBlock(nn.Module):
    """A VAN block: a 1x1 convolution and ``activation``, large-kernel attention, a 1x1
    convolution, added to the input."""

    def __init__(self, c: int, activation: str = "gelu") -> None:
        super().__init__()
        self.proj1 = nn.Conv2d(c, c, 1)
        self.act = _ACTS[activation]()
        self.attn = LargeKernelAttention(c)
        self.proj2 = nn.Conv2d(c, c, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.proj2(self.attn(self.act(self.proj1(x))))


class VANCNN(nn.Module):
    """A Visual-Attention-Network-style CNN: a 3x3 stem convolution to ``channels[0]``
    (``activation``), a VAN block, a 2x2 max pool, a 1x1 convolution to ``channels[1]``
    (``activation``), a second VAN block, a 2x2 max pool, a global average pool and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), activation: str = "gelu") -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1),
                                  _ACTS[activation]())
        self.block1 = VANBlock(c0, activation)
        self.pool = nn.MaxPool2d(2)
        self.widen = nn.Sequential(nn.Conv2d(c0, c1, 1), _ACTS[activation]())
        self.block2 = VANBlock(c1, activation)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.block1(self.stem(x)))
        h = self.pool(self.block2(self.widen(h)))
        return self.head(h.mean(dim=(2, 3)))


class HGRN(nn.Module):
    """An HGRN-style gated linear recurrent model: at each step the state is updated element-wise
    and linearly, ``h = f * h + (1 - f) * act(gain * W_c x_t)``, with the forget gate
    ``f = lower + (1 - lower) * sigmoid(W_f x_t)`` bounded below by a learnt ``lower`` (per unit,
    a sigmoid of a parameter, starting at ``lower``); an output gate ``sigmoid(W_o x_t)``
    multiplies the state; stepped by hand over the flattened sequence of ``features`` readings a
    step; the mean of the gated states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, lower: float = 0.5, activation: str = "silu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.cand = nn.Linear(features, hidden)
        self.forget = nn.Linear(features, hidden)
        self.out = nn.Linear(features, hidden)
        self.lower_logit = nn.Parameter(torch.full((hidden,), float(np.log(lower / (1 - lower)))))
        self.act = _ACTS[activation]()
        self.gain = gain
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        lower = torch.sigmoid(self.lower_logit)
        for t in range(self.steps):
            xt = seq[:, t]
            f = lower + (1 - lower) * torch.sigmoid(self.forget(xt))
            h = f * h + (1 - f) * self.act(self.gain * self.cand(xt))
            total = total + torch.sigmoid(self.out(xt)) * h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout358"
PU = _factory(f"{HERE}:bursts", seed=3580)
SG = _factory(f"{HERE}:signs", seed=3581)
CE = _factory(f"{HERE}:cells", seed=3582)
LD = _factory(f"{HERE}:loads", seed=3583)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3584)


def _dnf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NetDNF", "args": args}


def _van(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:VANCNN", "args": args}


def _hgrn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HGRN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.9, 0.98) and weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.98), "weight_decay": 0.02},
              **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


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
    Case("h358_divergence_loads_raw_netdnf_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the Net-DNF net of 24 literals, plain SGD at LR 0.3, batch 24",
         {"data": LD_RAW, "model": _dnf(literals=24, conjunctions=16, disjunctions=8),
          "optim": {"name": "sgd", "lr": 0.3},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.9e7 at the first step, growing about 19-fold a "
                      f"step from the fourth, Inf at step 28 (the run ends FAILED)"),
         verdict="failed"),
    Case("h358_exploding_signs_vancnn_std1_lr1e14", "the VAN CNN with N(0, 1) init on the signs "
         "(the attention's product multiplies the scale at every block), SGD with momentum 0.5 "
         "at LR 1e-14, batch 30",
         {"data": SG, "model": {**_van(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-14, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2.55e9 to 2.43e9 (ln 4 is 1.39), so the loss sits far "
                      "above any sane start; gradient norms 3.7e8 to 7.2e9 (healthy at most 7.5); "
                      "update ratios about 5e-6, a side effect of the LR; accuracy 0.2271 against "
                      "a majority share of 0.2604; 79% of the test predictions in one class "
                      "(below 90%)"), verdict="failed"),
    Case("h358_dead_relu_cells_netdnf_shift10", "the Net-DNF net on the cells with ReLU "
         "literals whose pre-activations are shifted by -10, so no literal fires, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": CE, "model": _dnf(activation="relu", shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every literal logged dead (healthy at most 41%), so the literal layer's "
                      "gradient is 0 and the conjunctions see constants: the validation loss "
                      "1.343 to 1.325 (the class prior); accuracy 0.3714 at the majority share "
                      "0.3714, every test prediction in one class"), verdict=TP),
    Case("h358_dead_relu_cells_netdnf_trunk2_rmsprop_lr01", "the Net-DNF net with a trunk of 2 "
         "ReLU layers of 32 and ReLU literals on the cells, plain RMSprop at LR 0.1, batch 28, 3 "
         "epochs",
         {"data": CE, "model": _dnf(activation="relu", trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("predictions_collapsed", "underfitting"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "at_chance", "not_converged", "divergence"),
         why_allowed=("the step loss 1.39 at the first step, up to 9.3 in epoch 1, then 1.4 to "
                      "1.8 (quarter means 1.98, 1.77, 1.68), above its start (ln 4): nothing "
                      "was learnt; "
                      "first-quarter update ratios 0.31 to 0.46; 78% of the literals and 31% of "
                      "the second trunk layer logged dead (healthy at most 41%, so not clearly "
                      "outside); the trunk's gradients 0 at the end; accuracy 0.1464 (training "
                      "0.1488), 0.22 below the majority share 0.3714, every test prediction in "
                      "one class"), verdict=TP),
    Case("h358_update_ratio_high_bursts_hgrn_adagrad_lr2", "the HGRN of 16 on the bursts, "
         "Adagrad at LR 2, batch 26, 8 epochs",
         {"data": PU, "model": _hgrn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "overfitting", "not_converged", "divergence", "underfitting",
                 "exploding_gradients", "dead_relu"),
         why_allowed=("first-quarter mean update ratios 0.22 to 0.44, single steps up to 13.5 "
                      "(healthy quarter means at most 0.064, single steps at most 0.82); the "
                      "step loss jumps to 43 at step 3 and settles; the step loss swings 1.06 "
                      "times its mean (healthy up to 0.98); accuracy 0.9563 (healthy 0.975 and "
                      "up), the validation loss 7% above its epoch-7 minimum"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h358_update_ratio_low_signs_vancnn_sgd_lr1e9", "the VAN CNN on the signs, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": SG, "model": _van(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.387 at every epoch; every update ratio logged 0 "
                      "(below float precision; healthy quarter means at least 7.3e-5); accuracy "
                      "0.2313 against a majority share of 0.2604; 67% of the test predictions "
                      "in one class (below 90%)"), verdict=TP),
    Case("h358_update_ratio_low_bursts_hgrn_rmsprop_lr1e10", "the HGRN of 16 on the bursts, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _hgrn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.376 at every epoch; update ratios at most 3.3e-9; "
                      "accuracy 0.2625 at the majority share 0.2625; 159 of 160 test "
                      "predictions in one class"), verdict=TP),
    Case("h358_vanishing_cells_netdnf_trunk12_sigmoid_std005", "the Net-DNF net with a trunk of "
         "12 sigmoid layers of 16 (and sigmoid literals) and N(0, 0.05) init on the cells, SGD "
         "with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": CE, "model": {**_dnf(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layers' gradients 2.3e-19 to 1.6e-17 (healthy norms at "
                      "least 1.4e-4), their update ratios 0; the validation loss 1.327 to 1.326 "
                      "(the class prior); accuracy 0.3714 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h358_saturated_bursts_hgrn_tanh_gain8_rmsprop", "the HGRN of 16 on the bursts with a "
         "tanh candidate fed 8 times its pre-activation, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": PU, "model": _hgrn(hidden=16, activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("75% of the tanh candidates saturated (healthy at most 13%); the "
                      "validation loss 1.402 to 1.393 (ln 4); accuracy 0.2375 against a "
                      "majority share of 0.2625; 92.5% of the test predictions in one class"),
         verdict=TP),
    Case("h358_slow_start_cells_netdnf_trunk3_std015_momentum9", "the Net-DNF net with a trunk "
         "of 3 ReLU layers of 32 (and ReLU literals) and N(0, 0.15) init on the cells, SGD with "
         "momentum 0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": CE, "model": {**_dnf(trunk=3, activation="relu"), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                 "overfitting", "dead_relu", "not_converged", "at_chance"),
         why_allowed=("first-quarter gradient norms 0.010 to 0.22 and update ratios 1.9e-4 to "
                      "0.011 (inside the healthy ranges); the validation loss 1.324 for the "
                      "first 5 epochs (accuracy 0.3714, the majority share), then down to 0.7635 "
                      "at epoch 14 and 0.8136 at the end (6.6% above); accuracy 0.6179, below "
                      "the baseline 0.6357 and the healthy cells runs' 0.8464 and up"),
         verdict=TP),
    Case("h358_unshuffled_cells_netdnf_rmsprop", "the cells sorted by label, never shuffled, "
         "the Net-DNF net, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**CE, "order": "by_label", "shuffle": False},
          "model": _dnf(),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 22.5%); the "
                      "validation loss 1.48 to 1.429; accuracy 0.3643 against a majority share "
                      "of 0.3714; 79% of the test predictions in one class"), verdict=TP),
    Case("h358_mse_softmax_bursts_hgrn_adam", "the bursts trained with square error on the "
         "softmax, the HGRN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": PU, "model": _hgrn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data", "slow_start"),
         why_allowed=("square error on the softmax; accuracy 0.9437 (healthy 0.975 and up); the "
                      "validation loss lowest at the end, still falling 17% in the last epoch; "
                      "the loss near its start (0.18) for the first 2 epochs"), verdict=TP),
    Case("h358_noisy_cells_netdnf_b1_adam", "the cells one row at a time (batch 1), the Net-DNF "
         "net, Adam at LR 1e-3, 2 epochs",
         {"data": CE, "model": _dnf(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("noisy_loss", "not_converged", "divergence", "unshuffled_data",
                "update_ratio_high", "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.90 times its mean over the second half (healthy "
                      "runner runs up to 0.98, the Net-DNF under momentum), so noise is no clear "
                      "finding; accuracy 0.5036 (training 0.5583), below the baseline 0.6357 and "
                      "the healthy cells runs' 0.8464 and up; the validation loss 1.02 to 1.028"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h358_overfit_cells_subset40_netdnf_adamw", "40 rows of the cells, the Net-DNF net of "
         "128 literals and 96 conjunctions, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CE, "subset": 40},
          "model": _dnf(literals=128, conjunctions=96, disjunctions=32),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("40 rows teach less: accuracy 0.4588 (training 1.0; the healthy runs "
                      "0.8464 and up; the baseline on 40 rows 0.4857); the validation loss "
                      "lowest at epoch 4 of 150 (1.134), 3.11 times it at the end"), verdict=GP),
    Case("h358_gap_signs_subset30_vancnn_adam", "30 images of the signs, the VAN CNN with 16 and "
         "32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**SG, "subset": 30}, "model": _van(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5167 (training 1.0; the healthy CNNs "
                      "0.8542 and up); the validation loss lowest early (1.166), 5.05 times it "
                      "at the end; the step loss swings 1.86 times its tiny mean"), verdict=GP),
    Case("h358_underfit_bursts_hgrn_one_unit_adam", "the bursts through an HGRN of 1 hidden "
         "unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PU, "model": _hgrn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "slow_start", "at_chance",
                 "update_ratio_high", "vanishing_gradients"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.4938 (training 0.4792), far "
                      "below the baseline 0.775; the accuracy at 0.23 to 0.26 for 12 epochs "
                      "before it rises, the validation loss still falling slowly (1.381 to "
                      "1.374 over the last 3 epochs)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h358_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.9 at LR 1e20, 2860 units, batch 24, 3 epochs",
         script=lightning_run(_nv("digits", hidden=(2860,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy 0.1003, the majority "
                      f"share"), verdict="failed"),
    Case("h358_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.9 and 0.98, weight decay 0.02) at LR 1e-10, 2861 units, batch 20, "
         "3 epochs",
         script=lightning_run(_aw("circles", hidden=(2861,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.704 at every epoch; accuracy 0.4844 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h358_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 at LR 1e20 (decaying linearly), 2862 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(2862,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      f"majority share (about 0.39)"), verdict="failed"),
    Case("h358_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (LR decay 1e-3) at LR 1e-10 (decaying linearly), 2863 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2863,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.205 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, 0.067 below 1/3"), verdict=TP),
    Case("h358_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.9 and 0.98, weight decay 0.02) at LR 1e20, 2864 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(2864,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h358_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2865 units, "
         "Adagrad (LR decay 1e-3) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2865,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4039, training 1.0); the "
                      "validation loss 31.2 at epoch 1, lowest at epoch 2 (24.7) and 30.1 from "
                      "epoch 3 to 120 (1.22 times its minimum) while the training loss falls "
                      "from 29.9 to 3e-6"),
         verdict=GP),
    Case("h358_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.9 at LR 1e20, 2866 units, batch 19, 3 epochs",
         script=tensorboard_run(_nv("breast_cancer", hidden=(2866,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h358_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2867 units, AdamW (betas 0.9 and 0.98, weight decay 0.02) "
         "at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2867,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5765, training 1.0); the "
                      "validation loss lowest early (1.763), 3.08 times it at the end"),
         verdict=GP),
    Case("h358_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 0.05, 2868 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(2868,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 1241 at step 3 and settles back to 1.6)"),
         verdict="failed", expect_step=15),
    Case("h358_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.9 at LR 1e-10, 2869 units, batch 25, 4 epochs",
         script=plain_run(_nv("digits", hidden=(2869,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.359 at every epoch; accuracy 0.0529 at its initial "
                      "weights, 0.047 below the majority share 0.1003"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy358_cells_netdnf_adam_cosine",
       {"data": CE, "model": _dnf(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy358_cells_netdnf_adamw_step",
       {"data": CE, "model": _dnf(literals=40, conjunctions=28),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 7, "gamma": 0.4},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy358_cells_netdnf_trunk1_rmsprop_cosine",
       {"data": CE, "model": _dnf(literals=36, trunk=1),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy358_cells_netdnf_relu_trunk1_momentum9_cosine",
       {"data": CE, "model": _dnf(trunk=1, activation="relu"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy358_cells_netdnf_adagrad_inverse_time",
       {"data": CE, "model": _dnf(literals=28),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy358_loads_netdnf_adam_cosine",
       {"data": LD, "model": _dnf(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy358_loads_netdnf_relu_trunk1_adamw_cosine",
       {"data": LD, "model": _dnf(trunk=1, activation="relu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy358_signs_vancnn_adam_cosine",
       {"data": SG, "model": _van(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy358_signs_vancnn_relu_adamw_step",
       {"data": SG, "model": _van(channels=[10, 16], activation="relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy358_signs_vancnn_rmsprop_cosine",
       {"data": SG, "model": _van(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy358_signs_vancnn_adagrad_cosine",
       {"data": SG, "model": _van(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy358_bursts_hgrn_adam_cosine",
       {"data": PU, "model": _hgrn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy358_bursts_hgrn_adamw_exponential",
       {"data": PU, "model": _hgrn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy358_bursts_hgrn_rmsprop_cosine",
       {"data": PU, "model": _hgrn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy358_bursts_hgrn_nesterov_cosine",
       {"data": PU, "model": _hgrn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.1, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy358_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2860,), lr=1e-3, epochs=7, batch_size=24)),
        "lightning"),
    _hs("healthy358_lightning_wine_nesterov",
        lightning_run(_nv("wine", hidden=(2861,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy358_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2862,), lr=0.01, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy358_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2863,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy358_hf_trainer_iris_nesterov",
        hf_trainer_run(_nv("iris", hidden=(2864,), lr=5e-3, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy358_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2865,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy358_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2866,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy358_keras_breast_cancer_nesterov",
        keras_run(_nv("breast_cancer", hidden=(2867,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy358_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2868,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy358_tensorboard_digits_nesterov",
        tensorboard_run(_nv("digits", hidden=(2869,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy358_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2860,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy358_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2861,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy358_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2862,), lr=5e-4, epochs=6, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
