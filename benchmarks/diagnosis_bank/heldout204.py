"""The two-hundred-and-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout205`, :mod:`.heldout206` and :mod:`.heldout207` (not
looked at), after the measurement of :mod:`.heldout200` to :mod:`.heldout203`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``, on model families none of those parts (nor
:mod:`.heldout200` to :mod:`.heldout203`) used: :class:`Mixer` (an MLP-Mixer: 3x3 patches embedded
by a strided convolution, blocks of a token-mixing MLP across the patches and a channel-mixing MLP
across the channels, each behind a layer norm and added to its input, their hidden pre-activations
optionally shifted; a final layer norm, the mean over the patches, a linear head),
:class:`DeepCross` (a deep-and-cross network: full-rank explicit cross layers ``x0 * (W x + b) + x``
beside an MLP of linear, optional layer norm and activation, both concatenated into a linear head)
and :class:`AttnPoolCNN` (a 1-D CNN over the flattened sequence read back as steps, with attention
pooling: a learnt score per step, softmax over the steps, the weighted sum of the steps, a linear
head); every fault code could be produced with these three models, no case fell back to the runner's
built-in MLP or CNN. Every data set is this module's own ``data.factory``: :func:`weaves`, 4000
12x12 single-channel images of stripes (period 3 to 5 pixels, random phase, amplitude 0.6) along the
rows, columns, diagonals or anti-diagonals in noise 1.1, 2% random labels (4 classes; seed 2040);
:func:`crossings`, a tabular 3-class set of 10 readings (the largest of three scores built on
products of readings, 3% random labels, 1600 rows; seed 2041); :func:`yields`, a tabular regression
of 8 readings (1200 rows; seed 2042; times 300 plus 4000 with seed 2043 for the divergence);
:func:`pulses`, 1200 sequences of 24 steps in 2 readings of noise 0.9, one reading holding a peak or
a dip of 1.4 somewhere (4 classes, given flattened as 48 columns and read back as a sequence by the
CNN; seed 2044). Script cases use Adam with weight decay 1e-4 (a coupled L2 penalty), RMSprop with
alpha 0.9 and eps 1e-6 and SGD with momentum 0.6 (settings no script of :mod:`.heldout198` to
:mod:`.heldout203` uses) on wine, iris, breast cancer, digits, moons, circles and the sine; every
script case holds a hidden width of 1310 to 1319. Runner optimisers: Adam, AdamW, plain RMSprop,
Adagrad, plain SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant,
cosine, step and exponential; batch sizes 1 to 32. The faults, each through what its model has:
divergence under plain SGD in the deep-and-cross net on the unscaled yields; exploding gradients in
the deep-and-cross net with a 6-layer leaky-ReLU MLP and N(0, 1) init under SGD with momentum 0.5 at
LR 1e-10 (the cross layers multiply the blown-up inputs); dead units behind the Mixer's skips (the
mixing MLPs' pre-activations shifted by -10, so their ReLUs never fire and the net is a linear map
of its patches) under Adam, and the attention-pooling CNN's channels killed by plain RMSprop at LR
0.3; a high update ratio from Adagrad at LR 2 in the Mixer with tanh MLPs (the layer norms keep the
loss finite but not the steps, and the tanh units saturate); tiny learning rates in the Mixer (plain
SGD at 1e-9) and the CNN (plain RMSprop at 1e-10); vanishing gradients through the deep-and-cross
net without cross layers and a 16-layer sigmoid MLP under SGD with momentum 0.9; the CNN's tanh
saturated by N(0, 3) init under plain RMSprop; the CNN with N(0, 0.05) init under momentum 0.9 (a
slow start); the crossings sorted by label and never shuffled (SiLU MLP, plain RMSprop); square
error on the CNN's softmax under Adam; the deep-and-cross net at batch 1 under Adam; the Mixer
stopped after 3 epochs of Adam (not converged); 40 rows of the crossings under AdamW (a wide tanh
MLP, overfit, a gap) and 30 images under Adam (the Mixer, overfit, a gap); a CNN of one channel
(underfitting); the scripts: Lightning's NaN on digits (Adam with L2) and stuck circles (RMSprop),
Trainer's NaN on wine (momentum) and stuck iris (Adam with L2), Keras' NaN on moons (RMSprop) and 12
rows of digits (Adam with L2, overfit, a gap), TensorBoard's NaN on breast cancer (momentum) and 8
rows of circles (RMSprop, overfit, a gap), the loop's corrupt record on the sine (Adam with L2) and
stuck digits (momentum). Regression: the yields (runner), the sine (Trainer and the loop healthy,
the loop's corrupt record).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update ratios,
dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix
(``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts called
directly: no diagnosis was made. After the last change of a setting every case was trained once more
from this file into a fresh store (the cases left unchanged gave the same numbers); the numbers
below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end;
``at_chance`` expected within 0.05 of the majority share, allowed up to 0.1 above it and far below
it; a weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2587 on the weaves, 0.3563 on the crossings, 0.2542 on
the pulses; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.2475 (weaves; 0.3175 on 30
images), 0.6875 (crossings; 0.4781 on 40 rows), 0.6042 (pulses); R2 0.6554 (yields), 0.672 (the
unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 1.0e-5 (the layer-normalised tanh net
under momentum 0.9 on the crossings) to 0.0496 (the CNN under Adagrad), single steps at most 0.353
(the ELU net under RMSprop on the crossings); the ``update_ratio_high`` run reaches quarter means of
0.24 with single steps up to 24; the ``update_ratio_low`` runs log quarter means of at most 3.9e-11
and 2.2e-9. Dead fraction at most 12.5% (the CNN under RMSprop, during training; 0 in the healthy
Mixers, at most 6.25% in the deep-and-cross nets); the shifted Mixer's mixing MLPs 1.0, the killed
CNN's convolutions 0.69 and 0.19, the batch-1 run's second layer 0.16. Saturated fraction at most
0.033 (the layer-normalised tanh net on the crossings); the saturated CNN's 0.77 and 0.93, the
update-ratio run's 0.99, the 40-row overfit run's 0.11. Gradient norms at least 2.3e-4 (the CNN
under RMSprop) and at most 11.96 (the ReLU net on the yields), first norms at least 2.6e-4; the
vanishing run's down to 7.5e-15, the exploding run's 4.2 to 4498, the saturated run's up to 29, the
batch-1 run's up to 34, the slow start's first 1.6e-5 to 0.0105. The step loss's position in the
epoch explains at most 37% of the within-epoch variance over the second half in the healthy runner
runs (the Mixer under Nesterov momentum); the unshuffled run 99.9%. The standard deviation of the
step loss's step-to-step change over the second half is at most 0.78 times its mean in the healthy
runner runs (the ReLU net on the yields) and 1.71 in the healthy scripts (the loop's breast cancer);
the batch-1 run's is 3.1. Healthy scores (validation): weaves 0.8225-0.8612 (test 0.8187-0.875),
crossings 0.8625-0.8906 (test 0.8313-0.8781), pulses 0.7375-0.7667 (test 0.6958-0.7375), yields R2
0.8771 and 0.8954; scripts: digits 0.9777 and 0.9638, wine 0.9722 and 1.0, breast cancer 0.9474,
0.9386 and 0.9561, moons 0.9531 and 0.9924, circles 1.0, iris 0.9667, the sine R2 0.9283 and 0.9387.
Every healthy run's validation loss is lowest at its end but the Mixer under RMSprop (epoch 7 of 8,
0.1% above it), the tanh net under momentum 0.9 on the crossings (epoch 16 of 20, 0.4%), the CNN
under Adam (epoch 13 of 15, 0.1%), under momentum 0.9 (epoch 13 of 15, 0.4%) and under Adagrad
(epoch 8 of 12, 0.2%) and Trainer's moons (epoch 19 of 20, under 0.05%).

Changes after the first run: the first image set (a plus sign, an X, a hollow frame or a filled
block at a random place in 3000 12x12 images, noise 0.45) was learnt poorly by the Mixer (the
healthy Adam run 0.5717 against a baseline of 0.5583, its validation loss lowest at epoch 8 of 12),
so the images became :func:`weaves` (3000 images in noise 0.8: healthy Mixers 0.925 to 0.955 against
a 5-nearest-neighbour baseline of 0.9317, two of them ending 5.9% and 8.5% above their epoch-5 and
epoch-6 validation minima; then 4000 images in noise 1.1, whose baseline is 0.2475); every case on
the images was trained again and labelled from that run; the not-converged Mixer took 3 epochs of
Adam at LR 1e-3 instead of 4 of plain SGD at LR 0.02, whose loss fell only 2.4% (1.400 to 1.366); of
the healthy Mixers, Adam (8 epochs, 0.5% above its epoch-6 minimum) and Nesterov momentum (8 epochs,
1.7% above its epoch-6 minimum) took 6 epochs, RMSprop LR 1e-3 (from 5e-4: 0.7612, far below the
others) and AdamW LR 3e-3 (from 2e-3: 0.8063). The pulses took noise 0.9 and bumps of 1.4 (from 0.6
and 1.8: the healthy CNN under Adam reached 0.9875 and ended 18% above its epoch-6 validation
minimum). The killed CNN at LR 0.1 left only 37.5% of its second convolution's channels dead, so LR
0.3; the slow start with N(0, 0.02) init never left ln 4 in 15 epochs (1.391 to 1.383), so N(0,
0.05); the one-channel CNN at LR 3e-3 for 15 epochs was still falling (1.294 to 1.288, the
validation loss lowest at the end), so LR 0.01 for 25 epochs; the batch-1 run at LR 2e-3 swung 2.0
times its mean, near the healthy scripts' 1.71, so LR 5e-3. The healthy ELU net on the crossings
under RMSprop at LR 1e-3 reached 0.675, below the baseline (0.6875), so LR 3e-3; the healthy CNN
under RMSprop (steps every 5 epochs, 15 epochs) ended 0.7% above its epoch-10 minimum, so steps
every 4 epochs and 12 epochs; the CNN under Adagrad at LR 0.03 for 15 epochs 0.5% above its epoch-8
minimum, so LR 0.02 for 12 epochs. Trainer's sine under momentum at LR 0.01 went NaN (gradient norms
up to 2.5e6), at LR 2e-3 and 1e-3 (batch 16) it ended 0.6% above earlier minima, so LR 2e-3, batch
32 and 15 epochs; Keras' 16 rows of digits at LR 1e-3 ended only 1.4% above its epoch-1 validation
loss, so 12 rows at LR 3e-3 for 150 epochs.

Labels from the metrics: the divergence's step loss is 1.6e7 at the first step and NaN at the
fourth, where the run stops (``failed``); the exploding run's loss is 2208 at every epoch, far above
ln 3 from its first step, and its verdict is a failure; the killed CNN's blow-up passed (its loss
ends near ln 4, 1.435), so ``divergence`` is allowed there and the verdict is a training problem, as
it is for the update-ratio run (epoch loss 16.0, then 1.42); the test predictions fall in one class
in the killed CNN (100%), the tiny-LR CNN (100%), the vanishing run (100%) and the update-ratio run
(91%), so ``predictions_collapsed`` is expected there, allowed in the exploding run (86%), neither
expected nor allowed in the tiny-LR Mixer (56%), the saturated run (41%) or the one-channel CNN
(59%); the exploding run (0.3094 against 0.3563), the killed CNN (0.2458 against 0.2542), the
update-ratio run (0.2375 against 0.2587), the tiny-LR Mixer (0.2475), the tiny-LR CNN (0.2542), the
vanishing run (0.3531), the saturated run (0.25), the unshuffled run (0.3375) and the 30-image Mixer
(0.2825) score within 0.05 of the majority share (``at_chance`` expected), the shifted Mixer 0.085
above it (allowed); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5) and Trainer's stuck iris
(1/3) expect ``at_chance``, Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast
cancer (0.3684 against 0.6316), Lightning's stuck circles (0.5547), the loop's stuck digits (0.1643,
0.064 above 0.1003) and TensorBoard's 8 rows of circles (0.5615) allow it; the shifted Mixer ends at
0.3438, far below the healthy Mixers, with its loss down only 2.1%, so ``underfitting`` is expected
beside ``dead_relu`` (``not_training`` and ``not_converged`` allowed); the saturated run's epoch
loss falls 2.7% (``not_training`` expected); the unshuffled run's, the batch-1 run's and the 3-epoch
Mixer's loss still falls with the validation loss lowest at the end (``not_converged`` expected);
the overfit runs' validation losses end 2.93 (40 rows), 2.91 (30 images), 1.19 (Keras' 12 rows) and
11.2 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``; the update-ratio run's tanh units saturate far beyond the healthy runs
(``saturated_activation`` expected); the slow start sat at ln 4 for 4 epochs, so ``slow_start`` is
expected.

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


def weaves(n: int = 4000, amplitude: float = 0.6, noise: float = 1.1, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of a stripe pattern of
    ``amplitude`` (a sine wave of period 3, 4 or 5 pixels at a random phase) in Gaussian noise of
    ``noise`` (4 classes: stripes along the rows, along the columns, along the diagonals, along
    the anti-diagonals); a share ``flip`` of labels drawn at random. No single pixel tells the
    class (the phase is random): it is in the pattern across the image."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    r, c = np.meshgrid(np.arange(12), np.arange(12), indexing="ij")
    coords = (r, c, (r + c) / np.sqrt(2.0), (r - c) / np.sqrt(2.0))
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    for i, label in enumerate(y):
        period, phase = float(rng.integers(3, 6)), rng.uniform(0.0, 2 * np.pi)
        x[i, 0] += amplitude * np.sin(2 * np.pi * coords[int(label)] / period + phase)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def crossings(n: int = 1600, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 10 readings; the class is the largest of
    three scores, each a product of two readings plus or minus half a third
    (``x0 x1 + x2 / 2``, ``x3 x4 + x5 / 2``, ``x6 x7 - x2 / 2``); readings 8 and 9 are noise; a
    share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    scores = np.stack([x[:, 0] * x[:, 1] + 0.5 * x[:, 2], x[:, 3] * x[:, 4] + 0.5 * x[:, 5],
                       x[:, 6] * x[:, 7] - 0.5 * x[:, 2]], 1)
    y = scores.argmax(1)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target 1.5 times a product of
    two, a sine of a third, a linear fourth and half a product of two more plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * x[:, 0] * x[:, 1] + 2.0 * np.sin(1.2 * x[:, 2]) + 0.8 * x[:, 3]
         - 0.5 * x[:, 4] * x[:, 5] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


def pulses(n: int = 1200, steps: int = 24, noise: float = 0.9, height: float = 1.4,
           seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sequences of ``steps`` steps in 2 readings of
    Gaussian noise ``noise``, one reading holding a bump of ``height`` (width 1.5 steps) at a
    random step from 3 to 20; the class is the reading times 2 plus 1 for a dip instead of a peak
    (4 classes). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    t = np.arange(steps)
    for i, label in enumerate(y):
        centre = int(rng.integers(3, steps - 3))
        sign = -1.0 if label % 2 else 1.0
        x[i, :, int(label) // 2] += sign * height * np.exp(-0.5 * ((t - centre) / 1.5) ** 2)
    return x.reshape(n, steps * 2).astype(np.float32), y


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "gelu": nn.GELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class _MixerBlock(nn.Module):
    """Token mixing (an MLP across the patches, per channel) then channel mixing (an MLP across
    the channels, per patch), each behind an optional layer norm and added to its input with
    ``skip``; the MLPs' hidden pre-activations are shifted by ``bias_shift``."""

    def __init__(self, tokens: int, dim: int, token_hidden: int, channel_hidden: int,
                 activation: str, norm: bool, skip: bool, bias_shift: float) -> None:
        super().__init__()
        self.norm1 = nn.LayerNorm(dim) if norm else nn.Identity()
        self.tok1 = nn.Linear(tokens, token_hidden)
        self.tok_act = _ACTS[activation]()
        self.tok2 = nn.Linear(token_hidden, tokens)
        self.norm2 = nn.LayerNorm(dim) if norm else nn.Identity()
        self.ch1 = nn.Linear(dim, channel_hidden)
        self.ch_act = _ACTS[activation]()
        self.ch2 = nn.Linear(channel_hidden, dim)
        self.skip, self.bias_shift = skip, bias_shift

    def forward(self, h: torch.Tensor) -> torch.Tensor:  # (batch, tokens, dim)
        t = self.norm1(h).transpose(1, 2)
        t = self.tok2(self.tok_act(self.tok1(t) + self.bias_shift)).transpose(1, 2)
        h = h + t if self.skip else t
        c = self.ch2(self.ch_act(self.ch1(self.norm2(h)) + self.bias_shift))
        return h + c if self.skip else c


