"""The two-hundred-ninety-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout293` (not looked at), after the measurement of
:mod:`.heldout290` and :mod:`.heldout291`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`ElliottMLP` (hidden linear layers, each followed by
:class:`HalfElliott`: the Elliott activation scaled to (0, 1), ``0.5 * x / (1 + |x|) + 0.5``, on
half of the units and ``x`` on the other half, then a linear head), :class:`ChebyshevCNN` (two
3x3 convolutions with ReLU units, a 2x2 max pool between them, a global mean pool, each pooled
feature expanded by the first four Chebyshev polynomials of its tanh, then a linear classifier)
and :class:`DendriticRNN` (a hand-written cell stepped by hand whose new state is tanh of the sum
over 3 learnt dendritic branches of relu(branch input); the last state feeds a linear head); no
case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`steps_waves`, 900 noisy series of 16 steps in 2 readings with a level
step and/or an oscillation of drawn sign (4 classes; seed 2920); :func:`marks`, 2800 10x10
images of a T, an L, four corner dots or a slash in noise 0.35, 2% random labels (seed 2921);
:func:`grades`, a tabular 3-class set of 10 readings (3% random labels, 1500 rows; seed 2922);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2923; times 300 plus 6000
with seed 2924 for the divergence). Script cases use Adam with weight decay 1e-4, SGD with
momentum 0.85 and RMSprop with alpha 0.97 and momentum 0.2 on digits, wine, iris, breast cancer,
moons, circles and the sine; every script case holds a hidden width of 2190 to 2199. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files, one per worker) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.3367 on the grades, 0.2589 on the marks, 0.2667 on the steps and waves. Baselines
(validation): accuracy 0.6833 (grades), 0.5714 (marks), 0.9833 (steps and waves); R2 0.704
(yields), 0.6881 (the raw yields).

Measured healthy ranges (runner, final store): update ratio quarter means 1.2e-4 to 0.045, single
steps at most 0.58 (the CNN under RMSprop); gradient norms at most 22.8 (the RNN under Adam),
first norms at least 0.025; dead ReLUs of the CNNs' second convolution up to 62.5% (at some
epoch; 37.5% at the end), of the RNN's dendrites at most 5%; saturated tanh states at most 16%;
the step loss's position explains at most 26% of its within-epoch variance; the step loss's
step-to-step swing at most 0.97 times its mean. Healthy scores (validation): grades 0.7167 to
0.8133, marks 0.6143 to 0.9089, steps and waves 0.9722 to 0.9778, yields R2 0.8792 and 0.9169.

Labels from the metrics: the exploding run's test predictions are spread (36% in one class), so
``predictions_collapsed`` is not expected there; the CNN at RMSprop LR 0.1 leaves 56% of its
second convolution dead, inside the healthy CNNs' 62.5%, so it is labelled by its update ratios
(``update_ratio_high``) and ``dead_relu`` is only allowed; the unshuffled run scores 0.47 against
a majority share of 0.3367, so ``at_chance`` is not expected there; the slow start's N(0, 0.02)
init also gives quarter-mean update ratios of 0.27 on its tiny weights (healthy at most 0.045),
so ``update_ratio_high`` is expected beside ``slow_start``. The batch-1 run's step loss swings
1.54 times its mean (healthy at most 0.97), so ``noisy_loss`` is expected.

Changes after the first round: the steps-and-waves set first held a transient pulse and
oscillation, which the last-state RNN could not learn (0.47 to 0.55), then a positive level step
and an in-phase oscillation, which the baseline solved (0.9778); the signs are now drawn. Every
case on it was retrained. The Elliott MLPs (15 to 20 epochs, LR 2e-3 to 0.03) reached 0.6733 to
0.69 on the grades and R2 0.58 to 0.60 on the yields, below or at their baselines, so 30 epochs
and higher LRs (Adam 0.01, AdamW 0.01 stepping every 10 epochs, RMSprop 5e-3 with decay 0.93,
momentum 0.9 at 0.05, Adagrad 0.1, yields AdamW 5e-3); the CNNs under Adam and RMSprop (0.74, 0.54)
now train 16 epochs at LR 8e-3 and 4e-3, under AdamW 16 epochs at 8e-3 stepping every 5; the
slow start (N(0, 0.03), 10 epochs) started at once (first gradient norms 7.5e-3, only 3.4 times
smaller than the healthy minimum), so its init went to 0.01 (never left ln 4 in 10 epochs, first
norms 7e-4), then 0.02 and 20 epochs (0.015 and 0.02 at 12 epochs still near ln 4; 0.025 at 20
epochs started at epoch 8), each tried alone at seed 0 in a scratch store. Changes after the
second round (each script checked alone at seed 0 in a scratch store): TensorBoard's iris
(LR 1e-3, 8.3% above its epoch-16 minimum) now LR 5e-4, lowest at the end (accuracy 0.9667);
the loop's sine (LR 5e-4, 1.74 times its epoch-11 minimum; LR 1e-4 still 1.064 times it) now
LR 5e-5 and 20 epochs, lowest at the end (R2 0.9255).

Not met: the healthy RNNs on the steps and waves end at 0.9722 to 0.9778, not above the baseline
(0.9833): the set is still too easy for the baseline and was not changed again for lack of time;
the CNNs under Adam (0.6893) and RMSprop (0.6143) and the grades under RMSprop (0.7167), momentum
(0.74) and Adagrad (0.7367) stay only a little above their baselines; the grades under Adam ends
0.7% above its epoch-24 validation minimum and under momentum 0.1% above its epoch-25 minimum, the
yields under Adam 0.5% above its epoch-27 minimum, the loop's breast cancer 0.3% above its
epoch-11 minimum, Trainer's iris 0.1% above its epoch-13 minimum; the two changed scripts were not
retrained into the final store, nor was the final slow start (its numbers are from its scratch
store; its test predictions were not read).

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


def steps_waves(n: int = 900, steps: int = 16, noise: float = 0.5,
                seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings;
    reading 0 may hold a level step of 1 or -1 (drawn) from a random time in its first half to
    its end, reading 1 an oscillation of +-1 flipping each step, of a drawn phase, over such a
    span; the class is which
    (4 classes: none, the oscillation, the step, both). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        if label // 2:
            x[i, int(rng.integers(0, steps // 2)):, 0] += rng.choice([-1.0, 1.0])
        if label % 2:
            t = int(rng.integers(0, steps // 2))
            x[i, t:, 1] += rng.choice([-1.0, 1.0]) * np.where(np.arange(steps - t) % 2, -1.0, 1.0)
    return x.reshape(n, steps * 2).astype(np.float32), y


_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)
_SLASH = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=float)


def marks(n: int = 2800, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: a T, an L, four corner dots, a slash), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_TEE, _ELL, _CORNERS, _SLASH), n, 10, noise, flip, seed)


def grades(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the score is reading 0 plus half
    the product of readings 1 and 2 plus a third of reading 3 squared less 1/3; the class is the
    score below -0.5, between, or above 0.5; readings 4 to 9 are noise; a share ``flip`` of
    labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s = x[:, 0] + 0.5 * x[:, 1] * x[:, 2] + (x[:, 3] ** 2 - 1.0) / 3.0
    y = np.digitize(s, [-0.5, 0.5])
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target twice a sine of one,
    half a square of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(x[:, 0]) + 0.5 * x[:, 1] ** 2 + x[:, 2] * x[:, 3] + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class HalfElliott(nn.Module):
    """The Elliott activation scaled to (0, 1), ``0.5 * x / (1 + |x|) + 0.5``, on the first half
    of the units; the other half pass as they are (``x``)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        k = x.shape[-1] // 2
        return torch.cat([0.5 * x[..., :k] / (1.0 + x[..., :k].abs()) + 0.5, x[..., k:]], dim=-1)


class ElliottMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units, each followed by
    :class:`HalfElliott`, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), HalfElliott()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class ChebyshevCNN(nn.Module):
    """Two 3x3 convolutions with ReLU units (the second's pre-activations can start shifted by
    ``shift``), a 2x2 max pool between them and a global mean pool after; each pooled feature
    ``f`` is expanded by the first four Chebyshev polynomials of ``t = tanh(f)`` (1, t,
    2t^2 - 1, 4t^3 - 3t) before a linear classifier."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.shift = shift
        self.head = nn.Linear(4 * channels[1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        f = self.act2(self.conv2(h) + self.shift).mean(dim=(2, 3))
        t = torch.tanh(f)
        feats = torch.cat([torch.ones_like(t), t, 2 * t ** 2 - 1, 4 * t ** 3 - 3 * t], dim=1)
        return self.head(feats)


class DendriticRNN(nn.Module):
    """A hand-written recurrent net stepped by hand: each step, ``branches`` learnt dendritic
    branches read the input and the state; the new state is ``tanh`` of the sum over branches
    of ``relu(branch input)``; the last state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, branches: int = 3) -> None:
        super().__init__()
        self.features, self.hidden, self.branches = features, hidden, branches
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, branches * hidden)
        self.wh = nn.Linear(hidden, branches * hidden, bias=False)
        self.dendrite = nn.ReLU()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            branch = self.dendrite(self.wx(seq[:, t]) + self.wh(h))
            h = self.squash(branch.view(-1, self.branches, self.hidden).sum(dim=1))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout292"
