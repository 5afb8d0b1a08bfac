"""The two-hundred-and-sixtieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout261`, :mod:`.heldout262` and :mod:`.heldout263` (not
looked at), after the measurement of :mod:`.heldout256` to :mod:`.heldout259`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`SkipSoftplusMLP` (blocks of
linear, optional layer norm and softplus of sharpness 3, or another activation, with an optional
shift of the pre-activations, into a linear head, plus a linear skip from the input straight to
the output), :class:`SharedKernelCNN` (a stem convolution and max pool, then one 3x3 kernel bank
applied two or three times, a global max pool, a dense layer, a linear head) and
:class:`LowRankRNN` (a hand-written tanh RNN whose recurrent matrix is diag(d) + U V^T, reading the
flattened sequence to its last hidden state, a linear head). Data: :func:`tides` (900 random walks
of 12 steps in 2 readings; class = direction of the first drift and whether the drifts disagree;
seed 2600), :func:`bars` (4000 10x10 images of a 3x3 T turned four ways, noise 0.3; seed 2601),
:func:`soils` (4-class table: a product sign and a circle; seed 2602), :func:`yields` (regression;
seed 2603; times 300 plus 6000 with seed 2604). Scripts: Adam with betas (0.8, 0.98) and eps 1e-7,
SGD with momentum 0.85 and weight decay 5e-4, Adagrad with initial accumulator 0.1, hidden widths
1870 to 1879.

Each case is labelled from its own metrics of one run at seed 0 (``diagnose.enabled`` false, scripts
called directly): no diagnosis was made. Label policy as in :mod:`.heldout107`. Majority shares
(test): 0.2571 (soils), 0.2562 (bars), 0.2667 (tides). Baselines (validation): accuracy 0.5571
(soils), 0.7137 (bars), 0.9778 (tides); R2 0.6786 (yields).

Measured healthy ranges (final store): soils 0.7857-0.8964 (validation loss lowest at the end in
all five; after the changes below 0.875-0.9179), yields R2 0.8932 and 0.9254 (lowest at the
end); scripts: digits 0.9805 and 0.9721,
breast cancer 0.9561, 0.9649 and 0.9561, moons 0.9531, 0.9697 and 0.9762, iris 0.9667 and 0.9667,
wine 1.0, circles 1.0 (first run; three scripts changed after it, see below). The healthy
step-loss swing reaches 1.78 times its mean (the loop's breast cancer, first run). Bars (final
store): 0.9125-0.9487 against a baseline of 0.7137, the leaky three-application CNN 3.5% above its
epoch-8 validation minimum (changed after, below), the others within 0.4% of it. The bars' CNN
took a global max pool and noise 0.3 after healthy CNNs of 0.69-0.876 against 0.8825; the
tides took an exclusive-or label after a linear baseline of 0.9889. Tides (checked afterwards in
a store of their own, 12 epochs): validation accuracy 0.9333 (Adam), 0.95 (rank-4 AdamW),
0.9333 (RMSprop), 0.9556 (rank-1 momentum), test 0.9722-0.9889, the
validation loss lowest at the end in all four.

Changes after the first run: the first soils (a linear score with a product term) and images (lines,
baseline 0.985) were too easy for the linear baseline and too hard for the softplus MLP (training
about 0.70), so the soils took an exclusive or and a circle, the softplus a sharpness of 3 and the
MLPs LR up to 1e-2 (then, overfitting by 11% to 14%, 4e-3 at 14 epochs); the yields lost their
linear part. Labels changed from the metrics: the unscaled yields at LR 0.01 only fell, so LR 0.1,
whose blow-up passed (``underfitting`` expected, ``divergence`` allowed); the N(0, 0.03) CNN never
started (``not_training`` expected, not ``slow_start``); the batch-1 CNN's step loss swings only
0.79 times its mean (``noisy_loss`` allowed, ``underfitting`` expected); the deep sigmoid MLP and
the saturated RNN still move through their skip and head (``underfitting`` expected,
``not_training`` allowed). ``slow_start`` and ``noisy_loss`` are not expected in any case.

Changes after the second run (each changed case trained again at seed 0 into a fresh store, no
diagnosis): Lightning's digits (ended 12% above its epoch-8 validation loss at Adam LR 1e-3, 10
epochs) took LR 5e-4 and 8 epochs: validation accuracy 0.9777, the validation loss lowest at the
end; Trainer's iris (4.4% above its epoch-16 minimum at SGD LR 0.01) took LR 5e-3 (20 epochs):
evaluation accuracy 0.9667, the last evaluation loss 0.35% above its minimum; the loop's breast
cancer (1.5% above its epoch-11 minimum at Adam LR 5e-4) took LR 3e-4: validation accuracy
0.9561, the validation loss lowest at the end; the leaky three-application CNN on the bars (3.5%
above its epoch-8 minimum at 12 epochs) took 8 epochs (the cosine schedule ending there):
validation accuracy 0.90, test 0.9075, the validation loss lowest at the end (LR 2e-3 at 12
epochs also ended at its minimum, but at 0.885); the soils MLPs with Adam (0.8071, width 32, 14
epochs) and AdamW with a step schedule (0.7857, width 28, 14 epochs, still improving) took width
44 and 20 epochs (the AdamW's step every 7 epochs): validation accuracy 0.8964 and 0.9179 (test
0.8857 both), the last validation loss 0.10% and 0.45% above its minimum (epochs 18 and 17).

Known shortfalls. Not met: the four healthy tides RNNs score 0.9333-0.9556 on validation, below
the logged linear baseline (0.9778), though their test accuracy (0.9722-0.9889) is about it and
their validation loss falls to the end (24 epochs, or 32 units at LR 1e-2, reached only 0.9333 to
0.9722, ending up to 5% above their minimum, so the settings were kept); the changed bars CNN
(validation 0.90, test 0.9075) sits a little under the other bars CNNs (0.9125 and up); no case
expects ``slow_start`` (none was built).

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


def tides(n: int = 900, steps: int = 12, noise: float = 0.5, drift: float = 0.4,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings, each
    drifting up or down by ``drift`` a step under Gaussian steps of ``noise`` from a random
    start; the class is the sign pattern of the two drifts (4 classes). Given flattened,
    time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    first = np.where(y // 2 == 0, 1.0, -1.0)
    signs = np.stack([first, np.where(y % 2 == 0, first, -first)], 1)
    moves = drift * signs[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    start = rng.normal(0.0, 1.0, (n, 1, 2))
    x = start + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


def bars(n: int = 4000, noise: float = 0.3, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of a 3x3 T turned by 0, 90, 180
    or 270 degrees (4 classes) at a random place, in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random (:func:`~._parts.glyph_images`)."""
    tee = np.array([[1.0, 1.0, 1.0], [0.0, 1.0, 0.0], [0.0, 1.0, 0.0]])
    return glyph_images(turned(tee), n, 10, noise, flip, seed)


