"""The three-hundred-fifty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs. Built as :mod:`.heldout333` was: every
runner case trains a model of this module through ``model.factory``: :class:`TromptNet` (a
Trompt-style tabular net: GELU feature embeddings, learnt prompts that attend over them with a
scaled dot-product softmax and are updated by a GELU mixing layer, cycled 2 or 3 rounds, then a
readout layer with an activation given to the constructor, optional trunk layers and a linear
head), :class:`FReLUCNN` (two 3x3 convolutions, each followed by a funnel activation, FReLU:
``max(x, T(x))`` with ``T`` a learnt 3x3 depthwise convolution, and a 2x2 max pool, a global
average pool, a linear head) and :class:`GatedSSM` (a GSS-style model: a diagonal linear state
space with learnt per-unit decays, read out by a linear layer and a tanh, gated by a parallel
dense branch of the step's readings, stepped by hand, the mean of the gated outputs read out);
no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`wobbles`, 800 noisy series of 12 steps in 2 readings, each reading
holding a 4-step wobble of 1.6 alternating in sign (starting up or down at random) or none (4
classes; seed 3590); :func:`stamps`, 2400 10x10 images of a plus, a cross, a ring or a cup at a
random place in noise 0.35, 2% random labels (4 classes; seed 3591); :func:`gauges`, a tabular
4-class set of 9 readings (a circle on ``x0, x1`` and a linear threshold of two more, 3% random
labels, 1400 rows; seed 3592); :func:`loads`, a tabular regression of 8 readings (a cosine, a
size, a tanh, a step and a linear term; 1200 rows; seed 3593; times 250 plus 5000 with seed 3594
for the divergence). Script cases use NAdam with momentum_decay 3e-3, centered RMSprop with
alpha 0.95 and Adamax with weight decay 1e-4 on digits, wine, iris, breast cancer, moons, circles
and the sine; every script case holds a hidden width of 2870 to 2879. Runner optimisers: Adam,
AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (``benchmarks/train_without_diagnosis.py``, stores A to I under ``/tmp/h359``) only
to check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, the share of the step loss's within-epoch variance its position explains,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3036 on the gauges, 0.2521 on the stamps, 0.2687 on the wobbles. Baselines (validation):
accuracy 0.5857 (gauges), 0.5333 (stamps), 0.75 (wobbles); R2 0.6347 (loads), 0.6532 (the raw
loads).

Measured healthy ranges (runner): update-ratio quarter means 9.1e-5 to 0.059 (single steps up to
0.72, the CNN under RMSprop); the ``update_ratio_high`` run's first-quarter means 0.25 to 0.48;
the ``update_ratio_low`` runs at most 1.1e-10 and 3.4e-9. Dead fractions at most 63% (a Trompt
readout under RMSprop; 72% in the first epoch of a loads run under the first loads set); the
shifted Trompt net's 100%, the RMSprop-killed trunk's 100% (its second trunk layer). Saturated
tanh outputs at most 67% in the healthy gated state-space runs (the Adagrad one; the others 26%
to 40%) and 40% in the tanh Trompt net; the gain-300 run's 98.6%, the Adagrad LR 2 run's 98.7% to
99.3%. Gradient norms 0.0025 to 11.4 (single steps); the exploding run's 8900 to 3.4e4, the
vanishing run's first layers 5.7e-19 to 8.9e-16. The step loss's position explains at most 14.3%
of its within-epoch variance in the healthy runner runs; the unshuffled run 98.3%. The step-loss
swing is 0.17 to 1.03 in the healthy runner runs (1.03: the tanh Trompt net under momentum), the
batch-1 run's 1.45, so ``noisy_loss`` is only allowed there and its state (still improving) is
``not_converged``. Healthy scores (validation): gauges 0.8464-0.9321, stamps 0.7917-0.8792,
wobbles 0.875-0.9313, loads R2 0.9082 and 0.9124; every healthy script ends at (or within 0.5%
of) its lowest validation loss.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first Trompt net (linear feature embeddings) left the healthy gauges runs at 0.53 to 0.83 against
a baseline of 0.5857, so the embeddings go through a GELU (0.8464 to 0.9321), and every Trompt
case was trained again; the loads regression (first a sine, a product, a step and a linear term)
left the Trompt nets at R2 0.54 to 0.68 against a baseline of 0.67, so its target became a
cosine, a size, a tanh, a step and a linear term and its two healthy runs got 3 rounds, width 48,
LR 5e-3 and 25 epochs (R2 0.91); the stamps CNNs under Adam and RMSprop (0.7646 and 0.7583, more
than 0.1 below the momentum run's 0.8792) got 12 and 20 channels, a higher LR and 15 epochs
(0.8396 and 0.7917); the saturated run's gain 8 left 36% of the tanh outputs saturated and gain 40
86% (the healthy Adagrad run 67%), so its gain is 300 (98.6%); the slow start (15 epochs) was
flat for 8 epochs and ended at 0.55, so it has 25 epochs (0.8571); the scripts that ended above
their minimum were cut at it (Lightning's moons 13 epochs, TensorBoard's iris 15, the loop's sine
6 and breast cancer 9).

Not met: the Trompt net under Adam on the loads ends 0.58% above its epoch-20 minimum (cut at 20
epochs it ended 0.76% above its minimum, so it keeps 25); the other healthy runs end within 0.3%
of their minimum or at it. The changed cases were checked in stores beside the first, and the
measured ranges above mix both rounds. The slow start's first gradients (0.0096 to 0.08) are not
clearly below the healthy runs' (0.0025 and up): ``slow_start`` is expected from its loss, flat
at ln 4 for eight epochs (1.370 to 1.341) before it falls to 0.394.

Labels from the metrics: the Adagrad LR 2 run learns despite its huge first updates (0.8688), so
only ``update_ratio_high`` and ``saturated_activation`` are expected there; the test predictions
fall in one class in the shifted Trompt net, the killed trunk, the stuck CNN, the stuck and the
saturated state-space runs and the vanishing run (100% each), so ``predictions_collapsed`` is
expected there, allowed in the exploding run (78.6%) and the unshuffled run (69%); those runs,
the exploding run, the unshuffled run and the two-unit state-space run score within 0.05 of the
majority share (``at_chance`` expected); the two-unit run also far below the baseline
(``underfitting``). Keras' 16 digits' validation loss is lowest at its end, so only
``generalisation_gap`` is expected there; the other overfit runs end 1.54 to 4.4 times their early
minima. Lightning's stuck circles score 0.5625, 0.0625 above the majority share (allowed); the
loop's stuck digits 0.053, HF's stuck iris 0.167.

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


def wobbles(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a wobble (4 steps of ``height`` alternating in sign, starting up or down at
    random, so a reading's sum does not tell) at a random time or none; the class is which
    readings wobble (4 classes: none, the second, the first, both). Given flattened, time-major
    (``steps * 2`` columns)."""
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
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a plus, a cross, a ring, a cup), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _CUP), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 9 readings; the class is whether readings 0
    and 1 lie outside the circle ``x0^2 + x1^2 = 1.4`` times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0.2; readings 4 to 8 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 9))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, the
    size of a second, a tanh of a third, a threshold step of a fourth and a linear fifth plus
    noise 0.3, times ``scale`` plus ``shift``; readings 5 to 7 are noise."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + 1.0 * np.abs(x[:, 1]) + 1.2 * (x[:, 3] > -0.2)
         + 0.7 * x[:, 4] + 0.8 * np.tanh(2.0 * x[:, 2]) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class TromptNet(nn.Module):
    """A Trompt-style tabular net: every feature gets an embedding (its value times a learnt
    vector plus a learnt bias, through a GELU, ``dim`` wide); ``prompts`` learnt prompt vectors
    attend over the feature embeddings (scaled dot-product softmax), and each prompt is updated
    by a GELU mixing layer of what it read, cycled ``rounds`` times; the prompts, flattened, go
    through a readout layer of ``width`` (``activation``, pre-activations shifted by
    ``shift``), ``trunk`` further hidden layers of ``width`` and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 prompts: int = 4, rounds: int = 2, width: int = 32, trunk: int = 0,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.emb_w = nn.Parameter(torch.randn(n_in, dim) * 0.5)
        self.emb_b = nn.Parameter(torch.randn(n_in, dim) * 0.5)
        self.emb_act = nn.GELU()
        self.prompts = nn.Parameter(torch.randn(prompts, dim) * 0.5)
        self.mix = nn.Linear(dim, dim)
        self.mix_act = nn.GELU()
        self.rounds, self.scale, self.shift = rounds, dim ** -0.5, shift
        self.readout = nn.Linear(prompts * dim, width)
        self.act = _ACTS[activation]()
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(width, width), _ACTS[activation]()]
        self.trunk = nn.Sequential(*layers)
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        emb = self.emb_act(x[:, :, None] * self.emb_w + self.emb_b)  # (batch, features, dim)
        p = self.prompts.expand(x.shape[0], -1, -1)  # (batch, prompts, dim)
        for _ in range(self.rounds):
            att = torch.softmax(p @ emb.transpose(1, 2) * self.scale, dim=2)
            p = p + self.mix_act(self.mix(att @ emb))
        h = self.act(self.readout(p.flatten(1)) + self.shift)
        return self.head(self.trunk(h))


class FReLU(nn.Module):
    """A funnel activation: ``max(x, T(x))`` with ``T`` a learnt 3x3 depthwise convolution (the
    spatial condition)."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.condition = nn.Conv2d(channels, channels, 3, padding=1, groups=channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.maximum(x, self.condition(x))


