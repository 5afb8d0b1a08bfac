"""The two-hundred-and-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout200` (not looked at), after the measurement of
:mod:`.heldout198` and :mod:`.heldout199`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`MixtureOfExperts` (several MLP experts, each of linear layers
with optional layer norm and an activation module a layer, mixed by a softmax gate over the
input), :class:`BottleneckResNet` (a 3x3 stem, residual bottleneck blocks of 1x1, 3x3 and 1x1
convolutions, 2x2 average pooling after the first block, global average pooling, a linear head)
and :class:`BiLSTMClassifier` (``torch.nn.LSTM``, bidirectional, one or two layers, over the
flattened sequence). Every data set is this module's own ``data.factory``: :func:`bumps` (1000
sequences of 16 steps in 2 readings, each reading holding one bump of height 2; the class is
which reading bumps first and the sign of that bump; seed 2010), :func:`glyphs` (4000 12x12
images of a plus, a cross, a ring or a tee in noise 0.3, 2% random labels; seed 2011),
:func:`regimes` (a 4-class tabular set of 10 readings whose rule depends on the sign of the
first; 1500 rows; seed 2012), :func:`yields` (a two-regime tabular regression of 8 readings, 2000
rows; seed 2013; times 300 plus 8000 with seed 2014 for the divergence). Script cases use Adamax,
AdamW with weight decay 0.1 and AMSGrad, and SGD with momentum 0.95 and dampening 0.1 (settings no
script of :mod:`.heldout198` or :mod:`.heldout199` uses) on digits, wine, iris, breast cancer,
moons, circles and the sine; every script case holds a hidden width of 1280 to 1289. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and
Nesterov momentum 0.9; schedules constant, cosine, step, exponential and inverse time.

Each case is labelled with the injected fault; it was trained at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout107`. Majority shares (test confusion matrices' rows):
0.2833 on the regimes, 0.2562 on the glyphs, 0.275 on the bumps; on the scripts' validation
splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles).
Baselines (validation): accuracy 0.7033 (regimes), 0.4562 (glyphs), 0.9 (bumps); R2 0.557 (the
yields).

Measured healthy ranges (runner, every healthy runner run of the final store): update ratio
quarter means 1.4e-5 to 0.040, single steps at most 0.33 (both the RMSprop LSTM's head); dead
fraction 0 in the experts, at most 25% in a ResNet block (the ReLU ResNet's second block's first
1x1 layer, at the start); saturated fraction at most 0.081 (the layer-normalised tanh experts);
gradient norms 1.5e-4 to 6.2, first norms from 8.4e-4; step-loss swing at most 0.87 times its
mean (the leaky ResNet). Healthy scores (validation): regimes 0.8167-0.8667, glyphs
0.8612-0.9263, bumps 0.935-0.965, yields R2 0.702 and 0.7176; each run's validation loss lowest
at its end, the two-layer LSTM's 0.05% above its epoch-14 minimum.

Changes after the first run: the glyphs' noise went from 0.5 (healthy ResNets 0.64) to 0.35 and
then 0.3 (the ELU ResNet 0.73 at 0.35); the bumps' height from 1.5 to 2 (the two-layer LSTM
0.795 against a baseline of 0.75), which raised the bumps' baseline to 0.9; the yields' second
regime lost its square term and the set grew to 2000 rows (healthy R2 0.50 and 0.52 against a
baseline of 0.51), with experts of 32; the ELU experts under RMSprop (0.68, below the baseline,
falling) took LR 3e-3, width 32, a decay of 0.3 every 8 epochs and 20 epochs; the SiLU experts
under AdamW (0.73) LR 0.01 and width 32; the shifted experts' Adam LR 3e-3 to 0.02 (the loss
still falling at 0.6467). A last pass, read against the bumps' baseline of 0.9 and the best run
of each data set: the two-layer LSTM (0.915) took LR 5e-3 and 16 epochs (at 20 epochs its
validation loss ended 0.6% above its minimum), the RMSprop LSTM (0.92) LR 3e-3; the ResNet
under Nesterov momentum (first moved to LR 0.01 when 0.9% above its epoch-7 minimum, then 0.70
there) LR 0.03 and 10 epochs; the ELU ResNet under RMSprop (0.7675) LR 2e-3 and 10 epochs; the
leaky ResNet (0.7913) 16 channels, inner 8, LR 4e-3 and 10 epochs; the ReLU ResNet under Adam
(0.8525) 10 epochs.

Labels from the metrics: the killed ResNet recovered to 0.41 (not at chance, 50% of its
predictions in one class), so ``dead_relu`` alone is expected; the stuck runs at LR 1e-9 and
1e-10 put every (99.5%) test prediction in one class at the majority share, so
``predictions_collapsed`` and ``at_chance`` are expected there; the vanishing run's gate learns
around the dead-slow experts (accuracy 0.6033, still rising), so ``not_converged`` is expected
beside ``vanishing_gradients``; the one-unit LSTM still learns at the end (``not_converged``,
``underfitting`` allowed); the unshuffled run sits at 0.2567 (``at_chance`` expected); Keras' 16
rows of digits rise only 5.8% above their minimum (``overfitting`` allowed, not expected);
Lightning's stuck circles score 0.3594, far below 0.5 (``at_chance`` allowed).

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


def bumps(n: int = 1000, steps: int = 16, noise: float = 0.5, height: float = 2.0,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings of
    Gaussian noise ``noise``, each reading holding one bump of ``height`` (2 steps wide, up or
    down) at a random step, the two bumps at least 3 steps apart; the class is which reading
    bumps first times 2 plus whether the first bump points up (4 classes; the second bump's sign
    is random). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        first, up = int(label) // 2, int(label) % 2
        while True:
            a, b = (int(v) for v in rng.integers(0, steps - 1, 2))
            if b - a >= 3:
                break
        signs = (1.0 if up else -1.0), float(rng.choice([-1.0, 1.0]))
        x[i, a:a + 2, first] += signs[0] * height
        x[i, b:b + 2, 1 - first] += signs[1] * height
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.zeros((5, 5))
_PLUS[2, :] = _PLUS[:, 2] = 1.0
_CROSS = np.eye(5) + np.fliplr(np.eye(5))
_CROSS[2, 2] = 1.0
_RING = np.ones((5, 5))
_RING[1:4, 1:4] = 0.0
_TEE = np.zeros((5, 5))
_TEE[0, :] = _TEE[:, 2] = 1.0


def glyphs(n: int = 4000, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 5x5 glyph each at a
    random place (4 classes: a plus, a cross, a ring, a tee), Gaussian noise ``noise``, a share
    ``flip`` of the labels drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _TEE), n, 12, noise, flip, seed)


def regimes(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``) of 10 readings in two regimes: the sign of
    reading 0 picks the regime (class times 2), and within it the class bit is the sign of a
    score with a square term (readings 1, 2) in one regime and of a product (readings 3, 4) in
    the other; readings 5 to 9 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    a = x[:, 1] + 0.7 * x[:, 2] ** 2 - 0.7
    b = x[:, 3] * x[:, 4] + 0.3 * x[:, 5]
    hi = x[:, 0] > 0
    y = 2 * hi.astype(int) + np.where(hi, a > 0, b > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 2000, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``) of 8 readings in two regimes (the sign of
    reading 0): a sine of reading 1 plus reading 2, or a product of readings 3 and 4 plus
    reading 5; noise 0.3; times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = np.where(x[:, 0] > 0, 2.0 * np.sin(1.5 * x[:, 1]) + x[:, 2],
                 x[:, 3] * x[:, 4] + x[:, 5]) + rng.normal(0.0, 0.3, n)
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _Expert(nn.Module):
    """An MLP expert: ``depth`` layers (linear, optional layer norm, activation, the
    pre-activations shifted by ``bias_shift``), then a linear output."""

    def __init__(self, n_in: int, width: int, depth: int, n_out: int, activation: str,
                 norm: bool, bias_shift: float) -> None:
        super().__init__()
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.out = nn.Linear(width, n_out)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            x = act(norm(lin(x)) + self.bias_shift)
        return self.out(x)


class MixtureOfExperts(nn.Module):
    """``experts`` MLP experts on the flattened input, their outputs mixed by a softmax gate (a
    linear layer of the input)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, experts: int = 4,
                 width: int = 16, depth: int = 1, activation: str = "relu", norm: bool = False,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.experts = nn.ModuleList(_Expert(n_in, width, depth, n_outputs, activation, norm,
                                             bias_shift) for _ in range(experts))
        self.gate = nn.Linear(n_in, experts)
        self.mix = nn.Softmax(dim=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        w = self.mix(self.gate(x))
        out = torch.stack([e(x) for e in self.experts], 1)
        return (w.unsqueeze(-1) * out).sum(1)


class _Bottleneck(nn.Module):
    """A residual bottleneck block: 1x1 convolution down to ``inner`` channels, 3x3
    convolution, 1x1 convolution back up, added to the input, then the activation."""

    def __init__(self, channels: int, inner: int, activation: str) -> None:
        super().__init__()
        self.down = nn.Conv2d(channels, inner, 1)
        self.act1 = _ACTS[activation]()
        self.mid = nn.Conv2d(inner, inner, 3, padding=1)
        self.act2 = _ACTS[activation]()
        self.up = nn.Conv2d(inner, channels, 1)
        self.act3 = _ACTS[activation]()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.act3(x + self.up(self.act2(self.mid(self.act1(self.down(x))))))


class BottleneckResNet(nn.Module):
    """A 3x3 stem convolution, ``blocks`` residual bottleneck blocks with a 2x2 average pooling
    after the first, a global average pooling and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 16,
                 inner: int = 4, blocks: int = 2, activation: str = "relu") -> None:
        super().__init__()
        self.stem = nn.Conv2d(input_shape[0], channels, 3, padding=1)
        self.act = _ACTS[activation]()
        self.blocks = nn.ModuleList(_Bottleneck(channels, inner, activation)
                                    for _ in range(blocks))
        self.pool = nn.AvgPool2d(2)
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.stem(x))
        for i, block in enumerate(self.blocks):
            h = block(h)
            if i == 0:
                h = self.pool(h)
        return self.head(h.mean((2, 3)))


class BiLSTMClassifier(nn.Module):
    """``torch.nn.LSTM`` (bidirectional, ``layers`` layers of ``hidden``) over the flattened
    sequence of ``features`` readings a step; the last forward and first backward hidden states
    concatenated into a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, layers: int = 1) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.lstm = nn.LSTM(features, hidden, num_layers=layers, batch_first=True,
                            bidirectional=True)
        self.head = nn.Linear(2 * hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out, _ = self.lstm(x.reshape(x.shape[0], self.steps, self.features))
        n = out.shape[-1] // 2
        return self.head(torch.cat([out[:, -1, :n], out[:, 0, n:]], 1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout201"
BU = _factory(f"{HERE}:bumps", seed=2010)
GL = _factory(f"{HERE}:glyphs", seed=2011)
RG = _factory(f"{HERE}:regimes", seed=2012)
YD = _factory(f"{HERE}:yields", seed=2013)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=8000.0, seed=2014)


def _moe(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MixtureOfExperts", "args": args}


def _res(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BottleneckResNet", "args": args}


def _lstm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:BiLSTMClassifier", "args": args}


def _amax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax."""
    return _s(data, optim="adamax", **kw)


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.1 and AMSGrad."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.1, "amsgrad": True}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "dampening": 0.1}, **kw)


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
    Case("h201_divergence_yields_raw_moe_sgd", "the yields regression times 300 plus 8000 "
         "(targets unscaled), a mixture of 4 ReLU experts of 16, plain SGD at LR 0.01, batch 22",
         {"data": YD_RAW, "model": _moe(width=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 6.5e7 at the first step, 2.3e11 at the third, 3.2e24 at the "
                      "fourth and Inf at the fifth, where the run ends FAILED in its first epoch"),
         verdict="failed"),
    Case("h201_exploding_regimes_moe_d6_leaky_std1", "a mixture of 4 leaky-ReLU experts of 20 "
         "(6 layers) with N(0, 1) init on the regimes, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": RG, "model": {**_moe(width=20, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1663 at every epoch, far above ln 4; every gradient norm "
                      "29.6 "
                      "to 1394 (healthy at most 6.2); quarter-mean update ratios up to 1.1e-8, a "
                      "side"
                      " effect of the LR; up to 10% of a deep layer's units logged dead; accuracy "
                      "0.3167 (test 0.23), within 0.05 of the majority share (0.2833); 46% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h201_dead_relu_regimes_moe_shift10", "a mixture of 4 ReLU experts of 20 whose "
         "pre-activations are shifted by -10, so no expert unit ever fires and only the gate "
         "learns, Adam at LR 0.02, batch 25, 15 epochs",
         {"data": RG, "model": _moe(width=20, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 0.02},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"), allow=("overfitting", "not_converged"),
         why_allowed=("every unit of the four experts logged dead (healthy none), only the gate "
                      "learning: accuracy 0.6967 (training 0.73) below the baseline (0.7033) and "
                      "the healthy runs, the epoch loss flat at the end (0.6104 to 0.6094) and "
                      "the validation loss 3% above its epoch-10 minimum"),
         verdict=TP),
    Case("h201_dead_relu_glyphs_resnet_rmsprop_lr01", "the bottleneck ResNet (16 channels, "
         "inner 4) on the glyphs, plain RMSprop at LR 0.1, batch 28",
         {"data": GL, "model": _res(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu",),
         allow=("exploding_gradients", "predictions_collapsed", "at_chance",
                "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps to 1.5e4 in epoch 1 (epoch loss 188), then falls back "
                      "(1.404, 1.222), so the blow-up passed; gradient norms up to 2.2e4 and "
                      "single "
                      "update ratios up to 7.4; every unit behind the second block's first 1x1 "
                      "convolution and 87.5% of its outputs logged dead; accuracy 0.41 (training "
                      "0.41), below the baseline (0.4562), the loss still falling; 50% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h201_update_ratio_high_regimes_moe_norm_tanh_adagrad", "a mixture of 4 "
         "layer-normalised tanh experts of 20 on the regimes, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RG, "model": _moe(width=20, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.40, single "
                      "steps up to 16) and 79% to 89% of the tanh units saturate from the first "
                      "epoch: the layer norm keeps the loss finite but the run swings (epoch "
                      "losses "
                      "7.42, 2.59, 1.74, 1.24, 0.94, 0.81, 0.69, 0.61; validation accuracy 0.64, "
                      "0.58, 0.61, 0.59, 0.69, below the baseline 0.7033)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h201_update_ratio_low_glyphs_resnet_sgd_lr1e9", "the bottleneck ResNet on the glyphs, "
         "plain SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": GL, "model": _res(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.419 at every epoch; quarter-mean "
                                         "update ratios at most "
                      "3.5e-11; accuracy 0.25 against a majority share of 0.2562, every test "
                      "prediction in one class"), verdict=TP),
    Case("h201_update_ratio_low_bumps_bilstm_adagrad_lr1e10", "the bidirectional LSTM of 16 on "
         "the bumps, Adagrad at LR 1e-10, batch 27, 4 epochs",
         {"data": BU, "model": _lstm(hidden=16),
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.39 at every epoch; quarter-mean "
                                         "update ratios at most 9e-12; "
                      "accuracy 0.27 against a majority share of 0.275, 99.5% of the test "
                      "predictions"
                      " in one class"), verdict=TP),
    Case("h201_vanishing_regimes_moe_d16_sigmoid_momentum9", "a mixture of 4 sigmoid experts "
         "of 10 (16 layers) on the regimes, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": RG, "model": _moe(width=10, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_converged"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "underfitting"),
         why_allowed=("the first layers' gradients down to 4.8e-16: the experts hardly learn and "
                      "the "
                      "gate carries the run, whose loss still falls (0.998 to 0.791 in the last "
                      "epoch) with the validation loss lowest at the end; accuracy 0.6033, below "
                      "the "
                      "baseline (0.7033)"), verdict=TP),
    Case("h201_saturated_yields_moe_tanh_std3_rmsprop", "a mixture of 4 tanh experts of 24 with "
         "N(0, 3) init on the yields, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": YD, "model": {**_moe(width=24, activation="tanh"),
                                "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "underfitting"),
         allow=("update_ratio_low", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("73% to 79% of the experts' tanh units saturated from the start; the epoch "
                      "loss"
                      " 172.1 to 167.3 (2.8% lower), R2 -63 (training -66); gradient norms up to "
                      "92, "
                      "a side effect of the N(0, 3) init; quarter-mean update ratios down to "
                      "3e-5"), verdict=TP),
    Case("h201_slow_start_glyphs_resnet_std003_momentum9", "the bottleneck ResNet with N(0, "
         "0.03) init on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": GL, "model": {**_res(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.390, 1.382) for the first 2 epochs, then "
                      "falls "
                      "to 0.686 at epoch 10 with the validation loss lowest at the end (accuracy "
                      "0.7212, still rising); first gradient norms from 2.8e-6"), verdict=TP),
    Case("h201_unshuffled_regimes_moe_silu_rmsprop", "the regimes sorted by label, never "
         "shuffled, a mixture of 4 SiLU experts of 16, plain RMSprop at LR 1e-4, batch 30, "
         "8 epochs",
         {"data": {**RG, "order": "by_label", "shuffle": False},
          "model": _moe(width=16, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the epoch loss falls only from 1.409 to 1.375 (2.4%), the validation loss "
                      "lowest at the end; accuracy 0.2567 (training 0.3044), within 0.05 of the "
                      "majority share (0.2833), far below the healthy runs"), verdict=TP),
    Case("h201_mse_softmax_bumps_bilstm_adam", "the bumps trained with square error on the "
         "softmax, the bidirectional LSTM of 16, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": BU, "model": _lstm(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.975 (test 0.97), the validation "
                      "loss "
                      "lowest at the end"), verdict=TP),
    Case("h201_noisy_glyphs_resnet_b1_adam", "1000 of the glyphs one image at a time (batch 1), "
         "the bottleneck ResNet, Adam at LR 1e-3, 2 epochs",
         {"data": {**GL, "subset": 1000}, "model": _res(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 1.91 times its mean over the second half; single-image "
                      "gradients up to 40; accuracy 0.7275 with the epoch loss falling from "
                      "1.248 to "
                      "0.700 and the validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h201_overfit_regimes_subset40_moe_tanh_adamw", "40 rows of the regimes, a mixture of 4 "
         "tanh experts of 96 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**RG, "subset": 40},
          "model": _moe(width=96, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5767 (training 1.0); the validation loss "
                      "lowest"
                      " at epoch 4 of 150 (0.976), 2.28 times it at the end; the epoch loss at "
                      "1.9e-4"
                      " gives gradients down to 1e-5; up to 17% of a second-layer tanh's units "
                      "saturate as it memorises"), verdict=GP),
    Case("h201_gap_glyphs_subset30_resnet_adam", "30 images of the glyphs, the bottleneck ResNet "
         "with 32 channels (inner 8), Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _res(channels=32, inner=8),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.7013 (training 1.0); the validation loss "
                      "lowest at epoch 39 of 100 (0.613), 2.93 times it at the end; the step loss "
                      "near 0 swings 1.89 times its mean; up to 37.5% of a block's units logged "
                      "dead"), verdict=GP),
    Case("h201_underfit_bumps_bilstm_one_unit_adam", "the bumps through a bidirectional LSTM of "
         "1 hidden unit a direction, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": BU, "model": _lstm(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("not_converged",),
         allow=("underfitting", "overfitting", "noisy_loss", "saturated_activation"),
         why_allowed=("one unit a direction cannot hold the bumps' order: accuracy 0.56 (training "
                      "0.575) far below the healthy runs, with the epoch loss still falling "
                      "(1.128 to"
                      " 1.103) and the validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h201_lightning_digits_adamax_lr1e20_nan", "Lightning: digits, Adamax at LR 1e20, 1280 "
         "units, batch 24, 3 epochs",
         script=lightning_run(_amax("digits", hidden=(1280,), lr=1e20, epochs=3,
                                    batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                       "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h201_lightning_circles_momentum95_lr1e10_stuck", "Lightning: circles (640 points, "
         "noise 0.1), SGD with momentum 0.95 and dampening 0.1 at LR 1e-10, 1281 units, batch 20, "
         "3 epochs",
         script=lightning_run(_mom("circles", hidden=(1281,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.737 at every epoch; accuracy 0.3594 at its initial "
                      "weights, "
                      "far below the majority share (0.5)"), verdict=TP),
    Case("h201_hf_trainer_wine_amsgrad_lr1e20_nan", "Hugging Face Trainer names: wine, AdamW "
         "(weight decay 0.1, AMSGrad) at LR 1e20 (decaying linearly), 1282 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ams("wine", hidden=(1282,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                       "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share "
                      "(0.3889)"), verdict="failed"),
    Case("h201_hf_trainer_iris_adamax_lr1e10_stuck", "Hugging Face Trainer names: iris, Adamax "
         "at LR 1e-10 (decaying linearly), 1283 units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_amax("iris", hidden=(1283,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.174 at every evaluation; accuracy 0.3333 at its "
                      "initial "
                      "weights, 1/3"), verdict=TP),
    Case("h201_keras_moons_momentum95_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "SGD with momentum 0.95 and dampening 0.1 at LR 1e20, 1284 units, batch 20, 3 epochs",
         script=keras_run(_mom("moons", hidden=(1284,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                       "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h201_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 1285 units, "
         "Adamax at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amax("digits", hidden=(1285,), lr=2e-3, epochs=120, batch_size=2,
                                subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0); the "
                      "validation "
                      "loss lowest at epoch 15 of 120 (1.961), only 5.8% above it at the end"),
         verdict=GP),
    Case("h201_tensorboard_breast_cancer_amsgrad_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "AdamW (weight decay 0.1, AMSGrad) at LR 1e20, 1286 units, batch 19, 3 epochs",
         script=tensorboard_run(_ams("breast_cancer", hidden=(1286,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                       "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h201_tensorboard_circles_subset8_momentum95_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1287 units, SGD with momentum 0.95 and dampening 0.1 at LR "
         "0.01, 150 epochs, batch 2",
         script=tensorboard_run(_mom("circles", hidden=(1287,), lr=0.01, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share;"
                      " training 1.0); the validation loss lowest at epoch 1 of 150, 6.85 times "
                      "it at"
                      " the end; the step loss near 0 swings 1.6 times its mean"), verdict=GP),
    Case("h201_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax at LR 1e-4, 1288 units, batch 20, a corrupt record (x = "
         "1e30) at step 19 makes the loss Inf",
         script=plain_run(_amax("sine", hidden=(1288,), lr=1e-4, epochs=3, batch_size=20,
                                n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h201_plain_digits_amsgrad_lr1e10_stuck", "hand-written loop: digits, AdamW (weight "
         "decay 0.1, AMSGrad) at LR 1e-10, 1289 units, batch 25, 4 epochs",
         script=plain_run(_ams("digits", hidden=(1289,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.327 at every epoch; accuracy 0.1086, 0.008 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy201_regimes_moe_relu_adam",
       {"data": RG, "model": _moe(width=24),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy201_regimes_moe_silu_adamw_exp",
       {"data": RG, "model": _moe(width=32, activation="silu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy201_regimes_moe_elu_rmsprop_step",
       {"data": RG, "model": _moe(width=32, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "step", "step_size": 8,
                  "gamma": 0.3},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy201_regimes_moe_leaky_momentum9",
       {"data": RG, "model": _moe(width=24, activation="leaky_relu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy201_regimes_moe_norm_tanh_adagrad",
       {"data": RG, "model": _moe(width=20, activation="tanh", norm=True),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy201_yields_moe_tanh_adam",
       {"data": YD, "model": _moe(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy201_yields_moe_silu_d2_adamw",
       {"data": YD, "model": _moe(width=32, depth=2, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy201_glyphs_resnet_relu_adam",
       {"data": GL, "model": _res(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy201_glyphs_resnet_leaky_adamw",
       {"data": GL, "model": _res(channels=16, inner=8, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy201_glyphs_resnet_elu_rmsprop_step",
       {"data": GL, "model": _res(channels=16, inner=8, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "step", "step_size": 3,
                  "gamma": 0.5},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy201_glyphs_resnet_relu_nesterov9",
       {"data": GL, "model": _res(blocks=3),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy201_bumps_bilstm_adam",
       {"data": BU, "model": _lstm(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy201_bumps_bilstm_two_layers_adamw",
       {"data": BU, "model": _lstm(hidden=12, layers=2),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 28}}),
    _h("healthy201_bumps_bilstm_rmsprop_exp",
       {"data": BU, "model": _lstm(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy201_bumps_bilstm_adam_step",
       {"data": BU, "model": _lstm(hidden=24),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy201_lightning_digits_amsgrad",
        lightning_run(_ams("digits", hidden=(1280,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy201_lightning_wine_adamax",
        lightning_run(_amax("wine", hidden=(1281,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy201_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_amax("breast_cancer", hidden=(1282,), lr=5e-4, epochs=10,
                             batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy201_hf_trainer_moons_amsgrad",
        hf_trainer_run(_ams("moons", hidden=(1283,), lr=1e-3, epochs=20, batch_size=20, n=640,
                            noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy201_hf_trainer_iris_momentum95",
        hf_trainer_run(_mom("iris", hidden=(1284,), lr=5e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy201_keras_circles_adamax",
        keras_run(_amax("circles", hidden=(1285,), lr=1e-3, epochs=15, batch_size=20, n=620,
                        noise=0.1)), "keras"),
    _hs("healthy201_keras_wine_amsgrad",
        keras_run(_ams("wine", hidden=(1286,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy201_keras_breast_cancer_momentum95",
        keras_run(_mom("breast_cancer", hidden=(1287,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy201_tensorboard_iris_adamax",
        tensorboard_run(_amax("iris", hidden=(1288,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy201_tensorboard_digits_momentum95",
        tensorboard_run(_mom("digits", hidden=(1289,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy201_tensorboard_moons_amsgrad",
        tensorboard_run(_ams("moons", hidden=(1280,), lr=1e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy201_plain_moons_momentum95",
        plain_run(_mom("moons", hidden=(1284,), lr=3e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy201_plain_breast_cancer_adamax",
        plain_run(_amax("breast_cancer", hidden=(1286,), lr=1e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
