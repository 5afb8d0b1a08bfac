"""The three-hundred-fifty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`CrossDeepNet` (a DCN-V2 net: full-rank cross layers
``x_{l+1} = x_0 * (W x_l + b) + x_l`` beside a deep tower of linear layers with an activation
given to the constructor, whose pre-activations can start shifted, both concatenated into a
linear head; ``cross=0`` leaves the deep tower alone), :class:`FocalCNN` (a FocalNet-style CNN: a
3x3 stem, two focal-modulation blocks, each a query, a context passed through hierarchical
depthwise convolutions of kernels 3 and 5 with GELU, gated per level and with a gated global
context, the aggregate modulating the query through a 1x1 convolution, a residual where the
shapes match, max pooling between blocks, a global average pool) and :class:`HippoRNN` (a
HiPPO-LegS recurrent net: each step's readings projected to 4 channels whose history a linear
memory of 8 Legendre coefficients a channel keeps, updated by the fixed LegS matrices discretised
by the bilinear rule, read with the step's readings by a small hand-stepped tanh cell whose last
state goes to a linear head); no case fell back to the runner's built-in models. Every data set
is this module's own ``data.factory``: :func:`bursts`, 800 noisy series of 16 steps in 2
readings (noise 0.4), reading 0 holding a 3-step burst of 2.5 up or down early or late, reading 1
a like burst at a random time or none (4 classes; seed 3570); :func:`stamps`, 3600 10x10 images
of a Y, a U, a Z or four dots at a random place in noise 0.35, 2% random labels (4 classes; seed
3571); :func:`meters`, a tabular 4-class set of 8 readings (a threshold on the product
``x0 x1`` and a linear threshold of two more, 3% random labels, 1400 rows; seed 3572);
:func:`gauges`, a tabular regression of 8 readings (a product, a sine, a step and a linear term;
1200 rows; seed 3573; times 250 plus 5000 with seed 3574 for the divergence). Script cases use
Adam with betas (0.85, 0.995) and amsgrad, Adadelta with rho 0.92 (LR 1.0, but 0.05 in the
loop's healthy sine) and SGD with momentum 0.8 and dampening 0.1 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2850 to 2859.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files, one per worker) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3357 on the meters, 0.2569 on the stamps, 0.2625 on the bursts. Baselines (validation):
accuracy 0.6643 (meters), 0.5653 (stamps), 0.675 (bursts); R2 0.6281 (gauges), 0.5694 (the raw
gauges).

Measured healthy ranges (runner): update-ratio quarter means 4.2e-5 to 0.147 (the RNN under
RMSprop's first quarter; single steps up to 0.98, its first step); the ``update_ratio_high`` run's
first-quarter means 0.17 to 0.67 (single steps up to 19); the ``update_ratio_low`` runs log 0
(the CNN) and at most 5.5e-9 (the RNN). Dead fractions (the deep towers' ReLUs, the FocalNet's
GELU contexts) at most 20% in the healthy runs; the shifted tower's 100%, the RMSprop-blown
tower's 84% and 66%, the slow start's last layer 25% (allowed). Saturated tanh states at most 35%
in the healthy runs (the RNN under RMSprop; the tanh cross-deep net 0.14%); the Adagrad RNN's 97%
to 98%, the gain-8 RNN's 74%. Gradient norms at most 53 (the CNN under Adagrad), first norms down
to 2e-5 (the FocalNet's first block); the exploding run's 1000 to 7600, the vanishing run's first
layers 3e-17 to 8e-15. The step loss's position explains at most 23% of its within-epoch
variance in the healthy runner runs; the unshuffled run 99.9%. The step-loss swing is 0.37 to
0.99 in the healthy runner runs, 1.18 in the batch-1 run, so ``noisy_loss`` is only allowed there
and its state (still falling) is ``not_converged``. Healthy scores (validation): meters
0.8786-0.9357, stamps 0.8486-0.8819, bursts 0.975-1.0, gauges R2 0.8166 and 0.8857.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
stamps grew from 2400 to 3600 images (the CNN under Adam ended 6.5% above its epoch-7 minimum);
the first bursts (noise 0.5, bursts of 2.0) left the RNN under Adam at 0.856, under RMSprop
(LR 4e-3) at 0.6875 and under momentum 0.9 at 0.5 against 0.975 under AdamW, so the bursts became
noise 0.4 and height 2.5 (baseline 0.644 before, 0.675 now), the RNNs under Adam and RMSprop got
an exponential schedule (RMSprop at LR 0.01) and the momentum run was replaced, first by Adagrad
at LR 0.1 and then 0.3 (0.58 and 0.55, 80% saturated), now by AdamW at LR 5e-3 under a cosine
schedule (0.9938); the tanh cross-deep net under momentum 0.9 (LR 0.05, 15 epochs, 19% above its
epoch-6 minimum) now LR 0.02 for 10 epochs; the RMSprop-killed tower (LR 0.1) recovered to 0.864,
so it now runs at LR 1.0 (a blow-up with 84% of a layer dead: ``divergence`` and ``dead_relu``
expected); the slow start (4 layers, N(0, 0.12), 18 epochs) sat at ln 4 only 2 epochs, now 5
layers, N(0, 0.1), 20 epochs; the runs that ended above their minimum were cut at it (the CNN
under AdamW 9 epochs, under RMSprop 10, the RNN under Adam 19, under AdamW 19, under RMSprop 14,
Lightning's moons 10, HF's iris 7, Keras' wine 11, the loop's sine 11, which also went from LR
1.0, R2 -1.3, to LR 0.05).

Not met: the CNN under RMSprop ends 0.7% above its epoch-8 minimum and the CNN under Adagrad 0.5%
above its epoch-10 minimum (the others within 0.3% or at their end); the changed cases were
checked in stores beside the first, and the measured ranges above mix both rounds. The slow
start's plateau is 7 of its 20 epochs and it ends poorly (0.5643, below the baseline), so
``underfitting`` is expected beside ``slow_start``.

Labels from the metrics: the test predictions fall in one class in the shifted tower (100%), the
vanishing run (100%), the stuck CNN (100%) and the exploding run (90.7%), so
``predictions_collapsed`` is expected there, allowed in the stuck RNN (82.5%), the Adagrad RNN
(69%), the gain-8 RNN (63%) and the one-unit RNN (62.5%); the shifted tower, the vanishing run,
the stuck CNN, the stuck and gain-8 RNNs, the unshuffled run and the one-unit RNN score within
0.05 of the majority share (``at_chance`` expected); the exploding run scores 0.11 below it and
the Adagrad RNN 0.13 above it (``underfitting`` expected there). Lightning's stuck circles score
0.4453, 0.055 below the majority share (allowed), the loop's stuck digits 0.1309 (expected), HF's
stuck iris 0. The overfit runs end 1.25 to 5.8 times their early minima.

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


def bursts(n: int = 800, steps: int = 16, noise: float = 0.4, height: float = 2.5,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings;
    reading 0 always holds a 3-step burst of ``height`` (up or down at random), early (starting
    in the first third) or late (in the last third); reading 1 holds a like burst at a random
    time or none; the class is early/late times 2 plus whether reading 1 bursts (4 classes).
    Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    third = steps // 3
    for i, label in enumerate(y):
        late, second = label // 2, label % 2
        t = int(rng.integers(steps - third - 2, steps - 2)) if late else int(rng.integers(0, third))
        x[i, t:t + 3, 0] += height * rng.choice((-1.0, 1.0))
        if second:
            t = int(rng.integers(0, steps - 2))
            x[i, t:t + 3, 1] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_YOKE = np.array([[1, 0, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def stamps(n: int = 3600, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a Y, a U, a Z, four dots), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_YOKE, _CUP, _ZED, _DOTS), n, 10, noise, flip, seed)


def meters(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether the product
    ``x0 x1`` exceeds 0.1 times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0.1).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def gauges(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a sine
    of a third, a threshold step of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 1] + 1.2 * np.sin(1.5 * x[:, 2]) + 1.0 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class CrossDeepNet(nn.Module):
    """A DCN-V2 net: ``cross`` full-rank cross layers (``x_{l+1} = x_0 * (W x_l + b) + x_l``)
    beside a deep tower of ``depth`` layers of ``width`` (linear and ``activation``,
    pre-activations shifted by ``shift``); the two outputs are concatenated into a linear head
    (``cross=0`` leaves the deep tower alone)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, cross: int = 2, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.cross = nn.ModuleList(nn.Linear(n_in, n_in) for _ in range(cross))
        self.deep = nn.ModuleList()
        self.acts = nn.ModuleList()
        d_in = n_in
        for _ in range(depth):
            self.deep.append(nn.Linear(d_in, width))
            self.acts.append(_ACTS[activation]())
            d_in = width
        self.shift = shift
        self.head = nn.Linear(d_in + (n_in if cross else 0), n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x0 = x.flatten(1)
        h = x0
        for layer, act in zip(self.deep, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        if not len(self.cross):
            return self.head(h)
        c = x0
        for layer in self.cross:
            c = x0 * layer(c) + c
        return self.head(torch.cat([c, h], dim=1))


class FocalModulation(nn.Module):
    """A FocalNet block: 1x1 projections give a query, a context and ``levels + 1`` gates; the
    context passes ``levels`` depthwise convolutions (kernels 3, 5, ...) with GELU, each level's
    output gated and summed with a gated global (mean-pooled) context; a 1x1 convolution of the
    sum modulates the query; a 1x1 projection and a residual where the shapes match."""

    def __init__(self, c_in: int, c_out: int, levels: int = 2) -> None:
        super().__init__()
        self.levels = levels
        self.q = nn.Conv2d(c_in, c_out, 1)
        self.ctx = nn.Conv2d(c_in, c_out, 1)
        self.gates = nn.Conv2d(c_in, levels + 1, 1)
        self.focal = nn.ModuleList(
            nn.Sequential(nn.Conv2d(c_out, c_out, 3 + 2 * i, padding=1 + i, groups=c_out),
                          nn.GELU()) for i in range(levels))
        self.h = nn.Conv2d(c_out, c_out, 1)
        self.proj = nn.Conv2d(c_out, c_out, 1)
        self.residual = c_in == c_out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        q, ctx, gates = self.q(x), self.ctx(x), self.gates(x)
        total = torch.zeros_like(ctx)
        for i, level in enumerate(self.focal):
            ctx = level(ctx)
            total = total + ctx * gates[:, i:i + 1]
        glob = nn.functional.gelu(ctx.mean(dim=(2, 3), keepdim=True))
        total = total + glob * gates[:, self.levels:]
        out = self.proj(q * self.h(total))
        return x + out if self.residual else out


class FocalCNN(nn.Module):
    """A FocalNet-style CNN: a 3x3 stem convolution to ``channels[0]`` (GELU), a focal
    modulation block (with its residual), a 2x2 max pool, a second block to ``channels[1]``, a
    2x2 max pool, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), levels: int = 2) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1), nn.GELU())
        self.block1 = FocalModulation(c0, c0, levels)
        self.pool = nn.MaxPool2d(2)
        self.block2 = FocalModulation(c0, c1, levels)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.block1(self.stem(x)))
        h = self.pool(self.block2(h))
        return self.head(h.mean(dim=(2, 3)))


def _legs(order: int, steps: int) -> tuple[np.ndarray, np.ndarray]:
    """The HiPPO-LegS transition, discretised by the bilinear rule at each step ``t = 1..steps``
    (``dc/dt = -A c / t + B u / t``): per-step matrices ``(steps, order, order)`` and vectors."""
    n = np.arange(order)
    a = np.sqrt(2 * n[:, None] + 1) * np.sqrt(2 * n[None, :] + 1)
    a = np.tril(a, -1) + np.diag(n + 1.0)
    b = np.sqrt(2 * n + 1.0)
    eye = np.eye(order)
    mats, vecs = [], []
    for t in range(1, steps + 1):
        left = np.linalg.inv(eye + a / (2 * t))
        mats.append(left @ (eye - a / (2 * t)))
        vecs.append(left @ b / t)
    return np.stack(mats), np.stack(vecs)


class HippoRNN(nn.Module):
    """A HiPPO-LegS recurrent net: each step's ``features`` readings are projected to
    ``channels`` inputs whose history a linear memory of ``order`` Legendre coefficients a channel
    keeps, updated by the fixed (not learnt) LegS matrices; a small tanh cell of ``hidden`` units
    reads the reading, the memory and its own state (its pre-activation times ``gain``); the
    last state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, channels: int = 4, order: int = 8,
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.channels, self.order = features, hidden, channels, order
        self.steps = int(np.prod(input_shape)) // features
        mats, vecs = _legs(order, self.steps)
        self.register_buffer("mats", torch.as_tensor(mats, dtype=torch.float32))
        self.register_buffer("vecs", torch.as_tensor(vecs, dtype=torch.float32))
        self.encode = nn.Linear(features, channels)
        self.wx = nn.Linear(features, hidden)
        self.wc = nn.Linear(channels * order, hidden, bias=False)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.gain = gain
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.channels, self.order)
        for t in range(self.steps):
            u = self.encode(seq[:, t])
            c = c @ self.mats[t].T + u[:, :, None] * self.vecs[t]
            pre = self.wx(seq[:, t]) + self.wc(c.flatten(1)) + self.wh(h)
            h = self.squash(self.gain * pre)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout357"
BU = _factory(f"{HERE}:bursts", seed=3570)
ST = _factory(f"{HERE}:stamps", seed=3571)
ME = _factory(f"{HERE}:meters", seed=3572)
GA = _factory(f"{HERE}:gauges", seed=3573)
GA_RAW = _factory(f"{HERE}:gauges", scale=250.0, shift=5000.0, seed=3574)


def _dcn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CrossDeepNet", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FocalCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HippoRNN", "args": args}


