"""The hundred-and-ninety-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout196` (not looked at), after the measurement of
:mod:`.heldout194` and :mod:`.heldout195`, by someone who saw no diagnosis of its runs. Built
differently from every earlier part: no runner case trains the runner's built-in MLP or CNN;
each trains a model of this module through ``model.factory``: :class:`BottleneckNet` (an
autoencoder-style MLP: an encoder narrowing to a code of 1 to 16 units, a linear classifier or
regressor on the code), :class:`ResNormCNN` (a stem convolution, a residual block of two
convolutions with group or layer normalisation, 2x2 max pooling, a linear output) and
:class:`SeqConvNet` (Conv1d layers, global max pooling over time, a linear layer). Every data set
is this module's own ``data.factory`` (seeds 1970 and 1972 to 1975): :func:`tone_bands`, 1500
two-channel sequences of 24 steps whose class is a noisy tone's frequency band (3 classes, seed
1970);
:func:`weaves`, 1200 14x14 single-channel textures (horizontal, vertical or diagonal stripes, a
checkerboard; 4 classes, noise 0.6, seed 1972); :func:`kiln_loads`, a pottery kiln's load from
10 readings (4 classes from a linear firing heat and a glaze score with a square term, 3% random
labels, 1600 rows, seed 1973); :func:`kiln_hours`, a kiln's firing hours from 8 readings (a
regression of 1400 rows, seed 1974; times 100 plus 500 with seed 1975 for the divergence). Script
cases use plain Adamax, Adam with betas (0.8, 0.99) and SGD with Nesterov momentum 0.95
(settings no script of :mod:`.heldout194` or :mod:`.heldout195` uses) on wine, iris, breast
cancer, digits, moons, circles, blobs, spirals and the sine; every script case holds a hidden
width of 1240 to 1249. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD
with momentum 0.9, SGD with Nesterov momentum 0.9. The faults, each through what its model has:
divergence under plain SGD in the bottleneck net on the unscaled kiln hours and under Adam at LR
20 in the sequence net; exploding gradients in a 4-layer leaky-ReLU sequence net with N(0, 1)
init under RMSprop at LR 1e-9; the residual block's units killed by RMSprop at LR 0.1 (group
normalisation does not save them); a high update ratio (and saturated codes) from Adagrad at LR
3 in a tanh bottleneck net; tiny learning rates under Adam (ELU sequence net) and SGD with
momentum 0.9 (the layer-normalised CNN, whose normalisation hides nothing at LR 1e-10);
vanishing gradients through a 20-layer sigmoid encoder; saturated tanh units of the bottleneck
net with N(0, 5) init on the hours; the sequence net with N(0, 0.02) init under momentum 0.9 (a
slow start); the unshuffled kiln loads under Adam (ELU bottleneck); square error on the CNN's
softmax under Adam; batch 1 under Adagrad (SiLU sequence net); 40 textures under Adam (the CNN,
a gap); 30 rows of the hours under AdamW (a wide bottleneck, a gap); a 1-unit code for 4
classes (underfitting); the scripts: Lightning's NaN on spirals (Adamax) and stuck blobs
(Nesterov), Trainer's NaN on wine (Adam 0.8/0.99) and stuck breast cancer (Adamax), Keras' NaN on
moons (Nesterov) and 12 rows of spirals (Adam 0.8/0.99, overfit, a gap), TensorBoard's NaN on
digits (Adamax) and 8 rows of circles (Nesterov, overfit, a gap), the loop's corrupt record on
the sine (Adam 0.8/0.99) and stuck iris (Nesterov). Every fault code could be produced with these
three models; no case fell back to the runner's built-in MLP.

Each case is labelled from the run's own metrics (losses, validation loss and score, step-loss
swing, the share of the step loss's within-epoch variance its position explains, gradient norms,
update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store (the same numbers as before for every
case trained before); the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.34 on the tone bands, 0.2792
on the weaves, 0.3031 on the kiln loads; on the scripts' validation splits 1/3 (iris, spirals),
0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles), 0.25 (4 blobs).
Baselines (validation): accuracy 0.8233 (tone bands), 0.9958 (weaves; 0.775 on 40 of them),
0.7531 (kiln loads); R2 0.7357 (kiln hours).

Measured healthy ranges (runner): update ratio quarter means 1.8e-5 (the group-normalised CNN
under momentum) to 0.063 (the SiLU sequence net under Adagrad), single steps at most 0.67 (the
same); the ``update_ratio_high`` run reaches quarter means of 0.51 with single steps up to 31.7;
the ``update_ratio_low`` runs log quarter means of at most 3.1e-9 and 1.2e-9. Dead fraction at
most 0.167 (one of the 6 code units of the ReLU bottleneck net on the kiln loads; one of 16
channels in the ReLU sequence nets; 0 in every healthy CNN); the killed CNN's 0.875, 0.375 and
0.25, the divergences' 1.0, the 30-row hours' code 0.31. Saturated fraction at most 0.261 (the
last convolution of the tanh sequence net; the tanh bottleneck codes 0.24 and 0.16); the
saturated run's 0.878 and 0.948, the update-ratio run's 0.906 and 0.976. Gradient norms at least
2.8e-4 (the CNN under momentum) and at most 18.5 (the CNN with leaky ReLU under RMSprop), first
norms at least 0.031; the vanishing run's down to 4.0e-20, the exploding run's 1456 to 9836, the
saturated run's up to 72.9, the slow start's first 4.5e-3. The step loss's position in the epoch
explains at most 30% of the within-epoch variance in the healthy runner runs (the leaky-ReLU
CNN); the unshuffled run 99.95%. The standard deviation of the step loss's step-to-step change
over the second half is at most 1.40 times its mean in the healthy runner runs (the CNN under
momentum) and 1.92 in the healthy scripts (the loop's breast cancer); the batch-1 run's is 4.13.
Healthy scores (validation): tone bands 0.93-0.97 (test 0.9433-0.98), weaves 0.9833-0.9958
(test 0.9833-0.9917), kiln loads 0.7562-0.8844 (test 0.7438-0.8562), kiln hours R2 0.8688 and
0.8774 (test 0.8717 and 0.8745); scripts: wine 1.0 and 1.0, breast cancer 0.9561, 0.9474 and
0.9561, digits 0.9694 and 0.9777, iris 0.9667 and 0.9667, moons 0.9609 and 0.9621, circles 1.0
and 0.9849. Every healthy run's validation loss is lowest at its end but the SiLU bottleneck net
(epoch 8 of 15, 1.0% above it), the ReLU bottleneck net on the hours (epoch 19 of 25, 0.24%),
the CNN under momentum (epoch 6 of 8, 1.2%), the SiLU sequence net (epoch 10 of 12, 0.11%),
TensorBoard's wine (epoch 13 of 15, 1.2%) and Trainer's circles (epoch 18 of 20, 0.4%).

Changes after the first run: the kiln loads' glaze score was first the product of two readings
(an XOR-like split): the healthy bottleneck nets reached only 0.6531 to 0.8156 (the tanh net's
code 23% saturated), so it became linear in two readings plus a square (0.7562 to 0.8844, the
baseline 0.7531) and every case on the set was trained again and labelled from that run. The CNN
first had a 24-unit ReLU dense layer before its output: 42% to 79% of those units logged dead in
every healthy run, so the dense layer went (the healthy CNNs then 0 dead) and every CNN case was
trained again. The tanh bottleneck net on the hours under RMSprop at LR 1e-3 reached R2 0.6013
below the baseline (0.7357), so LR 3e-3 (0.8688). TensorBoard's blobs (Adam 0.8/0.99) reached
0.55 with a flat validation loss, so TensorBoard took breast cancer (0.9561); TensorBoard's
moons (Nesterov at LR 5e-3, 15 epochs) ended 21% above its epoch-13 validation loss, so LR 1e-3
for 20 epochs (lowest at the end); Trainer's iris (LR 2e-3) ended 1.4% above its epoch-16
minimum, so LR 1e-3 (lowest at the end); the loop's spirals (Adam 0.8/0.99) ended 8.5% above its
epoch-29 minimum at 0.7, so the loop took circles (0.9849). The 40-texture run was meant to
overfit; with the dense layer it ended only 0.6% above its epoch-67 validation loss, without it
the validation loss is lowest at its end, so it expects ``generalisation_gap`` alone (renamed
from an overfit case). The divergence on the unscaled hours was meant to end in NaN: its loss
stays finite (up to 1.2e30, 4.0e22 at the end), so it expects ``divergence`` alone and
``nan_loss`` is allowed (the gradient norms overflow). Labels from the metrics: the killed CNN's
blow-up passed (its loss ends at ln 4, below its first step), so ``divergence`` is allowed there
and the verdict is a training problem; the test predictions fall in one class in the sequence
net's divergence (100%), the exploding run (100%), the killed CNN (99.2%) and the vanishing run
(100%), so ``predictions_collapsed`` is expected there; 86.7% and 81.7% in the two tiny-LR runs
and 58.8% in the one-unit code (allowed in the first two, neither in the third); the two
tiny-LR runs end at 0.38 and 0.2583, within 0.05 of their majority shares, so ``at_chance`` is
expected there; Lightning's NaN spirals (0.3333), Keras' NaN moons (0.5), TensorBoard's NaN
digits (0.1003), Trainer's stuck breast cancer (0.6228) and the loop's stuck iris (0.3) score
within 0.05 of the majority share (``at_chance`` expected), Trainer's NaN wine (0.3333 against
0.3889) and Lightning's stuck blobs (0.1917 against 0.25) more than 0.05 below it (allowed);
the vanishing run's epoch loss falls 1.1% (1.389 to 1.374) and the saturated run's 1.2%, so
``not_training`` is expected there; the unshuffled run's loss still falls with the validation
loss lowest at the end (``not_converged`` expected); the one-unit code's loss still falls 2% an
epoch, yet both scores sit 0.25 below every healthy run, so ``underfitting`` is expected and
``not_converged`` allowed; the 30-row hours' validation loss ends 4.1% above its epoch-73
minimum while its training loss jumps about, so ``overfitting`` is allowed there; Keras' 12
rows of spirals and TensorBoard's 8 rows of circles end 8.6 and 16 times their epoch-1
validation loss, so both expect ``overfitting``, and Keras' spirals score 0.3583, within 0.05 of
1/3, so ``at_chance`` is expected there beside the gap; the slow start sat at ln 3 for 5 epochs, so
``slow_start`` is expected.

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
from benchmarks.diagnosis_bank._parts import BLOWUP, GP, NOSTOP, TP, _factory, _h, _hs, _s
from benchmarks.diagnosis_bank._scripts import (
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# ----------------------------------------------------------------------------- data


def tone_bands(n: int = 1500, steps: int = 24, noise: float = 0.6,
               seed: int = 1970) -> tuple[Any, Any]:
    """A sequence set (a ``data.factory``): ``n`` noisy two-channel tones of ``steps`` steps,
    shaped (n, 2, 1, steps); the class is the tone's frequency band (0 low: 0.04-0.09 cycles a
    step, 1 middle: 0.14-0.21, 2 high: 0.28-0.40). Channel 0 holds the tone (amplitude 0.6 to
    1.2, a random phase) on a slow drift, channel 1 the same tone a quarter period later and
    half as loud; both carry Gaussian noise ``noise``."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    lo = np.array([0.04, 0.14, 0.28])[y]
    hi = np.array([0.09, 0.21, 0.40])[y]
    f = rng.uniform(lo, hi)
    t = np.arange(steps)[None, :]
    phase = rng.uniform(0, 2 * np.pi, (n, 1))
    amp = rng.uniform(0.6, 1.2, (n, 1))
    drift = rng.normal(0, 0.05, (n, 1)) * t
    a = amp * np.sin(2 * np.pi * f[:, None] * t + phase) + drift
    b = 0.5 * amp * np.cos(2 * np.pi * f[:, None] * t + phase)
    x = np.stack([a, b], axis=1) + rng.normal(0, noise, (n, 2, steps))
    return x[:, :, None, :].astype(np.float32), y


