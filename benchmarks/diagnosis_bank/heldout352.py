"""The three-hundred-fifty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part 353 (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`NystromMLP` (every reading a token, embedded by one
linear layer plus a learnt position embedding; one attention layer approximated through 4
landmark tokens, each the mean of a segment of the queries and of the keys, its landmark matrix
inverted by the Nystromformer's iteration; a residual; a residual token MLP; a mean pool over the
tokens; optional trunk layers whose pre-activations can be shifted; a linear head),
:class:`KervCNN` (two 3x3 polynomial-kernel convolutions, ``(x . w + c)^2`` of each unfolded patch
with learnt weights and a learnt ``c``, a 2x2 max pool after each, a global average pool, a dense
ReLU layer that can be shifted, a linear head) and :class:`ResidualLSTM` (a hand-written LSTM,
stepped by hand, whose state is the output gate times a projection of the cell output plus a
linear shortcut of the input, its gate pre-activations scaled by a given gain; the mean of its
states read out). The ordered-neurons LSTM the brief asked for was already used (heldout294), so
the recurrent family is the residual LSTM, unused by any earlier part. No case fell back to the
runner's built-in models. Every data set is this module's own ``data.factory``: :func:`bursts`,
800 noisy series of 14 steps in 2 readings, each reading holding a 4-step alternating burst of
1.6 (its sign at random) or none (4 classes; seed 3520); :func:`stamps`, 2400 10x10 images of a V,
a U, a Z or four dots at a random place in noise 0.35, 2% random labels (4 classes; seed 3521);
:func:`gauges`, a tabular 4-class set of 8 readings (a threshold on ``x0^2 + x1^2`` and a linear
threshold of two more, 3% random labels, 1400 rows; seed 3522); :func:`loads`, a tabular
regression of 8 readings (a sine, a product, a step and a linear term; 1200 rows; seed 3523; times
250 plus 5000 with seed 3524 for the divergence). Script cases use Adam with betas (0.8, 0.999)
and eps 1e-7, centered RMSprop with alpha 0.85 and SGD with momentum 0.88 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 2800 to
2809. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or
0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (``/tmp/h352/storeA`` to ``storeD``; the replacement healthy runs' settings in
``storeG`` and ``storeH`` under scratch names) only to check that the fault is real, from the
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
0.275 on the gauges, 0.2625 on the stamps, 0.256 on the bursts. Baselines (validation): accuracy
0.6429 (gauges), 0.5354 (stamps), 0.6125 (bursts); R2 0.6377 (loads), 0.6643 (the raw loads).

Measured healthy ranges (runner, the final healthy settings): update-ratio quarter means 8.8e-5 to
0.056 (single steps up to 0.36, the CNN under RMSprop); the ``update_ratio_high`` run's
first-quarter means 0.18 to 0.60 (single steps up to 14.5); the ``update_ratio_low`` runs at most
2.3e-9 and 3.9e-9. Dead fractions at most 69% (the trunk layer of the Nystrom MLP on the loads);
the shifted trunk's 100%, the RMSprop-killed trunk's 100% (second layer). Saturated fractions at
most 50% (the tanh Nystrom's trunk in its second epoch; the healthy LSTMs at most 20%); the gain-25
LSTM's 78% (cell input) and 61% (gates), the Adagrad LSTM's 97% and 95%. Gradient norms: quarter
means 0.045 to 5.8, single steps up to 99 (the CNN under RMSprop); the exploding run's 4.3e5 to
2.6e7, the vanishing run's first layers 1e-22 to 3e-18. The step loss's position explains at most
21.7% of its within-epoch variance in the healthy runner runs; the unshuffled run 99.6%. The
step-loss swing is 0.43 to 0.83 in the healthy runner runs, 0.79 in the batch-1 run, so
``noisy_loss`` is only allowed there. Healthy scores (validation): gauges 0.8357-0.9071, stamps
0.8479-0.8917, bursts 0.9563-0.9812, loads R2 0.7252 and 0.8239.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
Nystrom MLP without a trunk (16 wide) reached only 0.62 to 0.69 on the gauges (baseline 0.6429)
and R2 0.46 to 0.48 on the loads (baseline 0.6377), so every healthy Nystrom run now has a trunk
layer of 32, embeddings of 32 and a token MLP of 64 (Adam at LR 1e-2: 0.9071, R2 0.8239); with it
the gauges under RMSprop (0.7571), SGD with momentum 0.9 and tanh (0.7179) and Adagrad (0.7679,
ending 13% above its minimum) stayed more than 0.1 below the best, and LR changes (RMSprop 6e-3,
momentum at LR 0.2, Adagrad 0.1) did not help, so these three healthy runs are now Adam with an
exponential schedule (0.875), AdamW with tanh units (0.9036) and Adam with an inverse-time
schedule (0.8429 at epoch 14); the CNN under Adagrad (LR 0.05: 0.5292, below the baseline; LR 0.1
to 0.2 blew up and left 72% to 81% of its dense units dead) is now Adam with an exponential
schedule; the slow start (LR 0.02, 15 epochs) never left ln 4, so it now runs at LR 0.05 for 20
epochs; the saturated LSTM's gain 8 saturated only 38% of its cell inputs (not outside the
healthy runs), now 25; the 30-image CNN at LR 3e-3 killed every dense unit and never fitted its
training images (training accuracy 0.27), now LR 1e-3. Runs that ended above their minimum were
cut at it: the CNN under AdamW (12 to 9 epochs), the LSTM under AdamW (20 to 9), under momentum
(20 to 12) and under Adam (20 to 12), Lightning's wine and moons (14 and 15 to 12), the Trainer's
iris (14 to 12), the loop's sine (11 to 10) and breast cancer (10 to 9). The Adam inverse-time
Nystrom (15 to 14 epochs) and the Adam exponential CNN (12 to 10 epochs) were cut at their minima
after their check, not retrained: their schedules do not depend on the epoch count, so the cut
runs are the checked runs' first 14 and 10 epochs (validation loss 0.4694 and 0.4593).

Not met: the LSTM under Adam (cosine) ends 3.7% above its epoch-8 minimum (its cosine schedule
depends on the epoch count; 20 epochs ended 10% above); the measured ranges mix both rounds and
the replacement runs were checked under scratch names. The slow start ends at accuracy 0.4607,
not well: ``underfitting`` is expected beside ``slow_start``. The 2-unit LSTM (0.75) is judged
against the healthy LSTMs of the same data (0.9563 and up), not the baseline.

Labels from the metrics: the test predictions fall in one class in the exploding run, the shifted
trunk, the killed trunk, the stuck CNN, the stuck LSTM, the vanishing run (100% each) and the
unshuffled run (96.8%), so ``predictions_collapsed`` is expected there; the same runs score within
0.05 of the majority share (``at_chance`` expected); the Adagrad LSTM scores 0.3937, 0.14 above it,
and is expected as ``underfitting`` (baseline 0.6125), no longer ``at_chance``; the exploding
run's validation loss falls 13% through its huge gradients, so ``not_training`` is only allowed
there; the batch-1 run ends at 0.4643 (below the baseline) still improving, so ``underfitting`` and
``not_converged`` are expected; the 2-unit LSTM's validation loss still falls 3.6% in its last
epoch (``not_converged`` expected). The overfit runs end 1.56 to 6.7 times their early minima.

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


def bursts(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.6,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step burst (``height`` times +1, -1, +1, -1, its sign drawn at random) at a
    random time or none; the class is which readings burst (4 classes: none, the second, the
    first, both). Given flattened, time-major (``steps * 2`` columns)."""
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


