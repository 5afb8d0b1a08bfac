"""The two-hundred-ninety-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout295` (not looked at), after the measurement of
:mod:`.heldout292` and :mod:`.heldout293`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`GaussMLP` (hidden layers of linear units followed by
:class:`GaussGELU`, the Gaussian ``exp(-x^2)`` on half of each layer's units and GELU on the
other half, then a linear head), :class:`AxialCNN` (a 3x3 convolution stem with ReLU units, one
residual block of single-head attention along the rows and one along the columns of the feature
map, a global mean pool, a dense ReLU layer whose pre-activations can start shifted, a linear
head) and :class:`ONLSTM` (a hand-written ordered-neurons LSTM cell with cumulative-softmax
master forget and input gates, stepped by hand, its last state read by a linear head); no case
fell back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`chirps`, 800 noisy series of 16 steps in 2 readings, a 4-step rising ramp in the first
and a 2-step dip in the second or not (4 classes; flattened as 32 columns and read back as a
sequence; seed 2940); :func:`marks`, 2400 10x10 images of an L, a T, a slash or four corners at
a random place in noise 0.35, 2% random labels (4 classes; seed 2941); :func:`gauges`, a tabular
4-class set of 10 readings (a circle and a sine boundary, 3% random labels, 1400 rows; seed
2942); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed 2943; times 300 plus
6000 with seed 2944 for the divergence). Script cases use Adamax with weight decay 1e-4, SGD with
Nesterov momentum 0.75 and centred RMSprop with momentum 0.3 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2210 to 2219.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into a
fresh store (two SQLite files, one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The numbers below are from that store and the two later rounds (same two files). No other seed
was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2821
on the gauges, 0.2583 on the marks, 0.2625 on the chirps. Baselines (validation): accuracy 0.5071
(gauges), 0.5188 (marks), 0.5938 (chirps); R2 0.6368 (yields), 0.598 (the raw yields).

Measured healthy ranges (runner): update ratio quarter means 6.4e-5 to 0.0534, single steps at
most 0.282 (the gauges under RMSprop); the ``update_ratio_high`` run reaches quarter means of 0.50
with single steps up to 13; the ``update_ratio_low`` runs log quarter means of 0 and at most
8.2e-10. Dead fraction of the CNNs' dense ReLUs 0% to 19% in the healthy runs, of the MLPs' GELU
halves at most 17%; the shifted CNN's 100%, the killed CNN's 84%, the slow start's 44%, the
vanishing MLP's up to 75% a layer. Saturated units in the healthy ON-LSTMs at most 6.9% of the
candidate tanh, 1.9% of the gates; the saturated run's 64% and 43%, the update-ratio run's 69% and
54%. Gradient norms at least 0.0028 and at most 14.2 (the yields under AdamW), first norms at least
0.0088; the vanishing run's down to 2.2e-14, the exploding run's 1457 to 1.5e4, the slow start's
first 5.5e-4. The step loss's position in the epoch explains at most 24% of the within-epoch
variance over the second half in the healthy runner runs; the unshuffled run 99.9%. The standard
deviation of the step loss's step-to-step change over the second half is at most 0.81 times its
mean in the healthy runner runs and 1.62 in the healthy scripts; the batch-1 run's only 0.62.
Healthy scores (validation): gauges 0.6821-0.8357, marks 0.6396-0.8938, chirps 0.6937-0.85,
yields R2 0.8904 and 0.923. Every healthy runner run's validation loss is lowest at its end but
the gauges under Adagrad (epoch 14 of 15, 0.3% above it) and the marks under momentum 0.9 (epoch
11 of 12, 0.7% above it).

Changes after the first run (each changed case trained once at seed 0, diagnosis off): the
gauges under momentum 0.9 (LR 0.01) reached 0.5179, barely above the baseline 0.5071, so LR 0.05
(0.8357, lowest at the end); the chirps under Adam (LR 5e-3, 15 epochs) reached 0.5875, below the
baseline, so LR 0.01 and 25 epochs (0.8313, but 9.3% above its epoch-13 minimum), then 14 epochs
(0.7812, lowest at the end); the chirps under AdamW (LR 0.01, decay 0.9, 0.525) now LR 0.02 and 25
epochs at decay 0.93 (3.5% above its epoch-22 minimum), then 20 epochs at decay 0.9 (3.1% above
its epoch-18 minimum), so 18 epochs: an exponential schedule is per epoch, so the 18-epoch run is
the first 18 epochs of that one, whose validation loss is lowest at epoch 18 (0.6017, accuracy
0.7937; the 18-epoch run itself was not trained); the chirps under momentum 0.9 (LR 0.05, 0.4625)
now LR 0.15 and 25 epochs (12.6% above its epoch-10 minimum), then 11 epochs (0.6937, lowest at
the end); the marks under AdamW with a step schedule (every 4 epochs by 0.4, 1.4% above its
epoch-10 minimum) now every 3 epochs by 0.3 (0.8938, lowest at the end); the marks under RMSprop
(LR 2e-3, 0.6396, lowest at the end) tried at LR 1e-3 (0.6167) and kept at 2e-3; the loop's sine
under centred RMSprop (LR 3e-4, 16 epochs, 1.29 times its epoch-11 minimum) now LR 1e-4 (1.09
times its epoch-11 minimum), then 11 epochs (R2 0.9309, lowest at the end). Faults: the ON-LSTM of
one unit gave no gradient at all (a cumulative softmax over one unit is 1, so its master gates
shut the cell: its state stays 0), so two units; the slow start at N(0, 0.03) init and again at
N(0, 0.06) never left ln 4 in 10 epochs (a stuck run, 97% and 78% of the dense units dead), so
N(0, 0.1), which creeps off ln 4 from epoch 3 (see its label).

Not met: the gauges under Adagrad and the marks under momentum 0.9 end 0.3% and 0.7% above their
validation minima; the changed cases were trained in the same two store files as the first round,
not retrained together into one fresh store, and the measured healthy ranges above mix the first
round with the changed cases' later runs; the chirps under AdamW at 18 epochs is read from the
20-epoch run, not trained itself; the slow start still ends below the baseline (its start is slow
and it never catches up in 10 epochs). No other seed was checked.

Labels from the metrics: the killed CNN's blow-up passed (its loss ends near ln 4), so it is a
training problem; the exploding run's loss is 1.1e4 at every epoch and its verdict is a failure;
the test predictions fall in one class in the exploding run (97.5%), both dead-unit runs (100%,
99.8%), the stuck ON-LSTM (100%), the vanishing run (100%) and the unshuffled run (100%), so
``predictions_collapsed`` is expected there, allowed in the two-unit ON-LSTM (86%); the
saturated run (31%), the update-ratio-high run (47%) and the stuck CNN (52%) do not collapse;
the update-ratio-high run ends below the baseline but not at chance (test 0.4375), so
``underfitting`` is expected there instead of ``at_chance``; the stuck CNN's accuracy is 0.06
above the majority share, so ``at_chance`` is only allowed; Lightning's NaN digits, Keras' NaN
moons and the loop's stuck digits expect ``at_chance``, Trainer's NaN wine, TensorBoard's NaN
breast cancer and Lightning's stuck circles (0.375 against 0.5) allow it, Trainer's stuck iris
(0.6333 at its initial weights) does not; the overfit runs' validation losses end 3.9 (40 rows),
2.8 (30 images) and 3.6 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is
expected beside ``generalisation_gap``; Keras' 16 digits end 0.1% above their epoch-39 minimum,
below their first epoch, so only the gap is expected there; the batch-1 run's step loss swings
less than the healthy runs', so ``noisy_loss`` is only allowed and ``not_converged`` expected;
the slow start's first gradients are 16 times smaller than any healthy run's, so ``slow_start``
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


def chirps(n: int = 800, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings;
    reading 0 holds a rising ramp (0.4, 0.8, 1.2, 1.6 over 4 steps) at a random time or none,
    reading 1 a dip of -1.5 lasting 2 steps at a random time or none; the class is which of the
    two are there (4 classes: none, the dip, the ramp, both). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    ramp = np.array([0.4, 0.8, 1.2, 1.6])
    for i, label in enumerate(y):
        if label // 2:
            t = int(rng.integers(0, steps - 3))
            x[i, t:t + 4, 0] += ramp
        if label % 2:
            t = int(rng.integers(0, steps - 1))
            x[i, t:t + 2, 1] -= 1.5
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_SLASH = np.array([[0, 0, 1], [0, 1, 0], [1, 0, 0]], dtype=float)
_CORNERS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def marks(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, a slash, four corners), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _SLASH, _CORNERS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is whether readings 0
    and 1 lie inside a circle of radius 1.1 times 2 plus whether the sine of reading 2 plus half
    of reading 3 is positive; readings 4 to 9 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    inside = (x[:, 0] ** 2 + x[:, 1] ** 2) < 1.1 ** 2
    s2 = np.sin(2.0 * x[:, 2]) + 0.5 * x[:, 3]
    y = 2 * inside.astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a Gaussian bump of one,
    a square of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.exp(-x[:, 0] ** 2) + 0.5 * x[:, 1] ** 2 + x[:, 2] * x[:, 3] - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class GaussGELU(nn.Module):
    """A split activation: the Gaussian ``exp(-x^2)`` on the first half of the units, GELU
    (an ``nn.GELU`` module) on the other half."""

    def __init__(self) -> None:
        super().__init__()
        self.gelu = nn.GELU()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        half = x.shape[-1] // 2
        return torch.cat([torch.exp(-x[..., :half] ** 2), self.gelu(x[..., half:])], dim=-1)


class GaussMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units, each followed by
    :class:`GaussGELU` (half Gaussian, half GELU units), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), GaussGELU()]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


class AxialAttention(nn.Module):
    """Single-head self-attention along one axis of a ``(batch, channels, rows, cols)`` map
    (``axis`` 3: along each row; 2: along each column), added back to its input."""

    def __init__(self, channels: int, axis: int) -> None:
        super().__init__()
        self.axis = axis
        self.qkv = nn.Linear(channels, 3 * channels)
        self.out = nn.Linear(channels, channels)
        self.scale = channels ** -0.5

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        if self.axis == 3:
            seq = x.permute(0, 2, 3, 1).reshape(b * h, w, c)
        else:
            seq = x.permute(0, 3, 2, 1).reshape(b * w, h, c)
        q, k, v = self.qkv(seq).chunk(3, dim=-1)
        att = torch.softmax(q @ k.transpose(1, 2) * self.scale, dim=-1)
        mixed = self.out(att @ v)
        if self.axis == 3:
            mixed = mixed.reshape(b, h, w, c).permute(0, 3, 1, 2)
        else:
            mixed = mixed.reshape(b, w, h, c).permute(0, 3, 2, 1)
        return x + mixed


class AxialCNN(nn.Module):
    """An axial-attention CNN: a 3x3 convolution stem with ReLU units, one block of attention
    along the rows and one along the columns of the feature map (each residual), a global mean
    pool, a dense ReLU layer (whose pre-activations can start shifted by ``dense_shift``) and a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 dense: int = 32, dense_shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.stem_act = nn.ReLU()
        self.rows = AxialAttention(channels, 3)
        self.cols = AxialAttention(channels, 2)
        self.fc = nn.Linear(channels, dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.cols(self.rows(self.stem_act(self.stem(x))))
        return self.head(self.act(self.fc(h.mean(dim=(2, 3))) + self.dense_shift))


def cumax(x: torch.Tensor) -> torch.Tensor:
    """The cumulative softmax along the last axis (rises from near 0 to 1)."""
    return torch.cumsum(torch.softmax(x, dim=-1), dim=-1)


class ONLSTM(nn.Module):
    """A hand-written ordered-neurons LSTM (Shen et al. 2019, chunk size 1), stepped by hand
    over the flattened sequence of ``features`` readings a step: input, forget and output gates
    (``nn.Sigmoid``), a candidate (``nn.Tanh``), a master forget gate ``cumax(.)`` and a master
    input gate ``1 - cumax(.)``; the last hidden state goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, 6 * hidden)
        self.wh = nn.Linear(hidden, 6 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.cand = nn.Tanh()
        self.out_act = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            gates, cand, mf, mi = z.split([3 * self.hidden, self.hidden, self.hidden,
                                           self.hidden], dim=-1)
            i, f, o = self.gate(gates).chunk(3, dim=-1)
            master_f = cumax(mf)
            master_i = 1.0 - cumax(mi)
            overlap = master_f * master_i
            c_hat = self.cand(cand)
            c = (overlap * (f * c + i * c_hat) + (master_f - overlap) * c
                 + (master_i - overlap) * c_hat)
            h = o * self.out_act(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout294"
CH = _factory(f"{HERE}:chirps", seed=2940)
MK = _factory(f"{HERE}:marks", seed=2941)
GA = _factory(f"{HERE}:gauges", seed=2942)
YL = _factory(f"{HERE}:yields", seed=2943)
YL_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2944)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GaussMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AxialCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ONLSTM", "args": args}


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.75."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75, "nesterov": True}, **kw)


def _rmc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with momentum 0.3."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "momentum": 0.3}, **kw)


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
    Case("h294_divergence_yields_raw_gaussmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the Gaussian-GELU MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YL_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.2e7 at the first step, then every gradient norm "
                      f"and update ratio overflowing (Inf)"), verdict="failed"),
    Case("h294_exploding_gauges_gaussmlp_d6_std15", "the Gaussian-GELU MLP of 6 layers of 24 "
         "with N(0, 1.5) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.5},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 1.11e4 at every epoch; every gradient norm 1457 to 1.5e4 "
                      "(healthy at "
                      "most 14.2); quarter-mean update ratios up to 6.7e-8, a side effect of the "
                      "LR; accuracy 0.2929 against a majority share of 0.2821, 97.5% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h294_dead_relu_marks_axialcnn_dense_shift10", "the axial-attention CNN on the marks "
         "with its dense ReLU layer's pre-activations shifted by -10, so its units never fire, "
         "Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 19%), so no gradient "
                      "reaches any "
                      "layer (norms 0): the epoch loss 1.391 to 1.387 (ln 4); accuracy 0.2562 "
                      "against a majority share of 0.2583, every test prediction in one class"),
         verdict=TP),
    Case("h294_dead_relu_marks_axialcnn_rmsprop_lr008", "the axial-attention CNN on the marks, "
         "plain RMSprop at LR 0.08, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 1.5e4 in epoch 1, then near ln 4 (1.389), so the blow-up "
                      "passed; "
                      "gradient norms 0 to 1.8e5 and single update ratios up to 5.4 (healthy at "
                      "most 0.28); 84% of the dense units logged dead; accuracy 0.2417 against "
                      "0.2583, 99.8% of the test predictions in one class"), verdict=TP),
    Case("h294_update_ratio_high_chirps_onlstm_adagrad_lr2", "the ON-LSTM of 16 on the chirps, "
         "Adagrad at LR 2, batch 26, 8 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.50, single steps up to 13 (healthy at "
                      "most "
                      "0.054 and 0.28); 69% of the candidate tanh units and 54% of the gates "
                      "saturated (healthy at most 6.9% and 1.9%); accuracy 0.5125 below the "
                      "baseline 0.5938 (test 0.4375 against a majority share of 0.2625), the "
                      "validation loss lowest at the end; 47% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h294_update_ratio_low_marks_axialcnn_sgd_lr1e9", "the axial-attention CNN on the "
         "marks, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.408 at every epoch; update ratios 0 at float precision "
                      "(healthy "
                      "quarter means at least 6.4e-5); accuracy 0.3208, 0.06 above the majority "
                      "share 0.2583, so at chance is only allowed; 52% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h294_update_ratio_low_chirps_onlstm_rmsprop_lr1e10", "the ON-LSTM of 16 on the "
         "chirps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.412 at every epoch; quarter-mean update ratios at most "
                      "8.2e-10; "
                      "accuracy 0.2437 against a majority share of 0.2625, every test prediction "
                      "in one class"), verdict=TP),
    Case("h294_vanishing_gauges_gaussmlp_d12_std005_momentum9", "the Gaussian-GELU MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": GA, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=("the first layers' gradients down to 2.2e-14, first norms 5.1e-14 (healthy "
                      "first "
                      "norms at least 0.0088); the epoch loss 1.397 to 1.391 (ln 4); up to 75% of "
                      "a layer's GELU units dead; accuracy 0.2821 at the majority share, every "
                      "test prediction in one class"), verdict=TP),
    Case("h294_saturated_chirps_onlstm_std3_rmsprop", "the ON-LSTM of 16 with N(0, 3) init on "
         "the chirps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": CH, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("not_training", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged", "vanishing_gradients",
                "exploding_gradients"),
         why_allowed=("64% of the candidate tanh units and 43% of the gates saturated (healthy "
                      "at most "
                      "6.9% and 1.9%); the epoch loss 3.51 to 3.33, far above ln 4, still falling "
                      "slowly; gradient norms up to 4732; accuracy 0.275 against a majority share "
                      "of 0.2625; only 31% of the test predictions in one class"), verdict=TP),
    Case("h294_slow_start_marks_axialcnn_std01_momentum9", "the axial-attention CNN with "
         "N(0, 0.1) init on the marks, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 "
         "epochs",
         {"data": MK, "model": {**_cnn(), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "not_training",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 5.5e-4 (healthy first norms at least 0.0088); the "
                      "epoch loss 1.391 for two epochs, 1.375 at the end, the validation loss "
                      "lowest at the end; accuracy 0.3333 (test 0.3479) below the baseline "
                      "0.5188; 44% of the dense units dead (healthy up to 19%), a side effect; "
                      "57% of the test predictions in one class"), verdict=TP),
    Case("h294_unshuffled_gauges_gaussmlp_rmsprop", "the gauges sorted by label, never "
         "shuffled, the Gaussian-GELU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance "
                      "(healthy runner runs at most 24%); the epoch loss 1.46 to 1.416; accuracy "
                      "0.2571 against a majority share of 0.2821; every test prediction in one "
                      "class"), verdict=TP),
    Case("h294_mse_softmax_chirps_onlstm_adam", "the chirps trained with square error on the "
         "softmax, the ON-LSTM of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": CH, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7688 (test 0.8), the validation "
                      "loss "
                      "still lowest at the end and the epoch loss 19% lower than 2 epochs "
                      "before"), verdict=TP),
    Case("h294_noisy_gauges_gaussmlp_b1_adam", "the gauges one row at a time (batch 1), the "
         "Gaussian-GELU MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "underfitting", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings only 0.62 times its mean over the second half (healthy "
                      "runner runs up to 0.81), so noise is no clear finding; the epoch loss falls "
                      "12% in the last epoch, the validation loss lowest at the end; accuracy "
                      "0.5107, about the baseline 0.5071"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h294_overfit_gauges_subset40_gaussmlp_adamw", "40 rows of the gauges, the "
         "Gaussian-GELU MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("40 rows teach less: accuracy 0.3393 (training 1.0; the healthy runs 0.68 "
                      "and up); "
                      "the validation loss lowest at epoch 1 of 150, 3.9 times it at the end"),
         verdict=GP),
    Case("h294_gap_marks_subset30_axialcnn_adam", "30 images of the marks, the axial-attention "
         "CNN with 16 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4979 (training 1.0; the healthy CNNs "
                      "0.78 and "
                      "up); the validation loss lowest at epoch 21 of 100, 2.8 times it at the "
                      "end"), verdict=GP),
    Case("h294_underfit_chirps_onlstm_two_units_adam", "the chirps through an ON-LSTM of 2 "
         "hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": CH, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "not_training", "predictions_collapsed"),
         why_allowed=("two units cannot tell four classes: accuracy 0.2562 (training 0.275) far "
                      "below the baseline 0.5938, the epoch loss 1.482 to 1.385 (ln 4), the "
                      "validation loss lowest at epoch 14 of 15; test accuracy 0.275 against a "
                      "majority share of 0.2625, 86% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h294_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.75 at LR 1e20, 2210 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2210,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share",
         verdict="failed"),
    Case("h294_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (weight decay 1e-4) at LR 1e-10, 2211 units, batch 20, 3 epochs",
         script=lightning_run(_amx("circles", hidden=(2211,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7026 at every epoch; accuracy 0.375 at its initial "
                      "weights, "
                      "below the majority share 0.5"), verdict=TP),
    Case("h294_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, centred "
         "RMSprop with momentum 0.3 at LR 1e20 (decaying linearly), 2212 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rmc("wine", hidden=(2212,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority",
         verdict="failed"),
    Case("h294_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "(weight decay 1e-4) at LR 1e-10 (decaying linearly), 2213 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("iris", hidden=(2213,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.876 at every evaluation; accuracy 0.6333 at its "
                      "initial "
                      "weights, far above 1/3, so at chance is no finding"), verdict=TP),
    Case("h294_keras_moons_rmsprop_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "centred RMSprop with momentum 0.3 at LR 1e20, 2214 units, batch 20, 3 epochs",
         script=keras_run(_rmc("moons", hidden=(2214,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h294_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 2215 "
         "units, Adamax (weight decay 1e-4) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(2215,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5376, training 1.0); the "
                      "validation loss "
                      "2.794 at epoch 1, lowest at epoch 39 (2.386) and 0.1% above it at the end, "
                      "so overfitting is not shown"), verdict=GP),
    Case("h294_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.75 at LR 1e20, 2216 units, batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2216,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, below 0.6316",
         verdict="failed"),
    Case("h294_tensorboard_circles_subset8_rmsprop_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2217 units, centred RMSprop with momentum 0.3 at LR 1e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_rmc("circles", hidden=(2217,), lr=1e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss "
                      "lowest at epoch 2 of 150, 3.6 times it at the end"), verdict=GP),
    Case("h294_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (weight decay 1e-4) at LR 2e-3, 2218 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(2218,), lr=2e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h294_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.75 at LR 1e-10, 2219 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2219,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.385 at every epoch; accuracy 0.0641, 0.04 below the "
                      "majority "
                      "share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy294_gauges_gaussmlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy294_gauges_gaussmlp_adamw_step",
       {"data": GA, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy294_gauges_gaussmlp_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy294_gauges_gaussmlp_momentum9_cosine",
       {"data": GA, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy294_gauges_gaussmlp_d3_adagrad_inverse_time",
       {"data": GA, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy294_yields_gaussmlp_adam_cosine",
       {"data": YL, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy294_yields_gaussmlp_d3_adamw_cosine",
       {"data": YL, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy294_marks_axialcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy294_marks_axialcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=10),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 3, "gamma": 0.3},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy294_marks_axialcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=8, dense=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy294_marks_axialcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=12, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy294_chirps_onlstm_adam_cosine",
       {"data": CH, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 25}}),
    _h("healthy294_chirps_onlstm_adamw_exponential",
       {"data": CH, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy294_chirps_onlstm_rmsprop_cosine",
       {"data": CH, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy294_chirps_onlstm_momentum9_cosine",
       {"data": CH, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.15, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 11, "batch_size": 20}}),
    _hs("healthy294_lightning_digits_adamax",
        lightning_run(_amx("digits", hidden=(2210,), lr=2e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy294_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2211,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy294_lightning_moons_rmsprop",
        lightning_run(_rmc("moons", hidden=(2212,), lr=1e-4, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy294_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amx("breast_cancer", hidden=(2213,), lr=5e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy294_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2214,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy294_keras_circles_adamax",
        keras_run(_amx("circles", hidden=(2215,), lr=1e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy294_keras_wine_rmsprop",
        keras_run(_rmc("wine", hidden=(2216,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy294_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2217,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy294_tensorboard_iris_adamax",
        tensorboard_run(_amx("iris", hidden=(2218,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy294_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2219,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy294_tensorboard_moons_rmsprop",
        tensorboard_run(_rmc("moons", hidden=(2210,), lr=1e-4, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy294_plain_sine_rmsprop",
        plain_run(_rmc("sine", hidden=(2211,), lr=1e-4, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy294_plain_breast_cancer_adamax",
        plain_run(_amx("breast_cancer", hidden=(2212,), lr=1e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