def weaves(n: int = 1200, size: int = 14, noise: float = 0.6,
           seed: int = 1972) -> tuple[Any, Any]:
    """A 14x14 texture set (a ``data.factory``): ``n`` single-channel images of one of 4
    textures (0 horizontal stripes, 1 vertical stripes, 2 diagonal stripes, 3 a checkerboard),
    each of period 4 with a random phase and contrast 0.5 to 1.1, under Gaussian noise
    ``noise``."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    r, c = np.mgrid[0:size, 0:size]
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        p = int(rng.integers(0, 4))
        contrast = rng.uniform(0.5, 1.1)
        if k == 0:
            img = ((r + p) // 2) % 2
        elif k == 1:
            img = ((c + p) // 2) % 2
        elif k == 2:
            img = ((r + c + p) // 2) % 2
        else:
            img = (((r + p) // 2) + ((c + p) // 2)) % 2
        x[i, 0] += contrast * (img - 0.5)
    return x.astype(np.float32), y


def kiln_loads(n: int = 1600, seed: int = 1973) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): a pottery kiln's load (0 earthenware, 1
    stoneware, 2 porcelain, 3 raku) from 10 readings; the class follows two hidden scores, a
    firing heat (linear in three readings) and a glaze score (linear in two readings plus the
    square of a third), each split at 0, so a linear model reaches only part of it;
    3% random labels."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    heat = x[:, 0] + 0.6 * x[:, 1] - 0.4 * x[:, 2] + rng.normal(0, 0.2, n)
    glaze = x[:, 3] + 0.8 * (x[:, 4] ** 2 - 1.0) + 0.3 * x[:, 5] + rng.normal(0, 0.2, n)
    y = 2 * (heat > 0) + (glaze > 0)
    flip = rng.random(n) < 0.03
    y[flip] = rng.integers(0, 4, int(flip.sum()))
    return x.astype(np.float32), y.astype(np.int64)


def kiln_hours(n: int = 1400, scale: float = 1.0, offset: float = 0.0,
               seed: int = 1974) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): a kiln's firing hours (times ``scale``, plus
    ``offset``) from 8 readings: a sine of one, a square of another, a product of two, one
    linear term, three unused readings and noise 0.3."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2.0, 2.0, (n, 8))
    hours = (1.5 * np.sin(1.5 * x[:, 0]) + 0.5 * x[:, 1] ** 2 + 0.8 * x[:, 2] * x[:, 3]
             + 0.7 * x[:, 4] + rng.normal(0, 0.3, n))
    return x.astype(np.float32), (offset + scale * hours).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACT = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid, "elu": nn.ELU,
        "leaky_relu": nn.LeakyReLU, "silu": nn.SiLU, "selu": nn.SELU}


class BottleneckNet(nn.Module):
    """An autoencoder-style MLP classifier: an encoder of ``depth`` layers of ``width`` units
    narrowing to a ``code`` of a few units, and a linear classifier (or regressor) on the
    code."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 48,
                 code: int = 6, depth: int = 1, activation: str = "relu") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = [nn.Flatten()]
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), _ACT[activation]()]
            n_in = width
        layers += [nn.Linear(n_in, code), _ACT[activation]()]
        self.encoder = nn.Sequential(*layers)
        self.head = nn.Linear(code, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.encoder(x))


