"""The twenty-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout22`'s measurement, before any change is measured on it,
and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout22` in its combination of
data set (new here: a 10x10 image set of a staircase (a 5x5 stepped right triangle with its right
angle bottom right, bottom left, top left or top right; 4 classes), 2000 images with noise 0.35
and 3% random labels; 4-class Gaussian quantiles in 6 dimensions (2800 samples); a 23-feature
3-class set (1600 samples, 12 informative, 5 redundant, class separation 1.6); a 14-feature
Friedman-1 regression (noise 0.9); a mountain slope's avalanche-danger call CSV (3 classes from 6
readings) and an office lift's trip-time regression CSV, besides the script tools' shipped sets
with new settings: moons with noise 0.22 and 0.35, circles with noise 0.08, 7 blobs with noise
0.28, iris, wine, breast cancer, digits and the sine with noise 0.25), model (MLPs of several
widths and activations (ReLU, leaky ReLU, ELU, SELU, tanh, sigmoid), CNNs with and without
dropout), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without (Nesterov) momentum),
batch size, learning rate, schedule (cosine, step, exponential, inverse time, constant),
initialisation (default, Xavier, Kaiming, normal, zeros), weight decay, dropout or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 to 4 steps, Keras and
TensorBoard names, a hand-written loop).

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

The healthy runner cases measured: median update ratio per layer 1.0e-4 (the output layer of the
ELU MLP with Adam on the lift CSV) to 0.0060 (the second layer of the leaky-ReLU MLP with RMSprop
on the lift CSV); the expected ``update_ratio_high`` run sits at medians of 0.039, 0.038 and
0.029 (RMSprop at LR 0.006 on the quantiles: 4.8-6.5x the healthy extreme); the expected
``update_ratio_low`` runs at 2.2e-9 to 8.6e-9 (Adagrad at LR 1e-8 on the avalanche CSV:
11000x and more below the healthy 1.0e-4), 2.2e-8 and 1.1e-7 (Adam at LR 1e-8 on the lift CSV:
900-4500x below), 4.9e-8 to 2.8e-7 (SGD with momentum at LR 2e-7 on the 23-feature set:
360-2000x below) and 1.1e-9 to 1.3e-8 (the saturated tanh MLP with SGD at LR 1e-7). Dead-ReLU
fraction per layer at most 0.578 at any time (the second layer of the SELU MLP on the lift CSV,
whose negative outputs count; the regressions 0-0.578), at most 0.375 on the classification sets
(the dense layer of the staircase CNN with dropout and AdamW) and at most 0.312 in the
classification MLPs (the leaky-ReLU MLP with RMSprop on the quantiles); the expected
``dead_relu`` run reaches 1.0 (plain SGD at LR 0.15 on the lift CSV: all 12 units of the second
layer from the first epoch on). Saturated fraction per layer at most 0.005 (the second layer of
the tanh MLP on the avalanche CSV); the expected ``saturated_activation`` run reaches 0.79 and
0.93. Gradient norms at most ~4.8 on the classification sets (the first layer of the ELU MLP
with AdamW on the quantiles) and up to ~3000 (lift CSV) and ~140 (Friedman) on the regressions
(unscaled targets), none growing without bound (the expected ``exploding_gradients`` run, on the
quantiles: 1.2e5-3.2e5 at step 1, the loss 3.1e5 at step 1, 1.2e22 at step 2 and NaN at step 3;
the expected ``vanishing_gradients`` run: a median of 9e-12 in its first layer against 0.036 at
the output). The position in the epoch explains at most 15.0% of the step loss's within-epoch
variance in every healthy runner run (Adam on the quantiles, 47 steps an epoch; at most 16.4%
over the second half of the epochs, the staircase CNN with Adam) and at most 19.8% in the
healthy scripts that log every step (TensorBoard on digits with batch 32, whose loss falls fast
within the first epochs; 14.9% over the second half, the hand-written loop on wine), while the
unshuffled runner run reaches 78% (99% over the second half) and Lightning's unshuffled run 91%
(98%); runs that end while the loss still falls fast within every epoch (the unfinished runs,
RMSprop at LR 0.006) reach 34-42% too (45-56% over the second half), with no order in their
data. The standard deviation of
the step loss's step-to-step change over the second half of a run is at most 1.38 times its mean
in every healthy runner run (the staircase CNN with momentum) and at most 1.14 in the scripts
(TensorBoard, Adam on breast cancer), while the expected ``noisy_loss`` run swings 5.8
(TensorBoard tags, batch 1, plain SGD at LR 0.02 on breast cancer: 5x the scripts'). Healthy
runs reach a validation score close to what the data allow (accuracy 0.896-0.936 on the
quantiles, where the run's ``baseline/val_accuracy`` is 0.493; 0.938-0.947 on the 23-feature
set, where the baseline is 0.956, above every MLP (a linear model suits the set); 0.945-0.9675
on the staircases, 0.95; 0.861-0.870 on the avalanche CSV, 0.861 (linear readings leave a net
nothing to add); R2 0.860-0.882 on the Friedman regression, 0.721, and 0.952-0.964 on the lift
CSV, 0.947; for the scripts 0.945 on moons with noise 0.22 and 1.0 on wine (Lightning), 0.967 on
iris and 0.950 on digits (Trainer), 0.947 on breast cancer and 0.995 on circles with noise 0.08
(Keras), 0.961 on digits and 0.930 on breast cancer (TensorBoard), 0.972 on wine and R2 0.914 on
the sine (hand-written loop)), their validation loss does not rise clearly at the end (at most
3.3% above its minimum in the runner runs: the staircase CNN with momentum; 2.1% in the
hand-written loop on the sine), no training score ends ~1 with the validation score 0.1 lower
(the largest gaps: 0.088 in accuracy, Adam on the quantiles, training 0.984, and 0.082 with SGD,
momentum and a step schedule on the quantiles, training 1.0; 0.063 in R2, the ELU MLP with
Xavier init and AdamW on the Friedman regression, training 0.923), and they expect no finding of
severity warning or worse. The runner runs' epoch loss falls by at most 44% over the last
quarter of the epochs against the quarter before (SGD with momentum and a step schedule on the
quantiles, its validation loss lowest at the end) and their validation loss by at most 11.5%
(the ELU MLP with Adam on the Friedman regression, 0.1% above its minimum at the end); in the
scripts the validation loss's quarter means fall by up to 31% (the hand-written loop on wine,
lowest at the end), measured the same way (quarter means, which overstate the fall at the very
end).

Healthy candidates changed or replaced: on the quantiles the 128-64 MLP with Adam over 30 epochs
ended 6.1% above its validation minimum (epoch 18) with a gap of 0.093 (now 96-64 units, 18
epochs: 0.3%, gap 0.088); on the 23-feature set Adam over 25 epochs ended 5.5% above its minimum
(epoch 8; now 12 epochs: lowest at the end); on the Friedman regression a tanh MLP with Xavier
init reached R2 0.781 and a leaky-ReLU one 0.670 (now ELU: 0.860); Lightning on moons with AdamW
at LR 2e-3 ended 6.0% above its minimum (now LR 1e-3: lowest at the end); Trainer on iris at LR
3e-3 reached 0.90 with its loss still falling (now 5e-3: 0.967); Trainer on 4 blobs reached 0.62
with noise 0.25 and 0.875 with noise 0.12, overlapping blobs whose limit is unknown (now
digits: 0.950). Faults changed or dropped: plain SGD at LR 0.3 on the lift CSV blew the loss up
to 1.3e13 before the units died, and LR 0.1 to 1.4e34 (now LR 0.15: never above 1.11 times its
start); the slow start at LR 3e-4 ended at accuracy 0.83 with its loss still falling 17% (now
5e-4: 0.90); the label-sorted quantiles ended at chance (0.28, 96% of the predictions in one
class), a label-sorted 23-feature set at 0.916 with the position explaining 62% (now the
avalanche CSV: 0.822, 78%); the 2x256 MLP on 40 Friedman rows ended only 6.2% above its
validation minimum, 3x256 on 30 rows 1.3% (now 512 and 256 units at LR 2e-3 for 250 epochs:
22%); weight decay 0.2 with SGD and momentum on the 23-feature set reached 0.897 and 0.894, near
the healthy 0.938 (0.4 reached 0.83 but moved the weights 0.015 a step, 2.5 times the healthy
extreme; now 1 ELU unit: 0.76 and 0.80); 2 tanh units on the quantiles saturated 27% of their
inputs, far above every healthy run (now 3 ReLU units); RMSprop at LR 0.015 on the quantiles left
72% of the second layer's units dead (now LR 0.006: 38%); Keras' 1 ReLU unit on circles died and
sat at ln 2 with accuracy 0.5 (now 2 tanh units with RMSprop: 0.765); TensorBoard's batch-1 SGD
at LR 0.2 on breast cancer blew the validation loss up to 44 with accuracy 0.41 (now LR 0.02:
0.947). Labels read from the metrics: AdamW at LR 0.8 on the 23-feature set ends at accuracy
0.334 (chance 1/3) with 99% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``divergence``; SGD with momentum at LR 2e-7
ends at 0.341 with 99.7% in one class, so both are expected there too; Adagrad at LR 1e-8 on the
avalanche CSV ends at 0.226, far below chance (1/3), so ``at_chance`` is only allowed; the
saturated tanh run ends at 0.483, 0.15 above chance, and the 3-unit net on the quantiles at
0.418, 0.168 above chance (1/4), so ``at_chance`` is not accepted there; the 12-layer sigmoid net
ends at 0.25 (chance 1/4) with every prediction in one class, so both are expected; Trainer's
NaN run on breast cancer ends at 0.368 and Keras' iris at LR 1e-7 at 0.033, far below chance, so
``at_chance`` is only allowed there; TensorBoard's blow-up on circles ends at 0.595, 0.095 above
chance (1/2), so ``at_chance`` is allowed; the dead ReLU MLP on the lift CSV ends at R2 -0.001
with a flat loss, so ``underfitting`` is expected besides ``dead_relu``; the Friedman regression
on 40 rows ends with its validation loss 22% above its minimum, so ``overfitting`` is expected
beside ``generalisation_gap``; the hand-written loop logs no training score, so
``generalisation_gap`` is only allowed there.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 30 and sum(c.healthy for c in CASES) >= 32
True
>>> sum(c.is_script for c in faults) >= 10 and sum(c.is_script and c.healthy for c in CASES) >= 10
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

# a staircase: a 5x5 stepped right triangle (row i holds the last i + 1 cells, so the steps
# climb from the bottom left to the top right and the right angle sits bottom right); its
# quarter turns put the right angle bottom left, top left and top right
_S = np.zeros((5, 5))
for _i in range(5):
    _S[_i, 4 - _i:] = 1.0
_STAIRS = (_S, np.rot90(_S, -1), np.rot90(_S, 2), np.rot90(_S, 1))


def stairs(n: int = 2000, size: int = 10, noise: float = 0.35, flip: float = 0.03,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 staircase at a random place (4 classes: the right angle bottom right, bottom
    left, top left, top right); a share ``flip`` of the labels is then drawn at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        r = int(rng.integers(0, size - 4))
        c = int(rng.integers(0, size - 4))
        x[i, 0, r:r + 5, c:c + 5] += _STAIRS[int(k)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _avalanche_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A mountain slope's avalanche danger call (0 low, 1 considerable, 2 high) from 6 readings."""
    n = 1150
    cls = rng.integers(0, 3, n)
    new_snow = 8 + 18 * (cls == 1) + 40 * (cls == 2) + rng.normal(0, 10, n)
    wind_kmh = 15 + 12 * (cls == 1) + 22 * (cls == 2) + rng.normal(0, 9, n)
    warming = -2 + 2.0 * (cls == 1) + 3.5 * (cls == 2) + rng.normal(0, 1.5, n)
    slope_deg = rng.uniform(25, 45, n) + 1.5 * (cls > 0)
    aspect = rng.uniform(0, 360, n)
    base_cm = rng.uniform(60, 260, n)
    return (["new_snow_72h_cm", "wind_kmh", "air_temp_rise_c", "slope_deg", "aspect_deg",
             "snow_base_cm", "danger"],
            np.column_stack([new_snow, wind_kmh, warming, slope_deg, aspect, base_cm, cls]))


