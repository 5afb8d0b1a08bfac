"""The two-hundred-and-forty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout240`, :mod:`.heldout241` and :mod:`.heldout242` (not
looked at), after the measurement of :mod:`.heldout236` to :mod:`.heldout239`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`BilinearMLP` (two MLP
branches over all the features, blocks of linear, optional layer norm and activation, met by a
learnt bilinear form ``nn.Bilinear``, a linear head, optionally plus a direct linear map of the
input), :class:`GaborCNN` (a fixed bank of 8 Gabor filters, a buffer that is never trained, then
two learnt 3x3 convolutions with 2x2 max pooling, a dense layer and a linear head) and
:class:`CayleyRNN` (a hand-written tanh RNN whose recurrent matrix is the Cayley transform of a
learnt skew-symmetric matrix, orthogonal by construction, reading the flattened sequence to its
last hidden state, a linear head); every fault code was produced with these three models. Every
data set is this module's own ``data.factory``: :func:`ledgers`, a tabular 4-class set of 8
readings (the signs of two products plus small linear terms, 3% random labels, 3000 rows; seed
2430); :func:`yields`, a tabular regression of 8 readings with a product term (2000 rows; seed
2431; times 250 plus 5000 with seed 2432 for the divergence); :func:`gratings`, 3000 12x12 images
of a windowed grating patch at 4 orientations, random phase and place, in noise 0.5, 2% random
labels (seed 2433); :func:`rhythms`, 900 sequences of 16 steps in 2 readings (a drift up or down
times a fast or slow oscillation at a random phase: 4 classes; seed 2434). Script cases use RAdam
with weight decay 5e-4, SGD with momentum 0.7 and Adam with eps 1e-6 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 1700 to
1709. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or
0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step and exponential; batches 1
to 32. The faults, each through what its model has: divergence under plain SGD in the bilinear
net on the unscaled yields; exploding gradients in two 6-block leaky-ReLU branches with N(0, 1)
init (the bilinear form multiplies their huge outputs) at LR 1e-10; dead branches (pre-activations
shifted by -10) with the net learning through its direct linear map, and the Gabor CNN's learnt
layers shifted by -10 (nothing after the filter bank fires); a high update ratio from Adagrad at
LR 2 in layer-normalised tanh branches; tiny learning rates in the CNN (plain SGD at 1e-9) and the
RNN (plain RMSprop at 1e-10); vanishing gradients through two 16-block sigmoid branches; the
RNN's tanh saturated by N(0, 3) init of its input map; the CNN's learnt layers at N(0, 0.03) init
under momentum 0.9 (a slow start); the ledgers sorted by label and never shuffled; square error
on the RNN's softmax; the CNN at batch 1 on 1200 images; 40 rows of the ledgers (wide tanh
branches) and 30 images (a wider CNN), overfit, a gap; an RNN of one hidden unit (underfitting);
the scripts: Lightning's NaN on digits (momentum) and stuck circles (RAdam), Trainer's NaN on wine
(Adam) and stuck iris (momentum), Keras' NaN on moons (RAdam) and 16 rows of digits (Adam, a gap),
TensorBoard's NaN on breast cancer (momentum) and 8 rows of circles (RAdam, overfit, a gap), the
loop's corrupt record on the sine (Adam) and stuck digits (RAdam).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store; the numbers below are from that store. No other seed
was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2583 on the ledgers, 0.255 on the gratings, 0.2667
on the rhythms; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits),
0.6316 (breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6633 (ledgers),
0.5983 (gratings), 1.0 (rhythms); R2 0.7017 (yields), 0.6555 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 4.4e-5 (the SiLU net with a direct
map on the yields) to 0.0305 (the layer-normalised net under Adagrad on the ledgers), single steps
at most 0.207 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.17 with
single steps up to 13.8; the ``update_ratio_low`` runs log quarter means of at most 9.8e-12 and
4.6e-10. Dead fraction 0 in the healthy bilinear nets and the CNNs' convolutions, at most 25% in
the healthy CNNs' dense layer; the shifted branches 1.0, the shifted CNN 1.0 in every layer, the
30-image CNN's second convolution 0.31 and dense units 0.42, the exploding run's deep blocks up to
0.19. Saturated fraction at most 2.9% (the RNN under Adam with a step schedule; at most 0.35% in
the tanh bilinear nets); the saturated RNN's 0.50, the update-ratio run's 0.63. Gradient norms at
least 0.0258 and at most 9.6 (the SiLU net with a direct map on the yields), first norms at least
0.047 (the Adagrad run on the ledgers); the vanishing run's down to 6e-16, the exploding run's
1.08e4 to 5.2e5, the slow start's first down to 0.0155. The step loss's position in the epoch
explains at most 30% of the within-epoch variance over the second half in the healthy runner runs
(the CNN under Nesterov momentum); the unshuffled run 99.9%. The standard deviation of the step
loss's step-to-step change over the second half is at most 1.1 times its mean in the healthy
runner runs (the CNN under Nesterov momentum) and 1.79 in the healthy scripts (the loop's breast
cancer); the batch-1 run's is 4.3. Healthy scores (validation): ledgers 0.805-0.9017 (test
0.8483-0.9317), yields R2 0.8939 and 0.9405, gratings 0.935-0.9517 (test 0.9367-0.9417), rhythms
0.8556-0.9556 (test 0.8444-0.9611, all below the baseline of 1.0, see below); scripts: digits
0.9694 and 0.9666, wine 1.0 and 1.0, breast cancer 0.9474, 0.9386 and 0.9561, moons 0.9219, 0.9167
and 0.9444, iris 0.9667 and 0.9667, circles 1.0. Every healthy run's validation loss is lowest at
its end but four nets on the ledgers (ReLU under Adam and SiLU under AdamW at epoch 8 of 10, 0.2%
above it; ELU under momentum at epoch 8, 0.6%; the layer-normalised net under Adagrad at epoch 9,
0.9%), the ELU CNN under RMSprop (epoch 7 of 8, 0.1%) and Trainer's iris (epoch 19 of 20, 0.3%
above it).

Changes after the first run: the ledgers' first healthy net (16 bilinear outputs, 1400 rows, 15
epochs) ended 8.5% above its epoch-6 validation loss, so the ledgers took 3000 rows, the bilinear
form 8 outputs and the healthy runs narrower branches and 10 epochs (the yields 2000 rows, 15
epochs); the first gratings (a full-image grating, no window) gave a baseline of 0.98 that the CNNs
only matched (0.9817), so the grating became a windowed patch at a random place (baseline 0.5983);
on it the ReLU CNN under Adam (LR 2e-3, 8 epochs) and under Nesterov momentum (LR 0.01) ended 1.3%
and 2.6% above their epoch-3 and epoch-4 minima, so LR 1e-3 and 5e-3 for 6 epochs; the RNN under
AdamW (12 units, LR 4e-3) reached 0.7389, far below the one under Adam (0.8833), so 16 units at LR
3e-3; the planned NAdam run is not a runner optimiser, so it became Adam with a step schedule. Not
fixed: the linear and nearest-neighbour baseline solves the rhythms (1.0), and no healthy RNN
reaches it (0.8556 to 0.9556); a first try at harder sequences (bursts at a random time over a
random offset) left a quick RNN at 0.38 to 0.54, and there was no time for another, so the rhythms'
healthy runs are healthy in their losses but below the logged baseline.

Labels from the metrics: the exploding run's loss is 6.2e4 at every epoch, far above ln 4 from its
first step (a failure), and its accuracy 0.1917 is 0.067 below the majority share with 72% of the
test predictions in one class, so ``at_chance`` and ``predictions_collapsed`` are allowed there,
not expected; the test predictions fall in one class in the killed CNN (100%) and the vanishing
run (100%), so ``predictions_collapsed`` is expected there, allowed in the stuck CNN (89%) and the
stuck RNN (67%); the killed CNN (0.2483), the stuck CNN (0.2433) and the vanishing run (0.2583)
score within 0.05 of the majority share (``at_chance`` expected), the stuck RNN 0.4167 at its
initial weights (neither), the saturated RNN 0.3222 (0.056 above, allowed); the saturated RNN's
loss still falls 31% with its validation loss lowest at the end, so ``not_converged`` is expected
beside ``saturated_activation`` and ``not_training`` only allowed; Lightning's NaN digits (0.1003),
Keras' NaN moons (0.5) and the loop's stuck digits (0.1309) and Trainer's stuck iris (0.3 against
1/3) expect ``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast
cancer (0.3684 against 0.6316) and Lightning's stuck circles (0.4219 against 0.5) allow it; the
dead branches end at 0.4517, below the baseline, so ``underfitting`` is expected beside
``dead_relu``; the unshuffled run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the batch-1 run's validation loss ends 1.32 times its epoch-1 value,
so ``not_converged`` is only allowed there; the overfit runs' validation losses end 3.8 (40 rows),
1.25 (30 images) and 3.27 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is
expected beside ``generalisation_gap``, while Keras' 16 rows end only 1.07 times it (allowed); the
update-ratio run's tanh units saturate far beyond the healthy runs (``saturated_activation``
expected); the slow start's step loss sat at ln 4 for most of its first epoch, so ``slow_start``
is expected.

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
from torch.nn import functional as F

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


def ledgers(n: int = 3000, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 standard normal readings; the class is the
    sign of ``x0 * x1 + 0.3 * x2`` times 2 plus the sign of ``x3 * x4 - 0.3 * x5`` (two products,
    which a linear model cannot see); readings 6 and 7 are noise; a share ``flip`` of the labels
    is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.3 * x[:, 2]
    s2 = x[:, 3] * x[:, 4] - 0.3 * x[:, 5]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 2000, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings; the target is 1.5 times the product
    of the first two, a sine of the third, the fourth and half the square of the fifth plus noise
    0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * x[:, 0] * x[:, 1] + 1.5 * np.sin(1.5 * x[:, 2]) + x[:, 3] + 0.5 * x[:, 4] ** 2
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def gratings(n: int = 3000, noise: float = 0.5, amp: float = 1.0, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` 1x12x12 images of a patch of sine grating (wavelength 4
    pixels, amplitude ``amp``, a random phase, under a Gaussian window of 2 pixels at a random
    centre), oriented at 0, 45, 90 or 135 degrees (4 classes), in Gaussian noise of ``noise``;
    the random phase and place hide the class from a linear model. A share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    rows, cols = np.meshgrid(np.arange(12), np.arange(12), indexing="ij")
    theta = y * np.pi / 4
    phase = rng.uniform(0.0, 2 * np.pi, n)
    u = (cols[None] * np.cos(theta)[:, None, None] + rows[None] * np.sin(theta)[:, None, None])
    cr, cc = rng.uniform(3.0, 9.0, (2, n))
    window = np.exp(-((rows[None] - cr[:, None, None]) ** 2
                      + (cols[None] - cc[:, None, None]) ** 2) / 8.0)
    x = amp * window * np.sin(2 * np.pi * u / 4.0 + phase[:, None, None])
    x = x + rng.normal(0.0, noise, x.shape)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x[:, None].astype(np.float32), y


def rhythms(n: int = 900, steps: int = 16, noise: float = 0.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings; the
    first drifts up or down by 0.3 a step from a random start, the second oscillates with
    amplitude 1 at a random phase, fast (period 2.5 steps) or slow (period 10); the class is the
    drift's sign times 2 plus fast (4 classes), under Gaussian noise of ``noise``. Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)[None]
    drift = np.where(y // 2 == 0, 0.3, -0.3)[:, None]
    first = rng.normal(0.0, 1.0, (n, 1)) + drift * t
    period = np.where(y % 2 == 1, 2.5, 10.0)[:, None]
    second = np.sin(2 * np.pi * t / period + rng.uniform(0.0, 2 * np.pi, (n, 1)))
    x = np.stack([first, second], 2) + rng.normal(0.0, noise, (n, steps, 2))
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _Branch(nn.Module):
    """``depth`` blocks of linear, optional layer norm and activation; the activations' inputs
    are shifted by ``shift``."""

    def __init__(self, n_in: int, width: int, depth: int, activation: str, norm: bool,
                 shift: float) -> None:
        super().__init__()
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            x = act(norm(lin(x)) + self.shift)
        return x


class BilinearMLP(nn.Module):
    """Two MLP branches over all the features met by a learnt bilinear form
    (``nn.Bilinear``, ``meet`` outputs), then a linear head; with ``direct`` a linear map of the
    input is added to the head's output."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 depth: int = 1, meet: int = 8, activation: str = "relu", norm: bool = False,
                 shift: float = 0.0, direct: bool = False) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.left = _Branch(n_in, width, depth, activation, norm, shift)
        self.right = _Branch(n_in, width, depth, activation, norm, shift)
        self.meet = nn.Bilinear(width, width, meet)
        self.head = nn.Linear(meet, n_outputs)
        self.direct = nn.Linear(n_in, n_outputs) if direct else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        out = self.head(self.meet(self.left(x), self.right(x)))
        return out + self.direct(x) if self.direct is not None else out


