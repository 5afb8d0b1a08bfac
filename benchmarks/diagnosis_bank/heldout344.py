"""The three-hundred-forty-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no diagnosis
of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` and :mod:`.heldout333` were: every
runner case trains a model of this module through ``model.factory``: :class:`MixtureMLP` (a
mixture-density-style MLP: a shared trunk of hidden layers with an activation given to the
constructor, 3 linear heads whose outputs are mixed by a learnt softmax over the heads computed
from the trunk), :class:`SparseCNN` (a dense-sparse CNN, DSD-style: 3x3 :class:`SparseConv2d` whose
kernels are multiplied by a fixed random binary mask keeping 60% (one healthy run 80%) of the
connections past the first, ReLU units, 2x2 max pools between the stages, a global average pool, a
linear head) and :class:`PlasticRNN` (a hand-written RNN with differentiable plasticity: each
recurrent weight a learnt fixed part plus a learnt coefficient times a Hebbian trace updated at
every step within the sequence with a learnt rate, a tanh on the state, stepped by hand, the mean
of its states read out); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`plateaus`, 900 noisy series of 12 steps in 2 readings, each
reading holding a 4-step plateau of 1.6 up or down at random or none (4 classes; seed 3440);
:func:`badges`, 2400 10x10 images of a plus, a cross, a ring or a bar at a random place in noise
0.35, 2% random labels (4 classes; seed 3441); :func:`gauges`, a tabular 4-class set of 8 readings
(a circle on ``x0, x1`` and a linear threshold of two more, 3% random labels, 1400 rows; seed
3442); :func:`outputs`, a tabular regression of 8 readings (a sine, a product, an absolute value
and a linear term; 1200 rows; seed 3443; times 250 plus 5000 with seed 3444 for the divergence).
Script cases use Adam with betas (0.95, 0.999), SGD with Nesterov momentum 0.6 and Adagrad with an
lr_decay of 1e-2 on digits, wine, iris, breast cancer, moons, circles and the sine; every script
case holds a hidden width of 2720 to 2729. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad,
plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse
time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, one per training process, at most two at once) only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix, with ``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis
was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2929
on the gauges, 0.2625 on the badges, 0.2778 on the plateaus. Baselines (validation): accuracy 0.6
(gauges), 0.5312 (badges), 0.7667 (plateaus); R2 0.6387 (outputs), 0.5953 (the raw outputs).

Measured healthy ranges (runner): update-ratio quarter means 4.1e-5 to 0.048 (single steps up to
0.51, the CNN under Adagrad); the ``update_ratio_high`` run's first-quarter means 0.21 and 0.72;
the ``update_ratio_low`` runs 0 (the CNN) and at most 3.2e-9. Dead fractions at most 33% (the CNNs'
last stage; the MLPs 0 to 3%); the shifted trunk's 100%, the RMSprop-killed trunk's 47% (only
allowed: not most units). Saturated tanh states at most 20% in the healthy runs; the gain-8 RNN's
79%, the Adagrad RNN's 97%. Gradient norms at most 3.98, first norms 0.010 and up; the exploding
run's 590 to 1.5e4, the vanishing run's first trunk norms 2.9e-17 to 1.6e-16. The step loss's
position explains at most 18.4% of its within-epoch variance in the healthy runner runs; the
unshuffled run 99.7%. The step-loss swing (standard deviation of its step-to-step change over its
mean, second half) is 0.28 to 0.85 in the healthy runner runs (the tanh MLP under momentum 0.9),
only 0.80 in the batch-1 run, so ``noisy_loss`` is only allowed there and its state (still falling)
is ``not_converged``. The plastic RNN's recurrent weights, plasticity coefficients and rate are
bare parameters: no gradient norm or update ratio is logged for them. Healthy scores (validation):
gauges 0.7964-0.8786, badges 0.8104-0.8688, plateaus 0.8833-0.9111, outputs R2 0.7325 and 0.8234.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
slow start (N(0, 0.15), LR 0.02, 15 epochs) sat at ln 4 for only 2 epochs, so it became N(0, 0.12),
LR 0.01, 20 epochs (three variants tried, the chosen one flat for 6); the healthy GELU outputs MLP
(LR 2e-3, batch 32, 20 epochs, R2 0.6439 against a baseline of 0.6387) now LR 5e-3, batch 24, 25
epochs (0.8234); the healthy CNNs of 8 to 12 and 16 channels reached only 0.5771 to 0.7271, so all
four now have 16 and 24 channels (Adam at LR 3e-3 for 15 epochs, AdamW at LR 3e-3 with a step
schedule, RMSprop at LR 2e-3 keeping 80% of the connections, Adagrad at LR 0.03); the RNNs under
momentum 0.9 and Adam with a cosine schedule (20 epochs) ended 4.8% and 6.5% above their epoch-11
and epoch-10 minima, so they now decay exponentially (gamma 0.8 and 0.85) over 12 epochs (the other
variant tried, LR 5e-3 with a cosine schedule, reached only 0.85); the runs that ended above their
minimum were cut at it (the AdamW RNN 19 epochs, Lightning's digits 7 and moons 14, the loop's
breast cancer 8): each now ends at its lowest validation loss. The CNNs under Adam and RMSprop were
first checked under scratch names and then once more under their own (the same metrics); so was the
Adam RNN's new configuration.

Not met: the tanh MLP under momentum 0.9 ends 0.3% above its epoch-12 minimum and the Adam outputs
MLP 0.1% above its epoch-17 minimum (both within 0.5%; the others at their end); the changed cases
were checked in stores beside the first, and the measured ranges above mix the rounds (the replaced
runs left out). The slow start's first gradients (0.026 to 0.029) are not clearly below the healthy
runs' (0.010 and up): ``slow_start`` is expected from its loss, flat near ln 4 for six epochs
(1.384 to 1.342) before it falls to 0.482. The gap CNN's validation-loss minimum epoch was not read
(only its value, 1.363, within the first epochs).

Labels from the metrics: the test predictions fall in one class in the shifted MLP (100%), the
vanishing run (100%), the stuck CNN (100%), the stuck RNN (100%) and the saturated RNN (92.8%), so
``predictions_collapsed`` is expected there, allowed in the exploding run (89.6%), the Adagrad RNN
(84%), the unshuffled run (67.5%) and the killed trunk (61%); the shifted MLP, the Adagrad RNN, the
stuck CNN and RNN, the vanishing run and the saturated RNN score within 0.05 of the majority share
(``at_chance`` expected); the exploding run scores 0.079 below it and the unshuffled run 0.05 above
it (allowed; both far below the baseline, so ``underfitting`` is expected), and the killed trunk
0.13 above it (``underfitting`` expected). Keras' 16 digits' validation loss is flat 6.5% above its
epoch-1 minimum, so only ``generalisation_gap`` is expected there; the other overfit runs end 1.93
to 3.17 times their early minima. The loop's stuck digits score 0.1448, within 0.05 of 0.1003
(``at_chance`` expected), HF's stuck iris 0.2.

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


def plateaus(n: int = 900, steps: int = 12, noise: float = 0.5, height: float = 1.6,
             seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a plateau of ``height`` (up or down at random, so a reading's sum does not
    tell) lasting 4 steps at a random time or none; the class is which readings hold one (4
    classes: none, the second, the first, both). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BAR = np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=float)


def badges(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 badge each at a random
    place (4 classes: a plus, a cross, a ring, a vertical bar), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BAR), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds -0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > -0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(1.4 * x[:, 0]) + 0.9 * x[:, 1] * x[:, 2] + 1.2 * np.abs(x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class _Shift(nn.Module):
    """Adds a fixed ``shift`` to its input (the trunk's pre-activations)."""

    def __init__(self, shift: float) -> None:
        super().__init__()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.shift


class MixtureMLP(nn.Module):
    """A mixture-density-style MLP: a shared trunk of ``trunk`` hidden layers of ``width``
    (linear, pre-activations shifted by ``shift``, ``activation``), then ``heads`` linear heads
    whose outputs are mixed by a learnt softmax over the heads computed from the trunk (a linear
    gate)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 heads: int = 3, activation: str = "relu", trunk: int = 1,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width)]
            if shift:
                layers += [_Shift(shift)]
            layers += [_ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.gate = nn.Linear(n_in, heads)
        self.heads = nn.ModuleList(nn.Linear(n_in, n_outputs) for _ in range(heads))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.trunk(x.flatten(1))
        mix = torch.softmax(self.gate(h), dim=1)  # (batch, heads)
        outs = torch.stack([head(h) for head in self.heads], dim=1)  # (batch, heads, out)
        return (mix[:, :, None] * outs).sum(dim=1)


class SparseConv2d(nn.Conv2d):
    """A 3x3 convolution whose kernel is multiplied by a fixed random binary mask keeping a share
    ``keep`` of its connections (dense-sparse-dense style), drawn once from ``mask_seed``."""

    def __init__(self, c_in: int, c_out: int, keep: float = 0.6, mask_seed: int = 0) -> None:
        super().__init__(c_in, c_out, 3, padding=1)
        gen = torch.Generator().manual_seed(mask_seed)
        mask = (torch.rand(self.weight.shape, generator=gen) < keep).float()
        self.register_buffer("mask", mask)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return nn.functional.conv2d(x, self.weight * self.mask, self.bias, padding=1)


class SparseCNN(nn.Module):
    """A dense-sparse CNN: two stages of a :class:`SparseConv2d` and ReLU units (``channels[0]``
    then ``channels[1]``), a 2x2 max pool between and after them, a third sparse convolution with
    ReLU units, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), keep: float = 0.6) -> None:
        super().__init__()
        c0, c1 = channels
        self.features = nn.Sequential(
            SparseConv2d(input_shape[0], c0, 1.0, 1), nn.ReLU(), nn.MaxPool2d(2),
            SparseConv2d(c0, c1, keep, 2), nn.ReLU(), nn.MaxPool2d(2),
            SparseConv2d(c1, c1, keep, 3), nn.ReLU())
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.features(x).mean(dim=(2, 3)))


