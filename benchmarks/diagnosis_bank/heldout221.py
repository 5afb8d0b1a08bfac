"""The two-hundred-and-twenty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout220`, :mod:`.heldout222` and :mod:`.heldout223` (not
looked at), after the measurement of :mod:`.heldout218` and :mod:`.heldout219`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`BatchEnsembleMLP` (blocks of
:class:`_BELinear`, one shared weight matrix whose 4 ensemble members scale its inputs and
outputs by rank-1 fast weights and add their own biases, optional layer norm, an activation whose
pre-activation may be shifted; the members' outputs averaged), :class:`GhostCNN` (two ghost
modules, each a 3x3 convolution to a few primary maps plus cheap depthwise 3x3 'ghost' maps, each
followed by max pooling, a dense layer, a linear head) and :class:`LMUClassifier` (a Legendre
memory unit written out: a fixed linear memory of Legendre coefficients from the delay system,
discretised by zero-order hold, fed by a learnt encoder, beside a tanh hidden state; it reads the
flattened sequence to its last hidden state, a linear head). Every data set is this module's own
``data.factory``: :func:`ledger`, a tabular 4-class set of 8 readings (1400 rows, 3% random
labels; seed 2210); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2211;
times 300 plus 6000 with seed 2212 for the divergence); :func:`blots`, 3000 12x12 images of a
plus, a cross, a hollow square or two bars at a random place in noise 0.5 (4 classes, 2% random
labels; seed 2213); :func:`trends`, 900 random walks of 16 steps in 2 readings, the class the
first reading's direction and whether the two agree (4 classes; given flattened as 32 columns;
seed 2214). Script cases use RAdam with weight decay 1e-2, RMSprop with momentum 0.5 and Adamax
with betas (0.85, 0.99) on digits, circles, wine, iris, moons, breast cancer and the sine; every
script case holds a hidden width of 1480 to 1489. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and Nesterov momentum 0.9; schedules constant,
cosine, exponential (0.9, 0.8) and step (5 epochs, 0.5); batch sizes 1 to 36.

The faults, each through what its model has: divergence under plain SGD in the BatchEnsemble MLP
on the unscaled yields; exploding gradients in a 6-block leaky-ReLU BatchEnsemble MLP with N(0,
1) init (momentum 0.5 at LR 1e-10); dead units from block pre-activations shifted by -10 (Adam),
from plain RMSprop at LR 0.08 in the ghost CNN, and from the ghost CNN with N(0, 0.1) init under
momentum 0.9 (meant as a slow start; it blew up in epochs 3 and 4 and died, so it was
relabelled); a high
update ratio from Adagrad at LR 2 in a layer-normalised tanh BatchEnsemble MLP; tiny learning
rates in the ghost CNN (plain SGD at 1e-9) and the LMU (plain RMSprop at 1e-10); vanishing
gradients through 16 sigmoid blocks (momentum 0.9); the LMU's tanh saturated by N(0, 3) init; a
slow start from N(0, 0.02) init in the BatchEnsemble MLP under momentum 0.9; the ledger sorted by
label and never shuffled; square error on the LMU's softmax; the yields one row at a time; 40
rows of the ledger (AdamW) and 30 images (Adam) overfit with a gap; an LMU of one hidden unit and
a memory of order 1 (underfitting); the scripts: Lightning's NaN on digits (RAdam) and stuck
circles (Adamax), Trainer's NaN on wine (RMSprop) and stuck iris (RAdam), Keras' NaN on moons
(Adamax) and 16 rows of digits (RMSprop, overfit, a gap), TensorBoard's NaN on breast cancer
(RAdam) and 8 rows of circles (Adamax, overfit, a gap), the loop's corrupt record on the sine
(RMSprop) and stuck digits (Adamax).

Each case is labelled with the injected fault; it was trained at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. After the settings were fixed every case was
trained once more from this file into fresh SQLite stores (the unchanged cases gave the same
numbers as before); two settings changed while that run went on (the slow-start case was added
and the Nesterov CNN's LR lowered), and those two cases were then trained from the file into
stores of their own. The numbers below are from those runs. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged``
only where the loss still clearly falls and the validation loss or score still improves at the
end; a weak fault was made stronger or relabelled from its metrics, never kept as expected).
Majority shares (the test confusion matrices' rows): 0.275 on the ledger, 0.2567 on the blots,
0.2667 on the trends; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003
(digits), 0.6316 (breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.5929
(ledger), 0.55 (blots), 0.9556 (trends); R2 0.722 (yields), 0.7218 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 6.8e-5 (the layer-normalised tanh
MLP under Adagrad) to 0.0458 (the LMU under RMSprop), single steps at most 0.363 (the ghost CNN
under RMSprop); the ``update_ratio_high`` run reaches quarter means of 0.31 with single steps up
to 15.4; the ``update_ratio_low`` runs log quarter means of at most 1.8e-12 and 1.4e-9. Dead
fraction 0 in the healthy BatchEnsemble MLPs, at most 37.5% of a ghost module's maps and 62.5% of
the dense units in the healthy ghost CNNs; the shifted MLP's blocks 1.0, the RMSprop-killed CNN's
second ghost maps 0.875, the N(0, 0.1) CNN's dense units 1.0. Saturated fraction at most 0.205
(the LMU of order 12); the saturated LMU's 0.97, the update-ratio run's 0.82. Gradient norms at
least 2.7e-3 and at most 8.0 (the ghost CNN under Adam), first norms at least 0.0077; on the
ledger first norms at least 0.106, where the slow start's are 0.020 to 0.026; the vanishing run's
down to 5.1e-15, the exploding run's 324 to 1141. The step loss's position in the epoch explains
at most 19% of the within-epoch variance over the second half in the healthy runner runs; the
unshuffled run 99.9%. The standard deviation of the step loss's step-to-step change over the
second half is at most 0.96 times its mean in the healthy runner runs (the ELU MLP under momentum)
and 1.34 in the healthy scripts (Lightning's wine); the batch-1 run's is 3.1. Healthy scores
(validation): ledger 0.8143-0.8786 (test 0.8107-0.9107), yields R2 0.8458 and 0.8571, blots
0.7567-0.8433 (test 0.745-0.8333), trends 0.9222-0.9611 (test 0.9611-0.9889); scripts: digits
0.9666 and 0.9833, wine 1.0 and 1.0, breast cancer 0.9386, 0.9649 and 0.9386, moons 0.9219, 0.9242
and 0.9841, iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's validation loss is lowest
at its end but the leaky-ReLU MLP on the ledger (epoch 19 of 20, 0.09% above it) and Trainer's
iris (epoch 19 of 20, 0.11% above it). Not every healthy runner run beats its baseline: on the
trends the baseline (0.9556, the better of a logistic regression and nearest neighbours) is
strong, the LMU under Adam reaches 0.9611, the LMU of order 12 and the LMU under RMSprop 0.9556
(equal to it) and the LMU with a window of 8 steps 0.9222 (below it, test 0.9722); the ghost CNNs
under Adam and RMSprop (0.7617, 0.7567) stay 0.08 below the best CNN (0.8433). There was no time
left to change them; they are kept as healthy runs (each lowest at its end) and are the weakest
healthy labels of this part.

Changes after the first run: the BatchEnsemble layers first stacked members before the batch,
which the runner's dead-unit probe cannot read, so they became ``(batch, members, units)``; the
first sequences (oscillations of 1 or 4 cycles) gave a baseline of 1.0, so they became
:func:`trends`; the first images (noise 0.35) gave a baseline of 0.9133 above the ghost CNN
(0.9033), so the noise became 0.5 and the healthy CNNs 12 epochs at a higher LR (Adam and AdamW
2e-3 to 3e-3, RMSprop 1e-3 to 2e-3, Nesterov 0.01 to 0.02 and back to 0.01, where 0.02 ended
3.5% above its epoch-10 minimum); on the ledger the RMSprop MLP (1e-3, exponential 0.85, 15
epochs: 0.5679, below the baseline) took LR 3e-3, decay 0.9 and 20 epochs, the momentum MLP (LR
0.02, 15 epochs: 0.5679) LR 0.05 and 20 epochs, the AdamW MLP (LR 3e-3: 0.7607) LR 4e-3; the
SiLU AdamW MLP on the yields (two blocks under a step schedule, then one) ended 2% above its
epoch-7 minimum at R2 0.7173, below the baseline, so it became a tanh MLP under AdamW with a cosine
schedule; the batch-1 run moved from 1000 images (its step loss swung only 0.58 times its mean)
to the yields; the slow start with N(0, 0.03) init in the ghost CNN never left ln 4 and N(0, 0.1)
blew up (kept, relabelled, see above), and N(0, 0.02) in a 3-layer BatchEnsemble MLP never
started, so the slow start became a 2-layer BatchEnsemble MLP.

Labels from the metrics: the RMSprop-killed CNN's blow-up passed (its loss ends near ln 4), so
``divergence`` is allowed there; the exploding run's loss is 2193 at every epoch and its verdict
is a failure; the test predictions fall in one class in the shifted MLP (100%), the stuck CNN
(96%), the vanishing run (100%) and the N(0, 0.1) CNN (100%), so ``predictions_collapsed`` is
expected there, allowed in the RMSprop-killed CNN (83%) and the stuck LMU (64%); the exploding run
(0.3179 against 0.275), the shifted MLP, the vanishing run, the killed CNNs, the stuck CNN and the
30-image CNN score within 0.05 of the majority share (``at_chance`` expected), the stuck LMU
(0.1778) and the saturated LMU (0.1444) far below it and the one-unit LMU 0.078 above it (allowed);
Lightning's NaN digits, Keras' NaN moons, Lightning's stuck circles (0.5391) and the loop's stuck
digits (0.1031) expect ``at_chance``, Trainer's NaN wine, TensorBoard's NaN breast cancer,
Trainer's stuck iris (0 at its initial weights) and TensorBoard's 8 rows of circles (0.5846) allow
it; the shifted MLP, the N(0, 0.1) CNN and the saturated LMU (4.2% lower) fall less than 5%
(``not_training`` expected); the unshuffled run's and the batch-1 run's loss still falls with the
validation loss lowest at the end (``not_converged`` expected); the overfit runs' validation
losses end 5.3 (40 rows), 2.1 (30 images), 1.15 (Keras' 16 rows) and 5.3 (TensorBoard's 8 rows)
times their early minima, so ``overfitting`` is expected beside ``generalisation_gap``; the slow
start sat at ln 4 for 2 epochs, so ``slow_start`` is expected.

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


def ledger(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus the sign of one with an absolute value
    (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.5 * x[:, 2]
    s2 = np.abs(x[:, 3]) - 0.67 + 0.5 * x[:, 4]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine-weighted
    product, a linear term, a tanh step and a product of two more plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(x[:, 0]) * x[:, 1] + x[:, 2] + 0.7 * np.tanh(2.0 * x[:, 3])
         + 0.4 * x[:, 4] * x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def _glyphs() -> tuple[np.ndarray, ...]:
    plus = np.zeros((5, 5))
    plus[2, :] = plus[:, 2] = 1.0
    cross = np.eye(5) + np.fliplr(np.eye(5))
    cross[2, 2] = 1.0
    ring = np.ones((5, 5))
    ring[1:4, 1:4] = 0.0
    bars = np.zeros((5, 5))
    bars[:, 0] = bars[:, 4] = 1.0
    return plus, cross, ring, bars


def blots(n: int = 4000, noise: float = 0.5, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 glyph each at a random
    place (4 classes: a plus, a cross, a hollow square, two vertical bars), in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images(_glyphs(), n, 12, noise, flip, seed)


def trends(n: int = 900, steps: int = 16, noise: float = 0.5, drift: float = 0.3,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings from
    a random start, each drifting up or down by ``drift`` a step under Gaussian steps of
    ``noise``; the class is whether the two drift the same way (times 2) plus whether the first
    drifts up (4 classes; the first half is an exclusive or of the two directions). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    up0 = y % 2 == 1
    up1 = np.where(y // 2 == 1, up0, ~up0)
    signs = np.stack([np.where(up0, 1.0, -1.0), np.where(up1, 1.0, -1.0)], 1)
    moves = drift * signs[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    x = rng.normal(0.0, 1.0, (n, 1, 2)) + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _BELinear(nn.Module):
    """A BatchEnsemble linear layer: one shared weight matrix, each of ``members`` members
    scaling its inputs by a fast weight ``r`` and its outputs by ``s`` (rank-1 factors, random
    signs at the start) and adding its own bias; input and output ``(batch, members, units)``."""

    def __init__(self, n_in: int, n_out: int, members: int) -> None:
        super().__init__()
        self.shared = nn.Linear(n_in, n_out, bias=False)
        self.r = nn.Parameter(torch.randint(0, 2, (1, members, n_in)).float() * 2 - 1)
        self.s = nn.Parameter(torch.randint(0, 2, (1, members, n_out)).float() * 2 - 1)
        self.bias = nn.Parameter(torch.zeros(1, members, n_out))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.shared(x * self.r) * self.s + self.bias


class BatchEnsembleMLP(nn.Module):
    """A BatchEnsemble MLP: ``depth`` :class:`_BELinear` blocks of ``width`` (optional layer
    norm, then the activation, its pre-activation shifted by ``bias_shift``) and a
    :class:`_BELinear` head; every member reads the same input and their outputs are averaged."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 1, members: int = 4, activation: str = "relu", norm: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.members = members
        self.blocks = nn.ModuleList(_BELinear(n_in if i == 0 else width, width, members)
                                    for i in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.head = _BELinear(width, n_outputs, members)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1).unsqueeze(1).expand(-1, self.members, -1)
        for block, norm, act in zip(self.blocks, self.norms, self.acts, strict=True):
            h = act(norm(block(h)) + self.bias_shift)
        return self.head(h).mean(1)


