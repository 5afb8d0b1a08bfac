"""The three-hundred-sixty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs. Built as :mod:`.heldout333` was: every
runner case trains a model of this module through ``model.factory``: :class:`GatedLinearNet` (a
gated-linear-network-style tabular net: layers of linear units, each unit holding one weight set
per side of a fixed random hyperplane of the raw input, a different hyperplane per layer, the
active set picked by the side the sample falls on, an activation given to the constructor after
each layer, a linear head), :class:`S2MLP` (an S2-MLP-style vision MLP: a 3x3 stem convolution and
a max pool, then blocks of a 1x1 channel mix, the spatial shift of four channel groups by one
position right, left, down and up, a second channel mix and a channel MLP, with residuals, a
global average pool) and :class:`MIRNN` (a multiplicative-integration recurrent net, Wu et al.
2016: the tanh state of ``alpha*Wx*Uh + beta1*Uh + beta2*Wx + bias`` with learnt per-unit
``alpha``/``beta``, a fixed gain before the tanh, stepped by hand, the mean of its states read
out); no case fell back to the runner's built-in models. The brief named a Long-Expressive-Memory
RNN, but :mod:`.heldout340` already used one, so the recurrent family is the MI-RNN (not used by
an earlier part). Every data set is this module's own ``data.factory``: :func:`bursts`, 800 noisy
series of 14 steps in 2 readings, each reading holding a 4-step burst of alternating sign (turned
over at random) at a random time or none (4 classes; seed 3620); :func:`tiles`, 2400 10x10 images
of a plus, an X, a ring or a backslash at a random place in noise 0.35, 2% random labels (4
classes; seed 3621); :func:`gauges`, a tabular 4-class set of 10 readings (a ridge
``|x0 + x1| > 1.2`` and a linear threshold of two more, 3% random labels, 2000 rows; seed 3622);
:func:`loads`, a tabular regression of 12 readings (a sine, an absolute value, a product and a
linear term, 7 noise readings; 1200 rows; seed 3623; times 250 plus 5000 with seed 3624 for the
divergence). Script cases use Adamax with betas (0.92, 0.999), SGD with momentum 0.95 and weight
decay 1e-3 and RMSprop with alpha 0.98 on digits, wine, iris, breast cancer, moons, circles and
the sine; every script case holds a hidden width of 2900 to 2909. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine, step,
exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained at seed 0 from this file into fresh
stores (SQLite, one per worker) only to check that the fault is real, from the run's own metrics
(losses, validation loss and score, step-loss swing, the share of the step loss's within-epoch
variance its position explains, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``) and, for runner cases, the test confusion matrix, with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. After the changes
below the whole file was trained once more (faults and healthy runs in two fresh stores), and the
numbers quoted here are that round's. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.345 on the gauges, 0.2542 on the tiles, 0.2688 on the bursts; (validation) 0.5 on circles and
moons, 0.1003 on digits, 0.3889 on wine, 0.3333 on iris, 0.6316 on breast cancer. Baselines
(validation): accuracy 0.6475 (gauges), 0.5271 (tiles), 0.7125 (bursts); R2 0.4602 (loads),
0.5577 (the raw loads).

Measured healthy ranges (runner): update-ratio quarter means 1.3e-4 to 0.054 (single steps up to
0.39, the loads net under RMSprop); the ``update_ratio_high`` run's first-quarter means 0.26 to
0.69 (single steps to 14.6); the ``update_ratio_low`` runs at most 2.7e-11 and 3.7e-9. Dead
fractions at most 12.5% (the ReLU S2-MLP); the shifted net's 100%, the RMSprop-killed net's 50%
(only allowed: not most of the layer). Saturated tanh states at most 23% (the MI-RNN under
momentum); the gain-16 RNN's 84%, the Adagrad RNN's 96% to 97%. Gradient norms at most 6.9, the
first layers' at least 0.027; the exploding run's 880 to 2446, the vanishing run's first layers'
9.7e-17 to 2.2e-14. The step loss's position explains at most 18.5% of its within-epoch variance
in the healthy runner runs; the unshuffled run 99.1%. The step-loss swing (standard deviation of
its step-to-step change over its mean, second half) is 0.40 to 0.76 in the healthy runner runs
and up to 1.81 in the healthy scripts (Lightning's wine); the batch-1 run's 2.79. Healthy scores
(validation): gauges 0.825-0.9025, tiles 0.8625-0.9187, bursts 0.90-0.925, loads R2 0.7285 and
0.7357; every healthy runner and script run ends at (or within 0.5% of) its lowest validation
loss.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first gauges (8 readings, a circle ``x0^2 + x1^2 > 1.4``, 1400 rows) under a net of 2 hyperplanes
a layer (4 weight sets a unit, each seeing a quarter of the data) left the healthy runs at 0.72 to
0.77 against a baseline of 0.675, so the class became the ridge, with 6 noise readings and 2000
rows (baseline 0.6475), and the net holds one hyperplane a layer; the first loads (8 readings) left
the healthy nets at R2 0.63 and 0.55 (tanh, AdamW) against a baseline of 0.665, so 4 noise
readings were added (baseline 0.4602), the healthy nets got 48 units and the tanh run became
RMSprop (40 epochs; the Adam run at LR 5e-3 and 40 epochs ended 2.4% above its minimum, so LR
3e-3 and 25 epochs); the RNN with gain 8 saturated only 67% of its states (healthy up to 28%
then), so gain 16; the slow start at N(0, 0.15) (15 epochs) and N(0, 0.12) (20 epochs) sat near
ln 4 for only 3 and 5 epochs, so N(0, 0.1) and 24 epochs (7); the batch-1 run at LR 1e-3 for 2
epochs swung 1.52 (below the healthy scripts' 1.81), so LR 3e-3 for 3 epochs (2.79); runs that
ended above their minimum were cut (the gauges net under momentum 15 to 10 epochs, the RNN under
momentum 25 to 12, Lightning's digits 10 to 9 and moons 15 to 12), and the loop's sine under
RMSprop at LR 1e-3 (validation R2 swinging between 0.91 and -0.33) now runs at LR 1e-4 for 11
epochs.

Not met: nothing of the policy is knowingly unmet. The batch-1 run's position share (100%) is an
artefact of 1200 positions over two epochs (its data are shuffled), so ``unshuffled_data`` is
allowed there. The slow start's first gradients (0.016 to 0.034) are not clearly below the
healthy first layers' (0.027 and up): ``slow_start`` is expected from its loss, flat near the
class prior's 1.35 for seven epochs (1.353 to 1.333) before it falls to 0.53, still falling 17% in
the last epoch (so ``not_converged`` too).

Labels from the metrics: the test predictions fall in one class in the shifted net (100%), the
stuck S2-MLP (98.8%) and the RMSprop-killed net (98%), so ``predictions_collapsed`` is expected
there, allowed in the saturated RNN (60%) and the two-unit RNN (60.6%), neither in the Adagrad RNN
(53%), the vanishing run (59.5%), the exploding run (49.5%), the stuck RNN (48%) or the unshuffled
run (45%); the shifted net, the killed net, the Adagrad RNN, the stuck S2-MLP, the vanishing run and
the saturated RNN score within 0.05 of the majority share (``at_chance`` expected); the exploding
run (0.23), the unshuffled run (0.2575) and the stuck RNN (0.2) score 0.07 to 0.12 below it
(allowed). Lightning's stuck circles score 0.5625 (allowed), the loop's stuck digits 0.1365
(expected), HF's stuck iris 0.

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


def bursts(n: int = 800, steps: int = 14, noise: float = 0.45, height: float = 1.6,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step burst of alternating sign (``+h, -h, +h, -h``, the whole burst turned
    over at random) at a random time or none; the class is which readings burst (4 classes:
    none, the second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
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
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BACKSLASH = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)


def tiles(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a plus, an X, a ring, a backslash), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BACKSLASH), n, 10, noise, flip, seed)


def gauges(n: int = 2000, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is whether
    ``|x0 + x1|`` exceeds 1.2 (a ridge no single line splits) times 2 plus whether
    ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 9 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = 2 * (np.abs(x[:, 0] + x[:, 1]) > 1.2).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 12 readings, the target a sine of one, an
    absolute value of a second, a product of two more and a linear fifth plus noise 0.3 (the
    other 7 readings noise), times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 12))
    y = (1.5 * np.sin(1.4 * x[:, 0]) + 1.1 * np.abs(x[:, 1]) + 0.9 * x[:, 2] * x[:, 3]
         - 0.7 * x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class GatedLinearLayer(nn.Module):
    """A gated-linear-network-style layer: ``units`` linear units, each with ``2 ** planes``
    weight sets; the set used for a sample is picked by which side of ``planes`` fixed random
    hyperplanes the side input (the raw features) falls; ``activation`` after it (pre-activation
    shifted by ``shift``)."""

    def __init__(self, n_in: int, n_side: int, units: int, planes: int, activation: str,
                 shift: float, seed: int) -> None:
        super().__init__()
        gen = torch.Generator().manual_seed(seed)
        self.register_buffer("normals", torch.randn(n_side, planes, generator=gen))
        self.register_buffer("offsets", 0.5 * torch.randn(planes, generator=gen))
        self.register_buffer("powers", 2 ** torch.arange(planes))
        self.contexts, self.units = 2 ** planes, units
        self.linear = nn.Linear(n_in, self.contexts * units)
        self.act = _ACTS[activation]()
        self.shift = shift

    def forward(self, h: torch.Tensor, side: torch.Tensor) -> torch.Tensor:
        ctx = ((side @ self.normals > self.offsets).long() * self.powers).sum(dim=1)
        out = self.linear(h).view(h.shape[0], self.contexts, self.units)
        return self.act(out[torch.arange(h.shape[0]), ctx] + self.shift)


class GatedLinearNet(nn.Module):
    """A gated-linear-network-style tabular net: ``depth`` :class:`GatedLinearLayer` layers of
    ``width`` units, each gated by its own ``planes`` halfspaces of the raw input, then a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 depth: int = 2, planes: int = 1, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_side = n_in = int(np.prod(input_shape))
        layers = []
        for i in range(depth):
            layers.append(GatedLinearLayer(n_in, n_side, width, planes, activation, shift,
                                           3620 + i))
            n_in = width
        self.layers = nn.ModuleList(layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        side = x.flatten(1)
        h = side
        for layer in self.layers:
            h = layer(h, side)
        return self.head(h)


class SpatialShift(nn.Module):
    """The S2-MLP shift: the channels split in 4 groups, shifted by one position right, left,
    down and up (the vacated border keeps its own values)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = x.shape[1] // 4
        out = x.clone()
        out[:, :g, :, 1:] = x[:, :g, :, :-1]
        out[:, g:2 * g, :, :-1] = x[:, g:2 * g, :, 1:]
        out[:, 2 * g:3 * g, 1:, :] = x[:, 2 * g:3 * g, :-1, :]
        out[:, 3 * g:, :-1, :] = x[:, 3 * g:, 1:, :]
        return out


class S2Block(nn.Module):
    """An S2-MLP block: a 1x1 channel mix, ``activation``, the spatial shift, a second 1x1 channel
    mix (a residual around the three), then a channel MLP widened by ``expand`` (a residual)."""

    def __init__(self, dim: int, expand: int, activation: str) -> None:
        super().__init__()
        self.mix1 = nn.Conv2d(dim, dim, 1)
        self.act1 = _ACTS[activation]()
        self.shift = SpatialShift()
        self.mix2 = nn.Conv2d(dim, dim, 1)
        self.fc1 = nn.Conv2d(dim, dim * expand, 1)
        self.act2 = _ACTS[activation]()
        self.fc2 = nn.Conv2d(dim * expand, dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x + self.mix2(self.shift(self.act1(self.mix1(x))))
        return x + self.fc2(self.act2(self.fc1(x)))


class S2MLP(nn.Module):
    """An S2-MLP-style vision MLP: a 3x3 stem convolution to ``dim`` channels (``activation``)
    and a 2x2 max pool, ``depth`` :class:`S2Block` blocks, a global average pool and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 depth: int = 2, expand: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], dim, 3, padding=1),
                                  _ACTS[activation](), nn.MaxPool2d(2))
        self.blocks = nn.Sequential(*(S2Block(dim, expand, activation) for _ in range(depth)))
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(self.stem(x)).mean(dim=(2, 3)))


