"""The hundred-and-ninety-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout197` (not looked at), after the measurement of
:mod:`.heldout194` and :mod:`.heldout195`, by someone who saw no diagnosis of its runs. Built
differently from every earlier part: every runner case trains a model of this module's own
through ``model.factory`` (:class:`ResBNMLP`, a residual MLP with batch normalisation in each
block, its width, depth, activation, squeeze and starting normalisation shift as ``model.args``;
:class:`BNCNN`, two convolutions with batch normalisation, global average pooling before the
classifier; :class:`GRUClassifier`, a one-layer GRU written out with linear projections and
sigmoid/tanh gate modules, so that its gates' saturation is measured, its last hidden state into a
linear layer), but two: exploding and vanishing gradients could not be had from these models
(batch normalisation rescales the gradients of the N(0, 1)-initialised residual MLP: norms 0.97 to
19.5, inside the healthy range, and the skips carry the gradient past any depth), so those two use
the runner's built-in MLP on this part's fields set. New data, every set a ``data.factory`` of this
module: ``waveforms`` (1200 sequences of 16 steps of 4 readings, a sine, square, sawtooth or
single bump with random period, phase, amplitude and per-reading gain plus noise 0.3; 4 classes;
given flattened as 64 columns and read back as a sequence by the GRU; seed 1960), ``tiles``
(1200 12x12 single-channel images of one of five 5x5 shapes, a frame, a plus, a cross, a diamond or
three bars, at a random place in noise 0.3, 2% random labels; seed 1961), ``fields5`` (a tabular
5-class set, 1500 rows: the largest of five nonlinear scores of 6 latent readings, 10 noise
columns, all rotated; seed 1962) and ``yields`` (a tabular regression, 1400 rows of 8 readings;
seed 1963; the divergence case scales it by 400 and shifts it by 3000). Script cases use plain
Adamax, plain Adagrad and SGD with Nesterov momentum 0.95 (settings no script of
:mod:`.heldout194` or :mod:`.heldout195` uses) on wine, iris, breast cancer, digits, moons,
circles and the sine; every script case holds a hidden width of 1230 to 1239. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.9 and with Nesterov momentum
0.9. The faults: divergence under plain SGD in the residual MLP on the unscaled yields; exploding
gradients in the runner's 9-layer ReLU MLP with N(0, 1) init under Adagrad at LR 1e-9; dead units
behind the residual connections (every block's normalisation shift started at -6, so the ReLUs
never fire and the net learns through its skips) under Adam, and the BN CNN's channels killed by
plain RMSprop at LR 0.3; a high update ratio from Adam at LR 1 in the tanh residual MLP (the
normalisation does not hide it: the head blows up and the tanh units saturate); tiny learning
rates in the BN CNN (plain SGD at 1e-7) and the GRU (Adagrad at 1e-9); vanishing gradients in the
runner's 22-layer sigmoid MLP under plain RMSprop; the GRU's gates saturated by N(0, 4) init under
plain SGD; the GRU with N(0, 0.001) init under SGD with momentum 0.9 (a slow start); the fields
set sorted by label and never shuffled under the residual MLP's batch normalisation (Adam); square
error under Adagrad (ELU residual MLP); the GRU at batch 1 under plain RMSprop on 600 rows; the
BN CNN under plain SGD at LR 0.03 stopped after 4 epochs (not converged); 40 rows of the fields
set under AdamW (overfit, a gap) and 30 images of the tiles under Adam (a gap); the residual MLP
squeezed to one unit before its head (underfit); the scripts: Lightning's NaN on breast cancer
(Adamax) and stuck iris (Adagrad), Trainer's NaN on wine (Nesterov) and stuck moons (Adamax),
Keras' NaN on digits (Adagrad) and 16 rows of digits (Adamax, a gap), TensorBoard's NaN on iris
(Adamax) and 24 rows of digits (Adagrad, a gap), the loop's corrupt record on the sine (Adagrad)
and stuck breast cancer (Nesterov).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
the share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store; the numbers below are from that store.
No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2967 on the fields set, 0.2167
on the tiles, 0.2542 on the waveforms; on the scripts' validation splits 1/3 (iris), 0.3889
(wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles). Baselines (validation):
accuracy 0.5867 (fields set), 0.6375 (tiles), 0.7833 (waveforms); R2 0.7084 (yields).

Measured healthy ranges (runner): update ratio quarter means 1.2e-5 (the SiLU residual MLP on the
yields) to 0.0572 (the GRU with Adagrad), single steps at most 0.442 (the same GRU); the
``update_ratio_high`` runs reach quarter means of 0.37 (residual MLP) and 1.65 (the killed CNN),
with single steps up to 11.2 and 43; the ``update_ratio_low`` runs log quarter means of at most
1.7e-8 and 1.0e-9. Dead fraction 0 in every healthy ReLU, ELU and SiLU run (the shifted residual
MLP's three blocks 1.0, the killed CNN's second convolution up to 0.81 and first 0.25); saturated
fraction at most 0.185 (the GRU's candidate tanh under SGD with momentum 0.9; the residual MLPs'
tanh at most 0.048); the saturated GRU's 0.875 (gates) and 0.912 (candidate), the LR-1 residual
MLP's 0.937 and 0.917. Gradient norms at least 0.0052 (the BN CNN under Nesterov momentum) and at
most 20.8 (the ReLU residual MLP on the yields; at most 8.8 on the fields set), first norms at
least 0.008 (the BN CNN under Adagrad); the vanishing run's down to 3.6e-20, the exploding run's
1.1e5 to 6.5e5, the saturated GRU's up to 2.3e5, the slow start's first 1.8e-6. The step loss's
position in the epoch explains at most 54% of the within-epoch variance over the second half in
the healthy runner runs (the ReLU residual MLP on the fields set); the unshuffled run 99.5%. The
standard deviation of the step loss's step-to-step change over the second half is at most 1.32
times its mean in the healthy runner runs (the GRU under SGD with momentum 0.9) and 1.27 in the
healthy scripts (TensorBoard's breast cancer); the batch-1 run's is 3.02. Healthy scores:
accuracy 0.6867-0.7467 on the fields set (test 0.66-0.74, training 0.8478-0.9444), 0.7458-0.8208
on the tiles (test 0.725-0.7917), 0.95-0.9792 on the waveforms (test 0.9167-0.9583), R2 0.8563
and 0.8979 on the yields (test 0.8775 and 0.9083); scripts (validation): wine 1.0, 1.0 and
0.9722, breast cancer 0.9474 and 0.9561, circles 1.0 and 0.9923, digits 0.9694 and 0.9749, iris
0.9667 and 0.9667, moons 0.9531 and 0.9621. Every healthy run's validation loss is lowest at its
end but the ELU, SiLU and tanh residual MLPs on the fields set (epochs 29, 27 and 27 of 30, at
most 0.09% above it), the residual MLPs on the yields (epochs 16 and 19 of 20, 0.9% above), the
four CNNs (epoch 19 of 20, at most 0.12% above), Trainer's iris (epoch 14 of 15, 0.27%) and
Trainer's moons (epoch 19 of 20, 0.07%).

Changes after the first run: a first look at three healthy runs (waveforms with noise 0.7 and
gains of random sign, tiles with noise 0.45, fields scores with noise 0.3) gave accuracies of
0.36-0.40 (GRU, baseline 0.34), 0.62 (CNN) and 0.667 (residual MLP, still falling), so the
waveforms took noise 0.3 and positive gains, the tiles noise 0.3, the fields scores noise 0.15,
and the healthy runs 30 (fields), 20 (tiles, waveforms) epochs. The residual MLP of 8 blocks with
N(0, 1) init under Adagrad at LR 1e-9 logged gradient norms of 0.97 to 19.5 (healthy up to 8.8
then), not exploding, so that case became the runner's MLP (above). The GRU with N(0, 0.02) init
left ln 4 after 2 epochs (1.391, 1.375, 1.348), with N(0, 0.005) after 3, so N(0, 0.001) (4
epochs at ln 4). The GRU at batch 1 (RMSprop at LR 1e-3, 2 epochs) swung 0.88 times its mean,
inside the healthy runs' 1.32, so 600 rows at LR 3e-3 for 3 epochs (3.02). An added not-converged
CNN under plain SGD at LR 3e-3 fell only 0.9% in 5 epochs (not training), so LR 0.03 for 4 epochs.
Keras' 10 rows of wine reached 0.9722 (no gap), so 16 rows of digits. TensorBoard's 24 rows of
digits under Adagrad at LR 0.05 ended 5.4% above its epoch-2 validation loss, at LR 0.01 8.3%
above its epoch-4 minimum (kept, ``overfitting`` allowed). Healthy runs: the residual MLPs on the
yields (LR 2e-3, 15 epochs) ended 6.0% and 4.9% above their epoch-12 minima, so LR 1e-3 and 20
epochs, the ReLU one then 3.8% above its epoch-16 minimum, so batch 50 (0.9%); Trainer's iris
(Adagrad at LR 0.03) ended 20.8% above its epoch-7 minimum, so LR 0.01 and 15 epochs; Keras'
moons (Adagrad at 0.02) 22.7% above epoch 12, so 0.005; the loop's wine (Adagrad at 0.02) 13.4%
above epoch 6, at 0.005 1.4% above epoch 11, so 0.003; TensorBoard's breast cancer (Adagrad at
0.01) 11.6% above epoch 3, so 0.002 (each then lowest at or next to its end). Labels from the
metrics: the killed CNN's blow-up passed (its loss ends below its first step), so
``divergence`` is allowed there and the verdict is a training problem, and its update ratios are
far outside the healthy range (``update_ratio_high`` expected); the LR-1 residual MLP's tanh
units saturate (``saturated_activation`` expected) and the saturated GRU's gradients reach 2.3e5
(``exploding_gradients`` expected); the exploding run's loss of 7.5e5 makes it ``failed``; the
test predictions fall in one class in the exploding run (99.7%), the stuck CNN (92%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in the stuck GRU
(78%) and the unshuffled run (62.7%); the stuck CNN (0.2083 against 0.2167), the stuck GRU
(0.2083 against 0.2542), the vanishing run (0.2933 against 0.2967) and the 40-row overfit run
(0.3233 against 0.2967) score within 0.05 of the majority share (``at_chance`` expected), as do
Lightning's stuck iris (0.30), Trainer's stuck moons (0.5), Keras' NaN digits (0.1003),
TensorBoard's NaN iris (0.3333) and the loop's stuck breast cancer (0.6053 against 0.6316);
Lightning's NaN breast cancer (0.3684 against 0.6316), Trainer's NaN wine (0.3333 against 0.3889),
the exploding run (0.19 against 0.2967) and the saturated GRU (0.1917 against 0.2542) lie more than
0.05 below it (allowed); the vanishing run's epoch loss falls 5.1% to the class prior, so
``not_training`` is allowed there, not expected; the unshuffled run's validation loss improves only
0.3% in its last epoch, so ``not_converged`` is allowed there; the 30-image CNN's validation loss
ends 10.5% above its epoch-49 minimum while its training loss jumps about, and Keras' 16 rows of
digits only 4.6% above theirs, so ``overfitting`` is allowed there and ``generalisation_gap``
expected; the shifted residual MLP scores at the baseline with its training accuracy 0.60 and its
loss flat, so ``underfitting`` is expected beside ``dead_relu``.

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

_WAVES = ("sine", "square", "sawtooth", "bump")


def waveforms(n: int = 1200, steps: int = 16, features: int = 4, noise: float = 0.3,
              seed: int = 1960) -> dict[str, Any]:
    """A sequence set (a ``data.factory``): ``n`` sequences of ``steps`` steps of ``features``
    readings; class k is one waveform shape (a sine, a square wave, a sawtooth, a single bump)
    with a random period, phase and amplitude, carried by every reading with its own gain and
    Gaussian noise ``noise``; given flattened (``steps * features`` columns, step by step),
    as the runner takes tabular data, and read back as a sequence by :class:`GRUClassifier`."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps, dtype=float)
    x = np.empty((n, steps, features))
    for i, k in enumerate(y):
        period = rng.uniform(6.0, 12.0)
        phase = rng.uniform(0.0, 1.0)
        u = (t / period + phase) % 1.0
        if k == 0:
            wave = np.sin(2 * np.pi * u)
        elif k == 1:
            wave = np.where(u < 0.5, 1.0, -1.0)
        elif k == 2:
            wave = 2 * u - 1
        else:
            centre = rng.uniform(2.0, steps - 3.0)
            wave = 2.2 * np.exp(-0.5 * ((t - centre) / 1.5) ** 2) - 0.5
        amp = rng.uniform(0.6, 1.2)
        gains = rng.uniform(0.5, 1.0, features)
        x[i] = amp * wave[:, None] * gains[None, :] + rng.normal(0.0, noise, (steps, features))
    return {"x": x.reshape(n, steps * features).astype(np.float32), "y": y,
            "class_names": list(_WAVES)}


