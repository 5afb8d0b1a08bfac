"""The three-hundred-sixty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`TabMMLP` (a TabM-style ensemble
MLP: 4 members share every hidden layer's weights, each with its own rank-1 adapters per layer, an
input scaling started at random signs, an output scaling and a bias, an activation given to the
constructor, pre-activations optionally shifted, a shared linear head, the members' outputs
averaged), :class:`PVTNet` (a PVT-style pyramid: a 3x3 stem convolution with GELU, two stages of a
2x2 patch embedding of stride 2 and a block of spatial-reduction attention, whose keys and values
come from the map average-pooled by 2 in the first stage, and a GELU MLP with layer norms and
residuals, a global average pool and a linear head) and :class:`GRUODE` (a GRU cell stepped by
hand whose state, between inputs, drifts by a learnt ODE ``dh/dt = tanh(gain (W h + b)) - h`` in
2 Euler steps of 0.25, the mean of its states read out); no case fell back to the runner's
built-in models. Every data set is this module's own ``data.factory``: :func:`wobbles`, 800 noisy
series of 14 steps in 2 readings, each reading holding a 4-step wobble of 1.6 (up-down-up-down,
sign at random) or none (4 classes; seed 3630); :func:`stamps`, 2400 10x10 images of a cup, a
diamond, a stair or four corner dots at a random place in noise 0.35, 2% random labels (4
classes; seed 3631); :func:`gauges`, a tabular 4-class set of 8 readings (whether two readings lie
outside a circle and a linear threshold of two more, 3% random labels, 1400 rows; seed 3632);
:func:`outputs`, a tabular regression of 8 readings (a sine, a product, a step and a linear term;
1200 rows; seed 3633; times 250 plus 5000 with seed 3634 for the divergence; the TabM adapters'
random signs use seed 3635). Script cases use Adam with eps 1e-6 and weight decay 5e-5, Adadelta
with rho 0.95 and SGD with Nesterov momentum 0.8 on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 2910 to 2919. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained at seed 0 from this file into
fresh stores (SQLite files, one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2938 on the wobbles, 0.2607 on the gauges, 0.2583 on the stamps. Baselines (validation):
accuracy 0.7188 (wobbles), 0.65 (gauges), 0.5667 (stamps); R2 0.6887 (outputs), 0.7185 (the raw
outputs).

Measured healthy ranges (runner, the 15 healthy runs as they stand): update-ratio quarter means
at most 0.061 (single steps up to 0.45, the GRU-ODE under Adagrad), at least 3e-5 (the PVTs'
layer norms; 6e-5 for their other layers, 1e-4 in the TabMs); the ``update_ratio_high`` run's
first-quarter means 0.51; the ``update_ratio_low`` runs at most 2e-10 and 3.9e-9. No unit logged
dead in any healthy run (the ReLU TabMs and the PVTs' GELUs); the shifted TabM's 100%. Saturated
tanh outputs of the GRU-ODE's drift at most 3.4% in the healthy runs; the gain-25 run's 66%, the
Adagrad run's 90% to 94%. Gradient norms at most 9.1; the exploding run's 426 to 2100, the
vanishing run's first shared layer 3.8e-17 to 1.2e-16 (healthy first-layer and drift norms at
least 0.0087). The step loss's position explains at most 22.5% of its within-epoch variance in
the healthy runner runs; the unshuffled run 99.9%. The step-loss swing (standard deviation of its
step-to-step change over its mean, second half) is 0.33 to 0.76 in the healthy runner runs and
0.77 in the batch-1 run, so ``noisy_loss`` is only allowed there and its state (still falling) is
``not_converged``. Healthy scores (validation): gauges 0.8464-0.9107, stamps 0.8333-0.9125,
wobbles 0.9062-0.9313, outputs R2 0.813 and 0.8132; scripts: digits 0.9554-0.9777, breast
cancer 0.9386-0.9561, moons 0.9609-0.9848, iris 0.9667, wine 1.0, circles 0.9919, the sine's
validation MSE 0.0489 (lowest at its end).

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
tanh TabM under momentum 0.9 reached only 0.61 (0.50 and 0.55 at LR 0.01 and 0.02, 0.775 under
Adam), so that healthy run is a ReLU TabM under momentum 0.9 at LR 0.05 (0.9107); the GRU-ODE
under momentum 0.9 sat at ln 4 for four epochs (a slow start), so that healthy run is Adagrad at
LR 0.05 (0.9313); the PVT under RMSprop reached 0.76 (0.68 to 0.81 in three variants, each ending
above its minimum), so that healthy run is Adam with an exponential schedule (gamma 0.8, cut at
its epoch-11 minimum, 0.8375); the runs that ended above their minimum were cut at it or
calmed: the outputs' GELU TabM to 10 epochs, the PVT under AdamW's step schedule (now gamma 0.3,
LR 4e-3) to 11, the PVT under momentum 0.9 to 14 epochs, the GRU-ODE under Adam at LR 5e-3 for 16
epochs and under AdamW at LR 8e-3 (gamma 0.85) for 18, Lightning's wine to 12 epochs and moons to
14; the loop's sine under Adadelta at LR 0.3 jumped about (validation loss 0.33 to 1.57), now LR
0.05. Faults: the RMSprop-at-LR-0.1 TabM left no unit dead (0%) and recovered to 0.425, so it is
``h363_blowup_...`` with ``underfitting`` expected; the gain-8 GRU-ODE left only 28% of its drift
saturated, now gain 25 (66%); the slow start (15 epochs) ended at 0.48, below the baseline, now
25 epochs (0.8464); the PVT on 30 images took 24 s, now 40 images and 50 epochs (10 s).

Not met: the PVT under Adam with a cosine schedule ends 0.32% above its epoch-11 minimum and the
TabM under momentum 0.9 0.03% above its epoch-12 minimum (both within 0.5%); each case was
checked in one store or another, and the measured ranges above are from the runs as they stand.
The slow start's first gradients (0.014 and up) are not clearly below the healthy runs' (0.0087
and up): ``slow_start`` is expected from its loss, flat at ln 4 for eight epochs of 25 (1.386 to
1.351) before it falls to 0.424.

Labels from the metrics: the test predictions fall in one class in the shifted TabM, the stuck
PVT, the stuck and saturated GRU-ODEs and the vanishing run (all 100%), so
``predictions_collapsed`` is expected there, allowed in the Adagrad GRU-ODE (74%) and the
unshuffled run (61%); the shifted TabM, the stuck PVT, the stuck and saturated GRU-ODEs, the
vanishing run, the unshuffled run and the PVT on 40 images score within 0.05 of the majority
share (``at_chance`` expected); the exploding run scores 0.075 below it (allowed). Lightning's
stuck circles score 0.5781 and HF's stuck iris 0.4667 (``at_chance`` allowed); the loop's stuck
digits score 0.1421 (expected). Keras' 16 digits' validation loss rises from 2.448 to 2.974 and
TensorBoard's 8 circles' from 1.735 to 3.759, so both expect ``overfitting`` beside the gap.

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


def wobbles(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step wobble (``+h, -h, +h, -h`` times a random sign) at a random time or
    none; the class is which readings wobble (4 classes: none, the second, the first, both).
    Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    shape = np.array([1.0, -1.0, 1.0, -1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 3))
                x[i, t:t + 4, r] += height * rng.choice((-1.0, 1.0)) * shape
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_DIAMOND = np.array([[0, 1, 0], [1, 0, 1], [0, 1, 0]], dtype=float)
_STAIR = np.array([[1, 1, 0], [0, 1, 1], [0, 0, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a cup, a diamond, a stair, four corner dots), in Gaussian noise of
    ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _DIAMOND, _STAIR, _DOTS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a threshold step of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(1.2 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class TabMMLP(nn.Module):
    """A TabM-style ensemble MLP: ``k`` members share every hidden layer's weights (``depth``
    layers of ``width``, linear and ``activation``, pre-activations shifted by ``shift``); each
    member has its own rank-1 adapters per layer (an input scaling ``r``, started at random
    signs, an output scaling ``s`` and a bias); a shared linear head, the members' outputs
    averaged."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 k: int = 4, depth: int = 1, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.k, self.shift = k, shift
        gen = torch.Generator().manual_seed(3635)
        self.layers = nn.ModuleList()
        self.acts = nn.ModuleList()
        self.r = nn.ParameterList()
        self.s = nn.ParameterList()
        self.b = nn.ParameterList()
        for _ in range(depth):
            self.layers.append(nn.Linear(n_in, width, bias=False))
            self.acts.append(_ACTS[activation]())
            signs = torch.randint(0, 2, (k, n_in), generator=gen).float() * 2 - 1
            self.r.append(nn.Parameter(signs))
            self.s.append(nn.Parameter(torch.ones(k, width)))
            self.b.append(nn.Parameter(torch.zeros(k, width)))
            n_in = width
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)[:, None, :].expand(-1, self.k, -1)  # (batch, k, features)
        for layer, act, r, s, b in zip(self.layers, self.acts, self.r, self.s, self.b,
                                       strict=True):
            h = act(layer(h * r) * s + b + self.shift)
        return self.head(h).mean(dim=1)


