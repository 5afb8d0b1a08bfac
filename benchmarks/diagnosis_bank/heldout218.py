"""The two-hundred-and-eighteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout219` (not looked at), after the measurement of
:mod:`.heldout214` to :mod:`.heldout217`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`GatedResidualNet` (a linear projection, blocks of gated residual
networks as in Temporal Fusion Transformers: a dense layer with ELU (or another activation), a
linear layer, a GLU gate written with an ``nn.Sigmoid`` module, a residual and a layer norm, each
optional for the faults, and a linear head), :class:`GatedSkipCNN` (a stem convolution and max
pooling, blocks of a 3x3 convolution whose output is mixed with the block's input through a learnt
per-channel sigmoid gate, max pooling, a dense layer, a linear head) and :class:`MGUClassifier` (a
minimal gated unit written by hand: one forget gate as an ``nn.Sigmoid`` module, a tanh candidate
from the gated hidden state, reading the flattened sequence to its last hidden state, a linear
head); every fault code could be produced with these three models, no case fell back to the runner's
built-in MLP or CNN. Every data set is this module's own ``data.factory``: :func:`ledgers`, a
tabular 4-class set of 8 readings (the signs of a score with a cosine term and of one with a product
term, 3% random labels, 1400 rows; seed 2180); :func:`yields`, a tabular regression of 8 readings
(1200 rows; seed 2181; times 300 plus 6000 with seed 2182 for the divergence); :func:`marks`, 4000
12x12 single-channel images of a horizontal line, a vertical line, a plus, a hollow ring or a filled
blob in noise 0.4, 2% random labels (5 classes; seed 2183); :func:`trends`, 900 walks of 16 steps in
2 readings of which one drifts up or down by 0.35 a step under noise 0.6 (4 classes: which reading
drifts and which way; given flattened as 32 columns and read back as a sequence by the MGU; seed
2184). Script cases use Adam with betas (0.85, 0.98) and weight decay 1e-4, SGD with momentum 0.75
and dampening 0.25 and RMSprop with alpha 0.97 on wine, iris, breast cancer, digits, moons, circles
and the sine; every script case holds a hidden width of 1450 to 1459. Runner optimisers: Adam,
AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum
0.9, under constant, cosine, step and exponential schedules, batches of 1 to 32. The faults, each
through what its model has: divergence under plain SGD in the GRN on the unscaled yields; exploding
gradients in the gated CNN with three blocks and N(0, 1) init under SGD with momentum 0.5 at LR
1e-10; dead units in GRN blocks whose ReLU dense layers are shifted by -10 (the net learns through
its residuals) under Adam, and the gated CNN's channels killed by plain RMSprop at LR 0.08; a high
update ratio from Adagrad at LR 2 in a GRN with a tanh dense layer (the layer norm keeps the loss
finite, the tanh units and GLU gates saturate); tiny learning rates in the CNN (plain SGD at 1e-9)
and the MGU (plain RMSprop at 1e-10); vanishing gradients through 14 GRN blocks of sigmoid dense
layers with neither residual nor layer norm under SGD with momentum 0.9; the MGU's gate and
candidate saturated by N(0, 3) init under plain RMSprop; the CNN with N(0, 0.03) init under momentum
0.9 (a slow start); the ledgers sorted by label and never shuffled (the GRN, plain RMSprop); square
error on the MGU's softmax under Adam; the CNN at batch 1 under Adam on 2400 images; 40 rows of the
ledgers under Adam (a GRN of 160, overfit, a gap) and 30 images under Adam (the CNN, overfit, a
gap); an MGU of one hidden unit (underfitting); the scripts: Lightning's NaN on digits (momentum)
and stuck circles (Adam), Trainer's NaN on wine (RMSprop) and stuck iris (momentum), Keras' NaN on
moons (Adam) and 16 rows of digits (RMSprop, overfit, a gap), TensorBoard's NaN on breast cancer
(momentum) and 8 rows of circles (Adam, overfit, a gap), the loop's corrupt record on the sine
(RMSprop) and stuck digits (Adam).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update ratios,
dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix
(``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts called
directly: no diagnosis was made. After the last change of a setting every case was trained once more
from this file into a fresh store (the cases left unchanged gave the same numbers); the numbers
below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2571 on the ledgers, 0.2037 on the marks, 0.2667 on
the trends; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6893 (ledgers), 0.5375
(marks), 0.8556 (trends); R2 0.7223 (yields), 0.7422 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 2.4e-5 (the two-block GRN under AdamW
on the yields) to 0.054 (the GRN under RMSprop on the ledgers), single steps at most 0.34 (the
one-block CNN under RMSprop); the ``update_ratio_high`` run reaches quarter means of 0.41 with
single steps up to 18; the ``update_ratio_low`` runs log quarter means of at most 7.5e-12 and
8.3e-10. Dead fraction 0 in the healthy GRNs' ELU layers; in the healthy CNNs at most 33% of a gated
block's channels (the CNN under Adam) and 59% of the dense units (0 in the ELU CNN); the shifted GRN
blocks 1.0, the killed CNN's blocks 0.92 and 0.83 and dense units 0.75, the 30-image CNN's second
block 0.375. Saturated fraction at most 0.196 in the healthy runs (the GLU gates of the GRN under
momentum 0.9; at most 0.038 in the healthy MGUs); the saturated MGU's gate 0.69 and candidate 0.73,
the update-ratio run's 0.996 and 0.999, the 40-row overfit run's GLU gates 0.42. Gradient norms at
least 0.0041 and at most 10.6 (the two-block GRN on the yields), first norms at least 6.2e-3 (the
two-block GRN under AdamW on the ledgers); the vanishing run's underflow to 0, the exploding run's
1017 to 4110, the saturated run's up to 1.1e6, the batch-1 run's up to 34, the slow start's first
norms from 7.4e-4. The step loss's position in the epoch explains at most 19% of the within-epoch
variance over the second half in the healthy runner runs (the ELU CNN under AdamW) and 20% in the
healthy scripts that log an epoch loss (Lightning's digits); the unshuffled run 99.9%. The standard
deviation of the step loss's step-to-step change over the second half is at most 1.59 times its mean
in the healthy runner runs (the CNN under Nesterov momentum) and 1.76 in the healthy scripts (the
loop's breast cancer); the batch-1 run's is 3.25. Healthy scores (validation): ledgers 0.85-0.9071
(test 0.8607-0.9143), marks 0.8862-0.9675 (test 0.885-0.9663), trends 0.8667-0.8778 (test
0.8278-0.85), yields R2 0.8625 and 0.8941; scripts: digits 0.9833 and 0.9666, wine 0.9722 and 1.0,
breast cancer 0.9474, 0.9386 and 0.9561, moons 0.9531, 0.9773 and 0.9444, iris 0.9667 and 0.9667,
circles 0.9919. Every healthy run's validation loss is lowest at its end but the MGU under AdamW
(epoch 22 of 25, 0.03% above it), Lightning's digits (epoch 8 of 10, 0.2% above it), Trainer's iris
and Trainer's moons (epoch 19 of 20, 0.16% above it).

Changes after the first run: the healthy GRN under RMSprop on the ledgers at LR 1e-3 reached 0.6821,
below the baseline (0.6893), so LR 3e-3 (0.8857); the GRN under momentum 0.9 at LR 0.02 for 15
epochs reached 0.75 (lowest at epoch 13) and at LR 0.05 for 20 epochs 0.7786 (0.3% above its
epoch-16 minimum), so LR 0.1 for 25 epochs (0.9071, lowest at the end). The healthy CNNs at 8 epochs
(Adam and AdamW at LR 1e-3, Nesterov at 0.01, RMSprop at 1e-3 with 8 channels in one block) reached
0.7338 to 0.8875, still falling, so 10 epochs at LR 3e-3 (Adam, AdamW) and 0.03 (Nesterov), and
RMSprop at 2e-3 with 12 channels for 12 epochs (0.8562 with 10 channels for 10 epochs). The healthy
MGUs at 12 to 15 epochs and LR 2e-3 to 3e-3 reached 0.8444 to 0.8722 against a baseline of 0.8556,
so 24 or 25 epochs at 3e-3 to 5e-3. TensorBoard's moons (Adam at LR 1e-3) ended 11.7% above its
epoch-14 minimum, so LR 5e-4 (lowest at the end). The batch-1 run first took 1200 images for 2
epochs (the step loss swinging 1.44 times its mean, inside the healthy runs' 1.59), then the GRN on
the ledgers at batch 1 for 3 epochs (1.38), so 2400 images for 3 epochs (3.25).

Labels from the metrics: the killed CNN's blow-up passed (its loss ends at 1.478, falling) and it
scores 0.3912, 0.19 above the majority share, with 74% of the test predictions in one class, so only
``dead_relu`` is expected there, ``predictions_collapsed``, ``underfitting`` and ``divergence``
allowed, ``at_chance`` neither; the exploding run's loss is 7030 at every epoch, far above ln 5 from
its first step, and its verdict is a failure; the test predictions fall in one class in the stuck
CNN (99.9%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in
the stuck MGU (67%), and neither expected nor allowed in the exploding run (52%), the update-ratio
run (46%), the saturated run (39%) or the one-unit run (51%); the exploding run (0.21), the stuck
CNN (0.1913), the stuck MGU (0.2722) and the vanishing run (0.2536) score within 0.05 of the
majority share (``at_chance`` expected), the saturated run 0.1667, 0.1 below it (allowed);
Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck circles (0.5), Trainer's
stuck iris (0.3667 against 1/3) and the loop's stuck digits (0.0669 against 0.1003) expect
``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast cancer (0.3684
against 0.6316) and TensorBoard's 8 rows of circles (0.5538) allow it; the shifted GRN scores 0.6893
(training 0.7214), at the baseline, its epoch loss nearly flat, so ``underfitting`` is expected
beside ``dead_relu``; the saturated run's epoch loss ends 2.4% above its start (``not_training``
expected, ``divergence`` allowed); the unshuffled run's and the batch-1 run's loss still falls with
the validation loss lowest at the end (``not_converged`` expected); the overfit runs' validation
losses end 2.65 (40 rows), 1.86 (30 images), 1.61 (Keras' 16 rows) and 3.81 (TensorBoard's 8 rows)
times their early minima, so ``overfitting`` is expected beside ``generalisation_gap``; the
update-ratio run's tanh units saturate far beyond the healthy runs (``saturated_activation``
expected); the slow start sat at ln 5 for 3 epochs, so ``slow_start`` is expected.

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


def ledgers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a cosine term (readings 0 and 1) times 2 plus the sign of one with a product term
    (readings 2 to 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] - np.cos(1.5 * x[:, 1]) + 0.3
    s2 = x[:, 2] + 0.7 * x[:, 3] * x[:, 4]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.tanh(2.0 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def marks(n: int = 4000, noise: float = 0.4, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one mark each (5 classes: a
    full-width horizontal line, a full-height vertical line, a plus of arms 2 long, a hollow 5x5
    ring, a filled 3x3 blob, each at a random place), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 5, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(2, 8, 2))
        if label == 0:
            x[i, 0, r, :] += 1.0
        elif label == 1:
            x[i, 0, :, c] += 1.0
        elif label == 2:
            x[i, 0, r, c - 2:c + 3] += 1.0
            x[i, 0, r - 2:r + 3, c] += 1.0
            x[i, 0, r, c] -= 1.0
        elif label == 3:
            x[i, 0, r - 2:r + 3, c - 2:c + 3] += 1.0
            x[i, 0, r - 1:r + 2, c - 1:c + 2] -= 1.0
        else:
            x[i, 0, r - 1:r + 2, c - 1:c + 2] += 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 5, int(noisy.sum()))
    return x.astype(np.float32), y


def trends(n: int = 900, steps: int = 16, noise: float = 0.6, drift: float = 0.35,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` walks of ``steps`` steps in 2 readings, one of
    which drifts up or down by ``drift`` a step under Gaussian steps of ``noise`` while the
    other wanders without drift; the class says which reading drifts and which way (4 classes).
    Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    moves = rng.normal(0.0, noise, (n, steps, 2))
    which, sign = y // 2, np.where(y % 2 == 0, 1.0, -1.0)
    moves[np.arange(n), :, which] += drift * sign[:, None]
    x = rng.normal(0.0, 1.0, (n, 1, 2)) + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "elu": nn.ELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class GRN(nn.Module):
    """A gated residual network block (as in Temporal Fusion Transformers): a dense layer and
    its activation (ELU), a linear layer, a GLU gate (a linear value times an ``nn.Sigmoid`` of
    a linear gate), added to the input (``skip``) and layer-normalised (``norm``); the dense
    layer's pre-activations start shifted by ``bias_shift``."""

    def __init__(self, width: int, activation: str, skip: bool, norm: bool,
                 bias_shift: float) -> None:
        super().__init__()
        self.dense = nn.Linear(width, width)
        self.act = _ACTS[activation]()
        self.inner = nn.Linear(width, width)
        self.value = nn.Linear(width, width)
        self.gate_lin = nn.Linear(width, width)
        self.gate = nn.Sigmoid()
        self.norm = nn.LayerNorm(width) if norm else nn.Identity()
        self.skip, self.bias_shift = skip, bias_shift

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        a = self.inner(self.act(self.dense(h) + self.bias_shift))
        g = self.value(a) * self.gate(self.gate_lin(a))
        return self.norm(h + g if self.skip else g)


