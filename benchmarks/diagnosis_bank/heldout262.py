"""The two-hundred-and-sixty-second held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout260`, :mod:`.heldout261` and :mod:`.heldout263` (not
looked at), after the measurement of :mod:`.heldout256` to :mod:`.heldout259`, by someone who saw
no diagnosis of its runs. Built as :mod:`.heldout196` to :mod:`.heldout199` were: every runner case
trains a model of this module through ``model.factory``: :class:`TwoSlopeMLP` (linear layers, each
followed by :class:`TwoSlope`, a learnt per-unit slope on each side of zero, the negative one held
in [0, 1]; a ``PReLU`` subclass, so its dead units are counted), :class:`SmoothCNN` (softplus and
average pooling, no normalisation) and :class:`LeakyRNN` (a fast and a slow leaky tanh state, leak
rates 0.5 and 0.9, concatenated into a linear head). Data (own ``data.factory`` functions, seeds
2620 to 2624): :func:`waves` (1000 sequences of 16 steps in 2 readings, the class the calm/rough
pattern of the two readings), :func:`lines` (4000 12x12 images of a line in 4 orientations, noise
0.9, 2% random labels), :func:`ledger` (4-class table of 8 readings, 1200 rows) and :func:`yields`
(a regression of 8 readings; times 300 plus 6000 for the divergence). Script cases use NAdam with
betas (0.85, 0.99), Adamax with weight decay 1e-4 and centred RMSprop with alpha 0.95, hidden
widths 1890 to 1899.

Each case was trained at seed 0 only to check its fault from its own metrics (runner cases with
``diagnose.enabled`` false, scripts called directly): no diagnosis was made. Label policy as in
:mod:`.heldout107`. Baselines (validation): accuracy 0.6583 (ledger), 0.4838 (lines), 0.28
(waves); R2 0.6354 (yields). Majority shares (test): 0.275 (ledger), 0.2662 (lines), 0.265
(waves).

Measured healthy ranges (runner, final store): update-ratio quarter means 9.4e-5 to 0.0778,
single steps at most 0.365; dead fraction at most 9.4% (first epoch only); saturated at most 0.38
(the waves RNN under momentum); gradient norms 7.2e-4 to 7.5; step-loss swing at most 1.58 (the
waves RNN under momentum) in runner runs and 1.25 in the scripts read (Lightning's wine);
position share of the step loss at most 0.21. Healthy scores (validation): ledger up to 0.8583,
yields R2 0.9061 and 0.9164, lines up to 0.7525, waves 0.93 to 0.955. These ranges come from
the first stores; the eight cases changed in the second fix (below) were trained again into two
fresh stores (three and five cases), which gave the same numbers, and only their losses and
accuracies were read.

Changes after the first run: the first sequences (sines of two speeds) were not learnt at all by
the leaky RNN (0.22 to 0.25), so :func:`waves` became the calm/rough readings; the first lines
(noise 0.5, 8 pixels) gave the CNNs 0.49 to 0.58 against a baseline of 0.72, so the lines became
brighter and longer in noise 0.9 and the CNNs took LR 5e-3 for 12 epochs; in the final store the
CNN under Nesterov momentum never left ln 4, so it was replaced by Adam at batch 20
(``healthy262_lines_cnn_adam_b20``), the CNN under RMSprop (0.55) took LR 3e-3 for 14 epochs, the
ledger MLP under AdamW (lowest at epoch 11) LR 4e-3 and under RMSprop (1.7% above its epoch-8
minimum) LR 2e-3 with gamma 0.8; these four were trained again into a second store after the
others.

Changes in the second fix (each checked from its metrics at seed 0, diagnosis off): the waves
RNNs under Adam, AdamW and RMSprop reached only 0.48 to 0.68 where momentum reached 0.955, so
Adam took LR 0.02 (was 6e-3): validation accuracy 0.93 (test 0.94), the validation loss lowest at
epoch 18 of 20 (0.1596) and 0.5% above it at the end; AdamW took 16 units a state (was 12) and LR
0.02: 0.935 (test 0.95), the validation loss lowest at the end; RMSprop took LR 0.01 (was 3e-3):
0.93 (test 0.95), the validation loss lowest at the end (0.185). The ledger MLP under RMSprop
(0.7333) took a cosine schedule for 20 epochs (was exponential, gamma 0.8, 15 epochs) at LR 2e-3:
0.8417 (test 0.8875), the validation loss lowest at epoch 14 (0.5426) and 0.4% above it at the
end. Keras' breast cancer (0.7% above its minimum) took LR 1e-3 for 10 epochs (was 2e-3 for 12):
validation accuracy 0.9649, the validation loss falling to the end (0.0926); the loop's breast
cancer (1.3% above) LR 3e-4 for 10 epochs (was 5e-4 for 12): 0.9561, lowest at the end (0.0957);
TensorBoard's digits (2.7% above) LR 5e-4 (was 1e-3): 0.9805, lowest at the end (0.0778).

The lines CNN under RMSprop (0.6012; LR 1e-3 gave 0.45, LR 5e-3 with 10 and 16
channels 0.5988, both still learning) took 12 and 16 channels, a dense layer of 28, batch 20 and
24 epochs at LR 3e-3: 0.7525 (test 0.7538), the validation loss lowest at the end (0.7257).

Not met: the part was not trained again as a whole into one fresh store: the eight changed
cases come from two fresh stores, the other cases from the first two stores; their update-ratio,
gradient, saturation and swing ranges were not read again. Fault texts that quote the old
healthy numbers (waves 0.48 and up, lines CNNs 0.6012 and up, ledger 0.7333 and up) were left
as written; they stay true as lower bounds.

Labels from the metrics: the two CNN cases meant as a slow start and as not converged never left
ln 4 and were relabelled as stuck (``not_training``, ``at_chance``, ``predictions_collapsed``);
the slow start is expected instead where the square-error RNN sat at its start for 5 epochs; the
dead-unit MLP learns late through its negative slopes, so ``not_converged`` is expected beside
``dead_relu`` and ``underfitting`` allowed; Lightning's stuck circles (0.6016) and Trainer's stuck
iris (0.4333) sit 0.1 above chance, so ``at_chance`` is only allowed there.

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


def waves(n: int = 1000, steps: int = 16, seed: int = 0) -> tuple[Any, Any]:
    """Sequences (a ``data.factory``): ``n`` pairs of readings over ``steps`` steps, each
    reading a calm (standard deviation 0.6) or a rough (1.6) Gaussian noise about a random
    level (N(0, 0.5)); the class is the roughness pattern of the two readings (4 classes:
    calm-calm, calm-rough, rough-calm, rough-rough). Given flattened, time-major (``steps * 2``
    columns)."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    rough = np.stack([y // 2, y % 2], 1)
    sd = np.where(rough == 1, 1.6, 0.6)
    level = rng.normal(0.0, 0.5, (n, 1, 2))
    x = level + sd[:, None, :] * rng.normal(0.0, 1.0, (n, steps, 2))
    return x.reshape(n, steps * 2).astype(np.float32), y


