"""The two-hundred-eighty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout289` (not looked at), after the measurement of
:mod:`.heldout286` and :mod:`.heldout287`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`SoftExpMLP` (hidden linear layers each followed by the learnt
soft-exponential activation of Godfrey and Gashler, :class:`SoftExponential`, one alpha a layer,
starting at 0.5, then a linear head), :class:`DCTCNN` (a fixed 2-D discrete cosine transform of
each 4x4 patch as a stride-4 convolution, two 3x3 convolutions with ReLU units, a global average
pool, a dense ReLU layer whose pre-activations can start shifted, a linear head) and
:class:`CFNRNN` (the chaos-free cell of Laurent and von Brecht, ``h = u * tanh(h) + i * tanh(W
x)`` with sigmoid gates, stepped by hand, a linear head on the last state); no case fell back to
the runner's built-in models. Every data set is this module's own ``data.factory``:
:func:`drifts`, 800 noisy series of 16 steps in 2 readings, the first drifting up or down, the
second with or without a 4-step dip (4 classes; flattened to 32 columns and read back as a
sequence; seed 2880); :func:`glyphs`, 3000 12x12 images of a 6x6 texture (horizontal stripes,
vertical stripes, a checkerboard, a flat block) at a random place in noise 0.5, 2% random labels
(4 classes; seed 2881); :func:`tables`, a tabular 4-class set of 8 readings (a sign product and a
quadratic; 3% random labels, 2400 rows; seed 2882); :func:`yields`, a tabular regression of 8
readings (1200 rows; seed 2883; times 300 plus 6000 with seed 2884 for the divergence). Script
cases use Adam with betas (0.95, 0.999), SGD with momentum 0.6 and RMSprop with alpha 0.95 and
eps 1e-6 on digits, wine, iris, breast cancer, moons, circles and the sine; every script case
holds a hidden width of 2150 to 2159. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad,
plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant,
cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into a
fresh store (two SQLite files, one per worker) only to check that the fault is real, from the run's
own metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
The numbers below are from that store unless a change below says otherwise. No other seed was
checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2667
on the tables, 0.2633 on the glyphs, 0.2687 on the drifts. Baselines (validation): accuracy 0.6167
(tables), 0.8033 (glyphs), 0.9313 (drifts); R2 0.7288 (yields), 0.737 (the raw yields).

Measured healthy ranges (runner, the second store, without the two tables runs replaced below):
update ratio quarter means 1.15e-4 to 0.0697, single steps at most 0.41 (the glyphs under
RMSprop); the ``update_ratio_high`` run reaches quarter means of 0.56 with single steps up to 14;
the ``update_ratio_low`` runs log quarter means of at most 4.3e-13 and 7.5e-10. Dead fraction of
the CNNs' dense ReLUs 0% to 25% in the healthy runs; the shifted CNN's 100%, the RMSprop-killed
CNN's 81%, the 30-image CNN's 22%. Saturated tanh states at most 0.9% in the healthy CFNs; the
N(0, 3) run's 28%, the Adagrad run's 40%. Gradient norms at least 0.0025 and at most 52 (the
tables under AdamW; the soft-exponential's exponential branch makes single spikes), first norms at
least 0.015; the vanishing run's down to 4.3e-10, the exploding run's up to 2.5e13, the stuck
CNN's first 1.4e-3. The step loss's position in the epoch explains at most 27% of the within-epoch
variance over the second half in the healthy runner runs; the unshuffled run 98.8%. The standard
deviation of the step loss's step-to-step change over the second half is at most 0.82 times its
mean in the healthy runner runs (the CNN under Nesterov momentum); the batch-1 run's only 0.84.
Healthy scores (validation): tables 0.8104-0.9, glyphs 0.8567-0.9067, drifts 0.9625-0.9938, yields
R2 0.804 and 0.8683. Every healthy runner run's validation loss is lowest at its end but the yields
under AdamW (3 layers; epoch 16 of 20, 0.1% above it).

Changes after the first training round (the first store, healthy runner cases first): the
soft-exponential started at alpha 0 is the identity there, whose alpha gets no gradient through
the branch, so every MLP stayed linear (tables 0.40 to 0.45 against a baseline of 0.69, yields R2
0.56); alpha now starts at 0.5. The first glyphs (4x4 line glyphs in 12x12, noise 0.4) fell apart
in the DCT front (every one-pixel shift changes a patch's transform): validation accuracy 0.55 to
0.61 against a baseline of 0.61, the validation loss 20% above its epoch-5 minimum; the glyphs are
now 6x6 textures in noise 0.5 and the healthy CNNs smaller (8 to 10 and 10 to 12 channels, 16 to
20 dense units, 8 epochs). The tables grew from 1400 to 2400 rows and their healthy MLPs to 40 to
48 units at 12 epochs (30-odd units overfitted to 6.7 times the minimum with alpha 1). Everything
was then trained again into a fresh store, the numbers above.

Changes after the second round (each changed case trained once at seed 0 into a store of its own,
diagnosis off): the tables under Adagrad (3 layers of 32, LR 0.1, 15 epochs: accuracy 0.69,
gradient spikes of 2.3e7, 1.95% above its epoch-14 minimum) now 2 layers of 40 at LR
0.03, 12 epochs: lowest at the end, 0.8104 (LR 0.05 ended 5.9% above its epoch-11 minimum); the
tables under RMSprop (LR 3e-3, 1.28% above its epoch-9 minimum) now LR 2e-3: lowest at the end,
0.8479; the CFN under momentum 0.9 (LR 0.05, 12 epochs, 0.925 below the baseline) now LR 0.1, 15
epochs: lowest at the end, 0.9938; the CFN under AdamW (LR 0.01, decay 0.9, 11% above its epoch-14
minimum) now decay 0.8: lowest at the end, 0.9625 (LR 5e-3 reached only 0.8187); Lightning's
digits (LR 1e-3, 2.06% above its epoch-7 minimum) now LR 2e-4: lowest at the end, 0.9666 (LR 5e-4
and 8 epochs ended 1.5% above); the loop's breast cancer (LR 5e-4, 12 epochs, 1.08% above) now LR
3e-4 and 10 epochs: lowest at the end, 0.9649; the loop's sine (LR 2e-4, 14% above its epoch-11
minimum) now LR 1e-4: lowest at the end, R2 0.9236; TensorBoard's iris (LR 1e-3, 20 epochs, 20%
above its epoch-17 minimum) now LR 5e-4 and 15 epochs: lowest at the end, 0.9667. The slow start
at N(0, 0.03) never started (it is now the stuck CNN case, labelled from its metrics); N(0, 0.06)
was trained in a store of its own and is the ``slow_start`` case.

Not met: the yields under AdamW end 0.1% above their validation minimum; the changed cases were
each checked in a store of their own, not retrained together into one fresh store, and the
measured healthy ranges above are those of the second store, not re-measured on the changed
cases. ``noisy_loss`` is expected by no case: the batch-1 run's step loss swings 0.84 times its
mean, no more than the healthy CNN under Nesterov momentum (0.82), so it is only allowed there and
the run is labelled from its loss (still falling: ``not_converged``). The slow start's first
gradients are within the healthy range; its evidence is the 4-epoch plateau at ln 4. No other
seed was checked.

Labels from the metrics: the divergence's loss never turned NaN (1.5e20 at its peak, gradient
norms overflowing), so ``divergence`` is expected and ``nan_loss`` allowed; the RMSprop-killed
CNN's blow-up passed (its loss ends near ln 4), so it is a training problem; the test predictions
fall in one class in the exploding run (100%), both dead-unit runs (100%, 94.5%), the stuck CNN
(100%), the SGD update-ratio CNN (100%) and the vanishing run (100%), so ``predictions_collapsed``
is expected there, allowed in the stuck CFN (75%); the Adagrad CFN reaches 0.6438 (36% in one
class), so it expects ``underfitting``, not ``at_chance``; the N(0, 3) CFN scores 0.1, far below
the majority share (35% in one class), so ``at_chance`` is only allowed; the overfit runs'
validation losses end 21 (40 rows), 3.69 (30 images), 1.55 (Keras' 16 rows) and 2.30
(TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 28)
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
from torch.nn import functional as F

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


def drifts(n: int = 800, steps: int = 16, noise: float = 0.5, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading drifts up or down (slope 0.12 a step), the second holds a dip of -1.6 lasting
    4 steps at a random time or none; the class is the drift's sign times 2 plus the dip (4
    classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    t = np.arange(steps) - (steps - 1) / 2.0
    for i, label in enumerate(y):
        x[i, :, 0] += (0.12 if label // 2 else -0.12) * t
        if label % 2:
            s = int(rng.integers(0, steps - 3))
            x[i, s:s + 4, 1] -= 1.6
    return x.reshape(n, steps * 2).astype(np.float32), y


_ROWS = np.array([[1, 1, 1, 1, 1, 1], [0] * 6] * 3, dtype=float)
_COLS = _ROWS.T.copy()
_CHECK = np.indices((6, 6)).sum(axis=0) % 2 * 1.0
_BLOCK = np.full((6, 6), 0.6)


def glyphs(n: int = 3000, noise: float = 0.5, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one 6x6 texture glyph each at
    a random place (4 classes: horizontal stripes, vertical stripes, a checkerboard, a flat block
    of 0.6), in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_ROWS, _COLS, _CHECK, _BLOCK), n, 12, noise, flip, seed)


def tables(n: int = 2400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign times 2 plus whether reading 2 plus half the square of reading 3 exceeds
    0.5; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1]
    s2 = x[:, 2] + 0.5 * x[:, 3] ** 2 - 0.5
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a tanh of one, half
    the square of a second, a product of two more and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.tanh(2.0 * x[:, 0]) + 0.5 * x[:, 1] ** 2 + x[:, 2] * x[:, 4] + 0.8 * x[:, 3]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class SoftExponential(nn.Module):
    """The soft-exponential activation of Godfrey and Gashler with one learnt ``alpha`` per
    layer: ``-ln(1 - alpha (x + alpha)) / alpha`` for alpha < 0, ``x`` at 0, ``(exp(alpha x) -
    1) / alpha + alpha`` for alpha > 0 (arguments clamped so that neither branch overflows)."""

    def __init__(self, alpha: float = 0.0) -> None:
        super().__init__()
        self.alpha = nn.Parameter(torch.tensor(float(alpha)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.alpha
        small = a.abs() < 1e-6
        safe = torch.where(small, torch.ones_like(a), a)
        pos = (torch.exp(torch.clamp(safe * x, max=30.0)) - 1.0) / safe + safe
        neg = -torch.log(torch.clamp(1.0 - safe * (x + safe), min=1e-6)) / safe
        return torch.where(small, x, torch.where(a > 0, pos, neg))


class SoftExpMLP(nn.Module):
    """An MLP of ``depth`` hidden layers of ``width`` units, each followed by its own
    :class:`SoftExponential` (one alpha a layer, starting at ``alpha``, 0.5 unless given), then
    a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, alpha: float = 0.5) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(depth):
            layers += [nn.Linear(n_in, width), SoftExponential(alpha)]
            n_in = width
        self.body = nn.Sequential(*layers)
        self.head = nn.Linear(n_in, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.head(self.body(x.flatten(1)))


def dct_filters(size: int = 4) -> torch.Tensor:
    """The ``size * size`` 2-D DCT-II basis images (orthonormal), as convolution weights of
    shape ``(size * size, 1, size, size)``."""
    k = np.arange(size)
    c = np.sqrt(2.0 / size) * np.cos(np.pi * (2 * k[None, :] + 1) * k[:, None] / (2 * size))
    c[0] /= np.sqrt(2.0)
    basis = np.einsum("ui,vj->uvij", c, c).reshape(size * size, 1, size, size)
    return torch.tensor(basis, dtype=torch.float32)


class DCTCNN(nn.Module):
    """A DCT-front CNN: a fixed 2-D discrete cosine transform of each 4x4 patch (a stride-4
    convolution with the 16 DCT basis images, not learnt), then two 3x3 convolutions with ReLU
    units, a global average pool, a dense ReLU layer (whose pre-activations start shifted by
    ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (16, 24), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.register_buffer("dct", dct_filters(4).repeat(c, 1, 1, 1))
        self.groups = c
        self.conv1 = nn.Conv2d(16 * c, channels[0], 3, padding=1)
        self.act1 = nn.ReLU()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.ReLU()
        self.fc = nn.Linear(channels[1], dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = F.conv2d(x, self.dct, stride=4, groups=self.groups)
        h = self.act2(self.conv2(self.act1(self.conv1(h)))).mean(dim=(2, 3))
        return self.head(self.act(self.fc(h) + self.dense_shift))


class CFNRNN(nn.Module):
    """A chaos-free recurrent net (the CFN cell of Laurent and von Brecht), stepped by hand:
    ``h = u * tanh(h) + i * tanh(W x)`` with sigmoid gates ``u`` and ``i`` of the input and the
    previous state; it reads the flattened sequence of ``features`` readings a step, then a
    linear head reads the last state."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.gx = nn.Linear(features, 2 * hidden)
        self.gh = nn.Linear(hidden, 2 * hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            u, i = torch.sigmoid(self.gx(seq[:, t]) + self.gh(h)).chunk(2, dim=1)
            h = u * self.squash(h) + i * self.squash(self.wx(seq[:, t]))
        return self.head(h)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout288"
DR = _factory(f"{HERE}:drifts", seed=2880)
GL = _factory(f"{HERE}:glyphs", seed=2881)
TB = _factory(f"{HERE}:tables", seed=2882)
YD = _factory(f"{HERE}:yields", seed=2883)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2884)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SoftExpMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DCTCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:CFNRNN", "args": args}


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.95, 0.999)."""
    return _s(data, optim="adam", optim_args={"betas": (0.95, 0.999)}, **kw)


def _mo(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6}, **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with alpha 0.95 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95, "eps": 1e-6}, **kw)


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
    Case("h288_divergence_yields_raw_softexpmlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the soft-exponential MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; the step loss 4e7 at the first step, 1.5e20 at its peak, never "
                      f"NaN; the gradient norms overflow (logged 1.8e308); R2 -5.2e9"),
         verdict="failed"),
    Case("h288_exploding_tables_softexpmlp_d6_std1", "the soft-exponential MLP of 6 layers of 24 "
         "with N(0, 1) init on the tables, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": TB, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("the epoch loss 5.8e12 to 4.7e12; gradient norms up to 2.5e13 (healthy at "
                      "most 130, the tables under RMSprop); quarter-mean update ratios up to 7.1, "
                      "single steps 254, effects of the huge outputs; accuracy 0.2667 at the "
                      "majority share, every test prediction in one class"), verdict="failed"),
    Case("h288_dead_relu_glyphs_dctcnn_dense_shift10", "the DCT-front CNN on the glyphs with its "
         "dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": GL, "model": _cnn(channels=[8, 12], dense=16, dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 25%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.389 to 1.386 (ln 4); accuracy"
                      " 0.2633 at the majority share, every test prediction in one class"),
         verdict=TP),
    Case("h288_dead_relu_glyphs_dctcnn_rmsprop_lr01", "the DCT-front CNN on the glyphs, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 240.5 in epoch 1, then near ln 4 (1.403), so the blow-up "
                      "passed; gradient norms up to 5200 and single update ratios up to 20.8 "
                      "(healthy at most 0.41); 81% of the dense units logged dead at the end "
                      "(healthy at most 25%), 58% of the second convolution's; accuracy 0.2567 "
                      "against a majority share of 0.2633, 94.5% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h288_update_ratio_high_drifts_cfn_adagrad_lr2", "the CFN of 16 on the drifts, Adagrad "
         "at LR 2, batch 26, 8 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.56, single steps up to 14 (healthy at "
                      "most 0.07 and 0.41); 40% of the tanh states saturated (healthy at most "
                      "0.9%); epoch losses 4.96 to 1.03, accuracy 0.6438 against the baseline "
                      "0.9313 (not at chance: 36% of the test predictions in one class); gradient "
                      "norms up to 56"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h288_update_ratio_low_glyphs_dctcnn_sgd_lr1e9", "the DCT-front CNN on the glyphs, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.389 at every epoch; quarter-mean update ratios at most "
                      "4.3e-13 (healthy at least 1.2e-4); accuracy 0.25 against a majority share "
                      "of 0.2633"), verdict=TP),
    Case("h288_update_ratio_low_drifts_cfn_rmsprop_lr1e10", "the CFN of 16 on the drifts, plain "
         "RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.396 at every epoch; quarter-mean update ratios at most "
                      "7.5e-10; accuracy 0.2062 against a majority share of 0.2687; 75% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h288_vanishing_tables_softexpmlp_d12_std005_momentum9", "the soft-exponential MLP of 12 "
         "layers of 16 with N(0, 0.05) init on the tables, SGD with momentum 0.9 at LR 0.05, "
         "batch 32, 4 epochs",
         {"data": TB, "model": {**_mlp(width=16, depth=12), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 4.3e-10, first norms 8e-10 (healthy "
                      "first norms at least 0.015); the epoch loss 1.39 to 1.388 (ln 4); accuracy "
                      "0.2583 against a majority share of 0.2667, every test prediction in one "
                      "class"), verdict=TP),
    Case("h288_saturated_drifts_cfn_std3_rmsprop", "the CFN of 16 with N(0, 3) init on the "
         "drifts, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": DR, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("28% of the tanh states saturated (healthy at most 0.9%); the epoch loss "
                      "14.9 to 14.54, far above ln 4; gradient norms up to 51 (healthy CFNs at "
                      "most 1.34); accuracy 0.1 against a majority share of 0.2687, far below it "
                      "(35% of the test predictions in one class)"), verdict=TP),
    Case("h288_stuck_glyphs_dctcnn_std003_momentum9", "the DCT-front CNN with N(0, 0.03) init "
         "on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "not_converged"),
         why_allowed=("meant as a slow start, it never started: the epoch loss 1.387 to 1.385 (ln "
                      "4) over all 10 epochs; first gradient norms 1.4e-3 (healthy first norms at "
                      "least 0.015, 11 times more), later at most 0.013; accuracy 0.2633 at the "
                      "majority share, every test prediction in one class"), verdict=TP),
    Case("h288_slow_start_glyphs_dctcnn_std006_momentum9", "the DCT-front CNN with N(0, 0.06) "
         "init on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.06},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss at ln 4 (1.387 to 1.372) for 4 epochs, then 1.095, 0.47 and "
                      "0.152 at the end; validation accuracy 0.26 to 0.39 over those epochs, 0.935"
                      " at the end with the validation loss lowest there; first gradient norms "
                      "0.011 to 0.049, within the healthy CNNs' (0.015 and up), so the plateau is "
                      "the evidence"), verdict=TP),
    Case("h288_unshuffled_tables_softexpmlp_rmsprop", "the tables sorted by label, never "
         "shuffled, the soft-exponential MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**TB, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 98.8% of its within-epoch "
                      "variance (healthy runner runs at most 27%); the epoch loss 1.432 to 1.35; "
                      "accuracy 0.3063 against a majority share of 0.2667"), verdict=TP),
    Case("h288_mse_softmax_drifts_cfn_adam", "the drifts trained with square error on the "
         "softmax, the CFN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": DR, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9812 like the healthy runs; the "
                      "validation loss 1.9% above its epoch-9 minimum"), verdict=TP),
    Case("h288_noisy_tables_softexpmlp_b1_adam", "the tables one row at a time (batch 1), the "
         "soft-exponential MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": TB, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "underfitting", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss swings 0.84 times its mean over the second half (healthy "
                      "runner runs up to 0.82), so noise is no clear finding; the epoch loss falls"
                      " 12.6% in the last epoch, the validation loss lowest at the end: accuracy "
                      "0.5417, below the baseline 0.6167"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h288_overfit_tables_subset40_softexpmlp_adamw", "40 rows of the tables, the "
         "soft-exponential MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**TB, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4667 (training 1.0; the healthy runs 0.8479 "
                      "and up); the validation loss lowest at epoch 4 of 150, 21 times it at the "
                      "end"), verdict=GP),
    Case("h288_gap_glyphs_subset30_dctcnn_adam", "30 images of the glyphs, the DCT-front CNN "
         "with 24 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[24, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.38 (training 1.0; the healthy CNNs 0.8567 "
                      "and up); the validation loss lowest at epoch 2 of 100, 3.69 times it at the"
                      " end; 22% of the dense units logged dead"), verdict=GP),
    Case("h288_underfit_drifts_cfn_one_unit_adam", "the drifts through a CFN of 1 hidden unit, "
         "Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": DR, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: accuracy 0.5188 (training 0.5125) far "
                      "below the baseline (0.9313); the validation loss still lowest at the end, "
                      "the epoch loss 3.4% lower than the epoch before; 53% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h288_lightning_digits_momentum6_lr1e20_nan", "Lightning: digits, SGD with momentum 0.6 "
         "at LR 1e20, 2150 units, batch 24, 3 epochs",
         script=lightning_run(_mo("digits", hidden=(2150,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h288_lightning_circles_adam95_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.95 and 0.999) at LR 1e-10, 2151 units, batch 20, 3 epochs",
         script=lightning_run(_ad("circles", hidden=(2151,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6747 at every epoch; accuracy 0.5312 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h288_hf_trainer_wine_rmsprop95_lr1e20_nan", "Hugging Face Trainer names: wine, RMSprop "
         "(alpha 0.95, eps 1e-6) at LR 1e20 (decaying linearly), 2152 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_rp("wine", hidden=(2152,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN from step 2; accuracy 0.3333, 0.066 below "
                      f"the majority share"), verdict="failed"),
    Case("h288_hf_trainer_iris_momentum6_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.6 at LR 1e-10 (decaying linearly), 2153 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mo("iris", hidden=(2153,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.093 at every evaluation; accuracy 0.2333 at its "
                      "initial weights, 0.1 below 1/3"), verdict=TP),
    Case("h288_keras_moons_adam95_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.95 and 0.999) at LR 1e20, 2154 units, batch 20, 3 epochs",
         script=keras_run(_ad("moons", hidden=(2154,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h288_keras_digits_subset16_rmsprop95_gap", "Keras names: 16 rows of digits, 2155 "
         "units, RMSprop (alpha 0.95, eps 1e-6) at LR 1e-4, 120 epochs, batch 2",
         script=keras_run(_rp("digits", hidden=(2155,), lr=1e-4, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5432, training 1.0); the "
                      "validation loss lowest at epoch 10 of 120, 1.55 times it at the end"),
         verdict=GP),
    Case("h288_tensorboard_breast_cancer_momentum6_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.6 at LR 1e20, 2156 units, batch 19, 3 epochs",
         script=tensorboard_run(_mo("breast_cancer", hidden=(2156,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"),
         verdict="failed"),
    Case("h288_tensorboard_circles_subset8_adam95_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2157 units, Adam (betas 0.95 and 0.999) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ad("circles", hidden=(2157,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest at epoch 2 of 150, 2.30 times it at the end"),
         verdict=GP),
    Case("h288_plain_corrupt_record_sine_rmsprop95", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), RMSprop (alpha 0.95, eps 1e-6) at LR 1e-4, 2158 units, batch "
         "20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(2158,), lr=1e-4, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf (logged 1.8e308) at the corrupt record, far above its "
                      "first step"), verdict="failed", expect_step=17),
    Case("h288_plain_digits_momentum6_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.6 at LR 1e-10, 2159 units, batch 25, 4 epochs",
         script=plain_run(_mo("digits", hidden=(2159,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.312 at every epoch; accuracy 0.1198, 0.02 above the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy288_tables_softexpmlp_adam_cosine",
       {"data": TB, "model": _mlp(width=48),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy288_tables_softexpmlp_adamw_step",
       {"data": TB, "model": _mlp(width=44),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy288_tables_softexpmlp_rmsprop_exponential",
       {"data": TB, "model": _mlp(width=48),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy288_tables_softexpmlp_momentum9_cosine",
       {"data": TB, "model": _mlp(width=48),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy288_tables_softexpmlp_adagrad_inverse_time",
       {"data": TB, "model": _mlp(width=40),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy288_yields_softexpmlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy288_yields_softexpmlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy288_glyphs_dctcnn_adam_cosine",
       {"data": GL, "model": _cnn(channels=[8, 12], dense=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy288_glyphs_dctcnn_adamw_step",
       {"data": GL, "model": _cnn(channels=[10, 12], dense=16),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 3, "gamma": 0.4},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy288_glyphs_dctcnn_rmsprop_cosine",
       {"data": GL, "model": _cnn(channels=[8, 10], dense=16),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 30}}),
    _h("healthy288_glyphs_dctcnn_nesterov9_cosine",
       {"data": GL, "model": _cnn(channels=[8, 12], dense=20),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy288_drifts_cfn_adam_cosine",
       {"data": DR, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy288_drifts_cfn_adamw_exponential",
       {"data": DR, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy288_drifts_cfn_rmsprop_cosine",
       {"data": DR, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy288_drifts_cfn_momentum9_cosine",
       {"data": DR, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy288_lightning_digits_adam95",
        lightning_run(_ad("digits", hidden=(2150,), lr=2e-4, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy288_lightning_wine_momentum6",
        lightning_run(_mo("wine", hidden=(2151,), lr=5e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy288_lightning_moons_rmsprop95",
        lightning_run(_rp("moons", hidden=(2152,), lr=2e-4, epochs=15, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy288_hf_trainer_breast_cancer_adam95",
        hf_trainer_run(_ad("breast_cancer", hidden=(2153,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy288_hf_trainer_iris_momentum6",
        hf_trainer_run(_mo("iris", hidden=(2154,), lr=0.01, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy288_keras_circles_adam95",
        keras_run(_ad("circles", hidden=(2155,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy288_keras_wine_rmsprop95",
        keras_run(_rp("wine", hidden=(2156,), lr=1e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy288_keras_breast_cancer_momentum6",
        keras_run(_mo("breast_cancer", hidden=(2157,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy288_tensorboard_iris_adam95",
        tensorboard_run(_ad("iris", hidden=(2158,), lr=5e-4, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy288_tensorboard_digits_momentum6",
        tensorboard_run(_mo("digits", hidden=(2159,), lr=0.02, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy288_tensorboard_moons_rmsprop95",
        tensorboard_run(_rp("moons", hidden=(2150,), lr=2e-4, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy288_plain_sine_rmsprop95",
        plain_run(_rp("sine", hidden=(2154,), lr=1e-4, epochs=16, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy288_plain_breast_cancer_adam95",
        plain_run(_ad("breast_cancer", hidden=(2156,), lr=3e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