class SRAttention(nn.Module):
    """Spatial-reduction attention: queries from every token, keys and values from the map
    average-pooled by ``reduction``; ``heads`` heads, an output projection."""

    def __init__(self, dim: int, heads: int = 2, reduction: int = 2) -> None:
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(dim, dim)
        self.kv = nn.Linear(dim, 2 * dim)
        self.pool = nn.AvgPool2d(reduction) if reduction > 1 else nn.Identity()
        self.proj = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, hw: tuple[int, int]) -> torch.Tensor:
        b, n, d = x.shape
        grid = x.transpose(1, 2).reshape(b, d, *hw)
        pooled = self.pool(grid).flatten(2).transpose(1, 2)
        q = self.q(x).reshape(b, n, self.heads, -1).transpose(1, 2)
        k, v = self.kv(pooled).reshape(b, -1, 2, self.heads, d // self.heads).permute(
            2, 0, 3, 1, 4)
        att = torch.softmax(q @ k.transpose(-1, -2) / (d // self.heads) ** 0.5, dim=-1)
        return self.proj((att @ v).transpose(1, 2).reshape(b, n, d))


class PVTStage(nn.Module):
    """A pyramid stage: a patch embedding (a 2x2 convolution of stride 2 and padding
    ``pad``), then a block of a layer norm, spatial-reduction attention and a GELU MLP, each
    with its residual."""

    def __init__(self, c_in: int, dim: int, reduction: int, pad: int = 0) -> None:
        super().__init__()
        self.embed = nn.Conv2d(c_in, dim, 2, stride=2, padding=pad)
        self.norm1 = nn.LayerNorm(dim)
        self.attn = SRAttention(dim, 2, reduction)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 2 * dim), nn.GELU(), nn.Linear(2 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        g = self.embed(x)
        b, d, h, w = g.shape
        t = g.flatten(2).transpose(1, 2)
        t = t + self.attn(self.norm1(t), (h, w))
        t = t + self.mlp(self.norm2(t))
        return t.transpose(1, 2).reshape(b, d, h, w)


class PVTNet(nn.Module):
    """A PVT-style pyramid vision transformer: a 3x3 stem convolution to ``stem`` channels
    (GELU), a stage of ``dims[0]`` (10x10 to 5x5 patches, keys and values pooled to 2x2), a
    stage of ``dims[1]`` (5x5 to 3x3, no reduction), a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 8,
                 dims: tuple[int, int] = (16, 32)) -> None:
        super().__init__()
        d0, d1 = dims
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], stem, 3, padding=1), nn.GELU())
        self.stage1 = PVTStage(stem, d0, 2)
        self.stage2 = PVTStage(d0, d1, 1, pad=1)
        self.head = nn.Linear(d1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.stage2(self.stage1(self.stem(x)))
        return self.head(h.mean(dim=(2, 3)))


class GRUODE(nn.Module):
    """A GRU-ODE-style recurrent net: a GRU cell of ``hidden`` units reads each step of the
    flattened sequence (``features`` readings a step); between inputs the state drifts by a learnt
    ODE ``dh/dt = tanh(gain * (W h + b)) - h``, ``euler`` Euler steps of ``dt``; the mean of the
    states over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, euler: int = 2, dt: float = 0.25, gain: float = 1.0) -> None:
        super().__init__()
        self.features, self.hidden, self.euler, self.dt, self.gain = (
            features, hidden, euler, dt, gain)
        self.steps = int(np.prod(input_shape)) // features
        self.cell = nn.GRUCell(features, hidden)
        self.drift = nn.Linear(hidden, hidden)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h = self.cell(seq[:, t], h)
            for _ in range(self.euler):
                h = h + self.dt * (self.squash(self.gain * self.drift(h)) - h)
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout363"
WB = _factory(f"{HERE}:wobbles", seed=3630)
ST = _factory(f"{HERE}:stamps", seed=3631)
GG = _factory(f"{HERE}:gauges", seed=3632)
OP = _factory(f"{HERE}:outputs", seed=3633)
OP_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3634)


