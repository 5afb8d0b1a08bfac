"""The two-hundred-and-sixty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout264`, :mod:`.heldout266` and :mod:`.heldout267` (not
looked at), after the measurement of :mod:`.heldout260` to :mod:`.heldout263`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`DenseLeakyMLP` (densely
connected: each LeakyReLU(0.05) layer reads the input and every earlier layer's output, the linear
head all of them), :class:`PatchCNN` (a non-overlapping 2x2 stride-2 convolution stem, two 3x3
convolutions, PReLU units after each, a global max pool, a dense ReLU layer whose pre-activations
can start shifted, a linear head) and :class:`TanhshrinkRNN` (a hand-written Elman cell whose
state is ``nn.Tanhshrink`` of twice a tanh-bounded update, read out as the mean state over time);
no case fell back to the runner's built-in models. Every data set is this module's own
``data.factory``: :func:`ramps`, 800 noisy series of 16 steps in 2 readings, reading 0 drifting
(up or down) or flat, reading 1 jumping (up or down) or not (4 classes; seed 2650); :func:`marks`,
3000 10x10 images of an L, a T, an H or a staircase at a random place in noise 0.35, 2% random
labels (4 classes; seed 2651); :func:`bands`, a tabular 4-class set of 8 readings (3% random
labels, 1400 rows; seed 2652); :func:`yields`, a tabular regression of 8 readings (1200 rows; seed
2653; times 300 plus 6000 with seed 2654 for the divergence). Script cases use AdamW with amsgrad,
SGD with momentum 0.95 and weight decay 5e-4 and Adamax with betas (0.85, 0.995) on digits, wine,
iris, breast cancer, moons, circles and the sine; every script case holds a hidden width of 1920
to 1929. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5
or 0.9; schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file
(SQLite stores, two trainings at a time) only to check that the fault is real, from the run's own
metrics (losses, validation loss and score, step-loss swing, the share of the step loss's
within-epoch variance its position explains, gradient norms, update ratios, dead and saturated
fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2607
on the bands, 0.2583 on the marks, 0.2625 on the ramps. Baselines (validation): accuracy 0.5786
(bands), 0.5367 (marks), 0.8812 (ramps); R2 0.6992 (yields), 0.7162 (the raw yields).

Measured healthy ranges (runner; every healthy case as it now stands retrained once at seed 0
into two fresh stores, one per worker, after the changes below): update ratio quarter means 4.8e-5
to 0.065, single steps at most 0.55 (the CNN under RMSprop); the ``update_ratio_high`` run reaches
quarter means of 0.72 with single steps up to 21; the ``update_ratio_low`` runs log quarter means
of at most 8.3e-13 and 9.5e-10. Dead fraction of the CNNs' dense ReLUs 19% to 38% and of their
PReLUs 0% in the healthy runs, 0% in the healthy MLPs; the shifted CNN's 100%, the RMSprop CNN's
88% (and 44% of its last PReLUs). Saturated tanh updates at most 22% in the healthy recurrent nets;
the saturated run's 83%, the update-ratio run's 95%. Gradient norms at most 10.8 (the RNN under
Adam); every healthy run's largest norm at least 1.08; single layers' first norms as low as 7e-6
in the healthy CNNs (a PReLU slope), 0.06 in the healthy recurrent nets; the vanishing run's
1.3e-9 to 7.1e-5, the exploding run's 1039 to 5142. The step loss's position in the epoch explains
at most 42% of the within-epoch variance over the second half in the healthy runner runs (the
5-epoch CNN under AdamW, whose second half holds 3 epochs; 23% at most in the others); the
unshuffled run 99.9%. The standard deviation of the step loss's step-to-step change over the
second half is at most 0.65 times its mean in the healthy MLPs, 0.5 in the healthy RNNs and 1.06
in the healthy CNNs (under momentum 0.9); the batch-1 run's 0.95. Healthy scores (validation):
bands 0.8357-0.9036, marks 0.825-0.925, yields R2 0.8977 and 0.905; ramps 0.8625-0.90 (baseline
0.8812).

Changes after the first round: the first ramps (a drift up or down and a step up or not) were told
apart by the baseline at 0.98, above every recurrent net, so the drift and the jump now take a
random sign (baseline 0.88); every ramps case was retrained on them. The CNN's global average pool
left it at 0.30 to 0.77 (baseline 0.54), so a global max pool, and every CNN case retrained; the
bands under momentum 0.9 (LR 0.01, 0.71) now LR 0.03 (0.90). The first vanishing run (the dense
MLP of 12 layers, N(0, 0.02) init) learned (0.74): its dense connections hand the head the input,
so the vanishing run is now the tanhshrink RNN at N(0, 0.01) init (tanhshrink is cubic near 0).
The first slow start (the CNN at N(0, 0.03) init) never started (loss ln 4 for 10 epochs, all
dense units dead), so the RNN at N(0, 0.15) init; its first gradients are not outside every
healthy run and it learns slowly throughout, so ``slow_start`` is only allowed and
``underfitting`` expected: no case expects ``slow_start``. Scripts: Lightning's moons and
TensorBoard's moons (Adamax, LR 2e-3, 1.5% and 21% above their minima) now LR 1e-3; TensorBoard's
iris 16 epochs, not 20 (2.5% above); the loop's breast cancer LR 3e-4, not 5e-4 (0.6% above); the
loop's sine LR 1e-3, not 2e-3 (34% above): all now lowest at the end but the sine.

Changes after the second round (each changed case trained once at seed 0 into a store of its own,
diagnosis off): the max-pooled CNNs overfit (validation minima at epochs 7, 11, 5 and 9 of 12 to
14, up to 19% below their ends), so Adam 7 epochs, AdamW 6 epochs with the step every 2 epochs,
momentum 0.9 9 epochs (RMSprop kept: 0.3% above its epoch-11 minimum): Adam and momentum now lowest
at the end (0.8767, 0.925), AdamW 9.9% above its epoch-5 minimum (0.81); the recurrent nets on the
new ramps reached 0.61 to 0.79 in 12 to 15 epochs, so 30 epochs at higher LRs (Adam 0.01, AdamW
0.02 decaying 0.93, RMSprop 5e-3, momentum 0.1): 0.90, 0.875, 0.8688 and 0.775.

Labels from the metrics: the exploding run's test predictions fall 85% in one class, the
ramps' update-ratio-low run's 66%, so ``predictions_collapsed`` is only allowed there; the
update-ratio-high run (0.43 against 0.26) and the unshuffled run (0.33 against 0.26) score more
than 0.05 above the majority share, so ``at_chance`` is only allowed; the saturated run's
predictions spread (28% in one class). The one-unit RNN ends at ln 4 with every prediction in one
class. The overfit runs' validation losses end 4.9 (40 rows), 1.66 (30 images), 1.16 (Keras' 16
rows) and 2.66 (TensorBoard's 8 rows) times their early minima, so ``overfitting`` is expected
beside ``generalisation_gap``.

Changes after the second run (a later helper, each changed case trained once at seed 0,
diagnosis off, then every healthy runner case and the loop's sine retrained into two fresh stores
together): the RNN under momentum 0.9 (LR 0.1, 30 epochs, 24% above its epoch-11 minimum) now LR
0.05 and 20 epochs: validation loss lowest at the end, accuracy 0.90 (LR 0.03 for 30 epochs ended
1.0% above its epoch-28 minimum); the RNN under RMSprop (30 epochs, 3.4% above its epoch-24
minimum) now 24 epochs: 0.23% above its epoch-20 minimum, accuracy 0.8625 (LR 3e-3 for 30 epochs
reached only 0.7688, LR 4e-3 0.85, both lowest at the end); the CNN under AdamW with the step
schedule (6 epochs, 9.9% above its epoch-5 minimum) now 5 epochs: lowest at the end, accuracy
0.825; the loop's sine under Adamax (16 epochs, 13% above its epoch-12 minimum) now 12 epochs:
lowest at the end, R2 0.9318. In the common stores the RNN under Adam ends 0.02% above its
epoch-29 minimum (0.90), under AdamW lowest at the end (0.875); the yields MLP under Adam 0.06%
above its epoch-18 minimum, the CNN under RMSprop 0.32% above its epoch-11 minimum (both kept);
every other healthy runner run lowest at its end. The healthy ranges above were re-measured from
those stores; they no longer support ``noisy_loss`` as expected of the batch-1 run (0.95, under the
healthy CNN's 1.06), so it is only allowed there and ``not_converged`` alone is expected; the other
fault labels' comparisons were corrected to the new numbers (gradient norms at most 10.8,
saturation at most 22%, update ratios at least 4.8e-5, position share at most 42%, first norms of
the CNNs from 7e-6) and still hold. The ramps were not changed: noisier, longer or larger ramps
(noise 0.5 or 0.6, 24 or 32 steps, 1600 series) moved the nearest-neighbour baseline and the RNN
under Adam together (0.79 against 0.83, 0.81 against 0.81, 0.80 against 0.64, 0.90 against 0.91,
0.82 against 0.85), and 32 hidden units instead of 16 also reached 0.90 (8.4% above its minimum).

Not met: the healthy recurrent nets score 0.8625 to 0.90 against a ramps baseline of 0.8812 (the
5-nearest-neighbour model): two of them below it, none clearly above it; no data change tried
separated them, so the ramps and their fault cases were left as they were. The RNN under RMSprop
ends 0.23% and the CNN under RMSprop 0.32% above their minima (a fraction of a percent, not
exactly at their ends). No case expects ``slow_start`` (see above). The fault cases were not
retrained in the common stores; their numbers are from the earlier rounds. No other seed was
checked.

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


def ramps(n: int = 800, steps: int = 16, noise: float = 0.4, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings;
    reading 0 drifts by 1.6 over the series (up or down at random) or stays flat, reading 1 jumps
    by 1.2 (up or down at random) at a random time and stays there, or does not; the class is the
    drift times 2 plus the jump (4 classes; the random signs keep a linear model from telling
    them). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    ramp = np.linspace(-0.8, 0.8, steps)
    for i, label in enumerate(y):
        if label // 2:
            x[i, :, 0] += ramp * rng.choice((-1.0, 1.0))
        if label % 2:
            x[i, int(rng.integers(2, steps - 3)):, 1] += 1.2 * rng.choice((-1.0, 1.0))
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)
_STEP = np.array([[1, 1, 0], [0, 1, 1], [0, 0, 1]], dtype=float)


def marks(n: int = 3000, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 mark each at a random
    place (4 classes: an L, a T, an H, a staircase), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _AITCH, _STEP), n, 10, noise, flip, seed)


def bands(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether reading 0
    plus half the square of reading 2 passes 0.5, times 2, plus whether readings 1 and 3 share a
    sign; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] + 0.5 * x[:, 2] ** 2 - 0.5
    s2 = x[:, 1] * x[:, 3] + 0.3 * x[:, 1]
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, half a
    square of a second, a product of two more and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.sin(x[:, 0]) + 0.5 * x[:, 1] ** 2 + x[:, 2] * x[:, 3] - 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class DenseLeakyMLP(nn.Module):
    """A densely connected MLP: each of ``depth`` hidden layers of ``width`` LeakyReLU(0.05)
    units reads the concatenation of the input and every earlier layer's output; the linear head
    reads all of them."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.layers = nn.ModuleList()
        for i in range(depth):
            self.layers.append(nn.Linear(n_in + i * width, width))
        self.act = nn.LeakyReLU(0.05)
        self.head = nn.Linear(n_in + depth * width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        feats = x.flatten(1)
        for layer in self.layers:
            feats = torch.cat([feats, self.act(layer(feats))], dim=1)
        return self.head(feats)


class PatchCNN(nn.Module):
    """A patch-stem CNN: a non-overlapping 2x2 convolution of stride 2 (the stem), then two 3x3
    convolutions, each followed by PReLU units, a global max pool, a dense ReLU layer (whose
    pre-activations can start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (12, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c = input_shape[0]
        self.stem = nn.Conv2d(c, channels[0], 2, stride=2)
        self.act0 = nn.PReLU(channels[0])
        self.conv1 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act1 = nn.PReLU(channels[1])
        self.conv2 = nn.Conv2d(channels[1], channels[1], 3, padding=1)
        self.act2 = nn.PReLU(channels[1])
        self.fc = nn.Linear(channels[1], dense)
        self.relu = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act0(self.stem(x))
        h = self.act2(self.conv2(self.act1(self.conv1(h)))).amax(dim=(2, 3))
        return self.head(self.relu(self.fc(h) + self.dense_shift))


class TanhshrinkRNN(nn.Module):
    """A hand-written Elman RNN: each step's update is tanh-bounded (a tanh of the input and
    hidden projections) and the state is ``nn.Tanhshrink`` of twice that update (``u - tanh(u)``,
    within about +-1.04); the readout is the mean of the states over time, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.shrink = nn.Tanhshrink()
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            h = self.shrink(2.0 * self.squash(self.wx(seq[:, t]) + self.wh(h)))
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout265"
RA = _factory(f"{HERE}:ramps", seed=2650)
MK = _factory(f"{HERE}:marks", seed=2651)
BD = _factory(f"{HERE}:bands", seed=2652)
YD = _factory(f"{HERE}:yields", seed=2653)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2654)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:DenseLeakyMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:PatchCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TanhshrinkRNN", "args": args}