_TILES = (
    np.array([[1, 1, 1, 1, 1], [1, 0, 0, 0, 1], [1, 0, 0, 0, 1], [1, 0, 0, 0, 1],
              [1, 1, 1, 1, 1]], dtype=float),  # a frame
    np.array([[0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 1, 0, 0],
              [0, 0, 1, 0, 0]], dtype=float),  # a plus
    np.array([[1, 0, 0, 0, 1], [0, 1, 0, 1, 0], [0, 0, 1, 0, 0], [0, 1, 0, 1, 0],
              [1, 0, 0, 0, 1]], dtype=float),  # a cross
    np.array([[0, 0, 1, 0, 0], [0, 1, 0, 1, 0], [1, 0, 0, 0, 1], [0, 1, 0, 1, 0],
              [0, 0, 1, 0, 0]], dtype=float),  # a diamond
    np.array([[1, 1, 1, 1, 1], [0, 0, 0, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0],
              [1, 1, 1, 1, 1]], dtype=float),  # three bars
)


def tiles(n: int = 1200, size: int = 12, noise: float = 0.3, flip: float = 0.02,
          seed: int = 1961) -> tuple[Any, Any]:
    """A 12x12 single-channel image set (a ``data.factory``): one bright 5x5 shape (a frame, a
    plus, a cross, a diamond, three bars: 5 classes) at a random place in Gaussian noise; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images(_TILES, n, size, noise, flip, seed)


def _latent(rng: np.random.Generator, n: int) -> np.ndarray:
    return rng.normal(0.0, 1.0, (n, 6))


def fields5(n: int = 1500, extra: int = 10, seed: int = 1962) -> tuple[Any, Any]:
    """A tabular 5-class set (a ``data.factory``): the class is the largest of five smooth
    nonlinear scores of 6 latent readings (with a little noise); the 6 readings and ``extra``
    noise columns are returned, mixed by a fixed random rotation."""
    rng = np.random.default_rng(seed)
    z = _latent(rng, n)
    scores = np.column_stack([
        z[:, 0] + 0.5 * z[:, 1] ** 2,
        -z[:, 0] + np.sin(2 * z[:, 2]),
        z[:, 1] * z[:, 3],
        np.abs(z[:, 4]) - 0.3 * z[:, 5],
        0.8 * np.tanh(z[:, 5] + z[:, 2]) + 0.4,
    ]) + rng.normal(0.0, 0.15, (n, 5))
    y = scores.argmax(1)
    x = np.column_stack([z, rng.normal(0.0, 1.0, (n, extra))])
    q, _ = np.linalg.qr(rng.normal(0.0, 1.0, (x.shape[1], x.shape[1])))
    return (x @ q).astype(np.float32), y


def yields(n: int = 1400, scale: float = 1.0, offset: float = 0.0,
           seed: int = 1963) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): a target from 8 readings through products,
    a sine and a kink, with noise, times ``scale`` plus ``offset`` (left unscaled by dnnlab)."""
    rng = np.random.default_rng(seed)
    x = rng.uniform(-2.0, 2.0, (n, 8))
    target = (1.5 * x[:, 0] * x[:, 1] + 2.0 * np.sin(1.5 * x[:, 2]) + np.maximum(x[:, 3], 0)
              - 0.7 * x[:, 4] ** 2 + 0.5 * x[:, 5] + rng.normal(0.0, 0.5, n))
    return x.astype(np.float32), (scale * target + offset).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "elu": nn.ELU, "silu": nn.SiLU, "tanh": nn.Tanh,
         "sigmoid": nn.Sigmoid, "leaky_relu": nn.LeakyReLU}


