"""The two-hundred-ninety-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout294` (not looked at), after the measurement of
:mod:`.heldout292` and :mod:`.heldout293`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`SparsemaxMLP` (hidden GELU layers, a linear output layer, then a
hand-written sparsemax whose probabilities, clipped below at 1e-3, are logged to give the logits;
a one-output regression head stays linear), :class:`PixelAttentionCNN` (two blocks of a 3x3
convolution with ReLU units whose output is multiplied by a sigmoid map from a 1x1 convolution of
itself, a 2x2 max pool between them, a global average pool, a dense ReLU layer whose
pre-activations can start shifted, a linear head) and :class:`DelayLineRNN` (a hand-written tanh
cell that reads its own states of 1 and 3 steps back through two learnt matrices, stepped by hand,
the mean of its states over time read out by a linear head); no case fell back to the runner's
built-in models. Every data set is this module's own ``data.factory``: :func:`bumps`, 800 noisy
series of 16 steps in 2 readings (noise 0.6), none moving or both shifted by 1.5 for 4 steps the
same way or opposite ways (3 classes; flattened to 32 columns, read back as a sequence; seed 2950);
:func:`marks`, 2400 10x10 images of a hook, a T, a slash or four corner dots at a random place in
noise 0.35, 2% random labels (4 classes; seed 2951); :func:`gauges`, a tabular 3-class set of 9
readings (the highest of a product, an absolute value and a sine; 3% random labels, 1400 rows;
seed 2952, seed 2955 for the 40-row subset); :func:`yields`, a tabular regression of 7 readings
(1200 rows; seed 2953; times 250 plus 5000 with seed 2954 for the divergence). Script cases use
AdamW with amsgrad, SGD with momentum 0.9 and dampening 0.2, and Adagrad with an initial
accumulator of 0.5 on digits, wine, iris, breast cancer, moons, circles and the sine; every script
case holds a hidden width of 2220 to 2229. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad,
plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh SQLite stores (two workers at a time, one file each) only to check that the fault is real,
from the run's own metrics (losses, validation loss and score, step-loss swing, the share of the
step loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.3857
on the gauges, 0.2562 on the marks, 0.3563 on the bumps. Baselines (validation): accuracy 0.70
(gauges), 0.5292 (marks), 0.60 (bumps), 0.4821 (the seed-2955 gauges); R2 0.6963 (yields), 0.6422
(the raw yields).

Measured healthy ranges (runner): update ratio quarter means 5.8e-5 to 0.048, single steps at
most 0.58 (the marks CNN under RMSprop); the ``update_ratio_high`` run reaches quarter means of
0.55 with single steps up to 14; the ``update_ratio_low`` runs log quarter means of 0 (the CNN at
LR 1e-9) and at most 9.4e-10. Dead fraction of the CNNs' dense ReLUs 25% to 29% at the end, up to
47% during training (93% in the early epochs of the Nesterov run); both dead-unit CNNs 100%, the
never-starting CNN 100%. Saturated tanh states at most 15% in the healthy recurrent nets; the
saturated run's 86%, the update-ratio run's 95%. Gradient norms at most 36.9 (one step of the
gauges under AdamW), first norms 1.4e-4 (the CNNs: the sigmoid gates and the average pool damp
them) to 1.43; the vanishing run's first norms 4e-13 to 1.6e-12, the exploding run's 36.7 to 414
(first norms 79 to 313). The step loss's position in the epoch explains at most 16% of the
within-epoch variance over the second half in the healthy runner runs; the unshuffled run 99.98%.
The standard deviation of the step loss's step-to-step change over the second half is at most
0.78 times its mean in the healthy runner runs; the batch-1 run's 2.08. Healthy scores
(validation): gauges 0.80-0.8536, marks 0.7396-0.875, bumps 0.6875-0.7438, yields R2 0.9445 and
0.9474. Every healthy runner run's validation loss is lowest at its end but the gauges under Adam
(epoch 14 of 15, 0.02% above it) and under Adagrad (epoch 14 of 15, 0.2% above it), the bumps
under Adam (epoch 13 of 15, 0.06% above it) and the yields under Adam (epoch 17 of 20, 0.4% above
it).

Changes after the first round: the gauges were first a near-linear task (the baseline 0.75, the
MLP 0.757), so the class became the highest of a product, an absolute value and a sine (baseline
0.70); the sequence set was first a lasting level shift per reading (4 classes, baseline 0.9938
against the RNNs' 0.89), then the 3-class :func:`bumps`; the gauges under momentum 0.9 (LR 0.02)
blew up (the clipped sparsemax loss rose to 3.6), so LR 0.01 (LR 5e-3 only reached the baseline,
0.70): accuracy 0.80, lowest at the end; the yields under Adam (LR 3e-3, 0.9% above its epoch-17
minimum) now LR 2e-3 (0.4% above it); the marks CNNs (12 epochs: 0.55 to 0.83, the Nesterov run
stuck at 0.32) now 16 epochs, the step schedule every 8 epochs by 0.5, RMSprop at LR 4e-3 and
Nesterov at LR 0.1; the bumps under AdamW (15 epochs, 4.8% above its epoch-14 minimum) now 14
epochs (lowest at the end, 0.7438); Keras' wine under Adagrad 14 epochs (15 ended 1.4% above its
epoch-14 minimum), TensorBoard's iris 16 epochs (20 ended 8% above), TensorBoard's moons 14 epochs
(15 ended 5.6% above), the loop's breast cancer 11 epochs (12 ended 0.4% above), the loop's sine
under Adagrad LR 5e-3 (LR 0.02 ended 30% above its epoch-4 minimum). Each changed case was trained
once more at seed 0 into a store of its own.

Not met: the loop's sine (Adagrad, LR 5e-3) still ends 7.3% above its epoch-14 minimum (R2 0.9235,
best 0.9288); the bumps RNNs score only 0.09 to 0.14 above their baseline (0.60); the measured
ranges above mix the first and the changed runs. The slow start was tried twice and is not there:
the CNN with N(0, 0.03) init never starts (it is labelled a stuck run), and the sparsemax MLP with
N(0, 0.03) init starts with first norms of 7.2e-3, inside the healthy range (the CNNs' first norms
go down to 1.4e-4), and then breaks (labelled underfitting); so ``slow_start`` is only allowed.

Labels from the metrics: the exploding run's loss is 455.8 at every epoch, a blow-up, so its
verdict is a failure; the test predictions fall in one class in the exploding run, both dead-unit
runs, the stuck CNN, the low-LR CNN, the vanishing run (100% each) and the unshuffled run (96%), so
``predictions_collapsed`` is expected there, allowed in the update-ratio runs (82%, 86%) and the
one-unit RNN (74%); the saturated run scores 0.056 below the majority share, so ``at_chance`` is
only allowed there; the batch-1 run's loss still falls and its validation loss is lowest at the
end, so ``not_converged`` is expected beside ``noisy_loss``; the overfit runs' validation losses
end 1.77 (40 rows), 2.09 (30 images) and 2.47 (TensorBoard's 8 rows) times their early minima, so
``overfitting`` is expected beside ``generalisation_gap``, but Keras' 16 digits end only 1.06
times theirs, so it is only allowed there; Trainer's stuck iris scores 0.63 at its initial
weights, so ``at_chance`` is not allowed there.

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


def bumps(n: int = 800, steps: int = 16, noise: float = 0.6, height: float = 1.5,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; in
    class 0 neither reading moves, in classes 1 and 2 each reading is shifted by ``height`` up
    or down for 4 steps from a random step, both the same way (class 1: the sign drawn at
    random) or opposite ways (class 2). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        if label == 0:
            continue
        sign = float(rng.choice([-1.0, 1.0]))
        for r, d in enumerate((sign, sign if label == 1 else -sign)):
            t = int(rng.integers(1, steps - 3))
            x[i, t:t + 4, r] += d * height
    return x.reshape(n, steps * 2).astype(np.float32), y


_HOOK = np.array([[1, 1, 1], [0, 0, 1], [0, 0, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_SLASH = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: a hook, a T, a slash, four corner dots), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_HOOK, _TEE, _SLASH, _DOTS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 9 readings; the class is which of three scores
    is highest: the product of readings 0 and 1, the absolute value of reading 2 less 0.8, and
    the sine of 1.5 times reading 3 minus half of reading 4; readings 5 to 8 are noise; a share
    ``flip`` of the labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 9))
    scores = np.stack([x[:, 0] * x[:, 1], np.abs(x[:, 2]) - 0.8,
                       np.sin(1.5 * x[:, 3]) - 0.5 * x[:, 4]], axis=1)
    y = scores.argmax(1)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 7 readings, the target a square of one halved,
    a cosine of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 7))
    y = (0.5 * x[:, 0] ** 2 + 1.5 * np.cos(1.2 * x[:, 1]) + x[:, 2] * x[:, 3] - x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


def sparsemax(z: torch.Tensor) -> torch.Tensor:
    """Sparsemax over the last dimension (Martins and Astudillo, 2016): the Euclidean projection
    of ``z`` onto the probability simplex, which sets the lowest scores exactly to 0."""
    zs, _ = torch.sort(z, dim=-1, descending=True)
    ks = torch.arange(1, z.shape[-1] + 1, device=z.device, dtype=z.dtype)
    cum = zs.cumsum(-1)
    support = (1 + ks * zs > cum).to(z.dtype)
    k = support.sum(-1, keepdim=True)
    tau = ((zs * support).sum(-1, keepdim=True) - 1) / k
    return torch.clamp(z - tau, min=0.0)


class SparsemaxLog(nn.Module):
    """Sparsemax, then the log of its probabilities clipped below at ``clip``: logits whose
    softmax gives back the (clipped, renormalised) sparsemax probabilities."""

    def __init__(self, clip: float = 1e-3) -> None:
        super().__init__()
        self.clip = clip

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return torch.log(torch.clamp(sparsemax(z), min=self.clip))


class SparsemaxMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` GELU units, a linear output layer and, for
    more than one output, :class:`SparsemaxLog` (a single output, the regression, stays
    linear)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, clip: float = 1e-3) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), nn.GELU()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)
        self.sparse: nn.Module = SparsemaxLog(clip) if n_outputs > 1 else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.sparse(self.head(self.body(x.flatten(1))))


class PixelGate(nn.Module):
    """A 3x3 convolution with ReLU units whose output is multiplied by a sigmoid map from a 1x1
    convolution of itself (pixel attention)."""

    def __init__(self, c_in: int, c_out: int) -> None:
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, padding=1)
        self.act = nn.ReLU()
        self.gate = nn.Conv2d(c_out, c_out, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.conv(x))
        return h * torch.sigmoid(self.gate(h))


class PixelAttentionCNN(nn.Module):
    """Two :class:`PixelGate` blocks with a 2x2 max pool between them, a global average pool, a
    dense ReLU layer (whose pre-activations can start shifted by ``dense_shift``) and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        self.block1 = PixelGate(input_shape[0], channels[0])
        self.pool = nn.MaxPool2d(2)
        self.block2 = PixelGate(channels[0], channels[1])
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.pool(self.block1(x))).mean(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class DelayLineRNN(nn.Module):
    """A hand-written recurrent net stepped by hand: its tanh cell reads the step's input and its
    own states of 1 and 3 steps back through two learnt matrices (``h_t = tanh(W x_t + A h_{t-1}
    + B h_{t-3})``); the readout is the mean of the states over time, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.near = nn.Linear(hidden, hidden, bias=False)
        self.far = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        zero = seq.new_zeros(x.shape[0], self.hidden)
        past = [zero, zero, zero]  # the states 3, 2 and 1 steps back
        total = zero
        for t in range(self.steps):
            h = self.squash(self.wx(seq[:, t]) + self.near(past[-1]) + self.far(past[0]))
            past = [past[1], past[2], h]
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout295"
SQ = _factory(f"{HERE}:bumps", seed=2950)
GL = _factory(f"{HERE}:marks", seed=2951)
TB = _factory(f"{HERE}:gauges", seed=2952)
LD = _factory(f"{HERE}:yields", seed=2953)
LD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2954)
TB_SMALL = _factory(f"{HERE}:gauges", seed=2955)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SparsemaxMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PixelAttentionCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DelayLineRNN", "args": args}


def _amw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad."""
    return _s(data, optim="adamw", optim_args={"amsgrad": True}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and dampening 0.2."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "dampening": 0.2}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.5."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.5}, **kw)


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
    Case("h295_divergence_yields_raw_sparsemlp_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the GELU MLP of 20 (linear head), plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss overflows from the first steps (NaN by the end) "
                      "with every gradient norm (886 at the first step) and update ratio"),
         verdict="failed"),
    Case("h295_exploding_marks_pixcnn_std1", "the pixel-attention CNN with N(0, 1) init on the "
         "marks, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GL, "model": {**_cnn(channels=[16, 32], dense=64), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "dead_relu"),
         why_allowed=("the epoch loss 455.8 at every epoch (ln 4 is 1.39); gradient norms 36.7 to "
                      "414, first norms 79 to 313 (healthy first norms at most 1.43, single norms "
                      "at most 36.9); quarter-mean update ratios up to 2.2e-9, a side effect of "
                      "the LR; 33% of the dense units dead; accuracy 0.25 against a majority "
                      "share of 0.2562, every test prediction in one class"), verdict="failed"),
    Case("h295_dead_relu_marks_pixcnn_dense_shift10", "the pixel-attention CNN on the marks with "
         "its dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam "
         "at LR 2e-3, batch 25, 4 epochs",
         {"data": GL, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs at most 29% at the end), so no "
                      "gradient reaches any layer (norms 0): the epoch loss 1.390 to 1.387 (ln "
                      "4); accuracy 0.2562 at the majority share, every test prediction in one "
                      "class"), verdict=TP),
    Case("h295_dead_relu_marks_pixcnn_rmsprop_lr01", "the pixel-attention CNN on the marks, "
         "plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 24.6 in epoch 1, then near ln 4 (1.393), so the blow-up "
                      "passed; gradient norms up to 946 and single update ratios up to 13.9 "
                      "(healthy at most 0.58); every dense unit logged dead; accuracy 0.2479 "
                      "against 0.2562, every test prediction in one class"), verdict=TP),
    Case("h295_update_ratio_high_bumps_delayrnn_adagrad_lr2", "the delay-line RNN of 16 on the "
         "bumps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("quarter-mean update ratios up to 0.55, single steps up to 14 (healthy at "
                      "most 0.048 and 0.58); 95% of the tanh states saturated (healthy at most "
                      "15%); validation accuracy 0.35 against a majority share of 0.3563; 82% of "
                      "the test predictions in one class, so predictions_collapsed is not "
                      "expected"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h295_update_ratio_low_marks_pixcnn_sgd_lr1e9", "the pixel-attention CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.391 at every epoch; quarter-mean update ratios 0 to the "
                      "logged precision (healthy at least 5.8e-5); accuracy 0.2562 at the "
                      "majority share; every test prediction in one class"), verdict=TP),
    Case("h295_update_ratio_low_bumps_delayrnn_rmsprop_lr1e10", "the delay-line RNN of 16 on "
         "the bumps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.125 at every epoch; quarter-mean update ratios at most "
                      "9.4e-10; accuracy 0.3625 against a majority share of 0.3563; 86% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h295_vanishing_gauges_sparsemlp_d12_std005_momentum9", "the sparsemax MLP of 12 GELU "
         "layers of 16 with N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": TB, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=("first gradient norms 4e-13 to 1.6e-12 (healthy first norms at least "
                      "1.4e-4); the epoch loss 1.113 to 1.120 (ln 3 is 1.099); up to 69% of the "
                      "deep GELU units logged dead, a side effect of the vanished signal; "
                      "accuracy 0.3286 against a majority share of 0.3857, every test prediction "
                      "in one class"), verdict=TP),
    Case("h295_saturated_bumps_delayrnn_std3_rmsprop", "the delay-line RNN of 16 with N(0, 3) "
         "init on the bumps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SQ, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("86% of the tanh states saturated (healthy at most 15%); the epoch loss "
                      "3.98 to 3.90, far above ln 3; gradient norms up to 5136; accuracy 0.30 "
                      "against a majority share of 0.3563 (0.056 below it); only 44% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h295_unstable_gauges_sparsemlp_std003_momentum9", "the sparsemax MLP of 32 with "
         "N(0, 0.03) init on the gauges, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, "
         "15 epochs",
         {"data": TB, "model": {**_mlp(width=32), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged", "divergence",
                "dead_relu"),
         why_allowed=("first gradient norms 7.2e-3 (healthy first norms down to 1.4e-4 in the "
                      "CNNs), so no slow start shows; the sparsemax log-loss jumps from 1.13 to "
                      "2.79 in epoch 5 and ends 2.48, the validation loss 2.47 times its epoch-3 "
                      "minimum; accuracy 0.6071 below the baseline (0.70); 56% of the second GELU "
                      "layer once logged dead"), verdict=TP),
    Case("h295_stuck_marks_pixcnn_std003_momentum9", "the pixel-attention CNN with "
         "N(0, 0.03) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, "
         "10 epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 3.3e-8 (healthy CNNs at least 1.4e-4); the epoch loss "
                      "1.390 to 1.386 (ln 4) in 10 epochs: it never starts; every dense unit "
                      "logged dead (healthy at most 29% at the end, 93% once early in the "
                      "Nesterov run); accuracy 0.2562 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h295_unshuffled_gauges_sparsemlp_rmsprop", "the gauges sorted by label, never "
         "shuffled, the sparsemax MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TB, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.98% of its within-epoch "
                      "variance (healthy runner runs at most 16%); the epoch loss 1.127 to 1.083; "
                      "accuracy 0.3857 at the majority share; 96% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h295_mse_softmax_bumps_delayrnn_adam", "the bumps trained with square error on the "
         "softmax, the delay-line RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": SQ, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; validation accuracy 0.6625 (healthy RNNs "
                      "0.6875 and up), the validation loss lowest at its end"),
         verdict=TP),
    Case("h295_noisy_gauges_sparsemlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "sparsemax MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": TB, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("underfitting", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 2.08 times its mean over the second half (healthy "
                      "runner runs at most 0.78); the epoch loss falls 10% in the last epoch, the "
                      "validation loss lowest at the end: accuracy 0.6857, below the baseline "
                      "0.70"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h295_overfit_gauges_subset40_sparsemlp_adamw", "40 rows of the gauges (seed 2955), "
         "the sparsemax MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TB_SMALL, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.50 (training 0.975; the healthy runs 0.80 "
                      "and up); the validation loss lowest at epoch 1 of 150, 1.77 times it at "
                      "the end; the clipped sparsemax stops the training loss at 0.1747 from "
                      "epoch 23"), verdict=GP),
    Case("h295_gap_marks_subset30_pixcnn_adam", "30 images of the marks, the pixel-attention "
         "CNN with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5583 (training 1.0; the healthy CNNs 0.74 "
                      "and up); the validation loss lowest at epoch 25 of 100, 2.09 times it at "
                      "the end"), verdict=GP),
    Case("h295_underfit_bumps_delayrnn_one_unit_adam", "the bumps through a delay-line RNN of "
         "1 hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": SQ, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "not_training", "at_chance", "predictions_collapsed"),
         why_allowed=("one unit cannot tell three classes: the epoch loss 1.119 to 1.093 (ln 3 is "
                      "1.099), accuracy 0.4125 (test 0.4313) below the baseline (0.60), 0.049 "
                      "above the majority share; the validation loss 1.097 from epoch 6; 74% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h295_lightning_digits_momentum_lr1e20_nan", "Lightning: digits, SGD with momentum 0.9 "
         "and dampening 0.2 at LR 1e20, 2220 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(2220,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      "share"), verdict="failed"),
    Case("h295_lightning_circles_amsgradw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad) at LR 1e-10, 2221 units, batch 20, 3 epochs",
         script=lightning_run(_amw("circles", hidden=(2221,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6858 at every epoch; accuracy 0.5 at its initial weights, "
                      "the majority share"), verdict=TP),
    Case("h295_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.5) at LR 1e20 (decaying linearly), 2222 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_agr("wine", hidden=(2222,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.066 below the majority "
                      "share"), verdict="failed"),
    Case("h295_hf_trainer_iris_momentum_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.9 and dampening 0.2 at LR 1e-10 (decaying linearly), 2223 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(2223,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9838 at every evaluation; accuracy 0.6333 at its "
                      "initial weights"), verdict=TP),
    Case("h295_keras_moons_amsgradw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad) at LR 1e20, 2224 units, batch 20, 3 epochs",
         script=keras_run(_amw("moons", hidden=(2224,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h295_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2225 units, "
         "Adagrad (initial accumulator 0.5) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_agr("digits", hidden=(2225,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0); the "
                      "validation loss 2.409 at epoch 1, lowest at epoch 8 (2.253) and only 1.06 "
                      "times it at the end, so overfitting is allowed, not expected"), verdict=GP),
    Case("h295_tensorboard_breast_cancer_momentum_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.9 and dampening 0.2 at LR 1e20, 2226 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(2226,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far "
                      "below 0.6316"),
         verdict="failed"),
    Case("h295_tensorboard_circles_subset8_amsgradw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2227 units, AdamW (amsgrad) at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_amw("circles", hidden=(2227,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest at epoch 7 of 150, 2.47 times it at the end"),
         verdict=GP),
    Case("h295_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.5) at LR 0.02, 2228 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(2228,), lr=0.02, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h295_plain_digits_momentum_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.9 and dampening 0.2 at LR 1e-10, 2229 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(2229,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.323 at every epoch; accuracy 0.1448, 0.045 above the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy295_gauges_sparsemlp_adam_cosine",
       {"data": TB, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy295_gauges_sparsemlp_adamw_step",
       {"data": TB, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy295_gauges_sparsemlp_rmsprop_exponential",
       {"data": TB, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy295_gauges_sparsemlp_momentum9_cosine",
       {"data": TB, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy295_gauges_sparsemlp_d3_adagrad_inverse_time",
       {"data": TB, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy295_yields_sparsemlp_adam_cosine",
       {"data": LD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy295_yields_sparsemlp_d3_adamw_cosine",
       {"data": LD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy295_marks_pixcnn_adam_cosine",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy295_marks_pixcnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 8, "gamma": 0.5},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy295_marks_pixcnn_rmsprop_cosine",
       {"data": GL, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy295_marks_pixcnn_nesterov9_cosine",
       {"data": GL, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.1, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy295_bumps_delayrnn_adam_cosine",
       {"data": SQ, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy295_bumps_delayrnn_adamw_exponential",
       {"data": SQ, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy295_bumps_delayrnn_rmsprop_cosine",
       {"data": SQ, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy295_bumps_delayrnn_momentum9_cosine",
       {"data": SQ, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy295_lightning_digits_amsgradw",
        lightning_run(_amw("digits", hidden=(2220,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy295_lightning_wine_momentum",
        lightning_run(_mom("wine", hidden=(2221,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy295_lightning_moons_adagrad",
        lightning_run(_agr("moons", hidden=(2222,), lr=0.02, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy295_hf_trainer_breast_cancer_amsgradw",
        hf_trainer_run(_amw("breast_cancer", hidden=(2223,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy295_hf_trainer_iris_momentum",
        hf_trainer_run(_mom("iris", hidden=(2224,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy295_keras_circles_amsgradw",
        keras_run(_amw("circles", hidden=(2225,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy295_keras_wine_adagrad",
        keras_run(_agr("wine", hidden=(2226,), lr=0.01, epochs=14, batch_size=10)), "keras"),
    _hs("healthy295_keras_breast_cancer_momentum",
        keras_run(_mom("breast_cancer", hidden=(2227,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy295_tensorboard_iris_amsgradw",
        tensorboard_run(_amw("iris", hidden=(2228,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy295_tensorboard_digits_momentum",
        tensorboard_run(_mom("digits", hidden=(2229,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy295_tensorboard_moons_adagrad",
        tensorboard_run(_agr("moons", hidden=(2220,), lr=0.02, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy295_plain_sine_adagrad",
        plain_run(_agr("sine", hidden=(2224,), lr=5e-3, epochs=16, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy295_plain_breast_cancer_amsgradw",
        plain_run(_amw("breast_cancer", hidden=(2226,), lr=5e-4, epochs=11, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
