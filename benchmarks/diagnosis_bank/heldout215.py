"""The two-hundred-and-fifteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout214`, :mod:`.heldout216` and :mod:`.heldout217` (not
looked at), after the measurement of :mod:`.heldout210` to :mod:`.heldout213`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`ObliviousForest` (a
NODE-style ensemble of oblivious soft decision trees, each level one learnt feature choice, a
softmax over a row of ``select.weight``, split at a learnt threshold through an ``nn.Sigmoid``
shared by the level's nodes, the leaf responses summed over the trees; optionally reading the
features beside dense layers of its own), :class:`ResidualAttentionCNN` (a trunk branch times (1 +
the sigmoid mask of a small encoder-decoder mask branch), pooled, a second convolution, a dense
layer, a linear head) and :class:`PeepholeLSTM` (a hand-written LSTM cell with peephole
connections, its input, forget and output gates ``nn.Sigmoid`` modules, reading the flattened
sequence to its last hidden state). Every data set is this module's own ``data.factory``:
:func:`ridges`, a tabular 4-class set of 8 readings (1400 rows, 3% random labels; seed 2150);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2151; times 250 plus 5000
with seed 2152 for the divergence); :func:`badges`, 3000 1x10x10 images of one of 5 4x4 badges
in noise 0.35, 2% random labels (seed 2153); :func:`currents`, 900 walks of 12 steps in 2
readings whose class says which readings drift (drift 0.8 a step under noise 0.5; seed 2154).
Script cases use AdamW with betas (0.8, 0.95) and weight decay 0.01, Adagrad with an initial
accumulator value of 0.5 and SGD with Nesterov momentum 0.95 on wine, iris, breast cancer,
digits, moons, circles and the sine; every script case holds a hidden width of 1420 to 1429.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, exponential and step. The faults, each through what its model has:
divergence under plain SGD in the forest on the unscaled yields; exploding gradients in the CNN
with N(0, 1) init under SGD with momentum 0.5 at LR 1e-10; dead units in a forest's own ReLU layer
shifted by -10 (the trees learn from the raw readings) under Adam, and the CNN's trunk killed by
plain RMSprop at LR 0.08; a high update ratio from Adagrad at LR 2 in the forest's leaves; tiny
learning rates in the CNN (plain SGD at 1e-9) and the LSTM (plain RMSprop at 1e-10); vanishing
gradients through 16 sigmoid layers in front of a forest under SGD with momentum 0.9; the LSTM's
candidate tanh saturated by N(0, 3) init under plain RMSprop; the CNN under momentum 0.9 at LR 0.02
(a slow start); the ridges sorted by label and never shuffled (the forest, plain RMSprop); square
error on the LSTM's softmax under Adam; the CNN at batch 1 under Adam on 1000 images; 40 rows of
the ridges (32 depth-4 trees, AdamW) and 30 images (the CNN, Adam), both overfit with a gap; a
forest of one single-level tree (underfitting); the scripts: Lightning's NaN on digits (Nesterov)
and stuck circles (AdamW), Trainer's NaN on wine (Adagrad) and stuck iris (Nesterov), Keras' NaN
on moons (AdamW) and 16 rows of digits (Adagrad, overfit, a gap), TensorBoard's NaN on breast
cancer (Nesterov) and 8 rows of circles (AdamW, overfit, a gap), the loop's corrupt record on the
sine (Adagrad) and stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of its settings every case was
trained once more from this file into a fresh store (the cases left unchanged gave the same
numbers); the numbers below are from those runs. No other seed was checked. The step-loss swing
(the standard deviation of the step-to-step change over the second half over its mean) and the
position share were computed here from the logged step losses.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2714 on the ridges, 0.215 on the badges, 0.2556 on
the currents; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.7143 (ridges), 0.805
(badges), 0.9111 (currents); R2 0.6765 (yields), 0.6142 (the unscaled yields).

Measured healthy ranges (runner): update ratios at most 0.21 (the forests' leaves under RMSprop
and Adagrad) and at least 3e-6 (the CNN's mask output); the ``update_ratio_high`` run reaches 4.0
in its leaves; the ``update_ratio_low`` runs at most 2.5e-12 and 3.5e-9. Dead fraction 0 in the
healthy forests' own layers and at most 44% in the healthy CNNs' dense layer; the shifted layer
1.0, the killed CNN's second trunk convolution 1.0. Saturated fraction at most 18% in the forests'
splits and 33% in the CNNs' mask; the saturated LSTM's candidate 66%. Gradient norms at least
0.011 (the forests' feature choice) and at most 10 (the CNN's trunk); the vanishing run's down to
6.9e-16, the exploding run's 3712 to 3.9e4. The step loss's position in the epoch explains at most
29% of its within-epoch variance over the second half in the healthy runner runs, the unshuffled
run 99%; the step loss's swing is at most 1.24 in the healthy runner runs (the CNN under Adagrad),
the batch-1 run's 2.04. Healthy scores (validation): ridges 0.8107-0.8821 (test 0.7893-0.8571),
yields R2 0.7615-0.8744 (test 0.799-0.9006), badges 0.8117-0.9683 (test 0.815-0.9533); scripts:
digits 0.9805 and 0.9666, wine 1.0 and 1.0, breast cancer 0.9386, 0.9561 and 0.9561, moons
0.9531, 0.9531 and 0.9762, iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's validation
loss is lowest at its end but Trainer's moons (epoch 19 of 20, 0.17% above it) and Trainer's iris
(epoch 19 of 20, under 0.01% above it).

Changes after the first run: the forest first kept its feature choice and leaves as bare
parameters, which the runner's update-ratio and gradient probes (modules with a ``weight``) do not
see, so they became ``select`` and ``leaves`` linear layers, the leaves started N(0, 0.5); the
first exploding case (6 leaky-ReLU layers with N(0, 1) init in front of the forest) gave gradient
norms of at most 1.9, the trees' saturated splits stopping them, so the exploding case became the
CNN with N(0, 1) init; the first slow start (the CNN with N(0, 0.03) init at LR 0.05) never left
ln 5 in 10 epochs, while the healthy CNN under momentum 0.9 at LR 0.02 sat at ln 5 for 3 epochs, so
that became the slow start (10 epochs) and the fourth healthy CNN took Adagrad with ELU; the healthy
forests under RMSprop (0.72), with a SiLU layer under Nesterov momentum (0.58) and on the yields
under AdamW (R2 0.72) were slow, so LR 0.01 (RMSprop, AdamW) and Adam for the SiLU forest; the
healthy CNNs under ELU and RMSprop (0.74) and ReLU and Adam (0.85) took leaky ReLU at LR 2e-3 and
LR 3e-3; the saturated LSTM's loss fell 9% at LR 1e-4, so LR 1e-5. The sequences were first the
sign pattern of one drifting reading (the healthy LSTMs 0.78 to 0.83 against a baseline of 0.817),
then which readings drift at 0.4 a step (0.49 to 0.58 against 0.522), then at 0.8 a step (0.856
to 0.894 against 0.911): the LSTM never beat the linear baseline, so its four healthy runs were
replaced by four forests (RMSprop, Adagrad, SiLU layer under Adam on the yields; 16 depth-2 trees
under AdamW on the ridges); the LSTM's faults stay on the last sequences. Lightning's digits
(AdamW at LR 1e-3) ended 62% above its epoch-8 minimum, so LR 3e-4; Trainer's iris (Nesterov at
LR 5e-3) 0.8% above its epoch-12 minimum, so LR 2e-3; the loop's breast cancer (AdamW at LR 5e-4)
2.3% above its epoch-11 minimum, so LR 2e-4 (each lowest at its end, or within 0.01%).

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 5, 1.617), so
``divergence`` is allowed there and the verdict is a training problem; the exploding run's loss is
4.28e4 at every epoch and its verdict is a failure; the test predictions fall in one class in the
exploding run (98%), the killed CNN (100%), the stuck CNN (100%), the vanishing run (100%) and the
stump (99.6%), so ``predictions_collapsed`` is expected there, and in none of the others (at most
53%, the unshuffled run); the exploding run, the killed CNN, the stuck CNN, the stuck LSTM (0.25
against 0.2556), the vanishing run and the stump score within 0.05 of the majority share
(``at_chance`` expected), the saturated LSTM 0.1778 (allowed); Lightning's NaN digits, Keras' NaN
moons and the loop's stuck digits expect ``at_chance``, Lightning's stuck circles (0.5703),
Trainer's NaN wine, Trainer's stuck iris and TensorBoard's NaN breast cancer and 8 rows of circles
allow it; the shifted forest learns on its raw readings (0.8821) with its loss still falling, so
``not_converged`` is expected beside ``dead_relu`` and ``underfitting`` is not; the unshuffled run's
and the batch-1 run's loss still falls with the validation loss lowest at the end (``not_converged``
expected); the overfit runs' validation losses end 2.12 (40 rows), 4.49 (30 images), 1.16 (Keras'
16 rows) and 9.3 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected
beside ``generalisation_gap``; the slow start sat at ln 5 for 4 epochs, so ``slow_start`` is
expected.

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


def ridges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is twice the sign of
    a step-like score (reading 0 above 0.3, or reading 1 above 0.8) plus the sign of a score
    with a product term (readings 2 to 4); readings 5 to 7 are noise; a share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = (x[:, 0] > 0.3) | (x[:, 1] > 0.8)
    s2 = x[:, 2] + 0.7 * x[:, 3] * x[:, 4] > 0
    y = 2 * s1.astype(int) + s2.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a step in one, a
    product of two, a rectified fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * (x[:, 0] > 0) + x[:, 1] * x[:, 2] + np.maximum(x[:, 3], 0.0) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def badges(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 4x4 badge each at a random
    place (5 classes: a plus, a cross, a square outline, a filled upper half, a filled left
    half), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    plus = np.zeros((4, 4))
    plus[1:3, :] = 1.0
    plus[:, 1:3] = 1.0
    cross = np.eye(4) + np.fliplr(np.eye(4))
    outline = np.ones((4, 4))
    outline[1:3, 1:3] = 0.0
    upper = np.zeros((4, 4))
    upper[:2] = 1.0
    badges_ = (plus, np.clip(cross, 0, 1), outline, upper, upper.T.copy())
    y = rng.integers(0, 5, n)
    x = rng.normal(0.0, noise, (n, 1, 10, 10))
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, 7, 2))
        x[i, 0, r:r + 4, c:c + 4] += badges_[int(label)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 5, int(noisy.sum()))
    return x.astype(np.float32), y


def currents(n: int = 900, steps: int = 12, noise: float = 0.5, drift: float = 0.8,
             seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` walks of ``steps`` steps in 2 readings; the class
    says which readings drift (by ``drift`` a step, up or down at random): the first only, the
    second only, both or neither (4 classes; the direction is no part of the class, so a linear
    read of the values cannot tell them), under Gaussian steps of ``noise`` from a random
    start. Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    moves = rng.normal(0.0, noise, (n, steps, 2))
    drifting = np.stack([(y == 0) | (y == 2), (y == 1) | (y == 2)], 1).astype(float)
    signs = np.where(rng.random((n, 2)) < 0.5, 1.0, -1.0)
    moves += (drift * drifting * signs)[:, None, :]
    x = rng.normal(0.0, 1.0, (n, 1, 2)) + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class ObliviousForest(nn.Module):
    """A NODE-style ensemble of ``trees`` oblivious soft decision trees of ``depth`` levels: at
    each level a tree picks one feature by a softmax over learnt feature logits and splits it at
    a learnt threshold through a sigmoid (the same split for every node of the level); a leaf's
    weight is the product of its path's split probabilities, a tree's output its leaves'
    learnt responses so weighted, and the trees are summed. With ``embed`` the trees read the
    features beside ``embed_depth`` dense layers of ``embed`` units (whose pre-activations are
    shifted by ``embed_shift``); ``passthrough=False`` drops the raw features."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, trees: int = 8,
                 depth: int = 3, embed: int | None = None, embed_depth: int = 1,
                 activation: str = "relu", embed_shift: float = 0.0,
                 passthrough: bool = True) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.embeds = nn.ModuleList()
        self.acts = nn.ModuleList()
        width = n_in
        for _ in range(embed_depth if embed else 0):
            self.embeds.append(nn.Linear(width, int(embed)))
            self.acts.append(_ACTS[activation]())
            width = int(embed)
        self.embed_shift = embed_shift
        self.passthrough = passthrough or not embed
        n_feat = (n_in if self.passthrough else 0) + (int(embed) if embed else 0)
        self.trees, self.depth = trees, depth
        # the feature choice: a softmax over each row of ``select.weight``; the threshold: minus
        # ``select.bias``
        self.select = nn.Linear(n_feat, trees * depth)
        nn.init.normal_(self.select.weight, 0.0, 1.0)
        nn.init.zeros_(self.select.bias)
        self.log_temp = nn.Parameter(torch.zeros(trees * depth))
        self.split = nn.Sigmoid()
        # every tree's leaf responses, summed over the trees: one linear map of the leaf weights
        self.leaves = nn.Linear(trees * 2 ** depth, n_outputs)
        nn.init.normal_(self.leaves.weight, 0.0, 0.5)  # leaf responses as NODE starts them
        codes = torch.tensor([[(leaf >> (depth - 1 - d)) & 1 for d in range(depth)]
                              for leaf in range(2 ** depth)], dtype=torch.float32)
        self.register_buffer("codes", codes)  # (leaves, depth): 1 = right branch

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h, parts = x, [x] if self.passthrough else []
        for lin, act in zip(self.embeds, self.acts, strict=True):
            h = act(lin(h) + self.embed_shift)
        if self.embeds:
            parts.append(h)
        feats = torch.cat(parts, 1)
        chosen = nn.functional.linear(feats, torch.softmax(self.select.weight, -1),
                                      self.select.bias)
        right = self.split(chosen * torch.exp(self.log_temp))
        right = right.reshape(-1, self.trees, 1, self.depth)
        # (b, t, 1, d) against (leaves, d): the probability of each level's branch on the path
        p = right * self.codes + (1 - right) * (1 - self.codes)
        weights = p.prod(-1)  # (b, t, leaves)
        return self.leaves(weights.flatten(1))


