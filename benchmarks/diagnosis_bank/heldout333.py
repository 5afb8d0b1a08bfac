"""The three-hundred-thirty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written as heldout334 and labelled beside another writer's part (not looked at, never finished
nor registered, so this part took its number), after the measurement of
:mod:`.heldout331` and :mod:`.heldout332`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`RoutedMoE` (a top-1 routed mixture-of-experts MLP: optional
trunk layers, a learnt softmax router that sends each sample to one of 4 expert layers with an
activation given to the constructor, the expert's output scaled by the router's probability, a
linear head), :class:`InvResCNN` (MobileNetV3-style inverted-residual blocks: a 1x1 expansion, a
3x3 depthwise convolution and a 1x1 projection with hard-swish units, a residual where the shapes
match, max pooling between blocks, a global average pool) and :class:`LayerNormRNN` (a
hand-written tanh cell whose pre-activation is layer-normalised with a learnt gain and bias,
stepped by hand, the mean of its states read out); no case fell back to the runner's built-in
models. Every data set is this module's own ``data.factory``: :func:`blips`, 800 noisy series of
14 steps in 2 readings, each reading holding a 3-step blip of 1.8 up or down at random or none (4
classes; seed 3340); :func:`marks`, 2400 10x10 images of a T, an L, an H or a slash at a random
place in noise 0.35, 2% random labels (4 classes; seed 3341); :func:`sensors`, a tabular 4-class
set of 8 readings (a threshold on ``|x0|`` and a linear threshold of two more, 3% random labels,
1400 rows; seed 3342); :func:`yields`, a tabular regression of 8 readings (a product, a step, a
cosine and a linear term; 1200 rows; seed 3343; times 250 plus 5000 with seed 3344 for the
divergence). Script cases use AdamW with weight decay 0.01 and eps 1e-6, SGD with momentum 0.95
and Adagrad with an initial accumulator of 0.05 on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 2610 to 2619. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

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
0.3179 on the sensors, 0.2646 on the marks, 0.2625 on the blips. Baselines (validation): accuracy
0.5964 (sensors), 0.5458 (marks), 0.625 (blips); R2 0.6131 (yields), 0.6807 (the raw yields).

Measured healthy ranges (runner): update-ratio quarter means at most 0.06 (single steps up to
0.61, the CNN under Adagrad), at least 1.9e-4 in the CNNs and RNNs (the MoEs log 0 for experts the
router sends nothing); the ``update_ratio_high`` run's first-quarter means 0.24 to 0.58; the
``update_ratio_low`` runs at most 6.4e-12 and 3.3e-9. Dead fractions at most 30% in the healthy
MoEs and 40% in the healthy CNNs' hard-swish blocks; the shifted MoE's 100%, the RMSprop-killed
trunk's 66% (only allowed: not clearly outside 40%). Saturated tanh states at most 14% in the
healthy runs; the gain-8 RNN's 82%, the Adagrad RNN's 89% to 96%. Gradient norms at most 8.8;
the exploding run's 2300 to 1.6e6, the vanishing run's first trunk norms 1.2e-18. The step loss's
position explains at most 23% of its within-epoch variance in the healthy runner runs; the
unshuffled run 99.96%. The step-loss swing (standard deviation of its step-to-step change over its
mean, second half) is 0.16 to 1.33 in the healthy runner runs, only 0.60 in the batch-1 run, so
``noisy_loss`` is only allowed there and its state (still falling) is ``not_converged``. Healthy
scores (validation): sensors 0.8607-0.925, marks 0.8854-0.9167, blips
0.75-0.8875, yields R2 0.7246 and 0.8032.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first sensors set (a product of signs) left a one-layer MoE at 0.61 against a baseline of 0.589, so
the class became a threshold on ``|x0|`` and a linear threshold (baseline 0.5964) and the healthy
sensors MoEs got a trunk layer (the one-layer MoE under Adam reached only 0.7536); the first blips
(2-step blips of 1.5 up only) left the RNN at 0.51 against a baseline of 0.66, since the layer norm
removed the input's scale: the input projection got a bias, and blips up only were read by the
linear baseline (0.81 to 0.875), so they now go up or down at random (baseline 0.625) and the
healthy RNNs have 20 to 24 units and 25 epochs (15 epochs of 16 units reached 0.625); the CNN
under Nesterov momentum 0.9 (LR 0.03) never left ln 4 (accuracy 0.2646, every test prediction in
one class), so that healthy run is now Adagrad at LR 0.05 (0.9167); the CNN under RMSprop (8 and
12 channels, LR 2e-3, 12 epochs, 0.7396) now 12 and 16 channels, LR 3e-3, 15 epochs (0.9146); the
tanh MoE under momentum 0.9 (LR 0.03, 0.5071) now LR 0.1 and width 32 (0.925); the scripts that
ended above their minimum were cut at it (Keras' wine 11 epochs, TensorBoard's iris 16 and moons
14, the loop's breast cancer 10 and sine 11, Lightning's wine 14): each now ends at its lowest
validation loss.

Not met: the RNN under Adam ends 1.3% above its epoch-23 minimum, the CNN under Adagrad 4.8%
above its epoch-7 minimum and the CNN under RMSprop 1.5% above its epoch-10 minimum (the others
within 0.3% or at their end); the changed cases were checked in a store beside the first, and the
measured ranges above mix both rounds. The slow start's first gradients (4e-4 to 0.01) are not
clearly below the healthy MoEs' (0.0049 and up): ``slow_start`` is expected from its loss, flat at
ln 4 for four epochs (1.370 to 1.351) before it falls to 0.736.

Labels from the metrics: the test predictions fall in one class in the shifted MoE (100%), the
vanishing run (100%), the stuck CNN (100%) and the Adagrad RNN (99%), so ``predictions_collapsed``
is expected there, allowed in the exploding run (89.6%), the unshuffled run (87%), the killed
trunk (83%) and the stuck RNN (80%); the exploding run, the shifted MoE, the killed trunk, the
Adagrad RNN, the stuck CNN, the vanishing run and the unshuffled run score within 0.05 of the
majority share (``at_chance`` expected); the stuck and saturated RNNs score 0.09 and 0.056 below
it (allowed). Keras' 16 digits' validation loss is lowest at its end, so only
``generalisation_gap`` is expected there; the other overfit runs end 2.35 to 3.16 times their early
minima. The loop's stuck digits score 0.2 (allowed), HF's stuck iris 0.067.

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


def blips(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.8,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a blip of ``height`` (up or down at random, so a reading's sum does not tell)
    lasting 3 steps at a random time or none; the class is
    which readings blip (4 classes: none, the second, the first, both). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)
_SLASH = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=float)


def marks(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: a T, an L, an H, a slash), in Gaussian noise of ``noise``; a share ``flip``
    of the labels is drawn at random."""
    return glyph_images((_TEE, _ELL, _AITCH, _SLASH), n, 10, noise, flip, seed)


