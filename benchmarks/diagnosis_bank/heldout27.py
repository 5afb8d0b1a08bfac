"""The twenty-seventh held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout26`'s measurement, before any change is measured on it,
and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout26` in its combination of
data set (new here: an 11x11 image set of a pennant (a 5x5 triangular flag on a pole, as drawn
or turned by a quarter, a half or three quarters clockwise; 4 classes), 2000 images with noise
0.4 and 3% random labels; 3-class Gaussian quantiles in 9 dimensions (3000 samples); a
20-feature 4-class set (2000 samples, 10 informative, 4 redundant, class separation 1.4); a
16-feature Friedman-1 regression (noise 0.9); a walk-in cold room's compressor-state CSV (3
classes from 6 readings) and a bus depot's daily diesel-use regression CSV, besides the script
tools' shipped sets with new settings: moons with noise 0.2 and 0.3, circles with noise 0.1,
3 blobs with noise 0.45, iris, wine, breast cancer, digits and the sine with noise 0.2), model
(MLPs of several widths and activations (ReLU, ELU, SELU, leaky ReLU, tanh, sigmoid), CNNs with
and without dropout), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without (Nesterov)
momentum), batch size, learning rate, schedule (cosine, step, exponential, inverse time,
constant), initialisation (default, Xavier, normal, zeros), weight decay, dropout or logging
tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 3 or 4 steps, Keras
and TensorBoard names, a hand-written loop). The fault mechanisms are those of
:mod:`.heldout26`, on the new data and with new settings for the script tools.

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

Label policy (as in :mod:`.heldout15`): the state a run ends in is *expected* where its metrics
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

The healthy runner cases measured: median update ratio per layer 4.4e-5 (the output layer of
the SELU MLP on the depot CSV, whose targets are in the thousands) to 0.0065 (the second
convolution of the pennant CNN with RMSprop and a step schedule); the expected
``update_ratio_high`` run sits at medians of 0.095, 0.071 and 0.063 (RMSprop at LR 0.01 on the
20-feature set: 9.7-15x the healthy extreme); the expected ``update_ratio_low`` runs at 0 to
1.9e-10 (Adagrad at LR 1e-9 on the cold-room CSV), 5.9e-9 and 7.3e-8 (Adam at LR 5e-9 on the
depot CSV: 600-7500x below the healthy 4.4e-5) and 3.9e-10 to 1.1e-8 (the saturated tanh MLP
with SGD at LR 1e-7). Dead-ReLU fraction per layer at most 0.594 at any time (the first layer
of the SELU MLP on the depot CSV; 0.531 in the second layer of the ELU MLP on the depot CSV and
0.41 in the ELU MLPs on the Friedman regression; their negative outputs count), at most 0.30 on
the classification sets (the dense layer of the pennant CNN with Adam) and at most 0.214 in the
classification MLPs (the leaky-ReLU MLP on the quantiles); the expected ``dead_relu`` run
reaches 1.0 (the pennant CNN with SGD, momentum 0.9 at LR 0.4: every unit of the dense layer,
and 80% of the second convolution's). Saturated fraction per layer at most 0.111 (the tanh MLP
with Adagrad on the 20-feature set); the expected ``saturated_activation`` run reaches 0.94 and
0.96. Gradient norms at most ~5.2 on the classification sets (the pennant CNN with Nesterov
momentum) and up to ~1.0e6 (depot CSV) and ~123 (Friedman) on the regressions (unscaled
targets), none growing without bound (the expected ``exploding_gradients`` run, on the
quantiles: 1.5e14-7.2e14, the loss 1.3e5 at step 1, 2.2e16 at step 2 and NaN at step 3; the
expected ``vanishing_gradients`` run: a median of 3.3e-13 in its first layer against 0.25 at
the output). The position in the epoch explains at most 14% of the step loss's within-epoch
variance in every healthy runner run (the cold-room CSV with Adam; at most 21% over the second
half: the leaky-ReLU MLP with AdamW on the 20-feature set) and at most 15% in the healthy
scripts that log every step (TensorBoard on circles; at most 14% over the second half,
Lightning on moons), while the unshuffled cold-room run reaches 90% (95% over the second half),
Lightning's unshuffled run 80% (99%) and the unshuffled pennant CNN, which stays at ln 4, 12%
(97% over the second half); short fault runs whose loss is flat or blown up reach 12-34% too
(31-70% over the second half), with no order in their data. The standard deviation of the step
loss's step-to-step change over the second half of a run is at most 1.64 times its mean in
every healthy runner run (the cold-room CSV with Adam, whose loss ends near 0.004) and at most
1.32 in the scripts (the hand-written loop on wine; 1.29 for TensorBoard on circles), while the
expected ``noisy_loss`` run swings 3.6 (TensorBoard tags, batch 1, plain SGD at LR 0.3 on
moons: 2.7x the scripts'). Healthy runs reach a validation score close to what the data allow
(accuracy 0.9033-0.9417 on the quantiles, where the run's ``baseline/val_accuracy`` is 0.483;
0.7675-0.84 on the 20-feature set, where the baseline is 0.785 (a linear model suits the set);
0.855-0.9025 on the pennants, 0.80; 0.9833-0.9917 on the cold-room CSV, 0.9875 (linear readings
leave a net little to add); R2 0.841-0.861 on the Friedman regression, 0.731, and 0.9685-0.9734
on the depot CSV, 0.915; for the scripts 0.955 on moons with noise 0.2 and 0.967 on iris
(Lightning), 0.972 on wine and 0.939 on breast cancer (Trainer, their evaluation loss lowest at
the end), 0.955 on digits and 0.885 on moons with noise 0.3 (Keras), 0.939 on breast cancer
and 0.99 on circles with noise 0.1 (TensorBoard), 1.0 on wine and R2 0.935 on the sine
(hand-written loop)), their validation loss does not rise clearly at the end (at most 2.3%
above its minimum in the runner runs: the pennant CNN with Adam; in the scripts 2.2% for
TensorBoard on circles (0.0301 against 0.0295)), no training score ends ~1 with the validation
score 0.1 lower (the largest gaps: 0.08 in accuracy, the quantiles with Nesterov momentum,
training 1.0, and the pennant CNN with Adam, training 0.953; 0.077 for the leaky-ReLU MLP on the
quantiles, training 0.980; 0.049 for TensorBoard on breast cancer, training 0.988; in R2 0.072,
the ELU MLP with Adam on the Friedman regression, whose training R2 ends at 0.933, not ~1), and
they expect no finding of severity warning or worse. The runner runs' epoch loss falls by at
most 29% over the last quarter of the epochs against the quarter before (the quantiles with
Nesterov momentum and a step schedule); in the scripts the training loss's quarter means fall
by up to 28% (Lightning on iris, its validation loss lowest at the end), measured the same way
(quarter means, which overstate the fall at the very end).

Healthy candidates changed: none; each first setting reached the healthy ranges above at seed
0. Faults changed or dropped: none was retrained with a new setting and none dropped; where a
first setting came out other than the :mod:`.heldout26` mechanism it copies, the label follows
the metrics: plain SGD at LR 0.2 on the depot CSV blows the loss up to 2.0e14 but never to Inf
or NaN (the run finishes), so only ``divergence`` is expected there (no ``nan_loss``, no
expected step); Lightning's stuck run on digits ends at 0.198, 0.098 above chance, so
``at_chance`` is only allowed there. Labels read from the metrics: Adam at LR 1.5 on the
20-feature set ends at 0.2525 (chance 1/4) with every test prediction in one class, so
``at_chance`` and ``predictions_collapsed`` are expected beside ``divergence``; the dead
pennant CNN ends at 0.2325 with every prediction in one class, so both are expected beside
``dead_relu``; the 14-layer sigmoid net ends at 0.333 (chance 1/3), the zero-initialised net at
0.2525 and Adagrad at LR 1e-9 on the cold-room CSV at 0.3625 (the largest class), each with
every prediction in one class, so both are expected; the unshuffled pennant CNN ends at 0.2525
with 97% of the predictions in one class, so both are expected beside ``unshuffled_data``; the
saturated tanh net ends at 0.30, within 0.05 of the largest validation class's
share (0.2525; chance 1/4), with 33% in one class, so
``at_chance`` is expected there; the 2-unit net on the quantiles ends at 0.38, within 0.05 of
chance (1/3), with 83% in one class, so ``at_chance`` is expected and ``predictions_collapsed``
only allowed; the 50-sample quantile net ends at 0.372, within 0.05 of chance, with 41% in one
class, so ``at_chance`` is expected beside ``overfitting`` and ``generalisation_gap``; both slow
starts still fall at the end (7% and 17% in the last epoch), so ``not_converged`` is expected
beside ``slow_start``; the 40-row Friedman regression ends at training R2 1.0 and validation
0.475 with its validation loss 3.8% above its minimum, so ``generalisation_gap`` is expected
and ``overfitting`` only allowed; Trainer's NaN run on digits ends at 0.100 (chance 1/10),
TensorBoard's blown-up run on circles at 0.5 (chance 1/2), Keras' stuck run on digits at 0.145
and its single unit on circles at 0.5, so ``at_chance`` is expected in each; the hand-written
loop's overfit blobs end at 0.43, 0.097 above chance, so ``at_chance`` is only allowed there,
and the loop logs no training score, so ``generalisation_gap`` is only allowed.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 30 and sum(c.is_script for c in CASES if c.healthy) >= 10
True
>>> sum(c.is_script for c in faults) >= 10 and sum(c.healthy for c in CASES) >= 32
True
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
>>> sorted({c.tool for c in CASES if c.is_script and c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']"""


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