def soils(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a
    product of readings 0 and 1 (plus a little of reading 2) times 2 plus whether readings 3
    and 4 lie outside a circle; readings 5 to 7 are noise; a share ``flip`` of labels at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.3 * x[:, 2]
    s2 = x[:, 3] ** 2 + x[:, 4] ** 2 - 1.4
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two, a softplus of a fourth and a cosine of a fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + np.log1p(np.exp(2.0 * x[:, 3]))
         + 1.5 * np.cos(1.5 * x[:, 4]) + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {
    "softplus": lambda: nn.Softplus(beta=3.0), "relu": nn.ReLU, "leaky_relu": nn.LeakyReLU,
    "elu": nn.ELU, "silu": nn.SiLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
}


class SkipSoftplusMLP(nn.Module):
    """An MLP for tables: ``depth`` blocks of linear, optional layer norm and activation
    (softplus of sharpness 3 by default; the blocks' pre-activations shifted by
    ``bias_shift``), into a linear head, plus a linear skip from the input straight to the
    output."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "softplus", norm: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        dims = [n_in] + [width] * depth
        self.lins = nn.ModuleList(nn.Linear(a, b) for a, b in zip(dims, dims[1:], strict=False))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.head = nn.Linear(width, n_outputs)
        self.skip = nn.Linear(n_in, n_outputs, bias=False)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = x
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.head(h) + self.skip(x)


class SharedKernelCNN(nn.Module):
    """A weight-shared recurrent CNN: a 3x3 stem convolution and a 2x2 max pool, then one 3x3
    kernel bank applied ``repeats`` times (each application followed by its own activation
    module), a global max pool, a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 12,
                 repeats: int = 2, dense: int = 32, activation: str = "relu") -> None:
        super().__init__()
        c = input_shape[0]
        self.stem = nn.Conv2d(c, channels, 3, padding=1)
        self.act0 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.shared = nn.Conv2d(channels, channels, 3, padding=1)
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(repeats))
        self.fc = nn.Linear(channels, dense)
        self.glob = nn.AdaptiveMaxPool2d(1)
        self.act_fc = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act0(self.stem(x)))
        for act in self.acts:
            h = act(self.shared(h))
        return self.head(self.act_fc(self.fc(self.glob(h).flatten(1))))


