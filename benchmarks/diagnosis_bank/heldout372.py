"""The three-hundred-seventy-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written by someone who saw no diagnosis of its runs, built as :mod:`.heldout333` was: every
runner case trains a model of this module through ``model.factory``: :class:`TabCaps` (feature
capsules routed by agreement to class capsules, the class read from capsule lengths),
:class:`MobileViTLite` (local convolutions, a small transformer over unfolded patches, folded
back and fused) and :class:`GriffinLite` (blocks of a real-gated linear recurrence beside a gated
MLP). Data: :func:`bursts` (seed 3720; the recurrent faults use its first form, 800 series of 12
steps and noise 0.4, ``BU12``; the healthy runs 3000 series of 20 steps and noise 0.5, ``BU``),
:func:`stamps` (seed 3721), :func:`gauges` (seed 3722), :func:`outputs` (seed 3723; times 250
plus 5000 with seed 3724). Script cases use Adam with betas (0.95, 0.999) and eps 1e-7, SGD with
momentum 0.8 and dampening 0.1 and RMSprop with alpha 0.85; hidden widths 3000 to 3009.

Each case was trained at seed 0 with the diagnosis off (stores /tmp/h372/storeA to F; scripts
called directly) only to check its fault or health from the run's own metrics. No other seed was
checked. Label policy exactly as in :mod:`.heldout263` (mechanisms expected only where the logged
metric is clearly outside every healthy run of this part, else allowed with the reason).
Majority shares (test): 0.2786 gauges, 0.2542 stamps, 0.2812 bursts (first form). Baselines
(validation): accuracy 0.6286 (gauges), 0.5042 (stamps), 0.9062 (first bursts), 0.825 (the
healthy bursts); R2 0.6021 (outputs), 0.5812 (raw outputs).

Measured healthy ranges (runner, the 15 runs as they stand): update-ratio quarter means at most
0.054 (the MobileViT under RMSprop; single steps up to 0.51), at least 4.1e-5 (single steps down
to 2e-6); the ``update_ratio_high`` run's first-quarter means 0.10 to 0.59 and first steps 2 to
20, the ``update_ratio_low`` runs at most 6.9e-8 and 3.6e-9. Gradient norms at most 9.1 (the
MobileViT under AdamW; single steps down to 2.4e-5); the exploding run's 67 to 2400, the
vanishing run's first trunk layer 2.8e-17 to 9.9e-17. Dead fractions at most 34% (TabCaps under
Adagrad) and 25% (MobileViT's local layer); the shifted TabCaps' 100%. Saturated at most 38%
(Griffin input gates under RMSprop) and 31% (tanh TabCaps); the Adagrad Griffin's 100%, the
gain-20 Griffin's 65% to 69% (only allowed: not clearly outside 38%). Step-loss swing 0.28 to
0.96 in the healthy runner runs (scripts 0.29 to 2.18), the batch-1 run's 0.55 (``noisy_loss``
only allowed); the step loss's position explains at most 19% of its within-epoch variance in the
healthy runner runs, the unshuffled run's 100%. Healthy scores (validation): gauges
0.9071-0.9286, stamps 0.9-0.9417, bursts (healthy form) 0.8833-0.895, outputs R2 0.7741 and
0.7853; every healthy run ends at its lowest validation loss or within 0.5% of it.

Changes after the first round: the regression head reads the flattened class capsules (R2 first
0.52-0.62); the bursts were made harder (the kNN baseline read the first form at 0.906), and
the four healthy Griffins on 800 series of 20 steps ended at 0.6562 to 0.7188 against a baseline
of 0.6937, so their data now holds 3000 series (baseline 0.825; no fault uses this form) and the
Griffin under RMSprop runs at LR 3e-3 (2e-3: 0.8467); the MobileViT under momentum 0.9 (0.7375)
and its replacement under Adagrad (0.7312; LR 0.05 and 0.1 killed 75% to 83% of the fused
units) were replaced by one under Adam with an exponential schedule (0.9); the MobileViT under
AdamW ended 7% above its epoch-11 minimum and now runs 11 epochs; the loop's sine ended 14%
above its epoch-14 minimum and now runs 14 epochs. The gain-20 Griffin's
``saturated_activation`` moved from expected to allowed (see above). Lightning's digits (0.9777,
7 epochs), wine (1.0, 12) and moons (0.9766, 12), HF's iris (0.9667, 12) and the loop's breast
cancer (0.9649, 8) were checked: each ends at its lowest validation loss.

Not met: the changed cases were checked in stores beside the first (storeE and storeF), the
unchanged ones only in the first round; the gain-20 Griffin (named for its saturation) now
expects only ``not_training``; no other seed was checked.

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


def bursts(n: int = 800, steps: int = 20, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; one
    reading holds a burst of random sign at a random time, either wide (5 steps of 1.2) or
    narrow (2 steps of 2.0); the class is which reading bursts times 2 plus whether the burst is
    narrow (4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        r, narrow = int(label // 2), int(label % 2)
        width, height = (2, 2.0) if narrow else (5, 1.2)
        t = int(rng.integers(0, steps - width + 1))
        x[i, t:t + width, r] += height * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_VEE = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_GAMMA = np.array([[1, 1, 1], [1, 0, 0], [1, 0, 0]], dtype=float)
_EQUALS = np.array([[1, 1, 1], [0, 0, 0], [1, 1, 1]], dtype=float)


def stamps(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 stamp each at a random
    place (4 classes: a V, a Z, a gamma, an equals sign), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_VEE, _ZED, _GAMMA, _EQUALS), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside a circle (``x0^2 + x1^2 > 1.4``) times 2 plus whether ``x2 - 0.6 x3``
    exceeds 0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
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
    y = (1.3 * np.sin(1.5 * x[:, 0]) + 1.0 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > -0.2)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


def _squash(s: torch.Tensor) -> torch.Tensor:
    """The capsule squash: keeps a vector's direction, maps its length into [0, 1)."""
    sq = (s * s).sum(dim=-1, keepdim=True)
    return s * sq / ((1.0 + sq) * torch.sqrt(sq + 1e-8))