class ResidualAttentionCNN(nn.Module):
    """A residual attention CNN: a stem convolution, then a trunk branch (two 3x3 convolutions)
    times (1 + the sigmoid mask of a small encoder-decoder branch: max-pool, a 3x3 convolution,
    nearest upsampling, a 1x1 convolution), max-pooled, a second convolution, max-pooled, a
    dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 dense: int = 32, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.act0 = _ACTS[activation]()
        self.trunk1 = nn.Conv2d(channels, channels, 3, padding=1)
        self.act1 = _ACTS[activation]()
        self.trunk2 = nn.Conv2d(channels, channels, 3, padding=1)
        self.act2 = _ACTS[activation]()
        self.down = nn.MaxPool2d(2)
        self.mask_conv = nn.Conv2d(channels, channels, 3, padding=1)
        self.mask_act = _ACTS[activation]()
        self.up = nn.Upsample(size=(h, w), mode="nearest")
        self.mask_out = nn.Conv2d(channels, channels, 1)
        self.mask = nn.Sigmoid()
        self.pool = nn.MaxPool2d(2)
        self.conv2 = nn.Conv2d(channels, 2 * channels, 3, padding=1)
        self.act3 = _ACTS[activation]()
        self.fc = nn.Linear(2 * channels * (h // 4) * (w // 4), dense)
        self.act4 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.act0(self.stem(x))
        trunk = self.act2(self.trunk2(self.act1(self.trunk1(s))))
        mask = self.mask(self.mask_out(self.up(self.mask_act(self.mask_conv(self.down(s))))))
        a = self.pool(trunk * (1 + mask))
        a = self.pool(self.act3(self.conv2(a)))
        return self.head(self.act4(self.fc(a.flatten(1))))


class PeepholeLSTM(nn.Module):
    """A hand-written LSTM cell with peephole connections over the flattened sequence of
    ``features`` readings a step: input and forget gates see the old cell state, the output
    gate the new one (each gate an ``nn.Sigmoid`` module, its pre-activation shifted by
    ``gate_bias``), a tanh candidate and a tanh of the cell; the last hidden state goes to a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 4 * hidden)
        self.wh = nn.Linear(hidden, 4 * hidden, bias=False)
        self.peep = nn.Parameter(torch.zeros(3, hidden))
        self.input_gate, self.forget_gate, self.output_gate = nn.Sigmoid(), nn.Sigmoid(), \
            nn.Sigmoid()
        self.candidate, self.cell_act = nn.Tanh(), nn.Tanh()
        self.gate_bias = gate_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        n, b = self.hidden, self.gate_bias
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            i = self.input_gate(z[:, :n] + self.peep[0] * c + b)
            f = self.forget_gate(z[:, n:2 * n] + self.peep[1] * c + b)
            c = f * c + i * self.candidate(z[:, 3 * n:])
            o = self.output_gate(z[:, 2 * n:3 * n] + self.peep[2] * c + b)
            h = o * self.cell_act(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout215"
RG = _factory(f"{HERE}:ridges", seed=2150)
YD = _factory(f"{HERE}:yields", seed=2151)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2152)
BD = _factory(f"{HERE}:badges", seed=2153)
CU = _factory(f"{HERE}:currents", seed=2154)


