"""The two-hundred-and-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout204`, :mod:`.heldout206`, :mod:`.heldout207` (not looked
at), after the measurement of :mod:`.heldout200` to :mod:`.heldout203`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`DenseNetCNN` (a 3x3 stem
convolution, a dense block whose layers, activation then 3x3 convolution, each read the
concatenation of the stem's and every earlier layer's output, a transition of activation, 1x1
convolution and 2x2 average pooling, then a dense layer and a linear head), :class:`RBFNet`
(Gaussian radial basis units with learnable centres and widths, optionally an MLP on top whose
pre-activations can be shifted, a linear head) and :class:`ReluRNN` (a linear input projection and a
stacked ``torch.nn.RNN`` with the ReLU nonlinearity reading the flattened sequence, a linear head on
the top layer's last hidden state); every fault code could be produced with these three models, no
case fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`badges`, 4000 12x12 single-channel images of a 5x5 plus, saltire, hollow
square or pair of bars at a random place in noise 0.45, 2% random labels (4 classes; seed 2050);
:func:`pulses`, 1500 series of 12 steps in noise 0.5 holding 1, 2 or 3 pulses of height about 3,
each up or down at random, the class their number (3 classes, given flattened and read back as a
sequence by the RNN; seed 2051); :func:`shells`, a tabular 3-class set of 6 readings whose class is
the shell (radius below 1.2, to 1.9, beyond) of the first three, 3% random labels (1400 rows; seed
2052); :func:`yields`, a tabular regression of 4 readings, three Gaussian bumps plus noise 0.25
(1200 rows; seed 2053; times 300 plus 4000 with seed 2054 for the divergence). Script cases use
Adamax with betas (0.85, 0.995), Adagrad with an initial accumulator value of 0.1 and SGD with
Nesterov momentum 0.75 (settings no script of :mod:`.heldout198` to :mod:`.heldout203` uses) on
wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a hidden
width of 1320 to 1329. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step (every 8 epochs
by half) and exponential (0.92). The faults, each through what its model has: divergence under plain
SGD in an RBF net with a ReLU layer on the unscaled yields; exploding gradients in the DenseNet with
N(0, 1) init (the concatenations pass every layer's blown-up output on) under SGD with momentum 0.5
at LR 1e-10; the DenseNet's channels and dense units killed by plain RMSprop at LR 0.1, and an RBF
net's two ReLU layers shifted by -10 so they never fire (Adam); a high update ratio from Adagrad at
LR 2 in an RBF net with a tanh layer; tiny learning rates in the DenseNet (plain SGD at 1e-9) and
the RNN (plain RMSprop at 1e-10); vanishing gradients through 16 sigmoid layers on top of the RBF
units under SGD with momentum 0.9; two tanh layers on the RBF units with N(0, 3) init under plain
RMSprop at LR 1e-5 (saturated); the DenseNet with N(0, 0.05) init under momentum 0.9 (a slow start);
the shells sorted by label and never shuffled (an RBF net with a SiLU layer, plain RMSprop); square
error on the RNN's softmax under Adam; the shells one row at a time under Adam (an RBF net with a
leaky-ReLU layer); the RNN stopped after 6 epochs under Adam at a constant LR (not converged); 40
rows of the shells under AdamW (96 centres, a tanh layer of 128; overfit, a gap) and 80 images under
Adam (the DenseNet, overfit, a gap); a one-layer RNN of 3 units (underfitting); the scripts:
Lightning's NaN on digits (Nesterov) and stuck circles (Adamax), Trainer's NaN on wine (Adagrad) and
stuck iris (Nesterov), Keras' NaN on moons (Adamax) and 16 rows of digits (Adagrad, a gap),
TensorBoard's NaN on breast cancer (Nesterov) and 8 rows of circles (Adamax, overfit, a gap), the
loop's corrupt record on the sine (Adagrad) and stuck digits (Adamax).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the cases left unchanged gave the same numbers); the
numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.3821 on the shells, 0.2625 on the badges, 0.3567 on
the pulses; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6393 (shells), 0.37
(badges), 0.3933 (pulses); R2 0.8575 (yields), 0.8282 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 1.0e-4 (the RNNs under Adam and AdamW)
to 0.084 (the RBF net under Adagrad on the shells), single steps at most 3.57 (the same run); the
``update_ratio_high`` run reaches quarter means of 0.47 with single steps up to 27.7; the
``update_ratio_low`` runs log quarter means of at most 1.8e-11 and 5.9e-10. Dead fraction at most
42% (the leaky-ReLU layer on the RBF units under AdamW; 22% in the SiLU layer on the yields) and
12.5% in the healthy DenseNets' dense layer (at most 3.8% in their transition, 0 in the dense
block); the shifted RBF layers 1.0, the killed DenseNet's dense units 0.91, transition 0.54 and last
block layer 0.40, the 80-image DenseNet's dense units 0.66, the slow start's 0.22, the batch-1 run's
leaky units 0.29. Saturated fraction 0 in the healthy tanh layer on the RBF units; the saturated
run's 0.77 and 0.89, the update-ratio run's 1.0. Gradient norms at least 0.0024 (the three-layer
RNN) and at most 6.6 (the ELU DenseNet), first norms at least 0.0109 (the RNN under RMSprop); the
vanishing run's down to 8.8e-16, the exploding run's 1918 to 1.13e4, the saturated run's up to 18.2,
the slow start's first 8.8e-4 to 7e-3. The step loss's position in the epoch explains at most 31% of
the within-epoch variance over the second half in the healthy runner runs (the Nesterov DenseNet);
the unshuffled run 99.9%. The standard deviation of the step loss's step-to-step change over the
second half is at most 0.87 times its mean in the healthy runner runs (the Nesterov DenseNet) and
0.90 in the healthy scripts (Lightning's digits); the batch-1 run's is 2.35. Healthy scores
(validation): shells 0.8393-0.8964 (test 0.8464-0.9036), badges 0.8313-0.9175 (test 0.8438-0.9175),
pulses 0.85-0.9433 (test 0.83-0.9467), yields R2 0.9357 and 0.8949; scripts: digits 0.9749 and
0.9638, wine 1.0 and 0.9722, breast cancer 0.9474, 0.9561 and 0.9386, moons 0.9609, 0.9545 and
0.9444, iris 0.9667 and 0.9667, circles 1.0. Every healthy run's validation loss is lowest at its
end but the RBF net under Adam on the yields (epoch 20 of 25, 0.22% above it), the three-layer RNN
(epoch 19 of 20, 0.65% above it), the RNN under RMSprop (epoch 19 of 20, 0.26% above it) and
Trainer's iris (epoch 19 of 20, 0.32% above it). The ELU DenseNet (0.8313) is the weakest healthy
run on the badges, far above the baseline (0.37) and lowest at its end.

Changes after the first run: the first image set (3000 10x10 images of the same glyphs) gave the
k-nearest-neighbour baseline 0.83 to 0.98 (noise 0.45 to 0.3) against a healthy DenseNet of 0.83 to
0.97, so the images became 4000 12x12 ones (baseline 0.37). The first sequences (900 noisy waves of
20 steps whose class was one of 3 frequencies) gave a baseline of 1.0, and the ReLU RNN under Adam
did not learn them (0.30, its validation loss 1.52 times its epoch-6 minimum), so they became
:func:`pulses`. The first RBF units (32 centres of width 1.5) reached 0.78 on the shells, so the
default became 64 centres of width 2. The first yields (6 readings with a product and a linear term)
left the healthy RBF nets below the baseline (R2 0.6962 and 0.5939 against 0.7402), so they became
three bumps in 4 readings. The healthy ReLU layer on the RBF units under AdamW had 54% of its units
dead, so it became leaky ReLU; the healthy Adagrad RBF net at LR 0.1 (exponential 0.9) reached
0.7536, so LR 0.3 (exponential 0.92); the healthy Nesterov DenseNet (LR 0.02, default init) sat at
ln 4 for two epochs with 67% of its dense units dead, so it took Kaiming-normal init, which ended
11% above its epoch-5 validation minimum after 10 epochs, so 5 epochs; the ELU DenseNet (stem 6,
growth 4) took the default widths (0.8313 either way); TensorBoard's moons (Adamax at LR 2e-3) ended
2.3% above its epoch-14 minimum, so LR 1e-3. The saturated run at LR 1e-4 lowered its loss 13%
(17.66 to 15.39), so LR 1e-5 (1.3%); the slow start with N(0, 0.03) init never left ln 4 in 10
epochs, so N(0, 0.05) and 12 epochs; the unshuffled run at LR 1e-4 lowered its loss 1.2%, so LR
1e-3; the batch-1 runs first tried (a ReLU layer on the RBF units under Adagrad for 2 epochs, the
DenseNet on 1000 images under Adam) swung 0.82 and 0.96 times their mean, inside the healthy runs,
so the leaky-ReLU RBF net under Adam for 5 epochs (2.35); the RNN stopped at 4 epochs had 90% of its
test predictions in one class, so 6 epochs; 30 images left the DenseNet at the majority share
(0.2812), so 80 images for 60 epochs; the one-unit RNN never learned (epoch loss 1.102 to 1.098,
every prediction in one class), so one layer of 3 units; Keras' 16 rows of digits at Adagrad LR 0.01
ended only 1.11 times their epoch-5 validation minimum, so LR 0.05 (still only 1.056, relabelled:
``overfitting`` allowed, not expected).

Labels from the metrics: the killed DenseNet's blow-up passed (its loss ends at 1.612, the
validation loss 1.481), so ``divergence`` is allowed there and the verdict is a training problem;
the exploding run's loss is 8874 at every epoch, far above ln 4 from its first step, and its verdict
is a failure; the test predictions fall in one class in the shifted RBF net, the update-ratio run,
both tiny-LR runs, the vanishing run and the unshuffled run (100% each), so
``predictions_collapsed`` is expected there, allowed in the killed DenseNet (65%), the saturated run
(68%) and the stopped RNN (73%), neither in the exploding run (36%), the three-unit RNN (50%) or the
batch-1 run (45%); the exploding run (0.2575), the killed DenseNet (0.23), the stuck DenseNet
(0.2412), the stuck RNN (0.36), the shifted RBF net, the vanishing and the unshuffled runs (0.3821
each) score within 0.05 of the majority share (``at_chance`` expected), the update-ratio run
(0.3214) and the saturated run (0.2893) fall far below it and the 80-image DenseNet (0.3538) 0.091
above it (allowed); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5) and the loop's stuck
digits (0.117) expect ``at_chance``, Trainer's NaN wine (0.3333), TensorBoard's NaN breast cancer
(0.3684), Lightning's stuck circles (0.4219), Trainer's stuck iris (0.1667) and TensorBoard's 8 rows
of circles (0.5769) allow it; the shifted RBF net's epoch loss falls 1.9%, the saturated run's 1.3%
(``not_training`` expected), the unshuffled run's 3.1% while still falling with the validation loss
lowest at the end (``not_training`` and ``not_converged`` allowed); the batch-1 run ends 8.5% above
its epoch-4 validation minimum (``overfitting`` and ``not_converged`` allowed, neither expected);
the overfit runs' validation losses end 2.46 (40 rows), 4.05 (80 images) and 4.34 (TensorBoard's 8
rows) times their early minima, so ``overfitting`` is expected beside ``generalisation_gap``, Keras'
16 rows 1.056 times (a gap only); the update-ratio run's tanh units all saturate
(``saturated_activation`` expected); the slow start sat at ln 4 for 3 epochs, so ``slow_start`` is
expected.

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


def _glyphs() -> tuple[np.ndarray, ...]:
    """Four 5x5 glyphs: a plus, a saltire (X), a hollow square and two bars (=)."""
    plus = np.zeros((5, 5))
    plus[2, :] = plus[:, 2] = 1.0
    saltire = np.eye(5) + np.fliplr(np.eye(5))
    saltire[2, 2] = 1.0
    ring = np.ones((5, 5))
    ring[1:4, 1:4] = 0.0
    bars = np.zeros((5, 5))
    bars[1, :] = bars[3, :] = 1.0
    return plus, saltire, ring, bars


def badges(n: int = 4000, noise: float = 0.45, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 glyph each at a random
    place (4 classes: a plus, a saltire, a hollow square, two bars) in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images(_glyphs(), n, 12, noise, flip, seed)


def pulses(n: int = 1500, steps: int = 12, height: float = 3.0, noise: float = 0.5,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` series of ``steps`` steps in 1 reading, Gaussian
    noise of ``noise`` with 1, 2 or 3 pulses of ``height`` (times 0.8 to 1.2, each up or down at
    random) at random steps; the class is the number of pulses less one (3 classes). Given
    flattened (``steps`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    x = rng.normal(0.0, noise, (n, steps))
    for i, label in enumerate(y):
        pos = rng.choice(steps, int(label) + 1, replace=False)
        x[i, pos] += height * rng.choice([-1.0, 1.0], len(pos)) * rng.uniform(0.8, 1.2, len(pos))
    return x.astype(np.float32), y


def shells(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 6 readings; the class is the shell the first
    three readings' distance from the origin falls in (below 1.2, 1.2 to 1.9, above 1.9);
    readings 3 to 5 are noise; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 6))
    r = np.sqrt((x[:, :3] ** 2).sum(1))
    y = (r > 1.2).astype(int) + (r > 1.9).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 4 readings, the target three Gaussian bumps
    (heights 4, -3 and 2, widths 1, 0.87 and 0.71, at fixed points) plus noise 0.25, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 4))
    a = np.array([0.8, -0.5, 0.6, 0.0])
    b = np.array([-0.7, 0.6, -0.4, 0.5])
    c = np.array([0.0, 0.9, 0.5, -0.9])
    y = (4.0 * np.exp(-((x - a) ** 2).sum(1) / 2.0) - 3.0 * np.exp(-((x - b) ** 2).sum(1) / 1.5)
         + 2.0 * np.exp(-((x - c) ** 2).sum(1)) + rng.normal(0.0, 0.25, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _DenseLayer(nn.Module):
    """Activation, then a 3x3 convolution to ``growth`` new channels (pre-activation order)."""

    def __init__(self, n_in: int, growth: int, activation: str) -> None:
        super().__init__()
        self.act = _ACTS[activation]()
        self.conv = nn.Conv2d(n_in, growth, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.conv(self.act(x))


class DenseNetCNN(nn.Module):
    """A DenseNet-style CNN: a 3x3 stem convolution, a dense block of ``layers`` layers each of
    which reads the concatenation of the stem's and every earlier layer's output, a transition
    (activation, 1x1 convolution to ``transition`` channels, 2x2 average pooling), and a dense
    layer and a linear head over the flattened map."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 8,
                 growth: int = 6, layers: int = 3, transition: int = 12, dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, stem, 3, padding=1)
        self.block = nn.ModuleList(_DenseLayer(stem + i * growth, growth, activation)
                                   for i in range(layers))
        self.trans_act = _ACTS[activation]()
        self.trans = nn.Conv2d(stem + layers * growth, transition, 1)
        self.pool = nn.AvgPool2d(2)
        self.fc = nn.Linear(transition * (h // 2) * (w // 2), dense)
        self.fc_act = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        feats = [self.stem(x)]
        for layer in self.block:
            feats.append(layer(torch.cat(feats, 1)))
        h = self.pool(self.trans(self.trans_act(torch.cat(feats, 1))))
        return self.head(self.fc_act(self.fc(h.flatten(1))))


class _Gaussian(nn.Module):
    """Radial basis units: exp(-|x - c|^2 / (2 s^2)) for learnable centres c and widths s."""

    def __init__(self, n_in: int, centres: int, width: float, spread: float) -> None:
        super().__init__()
        self.centres = nn.Parameter(spread * torch.randn(centres, n_in))
        self.log_width = nn.Parameter(torch.full((centres,), float(np.log(width))))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        d2 = ((x[:, None, :] - self.centres[None]) ** 2).sum(-1)
        return torch.exp(-d2 / (2 * torch.exp(2 * self.log_width)))


class RBFNet(nn.Module):
    """A radial-basis-function network: ``centres`` Gaussian units with learnable centres
    (drawn N(0, ``spread``)) and widths (starting at ``width``), then optionally an MLP of
    ``hidden`` widths (linear, activation; the pre-activations shifted by ``bias_shift``), then
    a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, centres: int = 64,
                 width: float = 2.0, spread: float = 1.0, hidden: tuple[int, ...] = (),
                 activation: str = "relu", bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.rbf = _Gaussian(n_in, centres, width, spread)
        self.lins = nn.ModuleList()
        self.acts = nn.ModuleList()
        prev = centres
        for h in hidden:
            self.lins.append(nn.Linear(prev, h))
            self.acts.append(_ACTS[activation]())
            prev = h
        self.bias_shift = bias_shift
        self.head = nn.Linear(prev, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.rbf(x.flatten(1))
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        return self.head(h)


class ReluRNN(nn.Module):
    """A stacked ``torch.nn.RNN`` with the ReLU nonlinearity: a linear input projection of
    ``features`` readings a step to ``hidden`` units, ``layers`` recurrent layers reading the
    flattened sequence, and a linear head on the top layer's last hidden state."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 1,
                 hidden: int = 16, layers: int = 2) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.proj = nn.Linear(features, hidden)
        self.rnn = nn.RNN(hidden, hidden, num_layers=layers, nonlinearity="relu",
                          batch_first=True)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = self.proj(x.reshape(x.shape[0], self.steps, self.features))
        out, _ = self.rnn(seq)
        return self.head(out[:, -1])


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout205"
BD = _factory(f"{HERE}:badges", seed=2050)
PU = _factory(f"{HERE}:pulses", seed=2051)
SH = _factory(f"{HERE}:shells", seed=2052)
YD = _factory(f"{HERE}:yields", seed=2053)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2054)


