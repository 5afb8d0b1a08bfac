"""The two-hundred-and-twenty-ninth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout228`, :mod:`.heldout230` and :mod:`.heldout231` (not
looked at), after the measurement of :mod:`.heldout224` to :mod:`.heldout227`, by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`NoisyMLP` (blocks of linear layer
and activation module, each block's output plus Gaussian noise of a learnt scale, one parameter a
block, added only in training; optionally pre-activations shifted), :class:`DualPathCNN` (a
Dual-Path-Network-style CNN: a 3x3 stem split into a residual and a dense path, two blocks of a 1x1
and a 3x3 convolution over both paths whose output is partly added to the residual path and partly
concatenated to the dense one, each block followed by max pooling, a dense layer, a linear head) and
:class:`RoPETransformer` (a pre-norm transformer encoder written by hand, its queries and keys
rotated by rotary position embeddings, mean-pooled, a linear head); every fault code was produced
with these three models, no case fell back to the runner's built-in MLP or CNN. Every data set is
this module's own ``data.factory``: :func:`ripples`, 900 noisy sine waves of 24 steps whose class is
the frequency (1 to 4 cycles, random phase, noise 1.0; given flat and read back as a sequence by the
transformer; seed 2290); :func:`tiles`, 3000 10x10 single-channel images of a 5x5 plus, cross,
hollow frame or pair of bars at a random place in noise 0.5, 2% random labels (4 classes; seed
2291); :func:`orchard`, a tabular 3-class set of 8 readings (a score with a sine and a product term
cut at -0.5 and 0.5, 3% random labels, 1500 rows; seed 2292); :func:`yields`, a tabular regression
of 8 readings (1200 rows; seed 2293; times 300 plus 4000 with seed 2294 for the divergence). Script
cases use AdamW with betas (0.95, 0.999) and weight decay 0.05, centred RMSprop and NAdam with betas
(0.9, 0.98) on wine, iris, breast cancer, digits, moons, circles and the sine; every script case
holds a hidden width of 1560 to 1569. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain
SGD, SGD with momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step
and exponential.

The faults, each through what its model has: divergence under plain SGD in the noisy MLP on the
unscaled yields; exploding gradients in a 6-layer leaky-ReLU noisy MLP with N(0, 1) init under SGD
with momentum 0.5 at LR 1e-10; dead units in the noisy MLP with its pre-activations shifted by -10
(the head sees only the injected noise) under Adam, and the dual-path CNN's channels killed by plain
RMSprop at LR 0.08; a high update ratio from Adagrad at LR 2 in a tanh noisy MLP (its units
saturate); tiny learning rates in the CNN (plain SGD at 1e-9) and the RoPE transformer (plain
RMSprop at 1e-10); vanishing gradients through a 16-layer sigmoid noisy MLP under SGD with momentum
0.9; tanh units saturated by N(0, 3) init under plain RMSprop; the CNN with N(0, 0.03) init under
momentum 0.9 (a slow start); the orchard sorted by label and never shuffled (SiLU, plain RMSprop);
square error on the transformer's softmax under Adam; the orchard one row at a time under Adam; 40
rows of the orchard under AdamW (a wide tanh MLP, overfit, a gap) and 30 images under Adam (the CNN,
overfit, a gap); a noisy MLP of one tanh unit (underfitting); the scripts: Lightning's NaN on digits
(NAdam) and stuck circles (AdamW), Trainer's NaN on wine (centred RMSprop) and stuck iris (NAdam),
Keras' NaN on moons (AdamW) and 16 rows of digits (centred RMSprop, overfit, a gap), TensorBoard's
NaN on breast cancer (NAdam) and 8 rows of circles (AdamW, overfit, a gap), the loop's corrupt
record on the sine (centred RMSprop) and stuck digits (AdamW).

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
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.37 on the orchard, 0.2567 on the tiles, 0.2722 on the
ripples; on the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316
(breast cancer), 0.5 (moons, circles). Baselines (validation): accuracy 0.64 (orchard), 0.7717
(tiles), 0.8667 (ripples); R2 0.6121 (yields), 0.5714 (the unscaled yields).

Measured healthy ranges (runner): update ratio quarter means 7.1e-5 (the SiLU noisy MLP under AdamW
on the yields) to 0.0373 (the tanh noisy MLP under Adagrad on the orchard), single steps at most
0.286 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.58 with single steps
up to 18.9; the ``update_ratio_low`` runs log quarter means of at most 1.2e-11 and 1.3e-9. Dead
fraction at most 9.4% in the healthy noisy MLPs and at most 14.3% in the healthy CNNs' convolutions,
up to 62.5% (the ReLU CNN under Adam) in their dense layer; the shifted MLP's layers 1.0, the killed
CNN's 3x3 convolutions up to 0.92 and dense units 0.78, the 30-image CNN's dense units 0.45, the
slow start's 0.19, the exploding run's deepest layer 0.125. Saturated fraction at most 0.0025 (the
tanh noisy MLP under Adagrad); the saturated run's 0.77 and 0.89, the update-ratio run's 0.78 and
0.92, the 40-row overfit run's 0.17. Gradient norms at least 0.0026 (the SiLU CNN) and at most 6.6
(the leaky-ReLU CNN), first norms at least 0.0035 (the SiLU CNN); the vanishing run's down to
1.6e-15, the exploding run's 1935 to 1.8e4, the killed CNN's up to 1.4e5, the slow start's first
1.2e-4. The step loss's position in the epoch explains at most 22% of the within-epoch variance over
the second half in the healthy runner runs (the ELU CNN under RMSprop) and 27% in the healthy
scripts (Trainer's breast cancer); the unshuffled run 99%. The standard deviation of the step loss's
step-to-step change over the second half is at most 0.957 times its mean in the healthy runner runs
(the SiLU CNN under Adam) and 1.98 in the healthy scripts (the loop's breast cancer); the batch-1
run's is 1.34. Healthy scores (validation): orchard 0.69-0.7433 (test 0.6633-0.7267), tiles
0.8633-0.9117 (test 0.8633-0.9067), yields R2 0.6748 (the ReLU noisy MLP under RMSprop, below the
others but above the baseline) to 0.8762; scripts: digits 0.9777 and 0.9749, wine 1.0 and 1.0,
breast cancer 0.9386, 0.9649 and 0.9649, moons 0.9531, 1.0 and 0.9762, iris 0.9667 and 0.9667,
circles 0.9919. Every healthy run's validation loss is lowest at its end but the ReLU noisy MLP on
the orchard (epoch 11 of 15, under 0.05% above it), the ELU and the ReLU (AdamW) noisy MLPs on the
yields (epochs 19 and 17 of 20, 0.1% above), Trainer's moons and iris (epoch 19 of 20, 0.1% and
0.15% above) and TensorBoard's moons (epoch 14 of 15, 0.03% above).

Changes after the first run: the ripples first had noise 0.5, where the baseline (its nearest
neighbours) scored 1.0 on validation and the transformer under square error 0.994; at noise 1.0 the
baseline scores 0.8667 and the four healthy transformers (GELU and ReLU under Adam and AdamW,
cosine; SiLU under RMSprop; one layer under Adam with a step schedule) reached only 0.6056 to
0.7833, still improving at their ends, so they were not healthy and became four runs on the other
data sets (a SiLU dual-path CNN under Adam on the tiles, a SiLU noisy MLP under Adam with a step
schedule on the orchard, ReLU noisy MLPs under RMSprop and AdamW on the yields); the transformer
stays in three fault cases on the ripples, which were trained again at noise 1.0 and labelled from
that run. The healthy tanh noisy MLP on the yields (Adam) reached R2 0.536, below the baseline
(0.6121), so it became an ELU one (0.8762). The healthy CNNs on the tiles took 12 epochs instead of
8 (0.79 to 0.8617 at 8, still falling). The batch-1 case ran first on 1200 tiles in the CNN, whose
step loss swung only 0.95 times its mean, so it runs on the orchard in the noisy MLP. The
underfitting case ran first as a transformer 2 wide, which stayed at ln 4 (0.2611, at chance), so it
became a noisy MLP of one tanh unit. TensorBoard's digits (NAdam at LR 1e-3) ended 3.6% above its
epoch-7 validation loss, so LR 3e-4.

Labels from the metrics: the killed CNN's blow-up passed (its loss falls back to 3.72), so
``divergence`` is allowed there and the verdict is a training problem; 79% of its test predictions
fall in one class (``predictions_collapsed`` allowed); the test predictions all fall in one class in
the exploding run, the shifted MLP, the vanishing run and the stuck transformer, and 91% in the
stuck CNN, so ``predictions_collapsed`` is expected there, allowed in the unshuffled run (86%), and
neither expected nor allowed in the update-ratio run (51%), the saturated run (36%) or the one-unit
run (48%); the exploding run (0.3167, every prediction in one class, 0.053 below 0.37), the shifted
MLP (0.37), the killed CNN (0.2983), the stuck CNN (0.2533), the stuck transformer (0.2278), the
vanishing run (0.37), the saturated run (0.3667) and the unshuffled run (0.41) score within about
0.05 of the majority share (``at_chance`` expected), the update-ratio run 0.2867, far below it
(allowed); Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck circles
(0.5234), Trainer's stuck iris (0.3) and the loop's stuck digits (0.1003) expect ``at_chance``,
Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast cancer (0.3684 against 0.6316)
and TensorBoard's 8 rows of circles (0.5615) allow it; the one-unit MLP ends at 0.6267 (training
0.6422), below the baseline and every healthy orchard run, its loss still falling 0.5% an epoch
(``underfitting`` expected, ``not_converged`` allowed); the saturated run's epoch loss falls 2.7%
(``not_training`` expected); the unshuffled run's and the batch-1 run's loss still falls with the
validation loss lowest at the end (``not_converged`` expected); the overfit runs' validation losses
end 3.47 (40 rows), 1.83 (30 images), 1.24 (Keras' 16 rows) and 2.83 (TensorBoard's 8 rows) times
their early minima, so ``overfitting`` is expected beside ``generalisation_gap``; the update-ratio
run's tanh units saturate far beyond the healthy runs (``saturated_activation`` expected); the slow
start sat at ln 4 for 2 epochs with first gradient norms 29 times below the healthy runs' smallest,
so ``slow_start`` is expected. The batch-1 run's swing (1.34) is 1.4 times the healthy runner runs'
largest (0.957) but below the healthy loop's breast cancer (1.98, a step loss near 0.003 whose
relative swing is large), so ``noisy_loss`` is expected from the runner comparison only.

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

import math
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


def ripples(n: int = 900, steps: int = 24, noise: float = 1.0,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` sine waves of ``steps`` steps in 1 reading, at a
    random phase and amplitude 0.8 to 1.2, in Gaussian noise of ``noise``; the class is the
    frequency (1, 2, 3 or 4 cycles over the sequence; 4 classes). Given flat (``steps``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    t = np.arange(steps)[None, :]
    phase = rng.uniform(0.0, 2 * np.pi, (n, 1))
    amp = rng.uniform(0.8, 1.2, (n, 1))
    x = amp * np.sin(2 * np.pi * (y[:, None] + 1) * t / steps + phase)
    x = x + rng.normal(0.0, noise, (n, steps))
    return x.astype(np.float32), y


def _glyphs() -> tuple[np.ndarray, ...]:
    plus = np.zeros((5, 5))
    plus[2, :] = plus[:, 2] = 1.0
    cross = np.eye(5) + np.fliplr(np.eye(5))
    cross[2, 2] = 1.0
    frame = np.ones((5, 5))
    frame[1:4, 1:4] = 0.0
    bars = np.zeros((5, 5))
    bars[:, 0] = bars[:, 4] = 1.0
    return plus, cross, frame, bars


def tiles(n: int = 3000, noise: float = 0.5, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 5x5 glyph each at a random
    place (4 classes: a plus, a cross, a hollow frame, two vertical bars) in Gaussian noise of
    ``noise``; a share ``flip`` of the labels drawn at random."""
    return glyph_images(_glyphs(), n, 10, noise, flip, seed)


