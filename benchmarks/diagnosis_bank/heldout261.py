"""The two-hundred-and-sixty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout260`, :mod:`.heldout262` and :mod:`.heldout263` (not
looked at), after the measurement of :mod:`.heldout256` to :mod:`.heldout259`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`FeatureAttentionMLP` (a softmax
attention over the input features reweights them before plain layers), :class:`PixelNormCNN`
(each convolution's channels L2-normalised at every position) and :class:`DeepTransitionRNN`
(state and input to 2h ReLU units, then to h tanh units, each step). Data: :func:`trends` (seed
2610), :func:`marks` (seed 2611), :func:`tiers` (seed 2612), :func:`yields` (seed 2613; times 250
plus 5000 with seed 2614 for the divergence). Script cases use RMSprop with momentum 0.5, AdamW
with betas (0.9, 0.98) and weight decay 0.05 and SGD with momentum 0.95 (no Nesterov), each holding
a hidden width of 1880 to 1889, on digits, wine, iris, breast cancer, moons, circles and the sine.

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false and scripts called directly: no diagnosis was made. The numbers in the
cases' reasons are from one final store, trained from this file after the last change of a
setting. No other seed was checked.

Label policy exactly as in :mod:`.heldout107`. Majority shares (test confusion matrices): 0.2607 on
the tiers, 0.2567 on the marks, 0.2667 on the trends. Baselines (validation): accuracy 0.6714
(tiers), 0.9783 (marks), 0.9222 (trends); R2 0.6627 (yields).

Measured healthy ranges (runner, first store): update ratios at most 0.23 (the Adagrad MLP); dead
fractions at most 25% (a dense or last layer), 0 in the first convolutions; saturated at most 3.4%;
gradient norms at most 9.4. The faults' metrics are in their reasons.

Changes after the first run: the first marks (lines, a diagonal and a square) gave a baseline of
0.9883 above the CNNs (0.9383 to 0.985), so the marks became turned corners (:func:`marks`; the
first version at noise 0.35 and brightness 1 gave 0.4483 against 0.54, then noise 0.25 and
brightness 1.5: 0.99 against 0.9783); the first trends (sign patterns of two drifts) gave a
baseline of 0.9778 above the RNNs (0.9556 to 0.9667), so the class became which readings trend,
in a random direction (drift 0.4 under noise 0.5: 0.6833 against 0.5889 at 12 epochs, still
learning; drift 0.6 under noise 0.4: 0.8889 against 0.9222 at 12 epochs, still learning; a start of
standard deviation 2.5 did worse), and the healthy RNNs train 25 to 30 epochs; the healthy SiLU MLP
on the yields (R2 0.6735 against 0.6627 at LR 2e-3, batch 40) took LR 5e-3 and batch 24.

Changes after the first run (second store, the changed cases only, seed 0): the ELU CNN under
RMSprop (0.6167 at 8, 12 channels, LR 1e-3, 8 epochs) took 12 and 16 channels, 32 dense, LR 2e-3,
batch 25, 12 epochs: 0.9867 (baseline 0.9783), validation loss lowest at the end; the RNN under
momentum 0.9 (8% above its minimum) took LR 0.01 and 20 epochs: 0.95 (baseline 0.9222), 0.06%
above its epoch-19 minimum; the AdamW RNN (renamed ``_b32``; 1.2% above) took LR 3e-3, batch 32:
0.95, 0.03% above its epoch-29 minimum (24 epochs at batch 48 gave only 0.9167); Keras' wine took
LR 2e-4 and 12 epochs (validation accuracy 1.0), Keras' circles LR 1e-4 (0.9919), Lightning's
digits LR 5e-4 (0.9805), Trainer's iris LR 1e-3 and 25 epochs (0.9667), the loop's breast cancer
LR 2e-4 (0.9561): each now lowest at its last epoch; the ELU MLP under momentum took LR 0.01:
0.7286 (baseline 0.6714), lowest at the end. The case first named ``slow_start`` never started
(the epoch loss at ln 4 over 15 epochs) and is now named ``never_started`` with its label
``not_training``; a real slow start was added (``h261_slow_start_tiers_attn_mlp_std001_adam``:
N(0, 0.01) init, Adam at LR 5e-4, ln 4 for 3 epochs, then learning to 0.7571).

Not met: Keras' 16 digits only reach 1.07 times their validation minimum (``overfitting``
allowed, not expected). The new slow start sits on its first loss for only 3 of 20 epochs; its
gradient norms and update ratios were not read. No case was checked at a seed other than 0.

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


def trends(n: int = 900, steps: int = 12, noise: float = 0.4, drift: float = 0.6,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings from
    a random start under Gaussian steps of ``noise``; the class says which readings trend (4
    classes: neither, only the first, only the second, both), a trending reading drifting by
    ``drift`` a step up or down at random (so no fixed direction gives the class away). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    on = np.stack([(y % 2 == 1), (y >= 2)], 1).astype(float)
    signs = np.where(rng.random((n, 2)) < 0.5, 1.0, -1.0)
    moves = (drift * on * signs)[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    start = rng.normal(0.0, 1.0, (n, 1, 2))
    x = start + np.cumsum(moves, axis=1)
    return x.reshape(n, steps * 2).astype(np.float32), y


def marks(n: int = 3000, noise: float = 0.25, flip: float = 0.01,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images, each holding a 3x3 corner of
    brightness 1.5 (an L of 5 pixels) at a random place, turned to one of 4 orientations (the 4
    classes), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    corner = 1.5 * np.array([[1.0, 1.0, 1.0], [1.0, 0.0, 0.0], [1.0, 0.0, 0.0]])
    return glyph_images(turned(corner), n, 10, noise, flip, seed)


def tiers(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is the sign of a score
    with a product term (readings 0 to 2) times 2 plus the sign of one with a square term
    (readings 3 and 4); readings 5 to 9 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s1 = x[:, 0] + 0.7 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] - 0.5 * x[:, 4] ** 2 + 0.5
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two, a square of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + 0.4 * x[:, 3] ** 2 + x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class FeatureAttentionMLP(nn.Module):
    """A learnt reweighting of the input features (a softmax over the features of a linear map
    of the input, times the number of features, multiplies the input) before ``depth`` plain
    layers of linear and activation, whose pre-activations are shifted by ``bias_shift``; a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.n_in = n_in
        self.score = nn.Linear(n_in, n_in)
        self.attend = nn.Softmax(dim=1)
        sizes = [n_in] + [width] * depth
        self.lins = nn.ModuleList(nn.Linear(a, b) for a, b in zip(sizes, sizes[1:], strict=False))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(sizes[-1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = x * self.attend(self.score(x)) * self.n_in
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        return self.head(h)


class _PixelNorm(nn.Module):
    """Each position's channel vector divided by its root mean square."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(dim=1, keepdim=True) + 1e-8)


class PixelNormCNN(nn.Module):
    """Two 3x3 convolutions, each followed by a pixel norm (the channels L2-normalised at every
    position), the activation and 2x2 max pooling; a dense layer and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.norm1 = _PixelNorm()
        self.act1 = _ACTS[activation]()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.norm2 = _PixelNorm()
        self.act2 = _ACTS[activation]()
        self.pool = nn.MaxPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.norm1(self.conv1(x))))
        h = self.pool(self.act2(self.norm2(self.conv2(h))))
        return self.head(self.act3(self.fc(h.flatten(1))))


