"""The three-hundred-sixty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`PNN` (a product-based tabular net: per-reading
embeddings ``x_i v_i + u_i`` whose pairwise inner products go, beside the embeddings, to hidden
layers of an activation given to the constructor, the last one's pre-activations optionally
shifted, and a linear head), :class:`WaveMLP` (a Wave-MLP-style image model: a 3x3 convolution
and a 2x2 max pool make 25 tokens; a :class:`WaveBlock` gives each token an amplitude and a learnt
phase and mixes ``z cos(theta)`` and ``z sin(theta)`` over the tokens, then a channel MLP, both
with residuals; a mean over the tokens, a linear head) and :class:`Longformer` (a
Longformer-style sequence model: steps embedded with a learnt position, one learnt global token,
one block of self-attention where each step sees only the steps within 2 of it and the global
token while the global token sees all, a feed-forward layer whose pre-activation can be scaled,
the global token and the mean of the steps read out); no case fell back to the runner's built-in
models. Every data set is this module's own ``data.factory``: :func:`zigzags`, 800 noisy series
of 16 steps in 2 readings, each reading holding a 4-step zigzag of 1.4 (either sign) at a random
time or none (4 classes; seed 3680); :func:`stamps`, 2400 10x10 images of a C, a backslash, an
arch or an equals sign at a random place in noise 0.35, 2% random labels (4 classes; seed 3681);
:func:`meters`, a tabular 4-class set of 8 readings (whether ``x0 x1 > 0`` and a linear
threshold of two more, 3% random labels, 1400 rows; seed 3682); :func:`tariffs`, a tabular
regression of 8 readings (a product, a tanh, a sine and a linear term; 1200 rows; seed 3683;
times 250 plus 5000 with seed 3684 for the divergence). Script cases use RAdam with weight decay
1e-4, SGD with momentum 0.6 and Adadelta with rho 0.9 on digits, wine, iris, breast cancer,
moons, circles and the sine; every script case holds a hidden width of 2960 to 2969. Runner
optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses, validation
loss and score, step-loss swing, the share of the step loss's within-epoch variance its position
explains, gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and,
for runner cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and
scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2821 on the meters, 0.2583 on the stamps, 0.2563 on the zigzags. Baselines (validation):
accuracy 0.5679 (meters), 0.5458 (stamps), 0.6875 (zigzags); R2 0.6346 (tariffs), 0.6537 (the raw
tariffs).

Measured healthy ranges (runner): update-ratio quarter means 2.6e-5 to 0.11, single steps up to
0.45; gradient norms at most 7.9 (quarter means at least 0.022); no unit of any healthy runner run
logged dead; saturated tanh outputs at most 24% (the tanh PNN); the step loss's position explains
at most 35.6% of its within-epoch variance; the step-loss swing 0.33 to 1.49. Healthy scores
(validation): meters 0.8929-0.9143, stamps 0.8208-0.8771, zigzags 0.875-0.9313, tariffs R2
0.7724 and 0.7866; scripts digits 0.9638-0.9749, breast cancer 0.9474-0.9561, moons 0.9609-1.0,
iris 0.9667, wine 1.0, circles 0.9919.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
healthy runs that ended above their minimum were cut at it where the schedule allowed (the GELU
meters PNN to 6 epochs, the RMSprop meters PNN to 5, the AdamW stamps Wave-MLP to 10, the AdamW
zigzags Longformer to 17, Lightning's moons to 12, the loop's sine to 10) or retuned (the Adam
meters PNN LR 2e-3 over 12 epochs, the tanh meters PNN LR 0.03 over 12 epochs, the GELU tariffs
PNN LR 2e-3 over 6 epochs, the Adam stamps Wave-MLP LR 3e-3 over 10 epochs, the RMSprop stamps
Wave-MLP 20 wide at LR 3e-3 over 11 epochs); the slow start (4 layers, N(0, 0.15), LR 0.02) sat
at ln 4 for only 2 epochs, so it has 5 layers, N(0, 0.12), LR 0.015 and 16 epochs (flat for 6);
the saturated Longformer's gain 8 saturated only 62% (the first tanh PNN 39%), so it is 40.

Not met: the tanh meters PNN ends 0.6% above its epoch-10 minimum (the others at or within 0.5% of
theirs). The Adagrad LR 2 Longformer blows up (its loss never returns near ln 4), so it is
labelled ``divergence`` beside ``update_ratio_high`` and trains on with ``NOSTOP``; the saturated
Longformer still learns slowly, so it is labelled ``underfitting`` rather than ``not_training``;
the batch-1 run's swing (2.68) is outside every healthy run's (at most 1.49), so ``noisy_loss``
is expected there.

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


def zigzags(n: int = 800, steps: int = 16, noise: float = 0.45, height: float = 1.4,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step zigzag of ``height`` (up, down, up, down, or its mirror at random, so
    a reading's sum does not tell) at a random time or none; the class is which readings zigzag
    (4 classes: none, the second, the first, both). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    wave = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * wave
    return x.reshape(n, steps * 2).astype(np.float32), y


_CEE = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)
_BACKSLASH = np.array([[1, 0, 0], [0, 1, 0], [0, 0, 1]], dtype=float)
_ARCH = np.array([[0, 1, 0], [1, 0, 1], [1, 0, 1]], dtype=float)
_EQUALS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a C, a backslash, an arch, an equals sign), in Gaussian noise of ``noise``;
    a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_CEE, _BACKSLASH, _ARCH, _EQUALS), n, 10, noise, flip, seed)


def meters(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (``x0 x1 > 0``) times 2 plus whether ``x2 + 0.6 x3`` exceeds 0.2; readings
    4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] + 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tariffs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    tanh of a third, a sine of a fourth and a linear fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * x[:, 0] * x[:, 2] + 1.2 * np.tanh(2.0 * x[:, 1]) + 0.9 * np.sin(2.0 * x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class PNN(nn.Module):
    """A product-based tabular net (PNN-style): every reading ``x_i`` gets an embedding
    ``x_i v_i + u_i`` of ``embed`` numbers; the inner products of every pair of embeddings go,
    beside the embeddings themselves, to ``layers`` hidden layers of ``width`` (linear and
    ``activation``, the last layer's pre-activations shifted by ``shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 embed: int = 6, layers: int = 1, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        fields = int(np.prod(input_shape))
        self.v = nn.Parameter(torch.randn(fields, embed) / np.sqrt(embed))
        self.u = nn.Parameter(torch.zeros(fields, embed))
        rows, cols = torch.triu_indices(fields, fields, offset=1)
        self.register_buffer("rows", rows)
        self.register_buffer("cols", cols)
        n_in = fields * embed + rows.numel()
        self.linears = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(layers):
            self.linears.append(nn.Linear(n_in, width))
            self.acts.append(_ACTS[activation]())
            n_in = width
        self.shift = shift
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        e = x[:, :, None] * self.v + self.u  # (batch, fields, embed)
        products = (e[:, self.rows] * e[:, self.cols]).sum(dim=2)
        h = torch.cat([e.flatten(1), products], dim=1)
        last = len(self.linears) - 1
        for i, (linear, act) in enumerate(zip(self.linears, self.acts, strict=True)):
            pre = linear(h)
            h = act(pre + self.shift if i == last else pre)
        return self.head(h)


class WaveBlock(nn.Module):
    """A Wave-MLP-style block: each token ``x_j`` gets an amplitude ``z_j`` (a channel-FC) and a
    learnt phase ``theta_j`` (a second channel-FC); two token-FCs mix ``z cos(theta)`` and
    ``z sin(theta)`` over the tokens and their sum is added back; then a channel MLP of twice the
    width (``activation``) with its residual."""

    def __init__(self, tokens: int, dim: int, activation: str = "gelu") -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.amplitude = nn.Linear(dim, dim)
        self.phase = nn.Linear(dim, dim)
        self.mix_cos = nn.Linear(tokens, tokens)
        self.mix_sin = nn.Linear(tokens, tokens)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:  # (batch, tokens, dim)
        h = self.norm1(x)
        z, theta = self.amplitude(h), self.phase(h)
        real = self.mix_cos((z * torch.cos(theta)).transpose(1, 2))
        imag = self.mix_sin((z * torch.sin(theta)).transpose(1, 2))
        x = x + (real + imag).transpose(1, 2)
        return x + self.fc2(self.act(self.fc1(self.norm2(x))))


class WaveMLP(nn.Module):
    """A Wave-MLP-style image model: a 3x3 convolution to ``dim`` channels (``activation``), a
    2x2 max pool, the pooled cells as tokens, ``blocks`` :class:`WaveBlock` s, a mean over the
    tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 blocks: int = 1, activation: str = "gelu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.stem = nn.Sequential(nn.Conv2d(c, dim, 3, padding=1), _ACTS[activation](),
                                  nn.MaxPool2d(2))
        tokens = (h // 2) * (w // 2)
        self.blocks = nn.Sequential(*(WaveBlock(tokens, dim, activation) for _ in range(blocks)))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stem(x).flatten(2).transpose(1, 2)
        return self.head(self.norm(self.blocks(h)).mean(dim=1))


class Longformer(nn.Module):
    """A Longformer-style sequence model: each step's ``features`` readings embedded to ``dim``
    plus a learnt position; one learnt global token put in front; one block of self-attention
    (``heads`` heads) in which each step sees only the steps within ``window`` of it and the
    global token, while the global token sees every step; then a feed-forward layer of ``ffn``
    units (``activation``, its pre-activation times ``gain``), both with residuals and layer
    norms; the global token and the mean of the steps go to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, heads: int = 2, window: int = 2, ffn: int = 32,
                 activation: str = "gelu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.position = nn.Parameter(torch.randn(self.steps, dim) * 0.1)
        self.glob = nn.Parameter(torch.randn(1, 1, dim) * 0.1)
        idx = torch.arange(self.steps)
        local = (idx[:, None] - idx[None, :]).abs() <= window
        allowed = torch.ones(self.steps + 1, self.steps + 1, dtype=torch.bool)
        allowed[1:, 1:] = local
        self.register_buffer("mask", ~allowed)  # True: not attended
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, ffn)
        self.gain = gain
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(ffn, dim)
        self.head = nn.Linear(2 * dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = self.embed(seq) + self.position
        h = torch.cat([self.glob.expand(x.shape[0], -1, -1), h], dim=1)
        a = self.norm1(h)
        h = h + self.attn(a, a, a, attn_mask=self.mask, need_weights=False)[0]
        h = h + self.fc2(self.act(self.gain * self.fc1(self.norm2(h))))
        return self.head(torch.cat([h[:, 0], h[:, 1:].mean(dim=1)], dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout368"
ZZ = _factory(f"{HERE}:zigzags", seed=3680)
ST = _factory(f"{HERE}:stamps", seed=3681)
MT = _factory(f"{HERE}:meters", seed=3682)
TF = _factory(f"{HERE}:tariffs", seed=3683)
TF_RAW = _factory(f"{HERE}:tariffs", scale=250.0, shift=5000.0, seed=3684)


def _pnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PNN", "args": args}


def _wave(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:WaveMLP", "args": args}


def _lf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Longformer", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with weight decay 1e-4."""
    return _s(data, optim="radam", optim_args={"weight_decay": 1e-4}, **kw)


def _m6(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.9."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.9}, **kw)


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
    Case("h368_divergence_tariffs_raw_pnn_sgd", "the tariffs regression times 250 plus 5000 "
         "(targets unscaled), the PNN of 24, plain SGD at LR 0.01, batch 24",
         {"data": TF_RAW, "model": _pnn(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.4e7 at the first step, 7.5e31 at the third, NaN "
                      "at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h368_exploding_meters_pnn_deep6_std1", "the PNN with 6 ReLU layers of 24 and N(0, 1) "
         "init on the meters, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": MT, "model": {**_pnn(width=24, layers=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2685 at every epoch; gradient norms 745 to 3072 "
                      "(healthy at most 7.9); update ratios at most 4e-8, a side effect of the "
                      "LR; accuracy 0.2429 against a majority share of 0.2821; 60% of the test "
                      "predictions in one class; the step loss's position explains 62% of its "
                      "variance"), verdict="failed"),
    Case("h368_dead_relu_meters_pnn_shift10", "the PNN of 32 on the meters with its ReLU "
         "pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": MT, "model": _pnn(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit logged dead (healthy runs 0%), so no gradient reaches any layer"
                      " (norms 0): the validation loss 1.384 to 1.382 (ln 4); accuracy 0.2821 at "
                      "the majority share, every test prediction in one class"), verdict=TP),
    Case("h368_dead_relu_meters_pnn_deep3_rmsprop_lr01", "the PNN with 3 ReLU layers of 32 on "
         "the meters, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MT, "model": _pnn(width=32, layers=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 1.13e4 in epoch 1, then 1.39 (ln 4), so the blow-up "
                      "passed; first-quarter update ratios 0.43 to 0.74; 94% of the last layer's "
                      "units logged dead (healthy 0%), the gradients 0 after; accuracy 0.2821 at "
                      "the majority share; 99.3% of the test predictions in one class"),
         verdict=TP),
    Case("h368_update_ratio_high_zigzags_longformer_adagrad_lr2", "the Longformer of 16 on the "
         "zigzags, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": ZZ, "model": _lf(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "not_converged", "nan_loss", "dead_relu",
                 "exploding_gradients", "not_training", "unshuffled_data"),
         why_allowed=("the step loss jumps from 1.395 to 8547 at step 2 and up to 2e5, ending 64 "
                      "to 200 (the validation loss 175, far above ln 4): a blow-up it never comes"
                      " back from; first-quarter mean update ratios 0.14 to 0.66, single steps up"
                      " to 20 (healthy quarter means at most 0.11, single steps at most 0.45); "
                      "gradient norms up to 6.6e4 with the loss; accuracy 0.5188, below the "
                      "baseline 0.6875; no class holds over 37% of the test predictions"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h368_update_ratio_low_stamps_wavemlp_sgd_lr1e9", "the Wave-MLP on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _wave(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.457 at every epoch; update ratios at most 3.3e-11 "
                      "(healthy quarter means at least 2.6e-5); accuracy 0.2458 against a "
                      "majority share of 0.2583, every test prediction in one class"), verdict=TP),
    Case("h368_update_ratio_low_zigzags_longformer_rmsprop_lr1e10", "the Longformer of 16 on "
         "the zigzags, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": ZZ, "model": _lf(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                 "predictions_collapsed"),
         why_allowed=("the validation loss 1.385 at every epoch; update ratios at most 7e-9; "
                      "accuracy 0.275 against a majority share of 0.2563 (within 0.05); 67.5% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h368_vanishing_meters_pnn_deep12_sigmoid_std005", "the PNN with 12 sigmoid layers of "
         "16 and N(0, 0.05) init on the meters, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": MT, "model": {**_pnn(width=16, layers=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients 9e-17 to 4.5e-16 (healthy quarter means at "
                      "least 0.022); the validation loss 1.382 to 1.427 (ln 4); accuracy 0.2821 "
                      "at the majority share, every test prediction in one class"), verdict=TP),
    Case("h368_saturated_zigzags_longformer_tanh_gain40_rmsprop", "the Longformer of 16 on the "
         "zigzags with a tanh feed-forward layer fed 40 times its pre-activation, plain RMSprop "
         "at LR 1e-4, batch 28, 4 epochs",
         {"data": ZZ, "model": _lf(dim=16, activation="tanh", gain=40.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "underfitting"),
         allow=("update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                 "predictions_collapsed"),
         why_allowed=("92% of the tanh outputs saturated (healthy at most 24%); the loss still "
                      "falls slowly (1.35 to 1.249, validation 1.335 to 1.271) and accuracy "
                      "0.5312, below the baseline 0.6875; 39% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h368_slow_start_meters_pnn_deep4_std015_momentum9", "the PNN with 4 ReLU layers of 32 "
         "and N(0, 0.15) init on the meters, SGD with momentum 0.9 at LR 0.02, batch 32, 15 "
         "epochs",
         {"data": MT, "model": {**_pnn(width=32, layers=5), "init": "normal", "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.015, **MOM9},
          "train": {"epochs": 16, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("up to 15.6% of a layer's units dead (healthy 0%, not most); the validation"
                      " loss 1.381 to 1.322 over the first 6 of 16 epochs (ln 4), then 0.4198 at "
                      "the end (lowest, still falling); accuracy 0.8893 (healthy 0.8929 and up)"),
         verdict=TP),
    Case("h368_unshuffled_meters_pnn_rmsprop", "the meters sorted by label, never shuffled, "
         "the PNN of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**MT, "order": "by_label", "shuffle": False},
          "model": _pnn(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 35.6%); the "
                      "validation loss 1.354 to 1.314, still falling slowly; accuracy 0.4286 "
                      "against a baseline of 0.5679 and a majority share of 0.2821; 75% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h368_mse_softmax_zigzags_longformer_adam", "the zigzags trained with square error on "
         "the softmax, the Longformer of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": ZZ, "model": _lf(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8625 (healthy 0.875 and up); the "
                      "validation loss lowest at the end; the step loss's position explains 25% "
                      "of its variance"), verdict=TP),
    Case("h368_noisy_meters_pnn_b1_adam", "the meters one row at a time (batch 1), the PNN of "
         "32, Adam at LR 1e-3, 2 epochs",
         {"data": MT, "model": _pnn(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "noisy_loss"),
         allow=("divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("batch 1: the step loss's swing 2.68 over the second half (healthy runner "
                      "runs 0.33 to 1.49); the validation loss 0.583 to 0.491 in the second epoch"
                      " (falling 16%), accuracy 0.8214 to 0.8679"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h368_overfit_meters_subset40_pnn_adamw", "40 rows of the meters, the PNN of 160, "
         "AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**MT, "subset": 40}, "model": _pnn(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5571 (training 1.0; the healthy runs 0.8929"
                      " and up), the baseline on 40 rows 0.4607; the validation "
                      "loss lowest near epoch 5 of 150 (0.958), 3.25 times it at the end"),
         verdict=GP),
    Case("h368_gap_stamps_subset30_wavemlp_adam", "30 images of the stamps, the Wave-MLP of "
         "32, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _wave(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "predictions_collapsed"),
         why_allowed=("30 images teach nothing that carries over: accuracy 0.2687 (test 0.2479, "
                      "the majority share 0.2583; training loss 2e-4); the validation loss lowest"
                      " at epoch 2 of 100 (1.381), 2.16 times it at the end"), verdict=GP),
    Case("h368_underfit_zigzags_longformer_dim2_adam", "the zigzags through a Longformer of 2 "
         "numbers a step (one head, 2 feed-forward units), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": ZZ, "model": _lf(dim=2, heads=1, ffn=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "not_training", "at_chance",
                 "predictions_collapsed", "vanishing_gradients"),
         why_allowed=("two numbers a step cannot tell four classes: accuracy 0.3125 (training "
                      "loss 1.315), far below the baseline 0.6875 and 0.056 above the majority "
                      "share; the loss still falls slowly; 45% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h368_lightning_digits_momentum6_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.6 at LR 1e20, 2960 units, batch 24, 3 epochs",
         script=lightning_run(_m6("digits", hidden=(2960,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h368_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam (weight decay 1e-4) at LR 1e-10, 2961 units, batch 20, 3 epochs",
         script=lightning_run(_ra("circles", hidden=(2961,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7059 at every epoch; accuracy 0.4375 at its initial "
                      "weights, 0.0625 below the majority share 0.5"), verdict=TP),
    Case("h368_hf_trainer_wine_momentum6_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.6 at LR 1e20 (decaying linearly), 2962 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_m6("wine", hidden=(2962,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority share"
                      " 0.4"), verdict="failed"),
    Case("h368_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (rho 0.9) at LR 1e-10 (decaying linearly), 2963 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(2963,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.156 at every evaluation; accuracy 0.0667 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h368_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam (weight decay 1e-4) at LR 1e20, 2964 units, batch 20, 3 epochs",
         script=keras_run(_ra("moons", hidden=(2964,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h368_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 2965 "
         "units, Adadelta (rho 0.9) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(2965,), lr=1.0, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training 1.0); the "
                      "validation loss lowest at epoch 2 (2.164), 2.82 at the end"), verdict=GP),
    Case("h368_tensorboard_breast_cancer_momentum6_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.6 at LR 1e20, 2966 units, batch 19, 3 epochs",
         script=tensorboard_run(_m6("breast_cancer", hidden=(2966,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      "below 0.63"), verdict="failed"),
    Case("h368_tensorboard_circles_subset8_radam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2967 units, RAdam (weight decay 1e-4) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ra("circles", hidden=(2967,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6077, training 1.0); the "
                      "validation loss lowest early (0.74), 2.744 at the end"), verdict=GP),
    Case("h368_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.9) at LR 1.0, 2968 units, batch 20, a corrupt "
         "record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(2968,), lr=1.0, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record; Adadelta at LR 1.0 had already "
                      "driven the step loss from 0.57 to 9 to 14 before it"),
         verdict="failed", expect_step=15),
    Case("h368_plain_digits_momentum6_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.6 at LR 1e-10, 2969 units, batch 25, 4 epochs",
         script=plain_run(_m6("digits", hidden=(2969,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.247 at every epoch; accuracy 0.1643 at its initial "
                      "weights, 0.064 above the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy368_meters_pnn_adam_cosine",
       {"data": MT, "model": _pnn(width=32),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy368_meters_pnn_gelu_adamw_step",
       {"data": MT, "model": _pnn(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 6, "batch_size": 26}}),
    _h("healthy368_meters_pnn_rmsprop_exponential",
       {"data": MT, "model": _pnn(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 5, "batch_size": 30}}),
    _h("healthy368_meters_pnn_tanh_momentum9_cosine",
       {"data": MT, "model": _pnn(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy368_meters_pnn_adagrad_inverse_time",
       {"data": MT, "model": _pnn(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy368_tariffs_pnn_adam_cosine",
       {"data": TF, "model": _pnn(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy368_tariffs_pnn_gelu_adamw_cosine",
       {"data": TF, "model": _pnn(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 24}}),
    _h("healthy368_stamps_wavemlp_adam_cosine",
       {"data": ST, "model": _wave(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy368_stamps_wavemlp_adamw_step",
       {"data": ST, "model": _wave(dim=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy368_stamps_wavemlp_rmsprop_cosine",
       {"data": ST, "model": _wave(dim=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 11, "batch_size": 30}}),
    _h("healthy368_stamps_wavemlp_momentum9_cosine",
       {"data": ST, "model": _wave(dim=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy368_zigzags_longformer_adam_cosine",
       {"data": ZZ, "model": _lf(dim=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy368_zigzags_longformer_adamw_exponential",
       {"data": ZZ, "model": _lf(dim=20, heads=2),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 17, "batch_size": 24}}),
    _h("healthy368_zigzags_longformer_rmsprop_cosine",
       {"data": ZZ, "model": _lf(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy368_zigzags_longformer_momentum9_cosine",
       {"data": ZZ, "model": _lf(dim=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy368_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(2960,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy368_lightning_wine_momentum6",
        lightning_run(_m6("wine", hidden=(2961,), lr=3e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy368_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(2962,), lr=0.5, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy368_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_ra("breast_cancer", hidden=(2963,), lr=3e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy368_hf_trainer_iris_momentum6",
        hf_trainer_run(_m6("iris", hidden=(2964,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy368_keras_circles_radam",
        keras_run(_ra("circles", hidden=(2965,), lr=1e-3, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy368_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(2966,), lr=0.1, epochs=12, batch_size=10)), "keras"),
    _hs("healthy368_keras_breast_cancer_momentum6",
        keras_run(_m6("breast_cancer", hidden=(2967,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy368_tensorboard_iris_radam",
        tensorboard_run(_ra("iris", hidden=(2968,), lr=2e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy368_tensorboard_digits_momentum6",
        tensorboard_run(_m6("digits", hidden=(2969,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy368_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(2960,), lr=0.5, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy368_plain_sine_adadelta",
        plain_run(_ad("sine", hidden=(2961,), lr=0.1, epochs=10, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy368_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(2962,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