def orchard(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 3-class set (a ``data.factory``): 8 readings; the class is a score (reading 0,
    a sine of reading 1 and a product of readings 2 and 3) cut at -0.5 and 0.5; readings 4 to 7
    are noise; a share ``flip`` of the labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s = x[:, 0] + 0.8 * np.sin(2.0 * x[:, 1]) + 0.6 * x[:, 2] * x[:, 3]
    y = np.digitize(s, [-0.5, 0.5])
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, the absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.5 * np.cos(1.2 * x[:, 0]) + x[:, 1] * x[:, 3] + 0.8 * np.abs(x[:, 2]) + 0.7 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "gelu": nn.GELU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class NoisyMLP(nn.Module):
    """``depth`` blocks of linear layer and activation, each block's output plus Gaussian noise
    of a learnt scale (one per block, ``exp`` of a parameter starting at ``log(noise)``), added
    only in training; the pre-activations start shifted by ``bias_shift``; a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", noise: float = 0.1,
                 bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.log_noise = nn.Parameter(torch.full((depth,), math.log(noise)))
        self.bias_shift = bias_shift
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for i, (lin, act) in enumerate(zip(self.lins, self.acts, strict=True)):
            h = act(lin(h) + self.bias_shift)
            if self.training:
                h = h + self.log_noise[i].exp() * torch.randn_like(h)
        return self.head(h)


class _DualBlock(nn.Module):
    """A 1x1 then a 3x3 convolution over both paths; the first ``res`` output channels are added
    to the residual path, the last ``growth`` concatenated to the dense path."""

    def __init__(self, res: int, dense: int, growth: int, activation: str) -> None:
        super().__init__()
        self.res = res
        self.reduce = nn.Conv2d(res + dense, res, 1)
        self.act1 = _ACTS[activation]()
        self.conv = nn.Conv2d(res, res + growth, 3, padding=1)
        self.act2 = _ACTS[activation]()

    def forward(self, r: torch.Tensor, d: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = self.act2(self.conv(self.act1(self.reduce(torch.cat([r, d], 1)))))
        return r + h[:, :self.res], torch.cat([d, h[:, self.res:]], 1)


class DualPathCNN(nn.Module):
    """A Dual-Path-Network-style CNN: a 3x3 stem split into a residual path of ``res`` channels
    and a dense path of ``growth``, then ``blocks`` dual-path blocks each followed by 2x2 max
    pooling, a dense layer over the flattened paths and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, res: int = 8,
                 growth: int = 4, blocks: int = 2, dense: int = 32,
                 activation: str = "relu") -> None:
        super().__init__()
        c, h, w = input_shape
        self.res = res
        self.stem = nn.Conv2d(c, res + growth, 3, padding=1)
        self.act0 = _ACTS[activation]()
        self.blocks = nn.ModuleList(_DualBlock(res, growth * (i + 1), growth, activation)
                                    for i in range(blocks))
        self.pool = nn.MaxPool2d(2)
        for _ in range(blocks):
            h, w = h // 2, w // 2
        self.fc = nn.Linear((res + growth * (blocks + 1)) * h * w, dense)
        self.act3 = _ACTS[activation]()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        s = self.act0(self.stem(x))
        r, d = s[:, :self.res], s[:, self.res:]
        for block in self.blocks:
            r, d = block(r, d)
            r, d = self.pool(r), self.pool(d)
        return self.head(self.act3(self.fc(torch.cat([r, d], 1).flatten(1))))


