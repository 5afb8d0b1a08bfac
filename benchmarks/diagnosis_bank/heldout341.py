"""The three-hundred-forty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside another writer's part (not looked at), by someone who saw no
diagnosis of its runs. Built as :mod:`.heldout333` was: every runner case trains a model of this
module through ``model.factory``: :class:`NeuralForest` (a neural decision forest: optional trunk
layers, a learnt linear feature layer with an activation given to the constructor, 4 soft
decision trees of depth 3 whose sigmoid split decisions read the features through their own
linear layers, learnt leaf class distributions, the trees' predictions averaged; related to the
single soft tree of :mod:`.heldout206` and the oblivious NODE trees of :mod:`.heldout215`, but
neither a forest over a learnt feature layer nor with leaf distributions), :class:`HarDNetCNN`
(harmonic dense blocks: layer ``k`` reads the outputs of the layers ``k - 2^j`` concatenated, 3x3
convolutions and ReLUs, a max pool between the two blocks, a global max pool) and :class:`NRU`
(a hand-written non-saturating recurrent unit: a ReLU state read from the input, the last state
and a memory vector that learnt write and erase heads add to and take from, stepped by hand, the
mean of its states read out); no case fell back to the runner's built-in models. The forest's
split sigmoids are computed functionally, so its logged dead and saturated fractions are those
of its feature (and trunk) activations. Every data set is this module's own ``data.factory``:
:func:`wobbles`, 800 noisy series of 12 steps in 2 readings, each reading holding a 3-step
wobble (+1.6, -1.6, +1.6 times a random sign) or none (4 classes; seed 3410); :func:`runes`, 2400
10x10 images of a cup, a zed, a vee or a hook at a random place in noise 0.35, 2% random labels
(4 classes; seed 3411); :func:`gauges`, a tabular 4-class set of 8 readings (whether two readings
share a sign and a linear threshold of two more, 3% random labels, 1400 rows; seed 3412);
:func:`outputs`, a tabular regression of 8 readings (a sine, a product, a step on a size and a
linear term; 1200 rows; seed 3413; times 250 plus 5000 with seed 3414 for the divergence). Script
cases use SGD with momentum 0.85 and dampening 0.1, Adadelta with rho 0.9 and eps 1e-5 (LR 1.0,
but 0.1 in Lightning's and TensorBoard's moons and Keras' wine and 0.05 in the loop's healthy
sine) and AdamW with betas (0.9, 0.98) and weight decay 0.02 on digits, wine, iris, breast
cancer, moons, circles and the sine; every script case holds a hidden width of 2690 to 2699.
Runner optimisers: Adam, AdamW, plain RMSprop, Adagrad, plain SGD, SGD with momentum 0.5 or 0.9;
schedules constant, cosine, step, exponential and inverse time; batch sizes 1 to 32.

Each case is labelled with the injected fault; it was trained once at seed 0 from this file into
fresh stores (SQLite files, one per worker and round) only to check that the fault is real, from
the run's own metrics (losses, validation loss and score, step-loss swing, the share of the step
loss's within-epoch variance its position explains, gradient norms, update ratios, dead and
saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion matrix, with
``diagnose.enabled`` false for runner cases and scripts called directly: no diagnosis was made.
No other seed was checked.

Label policy exactly as in :mod:`.heldout263` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was relabelled from its metrics, never kept as expected). Majority shares (test):
0.2893 on the gauges, 0.2562 on the runes, 0.275 on the wobbles. Baselines (validation): accuracy
0.6571 (gauges), 0.4771 (runes), 0.5563 (wobbles); R2 0.4983 (outputs), 0.5851 (the raw outputs).

Measured healthy ranges (runner): update-ratio quarter means 1.2e-4 to 0.068 (single steps up to
0.97, the first step of the forest under Adagrad); the NRU under Adagrad at LR 2 logs
first-quarter means of 0.40 to 0.59 and first steps of 12 to 20; the ``update_ratio_low`` runs
log 0 and at most 5.8e-9. Dead fractions 0% in every healthy forest and NRU, up to 75% in single
layers of the healthy CNNs (most 0% to 25%); the shifted forest's 100% at every epoch, the
RMSprop-killed forest's 53% (only allowed). Saturated tanh features at most 7.5% (the tanh forest);
the N(0, 3) forest's 75%. Gradient norms at most 8.8 (the NRU); the blown-up NRU's 1e16 to Inf;
first-layer norms at least 0.02, the vanishing run's first trunk norms 2.9e-18 to 1.4e-17. The step
loss's position explains at most 19.5% of its within-epoch variance in the healthy runner runs;
the unshuffled run 100%. The step-loss swing (standard deviation of its step-to-step change over
its mean, second half) is 0.07 to 1.51 in the healthy runner runs, only 0.42 in the batch-1 run, so
``noisy_loss`` is only allowed there and its state (still falling) is ``not_converged``. Healthy
scores (validation): gauges 0.8179-0.9179, runes 0.9187-0.9417, wobbles 0.8438-0.925, outputs R2
0.7139 and 0.7785.

Changes after the first round (each changed case trained once more at seed 0, diagnosis off): the
first forest (leaf logits drawn from N(0, 0.01), split logits unscaled) reached only 0.53 on the
gauges against a baseline of 0.6571, so the leaf logits start at N(0, 1) and the split logits are
scaled by a sharpness of 4; the first CNN (average pools) reached 0.64 on the runes, so it pools by
the max. The divergence under plain SGD at LR 0.01 only fell (the forest's output is bounded by its
leaves), so it is now LR 1000 (Inf at step 7). The trunk of 6 ReLU layers at N(0, 1) did not
explode (the splits saturated, gradients 0, and with a split sharpness of 0.001 the norms stay at
0.03 to 0.26): it is kept, renamed, as a stuck run (``not_training``, ``update_ratio_low``). The
slow start with a trunk of 3 at N(0, 0.15) learnt from epoch 2 (accuracy 0.46): now a trunk of 4
at N(0, 0.1) and 20 epochs, flat for 13. The NRU under Adagrad at LR 2 blew up (loss 9.5e20):
labelled ``divergence`` and ``exploding_gradients`` besides ``update_ratio_high``, verdict failed.
Healthy runs: the forest under RMSprop (LR 3e-3, 0.7643) now LR 0.01 (0.9071), under Adagrad (LR
0.05, 0.75) now LR 0.2 (0.8321), the GELU forest on the outputs (LR 4e-3, R2 0.5794) now LR 8e-3
(0.7785); the NRU under Adam (cosine, LR 0.01, 25 epochs, 8% above its epoch-18 minimum; LR 3e-3
and 20 epochs reached only 0.8187) now exponential at LR 0.01 for 21 epochs (0.8875, lowest at the
end); the NRU under AdamW cut from 25 to 21 epochs and the CNN under AdamW with a step schedule
from 12 to 5 (each at its minimum, retrained); the NRU under RMSprop (LR 4e-3, 25 epochs, 12% above
its epoch-17 minimum) now LR 2e-3 and 20 epochs. Scripts with a constant LR that ended above their
minimum were cut at it, from the same seeded trajectory but not retrained: Lightning's digits 10
to 8 epochs and moons 15 to 14, the loop's sine 16 to 14 and breast cancer 10 to 6.

Not met: the NRU under RMSprop still ends 1.8% above its epoch-17 minimum and the NRU under
momentum 0.9 7.4% above its epoch-19 minimum (0.2469 against 0.2299); the CNNs under Adam, RMSprop
and Adagrad (cosine) end 0.9%, 1.8% and 0.9% above their minima at epochs 8, 7 and 9; the forest
under Adam on the gauges (0.8179) is exactly 0.1 below the best (0.9179). No ``exploding_gradients``
case of the plan was made real in the forest; the blown-up NRU carries that code instead. The
four cut scripts were not retrained after the cut. The changed cases were checked in stores
beside the first, and the measured ranges above mix the rounds.

Labels from the metrics: the test predictions fall in one class in the shifted forest (100%), the
RMSprop-killed forest (100%), the vanishing run (100%), the stuck CNN (100%) and the stuck NRU
(98.1%), so ``predictions_collapsed`` is expected there, allowed in the stuck forest (62.5%); the
shifted, killed, vanishing and saturated forests, the unshuffled run, the stuck CNN and NRU and the
blown-up NRU score within 0.05 of the majority share (``at_chance`` expected); the stuck forest
scores 0.079 below it (allowed). Keras' 16 digits and every overfit runner case end 1.15 to 3.08
times their early validation minima. The loop's stuck digits score 0.0752 (within 0.05 of 0.1,
expected), HF's stuck iris 0.5333 (allowed).

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


def wobbles(n: int = 800, steps: int = 12, noise: float = 0.5, height: float = 1.6,
            seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` noisy series of ``steps`` steps in 2 readings; each
    reading holds a 3-step wobble (``+h, -h, +h`` times a random sign, so a reading's sum does
    not tell) at a random time or none; the class is which readings wobble (4 classes: none, the
    second, the first, both). Given flattened, time-major (``steps * 2`` columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, steps, 2))
    shape = np.array([1.0, -1.0, 1.0])
    for i, label in enumerate(y):
        for r, on in enumerate((label // 2, label % 2)):
            if on:
                t = int(rng.integers(0, steps - 2))
                x[i, t:t + 3, r] += height * rng.choice((-1.0, 1.0)) * shape
    return x.reshape(n, steps * 2).astype(np.float32), y


_CUP = np.array([[1, 0, 1], [1, 0, 1], [1, 1, 1]], dtype=float)
_ZED = np.array([[1, 1, 0], [0, 1, 0], [0, 1, 1]], dtype=float)
_VEE = np.array([[1, 0, 1], [1, 0, 1], [0, 1, 0]], dtype=float)
_HOOK = np.array([[0, 0, 1], [0, 0, 1], [1, 1, 1]], dtype=float)


def runes(n: int = 2400, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x10x10 images of one 3x3 rune each at a random
    place (4 classes: a cup, a zed, a vee, a hook), in Gaussian noise of ``noise``; a share
    ``flip`` of the labels is drawn at random."""
    return glyph_images((_CUP, _ZED, _VEE, _HOOK), n, 10, noise, flip, seed)


