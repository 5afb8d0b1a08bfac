"""The two-hundred-and-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout203` (not looked at), after the measurement of
:mod:`.heldout198` and :mod:`.heldout199`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`WideDeep` (a linear path from the features to the logits beside
a deep MLP of linear layers and activation modules, whose pre-activations can be shifted, summed at
the logits; the linear path can be left out), :class:`DilatedCNN` (3x3 convolutions of dilation 1,
2 and 4 padded to keep the size, no pooling, then a 1x1 convolution to one map per output and
global max pooling) and :class:`TokenAttention` (each feature embedded as a token by its own weight
and bias, a grouped 1x1 convolution, optionally through tanh; one head of self-attention written
out as ``softmax(Q K^T / sqrt(d)) V`` and added to the tokens; mean pooling; a head of layer norm,
linear, activation, linear); every fault code could be produced with these three models, no case
fell back to the runner's built-in MLP or CNN. Every data set is this module's own
``data.factory``: :func:`firings`, a kiln's firing outcome, a tabular 4-class set of 10 readings
(the signs of a score with a product term and of one with a cosine term, 3% random labels, 1500
rows; seed 2020); :func:`glyphs`, 3000 12x12 single-channel images of a 5x5 plus, cross, hollow
frame, pair of bars or L at a random place in noise 0.45, 2% random labels (5 classes; seed 2021);
:func:`yields`, a tabular regression of 10 readings (1300 rows; seed 2022; times 300 plus 4000 with
seed 2023 for the divergence). Script cases use NAdam, RAdam and SGD with momentum 0.7 and weight
decay 1e-3 (settings no script of :mod:`.heldout198` or :mod:`.heldout199` uses) on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of 1290
to 1299. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, Adadelta, plain SGD, SGD with
momentum 0.9 and with Nesterov momentum 0.9; schedules cosine, step, exponential, inverse time and
constant; batch sizes 1 to 32. The faults, each through what its model has: divergence under plain
SGD in the wide-and-deep net on the unscaled yields; exploding gradients in a 6-layer leaky-ReLU
deep path with N(0, 1) init under Adagrad at LR 1e-10; dead units in the deep path whose
pre-activations are shifted by -10 (the net learns through its linear path alone; Adam), and the
dilated CNN's second and third convolutions killed by Adam at LR 0.1; a high update ratio from Adam
at LR 0.5 in the token net with a tanh head (the head saturates); tiny learning rates in the CNN
(plain SGD at 1e-9) and the token net on the yields (Adadelta at 1e-8); vanishing gradients through
a 16-layer sigmoid deep path without its linear path under SGD with momentum 0.9; tanh tokens and
head saturated by N(0, 3) init under plain RMSprop; the CNN with N(0, 0.05) init under momentum 0.9
(a slow start); the firings sorted by label and never shuffled (the token net, plain RMSprop);
square error on the wide-and-deep net's softmax under Adam; the CNN at batch 1 under Adam on 1200
images; the CNN stopped after 4 epochs of Adam (not converged); 40 rows of the firings under AdamW
(a tanh deep path of 160, overfit, a gap) and 30 images under Adam (the CNN, overfit, a gap); a
token net of 1-number tokens and one tanh unit (underfitting); the scripts: Lightning's NaN on
digits (NAdam) and stuck circles (RAdam), Trainer's NaN on wine (momentum) and stuck iris (NAdam),
Keras' NaN on moons (RAdam) and 16 rows of digits (NAdam, overfit, a gap), TensorBoard's NaN on
breast cancer (NAdam) and 8 rows of circles (momentum, overfit, a gap), the loop's corrupt record
on the sine (RAdam) and stuck digits (momentum).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the cases left unchanged gave the same numbers); the
numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.26 on the firings, 0.205 on the glyphs; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5
(moons, circles). Baselines (validation): accuracy 0.6367 (firings), 0.5617 (glyphs), 0.5233 (1200
glyphs), 0.49 (40 rows of the firings), 0.1917 (30 glyphs); R2 0.6876 (yields).

Measured healthy ranges (runner): update ratio quarter means 2.0e-5 (the token net on the yields)
to 0.044 (the CNN under Adagrad), single steps at most 0.412 (the token net under Adagrad); the
high-ratio run reaches quarter means of 0.156 and single steps of 5.07, the killed CNN single steps
of 1.9, the one-unit token net 0.139 and 9.7; the tiny-LR runs log quarter means of at most 1.6e-12
and 4.4e-11. Dead fraction at most 6.25% (the ReLU wide-and-deep net on the firings; 0 in every
healthy CNN); the shifted deep path 100%, the killed CNN's second and third convolutions 100% (93.8%
and 100% at the end), the exploding run's last layers 10.7% and 25%, the 30-image CNN's last
convolution 9.4%. Saturated fraction at most 0.75% (the tanh wide-and-deep net on the yields); the
high-ratio run's head 100%, the N(0, 3) run's head 83% and tokens 29%, the 40-row overfit run's
11.3%, the one-unit net's 10.8%. Gradient norms at least 0.0111 (the token net under RMSprop) and
at most 10.0 (the token net on the yields), first norms at least 0.0129 (the CNN under Adagrad); the
vanishing run's down to 9.7e-15, the exploding run's up to 1.18e4, the N(0, 3) run's up to 126, the
batch-1 run's up to 25.9, the slow start's first 6.3e-3 to 9.1e-3. The step loss's position in the
epoch explains at most 29% of the within-epoch variance over the second half in the healthy runner
runs (the ReLU CNN under Adam) and 24% in the healthy scripts (TensorBoard's moons); the unshuffled
run 98.9% (runs of 3 or 4 epochs, whose second half holds 2 epochs, reach 42% to 69% by chance, and
a frozen net's step loss follows its batches alone). The standard deviation of the step loss's
step-to-step change over the second half is at most 0.92 times its mean in the healthy runner runs
(the SiLU wide-and-deep net) and 1.16 in the healthy scripts (the loop's breast cancer); the batch-1
run's is 1.75, the slow start's 1.30. Healthy scores (validation): firings 0.8133-0.9 (test
0.8533-0.9333), glyphs 0.8583-0.91 (test 0.8883-0.91), yields R2 0.8844, 0.906 and 0.935; scripts:
digits 0.9777 and 0.9638, wine 1.0 and 1.0, breast cancer 0.9211, 0.9474 and 0.9474, moons 0.9531,
0.9621 and 0.9286, iris 0.9667 and 0.9667, circles 1.0. Every healthy run's validation loss is
lowest at its end but the SiLU wide-and-deep net (epoch 16 of 20, 0.58% above it), the token net
under Adam on the firings (epoch 17 of 20, 0.06%), the token net on the yields (epoch 19 of 20,
0.04%), Trainer's moons (epoch 19 of 20, under 0.01%) and Trainer's iris (epoch 19 of 20, 0.2%).

Changes after the first run: the token net without a layer norm in its head learnt the firings
poorly (healthy runs 0.56 to 0.69 against the baseline 0.6367, the wide-and-deep nets 0.64 to 0.84)
and, wider and longer, reached 0.72, so its head took a layer norm over the pooled tokens and the
healthy token nets 24-number tokens and 64 units for 20 epochs (0.8767 to 0.89; on the yields R2
0.935 at LR 2e-3 for 20 epochs, after 0.9574 at LR 3e-3 for 25 epochs ended 1.5% above its epoch-21
minimum); every case on the token net was trained again and labelled from that run, the one-unit
net without the norm (over one number the norm gives a constant, and the net sat at chance). The
SiLU wide-and-deep net (28 units, LR 3e-3, 15 epochs, 0.7267) took 48 units at LR 5e-3 for 20
epochs (0.9); the constant-LR one (LR 1e-3, 15 epochs, 0.6433, still falling) LR 3e-3 for 20
epochs; the CNN under Adagrad (LR 0.02, step 4; 0.7% above its epoch-9 minimum) LR 0.015, step 3;
TensorBoard's moons (NAdam at LR 1e-3; 5.6% above its epoch-14 minimum) LR 5e-4. The CNN killed by
plain RMSprop at LR 0.1 (and 0.15, 0.3) blew up and passed with at most 44% of a convolution dead,
so Adam at LR 0.1 (100%); the slow start at N(0, 0.03) never left ln 5 in 12 epochs, so N(0, 0.05)
for 14 epochs; the unshuffled token net at LR 1e-4 barely moved (1.406 to 1.389), so LR 1e-3; the
token net at batch 1 swung 1.16 times its mean, no more than a healthy script, so the CNN at batch 1
(1.75); the CNN under plain SGD at LR 0.02 for 3 epochs never left ln 5, so Adam at LR 1e-3 for 4
epochs (not converged).

Labels from the metrics: the test predictions fall in one class in the exploding run (98.7%), the
killed CNN, the high-ratio run, the stuck CNN and the vanishing run (100% each), so
``predictions_collapsed`` is expected there, and neither expected nor allowed in the rest (at most
46%, the one-unit net); the exploding run (0.2633), the killed CNN (0.205), the high-ratio run
(0.2567), the stuck CNN (0.1967), the vanishing run (0.2567) and the N(0, 3) run (0.2967) score
within 0.05 of the majority share (``at_chance`` expected), the one-unit net 0.4233 (neither);
Lightning's NaN digits (0.1003), Keras' NaN moons (0.5), Lightning's stuck circles (0.5), Trainer's
stuck iris (1/3) and the loop's stuck digits (0.1031) expect ``at_chance``, Trainer's NaN wine
(0.3333 against 0.3889) and TensorBoard's NaN breast cancer (0.3684 against 0.6316) allow it; the
exploding run's loss is 6640 at every epoch, far above ln 4 from its first step, and its verdict is
a failure; the shifted deep path ends at 0.59 (training 0.6133), below the baseline, so
``underfitting`` is expected beside ``dead_relu``; the N(0, 3) run's loss falls 7% over 4 epochs at
13, so ``not_training`` is only allowed; the unshuffled run's, the batch-1 run's and the 4-epoch
CNN's loss still falls with the validation loss lowest at the end (``not_converged`` expected); the
overfit runs' validation losses end 3.5 (40 rows), 1.14 (30 images), 1.13 (Keras' 16 rows) and
2.16 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected beside
``generalisation_gap``; the high-ratio run's tanh head saturates far beyond the healthy runs
(``saturated_activation`` expected); the slow start sat at ln 5 for 3 epochs, so ``slow_start`` is
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


def firings(n: int = 1500, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): a kiln firing's outcome from 10 readings; the
    class is the sign of a score with a product term (readings 0 to 2) times 2 plus the sign of
    one with a cosine term (readings 3 and 4); readings 5 to 9 are noise; a share ``flip`` of the
    labels is drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    s1 = x[:, 0] * x[:, 1] + 0.6 * x[:, 2]
    s2 = x[:, 3] + np.cos(1.5 * x[:, 4]) - 0.3
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1300, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 10 readings, the target a tanh of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``; readings 5 to 9 are noise."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 10))
    y = (2.0 * np.tanh(1.5 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


_PLUS = np.array([[0, 0, 1, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 1, 1], [0, 0, 1, 0, 0],
                  [0, 0, 1, 0, 0]], dtype=float)
_CROSS = np.eye(5) + np.fliplr(np.eye(5)) - np.diag([0, 0, 1, 0, 0])
_FRAME = np.pad(np.zeros((3, 3)), 1, constant_values=1.0)
_BARS = np.array([[1] * 5, [0] * 5, [0] * 5, [0] * 5, [1] * 5], dtype=float)
_ELL = np.array([[1, 0, 0, 0, 0]] * 4 + [[1] * 5], dtype=float)


def glyphs(n: int = 3000, noise: float = 0.45, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images, each holding one 5x5 glyph at a
    random place (5 classes: a plus, a cross, a hollow frame, two bars, an L), in Gaussian noise
    of ``noise``; a share ``flip`` of the labels is drawn at random."""
    return glyph_images((_PLUS, _CROSS, _FRAME, _BARS, _ELL), n, 12, noise, flip, seed)