def gabor_bank(orientations: int = 4, wavelength: float = 4.0, sigma: float = 2.0,
               size: int = 7) -> torch.Tensor:
    """Fixed Gabor filters (even and odd phase at each orientation), ``(2 * orientations, 1,
    size, size)``, each of zero mean and unit norm."""
    r = torch.arange(size, dtype=torch.float32) - size // 2
    yy, xx = torch.meshgrid(r, r, indexing="ij")
    filters = []
    for k in range(orientations):
        th = k * torch.pi / orientations
        u = xx * np.cos(th) + yy * np.sin(th)
        env = torch.exp(-(xx ** 2 + yy ** 2) / (2 * sigma ** 2))
        for wave in (torch.cos, torch.sin):
            g = env * wave(2 * torch.pi * u / wavelength)
            g = g - g.mean()
            filters.append(g / g.norm())
    return torch.stack(filters)[:, None]


class GaborCNN(nn.Module):
    """A fixed Gabor filter bank (a buffer, never trained) over the image, then two learnt 3x3
    convolutions each with its activation and 2x2 max pooling, a dense layer and a linear head;
    the learnt layers' activation inputs are shifted by ``shift``."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, orientations: int = 4,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        bank = gabor_bank(orientations)
        self.register_buffer("bank", bank.repeat(1, c, 1, 1) / c)
        self.conv1 = nn.Conv2d(bank.shape[0], channels[0], 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = F.conv2d(x, self.bank, padding=self.bank.shape[-1] // 2)
        h = self.pool(self.act1(self.conv1(g) + self.shift))
        h = self.pool(self.act2(self.conv2(h) + self.shift))
        return self.head(self.act3(self.fc(h.flatten(1)) + self.shift))


class CayleyRNN(nn.Module):
    """A hand-written tanh RNN whose recurrent matrix is orthogonal by construction: the Cayley
    transform ``(I + A)^-1 (I - A)`` of a skew-symmetric ``A = W - W^T`` of a learnt ``W``; a
    linear input map, the flattened sequence of ``features`` readings read a step at a time to
    the last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.skew = nn.Parameter(0.1 * torch.randn(hidden, hidden))
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def recurrent(self) -> torch.Tensor:
        a = self.skew - self.skew.T
        eye = torch.eye(self.hidden, device=a.device, dtype=a.dtype)
        return torch.linalg.solve(eye + a, eye - a)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        rec = self.recurrent()
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h = self.squash(self.wx(seq[:, t]) + h @ rec.T)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout243"
LG = _factory(f"{HERE}:ledgers", seed=2430)
YL = _factory(f"{HERE}:yields", seed=2431)
YL_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2432)
GT = _factory(f"{HERE}:gratings", seed=2433)
RH = _factory(f"{HERE}:rhythms", seed=2434)


