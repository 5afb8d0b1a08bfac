"""The three-hundred-forty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled by someone who saw no diagnosis of its runs, built as :mod:`.heldout333`
was: every runner case trains a model of this module through ``model.factory``:
:class:`PiSigmaMLP` (Pi-Sigma blocks: each block the unit-by-unit product of a few linear sums
of its input, shifted by a constant given to the constructor, then an activation given to the
constructor; blocks stacked, a linear head), :class:`SincCNN` (a SincNet-style first convolution,
:class:`SincConv2d`, whose kernels are the outer products of 1-D band-pass filters with learnt
low and high cut-offs (a separable sinc under a Hamming window), then ordinary 3x3
convolutions, 2x2 max pooling, a global average pool) and :class:`LeakyRNN` (a hand-written
leaky-integrator RNN: each unit with a learnt time constant mixing its old state with a tanh of
the input and state, stepped by hand, the mean of its states read out); no case fell back to the
runner's built-in models. Every data set is this module's own ``data.factory``: :func:`waves`,
800 noisy series of 16 steps in 2 readings, the first a sine of random phase, slow or fast, the
second holding a 3-step pulse of 1.8 up or down at random or none (4 classes; seed 3450);
:func:`glyphs`, 2000 10x10 images of a plus, a ring, a cross or two bars at a random place in
noise 0.35, 2% random labels (4 classes; seed 3451); :func:`gauges`, a tabular 4-class set of 8
readings (whether two readings share a sign, and a linear threshold of two more, 3% random
labels, 1400 rows; seed 3452); :func:`loads`, a tabular regression of 8 readings (a sine, a
product, an absolute value and a linear term; 1200 rows; seed 3453; times 250 plus 5000 with seed
3454 for the divergence). Script cases use AdamW with betas (0.85, 0.95) and weight decay 0.1,
RMSprop with alpha 0.8 and SGD with momentum 0.9 and dampening 0.5 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2730 to 2739.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite, one per round and worker) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test predictions per class,
with ``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was
made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2786 on the gauges, 0.255 on the glyphs, 0.275 on the waves. Baselines (validation): accuracy
0.6143 (gauges), 0.5425 (glyphs), 0.675 (waves); R2 0.6472 (loads), 0.646 (the raw loads).

Measured healthy ranges (runner): update-ratio quarter means 9.1e-5 to 0.042 (single steps up to
0.41, the CNN under RMSprop); the ``update_ratio_high`` run's first-quarter means 0.24 to
0.53 (single steps up to 14); the ``update_ratio_low`` runs at most 7.9e-12 and 3.3e-9. Dead
fractions none in the healthy Pi-Sigma MLPs and at most 25% in the healthy CNNs' last
convolution; the shifted Pi-Sigma's 100%. Saturated tanh states at most 19.5% in the healthy RNNs
(10% in the tanh Pi-Sigma); the gain-8 RNN's 76%, the Adagrad RNN's 87% to 91%. Gradient norms
at most 5.4 (single norms down to 0.0019, the Pi-Sigma MLPs' 0.04 and up); the exploding
run's 245 to 1.2e5, the vanishing run's first eight blocks exactly 0. The step loss's position
explains at most 18.8% of its within-epoch variance in the healthy runner runs; the unshuffled
run 100%. The step-loss swing
(standard deviation of its step-to-step change over its mean, second half) is 0.24 to 0.88 in
the healthy runner runs, 0.83 in the batch-1 run, so ``noisy_loss`` is only allowed there and its
state (still falling) is ``not_converged``. Healthy scores (validation): gauges 0.85-0.9321,
glyphs 0.78-0.875, waves 0.925-0.95, loads R2 0.7225 and 0.7513.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
exploding run (5 blocks, N(0, 1) init) was NaN at its second step, so it has 3 blocks and N(0,
0.5) init; the Pi-Sigma of 2 blocks under RMSprop at LR 0.1 killed no unit (0% dead) but blew up
and never came back (the validation loss 1103 to 287), so it is labelled a blow-up
(``divergence``, ``underfitting``; failed) instead of the dead-unit case it was meant to be; the
slow start (3 blocks, N(0, 0.15) init, LR 0.02) never left ln 4 in 15 epochs and three stronger
tries blew up, so it has 2 blocks, N(0, 0.12) init, LR 0.1 with a cosine schedule and 20 epochs;
the CNN under RMSprop with a cosine schedule (0.68) and under Adagrad (0.565, 44% of the last
layer dead) were more than 0.1 below the best CNN: they became RMSprop with a step schedule over
15 epochs (0.78) and SGD with momentum 0.9 (0.875) (a second Adagrad try reached only 0.76 and
ended 0.8% above its minimum); the RNN under RMSprop (0.7125; tries at other LRs 0.8375 and
0.8313) was replaced by AdamW with a cosine schedule (0.925), and the RNN under Adam (24 units,
0.55% above its minimum) now has 28 units, LR 8e-3 and batch 20 (0.925, lowest at its end); the
scripts that ended above their minimum were cut at it (Lightning's digits 8 epochs and moons 12,
TensorBoard's iris 14 and moons 12, the loop's breast cancer 9) and the loop's sine under
RMSprop at LR 1e-3 swung (R2 0.17 to 0.78), so it now trains at LR 1e-4 (R2 0.92, lowest
validation loss at its end).

Not met: the CNN under Adam ends 0.2% above its epoch-11 minimum (the others at or within 0.1% of
their minimum); the CNN under RMSprop (0.78) is 0.095 below the best CNN (0.875), close to the
0.1 limit; the changed cases were checked in stores beside the first, and the measured ranges
above mix the rounds. The slow start is flat near ln 4 for 6 of 20 epochs (validation loss 1.379
to 1.389), less than a third of the run, with a bump at epoch 13 (1.508) before it ends at
0.3718; its first gradient norms (0.002 to 0.01) are well below the healthy Pi-Sigma MLPs' (0.04
and up) but are only allowed (``vanishing_gradients``), as it learns. No runner case of this part
kills ReLU units by itself: ``dead_relu`` is expected only of the shifted Pi-Sigma.

Labels from the metrics: the test predictions fall in one class in the shifted Pi-Sigma (100%)
and the vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in the
stuck CNN (87.7%), the stuck RNN (84%), the Adagrad RNN (82.5%), the unshuffled run (65%) and the
two-unit RNN (65%); the exploding run, the shifted Pi-Sigma, the Adagrad RNN, the stuck CNN, the
vanishing run and the unshuffled run score within 0.05 of the majority share (``at_chance``
expected); the stuck RNN scores 0.14 below it and the saturated RNN 0.075 above it (allowed).
The square-error RNN still improves at its end (``not_converged`` expected). The overfit runs end
1.56 to 6.14 times their early validation minima. The loop's stuck digits score 0.07, HF's stuck
iris 0.

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


def waves(n: int = 800, steps: int = 16, noise: float = 0.4, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading is a sine of random phase, slow (period 12 steps) or fast (period 3 steps), the
    second holds a 3-step pulse of 1.8 (up or down at random) at a random time or none; the class
    is fast times 2 plus pulse (4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    t = np.arange(steps)
    for i, label in enumerate(y):
        period = 3.0 if label // 2 else 12.0
        x[i, :, 0] += np.sin(2 * np.pi * t / period + rng.uniform(0, 2 * np.pi))
        if label % 2:
            s = int(rng.integers(0, steps - 2))
            x[i, s:s + 3, 1] += 1.8 * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_BARS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)


def glyphs(n: int = 2000, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a plus, a ring, a cross, two bars), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _RING, _CROSS, _BARS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a product
    of two more, an absolute value of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.5 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * np.abs(x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class PiSigmaBlock(nn.Module):
    """A Pi-Sigma block: ``sums`` linear sums of the input (each to ``width`` units), multiplied
    together unit by unit, shifted by ``shift``, then ``activation``."""

    def __init__(self, n_in: int, width: int, sums: int, activation: str,
                 shift: float = 0.0) -> None:
        super().__init__()
        self.sums = nn.ModuleList(nn.Linear(n_in, width) for _ in range(sums))
        self.act = _ACTS[activation]()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        prod = self.sums[0](x)
        for s in self.sums[1:]:
            prod = prod * s(x)
        return self.act(prod + self.shift)


class PiSigmaMLP(nn.Module):
    """A Pi-Sigma MLP: ``depth`` :class:`PiSigmaBlock` layers of ``width`` (``sums`` linear sums
    each, ``activation`` after the product, pre-activations shifted by ``shift``) stacked, a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 sums: int = 2, activation: str = "relu", depth: int = 1,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        blocks: list[nn.Module] = []
        for _ in range(depth):
            blocks.append(PiSigmaBlock(n_in, width, sums, activation, shift))
            n_in = width
        self.blocks = nn.Sequential(*blocks)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(x.flatten(1)))


