"""The three-hundred-eighty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`GCViTNet` (a GCViT-style image
model: a 3x3 stem convolution and a 2x2 max pool to a 6x6 token map, a block of attention inside
3x3 windows, then a global-context block whose queries come from a 3x3 grid average-pooled from
the whole map and shared by every window, each block with a pre-norm MLP, a mean over the tokens,
a linear head), :class:`MoDNet` (a Mixture-of-Depths sequence model: the readings embedded with a
learnt position embedding, two blocks in which a learnt router sends only the top half of the
tokens through self-attention and an MLP, their change scaled by the sigmoid of the router score,
the other tokens skipping the block on the residual path, a mean over time, a linear head) and
:class:`DEQNet` (a Deep-Equilibrium-style tabular model: optional trunk layers, then one
weight-tied layer ``z = act(W z + U x + b)`` iterated 6 times from 0 towards its fixed point, a
linear head); no case fell back to the runner's built-in models. Every data set is this module's
own ``data.factory``: :func:`ripples`, 800 noisy series of 12 steps in 2 readings, each reading
holding a 3-step ripple (up, down, up, of 1.5 times a random sign) or none (4 classes; seed
3830); :func:`stamps`, 1600 12x12 images of a cup, a zed, four corner dots or a stair at a random
place in noise 0.35, 2% random labels (4 classes; seed 3831); :func:`gauges`, a tabular 4-class
set of 8 readings (outside a circle in two readings, a linear threshold of two more, 3% random
labels, 1400 rows; seed 3832); :func:`outputs`, a tabular regression of 8 readings (a product, a
tanh step, a sine and a linear term; 1200 rows; seed 3833; times 250 plus 5000 with seed 3834 for
the divergence). Script cases use Adamax with betas (0.88, 0.995), Adagrad with an LR decay of
1e-3 and AdamW with amsgrad and weight decay 0.01 on digits, wine, iris, breast cancer, moons,
circles and the sine; every script case holds a hidden width of 3110 to 3119. Runner optimisers:
Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (one per training round) only to check that the fault is real, from the run's own
metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
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
0.2607 on the gauges, 0.2594 on the stamps, 0.2625 on the ripples. Baselines (validation):
accuracy 0.6 (gauges), 0.375 (stamps), 0.55 (ripples); R2 0.7229 (outputs), 0.6825 (the raw
outputs).

Measured healthy ranges (runner, the runs as they stand): update-ratio quarter means 4e-5 to
0.069 (single steps up to 0.67, the DEQ under Adagrad); the ``update_ratio_high`` run's quarter
means up to 0.58 (single steps up to 20); the ``update_ratio_low`` runs at most 4e-10 and 7.1e-9.
Dead fractions 0% in every healthy run (ReLU in the DEQs' tied layers and the GCViTs' stems and
MLPs); the shifted DEQ's 100%, the RMSprop-killed trunk's 59% (its second trunk layer; 44% of the
tied layer). Saturated tanh outputs at most 21% (the one healthy tanh run, the DEQ under momentum
0.9); the gain-8 MoD's 61% to 67%, the Adagrad MoD's 100%. Gradient norms at most 11.8, first norms
at least 0.0037; the exploding run's 4.1e5 to 8.1e6, the vanishing run's first trunk norms 4.6e-18
to 1.1e-17. The step loss's position explains at most 21% of its within-epoch variance in the
healthy runner runs; the unshuffled run 100%. The step-loss swing (second half) is 0.26 to 0.78 in
the healthy runner runs, 1.2 in the batch-1 run. Healthy scores (validation): gauges
0.8357-0.925, stamps 0.7969-0.8844, ripples 0.7875-0.8562, outputs R2 0.8721 and 0.8877; scripts
0.9474-1.0 accuracy, the loop's sine R2 0.9287.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first stamps set (2000 images, an average-pooled stem) trained the GCViT to only 0.73-0.80 in 20
s a run, so the set has 1600 images and the stem max-pools, and the local block lost an unused
query norm that logged a zero gradient; the GCViT under RMSprop (LR 1e-3, 14 epochs, 0.6719) now
LR 2e-3, 16 epochs, batch 25 (0.7969); the GCViT under Adagrad (LR 0.05 then 0.1, 0.7656 and
0.7594, more than 0.1 below the best) was replaced by the GCViT under Adam with an exponential
schedule (0.8844); the DEQ under Adagrad (LR 0.05, 0.7857) now LR 0.07, width 32, 12 epochs
(0.8571; LR 0.1 ended 7.9% above its epoch-11 minimum); runs that ended above their minimum were
cut at it: the DEQ under RMSprop (15 to 12 epochs), the MoD under AdamW (20 to 9), the MoD under
Adam (20 epochs at LR 5e-3 to 12 at LR 3e-3), Lightning's digits (10 to 9), wine (14 to 12) and
moons (15 to 12), the Trainer's iris (14 to 8), TensorBoard's digits (10 to 7) and the loop's
breast cancer (10 to 6); the Adagrad MoD got ``NOSTOP`` (its step loss jumps to 112). The slow
start (a DEQ with a trunk of 3 ReLU layers and N(0, 0.15) init under momentum 0.9 at LR 0.02)
learnt from its first epoch (0.875); seven more depths, inits and LRs (checked in a scratch module
under other names) stayed at ln 4 for 2 to 4 epochs of 20 to 25 at most and then stuck near the
linear half of the classes or learnt normally, so that case is now the trunk of 4 with N(0, 0.1)
init at LR 0.02 for 20 epochs, labelled ``underfitting`` from its metrics (``slow_start`` only
allowed).

Not met: no slow start of this part's models was made real (see above), so the part has no case
expecting ``slow_start``; the GCViT runs take 15 to 25 s each, above the 1 to 10 s aimed at; the
MoD under Adam reaches 0.7875, 0.069 below the best ripples run; the changed cases were checked in
stores beside the first, and the measured ranges above are from the runs as they stand in this
file. The RMSprop-killed DEQ is labelled ``failed`` (its step loss reached 5.8e7) with
``underfitting`` expected as the poor fit the blow-up left (accuracy 0.2107, training 0.2262,
below the baseline 0.6).

Labels from the metrics: the test predictions fall in one class in the shifted DEQ (100%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in the exploding run
(89.3%), the stuck GCViT (83.8%), the stuck MoD (68%) and the saturated MoD (64%); the exploding
run, the shifted DEQ, the killed trunk, the stuck GCViT and MoD, the vanishing run, the unshuffled
run and the two-wide MoD score within 0.05 of the majority share (``at_chance`` expected); the
saturated MoD scores 0.075 above it (allowed). The Adagrad MoD ends at 0.4062, above chance and
below the baseline (``underfitting``). The square-error MoD still reaches 0.8063, so only
``loss_mismatch`` is expected there. The batch-1 DEQ's step loss is flat over its last half
(quarter means 0.80 and 0.82) at a swing of 1.2, and it ends at 0.4893 below the baseline, so
``noisy_loss`` and ``underfitting`` are expected and ``not_converged`` only allowed. Keras' 16
digits' first epoch loss is 31 (allowed ``divergence``); the overfit runs end 1.15 to 5.6 times
their early minima. The loop's stuck digits score 0.0585 (allowed), the Trainer's stuck iris
0.2667.

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


def ripples(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.5,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step ripple (``+h, -h, +h`` times a random sign, so a reading's sum does not
    tell) at a random time or none; the class is which readings ripple (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    wave = np.array([1.0, -1.0, 1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0)) * wave
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_DOTS = np.array([[1, 0, 1], [0, 0, 0], [1, 0, 1]], dtype=float)
_STEP = np.array([[1, 0, 0], [1, 1, 0], [0, 1, 1]], dtype=float)


def stamps(n: int = 1600, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: a cup, a zed, four corner dots, a stair), in Gaussian noise of ``noise``; a
    share ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _ZED, _DOTS, _STEP), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 lie outside the circle ``x0^2 + x1^2 = 1.4``, times 2, plus whether
    ``x2 - 0.6 x3`` exceeds 0; readings 4 to 7 are noise; a share ``flip`` of labels drawn at
    random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 > 1.4).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.0)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a
    tanh step of a third, a sine of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.0 * x[:, 0] * x[:, 2] + 1.4 * np.tanh(2.0 * x[:, 1]) + 1.2 * np.sin(1.3 * x[:, 3])
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class GCWindowBlock(nn.Module):
    """A GCViT-style block over a ``(batch, dim, H, W)`` map cut into ``window`` x ``window``
    windows: pre-norm attention inside each window (queries from the window's own tokens, or,
    where ``global_query``, from a global context grid made by average-pooling the whole map to
    ``window`` x ``window`` and shared by every window), then a pre-norm MLP (``activation``, its
    pre-activations shifted by ``shift``), each with a residual."""

    def __init__(self, dim: int, window: int, heads: int, mlp: int, activation: str,
                 global_query: bool, shift: float = 0.0) -> None:
        super().__init__()
        self.window, self.global_query, self.shift = window, global_query, shift
        self.norm1 = nn.LayerNorm(dim)
        self.norm_q = nn.LayerNorm(dim) if global_query else None
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, dim * mlp)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(dim * mlp, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, c, h, w = x.shape
        s = self.window
        nh, nw = h // s, w // s
        win = x.reshape(b, c, nh, s, nw, s).permute(0, 2, 4, 3, 5, 1).reshape(b * nh * nw,
                                                                              s * s, c)
        n = self.norm1(win)
        if self.global_query:
            g = nn.functional.adaptive_avg_pool2d(x, s).flatten(2).transpose(1, 2)
            q = self.norm_q(g.repeat_interleave(nh * nw, dim=0))  # type: ignore[misc]
        else:
            q = n
        win = win + self.attn(q, n, n, need_weights=False)[0]
        win = win + self.fc2(self.act(self.fc1(self.norm2(win)) + self.shift))
        return win.reshape(b, nh, nw, s, s, c).permute(0, 5, 1, 3, 2, 4).reshape(b, c, h, w)


class GCViTNet(nn.Module):
    """A small GCViT-style image model: a 3x3 stem convolution to ``dim`` channels
    (``activation``) and a 2x2 max pool (a 6x6 token map from 12x12 images), a local
    window-attention block, a global-context block whose queries come from the pooled whole map,
    a layer norm, a mean over the tokens and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 window: int = 3, heads: int = 2, mlp: int = 2, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], dim, 3, padding=1),
                                  _ACTS[activation](), nn.MaxPool2d(2))
        self.local = GCWindowBlock(dim, window, heads, mlp, activation, False, shift)
        self.context = GCWindowBlock(dim, window, heads, mlp, activation, True, shift)
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.context(self.local(self.stem(x)))
        return self.head(self.norm(h.flatten(2).transpose(1, 2)).mean(dim=1))


