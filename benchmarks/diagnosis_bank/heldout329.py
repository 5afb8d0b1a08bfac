"""The three-hundred-twenty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout330` (not looked at), after the measurement of
:mod:`.heldout327` and :mod:`.heldout328`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`MixSoftmaxMLP` (hidden linear
layers with a ReLU, tanh, GELU or ELU activation, then a head that mixes 3 softmaxes with
input-dependent learnt weights and returns the log of the mixture as its logits; for the one-output
regression it mixes 3 linear outputs with the same gate), :class:`ShiftCNN` (a 3x3 convolution
stem with a ReLU whose pre-activations can start shifted, then :class:`ShiftBlock` blocks that
shift channel groups by one pixel up, down, left, right or not at all and mix them with a 1x1
convolution and a ReLU, a 2x2 max pool between blocks, a global max pool, a linear head) and
:class:`TopDownRNN` (two hand-written tanh cells stepped by hand: the lower reads the input, its
own and the upper's previous state, the upper reads the lower's new state and its own; the upper's
last state goes to a linear head); no case fell back to the runner's built-in models. Every data
set is this module's own ``data.factory``: :func:`orders`, 900 noisy series of 12 steps in 2
readings, a 3-step rise of 2.0 in the first and a 3-step dip of 2.0 in the second, each present or
not at a random time (4 classes; flattened as 24 columns and read back as a sequence; seed 3290);
:func:`letters`, 2400 10x10 images of an L, a T, a diagonal or an anti-diagonal at a random place
in noise 0.3, 2% random labels (4 classes; seed 3291); :func:`gauges`, a tabular 4-class set of 8
readings from a product of signs and thresholds (3% random labels, 1400 rows; seed 3292);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 3293; times 300 plus 6000 with
seed 3294 for the divergence). Script cases use Adam with betas (0.8, 0.999) and eps 1e-7, SGD
with momentum 0.9 and dampening 0.5 and Adagrad with an LR decay of 1e-3 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 2560 to
2569. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or
0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, at most two workers at a time) only to check that the fault is real,
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
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.325
on the gauges, 0.2583 on the letters, 0.2611 on the orders. Baselines (validation): accuracy
0.6214 (gauges), 0.6583 (letters), 0.9111 (orders); R2 0.6516 (yields), 0.6945 (the raw yields).

Measured healthy ranges (runner, final settings): update ratio quarter means 5.1e-5 to 0.078,
single steps at most 0.88 (the yields under Adagrad); the ``update_ratio_high`` run reaches
quarter means of 0.72 with single steps up to 14; the ``update_ratio_low`` runs log quarter means
of at most 2.7e-11 and 9.4e-10. Dead fraction of any CNN layer at most 12.5% in the healthy runs
(the three-layer MLP under Adagrad up to 50%); the shifted stem's 100%, the RMSprop CNN's 55% and
75%. Saturated tanh units at most 30% in the healthy runs; the saturated run's 89%, the
update-ratio run's 97%. Gradient norms 0.0022 to 55 (the yields under Adagrad), first norms at
least 0.079; the vanishing run's first-layer norms 2.2e-10 to 3.4e-9, the exploding run's 255 to
2580, the slow start's first norms at most 0.018. The step loss's position in the epoch explains
at most 20% of the within-epoch variance over the second half in the healthy runner runs; the
unshuffled run 99.5%. The standard deviation of the step loss's step-to-step change over the
second half is at most 1.5 times its mean in the healthy runner runs; the batch-1 run's only
0.74. Healthy scores (validation): gauges 0.7679-0.8536, letters 0.925-0.9625, orders
0.9333-1.0, yields R2 0.9127-0.9149.

Changes after each training round: the first :func:`orders` (the order and distance of two pulses
in 12 steps) gave a kNN baseline of 0.9062 against the RNN's 0.8187; a second (order and the sign
product of two pulses in 16 steps) left the RNN at 0.40 to 0.45 against 0.70; a third (order and
the sign of one pulse in 16 steps) left it at 0.72 to 0.78 against 0.8167; the data now say
whether a rise and a dip occur anywhere (12 steps, height 2.0), and the RNNs under Adam (LR 0.01,
25 epochs, 24 units) and RMSprop (LR 5e-3, 25 epochs) reach 0.9833 and 0.9333 against 0.9111. The
CNN's global mean pool reached 0.62 (baseline 0.48 at noise 0.35), so a global max pool and noise
0.3 (0.94). The gauges under SGD with momentum 0.9 (LR 0.02, 20 epochs, 0.6571) now LR 0.05 and
30 epochs (0.8536); under RMSprop (LR 3e-3, decay 0.9, 18 epochs, 0.7429, more than 0.1 below the
best) now LR 5e-3, decay 0.92, 25 epochs (0.8036); the three-layer MLP under Adagrad on the gauges
(0.5964, then 0.6536 at LR 0.1, far below the best) moved to the yields (R2 0.9127, lowest at the
end). The RNN under SGD with momentum 0.9 (LR 0.03) reached only 0.3611 with 82% saturated units,
so it became the RNN under Adam with a step schedule (1.0). The RNN under AdamW (20 epochs, 1.16
times its epoch-17 minimum) now 17 epochs: lowest at the end. Scripts that ended above their
minima were cut to the epoch of the minimum (their LRs are constant, so the runs are the same up
to it), and each ended lowest at its end when retrained: Lightning's wine 15 to 12 epochs,
Lightning's moons 15 to 12, Keras' wine 15 to 11, TensorBoard's moons 15 to 14, the loop's sine 16
to 11. The fault settings were not changed; their labels were set from the metrics: the RMSprop
CNN's blow-up passed and it ends at 0.4667 with only 57% of the test predictions in one class, so
``dead_relu`` and ``underfitting`` are expected, not ``at_chance``; the saturated RNN spreads its
predictions (36% in one class), so ``predictions_collapsed`` is not expected there; the update-ratio
CNN puts every test prediction in one class, so it is expected; the slow start ends 0.2 below its
baseline (``underfitting`` expected beside ``slow_start``); the batch-1 run's step loss swings less
than the healthy runs', so ``noisy_loss`` is only allowed and ``not_converged`` expected; the
loop's stuck digits end 0.06 above the majority share, so ``at_chance`` is only allowed.

Not met: the yields under Adam (cosine) end 0.5% above their epoch-22 minimum, the gauges under
momentum 0.9 0.74% above their epoch-26 minimum, the orders under Adam (cosine) 0.45% above their
epoch-21 minimum and under RMSprop 0.08% above their epoch-23 minimum (fractions of a percent, not
exactly at their ends); the changed cases were each checked in a store of their own, not retrained
together into one fresh store. The slow start is weaker than a flat start: its loss falls 1.5% in
its second epoch (healthy runs 9%). No other seed was checked.

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


def orders(n: int = 900, steps: int = 12, noise: float = 0.5, height: float = 2.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading may hold a 3-step rise of ``height`` and the second a 3-step dip of ``height``,
    each at a random time; the class is whether the rise occurs times 2 plus whether the dip
    occurs (4 classes, set by events at any position). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, (on, sign) in enumerate(((label // 2, 1.0), (label % 2, -1.0))):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += sign * height
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.eye(3)
_ANTI = np.fliplr(np.eye(3)).copy()


def letters(n: int = 2400, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a diagonal, an anti-diagonal), in Gaussian noise of ``noise``;
    a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _ANTI), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (their product positive) times 2 plus whether reading 2 lies within 0.8
    of 0.5 while reading 3 is positive, or reading 4 exceeds 1 (thresholds); readings 5 to 7 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    a = x[:, 0] * x[:, 1] > 0
    b = ((np.abs(x[:, 2] - 0.5) < 0.8) & (x[:, 3] > 0)) | (x[:, 4] > 1.0)
    y = 2 * a.astype(int) + b.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    cosine of a third, a hinge of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.2 * x[:, 0] * x[:, 1] + 1.5 * np.cos(1.5 * x[:, 2]) + 1.5 * np.maximum(x[:, 3], 0.0)
         + 0.8 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "tanh": nn.Tanh, "gelu": nn.GELU, "elu": nn.ELU}


class MixSoftmaxMLP(nn.Module):
    """A mixture-of-softmaxes MLP: ``depth`` hidden layers of ``width`` units with the
    ``activation`` (relu, tanh, gelu or elu), then a head that mixes ``mixtures`` softmaxes with
    input-dependent learnt weights (a softmax of a linear gate) and returns the log of the mixture
    as its logits. With one output (a regression) the head mixes ``mixtures`` linear outputs
    with the same gate instead (a softmax of one output is always 1)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", mixtures: int = 3) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.mixtures, self.n_outputs = mixtures, n_outputs
        self.gate = nn.Linear(n_in, mixtures)
        self.heads = nn.Linear(n_in, mixtures * n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.body(x.flatten(1))
        gate = torch.log_softmax(self.gate(h), dim=1)
        parts = self.heads(h).reshape(-1, self.mixtures, self.n_outputs)
        if self.n_outputs == 1:
            return (gate.exp().unsqueeze(2) * parts).sum(dim=1)
        return torch.logsumexp(gate.unsqueeze(2) + torch.log_softmax(parts, dim=2), dim=1)


class ShiftBlock(nn.Module):
    """Split the channels into 5 groups, shift four of them by one pixel (up, down, left,
    right; zeros fill in) and keep the fifth, then mix them with a 1x1 convolution and a ReLU."""

    def __init__(self, c_in: int, c_out: int) -> None:
        super().__init__()
        self.mix = nn.Conv2d(c_in, c_out, 1)
        self.act = nn.ReLU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = max(1, x.shape[1] // 5)
        out = torch.zeros_like(x)
        out[:, :g, :-1] = x[:, :g, 1:]  # up
        out[:, g:2 * g, 1:] = x[:, g:2 * g, :-1]  # down
        out[:, 2 * g:3 * g, :, :-1] = x[:, 2 * g:3 * g, :, 1:]  # left
        out[:, 3 * g:4 * g, :, 1:] = x[:, 3 * g:4 * g, :, :-1]  # right
        out[:, 4 * g:] = x[:, 4 * g:]
        return self.act(self.mix(out))


class ShiftCNN(nn.Module):
    """A shift-convolution CNN: a 3x3 convolution stem with a ReLU (whose pre-activations can
    start shifted by ``stem_shift``), then shift blocks (:class:`ShiftBlock`) of ``channels``
    with a 2x2 max pool between them, a global max pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 10,
                 channels: tuple[int, ...] = (20, 20), stem_shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], stem, 3, padding=1)
        self.stem_act = nn.ReLU()
        self.stem_shift = stem_shift
        blocks: list[nn.Module] = []
        c = stem
        for i, ch in enumerate(channels):
            if i:
                blocks.append(nn.MaxPool2d(2))
            blocks.append(ShiftBlock(c, ch))
            c = ch
        self.blocks = nn.Sequential(*blocks)
        self.head = nn.Linear(c, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem_act(self.stem(x) + self.stem_shift)
        return self.head(self.blocks(h).amax(dim=(2, 3)))


class TopDownRNN(nn.Module):
    """A top-down recurrent net of two hand-written tanh cells, stepped by hand: the lower cell
    reads the step's input, its own previous state and the upper cell's previous state; the upper
    cell reads the lower cell's new state and its own previous state; the upper cell's last state
    goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.low_x = nn.Linear(features, hidden)
        self.low_h = nn.Linear(hidden, hidden, bias=False)
        self.low_top = nn.Linear(hidden, hidden, bias=False)
        self.up_x = nn.Linear(hidden, hidden)
        self.up_h = nn.Linear(hidden, hidden, bias=False)
        self.low_act = nn.Tanh()
        self.up_act = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        low = seq.new_zeros(x.shape[0], self.hidden)
        up = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            low = self.low_act(self.low_x(seq[:, t]) + self.low_h(low) + self.low_top(up))
            up = self.up_act(self.up_x(low) + self.up_h(up))
        return self.head(up)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout329"
OR = _factory(f"{HERE}:orders", seed=3290)
LE = _factory(f"{HERE}:letters", seed=3291)
GA = _factory(f"{HERE}:gauges", seed=3292)
YI = _factory(f"{HERE}:yields", seed=3293)
YI_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3294)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixSoftmaxMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ShiftCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TopDownRNN", "args": args}


def _adm(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.999) and eps 1e-7."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.999), "eps": 1e-7}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and dampening 0.5."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "dampening": 0.5}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


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
    Case("h329_divergence_yields_raw_mixmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the mixture MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; gradient norms 906 to 5600 at the first step, then overflowing "
                      "(logged 1.8e308) and NaN with every update ratio"),
         verdict="failed"),
    Case("h329_exploding_gauges_mixmlp_d6_std1", "the mixture MLP of 6 ReLU layers of 24 with "
         "N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 1567 at every epoch; every gradient norm 255 to 2580 "
                      "(healthy at most 17.8); quarter-mean update ratios up to 2.6e-8, a side "
                      "effect of the LR; accuracy 0.3214 against a majority share of 0.325, 92.5% "
                      "of the test predictions in one class"), verdict="failed"),
    Case("h329_dead_relu_letters_shiftcnn_stem_shift10", "the shift CNN on the letters with its "
         "stem ReLU's pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": LE, "model": _cnn(stem_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every stem unit logged dead (healthy CNNs up to 12.5% in any layer), so no "
                      "gradient reaches the stem or the first block (norms 0): the epoch loss "
                      "1.392 to 1.386 (ln 4); accuracy 0.2583 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h329_dead_relu_letters_shiftcnn_rmsprop_lr01", "the shift CNN on the letters, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": LE, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "underfitting"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "overfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 28 in epoch 1, then 1.21, so the blow-up passed; gradient "
                      "norms up to 340 and single update ratios up to 7.1 (healthy at most 17.8 "
                      "and 0.88); 55% and 75% of the two blocks' units logged dead (healthy CNNs "
                      "at most 12.5%); accuracy 0.4667, 0.19 below the baseline (0.6583); the "
                      "validation loss 1.11 times its epoch-2 minimum; 57% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h329_update_ratio_high_orders_tdrnn_adagrad_lr2", "the top-down RNN of 16 on the "
         "orders, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.72, single steps up to 14 (healthy at "
                      "most 0.078 and 0.88); 97% of the tanh states saturated (healthy at most "
                      "30%); gradient norms up to 2e5, a side effect; epoch losses 6.6 to 2.2; "
                      "accuracy 0.2667 against 0.261, 97% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h329_update_ratio_low_letters_shiftcnn_sgd_lr1e9", "the shift CNN on the letters, "
         "plain SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": LE, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.394 at every epoch; quarter-mean update ratios at most "
                      "2.7e-11 (healthy at least 5.1e-5); accuracy 0.2396 against a majority "
                      "share of 0.2583; every test prediction in one class"), verdict=TP),
    Case("h329_update_ratio_low_orders_tdrnn_rmsprop_lr1e10", "the top-down RNN of 16 on the "
         "orders, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.408 at every epoch; quarter-mean update ratios at most "
                      "9.4e-10; accuracy 0.2444 against a majority share of 0.261, 96% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h329_vanishing_gauges_mixmlp_d12_tanh_std005_momentum9", "the mixture MLP of 12 tanh "
         "layers of 16 with N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": GA, "model": {**_mlp(width=16, depth=12, activation="tanh"), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients 2.2e-10 to 3.4e-9, first norms at most 9.3e-10 "
                      "(healthy first norms at least 0.079); the epoch loss 1.373 to 1.354; "
                      "accuracy 0.3214 at the majority share (0.325), every test prediction in "
                      "one class"), verdict=TP),
    Case("h329_saturated_orders_tdrnn_std3_rmsprop", "the top-down RNN of 16 with N(0, 3) init "
         "on the orders, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": OR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("89% of the tanh states saturated (healthy at most 30%); the epoch loss "
                      "11.4 to 12.3, far above ln 4, without falling; gradient norms up to 2e7 "
                      "(healthy at most 17.8), a side effect; quarter-mean update ratios down to "
                      "1.3e-5; accuracy 0.2556 against a majority share of 0.261; only 36% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h329_slow_start_gauges_mixmlp_d5_tanh_std015_momentum9", "the mixture MLP of 5 tanh "
         "layers of 16 with N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 32, 15 epochs",
         {"data": GA, "model": {**_mlp(width=16, depth=5, activation="tanh"), "init": "normal",
                                "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "predictions_collapsed",
                "vanishing_gradients", "overfitting", "not_converged"),
         why_allowed=("first gradient norms at most 0.018 (healthy first norms at least 0.079); "
                      "the epoch loss 1.369, 1.348, 1.302 in the first epochs (healthy runs fall "
                      "9% in their second), 1.152 at the end (0.2% below the epoch before) with "
                      "the validation loss lowest at the end; accuracy 0.4179, 0.2 below the "
                      "baseline (0.6214); 64% of the test predictions in one class"), verdict=TP),
    Case("h329_unshuffled_gauges_mixmlp_rmsprop", "the gauges sorted by label, never shuffled, "
         "the mixture MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.5% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 20%); the epoch "
                      "loss 1.394 to 1.370; accuracy 0.3214 against a majority share of 0.325; "
                      "88% of the test predictions in one class"), verdict=TP),
    Case("h329_mse_softmax_orders_tdrnn_adam", "the orders trained with square error on the "
         "softmax, the top-down RNN of 16, Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.85 (test 0.90), below the healthy "
                      "RNNs (0.93 and up) but above the baseline; the validation loss 1.25 times "
                      "its epoch-11 minimum at the end"), verdict=TP),
    Case("h329_noisy_gauges_mixmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "mixture MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.74 times its mean over the second half (healthy "
                      "runner runs up to 1.38), so noise is no clear finding; the epoch loss "
                      "falls 12% in the last epoch, the validation loss lowest at the end: "
                      "accuracy 0.5571, 0.064 below the baseline"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h329_overfit_gauges_subset40_mixmlp_adamw", "40 rows of the gauges, the mixture MLP "
         "of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4821 (training 1.0; healthy runs on the "
                      "gauges 0.7679 and up); the validation loss lowest at epoch 2 of 150, 3.24 "
                      "times it at the end"), verdict=GP),
    Case("h329_gap_letters_subset30_shiftcnn_adam", "30 images of the letters, the shift CNN "
         "with 16 stem channels and blocks of 30, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**LE, "subset": 30}, "model": _cnn(stem=16, channels=[30, 30]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5938 (training 1.0; the healthy CNNs "
                      "0.925 and up); the validation loss lowest at epoch 22 of 100, 1.20 times "
                      "it at the end"), verdict=GP),
    Case("h329_underfit_orders_tdrnn_one_unit_adam", "the orders through a top-down RNN of 1 "
         "unit per cell, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": OR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit a cell cannot tell four classes: accuracy 0.4611 (test 0.4778) "
                      "far below the baseline (0.9111); the epoch loss 1.131, 1.102, 1.091 at the "
                      "end with the validation loss lowest there; update ratios up to 6.2 on the "
                      "tiny weights; 47% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h329_lightning_digits_momentum_lr1e20_nan", "Lightning: digits, SGD with momentum 0.9 "
         "(dampening 0.5) at LR 1e20, 2560 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2560,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; the epoch loss NaN; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h329_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8 and 0.999, eps 1e-7) at LR 1e-10, 2561 units, batch 20, 3 epochs",
         script=lightning_run(_adm("circles", hidden=(2561,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7527 at every epoch; accuracy 0.5234 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h329_hf_trainer_wine_momentum_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.9 (dampening 0.5) at LR 1e20 (decaying linearly), 2562 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(2562,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority share",
         verdict="failed"),
    Case("h329_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad "
         "(LR decay 1e-3) at LR 1e-10 (decaying linearly), 2563 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_agr("iris", hidden=(2563,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.9821 at every evaluation; accuracy 0.5 at its "
                      "initial weights, 0.167 above 1/3"), verdict=TP),
    Case("h329_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(betas 0.8 and 0.999, eps 1e-7) at LR 1e20, 2564 units, batch 20, 3 epochs",
         script=keras_run(_adm("moons", hidden=(2564,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h329_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2565 "
         "units, Adagrad (LR decay 1e-3) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_agr("digits", hidden=(2565,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4262, training 1.0); the "
                      "validation loss 23.4 at epoch 2, 27.7 at the end (1.19 times)"), verdict=GP),
    Case("h329_tensorboard_breast_cancer_momentum_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.9 (dampening 0.5) at LR 1e20, 2566 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2566,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; the step loss NaN; accuracy 0.3684, far below 0.6316",
         verdict="failed"),
    Case("h329_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2567 units, Adam (betas 0.8 and 0.999, eps 1e-7) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_adm("circles", hidden=(2567,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 6 of 150, 2.93 times it at the end"),
         verdict=GP),
    Case("h329_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 0.05, 2568 units, batch 20, a "
         "corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(2568,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h329_plain_digits_momentum_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.9 (dampening 0.5) at LR 1e-10, 2569 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2569,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.289 at every epoch; accuracy 0.1699, 0.06 above the "
                      "majority share, so at_chance is only allowed"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy329_gauges_mixmlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy329_gauges_mixmlp_gelu_adamw_step",
       {"data": GA, "model": _mlp(width=40, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 6, "gamma": 0.4},
        "train": {"epochs": 18, "batch_size": 26}}),
    _h("healthy329_gauges_mixmlp_tanh_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=36, activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy329_gauges_mixmlp_elu_momentum9_cosine",
       {"data": GA, "model": _mlp(width=32, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy329_yields_mixmlp_d3_adagrad_inverse_time",
       {"data": YI, "model": _mlp(width=32, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy329_yields_mixmlp_adam_cosine",
       {"data": YI, "model": _mlp(width=48),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy329_yields_mixmlp_d3_gelu_adamw_cosine",
       {"data": YI, "model": _mlp(width=32, depth=3, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy329_letters_shiftcnn_adam_cosine",
       {"data": LE, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy329_letters_shiftcnn_adamw_step",
       {"data": LE, "model": _cnn(stem=12, channels=[24, 24]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy329_letters_shiftcnn_rmsprop_cosine",
       {"data": LE, "model": _cnn(stem=10, channels=[20, 25]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy329_letters_shiftcnn_momentum9_cosine",
       {"data": LE, "model": _cnn(stem=12, channels=[20, 20]),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy329_orders_tdrnn_adam_cosine",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy329_orders_tdrnn_adamw_exponential",
       {"data": OR, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 17, "batch_size": 24}}),
    _h("healthy329_orders_tdrnn_rmsprop_cosine",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy329_orders_tdrnn_adam_step",
       {"data": OR, "model": _rnn(hidden=20),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "step", "step_size": 8, "gamma": 0.5},
        "train": {"epochs": 24, "batch_size": 20}}),
    _hs("healthy329_lightning_digits_adam",
        lightning_run(_adm("digits", hidden=(2560,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy329_lightning_wine_momentum",
        lightning_run(_mom("wine", hidden=(2561,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy329_lightning_moons_adagrad",
        lightning_run(_agr("moons", hidden=(2562,), lr=0.01, epochs=12, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy329_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_adm("breast_cancer", hidden=(2563,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy329_hf_trainer_iris_momentum",
        hf_trainer_run(_mom("iris", hidden=(2564,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy329_keras_circles_adam",
        keras_run(_adm("circles", hidden=(2565,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy329_keras_wine_adagrad",
        keras_run(_agr("wine", hidden=(2566,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy329_keras_breast_cancer_momentum",
        keras_run(_mom("breast_cancer", hidden=(2567,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy329_tensorboard_iris_adam",
        tensorboard_run(_adm("iris", hidden=(2568,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy329_tensorboard_digits_momentum",
        tensorboard_run(_mom("digits", hidden=(2569,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy329_tensorboard_moons_adagrad",
        tensorboard_run(_agr("moons", hidden=(2560,), lr=0.01, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy329_plain_sine_adagrad",
        plain_run(_agr("sine", hidden=(2564,), lr=0.01, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy329_plain_breast_cancer_adam",
        plain_run(_adm("breast_cancer", hidden=(2566,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