def lines(n: int = 4000, noise: float = 0.9, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """Images (a ``data.factory``): ``n`` noisy 1x12x12 images of one line each (4 classes: a
    horizontal line at a random row, a vertical line at a random column, a diagonal and an
    anti-diagonal shifted by up to 3 columns), each 10 pixels long from a random start and of
    brightness 1.2, in Gaussian noise of ``noise``; a share ``flip`` of the labels is drawn at
    random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, 12, 12))
    for i, label in enumerate(y):
        p, s = int(rng.integers(1, 11)), int(rng.integers(-3, 4))
        a = int(rng.integers(0, 3))
        idx = np.arange(a, a + 10)
        if label == 0:
            x[i, 0, p, idx] += 1.2
        elif label == 1:
            x[i, 0, idx, p] += 1.2
        elif label == 2:
            x[i, 0, idx, np.clip(idx + s, 0, 11)] += 1.2
        else:
            x[i, 0, idx, np.clip(11 - idx + s, 0, 11)] += 1.2
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def ledger(n: int = 1200, flip: float = 0.03, seed: int = 0) -> tuple[Any, Any]:
    """A tabular 4-class set (a ``data.factory``): 8 readings; the class is the sign of a
    product of readings 0 and 1 plus reading 2, times 2, plus the sign of a score with a
    square term (readings 3 and 4); readings 5 to 7 are noise; a share ``flip`` of labels
    drawn at random."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    s1 = x[:, 0] * x[:, 1] + 0.4 * x[:, 2]
    s2 = 0.7 * x[:, 3] ** 2 - x[:, 4] - 0.7
    y = 2 * (s1 > 0).astype(int) + (s2 > 0).astype(int)
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def yields(n: int = 1200, scale: float = 1.0, shift: float = 0.0,
           seed: int = 0) -> tuple[Any, Any]:
    """A tabular regression (a ``data.factory``): 8 readings, the target a cosine of one, a
    product of two, an absolute value of a fourth and a linear fifth plus noise 0.3, times
    ``scale`` plus ``shift``."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0.0, 1.0, (n, 8))
    y = (2.0 * np.cos(1.3 * x[:, 0]) + x[:, 1] * x[:, 2] + np.abs(x[:, 3]) + 0.8 * x[:, 4]
         + rng.normal(0.0, 0.3, n))
    return x.astype(np.float32), (scale * y + shift).astype(np.float32)


# ----------------------------------------------------------------------------- models


class TwoSlope(nn.PReLU):
    """A learnt two-slope activation: per unit a slope for positive inputs (``pos``, from 1)
    and one for negative inputs (PReLU's ``weight``, from ``neg``, held in [0, 1]), so a unit
    whose input is never positive never outputs a positive value."""

    def __init__(self, width: int, neg: float = 0.1) -> None:
        super().__init__(num_parameters=width, init=neg)
        self.pos = nn.Parameter(torch.ones(width))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.where(x >= 0, self.pos * x, self.weight.clamp(0.0, 1.0) * x)


class TwoSlopeMLP(nn.Module):
    """An MLP for tables: ``depth`` hidden layers of ``width`` units (linear, then the
    :class:`TwoSlope` activation; the pre-activations shifted by ``bias_shift``), a linear
    head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, width: int = 32,
                 depth: int = 2, neg: float = 0.1, bias_shift: float = 0.0) -> None:
        super().__init__()
        n_in = int(np.prod(input_shape))
        self.lins = nn.ModuleList(nn.Linear(n_in if i == 0 else width, width)
                                  for i in range(depth))
        self.acts = nn.ModuleList(TwoSlope(width, neg) for _ in range(depth))
        self.head = nn.Linear(width, n_outputs)
        self.bias_shift = bias_shift

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = x.flatten(1)
        for lin, act in zip(self.lins, self.acts, strict=True):
            h = act(lin(h) + self.bias_shift)
        return self.head(h)


class SmoothCNN(nn.Module):
    """A smooth CNN: two 3x3 convolutions, each followed by softplus and 2x2 average pooling,
    a dense softplus layer and a linear head; no normalisation."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int,
                 channels: tuple[int, int] = (8, 16), dense: int = 32) -> None:
        super().__init__()
        c, h, w = input_shape
        self.conv1 = nn.Conv2d(c, channels[0], 3, padding=1)
        self.act1 = nn.Softplus()
        self.conv2 = nn.Conv2d(channels[0], channels[1], 3, padding=1)
        self.act2 = nn.Softplus()
        self.pool = nn.AvgPool2d(2)
        self.fc = nn.Linear(channels[1] * (h // 4) * (w // 4), dense)
        self.act3 = nn.Softplus()
        self.head = nn.Linear(dense, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.pool(self.act1(self.conv1(x)))
        h = self.pool(self.act2(self.conv2(h)))
        return self.head(self.act3(self.fc(h.flatten(1))))


class LeakyRNN(nn.Module):
    """A hand-written recurrent net with a fast and a slow leaky state of ``hidden`` units
    each: every step both read the input and both states, ``h <- leak * h + (1 - leak) *
    tanh(W x + U [fast, slow])`` with fixed leak rates 0.5 (fast) and 0.9 (slow); it reads
    the flattened sequence of ``features`` readings a step and the two last states,
    concatenated, go to a linear head."""

    def __init__(self, input_shape: tuple[int, ...], n_outputs: int, features: int = 2,
                 hidden: int = 16) -> None:
        super().__init__()
        self.features, self.hidden = features, hidden
        self.steps = int(np.prod(input_shape)) // features
        self.fast_in = nn.Linear(features + 2 * hidden, hidden)
        self.slow_in = nn.Linear(features + 2 * hidden, hidden)
        self.fast_act = nn.Tanh()
        self.slow_act = nn.Tanh()
        self.head = nn.Linear(2 * hidden, n_outputs)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        seq = x.reshape(x.shape[0], self.steps, self.features)
        fast = seq.new_zeros(x.shape[0], self.hidden)
        slow = seq.new_zeros(x.shape[0], self.hidden)
        for t in range(self.steps):
            z = torch.cat([seq[:, t], fast, slow], 1)
            fast, slow = (0.5 * fast + 0.5 * self.fast_act(self.fast_in(z)),
                          0.9 * slow + 0.1 * self.slow_act(self.slow_in(z)))
        return self.head(torch.cat([fast, slow], 1))


# ----------------------------------------------------------------------------- cases

HERE = "benchmarks.diagnosis_bank.heldout262"
WV = _factory(f"{HERE}:waves", seed=2620)
LN = _factory(f"{HERE}:lines", seed=2621)
LG = _factory(f"{HERE}:ledger", seed=2622)
YL = _factory(f"{HERE}:yields", seed=2623)
YL_RAW = _factory(f"{HERE}:yields", scale=300.0, shift=6000.0, seed=2624)


def _mlp(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:TwoSlopeMLP", "args": args}


def _cnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:SmoothCNN", "args": args}


def _rnn(**args: Any) -> dict[str, Any]:
    return {"factory": f"{HERE}:LeakyRNN", "args": args}


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.85, 0.99)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.85, 0.99)}, **kw)


def _ax(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax with weight decay 1e-4."""
    return _s(data, optim="adamax", optim_args={"weight_decay": 1e-4}, **kw)


def _rc(data: str, **kw: Any) -> Setup:
    """A script setup trained with centred RMSprop with smoothing constant (alpha) 0.95."""
    return _s(data, optim="rmsprop", optim_args={"centered": True, "alpha": 0.95}, **kw)


MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}

HEALTHY: tuple[Case, ...] = (
    _h("healthy262_ledger_twoslope_adam",
       {"data": LG, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy262_ledger_twoslope_adamw",
       {"data": LG, "model": _mlp(width=28, neg=0.25),
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy262_ledger_twoslope_rmsprop",
       {"data": LG, "model": _mlp(width=30, depth=3),
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy262_ledger_twoslope_momentum9",
       {"data": LG, "model": _mlp(width=26),
        "optim": {"name": "sgd", "lr": 0.02, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy262_yields_twoslope_adam",
       {"data": YL, "model": _mlp(width=32),
        "optim": {"name": "adam", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy262_yields_twoslope_adagrad",
       {"data": YL, "model": _mlp(width=24, depth=3),
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 27}}),
    _h("healthy262_lines_cnn_adam",
       {"data": LN, "model": _cnn(),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 25}}),
    _h("healthy262_lines_cnn_adamw",
       {"data": LN, "model": _cnn(channels=[10, 16]),
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy262_lines_cnn_rmsprop",
       {"data": LN, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 24, "batch_size": 20}}),
    _h("healthy262_lines_cnn_adam_b20",
       {"data": LN, "model": _cnn(channels=[12, 16], dense=28),
        "optim": {"name": "adam", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 20}}),
    _h("healthy262_waves_rnn_adam",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "adam", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 25}}),
    _h("healthy262_waves_rnn_adamw",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "adamw", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _h("healthy262_waves_rnn_rmsprop",
       {"data": WV, "model": _rnn(hidden=20),
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 30}}),
    _h("healthy262_waves_rnn_momentum9",
       {"data": WV, "model": _rnn(hidden=16),
        "optim": {"name": "sgd", "lr": 0.3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 26}}),
    _h("healthy262_ledger_twoslope_d1_adam_step",
       {"data": LG, "model": _mlp(width=40, depth=1),
        "optim": {"name": "adam", "lr": 5e-3, "schedule": "step", "step_size": 5},
        "train": {"epochs": 15, "batch_size": 32}}),
    _hs("healthy262_lightning_digits_adamax",
        lightning_run(_ax("digits", hidden=(1890,), lr=2e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy262_lightning_wine_nadam",
        lightning_run(_na("wine", hidden=(1891,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy262_hf_trainer_breast_cancer_rmsprop_centred",
        hf_trainer_run(_rc("breast_cancer", hidden=(1892,), lr=2e-4, epochs=10,
                           batch_size=20), logging_steps=3), "transformers"),
    _hs("healthy262_hf_trainer_moons_nadam",
        hf_trainer_run(_na("moons", hidden=(1893,), lr=1e-3, epochs=20, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy262_hf_trainer_iris_adamax",
        hf_trainer_run(_ax("iris", hidden=(1894,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy262_keras_circles_rmsprop_centred",
        keras_run(_rc("circles", hidden=(1895,), lr=3e-4, epochs=15, batch_size=20, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy262_keras_wine_nadam",
        keras_run(_na("wine", hidden=(1896,), lr=5e-4, epochs=15, batch_size=10)), "keras"),
    _hs("healthy262_keras_breast_cancer_adamax",
        keras_run(_ax("breast_cancer", hidden=(1897,), lr=1e-3, epochs=10, batch_size=20)),
        "keras"),
    _hs("healthy262_tensorboard_iris_rmsprop_centred",
        tensorboard_run(_rc("iris", hidden=(1898,), lr=5e-4, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy262_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(1899,), lr=5e-4, epochs=10, batch_size=25)),
        "tensorboard"),
    _hs("healthy262_tensorboard_moons_adamax",
        tensorboard_run(_ax("moons", hidden=(1890,), lr=2e-3, epochs=15, batch_size=19, n=660,
                            noise=0.2)), "tensorboard"),
    _hs("healthy262_plain_moons_rmsprop_centred",
        plain_run(_rc("moons", hidden=(1894,), lr=5e-4, epochs=12, batch_size=30, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy262_plain_breast_cancer_nadam",
        plain_run(_na("breast_cancer", hidden=(1896,), lr=3e-4, epochs=10, batch_size=20)),
        "pytorch"),
)

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h262_divergence_yields_raw_twoslope_sgd", "the yields regression times 300 plus "
         "6000 (targets unscaled), a two-slope MLP of 20, plain SGD at LR 0.01, batch 24",
         {"data": YL_RAW, "model": _mlp(width=20),
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 4.3e7 at the first step and Inf from step 2, where the run "
                      "stops"),
         verdict="failed"),
    Case("h262_exploding_ledger_twoslope_d6_std1", "a 6-layer two-slope MLP of 24 with N(0, 1) "
         "init on the ledger, SGD with momentum 0.5 at LR 1e-10, batch 30",
         {"data": LG, "model": {**_mlp(width=24, depth=6), "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.5},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "at_chance",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1796 at every epoch, far above ln 4 from the first step; "
                      "every gradient norm 436 to 3092 (healthy at most 7.5); quarter-mean update "
                      "ratios up to 7.4e-7, a side effect of the LR; 4.2% of the fifth layer's "
                      "units logged dead; validation accuracy 0.2167, 0.058 below the majority "
                      "share (test 0.2042 against 0.275); 62% of the test predictions in one "
                      "class"), verdict="failed"),
    Case("h262_dead_units_ledger_twoslope_shift10", "a two-slope MLP of 32 (2 layers) whose "
         "pre-activations are shifted by -10, so no unit ever outputs a positive value and the "
         "net is linear through its negative slopes, Adam at LR 2e-3, batch 25, 15 epochs",
         {"data": LG, "model": _mlp(width=32, bias_shift=-10.0),
          "optim": {"name": "adam", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 25}},
         expect=("dead_relu", "not_converged"), allow=("underfitting", "slow_start"),
         why_allowed=("every unit of the first layer logged dead at every epoch and the second "
                      "layer's 100% falling to 72% at the end (healthy at most 9.4%); the net "
                      "sat near ln 4 for 11 epochs (1.398 to 1.366) and learns linearly through "
                      "the negative slopes only late: accuracy 0.5792 (training 0.55), below the "
                      "baseline (0.6583) and the healthy runs, with the epoch loss falling from "
                      "1.259 to 1.182 and the validation loss lowest at the end"), verdict=TP),
    Case("h262_update_ratio_high_waves_rnn_adagrad", "the leaky RNN of 16 on the waves, Adagrad "
         "at LR 2, batch 26, 8 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adagrad", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 26}},
         expect=("update_ratio_high", "saturated_activation", "at_chance",
                 "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.57, single "
                      "steps up to 20; healthy at most 0.078 and 0.37), and 93% to 97% of both "
                      "states' tanh outputs saturate (healthy at most 0.38); the epoch loss falls "
                      "from 11.2 but ends at 2.40, above the first step's 1.36, with gradient "
                      "norms up to 126; validation accuracy 0.24 (test 0.245 against a majority "
                      "share of 0.265), 97.5% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h262_update_ratio_low_lines_cnn_sgd_lr1e9", "the smooth CNN on the lines, plain SGD "
         "at LR 1e-9, batch 30, 4 epochs",
         {"data": LN, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.511 at every epoch; quarter-mean update "
                                         "ratios at most 2.4e-10 (healthy at least 9.4e-5); "
                                         "accuracy 0.2462 against a majority share of 0.2662; "
                                         "every test prediction in one class"), verdict=TP),
    Case("h262_update_ratio_low_waves_rnn_rmsprop_lr1e10", "the leaky RNN of 16 on the waves, "
         "plain RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.395 at every epoch; quarter-mean update "
                                         "ratios at most 1.4e-9 (healthy at least 9.4e-5); "
                                         "accuracy 0.235 (test 0.24 against a majority share of "
                                         "0.265); 99.5% of the test predictions in one class"),
         verdict=TP),
    Case("h262_vanishing_ledger_twoslope_d16_std005", "a 16-layer two-slope MLP of 16 with "
         "N(0, 0.05) init on the ledger, SGD with momentum 0.9 at LR 0.05, batch 32, 4 epochs",
         {"data": LG, "model": {**_mlp(width=16, depth=16), "init": "normal",
                                "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "dead_relu"),
         why_allowed=("the first layers' gradients down to 1.3e-18 (healthy at least 7.2e-4); the "
                      "last layers still move (quarter-mean update ratios up to 1.9e-3) but the "
                      "epoch loss stays at 1.384 to 1.386 (ln 4 is 1.386); the deep layers' units "
                      "up to 94% logged dead, a side effect of the shrinking signal; accuracy 0.275"
                      " at the majority share (0.275), every test prediction in one class"),
         verdict=TP),
    Case("h262_saturated_waves_rnn_std3_rmsprop", "the leaky RNN of 16 with N(0, 3) init on "
         "the waves, plain RMSprop at LR 1e-4, batch 28, 4 epochs",
         {"data": WV, "model": {**_rnn(hidden=16), "init": "normal", "init_std": 3.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data", "not_training",
                "not_converged", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("78% and 79% of the fast and slow states' tanh outputs saturated (healthy at "
                      "most 0.38); the epoch loss 7.09 to 6.61 (6.8% lower), far above ln 4; the "
                      "huge weights give gradient norms up to 2360 (healthy at most 7.5), a side "
                      "effect of the N(0, 3) init; accuracy 0.25 (test 0.25 against a majority "
                      "share of 0.265); 27.5% of the test predictions in one class"), verdict=TP),
    Case("h262_stuck_lines_cnn_std003_momentum9", "the smooth CNN with N(0, 0.03) init on "
         "the lines, SGD with momentum 0.9 at LR 0.05 (cosine), batch 32, 10 epochs (meant as a "
         "slow start; it never started)",
         {"data": LN, "model": {**_cnn(), "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "slow_start"),
         why_allowed=("the epoch loss 1.400 to 1.386 (1% lower), at ln 4 from epoch 3 to the end; "
                      "the smallest gradient norms 2.8e-5 (first norms from 2.4e-4); accuracy "
                      "0.2662 at the majority share (0.2662), every test prediction in one "
                      "class"), verdict=TP),
    Case("h262_unshuffled_ledger_twoslope_rmsprop", "the ledger sorted by label, never "
         "shuffled, a two-slope MLP of 24, plain RMSprop at LR 1e-4, batch 30, 8 epochs",
         {"data": {**LG, "order": "by_label", "shuffle": False},
          "model": _mlp(width=24),
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.9% of its within-epoch "
                      "variance (healthy runner runs at most 0.21); accuracy 0.4375 (training "
                      "0.4167), far below the healthy runs, with the epoch loss still falling "
                      "(1.361 to 1.359, 1.8% over the run) and the validation loss lowest at the "
                      "end"), verdict=TP),
    Case("h262_mse_softmax_waves_rnn_adam", "the waves trained with square error on the "
         "softmax, the leaky RNN of 16, Adam at LR 3e-3, batch 25, 12 epochs",
         {"data": WV, "model": _rnn(hidden=16),
          "optim": {"name": "adam", "lr": 6e-3},
          "train": {"loss": "mse", "epochs": 20, "batch_size": 25}},
         expect=("loss_mismatch", "slow_start"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax: the epoch loss sits at 0.189 to 0.186 for the "
                      "first 5 epochs (accuracy 0.24 to 0.35), then falls; accuracy 0.945 (test "
                      "0.945) like the healthy runs, the validation loss lowest at the end after "
                      "swinging (0.0275 at epoch 14, 0.0462 at epoch 19)"), verdict=TP),
    Case("h262_noisy_ledger_twoslope_b1_adam", "the ledger one row at a time (batch 1), a "
         "two-slope MLP of 32, Adam at LR 1e-3, 3 epochs",
         {"data": LG, "model": _mlp(width=32),
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "update_ratio_high", "overfitting",
                "generalisation_gap", "dead_relu", "exploding_gradients", "underfitting"),
         why_allowed=("the step loss swings 1.17 times its mean over the second half (healthy "
                      "runner runs at most 1.58, healthy scripts 1.25), up to 6.7 from near 0; "
                      "single-row gradients up to 11.4; accuracy 0.7333 (training 0.7681), below "
                      "the healthy runs, with the epoch loss falling from 0.961 to 0.805 and the "
                      "validation loss from 0.911 to 0.767 in the last epoch"), verdict=TP),
    Case("h262_stuck_lines_cnn_sgd_lr003", "the smooth CNN on the lines, plain SGD at LR 0.03, "
         "batch 25, 4 epochs (meant as stopped while still learning; it never started)",
         {"data": LN, "model": _cnn(),
          "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 4, "batch_size": 25}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "slow_start", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("the epoch loss 1.397 to 1.388 (0.6% lower) at ln 4; accuracy 0.2662 at the "
                      "majority share (0.2662), every test prediction in one class; the smallest "
                      "gradient norms 1.9e-3"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h262_overfit_ledger_subset40_twoslope_adamw", "40 rows of the ledger, a two-slope "
         "MLP of 160 (2 layers), AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**LG, "subset": 40}, "model": _mlp(width=160),
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("40 rows teach less: accuracy 0.5167 (training 1.0; the healthy runs "
                      "0.7333 and up); the validation loss lowest at epoch 1 of 150 (1.217), "
                      "4.2 times "
                      "it at the end; the step loss near 0 swings 1.16 times its mean; up to 5% of "
                      "the second layer's units logged dead"), verdict=GP),
    Case("h262_gap_lines_subset30_cnn_adam", "30 images of the lines, the smooth CNN with 16 "
         "and 32 channels, Adam at LR 2e-3, 100 epochs, batch 3",
         {"data": {**LN, "subset": 30}, "model": _cnn(channels=[16, 32], dense=64),
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 100, "batch_size": 3}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("30 images teach less: accuracy 0.37 (training 1.0; the healthy CNNs "
                      "0.6012 and up); the validation loss lowest at epoch 20 of 100 (1.352), "
                      "5.9 times it"
                      " at the end; the step loss near 0 swings 1.6 times its mean"), verdict=GP),
    Case("h262_underfit_waves_rnn_one_unit_adam", "the waves through the leaky RNN of 1 unit "
         "a state, Adam at LR 3e-3, batch 25, 15 epochs",
         {"data": WV, "model": _rnn(hidden=1),
          "optim": {"name": "adam", "lr": 6e-3},
          "train": {"epochs": 20, "batch_size": 25}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "saturated_activation",
                "predictions_collapsed"),
         why_allowed=("one unit a state cannot hold two readings' roughness: accuracy 0.325 "
                      "(training 0.3633; healthy 0.48 and up), the epoch loss falling slowly "
                      "(1.330 to "
                      "1.327 over the last epoch) with the validation loss lowest at the end; 26% "
                      "of the slow state's tanh outputs saturated; 66.5% of the test predictions "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h262_lightning_digits_nadam_lr1e20_nan", "Lightning: digits, NAdam (betas 0.85, "
         "0.99) at LR 1e20, 1890 units, batch 24, 3 epochs",
         script=lightning_run(_na("digits", hidden=(1890,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h262_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax (weight decay 1e-4) at LR 1e-10, 1891 units, batch 20, 3 epochs",
         script=lightning_run(_ax("circles", hidden=(1891,), lr=1e-10, epochs=3, batch_size=20,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7085 at every epoch; accuracy 0.6016 (training 0.5495) at "
                      "its initial weights, 0.10 above the majority share (0.5)"), verdict=TP),
    Case("h262_hf_trainer_wine_rmsprop_centred_lr1e20_nan", "Hugging Face Trainer names: wine, "
         "centred RMSprop (alpha 0.95) at LR 1e20 (decaying linearly), 1892 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_rc("wine", hidden=(1892,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "every logged loss NaN; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h262_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "(betas 0.85, 0.99) at LR 1e-10 (decaying linearly), 1893 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(1893,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.145 at every evaluation; accuracy 0.4333 at its "
                      "initial weights, 0.1 above 1/3, far below the healthy iris runs"),
         verdict=TP),
    Case("h262_keras_moons_adamax_lr1e20_nan", "Keras names: moons (620 points, noise 0.2), "
         "Adamax (weight decay 1e-4) at LR 1e20, 1894 units, batch 20, 3 epochs",
         script=keras_run(_ax("moons", hidden=(1894,), lr=1e20, epochs=3, batch_size=20, n=620,
                              noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h262_keras_digits_subset16_rmsprop_centred_gap", "Keras names: 16 rows of digits, "
         "1895 units, centred RMSprop (alpha 0.95) at LR 1e-3, 120 epochs, batch 2",
         script=keras_run(_rc("digits", hidden=(1895,), lr=1e-3, epochs=120, batch_size=2,
                              subset=16)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("16 rows teach less (validation accuracy 0.5543, training 1.0); the "
                      "validation loss lowest at epoch 2 of 120 (2.228), 1.5 times it at the "
                      "end"), verdict=GP),
    Case("h262_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam (betas 0.85, 0.99) at LR 1e20, 1896 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(1896,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss NaN from step 2; accuracy 0.3684, far below 0.6316"),
         verdict="failed"),
    Case("h262_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.15), 1897 units, Adamax (weight decay 1e-4) at LR 2e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_ax("circles", hidden=(1897,), lr=2e-3, epochs=150,
                                    batch_size=2, n=650, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting", "at_chance"),
         why_allowed=("8 rows teach less (validation accuracy 0.5769, 0.077 above the majority "
                      "share; training 1.0); the validation loss lowest at epoch 11 of 150 "
                      "(0.874), 2.6 times it at the end"), verdict=GP),
    Case("h262_plain_corrupt_record_sine_rmsprop_centred", "hand-written loop: sine regression "
         "with noise 0.2 (640 points), centred RMSprop (alpha 0.95) at LR 1e-4, 1898 units, "
         "batch 20, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rc("sine", hidden=(1898,), lr=1e-4, epochs=3, batch_size=20,
                              n=640, noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h262_plain_digits_nadam_lr1e10_stuck", "hand-written loop: digits, NAdam (betas "
         "0.85, 0.99) at LR 1e-10, 1899 units, batch 25, 4 epochs",
         script=plain_run(_na("digits", hidden=(1899,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.333 at every epoch; accuracy 0.0752, 0.025 below the "
                      "majority share (0.1003)"), verdict=TP),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
