"""The two-hundred-and-forty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout240`, :mod:`.heldout242` and :mod:`.heldout243` (not
looked at), after the measurement of :mod:`.heldout236` to :mod:`.heldout239`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`TiedMLP` (an input projection,
one square linear layer applied several times, each time through an optional layer norm and its
own activation, optionally residual, with an optional shift of the pre-activations, an output
projection), :class:`InvolutionCNN` (a 3x3 convolution stem, an :class:`Involution` layer whose
3x3 kernels are generated per position and group from the input, max pooling, a dense layer, a
linear head) and :class:`DeltaRNN` (a tanh candidate and a sigmoid gate from the input and the
state; the state moves by the gated difference towards the candidate). Every data set is this
module's own ``data.factory``: :func:`ledgers` (a tabular 4-class set of 8 readings, 1400 rows, 3%
random labels; seed 2410), :func:`yields` (a tabular regression of 8 readings, 1200 rows; seed
2411; times 300 plus 6000 with seed 2412 for the divergence), :func:`blots` (2000 10x10 images of a
plus, a hollow box, an X or a filled square at a random place in noise 0.4, 1% random labels;
seed 2413) and :func:`tides` (900 random walks of 12 steps in 2 readings, 4 classes from the signs
of the two drifts, given flattened; seed 2414). Script cases use RMSprop with alpha 0.95, AdamW
with betas (0.9, 0.9999) and weight decay 0.02 and SGD with Nesterov momentum 0.95 on digits,
wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden width of
1680 to 1689. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum
0.5 or 0.9 and Nesterov momentum 0.9; schedules constant, cosine, step and exponential.

Each case is labelled with the injected fault from its run's own metrics (losses, validation loss
and score, step-loss swing, the share of the step loss's within-epoch variance its position
explains, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``, the
test confusion matrix), trained at seed 0 with ``diagnose.enabled`` false (scripts called
directly): no diagnosis was made. Label policy exactly as in :mod:`.heldout107`.

Not done as asked (the machine was shared by four writers and runs took 3 to 10 times longer than
planned): the cases were not all trained once more into one fresh store after the last change.
The numbers are from the last run of each case's final settings, in several stores under
``/tmp/h241/`` (``s7``: ledgers and yields healthy runs and healthy scripts; ``s8``: healthy
Delta-RNNs; ``s10``: healthy involution CNNs; ``s9``: ledgers/yields faults and fault scripts;
``s11``/``s12``: blots and tides faults; ``s13``: Keras' wine; ``s14``: the slow start, added
last with N(0, 0.1) init). Coverage gap: no case produced a noisy loss (the batch-1 run swings
0.66 times its mean, inside the healthy range, and is labelled underfitting).

Measured healthy ranges (runner): update ratio quarter means 1e-4 to 0.098, single steps at most
0.62 (the ELU involution CNN under RMSprop); dead fraction at most 19% in the tied MLPs and 44% in
the involution CNNs' dense layer; saturated at most 7% (the Delta-RNNs' candidate, the tanh MLP
on the yields); gradient norms 0.0074 to 8.6; the step loss's position explains at most 36% of its
within-epoch variance (scripts 32%); its step-to-step swing at most 1.18 times its mean (scripts
1.78, the loop's breast cancer). Healthy scores (validation): ledgers 0.8679-0.9071 (baseline
0.7107), yields R2 0.7693 and 0.9119 (baseline 0.6657), blots 0.88-0.9175 (baseline 0.84), tides
0.9556 (test 0.9611 and 0.9667; baseline 0.9611: a linear read of the walk's quadrant is nearly
as good, as with :mod:`.heldout199`'s drifts); scripts digits 0.9749 and 0.9666, wine 1.0, breast
cancer 0.9561, moons 0.9531, 0.9924 and 0.9524, iris 0.9667, circles 0.9919. Validation losses are
lowest at the end but the ELU tied MLP (epoch 14 of 15, 0.1% above), the ReLU involution CNN
(epoch 9 of 10, 0.4% above), Trainer's moons and iris (epoch 19 of 20, 0.1% above).

Changes after the first run: the first images (bars, a plus and a box) gave a logistic baseline
of 0.99, so :func:`blots` became glyphs at random places (n 2000 to keep runs short); the healthy
involution CNNs reached 0.73-0.86 against a baseline of 0.84 at LR 1e-3/2e-3 for 8 epochs, so they
took 2.5 times the LR and 10 epochs (0.88-0.92); the tides' classes were relabelled (the same four
sign patterns; no change in difficulty); the leaky tied MLP under RMSprop (LR 1e-3, exponential
0.85) reached 0.7714, so LR 3e-3 with gamma 0.9 (0.9036); Keras' wine (AdamW at 5e-4) ended 3.4%
above its epoch-13 minimum, so LR 3e-4 (lowest at the end, accuracy 1.0). Relabelled from the
metrics: the RMSprop-killed involution CNN kept its dense units about as alive as the healthy
runs (37.5%), so it expects ``update_ratio_high`` and ``underfitting``, not ``dead_relu``; the
N(0, 0.03) CNN never left ln 4 (``not_training``, vanishing gradients, dead dense units) instead
of a slow start, so the slow start was added with N(0, 0.1) init; the batch-1 run was not noisy
(see above).

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 28)
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


def ledgers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a product term (readings 0, 1 and 2) times 2 plus the sign of a score with an absolute
    term (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 1] - 0.7 * x[:, 0] * x[:, 2]
    s2 = x[:, 3] + 0.8 * np.abs(x[:, 4]) - 0.6
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def _glyphs() -> tuple[np.ndarray, ...]:
    """The blots' four 5x5 marks: a plus sign, a hollow box, an X and a filled 3x3 square."""
    plus, box, cross, fill = (np.zeros((5, 5)) for _ in range(4))
    plus[2, :] = plus[:, 2] = 1.0
    box[0, :] = box[4, :] = box[:, 0] = box[:, 4] = 1.0
    idx = np.arange(5)
    cross[idx, idx] = cross[idx, 4 - idx] = 1.0
    fill[1:4, 1:4] = 1.0
    return plus, box, cross, fill