class _Block(nn.Module):
    """x + act(bn(linear(x))), or without the skip."""

    def __init__(self, width: int, activation: str, shift: float, residual: bool) -> None:
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.bn = nn.BatchNorm1d(width)
        self.act = _ACTS[activation]()
        self.residual = residual
        if shift:
            nn.init.constant_(self.bn.bias, shift)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.act(self.bn(self.fc(x)))
        return x + out if self.residual else out


class ResBNMLP(nn.Module):
    """A residual MLP: a linear stem to ``width`` units, ``depth`` blocks of linear, batch
    normalisation and activation added to their input, an optional linear squeeze to
    ``bottleneck`` units, and a linear head. ``shift`` starts every block's normalisation
    shift there (a negative one keeps ReLU units off)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 48,
                 depth: int = 2, activation: str = "relu", bottleneck: int | None = None,
                 shift: float = 0.0, residual: bool = True) -> None:
        super().__init__()
        self.stem = nn.Linear(math.prod(input_shape), width)
        self.blocks = nn.Sequential(*[_Block(width, activation, shift, residual)
                                      for _ in range(depth)])
        self.squeeze = nn.Linear(width, bottleneck) if bottleneck else None
        self.head = nn.Linear(bottleneck or width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.blocks(self.stem(x.flatten(1)))
        if self.squeeze is not None:
            h = self.squeeze(h)
        return self.head(h)


class BNCNN(nn.Module):
    """Two 3x3 convolutions, each with batch normalisation and ReLU (a 2x2 max-pool between),
    global average pooling and a linear classifier."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 channels2: int = 16) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.bn1 = nn.BatchNorm2d(channels)
        self.act1 = nn.ReLU()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels, channels2, 3, padding=1)
        self.bn2 = nn.BatchNorm2d(channels2)
        self.act2 = nn.ReLU()
        self.gap = nn.AdaptiveAvgPool2d(1)
        self.head = nn.Linear(channels2, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.bn1(self.conv1(x))))
        h = self.act2(self.bn2(self.conv2(h)))
        return self.head(self.gap(h).flatten(1))


