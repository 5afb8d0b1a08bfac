"""The three-hundred-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout307` (not looked at), after the measurement of
:mod:`.heldout304` and :mod:`.heldout306`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`MixActMLP` (hidden layers whose units are each a learnt
softmax-weighted sum of the ReLU, the tanh and the identity of their pre-activation, one set of
three mixture weights per layer, :class:`MixAct`; then a linear head), :class:`SoftPoolCNN` (two
3x3 convolutions with ReLU units, each followed by a 2x2 :class:`SoftPool2d` that weights the four
values of a window by a softmax with a learnt per-channel temperature, a global mean pool, a
linear head) and :class:`MultiRateRNN` (a hand-written cell with a fast tanh state updated every
step and a slow tanh state updated every third step from the fast one, both feeding a linear
head, stepped by hand); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`orders`, 900 noisy series of 18 steps in 2 readings, each
reading one 2-step pulse of a random height, the class the order of the two pulses and the sign
of the second (4 classes; flattened as 36 columns, read back as a sequence; seed 3080);
:func:`glyphs`, 2800 12x12 images of an L, a T, a diagonal or four corners at a random place in
noise 0.35, 2% random labels (4 classes; seed 3081); :func:`readings`, a tabular 4-class set of 8
readings whose class is a product's sign and a threshold (3% random labels, 1400 rows; seed
3082); :func:`yields`, a tabular regression of 8 readings with a step, a product and a cosine
(1200 rows; seed 3083; times 300 plus 6000 with seed 3084 for the divergence). Script cases use
Adam with weight decay 1e-4, SGD with Nesterov momentum 0.75 and Adagrad with an initial
accumulator of 0.05 on digits, wine, iris, breast cancer, moons, circles and the sine; every
script case holds a hidden width of 2350 to 2359. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules
constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into a
fresh store (two SQLite files, one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The numbers below are from that store and from the reruns named below. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2929
on the readings, 0.2589 on the glyphs, 0.2556 on the orders. Baselines (validation): accuracy
0.5679 (readings), 0.3911 (glyphs), 0.8556 (orders); R2 0.6556 (yields), 0.5905 (the raw yields).
The data were designed first: two earlier versions of the orders (the order and gap of two fixed
pulses; a product of two signs) had baselines of 0.9667 and 0.7722 with the RNN at 0.87 and 0.60,
so the orders now hold pulses of random heights (baseline 0.8556, the healthy RNNs 0.90 to 0.94).

Measured healthy ranges (runner): update ratio quarter means 1.1e-4 to 0.065, single steps at most
0.83 (the readings under Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.62 with
single steps up to 16.8; the ``update_ratio_low`` runs log quarter means of at most 4e-12 and
9.2e-10. Dead ReLU fractions 0% to 25% in the healthy runs (the CNN under AdamW's second
convolution 25%); the shifted CNN's 100%, the killed CNN's 50%, the 30-image CNN's 31%. Saturated
tanh states at most 15% in the healthy recurrent nets and 35% in the tanh parts of the healthy
MLPs; the saturated run's 84% and 87%, the update-ratio run's 98% and 100%. Gradient norms at
least 0.0048 and at most 13.2, first norms at least 0.018; the vanishing run's down to 3.4e-11,
the exploding run's 185 to 779. The step loss's position in the epoch explains about 12% of the
within-epoch variance over the second half in the healthy runner runs checked; the unshuffled run
99.9%. The standard deviation of the step loss's step-to-step change over the second half is up
to 1.04 times its mean in the healthy runner runs; the batch-1 run's only 0.30. Healthy scores
(validation): readings 0.92-0.94, glyphs 0.81-0.90, orders 0.90-0.94, yields R2 0.8145 and 0.8222.

Changes after the first run (each changed case retrained once at seed 0 into a fresh store,
diagnosis off): the readings under Adam (LR 3e-3, 15 epochs: 0.81), AdamW (0.76), momentum 0.9
(LR 0.02: 0.62) and Adagrad (LR 0.03: 0.64) were far below the best readings run (RMSprop,
0.8714), so LR 5e-3 and 20 epochs (0.9214), LR 6e-3 with a step every 8 epochs and 20 epochs
(0.9429), LR 0.06 and 20 epochs (0.9393) and LR 0.1 and 12 epochs (0.9393; 20 epochs ended 2.7%
above its epoch-12 minimum); the CNN under RMSprop (LR 2e-3, 15 epochs: 0.70, more than 0.1 below
the CNN under Nesterov momentum, 0.9018) now LR 4e-3 and 18 epochs (0.8089); the RNN under
momentum 0.9 (LR 0.03) blew up and ended at chance, so LR 0.01 and 13 epochs (0.90; 15 epochs
ended 3.5% above its epoch-13 minimum); the RNN under AdamW now 11 epochs and under RMSprop 13
(they ended 1.1% and 1.5% above their minima at 15); the RNN under Adam (LR 5e-3) ended 4% above
its epoch-10 minimum at 15 epochs and 1.5% above at 8, and at LR 3e-3 (12 epochs) it scored
only 0.8667, so 32 units, LR 4e-3 and 14 epochs (0.9444, lowest at the end); Keras' wine
under Adagrad now 11 epochs, the loop's breast cancer 10 and the loop's sine 11, TensorBoard's
iris 16 and moons 14 (each had ended 1.2% to 8.5% above its minimum; now lowest at the end). The
slow start (N(0, 0.03) init) never left ln 4 in 10 epochs (at chance, every test prediction in one
class), so N(0, 0.08) init: it trains, slowly.

Labels from the metrics: the slow start's first gradients (0.015 to 0.056) are not clearly below
the healthy CNNs' (from 0.018), so ``slow_start`` is only allowed there and no case expects it;
its loss still falls and its validation loss is lowest at the end, so ``not_converged`` is
expected. The batch-1 run's step loss swings less than the healthy runs', so ``noisy_loss`` is
only allowed; it ends 0.19 below the baseline with its loss still falling, so ``underfitting``
and ``not_converged`` are expected. Test predictions fall in one class in both dead-unit runs
(100%), the update-ratio run (94%), the stuck CNN (100%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there, allowed in the one-unit RNN (72%); not expected in
the exploding run (49%), the stuck RNN (40%), the saturated run (37%) or the unshuffled run
(59%). ``at_chance`` is expected where the accuracy is within 0.05 of the majority share and only
allowed in the update-ratio run (0.3111 against 0.2556) and the saturated run (0.3278); the
overfit runs' validation losses end 2.6 (40 rows), 1.32 (30 images), 1.11 (Keras' 16 rows) and
2.49 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``.

Not met: the readings under AdamW still end 1% above their epoch-19 validation minimum and
under momentum 0.9 0.66% above their epoch-17 minimum (a fraction of a percent to 1%, not exactly
at their ends); the CNNs under AdamW and RMSprop end 0.093 below the CNN under Nesterov momentum,
within 0.1 but not by much; the killed CNN's dead share (50% in its second convolution) is twice
the healthy CNNs' highest (25%), clearly above but not total; no case expects ``slow_start`` (see
above); the changed cases were each checked in a store of their own, not retrained together into
one fresh store, and the measured healthy ranges above are from the first store and those reruns.
No fault case but the slow start was changed. No other seed was checked.

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


def orders(n: int = 900, steps: int = 18, noise: float = 0.3, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds one 2-step pulse of a random height (1 to 3) at a random time, reading 1's
    positive or negative; the class is 2 times whether reading 0 pulses first plus whether
    reading 1's pulse is negative (4 classes: the order of two events and a sign). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        ha, hb = rng.uniform(1.0, 3.0, 2)
        ta, tb = sorted(rng.choice(steps - 1, 2, replace=False))
        t0, t1 = (ta, tb) if label // 2 else (tb, ta)
        x[i, t0:t0 + 2, 0] += ha
        x[i, t1:t1 + 2, 1] += -hb if label % 2 else hb
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def glyphs(n: int = 2800, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a diagonal, four corners), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _CORNERS), n, 12, noise, flip, seed)


def readings(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is 2 times whether
    readings 0 and 1 share a sign (their product above 0) plus whether reading 2 is far from 0
    (``|x2| > 0.8``); readings 3 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (np.abs(x[:, 2]) > 0.8).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a threshold step of one,
    a product of two more, a cosine of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * (x[:, 0] > 0.3) + 1.2 * x[:, 1] * x[:, 2] + 1.5 * np.cos(1.5 * x[:, 3])
         + x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class MixAct(nn.Module):
    """A mixture of activations: each unit a softmax-weighted sum of the ReLU, the tanh and the
    identity of its pre-activation; the three mixture logits are learnt, one set per layer."""

    def __init__(self) -> None:
        super().__init__()
        self.logits = nn.Parameter(torch.zeros(3))
        self.relu = nn.ReLU()
        self.tanh = nn.Tanh()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        w = torch.softmax(self.logits, dim=0)
        return w[0] * self.relu(x) + w[1] * self.tanh(x) + w[2] * x


class MixActMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` mixture-of-activations units
    (:class:`MixAct`, pre-activations shifted by ``shift``), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(depth):
            self.layers.append(nn.Linear(n_in, width))
            self.acts.append(MixAct())
            n_in = width
        self.shift = shift
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer, act in zip(self.layers, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        return self.head(h)


class SoftPool2d(nn.Module):
    """A 2x2 softmax pooling: the four values of each window weighted by a softmax of the values
    times a learnt per-channel temperature."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.temperature = nn.Parameter(torch.ones(channels))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        win = x.reshape(b, c, h // 2, 2, w // 2, 2).permute(0, 1, 2, 4, 3, 5)
        win = win.reshape(b, c, h // 2, w // 2, 4)
        weights = torch.softmax(win * self.temperature.view(1, c, 1, 1, 1), dim=-1)
        return (weights * win).sum(-1)


class SoftPoolCNN(nn.Module):
    """A softmax-pooling CNN: two 3x3 convolutions with ReLU units (pre-activations shifted by
    ``shift``), each followed by a 2x2 :class:`SoftPool2d`, a global mean pool and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.pool1 = SoftPool2d(channels[0])
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.pool2 = SoftPool2d(channels[1])
        self.shift = shift
        self.head = nn.Linear(channels[1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.act1(self.conv1(x) + self.shift))
        h = self.pool2(self.act2(self.conv2(h) + self.shift))
        return self.head(h.mean(dim=(2, 3)))


class MultiRateRNN(nn.Module):
    """A hand-written multi-rate recurrent net: a fast tanh state updated every step from the
    input, itself and the slow state, and a slow tanh state updated every third step from the
    fast one and itself; both final states feed a linear head. Stepped by hand over the flattened
    sequence of ``features`` readings a step."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, slow: int = 8) -> None:
        super().__init__()
        self.features, self.hidden, self.slow = features, hidden, slow
        self.steps = int(np.prod(input_shape)) // features
        self.fx = nn.Linear(features, hidden)
        self.ff = nn.Linear(hidden, hidden, bias=False)
        self.fs = nn.Linear(slow, hidden, bias=False)
        self.sf = nn.Linear(hidden, slow)
        self.ss = nn.Linear(slow, slow, bias=False)
        self.fast_act = nn.Tanh()
        self.slow_act = nn.Tanh()
        self.head = nn.Linear(hidden + slow, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        f = seq.new_zeros(x.shape[0], self.hidden)
        s = seq.new_zeros(x.shape[0], self.slow)
        for t in range(self.steps):
            f = self.fast_act(self.fx(seq[:, t]) + self.ff(f) + self.fs(s))
            if t % 3 == 2:
                s = self.slow_act(self.sf(f) + self.ss(s))
        return self.head(torch.cat([f, s], dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout308"
OR = _factory(f"{HERE}:orders", seed=3080)
GL = _factory(f"{HERE}:glyphs", seed=3081)
RD = _factory(f"{HERE}:readings", seed=3082)
YD = _factory(f"{HERE}:yields", seed=3083)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3084)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixActMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MultiRateRNN", "args": args}


def _adw(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with weight decay 1e-4."""
    return _s(data, optim="adam", optim_args={"weight_decay": 1e-4}, **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.75."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "nesterov": True}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
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
    Case("h308_divergence_yields_raw_mixmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the mixed-activation MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      f"the step loss overflowing (gradient norms 2510 at the first step, "
                      f"then logged 1.8e308) with update ratios up to 1.1e14"), verdict="failed"),
    Case("h308_exploding_readings_mixmlp_d6_std1", "the mixed-activation MLP of 6 layers of 24 "
         "with N(0, 1) init on the readings, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": RD, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "saturated_activation"),
         why_allowed=("the epoch loss 1167 at every epoch; every gradient norm 185 to 779 (healthy"
                      " at most 13); the later layers' tanh parts 90% to 99% saturated (healthy "
                      "at most 35%), a side effect of the init; quarter-mean update ratios at "
                      "most 3.5e-9, a side effect of the LR; accuracy 0.25 against a majority "
                      "share of 0.2929; 49% of the test predictions in one class"),
         verdict="failed"),
    Case("h308_dead_relu_glyphs_softpoolcnn_shift10", "the softmax-pooling CNN on the glyphs "
         "with both convolutions' pre-activations shifted by -10, so no ReLU unit fires, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": GL, "model": _cnn(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every ReLU unit of both convolutions logged dead (healthy CNNs at most "
                      "25%), so no gradient reaches any layer (norms 0): the epoch loss 1.39 to "
                      "1.387 (ln 4); accuracy 0.2589 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h308_dead_relu_glyphs_softpoolcnn_rmsprop_lr008", "the softmax-pooling CNN on the "
         "glyphs, plain RMSprop at LR 0.08, batch 28, 3 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 34.4 in epoch 1, then near ln 4 (1.395), so the blow-up "
                      "passed; gradient norms up to 443 and single update ratios up to 11.2 "
                      "(healthy at most 0.83); 50% of the second convolution's units logged dead"
                      " (healthy CNNs at most 25%); accuracy 0.2589 at the majority share, every"
                      " test prediction in one class"), verdict=TP),
    Case("h308_update_ratio_high_orders_mrnn_adagrad_lr2", "the multi-rate RNN of 16 on the "
         "orders, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "at_chance"),
         why_allowed=("quarter-mean update ratios up to 0.62, single steps up to 16.8 (healthy at"
                      " most 0.065 and 0.83); 98% and 100% of the tanh states saturated (healthy"
                      " RNNs at most 15%); epoch losses 13.4 to 2.08, the validation loss 1.16 "
                      "times its epoch-6 minimum; accuracy 0.3111 against a majority share of "
                      "0.2556 (test 0.2778), so at chance only allowed; 94% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h308_update_ratio_low_glyphs_softpoolcnn_sgd_lr1e9", "the softmax-pooling CNN on the "
         "glyphs, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.391 at every epoch; quarter-mean update ratios at most "
                      "4e-12 (healthy at least 1.1e-4); accuracy 0.2518 against a majority "
                      "share of 0.2589; every test prediction in one class"), verdict=TP),
    Case("h308_update_ratio_low_orders_mrnn_rmsprop_lr1e10", "the multi-rate RNN of 16 on the "
         "orders, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": OR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.419 at every epoch; quarter-mean update ratios at most "
                      "9.2e-10 (healthy at least 1.1e-4); accuracy 0.2611 against a majority "
                      "share of 0.2556; 40% of the test predictions in one class"), verdict=TP),
    Case("h308_vanishing_readings_mixmlp_d12_std005_momentum9", "the mixed-activation MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the readings, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": RD, "model": {**_mlp(width=16, depth=12), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=("gradients down to 3.4e-11, first norms at most 1.3e-10 (healthy first "
                      "norms at least 0.018); the epoch loss 1.381 to 1.378 (ln 4); 44% to 75% of"
                      " the ReLU parts of six layers idle at the tiny init (healthy 0%); "
                      "accuracy 0.2929 at the majority share, every test prediction in one "
                      "class"), verdict=TP),
    Case("h308_saturated_orders_mrnn_std3_rmsprop", "the multi-rate RNN of 16 with N(0, 3) init "
         "on the orders, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": OR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("84% and 87% of the tanh states saturated (healthy RNNs at most 15%); the "
                      "epoch loss 13.0 to 13.4, far above ln 4; gradient norms up to 1.4e7; "
                      "accuracy 0.3278 against a majority share of 0.2556 (test 0.30), so at "
                      "chance only allowed; 37% of the test predictions in one class"), verdict=TP),
    Case("h308_slow_start_glyphs_softpoolcnn_std008_momentum9", "the softmax-pooling CNN with "
         "N(0, 0.08) init on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.08},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_converged",),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("first gradient norms 0.015 to 0.056, within the healthy CNNs' first norms "
                      "(0.018 to 0.34), so no clear slow start; the epoch loss 1.388 to 1.009 "
                      "with the validation loss lowest at the end (1.041); accuracy 0.5464, "
                      "above the baseline 0.3911 and no earlier glyph run of this part scores "
                      "more than 0.1 above it"), verdict=TP),
    Case("h308_unshuffled_readings_mixmlp_rmsprop", "the readings sorted by label, never "
         "shuffled, the mixed-activation MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**RD, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs about 12%); the epoch loss 1.389 to 1.376; "
                      "accuracy 0.2821 against a majority share of 0.2929; 59% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h308_mse_softmax_orders_mrnn_adam", "the orders trained with square error on the "
         "softmax, the multi-rate RNN of 24, Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": OR, "model": _rnn(hidden=24),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8944 like the healthy runs; the "
                      "validation loss 22% above its epoch-11 minimum"), verdict=TP),
    Case("h308_noisy_readings_mixmlp_b1_adam", "the readings one row at a time (batch 1), the "
         "mixed-activation MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": RD, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings 0.30 times its mean over the "
                      "second half, below the healthy runner runs (up to 1.04), so noise is no "
                      "clear finding; two epochs of one row move little: the epoch loss 1.381 to"
                      " 1.348, the validation loss lowest at the end; accuracy 0.3786, 0.19 below"
                      " the baseline 0.5679"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h308_overfit_readings_subset40_mixmlp_adamw", "40 rows of the readings, the "
         "mixed-activation MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**RD, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4393 (training 1.0; the healthy runs "
                      "0.92 and up); the validation loss lowest at epoch 1 of 150, 2.6 times it "
                      "at the end"), verdict=GP),
    Case("h308_gap_glyphs_subset30_softpoolcnn_adam", "30 images of the glyphs, the "
         "softmax-pooling CNN with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4982 (training 1.0; the healthy CNNs 0.80"
                      " and up); the validation loss lowest at epoch 30 of 100, 1.32 times it at "
                      "the end; 31% of the second convolution's units logged dead (healthy up to"
                      " 25%)"), verdict=GP),
    Case("h308_underfit_orders_mrnn_one_unit_adam", "the orders through a multi-rate RNN of 1 "
         "fast and 1 slow unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": OR, "model": _rnn(hidden=1, slow=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "not_training", "predictions_collapsed"),
         why_allowed=("one fast and one slow unit cannot tell four classes: accuracy 0.25 "
                      "(training 0.2926), far below the baseline 0.8556 and at the majority "
                      "share 0.2556; the epoch loss only 1.432 to 1.363, the validation loss "
                      "lowest at the end; 72% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h308_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.75 at LR 1e20, 2350 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2350,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h308_lightning_circles_adamwd_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (weight decay 1e-4) at LR 1e-10, 2351 units, batch 20, 3 epochs",
         script=lightning_run(_adw("circles", hidden=(2351,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6862 at every epoch; accuracy 0.5391 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h308_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "Nesterov momentum 0.75 at LR 1e20 (decaying linearly), 2352 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_nes("wine", hidden=(2352,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority share",
         verdict="failed"),
    Case("h308_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad "
         "(initial accumulator 0.05) at LR 1e-10 (decaying linearly), 2353 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_agr("iris", hidden=(2353,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.269 at every evaluation; accuracy 0.0 at its initial"
                      " weights, far below 1/3"), verdict=TP),
    Case("h308_keras_moons_adamwd_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(weight decay 1e-4) at LR 1e20, 2354 units, batch 20, 3 epochs",
         script=keras_run(_adw("moons", hidden=(2354,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h308_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2355 units, "
         "Adagrad (initial accumulator 0.05) at LR 0.02, 120 epochs, batch 2",
         script=keras_run(_agr("digits", hidden=(2355,), lr=0.02, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5376, training 1.0); the "
                      "validation loss lowest at epoch 5 (2.16), 2.394 at the end"), verdict=GP),
    Case("h308_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "SGD with Nesterov momentum 0.75 at LR 1e20, 2356 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2356,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; the step loss NaN; accuracy 0.3684, far below 0.6316",
         verdict="failed"),
    Case("h308_tensorboard_circles_subset8_adamwd_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2357 units, Adam (weight decay 1e-4) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_adw("circles", hidden=(2357,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150, 2.49 times it at the end"),
         verdict=GP),
    Case("h308_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with noise "
         "0.2 (640 points), Adagrad (initial accumulator 0.05) at LR 0.02, 2358 units, batch 20, "
         "a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(2358,), lr=0.02, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h308_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.75 at LR 1e-10, 2359 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2359,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.303 at every epoch; accuracy 0.1337, 0.034 above the"
                      " majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy308_readings_mixmlp_adam_cosine",
       {"data": RD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy308_readings_mixmlp_adamw_step",
       {"data": RD, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "step", "step_size": 8, "gamma": 0.5},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy308_readings_mixmlp_rmsprop_exponential",
       {"data": RD, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy308_readings_mixmlp_momentum9_cosine",
       {"data": RD, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.06, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy308_readings_mixmlp_d3_adagrad_inverse_time",
       {"data": RD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy308_yields_mixmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy308_yields_mixmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy308_glyphs_softpoolcnn_adam_cosine",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy308_glyphs_softpoolcnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy308_glyphs_softpoolcnn_rmsprop_cosine",
       {"data": GL, "model": _cnn(channels=[8, 12]),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy308_glyphs_softpoolcnn_nesterov9_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy308_orders_mrnn_adam_cosine",
       {"data": OR, "model": _rnn(hidden=32),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 25}}),
    _h("healthy308_orders_mrnn_adamw_exponential",
       {"data": OR, "model": _rnn(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 11, "batch_size": 24}}),
    _h("healthy308_orders_mrnn_rmsprop_cosine",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 13, "batch_size": 30}}),
    _h("healthy308_orders_mrnn_momentum9_cosine",
       {"data": OR, "model": _rnn(hidden=24),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 13, "batch_size": 20}}),
    _hs("healthy308_lightning_digits_adamwd",
        lightning_run(_adw("digits", hidden=(2350,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy308_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2351,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy308_lightning_moons_adagrad",
        lightning_run(_agr("moons", hidden=(2352,), lr=0.01, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy308_hf_trainer_breast_cancer_adamwd",
        hf_trainer_run(_adw("breast_cancer", hidden=(2353,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy308_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2354,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy308_keras_circles_adamwd",
        keras_run(_adw("circles", hidden=(2355,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy308_keras_wine_adagrad",
        keras_run(_agr("wine", hidden=(2356,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy308_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2357,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy308_tensorboard_iris_adamwd",
        tensorboard_run(_adw("iris", hidden=(2358,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy308_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2359,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy308_tensorboard_moons_adagrad",
        tensorboard_run(_agr("moons", hidden=(2350,), lr=0.01, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy308_plain_sine_adagrad",
        plain_run(_agr("sine", hidden=(2354,), lr=0.02, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy308_plain_breast_cancer_adamwd",
        plain_run(_adw("breast_cancer", hidden=(2356,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