class SincConv2d(nn.Module):
    """A SincNet-style first convolution: each of ``channels`` kernels is the outer product of a
    1-D band-pass filter with itself (a separable sinc: the difference of two low-pass sincs at a
    learnt low cut-off and a learnt low-plus-band high cut-off, in cycles a pixel, under a Hamming
    window, scaled to a peak of 1), times a learnt gain, plus a bias."""

    def __init__(self, channels: int, kernel: int = 5) -> None:
        super().__init__()
        self.kernel = kernel
        self.low = nn.Parameter(torch.linspace(0.02, 0.3, channels))
        self.band = nn.Parameter(torch.full((channels,), 0.15))
        self.gain = nn.Parameter(torch.ones(channels))
        self.bias = nn.Parameter(torch.zeros(channels))
        t = torch.arange(kernel, dtype=torch.float32) - (kernel - 1) / 2
        self.register_buffer("t", t)
        self.register_buffer("window", torch.hamming_window(kernel, periodic=False))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        low = self.low.abs()
        high = (low + self.band.abs()).clamp(max=0.5)
        t = self.t[None, :]
        h = (2 * high[:, None] * torch.sinc(2 * high[:, None] * t)
             - 2 * low[:, None] * torch.sinc(2 * low[:, None] * t)) * self.window
        h = h / (h.abs().amax(dim=1, keepdim=True) + 1e-6)
        k = h[:, :, None] * h[:, None, :] * self.gain[:, None, None]
        return nn.functional.conv2d(x, k[:, None], self.bias, padding=self.kernel // 2)


class SincCNN(nn.Module):
    """A SincNet-style CNN: a :class:`SincConv2d` of ``channels[0]`` band-pass kernels, then a
    3x3 convolution to ``channels[1]``, 2x2 max pooling, another 3x3 convolution, ``activation``
    after each, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] | list[int] = (8, 16), kernel: int = 5,
                 activation: str = "relu") -> None:
        super().__init__()
        c0, c1 = channels
        act = _ACTS[activation]
        self.body = nn.Sequential(
            SincConv2d(c0, kernel), act(),
            nn.Conv2d(c0, c1, 3, padding=1), act(), nn.MaxPool2d(2),
            nn.Conv2d(c1, c1, 3, padding=1), act())
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x).mean(dim=(2, 3)))


class LeakyRNN(nn.Module):
    """A hand-written leaky-integrator RNN: each unit holds a learnt time constant (its mixing
    rate ``a = sigmoid(r)``, starting near ``rate``) and steps ``h = (1 - a) h + a tanh(gain (W_x
    x_t + W_h h + b))``, stepped by hand over the flattened sequence of ``features`` readings a
    step; the mean of the states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, rate: float = 0.5, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gain = features, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        logit = float(np.log(rate / (1.0 - rate)))
        self.rate = nn.Parameter(torch.full((hidden,), logit))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        a = torch.sigmoid(self.rate)
        for t in range(self.steps):
            h = (1 - a) * h + a * self.squash(self.gain * (self.wx(seq[:, t]) + self.wh(h)))
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout345"
WV = _factory(f"{HERE}:waves", seed=3450)
GL = _factory(f"{HERE}:glyphs", seed=3451)
GA = _factory(f"{HERE}:gauges", seed=3452)
LD = _factory(f"{HERE}:loads", seed=3453)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3454)


