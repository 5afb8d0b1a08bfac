"""The three-hundred-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout304` (not looked at), after the measurement of
:mod:`.heldout305`, by someone who saw no diagnosis of its runs. Built as :mod:`.heldout196` to
:mod:`.heldout199` were: every runner case trains a model of this module through ``model.factory``:
:class:`HadamardMLP` (hidden layers that are each the elementwise product of two linear maps of
their input, then an activation given to the constructor: tanh, ReLU or sigmoid; then a linear
head), :class:`CoordCNN` (two blocks that each concatenate a row and a column coordinate channel to
their input, then a 3x3 convolution and ReLU units, a 2x2 max pool between them, a global max pool,
a linear head; the second block's pre-activations can start shifted) and :class:`SkewExpRNN` (a
hand-written tanh cell whose recurrent matrix is the matrix exponential of a learnt skew-symmetric
matrix times a learnt gain, stepped by hand, the mean of its states over time into a linear head);
no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`steps`, 800 noisy series of 16 steps in 2 readings, each reading holding a
4-step plateau of 1.3 or none (4 classes; given flattened as 32 columns, read back as a sequence;
seed 3060); :func:`marks`, 3000 10x10 images of a corner, a tee, a diagonal or an H at a random
place in noise 0.35, 2% random labels (4 classes; seed 3061); :func:`cells`, a tabular 4-class set
of 8 readings (the sign of a product and a threshold on a third reading; 3% random labels, 1400
rows; seed 3062); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 3063; times
300 plus 4000 with seed 3064 for the divergence); seed 3065 is not used. Script cases use Adam with
betas (0.8, 0.999), SGD with Nesterov momentum 0.6 and Adagrad with a learning-rate decay of 1e-4
on digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden
width of 2330 to 2339. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step, exponential
and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files at a time, one per worker; three rounds, each changed case
retrained into a store of its own) only to check that the fault is real, from the run's own
metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2857
on the cells, 0.2583 on the marks, 0.2562 on the steps. Baselines (validation): accuracy 0.5679
(cells), 0.5767 (marks), 0.7937 (steps); R2 0.613 (yields), 0.6975 (the raw yields).

Measured healthy ranges (runner): update ratio quarter means 8.5e-5 to 0.055, single steps at most
0.31 (the CNN under RMSprop); gradient norms 1.5e-3 (the 3-layer MLP under Adagrad, also its first
norm) to 12 (the ReLU MLP under momentum 0.9); the CNNs' first norms 0.117 and up. Dead share of
the CNNs' ReLU units at most 6%; saturated units at most 30% (the 3-layer tanh MLP's last layer),
the RNNs' tanh states at most 17%. The step loss's position in the epoch explains at most 23% of
the within-epoch variance over the second half in the healthy runner runs; the step loss's
step-to-step change has a standard deviation of at most 0.88 times its mean over the second half
in the healthy runner runs and 1.62 in the healthy scripts (the loop's breast cancer). Healthy
scores (validation): cells 0.825-0.8929, marks 0.8883-0.9467, steps 0.8187-0.9062, yields R2
0.7832 and 0.8833; every healthy classifier ends within 0.1 of the best run on its data. Every
healthy run's validation loss is lowest at its end but the MLP on the yields under Adam (epoch 18
of 20, 0.22% above it), the CNN under Adam (epoch 11 of 12, 0.25%) and the RNNs under Adam (epoch
14 of 15, 0.08%) and under momentum 0.9 (epoch 11 of 12, 0.1%).

Changes after the first round: the cells under Adam (LR 3e-3, 15 epochs, 1.5% above its epoch-9
minimum) now 10 epochs; under AdamW with a step schedule (every 5 epochs by 0.4, 15 epochs, 1.4%
above) every 4 epochs and 10 epochs; under RMSprop (decay 0.9, 15 epochs, 5.4% above its epoch-7
minimum) decay 0.8 and 10 epochs (a try at LR 1e-3 and decay 0.85 reached only 0.7107, and Adam at
LR 2e-3 only 0.7714: both reverted); the ReLU MLP under momentum 0.9 (LR 0.01) reached 0.35, below
the baseline, so LR 0.05 and 12 epochs (0.825); the CNN under AdamW (every 4 epochs by 0.4, 12
epochs, 1.7% above) every 3 epochs by 0.3 and 11 epochs; the CNN under Nesterov momentum (LR 0.03,
12 epochs, 17.5% above its epoch-5 minimum) LR 0.01 and 8 epochs; the scripts that ended above
their minima (Lightning's moons 8.3%, Keras' wine 8.6%, TensorBoard's moons 11.5%, the loop's sine
4.4% and breast cancer 0.4%) now stop at the epoch of that minimum. The exploding run (5 ReLU
layers of N(0, 1)) overflowed at the first step (every metric 1.8e308), so 2 layers; the slow
start at N(0, 0.03) had first norms above the 3-layer MLP's, so N(0, 0.01), which never started
(ln 4 for 10 epochs), so N(0, 0.02). A redesign of the steps (a rise-then-fall against a
fall-then-rise shape, which no sum tells apart) dropped the baseline to 0.5437 but the RNNs
reached only 0.57 to 0.61 in 15 epochs, so the plateaus were kept and their first-round runs are
those measured.

Not met: on the steps the RNNs beat the baseline (0.7937) by only 0.025 to 0.11 (the Adam runs
0.8187 and 0.8313), not clearly; the changed cases were each checked in a store of their own, not
retrained together into one fresh store; the healthy ranges above mix the rounds' final runs. The
batch-1 run's step-loss swing (1.30) is above every healthy runner run but below the healthy
scripts', so ``noisy_loss`` is only allowed there and ``not_converged`` expected. The divergence
run logs no NaN or Inf (the loss stays near 1e6), so ``nan_loss`` is only allowed.

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 4), so it is a
training problem; the exploding run's loss is 2382 at every epoch and its verdict is a failure;
the test predictions fall in one class in both dead-unit runs (100%), the stuck CNN (99%), the
vanishing run (100%) and the unshuffled run (95%), so ``predictions_collapsed`` is expected there,
allowed in the one-unit RNN (84%); the stuck RNN (0.375) and the update-ratio run (0.575) are not
at chance; the overfit runs' validation losses end 2.86 (40 rows), 1.14 (30 images) and 3.05
(TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``, only allowed in Keras' 16 digits (0.1% above its minimum); the slow start
stays at ln 4 for three epochs while every healthy CNN falls in its second, so ``slow_start`` is
expected though its first gradient norms are not below the 3-layer MLP's.

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


def steps(n: int = 800, length: int = 16, noise: float = 0.5, height: float = 1.3,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``length`` steps in 2 readings; each
    reading holds a plateau of ``height`` lasting 4 steps at a random time or none; the class is
    which readings hold one (4 classes: none, the second, the first, both). Given flattened,
    time-major (``length * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, length, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, length - 3))
                x[i, t:t + 4, r] += height
    return x.reshape(n, length * 2).astype(np.float32), y


_CORNER = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: a corner, a tee, a diagonal, an H), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_CORNER, _TEE, _DIAG, _AITCH), n, 10, noise, flip, seed)


def cells(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of the
    product of readings 0 and 1 times 2 plus whether reading 2 is far from 0 (``|x2| > 0.8``);
    readings 3 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (np.abs(x[:, 2]) > 0.8).astype(int)
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
    y = (x[:, 0] * x[:, 1] + 1.2 * np.cos(1.5 * x[:, 2]) + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACT = {"tanh": nn.Tanh, "relu": nn.ReLU, "sigmoid": nn.Sigmoid}


class HadamardLayer(nn.Module):
    """The elementwise product of two linear maps of the input, then ``activation``."""

    def __init__(self, n_in: int, n_out: int, activation: str = "tanh") -> None:
        super().__init__()
        self.a = nn.Linear(n_in, n_out)
        self.b = nn.Linear(n_in, n_out)
        self.act = _ACT[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.a(x) * self.b(x))


class HadamardMLP(nn.Module):
    """An MLP of ``depth`` :class:`HadamardLayer` s of ``width`` units (``activation`` of the
    product of two linear maps), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "tanh") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers.append(HadamardLayer(n_in, width, activation))
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