_VEE = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a V, a U, a Z, four dots), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_VEE, _CUP, _ZED, _DOTS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``x0^2 + x1^2`` exceeds 1.4 times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to
    7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a threshold step of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(1.4 * x[:, 0]) + 0.9 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


def _pinv(a: torch.Tensor, iters: int = 6) -> torch.Tensor:
    """The Moore-Penrose inverse of a batch of square matrices by the iteration the
    Nystromformer uses (no SVD, so its gradient stays finite)."""
    eye = torch.eye(a.shape[-1], dtype=a.dtype, device=a.device)
    z = a.transpose(-1, -2) / (a.abs().sum(-1).amax(-1) * a.abs().sum(-2).amax(-1))[:, None, None]
    for _ in range(iters):
        az = a @ z
        z = 0.25 * z @ (13 * eye - az @ (15 * eye - az @ (7 * eye - az)))
    return z


class NystromMLP(nn.Module):
    """A Nystrom-attention MLP: every reading a token (a shared linear embedding of its value
    plus a learnt position embedding); one attention layer whose softmax attention is
    approximated through ``landmarks`` landmark tokens (each the mean of a segment of the
    queries and of the keys: ``softmax(Q K~') pinv(softmax(Q~ K~')) softmax(Q~ K') V``), with a
    residual; a residual MLP (``activation``) on each token; a mean pool over the tokens;
    ``trunk`` hidden layers of ``width`` (linear and ``activation``, pre-activations shifted by
    ``shift``); a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 landmarks: int = 4, hidden: int = 32, activation: str = "relu",
                 trunk: int = 0, width: int = 32, shift: float = 0.0) -> None:
        super().__init__()
        tokens = int(np.prod(input_shape))
        self.landmarks, self.scale = landmarks, 1.0 / math.sqrt(dim)
        self.embed = nn.Linear(1, dim)
        self.pos = nn.Parameter(0.5 * torch.randn(tokens, dim))
        self.query = nn.Linear(dim, dim)
        self.key = nn.Linear(dim, dim)
        self.value = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)
        self.up = nn.Linear(dim, hidden)
        self.act = _ACTS[activation]()
        self.down = nn.Linear(hidden, dim)
        layers: list[nn.Module] = []
        n_in = dim
        for _ in range(trunk):
            layers.append(nn.Linear(n_in, width))
            n_in = width
        self.trunk = nn.ModuleList(layers)
        self.trunk_acts = nn.ModuleList(_ACTS[activation]() for _ in range(trunk))
        self.shift = shift
        self.head = nn.Linear(n_in, n_outputs)

    def _segments(self, t: torch.Tensor) -> torch.Tensor:
        return torch.stack([s.mean(dim=1) for s in torch.tensor_split(t, self.landmarks, dim=1)],
                           dim=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        e = self.embed(x.flatten(1)[..., None]) + self.pos  # (batch, tokens, dim)
        q, k, v = self.query(e), self.key(e), self.value(e)
        ql, kl = self._segments(q), self._segments(k)
        f = torch.softmax(q @ kl.transpose(1, 2) * self.scale, dim=-1)
        a = torch.softmax(ql @ kl.transpose(1, 2) * self.scale, dim=-1)
        b = torch.softmax(ql @ k.transpose(1, 2) * self.scale, dim=-1)
        h = e + self.out(f @ (_pinv(a) @ (b @ v)))
        h = h + self.down(self.act(self.up(h)))
        z = h.mean(dim=1)
        for layer, act in zip(self.trunk, self.trunk_acts, strict=True):
            z = act(layer(z) + self.shift)
        return self.head(z)


class Kerv2d(nn.Module):
    """A polynomial-kernel convolution (kervolution): each output ``(x . w + c)^power`` of a
    ``size`` x ``size`` image patch ``x`` (taken by unfold, zero padding keeping the size) with
    learnt weights ``w`` and a learnt ``c`` per output channel (starting at ``c0``)."""

    def __init__(self, c_in: int, c_out: int, size: int = 3, power: int = 2,
                 c0: float = 1.0) -> None:
        super().__init__()
        fan_in = c_in * size * size
        self.weight = nn.Parameter(torch.empty(c_out, fan_in).uniform_(-1.0, 1.0)
                                   / math.sqrt(fan_in))
        self.c = nn.Parameter(torch.full((c_out,), float(c0)))
        self.unfold = nn.Unfold(size, padding=size // 2)
        self.power = power

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        patches = self.unfold(x)  # (batch, c_in * size^2, h * w)
        lin = torch.einsum("ok,bkl->bol", self.weight, patches) + self.c[None, :, None]
        return (lin ** self.power).reshape(x.shape[0], -1, x.shape[2], x.shape[3])


class KervCNN(nn.Module):
    """A kervolution CNN: a 3x3 polynomial-kernel convolution (power ``power``) to
    ``channels[0]``, a 2x2 max pool, a second to ``channels[1]``, a 2x2 max pool, a global
    average pool, a dense ReLU layer of ``dense`` units (pre-activations shifted by ``shift``)
    and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), power: int = 2, dense: int = 32,
                 shift: float = 0.0) -> None:
        super().__init__()
        c0, c1 = channels
        self.kerv1 = Kerv2d(input_shape[0], c0, power=power)
        self.kerv2 = Kerv2d(c0, c1, power=power)
        self.pool = nn.MaxPool2d(2)
        self.dense = nn.Linear(c1, dense)
        self.relu = nn.ReLU()
        self.shift = shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.kerv2(self.pool(self.kerv1(x))))
        return self.head(self.relu(self.dense(h.mean(dim=(2, 3))) + self.shift))


