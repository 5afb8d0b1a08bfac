"""The three-hundred-nineteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout320` (not looked at), after the measurement of
:mod:`.heldout315` and :mod:`.heldout316`, by someone who saw no diagnosis of its runs. Built as
:mod:`.heldout196` to :mod:`.heldout199` were: every runner case trains a model of this module
through ``model.factory``: :class:`TreeMLP` (the input features split into 4 groups, each through
its own linear layer and activation, the group outputs combined pairwise by learnt linear layers
with the activation up a binary tree of 4, 2 and 1 nodes to a linear head; the activation, ReLU,
tanh, GELU or sigmoid, a constructor argument), :class:`SepConvCNN` (every 3x3 convolution
factored into a 3x1 and a 1x3 convolution, a ReLU after each pair, 2x2 max pooling after each of
two blocks, a dense ReLU layer whose pre-activations can start shifted, a linear head) and
:class:`AltHalvesRNN` (a hand-written tanh cell stepped by hand that updates only one half of its
state at each step, the halves taking turns; the last state beside the mean state over time,
then a linear head); no case fell back to the runner's built-in models. Every data set is this
module's own ``data.factory``: :func:`blips`, 800 noisy series of 14 steps in 2 readings, the
first holding a 3-step blip up or down, the second one or none (4 classes; flattened as 28
columns and read back as a sequence; seed 3190); :func:`letters`, 2400 10x10 images of an L, a
T, an H or a U at a random place in noise 0.3, 2% random labels (4 classes; seed 3191);
:func:`gauges`, a tabular 4-class set of 8 readings whose class hangs on a product's sign and a
threshold (3% random labels, 1400 rows; seed 3192); :func:`yields`, a tabular regression of 8
readings (1200 rows; seed 3193; times 300 plus 6000 with seed 3194 for the divergence). Script
cases use Adam with betas (0.85, 0.995) and weight decay 1e-5, SGD with Nesterov momentum 0.8
and weight decay 1e-4, and Adagrad with initial accumulator 0.05 and LR decay 1e-4 on digits,
wine, iris, breast cancer, moons, circles and the sine; every script case holds a hidden width
of 2460 to 2469. Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with
momentum 0.5 or 0.9 and with Nesterov momentum 0.9; schedules constant, cosine, step,
exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file only
to check that the fault is real, from the run's own metrics (losses, validation loss and score,
step-loss swing, the share of the step loss's within-epoch variance its position explains,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix, with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. The runs went into several small SQLite stores (two
workers at a time; each changed case retrained into a store of its own), not one fresh store.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test): 0.2929
on the gauges, 0.2542 on the letters, 0.2875 on the blips. Baselines (validation): accuracy
0.6214 (gauges), 0.6083 (letters; 0.4792 at the first design's noise 0.35), 0.8375 (blips); R2
0.638 (yields), 0.6294 (the raw yields).

Measured healthy ranges (runner, the final settings): update ratio quarter means 1e-5 to 0.037,
single steps at most 0.32 (the gauges under Adagrad); the ``update_ratio_high`` run reaches
quarter means of 0.77 with single steps up to 19; the ``update_ratio_low`` runs log quarter means
of 0 and at most 1.2e-9. Dead fraction of a ReLU layer at most 43% in the healthy tree MLPs and
53% in the CNNs' dense layers; the shifted CNN's 100%, the RMSprop-killed tree's 96% to 100%.
Saturated tanh states at most 12% in the healthy runs; the saturated run's 82%, the update-ratio
run's 91%. Gradient norms at most 6.5, first norms at least 4.3e-3 (the GELU tree under
momentum); the vanishing run's first norms 1.4e-5, the exploding run's 22.6 to 250. The step
loss's position in the epoch explains at most 22% of the within-epoch variance over the second
half in the healthy runner runs; the unshuffled run 99.7%, the stuck runs 30% to 58%. The standard
deviation of the step loss's step-to-step change over the second half is at most 1.0 times its
mean in the healthy runner runs and 1.55 in the healthy scripts; the batch-1 run's 2.47. Healthy
scores (validation, at the end): gauges 0.8893-0.925, letters 0.8125-0.8833, blips 0.875-0.95,
yields R2 0.8961 and 0.9434. Every healthy run's validation loss is lowest at its end but the
gauges under Adam (0.63% above its epoch-16 minimum), under AdamW with steps (0.43%), under
Adagrad (0.73%) and the GELU tree under momentum (0.65%), the blips under Adam (0.11%), the
yields under Adam (0.17%) and the letters under Nesterov momentum (0.71% above its epoch-11
minimum).

Changes after the first round (healthy runs first, with one run per model family to check the
baselines): the letters at noise 0.35 gave a kNN-or-linear baseline of 0.4792 and the CNNs only
0.4813 (RMSprop) to 0.7896, still rising, so the noise is 0.3 (baseline 0.6083; Adam reached
0.8833 in 12 epochs); the letters under RMSprop (LR 2e-3 then 3e-3, 0.6417, more than 0.1 below
the Adam run) was replaced by Adam with exponential decay 0.9 (channels 10 and 16, 14 epochs: 3.6%
above its epoch-13 minimum, so 13 epochs, where the same trajectory ends at its minimum); the
gauges under RMSprop (1.36% above) now LR 2e-3, decay 0.85, 16 epochs; under Adagrad (1.19%
above) LR 0.03; the yields under Adam (1.73% above) LR 2e-3, 16 epochs; the blips under AdamW
(2.45% above) LR 5e-3, decay 0.85; the blips under RMSprop (0.8562, 1.07% above) 24 units, LR
2e-3, batch 20, 12 epochs (0.8875, lowest at the end). Scripts ending above their minima were cut
at the epoch of the minimum (constant LR, so the same trajectory): Keras' wine under Adagrad (3.3%
above) 11 epochs, TensorBoard's moons (4.5%) 14, the loop's sine (9.4%) 11, the loop's breast
cancer (0.46%) 10. The slow start first used the tanh tree with N(0, 0.15) under plain SGD: it
fell slowly from the first epoch and ended at 0.50, no slow start, so the ReLU tree with N(0, 0.1)
under momentum 0.9 (three flat epochs near ln 4, then down to 0.875).

Labels from the metrics: the exploding run's loss is 265.5 at every epoch and its verdict a
failure, 62% of its test predictions in one class (allowed); the update-ratio run learns some
(0.4688) so ``underfitting`` is expected there, not ``at_chance``; the saturated run's
predictions spread (36% in one class); the unshuffled run scores 0.357, above the majority share
but far below the baseline, so ``underfitting`` is expected and ``at_chance`` allowed; the batch-1
run's step loss swings 2.47 times its mean (healthy at most 1.0), so ``noisy_loss`` is expected;
Keras' 16 digits never see their validation loss rise (lowest at the end), so only
``generalisation_gap`` is expected; the loop's stuck digits score 0.0139, below the majority
share, so ``at_chance`` is only allowed there; Trainer's stuck iris scores 1/3, the majority
share, so it is expected.

Not met: the healthy runs listed above end a fraction of a percent above their validation minima;
the changed cases were checked in stores of their own, and the healthy ranges above mix both
rounds' final settings; the fault cases on the letters were retrained at noise 0.3, the others
not changed. No other seed was checked.

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


def blips(n: int = 800, steps: int = 14, noise: float = 0.5, height: float = 1.6,
          seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; the
    first reading always holds a 3-step blip of ``height`` that goes up or down, the second a
    3-step upward blip or none, each at a random time; the class is the first blip's sign times
    2 plus whether the second reading blips (4 classes). Given flattened, time-major."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    for i, label in enumerate(y):
        t = int(rng.integers(0, steps - 2))
        x[i, t:t + 3, 0] += height if label // 2 else -height
        if label % 2:
            t = int(rng.integers(0, steps - 2))
            x[i, t:t + 3, 1] += height
    return x.reshape(n, steps * 2).astype(np.float32), y


_ELL = np.array([[1, 0, 0], [1, 0, 0], [1, 1, 1]], dtype=float)
_TEE = np.array([[1, 1, 1], [0, 1, 0], [0, 1, 0]], dtype=float)
_AITCH = np.array([[1, 0, 1], [1, 1, 1], [1, 0, 1]], dtype=float)
_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)


def letters(n: int = 2400, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 glyph each at a random
    place (4 classes: an L, a T, an H, a U), in Gaussian noise of ``noise``; a share ``flip`` of
    the labels is drawn at random."""
    return glyph_images((_ELL, _TEE, _AITCH, _CUP), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign (their product above 0) times 2 plus whether reading 2 exceeds ``|x3| -
    0.5``; readings 4 to 7 are noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] > np.abs(x[:, 3]) - 0.5).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a product of two, a sine
    of a third, an absolute value of a fourth and a linear fifth plus noise 0.3, times ``scale``
    plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (x[:, 0] * x[:, 1] + 1.5 * np.sin(1.5 * x[:, 2]) + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

ACTS: dict[str, type[nn.Module]] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                                    "gelu": nn.GELU}