class _Ghost(nn.Module):
    """A ghost module: a 3x3 convolution to a few primary maps, a cheap depthwise 3x3
    convolution of each into ``ratio - 1`` ghost maps, both concatenated (``c_out`` maps)."""

    def __init__(self, c_in: int, c_out: int, ratio: int, activation: str) -> None:
        super().__init__()
        prim = -(-c_out // ratio)
        self.c_out = c_out
        self.primary = nn.Conv2d(c_in, prim, 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.cheap = nn.Conv2d(prim, prim * (ratio - 1), 3, padding=1, groups=prim)
        self.act2 = _ACTS[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.act1(self.primary(x))
        return torch.cat([p, self.act2(self.cheap(p))], 1)[:, :self.c_out]


class GhostCNN(nn.Module):
    """A GhostNet-style CNN: two ghost modules, each followed by 2x2 max pooling, a dense layer
    and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), ratio: int = 2, dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.ghost1 = _Ghost(c, channels[0], ratio, activation)
        self.ghost2 = _Ghost(channels[0], channels[1], ratio, activation)
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.ghost2(self.pool(self.ghost1(x))))
        return self.head(self.act3(self.fc(h.flatten(1))))


def _legendre_delay(order: int, theta: float) -> tuple[torch.Tensor, torch.Tensor]:
    """The Legendre delay system's (A, B) of ``order`` over a window of ``theta`` steps,
    discretised for a step of 1 by zero-order hold (a matrix exponential)."""
    i = np.arange(order)[:, None]
    j = np.arange(order)[None, :]
    a = (2 * i + 1) * np.where(i < j, -1.0, (-1.0) ** (i - j + 1)) / theta
    b = (2 * np.arange(order) + 1) * (-1.0) ** np.arange(order) / theta
    m = np.zeros((order + 1, order + 1))
    m[:order, :order], m[:order, order] = a, b
    e = torch.linalg.matrix_exp(torch.as_tensor(m, dtype=torch.float64))
    return e[:order, :order].float(), e[:order, order].float()


class LMUClassifier(nn.Module):
    """A Legendre memory unit written out: each step a linear encoder of the input, hidden state
    and memory gives one value ``u``, the fixed linear memory of ``order`` Legendre coefficients
    (window ``theta`` steps) takes it in, and the hidden state is a tanh of the input, the last
    hidden state and the new memory; it reads the flattened sequence of ``features`` readings a
    step to its last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, order: int = 8, theta: float = 16.0) -> None:
        super().__init__()
        self.features, self.hidden, self.order = features, hidden, order
        self.steps = int(np.prod(input_shape)) // features
        abar, bbar = _legendre_delay(order, theta)
        self.register_buffer("abar_t", abar.T.contiguous())
        self.register_buffer("bbar", bbar)
        self.enc = nn.Linear(features + hidden + order, 1)
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.wm = nn.Linear(order, hidden, bias=False)
        self.act = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        m = seq.new_zeros(x.shape[0], self.order)
        for t in range(self.steps):
            xt = seq[:, t]
            u = self.enc(torch.cat([xt, h, m], 1))
            m = m @ self.abar_t + u * self.bbar
            h = self.act(self.wx(xt) + self.wh(h) + self.wm(m))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout221"
LG = _factory(f"{HERE}:ledger", seed=2210)
YD = _factory(f"{HERE}:yields", seed=2211)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2212)
BL = _factory(f"{HERE}:blots", n=3000, seed=2213)
TR = _factory(f"{HERE}:trends", seed=2214)


def _be(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BatchEnsembleMLP", "args": args}


def _gh(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GhostCNN", "args": args}


def _lmu(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LMUClassifier", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 1e-2."""
    return _s(data, optim="radam", optim_args={"weight_decay": 1e-2}, **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.99)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.99)}, **kw)


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
    Case("h221_divergence_yields_raw_batchens_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), a BatchEnsemble ReLU MLP of 24 (4 members), plain SGD at LR 0.01, "
         "batch 24",
         {"data": YD_RAW, "model": _be(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 3.7e7 at the first step and Inf by step 3, where the run "
                      "stops"),
         verdict="failed"),
    Case("h221_exploding_ledger_batchens_d6_leaky_std1", "a 6-block leaky-ReLU BatchEnsemble MLP "
         "of 24 with N(0, 1) init on the ledger, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": LG, "model": {**_be(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 2193 at every epoch; every gradient norm 324 to 1141 "
                      "(healthy at most 8.0); quarter-mean update ratios up to 1.1e-8, a side "
                      "effect of the LR; accuracy 0.3179, 0.043 above the majority share (0.275); "
                      "55% of the test predictions in one class"), verdict="failed"),
    Case("h221_dead_relu_ledger_batchens_shift10", "a BatchEnsemble ReLU MLP of 24 (2 blocks) "
         "whose pre-activations are shifted by -10, so no ReLU ever fires, Adam at LR 2e-3, "
         "batch 25, 10 epochs",
         {"data": LG, "model": _be(width=24, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("no unit of either block ever fires (dead fraction 1.0, healthy 0), so no "
                      "gradient reaches a weight (every norm 0) and nothing moves; the epoch loss "
                      "1.386 to 1.385, ln 4; accuracy 0.275, the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h221_dead_relu_blots_ghost_rmsprop_lr008", "the ghost CNN (8, 16 channels, 32 dense) "
         "on the blots, plain RMSprop at LR 0.08, batch 28",
         {"data": BL, "model": _gh(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance"),
         allow=("predictions_collapsed", "exploding_gradients", "update_ratio_high",
                "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.38 to 1.7e4 in epoch 1 (epoch loss 463), then "
                      "sits near ln 4 (1.483, 1.414), so the blow-up passed; gradient norms 0 to "
                      "8134 and single update ratios up to 12.3; 87.5% of the second ghost maps "
                      "and 41% of the dense units logged dead; accuracy 0.2567 at the majority "
                      "share; 83% of the test predictions in one class"), verdict=TP),
    Case("h221_update_ratio_high_ledger_batchens_norm_tanh_adagrad", "a layer-normalised tanh "
         "BatchEnsemble MLP of 24 on the ledger, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": LG, "model": _be(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.31, single "
                      "steps up to 15.4; healthy at most 0.046 and 0.36), and 82% of the tanh "
                      "outputs saturate (healthy at most 20.5%): the layer norm keeps the loss "
                      "finite (epoch losses 25.2, 1.49, 1.12, then down to 0.93); accuracy 0.5929 "
                      "(training 0.6393), at the baseline, far below the healthy runs; the "
                      "validation loss lowest at the end; 40% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h221_update_ratio_low_blots_ghost_sgd_lr1e9", "the ghost CNN on the blots, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": BL, "model": _gh(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.389 at every epoch; quarter-mean update ratios at most "
                      "1.8e-12 (healthy at least 6.8e-5); accuracy 0.2667 against a majority "
                      "share of 0.2567; 96% of the test predictions in one class"), verdict=TP),
    Case("h221_update_ratio_low_trends_lmu_rmsprop_lr1e10", "the LMU of 16 on the trends, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TR, "model": _lmu(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.397 at every epoch; quarter-mean update ratios at most "
                      "1.4e-9 (healthy at least 6.8e-5); accuracy 0.1778 at its initial weights, "
                      "0.089 below the majority share (0.2667); 64% of the test predictions in "
                      "one class"),
         verdict=TP),
    Case("h221_vanishing_ledger_batchens_d16_sigmoid_momentum9", "a 16-block sigmoid "
         "BatchEnsemble MLP of 12 on the ledger, SGD with momentum 0.9 at LR 0.05, batch 32, "
         "4 epochs",
         {"data": LG, "model": _be(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 5.1e-15 (healthy at least 2.7e-3); the "
                      "last blocks still move (quarter-mean update ratios up to 0.013) but the "
                      "epoch loss stays at ln 4 (1.391 to 1.386); accuracy 0.275, the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h221_saturated_trends_lmu_std3_rmsprop", "the LMU of 16 with N(0, 3) init on the "
         "trends, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TR, "model": {**_lmu(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("97% of the tanh outputs saturated (healthy at most 20.5%); the epoch loss "
                      "5.36 to 5.13 (4.2% lower), far above ln 4; gradient norms 0 to 4.5; "
                      "accuracy 0.1444, far below the majority share (0.2667); 51% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h221_dead_relu_blots_ghost_std01_momentum9", "the ghost CNN with N(0, 0.1) init on "
         "the blots, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 12 epochs (meant as a "
         "slow start; it stirs, blows up in epochs 3 and 4 and dies)",
         {"data": BL, "model": {**_gh(), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "exploding_gradients", "update_ratio_high", "update_ratio_low",
                "vanishing_gradients", "underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss dips from 1.388 to 1.271 in epoch 3, the validation loss "
                      "jumps to 2.545 at epoch 3 and the epoch loss to 1.449 at epoch 4, then "
                      "both sit at ln 4 (1.386) to the end; gradient norms 0 to 11.1; every "
                      "dense unit logged dead (healthy at most 62.5%); accuracy 0.255 at the "
                      "majority share (0.2567), every test prediction in one class"), verdict=TP),
    Case("h221_slow_start_ledger_batchens_std002_momentum9", "a BatchEnsemble ReLU MLP of 32 "
         "with N(0, 0.02) init on the ledger, SGD with momentum 0.9 at LR 0.05 (cosine), batch "
         "32, 15 epochs",
         {"data": LG, "model": {**_be(width=32), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 for 2 epochs (1.385, 1.379), then falls (0.591 "
                      "at epoch 15, 1.3% over the last epoch, the validation loss lowest at the "
                      "end); accuracy 0.7429 (test 0.7286), below the healthy runs (0.8143 and "
                      "up) and above the baseline (0.5929); first gradient norms 0.020 to 0.026 "
                      "(healthy on the ledger at least 0.106)"), verdict=TP),
    Case("h221_unshuffled_ledger_batchens_silu_rmsprop", "the ledger sorted by label, never "
         "shuffled, a SiLU BatchEnsemble MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _be(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 19%); accuracy "
                      "0.3964 (training 0.3893), far below the healthy runs, with the epoch loss "
                      "still falling (1.382 to 1.363) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h221_mse_softmax_trends_lmu_adam", "the trends trained with square error on the "
         "softmax, the LMU of 16, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": TR, "model": _lmu(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9611 (test 0.9889) like the "
                      "healthy runs; the validation loss 3% above its epoch-11 minimum"),
         verdict=TP),
    Case("h221_noisy_yields_batchens_b1_adam", "the yields one row at a time (batch 1), a "
         "BatchEnsemble ReLU MLP of 24, Adam at LR 1e-3, 2 epochs",
         {"data": YD, "model": _be(width=24),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 3.1 times its mean over the second half (healthy "
                      "runner runs at most 0.96, healthy scripts 1.34), up to 37.5; single-row "
                      "gradients up to 27.5 (healthy at most 8.0); R2 0.6916 (training 0.8033), "
                      "below the baseline (0.722), with the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h221_overfit_ledger_subset40_batchens_tanh_adamw", "40 rows of the ledger, a tanh "
         "BatchEnsemble MLP of 160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40},
          "model": _be(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4 (training 1.0; the healthy runs 0.8143 "
                      "and up); the validation loss lowest at epoch 1 of 150, 5.3 times it at the "
                      "end; up to 15% of the second block's tanh outputs saturated (healthy up to "
                      "15.5%)"), verdict=GP),
    Case("h221_gap_blots_subset30_ghost_adam", "30 images of the blots, the ghost CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BL, "subset": 30}, "model": _gh(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("30 images teach less: accuracy 0.2567 at the majority share (training 1.0; "
                      "the healthy CNNs 0.7567 and up); the validation loss lowest at epoch 8 of "
                      "100, 2.1 times it at the end; up to 66% of the dense units logged dead "
                      "(healthy up to 62.5%); 40% of the test predictions in one class"),
         verdict=GP),
    Case("h221_underfit_trends_lmu_one_unit_adam", "the trends through an LMU of 1 hidden unit "
         "and a memory of order 1, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": TR, "model": _lmu(hidden=1, order=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "at_chance"),
         why_allowed=("one hidden unit cannot hold two directions and their exclusive or: "
                      "accuracy 0.3444 (training 0.3259; healthy 0.9222 and up), 0.078 above the "
                      "majority share, the epoch loss falling 1.3% over the last epoch; 41% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h221_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (weight decay "
         "1e-2) at LR 1e20, 1480 units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(1480,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h221_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.85, 0.99) at LR 1e-10, 1481 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(1481,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7314 at every epoch; accuracy 0.5391 (training 0.5703) at "
                      "its initial weights, 0.039 above the majority share"), verdict=TP),
    Case("h221_hf_trainer_wine_rmsprop_mom5_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "RMSprop (momentum 0.5) at LR 1e20 (decaying linearly), 1482 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rm("wine", hidden=(1482,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h221_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(weight decay 1e-2) at LR 1e-10 (decaying linearly), 1483 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(1483,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.146 at every evaluation; accuracy 0 at its initial "
                      "weights, far below 1/3"), verdict=TP),
    Case("h221_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.85, 0.99) at LR 1e20, 1484 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(1484,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h221_keras_digits_subset16_rmsprop_mom5_gap", "Keras names: 16 rows of digits, 1485 "
         "units, RMSprop (momentum 0.5) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rm("digits", hidden=(1485,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 4 of 120, 15% "
                      "above it at the end"), verdict=GP),
    Case("h221_tensorboard_breast_cancer_radam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "RAdam (weight decay 1e-2) at LR 1e20, 1486 units, batch 19, 3 epochs",
         script=tensorboard_run(_ra("breast_cancer", hidden=(1486,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h221_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1487 units, Adamax (betas 0.85, 0.99) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(1487,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5846, 0.085 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150, 5.3 "
                      "times it at the end; the step loss near 0 swings 1.34 times its mean"),
         verdict=GP),
    Case("h221_plain_corrupt_record_sine_rmsprop_mom5", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.5) at LR 1e-4, 1488 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(1488,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=17),
    Case("h221_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax (betas "
         "0.85, 0.99) at LR 1e-10, 1489 units, batch 25, 4 epochs",
         script=plain_run(_ax("digits", hidden=(1489,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.332 at every epoch; accuracy 0.1031, 0.003 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy221_ledger_batchens_relu_adam",
       {"data": LG, "model": _be(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy221_ledger_batchens_silu_adamw",
       {"data": LG, "model": _be(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy221_ledger_batchens_leaky_rmsprop",
       {"data": LG, "model": _be(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy221_ledger_batchens_elu_momentum9",
       {"data": LG, "model": _be(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy221_ledger_batchens_norm_tanh_adagrad",
       {"data": LG, "model": _be(width=24, depth=2, activation="tanh", norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy221_yields_batchens_tanh_adam",
       {"data": YD, "model": _be(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy221_yields_batchens_tanh_adamw",
       {"data": YD, "model": _be(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy221_blots_ghost_relu_adam",
       {"data": BL, "model": _gh(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy221_blots_ghost_leaky_adamw",
       {"data": BL, "model": _gh(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy221_blots_ghost_elu_rmsprop",
       {"data": BL, "model": _gh(channels=[8, 12], ratio=3, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy221_blots_ghost_relu_nesterov9",
       {"data": BL, "model": _gh(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy221_trends_lmu_adam",
       {"data": TR, "model": _lmu(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy221_trends_lmu_order12_adamw",
       {"data": TR, "model": _lmu(hidden=12, order=12),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy221_trends_lmu_rmsprop",
       {"data": TR, "model": _lmu(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy221_trends_lmu_theta8_adam_step",
       {"data": TR, "model": _lmu(hidden=16, theta=8.0),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy221_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(1480,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy221_lightning_wine_adamax",
        lightning_run(_ax("wine", hidden=(1481,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy221_hf_trainer_breast_cancer_rmsprop_mom5",
        hf_trainer_run(_rm("breast_cancer", hidden=(1482,), lr=1e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy221_hf_trainer_moons_radam",
        hf_trainer_run(_ra("moons", hidden=(1483,), lr=2e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy221_hf_trainer_iris_adamax",
        hf_trainer_run(_ax("iris", hidden=(1484,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy221_keras_circles_rmsprop_mom5",
        keras_run(_rm("circles", hidden=(1485,), lr=2e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy221_keras_wine_radam",
        keras_run(_ra("wine", hidden=(1486,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy221_keras_breast_cancer_adamax",
        keras_run(_ax("breast_cancer", hidden=(1487,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy221_tensorboard_iris_rmsprop_mom5",
        tensorboard_run(_rm("iris", hidden=(1488,), lr=3e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy221_tensorboard_digits_adamax",
        tensorboard_run(_ax("digits", hidden=(1489,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy221_tensorboard_moons_radam",
        tensorboard_run(_ra("moons", hidden=(1480,), lr=2e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy221_plain_moons_adamax",
        plain_run(_ax("moons", hidden=(1484,), lr=2e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy221_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(1486,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
