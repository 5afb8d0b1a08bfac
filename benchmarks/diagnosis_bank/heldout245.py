"""The two-hundred-and-forty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout244`, :mod:`.heldout246` and :mod:`.heldout247` (not
looked at), after the measurement of :mod:`.heldout240` to :mod:`.heldout243`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`AffineMishMLP` (a learnt
feature-wise affine input layer, each feature times its own scale plus its own shift, then blocks
of linear and Mish units, or tanh or sigmoid ones, optionally residual after the first, with an
optional shift of the blocks' pre-activations, and a linear head), :class:`FactorisedCNN` (two
blocks of a 1x3 convolution followed by a 3x1 one, ReLU and 2x2 max pooling, a dense layer, a
linear head) and :class:`MultiplicativeRNN` (a multiplicative RNN written out from linear layers,
its recurrent transition depending on the input through a factored tensor, ``h = tanh(Wx x + Whf
((Wfx x) * (Wfh h)))``, reading the flattened sequence to its last hidden state, a linear head);
every fault code was produced with these three models. Every data set is this module's own
``data.factory``: :func:`pulses`, 1500 sequences of 10 steps in 2 readings (noise 0.3) with one
pulse of height 2 in each reading, the class which pulse comes first and the first reading's
pulse's sign (4 classes, given flattened as 20 columns and read back as a sequence; seed 2450);
:func:`bars`, 4000 12x12 single-channel images of a 5-pixel bar (horizontal, vertical, diagonal,
anti-diagonal) at a random place in noise 0.35, 2% random labels (4 classes; seed 2451);
:func:`kilns`, a tabular 4-class set of 8 readings on scales from 0.2 to 5 (the signs of a score
with a ring term and of one with a product term, 3% random labels, 1400 rows; seed 2452);
:func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2453; times 300 plus 6000
with seed 2454 for the divergence). Script cases use Adagrad with initial accumulator value 0.1,
AdamW with betas (0.8, 0.99) and SGD with momentum 0.95 and weight decay 1e-3 on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of
1720 to 1729. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step and
exponential; batch sizes 1 to 32.

Each case is labelled with the injected fault, from the run's own metrics (losses, validation
loss and score, step-loss swing, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``, the test confusion matrix), trained at seed 0 with ``diagnose.enabled`` false
(scripts called directly): no diagnosis was made. After the last change of a setting every
healthy case (runner and script) was trained once more from this file into a fresh store; the
fault numbers in the cases are from the last training of each fault case from this file into a
fresh store (the noisy batch-1 run was trained again beside the healthy runs and gave the same
numbers). No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Each label
was read from: the epoch and validation losses and where the validation loss is lowest; the score
against ``baseline/val_*`` and the majority share; the step loss's swing (the standard deviation of
its step-to-step change over the second half over its mean); quarter means and single values of
the update ratios; gradient norms (first and extreme); dead and saturated fractions; and, for
runner cases, the test confusion matrix. Majority shares (test confusion matrices' rows): 0.2679
on the kilns, 0.2562 on the bars, 0.26 on the pulses; on the scripts' validation splits 1/3
(iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles). Baselines
(validation): accuracy 0.5429 (kilns), 0.3125 (bars), 0.9533 (pulses); R2 0.6272 (yields).

Measured healthy ranges (runner): update ratio quarter means 2.4e-5 (the multiplicative RNN under
Adam) to 0.0797 (the kilns MLP under RMSprop), single steps at most 0.465 (the same run); the
``update_ratio_high`` run reaches quarter means of 0.52 with single steps up to 17.9. Gradient
norms at least 5.0e-4 (the pulses under Adam) and at most 31.8 (the pulses under AdamW), first
norms at least 5.6e-3 (the bars CNN under Adam); the slow start's first 2.2e-3, the exploding
run's 343 to 2477, the saturated run's up to 7.2e4, the vanishing run's down to 1.3e-15. Dead
fraction 0 in every healthy MLP block and every healthy convolution, at most 0.375 in the healthy
CNNs' dense layer (Adam and RMSprop; 0.286 to 0.375 over the four); the shifted Mish blocks 1.0,
the killed CNN's dense units 0.5 (as its reason quotes it), the exploding run's one block
0.167. Saturated fraction at most 0.168 in
the healthy tanh MLP (the yields) and 0.386 in the healthy multiplicative RNNs (the pulses under
Adam); the saturated RNN's 0.925, the update-ratio run's 0.98. The step loss's swing is at most
1.99 times its mean in the healthy runner runs (the tanh MLP on the yields; the rest at most 1.49,
the CNN under Nesterov momentum) and 1.74 in the healthy scripts with a step loss (the loop's
breast cancer; Keras logs only epoch losses); the batch-1 run's is 3.0. Healthy scores
(validation): kilns 0.8464 to 0.9179 (test 0.8357 to 0.8857), yields R2 0.8962 and 0.919 (test
0.9263 and 0.902), bars 0.9413 to 0.9675 (test 0.945 to 0.9725), pulses 0.98 to 0.9967 (test
0.9867 to 0.9933); scripts: digits 0.9805 (Lightning) and 0.9721 (TensorBoard), wine 1.0 and 1.0,
breast cancer 0.9386 (Trainer), 0.9474 (Keras) and 0.9561 (loop), moons 0.9531 (Trainer), 0.9848
(TensorBoard) and 0.9841 (loop), iris 0.9667 and 0.9667, circles 0.9919. Every healthy run's
validation loss is lowest at its end but the kilns under RMSprop (epoch 9 of 10, 0.03% above it),
the yields under Adam and the tanh yields under AdamW (epoch 19 of 20, 0.06% and 0.07% above it)
and Trainer's moons (epoch 19 of 20, 0.17% above it).

Changes after the first run: the kilns under RMSprop (LR 1e-3, 0.6643) took LR 5e-3 (0.9107, 1.31%
above its epoch-11 minimum), then 10 epochs instead of 15 (0.9179, 0.03% above its epoch-9
minimum), the yields' tanh MLP (R2 0.7564) LR 0.01, the bars CNN under RMSprop (0.7638) LR 3e-3;
the pulses under AdamW (0.96, then 0.9533 and 9% above its epoch-12 minimum) became 16 units and 16
factors at LR 5e-3, batch 25, which with the default weight decay of 0 is the Adam run's exact
arithmetic (AdamW differs from Adam only by its decoupled weight decay), so the same numbers; it
then took weight decay 0.01, 20 units, 12 factors and batch 22 (0.98, lowest at its end), and under
RMSprop (0.97; then 3.7% above its epoch-9 minimum at LR 4e-3) LR 3e-3 for 12 epochs (0.9867,
lowest at its end). The slow start on the bars CNN (N(0, 0.03) and N(0, 0.08) init) never left ln
4, so it moved to the MLP with N(0, 0.02) init (ln 4 for 4 epochs, then falling, ending below the
baseline: ``underfitting`` expected beside ``slow_start``). The batch-1 run on 1200 bars swung only
1.05 times its mean (healthy up to 1.49), so it moved to the kilns MLP at batch 1 (3.0; its
validation loss ends 14% above its minimum, so ``not_converged`` is allowed, not expected). Keras'
16 rows of digits end only 1.15 times their early validation minimum, so ``overfitting`` is allowed
there; Lightning's stuck circles (0.5859) and the loop's stuck digits (0.0418) lie more than 0.05
from the majority share, so ``at_chance`` is allowed. Of the healthy scripts, read back for the
first time, Trainer's iris (momentum at LR 5e-3) ended 5.4% above its epoch-13 validation loss, so
LR 2e-3 (0.9667, lowest at its end); TensorBoard's moons (AdamW at batch 19) 26.7% above its
epoch-14 minimum, so batch 30 (0.9848, lowest at its end); the other eleven were healthy as
written. The batch-1 run's reason quoted the healthy runner runs' swing as at most 1.49, before the
tanh yields took LR 0.01 (1.99); the reason now says 1.99.

Not met: the killed CNN's 50% dead dense units (``h245_dead_relu_bars_cnn_rmsprop_lr008``,
``dead_relu`` expected) lie only a third above the healthy CNNs' 37.5%, not clearly outside them;
that fault case was left as it was (fault cases were outside this revision). The healthy
multiplicative RNNs' narrow lead over the pulses' baseline (0.027 to 0.043) is accepted.

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


def pulses(n: int = 1500, steps: int = 10, noise: float = 0.3, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings of noise
    ``noise``, each holding one pulse of height 2 in reading 0 and one of height 2 in reading 1
    at two different random steps; the class is which pulse comes first times 2 plus whether the
    first reading's pulse points down (4 classes). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        a, b = sorted(int(v) for v in rng.choice(steps, 2, replace=False))
        t0, t1 = (a, b) if label // 2 == 0 else (b, a)
        x[i, t0, 0] += -2.0 if label % 2 else 2.0
        x[i, t1, 1] += 2.0
    return x.reshape(n, steps * 2).astype(np.float32), y


def bars(n: int = 4000, noise: float = 0.35, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one short bar of 5 pixels at a
    random place (4 classes: horizontal, vertical, diagonal, anti-diagonal), in Gaussian noise
    of ``noise``; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    k = np.arange(5)
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, 8, 2))
        if label == 0:
            x[i, 0, r + 2, c + k] += 1.0
        elif label == 1:
            x[i, 0, r + k, c + 2] += 1.0
        elif label == 2:
            x[i, 0, r + k, c + k] += 1.0
        else:
            x[i, 0, r + k, c + 4 - k] += 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def kilns(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings on scales from 0.2 to 5; the class
    is the sign of a score with a ring term (readings 0 and 1) times 2 plus the sign of one with
    a product term (readings 2 to 4); readings 5 to 7 are noise; a share ``flip`` of labels is
    drawn at random."""
    rng = np.random.default_rng(seed)
    z = rng.normal(0.0, 1.0, (n, 8))
    s1 = z[:, 0] ** 2 + z[:, 1] ** 2 - 1.4
    s2 = z[:, 2] - 0.9 * z[:, 3] * z[:, 4]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    scales = np.array([0.2, 5.0, 1.0, 3.0, 0.5, 2.0, 1.0, 4.0])
    return (z * scales).astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"mish": nn.Mish, "relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class AffineMishMLP(nn.Module):
    """A learnt feature-wise affine input layer (each feature times its own scale plus its own
    shift, from 1 and 0), then ``depth`` blocks of linear and Mish (or ``activation``) units of
    ``width``, each added to its input with ``skip`` and with its pre-activations shifted by
    ``bias_shift``, and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "mish", skip: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.scale = nn.Parameter(torch.ones(n_in))
        self.shift = nn.Parameter(torch.zeros(n_in))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.skip = skip
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1) * self.scale + self.shift
        for i, (lin, act) in enumerate(zip(self.lins, self.acts, strict=True)):
            a = act(lin(h) + self.bias_shift)
            h = h + a if self.skip and i > 0 else a
        return self.head(h)


class FactorisedCNN(nn.Module):
    """Two factorised asymmetric convolution blocks (a 1x``k`` convolution followed by a
    ``k``x1 one, then the activation and 2x2 max pooling), a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), k: int = 3, dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        p = k // 2
        self.row1 = nn.Conv2d(c, channels[0], (1, k), padding=(0, p))
        self.col1 = nn.Conv2d(channels[0], channels[0], (k, 1), padding=(p, 0))
        self.act1 = _ACTS[activation]()
        self.row2 = nn.Conv2d(channels[0], channels[1], (1, k), padding=(0, p))
        self.col2 = nn.Conv2d(channels[1], channels[1], (k, 1), padding=(p, 0))
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.col1(self.row1(x))))
        h = self.pool(self.act2(self.col2(self.row2(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class MultiplicativeRNN(nn.Module):
    """A multiplicative RNN written out from linear layers: the recurrent transition depends on
    the input through a factored tensor, ``h = tanh(Wx x + Whf ((Wfx x) * (Wfh h)))`` with
    ``factors`` factors; it reads the flattened sequence of ``features`` readings a step to its
    last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, factors: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wfx = nn.Linear(features, factors)
        self.wfh = nn.Linear(hidden, factors, bias=False)
        self.whf = nn.Linear(factors, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            xt = seq[:, t]
            h = self.squash(self.wx(xt) + self.whf(self.wfx(xt) * self.wfh(h)))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout245"
PU = _factory(f"{HERE}:pulses", seed=2450)
BA = _factory(f"{HERE}:bars", seed=2451)
KI = _factory(f"{HERE}:kilns", seed=2452)
YI = _factory(f"{HERE}:yields", seed=2453)
YI_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2454)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AffineMishMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FactorisedCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MultiplicativeRNN", "args": args}


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with initial accumulator value 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.8, 0.99)."""
    return _s(data, optim="adamw", optim_args={"betas": (0.8, 0.99)}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "weight_decay": 1e-3}, **kw)


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
    Case("h245_divergence_yields_raw_mlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the affine Mish MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.4e7 at the first step, 2.3e8 at the second"
                      " and Inf at the "
                      "third"), verdict="failed"),
    Case("h245_exploding_kilns_mlp_d6_std1", "the affine Mish MLP of 24 with 6 blocks and N(0, "
         "1) init on the kilns, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": KI, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1688 at every epoch; gradient norms 343 to 2477; accuracy "
                      "0.2286 (test 0.2214 against a majority share of 0.2679); 59% of the test "
                      "predictions in one class; 16.7% of one block logged dead"),
         verdict="failed"),
    Case("h245_dead_mish_kilns_mlp_skip_shift10", "the affine Mish MLP of 24 with 3 blocks, the "
         "last two residual, every block's pre-activations shifted by -10 (its Mish units never "
         "go above 0), Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": KI, "model": _mlp(width=24, depth=3, skip=True, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"),
         allow=("not_converged", "slow_start", "vanishing_gradients"),
         why_allowed=("every unit of blocks 2 and 3 logged dead; the loss sits at ln 4 for "
                      "5 "
                      "epochs, then falls slowly (validation loss lowest at the end); accuracy "
                      "0.4607 below the baseline 0.5429"), verdict=TP),
    Case("h245_dead_relu_bars_cnn_rmsprop_lr008", "the factorised CNN (8, 16 channels, 32 "
         "dense) on the bars, plain RMSprop at LR 0.08, batch 28",
         {"data": BA, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 7.8e4 in epoch 1, then near ln 4 (1.662, 1.543); single "
                      "update ratios up to 10.8; 50% of the dense units dead; accuracy 0.265 "
                      "(majority 0.2562), 96% of the test predictions in one class"), verdict=TP),
    Case("h245_update_ratio_high_kilns_mlp_tanh_adagrad", "the affine MLP with tanh units of "
         "24 on the kilns, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": KI, "model": _mlp(width=24, depth=1, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.52, single steps up to 17.9; 98% of the "
                      "tanh units saturated; the validation loss swings and ends lowest; accuracy "
                      "0.4821, below the baseline 0.5429"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h245_update_ratio_low_bars_cnn_sgd_lr1e9", "the factorised CNN on the bars, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": BA, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.388 at every epoch; 22% of the dense units dead at "
                      "their "
                      "initial weights"), verdict=TP),
    Case("h245_update_ratio_low_pulses_mrnn_rmsprop_lr1e10", "the multiplicative RNN of 16 on "
         "the pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.396 at every epoch; accuracy 0.2733 at its initial "
                      "weights"), verdict=TP),
    Case("h245_vanishing_kilns_mlp_d16_sigmoid_momentum9", "the affine MLP with 16 sigmoid "
         "blocks of 12 on the kilns, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": KI, "model": _mlp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 1.3e-15; the head still moves but the "
                      "loss stays at ln 4"), verdict=TP),
    Case("h245_saturated_pulses_mrnn_std3_rmsprop", "the multiplicative RNN of 16 with N(0, 3) "
         "init on the pulses, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": PU, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("92.5% of the tanh outputs saturated; gradient norms up to 7.2e4 from the "
                      "N(0, 3) init; accuracy 0.19 (test 0.2433, majority 0.26)"), verdict=TP),
    Case("h245_slow_start_kilns_mlp_std002_momentum9", "the affine Mish MLP of 24 with N(0, "
         "0.02) init on the kilns, SGD with momentum 0.9 at LR 0.1 (cosine), batch 32, 20 "
         "epochs",
         {"data": KI, "model": {**_mlp(width=24), "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "not_converged"),
         why_allowed=("the epoch loss at ln 4 for 4 epochs (first gradient norm 2.2e-3), then "
                      "falling to 0.849; accuracy 0.5321 below the baseline 0.5429; the validation "
                      "loss 0.02% above its epoch-19 minimum"), verdict=TP),
    Case("h245_unshuffled_kilns_mlp_rmsprop", "the kilns sorted by label, never shuffled, the "
         "affine Mish MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**KI, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position explains all its within-epoch variance; accuracy "
                      "0.3536, the losses still falling; 63% of the test predictions in one class"),
         verdict=TP),
    Case("h245_mse_softmax_pulses_mrnn_adam", "the pulses trained with square error on the "
         "softmax, the multiplicative RNN of 16, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PU, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.99 (test 0.9933) like the healthy "
                      "runs"), verdict=TP),
    Case("h245_noisy_kilns_mlp_b1_adam", "the kilns one row at a time (batch 1), the affine "
         "Mish MLP of 32, Adam at LR 3e-3, 4 epochs",
         {"data": KI, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting",
                "not_converged"),
         why_allowed=("the step loss swings 3.0 times its mean over the second half (healthy runner"
                      " runs at most 1.99); the epoch loss still falls (0.45 to 0.416) while the "
                      "validation loss ends 14% above its epoch-3 minimum"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h245_overfit_kilns_subset40_mlp_adamw", "40 rows of the kilns, the affine Mish MLP of "
         "160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**KI, "subset": 40}, "model": _mlp(width=160, depth=2),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("40 rows teach less: accuracy 0.4786 (training 1.0); the validation loss "
                      "lowest at epoch 1, 3.9 times it at the end"), verdict=GP),
    Case("h245_gap_bars_subset30_cnn_adam", "30 images of the bars, the factorised CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BA, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images: accuracy 0.3025 (training 1.0), 0.046 above the majority share; "
                      "the validation loss lowest at epoch 2, 3.7 times it at the end; 53% of the "
                      "dense units dead"), verdict=GP),
    Case("h245_underfit_pulses_mrnn_one_unit_adam", "the pulses through a multiplicative RNN of "
         "1 hidden unit and 1 factor, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": PU, "model": _rnn(hidden=1, factors=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one unit: accuracy 0.5067 (baseline 0.9533), the loss still falling 0.5%; up"
                      " to 51% saturated; 74% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h245_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 and weight decay 1e-3 at LR 1e20, 1720 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1720,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h245_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.8, 0.99) at LR 1e-10, 1721 units, batch 20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(1721,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6858 at every epoch; accuracy 0.5859 at its initial "
                      "weights, 0.086 above the majority share"), verdict=TP),
    Case("h245_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.1) at LR 1e20 (decaying linearly), 1722 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1722,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333 against a majority "
                      "share of 0.3889"), verdict="failed"),
    Case("h245_hf_trainer_iris_momentum95_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.95 and weight decay 1e-3 at LR 1e-10 (decaying linearly), 1723 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1723,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.114 at every evaluation; accuracy 0.4667 at its "
                      "initial weights"), verdict=TP),
    Case("h245_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.8, 0.99) at LR 1e20, 1724 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1724,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h245_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1725 "
         "units, Adagrad (initial accumulator 0.1) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(1725,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0); the validation"
                      " loss lowest at epoch 3 (1.864), ending 1.15 times it: a weak rise, so "
                      "overfitting is allowed, not expected"), verdict=GP),
    Case("h245_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 and weight decay 1e-3 at LR 1e20, 1726 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1726,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      "0.6316"), verdict="failed"),
    Case("h245_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1727 units, AdamW (betas 0.8, 0.99) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1727,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the validation"
                      " loss 1.632 after epoch 1, 4.396 at the end"), verdict=GP),
    Case("h245_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 1e-3, 1728 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(1728,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h245_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.8, "
         "0.99) at LR 1e-10, 1729 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1729,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.355 at every epoch; accuracy 0.0418, 0.058 below the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy245_kilns_mlp_adam",
       {"data": KI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy245_kilns_mlp_adamw_step",
       {"data": KI, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy245_kilns_mlp_rmsprop",
       {"data": KI, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy245_kilns_mlp_momentum9",
       {"data": KI, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy245_kilns_mlp_skip_adagrad",
       {"data": KI, "model": _mlp(width=24, depth=3, skip=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy245_yields_mlp_adam",
       {"data": YI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy245_yields_mlp_tanh_adamw",
       {"data": YI, "model": _mlp(width=32, activation="tanh"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy245_bars_cnn_adam",
       {"data": BA, "model": _cnn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy245_bars_cnn_adamw",
       {"data": BA, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy245_bars_cnn_rmsprop",
       {"data": BA, "model": _cnn(channels=[8, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy245_bars_cnn_nesterov9",
       {"data": BA, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy245_pulses_mrnn_adam",
       {"data": PU, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy245_pulses_mrnn_adamw",
       {"data": PU, "model": _rnn(hidden=20, factors=12),
        "optim": {"name": "adamw", "lr": 5e-3, "weight_decay": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy245_pulses_mrnn_rmsprop",
       {"data": PU, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy245_pulses_mrnn_adam_step",
       {"data": PU, "model": _rnn(hidden=16, factors=8),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "step", "step_size": 6, "gamma": 0.3},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy245_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1720,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy245_lightning_wine_momentum95",
        lightning_run(_mom("wine", hidden=(1721,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy245_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(1722,), lr=2e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy245_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1723,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy245_hf_trainer_iris_momentum95",
        hf_trainer_run(_mom("iris", hidden=(1724,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy245_keras_circles_adagrad",
        keras_run(_ag("circles", hidden=(1725,), lr=5e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy245_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1726,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy245_keras_breast_cancer_momentum95",
        keras_run(_mom("breast_cancer", hidden=(1727,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy245_tensorboard_iris_adagrad",
        tensorboard_run(_ag("iris", hidden=(1728,), lr=5e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy245_tensorboard_digits_momentum95",
        tensorboard_run(_mom("digits", hidden=(1729,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy245_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1720,), lr=1e-3, epochs=15, batch_size=30, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy245_plain_moons_momentum95",
        plain_run(_mom("moons", hidden=(1724,), lr=2e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy245_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1726,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