def _bl(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BilinearMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GaborCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CayleyRNN", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 5e-4."""
    return _s(data, optim="radam", optim_args={"weight_decay": 5e-4}, **kw)


def _m7(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with eps 1e-6."""
    return _s(data, optim="adam", optim_args={"eps": 1e-6}, **kw)


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
    Case("h243_divergence_yields_raw_bilinear_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), ReLU bilinear net of 16, plain SGD at LR 0.01, batch 24",
         {"data": YL_RAW, "model": _bl(width=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.5e7 at the first step and Inf from step 2; gradient norms "
                      "from 4606 to Inf"), verdict="failed"),
    Case("h243_exploding_ledgers_bilinear_d6_leaky_std1", "two 6-block leaky-ReLU branches of 16 "
         "with N(0, 1) init met by the bilinear form on the ledgers, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": LG, "model": {**_bl(width=16, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("at_chance", "predictions_collapsed", "divergence", "underfitting",
                "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 6.27e4 to 6.18e4 (1.3% lower), far above ln 4; every "
                      "gradient norm 1.08e4 to 5.2e5 (healthy at most 9.6); quarter-mean update "
                      "ratios up to 5.5e-6, a side effect of the LR; up to 19% of a deep block's "
                      "units logged dead; accuracy 0.1917, 0.067 below the majority share "
                      "(0.2583); 72% of the test predictions in one class"), verdict="failed"),
    Case("h243_dead_relu_ledgers_bilinear_shift10_direct", "ReLU bilinear net of 16 whose "
         "branches' pre-activations are shifted by -10, so their ReLUs never fire and the net "
         "learns through its direct linear map alone, Adam at LR 2e-3, batch 25, 10 epochs",
         {"data": LG, "model": _bl(width=16, shift=-10.0, direct=True),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("not_converged",),
         why_allowed=("every unit of both branches logged dead (healthy 0), the net learning "
                      "through its direct linear map alone: accuracy 0.4517 (training 0.4711) "
                      "below the baseline (0.6633) and the healthy runs (0.805 and up), the epoch "
                      "loss still falling (1.217 to 1.215) with the validation loss lowest at the "
                      "end"), verdict=TP),
    Case("h243_dead_relu_gratings_gabor_shift10_adam", "the Gabor CNN whose learnt layers' "
         "pre-activations are shifted by -10, so no ReLU after the filter bank fires, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": GT, "model": _cnn(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("every unit of both convolutions and the dense layer logged dead (healthy "
                      "up to 25% of the dense units, 0 in the convolutions), every gradient norm "
                      "0 and every update ratio 0; the epoch loss 1.39 to 1.387 at ln 4; accuracy "
                      "0.2483 at the majority share (0.255), every test prediction in one class"),
         verdict=TP),
    Case("h243_update_ratio_high_ledgers_bilinear_norm_tanh_adagrad", "layer-normalised tanh "
         "branches of 16 met by the bilinear form on the ledgers, Adagrad at LR 2, batch 26, 8 "
         "epochs",
         {"data": LG, "model": _bl(width=16, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.17, single "
                      "steps up to 13.8; healthy at most 0.031 and 0.21), and up to 63% of the "
                      "tanh units saturate (healthy at most 2.9%): the layer norm keeps the loss "
                      "finite but the run swings (epoch losses 65.1, 4.15, 2.33, ..., 0.955; the "
                      "validation loss ends 1.49 times its epoch-7 minimum; gradient norms up to "
                      "177); accuracy 0.5333 (training 0.5828), below the baseline (0.6633); 36% "
                      "of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h243_update_ratio_low_gratings_gabor_sgd_lr1e9", "the Gabor CNN on the gratings, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GT, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"), why_allowed=("the epoch loss 1.395 at "
                              "every epoch; quarter-mean update ratios at most 9.8e-12 (healthy "
                              "at least 4.4e-5); accuracy 0.2433 against a majority share of "
                              "0.255; 89% of the test predictions in one class"), verdict=TP),
    Case("h243_update_ratio_low_rhythms_cayley_rmsprop_lr1e10", "the Cayley RNN of 16 on the "
         "rhythms, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RH, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"), why_allowed=("the epoch loss 1.272 at "
                              "every epoch; quarter-mean update ratios at most 4.6e-10 (healthy "
                              "at least 4.4e-5); accuracy 0.4167 at its initial weights, far "
                              "above the majority share (0.2667), far below the healthy runs; 67% "
                              "of the test predictions in one class"), verdict=TP),
    Case("h243_vanishing_ledgers_bilinear_d16_sigmoid_momentum9", "two 16-block sigmoid branches "
         "of 12 met by the bilinear form on the ledgers, SGD with momentum 0.9 at LR 0.05, batch "
         "32, 4 epochs",
         {"data": LG, "model": _bl(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 6e-16 (healthy at least 0.026); the "
                      "last blocks still move (quarter-mean update ratios up to 0.018) but the "
                      "epoch loss stays at 1.39 (ln 4 is 1.386); accuracy 0.2583 at the majority "
                      "share (0.2583), every test prediction in one class"), verdict=TP),
    Case("h243_saturated_rhythms_cayley_std3_rmsprop", "the Cayley RNN of 16 with N(0, 3) init "
         "of its input map and head on the rhythms, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RH, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_converged"),
         allow=("at_chance", "not_training", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("up to 50% of the recurrent tanh outputs saturated (healthy at most 2.9%); "
                      "the epoch loss 10.4 to 7.17, far above ln 4 but still falling, with the "
                      "validation loss lowest at the end; accuracy 0.3222 (training 0.3463), "
                      "0.056 above the majority share (0.2667), far below the baseline and the "
                      "healthy runs; 32% of the test predictions in one class"), verdict=TP),
    Case("h243_slow_start_gratings_gabor_std003_momentum9", "the Gabor CNN with N(0, 0.03) init "
         "of its learnt layers on the gratings, SGD with momentum 0.9 at LR 0.05 (cosine), batch "
         "32, 10 epochs",
         {"data": GT, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the step loss stays at ln 4 (at least 1.3; the first 40 steps' mean 1.387) "
                      "for the first 51 of the 57 steps of epoch 1 (epoch losses 1.367, 0.950, "
                      "0.664, ..., 0.089), then falls; first gradient norms down to 0.0155 "
                      "(healthy first norms at least 0.047); up to 12.5% of the dense units "
                      "logged dead (healthy up to 25%); accuracy 0.9533 (test 0.9417), about the "
                      "healthy runs, the validation loss lowest at the end"), verdict=TP),
    Case("h243_unshuffled_ledgers_bilinear_silu_rmsprop", "the ledgers sorted by label, never "
         "shuffled, SiLU bilinear net of 16, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _bl(width=16, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 30%); accuracy 0.3633 (training "
                      "0.3517), far below the healthy runs (0.805 and up), with the epoch loss "
                      "still falling (1.381 to 1.373) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h243_mse_softmax_rhythms_cayley_adam", "the rhythms trained with square error on the "
         "softmax, the Cayley RNN of 16, Adam at LR 3e-3 (cosine), batch 25, 15 epochs",
         {"data": RH, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9222 (test 0.9278), above the "
                      "healthy runs on the rhythms; the validation loss lowest at the end"),
         verdict=TP),
    Case("h243_noisy_gratings_gabor_b1_adam", "1200 of the gratings one image at a time (batch "
         "1), the Gabor CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**GT, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("not_converged", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 4.3 times its mean over the second half (healthy "
                      "runner runs at most 1.1, healthy scripts 1.79); single-image gradients up "
                      "to 35 (healthy at most 9.6); accuracy 0.9083 (training 0.9317), the epoch "
                      "loss falling from 0.566 to 0.248 while the validation loss ends 1.32 times "
                      "its epoch-1 value"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h243_overfit_ledgers_subset40_bilinear_tanh_adamw", "40 rows of the ledgers, tanh "
         "branches of 96 (2 blocks) met by a bilinear form of 16, AdamW at LR 3e-3, 150 epochs, "
         "batch 4",
         {"data": {**LG, "subset": 40},
          "model": _bl(width=96, depth=2, meet=16, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.46 (training 1.0; the healthy runs 0.805 "
                      "and up); the validation loss lowest at epoch 1 of 150, 3.8 times it after "
                      "80 epochs; the epoch loss at 6e-5 gives gradients down to 8.7e-7"),
         verdict=GP),
    Case("h243_gap_gratings_subset30_gabor_adam", "30 images of the gratings, the Gabor CNN with "
         "16 and 32 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GT, "subset": 30}, "model": _cnn(channels=(16, 32), dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.64 (test 0.615; training 1.0; the healthy "
                      "CNNs 0.935 and up); the validation loss lowest at epoch 13 of 100, 1.25 "
                      "times it at the end; 31% of the second convolution's channels and 42% of "
                      "the dense units logged dead (healthy 0 and up to 25%)"), verdict=GP),
    Case("h243_underfit_rhythms_cayley_one_unit_adam", "the rhythms through a Cayley RNN of 1 "
         "hidden unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": RH, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold a drift and a rhythm: accuracy 0.5 (training "
                      "0.4963; healthy 0.8556 and up), the epoch loss still falling 4.8% over the "
                      "last epoch with the validation loss lowest at the end; 52% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h243_lightning_digits_momentum7_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.7 at LR 1e20, 1700 units, batch 24, 3 epochs",
         script=lightning_run(_m7("digits", hidden=(1700,), lr=1e20, epochs=3,
                                  batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 1; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h243_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam (weight decay 5e-4) at LR 1e-10, 1701 units, batch 20, 3 epochs",
         script=lightning_run(_ra("circles", hidden=(1701,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6813 at every epoch; accuracy 0.4219 (training 0.4896) at "
                      "its initial weights, 0.078 below the majority share (0.5)"), verdict=TP),
    Case("h243_hf_trainer_wine_adam_lr1e20_nan", "Hugging Face Trainer names: wine, Adam (eps "
         "1e-6) at LR 1e20 (decaying linearly), 1702 units, batch 9, 3 epochs, logging every 2 "
         "steps",
         script=hf_trainer_run(_ad("wine", hidden=(1702,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h243_hf_trainer_iris_momentum7_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.7 at LR 1e-10 (decaying linearly), 1703 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m7("iris", hidden=(1703,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.172 at every evaluation; accuracy 0.3 at its initial "
                      "weights, 0.033 below 1/3; the gradient norms 5.4 to 12.7 of its initial "
                      "weights"), verdict=TP),
    Case("h243_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam (weight decay 5e-4) at LR 1e20, 1704 units, batch 20, 3 epochs",
         script=keras_run(_ra("moons", hidden=(1704,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h243_keras_digits_subset16_adam_gap", "Keras names: 16 rows of digits, 1705 units, "
         "Adam (eps 1e-6) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(1705,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5599, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 1 of 120 and "
                      "only 1.07 times it at the end, so overfitting is allowed, not expected"),
         verdict=GP),
    Case("h243_tensorboard_breast_cancer_momentum7_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.7 at LR 1e20, 1706 units, batch 19, 3 epochs",
         script=tensorboard_run(_m7("breast_cancer", hidden=(1706,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h243_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1707 units, RAdam (weight decay 5e-4) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ra("circles", hidden=(1707,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6077, 0.108 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 3 of 150, 3.27 "
                      "times it at the end"), verdict=GP),
    Case("h243_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2 (640 points), Adam (eps 1e-6) at LR 1e-4, 1708 units, batch 20, a corrupt record "
         "(x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(1708,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h243_plain_digits_radam_lr1e10_stuck", "hand-written loop: digits, RAdam (weight "
         "decay 5e-4) at LR 1e-10, 1709 units, batch 25, 4 epochs",
         script=plain_run(_ra("digits", hidden=(1709,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.281 at every epoch; accuracy 0.1309, 0.031 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy243_ledgers_bilinear_relu_adam",
       {"data": LG, "model": _bl(width=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy243_ledgers_bilinear_silu_adamw",
       {"data": LG, "model": _bl(width=14, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy243_ledgers_bilinear_tanh_rmsprop",
       {"data": LG, "model": _bl(width=14, activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 4},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy243_ledgers_bilinear_elu_momentum9",
       {"data": LG, "model": _bl(width=16, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy243_ledgers_bilinear_norm_adagrad",
       {"data": LG, "model": _bl(width=14, depth=2, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy243_yields_bilinear_tanh_adam",
       {"data": YL, "model": _bl(width=16, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy243_yields_bilinear_silu_direct_adamw",
       {"data": YL, "model": _bl(width=14, activation="silu", direct=True),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy243_gratings_gabor_relu_adam",
       {"data": GT, "model": _cnn(),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 25}}),
    _h("healthy243_gratings_gabor_leaky_adamw",
       {"data": GT, "model": _cnn(channels=(8, 12), activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy243_gratings_gabor_elu_rmsprop",
       {"data": GT, "model": _cnn(channels=(6, 12), dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy243_gratings_gabor_relu_nesterov9",
       {"data": GT, "model": _cnn(channels=(8, 16), dense=24),
        "optim": {"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 24}}),
    _h("healthy243_rhythms_cayley_adam",
       {"data": RH, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy243_rhythms_cayley_adamw",
       {"data": RH, "model": _rnn(hidden=16),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy243_rhythms_cayley_rmsprop",
       {"data": RH, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy243_rhythms_cayley_adam_step",
       {"data": RH, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "step", "step_size": 6},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy243_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(1700,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy243_lightning_wine_momentum7",
        lightning_run(_m7("wine", hidden=(1701,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy243_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ad("breast_cancer", hidden=(1702,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy243_hf_trainer_moons_radam",
        hf_trainer_run(_ra("moons", hidden=(1703,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy243_hf_trainer_iris_momentum7",
        hf_trainer_run(_m7("iris", hidden=(1704,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy243_keras_circles_adam",
        keras_run(_ad("circles", hidden=(1705,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy243_keras_wine_radam",
        keras_run(_ra("wine", hidden=(1706,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy243_keras_breast_cancer_momentum7",
        keras_run(_m7("breast_cancer", hidden=(1707,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy243_tensorboard_iris_adam",
        tensorboard_run(_ad("iris", hidden=(1708,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy243_tensorboard_digits_momentum7",
        tensorboard_run(_m7("digits", hidden=(1709,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy243_tensorboard_moons_radam",
        tensorboard_run(_ra("moons", hidden=(1700,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy243_plain_moons_momentum7",
        plain_run(_m7("moons", hidden=(1704,), lr=0.005, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy243_plain_breast_cancer_adam",
        plain_run(_ad("breast_cancer", hidden=(1706,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY

