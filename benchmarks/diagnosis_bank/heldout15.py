"""The fifteenth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout14`'s measurement, before any change is measured on
it, and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout14` in its combination of
data set (new here: a 10x10 image set of one hollow square outline of side 3, 5 or 7 to size
(3 classes), with noise 0.6 and 5% random labels; 3-class Gaussian quantiles in 6 dimensions;
an 11-feature 4-class set (6 informative, 3 redundant, class separation 1.6); a 10-feature
regression (5 informative, noise 12); a footbridge alert-level CSV (3 classes from 6 sensor
readings) and a brewery fermentation-time regression CSV, besides the script tools' shipped
sets with new settings: 3 spirals with noise 0.15, 5 blobs, moons with noise 0.22-0.25,
circles with noise 0.1-0.2, iris, wine, breast cancer, digits and the sine), model (MLPs,
CNNs), optimiser, batch size, learning rate, schedule, initialisation or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer, Keras and TensorBoard names, a hand-written
loop).

Each case is labelled with what the lectures call the fault that was injected; a case was
trained only to check that its fault is real, from the run's metrics (the training loss's
start, end and maximum, the epoch loss's fall over the last quarter, the validation loss's
minimum and end and where the minimum is, the share of the step loss's within-epoch variance
explained by the position in the epoch, the step loss's step-to-step swing, final train and
validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms and update ratios,
dead-unit and saturation fractions, and for the runner cases the test confusion matrix in
``confusion_matrix.json``), never from its findings. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets
one); no other seed was checked.

Label policy (as in :mod:`.heldout14`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of
1/K and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when
the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1
lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends
clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the
step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls
at the end (it counts at severity info); ``underfitting`` when both scores are clearly below
what a healthy run of this part on the same data reaches and the loss has flattened;
``noisy_loss`` when the step loss swings far more from step to step than any healthy run's. A
fault whose first setting came out weak was made stronger or dropped (below), never kept as
expected. The mechanism codes (``update_ratio_high``, ``update_ratio_low``,
``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are
expected only where the logged metric is clearly outside the range every healthy run of this
part shows, and allowed (with the reason) where the mechanism is real but the metric sits
inside it or is a side effect of a blow-up.

The healthy runner cases measured: median update ratio per layer 3.1e-4 (the first layer of
SGD + momentum with a step schedule on the footbridge CSV) to 0.0138 (the SELU MLP with Adagrad
at LR 0.05 on the 11-feature set, first layer); the expected ``update_ratio_high`` run sits at
medians of 0.089 (first layer) and 0.022 (output) (SGD at LR 5 on the footbridge CSV: 6.4x the
healthy extreme in its first layer); the expected ``update_ratio_low`` runs at 3.1e-7 to 8.1e-7
(Adam at LR 1e-7 on the footbridge CSV: 390-1000x below the healthy 3.1e-4), 2.5e-7 to 1.1e-6
(SGD at LR 1e-5 on the square CNN: 280-1240x below) and 6.9e-7 to 1.6e-6 (the saturated tanh
MLP with Adam at LR 1e-5: 190-450x below). Dead-ReLU fraction per layer at most 0.625 at any
time (the second layer of the Adam MLP on the brewery CSV; the regressions 0-0.625), at most
0.35 on the classification sets (the square CNN's dense layer with Adam) and at most 0.16 in
their MLPs; the expected ``dead_relu`` run reaches 0.81 (1.3x the highest healthy fraction,
2.3x the highest on classification, 5.2x the classification MLPs'). Saturated fraction per
layer at most 0.0032 (the tanh layer with AdamW on the footbridge CSV); the expected
``saturated_activation`` run reaches 0.86-0.94. Gradient norms at most ~2.9 on the
classification sets (the Kaiming-initialised MLP with RMSprop on the 11-feature set, and the
square CNN with momentum) and up to ~2.7e3 (first layers) and ~9.7e3 (output layers) on the
10-feature regression and the brewery CSV (unscaled targets), none growing without bound (the
expected ``exploding_gradients`` run: a median of ~3e6 in every layer, 1e18 at most, the loss
9.6e3 at step 1 and NaN at step 4; the expected ``vanishing_gradients`` run: a median of 3.5e-9
in its first layer against 0.33 at the output). The position in the epoch explains at most 11%
of the step loss's within-epoch variance in every healthy runner run (the square CNN with
momentum; the unshuffled runner run: 80%); in Lightning's healthy runs at most 13% (circles),
its unshuffled run 53%, and the hand-written loop's unshuffled run on wine 65%. The standard
deviation of the step loss's step-to-step change over the second half of a run is at most 0.64
times its mean in every healthy runner run (SGD with Nesterov momentum on the 11-feature set)
and at most 1.55 in the scripts (Lightning's step loss on circles), while the batch-1 runs swing
2.09 (RMSprop at LR 3e-3 on the footbridge CSV: 3.3x the runner runs', 1.35x the scripts') and
3.71 (TensorBoard tags, SGD at LR 0.2 on iris: 5.8x and 2.4x). Healthy runs reach a validation
score close to what the data allow (accuracy 0.885-0.945 on the quantiles, where logistic
regression reaches 0.53; 0.76-0.865 on the 11-feature set, 0.805; 0.768-0.791 on the footbridge
CSV, 0.782; 0.754 and 0.783 on the square images, 0.817; R2 0.989-0.99 on the 10-feature
regression, ridge 0.992, and 0.991-0.993 on the brewery CSV, 0.982; for the scripts 0.995 on
circles with noise 0.1 and 0.983 with 0.12, 0.967 on iris twice (Lightning, TensorBoard),
0.972 on wine, 0.95 on moons, 0.978 on 5 blobs, 0.947 on breast cancer, 0.983 on the spirals,
0.961 on digits and R2 0.963 on the sine), their validation loss does not rise clearly at the
end (at most 5% above its minimum in the runner runs: the Adam and leaky-ReLU AdamW MLPs on the
10-feature regression; 6% in the hand-written loop on circles), and they expect no finding of
severity warning or worse. The runner runs' epoch loss falls by at most 22% over the last
quarter of the epochs against the quarter before (Adam on the quantiles) and their validation
loss by at most 19% (RMSprop on the brewery CSV); in the scripts, whose training losses
approach 0, the means fall by up to 28% (Lightning's epoch loss on iris) and the validation
loss's by up to 30% (TensorBoard tags on the spirals), measured the same way (quarter means,
which overstate the fall at the very end).

Healthy candidates changed or replaced: the square CNN with momentum at LR 0.02 over 20 epochs
(validation loss 18% above its minimum at the end) now LR 0.01 over 12 (with LR 0.005 over 15
it reached 0.671 only); the square images first had noise 0.35 and 2% random labels, on which
both CNNs drove the loss near 0 and the step loss swung 1.8 and 2.7 times its mean (as much as
the batch-1 faults): now noise 0.6 and 5%; a tanh MLP with RMSprop on the quantiles (accuracy
0.65 against the other runs' 0.885-0.945) replaced by an ELU MLP; a GELU activation (refused by
the config check) replaced by SELU, whose Adagrad run at LR 0.02 with one layer reached 0.72
(now 2 layers at LR 0.05: 0.865). Faults changed or dropped: plain SGD with batch 2 on the
11-feature set at LR 2 turned NaN in epoch 1 instead of killing units, at LR 1 (and LR 0.5
with batch 1, LR 0.7 with batch 1) likewise; LR 0.5 and 0.6 with batch 2 left 71% and 56%
dead, LR 0.3 with batch 1 69%, LR 0.8 with batch 4 42%, and on the quantiles at LR 1 65%
(at most 1.1x the healthy regressions' 0.625): LR 0.7 with batch 2 over 6 epochs left 81%
(also over 9 epochs), with the loss blown up on the way (``divergence``, ``at_chance`` and
``predictions_collapsed`` expected beside it); a 5x40 tanh MLP with N(0, 0.02) init, meant as
``slow_start``, never left ln 3 in 40 epochs: 4x40 with N(0, 0.04) leaves it after 6 epochs; a
hand-written loop on moons with a corrupt record at step 30 stayed finite (the cross-entropy of
a 1e30 input is finite), now the sine regression; 14 rows of the brewery CSV, meant to
overfit, ended with the validation loss only 7% above its minimum (now ``generalisation_gap``
expected, ``overfitting`` allowed). Relabelled to what their metrics show: Adam at LR 1e-5 on
the saturated tanh MLP moves the weights by 190-450x less than any healthy run
(``update_ratio_low`` expected beside ``saturated_activation`` and ``at_chance``); the sigmoid
MLP puts every test prediction in one class (``predictions_collapsed`` expected); the Keras
run through one ReLU unit on moons ends at accuracy 0.5 (``at_chance`` expected); the square
CNN at LR 1e-5 ends at 0.30 against a majority share of 0.342 (``at_chance`` expected).

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 25 and sum(c.healthy for c in CASES) >= 31
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.is_script and c.healthy for c in CASES) >= 9
True
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
>>> sorted({c.tool for c in CASES if c.is_script and c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
"""

