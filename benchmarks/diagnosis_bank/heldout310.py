"""The three-hundred-tenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout309` (not looked at), after the measurement of
:mod:`.heldout307` and :mod:`.heldout308`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`CosineMLP` (hidden layers of :class:`CosineUnits`, each unit the
cosine similarity between its input and its weight vector times a learnt scale, then an activation
given to the constructor: ReLU, GELU or a sigmoid; a linear head), :class:`MixedPoolCNN` (two 3x3
convolutions with ReLU units, each downsampling a :class:`MixedPool`, a 2x2 max pool and a 2x2
average pool concatenated and mixed back by a 1x1 convolution, then a dense ReLU layer whose
pre-activations can start shifted and a linear head) and :class:`PairedStepRNN` (a hand-written
tanh cell that reads two consecutive time steps at once, stepped by hand over half the sequence
length; its last state feeds a linear head); no case fell back to the runner's built-in models.
Every data set is this module's own ``data.factory``: :func:`signs`, 1200 noisy series of 20 steps
in 4 readings, the first reading holding an upward or downward 3-step pulse, the second an upward
one, readings 3 and 4 noise (4 classes: which pulse comes first and the first one's direction;
flattened as 80 columns and read back as a sequence; seed 3100); :func:`marks`, 3000 10x10 images
of an L, a T, a diagonal or four corners at a random place in noise 0.35, 2% random labels (4
classes; seed 3101); :func:`gauges`, a tabular 4-class set of 8 readings (the sign of a product of
two readings and a threshold on a sum with a square; 3% random labels, 1400 rows; seed 3102);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 3103; times 300 plus 6000 with
seed 3104 for the divergence). Script cases use Adamax with weight decay 1e-4, SGD with momentum
0.65 and RMSprop with alpha 0.95 and eps 1e-6 on digits, wine, iris, breast cancer, moons, circles
and the sine; every script case holds a hidden width of 2370 to 2379. Runner optimisers: Adam,
AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant, cosine,
step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, at most two trainings at a time) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, step-loss swing, the share of the
step loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made. The
numbers below are from those stores. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2679
on the gauges, 0.2617 on the marks, 0.2583 on the signs. Baselines (validation): accuracy 0.6179
(gauges), 0.515 (marks), 0.7875 (signs); R2 0.5748 (yields), 0.6486 (the raw yields).

Measured healthy ranges (runner, the final version of each case): update ratio quarter means 2.9e-5
to 0.05, single steps at most 1.25 (the wide cosine MLP under Adagrad; otherwise at most 0.275);
the ``update_ratio_high`` run reaches quarter means of 0.63 with single steps up to 13.8; the
``update_ratio_low`` runs log quarter means of at most 9.7e-13 and 7e-10. Dead fraction of the
CNNs' dense ReLUs 14% to 19% in the healthy runs; the shifted CNN's 100%, the std-0.03 CNN's 100%,
the RMSprop CNN's 56%, the 30-image CNN's 45%; the cosine MLPs' ReLUs up to 40% (the Adagrad run's
second layer). Saturated tanh states at most 28% in the healthy recurrent nets; the saturated run's
87%, the update-ratio run's 92%. Gradient norms at least 0.0054 and at most 11.2 (the yields under
Adam), first norms at least 0.0076 (the CNNs); the vanishing run's down to 1.3e-12, the exploding
run's 8370 to 5.2e4. The step loss's position in the epoch explains at most 19.5% of the
within-epoch variance over the second half in the healthy runner runs; the unshuffled run 99.9%.
The standard deviation of the step loss's step-to-step change over the second half is at most 0.67
times its mean in the healthy runner runs and 1.3 in the healthy scripts (Lightning's wine); the
batch-1 run's 0.89. Healthy scores (validation): gauges 0.8286-0.8643, marks 0.8167-0.8933, signs
0.825-0.8708 (baseline 0.7875: the order of two events defeats a linear model less than hoped),
yields R2 0.776 and 0.8186. Every healthy runner run's validation loss is lowest at its end but the
yields under Adam (epoch 15 of 20, 0.16% above it) and AdamW (epoch 16, 0.43%), the gauges under
momentum 0.9 (epoch 14 of 15, 0.07%) and Adagrad (epoch 19 of 20, 0.1%), the signs under Adam
(epoch 13 of 15, 0.54%) and the marks under AdamW (epoch 14 of 15, 1.15%); of the scripts only
Trainer's iris (epoch 12 of 14, 0.3% above it).

Changes after the first round (each changed case trained once at seed 0 into a store of its own,
diagnosis off): the mixed-pooling CNN first shared one ReLU module between both convolutions, which
the runner's per-layer statistics refuse (a size mismatch); each convolution now has its own. The
first sequence set (the directions of one pulse per reading) was solved by the baseline (0.9688,
above every RNN): a 4-class quadrant of two directions is linear in the readings' sums; a product
version (two XORs over 4 readings) was left after a scratch check, as the paired-step RNN stayed at
0.45 in 15 epochs; the order of events (above) gives a baseline of 0.7875 and RNNs of 0.825 to
0.8708, and every case on it was retrained. The gauges' tanh cosine MLP of 3 layers under Adagrad
(LR 0.05: 0.625; LR 0.2: 0.675, 1.45% above its epoch-13 minimum) is now a ReLU cosine MLP of 48
units at LR 0.1 for 20 epochs (0.8643, 0.1% above its epoch-19 minimum). The RNN under AdamW (LR
0.01, decay 0.9: 3.9% above its epoch-5 minimum) is now LR 5e-3, decay 0.85 (lowest at the end,
0.825). The CNNs: under AdamW with a step schedule (LR 3e-3, 12 epochs: 0.7083) now LR 5e-3, every
5 epochs by 0.5, 15 epochs (0.8933, 1.15% above its epoch-14 minimum); under RMSprop (LR 1e-3:
0.51, below the baseline; LR 3e-3 and 15 epochs: 0.6617, more than 0.1 below the best CNN) replaced
by Adam with a step schedule (LR 5e-3, every 5 epochs by 0.5, 15 epochs: 1.7% above its epoch-11
minimum; every 4 epochs by 0.4 for 12 epochs: lowest at the end, 0.8167); under Adam with cosine
(LR 3e-3, 12 epochs: 0.7883, 0.105 below the AdamW run) now LR 5e-3 and 15 epochs (4.5% above its
epoch-11 minimum), so LR 4e-3 and 12 epochs (lowest at the end, 0.855). The slow start (N(0, 0.03)
init) never started: at N(0, 0.08) it learnt (first gradient norms 0.0036, only half the smallest
healthy first norm; accuracy 0.5767, 56% of the dense units dead), which shows no clear slow start
either, so the 0.03 run is kept and labelled from its metrics (the dense layer dead, no training),
``slow_start`` only allowed. The loop's sine under Adamax (LR 3e-3: 21.6% above its epoch-12
minimum) is now LR 1e-3 (16 epochs: still 15% above its epoch-12 minimum), so 12 epochs: lowest at
the end, R2 0.9319.

Labels from the metrics: the RMSprop CNN at LR 0.1 blew up (5.5e4 in its first epoch) and its loss
ends at 4.6 with 56% of its dense units dead (healthy at most 19%), so ``dead_relu`` is expected
beside the collapse and ``at_chance``; the exploding run's loss is 3.94e4 at every epoch and its
verdict is a failure; the test predictions fall in one class in the shifted CNN, the vanishing run,
the stuck CNN and the std-0.03 CNN (100% each) and the RMSprop CNN at LR 0.1 (95%), so
``predictions_collapsed`` is expected there, allowed in the exploding run (66%) and the one-unit
RNN (64%); the update-ratio RNN ends at 0.33 (test 0.30) far below the baseline: ``underfitting``
expected, ``at_chance`` allowed; the unshuffled run ends at 0.39, 0.08 above the majority share and
far below the baseline: ``underfitting`` expected, ``at_chance`` allowed; the batch-1 run's step
loss swings 0.89 times its mean (healthy runner runs up to 0.67), not clearly outside, so
``noisy_loss`` is only allowed and ``not_converged`` expected; Keras' 16 digits end with the
validation loss lowest at the end, so only ``generalisation_gap`` is expected there; Lightning's
stuck circles (0.43 against 0.5), Trainer's stuck iris (0.27 against 1/3), Trainer's NaN wine and
TensorBoard's NaN breast cancer allow ``at_chance``; Lightning's NaN digits, Keras' NaN moons and
the loop's stuck digits expect it.

Not met: ``slow_start`` is expected by no case (the std-0.03 CNN never started, the std-0.08 one
showed no clear slow start); the marks under AdamW ends 1.15% above its epoch-14 minimum (more than
a fraction of a percent); the RNNs beat the signs' baseline by only 0.04 to 0.08; the changed cases
were each checked in a store of their own, not retrained together into one fresh store. No other
seed was checked.

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


def signs(n: int = 1200, steps: int = 20, noise: float = 0.5, height: float = 1.6,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 4 readings; the
    first reading holds a pulse of ``height`` lasting 3 steps, upwards or downwards, the second
    an upward one, each at its own random time; readings 3 and 4 are noise of twice ``noise``.
    The class is whether the first reading's pulse comes first times 2 plus whether it points
    up (4 classes: the order of events). Given flattened, time-major (``steps * 4`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 4))
    x[:, :, 2:] *= 2.0
    for i, label in enumerate(y):
        first0, up0 = label // 2, label % 2
        t0, t1 = sorted(int(t) for t in rng.choice(steps - 2, 2, replace=False))
        if not first0:
            t0, t1 = t1, t0
        x[i, t0:t0 + 3, 0] += height if up0 else -height
        x[i, t1:t1 + 3, 1] += height
    return x.reshape(n, steps * 4).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a diagonal, four corners), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _CORNERS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of the product
    of readings 0 and 1 times 2 plus whether reading 2 plus half the square of reading 3 passes
    0.5; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1]
    s2 = x[:, 2] + 0.5 * x[:, 3] ** 2 - 0.5
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    cosine of a third, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (x[:, 0] * x[:, 1] + 1.5 * np.cos(1.5 * x[:, 2]) + 1.2 * np.abs(x[:, 3]) + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "gelu": nn.GELU}


class CosineUnits(nn.Module):
    """A layer of cosine units: each unit's output is the cosine similarity between its input and
    its weight vector (held in an :class:`~torch.nn.Linear`, so ``model.init`` reaches it) times a
    learnt scale (one per layer, starting at ``scale``), then the activation ``activation``."""

    def __init__(self, n_in: int, width: int, activation: str = "relu",
                 scale: float = 4.0) -> None:
        super().__init__()
        self.proj = nn.Linear(n_in, width, bias=False)
        self.scale = nn.Parameter(torch.tensor(float(scale)))
        self.act = _ACTS[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        w = self.proj.weight
        cos = (x @ w.t()) / (x.norm(dim=1, keepdim=True) * w.norm(dim=1) + 1e-8)
        return self.act(self.scale * cos)


class CosineMLP(nn.Module):
    """An MLP of ``depth`` :class:`CosineUnits` layers of ``width`` units (activation
    ``activation``), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", scale: float = 4.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers.append(CosineUnits(n_in, width, activation, scale))
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class MixedPool(nn.Module):
    """A downsampling: a 2x2 max pool and a 2x2 average pool of the same input, concatenated
    along the channels, then a 1x1 convolution back to ``channels``."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        self.maxp = nn.MaxPool2d(2)
        self.avgp = nn.AvgPool2d(2)
        self.mix = nn.Conv2d(2 * channels, channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.mix(torch.cat([self.maxp(x), self.avgp(x)], dim=1))


class MixedPoolCNN(nn.Module):
    """A mixed-pooling CNN: two 3x3 convolutions with ReLU units, each followed by a
    :class:`MixedPool` downsampling, then a dense ReLU layer (whose pre-activations can start
    shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.pool1 = MixedPool(channels[0])
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.pool2 = MixedPool(channels[1])
        self.relu1, self.relu2 = nn.ReLU(), nn.ReLU()
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool1(self.relu1(self.conv1(x)))
        h = self.pool2(self.relu2(self.conv2(h)))
        return self.head(self.act(self.fc(h.flatten(1)) + self.dense_shift))


class PairedStepRNN(nn.Module):
    """A hand-written tanh cell that reads two consecutive time steps at once (``2 * features``
    inputs), stepped by hand over half the sequence's length; its last state feeds a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.pairs = int(np.prod(input_shape)) // (2 * features)
        self.wx = nn.Linear(2 * features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.pairs, 2 * self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.pairs):
            h = self.squash(self.wx(seq[:, t]) + self.wh(h))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout310"
SG = _factory(f"{HERE}:signs", seed=3100)
MK = _factory(f"{HERE}:marks", seed=3101)
GA = _factory(f"{HERE}:gauges", seed=3102)
YD = _factory(f"{HERE}:yields", seed=3103)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3104)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CosineMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixedPoolCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PairedStepRNN", "args": {"features": 4, **args}}


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.65."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.65}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.95 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95, "eps": 1e-6}, **kw)


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
    Case("h310_divergence_yields_raw_cosmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the cosine MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.3e7 at the first step, then overflowing "
                      "(logged 1.8e308) with every gradient norm and update ratio"),
         verdict="failed"),
    Case("h310_exploding_marks_mixcnn_std1", "the mixed-pooling CNN with N(0, 1) init on the "
         "marks, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MK, "model": {**_cnn(channels=[16, 32], dense=48), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed", "dead_relu"),
         why_allowed=("the epoch loss 3.94e4 at every epoch; every gradient norm 8370 to 5.2e4 "
                      "(healthy at most 11.2); quarter-mean update ratios up to 2.3e-7, a side "
                      "effect of the LR; test accuracy 0.2767 against a majority share of "
                      "0.2617, 66% of the test predictions in one class"), verdict="failed"),
    Case("h310_dead_relu_marks_mixcnn_dense_shift12", "the mixed-pooling CNN on the marks with "
         "its dense ReLU layer's pre-activations shifted by -12, so its units never fire, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-12.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 19%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.393 to 1.387 (ln 4); "
                      "accuracy 0.255 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h310_dead_relu_marks_mixcnn_rmsprop_lr01", "the mixed-pooling CNN on the marks, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 5.5e4 in epoch 1, then 8.5 and 4.6, the validation loss "
                      "1.49 times its epoch-2 minimum; gradient norms up to 1.3e6 and single "
                      "update ratios up to 14 in the blow-up (healthy at most 11.2 and 1.25); "
                      "56% of the dense units logged dead (healthy up to 19%); accuracy 0.2683 "
                      "at the majority share, 95% of the test predictions in one class"),
         verdict=TP),
    Case("h310_update_ratio_high_signs_pairrnn_adagrad_lr2", "the paired-step RNN of 16 on the "
         "signs, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SG, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "at_chance", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("quarter-mean update ratios up to 0.63, single steps up to 13.8 (healthy "
                      "at most 0.05 and 1.25); 92% of the tanh states saturated (healthy at "
                      "most 28%); accuracy 0.3292 (test 0.3042, majority share 0.2583) far "
                      "below the baseline 0.7875; the validation loss 1.11 times its epoch-7 "
                      "minimum; 38% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h310_update_ratio_low_marks_mixcnn_sgd_lr1e9", "the mixed-pooling CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.395 at every epoch; quarter-mean update ratios at most "
                      "9.7e-13 (healthy at least 2.9e-5); accuracy 0.255 at the majority share "
                      "0.2617; every test prediction in one class"), verdict=TP),
    Case("h310_update_ratio_low_signs_pairrnn_rmsprop_lr1e10", "the paired-step RNN of 16 on the "
         "signs, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SG, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.412 at every epoch; quarter-mean update ratios at most "
                      "7e-10; accuracy 0.2417 (test 0.2583, the majority share); 38% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h310_vanishing_gauges_cosmlp_d12_sigmoid_momentum9", "the cosine MLP of 12 sigmoid "
         "layers of 16 (scale 1) on the gauges, SGD with momentum 0.9 at LR 0.02, batch 32, 4 "
         "epochs",
         {"data": GA, "model": _mlp(width=16, depth=12, activation="sigmoid", scale=1.0),
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("gradient norms down to 1.3e-12, first norms 2.4e-12 (healthy first norms"
                      " at least 0.0076); the epoch loss 1.395 to 1.389 (ln 4); accuracy 0.2429"
                      " against a majority share of 0.2679, every test prediction in one class"),
         verdict=TP),
    Case("h310_saturated_signs_pairrnn_std3_rmsprop", "the paired-step RNN of 16 with N(0, 3) "
         "init on the signs, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SG, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("87% of the tanh states saturated (healthy at most 28%); the epoch loss "
                      "14.6 to 14.3, far above ln 4; gradient norms up to 9320 (healthy at most"
                      " 11.2); accuracy 0.2208 (test 0.2708) against a majority share of "
                      "0.2583; 33% of the test predictions in one class"), verdict=TP),
    Case("h310_slow_start_marks_mixcnn_std003_momentum9", "the mixed-pooling CNN with N(0, 0.03) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "not_converged"),
         why_allowed=("no slow start but no start at all: every dense unit logged dead, "
                      "gradient norms at most 2.6e-3 (first 2.7e-5; healthy first norms at "
                      "least 0.0076, the smallest healthy norm 0.0054), quarter-mean update "
                      "ratios at most 9.5e-5 (healthy at least 2.2e-4, not clearly outside); "
                      "the epoch loss 1.388 to 1.386 (ln 4); accuracy 0.2617 at the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h310_unshuffled_gauges_cosmlp_rmsprop", "the gauges sorted by label, never shuffled, "
         "the cosine MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch"
                      " variance (healthy runner runs at most 19.5%); the epoch loss 1.375 to "
                      "1.323, still falling slowly; accuracy 0.3929 (test 0.3464, 0.08 above "
                      "the majority share 0.2679) far below the baseline 0.6179; 57% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h310_mse_softmax_signs_pairrnn_adam", "the signs trained with square error on the "
         "softmax, the paired-step RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": SG, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8458 like the healthy runs; the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h310_noisy_gauges_cosmlp_b1_adam", "the gauges one row at a time (batch 1), the cosine "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.89 times its mean over the second half (healthy "
                      "runner runs up to 0.67, not clearly outside); the epoch loss 1.152 to "
                      "0.8495, 26% lower in the last epoch, the validation loss lowest at the "
                      "end: accuracy 0.6571 (healthy 0.8286 and up); 44% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h310_overfit_gauges_subset40_cosmlp_adamw", "40 rows of the gauges, the cosine MLP of "
         "160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4393 (training 1.0; the healthy runs "
                      "0.8286 and up); the validation loss lowest at epoch 2 of 150, 2.8 times "
                      "it at the end"), verdict=GP),
    Case("h310_gap_marks_subset30_mixcnn_adam", "30 images of the marks, the mixed-pooling CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3283 (training 1.0; the healthy CNNs "
                      "0.8167 and up); the validation loss lowest at epoch 4 of 100, 3.6 times it "
                      "at the end; 45% of the dense units logged dead (healthy up to 19%)"),
         verdict=GP),
    Case("h310_underfit_signs_pairrnn_one_unit_adam", "the signs through a paired-step RNN of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": SG, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed"),
         why_allowed=("one unit cannot order two events: accuracy 0.375 (training 0.375) far "
                      "below the baseline (0.7875), the validation loss 0.08% above its "
                      "epoch-13 minimum; 64% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h310_lightning_digits_momentum_lr1e20_nan", "Lightning: digits, SGD with momentum 0.65 "
         "at LR 1e20, 2370 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2370,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h310_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (weight decay 1e-4) at LR 1e-10, 2371 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(2371,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6596 at every epoch; accuracy 0.4297 at its initial "
                      "weights, 0.07 below the majority share 0.5"), verdict=TP),
    Case("h310_hf_trainer_wine_momentum_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.65 at LR 1e20 (decaying linearly), 2372 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(2372,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share"), verdict="failed"),
    Case("h310_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop "
         "(alpha 0.95, eps 1e-6) at LR 1e-10 (decaying linearly), 2373 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rms("iris", hidden=(2373,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.1465 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, 0.067 below 1/3"), verdict=TP),
    Case("h310_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (alpha 0.95, eps 1e-6) at LR 1e20, 2374 units, batch 20, 3 epochs",
         script=keras_run(_rms("moons", hidden=(2374,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h310_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2375 units, "
         "Adamax (weight decay 1e-4) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(2375,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5655, training 1.0); the "
                      "validation loss 2.822 at epoch 1, lowest at the end (2.319): no "
                      "overfitting"), verdict=GP),
    Case("h310_tensorboard_breast_cancer_momentum_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.65 at LR 1e20, 2376 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2376,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"), verdict="failed"),
    Case("h310_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2377 units, Adamax (weight decay 1e-4) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_amx("circles", hidden=(2377,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6077, training 1.0); the "
                      "validation loss lowest at epoch 8 of 150, 2.55 times it at the end"),
         verdict=GP),
    Case("h310_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95, eps 1e-6) at LR 5e-4, 2378 units, batch "
         "20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(2378,), lr=5e-4, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record (step 19), far above its first "
                      "step"), verdict="failed", expect_step=19),
    Case("h310_plain_digits_momentum_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.65 at LR 1e-10, 2379 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2379,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.2898 at every epoch; accuracy 0.1365, 0.03 above "
                      "the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy310_gauges_cosmlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy310_gauges_cosmlp_adamw_step",
       {"data": GA, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy310_gauges_cosmlp_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy310_gauges_cosmlp_momentum9_cosine",
       {"data": GA, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy310_gauges_cosmlp_wide_adagrad_inverse_time",
       {"data": GA, "model": _mlp(width=48),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy310_yields_cosmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy310_yields_cosmlp_d3_gelu_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy310_marks_mixcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy310_marks_mixcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy310_marks_mixcnn_adam_step",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=24),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy310_marks_mixcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy310_signs_pairrnn_adam_cosine",
       {"data": SG, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy310_signs_pairrnn_adamw_exponential",
       {"data": SG, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy310_signs_pairrnn_rmsprop_cosine",
       {"data": SG, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy310_signs_pairrnn_momentum9_cosine",
       {"data": SG, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy310_lightning_digits_adamax",
        lightning_run(_amx("digits", hidden=(2370,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy310_lightning_wine_momentum",
        lightning_run(_mom("wine", hidden=(2371,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy310_lightning_moons_rmsprop",
        lightning_run(_rms("moons", hidden=(2372,), lr=2e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy310_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amx("breast_cancer", hidden=(2373,), lr=5e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy310_hf_trainer_iris_momentum",
        hf_trainer_run(_mom("iris", hidden=(2374,), lr=0.01, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy310_keras_circles_adamax",
        keras_run(_amx("circles", hidden=(2375,), lr=2e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy310_keras_wine_rmsprop",
        keras_run(_rms("wine", hidden=(2376,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy310_keras_breast_cancer_momentum",
        keras_run(_mom("breast_cancer", hidden=(2377,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy310_tensorboard_iris_adamax",
        tensorboard_run(_amx("iris", hidden=(2378,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy310_tensorboard_digits_momentum",
        tensorboard_run(_mom("digits", hidden=(2379,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy310_tensorboard_moons_rmsprop",
        tensorboard_run(_rms("moons", hidden=(2370,), lr=2e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy310_plain_sine_adamax",
        plain_run(_amx("sine", hidden=(2374,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy310_plain_breast_cancer_rmsprop",
        plain_run(_rms("breast_cancer", hidden=(2376,), lr=1e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