def sensors(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether reading 0 is
    far from 0 (``|x0| > 0.75``) times 2 plus whether ``x1 + 0.7 x2`` exceeds 0.3; readings 3 to
    7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (np.abs(x[:, 0]) > 0.75).astype(int) + (x[:, 1] + 0.7 * x[:, 2] > 0.3)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    threshold step of a third, a cosine of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.2 * x[:, 0] * x[:, 1] + 1.5 * (x[:, 2] > 0.3) + 1.5 * np.cos(1.5 * x[:, 3])
         + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class RoutedMoE(nn.Module):
    """A top-1 routed mixture-of-experts MLP: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``) first, then a learnt router (a linear layer and a softmax) sends each sample
    to one of ``experts`` expert layers (linear and ``activation``, pre-activations shifted by
    ``shift``); the chosen expert's output, scaled by the router's probability, goes to a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 experts: int = 4, activation: str = "relu", trunk: int = 0,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.router = nn.Linear(n_in, experts)
        self.experts = nn.ModuleList(nn.Linear(n_in, width) for _ in range(experts))
        self.act = _ACTS[activation]()
        self.shift = shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.trunk(x.flatten(1))
        probs = torch.softmax(self.router(h), dim=1)
        top = probs.argmax(dim=1)
        outs = torch.stack([e(h) for e in self.experts], dim=1)  # (batch, experts, width)
        chosen = outs[torch.arange(h.shape[0]), top]
        gate = probs.gather(1, top[:, None])
        return self.head(gate * self.act(chosen + self.shift))


class InvertedResidual(nn.Module):
    """A MobileNetV3-style block: a 1x1 expansion by ``expand``, a 3x3 depthwise convolution and
    a 1x1 projection, hard-swish units after the first two, a residual where the shapes match."""

    def __init__(self, c_in: int, c_out: int, expand: int = 3) -> None:
        super().__init__()
        mid = c_in * expand
        self.expand = nn.Conv2d(c_in, mid, 1)
        self.act1 = nn.Hardswish()
        self.depthwise = nn.Conv2d(mid, mid, 3, padding=1, groups=mid)
        self.act2 = nn.Hardswish()
        self.project = nn.Conv2d(mid, c_out, 1)
        self.residual = c_in == c_out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.project(self.act2(self.depthwise(self.act1(self.expand(x)))))
        return x + h if self.residual else h


class InvResCNN(nn.Module):
    """An inverted-residual CNN: a 3x3 stem convolution to ``channels[0]`` (hard-swish), an
    inverted-residual block (with its residual), a 2x2 max pool, a second block to
    ``channels[1]``, a 2x2 max pool, a third block (with its residual), a global average pool and
    a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), expand: int = 3) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1), nn.Hardswish())
        self.block1 = InvertedResidual(c0, c0, expand)
        self.pool = nn.MaxPool2d(2)
        self.block2 = InvertedResidual(c0, c1, expand)
        self.block3 = InvertedResidual(c1, c1, expand)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.block1(self.stem(x)))
        h = self.block3(self.pool(self.block2(h)))
        return self.head(h.mean(dim=(2, 3)))


