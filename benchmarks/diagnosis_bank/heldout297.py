"""The two-hundred-ninety-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout296` (not looked at), after the measurement of
:mod:`.heldout294` and :mod:`.heldout295`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`FourierMLP` (fixed random cosine features of the input, 256 by
default, kept as buffers, then a trainable MLP whose activation is a constructor argument: ReLU,
tanh, sigmoid or ELU), :class:`MaskedCNN` (two PixelCNN-style 3x3 :class:`MaskedConv2d` whose
kernels are multiplied by a fixed causal mask, ReLU units, a 2x2 max pool between them, a global
max pool, a linear head) and :class:`MomentumRNN` (a hand-written tanh cell with a velocity state,
``v = mu * v + W x + U h``, ``h = tanh(h + v)``, stepped by hand, its last state read by a linear
head); no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`bumps`, 900 noisy series of 16 steps in 2 readings, each reading holding
a 5-step plateau of 1.0 up or down at random or none (4 classes; seed 2970); :func:`marks`, 3000
10x10 images of an L, a T, a diagonal or four corners at a random place in noise 0.35, 2% random
labels (4 classes; seed 2971); :func:`rings`, a tabular 4-class set of 8 readings (a radius and a
parabola; 3% random labels, 1400 rows; seed 2972); :func:`yields`, a tabular regression of 8
readings (1200 rows; seed 2973; times 300 plus 6000 with seed 2974 for the divergence); the
Fourier features are drawn with seed 2975. Script cases use RAdam, SGD with Nesterov momentum 0.7
and weight decay 5e-4, and Adagrad with lr_decay 1e-4 on digits, wine, iris, breast cancer,
moons, circles and the sine; every script case holds a hidden width of 2240 to 2249. Runner
optimisers: Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules
constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files, one per worker) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The numbers below are from those stores (see the rounds below). No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2821
on the rings, 0.2533 on the marks, 0.2722 on the bumps. Baselines (validation): accuracy 0.575
(rings), 0.5333 (marks), 0.4944 (bumps); R2 0.6617 (yields), 0.676 (the raw yields).

Measured healthy ranges (runner, final versions): update ratio quarter means 9.98e-5 to 0.138,
single steps at most 0.84 (the rings under Adagrad); the ``update_ratio_high`` run reaches quarter
means of 0.61 with single steps up to 14; the ``update_ratio_low`` runs log quarter means of at
most 1.1e-11 and 9.2e-10. Dead fraction of the CNNs' second ReLUs 0% to 25%; the shifted CNN's
100%, the blown-up CNN's 96%. Saturated tanh states at most 41% in the healthy recurrent nets; the
saturated run's 87%, the update-ratio run's 95%. Gradient norms at least 0.028 and at most 34 (the
RNN under Adam); first norms at least 0.066; the vanishing run's down to 6e-16, the exploding
run's 7171 to 3.3e4, the slow start's first 7.9e-3. The step loss's position in the epoch explains
at most 44% of the within-epoch variance over the second half in the healthy runner runs (the
rings' short runs of 5 to 8 epochs); the unshuffled run 99.4%. The standard deviation of the step
loss's step-to-step change over the second half is at most 2.0 times its mean in the healthy
runner runs (the yields under AdamW with tanh units) and 0.98 in the healthy scripts; the batch-1
run's 1.96. Healthy scores (validation): rings 0.70-0.7607, marks 0.76-0.9033, bumps 0.50-0.7111,
yields R2 0.8279 and 0.8295. Every healthy runner run's validation loss is lowest at its end but
the rings' tanh MLP under AdamW (0.6% above its epoch-7 minimum), the yields under Adam (0.4% above
epoch 11), the marks under momentum 0.9 (0.2% above epoch 10), the bumps under Adam (0.4% above
epoch 14) and under Adagrad (0.3% above epoch 12).

Changes after the first round (every case trained): the first models were too weak (64 Fourier
features of amplitude ``sqrt(2 / 64)``: rings 0.51-0.65, yields R2 0.46-0.57, below their
baselines; a mask-A first convolution and a global average pool: marks 0.46-0.65 against 0.5333),
and the bumps (plateaus always up) had a linear baseline of 0.8 that the RNNs barely passed; so the
Fourier MLP got 256 features of amplitude ``sqrt(2)``, the CNN a mask-B first convolution and a
global max pool, the bumps a random sign and the RNN ``mu`` 0.5 by default, and every runner case
was trained again (second round; the runner faults' labels are from it). The scripts: the loop's
sine under Adagrad (LR 0.02, 1.21 times its epoch-9 minimum) now LR 5e-3; TensorBoard's moons (LR
0.01, 1.12 times) and Lightning's moons (LR 0.01, 1.10 times) now LR 4e-3: both lowest at the end;
Keras' wine (LR 5e-3, 1.105 times) now LR 2e-3: lowest at the end; the Keras 16-row fault (LR
0.05: the validation loss only 3.6% above its epoch-2 minimum) now LR 0.01 (11% above).

Changes after the second round: the rings overfit their 840 rows with 256 features (validation
minima at epochs 3 to 8 of 15, up to 1.19 times at the end), so 5 to 8 epochs (momentum 0.9 at LR
0.01, RMSprop with decay 0.8, AdamW every 3 epochs): lowest at or within 0.6% of the end; the
yields under Adam 12 epochs; the marks under momentum 0.9 LR 0.02; the bumps under AdamW (LR 0.01,
0.511) now LR 5e-3, 16 units, decay 0.95, 13 epochs (0.7111, lowest at the end); the bumps under
SGD with momentum 0.9 reached 0.42 at LR 0.02 and collapsed to one class at LR 0.05, so that case
is now Adagrad at LR 0.05 (cosine). Each changed case was trained once more into a fresh store.

Not met: the bumps under Adagrad ends at 0.50, barely above its baseline 0.4944 (not clearly above
it), and five healthy runner runs end 0.2% to 0.6% above their validation minima; the loop's sine
under Adagrad still ends 8% above its epoch-11 minimum (LR 5e-3; not changed again); the changed
cases were checked in stores of their own, not retrained together into one fresh store. No other
seed was checked.

Labels from the metrics: the blown-up CNN's loss passed (ends near ln 4), so it is a training
problem; the exploding run's loss is 3.3e4 at every epoch and its verdict is a failure; the slow
start recovered (0.9017) after two flat epochs, so ``slow_start`` alone is expected; the batch-1
run's step loss swings less than a healthy run's (1.96 against 2.0), so ``noisy_loss`` is only
allowed and ``not_converged`` expected (its loss falls 41% in the last epoch); the unshuffled run
reaches 0.4679, far above the majority share, so ``at_chance`` is not expected there; the test
predictions fall in one class in both dead-unit runs, the slow SGD CNN, the vanishing run and the
one-unit RNN (93% to 100%), so ``predictions_collapsed`` is expected there, allowed in the
exploding run (75%) and the update-ratio run (88%); the overfit runs' validation losses end 3.11
(40 rows), 1.08 (30 images), 1.11 (Keras' 16 rows) and 4.04 (TensorBoard's 8 rows) times their
early minima, so ``overfitting`` is expected beside ``generalisation_gap``.

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

import math
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


def bumps(n: int = 900, steps: int = 16, noise: float = 0.5, height: float = 1.0,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a plateau of ``height`` (up or down at random) lasting 5 steps at a random time
    or none; the class is
    which readings hold one (4 classes: none, the second, the first, both). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 4))
                x[i, t:t + 5, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_DIAG = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, a diagonal, four corners), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _DIAG, _CORNERS), n, 10, noise, flip, seed)


def rings(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether the radius of
    readings 0 and 1 exceeds 1.2, times 2, plus whether reading 2 exceeds the square of reading
    3 less 0.5; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    r = np.hypot(x[:, 0], x[:, 1]) - 1.2
    s = x[:, 2] - (x[:, 3] ** 2 - 0.5)
    y = 2 * (r > 0).astype(int) + (s > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    square of a second, a clipped third, a product of two more plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + 0.6 * x[:, 1] ** 2 + np.clip(x[:, 2], -1.0, 1.0) * 1.5
         + x[:, 3] * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "elu": nn.ELU}


class FourierMLP(nn.Module):
    """A random-Fourier-feature MLP: fixed random cosine features of the input,
    ``sqrt(2) * cos(x W / bandwidth + b)`` (``W`` Gaussian, ``b`` uniform in
    [0, 2 pi), drawn from ``feature_seed`` and kept as buffers, never trained), then ``depth``
    trainable hidden layers of ``width`` units of ``activation`` (relu, tanh, sigmoid or elu,
    their pre-activations shifted by ``shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 256,
                 bandwidth: float = 2.0, width: int = 32, depth: int = 2,
                 activation: str = "relu", shift: float = 0.0, feature_seed: int = 2975) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        gen = torch.Generator().manual_seed(feature_seed)
        self.register_buffer("freq", torch.randn(n_in, features, generator=gen) / bandwidth)
        self.register_buffer("phase", torch.rand(features, generator=gen) * 2 * math.pi)
        self.norm = math.sqrt(2.0)
        self.shift = shift
        self.hidden = nn.ModuleList()
        self.acts = nn.ModuleList()
        n = features
        for _ in range(depth):
            self.hidden.append(nn.Linear(n, width))
            self.acts.append(_ACTS[activation]())
            n = width
        self.head = nn.Linear(n, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm * torch.cos(x.flatten(1) @ self.freq + self.phase)
        for layer, act in zip(self.hidden, self.acts, strict=True):
            h = act(layer(h) + self.shift)
        return self.head(h)


class MaskedConv2d(nn.Conv2d):
    """A 3x3 convolution whose kernel is multiplied by a fixed causal mask (PixelCNN): the rows
    below the centre and the pixels right of it are cut; mask ``A`` cuts the centre too."""

    def __init__(self, c_in: int, c_out: int, kind: str = "B") -> None:
        super().__init__(c_in, c_out, 3, padding=1)
        mask = torch.ones(1, 1, 3, 3)
        mask[:, :, 1, 2 if kind == "B" else 1:] = 0.0
        mask[:, :, 2:, :] = 0.0
        self.register_buffer("mask", mask)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return nn.functional.conv2d(x, self.weight * self.mask, self.bias, padding=1)


class MaskedCNN(nn.Module):
    """A masked-convolution CNN: two :class:`MaskedConv2d` (PixelCNN-style; the first of mask
    ``first_mask``, the second of mask B), each followed by ReLU units (the second's
    pre-activations shifted by ``shift``), a 2x2 max pool between them, then a global max pool
    and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 24), shift: float = 0.0,
                 first_mask: str = "B") -> None:
        super().__init__()
        self.conv1 = MaskedConv2d(input_shape[0], channels[0], first_mask)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = MaskedConv2d(channels[0], channels[1], "B")
        self.act2 = nn.ReLU()
        self.shift = shift
        self.head = nn.Linear(channels[1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.act2(self.conv2(h) + self.shift)
        return self.head(h.amax(dim=(2, 3)))


class MomentumRNN(nn.Module):
    """A hand-written momentum RNN: a velocity state ``v = mu * v + W x + U h`` and a hidden state
    ``h = tanh(h + v)``, stepped by hand over the flattened sequence of ``features`` readings a
    step; the last hidden state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, mu: float = 0.5) -> None:
        super().__init__()
        self.features, self.hidden, self.mu = features, hidden, mu
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.uh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        v = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            v = self.mu * v + self.wx(seq[:, t]) + self.uh(h)
            h = self.squash(h + v)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout297"
