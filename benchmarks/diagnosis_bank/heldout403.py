"""The four-hundred-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`SparseMoE` (a sparse
mixture-of-experts tabular model: optional trunk layers, a router scoring 6 small expert layers
per sample, only the top 2 evaluated on each sample and their outputs mixed by the router's
softmax weights renormalised over the two, no load-balancing term, a linear head),
:class:`ESPNet` (ESPNet-style efficient spatial pyramid modules: a 1x1 reduction, parallel
dilated 3x3 convolutions at rates 1, 2, 4 and 8 added hierarchically, each to the sum of the
smaller rates', concatenated, batch-normalised, with a residual where the shapes match; a global
average pool, a linear head) and :class:`Sequencer` (Sequencer-style blocks: a bidirectional LSTM
along the time axis of the embedded readings in place of attention and a channel MLP, each after a
layer norm and with a residual; the mean over time, a linear head); no case fell back to the
runner's built-in models. Every data set is this module's own ``data.factory``: :func:`ripples`,
900 noisy series of 12 steps in 2 readings, each reading holding a 4-step ripple of 1.6 (sign at
random) or none (4 classes; seed 4030); :func:`emblems`, 2400 12x12 images of a plus, a cross, a
cup or a hook at a random place in noise 0.3, 2% random labels (4 classes; seed 4031);
:func:`gauges`, a tabular 4-class set of 8 readings (inside a circle in ``(x0, x1)`` and a linear
threshold of two more, 3% random labels, 1400 rows; seed 4032); :func:`loads`, a tabular
regression of 8 readings (a sine, a product, a step and a linear term; 1200 rows; seed 4033; times
250 plus 5000 with seed 4034 for the divergence). Script cases use Adagrad with weight decay 1e-4
(LR 0.05 where it trains normally), Adamax with betas (0.85, 0.995) and NAdam with betas (0.9,
0.995) on digits, wine, iris, breast cancer, moons, circles and the sine; every script case holds
a hidden width of 3310 to 3319. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD,
SGD with momentum 0.5 or 0.9; schedules constant, cosine, step, exponential and inverse time;
batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores only to check that the fault is real, from the run's own metrics (losses,
validation loss and score, step-loss swing, the share of the step loss's within-epoch variance
its position explains, gradient norms, update ratios, dead and saturated fractions,
``baseline/val_*``) and, for runner cases, the test confusion matrix, with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. No other seed was
checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2893 on the gauges, 0.2625 on the emblems, 0.2556 on the ripples. Baselines (validation):
accuracy 0.7214 (gauges), 0.55 (emblems), 0.7444 (ripples); R2 0.547 (loads), 0.6118 (the raw
loads).

Measured healthy ranges (runner): update-ratio quarter means at most 0.083 (the MoE under
Adagrad), at least 6e-5 outside the MoEs' idle experts (which log 0 when the router sends them
nothing); the ``update_ratio_high`` run's first-quarter means 0.08 to 0.55 (0.38 to 0.55 in its
linear layers); the ``update_ratio_low`` runs at most 6.4e-11 and 1.5e-9. Dead fractions at most
72% in the healthy MoEs (single experts the router rarely picks) and 0% in the ESPNets and the
GELU Sequencers; the shifted MoE's 100%, the RMSprop-killed MoE's 91% (only allowed: not clearly
outside 72%). Saturated tanh outputs at most 10% (the tanh MoE; 4.3% in its final run); the
gain-12 Sequencer's 71%. Gradient norms at most 3.9; the exploding run's 1950 to 3.7e5, the
vanishing run's first trunk norms 2.4e-18 to 9e-18 (healthy first-layer quarter means 0.14 and
up). The step loss's position explains at most 28% of its within-epoch variance in the healthy
runner runs; the unshuffled run 100%. The step-loss swing (second half) is 0.41 to 0.91 in the
healthy runner runs, 0.56 in the batch-1 run, so ``noisy_loss`` is only allowed there and its
state (still falling) is ``not_converged``. Healthy scores (validation): gauges 0.85-0.9179,
emblems 0.8979-0.9375, ripples 0.9333-0.9611, loads R2 0.7579 and 0.769; scripts: digits 0.9805
(both), wine 0.9722 and 1.0, moons 0.9609 and 1.0, breast cancer 0.9386-0.9561, iris 0.9667
(both), circles 1.0, sine R2 0.9305.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
emblems in noise 0.4 (10 epochs) left the ESPNets at 0.68 to 0.79, so the noise became 0.3 and
the ESPNets train 12 epochs (the ESPNet under RMSprop then reached 0.6667 with 12 and 16 channels
at LR 1e-3 and now has 8 and 16 at LR 4e-3: 0.9229); the gauges MoE under Adam (LR 3e-3, 15
epochs, 0.7929) now LR 6e-3 and 11 epochs (0.85; 20 epochs overfit after epoch 11), the one under
Adagrad (LR 0.03, width 24, 0.7714) now LR 0.1, width 32 and 11 epochs (0.9179), the tanh one was
cut from 15 to 9 epochs (its minimum); the Sequencers were cut at their minima (Adam 9 epochs,
AdamW 14, RMSprop and Adagrad 11 and then 9); the slow start's N(0, 0.15) init left only 3 flat
epochs of 15, so its init is N(0, 0.1) (9 flat epochs); scripts cut at their minima: Lightning's
moons 13 epochs, Keras' circles 14, wine 11 and breast cancer 3, the loop's sine 11 and breast
cancer 9; HF's iris under Adagrad (LR 0.05, 14 epochs, lowest at evaluation 3) is now LR 0.01 and
3 epochs; TensorBoard's digits under Adagrad at LR 0.05 (validation loss 3.1 at accuracy 0.955)
is now LR 0.01 (0.9805).

Not met: the Sequencer under Adam ends 0.4% above its epoch-7 minimum and the one under Adagrad
0.2% above its epoch-8 minimum (within the 0.5%; the others at their end); the changed cases
were checked in stores beside the first, and the measured ranges above mix both rounds. The
Sequencer of 2 dimensions meant to underfit above chance fell to ln 4 and predicts one class: it
is labelled from that (``underfitting``, ``at_chance``, ``predictions_collapsed``;
``not_training`` allowed, the loss fell from 1.64 to ln 4). The slow start still falls 16% in its
last epoch, so ``not_converged`` is expected beside ``slow_start``.

Labels from the metrics: the test predictions fall in one class in the shifted MoE (100%), the
stuck ESPNet (100%), the vanishing run (100%), the Adagrad Sequencer (100%), the two-dimension
Sequencer (100%), the RMSprop-killed MoE (98.9%), the stuck Sequencer (92.8%) and the saturated
Sequencer (91.7%), so ``predictions_collapsed`` is expected there, allowed in the unshuffled run
(71%); the shifted MoE, the stuck ESPNet, the vanishing run, the Adagrad Sequencer, the saturated
Sequencer, the unshuffled run and the two-dimension Sequencer score within 0.05 of the majority
share (``at_chance`` expected); the exploding run (0.064 above), the RMSprop-killed MoE (0.071
below) and the stuck Sequencer (0.11 below) only allowed. Keras' 16 digits' validation loss ends
0.8% above its epoch-1 minimum, so only ``generalisation_gap`` is expected there; the other
overfit runs end 1.7 to 3.3 times their early minima. Lightning's stuck circles score 0.3906
(0.11 below 0.5: ``at_chance`` allowed), the loop's stuck digits 0.0362, HF's stuck iris 0.1667.

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


def ripples(n: int = 900, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 4-step ripple (``+h, -h, +h, -h`` of ``height``, its sign drawn at random, so
    a reading's sum does not tell) at a random time or none; the class is which readings ripple
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


_PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=float)
_CROSS = np.array([[1, 0, 1], [0, 1, 0], [1, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_HOOK = np.array([[1, 1, 1], [1, 0, 0], [1, 1, 1]], dtype=float)


def emblems(n: int = 2400, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 3x3 emblem each at a random
    place (4 classes: a plus, a cross, a cup, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _CUP, _HOOK), n, 12, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether the point
    ``(x0, x1)`` lies inside the circle of radius 1.2 times 2 plus whether ``x2 - 0.5 x3``
    exceeds -0.2; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] ** 2 + x[:, 1] ** 2 < 1.44).astype(int) + (x[:, 2] - 0.5 * x[:, 3] > -0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def loads(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
          seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a product
    of two more, a threshold step of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.4 * np.sin(1.5 * x[:, 0]) + 0.9 * x[:, 1] * x[:, 2] + 1.2 * (x[:, 3] > 0.0)
         + 0.6 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class SparseMoE(nn.Module):
    """A sparse mixture-of-experts tabular model: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``) first, then a router (a linear layer) scores ``experts`` small expert MLPs
    (linear and ``activation``, pre-activations shifted by ``shift``) per sample; only the top
    ``top`` experts are evaluated on each sample and their outputs mixed by the router's softmax
    weights renormalised over the chosen ones (no load-balancing term); a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 24,
                 experts: int = 6, top: int = 2, activation: str = "relu", trunk: int = 0,
                 shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.router = nn.Linear(n_in, experts)
        self.experts = nn.ModuleList(nn.Linear(n_in, width) for _ in range(experts))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(experts))
        self.top, self.width, self.shift = top, width, shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.trunk(x.flatten(1))
        weights, chosen = torch.softmax(self.router(h), dim=1).topk(self.top, dim=1)
        weights = weights / weights.sum(dim=1, keepdim=True)
        mixed = h.new_zeros(h.shape[0], self.width)
        for e, (expert, act) in enumerate(zip(self.experts, self.acts, strict=True)):
            rows, slot = (chosen == e).nonzero(as_tuple=True)
            if rows.numel() == 0:
                continue
            out = act(expert(h[rows]) + self.shift)
            mixed = mixed.index_add(0, rows, weights[rows, slot, None] * out)
        return self.head(mixed)


class ESPModule(nn.Module):
    """An efficient spatial pyramid module: a 1x1 reduction to a quarter of ``c_out``, four
    parallel dilated 3x3 convolutions at rates 1, 2, 4 and 8, each output added to the sum of the
    smaller rates' (hierarchical feature fusion), concatenated, batch-normalised, a residual where
    the shapes match, then ``activation`` (pre-activation shifted by ``shift``)."""

    def __init__(self, c_in: int, c_out: int, activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        d = c_out // 4
        self.reduce = nn.Conv2d(c_in, d, 1)
        self.branches = nn.ModuleList(nn.Conv2d(d, d, 3, padding=r, dilation=r)
                                      for r in (1, 2, 4, 8))
        self.norm = nn.BatchNorm2d(4 * d)
        self.act = _ACTS[activation]()
        self.residual = c_in == 4 * d
        self.shift = shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        r = self.reduce(x)
        outs = [b(r) for b in self.branches]
        for i in range(1, 4):
            outs[i] = outs[i] + outs[i - 1]
        h = self.norm(torch.cat(outs, dim=1))
        if self.residual:
            h = h + x
        return self.act(h + self.shift)


class ESPNet(nn.Module):
    """An ESPNet-style image model: a 3x3 stem convolution to ``channels[0]`` (``activation``), an
    ESP module (with its residual), a 2x2 max pool, an ESP module to ``channels[1]``, a second
    one (with its residual), a global average pool and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), activation: str = "relu",
                 shift: float = 0.0) -> None:
        super().__init__()
        c0, c1 = channels
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], c0, 3, padding=1),
                                  _ACTS[activation]())
        self.esp1 = ESPModule(c0, c0, activation, shift)
        self.pool = nn.MaxPool2d(2)
        self.esp2 = ESPModule(c0, c1, activation, shift)
        self.esp3 = ESPModule(c1, c1, activation, shift)
        self.head = nn.Linear(c1, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.esp1(self.stem(x)))
        h = self.esp3(self.esp2(h))
        return self.head(h.mean(dim=(2, 3)))


class SequencerBlock(nn.Module):
    """A Sequencer block: a layer norm and a bidirectional LSTM along the time axis (``dim // 2``
    units each way) in place of attention, with a residual; a layer norm and a channel MLP
    (``dim`` to ``2 dim``, ``activation`` fed ``gain`` times its pre-activation, back to
    ``dim``), with a residual."""

    def __init__(self, dim: int, activation: str = "gelu", gain: float = 1.0) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim)
        self.lstm = nn.LSTM(dim, max(dim // 2, 1), batch_first=True, bidirectional=True)
        self.mix = nn.Linear(2 * max(dim // 2, 1), dim)
        self.norm2 = nn.LayerNorm(dim)
        self.fc1 = nn.Linear(dim, 2 * dim)
        self.act = _ACTS[activation]()
        self.fc2 = nn.Linear(2 * dim, dim)
        self.gain = gain

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x + self.mix(self.lstm(self.norm1(x))[0])
        return h + self.fc2(self.act(self.gain * self.fc1(self.norm2(h))))


class Sequencer(nn.Module):
    """A Sequencer-style sequence model: the flattened series cut into steps of ``features``
    readings, each embedded to ``dim`` by a linear layer, ``blocks`` Sequencer blocks, a layer
    norm, the mean over time and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 dim: int = 16, blocks: int = 1, activation: str = "gelu",
                 gain: float = 1.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, dim)
        self.blocks = nn.Sequential(*(SequencerBlock(dim, activation, gain)
                                      for _ in range(blocks)))
        self.norm = nn.LayerNorm(dim)
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = self.embed(x.reshape(x.shape[0], self.steps, self.features))
        return self.head(self.norm(self.blocks(seq)).mean(dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout403"
RP = _factory(f"{HERE}:ripples", seed=4030)
EM = _factory(f"{HERE}:emblems", seed=4031)
GA = _factory(f"{HERE}:gauges", seed=4032)
LD = _factory(f"{HERE}:loads", seed=4033)
LD_RAW = _factory(f"{HERE}:loads", scale=250.0, shift=5000.0, seed=4034)


def _moe(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SparseMoE", "args": args}


def _esp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:ESPNet", "args": args}


def _seq(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Sequencer", "args": args}


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with weight decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"weight_decay": 1e-4}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.995)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.995)}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.9, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.995)}, **kw)


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
    Case("h403_divergence_loads_raw_moe_sgd", "the loads regression times 250 plus 5000 "
         "(targets unscaled), the sparse MoE of 20, plain SGD at LR 0.01, batch 24",
         {"data": LD_RAW, "model": _moe(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 2.8e7 at the first step, 5e12 at the third, Inf at the fifth "
                      "(the run ends there), with the gradient norms (up to 4.9e18) and update "
                      "ratios (up to 1.8e12)"), verdict="failed"),
    Case("h403_exploding_gauges_moe_trunk6_std1", "the sparse MoE with a trunk of 6 ReLU layers "
         "of 24 and N(0, 1) init on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_moe(width=24, trunk=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("at_chance", "divergence", "underfitting", "update_ratio_low", "not_converged",
                "noisy_loss",
                "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the validation loss 9229 to 9227 over 3 epochs; gradient norms 1950 to "
                      "3.7e5 (healthy at most 3.9); update ratios at most 3e-7, a side effect of "
                      "the LR; accuracy 0.3536 against a majority share of 0.2893 (0.064 above "
                      "it); 50% of the test predictions in one class"), verdict="failed"),
    Case("h403_dead_relu_gauges_moe_shift10", "the sparse MoE of 32 on the gauges with its "
         "experts' ReLU pre-activations shifted by -10, so no unit fires, Adam at LR 2e-3, batch "
         "25, 4 epochs",
         {"data": GA, "model": _moe(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every expert unit logged dead (healthy MoEs at most 72%, the CNNs and "
                      "Sequencers 0%), so no gradient reaches any layer (norms 0): the validation "
                      "loss 1.398 to 1.382 (ln 4); accuracy 0.2893, the majority share, every test"
                      " prediction in one class"), verdict=TP),
    Case("h403_dead_relu_gauges_moe_trunk2_rmsprop_lr01", "the sparse MoE with a trunk of 2 "
         "ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _moe(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "predictions_collapsed"),
         allow=("at_chance", "dead_relu", "exploding_gradients", "update_ratio_high",
                "vanishing_gradients", "update_ratio_low", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss up to the hundreds in epoch 1 (epoch mean 48.2), then 1.377 "
                      "and 1.368 (near ln 4), so the blow-up passed; first-quarter update ratios "
                      "up to 0.58; up to 91% of an expert's units logged dead (healthy MoEs up to "
                      "72%, not clearly outside); accuracy 0.2179, 0.071 below the majority share "
                      "0.2893"), verdict=TP),
    Case("h403_update_ratio_high_ripples_sequencer_adagrad_lr2", "the Sequencer of 16 on the "
         "ripples, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": RP, "model": _seq(dim=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence", "exploding_gradients",
                "not_training", "saturated_activation"),
         why_allowed=("first-quarter mean update ratios 0.08 to 0.55 (0.38 to 0.55 in the block's "
                      "linear layers and head), single steps up to 20 (healthy quarter means at "
                      "most 0.083); the validation loss 2.6 to 1.455, 2.1% above its epoch-5 "
                      "minimum, above ln 4; the step loss 32 in epoch 1 and 1.4 to 1.8 after"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h403_update_ratio_low_emblems_espnet_sgd_lr1e9", "the ESPNet on the emblems, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": EM, "model": _esp(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the validation loss 1.519 to 1.55 over 4 epochs (the "
                                         "batch-norm statistics move, the weights do not); update "
                                         "ratios at most 6.4e-11 (healthy quarter means at least "
                                         "6e-5 outside the MoEs' idle experts); accuracy 0.2458 "
                                         "against a majority share of 0.2625, every test "
                                         "prediction in one class"), verdict=TP),
    Case("h403_update_ratio_low_ripples_sequencer_rmsprop_lr1e10", "the Sequencer of 16 on the "
         "ripples, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _seq(dim=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 1.454 at every epoch; update ratios at most 1.5e-9; "
                      "accuracy 0.1444, 0.11 below the majority share 0.2556"), verdict=TP),
    Case("h403_vanishing_gauges_moe_trunk12_sigmoid_std005", "the sparse MoE with a trunk of 12 "
         "sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR "
         "0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_moe(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layers' gradients 2.4e-18 to 9e-18 (healthy first-layer "
                      "quarter means 0.14 and up); the validation loss 1.400 to 1.397 (ln 4); "
                      "accuracy 0.2893 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h403_saturated_ripples_sequencer_tanh_gain12_rmsprop", "the Sequencer of 16 on the "
         "ripples with a tanh channel MLP fed 12 times its pre-activation, plain RMSprop at LR "
         "1e-4, batch 28, 4 epochs",
         {"data": RP, "model": _seq(dim=16, activation="tanh", gain=12.0),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance",
                 "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("71% of the channel MLP's tanh outputs saturated at every epoch (healthy at "
                      "most 10%, the tanh MoE); the validation loss 1.386 to 1.350 (ln 4)"),
         verdict=TP),
    Case("h403_slow_start_gauges_moe_trunk3_std01_momentum9", "the sparse MoE with a trunk of "
         "3 ReLU layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR "
         "0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_moe(width=32, trunk=3), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("the validation loss 1.374 to 1.333 over the first 9 epochs of 15 (at ln 4),"
                      " then 0.418 at the end (lowest, still falling 16% in the last epoch, "
                      "accuracy 0.8607 rising); first gradient norms 0.01 (the healthy first-layer"
                      " quarter means 0.14 and up), their rise with the learning; up to 59% of an "
                      "expert's units logged dead (healthy up to 72%)"), verdict=TP),
    Case("h403_unshuffled_gauges_moe_rmsprop", "the gauges sorted by label, never shuffled, "
         "the sparse MoE of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _moe(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 28%); the "
                      "validation loss 1.419 to 1.392; accuracy 0.3214 against a majority share of"
                      " 0.2893; 71% of the test predictions in one class"), verdict=TP),
    Case("h403_mse_softmax_ripples_sequencer_adam", "the ripples trained with square error on "
         "the softmax, the Sequencer of 16, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": RP, "model": _seq(dim=16),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9333 (healthy 0.9333 to 0.9611), "
                      "the validation loss lowest at its end"), verdict=TP),
    Case("h403_noisy_gauges_moe_b1_adam", "the gauges one row at a time (batch 1), the sparse "
         "MoE of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _moe(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.56 times its mean over the second half, inside the "
                      "healthy runner runs' 0.41 to 0.91, so noise is no clear finding; the "
                      "validation loss lowest at the end (falling 19% in the last epoch); accuracy"
                      " 0.6964, 0.025 below the baseline 0.7214"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h403_overfit_gauges_subset40_moe_adamw", "40 rows of the gauges, the sparse MoE of "
         "160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _moe(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.425 (training 1.0; the healthy runs 0.85 and"
                      " up); the validation loss 1.17 at its early minimum, 2.53 times it (2.956) "
                      "at the end"), verdict=GP),
    Case("h403_gap_emblems_subset30_espnet_adam", "30 images of the emblems, the ESPNet with 16 "
         "and 32 channels, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**EM, "subset": 30}, "model": _esp(channels=[16, 32]),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4375 (training 1.0; the healthy ESPNets "
                      "0.8979 and up); the validation loss lowest at epoch 1 (1.4), 2.347 at the "
                      "end, 5.3 at its worst"), verdict=GP),
    Case("h403_underfit_ripples_sequencer_two_dims_adam", "the ripples through a Sequencer of "
         "2 dimensions (one LSTM unit each way), Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RP, "model": _seq(dim=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("not_training", "overfitting", "not_converged", "noisy_loss",
                "saturated_activation",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two dimensions cannot tell four classes: the loss falls from 1.638 to ln 4 "
                      "(1.387) and stays, so it is allowed not to train; accuracy 0.2556 (training"
                      " 0.2574), the majority share, far below the baseline 0.7444; every test "
                      "prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h403_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.9, "
         "0.995) at LR 1e20, 3310 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(3310,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN after its first step; accuracy 0.1003, the majority "
                      "share"),
                      verdict="failed"),
    Case("h403_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (betas 0.85, 0.995) at LR 1e-10, 3311 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(3311,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6927 at every epoch; accuracy 0.3906 at its initial "
                      "weights, 0.11 below the majority share 0.5"), verdict=TP),
    Case("h403_hf_trainer_wine_nadam_lr1e20_nan", "Hugging Face Trainer names: wine, NAdam "
         "(betas 0.9, 0.995) at LR 1e20 (decaying linearly), 3312 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("wine", hidden=(3312,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, below the majority share"),
                      verdict="failed"),
    Case("h403_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, Adagrad"
         " (weight decay 1e-4) at LR 1e-10 (decaying linearly), 3313 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ag("iris", hidden=(3313,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.24 at every evaluation; accuracy 0.1667 at its "
                      "initial weights, far below 1/3"), verdict=TP),
    Case("h403_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (betas 0.85, 0.995) at LR 1e20, 3314 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(3314,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"), verdict="failed"),
    Case("h403_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 3315 units, "
         "Adagrad (weight decay 1e-4) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_ag("digits", hidden=(3315,), lr=0.05, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4485, training 1.0); the "
                      "validation loss 23.93 at epoch 1 (after 34.8 at epoch 0) and 24.13 at the "
                      "end, 0.8% above it, so it does not overfit in its loss"), verdict=GP),
    Case("h403_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (betas 0.9, 0.995) at LR 1e20, 3316 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(3316,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN; accuracy 0.3684, far below 0.63"), verdict="failed"),
    Case("h403_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 3317 units, Adamax (betas 0.85, 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(3317,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.6077, training 1.0); the "
                      "validation loss lowest early (1.03), 3.27 times it at the end (3.365)"),
         verdict=GP),
    Case("h403_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (weight decay 1e-4) at LR 0.05, 3318 units, batch 20, "
         "a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(3318,), lr=0.05, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the step"
                      " loss also jumps to 1504 at step 2 and settles back to 0.42)"),
         verdict="failed", expect_step=15),
    Case("h403_plain_digits_nadam_lr1e10_stuck", "hand-written loop: digits, NAdam (betas 0.9, "
         "0.995) at LR 1e-10, 3319 units, batch 25, 4 epochs",
         script=plain_run(_na("digits", hidden=(3319,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=("underfitting", "unshuffled_data",
                 "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss 2.34 at every epoch; accuracy 0.0362 at its initial "
                      "weights, far below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy403_gauges_moe_trunk1_adam_cosine",
       {"data": GA, "model": _moe(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 11, "batch_size": 28}}),
    _h("healthy403_gauges_moe_trunk1_gelu_adamw_step",
       {"data": GA, "model": _moe(width=28, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy403_gauges_moe_trunk1_rmsprop_exponential",
       {"data": GA, "model": _moe(width=30, trunk=1),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy403_gauges_moe_trunk1_tanh_momentum9_cosine",
       {"data": GA, "model": _moe(width=32, trunk=1, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy403_gauges_moe_trunk1_adagrad_inverse_time",
       {"data": GA, "model": _moe(width=32, trunk=1),
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 11, "batch_size": 27}}),
    _h("healthy403_loads_moe_adam_cosine",
       {"data": LD, "model": _moe(width=32, trunk=1),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy403_loads_moe_gelu_adamw_cosine",
       {"data": LD, "model": _moe(width=32, trunk=1, activation="gelu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy403_emblems_espnet_adam_cosine",
       {"data": EM, "model": _esp(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy403_emblems_espnet_adamw_step",
       {"data": EM, "model": _esp(channels=[8, 12]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy403_emblems_espnet_rmsprop_cosine",
       {"data": EM, "model": _esp(channels=[8, 16]),
        "optim": {"name": "rmsprop", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy403_emblems_espnet_momentum9_cosine",
       {"data": EM, "model": _esp(channels=[8, 16]),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy403_ripples_sequencer_adam_cosine",
       {"data": RP, "model": _seq(dim=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 25}}),
    _h("healthy403_ripples_sequencer_adamw_exponential",
       {"data": RP, "model": _seq(dim=16),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 14, "batch_size": 24}}),
    _h("healthy403_ripples_sequencer_rmsprop_cosine",
       {"data": RP, "model": _seq(dim=16),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 30}}),
    _h("healthy403_ripples_sequencer_adagrad_cosine",
       {"data": RP, "model": _seq(dim=16),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 20}}),
    _hs("healthy403_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(3310,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy403_lightning_wine_adagrad",
        lightning_run(_ag("wine", hidden=(3311,), lr=0.05, epochs=12, batch_size=10)),
        "lightning"),
    _hs("healthy403_lightning_moons_adamax",
        lightning_run(_ax("moons", hidden=(3312,), lr=2e-3, epochs=13, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy403_hf_trainer_breast_cancer_nadam",
        hf_trainer_run(_na("breast_cancer", hidden=(3313,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy403_hf_trainer_iris_adagrad",
        hf_trainer_run(_ag("iris", hidden=(3314,), lr=0.01, epochs=3, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy403_keras_circles_adamax",
        keras_run(_ax("circles", hidden=(3315,), lr=2e-3, epochs=14, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy403_keras_wine_nadam",
        keras_run(_na("wine", hidden=(3316,), lr=1e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy403_keras_breast_cancer_adagrad",
        keras_run(_ag("breast_cancer", hidden=(3317,), lr=0.05, epochs=3, batch_size=20)),
        "keras"),
    _hs("healthy403_tensorboard_iris_adamax",
        tensorboard_run(_ax("iris", hidden=(3318,), lr=2e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy403_tensorboard_digits_adagrad",
        tensorboard_run(_ag("digits", hidden=(3319,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy403_tensorboard_moons_nadam",
        tensorboard_run(_na("moons", hidden=(3310,), lr=1e-3, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy403_plain_sine_adamax",
        plain_run(_ax("sine", hidden=(3311,), lr=2e-3, epochs=11, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy403_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(3312,), lr=5e-4, epochs=9, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
