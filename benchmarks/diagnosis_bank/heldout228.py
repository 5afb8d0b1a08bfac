"""The two-hundred-and-twenty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout229`, :mod:`.heldout230` and :mod:`.heldout231` (not
looked at), after the measurement of :mod:`.heldout224` to :mod:`.heldout227`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`GhostMLP` (a learnt
per-feature input scale and shift, then blocks of linear, ghost batch normalisation over virtual
batches of 32 rows (:class:`GhostBatchNorm`) and activation, optionally without the norm or with
the pre-activations shifted, a linear head), :class:`PyramidCNN` (a PyramidNet-style CNN: residual
blocks whose channel count grows linearly, average-pooled and zero-padded identity shortcuts,
optional batch norm, global average pooling) and :class:`ConvLSTM` (an LSTM cell written out over
the sequence whose gates are circular 1-D convolutions over the feature axis). Every data set is
this module's own ``data.factory``: :func:`bands` (4 classes, 10 readings on scales 0.05 to 40,
1400 rows; seed 2280), :func:`yields` (a regression of 8 readings, 1200 rows; seed 2281; times 250
plus 5000 with seed 2282 for the divergence), :func:`glyphs` (4000 12x12 images of a line, a
diagonal or a faint square, bright or dark at random; seed 2283) and :func:`waves` (900 sequences
of 10 steps over a ring of 8 readings, a bump moving left, right or staying; 3 classes, given
flattened as 80 columns; seed 2284). Script cases use SGD with momentum 0.95 and weight decay
5e-4, Adam with betas (0.85, 0.99) and eps 1e-6 and Adagrad with initial accumulator 0.1 on
digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden
width of 1550 to 1559. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules cosine, step and exponential.

Each case is labelled with the injected fault; it was trained at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, the step loss's
swing, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for
runner cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. The numbers below are from one store in which
every case was trained from this file after the last change of the settings of the others, and
the cases changed after it (the healthy bands runs but the first, the
waves runs under Adam, RMSprop and Adam with exponential decay, TensorBoard's moons and the loop's
moons at batch 1) from their own runs after their last change; time did not allow a second run of
every case into one fresh store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107`. Majority shares (test confusion matrices): 0.275
on the bands, 0.2537 on the glyphs, 0.3556 on the waves; scripts' validation splits as in
:mod:`.heldout199`. Baselines (validation): accuracy 0.6786 (bands), 0.2662 (glyphs, a logistic
regression: the random polarity defeats it), 0.8944 (waves); R2 0.6542 (yields).

Measured healthy ranges: healthy scores (validation) bands 0.8107 to 0.8821, yields R2 0.8931 and
0.9127, glyphs 0.9725 to 0.9825,
waves 0.9278 to 0.9556; scripts digits 0.9777 and 0.9666, wine 1.0 and 1.0, breast cancer 0.9298
to 0.9386, moons 0.9531 to 0.9841, iris 0.9667 and 0.9667, circles 0.9919. The step loss's
swing (standard deviation of its step-to-step change over the second half over its mean) is at
most 1.35 in the healthy runner runs (the pyramid CNN under Nesterov momentum) and 1.58 in the
healthy scripts (Lightning's wine); the loop's moons at batch 1 swing 3.49. The healthy bands runs
end 0.66% to 1.96% above their epoch-13 or epoch-14 validation minima (the ghost batch norm's
noise; left so for want of time), the yields run under Adam 2% above its epoch-19 minimum (LR
1.5e-3 ended 5.8% above its epoch-18 minimum, so it kept LR 3e-3), Trainer's
moons 0.15% above its epoch-19 minimum and Trainer's iris 0.05% above its epoch-19 minimum; every
other healthy run is lowest at its end.

Changes after the first run: the glyphs were first 3000 images of one polarity, which a
nearest-neighbour baseline read at 0.98; they became 4000 images of random polarity (the kNN
reference is then skipped and the logistic regression reads 0.27), and every glyph case was
trained again; the slow start took N(0, 0.05) init (from 0.03: it sat at ln 4 for 6 of 10 epochs
and ended at 0.615); the saturated LSTM LR 1e-5 (from 1e-4, whose loss fell 5%); the batch-1 LSTM
LR 3e-3; the dead CNN 5 epochs. The healthy bands runs under AdamW, RMSprop and Adagrad reached
0.69 to 0.75 and took LRs 0.01, 3e-3 and 0.1 (then 0.875, 0.8821 and 0.8536); the ELU run ended 2.5% above
its minimum and took LR 0.01 (0.8679, 1.96% above its minimum); the waves runs under Adam and RMSprop ended below the baseline (0.83,
0.69) and took LRs 0.01 and 6e-3 (0.9556, 0.95); the waves run with kernel 5 reached 0.45, took LR
0.01 and gate bias 1, then ended 3.5% above its epoch-8 minimum and stopped at 8 epochs (0.9444);
TensorBoard's moons ended 16.7% above its epoch-14 minimum and took LR 5e-4 for 12 epochs. The
pyramid CNN at batch 1 on the glyphs did not learn in its first epoch and was dropped; the batch-1
LSTM swung only 1.07 times its mean (inside the healthy runs), so ``noisy_loss`` is only allowed
there and the loop's moons at batch 1 carries it.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(11, 13)
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
>>> sorted({c.tool for c in CASES if c.is_script and c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
"""  # noqa: E501

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