class GRUClassifier(nn.Module):
    """A one-layer GRU written out (input and recurrent projections as linear layers, the
    gates as sigmoid and tanh modules, so their saturation is seen), its last hidden state into
    a linear layer; the flattened input is read as a sequence of ``features`` readings."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, hidden: int = 24,
                 features: int = 4) -> None:
        super().__init__()
        self.hidden = hidden
        self.features = features
        self.inp = nn.Linear(features, 3 * hidden)
        self.rec = nn.Linear(hidden, 3 * hidden)
        self.gates = nn.Sigmoid()
        self.cand = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.reshape(x.shape[0], -1, self.features)
        xs = self.inp(x)
        h = x.new_zeros(x.shape[0], self.hidden)
        k = 2 * self.hidden
        for t in range(x.shape[1]):
            gi, gh = xs[:, t], self.rec(h)
            r, z = self.gates(gi[:, :k] + gh[:, :k]).chunk(2, dim=1)
            n = self.cand(gi[:, k:] + r * gh[:, k:])
            h = (1 - z) * n + z * h
        return self.head(h)


# ----------------------------------------------------------------------------- settings

HERE = "benchmarks.diagnosis_bank.heldout196"
WAVES = _factory(f"{HERE}:waveforms")
TILES = _factory(f"{HERE}:tiles")
FIELDS = _factory(f"{HERE}:fields5")
YIELDS = _factory(f"{HERE}:yields")
YIELDS_RAW = _factory(f"{HERE}:yields", scale=400.0, offset=3000.0)


def _res(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ResBNMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BNCNN", "args": args}


def _gru(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GRUClassifier", "args": args}


def _max(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _ada(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": True}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
COS = {"schedule": "cosine"}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h196_divergence_yields_raw_resmlp_sgd", "the yields regression left in the "
         "thousands, residual BN MLP (32 wide, 2 blocks), plain SGD at LR 0.05, batch 24",
         {"data": YIELDS_RAW, "model": _res(width=32, depth=2),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.0e7 at the first step and Inf at step 4, where "
                      "the run stops"),
         verdict="failed"),
    Case("h196_exploding_fields_mlp9x26_std1_adagrad", "the runner's MLP, 9 ReLU layers of 26 "
         "units with N(0, 1) init, on the fields set, Adagrad at LR 1e-9, batch 36",
         {"data": FIELDS, "model": {"hidden": [26] * 9, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "at_chance",
                "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 7.47e5 at every epoch; every gradient norm 1.1e5 to 6.5e5 "
                      "(healthy at most 20.8); quarter-mean update ratios at most 6.8e-11, a side "
                      "effect of the LR; the step loss's position explains 67% of its "
                      "within-epoch variance; accuracy 0.19, 0.107 below the majority share "
                      "(0.2967); 99.7% of the test predictions in one class"),
         verdict="failed"),
    Case("h196_dead_fields_resmlp_bnshift6_adam", "residual BN MLP (48 wide, 3 blocks) whose "
         "normalisation shifts start at -6 (every block's ReLU off), Adam at LR 1e-3, batch 32, "
         "15 epochs",
         {"data": FIELDS, "model": _res(width=48, depth=3, shift=-6.0),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("dead_relu", "underfitting"),
         allow=("not_converged", "noisy_loss", "overfitting", "vanishing_gradients",
                "update_ratio_low"),
         why_allowed=("every ReLU unit of the three blocks logged dead (healthy 0), so the net is "
                      "a linear map through its skips: accuracy 0.59 (training 0.60, test 0.5867) "
                      "at the baseline (0.5867), far below the healthy runs (0.6867 and up, "
                      "training 0.8478 and up); the epoch loss falls 0.26% in its last epoch and "
                      "the validation loss is flat (1.032); the dead blocks' normalisation layers "
                      "get gradient 0, so their update ratios are 0"),
         verdict=TP),
    Case("h196_dead_tiles_bncnn_rmsprop_lr03", "the BN CNN (8, 16 channels) on the tiles, plain "
         "RMSprop at LR 0.3, batch 27",
         {"data": TILES, "model": _cnn(channels=8, channels2=16),
          "optim": {"name": "rmsprop", "lr": 0.3},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "update_ratio_high"),
         allow=("exploding_gradients", "vanishing_gradients", "update_ratio_low", "not_training",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged", "overfitting",
                "divergence"),
         why_allowed=("up to 81% of the second block's channels (62.5% at the end) and 25% of the "
                      "first's logged dead (healthy 0); quarter-mean update ratios up to 1.65 and "
                      "single steps up to 43 (healthy 0.057 and 0.44); the step loss jumps to 87 "
                      "in epoch 1 (epoch loss 5.4) and ends at 0.82, below its first step, so the "
                      "blow-up passed; accuracy 0.4917 (test 0.4458), below the baseline "
                      "(0.6375), the loss still falling (1.09 to 1.036) with the validation loss "
                      "16% above its epoch-3 minimum; 42.5% of the test predictions in one class"),
         verdict=TP),
    Case("h196_update_ratio_high_fields_resmlp_adam_lr1", "residual BN MLP (40 wide, 2 "
         "blocks, tanh) on the fields set, Adam at LR 1, batch 30, 8 epochs",
         {"data": FIELDS, "model": _res(width=40, depth=2, activation="tanh"),
          "optim": {"name": "adam", "lr": 1.0},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "at_chance",
                "exploding_gradients", "unshuffled_data", "vanishing_gradients",
                "update_ratio_low"),
         why_allowed=("the batch normalisation does not hide the LR: quarter-mean update ratios "
                      "up to 0.37 and single steps up to 11.2 (healthy 0.057 and 0.44), 94% and "
                      "92% of the blocks' tanh outputs saturated (healthy at most 18.5%); the "
                      "head's logits blow up (epoch loss 79 falling to 31, step loss up to 151, "
                      "gradients up to 25 against a healthy 20.8); accuracy 0.3667 (test 0.3967), "
                      "0.07 above the majority share (0.2967) and below the baseline; the "
                      "validation loss 16% above its epoch-7 minimum"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h196_stuck_tiles_bncnn_sgd_lr1e7", "the BN CNN (10, 12 channels) on the tiles, plain "
         "SGD at LR 1e-7, batch 31, 4 epochs",
         {"data": TILES, "model": _cnn(channels=10, channels2=12),
          "optim": {"name": "sgd", "lr": 1e-7},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.69 at every epoch (the validation loss moves 1.2% only as "
                      "the normalisation's running statistics settle); quarter-mean update ratios "
                      "at most 1.7e-8 (healthy at least 1.2e-5); the step loss's position "
                      "explains 57% of its within-epoch variance; accuracy 0.2083 against a "
                      "majority share of 0.2167, 92% of the test predictions in one class"),
         verdict=TP),
    Case("h196_stuck_waves_gru_adagrad_lr1e9", "the GRU (20 units) on the waveforms, Adagrad "
         "at LR 1e-9, batch 28, 4 epochs",
         {"data": WAVES, "model": _gru(hidden=20),
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.402 at every epoch; quarter-mean update ratios at most "
                      "1.0e-9 (healthy at least 1.2e-5); the step loss's position explains 58% of "
                      "its within-epoch variance; accuracy 0.2083, 0.046 below the majority share "
                      "(0.2542); 78% of the test predictions in one class"),
         verdict=TP),
    Case("h196_vanishing_fields_mlp22_sigmoid_rmsprop", "the runner's MLP, 22 sigmoid layers "
         "of 10 units, on the fields set, plain RMSprop at LR 1e-3, batch 40, 4 epochs",
         {"data": FIELDS, "model": {"hidden": [10] * 22, "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "update_ratio_low", "unshuffled_data", "noisy_loss",
                "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients 3.6e-20 to 7.6e-20 (healthy at least 0.0052), "
                      "so their update ratios are 0; RMSprop moves the last layers and the output "
                      "bias, so the epoch loss falls 5.1% (1.598 to 1.516) to the class prior and "
                      "no further (not_training allowed, at the 5% line); the step loss's "
                      "position explains 61% of its within-epoch variance; accuracy 0.2933 at the "
                      "majority share (0.2967), every test prediction in one class"),
         verdict=TP),
    Case("h196_saturated_waves_gru_std4_sgd", "the GRU (24 units) with N(0, 4) init on the "
         "waveforms, plain SGD at LR 1e-3, batch 30, 6 epochs",
         {"data": WAVES, "model": {**_gru(hidden=24), "init": "normal", "init_std": 4.0},
          "optim": {"name": "sgd", "lr": 1e-3},
          "train": {"epochs": 6, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "exploding_gradients"),
         allow=("underfitting", "update_ratio_high", "noisy_loss", "unshuffled_data",
                "not_converged",
                "at_chance"),
         why_allowed=("87.5% of the gate and 91% of the candidate outputs saturated (healthy at "
                      "most 18.5%); the huge recurrent weights give gradient norms up to 2.3e5 "
                      "(healthy at most 20.8); quarter-mean update ratios up to 0.107 and single "
                      "steps 3.6 (healthy 0.057 and 0.44); the epoch loss 14.8 falling to 12.0, "
                      "far above ln 4, the validation loss 6.5% above its epoch-5 minimum; "
                      "accuracy 0.1917, 0.063 below the majority share (0.2542); 40% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h196_slow_start_waves_gru_std0001_momentum9", "the GRU (24 units) with N(0, 0.001) "
         "init on the waveforms, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 30 epochs",
         {"data": WAVES, "model": {**_gru(hidden=24), "init": "normal", "init_std": 0.001},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, **COS},
          "train": {"epochs": 30, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients",
                "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.392 to 1.385) for the first 4 epochs, the "
                      "validation loss at 1.386 for 3, then both fall (the validation loss lowest "
                      "at the end, 0.4211); the first gradient norms 1.8e-6 (healthy first norms "
                      "at least 0.008, every norm at least 0.0052); accuracy 0.8542 (test "
                      "0.8292), below the healthy GRUs (0.95 and up) but above the baseline "
                      "(0.7833)"),
         verdict=TP),
    Case("h196_unshuffled_fields_resmlp_adam", "the fields set sorted by label, never "
         "shuffled, residual BN MLP (48 wide, 2 blocks), Adam at LR 1e-3, batch 30, 8 epochs",
         {"data": {**FIELDS, "order": "by_label", "shuffle": False},
          "model": _res(width=48, depth=2),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "underfitting", "not_converged", "at_chance",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.5% of its within-epoch "
                      "variance (healthy runner runs at most 54%); each batch holds one class, so "
                      "the normalisation statistics differ between training and evaluation: "
                      "accuracy 0.40 (test 0.4233, training 0.4633), below the baseline (0.5867) "
                      "and 0.103 above the majority share; the epoch loss still falls (1.197 to "
                      "1.132) but the validation loss only 0.3% (1.397 to 1.393, lowest at the "
                      "end); 62.7% of the test predictions in one class"),
         verdict=TP),
    Case("h196_mse_fields_resmlp_adagrad", "the fields set trained with square error on the "
         "softmax, residual BN MLP (44 wide, 2 blocks, ELU), Adagrad at LR 0.05, batch 26, 12 "
         "epochs",
         {"data": FIELDS, "model": _res(width=44, depth=2, activation="elu"),
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 26}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "underfitting", "not_converged", "vanishing_gradients",
                "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 0.6867, test 0.7067, like the "
                      "healthy runs); gradients down to 0.0027 (healthy at least 0.0052); "
                      "quarter-mean update ratios up to 0.104 and single steps 0.58 (healthy "
                      "0.057 and 0.44); the validation loss 2.1% above its epoch-10 minimum at "
                      "the end"),
         verdict=TP),
    Case("h196_noisy_waves_subset600_gru_b1_rmsprop", "600 rows of the waveforms one sequence"
         " at a time (batch 1), plain RMSprop at LR 3e-3, the GRU (16 units), 3 epochs",
         {"data": {**WAVES, "subset": 600}, "model": _gru(hidden=16),
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "not_converged", "exploding_gradients",
                "vanishing_gradients"),
         why_allowed=("the step loss swings 3.02 times its mean (healthy runner runs at most "
                      "1.32, healthy scripts 1.27), single-sequence losses up to 4.6 from near 0; "
                      "gradients 0.0029 to 22 (healthy 0.0052 to 20.8); accuracy 0.95 (test "
                      "0.9792), like the healthy GRUs; the epoch loss still falls (0.34 to 0.17) "
                      "with the validation loss lowest at the end; over 3 epochs of 600 steps the "
                      "position share is 100% (one value a position)"),
         verdict=TP),
    Case("h196_not_converged_tiles_bncnn_sgd_lr003", "the BN CNN (6, 10 channels) on the "
         "tiles, plain SGD at LR 0.03, batch 30, 4 epochs",
         {"data": TILES, "model": _cnn(channels=6, channels2=10),
          "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 4, "batch_size": 30}},
         expect=("not_converged",),
         allow=("underfitting", "noisy_loss", "slow_start", "update_ratio_low", "unshuffled_data"),
         why_allowed=("the epoch loss falls 2.3% in its last epoch (1.537 to 1.502) and the "
                      "validation loss 2.6% (1.517 to 1.478, lowest at the end), so more epochs "
                      "would help; accuracy 0.4708 (test 0.5), below the baseline (0.6375) and "
                      "the healthy CNNs (0.7458 and up) while it still learns; the falling loss "
                      "makes the step loss's position explain 74% of its within-epoch variance "
                      "(healthy at most 54%)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h196_overfit_fields_subset40_resmlp_adamw", "40 rows of the fields set, residual BN "
         "MLP (128 wide, 2 blocks), AdamW at LR 1e-3, 150 epochs, batch 4",
         {"data": {**FIELDS, "subset": 40},
          "model": _res(width=128, depth=2),
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less than every row: accuracy 0.3233 (test 0.38, training "
                      "1.0; the healthy runs 0.6867 and up), within 0.05 of the majority share "
                      "(0.2967); the validation loss lowest at epoch 2 of 150 (1.454), 2.7 times "
                      "it at the end (3.957); the step loss near 0 swings 2.72 times its mean; "
                      "gradients down to 3.9e-4"),
         verdict=GP),
    Case("h196_gap_tiles_subset30_bncnn_adam", "30 images of the tiles, the BN CNN (12, 20 "
         "channels), Adam at LR 3e-3, 100 epochs, batch 5",
         {"data": {**TILES, "subset": 30}, "model": _cnn(channels=12, channels2=20),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 5}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting"),
         why_allowed=("30 images teach less: accuracy 0.6417 (test 0.5875, training 1.0; the "
                      "healthy CNNs 0.7458 and up); the validation loss lowest at epoch 49 of 100 "
                      "and 10.5% above it at the end while the training loss itself jumps about "
                      "(0.058 to 0.136 between epochs), so overfitting is not clear; the step "
                      "loss swings 1.11 times its mean"),
         verdict=GP),
    Case("h196_underfit_fields_resmlp_bottleneck1", "residual BN MLP (48 wide, 2 blocks) "
         "squeezed to 1 unit before its head, Adam at LR 1e-3, batch 32, 15 epochs",
         {"data": FIELDS, "model": _res(width=48, depth=2, bottleneck=1),
          "optim": {"name": "adam", "lr": 1e-3, **COS},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one unit before the head cannot hold five classes: training accuracy "
                      "0.5989 (healthy 0.8478 and up), accuracy 0.4767 (test 0.5533), below the "
                      "baseline (0.5867); the epoch loss falls 0.5% in its last epoch, the "
                      "validation loss (lowest at the end) 1.1%"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h196_lightning_breast_cancer_adamax_lr1e20_nan", "Lightning: breast cancer, Adamax "
         "at LR 1e20, 1230 units, batch 23, 3 epochs",
         script=lightning_run(_max("breast_cancer", hidden=(1230,), lr=1e20, epochs=3,
                                   batch_size=23)),
         tool="lightning", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"),
         verdict="failed"),
    Case("h196_lightning_iris_adagrad_lr1e10_stuck", "Lightning: iris, Adagrad at LR 1e-10, "
         "1231 units, batch 9, 3 epochs",
         script=lightning_run(_ada("iris", hidden=(1231,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.117 at every epoch; accuracy 0.30 (training 0.3556) at "
                      "its initial weights, within 0.05 of 1/3"),
         verdict=TP),
    Case("h196_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.95 at LR 1e20 (decaying linearly), 1232 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nes("wine", hidden=(1232,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share (0.3889)"),
         verdict="failed"),
    Case("h196_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (600 "
         "points, noise 0.25), Adamax at LR 1e-10 (decaying linearly), 1233 units, batch 17, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_max("moons", hidden=(1233,), lr=1e-10, epochs=3, batch_size=17,
                                    n=600, noise=0.25), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.7468 at every evaluation; accuracy 0.5, the majority "
                      "share, at its initial weights"),
         verdict=TP),
    Case("h196_keras_digits_adagrad_lr1e20_nan", "Keras names: digits, Adagrad at LR 1e20, "
         "1234 units, batch 27, 3 epochs",
         script=keras_run(_ada("digits", hidden=(1234,), lr=1e20, epochs=3, batch_size=27)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h196_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 1235 "
         "units, Adamax at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_max("digits", hidden=(1235,), lr=3e-3, epochs=150, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 15 of 150 and "
                      "only 4.6% above it at the end while the training loss falls to 7e-4, so "
                      "overfitting is not clear"),
         verdict=GP),
    Case("h196_tensorboard_iris_adamax_lr1e20_nan", "TensorBoard tags: iris, Adamax at LR "
         "1e20, 1236 units, batch 8, 3 epochs",
         script=tensorboard_run(_max("iris", hidden=(1236,), lr=1e20, epochs=3, batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"),
         verdict="failed"),
    Case("h196_tensorboard_digits_subset24_adagrad_gap", "TensorBoard tags: 24 rows of digits, "
         "1237 units, Adagrad at LR 0.01, 150 epochs, batch 3",
         script=tensorboard_run(_ada("digits", hidden=(1237,), lr=0.01, epochs=150,
                                     batch_size=3, subset=24)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("24 rows teach less (validation accuracy 0.6017, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 4 of 150 "
                      "(1.683) and 8.3% above it at the end (1.824), so overfitting is not clear"),
         verdict=GP),
    Case("h196_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.15 (620 points), Adagrad at LR 0.01, 1238 units, batch 19, a corrupt record (x"
         " = 1e30) at step 11 makes the loss Inf",
         script=plain_run(_ada("sine", hidden=(1238,), lr=0.01, epochs=3, batch_size=19,
                               n=620, noise=0.15), corrupt_step=11),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=11),
    Case("h196_plain_breast_cancer_nesterov_lr1e10_stuck", "hand-written loop: breast cancer, "
         "SGD with Nesterov momentum 0.95 at LR 1e-10, 1239 units, batch 21, 4 epochs",
         script=plain_run(_nes("breast_cancer", hidden=(1239,), lr=1e-10, epochs=4,
                               batch_size=21)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.6584 at every epoch; accuracy 0.6053, within 0.05 of "
                      "the majority share (0.6316)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy196_fields_resmlp_relu_adam_b32",
       {"data": FIELDS, "model": _res(width=48, depth=2),
        "optim": {"name": "adam", "lr": 1e-3, **COS}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy196_fields_resmlp_elu_adamw_b28",
       {"data": FIELDS, "model": _res(width=56, depth=2, activation="elu"),
        "optim": {"name": "adamw", "lr": 1e-3, **COS},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy196_fields_resmlp_silu_rmsprop_b30",
       {"data": FIELDS, "model": _res(width=40, depth=3, activation="silu"),
        "optim": {"name": "rmsprop", "lr": 5e-4, **COS},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy196_fields_resmlp_tanh_momentum9_b26",
       {"data": FIELDS, "model": _res(width=52, depth=2, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, **COS},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy196_yields_resmlp_relu_adam_b50",
       {"data": YIELDS, "model": _res(width=48, depth=2),
        "optim": {"name": "adam", "lr": 1e-3, **COS}, "train": {"epochs": 20, "batch_size": 50}}),
    _h("healthy196_yields_resmlp_silu_adamw_b29",
       {"data": YIELDS, "model": _res(width=40, depth=3, activation="silu"),
        "optim": {"name": "adamw", "lr": 1e-3, **COS},
        "train": {"epochs": 20, "batch_size": 29}}),
    _h("healthy196_tiles_bncnn_adam_b32",
       {"data": TILES, "model": _cnn(channels=8, channels2=16),
        "optim": {"name": "adam", "lr": 3e-3, **COS}, "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy196_tiles_bncnn_nesterov9_b28",
       {"data": TILES, "model": _cnn(channels=10, channels2=14),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, **COS},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy196_tiles_bncnn_rmsprop_b30",
       {"data": TILES, "model": _cnn(channels=9, channels2=18),
        "optim": {"name": "rmsprop", "lr": 1e-3, **COS},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy196_tiles_bncnn_adagrad_b26",
       {"data": TILES, "model": _cnn(channels=8, channels2=12),
        "optim": {"name": "adagrad", "lr": 0.03, **COS},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy196_waves_gru_adam_b32",
       {"data": WAVES, "model": _gru(hidden=24),
        "optim": {"name": "adam", "lr": 3e-3, **COS}, "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy196_waves_gru_rmsprop_b30",
       {"data": WAVES, "model": _gru(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, **COS},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy196_waves_gru_adamw_b27",
       {"data": WAVES, "model": _gru(hidden=28),
        "optim": {"name": "adamw", "lr": 3e-3, **COS},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy196_waves_gru_momentum9_b25",
       {"data": WAVES, "model": _gru(hidden=22),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, **COS},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy196_waves_gru_adagrad_b33",
       {"data": WAVES, "model": _gru(hidden=26),
        "optim": {"name": "adagrad", "lr": 0.05, **COS},
        "train": {"epochs": 20, "batch_size": 33}}),
    _hs("healthy196_tensorboard_wine_adamax",
        tensorboard_run(_max("wine", hidden=(1230,), lr=2e-3, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy196_tensorboard_circles_nesterov",
        tensorboard_run(_nes("circles", hidden=(1231,), lr=0.005, epochs=15, batch_size=19,
                             n=610, noise=0.1)), "tensorboard"),
    _hs("healthy196_tensorboard_breast_cancer_adagrad",
        tensorboard_run(_ada("breast_cancer", hidden=(1232,), lr=0.002, epochs=12,
                             batch_size=22)), "tensorboard"),
    _hs("healthy196_hf_trainer_digits_adamax",
        hf_trainer_run(_max("digits", hidden=(1233,), lr=1e-3, epochs=10, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy196_hf_trainer_iris_adagrad",
        hf_trainer_run(_ada("iris", hidden=(1234,), lr=0.01, epochs=15, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy196_hf_trainer_moons_nesterov",
        hf_trainer_run(_nes("moons", hidden=(1235,), lr=0.005, epochs=20, batch_size=20,
                            n=640, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy196_keras_breast_cancer_adamax",
        keras_run(_max("breast_cancer", hidden=(1236,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy196_keras_wine_nesterov",
        keras_run(_nes("wine", hidden=(1237,), lr=0.002, epochs=15, batch_size=11)), "keras"),
    _hs("healthy196_keras_moons_adagrad",
        keras_run(_ada("moons", hidden=(1238,), lr=0.005, epochs=15, batch_size=19, n=660,
                       noise=0.2)), "keras"),
    _hs("healthy196_lightning_digits_adagrad",
        lightning_run(_ada("digits", hidden=(1239,), lr=0.02, epochs=10, batch_size=25)),
        "lightning"),
    _hs("healthy196_lightning_iris_adamax",
        lightning_run(_max("iris", hidden=(1230,), lr=2e-3, epochs=20, batch_size=10)),
        "lightning"),
    _hs("healthy196_plain_circles_adamax",
        plain_run(_max("circles", hidden=(1233,), lr=2e-3, epochs=15, batch_size=18, n=650,
                       noise=0.1)), "pytorch"),
    _hs("healthy196_plain_wine_adagrad",
        plain_run(_ada("wine", hidden=(1236,), lr=0.003, epochs=15, batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
