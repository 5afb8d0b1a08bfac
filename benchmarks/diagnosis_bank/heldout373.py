"""The three-hundred-seventy-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs. Every runner case trains a model of this
module through ``model.factory``: :class:`CondenseNet` (dense blocks whose 1x1 convolutions are
learned group convolutions, :class:`LearnedGroupConv`), :class:`GatedLinearAttention` (linear
attention with a data-dependent forget gate on its running state) and :class:`GrandeTrees` (an
ensemble of soft axis-aligned decision trees with learnt instance-wise weights, optionally behind
dense trunk layers). Data: :func:`pulses` (sequences, 4 classes; seed 3730), :func:`ticks`
(1x10x10 images of a plus, a cross, a ring or two bars; seed 3731), :func:`gauges` (tabular 4
classes; seed 3732), :func:`loads` (tabular regression; seed 3733, times 250 plus 5000 with seed
3734 for the raw case). Script cases use AdamW with amsgrad and weight decay 0.02, Adagrad with
an LR decay of 1e-4 and SGD with Nesterov momentum 0.85; every script case holds a hidden width of
3010 to 3019.

Each case was trained once at seed 0 with the diagnosis off (``train_without_diagnosis.py``,
stores ``/tmp/h373/storeA``, ``storeA2``, ``storeB``, ``storeB2``; the unchecked cases then in
``storeC``, ``storeC2`` and ``storeD``); no diagnosis was made.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): about
0.307 on the gauges, 0.258 on the ticks, 0.263 on the pulses. Baselines (validation): accuracy
0.6786 (gauges), 0.575 (ticks), 0.6438 (pulses); R2 0.6479 (loads), 0.6693 (the raw loads).

Measured healthy ranges (runner, stores ``storeC`` and ``storeD``): update-ratio quarter means
1.5e-4 to 0.076 (single steps up to 1.02, the CNN under Adagrad; the trees without a trunk log
none); gradient norms at most 10.5; dead fractions 0% in the GELU trunk, at most 56% (last 25-38%)
in the CNNs; saturated tanh at most 9% in the attention nets, the tree splits' sigmoids 39% to 60%;
step-loss swing 0.18 to 1.12, its position at most 20% of the within-epoch variance. Scores
(validation): gauges 0.85-0.9143, ticks 0.8896-0.9167, pulses 0.9125-0.95, loads R2 0.7267 and
0.8519. Against them: the shifted trunk's 100% dead, the exploding CNN's gradients 3.2e4 to 2.3e5,
the Adagrad attention's update-ratio quarter means up to 0.46, the stuck runs' ratios at most
3.5e-9, the vanishing trunk's gradient 2.3e-17, the gain-8 attention's 71% saturated, the
unshuffled run's 99.5% position share: all clearly outside. The batch-1 run's swing 0.178 is
inside, so ``noisy_loss`` is only allowed there. The scripts end at their lowest validation loss
(Lightning's wine and moons at 12 epochs, the loop's sine at 9, checked as they stand).

Changes after the first round: the trees' splits got sharper (5 instead of 2: the first trees
reached only 0.52-0.68 on the gauges and R2 0.44-0.56 on the loads), the healthy loads trees got LR
0.03, the trees under SGD with momentum became Adam at a constant 5e-3; the CondenseNet's head
reads a global max pool (the average pool left it at 0.59-0.84). Second round: the depth-4 trees
under AdamW (LR 0.01, step 5, gamma 0.4: 0.7643) now LR 0.02 and gamma 0.5 (0.9071); the RMSprop
trees (LR 5e-3, gamma 0.9: 0.6929, at the baseline) now LR 0.01 and gamma 0.95 (0.9); the loads
trees under Adam cut from 20 to 16 epochs (ended 0.8% above their minimum; now at it, R2 0.8519);
the pulses' Adam and momentum runs cut to 13 epochs (from 15 and 18). Relabelled from the metrics:
the raw loads never blew up (``underfitting``); the slow start never left ln 4 (``not_training``);
the RMSprop-killed trunk scores 0.425 (``underfitting``); the batch-1 trees end at 0.4893 still
improving (``underfitting``, ``not_converged``; ``noisy_loss`` allowed); the one-dim attention
sits at ln 4 at the majority share, every prediction in one class (``not_training``,
``at_chance``, ``predictions_collapsed``; ``underfitting`` allowed); the gain-8 attention also
``underfitting`` (0.4062); the vanishing trunk also ``at_chance`` and ``predictions_collapsed``.

Not met: the pulses' attention under Adam (13 epochs) ended 3.4% above its epoch-11 validation
minimum (0.1832 against 0.1772) and was not trained again; it was removed from the healthy runs
when the part was registered (by the session, before any measurement; no label was changed), so
the part keeps 27 healthy runs. The loads' GELU trunk (R2 0.7267) is 0.125 below the other
loads run; no other seed was checked. Counts: 26 faults (10 scripts), 27 healthy (13 scripts).

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 27)
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


def pulses(n: int = 800, steps: int = 16, noise: float = 0.5, height: float = 2.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step pulse of ``height`` (up or down at random, so a reading's sum does not
    tell) at a random time or none; the class is which readings pulse (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BARS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)


def ticks(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: a plus, a cross, a ring, two bars), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BARS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether exactly one
    of ``x0 > 0.4`` and ``x1 > -0.3`` holds, times 2, plus whether ``x2 + 0.6 x3`` exceeds 0.2;
    readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    hi = (x[:, 0] > 0.4) != (x[:, 1] > -0.3)
    y = (2 * hi.astype(int) + (x[:, 2] + 0.6 * x[:, 3] > 0.2)).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a step of one, a sine
    of a second, a linear third and a product of two more plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * (x[:, 0] > 0.0) + 1.2 * np.sin(1.5 * x[:, 1]) + 0.8 * x[:, 2]
         + 0.7 * x[:, 3] * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class LearnedGroupConv(nn.Module):
    """A CondenseNet-style learned group 1x1 convolution: output channel ``o`` belongs to group
    ``o % groups``, and each input channel's weight into a group is scaled by a learnt soft
    assignment of that channel to the groups (a softmax over ``groups`` logits, times
    ``groups``), so training learns which input channels each group reads."""

    def __init__(self, c_in: int, c_out: int, groups: int = 2) -> None:
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 1)
        self.assign = nn.Parameter(0.5 * torch.randn(c_in, groups))
        self.register_buffer("group_of", torch.arange(c_out) % groups)
        self.groups = groups

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mask = torch.softmax(self.assign, dim=1) * self.groups  # (c_in, groups)
        w = self.conv.weight * mask[:, self.group_of].T[:, :, None, None]
        return F.conv2d(x, w, self.conv.bias)


class DenseLayer(nn.Module):
    """A CondenseNet dense layer: unit, learned group 1x1 convolution to ``2 * growth``, unit,
    3x3 convolution to ``growth``; its output is concatenated to its input."""

    def __init__(self, c_in: int, growth: int, groups: int, activation: str,
                 shift: float) -> None:
        super().__init__()
        self.act1 = _ACTS[activation]()
        self.squeeze = LearnedGroupConv(c_in, 2 * growth, groups)
        self.act2 = _ACTS[activation]()
        self.conv = nn.Conv2d(2 * growth, growth, 3, padding=1)
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.conv(self.act2(self.squeeze(self.act1(x)) + self.shift))
        return torch.cat([x, h], dim=1)


class CondenseNet(nn.Module):
    """A small CondenseNet: a 3x3 stem convolution to ``stem`` channels, a dense block of
    ``layers[0]`` dense layers (growth ``growth``, learned group convolutions of ``groups``), a
    transition (unit, learned group 1x1 convolution halving the channels, 2x2 average pool), a
    second dense block of ``layers[1]``, a unit, a global max pool and a linear head;
    ``shift`` moves the dense layers' second pre-activations."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 8,
                 growth: int = 6, layers: tuple[int, int] = (2, 2), groups: int = 2,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], stem, 3, padding=1)
        c = stem
        block1 = []
        for _ in range(layers[0]):
            block1.append(DenseLayer(c, growth, groups, activation, shift))
            c += growth
        self.block1 = nn.Sequential(*block1)
        self.trans_act = _ACTS[activation]()
        self.trans = LearnedGroupConv(c, c // 2, groups)
        self.pool = nn.AvgPool2d(2)
        c //= 2
        block2 = []
        for _ in range(layers[1]):
            block2.append(DenseLayer(c, growth, groups, activation, shift))
            c += growth
        self.block2 = nn.Sequential(*block2)
        self.out_act = _ACTS[activation]()
        self.head = nn.Linear(c, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block1(self.stem(x))
        h = self.block2(self.pool(self.trans(self.trans_act(h))))
        return self.head(self.out_act(h).amax(dim=(2, 3)))


class GatedLinearAttention(nn.Module):
    """A Gated-Linear-Attention-style sequence model: each step's ``features`` readings are
    embedded (a linear layer of ``dim``, times ``gain``, plus ``shift``, through
    ``activation``); queries, keys and values are linear maps of the embedding; a running state
    ``S`` (``dim`` x ``dim``) is decayed by a data-dependent forget gate (``exp(logsigmoid(g) /
    4)`` per key dimension, ``g`` a linear map of the embedding) and gets ``k v^T`` added; the
    step's output is ``q S``; the outputs' mean over time is layer-normalised and goes to a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 12, activation: str = "tanh", gain: float = 1.0,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.features, self.dim = features, dim
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.act = _ACTS[activation]()
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.gate = nn.Linear(dim, dim)
        self.gain, self.shift = gain, shift
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        e = self.act(self.gain * self.embed(seq) + self.shift)  # (batch, steps, dim)
        q, k, v = self.q(e), self.k(e) / self.dim ** 0.5, self.v(e)
        alpha = torch.exp(F.logsigmoid(self.gate(e)) / 4.0)
        state = e.new_zeros(x.shape[0], self.dim, self.dim)
        total = e.new_zeros(x.shape[0], self.dim)
        for t in range(self.steps):
            state = alpha[:, t, :, None] * state + k[:, t, :, None] * v[:, t, None, :]
            total = total + torch.bmm(q[:, t, None, :], state).squeeze(1)
        return self.head(self.norm(total / self.steps))


class GrandeTrees(nn.Module):
    """A GRANDE-style tabular model: optional ``trunk`` dense layers of ``width`` (linear, plus
    ``shift``, ``activation``) first; then an ensemble of ``trees`` soft axis-aligned decision
    trees of ``depth``: each split picks a reading by a learnt softmax over the readings and
    sends a sample right with probability ``sigmoid(sharp * (reading - threshold))``; a leaf's
    probability is the product along its path; each tree's output is its leaves' values
    weighted by those probabilities, and the trees are mixed by learnt instance-wise weights (a
    softmax over the trees of each tree's leaf-probability-weighted weight logits)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, trees: int = 16,
                 depth: int = 3, sharp: float = 5.0, trunk: int = 0, width: int = 24,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.trunk = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(trunk):
            self.trunk.append(nn.Linear(n_in, width))
            self.acts.append(_ACTS[activation]())
            n_in = width
        nodes, leaves = 2 ** depth - 1, 2 ** depth
        self.depth, self.sharp, self.shift = depth, sharp, shift
        self.pick = nn.Parameter(torch.randn(trees, nodes, n_in))
        self.threshold = nn.Parameter(0.5 * torch.randn(trees, nodes))
        self.split = nn.Sigmoid()
        self.values = nn.Parameter(0.1 * torch.randn(trees, leaves, n_outputs))
        self.leaf_weight = nn.Parameter(torch.zeros(trees, leaves))
        self.bias = nn.Parameter(torch.zeros(n_outputs))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for lin, act in zip(self.trunk, self.acts, strict=True):
            h = act(lin(h) + self.shift)
        chosen = torch.einsum("bf,tnf->btn", h, torch.softmax(self.pick, dim=2))
        right = self.split(self.sharp * (chosen - self.threshold))  # (batch, trees, nodes)
        probs = h.new_ones(h.shape[0], right.shape[1], 1)
        for d in range(self.depth):
            p = right[:, :, 2 ** d - 1:2 ** (d + 1) - 1]
            probs = torch.stack([probs * (1 - p), probs * p], dim=3).flatten(2)
        weights = torch.softmax((probs * self.leaf_weight).sum(2), dim=1)  # (batch, trees)
        out = torch.einsum("btl,tlo->bto", probs, self.values)
        return (weights[:, :, None] * out).sum(1) + self.bias


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout373"
PU = _factory(f"{HERE}:pulses", seed=3730)
TK = _factory(f"{HERE}:ticks", seed=3731)
GA = _factory(f"{HERE}:gauges", seed=3732)
LD = _factory(f"{HERE}:loads", seed=3733)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3734)


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CondenseNet", "args": args}


def _gla(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedLinearAttention", "args": args}


def _trees(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GrandeTrees", "args": args}


def _aa(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad and weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.02, "amsgrad": True}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-4."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-4}, **kw)


def _nm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.85."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "nesterov": True}, **kw)


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
    Case("h373_divergence_loads_raw_trees_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the soft trees behind a ReLU trunk layer of 24, plain SGD at LR "
         "0.01, batch 24",
         {"data": LD_RAW, "model": _trees(trunk=1),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=(*(c for c in BROKEN_ALLOW if c != "underfitting"), "divergence"),
         why_allowed=("the step loss 2.8e7 at the first step falls to 1.2e5 (no blow-up above the "
                      "start); the trunk's gradient 1831 at step 2, then 1e-11 (the trunk "
                      "killed); the validation loss 1.75e5 against a target variance near 1.4e5"),
         verdict=TP),
    Case("h373_exploding_ticks_condensenet_std1", "the CondenseNet with N(0, 1) init on the "
         "ticks, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": TK, "model": {**_cnn(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("gradient norms 3.2e4 to 2.3e5 in every layer; the validation loss 2.07e5 "
                      "to 2.04e5; accuracy 0.2521, every test prediction in one class"),
         verdict="failed"),
    Case("h373_dead_relu_gauges_trees_trunk1_shift10", "the soft trees behind a ReLU trunk "
         "layer of 24 on the gauges with its pre-activations shifted by -10, so no unit fires, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _trees(trunk=1, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the trunk 100% dead from the first epoch (healthy trunks 0%, the healthy "
                      "CNNs at most 56%), gradient and update ratio 0; the loss flat at ln 4 "
                      "(1.383 to 1.375); accuracy 0.3071 on a majority share of 0.307, every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h373_dead_relu_gauges_trees_trunk2_rmsprop_lr01", "the soft trees behind 2 ReLU trunk "
         "layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _trees(trunk=2, width=32),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "at_chance", "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("accuracy 0.425 against a baseline of 0.6786 and a majority share of "
                      "0.307 (not at chance); 69% of the test predictions in one class"),
         verdict=TP),
    Case("h373_update_ratio_high_pulses_gla_adagrad_lr2", "the gated linear attention of 12 on "
         "the pulses, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": PU, "model": _gla(dim=12),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence",
                "exploding_gradients", "not_training", "saturated_activation", "at_chance",
                "predictions_collapsed"),
         why_allowed=("update-ratio quarter means up to 0.46 and single steps up to 12.9 (healthy "
                      "at most 0.076 and 1.02); the validation accuracy 0.25 to 0.35 against a "
                      "baseline of 0.6438 and a majority share of 0.263; 69% of the test "
                      "predictions in one class (allowed); saturated tanh 79% (healthy at most "
                      "9%)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h373_update_ratio_low_ticks_condensenet_sgd_lr1e9", "the CondenseNet on the ticks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("update ratios at most 2.6e-12 (healthy at least 1.5e-4); the loss flat at "
                      "1.393; accuracy 0.2479 on a majority share of 0.258, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h373_update_ratio_low_pulses_gla_rmsprop_lr1e10", "the gated linear attention of 12 "
         "on the pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _gla(dim=12),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed"),
         why_allowed=("update ratios at most 3.5e-9; the loss flat at 1.645; validation accuracy "
                      "0.25 (test 0.2062) on a majority share of 0.263; 75% of the test "
                      "predictions in one class (allowed only)"),
         verdict=TP),
    Case("h373_vanishing_gauges_trees_trunk12_sigmoid_std005", "the soft trees behind a trunk "
         "of 12 sigmoid layers of 16 with N(0, 0.05) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_trees(trunk=12, width=16, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layer's gradient at most 2.3e-17, the last's 2.5e-3 "
                      "(healthy layers reach 0.16 and more); update ratios at most 3.6e-4; the "
                      "loss flat at 1.38; accuracy 0.3071 on a majority share of 0.307, every "
                      "test prediction in one class"),
         verdict=TP),
    Case("h373_saturated_pulses_gla_gain8_rmsprop", "the gated linear attention of 12 on the "
         "pulses with its tanh embedding fed 8 times its pre-activation, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": PU, "model": _gla(dim=12, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "underfitting"),
         allow=("update_ratio_low", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed", "not_training"),
         why_allowed=("71% of the tanh embedding saturated throughout (healthy attention nets at "
                      "most 9%); the loss 1.465 falling only to 1.344; validation accuracy 0.4062 "
                      "(test 0.4437) against a baseline of 0.6438 and a majority share of 0.263"),
         verdict=TP),
    Case("h373_slow_start_gauges_trees_trunk3_std015_momentum9", "the soft trees behind a trunk "
         "of 3 ReLU layers of 32 with N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_trees(trunk=3, width=32), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "slow_start", "dead_relu", "not_converged"),
         why_allowed=("the loss flat at ln 4 for all 15 epochs (1.382 to 1.375); gradients at "
                      "most 2.9e-3 and update ratios at most 1.1e-4; accuracy 0.3071 on a majority "
                      "share of 0.307, every test prediction in one class"),
         verdict=TP),
    Case("h373_unshuffled_gauges_trees_rmsprop", "the gauges sorted by label, never shuffled, "
         "the soft trees, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _trees(),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position explains 99.5% of its within-epoch variance "
                      "(healthy at most 20%); the loss 1.385 to 1.382; test accuracy 0.3321 on a "
                      "majority share of 0.307 (validation 0.3536); 43% of the test predictions "
                      "in one class"),
         verdict=TP),
    Case("h373_mse_softmax_pulses_gla_adam", "the pulses trained with square error on the "
         "softmax, the gated linear attention of 12, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": PU, "model": _gla(dim=12),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (loss 0.19 to 0.035); it still learns: "
                      "validation accuracy 0.9313 at its lowest validation loss at the end (the "
                      "healthy attention nets 0.91-0.94), so no other state is expected"),
         verdict=TP),
    Case("h373_noisy_gauges_trees_b1_adam", "the gauges one row at a time (batch 1), the soft "
         "trees, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _trees(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step-loss swing 0.178 lies inside the healthy runner runs' 0.15 to "
                      "1.12, so noisy_loss is only allowed; the loss still falls (epoch 1.359 to "
                      "1.265, validation 1.331 to 1.212) at accuracy 0.4893 against a baseline of "
                      "0.6786; 57% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h373_overfit_gauges_subset40_trees_adamw", "40 rows of the gauges, 64 soft trees of "
         "depth 4 behind a ReLU trunk layer of 64, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _trees(trees=64, depth=4, trunk=1, width=64),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("the train accuracy 1.0 against a validation accuracy of 0.48; the "
                      "validation loss 1.107 at its lowest, 1.828 at the end (1.65 times)"),
         verdict=GP),
    Case("h373_gap_ticks_subset30_condensenet_adam", "30 images of the ticks, the CondenseNet "
         "with a 16-channel stem and growth 12, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TK, "subset": 30}, "model": _cnn(stem=16, growth=12),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("the train loss 1.3e-4 at the end against a validation loss rising from "
                      "1.37 to 5.5; validation accuracy about 0.51"),
         verdict=GP),
    Case("h373_underfit_pulses_gla_one_dim_adam", "the pulses through a gated linear attention "
         "of width 1, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PU, "model": _gla(dim=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "overfitting", "not_converged", "noisy_loss",
                "saturated_activation", "update_ratio_high", "vanishing_gradients", "slow_start"),
         why_allowed=("the loss 1.399 at the first step settles at ln 4 (1.386) and stays there "
                      "from epoch 7; validation accuracy 0.2625 on a majority share of 0.263, "
                      "every "
                      "test prediction in one class; underfitting (planned) allowed only"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h373_lightning_digits_nesterov85_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.85 at LR 1e20, 3010 units, batch 24, 3 epochs",
         script=lightning_run(_nm("digits", hidden=(3010,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h373_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad, weight decay 0.02) at LR 1e-10, 3011 units, batch 20, 3 epochs",
         script=lightning_run(_aa("circles", hidden=(3011,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the loss flat at 0.6979 (epoch); validation accuracy 0.4688 for 3 epochs"),
         verdict=TP),
    Case("h373_hf_trainer_wine_nesterov85_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.85 at LR 1e20 (decaying linearly), 3012 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nm("wine", hidden=(3012,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h373_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (LR decay 1e-4) at LR 1e-10 (decaying linearly), 3013 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(3013,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the logged loss 0.98 to 1.09 without a trend; evaluation accuracy 0.3667 "
                      "and loss 1.035 unchanged for 3 epochs"),
         verdict=TP),
    Case("h373_keras_moons_amsgrad_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad, weight decay 0.02) at LR 1e20, 3014 units, batch 20, 3 epochs",
         script=keras_run(_aa("moons", hidden=(3014,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h373_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 3015 units, "
         "Adagrad (LR decay 1e-4) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(3015,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows trained to accuracy 1.0 and loss 2.9e-6; validation accuracy "
                      "0.42, its loss about 31.5 from the start"),
         verdict=GP),
    Case("h373_tensorboard_breast_cancer_nesterov85_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.85 at LR 1e20, 3016 units, batch 19, 3 epochs",
         script=tensorboard_run(_nm("breast_cancer", hidden=(3016,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h373_tensorboard_circles_subset8_amsgrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3017 units, AdamW (amsgrad, weight decay 0.02) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_aa("circles", hidden=(3017,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows; validation loss 3.0 rising to 3.8, validation accuracy "
                      "0.55 to 0.58"),
         verdict=GP),
    Case("h373_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-4) at LR 0.05, 3018 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(3018,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the train loss Inf at step 15 (the corrupt record)"),
         verdict="failed", expect_step=15),
    Case("h373_plain_digits_nesterov85_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.85 at LR 1e-10, 3019 units, batch 25, 4 epochs",
         script=plain_run(_nm("digits", hidden=(3019,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the loss flat at 2.30 (ln 10); validation accuracy 0.1198 for 4 epochs"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy373_gauges_trees_adam_cosine",
       {"data": GA, "model": _trees(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy373_gauges_trees_depth4_adamw_step",
       {"data": GA, "model": _trees(trees=12, depth=4),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy373_gauges_trees_rmsprop_exponential",
       {"data": GA, "model": _trees(trees=20),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "exponential", "gamma": 0.95},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy373_gauges_trees_adam_constant",
       {"data": GA, "model": _trees(),
        "optim": {"name": "adam", "lr": 5e-3},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy373_gauges_trees_adagrad_inverse_time",
       {"data": GA, "model": _trees(trees=24),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy373_loads_trees_adam_cosine",
       {"data": LD, "model": _trees(trees=24),
        "optim": {"name": "adam", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy373_loads_trees_trunk1_gelu_adamw_cosine",
       {"data": LD, "model": _trees(trees=20, trunk=1, width=24, activation="gelu"),
        "optim": {"name": "adamw", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy373_ticks_condensenet_adam_cosine",
       {"data": TK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy373_ticks_condensenet_adamw_step",
       {"data": TK, "model": _cnn(stem=10, growth=8),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy373_ticks_condensenet_rmsprop_cosine",
       {"data": TK, "model": _cnn(stem=10, growth=8),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy373_ticks_condensenet_adagrad_cosine",
       {"data": TK, "model": _cnn(stem=10, growth=8),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy373_pulses_gla_adamw_exponential",
       {"data": PU, "model": _gla(dim=14),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy373_pulses_gla_rmsprop_cosine",
       {"data": PU, "model": _gla(dim=16),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy373_pulses_gla_momentum9_cosine",
       {"data": PU, "model": _gla(dim=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 13, "batch_size": 20}}),
    _hs("healthy373_lightning_digits_amsgrad",
        lightning_run(_aa("digits", hidden=(3010,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy373_lightning_wine_nesterov85",
        lightning_run(_nm("wine", hidden=(3011,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy373_lightning_moons_adagrad",
        lightning_run(_ad("moons", hidden=(3012,), lr=0.01, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy373_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_aa("breast_cancer", hidden=(3013,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy373_hf_trainer_iris_nesterov85",
        hf_trainer_run(_nm("iris", hidden=(3014,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy373_keras_circles_amsgrad",
        keras_run(_aa("circles", hidden=(3015,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy373_keras_wine_adagrad",
        keras_run(_ad("wine", hidden=(3016,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy373_keras_breast_cancer_nesterov85",
        keras_run(_nm("breast_cancer", hidden=(3017,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy373_tensorboard_iris_amsgrad",
        tensorboard_run(_aa("iris", hidden=(3018,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy373_tensorboard_digits_nesterov85",
        tensorboard_run(_nm("digits", hidden=(3019,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy373_tensorboard_moons_adagrad",
        tensorboard_run(_ad("moons", hidden=(3010,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy373_plain_sine_adagrad",
        plain_run(_ad("sine", hidden=(3011,), lr=0.01, epochs=9, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy373_plain_breast_cancer_amsgrad",
        plain_run(_aa("breast_cancer", hidden=(3012,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
