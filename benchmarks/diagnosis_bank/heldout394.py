"""The three-hundred-ninety-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`MorphMLP` (a MorphMLP-style image model: an overlapping
patch embedding into a 6x6 token grid, then :class:`MorphBlock` blocks whose token mixing runs
linear layers along chunks of 2, then 3, then 6 tokens of each row and of each column, then a
channel MLP, residuals and layer norms around both; mean pooling, a linear head),
:class:`NBeatsClassifier` (N-BEATS-style: stacks of fully connected :class:`NBeatsBlock` blocks
over the flattened series, each emitting a backcast subtracted from the input the next block
reads and a class-score contribution summed over the blocks, doubly residual) and :class:`EDCN`
(an enhanced deep and cross network: learnt regulation gates on the inputs of a cross and a deep
tower, whose layers exchange information through a bridge at each layer, an element-wise product
or an attention pooling, then a linear head on the last cross, deep and bridge outputs); no case
fell back to the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`tides`, 1500 series of 12 steps in 2 readings, calm or rough noise in the first and a
sine of 2 or 3 cycles at a random phase in the second (4 classes; seed 3940); :func:`stamps`,
4000 12x12 images of a cup, a saltire, a ring or a stair at a random place in noise 0.3, 2%
random labels (4 classes; seed 3941); :func:`meters`, a tabular 4-class set of 10 readings (a
sign product of two and a linear threshold of two more, 3% random labels, 2500 rows; seed 3942);
:func:`draws`, a tabular regression of 8 readings (a sine, a product, an absolute value and a
linear term; 1200 rows; seed 3943; times 250 plus 5000 with seed 3944 for the divergence).
Script cases use Adagrad with eps 1e-8 (LR 0.05 unless a case gives another), AdamW with betas
(0.85, 0.995) and weight decay 0.1, and SGD with momentum 0.75 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 3220 to 3229.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (``benchmarks/train_without_diagnosis.py``, one store folder per round) only to
check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, the share of the step loss's within-epoch variance its position explains,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.288 on the meters, 0.2525 on the stamps (0.254 with 2400 images), 0.26 on the tides. Baselines
(validation): accuracy 0.602 (meters), 0.59 (stamps), 0.5833 (tides); R2 0.7148 (draws), 0.6718
(the raw draws).

Measured healthy ranges (runner): update-ratio quarter means 1.8e-5 to 0.055 (single steps up to
0.76, the head of the EDCN under Adagrad); the ``update_ratio_high`` run's first-quarter means
0.32 to 0.46, single steps up to 20; the ``update_ratio_low`` runs at most 1.1e-10 and 5.8e-9.
Dead fractions at most 4.2% in the healthy runs; the shifted deep tower's 100%, the slow start's
last layer 28%, the blown-up MorphMLP's second block 33%. Saturated tanh units at most 43% (the
tanh EDCN's first deep layer; at most 7% in the tanh N-BEATS); the Adagrad N-BEATS' 92% to 99.9%,
the scale-8 N-BEATS' 63% to 70% (only allowed: not clearly outside 43%). Gradient norms at most
12 (at least 0.078); the exploding run's 36 to 2600, the vanishing run's first layer 8.8e-17 to
7.1e-16. The step loss's position explains at most 20.4% of its within-epoch variance in the
healthy runner runs; the unshuffled run 99.4%. The step-loss swing (standard deviation of its
step-to-step change over its mean, second half) is 0.17 to 1.11 in the healthy runner runs, 2.72
in the batch-1 run. Healthy scores (validation): meters 0.878-0.922, stamps 0.7013-0.7775, tides
0.92-0.9667, draws R2 0.8953 and 0.9218.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first tides (a drift up or down and a sine of 1 or 3 cycles) were read by the baseline (0.91), so
the drift became calm or rough noise and the sine 2 or 3 cycles (baseline 0.58), with 1500 series
instead of 900 and 12 epochs instead of 20 for the healthy N-BEATS (they overfit 540 series); the
first EDCN (no layer norms, 1500 rows of the meters) ended 1.5 to 2 times above its epoch-2 to
epoch-9 minima, so the towers' outputs are layer-normalised after each bridge and the meters have
2500 rows; the first MorphMLP (non-overlapping 2x2 patches, stamps in noise 0.3 of 2400 images)
reached 0.54 to 0.67 against a baseline of 0.6, so the patch embedding overlaps, and after a try
with 3x3 patches and noise 0.25 (baseline 0.72, MorphMLP 0.73) the stamps are 4000 images in
noise 0.3, the healthy RMSprop MorphMLP at LR 5e-3 (was 2e-3) and the Adagrad one at LR 0.06 (was
0.03); the loop's healthy sine under momentum 0.75 at LR 0.01 blew up (the loss Inf by step 8),
so it runs at LR 1e-3. Healthy runs that ended above their minimum were cut at it: the meters'
EDCNs at 7 or 9 epochs (were 12), the draws' Adam EDCN at 15 (was 20), the AdamW N-BEATS at 8,
the Adam N-BEATS at 6 (at 8 it ended 1.1% above its epoch-6 minimum), the stamps' RMSprop
MorphMLP at 9, ReLU AdamW at 14 and Adagrad at 9, Lightning's wine and moons at 12, Keras'
breast cancer at 11, the loop's breast cancer and sine at 8. The dead-ReLU MorphMLP
under RMSprop at LR 0.2 blows up (the step loss 4.2e5) as well as killing its first block, so
it expects ``divergence`` too.

Not met: the tanh EDCN ends 0.48% above its epoch-8 minimum and Hugging Face's iris 0.26% above
its epoch-13 minimum (the others at their lowest); the changed cases were checked in stores beside
the first (the last, ``storeL``), and the measured ranges above mix the rounds. The scale-8
N-BEATS was planned as ``saturated_activation`` but its 63% to 70% is not clearly outside the
tanh EDCN's 43%: it was relabelled ``underfitting`` (saturation allowed), not made stronger. The
slow start sits at ln 4 for 3 to 4 of its 15 epochs (the step loss's first quarter mean 1.365),
a little under a third of the run, before it falls to 0.0498. The healthy MorphMLPs score 0.11
to 0.19 above the stamps' baseline 0.59, less than the other models above theirs.

Labels from the metrics: the shifted deep tower of the EDCN died whole but the cross tower went
on learning (0.882), so that run expects ``dead_relu`` and ``not_converged`` only; the exploding
run's accuracy is 0.058 below the majority share (``at_chance`` allowed); the test predictions
fall in one class in the vanishing run (100%) and the stuck MorphMLP (93.6%), so
``predictions_collapsed`` is expected there, allowed in the one-unit N-BEATS (72.7%); the
blown-up MorphMLP's first block died whole (100%, ``dead_relu`` expected beside
``divergence``). The Keras 16 digits' validation loss is lowest at its end, so only
``generalisation_gap`` is expected there; TensorBoard's 8 circles end 26% above their minimum
and far below their start (``overfitting`` allowed). Lightning's stuck circles score 0.14 below
the majority share (allowed), the loop's stuck digits within 0.05 of it (expected).

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


def tides(n: int = 1500, steps: int = 12, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` series of ``steps`` steps in 2 readings; the first
    reading is noise of standard deviation 0.3 (calm) or 1.0 (rough), the second a sine of 2 or 3
    cycles over the series at a random phase in noise 0.5; the class is whether the first is
    rough times 2 plus whether the sine is fast (4 classes; no reading's mean tells). Given
    flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = np.zeros((n, steps, 2))
    for i, label in enumerate(y):
        x[i, :, 0] = rng.normal(0.0, 1.0 if label // 2 else 0.3, steps)
        phase = rng.uniform(0.0, 2 * np.pi)
        cycles = 3.0 if label % 2 else 2.0
        x[i, :, 1] = (np.sin(2 * np.pi * cycles * np.arange(steps) / steps + phase)
                      + rng.normal(0.0, 0.5, steps))
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_SALTIRE = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_RING = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_STAIR = np.array([[1, 0, 0], [1, 1, 0], [0, 1, 1]], dtype=float)


def stamps(n: int = 4000, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: a cup, a saltire, a ring, a stair), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _SALTIRE, _RING, _STAIR), n, 12, noise, flip, seed)


def meters(n: int = 2500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 10 readings; the class is whether readings 0
    and 1 share a sign times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 9 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def draws(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target twice a sine of one, a
    product of two more, 1.2 times the absolute value of a fourth and a linear fifth plus noise
    0.3, times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(x[:, 0]) + x[:, 1] * x[:, 2] + 1.2 * np.abs(x[:, 3]) + 0.7 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class MorphBlock(nn.Module):
    """A MorphMLP-style block on a ``(batch, rows, cols, dim)`` token grid: token mixing by linear
    layers along chunks of ``chunk`` tokens of each row and of each column (summed with a
    channel-wise linear of the tokens), then a channel MLP (``dim`` to ``2 dim``, ``activation``,
    pre-activations shifted by ``shift``, back to ``dim``); residuals around both, layer norms
    before them where ``norm``."""

    def __init__(self, dim: int, chunk: int, activation: str = "gelu", shift: float = 0.0,
                 norm: bool = True) -> None:
        super().__init__()
        self.chunk, self.shift = chunk, shift
        self.norm1 = nn.LayerNorm(dim) if norm else nn.Identity()
        self.norm2 = nn.LayerNorm(dim) if norm else nn.Identity()
        self.rows = nn.Linear(chunk, chunk)
        self.cols = nn.Linear(chunk, chunk)
        self.mix = nn.Linear(dim, dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def _along(self, h: torch.Tensor, layer: nn.Linear) -> torch.Tensor:
        b, r, c, d = h.shape  # mix along the columns axis, chunk by chunk
        g = h.reshape(b, r, c // self.chunk, self.chunk, d).transpose(3, 4)
        return layer(g).transpose(3, 4).reshape(b, r, c, d)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.norm1(x)
        rows = self._along(h, self.rows)
        cols = self._along(h.transpose(1, 2), self.cols).transpose(1, 2)
        x = x + self.mix(rows + cols + h)
        return x + self.fc2(self.act(self.fc1(self.norm2(x)) + self.shift))


class MorphMLP(nn.Module):
    """A MorphMLP-style image model: an overlapping patch embedding (a convolution of
    ``patch + 2`` with stride ``patch``) to ``dim`` channels (a token grid), :class:`MorphBlock`
    blocks whose chunk length grows with depth (``chunks``, each dividing the grid side), mean
    pooling over the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 patch: int = 2, chunks: tuple[int, ...] = (2, 3, 6), activation: str = "gelu",
                 shift: float = 0.0, norm: bool = True) -> None:
        super().__init__()
        self.embed = nn.Conv2d(input_shape[0], dim, patch + 2, stride=patch, padding=1)
        self.blocks = nn.ModuleList(MorphBlock(dim, int(c), activation, shift, norm)
                                    for c in chunks)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x).permute(0, 2, 3, 1)  # (batch, rows, cols, dim)
        for block in self.blocks:
            h = block(h)
        return self.head(h.mean(dim=(1, 2)))