def _ps(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PiSigmaMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SincCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LeakyRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.95) and weight decay 0.1."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.95), "weight_decay": 0.1},
              **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.8."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.8}, **kw)


def _md(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and dampening 0.5."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "dampening": 0.5}, **kw)


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
    Case("h345_divergence_loads_raw_pisigma_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the Pi-Sigma MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _ps(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 1.6e36 at the "
                      f"third and Inf at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h345_exploding_gauges_pisigma_depth3_std05", "the Pi-Sigma MLP of 3 ReLU blocks of 24 "
         "and N(0, 0.5) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_ps(width=24, depth=3), "init": "normal", "init_std": 0.5},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2340 at every epoch (step losses 281 to 5.7e4); "
                      "gradient norms 245 to 1.2e5 (healthy at most 5.4); update ratios at most "
                      "1.7e-6, a side effect of the LR; accuracy 0.275 against a majority share "
                      "of 0.2786; 57% of the test predictions in one class"), verdict="failed"),
    Case("h345_dead_relu_gauges_pisigma_shift10", "the Pi-Sigma MLP of 32 on the gauges with its "
         "ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch 25, 4 "
         "epochs",
         {"data": GA, "model": _ps(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit logged dead (healthy Pi-Sigma MLPs none, the CNNs' layers at "
                      "most 25%), so no gradient reaches any layer (norms 0): the validation loss "
                      "1.394 to 1.384 (ln 4); accuracy 0.275 against a majority share of 0.2786, "
                      "every test prediction in one class"), verdict=TP),
    Case("h345_blowup_gauges_pisigma_depth2_rmsprop_lr01", "the Pi-Sigma MLP of 2 ReLU "
         "blocks of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _ps(width=32, depth=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "underfitting"),
         allow=("exploding_gradients", "update_ratio_high", "not_training", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=(f"{BLOWUP}: the step loss 1.41 at the first step, 7.4e5 at the third and "
                      f"still 98 to 186 at the end (the validation loss 1103 to 287, far above "
                      f"ln 4); first-quarter update ratios 0.34 to 0.56 and gradient norms up to "
                      f"2.9e5; no unit logged dead; accuracy 0.4036 against the baseline 0.6143 "
                      f"(healthy 0.85 and up), the validation loss still falling at the end"),
         verdict="failed"),
    Case("h345_update_ratio_high_waves_leakyrnn_adagrad_lr2", "the leaky-integrator RNN of 16 "
         "on the waves, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.24 to 0.53, single steps up to 14 "
                      "(healthy quarter means at most 0.042); 87% to 91% of the tanh states "
                      "saturated (healthy at most 19.5%); the validation loss 2.97 to 1.43, above "
                      "ln 4; accuracy 0.2875 against a majority share of 0.275; 82.5% of the "
                      "test predictions in one class (below 90%)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h345_update_ratio_low_glyphs_sinccnn_sgd_lr1e9", "the SincNet-style CNN on the "
         "glyphs, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.388 at every epoch; update ratios at most 7.9e-12 "
                      "(healthy quarter means at least 9.1e-5); accuracy 0.275 against a majority "
                      "share of 0.255; 87.7% of the test predictions in one class (below 90%)"),
         verdict=TP),
    Case("h345_update_ratio_low_waves_leakyrnn_rmsprop_lr1e10", "the leaky-integrator RNN of 16 "
         "on the waves, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1.398 at every epoch; update ratios at most 3.3e-9; "
                      "accuracy 0.1375, 0.14 below the majority share 0.275; 84% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h345_vanishing_gauges_pisigma_depth12_sigmoid_std005", "the Pi-Sigma MLP of 12 "
         "sigmoid blocks of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_ps(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first eight blocks' gradients exactly 0 and their update ratios 0 "
                      "(healthy single norms 0.0019 and up); the validation loss 1.396 to "
                      "1.382 (ln 4); accuracy 0.275 against a majority share of 0.2786, every "
                      "test prediction in one class"), verdict=TP),
    Case("h345_saturated_waves_leakyrnn_gain8_rmsprop", "the leaky-integrator RNN of 16 on the "
         "waves with its tanh fed 8 times its pre-activation, plain RMSprop at LR 1e-4, batch 28, "
         "4 epochs",
         {"data": WV, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("76% of the tanh states saturated (healthy at most 19.5%); the validation "
                      "loss 1.386 to 1.362 (ln 4); accuracy 0.35, 0.075 above the majority share "
                      "0.275; 46% of the test predictions in one class"), verdict=TP),
    Case("h345_slow_start_gauges_pisigma_depth2_std012_momentum9", "the Pi-Sigma MLP of 2 ReLU "
         "blocks of 32 and N(0, 0.12) init on the gauges, SGD with momentum 0.9 at LR 0.1 "
         "(cosine), batch 32, 20 epochs",
         {"data": GA, "model": {**_ps(width=32, depth=2), "init": "normal", "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged",
                "exploding_gradients"),
         why_allowed=("the validation loss 1.379 to 1.389 over the first 6 epochs (the epoch "
                      "loss 1.388 to 1.362), then 0.3718 at the end (0.08% above its epoch-19 "
                      "minimum), accuracy 0.9071 (healthy gauges 0.85 to 0.9321); first "
                      "gradient norms 0.002 to 0.01 (healthy Pi-Sigma norms 0.04 and up) "
                      "and spikes up to 7.9 during the fall (healthy at most 5.4), so neither is "
                      "clear; the validation loss jumps to 1.508 at epoch 13 and falls back"),
         verdict=TP),
    Case("h345_unshuffled_gauges_pisigma_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Pi-Sigma MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _ps(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 18.8%); the "
                      "validation loss 1.394 to 1.384; accuracy 0.2786, the majority share; 65% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h345_mse_softmax_waves_leakyrnn_adam", "the waves trained with square error on the "
         "softmax, the leaky-integrator RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; the validation loss still falling 16% in "
                      "the last epoch and the accuracy still rising (0.8313; healthy 0.85 and "
                      "up, the best 0.95)"), verdict=TP),
    Case("h345_noisy_gauges_pisigma_b1_adam", "the gauges one row at a time (batch 1), the "
         "Pi-Sigma MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _ps(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.83 times its mean over the second half "
                      "(healthy runner runs 0.24 to 0.88, the tanh Pi-Sigma under momentum), so "
                      "noise is no clear finding; the validation loss 1.07 to 0.637, lowest at "
                      "the end (falling 40% in the last epoch); accuracy 0.8107 (healthy gauges "
                      "0.85 to 0.9321)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h345_overfit_gauges_subset40_pisigma_adamw", "40 rows of the gauges, the Pi-Sigma MLP "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _ps(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4571 (training 1.0; the healthy runs 0.85 "
                      "and up); the validation loss lowest at epoch 6 of 150 (1.22), 3.42 times "
                      "it at the end"), verdict=GP),
    Case("h345_gap_glyphs_subset30_sinccnn_adam", "30 images of the glyphs, the SincNet-style "
         "CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5725 (training 1.0; the healthy CNNs "
                      "0.78 and up); the validation loss lowest at epoch 19 of 100 (1.032), 1.90 "
                      "times it at the end"), verdict=GP),
    Case("h345_underfit_waves_leakyrnn_two_units_adam", "the waves through a leaky-integrator "
         "RNN of 2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WV, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "not_training", "slow_start",
                "predictions_collapsed"),
         why_allowed=("two units cannot tell four classes: accuracy 0.40 (training 0.4417), far "
                      "below the baseline 0.675; the epoch loss 1.442 to 1.35, the validation "
                      "loss still falling 0.7% in the last epoch; 65% of the test predictions "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h345_lightning_digits_dampened_momentum_lr1e20_nan", "Lightning: digits, SGD with "
         "momentum 0.9 and dampening 0.5 at LR 1e20, 2730 units, batch 24, 3 epochs",
         script=lightning_run(_md("digits", hidden=(2730,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h345_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.85 and 0.95, weight decay 0.1) at LR 1e-10, 2731 units, batch 20, "
         "3 epochs",
         script=lightning_run(_aw("circles", hidden=(2731,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7462 at every epoch; accuracy 0.5312 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h345_hf_trainer_wine_dampened_momentum_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "SGD with momentum 0.9 and dampening 0.5 at LR 1e20 (decaying linearly), 2732 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_md("wine", hidden=(2732,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h345_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop"
         " (alpha 0.8) at LR 1e-10 (decaying linearly), 2733 units, batch 8, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rp("iris", hidden=(2733,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.207 at every evaluation; accuracy 0 at its initial "
                      "weights, far below 1/3"), verdict=TP),
    Case("h345_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85 and 0.95, weight decay 0.1) at LR 1e20, 2734 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(2734,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h345_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2735 units, "
         "RMSprop (alpha 0.8) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rp("digits", hidden=(2735,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0); the "
                      "validation loss lowest at its second epoch (2.199), 1.56 times it at the "
                      "end"), verdict=GP),
    Case("h345_tensorboard_breast_cancer_dampened_momentum_lr1e20_nan", "TensorBoard tags: "
         "breast cancer, SGD with momentum 0.9 and dampening 0.5 at LR 1e20, 2736 units, batch "
         "19, 3 epochs",
         script=tensorboard_run(_md("breast_cancer", hidden=(2736,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h345_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2737 units, AdamW (betas 0.85 and 0.95, weight decay 0.1) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2737,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150 (1.464), 6.14 times it at the end"),
         verdict=GP),
    Case("h345_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.8) at LR 1e-3, 2738 units, batch 20, a corrupt "
         "record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(2738,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (0.816)"),
         verdict="failed", expect_step=15),
    Case("h345_plain_digits_dampened_momentum_lr1e10_stuck", "hand-written loop: digits, SGD "
         "with momentum 0.9 and dampening 0.5 at LR 1e-10, 2739 units, batch 25, 4 epochs",
         script=plain_run(_md("digits", hidden=(2739,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.327 at every epoch; accuracy 0.0724 at its initial "
                      "weights, below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy345_gauges_pisigma_adam_cosine",
       {"data": GA, "model": _ps(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy345_gauges_pisigma_gelu_adamw_step",
       {"data": GA, "model": _ps(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy345_gauges_pisigma_rmsprop_exponential",
       {"data": GA, "model": _ps(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy345_gauges_pisigma_tanh_momentum9_cosine",
       {"data": GA, "model": _ps(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy345_gauges_pisigma_adagrad_inverse_time",
       {"data": GA, "model": _ps(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy345_loads_pisigma_adam_cosine",
       {"data": LD, "model": _ps(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy345_loads_pisigma_gelu_adamw_cosine",
       {"data": LD, "model": _ps(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy345_glyphs_sinccnn_adam_cosine",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy345_glyphs_sinccnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy345_glyphs_sinccnn_rmsprop_step",
       {"data": GL, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy345_glyphs_sinccnn_momentum9_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy345_waves_leakyrnn_adam_cosine",
       {"data": WV, "model": _rnn(hidden=28),
        "optim": {"name": "adam", "lr": 0.008, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy345_waves_leakyrnn_adamw_exponential",
       {"data": WV, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy345_waves_leakyrnn_adamw_cosine",
       {"data": WV, "model": _rnn(hidden=24),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy345_waves_leakyrnn_momentum9_cosine",
       {"data": WV, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy345_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2730,), lr=1e-3, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy345_lightning_wine_dampened_momentum",
        lightning_run(_md("wine", hidden=(2731,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy345_lightning_moons_rmsprop",
        lightning_run(_rp("moons", hidden=(2732,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy345_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2733,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy345_hf_trainer_iris_dampened_momentum",
        hf_trainer_run(_md("iris", hidden=(2734,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy345_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2735,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy345_keras_wine_rmsprop",
        keras_run(_rp("wine", hidden=(2736,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy345_keras_breast_cancer_dampened_momentum",
        keras_run(_md("breast_cancer", hidden=(2737,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy345_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2738,), lr=1e-3, epochs=14, batch_size=10)),
        "tensorboard"),
    _hs("healthy345_tensorboard_digits_dampened_momentum",
        tensorboard_run(_md("digits", hidden=(2739,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy345_tensorboard_moons_rmsprop",
        tensorboard_run(_rp("moons", hidden=(2730,), lr=1e-3, epochs=12, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy345_plain_sine_rmsprop",
        plain_run(_rp("sine", hidden=(2731,), lr=1e-4, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy345_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2732,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY

