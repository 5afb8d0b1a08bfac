"""The two-hundred-and-twenty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout224`, :mod:`.heldout225` and :mod:`.heldout226` (not
looked at), after the measurement of :mod:`.heldout220` to :mod:`.heldout223`, by someone who
saw no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every
runner case trains a model of this module through ``model.factory``: :class:`SAINT` (feature
tokens, self-attention across them, intersample attention across the rows of the batch, the
tokens flattened into head blocks of linear, optional layer norm and activation, optionally
residual, with an optional shift of the pre-activations), :class:`CapsNet` (a convolution,
primary capsules, class capsules by dynamic routing over 2 or 3 iterations, the scaled capsule
lengths as scores) and :class:`Mogrifier` (a hand-written Mogrifier LSTM: input and hidden
state gate each other for 2 to 5 rounds before an LSTM cell, the flattened sequence read to its
last hidden state). Every data set is this module's own ``data.factory``: :func:`tides`, 900
random walks of 16 steps in 2 readings, the class the sign pattern of the two drifts (4
classes; seed 2270); :func:`bars`, 3000 noisy 12x12 images of a horizontal, vertical, diagonal
or anti-diagonal bar (4 classes; seed 2271); :func:`tiles`, a tabular 4-class set of 8 readings
(1400 rows; seed 2272); :func:`loads`, a tabular regression of 8 readings (1200 rows; seed 2273;
times 250 plus 5000 with seed 2274 for the divergence). Script cases use RAdam with betas (0.8,
0.999), Adam with AMSGrad and weight decay 1e-3 and RMSprop with alpha 0.8 and weight decay 1e-3
on digits, wine, iris, breast cancer, moons, circles and the sine, each with a hidden width of
1540 to 1549. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and Nesterov momentum 0.9; schedules constant, cosine and step.

Each case is labelled with the injected fault; it was trained at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false
for runner cases and scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score
still improves at the end; a weak fault was made stronger or relabelled from its metrics, never
kept as expected). Majority shares (test confusion matrices): 0.2643 on the tiles, 0.2583 on
the bars, 0.2667 on the tides. Baselines (validation): accuracy 0.6786 (tiles), 0.8583 (bars),
0.95 (tides); R2 0.6058 (loads).

Measured healthy ranges (runner): quarter-mean update ratios 2.7e-5 to 0.045 (the SAINT under
momentum 0.9 on the tiles), single steps at most 0.28 (the same run); the ``update_ratio_high``
run's quarter means reach 0.44 with single steps up to 27.9, the collapsed capsule run's 0.36
and 16.6; the ``update_ratio_low`` runs log quarter means of at most 5e-12 and 1.2e-9. Dead
fraction at most 12.5% in the healthy SAINTs (ReLU and SiLU heads on the loads; at most 4.2% on
the tiles), 0 in the capsule nets; the shifted head blocks 1.0, the exploding run's up to 0.42.
Saturated fraction at most 0.32 (the tanh SAINT on the loads; at most 0.23 in the healthy
Mogrifiers); the saturated Mogrifier's 0.73, the update-ratio run's 0.83, the 40-row overfit
run's 0.45. Gradient norms at least 0.003 and at most 25.8 (the ReLU SAINT on the loads under
RMSprop), first norms of the capsule nets at least 0.043; the vanishing run's down to 1.6e-16,
the exploding run's 6608 to 7.7e4, the saturated run's up to 1.5e6, the slow start's first
3.9e-3 to 4.5e-3. The standard deviation of the step loss's step-to-step change over the second
half is at most 1.06 times its mean in the healthy runner runs (the tanh SAINT on the loads)
and 1.52 in the healthy scripts (the loop's breast cancer, first run); the batch-1 run's 1.56,
so the noisy run is only just outside the healthy scripts. Healthy scores (validation): tiles
0.8536-0.8964 (test 0.8393-0.8643), bars 0.8633-0.9583 (test 0.8917-0.965), tides 0.8944-0.9333
(test 0.9222-0.9333, all below the tides' baseline of 0.95, which the healthy Mogrifiers do not
reach: left so for lack of time, not fixed), loads R2 0.8705-0.8841 (test 0.8562-0.883); scripts:
digits 0.9721 (Lightning), wine 1.0 (Lightning, Keras), breast cancer 0.9386 (Trainer), 0.9561
(Keras) and 0.9298 (loop),
moons 0.9141 (Trainer) and 0.9365 (loop), iris 0.9667 (Trainer), circles 0.9919 (Keras). Every
healthy run's validation loss is lowest at its end but the ReLU SAINT under Adam on the tiles
(epoch 14 of 15, 0.12% above it), the ELU SAINT under RMSprop (epoch 13 of 15, 0.75% above),
the SiLU SAINT under AdamW (epoch 13 of 15, 1.1% above), the SAINT under momentum 0.9 (epoch 9
of 15, 0.57% above), the tanh SAINT on the loads (epoch 19 of 20, 0.11% above), the ReLU SAINT
under RMSprop on the loads (epoch 16 of 20, 1.3% above), the Mogrifier under Adagrad (epoch 8 of
12, 0.47% above) and the capsule net under Nesterov momentum (epoch 7 of 8, 0.29% above): the
runs ending 0.5% to 1.3% above their minima were not fixed for lack of time and are healthy only
by their scores.

Changes after the first run: the first :class:`SAINT` averaged its tokens before the head,
which left the tiles at 0.6571 to 0.7857 (the RMSprop run under an exponential decay of 0.85
at 0.6571, below the baseline 0.6786), so the tokens are flattened into the head (the Adam run
0.7857 to 0.875 in a check) and that run took RMSprop at LR 2e-3 under a cosine schedule, the
momentum run LR 0.03 (from 0.02). The first :func:`tides` (a drift and a swing of period 4 or 6
as the two classes' halves, 12 steps) left every healthy Mogrifier at 0.45 to 0.4889 against a
baseline of 0.7722 (one half of the classes learnt), so the tides became two drifts of 16
steps. The capsule net with N(0, 0.03) init sat at ln 4 for all 10 epochs (stuck, not a slow
start): N(0, 0.1) learnt at once and N(0, 0.04) sat 5 epochs of 8, so N(0, 0.05). The overfit
and gap runs took 60 epochs (from 120 and 100; their validation minima came at epochs 16 and
1) and the batch-1 run 800 images (from 1200), to save time. The stuck capsule run under
RMSprop at LR 0.08 was meant as dead units but logged none dead (its scores went flat at ln 4
in the first epoch), so it became ``h227_collapsed_...``. Lightning's wine (LR 5e-4) ended
1.2% above its epoch-12 validation loss, so LR 3e-4; the loop's breast cancer (LR 2e-4) 1.1%
above its epoch-11 minimum, so LR 1e-4; Keras' 16 digits ended only 4% above its epoch-40
validation minimum, so ``overfitting`` became allowed there. After these changes every case was
trained once more from this file into a fresh store (the two changed healthy scripts, whose
change came after that store's training had started, were trained into it afterwards, and
their first runs there deleted); the numbers here are from that store.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
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


def tides(n: int = 900, steps: int = 16, noise: float = 0.6, drift: float = 0.3,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` random walks of ``steps`` steps in 2 readings, each
    drifting up or down by ``drift`` a step under Gaussian steps of ``noise`` from a random
    level, the second also swinging with a period of 5 steps (amplitude 0.5, random phase); the
    class is the sign pattern of the two drifts (4 classes). Given flattened, time-major
    (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    signs = np.stack([np.where(y // 2 == 0, 1.0, -1.0), np.where(y % 2 == 0, 1.0, -1.0)], 1)
    moves = drift * signs[:, None, :] + rng.normal(0.0, noise, (n, steps, 2))
    x = rng.normal(0.0, 1.0, (n, 1, 2)) + np.cumsum(moves, axis=1)
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    x[:, :, 1] += 0.5 * np.sin(2 * np.pi * np.arange(steps)[None] / 5.0 + phase)
    return x.reshape(n, steps * 2).astype(np.float32), y


def bars(n: int = 3000, noise: float = 0.45, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one bar each (4 classes: a
    horizontal and a vertical bar of 8 pixels, a diagonal and an anti-diagonal of 8 pixels, each
    at a random place) in Gaussian noise of ``noise``; a share ``flip`` of labels at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    idx = np.arange(8)
    for i, label in enumerate(y):
        r, c = (int(v) for v in rng.integers(0, 5, 2))
        p, q = (int(v) for v in rng.integers(1, 11, 2))
        if label == 0:
            x[i, 0, p, c:c + 8] += 1.0
        elif label == 1:
            x[i, 0, r:r + 8, q] += 1.0
        elif label == 2:
            x[i, 0, r + idx, c + idx] += 1.0
        else:
            x[i, 0, r + idx, c + 7 - idx] += 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def tiles(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a score
    with a product term (readings 0, 1, 2) times 2 plus the sign of one with an absolute term
    (readings 3, 4); readings 5 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] - 0.8 * x[:, 1] * x[:, 2]
    s2 = x[:, 3] + np.abs(x[:, 4]) - 0.8
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class SAINT(nn.Module):
    """A SAINT-style net for tables: each reading a token (its value times a learnt vector plus
    a learnt feature embedding), a self-attention block across the tokens (residual, layer
    norm), then an intersample attention block across the rows of the batch (each row's tokens
    flattened into one vector, residual, layer norm), the tokens flattened into a linear
    projection of ``width`` and ``depth`` head blocks (linear, activation, optionally residual;
    pre-activations start shifted by ``bias_shift``, the activation's input optionally
    layer-normalised), then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 8,
                 heads: int = 2, width: int = 32, depth: int = 1, activation: str = "relu",
                 skip: bool = False, norm: bool = False, bias_shift: float = 0.0) -> None:
        super().__init__()
        self.n_feat = int(np.prod(input_shape))
        self.value = nn.Parameter(torch.randn(self.n_feat, dim) * 0.5)
        self.embed = nn.Parameter(torch.randn(self.n_feat, dim) * 0.5)
        self.col_attn = nn.MultiheadAttention(dim, heads, batch_first=True)
        self.col_norm = nn.LayerNorm(dim)
        self.row_attn = nn.MultiheadAttention(self.n_feat * dim, heads, batch_first=True)
        self.row_norm = nn.LayerNorm(self.n_feat * dim)
        self.proj = nn.Linear(self.n_feat * dim, width)
        self.lins = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.norms = nn.ModuleList((nn.LayerNorm(width) if norm else nn.Identity())
                                   for _ in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.skip, self.bias_shift, self.dim = skip, bias_shift, dim
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        tok = x[:, :, None] * self.value + self.embed  # (B, F, D)
        a, _ = self.col_attn(tok, tok, tok, need_weights=False)
        tok = self.col_norm(tok + a)
        rows = tok.reshape(1, x.shape[0], self.n_feat * self.dim)  # the batch as one sequence
        r, _ = self.row_attn(rows, rows, rows, need_weights=False)
        tok = self.row_norm(rows + r).reshape(x.shape[0], self.n_feat, self.dim)
        h = self.proj(tok.flatten(1))
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            z = act(norm(lin(h)) + self.bias_shift)
            h = h + z if self.skip else z
        return self.head(h)


def _squash(s: torch.Tensor) -> torch.Tensor:
    n2 = (s ** 2).sum(-1, keepdim=True)
    return n2 / (1.0 + n2) * s / torch.sqrt(n2 + 1e-8)


class CapsNet(nn.Module):
    """A capsule network: a 3x3 convolution (activation), primary capsules from a 3x3
    convolution of stride 2 (``caps`` capsule types of ``caps_dim`` readings, squashed), then
    class capsules of ``out_dim`` readings by dynamic routing over ``routing`` iterations; the
    class capsules' lengths times ``scale`` are the scores."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, channels: int = 16,
                 caps: int = 4, caps_dim: int = 4, out_dim: int = 8, routing: int = 3,
                 scale: float = 6.0, activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv = nn.Conv2d(c, channels, 3)
        self.act = _ACTS[activation]()
        self.primary = nn.Conv2d(channels, caps * caps_dim, 3, stride=2)
        side = ((h - 2) - 3) // 2 + 1, ((w - 2) - 3) // 2 + 1
        self.n_primary = caps * side[0] * side[1]
        self.caps, self.caps_dim = caps, caps_dim
        self.weights = nn.Parameter(
            0.1 * torch.randn(self.n_primary, n_outputs, out_dim, caps_dim))
        self.routing, self.scale = routing, scale

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        p = self.primary(self.act(self.conv(x)))  # (B, caps*dim, H, W)
        b = p.shape[0]
        u = p.reshape(b, self.caps, self.caps_dim, -1).permute(0, 1, 3, 2)
        u = _squash(u.reshape(b, self.n_primary, self.caps_dim))
        u_hat = torch.einsum("pkoi,bpi->bpko", self.weights, u)  # (B, P, K, O)
        logits = u_hat.new_zeros(b, self.n_primary, u_hat.shape[2])
        for it in range(self.routing):
            c = torch.softmax(logits, dim=2)
            v = _squash((c[..., None] * u_hat).sum(1))  # (B, K, O)
            if it < self.routing - 1:
                logits = logits + (u_hat * v[:, None]).sum(-1)
        return self.scale * v.norm(dim=-1)


class Mogrifier(nn.Module):
    """A Mogrifier LSTM written by hand: at each step the input and the hidden state gate each
    other for ``rounds`` rounds (``x = 2 sigmoid(Q h) x``, then ``h = 2 sigmoid(R x) h``, in
    turn), then an LSTM cell from linear layers (sigmoid gates, tanh candidate and cell); it
    reads the flattened sequence of ``features`` readings to its last hidden state, then a
    linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, rounds: int = 4) -> None:
        super().__init__()
        self.features, self.hidden, self.rounds = features, hidden, rounds
        self.steps = int(np.prod(input_shape)) // features
        self.q = nn.ModuleList(nn.Linear(hidden, features) for _ in range((rounds + 1) // 2))
        self.r = nn.ModuleList(nn.Linear(features, hidden) for _ in range(rounds // 2))
        self.mog = nn.Sigmoid()
        self.wx = nn.Linear(features, 4 * hidden)
        self.wh = nn.Linear(hidden, 4 * hidden, bias=False)
        self.gate = nn.Sigmoid()
        self.cand = nn.Tanh()
        self.cell_act = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        c = seq.new_zeros(x.shape[0], self.hidden)
        n = self.hidden
        for t in range(self.steps):
            xt = seq[:, t]
            for i in range(self.rounds):
                if i % 2 == 0:
                    xt = 2 * self.mog(self.q[i // 2](h)) * xt
                else:
                    h = 2 * self.mog(self.r[i // 2](xt)) * h
            z = self.wx(xt) + self.wh(h)
            g = self.gate(z[:, :3 * n])
            c = g[:, n:2 * n] * c + g[:, :n] * self.cand(z[:, 3 * n:])
            h = g[:, 2 * n:] * self.cell_act(c)
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout227"
TD = _factory(f"{HERE}:tides", seed=2270)
BR = _factory(f"{HERE}:bars", seed=2271)
TL = _factory(f"{HERE}:tiles", seed=2272)
LD = _factory(f"{HERE}:loads", seed=2273)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=2274)


def _st(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SAINT", "args": args}


def _cap(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CapsNet", "args": args}


def _mog(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Mogrifier", "args": args}


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam with betas (0.8, 0.999)."""
    return _s(data, optim="radam", optim_args={"betas": (0.8, 0.999)}, **kw)


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with AMSGrad and weight decay 1e-3."""
    return _s(data, optim="adam", optim_args={"amsgrad": True, "weight_decay": 1e-3}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.8 and weight decay 1e-3."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.8, "weight_decay": 1e-3}, **kw)


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
    Case("h227_divergence_loads_raw_saint_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), SAINT with a ReLU head of 24, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _st(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 3.0e7 at the first step and Inf at step 3, where "
                      f"the run stops"),
         verdict="failed"),
    Case("h227_exploding_tiles_saint_d6_leaky_std1", "SAINT with 6 leaky-ReLU head blocks of "
         "24 and N(0, 1) init on the tiles, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": TL, "model": {**_st(width=24, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "at_chance",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 3.2e4, 3.35e4, 3.04e4 (no fall); every gradient norm 6608 "
                      "to 7.7e4 "
                      "(healthy at most 11.7); quarter-mean update ratios up to 2.9e-6, a side "
                      "effect of the LR; up to 42% of a deep block's units logged dead; accuracy "
                      "0.1857 against a majority share of 0.2643, 67% of the test predictions in "
                      "one class"), verdict="failed"),
    Case("h227_dead_relu_tiles_saint_skip_shift10", "SAINT with two residual ReLU head blocks "
         "of 24 whose pre-activations are shifted by -10, so their ReLUs never fire and the "
         "net learns through its skips, Adam at LR 2e-3, batch 25, 12 epochs",
         {"data": TL, "model": _st(width=24, depth=2, skip=True, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("dead_relu",), allow=("underfitting",),
         why_allowed=("every unit of both head blocks logged dead (healthy at most 4.2%), the net "
                      "learning through its skips: accuracy 0.8321 (training 0.8536), a little "
                      "below "
                      "the healthy runs (0.8536 and up), the validation loss 0.75% above its "
                      "epoch-11 minimum"), verdict=TP),
    Case("h227_collapsed_bars_capsnet_rmsprop_lr008", "the capsule net (16 channels) on the "
         "bars, plain RMSprop at LR 0.08, batch 28",
         {"data": BR, "model": _cap(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "dead_relu", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the capsule scores go flat at ln 4 in the first epoch (epoch losses 1.386 "
                      "at "
                      "every epoch); quarter-mean update ratios up to 0.36, single steps up to "
                      "16.6 "
                      "(healthy at most 0.045 and 0.28); no ReLU unit logged dead; accuracy 0.2583 "
                      "at the majority share, every test prediction in one class"), verdict=TP),
    Case("h227_update_ratio_high_tiles_saint_norm_tanh_adagrad", "SAINT with a layer-normalised "
         "tanh head of 24 on the tiles, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": TL, "model": _st(width=24, activation="tanh", norm=True),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.44, single "
                      "steps up to 27.9; healthy at most 0.045 and 0.28); 83% of the tanh units "
                      "saturate (healthy at most 32%); the layer norms keep the loss finite (epoch "
                      "losses 13.3 down to 2.04), the validation loss still falling at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h227_update_ratio_low_bars_capsnet_sgd_lr1e9", "the capsule net on the bars, plain "
         "SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": BR, "model": _cap(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.388 at every epoch; quarter-mean update ratios at most "
                      "5e-12 (healthy at least 2.7e-5); accuracy 0.225 against a majority share of "
                      "0.2583; 52% of the test predictions in one class"), verdict=TP),
    Case("h227_update_ratio_low_tides_mogrifier_rmsprop_lr1e10", "the Mogrifier LSTM of 16 on "
         "the tides, plain RMSprop at LR 1e-10, batch 27, 3 epochs",
         {"data": TD, "model": _mog(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.375 at every epoch; quarter-mean update ratios at most "
                      "1.2e-9 (healthy at least 2.7e-5); accuracy 0.4 at its initial weights, 0.13 "
                      "above the majority share; 54% of the test predictions in one class"),
         verdict=TP),
    Case("h227_vanishing_tiles_saint_d16_sigmoid_momentum9", "SAINT with 16 sigmoid head "
         "blocks of 12 on the tiles, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": TL, "model": _st(width=12, depth=16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.6e-16 (healthy at least 0.003); the "
                      "last blocks still move (quarter-mean update ratios up to 0.035) but the "
                      "epoch "
                      "loss stays at 1.40 (ln 4 is 1.386); accuracy 0.2643 at the majority share, "
                      "every test prediction in one class"), verdict=TP),
    Case("h227_saturated_tides_mogrifier_std3_rmsprop", "the Mogrifier LSTM of 16 with N(0, 3) "
         "init on the tides, plain RMSprop at LR 1e-4, batch 28, 3 epochs",
         {"data": TD, "model": {**_mog(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data", "not_training",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("73% of the LSTM candidate's tanh outputs saturated (healthy at most 32%); "
                      "the epoch loss 6.25, 6.05, 5.94, far above ln 4, the validation loss rising "
                      "from 5.56 to 5.81; gradient norms up to 1.5e6, a side effect of the N(0, 3) "
                      "init; accuracy 0.2278 against a majority share of 0.2667; 51% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h227_slow_start_bars_capsnet_std005_momentum9", "the capsule net with N(0, 0.05) init "
         "on the bars, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": BR, "model": {**_cap(), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.386, 1.376) for the first 2 epochs, then "
                      "falls (0.216 at epoch 10, the validation loss lowest at the end); first "
                      "gradient norms 3.9e-3 to 4.5e-3 (healthy first norms of the capsule nets at "
                      "least 0.043); accuracy 0.9467 (test 0.96), about the healthy runs"),
         verdict=TP),
    Case("h227_unshuffled_tiles_saint_silu_rmsprop", "the tiles sorted by label, never "
         "shuffled, SAINT with a SiLU head of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TL, "order": "by_label", "shuffle": False},
          "model": _st(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the tiles sorted by label and never shuffled: accuracy 0.3857 (training "
                      "0.4393), far below the healthy runs (0.8536 and up), with the epoch loss "
                      "still falling (1.40 to 1.21) and the validation loss lowest at the end; 84% "
                      "of the test predictions in one class"), verdict=TP),
    Case("h227_mse_softmax_tides_mogrifier_adam", "the tides trained with square error on the "
         "softmax, the Mogrifier LSTM of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TD, "model": _mog(hidden=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9389 (test 0.9278); the validation "
                      "loss lowest at the end"), verdict=TP),
    Case("h227_noisy_bars_capsnet_b1_adam", "800 of the bars one image at a time (batch 1), "
         "the capsule net, Adam at LR 1e-3, 2 epochs",
         {"data": {**BR, "subset": 800}, "model": _cap(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 1.56 times its mean over the second half (healthy "
                      "runner "
                      "runs at most 1.06, healthy scripts 1.52); single-image gradients up to 7.8 "
                      "(healthy at most 11.7); accuracy 0.8817 (training 0.96), the epoch loss "
                      "falling from 1.067 to 0.488 and the validation loss from 0.707 to 0.458"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h227_overfit_tiles_subset40_saint_tanh_adamw", "40 rows of the tiles, SAINT with two "
         "tanh head blocks of 128, AdamW at LR 3e-3, 60 epochs, batch 4",
         {"data": {**TL, "subset": 40},
          "model": _st(width=128, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 60, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.55 (training 1.0; the healthy runs 0.8536 "
                      "and up); the validation loss lowest at epoch 2 of 60, 2.21 times it at the "
                      "end; up to 45% of the tanh units saturated (healthy up to 32%)"),
         verdict=GP),
    Case("h227_gap_bars_subset30_capsnet_adam", "30 images of the bars, the capsule net with 24 "
         "channels, Adam at LR 2e-3, 60 epochs, batch 3",
         {"data": {**BR, "subset": 30}, "model": _cap(channels=24),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 60, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance"),
         why_allowed=("30 images teach less: accuracy 0.3133, 0.055 above the majority share "
                      "(training 1.0; the healthy capsule nets 0.85 and up); the validation loss "
                      "lowest at epoch 1 of 60, 1.27 times it at the end"), verdict=GP),
    Case("h227_underfit_tides_mogrifier_one_unit_adam", "the tides through a Mogrifier LSTM of 1 "
         "hidden unit, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": TD, "model": _mog(hidden=1),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one hidden unit cannot hold two drifts: accuracy 0.45 (training 0.4667; "
                      "baseline 0.95), the validation loss lowest at the end; 55% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h227_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam (betas 0.8, "
         "0.999) at LR 1e20, 1540 units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(1540,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h227_lightning_circles_amsgrad_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with AMSGrad (weight decay 1e-3) at LR 1e-10, 1541 units, batch 20, 3 "
         "epochs",
         script=lightning_run(_ams("circles", hidden=(1541,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6921 at every epoch; accuracy 0.4531 at its initial "
                      "weights, 0.047 below the majority share (0.5)"), verdict=TP),
    Case("h227_hf_trainer_wine_rmsprop_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.8, weight decay 1e-3) at LR 1e20 (decaying linearly), 1542 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1542,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      f"majority share"),
         verdict="failed"),
    Case("h227_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam "
         "(betas 0.8, 0.999) at LR 1e-10 (decaying linearly), 1543 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(1543,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9948 at every evaluation; accuracy 0.6667 at its "
                      "initial weights, far below the healthy iris runs (0.9667)"), verdict=TP),
    Case("h227_keras_moons_amsgrad_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam with AMSGrad (weight decay 1e-3) at LR 1e20, 1544 units, batch 20, 3 epochs",
         script=keras_run(_ams("moons", hidden=(1544,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share",
         verdict="failed"),
    Case("h227_keras_digits_subset16_rmsprop_gap", "Keras names: 16 rows of digits, 1545 "
         "units, RMSprop (alpha 0.8, weight decay 1e-3) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1545,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.585, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 40 of 120, only "
                      "4% above it at the end"), verdict=GP),
    Case("h227_tensorboard_breast_cancer_radam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "RAdam (betas 0.8, 0.999) at LR 1e20, 1546 units, batch 19, 3 epochs",
         script=tensorboard_run(_ra("breast_cancer", hidden=(1546,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}; the step loss NaN from step 2", verdict="failed"),
    Case("h227_tensorboard_circles_subset8_amsgrad_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1547 units, Adam with AMSGrad (weight decay 1e-3) at LR "
         "3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ams("circles", hidden=(1547,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less; the validation loss lowest at epoch 4 of 150, 2.25 "
                      "times it at the end"), verdict=GP),
    Case("h227_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.8, weight decay 1e-3) at LR 1e-4, 1548 "
         "units, batch 20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1548,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h227_plain_digits_amsgrad_lr1e10_stuck", "hand-written loop: digits, Adam with "
         "AMSGrad (weight decay 1e-3) at LR 1e-10, 1549 units, batch 25, 4 epochs",
         script=plain_run(_ams("digits", hidden=(1549,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.322 at every epoch; accuracy 0.1086, 0.008 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy227_tiles_saint_relu_adam",
       {"data": TL, "model": _st(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy227_tiles_saint_silu_adamw",
       {"data": TL, "model": _st(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy227_tiles_saint_elu_rmsprop",
       {"data": TL, "model": _st(width=30, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy227_tiles_saint_skip_norm_momentum9",
       {"data": TL, "model": _st(width=24, depth=2, skip=True, norm=True),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy227_loads_saint_tanh_adam",
       {"data": LD, "model": _st(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy227_loads_saint_skip_silu_adamw",
       {"data": LD, "model": _st(width=24, depth=2, skip=True, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "step", "step_size": 7,
                  "gamma": 0.4},
        "train": {"epochs": 20, "batch_size": 40}}),
    _h("healthy227_bars_capsnet_relu_adam",
       {"data": BR, "model": _cap(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy227_bars_capsnet_leaky_adamw_routing2",
       {"data": BR, "model": _cap(channels=12, routing=2, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy227_bars_capsnet_elu_rmsprop",
       {"data": BR, "model": _cap(channels=12, caps=6, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy227_bars_capsnet_relu_nesterov9",
       {"data": BR, "model": _cap(channels=16),
        "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 20}}),
    _h("healthy227_tides_mogrifier_adam",
       {"data": TD, "model": _mog(hidden=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy227_tides_mogrifier_rounds2_adamw",
       {"data": TD, "model": _mog(hidden=12, rounds=2),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy227_tides_mogrifier_rmsprop",
       {"data": TD, "model": _mog(hidden=20, rounds=3),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy227_tides_mogrifier_adagrad",
       {"data": TD, "model": _mog(hidden=16, rounds=5),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 22}}),
    _h("healthy227_loads_saint_relu_rmsprop",
       {"data": LD, "model": _st(width=28),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _hs("healthy227_lightning_digits_radam",
        lightning_run(_ra("digits", hidden=(1540,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy227_lightning_wine_amsgrad",
        lightning_run(_ams("wine", hidden=(1541,), lr=3e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy227_hf_trainer_breast_cancer_rmsprop",
        hf_trainer_run(_rms("breast_cancer", hidden=(1542,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy227_hf_trainer_moons_radam",
        hf_trainer_run(_ra("moons", hidden=(1543,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy227_hf_trainer_iris_amsgrad",
        hf_trainer_run(_ams("iris", hidden=(1544,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy227_keras_circles_rmsprop",
        keras_run(_rms("circles", hidden=(1545,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy227_keras_wine_radam",
        keras_run(_ra("wine", hidden=(1546,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy227_keras_breast_cancer_amsgrad",
        keras_run(_ams("breast_cancer", hidden=(1547,), lr=3e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy227_tensorboard_iris_rmsprop",
        tensorboard_run(_rms("iris", hidden=(1548,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy227_tensorboard_digits_radam",
        tensorboard_run(_ra("digits", hidden=(1549,), lr=1e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy227_tensorboard_moons_amsgrad",
        tensorboard_run(_ams("moons", hidden=(1540,), lr=1e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy227_plain_moons_radam",
        plain_run(_ra("moons", hidden=(1544,), lr=1e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy227_plain_breast_cancer_rmsprop",
        plain_run(_rms("breast_cancer", hidden=(1546,), lr=1e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