def _amw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with amsgrad."""
    return _s(data, optim="adamw", optim_args={"amsgrad": True}, **kw)


def _mom(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95 and weight decay 5e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "weight_decay": 5e-4}, **kw)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with betas (0.85, 0.995)."""
    return _s(data, optim="adamax", optim_args={"betas": (0.85, 0.995)}, **kw)


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
    Case("h265_divergence_yields_raw_densemlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the dense LeakyReLU MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 4.0e7 at the first step, then NaN with every "
                      f"gradient norm and update ratio"), verdict="failed"),
    Case("h265_exploding_bands_densemlp_d6_std1", "the dense LeakyReLU MLP of 6 layers of 20 "
         "with N(0, 1) init on the bands, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": BD, "model": {**_mlp(width=20, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 6235 at every epoch; every gradient norm 1039 to 5142 "
                      "(healthy at most 10.8); quarter-mean update ratios up to 2.5e-8, a side "
                      "effect of the LR; accuracy 0.25 against a majority share of 0.2607; 85% of "
                      "the test predictions in one class"), verdict="failed"),
    Case("h265_dead_relu_marks_patchcnn_dense_shift10", "the patch-stem CNN on the marks with "
         "its dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": MK, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 38%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.391 to 1.387 (ln 4); "
                      "accuracy 0.2583 at the majority share, every test prediction in one "
                      "class"), verdict=TP),
    Case("h265_dead_relu_marks_patchcnn_rmsprop_lr01", "the patch-stem CNN on the marks, plain "
         "RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 2.9e4 in epoch 1, then 3.6 and 2.1, so the blow-up "
                      "passed; gradient norms 0 to 6.2e5 and single update ratios up to 21 "
                      "(healthy at most 0.55); 88% of the dense units and 44% of the last PReLU "
                      "units logged dead (healthy up to 38% and 0%); accuracy 0.2467 against a "
                      "majority share of 0.2583, 98.5% of the test predictions in one class"),
         verdict=TP),
    Case("h265_update_ratio_high_ramps_tsrnn_adagrad_lr3", "the tanhshrink RNN of 16 on the "
         "ramps, Adagrad at LR 3, batch 26, 8 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation"),
         allow=("at_chance", "noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients"),
         why_allowed=("quarter-mean update ratios up to 0.72, single steps up to 21 (healthy at "
                      "most 0.065 and 0.55); 95% of the tanh states saturated (healthy at most "
                      "22%); gradient norms up to 2119; the validation loss 1.12 times its epoch-7 "
                      "minimum; accuracy 0.4313 (test) against 0.2625, 0.17 above it, so not at "
                      "chance; 35% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h265_update_ratio_low_marks_patchcnn_sgd_lr1e9", "the patch-stem CNN on the marks, "
         "plain SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": MK, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.392 at every epoch; quarter-mean update ratios at most "
                      "8.3e-13 (healthy at least 4.8e-5); accuracy 0.2417 against a majority "
                      "share of 0.2583, every test prediction in one class"), verdict=TP),
    Case("h265_update_ratio_low_ramps_tsrnn_rmsprop_lr1e10", "the tanhshrink RNN of 16 on the "
         "ramps, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.401 at every epoch; quarter-mean update ratios at most "
                      "9.5e-10; accuracy 0.175 against a majority share of 0.2625; 66% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h265_vanishing_ramps_tsrnn_std001_momentum9", "the tanhshrink RNN of 16 with N(0, "
         "0.01) init on the ramps (tanhshrink is cubic near 0, so its slope is about 0 there), "
         "SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 0.01},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("gradient norms 1.3e-9 to 7.1e-5, first norms from 9e-9 (every healthy run's "
                      "largest norm at least 1.08, the recurrent nets' first norms at least "
                      "0.06); the epoch loss 1.389 (ln 4) at "
                      "every epoch; accuracy 0.2562 at the majority share, every test prediction in"
                      " one class"), verdict=TP),
    Case("h265_saturated_ramps_tsrnn_std3_rmsprop", "the tanhshrink RNN of 16 with N(0, 3) init "
         "on the ramps, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("83% of the tanh states saturated (healthy at most 22%); the epoch loss 2.77 "
                      "to 2.74, far above ln 4; gradient norms up to 3.6e4; accuracy 0.2812 (test) "
                      "against a majority share of 0.2625; only 28% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h265_slow_start_ramps_tsrnn_std015_momentum9", "the tanhshrink RNN of 16 with N(0, "
         "0.15) init on the ramps, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 15 epochs",
         {"data": RA, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 0.15},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("slow_start", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "saturated_activation", "not_converged"),
         why_allowed=("first gradient norms from 0.0125, 5 times under the healthy "
                      "recurrent nets' but not under every healthy run (the CNNs' start at "
                      "7e-6), so no clear slow start; the epoch loss 1.39 to 1.206, falling 0.2% "
                      "in the last epoch; accuracy 0.49 against a baseline of 0.88"), verdict=TP),
    Case("h265_unshuffled_bands_densemlp_rmsprop", "the bands sorted by label, never shuffled, "
         "the dense LeakyReLU MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**BD, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("at_chance", "noisy_loss", "divergence", "underfitting", "not_training",
                "not_converged", "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 42%); the epoch loss 1.398 to 1.342; "
                      "accuracy 0.3286 against a majority share of 0.2607, 0.068 above it; 36% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h265_mse_softmax_ramps_tsrnn_adam", "the ramps trained with square error on the "
         "softmax, the tanhshrink RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": RA, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.80, the epoch loss still falling 5% "
                      "in its last epoch with the validation loss lowest at the end"), verdict=TP),
    Case("h265_noisy_bands_densemlp_b1_adam", "the bands one row at a time (batch 1), the dense "
         "LeakyReLU MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": BD, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings 0.95 times its mean over the "
                      "second half, above the healthy MLPs and RNNs (at most 0.65) but under the "
                      "healthy CNN under momentum 0.9 (1.06), so not outside every healthy run: "
                      "only allowed; the epoch loss falls 20% in the last epoch, the validation "
                      "loss lowest at the end: accuracy 0.6643"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h265_overfit_bands_subset40_densemlp_adamw", "40 rows of the bands, the dense "
         "LeakyReLU MLP of 128 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**BD, "subset": 40}, "model": _mlp(width=128),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4571 (training 1.0; the healthy runs 0.8357 "
                      "and up); the validation loss lowest at epoch 1 of 150, 4.9 times it at the "
                      "end"), verdict=GP),
    Case("h265_gap_marks_subset30_patchcnn_adam", "30 images of the marks, the patch-stem CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**MK, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3417 (training 1.0; the healthy CNNs "
                      "0.85 and up); the validation loss lowest at epoch 5 of 100, 1.66 times it "
                      "at the end"), verdict=GP),
    Case("h265_underfit_ramps_tsrnn_one_unit_adam", "the ramps through a tanhshrink RNN of 1 "
         "hidden unit, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": RA, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting", "at_chance", "predictions_collapsed"),
         allow=("not_training", "overfitting", "not_converged", "noisy_loss",
                "saturated_activation", "update_ratio_high"),
         why_allowed=("one unit cannot tell four classes: the epoch loss 1.414 to 1.386 (ln "
                      "4), accuracy 0.2562 at the majority share (baseline 0.88), every test "
                      "prediction in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h265_lightning_digits_momentum95_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.95 and weight decay 5e-4 at LR 1e20, 1920 units, batch 24, 3 epochs",
         script=lightning_run(_mom("digits", hidden=(1920,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h265_lightning_circles_amsgradw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (amsgrad) at LR 1e-10, 1921 units, batch 20, 3 epochs",
         script=lightning_run(_amw("circles", hidden=(1921,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7244 at every epoch; accuracy 0.4688 at its initial "
                      "weights, about the majority share 0.5"), verdict=TP),
    Case("h265_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "(betas 0.85 and 0.995) at LR 1e20 (decaying linearly), 1922 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("wine", hidden=(1922,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the "
                      f"majority share"),
         verdict="failed"),
    Case("h265_hf_trainer_iris_amsgradw_lr1e10_stuck", "Hugging Face Trainer names: iris, AdamW "
         "(amsgrad) at LR 1e-10 (decaying linearly), 1923 units, batch 8, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_amw("iris", hidden=(1923,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.091 at every evaluation"), verdict=TP),
    Case("h265_keras_moons_amsgradw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (amsgrad) at LR 1e20, 1924 units, batch 20, 3 epochs",
         script=keras_run(_amw("moons", hidden=(1924,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h265_keras_digits_subset16_adamax_gap", "Keras names: 16 rows of digits, 1925 "
         "units, Adamax (betas 0.85 and 0.995) at LR 2e-3, 120 epochs, batch 2",
         script=keras_run(_amx("digits", hidden=(1925,), lr=2e-3, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.546, training 1.0); the validation"
                      " loss 2.205 at epoch 12, 2.562 at the end"), verdict=GP),
    Case("h265_tensorboard_breast_cancer_momentum95_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.95 and weight decay 5e-4 at LR 1e20, 1926 units, batch 19, "
         "3 epochs",
         script=tensorboard_run(_mom("breast_cancer", hidden=(1926,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h265_tensorboard_circles_subset8_amsgradw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1927 units, AdamW (amsgrad) at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_amw("circles", hidden=(1927,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692, training 1.0); the validation"
                      " loss lowest at epoch 7 of 150, 2.66 times it at the end"), verdict=GP),
    Case("h265_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adamax (betas 0.85 and 0.995) at LR 2e-3, 1928 units, batch 20, "
         "a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(1928,), lr=2e-3, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h265_plain_digits_momentum95_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.95 and weight decay 5e-4 at LR 1e-10, 1929 units, batch 25, 4 epochs",
         script=plain_run(_mom("digits", hidden=(1929,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.375 at every epoch; accuracy 0.0947, about the "
                      "majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy265_bands_densemlp_adam_cosine",
       {"data": BD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy265_bands_densemlp_adamw_step",
       {"data": BD, "model": _mlp(width=28),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy265_bands_densemlp_rmsprop_exponential",
       {"data": BD, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy265_bands_densemlp_momentum9_cosine",
       {"data": BD, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy265_bands_densemlp_d3_adagrad_inverse_time",
       {"data": BD, "model": _mlp(width=20, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy265_yields_densemlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy265_yields_densemlp_d3_adamw_cosine",
       {"data": YD, "model": _mlp(width=20, depth=3),
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy265_marks_patchcnn_adam_cosine",
       {"data": MK, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 7, "batch_size": 25}}),
    _h("healthy265_marks_patchcnn_adamw_step",
       {"data": MK, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 2, "gamma": 0.4},
        "train": {"epochs": 5, "batch_size": 28}}),
    _h("healthy265_marks_patchcnn_rmsprop_cosine",
       {"data": MK, "model": _cnn(channels=[12, 12], dense=24),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 30}}),
    _h("healthy265_marks_patchcnn_momentum9_cosine",
       {"data": MK, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.06, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 9, "batch_size": 24}}),
    _h("healthy265_ramps_tsrnn_adam_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy265_ramps_tsrnn_adamw_exponential",
       {"data": RA, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "exponential", "gamma": 0.93},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy265_ramps_tsrnn_rmsprop_cosine",
       {"data": RA, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 24, "batch_size": 30}}),
    _h("healthy265_ramps_tsrnn_momentum9_cosine",
       {"data": RA, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 20}}),
    _hs("healthy265_lightning_digits_amsgradw",
        lightning_run(_amw("digits", hidden=(1920,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy265_lightning_wine_momentum95",
        lightning_run(_mom("wine", hidden=(1921,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy265_lightning_moons_adamax",
        lightning_run(_amx("moons", hidden=(1922,), lr=1e-3, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy265_hf_trainer_breast_cancer_amsgradw",
        hf_trainer_run(_amw("breast_cancer", hidden=(1923,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy265_hf_trainer_iris_momentum95",
        hf_trainer_run(_mom("iris", hidden=(1924,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy265_keras_circles_amsgradw",
        keras_run(_amw("circles", hidden=(1925,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy265_keras_wine_adamax",
        keras_run(_amx("wine", hidden=(1926,), lr=1e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy265_keras_breast_cancer_momentum95",
        keras_run(_mom("breast_cancer", hidden=(1927,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy265_tensorboard_iris_amsgradw",
        tensorboard_run(_amw("iris", hidden=(1928,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy265_tensorboard_digits_momentum95",
        tensorboard_run(_mom("digits", hidden=(1929,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy265_tensorboard_moons_adamax",
        tensorboard_run(_amx("moons", hidden=(1920,), lr=1e-3, epochs=15, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy265_plain_sine_adamax",
        plain_run(_amx("sine", hidden=(1924,), lr=1e-3, epochs=12, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy265_plain_breast_cancer_amsgradw",
        plain_run(_amw("breast_cancer", hidden=(1926,), lr=3e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