class TreeMLP(nn.Module):
    """A tree-structured MLP: the input features split into 4 groups, each through its own linear
    layer of ``width`` and the ``activation``; the group outputs are combined pairwise by learnt
    linear layers (two children in, ``width`` out) with the activation, up a binary tree (4, 2,
    1 nodes) to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 16,
                 activation: str = "relu") -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.groups = [g.tolist() for g in np.array_split(np.arange(n_in), 4)]
        self.leaves = nn.ModuleList(nn.Linear(len(g), width) for g in self.groups)
        self.leaf_acts = nn.ModuleList(ACTS[activation]() for _ in self.groups)
        self.mid = nn.ModuleList(nn.Linear(2 * width, width) for _ in range(2))
        self.mid_acts = nn.ModuleList(ACTS[activation]() for _ in range(2))
        self.root = nn.Linear(2 * width, width)
        self.root_act = ACTS[activation]()
        self.head = nn.Linear(width, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = x.flatten(1)
        leaves = [act(lin(x[:, g])) for g, lin, act in zip(self.groups, self.leaves,
                                                           self.leaf_acts, strict=True)]
        mids = [act(lin(torch.cat(leaves[2 * i:2 * i + 2], dim=1)))
                for i, (lin, act) in enumerate(zip(self.mid, self.mid_acts, strict=True))]
        return self.head(self.root_act(self.root(torch.cat(mids, dim=1))))


class SepConvCNN(nn.Module):
    """A separable-kernel CNN: each 3x3 convolution factored into a 3x1 and a 1x3 convolution,
    a ReLU after each pair, a 2x2 max pool after each of the two blocks; then a dense ReLU layer
    (whose pre-activations can start shifted by ``dense_shift``) and a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32,
                 dense_shift: float = 0.0) -> None:
        super().__init__()
        c, size = input_shape[0], input_shape[1]
        a, b = channels
        self.body = nn.Sequential(
            nn.Conv2d(c, a, (3, 1), padding=(1, 0)), nn.Conv2d(a, a, (1, 3), padding=(0, 1)),
            nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(a, b, (3, 1), padding=(1, 0)), nn.Conv2d(b, b, (1, 3), padding=(0, 1)),
            nn.ReLU(), nn.MaxPool2d(2))
        side = size // 2 // 2
        self.fc = nn.Linear(b * side * side, dense)
        self.act = nn.ReLU()
        self.dense_shift = dense_shift
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.body(x).flatten(1)
        return self.head(self.act(self.fc(h) + self.dense_shift))