from __future__ import annotations

from typing import Any

import numpy as np

from benchmarks.diagnosis_bank._machinery import Case
from benchmarks.diagnosis_bank._parts import (
    BLOWUP,
    GP,
    NOSTOP,
    SORTED,
    TP,
    _csv,
    _factory,
    _h,
    _hs,
    _s,
)
from benchmarks.diagnosis_bank._scripts import (
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)


def squares(n: int = 1200, size: int = 10, noise: float = 0.6, flip: float = 0.05,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright hollow square outline of side 3, 5 or 7 at a random place (3 classes: the
    size); a share ``flip`` of the labels is then drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        side = 3 + 2 * int(k)
        r = int(rng.integers(0, size - side + 1))
        c = int(rng.integers(0, size - side + 1))
        x[i, 0, r, c:c + side] += 1.0
        x[i, 0, r + side - 1, c:c + side] += 1.0
        x[i, 0, r + 1:r + side - 1, c] += 1.0
        x[i, 0, r + 1:r + side - 1, c + side - 1] += 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 3, int(noisy.sum()))
    return x.astype(np.float32), y


def _bridge_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A footbridge's alert level (0 normal, 1 watch, 2 alert) from 6 sensor readings."""
    n = 1100
    cls = rng.integers(0, 3, n)
    strain = 120 + 45 * cls + rng.normal(0, 30, n)
    vibration = 0.8 + 0.5 * cls + rng.normal(0, 0.45, n)
    tilt = 0.02 + 0.015 * cls + rng.normal(0, 0.015, n)
    temp = rng.uniform(-5, 30, n)
    wind = 4 + 2.5 * cls + rng.normal(0, 3.5, n)
    crowd = rng.uniform(0, 200, n)
    return (["strain_ue", "vibration_mm_s", "tilt_deg", "air_temp", "wind_m_s", "crowd",
             "alert"],
            np.column_stack([strain, vibration, tilt, temp, wind, crowd, cls]))


