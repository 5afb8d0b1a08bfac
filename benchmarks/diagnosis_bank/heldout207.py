"""The two-hundred-and-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout204`, :mod:`.heldout205` and :mod:`.heldout206` (not
looked at), after the measurement of :mod:`.heldout200` to :mod:`.heldout203`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner
case trains a model of this module through ``model.factory``: :class:`KANet` (a
Kolmogorov-Arnold-style net: every edge a learnt piecewise-linear function on a fixed grid of
knots, :class:`SplineEdges`, summed at the nodes beside a linear shortcut, a node activation module
after each hidden layer, optionally with its pre-activation shifted), :class:`NiN` (a
network-in-network CNN: mlpconv blocks of a 3x3 convolution and one or two 1x1 convolutions, each
with its activation module, max pooling between the blocks, a 1x1 convolution to one map per class
and global average pooling as the classifier) and :class:`FourierNet` (the flattened sequence read
back as steps, the magnitudes of an rfft of each reading over the steps through ``log1p`` into an
MLP); every fault code could be produced with these three models, no case fell back to the
runner's built-in MLP or CNN. Every data set is this module's own ``data.factory``:
:func:`tones`, 1200 recordings of 24 steps in 2 readings, each a sine of 2 or 5 cycles in noise
1.0, whose class is which reading is fast (4 classes, 3% random labels, given flattened as 48
columns; seed 2070); :func:`corners`, 3000 10x10 single-channel images of a 4x4 L turned by 0, 90,
180 or 270 degrees at a random place in noise 0.35, 2% random labels (4 classes; seed 2071);
:func:`kilns`, a tabular 4-class set of 6 readings (the signs of a score with a sine and of one
with a product, 3% random labels, 1400 rows; seed 2072); :func:`yields`, a tabular regression of 6
readings (1200 rows; seed 2073; times 300 plus 4000 with seed 2074 for the divergence). Script
cases use Adam with eps 1e-4, centred RMSprop with momentum 0.3 and Adadelta with rho 0.95
(settings no script of :mod:`.heldout198` to :mod:`.heldout203` uses) on wine, iris, breast
cancer, digits, moons, circles and the sine; every script case holds a hidden width of 1340 to
1349. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, Adadelta, plain SGD, SGD with
momentum 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, exponential and step. The
faults, each through what its model has: divergence under plain SGD in the KAN on the unscaled
yields; exploding gradients in a 3-block NiN (two 1x1 convolutions a block) with N(0, 1) init
under plain SGD at LR 1e-10; dead units in the KAN whose ReLU nodes' pre-activations are shifted
by -10 (Adam), and the NiN's channels killed by plain RMSprop at LR 0.05; a high update ratio from
Adagrad at LR 2 in the KAN with tanh nodes (which saturate); tiny learning rates in the NiN (plain
SGD at 1e-9) and the Fourier net (Adadelta at 1e-10); vanishing gradients through a 12-layer KAN
with sigmoid nodes under SGD with momentum 0.9; the Fourier net's tanh units saturated by N(0, 3)
init under plain RMSprop; the two-layer Fourier net with N(0, 0.01) init under momentum 0.9 (a
slow start); the kilns sorted by label and never shuffled (the KAN, plain RMSprop); square error on
the Fourier net's softmax under Adam; the NiN at batch 1 under Adam on 1200 images; the KAN on the
yields stopped after 6 epochs of plain SGD at LR 1e-3 (not converged); 40 rows of the kilns under
AdamW (a KAN of 64 nodes on 16 knots, overfit, a gap) and 30 images under Adam (the NiN, overfit,
a gap); a KAN of one hidden node (underfitting); the scripts: Lightning's NaN on breast cancer
(centred RMSprop) and stuck wine (Adadelta), Trainer's NaN on moons (Adam) and stuck digits
(centred RMSprop), Keras' NaN on iris (Adadelta) and 14 rows of digits (Adam, overfit, a gap),
TensorBoard's NaN on digits (Adam) and 10 rows of moons (centred RMSprop, overfit, a gap), the
loop's corrupt record on the sine (Adadelta) and stuck circles (Adam).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store; the numbers below are from that store. No other seed
was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2536 on the kilns, 0.2667 on the corners, 0.275 on
the tones; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.7464 (kilns), 0.8217
(corners), 0.4708 (tones); R2 0.7308 (yields), 0.7293 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 6.5e-5 (the NiN under Adam) to 0.044
(the ReLU KAN under RMSprop on the kilns), single steps at most 0.271 (the ELU Fourier net under
Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.42 with single steps up to 17.7;
the ``update_ratio_low`` runs log quarter means of at most 1.4e-11 (the NiN) and 0 (the Fourier
net). Dead fraction at most 25% in the healthy Fourier nets, 8.3% in the healthy NiNs and 0 in the
healthy KANs; the shifted KAN's nodes 1.0, the killed NiN's ReLU layers 0.5, 0.67 and 0.875, the
30-image NiN's second block 0.54 and 0.5, the slow start's second layer 0.41. Saturated fraction
at most 0.042 (the tanh KAN on the kilns); the saturated Fourier net's 0.96, the update-ratio
run's 0.93. Gradient norms at least 0.0125 (the NiN under Nesterov momentum) and at most 6.53 (the
SiLU KAN on the yields), first norms at least 0.117 (the SiLU Fourier net); the vanishing run's
down to 4.5e-11, the exploding run's 9.5e4 to 6.5e5, the slow start's first from 9e-4. The step
loss's position in the epoch explains at most 22% of the within-epoch variance over the second
half in the healthy runner runs (the NiN under Adam) and 43% in the healthy scripts (Trainer's
breast cancer, logged every 3 steps); the unshuffled run 99.9%. The standard deviation of the step
loss's step-to-step change over the second half is at most 1.47 times its mean in the healthy
runner runs (the NiN under Nesterov momentum) and 1.89 in the healthy scripts (the loop's breast
cancer); the batch-1 run's is 3.75. Healthy scores (validation): kilns 0.8607-0.8893 (test
0.8429-0.8857), corners 0.8967-0.9683 (test 0.87-0.9667), tones 0.8167-0.8542 (test
0.7792-0.8333), yields R2 0.9021-0.9209 (test 0.8828-0.9242); scripts: digits 0.9777 and 0.9833,
wine 1.0 and 1.0, breast cancer 0.9649, 0.9561 and 0.9561, moons 0.9677 and 0.9762, iris 0.9667
and 0.9667, circles 0.9922, the sine R2 0.9441. The healthy NiNs' first epoch loss is 1.326 to
1.411 (near ln 4) and their second 1.032 to 1.339: they leave ln 4 within two epochs. Every
healthy run's validation loss is lowest at its end but the KAN under Adam on the kilns (epoch 18
of 20, 0.03% above it), the tanh KAN under AdamW on the kilns (epoch 18 of 20, 0.08%) and the tanh
KAN on the yields (epoch 19 of 20, equal to 4 digits).

Changes after the first run: the healthy NiNs at PyTorch's default init with one 1x1 convolution
a block sat near ln 4 for two or three epochs and reached 0.9017 (Adam), 0.815 (AdamW, below the
baseline 0.8217) and 0.575 (ELU units under RMSprop), and the one under Nesterov momentum never
left ln 4 (0.2667); with Kaiming normal init and two 1x1 convolutions a block they reach 0.8967 to
0.9683, and the ELU NiN became a ReLU one (ELU units with Kaiming init reached 0.5067). The KANs
on the kilns under Adam and AdamW at LR 3e-3 for 15 epochs reached 0.8214 and 0.8286 (the
momentum run 0.8607), so LR 6e-3 for 20 epochs; the ReLU KAN under RMSprop at LR 1e-3 (decay
0.85) reached 0.7286, below the baseline (0.7464), so LR 3e-3 (decay 0.9); the tanh KAN on the
yields under AdamW at LR 2e-3 reached R2 0.821 (the others 0.917 and 0.921), so LR 5e-3. The slow
start was first the NiN with N(0, 0.03) init under momentum 0.9, which never left ln 4 in 12
epochs (its last ReLU layer 92% dead), as with N(0, 0.06) and N(0, 0.1); under Adam with N(0,
0.02) or N(0, 0.03) init it left ln 4 after 5 or 6 epochs but ended at 0.50 and 0.685 with 62% to
87.5% of its ReLU units dead, so the slow start moved to the two-layer Fourier net (left ln 4 after
9 epochs; at a constant LR for 15 epochs its validation loss still swung, so cosine for 20). The
batch-1 run was first the Fourier net on 600 recordings for 2 epochs, whose step loss swung 0.44
times its mean (within the healthy runs), then the NiN on 1500 images for 3 epochs (1.85, about
the healthy NiN under Nesterov momentum), now 1200 images for 5 epochs (3.75). The one-node KAN at
LR 3e-3 for 15 epochs was still improving (0.4893, its loss 1% lower in the last epoch), so LR
5e-3 for 40 epochs (flat). Keras' 20 rows of digits at LR 1e-3 ended only 4.3% above its epoch-16
validation minimum, so 14 rows at LR 3e-3 (1.31 times). Healthy scripts: Lightning's wine and
moons, Keras' moons, TensorBoard's wine and the loop's breast cancer ended 2.9%, 18.5%, 4.6%, 19.8%
and 4.5% above their validation minima at epochs 11, 11, 13, 11 and 11 and now stop there (a
constant LR: the same run to that epoch); Trainer's breast cancer (Adadelta at LR 1.0 for 10
epochs) ended 2.4% above its epoch-7 minimum, so LR 0.3 for 8 epochs; the loop's sine (Adam at LR
1e-3) ended 77% above its epoch-4 minimum, then at LR 3e-4 for 15 epochs 1.9% above its epoch-12
one, so 12 epochs. Every case on a changed setting was trained again and labelled from that run.

Labels from the metrics: the killed NiN's blow-up passed (its loss ends at ln 4, 1.392), so
``divergence`` is allowed there and the verdict is a training problem; the exploding run's loss is
5.4e5 at every epoch, far above ln 4 from its first step, and its verdict is a failure; the test
predictions fall in one class in the shifted KAN, the killed NiN, the NiN at LR 1e-9 and the
vanishing run (100% each), so ``predictions_collapsed`` is expected there, allowed in the exploding
run (74%), the saturated run (72%) and the 30-image NiN (67%), and neither expected nor allowed in
the Adadelta Fourier net (59.6%), the update-ratio run (47.5%) or the one-node KAN (42%); the
exploding run (0.2867 against 0.2667), the shifted KAN (0.2571 against 0.2536), the killed NiN
(0.2533), the NiN at LR 1e-9 (0.245), the Adadelta Fourier net (0.3125 against 0.275) and the
vanishing run (0.25) score within 0.05 of the majority share (``at_chance`` expected), the
saturated run far below it (0.15, allowed); Trainer's NaN moons (0.5), Keras' NaN iris (1/3),
TensorBoard's NaN digits (0.1003), Trainer's stuck digits (0.1031) and Lightning's stuck wine
(0.3611 against 0.3889) expect ``at_chance``, Lightning's NaN breast cancer (0.3684 against
0.6316) and the loop's stuck circles (0.3492 against 0.5) allow it; the shifted KAN's, the
vanishing run's and the saturated run's epoch loss falls 0.3%, 1.7% and 4% over the run
(``not_training`` expected); the unshuffled run's loss falls 0.35% in its last epoch, so
``not_converged`` is allowed, not expected; the one-node KAN's loss has flattened far below the
healthy scores (``underfitting`` expected); the stopped KAN on the yields still falls 3.9% in its
last epoch with the validation loss lowest at the end (``not_converged`` expected, ``underfitting``
allowed); the overfit runs' validation losses end 1.30 (40 rows), 2.78 (30 images), 1.31 (Keras'
14 rows) and 2.09 (TensorBoard's 10 rows) times their early minima with training scores of 1.0,
so ``overfitting`` is expected beside ``generalisation_gap``; the update-ratio run's tanh nodes
saturate far beyond the healthy runs (``saturated_activation`` expected); the slow start sat at ln
4 for 9 epochs (``slow_start`` expected), its dead units (41% against the healthy 25%) a side
effect of the small init (allowed); the batch-1 run swings 2.5 times the healthy runner maximum
(``noisy_loss`` expected), its validation loss 4% above its epoch-4 minimum (``not_converged``
allowed).

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
    turned,
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


def tones(n: int = 1200, steps: int = 24, noise: float = 1.0, flip: float = 0.03,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` recordings of ``steps`` steps in 2 readings, each
    reading a sine of 2 or 5 cycles over the recording (amplitude 0.6 to 1.2, random phase, a
    random offset) in Gaussian noise of ``noise``; the class is which reading is fast (4
    classes: slow-slow, slow-fast, fast-slow, fast-fast); a share ``flip`` of the labels is drawn
    at random. Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    fast = np.stack([y // 2, y % 2], 1)
    cycles = np.where(fast == 1, 5.0, 2.0)
    t = np.arange(steps) / steps
    amp = rng.uniform(0.6, 1.2, (n, 1, 2))
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1, 2))
    offset = rng.normal(0.0, 1.0, (n, 1, 2))
    x = (offset + amp * np.sin(2 * np.pi * cycles[:, None, :] * t[None, :, None] + phase)
         + rng.normal(0.0, noise, (n, steps, 2)))
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0, 0],
                 [1, 0, 0, 0],
                 [1, 0, 0, 0],
                 [1, 1, 1, 1]], dtype=float)


def corners(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of a 4x4 L (its arms down the
    left column and along the bottom row) turned by 0, 90, 180 or 270 degrees (4 classes) at a
    random place, in Gaussian noise of ``noise``; a share ``flip`` of the labels at random."""
    return glyph_images(turned(_ELL), n, 10, noise, flip, seed)