class ResNormCNN(nn.Module):
    """A small CNN with a residual block: a stem convolution, a block of two convolutions with
    layer normalisation (``norm`` "layer", one group) or group normalisation (``norm``
    "group", ``groups``) added back onto its input, 2x2 max pooling and the output layer."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 norm: str = "group", groups: int = 2, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        g = 1 if norm == "layer" else groups
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.stem_act = _ACT[activation]()
        self.conv1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.norm1 = nn.GroupNorm(g, channels)
        self.act1 = _ACT[activation]()
        self.conv2 = nn.Conv2d(channels, channels, 3, padding=1)
        self.norm2 = nn.GroupNorm(g, channels)
        self.block_act = _ACT[activation]()
        self.pool = nn.MaxPool2d(2)
        self.out = nn.Linear(channels * (h // 2) * (w // 2), n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem_act(self.stem(x))
        r = self.norm2(self.conv2(self.act1(self.norm1(self.conv1(h)))))
        h = self.pool(self.block_act(h + r))
        return self.out(h.flatten(1))


class SeqConvNet(nn.Module):
    """A 1-D convolutional network over a sequence given as (channels, 1, steps):
    ``layers`` Conv1d layers of ``channels`` channels and kernel ``kernel``, global max
    pooling over time, then a linear layer."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 16,
                 kernel: int = 5, layers: int = 2, activation: str = "relu") -> None:
        super().__init__()
        c_in = input_shape[0]
        convs: list[nn.Module] = []
        for _ in range(layers):
            convs += [nn.Conv1d(c_in, channels, kernel, padding=kernel // 2),
                      _ACT[activation]()]
            c_in = channels
        self.convs = nn.Sequential(*convs)
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.convs(x.flatten(1, 2) if x.dim() == 4 else x)
        return self.head(h.amax(dim=2))


# ----------------------------------------------------------------------------- settings

HERE = "benchmarks.diagnosis_bank.heldout197"
TONES = _factory(f"{HERE}:tone_bands", seed=1970)
WEAVES = _factory(f"{HERE}:weaves", seed=1972)
KILN = _factory(f"{HERE}:kiln_loads", seed=1973)
HOURS = _factory(f"{HERE}:kiln_hours", seed=1974)


def _bn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BottleneckNet", "args": args}


def _rc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ResNormCNN", "args": args}


def _sq(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SeqConvNet", "args": args}


def _amax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _adam88(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.99)}, **kw)