def bands(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings on scales from 0.05 to 40; the
    class is the sign of a score with a product term (readings 0 to 2) times 2 plus the sign of
    one with a square term (readings 3 and 4); readings 5 to 9 are noise; a share ``flip`` of
    the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    z = rng.normal(0.0, 1.0, (n, 10))
    s1 = z[:, 0] + 0.8 * z[:, 1] * z[:, 2]
    s2 = z[:, 3] - 0.6 * z[:, 4] ** 2 + 0.6
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    scales = np.array([0.05, 40.0, 1.0, 8.0, 0.2, 3.0, 0.5, 15.0, 0.1, 2.0])
    return (z * scales).astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.cos(1.3 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def glyphs(n: int = 3000, noise: float = 0.4, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one mark each (4 classes: a
    full-width horizontal line at a random row, a full-height vertical line at a random column,
    a diagonal shifted by up to 2 columns, a faint 4x4 square (brightness 0.7) at a random
    place), bright or dark at random (so no linear read of the pixels tells the classes
    apart), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    idx = np.arange(12)
    for i, label in enumerate(y):
        p, s = int(rng.integers(2, 10)), int(rng.integers(-2, 3))
        sign = float(rng.choice([-1.0, 1.0]))
        if label == 0:
            x[i, 0, p, :] += sign
        elif label == 1:
            x[i, 0, :, p] += sign
        elif label == 2:
            x[i, 0, idx, np.clip(idx + s, 0, 11)] += sign
        else:
            r, c = (int(v) for v in rng.integers(1, 8, 2))
            x[i, 0, r:r + 4, c:c + 4] += 0.7 * sign
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def waves(n: int = 900, steps: int = 10, cells: int = 8, noise: float = 0.7,
          flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps over a ring of
    ``cells`` readings, each holding a bump (height 1.2, width 3) that moves one cell to the
    left each step, one to the right, or stays, in Gaussian noise of ``noise`` (3 classes); a
    share ``flip`` of the labels is drawn at random. Given flattened, time-major (``steps *
    cells`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    move = np.array([-1, 1, 0])[y]
    start = rng.integers(0, cells, n)
    pos = (start[:, None] + move[:, None] * np.arange(steps)[None, :]) % cells
    ring = np.arange(cells)
    dist = np.abs(ring[None, None, :] - pos[:, :, None])
    dist = np.minimum(dist, cells - dist)
    x = 1.2 * np.exp(-dist.astype(float) ** 2) + rng.normal(0.0, noise, (n, steps, cells))
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.reshape(n, steps * cells).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class GhostBatchNorm(nn.Module):
    """Batch normalisation whose training statistics are taken over virtual batches of
    ``virtual`` rows (a batch is cut into nearly equal chunks of about that size); evaluation
    uses the running statistics as usual."""

    def __init__(self, width: int, virtual: int = 32) -> None:
        super().__init__()
        self.bn = nn.BatchNorm1d(width)
        self.virtual = virtual

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        chunks = x.shape[0] // self.virtual
        if not self.training or chunks <= 1:
            return self.bn(x)
        return torch.cat([self.bn(c) for c in torch.tensor_split(x, chunks)], 0)


class GhostMLP(nn.Module):
    """An MLP for tables: a learnt per-feature input scaling (a scale starting at
    ``scale_init`` and a shift starting at 0 for each feature), then ``depth`` blocks of linear,
    ghost batch normalisation (virtual batches of ``virtual`` rows; ``ghost=False`` leaves it
    out) and activation, whose pre-activations are shifted by ``bias_shift``; a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", ghost: bool = True,
                 virtual: int = 32, bias_shift: float = 0.0, scale_init: float = 1.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.scale = nn.Parameter(torch.full((n_in,), float(scale_init)))
        self.shift = nn.Parameter(torch.zeros(n_in))
        dims = [n_in] + [width] * depth
        self.lins = nn.ModuleList(nn.Linear(a, b) for a, b in zip(dims[:-1], dims[1:],
                                                                  strict=True))
        self.norms = nn.ModuleList((GhostBatchNorm(width, virtual) if ghost else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1) * self.scale + self.shift
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.head(h)


class _PyramidBlock(nn.Module):
    """A PyramidNet block: (BN,) 3x3 conv (strided), (BN,) activation, 3x3 conv, (BN); the
    shortcut is the input, average-pooled when strided and zero-padded to the new channels."""

    def __init__(self, c_in: int, c_out: int, stride: int, activation: str, norm: bool) -> None:
        super().__init__()
        self.bn0 = nn.BatchNorm2d(c_in) if norm else nn.Identity()
        self.conv1 = nn.Conv2d(c_in, c_out, 3, stride=stride, padding=1, bias=not norm)
        self.bn1 = nn.BatchNorm2d(c_out) if norm else nn.Identity()
        self.act = _ACTS[activation]()
        self.conv2 = nn.Conv2d(c_out, c_out, 3, padding=1, bias=not norm)
        self.bn2 = nn.BatchNorm2d(c_out) if norm else nn.Identity()
        self.pool = nn.AvgPool2d(2, ceil_mode=True) if stride > 1 else nn.Identity()
        self.pad = c_out - c_in

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.bn2(self.conv2(self.act(self.bn1(self.conv1(self.bn0(x))))))
        short = self.pool(x)
        if self.pad:
            short = nn.functional.pad(short, (0, 0, 0, 0, 0, self.pad))
        return out + short


class PyramidCNN(nn.Module):
    """A PyramidNet-style CNN: a 3x3 stem of ``base`` channels, ``blocks`` residual blocks whose
    channel count grows linearly by ``alpha`` in all (the second and third strided), a final
    (BN and) activation, global average pooling and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, base: int = 8,
                 alpha: int = 12, blocks: int = 3, activation: str = "relu",
                 norm: bool = True) -> None:
        super().__init__()
        c = input_shape[0]
        widths = [round(base + alpha * i / blocks) for i in range(blocks + 1)]
        self.stem = nn.Conv2d(c, base, 3, padding=1)
        self.blocks = nn.Sequential(*(
            _PyramidBlock(widths[i], widths[i + 1], 2 if i in (1, 2) else 1, activation, norm)
            for i in range(blocks)))
        self.bn = nn.BatchNorm2d(widths[-1]) if norm else nn.Identity()
        self.act = _ACTS[activation]()
        self.head = nn.Linear(widths[-1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.bn(self.blocks(self.stem(x))))
        return self.head(h.mean((2, 3)))


class ConvLSTM(nn.Module):
    """A convolutional LSTM written out over the sequence: at each step the input gate, forget
    gate, output gate and candidate are 1-D convolutions (kernel ``kernel``, circular padding)
    over the feature axis of the step's ``cells`` readings and of the hidden state of
    ``channels`` channels per cell; the gates' pre-activations start shifted by ``gate_bias``.
    It reads the flattened sequence to its last hidden state, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, cells: int = 8,
                 channels: int = 6, kernel: int = 3, gate_bias: float = 0.0) -> None:
        super().__init__()
        self.cells, self.channels = cells, channels
        self.steps = int(np.prod(input_shape)) // cells
        pad = kernel // 2
        self.wx = nn.Conv1d(1, 4 * channels, kernel, padding=pad, padding_mode="circular")
        self.wh = nn.Conv1d(channels, 4 * channels, kernel, padding=pad,
                            padding_mode="circular", bias=False)
        self.gate = nn.Sigmoid()
        self.squash = nn.Tanh()
        self.cell_act = nn.Tanh()
        self.gate_bias = gate_bias
        self.head = nn.Linear(channels * cells, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, 1, self.cells)
        k = self.channels
        h = seq.new_zeros(x.shape[0], k, self.cells)
        c = seq.new_zeros(x.shape[0], k, self.cells)
        for t in range(self.steps):
            z = self.wx(seq[:, t]) + self.wh(h)
            gates = self.gate(z[:, :3 * k] + self.gate_bias)
            i, f, o = gates[:, :k], gates[:, k:2 * k], gates[:, 2 * k:]
            c = f * c + i * self.squash(z[:, 3 * k:])
            h = o * self.cell_act(c)
        return self.head(h.flatten(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout228"
BD = _factory(f"{HERE}:bands", seed=2280)
YD = _factory(f"{HERE}:yields", seed=2281)
YD_RAW = _factory(f"{HERE}:yields", scale=250.0, shift=5000.0, seed=2282)
GL = _factory(f"{HERE}:glyphs", n=4000, seed=2283)
WV = _factory(f"{HERE}:waves", seed=2284)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GhostMLP", "args": args}


def _pyr(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PyramidCNN", "args": args}


def _clstm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ConvLSTM", "args": args}


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "weight_decay": 5e-4}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.99) and eps 1e-6."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.99), "eps": 1e-6}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with initial accumulator value 0.1."""
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
    Case("h228_divergence_yields_raw_ghostmlp_sgd", "the yields regression times 250 plus "
         "5000 (targets unscaled), the ghost-BN MLP of 32 (2 blocks), plain SGD at LR 0.05, "
         "batch 40",
         {"data": YD_RAW, "model": _mlp(width=32),
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.97e7 at the first step, 1.6e10 and 3.2e21 next "
                      f"and Inf at step 4"),
         verdict="failed"),
    Case("h228_exploding_bands_mlp_noghost_d6_leaky_std1", "the MLP without its ghost batch "
         "norm, 6 leaky-ReLU blocks of 24 with N(0, 1) init on the bands, SGD with momentum 0.5 "
         "at LR 1e-10, batch 30",
         {"data": BD, "model": {**_mlp(width=24, depth=6, activation="leaky_relu", ghost=False),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 9803 at every epoch; every gradient norm 1310 to 6180 "
                      "(healthy at most 13); update ratios at most 9.8e-8, a side effect of the "
                      "LR; up to 21% of a block's units logged dead; accuracy 0.2607 against a "
                      "majority share of 0.275, 87% of the test predictions in one class"),
         verdict="failed"),
    Case("h228_dead_relu_bands_ghostmlp_shift10_adam", "the ghost-BN MLP of 32 (2 ReLU blocks) "
         "whose normalised pre-activations are shifted by -10, so its ReLUs never fire, on the "
         "bands, Adam at LR 2e-3, batch 64, 8 epochs",
         {"data": BD, "model": _mlp(width=32, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 64}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "vanishing_gradients", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("every block unit logged dead and every gradient 0: the epoch loss 1.387 to "
                      "1.384 at ln 4, accuracy 0.275 at the majority share, every test prediction "
                      "in one class, far below the baseline (0.6786)"), verdict=TP),
    Case("h228_dead_relu_glyphs_pyramid_nonorm_rmsprop_lr008", "the pyramid CNN without batch "
         "norm on the glyphs, plain RMSprop at LR 0.08, batch 28, 5 epochs",
         {"data": GL, "model": _pyr(norm=False),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 5, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance"),
         allow=("predictions_collapsed", "exploding_gradients", "update_ratio_high",
                "vanishing_gradients", "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 6.9e7 in epoch 1, then 1403 down to 219 (the blow-up not yet"
                      " passed); gradient norms 0 to 3.8e9 and single update ratios up to 18; up "
                      "to every unit of a layer logged dead; accuracy 0.2675 against a majority "
                      "share of 0.2537, 84% of the test predictions in one class"), verdict=TP),
    Case("h228_update_ratio_high_bands_ghostmlp_tanh_adagrad_lr2", "the ghost-BN MLP with tanh "
         "blocks of 24 on the bands, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BD, "model": _mlp(width=24, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed"),
         why_allowed=("single update ratios up to 16.7 and 64% to 84% of the tanh units saturated;"
                      " the ghost batch norm keeps the loss finite but the run swings (epoch "
                      "losses 7.49, 2.66, 1.83, 1.59, 1.73, 1.20, 1.13, 0.98; the validation loss "
                      "ends 2.8% above its epoch-7 minimum); accuracy 0.5964 below the baseline "
                      "(0.6786); 36% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h228_update_ratio_low_glyphs_pyramid_sgd_lr1e9", "the pyramid CNN on the glyphs, "
         "plain SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": GL, "model": _pyr(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.463 at every epoch; update ratios at most 6.5e-11; "
                      "accuracy 0.2487 against a majority share of 0.2537, every test "
                      "prediction in one class"),
         verdict=TP),
    Case("h228_update_ratio_low_waves_convlstm_rmsprop_lr1e10", "the convolutional LSTM on the "
         "waves, plain RMSprop at LR 1e-10, batch 27, 3 epochs",
         {"data": WV, "model": _clstm(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.101 at every epoch; update ratios at most 7.3e-9; "
                      "accuracy 0.3056 (test) at its initial weights, 0.05 below the majority "
                      "share (0.3556); 76% of the test predictions in one class"),
         verdict=TP),
    Case("h228_vanishing_bands_mlp_noghost_d16_sigmoid_momentum9", "the MLP without its ghost "
         "batch norm, 16 sigmoid blocks of 12 on the bands, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": BD, "model": _mlp(width=12, depth=16, activation="sigmoid", ghost=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first blocks' gradients down to 1.2e-14; the last blocks still move "
                      "(update ratios up to 0.046) but the epoch loss stays at 1.395 (ln 4 is "
                      "1.386); accuracy 0.2607 against a majority share of 0.275, every test "
                      "prediction in one class"), verdict=TP),
    Case("h228_saturated_waves_convlstm_std3_rmsprop", "the convolutional LSTM with N(0, 3) "
         "init on the waves, plain RMSprop at LR 1e-5, batch 28, 3 epochs",
         {"data": WV, "model": {**_clstm(), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("up to 69% of the LSTM's tanh and sigmoid outputs saturated; the epoch loss "
                      "7.44 to 7.36 (1.1% lower), far above ln 3; gradient norms up to 261, a side"
                      " effect of the N(0, 3) init; accuracy 0.3111 against a majority share of "
                      "0.3556; 56% of the test predictions in one class"), verdict=TP),
    Case("h228_slow_start_glyphs_pyramid_nonorm_std005_momentum9", "the pyramid CNN without "
         "batch norm, N(0, 0.05) init, on the glyphs, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 32, 10 epochs",
         {"data": GL, "model": {**_pyr(norm=False), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388, 1.388) for the first 2 epochs, then "
                      "falls, the validation loss lowest at the end; first gradient norms from "
                      "1.8e-3; accuracy 0.9637, about the healthy runs"), verdict=TP),
    Case("h228_unshuffled_bands_ghostmlp_silu_rmsprop", "the bands sorted by label, never "
         "shuffled, the ghost-BN MLP with SiLU blocks of 24, plain RMSprop at LR 1e-4, batch "
         "30, 8 epochs",
         {"data": {**BD, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("sorted batches: accuracy 0.35 (training 0.3131), far below the baseline "
                      "(0.6786), with the epoch loss still falling (1.47 to 1.435) and the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h228_mse_softmax_waves_convlstm_adam", "the waves trained with square error on the "
         "softmax, the convolutional LSTM, Adam at LR 3e-3, batch 25, 8 epochs",
         {"data": WV, "model": _clstm(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 8, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9389 (test 0.9222), above the "
                      "baseline, the validation loss lowest at the end"), verdict=TP),
    Case("h228_noisy_waves_convlstm_b1_adam", "400 of the waves one sequence at a time (batch "
         "1), the convolutional LSTM, Adam at LR 3e-3, 2 epochs",
         {"data": {**WV, "subset": 400}, "model": _clstm(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "saturated_activation"),
         why_allowed=("the step loss swings only 1.07 times its mean over the second half, inside "
                      "the healthy runner runs (up to 1.35), so noisy_loss is allowed; the epoch "
                      "loss 1.067 then 0.661 and the validation loss still falling at the end "
                      "(accuracy 0.9278)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h228_overfit_bands_subset40_ghostmlp_adamw", "40 rows of the bands, the ghost-BN MLP "
         "of 160 (2 ReLU blocks), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**BD, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("40 rows teach less: accuracy 0.4964 (training 1.0; healthy 0.8107 and "
                      "up); the validation loss lowest at epoch 7 of 150 (1.106), 1.55 times it "
                      "at the end"), verdict=GP),
    Case("h228_gap_glyphs_subset30_pyramid_adam", "30 images of the glyphs, the pyramid CNN "
         "(base 16, alpha 24), Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _pyr(base=16, alpha=24),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.7262 (training 1.0; the healthy runs "
                      "0.9725 and up); the validation loss only 1.21 times its epoch-66 minimum at"
                      " the end, so overfitting is allowed"), verdict=GP),
    Case("h228_underfit_waves_convlstm_one_channel_k1_adam", "the waves through a convolutional "
         "LSTM of 1 channel with kernel 1 (no cell sees its neighbours), Adam at LR 3e-3, "
         "batch 25, 10 epochs",
         {"data": WV, "model": _clstm(channels=1, kernel=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 10, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("predictions_collapsed", "overfitting", "not_converged", "noisy_loss",
                "saturated_activation"),
         why_allowed=("no cell sees its neighbours: accuracy 0.3556 at the majority share (test "
                      "0.3444; healthy 0.9278 and up), the epoch loss flat near ln 3 (1.095); 69% "
                      "of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h228_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 and weight decay 5e-4 at LR 1e20, 1550 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1550,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h228_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.85, 0.99, eps 1e-6) at LR 1e-10, 1551 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(1551,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.7108 at every epoch; accuracy 0.5 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h228_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.1) at LR 1e20 (decaying linearly), 1552 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("wine", hidden=(1552,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority "
                      f"share"),
         verdict="failed"),
    Case("h228_hf_trainer_iris_momentum95_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "SGD with momentum 0.95 and weight decay 5e-4 at LR 1e-10 (decaying linearly), 1553 "
         "units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("iris", hidden=(1553,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.131 at every evaluation; accuracy 0.2 at its initial "
                      "weights, below 1/3"), verdict=TP),
    Case("h228_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(betas 0.85, 0.99, eps 1e-6) at LR 1e20, 1554 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(1554,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h228_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 1555 units, "
         "Adagrad (initial accumulator 0.1) at LR 0.01, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(1555,), lr=0.01, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss only 1.13 times its epoch-3 "
                      "minimum at the end, so overfitting is allowed"), verdict=GP),
    Case("h228_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 and weight decay 5e-4 at LR 1e20, 1556 units, batch "
         "19, 3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1556,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"),
         verdict="failed"),
    Case("h228_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1557 units, Adam (betas 0.85, 0.99, eps 1e-6) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(1557,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, 0.069 above the majority "
                      "share; training loss 5.5e-5); the validation loss lowest at epoch 7 of 150 "
                      "(1.1), 4.2 times it at the end"), verdict=GP),
    Case("h228_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 1e-3, 1558 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(1558,), lr=1e-3, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h228_plain_moons_b1_adagrad_noisy", "hand-written loop: moons (600 points, noise "
         "0.2) one point at a time (batch 1), Adagrad (initial accumulator 0.1) at LR 0.01, 1553 "
         "units, 3 epochs",
         script=plain_run(_ag("moons", hidden=(1553,), lr=0.01, epochs=3, batch_size=1, n=600,
                              noise=0.2)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("not_converged", "overfitting", "update_ratio_high", "exploding_gradients"),
         why_allowed=("the step loss swings 3.49 times its mean over the second half (healthy "
                      "scripts at most 1.58); accuracy 0.9417 with the validation loss lowest at "
                      "the end"), verdict=TP),
    Case("h228_plain_digits_adam_lr1e10_stuck", "hand-written loop: digits, Adam (betas 0.85, "
         "0.99, eps 1e-6) at LR 1e-10, 1559 units, batch 25, 4 epochs",
         script=plain_run(_ad("digits", hidden=(1559,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.322 at every epoch; accuracy 0.1337, 0.033 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy228_bands_ghostmlp_relu_adam",
       {"data": BD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 64}}),
    _h("healthy228_bands_ghostmlp_silu_adamw",
       {"data": BD, "model": _mlp(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 96}}),
    _h("healthy228_bands_ghostmlp_leaky_rmsprop",
       {"data": BD, "model": _mlp(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy228_bands_ghostmlp_elu_momentum9",
       {"data": BD, "model": _mlp(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy228_bands_ghostmlp_tanh_adagrad_v16",
       {"data": BD, "model": _mlp(width=24, activation="tanh", virtual=16),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 48}}),
    _h("healthy228_yields_ghostmlp_silu_adam",
       {"data": YD, "model": _mlp(width=32, activation="silu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 64}}),
    _h("healthy228_yields_ghostmlp_relu_adamw_step",
       {"data": YD, "model": _mlp(width=40, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "step", "step_size": 7,
                  "gamma": 0.3},
        "train": {"epochs": 20, "batch_size": 36}}),
    _h("healthy228_glyphs_pyramid_relu_adam",
       {"data": GL, "model": _pyr(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 32}}),
    _h("healthy228_glyphs_pyramid_leaky_adamw",
       {"data": GL, "model": _pyr(base=6, alpha=10, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 40}}),
    _h("healthy228_glyphs_pyramid_elu_rmsprop",
       {"data": GL, "model": _pyr(base=8, alpha=8, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 50}}),
    _h("healthy228_glyphs_pyramid_relu_nesterov9",
       {"data": GL, "model": _pyr(base=8, alpha=16),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 30}}),
    _h("healthy228_waves_convlstm_adam",
       {"data": WV, "model": _clstm(),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy228_waves_convlstm_c4_rmsprop",
       {"data": WV, "model": _clstm(channels=4),
        "optim": {"name": "rmsprop", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy228_waves_convlstm_gate1_adamw",
       {"data": WV, "model": _clstm(channels=5, gate_bias=1.0),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _h("healthy228_waves_convlstm_k5_adam_exp",
       {"data": WV, "model": _clstm(channels=4, kernel=5, gate_bias=1.0),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 8, "batch_size": 36}}),
    _hs("healthy228_lightning_digits_adam",
        lightning_run(_ad("digits", hidden=(1550,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy228_lightning_wine_momentum95",
        lightning_run(_mom("wine", hidden=(1551,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy228_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(1552,), lr=2e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy228_hf_trainer_moons_adam",
        hf_trainer_run(_ad("moons", hidden=(1553,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy228_hf_trainer_iris_momentum95",
        hf_trainer_run(_mom("iris", hidden=(1554,), lr=3e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy228_keras_circles_adagrad",
        keras_run(_ag("circles", hidden=(1555,), lr=0.01, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy228_keras_wine_adam",
        keras_run(_ad("wine", hidden=(1556,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy228_keras_breast_cancer_momentum95",
        keras_run(_mom("breast_cancer", hidden=(1557,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy228_tensorboard_iris_adagrad",
        tensorboard_run(_ag("iris", hidden=(1558,), lr=5e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy228_tensorboard_digits_momentum95",
        tensorboard_run(_mom("digits", hidden=(1559,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy228_tensorboard_moons_adam",
        tensorboard_run(_ad("moons", hidden=(1550,), lr=5e-4, epochs=12, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy228_plain_moons_momentum95",
        plain_run(_mom("moons", hidden=(1554,), lr=2e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy228_plain_breast_cancer_adagrad",
        plain_run(_ag("breast_cancer", hidden=(1556,), lr=2e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