def kilns(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 6 readings of a kiln; the class is the sign
    of a score with a sine (readings 0 and 1) times 2 plus the sign of one with a product
    (readings 2 to 4); reading 5 is noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 6))
    s1 = np.sin(1.5 * x[:, 0]) + 0.6 * x[:, 1]
    s2 = x[:, 2] * x[:, 3] + 0.5 * x[:, 4]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 6 readings, the target a tanh of one, a sine
    of another, a product of two and a square of a fifth plus noise 0.3, times ``scale`` plus
    ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 6))
    y = (1.5 * np.tanh(2.0 * x[:, 0]) + np.sin(2.0 * x[:, 1]) + 0.7 * x[:, 2] * x[:, 3]
         + 0.4 * x[:, 4] ** 2 + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class SplineEdges(nn.Module):
    """Every input-output edge a learnt piecewise-linear function on ``grid`` fixed knots over
    ``[-span, span]`` (hat functions; the input is clamped to the span), summed at each output
    node, plus a linear shortcut of the inputs. ``weight`` holds the knots' values (``(n_out,
    n_in, grid)``, drawn from N(0, ``coeff_std``))."""

    def __init__(self, n_in: int, n_out: int, grid: int, span: float, coeff_std: float) -> None:
        super().__init__()
        self.weight = nn.Parameter(torch.randn(n_out, n_in, grid) * coeff_std)
        self.register_buffer("knots", torch.linspace(-span, span, grid))
        self.step = 2 * span / (grid - 1)
        self.span = span
        self.base = nn.Linear(n_in, n_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        u = x.clamp(-self.span, self.span).unsqueeze(-1) - self.knots
        basis = (1.0 - u.abs() / self.step).clamp(min=0.0)
        return torch.einsum("big,oig->bo", basis, self.weight) + self.base(x)


class KANet(nn.Module):
    """A Kolmogorov-Arnold-style net: ``depth`` hidden layers of ``width`` nodes, each a layer of
    :class:`SplineEdges` followed by a node activation module (its pre-activation shifted by
    ``node_shift``), then an output layer of spline edges."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 12,
                 depth: int = 1, grid: int = 8, span: float = 3.0, coeff_std: float = 0.1,
                 node: str = "silu", node_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        dims = [n_in] + [width] * depth
        self.layers = nn.ModuleList(SplineEdges(a, b, grid, span, coeff_std)
                                    for a, b in zip(dims[:-1], dims[1:], strict=True))
        self.nodes = nn.ModuleList(_ACTS[node]() for _ in range(depth))
        self.out = SplineEdges(dims[-1], n_outputs, grid, span, coeff_std)
        self.node_shift = node_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for layer, act in zip(self.layers, self.nodes, strict=True):
            h = act(layer(h) + self.node_shift)
        return self.out(h)


class NiN(nn.Module):
    """A network-in-network CNN: ``len(channels)`` mlpconv blocks (a 3x3 convolution, then
    ``ones`` 1x1 convolutions, each followed by an activation module), 2x2 max pooling between
    blocks, a final 1x1 convolution to one map per output and global average pooling as the
    classifier."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, ...] = (16, 24), ones: int = 1,
                 activation: str = "relu") -> None:
        super().__init__()
        c = input_shape[0]
        layers: list[nn.Module] = []
        for i, width in enumerate(channels):
            if i:
                layers.append(nn.MaxPool2d(2))
            layers += [nn.Conv2d(c, width, 3, padding=1), _ACTS[activation]()]
            for _ in range(ones):
                layers += [nn.Conv2d(width, width, 1), _ACTS[activation]()]
            c = width
        layers.append(nn.Conv2d(c, n_outputs, 1))
        self.body = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x).mean(dim=(2, 3))


