"""The four-hundred-and-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled by someone who saw no diagnosis of its runs. Built as :mod:`.heldout333` was:
every runner case trains a model of this module through ``model.factory``: :class:`FasterNet` (an
overlapping patch embedding, partial-convolution blocks whose 3x3 convolution touches only the first
quarter of the channels, two 1x1 convolutions and a residual, a merging convolution between stages,
a global mean and max pool, a linear head), :class:`ETSformer` (exponential-smoothing attention with
a learnt decay per channel for level and growth, a frequency attention keeping the top-k Fourier
components, summed, pooled, a head) and :class:`Hopular` (each reading embedded, Hopfield layers
retrieving from a fixed memory of the first training rows by softmax attention, a head). Data:
:func:`waves` (800 series of 16 steps in 2 readings at random levels with random seasons, a trend up
or down in one and a trend of random sign or none in the other; seed 4020), :func:`signs` (2000
12x12 images of a plus, a cross, a ring or a bar in noise 0.3, 2% random labels; seed 4021),
:func:`gauges` (tabular, 4 classes, 1400 rows; seed 4022), :func:`flows` (a tabular regression, 1200
rows; seed 4023; times 250 plus 5000 with seed 4024 for the divergence). Script cases use Adam with
betas (0.95, 0.999) and eps 1e-7, RMSprop with alpha 0.9 and momentum 0.3 and SGD with momentum 0.9
and weight decay 1e-4; hidden widths 3300 to 3309.

Each case was trained once at seed 0 with ``benchmarks/train_without_diagnosis.py`` (diagnosis off)
only to check that the fault is real, from the run's own metrics. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2786
on the gauges, 0.2575 on the signs, 0.2563 on the waves. Baselines (validation): accuracy 0.6607
(gauges), 0.5525 (signs), 0.6625 (waves); R2 0.6163 (flows), 0.6496 (the raw flows).

Measured healthy ranges (runner; earlier rounds' waves runs included): gradient norms at most 8.3;
update-ratio quarter means 1.5e-4 to 0.078; dead fractions at most 16%; saturated at most 26% (the
tanh Hopular); the step loss's position explains at most 27% of its within-epoch variance; swing
0.079 to 2.16. Healthy scores (validation): gauges 0.8571-0.925, signs 0.73-0.82, waves
0.8938-0.9313, flows R2 0.6974 and 0.8203.

Changes after the first round: the waves first had random-phase sines (the baseline 0.96, the
ETSformer 0.4), then a linear labelling of two trends (baseline 1.0), then a trend and a
trend-or-none of random sign (the kNN baseline 0.85 above the ETSformers' 0.80), then with levels
and seasons (baseline 0.5875, ETSformers 0.575-0.64); now slope 0.2, level spread 3, season 0.5, and
the ETSformer got GELU units, the embedding added to its sum and last-step pooling; the FasterNet
got an overlapping 4x4 embedding and a max pool beside the mean (0.56-0.71 before); the signs 2000
images in noise 0.3; cut at their minimum: the FasterNets under Adam (7 epochs), AdamW (7) and
momentum (9), the gelu Hopulars (14), Lightning's digits (7), wine (12) and moons (12),
TensorBoard's moons (12), the loop's breast cancer (8); the slow start's init 0.15 (a 2-epoch
plateau) became 0.1.

Not met: the ETSformer under Adam ends 1.1% above its epoch-18 minimum; the tanh Hopular under
momentum ends 3.2% above its epoch-13 minimum and the flows' gelu Hopular 0.7% above its epoch-11
minimum; the waves' fault cases were trained again after the last data change. The exploding run
scores 0.061 below the majority share (at_chance only allowed); Lightning's stuck circles score
0.656 (at_chance not expected).

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


def waves(n: int = 800, steps: int = 16, noise: float = 0.5, slope: float = 0.2,
          level: float = 3.0, season: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings,
    each from a random level (spread ``level``) with a season of its own (a sine of amplitude
    ``season``, period 3 to 8 steps, random phase); the first reading trends up or down by
    ``slope`` a step, the second trends by ``slope`` (up or down at random, so its sign does not
    tell) or not at all; the class is whether the first rises times 2 plus whether the second
    trends (4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    t = np.arange(steps) - (steps - 1) / 2
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2)) + rng.normal(0.0, level, (n, 1, 2))
    period = rng.uniform(3.0, 8.0, (n, 1, 2))
    x += season * np.sin(2 * np.pi * np.arange(steps)[None, :, None] / period
                         + rng.uniform(0.0, 2 * np.pi, (n, 1, 2)))
    x[:, :, 0] += slope * t[None, :] * (2 * (y[:, None] // 2) - 1)
    x[:, :, 1] += slope * t[None, :] * (y[:, None] % 2) * rng.choice((-1.0, 1.0), (n, 1))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BAR = np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=float)


def signs(n: int = 2000, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 sign each at a random
    place (4 classes: a plus, a cross, a ring, an upright bar), in Gaussian noise of ``noise``;
    a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BAR), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (``x0 x1 > 0``) times 2 plus whether ``x2 + 0.5 x3`` exceeds 0.2;
    readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] + 0.5 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def flows(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, the
    magnitude of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.4 * np.sin(1.6 * x[:, 0]) + 1.1 * np.abs(x[:, 1]) + 0.9 * x[:, 2] * x[:, 3]
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class PartialConvBlock(nn.Module):
    """A FasterNet block: a 3x3 convolution over only the first quarter of the channels (the
    rest passed through untouched), then a 1x1 expansion by ``expand``, a ReLU and a 1x1
    projection back, added to the block's input."""

    def __init__(self, channels: int, expand: int = 2) -> None:
        super().__init__()
        self.part = max(1, channels // 4)
        self.pconv = nn.Conv2d(self.part, self.part, 3, padding=1, bias=False)
        self.fc1 = nn.Conv2d(channels, channels * expand, 1)
        self.act = nn.ReLU()
        self.fc2 = nn.Conv2d(channels * expand, channels, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        mixed = torch.cat([self.pconv(x[:, :self.part]), x[:, self.part:]], dim=1)
        return x + self.fc2(self.act(self.fc1(mixed)))


class FasterNet(nn.Module):
    """A FasterNet-style CNN: an overlapping 4x4 patch embedding (stride 2) to ``channels[0]``,
    ``depth`` partial-convolution blocks, a 2x2 merging convolution (stride 2) to ``channels[1]``,
    ``depth`` more blocks, a global average and max pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (16, 32), depth: int = 1, expand: int = 2) -> None:
        super().__init__()
        c0, c1 = channels
        self.embed = nn.Conv2d(input_shape[0], c0, 4, stride=2, padding=1)
        self.stage1 = nn.Sequential(*(PartialConvBlock(c0, expand) for _ in range(depth)))
        self.merge = nn.Conv2d(c0, c1, 2, stride=2)
        self.stage2 = nn.Sequential(*(PartialConvBlock(c1, expand) for _ in range(depth)))
        self.head = nn.Linear(2 * c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stage2(self.merge(self.stage1(self.embed(x))))
        return self.head(torch.cat([h.mean(dim=(2, 3)), h.amax(dim=(2, 3))], dim=1))


def _smoothing(alpha: torch.Tensor, steps: int) -> torch.Tensor:
    """The (channels, steps, steps) weights of exponential smoothing: output step t takes
    ``alpha (1 - alpha)^(t - j)`` of input step j <= t."""
    t = torch.arange(steps, device=alpha.device)
    lag = (t[:, None] - t[None, :]).clamp(min=0).float()
    mask = (t[:, None] >= t[None, :]).float()
    a = alpha[:, None, None]
    return a * (1 - a) ** lag * mask


class ETSformer(nn.Module):
    """An ETSformer-style sequence model: each step's ``features`` readings embedded to ``dim``;
    a frequency attention keeps the ``top_k`` largest Fourier components of the embedded series
    per channel (the season); exponential-smoothing attention (learnt decay per channel) over
    the deseasonalised values gives the level, and over their step-to-step changes the growth;
    the embedding, level, growth and season summed, a linear map, ``activation`` of ``gain``
    times it, pooled over time (mean, max and the last step), a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, top_k: int = 3, activation: str = "gelu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.top_k, self.gain = features, top_k, gain
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.level_logit = nn.Parameter(torch.zeros(dim))
        self.growth_logit = nn.Parameter(torch.zeros(dim))
        self.value = nn.Linear(dim, dim)
        self.mix = nn.Linear(dim, dim)
        self.act = _ACTS[activation]()
        self.head = nn.Linear(3 * dim, n_outputs)

    def _season(self, e: torch.Tensor) -> torch.Tensor:
        spec = torch.fft.rfft(e, dim=1)  # (batch, freqs, dim)
        k = min(self.top_k, spec.shape[1])
        top = spec.abs().topk(k, dim=1).indices
        mask = torch.zeros_like(spec.real).scatter(1, top, 1.0)
        return torch.fft.irfft(spec * mask, n=e.shape[1], dim=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        e = self.embed(seq)
        season = self._season(e)
        v = self.value(e - season)
        level = torch.einsum("dts,bsd->btd",
                             _smoothing(torch.sigmoid(self.level_logit), self.steps), v)
        change = torch.cat([torch.zeros_like(v[:, :1]), v[:, 1:] - v[:, :-1]], dim=1)
        growth = torch.einsum("dts,bsd->btd",
                              _smoothing(torch.sigmoid(self.growth_logit), self.steps), change)
        z = self.act(self.gain * self.mix(e + level + growth + season))
        return self.head(torch.cat([z.mean(dim=1), z.amax(dim=1), z[:, -1]], dim=1))


class Hopular(nn.Module):
    """A Hopular-style tabular net: each reading embedded on its own (a learnt vector times the
    reading plus a learnt bias), the embeddings mapped to ``width`` (``activation``), ``trunk``
    more hidden layers, then ``layers`` Hopfield layers in which the sample's state retrieves
    from a fixed memory of training rows (the first ``memory`` rows trained on, encoded the same
    way) by softmax attention (inverse temperature ``beta``) and adds what it retrieves; a last
    ``activation`` (its pre-activation shifted by ``shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 4,
                 width: int = 32, layers: int = 2, memory: int = 96, beta: float = 1.0,
                 trunk: int = 0, activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.embed_w = nn.Parameter(torch.randn(n_in, dim) * 0.5)
        self.embed_b = nn.Parameter(torch.zeros(n_in, dim))
        stack: list[nn.Module] = [nn.Linear(n_in * dim, width), _ACTS[activation]()]
        for _ in range(trunk):
            stack += [nn.Linear(width, width), _ACTS[activation]()]
        self.encode = nn.Sequential(*stack)
        self.query = nn.ModuleList(nn.Linear(width, width) for _ in range(layers))
        self.key = nn.ModuleList(nn.Linear(width, width) for _ in range(layers))
        self.val = nn.ModuleList(nn.Linear(width, width) for _ in range(layers))
        self.beta = beta / float(np.sqrt(width))
        self.out_act = _ACTS[activation]()
        self.shift = shift
        self.head = nn.Linear(width, n_outputs)
        self.register_buffer("memory", torch.zeros(memory, n_in))
        self.register_buffer("stored", torch.zeros((), dtype=torch.long))

    def _encode(self, x: torch.Tensor) -> torch.Tensor:
        e = x[:, :, None] * self.embed_w + self.embed_b
        return self.encode(e.flatten(1))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        size = self.memory.shape[0]
        if self.training and torch.is_grad_enabled() and int(self.stored) < size:
            start = int(self.stored)
            take = min(size - start, x.shape[0])
            self.memory[start:start + take] = x[:take].detach()
            self.stored += take
        h = self._encode(x)
        if int(self.stored) > 0:
            m = self._encode(self.memory[:int(self.stored)])
            for q, k, v in zip(self.query, self.key, self.val, strict=True):
                attn = torch.softmax(self.beta * q(h) @ k(m).T, dim=1)
                h = h + attn @ v(m)
        return self.head(self.out_act(h + self.shift))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout402"
WV = _factory(f"{HERE}:waves", seed=4020)
SG = _factory(f"{HERE}:signs", seed=4021)
GA = _factory(f"{HERE}:gauges", seed=4022)
FL = _factory(f"{HERE}:flows", seed=4023)
FL_RAW = _factory(f"{HERE}:flows", scale=250.0, shift=5000.0, seed=4024)


def _fn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FasterNet", "args": args}


def _ets(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ETSformer", "args": args}


def _hop(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Hopular", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.95, 0.999) and eps 1e-7."""
    return _s(data, optim="adam", optim_args={"betas": (0.95, 0.999), "eps": 1e-7}, **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.9 and momentum 0.3."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.9, "momentum": 0.3}, **kw)


def _sg(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 and weight decay 1e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "weight_decay": 1e-4}, **kw)


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
    Case("h402_divergence_flows_raw_hopular_sgd", "the flows regression times 250 plus 5000 "
         "(targets unscaled), the Hopular net of 20, plain SGD at LR 0.01, batch 24",
         {"data": FL_RAW, "model": _hop(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 4.9e10 at the second, NaN"
                      f" at the third, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h402_exploding_gauges_hopular_trunk6_std1", "the Hopular net with a trunk of 6 more "
         "ReLU layers of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, "
         "batch 30",
         {"data": GA, "model": {**_hop(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "at_chance"),
         why_allowed=("the validation loss 1.49e5 to 1.51e5 at every epoch; gradient norms 9e4 to"
                      " 1.8e5 (healthy at most 8.3); update ratios near 2.6e-6, a side effect of "
                      "the LR; accuracy 0.2179, 0.061 below the majority share 0.2786"),
         verdict="failed"),
    Case("h402_dead_relu_gauges_hopular_shift10", "the Hopular net of 32 on the gauges with its "
         "last ReLU's pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _hop(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the last ReLU logged dead (healthy at most 16%), so no "
                      "gradient reaches any layer (norms 0): the validation loss 1.385 to 1.381 "
                      "(ln 4); accuracy 0.2786 at the majority share, every test prediction in "
                      "one class"), verdict=TP),
    Case("h402_dead_relu_gauges_hopular_trunk2_rmsprop_lr01", "the Hopular net with a trunk of "
         "2 more ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _hop(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 4.8e5 in epoch 1, then 1.4 (ln 4), so the blow-up "
                      "passed; first update ratios up to 8.2; the last trunk layer 100% dead and "
                      "the last ReLU 97% (healthy at most 16%) with the first norms 0 after it; "
                      "the validation loss 1.403 to 1.405"), verdict=TP),
    Case("h402_update_ratio_high_waves_ets_adagrad_lr2", "the ETSformer of 16 on the waves, "
         "Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WV, "model": _ets(dim=16, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients", "not_training",
                "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.25 to 0.81, single steps up to 23 "
                      "(healthy quarter means at most 0.078); 99.9% of the tanh outputs "
                      "saturated (healthy at most 26%); the step loss 30 at its worst and the"
                      " validation loss 10.7 to 2.76, above ln 4; accuracy 0.35 (training "
                      "0.45), far below the baseline 0.6625 and 0.094 above the majority "
                      "share"),
         verdict=TP),
    Case("h402_update_ratio_low_signs_fasternet_sgd_lr1e9", "the FasterNet CNN on the signs, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": SG, "model": _fn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.395 at every epoch; update ratios at most 2.3e-10 "
                      "(healthy quarter means at least 1.5e-4); accuracy 0.2525 against a "
                      "majority share of 0.2575, 98% of the test predictions in one class"),
         verdict=TP),
    Case("h402_update_ratio_low_waves_ets_rmsprop_lr1e10", "the ETSformer of 16 on the waves, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _ets(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed"),
         why_allowed=("the validation loss 1.369 at every epoch; update ratios at most 7.5e-9"
                      " (healthy quarter means at least 1.5e-4); accuracy 0.2687 against a "
                      "majority share of 0.2563; 55% of the test predictions in one class"),
         verdict=TP),
    Case("h402_vanishing_gauges_hopular_trunk12_sigmoid_std005", "the Hopular net with a trunk "
         "of 12 more sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum "
         "0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_hop(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first embedding layer's gradients 2.3e-19 to 1.1e-18 (healthy first "
                      "norms at least 0.066); the validation loss 1.38 to 1.42 (near ln 4); "
                      "accuracy 0.2786 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h402_saturated_waves_ets_gain8_rmsprop", "the ETSformer of 16 on the waves with its "
         "tanh fed 8 times its input, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": WV, "model": _ets(dim=16, gain=8.0, activation="tanh"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("75% of the tanh outputs saturated (healthy at most 26%); the "
                      "validation loss 1.392 to 1.374 (ln 4); accuracy 0.3063, 0.05 above the"
                      " majority share 0.2563"),
         verdict=TP),
    Case("h402_slow_start_gauges_hopular_trunk3_std01_momentum9", "the Hopular net with a trunk "
         "of 3 more ReLU layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_hop(width=32, trunk=3), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.38 to 1.363 over the first 6 epochs of 15 (ln 4), "
                      "then 0.82 at the end, 1.8% above its epoch-12 minimum; accuracy 0.4964 "
                      "against the baseline 0.6607 (healthy 0.8571 and up); the last ReLU up to "
                      "34% dead (healthy at most 16%, overfit run 30%: not clearly outside)"),
         verdict=TP),
    Case("h402_unshuffled_gauges_hopular_rmsprop", "the gauges sorted by label, never shuffled, "
         "the Hopular net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _hop(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 27%); the "
                      "validation loss 1.386 to 1.372, still falling; accuracy 0.3071 against a "
                      "majority share of 0.2786; 63% of the test predictions in one class"),
         verdict=TP),
    Case("h402_mse_softmax_waves_ets_adam", "the waves trained with square error on the "
         "softmax, the ETSformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WV, "model": _ets(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8187 (healthy 0.8938 to "
                      "0.9313); the validation loss lowest at the end, still falling 12% in "
                      "the last epoch"),
         verdict=TP),
    Case("h402_noisy_gauges_hopular_b1_adam", "the gauges one row at a time (batch 1), the "
         "Hopular net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _hop(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "underfitting"),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 1.035 times its mean over the second half (healthy "
                      "runner runs 0.079 to 2.16), so noise is no clear finding; the validation "
                      "loss lowest at the end (falling 15% in the last epoch); accuracy 0.5571 "
                      "(training 0.5631), 0.10 below the baseline 0.6607"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h402_overfit_gauges_subset40_hopular_adamw", "40 rows of the gauges, the Hopular net "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _hop(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.575 (training 1.0; the healthy runs 0.8571 "
                      "and up); the validation loss lowest at epoch 5 of 150 (1.053), 3.5 times "
                      "it at the end"), verdict=GP),
    Case("h402_gap_signs_subset30_fasternet_adam", "30 images of the signs, the FasterNet CNN "
         "with 16 and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**SG, "subset": 30}, "model": _fn(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.365 (training 1.0; the healthy FasterNets"
                      " 0.73 and up); the validation loss lowest at epoch 3 of 100 (1.31), 3.26 "
                      "times it at the end"), verdict=GP),
    Case("h402_underfit_waves_ets_dim1_adam", "the waves through an ETSformer of 1 channel, "
         "Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WV, "model": _ets(dim=1, top_k=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "not_training"),
         why_allowed=("one channel cannot tell four classes: accuracy 0.25 (training 0.2729),"
                      " far below the baseline 0.6625 and within 0.05 of the majority share "
                      "0.2563; the validation loss 1.417 to 1.381"),
         verdict=TP),
    Case("h402_lightning_digits_momentum9_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.9 and weight decay 1e-4 at LR 1e20, 3300 units, batch 24, 3 epochs",
         script=lightning_run(_sg("digits", hidden=(3300,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h402_lightning_circles_adam95_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.95 and 0.999, eps 1e-7) at LR 1e-10, 3301 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_ad("circles", hidden=(3301,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6664 at every epoch; accuracy 0.6562 at its initial "
                      "weights, 0.156 above the majority share (so at_chance is not expected)"),
         verdict=TP),
    Case("h402_hf_trainer_wine_momentum9_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.9 and weight decay 1e-4 at LR 1e20 (decaying linearly), 3302 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_sg("wine", hidden=(3302,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h402_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop (alpha 0.9, momentum 0.3) at LR 1e-10 (decaying linearly), 3303 units, batch "
         "8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rm("iris", hidden=(3303,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.196 at every evaluation; accuracy 0.1333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h402_keras_moons_adam95_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.95 and 0.999, eps 1e-7) at LR 1e20, 3304 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(3304,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h402_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 3305 "
         "units, RMSprop (alpha 0.9, momentum 0.3) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rm("digits", hidden=(3305,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0); the "
                      "validation loss lowest at epoch 2 (2.511), 3.50 at the end"), verdict=GP),
    Case("h402_tensorboard_breast_cancer_momentum9_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.9 and weight decay 1e-4 at LR 1e20, 3306 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_sg("breast_cancer", hidden=(3306,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h402_tensorboard_circles_subset8_adam95_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3307 units, Adam (betas 0.95 and 0.999, eps 1e-7) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(3307,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5923, training 1.0); the "
                      "validation loss lowest early (2.435), 4.35 at the end"), verdict=GP),
    Case("h402_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.9, momentum 0.3) at LR 1e-3, 3308 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(3308,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 3.34 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h402_plain_digits_momentum9_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.9 and weight decay 1e-4 at LR 1e-10, 3309 units, batch 25, 4 epochs",
         script=plain_run(_sg("digits", hidden=(3309,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.294 at every epoch; accuracy 0.1588 at its initial "
                      "weights, 0.059 above the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy402_gauges_hopular_adam_cosine",
       {"data": GA, "model": _hop(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy402_gauges_hopular_gelu_adamw_step",
       {"data": GA, "model": _hop(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 26}}),
    _h("healthy402_gauges_hopular_rmsprop_exponential",
       {"data": GA, "model": _hop(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy402_gauges_hopular_tanh_momentum9_cosine",
       {"data": GA, "model": _hop(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy402_gauges_hopular_adagrad_inverse_time",
       {"data": GA, "model": _hop(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy402_flows_hopular_adam_cosine",
       {"data": FL, "model": _hop(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy402_flows_hopular_gelu_adamw_cosine",
       {"data": FL, "model": _hop(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 32}}),
    _h("healthy402_signs_fasternet_adam_cosine",
       {"data": SG, "model": _fn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 25}}),
    _h("healthy402_signs_fasternet_adamw_step",
       {"data": SG, "model": _fn(channels=[12, 24]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy402_signs_fasternet_rmsprop_cosine",
       {"data": SG, "model": _fn(channels=[12, 24]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy402_signs_fasternet_momentum9_cosine",
       {"data": SG, "model": _fn(),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy402_waves_ets_adam_cosine",
       {"data": WV, "model": _ets(dim=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy402_waves_ets_adamw_exponential",
       {"data": WV, "model": _ets(dim=16),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy402_waves_ets_rmsprop_cosine",
       {"data": WV, "model": _ets(dim=16),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy402_waves_ets_momentum9_cosine",
       {"data": WV, "model": _ets(dim=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy402_lightning_digits_adam95",
        lightning_run(_ad("digits", hidden=(3300,), lr=1e-3, epochs=7, batch_size=24)),
        "lightning"),
    _hs("healthy402_lightning_wine_momentum9",
        lightning_run(_sg("wine", hidden=(3301,), lr=1e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy402_lightning_moons_rmsprop",
        lightning_run(_rm("moons", hidden=(3302,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy402_hf_trainer_breast_cancer_adam95",
        hf_trainer_run(_ad("breast_cancer", hidden=(3303,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy402_hf_trainer_iris_momentum9",
        hf_trainer_run(_sg("iris", hidden=(3304,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy402_keras_circles_adam95",
        keras_run(_ad("circles", hidden=(3305,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy402_keras_wine_rmsprop",
        keras_run(_rm("wine", hidden=(3306,), lr=2e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy402_keras_breast_cancer_momentum9",
        keras_run(_sg("breast_cancer", hidden=(3307,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy402_tensorboard_iris_adam95",
        tensorboard_run(_ad("iris", hidden=(3308,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy402_tensorboard_digits_momentum9",
        tensorboard_run(_sg("digits", hidden=(3309,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy402_tensorboard_moons_rmsprop",
        tensorboard_run(_rm("moons", hidden=(3300,), lr=1e-3, epochs=12, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy402_plain_sine_rmsprop",
        plain_run(_rm("sine", hidden=(3301,), lr=5e-4, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy402_plain_breast_cancer_adam95",
        plain_run(_ad("breast_cancer", hidden=(3302,), lr=5e-4, epochs=8, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
