"""The three-hundred-sixty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`CrossViT` (two branches cut the image into 2- and
4-pixel patches with overlapping strided-convolution embeddings, one transformer layer each, then
each branch's class token attends over the other branch's patch tokens; the two heads' logits
summed), :class:`ReformerNet` (steps embedded, two streams through reversible residual blocks
``y1 = x1 + A(x2)``, ``y2 = x2 + F(y1)``, ``A`` attention over shared query-keys within LSH
buckets of a fixed random rotation, ``F`` a feed-forward layer whose units can be fed a gain)
and :class:`AutoDisMLP` (each numeric feature softly discretised into learnt meta-embeddings,
concatenated, then an MLP whose pre-activations can be shifted). Data: :func:`zigzags`, 800
series of 14 steps in 2 readings, each reading holding a 4-step zig-zag of random sign or none
(4 classes; seed 3690); :func:`stamps`, 2000 12x12 images of a V, an arch, a Z or a hook at a
random place in noise 0.25, 2% random labels (seed 3691); :func:`gauges`, a tabular 4-class set
of 8 readings (seed 3692); :func:`tariffs`, a tabular regression of 8 readings (seed 3693; times
250 plus 5000 with seed 3694 for the divergence). Script cases use Adamax with weight decay 1e-4,
NAdam with betas (0.85, 0.999) and SGD with Nesterov momentum 0.9 and weight decay 1e-4 on
digits, wine, iris, breast cancer, moons, circles and the sine; hidden widths 2970 to 2979.

Each case was trained once at seed 0 with ``benchmarks/train_without_diagnosis.py`` (diagnosis
off) into fresh stores (``/tmp/h369/storeA`` to ``storeE``), only to check that the fault is
real from the run's own metrics; no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2607 on the gauges, 0.275 on the stamps, 0.2938 on the zigzags. Baselines (validation):
accuracy 0.5714 (gauges), 0.585 (stamps, noise 0.25), 0.6188 (zigzags); R2 0.681 (tariffs),
0.6098 (the raw tariffs).

Measured healthy ranges (runner, first round and storeE): update-ratio quarter means 3.8e-5 to
0.045 (single steps up to 0.30); the ``update_ratio_high`` run's first-quarter means 0.10 to 0.68,
single steps up to 20; the ``update_ratio_low`` runs at most 1.7e-10. Dead fractions at most 44%
(the AutoDis nets); the shifted net's 100%, the RMSprop-killed net's 100% and 97%. Saturated
tanh units at most 4.6%; the gain-8 Reformer's 63% to 67%, the Adagrad Reformer's 100%. Gradient
norms at most 5.3, first norms at least 6.5e-4; the exploding run's 333 to 3282, the vanishing
run's first hidden layer 1.3e-17 to 2.3e-16. The step loss's position explains at most 23.6% of
its within-epoch variance (healthy runner); the unshuffled run 100%. Step-loss swing 0.12 to 1.18
(healthy runner); the batch-1 run 1.84. Healthy scores (validation): gauges 0.8857-0.9357, zigzags
0.8625-0.9375, stamps 0.7275-0.8275 (15 epochs), tariffs R2 0.7071-0.8746 (before the
changes below).

Changes after the first round: the CrossViT's patch embeddings became overlapping (a one-pixel
border) and the stamps' noise 0.35 became 0.25 (non-overlapping patches on noise 0.35 left the
healthy CrossViTs at 0.40 to 0.49 against a baseline of 0.405), the healthy CrossViTs train 15
epochs; the healthy tariffs nets got 2 layers of 48 (one layer of 32 reached R2 0.72 and 0.70
against 0.681); the healthy zigzags Reformers got lower LRs and 20 epochs (the first ended 6% to
26% above their minima), the Adagrad one LR 0.1 (0.8125 at 0.03); the slow start's init went from
N(0, 0.15) to N(0, 0.1) over 20 epochs (at 0.15 only 3 flat epochs of 15); the Adagrad Reformer
got ``NOSTOP`` (its loss blows up); the healthy scripts that ended above their minimum were cut
at it (Lightning's wine 12 and moons 12, Keras' circles 14, TensorBoard's iris 15, the loop's
sine 8 and breast cancer 9 epochs; constant LRs, so the same runs up to there, not retrained).

Changes after storeE (checked in ``/tmp/h369/storeF`` to ``storeH``, seed 0, diagnosis off): the
healthy CrossViTs were retrained with shorter schedules (at 15 epochs they ended 6% to 9% above
their minima): Adam at LR 2e-3 over 10 epochs (the validation loss ends 0.38% above its minimum
at epoch 9; accuracy 0.8075), AdamW with ReLU stepping by 0.3 every 3 epochs over 8 (ends at its
minimum; 0.7725), RMSprop at LR 2e-3 over 7 (ends 0.30% above its minimum at epoch 6; 0.7825,
was 0.7275 at LR 1e-3), SGD with momentum at LR 0.05 over 10 (ends at its minimum; 0.79); all
above the baseline 0.585 and within 0.1 of the best (0.8075). The healthy AdamW tariffs net with
GELU trains at LR 5e-3, batch 24 (R2 0.9295 against the baseline 0.681, the validation loss
0.04% above its minimum; was 0.7071). The healthy Adagrad Reformer was checked at LR 0.1 (tanh):
it ended 7% above its minimum at 0.7812, and tanh at LR 0.05 and 0.03 (40 epochs) reached only
0.79 and 0.84; it became ``healthy369_zigzags_reformer_adagrad_cosine``, ReLU feed-forward
units at LR 0.05 over 30 epochs (ends at its minimum, 0.9187; the zigzags' baseline 0.6188).
The six cut scripts were retrained and each ends at its minimum validation loss: Lightning's
wine (accuracy 1.0) and moons (0.9766), Keras' circles (1.0), TensorBoard's iris (1.0, the last
point 0.9667 earlier), the loop's sine (0.0423) and breast cancer (0.9561). Healthy stamps
scores are now 0.7725-0.8075 and tariffs R2 0.8746-0.9295; the measured ranges above are from
the earlier runs and were not remeasured for the changed runs.

Not met: the 30-image CrossViT scores at chance (0.2525) so its gap is in the loss (1.403 to
3.373) more than the score. The scripts' faults: the stuck circles (0.6094) and iris (0.6) are
not at chance, so ``at_chance`` is not expected there. Only seed 0 was checked.

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


def zigzags(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.4,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step zig-zag of ``height`` (``+h, -h, +h, -h``, its sign drawn at random,
    so neither a reading's sum nor its mean tells) at a random time or none; the class is which
    readings zig-zag (4 classes: none, the second, the first, both). Given flattened, time-major
    (``steps * 2`` columns)."""
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