class TabCaps(nn.Module):
    """A TabCaps-style tabular net: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``) first, then a linear layer and ``activation`` (pre-activations shifted by
    ``shift``) give ``primary`` feature capsules of ``caps_dim`` (squashed); each predicts every
    class capsule (of ``class_dim``) through its own matrix, and ``iters`` rounds of routing by
    agreement combine the predictions; a class's logit is a learnt scale (from 5) times its
    capsule's length. A regression reads its 8 class capsules (flattened) with a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, primary: int = 8,
                 caps_dim: int = 4, class_dim: int = 6, width: int = 32, trunk: int = 0,
                 activation: str = "relu", shift: float = 0.0, iters: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.primary = nn.Linear(n_in, primary * caps_dim)
        self.act = _ACTS[activation]()
        self.shift, self.iters = shift, iters
        self.n_caps, self.caps_dim = primary, caps_dim
        self.regression = n_outputs == 1
        k = 8 if self.regression else n_outputs
        self.votes = nn.Parameter(torch.randn(primary, k, class_dim, caps_dim) * 0.5)
        self.scale = nn.Parameter(torch.tensor(5.0))
        self.head = nn.Linear(k * class_dim, n_outputs) if self.regression else None

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.trunk(x.flatten(1))
        u = self.act(self.primary(h) + self.shift)
        u = _squash(u.view(x.shape[0], self.n_caps, self.caps_dim))
        u_hat = torch.einsum("pkdc,bpc->bpkd", self.votes, u)
        logits_b = u_hat.new_zeros(u_hat.shape[:3])
        v = u_hat.mean(dim=1)
        for it in range(self.iters):
            c = torch.softmax(logits_b, dim=2)
            v = _squash((c[..., None] * u_hat).sum(dim=1))
            if it < self.iters - 1:
                logits_b = logits_b + (u_hat * v[:, None]).sum(dim=-1)
        if self.head is not None:
            return self.head(v.flatten(1))
        return self.scale * torch.sqrt((v * v).sum(dim=-1) + 1e-8)


class MobileViTLite(nn.Module):
    """A MobileViT-style image net: a 3x3 stem convolution (``activation``), a local 3x3
    convolution and a 1x1 projection to ``dim``; the map is unfolded into ``patch`` x ``patch``
    patches and a small transformer layer (layer norm, ``heads``-head self-attention, layer norm,
    an MLP with ``activation``, residuals) runs over the patches at each in-patch position; the
    map is folded back, projected to ``channels`` by 1x1, concatenated with the stem's map and
    fused by a 3x3 convolution and ``activation`` (pre-activations shifted by ``shift``); a
    global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 8,
                 dim: int = 16, patch: int = 2, heads: int = 2, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        act = _ACTS[activation]
        self.patch, self.shift = patch, shift
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], channels, 3, padding=1), act())
        self.local = nn.Sequential(nn.Conv2d(channels, channels, 3, padding=1), act(),
                                   nn.Conv2d(channels, dim, 1))
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 2 * dim), act(), nn.Linear(2 * dim, dim))
        self.proj = nn.Conv2d(dim, channels, 1)
        self.fuse = nn.Conv2d(2 * channels, channels, 3, padding=1)
        self.fuse_act = act()
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x0 = self.stem(x)
        h = self.local(x0)
        b, d, hh, ww = h.shape
        p = self.patch
        t = h.reshape(b, d, hh // p, p, ww // p, p).permute(0, 3, 5, 2, 4, 1)
        t = t.reshape(b * p * p, (hh // p) * (ww // p), d)
        q = self.norm1(t)
        t = t + self.attn(q, q, q, need_weights=False)[0]
        t = t + self.mlp(self.norm2(t))
        t = t.reshape(b, p, p, hh // p, ww // p, d).permute(0, 5, 3, 1, 4, 2).reshape(b, d, hh, ww)
        y = self.fuse_act(self.fuse(torch.cat([x0, self.proj(t)], dim=1)) + self.shift)
        return self.head(y.mean(dim=(2, 3)))


class GriffinBlock(nn.Module):
    """A Griffin-style block: a recurrent branch (a real-gated linear recurrent unit: sigmoid
    recurrence and input gates, pre-activations times ``gain``, the decay ``a_t = a^(8 r_t)``
    and the state ``h = a_t h + sqrt(1 - a_t^2) (i_t x_t)``) times a GELU gate branch, then a
    gated MLP (GELU gate times an up projection), each after a layer norm with a residual."""

    def __init__(self, dim: int, gain: float = 1.0) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.gate_branch = nn.Linear(dim, dim)
        self.gelu1 = nn.GELU()
        self.inp = nn.Linear(dim, dim)
        self.rec_gate = nn.Linear(dim, dim)
        self.in_gate = nn.Linear(dim, dim)
        self.sig_r = nn.Sigmoid()
        self.sig_i = nn.Sigmoid()
        self.lam = nn.Parameter(torch.linspace(2.0, 6.0, dim))  # a = sigmoid(lam): 0.88-0.998
        self.out = nn.Linear(dim, dim)
        self.gain = gain
        self.norm2 = nn.LayerNorm(dim)
        self.mlp_gate = nn.Linear(dim, 2 * dim)
        self.gelu2 = nn.GELU()
        self.mlp_up = nn.Linear(dim, 2 * dim)
        self.mlp_down = nn.Linear(2 * dim, dim)

    def forward(self, seq: torch.Tensor) -> torch.Tensor:
        u = self.norm1(seq)
        g = self.gelu1(self.gate_branch(u))
        xb = self.inp(u)
        r = self.sig_r(self.gain * self.rec_gate(xb))
        i = self.sig_i(self.gain * self.in_gate(xb))
        log_a = -8.0 * r * nn.functional.softplus(-self.lam)
        a = torch.exp(log_a)
        mult = torch.sqrt(torch.clamp(1.0 - a * a, min=1e-6))
        h = seq.new_zeros(seq.shape[0], seq.shape[2])
        states = []
        for t in range(seq.shape[1]):
            h = a[:, t] * h + mult[:, t] * (i[:, t] * xb[:, t])
            states.append(h)
        seq = seq + self.out(torch.stack(states, dim=1) * g)
        u2 = self.norm2(seq)
        return seq + self.mlp_down(self.gelu2(self.mlp_gate(u2)) * self.mlp_up(u2))


class GriffinLite(nn.Module):
    """A Griffin-style sequence net: each step's ``features`` readings embedded to ``dim``,
    ``blocks`` Griffin blocks, a final layer norm, the mean over time to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, blocks: int = 1, gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.blocks = nn.ModuleList(GriffinBlock(dim, gain) for _ in range(blocks))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = self.embed(x.reshape(x.shape[0], self.steps, self.features))
        for block in self.blocks:
            seq = block(seq)
        return self.head(self.norm(seq).mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout372"
# the healthy bursts: 3000 series of 20 steps in noise 0.5 (no fault uses this form)
BU = _factory(f"{HERE}:bursts", n=3000, seed=3720)
# the first bursts (12 steps, noise 0.4): the recurrent faults were checked on these
BU12 = _factory(f"{HERE}:bursts", steps=12, noise=0.4, seed=3720)
ST = _factory(f"{HERE}:stamps", seed=3721)
GA = _factory(f"{HERE}:gauges", seed=3722)
OU = _factory(f"{HERE}:outputs", seed=3723)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3724)


def _caps(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TabCaps", "args": args}


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MobileViTLite", "args": args}


def _grf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GriffinLite", "args": args}


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.95, 0.999) and eps 1e-7."""
    return _s(data, optim="adam", optim_args={"betas": (0.95, 0.999), "eps": 1e-7}, **kw)


def _m8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "dampening": 0.1}, **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.85."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.85}, **kw)


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
    Case("h372_divergence_outputs_raw_tabcaps_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the TabCaps net with a trunk layer of 24, plain SGD at LR 1.5, "
         "batch 24",
         {"data": OU_RAW, "model": _caps(width=24, trunk=1),
          "optim": {"name": "sgd", "lr": 1.5},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; gradient norms 16 to 1.1e9 and update ratios up to 2151 before "
                      f"the loss turns NaN at step 6"), verdict="failed"),
    Case("h372_exploding_stamps_mobilevit_std1", "the MobileViT-style net with N(0, 1) init on "
         "the stamps, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": ST, "model": {**_vit(), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                 "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2463 at every epoch; gradient norms 67 to 2400 "
                      "(healthy runs far below); update ratios at most 6.9e-8, a side effect of "
                      "the LR; accuracy 0.2208 against a majority share of 0.2542; 60% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h372_dead_relu_gauges_tabcaps_shift10", "the TabCaps net on the gauges with its "
         "primary capsules' ReLU pre-activations shifted by -10, so no unit fires, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _caps(shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every primary-capsule unit logged dead, so no gradient reaches any layer "
                      "(norms 0): the loss 1.386 (ln 4) at every step; accuracy 0.2786 against "
                      "a majority share of 0.2786, every test prediction in one class"),
         verdict=TP),
    Case("h372_dead_relu_gauges_tabcaps_trunk2_rmsprop_lr01", "the TabCaps net with a trunk of "
         "2 ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _caps(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("underfitting",),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                 "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                 "at_chance", "not_converged", "divergence", "predictions_collapsed"),
         why_allowed=("first-step update ratios 4.9 to 8.8, first-quarter means 0.29 to 0.45; "
                      "the loss sits near ln 4 for two epochs and only starts falling in the "
                      "third; 53% of the capsule units and 41% of the second trunk layer's "
                      "logged dead (healthy at most 34%); accuracy 0.4571, far below the "
                      "baseline 0.6286, not at chance (0.2786); 57% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h372_update_ratio_high_bursts_griffin_adagrad_lr2", "the Griffin-style net of 16 on "
         "the bursts, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BU12, "model": _grf(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                 "exploding_gradients", "not_training"),
         why_allowed=("first-quarter mean update ratios 0.10 to 0.59, first steps 2 to 20; all "
                      "gates saturated (healthy at most 38%, a Griffin under RMSprop); the step "
                      "loss up to 155, then near ln 4; accuracy 0.2812 against a majority share of "
                      "0.2812, every test prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h372_update_ratio_low_stamps_mobilevit_sgd_lr1e9", "the MobileViT-style net on the "
         "stamps, plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.403 at every epoch; update ratios at most 6.9e-8 "
                      "(the healthy runs' quarter means far above); accuracy 0.2437 against a "
                      "majority share of 0.2542, every test prediction in one class"),
         verdict=TP),
    Case("h372_update_ratio_low_bursts_griffin_rmsprop_lr1e10", "the Griffin-style net of 16 on "
         "the bursts, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BU12, "model": _grf(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.506 at every epoch; update ratios at most 3.6e-9; "
                      "accuracy 0.2562 against a majority share of 0.2812, every test "
                      "prediction in one class"), verdict=TP),
    Case("h372_vanishing_gauges_tabcaps_trunk12_sigmoid_std005", "the TabCaps net with a trunk "
         "of 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at "
         "LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_caps(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "saturated_activation"),
         why_allowed=("the first trunk layer's gradients 2.8e-17 to 9.9e-17; the validation "
                      "loss 1.381 to 1.39 (ln 4); accuracy 0.2786 at the majority share, every "
                      "test prediction in one class"), verdict=TP),
    Case("h372_saturated_bursts_griffin_gain20_rmsprop", "the Griffin-style net of 16 on the "
         "bursts with its recurrence and input gates' pre-activations times 20, plain RMSprop "
         "at LR 1e-4, batch 28, 4 epochs",
         {"data": BU12, "model": _grf(dim=16, gain=20.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training",),
         allow=("saturated_activation", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged", "vanishing_gradients",
                "exploding_gradients", "at_chance", "predictions_collapsed"),
         why_allowed=("65% to 69% of the gates saturated, not clearly outside the healthy runs' "
                      "38% (Griffin gates) and 31% (tanh TabCaps), so only allowed; the validation "
                      "loss 1.403 to 1.355 (ln 4); accuracy 0.3063, 0.025 above the majority "
                      "share 0.2812; 89% of the test predictions in one class (below 90%)"),
         verdict=TP),
    Case("h372_slow_start_gauges_tabcaps_trunk3_std015_momentum9", "the TabCaps net with a "
         "trunk of 3 ReLU layers of 32 and N(0, 0.15) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_caps(width=32, trunk=3), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                 "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("first gradient norms 0.0014 to 0.012; the validation loss 1.386 to 1.373 "
                      "over the first 4 epochs of 15 (the step loss's first quarter mean 1.385), "
                      "then 1.003 at the end (lowest, 5% below the epoch before); accuracy "
                      "0.5714, below the baseline 0.6286 (the healthy TabCaps 0.9071 and up)"),
         verdict=TP),
    Case("h372_unshuffled_gauges_tabcaps_rmsprop", "the gauges sorted by label, never shuffled, "
         "the TabCaps net, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _caps(),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                 "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half; the validation loss 1.406 to 1.379; "
                      "accuracy 0.3143 against a majority share of 0.2786; 36% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h372_mse_softmax_bursts_griffin_adam", "the bursts trained with square error on the "
         "softmax, the Griffin-style net of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BU12, "model": _grf(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9375 (test 0.9), the validation "
                      "loss lowest at the end (falling 29% in the last epoch)"), verdict=TP),
    Case("h372_noisy_gauges_tabcaps_b1_adam", "the gauges one row at a time (batch 1), the "
         "TabCaps net, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _caps(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.55 times its mean over the second half, not "
                      "clearly above the healthy runs; the validation loss 1.134 then 0.891 "
                      "(still falling 21%); accuracy 0.6214, just below the baseline 0.6286"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h372_overfit_gauges_subset40_tabcaps_adam", "40 rows of the gauges, the TabCaps net "
         "with a trunk layer of 160, Adam at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _caps(width=160, trunk=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4821 (training 1.0; the healthy runs "
                      "0.9071 and up); the validation loss lowest at epoch 4 of 150 (1.271), "
                      "1.64 times it at the end"), verdict=GP),
    Case("h372_gap_stamps_subset30_mobilevit_adam", "30 images of the stamps, the MobileViT-style"
         " net with 16 channels and a width of 24, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _vit(channels=16, dim=24),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4646 (the healthy MobileViTs 0.91 and "
                      "up); the validation loss lowest (1.15) early, 3.45 times it at the end"),
         verdict=GP),
    Case("h372_underfit_bursts_griffin_dim2_adam", "the bursts through a Griffin-style net of "
         "width 2, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BU12, "model": _grf(dim=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                 "update_ratio_high", "vanishing_gradients", "at_chance"),
         why_allowed=("a width of 2 cannot tell four classes: accuracy 0.4313 (training 0.4313),"
                      " far below the baseline 0.9062; the validation loss 1.411 to 1.326, still "
                      "falling at the end"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h372_lightning_digits_momentum8_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.8 and dampening 0.1 at LR 1e20, 3000 units, batch 24, 3 epochs",
         script=lightning_run(_m8("digits", hidden=(3000,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every validation loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h372_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.95 and 0.999, eps 1e-7) at LR 1e-10, 3001 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_ab("circles", hidden=(3001,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7181 at every epoch; accuracy 0.2812 at its initial "
                      "weights, far below 0.5"), verdict=TP),
    Case("h372_hf_trainer_wine_momentum8_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.8 and dampening 0.1 at LR 1e20 (decaying linearly), 3002 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m8("wine", hidden=(3002,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, below the majority share"),
         verdict="failed"),
    Case("h372_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop"
         " (alpha 0.85) at LR 1e-10 (decaying linearly), 3003 units, batch 8, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rp("iris", hidden=(3003,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.05 at every evaluation; accuracy 0.4 at its initial "
                      "weights"), verdict=TP),
    Case("h372_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), Adam "
         "(betas 0.95 and 0.999, eps 1e-7) at LR 1e20, 3004 units, batch 20, 3 epochs",
         script=keras_run(_ab("moons", hidden=(3004,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h372_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 3005 units, "
         "RMSprop (alpha 0.85) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rp("digits", hidden=(3005,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training 1.0); the "
                      "validation loss lowest at epoch 2 of 120 (2.287), 1.49 times it at the "
                      "end"), verdict=GP),
    Case("h372_tensorboard_breast_cancer_momentum8_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.8 and dampening 0.1 at LR 1e20, 3006 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_m8("breast_cancer", hidden=(3006,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN after its first step; accuracy 0.3684, far below 0.63"),
         verdict="failed"),
    Case("h372_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3007 units, Adam (betas 0.95 and 0.999, eps 1e-7) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ab("circles", hidden=(3007,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5923, training loss near 0); the "
                      "validation loss lowest early (2.098), 1.92 times it at the "
                      "end"), verdict=GP),
    Case("h372_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.85) at LR 1e-3, 3008 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(3008,), lr=1e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=15),
    Case("h372_plain_digits_momentum8_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.8 and dampening 0.1 at LR 1e-10, 3009 units, batch 25, 4 epochs",
         script=plain_run(_m8("digits", hidden=(3009,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.339 at every epoch; accuracy 0.0864 at its initial "
                      "weights, below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy372_gauges_tabcaps_trunk1_adam_cosine",
       {"data": GA, "model": _caps(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy372_gauges_tabcaps_trunk1_gelu_adamw_step",
       {"data": GA, "model": _caps(width=28, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy372_gauges_tabcaps_trunk1_rmsprop_exponential",
       {"data": GA, "model": _caps(width=30, trunk=1),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy372_gauges_tabcaps_trunk1_tanh_momentum9_cosine",
       {"data": GA, "model": _caps(width=32, trunk=1, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy372_gauges_tabcaps_trunk1_adagrad_inverse_time",
       {"data": GA, "model": _caps(width=24, trunk=1),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy372_outputs_tabcaps_adam_cosine",
       {"data": OU, "model": _caps(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy372_outputs_tabcaps_gelu_adamw_cosine",
       {"data": OU, "model": _caps(width=32, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy372_stamps_mobilevit_adam_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy372_stamps_mobilevit_adamw_step",
       {"data": ST, "model": _vit(channels=10),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy372_stamps_mobilevit_rmsprop_cosine",
       {"data": ST, "model": _vit(channels=12),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy372_stamps_mobilevit_adam_exponential",
       {"data": ST, "model": _vit(channels=12),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy372_bursts_griffin_adam_cosine",
       {"data": BU, "model": _grf(dim=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy372_bursts_griffin_adamw_exponential",
       {"data": BU, "model": _grf(dim=16),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy372_bursts_griffin_rmsprop_cosine",
       {"data": BU, "model": _grf(dim=16),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy372_bursts_griffin_momentum9_cosine",
       {"data": BU, "model": _grf(dim=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy372_lightning_digits_adam",
        lightning_run(_ab("digits", hidden=(3000,), lr=1e-3, epochs=7, batch_size=24)),
        "lightning"),
    _hs("healthy372_lightning_wine_momentum8",
        lightning_run(_m8("wine", hidden=(3001,), lr=3e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy372_lightning_moons_rmsprop",
        lightning_run(_rp("moons", hidden=(3002,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy372_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_ab("breast_cancer", hidden=(3003,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy372_hf_trainer_iris_momentum8",
        hf_trainer_run(_m8("iris", hidden=(3004,), lr=1e-2, epochs=12, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy372_keras_circles_adam",
        keras_run(_ab("circles", hidden=(3005,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy372_keras_wine_rmsprop",
        keras_run(_rp("wine", hidden=(3006,), lr=3e-4, epochs=11, batch_size=10)), "keras"),
    _hs("healthy372_keras_breast_cancer_momentum8",
        keras_run(_m8("breast_cancer", hidden=(3007,), lr=3e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy372_tensorboard_iris_adam",
        tensorboard_run(_ab("iris", hidden=(3008,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy372_tensorboard_digits_momentum8",
        tensorboard_run(_m8("digits", hidden=(3009,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy372_tensorboard_moons_rmsprop",
        tensorboard_run(_rp("moons", hidden=(3000,), lr=5e-4, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy372_plain_sine_rmsprop",
        plain_run(_rp("sine", hidden=(3001,), lr=1e-4, epochs=14, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy372_plain_breast_cancer_adam",
        plain_run(_ab("breast_cancer", hidden=(3002,), lr=5e-4, epochs=8, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
