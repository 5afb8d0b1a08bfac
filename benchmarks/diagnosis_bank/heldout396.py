"""The three-hundred-ninety-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`MnasNet` (a MnasNet-style CNN:
a 3x3 stem, then four blocks of a fixed 'searched' recipe, :data:`RECIPE`, each a 1x1 expansion,
a 3x3 or 5x5 depthwise convolution, squeeze-and-excitation in the second and third, a 1x1
projection and a residual where the shapes match, max pools after the first and third, a global
average pool, a linear head), :class:`Autoformer` (an Autoformer-style encoder: each step's
readings embedded, series decompositions by a moving average of 5 steps (trend) and its remainder
(seasonal), an auto-correlation block that scores time lags by the FFT-computed autocorrelation
of queries and keys and sums the values rolled by the top-k lags with softmax weights, a
feed-forward layer; seasonal and trend parts summed, pooled over time as the mean and the last
step, a linear head) and :class:`GateNet` (a GateNet-style tabular net: each reading embedded, a
learnt sigmoid feature-embedding gate per feature, hidden layers each followed by a hidden gate,
the sigmoid of a linear map of the layer's output multiplying it, a linear head); no case fell
back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`cycles`, 800 noisy series of 20 steps in 3 readings (a sine of a short or long period at
a random phase, a trend up or down, a noise reading, random levels; 4 classes; seed 3960);
:func:`stamps`, 2400 10x10 images of a U, a Z, a C or an upright bar at a random place in noise
0.35, 2% random labels (4 classes; seed 3961); :func:`gauges`, a tabular 4-class set of 8
readings (a circle on two readings and a linear threshold of two more, 3% random labels, 1400
rows; seed 3962); :func:`outputs`, a tabular regression of 8 readings (a sine, a product, a step
and a linear term; 1200 rows; seed 3963; times 250 plus 5000 with seed 3964 for the divergence).
Script cases use AdamW with betas (0.85, 0.995) and weight decay 0.02, Adagrad with an initial
accumulator of 0.1 and SGD with momentum 0.8 and dampening 0.1 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 3240 to 3249.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one SQLite store per training process) only to check that the fault is real, from
the run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.275 on the gauges, 0.2604 on the stamps, 0.275 on the cycles. Baselines (validation): accuracy
0.6536 (gauges), 0.5542 (stamps), 0.5 (cycles); R2 0.7038 (outputs), 0.707 (the raw outputs).

Measured healthy ranges (runner): update-ratio quarter means 6.5e-5 to 0.049 (the MnasNet under
Adagrad the highest); the ``update_ratio_high`` run's first-quarter means 0.12 to 0.23 (single
steps up to 5.1); the ``update_ratio_low`` runs at most 1.8e-12 and 2e-9. Dead fractions at most
31% in the healthy GateNets and 22% on the outputs, but up to 65% in the healthy MnasNets'
depthwise units (none in the Autoformers); the shifted GateNet's
100%, the RMSprop-killed GateNet's 69% (only allowed: not clearly outside 65%). Saturated tanh
outputs at most 10% in the healthy runs (the tanh GateNet); the gain-40 Autoformer's 81%.
Gradient norms at most 4.6; the exploding run's 13 to 1282, the vanishing run's first-layer norms
9.7e-21. The step loss's position explains at most 21% of its within-epoch variance in the healthy
runner runs; the unshuffled run 100%. The step-loss swing (standard deviation of its step-to-step
change over its mean, second half) is 0.25 to 1.0 in the healthy runner runs, 1.22 in the batch-1
run, so ``noisy_loss`` is only allowed there and its state (still falling) is ``not_converged``.
Healthy scores (validation): gauges 0.8464-0.9357, stamps 0.8458-0.9, cycles 0.8438-0.8562,
outputs R2 0.7776 and 0.8382.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first cycles (16 steps in 2 readings, fixed periods of 4 and 8 steps and a fixed amplitude) were
read perfectly by the 5-nearest-neighbour baseline (1.0) while the first Autoformer (the time
mean alone pooled) could not see a trend's direction (0.48): the series now carry random
periods, amplitudes and levels and a noise reading (baseline 0.5) and the Autoformer pools the
last step beside the mean; the healthy GateNets on the gauges reached only 0.49 to 0.71 in 15
epochs (baseline 0.6536), so they train 24 to 30 epochs at higher LRs (the Adam run 24, as 30
ended 0.75% above its minimum); the Autoformers train 30 epochs (the AdamW run 19: at 30 it
ended 3.6% above its epoch-19 minimum); the GateNet with 4 layers at N(0, 0.12) and LR 0.02
never left ln 4 in 15 epochs, so the slow start has 3 layers at N(0, 0.15), LR 0.05 and 20
epochs; Adagrad at LR 2 blew the Autoformer's step loss up to 8e6 (validation loss 669 at the
end), so the ``update_ratio_high`` run is Adagrad at LR 0.5 (it blows up briefly and comes
back, ``diagnose`` set to train on); the tanh Autoformer with gain 12 had only 39% saturated
units (now gain 40); a one-channel Autoformer sat at chance, so the underfit one has two channels
and 40 epochs; the scripts that ended above their minimum were cut at it (Lightning's wine 12
epochs, the loop's breast cancer 9): each now ends at its lowest validation loss. Lightning's
stuck circles score 0.4297, 0.07 below the majority share, so ``at_chance`` is only allowed there.

Not met: the cases train in 1 to 22 s (the MnasNets 10 to 22 s on two busy cores, above the
10 s aimed at); the changed cases were checked in stores beside the first, then every case was
trained once more from this file as it stands (two fresh stores) and gave the same numbers; the
measured ranges above are from that last round. The
outputs' healthy R2 (0.7776 and 0.8382) is 0.07 and 0.13 above the ridge baseline 0.7038.

Labels from the metrics: the test predictions fall in one class in the shifted GateNet (100%),
the RMSprop-killed GateNet (97.9%), the stuck MnasNet (100%), the vanishing run (100%) and the
unshuffled run (100%), so ``predictions_collapsed`` is expected there, allowed in the exploding
run (66%) and the Adagrad Autoformer (60%); the exploding run, both dead GateNets, the stuck
MnasNet, the stuck and saturated Autoformers, the vanishing run and the unshuffled run score
within 0.05 of the majority share (``at_chance`` expected). The Adagrad Autoformer ends at 0.41
(training 0.43) and the two-channel Autoformer at 0.46 (at most 0.55) against healthy 0.84 and
up: ``underfitting`` expected. Keras' 16 digits' validation loss is lowest at its end, so only
``generalisation_gap`` is expected there; the other overfit runs end 2.5 to 4.3 times their early
minima. The loop's stuck digits score 0.053 (allowed), HF's stuck iris 0.033.

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


def cycles(n: int = 800, steps: int = 20, noise: float = 0.6, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 3 readings; the
    first reading holds a sine of amplitude 0.6 to 1.4 at a random phase whose period is short
    (2.5 to 3.5 steps) or long (8 to 12 steps), the second a linear trend of slope 0.05 to 0.12
    a step, up or down, the third only noise; the first two readings are shifted by random levels
    of N(0, 2) each (so near neighbours are near in level, not in shape); the class is the period
    (long: 2) plus the slope (up: 1), 4 classes. Given flattened, time-major (``steps * 3``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)
    x = rng.normal(0.0, noise, (n, steps, 3))
    for i, label in enumerate(y):
        period = rng.uniform(8.0, 12.0) if label // 2 else rng.uniform(2.5, 3.5)
        x[i, :, 0] += rng.uniform(0.6, 1.4) * np.sin(2 * np.pi * t / period
                                                      + rng.uniform(0, 2 * np.pi))
        x[i, :, :2] += rng.normal(0.0, 2.0, 2)
        slope = rng.uniform(0.05, 0.12) * (1.0 if label % 2 else -1.0)
        x[i, :, 1] += slope * (t - steps / 2)
    return x.reshape(n, steps * 3).astype(np.float32), y


_YOU = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_CUP = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)
_BAR = np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a U, a Z, a C, an upright bar), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_YOU, _ZED, _CUP, _BAR), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside the circle ``x0^2 + x1^2 > 1.4`` times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0.1; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.1)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a step of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(1.3 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0.0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class SqueezeExcite(nn.Module):
    """Squeeze-and-excitation: the channels' global means through a ReLU bottleneck of a
    quarter (at least 2) and a sigmoid give each channel a scale."""

    def __init__(self, channels: int) -> None:
        super().__init__()
        mid = max(2, channels // 4)
        self.reduce = nn.Linear(channels, mid)
        self.expand = nn.Linear(mid, channels)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = torch.relu(self.reduce(x.mean(dim=(2, 3))))
        return x * torch.sigmoid(self.expand(s))[:, :, None, None]


class MnasBlock(nn.Module):
    """A MnasNet block: a 1x1 expansion by ``expand``, a ``kernel`` x ``kernel`` depthwise
    convolution, units ``activation`` after both, squeeze-and-excitation where ``se``, a 1x1
    projection and a residual where the shapes match."""

    def __init__(self, c_in: int, c_out: int, expand: int, kernel: int, se: bool,
                 activation: str = "relu") -> None:
        super().__init__()
        mid = c_in * expand
        self.expand = nn.Conv2d(c_in, mid, 1)
        self.act1 = _ACTS[activation]()
        self.depthwise = nn.Conv2d(mid, mid, kernel, padding=kernel // 2, groups=mid)
        self.act2 = _ACTS[activation]()
        self.se = SqueezeExcite(mid) if se else nn.Identity()
        self.project = nn.Conv2d(mid, c_out, 1)
        self.residual = c_in == c_out

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.project(self.se(self.act2(self.depthwise(self.act1(self.expand(x))))))
        return x + h if self.residual else h


# the fixed 'searched' recipe: (output channel index, expansion, kernel, squeeze-excite, pool after)
RECIPE = ((0, 3, 3, False, True), (1, 3, 5, True, False), (1, 6, 3, True, True),
          (1, 3, 5, False, False))


class MnasNet(nn.Module):
    """A MnasNet-style CNN: a 3x3 stem convolution to ``channels[0]`` (``activation``), then the
    blocks of :data:`RECIPE` (3x3 or 5x5 depthwise kernels, squeeze-and-excitation in the second
    and third, 2x2 max pools after the first and third), a global average pool and a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), activation: str = "relu") -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], channels[0], 3, padding=1),
                                  _ACTS[activation]())
        layers: list[nn.Module] = []
        c_in = channels[0]
        for index, expand, kernel, se, pool in RECIPE:
            c_out = channels[index]
            layers.append(MnasBlock(c_in, c_out, expand, kernel, se, activation))
            if pool:
                layers.append(nn.MaxPool2d(2))
            c_in = c_out
        self.blocks = nn.Sequential(*layers)
        self.head = nn.Linear(c_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.blocks(self.stem(x)).mean(dim=(2, 3)))