class FReLUCNN(nn.Module):
    """A CNN with funnel activations: two 3x3 convolutions to ``channels[0]`` and
    ``channels[1]``, each followed by FReLU and a 2x2 max pool, a global average pool and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16)) -> None:
        super().__init__()
        c0, c1 = channels
        self.conv1 = nn.Conv2d(input_shape[0], c0, 3, padding=1)
        self.act1 = FReLU(c0)
        self.conv2 = nn.Conv2d(c0, c1, 3, padding=1)
        self.act2 = FReLU(c1)
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.pool(self.act2(self.conv2(h)))
        return self.head(h.mean(dim=(2, 3)))


class GatedSSM(nn.Module):
    """A gated state-space (GSS-style) sequence model: each step's readings are projected to
    ``hidden`` inputs ``u``; a diagonal linear state ``s = a * s + (1 - a) * u`` (per-unit
    decays ``a`` in (0, 1), learnt through a sigmoid) is read out by a linear layer, multiplied
    by ``gain`` and squashed by a tanh, then gated by a parallel dense branch of the step's
    readings (a linear layer and ``gate``); the mean of the gated outputs over time goes to a
    linear head. Stepped by hand over the flattened sequence of ``features`` readings a step."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0, gate: str = "sigmoid") -> None:
        super().__init__()
        self.features, self.hidden, self.gain = features, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.inp = nn.Linear(features, hidden)
        self.decay = nn.Parameter(torch.linspace(-1.0, 2.0, hidden))
        self.read = nn.Linear(hidden, hidden)
        self.squash = nn.Tanh()
        self.gate = nn.Linear(features, hidden)
        self.gate_act = _ACTS[gate]()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        a = torch.sigmoid(self.decay)
        s = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            s = a * s + (1 - a) * self.inp(seq[:, t])
            y = self.squash(self.gain * self.read(s))
            total = total + y * self.gate_act(self.gate(seq[:, t]))
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout359"
WB = _factory(f"{HERE}:wobbles", seed=3590)
ST = _factory(f"{HERE}:stamps", seed=3591)
GG = _factory(f"{HERE}:gauges", seed=3592)
LD = _factory(f"{HERE}:loads", seed=3593)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=3594)