class AltHalvesRNN(nn.Module):
    """A hand-written recurrent net stepped by hand: a tanh cell (input and hidden projections)
    whose new state replaces only one half of the ``hidden`` state at each step, the two halves
    taking turns (the first half at even steps, the second at odd ones); the readout is the last
    state beside the mean state over time, then a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.wx = nn.Linear(features, hidden)
        self.wh = nn.Linear(hidden, hidden, bias=False)
        self.squash = nn.Tanh()
        self.head = nn.Linear(2 * hidden, n_outputs)
        half = torch.zeros(hidden, dtype=torch.bool)
        half[:hidden // 2] = True
        self.register_buffer("first_half", half)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            new = self.squash(self.wx(seq[:, t]) + self.wh(h))
            mask = self.first_half if t % 2 == 0 else ~self.first_half
            h = torch.where(mask, new, h)
            total = total + h
        return self.head(torch.cat([h, total / self.steps], dim=1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout319"
BL = _factory(f"{HERE}:blips", seed=3190)
LT = _factory(f"{HERE}:letters", seed=3191)
GA = _factory(f"{HERE}:gauges", seed=3192)
YD = _factory(f"{HERE}:yields", seed=3193)
YD_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=3194)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TreeMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SepConvCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:AltHalvesRNN", "args": args}


def _adm(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.995) and weight decay 1e-5."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.995), "weight_decay": 1e-5},
              **kw)


def _nes(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8 and weight decay 1e-4."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True,
                                             "weight_decay": 1e-4}, **kw)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with initial accumulator 0.05 and LR decay 1e-4."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.05,
                                                 "lr_decay": 1e-4}, **kw)


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
    Case("h319_divergence_yields_raw_treemlp_sgd", "the yields regression times 300 plus 6000 "
         "(targets unscaled), the ReLU tree MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YD_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the loss overflows in epoch 1: gradient norms "
                      f"from 217 at the first step to 1.8e308, quarter-mean update ratios from "
                      f"0.84 to 1.8e308"), verdict="failed"),
    Case("h319_exploding_gauges_treemlp_std15", "the ReLU tree MLP of 24 with N(0, 1.5) init "
         "on the gauges, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_mlp(width=24), "init": "normal", "init_std": 1.5},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 265.5 at every epoch; every gradient norm 22.6 to 250 "
                      "(healthy at most 6.5); update ratios at most 4.3e-10, a side effect of "
                      "the LR; accuracy 0.2571 against a majority share of 0.2929; 62% of the test "
                      "predictions in one class; the step loss's position explains 56% of its "
                      "within-epoch variance, as in every stuck run"), verdict="failed"),
    Case("h319_dead_relu_letters_sepcnn_dense_shift10", "the separable CNN on the letters with "
         "its dense ReLU layer's pre-activations shifted by -10, so its units never fire, Adam at "
         "LR 2e-3, batch 25, 4 epochs",
         {"data": LT, "model": _cnn(dense_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every dense unit logged dead (healthy CNNs up to 53%), so no gradient "
                      "reaches any layer (norms 0): the epoch loss 1.389 to 1.387 (ln 4); "
                      "accuracy 0.2479 against a majority share of 0.2542, every test prediction"
                      " in one class"), verdict=TP),
    Case("h319_dead_relu_gauges_treemlp_rmsprop_lr05", "the ReLU tree MLP of 24 on the gauges, "
         "plain RMSprop at LR 0.5, batch 28, 3 epochs",
         {"data": GA, "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence"),
         why_allowed=("the epoch loss 3.5e4 in epoch 1, then 1.69 and 1.42 (ln 4 is 1.386), so "
                      "the blow-up passed; gradient norms up to 6e4 and single update ratios up "
                      "to 54 (healthy at most 0.32); the tree's inner ReLU layers 96% to 100% "
                      "dead (healthy at most 43%); accuracy 0.2821 against a majority share of "
                      "0.2929, every test prediction in one class; the validation loss 11.8% "
                      "above its epoch-2 minimum"), verdict=TP),
    Case("h319_update_ratio_high_blips_altrnn_adagrad_lr2", "the alternating-halves RNN of 16 "
         "on the blips, Adagrad at LR 2, batch 26, 8 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "underfitting"),
         allow=("noisy_loss", "not_converged", "divergence", "exploding_gradients",
                "overfitting"),
         why_allowed=("quarter-mean update ratios up to 0.77, single steps up to 19 (healthy at "
                      "most 0.037 and 0.32); 91% of the tanh states saturated (healthy at most "
                      "12%); gradient norms up to 1531 (healthy at most 6.5) while the epoch loss "
                      "falls from 8.5 to 1.78; accuracy 0.4688, far below the baseline 0.8375 "
                      "but above the majority share 0.2875; the validation loss 1.39 times its "
                      "epoch-7 minimum"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h319_update_ratio_low_letters_sepcnn_sgd_lr1e9", "the separable CNN on the letters, "
         "plain SGD at LR 1e-9, batch 30, 3 epochs",
         {"data": LT, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.39 at every epoch; update ratios logged 0 at LR 1e-9 "
                      "(healthy quarter means at least 1e-5); accuracy 0.2479 against a majority "
                      "share of 0.2542, every test prediction in one class"), verdict=TP),
    Case("h319_update_ratio_low_blips_altrnn_rmsprop_lr1e10", "the alternating-halves RNN of 16 "
         "on the blips, plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.415 at every epoch; quarter-mean update ratios 2.3e-11 "
                      "to 1.2e-9 (healthy at least 1e-5); test accuracy 0.2875, the majority "
                      "share, 94% of the test predictions in one class"), verdict=TP),
    Case("h319_vanishing_gauges_treemlp_sigmoid_std005_momentum9", "the sigmoid tree MLP of 16 "
         "with N(0, 0.05) init on the gauges, SGD with momentum 0.9 at LR 0.05, batch 32, 4 "
         "epochs",
         {"data": GA, "model": {**_mlp(width=16, activation="sigmoid"), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "update_ratio_high"),
         why_allowed=("first gradient norms of the leaves down to 1.4e-5, later 4.1e-6 (healthy "
                      "first norms at least 4.3e-3); the epoch loss 1.388 to 1.387 (ln 4); "
                      "accuracy 0.2821 against a majority share of 0.2929, every test "
                      "prediction in one class; quarter-mean update ratios up to 0.096 on the "
                      "stuck head under momentum (healthy at most 0.037)"), verdict=TP),
    Case("h319_saturated_blips_altrnn_std3_rmsprop", "the alternating-halves RNN of 16 with "
         "N(0, 3) init on the blips, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": BL, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("82% of the tanh states saturated (healthy at most 12%); the epoch loss "
                      "14.5 to 14.1, far above ln 4; gradient norms up to 3.3e4 (healthy at most"
                      " 6.5); accuracy 0.3 against a majority share of 0.2875; 36% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h319_slow_start_gauges_treemlp_std01_momentum9", "the ReLU tree MLP of 24 with "
         "N(0, 0.1) init on the gauges, SGD with momentum 0.9 at LR 0.02, batch 32, 15 epochs",
         {"data": GA, "model": {**_mlp(width=24), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "not_converged"),
         why_allowed=("the epoch loss 1.380, 1.370, 1.361 over three epochs (ln 4), then "
                      "falling to 0.359; first gradient norms 7.3e-3 (healthy from 4.3e-3, so no"
                      " gradient finding); accuracy 0.875 (healthy 0.89 to 0.93); the validation"
                      " loss 6.3% above its epoch-14 minimum while the epoch loss still falls "
                      "20%"), verdict=TP),
    Case("h319_unshuffled_gauges_treemlp_rmsprop", "the gauges sorted by label, never shuffled, "
         "the ReLU tree MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "underfitting"),
         allow=("noisy_loss", "divergence", "at_chance", "not_training", "not_converged"),
         why_allowed=("the step loss's position in the epoch explains 99.7% of its within-epoch "
                      "variance (healthy runner runs at most 22%); the epoch loss 1.404 to 1.374;"
                      " accuracy 0.3571 (test 0.4214), far below the baseline 0.6214 but 0.064 "
                      "above the majority share 0.2929"), verdict=TP),
    Case("h319_mse_softmax_blips_altrnn_adam", "the blips trained with square error on the "
         "softmax, the alternating-halves RNN of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": BL, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.9313 like the healthy RNNs "
                      "(0.8875 to 0.95); the validation loss lowest at the end"), verdict=TP),
    Case("h319_noisy_gauges_treemlp_b1_adam", "the gauges one row at a time (batch 1), the ReLU "
         "tree MLP of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged", "noisy_loss"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings 2.47 times its mean over the "
                      "second half (healthy runner runs at most 1.0); the epoch loss 0.945 then "
                      "0.436 (54% lower), the validation loss lowest at the end: accuracy 0.8571"
                      " (healthy 0.89 and up); gradient norms up to 20 on single rows (healthy "
                      "at most 6.5); one epoch in the second half, so the step loss's position "
                      "is undefined"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h319_overfit_gauges_subset40_treemlp_adamw", "40 rows of the gauges, the ReLU tree MLP "
         "of 96, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _mlp(width=96),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.5393 (training 1.0; the healthy runs 0.89"
                      " and up); the validation loss lowest at epoch 2 of 150, 5.1 times it at "
                      "the end"), verdict=GP),
    Case("h319_gap_letters_subset30_sepcnn_adam", "30 images of the letters, the separable CNN "
         "with 16 and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**LT, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "vanishing_gradients", "at_chance"),
         why_allowed=("30 images teach less: accuracy 0.2604 (training 1.0; the healthy CNNs "
                      "0.81 and up), about the majority share; the validation loss lowest at "
                      "epoch 2 of 100, 3.97 times it at the end"), verdict=GP),
    Case("h319_underfit_blips_altrnn_two_units_adam", "the blips through an alternating-halves "
         "RNN of 2 hidden units, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": BL, "model": _rnn(hidden=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "update_ratio_high"),
         why_allowed=("two units cannot tell four classes: accuracy 0.5375 (training 0.5687) "
                      "below the baseline (0.8375), the validation loss lowest at the end; 39% "
                      "of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h319_lightning_digits_nesterov_lr1e20_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.8 (weight decay 1e-4) at LR 1e20, 2460 units, batch 24, 3 epochs",
         script=lightning_run(_nes("digits", hidden=(2460,), lr=1e20, epochs=3,
                                   batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h319_lightning_circles_adam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam (betas 0.85 and 0.995, weight decay 1e-5) at LR 1e-10, 2461 units, batch 20,"
         " 3 epochs",
         script=lightning_run(_adm("circles", hidden=(2461,), lr=1e-10, epochs=3, batch_size=20,
                                   n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.723 at every epoch; accuracy 0.4531 at its initial "
                      "weights, 0.047 below the majority share 0.5"), verdict=TP),
    Case("h319_hf_trainer_wine_adagrad_lr1e20_nan", "Hugging Face Trainer names: wine, Adagrad "
         "(initial accumulator 0.05, LR decay 1e-4) at LR 1e20 (decaying linearly), 2462 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_agr("wine", hidden=(2462,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.066 below the "
                      f"majority share"), verdict="failed"),
    Case("h319_hf_trainer_iris_adam_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam "
         "(betas 0.85 and 0.995, weight decay 1e-5) at LR 1e-10 (decaying linearly), 2463 units, "
         "batch 8, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adm("iris", hidden=(2463,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="S4", verdict=TP),
    Case("h319_keras_moons_adam_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adam (betas 0.85 and 0.995, weight decay 1e-5) at LR 1e20, 2464 units, batch 20, 3 "
         "epochs",
         script=keras_run(_adm("moons", hidden=(2464,), lr=1e20, epochs=3, batch_size=20, n=620,
                               noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority "
                      f"share"), verdict="failed"),
    Case("h319_keras_digits_subset16_adagrad_gap", "Keras names: 16 rows of digits, 2465 units, "
         "Adagrad (initial accumulator 0.05, LR decay 1e-4) at LR 0.05, 120 epochs, batch 2",
         script=keras_run(_agr("digits", hidden=(2465,), lr=0.05, epochs=120, batch_size=2,
                               subset=16)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.4986, training loss 1.4e-4); "
                      "the validation loss 5.13 at epoch 1 and lowest at the end (4.71): no "
                      "rise, so overfitting is not there"), verdict=GP),
    Case("h319_tensorboard_breast_cancer_nesterov_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with Nesterov momentum 0.8 (weight decay 1e-4) at LR 1e20, 2466 units, "
         "batch 19, 3 epochs",
         script=tensorboard_run(_nes("breast_cancer", hidden=(2466,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3684, far below "
                      f"0.6316"), verdict="failed"),
    Case("h319_tensorboard_circles_subset8_adam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2467 units, Adam (betas 0.85 and 0.995, weight decay 1e-5) at"
         " LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_adm("circles", hidden=(2467,), lr=3e-3, epochs=150,
                                     batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5692); the validation loss "
                      "lowest at epoch 7 of 150, 3.1 times it at the end"), verdict=GP),
    Case("h319_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adagrad (initial accumulator 0.05, LR decay 1e-4) at LR 0.05, "
         "2468 units, batch 20, a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_agr("sine", hidden=(2468,), lr=0.05, epochs=3, batch_size=20, n=640,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h319_plain_digits_nesterov_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "Nesterov momentum 0.8 (weight decay 1e-4) at LR 1e-10, 2469 units, batch 25, 4 epochs",
         script=plain_run(_nes("digits", hidden=(2469,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.372 at every epoch; accuracy 0.0139 at its initial"
                      " weights, below the majority share (about 0.10), not at it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy319_gauges_treemlp_adam_cosine",
       {"data": GA, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 28}}),
    _h("healthy319_gauges_treemlp_tanh_adamw_step",
       {"data": GA, "model": _mlp(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "step", "step_size": 6, "gamma": 0.4},
        "train": {"epochs": 18, "batch_size": 26}}),
    _h("healthy319_gauges_treemlp_rmsprop_exponential",
       {"data": GA, "model": _mlp(width=30),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 16, "batch_size": 30}}),
    _h("healthy319_gauges_treemlp_gelu_momentum9_cosine",
       {"data": GA, "model": _mlp(width=26, activation="gelu"),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy319_gauges_treemlp_adagrad_inverse_time",
       {"data": GA, "model": _mlp(width=24),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "inverse_time"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy319_yields_treemlp_adam_cosine",
       {"data": YD, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy319_yields_treemlp_tanh_adamw_cosine",
       {"data": YD, "model": _mlp(width=28, activation="tanh"),
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy319_letters_sepcnn_adam_cosine",
       {"data": LT, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy319_letters_sepcnn_adamw_step",
       {"data": LT, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy319_letters_sepcnn_adam_exponential",
       {"data": LT, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 13, "batch_size": 24}}),
    _h("healthy319_letters_sepcnn_nesterov9_cosine",
       {"data": LT, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "sgd", "lr": 0.03, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy319_blips_altrnn_adam_cosine",
       {"data": BL, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy319_blips_altrnn_adamw_exponential",
       {"data": BL, "model": _rnn(hidden=12),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "exponential", "gamma": 0.85},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy319_blips_altrnn_rmsprop_cosine",
       {"data": BL, "model": _rnn(hidden=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _h("healthy319_blips_altrnn_momentum9_cosine",
       {"data": BL, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.03, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 20}}),
    _hs("healthy319_lightning_digits_adam",
        lightning_run(_adm("digits", hidden=(2460,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy319_lightning_wine_nesterov",
        lightning_run(_nes("wine", hidden=(2461,), lr=1e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy319_lightning_moons_adagrad",
        lightning_run(_agr("moons", hidden=(2462,), lr=0.01, epochs=15, batch_size=20, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy319_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_adm("breast_cancer", hidden=(2463,), lr=2e-4, epochs=10,
                            batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy319_hf_trainer_iris_nesterov",
        hf_trainer_run(_nes("iris", hidden=(2464,), lr=5e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy319_keras_circles_adam",
        keras_run(_adm("circles", hidden=(2465,), lr=5e-4, epochs=15, batch_size=20, n=620,
                       noise=0.1)), "keras"),
    _hs("healthy319_keras_wine_adagrad",
        keras_run(_agr("wine", hidden=(2466,), lr=5e-3, epochs=11, batch_size=10)), "keras"),
    _hs("healthy319_keras_breast_cancer_nesterov",
        keras_run(_nes("breast_cancer", hidden=(2467,), lr=2e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy319_tensorboard_iris_adam",
        tensorboard_run(_adm("iris", hidden=(2468,), lr=1e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy319_tensorboard_digits_nesterov",
        tensorboard_run(_nes("digits", hidden=(2469,), lr=5e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy319_tensorboard_moons_adagrad",
        tensorboard_run(_agr("moons", hidden=(2460,), lr=0.01, epochs=14, batch_size=19, n=660,
                             noise=0.2)), "tensorboard"),
    _hs("healthy319_plain_sine_adagrad",
        plain_run(_agr("sine", hidden=(2464,), lr=0.01, epochs=11, batch_size=30, n=630,
                       noise=0.2)), "pytorch"),
    _hs("healthy319_plain_breast_cancer_adam",
        plain_run(_adm("breast_cancer", hidden=(2466,), lr=5e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