def _lift_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An office building's lift trip time (seconds) from 6 readings."""
    n = 1000
    floors = rng.integers(1, 25, n).astype(float)
    stops = rng.integers(0, 6, n).astype(float)
    load_kg = rng.uniform(60, 900, n)
    hour = rng.uniform(7, 20, n)
    rush = ((hour > 8) & (hour < 9.5)) | ((hour > 17) & (hour < 18.5))
    age = rng.uniform(0, 30, n)
    seconds = (6 + 2.2 * floors + 7.5 * stops + 0.004 * load_kg + 9 * rush
               + 0.12 * age + 3 * np.sqrt(stops * floors) + rng.normal(0, 2.5, n))
    return (["floors_travelled", "intermediate_stops", "load_kg", "hour_of_day", "car_age_years",
             "trip_seconds"],
            np.column_stack([floors, stops, load_kg, hour, age, seconds]))


def _snow(**sections: Any) -> Any:
    return _csv("avalanche_danger_call", _avalanche_csv, "danger", "classification", 231,
                **sections)


def _lift(**sections: Any) -> Any:
    return _csv("lift_trip_seconds", _lift_csv, "trip_seconds", "regression", 232, **sections)


HERE = "benchmarks.diagnosis_bank.heldout23"
ST4 = _factory(f"{HERE}:stairs")
GQ6 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=2800, n_features=6,
               n_classes=4, random_state=233)