BU = _factory(f"{HERE}:bumps", seed=2970)
MK = _factory(f"{HERE}:marks", seed=2971)
RG = _factory(f"{HERE}:rings", seed=2972)
YD = _factory(f"{HERE}:yields", seed=2973)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2974)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FourierMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MaskedCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MomentumRNN", "args": args}


def _rad(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _sgd(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.7 and weight decay 5e-4."""
    return _s(data, optim="sgd",
              optim_args={"momentum": 0.7, "nesterov": True, "weight_decay": 5e-4}, **kw)


def _adg(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with lr_decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-4}, **kw)


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
    Case("h297_divergence_yields_raw_fouriermlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the Fourier MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.9e7 at the first step, then Inf with every "
                      "gradient norm and update ratio"), verdict="failed"),
    Case("h297_exploding_rings_fouriermlp_d6_std1", "the Fourier MLP of 6 ReLU layers of 24 with "
         "N(0, 1) init on the rings, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": RG, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 3.29e4 at every epoch; every gradient norm 7171 to 3.3e4 "
                      "(healthy at most 44); quarter-mean update ratios up to 3.4e-7, a side "
                      "effect of the LR; accuracy 0.1964 against a majority share of 0.2821; 75% "
                      "of the test predictions in one class"), verdict="failed"),
    Case("h297_dead_relu_marks_maskedcnn_shift10", "the masked CNN on the marks with its second "
         "convolution's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the second convolution logged dead (healthy CNNs up to 25%), "
                      "so no gradient reaches any layer (norms 0): the epoch loss 1.388 to 1.387 "
                      "(ln 4); accuracy 0.2533 at the majority share, every test prediction in "
                      "one class"), verdict=TP),
    Case("h297_dead_relu_marks_maskedcnn_rmsprop_lr008", "the masked CNN on the marks, plain "
         "RMSprop at LR 0.08, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 12.9 in epoch 1, then near ln 4 (1.393), so the blow-up "
                      "passed; gradient norms 0 to 192 and single update ratios up to 10 (healthy "
                      "at most 0.84); 96% of the second convolution's units logged dead (healthy "
                      "up to 25%); accuracy 0.2533 at the majority share, every test prediction "
                      "in one class"), verdict=TP),
    Case("h297_update_ratio_high_bumps_momrnn_adagrad_lr2", "the momentum RNN of 16 on the "
         "bumps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed", "not_training"),
         why_allowed=("quarter-mean update ratios up to 0.61, single steps up to 14 (healthy at "
                      "most 0.07 and 0.84); 95% of the tanh states saturated (healthy at most "
                      "41%); gradient norms up to 1.3e4; epoch losses 7.9 to 2.0, the validation "
                      "loss 1.59 times its epoch-7 minimum; accuracy 0.2 against 0.2722; 88% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h297_update_ratio_low_marks_maskedcnn_sgd_lr1e9", "the masked CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.387 at every epoch; quarter-mean update ratios at most "
                      "1.1e-11 (healthy at least 8e-5); accuracy 0.255 against a majority share "
                      "of 0.2533; 98.5% of the test predictions in one class"), verdict=TP),
    Case("h297_update_ratio_low_bumps_momrnn_rmsprop_lr1e10", "the momentum RNN of 16 on the "
         "bumps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.463 at every epoch; quarter-mean update ratios at most "
                      "9.2e-10; accuracy 0.2111 against a majority share of 0.2722; 57% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h297_vanishing_rings_fouriermlp_d12_sigmoid_std005", "the Fourier MLP of 12 sigmoid "
         "layers of 16 with N(0, 0.05) init on the rings, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": RG, "model": {**_mlp(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first layers' gradients down to 6e-16, first norms 9.7e-16 (healthy "
                      "first norms at least 0.066); the epoch loss 1.391 to 1.390 (ln 4); "
                      "accuracy 0.2857 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h297_saturated_bumps_momrnn_std3_rmsprop", "the momentum RNN of 16 with N(0, 3) init "
         "on the bumps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BU, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("87% of the tanh states saturated (healthy at most 41%); the epoch loss "
                      "11.06 to 11.14, far above ln 4; gradient norms up to 1.1e5; accuracy "
                      "0.2667 against a majority share of 0.2722; 36% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h297_slow_start_marks_maskedcnn_std003_momentum9", "the masked CNN with N(0, 0.03) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 7.9e-3 (healthy first norms at least 0.066); the "
                      "epoch loss 1.388 and 1.386 in the first two epochs, 0.22 at the end; the "
                      "validation loss 3.4% above its epoch-9 minimum; accuracy 0.9017, like the "
                      "healthy CNNs"), verdict=TP),
    Case("h297_unshuffled_rings_fouriermlp_rmsprop", "the rings sorted by label, never shuffled, "
         "the Fourier MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**RG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.4% of its within-epoch "
                      "variance (healthy runner runs at most 44%); the epoch loss 1.412 to 1.295, "
                      "still falling with the validation loss lowest at the end; accuracy 0.4679, "
                      "below the baseline (0.575) but above the majority share 0.2821; 54% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h297_mse_softmax_bumps_momrnn_adam", "the bumps trained with square error on the "
         "softmax, the momentum RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.6944 like the healthy RNNs; the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h297_noisy_rings_fouriermlp_b1_adam", "the rings one row at a time (batch 1), the "
         "Fourier MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": RG, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 1.96 times its mean over the second half, but a "
                      "healthy regression's 2.0, so noise is no clear finding; the epoch loss "
                      "falls 41% in the last epoch, the validation loss lowest at the end: "
                      "accuracy 0.7107 (healthy 0.70 and up)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h297_overfit_rings_subset40_fouriermlp_adamw", "40 rows of the rings, the Fourier MLP "
         "of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**RG, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.3964 (training 1.0) below its baseline "
                      "0.4107; the validation loss lowest at epoch 1 of 150, 3.11 times it at the "
                      "end"), verdict=GP),
    Case("h297_gap_marks_subset30_maskedcnn_adam", "30 images of the marks, the masked CNN with "
         "24 and 48 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[24, 48]),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.565 (training 1.0; the healthy CNNs "
                      "0.76 and up); the validation loss lowest at epoch 24 of 100, 1.08 times "
                      "it at the end"), verdict=GP),
    Case("h297_underfit_bumps_momrnn_one_unit_adam", "the bumps through a momentum RNN of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "not_training"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.2944 (training 0.2926), "
                      "below the baseline (0.4944) and within 0.03 of the majority share 0.2722; "
                      "the epoch loss 1.413 to 1.381, about ln 4; 93% of the test predictions in "
                      "one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h297_lightning_digits_sgd7_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.7 and weight decay 5e-4 at LR 1e20, 2240 units, batch 24, 3 epochs",
         script=lightning_run(_sgd("digits", hidden=(2240,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h297_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam at LR 1e-10, 2241 units, batch 20, 3 epochs",
         script=lightning_run(_rad("circles", hidden=(2241,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6747 at every epoch; accuracy 0.4141 at its initial "
                      "weights, below the majority share 0.5"), verdict=TP),
    Case("h297_hf_trainer_wine_sgd7_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "Nesterov momentum 0.7 and weight decay 5e-4 at LR 1e20 (decaying linearly), 2242 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_sgd("wine", hidden=(2242,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, about the majority "
                      "share"), verdict="failed"),
    Case("h297_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad (lr_decay 1e-4) at LR 1e-10 (decaying linearly), 2243 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adg("iris", hidden=(2243,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.007 at every evaluation; accuracy 0.6333 at its "
                      "initial weights, above 1/3"), verdict=TP),
    Case("h297_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam at LR 1e20, 2244 units, batch 20, 3 epochs",
         script=keras_run(_rad("moons", hidden=(2244,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h297_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2245 "
         "units, Adagrad (lr_decay 1e-4) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_adg("digits", hidden=(2245,), lr=0.01, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0); the "
                      "validation loss 3.049 at epoch 2, 3.391 at the end"), verdict=GP),
    Case("h297_tensorboard_breast_cancer_sgd7_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "SGD with Nesterov momentum 0.7 and weight decay 5e-4 at LR 1e20, 2246 units, batch 19,"
         " 3 epochs",
         script=tensorboard_run(_sgd("breast_cancer", hidden=(2246,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"), verdict="failed"),
    Case("h297_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2247 units, RAdam at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_rad("circles", hidden=(2247,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5846, training 1.0); the "
                      "validation loss lowest at epoch 3 of 150, 4.04 times it at the end"),
         verdict=GP),
    Case("h297_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (lr_decay 1e-4) at LR 0.01, 2248 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_adg("sine", hidden=(2248,), lr=0.01, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h297_plain_digits_sgd7_lr1e10_stuck", "hand-written loop: digits, SGD with Nesterov "
         "momentum 0.7 and weight decay 5e-4 at LR 1e-10, 2249 units, batch 25, 4 epochs",
         script=plain_run(_sgd("digits", hidden=(2249,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.308 at every epoch; accuracy 0.0808, 0.02 below the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy297_rings_fouriermlp_adam_cosine",
       {"data": RG, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy297_rings_fouriermlp_tanh_adamw_step",
       {"data": RG, "model": _mlp(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 3, "gamma": 0.4},
        "train": {"epochs": 8, "batch_size": 26}}),
    _h("healthy297_rings_fouriermlp_elu_rmsprop_exponential",
       {"data": RG, "model": _mlp(width=30, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 7, "batch_size": 30}}),
    _h("healthy297_rings_fouriermlp_momentum9_cosine",
       {"data": RG, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 5, "batch_size": 24}}),
    _h("healthy297_rings_fouriermlp_d3_adagrad_inverse_time",
       {"data": RG, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 6, "batch_size": 27}}),
    _h("healthy297_yields_fouriermlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy297_yields_fouriermlp_tanh_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3, activation="tanh"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy297_marks_maskedcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy297_marks_maskedcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 20]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy297_marks_maskedcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy297_marks_maskedcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 20]),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy297_bumps_momrnn_adam_cosine",
       {"data": BU, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy297_bumps_momrnn_adamw_exponential",
       {"data": BU, "model": _rnn(hidden=16, mu=0.4),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.95},
        "train": {"epochs": 13, "batch_size": 24}}),
    _h("healthy297_bumps_momrnn_rmsprop_cosine",
       {"data": BU, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy297_bumps_momrnn_adagrad_cosine",
       {"data": BU, "model": _rnn(hidden=16, mu=0.5),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy297_lightning_digits_radam",
        lightning_run(_rad("digits", hidden=(2240,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy297_lightning_wine_sgd7",
        lightning_run(_sgd("wine", hidden=(2241,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy297_lightning_moons_adagrad",
        lightning_run(_adg("moons", hidden=(2242,), lr=4e-3, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy297_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_rad("breast_cancer", hidden=(2243,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy297_hf_trainer_iris_sgd7",
        hf_trainer_run(_sgd("iris", hidden=(2244,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy297_keras_circles_radam",
        keras_run(_rad("circles", hidden=(2245,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy297_keras_wine_adagrad",
        keras_run(_adg("wine", hidden=(2246,), lr=2e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy297_keras_breast_cancer_sgd7",
        keras_run(_sgd("breast_cancer", hidden=(2247,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy297_tensorboard_iris_radam",
        tensorboard_run(_rad("iris", hidden=(2248,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy297_tensorboard_digits_sgd7",
        tensorboard_run(_sgd("digits", hidden=(2249,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy297_tensorboard_moons_adagrad",
        tensorboard_run(_adg("moons", hidden=(2240,), lr=4e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy297_plain_sine_adagrad",
        plain_run(_adg("sine", hidden=(2244,), lr=5e-3, epochs=16, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy297_plain_breast_cancer_radam",
        plain_run(_rad("breast_cancer", hidden=(2246,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