class LayerNormRNN(nn.Module):
    """A hand-written layer-normalised recurrent net: at each step the pre-activation
    ``W_x x_t + b_x + W_h h`` is normalised over the units and scaled by a learnt gain (starting at
    ``gain``) and shifted by a learnt bias before the tanh; stepped by hand over the flattened
    sequence of ``features`` readings a step; the mean of the states over time goes to a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.gain = nn.Parameter(torch.full((hidden,), float(gain)))
        self.bias = nn.Parameter(torch.zeros(hidden))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            pre = self.wx(seq[:, t]) + self.wh(h)
            mean = pre.mean(dim=1, keepdim=True)
            std = (pre.var(dim=1, keepdim=True, unbiased=False) + 1e-5).sqrt()
            h = self.squash(self.gain * (pre - mean) / std + self.bias)
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout333"
BL = _factory(f"{HERE}:blips", seed=3340)
MK = _factory(f"{HERE}:marks", seed=3341)
SN = _factory(f"{HERE}:sensors", seed=3342)
YD = _factory(f"{HERE}:yields", seed=3343)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=3344)


def _moe(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RoutedMoE", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:InvResCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LayerNormRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.01 and eps 1e-6."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.01, "eps": 1e-6}, **kw)


def _m95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.05."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.05}, **kw)


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
    Case("h333_divergence_yields_raw_moe_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the routed MoE of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _moe(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.9e7 at the first step, Inf by the fifth, with "
                      f"the gradient norms and update ratios"), verdict="failed"),
    Case("h333_exploding_sensors_moe_trunk6_std1", "the routed MoE with a trunk of 6 ReLU layers "
         "of 24 and N(0, 1) init on the sensors, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": SN, "model": {**_moe(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 1.38e4 at every epoch; gradient norms 2300 to 1.6e6 "
                      "(healthy at most 8.8); update ratios at most 6.4e-6, a side effect of the "
                      "LR; accuracy 0.3429 against a majority share of 0.3179; 89.6% of the test "
                      "predictions in one class (below 90%)"), verdict="failed"),
    Case("h333_dead_relu_sensors_moe_shift10", "the routed MoE of 32 on the sensors with its "
         "experts' ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": SN, "model": _moe(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every expert unit logged dead (healthy runs at most 40%), so no gradient "
                      "reaches any layer (norms 0): the validation loss 1.394 to 1.378 (ln 4); "
                      "accuracy 0.2679 against a majority share of 0.3179, every test prediction "
                      "in one class"), verdict=TP),
    Case("h333_dead_relu_sensors_moe_trunk2_rmsprop_lr01", "the routed MoE with a trunk of 2 "
         "ReLU layers of 32 on the sensors, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": SN, "model": _moe(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("the step loss up to 2183 in epoch 1, then 1.29 (near ln 4), so the "
                      "blow-up passed; first-quarter update ratios 0.26 to 0.59; 66% of the "
                      "second trunk layer's units and 19% of the experts' logged dead (healthy "
                      "at most 40%); accuracy 0.3107 against a majority share of 0.3179; 83% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h333_update_ratio_high_blips_lnrnn_adagrad_lr2", "the layer-normalised RNN of 16 on "
         "the blips, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.24 to 0.58, single steps up to 14 "
                      "(healthy quarter means at most 0.06); 89% to 96% of the tanh states "
                      "saturated (healthy at most 14%); the validation loss 3.77 to 2.06, above "
                      "ln 4; accuracy 0.2687 against a majority share of 0.2625, 159 of 160 test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h333_update_ratio_low_marks_invrescnn_sgd_lr1e9", "the inverted-residual CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.398 at every epoch; update ratios at most 6.4e-12 "
                      "(healthy quarter means at least 1.9e-4 outside the MoEs' idle experts); "
                      "accuracy 0.25 against a majority share of 0.2646, every test prediction "
                      "in one class"), verdict=TP),
    Case("h333_update_ratio_low_blips_lnrnn_rmsprop_lr1e10", "the layer-normalised RNN of 16 on "
         "the blips, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                 "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1.403 at every epoch; update ratios at most 3.3e-9; "
                      "accuracy 0.175, 0.09 below the majority share 0.2625; 80% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h333_vanishing_sensors_moe_trunk12_sigmoid_std005", "the routed MoE with a trunk of 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the sensors, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": SN, "model": {**_moe(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layers' gradients 1.2e-18 to 1.6e-18 (healthy first norms "
                      "at least 1.4e-4); the validation loss 1.369 to 1.372 (near ln 4); "
                      "accuracy 0.3179 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h333_saturated_blips_lnrnn_gain8_rmsprop", "the layer-normalised RNN of 16 on the "
         "blips with its layer-norm gain starting at 8 (the tanh fed 8 times the normalised "
         "pre-activation), plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BL, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("82% of the tanh states saturated (healthy at most 14%); the validation "
                      "loss 1.400 to 1.389 (ln 4); accuracy 0.2062, 0.056 below the majority "
                      "share 0.2625; 55% of the test predictions in one class"), verdict=TP),
    Case("h333_slow_start_sensors_moe_trunk3_std015_momentum9", "the routed MoE with a trunk of "
         "3 ReLU layers of 32 and N(0, 0.15) init on the sensors, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": SN, "model": {**_moe(width=32, trunk=3), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 4e-4 to 0.01 (the healthy MoEs' first head and trunk "
                      "norms 0.0049 and up, so not clearly smaller); the validation loss 1.37 to "
                      "1.36 over the first 4 epochs, then 0.736 at the end (lowest, still "
                      "falling 12% in the last epoch); accuracy 0.6964 against healthy 0.8607 "
                      "and up"), verdict=TP),
    Case("h333_unshuffled_sensors_moe_rmsprop", "the sensors sorted by label, never shuffled, "
         "the routed MoE of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**SN, "order": "by_label", "shuffle": False},
          "model": _moe(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.96% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 23%); the "
                      "validation loss 1.363 to 1.357; accuracy 0.325 against a majority share "
                      "of 0.3179; 87% of the test predictions in one class"), verdict=TP),
    Case("h333_mse_softmax_blips_lnrnn_adam", "the blips trained with square error on the "
         "softmax, the layer-normalised RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7188 (test 0.575, healthy 0.75 "
                      "and up); the validation loss 4% above its epoch-9 minimum"), verdict=TP),
    Case("h333_noisy_sensors_moe_b1_adam", "the sensors one row at a time (batch 1), the routed "
         "MoE of 32, Adam at LR 1e-3, 2 epochs",
         {"data": SN, "model": _moe(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings only 0.60 times its mean over the second half "
                      "(healthy runner runs up to 1.33, the CNN under Adagrad), so noise is no "
                      "clear finding; the validation loss lowest at the end (falling 16% in the "
                      "last epoch); accuracy 0.5643, 0.032 below the baseline 0.5964"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h333_overfit_sensors_subset40_moe_adamw", "40 rows of the sensors, the routed MoE of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SN, "subset": 40}, "model": _moe(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.3607 (training 1.0; the healthy runs "
                      "0.8607 and up); the validation loss lowest at epoch 5 of 150 (1.335), "
                      "2.89 times it at the end"), verdict=GP),
    Case("h333_gap_marks_subset30_invrescnn_adam", "30 images of the marks, the inverted-residual"
         " CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4083 (training 1.0; the healthy CNNs "
                      "0.8854 and up); the validation loss lowest at epoch 10 of 100 (1.316), "
                      "3.16 times it at the end"), verdict=GP),
    Case("h333_underfit_blips_lnrnn_two_units_adam", "the blips through a layer-normalised RNN of "
         "2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BL, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two units cannot tell four classes: accuracy 0.3563 (training 0.4146), "
                      "far below the baseline 0.625; the validation loss 0.6% above its epoch-14 "
                      "minimum; the recurrent gradients end near 2e-5"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h333_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 at LR 1e20, 2610 units, batch 24, 3 epochs",
         script=lightning_run(_m95("digits", hidden=(2610,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h333_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.01, eps 1e-6) at LR 1e-10, 2611 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2611,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7282 at every epoch; accuracy 0.5469 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h333_hf_trainer_wine_momentum95_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.95 at LR 1e20 (decaying linearly), 2612 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m95("wine", hidden=(2612,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h333_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (initial accumulator 0.05) at LR 1e-10 (decaying linearly), 2613 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(2613,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.161 at every evaluation; accuracy 0.0667 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h333_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (weight decay 0.01, eps 1e-6) at LR 1e20, 2614 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(2614,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h333_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2615 units, "
         "Adagrad (initial accumulator 0.05) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(2615,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4903, training 1.0); the "
                      "validation loss 5.01 at epoch 1 and lowest at the end (4.72), so it does "
                      "not overfit in its loss"), verdict=GP),
    Case("h333_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 at LR 1e20, 2616 units, batch 19, 3 epochs",
         script=tensorboard_run(_m95("breast_cancer", hidden=(2616,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h333_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2617 units, AdamW (weight decay 0.01, eps 1e-6) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2617,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5923, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150 (1.563), 2.35 times it at the end"),
         verdict=GP),
    Case("h333_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.05) at LR 0.05, 2618 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(2618,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 732 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h333_plain_digits_momentum95_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.95 at LR 1e-10, 2619 units, batch 25, 4 epochs",
         script=plain_run(_m95("digits", hidden=(2619,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.259 at every epoch; accuracy 0.2006 at its initial "
                      "weights, about 0.1 above the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy333_sensors_moe_trunk1_adam_cosine",
       {"data": SN, "model": _moe(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy333_sensors_moe_trunk1_gelu_adamw_step",
       {"data": SN, "model": _moe(width=28, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy333_sensors_moe_trunk1_rmsprop_exponential",
       {"data": SN, "model": _moe(width=30, trunk=1),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy333_sensors_moe_trunk1_tanh_momentum9_cosine",
       {"data": SN, "model": _moe(width=32, trunk=1, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy333_sensors_moe_trunk1_adagrad_inverse_time",
       {"data": SN, "model": _moe(width=24, trunk=1),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy333_yields_moe_adam_cosine",
       {"data": YD, "model": _moe(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy333_yields_moe_gelu_adamw_cosine",
       {"data": YD, "model": _moe(width=32, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy333_marks_invrescnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy333_marks_invrescnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy333_marks_invrescnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy333_marks_invrescnn_adagrad_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy333_blips_lnrnn_adam_cosine",
       {"data": BL, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy333_blips_lnrnn_adamw_exponential",
       {"data": BL, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy333_blips_lnrnn_rmsprop_cosine",
       {"data": BL, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy333_blips_lnrnn_momentum9_cosine",
       {"data": BL, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy333_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2610,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy333_lightning_wine_momentum95",
        lightning_run(_m95("wine", hidden=(2611,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy333_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(2612,), lr=0.01, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy333_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2613,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy333_hf_trainer_iris_momentum95",
        hf_trainer_run(_m95("iris", hidden=(2614,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy333_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2615,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy333_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(2616,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy333_keras_breast_cancer_momentum95",
        keras_run(_m95("breast_cancer", hidden=(2617,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy333_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2618,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy333_tensorboard_digits_momentum95",
        tensorboard_run(_m95("digits", hidden=(2619,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy333_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(2610,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy333_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(2611,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy333_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2612,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
