"""The two-hundred-eighty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout283` (not looked at), after the measurement of
:mod:`.heldout280` and :mod:`.heldout281`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`BipolarMLP` (hidden layers of linear and bipolar-ReLU units,
alternately ``ReLU(x)`` and ``-ReLU(-x)`` (:class:`BipolarReLU`), then a linear head),
:class:`InstanceNormCNN` (two 3x3 convolutions, each followed by ``nn.InstanceNorm2d`` with affine
parameters and a ReLU, a 2x2 max pool between them, a global average pool, a dense ReLU layer whose
pre-activations can start shifted, a linear head) and :class:`NestedLSTM` (a hand-written LSTM cell,
stepped by hand, whose cell-state update is computed by an inner LSTM cell, then a linear head on
the last hidden state); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`ramps`, 800 noisy series (noise 0.5) of 16 steps in 2
readings, a signed bump in reading 0 and a positive one in reading 1 at random times, the class the
order of the bumps and the sign of the first reading's (4 classes; given flattened as 32 columns and
read back as a sequence; seed 2820); :func:`marks`, 2400 8x8 images of a tee, an ell, a diagonal or
a hook at a random place in noise 0.3, 2% random labels (4 classes; seed 2821); :func:`sensors`, a
tabular 3-class set of 10 readings (3% random labels, 1300 rows; seed 2822); :func:`yields`, a
tabular regression of 6 readings (1100 rows; seed 2823; times 300 plus 6000 with seed 2824 for the
divergence). Script cases use Adam with amsgrad, SGD with momentum 0.85 and dampening 0.3 and
RMSprop with eps 1e-5 on digits, wine, iris, breast cancer, moons, circles and the sine; every
script case holds a hidden width of 2090 to 2099. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and
inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh SQLite stores (one per worker, two at a time) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made. No
other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.4923
on the sensors, 0.2583 on the marks, 0.2625 on the ramps. Baselines (validation): accuracy 0.6038
(sensors), 0.7812 (marks), 0.7188 (ramps); R2 0.689 (yields), 0.7562 (the raw yields).

Measured healthy ranges (runner, the final healthy runs): update ratio quarter means 6.6e-5 to 0.08,
single steps at most 1.43 (the CNN under Adagrad); the ``update_ratio_high`` run reaches quarter
means of 0.5 with single steps up to 12.4, the RMSprop run of the CNN at LR 0.1 single steps of 14;
the ``update_ratio_low`` runs log quarter means of at most 8.5e-12 and 1.2e-9. Dead fraction of the
CNNs' dense ReLUs 50% to 64% at the end (at most 79% at any epoch) in the healthy runs, their
convolution ReLUs never dead; the shifted CNN's 100%, the RMSprop CNN's 88% (and 81% of its second
convolution's), the 30-image CNN's 45%. Saturated units at most 1.1% of the gates and 9% of the tanh
units in the healthy nested LSTMs; the update-ratio run's 72% and 45%, the saturated run's 42% and
34%. Gradient norms at most 9.5 (the yields under AdamW), first norms at least 0.058 in the healthy
MLPs, 0.0027 in the CNNs and 6.4e-4 in the nested LSTMs; the vanishing run's first norms 9.1e-12 to
1.6e-11, the exploding run's norms 981 to 4122, the slow start's first norms 0.013 to 0.018. The
step loss's position in the epoch explains at most 19% of the within-epoch variance over the second
half in the healthy runner runs; the unshuffled run 99.7%. The standard deviation of the step loss's
step-to-step change over the second half is at most 0.74 times its mean in the healthy runner runs;
the batch-1 runs' 0.79 (the sensors) and 4.0 (the yields). Healthy scores (validation): sensors
0.7385-0.8692, marks 0.8708-0.9375, ramps 0.7938-0.8625, yields R2 0.8616 and 0.8644; the scripts
0.9219 (Lightning's moons) to 1.0, the loop's sine R2 0.9067. Every healthy run's validation loss is
lowest at its end but the nested LSTM under Adam's (epoch 9 of 10, 0.37% above it).

Changes after the first round (every runner case retrained on the changed data; the RMSprop CNN, the
slow start and the healthy runs below changed once more after it): the sensors' first rule (thirds
of a score of a square, a sine and a product) left the healthy MLPs at 0.57 to 0.66 against a
baseline of 0.5154, so the rule above (the baseline 0.6038); the first ramps (a rising or falling
ramp and a bump of either sign) had a baseline of 0.8214 above every nested LSTM (0.58 to 0.77), a
second version (the ramp's direction and the order, 10 steps, noise 0.3) one of 0.95 above them
(0.87 to 0.94), a third (the order and whether the bumps share a sign, 16 steps, noise 0.5) left
them at 0.43 to 0.55 against 0.575, so the version above (baseline 0.7188); the marks' noise 0.35
became 0.3 and the CNNs' 12 epochs 12 to 15 with higher LRs (they reached 0.26 to 0.79 against a
baseline of 0.61); the CNN under momentum 0.9 stayed at the majority share at LR 0.03 and at LR 0.1
(every dense unit dead), so it became the CNN under Adagrad (LR 0.02: 0.59, below the baseline, so
LR 0.08: 0.9375); the CNN under Adam (15 epochs, 0.5% above its epoch-12 minimum) now 12 epochs; the
CNN under AdamW (LR 6e-3, every 5 epochs by 0.5, 15 epochs, 1.3% above its epoch-14 minimum) now LR
5e-3, every 4 epochs by 0.4, 14 epochs; the MLP under momentum 0.9 (LR 0.01, 15 epochs, 0.63) now LR
0.03 and 20 epochs (0.8692); the yields under Adam (LR 3e-3, 0.4% above its epoch-15 minimum) now LR
2e-3; the nested LSTMs on the final ramps, 25 epochs and 16 to 18 units, reached 0.85 to 0.88 but
ended 1.5% to 7.3% above minima at epochs 14 to 20, so Adam 10 epochs (20 left it 6.9% above its
epoch-14 minimum, 14 2.2% above its epoch-10 one, LR 5e-3 over 14 epochs ended lowest but at only
0.7625), AdamW 19, RMSprop 15 and momentum 0.9 10 epochs (18 left it 11.9% above its epoch-10
minimum); the slow start's N(0, 0.04) init never started in 12 epochs (at the majority share
throughout), so N(0, 0.08) and 15 epochs. Scripts, each checked in a store of its own: the loop's
sine under RMSprop (LR 1e-4, 2.6% above its epoch-14 minimum) now LR 5e-5 (lowest at the end, R2
0.9067); the loop's breast cancer (LR 5e-4, 0.4% above its epoch-11 minimum) now LR 3e-4 (lowest at
the end, 0.9649); TensorBoard's iris (LR 1e-3, 5.2% above its epoch-16 minimum) now LR 5e-4 (lowest
at the end, 0.9667).

Not met: the cases were trained in several stores, not retrained together into one fresh store at
the end; the measured ranges above are those of the final version of each healthy runner run but the
nested LSTM under Adam, whose ranges are those of its 14-epoch version (its final 10-epoch version
was checked only for its validation loss and score). No other seed was checked.

Labels from the metrics: the RMSprop CNN's blow-up passed (its loss ends near ln 4), so it is a
training problem; the exploding run's loss is 4606 at every epoch and its verdict is a failure; the
test predictions fall in one class in the exploding run (98%, a minority class: its accuracy 0.2 is
far below the majority share, so ``at_chance`` is only allowed there and in the unshuffled run,
0.2), both dead-unit runs, both low-update-ratio runs and the vanishing run (100% each), so
``predictions_collapsed`` is expected there, allowed in the one-unit LSTM (76%) and the 30-image CNN
(81%), not in the update-ratio run (59%) or the saturated run (36%); the dead, low-update,
vanishing, saturated and one-unit runs score within 0.05 of the majority share (``at_chance``
expected), the update-ratio run 0.35 against 0.2625 (allowed); the update-ratio run's training
accuracy 0.3688 is far below the baseline, so ``underfitting`` is expected there, and the saturated
run's gradient norms (up to 2.6e4) are far outside the healthy ones, so ``exploding_gradients`` is
expected there; the batch-1 run's step loss swings 0.79 times its mean, inside the healthy runs'
range, so ``noisy_loss`` is only allowed and ``not_converged`` expected (the epoch loss falls 16.5%
in its last epoch); the yields one row at a time swing 4.0 times (``noisy_loss`` expected, beside
``not_converged``: its loss falls from 2.69 to 0.65 in 2 epochs, the validation loss lowest at the
end; it was added after the structure check showed no case expected ``noisy_loss``, trained once in
a store of its own); the 30-image CNN's validation loss ends only 1.9% above its epoch-43 minimum,
so ``overfitting`` is only allowed there; the 40-row MLP's ends 3.46 times its epoch-1 minimum,
Keras' 16 digits 1.067 times and TensorBoard's 8 circles 3.95 times theirs (``overfitting`` expected
beside ``generalisation_gap``); Lightning's stuck circles score 0.6328 at their initial weights,
0.13 above the majority share, so ``at_chance`` is only allowed; the slow start's epoch loss stays
near ln 3's share-weighted level for 5 epochs before it falls, so ``slow_start`` is expected.

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


def ramps(n: int = 800, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings, each
    reading holding a 2-step bump at its own random time, of +1.5 or -1.5 in reading 0 and
    +1.5 in reading 1; the class is whether the bump of reading 0 comes first times 2 plus the
    sign of that bump (4 classes; the order is not linear in the readings). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        t, u = 0, 0
        while t == u or (t < u) != bool(label // 2):
            t, u = int(rng.integers(0, steps - 1)), int(rng.integers(0, steps - 1))
        x[i, t:t + 2, 0] += 1.5 if label % 2 else -1.5
        x[i, u:u + 2, 1] += 1.5
    return x.reshape(n, steps * 2).astype(np.float32), y


_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_HOOK = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)


def marks(n: int = 2400, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x8x8 images of one 3x3 mark each at a random
    place (4 classes: a tee, an ell, a diagonal, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_TEE, _ELL, _DIAG, _HOOK), n, 8, noise, flip, seed)


def sensors(n: int = 1300, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the class is whether reading 0 is
    far from 0 (``|x0| > 0.8``) plus whether reading 1 plus 0.7 times a product of readings 2
    and 3 is positive (0, 1 or 2); readings 4 to 9 are noise; a share ``flip`` of the labels is
    drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = (np.abs(x[:, 0]) > 0.8).astype(int) + (x[:, 1] + 0.7 * x[:, 2] * x[:, 3] > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1100, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 6 readings, the target a square of one, a
    cosine of a second, a product of two more and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 6))
    y = (0.8 * x[:, 0] ** 2 + 1.5 * np.cos(1.5 * x[:, 1]) + x[:, 2] * x[:, 3] - x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class BipolarReLU(nn.Module):
    """The bipolar ReLU: even units ``ReLU(x)``, odd units ``-ReLU(-x)``."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pos = torch.relu(x)
        neg = -torch.relu(-x)
        odd = torch.arange(x.shape[-1], device=x.device) % 2 == 1
        return torch.where(odd, neg, pos)


class BipolarMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units with bipolar-ReLU activations
    (:class:`BipolarReLU`), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), BipolarReLU()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class InstanceNormCNN(nn.Module):
    """An instance-norm CNN: two 3x3 convolutions, each followed by ``nn.InstanceNorm2d`` with
    affine parameters and a ReLU, a 2x2 max pool between them and a global average pool after,
    then a dense ReLU layer (whose pre-activations start shifted by ``dense_shift``) and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.norm1 = nn.InstanceNorm2d(channels[0], affine=True)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.norm2 = nn.InstanceNorm2d(channels[1], affine=True)
        self.act2 = nn.ReLU()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.norm1(self.conv1(x))))
        h = self.act2(self.norm2(self.conv2(h))).mean(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class NestedLSTM(nn.Module):
    """A hand-written nested LSTM stepped by hand: an outer LSTM cell whose cell-state update is
    computed by an inner LSTM cell (the inner cell reads ``i * g`` as its input and ``f * c`` as
    its hidden state, and its output becomes the outer cell state), then a linear head on the
    last outer hidden state."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 12) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.outer_x = nn.Linear(features, 4 * hidden)
        self.outer_h = nn.Linear(hidden, 4 * hidden, bias=False)
        self.inner_x = nn.Linear(hidden, 4 * hidden)
        self.inner_h = nn.Linear(hidden, 4 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        m = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            i, f, o, g = (self.outer_x(seq[:, t]) + self.outer_h(h)).chunk(4, dim=1)
            i, f, o, g = self.gate(i), self.gate(f), self.gate(o), self.squash(g)
            ii, fi, oi, gi = (self.inner_x(i * g) + self.inner_h(f * c)).chunk(4, dim=1)
            m = self.gate(fi) * m + self.gate(ii) * self.squash(gi)
            c = self.gate(oi) * self.squash(m)
            h = o * self.squash(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout282"
RA = _factory(f"{HERE}:ramps", seed=2820)
MK = _factory(f"{HERE}:marks", seed=2821)
SN = _factory(f"{HERE}:sensors", seed=2822)
YD = _factory(f"{HERE}:yields", seed=2823)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2824)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BipolarMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:InstanceNormCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NestedLSTM", "args": args}


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad."""
    return _s(data, optim="adam", optim_args={"amsgrad": True}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85 and dampening 0.3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "dampening": 0.3}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with eps 1e-5."""
    return _s(data, optim="rmsprop", optim_args={"eps": 1e-5}, **kw)


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
    Case("h282_divergence_yields_raw_bipolarmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the bipolar-ReLU MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the epoch loss 1.9e30 in epoch 1 (the step loss overflowing, "
                      f"logged 1.8e308 with gradient norms and update ratios); R2 -1.5e21"),
         verdict="failed"),
    Case("h282_exploding_sensors_bipolarmlp_d6_std1", "the bipolar-ReLU MLP of 6 layers of 24 "
         "with N(0, 1) init on the sensors, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": SN, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "at_chance"),
         why_allowed=("the epoch loss 4606 at every epoch; every gradient norm 981 to 4122 "
                      "(healthy at most 9.5); quarter-mean update ratios up to 5.8e-8, a side "
                      "effect of the LR; accuracy 0.2 (test; validation 0.1923), far below the "
                      "majority share 0.4923: 98% of the test predictions in one (a minority) "
                      "class"), verdict="failed"),
    Case("h282_dead_relu_marks_incnn_dense_shift10", "the instance-norm CNN on the marks with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 79%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.390 to 1.387 (ln 4); "
                      "accuracy 0.2479 against a majority share of 0.2583, every test prediction "
                      "in one class"), verdict=TP),
    Case("h282_dead_relu_marks_incnn_rmsprop_lr01", "the instance-norm CNN on the marks, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 3.24 in epoch 1, then near ln 4 (1.392), so the blow-up "
                      "passed; gradient norms up to 19.6 and single update ratios up to 14 "
                      "(healthy at most 9.5 and 1.43); 88% of the dense units and 81% of the "
                      "second convolution's logged dead (healthy up to 79% and 0%); accuracy "
                      "0.2583, the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h282_update_ratio_high_ramps_nestedlstm_adagrad_lr2", "the nested LSTM of 12 on the "
         "ramps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RA, "model": _rnn(hidden=12),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients", "at_chance",
                "overfitting"),
         why_allowed=("quarter-mean update ratios up to 0.5, single steps up to 12.4 (healthy at "
                      "most 0.08 and 1.4); 72% of the gates and 45% of the tanh units saturated "
                      "(healthy at most 1.1% and 9%); epoch losses 2.22 to 1.39, training accuracy "
                      "0.3688 far below the baseline 0.7188; gradient norms up to 93 (healthy at "
                      "most 9.5); the validation loss 1.067 times its epoch-6 minimum; accuracy "
                      "0.35 (validation 0.3) against a majority share of 0.2625, 59% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h282_update_ratio_low_marks_incnn_sgd_lr1e9", "the instance-norm CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.397 at every epoch; quarter-mean update ratios at most "
                      "8.5e-12 (healthy at least 5.8e-5); accuracy 0.2437 against a majority "
                      "share of 0.2583; every test prediction in one class"), verdict=TP),
    Case("h282_update_ratio_low_ramps_nestedlstm_rmsprop_lr1e10", "the nested LSTM of 12 on the "
         "ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RA, "model": _rnn(hidden=12),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.388 at every epoch; quarter-mean update ratios at most "
                      "1.2e-9 (healthy at least 5.8e-5); accuracy 0.2625, the majority share, "
                      "every test prediction in one class"), verdict=TP),
    Case("h282_vanishing_sensors_bipolarmlp_d12_std005_momentum9", "the bipolar-ReLU MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the sensors, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": SN, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.9e-12, first norms 9.1e-12 to "
                      "1.6e-11 (healthy first norms at least 6e-4); the epoch loss 1.050 to 1.031 "
                      "(ln 3 is 1.099, the class shares 0.49/0.29/0.22); accuracy 0.4923, the "
                      "majority share, every test prediction in one class"), verdict=TP),
    Case("h282_saturated_ramps_nestedlstm_std3_rmsprop", "the nested LSTM of 12 with N(0, 3) "
         "init on the ramps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=12), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "exploding_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "overfitting"),
         why_allowed=("42% of the gates and 34% of the tanh units saturated (healthy at most 1.1% "
                      "and 9%); gradient norms up to 2.6e4 (healthy at most 9.5); the epoch loss "
                      "2.62 to 2.53, far above ln 4, the validation loss rising from 2.68 to 2.87; "
                      "accuracy 0.25 against a majority share of 0.2625, 36% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h282_slow_start_sensors_bipolarmlp_d3_std008_momentum9", "the bipolar-ReLU MLP of 3 "
         "layers of 32 with N(0, 0.08) init on the sensors, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 32, 15 epochs",
         {"data": SN, "model": {**_mlp(width=32, depth=3), "init": "normal", "init_std": 0.08},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss stays at 1.05 to 1.023 for the first 5 epochs (the "
                      "validation accuracy 0.4923, the majority share, for 6), then falls to "
                      "0.483; first gradient norms 0.013 to 0.018 (the healthy MLPs' at least "
                      "0.058); the validation loss lowest at the end, accuracy 0.7538"),
         verdict=TP),
    Case("h282_unshuffled_sensors_bipolarmlp_rmsprop", "the sensors sorted by label, never "
         "shuffled, the bipolar-ReLU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**SN, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.7% of its within-epoch "
                      "variance (healthy runner runs at most 21%); the epoch loss 1.237 to 1.171; "
                      "accuracy 0.2 (validation 0.1615), far below the majority share 0.4923; 53% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h282_mse_softmax_ramps_nestedlstm_adam", "the ramps trained with square error on the "
         "softmax, the nested LSTM of 12, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RA, "model": _rnn(hidden=12),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7625 (validation 0.775, healthy "
                      "0.82 and up), the validation loss lowest at the end"), verdict=TP),
    Case("h282_noisy_sensors_bipolarmlp_b1_adam", "the sensors one row at a time (batch 1), the "
         "bipolar-ReLU MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": SN, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.79 times its mean over the second half (healthy "
                      "runner runs up to 0.74), so noise is no clear finding; the epoch loss "
                      "falls 16.5% in the last epoch, the validation loss lowest at the end: "
                      "accuracy 0.6846 (healthy 0.7385 and up)"), verdict=TP),
    Case("h282_noisy_yields_bipolarmlp_b1_adam", "the yields one row at a time (batch 1), the "
         "bipolar-ReLU MLP of 32, Adam at LR 3e-3, 2 epochs",
         {"data": YD, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 4.0 times its mean over the second half (healthy "
                      "runner runs up to 0.74); the epoch loss 2.69 then 0.65, the validation loss "
                      "0.99 then 0.63 (lowest at the end): R2 0.845 (healthy 0.8616 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h282_overfit_sensors_subset40_bipolarmlp_adamw", "40 rows of the sensors, the "
         "bipolar-ReLU MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SN, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5308 (training 1.0; the healthy runs 0.7385 "
                      "and up); the validation loss lowest at epoch 1 of 150, 3.46 times it at "
                      "the end"), verdict=GP),
    Case("h282_gap_marks_subset30_incnn_adam", "30 images of the marks, the instance-norm CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("30 images teach less: accuracy 0.3083 (training 1.0; the healthy CNNs 0.87 "
                      "and up); the validation loss lowest at epoch 43 of 100 but only 1.9% above "
                      "it at the end, so overfitting is weak; 81% of the test predictions in one "
                      "class"), verdict=GP),
    Case("h282_underfit_ramps_nestedlstm_one_unit_adam", "the ramps through a nested LSTM of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RA, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.275 (training 0.3146) against"
                      " a majority share of 0.2625 and a baseline of 0.7188, the epoch loss 1.391 "
                      "to 1.367, the validation loss lowest at the end; 76% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h282_lightning_digits_momentum_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.85 and dampening 0.3 at LR 1e20, 2090 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2090,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h282_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (amsgrad) at LR 1e-10, 2091 units, batch 20, 3 epochs",
         script=lightning_run(_ams("circles", hidden=(2091,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6716 at every epoch; accuracy 0.6328 at its initial "
                      "weights, 0.13 above the majority share 0.5, so at_chance is only allowed"),
         verdict=TP),
    Case("h282_hf_trainer_wine_momentum_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.85 and dampening 0.3 at LR 1e20 (decaying linearly), 2092 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(2092,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h282_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop (eps 1e-5) at LR 1e-10 (decaying linearly), 2093 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rms("iris", hidden=(2093,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.109 at every evaluation; accuracy 0.3667 at its "
                      "initial weights, 0.033 above 1/3"), verdict=TP),
    Case("h282_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (eps 1e-5) at LR 1e20, 2094 units, batch 20, 3 epochs",
         script=keras_run(_rms("moons", hidden=(2094,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h282_keras_digits_subset16_amsgrad_gap", "Keras names: 16 rows of digits, 2095 "
         "units, Adam (amsgrad) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_ams("digits", hidden=(2095,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training 1.0); the "
                      "validation loss 2.383 at epoch 1 (its minimum), 2.542 at the end"),
         verdict=GP),
    Case("h282_tensorboard_breast_cancer_momentum_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.85 and dampening 0.3 at LR 1e20, 2096 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2096,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"),
         verdict="failed"),
    Case("h282_tensorboard_circles_subset8_rmsprop_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2097 units, RMSprop (eps 1e-5) at LR 1e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_rms("circles", hidden=(2097,), lr=1e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 5 of 150 (1.0), 3.95 times it at the end"),
         verdict=GP),
    Case("h282_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (eps 1e-5) at LR 1e-4, 2098 units, batch 20, a corrupt "
         "record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2098,), lr=1e-4, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h282_plain_digits_momentum_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.85 and dampening 0.3 at LR 1e-10, 2099 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2099,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.323 at every epoch; accuracy 0.0669, 0.033 below the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy282_sensors_bipolarmlp_adam_cosine",
       {"data": SN, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy282_sensors_bipolarmlp_adamw_step",
       {"data": SN, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy282_sensors_bipolarmlp_rmsprop_exponential",
       {"data": SN, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy282_sensors_bipolarmlp_momentum9_cosine",
       {"data": SN, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy282_sensors_bipolarmlp_d3_adagrad_inverse_time",
       {"data": SN, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy282_yields_bipolarmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy282_yields_bipolarmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy282_marks_incnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy282_marks_incnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 28}}),
    _h("healthy282_marks_incnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy282_marks_incnn_adagrad_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "adagrad", "lr": 0.08, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy282_ramps_nestedlstm_adam_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy282_ramps_nestedlstm_adamw_exponential",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy282_ramps_nestedlstm_rmsprop_cosine",
       {"data": RA, "model": _rnn(hidden=18),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy282_ramps_nestedlstm_momentum9_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy282_lightning_digits_amsgrad",
        lightning_run(_ams("digits", hidden=(2090,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy282_lightning_wine_momentum",
        lightning_run(_mom("wine", hidden=(2091,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy282_lightning_moons_rmsprop",
        lightning_run(_rms("moons", hidden=(2092,), lr=1e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy282_hf_trainer_breast_cancer_amsgrad",
        hf_trainer_run(_ams("breast_cancer", hidden=(2093,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy282_hf_trainer_iris_momentum",
        hf_trainer_run(_mom("iris", hidden=(2094,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy282_keras_circles_amsgrad",
        keras_run(_ams("circles", hidden=(2095,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy282_keras_wine_rmsprop",
        keras_run(_rms("wine", hidden=(2096,), lr=5e-5, epochs=15, batch_size=10)), "keras"),
    _hs("healthy282_keras_breast_cancer_momentum",
        keras_run(_mom("breast_cancer", hidden=(2097,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy282_tensorboard_iris_amsgrad",
        tensorboard_run(_ams("iris", hidden=(2098,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy282_tensorboard_digits_momentum",
        tensorboard_run(_mom("digits", hidden=(2099,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy282_tensorboard_moons_rmsprop",
        tensorboard_run(_rms("moons", hidden=(2090,), lr=1e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy282_plain_sine_rmsprop",
        plain_run(_rms("sine", hidden=(2094,), lr=5e-5, epochs=16, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy282_plain_breast_cancer_amsgrad",
        plain_run(_ams("breast_cancer", hidden=(2096,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