class LowRankRNN(nn.Module):
    """A hand-written RNN whose recurrent matrix is kept diagonal plus a rank-``rank`` term
    (``diag(d) + U V^T``): the hidden state is the activation of the input projection plus the
    recurrent product; it reads the flattened sequence of ``features`` readings a step to its
    last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, rank: int = 2, activation: str = "tanh") -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.diag = nn.Parameter(torch.full((hidden,), 0.5))
        self.u = nn.Parameter(torch.randn(hidden, rank) / np.sqrt(hidden))
        self.v = nn.Parameter(torch.randn(hidden, rank) / np.sqrt(hidden))
        self.act = _ACTS[activation]()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            rec = h * self.diag + (h @ self.v) @ self.u.T
            h = self.act(self.wx(seq[:, t]) + rec)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout260"
TD = _factory(f"{HERE}:tides", seed=2600)
BR = _factory(f"{HERE}:bars", seed=2601)
SO = _factory(f"{HERE}:soils", seed=2602)
YD = _factory(f"{HERE}:yields", seed=2603)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2604)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SkipSoftplusMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SharedKernelCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LowRankRNN", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.98) and eps 1e-7."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.98), "eps": 1e-7}, **kw)


def _sg(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "weight_decay": 5e-4}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator value of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


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
    Case("h260_divergence_yields_raw_mlp_sgd_lr01", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the softplus MLP of 20, plain SGD at LR 0.1, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=(*(c for c in BROKEN_ALLOW if c != "underfitting"), "divergence"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss jumps from 4.0e7 to 2.2e14 in epoch 1 (epoch loss 8.7e12), "
                      "then falls (epoch losses 7.3e6, 3.3e5), so the blow-up passed and no loss "
                      "is NaN; R2 0.3878 (training 0.3579) below the baseline (0.6786)"),
         verdict=TP),
    Case("h260_exploding_soils_mlp_d6_leaky_std1", "the MLP with 6 leaky-ReLU blocks of 24 and "
         "N(0, 1) init on the soils, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": SO, "model": {**_mlp(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3854 at every epoch, far above ln 4; every block's gradient "
                      "norm 688 "
                      "to 2730 (healthy at most 14); update ratios up to 4.8e-8, a side effect of "
                      "the LR; accuracy 0.2464 against a majority share of 0.2571, every test "
                      "prediction in one class"), verdict="failed"),
    Case("h260_dead_relu_soils_mlp_relu_shift10", "the MLP with ReLU blocks of 24 whose "
         "pre-activations are shifted by -10, so they never fire and the net learns through "
         "its linear skip alone, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": SO, "model": _mlp(width=24, activation="relu", bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=(), why_allowed=("both blocks' units logged "
                 "dead at every epoch and their gradients 0, the net "
                      "learning through its linear skip alone: accuracy 0.3286 (training 0.381) "
                      "far below the baseline (0.5571) and the healthy runs, the epoch loss "
                      "1.2997 to 1.2977 over the last two epochs"), verdict=TP),
    Case("h260_dead_relu_bars_cnn_rmsprop_lr008", "the shared-kernel CNN (12 channels, 2 "
         "applications, 32 dense) on the bars, plain RMSprop at LR 0.08, batch 28",
         {"data": BR, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps to 2183 in epoch 1 (epoch loss 36.9), then sits near "
                      "ln 4 "
                      "(1.393, 1.394), so the blow-up passed; single update ratios up to 14; 94% "
                      "to "
                      "97% of the dense units and 75% to 83% of the shared kernel's channels "
                      "logged "
                      "dead; accuracy 0.2525 at the majority share (0.2562), 99.9% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h260_update_ratio_high_soils_mlp_norm_tanh_adagrad", "the layer-normalised tanh MLP "
         "of 24 on the soils, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": SO, "model": _mlp(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (single update ratios up to 18), and 89% and "
                      "up to 98% "
                      "of the tanh units saturate: the layer norm keeps the loss finite but the "
                      "run "
                      "swings (validation loss 8.92, 4.5, 3.27, 7.32, ... 2.54, 1.37 times its "
                      "epoch-5 minimum); accuracy 0.3393 (training 0.3107) far below the baseline "
                      "(0.5571); 57.5% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h260_update_ratio_low_bars_cnn_sgd_lr1e9", "the shared-kernel CNN on the bars, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": BR, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.402 at every epoch; update ratios at "
                                         "most 1.1e-11; accuracy "
                      "0.24 against a majority share of 0.2562, every test prediction in one "
                      "class"), verdict=TP),
    Case("h260_update_ratio_low_tides_rnn_rmsprop_lr1e10", "the low-rank RNN of 16 on the "
         "tides, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"), why_allowed=("the epoch loss 1.549 at every epoch; "
                              "update ratios at most 3.8e-9; accuracy "
                      "0.1333 at its initial weights, below the majority share (0.2667); 43% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h260_vanishing_soils_mlp_d16_sigmoid_momentum9", "the MLP with 16 sigmoid blocks of "
         "12 on the soils, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": SO, "model": _mlp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "underfitting"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "not_training", "at_chance"),
         why_allowed=("the first blocks' gradients 1.1e-15 to 2.7e-14, their update ratios 0; the "
                      "net "
                      "learns through its skip and last blocks alone: the epoch loss 1.390, 1.329, "
                      "1.332, 1.330; accuracy 0.3143 (training 0.3655) far below the baseline "
                      "(0.5571), 0.057 above the majority share; 47% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h260_saturated_tides_rnn_std3_rmsprop", "the low-rank RNN of 16 with N(0, 3) init of "
         "its input projection and head on the tides, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": TD, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "underfitting"),
         allow=("update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance"),
         why_allowed=("60% of the recurrent tanh outputs saturated at every epoch; the epoch loss "
                      "14.78 "
                      "to 14.06 (4.9% lower, still falling), far above ln 4; accuracy 0.1889 below "
                      "the majority share (0.2667); 37% of the test predictions in one class"),
         verdict=TP),
    Case("h260_stuck_bars_cnn_std003_momentum9", "the shared-kernel CNN with N(0, 0.03) "
         "init on the bars, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs "
         "(meant as a slow start; it never started)",
         {"data": BR, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed", "dead_relu"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "slow_start", "not_converged"),
         why_allowed=("the epoch loss 1.391 to 1.386 (ln 4) over all 10 epochs: the tiny init "
                      "never got going; update ratios at most 4.5e-5; 97% to 100% of the dense "
                      "units logged dead; accuracy 0.2562 at the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h260_unshuffled_soils_mlp_softplus_rmsprop", "the soils sorted by label, never "
         "shuffled, the softplus MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**SO, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "at_chance"),
         why_allowed=("stored class after class: accuracy 0.2143 (training 0.2667), below the "
                      "majority share (0.2571) and far below the healthy runs, with the epoch loss "
                      "still falling (1.579 to 1.540) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h260_mse_softmax_tides_rnn_adam", "the tides trained with square error on the "
         "softmax, the low-rank RNN of 16, Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": TD, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9444 (test 0.9778), "
                      "about the healthy runs; the validation loss 0.4% above its epoch-10 "
                      "minimum"), verdict=TP),
    Case("h260_noisy_bars_cnn_b1_adam", "1200 of the bars one image at a time (batch 1), the "
         "shared-kernel CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**BR, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("underfitting", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "noisy_loss"),
         why_allowed=("the step loss swings 0.79 times its mean over the second half, up to 5.1 "
                      "(within the healthy scripts' 1.78, so noisy_loss only allowed); accuracy "
                      "0.5413 (training 0.595) below the baseline (0.5687), with the epoch loss "
                      "still falling (1.363 to 1.028) and the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h260_overfit_soils_subset40_mlp_tanh_adamw", "40 rows of the soils, the tanh MLP of "
         "160 (2 blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**SO, "subset": 40},
          "model": _mlp(width=160, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4036 (training 1.0; the healthy runs 0.7857 "
                      "and up); the validation loss lowest at epoch 5 of 150, 2.63 times it at the "
                      "end; up to 20% of the second block's tanh units saturated"), verdict=GP),
    Case("h260_gap_bars_subset30_cnn_adam", "30 images of the bars, the shared-kernel CNN with "
         "16 channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**BR, "subset": 30}, "model": _cnn(channels=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.2988 (training 1.0) at epoch 84; the "
                      "validation loss lowest at epoch 12 (1.347), 1.98 times it at epoch 84; 36% "
                      "to 59% of the dense units logged dead"), verdict=GP),
    Case("h260_underfit_tides_rnn_one_unit_adam", "the tides through the low-rank RNN of 1 "
         "hidden unit (rank 1), Adam at LR 5e-3, batch 25, 12 epochs",
         {"data": TD, "model": _rnn(hidden=1, rank=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold an exclusive or of two drifts: accuracy 0.5278 "
                      "(training 0.5333; the baseline 0.9778), the validation loss still falling "
                      "(lowest at the end); 63% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h260_lightning_digits_sgd85_lr1e20_nan", "Lightning: digits, SGD with momentum 0.85 "
         "and weight decay 5e-4 at LR 1e20, 1870 units, batch 24, 3 epochs",
         script=lightning_run(_sg("digits", hidden=(1870,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h260_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8, 0.98; eps 1e-7) at LR 1e-10, 1871 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(1871,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6822 at every epoch; accuracy 0.5078 (training 0.5286) at "
                      "its initial weights, about the majority share (0.5)"), verdict=TP),
    Case("h260_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.1) at LR 1e20 (decaying linearly), 1872 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1872,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h260_hf_trainer_iris_sgd85_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD with "
         "momentum 0.85 and weight decay 5e-4 at LR 1e-10 (decaying linearly), 1873 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_sg("iris", hidden=(1873,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.9844 at every evaluation; accuracy 0.5667 at its "
                      "initial weights, far below the healthy iris runs (0.9667)"), verdict=TP),
    Case("h260_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(betas 0.8, 0.98; eps 1e-7) at LR 1e20, 1874 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(1874,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h260_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1875 units, "
         "Adagrad (initial accumulator 0.1) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(1875,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5404, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 2 of 120, 1.16 "
                      "times it at the end"), verdict=GP),
    Case("h260_tensorboard_breast_cancer_sgd85_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "SGD with momentum 0.85 and weight decay 5e-4 at LR 1e20, 1876 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_sg("breast_cancer", hidden=(1876,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h260_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1877 units, Adam (betas 0.8, 0.98; eps 1e-7) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(1877,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 6 of 150, 4.6 times it at the end; the step "
                      "loss near 0 swings 1.46 times its mean"), verdict=GP),
    Case("h260_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 1e-3, 1878 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(1878,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h260_plain_digits_adam_lr1e10_stuck", "hand-written loop: digits, Adam (betas 0.8, "
         "0.98; eps 1e-7) at LR 1e-10, 1879 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1879,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.366 at every epoch; accuracy 0.0585, below the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy260_soils_mlp_softplus_adam",
       {"data": SO, "model": _mlp(width=44),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy260_soils_mlp_softplus_adamw_step",
       {"data": SO, "model": _mlp(width=44),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 7,
                  "gamma": 0.4},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy260_soils_mlp_softplus_rmsprop",
       {"data": SO, "model": _mlp(width=44),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy260_soils_mlp_softplus_momentum9",
       {"data": SO, "model": _mlp(width=32),
        "optim": {"name": "sgd", "lr": 0.04, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy260_soils_mlp_norm_softplus_adagrad",
       {"data": SO, "model": _mlp(width=32, norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 16, "batch_size": 27}}),
    _h("healthy260_yields_mlp_softplus_adam",
       {"data": YD, "model": _mlp(width=48),
        "optim": {"name": "adam", "lr": 1e-2, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy260_yields_mlp_softplus_adamw",
       {"data": YD, "model": _mlp(width=40, depth=3),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 26}}),
    _h("healthy260_bars_cnn_relu_adam",
       {"data": BR, "model": _cnn(channels=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy260_bars_cnn_leaky_x3_adamw",
       {"data": BR, "model": _cnn(channels=16, repeats=3, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy260_bars_cnn_elu_rmsprop",
       {"data": BR, "model": _cnn(channels=14, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy260_bars_cnn_relu_nesterov9",
       {"data": BR, "model": _cnn(channels=16, dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy260_tides_rnn_adam",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy260_tides_rnn_rank4_adamw",
       {"data": TD, "model": _rnn(hidden=20, rank=4),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy260_tides_rnn_rmsprop",
       {"data": TD, "model": _rnn(hidden=16),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy260_tides_rnn_rank1_momentum9",
       {"data": TD, "model": _rnn(hidden=12, rank=1),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _hs("healthy260_lightning_digits_adam",
        lightning_run(_ad("digits", hidden=(1870,), lr=5e-4, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy260_lightning_wine_sgd85",
        lightning_run(_sg("wine", hidden=(1871,), lr=0.002, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy260_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(1872,), lr=5e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy260_hf_trainer_moons_adam",
        hf_trainer_run(_ad("moons", hidden=(1873,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy260_hf_trainer_iris_sgd85",
        hf_trainer_run(_sg("iris", hidden=(1874,), lr=0.005, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy260_keras_circles_adagrad",
        keras_run(_ag("circles", hidden=(1875,), lr=0.01, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy260_keras_wine_adam",
        keras_run(_ad("wine", hidden=(1876,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy260_keras_breast_cancer_sgd85",
        keras_run(_sg("breast_cancer", hidden=(1877,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy260_tensorboard_iris_adagrad",
        tensorboard_run(_ag("iris", hidden=(1878,), lr=0.01, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy260_tensorboard_digits_sgd85",
        tensorboard_run(_sg("digits", hidden=(1879,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy260_tensorboard_moons_adam",
        tensorboard_run(_ad("moons", hidden=(1870,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy260_plain_moons_sgd85",
        plain_run(_sg("moons", hidden=(1871,), lr=0.005, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy260_plain_breast_cancer_adam",
        plain_run(_ad("breast_cancer", hidden=(1872,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