class FourierNet(nn.Module):
    """A Fourier-feature sequence classifier: the flattened sequence of ``features`` readings is
    read back as steps, the magnitudes of an rfft of each reading over the steps (the lowest
    ``keep`` bins, all without it) go through ``log1p`` into an MLP (linear and activation
    modules per hidden layer) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: tuple[int, ...] = (32,), activation: str = "relu",
                 keep: int | None = None) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.keep = keep or self.steps // 2 + 1
        layers: list[nn.Module] = []
        n_in = self.keep * features
        for width in hidden:
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        layers.append(nn.Linear(n_in, n_outputs))
        self.mlp = nn.Sequential(*layers)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        mags = torch.fft.rfft(seq, dim=1).abs()[:, :self.keep]
        return self.mlp(torch.log1p(mags).flatten(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout207"
TN = _factory(f"{HERE}:tones", seed=2070)
CR = _factory(f"{HERE}:corners", seed=2071)
KL = _factory(f"{HERE}:kilns", seed=2072)
YD = _factory(f"{HERE}:yields", seed=2073)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2074)


def _kan(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:KANet", "args": args}


def _nin(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NiN", "args": args}


def _ff(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:FourierNet", "args": args}


def _ae(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with eps 1e-4."""
    return _s(data, optim="adam", optim_args={"eps": 1e-4}, **kw)