def _tabm(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TabMMLP", "args": args}


def _pvt(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PVTNet", "args": args}


def _gode(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GRUODE", "args": args}


def _ae(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with eps 1e-6 and weight decay 5e-5."""
    return _s(data, optim="adam", optim_args={"eps": 1e-6, "weight_decay": 5e-5}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.95."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.95}, **kw)


def _nm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


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
    Case("h363_divergence_outputs_raw_tabm_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the TabM MLP of 24, plain SGD at LR 0.01, batch 24",
         {"data": OP_RAW, "model": _tabm(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, 2.8e24 at the third and "
                      "Inf at the fourth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h363_exploding_gauges_tabm_depth6_std1", "the TabM MLP with 6 ReLU layers of 24 and "
         "N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GG, "model": {**_tabm(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed", "at_chance"),
         why_allowed=("the validation loss 1363 at every epoch; gradient norms 426 to 2100 "
                      "(healthy at most 9.1); update ratios at most 2.3e-8, a side effect of the "
                      "LR; accuracy 0.1857, 0.075 below the majority share 0.2607 (so at_chance "
                      "only allowed); 59.6% of the test predictions in one class"),
         verdict="failed"),
    Case("h363_dead_relu_gauges_tabm_shift10", "the TabM MLP of 32 on the gauges with its ReLU "
         "pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch 25, 4 epochs",
         {"data": GG, "model": _tabm(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit logged dead (healthy runs 0%), so no gradient reaches the "
                      "shared layer or the head (norms and update ratios 0): the validation loss "
                      "1.387 to 1.386 (ln 4); accuracy 0.2464 against a majority share of 0.2607,"
                      " every test prediction in one class"), verdict=TP),
    Case("h363_blowup_gauges_tabm_depth3_rmsprop_lr01", "the TabM MLP with 3 ReLU layers of "
         "32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GG, "model": _tabm(width=32, depth=3),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data", "at_chance",
                "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("the step loss 2.1e4 at the second step, back to 1.25 by the end, so the "
                      "blow-up passed; first-quarter update ratios 0.33 to 0.55 (single steps up "
                      "to 10), gradient norms up to 2841, both only in epoch 1; no unit logged "
                      "dead; the validation loss 1.414, 1.466, 1.328 (still falling); accuracy "
                      "0.425, far below the baseline 0.65 and 0.16 above the majority share; 48% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h363_update_ratio_high_wobbles_gruode_adagrad_lr2", "the GRU-ODE of 16 on the "
         "wobbles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _gode(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients", "not_training",
                "at_chance", "predictions_collapsed"),
         why_allowed=("first-quarter mean update ratios 0.51 (drift and head), single steps up to"
                      " 13.5 (healthy quarter means at most 0.061); 90% to 94% of the drift's "
                      "tanh outputs saturated (healthy at most 3.4%); drift gradient norms up to "
                      "198 in the first quarter; the validation loss 4.54 to 1.39 (lowest 1.259 "
                      "at epoch 7); accuracy 0.3875, far below the baseline 0.7188 and 0.094 "
                      "above the majority share 0.2938; 74% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h363_update_ratio_low_stamps_pvt_sgd_lr1e9", "the PVT-style net on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _pvt(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.439 at every epoch; update ratios at most 2e-10 "
                      "(healthy quarter means at least 3e-5, the layer norms); accuracy 0.2479 "
                      "against a majority share of 0.2583, every test prediction in one class"),
         verdict=TP),
    Case("h363_update_ratio_low_wobbles_gruode_rmsprop_lr1e10", "the GRU-ODE of 16 on the "
         "wobbles, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _gode(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.397 at every epoch; update ratios at most 3.9e-9 "
                      "(healthy quarter means at least 3e-5); accuracy 0.2938, the majority "
                      "share; every test prediction in one class"), verdict=TP),
    Case("h363_vanishing_gauges_tabm_depth12_sigmoid_std005", "the TabM MLP with 12 sigmoid "
         "layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": GG, "model": {**_tabm(width=16, depth=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first shared layer's gradients 3.8e-17 to 1.2e-16 (healthy first-layer"
                      " and drift norms at least 0.0087), its update ratios 0; no sigmoid output "
                      "logged saturated; the validation loss 1.393 to 1.391 (ln 4); accuracy "
                      "0.2571 against a majority share of 0.2607, every test prediction in one "
                      "class"), verdict=TP),
    Case("h363_saturated_wobbles_gruode_gain25_rmsprop", "the GRU-ODE of 16 on the wobbles with "
         "its drift's tanh fed 25 times its pre-activation, plain RMSprop at LR 1e-4, batch 28, 4 "
         "epochs",
         {"data": WB, "model": _gode(hidden=16, gain=25.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("66% of the drift's tanh outputs saturated (healthy at most 3.4%); the "
                      "validation loss 1.389 to 1.384 (ln 4); accuracy 0.2938, the majority "
                      "share; every test prediction in one class"), verdict=TP),
    Case("h363_slow_start_gauges_tabm_depth4_std012_momentum9", "the TabM MLP with 4 ReLU "
         "layers of 32 and N(0, 0.12) init on the gauges, SGD with momentum 0.9 at LR 0.02, "
         "batch 32, 25 epochs",
         {"data": GG, "model": {**_tabm(width=32, depth=4), "init": "normal",
                                "init_std": 0.12},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 25, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.386 to 1.351 and the validation loss 1.384 to 1.333 over "
                      "the first 8 of 25 epochs, then the validation loss falls to 0.4457 (lowest"
                      " at the end, still falling 11% in the last epoch: not_converged only "
                      "allowed, as the fault is the plateau); accuracy 0.8464 (healthy 0.8464 and"
                      " up); first gradient norms 0.014 and up (healthy first norms 0.0087 and "
                      "up), not clearly smaller"), verdict=TP),
    Case("h363_unshuffled_gauges_tabm_rmsprop", "the gauges sorted by label, never shuffled, "
         "the TabM MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GG, "order": "by_label", "shuffle": False},
          "model": _tabm(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 22.5%); the "
                      "validation loss 1.389 to 1.379; accuracy 0.275 against a majority share of"
                      " 0.2607; 61% of the test predictions in one class"), verdict=TP),
    Case("h363_mse_softmax_wobbles_gruode_adam", "the wobbles trained with square error on the "
         "softmax, the GRU-ODE of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _gode(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8812 (healthy 0.9062 and up), "
                      "rising from 0.5437 over the last three epochs, the validation loss lowest "
                      "at the end (falling 23% in the last epoch), so not_converged is allowed "
                      "beside the mismatch"), verdict=TP),
    Case("h363_noisy_gauges_tabm_b1_adam", "the gauges one row at a time (batch 1), the TabM "
         "MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GG, "model": _tabm(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.77 times its mean over the second half (healthy "
                      "runner runs 0.33 to 0.76), so noise is no clear finding; the validation "
                      "loss 0.9494 then 0.7025 (falling 26% in the last epoch), accuracy 0.5464 "
                      "then 0.7643 (healthy 0.8464 and up)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h363_overfit_gauges_subset40_tabm_adamw", "40 rows of the gauges, the TabM MLP of 160, "
         "AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GG, "subset": 40}, "model": _tabm(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5714 (training 1.0; the healthy runs 0.8464"
                      " and up); the validation loss lowest at 0.9284 early on, 2.59 times it "
                      "(2.4) at the end"), verdict=GP),
    Case("h363_gap_stamps_subset40_pvt_adam", "40 images of the stamps, the PVT-style net with "
         "dims 24 and 48, Adam at LR 3e-3, 50 epochs, batch 4",
         {"data": {**ST, "subset": 40}, "model": _pvt(dims=[24, 48]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 images teach nothing that carries over: accuracy 0.2938 (training 1.0; "
                      "the healthy runs 0.8333 and up), within 0.05 of the majority share 0.2583;"
                      " the validation loss lowest at epoch 4 of 50 (1.385), 3.68 times it at the"
                      " end"), verdict=GP),
    Case("h363_underfit_wobbles_gruode_two_units_adam", "the wobbles through a GRU-ODE of 2 "
         "hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _gode(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two units cannot tell four classes: accuracy 0.5062, far below the "
                      "baseline 0.7188 (healthy 0.9062 and up); the validation loss lowest at the"
                      " end, falling 2% in the last epoch"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h363_lightning_digits_nesterov8_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.8 at LR 1e20, 2910 units, batch 24, 3 epochs",
         script=lightning_run(_nm("digits", hidden=(2910,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h363_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (eps 1e-6, weight decay 5e-5) at LR 1e-10, 2911 units, batch 20, 3 epochs",
         script=lightning_run(_ae("circles", hidden=(2911,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the epoch loss 0.7227 and the validation loss 0.7054 at every epoch; "
                      "accuracy 0.5781 at its initial weights, 0.078 above one half"), verdict=TP),
    Case("h363_hf_trainer_wine_nesterov8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.8 at LR 1e20 (decaying linearly), 2912 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nm("wine", hidden=(2912,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority"),
         verdict="failed"),
    Case("h363_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (rho 0.95) at LR 1e-10 (decaying linearly), 2913 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(2913,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.058 at every evaluation; accuracy 0.4667 at its "
                      "initial weights, 0.13 above 1/3"), verdict=TP),
    Case("h363_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(eps 1e-6, weight decay 5e-5) at LR 1e20, 2914 units, batch 20, 3 epochs",
         script=keras_run(_ae("moons", hidden=(2914,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h363_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 2915 "
         "units, Adadelta (rho 0.95) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(2915,), lr=1.0, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0); the "
                      "validation loss lowest at epoch 2 (2.448), 1.21 times it (2.974) at the "
                      "end, rising steadily"), verdict=GP),
    Case("h363_tensorboard_breast_cancer_nesterov8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.8 at LR 1e20, 2916 units, batch 19, 3 epochs",
         script=tensorboard_run(_nm("breast_cancer", hidden=(2916,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the validation loss NaN at every epoch; accuracy 0.3684, far "
                      "below 0.63"), verdict="failed"),
    Case("h363_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2917 units, Adam (eps 1e-6, weight decay 5e-5) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ae("circles", hidden=(2917,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0; 0.077 above "
                      "one half); the validation loss lowest at 1.735 early on, 2.17 times it at "
                      "the end"), verdict=GP),
    Case("h363_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.95) at LR 1.0, 2918 units, batch 20, a corrupt "
         "record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(2918,), lr=1.0, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (0.61; "
                      "the step loss also climbs to 25.6 by step 8 under Adadelta at LR 1)"),
         verdict="failed", expect_step=15),
    Case("h363_plain_digits_nesterov8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.8 at LR 1e-10, 2919 units, batch 25, 4 epochs",
         script=plain_run(_nm("digits", hidden=(2919,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.267 at every epoch; accuracy 0.1421 at its initial "
                      "weights, within 0.05 of the majority share (about 0.1)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy363_gauges_tabm_adam_cosine",
       {"data": GG, "model": _tabm(width=32, depth=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy363_gauges_tabm_gelu_adamw_step",
       {"data": GG, "model": _tabm(width=28, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy363_gauges_tabm_rmsprop_exponential",
       {"data": GG, "model": _tabm(width=30, depth=2),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy363_gauges_tabm_momentum9_cosine",
       {"data": GG, "model": _tabm(width=32, depth=2),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy363_gauges_tabm_adagrad_inverse_time",
       {"data": GG, "model": _tabm(width=24, depth=2),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy363_outputs_tabm_adam_cosine",
       {"data": OP, "model": _tabm(width=32, depth=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy363_outputs_tabm_gelu_adamw_cosine",
       {"data": OP, "model": _tabm(width=32, depth=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy363_stamps_pvt_adam_cosine",
       {"data": ST, "model": _pvt(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy363_stamps_pvt_adamw_step",
       {"data": ST, "model": _pvt(dims=[16, 24]),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 4, "gamma": 0.3},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy363_stamps_pvt_adam_exponential",
       {"data": ST, "model": _pvt(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 11, "batch_size": 26}}),
    _h("healthy363_stamps_pvt_momentum9_cosine",
       {"data": ST, "model": _pvt(),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy363_wobbles_gruode_adam_cosine",
       {"data": WB, "model": _gode(hidden=24),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy363_wobbles_gruode_adamw_exponential",
       {"data": WB, "model": _gode(hidden=20),
        "optim": {"name": "adamw", "lr": 8e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy363_wobbles_gruode_rmsprop_cosine",
       {"data": WB, "model": _gode(hidden=24),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy363_wobbles_gruode_adagrad_cosine",
       {"data": WB, "model": _gode(hidden=24),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 20}}),
    _hs("healthy363_lightning_digits_adam",
        lightning_run(_ae("digits", hidden=(2910,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy363_lightning_wine_nesterov8",
        lightning_run(_nm("wine", hidden=(2911,), lr=3e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy363_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(2912,), lr=0.3, epochs=14, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy363_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ae("breast_cancer", hidden=(2913,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy363_hf_trainer_iris_nesterov8",
        hf_trainer_run(_nm("iris", hidden=(2914,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy363_keras_circles_adam",
        keras_run(_ae("circles", hidden=(2915,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy363_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(2916,), lr=0.1, epochs=11, batch_size=10)), "keras"),
    _hs("healthy363_keras_breast_cancer_nesterov8",
        keras_run(_nm("breast_cancer", hidden=(2917,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy363_tensorboard_iris_adam",
        tensorboard_run(_ae("iris", hidden=(2918,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy363_tensorboard_digits_nesterov8",
        tensorboard_run(_nm("digits", hidden=(2919,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy363_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(2910,), lr=0.3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy363_plain_sine_adadelta",
        plain_run(_ad("sine", hidden=(2911,), lr=0.05, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy363_plain_breast_cancer_adam",
        plain_run(_ae("breast_cancer", hidden=(2912,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