def _am(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.995) and amsgrad."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.995), "amsgrad": True}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.92 (LR 1.0 unless given)."""
    kw.setdefault("lr", 1.0)
    return _s(data, optim="adadelta", optim_args={"rho": 0.92}, **kw)


def _m8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "dampening": 0.1}, **kw)


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
    Case("h357_divergence_gauges_raw_dcn_sgd", "the gauges regression times 250 plus 5000 "
         "(targets unscaled), the cross-deep net of 20, plain SGD at LR 0.01, batch 24",
         {"data": GA_RAW, "model": _dcn(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, 2.1e35 at the third, "
                      "NaN at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h357_exploding_meters_dcn_deep6_std1", "the cross-deep net with a deep tower of 6 "
         "ReLU layers of 24 and N(0, 1) init on the meters, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": ME, "model": {**_dcn(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "at_chance"),
         why_allowed=("the validation loss 4340 at every epoch; gradient norms 1000 to 7600 "
                      "(healthy at most 53); update ratios at most 1e-7, a side effect of the "
                      "LR; accuracy 0.225, 0.11 below the majority share 0.3357; 90.7% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h357_dead_relu_meters_dcn_shift10", "the deep tower alone (no cross layers) of 2 "
         "ReLU layers of 32 on the meters with pre-activations shifted by -10, so no unit fires, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": ME, "model": _dcn(width=32, cross=0, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every deep-tower unit logged dead (healthy runs at most 20%), so no "
                      "gradient reaches any layer (norms 0): the validation loss 1.363 to 1.36 "
                      "(near ln 4); accuracy 0.3357, the majority share, every test prediction "
                      "in one class"), verdict=TP),
    Case("h357_dead_relu_meters_dcn_deep3_rmsprop_lr1", "the cross-deep net with a deep tower "
         "of 3 ReLU layers of 32 on the meters, plain RMSprop at LR 1.0, batch 28, 3 epochs",
         {"data": ME, "model": _dcn(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "at_chance", "predictions_collapsed"),
         why_allowed=("84% of the second deep layer's units and 66% of the third logged dead "
                      "at the end (healthy at most 20%); the step loss 1.4 at the first step, "
                      "1.8e7 at the second and still 130 to 330 at the end; the validation loss "
                      "2606 to 590; first-quarter "
                      "update ratios 2.2 to 4.8; accuracy 0.625, below the baseline 0.6643 "
                      "(healthy 0.8786 and up); 38% of the test predictions in one class"),
         verdict="failed"),
    Case("h357_update_ratio_high_bursts_hippo_adagrad_lr2", "the HiPPO-LegS RNN of 16 on the "
         "bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                 "not_training", "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.17 to 0.67, single steps up to 19 "
                      "(healthy quarter means at most 0.147); 97% to 98% of the tanh states "
                      "saturated (healthy at most 35%); the validation loss 2.6 to 2.25, above "
                      "ln 4 (between 1.31 and 5.9); accuracy 0.3937 against a baseline of "
                      "0.675; 69% of the test predictions in one class (below 90%)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h357_update_ratio_low_stamps_focalcnn_sgd_lr1e9", "the FocalNet-style CNN on the "
         "stamps, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.401 at every epoch; update ratios logged 0 "
                      "(healthy quarter means at least 4.2e-5); accuracy 0.25 against a "
                      "majority share of 0.2569, every test prediction in one class"), verdict=TP),
    Case("h357_update_ratio_low_bursts_hippo_rmsprop_lr1e10", "the HiPPO-LegS RNN of 16 on the "
         "bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                 "predictions_collapsed"),
         why_allowed=("the validation loss 1.443 at every epoch; update ratios at most 5.5e-9; "
                      "accuracy 0.2875 against a majority share of 0.2625; 82.5% of the test "
                      "predictions in one class (below 90%)"), verdict=TP),
    Case("h357_vanishing_meters_dcn_deep12_sigmoid_std005", "the deep tower alone (no cross "
         "layers) of 12 sigmoid layers of 16 and N(0, 0.05) init on the meters, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": ME, "model": {**_dcn(width=16, depth=12, cross=0, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first deep layers' gradients 3e-17 to 8e-15 (healthy first norms at "
                      "least 2e-5, the FocalNet's first block); the validation loss 1.366 to "
                      "1.378 (near ln 4); accuracy 0.3357 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h357_saturated_bursts_hippo_gain8_rmsprop", "the HiPPO-LegS RNN of 16 on the bursts "
         "with its cell's pre-activation times 8, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients",
                 "predictions_collapsed"),
         why_allowed=("74% of the tanh states saturated (healthy at most 35%); the validation "
                      "loss 1.497 to 1.475 (above ln 4); accuracy 0.2812 against a majority "
                      "share of 0.2625; 63% of the test predictions in one class (below 90%)"),
         verdict=TP),
    Case("h357_slow_start_meters_dcn_deep5_std01_momentum9", "the deep tower alone (no cross "
         "layers) of 5 ReLU layers of 32 and N(0, 0.1) init on the meters, SGD with momentum "
         "0.9 at LR 0.02, batch 32, 20 epochs",
         {"data": ME, "model": {**_dcn(width=32, depth=5, cross=0), "init": "normal",
                                "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.360 to 1.344 (ln 4 is 1.386) over the first 7 of "
                      "20 epochs, accuracy 0.3357 (the majority share) there, then near 0.8 from "
                      "epoch 10 on (lowest 0.7887 at epoch 13, 2.7% above it at the end); "
                      "accuracy 0.5643, below the baseline 0.6643, 97.5% of the test "
                      "predictions in two classes; up to 25% of a layer's units dead (healthy "
                      "at most 20%)"),
         verdict=TP),
    Case("h357_unshuffled_meters_dcn_rmsprop", "the meters sorted by label, never shuffled, "
         "the cross-deep net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**ME, "order": "by_label", "shuffle": False},
          "model": _dcn(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its "
                      "within-epoch variance over the second half (healthy runner runs at most "
                      "23%); the validation loss 1.424 to 1.371, still falling slowly; "
                      "accuracy 0.35 against a majority share of 0.3357; 49% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h357_mse_softmax_bursts_hippo_adam", "the bursts trained with square error on the "
         "softmax, the HiPPO-LegS RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; the validation loss lowest at the end, "
                      "accuracy 0.8625 still rising (healthy 0.975 and up)"), verdict=TP),
    Case("h357_noisy_meters_dcn_b1_adam", "the meters one row at a time (batch 1), the "
         "cross-deep net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": ME, "model": _dcn(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.18 times its mean over the second half (healthy "
                      "runner runs up to 0.99, the tanh cross-deep net), so noise is no clear "
                      "finding; the validation loss 0.846 to 0.585 over its 2 epochs, accuracy "
                      "0.5857 to 0.8143 (healthy 0.8786 and up)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h357_overfit_meters_subset40_dcn_adamw", "40 rows of the meters, the cross-deep net "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**ME, "subset": 40}, "model": _dcn(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.45 (training loss near 0; the healthy "
                      "runs 0.8786 and up); the validation loss lowest at epoch 3 of 150 "
                      "(1.066), 3.2 times it at the end"), verdict=GP),
    Case("h357_gap_stamps_subset30_focalcnn_adam", "30 images of the stamps, the FocalNet-style "
         "CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5014 (training loss near 0; the "
                      "healthy CNNs 0.8486 and up); the validation loss lowest at epoch 6 of "
                      "100 (1.228), 5.8 times it at the end"), verdict=GP),
    Case("h357_underfit_bursts_hippo_one_unit_adam", "the bursts through a HiPPO-LegS RNN of 1 "
         "hidden unit and 1 memory channel, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=1, channels=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "not_training",
                 "predictions_collapsed"),
         why_allowed=("one unit and one memory channel cannot tell four classes: accuracy "
                      "0.2687 against a baseline of 0.675 and a majority share of 0.2625; the "
                      "validation loss 1.50 to 1.388, at ln 4 from epoch 9; 62.5% of the test "
                      "predictions in one class; nothing saturates"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h357_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 (dampening 0.1) at LR 1e20, 2850 units, batch 24, 3 epochs",
         script=lightning_run(_m8("digits", hidden=(2850,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h357_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.85, 0.995, amsgrad) at LR 1e-10, 2851 units, batch 20, 3 epochs",
         script=lightning_run(_am("circles", hidden=(2851,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6941 at every epoch; accuracy 0.4453 at its initial "
                      "weights, 0.055 below the majority share"), verdict=TP),
    Case("h357_hf_trainer_wine_momentum8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.8 (dampening 0.1) at LR 1e20 (decaying linearly), 2852 units, batch 9, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m8("wine", hidden=(2852,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      "share"), verdict="failed"),
    Case("h357_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (rho 0.92) at LR 1e-10 (decaying linearly), 2853 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(2853,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.228 at every evaluation; accuracy 0 at its "
                      "initial weights"), verdict=TP),
    Case("h357_keras_moons_amsgrad_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.85, 0.995, amsgrad) at LR 1e20, 2854 units, batch 20, 3 epochs",
         script=keras_run(_am("moons", hidden=(2854,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h357_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 2855 "
         "units, Adadelta (rho 0.92) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(2855,), lr=1.0, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training loss 4e-5); "
                      "the validation loss lowest at epoch 2 (2.248), 1.25 times it at the end"),
         verdict=GP),
    Case("h357_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 (dampening 0.1) at LR 1e20, 2856 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_m8("breast_cancer", hidden=(2856,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      "below 0.63"), verdict="failed"),
    Case("h357_tensorboard_circles_subset8_amsgrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2857 units, Adam (betas 0.85, 0.995, amsgrad) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_am("circles", hidden=(2857,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6, training 1.0); the "
                      "validation loss lowest at epoch 9 (1.414), 2.48 times it at the end; "
                      "0.1 above the majority share"), verdict=GP),
    Case("h357_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.92) at LR 1.0, 2858 units, batch 20, a corrupt "
         "record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(2858,), lr=1.0, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step "
                      "(Adadelta at LR 1.0 also lifts the step loss from 0.56 to 16 before it)"),
         verdict="failed", expect_step=15),
    Case("h357_plain_digits_momentum8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.8 (dampening 0.1) at LR 1e-10, 2859 units, batch 25, 4 epochs",
         script=plain_run(_m8("digits", hidden=(2859,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.317 at every epoch; accuracy 0.1309 at its "
                      "initial weights, 0.03 above the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy357_meters_dcn_adam_cosine",
       {"data": ME, "model": _dcn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy357_meters_dcn_gelu_adamw_step",
       {"data": ME, "model": _dcn(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy357_meters_dcn_rmsprop_exponential",
       {"data": ME, "model": _dcn(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy357_meters_dcn_tanh_momentum9_cosine",
       {"data": ME, "model": _dcn(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy357_meters_dcn_adagrad_inverse_time",
       {"data": ME, "model": _dcn(width=24),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy357_gauges_dcn_adam_cosine",
       {"data": GA, "model": _dcn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy357_gauges_dcn_gelu_adamw_cosine",
       {"data": GA, "model": _dcn(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy357_stamps_focalcnn_adam_cosine",
       {"data": ST, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy357_stamps_focalcnn_adamw_step",
       {"data": ST, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 9, "batch_size": 28}}),
    _h("healthy357_stamps_focalcnn_rmsprop_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy357_stamps_focalcnn_adagrad_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy357_bursts_hippo_adam_exponential",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 19, "batch_size": 25}}),
    _h("healthy357_bursts_hippo_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy357_bursts_hippo_rmsprop_exponential",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 14, "batch_size": 30}}),
    _h("healthy357_bursts_hippo_adamw_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy357_lightning_digits_amsgrad",
        lightning_run(_am("digits", hidden=(2850,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy357_lightning_wine_momentum8",
        lightning_run(_m8("wine", hidden=(2851,), lr=0.01, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy357_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(2852,), epochs=10, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy357_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_am("breast_cancer", hidden=(2853,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy357_hf_trainer_iris_momentum8",
        hf_trainer_run(_m8("iris", hidden=(2854,), lr=0.02, epochs=7, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy357_keras_circles_amsgrad",
        keras_run(_am("circles", hidden=(2855,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy357_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(2856,), epochs=11, batch_size=10)), "keras"),
    _hs("healthy357_keras_breast_cancer_momentum8",
        keras_run(_m8("breast_cancer", hidden=(2857,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy357_tensorboard_iris_amsgrad",
        tensorboard_run(_am("iris", hidden=(2858,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy357_tensorboard_digits_momentum8",
        tensorboard_run(_m8("digits", hidden=(2859,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy357_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(2850,), epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy357_plain_sine_adadelta",
        plain_run(_ad("sine", hidden=(2851,), lr=0.05, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy357_plain_breast_cancer_amsgrad",
        plain_run(_am("breast_cancer", hidden=(2852,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