CL23 = _factory("sklearn.datasets:make_classification", n_samples=1600, n_features=23,
                n_informative=12, n_redundant=5, n_classes=3, class_sep=1.6, random_state=234)
FR14 = _factory("sklearn.datasets:make_friedman1", n_samples=1000, n_features=14, noise=0.9,
                random_state=235)
SCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 20}], "hidden": [40]}
TCNN = {"kind": "cnn", "conv": [{"channels": 14}, {"channels": 28}], "hidden": [56]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h23_nan_lift_momentum_lr003", "the lift CSV (targets unscaled), ReLU MLP, SGD with "
         "momentum 0.9 at LR 0.03, batch 20: the loss falls from 7401 to 2944 (step 2), then "
         "jumps to 4.0e7, 1.5e5 and 9.9e18 and is Inf at step 6",
         _lift(model={"hidden": [40, 20]},
               optim={"name": "sgd", "lr": 0.03, "momentum": 0.9},
               train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h23_divergence_cl23_adamw_lr08", "AdamW at LR 0.8 on the 23-feature 3-class set, "
         "batch 40: the step loss jumps from 1.08 to 152 (step 2) and 2613 (step 3), the first "
         "epoch's mean is 157, and the net ends at chance: accuracy 0.334, 99% of the test "
         "predictions in one class",
         {"data": CL23, "model": {"hidden": [64, 64]}, "optim": {"name": "adamw", "lr": 0.8},
          "train": {"epochs": 8, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "dead_relu", "underfitting",
                "not_training", "vanishing_gradients", "update_ratio_low", "noisy_loss"),
         why_allowed=("while the loss explodes the gradients reach 120-400 and the first update "
                      "6.5-12 times the weights; afterwards 86% of the second layer's units are "
                      "dead, the gradients' medians are 0 and the epoch loss sits near ln 3 "
                      "(1.12, 1.04, 3.50, 1.11, 1.14, 1.11) with its steps swinging 4.6 times "
                      "their mean; accuracy 0.334 against the healthy 0.938-0.947"),
         verdict="failed"),
    Case("h23_exploding_gq6_10x36_leaky_std08", "10x36 leaky-ReLU MLP with N(0, 0.8) init on the "
         "6-dimensional 4-class quantiles, plain SGD at LR 0.002: the loss is 3.1e5 at step 1, "
         "1.2e22 at step 2 and NaN at step 3; the gradients 1.2e5-3.2e5 at step 1",
         {"data": GQ6, "model": {"hidden": [36] * 10, "activation": "leaky_relu",
                                 "init": "normal", "init_std": 0.8},
          "optim": {"name": "sgd", "lr": 0.002},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates are 11-24 times the weights at the first step",
         verdict="failed"),
    Case("h23_dead_relu_lift_sgd_lr015_b32", "the lift CSV (targets unscaled), ReLU MLP, plain "
         "SGD at LR 0.15, batch 32: all 12 units of the second layer die in the first epoch "
         "and the net predicts the mean (R2 -0.001)",
         _lift(model={"hidden": [32, 12]}, optim={"name": "sgd", "lr": 0.15},
               train={"epochs": 3, "batch_size": 32}, diagnose=NOSTOP),
         expect=("dead_relu", "underfitting"),
         allow=("not_training", "vanishing_gradients", "update_ratio_low", "update_ratio_high"),
         why_allowed=("the first updates are 0.95-12 times the weights (the step loss goes 6278 "
                      "-> 6958 at step 3, never above 1.11 times its start); afterwards no "
                      "gradient reaches the weights (medians 0) and the epoch loss stays at the "
                      "target's variance (1914 -> 822 -> 821; R2 -0.001 against the healthy "
                      "0.952-0.964)"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h23_adagrad_lr1e8_snow", "the avalanche CSV, Adagrad at LR 1e-8: median updates "
         "2.2e-9 to 8.6e-9 of the weights, the epoch loss flat at 1.118",
         _snow(model={"hidden": [32, 16]}, optim={"name": "adagrad", "lr": 1e-8},
               train={"epochs": 5, "batch_size": 30}),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.226, far below chance (1/3), against the healthy 0.861-0.870; "
                      "52% of the test predictions fall in one class"),
         verdict=TP),
    Case("h23_vanishing_sigmoid_gq6_12x20_sgd", "12x20 sigmoid MLP on the 6-dimensional 4-class "
         "quantiles, plain SGD at LR 0.05: median gradient 9e-12 in the first layer against "
         "0.036 at the output",
         {"data": GQ6, "model": {"hidden": [20] * 12, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05}, "train": {"epochs": 4, "batch_size": 45}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.25 (chance 1/4) against the healthy 0.896-0.936, every test "
                      "prediction in one class; with no gradient the first layers' updates round "
                      "to 0 (medians 0 in the first four layers)"),
         verdict=TP),
    Case("h23_zero_init_cl23_momentum", "zero-initialised ReLU MLP on the 23-feature 3-class set, "
         "SGD with momentum 0.9: the loss stays at ln 3, accuracy 0.331",
         {"data": CL23, "model": {"hidden": [48, 24], "init": "zeros"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h23_saturated_tanh_snow_std4_sgd", "2x48 tanh MLP with N(0, 4) init on the avalanche "
         "CSV, plain SGD at LR 1e-7: 79% and 93% of the units saturated, the epoch loss flat at "
         "14.9",
         _snow(model={"hidden": [48, 48], "activation": "tanh", "init": "normal",
                      "init_std": 4.0},
               optim={"name": "sgd", "lr": 1e-7}, train={"epochs": 4, "batch_size": 30}),
         expect=("saturated_activation", "update_ratio_low", "not_training"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.483 (0.15 above chance, 1/3) against the healthy 0.861-0.870; "
                      "45% of the test predictions fall in one class"),
         verdict=TP),
    Case("h23_slow_start_relu_cl23_6x40_std002_adam", "6x40 ReLU MLP with N(0, 0.02) init on the "
         "23-feature 3-class set, Adam at LR 5e-4: the epoch loss stays at ln 3 for 3 epochs "
         "(1.0987, 1.0986, 1.0981), then falls to 0.141",
         {"data": CL23, "model": {"hidden": [40] * 6, "init": "normal", "init_std": 0.02},
          "optim": {"lr": 5e-4}, "train": {"epochs": 30, "batch_size": 32}},
         expect=("slow_start",),
         allow=("vanishing_gradients", "dead_relu", "not_converged", "underfitting"),
         why_allowed=("the tiny init's signal fades through six layers while the loss sits at ln "
                      "3 (every layer's gradient 2.5e-7 to 4.1e-7 at step 1); 75-85% of the last "
                      "three layers' units are dead at the start (medians 0.40-0.62 over the "
                      "run); the epoch loss's quarter means still fall 45% and the validation "
                      "loss is lowest at the end, at accuracy 0.90 against the healthy "
                      "0.938-0.947"),
         verdict=TP),
    Case("h23_unshuffled_snow_adamw_b25", "the avalanche CSV sorted by label, never shuffled, "
         "AdamW, batch 25: accuracy 0.822",
         _snow(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [48, 24]},
               optim={"name": "adamw", "lr": 2e-3}, train={"epochs": 6, "batch_size": 25}),
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.822 against the healthy 0.861-0.870); the epoch loss still "
                      "falls (0.57 -> 0.52)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h23_overfit_cl23_subset45_adamw", "45 samples of the 23-feature set, 2x256 MLP, AdamW, "
         "100 epochs, batch 9: training accuracy 1.0, validation 0.834; the validation loss "
         "rises from 0.38 (epoch 7) to 0.74",
         {"data": {**CL23, "subset": 45}, "model": {"hidden": [256, 256]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 100, "batch_size": 9}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("the training loss (~2e-4) still falls 48% over the last quarter; on that "
                      "loss the first layer's median update (1.1e-4) and gradients (~0.003) are "
                      "small"),
         verdict=GP),
    Case("h23_overfit_st4_cnn_subset80_adam", "staircase CNN (14, 28 channels, 56 hidden) on 80 "
         "images, Adam, 60 epochs: training accuracy 1.0, validation 0.69; the validation loss "
         "rises from 0.94 (epoch 16) to 1.12",
         {"data": {**ST4, "subset": 80}, "model": TCNN,
          "optim": {"lr": 2e-3}, "train": {"epochs": 60, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low", "dead_relu"),
         why_allowed=("the training loss (~1.2e-3) still falls 55% over the last quarter, so the "
                      "gradients (medians 0.023-0.071) and updates (medians 3.3e-4 to 5.5e-4) "
                      "are small; 39% of the dense layer's units are dead, near the healthy "
                      "CNNs' 37.5% and inside the healthy runs' range"),
         verdict=GP),
    Case("h23_overfit_fr14_subset40_adam", "40 rows of the 14-feature Friedman regression, MLP of "
         "512 and 256 units, Adam at LR 2e-3, 250 epochs, batch 8: training R2 1.0, validation "
         "0.415; the validation loss rises from 11.0 (epoch 11) to 13.5",
         {"data": {**FR14, "subset": 40}, "model": {"hidden": [512, 256]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 250, "batch_size": 8}},
         expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("the training loss falls to ~1e-13, so the gradients' medians are 1.7e-4 "
                      "to 7.6e-4 and the updates' 1.3e-7 to 2.5e-7 of the weights, and its "
                      "steps swing 6.5 times their tiny mean; its quarter means still fall"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h23_underfit_gq6_three_relu_units", "the 6-dimensional 4-class quantiles through 3 "
         "ReLU units, Adam at LR 0.01: accuracy 0.42 and 0.42, the loss flat at 1.21",
         {"data": GQ6, "model": {"hidden": [3]},
          "optim": {"lr": 0.01}, "train": {"epochs": 25, "batch_size": 40}},
         expect=("underfitting",),
         allow=("update_ratio_high",),
         why_allowed=("the 3-unit layer's median update is 0.0061 of its weights, at the healthy "
                      "extreme (0.0060)"),
         verdict=TP),
    Case("h23_underfit_cl23_one_elu_unit", "the 23-feature 3-class set through 1 ELU unit, Adam "
         "at LR 0.01: accuracy 0.76 and 0.80, the loss flat at 0.556",
         {"data": CL23, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"lr": 0.01}, "train": {"epochs": 20, "batch_size": 32}},
         expect=("underfitting",),
         allow=("update_ratio_high",),
         why_allowed=("the single unit's input weights move by a median 0.0070 of themselves a "
                      "step, 1.2 times the healthy extreme"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h23_update_ratio_high_gq6_rmsprop_lr0006", "RMSprop at LR 0.006 on the 6-dimensional "
         "4-class quantiles, batch 64: median updates 0.029-0.039 of the weights",
         {"data": GQ6, "model": {"hidden": [64, 64]},
          "optim": {"name": "rmsprop", "lr": 0.006},
          "train": {"epochs": 6, "batch_size": 64}},
         expect=("update_ratio_high",),
         allow=("not_converged", "underfitting", "dead_relu"),
         why_allowed=("the large steps throw the net about (the step loss jumps to 1.86 at step "
                      "3); after 6 epochs accuracy is 0.845 against the healthy 0.896-0.936 and "
                      "the validation loss still falls (lowest at the end); 38% of the second "
                      "layer's units are dead, inside the healthy runs' range"),
         verdict=TP),
    Case("h23_update_ratio_low_lift_adam_1e8", "the lift CSV, Adam at LR 1e-8: median updates "
         "2.2e-8 and 1.1e-7 of the weights, the epoch loss flat at 6221",
         _lift(model={"hidden": [40]}, optim={"lr": 1e-8},
               train={"epochs": 4, "batch_size": 25}),
         expect=("update_ratio_low", "not_training"),
         allow=("underfitting",),
         why_allowed="R2 -6.9 against the healthy 0.952-0.964",
         verdict=TP),
    Case("h23_update_ratio_low_cl23_momentum_2e7", "the 23-feature 3-class set, SGD with "
         "momentum 0.9 at LR 2e-7: median updates 4.9e-8 to 2.8e-7 of the weights",
         {"data": CL23, "model": {"hidden": [48, 24]},
          "optim": {"name": "sgd", "lr": 2e-7, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 36}},
         expect=("update_ratio_low", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed="accuracy 0.341 (chance 1/3) against the healthy 0.938-0.947",
         verdict=TP),
    Case("h23_not_converged_st4_cnn_momentum_4ep", "the staircase CNN, SGD with momentum 0.9 at "
         "LR 5e-3 for 4 epochs: the epoch loss falls 1.38 -> 1.36 -> 1.31 -> 1.22, fastest at "
         "the end",
         {"data": ST4, "model": SCNN, "optim": {"name": "sgd", "lr": 5e-3, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("not_converged",),
         allow=("underfitting", "slow_start"),
         why_allowed=("accuracy 0.5625 against the healthy 0.945-0.9675; the loss stays near "
                      "ln 4 through the first two epochs (1.38, 1.36) before it falls"),
         verdict=TP),
    Case("h23_not_converged_fr14_sgd_7ep", "the 14-feature Friedman regression, plain SGD at LR "
         "6e-4 for 7 epochs: the epoch loss falls 218 -> 169 -> 122 -> 79 -> 46 -> 25.6 -> 15.6 "
         "and still falls at the end",
         {"data": FR14, "model": {"hidden": [48]}, "optim": {"name": "sgd", "lr": 6e-4},
          "train": {"epochs": 7, "batch_size": 25}},
         expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="R2 0.456 against the healthy 0.860-0.882",
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h23_mse_softmax_snow_rmsprop", "the avalanche CSV trained with square error on the "
         "softmax, RMSprop",
         _snow(model={"hidden": [32, 32]}, optim={"name": "rmsprop", "lr": 1e-3},
               train={"loss": "mse", "epochs": 15, "batch_size": 30}),
         expect=("loss_mismatch",),
         allow=("not_converged",),
         why_allowed=("the training loss's quarter means still fall 3% (accuracy 0.865, as the "
                      "healthy runs; the validation loss 0.2% above its minimum at the end)"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h23_lightning_unshuffled_digits_rmsprop_b30", "Lightning: digits sorted by label, never "
         "shuffled, RMSprop, batch 30: validation accuracy 0.883",
         script=lightning_run(_s("digits", hidden=(48,), optim="rmsprop", lr=1e-3, epochs=6,
                                 batch_size=30, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.883 against TensorBoard's 0.961 and Trainer's 0.950 on "
                      "digits); the epoch loss still falls (0.77 -> 0.63) and the validation "
                      "loss is lowest at the end"),
         verdict=TP),
    Case("h23_lightning_overfit_moons_subset20_adamw", "Lightning: 20 points of moons with noise "
         "0.35, 2x256 MLP, AdamW, 150 epochs: training accuracy 1.0, validation 0.82; the "
         "validation loss rises from 0.39 (epoch 3) to 1.90",
         script=lightning_run(_s("moons", hidden=(256, 256), optim="adamw", lr=1e-3,
                                 epochs=150, batch_size=4, subset=20, n=1000, noise=0.35)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss (~7e-4) still falls 57% over the last quarter and its "
                      "step loss swings 1.74 times its small mean"),
         verdict=GP),
    Case("h23_hf_trainer_sgd_momentum_lr5_cancer_divergence", "Hugging Face Trainer names: SGD "
         "with momentum 0.95 at LR 5 on breast cancer, 3x64 MLP, batch 20: the logged loss is "
         "0.61 at step 2 and 0.006 at step 4, 2339 at step 6, 5.6e22 at step 8 and NaN from "
         "step 10",
         script=hf_trainer_run(_s("breast_cancer", hidden=(64, 64, 64), optim="sgd", lr=5.0,
                                  optim_args={"momentum": 0.95}, epochs=3, batch_size=20),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "at_chance"),
         why_allowed=(BLOWUP + "; the NaN net's accuracy is 0.368, far below the majority "
                      "class's share (0.63)"),
         verdict="failed"),
    Case("h23_hf_trainer_digits_sgd_2ep_not_converged", "Hugging Face Trainer names: digits, "
         "SGD with momentum 0.5 at LR 0.02 for 2 epochs, logging every 4 steps: the logged loss "
         "falls 2.34 -> 1.82 and the evaluation loss 1.99 -> 1.86",
         script=hf_trainer_run(_s("digits", hidden=(48,), optim="sgd", lr=0.02,
                                  optim_args={"momentum": 0.5}, epochs=2, batch_size=30),
                               logging_steps=4),
         tool="transformers", expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="accuracy 0.58 against Trainer's 0.950 and TensorBoard's 0.961 on digits",
         verdict=TP),
    Case("h23_keras_circles_two_tanh_units_rmsprop", "Keras names: circles with noise 0.08 "
         "through 2 tanh units, RMSprop at LR 0.01, 50 epochs: accuracy 0.80 and 0.765, the "
         "loss at 0.45",
         script=keras_run(_s("circles", hidden=(2,), activation="tanh", optim="rmsprop", lr=1e-2,
                             epochs=50, batch_size=25, n=1000, noise=0.08)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged",),
         why_allowed="the loss's quarter means still fall 2.2% (against Keras' 0.995 on these "
                     "circles)",
         verdict=TP),
    Case("h23_keras_sgd_1e7_iris_stuck", "Keras names: iris, plain SGD at LR 1e-7: the loss "
         "stays at 1.2318",
         script=keras_run(_s("iris", hidden=(16,), optim="sgd", lr=1e-7, epochs=6,
                             batch_size=10)),
         tool="keras", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.0 (training) and 0.033 (validation), far below chance (1/3), "
                      "against Trainer's 0.967 on iris"),
         verdict=TP),
    Case("h23_tensorboard_noisy_b1_cancer_sgd", "TensorBoard tags: batch 1, plain SGD at LR 0.02 "
         "on breast cancer, 2 epochs: the step loss swings 5.8 times its mean",
         script=tensorboard_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=0.02,
                                   epochs=2, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed=("two epochs: the validation loss moves 0.143 -> 0.123 and the run has not "
                      "settled (accuracy 0.947)"),
         verdict=TP),
    Case("h23_tensorboard_rmsprop_lr3_circles_divergence", "TensorBoard tags: RMSprop at LR 3 on "
         "circles with noise 0.08, 2x32 MLP, batch 20: the step loss jumps from 0.72 to 1.4e6 "
         "(step 2) and 1.8e6 (step 3) and ends at 2.42, above its start",
         script=tensorboard_run(_s("circles", hidden=(32, 32), optim="rmsprop", lr=3.0,
                                   epochs=4, batch_size=20, n=1000, noise=0.08)),
         tool="tensorboard", expect=("divergence",),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("after the jump the loss falls back part of the way (the validation loss "
                      "47 -> 1.54) with accuracy 0.595, 0.095 above chance, against Keras' 0.995 "
                      "on these circles; the step loss swings 8.9 times its mean"),
         verdict="failed"),
    Case("h23_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with noise "
         "0.25, Adagrad, batch 20, a corrupt record (x = 1e30) at step 9 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(24,), optim="adagrad", lr=0.02, epochs=2,
                             batch_size=20, n=500, noise=0.25), corrupt_step=9),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=9),
    Case("h23_plain_overfit_blobs7_subset28_adam", "hand-written loop: 28 points of 7 blobs "
         "with noise 0.28, 2x200 MLP, Adam, 150 epochs: the validation loss rises from 1.32 "
         "(epoch 19) to 4.35",
         script=plain_run(_s("blobs", hidden=(200, 200), optim="adam", lr=1e-3,
                             epochs=150, batch_size=4, subset=28, n=1000, k=7, noise=0.28)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss"),
         why_allowed=("the loop logs no training score: its loss falls from 1.95 to ~0.1 on the "
                      "28 points (still 43% over the last quarter) while validation accuracy ends "
                      "at 0.41; its steps swing 0.96 times their mean"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy23_gq6_adam_b36",
       {"data": GQ6, "model": {"hidden": [96, 64]}, "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 36}}),
    _h("healthy23_gq6_elu_adamw_b44",
       {"data": GQ6, "model": {"hidden": [128, 96], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 44}}),
    _h("healthy23_gq6_momentum_step_b32",
       {"data": GQ6, "model": {"hidden": [128, 96]},
        "optim": {"name": "sgd", "lr": 0.04, "momentum": 0.9,
                  "schedule": "step", "step_size": 12, "gamma": 0.3},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy23_gq6_leaky_rmsprop_exp_b50",
       {"data": GQ6, "model": {"hidden": [128, 64], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.9},
        "train": {"epochs": 30, "batch_size": 50}}),
    _h("healthy23_cl23_adam_b28",
       {"data": CL23, "model": {"hidden": [96, 48]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy23_cl23_selu_adamw_b40",
       {"data": CL23, "model": {"hidden": [96, 48], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1.5e-3, "weight_decay": 0.02, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 40}}),
    _h("healthy23_cl23_nesterov_b24",
       {"data": CL23, "model": {"hidden": [96, 48]},
        "optim": {"name": "sgd", "lr": 0.008, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 24}}),
    _h("healthy23_cl23_dropout_rmsprop_b32",
       {"data": CL23, "model": {"hidden": [128, 64], "dropout": 0.4},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy23_cl23_kaiming_adagrad_inverse_b20",
       {"data": CL23, "model": {"hidden": [96], "init": "kaiming_normal"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "inverse_time"},
        "train": {"epochs": 25, "batch_size": 20}}),
    _h("healthy23_st4_cnn_adam_b32",
       {"data": ST4, "model": SCNN, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy23_st4_cnn_dropout_adamw_b40",
       {"data": ST4, "model": {**TCNN, "dropout": 0.3},
        "optim": {"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy23_st4_cnn_momentum_b24",
       {"data": ST4, "model": SCNN,
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy23_st4_cnn_rmsprop_step_b48",
       {"data": ST4, "model": TCNN,
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "step", "step_size": 6,
                  "gamma": 0.3},
        "train": {"epochs": 15, "batch_size": 48}}),
    _h("healthy23_fr14_elu_adam_b28",
       {"data": FR14, "model": {"hidden": [96, 96], "activation": "elu"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 28}}),
    _h("healthy23_fr14_elu_xavier_adamw_b36",
       {"data": FR14, "model": {"hidden": [128, 64], "activation": "elu",
                                "init": "xavier_uniform"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 36}}),
    _h("healthy23_snow_adam_b30",
       _snow(model={"hidden": [48, 24]}, optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 15, "batch_size": 30})),
    _h("healthy23_snow_elu_nesterov_b22",
       _snow(model={"hidden": [64], "activation": "elu"},
             optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True,
                    "schedule": "cosine"},
             train={"epochs": 15, "batch_size": 22})),
    _h("healthy23_snow_rmsprop_b36",
       _snow(model={"hidden": [64, 32]},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 15, "batch_size": 36})),
    _h("healthy23_snow_tanh_adamw_b26",
       _snow(model={"hidden": [48, 48], "activation": "tanh"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 15, "batch_size": 26})),
    _h("healthy23_lift_elu_adam_b24",
       _lift(model={"hidden": [64, 32], "activation": "elu"},
             optim={"lr": 5e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 24})),
    _h("healthy23_lift_leaky_rmsprop_b32",
       _lift(model={"hidden": [96, 48], "activation": "leaky_relu"},
             optim={"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 32})),
    _h("healthy23_lift_selu_adamw_b20",
       _lift(model={"hidden": [64, 64], "activation": "selu"},
             optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 20})),
    _hs("healthy23_lightning_moons_adamw",
        lightning_run(_s("moons", hidden=(32, 32), optim="adamw", lr=1e-3, epochs=15,
                         batch_size=20, n=1000, noise=0.22)), "lightning"),
    _hs("healthy23_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(20,), optim="adam", lr=3e-3, epochs=25,
                         batch_size=12)), "lightning"),
    _hs("healthy23_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(24,), optim="adam", lr=5e-3, epochs=30,
                          batch_size=10), logging_steps=3), "transformers"),
    _hs("healthy23_hf_trainer_digits_adamw",
        hf_trainer_run(_s("digits", hidden=(48,), optim="adamw", lr=2e-3, epochs=15,
                          batch_size=32), logging_steps=4), "transformers"),
    _hs("healthy23_keras_cancer_rmsprop",
        keras_run(_s("breast_cancer", hidden=(20,), optim="rmsprop", lr=1e-3, epochs=20,
                     batch_size=20)), "keras"),
    _hs("healthy23_keras_circles_adam",
        keras_run(_s("circles", hidden=(24, 24), optim="adam", lr=2e-3, epochs=15,
                     batch_size=25, n=1000, noise=0.08)), "keras"),
    _hs("healthy23_tensorboard_digits_adamw_b32",
        tensorboard_run(_s("digits", hidden=(64,), optim="adamw", lr=1.5e-3, epochs=12,
                           batch_size=32)), "tensorboard"),
    _hs("healthy23_tensorboard_cancer_adam_b20",
        tensorboard_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-3, epochs=20,
                           batch_size=20)), "tensorboard"),
    _hs("healthy23_plain_wine_adam",
        plain_run(_s("wine", hidden=(24,), optim="adam", lr=2e-3, epochs=25,
                     batch_size=12)), "pytorch"),
    _hs("healthy23_plain_sine_adam",
        plain_run(_s("sine", hidden=(32, 32), optim="adam", lr=3e-3, epochs=40,
                     batch_size=20, n=500, noise=0.25)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