class Mixer(nn.Module):
    """An MLP-Mixer: non-overlapping ``patch`` x ``patch`` patches embedded to ``dim`` channels
    (a strided convolution), ``depth`` mixer blocks, a final layer norm, the mean over the
    patches and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, patch: int = 3,
                 dim: int = 32, token_hidden: int = 24, channel_hidden: int = 48,
                 depth: int = 2, activation: str = "gelu", norm: bool = True, skip: bool = True,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        c, h, w = input_shape
        tokens = (h // patch) * (w // patch)
        self.embed = nn.Conv2d(c, dim, patch, stride=patch)
        self.blocks = nn.ModuleList(
            _MixerBlock(tokens, dim, token_hidden, channel_hidden, activation, norm, skip,
                        bias_shift) for _ in range(depth))
        self.norm = nn.LayerNorm(dim) if norm else nn.Identity()
        self.head = nn.Linear(dim, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x).flatten(2).transpose(1, 2)
        for block in self.blocks:
            h = block(h)
        return self.head(self.norm(h).mean(1))


class DeepCross(nn.Module):
    """A deep-and-cross network: ``cross`` explicit cross layers (``x_{l+1} = x_0 * (W x_l + b)
    + x_l``, full rank) beside an MLP of ``deep`` widths (linear, optional layer norm,
    activation; pre-activations shifted by ``bias_shift``), both concatenated into a linear
    head (the MLP alone when ``cross`` is 0)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, cross: int = 2,
                 deep: tuple[int, ...] = (32, 32), activation: str = "relu",
                 norm: bool = False, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.cross = nn.ModuleList(nn.Linear(n_in, n_in) for _ in range(cross))
        widths = [n_in, *deep]
        self.lins = nn.ModuleList(nn.Linear(a, b)
                                  for a, b in zip(widths[:-1], widths[1:], strict=True))
        self.norms = nn.ModuleList((nn.LayerNorm(b) if norm else nn.Identity())
                                   for b in widths[1:])
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in widths[1:])
        self.bias_shift = bias_shift
        self.head = nn.Linear((n_in if cross else 0) + widths[-1], n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x0 = x.flatten(1)
        xl = x0
        for lin in self.cross:
            xl = x0 * lin(xl) + xl
        h = x0
        for lin, norm, act in zip(self.lins, self.norms, self.acts, strict=True):
            h = act(norm(lin(h)) + self.bias_shift)
        return self.head(torch.cat([xl, h], 1) if len(self.cross) else h)


class AttnPoolCNN(nn.Module):
    """A 1-D CNN with attention pooling: the flattened sequence of ``features`` readings a step
    read back as a sequence, ``layers`` same-padded 1-D convolutions of ``channels`` (kernel
    ``kernel``) each with its activation module, a learnt score per step (a linear layer),
    softmax over the steps, the score-weighted sum of the steps, a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 channels: int = 16, layers: int = 2, kernel: int = 5,
                 activation: str = "relu") -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        convs: list[nn.Module] = []
        c = features
        for _ in range(layers):
            convs += [nn.Conv1d(c, channels, kernel, padding=kernel // 2), _ACTS[activation]()]
            c = channels
        self.convs = nn.Sequential(*convs)
        self.score = nn.Linear(channels, 1)
        self.head = nn.Linear(channels, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features).transpose(1, 2)
        h = self.convs(seq).transpose(1, 2)  # (batch, steps, channels)
        weights = torch.softmax(self.score(h).squeeze(-1), dim=1)
        return self.head((weights.unsqueeze(-1) * h).sum(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout204"
SH = _factory(f"{HERE}:weaves", seed=2040)
CR = _factory(f"{HERE}:crossings", seed=2041)
YD = _factory(f"{HERE}:yields", seed=2042)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2043)
PU = _factory(f"{HERE}:pulses", seed=2044)


def _mix(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:Mixer", "args": args}


def _dcn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DeepCross", "args": args}


def _apc(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AttnPoolCNN", "args": args}


def _adl2(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with weight decay 1e-4 (a coupled L2 penalty)."""
    return _s(data, optim="adam", optim_args={"weight_decay": 1e-4}, **kw)


def _rms9(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.9 and eps 1e-6."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.9, "eps": 1e-6}, **kw)


def _mom6(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6}, **kw)


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
    Case("h204_divergence_yields_raw_deepcross_sgd", "the yields regression times 300 plus "
         "4000 (targets unscaled), the deep-and-cross net (2 cross layers, ReLU MLP 24, 24), "
         "plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _dcn(deep=(24, 24)),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.6e7 at the first step, 7.0e33 at the third and "
                      "NaN at the fourth, where the run stops; gradient norms Inf at the third "
                      "step"), verdict="failed"),
    Case("h204_exploding_crossings_deepcross_d6_leaky_std1", "the deep-and-cross net with 2 "
         "cross layers and a 6-layer leaky-ReLU MLP of 24, N(0, 1) init, on the crossings, SGD "
         "with momentum 0.5 at LR 1e-10, batch 30",
         {"data": CR, "model": {**_dcn(deep=(24,) * 6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 2208 at every epoch, far above ln 3 from its first step; "
                      "every gradient norm 4.2 to 4498 (healthy at most 12); quarter-mean update "
                      "ratios at most 5.3e-8, a side effect of the LR; accuracy 0.3094, 0.047 "
                      "below the majority share (0.3563); 86% of the test predictions in one "
                      "class"), verdict="failed"),
    Case("h204_dead_relu_weaves_mixer_shift10", "the MLP-Mixer (ReLU MLPs) whose token- and "
         "channel-mixing pre-activations are shifted by -10, so their ReLUs never fire and the "
         "net learns through its skips, Adam at LR 2e-3, batch 25, 8 epochs",
         {"data": SH, "model": _mix(activation="relu", bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("dead_relu", "underfitting"),
         allow=("not_training", "not_converged", "at_chance"),
         why_allowed=("every unit of the token- and channel-mixing MLPs logged dead (healthy at "
                      "most 12.5%), the net learning through its skips alone, a linear map of the"
                      " patches: accuracy 0.3438 (training 0.3563), far below the healthy Mixers "
                      "(0.8225 and up) though above the baseline (0.2475) and 0.085 above the "
                      "majority share (0.2587); the epoch loss falls 2.1% over the run (1.398 to "
                      "1.368), still creeping down at the end with the validation loss lowest "
                      "there"),
         verdict=TP),
    Case("h204_dead_relu_pulses_attnpool_rmsprop_lr03", "the attention-pooling 1-D CNN (16 "
         "channels, ReLU) on the pulses, plain RMSprop at LR 0.3, batch 28",
         {"data": PU, "model": _apc(),
          "optim": {"name": "rmsprop", "lr": 0.3},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 2.0e4 in epoch 1 (epoch loss 821), then "
                      "sits near ln 4 (1.427, 1.435), so the blow-up passed; gradient norms up to "
                      "2440 and single update ratios up to 45 (healthy at most 12 and 0.35); 69% "
                      "of the second convolution's channels and 19% of the first's logged dead "
                      "(healthy at most 12.5%); accuracy 0.2458 at the majority share (0.2542), "
                      "every test prediction in one class"), verdict=TP),
    Case("h204_update_ratio_high_weaves_mixer_tanh_adagrad", "the layer-normalised MLP-Mixer "
         "with tanh MLPs on the weaves, Adagrad at LR 2, batch 26, 5 epochs",
         {"data": SH, "model": _mix(activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 5, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "overfitting"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.24, single "
                      "steps up to 24; healthy at most 0.05 and 0.35), and 99% of the mixing "
                      "MLPs' tanh units saturate (healthy at most 3.3%): the layer norms keep the "
                      "loss finite but not the steps (epoch losses 16.0, 1.51, 1.45, 1.43, 1.42; "
                      "gradient norms up to 29; the validation loss ends 7.7% above its epoch-3 "
                      "minimum); accuracy 0.2375 (training 0.2575) against a majority share of "
                      "0.2587; 91% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h204_update_ratio_low_weaves_mixer_sgd_lr1e9", "the MLP-Mixer on the weaves, plain SGD "
         "at LR 1e-9, batch 30, 3 epochs",
         {"data": SH, "model": _mix(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.435 at every epoch; quarter-mean "
                                         "update ratios at most 3.9e-11 (healthy at least 1e-5); "
                                         "accuracy 0.2475 against a majority share of 0.2587; 56% "
                                         "of the test predictions in one class"), verdict=TP),
    Case("h204_update_ratio_low_pulses_attnpool_rmsprop_lr1e10", "the attention-pooling 1-D CNN "
         "on the pulses, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": PU, "model": _apc(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.383 at every epoch; quarter-mean "
                                         "update ratios at most 2.2e-9 (healthy at least 1e-5); "
                                         "accuracy 0.2542 at its initial weights, the majority "
                                         "share, every test prediction in one class"), verdict=TP),
    Case("h204_vanishing_crossings_deepcross_d16_sigmoid_momentum9", "the deep-and-cross net "
         "without cross layers, a 16-layer sigmoid MLP of 12, on the crossings, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": CR, "model": _dcn(cross=0, deep=(12,) * 16, activation="sigmoid"),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 7.5e-15 (healthy at least 2.3e-4); the "
                      "last layers still move (quarter-mean update ratios up to 0.037) but the "
                      "epoch loss stays at 1.10 to 1.12 (ln 3 is 1.099); accuracy 0.3531 at the "
                      "majority share (0.3563), every test prediction in one class"), verdict=TP),
    Case("h204_saturated_pulses_attnpool_tanh_std3_rmsprop", "the attention-pooling 1-D CNN with "
         "tanh convolutions and N(0, 3) init on the pulses, plain RMSprop at LR 1e-4, batch 28, "
         "4 epochs",
         {"data": PU, "model": {**_apc(activation="tanh"), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("77% and 93% of the two convolutions' tanh outputs saturated (healthy at "
                      "most 3.3%); the epoch loss 13.15 to 12.80 (2.7% lower), far above ln 4; "
                      "the huge weights give gradient norms up to 29 (healthy at most 12), a side "
                      "effect of the N(0, 3) init, and quarter-mean update ratios of 3.8e-5 to "
                      "1.3e-4; accuracy 0.25 against a majority share of 0.2542; 41% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h204_slow_start_pulses_attnpool_std005_momentum9", "the attention-pooling 1-D CNN with "
         "N(0, 0.05) init on the pulses, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, "
         "15 epochs",
         {"data": PU, "model": {**_apc(), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.391, 1.389, 1.386, 1.385) for the first 4 "
                      "epochs, then falls (0.586 at epoch 15, the validation loss 0.2% above its "
                      "epoch-14 minimum); first gradient norms 1.6e-5 to 0.0105 (healthy first "
                      "norms at least 2.6e-4); accuracy 0.7542 (test 0.7125), about the healthy "
                      "runs"), verdict=TP),
    Case("h204_unshuffled_crossings_deepcross_silu_rmsprop", "the crossings sorted by label, "
         "never shuffled, the deep-and-cross net with a SiLU MLP, plain RMSprop at LR 1e-4, "
         "batch 30, 8 epochs",
         {"data": {**CR, "order": "by_label", "shuffle": False},
          "model": _dcn(activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 37%); accuracy 0.3375 (training "
                      "0.3771), far below the healthy runs (0.8625 and up) and 0.019 below the "
                      "majority share (0.3563), with the epoch loss still falling (1.110 to "
                      "1.104) and the validation loss lowest at the end"), verdict=TP),
    Case("h204_mse_softmax_pulses_attnpool_adam", "the pulses trained with square error on the "
         "softmax, the attention-pooling 1-D CNN, Adam at LR 3e-3, batch 25, 10 epochs",
         {"data": PU, "model": _apc(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7708 (test 0.7333) like the "
                      "healthy runs; the validation loss 2.7% above its epoch-7 minimum"),
         verdict=TP),
    Case("h204_noisy_crossings_deepcross_b1_adam", "the crossings one row at a time (batch 1), "
         "the deep-and-cross net, Adam at LR 5e-3, 2 epochs",
         {"data": CR, "model": _dcn(),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 3.1 times its mean over the second half (healthy "
                      "runner runs at most 0.78, healthy scripts 1.71), up to 13.6 from near 0; "
                      "single-row gradients up to 34 (healthy at most 12); 16% of the second MLP "
                      "layer's units logged dead at the end (healthy at most 12.5%); accuracy "
                      "0.8656 (training 0.8885) with the epoch loss falling from 0.731 to 0.450 "
                      "and the validation loss from 0.476 to 0.376 in the second epoch"),
         verdict=TP),
    Case("h204_not_converged_weaves_mixer_adam_3epochs", "the MLP-Mixer on the weaves stopped "
         "after 3 epochs of Adam at LR 1e-3, batch 32",
         {"data": SH, "model": _mix(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 3, "batch_size": 32}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start"),
         why_allowed=("the epoch loss falls from 1.375 (near ln 4 in the first epoch) through "
                      "1.180 to 0.811 and the validation loss from 1.328 to 0.711, lowest at the "
                      "end; accuracy 0.725 (training 0.7633), below the healthy Mixers (0.8225 "
                      "and up) only because it stopped"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h204_overfit_crossings_subset40_deepcross_adamw", "40 rows of the crossings, the "
         "deep-and-cross net with a wide tanh MLP (160, 160), AdamW at LR 3e-3, 150 epochs, "
         "batch 4",
         {"data": {**CR, "subset": 40},
          "model": _dcn(deep=(160, 160), activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4938 (training 1.0; the healthy runs 0.8625 "
                      "and up), about the baseline of 40 rows (0.4781); the validation loss "
                      "lowest at epoch 5 of 150 (1.181), 2.93 times it at the end; up to 11% of "
                      "the second layer's tanh units saturated (healthy at most 3.3%); the epoch "
                      "loss at 3.9e-4 gives gradients down to 1.3e-4"), verdict=GP),
    Case("h204_gap_weaves_subset30_mixer_adam", "30 images of the weaves, the MLP-Mixer, Adam at "
         "LR 2e-3, 100 epochs, batch 3",
         {"data": {**SH, "subset": 30}, "model": _mix(),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach nothing that carries over: accuracy 0.2825 (training 1.0; "
                      "the healthy Mixers 0.8225 and up), 0.024 above the majority share (0.2587) "
                      "and below the baseline of 30 images (0.3175); the validation loss lowest "
                      "at epoch 3 of 100 (1.385), 2.91 times it at the end"), verdict=GP),
    Case("h204_underfit_pulses_attnpool_one_channel_adam", "the pulses through an "
         "attention-pooling 1-D CNN of 1 channel, Adam at LR 0.01, batch 25, 25 epochs",
         {"data": PU, "model": _apc(channels=1),
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 25, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("one channel cannot tell four bumps apart: accuracy 0.3917 (training "
                      "0.4153; healthy 0.7375 and up; baseline 0.6042), the epoch loss flat over "
                      "the last 4 epochs (1.146 to 1.143) and the validation loss 0.8% above its "
                      "epoch-22 minimum; the one channel's small weights take large relative "
                      "steps (quarter-mean update ratios up to 0.13, single steps up to 3.9; "
                      "healthy at most 0.05 and 0.35); 59% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h204_lightning_digits_adaml2_lr1e20_nan", "Lightning: digits, Adam (weight decay "
         "1e-4) at LR 1e20, 1310 units, batch 24, 3 epochs",
         script=lightning_run(_adl2("digits", hidden=(1310,), lr=1e20, epochs=3,
                                    batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      "share"), verdict="failed"),
    Case("h204_lightning_circles_rms9_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RMSprop (alpha 0.9, eps 1e-6) at LR 1e-10, 1311 units, batch 20, 3 epochs",
         script=lightning_run(_rms9("circles", hidden=(1311,), lr=1e-10, epochs=3,
                                    batch_size=20, n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7598 at every epoch; accuracy 0.5547 (training 0.5599) at "
                      "its initial weights, 0.055 above the majority share (0.5)"), verdict=TP),
    Case("h204_hf_trainer_wine_mom6_lr1e20_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.6 at LR 1e20 (decaying linearly), 1312 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_mom6("wine", hidden=(1312,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority "
                      "share"), verdict="failed"),
    Case("h204_hf_trainer_iris_adaml2_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam "
         "(weight decay 1e-4) at LR 1e-10 (decaying linearly), 1313 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_adl2("iris", hidden=(1313,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.094 at every evaluation; accuracy 1/3 at its initial "
                      "weights, the majority share"), verdict=TP),
    Case("h204_keras_moons_rms9_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RMSprop (alpha 0.9, eps 1e-6) at LR 1e20, 1314 units, batch 20, 3 epochs",
         script=keras_run(_rms9("moons", hidden=(1314,), lr=1e20, epochs=3, batch_size=20,
                                n=620, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h204_keras_digits_subset12_adaml2_gap", "Keras names: 12 rows of digits, 1315 "
         "units, Adam (weight decay 1e-4) at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adl2("digits", hidden=(1315,), lr=3e-3, epochs=150, batch_size=2,
                                subset=12)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("12 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9638 and up); the validation loss lowest at epoch 1 of 150 "
                      "(2.204), 1.19 times it at the end"), verdict=GP),
    Case("h204_tensorboard_breast_cancer_mom6_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.6 at LR 1e20, 1316 units, batch 19, 3 epochs",
         script=tensorboard_run(_mom6("breast_cancer", hidden=(1316,), lr=1e20, epochs=3,
                                      batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h204_tensorboard_circles_subset8_rms9_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1317 units, RMSprop (alpha 0.9, eps 1e-6) at LR 1e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_rms9("circles", hidden=(1317,), lr=1e-3, epochs=150,
                                      batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615, 0.062 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 2 of 150 "
                      "(0.779), 11.2 times it at the end; the step loss near 0 swings 3.6 times "
                      "its mean"), verdict=GP),
    Case("h204_plain_corrupt_record_sine_adaml2", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adam (weight decay 1e-4) at LR 1e-4, 1318 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_adl2("sine", hidden=(1318,), lr=1e-4, epochs=3, batch_size=20,
                                n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h204_plain_digits_mom6_lr1e10_stuck", "hand-written loop: digits, SGD with momentum "
         "0.6 at LR 1e-10, 1319 units, batch 25, 4 epochs",
         script=plain_run(_mom6("digits", hidden=(1319,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.273 at every epoch; accuracy 0.1643, 0.064 above the "
                      "majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy204_weaves_mixer_gelu_adam",
       {"data": SH, "model": _mix(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 25}}),
    _h("healthy204_weaves_mixer_relu_adamw",
       {"data": SH, "model": _mix(activation="relu", dim=24),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy204_weaves_mixer_silu_rmsprop",
       {"data": SH, "model": _mix(activation="silu", channel_hidden=32),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 32}}),
    _h("healthy204_weaves_mixer_gelu_nesterov9",
       {"data": SH, "model": _mix(token_hidden=16),
        "optim": {"name": "sgd", "lr": 0.02, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 6, "batch_size": 24}}),
    _h("healthy204_crossings_deepcross_relu_adam",
       {"data": CR, "model": _dcn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy204_crossings_deepcross_silu_adamw",
       {"data": CR, "model": _dcn(activation="silu", deep=(28, 28)),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy204_crossings_deepcross_elu_rmsprop",
       {"data": CR, "model": _dcn(activation="elu", cross=1),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy204_crossings_deepcross_norm_tanh_momentum9",
       {"data": CR, "model": _dcn(activation="tanh", norm=True),
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy204_yields_deepcross_relu_adam",
       {"data": YD, "model": _dcn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy204_yields_deepcross_tanh_adagrad",
       {"data": YD, "model": _dcn(activation="tanh", deep=(32,)),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 27}}),
    _h("healthy204_pulses_attnpool_relu_adam",
       {"data": PU, "model": _apc(),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy204_pulses_attnpool_elu_adamw",
       {"data": PU, "model": _apc(activation="elu", channels=12),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy204_pulses_attnpool_relu_rmsprop",
       {"data": PU, "model": _apc(kernel=3, layers=3),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 4,
                  "gamma": 0.5},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy204_pulses_attnpool_silu_momentum9",
       {"data": PU, "model": _apc(activation="silu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy204_pulses_attnpool_leaky_adagrad",
       {"data": PU, "model": _apc(activation="leaky_relu", channels=20),
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 22}}),
    _hs("healthy204_lightning_digits_adaml2",
        lightning_run(_adl2("digits", hidden=(1310,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy204_lightning_wine_mom6",
        lightning_run(_mom6("wine", hidden=(1311,), lr=0.005, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy204_hf_trainer_breast_cancer_rms9",
        hf_trainer_run(_rms9("breast_cancer", hidden=(1312,), lr=2e-4, epochs=10,
                             batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy204_hf_trainer_moons_adaml2",
        hf_trainer_run(_adl2("moons", hidden=(1313,), lr=1e-3, epochs=20, batch_size=20, n=640,
                             noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy204_hf_trainer_sine_mom6",
        hf_trainer_run(_mom6("sine", hidden=(1314,), lr=2e-3, epochs=15, batch_size=32, n=640,
                             noise=0.2), logging_steps=4), "transformers"),
    _hs("healthy204_keras_circles_rms9",
        keras_run(_rms9("circles", hidden=(1315,), lr=3e-4, epochs=15, batch_size=20, n=620,
                        noise=0.1)), "keras"),
    _hs("healthy204_keras_wine_adaml2",
        keras_run(_adl2("wine", hidden=(1316,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy204_keras_breast_cancer_mom6",
        keras_run(_mom6("breast_cancer", hidden=(1317,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy204_tensorboard_iris_rms9",
        tensorboard_run(_rms9("iris", hidden=(1318,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy204_tensorboard_digits_mom6",
        tensorboard_run(_mom6("digits", hidden=(1319,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy204_tensorboard_moons_adaml2",
        tensorboard_run(_adl2("moons", hidden=(1310,), lr=1e-3, epochs=15, batch_size=19,
                              n=660, noise=0.2)), "tensorboard"),
    _hs("healthy204_plain_sine_rms9",
        plain_run(_rms9("sine", hidden=(1312,), lr=3e-4, epochs=15, batch_size=20, n=640,
                        noise=0.2)), "pytorch"),
    _hs("healthy204_plain_breast_cancer_adaml2",
        plain_run(_adl2("breast_cancer", hidden=(1316,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