def _rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    half = x.shape[-1] // 2
    a, b = x[..., :half], x[..., half:]
    return torch.cat([a * cos - b * sin, a * sin + b * cos], -1)


class _RoPEBlock(nn.Module):
    """Pre-norm self-attention with rotary position embeddings on queries and keys, then a
    pre-norm feed-forward layer; both residual."""

    def __init__(self, d_model: int, heads: int, ff: int, activation: str) -> None:
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(d_model)
        self.qkv = nn.Linear(d_model, 3 * d_model)
        self.out = nn.Linear(d_model, d_model)
        self.norm2 = nn.LayerNorm(d_model)
        self.ff1 = nn.Linear(d_model, ff)
        self.act = _ACTS[activation]()
        self.ff2 = nn.Linear(ff, d_model)

    def forward(self, x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        q, k, v = self.qkv(self.norm1(x)).reshape(b, t, 3, self.heads, -1).permute(2, 0, 3, 1, 4)
        q, k = _rotate(q, cos, sin), _rotate(k, cos, sin)
        att = torch.softmax(q @ k.transpose(-1, -2) / math.sqrt(q.shape[-1]), -1)
        x = x + self.out((att @ v).transpose(1, 2).reshape(b, t, d))
        return x + self.ff2(self.act(self.ff1(self.norm2(x))))


class RoPETransformer(nn.Module):
    """A transformer encoder written by hand with rotary position embeddings (RoPE): the
    flattened sequence of ``features`` readings a step is embedded linearly, passed through
    ``layers`` :class:`_RoPEBlock` of ``heads`` heads, layer-normalised, mean-pooled over the
    steps, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 1,
                 d_model: int = 16, heads: int = 2, layers: int = 2, ff: int = 32,
                 activation: str = "gelu", base: float = 100.0) -> None:
        super().__init__()
        self.features = features
        self.steps = int(np.prod(input_shape)) // features
        self.embed = nn.Linear(features, d_model)
        self.blocks = nn.ModuleList(_RoPEBlock(d_model, heads, ff, activation)
                                    for _ in range(layers))
        self.norm = nn.LayerNorm(d_model)
        self.head = nn.Linear(d_model, n_outputs)
        hd = d_model // heads
        inv = base ** (-torch.arange(0, hd, 2, dtype=torch.float32) / hd)
        ang = torch.arange(self.steps, dtype=torch.float32)[:, None] * inv[None, :]
        self.register_buffer("cos", ang.cos(), persistent=False)
        self.register_buffer("sin", ang.sin(), persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.embed(x.reshape(x.shape[0], self.steps, self.features))
        for block in self.blocks:
            h = block(h, self.cos, self.sin)
        return self.head(self.norm(h).mean(1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout229"
RP = _factory(f"{HERE}:ripples", seed=2290)
TL = _factory(f"{HERE}:tiles", seed=2291)
OR = _factory(f"{HERE}:orchard", seed=2292)
YD = _factory(f"{HERE}:yields", seed=2293)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2294)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NoisyMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DualPathCNN", "args": args}


def _tf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:RoPETransformer", "args": args}


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW, betas (0.95, 0.999), weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"betas": (0.95, 0.999), "weight_decay": 0.05},
              **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam, betas (0.9, 0.98)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.9, 0.98)}, **kw)


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
    Case("h229_divergence_yields_raw_noisymlp_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), a noisy ReLU MLP of 24 (2 layers), plain SGD at LR 0.01, batch 22",
         {"data": YD_RAW, "model": _mlp(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.0e7 at the first step, 1.4e6 at the second and "
                      "NaN from step 3, where the run stops"), verdict="failed"),
    Case("h229_exploding_orchard_noisymlp_d6_leaky_std1", "a 6-layer noisy leaky-ReLU MLP of 32 "
         "with N(0, 1) init on the orchard, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": OR, "model": {**_mlp(width=32, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.36e4 at every epoch (the validation loss 1.38e4 "
                      "throughout); every gradient norm 1935 to 1.8e4 (healthy at most 6.6); "
                      "quarter-mean update ratios up to 2.5e-7, a side effect of the LR; up to "
                      "12.5% of the deepest layer's units logged dead; accuracy 0.3167 against a "
                      "majority share of 0.37, every test prediction in one class"),
         verdict="failed"),
    Case("h229_dead_relu_orchard_noisymlp_shift10", "a noisy ReLU MLP of 32 (2 layers) whose "
         "pre-activations are shifted by -10, so no ReLU fires and the head sees only the "
         "injected noise, Adam at LR 2e-3, batch 25, 8 epochs",
         {"data": OR, "model": _mlp(width=32, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_low", "noisy_loss",
                "unshuffled_data", "not_converged"),
         why_allowed=("every unit of both layers logged dead from the start (healthy at most "
                      "9.4%), the head sees only the injected noise: the epoch loss 1.101 to "
                      "1.094 (ln 3 is 1.099), gradient norms of the layers 0; accuracy 0.37 at "
                      "the majority share (0.37), every test prediction in one class"), verdict=TP),
    Case("h229_dead_relu_tiles_dpn_rmsprop_lr008", "the dual-path CNN (8 residual channels, "
         "growth 4, 32 dense) on the tiles, plain RMSprop at LR 0.08, batch 28",
         {"data": TL, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "predictions_collapsed",
                "unshuffled_data", "underfitting", "not_converged", "divergence"),
         why_allowed=("the step loss jumps from 1.44 to 2.4e5 in epoch 1 (epoch loss 3776), then "
                      "falls back (7.16, 3.72), so the blow-up passed; gradient norms 0 to 1.4e5 "
                      "and single update ratios up to 10 (healthy at most 0.29); 75% to 92% of "
                      "the blocks' 3x3 channels and 78% of the dense units logged dead; accuracy "
                      "0.2983 against a majority share of 0.2567, 79% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h229_update_ratio_high_orchard_noisymlp_tanh_adagrad", "a noisy tanh MLP of 24 (2 "
         "layers) on the orchard, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": OR, "model": _mlp(width=24, activation="tanh"),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "predictions_collapsed", "at_chance"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.58, single "
                      "steps up to 18.9; healthy at most 0.037 and 0.29), and 78% and 92% of the "
                      "tanh units saturate (healthy at most 0.25%); epoch losses 4.85, 2.02, ... "
                      "1.36, the validation loss 1.18 times its epoch-4 minimum at the end; "
                      "accuracy 0.2867 (training 0.2711), below the majority share (0.37); 51% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h229_update_ratio_low_tiles_dpn_sgd_lr1e9", "the dual-path CNN on the tiles, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": TL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.397 at every epoch; quarter-mean "
                                         "update ratios at most 1.2e-11 (healthy at least "
                                         "7.1e-5); accuracy 0.2533 against a majority share of "
                                         "0.2567; 91% of the test predictions in one class"),
         verdict=TP),
    Case("h229_update_ratio_low_ripples_rope_rmsprop_lr1e10", "the RoPE transformer (16 wide, 2 "
         "heads, 2 layers) on the ripples, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RP, "model": _tf(),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.437 at every epoch; quarter-mean "
                                         "update ratios at most 1.3e-9 (healthy at least 7.1e-5); "
                                         "accuracy 0.2278 against a majority share of 0.2722; "
                                         "every test prediction in one class"), verdict=TP),
    Case("h229_vanishing_orchard_noisymlp_d16_sigmoid_momentum9", "a 16-layer noisy sigmoid MLP "
         "of 16 on the orchard, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": OR, "model": _mlp(width=16, depth=16, activation="sigmoid", noise=0.01),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.6e-15 (healthy at least 0.0026); the "
                      "last layers still move (quarter-mean update ratios up to 0.046) but the "
                      "epoch loss stays at 1.107 to 1.133 (ln 3 is 1.099); accuracy 0.37 at the "
                      "majority share, every test prediction in one class"), verdict=TP),
    Case("h229_saturated_orchard_noisymlp_tanh_std3_rmsprop", "a noisy tanh MLP of 32 (2 layers) "
         "with N(0, 3) init on the orchard, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": OR, "model": {**_mlp(width=32, activation="tanh", noise=0.01),
                                "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("77% and 89% of the tanh units saturated (healthy at most 0.25%); the epoch "
                      "loss 10.48 to 10.2 (2.7% lower), far above ln 3; accuracy 0.3667 against a "
                      "majority share of 0.37; 36% of the test predictions in one class"),
         verdict=TP),
    Case("h229_slow_start_tiles_dpn_std003_momentum9", "the dual-path CNN with N(0, 0.03) init "
         "on the tiles, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs",
         {"data": TL, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388, 1.387) for the first 2 epochs, then "
                      "falls (0.446 at epoch 10, the validation loss lowest at the end); first "
                      "gradient norms from 1.2e-4 (healthy first norms at least 0.0035); up to "
                      "19% of the dense units logged dead; accuracy 0.8067 (test 0.7783), above "
                      "the baseline (0.7717)"), verdict=TP),
    Case("h229_unshuffled_orchard_noisymlp_silu_rmsprop", "the orchard sorted by label, never "
         "shuffled, a noisy SiLU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**OR, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24, activation="silu"),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runner runs at most 22%); accuracy 0.41 (training "
                      "0.3811), far below the healthy runs (0.69 and up), with the epoch loss "
                      "still falling (1.083 to 1.082) and the validation loss lowest at the end; "
                      "86% of the test predictions in one class"), verdict=TP),
    Case("h229_mse_softmax_ripples_rope_adam", "the ripples trained with square error on the "
         "softmax, the RoPE transformer, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": RP, "model": _tf(),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 12, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.7833 (test 0.7722), below the "
                      "baseline (0.8667); the validation loss lowest at the end"), verdict=TP),
    Case("h229_noisy_orchard_noisymlp_b1_adam", "the orchard one row at a time (batch 1), a "
         "noisy ReLU MLP of 32, Adam at LR 1e-3, 3 epochs",
         {"data": OR, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients"),
         why_allowed=("the step loss swings 1.34 times its mean over the second half (healthy "
                      "runner runs at most 0.96, healthy scripts 1.98); single-row gradients "
                      "up to 11 (healthy at most 6.6); accuracy 0.71 (training 0.7211), the "
                      "epoch loss 0.886, 0.708, 0.656 with the validation loss lowest at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h229_overfit_orchard_subset40_noisymlp_tanh_adamw", "40 rows of the orchard, a noisy "
         "tanh MLP of 160 (noise 0.001), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**OR, "subset": 40},
          "model": _mlp(width=160, activation="tanh", noise=0.001),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.5333 (training 1.0; the healthy runs 0.69 "
                      "and up); the validation loss lowest at epoch 3 of 150, 3.47 times it at "
                      "the end; 17% of the second layer's tanh units saturated; the epoch loss at "
                      "4.2e-4 gives gradients down to 2.3e-5"), verdict=GP),
    Case("h229_gap_tiles_subset30_dpn_adam", "30 images of the tiles, the dual-path CNN with 16 "
         "residual channels and 64 dense units, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**TL, "subset": 30}, "model": _cnn(res=16, dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.4233 (training 1.0; the healthy CNNs "
                      "0.8633 and up); the validation loss lowest at epoch 8 of 100, 1.83 times "
                      "it at the end; 45% of the dense units logged dead at the end"), verdict=GP),
    Case("h229_underfit_orchard_noisymlp_one_unit", "the orchard through a noisy tanh MLP of 1 "
         "unit (1 layer), Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": OR, "model": _mlp(width=1, depth=1, activation="tanh"),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one unit cannot hold the score: accuracy 0.6267 (training 0.6422) below "
                      "the baseline (0.64) and the healthy runs (0.69 and up); the epoch loss "
                      "falling 0.5% over the last epoch with the validation loss lowest at the "
                      "end"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h229_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.9, 0.98) "
         "at LR 1e20, 1560 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1560,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      "share"), verdict="failed"),
    Case("h229_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.95, 0.999, weight decay 0.05) at LR 1e-10, 1561 units, batch 20, "
         "3 epochs",
         script=lightning_run(_aw("circles", hidden=(1561,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6975 at every epoch; accuracy 0.5234 (training 0.513) at "
                      "its initial weights, 0.023 above the majority share"), verdict=TP),
    Case("h229_hf_trainer_wine_rmsprop_centered_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "centred RMSprop at LR 1e20 (decaying linearly), 1562 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms("wine", hidden=(1562,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share"), verdict="failed"),
    Case("h229_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.9, 0.98) at LR 1e-10 (decaying linearly), 1563 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(1563,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.01 at every evaluation; accuracy 0.3 at its initial "
                      "weights, 0.033 below 1/3"), verdict=TP),
    Case("h229_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.95, 0.999, weight decay 0.05) at LR 1e20, 1564 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(1564,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h229_keras_digits_subset16_rmsprop_centered_gap", "Keras names: 16 rows of digits, "
         "1565 units, centred RMSprop at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rms("digits", hidden=(1565,), lr=1e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5599, training 1.0; the healthy "
                      "digits 0.9749 and up); the validation loss lowest at epoch 2 of 120, 1.24 "
                      "times it at the end"), verdict=GP),
    Case("h229_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (betas 0.9, 0.98) at LR 1e20, 1566 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(1566,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h229_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1567 units, AdamW (betas 0.95, 0.999, weight decay 0.05) at "
         "LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(1567,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5615, 0.062 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 4 of 150, 2.83 "
                      "times it at the end; the step loss near 0 swings 1.23 times its mean"),
         verdict=GP),
    Case("h229_plain_corrupt_record_sine_rmsprop_centered", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), centred RMSprop at LR 1e-4, 1568 units, batch 20, a "
         "corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(1568,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h229_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW (betas 0.95, "
         "0.999, weight decay 0.05) at LR 1e-10, 1569 units, batch 25, 4 epochs",
         script=plain_run(_aw("digits", hidden=(1569,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.343 at every epoch; accuracy 0.1003, the majority "
                      "share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy229_orchard_noisymlp_relu_adam",
       {"data": OR, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy229_orchard_noisymlp_silu_adamw",
       {"data": OR, "model": _mlp(width=28, activation="silu"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy229_orchard_noisymlp_leaky_rmsprop",
       {"data": OR, "model": _mlp(width=30, activation="leaky_relu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy229_orchard_noisymlp_elu_momentum9",
       {"data": OR, "model": _mlp(width=26, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy229_orchard_noisymlp_tanh_adagrad",
       {"data": OR, "model": _mlp(width=32, activation="tanh"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy229_yields_noisymlp_elu_adam",
       {"data": YD, "model": _mlp(width=32, activation="elu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy229_yields_noisymlp_silu_adamw",
       {"data": YD, "model": _mlp(width=32, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy229_tiles_dpn_relu_adam",
       {"data": TL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy229_tiles_dpn_leaky_adamw",
       {"data": TL, "model": _cnn(res=10, activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy229_tiles_dpn_elu_rmsprop",
       {"data": TL, "model": _cnn(res=8, growth=3, dense=24, activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "exponential", "gamma": 0.8},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy229_tiles_dpn_relu_nesterov9",
       {"data": TL, "model": _cnn(res=12, dense=28),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy229_tiles_dpn_silu_adam",
       {"data": TL, "model": _cnn(activation="silu"),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy229_orchard_noisymlp_silu_adam_step",
       {"data": OR, "model": _mlp(width=32, activation="silu"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy229_yields_noisymlp_relu_rmsprop",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy229_yields_noisymlp_relu_adamw",
       {"data": YD, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _hs("healthy229_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(1560,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy229_lightning_wine_nadam",
        lightning_run(_na("wine", hidden=(1561,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy229_hf_trainer_breast_cancer_rmsprop_centered",
        hf_trainer_run(_rms("breast_cancer", hidden=(1562,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy229_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(1563,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy229_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(1564,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy229_keras_circles_rmsprop_centered",
        keras_run(_rms("circles", hidden=(1565,), lr=3e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy229_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(1566,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy229_keras_breast_cancer_nadam",
        keras_run(_na("breast_cancer", hidden=(1567,), lr=3e-4, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy229_tensorboard_iris_rmsprop_centered",
        tensorboard_run(_rms("iris", hidden=(1568,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy229_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(1569,), lr=3e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy229_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(1560,), lr=1e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy229_plain_moons_nadam",
        plain_run(_na("moons", hidden=(1564,), lr=1e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy229_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(1566,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