def _decompose(x: torch.Tensor, kernel: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Series decomposition of ``x`` (batch, time, channels): the moving average over
    ``kernel`` steps (ends repeated) is the trend, the remainder the seasonal part."""
    pad = kernel // 2
    padded = torch.cat([x[:, :1].expand(-1, pad, -1), x, x[:, -1:].expand(-1, pad, -1)], dim=1)
    trend = nn.functional.avg_pool1d(padded.transpose(1, 2), kernel, stride=1).transpose(1, 2)
    return x - trend, trend


class AutoCorrelation(nn.Module):
    """Autoformer's auto-correlation: queries, keys and values from linear maps; each time lag is
    scored by the autocorrelation of queries and keys (computed by FFT, averaged over channels);
    the values rolled by the ``top_k`` best lags are summed with softmax weights of their
    scores, then projected."""

    def __init__(self, d_model: int, top_k: int = 3) -> None:
        super().__init__()
        self.q = nn.Linear(d_model, d_model)
        self.k = nn.Linear(d_model, d_model)
        self.v = nn.Linear(d_model, d_model)
        self.out = nn.Linear(d_model, d_model)
        self.top_k = top_k

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, length, d = x.shape
        q, k, v = self.q(x), self.k(x), self.v(x)
        corr = torch.fft.irfft(torch.fft.rfft(q, dim=1) * torch.fft.rfft(k, dim=1).conj(),
                               n=length, dim=1).mean(dim=2)  # (batch, lags)
        scores, lags = corr.topk(self.top_k, dim=1)
        weights = torch.softmax(scores, dim=1)
        index = (torch.arange(length, device=x.device)[None, None, :] + lags[:, :, None]) % length
        rolled = v[:, None].expand(b, self.top_k, length, d).gather(
            2, index[..., None].expand(b, self.top_k, length, d))
        return self.out((weights[:, :, None, None] * rolled).sum(dim=1))


class Autoformer(nn.Module):
    """An Autoformer-style encoder: each step's ``features`` readings embedded to ``d_model``;
    a series decomposition, auto-correlation on the seasonal part (added back), a second
    decomposition, a feed-forward layer (``activation``, its pre-activation times ``gain``) with
    a third decomposition; the seasonal part and the summed trends added, pooled over time (the
    mean over time and the last step side by side), and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 3,
                 d_model: int = 16, ff: int = 32, kernel: int = 5, top_k: int = 3,
                 activation: str = "relu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, d_model)
        self.corr = AutoCorrelation(d_model, top_k)
        self.ff_in = nn.Linear(d_model, ff)
        self.act = _ACTS[activation]()
        self.ff_out = nn.Linear(ff, d_model)
        self.kernel, self.gain = kernel, gain
        self.head = nn.Linear(2 * d_model, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x.reshape(x.shape[0], self.steps, self.features))
        seasonal, trend1 = _decompose(h, self.kernel)
        seasonal, trend2 = _decompose(seasonal + self.corr(seasonal), self.kernel)
        ffn = self.ff_out(self.act(self.gain * self.ff_in(seasonal)))
        seasonal, trend3 = _decompose(seasonal + ffn, self.kernel)
        out = seasonal + trend1 + trend2 + trend3
        return self.head(torch.cat([out.mean(dim=1), out[:, -1]], dim=1))


class GateNet(nn.Module):
    """A GateNet-style tabular net: each reading embedded to ``embed`` numbers (its own weight
    and bias vectors); a feature-embedding gate (a learnt sigmoid of each embedding, one
    number a feature) multiplies each embedding; the joined embeddings go through ``depth``
    hidden layers of ``width`` (linear and ``activation``, pre-activations shifted by ``shift``),
    each followed by a hidden gate (the sigmoid of a linear map of the layer's own output
    multiplying it); a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 4,
                 width: int = 32, depth: int = 2, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.emb_w = nn.Parameter(torch.randn(n_in, embed) * 0.5)
        self.emb_b = nn.Parameter(torch.zeros(n_in, embed))
        self.feature_gate = nn.Parameter(torch.randn(n_in, embed) * 0.1)
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        self.gates = nn.ModuleList()
        size = n_in * embed
        for _ in range(depth):
            self.layers.append(nn.Linear(size, width))
            self.acts.append(_ACTS[activation]())
            self.gates.append(nn.Linear(width, width))
            size = width
        self.shift = shift
        self.head = nn.Linear(size, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        e = x.flatten(1)[:, :, None] * self.emb_w + self.emb_b  # (batch, features, embed)
        g = torch.sigmoid((e * self.feature_gate).sum(dim=2, keepdim=True))
        h = (e * g).flatten(1)
        for layer, act, gate in zip(self.layers, self.acts, self.gates, strict=True):
            h = act(layer(h) + self.shift)
            h = h * torch.sigmoid(gate(h))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout396"
CY = _factory(f"{HERE}:cycles", seed=3960)
ST = _factory(f"{HERE}:stamps", seed=3961)
GA = _factory(f"{HERE}:gauges", seed=3962)
OU = _factory(f"{HERE}:outputs", seed=3963)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3964)


def _gate(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GateNet", "args": args}


def _mnas(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MnasNet", "args": args}


def _auto(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Autoformer", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.995) and weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.995), "weight_decay": 0.02},
              **kw)


def _m8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "dampening": 0.1}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


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
    Case("h396_divergence_outputs_raw_gatenet_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the GateNet of 24, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _gate(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.8e7 at the first step, 5.2e22 at the third, Inf "
                      f"at the fourth"), verdict="failed"),
    Case("h396_exploding_gauges_gatenet_depth6_std1", "the GateNet with 6 ReLU layers of 24 and "
         "N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_gate(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 114.9 at every epoch; gradient norms 13 to 1282 "
                      "(healthy at most 4.6); update ratios at most 1.2e-9, a side effect of the "
                      "LR; accuracy 0.2464 against a majority share of 0.275; 66% of the test "
                      "predictions in one class (below 90%); the step loss's position explains "
                      "47% of its within-epoch variance, as in the other stuck runs"),
         verdict="failed"),
    Case("h396_dead_relu_gauges_gatenet_shift10", "the GateNet of 32 on the gauges with its "
         "hidden ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _gate(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every hidden unit logged dead (healthy GateNets at most 31%, MnasNets "
                      "65%), so no gradient reaches the layers below (norms 0): the validation "
                      "loss 1.391 to 1.386 (ln 4); accuracy 0.2607 against a majority share of "
                      "0.275, every test prediction in one class"), verdict=TP),
    Case("h396_dead_relu_gauges_gatenet_rmsprop_lr01", "the GateNet of 3 ReLU layers of 32 on "
         "the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _gate(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("at_chance", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 1066 in epoch 1, then 1.38 (near ln 4), so the "
                      "blow-up passed; first-quarter update ratios up to 0.49 and gradient norms "
                      "up to 651 during it; 69% of a hidden layer's units logged dead (healthy "
                      "MnasNets up to 65%, not clearly outside); the validation loss 1.433 to "
                      "1.379; accuracy 0.2464 against a majority share of 0.275; 97.9% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h396_update_ratio_high_cycles_autoformer_adagrad_lr05", "the Autoformer of 16 on the "
         "cycles, Adagrad at LR 0.5, batch 26, 8 epochs",
         {"data": CY, "model": _auto(d_model=16),
          "optim": {"name": "adagrad", "lr": 0.5},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                "not_training", "predictions_collapsed", "unshuffled_data", "overfitting"),
         why_allowed=("first-quarter mean update ratios 0.12 to 0.23, single steps up to 5.1 "
                      "(healthy quarter means at most 0.049), later quarters 1.5e-4 to 0.005; the "
                      "step loss up to 1697 in the first epoch and gradient norms up to 1249 "
                      "during it, then back (late norms 1 to 7); the validation loss 3.61 to "
                      "1.32 to 1.55, above ln 4 at the end; accuracy 0.4125 (training 0.43) "
                      "against healthy 0.84 and up and a baseline of 0.5; 60% of the test "
                      "predictions in one class; the step loss's position explains 27% of its "
                      "within-epoch variance (healthy at most 21%)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h396_update_ratio_low_stamps_mnasnet_sgd_lr1e9", "the MnasNet on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _mnas(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.387 at every epoch; update ratios at most 1.8e-12 "
                      "(healthy quarter means at least 6.5e-5); accuracy 0.2604 at the majority "
                      "share 0.2604, every test prediction in one class"), verdict=TP),
    Case("h396_update_ratio_low_cycles_autoformer_rmsprop_lr1e10", "the Autoformer of 16 on "
         "the cycles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CY, "model": _auto(d_model=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.433 at every epoch; update ratios at most 2e-9 "
                      "(healthy quarter means at least 6.5e-5); accuracy 0.2313, 0.044 below the "
                      "majority share 0.275; 49% of the test predictions in one class"),
         verdict=TP),
    Case("h396_vanishing_gauges_gatenet_depth12_sigmoid_std005", "the GateNet with 12 sigmoid "
         "layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": GA, "model": {**_gate(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first layer's gradients 9.7e-21 at their smallest (healthy first "
                      "norms at least 1e-4); the validation loss 1.386 to 1.392 (ln 4); accuracy "
                      "0.2357 against a majority share of 0.275, every test prediction in one "
                      "class"), verdict=TP),
    Case("h396_saturated_cycles_autoformer_tanh_gain40_rmsprop", "the Autoformer of 16 on the "
         "cycles with a tanh feed-forward layer whose pre-activation is multiplied by 40, plain "
         "RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": CY, "model": _auto(d_model=16, activation="tanh", gain=40.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients"),
         why_allowed=("81% of the tanh outputs saturated (healthy at most 10%); the validation "
                      "loss 1.375 to 1.359 (ln 4); accuracy 0.3063 against a majority share of "
                      "0.275; 37.5% of the test predictions in one class; the step loss's "
                      "position explains 63% of its small within-epoch variance"), verdict=TP),
    Case("h396_slow_start_gauges_gatenet_depth3_std015_momentum9", "the GateNet with 3 ReLU "
         "layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 20 epochs",
         {"data": GA, "model": {**_gate(width=32, depth=3), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first-quarter update ratios down to 1.7e-5 (healthy 6.5e-5 and up, not "
                      "clearly below); at most 16% dead units; the validation loss 1.381 to 1.368 "
                      "over the first 5 of 20 epochs, then 0.470 at the end (lowest, still "
                      "falling); accuracy 0.8357 against healthy 0.8464 and up"), verdict=TP),
    Case("h396_unshuffled_gauges_gatenet_rmsprop", "the gauges sorted by label, never shuffled, "
         "the GateNet of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _gate(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 21%); the "
                      "validation loss 1.402 to 1.398 (the LR is small); accuracy 0.2357 "
                      "against a majority share of 0.275; every test prediction in one class"),
         verdict=TP),
    Case("h396_mse_softmax_cycles_autoformer_adam", "the cycles trained with square error on "
         "the softmax, the Autoformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": CY, "model": _auto(d_model=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8688 (healthy 0.8438 to 0.8562), "
                      "the validation loss lowest at the end; the step loss's position explains "
                      "23% of its within-epoch variance (healthy at most 21%)"), verdict=TP),
    Case("h396_noisy_gauges_gatenet_b1_adam", "the gauges one row at a time (batch 1), the "
         "GateNet of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _gate(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.22 times its mean over the second half (healthy "
                      "runner runs up to 1.0), so noise is no clear finding; gradient norms up to "
                      "12; the validation loss 0.826 to 0.763, lowest at the end (falling 7.7% "
                      "in the last epoch); accuracy 0.5643, 0.09 below the baseline 0.6536"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h396_overfit_gauges_subset40_gatenet_adamw", "40 rows of the gauges, the GateNet of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _gate(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4679 (training 1.0; the healthy runs "
                      "0.8464 and up); the validation loss lowest at epoch 4 of 150 (1.273), "
                      "4.0 times it at the end"), verdict=GP),
    Case("h396_gap_stamps_subset30_mnasnet_adam", "30 images of the stamps, the MnasNet with 16 "
         "and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _mnas(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("30 images teach less: accuracy 0.5292 (training 1.0; the healthy MnasNets "
                      "0.8458 and up); the validation loss lowest at 1.132, 4.3 times it at the "
                      "end; up to 60% dead units, within the healthy MnasNets' 65%"), verdict=GP),
    Case("h396_underfit_cycles_autoformer_two_channels_adam", "the cycles through an Autoformer "
         "of two channels (d_model 2, feed-forward 2, one lag), Adam at LR 0.01, batch 25, 40 "
         "epochs",
         {"data": CY, "model": _auto(d_model=2, ff=2, top_k=1),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 40, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_high", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("two channels cannot tell four classes: accuracy 0.4625 at the end, at "
                      "most 0.55 (training 0.53), against healthy 0.8438 and up and a baseline "
                      "of 0.5; the validation loss 5.8% above its minimum (0.806) at the end; "
                      "the auto-correlation's queries and keys get next to no gradient (their "
                      "lag choice has none)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h396_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 and dampening 0.1 at LR 1e20, 3240 units, batch 24, 3 epochs",
         script=lightning_run(_m8("digits", hidden=(3240,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the epoch loss NaN from the first epoch; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h396_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.85 and 0.995, weight decay 0.02) at LR 1e-10, 3241 units, batch "
         "20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(3241,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7221 at every epoch; accuracy 0.4297 at its initial "
                      "weights, 0.07 below the majority share"), verdict=TP),
    Case("h396_hf_trainer_wine_momentum8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.8 and dampening 0.1 at LR 1e20 (decaying linearly), 3242 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m8("wine", hidden=(3242,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h396_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (initial accumulator 0.1) at LR 1e-10 (decaying linearly), 3243 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(3243,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.12 at every evaluation; accuracy 0.0333 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h396_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.85 and 0.995, weight decay 0.02) at LR 1e20, 3244 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(3244,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h396_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 3245 units, "
         "Adagrad (initial accumulator 0.1) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(3245,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4986, training 1.0); the "
                      "validation loss 4.90 at epoch 1 and lowest at the end (4.38), so it does "
                      "not overfit in its loss"), verdict=GP),
    Case("h396_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 and dampening 0.1 at LR 1e20, 3246 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_m8("breast_cancer", hidden=(3246,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the validation loss NaN from the first epoch; accuracy "
                      f"0.3684, far below 0.63"), verdict="failed"),
    Case("h396_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3247 units, AdamW (betas 0.85 and 0.995, weight decay 0.02) "
         "at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(3247,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at 1.627, 2.5 times it at the end"), verdict=GP),
    Case("h396_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.1) at LR 0.05, 3248 units, "
         "batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(3248,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 717 at step 2 and settles back to 0.14)"),
         verdict="failed", expect_step=15),
    Case("h396_plain_digits_momentum8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.8 and dampening 0.1 at LR 1e-10, 3249 units, batch 25, 4 epochs",
         script=plain_run(_m8("digits", hidden=(3249,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.335 at every epoch; accuracy 0.0529 at its initial "
                      "weights, far below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy396_gauges_gatenet_adam_cosine",
       {"data": GA, "model": _gate(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 24, "batch_size": 28}}),
    _h("healthy396_gauges_gatenet_gelu_adamw_step",
       {"data": GA, "model": _gate(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 10, "gamma": 0.4},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy396_gauges_gatenet_rmsprop_exponential",
       {"data": GA, "model": _gate(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.95},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy396_gauges_gatenet_tanh_momentum9_cosine",
       {"data": GA, "model": _gate(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy396_gauges_gatenet_adagrad_inverse_time",
       {"data": GA, "model": _gate(width=24),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy396_outputs_gatenet_adam_cosine",
       {"data": OU, "model": _gate(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy396_outputs_gatenet_gelu_adamw_cosine",
       {"data": OU, "model": _gate(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy396_stamps_mnasnet_adam_cosine",
       {"data": ST, "model": _mnas(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy396_stamps_mnasnet_adamw_step",
       {"data": ST, "model": _mnas(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy396_stamps_mnasnet_rmsprop_cosine",
       {"data": ST, "model": _mnas(channels=[12, 16]),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy396_stamps_mnasnet_adagrad_cosine",
       {"data": ST, "model": _mnas(channels=[12, 16]),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy396_cycles_autoformer_adam_cosine",
       {"data": CY, "model": _auto(d_model=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy396_cycles_autoformer_adamw_exponential",
       {"data": CY, "model": _auto(d_model=16),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 19, "batch_size": 24}}),
    _h("healthy396_cycles_autoformer_rmsprop_cosine",
       {"data": CY, "model": _auto(d_model=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy396_cycles_autoformer_momentum9_cosine",
       {"data": CY, "model": _auto(d_model=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _hs("healthy396_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(3240,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy396_lightning_wine_momentum8",
        lightning_run(_m8("wine", hidden=(3241,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy396_lightning_moons_adagrad",
        lightning_run(_ag("moons", hidden=(3242,), lr=0.01, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy396_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(3243,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy396_hf_trainer_iris_momentum8",
        hf_trainer_run(_m8("iris", hidden=(3244,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy396_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(3245,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy396_keras_wine_adagrad",
        keras_run(_ag("wine", hidden=(3246,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy396_keras_breast_cancer_momentum8",
        keras_run(_m8("breast_cancer", hidden=(3247,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy396_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(3248,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy396_tensorboard_digits_momentum8",
        tensorboard_run(_m8("digits", hidden=(3249,), lr=3e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy396_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(3240,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy396_plain_sine_adagrad",
        plain_run(_ag("sine", hidden=(3241,), lr=0.01, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy396_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(3242,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