# a pennant: a 5x5 flag on a pole (the pole down the left column, a triangular flag from its
# top, three, two and one cells wide); its quarter turns point the flag the other three ways
_P = np.zeros((5, 5))
_P[0:5, 0] = 1.0
_P[0, 1:5] = 1.0
_P[1, 1:4] = 1.0
_P[2, 1:3] = 1.0
_PENNANTS = (_P, np.rot90(_P, -1), np.rot90(_P, 2), np.rot90(_P, 1))


def pennants(n: int = 2000, size: int = 11, noise: float = 0.4, flip: float = 0.03,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pennant (a flag on a pole) at a random place (4 classes: as drawn, and
    turned by a quarter, a half and three quarters clockwise); a share ``flip`` of the labels
    is then drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        r = int(rng.integers(0, size - 4))
        c = int(rng.integers(0, size - 4))
        x[i, 0, r:r + 5, c:c + 5] += _PENNANTS[int(k)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _fridge_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A walk-in cold room's compressor state (0 idle, 1 normal cycle, 2 iced coil) from 6
    readings."""
    n = 1200
    cls = rng.integers(0, 3, n)
    coil_c = -2 - 9 * (cls == 1) - 17 * (cls == 2) + rng.normal(0, 3.2, n)
    amps = 0.4 + 6.5 * (cls == 1) + 4.0 * (cls == 2) + rng.normal(0, 1.3, n)
    delta_c = 0.5 + 6.0 * (cls == 1) + 2.0 * (cls == 2) + rng.normal(0, 1.4, n)
    suction_kpa = 330 - 90 * (cls == 1) - 160 * (cls == 2) + rng.normal(0, 35, n)
    door_min = rng.uniform(0, 30, n)
    load_kg = rng.uniform(50, 800, n)
    return (["coil_temp_c", "compressor_amps", "air_delta_c", "suction_kpa", "door_open_min",
             "stock_kg", "state"],
            np.column_stack([coil_c, amps, delta_c, suction_kpa, door_min, load_kg, cls]))


def _depot_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bus depot's daily diesel use (litres) from 6 readings."""
    n = 1000
    buses = rng.integers(20, 140, n).astype(float)
    km_per_bus = rng.uniform(120, 320, n)
    temp_c = rng.uniform(-10, 30, n)
    hilly = rng.uniform(0, 1, n)
    stops = rng.uniform(2, 6, n)
    weekend = rng.integers(0, 2, n).astype(float)
    litres = (150 + 0.11 * buses * km_per_bus * (1 - 0.35 * weekend) + 9.0 * np.abs(temp_c - 15)
              + 420.0 * hilly + 60.0 * stops + rng.normal(0, 60.0, n))
    return (["buses_out", "km_per_bus", "air_temp_c", "hilly_share", "stops_per_km", "weekend",
             "diesel_l"],
            np.column_stack([buses, km_per_bus, temp_c, hilly, stops, weekend, litres]))


def _fridge(**sections: Any) -> Any:
    return _csv("cold_room_compressor_state", _fridge_csv, "state", "classification", 271,
                **sections)


def _depot(**sections: Any) -> Any:
    return _csv("bus_depot_diesel_litres", _depot_csv, "diesel_l", "regression", 272, **sections)


HERE = "benchmarks.diagnosis_bank.heldout27"
PN4 = _factory(f"{HERE}:pennants")
GQ9 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3000, n_features=9,
               n_classes=3, random_state=273)
CL20 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=20,
                n_informative=10, n_redundant=4, n_classes=4, class_sep=1.4, random_state=274)