_VEE = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0]], dtype=float)
_ARCH = np.array([[1, 1, 1], [1, 0, 1], [1, 0, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_HOOK = np.array([[1, 1, 1], [0, 0, 1], [0, 0, 1]], dtype=float)


def stamps(n: int = 2000, noise: float = 0.25, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 stamp each at a random
    place (4 classes: a V, an arch, a Z, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_VEE, _ARCH, _ZED, _HOOK), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether
    ``x0 + 0.5 x1^2`` exceeds 0.5 times 2 plus whether reading 2 is near 0 (``|x2| < 0.7``);
    readings 3 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] + 0.5 * x[:, 1] ** 2 > 0.5).astype(int) + (np.abs(x[:, 2]) < 0.7)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tariffs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a square
    of a second, a step of a third, a linear fourth and a product of two more plus noise 0.3,
    times ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.sin(1.5 * x[:, 0]) + 0.6 * x[:, 1] ** 2 + 1.2 * (x[:, 2] > 0.0)
         + 0.7 * x[:, 3] + 0.8 * x[:, 4] * x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class AutoDisMLP(nn.Module):
    """An AutoDis-style tabular net: each numeric feature ``j`` is softly discretised into
    ``buckets`` learnt meta-embeddings of ``embed`` dimensions (a per-feature leaky projection
    ``h = leaky(w_j x_j)``, a per-feature skip-connected mixing ``W_j h + alpha h``, a softmax of
    it over the buckets at temperature ``tau`` weighting the feature's meta-embeddings); the
    features' embeddings are concatenated and go through ``layers`` hidden layers of ``width``
    (linear and ``activation``, pre-activations shifted by ``shift``) to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, buckets: int = 8,
                 embed: int = 4, width: int = 32, layers: int = 1, activation: str = "relu",
                 shift: float = 0.0, tau: float = 1.0, alpha: float = 0.1) -> None:
        super().__init__()
        feats = int(np.prod(input_shape))
        self.w = nn.Parameter(torch.randn(feats, buckets))
        self.mix = nn.Parameter(torch.randn(feats, buckets, buckets) / buckets ** 0.5)
        self.meta = nn.Parameter(torch.randn(feats, buckets, embed) * 0.5)
        self.tau, self.alpha, self.shift = tau, alpha, shift
        n_in = feats * embed
        self.hidden = nn.ModuleList()
        self.acts = nn.ModuleList()
        for _ in range(layers):
            self.hidden.append(nn.Linear(n_in, width))
            self.acts.append(_ACTS[activation]())
            n_in = width
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = nn.functional.leaky_relu(x[:, :, None] * self.w, 0.01)  # (batch, feats, buckets)
        mixed = torch.einsum("bfk,fjk->bfj", h, self.mix) + self.alpha * h
        weights = torch.softmax(mixed / self.tau, dim=2)
        e = torch.einsum("bfk,fke->bfe", weights, self.meta).flatten(1)
        for layer, act in zip(self.hidden, self.acts, strict=True):
            e = act(layer(e) + self.shift)
        return self.head(e)


class _Encoder(nn.Module):
    """A pre-norm transformer layer: self-attention and a two-layer MLP, each residual."""

    def __init__(self, dim: int, heads: int, activation: str) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)

    def forward(self, t: torch.Tensor) -> torch.Tensor:
        h = self.norm1(t)
        t = t + self.attn(h, h, h, need_weights=False)[0]
        return t + self.fc2(self.act(self.fc1(self.norm2(t))))


class _CrossAttention(nn.Module):
    """A branch's class token, projected into the other branch's width, attends over that
    branch's tokens; the answer is projected back and added to the class token."""

    def __init__(self, dim: int, other: int, heads: int) -> None:
        super().__init__()
        self.into = nn.Linear(dim, other)
        self.norm = nn.LayerNorm(other)
        self.attn = nn.MultiheadAttention(other, heads, batch_first=True)
        self.back = nn.Linear(other, dim)

    def forward(self, cls: torch.Tensor, tokens: torch.Tensor) -> torch.Tensor:
        q = self.into(cls)
        kv = self.norm(torch.cat([q, tokens], dim=1))
        return cls + self.back(self.attn(self.norm(q), kv, kv, need_weights=False)[0])


class CrossViT(nn.Module):
    """A CrossViT-style image model: two branches cut the image into patches of ``patches[0]``
    and ``patches[1]`` pixels (overlapping strided-convolution embeddings, each patch seen with
    a one-pixel border, of ``dims[0]`` and ``dims[1]``,
    a class token and learnt positions each); each of ``depth`` stages runs one transformer
    layer (MLP units ``activation``) in each branch, then exchanges information through the
    class tokens (each branch's class token attends over the other branch's patch tokens); the
    two class tokens' logits are summed."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 patches: tuple[int, int] = (2, 4), dims: tuple[int, int] = (16, 24),
                 depth: int = 1, heads: int = 2, activation: str = "gelu") -> None:
        super().__init__()
        c, side = input_shape[0], input_shape[-1]
        self.embeds = nn.ModuleList(nn.Conv2d(c, d, p + 2, stride=p, padding=1)
                                    for p, d in zip(patches, dims, strict=True))
        self.cls = nn.ParameterList(nn.Parameter(torch.zeros(1, 1, d)) for d in dims)
        self.pos = nn.ParameterList(nn.Parameter(0.02 * torch.randn(1, (side // p) ** 2 + 1, d))
                                    for p, d in zip(patches, dims, strict=True))
        self.encoders = nn.ModuleList(
            nn.ModuleList(_Encoder(d, heads, activation) for d in dims) for _ in range(depth))
        self.crosses = nn.ModuleList(
            nn.ModuleList([_CrossAttention(dims[0], dims[1], heads),
                           _CrossAttention(dims[1], dims[0], heads)]) for _ in range(depth))
        self.norms = nn.ModuleList(nn.LayerNorm(d) for d in dims)
        self.heads = nn.ModuleList(nn.Linear(d, n_outputs) for d in dims)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        toks = []
        for embed, cls, pos in zip(self.embeds, self.cls, self.pos, strict=True):
            t = embed(x).flatten(2).transpose(1, 2)
            toks.append(torch.cat([cls.expand(x.shape[0], -1, -1), t], dim=1) + pos)
        for encoders, crosses in zip(self.encoders, self.crosses, strict=True):
            toks = [enc(t) for enc, t in zip(encoders, toks, strict=True)]
            small, large = toks
            cls_s = crosses[0](small[:, :1], large[:, 1:])
            cls_l = crosses[1](large[:, :1], small[:, 1:])
            toks = [torch.cat([cls_s, small[:, 1:]], dim=1),
                    torch.cat([cls_l, large[:, 1:]], dim=1)]
        return sum(head(norm(t[:, 0])) for head, norm, t in zip(self.heads, self.norms, toks,
                                                                 strict=True))


class _LSHAttention(nn.Module):
    """Attention with shared query-keys within LSH buckets: one projection gives both queries
    and (unit-normalised) keys; a fixed random rotation hashes each position into one of
    ``buckets`` buckets (the argmax over the rotation and its negative) and a position attends
    only to the positions in its own bucket."""

    def __init__(self, dim: int, buckets: int, seed: int) -> None:
        super().__init__()
        self.qk = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.out = nn.Linear(dim, dim)
        gen = torch.Generator().manual_seed(seed)
        self.register_buffer("rotation", torch.randn(dim, buckets // 2, generator=gen))
        self.scale = dim ** -0.5

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        qk = self.qk(h)
        keys = nn.functional.normalize(qk, dim=-1)
        with torch.no_grad():
            rot = keys @ self.rotation
            bucket = torch.cat([rot, -rot], dim=-1).argmax(-1)  # (batch, steps)
        scores = (qk @ keys.transpose(1, 2)) * self.scale
        same = bucket[:, :, None] == bucket[:, None, :]
        scores = scores.masked_fill(~same, float("-inf"))
        return self.out(torch.softmax(scores, dim=-1) @ self.v(h))


class _FeedForward(nn.Module):
    """A pre-norm feed-forward layer whose units ``activation`` are fed ``gain`` times their
    pre-activation."""

    def __init__(self, dim: int, activation: str, gain: float) -> None:
        super().__init__()
        self.norm = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)
        self.gain = gain

    def forward(self, h: torch.Tensor) -> torch.Tensor:
        return self.fc2(self.act(self.gain * self.fc1(self.norm(h))))


class ReformerNet(nn.Module):
    """A Reformer-style sequence model: each step's ``features`` readings are embedded to
    ``dim`` (with learnt positions) and the embedding is doubled into two streams ``x1, x2``;
    each of ``blocks`` reversible residual blocks computes ``y1 = x1 + A(x2)`` (pre-norm LSH
    attention over shared query-keys in ``buckets`` buckets) and ``y2 = x2 + F(y1)`` (a pre-norm
    feed-forward layer of ``activation`` fed ``gain`` times its pre-activation); the streams'
    mean over time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, blocks: int = 2, buckets: int = 4, activation: str = "relu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.pos = nn.Parameter(0.02 * torch.randn(1, self.steps, dim))
        self.norms = nn.ModuleList(nn.LayerNorm(dim) for _ in range(blocks))
        self.attns = nn.ModuleList(_LSHAttention(dim, buckets, 3690 + b) for b in range(blocks))
        self.ffs = nn.ModuleList(_FeedForward(dim, activation, gain) for _ in range(blocks))
        self.head = nn.Linear(2 * dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        x1 = x2 = self.embed(seq) + self.pos
        for norm, attn, ff in zip(self.norms, self.attns, self.ffs, strict=True):
            y1 = x1 + attn(norm(x2))
            y2 = x2 + ff(y1)
            x1, x2 = y1, y2
        return self.head(torch.cat([x1, x2], dim=-1).mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout369"
ZZ = _factory(f"{HERE}:zigzags", seed=3690)
ST = _factory(f"{HERE}:stamps", seed=3691)
GA = _factory(f"{HERE}:gauges", seed=3692)
TA = _factory(f"{HERE}:tariffs", seed=3693)
TA_RAW = _factory(f"{HERE}:tariffs", scale=250.0, shift=5000.0, seed=3694)


def _ad(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AutoDisMLP", "args": args}


def _vit(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CrossViT", "args": args}


def _ref(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ReformerNet", "args": args}


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.85, 0.999)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.85, 0.999)}, **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9 and weight decay 1e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True,
                                             "weight_decay": 1e-4}, **kw)


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
    Case("h369_divergence_tariffs_raw_autodis_sgd", "the tariffs regression times 250 plus 5000 "
         "(targets unscaled), the AutoDis net of 24, plain SGD at LR 0.01, batch 24",
         {"data": TA_RAW, "model": _ad(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.0e7 at the first step, 8.5e21 at the third and "
                      "Inf at the fourth"), verdict="failed"),
    Case("h369_exploding_gauges_autodis_deep6_std1", "the AutoDis net with 6 ReLU layers of 24 "
         "and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_ad(width=24, layers=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("gradient norms 333 to 3282 (healthy at most 5.3); the validation loss 964.6"
                      " to 964.4; update ratios about 1e-8, a side effect of the LR; accuracy "
                      "0.275 against a majority share of 0.2607; 82% of the test predictions in "
                      "one class"), verdict="failed"),
    Case("h369_dead_relu_gauges_autodis_shift10", "the AutoDis net of 32 on the gauges with its "
         "hidden ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _ad(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the validation loss 1.387 to 1.386 (ln 4), no gradient through the shifted "
                      "layer; accuracy 0.2607, the majority share, every test prediction in one "
                      "class"), verdict=TP),
    Case("h369_dead_relu_gauges_autodis_deep2_rmsprop_lr01", "the AutoDis net with 2 ReLU "
         "layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _ad(width=32, layers=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to 1076 in epoch 1, then 1.40 (ln 4); first-step update "
                      "ratios up to 8.3; after it 100% and 97% of the two layers' units dead "
                      "(healthy at most 44%) and their gradients 0; accuracy 0.2536 against a "
                      "majority share of 0.2607"), verdict=TP),
    Case("h369_update_ratio_high_zigzags_reformer_adagrad_lr2", "the Reformer-style net of 16 "
         "(tanh feed-forward units) on the zigzags, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": ZZ, "model": _ref(dim=16, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("update_ratio_high", "saturated_activation", "divergence", "underfitting"),
         allow=("noisy_loss", "not_converged", "exploding_gradients", "not_training",
                "predictions_collapsed", "overfitting"),
         why_allowed=("first-quarter update ratios 0.10 to 0.68, single steps up to 20 (healthy "
                      "quarter means at most 0.045); 100% of the tanh units saturated (healthy at "
                      "most 4.6%); the step loss 1.445 at the first step, up to 2.1e5, the "
                      "validation loss ending at 92 (accuracy 0.4375 against a baseline of "
                      "0.6188); gradient norms up to 2.7e4; 77% of the test predictions in one "
                      "class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h369_update_ratio_low_stamps_crossvit_sgd_lr1e9", "the CrossViT-style net on the "
         "stamps, plain SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": ST, "model": _vit(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.555 at every epoch; update ratios at most 1.7e-10 "
                      "(healthy quarter means at least 3.8e-5); accuracy 0.2675 against a majority"
                      " share of 0.275; 52% of the test predictions in one class"), verdict=TP),
    Case("h369_update_ratio_low_zigzags_reformer_rmsprop_lr1e10", "the Reformer-style net of 16 "
         "on the zigzags, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": ZZ, "model": _ref(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.386 at every epoch; update ratios near 1e-10 (healthy"
                      " at least 3.8e-5); accuracy 0.2938 at the majority share 0.2938, every test"
                      " prediction in one class"), verdict=TP),
    Case("h369_vanishing_gauges_autodis_deep12_sigmoid_std005", "the AutoDis net with 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_ad(width=16, layers=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first hidden layer's gradients 1.3e-17 to 2.3e-16 (healthy first norms "
                      "at least 6.5e-4); the validation loss 1.394 to 1.39 (ln 4); accuracy 0.2571"
                      " at the majority share, every test prediction in one class"), verdict=TP),
    Case("h369_saturated_zigzags_reformer_tanh_gain8_rmsprop", "the Reformer-style net of 16 on "
         "the zigzags with tanh feed-forward units fed 8 times their pre-activation, plain "
         "RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": ZZ, "model": _ref(dim=16, activation="tanh", gain=8.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients"),
         why_allowed=("63% to 67% of the tanh units saturated (healthy at most 4.6%); the "
                      "validation loss 1.357 to 1.329; accuracy 0.3063 against a majority share of"
                      " 0.2938, 98.8% of the test predictions in one class"), verdict=TP),
    Case("h369_slow_start_gauges_autodis_deep3_std015_momentum9", "the AutoDis net with 3 ReLU "
         "layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR 0.02, "
         "batch 32, 20 epochs",
         {"data": GA, "model": {**_ad(width=32, layers=3), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss 1.386 to 1.371 over the first 8 of 20 epochs, then down to "
                      "0.307; the validation loss lowest at epoch 18 (0.339), 14% above it at the "
                      "end; accuracy 0.868 (healthy 0.886 to 0.936)"), verdict=TP),
    Case("h369_unshuffled_gauges_autodis_rmsprop", "the gauges sorted by label, never shuffled, "
         "the AutoDis net of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _ad(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_training", "not_converged"),
         why_allowed=("the position in the epoch explains 100% of the step loss's within-epoch "
                      "variance (healthy runner runs at most 23.6%); the validation loss 1.395 to "
                      "1.39; accuracy 0.2536 against a majority share of 0.2607, every test "
                      "prediction in one class"), verdict=TP),
    Case("h369_mse_softmax_zigzags_reformer_adam", "the zigzags trained with square error on the "
         "softmax, the Reformer-style net of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": ZZ, "model": _ref(dim=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.875 (healthy best 0.9375); the "
                      "validation loss lowest at the end, still falling"), verdict=TP),
    Case("h369_noisy_gauges_autodis_b1_adam", "the gauges one row at a time (batch 1), the "
         "AutoDis net of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _ad(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.84 times its mean over the second half (healthy "
                      "runner runs at most 1.18); the validation loss 0.824 to 0.404 over 2 "
                      "epochs, still falling; accuracy 0.8714"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h369_overfit_gauges_subset40_autodis_adamw", "40 rows of the gauges, the AutoDis net "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _ad(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.7786 (training 1.0; healthy 0.886 and up); "
                      "the validation loss lowest early (0.721), 1.426 at the end"), verdict=GP),
    Case("h369_gap_stamps_subset30_crossvit_adam", "30 images of the stamps, the CrossViT-style "
         "net of 24 and 32, Adam at LR 3e-3, 80 epochs, batch 3",
         {"data": {**ST, "subset": 30}, "model": _vit(dims=[24, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "at_chance"),
         why_allowed=("30 images teach nothing the validation set shares: accuracy 0.2525 near the"
                      " majority share; the validation loss 1.403 at epoch 2, 3.373 at the end"),
         verdict=GP),
    Case("h369_underfit_zigzags_reformer_dim2_adam", "the zigzags through a Reformer-style net "
         "of width 2 and one block, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": ZZ, "model": _ref(dim=2, blocks=1, buckets=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("a width of 2 cannot tell four classes: accuracy 0.425 (training 0.36), far "
                      "below the baseline 0.6188; the validation loss lowest at the end, still "
                      "falling; 65% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h369_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.9 (weight decay 1e-4) at LR 1e20, 2970 units, batch 24, 3 epochs",
         script=lightning_run(_nv("digits", hidden=(2970,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from its second step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h369_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (weight decay 1e-4) at LR 1e-10, 2971 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(2971,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7396 at every epoch; accuracy 0.6094 at its initial "
                      "weights"), verdict=TP),
    Case("h369_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 (weight decay 1e-4) at LR 1e20 (decaying linearly), 2972 "
         "units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(2972,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333"), verdict="failed"),
    Case("h369_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.85, 0.999) at LR 1e-10 (decaying linearly), 2973 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(2973,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9727 at every evaluation; accuracy 0.6 at its initial"
                      " weights"), verdict=TP),
    Case("h369_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (weight decay 1e-4) at LR 1e20, 2974 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(2974,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h369_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 2975 units, "
         "NAdam (betas 0.85, 0.999) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(2975,), lr=2e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0); the "
                      "validation loss lowest at its first epoch (2.228), 2.729 at the end"),
         verdict=GP),
    Case("h369_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.9 (weight decay 1e-4) at LR 1e20, 2976 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_nv("breast_cancer", hidden=(2976,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from its second step; accuracy 0.3684"),
         verdict="failed"),
    Case("h369_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2977 units, Adamax (weight decay 1e-4) at LR 5e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(2977,), lr=5e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6077, training 1.0); the "
                      "validation loss lowest at 1.318, 2.607 at the end"), verdict=GP),
    Case("h369_plain_corrupt_record_sine_nadam", "hand-written loop: sine regression with noise "
         "0.2 (640 points), NAdam (betas 0.85, 0.999) at LR 3e-3, 2978 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_na("sine", hidden=(2978,), lr=3e-3, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record (the step loss also jumps to 2.35 "
                      "at step 2 and settles back)"), verdict="failed", expect_step=15),
    Case("h369_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.9 (weight decay 1e-4) at LR 1e-10, 2979 units, batch 25, 4 epochs",
         script=plain_run(_nv("digits", hidden=(2979,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.293 at every epoch; accuracy 0.117 at its initial "
                      "weights"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy369_gauges_autodis_adam_cosine",
       {"data": GA, "model": _ad(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy369_gauges_autodis_gelu_adamw_step",
       {"data": GA, "model": _ad(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy369_gauges_autodis_rmsprop_exponential",
       {"data": GA, "model": _ad(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy369_gauges_autodis_tanh_momentum9_cosine",
       {"data": GA, "model": _ad(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy369_gauges_autodis_adagrad_inverse_time",
       {"data": GA, "model": _ad(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy369_tariffs_autodis_adam_cosine",
       {"data": TA, "model": _ad(width=48, layers=2),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy369_tariffs_autodis_gelu_adamw_cosine",
       {"data": TA, "model": _ad(width=48, layers=2, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy369_stamps_crossvit_adam_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy369_stamps_crossvit_relu_adamw_step",
       {"data": ST, "model": _vit(activation="relu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 3,
                  "gamma": 0.3},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy369_stamps_crossvit_rmsprop_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 30}}),
    _h("healthy369_stamps_crossvit_momentum9_cosine",
       {"data": ST, "model": _vit(),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy369_zigzags_reformer_adam_cosine",
       {"data": ZZ, "model": _ref(dim=16),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy369_zigzags_reformer_gelu_adamw_exponential",
       {"data": ZZ, "model": _ref(dim=16, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "exponential", "gamma": 0.88},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy369_zigzags_reformer_rmsprop_cosine",
       {"data": ZZ, "model": _ref(dim=16),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy369_zigzags_reformer_adagrad_cosine",
       {"data": ZZ, "model": _ref(dim=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _hs("healthy369_lightning_digits_adamax",
        lightning_run(_ax("digits", hidden=(2970,), lr=2e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy369_lightning_wine_nesterov",
        lightning_run(_nv("wine", hidden=(2971,), lr=1e-3, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy369_lightning_moons_nadam",
        lightning_run(_na("moons", hidden=(2972,), lr=1e-3, epochs=12, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy369_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_ax("breast_cancer", hidden=(2973,), lr=5e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy369_hf_trainer_iris_nesterov",
        hf_trainer_run(_nv("iris", hidden=(2974,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy369_keras_circles_nadam",
        keras_run(_na("circles", hidden=(2975,), lr=5e-4, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy369_keras_wine_adamax",
        keras_run(_ax("wine", hidden=(2976,), lr=1e-3, epochs=12, batch_size=10)), "keras"),
    _hs("healthy369_keras_breast_cancer_nesterov",
        keras_run(_nv("breast_cancer", hidden=(2977,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy369_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(2978,), lr=1e-3, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy369_tensorboard_digits_nesterov",
        tensorboard_run(_nv("digits", hidden=(2979,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy369_tensorboard_moons_adamax",
        tensorboard_run(_ax("moons", hidden=(2970,), lr=2e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy369_plain_sine_adamax",
        plain_run(_ax("sine", hidden=(2971,), lr=3e-3, epochs=8, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy369_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(2972,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