def _coords(x: torch.Tensor) -> torch.Tensor:
    """``x`` with two channels more: the row and the column coordinate, each in [-1, 1]."""
    b, _, h, w = x.shape
    rows = torch.linspace(-1.0, 1.0, h, device=x.device, dtype=x.dtype)
    cols = torch.linspace(-1.0, 1.0, w, device=x.device, dtype=x.dtype)
    rr = rows.view(1, 1, h, 1).expand(b, 1, h, w)
    cc = cols.view(1, 1, 1, w).expand(b, 1, h, w)
    return torch.cat([x, rr, cc], dim=1)


class CoordBlock(nn.Module):
    """Coordinate channels concatenated to the input, a 3x3 convolution, ReLU units (whose
    pre-activations can start shifted by ``shift``)."""

    def __init__(self, c_in: int, c_out: int, shift: float = 0.0) -> None:
        super().__init__()
        self.conv = nn.Conv2d(c_in + 2, c_out, 3, padding=1)
        self.act = nn.ReLU()
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act(self.conv(_coords(x)) + self.shift)


class CoordCNN(nn.Module):
    """A coordinate-channel CNN: two :class:`CoordBlock` s with a 2x2 max pool between them, a
    global max pool, a linear head; ``shift`` moves the second block's pre-activations."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.block1 = CoordBlock(c, channels[0])
        self.pool = nn.MaxPool2d(2)
        self.block2 = CoordBlock(channels[0], channels[1], shift)
        self.head = nn.Linear(channels[1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.pool(self.block1(x))).amax(dim=(2, 3))
        return self.head(h)


class SkewExpRNN(nn.Module):
    """A hand-written tanh recurrent cell whose recurrent matrix is the matrix exponential of a
    learnt skew-symmetric matrix (a rotation) times a learnt gain (starting at ``gain``), stepped
    by hand over the flattened sequence of ``features`` readings a step; the mean of its states
    over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.skew = nn.Parameter(torch.randn(hidden, hidden) * 0.1)
        self.gain = nn.Parameter(torch.tensor(float(gain)))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        rot = torch.linalg.matrix_exp(self.skew - self.skew.T) * self.gain
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = torch.zeros_like(h)
        for t in range(self.steps):
            h = self.squash(self.wx(seq[:, t]) + h @ rot.T)
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout306"
ST = _factory(f"{HERE}:steps", seed=3060)
MK = _factory(f"{HERE}:marks", seed=3061)
CL = _factory(f"{HERE}:cells", seed=3062)
YD = _factory(f"{HERE}:yields", seed=3063)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=3064)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HadamardMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CoordCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SkewExpRNN", "args": args}