class ResidualLSTM(nn.Module):
    """A hand-written residual LSTM (Kim et al.): the usual input, forget and output gates
    (sigmoid) and cell input (tanh) from ``gain`` times one linear map of the step's readings
    and the last state; the state ``o * (P tanh(c) + S x_t)``, a projection of the cell output
    plus a linear shortcut of the input; stepped by hand over the flattened sequence of
    ``features`` readings a step; the mean of the states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gain = features, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.gates = nn.Linear(features + hidden, 4 * hidden)
        self.proj = nn.Linear(hidden, hidden, bias=False)
        self.shortcut = nn.Linear(features, hidden, bias=False)
        self.gate_act = nn.Sigmoid()
        self.cell_in = nn.Tanh()
        self.cell_out = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            pre = self.gain * self.gates(torch.cat([seq[:, t], h], dim=1))
            sig = self.gate_act(pre[:, :3 * self.hidden])
            i, f, o = sig.chunk(3, dim=1)
            c = f * c + i * self.cell_in(pre[:, 3 * self.hidden:])
            h = o * (self.proj(self.cell_out(c)) + self.shortcut(seq[:, t]))
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout352"
BU = _factory(f"{HERE}:bursts", seed=3520)
ST = _factory(f"{HERE}:stamps", seed=3521)
GA = _factory(f"{HERE}:gauges", seed=3522)
LD = _factory(f"{HERE}:loads", seed=3523)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3524)


def _nys(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NystromMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:KervCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ResidualLSTM", "args": args}


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.999) and eps 1e-7."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.999), "eps": 1e-7}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop with alpha 0.85."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "alpha": 0.85}, **kw)


def _m88(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.88."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.88}, **kw)


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
    Case("h352_divergence_loads_raw_nystrom_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the Nystrom MLP, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _nys(),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 7.3e17 at the second, NaN "
                      "at the third, with the gradient norms (up to 5e16) and update ratios (up to"
                      " 7e13)"),
         verdict="failed"),
    Case("h352_exploding_gauges_nystrom_trunk6_std1", "the Nystrom MLP with a trunk of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_nys(trunk=6, width=24), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "not_training"),
         why_allowed=("gradient norms 4.3e5 to 2.6e7 (healthy single steps at most 99, quarter "
                      "means at most 5.8); the validation loss 1.55e6 to 1.35e6, falling only by "
                      "the huge gradients times LR 1e-10, with accuracy 0.2714 at every epoch "
                      "against a majority share of 0.275, every test prediction in one class; "
                      "update ratios at most 7e-4, a side effect of the LR"),
         verdict="failed"),
    Case("h352_dead_relu_gauges_nystrom_trunk1_shift10", "the Nystrom MLP with a trunk ReLU "
         "layer of 32 whose pre-activations are shifted by -10, so no unit fires, on the gauges, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _nys(trunk=1, width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the trunk layer logged 100% dead at every epoch (healthy at most 69%), so "
                      "nothing reaches the layers below; the validation loss 1.382 at every epoch "
                      "(ln 4); accuracy 0.275 at the majority share 0.275, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h352_dead_relu_gauges_nystrom_trunk2_rmsprop_lr01", "the Nystrom MLP with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _nys(trunk=2, width=32),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 3.2e7 in epoch 1, then 1.33 to 1.42 (ln 4), so the "
                      "blow-up passed; the second trunk layer 100% dead and the first 56% (healthy"
                      " at most 69%); accuracy 0.275 at the majority share, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h352_update_ratio_high_bursts_reslstm_adagrad_lr2", "the residual LSTM of 16 on the "
         "bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                "not_training", "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.18 to 0.60, single steps up to 14.5 "
                      "(healthy quarter means at most 0.056, single steps at most 0.36); 97% of "
                      "the cell-input tanh and 95% of the gate sigmoids saturated (healthy at most"
                      " 50%); the gate gradients up to 1.6e7 and the step loss 1.4 to 82, then "
                      "about 4 (a passing blow-up); accuracy 0.3937 against the baseline 0.6125, "
                      "0.14 above the majority share 0.256; 42.5% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h352_update_ratio_low_stamps_kervcnn_sgd_lr1e9", "the kervolution CNN on the stamps, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 3.185 at every epoch; update ratios at most 2.3e-9 (the"
                      " first kervolution's mostly 0; healthy quarter means at least 8.8e-5); "
                      "accuracy 0.2583 against a majority share of 0.2625, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h352_update_ratio_low_bursts_reslstm_rmsprop_lr1e10", "the residual LSTM of 16 on the "
         "bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.400 at every epoch; update ratios at most 3.9e-9 "
                      "(healthy quarter means at least 8.8e-5); accuracy 0.25 against a majority "
                      "share of 0.256, every test prediction in one class"),
         verdict=TP),
    Case("h352_vanishing_gauges_nystrom_trunk12_sigmoid_std005", "the Nystrom MLP with sigmoid "
         "units and a trunk of 12 sigmoid layers of 16, N(0, 0.05) init, on the gauges, SGD "
         "with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_nys(trunk=12, width=16, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the embedding's and attention's gradients 1e-22 to 3e-18, the first trunk "
                      "layer's 1.8e-18 (healthy quarter means at least 0.045); the validation loss"
                      " 1.385 to 1.427 (ln 4); accuracy 0.2714 against a majority share of 0.275, "
                      "every test prediction in one class"),
         verdict=TP),
    Case("h352_saturated_bursts_reslstm_gain25_rmsprop", "the residual LSTM of 16 on the bursts "
         "with its gate pre-activations scaled by 25, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16, gain=25.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("78% of the cell-input tanh and 61% of the gate sigmoids saturated (healthy "
                      "at most 50%, the tanh Nystrom trunk in one epoch; the healthy LSTMs at most"
                      " 20%); the validation loss 1.400 to 1.392 (ln 4); accuracy 0.1437, 0.11 "
                      "below the majority share 0.256; 47% of the test predictions in one class"),
         verdict=TP),
    Case("h352_slow_start_gauges_nystrom_trunk3_std015_momentum9", "the Nystrom MLP with a trunk "
         "of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 20 epochs",
         {"data": GA, "model": {**_nys(trunk=3, width=32), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradients 2e-4 (the attention's query and key) to 0.03 (trunk), "
                      "rising to 0.1-0.9 once it learns (healthy first ones 0.005 and up, a "
                      "passing effect of the small init); the validation loss "
                      "1.382 to 1.378 (ln 4) over the first 11 of 20 epochs, then 0.93 at epoch 19"
                      " and 0.975 at the end (4.8% above it); dead trunk units up to 69% (healthy "
                      "at most 69%)"),
         verdict=TP),
    Case("h352_unshuffled_gauges_nystrom_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Nystrom MLP, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _nys(),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.6% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 21.7%); the "
                      "validation loss 1.465 to 1.414; accuracy 0.2607 against a majority share of"
                      " 0.275; 96.8% of the test predictions in one class"),
         verdict=TP),
    Case("h352_mse_softmax_bursts_reslstm_adam", "the bursts trained with square error on the "
         "softmax, the residual LSTM of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.975 (healthy 0.9437 to 0.9812), the"
                      " validation loss lowest at the end"),
         verdict=TP),
    Case("h352_noisy_gauges_nystrom_b1_adam", "the gauges one row at a time (batch 1), the "
         "Nystrom MLP, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _nys(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.79 times its mean over the second half (healthy "
                      "runner runs up to 0.83), so noise is no clear finding; the validation loss "
                      "1.112 to 1.119 in its two epochs"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h352_overfit_gauges_subset40_nystrom_adamw", "40 rows of the gauges, the Nystrom MLP "
         "with 64 hidden units and a trunk of 128, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _nys(hidden=64, trunk=1, width=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.3643 (training 1.0; healthy 0.8357 and up); "
                      "the validation loss's minimum 1.317 in the first quarter, 6.7 times it at "
                      "the end"),
         verdict=GP),
    Case("h352_gap_stamps_subset30_kervcnn_adam", "30 images of the stamps, the kervolution CNN "
         "with 16 and 32 channels, Adam at LR 1e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5083 (training 1.0; healthy 0.8542 and "
                      "up); the validation loss's minimum 1.182 in the first quarter, 1.76 times "
                      "it at the end; 47% to 69% of the dense units dead (healthy at most 69%)"),
         verdict=GP),
    Case("h352_underfit_bursts_reslstm_two_units_adam", "the bursts through a residual LSTM of "
         "2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "not_converged"),
         allow=("overfitting", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("the cell-input tanh up to 16% saturated (healthy at most 50%); the "
                      "validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h352_lightning_digits_momentum88_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.88 at LR 1e20, 2800 units, batch 24, 3 epochs",
         script=lightning_run(_m88("digits", hidden=(2800,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      "majority share"),
         verdict="failed"),
    Case("h352_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8 and 0.999, eps 1e-7) at LR 1e-10, 2801 units, batch 20, 3 epochs",
         script=lightning_run(_ab("circles", hidden=(2801,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7467 at every epoch; accuracy 0.4922 at its initial "
                      "weights, within 0.05 of the majority share 0.5"),
         verdict=TP),
    Case("h352_hf_trainer_wine_momentum88_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.88 at LR 1e20 (decaying linearly), 2802 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m88("wine", hidden=(2802,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      "share"),
         verdict="failed"),
    Case("h352_hf_trainer_iris_rmsprop_centered_lr1e10_stuck", "Hugging Face Trainer names: iris,"
         " centered RMSprop (alpha 0.85) at LR 1e-10 (decaying linearly), 2803 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rc("iris", hidden=(2803,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.133 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, far below 1/3"),
         verdict=TP),
    Case("h352_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.8 and 0.999, eps 1e-7) at LR 1e20, 2804 units, batch 20, 3 epochs",
         script=keras_run(_ab("moons", hidden=(2804,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h352_keras_digits_subset16_rmsprop_centered_gap", "Keras names: 16 rows of digits, "
         "2805 units, centered RMSprop (alpha 0.85) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rc("digits", hidden=(2805,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0); the "
                      "validation loss lowest at the second epoch (2.132), 1.56 times it at the "
                      "end (3.332)"),
         verdict=GP),
    Case("h352_tensorboard_breast_cancer_momentum88_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.88 at LR 1e20, 2806 units, batch 19, 3 epochs",
         script=tensorboard_run(_m88("breast_cancer", hidden=(2806,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      "below 0.63"),
         verdict="failed"),
    Case("h352_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2807 units, Adam (betas 0.8 and 0.999, eps 1e-7) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ab("circles", hidden=(2807,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss's minimum 1.328, 2.99 times it at the end (3.967); accuracy"
                      " 0.07 above the majority share"),
         verdict=GP),
    Case("h352_plain_corrupt_record_sine_rmsprop_centered", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), centered RMSprop (alpha 0.85) at LR 1e-3, 2808 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rc("sine", hidden=(2808,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (0.75 to "
                      "0.13 before it)"),
         verdict="failed", expect_step=15),
    Case("h352_plain_digits_momentum88_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.88 at LR 1e-10, 2809 units, batch 25, 4 epochs",
         script=plain_run(_m88("digits", hidden=(2809,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.314 at every epoch; accuracy 0.0669 at its initial "
                      "weights, below the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy352_gauges_nystrom_adam_cosine",
       {"data": GA, "model": _nys(trunk=1, dim=32, hidden=64),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy352_gauges_nystrom_gelu_adamw_step",
       {"data": GA, "model": _nys(trunk=1, dim=32, hidden=64, activation="gelu"),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy352_gauges_nystrom_adam_exponential",
       {"data": GA, "model": _nys(trunk=1, dim=32, hidden=64),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy352_gauges_nystrom_tanh_adamw_cosine",
       {"data": GA, "model": _nys(trunk=1, dim=32, hidden=64, activation="tanh"),
        "optim": {"name": "adamw", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy352_gauges_nystrom_adam_inverse_time",
       {"data": GA, "model": _nys(trunk=1, dim=32, hidden=64),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "inverse_time"},
        "train": {"epochs": 14, "batch_size": 27}}),
    _h("healthy352_loads_nystrom_adam_cosine",
       {"data": LD, "model": _nys(trunk=1, dim=32, hidden=64),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy352_loads_nystrom_gelu_adamw_cosine",
       {"data": LD, "model": _nys(trunk=1, dim=32, hidden=64, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy352_stamps_kervcnn_adam_cosine",
       {"data": ST, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy352_stamps_kervcnn_adamw_step",
       {"data": ST, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 9, "batch_size": 28}}),
    _h("healthy352_stamps_kervcnn_rmsprop_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy352_stamps_kervcnn_adam_exponential",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy352_bursts_reslstm_adam_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy352_bursts_reslstm_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy352_bursts_reslstm_rmsprop_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy352_bursts_reslstm_momentum9_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy352_lightning_digits_adam",
        lightning_run(_ab("digits", hidden=(2800,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy352_lightning_wine_momentum88",
        lightning_run(_m88("wine", hidden=(2801,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy352_lightning_moons_rmsprop_centered",
        lightning_run(_rc("moons", hidden=(2802,), lr=5e-4, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy352_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ab("breast_cancer", hidden=(2803,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy352_hf_trainer_iris_momentum88",
        hf_trainer_run(_m88("iris", hidden=(2804,), lr=5e-3, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy352_keras_circles_adam",
        keras_run(_ab("circles", hidden=(2805,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy352_keras_wine_rmsprop_centered",
        keras_run(_rc("wine", hidden=(2806,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy352_keras_breast_cancer_momentum88",
        keras_run(_m88("breast_cancer", hidden=(2807,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy352_tensorboard_iris_adam",
        tensorboard_run(_ab("iris", hidden=(2808,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy352_tensorboard_digits_momentum88",
        tensorboard_run(_m88("digits", hidden=(2809,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy352_tensorboard_moons_rmsprop_centered",
        tensorboard_run(_rc("moons", hidden=(2800,), lr=5e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy352_plain_sine_rmsprop_centered",
        plain_run(_rc("sine", hidden=(2801,), lr=5e-4, epochs=10, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy352_plain_breast_cancer_adam",
        plain_run(_ab("breast_cancer", hidden=(2802,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
