"""The two-hundred-and-thirty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout232`, :mod:`.heldout234` and :mod:`.heldout235` (not
looked at), after the measurement of :mod:`.heldout228` to :mod:`.heldout231`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`ProductUnitMLP` (layers of
additive units, linear and activation with an optional shift of the pre-activations, beside
log-space product units ``exp(W log(|x| + 0.01))``, concatenated, then a linear head),
:class:`FractalCNN` (two fractal blocks of 2 columns, a convolution path joined by its mean with
two stacked sub-blocks, local drop-path in training, each block max-pooled, a linear head) and
:class:`SelfAttentiveRNN` (a GRU-style cell written out from linear layers and sigmoid/tanh
modules that attends over its own past hidden states at every step, a linear head on the last
state); every fault code was produced with these three models. Every data set is this module's
own ``data.factory``: :func:`ledgers` (4 classes from 8 readings, the size of a product and a
linear score; 1400 rows, seed 2330), :func:`yields` (a regression of 8 readings, 1200 rows, seed
2331; times 300 plus 4000 with seed 2332 for the divergence), :func:`marks` (2000 12x12 images of
a saltire, a plus, a square outline or a T in noise 0.3, 2% random labels; seed 2333) and
:func:`tracks` (900 tracks of 12 steps in 2 readings, 4 classes from where a bump sits and
whether the second reading oscillates or drifts, given flattened as 24 columns; seed 2334).
Script cases use AdamW with betas (0.85, 0.98) and weight decay 0.01, Adagrad with LR decay 1e-3
and NAdam with momentum decay 5e-3 on digits, wine, iris, breast cancer, moons, circles and the
sine; every script case holds a hidden width of 1600 to 1609. Runner optimisers: Adam, AdamW,
plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.9 and Nesterov momentum 0.9; schedules
constant, cosine and exponential (gamma 0.85). The faults: divergence under
plain SGD in the product-unit MLP on the unscaled yields; exploding gradients in a 6-layer
leaky-ReLU product-unit MLP with N(0, 1) init under momentum 0.9 at LR 1e-10; dead units in the
product-unit MLP whose additive pre-activations are shifted by -10 (the net learns through its
product units) and in the fractal CNN blown up by plain RMSprop at LR 0.05; a high update ratio
from Adagrad at LR 2 in tanh product-unit layers; tiny learning rates in the fractal CNN (plain
SGD at 1e-9) and the attentive RNN (plain RMSprop at 1e-10); vanishing gradients through 16
sigmoid layers (no product units) under momentum 0.9; the attentive RNN's gates and candidate
saturated by N(0, 3) init; the fractal CNN with N(0, 0.03) init under momentum 0.9 (a slow
start); the ledgers sorted by label and never shuffled (SiLU layers, plain RMSprop); square error
on the attentive RNN's softmax; the ledgers one row at a time under Adam; 40 rows of the ledgers
(wide tanh layers, AdamW) and 30 images (the fractal CNN without drop-path, Adam), both overfit
with a gap; an attentive RNN of one hidden unit (underfitting); the scripts: Lightning's NaN on
digits (Adagrad) and stuck circles (NAdam), Trainer's NaN on wine (NAdam) and stuck iris
(Adagrad), Keras' NaN on moons (AdamW) and 16 rows of digits (NAdam, overfit, a gap),
TensorBoard's NaN on breast cancer (Adagrad) and 8 rows of circles (AdamW, overfit, a gap), the
loop's corrupt record on the sine (NAdam) and stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store; the numbers below are from that store. No other seed
was checked. The six healthy cases changed after that run (see "Changes after the first run")
were each trained once more, alone, into a fresh store of their own with their final settings;
their scores and validation-loss minima below are from those stores, while the measured ranges of
the other logged metrics (update ratios, dead and saturated fractions, gradient norms, step-loss
swing and position share) are still those of the first run and were not re-read for them.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end).
Majority shares (the test confusion matrices' rows): 0.3357 on the ledgers, 0.2625 on the marks,
0.2667 on the tracks; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003
(digits), 0.6316 (breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6071
(ledgers), 0.85 (marks), 0.9556 (tracks); R2 0.6157 (yields).

Measured healthy ranges (runner): update ratio quarter means 8.1e-5 (the two-layer SiLU net on
the yields) to 0.0424 (the attentive RNN under RMSprop), single steps at most 0.278 (the tanh net
under Adagrad on the ledgers); the ``update_ratio_high`` run reaches quarter means of 0.47 with
single steps up to 19; the ``update_ratio_low`` runs log quarter means of at most 4e-11 and
9.7e-10. Dead fraction at most 4.2% in the healthy product-unit nets and 18.75% in the healthy
CNNs' second block (0 in the first); the shifted nets' additive units 1.0, the blown-up CNN's
second block up to 0.81. Saturated fraction at most 0.089 (the tanh net under Adagrad; at most
0.082 in the healthy recurrent nets); the saturated RNN's 0.80 (tanh) and 0.74 (sigmoid), the
update-ratio run's 0.87. Gradient norms at most 61 (the SiLU net on the yields) and, outside the
CNNs (whose drop-path leaves a path without gradient at some steps), at least 5.3e-4 (the
attentive RNN with gate bias 1); first norms at least 1.6e-3 (the same), 9.6e-3 in the CNNs where
not zero; the vanishing run's down to 1.1e-15, the exploding run's 281 to 4.1e7. The step loss's
position in the epoch explains at most 32% of the within-epoch variance over the second half in
the healthy runner runs (the CNN under Nesterov momentum); the unshuffled run 99.8%. The standard
deviation of the step loss's step-to-step change over the second half is at most 1.19 times its
mean in the healthy runner runs (the tanh net under Adagrad on the ledgers) and 1.69 in the
healthy scripts. Healthy scores (validation): ledgers 0.825-0.925 (test 0.8679-0.9536; the changed
tanh net under Adagrad 0.8857, test 0.9214), yields R2 0.8271 and 0.8595 (test 0.7652 and 0.8862),
marks 0.9375-0.9575 (test 0.9625-0.9675: the CNN under Adam 0.9525, test 0.9675; the leaky CNN under
AdamW 0.9375, test 0.965; the ELU CNN under RMSprop 0.9375, test 0.9625; the CNN under Nesterov
momentum 0.9575, test 0.9675; baseline 0.85), tracks 0.75-0.8944 in the first run (test
0.7278-0.8944) and the changed attentive RNN under AdamW 0.9611 (test 0.9167; baseline 0.9556);
scripts: digits 0.9777 and 0.9777, wine 1.0 and 1.0, breast
cancer 0.9386, 0.9561 and
0.9561, moons 0.9531, 0.9773 and 0.9841, iris 0.9667 and 0.9667, circles 0.9919. Every healthy
run's validation loss is lowest at its end but
the tanh net under Adagrad (epoch 11 of 15, 0.16% above it), the ELU net under momentum (epoch 12
of 15, 0.7% above it), the leaky CNN under AdamW (epoch 18 of 20, 0.06% above it), the ELU CNN
under RMSprop (epoch 14 of 20, 0.52%), the CNN under Nesterov momentum (epoch 17 of 20, 0.7%),
the attentive RNN under AdamW (epoch 14 of 15, 0.15%), and among the scripts Lightning's
digits (epoch 8 of 10, 6.5% above it) and wine (epoch 11 of 15, 0.6%), Trainer's moons and iris
(epoch 19 of 20, 0.2% and 0.3%), Keras' breast cancer (epoch 9 of 12, 2.1%), TensorBoard's moons
(epoch 14 of 15, 18.8%) and the loop's breast cancer (epoch 11 of 12, 0.9%).

Not fixed: three of the four healthy attentive RNNs on the tracks (under Adam, RMSprop and Adam with
gate bias 1; 0.75 to 0.8944 in the first run) still end below their logged baseline (0.9556), so
they are not shown to be healthy by the part's own criterion; they are kept as first trained, and
they (with TensorBoard's moons and Lightning's digits above) should be replaced before this part is
used. Tried after the first run, one seed each, none kept: 30 epochs at LR 5e-3 (Adam; AdamW with 16
units; Adam with gate bias 1 and gamma 0.92), 30 epochs of RMSprop at LR 3e-3, 20 epochs at LR 3e-3
with 24 units (Adam) or 16 (AdamW), 20 epochs of RMSprop at LR 1e-3 and 30 epochs with gate bias 1
and 24 units: final accuracies 0.8333 to 0.9444 (best single epochs 0.9611), every one below 0.9556,
and five of the eight ending 3% to 21% above their validation-loss minimum. The attentive RNN on the
ledgers (Adam at LR 3e-3, 20 epochs) reached only 0.7429, far below the product-unit nets' 0.825 and
up, so it was not a replacement either. Last tries, 15 epochs: 48 units under Adam reached 0.9611
but ended 1.6% above its minimum (12 epochs: 0.9556, at the minimum but only equal to the baseline);
RMSprop at LR 2e-3 with 32 and 48 units 0.9444 and 0.9556; gate bias 1 with 32 or 48 units 0.9278
and 0.9444. These may be fixed next with about 48 units.

Changes after the first run: the first ledgers (the sign of a product, lost by the product units'
``log |x|``) and yields (signed products) were too hard for the product-unit MLP (healthy ledgers
0.6071 to 0.775 against a baseline of 0.6071, yields R2 0.33 and 0.42 against 0.6254), the first
marks (3000 images in noise 0.5) too hard for the fractal CNN (0.5567 to 0.6 against 0.5267) and
the first tracks' oscillation had a fixed phase; so the ledgers class took the size of the product
and a linear score, the yields the size of the product and linear terms, the marks 2000 images in
noise 0.3 and the tracks a random phase, and every case was trained again and labelled from that
run. The batch-1 fault moved from 1000 images (its step loss swung 0.47 times its mean) to the
ledgers.

Changes after the first run, to healthy cases only (no fault case was changed): the four CNNs on
the marks ended below their baseline (0.725 to 0.825 against 0.85) after 8 epochs, so the CNN
under Adam went to LR 3e-3 for 12 epochs (0.9525, validation loss lowest at the end; 20 epochs
at LR 3e-3 gave 0.96 but ended 5.3% above its minimum at epoch 13), the leaky CNN under AdamW to
LR 3e-3 for 20 epochs (0.9375), the ELU CNN under RMSprop to LR 2e-3 for 20 epochs (0.9375; LR
1e-3 for 20 epochs gave 0.8375) and the CNN under Nesterov momentum to LR 0.03 for 20 epochs
(0.9575; 16 epochs ended 3.2% above its minimum). The tanh net under Adagrad on the ledgers ended
2.1% above its validation minimum under a step schedule (every 8 epochs), so it took a cosine
schedule at the same LR 0.03 (0.8857, 0.16% above its minimum at epoch 11 of 15; LR 0.02 gave
0.8643). The attentive RNN under AdamW on the tracks took 32 hidden units instead of 12 and 15
epochs instead of 12 (0.9611 against its baseline 0.9556, test 0.9167, its validation loss 0.15%
above its minimum at epoch 14 of 15).

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


def ledgers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is twice whether the
    size of the product of readings 0 and 1 exceeds 0.45 plus the sign of a linear score of
    readings 2 and 3; readings 4 to 7 are noise; a share ``flip`` of the labels is drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = np.abs(x[:, 0] * x[:, 1]) - 0.45
    s2 = x[:, 2] + 0.6 * x[:, 3] - 0.2
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings; the target is the size of a product
    of two, a linear third, a square of a fourth and a linear sixth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.2 * np.abs(x[:, 0] * x[:, 1]) + 0.8 * x[:, 2] + 0.6 * x[:, 3] ** 2 + x[:, 5]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


_MARKS = tuple(np.array(g, dtype=float) for g in (
    [[1, 0, 0, 0, 1], [0, 1, 0, 1, 0], [0, 0, 1, 0, 0], [0, 1, 0, 1, 0], [1, 0, 0, 0, 1]],
    [[0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]],
    [[1, 1, 1, 1, 1], [1, 0, 0, 0, 1], [1, 0, 0, 0, 1], [1, 0, 0, 0, 1], [1, 1, 1, 1, 1]],
    [[1, 1, 1, 1, 1], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [0, 0, 1, 0, 0]],
))


def marks(n: int = 2000, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 mark at a random place
    (4 classes: a saltire, a plus, a square outline, a T) in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images(_MARKS, n, 12, noise, flip, seed)


def tracks(n: int = 900, steps: int = 12, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` tracks of ``steps`` steps in 2 readings; the class
    says where a bump of height 1.2 sits in reading 0 (first or second half of the track) and
    whether reading 1 oscillates (a sign flipping every step, from a random phase) or drifts up
    or down (4 classes), under Gaussian noise of ``noise``. Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    t = np.arange(steps)
    for i, label in enumerate(y):
        half = steps // 2
        at = int(rng.integers(0, half - 2)) + (half if label // 2 else 0)
        x[i, at:at + 3, 0] += 1.2
        if label % 2:
            x[i, :, 1] += 0.6 * np.where(t % 2 == 0, 1.0, -1.0) * rng.choice([-1.0, 1.0])
        else:
            x[i, :, 1] += 0.12 * (t - steps / 2) * rng.choice([-1.0, 1.0])
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _ProductLayer(nn.Module):
    """``width`` additive units (linear, activation; pre-activations shifted by ``bias_shift``)
    beside ``products`` product units ``exp(W log(|x| + 0.01))`` (each a learnt power product of
    the inputs, exponent clamped to [-8, 8]); their outputs are concatenated."""

    def __init__(self, n_in: int, width: int, products: int, activation: str,
                 bias_shift: float) -> None:
        super().__init__()
        self.add = nn.Linear(n_in, width)
        self.act = _ACTS[activation]()
        self.mul = nn.Linear(n_in, products) if products else None
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.act(self.add(x) + self.bias_shift)
        if self.mul is None:
            return a
        p = torch.exp(self.mul(torch.log(x.abs() + 0.01)).clamp(-8.0, 8.0))
        return torch.cat([a, p], 1)


class ProductUnitMLP(nn.Module):
    """``depth`` layers of additive and log-space multiplicative (product) units, then a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 products: int = 8, depth: int = 1, activation: str = "relu",
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers = []
        for _ in range(depth):
            layers.append(_ProductLayer(n_in, width, products, activation, bias_shift))
            n_in = width + products
        self.layers = nn.ModuleList(layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer in self.layers:
            h = layer(h)
        return self.head(h)


class _Fractal(nn.Module):
    """A fractal expansion of ``columns`` columns: f1 = conv-activation; f(C+1) = the mean of
    conv-activation and f(C) applied twice; in training each join drops one of its two paths at
    random with probability ``drop_path`` (local drop-path)."""

    def __init__(self, c_in: int, c_out: int, columns: int, activation: str,
                 drop_path: float) -> None:
        super().__init__()
        self.conv = nn.Conv2d(c_in, c_out, 3, padding=1)
        self.act = _ACTS[activation]()
        self.drop_path = drop_path
        if columns > 1:
            self.first = _Fractal(c_in, c_out, columns - 1, activation, drop_path)
            self.second = _Fractal(c_out, c_out, columns - 1, activation, drop_path)
        else:
            self.first = self.second = None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        short = self.act(self.conv(x))
        if self.first is None:
            return short
        deep = self.second(self.first(x))
        if self.training and self.drop_path > 0 and float(torch.rand(())) < self.drop_path:
            return short if float(torch.rand(())) < 0.5 else deep
        return (short + deep) / 2


class FractalCNN(nn.Module):
    """Two fractal blocks (each followed by 2x2 max pooling), a flattened linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), columns: int = 2,
                 drop_path: float = 0.15, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.block1 = _Fractal(c, channels[0], columns, activation, drop_path)
        self.block2 = _Fractal(channels[0], channels[1], columns, activation, drop_path)
        self.pool = nn.MaxPool2d(2)
        self.head = nn.Linear(channels[1] * (h // 4) * (w // 4), n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.block2(self.pool(self.block1(x))))
        return self.head(h.flatten(1))


class SelfAttentiveRNN(nn.Module):
    """A GRU-style cell written by hand that, at each step, attends over its own past hidden
    states (dot-product attention with a query from the last hidden state) and feeds the context
    into its sigmoid update and reset gates (pre-activations shifted by ``gate_bias``) and its
    tanh candidate; it reads the flattened sequence of ``features`` readings a step to its last
    hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 3 * hidden)
        self.wh = nn.Linear(hidden, 3 * hidden, bias=False)
        self.wc = nn.Linear(hidden, 3 * hidden, bias=False)
        self.query = nn.Linear(hidden, hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.gate_bias = gate_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        past: list[torch.Tensor] = []
        n = self.hidden
        for t in range(self.steps):
            if past:
                mem = torch.stack(past, 1)
                score = (mem @ self.query(h).unsqueeze(2)).squeeze(2) / n ** 0.5
                ctx = (torch.softmax(score, 1).unsqueeze(2) * mem).sum(1)
            else:
                ctx = torch.zeros_like(h)
            zx, zh, zc = self.wx(seq[:, t]), self.wh(h), self.wc(ctx)
            gates = self.gate(zx[:, :2 * n] + zh[:, :2 * n] + zc[:, :2 * n] + self.gate_bias)
            u, r = gates[:, :n], gates[:, n:]
            cand = self.squash(zx[:, 2 * n:] + r * zh[:, 2 * n:] + zc[:, 2 * n:])
            h = u * h + (1 - u) * cand
            past.append(h)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout233"
LG = _factory(f"{HERE}:ledgers", seed=2330)
YD = _factory(f"{HERE}:yields", seed=2331)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2332)
MK = _factory(f"{HERE}:marks", seed=2333)
TR = _factory(f"{HERE}:tracks", seed=2334)


def _pu(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ProductUnitMLP", "args": args}


def _fr(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FractalCNN", "args": args}


def _ar(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SelfAttentiveRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.98) and weight decay 0.01."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.98), "weight_decay": 0.01},
              **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with learning-rate decay 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with momentum decay 5e-3."""
    return _s(data, optim="nadam", optim_args={"momentum_decay": 5e-3}, **kw)


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
    Case("h233_divergence_yields_raw_product_mlp_sgd", "the yields regression times 300 plus "
         "4000 (targets unscaled), the product-unit MLP (20 additive, 6 product units), plain "
         "SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _pu(width=20, products=6),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.0e7 at the first step, 3.9e21 at the third and Inf at "
                      "step 4, where the run stops"), verdict="failed"),
    Case("h233_exploding_ledgers_product_mlp_d6_leaky_std1", "a 6-layer leaky-ReLU product-unit "
         "MLP (24 additive, 4 product units a layer) with N(0, 1) init on the ledgers, SGD with "
         "momentum 0.9 at LR 1e-10, batch 30",
         {"data": LG, "model": {**_pu(width=24, products=4, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 7.44e5 to 7.18e5 (3.5% lower); every gradient norm 281 to "
                      "4.1e7 "
                      "(healthy at most 61); quarter-mean update ratios up to 5.5e-5, a side "
                      "effect of the LR; 4.2% of a layer's units logged dead; accuracy 0.2893, "
                      "0.046 below the majority share (0.3357); 63% of the test predictions in one "
                      "class"), verdict="failed"),
    Case("h233_dead_relu_ledgers_product_mlp_shift10", "the product-unit MLP (24 additive, 8 "
         "product units, 2 layers) whose additive pre-activations are shifted by -10, so their "
         "ReLUs never fire and the net learns through its product units, Adam at LR 2e-3 "
         "(cosine), batch 25, 15 epochs",
         {"data": LG, "model": _pu(width=24, products=8, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("not_converged", "exploding_gradients"),
         why_allowed=("every additive unit of both layers logged dead (healthy 0), the net "
                      "learning "
                      "through its product units alone: accuracy 0.5571 (training 0.5667) below "
                      "the baseline (0.6071) and the healthy runs (0.825 and up), its epoch loss "
                      "0.9236 to 0.9204 over the last epoch (the validation loss lowest at the "
                      "end); the shifted units' products give a first step loss of 120.8 and a "
                      "first gradient norm of 2730"), verdict=TP),
    Case("h233_dead_relu_marks_fractal_rmsprop_lr005", "the fractal CNN (8, 16 channels, 2 "
         "columns) on the marks, plain RMSprop at LR 0.05, batch 28",
         {"data": MK, "model": _fr(),
          "optim": {"name": "rmsprop", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.38 to 5.9e4 in epoch 1 (epoch loss 1369), then "
                      "sits near ln 4 (1.395 and 1.39), so the blow-up passed; gradient norms 0 to "
                      "1.3e4 and single update ratios up to 10.5 (healthy at most 0.278); up to "
                      "81% of the second block's channels logged dead (healthy at most 18.75%); "
                      "accuracy 0.24 at the majority share (0.2625), 94% of the test predictions "
                      "in one class"), verdict=TP),
    Case("h233_update_ratio_high_ledgers_product_mlp_tanh_adagrad", "the product-unit MLP with "
         "tanh units (24 additive, 8 product units) on the ledgers, Adagrad at LR 2, batch 26, "
         "8 epochs",
         {"data": LG, "model": _pu(width=24, products=8, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.47, single "
                      "steps up to 19; healthy at most 0.0424 and 0.278), and 87% of the tanh "
                      "units saturate (healthy at most 0.089): epoch losses 315, 3.81, 3.82, "
                      "1.70 down to 1.04, the step loss up to 8898 and swinging 2.66 times its "
                      "mean;"
                      " accuracy 0.6071 (training 0.7345), the baseline's, with the validation "
                      "loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h233_update_ratio_low_marks_fractal_sgd_lr1e9", "the fractal CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": MK, "model": _fr(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.385 to 1.387; quarter-mean update ratios at most 4e-11 "
                      "(healthy at least 8.1e-5); accuracy 0.28 against a majority share of "
                      "0.2625; 80% of the test predictions in one class"), verdict=TP),
    Case("h233_update_ratio_low_tracks_attentive_rnn_rmsprop_lr1e10", "the self-attentive RNN "
         "of 16 on the tracks, plain RMSprop at LR 1e-10, batch 27, 3 epochs",
         {"data": TR, "model": _ar(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.434 at every epoch; quarter-mean update ratios at most "
                      "9.7e-10 (healthy at least 8.1e-5); accuracy 0.2333 against a majority "
                      "share of 0.2667; 72% of the test predictions in one class"), verdict=TP),
    Case("h233_vanishing_ledgers_product_mlp_d16_sigmoid_momentum9", "a 16-layer sigmoid "
         "product-unit MLP (12 additive units, no product units) on the ledgers, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": _pu(width=12, products=0, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "at_chance"),
         why_allowed=("the first layers' gradients down to 1.1e-15 (healthy at least 5.3e-4); the "
                      "last layers still move (quarter-mean update ratios up to 0.036) but the "
                      "epoch loss stays at 1.38 (ln 4 is 1.386, 1.395 to 1.377 over the run); "
                      "accuracy 0.2679, 0.068 below the majority share (0.3357); every test "
                      "prediction in one class"), verdict=TP),
    Case("h233_saturated_tracks_attentive_rnn_std3_rmsprop", "the self-attentive RNN of 16 "
         "with N(0, 3) init on the tracks, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TR, "model": {**_ar(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_training", "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("80% of the cell's tanh and 74% of its sigmoid outputs saturated (healthy at "
                      "most 0.089); the epoch loss 10.98 to 10.07, far above ln 4 (8% lower, "
                      "the validation loss 2.4% above its epoch-2 minimum at the end); gradient "
                      "norms up to 2.5e5 (healthy at most 61), a side effect of the N(0, 3) "
                      "init; accuracy 0.2444 against a majority share of 0.2667; 39% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h233_slow_start_marks_fractal_std003_momentum9", "the fractal CNN with N(0, 0.03) "
         "init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": MK, "model": {**_fr(drop_path=0.0), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.387, 1.386, 1.379) for the first 3 epochs, "
                      "then falls (0.3835 at epoch 10, the validation loss lowest at the end); "
                      "first gradient norms 1.1e-3 to 0.0116 (healthy first norms at least "
                      "9.6e-3); up to 19% of a block's channels logged dead on the way; "
                      "accuracy 0.8725 (test 0.8775) against a baseline of 0.85"), verdict=TP),
    Case("h233_unshuffled_ledgers_product_mlp_silu_rmsprop", "the ledgers sorted by label, "
         "never shuffled, the product-unit MLP with SiLU units (24 additive, 8 product units), "
         "plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _pu(width=24, products=8, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 32%); accuracy 0.2857 (training "
                      "0.2667), 0.05 below the majority share, far below the healthy runs, with "
                      "the epoch loss still falling (1.438 to 1.429) and the validation loss "
                      "lowest at the end; 91% of the test predictions in one class"), verdict=TP),
    Case("h233_mse_softmax_tracks_attentive_rnn_adam", "the tracks trained with square error "
         "on the softmax, the self-attentive RNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TR, "model": _ar(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8944 (test 0.95) below the baseline "
                      "(0.9556), the validation loss lowest at the end"), verdict=TP),
    Case("h233_noisy_ledgers_product_mlp_b1_adam", "the ledgers one row at a time (batch 1), "
         "the product-unit MLP (24 additive, 8 product units), Adam at LR 1e-3, 2 epochs",
         {"data": LG, "model": _pu(width=24, products=8),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "noisy_loss"),
         why_allowed=("meant as a noisy loss, but the step loss swings only 1.17 times its mean "
                      "over the second half, inside the healthy runner runs (up to 1.19), so "
                      "relabelled: 2 epochs leave it unfinished (epoch loss 1.15 to 0.638, "
                      "accuracy 0.7536 to 0.8607, the validation loss lowest at the end); "
                      "single-row gradients up to 56 (healthy at most 61)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h233_overfit_ledgers_subset40_product_mlp_tanh_adamw", "40 rows of the ledgers, the "
         "product-unit MLP with tanh units (160 additive, 16 product units, 2 layers), AdamW at "
         "LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40},
          "model": _pu(width=160, products=16, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4857 (training 1.0; the healthy runs 0.825 "
                      "and up); the validation loss lowest at epoch 3 of 150, 3.34 times it at "
                      "the end; the epoch loss at 6e-6 gives gradients down to 1.6e-7"),
         verdict=GP),
    Case("h233_gap_marks_subset30_fractal_adam", "30 images of the marks, the fractal CNN with "
         "16 and 32 channels and no drop-path, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _fr(channels=[16, 32], drop_path=0.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4025 (training 1.0; the healthy CNNs "
                      "0.725 and up); the validation loss lowest at epoch 7 of 100 (1.338), 2.15 "
                      "times it at the end; up to 22% of the second block's channels logged dead "
                      "(healthy at most 18.75%)"), verdict=GP),
    Case("h233_underfit_tracks_attentive_rnn_one_unit_adam", "the tracks through a "
         "self-attentive RNN of 1 hidden unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": TR, "model": _ar(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "not_converged"),
         allow=("overfitting", "noisy_loss", "saturated_activation", "update_ratio_high"),
         why_allowed=("one hidden unit cannot hold the bump and the oscillation: accuracy 0.4556 "
                      "(training 0.5056; healthy 0.75 and up), far below the baseline "
                      "(0.9556), while the epoch loss still falls 3.8% over the last epoch "
                      "(0.9504 to 0.9147) with the validation loss lowest at the end; single "
                      "update ratios up to 3.3 in the one-unit layers"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h233_lightning_digits_adagrad_lr1e20_nan", "Lightning: digits, Adagrad (LR decay "
         "1e-3) at LR 1e20, 1600 units, batch 24, 3 epochs",
         script=lightning_run(_ag("digits", hidden=(1600,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h233_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (momentum decay 5e-3) at LR 1e-10, 1601 units, batch 20, 3 epochs",
         script=lightning_run(_na("circles", hidden=(1601,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7357 at every epoch; accuracy 0.4297 (training 0.5078) at "
                      "its "
                      "initial weights, 0.07 below the majority share (0.5)"), verdict=TP),
    Case("h233_hf_trainer_wine_nadam_lr1e20_nan", "Hugging Face Trainer names: wine, NAdam "
         "(momentum decay 5e-3) at LR 1e20 (decaying linearly), 1602 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("wine", hidden=(1602,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h233_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad (LR decay 1e-3) at LR 1e-10 (decaying linearly), 1603 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(1603,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.049 at every evaluation; accuracy 0.2 at its initial "
                      "weights, far below 1/3"), verdict=TP),
    Case("h233_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85, 0.98, weight decay 0.01) at LR 1e20, 1604 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1604,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h233_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 1605 units, "
         "NAdam (momentum decay 5e-3) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(1605,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0; the healthy "
                      "digits 0.97 and up); the validation loss lowest at epoch 4 of 120 (2.089), "
                      "1.14 times it at the end"), verdict=GP),
    Case("h233_tensorboard_breast_cancer_adagrad_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adagrad (LR decay 1e-3) at LR 1e20, 1606 units, batch 19, 3 epochs",
         script=tensorboard_run(_ag("breast_cancer", hidden=(1606,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h233_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1607 units, AdamW (betas 0.85, 0.98, weight decay 0.01) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1607,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150, 4.96 "
                      "times it at the end; the step loss near 0 swings 1.52 times its mean"),
         verdict=GP),
    Case("h233_plain_corrupt_record_sine_nadam", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), NAdam (momentum decay 5e-3) at LR 1e-4, 1608 units, batch 20, "
         "a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_na("sine", hidden=(1608,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=13),
    Case("h233_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas "
         "0.85, 0.98, weight decay 0.01) at LR 1e-10, 1609 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1609,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.306 at every epoch; accuracy 0.1393, 0.039 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy233_ledgers_product_mlp_relu_adam",
       {"data": LG, "model": _pu(width=32, products=8),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy233_ledgers_product_mlp_silu_adamw",
       {"data": LG, "model": _pu(width=28, products=8, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy233_ledgers_product_mlp_leaky_rmsprop",
       {"data": LG, "model": _pu(width=30, products=6, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy233_ledgers_product_mlp_elu_momentum9",
       {"data": LG, "model": _pu(width=26, products=8, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy233_ledgers_product_mlp_d2_tanh_adagrad",
       {"data": LG, "model": _pu(width=24, products=6, depth=2, activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy233_yields_product_mlp_tanh_adam",
       {"data": YD, "model": _pu(width=32, products=8, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy233_yields_product_mlp_d2_silu_adamw",
       {"data": YD, "model": _pu(width=24, products=8, depth=2, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy233_marks_fractal_relu_adam",
       {"data": MK, "model": _fr(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy233_marks_fractal_leaky_adamw",
       {"data": MK, "model": _fr(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 40}}),
    _h("healthy233_marks_fractal_elu_rmsprop",
       {"data": MK, "model": _fr(channels=[8, 12], activation="elu", drop_path=0.1),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy233_marks_fractal_relu_nesterov9",
       {"data": MK, "model": _fr(channels=[12, 16]),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy233_tracks_attentive_rnn_adam",
       {"data": TR, "model": _ar(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy233_tracks_attentive_rnn_adamw",
       {"data": TR, "model": _ar(hidden=32),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy233_tracks_attentive_rnn_rmsprop",
       {"data": TR, "model": _ar(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy233_tracks_attentive_rnn_gate1_adam",
       {"data": TR, "model": _ar(hidden=16, gate_bias=1.0),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 32}}),
    _hs("healthy233_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1600,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy233_lightning_wine_adagrad",
        lightning_run(_ag("wine", hidden=(1601,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy233_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(1602,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy233_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1603,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy233_hf_trainer_iris_adagrad",
        hf_trainer_run(_ag("iris", hidden=(1604,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy233_keras_circles_nadam",
        keras_run(_na("circles", hidden=(1605,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy233_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1606,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy233_keras_breast_cancer_adagrad",
        keras_run(_ag("breast_cancer", hidden=(1607,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy233_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(1608,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy233_tensorboard_digits_adagrad",
        tensorboard_run(_ag("digits", hidden=(1609,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy233_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1600,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy233_plain_moons_adagrad",
        plain_run(_ag("moons", hidden=(1604,), lr=0.005, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy233_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1606,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