def _crm(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with momentum 0.3."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "momentum": 0.3}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.95."""
    return _s(data, optim="adadelta", optim_args={"rho": 0.95}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
KAIMING = {"init": "kaiming_normal"}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h207_divergence_yields_raw_kan_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the KAN of 12 SiLU nodes, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _kan(),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.7e7 at the first step, 2.7e13 at the third, "
                      "1.9e24 at the fourth and Inf at the fifth, where the run stops"),
         verdict="failed"),
    Case("h207_exploding_corners_nin_std1_sgd", "the NiN CNN (3 mlpconv blocks of 16, 24 and 32 "
         "channels, 2 1x1 convolutions each) with N(0, 1) init on the corners, plain SGD at LR "
         "1e-10, batch 30",
         {"data": CR, "model": {**_nin(channels=[16, 24, 32], ones=2), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 5.48e5 to 5.41e5, far above ln 4 from the first step and "
                      "1.3% lower over the run; every gradient norm 9.5e4 to 6.5e5 (healthy at "
                      "most 6.53); quarter-mean update ratios up to 4e-6, a side effect of the "
                      "LR; up to 3.1% of the last block's units logged dead; accuracy 0.2867 "
                      "against a majority share of 0.2667; 74% of the test predictions in one "
                      "class"), verdict="failed"),
    Case("h207_dead_relu_kilns_kan_shift10_adam", "the KAN of 12 ReLU nodes whose "
         "pre-activations are shifted by -10, so the nodes never fire, Adam at LR 2e-3, "
         "batch 25, 12 epochs",
         {"data": KL, "model": _kan(node="relu", node_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 12, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed=("every hidden node logged dead (healthy KANs 0), so the output layer sees "
                      "zeros and learns its biases alone: the epoch loss 1.393 to 1.389 at ln 4, "
                      "accuracy 0.2571 at the majority share (0.2536), far below the baseline "
                      "(0.7464), every test prediction in one class"), verdict=TP),
    Case("h207_dead_relu_corners_nin_rmsprop_lr005", "the NiN CNN on the corners, plain RMSprop "
         "at LR 0.05, batch 28",
         {"data": CR, "model": _nin(),
          "optim": {"name": "rmsprop", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 1732 in epoch 1 (epoch loss 28.6), then "
                      "sits at ln 4 (1.392 and 1.392), so the blow-up passed; gradient norms 0 to"
                      " 857 and single update ratios up to 10.2 (healthy at most 6.53 and 0.271);"
                      " 50%, 67% and 87.5% of the second to fourth ReLU layers logged dead "
                      "(healthy at most 8.3% in the NiNs); accuracy 0.2533 against a majority "
                      "share of 0.2667, every test prediction in one class"), verdict=TP),
    Case("h207_update_ratio_high_kilns_kan_tanh_adagrad", "the KAN of 12 tanh nodes on the "
         "kilns, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": KL, "model": _kan(node="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.42, single"
                      " steps up to 17.7; healthy at most 0.044 and 0.271) and 93% of the tanh "
                      "nodes saturate (healthy at most 4.2%); the run swings (epoch losses 7.34, "
                      "3.41, 2.41, 1.85, 1.43, 1.54, 1.44, 1.16; validation losses 7.54 down to "
                      "1.36, then 2.19, 1.62, 1.98, 1.33); accuracy 0.5786 (training 0.6167), "
                      "below the baseline (0.7464); 47.5% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h207_update_ratio_low_corners_nin_sgd_lr1e9", "the NiN CNN on the corners, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": CR, "model": _nin(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.391 at every epoch; quarter-mean update ratios at most "
                      "1.4e-11 (healthy at least 6.5e-5); accuracy 0.245 against a majority share"
                      " of 0.2667; every test prediction in one class"), verdict=TP),
    Case("h207_update_ratio_low_tones_fourier_adadelta_lr1e10", "the Fourier net (32 ReLU "
         "units) on the tones, Adadelta at LR 1e-10, batch 27, 4 epochs",
         {"data": TN, "model": _ff(),
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.412 at every epoch; every logged update ratio 0 (healthy "
                      "at least 6.5e-5); accuracy 0.3125 at its initial weights, 0.0375 above the"
                      " majority share (0.275); 59.6% of the test predictions in one class"),
         verdict=TP),
    Case("h207_vanishing_kilns_kan_d12_sigmoid_momentum9", "the KAN of 12 hidden layers of 8 "
         "sigmoid nodes on the kilns, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": KL, "model": _kan(width=8, depth=12, node="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 4.5e-11 (healthy at least 0.0125); the"
                      " last layers still move (quarter-mean update ratios up to 0.036) but the "
                      "epoch loss stays at 1.41 (ln 4 is 1.386); accuracy 0.25 at the majority "
                      "share (0.2536), every test prediction in one class"), verdict=TP),
    Case("h207_saturated_tones_fourier_tanh_std3_rmsprop", "the Fourier net of 32 tanh units "
         "with N(0, 3) init on the tones, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": TN, "model": {**_ff(activation="tanh"), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients", "at_chance",
                "predictions_collapsed"),
         why_allowed=("96% of the tanh units' outputs saturated (healthy at most 4.2%); the epoch"
                      " loss 20.9 to 20.07 (4% lower), far above ln 4; gradient norms up to 16.1 "
                      "(healthy at most 6.53), a side effect of the N(0, 3) init; accuracy 0.15, "
                      "far below the majority share (0.275); 72% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h207_slow_start_tones_fourier_std001_momentum9", "the Fourier net of two layers of "
         "32 ReLU units with N(0, 0.01) init on the tones, SGD with momentum 0.9 at LR 0.05 "
         "(cosine), batch 25, 20 epochs",
         {"data": TN, "model": {**_ff(hidden=[32, 32]), "init": "normal", "init_std": 0.01},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 25}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.387 to 1.392) for the first 9 epochs, then "
                      "falls (0.442 at epoch 20, the validation loss 0.1% above its epoch-19 "
                      "minimum); first gradient norms from 9e-4 (healthy first norms at least "
                      "0.117); 41% of the second layer's units logged dead (healthy Fourier nets "
                      "at most 25%); accuracy 0.8333 (test 0.8042), about the healthy runs"),
         verdict=TP),
    Case("h207_unshuffled_kilns_kan_silu_rmsprop", "the kilns sorted by label, never shuffled, "
         "the KAN of 12 SiLU nodes, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**KL, "order": "by_label", "shuffle": False},
          "model": _kan(),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 22%); accuracy 0.3357 (training "
                      "0.306), far below the healthy runs (0.8607 and up) and the baseline "
                      "(0.7464); the epoch loss falls 3.9% over the run (1.472 to 1.415), 0.35% "
                      "in its last epoch, with the validation loss lowest at the end"), verdict=TP),
    Case("h207_mse_softmax_tones_fourier_adam", "the tones trained with square error on the "
         "softmax, the Fourier net of 32 ReLU units, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": TN, "model": _ff(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.85 (test 0.8375) like the healthy "
                      "runs; the validation loss lowest at the end, the loss still falling"),
         verdict=TP),
    Case("h207_noisy_corners_nin_b1_adam", "1200 of the corners one image at a time (batch 1), "
         "the NiN CNN (2 1x1 convolutions a block, Kaiming init), Adam at LR 5e-4, 5 epochs",
         {"data": {**CR, "subset": 1200}, "model": {**_nin(ones=2), **KAIMING},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 5, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "not_converged"),
         why_allowed=("the step loss swings 3.75 times its mean over the second half (healthy "
                      "runner runs at most 1.47, healthy scripts S1.47), up to 8.7 from near 0; "
                      "single-image gradients up to 39 (healthy at most 6.53); accuracy 0.94 "
                      "(training 0.96), the validation loss 4% above its epoch-4 minimum"),
         verdict=TP),
    Case("h207_not_converged_yields_kan_sgd_lr1e3", "the KAN of 12 SiLU nodes on the yields, "
         "plain SGD at LR 1e-3, batch 32, stopped after 6 epochs",
         {"data": YD, "model": _kan(),
          "optim": {"name": "sgd", "lr": 1e-3},
          "train": {"epochs": 6, "batch_size": 32}},
         expect=("not_converged",),
         allow=("underfitting", "update_ratio_low", "slow_start"),
         why_allowed=("the epoch loss falls 3.9% in the last epoch (2.83 to 2.72) and the "
                      "validation loss 3.4% (2.486 to 2.402), lowest at the end: R2 0.0804 "
                      "(training 0.109) after 6 epochs of a small LR, far below the baseline "
                      "(0.7308)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h207_overfit_kilns_subset40_kan_adamw", "40 rows of the kilns, the KAN of 64 SiLU "
         "nodes on a grid of 16, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**KL, "subset": 40},
          "model": _kan(width=64, grid=16),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("40 rows teach less: accuracy 0.5786 (training 1.0; the healthy runs 0.8607"
                      " and up); the validation loss lowest at epoch 9 of 150, 1.30 times it at "
                      "the end"), verdict=GP),
    Case("h207_gap_corners_subset30_nin_adam", "30 images of the corners, the NiN CNN of 32 and "
         "48 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**CR, "subset": 30}, "model": _nin(channels=[32, 48]),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("30 images teach less: accuracy 0.4333 (training 1.0; the healthy NiNs "
                      "0.8967 and up); the validation loss lowest at epoch 28 of 100, 2.78 times "
                      "it at the end; 54% and 50% of the second block's units logged dead "
                      "(healthy at most 8.3% in the NiNs); 67% of the test predictions in one "
                      "class"), verdict=GP),
    Case("h207_underfit_kilns_kan_one_node_adam", "the kilns through a KAN of 1 hidden SiLU "
         "node, Adam at LR 5e-3, batch 25, 40 epochs",
         {"data": KL, "model": _kan(width=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 40, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one hidden node cannot hold two scores: accuracy 0.5 (training 0.5393; "
                      "healthy 0.8607 and up), below the baseline (0.7464); the epoch loss flat "
                      "over the last 4 epochs (0.7936 to 0.7905), the validation loss 0.1% above "
                      "its epoch-35 minimum; 42% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h207_lightning_breast_cancer_crms_lr1e20_nan", "Lightning: breast cancer, centred "
         "RMSprop with momentum 0.3 at LR 1e20, 1340 units, batch 19, 3 epochs",
         script=lightning_run(_crm("breast_cancer", hidden=(1340,), lr=1e20, epochs=3,
                                   batch_size=19)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from the second step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h207_lightning_wine_adadelta_lr1e10_stuck", "Lightning: wine, Adadelta (rho 0.95) at "
         "LR 1e-10, 1341 units, batch 10, 3 epochs",
         script=lightning_run(_ad("wine", hidden=(1341,), lr=1e-10, epochs=3, batch_size=10)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.030 at every epoch; accuracy 0.3611 at its initial "
                      "weights, 0.028 below the majority share (0.3889)"), verdict=TP),
    Case("h207_hf_trainer_moons_adam_eps4_lr1e20_nan", "Hugging Face Trainer names: moons (610 "
         "points, noise 0.2), Adam (eps 1e-4) at LR 1e20 (decaying linearly), 1342 units, batch "
         "20, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ae("moons", hidden=(1342,), lr=1e20, epochs=3, batch_size=20,
                                   n=610, noise=0.2), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h207_hf_trainer_digits_crms_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "centred RMSprop with momentum 0.3 at LR 1e-10 (decaying linearly), 1343 units, batch "
         "24, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_crm("digits", hidden=(1343,), lr=1e-10, epochs=3,
                                    batch_size=24), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.299 at every evaluation; accuracy 0.1031 at its "
                      "initial weights, at the majority share (0.1003)"), verdict=TP),
    Case("h207_keras_iris_adadelta_lr1e20_nan", "Keras names: iris, Adadelta (rho 0.95) at LR "
         "1e20, 1344 units, batch 9, 3 epochs",
         script=keras_run(_ad("iris", hidden=(1344,), lr=1e20, epochs=3, batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333, at 1/3"),
         verdict="failed"),
    Case("h207_keras_digits_subset14_adam_eps4_gap", "Keras names: 14 rows of digits, 1345 "
         "units, Adam (eps 1e-4) at LR 3e-3, 120 epochs, batch 2",
         script=keras_run(_ae("digits", hidden=(1345,), lr=3e-3, epochs=120, batch_size=2,
                              subset=14)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("14 rows teach less (validation accuracy 0.5571, training 1.0; the healthy "
                      "digits 0.9777 and up); the validation loss lowest at epoch 1 of 120, 1.31 "
                      "times it at the end"), verdict=GP),
    Case("h207_tensorboard_digits_adam_eps4_lr1e20_nan", "TensorBoard tags: digits, Adam (eps "
         "1e-4) at LR 1e20, 1346 units, batch 25, 3 epochs",
         script=tensorboard_run(_ae("digits", hidden=(1346,), lr=1e20, epochs=3,
                                    batch_size=25)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      "share"), verdict="failed"),
    Case("h207_tensorboard_moons_subset10_crms_gap", "TensorBoard tags: 10 rows of moons (640 "
         "points, noise 0.25), 1347 units, centred RMSprop with momentum 0.3 at LR 1e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_crm("moons", hidden=(1347,), lr=1e-3, epochs=150,
                                     batch_size=2, n=640, noise=0.25, subset=10)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("10 rows teach less (validation accuracy 0.8594, training 1.0; the healthy "
                      "moons 0.9677 and up); the validation loss lowest at epoch 2 of 150, 2.09 "
                      "times it at the end; the step loss near 0 swings 2.33 times its mean"),
         verdict=GP),
    Case("h207_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (620 points), Adadelta (rho 0.95) at LR 1.0, 1348 units, batch 20, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(1348,), lr=1.0, epochs=3, batch_size=20,
                              n=620, noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=15),
    Case("h207_plain_circles_adam_eps4_lr1e10_stuck", "hand-written loop: circles (630 points, "
         "noise 0.1), Adam (eps 1e-4) at LR 1e-10, 1349 units, batch 21, 4 epochs",
         script=plain_run(_ae("circles", hidden=(1349,), lr=1e-10, epochs=4, batch_size=21,
                              n=630, noise=0.1)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7332 at every epoch; accuracy 0.3492 at its initial "
                      "weights, far below the majority share (0.5)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy207_kilns_kan_silu_adam",
       {"data": KL, "model": _kan(),
        "optim": {"name": "adam", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy207_kilns_kan_tanh_adamw",
       {"data": KL, "model": _kan(width=10, node="tanh"),
        "optim": {"name": "adamw", "lr": 6e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy207_kilns_kan_relu_rmsprop",
       {"data": KL, "model": _kan(width=14, node="relu"),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy207_kilns_kan_elu_momentum9",
       {"data": KL, "model": _kan(width=12, node="elu", grid=6),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "step", "step_size": 6},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy207_yields_kan_silu_adam",
       {"data": YD, "model": _kan(width=16),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy207_yields_kan_tanh_adamw",
       {"data": YD, "model": _kan(width=12, node="tanh"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy207_yields_kan_leaky_adagrad",
       {"data": YD, "model": _kan(width=12, node="leaky_relu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _h("healthy207_corners_nin_relu_adam",
       {"data": CR, "model": {**_nin(ones=2), **KAIMING},
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy207_corners_nin_leaky_adamw",
       {"data": CR, "model": {**_nin(channels=[12, 20], ones=2, activation="leaky_relu"),
                              **KAIMING},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 28}}),
    _h("healthy207_corners_nin_relu_rmsprop",
       {"data": CR, "model": {**_nin(channels=[16, 16], ones=2), **KAIMING},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy207_corners_nin_relu_nesterov9",
       {"data": CR, "model": {**_nin(channels=[16, 24], ones=2), **KAIMING},
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy207_tones_fourier_relu_adam",
       {"data": TN, "model": _ff(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy207_tones_fourier_silu_adamw",
       {"data": TN, "model": _ff(hidden=[24, 24], activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 27}}),
    _h("healthy207_tones_fourier_tanh_rmsprop",
       {"data": TN, "model": _ff(hidden=[40], activation="tanh"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy207_tones_fourier_elu_adagrad",
       {"data": TN, "model": _ff(hidden=[32], activation="elu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 22}}),
    _hs("healthy207_lightning_digits_adam_eps4",
        lightning_run(_ae("digits", hidden=(1340,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy207_lightning_wine_crms",
        lightning_run(_crm("wine", hidden=(1341,), lr=2e-4, epochs=11, batch_size=10)),
        "lightning"),
    _hs("healthy207_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(1342,), lr=1.0, epochs=11, batch_size=20, n=620,
                          noise=0.2)), "lightning"),
    _hs("healthy207_hf_trainer_breast_cancer_adadelta",
        hf_trainer_run(_ad("breast_cancer", hidden=(1343,), lr=0.3, epochs=8,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy207_hf_trainer_circles_crms",
        hf_trainer_run(_crm("circles", hidden=(1344,), lr=3e-4, epochs=15, batch_size=20,
                            n=640, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy207_hf_trainer_iris_adam_eps4",
        hf_trainer_run(_ae("iris", hidden=(1345,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy207_keras_breast_cancer_adam_eps4",
        keras_run(_ae("breast_cancer", hidden=(1346,), lr=5e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy207_keras_moons_crms",
        keras_run(_crm("moons", hidden=(1347,), lr=3e-4, epochs=13, batch_size=20, n=630,
                       noise=0.2)), "keras"),
    _hs("healthy207_tensorboard_wine_adadelta",
        tensorboard_run(_ad("wine", hidden=(1348,), lr=0.5, epochs=11, batch_size=10)),
        "tensorboard"),
    _hs("healthy207_tensorboard_digits_crms",
        tensorboard_run(_crm("digits", hidden=(1349,), lr=2e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy207_tensorboard_iris_adam_eps4",
        tensorboard_run(_ae("iris", hidden=(1340,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy207_plain_sine_adam_eps4",
        plain_run(_ae("sine", hidden=(1342,), lr=3e-4, epochs=12, batch_size=20, n=640,
                      noise=0.2)), "pytorch"),
    _hs("healthy207_plain_breast_cancer_adadelta",
        plain_run(_ad("breast_cancer", hidden=(1344,), lr=0.5, epochs=11, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