FR16 = _factory("sklearn.datasets:make_friedman1", n_samples=1000, n_features=16, noise=0.9,
                random_state=275)
SCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 20}], "hidden": [40]}
WCNN = {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 24}], "hidden": [44]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h27_divergence_depot_sgd_lr02_b25", "the bus-depot CSV (targets unscaled, in the "
         "thousands), ReLU MLP, plain SGD at LR 0.2, batch 25: the step loss goes from 6.4e6 to "
         "2.0e14 in the first epoch (epoch mean 1.0e13), never to Inf or NaN, and the net ends "
         "predicting the mean (R2 -0.001)",
         _depot(model={"hidden": [36, 14]}, optim={"name": "sgd", "lr": 0.2},
                train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "underfitting", "noisy_loss",
                "dead_relu", "not_training", "vanishing_gradients", "update_ratio_low"),
         why_allowed=(BLOWUP + "; afterwards every unit of the second layer is dead, the "
                      "gradients' medians are 0 and the net predicts the mean (R2 -0.001 against "
                      "the healthy 0.9685-0.9734)"),
         verdict="failed"),
    Case("h27_divergence_cl20_adam_lr15", "Adam at LR 1.5 on the 20-feature 4-class set, batch "
         "36: the step loss jumps from 1.42 to 5383, the first epoch's mean is 189, and the net "
         "ends at chance: accuracy 0.2525, every test prediction in one class",
         {"data": CL20, "model": {"hidden": [72, 36]}, "optim": {"lr": 1.5},
          "train": {"epochs": 8, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "dead_relu", "underfitting",
                "not_training", "vanishing_gradients", "update_ratio_low", "noisy_loss"),
         why_allowed=("while the loss explodes the gradients reach 198-811; afterwards every unit "
                      "of the second layer is dead, the gradients' medians are 0 and the epoch "
                      "loss hovers about ln 4 (1.41-1.45); accuracy 0.2525 against the healthy "
                      "0.7675-0.84"),
         verdict="failed"),
    Case("h27_exploding_gq9_8x40_relu_std1", "8x40 ReLU MLP with N(0, 1) init on the "
         "9-dimensional 3-class quantiles, plain SGD at LR 0.003: the loss is 1.3e5 at step "
         "1, 2.2e16 at step 2 and NaN at step 3; the layers' gradient norms reach 1.5e14-7.2e14",
         {"data": GQ9, "model": {"hidden": [40] * 8, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 0.003},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates dwarf the weights as the gradients overflow",
         verdict="failed", expect_step=3),
    Case("h27_dead_relu_pennant_cnn_momentum_lr04", "the pennant CNN (10, 20 channels, 40 "
         "hidden), SGD with momentum 0.9 at LR 0.4: every unit of the dense layer and 80% of "
         "the second convolution's die; accuracy 0.2325, every test prediction in one class",
         {"data": PN4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.4, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("not_training", "underfitting", "vanishing_gradients", "update_ratio_low",
                "divergence", "update_ratio_high"),
         why_allowed=("with the dense layer dead the gradients' medians are 0 and the epoch loss "
                      "stays near ln 4 (1.43, 1.41, 1.40, 1.41; one step at 2.51, 1.8 times the "
                      "start); the median updates (3.3e-4 to 0.0013) are those of the steps "
                      "before the units died; accuracy 0.2325 against the healthy 0.855-0.9025"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h27_adagrad_lr1e9_fridge", "the cold-room CSV, Adagrad at LR 1e-9: median updates 0 "
         "to 1.9e-10 of the weights, the epoch loss flat at 1.084, accuracy 0.3625 with every "
         "test prediction in one class",
         _fridge(model={"hidden": [36, 18]}, optim={"name": "adagrad", "lr": 1e-9},
                 train={"epochs": 5, "batch_size": 28}),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed="accuracy 0.3625 against the healthy 0.9833-0.9917",
         verdict=TP),
    Case("h27_vanishing_sigmoid_gq9_14x18_sgd", "14x18 sigmoid MLP on the 9-dimensional 3-class "
         "quantiles, plain SGD at LR 0.05: median gradient 3.3e-13 in the first layer against "
         "0.25 at the output",
         {"data": GQ9, "model": {"hidden": [18] * 14, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.333 (chance 1/3) against the healthy 0.9033-0.9417, every test "
                      "prediction in one class; with no gradient the first layers' updates round "
                      "to 0 (medians 0 in the first five layers)"),
         verdict=TP),
    Case("h27_zero_init_cl20_adam", "zero-initialised ReLU MLP on the 20-feature 4-class set, "
         "Adam: the loss stays at ln 4 (1.386), accuracy 0.2525, every test prediction in one "
         "class",
         {"data": CL20, "model": {"hidden": [40, 20], "init": "zeros"},
          "optim": {"lr": 1e-3}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h27_saturated_tanh_cl20_std7_sgd", "2x40 tanh MLP with N(0, 7) init on the 20-feature "
         "4-class set, plain SGD at LR 1e-7: 94% and 96% of the units saturated, median "
         "updates 3.9e-10 to 1.1e-8, the epoch loss flat at 45.0, accuracy 0.30",
         {"data": CL20, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 7.0},
          "optim": {"name": "sgd", "lr": 1e-7}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.30 against the healthy 0.7675-0.84; 33% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h27_slow_start_gq9_4x48_std001_adam", "4x48 ReLU MLP with N(0, 0.01) init on the "
         "9-dimensional 3-class quantiles, Adam at LR 3e-4: the epoch loss stays at ln 3 "
         "(1.099-1.095) for the first four epochs, then falls to 0.084 and still falls ~7% an "
         "epoch at the end",
         {"data": GQ9, "model": {"hidden": [48] * 4, "init": "normal", "init_std": 0.01},
          "optim": {"lr": 3e-4}, "train": {"epochs": 25, "batch_size": 44}},
         expect=("slow_start", "not_converged"),
         allow=("vanishing_gradients", "dead_relu", "underfitting"),
         why_allowed=("accuracy 0.897 (the validation loss near its minimum at the end), just "
                      "below the healthy 0.9033-0.9417; 79% of the fourth layer's units are dead "
                      "at some time while the net leaves ln 3"),
         verdict=TP),
    Case("h27_slow_start_pennant_cnn_sgd_lr003", "the pennant CNN (10, 20 channels, 40 hidden), "
         "plain SGD at LR 0.03, 20 epochs: the epoch loss creeps from 1.38 to 1.31 (ln 4 is "
         "1.386) over the first six epochs, then falls to 0.508 and still falls 17% in the last "
         "epoch",
         {"data": PN4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "overfitting"),
         why_allowed=("accuracy 0.8225 (training 0.866) against the healthy 0.855-0.9025; the "
                      "validation loss is bumpy while the net leaves ln 4 (1.03 at epochs 16-17 "
                      "after 0.834) and is lowest at the end, no steady rise"),
         verdict=TP),
    Case("h27_unshuffled_pennant_cnn_adam_b25", "the pennant images sorted by label, never "
         "shuffled, the pennant CNN with Adam, batch 25: the net learns each block's class and "
         "forgets it, the epoch loss stays at ln 4 and the position in the epoch explains 97% "
         "of the step loss's within-epoch variance over the second half; accuracy 0.2525",
         {"data": {**PN4, "order": "by_label", "shuffle": False}, "model": SCNN,
          "optim": {"lr": 1e-3}, "train": {"epochs": 6, "batch_size": 25}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("not_training", "underfitting", "not_converged"),
         why_allowed=(SORTED + ": accuracy 0.2525 (chance 1/4) with 97% of the test predictions "
                      "in one class, the epoch loss flat at 1.40-1.395 after the first epoch"),
         verdict=TP),
    Case("h27_unshuffled_fridge_adam_b20", "the cold-room CSV sorted by label, never shuffled, "
         "Adam, batch 20: the position in the epoch explains 90% of the step loss's "
         "within-epoch variance (95% over the second half), accuracy 0.9833",
         _fridge(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [36, 18]},
                 optim={"lr": 1e-3}, train={"epochs": 6, "batch_size": 20}),
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=("the epoch loss still falls (1.10 -> 0.26, 33% in the last epoch) and the "
                      "validation loss is lowest at the end; accuracy 0.9833, at the bottom of "
                      "the healthy 0.9833-0.9917"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h27_overfit_gq9_subset50_adam", "50 samples of the 9-dimensional 3-class quantiles, "
         "2x256 MLP, Adam, 100 epochs, batch 10: training accuracy 1.0, validation 0.372; the "
         "validation loss rises from 1.097 (epoch 1) to 3.77",
         {"data": {**GQ9, "subset": 50}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap", "at_chance"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low", "noisy_loss",
                "underfitting"),
         why_allowed=("the training loss (~1e-3) still falls over the last quarter and its steps "
                      "swing 0.35 times their small mean; on that loss the first layer's median "
                      "update is 1.9e-4; 41% of the test predictions in one class"),
         verdict=GP),
    Case("h27_overfit_pennant_cnn_subset70_adam", "pennant CNN (16, 24 channels, 44 hidden) on "
         "70 images, Adam, 60 epochs: training accuracy 1.0, validation 0.44; the validation "
         "loss rises from 1.355 (epoch 4) to 2.53",
         {"data": {**PN4, "subset": 70}, "model": WCNN,
          "optim": {"lr": 2e-3}, "train": {"epochs": 60, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low", "dead_relu",
                "underfitting"),
         why_allowed=("the training loss (~2e-3) still falls over the last quarter, so the "
                      "updates are small (medians 6.4e-4 to 0.0012); 32% of the dense layer's "
                      "units are dead at some time (the healthy CNNs at most 30%)"),
         verdict=GP),
    Case("h27_gap_fr16_subset40_adamw", "40 rows of the 16-feature Friedman regression, MLP of "
         "512 and 256 units, AdamW at LR 2e-3, 250 epochs, batch 8: training R2 1.0 (the "
         "training loss falls from 209 to 0), validation 0.475, the validation loss 3.8% above "
         "its minimum (13.2, epoch 16)",
         {"data": {**FR16, "subset": 40}, "model": {"hidden": [512, 256]},
          "optim": {"name": "adamw", "lr": 2e-3}, "train": {"epochs": 250, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "update_ratio_low", "dead_relu"),
         why_allowed=("the net memorises the 40 rows, but the validation loss does not rise "
                      "clearly after its minimum, so overfitting is only allowed; with the "
                      "training loss at 0 the updates' medians are 0 to 4e-9 and its last steps "
                      "swing far relative to their tiny mean; 46% of the second layer's units are "
                      "dead, inside the healthy regressions' range"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h27_underfit_gq9_two_relu_units", "the 9-dimensional 3-class quantiles through 2 ReLU "
         "units, Adam at LR 0.01: accuracy 0.408 and 0.38, the epoch loss flat at 1.06",
         {"data": GQ9, "model": {"hidden": [2]},
          "optim": {"lr": 0.01}, "train": {"epochs": 25, "batch_size": 44}},
         expect=("underfitting", "at_chance"),
         allow=("update_ratio_high", "predictions_collapsed", "dead_relu"),
         why_allowed=("the 2-unit layer's median update is 0.0059 of its weights, inside the "
                      "part's healthy range, and one of its two units is dead at times; 83% of "
                      "the test predictions fall in one class (accuracy 0.38, within 0.05 of "
                      "chance 1/3)"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h27_update_ratio_high_cl20_rmsprop_lr001_3ep", "RMSprop at LR 0.01 on the 20-feature "
         "4-class set, batch 50, 3 epochs: median updates 0.063-0.095 of the weights",
         {"data": CL20, "model": {"hidden": [64, 64]},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 50}},
         expect=("update_ratio_high",),
         allow=("not_converged", "dead_relu", "noisy_loss", "overfitting"),
         why_allowed=("the large steps throw the net about (the step loss jumps to 3.3) yet it "
                      "reaches 0.825, inside the healthy 0.7675-0.84; the epoch loss still falls "
                      "(0.62 -> 0.44) with the validation loss lowest at the end; 42% of the "
                      "second layer's units are dead at some time"),
         verdict=TP),
    Case("h27_update_ratio_low_depot_adam_5e9", "the bus-depot CSV, Adam at LR 5e-9: median "
         "updates 5.9e-9 and 7.3e-8 of the weights, the epoch loss flat at 6.0e6",
         _depot(model={"hidden": [40]}, optim={"lr": 5e-9},
                train={"epochs": 4, "batch_size": 24}),
         expect=("update_ratio_low", "not_training"),
         allow=("underfitting",),
         why_allowed="R2 -6.1 against the healthy 0.9685-0.9734",
         verdict=TP),
    Case("h27_not_converged_fr16_sgd_5ep", "the 16-feature Friedman regression, plain SGD at LR "
         "4e-4 for 5 epochs: the epoch loss falls 207 -> 174 -> 143 -> 111 -> 81 and still "
         "falls at the end",
         {"data": FR16, "model": {"hidden": [40]}, "optim": {"name": "sgd", "lr": 4e-4},
          "train": {"epochs": 5, "batch_size": 20}},
         expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="R2 -1.89 against the healthy 0.8413-0.8611",
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h27_mse_softmax_fridge_adam", "the cold-room CSV trained with square error on the "
         "softmax, Adam",
         _fridge(model={"hidden": [32, 32]}, optim={"lr": 1e-3},
                 train={"loss": "mse", "epochs": 12, "batch_size": 30}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss's quarter means still fall 35% (accuracy 0.9875, as the "
                      "healthy runs; the validation loss lowest at the end); its steps swing 1.14 "
                      "times their small mean"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h27_lightning_unshuffled_cancer_adam_b18", "Lightning: breast cancer sorted by label, "
         "never shuffled, Adam, batch 18: the position in the epoch explains 80% of the step "
         "loss's within-epoch variance (99% over the second half)",
         script=lightning_run(_s("breast_cancer", hidden=(30,), optim="adam", lr=1.5e-3,
                                 epochs=6, batch_size=18, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged",),
         why_allowed=("the epoch loss still falls (0.138 -> 0.118) and the validation loss is "
                      "lowest at the end; accuracy 0.947, against TensorBoard's and Trainer's "
                      "0.939 on breast cancer"),
         verdict=TP),
    Case("h27_lightning_adagrad_1e9_digits_stuck", "Lightning: digits, Adagrad at LR 1e-9, batch "
         "34: the epoch loss stays at 2.297, accuracy 0.198",
         script=lightning_run(_s("digits", hidden=(46,), optim="adagrad", lr=1e-9, epochs=4,
                                 batch_size=34)),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.198, 0.098 above chance (1/10), against Keras' 0.955 on "
                      "digits"),
         verdict=TP),
    Case("h27_hf_trainer_sgd_momentum_lr15_digits_nan", "Hugging Face Trainer names: SGD with "
         "momentum 0.9 at LR 15 on digits, 88-unit MLP, batch 32: the logged loss is 266 at "
         "step 3, 7.8e7 at step 6, 6.0e32 at step 21, Inf at step 24 and NaN from step 27",
         script=hf_trainer_run(_s("digits", hidden=(88,), optim="sgd", lr=15.0,
                                  optim_args={"momentum": 0.9}, epochs=2, batch_size=32),
                               logging_steps=3),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "underfitting"),
         why_allowed=(BLOWUP + "; the NaN net's accuracy is 0.100 (chance 1/10)"),
         verdict="failed", expect_step=24),
    Case("h27_hf_trainer_iris_sgd_lr01_3ep_not_converged", "Hugging Face Trainer names: iris, "
         "plain SGD at LR 0.1 for 3 epochs, 18 units, logging every 3 steps: the logged loss "
         "falls 0.99 -> 0.50 and the evaluation loss 0.638 -> 0.541 -> 0.517, lowest at the end",
         script=hf_trainer_run(_s("iris", hidden=(18,), optim="sgd", lr=0.1, epochs=3,
                                  batch_size=6), logging_steps=3),
         tool="transformers", expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="accuracy 0.833 against Lightning's 0.967 on iris",
         verdict=TP),
    Case("h27_keras_circles_one_relu_unit_adam", "Keras names: circles with noise 0.1 through 1 "
         "ReLU unit, Adam at LR 0.012, batch 24, 40 epochs: the loss stays at ln 2 (0.6964 -> "
         "0.6940), validation accuracy 0.5 at every epoch",
         script=keras_run(_s("circles", hidden=(1,), optim="adam", lr=1.2e-2,
                             epochs=40, batch_size=24, n=1000, noise=0.1)),
         tool="keras", expect=("underfitting", "at_chance"),
         allow=("not_training", "not_converged", "dead_relu"),
         why_allowed=("the single unit carries nothing the output can use (validation accuracy "
                      "0.5 at every epoch), so the loss barely moves (against TensorBoard's 0.99 "
                      "on circles with noise 0.1)"),
         verdict=TP),
    Case("h27_keras_adam_1e9_digits_stuck", "Keras names: digits, Adam at LR 1e-9: the loss stays "
         "at 2.311, accuracy 0.145",
         script=keras_run(_s("digits", hidden=(42,), optim="adam", lr=1e-9, epochs=5,
                             batch_size=26)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed="accuracy 0.145 (chance 1/10) against the healthy Keras run's 0.955 on digits",
         verdict=TP),
    Case("h27_tensorboard_noisy_b1_moons_sgd", "TensorBoard tags: batch 1, plain SGD at LR 0.3 on "
         "moons with noise 0.2, 18 units, 2 epochs: the step loss swings 3.6 times its mean",
         script=tensorboard_run(_s("moons", hidden=(18,), optim="sgd", lr=0.3,
                                   epochs=2, batch_size=1, n=600, noise=0.2)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged", "unshuffled_data"),
         why_allowed=("two epochs: the validation loss is lowest at the end and the run has not "
                      "settled (accuracy 0.90 against Lightning's 0.955 on moons with noise 0.2); "
                      "with two epochs of 360 steps the within-epoch position statistic rests on "
                      "one epoch per half"),
         verdict=TP),
    Case("h27_tensorboard_sgd_momentum_lr10_circles_divergence", "TensorBoard tags: SGD with "
         "momentum 0.9 at LR 10 on circles with noise 0.1, 2x28 MLP, batch 22: the step loss "
         "jumps from 0.71 to 450 (step 4), 6000 (step 5) and 2.5e5 (step 7), never to NaN, then "
         "hovers at 1-7 (4.7 at the end, 6.7 times the start); accuracy 0.5 at every epoch",
         script=tensorboard_run(_s("circles", hidden=(28, 28), optim="sgd", lr=10.0,
                                   optim_args={"momentum": 0.9}, epochs=4, batch_size=22,
                                   n=1000, noise=0.1)),
         tool="tensorboard", expect=("divergence", "at_chance"),
         allow=("underfitting", "exploding_gradients", "noisy_loss"),
         why_allowed=(BLOWUP + "; the blown-up net's accuracy is 0.5 (chance 1/2) against "
                      "TensorBoard's healthy 0.99 on circles with noise 0.1"),
         verdict="failed"),
    Case("h27_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam, batch 14, a corrupt record (x = 1e30) at step 6 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(22,), optim="adam", lr=2e-3, epochs=2,
                             batch_size=14, n=500, noise=0.2), corrupt_step=6),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=6),
    Case("h27_plain_overfit_blobs3_subset26_adam", "hand-written loop: 26 points of 3 blobs with "
         "noise 0.45, 2x256 MLP, Adam, 150 epochs, batch 6: the validation loss rises from "
         "1.03 (epoch 4) to 5.34",
         script=plain_run(_s("blobs", hidden=(256, 256), optim="adam", lr=1e-3,
                             epochs=150, batch_size=6, subset=26, n=1000, k=3, noise=0.45)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "at_chance", "underfitting"),
         why_allowed=("the loop logs no training score: its loss falls from 1.15 to near 0 on the "
                      "26 points while validation accuracy ends at 0.43 (0.097 above chance 1/3); "
                      "its steps swing 1.30 times their mean"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy27_gq9_adam_b40",
       {"data": GQ9, "model": {"hidden": [96, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 40}}),
    _h("healthy27_gq9_elu_adamw_b48",
       {"data": GQ9, "model": {"hidden": [128, 96], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 48}}),
    _h("healthy27_gq9_nesterov_step_b30",
       {"data": GQ9, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "nesterov": True,
                  "schedule": "step", "step_size": 8, "gamma": 0.3},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy27_gq9_leaky_rmsprop_exp_b56",
       {"data": GQ9, "model": {"hidden": [112, 112], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.88},
        "train": {"epochs": 25, "batch_size": 56}}),
    _h("healthy27_cl20_adam_b32",
       {"data": CL20, "model": {"hidden": [96, 48]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy27_cl20_leaky_adamw_b40",
       {"data": CL20, "model": {"hidden": [80, 40], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1.5e-3, "weight_decay": 0.02, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 40}}),
    _h("healthy27_cl20_momentum_b28",
       {"data": CL20, "model": {"hidden": [80, 40]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 28}}),
    _h("healthy27_cl20_dropout_adam_b34",
       {"data": CL20, "model": {"hidden": [128, 64], "dropout": 0.3},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 34}}),
    _h("healthy27_cl20_xavier_tanh_adagrad_inverse_b24",
       {"data": CL20, "model": {"hidden": [80], "activation": "tanh",
                                "init": "xavier_uniform"},
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy27_pn4_cnn_adam_b30",
       {"data": PN4, "model": SCNN, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy27_pn4_cnn_dropout_adamw_b36",
       {"data": PN4, "model": {**WCNN, "dropout": 0.3},
        "optim": {"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy27_pn4_cnn_nesterov_b28",
       {"data": PN4, "model": SCNN,
        "optim": {"name": "sgd", "lr": 0.015, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 28}}),
    _h("healthy27_pn4_cnn_rmsprop_step_b40",
       {"data": PN4, "model": WCNN,
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "step", "step_size": 8,
                  "gamma": 0.3},
        "train": {"epochs": 16, "batch_size": 40}}),
    _h("healthy27_fr16_elu_adam_b32",
       {"data": FR16, "model": {"hidden": [96, 96], "activation": "elu"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 32}}),
    _h("healthy27_fr16_elu_adamw_b44",
       {"data": FR16, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-3, "weight_decay": 0.01, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 44}}),
    _h("healthy27_fridge_adam_b26",
       _fridge(model={"hidden": [48, 24]}, optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 26})),
    _h("healthy27_fridge_elu_momentum_b22",
       _fridge(model={"hidden": [64], "activation": "elu"},
              optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 22})),
    _h("healthy27_fridge_rmsprop_b36",
       _fridge(model={"hidden": [64, 32]},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 36})),
    _h("healthy27_fridge_tanh_adamw_b32",
       _fridge(model={"hidden": [48, 48], "activation": "tanh"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 32})),
    _h("healthy27_fridge_selu_adam_b40",
       _fridge(model={"hidden": [56, 28], "activation": "selu"},
              optim={"lr": 1.5e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 40})),
    _h("healthy27_depot_elu_adam_b24",
       _depot(model={"hidden": [64, 32], "activation": "elu"},
             optim={"lr": 5e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 24})),
    _h("healthy27_depot_selu_adamw_b20",
       _depot(model={"hidden": [64, 64], "activation": "selu"},
             optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 20})),
    _hs("healthy27_lightning_moons_adam",
        lightning_run(_s("moons", hidden=(26, 26), optim="adam", lr=2e-3, epochs=15,
                         batch_size=22, n=1000, noise=0.2)), "lightning"),
    _hs("healthy27_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(26,), optim="adamw", lr=4e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy27_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(22,), optim="adam", lr=4e-3, epochs=25,
                          batch_size=14), logging_steps=3), "transformers"),
    _hs("healthy27_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(36,), optim="adamw", lr=1e-3, epochs=15,
                          batch_size=22), logging_steps=4), "transformers"),
    _hs("healthy27_keras_digits_adam",
        keras_run(_s("digits", hidden=(60,), optim="adam", lr=1e-3, epochs=10,
                     batch_size=28)), "keras"),
    _hs("healthy27_keras_moons_rmsprop",
        keras_run(_s("moons", hidden=(30, 15), optim="rmsprop", lr=2e-3, epochs=15,
                     batch_size=22, n=1000, noise=0.3)), "keras"),
    _hs("healthy27_tensorboard_cancer_adam_b26",
        tensorboard_run(_s("breast_cancer", hidden=(26,), optim="adam", lr=1e-3, epochs=15,
                           batch_size=26)), "tensorboard"),
    _hs("healthy27_tensorboard_circles_adamw_b18",
        tensorboard_run(_s("circles", hidden=(22, 22), optim="adamw", lr=3e-3, epochs=15,
                           batch_size=18, n=1000, noise=0.1)), "tensorboard"),
    _hs("healthy27_plain_wine_adam",
        plain_run(_s("wine", hidden=(20,), optim="adam", lr=3e-3, epochs=25,
                     batch_size=10)), "pytorch"),
    _hs("healthy27_plain_sine_rmsprop",
        plain_run(_s("sine", hidden=(30, 30), optim="rmsprop", lr=1e-3, epochs=30,
                     batch_size=18, n=500, noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