class PlasticRNN(nn.Module):
    """A hand-written RNN with differentiable plasticity: each recurrent weight is a learnt fixed
    part plus a learnt coefficient times a Hebbian trace, ``h = tanh(gain (W_x x_t + b + h (W +
    alpha * Hebb)))``, the trace updated at every step within the sequence, ``Hebb = (1 - eta)
    Hebb + eta h_prev h^T`` (``eta`` learnt); stepped by hand over the flattened sequence of
    ``features`` readings a step; the mean of the states goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gain = features, hidden, gain
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.w = nn.Parameter(torch.randn(hidden, hidden) / np.sqrt(hidden))
        self.alpha = nn.Parameter(torch.full((hidden, hidden), 0.01))
        self.eta = nn.Parameter(torch.tensor(0.1))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        hebb = seq.new_zeros(x.shape[0], self.hidden, self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            rec = torch.bmm(h[:, None, :], self.w + self.alpha * hebb)[:, 0]
            new = self.squash(self.gain * (self.wx(seq[:, t]) + rec))
            hebb = (1 - self.eta) * hebb + self.eta * torch.bmm(h[:, :, None], new[:, None, :])
            h = new
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout344"
PL = _factory(f"{HERE}:plateaus", seed=3440)
BD = _factory(f"{HERE}:badges", seed=3441)
GA = _factory(f"{HERE}:gauges", seed=3442)
OU = _factory(f"{HERE}:outputs", seed=3443)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3444)


def _mix(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixtureMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SparseCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PlasticRNN", "args": args}


def _b95(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.95, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.95, 0.999)}, **kw)


def _n6(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6, "nesterov": True}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an lr_decay of 1e-2."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-2}, **kw)


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
    Case("h344_divergence_outputs_raw_mixture_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the mixture MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _mix(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 1.5e11 at the third, Inf "
                      f"by the fifth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h344_exploding_gauges_mixture_trunk6_std1", "the mixture MLP with a trunk of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch "
         "30",
         {"data": GA, "model": {**_mix(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "underfitting"),
         allow=("divergence", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 2929 at every epoch; gradient norms 590 to 1.5e4 "
                      "(healthy at most 3.98); update ratios at most 1.2e-7, a side effect of "
                      "the LR; accuracy 0.2214 (test 0.2143), 0.079 below the majority share "
                      "0.2929, so not within 0.05 of it; 89.6% of the test predictions in one "
                      "class (below 90%)"), verdict="failed"),
    Case("h344_dead_relu_gauges_mixture_shift10", "the mixture MLP of 32 on the gauges with its "
         "trunk's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _mix(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every trunk unit logged dead (healthy runs at most 33%), so no "
                      "gradient reaches a weight (norms 0): the validation loss 1.388 to 1.379 "
                      "(ln 4, the head biases alone learn the class shares); accuracy 0.2857 "
                      "against a majority share of 0.2929, every test prediction in one class"),
         verdict=TP),
    Case("h344_dead_relu_gauges_mixture_trunk2_rmsprop_lr01", "the mixture MLP with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _mix(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "at_chance", "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("the step loss up to 136 in epoch 1, then 1.16 to 1.86, so the blow-up "
                      "passed; first-quarter update ratios 0.39 to 0.54 (single steps up to "
                      "9.8); 47% of the second trunk layer's units logged dead (not most); "
                      "accuracy 0.45 (test 0.4214), far below the baseline 0.6 and the healthy "
                      "runs, but 0.13 above the majority share 0.2929; 61% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h344_update_ratio_high_plateaus_plastic_adagrad_lr2", "the plastic RNN of 16 on the "
         "plateaus, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": PL, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.21 (input layer) and 0.72 (head), "
                      "single steps up to 13 (healthy quarter means at most 0.048); 97% of the "
                      "tanh states saturated (healthy at most 20%); the validation loss 1.85 "
                      "to 1.56, above ln 4; accuracy 0.25 (test 0.2944) against a majority share "
                      "of 0.2778; 84% of the test predictions in one class (below 90%)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h344_update_ratio_low_badges_sparsecnn_sgd_lr1e9", "the dense-sparse CNN on the "
         "badges, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": BD, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.392 at every epoch; update ratios logged 0 (below "
                      "float precision; healthy quarter means at least 4.1e-5); accuracy 0.2458 "
                      "against a majority share of 0.2625, every test prediction in one class"),
         verdict=TP),
    Case("h344_update_ratio_low_plateaus_plastic_rmsprop_lr1e10", "the plastic RNN of 16 on "
         "the plateaus, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PL, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.448 at every epoch; update ratios at most 3.2e-9; "
                      "accuracy 0.2833 (test 0.2778) at the majority share 0.2778, every test "
                      "prediction in one class"), verdict=TP),
    Case("h344_vanishing_gauges_mixture_trunk12_sigmoid_std005", "the mixture MLP with a trunk "
         "of 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_mix(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layer's gradients 2.9e-17 to 1.6e-16 (healthy first "
                      "norms at least 0.010); the validation loss 1.374 to 1.377 (near ln 4); "
                      "accuracy 0.2857 against a majority share of 0.2929, every test prediction "
                      "in one class"), verdict=TP),
    Case("h344_saturated_plateaus_plastic_gain8_rmsprop", "the plastic RNN of 16 on the "
         "plateaus with its pre-activations multiplied by 8 before the tanh, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": PL, "model": _rnn(hidden=16, gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("79% of the tanh states saturated (healthy at most 20%); input-layer "
                      "gradient norms up to 153 (healthy at most 3.98); the validation loss "
                      "1.472 to 1.453 (above ln 4); accuracy 0.2722 (test 0.3056) against a "
                      "majority share of 0.2778; 92.8% of the test predictions in one class"),
         verdict=TP),
    Case("h344_slow_start_gauges_mixture_trunk3_std012_momentum9", "the mixture MLP with a trunk "
         "of 3 ReLU layers of 32 and N(0, 0.12) init on the gauges, SGD with momentum 0.9 at LR "
         "0.01, batch 32, 20 epochs",
         {"data": GA, "model": {**_mix(width=32, trunk=3), "init": "normal", "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first input-layer gradient norms 0.026 to 0.029 (healthy first norms 0.010 "
                      "and up, so not clearly smaller); the validation loss 1.380 to 1.334 over "
                      "the first 6 of 20 epochs (ln 4 is 1.386), then 0.4885 at the end (lowest, "
                      "still falling 11% in the last epoch); accuracy 0.8571 against healthy "
                      "0.7964 to 0.8786"), verdict=TP),
    Case("h344_unshuffled_gauges_mixture_rmsprop", "the gauges sorted by label, never shuffled, "
         "the mixture MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mix(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.7% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 18.4%); the "
                      "validation loss 1.377 to 1.355, still creeping down; accuracy 0.3536 (test "
                      "0.3429), 0.05 above the majority share 0.2929 and far below the baseline "
                      "0.6; 67.5% of the test predictions in one class"), verdict=TP),
    Case("h344_mse_softmax_plateaus_plastic_adam", "the plateaus trained with square error on "
         "the softmax, the plastic RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": PL, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8556 (test 0.8333, healthy "
                      "0.8833 and up); the validation loss lowest at the end, still falling 13% "
                      "in the last epoch"), verdict=TP),
    Case("h344_noisy_gauges_mixture_b1_adam", "the gauges one row at a time (batch 1), the "
         "mixture MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mix(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.80 times its mean over the second half (healthy "
                      "runner runs up to 0.85), so noise is no clear finding; the validation "
                      "loss lowest at the end (1.063 to 0.850, falling 20% in the last epoch); "
                      "accuracy 0.6536, 0.054 above the baseline 0.6 and below the healthy "
                      "0.7964 and up"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h344_overfit_gauges_subset40_mixture_adamw", "40 rows of the gauges, the mixture MLP "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mix(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.45 (training 1.0; the healthy runs "
                      "0.7964 and up); the validation loss lowest at epoch 4 of 150 (1.221), "
                      "3.08 times it at the end"), verdict=GP),
    Case("h344_gap_badges_subset30_sparsecnn_adam", "30 images of the badges, the dense-sparse "
         "CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**BD, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3271 (training 1.0; the healthy CNNs "
                      "0.8104 and up); the validation loss lowest early (1.363), 3.17 times it "
                      "at the end"), verdict=GP),
    Case("h344_underfit_plateaus_plastic_two_units_adam", "the plateaus through a plastic RNN of "
         "2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PL, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two units cannot tell four classes: accuracy 0.3833 (training 0.4352), "
                      "far below the baseline 0.7667; the validation loss lowest at the end "
                      "(1.186 to 1.159), still falling"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h344_lightning_digits_betas95_lr1e20_nan", "Lightning: digits, Adam with betas (0.95, "
         "0.999) at LR 1e20, 2720 units, batch 24, 3 epochs",
         script=lightning_run(_b95("digits", hidden=(2720,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h344_lightning_circles_adagrad_decay_lr1e10_stuck", "Lightning: circles (640 points, "
         "noise 0.1), Adagrad (lr_decay 1e-2) at LR 1e-10, 2721 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(2721,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7386 at every epoch; accuracy 0.4609 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h344_hf_trainer_wine_nesterov6_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.6 at LR 1e20 (decaying linearly), 2722 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_n6("wine", hidden=(2722,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h344_hf_trainer_iris_betas95_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam "
         "with betas (0.95, 0.999) at LR 1e-10 (decaying linearly), 2723 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_b95("iris", hidden=(2723,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.215 at every evaluation; accuracy 0.2 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h344_keras_moons_betas95_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam with betas (0.95, 0.999) at LR 1e20, 2724 units, batch 20, 3 epochs",
         script=keras_run(_b95("moons", hidden=(2724,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h344_keras_digits_subset16_adagrad_decay_gap", "Keras names: 16 rows of digits, 2725 "
         "units, Adagrad (lr_decay 1e-2) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(2725,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4345, training 1.0); the "
                      "validation loss 29.1 at epoch 0, lowest at epoch 1 (23.5) and flat near "
                      "25.0 from epoch 2 on (6.5% above its minimum), so it hardly overfits in "
                      "its loss"), verdict=GP),
    Case("h344_tensorboard_breast_cancer_nesterov6_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.6 at LR 1e20, 2726 units, batch 19, 3 epochs",
         script=tensorboard_run(_n6("breast_cancer", hidden=(2726,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h344_tensorboard_circles_subset8_betas95_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2727 units, Adam with betas (0.95, 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_b95("circles", hidden=(2727,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150 (2.244), 1.93 times it at the "
                      "end"), verdict=GP),
    Case("h344_plain_corrupt_record_sine_adagrad_decay", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), Adagrad (lr_decay 1e-2) at LR 0.05, 2728 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(2728,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 1042 at step 2 and settles back to 0.26)"),
         verdict="failed", expect_step=15),
    Case("h344_plain_digits_nesterov6_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.6 at LR 1e-10, 2729 units, batch 25, 4 epochs",
         script=plain_run(_n6("digits", hidden=(2729,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.315 at every epoch; accuracy 0.1448 at its initial "
                      "weights, within 0.05 of the majority share 0.1003"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy344_gauges_mixture_adam_cosine",
       {"data": GA, "model": _mix(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy344_gauges_mixture_gelu_adamw_step",
       {"data": GA, "model": _mix(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy344_gauges_mixture_rmsprop_exponential",
       {"data": GA, "model": _mix(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy344_gauges_mixture_tanh_momentum9_cosine",
       {"data": GA, "model": _mix(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy344_gauges_mixture_adagrad_inverse_time",
       {"data": GA, "model": _mix(width=24),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy344_outputs_mixture_adam_cosine",
       {"data": OU, "model": _mix(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy344_outputs_mixture_gelu_adamw_cosine",
       {"data": OU, "model": _mix(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy344_badges_sparsecnn_adam_cosine",
       {"data": BD, "model": _cnn(channels=[16, 24]),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy344_badges_sparsecnn_adamw_step",
       {"data": BD, "model": _cnn(channels=[16, 24]),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy344_badges_sparsecnn_rmsprop_cosine",
       {"data": BD, "model": _cnn(channels=[16, 24], keep=0.8),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy344_badges_sparsecnn_adagrad_cosine",
       {"data": BD, "model": _cnn(channels=[16, 24]),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy344_plateaus_plastic_adam_exponential",
       {"data": PL, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy344_plateaus_plastic_adamw_exponential",
       {"data": PL, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy344_plateaus_plastic_rmsprop_cosine",
       {"data": PL, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy344_plateaus_plastic_momentum9_exponential",
       {"data": PL, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy344_lightning_digits_betas95",
        lightning_run(_b95("digits", hidden=(2720,), lr=1e-3, epochs=7, batch_size=24)),
        "lightning"),
    _hs("healthy344_lightning_wine_nesterov6",
        lightning_run(_n6("wine", hidden=(2721,), lr=3e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy344_lightning_moons_adagrad_decay",
        lightning_run(_ad("moons", hidden=(2722,), lr=0.01, epochs=14, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy344_hf_trainer_breast_cancer_betas95",
        hf_trainer_run(_b95("breast_cancer", hidden=(2723,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy344_hf_trainer_iris_nesterov6",
        hf_trainer_run(_n6("iris", hidden=(2724,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy344_keras_circles_betas95",
        keras_run(_b95("circles", hidden=(2725,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy344_keras_wine_adagrad_decay",
        keras_run(_ad("wine", hidden=(2726,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy344_keras_breast_cancer_nesterov6",
        keras_run(_n6("breast_cancer", hidden=(2727,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy344_tensorboard_iris_betas95",
        tensorboard_run(_b95("iris", hidden=(2728,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy344_tensorboard_digits_nesterov6",
        tensorboard_run(_n6("digits", hidden=(2729,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy344_tensorboard_moons_adagrad_decay",
        tensorboard_run(_ad("moons", hidden=(2720,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy344_plain_sine_adagrad_decay",
        plain_run(_ad("sine", hidden=(2721,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy344_plain_breast_cancer_betas95",
        plain_run(_b95("breast_cancer", hidden=(2722,), lr=5e-4, epochs=8, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