# ----------------------------------------------------------------------------- models

_ACTS = {"relu": nn.ReLU, "leaky_relu": nn.LeakyReLU, "elu": nn.ELU, "silu": nn.SiLU,
         "tanh": nn.Tanh, "sigmoid": nn.Sigmoid}


class WideDeep(nn.Module):
    """A wide-and-deep net: a linear path from the features to the logits (``wide``) beside a
    deep MLP (``depth`` layers of linear and activation, their pre-activations shifted by
    ``bias_shift``, then a linear layer to the logits); the two are summed at the logits."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, activation: str = "relu", bias_shift: float = 0.0,
                 wide: bool = True) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.wide = nn.Linear(n_in, n_outputs) if wide else None
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in range(depth))
        self.deep_out = nn.Linear(width, n_outputs)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        h = x
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        out = self.deep_out(h)
        return out + self.wide(x) if self.wide is not None else out


class DilatedCNN(nn.Module):
    """3x3 convolutions of growing dilation (padded to keep the size, no pooling), each followed
    by an activation, then a 1x1 convolution to one map per output and global max pooling."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, ...] = (8, 16, 16), dilations: tuple[int, ...] = (1, 2, 4),
                 activation: str = "relu") -> None:
        super().__init__()
        c = input_shape[0]
        convs = []
        for ch, d in zip(channels, dilations, strict=True):
            convs.append(nn.Conv2d(c, ch, 3, padding=d, dilation=d))
            c = ch
        self.convs = nn.ModuleList(convs)
        self.acts = nn.ModuleList(_ACTS[activation]() for _ in channels)
        self.out = nn.Conv2d(c, n_outputs, 1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x
        for conv, act in zip(self.convs, self.acts, strict=True):
            h = act(conv(h))
        return self.out(h).amax(dim=(2, 3))


class TokenAttention(nn.Module):
    """A feature-token attention net for tabular data: each feature embedded as a token of
    ``dim`` numbers (its own weight and bias: a grouped 1x1 convolution), optionally through
    ``token_activation``; one head of self-attention written out by hand (``softmax(Q K^T /
    sqrt(dim)) V``, added to the tokens), mean pooling over the tokens, a head of layer norm
    (with ``norm``), linear, activation, linear."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, dim: int = 16,
                 hidden: int = 32, activation: str = "relu",
                 token_activation: str | None = None, norm: bool = True) -> None:
        super().__init__()
        self.features = int(np.prod(input_shape))
        self.dim = dim
        self.embed = nn.Conv1d(self.features, self.features * dim, 1, groups=self.features)
        self.token_act = _ACTS[token_activation]() if token_activation else None
        self.q = nn.Linear(dim, dim)
        self.k = nn.Linear(dim, dim)
        self.v = nn.Linear(dim, dim)
        self.norm = nn.LayerNorm(dim) if norm else nn.Identity()
        self.fc = nn.Linear(dim, hidden)
        self.act = _ACTS[activation]()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        t = self.embed(x.unsqueeze(-1)).reshape(x.shape[0], self.features, self.dim)
        if self.token_act is not None:
            t = self.token_act(t)
        q, k, v = self.q(t), self.k(t), self.v(t)
        att = torch.softmax(q @ k.transpose(1, 2) / math.sqrt(self.dim), dim=-1)
        h = (t + att @ v).mean(1)
        return self.head(self.act(self.fc(self.norm(h))))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout202"
FI = _factory(f"{HERE}:firings", seed=2020)
GL = _factory(f"{HERE}:glyphs", seed=2021)
YD = _factory(f"{HERE}:yields", seed=2022)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=4000.0, seed=2023)


def _wd(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:WideDeep", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DilatedCNN", "args": args}


def _ta(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TokenAttention", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.7 and weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7, "weight_decay": 1e-3}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

W = "WHY"

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h202_divergence_yields_raw_widedeep_sgd", "the yields regression times 300 plus 4000 "
         "(targets unscaled), the wide-and-deep net (ReLU, 24 wide), plain SGD at LR 0.01, "
         "batch 25",
         {"data": YD_RAW, "model": _wd(width=24),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.76e7 at the first step, 7.3e14 at step 3 and Inf"
                      f" at step 4, where the run stops"),
         verdict="failed"),
    Case("h202_exploding_firings_widedeep_d6_leaky_std1", "the wide-and-deep net with a 6-layer "
         "leaky-ReLU deep path of 28 and N(0, 1) init on the firings, Adagrad at LR 1e-10, "
         "batch 30",
         {"data": FI, "model": {**_wd(width=28, depth=6, activation="leaky_relu"),
                                "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 6640 at every epoch; gradient norms up to 1.18e4, the first"
                      " ones 0.61 to 7642 (healthy at most 10.0); quarter-mean update ratios at "
                      "most 3.5e-12, a side effect of the LR; up to 25% of the last deep layer's "
                      "units logged dead (healthy at most 6.3%); the step loss of a frozen net "
                      "follows its batches alone; accuracy 0.2633 against a majority share of "
                      "0.26, 98.7% of the test predictions in one class"),
         verdict="failed"),
    Case("h202_dead_relu_firings_widedeep_shift10", "the wide-and-deep net whose deep path's "
         "pre-activations are shifted by -10, so its ReLUs never fire and only the linear path "
         "learns, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": FI, "model": _wd(width=32, depth=2, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "underfitting"),
         allow=("not_converged",),
         why_allowed=("every unit of the deep path logged dead (healthy at most 6.3%), the net "
                      "learning through its linear path alone: accuracy 0.59 (training 0.6133, "
                      "test 0.6033) below the baseline (0.6367) and the healthy runs (0.8133 and "
                      "up); the epoch loss still falls 0.7% over the last epoch with the "
                      "validation loss lowest at the end"),
         verdict=TP),
    Case("h202_dead_relu_glyphs_cnn_adam_lr01", "the dilated CNN (8, 16, 16 channels) on the "
         "glyphs, Adam at LR 0.1, batch 28",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "adam", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("not_training", "update_ratio_high", "vanishing_gradients", "update_ratio_low",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged"),
         why_allowed=("every channel of the second and third convolutions logged dead at some "
                      "epoch (93.8% and 100% at the end; healthy CNNs 0), the dead layers' "
                      "gradients 0; the epoch loss 1.644, 1.623, 1.616, about ln 5; single update"
                      " ratios up to 1.9 (healthy at most 0.41); "
                      "accuracy 0.205 at the majority share (0.205), every test prediction in one"
                      " class"),
         verdict=TP),
    Case("h202_update_ratio_high_firings_tokens_tanh_adam_lr05", "the token-attention net with a "
         "tanh head of 32 on the firings, Adam at LR 0.5, batch 26, 8 epochs",
         {"data": FI, "model": _ta(activation="tanh"),
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence", "exploding_gradients",
                "overfitting", "not_training", "vanishing_gradients", "unshuffled_data"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.156, "
                      "single steps up to 5.07; healthy at most 0.044 and 0.41) and every tanh "
                      "unit of the head saturates (healthy tanh units at most 0.75%); the epoch "
                      "loss swings between 2.14 and 4.92, far above ln 4, the validation loss "
                      "ends 1.32 times its epoch-3 minimum, and the saturated units pass no "
                      "gradient; accuracy 0.2567 against a majority share of 0.26, every test "
                      "prediction in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h202_update_ratio_low_glyphs_cnn_sgd_lr1e9", "the dilated CNN on the glyphs, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.628 at every epoch; quarter-mean update ratios at most "
                      "1.6e-12 (healthy at least 2.0e-5); accuracy 0.1967 against a majority "
                      "share of 0.205, every test prediction in one class; the step loss of a "
                      "frozen net follows its batches alone"),
         verdict=TP),
    Case("h202_update_ratio_low_yields_tokens_adadelta_lr1e8", "the token-attention net on the "
         "yields, Adadelta at LR 1e-8, batch 27, 4 epochs",
         {"data": YD, "model": _ta(),
          "optim": {"name": "adadelta", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 4.911 at every epoch; quarter-mean update ratios at most "
                      "4.4e-11 (healthy at least 2.0e-5); R2 -0.1664 at its initial weights, far "
                      "below the baseline (0.6876); the step loss of a frozen net follows its "
                      "batches alone"),
         verdict=TP),
    Case("h202_vanishing_firings_widedeep_d16_sigmoid_momentum9", "the wide-and-deep net with "
         "a 16-layer sigmoid deep path of 12 and no linear path on the firings, SGD with "
         "momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": FI, "model": _wd(width=12, depth=16, activation="sigmoid", wide=False),
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 9.7e-15 (healthy at least 0.0111); the"
                      " last layers still move (quarter-mean update ratios up to 0.029) but the "
                      "epoch loss stays at 1.39 to 1.40 (ln 4 is 1.386); accuracy 0.2567 against "
                      "a majority share of 0.26, every test prediction in one class"),
         verdict=TP),
    Case("h202_saturated_firings_tokens_tanh_std3_rmsprop", "the token-attention net whose "
         "tokens pass through tanh, N(0, 3) init, on the firings, plain RMSprop at LR 1e-4, "
         "batch 28, 4 epochs",
         {"data": FI, "model": {**_ta(token_activation="tanh", activation="tanh"),
                                "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("not_training", "underfitting", "not_converged", "update_ratio_low", "noisy_loss",
                "unshuffled_data", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("83% of the head's tanh units and 29% of the token tanh outputs saturated "
                      "(healthy tanh units at most 0.75%); the epoch loss 13.9 to 12.95 over 4 "
                      "epochs, far above ln 4, the validation loss still lowest at the end; the "
                      "huge weights give gradient norms up to 126 (healthy at most 10.0), a side "
                      "effect of the N(0, 3) init; accuracy 0.2733 (test 0.2967) against a "
                      "majority share of 0.26"),
         verdict=TP),
    Case("h202_slow_start_glyphs_cnn_std005_momentum9", "the dilated CNN with N(0, 0.05) init "
         "on the glyphs, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 14 epochs",
         {"data": GL, "model": {**_cnn(), "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 14, "batch_size": 32}},
         expect=("slow_start",),
         allow=("noisy_loss", "vanishing_gradients", "overfitting", "not_converged"),
         why_allowed=("the epoch loss sits at ln 5 (1.615, 1.614, 1.610) for the first 3 epochs, "
                      "then falls (0.0999 at epoch 14; accuracy 0.9517, test 0.9517, about the "
                      "healthy runs); the validation loss ends 3.8% above its epoch-9 minimum; "
                      "first gradient norms 6.3e-3 to 9.1e-3 (healthy first norms at least "
                      "0.0129); the step loss near 0.1 swings 1.30 times its mean (healthy runner"
                      " runs at most 0.92)"),
         verdict=TP),
    Case("h202_unshuffled_firings_tokens_rmsprop", "the firings sorted by label, never "
         "shuffled, the token-attention net, plain RMSprop at LR 1e-3, batch 30, 8 epochs",
         {"data": {**FI, "order": "by_label", "shuffle": False},
          "model": _ta(),
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 98.9% of its within-epoch "
                      "variance (healthy runner runs at most 29%); accuracy 0.5267 (training "
                      "0.5767), below the baseline (0.6367), with the epoch loss still falling "
                      "(0.982 to 0.954) and the validation loss lowest at the end"),
         verdict=TP),
    Case("h202_mse_softmax_firings_widedeep_adam", "the firings trained with square error on the "
         "softmax, the wide-and-deep net (ReLU, 32 wide), Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": FI, "model": _wd(width=32),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8767 (test 0.9033) like the "
                      "healthy runs, the validation loss lowest at the end"),
         verdict=TP),
    Case("h202_noisy_glyphs_cnn_b1_adam", "1200 of the glyphs one image at a time (batch 1), "
         "the dilated CNN, Adam at LR 1e-3, 2 epochs",
         {"data": {**GL, "subset": 1200}, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.75 times its mean over the second half (healthy "
                      "runner runs at most 0.92, healthy scripts 1.16), up to 8.8; single-image "
                      "gradients up to 25.9 (healthy at most 10.0); accuracy 0.795 (training "
                      "0.83; healthy CNNs 0.8583 and up) with the epoch loss falling from 1.414 "
                      "to 0.651 and the validation loss from 0.95 to 0.648 in the second epoch"),
         verdict=TP),
    Case("h202_not_converged_glyphs_cnn_adam_4ep", "the dilated CNN on the glyphs stopped after "
         "4 epochs of Adam at LR 1e-3 (constant), batch 24",
         {"data": GL, "model": _cnn(),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 24}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start", "unshuffled_data"),
         why_allowed=("the epoch loss 1.616, 1.529, 1.167, 0.825 and the validation loss 1.594, "
                      "1.395, 0.954, 0.753, still falling fast at the end; accuracy 0.7367 (test "
                      "0.7417) above the baseline (0.5617), below the healthy CNNs (0.8583 and "
                      "up); the first epoch near ln 5; over two epochs the step loss's position "
                      "explains 69% of its within-epoch variance, half of it by chance alone"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h202_overfit_firings_subset40_widedeep_tanh_adamw", "40 rows of the firings, the "
         "wide-and-deep net with a tanh deep path of 160 (2 layers), AdamW at LR 3e-3, 150 "
         "epochs, batch 4",
         {"data": {**FI, "subset": 40},
          "model": _wd(width=160, depth=2, activation="tanh"),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less: accuracy 0.4967 (training 1.0; the healthy runs 0.8133"
                      " and up); the validation loss lowest at epoch 1 of 150, 3.5 times it at "
                      "the end; up to 11.3% of the second layer's tanh units saturated (healthy "
                      "at most 0.75%); the epoch loss at 2.6e-4 gives gradients down to 1.4e-4"),
         verdict=GP),
    Case("h202_gap_glyphs_subset30_cnn_adam", "30 images of the glyphs, the dilated CNN with 16, "
         "32 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**GL, "subset": 30}, "model": _cnn(channels=[16, 32, 32]),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.28 (training 1.0; the healthy CNNs 0.8583"
                      " and up); the validation loss lowest at epoch 9 of 100 (1.552), 1.14 times"
                      " it at the end; 9.4% of the last convolution's channels logged dead "
                      "(healthy CNNs 0); the epoch loss at 2e-4 gives gradients down to 4.4e-4"),
         verdict=GP),
    Case("h202_underfit_firings_tokens_dim1", "the firings through a token-attention net of "
         "1-number tokens, no layer norm and a head of 1 tanh unit, Adam at LR 3e-3, batch 25, "
         "15 epochs",
         {"data": FI, "model": _ta(dim=1, hidden=1, activation="tanh", norm=False),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("not_converged", "update_ratio_high", "saturated_activation"),
         why_allowed=("1-number tokens and one tanh unit cannot hold the firings: accuracy 0.4033"
                      " (training 0.4244, test 0.4233; healthy 0.8133 and up), below the baseline"
                      " (0.6367), the epoch loss 1.242 to 1.238 over the last epoch; the few "
                      "weights of a 1-number net take single steps of up to 9.7 times their size "
                      "(healthy at most 0.41); up to 10.8% of the tanh unit's outputs saturated"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h202_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam at LR 1e20, 1290 "
         "units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1290,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the majority "
                      f"share"),
         verdict="failed"),
    Case("h202_lightning_circles_radam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), RAdam at LR 1e-10, 1291 units, batch 20, 3 epochs",
         script=lightning_run(_ra("circles", hidden=(1291,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7305 at every epoch; accuracy 0.5 (training 0.5) at its "
                      "initial weights, the majority share"),
         verdict=TP),
    Case("h202_hf_trainer_wine_momentum7_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.7 and weight decay 1e-3 at LR 1e20 (decaying linearly), 1292 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom("wine", hidden=(1292,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority"
                      f" share"),
         verdict="failed"),
    Case("h202_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam at "
         "LR 1e-10 (decaying linearly), 1293 units, batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(1293,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.2701 at every evaluation; accuracy 0.3333 at its "
                      "initial weights, the majority share (1/3)"),
         verdict=TP),
    Case("h202_keras_moons_radam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "RAdam at LR 1e20, 1294 units, batch 20, 3 epochs",
         script=keras_run(_ra("moons", hidden=(1294,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h202_keras_digits_subset16_nadam_gap", "Keras names: 16 rows of digits, 1295 units, "
         "NAdam at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_na("digits", hidden=(1295,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5571, training 1.0; the healthy "
                      "digits 0.9638 and up); the validation loss lowest at epoch 4 of 120, 1.13 "
                      "times it at the end"),
         verdict=GP),
    Case("h202_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam at LR 1e20, 1296 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(1296,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, "
                      "far below 0.6316"),
         verdict="failed"),
    Case("h202_tensorboard_circles_subset8_momentum7_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1297 units, SGD with momentum 0.7 and weight decay 1e-3 at "
         "LR 0.02, 150 epochs, batch 2",
         script=tensorboard_run(_mom("circles", hidden=(1297,), lr=0.02, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6231, training 1.0; healthy "
                      "circles 1.0); the validation loss lowest at epoch 2 of 150, 2.16 times it "
                      "at the end"),
         verdict=GP),
    Case("h202_plain_corrupt_record_sine_radam", "hand-written loop: sine regression with noise "
         "0.2 (640 points), RAdam at LR 1e-4, 1298 units, batch 20, a corrupt record (x = 1e30) "
         "at step 19 makes the loss Inf",
         script=plain_run(_ra("sine", hidden=(1298,), lr=1e-4, epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h202_plain_digits_momentum7_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.7 and weight decay 1e-3 at LR 1e-10, 1299 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(1299,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.366 at every epoch; accuracy 0.1031 against a "
                      "majority share of 0.1003"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy202_firings_widedeep_relu_adam",
       {"data": FI, "model": _wd(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy202_firings_widedeep_silu_adamw",
       {"data": FI, "model": _wd(width=48, activation="silu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy202_firings_widedeep_elu_momentum9_step",
       {"data": FI, "model": _wd(width=30, activation="elu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy202_firings_tokens_adam",
       {"data": FI, "model": _ta(dim=24, hidden=64),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy202_firings_tokens_rmsprop_exponential",
       {"data": FI, "model": _ta(dim=24, hidden=64),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy202_firings_tokens_leaky_adagrad",
       {"data": FI, "model": _ta(dim=24, hidden=64, activation="leaky_relu"),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy202_yields_widedeep_tanh_adam",
       {"data": YD, "model": _wd(width=32, activation="tanh"),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy202_yields_widedeep_relu_momentum9_inverse_time",
       {"data": YD, "model": _wd(width=32),
        "optim": {"name": "sgd", "lr": 5e-3, **MOM9, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy202_yields_tokens_silu_adamw",
       {"data": YD, "model": _ta(dim=24, hidden=64, activation="silu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy202_glyphs_cnn_relu_adam",
       {"data": GL, "model": _cnn(),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 25}}),
    _h("healthy202_glyphs_cnn_leaky_adamw",
       {"data": GL, "model": _cnn(channels=[10, 16, 16], activation="leaky_relu"),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _h("healthy202_glyphs_cnn_elu_rmsprop",
       {"data": GL, "model": _cnn(channels=[8, 12, 16], activation="elu"),
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 30}}),
    _h("healthy202_glyphs_cnn_relu_nesterov9",
       {"data": GL, "model": _cnn(channels=[12, 16, 16]),
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 24}}),
    _h("healthy202_glyphs_cnn_silu_adagrad_step",
       {"data": GL, "model": _cnn(activation="silu"),
        "optim": {"name": "adagrad", "lr": 0.015, "schedule": "step", "step_size": 3},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy202_firings_widedeep_relu_adam_constant",
       {"data": FI, "model": _wd(width=24, depth=1),
        "optim": {"name": "adam", "lr": 3e-3},
        "train": {"epochs": 20, "batch_size": 22}}),
    _hs("healthy202_lightning_digits_nadam",
        lightning_run(_na("digits", hidden=(1290,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy202_lightning_wine_momentum7",
        lightning_run(_mom("wine", hidden=(1291,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy202_hf_trainer_breast_cancer_radam",
        hf_trainer_run(_ra("breast_cancer", hidden=(1292,), lr=3e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy202_hf_trainer_moons_nadam",
        hf_trainer_run(_na("moons", hidden=(1293,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy202_hf_trainer_iris_momentum7",
        hf_trainer_run(_mom("iris", hidden=(1294,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy202_keras_circles_radam",
        keras_run(_ra("circles", hidden=(1295,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy202_keras_wine_nadam",
        keras_run(_na("wine", hidden=(1296,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy202_keras_breast_cancer_momentum7",
        keras_run(_mom("breast_cancer", hidden=(1297,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy202_tensorboard_iris_radam",
        tensorboard_run(_ra("iris", hidden=(1298,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy202_tensorboard_digits_momentum7",
        tensorboard_run(_mom("digits", hidden=(1299,), lr=0.01, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy202_tensorboard_moons_nadam",
        tensorboard_run(_na("moons", hidden=(1290,), lr=5e-4, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy202_plain_moons_radam",
        plain_run(_ra("moons", hidden=(1294,), lr=1e-3, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy202_plain_breast_cancer_momentum7",
        plain_run(_mom("breast_cancer", hidden=(1296,), lr=5e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
