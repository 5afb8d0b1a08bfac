"""The sixty-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout65`, after :mod:`.heldout62`'s and :mod:`.heldout63`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout63` in its combination of data set (new here: a 10x10 image set of a ladder (two rails
up the sides of a 5x5 cell, rungs across, its top open, turned by 0, 90, 180 or 270 degrees; 4
classes), 1500 images with noise 0.3 and 2% random labels; 6-class Gaussian quantiles in 19
dimensions (4200 samples); a 64-feature 4-class set (2600 samples, 24 informative, 6 redundant,
class separation 2.0); a 56-feature Friedman-1 regression (2000 samples, noise 0.7); a greenhouse
controller's state CSV (venting, heating, misting, idle: 4 classes from 7 readings) and a cinema's
daily tickets-sold regression CSV (in the hundreds), besides the script tools' shipped sets with new
settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several
widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam,
AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule
(cosine, constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``,
Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop).
The fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout60` to :mod:`.heldout63` did: divergence under plain SGD in a sigmoid net on the
unscaled cinema tickets and under AdamW at LR 40 in an ELU net on the quantiles, exploding gradients
in a 10-layer ELU net with N(0, 1) init under Adam on the 64-feature set, units killed by AdamW at
LR 3 in the ladder CNN, a high update ratio from RMSprop at LR 1 in a sigmoid net on the quantiles,
a tiny learning rate under SGD with momentum on the quantiles and under Adam on the Friedman
regression, vanishing gradients under SGD with momentum in a 20-layer sigmoid net on the quantiles,
saturation under Adam in a tanh net with N(0, 6) init on the 64-feature set, a slow start of the
ladder CNN under plain SGD (the mechanism-optimiser pair of heldout62 and heldout63, on a new image
set), the unshuffled 64-feature set under RMSprop in a tanh net, square error with AdamW on the
greenhouse CSV, an overfit 70-row 64-feature set under SGD with momentum, a 50-row Friedman
regression under RMSprop, an underfit 1-unit ELU net under Adam, Lightning's NaN on breast cancer
under SGD with momentum and its noisy batch-1 wine under plain SGD, Trainer's NaN on digits under
plain SGD and its stuck iris under RMSprop, Keras' NaN on iris under plain SGD, TensorBoard's stuck
wine under AdamW and its 36 rows of digits under Adam, the hand-written loop's corrupt record on the
sine under SGD with momentum and its 2-unit ReLU digits under AdamW. The cases are spread over the
tools (fifteen runner faults; two faults for each of Lightning, Trainer, TensorBoard and the
hand-written loop, one for Keras) and the fault classes (five runner runs broken (two divergences,
one of them ending Inf, exploding gradients, dead units that end a blow-up, a high update ratio that
ends diverged) and five scripts (Lightning's, Trainer's and Keras' NaN, the loop's Inf, Lightning's
noisy run that ends diverged); ``not_training`` expected in five runner runs and two scripts;
``not_converged`` in one runner run; ``predictions_collapsed`` in three runner runs; ``at_chance``
in six runner runs and two scripts; one overfit runner run with a generalisation gap, and one runner
run and one script with a gap alone; three runner regressions among the faults), and the healthy
runner runs over three data sets (the greenhouse CSV, the Friedman regression and the 64-feature
set), and the healthy scripts on breast cancer and iris (Trainer), breast cancer and wine
(TensorBoard), iris (Keras), wine (Lightning) and breast cancer (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the per-epoch loss, the validation loss's minimum and end and where the minimum is, the
share of the step loss's within-epoch variance explained by the position in the epoch, the step
loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner
cases were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis
was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. Every run was trained
once, with its final setting (no fault was strengthened; faults that came out weak were relabelled
or dropped, below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47` and :mod:`.heldout62`): the state a run
ends in is *expected* where its metrics show it, the mechanisms on the way are *allowed* with their
reason (``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within
0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is
far below it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one
class (allowed from 60%), read from the run's confusion matrix. Runs logged by other tools have no
confusion matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is
expected when the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1 lower
(accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends clearly
above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss
repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it
counts at severity info); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches (or the run's baseline, where no healthy run is in the part) and
the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step than any
healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less than
5% over the run. A fault whose first setting came out weak was relabelled from its metrics or
dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 1/6 on the quantiles, 0.25 on
the 64-feature set and 0.26 on the ladder images (read from the test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.036 (the
sigmoid MLP with Adagrad on the Friedman regression), single steps at most 0.685 (the same run);
the expected ``update_ratio_high`` run reaches a quarter mean of 0.83, 23 times the healthy
extreme, with single steps up to 140, 200 times the healthy one; the expected
``update_ratio_low`` runs sit at 0 to 3.5e-12 (SGD with momentum at LR 1e-10 on the quantiles)
and 2.5e-11 to 2.5e-10 (Adam at LR 1e-10 on the Friedman regression). Dead-unit fraction 0 at any
time in every kept healthy ReLU, leaky-ReLU and ELU run; the expected ``dead_relu`` run holds 1.0
in the ladder CNN's dense layer after AdamW at LR 3 blows it up. The saturated fraction per layer
is at most 0.008 in the kept healthy tanh and sigmoid runs (the tanh MLP with RMSprop on the
greenhouse CSV); the expected ``saturated_activation`` run holds 0.96 and 0.95 in its two layers
throughout. The exploding run's gradient norms sit at 1.9e5-2.8e6 with its loss near 8.8e5 from
the first step and never NaN (the healthy runs' largest single norm 139: the tanh MLP with Adam
on the Friedman regression); the vanishing run's first two layers at 2.3e-18 to 7.6e-17 against
up to 0.76 at the output, its first twelve layers' update ratio 0. The step-loss position in the
epoch explains 99.2% of the within-epoch variance over the second half in the sorted 64-feature
set (the healthy runner runs at most 22.4%: the leaky-ReLU MLP with RMSprop on the greenhouse
CSV). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 1.62 times its mean in the healthy scripts with a step loss (TensorBoard's breast
cancer; the loop's breast cancer 1.56, Lightning's wine 1.28, TensorBoard's wine 1.20) and at
most 0.73 in the healthy runner runs, while the expected ``noisy_loss`` run swings 7.23
(Lightning, batch 1, plain SGD at LR 0.3 on wine). Healthy runs reach a validation score close
to what the data allow (accuracy 1.0 on the greenhouse CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.9192-0.9462 on the 64-feature set, where the baseline is
0.9288; R2 0.7623-0.7708 on the Friedman regression, where the baseline is 0.7496; for the
scripts 1.0 (Lightning's and TensorBoard's wine), 0.9667 (Trainer's and Keras' iris), 0.9474
(Trainer's and TensorBoard's breast cancer) and 0.9386 (the loop's breast cancer)); their
validation loss does not rise at the end (every kept healthy run's is lowest at its last epoch
or ends at most 0.17% above its minimum: the tanh MLP with Adam on the Friedman regression,
lowest at epoch 23 of 30), the training loss has flattened (the epoch loss falls at most 2.8% over
the last epoch in the runner runs, 3.9% in Lightning's wine, from a loss near 0.01), no training
score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.047,
TensorBoard's breast cancer, training 0.9941; among the runner runs 0.040, the leaky-ReLU MLP with
AdamW on the 64-feature set, training 0.9712; the largest R2 gap: 0.042, the tanh MLP with AdamW
on the Friedman regression, training 0.8127), and they expect no finding of severity warning or
worse.

Healthy candidates dropped (30 trained, 26 kept): on the Friedman regression the sigmoid MLP with
AdamW (the validation loss lowest at epoch 12 of 30 and 0.42% above it at the end); on the
64-feature set the tanh MLP with Adagrad (0.8942, 0.035 below the baseline 0.9288); the
hand-written loop's wine under Adam (the validation loss lowest at epoch 34 of 40 and 0.67% above
it at the end); Keras' wine under AdamW (its loss still falling 4.9% over the last epoch). No
healthy run on the ladder images, on the quantiles, on the cinema CSV, on the sine or on digits is
in the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the cinema divergence climbs from 7.8e5 (first step) to an epoch
loss of 1.6e18 and 6.5e29 and then Inf in its third epoch, so ``divergence`` and ``nan_loss`` are
expected; AdamW at LR 40 on the quantiles blew up to an epoch loss of 3.3e6 and ended with its
step loss at 10.25 (first step 1.79) without a NaN, accuracy 1/6 with every test prediction in
one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the
exploding run ends at 0.2462 (1/4) with 74% of the test predictions in one class, so
``at_chance`` is expected and ``predictions_collapsed`` only allowed beside
``exploding_gradients``; the ladder CNN under AdamW at LR 3 blows up to an epoch loss of 6.3e4 in
its first epoch and then sits at 1.51-1.54, accuracy 0.2633 and 99.7% of the test predictions in
one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``dead_relu``; the vanishing run ends at 1/6 with every test prediction in one class, so
``at_chance`` and ``predictions_collapsed`` are expected there, while the saturated run (0.2692,
at most 29% in one class) and SGD with momentum at LR 1e-10 on the quantiles (0.1512, 35% in one
class) spread them, so there ``predictions_collapsed`` is only allowed; the high update ratio run
(RMSprop at LR 1) ends with its epoch loss at 4.34 (first step 2.0), accuracy 0.294 (1/6 is
0.167, more than 0.1 above it) with at most 26% of the test predictions in one class, so
``divergence`` is expected beside ``update_ratio_high``, its sigmoid units up to 98.9% saturated
are only allowed (a side effect of the steps), and its verdict is failed; the one-unit ELU net on
the 64-feature set ends at 0.5462 with its epoch loss falling 0.07% over the last epoch, so only
``underfitting`` is expected; the slow start of the ladder CNN (the epoch loss 1.389, 1.382,
1.379, 1.374, 1.367, 1.355, 1.332, then on to 0.68, accuracy 0.61, the baseline 0.70) falls 3.2%
over its last epoch, so ``not_converged`` is only allowed beside ``slow_start``; the square-error
greenhouse run's epoch loss falls 1.2-1.9% every epoch (0.1893 to 0.1667) with accuracy 0.7167,
so ``not_converged`` and ``underfitting`` are only allowed beside ``loss_mismatch``; the 70 rows
of the 64-feature set end at validation 0.7385 (training 1.0) with the validation loss lowest at
epoch 9 (0.7172) and 14.2% above it at the end, so ``overfitting`` and ``generalisation_gap`` are
expected; the 50-row Friedman regression (R2 0.2144, training 1.0, the validation loss lowest at
epoch 82 and 0.01% above it at the end) and TensorBoard's 36 rows of digits (validation 0.7103,
training 1.0, the validation loss lowest at epoch 51 of 90 and 1.4% above it at the end) expect
only ``generalisation_gap``; Lightning's NaN on breast cancer (the step loss 0.68 up to 4.7e33,
then NaN) ends at 0.3684, the minority share, far below the majority's, so ``at_chance`` is only
allowed; Trainer's NaN on digits (the loss 5565 up to 6.3e34, then NaN) ends at 0.1003 (1/10) and
Keras' NaN on iris (every epoch's loss NaN) at 0.3333 (1/3), so ``at_chance`` is expected in both,
and Keras' ``divergence`` is only allowed (no finite loss shows the blow-up); Trainer's stuck iris
(RMSprop at LR 1e-10, the evaluation loss 1.127 throughout) scores 0.2, far below 1/3, and
TensorBoard's stuck wine (AdamW at LR 1e-10, the validation loss 1.179 throughout) 0.2778, far
below the majority share, so ``at_chance`` is only allowed in both; Lightning's batch-1 wine
swings (single steps up to 1273) and its epoch loss rises 0.39, 5.03, 33.5 (first step 1.56), so
``divergence`` is expected beside ``noisy_loss`` and its verdict is failed; the loop's 2 ReLU
units on digits end at 0.5794 with the validation loss lowest at epoch 14 and 1.2% above it at
the end (``underfitting``, ``overfitting`` allowed); the loop's corrupt record makes the loss Inf
at step 16 (the loss from 0.74 down to 0.11-0.33 before it).

Faults relabelled or dropped: the unshuffled 64-feature set under RMSprop was written to end at
chance with its predictions collapsed, as sorted sets often do, but it ends at 0.8885 (the baseline
0.9288) with at most 28% of the test predictions in one class, so ``unshuffled_data`` is expected
(its step-loss pattern is plain: 99.2% of the within-epoch variance) with ``not_converged`` (the
epoch loss 0.871, 0.479, 0.363, 0.313, 0.283, 0.262, 0.246, 0.232 still falls 5.6% over the last
epoch, the validation loss lowest at the end); Lightning's batch-1 wine was written as noisy only
and ``divergence`` is now expected beside it (its epoch loss ends 21 times its first step), with the
verdict failed; the cinema divergence was written with ``nan_loss`` allowed and ends Inf, so it is
expected. Keras' digits sorted by label under Adagrad (a planned unshuffled_data fault) was dropped:
Keras logs only per-epoch losses, so no step loss shows the pattern, and it reached 0.9387.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(24, 26)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(9, 7)
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

# a ladder in a 5x5 cell (two rails up the sides, three rungs across), turned by 90 degrees
# at a time for the other three directions (an open top makes up differ from down)
_LADDER_UP = np.array([[1, 0, 0, 0, 1],
                       [1, 1, 1, 1, 1],
                       [1, 0, 0, 0, 1],
                       [1, 1, 1, 1, 1],
                       [1, 1, 0, 0, 1]], dtype=float)
_LADDERS = turned(_LADDER_UP)


def ladders(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 ladder glyph at a random place (4 classes: the ladder turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_LADDERS, n, size, noise, flip, seed)


def _greenhouse_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A greenhouse controller's state (0 venting, 1 heating, 2 misting, 3 idle) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    air_c = np.array([31.0, 12.0, 27.0, 21.0])[cls] + rng.normal(0, 2.0, n)
    humidity = np.array([55.0, 60.0, 35.0, 62.0])[cls] + rng.normal(0, 5.0, n)
    vent_pct = np.array([80.0, 2.0, 10.0, 5.0])[cls] + rng.normal(0, 8.0, n)
    heater_kw = np.array([0.0, 6.0, 0.0, 0.2])[cls] + rng.normal(0, 0.6, n)
    pump_bar = np.array([0.5, 0.5, 4.5, 0.5])[cls] + rng.normal(0, 0.4, n)
    sun_wm2 = rng.uniform(0.0, 900.0, n)
    bench = rng.integers(1, 20, n).astype(float)
    return (["air_c", "humidity_pct", "vent_open_pct", "heater_kw", "mister_bar", "sun_wm2",
             "bench", "state"],
            np.column_stack([air_c, humidity, vent_pct, heater_kw, pump_bar, sun_wm2, bench,
                             cls]))


def _cinema_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cinema's tickets sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5, 32, n)
    rain_mm = rng.uniform(0, 30, n)
    premiere = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    screens = rng.integers(3, 10, n).astype(float)
    tickets = (300 - 4.0 * temp_c + 6.0 * rain_mm + 250.0 * premiere + 120.0 * holiday
               + 40.0 * screens + 150.0 * (weekday >= 4) + rng.normal(0, 30.0, n))
    return (["weekday", "temp_c", "rain_mm", "premiere", "school_holiday", "screens_open",
             "tickets_sold"],
            np.column_stack([weekday, temp_c, rain_mm, premiere, holiday, screens, tickets]))


def _greenhouse(**sections: Any) -> Any:
    return _csv("greenhouse_state", _greenhouse_csv, "state", "classification", 641,
                **sections)


def _cinema(**sections: Any) -> Any:
    return _csv("cinema_daily_tickets", _cinema_csv, "tickets_sold", "regression", 642,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout64"
LD4 = _factory(f"{HERE}:ladders")
GQ619 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=19,
                 n_classes=6, random_state=643)
CL64 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=64,
                n_informative=24, n_redundant=6, n_classes=4, class_sep=2.0, random_state=644)
FR56 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=56, noise=0.7,
                random_state=645)
LCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h64_divergence_cinema_sgd_sigmoid", "the cinema daily-tickets CSV (targets unscaled, "
         "in the hundreds), 24-unit sigmoid MLP, plain SGD at LR 0.3, batch 17",
         _cinema(model={"hidden": [24], "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 0.3},
                 train={"epochs": 3, "batch_size": 17}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the epoch loss 1.6e18, then 6.5e29, then Inf (first step "
                               "7.8e5); every sigmoid unit saturated"),
         verdict="failed"),
    Case("h64_divergence_gq619_adamw_lr40_elu", "100x50 ELU MLP on the 6-class quantiles in "
         "19 dimensions, AdamW at LR 40, batch 27",
         {"data": GQ619, "model": {"hidden": [100, 50], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 3.3e6 at the first epoch, the step loss 10.25 "
                               "at the last (first step 1.79), never NaN; every unit of the "
                               "second layer dead"),
         verdict="failed"),
    Case("h64_exploding_cl64_10x26_elu_std1_adam", "10x26 ELU MLP with N(0, 1) init on the "
         "64-feature set, Adam at LR 1e-12, batch 29",
         {"data": CL64, "model": {"hidden": [26] * 10, "activation": "elu", "init": "normal",
                                  "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 8.8e5 at every epoch), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 15% of a layer's "
                      "units dead; 74% of the test predictions in one class"),
         verdict="failed"),
    Case("h64_dead_relu_ladder_cnn_adamw_lr3", "the ladder CNN (10, 18 channels, 28 hidden), "
         "AdamW at LR 3, batch 21",
         {"data": LD4, "model": LCNN, "optim": {"name": "adamw", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 6.3e4 in the first epoch, then 1.51 and "
                               "1.54 (first step 1.37); every dense unit dead at the end"),
         verdict="failed"),
    Case("h64_update_ratio_high_gq619_rmsprop_lr1", "RMSprop at LR 1 on the 6-class quantiles, "
         "64 sigmoid units, batch 31, 10 epochs",
         {"data": GQ619, "model": {"hidden": [64], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1.0}, "train": {"epochs": 10, "batch_size": 31}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data",
                "saturated_activation", "not_training"),
         why_allowed=("the big steps throw the sigmoid units to their ends (up to 98.9% "
                      "saturated) and the loss about: the epoch loss 43.8 at the first epoch "
                      "and 4.34 at the last (first step 2.0), the validation loss 12.9% "
                      "above its minimum at the end, accuracy 0.294 (training 0.3175)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h64_momentum_lr1e10_gq619", "the 6-class quantiles, 60x30 tanh MLP, SGD with "
         "momentum 0.9 at LR 1e-10, batch 35, 4 epochs",
         {"data": GQ619, "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1512 (1/6 is 0.167, the baseline 0.194); 35% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h64_adam_lr1e10_fr56", "the 56-feature Friedman regression, 44x22 leaky-ReLU MLP, "
         "Adam at LR 1e-10, batch 25",
         {"data": FR56, "model": {"hidden": [44, 22], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.44, far below the baseline (0.7496) and the healthy runs",
         verdict=TP),
    Case("h64_vanishing_sigmoid_gq619_20x14_momentum", "20x14 sigmoid MLP on the 6-class "
         "quantiles, SGD with momentum 0.9 at LR 0.01, batch 27, 4 epochs",
         {"data": GQ619, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h64_saturated_tanh_cl64_std6_adam", "2x48 tanh MLP with N(0, 6) init on the "
         "64-feature set, Adam at LR 1e-8, batch 33",
         {"data": CL64, "model": {"hidden": [48, 48], "activation": "tanh", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "adam", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss "
                      "43.13 at every epoch); 29% of the test predictions in one class"),
         verdict=TP),
    Case("h64_slow_start_ladder_cnn_sgd", "the ladder CNN, plain SGD at LR 0.03, batch 18, 20 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": LD4, "model": LCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 20, "batch_size": 18}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu",
                "not_converged"),
         why_allowed=("no healthy ladder run is in the part; the epoch loss still falls "
                      "3.2% over the last epoch, validation accuracy 0.6133 against the "
                      "baseline's 0.70; up to 11% of the dense layer's units dead early on"),
         verdict=TP),
    Case("h64_unshuffled_cl64_rmsprop_tanh", "the 64-feature set sorted by label, never "
         "shuffled, 80x40 tanh MLP, RMSprop at LR 1e-3, batch 33, 8 epochs",
         {"data": {**CL64, "order": "by_label", "shuffle": False},
          "model": {"hidden": [80, 40], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss"),
         why_allowed=SORTED,
         verdict=TP),
    Case("h64_mse_softmax_greenhouse_adamw", "the greenhouse CSV trained with square error on "
         "the softmax, AdamW at LR 1e-4, 32x16 ReLU MLP, batch 25, 10 epochs",
         _greenhouse(model={"hidden": [32, 16]},
                     optim={"name": "adamw", "lr": 1e-4},
                     train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged"),
         why_allowed=("the tiny loss has its own scale; the slow steps leave it falling "
                      "about 1.2-1.9% an epoch (0.1893 to 0.1667), accuracy 0.7167 where the "
                      "healthy runs reach 1.0"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h64_overfit_cl64_subset70_momentum", "70 rows of the 64-feature set, MLP of 300 "
         "and 150 units, SGD with momentum 0.9 at LR 0.01, 80 epochs, batch 7",
         {"data": {**CL64, "subset": 70}, "model": {"hidden": [300, 150]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 80, "batch_size": 7}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("70 rows teach less than every row: accuracy 0.7385 (the run's "
                      "baseline 0.68); up to 1.3% of the second layer's units dead"),
         verdict=GP),
    Case("h64_gap_fr56_subset50_rmsprop", "50 rows of the 56-feature Friedman regression, "
         "MLP of 200 and 100 units, RMSprop at LR 3e-4, 150 epochs, batch 10",
         {"data": {**FR56, "subset": 50}, "model": {"hidden": [200, 100]},
          "optim": {"name": "rmsprop", "lr": 3e-4},
          "train": {"epochs": 150, "batch_size": 10}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("50 rows teach less; with the training loss near 0 (down to 0 at a "
                      "step) the gradients and updates die away and up to 26% of the second "
                      "layer's units are dead; the step loss swings widely about its tiny "
                      "mean"),
         verdict=GP),
    Case("h64_underfit_cl64_one_elu_unit_adam", "the 64-feature set through 1 ELU unit, Adam "
         "at LR 0.01, batch 27, 15 epochs",
         {"data": CL64, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 27}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "dead_relu", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part four classes: accuracy 0.5462 (training 0.5622); "
                      "the epoch loss falls 0.07% over the last epoch; 40% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h64_lightning_cancer_momentum_lr500_nan", "Lightning: breast cancer, SGD with "
         "momentum 0.9 at LR 500, 20 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=500.0,
                                 epochs=4, batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3684, the minority share, far below the "
                               "majority share"),
         verdict="failed"),
    Case("h64_lightning_wine_b1_sgd_noisy", "Lightning: wine, batch 1, plain SGD at LR 0.3, "
         "20 units, 3 epochs",
         script=lightning_run(_s("wine", hidden=(20,), optim="sgd", lr=0.3, epochs=3,
                                 batch_size=1)),
         tool="lightning", expect=("noisy_loss", "divergence"),
         allow=("exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting", "at_chance"),
         why_allowed=("single samples with big steps throw the loss about and up (single "
                      "steps up to 1273; the validation loss 2.41, 18.6, then 0.74)"),
         verdict="failed"),
    Case("h64_hf_trainer_digits_sgd_lr500_nan", "Hugging Face Trainer names: digits, plain "
         "SGD at LR 500 (decaying linearly), 19 units, batch 10, 3 epochs, logging every 2 "
         "steps",
         script=hf_trainer_run(_s("digits", hidden=(19,), optim="sgd", lr=500.0, epochs=3,
                                  batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"), why_allowed=BLOWUP,
         verdict="failed"),
    Case("h64_hf_trainer_iris_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "RMSprop at LR 1e-10 (decaying linearly), 17 units, batch 8, 6 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("iris", hidden=(17,), optim="rmsprop", lr=1e-10,
                                  epochs=6, batch_size=8), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the evaluation loss stays at 1.127 at every evaluation; the untrained "
                      "net scores 0.2, far below 1/3 (no training score is logged)"),
         verdict=TP),
    Case("h64_keras_iris_sgd_lr500_nan", "Keras names: iris, plain SGD at LR 500, 19 units, "
         "batch 9, 4 epochs",
         script=keras_run(_s("iris", hidden=(19,), optim="sgd", lr=500.0, epochs=4,
                             batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h64_tensorboard_wine_adamw_lr1e10_stuck", "TensorBoard tags: wine, AdamW at LR "
         "1e-10, 20 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("wine", hidden=(20,), optim="adamw", lr=1e-10,
                                   epochs=5, batch_size=10)),
         tool="tensorboard", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "at_chance"),
         why_allowed=("the validation loss stays at 1.179 at every epoch; the untrained net "
                      "scores 0.2778, far below the validation split's majority share "
                      "(0.389)"),
         verdict=TP),
    Case("h64_tensorboard_digits_subset36_adam_gap", "TensorBoard tags: 36 rows of digits, "
         "200 units, Adam at LR 1e-3, 90 epochs, batch 4",
         script=tensorboard_run(_s("digits", hidden=(200,), optim="adam", lr=1e-3, epochs=90,
                                   batch_size=4, subset=36)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("36 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 51 (0.9648) and ends 1.4% above it"),
         verdict=GP),
    Case("h64_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.2, SGD with momentum 0.9 at LR 0.01, 25 units, batch 15, a corrupt record "
         "(x = 1e30) at step 16 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(25,), optim="sgd", lr=0.01, epochs=3,
                             batch_size=15, n=900, noise=0.2,
                             optim_args={"momentum": 0.9}), corrupt_step=16),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=16),
    Case("h64_plain_digits_two_relu_units_adamw", "hand-written loop: digits through 2 ReLU "
         "units, AdamW at LR 0.01, batch 23, 20 epochs",
         script=plain_run(_s("digits", hidden=(2,), optim="adamw", lr=0.01, epochs=20,
                             batch_size=23)),
         tool="pytorch", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("two ReLU units cannot part ten digits: validation accuracy 0.5794; "
                      "the validation loss is lowest at epoch 14 (1.195) and ends 1.2% above "
                      "it"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy64_greenhouse_relu_adam_b24",
       _greenhouse(model={"hidden": [36]}, optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 24})),
    _h("healthy64_greenhouse_tanh_rmsprop_b20",
       _greenhouse(model={"hidden": [40], "activation": "tanh"},
                   optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 20})),
    _h("healthy64_greenhouse_elu_adagrad_b22",
       _greenhouse(model={"hidden": [38], "activation": "elu"},
                   optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 22})),
    _h("healthy64_greenhouse_leaky_adamw_b26",
       _greenhouse(model={"hidden": [42], "activation": "leaky_relu"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 26})),
    _h("healthy64_greenhouse_tanh_adamw_b16",
       _greenhouse(model={"hidden": [34], "activation": "tanh"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 16})),
    _h("healthy64_greenhouse_elu_adam_b30",
       _greenhouse(model={"hidden": [46], "activation": "elu"},
                   optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 30})),
    _h("healthy64_greenhouse_leaky_rmsprop_b24",
       _greenhouse(model={"hidden": [38], "activation": "leaky_relu"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 24})),
    _h("healthy64_fr56_tanh_adam_b26",
       {"data": FR56, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy64_fr56_tanh_adagrad_b32",
       {"data": FR56, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy64_fr56_sigmoid_adam_b24",
       {"data": FR56, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy64_fr56_tanh_adamw_b22",
       {"data": FR56, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy64_fr56_sigmoid_adagrad_b30",
       {"data": FR56, "model": {"hidden": [56], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy64_cl64_relu_adam_b34",
       {"data": CL64, "model": {"hidden": [64]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy64_cl64_relu_rmsprop_b28",
       {"data": CL64, "model": {"hidden": [62]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy64_cl64_leaky_adamw_b36",
       {"data": CL64, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy64_cl64_leaky_adam_b32",
       {"data": CL64, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy64_cl64_relu_adamw_b40",
       {"data": CL64, "model": {"hidden": [68]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy64_cl64_leaky_rmsprop_b30",
       {"data": CL64, "model": {"hidden": [62], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy64_cl64_elu_adagrad_b26",
       {"data": CL64, "model": {"hidden": [58], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _hs("healthy64_hf_trainer_cancer_adam",
        hf_trainer_run(_s("breast_cancer", hidden=(18,), optim="adam", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy64_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(16,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy64_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(20,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy64_keras_iris_adam",
        keras_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy64_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(18,), optim="adamw", lr=3e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy64_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(18,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy64_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(18,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