def _dn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DenseNetCNN", "args": args}


def _rbf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RBFNet", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ReluRNN", "args": args}


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.995)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.995)}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator value of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.75."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "nesterov": True}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

W = "WHY"

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h205_divergence_yields_raw_rbf_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the RBF net of 24 centres with a ReLU layer of 24, plain SGD at LR "
         "0.01, batch 24",
         {"data": YD_RAW, "model": _rbf(centres=24, hidden=[24]),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.7e7 at the first step, 1.4e15 at the third and NaN at the "
                      "fourth, where the run stops"),
         verdict="failed"),
    Case("h205_exploding_badges_densenet_std1_momentum", "the DenseNet CNN with N(0, 1) init "
         "on the badges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": BD, "model": {**_dn(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 8874 to 8871, far above ln 4 from the first step; every "
                      "gradient norm 1918 to 1.13e4 (healthy at most 6.6); quarter-mean update "
                      "ratios up to 9.4e-8, a side effect of the LR; up to 3% of the dense units "
                      "logged dead; accuracy 0.2575 against a majority share of 0.2625; 36% of the "
                      "test predictions in one class"),
         verdict="failed"),
    Case("h205_dead_relu_badges_densenet_rmsprop_lr01", "the DenseNet CNN on the badges, plain "
         "RMSprop at LR 0.1, batch 28",
         {"data": BD, "model": _dn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "predictions_collapsed",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 2.6e6 in epoch 1 (epoch loss 3.6e4), then "
                      "falls to 4.91 and 1.612 (the validation loss 1.481), so the blow-up passed; "
                      "gradient norms 0 to 1.9e6 and single update ratios up to 30 (healthy at "
                      "most 3.6); 91% of the dense units, 54% of the transition's and 40% of the "
                      "last block layer's channels logged dead (the healthy DenseNets' at most "
                      "12.5%, 3.8% and 0); accuracy 0.23 against a majority share of 0.2625; 65% "
                      "of the test predictions in one class"),
         verdict=TP),
    Case("h205_dead_relu_shells_rbf_shift10_adam", "the RBF net of 64 centres with two ReLU "
         "layers of 24 whose pre-activations are shifted by -10, so they never fire, Adam at LR "
         "2e-3, batch 25, 10 epochs",
         {"data": SH, "model": _rbf(hidden=[24, 24], bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "vanishing_gradients", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of both ReLU layers logged dead (healthy at most 42%); the "
                      "linear layers' gradient norms and update ratios 0, only the head's bias "
                      "learns: the epoch loss 1.115 to 1.094 (1.9% lower), accuracy 0.3821 at the "
                      "majority share (0.3821), every test prediction in one class"),
         verdict=TP),
    Case("h205_update_ratio_high_shells_rbf_tanh_adagrad", "the RBF net of 64 centres with a "
         "tanh layer of 32 on the shells, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SH, "model": _rbf(hidden=[32], activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "at_chance"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.47, single "
                      "steps up to 27.7; healthy at most 0.084 and 3.6), and every tanh unit "
                      "saturates (healthy 0): the epoch loss starts at 13.65 and falls to 2.43, "
                      "the validation loss ends 1.17 times its epoch-5 minimum; accuracy 0.3214 "
                      "(training 0.3226), 0.061 below the majority share; every test prediction in "
                      "one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h205_update_ratio_low_badges_densenet_sgd_lr1e9", "the DenseNet CNN on the badges, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": BD, "model": _dn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.39 at every epoch; quarter-mean update ratios at most "
                      "1.8e-11 (healthy at least 1.0e-4); accuracy 0.2412 against a majority share "
                      "of 0.2625; every test prediction in one class"),
         verdict=TP),
    Case("h205_update_ratio_low_pulses_rnn_rmsprop_lr1e10", "the stacked ReLU RNN of 16 on the "
         "pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.095 at every epoch; quarter-mean update ratios at most "
                      "5.9e-10 (healthy at least 1.0e-4); accuracy 0.36 at the majority share "
                      "(0.3567); every test prediction in one class"),
         verdict=TP),
    Case("h205_vanishing_shells_rbf_sigmoid16_momentum9", "the RBF net of 64 centres with 16 "
         "sigmoid layers of 12 on the shells, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": SH, "model": _rbf(hidden=[12] * 16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 8.8e-16 (healthy at least 0.0024); the "
                      "last layers still move (quarter-mean update ratios up to 0.038) but the "
                      "epoch loss stays at 1.108 to 1.116 (ln 3 is 1.099); accuracy 0.3821 at the "
                      "majority share, every test prediction in one class"),
         verdict=TP),
    Case("h205_saturated_shells_rbf_tanh_std3_rmsprop", "the RBF net of 64 centres with two tanh "
         "layers of 32 with N(0, 3) init on the shells, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": SH, "model": {**_rbf(hidden=[32, 32], activation="tanh"), "init": "normal",
                                "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("77% and 89% of the two tanh layers' units saturated (healthy 0); the epoch "
                      "loss 18.25 to 18.01 (1.3% lower); the huge weights give gradient norms up "
                      "to 18.2 (healthy at most 6.6) and LR 1e-5 quarter-mean update ratios of "
                      "3.9e-6 to 1.1e-5 (healthy at least 1.0e-4), side effects of the init and "
                      "the LR; accuracy 0.2893, far below the majority share (0.3821); 68% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h205_slow_start_badges_densenet_std005_momentum9", "the DenseNet CNN with N(0, 0.05) "
         "init on the badges, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 12 epochs",
         {"data": BD, "model": {**_dn(), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.389, 1.39, 1.387) for the first 3 epochs "
                      "(1.375 at the fourth), then falls (0.2594 at epoch 12, the validation loss "
                      "lowest at the end); first gradient norms 8.8e-4 to 7e-3 (healthy first "
                      "norms at least 0.0109); up to 22% of the dense units logged dead (healthy "
                      "up to 12.5% in the DenseNets); accuracy 0.8712 (test 0.8675), among the "
                      "healthy runs"),
         verdict=TP),
    Case("h205_unshuffled_shells_rbf_rmsprop", "the shells sorted by label, never shuffled, "
         "the RBF net of 64 centres with a SiLU layer of 24, plain RMSprop at LR 1e-4, batch 30, "
         "8 epochs",
         {"data": {**SH, "order": "by_label", "shuffle": False},
          "model": _rbf(hidden=[24], activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its "
                      "within-epoch variance (healthy runner runs at most 31%); the epoch loss "
                      "1.122 to 1.087 (3.1% lower, still falling, the validation loss lowest at "
                      "the end); accuracy 0.3821 at the majority share, every test prediction in "
                      "one class"),
         verdict=TP),
    Case("h205_mse_softmax_pulses_rnn_adam", "the pulses trained with square error on the "
         "softmax, the stacked ReLU RNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": PU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.84 (test 0.8333), about the healthy "
                      "RNNs (0.85 and up); the epoch loss still falls 7.4% over the last epoch, "
                      "the validation loss lowest at the end"),
         verdict=TP),
    Case("h205_noisy_shells_rbf_b1_adam", "the shells one row at a time (batch 1), the RBF "
         "net of 64 centres with a leaky-ReLU layer of 24, Adam at LR 3e-3, 5 epochs",
         {"data": SH, "model": _rbf(hidden=[24], activation="leaky_relu"),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 5, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "not_converged", "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 2.35 times its mean over the second half (healthy "
                      "runner runs at most 0.87, healthy scripts 0.90), up to 10.5; single-row "
                      "gradients up to 9.1 (healthy at most 6.6); accuracy 0.8179 (training "
                      "0.8548) like the healthy runs, the validation loss 8.5% above its epoch-4 "
                      "minimum at the end while the epoch loss still falls (0.3764 to 0.34); up to "
                      "29% of the leaky units logged dead (healthy up to 42%)"),
         verdict=TP),
    Case("h205_not_converged_pulses_rnn_adam_6epochs", "the stacked ReLU RNN of 16 on the pulses, "
         "Adam at LR 1e-3 (constant), batch 30, stopped after 6 epochs",
         {"data": PU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 6, "batch_size": 30}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start", "noisy_loss", "unshuffled_data",
                "predictions_collapsed"),
         why_allowed=("stopped while the loss falls fast (0.9185 to 0.8711 in the last epoch) and "
                      "the validation loss with it (lowest at the end, 0.8672); accuracy 0.5833 "
                      "(test 0.5367) below the healthy RNNs (0.85 and up); 73% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h205_overfit_shells_subset40_rbf_adamw", "40 rows of the shells, the RBF net of 96 "
         "centres with a tanh layer of 128, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SH, "subset": 40},
          "model": _rbf(centres=96, hidden=[128], activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.6143 (training 1.0; the healthy runs 0.8393 "
                      "and up); the validation loss lowest at epoch 1 of 150, 2.46 times it at the "
                      "end; the epoch loss at 1.5e-3 gives gradients down to 6e-4"),
         verdict=GP),
    Case("h205_gap_badges_subset80_densenet_adam", "80 images of the badges, the DenseNet CNN "
         "(stem 12, growth 8), Adam at LR 2e-3, 60 epochs, batch 4",
         {"data": {**BD, "subset": 80}, "model": _dn(stem=12, growth=8, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 60, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance"),
         why_allowed=("80 images teach less: accuracy 0.3538 (training 1.0; the healthy DenseNets "
                      "0.8313 and up), 0.091 above the majority share; the validation loss lowest "
                      "at epoch 4 of 60 (1.334), 4.05 times it at the end; 66% of the dense units "
                      "logged dead (healthy DenseNets up to 13%); gradients down to 5.9e-6 at an "
                      "epoch loss of 6e-5"),
         verdict=GP),
    Case("h205_underfit_pulses_rnn_three_units_adam", "the pulses through a ReLU RNN of one "
         "layer of 3 units, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": PU, "model": _rnn(hidden=3, layers=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("three units cannot count the pulses: accuracy 0.71 (training 0.6811; "
                      "healthy 0.85 and up), the epoch loss falling 1.6% over the last epoch with "
                      "the validation loss lowest at the end; 50% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h205_lightning_digits_nesterov75_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.75 at LR 1e20, 1320 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(1320,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h205_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.85, 0.995) at LR 1e-10, 1321 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(1321,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7268 at every epoch; accuracy 0.4219 (training 0.4531) at "
                      "its initial weights, 0.078 below the majority share (0.5)"),
         verdict=TP),
    Case("h205_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.1) at LR 1e20 (decaying linearly), 1322 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_agr("wine", hidden=(1322,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h205_hf_trainer_iris_nesterov75_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.75 at LR 1e-10 (decaying linearly), 1323 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nes("iris", hidden=(1323,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.099 at every evaluation; accuracy 0.1667 at its "
                      "initial weights, far below 1/3"),
         verdict=TP),
    Case("h205_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.85, 0.995) at LR 1e20, 1324 units, batch 20, 3 epochs",
         script=keras_run(_amx("moons", hidden=(1324,), lr=1e20, epochs=3, batch_size=20,
                               n=620, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h205_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1325 "
         "units, Adagrad (initial accumulator 0.1) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_agr("digits", hidden=(1325,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5487, training 1.0; the healthy "
                      "digits 0.9638 and up); the validation loss lowest at epoch 10 of 120 and "
                      "only 5.6% above it at the end, so overfitting is not clear"),
         verdict=GP),
    Case("h205_tensorboard_breast_cancer_nesterov75_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.75 at LR 1e20, 1326 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(1326,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h205_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1327 units, Adamax (betas 0.85, 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_amx("circles", hidden=(1327,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150, 4.34 "
                      "times it at the end; the step loss near 0 swings 1.11 times its mean"),
         verdict=GP),
    Case("h205_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 1e-3, 1328 units, "
         "batch 20, a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(1328,), lr=1e-3, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=13),
    Case("h205_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax (betas "
         "0.85, 0.995) at LR 1e-10, 1329 units, batch 25, 4 epochs",
         script=plain_run(_amx("digits", hidden=(1329,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.343 at every epoch; accuracy 0.117, 0.017 above the "
                      "majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy205_shells_rbf_adam",
       {"data": SH, "model": _rbf(),
        "optim": {"name": "adam", "lr": 2e-2, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy205_shells_rbf_leaky_adamw",
       {"data": SH, "model": _rbf(hidden=[24], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy205_shells_rbf_tanh_rmsprop",
       {"data": SH, "model": _rbf(hidden=[24], activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "step", "step_size": 8,
                  "gamma": 0.5},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy205_shells_rbf_elu_momentum9",
       {"data": SH, "model": _rbf(hidden=[24], activation="elu"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy205_shells_rbf_adagrad",
       {"data": SH, "model": _rbf(centres=48),
        "optim": {"name": "adagrad", "lr": 0.3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy205_yields_rbf_adam",
       {"data": YD, "model": _rbf(centres=48),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy205_yields_rbf_silu_adamw",
       {"data": YD, "model": _rbf(centres=32, hidden=[32], activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 26}}),
    _h("healthy205_badges_densenet_relu_adam",
       {"data": BD, "model": _dn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy205_badges_densenet_leaky_adamw",
       {"data": BD, "model": _dn(growth=8, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy205_badges_densenet_elu_rmsprop",
       {"data": BD, "model": _dn(activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy205_badges_densenet_relu_nesterov9",
       {"data": BD, "model": {**_dn(layers=2, dense=24), "init": "kaiming_normal"},
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 5, "batch_size": 24}}),
    _h("healthy205_pulses_rnn_adam",
       {"data": PU, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy205_pulses_rnn3_adamw",
       {"data": PU, "model": _rnn(hidden=12, layers=3),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy205_pulses_rnn_rmsprop",
       {"data": PU, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy205_pulses_rnn_momentum9",
       {"data": PU, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy205_lightning_digits_adamax",
        lightning_run(_amx("digits", hidden=(1320,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy205_lightning_wine_nesterov75",
        lightning_run(_nes("wine", hidden=(1321,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy205_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_agr("breast_cancer", hidden=(1322,), lr=2e-3, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy205_hf_trainer_moons_adamax",
        hf_trainer_run(_amx("moons", hidden=(1323,), lr=2e-3, epochs=20, batch_size=20, n=640,
                            noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy205_hf_trainer_iris_nesterov75",
        hf_trainer_run(_nes("iris", hidden=(1324,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy205_keras_circles_adagrad",
        keras_run(_agr("circles", hidden=(1325,), lr=3e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy205_keras_wine_adamax",
        keras_run(_amx("wine", hidden=(1326,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy205_keras_breast_cancer_nesterov75",
        keras_run(_nes("breast_cancer", hidden=(1327,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy205_tensorboard_iris_adagrad",
        tensorboard_run(_agr("iris", hidden=(1328,), lr=5e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy205_tensorboard_digits_nesterov75",
        tensorboard_run(_nes("digits", hidden=(1329,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy205_tensorboard_moons_adamax",
        tensorboard_run(_amx("moons", hidden=(1320,), lr=1e-3, epochs=15, batch_size=19,
                             n=660, noise=0.2)), "tensorboard"),
    _hs("healthy205_plain_moons_nesterov75",
        plain_run(_nes("moons", hidden=(1324,), lr=0.005, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy205_plain_breast_cancer_adagrad",
        plain_run(_agr("breast_cancer", hidden=(1326,), lr=2e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