def _nest95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": True}, **kw)


BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_SCRIPT_ALLOW = ("divergence", "exploding_gradients", "noisy_loss", "not_training",
                    "underfitting", "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}

FAULTS: tuple[Case, ...] = (
    Case("h197_divergence_hours_x100_bottleneck_sgd", "kiln hours x100 (+500), bottleneck net "
         "(48 ReLU units to a 6-unit code), plain SGD at LR 0.02, batch 24",
         {"data": {**_factory(f"{HERE}:kiln_hours", scale=100.0, offset=500.0, seed=1975)},
          "model": _bn(width=48, code=6), "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; the step loss 3.5e5 at first, up to 1.2e30 and 4.0e22 at the end"
                      " (epoch losses 3.4e28, 3.9e24, 2.2e23; R2 -1.2e18); no loss NaN, "
                      "but the gradient norms and update ratios overflow to the float "
                      "maximum; every code unit logged dead"),
         verdict="failed"),
    Case("h197_divergence_tones_seqconv_adam_lr20", "tone bands, 1-D conv net (2x16 ReLU "
         "channels, kernel 5), Adam at LR 20, batch 30",
         {"data": TONES, "model": _sq(channels=16, kernel=5), "optim": {"name": "adam", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.136 at first, up to 2.3e6, 2.36 at the end "
                      "(epoch losses 8.3e4, 2.01, 1.85; ln 3 is 1.099); every channel of "
                      "the second convolution logged dead; accuracy 0.3233 (test 0.3233) "
                      "against a majority share of 0.34, every test prediction in one "
                      "class"),
         verdict="failed"),
    Case("h197_exploding_tones_seqconv_4x24_std1_rmsprop", "tone bands, 1-D conv net of 4x24 "
         "leaky-ReLU channels with N(0, 1) init, RMSprop at LR 1e-9, batch 32",
         {"data": TONES, "model": {**_sq(channels=24, kernel=5, layers=4,
                                         activation="leaky_relu"),
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.432e4 at every epoch; gradient norms 1456 to 9836 (healthy"
                      " at most 18.5); quarter-mean update ratios 2.7e-10 to 1.6e-9, a side effect"
                      " of the LR; accuracy 0.3233 against a majority share of 0.34, every test "
                      "prediction in one class; the step loss's position in the epoch explains 31%"
                      " of its within-epoch variance"),
         verdict=TP),
    Case("h197_dead_relu_weaves_rescnn_rmsprop_lr01", "weaves, residual CNN with group norm, "
         "RMSprop at LR 0.1, batch 25",
         {"data": WEAVES, "model": _rc(channels=8, norm="group", groups=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.88 to 747 in epoch 1 (epoch loss 27.5), then "
                      "sits at ln 4 (1.390 and 1.393; 1.445 at the last step, below the first), so"
                      " the blow-up passed and divergence is not the end state; gradient norms 0 "
                      "to 113 and quarter-mean update ratios up to 1.6 (healthy at most 0.063), "
                      "single steps up to 35; 87.5% of the residual block's output channels, 37.5%"
                      " of its inner ones and 25% of the stem's logged dead (healthy runs of the "
                      "CNN 0); accuracy 0.2417 against a majority share of 0.2792, 99.2% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h197_update_ratio_high_kiln_bottleneck_adagrad", "kiln loads, bottleneck net (40 "
         "tanh units to an 8-unit code), Adagrad at LR 3, batch 27",
         {"data": KILN, "model": _bn(width=40, code=8, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 8, "batch_size": 27}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.51, single "
                      "steps up to 31.7; the healthy runs at most 0.063 and 0.67) and 91% and "
                      "97.6% of the tanh units saturate (healthy at most 26%); accuracy 0.6562 "
                      "(test 0.5687), below the healthy runs (0.7562 and up) with the loss still "
                      "falling (0.983 to 0.976) and the validation loss jumping about (1.02 to "
                      "1.26 and back to 0.85)"),
         verdict=TP),
    Case("h197_update_ratio_low_tones_seqconv_adam", "tone bands, 1-D conv net (2x20 ELU "
         "channels), Adam at LR 1e-9, batch 28",
         {"data": TONES, "model": _sq(channels=20, kernel=3, activation="elu"),
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.104 at every epoch; quarter-mean update ratios at most "
                      "3.1e-9 (healthy at least 1.1e-5); accuracy 0.38 (test 0.3733), 0.04 above "
                      "the majority share (0.34); 86.7% of the test predictions in one class; the "
                      "step loss's position in the epoch explains 41% of its within-epoch "
                      "variance"),
         verdict=TP),
    Case("h197_update_ratio_low_weaves_rescnn_momentum", "weaves, residual CNN with layer "
         "norm, SGD with momentum 0.9 at LR 1e-10, batch 30",
         {"data": WEAVES, "model": _rc(channels=6, norm="layer"),
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.569 at every epoch; quarter-mean update ratios at most "
                      "1.2e-9 (healthy at least 1.1e-5); accuracy 0.2583 against a majority share "
                      "of 0.2792; 81.7% of the test predictions in one class; the step loss's "
                      "position in the epoch explains 51% of its within-epoch variance"),
         verdict=TP),
    Case("h197_vanishing_kiln_bottleneck_sigmoid_depth20", "kiln loads, bottleneck net with "
         "an encoder of 20 sigmoid layers of 16 units to a 4-unit code, plain SGD at LR 0.05",
         {"data": KILN, "model": _bn(width=16, code=4, depth=20, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 4.0e-20 to 9.2e-20 (healthy at least "
                      "0.0014), so their update ratios are 0; SGD still moves the last layers "
                      "(quarter means up to 0.0086), so the epoch loss goes from 1.389 to 1.374 "
                      "(1.1%) and no further; accuracy 0.3031 at the majority share (0.3031), "
                      "every test prediction in one class; the step loss's position explains 39% "
                      "of its within-epoch variance"),
         verdict=TP),
    Case("h197_saturated_hours_bottleneck_tanh_std5", "kiln hours, bottleneck net (40 tanh "
         "units to a 6-unit code) with N(0, 5) init, Adam at LR 1e-4, batch 26",
         {"data": HOURS, "model": {**_bn(width=40, code=6, activation="tanh"),
                                   "init": "normal", "init_std": 5.0},
          "optim": {"name": "adam", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("87.8% and 94.8% of the tanh units saturated (healthy at most 26%); the "
                      "epoch loss 52.99 to 52.33 (1.2%; R2 -13.4, the healthy runs 0.8688 and up);"
                      " the huge weights give gradient norms up to 72.9 (healthy at most 18.5); "
                      "quarter-mean update ratios 4.4e-6 to 3.0e-5, at the low edge of the healthy"
                      " runs (1.1e-5); the step loss's position explains 61% of its within-epoch "
                      "variance"),
         verdict=TP),
    Case("h197_slow_start_tones_seqconv_std002_momentum", "tone bands, 1-D conv net (2x16 "
         "ReLU channels) with N(0, 0.02) init, SGD with momentum 0.9 at LR 0.03 (cosine), "
         "batch 30, 20 epochs",
         {"data": TONES, "model": {**_sq(channels=16, kernel=5), "init": "normal",
                                   "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 3 (1.098 to 1.100) for the first 5 epochs and "
                      "1.091 at epoch 6, then falls (0.0791 at epoch 20, the validation loss "
                      "lowest at the end); the first gradient norms from 4.5e-3 (healthy first "
                      "norms at least 0.0138); one of 16 channels of the second convolution logged"
                      " dead (as in the healthy ReLU runs); accuracy 0.9533 (test 0.9567) like the"
                      " healthy runs"),
         verdict=TP),
    Case("h197_unshuffled_kiln_bottleneck_adam", "kiln loads sorted by label, never shuffled, "
         "bottleneck net (40 ELU units to a 6-unit code), Adam at LR 1e-4, batch 32, 8 epochs",
         {"data": {**KILN, "order": "by_label", "shuffle": False},
          "model": _bn(width=40, code=6, activation="elu"),
          "optim": {"name": "adam", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.95% of its within-epoch "
                      "variance (healthy runner runs at most 30%); accuracy 0.4062 (test 0.3937, "
                      "training 0.3698), far below the healthy runs (0.7562 and up), with the "
                      "epoch loss still falling (1.328 to 1.320 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h197_mse_softmax_weaves_rescnn_adam", "weaves trained with square error on the "
         "softmax, residual CNN with layer norm, Adam at LR 1e-3, batch 24, 8 epochs",
         {"data": WEAVES, "model": _rc(channels=8, norm="layer"),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"loss": "mse", "epochs": 8, "batch_size": 24}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 0.9958 nonetheless, test 0.9792); the"
                      " epoch loss 2.7e-3 at the end, still falling with the validation loss "
                      "lowest at the end; gradient norms from 1.2e-3"),
         verdict=TP),
    Case("h197_noisy_tones_seqconv_b1_adagrad", "tone bands one sequence at a time (batch 1), "
         "1-D conv net (2x12 SiLU channels), Adagrad at LR 0.05, 2 epochs",
         {"data": TONES, "model": _sq(channels=12, kernel=5, activation="silu"),
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 4.13 times its mean (healthy runner runs at most 1.41,"
                      " healthy scripts 1.92), up to 6.97 from near 0; single-sequence gradients "
                      "5.5e-5 to 16.8; single update ratios up to 0.66 (the healthy Adagrad run "
                      "0.67); accuracy 0.95 (test 0.95, training 0.9711) like the healthy runs; "
                      "the validation loss still falls after 2 epochs (0.1755 to 0.1366)"),
         verdict=TP),
    Case("h197_gap_weaves_subset40_rescnn_adam", "40 weaves, residual CNN with group norm "
         "(12 channels, 64 dense units), Adam at LR 2e-3, 100 epochs, batch 4",
         {"data": {**WEAVES, "subset": 40},
          "model": _rc(channels=12, norm="group", groups=4),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting",
                "vanishing_gradients"),
         why_allowed=("40 images teach less: accuracy 0.8542 (test 0.8417, training 1.0; the "
                      "healthy runs 0.9833 and up, the baseline 0.775 on 40 images); the epoch "
                      "loss at 3.1e-4 can fall no further that matters while the validation loss "
                      "creeps down to its end (0.5339 to 0.5315), so neither overfitting nor clear"
                      " convergence; gradients down to 1.6e-4"),
         verdict=GP),
    Case("h197_gap_hours_subset30_bottleneck_adamw", "30 rows of kiln hours, bottleneck net "
         "(160 ReLU units to a 16-unit code), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**HOURS, "subset": 30},
          "model": _bn(width=160, code=16),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("30 rows teach less (R2 0.4949, test 0.5667, training 0.9994; the healthy "
                      "runs 0.8688 and up); the validation loss, lowest at epoch 73 of 150 "
                      "(1.630), ends at 1.696, 4.1% above it, while the training loss jumps about "
                      "(0.0035 to 0.011 between epochs), so overfitting is not clear; the step "
                      "loss swings 1.97 times its mean; 31% of the code's ReLU units logged dead"),
         verdict=GP),
    Case("h197_underfit_kiln_bottleneck_code1", "kiln loads through a 1-unit code, bottleneck "
         "net (48 ReLU units), Adam at LR 3e-3, batch 32, 15 epochs",
         {"data": KILN, "model": _bn(width=48, code=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("one code unit cannot hold four classes: accuracy 0.5094 (test 0.5125, "
                      "training 0.55), far below the healthy runs (0.7562 and up) and the baseline"
                      " (0.7531); the epoch loss still falls 2% an epoch (1.039 to 1.018) with the"
                      " validation loss lowest at the end (0.6% over the last epoch); 58.8% of the"
                      " test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h197_lightning_spirals_adamax_lr1e20_nan", "Lightning: spirals, Adamax at LR 1e20",
         script=lightning_run(_amax("spirals", hidden=(1240,), lr=1e20, epochs=3,
                                    batch_size=24, n=600, noise=0.2)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.134 at first, NaN from step 2; accuracy 0.3333 "
                      "on three balanced classes"),
         verdict="failed"),
    Case("h197_lightning_blobs_nest95_lr1e10_stuck", "Lightning: blobs, Nesterov 0.95 at LR "
         "1e-10",
         script=lightning_run(_nest95("blobs", hidden=(1241,), lr=1e-10, epochs=3,
                                      batch_size=20, n=600, noise=0.3, k=4)),
         tool="lightning", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.405 at every epoch; accuracy 0.1917 at its initial "
                      "weights, 0.058 below the majority share (0.25)"),
         verdict=TP),
    Case("h197_hf_trainer_wine_adam88_lr1e20_nan", "Trainer: wine, Adam betas (0.8, 0.99) at "
         "LR 1e20",
         script=hf_trainer_run(_adam88("wine", hidden=(1242,), lr=1e20, epochs=3,
                                       batch_size=9), logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      " share (0.3889)"),
         verdict="failed"),
    Case("h197_hf_trainer_breast_cancer_adamax_lr1e10_stuck", "Trainer: breast cancer, Adamax "
         "at LR 1e-10",
         script=hf_trainer_run(_amax("breast_cancer", hidden=(1243,), lr=1e-10, epochs=3,
                                     batch_size=19), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6737 at every evaluation; accuracy 0.6228 at its "
                      "initial weights, 0.009 below the majority share (0.6316)"),
         verdict=TP),
    Case("h197_keras_moons_nest95_lr1e20_nan", "Keras: moons, Nesterov 0.95 at LR 1e20",
         script=keras_run(_nest95("moons", hidden=(1244,), lr=1e20, epochs=3, batch_size=21,
                                  n=640, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5 on two balanced classes"),
         verdict="failed"),
    Case("h197_keras_spirals_subset12_adam88_gap", "Keras: 12 rows of spirals, Adam betas "
         "(0.8, 0.99) at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adam88("spirals", hidden=(1245,), lr=3e-3, epochs=150,
                                  batch_size=2, n=600, noise=0.2, subset=12)),
         tool="keras", expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("12 rows teach little (validation accuracy 0.3583, training 1.0, near 1/3); "
                      "the validation loss lowest at epoch 1 (2.78), 23.8 at epoch 150 while the "
                      "training loss falls to 0.067"),
         verdict=GP),
    Case("h197_tensorboard_digits_adamax_lr1e20_nan", "TensorBoard: digits, Adamax at LR 1e20",
         script=tensorboard_run(_amax("digits", hidden=(1246,), lr=1e20, epochs=3,
                                      batch_size=26)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.33 at first, NaN from step 2; accuracy 0.1003, "
                      "the majority share"),
         verdict="failed"),
    Case("h197_tensorboard_circles_subset8_nest95_gap", "TensorBoard: 8 rows of circles, "
         "Nesterov 0.95 at LR 0.02, 150 epochs, batch 2",
         script=tensorboard_run(_nest95("circles", hidden=(1247,), lr=0.02, epochs=150,
                                        batch_size=2, n=640, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7578, training 1.0; the healthy "
                      "circles 0.9849 and up); the validation loss lowest at epoch 1 (1.50), 24.2 "
                      "at epoch 150; the step loss near 0 swings 1.58 times its mean"),
         verdict=GP),
    Case("h197_plain_corrupt_record_sine_adam88", "loop: sine, corrupt record at step 17",
         script=plain_run(_adam88("sine", hidden=(1248,), lr=1e-4, epochs=3, batch_size=22,
                                  n=660, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",),
         allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (1.061)"),
         verdict="failed", expect_step=17),
    Case("h197_plain_iris_nest95_lr1e10_stuck", "loop: iris, Nesterov 0.95 at LR 1e-10",
         script=plain_run(_nest95("iris", hidden=(1249,), lr=1e-10, epochs=4, batch_size=9)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.103 at every epoch; accuracy 0.3 against 1/3"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy197_kiln_bottleneck_relu_adam",
       {"data": KILN, "model": _bn(width=48, code=6),
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy197_kiln_bottleneck_tanh_adamw",
       {"data": KILN, "model": _bn(width=40, code=8, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy197_kiln_bottleneck_elu_rmsprop",
       {"data": KILN, "model": _bn(width=44, code=6, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy197_kiln_bottleneck_silu_nesterov",
       {"data": KILN, "model": _bn(width=50, code=8, activation="silu"),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy197_hours_bottleneck_relu_adam",
       {"data": HOURS, "model": _bn(width=64, code=10),
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy197_hours_bottleneck_tanh_rmsprop",
       {"data": HOURS, "model": _bn(width=56, code=12, activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 28}}),
    _h("healthy197_weaves_rescnn_group_adam",
       {"data": WEAVES, "model": _rc(channels=8, norm="group", groups=2),
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy197_weaves_rescnn_layer_adamw",
       {"data": WEAVES, "model": _rc(channels=8, norm="layer"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 26}}),
    _h("healthy197_weaves_rescnn_group_momentum",
       {"data": WEAVES, "model": _rc(channels=6, norm="group", groups=3),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy197_weaves_rescnn_layer_leaky_rmsprop",
       {"data": WEAVES, "model": _rc(channels=8, norm="layer", activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 22}}),
    _h("healthy197_tones_seqconv_relu_adam",
       {"data": TONES, "model": _sq(channels=16, kernel=5),
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy197_tones_seqconv_elu_adamw",
       {"data": TONES, "model": _sq(channels=20, kernel=3, activation="elu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy197_tones_seqconv_silu_adagrad",
       {"data": TONES, "model": _sq(channels=12, kernel=5, activation="silu"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy197_tones_seqconv_tanh_nesterov",
       {"data": TONES, "model": _sq(channels=16, kernel=7, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy197_tones_seqconv_3x16_relu_rmsprop",
       {"data": TONES, "model": _sq(channels=16, kernel=5, layers=3),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 34}}),
    _hs("healthy197_tensorboard_wine_adamax",
        tensorboard_run(_amax("wine", hidden=(1240,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy197_tensorboard_breast_cancer_adam88",
        tensorboard_run(_adam88("breast_cancer", hidden=(1243,), lr=5e-4, epochs=12,
                                batch_size=21)), "tensorboard"),
    _hs("healthy197_tensorboard_moons_nest95",
        tensorboard_run(_nest95("moons", hidden=(1246,), lr=1e-3, epochs=20, batch_size=19,
                                n=640, noise=0.2)), "tensorboard"),
    _hs("healthy197_hf_trainer_digits_adamax",
        hf_trainer_run(_amax("digits", hidden=(1241,), lr=2e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy197_hf_trainer_iris_adam88",
        hf_trainer_run(_adam88("iris", hidden=(1244,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy197_hf_trainer_circles_nest95",
        hf_trainer_run(_nest95("circles", hidden=(1247,), lr=5e-3, epochs=20, batch_size=21,
                               n=640, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy197_keras_breast_cancer_adamax",
        keras_run(_amax("breast_cancer", hidden=(1242,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy197_keras_wine_nest95",
        keras_run(_nest95("wine", hidden=(1248,), lr=3e-3, epochs=15, batch_size=12)),
        "keras"),
    _hs("healthy197_lightning_digits_adam88",
        lightning_run(_adam88("digits", hidden=(1245,), lr=1e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy197_lightning_moons_adamax",
        lightning_run(_amax("moons", hidden=(1249,), lr=2e-3, epochs=15, batch_size=20,
                            n=660, noise=0.2)), "lightning"),
    _hs("healthy197_plain_iris_adamax",
        plain_run(_amax("iris", hidden=(1240,), lr=3e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy197_plain_circles_adam88",
        plain_run(_adam88("circles", hidden=(1244,), lr=2e-3, epochs=12, batch_size=18,
                          n=660, noise=0.1)), "pytorch"),
    _hs("healthy197_plain_breast_cancer_nest95",
        plain_run(_nest95("breast_cancer", hidden=(1248,), lr=2e-3, epochs=12,
                          batch_size=20)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
