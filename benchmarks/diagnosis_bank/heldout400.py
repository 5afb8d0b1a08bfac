"""The four-hundredth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`ASMLP` (an AS-MLP-style image
model: a 2x2 patch embedding, axial-shift blocks whose channel groups are shifted by -1, 0 and +1
along the height in one branch and along the width in the other, zero-filled, each branch a 1x1
channel projection, the two summed, then a norm and a channel MLP, both with residuals; a global
average pool and a linear head), :class:`FEDformer` (a FEDformer-style sequence model: a series
decomposition by a moving average of 5 steps, the seasonal part embedded and passed through a
frequency-enhanced block that keeps the lowest 7 FFT modes multiplied by learnt complex weights and
transforms back, a feed-forward layer, the embedded trend added, a mean over time and a head) and
:class:`ARMNet` (an ARM-Net-style tabular model: each reading embedded, an exponential-neuron layer
computing ``prod_i |e_i| ** w_ki`` with the weights gated per sample by a softmax attention over
the fields, layer-normalised and joined to the embeddings, an MLP head); no case fell back to the
runner's built-in models. Every data set is this module's own ``data.factory``: :func:`chirps`,
800 noisy series of 16 steps in 2 readings, each reading a sine at a random phase of a slow or a
fast frequency (4 classes; seed 4000); :func:`tokens`, 2400 10x10 images of a plus, a cross, a
ring or a bar at a random place in noise 0.35, 2% random labels (4 classes; seed 4001);
:func:`gauges`, a tabular 4-class set of 8 readings (a threshold on ``|x0 - 0.5 x1|`` and a linear
threshold of two more, 3% random labels, 1400 rows; seed 4002); :func:`outputs`, a tabular
regression of 8 readings (a product, a sine, a step and a linear term; 1200 rows; seed 4003; times
250 plus 5000 with seed 4004 for the divergence). Script cases use RMSprop with alpha 0.95 and
eps 1e-6, Adam with betas (0.8, 0.999) and SGD with Nesterov momentum 0.85 on digits, wine, iris,
breast cancer, moons, circles and the sine; every script case holds a hidden width of 3280 to
3289. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or
0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (two SQLite files, one per worker) only to check that the fault is real, from the
run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
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
0.2643 on the gauges, 0.2563 on the tokens, 0.2688 on the chirps. Baselines (validation): accuracy
0.5964 (gauges), 0.5354 (tokens), 0.8063 (chirps); R2 0.6953 (outputs), 0.6687 (the raw outputs).

Measured healthy ranges (runner): update-ratio quarter means 2e-5 to 0.092 (the ARM-Net under
Adagrad); the ``update_ratio_high`` run's first-quarter means 0.26 to 0.59; the
``update_ratio_low`` runs at most 2.5e-12 and 4.8e-9. Dead fractions 0% in every healthy run with
ReLU units; the shifted head's 100%, the RMSprop-killed head's 100% and 94%. Saturated tanh units
at most 58% in the healthy runs (the ARM-Net's tanh head under momentum, the only healthy tanh
run); the Adagrad FEDformer's 99.99%, the gain-60 FEDformer's 91%. Gradient norms at most 5.6;
the exploding run's 709 to 7290, the vanishing run's first head layer 1.2e-16 to 6.4e-16. The step
loss's position explains at most 24.7% of its within-epoch variance in the healthy runner runs;
the unshuffled run 99.2%. The step-loss swing (standard deviation of its step-to-step change over
its mean, second half) is 0.23 to 0.80 in the healthy runner runs, 1.51 in the batch-1 run.
Healthy scores (validation): gauges 0.8357-0.9143, tokens 0.7854-0.8313, chirps 0.875-0.9563,
outputs R2 0.8925 and 0.91.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
ARM-Nets on the gauges that ended above their minimum were cut at it (Adam cosine 15 to 10 epochs,
AdamW step 15 to 14, RMSprop exponential 15 to 13); the ARM-Net under Adagrad (LR 0.03, 0.8107,
more than 0.1 below the best 0.9143) got LR 0.06 and then 10 epochs (it ended 1.3% above its
epoch-10 minimum at 15); the AS-MLPs (12 epochs, 0.675 to 0.79, still improving) got 15 to 16
epochs, RMSprop LR 3e-3 and Adagrad LR 0.08, the ReLU AS-MLP cut at its epoch-15 minimum; the
FEDformer with tanh units under momentum 0.9 (LR 0.03) stayed near ln 4 (0.4375), so that healthy
run is now a FEDformer under Adagrad (LR 0.03, cosine, 10 epochs; at LR 0.05 and 20 epochs it
ended 3% above its epoch-5 minimum); the scripts that ended above their minimum were cut at it
(Lightning's wine 12 epochs and moons 12, the loop's sine 5 and breast cancer 9). The saturated
FEDformer's first gain of 12 saturated 56% of its tanh units, not outside the healthy 58%, so
the gain is 60 (91%). The slow start's first head (3 layers, N(0, 0.15), LR 0.02) fell below ln 4
in its first epoch; a head of 5 layers (N(0, 0.1)) stayed flat for 7 epochs but ended at 0.53;
the case is a head of 4 layers, N(0, 0.08), LR 0.01, 24 epochs. The Adagrad FEDformer now sets
``"diagnose": NOSTOP`` (its validation loss is 44 after the first epoch); this changes no training.

Not met: the chirps' baseline is high (0.8063), so the healthy FEDformers are 0.07 to 0.15 above
it; the changed cases were checked in stores beside the first, and the measured ranges above mix
the rounds. The slow start ends 19% above its epoch-23 minimum (a noisy step); ``slow_start`` is
expected from its loss, flat at ln 4 (1.385 to 1.371) for 8 of 24 epochs before it falls.

Labels from the metrics: the test predictions fall in one class in the shifted head (100%), the
killed head (100%), the vanishing run (100%) and the stalled RMSprop FEDformer (99.4%), so
``predictions_collapsed`` is expected there, allowed in the exploding run (73.6%), the saturated
FEDformer (72%) and the one-channel FEDformer (85%); the exploding run, both dead heads, the
Adagrad FEDformer, both stalled runs, the vanishing run and the one-channel FEDformer score within
0.05 of the majority share (``at_chance`` expected); the saturated FEDformer scores 0.1 above it
and the unshuffled ARM-Net 0.18 above it (``underfitting`` expected there instead). Lightning's
stuck circles score 0.4375, 0.0625 below 0.5 (allowed); the loop's stuck digits 0.0919, HF's
stuck iris 0.0333.

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


def chirps(n: int = 800, steps: int = 16, noise: float = 0.8, amp: float = 1.0,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; reading
    0 holds a sine of 2 or 4 cycles, reading 1 one of 3 or 6 cycles, each at a random phase and
    amplitude ``amp`` in Gaussian noise ``noise``; the class is which frequencies (4 classes: both
    slow, reading 1 fast, reading 0 fast, both fast). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps) / steps
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        for r, (slow, fast) in enumerate(((2, 4), (3, 6))):
            f = fast if (label // 2 if r == 0 else label % 2) else slow
            x[i, :, r] += amp * np.sin(2 * np.pi * f * t + rng.uniform(0, 2 * np.pi))
    return x.reshape(n, steps * 2).astype(np.float32), y


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_BAR = np.array([[0, 1, 0], [0, 1, 0], [0, 1, 0]], dtype=float)


def tokens(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 token each at a random
    place (4 classes: a plus, a cross, a ring, a vertical bar), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _RING, _BAR), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``|x0 - 0.5 x1|`` exceeds 0.8 times 2 plus whether ``x2 + 0.6 x3`` exceeds 0; readings 4 to 7
    are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (np.abs(x[:, 0] - 0.5 * x[:, 1]) > 0.8).astype(int) + (x[:, 2] + 0.6 * x[:, 3] > 0)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a sine
    of a third, a threshold step of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 1] + 1.2 * np.sin(1.2 * x[:, 2]) + 1.0 * (x[:, 3] > 0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


def _shift(x: torch.Tensor, dim: int) -> torch.Tensor:
    """Channel groups of ``x`` (batch, channels, height, width) shifted by -1, 0 and +1 along
    ``dim`` (2: height, 3: width), zero-filled."""
    groups = torch.chunk(x, 3, dim=1)
    out = []
    for g, s in zip(groups, (-1, 0, 1), strict=False):
        if s == 0:
            out.append(g)
            continue
        pad = [0, 0, 0, 0]
        pad[(3 - dim) * 2] = 1
        pad[(3 - dim) * 2 + 1] = 1
        p = nn.functional.pad(g, pad)
        size = g.shape[dim]
        out.append(p.narrow(dim, 1 - s, size))
    return torch.cat(out, dim=1)


class AxialShiftBlock(nn.Module):
    """An AS-MLP block: a norm, then the channel groups shifted along the height (one branch) and
    the width (the other), each branch a 1x1 channel projection, the two summed, a residual; a
    second norm and a channel MLP (1x1, ``activation``, 1x1) with a residual."""

    def __init__(self, dim: int, ratio: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        self.norm1 = nn.GroupNorm(1, dim)
        self.proj_h = nn.Conv2d(dim, dim, 1)
        self.proj_w = nn.Conv2d(dim, dim, 1)
        self.norm2 = nn.GroupNorm(1, dim)
        self.fc1 = nn.Conv2d(dim, dim * ratio, 1)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Conv2d(dim * ratio, dim, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm1(x)
        x = x + self.proj_h(_shift(h, 2)) + self.proj_w(_shift(h, 3))
        return x + self.fc2(self.act(self.fc1(self.norm2(x))))


class ASMLP(nn.Module):
    """An AS-MLP-style image model: a ``patch`` x ``patch`` patch embedding to ``dim`` channels,
    ``depth`` axial-shift blocks, a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 depth: int = 2, patch: int = 2, ratio: int = 2,
                 activation: str = "gelu") -> None:
        super().__init__()
        self.embed = nn.Conv2d(input_shape[0], dim, patch, stride=patch)
        self.blocks = nn.Sequential(*(AxialShiftBlock(dim, ratio, activation)
                                      for _ in range(depth)))
        self.norm = nn.GroupNorm(1, dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm(self.blocks(self.embed(x)))
        return self.head(h.mean(dim=(2, 3)))


class FEDformer(nn.Module):
    """A FEDformer-style sequence model: the series (``features`` readings a step) split by a
    moving average of ``kernel`` steps into a trend and a seasonal part; the seasonal part
    embedded to ``d_model`` and passed through a frequency-enhanced block (the FFT over time,
    the lowest ``modes`` modes multiplied by learnt complex ``d_model`` x ``d_model`` weights,
    the rest dropped, the inverse FFT) with a residual, then a feed-forward layer
    (``activation``, its pre-activation times ``gain``) with a residual; the embedded trend added,
    the sum averaged over time, a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 d_model: int = 16, modes: int = 7, kernel: int = 5,
                 activation: str = "gelu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.modes = min(modes, self.steps // 2 + 1)
        self.kernel = kernel
        self.embed = nn.Linear(features, d_model)
        self.trend = nn.Linear(features, d_model)
        scale = 1.0 / d_model
        self.w_re = nn.Parameter(scale * torch.randn(self.modes, d_model, d_model))
        self.w_im = nn.Parameter(scale * torch.randn(self.modes, d_model, d_model))
        self.ff1 = nn.Linear(d_model, 2 * d_model)
        self.act = _ACTS[activation]()
        self.gain = gain
        self.ff2 = nn.Linear(2 * d_model, d_model)
        self.head = nn.Linear(d_model, n_outputs)

    def _trend(self, seq: torch.Tensor) -> torch.Tensor:
        pad = (self.kernel - 1) // 2
        s = seq.transpose(1, 2)  # (batch, features, steps)
        s = nn.functional.pad(s, (pad, self.kernel - 1 - pad), mode="replicate")
        return nn.functional.avg_pool1d(s, self.kernel, stride=1).transpose(1, 2)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        trend = self._trend(seq)
        h = self.embed(seq - trend)
        spec = torch.fft.rfft(h, dim=1)  # (batch, steps // 2 + 1, d_model)
        w = torch.complex(self.w_re, self.w_im)
        kept = torch.einsum("bmi,mio->bmo", spec[:, :self.modes], w)
        out = torch.zeros_like(spec)
        out[:, :self.modes] = kept
        h = h + torch.fft.irfft(out, n=self.steps, dim=1)
        h = h + self.ff2(self.act(self.gain * self.ff1(h)))
        h = h + self.trend(trend)
        return self.head(h.mean(dim=1))


class ARMNet(nn.Module):
    """An ARM-Net-style tabular model: each of the readings embedded (``x_i v_i + b_i``, ``embed``
    wide); an exponential-neuron layer of ``neurons`` neurons, each the exp of a learnt weighted
    sum of the logs of the embeddings' magnitudes (``prod_i |e_i| ** w_ki``), the weights gated
    per sample by a softmax attention of the neuron's query over the fields; the neurons' outputs
    layer-normalised and joined to the embeddings, then an MLP head of ``trunk`` hidden layers of
    ``hidden`` (linear and ``activation``, pre-activations shifted by ``shift``) and a linear
    output."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, embed: int = 6,
                 neurons: int = 12, hidden: int = 32, trunk: int = 1,
                 activation: str = "relu", shift: float = 0.0) -> None:
        super().__init__()
        fields = int(np.prod(input_shape))
        self.fields, self.embed_dim = fields, embed
        self.v = nn.Parameter(torch.randn(fields, embed))
        self.b = nn.Parameter(0.1 * torch.randn(fields, embed))
        self.w = nn.Parameter(0.3 * torch.randn(neurons, fields))
        self.query = nn.Parameter(torch.randn(neurons, embed) / np.sqrt(embed))
        self.key = nn.Linear(embed, embed, bias=False)
        self.norm = nn.LayerNorm(neurons * embed)
        n_in = neurons * embed + fields * embed
        self.shift = shift
        self.hidden = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(trunk):
            self.hidden.append(nn.Linear(n_in, hidden))
            self.acts.append(_ACTS[activation]())
            n_in = hidden
        self.out = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        e = x.flatten(1)[:, :, None] * self.v + self.b  # (batch, fields, embed)
        keys = self.key(e)  # (batch, fields, embed)
        att = torch.softmax(torch.einsum("ke,bfe->bkf", self.query, keys)
                            / np.sqrt(self.embed_dim), dim=2)
        weights = self.w * att * self.fields  # (batch, neurons, fields)
        logs = torch.log(e.abs() + 1e-3)
        power = torch.einsum("bkf,bfe->bke", weights, logs).clamp(-12.0, 12.0)
        z = self.norm(torch.exp(power).flatten(1))
        h = torch.cat([z, e.flatten(1)], dim=1)
        for lin, act in zip(self.hidden, self.acts, strict=True):
            h = act(lin(h) + self.shift)
        return self.out(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout400"
CH = _factory(f"{HERE}:chirps", seed=4000)
TK = _factory(f"{HERE}:tokens", seed=4001)
GA = _factory(f"{HERE}:gauges", seed=4002)
OU = _factory(f"{HERE}:outputs", seed=4003)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=4004)


