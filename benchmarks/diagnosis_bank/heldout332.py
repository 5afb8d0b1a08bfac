"""The three-hundred-thirty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout331` (not looked at), after the measurement of
:mod:`.heldout329` and :mod:`.heldout330`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`KronMLP` (hidden :class:`KronLinear` layers, each weight the
Kronecker product of a learnt 2x2 matrix and a learnt ``width/2`` by ``ceil(n_in/2)`` matrix,
then an activation given to the constructor: ReLU, tanh or GELU here; a linear head),
:class:`EcaCNN` (two blocks of a 3x3 convolution, a ReLU and efficient channel attention, a
sigmoid of a width-3 1D convolution over the average-pooled channel descriptor; a 2x2 max pool
between them, a global max pool, a dense ReLU layer whose pre-activations can start shifted, a
linear head) and :class:`ConvFrontRNN` (a learnt width-3 1D convolution over time feeding a
hand-written tanh cell stepped by hand; its last state to a linear head); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`events`, 1200 noisy series (noise 0.5) of 16 steps in 2 readings whose class is the count
(0 to 3) of reading 0's 2-step blips of random sign in windows of 4 steps, reading 1 holding
random distractors (4 classes; seed 3320; changed by the second helper, see below); :func:`glyphs`,
2400 10x10 images of a T, an L, a diagonal or an H at a random place in noise 0.4, 2% random
labels (4 classes; seed 3321); :func:`grid`, a tabular 4-class set of 8 readings (a sign product
and a band of two thresholds; 3% random labels, 1400 rows; seed 3322); :func:`yields`, a tabular
regression of 8 readings (1200 rows; seed 3323; times 300 plus 6000 with seed 3324 for the
divergence). Script cases use RAdam with betas (0.9, 0.98), SGD with Nesterov momentum 0.8 and
RMSprop with alpha 0.99 and eps 1e-6 on digits, wine, iris, breast cancer, moons, circles and the
sine; every script case holds a hidden width of 2590 to 2599. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine,
step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file
(faults and healthy runs in two SQLite stores, one per worker; the slow start, changed after the
first round, in a third) only to check that the fault is real, from the run's own metrics
(losses, validation loss and score, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``) and, for runner cases, the test confusion matrix, with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. No other seed was
checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2679
on the grid, 0.2521 on the glyphs, 0.2542 on the events. Baselines (validation): accuracy 0.5286
(grid), 0.4083 (glyphs), 0.2958 (events; 0.6625 on the first events); R2 0.6426 (yields).

Measured healthy ranges (runner; re-measured by the second helper on the current healthy
cases, each trained once at seed 0): single logged update ratios 2.9e-6 to 0.52 (the glyphs under
RMSprop); gradient norms at most 12.5 (the RNN under Adam), each run's largest first norm 0.04
(the CNN under Adam) to 1.6 (the yields under Adam); dead ReLU share at most 53% (the CNNs' dense
layer, the RMSprop CNN), at most 9% in the grid MLPs; saturated tanh states at most 24% (the grid's
tanh MLP), at most 22% in the RNNs. Healthy scores (validation): grid 0.7821-0.9321, glyphs
0.8021-0.85, events 0.7417-0.8042, yields R2 0.7926 and 0.8396. Every healthy runner run's
validation loss is lowest at its end but the grid under Adam (0.02% above its epoch-18 minimum),
the glyphs under RMSprop (0.24% above its epoch-18 minimum) and the yields under Adam (0.19%
above its epoch-16 minimum). The standard deviation of the step loss's step-to-step change over
the second half is at most 0.905 times its mean level in the healthy runner runs (the grid under
momentum); the batch-1 run's only 0.956. The within-epoch position share of the step loss was
not summarised.

Data changes before the cases were written (baselines first): the first events (order and a sign
of blips of 2 steps in 14) let a nearest neighbour reach 1.0 (the configurations repeated), a
product-of-signs version of 1-step blips left the RNN at 0.57 to 0.66; the final events use noise
0.8, where the kNN and linear baselines fall to 0.66 but the RNN too; the CNN's final global
average pool left it at 0.56 to 0.69, so a global max pool (0.84 to 0.87 with more channels and 20
epochs for Adam).

Changes after the first round: the slow start, first on the RNN with N(0, 0.15) (its first
gradient norms 0.21, like healthy runs; it ended at 0.48 below the baseline), is now the
Kronecker MLP whose factors start N(0, 0.15) (first norms 2.6e-3). Labels from the metrics: the
exploding run (54%), the update-ratio run (57%), the stuck RNN (67%) only allow
``predictions_collapsed``; the stuck RNN (validation 0.1333) and the saturated RNN (0.3083) only
allow ``at_chance``; the vanishing run's units all end dead (healthy grid runs at most 9%), so
``dead_relu`` is allowed beside it and the slow start's (66% on the way); the batch-1 run ends
still falling (32% in its last epoch) with the validation loss lowest at the end, so
``not_converged`` is expected and ``noisy_loss`` only allowed (its step loss swings 0.956
times its mean, the healthy grid run under momentum 0.905: no clear finding).

Not met after the first round (fixed below): the events' healthy RNNs scored 0.5042 to 0.7083
against a baseline of 0.6625, the glyphs under RMSprop 0.70, the Adam CNN ended 0.8% above its
epoch-11 minimum, the loop's sine under RMSprop 42% above its epoch-11 minimum, the yields runs
0.28% and 0.47% above their minima.

Changes after the second run (a later helper, each changed case trained once at seed 0 into
fresh SQLite stores, diagnosis off, no diagnosis seen): the events are redesigned, since no
healthy RNN of the part beat their baseline: the class is now the count (0 to 3) of reading 0's
2-step blips of random sign in windows of 4 steps, with as many as 3 random distractor blips in
reading 1, at noise 0.5 (a logistic regression and 5 neighbours reach 0.2958 on validation,
against 0.6625 before; tried first in a scratch script: blips of 1 to 3 steps over 24 steps left
the RNN at 0.47 to 0.50, a sign product of two blips at 0.35 to 0.47, counting at noise 0.7 at
0.49); every case on the events was retrained and relabelled. Healthy RNNs: Adam now 20 epochs
(25 ended 0.82% above its epoch-22 minimum): 0.8042, lowest at the end; AdamW unchanged: 0.7417,
lowest at the end; RMSprop now LR 5e-3 and 20 epochs (LR 2e-3, 15 epochs: 0.5333): 0.75, lowest
at the end; momentum 0.9 now LR 0.02 and 25 epochs (LR 0.03, 15 epochs: 0.5042; LR 0.03 and 0.05
over 25 epochs ended 35% and 19% above their minima): 0.7958, lowest at the end. The glyphs under
Adam now 12 epochs (20 ended 0.8% above its epoch-11 minimum): 0.8479, lowest at the end; under
RMSprop now 12 and 16 channels, a dense layer of 32, LR 3e-3, 20 epochs: 0.85 (was 0.70), 0.24%
above its epoch-18 minimum. The loop's sine under RMSprop now LR 5e-5 (LR 3e-4: 42% above its
epoch-11 minimum; LR 1e-4 3.6% above, 12 epochs 4.2%, batch 60 3.3%): R2 0.9248, lowest at the
end. The yields under Adam now 18 epochs: 0.19% above its epoch-16 minimum, R2 0.8396 (0.8484
before); under AdamW with GELU now 20 epochs: lowest at the end, R2 0.7926 (0.8351 before, 0.47%
above its minimum). Relabelled from the new metrics: the update-ratio run on the events (0.2833,
45% of the test predictions in one class) no longer allows ``predictions_collapsed``; the
update-ratio-low RNN (0.2375 against a majority share of 0.2542, 71% in one class) now expects
``at_chance`` and allows ``predictions_collapsed``; the saturated RNN (0.3083, 35% in one class)
no longer allows ``predictions_collapsed`` and only allows ``at_chance``; the one-unit RNN (0.3667,
0.11 above the majority share, 70% in one class) no longer allows ``at_chance``; the reasons of
every fault now quote the re-measured healthy ranges (the gradient norms, update ratios, dead and
saturated shares above). No fault setting was changed.

Not met: the grid under Adam, the glyphs under RMSprop and the yields under Adam end 0.02%,
0.24% and 0.19% above their validation minima (a fraction of a percent, not exactly at their
ends); the fault cases on the grid, glyphs and yields were not retrained (their data and settings
did not change; their reasons were only updated to the new healthy ranges); the changed healthy
cases were checked in stores of their own, not all retrained together into one fresh store. No
other seed was checked.

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


def events(n: int = 1200, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    steps fall in windows of 4, and reading 0 holds one 2-step blip of height 1.5 to 2.5 and
    random sign in each of ``class`` windows drawn at random (0 to 3 of them), reading 1 as many
    again drawn at random as distractors; the class is the count of reading 0's events (4
    classes; a sum or a template match cannot count blips of random sign at random places).
    Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for reading, count in ((0, int(label)), (1, int(rng.integers(0, 4)))):
            for window in rng.choice(steps // 4, count, replace=False):
                t = 4 * int(window) + int(rng.integers(0, 3))
                x[i, t:t + 2, reading] += rng.choice([-1.0, 1.0]) * rng.uniform(1.5, 2.5)
    return x.reshape(n, steps * 2).astype(np.float32), y


_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)


def glyphs(n: int = 2400, noise: float = 0.4, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a T, an L, a diagonal, an H), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_TEE, _ELL, _DIAG, _AITCH), n, 10, noise, flip, seed)


def grid(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is 2 times whether
    readings 0 and 1 share a sign (their product positive) plus whether reading 2 lies between
    -0.6 and 0.9 (a band, two thresholds); readings 3 to 7 are noise; a share ``flip`` of labels
    drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    band = (x[:, 2] > -0.6) & (x[:, 2] < 0.9)
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + band.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    rectified third, a cosine of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * x[:, 0] * x[:, 1] + 2.0 * np.maximum(x[:, 2], 0.0) + 1.5 * np.cos(1.5 * x[:, 3])
         + x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, type[nn.Module]] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                                     "gelu": nn.GELU}


class KronLinear(nn.Module):
    """A dense layer whose weight is the Kronecker product of two small learnt matrices,
    ``left`` (2 x 2) and ``weight`` (``n_out/2`` x ``ceil(n_in/2)``); the input is padded with
    zeros to an even width. The factors start N(0, ``init_std``) (None: 1/sqrt of their fan-in
    each, so the product keeps the usual 1/sqrt(fan-in) scale)."""

    def __init__(self, n_in: int, n_out: int, init_std: float | None = None) -> None:
        super().__init__()
        if n_out % 2:
            raise ValueError("KronLinear needs an even n_out")
        self.n_in, self.pad = n_in, (-n_in) % 2
        b_in = (n_in + self.pad) // 2
        self.left = nn.Parameter(torch.randn(2, 2) * (init_std or 1 / math.sqrt(2)))
        self.weight = nn.Parameter(torch.randn(n_out // 2, b_in)
                                   * (init_std or 1 / math.sqrt(b_in)))
        self.bias = nn.Parameter(torch.zeros(n_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.pad:
            x = nn.functional.pad(x, (0, self.pad))
        return nn.functional.linear(x, torch.kron(self.left, self.weight), self.bias)


class KronMLP(nn.Module):
    """An MLP of ``depth`` hidden :class:`KronLinear` layers of ``width`` units, each followed by
    ``activation`` (relu, tanh, sigmoid or gelu), then a linear head; ``init_std`` sets the
    Kronecker factors' start (None: scaled to the fan-in)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu",
                 init_std: float | None = None) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [KronLinear(n_in, width, init_std), _ACTS[activation]()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class ECA(nn.Module):
    """Efficient channel attention: the channels reweighted by a sigmoid of a 1D convolution
    (width 3, no bias) over the globally average-pooled channel descriptor."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv1d(1, 1, 3, padding=1, bias=False)
        self.gate = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        d = x.mean(dim=(2, 3)).unsqueeze(1)  # (batch, 1, channels)
        w = self.gate(self.conv(d)).squeeze(1)
        return x * w[:, :, None, None]


class EcaCNN(nn.Module):
    """An efficient-channel-attention CNN: two blocks of a 3x3 convolution, a ReLU and an
    :class:`ECA` reweighting, a 2x2 max pool between them, a global max pool, a dense ReLU
    layer (whose pre-activations start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.relu1 = nn.ReLU()
        self.eca1 = ECA()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.relu2 = nn.ReLU()
        self.eca2 = ECA()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.eca1(self.relu1(self.conv1(x))))
        h = self.eca2(self.relu2(self.conv2(h))).amax(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class ConvFrontRNN(nn.Module):
    """A conv-front recurrent net: a learnt 1D convolution of width 3 over time (``conv``
    channels from ``features`` readings a step) feeds a hand-written tanh cell
    (``tanh(Wx x_t + Wh h)``) stepped by hand over the flattened sequence; its last state goes
    to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 conv: int = 8, hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.front = nn.Conv1d(features, conv, 3, padding=1)
        self.wx = nn.Linear(conv, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features).transpose(1, 2)
        u = self.front(seq).transpose(1, 2)  # (batch, steps, conv)
        h = u.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h = self.squash(self.wx(u[:, t]) + self.wh(h))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout332"
EV = _factory(f"{HERE}:events", seed=3320)
GL = _factory(f"{HERE}:glyphs", seed=3321)
GR = _factory(f"{HERE}:grid", seed=3322)
YD = _factory(f"{HERE}:yields", seed=3323)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3324)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:KronMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:EcaCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ConvFrontRNN", "args": args}


def _rad(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with betas (0.9, 0.98)."""
    return _s(data, optim="radam", optim_args={"betas": (0.9, 0.98)}, **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.99 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.99, "eps": 1e-6}, **kw)


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
    Case("h332_divergence_yields_raw_kronmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the Kronecker MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss overflowing to NaN in epoch 1, gradient norms up "
                       "to 7.3e12 and update ratios up to 1.9e9 before it"), verdict="failed"),
    Case("h332_exploding_grid_kronmlp_d6_std1", "the Kronecker MLP of 6 layers of 24 whose "
         "factors start N(0, 1) on the grid, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GR, "model": _mlp(width=24, depth=6, init_std=1.0),
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=('the epoch loss 45.85 at every epoch; every gradient norm 18 to 582, the '
                      'first up to 250 (healthy at most 12.5, first norms at most 1.6); '
                      'quarter-mean update ratios at most 8.6e-8, a side effect of the LR; '
                      'accuracy 0.2071 against a majority share of 0.2679; 54% of the test '
                      'predictions in one class'), verdict="failed"),
    Case("h332_dead_relu_glyphs_ecacnn_dense_shift10", "the ECA CNN on the glyphs with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": GL, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=('every dense unit logged dead (healthy CNNs up to 53%), so no gradient '
                      'reaches any layer (norms 0): the epoch loss 1.387 (ln 4) throughout; '
                      'accuracy 0.2479 at the majority share, every test prediction in one class'),
         verdict=TP),
    Case("h332_dead_relu_glyphs_ecacnn_rmsprop_lr01", "the ECA CNN on the glyphs, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence", "saturated_activation"),
         why_allowed=('the epoch loss 5.98 in epoch 1, then near ln 4 (1.393), so the blow-up '
                      'passed; gradient norms up to 466 and single update ratios up to 14 (healthy'
                      ' at most 0.52); every dense unit and every attention gate logged dead or '
                      'saturated; accuracy 0.25 at the majority share, every test prediction in '
                      'one class'), verdict=TP),
    Case("h332_update_ratio_high_events_convrnn_adagrad_lr2", "the conv-front RNN of 16 on "
         "the events, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": EV, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "overfitting"),
         why_allowed=('single update ratios up to 14 (healthy at most 0.52); 99% of the tanh '
                      'states saturated (healthy at most 24%); the epoch loss 6.25 to 1.55, the '
                      'validation loss 7.4% above its epoch-3 minimum; accuracy 0.2833 (training '
                      '0.3167) against a majority share of 0.2542; 45% of the test predictions '
                      'in one class'), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h332_update_ratio_low_glyphs_ecacnn_sgd_lr1e9", "the ECA CNN on the glyphs, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=('the epoch loss 1.389 at every epoch; update ratios at most 3.1e-12 (healthy'
                      ' at least 2.9e-6); accuracy 0.2479 at the majority share 0.252; 99.6% of '
                      'the test predictions in one class'), verdict=TP),
    Case("h332_update_ratio_low_events_convrnn_rmsprop_lr1e10", "the conv-front RNN of 16 on "
         "the events, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": EV, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=('the epoch loss 1.398 at every epoch; update ratios at most 3.9e-9 (healthy '
                      'at least 2.9e-6); validation accuracy 0.2375 (test 0.2625) against a '
                      'majority share of 0.2542; 71% of the test predictions in one class'),
         verdict=TP),
    Case("h332_vanishing_grid_kronmlp_d12_std02_momentum9", "the Kronecker MLP of 12 layers of "
         "16 whose factors start N(0, 0.2) on the grid, SGD with momentum 0.9 at LR 0.05, batch "
         "32, 4 epochs",
         {"data": GR, "model": _mlp(width=16, depth=12, init_std=0.2),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=('first gradient norms 1e-14, at most 0.029 later (healthy first norms at '
                      'least 0.04); the epoch loss 1.391 to 1.388 (ln 4); accuracy 0.2679 at the '
                      'majority share, every test prediction in one class'), verdict=TP),
    Case("h332_saturated_events_convrnn_std3_rmsprop", "the conv-front RNN of 16 with N(0, 3) "
         "init on the events, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": EV, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=('96% of the tanh states saturated (healthy at most 24%); the epoch loss '
                      '12.17 to 11.97, far above ln 4; gradient norms up to 145 (healthy at most '
                      '12.5); validation accuracy 0.3083 (test 0.2208, training 0.25) against a '
                      'majority share of 0.2542, so at chance is only allowed; 35% of the test '
                      'predictions in one class'), verdict=TP),
    Case("h332_slow_start_grid_kronmlp_std015_momentum9", "the Kronecker MLP of 32 whose "
         "factors start N(0, 0.15) on the grid, SGD with momentum 0.9 at LR 0.05 (cosine), batch "
         "25, 20 epochs",
         {"data": GR, "model": _mlp(width=32, init_std=0.15),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 25}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged", "dead_relu"),
         why_allowed=('first gradient norms at most 2.6e-3 (healthy first norms at least 0.04); '
                      'the epoch loss 1.389 and 1.388 in the first two epochs, 0.787 at the end '
                      '(2% below the epoch before) with the validation loss lowest at the end; '
                      'accuracy 0.7071 against healthy 0.78 and up; up to 66% of the units dead on'
                      ' the way (healthy grid runs at most 9%)'), verdict=TP),
    Case("h332_unshuffled_grid_kronmlp_rmsprop", "the grid sorted by label, never shuffled, "
         "the Kronecker MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GR, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=('sorted rows; the epoch loss 1.429 to 1.395; accuracy 0.3107 (test 0.2821) '
                      'against a majority share of 0.2679; 56% of the test predictions in one '
                      'class'), verdict=TP),
    Case("h332_mse_softmax_events_convrnn_adam", "the events trained with square error on the "
         "softmax, the conv-front RNN of 24, Adam at LR 5e-3, batch 20, 15 epochs",
         {"data": EV, "model": _rnn(conv=12, hidden=24),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 20}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7583 like the healthy runs' 0.7417 "
                      "to 0.8042; the validation loss lowest at the end"), verdict=TP),
    Case("h332_noisy_grid_kronmlp_b1_adam", "the grid one row at a time (batch 1), the Kronecker "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GR, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "underfitting", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the epoch loss falls 32% in the last epoch (1.27 to 0.867), the validation "
                      "loss lowest at the end: accuracy 0.725 (healthy 0.78 and up); the step "
                      "loss swings 0.956 times its mean over the second half (healthy runner "
                      "runs up to 0.905), so noise is no clear finding"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h332_overfit_grid_subset40_kronmlp_adamw", "40 rows of the grid, the Kronecker MLP of "
         "160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GR, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=('40 rows teach less: accuracy 0.4929 (training 1.0; the healthy runs 0.78 '
                      'and up); the validation loss lowest at epoch 1 of 150, 4.7 times it at the '
                      'end'), verdict=GP),
    Case("h332_gap_glyphs_subset30_ecacnn_adam", "30 images of the glyphs, the ECA CNN with "
         "16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=('30 images teach less: accuracy 0.4125 (training 1.0; the healthy CNNs 0.80 '
                      'and up); the validation loss lowest at epoch 12 of 100, 1.67 times it at '
                      'the end; up to 56% of the dense units logged dead (healthy up to 53%)'),
         verdict=GP),
    Case("h332_underfit_events_convrnn_one_unit_adam", "the events through a conv-front RNN of "
         "1 convolution channel and 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": EV, "model": _rnn(conv=1, hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed"),
         why_allowed=('one unit cannot count four classes: accuracy 0.3667 (training 0.3833; the '
                      'healthy RNNs 0.7417 and up, the baseline 0.2958), the validation loss '
                      'lowest at the end; 70% of the test predictions in one class'), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h332_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.8 at LR 1e20, 2590 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2590,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h332_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam (betas 0.9 and 0.98) at LR 1e-10, 2591 units, batch 20, 3 epochs",
         script=lightning_run(_rad("circles", hidden=(2591,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=('the epoch loss 0.7327 at every epoch; accuracy 0.5469 at its initial '
                      'weights, 0.047 above the majority share 0.5'), verdict=TP),
    Case("h332_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "Nesterov momentum 0.8 at LR 1e20 (decaying linearly), 2592 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_nes("wine", hidden=(2592,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, about the "
                      "majority share"),
         verdict="failed"),
    Case("h332_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(betas 0.9 and 0.98) at LR 1e-10 (decaying linearly), 2593 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rad("iris", hidden=(2593,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=('the evaluation loss 1.195 at every evaluation; accuracy 0.3 at its initial '
                      'weights, 0.033 below 1/3'), verdict=TP),
    Case("h332_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (alpha 0.99, eps 1e-6) at LR 1e20, 2594 units, batch 20, 3 epochs",
         script=keras_run(_rms("moons", hidden=(2594,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h332_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2595 "
         "units, RMSprop (alpha 0.99, eps 1e-6) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(2595,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=('16 rows teach less (validation accuracy 0.5515, training 1.0); the '
                      'validation loss lowest at epoch 2 of 120, 1.19 times it at the end'),
         verdict=GP),
    Case("h332_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.8 at LR 1e20, 2596 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2596,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every loss NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h332_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2597 units, RAdam (betas 0.9 and 0.98) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_rad("circles", hidden=(2597,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=('8 rows teach less (validation accuracy 0.5769, training 1.0); the '
                      'validation loss lowest at epoch 2 of 150, 7.4 times it at the end'),
         verdict=GP),
    Case("h332_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.99, eps 1e-6) at LR 1e-3, 2598 units, batch "
         "20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2598,), lr=1e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h332_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.8 at LR 1e-10, 2599 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2599,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=('the validation loss 2.39 at every epoch; accuracy 0.0696, 0.03 below the '
                      'majority share'), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy332_grid_kronmlp_adam_cosine",
       {"data": GR, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy332_grid_kronmlp_adamw_step",
       {"data": GR, "model": _mlp(width=40),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 6, "gamma": 0.4},
        "train": {"epochs": 18, "batch_size": 26}}),
    _h("healthy332_grid_kronmlp_tanh_rmsprop_exponential",
       {"data": GR, "model": _mlp(width=36, activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy332_grid_kronmlp_momentum9_cosine",
       {"data": GR, "model": _mlp(width=32),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy332_grid_kronmlp_d3_adagrad_inverse_time",
       {"data": GR, "model": _mlp(width=32, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy332_yields_kronmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=40),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy332_yields_kronmlp_gelu_adamw_cosine",
       {"data": YD, "model": _mlp(width=32, depth=3, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy332_glyphs_ecacnn_adam_cosine",
       {"data": GL, "model": _cnn(channels=[16, 24]),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy332_glyphs_ecacnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy332_glyphs_ecacnn_rmsprop_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16], dense=32),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy332_glyphs_ecacnn_momentum9_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy332_events_convrnn_adam_cosine",
       {"data": EV, "model": _rnn(conv=12, hidden=24),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy332_events_convrnn_adamw_exponential",
       {"data": EV, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 8e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy332_events_convrnn_rmsprop_cosine",
       {"data": EV, "model": _rnn(hidden=18),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy332_events_convrnn_momentum9_cosine",
       {"data": EV, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy332_lightning_digits_radam",
        lightning_run(_rad("digits", hidden=(2590,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy332_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2591,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy332_lightning_moons_rmsprop",
        lightning_run(_rms("moons", hidden=(2592,), lr=1e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy332_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_rad("breast_cancer", hidden=(2593,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy332_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2594,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy332_keras_circles_radam",
        keras_run(_rad("circles", hidden=(2595,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy332_keras_wine_rmsprop",
        keras_run(_rms("wine", hidden=(2596,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy332_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2597,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy332_tensorboard_iris_radam",
        tensorboard_run(_rad("iris", hidden=(2598,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy332_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2599,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy332_tensorboard_moons_rmsprop",
        tensorboard_run(_rms("moons", hidden=(2590,), lr=1e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy332_plain_sine_rmsprop",
        plain_run(_rms("sine", hidden=(2594,), lr=5e-5, epochs=16, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy332_plain_breast_cancer_radam",
        plain_run(_rad("breast_cancer", hidden=(2596,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
