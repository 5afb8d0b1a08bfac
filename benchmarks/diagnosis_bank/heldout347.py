"""The three-hundred-forty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`DeepFM` (learnt per-feature embeddings scaled by the
feature's value; a factorisation-machine term of their second-order interactions through a linear
layer, an MLP on the same embeddings with a linear head and a first-order linear term, summed
into the prediction; the FM and first-order terms can be switched off), :class:`DynConvCNN` (two
dynamic 3x3 convolutions, each mixing 4 parallel kernels per input by a softmax attention from the
pooled input before one convolution with the mixed kernel, a max pool between them, a global max
pool, a linear head) and :class:`SelectiveScanRNN` (a hand-written Mamba-style selective scan: an
input-dependent decay and sigmoid input gate per unit, a linear recurrence stepped by hand, the
tanh of the state gated by a sigmoid of the input, the mean over time read out); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`bursts`, 800 noisy series of 12 steps in 2 readings, each reading holding a 3-step burst of
2.0 up or down at random or none (4 classes; seed 3470); :func:`stamps`, 2400 10x10 images of a
cup, a zed, a diamond or a stair at a random place in noise 0.35, 2% random labels (4 classes;
seed 3471); :func:`clicks`, a tabular 4-class set of 8 readings (the sign of ``x0 x1`` and a
linear threshold of two more, 3% random labels, 1400 rows; seed 3472); :func:`demand`, a tabular
regression of 8 readings (a product, a sine, a step and a linear term; 1200 rows; seed 3473; times
250 plus 5000 with seed 3474 for the divergence). Script cases use RMSprop with alpha 0.85 and
momentum 0.6, Adamax with betas (0.9, 0.98) and weight decay 1e-4, and SGD with momentum 0.95 and
dampening 0.2 on digits, wine, iris, breast cancer, moons, circles and the sine; every script
case holds a hidden width of 2750 to 2759. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential
and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one per round, at most two trainings at once) only to check that the fault is real,
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
0.2929 on the clicks, 0.2563 on the stamps, 0.2625 on the bursts. Baselines (validation): accuracy
0.5571 (clicks), 0.5583 (stamps), 0.7625 (bursts: the linear/kNN baseline reads them well); R2
0.6392 (demand), 0.6591 (the raw demand).

Measured healthy ranges (runner, final versions): update-ratio quarter means 5.3e-5 to 0.072,
single steps up to 1.18 (the DeepFM under Adagrad); the ``update_ratio_high`` runs' first-quarter
means up to 0.53 (the RNN under Adagrad at LR 2) and 0.62 (the DeepFM under RMSprop at LR 0.1);
the ``update_ratio_low`` runs at most 8e-12 and 3.6e-9. Dead fractions at most 46% in the healthy
DeepFMs and 56% in the healthy CNNs' second layer; the shifted DeepFM's 100%, the RMSprop-killed
DeepFM's 50% (only allowed). Saturated tanh/sigmoid outputs at most 8.5% in the healthy runs; the
gain-8 RNN's 65%, the Adagrad RNN's 45% to 57%, the two-unit RNN's 22%. Gradient norms at most 6.9,
first-layer norms at least 0.011; the exploding run's 2900 to 1.5e4, the vanishing run's first
norms 5.9e-18. The step loss's position explains at most 20% of its within-epoch variance in the
healthy runner runs; the unshuffled run 100%. The step-loss swing (second half) is 0.21 to 1.26
in the healthy runner runs, 1.30 in the batch-1 run, so ``noisy_loss`` is only allowed there and
its state (still improving) is ``not_converged``. Healthy scores (validation): clicks
0.8393-0.9143, stamps 0.8562-0.9, bursts 0.925-0.95, demand R2 0.7979 and 0.8515; every healthy
run's validation loss is lowest at its end but the DeepFM under momentum 0.9 (0.22% above its
epoch-10 minimum), the Trainer's iris (0.11%) and the demand DeepFM under Adam (0.02%).

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
CNN's global average pool left the stamps at 0.66 to 0.74, so it became a global max pool (0.8562
to 0.9, the update-ratio-low and 30-image cases retrained with it); the DeepFM under Adagrad (LR
0.03, 0.7893, more than 0.1 below the best) now LR 0.1 (0.9143); the slow start (3 layers, N(0,
0.15), LR 0.02, 15 epochs) sat at ln 4 for only two epochs, so it is now 4 layers, N(0, 0.1),
LR 0.01 and 20 epochs; the runs that ended above their minimum were cut at it (the CNN under AdamW
11 epochs, the tanh DeepFM 12, Lightning's moons 12, TensorBoard's iris 12, the loop's sine 6 and
breast cancer 8). Relabelled from the metrics: the RMSprop-killed DeepFM recovered to 0.668 (not
at chance; ``update_ratio_high`` and ``not_converged`` expected), the Adagrad RNN learnt to 0.9375
(``at_chance`` and ``predictions_collapsed`` dropped), the batch-1 run (``noisy_loss`` allowed,
``not_converged`` expected), the stuck iris and digits scripts (at the majority share:
``at_chance`` expected), Keras' 16 digits (its validation loss rises 31% from epoch 3:
``overfitting`` expected) and the exploding run (every test prediction in one class).

Not met: the measured ranges mix the first round with the changed runs; nothing else known.

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


def bursts(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 2.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a burst of ``height`` (up or down at random, so a reading's sum does not tell)
    lasting 3 steps at a random time or none; the class is which readings burst (4 classes:
    none, the second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_DIAMOND = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
_STAIR = np.array([[1, 0, 0], [1, 1, 0], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a cup, a zed, a diamond, a stair), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _ZED, _DIAMOND, _STAIR), n, 10, noise, flip, seed)


def clicks(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (``x0 x1 > 0``, a second-order interaction) times 2 plus whether
    ``x2 + 0.6 x3`` exceeds 0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] + 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def demand(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    sine of a third, a threshold step of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 1] + 1.4 * np.sin(1.4 * x[:, 2]) + 1.2 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class DeepFM(nn.Module):
    """A DeepFM-style net: every input feature ``i`` has a learnt embedding ``v_i`` of size
    ``embed`` (N(0, ``emb_std``)), scaled by its value (``e_i = x_i v_i``); a factorisation-machine
    term of the second-order interactions ``0.5 ((sum e_i)^2 - sum e_i^2)`` goes through a linear
    layer, beside an MLP of ``depth`` layers of ``width`` (pre-activations shifted by ``shift``) on
    the concatenated embeddings with a linear head, and a first-order linear term of the raw
    inputs; the three are summed into the prediction. ``fm`` and ``first_order`` switch those
    two terms off (leaving the deep part alone)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 6,
                 width: int = 32, depth: int = 2, activation: str = "relu", shift: float = 0.0,
                 emb_std: float = 0.3, fm: bool = True, first_order: bool = True) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.embedding = nn.Embedding(n_in, embed)
        nn.init.normal_(self.embedding.weight, 0.0, emb_std)
        self.use_fm, self.use_first = fm, first_order
        self.fm_head = nn.Linear(embed, n_outputs)
        self.first = nn.Linear(n_in, n_outputs)
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        width_in = n_in * embed
        for _ in range(depth):
            self.layers.append(nn.Linear(width_in, width))
            self.acts.append(_ACTS[activation]())
            width_in = width
        self.shift = shift
        self.head = nn.Linear(width_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        e = x[:, :, None] * self.embedding.weight[None]  # (batch, features, embed)
        h = e.flatten(1)
        for layer, act in zip(self.layers, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        out = self.head(h)
        if self.use_fm:
            pair = 0.5 * (e.sum(dim=1) ** 2 - (e ** 2).sum(dim=1))
            out = out + self.fm_head(pair)
        if self.use_first:
            out = out + self.first(x)
        return out


class DynamicConv2d(nn.Module):
    """A dynamic convolution: ``kernels`` parallel 3x3 kernels (``weight``, ``bias``) mixed per
    input by a softmax attention (a linear layer on the globally average-pooled input, divided
    by ``temperature``), then one convolution of each input with its own mixed kernel."""

    def __init__(self, c_in: int, c_out: int, kernels: int = 4, temperature: float = 1.0) -> None:
        super().__init__()
        self.c_in, self.c_out, self.temperature = c_in, c_out, temperature
        self.attention = nn.Linear(c_in, kernels)
        self.weight = nn.Parameter(torch.empty(kernels, c_out, c_in, 3, 3))
        self.bias = nn.Parameter(torch.zeros(kernels, c_out))
        for k in range(kernels):
            nn.init.kaiming_uniform_(self.weight[k], a=5 ** 0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, _, hgt, wid = x.shape
        attn = torch.softmax(self.attention(x.mean(dim=(2, 3))) / self.temperature, dim=1)
        w = torch.einsum("bk,koihw->boihw", attn, self.weight).reshape(
            b * self.c_out, self.c_in, 3, 3)
        bias = (attn @ self.bias).reshape(-1)
        out = nn.functional.conv2d(x.reshape(1, b * self.c_in, hgt, wid), w, bias, padding=1,
                                   groups=b)
        return out.reshape(b, self.c_out, hgt, wid)


class DynConvCNN(nn.Module):
    """A dynamic-convolution CNN: a dynamic 3x3 convolution to ``channels[0]`` (``activation``,
    pre-activations shifted by ``shift``), a 2x2 max pool, a second dynamic convolution to
    ``channels[1]`` (the same), a global max pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), kernels: int = 4,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        c0, c1 = channels
        self.conv1 = DynamicConv2d(input_shape[0], c0, kernels)
        self.act1 = _ACTS[activation]()
        self.conv2 = DynamicConv2d(c0, c1, kernels)
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.shift = shift
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x) + self.shift))
        h = self.act2(self.conv2(h) + self.shift)
        return self.head(h.amax(dim=(2, 3)))


class SelectiveScanRNN(nn.Module):
    """A hand-written selective-scan recurrent net (Mamba-style): at each step an input-dependent
    decay ``a = exp(-softplus(W_d x_t + b_d) exp(A_log))`` and input gate ``g = sigmoid(W_g x_t)``
    per unit drive the linear recurrence ``h = a h + g (W_u x_t)``, stepped by hand over the
    flattened sequence of ``features`` readings a step; the output ``tanh(gain h)`` is gated by
    ``sigmoid(W_o x_t)``, and its mean over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gain = features, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.inp = nn.Linear(features, hidden)
        self.delta = nn.Linear(features, hidden)
        self.gate = nn.Linear(features, hidden)
        self.out_gate = nn.Linear(features, hidden)
        self.a_log = nn.Parameter(torch.log(torch.linspace(0.5, 2.0, hidden)))
        self.gate_act = nn.Sigmoid()
        self.out_act = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            xt = seq[:, t]
            decay = torch.exp(-nn.functional.softplus(self.delta(xt)) * self.a_log.exp())
            h = decay * h + self.gate_act(self.gate(xt)) * self.inp(xt)
            total = total + self.squash(self.gain * h) * self.out_act(self.out_gate(xt))
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout347"
BU = _factory(f"{HERE}:bursts", seed=3470)
ST = _factory(f"{HERE}:stamps", seed=3471)
CL = _factory(f"{HERE}:clicks", seed=3472)
DM = _factory(f"{HERE}:demand", seed=3473)
DM_RAW = _factory(f"{HERE}:demand", scale=250.0, shift=5000.0, seed=3474)


def _fm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeepFM", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DynConvCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SelectiveScanRNN", "args": args}


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.85 and momentum 0.6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.85, "momentum": 0.6}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.9, 0.98) and weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"betas": (0.9, 0.98), "weight_decay": 1e-4},
              **kw)


def _md(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and dampening 0.2."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "dampening": 0.2}, **kw)


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
    Case("h347_divergence_demand_raw_deepfm_sgd", "the demand regression times 250 plus 5000 "
         "(targets unscaled), the DeepFM of 20, plain SGD at LR 0.01, batch 24",
         {"data": DM_RAW, "model": _fm(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.5e7 at the first step, 1.9e28 by the third, NaN "
                      f"after, with the gradient norms and update ratios"), verdict="failed"),
    Case("h347_exploding_clicks_deepfm_depth6_std1", "the DeepFM with 6 ReLU layers of 24, "
         "N(0, 1) init and embeddings of N(0, 1) on the clicks, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": CL, "model": {**_fm(width=24, depth=6, emb_std=1.0), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the validation loss 1.81e4 at every epoch; gradient norms 2900 to 1.5e4 "
                      "(healthy at most 6.9); update ratios at most 1.8e-7, a side effect of the "
                      "LR; accuracy 0.2929, the majority share, every test prediction in one "
                      "class; the step loss's position explains 55% of its within-epoch "
                      "variance over three epochs of a flat loss"), verdict="failed"),
    Case("h347_dead_relu_clicks_deepfm_deep_only_shift10", "the deep part of the DeepFM alone "
         "(no FM nor first-order term), 32 units with its ReLU pre-activations shifted by -10, "
         "so no unit fires, on the clicks, Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": CL, "model": _fm(width=32, shift=-10.0, fm=False, first_order=False),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of both layers logged dead (healthy runs at most 56%), so no "
                      "gradient reaches any layer (norms 0): the validation loss 1.382 to 1.376 "
                      "(ln 4); accuracy 0.2929, the majority share, every test prediction in one"
                      " class"), verdict=TP),
    Case("h347_killed_clicks_deepfm_rmsprop_lr01", "the DeepFM with 2 ReLU layers of 32 on "
         "the clicks, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": CL, "model": _fm(width=32, depth=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "not_converged"),
         allow=("dead_relu", "exploding_gradients", "vanishing_gradients", "update_ratio_low",
                "noisy_loss", "unshuffled_data", "underfitting", "divergence",
                "generalisation_gap"),
         why_allowed=("first-quarter mean update ratios up to 0.62, single steps up to 11.8 "
                      "(healthy quarter means at most 0.072); the step loss up to 1413 in epoch "
                      "1, then back to 0.39 to 0.58, so the blow-up passed; 50% of the second "
                      "layer's units logged dead (healthy up to 56%, so only allowed); the "
                      "validation loss 1.352, 1.18, 0.995, lowest at the end, accuracy 0.49, "
                      "0.60, 0.668 (healthy 0.84 and up, baseline 0.5571): still improving"),
         verdict=TP),
    Case("h347_update_ratio_high_bursts_scanrnn_adagrad_lr2", "the selective-scan RNN of 16 on "
         "the bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence", "overfitting",
                "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios up to 0.53, single steps up to 14.9 "
                      "(healthy quarter means at most 0.072); 45% to 57% of the tanh and sigmoid "
                      "outputs saturated (healthy at most 8.5%); the step loss up to 13.8 early, "
                      "then it learns: validation accuracy 0.9375 (0.975 at epoch 7), the "
                      "validation loss 1.2 times its epoch-7 minimum at the end (one epoch)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h347_update_ratio_low_stamps_dynconv_sgd_lr1e9", "the dynamic-convolution CNN on the "
         "stamps, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.39 at every epoch; update ratios at most 8e-12 "
                      "(healthy quarter means at least 5e-5); accuracy 0.2542 against a majority"
                      " share of 0.2563, 99.8% of the test predictions in one class"), verdict=TP),
    Case("h347_update_ratio_low_bursts_scanrnn_rmsprop_lr1e10", "the selective-scan RNN of 16 "
         "on the bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.402 at every epoch; update ratios at most 3.6e-9; "
                      "accuracy 0.2562 against a majority share of 0.2625, 98% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h347_vanishing_clicks_deepfm_deep12_sigmoid_std005", "the deep part of the DeepFM "
         "alone (no FM nor first-order term), 12 sigmoid layers of 16 and N(0, 0.05) init "
         "(embeddings N(0, 0.05)) on the clicks, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": CL, "model": {**_fm(width=16, depth=12, activation="sigmoid", emb_std=0.05,
                                      fm=False, first_order=False),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the embeddings' and first layer's gradients 5.9e-18 to 5.4e-17 (healthy "
                      "first norms at least 0.011); the validation loss 1.386 to 1.374 (ln 4); "
                      "accuracy 0.2929, the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h347_saturated_bursts_scanrnn_gain8_rmsprop", "the selective-scan RNN of 16 on the "
         "bursts with its output tanh fed 8 times the state, plain RMSprop at LR 1e-4, batch "
         "28, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("65% of the output tanh's values saturated (healthy at most 8.5%); the "
                      "validation loss 1.425 to 1.416 (ln 4); accuracy 0.2562 against a "
                      "majority share of 0.2625; 54% of the test predictions in one class"),
         verdict=TP),
    Case("h347_slow_start_clicks_deepfm_depth4_std01_momentum9", "the DeepFM without its "
         "first-order term, 4 ReLU layers of 32, N(0, 0.1) init and embeddings N(0, 0.1) on "
         "the clicks, SGD with momentum 0.9 at LR 0.01, batch 32, 20 epochs",
         {"data": CL, "model": {**_fm(width=32, depth=4, emb_std=0.1, first_order=False),
                                "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 0.0011 to 0.024 (healthy first norms 0.011 and up, "
                      "so not clearly smaller); the epoch loss 1.382 to 1.354 and validation "
                      "accuracy 0.29 to 0.41 over the first 8 of 20 epochs, then the loss falls "
                      "to 0.417; the validation loss 0.474 at the end (lowest), accuracy 0.9107"),
         verdict=TP),
    Case("h347_unshuffled_clicks_deepfm_rmsprop", "the clicks sorted by label, never shuffled, "
         "the DeepFM of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**CL, "order": "by_label", "shuffle": False},
          "model": _fm(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 20%); the "
                      "validation loss 1.604 to 1.541; accuracy 0.2607 (test 0.2929, the "
                      "majority share); 49% of the test predictions in one class"), verdict=TP),
    Case("h347_mse_softmax_bursts_scanrnn_adam", "the bursts trained with square error on the "
         "softmax, the selective-scan RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9062 (healthy 0.925 and up), "
                      "the validation loss lowest at the end and still falling"), verdict=TP),
    Case("h347_noisy_clicks_deepfm_b1_adam", "the clicks one row at a time (batch 1), the "
         "DeepFM of 32, Adam at LR 1e-3, 2 epochs",
         {"data": CL, "model": _fm(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.30 times its mean over the second half (healthy "
                      "runner runs up to 1.26, the DeepFM under Adagrad), so noise is no clear "
                      "finding; the validation loss 0.926 then 0.658 (lowest at the end), "
                      "accuracy 0.5643 then 0.7857, still rising"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h347_overfit_clicks_subset40_deepfm_adamw", "40 rows of the clicks, the DeepFM of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL, "subset": 40}, "model": _fm(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4786 (training 1.0; the healthy runs "
                      "0.8393 and up); the validation loss lowest at epoch 4 of 150 (1.18), "
                      "3.2 times it at the end"), verdict=GP),
    Case("h347_gap_stamps_subset30_dynconv_adam", "30 images of the stamps, the "
         "dynamic-convolution CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4188 (training 1.0; the healthy CNNs "
                      "0.8562 and up); the validation loss lowest early (1.254), 1.24 times it "
                      "at the end"), verdict=GP),
    Case("h347_underfit_bursts_scanrnn_two_units_adam", "the bursts through a selective-scan "
         "RNN of 2 units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "predictions_collapsed",
                "at_chance"),
         why_allowed=("two units cannot tell four classes: accuracy 0.3187 (training 0.3833), "
                      "far below the baseline 0.7625; the validation loss lowest at the end but "
                      "only 1.391 to 1.267; 72% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h347_lightning_digits_momentum95_dampening_lr1e20_nan", "Lightning: digits, SGD with "
         "momentum 0.95 and dampening 0.2 at LR 1e20, 2750 units, batch 24, 3 epochs",
         script=lightning_run(_md("digits", hidden=(2750,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h347_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.9 and 0.98, weight decay 1e-4) at LR 1e-10, 2751 units, batch 20,"
         " 3 epochs",
         script=lightning_run(_ax("circles", hidden=(2751,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7256 at every epoch; accuracy 0.5 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h347_hf_trainer_wine_momentum95_dampening_lr1e20_nan", "Hugging Face Trainer names: "
         "wine, SGD with momentum 0.95 and dampening 0.2 at LR 1e20 (decaying linearly), 2752 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_md("wine", hidden=(2752,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.07 below the "
                      f"majority share"), verdict="failed"),
    Case("h347_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop (alpha 0.85, momentum 0.6) at LR 1e-10 (decaying linearly), 2753 units, batch "
         "8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rm("iris", hidden=(2753,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.065 at every evaluation; accuracy 0.3333 at its "
                      "initial weights, the majority share"), verdict=TP),
    Case("h347_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.9 and 0.98, weight decay 1e-4) at LR 1e20, 2754 units, batch 20, 3 "
         "epochs",
         script=keras_run(_ax("moons", hidden=(2754,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h347_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2755 units, "
         "RMSprop (alpha 0.85, momentum 0.6) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rm("digits", hidden=(2755,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5515, training 1.0); the "
                      "validation loss lowest at epoch 3 (2.727), 1.31 times it at the end, "
                      "the training loss 0 from the first quarter on"), verdict=GP),
    Case("h347_tensorboard_breast_cancer_momentum95_dampening_lr1e20_nan", "TensorBoard tags: "
         "breast cancer, SGD with momentum 0.95 and dampening 0.2 at LR 1e20, 2756 units, batch "
         "19, 3 epochs",
         script=tensorboard_run(_md("breast_cancer", hidden=(2756,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from its second step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h347_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2757 units, Adamax (betas 0.9 and 0.98, weight decay 1e-4) "
         "at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(2757,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5538, 0.054 above the majority "
                      "share; training 1.0); the validation loss lowest early (1.097), 3.6 "
                      "times it at the end"), verdict=GP),
    Case("h347_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.85, momentum 0.6) at LR 1e-3, 2758 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(2758,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (0.58;"
                      " the steps before it 0.10 to 1.21)"), verdict="failed", expect_step=15),
    Case("h347_plain_digits_momentum95_dampening_lr1e10_stuck", "hand-written loop: digits, SGD "
         "with momentum 0.95 and dampening 0.2 at LR 1e-10, 2759 units, batch 25, 4 epochs",
         script=plain_run(_md("digits", hidden=(2759,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.316 at every epoch; accuracy 0.1003 at its initial "
                      "weights, the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy347_clicks_deepfm_adam_cosine",
       {"data": CL, "model": _fm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy347_clicks_deepfm_gelu_adamw_step",
       {"data": CL, "model": _fm(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy347_clicks_deepfm_rmsprop_exponential",
       {"data": CL, "model": _fm(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy347_clicks_deepfm_tanh_momentum9_cosine",
       {"data": CL, "model": _fm(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy347_clicks_deepfm_adagrad_inverse_time",
       {"data": CL, "model": _fm(width=24),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy347_demand_deepfm_adam_cosine",
       {"data": DM, "model": _fm(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy347_demand_deepfm_gelu_adamw_cosine",
       {"data": DM, "model": _fm(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy347_stamps_dynconv_adam_cosine",
       {"data": ST, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy347_stamps_dynconv_adamw_step",
       {"data": ST, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy347_stamps_dynconv_rmsprop_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy347_stamps_dynconv_adagrad_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy347_bursts_scanrnn_adam_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy347_bursts_scanrnn_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy347_bursts_scanrnn_rmsprop_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy347_bursts_scanrnn_momentum9_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy347_lightning_digits_adamax",
        lightning_run(_ax("digits", hidden=(2750,), lr=2e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy347_lightning_wine_momentum95_dampening",
        lightning_run(_md("wine", hidden=(2751,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy347_lightning_moons_rmsprop",
        lightning_run(_rm("moons", hidden=(2752,), lr=5e-4, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy347_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_ax("breast_cancer", hidden=(2753,), lr=5e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy347_hf_trainer_iris_momentum95_dampening",
        hf_trainer_run(_md("iris", hidden=(2754,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy347_keras_circles_adamax",
        keras_run(_ax("circles", hidden=(2755,), lr=1e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy347_keras_wine_rmsprop",
        keras_run(_rm("wine", hidden=(2756,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy347_keras_breast_cancer_momentum95_dampening",
        keras_run(_md("breast_cancer", hidden=(2757,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy347_tensorboard_iris_adamax",
        tensorboard_run(_ax("iris", hidden=(2758,), lr=2e-3, epochs=12, batch_size=10)),
        "tensorboard"),
    _hs("healthy347_tensorboard_digits_momentum95_dampening",
        tensorboard_run(_md("digits", hidden=(2759,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy347_tensorboard_moons_rmsprop",
        tensorboard_run(_rm("moons", hidden=(2750,), lr=5e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy347_plain_sine_rmsprop",
        plain_run(_rm("sine", hidden=(2751,), lr=5e-4, epochs=6, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy347_plain_breast_cancer_adamax",
        plain_run(_ax("breast_cancer", hidden=(2752,), lr=1e-3, epochs=8, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