def gauges(n: int = 1400, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is whether readings 0
    and 1 share a sign times 2 plus whether ``x2 - 0.6 x3`` exceeds 0.2; readings 4 to 7 are
    noise; a share ``flip`` of labels drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = 2 * (x[:, 0] * x[:, 1] > 0).astype(int) + (x[:, 2] - 0.6 * x[:, 3] > 0.2)
    y = y.astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def outputs(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
            seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a sine of one, a
    product of two more, a step on the size of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (1.3 * np.sin(2.0 * x[:, 0]) + x[:, 1] * x[:, 2] + 1.2 * (np.abs(x[:, 3]) > 0.8)
         + 0.7 * x[:, 4] + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models

_ACTS: dict[str, Any] = {"relu": nn.ReLU, "tanh": nn.Tanh, "sigmoid": nn.Sigmoid,
                         "gelu": nn.GELU}


class NeuralForest(nn.Module):
    """A neural decision forest: ``trunk`` hidden layers of ``width`` (linear and
    ``activation``), then a learnt linear feature layer of ``width`` with ``activation``
    (pre-activations shifted by ``shift``); each of ``trees`` soft decision trees of ``depth``
    levels reads the features through its own linear split layer, whose sigmoid decisions (of the
    split logits times ``sharpness``) route a sample left or right at every inner node; each leaf
    holds a learnt class distribution (a softmax of learnt logits drawn from N(0, 1); a learnt
    value for regression); the trees' predictions, weighted
    by the routing probabilities, are averaged (classification returns their log)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 trees: int = 4, depth: int = 3, activation: str = "relu", trunk: int = 0,
                 shift: float = 0.0, sharpness: float = 4.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        layers: list[nn.Module] = []
        for _ in range(trunk):
            layers += [nn.Linear(n_in, width), _ACTS[activation]()]
            n_in = width
        self.trunk = nn.Sequential(*layers)
        self.sharpness = sharpness
        self.features = nn.Linear(n_in, width)
        self.act = _ACTS[activation]()
        self.shift = shift
        self.depth = depth
        self.splits = nn.ModuleList(nn.Linear(width, 2 ** depth - 1) for _ in range(trees))
        self.leaves = nn.Parameter(torch.randn(trees, 2 ** depth, n_outputs))
        self.regression = n_outputs == 1

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.act(self.features(self.trunk(x.flatten(1))) + self.shift)
        preds = []
        for t, split in enumerate(self.splits):
            d = torch.sigmoid(self.sharpness * split(h))
            mu = h.new_ones(h.shape[0], 1)
            for level in range(self.depth):
                nodes = d[:, 2 ** level - 1:2 ** (level + 1) - 1]
                mu = torch.stack((mu * nodes, mu * (1.0 - nodes)), dim=2).flatten(1)
            leaf = self.leaves[t] if self.regression else torch.softmax(self.leaves[t], dim=1)
            preds.append(mu @ leaf)
        mean = torch.stack(preds).mean(dim=0)
        return mean if self.regression else mean.clamp_min(1e-12).log()


class HarmonicBlock(nn.Module):
    """A harmonic dense block (HarDNet): layer ``k`` (from 1) is a 3x3 convolution of
    ``growth`` channels and a ReLU over the outputs of the layers ``k - 2^j`` for every ``2^j``
    dividing ``k`` (layer 0 is the block's input), concatenated; the block gives the odd layers
    and the last one, concatenated."""

    def __init__(self, c_in: int, growth: int, layers: int) -> None:
        super().__init__()
        self.links: list[list[int]] = []
        widths = [c_in]
        convs = []
        for k in range(1, layers + 1):
            links = [k - 2 ** j for j in range(k.bit_length())
                     if k % 2 ** j == 0 and k - 2 ** j >= 0]
            self.links.append(links)
            convs.append(nn.Sequential(nn.Conv2d(sum(widths[i] for i in links), growth, 3,
                                                 padding=1), nn.ReLU()))
            widths.append(growth)
        self.convs = nn.ModuleList(convs)
        self.out = [k for k in range(1, layers + 1) if k % 2 == 1 or k == layers]
        self.c_out = growth * len(self.out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        outs = [x]
        for links, conv in zip(self.links, self.convs, strict=True):
            outs.append(conv(torch.cat([outs[i] for i in links], dim=1)))
        return torch.cat([outs[k] for k in self.out], dim=1)


class HarDNetCNN(nn.Module):
    """A HarDNet-style CNN: a 3x3 stem convolution to ``stem`` channels (ReLU), a harmonic
    dense block of ``layers`` layers growing ``growth`` channels each, a 2x2 pool, a second
    block, a global pool and a linear head (max pools, or average pools with ``pool="avg"``)."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, stem: int = 8,
                 growth: int = 8, layers: int = 4, pool: str = "max") -> None:
        super().__init__()
        self.max = pool == "max"
        self.stem = nn.Sequential(nn.Conv2d(input_shape[0], stem, 3, padding=1), nn.ReLU())
        self.block1 = HarmonicBlock(stem, growth, layers)
        self.pool = nn.MaxPool2d(2) if self.max else nn.AvgPool2d(2)
        self.block2 = HarmonicBlock(self.block1.c_out, growth, layers)
        self.head = nn.Linear(self.block2.c_out, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.block2(self.pool(self.block1(self.stem(x))))
        return self.head(h.amax(dim=(2, 3)) if self.max else h.mean(dim=(2, 3)))


class NRU(nn.Module):
    """A hand-written non-saturating recurrent unit: at each step the ReLU state reads the
    input, the last state and a memory vector of ``memory`` cells; a write head and an erase
    head (each a unit-norm direction and a learnt strength, read from the input and the new
    state; the erase strength through a ReLU) add to and take from the memory; stepped by hand
    over the flattened sequence of ``features`` readings a step; the mean of the states over
    time goes to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16, memory: int = 16) -> None:
        super().__init__()
        self.features, self.hidden, self.memory = features, hidden, memory
        self.steps = int(np.prod(input_shape)) // features
        self.cell = nn.Linear(features + hidden + memory, hidden)
        self.state = nn.ReLU()
        self.write_dir = nn.Linear(features + hidden, memory)
        self.erase_dir = nn.Linear(features + hidden, memory)
        self.strengths = nn.Linear(features + hidden, 2)
        self.head = nn.Linear(hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        h = seq.new_zeros(x.shape[0], self.hidden)
        m = seq.new_zeros(x.shape[0], self.memory)
        total = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            xt = seq[:, t]
            h = self.state(self.cell(torch.cat((xt, h, m), dim=1)))
            z = torch.cat((xt, h), dim=1)
            alpha, beta = self.strengths(z).unbind(dim=1)
            w = nn.functional.normalize(self.write_dir(z), dim=1)
            e = nn.functional.normalize(self.erase_dir(z), dim=1)
            m = m + alpha[:, None] * w - torch.relu(beta)[:, None] * e
            total = total + h
        return self.head(total / self.steps)


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout341"
WB = _factory(f"{HERE}:wobbles", seed=3410)
RN = _factory(f"{HERE}:runes", seed=3411)
GA = _factory(f"{HERE}:gauges", seed=3412)
OU = _factory(f"{HERE}:outputs", seed=3413)
OU_RAW = _factory(f"{HERE}:outputs", scale=250.0, shift=5000.0, seed=3414)


def _ndf(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NeuralForest", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:HarDNetCNN", "args": args}


def _nru(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:NRU", "args": args}


def _m85(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.85 and dampening 0.1."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.85, "dampening": 0.1}, **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta with rho 0.9 and eps 1e-5."""
    kw.setdefault("lr", 1.0)
    return _s(data, optim="adadelta", optim_args={"rho": 0.9, "eps": 1e-5}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with betas (0.9, 0.98) and weight decay 0.02."""
    return _s(data, optim="adamw", optim_args={"betas": (0.9, 0.98), "weight_decay": 0.02},
              **kw)


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
    Case("h341_divergence_outputs_raw_forest_sgd", "the outputs regression times 250 plus 5000 "
         "(targets unscaled), the neural forest of 20, plain SGD at LR 1000, batch 24",
         {"data": OU_RAW, "model": _ndf(width=20),
          "optim": {"name": "sgd", "lr": 1000.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.6e7 at the first step, 1.4e11 at the second "
                      f"and Inf at the seventh; first-step update ratios 5e5 to 3.4e6, the "
                      f"features' gradient norm 1319 at the first step"), verdict="failed"),
    Case("h341_stuck_gauges_forest_trunk6_std1_lr1e10", "the neural forest with a trunk of 6 ReLU "
         "layers of 24 and N(0, 1) init on the gauges (split sharpness 0.001, so the splits "
         "stay soft), SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": GA, "model": {**_ndf(width=24, trunk=6, sharpness=0.001), "init": "normal",
                                "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "at_chance", "predictions_collapsed", "noisy_loss",
                "unshuffled_data", "slow_start", "not_converged"),
         why_allowed=("meant to explode, it does not: the soft splits keep the gradient norms "
                      "at 0.03 to 0.26 (healthy up to 8.8), so it is labelled as what it is, a "
                      "stuck run: update ratios logged 0 at every step (healthy at least 1e-5); "
                      "the validation loss 1.424 at every epoch; accuracy 0.2107, 0.079 below "
                      "the majority share 0.2893; 62.5% of the test predictions in one class; "
                      "the step loss's position explains 46% of its within-epoch variance, the "
                      "same weights meeting different batches"), verdict=TP),
    Case("h341_dead_relu_gauges_forest_shift10", "the neural forest of 32 on the gauges with its "
         "feature layer's ReLU pre-activations shifted by -10, so no unit fires, Adam at LR "
         "2e-3, batch 25, 4 epochs",
         {"data": GA, "model": _ndf(width=32, shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("vanishing_gradients", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=("every feature unit logged dead at every epoch (healthy runs at most "
                      "75%, in one CNN layer; the healthy forests 0%), so no gradient reaches "
                      "the feature or split layers (norms 0; "
                      "only the leaves learn the class shares): the validation loss 1.395 to "
                      "1.377 (near ln 4); accuracy 0.2857 against a majority share of 0.2893, "
                      "every test prediction in one class"), verdict=TP),
    Case("h341_dead_relu_gauges_forest_trunk2_rmsprop_lr01", "the neural forest with a trunk "
         "of 2 ReLU layers of 32 on the gauges, plain RMSprop at LR 0.1, batch 28, 3 epochs",
         {"data": GA, "model": _ndf(width=32, trunk=2),
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "divergence"),
         why_allowed=("the step loss 2.575 at step 2, then back near ln 4, so the blow-up "
                      "passed; first-step update ratios 4.9 to 8.8, then 0 (every gradient "
                      "after the first quarter 0); 53% of the feature units and 28% of the "
                      "second trunk layer's logged dead (healthy at most 75%, in one CNN "
                      "layer; the healthy forests 0%); the validation "
                      "loss 1.382 to 1.376 (ln 4); accuracy 0.2893 at the majority share, "
                      "every test prediction in one class"), verdict=TP),
    Case("h341_update_ratio_high_wobbles_nru_adagrad_lr2", "the NRU of 16 on the wobbles, "
         "Adagrad at LR 2, batch 26, 8 epochs",
         {"data": WB, "model": _nru(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "exploding_gradients", "update_ratio_high", "at_chance"),
         allow=("nan_loss", "noisy_loss", "underfitting", "not_converged", "dead_relu",
                "not_training", "unshuffled_data", "vanishing_gradients",
                "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the step loss 1.39 at the first step, 9.5e20 at the fourth, "
                      f"still 2.5e15 at the end; gradient norms Inf at step 3, 1e16 to 3.6e18 "
                      f"after (healthy at most 8.8); first-step update ratios 12 to 20, "
                      f"first-quarter means 0.40 to 0.59 (healthy quarter means at most "
                      f"0.068); accuracy 0.2562 against a majority share of 0.275; 52.5% of "
                      f"the test predictions in one class"), verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h341_update_ratio_low_runes_hardnet_sgd_lr1e9", "the HarDNet CNN on the runes, plain "
         "SGD at LR 1e-9, batch 30, 4 epochs",
         {"data": RN, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.396 at every epoch; update ratios logged 0 (below "
                      "float precision; healthy quarter means at least 1.2e-4); accuracy "
                      "0.2562 against a majority share of 0.2562, every test prediction in one "
                      "class"), verdict=TP),
    Case("h341_update_ratio_low_wobbles_nru_rmsprop_lr1e10", "the NRU of 16 on the wobbles, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WB, "model": _nru(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 1.399 at every epoch; update ratios at most 5.8e-9 "
                      "(the head's logged 0 after its second step); accuracy 0.2313, 0.044 "
                      "below the majority share 0.275; 98.1% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h341_vanishing_gauges_forest_trunk12_sigmoid_std005", "the neural forest with a trunk "
         "of 12 sigmoid layers of 16 and N(0, 0.05) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.05, batch 32, 4 epochs",
         {"data": GA, "model": {**_ndf(width=16, trunk=12, activation="sigmoid"),
                                "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first trunk layer's gradients 2.9e-18 to 1.4e-17 (its update "
                      "ratios logged 0; healthy first norms at least 0.02); the validation "
                      "loss 1.381 to 1.376 (near ln 4); accuracy 0.2857 against a majority "
                      "share of 0.2893, every test prediction in one class"), verdict=TP),
    Case("h341_saturated_gauges_forest_tanh_std3_rmsprop", "the neural forest of 32 with tanh "
         "features and N(0, 3) init on the gauges (every pre-activation far past the tanh's "
         "knees), plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": GA, "model": {**_ndf(width=32, activation="tanh"), "init": "normal",
                                "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("75% of the tanh features saturated at every epoch (healthy at most "
                      "7.5%); update ratios 1.5e-6 to 3.3e-4, quarter means down to 3.6e-5, a "
                      "side effect of the LR; the validation loss 1.448 to 1.445 (above ln 4); "
                      "accuracy 0.2929 against a majority share of 0.2893; 45.7% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h341_slow_start_gauges_forest_trunk4_std01_momentum9", "the neural forest with a "
         "trunk of 4 ReLU layers of 32 and N(0, 0.1) init on the gauges, SGD with momentum 0.9 "
         "at LR 0.02, batch 32, 20 epochs",
         {"data": GA, "model": {**_ndf(width=32, trunk=4), "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.02, **MOM9},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients",
                "overfitting", "dead_relu", "not_converged", "at_chance"),
         why_allowed=("the validation loss 1.386 to 1.351 over the first 13 of 20 epochs "
                      "(accuracy 0.2857 to 0.3036, the majority share), then 0.9109 at epoch 19 "
                      "and 0.9125 at the end (0.2% above); first gradient norms 0.0019 to "
                      "0.0023 and update ratios from 1.4e-5 (the healthy forests' first norms "
                      "0.09 and up); accuracy 0.4929, far below the baseline 0.6571 and the "
                      "healthy 0.8179 and up; 16% to 25% of the feature and last trunk units "
                      "dead (the healthy forests 0%)"), verdict=TP),
    Case("h341_unshuffled_gauges_forest_rmsprop", "the gauges sorted by label, never shuffled, "
         "the neural forest of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**GA, "order": "by_label", "shuffle": False},
          "model": _ndf(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance over the second half (healthy runner runs at most 19.5%); the "
                      "validation loss 1.412 to 1.396, barely falling; accuracy 0.2786 against "
                      "a majority share of 0.2893; 52% of the test predictions in one class"),
         verdict=TP),
    Case("h341_mse_softmax_wobbles_nru_adam", "the wobbles trained with square error on the "
         "softmax, the NRU of 16, Adam at LR 5e-3, batch 25, 10 epochs",
         {"data": WB, "model": _nru(hidden=16),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 25}},
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax; accuracy 0.8625 (test 0.8688, healthy "
                      "0.8438 and up); the validation loss 2.4% above its epoch-9 minimum, still "
                      "falling until then"), verdict=TP),
    Case("h341_noisy_gauges_forest_b1_adam", "the gauges one row at a time (batch 1), the "
         "neural forest of 32, Adam at LR 1e-3, 2 epochs",
         {"data": GA, "model": _ndf(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("noisy_loss", "divergence", "unshuffled_data", "update_ratio_high",
                "overfitting", "generalisation_gap", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 0.42 times its mean over the second half (healthy "
                      "runner runs 0.07 to 1.51), so noise is no clear finding; the validation "
                      "loss 1.015 then 0.879, lowest at the end (falling 13% in the last "
                      "epoch); accuracy 0.6571, at the baseline 0.6571 (healthy 0.8179 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h341_overfit_gauges_subset40_forest_adamw", "40 rows of the gauges, the neural forest "
         "of 160, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**GA, "subset": 40}, "model": _ndf(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("40 rows teach less: accuracy 0.4679 (training 1.0; the healthy runs "
                      "0.8179 and up); the validation loss lowest early (1.123, first-quarter mean "
                      "1.148), 1.19 times it at the end (1.331)"), verdict=GP),
    Case("h341_gap_runes_subset30_hardnet_adam", "30 images of the runes, the HarDNet CNN "
         "growing 12 channels a layer, Adam at LR 3e-3, 100 epochs, batch 3",
         {"data": {**RN, "subset": 30}, "model": _cnn(stem=12, growth=12),
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.3312 (training 1.0; the healthy CNNs "
                      "0.9187 and up); the validation loss lowest early (1.328), 2.5 times it "
                      "at the "
                      "end (3.339); the gradients end near 1e-5 as the training loss reaches "
                      "2e-6"), verdict=GP),
    Case("h341_underfit_wobbles_nru_two_units_adam", "the wobbles through an NRU of 2 hidden "
         "units and 2 memory cells, Adam at LR 5e-3, batch 25, 15 epochs",
         {"data": WB, "model": _nru(hidden=2, memory=2),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_high", "vanishing_gradients"),
         why_allowed=("two units and two cells cannot tell four classes: accuracy 0.4875 "
                      "(training 0.4771), below the baseline 0.5563; the validation loss 10% "
                      "above its epoch-12 minimum (1.084)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h341_lightning_digits_momentum85_lr1e20_nan", "Lightning: digits, SGD with momentum "
         "0.85 (dampening 0.1) at LR 1e20, 2690 units, batch 24, 3 epochs",
         script=lightning_run(_m85("digits", hidden=(2690,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.1003, the "
                      f"majority share"), verdict="failed"),
    Case("h341_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (betas 0.9 and 0.98, weight decay 0.02) at LR 1e-10, 2691 units, batch "
         "20, 3 epochs",
         script=lightning_run(_aw("circles", hidden=(2691,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.751 at every epoch; accuracy 0.4688 at its initial "
                      "weights, within 0.05 of the majority share"), verdict=TP),
    Case("h341_hf_trainer_wine_momentum85_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.85 (dampening 0.1) at LR 1e20 (decaying linearly), 2692 units, batch "
         "9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_m85("wine", hidden=(2692,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, below the majority "
                      f"share"), verdict="failed"),
    Case("h341_hf_trainer_iris_adadelta_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adadelta (rho 0.9, eps 1e-5) at LR 1e-10 (decaying linearly), 2693 units, batch 8, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ad("iris", hidden=(2693,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.09 at every evaluation; accuracy 0.5333 at its "
                      "initial weights, 0.2 above 1/3"), verdict=TP),
    Case("h341_keras_moons_adamw_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "AdamW (betas 0.9 and 0.98, weight decay 0.02) at LR 1e20, 2694 units, batch 20, 3 "
         "epochs",
         script=keras_run(_aw("moons", hidden=(2694,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h341_keras_digits_subset16_adadelta_gap", "Keras names: 16 rows of digits, 2695 "
         "units, Adadelta (rho 0.9, eps 1e-5) at LR 1.0, 120 epochs, batch 2",
         script=keras_run(_ad("digits", hidden=(2695,), epochs=120, batch_size=2, subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5376, training 1.0); the "
                      "validation loss lowest early (2.662), 1.15 times it at the end (3.049)"),
         verdict=GP),
    Case("h341_tensorboard_breast_cancer_momentum85_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, SGD with momentum 0.85 (dampening 0.1) at LR 1e20, 2696 units, batch 19, 3 "
         "epochs",
         script=tensorboard_run(_m85("breast_cancer", hidden=(2696,), lr=1e20, epochs=3,
                                     batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after its first step; accuracy 0.3684, far "
                      f"below 0.63"), verdict="failed"),
    Case("h341_tensorboard_circles_subset8_adamw_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 2697 units, AdamW (betas 0.9 and 0.98, weight decay 0.02) "
         "at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_aw("circles", hidden=(2697,), lr=3e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, training 1.0); the "
                      "validation loss lowest early (1.746), 3.08 times it at the end (5.372)"),
         verdict=GP),
    Case("h341_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adadelta (rho 0.9, eps 1e-5) at LR 1.0, 2698 units, batch "
         "20, a corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(2698,), epochs=3, batch_size=20, n=640,
                              noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (the "
                      "step loss also jumps from 0.60 to 34 at step 2 and up to 85 before it "
                      "settles back to 7.8)"),
         verdict="failed", expect_step=15),
    Case("h341_plain_digits_momentum85_lr1e10_stuck", "hand-written loop: digits, SGD with "
         "momentum 0.85 (dampening 0.1) at LR 1e-10, 2699 units, batch 25, 4 epochs",
         script=plain_run(_m85("digits", hidden=(2699,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the validation loss 2.362 at every epoch; accuracy 0.0752 at its initial "
                      "weights, 0.025 below the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy341_gauges_forest_adam_cosine",
       {"data": GA, "model": _ndf(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy341_gauges_forest_gelu_adamw_step",
       {"data": GA, "model": _ndf(width=28, activation="gelu"),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 5, "gamma": 0.4},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy341_gauges_forest_rmsprop_exponential",
       {"data": GA, "model": _ndf(width=30),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy341_gauges_forest_tanh_momentum9_cosine",
       {"data": GA, "model": _ndf(width=32, activation="tanh"),
        "optim": {"name": "sgd", "lr": 0.1, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy341_gauges_forest_adagrad_inverse_time",
       {"data": GA, "model": _ndf(width=24),
        "optim": {"name": "adagrad", "lr": 0.2, "schedule": "inverse_time"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy341_outputs_forest_adam_cosine",
       {"data": OU, "model": _ndf(width=32),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy341_outputs_forest_gelu_adamw_cosine",
       {"data": OU, "model": _ndf(width=32, activation="gelu"),
        "optim": {"name": "adamw", "lr": 8e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy341_runes_hardnet_adam_cosine",
       {"data": RN, "model": _cnn(),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy341_runes_hardnet_adamw_step",
       {"data": RN, "model": _cnn(growth=10),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "step", "step_size": 4, "gamma": 0.4},
        "train": {"epochs": 5, "batch_size": 28}}),
    _h("healthy341_runes_hardnet_rmsprop_cosine",
       {"data": RN, "model": _cnn(),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy341_runes_hardnet_adagrad_cosine",
       {"data": RN, "model": _cnn(),
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy341_wobbles_nru_adam_exponential",
       {"data": WB, "model": _nru(hidden=24),
        "optim": {"name": "adam", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 21, "batch_size": 25}}),
    _h("healthy341_wobbles_nru_adamw_exponential",
       {"data": WB, "model": _nru(hidden=20),
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "exponential", "gamma": 0.92},
        "train": {"epochs": 21, "batch_size": 24}}),
    _h("healthy341_wobbles_nru_rmsprop_cosine",
       {"data": WB, "model": _nru(hidden=24),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy341_wobbles_nru_momentum9_cosine",
       {"data": WB, "model": _nru(hidden=24),
        "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _hs("healthy341_lightning_digits_adamw",
        lightning_run(_aw("digits", hidden=(2690,), lr=1e-3, epochs=8, batch_size=24)),
        "lightning"),
    _hs("healthy341_lightning_wine_momentum85",
        lightning_run(_m85("wine", hidden=(2691,), lr=1e-3, epochs=14, batch_size=10)),
        "lightning"),
    _hs("healthy341_lightning_moons_adadelta",
        lightning_run(_ad("moons", hidden=(2692,), lr=0.1, epochs=14, batch_size=20, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy341_hf_trainer_breast_cancer_adamw",
        hf_trainer_run(_aw("breast_cancer", hidden=(2693,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy341_hf_trainer_iris_momentum85",
        hf_trainer_run(_m85("iris", hidden=(2694,), lr=3e-3, epochs=14, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy341_keras_circles_adamw",
        keras_run(_aw("circles", hidden=(2695,), lr=5e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy341_keras_wine_adadelta",
        keras_run(_ad("wine", hidden=(2696,), lr=0.1, epochs=11, batch_size=10)), "keras"),
    _hs("healthy341_keras_breast_cancer_momentum85",
        keras_run(_m85("breast_cancer", hidden=(2697,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy341_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(2698,), lr=1e-3, epochs=16, batch_size=10)),
        "tensorboard"),
    _hs("healthy341_tensorboard_digits_momentum85",
        tensorboard_run(_m85("digits", hidden=(2699,), lr=2e-3, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy341_tensorboard_moons_adadelta",
        tensorboard_run(_ad("moons", hidden=(2690,), lr=0.1, epochs=14, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy341_plain_sine_adadelta",
        plain_run(_ad("sine", hidden=(2691,), lr=0.05, epochs=14, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy341_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(2692,), lr=5e-4, epochs=6, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