class MoDBlock(nn.Module):
    """A Mixture-of-Depths block: a learnt router scores every token; only the top ``capacity``
    share of the tokens go through pre-norm self-attention (among themselves) and a pre-norm MLP
    (``activation`` fed ``gain`` times its pre-activation), their change scaled by the sigmoid of
    their router score (so the router learns); the other tokens skip the block on the residual
    path unchanged."""

    def __init__(self, dim: int, heads: int, capacity: float, activation: str,
                 gain: float = 1.0) -> None:
        super().__init__()
        self.capacity, self.gain = capacity, gain
        self.router = nn.Linear(dim, 1)
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        k = max(1, int(round(self.capacity * t)))
        scores = self.router(x).squeeze(-1)
        idx = scores.topk(k, dim=1).indices.sort(dim=1).values
        where = idx[..., None].expand(b, k, d)
        sel = x.gather(1, where)
        n = self.norm1(sel)
        h = sel + self.attn(n, n, n, need_weights=False)[0]
        h = h + self.fc2(self.act(self.gain * self.fc1(self.norm2(h))))
        weight = torch.sigmoid(scores.gather(1, idx))[..., None]
        return x.scatter(1, where, sel + weight * (h - sel))


class MoDNet(nn.Module):
    """A Mixture-of-Depths sequence model: the flattened sequence read back as ``features``
    readings a step, embedded to ``dim`` with a learnt position embedding, ``depth``
    :class:`MoDBlock` blocks, a layer norm, the mean over time and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, depth: int = 2, heads: int = 2, capacity: float = 0.5,
                 activation: str = "gelu", gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.pos = nn.Parameter(torch.randn(self.steps, dim) * 0.1)
        self.blocks = nn.ModuleList(MoDBlock(dim, heads, capacity, activation, gain)
                                    for _ in range(depth))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x.reshape(x.shape[0], self.steps, self.features)) + self.pos
        for block in self.blocks:
            h = block(h)
        return self.head(self.norm(h).mean(dim=1))


class DEQNet(nn.Module):
    """A Deep-Equilibrium-style tabular model: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``) first, then one weight-tied layer ``z = act(W z + U x + b + shift)`` iterated
    ``iters`` times from ``z = 0`` towards its fixed point, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 iters: int = 6, activation: str = "relu", trunk: int = 0,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.inject = nn.Linear(n_in, width)
        self.tied = nn.Linear(width, width, bias=False)
        self.act = _ACTS[activation]()
        self.iters, self.shift = iters, shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        u = self.inject(self.trunk(x.flatten(1))) + self.shift
        z = torch.zeros_like(u)
        for _ in range(self.iters):
            z = self.act(self.tied(z) + u)
        return self.head(z)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout383"
