"""The fifty-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout52`, after :mod:`.heldout50`'s and :mod:`.heldout51`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout51` in its combination of data set (new here: a 10x10 image set of a padlock (a
shackle arch above a 5x3 body with a keyhole in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4
classes), 1500 images with noise 0.3 and 2% random labels; 4-class Gaussian quantiles in 13
dimensions (4000 samples); a 53-feature 4-class set (2600 samples, 15 informative, 6 redundant,
class separation 2.0); a 45-feature Friedman-1 regression (2000 samples, noise 0.7); a pasta
extruder's state CSV (warming the barrel, extruding, cleaning the die, idle: 4 classes from 7
readings) and a mountain ropeway's daily-passengers regression CSV (passengers, in the hundreds),
besides the script tools' shipped sets with new settings: iris, wine, breast cancer, digits and the
sine with noise 0.25), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU,
tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum),
batch size, learning rate, schedule (cosine, constant), initialisation (default, normal) or logging
tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout49` to :mod:`.heldout51` did (divergence to Inf under SGD
with momentum in a tanh net on the unscaled passengers, divergence to NaN under SGD with momentum at
LR 30 in a ReLU net on the quantiles, exploding gradients in an 11-layer net with N(0, 1) init under
SGD with momentum on the quantiles, units killed by RMSprop at LR 2 in the padlock CNN, a tiny
learning rate under Adam on the 53-feature set and under SGD with momentum on the Friedman
regression, vanishing gradients under Adagrad in a 20-layer sigmoid net on the 53-feature set,
saturation under plain SGD in a tanh net with N(0, 5) init on the quantiles, a slow start of the
padlock CNN under plain SGD, the unshuffled quantiles under Adam in an ELU net, square error with
Adagrad on the pasta CSV, a high update ratio from Adam at LR 1.5 on the 53-feature set, an overfit
80-row quantile set under Adam and a 50-row Friedman regression under RMSprop, an underfit 1-unit
ReLU net under AdamW, Lightning's NaN on breast cancer under plain SGD and its 35 rows of digits
under AdamW, Trainer's NaN on wine under plain SGD and its stuck iris under Adagrad, Keras' NaN on
wine under SGD with momentum and its 2-unit sigmoid digits under RMSprop, TensorBoard's noisy
batch-1 iris under Adam and its unshuffled breast cancer under Adagrad, the hand-written loop's
corrupt record on the sine under Adagrad and its 40 rows of digits under Adam), and the cases are
spread differently over the tools (fifteen runner faults; two faults for each of Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (two
divergences, one to Inf and one to NaN, exploding gradients, dead units that end a blow-up) and four
scripts (Lightning's, Trainer's and Keras' NaN, the loop's Inf); ``not_training`` expected in four
runner runs and one script; ``predictions_collapsed`` in three runner runs; ``at_chance`` in five
runner runs; one overfit runner run and one overfit script, both with a generalisation gap, and one
runner run and one script with a gap alone; three runner regressions among the faults), and the
healthy runner runs over four data sets (the pasta CSV, the quantiles, the Friedman regression and
the 53-feature set), and the healthy scripts on digits and wine (Trainer), breast cancer
(Lightning), iris (Keras, TensorBoard, the hand-written loop) and wine (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner
cases were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default
and every case's own (no case sets one); no other seed was checked. Every run was trained twice, the
second time from the final file into a fresh store, with the same numbers (Trainer's wine, whose
first setting was changed, was trained with its final one in the second store only).

Label policy (as in :mod:`.heldout15` and :mod:`.heldout47`): the state a run ends in is *expected*
where its metrics show it, the mechanisms on the way are *allowed* with their reason
(``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within 0.05 of
the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is far below
it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when the
validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1 lower
(accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends clearly
above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss
repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it
counts at severity info); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches (or the run's baseline, where no healthy run is in the part) and
the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step than any
healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less than
5% over the run. A fault whose first setting came out weak was made stronger, relabelled from its
metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: update ratio per layer (quarter means) 1.2e-5 (the output layer
of the tanh MLP with AdamW on the Friedman regression) to 0.027 (the tanh MLP with Adagrad on the
53-feature set); the expected ``update_ratio_high`` run reaches quarter means of 0.20 (its first
layer) and 0.23 (its output layer) in its first quarter, 7.4 and 8.5 times the healthy extreme, with
single steps at 19 (0.014-0.036 after); the expected ``update_ratio_low`` runs sit at 8e-11 to
1.4e-10 (Adam at LR 1e-10 on the 53-feature set) and 1.1e-10 to 1.2e-6 (SGD with momentum at LR 1e-9
on the Friedman regression, its output layer a tenth of the healthy minimum). Dead-unit fraction per
layer at most 0.028 at any time in the healthy runs (the ELU MLP with Adagrad on the quantiles; 0 in
every healthy ReLU and leaky-ReLU run); the expected ``dead_relu`` run holds 0.82 (the padlock CNN's
second conv layer) and 0.73 (its dense layer) under RMSprop at LR 2, with every layer's gradient but
the output's 0 in the last three quarters. Saturated fraction per layer at most 0.021 in the healthy
tanh and sigmoid runs (the tanh MLP with Adagrad on the pasta CSV); the expected
``saturated_activation`` run holds 0.89 and 0.94 in its two layers throughout. The exploding run's
gradient norms sit at quarter means of 8.0e5-2.4e6 (up to 3.7e6) with its loss near 2.9e6 from the
first step and never NaN (the healthy runs' largest single norm 67); the vanishing run's first layer
at 6e-18 against 0.2 at the output. The sorted quantiles' step-loss position in the epoch explains
93% of the within-epoch variance over the second half and TensorBoard's sorted breast cancer 99%
(the healthy runs at most 18%). The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 1.22 times its mean in the healthy scripts with a step loss (the
loop's wine; the others 0.40-1.17), while the expected ``noisy_loss`` run swings 4.0 (TensorBoard,
batch 1, Adam at LR 0.04 on iris). Healthy runs reach a validation score close to what the data
allow (accuracy 0.9967-1.0 on the pasta CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.9038 on the quantiles, where the baseline is 0.305; 0.8769-0.9308 on the 53-feature set, where the
baseline is 0.8962; R2 0.7453-0.7512 on the Friedman regression, where the baseline is 0.7466; for
the scripts 0.9443 (Trainer's digits), 1.0 (Trainer's wine), 0.9386 (Lightning's breast cancer),
0.9667 (Keras', TensorBoard's and the loop's iris) and 0.9722 (the loop's wine)); their validation
loss does not rise at the end (every healthy run's is lowest at its last epoch or ends at most 0.17%
above its minimum: the tanh MLP with RMSprop on the Friedman regression, lowest at epoch 19 of 30;
the ELU MLP with Adagrad on the quantiles, epoch 22, 0.12%), the training loss has flattened (the
epoch loss falls at most 3.3% over the last epoch: Lightning's breast cancer; the runner runs at
most 2.6%), no training score ends ~1 with the validation score 0.1 lower (the largest accuracy gap:
0.080, the ELU MLP with Adagrad on the quantiles, training 0.9842), and they expect no finding of
severity warning or worse.

Healthy candidates dropped: on the quantiles, the ELU MLPs with Adam at batch 32 and AdamW at batch
40 (validation loss 0.74% and 0.9% above its minimum at the end), the ReLU MLP with Adam (validation
0.83 against training 0.991: a gap of 0.16), the tanh MLP with RMSprop (0.506) and the ELU MLPs with
Adam at batch 48 (0.831) and RMSprop (0.719), far below the ELU MLP with Adagrad; on the Friedman
regression, the sigmoid MLPs with AdamW and Adam and the tanh MLPs with Adagrad and with RMSprop at
batch 36 (validation loss 0.6-0.9% above its minimum at the end, which sits at epochs 6 to 19) and
the ELU MLP with Adam (up to 20% of its units never positive); the tanh MLP with RMSprop at LR 3e-4
on the 53-feature set (0.8538, 0.042 below the baseline); the leaky-ReLU MLP with SGD with momentum
on the pasta CSV (validation loss 1% above its minimum at epoch 8); the padlock CNN under Adam and
AdamW (0.8233 and 0.8733 against the baseline's 0.9233, the loss still falling); Lightning's iris
under AdamW (the epoch loss still falling 4.7% over the last epoch) and its wine under Adam (4.2%);
Keras' wine under RMSprop (5.4%, the validation loss 2.7% above its minimum) and its digits under
Adagrad (5.2%); TensorBoard's iris under RMSprop (the validation loss 2.7% above its minimum), its
wine under Adagrad (0.23% above it), its digits under Adam (8.3%) and under RMSprop (5.5%).
Trainer's wine was first written with an earlier part's setting (24 units, Adam at LR 3e-3, batch
12: :mod:`.heldout24`'s, logged every 3 steps) and was run with 23 units at LR 2.6e-3 and batch 11.
No healthy run on the padlock images, on the ropeway CSV, on the sine or in a script on the runner's
data is in the part: their faults are read against the run's own numbers and its baseline. Faults
changed: plain SGD at LR 0.05 on the unscaled passengers, planned as an Inf divergence, blew up to
7e5 in its first steps and then recovered (R2 0.81 at the end), so SGD with momentum 0.9 at LR 0.3
was used, which overflows to Inf at step 28. Labels read from the metrics: the exploding run ends at
0.245 (1/4 is 0.25) with 95% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``exploding_gradients``; the padlock CNN under RMSprop
at LR 2 blows up to 8e8 in its first epoch and ends with its loss at 122 (first step 1.397),
accuracy 0.2333 and every test prediction but one in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the vanishing run ends at 0.25 with
every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected
there, while the saturated run (0.2537) spreads them (at most 29% in one class) and Adam at LR 1e-10
on the 53-feature set (0.2962, within 0.05 of the majority share 0.26) puts 70% in one class, so
there ``predictions_collapsed`` is only allowed; the SGD slow start of the padlock CNN (the epoch
loss 1.389 at first and a first-quarter mean of 1.377, then quarter means 1.302, 1.006, 0.607) still
falls 11% over its last epoch, so ``not_converged`` is expected beside ``slow_start``; the sorted
quantiles (the epoch loss 1.227, 1.165 over the last two epochs, 5.1%) and TensorBoard's sorted
breast cancer (10.6% over the last epoch) stop while their loss still clearly falls, so
``not_converged`` is expected beside ``unshuffled_data``; the 80 rows of the quantiles end at
validation 0.3275 (training 1.0) with the validation loss lowest at epoch 2 (1.368) and 3.447 at the
end, so ``overfitting`` is expected beside ``generalisation_gap``; Lightning's 35 rows of digits end
at validation 0.7103 with the validation loss lowest at epoch 28 (1.006) and rising to 1.047, so
``overfitting`` is expected there too; the loop's 40 rows of digits (validation 0.7298, the loss
lowest at epoch 46 and 1.7% above it at the end) and the 50-row Friedman regression (R2 0.3416,
training 1.0, the validation loss lowest near the end) expect only ``generalisation_gap``; Trainer's
stuck iris (Adagrad at LR 1e-10) ends at 0.4, 0.067 above 1/3, so ``at_chance`` is only allowed;
Lightning's NaN on breast cancer ends at 0.3684 (the minority class's share), Trainer's and Keras'
NaN on wine at 0.3333, 0.066 below wine's majority share, so there ``at_chance`` is only allowed;
the high update ratio run's validation loss rises from 348 (epoch 2) to 762 while its accuracy ends
at 0.9135, so ``overfitting`` is only allowed.



>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 32)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 7)
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
    glyph_images,
    turned,
)
from benchmarks.diagnosis_bank._scripts import (
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# a padlock in a 5x5 cell (a shackle arch above a 5x3 body with a keyhole), turned by 90 degrees
# at a time for the other three directions
_PADLOCK_UP = np.array([[0, 1, 1, 1, 0],
                        [0, 1, 0, 1, 0],
                        [1, 1, 1, 1, 1],
                        [1, 1, 0, 1, 1],
                        [1, 1, 1, 1, 1]], dtype=float)
_PADLOCKS = turned(_PADLOCK_UP)


def padlocks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 padlock glyph at a random place (4 classes: the padlock turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PADLOCKS, n, size, noise, flip, seed)


def _pasta_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A pasta extruder's state (0 warming the barrel, 1 extruding, 2 cleaning the die,
    3 idle) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    barrel_c = np.array([38.0, 50.0, 30.0, 22.0])[cls] + rng.normal(0, 2.5, n)
    screw_rpm = np.array([5.0, 35.0, 12.0, 0.0])[cls] + rng.normal(0, 2.5, n)
    pressure_bar = np.array([2.0, 90.0, 8.0, 0.5])[cls] + rng.normal(0, 6.0, n)
    water_lph = np.array([0.0, 14.0, 40.0, 0.0])[cls] + rng.normal(0, 2.0, n)
    motor_kw = np.array([1.0, 18.0, 4.0, 0.2])[cls] + rng.normal(0, 0.8, n)
    flour_kg = rng.uniform(50.0, 400.0, n)
    hall_c = rng.uniform(15.0, 30.0, n)
    return (["barrel_temp_c", "screw_rpm", "pressure_bar", "water_lph", "motor_kw",
             "flour_kg", "hall_temp_c", "state"],
            np.column_stack([barrel_c, screw_rpm, pressure_bar, water_lph, motor_kw, flour_kg,
                             hall_c, cls]))


def _ropeway_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A mountain ropeway's daily passengers from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0, 12, n)
    wind_ms = rng.exponential(4.0, n)
    snow_cm = rng.uniform(0, 150, n)
    holiday = rng.integers(0, 2, n).astype(float)
    fog = rng.integers(0, 2, n).astype(float)
    passengers = (300 + 40.0 * sun_h - 25.0 * wind_ms + 3.0 * snow_cm + 250.0 * holiday
                  - 120.0 * fog + 150.0 * (weekday >= 5) + rng.normal(0, 40.0, n))
    return (["weekday", "sun_hours", "wind_ms", "snow_cm", "holiday", "fog", "passengers"],
            np.column_stack([weekday, sun_h, wind_ms, snow_cm, holiday, fog, passengers]))


def _pasta(**sections: Any) -> Any:
    return _csv("pasta_extruder_state", _pasta_csv, "state", "classification", 531, **sections)


def _ropeway(**sections: Any) -> Any:
    return _csv("ropeway_daily_passengers", _ropeway_csv, "passengers", "regression", 532,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout53"
PL4 = _factory(f"{HERE}:padlocks")
GQ134 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=13,
                 n_classes=4, random_state=533)
CL53 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=53,
                n_informative=15, n_redundant=6, n_classes=4, class_sep=2.0, random_state=534)
FR45 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=45, noise=0.7,
                random_state=535)
PCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 17}], "hidden": [30]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h53_divergence_ropeway_sgd_tanh", "the ropeway daily-passengers CSV (targets "
         "unscaled, in the hundreds), 26-unit tanh MLP, SGD with momentum 0.9 at LR 0.3, batch 20",
         _ropeway(model={"hidden": [26], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 0.3, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h53_divergence_gq134_momentum_lr30_relu", "72x36 ReLU MLP on the 4-class quantiles "
         "in 13 dimensions, SGD with momentum 0.9 at LR 30, batch 26",
         {"data": GQ134, "model": {"hidden": [72, 36]},
          "optim": {"name": "sgd", "lr": 30.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_training",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "at_chance", "predictions_collapsed"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h53_exploding_gq134_11x22_std1_momentum", "11x22 ReLU MLP with N(0, 1) init on the "
         "quantiles, SGD with momentum 0.9 at LR 1e-13",
         {"data": GQ134, "model": {"hidden": [22] * 11, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.896e6 to 2.892e6), far above "
                      "ln 4 from the first step; the tiny steps do not move the wide weights "
                      "(update ratios 2e-9 to 2e-7); up to 18% of a layer's units dead"),
         verdict="failed"),
    Case("h53_dead_relu_padlock_cnn_rmsprop_lr2", "the padlock CNN (9, 17 channels, 30 hidden), "
         "RMSprop at LR 2, batch 24",
         {"data": PL4, "model": PCNN, "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards the gradients of every layer but the output are "
                               "0 and the validation loss swings (349, 92, 157)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h53_adam_lr1e10_cl53", "the 53-feature set, 64x32 ELU MLP, Adam at LR 1e-10, "
         "4 epochs",
         {"data": CL53, "model": {"hidden": [64, 32], "activation": "elu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.2962 against the run's baseline of 0.8962; 70% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h53_momentum_lr1e9_fr45", "the 45-feature Friedman regression, 50x25 sigmoid MLP, "
         "SGD with momentum 0.9 at LR 1e-9",
         {"data": FR45, "model": {"hidden": [50, 25], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -9.42, far below the baseline (0.7466) and the healthy runs"),
         verdict=TP),
    Case("h53_vanishing_sigmoid_cl53_20x12_adagrad", "20x12 sigmoid MLP on the 53-feature set, "
         "Adagrad at LR 0.01, 4 epochs",
         {"data": CL53, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients"),
         verdict=TP),
    Case("h53_saturated_tanh_gq134_std5_sgd", "2x40 tanh MLP with N(0, 5) init on the "
         "quantiles, plain SGD at LR 1e-5",
         {"data": GQ134, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss "
                      "25.58 to 25.56); at most 29% of the test predictions in one class"),
         verdict=TP),
    Case("h53_slow_start_padlock_cnn_sgd", "the padlock CNN, plain SGD at LR 0.06, 16 epochs: "
         "the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": PL4, "model": PCNN, "optim": {"name": "sgd", "lr": 0.06},
          "train": {"epochs": 16, "batch_size": 20}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("plain SGD throws the validation loss about late in the run (lowest at "
                      "epoch 14, 0.623, then 0.712 and 0.916; accuracy 0.63 against the "
                      "baseline's 0.9233); no healthy padlock run is in the part"),
         verdict=TP),
    Case("h53_unshuffled_gq134_adam_elu", "the quantiles sorted by label, never shuffled, "
         "80x40 ELU MLP, Adam at LR 1e-3, batch 32, 8 epochs",
         {"data": {**GQ134, "order": "by_label", "shuffle": False},
          "model": {"hidden": [80, 40], "activation": "elu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h53_mse_softmax_pasta_adagrad", "the pasta-extruder CSV trained with square error "
         "on the softmax, Adagrad at LR 0.1, 36x18 sigmoid MLP, 10 epochs",
         _pasta(model={"hidden": [36, 18], "activation": "sigmoid"},
                optim={"name": "adagrad", "lr": 0.1},
                train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed=("the loss still falls 12% over the last epoch (it is tiny: 4.1e-4); the "
                      "tiny validation loss is lowest at epoch 8 (9.7e-4) and ends 18% above "
                      "it"),
         verdict=TP),
    Case("h53_update_ratio_high_cl53_adam_lr1p5", "Adam at LR 1.5 on the 53-feature set, "
         "60 ELU units, batch 30, 10 epochs",
         {"data": CL53, "model": {"hidden": [60], "activation": "elu"},
          "optim": {"name": "adam", "lr": 1.5}, "train": {"epochs": 10, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "at_chance", "predictions_collapsed", "dead_relu"),
         why_allowed=("the big steps throw the loss about, far above its first step's 1.53 "
                      "(the epoch loss 272, 345, ... 134, single steps up to 1067); the "
                      "validation loss is lowest at epoch 2 (348) and ends at 762, while "
                      "accuracy ends 0.9135"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h53_overfit_gq134_subset80_adam", "80 rows of the quantiles, MLP of 300 and 150 "
         "units, Adam at LR 1e-3, 80 epochs, batch 10",
         {"data": {**GQ134, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("80 rows teach less than every row: accuracy 0.3275 (the run's baseline "
                      "0.2975), 0.07 above the better of 1/4 and the majority share"),
         verdict=GP),
    Case("h53_gap_fr45_subset50_rmsprop", "50 rows of the 45-feature Friedman regression, MLP "
         "of 220 and 110 units, RMSprop at LR 3e-4, 150 epochs, batch 10",
         {"data": {**FR45, "subset": 50}, "model": {"hidden": [220, 110]},
          "optim": {"name": "rmsprop", "lr": 3e-4}, "train": {"epochs": 150, "batch_size": 10}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("50 rows teach less; with the training loss at ~0 (1e-8) the gradients "
                      "and updates die away; up to 35% of the second layer's units dead"),
         verdict=GP),
    Case("h53_underfit_cl53_one_relu_unit_adamw", "the 53-feature set through 1 ReLU unit, "
         "AdamW at LR 3e-3, 15 epochs",
         {"data": CL53, "model": {"hidden": [1]},
          "optim": {"name": "adamw", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "not_training", "dead_relu", "at_chance"),
         why_allowed=("one unit cannot part four classes: accuracy 0.4981 (training 0.5128) "
                      "against the baseline's 0.8962; at most 51% of the test predictions in "
                      "one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h53_lightning_cancer_sgd_lr300_nan", "Lightning: breast cancer, plain SGD at LR 300, "
         "23 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(23,), optim="sgd", lr=300.0,
                                 epochs=4, batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h53_lightning_digits_subset35_adamw_gap", "Lightning: 35 rows of digits, 230 units, "
         "AdamW at LR 2e-3, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(230,), optim="adamw", lr=2e-3, epochs=90,
                                 batch_size=5, subset=35)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than the healthy digits runs"),
         verdict=GP),
    Case("h53_hf_trainer_wine_sgd_lr400_nan", "Hugging Face Trainer names: wine, plain SGD at "
         "LR 400 (decaying linearly), 25 units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(25,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=9), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
         verdict="failed"),
    Case("h53_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad at LR 1e-10 (decaying linearly), 21 units, batch 7, 6 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("iris", hidden=(21,), optim="adagrad", lr=1e-10, epochs=6,
                                  batch_size=7), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("at_chance", "underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the loss stays near 1.05 (ln 3 is 1.099) and accuracy 0.4 at every "
                      "evaluation, 0.067 above 1/3"),
         verdict=TP),
    Case("h53_keras_wine_momentum_lr90_nan", "Keras names: wine, SGD with momentum 0.9 at LR "
         "90, 19 units, batch 11, 4 epochs",
         script=keras_run(_s("wine", hidden=(19,), optim="sgd", lr=90.0, epochs=4,
                             batch_size=11, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
         verdict="failed"),
    Case("h53_keras_digits_two_sigmoid_units_rmsprop", "Keras names: digits through 2 sigmoid "
         "units, RMSprop at LR 3e-3, batch 24, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="sigmoid", optim="rmsprop",
                             lr=3e-3, epochs=20, batch_size=24)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance"),
         why_allowed=("two sigmoid units cannot part ten digits: validation accuracy 0.415 "
                      "(training 0.4184) against 0.944-0.975 in the healthy digits runs; the "
                      "loss still falls 1.1% over the last epoch (1.501 -> 1.484)"),
         verdict=TP),
    Case("h53_tensorboard_iris_b1_adam_noisy", "TensorBoard tags: iris, batch 1, Adam at LR "
         "0.04, 26 units, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(26,), optim="adam", lr=0.04,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.445, 0.181, 0.284, 0.113, single samples up to 4.2)"),
         verdict=TP),
    Case("h53_tensorboard_unshuffled_cancer_adagrad", "TensorBoard tags: breast cancer sorted "
         "by label, never shuffled, Adagrad at LR 0.02, 24 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(24,), optim="adagrad", lr=0.02,
                                   epochs=5, batch_size=10, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h53_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.25, Adagrad at LR 0.02, batch 12, a corrupt record (x = 1e30) at step 14 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(18,), optim="adagrad", lr=0.02, epochs=3,
                             batch_size=12, n=900, noise=0.25), corrupt_step=14),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=14),
    Case("h53_plain_digits_subset40_adam_gap", "hand-written loop: 40 rows of digits, 200 "
         "units, Adam at LR 1.5e-3, 90 epochs, batch 8",
         script=plain_run(_s("digits", hidden=(200,), optim="adam", lr=1.5e-3, epochs=90,
                             batch_size=8, subset=40)),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than the healthy digits runs; the "
                      "validation loss is lowest at epoch 46 (0.9747) and ends 1.7% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy53_pasta_relu_adam_b22",
       _pasta(model={"hidden": [30]}, optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy53_pasta_elu_rmsprop_b18",
       _pasta(model={"hidden": [28, 14], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 18})),
    _h("healthy53_pasta_tanh_adagrad_b26",
       _pasta(model={"hidden": [34], "activation": "tanh"},
              optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy53_pasta_sigmoid_adamw_b20",
       _pasta(model={"hidden": [40], "activation": "sigmoid"},
              optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 20})),
    _h("healthy53_pasta_relu_sgd_b12",
       _pasta(model={"hidden": [36]},
              optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 12})),
    _h("healthy53_gq134_elu_adagrad_b24",
       {"data": GQ134, "model": {"hidden": [144, 72], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy53_fr45_tanh_adam_b30",
       {"data": FR45, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy53_fr45_tanh_rmsprop_b24",
       {"data": FR45, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy53_cl53_relu_adam_b32",
       {"data": CL53, "model": {"hidden": [62]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy53_cl53_elu_adamw_b26",
       {"data": CL53, "model": {"hidden": [70], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy53_cl53_relu_rmsprop_b38",
       {"data": CL53, "model": {"hidden": [54]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _h("healthy53_cl53_tanh_adagrad_b30",
       {"data": CL53, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy53_cl53_leaky_momentum_b24",
       {"data": CL53, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy53_pasta_relu_adagrad_b30",
       _pasta(model={"hidden": [26]}, optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 30})),
    _h("healthy53_pasta_elu_adam_b28",
       _pasta(model={"hidden": [24, 12], "activation": "elu"},
              optim={"lr": 2e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 28})),
    _h("healthy53_pasta_tanh_sgd_b10",
       _pasta(model={"hidden": [38], "activation": "tanh"},
              optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 10})),
    _h("healthy53_pasta_leaky_adamw_b24",
       _pasta(model={"hidden": [44], "activation": "leaky_relu"},
              optim={"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy53_pasta_sigmoid_rmsprop_b20",
       _pasta(model={"hidden": [46], "activation": "sigmoid"},
              optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 20})),
    _h("healthy53_pasta_relu_adamw_b36",
       _pasta(model={"hidden": [48]}, optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 36})),
    _h("healthy53_cl53_elu_adam_b36",
       {"data": CL53, "model": {"hidden": [74], "activation": "elu"},
        "optim": {"lr": 8e-4, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy53_cl53_relu_adagrad_b28",
       {"data": CL53, "model": {"hidden": [56]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy53_cl53_relu_momentum_b20",
       {"data": CL53, "model": {"hidden": [64]},
        "optim": {"name": "sgd", "lr": 0.005, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy53_cl53_sigmoid_adam_b30",
       {"data": CL53, "model": {"hidden": [72], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy53_cl53_leaky_adamw_b40",
       {"data": CL53, "model": {"hidden": [50], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy53_fr45_tanh_adamw_b28",
       {"data": FR45, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _hs("healthy53_hf_trainer_digits_rmsprop",
        hf_trainer_run(_s("digits", hidden=(52,), optim="rmsprop", lr=1e-3, epochs=12,
                          batch_size=26), logging_steps=2), "transformers"),
    _hs("healthy53_plain_wine_adamw",
        plain_run(_s("wine", hidden=(26,), optim="adamw", lr=2.5e-3, epochs=30,
                     batch_size=11)), "pytorch"),
    _hs("healthy53_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(23,), optim="adam", lr=2.6e-3, epochs=25,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy53_lightning_cancer_rmsprop",
        lightning_run(_s("breast_cancer", hidden=(15,), optim="rmsprop", lr=5e-4, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy53_keras_iris_rmsprop",
        keras_run(_s("iris", hidden=(14,), optim="rmsprop", lr=1.5e-3, epochs=60,
                     batch_size=12)), "keras"),
    _hs("healthy53_tensorboard_iris_adagrad",
        tensorboard_run(_s("iris", hidden=(19,), optim="adagrad", lr=0.04, epochs=50,
                           batch_size=10)), "tensorboard"),
    _hs("healthy53_plain_iris_adagrad",
        plain_run(_s("iris", hidden=(17,), optim="adagrad", lr=0.03, epochs=50,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