class DeepTransitionRNN(nn.Module):
    """A deep-transition recurrent net written out from linear layers: each step the state and
    the input go to ``2 * hidden`` ReLU units, then to ``hidden`` tanh units, the new state; it
    reads the flattened sequence of ``features`` readings a step to its last state, then a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.inner = nn.Linear(features + hidden, 2 * hidden)
        self.inner_act = nn.ReLU()
        self.outer = nn.Linear(2 * hidden, hidden)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            u = self.inner_act(self.inner(torch.cat([seq[:, t], h], 1)))
            h = self.squash(self.outer(u))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout261"
TR = _factory(f"{HERE}:trends", seed=2610)
MK = _factory(f"{HERE}:marks", seed=2611)
TI = _factory(f"{HERE}:tiers", seed=2612)
YI = _factory(f"{HERE}:yields", seed=2613)
YI_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2614)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FeatureAttentionMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PixelNormCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeepTransitionRNN", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.9, 0.98) and weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.98), "weight_decay": 0.05},
              **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 (no Nesterov)."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": False}, **kw)


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
    Case("h261_divergence_yields_raw_attn_mlp_sgd", "the yields regression times 250 plus 5000 "
         "(targets unscaled), the feature-attention MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YI_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; first gradient norms 727, then overflow; the run fails"),
         verdict="failed"),
    Case("h261_exploding_tiers_attn_mlp_d6_leaky_std1", "the feature-attention MLP with 6 "
         "leaky-ReLU layers of 24 and N(0, 1) init on the tiers, SGD with momentum 0.5 at LR "
         "1e-10, batch 30",
         {"data": TI, "model": {**_mlp(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.349e4 at every epoch; gradient norms 1656 to 1.2e4; "
                      "update ratios up to 1.7e-7, a side effect of the LR; up to 17% of a deep "
                      "layer logged dead; accuracy 0.2464 (majority share 0.2607), 91% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h261_dead_relu_tiers_attn_mlp_shift10", "the feature-attention MLP (2 ReLU layers of "
         "24) whose pre-activations are shifted by -10, so no ReLU ever fires, Adam at LR 2e-3, "
         "batch 25, 8 epochs",
         {"data": TI, "model": _mlp(width=24, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "vanishing_gradients", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("every unit of both layers logged dead, gradient norms 0; the epoch loss "
                      "1.39 to 1.386 (ln 4); accuracy 0.2607, the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h261_dead_relu_marks_cnn_rmsprop_lr008", "the pixel-norm CNN (8, 16 channels, 32 "
         "dense) on the marks, plain RMSprop at LR 0.08, batch 28",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 5.25 in epoch 1, then 1.394 (ln 4 is 1.386), so the blow-up"
                      " passed; gradient norms 0 to 61, single update ratios up to 11.6; 75% of "
                      "the second convolution's channels and every dense unit logged dead; "
                      "accuracy 0.255 at the majority share (0.2567), every test prediction in "
                      "one class"), verdict=TP),
    Case("h261_update_ratio_high_tiers_attn_mlp_tanh_adagrad", "the feature-attention MLP with "
         "one tanh layer of 24 on the tiers, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TI, "model": _mlp(width=24, depth=1, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("update ratios up to 15.9 (mean 0.13), 94% of the tanh units saturated; the"
                      " epoch loss 6.22 to 1.68, accuracy 0.3429 (training 0.394), below the "
                      "baseline (0.6714); 31% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h261_update_ratio_low_marks_cnn_sgd_lr1e9", "the pixel-norm CNN on the marks, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.394 at every epoch; update ratios at most 2.3e-10; "
                      "accuracy 0.25 (majority share 0.2567), 99% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h261_update_ratio_low_trends_rnn_rmsprop_lr1e10", "the deep-transition RNN of 16 on "
         "the trends, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.403 at every epoch; update ratios at most 6.5e-9; accuracy"
                      " 0.2667, the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h261_vanishing_tiers_attn_mlp_d16_sigmoid_momentum9", "the feature-attention MLP with "
         "16 sigmoid layers of 12 on the tiers, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": TI, "model": _mlp(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 2.3e-15; the last layers still move "
                      "(update ratios up to 0.061) but the epoch loss stays at 1.39; accuracy "
                      "0.2429 (majority share 0.2607), every test prediction in one class"),
         verdict=TP),
    Case("h261_saturated_trends_rnn_std3_rmsprop", "the deep-transition RNN of 16 with N(0, 3) "
         "init on the trends, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "dead_relu",
                "predictions_collapsed"),
         why_allowed=("99% of the state's tanh units saturated; the epoch loss 11.55 to 11.28, "
                      "far above ln 4; gradient norms up to 901, a side effect of the N(0, 3) "
                      "init; accuracy 0.2833 (test 0.2611, majority share 0.2667); 72% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h261_never_started_tiers_attn_mlp_std003_momentum9", "the feature-attention MLP (3 ReLU "
         "layers of 32) with N(0, 0.03) init on the tiers, SGD with momentum 0.9 at LR 0.03 "
         "(cosine), batch 32, 15 epochs",
         {"data": TI, "model": {**_mlp(width=32, depth=3), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "dead_relu", "not_converged"),
         why_allowed=("meant as a slow start, it never started: the epoch loss 1.387 to 1.386 (ln"
                      " 4) over 15 epochs, gradient norms 5.8e-5 at first and at most 0.011; 34% "
                      "of the last layer logged dead; accuracy 0.2607, the majority share, every "
                      "test prediction in one class; relabelled from its metrics"), verdict=TP),
    Case("h261_slow_start_tiers_attn_mlp_std001_adam", "the feature-attention MLP (3 ReLU "
         "layers of 32) with N(0, 0.01) init on the tiers, Adam at LR 5e-4, batch 32, 20 epochs",
         {"data": TI, "model": {**_mlp(width=32, depth=3), "init": "normal", "init_std": 0.01},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("not_converged", "underfitting", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "dead_relu"),
         why_allowed=("the epoch loss 1.386, 1.386, 1.382 (ln 4) over the first 3 epochs, then "
                      "falling to 0.557 at epoch 20, the validation loss lowest at the end; "
                      "accuracy 0.2607 after epoch 2, 0.7571 at the end (baseline 0.6714)"),
         verdict=TP),
    Case("h261_unshuffled_tiers_attn_mlp_silu_rmsprop", "the tiers sorted by label, never "
         "shuffled, the feature-attention MLP of 24 (SiLU), plain RMSprop at LR 1e-4, batch 30, "
         "8 epochs",
         {"data": {**TI, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "at_chance",
                "predictions_collapsed"),
         why_allowed=("sorted by label: accuracy 0.3214 (training 0.3619), far below the baseline"
                      " (0.6714), the epoch loss still falling (1.386 to 1.359) and the "
                      "validation loss lowest at the end; 75% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h261_mse_softmax_trends_rnn_adam", "the trends trained with square error on the "
         "softmax, the deep-transition RNN of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TR, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9444 (test 0.95), the validation "
                      "loss lowest at the end"), verdict=TP),
    Case("h261_noisy_marks_cnn_b1_adam", "1200 of the marks one image at a time (batch 1), the "
         "pixel-norm CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**MK, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting",
                "at_chance", "predictions_collapsed"),
         why_allowed=("one image a step: after 2 epochs the epoch loss 1.392 to 1.37 and the "
                      "validation loss still falling (lowest at the end); accuracy 0.31 (test "
                      "0.2917, majority 0.2567) far below the baseline (0.8433); 82.5% of the "
                      "test predictions in one class; up to 37.5% of the dense units logged dead"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h261_overfit_tiers_subset40_attn_mlp_tanh_adamw", "40 rows of the tiers, the "
         "feature-attention MLP with 2 tanh layers of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TI, "subset": 40},
          "model": _mlp(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4714 (training 1.0); the validation loss "
                      "lowest at epoch 2 of 150, 4.29 times it at the end; up to 13% of the "
                      "second layer's tanh units saturated"), verdict=GP),
    Case("h261_gap_marks_subset30_cnn_adam", "30 images of the marks, the pixel-norm CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance"),
         why_allowed=("30 images teach little: accuracy 0.2867 (training 1.0; majority share "
                      "0.2567); the validation loss lowest at epoch 4 of 100, 1.62 times it at "
                      "the end; 56% of the dense units logged dead"), verdict=GP),
    Case("h261_underfit_trends_rnn_one_unit_adam", "the trends through a deep-transition RNN of "
         "1 state unit (2 ReLU units), Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": TR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "dead_relu", "predictions_collapsed", "at_chance", "not_training"),
         why_allowed=("one state unit cannot hold two trends: accuracy 0.2111 (test 0.2556, "
                      "majority 0.2667; training 0.2741), the epoch loss 1.478 to 1.364; 69% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h261_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 at LR 1e20, 1880 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1880,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h261_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.9, 0.98, weight decay 0.05) at LR 1e-10, 1881 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_aw("circles", hidden=(1881,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7079 at every epoch; accuracy 0.4531 at its initial "
                      "weights, near the majority share (0.5)"), verdict=TP),
    Case("h261_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(momentum 0.5) at LR 1e20 (decaying linearly), 1882 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1882,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333 against a majority share "
                      f"of 0.3889"), verdict="failed"),
    Case("h261_hf_trainer_iris_momentum95_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.95 at LR 1e-10 (decaying linearly), 1883 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1883,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.179 at every evaluation; accuracy 0.3 at its initial"
                      " weights, about 1/3"), verdict=TP),
    Case("h261_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.9, 0.98, weight decay 0.05) at LR 1e20, 1884 units, batch 20, 3 epochs",
         script=keras_run(_aw("moons", hidden=(1884,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h261_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1885 units, "
         "RMSprop (momentum 0.5) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1885,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training loss 6e-6); the "
                      "validation loss lowest at epoch 13 of 120, only 1.07 times it at the end"),
         verdict=GP),
    Case("h261_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 at LR 1e20, 1886 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1886,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.3684 against a majority share of "
                      f"0.6316"), verdict="failed"),
    Case("h261_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1887 units, AdamW (betas 0.9, 0.98, weight decay 0.05) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1887,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5846, training loss 9e-6); the "
                      "validation loss lowest at epoch 4 of 150, 4.23 times it at the end"),
         verdict=GP),
    Case("h261_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (momentum 0.5) at LR 1e-4, 1888 units, batch 20, a "
         "corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1888,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h261_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.9, "
         "0.98, weight decay 0.05) at LR 1e-10, 1889 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1889,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.374 at every epoch; accuracy 0.0474 at its initial "
                      "weights, 0.053 below the majority share of digits"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy261_tiers_attn_mlp_relu_adam",
       {"data": TI, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy261_tiers_attn_mlp_silu_adamw",
       {"data": TI, "model": _mlp(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy261_tiers_attn_mlp_leaky_rmsprop",
       {"data": TI, "model": _mlp(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 5,
                  "gamma": 0.5},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy261_tiers_attn_mlp_elu_momentum9",
       {"data": TI, "model": _mlp(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy261_tiers_attn_mlp_adagrad",
       {"data": TI, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy261_yields_attn_mlp_tanh_adam",
       {"data": YI, "model": _mlp(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy261_yields_attn_mlp_silu_adamw",
       {"data": YI, "model": _mlp(width=32, depth=2, activation="silu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy261_marks_cnn_relu_adam",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy261_marks_cnn_leaky_adamw",
       {"data": MK, "model": _cnn(channels=[10, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy261_marks_cnn_elu_rmsprop",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=32, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy261_marks_cnn_relu_nesterov9",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 20}}),
    _h("healthy261_trends_rnn_adam",
       {"data": TR, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 25}}),
    _h("healthy261_trends_rnn_adamw_b32",
       {"data": TR, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy261_trends_rnn_rmsprop",
       {"data": TR, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy261_trends_rnn_momentum9",
       {"data": TR, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy261_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1880,), lr=5e-4, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy261_lightning_wine_momentum95",
        lightning_run(_mom("wine", hidden=(1881,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy261_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1882,), lr=1e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy261_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1883,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy261_hf_trainer_iris_momentum95",
        hf_trainer_run(_mom("iris", hidden=(1884,), lr=1e-3, epochs=25, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy261_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1885,), lr=1e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy261_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1886,), lr=2e-4, epochs=12, batch_size=10)), "keras"),
    _hs("healthy261_keras_breast_cancer_momentum95",
        keras_run(_mom("breast_cancer", hidden=(1887,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy261_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1888,), lr=3e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy261_tensorboard_digits_momentum95",
        tensorboard_run(_mom("digits", hidden=(1889,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy261_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1880,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy261_plain_moons_momentum95",
        plain_run(_mom("moons", hidden=(1884,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy261_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1886,), lr=2e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