def blots(n: int = 4000, noise: float = 0.4, flip: float = 0.01,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 5x5 mark each at a random
    place (4 classes: a plus sign, a hollow box, an X, a filled 3x3 square; see
    :func:`~benchmarks.diagnosis_bank._parts.glyph_images`) in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images(_glyphs(), n, 10, noise, flip, seed)


def tides(n: int = 900, steps: int = 12, noise: float = 0.5, drift: float = 0.35,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings, each
    drifting up or down by ``drift`` a step under Gaussian steps of ``noise`` from a random
    start; the class is twice whether the two drifts differ in sign plus whether the first
    drifts down (4 classes, the four sign patterns). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    first = np.where(y % 2 == 0, 1.0, -1.0)
    signs = np.stack([first, np.where(y // 2 == 0, first, -first)], 1)
    moves = drift * signs[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    start = rng.normal(0.0, 1.0, (n, 1, 2))
    x = start + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class TiedMLP(nn.Module):
    """An MLP with weight-tied layers: an input projection, then one square linear layer applied
    ``repeats`` times (each time through an optional layer norm and its own activation module,
    added to its input with ``skip``; the pre-activations shifted by ``bias_shift``), then an
    output projection."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 repeats: int = 3, activation: str = "relu", skip: bool = False,
                 norm: bool = False, bias_shift: float = 0.0) -> None:
        super().__init__()
        self.proj = nn.Linear(int(np.prod(input_shape)), width)
        self.tied = nn.Linear(width, width)
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(repeats))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(repeats))
        self.skip, self.bias_shift = skip, bias_shift
        self.out = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.proj(x.flatten(1))
        for norm, act in zip(self.norms, self.acts, strict=True):
            a = act(norm(self.tied(h)) + self.bias_shift)
            h = h + a if self.skip else a
        return self.out(h)


class Involution(nn.Module):
    """An involution layer: a ``kernel`` x ``kernel`` kernel per position and group, generated
    from the input at that position (1x1 convolution, activation, 1x1 convolution), applied to
    the position's neighbourhood and shared across the channels of its group."""

    def __init__(self, channels: int, kernel: int = 3, groups: int = 2, reduce: int = 2,
                 activation: str = "relu") -> None:
        super().__init__()
        self.k, self.g = kernel, groups
        self.reduce = nn.Conv2d(channels, max(channels // reduce, 1), 1)
        self.act = _ACTS[activation]()
        self.span = nn.Conv2d(max(channels // reduce, 1), kernel * kernel * groups, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        weight = self.span(self.act(self.reduce(x))).view(b, self.g, 1, self.k * self.k, h, w)
        patches = nn.functional.unfold(x, self.k, padding=self.k // 2)
        patches = patches.view(b, self.g, c // self.g, self.k * self.k, h, w)
        return (weight * patches).sum(3).view(b, c, h, w)


class InvolutionCNN(nn.Module):
    """A 3x3 convolution stem, an involution layer, 2x2 max pooling, a dense layer and a linear
    head, each followed by the activation."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 groups: int = 2, dense: int = 32, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.inv = Involution(channels, groups=groups, activation=activation)
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels * (h // 2) * (w // 2), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act2(self.inv(self.act1(self.stem(x)))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class DeltaRNN(nn.Module):
    """A Delta-RNN written out from linear layers: at each step a tanh candidate of the input
    and the state, and a sigmoid gate (its pre-activation shifted by ``gate_bias``); the state
    moves by the gated difference towards the candidate (``h + g * (candidate - h)``); it reads
    the flattened sequence of ``features`` readings a step to its last state, then a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gate_bias = features, hidden, gate_bias
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 2 * hidden)
        self.wh = nn.Linear(hidden, 2 * hidden, bias=False)
        self.cand = nn.Tanh()
        self.gate = nn.Sigmoid()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            g = self.gate(z[:, :n] + self.gate_bias)
            h = h + g * (self.cand(z[:, n:]) - h)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout241"
LG = _factory(f"{HERE}:ledgers", seed=2410)
YD = _factory(f"{HERE}:yields", seed=2411)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2412)
BL = _factory(f"{HERE}:blots", n=2000, seed=2413)
TD = _factory(f"{HERE}:tides", seed=2414)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TiedMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:InvolutionCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeltaRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.9, 0.9999) and weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.9999), "weight_decay": 0.02},
              **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.95."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": True}, **kw)


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
    Case("h241_divergence_yields_raw_tied_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the tied ReLU MLP of 24, plain SGD at LR 0.01, batch 22",
         {"data": YD_RAW, "model": _mlp(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.2e7 at the first step, then Inf at step 3, "
                      "where the run stops; gradient norms 258 to Inf"), verdict="failed"),
    Case("h241_exploding_ledgers_tied_r6_leaky_std1", "the tied leaky-ReLU MLP of 24 applied 6 "
         "times with N(0, 1) init on the ledgers, SGD with momentum 0.5 at LR 1e-10, batch 29",
         {"data": LG, "model": {**_mlp(width=24, repeats=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 4.45e4 to 4.44e4, far above ln 4; gradient norms 7612 to "
                      "8.9e4 (healthy at most 8.6); quarter-mean update ratios up to 5.3e-7, a side"
                      " effect of the LR; 8.3% of the last application's units logged dead; "
                      "accuracy 0.3107 (test 0.2893, majority 0.2571); 84% of the test predictions "
                      "in one class"), verdict="failed"),
    Case("h241_dead_relu_ledgers_tied_skip_shift10", "the residual tied ReLU MLP of 24 (3 "
         "applications) whose pre-activations are shifted by -10, so its ReLUs never fire and the "
         "net learns through its skips, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": LG, "model": _mlp(width=24, skip=True, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("not_converged",),
         why_allowed=("every unit of the three applications logged dead (healthy at most 19%), "
                      "the net learning through its skips alone: accuracy 0.7107 (training "
                      "0.7345), at the baseline (0.7107) and far below the healthy runs (0.8679 "
                      "and up); the validation loss 1.4% above its epoch-8 minimum"), verdict=TP),
    Case("h241_update_ratio_high_blots_involution_rmsprop_lr008", "the involution CNN (8 "
         "channels, 32 "
         "dense) on the blots, plain RMSprop at LR 0.08, batch 27",
         {"data": BL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "underfitting"),
         allow=("exploding_gradients", "dead_relu", "vanishing_gradients", "at_chance",
                "update_ratio_low", "not_training", "noisy_loss", "predictions_collapsed",
                "unshuffled_data", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.39 to 1.8e4 in epoch 1 (epoch loss 410), then "
                      "sits at 1.35 and 1.30, so the blow-up passed; quarter-mean update ratios up "
                      "to 0.60, single steps up to 18 (healthy at most 0.098 and 0.62); gradient "
                      "norms up to 1.1e4; 37.5% of the dense units and 25% of the involution's "
                      "kernel units logged dead (about the healthy runs, up to 44%); accuracy "
                      "0.3925 (training 0.48) against a baseline of 0.84; 33% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h241_update_ratio_high_ledgers_tied_norm_tanh_adagrad", "the layer-normalised tied tanh "
         "MLP of 24 on the ledgers, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": LG, "model": _mlp(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "not_training"),
         why_allowed=("quarter-mean update ratios up to 0.47, single steps up to 18 (healthy at "
                      "most 0.098 and 0.62); 96% of the tanh units saturated (healthy at most "
                      "7%); the epoch loss 12.8 at first, 2.18 at the end, far above ln 4; "
                      "accuracy 0.2536 against a majority share of 0.2571, every test prediction "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h241_update_ratio_low_blots_involution_sgd_lr1e9", "the involution CNN on the blots, "
         "plain SGD at LR 1e-9, batch 31, 4 epochs",
         {"data": BL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.39 at every epoch; quarter-mean update ratios at most "
                      "3.2e-12 (healthy at least 1e-4); accuracy 0.2675 against a majority share "
                      "of 0.2575"), verdict=TP),
    Case("h241_update_ratio_low_tides_delta_rmsprop_lr1e10", "the Delta-RNN of 16 on the tides, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.361 at every epoch; quarter-mean update ratios at most "
                      "7.9e-10 (healthy at least 1e-4); accuracy 0.2889 (test 0.3111) against a "
                      "majority share of 0.2667; 38% of the test predictions in one class"),
         verdict=TP),
    Case("h241_vanishing_ledgers_tied_r16_sigmoid_momentum9", "the tied sigmoid MLP of 12 "
         "applied 16 times on the ledgers, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": _mlp(width=12, repeats=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the input projection's gradients down to 3.6e-16 (healthy at least "
                      "0.0074); the epoch loss 1.394 to 1.395 (ln 4 is 1.386); accuracy 0.2571 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    Case("h241_saturated_tides_delta_std3_rmsprop", "the Delta-RNN of 16 with N(0, 3) init on "
         "the tides, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TD, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "underfitting"),
         allow=("update_ratio_low", "noisy_loss", "unshuffled_data", "at_chance",
                "not_training", "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("77% of the candidate's tanh outputs and 70% of the gate's sigmoid outputs "
                      "saturated (healthy at most 7% and 1.5%); the epoch loss 12.4 to 11.8, far "
                      "above ln 4; gradient norms up to 5.5e4 from the huge weights; accuracy "
                      "0.2111 (test 0.2333) against a majority share of 0.2667; 44% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h241_stuck_blots_involution_std003_momentum9", "the involution CNN with N(0, "
         "0.03) init on the blots, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": BL, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "vanishing_gradients", "dead_relu", "at_chance",
                 "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "slow_start", "not_converged"),
         why_allowed=("the epoch loss 1.388 to 1.386 over 10 epochs (ln 4 is 1.386): the run never "
                      "starts; gradient norms 0 to 3.6e-3, first 6e-6 (healthy at least 0.0074); "
                      "every dense unit logged dead (healthy up to 44%); accuracy 0.2575, the "
                      "majority share, every test prediction in one class"), verdict=TP),
    Case("h241_slow_start_blots_involution_std01_momentum9", "the involution CNN with N(0, "
         "0.1) init on the blots, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": BL, "model": {**_cnn(), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits near ln 4 (1.387, 1.368) for 2 epochs, then falls "
                      "(0.131 at epoch 10, the validation loss lowest at the end); first gradient "
                      "norms from 2.5e-3 (healthy first norms at least 0.0115); 9% of the dense "
                      "units logged dead; accuracy 0.9475 (test 0.8975), about the healthy runs"),
         verdict=TP),
    Case("h241_unshuffled_ledgers_tied_silu_rmsprop", "the ledgers sorted by label, never "
         "shuffled, the tied SiLU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_training", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.97% of its within-epoch "
                      "variance (healthy runner runs at most 36%); the epoch loss 1.390 to 1.382 "
                      "(0.6% lower); accuracy 0.25 (test 0.2536, majority 0.2571), 98% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h241_mse_softmax_tides_delta_adam", "the tides trained with square error on the "
         "softmax, the Delta-RNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TD, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9556 (test 0.9778) like the healthy"
                      " runs, the validation loss lowest at the end"), verdict=TP),
    Case("h241_b1_underfit_blots_involution_adam", "600 of the blots one image at a time (batch "
         "1), the involution CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**BL, "subset": 600}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting", "noisy_loss",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("single-image steps: the step loss swings 0.66 times its mean over the "
                      "second half (healthy runner runs up to 1.18), so noise is only allowed; "
                      "single-image gradients up to 17 (healthy at most 8.6); two epochs of 600 "
                      "images reach accuracy 0.52 (training 0.66) against a baseline of 0.72, "
                      "the epoch loss still falling (1.36, 1.02) and the validation loss lowest "
                      "at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h241_overfit_ledgers_subset40_tied_tanh_adamw", "40 rows of the ledgers, the tied tanh "
         "MLP of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _mlp(width=160, repeats=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.675 (training 1.0; the healthy runs 0.8679 "
                      "and up); the validation loss lowest at epoch 2 of 150, 2.43 times it at the"
                      " end; up to 23% of the tanh units saturated (healthy at most 7%)"),
         verdict=GP),
    Case("h241_gap_blots_subset30_involution_adam", "30 images of the blots, the involution CNN "
         "of 16 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BL, "subset": 30}, "model": _cnn(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.345 (training 1.0; the healthy CNNs "
                      "0.88 and up); the validation loss lowest at epoch 4 of 100, 2.62 times it "
                      "at the end; 55% of the dense units logged dead (healthy up to 44%)"),
         verdict=GP),
    Case("h241_underfit_tides_delta_one_unit_adam", "the tides through a Delta-RNN of 1 hidden "
         "unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": TD, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "predictions_collapsed"),
         why_allowed=("one unit cannot hold two drifts: accuracy 0.4944 (training 0.4889; "
                      "healthy 0.9556 and up), the epoch loss still falling 1.6% over the last "
                      "epochs; 28% of the candidate's outputs saturated; 53% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h241_lightning_digits_nesterov95_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.95 at LR 1e20, 1680 units, batch 24, 3 epochs",
         script=lightning_run(_nest("digits", hidden=(1680,), lr=1e20, epochs=3,
                                    batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                     "share", verdict="failed"),
    Case("h241_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.9, 0.9999, weight decay 0.02) at LR 1e-10, 1681 units, batch 20, "
         "3 epochs",
         script=lightning_run(_aw("circles", hidden=(1681,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7144 at every epoch; accuracy 0.4375 at its initial "
                      "weights, 0.0625 below the majority share (0.5)"), verdict=TP),
    Case("h241_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.95) at LR 1e20 (decaying linearly), 1682 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1682,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      " share"), verdict="failed"),
    Case("h241_hf_trainer_iris_nesterov95_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.95 at LR 1e-10 (decaying linearly), 1683 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("iris", hidden=(1683,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.147 at every evaluation; accuracy 0.1667 at its "
                      "initial weights, below 1/3"), verdict=TP),
    Case("h241_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.9, 0.9999, weight decay 0.02) at LR 1e20, 1684 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(1684,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h241_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1685 "
         "units, RMSprop (alpha 0.95) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1685,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 2 of 120, 1.55 "
                      "times it at the end"), verdict=GP),
    Case("h241_tensorboard_breast_cancer_nesterov95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.95 at LR 1e20, 1686 units, batch 19, 3 epochs",
         script=tensorboard_run(_nest("breast_cancer", hidden=(1686,), lr=1e20, epochs=3,
                                      batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"), verdict="failed"),
    Case("h241_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1687 units, AdamW (betas 0.9, 0.9999, weight decay 0.02) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1687,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 4 of 150, 2.86 times it at the end; the "
                      "step loss near 0 swings 1.15 times its mean"), verdict=GP),
    Case("h241_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95) at LR 1e-4, 1688 units, batch 20, a "
         "corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1688,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h241_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.9, "
         "0.9999, weight decay 0.02) at LR 1e-10, 1689 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1689,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.339 at every epoch; accuracy 0.1003, the majority "
                      "share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy241_ledgers_tied_relu_adam",
       {"data": LG, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy241_ledgers_tied_silu_adamw",
       {"data": LG, "model": _mlp(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy241_ledgers_tied_leaky_rmsprop",
       {"data": LG, "model": _mlp(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy241_ledgers_tied_elu_momentum9",
       {"data": LG, "model": _mlp(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy241_ledgers_tied_skip_norm_adagrad",
       {"data": LG, "model": _mlp(width=24, skip=True, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy241_yields_tied_tanh_adam",
       {"data": YD, "model": _mlp(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy241_yields_tied_skip_silu_adamw",
       {"data": YD, "model": _mlp(width=24, skip=True, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 36}}),
    _h("healthy241_blots_involution_relu_adam",
       {"data": BL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy241_blots_involution_leaky_adamw",
       {"data": BL, "model": _cnn(channels=10, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 40}}),
    _h("healthy241_blots_involution_elu_rmsprop",
       {"data": BL, "model": _cnn(channels=8, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2.5e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy241_blots_involution_relu_nesterov9",
       {"data": BL, "model": _cnn(channels=12, groups=4, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy241_tides_delta_adam",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy241_tides_delta_gate_bias1_adam",
       {"data": TD, "model": _rnn(hidden=16, gate_bias=1.0),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy241_tides_delta_rmsprop",
       {"data": TD, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy241_tides_delta_adamw",
       {"data": TD, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 12, "batch_size": 36}}),
    _hs("healthy241_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1680,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy241_lightning_wine_nesterov95",
        lightning_run(_nest("wine", hidden=(1681,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy241_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1682,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy241_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1683,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy241_hf_trainer_iris_nesterov95",
        hf_trainer_run(_nest("iris", hidden=(1684,), lr=2.5e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy241_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1685,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy241_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1686,), lr=3e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy241_keras_breast_cancer_nesterov95",
        keras_run(_nest("breast_cancer", hidden=(1687,), lr=1.2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy241_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1688,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy241_tensorboard_digits_nesterov95",
        tensorboard_run(_nest("digits", hidden=(1689,), lr=2.5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy241_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1680,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy241_plain_moons_nesterov95",
        plain_run(_nest("moons", hidden=(1684,), lr=1.2e-3, epochs=12, batch_size=30, n=630,
                        noise=0.2)), "pytorch"),
    _hs("healthy241_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1686,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