class NBeatsBlock(nn.Module):
    """An N-BEATS block: ``layers`` fully connected layers of ``width`` (``activation``,
    pre-activations times ``scale``), then a backcast (to the input's size) and a class-score
    contribution (to ``n_outputs``)."""

    def __init__(self, n_in: int, n_outputs: int, width: int, layers: int, activation: str,
                 scale: float) -> None:
        super().__init__()
        self.scale = scale
        self.fcs = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                 for i in range(layers))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(layers))
        self.backcast = nn.Linear(width, n_in)
        self.forecast = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = x
        for fc, act in zip(self.fcs, self.acts, strict=True):
            h = act(self.scale * fc(h))
        return self.backcast(h), self.forecast(h)


class NBeatsClassifier(nn.Module):
    """An N-BEATS-style sequence classifier, doubly residual: ``blocks`` :class:`NBeatsBlock`
    blocks over the flattened series, each block's backcast subtracted from the input the next
    block reads, the blocks' class-score contributions summed."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 blocks: int = 3, layers: int = 2, activation: str = "relu",
                 scale: float = 1.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.blocks = nn.ModuleList(NBeatsBlock(n_in, n_outputs, width, layers, activation,
                                                scale) for _ in range(blocks))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        residual = x.flatten(1)
        total = 0.0
        for block in self.blocks:
            back, score = block(residual)
            residual = residual - back
            total = total + score
        return total  # type: ignore[return-value]


class EDCN(nn.Module):
    """An enhanced deep and cross network: learnt regulation gates (a softmax over the features
    times their count, one per tower) weigh the inputs, which are embedded to ``dim`` for a cross
    tower and a deep tower; at each of ``layers`` layers the cross layer (``x0 * (W x + b) + x``)
    and the deep layer (linear and ``activation``, pre-activations shifted by ``shift``) run in
    parallel and a bridge (``"product"``: their element-wise product; ``"attention"``: an
    attention pooling of the two) is added to both towers' outputs, which are layer-normalised
    for the next layer; the last cross, deep and
    bridge outputs go to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 24,
                 layers: int = 2, activation: str = "relu", bridge: str = "product",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.n_in, self.bridge, self.shift = n_in, bridge, shift
        self.gate_cross = nn.Parameter(torch.zeros(n_in))
        self.gate_deep = nn.Parameter(torch.zeros(n_in))
        self.embed_cross = nn.Linear(n_in, dim)
        self.embed_deep = nn.Linear(n_in, dim)
        self.cross = nn.ModuleList(nn.Linear(dim, dim) for _ in range(layers))
        self.deep = nn.ModuleList(nn.Linear(dim, dim) for _ in range(layers))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(layers))
        self.attend = nn.ModuleList(nn.Linear(dim, 1) for _ in range(layers))
        self.norms = nn.ModuleList(nn.LayerNorm(dim) for _ in range(2 * layers))
        self.head = nn.Linear(3 * dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        xc = self.embed_cross(x * self.n_in * torch.softmax(self.gate_cross, 0))
        xd = self.embed_deep(x * self.n_in * torch.softmax(self.gate_deep, 0))
        x0, b = xc, xc
        for i, (cross, deep, act, attend) in enumerate(zip(self.cross, self.deep, self.acts,
                                                           self.attend, strict=True)):
            c = x0 * cross(xc) + xc
            d = act(deep(xd) + self.shift)
            if self.bridge == "product":
                b = c * d
            else:
                w = torch.softmax(torch.cat([attend(c), attend(d)], dim=1), dim=1)
                b = w[:, :1] * c + w[:, 1:] * d
            xc, xd = self.norms[2 * i](c + b), self.norms[2 * i + 1](d + b)
        return self.head(torch.cat([xc, xd, b], dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout394"
TD = _factory(f"{HERE}:tides", seed=3940)
ST = _factory(f"{HERE}:stamps", seed=3941)
MT = _factory(f"{HERE}:meters", seed=3942)
DR = _factory(f"{HERE}:draws", seed=3943)
DR_RAW = _factory(f"{HERE}:draws", scale=250.0, shift=5000.0, seed=3944)


def _edcn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:EDCN", "args": args}


def _morph(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MorphMLP", "args": args}


def _nbeats(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NBeatsClassifier", "args": args}


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with eps 1e-8 (LR 0.05 unless given)."""
    kw.setdefault("lr", 0.05)
    return _s(data, optim="adagrad", optim_args={"eps": 1e-8}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.85, 0.995) and weight decay 0.1."""
    return _s(data, optim="adamw", optim_args={"betas": (0.85, 0.995), "weight_decay": 0.1},
              **kw)


def _m75(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.75."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.75}, **kw)


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
    Case("h394_divergence_draws_raw_edcn_sgd", "the draws regression times 250 plus 5000 "
         "(targets unscaled), the EDCN of 16, plain SGD at LR 0.01, batch 24",
         {"data": DR_RAW, "model": _edcn(dim=16),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e7 at the first step, 5.1e17 at the second, NaN "
                      f"at the third, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h394_exploding_meters_edcn_layers6_std1", "the EDCN of 24 with 6 layers and N(0, 1) "
         "init on the meters, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MT, "model": {**_edcn(dim=24, layers=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 186.4 at every epoch; gradient norms 36 to 2600 "
                      "(healthy at most 12); update ratios at most 1.6e-8, a side effect of the "
                      "LR; accuracy 0.23, 0.058 below the majority share 0.288; 30% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h394_dead_relu_meters_edcn_shift10", "the EDCN of 24 on the meters with its deep "
         "tower's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": MT, "model": _edcn(dim=24, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_converged"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_training"),
         why_allowed=("every deep-tower unit logged dead at every epoch (healthy at most 4.2%), "
                      "its gradients 0; the cross tower still learns: the validation loss "
                      "0.975 to 0.421, still falling 19% in the last epoch, accuracy 0.882 "
                      "(healthy 0.878 to 0.922)"), verdict=TP),
    Case("h394_dead_relu_blowup_stamps_morph_rmsprop_lr02", "the MorphMLP with ReLU channel MLPs "
         "on the stamps, plain RMSprop at LR 0.2, batch 28, 3 epochs",
         {"data": ST, "model": _morph(activation="relu"),
          "optim": {"name": "rmsprop", "lr": 0.2},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}: the step loss 1.62 at the first step, 4.2e5 at its worst, "
                      f"still 80 to 100 at the end (the validation loss 222 to 58); every unit of "
                      f"the first block's channel MLP logged dead (healthy at most 4.2%); "
                      f"accuracy 0.2575 against a majority share of 0.2525; 45% of the test "
                      f"predictions in one class"), verdict="failed"),
    Case("h394_update_ratio_high_tides_nbeats_tanh_adagrad_lr2", "the tanh N-BEATS classifier "
         "of 32 on the tides, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TD, "model": _nbeats(width=32, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                "not_training", "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.32 to 0.46, single steps up to 20 "
                      "(healthy quarter means at most 0.055); 92% to 99.9% of the tanh units "
                      "saturated (healthy at most 43%); the step loss up to 48 in epoch 1 and "
                      "4.7 at the end, the validation loss 16.7 to 5.3, above ln 4; gradients "
                      "up to 1200 in the first steps; accuracy 0.36 (baseline 0.583, majority "
                      "share 0.26); 43% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h394_update_ratio_low_stamps_morph_sgd_lr1e9", "the MorphMLP on the stamps, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _morph(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.530 at every epoch; update ratios at most 8.6e-10 "
                      "(healthy quarter means at least 1.8e-5); accuracy 0.2625 against a "
                      "majority share of 0.2525; 93.6% of the test predictions in one class"),
         verdict=TP),
    Case("h394_update_ratio_low_tides_nbeats_rmsprop_lr1e10", "the N-BEATS classifier of 32 on "
         "the tides, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": TD, "model": _nbeats(width=32),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1.419 at every epoch; update ratios at most 5.8e-9; "
                      "accuracy 0.1733, 0.087 below the majority share 0.26; 50% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h394_vanishing_tides_nbeats_layers12_sigmoid_std005", "the N-BEATS classifier with one "
         "block of 12 sigmoid layers of 16 and N(0, 0.05) init on the tides, SGD with momentum "
         "0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": TD, "model": {**_nbeats(width=16, blocks=1, layers=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layer's gradients 8.8e-17 to 7.1e-16 (healthy at least 0.078), "
                      "its update ratios 0; the validation loss 1.397 to 1.418 (ln 4); accuracy "
                      "0.2633 against a majority share of 0.26, every test prediction in one "
                      "class"), verdict=TP),
    Case("h394_saturated_tides_nbeats_tanh_scale8_rmsprop", "the tanh N-BEATS classifier of 32 "
         "on the tides with every pre-activation times 8, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": TD, "model": _nbeats(width=32, activation="tanh", scale=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("update_ratio_low", "saturated_activation", "not_training", "noisy_loss",
                "unshuffled_data", "not_converged", "vanishing_gradients",
                "exploding_gradients", "at_chance", "predictions_collapsed"),
         why_allowed=("63% to 70% of the tanh units saturated, not clearly outside the healthy "
                      "runs' 43% (the tanh EDCN), so only allowed; the validation loss 1.532 to "
                      "1.443, above ln 4 and falling slowly (the step loss's quarter means 1.59 "
                      "to 1.28); accuracy 0.3267, far below the baseline 0.583 (majority share "
                      "0.26); 37% of the test predictions in one class"), verdict=TP),
    Case("h394_slow_start_tides_nbeats_layers4_std012_momentum9", "the N-BEATS classifier with "
         "one block of 4 ReLU layers of 32 and N(0, 0.12) init on the tides, SGD with momentum "
         "0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": TD, "model": {**_nbeats(width=32, blocks=1, layers=4), "init": "normal",
                                "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the step loss's first quarter mean 1.365 (ln 4 1.386), the validation "
                      "loss 1.380, 1.370, 1.344 and 1.258 over the first 4 epochs, then 0.0498 "
                      "at the end (its lowest); first gradients 0.042 to 0.049 and update ratios "
                      "2.9e-4 (not clearly outside the healthy runs); 28% of the last layer's "
                      "units dead (healthy at most 4.2%, allowed); accuracy 0.983"), verdict=TP),
    Case("h394_unshuffled_meters_edcn_rmsprop", "the meters sorted by label, never shuffled, "
         "the EDCN of 16, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**MT, "order": "by_label", "shuffle": False},
          "model": _edcn(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "not_training", "not_converged",
                "predictions_collapsed", "at_chance"),
         why_allowed=("the step loss's position in the epoch explains 99.4% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 20.4%); the "
                      "validation loss 1.431 to 1.297, still falling; accuracy 0.386 against a "
                      "baseline of 0.602 and a majority share of 0.288; 35% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h394_mse_softmax_tides_nbeats_adam", "the tides trained with square error on the "
         "softmax, the N-BEATS classifier of 32, Adam at LR 2e-3, batch 25, 10 epochs",
         {"data": TD, "model": _nbeats(width=32),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.97 (healthy 0.92 to 0.967); the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h394_noisy_meters_edcn_b1_adam", "the meters one row at a time (batch 1), the EDCN of "
         "24, Adam at LR 1e-3, 2 epochs",
         {"data": MT, "model": _edcn(dim=24),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("gradient norms up to 53 on single rows (healthy at most 12); the "
                      "validation loss 0.510 to 0.430, still falling; accuracy 0.862"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h394_overfit_meters_subset40_edcn_adamw", "40 rows of the meters, the EDCN of 128, "
         "AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**MT, "subset": 40}, "model": _edcn(dim=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "update_ratio_low"),
         why_allowed=("40 rows teach less: accuracy 0.46 (training loss 2e-5; the healthy runs "
                      "0.882 and up; the 40-row baseline 0.466); the validation loss lowest at "
                      "epoch 1 of 150 (1.341), 2.14 times it at the end"), verdict=GP),
    Case("h394_gap_stamps_subset30_morph_adam", "30 images of the stamps, the MorphMLP of 32, "
         "Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _morph(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "update_ratio_low"),
         why_allowed=("30 images teach nothing that carries over: accuracy 0.2963 (training "
                      "loss 2e-5; the healthy MorphMLPs 0.70 and up; the majority share 0.2525); "
                      "the validation loss lowest at epoch 1 of 100 (1.383), 3.5 times it at the "
                      "end"), verdict=GP),
    Case("h394_underfit_tides_nbeats_width1_adam", "the tides through an N-BEATS classifier of "
         "one block of width 1, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": TD, "model": _nbeats(width=1, blocks=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "not_training", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_high", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("one unit cannot tell four classes: the validation loss 1.385 to 1.387 "
                      "(ln 4) from epoch 3 on, accuracy 0.23 (training 0.2556) against a "
                      "baseline of 0.583 and a majority share of 0.26; 72.7% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h394_lightning_digits_adagrad_lr1e20_nan", "Lightning: digits, Adagrad (eps 1e-8) at "
         "LR 1e20, 3220 units, batch 24, 3 epochs",
         script=lightning_run(_ag("digits", hidden=(3220,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h394_lightning_circles_momentum75_lr1e10_stuck", "Lightning: circles (640 points, "
         "noise 0.1), SGD with momentum 0.75 at LR 1e-10, 3221 units, batch 20, 3 epochs",
         script=lightning_run(_m75("circles", hidden=(3221,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7265 at every epoch; accuracy 0.3594 at its "
                      "initial weights, 0.14 below the majority share 0.5"), verdict=TP),
    Case("h394_hf_trainer_wine_adamw_lr1e20_nan", "Hugging Face Trainer names: wine, AdamW "
         "(betas 0.85 and 0.995, weight decay 0.1) at LR 1e20 (decaying linearly), 3222 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_aw("wine", hidden=(3222,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h394_hf_trainer_iris_momentum75_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.75 at LR 1e-10 (decaying linearly), 3223 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m75("iris", hidden=(3223,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.080 at every evaluation; accuracy 0.2333 at its "
                      "initial weights, below 1/3"), verdict=TP),
    Case("h394_keras_moons_momentum75_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "SGD with momentum 0.75 at LR 1e20, 3224 units, batch 20, 3 epochs",
         script=keras_run(_m75("moons", hidden=(3224,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h394_keras_digits_subset16_adamw_gap", "Keras names: 16 rows of digits, 3225 units, "
         "AdamW (betas 0.85 and 0.995, weight decay 0.1) at LR 3e-3, 120 epochs, batch 2",
         script=keras_run(_aw("digits", hidden=(3225,), lr=3e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0); the "
                      "validation loss 4.05 at epoch 1, 5.25 at its worst and lowest at the end "
                      "(3.151), so it does not overfit in its loss"), verdict=GP),
    Case("h394_tensorboard_breast_cancer_adagrad_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "Adagrad (eps 1e-8) at LR 1e20, 3226 units, batch 19, 3 epochs",
         script=tensorboard_run(_ag("breast_cancer", hidden=(3226,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h394_tensorboard_circles_subset8_adagrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3227 units, Adagrad (eps 1e-8) at LR 0.05, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_ag("circles", hidden=(3227,), epochs=150, batch_size=2, n=650,
                                    noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "at_chance"),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("8 rows teach nothing that carries over (validation accuracy 0.5308 "
                      "against a majority share of 0.5, training loss 7e-5); the validation "
                      "loss 16.5 at epoch 1, lowest 4.585, 5.798 at the end (26% above it, "
                      "far below its start), so overfitting is only allowed"), verdict=GP),
    Case("h394_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.2 (640 points), AdamW (betas 0.85 and 0.995, weight decay 0.1) at LR 1e-3, 3228 "
         "units, batch 20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_aw("sine", hidden=(3228,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record (0.13 to 0.60 before it)"),
         verdict="failed", expect_step=15),
    Case("h394_plain_digits_adagrad_lr1e10_stuck", "hand-written loop: digits, Adagrad (eps "
         "1e-8) at LR 1e-10, 3229 units, batch 25, 4 epochs",
         script=plain_run(_ag("digits", hidden=(3229,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.308 at every epoch; accuracy 0.1448 at its initial "
                      "weights, within 0.05 of the majority share (about 0.10)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy394_meters_edcn_adam_cosine",
       {"data": MT, "model": _edcn(dim=24),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 28}}),
    _h("healthy394_meters_edcn_attention_gelu_adamw_step",
       {"data": MT, "model": _edcn(dim=24, activation="gelu", bridge="attention"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 7, "batch_size": 26}}),
    _h("healthy394_meters_edcn_rmsprop_exponential",
       {"data": MT, "model": _edcn(dim=20),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 9, "batch_size": 30}}),
    _h("healthy394_meters_edcn_tanh_momentum9_cosine",
       {"data": MT, "model": _edcn(dim=24, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy394_meters_edcn_attention_adagrad_inverse_time",
       {"data": MT, "model": _edcn(dim=24, bridge="attention"),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 9, "batch_size": 27}}),
    _h("healthy394_draws_edcn_adam_cosine",
       {"data": DR, "model": _edcn(dim=24),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy394_draws_edcn_attention_gelu_adamw_cosine",
       {"data": DR, "model": _edcn(dim=24, activation="gelu", bridge="attention"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy394_stamps_morph_adam_cosine",
       {"data": ST, "model": _morph(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy394_stamps_morph_relu_adamw_step",
       {"data": ST, "model": _morph(dim=20, activation="relu"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4,
                  "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 28}}),
    _h("healthy394_stamps_morph_rmsprop_cosine",
       {"data": ST, "model": _morph(dim=16),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 30}}),
    _h("healthy394_stamps_morph_adagrad_cosine",
       {"data": ST, "model": _morph(dim=16),
        "optim": {"name": "adagrad", "lr": 0.06, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy394_tides_nbeats_adam_cosine",
       {"data": TD, "model": _nbeats(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 25}}),
    _h("healthy394_tides_nbeats_gelu_adamw_exponential",
       {"data": TD, "model": _nbeats(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy394_tides_nbeats_rmsprop_cosine",
       {"data": TD, "model": _nbeats(width=28),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy394_tides_nbeats_tanh_momentum9_cosine",
       {"data": TD, "model": _nbeats(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy394_lightning_digits_adagrad",
        lightning_run(_ag("digits", hidden=(3220,), lr=0.01, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy394_lightning_wine_momentum75",
        lightning_run(_m75("wine", hidden=(3221,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy394_lightning_moons_adamw",
        lightning_run(_aw("moons", hidden=(3222,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy394_hf_trainer_breast_cancer_adagrad",
        hf_trainer_run(_ag("breast_cancer", hidden=(3223,), lr=2e-3, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy394_hf_trainer_iris_adamw",
        hf_trainer_run(_aw("iris", hidden=(3224,), lr=1e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy394_keras_circles_momentum75",
        keras_run(_m75("circles", hidden=(3225,), lr=5e-3, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy394_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(3226,), lr=5e-4, epochs=12, batch_size=10)), "keras"),
    _hs("healthy394_keras_breast_cancer_adagrad",
        keras_run(_ag("breast_cancer", hidden=(3227,), lr=2e-3, epochs=11, batch_size=20)),
        "keras"),
    _hs("healthy394_tensorboard_iris_momentum75",
        tensorboard_run(_m75("iris", hidden=(3228,), lr=3e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy394_tensorboard_digits_adamw",
        tensorboard_run(_aw("digits", hidden=(3229,), lr=5e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy394_tensorboard_moons_adagrad",
        tensorboard_run(_ag("moons", hidden=(3220,), lr=0.01, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy394_plain_sine_momentum75",
        plain_run(_m75("sine", hidden=(3221,), lr=1e-3, epochs=8, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy394_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(3222,), lr=5e-4, epochs=8, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