RP = _factory(f"{HERE}:ripples", seed=3830)
ST = _factory(f"{HERE}:stamps", seed=3831)
GA = _factory(f"{HERE}:gauges", seed=3832)
OU = _factory(f"{HERE}:outputs", seed=3833)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3834)


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:GCViTNet", "args": args}


def _mod(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:MoDNet", "args": args}


def _deq(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DEQNet", "args": args}


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.88, 0.995)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.88, 0.995)}, **kw)


def _agd(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an LR decay of 1e-3."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad and weight decay 0.01."""
    return _s(data, optim="adamw", optim_args={"amsgrad": True, "weight_decay": 0.01}, **kw)


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
    Case("h383_divergence_outputs_raw_deq_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the DEQ net of 20, plain SGD at LR 0.01, batch 24",
         {"data": OU_RAW, "model": _deq(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.5e7 at the first step, 4.9e20 at the second and "
                      f"Inf at the twelfth, with the gradient norms and update ratios"),
         verdict="failed"),
    Case("h383_exploding_gauges_deq_trunk6_std1", "the DEQ net with a trunk of 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_deq(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 2.0e6 to 1.7e6, never near ln 4; gradient norms 4.1e5 "
                      "to 8.1e6 (healthy at most 11.8); update ratios at most 5.6e-5, a side "
                      "effect of the LR; accuracy 0.2643 against a majority share of 0.2607; "
                      "89.3% of the test predictions in one class (below 90%)"),
         verdict="failed"),
    Case("h383_dead_relu_gauges_deq_shift10", "the DEQ net of 32 on the gauges with its "
         "tied layer's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, "
         "batch 25, 4 epochs",
         {"data": GA, "model": _deq(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every unit of the tied layer logged dead (healthy runs 0%), so no gradient"
                      " reaches any layer below the head: the validation loss 1.386 (ln 4) at "
                      "every epoch; accuracy 0.2607, the majority share, every test prediction in"
                      " one class"),
         verdict=TP),
    Case("h383_dead_relu_gauges_deq_trunk2_rmsprop_lr01", "the DEQ net with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _deq(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu", "at_chance", "underfitting"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "not_converged", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}: the step loss 5.8e7 at its second step, gradient norms up to "
                      f"4.7e7, single update ratios up to 8.9; the validation loss 25.6 to 5.09, "
                      f"above ln 4 at its end; 33% of the test predictions in one class"),
         verdict="failed"),
    Case("h383_update_ratio_high_ripples_mod_adagrad_lr2", "the Mixture-of-Depths net of 16 "
         "with tanh MLPs on the ripples, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RP, "model": _mod(dim=16, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                "not_training"),
         why_allowed=("the step loss jumps to 112 at step 3 and falls back (1.2 to 1.5 at the "
                      "end); gradient norms up to 20.3 (healthy up to 11.8, not clearly outside);"
                      " the validation loss 6.21 to 1.205, still falling; 44% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h383_update_ratio_low_stamps_gcvit_sgd_lr1e9", "the GCViT net on the stamps, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": ST, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the validation loss 1.413 at every epoch; update ratios at most 4e-10 "
                      "(healthy quarter means at least 4e-5); accuracy 0.2437 against a majority "
                      "share of 0.2594; 83.8% of the test predictions in one class (below 90%)"),
         verdict=TP),
    Case("h383_update_ratio_low_ripples_mod_rmsprop_lr1e10", "the Mixture-of-Depths net of 16 "
         "on the ripples, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _mod(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "predictions_collapsed"),
         why_allowed=("the validation loss 1.409 at every epoch; update ratios at most 7.1e-9; "
                      "accuracy 0.25 against a majority share of 0.2625; 68% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h383_vanishing_gauges_deq_trunk12_sigmoid_std005", "the DEQ net with a trunk of 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_deq(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layers' gradients 4.6e-18 to 1.1e-17 (healthy first norms "
                      "at least 0.0037); the validation loss 1.391 to 1.408 (near ln 4); accuracy"
                      " 0.2357 against a majority share of 0.2607, every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h383_saturated_ripples_mod_tanh_gain8_rmsprop", "the Mixture-of-Depths net of 16 on "
         "the ripples with tanh MLPs fed 8 times their pre-activation, plain RMSprop at LR 1e-4, "
         "batch 28, 4 epochs",
         {"data": RP, "model": _mod(dim=16, activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("61% to 67% of the MLP tanh outputs saturated (the healthy tanh run at most"
                      " 21%); the validation loss 1.368 to 1.344 (near ln 4); accuracy 0.3375, "
                      "0.075 above the majority share 0.2625, below the baseline 0.55; 64% of the"
                      " test predictions in one class"),
         verdict=TP),
    Case("h383_underfit_gauges_deq_trunk4_std01_momentum9", "the DEQ net with a trunk of "
         "4 ReLU layers of 32 and N(0, 0.1) init on the gauges (meant as a slow start), SGD "
         "with momentum 0.9 at LR 0.02, batch 32, 20 epochs",
         {"data": GA, "model": {**_deq(width=32, trunk=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("underfitting",),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the validation loss 1.383 to 1.366 over the first 3 of 20 epochs (ln 4), "
                      "then stuck near 0.79 (lowest 0.7675 at epoch 16, 3.1% above it at the "
                      "end): only a sixth of the run flat, so the slow start is not clear; 22% of"
                      " the deepest trunk layer's units dead (healthy 0%, not most); accuracy "
                      "0.4571 (training 0.5429) below the baseline 0.6"),
         verdict=TP),
    Case("h383_unshuffled_gauges_deq_rmsprop", "the gauges sorted by label, never shuffled, "
         "the DEQ net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _deq(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 21%); the "
                      "validation loss 1.400 to 1.379; accuracy 0.25 against a majority share of "
                      "0.2607; 51% of the test predictions in one class"),
         verdict=TP),
    Case("h383_mse_softmax_ripples_mod_adam", "the ripples trained with square error on the "
         "softmax, the Mixture-of-Depths net of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RP, "model": _mod(dim=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8063 (healthy 0.7875 to 0.8562); "
                      "the validation loss 0.7% above its epoch-9 minimum"),
         verdict=TP),
    Case("h383_noisy_gauges_deq_b1_adam", "the gauges one row at a time (batch 1), the DEQ "
         "net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _deq(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "underfitting"),
         allow=("not_converged", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss up to 9.9 in single steps, its quarter means 1.18, 0.91, "
                      "0.80, 0.82 (flat at the end) while the validation loss still falls (0.818 "
                      "to 0.784); gradient norms up to 33.5 (batch 1; healthy up to 11.8)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h383_overfit_gauges_subset40_deq_adamw", "40 rows of the gauges, the DEQ net of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _deq(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4571 (training 1.0; the healthy runs 0.8357"
                      " and up, the baseline 0.6); the validation loss lowest at epoch 2 of 150 "
                      "(1.258), 5.6 times it at the end; the gradients end near 1e-4"),
         verdict=GP),
    Case("h383_gap_stamps_subset30_gcvit_adam", "30 images of the stamps, the GCViT net of 32, "
         "Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _vit(dim=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3812 (training 1.0; the healthy runs "
                      "0.7969 and up, the baseline 0.375); the validation loss lowest in the "
                      "first quarter (1.245), 1.85 times it at the end; the gradients end near "
                      "1e-4"),
         verdict=GP),
    Case("h383_underfit_ripples_mod_dim2_adam", "the ripples through a Mixture-of-Depths net "
         "of width 2 (one head), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RP, "model": _mod(dim=2, heads=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance"),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("width 2 cannot tell four classes: the validation loss 1.411 to 1.364 "
                      "(lowest at epoch 14 of 15, the same at the end); accuracy 0.2812 (training"
                      " 0.3146) against a majority share of 0.2625; 59% of the test predictions "
                      "in one class; some router gradients down to 6.6e-11"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h383_lightning_digits_adamax_lr1e20_nan", "Lightning: digits, Adamax (betas 0.88, "
         "0.995) at LR 1e20, 3110 units, batch 24, 3 epochs",
         script=lightning_run(_ax("digits", hidden=(3110,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"),
         verdict="failed"),
    Case("h383_lightning_circles_ams_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad, weight decay 0.01) at LR 1e-10, 3111 units, batch 20, 3 epochs",
         script=lightning_run(_ams("circles", hidden=(3111,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.6687 at every epoch; accuracy 0.5391 at its initial "
                      "weights, within 0.05 of the majority share"),
         verdict=TP),
    Case("h383_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "(betas 0.88, 0.995) at LR 1e20 (decaying linearly), 3112 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ax("wine", hidden=(3112,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"),
         verdict="failed"),
    Case("h383_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (LR decay 1e-3) at LR 1e-10 (decaying linearly), 3113 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_agd("iris", hidden=(3113,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.174 at every evaluation; accuracy 0.2667 at its "
                      "initial weights, below 1/3"),
         verdict=TP),
    Case("h383_keras_moons_ams_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad, weight decay 0.01) at LR 1e20, 3114 units, batch 20, 3 epochs",
         script=keras_run(_ams("moons", hidden=(3114,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h383_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 3115 units, "
         "Adagrad (LR decay 1e-3) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_agd("digits", hidden=(3115,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "divergence"),
         why_allowed=("16 rows teach less (validation accuracy 0.4568, training 1.0); the epoch "
                      "loss 31.3 in the first epoch (large logits at LR 0.05, batch 2), then near"
                      " 0; the validation loss lowest at epoch 2 (26.86), 30.86 at the end"),
         verdict=GP),
    Case("h383_tensorboard_breast_cancer_adamax_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adamax (betas 0.88, 0.995) at LR 1e20, 3116 units, batch 19, 3 epochs",
         script=tensorboard_run(_ax("breast_cancer", hidden=(3116,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"),
         verdict="failed"),
    Case("h383_tensorboard_circles_subset8_ams_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3117 units, AdamW (amsgrad, weight decay 0.01) at LR 3e-3, "
         "150 epochs, batch 2",
         script=tensorboard_run(_ams("circles", hidden=(3117,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the "
                      "validation loss lowest early (1.873), 2.06 times it at the end"),
         verdict=GP),
    Case("h383_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (LR decay 1e-3) at LR 0.05, 3118 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_agd("sine", hidden=(3118,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps to 2584 at step 2 and settles back)"),
         verdict="failed", expect_step=15),
    Case("h383_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax (betas "
         "0.88, 0.995) at LR 1e-10, 3119 units, batch 25, 4 epochs",
         script=plain_run(_ax("digits", hidden=(3119,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.361 at every epoch; accuracy 0.0585 at its initial "
                      "weights, below the majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy383_gauges_deq_adam_cosine",
       {"data": GA, "model": _deq(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy383_gauges_deq_gelu_adamw_step",
       {"data": GA, "model": _deq(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy383_gauges_deq_rmsprop_exponential",
       {"data": GA, "model": _deq(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy383_gauges_deq_tanh_momentum9_cosine",
       {"data": GA, "model": _deq(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy383_gauges_deq_adagrad_inverse_time",
       {"data": GA, "model": _deq(width=32),
        "optim": {"name": "adagrad", "lr": 0.07, "schedule": "inverse_time"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy383_outputs_deq_adam_cosine",
       {"data": OU, "model": _deq(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy383_outputs_deq_gelu_adamw_cosine",
       {"data": OU, "model": _deq(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy383_stamps_gcvit_adam_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 25}}),
    _h("healthy383_stamps_gcvit_gelu_adamw_step",
       {"data": ST, "model": _vit(activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 14, "batch_size": 28}}),
    _h("healthy383_stamps_gcvit_rmsprop_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 25}}),
    _h("healthy383_stamps_gcvit_adam_exponential",
       {"data": ST, "model": _vit(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy383_ripples_mod_adam_cosine",
       {"data": RP, "model": _mod(dim=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy383_ripples_mod_adamw_exponential",
       {"data": RP, "model": _mod(dim=16),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy383_ripples_mod_rmsprop_cosine",
       {"data": RP, "model": _mod(dim=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy383_ripples_mod_momentum9_cosine",
       {"data": RP, "model": _mod(dim=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy383_lightning_digits_ams",
        lightning_run(_ams("digits", hidden=(3110,), lr=1e-3, epochs=9, batch_size=24)),
        "lightning"),
    _hs("healthy383_lightning_wine_adamax",
        lightning_run(_ax("wine", hidden=(3111,), lr=2e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy383_lightning_moons_adagrad",
        lightning_run(_agd("moons", hidden=(3112,), lr=0.01, epochs=12, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy383_hf_trainer_breast_cancer_ams",
        hf_trainer_run(_ams("breast_cancer", hidden=(3113,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy383_hf_trainer_iris_adamax",
        hf_trainer_run(_ax("iris", hidden=(3114,), lr=5e-3, epochs=8, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy383_keras_circles_ams",
        keras_run(_ams("circles", hidden=(3115,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy383_keras_wine_adagrad",
        keras_run(_agd("wine", hidden=(3116,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy383_keras_breast_cancer_adamax",
        keras_run(_ax("breast_cancer", hidden=(3117,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy383_tensorboard_iris_ams",
        tensorboard_run(_ams("iris", hidden=(3118,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy383_tensorboard_digits_adamax",
        tensorboard_run(_ax("digits", hidden=(3119,), lr=2e-3, epochs=7, batch_size=25)),
        "tensorboard"),
    _hs("healthy383_tensorboard_moons_adagrad",
        tensorboard_run(_agd("moons", hidden=(3110,), lr=0.01, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy383_plain_sine_adagrad",
        plain_run(_agd("sine", hidden=(3111,), lr=0.01, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy383_plain_breast_cancer_ams",
        plain_run(_ams("breast_cancer", hidden=(3112,), lr=5e-4, epochs=6, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