def _brew_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """Hours a brewery's batch needs to ferment out, from 5 readings."""
    n = 900
    gravity = rng.uniform(1.040, 1.090, n)
    temp = rng.uniform(12, 24, n)
    pitch = rng.uniform(0.5, 2.0, n)
    oxygen = rng.uniform(6, 14, n)
    volume = rng.uniform(10, 60, n)
    hours = (60 + 3000 * (gravity - 1.04) - 6.0 * (temp - 12) - 25 * np.log(pitch)
             - 2.0 * oxygen + 0.3 * volume + 120 * (gravity - 1.04) * (24 - temp)
             + rng.normal(0, 5.0, n))
    return (["gravity", "temp_c", "pitch_rate", "oxygen_ppm", "volume_hl", "ferment_hours"],
            np.column_stack([gravity, temp, pitch, oxygen, volume, hours]))


def _bridge(**sections: Any) -> Any:
    return _csv("bridge_alert", _bridge_csv, "alert", "classification", 151, **sections)


def _brew(**sections: Any) -> Any:
    return _csv("brew_hours", _brew_csv, "ferment_hours", "regression", 152, **sections)


HERE = "benchmarks.diagnosis_bank.heldout15"
SQ = _factory(f"{HERE}:squares")
GQ3 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=1000, n_features=6,
               n_classes=3, random_state=153)
CL11 = _factory("sklearn.datasets:make_classification", n_samples=1000, n_features=11,
                n_informative=6, n_redundant=3, n_classes=4, class_sep=1.6, random_state=154)
RG10 = _factory("sklearn.datasets:make_regression", n_samples=800, n_features=10,
                n_informative=5, noise=12.0, random_state=155)
SCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}], "hidden": [40]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h15_nan_rg10_sgd_lr05_b16", "10-feature regression (targets unscaled), plain SGD at "
         "LR 0.5, batch 16: the loss is 1.8e4 at step 1 and Inf at step 4",
         {"data": RG10, "model": {"hidden": [48, 48]}, "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 16}, "diagnose": NOSTOP},
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h15_divergence_cl11_rmsprop_lr2", "RMSprop at LR 2 on the 11-feature 4-class set, "
         "batch 48: the step loss jumps from 1.4 to 9.8e6 (epoch 1's mean 2.2e6) and the epoch "
         "loss ends at 2.5e3",
         {"data": CL11, "model": {"hidden": [64, 64]}, "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 8, "batch_size": 48}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("update_ratio_high", "exploding_gradients", "dead_relu", "underfitting",
                "not_converged"),
         why_allowed=("the huge steps (median update 0.027 of the first layer's weights, the "
                      "healthy runs: at most 0.0138) throw the gradients to 386-647 at the "
                      "median and 4e4-1e5 at most (the healthy classification runs: at most "
                      "2.9); 42% of the second layer's units die on the way (the healthy "
                      "classification MLPs: at most 0.16); validation accuracy 0.61 against "
                      "the healthy 0.76-0.865; the epoch loss jumps about (1.5e3 -> 2.5e3) over "
                      "the last epochs"),
         verdict="failed"),
    Case("h15_exploding_gq3_7x48_std08", "7x48 ReLU MLP with N(0, 0.8) init on the 3-class "
         "quantiles, plain SGD at LR 0.003: the loss is 9.6e3 at step 1 and NaN at step 4, the "
         "gradients ~3e6 at the median and 1e18 at most",
         {"data": GQ3, "model": {"hidden": [48] * 7, "init": "normal", "init_std": 0.8},
          "optim": {"name": "sgd", "lr": 0.003}, "train": {"epochs": 3, "batch_size": 32},
          "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates are large against the weights from the first step",
         verdict="failed"),
    Case("h15_dead_relu_cl11_sgd_lr07_b2", "plain SGD at LR 0.7 with batch 2 on the 11-feature "
         "set, 6 epochs: pairs of samples blow the loss up and kill 81% of the ReLU units",
         {"data": CL11, "model": {"hidden": [48]}, "optim": {"name": "sgd", "lr": 0.7},
          "train": {"epochs": 6, "batch_size": 2}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "update_ratio_high", "update_ratio_low",
                "vanishing_gradients", "exploding_gradients", "not_training"),
         why_allowed=("single pairs push the step loss to 4e8 (ln 4 = 1.39) and the epoch loss "
                      "to 5.4e6 in epoch 2 (514 in the last), with single updates up to 2.7-5.5 "
                      "times the weights; once the units are dead the median gradient and update "
                      "are 0; accuracy 0.285 (chance 0.25) against the healthy 0.76-0.865"),
         verdict="failed"),
    # ---------------------------------------------------------------- not training
    Case("h15_adam_lr1e7_bridge", "the footbridge alert CSV, Adam at LR 1e-7, batch 40: the "
         "loss stays at 1.19",
         _bridge(model={"hidden": [40]}, optim={"lr": 1e-7},
                 train={"epochs": 5, "batch_size": 40}),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "at_chance", "predictions_collapsed"),
         why_allowed=("the untrained net's accuracy (0.31, the majority share 0.36) is far below "
                      "the healthy 0.768-0.791; 80% of the test predictions fall in one class"),
         verdict=TP),
    Case("h15_vanishing_sigmoid_gq3_9x24_adagrad", "9x24 sigmoid MLP on the 3-class quantiles, "
         "Adagrad at LR 1e-3: the first layer's gradient is 3.5e-9, the output's 0.33",
         {"data": GQ3, "model": {"hidden": [24] * 9, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed="accuracy 0.335 (chance) against the healthy 0.885-0.945",
         verdict=TP),
    Case("h15_zero_init_bridge_adam", "zero-initialised ReLU MLP on the footbridge alert CSV, "
         "Adam",
         _bridge(model={"hidden": [32, 32], "init": "zeros"},
                 optim={"lr": 1e-3}, train={"epochs": 5, "batch_size": 32}),
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h15_saturated_tanh_cl11_std4_adam", "2x64 tanh MLP with N(0, 4) init on the "
         "11-feature set, Adam at LR 1e-5: 86-94% of the units saturated",
         {"data": CL11, "model": {"hidden": [64, 64], "activation": "tanh", "init": "normal",
                                  "init_std": 4.0},
          "optim": {"lr": 1e-5}, "train": {"epochs": 5, "batch_size": 32}},
         expect=("saturated_activation", "at_chance", "update_ratio_low"),
         allow=("underfitting", "not_training", "exploding_gradients"),
         why_allowed=("the epoch loss (~31, ln 4 = 1.39) barely moves (31.4 -> 31.3); the first "
                      "layer's gradient (17-26) is large from the huge weights, not growing; "
                      "accuracy 0.24 against the healthy 0.76-0.865"),
         verdict=TP),
    Case("h15_slow_start_tanh_bridge_4x40_std004", "4x40 tanh MLP with N(0, 0.04) init on the "
         "footbridge alert CSV, SGD + momentum: ln 3 for 6 epochs, then the loss falls to 0.41",
         _bridge(model={"hidden": [40] * 4, "activation": "tanh", "init": "normal",
                        "init_std": 0.04},
                 optim={"name": "sgd", "lr": 0.03, "momentum": 0.9},
                 train={"epochs": 40, "batch_size": 32}),
         expect=("slow_start",),
         allow=("update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("while the loss sits at ln 3 the tiny init's gradients and updates are "
                      "tiny; afterwards the run ends as the healthy ones (accuracy 0.795)"),
         verdict=TP),
    Case("h15_noisy_b1_bridge_rmsprop_lr003", "batch size 1, RMSprop at LR 0.003 on the "
         "footbridge alert CSV, 2 epochs: the step loss swings 2.1 times its mean",
         _bridge(model={"hidden": [32]}, optim={"name": "rmsprop", "lr": 3e-3},
                 train={"epochs": 2, "batch_size": 1}, diagnose=NOSTOP),
         expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed="two epochs: the epoch loss still falls 0.51 -> 0.42",
         verdict=TP),
    Case("h15_unshuffled_bridge_sgd_b24", "the footbridge alert CSV sorted by label, never "
         "shuffled, SGD + momentum, batch 24",
         _bridge(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [32]},
                 optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                 train={"epochs": 6, "batch_size": 24}),
         expect=("unshuffled_data",),
         allow=("not_converged",),
         why_allowed="the epoch loss still falls at the end (1.26 -> 0.51 over 6 epochs)",
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h15_overfit_cl11_subset40_adam", "40 samples of the 11-feature set, 2x256 MLP, Adam "
         "at LR 2e-3, 120 epochs: training accuracy 1.0, validation 0.70; the validation loss "
         "rises from 0.92 (epoch 3) to 2.59",
         {"data": {**CL11, "subset": 40}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 120, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("the training loss (~1e-4) still halves over the last quarter (52%) and "
                      "its step loss swings 0.85 times its tiny mean; on that loss the first "
                      "layer's median gradient is 2e-3 and its median update 9e-5 (the healthy "
                      "runs: from 3.1e-4)"),
         verdict=GP),
    Case("h15_overfit_sq_cnn_subset30_adam", "square CNN (16, 32 channels, 128 hidden) on 30 "
         "images, Adam, 80 epochs: training accuracy 1.0, validation 0.53; the validation loss "
         "rises from 0.98 (epoch 7) to 1.42",
         {"data": {**SQ, "subset": 30},
          "model": {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 32}],
                    "hidden": [128]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 80, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "dead_relu", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("the training loss (~2e-4) still falls 46% over the last quarter, so the "
                      "gradients (medians 4e-3 to 9e-3) and the first conv layer's median update "
                      "(1.35e-4, the healthy runs: from 3.1e-4) are small; 27% of the dense "
                      "layer's units are dead (the healthy square CNNs: up to 0.35)"),
         verdict=GP),
    Case("h15_gap_brew_subset14_adam", "14 rows of the brewery fermentation CSV, 2x256 MLP, "
         "Adam, 200 epochs, batch 2: training R2 1.0, validation 0.78",
         _brew(data_extra={"subset": 14}, model={"hidden": [256, 256]},
               optim={"lr": 5e-3}, train={"epochs": 200, "batch_size": 2}),
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the validation loss ends 7% above its minimum (730, epoch 10) while the "
                      "training loss sits at ~1e-12: its steps swing 5.7 times their mean and "
                      "the updates (median 8.6e-6 of the weights) are nil"),
         verdict=GP),
    Case("h15_gap_rg10_subset18_adam", "18 samples of the 10-feature regression, 2x256 MLP, "
         "Adam, 200 epochs: training R2 1.0, validation 0.81",
         {"data": {**RG10, "subset": 18}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 3e-3}, "train": {"epochs": 200, "batch_size": 6}},
         expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "update_ratio_low", "vanishing_gradients",
                "overfitting"),
         why_allowed=("the validation loss is flat from epoch 36 on (3.4e3, 2% above its minimum "
                      "at the end) while the training loss sits at ~1e-11: the gradients "
                      "(medians 6e-3 to 2e-2) and updates (~1e-7) are nil, the tiny loss's steps "
                      "swing 2.6 times their mean"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h15_underfit_gq3_two_relu", "the 3-class quantiles through 2 ReLU units, Adam: "
         "accuracy 0.395",
         {"data": GQ3, "model": {"hidden": [2]},
          "optim": {"lr": 5e-3}, "train": {"epochs": 25, "batch_size": 32}},
         expect=("underfitting",),
         allow=("at_chance", "not_converged", "predictions_collapsed", "dead_relu"),
         why_allowed=("accuracy 0.395 (chance 0.335) against the healthy 0.885-0.945, the loss "
                      "flat at 1.06; one of the two units dies (0.5) and 79% of the test "
                      "predictions fall in one class"),
         verdict=TP),
    Case("h15_underfit_bridge_adamw_wd50", "the footbridge alert CSV, AdamW with weight decay "
         "50: accuracy 0.69, the loss flat at 1.08",
         _bridge(model={"hidden": [48]},
                 optim={"name": "adamw", "lr": 0.01, "weight_decay": 50.0},
                 train={"epochs": 15, "batch_size": 32}),
         expect=("underfitting",),
         allow=("not_training", "update_ratio_high"),
         why_allowed=("the decay holds the weights near 0, so the loss barely moves (1.09 -> "
                      "1.08) and each step is large against the tiny weights (median 0.045 of "
                      "the first layer's, the healthy runs: at most 0.0138)"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h15_update_ratio_high_bridge_sgd_lr5", "plain SGD at LR 5 on the footbridge alert "
         "CSV, batch 40: median updates 0.089 of the first layer's weights",
         _bridge(model={"hidden": [48]}, optim={"name": "sgd", "lr": 5.0},
                 train={"epochs": 6, "batch_size": 40}, diagnose=NOSTOP),
         expect=("update_ratio_high",),
         allow=("divergence", "underfitting", "dead_relu", "exploding_gradients"),
         why_allowed=("the big steps throw the step loss up to 52 (start 1.1) and epoch 1's "
                      "mean to 7.3; it recovers to ~0.6 (accuracy 0.741 against the healthy "
                      "0.768-0.791) with 48% of the units dead (the healthy classification "
                      "MLPs: at most 0.16) and gradients up to 6.8 (the healthy classification "
                      "runs: at most 2.9)"),
         verdict=TP),
    Case("h15_update_ratio_low_sq_cnn_sgd_1e5", "the square CNN, plain SGD at LR 1e-5: median "
         "updates 2.5e-7 to 1.1e-6 of the weights",
         {"data": SQ, "model": SCNN, "optim": {"name": "sgd", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting", "predictions_collapsed"),
         why_allowed=("accuracy 0.30 against the healthy 0.754-0.783; 70% of the test "
                      "predictions fall in one class"),
         verdict=TP),
    Case("h15_not_converged_brew_adam_lr003_5ep", "the brewery fermentation CSV (targets "
         "unscaled), Adam at LR 0.03 for 5 epochs: the epoch loss falls 1.5e4 -> 194 and still "
         "falls at the end",
         _brew(model={"hidden": [32]}, optim={"lr": 0.03},
               train={"epochs": 5, "batch_size": 32}),
         expect=("not_converged",),
         allow=("underfitting", "update_ratio_high"),
         why_allowed=("R2 0.946 against the healthy 0.991-0.993; Adam's median steps are 2.7-2.8% "
                      "of the weights (the healthy runs: at most 1.38%)"),
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h15_mse_softmax_gq3_adam", "the 3-class quantiles trained with square error on the "
         "softmax, Adam",
         {"data": GQ3, "model": {"hidden": [64, 64]}, "optim": {"lr": 1e-3},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged",),
         why_allowed="the validation loss still falls 20% over the last quarter",
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h15_lightning_unshuffled_blobs5_adam", "Lightning: 5 blobs sorted by label, never "
         "shuffled, Adam, batch 20",
         script=lightning_run(_s("blobs", hidden=(24,), optim="adam", lr=2e-3,
                                 epochs=5, batch_size=20,
                                 shuffle=False, by_label=True, n=900, k=5, noise=0.12)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=SORTED + (" (0.817 against Keras' 0.978 on 5 blobs); the epoch loss "
                               "still falls (1.77 -> 1.21)"),
         verdict=TP),
    Case("h15_lightning_overfit_circles_subset24_adam", "Lightning: 24 circle points with "
         "noise 0.2, 2x256 MLP, Adam, 150 epochs: the validation loss rises from 0.48 (epoch 7) "
         "to 2.14",
         script=lightning_run(_s("circles", hidden=(256, 256), optim="adam", lr=3e-3,
                                 epochs=150, batch_size=4, subset=24, n=900, noise=0.2)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss (~4e-4) still halves over the last quarter and its "
                      "step loss swings 1.55 times its tiny mean (Lightning's healthy run on "
                      "circles: 1.55)"),
         verdict=GP),
    Case("h15_hf_trainer_sgd_lr40_spirals_divergence", "Hugging Face Trainer names: plain SGD "
         "at LR 40 on 3 spirals, 2x40 MLP, batch 20: the logged loss is 2.3e12 at the first "
         "log and NaN from the second on",
         script=hf_trainer_run(_s("spirals", hidden=(40, 40), optim="sgd", lr=40.0, epochs=4,
                                  batch_size=20, n=900, k=3, noise=0.15), logging_steps=4),
         tool="transformers", expect=("divergence", "nan_loss", "at_chance"),
         allow=("exploding_gradients", "not_training", "underfitting"),
         why_allowed=("the gradient norm is 2.3e9 at the first log, NaN after, while the loss "
                      "explodes; the NaN net answers one class (eval accuracy 0.333)"),
         verdict="failed"),
    Case("h15_keras_moons_one_relu_rmsprop", "Keras names: moons with noise 0.25 through 1 "
         "ReLU unit, RMSprop: the loss sits at ln 2, accuracy 0.5",
         script=keras_run(_s("moons", hidden=(1,), optim="rmsprop", lr=3e-3, epochs=30,
                             batch_size=32, n=900, noise=0.25)),
         tool="keras", expect=("underfitting", "at_chance"),
         allow=("not_training", "not_converged"),
         why_allowed=("one unit passes too little: the loss is flat at 0.693 from epoch 5 on "
                      "(0.702 at the start); accuracy 0.47 and 0.5 against the Trainer's 0.95 "
                      "on moons"),
         verdict=TP),
    Case("h15_keras_adam_1e7_iris_stuck", "Keras names: iris, Adam at LR 1e-7: the loss stays "
         "at 1.06",
         script=keras_run(_s("iris", hidden=(24,), optim="adam", lr=1e-7, epochs=6,
                             batch_size=12)),
         tool="keras", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.43 and 0.40 (chance 1/3) against Lightning's 0.967 on iris"),
         verdict=TP),
    Case("h15_tensorboard_noisy_b1_iris_sgd_lr02", "TensorBoard tags: batch 1, plain SGD at "
         "LR 0.2 on iris, 4 epochs: the step loss swings 3.7 times its mean",
         script=tensorboard_run(_s("iris", hidden=(32,), optim="sgd", lr=0.2, epochs=4,
                                   batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed="the validation loss still falls (0.18 -> 0.055 over 4 epochs)",
         verdict=TP),
    Case("h15_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression, AdamW, "
         "batch 24, a corrupt record (x = 1e30) at step 30 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(48,), optim="adamw", lr=2e-3, epochs=4,
                             batch_size=24, n=700, noise=0.2), corrupt_step=30),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=30),
    Case("h15_plain_unshuffled_wine_sgd", "hand-written loop: wine sorted by label, never "
         "shuffled, SGD + momentum, batch 12",
         script=plain_run(_s("wine", hidden=(24,), optim="sgd", lr=0.01,
                             optim_args={"momentum": 0.9}, epochs=5, batch_size=12,
                             shuffle=False, by_label=True)),
         tool="pytorch", expect=("unshuffled_data",),
         allow=("not_converged",),
         why_allowed=("the step loss still falls every epoch (0.91 -> 0.11 over 5 epochs); "
                      "accuracy 0.972, as the Trainer's healthy run on wine"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy15_gq3_adam_b32",
       {"data": GQ3, "model": {"hidden": [128, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 32}}),
    _h("healthy15_gq3_elu_rmsprop_b24",
       {"data": GQ3, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 24}}),
    _h("healthy15_gq3_momentum_b32",
       {"data": GQ3, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 32}}),
    _h("healthy15_gq3_silu_adamw_b48",
       {"data": GQ3, "model": {"hidden": [128, 64], "activation": "silu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 40, "batch_size": 48}}),
    _h("healthy15_cl11_adam_b32",
       {"data": CL11, "model": {"hidden": [64, 32]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy15_cl11_selu_adagrad_b32",
       {"data": CL11, "model": {"hidden": [64, 32], "activation": "selu"},
        "optim": {"name": "adagrad", "lr": 0.05}, "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy15_cl11_nesterov_b16",
       {"data": CL11, "model": {"hidden": [64, 32]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 16}}),
    _h("healthy15_cl11_kaiming_rmsprop_b64",
       {"data": CL11, "model": {"hidden": [64, 32], "init": "kaiming_normal"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 64}}),
    _h("healthy15_sq_cnn_adam_b32",
       {"data": SQ, "model": SCNN, "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy15_sq_cnn_momentum_b24",
       {"data": SQ, "model": SCNN,
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy15_rg10_adam_b32",
       {"data": RG10, "model": {"hidden": [64, 64]}, "optim": {"lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 32}}),
    _h("healthy15_rg10_rmsprop_b24",
       {"data": RG10, "model": {"hidden": [64, 32]},
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 24}}),
    _h("healthy15_rg10_leaky_adamw_b48",
       {"data": RG10, "model": {"hidden": [64, 64], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 48}}),
    _h("healthy15_bridge_adam_b32",
       _bridge(model={"hidden": [32, 32]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 20, "batch_size": 32})),
    _h("healthy15_bridge_tanh_adamw_b24",
       _bridge(model={"hidden": [48], "activation": "tanh"},
               optim={"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 20, "batch_size": 24})),
    _h("healthy15_bridge_momentum_step_b32",
       _bridge(model={"hidden": [48]},
               optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "step",
                      "step_size": 8, "gamma": 0.3},
               train={"epochs": 20, "batch_size": 32})),
    _h("healthy15_bridge_elu_rmsprop_b64",
       _bridge(model={"hidden": [64], "activation": "elu"},
               optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 25, "batch_size": 64})),
    _h("healthy15_brew_adam_b32",
       _brew(model={"hidden": [64, 32]}, optim={"lr": 0.03, "schedule": "cosine"},
             train={"epochs": 60, "batch_size": 32})),
    _h("healthy15_brew_rmsprop_b24",
       _brew(model={"hidden": [64, 64]}, optim={"name": "rmsprop", "lr": 0.01,
                                                 "schedule": "cosine"},
             train={"epochs": 60, "batch_size": 24})),
    _h("healthy15_brew_silu_adamw_b40",
       _brew(model={"hidden": [64, 64], "activation": "silu"},
             optim={"name": "adamw", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 60, "batch_size": 40})),
    _h("healthy15_brew_xavier_adam_b16",
       _brew(model={"hidden": [48, 48], "init": "xavier_uniform"},
             optim={"lr": 0.02, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 16})),
    _hs("healthy15_lightning_circles_adam",
        lightning_run(_s("circles", hidden=(32, 32), optim="adam", lr=3e-3, epochs=20,
                         batch_size=24, n=1000, noise=0.1)), "lightning"),
    _hs("healthy15_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(24,), optim="adamw", lr=5e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy15_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(24,), optim="adam", lr=3e-3, epochs=25,
                          batch_size=10), logging_steps=5), "transformers"),
    _hs("healthy15_hf_trainer_moons_rmsprop",
        hf_trainer_run(_s("moons", hidden=(32, 32), optim="rmsprop", lr=2e-3, epochs=15,
                          batch_size=24, n=900, noise=0.22), logging_steps=10),
        "transformers"),
    _hs("healthy15_keras_blobs5_adamw",
        keras_run(_s("blobs", hidden=(32,), optim="adamw", lr=3e-3, epochs=20,
                     batch_size=32, n=900, k=5, noise=0.1)), "keras"),
    _hs("healthy15_keras_cancer_rmsprop",
        keras_run(_s("breast_cancer", hidden=(24,), optim="rmsprop", lr=1e-3, epochs=20,
                     batch_size=24)), "keras"),
    _hs("healthy15_tensorboard_spirals_adam",
        tensorboard_run(_s("spirals", hidden=(64, 64), optim="adam", lr=2e-3, epochs=60,
                           batch_size=24, n=900, k=3, noise=0.15)), "tensorboard"),
    _hs("healthy15_tensorboard_iris_rmsprop",
        tensorboard_run(_s("iris", hidden=(16,), optim="rmsprop", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy15_plain_circles_adamw",
        plain_run(_s("circles", hidden=(32, 32), optim="adamw", lr=3e-3, epochs=20,
                     batch_size=32, n=900, noise=0.12)), "pytorch"),
    _hs("healthy15_plain_digits_adam",
        plain_run(_s("digits", hidden=(48,), optim="adam", lr=1e-3, epochs=15,
                     batch_size=24)), "pytorch"),
    _hs("healthy15_plain_sine_adam",
        plain_run(_s("sine", hidden=(32, 32), optim="adam", lr=3e-3, epochs=30,
                     batch_size=32, n=600, noise=0.15)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