class GatedResidualNet(nn.Module):
    """A linear projection to ``width``, ``depth`` GRN blocks and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 depth: int = 1, activation: str = "elu", skip: bool = True, norm: bool = True,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        self.proj = nn.Linear(int(np.prod(input_shape)), width)
        self.blocks = nn.Sequential(*(GRN(width, activation, skip, norm, bias_shift)
                                      for _ in range(depth)))
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(self.proj(x.flatten(1))))


class _GatedSkip(nn.Module):
    """A 3x3 convolution and activation whose output is mixed with the block's input through a
    learnt per-channel gate: ``g * y + (1 - g) * x`` with ``g`` an ``nn.Sigmoid`` of a parameter
    starting at ``gate_init``."""

    def __init__(self, channels: int, activation: str, gate_init: float) -> None:
        super().__init__()
        self.conv = nn.Conv2d(channels, channels, 3, padding=1)
        self.act = _ACTS[activation]()
        self.gate_logit = nn.Parameter(torch.full((1, channels, 1, 1), gate_init))
        self.gate = nn.Sigmoid()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = self.gate(self.gate_logit)
        return g * self.act(self.conv(x)) + (1.0 - g) * x


class GatedSkipCNN(nn.Module):
    """A 3x3 stem convolution, 2x2 max pooling, ``blocks`` gated-skip blocks, 2x2 max pooling,
    a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 blocks: int = 2, dense: int = 32, activation: str = "relu",
                 gate_init: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.stem_act = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.blocks = nn.Sequential(*(_GatedSkip(channels, activation, gate_init)
                                      for _ in range(blocks)))
        self.fc = nn.Linear(channels * (h // 4) * (w // 4), dense)
        self.fc_act = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.blocks(self.pool(self.stem_act(self.stem(x)))))
        return self.head(self.fc_act(self.fc(h.flatten(1))))


class MGUClassifier(nn.Module):
    """A minimal gated unit written out: a forget gate ``f`` (an ``nn.Sigmoid`` of the input and
    hidden projections, its pre-activation shifted by ``gate_bias``), a tanh candidate from the
    input and the gated hidden state ``f * h``, and ``h = (1 - f) * h + f * candidate``; it reads
    the flattened sequence of ``features`` readings a step to its last hidden state, then a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.fx = nn.Linear(features, hidden)
        self.fh = nn.Linear(hidden, hidden, bias=False)
        self.cx = nn.Linear(features, hidden)
        self.ch = nn.Linear(hidden, hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.gate_bias = gate_bias
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            f = self.gate(self.fx(seq[:, t]) + self.fh(h) + self.gate_bias)
            cand = self.squash(self.cx(seq[:, t]) + self.ch(f * h))
            h = (1.0 - f) * h + f * cand
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout218"
LG = _factory(f"{HERE}:ledgers", seed=2180)
YD = _factory(f"{HERE}:yields", seed=2181)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2182)
MK = _factory(f"{HERE}:marks", seed=2183)
TR = _factory(f"{HERE}:trends", seed=2184)


def _grn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedResidualNet", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GatedSkipCNN", "args": args}


def _mgu(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MGUClassifier", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.98) and weight decay 1e-4."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.98), "weight_decay": 1e-4},
              **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.75 and dampening 0.25."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "dampening": 0.25}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.97."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.97}, **kw)


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
    Case("h218_divergence_yields_raw_grn_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), a GRN of 20 (1 block), plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _grn(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 4.1e7 at the first step, 1.2e18 at step 3 and NaN at step 4,"
                      " where the run stops"),
         verdict="failed"),
    Case("h218_exploding_marks_gated_cnn_std1_momentum5", "the gated-skip CNN (12 channels, 3 "
         "blocks) with N(0, 1) init on the marks, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MK, "model": {**_cnn(blocks=3), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 7031 to 7030 at every epoch; every gradient norm 1017 to "
                      "4110 (healthy at most 10.6); quarter-mean update ratios up to 4.8e-8, a "
                      "side effect of the LR; up to 9.4% of the dense units logged dead (healthy "
                      "CNNs up to 59%); accuracy 0.21 at the majority share (0.2037), 52% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h218_dead_relu_ledgers_grn_relu_shift10", "a GRN of 24 (2 blocks) with ReLU dense "
         "layers whose pre-activations are shifted by -10, so the ReLUs never fire and the net "
         "learns through its residuals, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": LG, "model": _grn(width=24, depth=2, activation="relu", bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("not_converged",),
         why_allowed=("every unit of both blocks' ReLU dense layers logged dead (healthy 0), the "
                      "net learning through its residuals alone: accuracy 0.6893 (training 0.7214)"
                      " at the baseline (0.6893) and far below the healthy runs (0.85 and up); the"
                      " epoch loss still falls 1.8% over the last two epochs (0.7394 to 0.7264) "
                      "with the validation loss lowest at the end"),
         verdict=TP),
    Case("h218_dead_relu_marks_gated_cnn_rmsprop_lr008", "the gated-skip CNN (12 channels, 2 "
         "blocks, 32 dense) on the marks, plain RMSprop at LR 0.08, batch 28",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu",),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "predictions_collapsed",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.62 to 2.3e4 in epoch 1 (epoch loss 277), then "
                      "1.742 and 1.478, so the blow-up passed; gradient norms 0 to 1.8e4 and "
                      "single update ratios up to 14 (healthy at most 10.6 and 0.34); 92% and 83% "
                      "of the gated blocks' channels and 75% of the dense units logged dead "
                      "(healthy CNNs at most 33% and 59%); accuracy 0.3912 (training 0.3933; "
                      "healthy 0.8862 and up), 0.19 above the majority share (0.2037), so "
                      "``at_chance`` is neither expected nor allowed; 74% of the test predictions "
                      "in one class (allowed, not expected)"),
         verdict=TP),
    Case("h218_update_ratio_high_ledgers_grn_tanh_adagrad", "a GRN of 24 with a tanh dense "
         "layer on the ledgers, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": LG, "model": _grn(width=24, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.41, single "
                      "steps up to 18; healthy at most 0.054 and 0.34), and 99.6% of the tanh "
                      "dense units and 99.9% of the GLU gates saturate (healthy at most 20%): the "
                      "layer norm keeps the loss finite (epoch losses 16.1, 1.63, 1.37 ... 1.235, "
                      "the validation loss 0.6% above its epoch-5 minimum); accuracy 0.4179 "
                      "(training 0.4464, healthy 0.85 and up); 46% of the test predictions in one "
                      "class; gradient norms up to 53"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h218_update_ratio_low_marks_gated_cnn_sgd_lr1e9", "the gated-skip CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.612 at every epoch; quarter-mean update"
                                         " ratios at most 7.5e-12 (healthy at least 2.4e-5); "
                                         "accuracy 0.1913 against a majority share of 0.2037; "
                                         "99.9% of the test predictions in one class"),
         verdict=TP),
    Case("h218_update_ratio_low_trends_mgu_rmsprop_lr1e10", "the MGU of 16 on the trends, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TR, "model": _mgu(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"), why_allowed=("the epoch loss 1.289 at "
                                                                     "every epoch; quarter-mean "
                                                                     "update ratios at most "
                                                                     "8.3e-10 (healthy at least "
                                                                     "2.4e-5); accuracy 0.2722 at "
                                                                     "the majority share (0.2667);"
                                                                     " 67% of the test predictions"
                                                                     " in one class"),
         verdict=TP),
    Case("h218_vanishing_ledgers_grn_d14_sigmoid_plain_momentum9", "a GRN of 12 with 14 blocks "
         "of sigmoid dense layers, without residuals or layer norm, on the ledgers, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": _grn(width=12, depth=14, activation="sigmoid", skip=False,
                                    norm=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients underflow to 0 (healthy at least 0.0041); the "
                      "last blocks still move (quarter-mean update ratios up to 7.1e-3) but the "
                      "epoch loss stays at 1.39 to 1.40 (ln 4 is 1.386); accuracy 0.2536 at the "
                      "majority share (0.2571), every test prediction in one class"),
         verdict=TP),
    Case("h218_saturated_trends_mgu_std3_rmsprop", "the MGU of 16 with N(0, 3) init on the "
         "trends, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TR, "model": {**_mgu(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "divergence"),
         why_allowed=("69% of the forget gate's and 73% of the tanh candidate's outputs saturated "
                      "(healthy MGUs at most 0.6% and 3.8%); the epoch loss 14.63 to 14.98 (2.4% "
                      "higher, not clearly above its start), far above ln 4; the huge weights give"
                      " gradient norms up to 1.1e6 (healthy at most 10.6), a side effect of the "
                      "N(0, 3) init; accuracy 0.1667, 0.1 below the majority share (0.2667); 39% "
                      "of the test predictions in one class"),
         verdict=TP),
    Case("h218_slow_start_marks_gated_cnn_std003_momentum9", "the gated-skip CNN with N(0, "
         "0.03) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.613, 1.613, 1.600) for the first 3 epochs, "
                      "then falls (0.205 at epoch 10, the validation loss lowest at the end); "
                      "first gradient norms from 7.4e-4 (healthy first norms at least 6.2e-3); up "
                      "to 16% of the dense units logged dead (healthy CNNs up to 59%); accuracy "
                      "0.9637 (test 0.9563), about the healthy runs"),
         verdict=TP),
    Case("h218_unshuffled_ledgers_grn_rmsprop", "the ledgers sorted by label, never shuffled, "
         "a GRN of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _grn(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 19%); accuracy 0.4571 (training "
                      "0.4393), far below the healthy runs (0.85 and up), with the epoch loss "
                      "still falling (1.28 to 1.265) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h218_mse_softmax_trends_mgu_adam", "the trends trained with square error on the "
         "softmax, the MGU of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TR, "model": _mgu(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8667 (test 0.8333), in the healthy "
                      "runs' range (0.8667 to 0.8778), the validation loss lowest at the end"),
         verdict=TP),
    Case("h218_noisy_marks_gated_cnn_b1_adam", "2400 of the marks one image at a time (batch "
         "1), the gated-skip CNN, Adam at LR 1e-3, 3 epochs",
         {"data": {**MK, "subset": 2400}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 3.25 times its mean over the second half (healthy "
                      "runner runs at most 1.59, healthy scripts 1.76), up to 12.9 from near 0; "
                      "single-image gradients up to 34 (healthy at most 10.6); accuracy 0.915 "
                      "(training 0.9196) with the epoch loss still falling (0.4756 to 0.3688) and "
                      "the validation loss lowest at the end; up to 53% of the dense units logged "
                      "dead (healthy CNNs up to 59%)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h218_overfit_ledgers_subset40_grn_adam", "40 rows of the ledgers, a GRN of 160 (2 "
         "blocks), Adam at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _grn(width=160, depth=2),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5393 (training 1.0; the healthy runs 0.85 "
                      "and up); the validation loss lowest at epoch 2 of 150, 2.65 times it at the"
                      " end; up to 42% of the first block's GLU gates saturated (healthy up to "
                      "20%); the epoch loss at 1.3e-4 gives gradients down to 1.2e-5"),
         verdict=GP),
    Case("h218_gap_marks_subset30_gated_cnn_adam", "30 images of the marks, the gated-skip CNN "
         "with 16 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.5363 (training 1.0; the healthy CNNs "
                      "0.8862 and up); the validation loss lowest at epoch 13 of 100 (1.331), 1.86"
                      " times it at the end; 37.5% of the second block's channels and 53% of the "
                      "dense units logged dead (healthy up to 33% and 59%)"),
         verdict=GP),
    Case("h218_underfit_trends_mgu_one_unit_adam", "the trends through an MGU of 1 hidden "
         "unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": TR, "model": _mgu(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot tell four trends apart: accuracy 0.4722 (training "
                      "0.4815; healthy 0.8667 and up); the epoch loss falls 1.1% over the last "
                      "epoch with the validation loss lowest at the end; 51% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h218_lightning_digits_momentum75_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.75 and dampening 0.25 at LR 1e20, 1450 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1450,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h218_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.85, 0.98, weight decay 1e-4) at LR 1e-10, 1451 units, batch 20, "
         "3 epochs",
         script=lightning_run(_ad("circles", hidden=(1451,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7381 at every epoch; accuracy 0.5 at its initial weights, "
                      "the majority share"),
         verdict=TP),
    Case("h218_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.97) at LR 1e20 (decaying linearly), 1452 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1452,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share "
                      "(0.3889)"),
         verdict="failed"),
    Case("h218_hf_trainer_iris_momentum75_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "SGD with momentum 0.75 and dampening 0.25 at LR 1e-10 (decaying linearly), 1453 "
         "units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1453,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.085 at every evaluation; accuracy 0.3667 at its "
                      "initial weights, 0.033 above 1/3; the logged losses swing between 1.02 and "
                      "1.18 without falling"),
         verdict=TP),
    Case("h218_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.85, 0.98, weight decay 1e-4) at LR 1e20, 1454 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(1454,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h218_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1455 "
         "units, RMSprop (alpha 0.97) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1455,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 2 of 120, 1.61 "
                      "times it at the end"),
         verdict=GP),
    Case("h218_tensorboard_breast_cancer_momentum75_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.75 and dampening 0.25 at LR 1e20, 1456 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1456,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h218_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1457 units, Adam (betas 0.85, 0.98, weight decay 1e-4) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(1457,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5538, 0.054 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 7 of 150, 3.81 "
                      "times it at the end"),
         verdict=GP),
    Case("h218_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.97) at LR 1e-4, 1458 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1458,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h218_plain_digits_adam_lr1e10_stuck", "hand-written loop: digits, Adam (betas 0.85, "
         "0.98, weight decay 1e-4) at LR 1e-10, 1459 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1459,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.334 at every epoch; accuracy 0.0669, 0.033 below the "
                      "majority share (0.1003)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy218_ledgers_grn_adam",
       {"data": LG, "model": _grn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy218_ledgers_grn_d2_adamw",
       {"data": LG, "model": _grn(width=24, depth=2),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy218_ledgers_grn_rmsprop",
       {"data": LG, "model": _grn(width=28),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy218_ledgers_grn_momentum9",
       {"data": LG, "model": _grn(width=26),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy218_ledgers_grn_adagrad",
       {"data": LG, "model": _grn(width=24, depth=2),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy218_yields_grn_adam",
       {"data": YD, "model": _grn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy218_yields_grn_d2_adamw",
       {"data": YD, "model": _grn(width=24, depth=2),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy218_marks_gated_cnn_adam",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy218_marks_gated_cnn_elu_adamw",
       {"data": MK, "model": _cnn(channels=10, activation="elu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy218_marks_gated_cnn_rmsprop",
       {"data": MK, "model": _cnn(channels=12, blocks=1, dense=32),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy218_marks_gated_cnn_nesterov9",
       {"data": MK, "model": _cnn(channels=12, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy218_trends_mgu_adam",
       {"data": TR, "model": _mgu(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy218_trends_mgu_adamw",
       {"data": TR, "model": _mgu(hidden=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy218_trends_mgu_rmsprop",
       {"data": TR, "model": _mgu(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy218_trends_mgu_gate1_adam",
       {"data": TR, "model": _mgu(hidden=16, gate_bias=1.0),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "step", "step_size": 6},
        "train": {"epochs": 24, "batch_size": 27}}),
    _hs("healthy218_lightning_digits_adam",
        lightning_run(_ad("digits", hidden=(1450,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy218_lightning_wine_momentum75",
        lightning_run(_mom("wine", hidden=(1451,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy218_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1452,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy218_hf_trainer_moons_adam",
        hf_trainer_run(_ad("moons", hidden=(1453,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy218_hf_trainer_iris_momentum75",
        hf_trainer_run(_mom("iris", hidden=(1454,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy218_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1455,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy218_keras_wine_adam",
        keras_run(_ad("wine", hidden=(1456,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy218_keras_breast_cancer_momentum75",
        keras_run(_mom("breast_cancer", hidden=(1457,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy218_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1458,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy218_tensorboard_digits_momentum75",
        tensorboard_run(_mom("digits", hidden=(1459,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy218_tensorboard_moons_adam",
        tensorboard_run(_ad("moons", hidden=(1450,), lr=5e-4, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy218_plain_moons_momentum75",
        plain_run(_mom("moons", hidden=(1454,), lr=0.005, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy218_plain_breast_cancer_adam",
        plain_run(_ad("breast_cancer", hidden=(1456,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