def _arm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ARMNet", "args": args}


def _asm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ASMLP", "args": args}


def _fed(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FEDformer", "args": args}


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.95 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95, "eps": 1e-6}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.999)}, **kw)


def _nm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.85."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "nesterov": True}, **kw)


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
    Case("h400_divergence_outputs_raw_armnet_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the ARM-Net of 24, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _arm(hidden=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, 4.3e33 by "
                      f"the third and NaN at the fourth, with the gradient norms and update "
                      f"ratios"), verdict="failed"),
    Case("h400_exploding_gauges_armnet_trunk6_std1", "the ARM-Net with a head of 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_arm(hidden=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 5759 to 5756 over the 3 epochs; gradient "
                      "norms 709 to 7290 (healthy at most 5.6); update ratios at most 6.1e-8, a "
                      "side effect of the LR; accuracy 0.225 against a majority share of "
                      "0.2643; 73.6% of the test predictions in one class (below 90%)"),
         verdict="failed"),
    Case("h400_dead_relu_gauges_armnet_shift10", "the ARM-Net of 32 on the gauges with its head "
         "layer's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _arm(hidden=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every head unit logged dead (healthy runs "
                      "0%), so no gradient reaches any layer (norms 0): the validation loss 1.390 "
                      "to 1.387 (ln 4); accuracy 0.2643, the majority share, every test "
                      "prediction in one class"), verdict=TP),
    Case("h400_dead_relu_gauges_armnet_trunk2_rmsprop_lr01", "the ARM-Net with a head of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _arm(hidden=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 2677 in epoch 1, then 1.35 to 1.42 (ln 4), so the "
                      "blow-up passed; first update ratios up to 18.7, then 0 as the units died; "
                      "100% of the first head layer's units and 94% of the second logged dead "
                      "(healthy 0%); accuracy 0.2464 against a majority share of 0.2643; every "
                      "test prediction in one class"), verdict=TP),
    Case("h400_update_ratio_high_chirps_fedformer_adagrad_lr2", "the FEDformer of 16 with tanh "
         "units on the chirps, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": CH, "model": _fed(activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "at_chance"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.26 to 0.59, single steps up to 19.8 "
                      "(healthy quarter means at most 0.092); 99.99% of the tanh units "
                      "saturated (healthy at most 58%, the ARM-Net's tanh head); the validation "
                      "loss 44.1 at epoch 1 and 5.66 at the end, far above ln 4; accuracy 0.2188 "
                      "against a majority share of 0.2688; 58% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h400_update_ratio_low_tokens_asmlp_sgd_lr1e9", "the AS-MLP on the tokens, plain SGD at "
         "LR 1e-9, batch 30, 4 epochs",
         {"data": TK, "model": _asm(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.426 at every epoch; update ratios at most 2.5e-12 "
                      "(healthy quarter means at least 2e-5); accuracy 0.2375 against a majority "
                      "share of 0.2563; 57.5% of the test predictions in one class"), verdict=TP),
    Case("h400_update_ratio_low_chirps_fedformer_rmsprop_lr1e10", "the FEDformer of 16 on the "
         "chirps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": CH, "model": _fed(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.431 at every epoch; update ratios at most 4.8e-9 "
                      "(healthy quarter means at least 2e-5); accuracy 0.2562 against a majority "
                      "share of 0.2688; 159 of 160 test predictions in one class"), verdict=TP),
    Case("h400_vanishing_gauges_armnet_trunk12_sigmoid_std005", "the ARM-Net with a head of 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_arm(hidden=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first head layer's gradients 1.2e-16 to 6.4e-16, the "
                      "embeddings' 3e-18 to 3e-17 (healthy first-layer norms at least 0.11); the "
                      "validation loss 1.397 to 1.394 (ln 4); accuracy 0.2643, the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h400_saturated_chirps_fedformer_tanh_gain60_rmsprop", "the FEDformer of 16 on the "
         "chirps with tanh units fed 60 times their pre-activation, plain RMSprop at LR 1e-4, "
         "batch 28, 4 epochs",
         {"data": CH, "model": _fed(activation="tanh", gain=60.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("90.6% to 90.8% of the tanh units saturated (healthy at most 58%); "
                      "the validation loss 1.377 to 1.359 (ln 4 is 1.386); accuracy 0.3688, 0.1 "
                      "above the majority share 0.2688; 72% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h400_slow_start_gauges_armnet_trunk4_std008_momentum9", "the ARM-Net with a head of "
         "4 ReLU layers of 32 and N(0, 0.08) init on the gauges, SGD with momentum 0.9 at LR "
         "0.01, batch 32, 24 epochs",
         {"data": GA, "model": {**_arm(hidden=32, trunk=4), "init": "normal", "init_std": 0.08},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 24, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.385 to 1.378 over the first 7 epochs "
                      "and 1.371 at the eighth (ln 4), then down to 0.4605 at epoch 23 and 0.5488 "
                      "at the end (accuracy 0.7929, healthy 0.8357 and up); first-quarter "
                      "first-layer gradient norms 0.021 (healthy quarter means 0.5 and up), only "
                      "allowed as a side effect of the small init"), verdict=TP),
    Case("h400_unshuffled_gauges_armnet_rmsprop", "the gauges sorted by label, never shuffled, "
         "the ARM-Net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _arm(hidden=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.2% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 24.7%); the "
                      "validation loss 1.357 to 1.242, still falling 1% an epoch; accuracy "
                      "0.4464 against the baseline 0.5964 and healthy 0.8357 and up; 58.6% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h400_mse_softmax_chirps_fedformer_adam", "the chirps trained with square error on the "
         "softmax, the FEDformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": CH, "model": _fed(),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.875 (healthy 0.875 to 0.9563); "
                      "the validation loss 8% above its epoch-9 minimum"), verdict=TP),
    Case("h400_noisy_gauges_armnet_b1_adam", "the gauges one row at a time (batch 1), the "
         "ARM-Net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _arm(hidden=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.51 times its mean over the second half "
                      "(healthy runner runs at most 0.80), so noise is clear; the validation "
                      "loss 0.752 to 0.550, falling 27% in the last epoch, accuracy 0.6679 to "
                      "0.7929 (healthy 0.8357 and up); gradient norms up to 14.6 (healthy at "
                      "most 5.6), single rows"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h400_overfit_gauges_subset40_armnet_adamw", "40 rows of the gauges, the ARM-Net of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _arm(hidden=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4486 (training 1.0; the healthy "
                      "runs 0.8357 and up); the validation loss lowest at epoch 3 of 150 (1.137), "
                      "2.75 times it at the end"), verdict=GP),
    Case("h400_gap_tokens_subset30_asmlp_adam", "30 images of the tokens, the AS-MLP of 32 "
         "channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**TK, "subset": 30}, "model": _asm(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4646 (training 1.0; the "
                      "healthy AS-MLPs 0.7854 and up); the validation loss lowest early (1.274), "
                      "1.87 times it at the end"), verdict=GP),
    Case("h400_underfit_chirps_fedformer_one_channel_adam", "the chirps through a FEDformer of "
         "1 channel, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": CH, "model": _fed(d_model=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "not_training",
                 "predictions_collapsed"),
         why_allowed=("one channel cannot tell four classes: accuracy 0.2375 (training 0.275), far "
                      "below the baseline 0.8063 and within 0.05 of the majority share 0.2688; "
                      "the validation loss 1.509 to 1.389 (ln 4); 85% of the test predictions "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h400_lightning_digits_rmsprop_lr1e20_nan", "Lightning: digits, RMSprop (alpha 0.95, "
         "eps 1e-6) at LR 1e20, 3280 units, batch 24, 3 epochs",
         script=lightning_run(_rp("digits", hidden=(3280,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; "
                      f"accuracy 0.1003, the majority share"), verdict="failed"),
    Case("h400_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.8, 0.999) at LR 1e-10, 3281 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(3281,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7418 at every epoch, the validation loss 0.7246; accuracy "
                      "0.4375 at its initial weights, 0.0625 below the majority share 0.5"),
         verdict=TP),
    Case("h400_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.85 at LR 1e20 (decaying linearly), 3282 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nm("wine", hidden=(3282,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below "
                      f"the majority share"), verdict="failed"),
    Case("h400_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop"
         " (alpha 0.95, eps 1e-6) at LR 1e-10 (decaying linearly), 3283 units, batch 8, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rp("iris", hidden=(3283,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.241 at every evaluation; accuracy "
                      "0.0333 at its initial weights, far below 1/3"), verdict=TP),
    Case("h400_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.8, 0.999) at LR 1e20, 3284 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(3284,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority "
                      f"share"), verdict="failed"),
    Case("h400_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 3285 units, "
         "RMSprop (alpha 0.95, eps 1e-6) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rp("digits", hidden=(3285,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5682, training "
                      "1.0); the validation loss lowest at epoch 2 (2.463), 1.39 times it at the "
                      "end (3.434)"), verdict=GP),
    Case("h400_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.85 at LR 1e20, 3286 units, batch 19, 3 epochs",
         script=tensorboard_run(_nm("breast_cancer", hidden=(3286,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from its second step; "
                      f"accuracy 0.3684, far below 0.63"), verdict="failed"),
    Case("h400_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3287 units, Adam (betas 0.8, 0.999) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_ad("circles", hidden=(3287,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, "
                      "training 1.0); the validation loss lowest early (1.567), 2.67 times it "
                      "at the end (4.186)"), verdict=GP),
    Case("h400_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95, eps 1e-6) at LR 1e-3, 3288 units, batch "
         "20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(3288,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first "
                      "step (the step loss also jumps to 9.25 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h400_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.85 at LR 1e-10, 3289 units, batch 25, 4 epochs",
         script=plain_run(_nm("digits", hidden=(3289,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.326 at every epoch; accuracy 0.0919 at "
                      "its initial weights, about the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy400_gauges_armnet_adam_cosine",
       {"data": GA, "model": _arm(hidden=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy400_gauges_armnet_gelu_adamw_step",
       {"data": GA, "model": _arm(hidden=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 26}}),
    _h("healthy400_gauges_armnet_rmsprop_exponential",
       {"data": GA, "model": _arm(hidden=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 13, "batch_size": 30}}),
    _h("healthy400_gauges_armnet_tanh_momentum9_cosine",
       {"data": GA, "model": _arm(hidden=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy400_gauges_armnet_adagrad_inverse_time",
       {"data": GA, "model": _arm(hidden=24),
        "optim": {"name": "adagrad", "lr": 0.06, "schedule": "inverse_time"},
        "train": {"epochs": 10, "batch_size": 27}}),
    _h("healthy400_outputs_armnet_adam_cosine",
       {"data": OU, "model": _arm(hidden=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy400_outputs_armnet_gelu_adamw_cosine",
       {"data": OU, "model": _arm(hidden=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy400_tokens_asmlp_adam_cosine",
       {"data": TK, "model": _asm(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy400_tokens_asmlp_relu_adamw_step",
       {"data": TK, "model": _asm(dim=18, activation="relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 6, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy400_tokens_asmlp_rmsprop_cosine",
       {"data": TK, "model": _asm(),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy400_tokens_asmlp_adagrad_cosine",
       {"data": TK, "model": _asm(),
        "optim": {"name": "adagrad", "lr": 0.08, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy400_chirps_fedformer_adam_cosine",
       {"data": CH, "model": _fed(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy400_chirps_fedformer_relu_adamw_exponential",
       {"data": CH, "model": _fed(activation="relu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy400_chirps_fedformer_rmsprop_cosine",
       {"data": CH, "model": _fed(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy400_chirps_fedformer_adagrad_cosine",
       {"data": CH, "model": _fed(),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 20}}),
    _hs("healthy400_lightning_digits_adam",
        lightning_run(_ad("digits", hidden=(3280,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy400_lightning_wine_nesterov",
        lightning_run(_nm("wine", hidden=(3281,), lr=1e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy400_lightning_moons_rmsprop",
        lightning_run(_rp("moons", hidden=(3282,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy400_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ad("breast_cancer", hidden=(3283,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy400_hf_trainer_iris_nesterov",
        hf_trainer_run(_nm("iris", hidden=(3284,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy400_keras_circles_adam",
        keras_run(_ad("circles", hidden=(3285,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy400_keras_wine_rmsprop",
        keras_run(_rp("wine", hidden=(3286,), lr=2e-4, epochs=10, batch_size=10)), "keras"),
    _hs("healthy400_keras_breast_cancer_nesterov",
        keras_run(_nm("breast_cancer", hidden=(3287,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy400_tensorboard_iris_adam",
        tensorboard_run(_ad("iris", hidden=(3288,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy400_tensorboard_digits_nesterov",
        tensorboard_run(_nm("digits", hidden=(3289,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy400_tensorboard_moons_rmsprop",
        tensorboard_run(_rp("moons", hidden=(3280,), lr=1e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy400_plain_sine_rmsprop",
        plain_run(_rp("sine", hidden=(3281,), lr=1e-3, epochs=5, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy400_plain_breast_cancer_adam",
        plain_run(_ad("breast_cancer", hidden=(3282,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