class MIRNN(nn.Module):
    """A multiplicative-integration recurrent net (Wu et al., 2016), stepped by hand: with
    ``a = W x_t`` and ``b = U h``, the state is ``tanh(gain * (alpha*a*b + beta1*b + beta2*a +
    bias))`` with learnt ``alpha``, ``beta1``, ``beta2`` and ``bias`` per unit and a fixed
    ``gain``; over the flattened sequence of ``features`` readings a step; the mean of the states
    over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden, bias=False)
        self.uh = nn.Linear(hidden, hidden, bias=False)
        self.alpha = nn.Parameter(torch.ones(hidden))
        self.beta1 = nn.Parameter(torch.ones(hidden))
        self.beta2 = nn.Parameter(torch.ones(hidden))
        self.bias = nn.Parameter(torch.zeros(hidden))
        self.gain = gain
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            a, b = self.wx(seq[:, t]), self.uh(h)
            pre = self.alpha * a * b + self.beta1 * b + self.beta2 * a + self.bias
            h = self.squash(self.gain * pre)
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout362"
BU = _factory(f"{HERE}:bursts", seed=3620)
TL = _factory(f"{HERE}:tiles", seed=3621)
GA = _factory(f"{HERE}:gauges", seed=3622)
LD = _factory(f"{HERE}:loads", seed=3623)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3624)


def _gln(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedLinearNet", "args": args}


def _s2(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:S2MLP", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MIRNN", "args": args}


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.92, 0.999)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.92, 0.999)}, **kw)


def _m95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "weight_decay": 1e-3}, **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.98."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.98}, **kw)


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
    Case("h362_divergence_loads_raw_gln_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the gated linear net of 20, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _gln(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.75e7 at the first step, 1.2e20 at the third, "
                      f"Inf at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h362_exploding_gauges_gln_depth6_std1", "the gated linear net of 6 ReLU layers of 24 "
         "and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_gln(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "at_chance"),
         why_allowed=("the validation loss 4625 at every epoch; gradient norms 880 to 2446 "
                      "(healthy at most 6.9); update ratios at most 3.5e-8, a side effect of the "
                      "LR; accuracy 0.23 (test; validation 0.2075), 0.115 below the majority "
                      "share 0.345; 49.5% of the test predictions in one class"),
         verdict="failed"),
    Case("h362_dead_relu_gauges_gln_shift10", "the gated linear net of 2 layers of 32 on the "
         "gauges with its ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": GA, "model": _gln(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of both gated layers logged dead (healthy at most 12.5%), so "
                      "no gradient reaches any layer (norms 0, update ratios 0): the validation "
                      "loss 1.387 to 1.363 (the head's bias alone); accuracy 0.345, the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h362_dead_relu_gauges_gln_depth3_rmsprop_lr01", "the gated linear net of 3 ReLU "
         "layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _gln(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss 2090 at its second step, then about 1.33, so the blow-up "
                      "passed; first-quarter update ratios 0.24 to 0.38 (single steps up to 9.3); "
                      "gradients up to 424 in the first steps; 50% of the second layer's and 41% "
                      "of the third's units logged dead (healthy at most 12.5%, but not most of "
                      "the layer); the validation loss 1.435 to 1.384; accuracy 0.35 against a "
                      "majority share of 0.345, 98% of the test predictions in one class"),
         verdict=TP),
    Case("h362_update_ratio_high_bursts_mirnn_adagrad_lr2", "the multiplicative-integration RNN "
         "of 16 on the bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.26 to 0.69, single steps up to 14.6 "
                      "(healthy quarter means at most 0.054, single steps at most 0.39); 96% to "
                      "97% of the tanh states saturated (healthy at most 23%); gradient norms up "
                      "to 2.5e4 in the first epoch, a side effect of the steps; the validation "
                      "loss 1.72 to 1.33; accuracy 0.2687 (test), the majority share 0.2687 "
                      "(validation 0.344); 53% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h362_update_ratio_low_tiles_s2mlp_sgd_lr1e9", "the S2-MLP on the tiles, plain SGD at "
         "LR 1e-9, batch 30, 4 epochs",
         {"data": TL, "model": _s2(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.393 at every epoch; update ratios at most 2.7e-11 "
                      "(healthy quarter means at least 1.3e-4); accuracy 0.2479 against a "
                      "majority share of 0.2542, 98.8% of the test predictions in one class"),
         verdict=TP),
    Case("h362_update_ratio_low_bursts_mirnn_rmsprop_lr1e10", "the multiplicative-integration "
         "RNN of 16 on the bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 1.396 at every epoch; update ratios at most 3.7e-9; "
                      "accuracy 0.2 (test; validation 0.2313), 0.069 below the majority share "
                      "0.2687; 48% of the test predictions in one class"), verdict=TP),
    Case("h362_vanishing_gauges_gln_depth12_sigmoid_std005", "the gated linear net of 12 sigmoid "
         "layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": GA, "model": {**_gln(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients 9.7e-17 to 2.2e-14 (healthy first-layer norms "
                      "at least 0.027), their update ratios 0; the validation loss 1.364 to 1.35 "
                      "(near the class prior's 1.35); accuracy 0.3625 against a majority share of "
                      "0.345; 59.5% of the test predictions in one class (below 60%)"),
         verdict=TP),
    Case("h362_saturated_bursts_mirnn_gain16_rmsprop", "the multiplicative-integration RNN of 16 "
         "on the bursts with a fixed gain of 16 before its tanh, plain RMSprop at LR 1e-4, batch "
         "28, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16, gain=16.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients",
                 "predictions_collapsed"),
         why_allowed=("84% of the tanh states saturated (healthy at most 23%); the recurrent "
                      "gradients 2.1 to 7060 (healthy at most 6.9), spiking through the steep "
                      "tanh; the validation loss 1.396 to 1.395 (ln 4); accuracy 0.2938 against a "
                      "majority share of 0.2687; 60% of the test predictions in one class"),
         verdict=TP),
    Case("h362_slow_start_gauges_gln_depth4_std010_momentum9", "the gated linear net of 4 ReLU "
         "layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR 0.02, "
         "batch 32, 24 epochs",
         {"data": GA, "model": {**_gln(width=32, depth=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 24, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("first-quarter gradient norms 0.016 to 0.034 (healthy first-layer norms "
                      "from 0.027, so not clearly smaller) and update ratios 2.3e-4 to 1.6e-3 "
                      "(healthy quarter means from 1.3e-4); a second, shorter plateau near 0.83 "
                      "(epochs 11 to 20); accuracy 0.835 against healthy 0.825 to 0.9025"),
         verdict=TP),
    Case("h362_unshuffled_gauges_gln_rmsprop", "the gauges sorted by label, never shuffled, "
         "the gated linear net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _gln(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.1% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 18.5%); the "
                      "validation loss 1.424 to 1.389, barely falling; accuracy 0.2575 (test; "
                      "validation 0.2375, training 0.26), far below the baseline 0.6475 and 0.088 "
                      "below the majority share 0.345; 45% of the test predictions in one class"),
         verdict=TP),
    Case("h362_mse_softmax_bursts_mirnn_adam", "the bursts trained with square error on the "
         "softmax, the multiplicative-integration RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8688 (test 0.9125; healthy 0.90 "
                      "and up); the validation loss lowest at the end, still falling 10% in the "
                      "last epoch"), verdict=TP),
    Case("h362_noisy_gauges_gln_b1_adam", "the gauges one row at a time (batch 1), the gated "
         "linear net of 32, Adam at LR 3e-3, 3 epochs",
         {"data": GA, "model": _gln(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("gradient norms up to 21 on single rows (healthy at most 6.9); the "
                      "position share of 100% comes from 1200 positions over the 2 epochs of "
                      "the second half, not from an order (shuffled); the validation loss 0.618 "
                      "to 0.447, falling 13% in the last epoch; accuracy 0.86"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h362_overfit_gauges_subset40_gln_adamw", "40 rows of the gauges, the gated linear net "
         "of 128, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _gln(width=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4675 (training 1.0; the healthy runs "
                      "0.825 and up; the baseline on 40 rows 0.4375); the validation loss lowest "
                      "at epoch 1 of 150 (1.342), 2.64 times it at the end"), verdict=GP),
    Case("h362_gap_tiles_subset30_s2mlp_adam", "30 images of the tiles, the S2-MLP of 32 "
         "channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TL, "subset": 30}, "model": _s2(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.7167 (training 1.0; the healthy S2-MLPs "
                      "0.8625 and up); the validation loss lowest mid-run (0.655), 2.1 times it "
                      "at the end; late gradients near 1e-3"), verdict=GP),
    Case("h362_underfit_bursts_mirnn_two_units_adam", "the bursts through a multiplicative-"
         "integration RNN of 2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("two units cannot tell four classes: accuracy 0.4437 (training 0.4521), "
                      "far below the baseline 0.7125; the validation loss 0.4% above its "
                      "epoch-14 minimum; 60.6% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h362_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 and weight decay 1e-3 at LR 1e20, 2900 units, batch 24, 3 epochs",
         script=lightning_run(_m95("digits", hidden=(2900,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h362_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.92, 0.999) at LR 1e-10, 2901 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(2901,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7702 at every epoch; accuracy 0.5625 at its initial "
                      "weights, 0.0625 above the majority share 0.5"), verdict=TP),
    Case("h362_hf_trainer_wine_momentum95_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.95 and weight decay 1e-3 at LR 1e20 (decaying linearly), 2902 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m95("wine", hidden=(2902,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      f"majority share 0.3889"), verdict="failed"),
    Case("h362_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop (alpha 0.98) at LR 1e-10 (decaying linearly), 2903 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rp("iris", hidden=(2903,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.225 at every evaluation; accuracy 0 at its initial "
                      "weights, far below 1/3"), verdict=TP),
    Case("h362_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.92, 0.999) at LR 1e20, 2904 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(2904,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h362_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2905 units, "
         "RMSprop (alpha 0.98) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rp("digits", hidden=(2905,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0; healthy "
                      "digits 0.9694 and up); the validation loss lowest at its second epoch "
                      "(2.941), 1.41 times it at the end"), verdict=GP),
    Case("h362_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 and weight decay 1e-3 at LR 1e20, 2906 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_m95("breast_cancer", hidden=(2906,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.6316"), verdict="failed"),
    Case("h362_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2907 units, Adamax (betas 0.92, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(2907,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6, training 1.0); the "
                      "validation loss lowest early (1.166), 2.08 times it at the end"),
         verdict=GP),
    Case("h362_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.98) at LR 1e-3, 2908 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(2908,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 18.7 at step 2 and settles back to 0.12)"),
         verdict="failed", expect_step=15),
    Case("h362_plain_digits_momentum95_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.95 and weight decay 1e-3 at LR 1e-10, 2909 units, batch 25, 4 epochs",
         script=plain_run(_m95("digits", hidden=(2909,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=("underfitting",
                 "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.323 at every epoch; accuracy 0.1365 at its initial "
                      "weights, 0.036 above the majority share 0.1003"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy362_gauges_gln_adam_cosine",
       {"data": GA, "model": _gln(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy362_gauges_gln_tanh_adamw_step",
       {"data": GA, "model": _gln(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy362_gauges_gln_rmsprop_exponential",
       {"data": GA, "model": _gln(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy362_gauges_gln_momentum9_cosine",
       {"data": GA, "model": _gln(width=32),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy362_gauges_gln_adagrad_inverse_time",
       {"data": GA, "model": _gln(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy362_loads_gln_adam_cosine",
       {"data": LD, "model": _gln(width=48),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _h("healthy362_loads_gln_rmsprop_cosine",
       {"data": LD, "model": _gln(width=48),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 24}}),
    _h("healthy362_tiles_s2mlp_adam_cosine",
       {"data": TL, "model": _s2(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy362_tiles_s2mlp_relu_adamw_step",
       {"data": TL, "model": _s2(activation="relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy362_tiles_s2mlp_rmsprop_cosine",
       {"data": TL, "model": _s2(dim=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy362_tiles_s2mlp_momentum9_cosine",
       {"data": TL, "model": _s2(dim=20),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy362_bursts_mirnn_adam_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy362_bursts_mirnn_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy362_bursts_mirnn_rmsprop_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy362_bursts_mirnn_momentum9_cosine",
       {"data": BU, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy362_lightning_digits_adamax",
        lightning_run(_ax("digits", hidden=(2900,), lr=2e-3, epochs=9, batch_size=24)),
        "lightning"),
    _hs("healthy362_lightning_wine_momentum95",
        lightning_run(_m95("wine", hidden=(2901,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy362_lightning_moons_rmsprop",
        lightning_run(_rp("moons", hidden=(2902,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy362_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_ax("breast_cancer", hidden=(2903,), lr=5e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy362_hf_trainer_iris_momentum95",
        hf_trainer_run(_m95("iris", hidden=(2904,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy362_keras_circles_adamax",
        keras_run(_ax("circles", hidden=(2905,), lr=1e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy362_keras_wine_rmsprop",
        keras_run(_rp("wine", hidden=(2906,), lr=3e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy362_keras_breast_cancer_momentum95",
        keras_run(_m95("breast_cancer", hidden=(2907,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy362_tensorboard_iris_adamax",
        tensorboard_run(_ax("iris", hidden=(2908,), lr=2e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy362_tensorboard_digits_momentum95",
        tensorboard_run(_m95("digits", hidden=(2909,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy362_tensorboard_moons_rmsprop",
        tensorboard_run(_rp("moons", hidden=(2900,), lr=1e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy362_plain_sine_rmsprop",
        plain_run(_rp("sine", hidden=(2901,), lr=1e-4, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy362_plain_breast_cancer_adamax",
        plain_run(_ax("breast_cancer", hidden=(2902,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