def _adm(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.999)}, **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6, "nesterov": True}, **kw)


def _adg(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with a learning-rate decay of 1e-4."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-4}, **kw)


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
    Case("h306_divergence_yields_raw_hadamard_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the Hadamard MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}: gradient norms up to 1.1e7 (healthy at most 12), update ratios "
                      "up to 66, 99% of the product units saturated; the epoch loss 5.7e6 to "
                      "1.2e6, R2 -3.42 (the baseline 0.6975); no value logged NaN or Inf"),
         verdict="failed"),
    Case("h306_exploding_cells_hadamard_d2_std1_relu", "the Hadamard MLP of 2 ReLU layers of 24 "
         "with N(0, 1) init on the cells, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": CL, "model": {**_mlp(width=24, depth=2, activation="relu"), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 2382 at every epoch; every gradient norm 466 to 3370 "
                      "(healthy at most 12); quarter-mean update ratios at most 2.2e-8, a side "
                      "effect of the LR; accuracy 0.2607 against a majority share of 0.2857; 55% "
                      "of the test predictions in one class"),
         verdict="failed"),
    Case("h306_dead_relu_marks_coordcnn_shift10", "the coordinate CNN on the marks with its "
         "second block's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the second block logged dead (healthy CNNs at most 6%), so "
                      "no gradient reaches any layer (norms 0): the epoch loss 1.388 to 1.386 (ln"
                      " 4); accuracy 0.2567 at the majority share, every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h306_dead_relu_marks_coordcnn_rmsprop_lr01", "the coordinate CNN on the marks, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 44.1 in epoch 1, then near ln 4 (1.397), so the blow-up "
                      "passed; gradient norms up to 606 and single update ratios up to 15.6 "
                      "(healthy at most 12 and 0.31); 94% of the second block's units logged dead"
                      " (healthy at most 6%); accuracy 0.24 against 0.2583, every test prediction"
                      " in one class"),
         verdict=TP),
    Case("h306_update_ratio_high_steps_skewrnn_adagrad_lr3", "the skew-exponential RNN of 16 on "
         "the steps, Adagrad at LR 3, batch 26, 6 epochs",
         {"data": ST, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 6, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "overfitting"),
         why_allowed=("quarter-mean update ratios up to 0.89, single steps up to 20 (healthy at "
                      "most 0.055 and 0.31); 87% of the tanh states saturated (healthy at most "
                      "30%); gradient norms up to 70; the validation loss 1.46 times its epoch-5 "
                      "minimum; accuracy 0.575 below the baseline 0.7937; 55% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h306_update_ratio_low_marks_coordcnn_sgd_lr1e9", "the coordinate CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.398 at every epoch; quarter-mean update ratios at most "
                      "3.7e-11 (healthy at least 8.5e-5); accuracy 0.2583 at the majority share; "
                      "99% of the test predictions in one class"),
         verdict=TP),
    Case("h306_update_ratio_low_steps_skewrnn_rmsprop_lr1e10", "the skew-exponential RNN of 16 "
         "on the steps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": ST, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.533 at every epoch; quarter-mean update ratios at most "
                      "3.8e-10 (healthy at least 8.5e-5); accuracy 0.375, 0.12 above the majority"
                      " share 0.2562 (49% of the test predictions in one class)"),
         verdict=TP),
    Case("h306_vanishing_cells_hadamard_d10_std005_momentum9", "the Hadamard MLP of 10 tanh "
         "layers of 16 with N(0, 0.05) init on the cells, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": CL, "model": {**_mlp(width=16, depth=10), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("every hidden layer's gradient norm logged 0 from the first step (healthy "
                      "at least 1.5e-3); the epoch loss 1.382 to 1.380 (ln 4); accuracy 0.2857 at"
                      " the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h306_saturated_steps_skewrnn_gain6_std3_rmsprop", "the skew-exponential RNN of 16 with "
         "gain 6 and N(0, 3) init on the steps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": ST, "model": {**_rnn(hidden=16, gain=6.0), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("79% of the tanh states saturated (healthy at most 30%, the RNNs 17%); the "
                      "epoch loss 5.68, then 4.87 at every epoch, far above ln 4; gradient norms "
                      "up to 91 (healthy at most 12); accuracy 0.2875 against a majority share of"
                      " 0.2562; 41% of the test predictions in one class"),
         verdict=TP),
    Case("h306_slow_start_marks_coordcnn_std002_momentum9", "the coordinate CNN with N(0, 0.02) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.389, 1.391, 1.386 (ln 4) for three epochs while every "
                      "healthy CNN's falls in its second; first gradient norms 3.9e-3 to 0.035 "
                      "(healthy CNNs 0.117 and up, though the 3-layer MLP starts at 1.5e-3); then"
                      " 0.307 at the end, 7% below the epoch before, the validation loss lowest "
                      "at the end: accuracy 0.885 (healthy CNNs 0.8883 and up)"),
         verdict=TP),
    Case("h306_unshuffled_cells_hadamard_rmsprop", "the cells sorted by label, never shuffled, "
         "the Hadamard MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**CL, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 23%); the epoch"
                      " loss 1.393 to 1.384; accuracy 0.2286 against a majority share of 0.2857; "
                      "95% of the test predictions in one class"),
         verdict=TP),
    Case("h306_mse_softmax_steps_skewrnn_adam", "the steps trained with square error on the "
         "softmax, the skew-exponential RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": ST, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8625 like the healthy runs (0.8187"
                      " to 0.9062); the validation loss lowest at the end"),
         verdict=TP),
    Case("h306_noisy_cells_hadamard_b1_adam", "the cells one row at a time (batch 1), the "
         "Hadamard MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": CL, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.30 times its mean over the second half (healthy "
                      "runner runs up to 0.88, but healthy scripts up to 1.62), so noise is no "
                      "clear finding; the validation loss 0.908 then 0.483, lowest at the end; "
                      "accuracy 0.8286 (healthy 0.825 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h306_overfit_cells_subset40_hadamard_adamw", "40 rows of the cells, the Hadamard MLP "
         "of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4429 (training 1.0; the healthy runs 0.825 "
                      "and up); the validation loss lowest at epoch 2 of 150, 2.86 times it at "
                      "the end"),
         verdict=GP),
    Case("h306_gap_marks_subset30_coordcnn_adam", "30 images of the marks, the coordinate CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4467 (training 1.0; the healthy CNNs "
                      "0.8883 and up); the validation loss lowest at epoch 22 of 100, 1.14 times "
                      "it at the end"),
         verdict=GP),
    Case("h306_underfit_steps_skewrnn_one_unit_adam", "the steps through a skew-exponential RNN "
         "of 1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": ST, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "predictions_collapsed", "at_chance"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.3375 (training 0.3125) far "
                      "below the baseline (0.7937), the validation loss lowest at the end, the "
                      "epoch loss 1.38 to 1.37; 84% of the test predictions in one class (allowed"
                      " from 60%)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h306_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.6 at LR 1e20, 2330 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2330,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h306_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8 and 0.999) at LR 1e-10, 2331 units, batch 20, 3 epochs",
         script=lightning_run(_adm("circles", hidden=(2331,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7264 at every epoch, the validation loss 0.6954; accuracy"
                      " 0.4141 at its initial weights, 0.086 below the majority share 0.5"),
         verdict=TP),
    Case("h306_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "Nesterov momentum 0.6 at LR 1e20 (decaying linearly), 2332 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_nes("wine", hidden=(2332,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, about 0.06 below the "
                      "majority share"),
         verdict="failed"),
    Case("h306_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad "
         "(LR decay 1e-4) at LR 1e-10 (decaying linearly), 2333 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_adg("iris", hidden=(2333,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.118 at every evaluation; accuracy 0.3 at its initial"
                      " weights, within 0.05 of 1/3"),
         verdict=TP),
    Case("h306_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.8 and 0.999) at LR 1e20, 2334 units, batch 20, 3 epochs",
         script=keras_run(_adm("moons", hidden=(2334,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h306_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2335 "
         "units, Adagrad (LR decay 1e-4) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_adg("digits", hidden=(2335,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.429, training 1.0); the "
                      "validation loss 27.1 at epoch 1, lowest at epoch 17 of 120 and 0.1% above "
                      "it at the end, so overfitting is no clear finding"),
         verdict=GP),
    Case("h306_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.6 at LR 1e20, 2336 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2336,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"),
         verdict="failed"),
    Case("h306_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2337 units, Adam (betas 0.8 and 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_adm("circles", hidden=(2337,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 6 of 150, 3.05 times it at the end"),
         verdict=GP),
    Case("h306_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-4) at LR 0.05, 2338 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_adg("sine", hidden=(2338,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h306_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.6 at LR 1e-10, 2339 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2339,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.281 at every epoch; accuracy 0.1783 at its initial "
                      "weights, 0.078 above the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy306_cells_hadamard_adam_cosine",
       {"data": CL, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy306_cells_hadamard_adamw_step",
       {"data": CL, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy306_cells_hadamard_rmsprop_exponential",
       {"data": CL, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy306_cells_hadamard_relu_momentum9_cosine",
       {"data": CL, "model": _mlp(width=26, activation="relu"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy306_cells_hadamard_d3_adagrad_inverse_time",
       {"data": CL, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy306_yields_hadamard_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy306_yields_hadamard_sigmoid_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, activation="sigmoid"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy306_marks_coordcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy306_marks_coordcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 3, "gamma": 0.3},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy306_marks_coordcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[8, 12]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy306_marks_coordcnn_nesterov9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy306_steps_skewrnn_adam_cosine",
       {"data": ST, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy306_steps_skewrnn_adamw_exponential",
       {"data": ST, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy306_steps_skewrnn_rmsprop_cosine",
       {"data": ST, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy306_steps_skewrnn_momentum9_cosine",
       {"data": ST, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy306_lightning_digits_adam",
        lightning_run(_adm("digits", hidden=(2330,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy306_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2331,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy306_lightning_moons_adagrad",
        lightning_run(_adg("moons", hidden=(2332,), lr=0.01, epochs=12, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy306_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_adm("breast_cancer", hidden=(2333,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy306_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2334,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy306_keras_circles_adam",
        keras_run(_adm("circles", hidden=(2335,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy306_keras_wine_adagrad",
        keras_run(_adg("wine", hidden=(2336,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy306_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2337,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy306_tensorboard_iris_adam",
        tensorboard_run(_adm("iris", hidden=(2338,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy306_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2339,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy306_tensorboard_moons_adagrad",
        tensorboard_run(_adg("moons", hidden=(2330,), lr=0.01, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy306_plain_sine_adagrad",
        plain_run(_adg("sine", hidden=(2334,), lr=0.02, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy306_plain_breast_cancer_adam",
        plain_run(_adm("breast_cancer", hidden=(2336,), lr=5e-4, epochs=11, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