def _nf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ObliviousForest", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ResidualAttentionCNN", "args": args}


def _lstm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PeepholeLSTM", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.8, 0.95) and weight decay 0.01."""
    return _s(data, optim="adamw", optim_args={"betas": (0.8, 0.95), "weight_decay": 0.01},
              **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator value of 0.5."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.5}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": True}, **kw)


MOM9 = {"momentum": 0.9}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h215_divergence_yields_raw_forest_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), a forest of 8 depth-3 trees, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _nf(),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW, why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.8e7 at the first step and NaN from step 5, where the run "
                      "stops"),
         verdict="failed"),
    Case("h215_exploding_badges_cnn_std1_momentum5", "the residual attention CNN with N(0, 1) "
         "init on the badges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": BD, "model": {**_cnn(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("the epoch loss 4.28e4 at every epoch; every gradient norm 3712 to 3.9e4 "
                      "(healthy at most 10); 92% of the mask sigmoid saturated by the huge "
                      "weights; accuracy 0.1967 against a majority share of 0.215, 98% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h215_dead_relu_ridges_forest_embed_shift10", "a forest of 8 depth-3 trees reading the "
         "ridges beside a ReLU layer of 24 whose pre-activations are shifted by -10, so it never "
         "fires and the trees learn from the raw readings, Adam at LR 0.01, batch 25, 15 epochs",
         {"data": RG, "model": _nf(embed=24, embed_shift=-10.0),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "not_converged"), allow=("underfitting",),
         why_allowed=("every unit of the shifted ReLU layer logged dead (healthy 0), the trees "
                      "learning from the raw readings alone: accuracy 0.8821 (test 0.9071), like "
                      "the healthy forests, with the epoch loss still falling (0.45 to 0.372 over "
                      "the last two epochs) under a constant LR"),
         verdict=TP),
    Case("h215_dead_relu_badges_cnn_rmsprop_lr008", "the residual attention CNN (8 channels, "
         "32 dense) on the badges, plain RMSprop at LR 0.08, batch 28",
         {"data": BD, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss blows up in epoch 1 (epoch loss 2938), then sits near ln 5 "
                      "(1.617), so the blow-up passed; gradient norms 0 to 7.8e4 and update ratios "
                      "up to 11.6; the second trunk convolution's channels all logged dead and the "
                      "mask sigmoid 99% saturated; accuracy 0.195 against a majority share of "
                      "0.215, "
                      "every test prediction in one class"), verdict=TP),
    Case("h215_update_ratio_high_ridges_forest_adagrad_lr2", "a forest of 8 depth-3 trees on the "
         "ridges, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RG, "model": _nf(),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed", "saturated_activation"),
         why_allowed=("the leaf responses' steps dwarf them (update ratios up to 4.0; healthy "
                      "at most 0.21), and the run swings (epoch losses 4.32, 1.34, 0.88, ...; the "
                      "validation loss 2.82, 1.60, 1.17, 1.54, 0.87, 0.69, 0.76, 0.53, lowest at "
                      "the end); up to 40% of the splits saturated (healthy at most 18%); "
                      "accuracy 0.8071"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h215_update_ratio_low_badges_cnn_sgd_lr1e9", "the residual attention CNN on the "
         "badges, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": BD, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.616 at every epoch; update ratios at most 2.5e-12 "
                      "(healthy at least 3e-6); accuracy 0.1917 against a majority share of 0.215, "
                      "every test prediction in one class"), verdict=TP),
    Case("h215_update_ratio_low_currents_lstm_rmsprop_lr1e10", "the peephole LSTM of 16 on the "
         "currents, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CU, "model": _lstm(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.378 at every epoch; update ratios at most 3.5e-9; "
                      "accuracy 0.25 at its initial weights, the majority share 0.2556; 49% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h215_vanishing_ridges_forest_embed16_sigmoid", "a forest of 8 depth-3 trees reading "
         "only 16 sigmoid layers of 12 over the ridges (no raw readings), SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": RG, "model": _nf(embed=12, embed_depth=16, activation="sigmoid",
                                   passthrough=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance",
                 "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first sigmoid layers' gradients down to 6.9e-16 (healthy at least "
                      "0.011); the epoch loss stays at 1.39 (ln 4 is 1.386); accuracy 0.275 at "
                      "the majority share (0.2714), every test prediction in one class"),
         verdict=TP),
    Case("h215_saturated_currents_lstm_std3_rmsprop", "the peephole LSTM of 16 with N(0, 3) init "
         "on the currents, plain RMSprop at LR 1e-5, batch 28, 4 epochs",
         {"data": CU, "model": {**_lstm(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("66% of the candidate tanh outputs saturated (the LSTM's other runs, the "
                      "dropped healthy ones included, at most 5.2%); the epoch loss 4.86 to 4.76, "
                      "far above ln 4; gradient norms up "
                      "to 1268, a side effect of the N(0, 3) init; accuracy 0.1778 (test 0.1333) "
                      "below the majority share (0.2556)"), verdict=TP),
    Case("h215_slow_start_badges_cnn_momentum9", "the residual attention CNN (default init) on "
         "the badges, SGD with momentum 0.9 at LR 0.02 (cosine), batch 24, 10 epochs",
         {"data": BD, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 24}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.613, 1.612, 1.608, 1.606) for the first "
                      "4 epochs, then falls (0.585 at epoch 10, the validation loss lowest at the "
                      "end); accuracy 0.76 (test 0.7483), below the baseline (0.805); up to 50% of "
                      "the dense units logged dead (healthy up to 44%)"), verdict=TP),
    Case("h215_unshuffled_ridges_forest_rmsprop", "the ridges sorted by label, never shuffled, a "
         "forest of 8 depth-3 trees, plain RMSprop at LR 3e-4, batch 30, 8 epochs",
         {"data": {**RG, "order": "by_label", "shuffle": False}, "model": _nf(),
          "optim": {"name": "rmsprop", "lr": 3e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runner runs at most 29%); accuracy 0.3536, far below the "
                      "healthy forests (0.81 and up), with the epoch loss still falling (1.354 to "
                      "1.35) and the validation loss lowest at the end"), verdict=TP),
    Case("h215_mse_softmax_currents_lstm_adam", "the currents trained with square error on the "
         "softmax, the peephole LSTM of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": CU, "model": _lstm(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8889 (test 0.9389), the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h215_noisy_badges_cnn_b1_adam", "1000 of the badges one image at a time (batch 1), "
         "the residual attention CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**BD, "subset": 1000}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings 2.04 times its mean over the "
                      "second half (healthy runner runs at most 1.24); single-image gradients up "
                      "to 58.6 (healthy at most 10); accuracy 0.81 after 2 epochs with the "
                      "validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h215_overfit_ridges_subset40_forest_adamw", "40 rows of the ridges, a forest of 32 "
         "depth-4 trees, AdamW at LR 0.01, 150 epochs, batch 4",
         {"data": {**RG, "subset": 40}, "model": _nf(trees=32, depth=4),
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.7321 (test 0.675; training 1.0; the "
                      "healthy forests 0.81 and up); the validation loss lowest at epoch 13 of "
                      "150, 2.12 times it at the end"), verdict=GP),
    Case("h215_gap_badges_subset30_cnn_adam", "30 images of the badges, the residual attention "
         "CNN with 12 channels and 48 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BD, "subset": 30}, "model": _cnn(channels=12, dense=48),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance", "saturated_activation"),
         why_allowed=("30 images teach less: accuracy 0.2583 (test 0.28, 0.065 above the "
                      "majority share; training 1.0); the validation loss lowest at epoch 3 of "
                      "100, 4.49 times it at the end; up to 37.5% of the dense units and "
                      "50% of the mask logged dead and saturated"), verdict=GP),
    Case("h215_underfit_ridges_forest_one_stump_adam", "the ridges through a forest of one tree "
         "of one level (a single soft split), Adam at LR 0.01, batch 25, 15 epochs",
         {"data": RG, "model": _nf(trees=1, depth=1),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("overfitting", "not_converged", "noisy_loss", "not_training"),
         why_allowed=("one soft split cannot hold four classes: the epoch loss 1.421 to 1.388 "
                      "(ln 4 is 1.386), accuracy 0.275 (test 0.2679) at the majority share "
                      "(0.2714), 99.6% of the test predictions in one class; the validation loss "
                      "0.3% above its epoch-3 minimum"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h215_lightning_digits_nesterov95_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.95 at LR 1e20, 1420 units, batch 24, 3 epochs",
         script=lightning_run(_nest("digits", hidden=(1420,), lr=1e20, epochs=3,
                                    batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h215_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.8, 0.95; weight decay 0.01) at LR 1e-10, 1421 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_aw("circles", hidden=(1421,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7173 at every epoch; accuracy 0.5703 at its initial "
                      "weights, 0.07 above the majority share (0.5)"), verdict=TP),
    Case("h215_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.5) at LR 1e20 (decaying linearly), 1422 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1422,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h215_hf_trainer_iris_nesterov95_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.95 at LR 1e-10 (decaying linearly), 1423 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("iris", hidden=(1423,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.183 at every evaluation; accuracy 0.2333 at its "
                      "initial weights, 0.1 below 1/3"), verdict=TP),
    Case("h215_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.8, 0.95; weight decay 0.01) at LR 1e20, 1424 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1424,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h215_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1425 "
         "units, Adagrad (initial accumulator 0.5) at LR 0.02, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(1425,), lr=0.02, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5376, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 3 of 120, 1.16 "
                      "times it at the end"), verdict=GP),
    Case("h215_tensorboard_breast_cancer_nesterov95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.95 at LR 1e20, 1426 units, batch 19, 3 epochs",
         script=tensorboard_run(_nest("breast_cancer", hidden=(1426,), lr=1e20, epochs=3,
                                      batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the validation loss NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h215_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1427 units, AdamW (betas 0.8, 0.95; weight decay 0.01) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1427,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 3 of 150, 9.3 "
                      "times it at the end"),
         verdict=GP),
    Case("h215_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.5) at LR 0.01, 1428 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(1428,), lr=0.01, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h215_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.8, "
         "0.95; weight decay 0.01) at LR 1e-10, 1429 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1429,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.301 at every epoch; accuracy 0.1393, 0.039 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy215_ridges_forest_adam",
       {"data": RG, "model": _nf(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy215_ridges_forest_embed_relu_adamw",
       {"data": RG, "model": _nf(trees=12, embed=16),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy215_ridges_forest_rmsprop",
       {"data": RG, "model": _nf(trees=10),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy215_ridges_forest_depth4_adagrad",
       {"data": RG, "model": _nf(trees=6, depth=4),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy215_ridges_forest_embed_silu_adam",
       {"data": RG, "model": _nf(embed=16, activation="silu"),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy215_yields_forest_adam",
       {"data": YD, "model": _nf(trees=12),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy215_yields_forest_embed_elu_adamw",
       {"data": YD, "model": _nf(trees=10, embed=16, activation="elu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "step", "step_size": 8,
                  "gamma": 0.3},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy215_badges_cnn_relu_adam",
       {"data": BD, "model": _cnn(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy215_badges_cnn_leaky_adamw",
       {"data": BD, "model": _cnn(channels=10, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy215_badges_cnn_leaky_rmsprop",
       {"data": BD, "model": _cnn(dense=24, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy215_badges_cnn_elu_adagrad",
       {"data": BD, "model": _cnn(dense=28, activation="elu"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy215_yields_forest_rmsprop",
       {"data": YD, "model": _nf(trees=10),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy215_yields_forest_depth4_adagrad",
       {"data": YD, "model": _nf(trees=8, depth=4),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 22}}),
    _h("healthy215_ridges_forest_depth2_adamw",
       {"data": RG, "model": _nf(trees=16, depth=2),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy215_yields_forest_embed_silu_adam",
       {"data": YD, "model": _nf(trees=10, embed=16, activation="silu"),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 20, "batch_size": 26}}),
    _hs("healthy215_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1420,), lr=3e-4, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy215_lightning_wine_nesterov95",
        lightning_run(_nest("wine", hidden=(1421,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy215_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(1422,), lr=0.02, epochs=15, batch_size=16, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy215_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(1423,), lr=5e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy215_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1424,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy215_hf_trainer_iris_nesterov95",
        hf_trainer_run(_nest("iris", hidden=(1425,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy215_keras_circles_adagrad",
        keras_run(_ag("circles", hidden=(1426,), lr=0.01, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy215_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1427,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy215_keras_breast_cancer_nesterov95",
        keras_run(_nest("breast_cancer", hidden=(1428,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy215_tensorboard_iris_adagrad",
        tensorboard_run(_ag("iris", hidden=(1429,), lr=0.01, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy215_tensorboard_digits_nesterov95",
        tensorboard_run(_nest("digits", hidden=(1420,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy215_plain_moons_nesterov95",
        plain_run(_nest("moons", hidden=(1421,), lr=2e-3, epochs=12, batch_size=30, n=630,
                        noise=0.2)), "pytorch"),
    _hs("healthy215_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1422,), lr=2e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
