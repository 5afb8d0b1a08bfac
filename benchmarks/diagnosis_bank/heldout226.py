"""The two-hundred-and-twenty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout224`, :mod:`.heldout225` and :mod:`.heldout227` (not
looked at), after the measurement of :mod:`.heldout220` to :mod:`.heldout223`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`ConcreteSelector` (a concrete
feature-selection net for tables: one learnt gate per input, a relaxed Bernoulli or a hard-concrete
sample while training and its expectation at evaluation, then blocks of linear, optional layer norm
and activation, optionally with shifted pre-activations, and a linear head), :class:`LRNAlexNet`
(an AlexNet-style CNN in small: a 5x5 and two 3x3 convolutions, the first two followed by
``nn.LocalResponseNorm`` and max pooling, then a dense layer, dropout and a linear head) and
:class:`MultiplicativeLSTM` (an mLSTM written out from linear layers: an input-dependent
multiplicative intermediate state ``(W_mx x) * (W_mh h)`` feeds the sigmoid gates and the tanh
candidate); no case fell back to the runner's built-in MLP or CNN. Every data set is this module's
own ``data.factory``: :func:`picks`, a tabular 4-class set of 12 readings of which 5 matter (1400
rows, 3% random labels; seed 2260); :func:`yields`, a tabular regression of 10 readings of which 4
matter (1200 rows; seed 2261; times 300 plus 6000 with seed 2262 for the divergence);
:func:`hooks`, 4000 12x12 images of a 4x4 hook turned 4 ways at a random place in noise 0.45, 2%
random labels (4 classes; seed 2263); :func:`swings`, 900 sequences of 16 steps in 2 readings (a
sine of 1 or 3 cycles at a random phase and a random walk drifting up or down; 4 classes; given
flattened as 32 columns and read back as a sequence by the mLSTM; seed 2264). Script cases use
NAdam with momentum decay 2e-3, Adadelta with rho 0.7 and SGD with momentum 0.3 and dampening 0.1
on wine, iris, breast cancer, digits, moons, circles and the sine; every script case holds a hidden
width of 1530 to 1539. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9, constant or cosine learning rates, batches of 1
to 32. The faults, each through what its model has: divergence under plain SGD in the concrete
selector on the unscaled yields; exploding gradients in a 6-block leaky-ReLU selector with N(0, 1)
init under SGD with momentum 0.5 at LR 1e-10; the AlexNet's units killed by plain RMSprop at LR
0.08; a high update ratio from Adagrad at LR 2 in a layer-normalised tanh selector; tiny learning
rates in the AlexNet (plain SGD at 1e-9) and the mLSTM (plain RMSprop at 1e-10); vanishing
gradients through a 16-block sigmoid selector under SGD with momentum 0.9; the mLSTM's gates and
candidates saturated by N(0, 3) init under plain RMSprop; the AlexNet with N(0, 0.03) init under
momentum 0.9 (meant as a slow start, it never started: relabelled stuck) and a 3-block ReLU
selector with N(0, 0.08) init under momentum 0.9 (a slow start); the picks sorted by label and
never shuffled (SiLU selector, plain RMSprop); square error on the mLSTM's softmax under Adam; 600
rows of the picks one at a time under Adam (meant as a noisy loss; see below); 40 rows of the picks
under AdamW (wide tanh selector, overfit, a gap) and 30 images under Adam (the AlexNet without
dropout, overfit, a gap); an mLSTM of one hidden unit (underfitting) and a hard-concrete selector
whose gates start shut (nothing reaches the net: underfitting on the yields regression); the
scripts: Lightning's NaN on digits (momentum 0.3) and stuck moons (NAdam), Trainer's NaN on wine
(Adadelta) and stuck iris (momentum 0.3), Keras' NaN on moons (NAdam) and 16 rows of digits (NAdam,
overfit, a gap), TensorBoard's NaN on breast cancer (momentum 0.3) and 8 rows of circles (NAdam,
overfit, a gap), the loop's corrupt record on the sine (Adadelta) and stuck digits (Adadelta).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. After the last change of a setting
every case was trained once more from this file into a fresh store (three SQLite files, one per
process); every case gave the same logged metrics as before (to 4 decimals), and the numbers below
are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2786 on the picks, 0.255 on the hooks, 0.2611 on the
swings; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.6571 (picks), 0.3
(hooks), 0.95 (swings); R2 0.5617 (yields), 0.5232 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 9.4e-5 to 0.0426
(both the layer-normalised hard-concrete selector under Adagrad), single steps at most 0.29 (the
same run); the ``update_ratio_high`` run reaches quarter means of 0.45 with single steps up to
15.6; the ``update_ratio_low`` runs log quarter means of at most 2.1e-12 and 8.7e-10. Dead fraction
0 in the healthy selectors, at most 19% in the healthy AlexNets' convolutions and 60% in their
dense layer (the AlexNet under Adam, 42% at its end); the killed AlexNet's third convolution and
dense layer 1.0. Saturated fraction at most 33% (the mLSTMs' cell tanh; 3.4% in the tanh selector
on the yields); the saturated mLSTM's 98% and 99%, the update-ratio run's 68%, the 40-row overfit
run's 46%. Gradient norms at least 0.0043 (the mLSTM under Adam) and at most 9.2 (the AlexNets);
the vanishing run's down to 3.5e-15, the exploding run's 1384 to 6660, the saturated run's up to
1.2e7. The standard deviation of the step loss's step-to-step change over the second half is 0.017
(the AlexNet under Nesterov momentum) to 0.84 times its mean in the healthy runner runs (the
regressions swing most) and at most 1.66 (the loop's breast cancer) in the healthy scripts. Healthy
scores (validation): picks 0.675-0.825 (test 0.6893-0.825), yields R2 0.7196 and 0.8613, hooks
0.3275-0.5825 (test 0.3225-0.585), swings 0.6722-0.9056 (test 0.6611-0.9444); scripts: digits
0.9749 and 0.9443, wine 1.0 and 1.0, breast cancer 0.9474, 0.9386 and 0.9649, moons 0.9531 and
0.9603, iris 0.9667 and 0.9667, circles 0.9919 and 0.9919. Every healthy run's validation loss is
lowest at its end but Trainer's iris (epoch 19 of 20, 0.06% above it).

Known weak points, not fixed for lack of time: the swings' baseline (0.95, the better of a logistic
regression and nearest neighbours) is above every healthy mLSTM (0.6722 to 0.9056), and the hooks
are hard for the AlexNets in 8 epochs (0.3275 under Nesterov momentum, barely above the baseline of
0.3, to 0.5825 under AdamW, each loss still falling); these eight healthy runner cases may read as
underfitting or not converged.

Changes after the first run: the healthy selector on the yields with one tanh block of 32 (relaxed
Bernoulli gates) reached R2 0.3774, below the baseline (0.5617), so it became a 2-block
hard-concrete tanh selector (0.7196, lowest at the end). The slow start was first the AlexNet with
N(0, 0.03) init, which never started (the epoch loss at ln 4 for 10 epochs): it was relabelled as
stuck and kept, and a slow start was made in a 3-block ReLU selector (N(0, 0.02) init never started
in 12 epochs; N(0, 0.08) kept). The Adadelta scripts ended above their validation minima:
Lightning's circles at LR 1.0 (31% above its epoch-12 minimum, so LR 0.3), Trainer's moons at LR
1.0 (1.9% above its epoch-16 minimum, so LR 0.4), Keras' wine at LR 0.5 (28% above its epoch-11
minimum, so LR 0.15) and the loop's moons at LR 0.5 (3% above its epoch-11 minimum, so LR 0.25);
each is lowest at its end now. The labels were set from the first run's metrics (see below).

Labels from the metrics: the killed AlexNet's blow-up passed (its loss ends near ln 4, 1.394), so
``divergence`` is allowed there and the verdict is a training problem; the exploding run's loss is
about 7750 at every epoch and its verdict is a failure; the test predictions fall in one class in
the exploding run (97.5%), the killed AlexNet, the stuck AlexNet, the stuck mLSTM, the vanishing
run and the never-started AlexNet (100% each), so ``predictions_collapsed`` is expected there,
allowed in the unshuffled run (61%) and neither in the update-ratio run (38%), the saturated run
(33%) or the one-unit run (51%); runs within 0.05 of their majority share expect ``at_chance`` (the
exploding, killed, stuck, vanishing, saturated, never-started and unshuffled runs, the 30-image
AlexNet at 0.2437, Lightning's NaN digits and stuck moons, Keras' NaN moons, the loop's stuck
digits at 0.0808), Trainer's NaN wine (0.3333 against 0.3889), its stuck iris (0.2667 against 1/3),
TensorBoard's NaN breast cancer (0.3684) and its 8 rows of circles (0.5692) allow it; the batch-1
run's step loss swings only 0.54 times its mean, inside the healthy runner range, so it was
relabelled ``not_converged`` (its loss still falls, the validation loss lowest at the end) with
``noisy_loss`` allowed: no case of this part expects ``noisy_loss``; the saturated run's epoch loss
stays far above ln 4 (``not_training`` expected); the overfit runs' validation losses end 2.28 (40
rows), 2.21 (30 images), 1.15 (Keras' 16 rows) and 4.9 (TensorBoard's 8 rows) times their early
minima, so ``overfitting`` is expected beside ``generalisation_gap``; the update-ratio run's tanh
units saturate far beyond the healthy runs (``saturated_activation`` expected).

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
    turned,
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


def picks(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 12 readings of which only 5 matter; the class
    is the sign of a score with a product term (readings 0 to 2) times 2 plus the sign of one
    with a square term (readings 3 and 4); readings 5 to 11 are noise; a share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 12))
    s1 = x[:, 0] - 0.9 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] + 0.5 * x[:, 4] ** 2 - 0.5
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 10 readings of which 4 matter, the target a
    cosine of one, a product of two and a linear fourth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + 0.8 * x[:, 3]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


_HOOK = np.array([[1, 1, 1, 1],
                  [0, 0, 0, 1],
                  [0, 0, 0, 1],
                  [0, 1, 1, 1]], dtype=float)


def hooks(n: int = 4000, noise: float = 0.45, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of a 4x4 hook (a bar along the
    top, down the right side, back along the bottom half way) turned by 0, 90, 180 or 270
    degrees (4 classes) at a random place, in Gaussian noise of ``noise``; a share ``flip`` of
    the labels is drawn at random."""
    return glyph_images(turned(_HOOK), n, 12, noise, flip, seed)