SW = _factory(f"{HERE}:steps_waves", seed=2920)
MK = _factory(f"{HERE}:marks", seed=2921)
GR = _factory(f"{HERE}:grades", seed=2922)
YD = _factory(f"{HERE}:yields", seed=2923)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2924)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ElliottMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ChebyshevCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DendriticRNN", "args": args}


def _adw(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with weight decay 1e-4."""
    return _s(data, optim="adam", optim_args={"weight_decay": 1e-4}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.97 and momentum 0.2."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.97, "momentum": 0.2}, **kw)


MOM9 = {"momentum": 0.9}
MOM5 = {"momentum": 0.5}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h292_divergence_yields_raw_elliottmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the Elliott MLP of 20, plain SGD at LR 0.02, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.8e7 at the first step, 4.4e28 at step 3, NaN "
                      f"at step 4, with every gradient norm and update ratio"), verdict="failed"),
    Case("h292_exploding_grades_elliottmlp_d6_std1", "the Elliott MLP of 6 layers of 24 with "
         "N(0, 1) init on the grades, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GR, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 4611 at every epoch; every gradient norm 1002 to 3943 "
                      "(healthy at most 22.8); quarter-mean update ratios up to 4.2e-8, a side"
                      " effect of the LR; accuracy 0.2533 below the majority share 0.3367; "
                      "only 36% of the test predictions in one class"), verdict="failed"),
    Case("h292_dead_relu_marks_chebcnn_shift10", "the Chebyshev CNN on the marks with its second "
         "convolution's pre-activations shifted by -10, so its ReLUs never fire, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": MK, "model": _cnn(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the second convolution logged dead (healthy CNNs up to "
                      "62.5%), so no gradient passes it: the epoch loss 1.397 to 1.392 (ln 4);"
                      " accuracy 0.2589 at the majority share, every test prediction in one "
                      "class"), verdict=TP),
    Case("h292_update_ratio_high_marks_chebcnn_rmsprop_lr01", "the Chebyshev CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "dead_relu", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("quarter-mean update ratios up to 0.5, single steps up to 14 (healthy at"
                      " most 0.045 and 0.58); the epoch loss 9.6 to 3.9, the validation loss "
                      "lowest at epoch 2; 56% of the second convolution's units dead, inside "
                      "the healthy CNNs' 62.5%, so dead_relu is only allowed; accuracy 0.2554 "
                      "at the majority share, every test prediction in one class"), verdict=TP),
    Case("h292_update_ratio_high_steps_waves_dendrnn_adagrad_lr2", "the dendritic RNN of 16 on "
         "the steps and waves, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SW, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "dead_relu"),
         why_allowed=("quarter-mean update ratios up to 0.45, single steps up to 13.7 (healthy"
                      " at most 0.035 and 0.58); 62% of the tanh states saturated (healthy at "
                      "most 16%); epoch losses 7.6 to 1.64; accuracy 0.2556 against 0.2667, "
                      "every test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h292_update_ratio_low_marks_chebcnn_sgd_lr1e9", "the Chebyshev CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.584 at every epoch; quarter-mean update ratios at most"
                      " 3.1e-10 (healthy at least 1.2e-4); accuracy 0.2554 against a majority "
                      "share of 0.2589; every test prediction in one class"), verdict=TP),
    Case("h292_update_ratio_low_steps_waves_dendrnn_rmsprop_lr1e10", "the dendritic RNN of 16 on "
         "the steps and waves, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SW, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.456 at every epoch; quarter-mean update ratios at most"
                      " 8.2e-10; accuracy 0.25 against a majority share of 0.2667, 95% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h292_vanishing_grades_elliottmlp_d12_std005_momentum9", "the Elliott MLP of 12 layers "
         "of 16 with N(0, 0.05) init on the grades, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": GR, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "update_ratio_high"),
         why_allowed=("the first layers' gradients down to 1.7e-11, first norms 6.5e-11 "
                      "(healthy first norms at least 0.025); the epoch loss 1.104 to 1.111 (ln"
                      " 3); quarter-mean update ratios up to 0.12 on the head's tiny weights "
                      "(healthy at most 0.045), a side effect; accuracy 0.3367 at the majority"
                      " share, every test prediction in one class"), verdict=TP),
    Case("h292_saturated_steps_waves_dendrnn_std3_rmsprop", "the dendritic RNN of 16 with "
         "N(0, 3) init on the steps and waves, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SW, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "dead_relu"),
         why_allowed=("84% of the tanh states saturated (healthy at most 16%); the epoch loss "
                      "11.1 to 10.8, far above ln 4; gradient norms up to 52 (healthy at most "
                      "22.8); accuracy 0.2278 against a majority share of 0.2667, every test "
                      "prediction in one class"), verdict=TP),
    Case("h292_slow_start_marks_chebcnn_std002_momentum9", "the Chebyshev CNN with N(0, 0.02) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 20 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "update_ratio_high"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "vanishing_gradients",
                "not_converged"),
         why_allowed=("first gradient norms 3e-3 (healthy first norms at least 0.025), norms "
                      "down to 7.7e-4; the epoch loss near ln 4 (1.52 to 1.39) for 9 epochs, "
                      "then 1.2 to 0.579 (0.5% below the epoch before) with the validation loss "
                      "lowest at the end; quarter-mean update ratios up to 0.27 on the tiny "
                      "weights (healthy at most 0.045); accuracy 0.7536 (baseline 0.5714)"),
         verdict=TP),
    Case("h292_unshuffled_grades_elliottmlp_rmsprop", "the grades sorted by label, never "
         "shuffled, the Elliott MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GR, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.92% of its within-"
                      "epoch variance (healthy runner runs at most 26%); the epoch loss 1.106 "
                      "to 1.055; accuracy 0.47 against a majority share of 0.3367 and a "
                      "baseline of 0.6833 (not at chance); 53% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h292_mse_softmax_steps_waves_dendrnn_adam", "the steps and waves trained with square "
         "error on the softmax, the dendritic RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": SW, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "generalisation_gap"),
         why_allowed=("square error on the softmax; accuracy 0.8 at the end (0.9722 at its "
                      "best); the validation loss 2.93 times its epoch-9 minimum at the end"),
         verdict=TP),
    Case("h292_noisy_grades_elliottmlp_b1_adam", "the grades one row at a time (batch 1), the "
         "Elliott MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GR, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("not_converged", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 1.54 times its mean over the second half (healthy "
                      "runner runs at most 0.97); accuracy 0.71, the validation loss lowest at"
                      " the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h292_overfit_grades_subset40_elliottmlp_adamw", "40 rows of the grades, the Elliott "
         "MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GR, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.62 (training 1.0; the healthy runs "
                      "0.7167 and up); the validation loss lowest at epoch 4 of 150, 4.19 "
                      "times it at the end"), verdict=GP),
    Case("h292_gap_marks_subset30_chebcnn_adam", "30 images of the marks, the Chebyshev CNN with "
         "16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4089 (training 1.0); the validation "
                      "loss lowest at epoch 15 of 100, 1.40 times it at the end; 31% of the "
                      "second convolution's units dead (healthy up to 62.5%)"), verdict=GP),
    Case("h292_underfit_steps_waves_dendrnn_one_unit_adam", "the steps and waves through a "
         "dendritic RNN of 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": SW, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.5 (training 0.50) far "
                      "below the baseline (0.9833), the validation loss lowest at the end, the"
                      " epoch loss still 2% lower than the epoch before; 52% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h292_lightning_digits_momentum85_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.85 at LR 1e20, 2190 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2190,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 1; accuracy 0.1003, the majority "
                      f"share"), verdict="failed"),
    Case("h292_lightning_circles_adamwd_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (weight decay 1e-4) at LR 1e-10, 2191 units, batch 20, 3 epochs",
         script=lightning_run(_adw("circles", hidden=(2191,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6711 at every epoch; accuracy 0.5 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h292_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.97, momentum 0.2) at LR 1e20 (decaying linearly), 2192 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(2192,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.066 below the "
                      f"majority share"), verdict="failed"),
    Case("h292_hf_trainer_iris_momentum85_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.85 at LR 1e-10 (decaying linearly), 2193 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(2193,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9 at every evaluation; accuracy 0.7333 at its "
                      "initial weights"), verdict=TP),
    Case("h292_keras_moons_adamwd_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (weight decay 1e-4) at LR 1e20, 2194 units, batch 20, 3 epochs",
         script=keras_run(_adw("moons", hidden=(2194,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h292_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 2195 "
         "units, RMSprop (alpha 0.97, momentum 0.2) at LR 1e-4, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(2195,), lr=1e-4, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5487, training 1.0); the "
                      "validation loss lowest at epoch 11 (2.029), 3.335 at the end"), verdict=GP),
    Case("h292_tensorboard_breast_cancer_momentum85_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.85 at LR 1e20, 2196 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2196,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 1; accuracy 0.3684, far below "
                      f"0.6316"), verdict="failed"),
    Case("h292_tensorboard_circles_subset8_adamwd_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2197 units, Adam (weight decay 1e-4) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_adw("circles", hidden=(2197,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5846, training 1.0); the "
                      "validation loss lowest at epoch 8 of 150, 2.25 times it at the end"),
         verdict=GP),
    Case("h292_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.97, momentum 0.2) at LR 1e-4, 2198 units, "
         "batch 20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2198,), lr=1e-4, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h292_plain_digits_adamwd_lr1e10_stuck", "hand-written loop: digits, Adam (weight decay "
         "1e-4) at LR 1e-10, 2199 units, batch 25, 4 epochs",
         script=plain_run(_adw("digits", hidden=(2199,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.346 at every epoch; accuracy 0.117, about the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy292_grades_elliottmlp_adam_cosine",
       {"data": GR, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy292_grades_elliottmlp_adamw_step",
       {"data": GR, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 10,
                  "gamma": 0.4},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy292_grades_elliottmlp_rmsprop_exponential",
       {"data": GR, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "exponential", "gamma": 0.93},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy292_grades_elliottmlp_momentum9_cosine",
       {"data": GR, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy292_grades_elliottmlp_d3_adagrad_inverse_time",
       {"data": GR, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy292_yields_elliottmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=48),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy292_yields_elliottmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=32, depth=3),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy292_marks_chebcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 8e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy292_marks_chebcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 8e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy292_marks_chebcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12]),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy292_marks_chebcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy292_steps_waves_dendrnn_adam_cosine",
       {"data": SW, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy292_steps_waves_dendrnn_adamw_exponential",
       {"data": SW, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy292_steps_waves_dendrnn_rmsprop_cosine",
       {"data": SW, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy292_steps_waves_dendrnn_momentum9_cosine",
       {"data": SW, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy292_lightning_digits_adamwd",
        lightning_run(_adw("digits", hidden=(2190,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy292_lightning_wine_momentum85",
        lightning_run(_mom("wine", hidden=(2191,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy292_lightning_moons_rmsprop",
        lightning_run(_rms("moons", hidden=(2192,), lr=2e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy292_hf_trainer_breast_cancer_adamwd",
        hf_trainer_run(_adw("breast_cancer", hidden=(2193,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy292_hf_trainer_iris_momentum85",
        hf_trainer_run(_mom("iris", hidden=(2194,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy292_keras_circles_adamwd",
        keras_run(_adw("circles", hidden=(2195,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy292_keras_wine_rmsprop",
        keras_run(_rms("wine", hidden=(2196,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy292_keras_breast_cancer_momentum85",
        keras_run(_mom("breast_cancer", hidden=(2197,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy292_tensorboard_iris_adamwd",
        tensorboard_run(_adw("iris", hidden=(2198,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy292_tensorboard_digits_momentum85",
        tensorboard_run(_mom("digits", hidden=(2199,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy292_tensorboard_moons_rmsprop",
        tensorboard_run(_rms("moons", hidden=(2190,), lr=2e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy292_plain_sine_rmsprop",
        plain_run(_rms("sine", hidden=(2194,), lr=5e-5, epochs=20, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy292_plain_breast_cancer_adamwd",
        plain_run(_adw("breast_cancer", hidden=(2196,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