def _tp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TromptNet", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FReLUCNN", "args": args}


def _gss(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedSSM", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with momentum_decay 3e-3."""
    return _s(data, optim="nadam", optim_args={"momentum_decay": 3e-3}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop with alpha 0.95."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "alpha": 0.95}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


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
    Case("h359_divergence_loads_raw_trompt_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the Trompt net of 24, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _tp(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.0e7 at the first step, 2.8e35 at the third, NaN "
                      "at the fourth, with the gradient norms"),
         verdict="failed"),
    Case("h359_exploding_gauges_trompt_trunk6_std1", "the Trompt net with a trunk of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GG, "model": {**_tp(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2.88e4 at every epoch; gradient norms 8900 to 3.4e4 "
                      "(healthy at most 11.4); update ratios at most 7e-7, a side effect of the "
                      "LR; accuracy 0.2643 against a majority share of 0.3036; 78.6% of the test "
                      "predictions in one class (below 90%)"),
         verdict="failed"),
    Case("h359_dead_relu_gauges_trompt_shift10", "the Trompt net of 32 on the gauges with its "
         "readout's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": GG, "model": _tp(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every readout unit logged dead (healthy runs at most 63%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.383 to 1.374 (ln 4); "
                      "accuracy 0.2857 against a majority share of 0.3036, every test prediction "
                      "in one class"),
         verdict=TP),
    Case("h359_dead_relu_gauges_trompt_trunk2_rmsprop_lr01", "the Trompt net with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GG, "model": _tp(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 4e4 in epoch 1, then about 1.38 (ln 4), so the blow-up "
                      "passed and the loss is not flat from its start; first-quarter update "
                      "ratios 0.41 to 0.60; the second trunk layer 100% dead (healthy at most "
                      "63%), the first 56% and the readout 66%, every gradient 0 from then on; "
                      "the validation loss 1.368 to 1.369; accuracy 0.3071 against a majority "
                      "share of 0.3036, every test prediction in one class"),
         verdict=TP),
    Case("h359_update_ratio_high_wobbles_gss_adagrad_lr2", "the gated state-space model of 16 "
         "on the wobbles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _gss(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training", "overfitting", "at_chance",
                "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.25 to 0.48, single steps up to 14 "
                      "(healthy quarter means at most 0.059); 98.7% to 99.3% of the tanh outputs "
                      "saturated (healthy at most 67%); it learns all the same: accuracy 0.8688 "
                      "(0.925 at epoch 7; healthy 0.875 and up), the validation loss 24% above "
                      "its epoch-7 minimum in the last epoch"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h359_update_ratio_low_stamps_frelucnn_sgd_lr1e9", "the FReLU CNN on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.459 at every epoch; update ratios at most 1.1e-10 "
                      "(healthy quarter means at least 9.1e-5); accuracy 0.2521 at the majority "
                      "share 0.2521, every test prediction in one class"), verdict=TP),
    Case("h359_update_ratio_low_wobbles_gss_rmsprop_lr1e10", "the gated state-space model of 16 "
         "on the wobbles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _gss(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.403 at every epoch; update ratios at most 3.4e-9 "
                      "(healthy quarter means at least 9.1e-5); accuracy 0.2687 at the majority "
                      "share 0.2687, every test prediction in one class"),
         verdict=TP),
    Case("h359_vanishing_gauges_trompt_trunk12_sigmoid_std005", "the Trompt net with a trunk of "
         "12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GG, "model": {**_tp(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients (the mixing layer, the readout, the first "
                      "trunk layer) 5.7e-19 to 8.9e-16 (healthy single steps at least 0.0025); "
                      "the validation loss 1.373 to 1.4 (near ln 4); accuracy 0.3071 against a "
                      "majority share of 0.3036, every test prediction in one class"),
         verdict=TP),
    Case("h359_saturated_wobbles_gss_gain300_rmsprop", "the gated state-space model of 16 on the "
         "wobbles with its state readout multiplied by 300 before the tanh, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": WB, "model": _gss(hidden=16, gain=300.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.6% of the tanh outputs saturated (healthy at most 67%); the validation "
                      "loss 1.431 to 1.408 (ln 4); accuracy 0.2687 at the majority share 0.2687, "
                      "every test prediction in one class"),
         verdict=TP),
    Case("h359_slow_start_gauges_trompt_trunk3_std015_momentum9", "the Trompt net with a trunk "
         "of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 25 epochs",
         {"data": GG, "model": {**_tp(width=32, trunk=3), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 25, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 0.0096 to 0.08 (healthy single steps from 0.0025, so "
                      "not clearly smaller); the validation loss 1.370 to 1.341 and accuracy "
                      "0.3071 over the first 8 epochs of 25, then 0.3944 at the end (lowest, "
                      "0.733 the epoch before); accuracy 0.8571 against healthy 0.8464 to 0.9321"),
         verdict=TP),
    Case("h359_unshuffled_gauges_trompt_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Trompt net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GG, "order": "by_label", "shuffle": False},
          "model": _tp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 98.3% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 14.3%); the "
                      "validation loss 1.384 to 1.373; accuracy 0.3071 against a majority share "
                      "of 0.3036; 69% of the test predictions in one class"),
         verdict=TP),
    Case("h359_mse_softmax_wobbles_gss_adam", "the wobbles trained with square error on the "
         "softmax, the gated state-space model of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _gss(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8187 (test 0.7937, healthy 0.875 "
                      "and up); the validation loss still falling 7% in the last epoch"),
         verdict=TP),
    Case("h359_noisy_gauges_trompt_b1_adam", "the gauges one row at a time (batch 1), the "
         "Trompt net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GG, "model": _tp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.45 times its mean over the second half, not clearly "
                      "above the healthy runner runs (up to 1.03, the tanh Trompt net under "
                      "momentum), so noise is no clear finding; the validation loss 0.911 to "
                      "0.695 and accuracy 0.5964 to 0.7214 over its 2 epochs, still improving; "
                      "the healthy gauges runs 0.8464 and up"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h359_overfit_gauges_subset40_trompt_adamw", "40 rows of the gauges, the Trompt net of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GG, "subset": 40}, "model": _tp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.6036 (training 1.0; the healthy runs 0.8464 "
                      "and up); the validation loss lowest in its first quarter (1.262), 4.1 "
                      "times it at the end"),
         verdict=GP),
    Case("h359_gap_stamps_subset30_frelucnn_adam", "30 images of the stamps, the FReLU CNN with "
         "16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4271 (training 1.0; the healthy CNNs "
                      "0.7917 and up); the validation loss lowest in its first quarter (1.245), "
                      "1.54 times it at the end"),
         verdict=GP),
    Case("h359_underfit_wobbles_gss_two_units_adam", "the wobbles through a gated state-space "
         "model of 2 units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _gss(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "not_training"),
         why_allowed=("two units cannot tell four classes: accuracy 0.3125 (training 0.3167), far "
                      "below the baseline 0.75 and 0.044 above the majority share 0.2687; the "
                      "validation loss 1.461 to 1.363, lowest at the end, near ln 4"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h359_lightning_digits_rmsprop_centered_lr1e20_nan", "Lightning: digits, centered "
         "RMSprop (alpha 0.95) at LR 1e20, 2870 units, batch 24, 3 epochs",
         script=lightning_run(_rc("digits", hidden=(2870,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every validation loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h359_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (momentum_decay 3e-3) at LR 1e-10, 2871 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(2871,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7124 at every epoch; accuracy 0.5625 at its initial "
                      "weights, 0.0625 above the majority share 0.5"),
         verdict=TP),
    Case("h359_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "(weight decay 1e-4) at LR 1e20 (decaying linearly), 2872 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ax("wine", hidden=(2872,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      "share"),
         verdict="failed"),
    Case("h359_hf_trainer_iris_rmsprop_centered_lr1e10_stuck", "Hugging Face Trainer names: "
         "iris, centered RMSprop (alpha 0.95) at LR 1e-10 (decaying linearly), 2873 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rc("iris", hidden=(2873,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.112 at every evaluation; accuracy 0.1667 at its "
                      "initial weights, far below 1/3"),
         verdict=TP),
    Case("h359_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (momentum_decay 3e-3) at LR 1e20, 2874 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(2874,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h359_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2875 units, "
         "Adamax (weight decay 1e-4) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ax("digits", hidden=(2875,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5292, training 1.0); the "
                      "validation loss 7.10 at epoch 1 and lowest at the end (3.85), so it does "
                      "not overfit in its loss"),
         verdict=GP),
    Case("h359_tensorboard_breast_cancer_rmsprop_centered_lr1e20_nan", "TensorBoard tags: "
         "breast cancer, centered RMSprop (alpha 0.95) at LR 1e20, 2876 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_rc("breast_cancer", hidden=(2876,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      "below 0.63"),
         verdict="failed"),
    Case("h359_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2877 units, NAdam (momentum_decay 3e-3) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(2877,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0; 0.069 above "
                      "the majority share); the validation loss lowest at epoch 2 of 150 "
                      "(0.9748), 4.4 times it at the end"),
         verdict=GP),
    Case("h359_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (weight decay 1e-4) at LR 0.01, 2878 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ax("sine", hidden=(2878,), lr=0.01, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 30.6 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h359_plain_digits_rmsprop_centered_lr1e10_stuck", "hand-written loop: digits, "
         "centered RMSprop (alpha 0.95) at LR 1e-10, 2879 units, batch 25, 4 epochs",
         script=plain_run(_rc("digits", hidden=(2879,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.342 at every epoch; accuracy 0.0529 at its initial "
                      "weights, below the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy359_gauges_trompt_adam_cosine",
       {"data": GG, "model": _tp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy359_gauges_trompt_gelu_adamw_step",
       {"data": GG, "model": _tp(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy359_gauges_trompt_rmsprop_exponential",
       {"data": GG, "model": _tp(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy359_gauges_trompt_tanh_momentum9_cosine",
       {"data": GG, "model": _tp(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy359_gauges_trompt_adagrad_inverse_time",
       {"data": GG, "model": _tp(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy359_loads_trompt_adam_cosine",
       {"data": LD, "model": _tp(width=48, rounds=3),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy359_loads_trompt_gelu_adamw_cosine",
       {"data": LD, "model": _tp(width=48, rounds=3, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy359_stamps_frelucnn_adam_cosine",
       {"data": ST, "model": _cnn(channels=[12, 20]),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy359_stamps_frelucnn_adamw_step",
       {"data": ST, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy359_stamps_frelucnn_rmsprop_cosine",
       {"data": ST, "model": _cnn(channels=[12, 20]),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy359_stamps_frelucnn_momentum9_cosine",
       {"data": ST, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy359_wobbles_gss_adam_cosine",
       {"data": WB, "model": _gss(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy359_wobbles_gss_adamw_exponential",
       {"data": WB, "model": _gss(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy359_wobbles_gss_rmsprop_cosine",
       {"data": WB, "model": _gss(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy359_wobbles_gss_gelu_adagrad_cosine",
       {"data": WB, "model": _gss(hidden=24, gate="gelu"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy359_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(2870,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy359_lightning_wine_rmsprop_centered",
        lightning_run(_rc("wine", hidden=(2871,), lr=1e-4, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy359_lightning_moons_adamax",
        lightning_run(_ax("moons", hidden=(2872,), lr=2e-3, epochs=13, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy359_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(2873,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy359_hf_trainer_iris_adamax",
        hf_trainer_run(_ax("iris", hidden=(2874,), lr=1e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy359_keras_circles_nadam",
        keras_run(_na("circles", hidden=(2875,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy359_keras_wine_rmsprop_centered",
        keras_run(_rc("wine", hidden=(2876,), lr=1e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy359_keras_breast_cancer_adamax",
        keras_run(_ax("breast_cancer", hidden=(2877,), lr=5e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy359_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(2878,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy359_tensorboard_digits_rmsprop_centered",
        tensorboard_run(_rc("digits", hidden=(2879,), lr=1e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy359_tensorboard_moons_adamax",
        tensorboard_run(_ax("moons", hidden=(2870,), lr=2e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy359_plain_sine_adamax",
        plain_run(_ax("sine", hidden=(2871,), lr=2e-3, epochs=6, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy359_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(2872,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
