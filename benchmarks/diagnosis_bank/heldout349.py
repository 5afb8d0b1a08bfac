"""The three-hundred-forty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part 348 (not looked at) by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`HierSoftmaxMLP` (an MLP trunk
whose pre-activations can start shifted, then a balanced binary tree of sigmoid decisions over
the classes, one linear unit each: a class's probability the product of the decisions on its
path, its log returned so that the cross-entropy is the negative log of that product; a linear
head for a regression), :class:`WaveGatedCNN` (a WaveNet-style gated CNN: a 3x3 stem, dilated
3x3 convolutions of dilation 1, 2 and 4 with tanh times sigmoid gated activations, residual and
skip 1x1 convolutions, the skips summed, a ReLU, a global max pool and a linear head) and
:class:`FourierRNN` (a hand-written Fourier recurrent unit, taken for the echo-state net the
brief named, which :mod:`.heldout209` had used: a tanh state with a learnt per-unit gain read
from the input and the running statistics, the statistics gathering the states weighted by a
fixed cosine basis held as a buffer, the last statistics read out); no case fell back to the
runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`wobbles`, 800 noisy series of 12 steps in 2 readings, each reading holding a 4-step
alternating wobble of 1.6 (random sign) or none (4 classes; seed 3490); :func:`tiles`, 2400
10x10 images of a plus, a cross, a ring or a bar at a random place in noise 0.35, 2% random
labels (4 classes; seed 3491); :func:`gauges`, a tabular 4-class set of 8 readings (a product of
signs and a threshold of ``x2 + 0.6 x3**2``, 3% random labels, 1400 rows; seed 3492);
:func:`loads`, a tabular regression of 8 readings (a sine, a product, a step and a linear term;
1200 rows; seed 3493; times 250 plus 5000 with seed 3494 for the divergence). Seed 3495 was not
needed (the Fourier basis is fixed, not drawn). Script cases use NAdam with betas (0.92, 0.999),
Adagrad with lr_decay 5e-3 and an initial accumulator of 0.05, and AdamW with amsgrad, betas
(0.88, 0.99) and weight decay 0.03 on digits, wine, iris, breast cancer, moons, circles and the
sine; every script case holds a hidden width of 2770 to 2779. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine,
step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses,
validation loss and score, step-loss swing, the share of the step loss's within-epoch variance
its position explains, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``) and, for runner cases, the test confusion matrix, with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. No other seed was
checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2786 on the gauges, 0.2646 on the tiles, 0.275 on the wobbles. Baselines (validation): accuracy
0.6071 (gauges), 0.6 (tiles), 0.7125 (wobbles); R2 0.6077 (loads), 0.6306 (the raw loads).

Measured healthy ranges (runner): update-ratio quarter means 8.5e-5 to 0.061 (single steps up to
0.46, the RNN under RMSprop); the ``update_ratio_high`` run's first-quarter means 0.25 to 0.71;
the ``update_ratio_low`` runs at most 2.4e-11 and 6.3e-9. Dead fractions at most 12.5% in the
healthy MLPs and 6.25% at the CNNs' skip ReLU; the shifted MLP's 100%, the RMSprop-killed MLP's
81% and 59%. Saturated tanh units at most 8% in the healthy tanh MLP, 37.5% in the healthy CNNs'
tanh halves and 44% in the healthy RNNs; the Adagrad RNN's 87% to 91%, the gain-8 RNN's 73%
(only allowed). Gradient norms at most 6.3; the exploding run's 360 to 1400, the vanishing run's
first trunk norms 1.6e-17. The step loss's position explains at most 23% of its within-epoch
variance in the healthy runs; the unshuffled run 100%. The step-loss swing is 0.16 to 1.78 in the
healthy runs, 0.78 in the batch-1 run, so ``noisy_loss`` is only allowed there and its state
(still falling) is ``not_converged``. Healthy scores (validation): gauges 0.8607-0.9071, tiles
0.9583-0.9688, wobbles 0.85-0.9375, loads R2 0.6622 and 0.6978.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
GELU gauges MLP under AdamW (width 28, LR 3e-3, 0.70) now width 32 and LR 0.01, cut at its
epoch-11 minimum (0.9071); the tanh gauges MLP under momentum 0.9 (width 32, LR 0.05, 0.7214) now
width 48 and LR 0.1 (0.8929); the CNNs under Adam, AdamW and Adagrad ended 2.8% to 6% above their
epoch-4 or -5 minima and now train 5, 5 and 4 epochs (each ends at its lowest validation loss);
the RNN under AdamW was cut at its epoch-24 minimum; the scripts that ended above their minimum
were cut (Lightning's wine 12 epochs, Keras' breast cancer 5, TensorBoard's iris 15, HF's iris 4,
whose linear decay moved its minimum when cut to 7); the slow start (N(0, 0.15), LR 0.02, 15
epochs) sat at ln 4 only 2 epochs and ended 1.4 times above its minimum, so it is now N(0, 0.12)
for 19 epochs.

Not met: the slow start's plateau is 5 of 19 epochs (a quarter, not a third), and it ends still
falling (accuracy 0.825); the loads MLPs' R2 (0.6622, 0.6978) are only 0.05 and 0.09 above the
baseline 0.6077; the RNN under momentum 0.9 ends 0.05% above its epoch-24 minimum and the CNN
under RMSprop 0.4% above its epoch-7 minimum (within 0.5%); the changed cases were checked in
stores beside the first, and the measured ranges above mix both rounds.

Labels from the metrics: the test predictions fall in one class in the shifted MLP (100%), the
vanishing run (100%), the stuck CNN (99.6%) and the RMSprop-killed MLP (95.4%), so
``predictions_collapsed`` is expected there, allowed in the one-unit RNN (82.5%), the stuck RNN
(78%), the exploding run (68.6%) and the gain-8 RNN (67.5%); the exploding run, the shifted MLP,
the killed MLP, the stuck CNN and RNN, the vanishing run and the gain-8 RNN score within 0.05 of
the majority share (``at_chance`` expected); the Adagrad RNN learnt something (0.41, so
``underfitting``, not ``at_chance``), the unshuffled run scores 0.07 below the majority share
(``not_training`` and ``underfitting`` expected), and the one-unit RNN 0.069 above it (allowed).
The CNN on 30 images ends only 1.4% above its minimum, so only ``generalisation_gap`` is expected
there; Keras' 16 digits' validation loss is lowest at its end (only ``generalisation_gap``); the
other overfit runs end 2.18 and 3.9 times their early minima. Lightning's stuck circles score
0.5859, 0.086 above the majority share (allowed); the loop's stuck digits 0.1198 (expected),
HF's stuck iris 0.033.

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


def wobbles(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step wobble (``+h, -h, +h, -h`` times a random sign, ``h`` = ``height``)
    at a random time or none; the class is which readings wobble (4 classes: none, the second,
    the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    shape = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * shape
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BAR = np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=float)


def tiles(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 tile each at a random
    place (4 classes: a plus, a cross, a ring, a vertical bar), in Gaussian noise of ``noise``;
    a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BAR), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (``x0 x1 > 0``) times 2 plus whether ``x2 + 0.6 x3**2`` exceeds 0.5;
    readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] + 0.6 * x[:, 3] ** 2 > 0.5)
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
    y = (1.5 * np.sin(1.5 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class _Shift(nn.Module):
    """Adds a constant to its input (pre-activations started off to one side)."""

    def __init__(self, shift: float) -> None:
        super().__init__()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.shift


def _tree_signs(k: int) -> torch.Tensor:
    """The ``(k, k - 1)`` matrix of a balanced binary tree over ``k`` classes: +1 where the
    class's path goes left at a decision node, -1 where it goes right, 0 off its path."""
    signs = torch.zeros(k, max(k - 1, 1))
    nodes = [0]

    def split(lo: int, hi: int) -> None:
        if hi - lo < 2:
            return
        node, mid = nodes[0], (lo + hi) // 2
        nodes[0] += 1
        signs[lo:mid, node] = 1.0
        signs[mid:hi, node] = -1.0
        split(lo, mid)
        split(mid, hi)

    split(0, k)
    return signs


class HierSoftmaxMLP(nn.Module):
    """A hierarchical-softmax MLP: ``depth`` hidden layers of ``width`` (linear, optionally
    shifted pre-activations, ``activation``), then a balanced binary tree of ``n_outputs - 1``
    sigmoid decisions over the classes (one linear unit each): a class's probability is the
    product of the decisions on its path, and the log of it is returned, so the cross-entropy
    is the negative log of that product. With one output (a regression) a linear head instead."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers.append(nn.Linear(n_in, width))
            if shift:
                layers.append(_Shift(shift))
            layers.append(_ACTS[activation]())
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.tree = n_outputs > 1
        self.decide = nn.Linear(n_in, n_outputs - 1 if self.tree else 1)
        self.register_buffer("signs", _tree_signs(n_outputs))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        z = self.decide(self.trunk(x.flatten(1)))
        if not self.tree:
            return z
        # log p(class) = sum over its path of log sigmoid(+-z_node)
        logs = F.logsigmoid(z[:, None, :] * self.signs[None])  # (batch, classes, nodes)
        return (logs * self.signs.abs()[None]).sum(dim=2)


class _GatedBlock(nn.Module):
    """A WaveNet-style block: a dilated 3x3 convolution to twice the channels, split into a
    tanh half times a sigmoid half (the gated activation), then a 1x1 residual convolution added
    to the input and a 1x1 skip convolution returned beside it."""

    def __init__(self, channels: int, skip: int, dilation: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(channels, 2 * channels, 3, padding=dilation, dilation=dilation)
        self.filt = nn.Tanh()
        self.gate = nn.Sigmoid()
        self.res = nn.Conv2d(channels, channels, 1)
        self.skip = nn.Conv2d(channels, skip, 1)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        a, b = self.conv(x).chunk(2, dim=1)
        h = self.filt(a) * self.gate(b)
        return x + self.res(h), self.skip(h)


class WaveGatedCNN(nn.Module):
    """A WaveNet-style gated CNN: a 3x3 stem convolution to ``channels``, one gated block per
    entry of ``dilations`` (dilated 3x3 convolutions, tanh times sigmoid, residual and skip 1x1
    convolutions), the skips summed, a ReLU, a global max pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 skip: int = 16, dilations: tuple[int, ...] = (1, 2, 4)) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.blocks = nn.ModuleList(_GatedBlock(channels, skip, d) for d in dilations)
        self.act = nn.ReLU()
        self.head = nn.Linear(skip, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x)
        total = None
        for block in self.blocks:
            h, s = block(h)
            total = s if total is None else total + s
        assert total is not None
        return self.head(self.act(total).amax(dim=(2, 3)))


class FourierRNN(nn.Module):
    """A hand-written Fourier recurrent unit: at each step a tanh state
    ``h_t = tanh(g * (W_x x_t + W_u u_{t-1}))`` (``g`` a learnt per-unit gain starting at
    ``gain``) is read from the input and the running statistics ``u``; ``u`` gathers the states
    weighted by a fixed cosine basis of ``freqs`` frequencies over the sequence (a buffer,
    ``u_t = u_{t-1} + cos(2 pi f (t + 1/2) / T) h_t / T``); the last statistics go to a linear
    head. Stepped by hand over the flattened sequence of ``features`` readings a step."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, freqs: int = 2, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.freqs = features, hidden, freqs
        self.steps = int(np.prod(input_shape)) // features
        t = (torch.arange(self.steps, dtype=torch.float32) + 0.5) / self.steps
        f = torch.arange(freqs, dtype=torch.float32)
        self.register_buffer("basis", torch.cos(2 * np.pi * t[:, None] * f[None]))  # (T, F)
        self.wx = nn.Linear(features, hidden)
        self.wu = nn.Linear(freqs * hidden, hidden, bias=False)
        self.gain = nn.Parameter(torch.full((hidden,), float(gain)))
        self.squash = nn.Tanh()
        self.head = nn.Linear(freqs * hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        u = seq.new_zeros(x.shape[0], self.freqs, self.hidden)
        for t in range(self.steps):
            h = self.squash(self.gain * (self.wx(seq[:, t]) + self.wu(u.flatten(1))))
            u = u + self.basis[t][None, :, None] * h[:, None, :] / self.steps
        return self.head(u.flatten(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout349"
WB = _factory(f"{HERE}:wobbles", seed=3490)
TL = _factory(f"{HERE}:tiles", seed=3491)
GA = _factory(f"{HERE}:gauges", seed=3492)
LD = _factory(f"{HERE}:loads", seed=3493)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3494)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HierSoftmaxMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:WaveGatedCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FourierRNN", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.92, 0.999)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.92, 0.999)}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with lr_decay 5e-3 and an initial accumulator of
    0.05."""
    return _s(data, optim="adagrad",
              optim_args={"lr_decay": 5e-3, "initial_accumulator_value": 0.05}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad, betas (0.88, 0.99) and weight decay
    0.03."""
    return _s(data, optim="adamw",
              optim_args={"amsgrad": True, "betas": (0.88, 0.99), "weight_decay": 0.03}, **kw)


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
    Case("h349_divergence_loads_raw_hsmlp_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the MLP of 24 (one layer, linear head), plain SGD at LR 0.01, "
         "batch 24",
         {"data": LD_RAW, "model": _mlp(width=24, depth=1),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 9.7e31 and then Inf "
                      f"by the fifth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h349_exploding_gauges_hsmlp_depth6_std1", "the hierarchical-softmax MLP with 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GA, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 1704 at every epoch; gradient norms 360 to 1400 "
                      "(healthy at most 6.3); update ratios at most 2.7e-8, a side effect of the "
                      "LR; accuracy 0.3214 against a majority share of 0.2786; 68.6% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h349_dead_relu_gauges_hsmlp_shift10", "the hierarchical-softmax MLP (2 ReLU layers of "
         "32) on the gauges with its ReLU pre-activations shifted by -10, so no unit fires, Adam "
         "at LR 2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _mlp(width=32, depth=2, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every trunk unit logged dead (healthy runs at most 12.5%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.386 to 1.385 (ln 4); "
                      "accuracy 0.2786 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h349_dead_relu_gauges_hsmlp_depth3_rmsprop_lr01", "the hierarchical-softmax MLP "
         "with 3 ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _mlp(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("81% of the second layer's units and 59% of the third's logged dead "
                      "(healthy at most 12.5%); the step loss up to 2160 in epoch 1, then 1.38 "
                      "(near ln 4), so the blow-up passed; first-quarter update ratios 0.30 to "
                      "0.51, later ones healthy; accuracy 0.275 against a majority share of "
                      "0.2786, 95.4% of the test predictions in one class"), verdict=TP),
    Case("h349_update_ratio_high_wobbles_frnn_adagrad_lr2", "the Fourier RNN of 16 on the "
         "wobbles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                 "not_training", "overfitting", "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.25 to 0.71, single steps up to 19 "
                      "(healthy quarter means at most 0.061); 87% to 91% of the tanh states "
                      "saturated (healthy RNNs at most 44%); accuracy 0.4125 (test 0.4938) against "
                      "a baseline of 0.7125, not at chance, 48% of the test predictions in one "
                      "class; the validation loss lowest at epoch 6 (1.026), 1.47 times it at the "
                      "end, with the training loss unsteady; gradients up to 5.2 (healthy 6.3)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h349_update_ratio_low_tiles_wavecnn_sgd_lr1e9", "the WaveNet-style gated CNN on the "
         "tiles, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": TL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.430 at every epoch; update ratios at most 2.4e-11 "
                      "(healthy quarter means at least 8.5e-5); accuracy 0.2375 against a majority "
                      "share of 0.2646, 99.6% of the test predictions in one class"), verdict=TP),
    Case("h349_update_ratio_low_wobbles_frnn_rmsprop_lr1e10", "the Fourier RNN of 16 on the "
         "wobbles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                 "predictions_collapsed"),
         why_allowed=("the validation loss 1.406 at every epoch; update ratios at most 6.3e-9; "
                      "accuracy 0.2687 against a majority share of 0.275; 78% of the test "
                      "predictions in one class (below 90%)"), verdict=TP),
    Case("h349_vanishing_gauges_hsmlp_depth12_sigmoid_std005", "the hierarchical-softmax MLP "
         "with 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_mlp(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layer's gradients 1.6e-17 to 9.2e-17 (healthy first norms "
                      "at least 0.046); the validation loss 1.386 to 1.394 (ln 4); accuracy 0.2786 "
                      "at the majority share, every test prediction in one class"), verdict=TP),
    Case("h349_saturated_wobbles_frnn_gain8_rmsprop", "the Fourier RNN of 16 on the wobbles "
         "with its gain starting at 8 (the tanh fed 8 times its pre-activation), plain RMSprop "
         "at LR 1e-4, batch 28, 4 epochs",
         {"data": WB, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "at_chance"),
         allow=("saturated_activation", "update_ratio_low", "underfitting", "noisy_loss",
                 "unshuffled_data", "not_converged", "vanishing_gradients",
                 "exploding_gradients", "predictions_collapsed"),
         why_allowed=("73% of the tanh states saturated against at most 44% in the healthy RNNs "
                      "(not clearly outside them, so only allowed); the validation loss 1.403 to "
                      "1.381 (ln 4); accuracy 0.3125 against a majority share of 0.275; 67.5% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h349_slow_start_gauges_hsmlp_depth4_std012_momentum9", "the hierarchical-softmax MLP "
         "with 4 ReLU layers of 32 and N(0, 0.12) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.02, batch 32, 19 epochs",
         {"data": GA, "model": {**_mlp(width=32, depth=4), "init": "normal", "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 19, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.384 to 1.38 and accuracy 0.2786 over the first 5 of "
                      "19 epochs, then 0.5647 at the end (lowest, still falling 7% in the last "
                      "epoch, as in 333's slow start); accuracy 0.825 (healthy 0.8607 and up); "
                      "first gradient norms 0.03 to 0.05, not clearly below the healthy ones "
                      "(0.046 and up)"), verdict=TP),
    Case("h349_unshuffled_gauges_hsmlp_rmsprop", "the gauges sorted by label, never shuffled, "
         "the hierarchical-softmax MLP of 24 (one layer), plain RMSprop at LR 1e-4, batch 30, 8 "
         "epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24, depth=1),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_training", "underfitting"),
         allow=("noisy_loss", "divergence", "not_converged", "predictions_collapsed",
                 "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 23%); the "
                      "validation loss 1.403 to 1.392 (ln 4); accuracy 0.2071, 0.07 below the "
                      "majority share 0.2786; 46% of the test predictions in one class"),
         verdict=TP),
    Case("h349_mse_softmax_wobbles_frnn_adam", "the wobbles trained with square error on the "
         "softmax, the Fourier RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7438 (test 0.7625, healthy 0.85 "
                      "and up), still rising, the validation loss lowest at the end"), verdict=TP),
    Case("h349_noisy_gauges_hsmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "hierarchical-softmax MLP (2 layers of 32), Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32, depth=2),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.78 times its mean over the second half (healthy "
                      "runner runs 0.16 to 1.78), so noise is no clear finding; the validation "
                      "loss falls 18% in the last epoch (1.078 to 0.879); accuracy 0.6964 against "
                      "a baseline of 0.6071 (healthy 0.8607 and up)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h349_overfit_gauges_subset40_hsmlp_adamw", "40 rows of the gauges, the "
         "hierarchical-softmax MLP (2 layers of 160), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=160, depth=2),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4679 (training 1.0; the healthy runs 0.8607 "
                      "and up); the validation loss lowest at epoch 3 of 150 (1.238), 3.9 times it "
                      "at the end"), verdict=GP),
    Case("h349_gap_tiles_subset30_wavecnn_adam", "30 images of the tiles, the WaveNet-style "
         "gated CNN with 16 channels and 24 skip channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TL, "subset": 30}, "model": _cnn(channels=16, skip=24),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.6583 (training 1.0; the healthy CNNs "
                      "0.9583 and up); the validation loss's minimum (0.7931) only 1.4% below its "
                      "end, so overfitting is no clear finding"), verdict=GP),
    Case("h349_underfit_wobbles_frnn_one_unit_adam", "the wobbles through a Fourier RNN of 1 "
         "hidden unit (one frequency), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _rnn(hidden=1, freqs=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3438, far below the "
                      "baseline 0.7125 (0.069 above the majority share 0.275); the validation loss "
                      "still falls slowly (1.329 to 1.324); 82.5% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h349_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.92, "
         "0.999) at LR 1e20, 2770 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(2770,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h349_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad, betas 0.88, 0.99, weight decay 0.03) at LR 1e-10, 2771 units, "
         "batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2771,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7386 at every epoch; accuracy 0.5859 at its initial "
                      "weights, 0.086 above the majority share 0.5"), verdict=TP),
    Case("h349_hf_trainer_wine_nadam_lr1e20_nan", "Hugging Face Trainer names: wine, NAdam "
         "(betas 0.92, 0.999) at LR 1e20 (decaying linearly), 2772 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("wine", hidden=(2772,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h349_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (lr_decay 5e-3, initial accumulator 0.05) at LR 1e-10 (decaying linearly), 2773 "
         "units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2773,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.26 at every evaluation; accuracy 0.0333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h349_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad, betas 0.88, 0.99, weight decay 0.03) at LR 1e20, 2774 units, batch 20, "
         "3 epochs",
         script=keras_run(_aw("moons", hidden=(2774,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h349_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2775 units, "
         "Adagrad (lr_decay 5e-3, initial accumulator 0.05) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2775,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4986, training 1.0); the "
                      "validation loss 5.01 at epoch 1 and lowest at the end (4.80), so it does "
                      "not overfit in its loss"), verdict=GP),
    Case("h349_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (betas 0.92, 0.999) at LR 1e20, 2776 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(2776,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h349_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2777 units, AdamW (amsgrad, betas 0.88, 0.99, weight decay "
         "0.03) at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2777,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615, training 1.0); the "
                      "validation loss lowest at 1.681, 2.18 times it at the end"), verdict=GP),
    Case("h349_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (lr_decay 5e-3, initial accumulator 0.05) at LR 0.05, "
         "2778 units, batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(2778,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 534 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h349_plain_digits_nadam_lr1e10_stuck", "hand-written loop: digits, NAdam (betas "
         "0.92, 0.999) at LR 1e-10, 2779 units, batch 25, 4 epochs",
         script=plain_run(_na("digits", hidden=(2779,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.324 at every epoch; accuracy 0.1198 at its initial "
                      "weights"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy349_gauges_hsmlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32, depth=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy349_gauges_hsmlp_gelu_adamw_step",
       {"data": GA, "model": _mlp(width=32, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 11, "batch_size": 26}}),
    _h("healthy349_gauges_hsmlp_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=30, depth=2),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy349_gauges_hsmlp_tanh_momentum9_cosine",
       {"data": GA, "model": _mlp(width=48, depth=2, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy349_gauges_hsmlp_adagrad_inverse_time",
       {"data": GA, "model": _mlp(width=32, depth=2),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy349_loads_hsmlp_adam_cosine",
       {"data": LD, "model": _mlp(width=32, depth=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy349_loads_hsmlp_gelu_adamw_cosine",
       {"data": LD, "model": _mlp(width=32, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy349_tiles_wavecnn_adam_cosine",
       {"data": TL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 5, "batch_size": 25}}),
    _h("healthy349_tiles_wavecnn_adamw_step",
       {"data": TL, "model": _cnn(channels=10, skip=16),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 5, "batch_size": 28}}),
    _h("healthy349_tiles_wavecnn_rmsprop_cosine",
       {"data": TL, "model": _cnn(channels=12, skip=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy349_tiles_wavecnn_adagrad_cosine",
       {"data": TL, "model": _cnn(channels=12, skip=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 4, "batch_size": 24}}),
    _h("healthy349_wobbles_frnn_adam_cosine",
       {"data": WB, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy349_wobbles_frnn_adamw_exponential",
       {"data": WB, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 24, "batch_size": 24}}),
    _h("healthy349_wobbles_frnn_rmsprop_cosine",
       {"data": WB, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy349_wobbles_frnn_momentum9_cosine",
       {"data": WB, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy349_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(2770,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy349_lightning_wine_adamw",
        lightning_run(_aw("wine", hidden=(2771,), lr=1e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy349_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2772,), lr=0.01, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy349_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(2773,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy349_hf_trainer_iris_adamw",
        hf_trainer_run(_aw("iris", hidden=(2774,), lr=3e-3, epochs=4, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy349_keras_circles_nadam",
        keras_run(_na("circles", hidden=(2775,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy349_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2776,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy349_keras_breast_cancer_adamw",
        keras_run(_aw("breast_cancer", hidden=(2777,), lr=1e-3, epochs=5, batch_size=20)),
        "keras"),
    _hs("healthy349_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(2778,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy349_tensorboard_digits_adamw",
        tensorboard_run(_aw("digits", hidden=(2779,), lr=1e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy349_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2770,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy349_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2771,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy349_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(2772,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