def swings(n: int = 900, steps: int = 16, noise: float = 0.35, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings: a sine
    of 1 or 3 cycles over the sequence at a random phase, and a random walk drifting up or down
    by 0.25 a step (steps of 0.5); the class is fast-or-slow times 2 plus up-or-down (4 classes).
    Gaussian noise of ``noise`` on the sine. Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)[None, :]
    cycles = np.where(y // 2 == 1, 3.0, 1.0)[:, None]
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    wave = np.sin(2 * np.pi * cycles * t / steps + phase) + rng.normal(0.0, noise, (n, steps))
    drift = np.where(y % 2 == 1, 0.25, -0.25)[:, None]
    walk = np.cumsum(drift + rng.normal(0.0, 0.5, (n, steps)), axis=1)
    x = np.stack([wave, walk], axis=2)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class ConcreteSelector(nn.Module):
    """A concrete feature-selection net for tables: one learnt gate per input (logit
    ``log_alpha`` starting at ``init_logit``), sampled while training as a relaxed Bernoulli
    (``gate="concrete"``: the sigmoid of (logit + logistic noise) / ``temperature``) or a
    hard-concrete gate (``gate="hard"``: the same stretched to (-0.1, 1.1) and clipped to [0,
    1]), its expectation at evaluation; the gated inputs go through ``depth`` blocks (linear,
    optional layer norm, activation, whose pre-activations start shifted by ``bias_shift``) of
    ``width`` units into a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 1, activation: str = "relu", gate: str = "concrete",
                 temperature: float = 0.5, init_logit: float = 2.0, norm: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.log_alpha = nn.Parameter(torch.full((n_in,), float(init_logit)))
        self.gate, self.temperature, self.bias_shift = gate, temperature, bias_shift
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.head = nn.Linear(width, n_outputs)

    def mask(self, like: torch.Tensor) -> torch.Tensor:
        if self.training:
            u = torch.rand_like(like).clamp(1e-6, 1 - 1e-6)
            s = torch.sigmoid((torch.log(u) - torch.log1p(-u) + self.log_alpha)
                              / self.temperature)
        else:
            s = torch.sigmoid(self.log_alpha).expand_as(like)
        if self.gate == "hard":
            s = (s * 1.2 - 0.1).clamp(0.0, 1.0)
        return s

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        h = h * self.mask(h)
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.head(h)


class LRNAlexNet(nn.Module):
    """An AlexNet-style CNN in small: a 5x5 convolution, ReLU, local response normalisation
    (``nn.LocalResponseNorm`` over ``lrn_size`` channels) and 2x2 max pooling; a 3x3
    convolution, ReLU, local response normalisation and 2x2 max pooling; a 3x3 convolution and
    ReLU; then a dense layer, ReLU, dropout and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int, int] = (12, 24, 24), dense: int = 48,
                 lrn_size: int = 3, dropout: float = 0.3, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        a, b, d = channels
        self.features = nn.Sequential(
            nn.Conv2d(c, a, 5, padding=2), _ACTS[activation](), nn.LocalResponseNorm(lrn_size),
            nn.MaxPool2d(2),
            nn.Conv2d(a, b, 3, padding=1), _ACTS[activation](), nn.LocalResponseNorm(lrn_size),
            nn.MaxPool2d(2),
            nn.Conv2d(b, d, 3, padding=1), _ACTS[activation]())
        self.classifier = nn.Sequential(nn.Linear(d * (h // 4) * (w // 4), dense),
                                        _ACTS[activation](), nn.Dropout(dropout),
                                        nn.Linear(dense, n_outputs))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.classifier(self.features(x).flatten(1))


class MultiplicativeLSTM(nn.Module):
    """A multiplicative LSTM written out from linear layers: at each step an intermediate state
    ``m = (W_mx x) * (W_mh h)`` (input-dependent, multiplicative) feeds the input, forget and
    output gates (sigmoid, pre-activations shifted by ``gate_bias``) and the tanh candidate in
    place of ``h``; the cell goes through a tanh. It reads the flattened sequence of
    ``features`` readings a step to its last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.features, self.hidden, self.gate_bias = features, hidden, gate_bias
        self.steps = int(np.prod(input_shape)) // features
        self.wmx = nn.Linear(features, hidden, bias=False)
        self.wmh = nn.Linear(hidden, hidden, bias=False)
        self.wx = nn.Linear(features, 4 * hidden)
        self.wm = nn.Linear(hidden, 4 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.cell_act = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            xt = seq[:, t]
            m = self.wmx(xt) * self.wmh(h) if t else self.wmx(xt)
            z = self.wx(xt) + self.wm(m)
            gates = self.gate(z[:, :3 * n] + self.gate_bias)
            i, f, o = gates[:, :n], gates[:, n:2 * n], gates[:, 2 * n:]
            c = f * c + i * self.squash(z[:, 3 * n:])
            h = o * self.cell_act(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout226"
PK = _factory(f"{HERE}:picks", seed=2260)
YD = _factory(f"{HERE}:yields", seed=2261)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2262)
HK = _factory(f"{HERE}:hooks", seed=2263)
SW = _factory(f"{HERE}:swings", seed=2264)


def _cs(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ConcreteSelector", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LRNAlexNet", "args": args}


def _mlstm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MultiplicativeLSTM", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with momentum decay 2e-3."""
    return _s(data, optim="nadam", optim_args={"momentum_decay": 2e-3}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.7."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.7}, **kw)


def _sm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.3 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.3, "dampening": 0.1}, **kw)


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
    Case("h226_divergence_yields_raw_concrete_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the concrete selector of 24 ReLU units, plain SGD at LR 0.01, "
         "batch 26",
         {"data": YD_RAW, "model": _cs(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 4.2e7 at the first step and Inf by step 5, where the run "
                      "stops"), verdict="failed"),
    Case("h226_exploding_picks_concrete_d6_leaky_std1", "the concrete selector with 6 "
         "leaky-ReLU blocks of 24 and N(0, 1) init on the picks, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": PK, "model": {**_cs(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 7753 to 7733, far above ln 4 from its first step; every "
                      "gradient norm 1384 to 6660 (healthy at most 9.2); quarter-mean update "
                      "ratios "
                      "up to 1e-7, a side effect of the LR; up to 4.2% of a deep block's units "
                      "logged dead; accuracy 0.2286 (test 0.2357) against a majority share of "
                      "0.2786, 97.5% of the test predictions in one class"), verdict="failed"),
    Case("h226_dead_relu_hooks_alexnet_rmsprop_lr008", "the LRN AlexNet (12, 24, 24 channels, "
         "48 dense) on the hooks, plain RMSprop at LR 0.08, batch 28",
         {"data": HK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.37 to 9.1e5 in epoch 1 (epoch loss 1.27e4), then "
                      "sits at ln 4 (1.390 and 1.394), so the blow-up passed; gradient norms 0 to "
                      "2.7e5 and single update ratios up to 19.7 (healthy at most 0.29); 62.5% of "
                      "the second convolution's channels and every unit of the third convolution "
                      "and the dense layer logged dead (healthy 0, at most 19% and at most 60%); "
                      "accuracy 0.2537 at the majority share (0.255), every test prediction in one "
                      "class"), verdict=TP),
    Case("h226_update_ratio_high_picks_concrete_norm_tanh_adagrad", "the concrete selector "
         "with a layer-normalised tanh block of 24 on the picks, Adagrad at LR 2, batch 26, 8 "
         "epochs",
         {"data": PK, "model": _cs(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.45, single "
                      "steps up to 15.6; healthy at most 0.043 and 0.29) and up to 68% of the tanh "
                      "units saturate (healthy runner runs at most 33%): the layer norm keeps the "
                      "loss finite but the run swings (epoch losses 6.25, 2.08, 1.71, ..., 0.816; "
                      "the validation loss ends 28% above its epoch-7 minimum); accuracy 0.625 "
                      "(training 0.6369), below the baseline (0.6571)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h226_update_ratio_low_hooks_alexnet_sgd_lr1e9", "the LRN AlexNet on the hooks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": HK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.389 at every epoch; quarter-mean update "
                                         "ratios at most 2.1e-12 (healthy at least 9.4e-5); "
                                         "accuracy 0.2487 at the majority share (0.255), every "
                                         "test prediction in one class"),
         verdict=TP),
    Case("h226_update_ratio_low_swings_mlstm_rmsprop_lr1e10", "the mLSTM of 16 on the swings, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": SW, "model": _mlstm(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.361 at every epoch; quarter-mean update "
                                         "ratios at most 8.7e-10 (healthy at least 9.4e-5); "
                                         "accuracy 0.2389 against a majority share of 0.2611, "
                                         "every test prediction in one class"),
         verdict=TP),
    Case("h226_vanishing_picks_concrete_d16_sigmoid_momentum9", "the concrete selector with 16 "
         "sigmoid blocks of 12 on the picks, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": PK, "model": _cs(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 3.5e-15 (healthy at least 0.0043); the "
                      "last blocks still move (quarter-mean update ratios up to 0.021) but the "
                      "epoch loss stays at 1.39 (ln 4 is 1.386); accuracy 0.2786 at the majority "
                      "share (0.2786), every test prediction in one class"), verdict=TP),
    Case("h226_saturated_swings_mlstm_std3_rmsprop", "the mLSTM of 16 with N(0, 3) init on the "
         "swings, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": SW, "model": {**_mlstm(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98% of the gates and 99% of the candidates' tanh outputs saturated (healthy "
                      "at most 33%); the epoch loss 6.49, 6.23, 6.40, 6.23, far above ln 4, the "
                      "validation loss 14% above its first; the huge weights give gradient norms "
                      "up "
                      "to 1.2e7 (healthy at most 9.2), a side effect of the N(0, 3) init; accuracy "
                      "0.25 against a majority share of 0.2611; 33% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h226_stuck_hooks_alexnet_std003_momentum9", "the LRN AlexNet with N(0, 0.03) init "
         "on the hooks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs (meant as "
         "a slow start; it never starts)",
         {"data": HK, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low", "slow_start",
                "vanishing_gradients", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.388 to 1.386 over 10 epochs, at ln 4 throughout; first "
                      "gradient norms from 3.2e-3 (healthy CNNs' from 0.028); up to 40% of the "
                      "dense units logged dead (healthy CNNs up to 60%); accuracy 0.2537 at the "
                      "majority share (0.255), every test prediction in one class"), verdict=TP),
    Case("h226_slow_start_picks_concrete_d3_std008_momentum9", "the concrete selector with 3 "
         "ReLU blocks of 32 and N(0, 0.08) init on the picks, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 32, 12 epochs",
         {"data": PK, "model": {**_cs(width=32, depth=3), "init": "normal", "init_std": 0.08},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 12, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits near ln 4 (1.385, 1.376) for the first 2 epochs, then "
                      "falls (0.4675 at epoch 12, the validation loss lowest at the end); first "
                      "gradient norms from 0.0114; up to 16% of the third block's units logged dead"
                      "; accuracy 0.8786 (test 0.8786), above the healthy selectors"), verdict=TP),
    Case("h226_unshuffled_picks_concrete_silu_rmsprop", "the picks sorted by label, never "
         "shuffled, the concrete selector of 24 SiLU units, plain RMSprop at LR 1e-4, batch 30, "
         "8 epochs",
         {"data": {**PK, "order": "by_label", "shuffle": False},
          "model": _cs(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the batches come class after class; accuracy 0.2821 (test 0.3143), 0.004 "
                      "above the majority share (0.2786) and below the baseline (0.6571), with the "
                      "epoch loss still falling (1.414 to 1.380) and the validation loss lowest at "
                      "the end; 61% of the test predictions in one class"), verdict=TP),
    Case("h226_mse_softmax_swings_mlstm_adam", "the swings trained with square error on the "
         "softmax, the mLSTM of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": SW, "model": _mlstm(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9389 (test 0.9167), about the "
                      "healthy runs; the validation loss lowest at the end"), verdict=TP),
    Case("h226_noisy_picks_concrete_b1_adam", "600 rows of the picks one row at a time (batch "
         "1), the concrete selector of 32, Adam at LR 1e-3, 2 epochs",
         {"data": {**PK, "subset": 600}, "model": _cs(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "noisy_loss"),
         why_allowed=("meant as a noisy loss, but the step loss's step-to-step change swings only "
                      "0.54 times its mean over the second half (healthy runner runs 0.10 to "
                      "0.84), "
                      "so ``noisy_loss`` is only allowed; the epoch loss falls from 1.292 to 1.038 "
                      "and the validation loss is lowest at the end: not converged; accuracy "
                      "0.6214 (training 0.7033) below the baseline (0.6429)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h226_overfit_picks_subset40_concrete_tanh_adamw", "40 rows of the picks, the concrete "
         "selector with 2 tanh blocks of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**PK, "subset": 40},
          "model": _cs(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5464 (training 1.0; the healthy runs 0.675 "
                      "and up); the validation loss lowest at epoch 2 of 150, 2.28 times it at the "
                      "end; up to 46% of the second block's tanh units saturated (healthy runner "
                      "runs up to 33%); the epoch loss at 0.011 gives gradients down to 2.4e-4"),
         verdict=GP),
    Case("h226_gap_hooks_subset30_alexnet_adam", "30 images of the hooks, the LRN AlexNet "
         "without dropout, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**HK, "subset": 30}, "model": _cnn(dropout=0.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach nothing that carries over: accuracy 0.2437 (training 1.0), "
                      "at the majority share (0.255); the validation loss lowest at epoch 2 of 100 "
                      "(1.388), 2.21 times it at the end; up to 35% of the dense units logged dead "
                      "(healthy CNNs up to 60%)"), verdict=GP),
    Case("h226_underfit_swings_mlstm_one_unit_adam", "the swings through an mLSTM of 1 hidden "
         "unit, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": SW, "model": _mlstm(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold a frequency and a drift: accuracy 0.5 (training "
                      "0.4926; healthy 0.6722 and up), the epoch loss still falling (0.889 to "
                      "0.871 over the last epoch) with the validation loss lowest at the end; 50% "
                      "of the cell's tanh outputs saturated; 51% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h226_underfit_yields_concrete_gates_closed", "the yields through the hard-concrete "
         "selector whose gates start shut (logits -8, temperature 0.1: every input multiplied by "
         "0, so nothing reaches the net and the logits get no gradient), Adam at LR 3e-3, "
         "batch 24, 12 epochs",
         {"data": YD, "model": _cs(width=32, gate="hard", init_logit=-8.0, temperature=0.1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 12, "batch_size": 24}},
         expect=("underfitting",),
         allow=("not_training", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("nothing reaches the net: R2 -0.001 (training -8e-5; the baseline 0.5617, "
                      "the healthy runs 0.7196 and up), the epoch loss flat at 2.567 from epoch 3 "
                      "(the head's bias learnt the mean) and the validation loss 0.1% above its "
                      "epoch-9 minimum; 34% of the units logged dead"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h226_lightning_digits_momentum3_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.3 (dampening 0.1) at LR 1e20, 1530 units, batch 24, 3 epochs",
         script=lightning_run(_sm("digits", hidden=(1530,), lr=1e20, epochs=3,
                                  batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h226_lightning_moons_nadam_lr1e10_stuck", "Lightning: moons (640 points, noise 0.2), "
         "NAdam (momentum decay 2e-3) at LR 1e-10, 1531 units, batch 20, 3 epochs",
         script=lightning_run(_na("moons", hidden=(1531,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.2)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7739 at every epoch; accuracy 0.5 (training 0.4974) at its "
                      "initial weights, the majority share"), verdict=TP),
    Case("h226_hf_trainer_wine_adadelta_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "Adadelta (rho 0.7) at LR 1e20 (decaying linearly), 1532 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("wine", hidden=(1532,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the first logged loss 1.8e37, every later one NaN; accuracy 0.3333, 0.056 "
                      "below the majority share"), verdict="failed"),
    Case("h226_hf_trainer_iris_momentum3_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.3 (dampening 0.1) at LR 1e-10 (decaying linearly), 1533 units, batch "
         "8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_sm("iris", hidden=(1533,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.089 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, 0.067 below 1/3"), verdict=TP),
    Case("h226_keras_moons_nadam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "NAdam (momentum decay 2e-3) at LR 1e20, 1534 units, batch 20, 3 epochs",
         script=keras_run(_na("moons", hidden=(1534,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h226_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 1535 units, "
         "NAdam (momentum decay 2e-3) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(1535,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0; the healthy "
                      "digits 0.9443 and up); the validation loss lowest at epoch 4 of 120, 15% "
                      "above it at the end"), verdict=GP),
    Case("h226_tensorboard_breast_cancer_momentum3_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.3 (dampening 0.1) at LR 1e20, 1536 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_sm("breast_cancer", hidden=(1536,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h226_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1537 units, NAdam (momentum decay 2e-3) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_na("circles", hidden=(1537,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 2 of 150, 4.9 "
                      "times it at the end; the step loss near 0 swings 1.24 times its mean"),
         verdict=GP),
    Case("h226_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.7) at LR 0.5, 1538 units, batch 20, a corrupt "
         "record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(1538,), lr=0.5, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h226_plain_digits_adadelta_lr1e10_stuck", "hand-written loop: digits, Adadelta (rho "
         "0.7) at LR 1e-10, 1539 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1539,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.31 at every epoch; accuracy 0.0808, 0.02 below the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy226_picks_concrete_relu_adam",
       {"data": PK, "model": _cs(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy226_picks_hardconcrete_silu_adamw",
       {"data": PK, "model": _cs(width=32, activation="silu", gate="hard"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy226_picks_concrete_d2_elu_rmsprop",
       {"data": PK, "model": _cs(width=28, depth=2, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy226_picks_concrete_leaky_momentum9",
       {"data": PK, "model": _cs(width=30, activation="leaky_relu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy226_picks_hardconcrete_norm_adagrad",
       {"data": PK, "model": _cs(width=32, depth=2, norm=True, gate="hard"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy226_yields_hardconcrete_d2_tanh_adam",
       {"data": YD, "model": _cs(width=32, depth=2, activation="tanh", gate="hard"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy226_yields_hardconcrete_d2_silu_adamw",
       {"data": YD, "model": _cs(width=32, depth=2, activation="silu", gate="hard"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy226_hooks_alexnet_adam",
       {"data": HK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy226_hooks_alexnet_leaky_adamw",
       {"data": HK, "model": _cnn(channels=(10, 20, 20), activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy226_hooks_alexnet_lrn5_rmsprop",
       {"data": HK, "model": _cnn(channels=(8, 16, 16), dense=32, lrn_size=5),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy226_hooks_alexnet_nesterov9",
       {"data": HK, "model": _cnn(channels=(12, 16, 16), dense=32),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy226_swings_mlstm_adam",
       {"data": SW, "model": _mlstm(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy226_swings_mlstm_gate1_adam",
       {"data": SW, "model": _mlstm(hidden=12, gate_bias=1.0),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy226_swings_mlstm_rmsprop",
       {"data": SW, "model": _mlstm(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy226_swings_mlstm_adamw",
       {"data": SW, "model": _mlstm(hidden=14),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _hs("healthy226_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(1530,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy226_lightning_wine_momentum3",
        lightning_run(_sm("wine", hidden=(1531,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy226_lightning_circles_adadelta",
        lightning_run(_ad("circles", hidden=(1532,), lr=0.3, epochs=15, batch_size=20, n=620,
                          noise=0.1)), "lightning"),
    _hs("healthy226_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(1533,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy226_hf_trainer_moons_adadelta",
        hf_trainer_run(_ad("moons", hidden=(1534,), lr=0.4, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy226_hf_trainer_iris_momentum3",
        hf_trainer_run(_sm("iris", hidden=(1535,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy226_keras_circles_nadam",
        keras_run(_na("circles", hidden=(1536,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy226_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(1537,), lr=0.15, epochs=15, batch_size=10)), "keras"),
    _hs("healthy226_keras_breast_cancer_momentum3",
        keras_run(_sm("breast_cancer", hidden=(1538,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy226_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(1539,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy226_tensorboard_digits_momentum3",
        tensorboard_run(_sm("digits", hidden=(1530,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy226_plain_moons_adadelta",
        plain_run(_ad("moons", hidden=(1531,), lr=0.25, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy226_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1532,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
