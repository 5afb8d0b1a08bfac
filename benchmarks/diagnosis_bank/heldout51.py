"""The fifty-first held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout50`, after :mod:`.heldout48`'s and :mod:`.heldout49`'s
measurement and before either was measured, by someone who saw no diagnosis of its runs. Every case
differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout50` in its
combination of data set (new here: a 10x10 image set of a shovel (a one-pixel handle above a 3x2
blade and its tip in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels; 10-class Gaussian quantiles in 5 dimensions (5000 samples); a
51-feature 5-class set (2800 samples, 16 informative, 5 redundant, class separation 2.2); a
43-feature Friedman-1 regression (2200 samples, noise 0.6); a yogurt incubator's state CSV (heating
the milk, cooling to inoculate, incubating, chilling the set yogurt: 4 classes from 7 readings) and
a harbour water-taxi service's daily-riders regression CSV (riders, in the hundreds), besides the
script tools' shipped sets with new settings: iris, wine, breast cancer, digits, 6-arm spirals with
noise 0.1 and the sine with noise 0.3), model (MLPs of several widths, depths and activations (ReLU,
ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and
without momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2
steps, Keras and TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with
another optimiser, model, data set or tool than :mod:`.heldout47` to :mod:`.heldout49` did
(divergence to Inf under plain SGD in a leaky-ReLU net on the unscaled riders, divergence to NaN
under plain SGD at LR 200 in an ELU net on the 51-feature set, a blow-up under plain SGD at LR 60 on
the quantiles that leaves a dead ReLU net, exploding gradients in a 12-layer net with N(0, 1) init
under Adagrad on the 51-feature set, units killed by Adam at LR 4 in the shovel CNN, a tiny learning
rate under RMSprop on the quantiles and under Adagrad on the Friedman regression, vanishing
gradients under SGD with momentum in a 22-layer sigmoid net on the quantiles, saturation under
RMSprop in a sigmoid net with N(0, 6) init on the 51-feature set, a slow start of the shovel CNN
under SGD with momentum 0.5, the unshuffled 51-feature set under RMSprop in a tanh net, square error
with SGD with momentum on the yogurt CSV, a high update ratio from RMSprop at LR 1.5 on the
quantiles, an overfit 60-row 51-feature set under RMSprop and a 45-row Friedman regression under
AdamW, an underfit 2-unit tanh net under RMSprop, Lightning's NaN on wine under SGD with momentum
and its unshuffled iris under RMSprop, Trainer's NaN on breast cancer under SGD with momentum and
its stuck wine under AdamW, Keras' 30 rows of digits under Adam and its 2-unit ReLU 6-arm spirals
under AdamW, TensorBoard's NaN on iris under SGD with momentum and its noisy batch-1 wine under
AdamW, the hand-written loop's corrupt record on the sine under RMSprop and its unshuffled wine
under SGD with momentum), and the cases are spread differently over the tools (sixteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and
the fault classes (five runner runs broken (three divergences, one to Inf, one to NaN and one that
ends on a dead net, exploding gradients, dead units) and four scripts (Lightning's, Trainer's and
TensorBoard's NaN, the loop's Inf); ``not_training`` expected in four runner runs and one script;
``predictions_collapsed`` in three runner runs; ``at_chance`` in seven runner runs and three
scripts; one overfit runner run and one overfit script, both with a generalisation gap, and one
runner run with a gap alone; three runner regressions), and the healthy runner runs over four data
sets (the yogurt CSV, the quantiles, the Friedman regression and the 51-feature set), and the
healthy scripts on digits (Trainer), wine (Lightning, TensorBoard) and iris (Lightning, Keras, the
hand-written loop).

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
second time from the final file into a fresh store, with the same numbers.

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

The healthy runner cases measured: update ratio per layer (quarter means) 8.5e-6 (the leaky-ReLU
MLP with SGD with momentum on the yogurt CSV) to 0.052 (the tanh MLP with Adagrad at batch 32 on the
Friedman regression); the expected ``update_ratio_high`` run reaches quarter means of 0.35 (its
first layer) and 0.99 (its output layer) in its first quarter, 6.7 to 19 times the healthy extreme
(0.084-0.108 after); the expected ``update_ratio_low`` runs sit at 4.7e-11 to 1.3e-9 (RMSprop at LR
1e-10 on the quantiles) and 7.6e-11 to 1.1e-9 (Adagrad at LR 1e-9 on the Friedman regression).
Dead-unit fraction per layer at most 0.067 at any time in the healthy runs (the ELU MLP with Adam at
batch 30 on the quantiles; 0 in every healthy ReLU and leaky-ReLU run); the expected ``dead_relu``
run reaches 0.889 (the shovel CNN's second conv layer) and 1.0 (its dense layer) under Adam at LR 4,
with every layer's gradient 0 in the last three quarters. Saturated fraction per layer at most
0.016 in the healthy tanh and sigmoid runs (the sigmoid MLP with Adagrad on the yogurt CSV); the
expected ``saturated_activation`` run holds 0.92 and 0.88 in its two layers throughout. The
exploding run's gradient norms sit at quarter means of 9.5e5-4.8e6 (up to 8.0e6) with its loss near
4.7e6 from the first step and never NaN (the healthy runs' largest single norm 130); the vanishing
run's first layer at 4.4e-20 against 0.33 at the output. The sorted 51-feature set's step-loss
position in the epoch explains 99% of the within-epoch variance over the second half, Lightning's
sorted iris 100% and the loop's sorted wine 89%. The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 1.19 times its mean in the healthy
scripts with a step loss (TensorBoard's wine; the others 0.52-0.84), while the expected
``noisy_loss`` run swings 6.4 (TensorBoard, batch 1, AdamW at LR 0.03 on wine). Healthy runs reach a
validation score close to what the data allow (accuracy 1.0 on the yogurt CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.881-0.915 on the quantiles, where the baseline is 0.277;
0.8821-0.9161 on the 51-feature set, where the baseline is 0.8911; R2 0.7472-0.7631 on the Friedman
regression, where the baseline is 0.7469; for the scripts 0.961 (Trainer's digits), 1.0
(Lightning's and TensorBoard's wine) and 0.9667 (Lightning's, Keras' and the loop's iris)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch or ends at
most 0.2% above its minimum: the sigmoid MLP with Adam on the Friedman regression, lowest at epoch
24 of 30 and 0.058% above it at the end; the sigmoid MLP with RMSprop there, epoch 23, 0.033%), the
training loss has flattened (it falls at most 4.1% over the last epoch: Lightning's wine), no
training score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.051, the
ReLU MLP with AdamW on the 51-feature set, training 0.9673), and they expect no finding of severity
warning or worse.

Healthy candidates dropped: the ReLU MLP of 170 and 85 units with Adam at batch 42 on the quantiles
(validation 0.871, the lowest of the quantile runs, with up to 37% of its first layer's units dead
against at most 6.7% in the others); the tanh MLP with Adam at LR 5e-4 (0.8643) and the ELU MLP with
RMSprop (0.875) on the 51-feature set, both below the baseline of 0.8911; Trainer's iris under
Adagrad (the loss still falling 4.7% over the last epoch); Keras' wine under Adam (6.8% over the
last epoch); the loop's digits under Adam (the step loss still falling 7.7% over the last epoch in
20 epochs and 5.9% in 35). Four healthy scripts were first written with settings an earlier part had
used on the same data (Lightning's wine under RMSprop at LR 1e-3 with 20 units, Keras' iris under
AdamW at LR 5e-3 with 20 units, TensorBoard's wine under AdamW at LR 3e-3 with 18 units, the loop's
digits under Adam at LR 1e-3 with 44 units) and were run with other widths and rates. No healthy run
on the shovel images, on the water-taxi CSV, on breast cancer, on spirals or on the sine is in the
part: their faults are read against the run's own numbers and its baseline. Faults changed: plain
SGD at LR 60 on the quantiles, planned as a NaN divergence, blew up to 1.4e17 in its first epoch and
then sat at 23.9 with every unit of its second layer dead and every gradient 0, never NaN, so it
expects ``divergence``, ``at_chance`` (accuracy 0.1, 1/10) and ``predictions_collapsed`` (every test
prediction in one class) without ``nan_loss``; a NaN was then sought on the 51-feature set (SGD with
momentum at LR 20 in an ELU net and plain SGD at LR 200 both end NaN; the momentum run, close to
:mod:`.heldout49`'s, was left out) and an Inf on the Friedman regression under SGD with momentum in
an ELU net (left out, being :mod:`.heldout49`'s mechanism on its rides); the loop's corrupt record
on moons left the loss finite (0.83 at most: a classification loss does not overflow), so it was put
on the sine, where the square error overflows to Inf at step 20; Keras' 2-unit ReLU net on 5-arm
spirals ended at accuracy 0.25, exactly 0.05 above chance, and was run on 6-arm spirals with 1200
points. Labels read from the metrics: three unshuffled runs stop while their loss still clearly
falls (the 51-feature set's epoch loss 0.3634, 0.3343, 0.3111 over the last three epochs, 6.9% over
the last; Lightning's iris 0.6041, 0.5377, 0.4903, 8.8%; the loop's wine step loss 27% over its last
epoch), so ``not_converged`` is expected there beside ``unshuffled_data``; the slow start of the
shovel CNN (the epoch loss 1.387, 1.383, 1.379, 1.372, 1.360 over the first five epochs, then 1.33
down to 0.685) falls only 0.45% over its last epoch, so ``not_converged`` is only allowed; the
vanishing run ends with every test prediction in one class, so ``predictions_collapsed`` is expected
there, while the saturated run (accuracy 0.1679, 0.032 below 1/5) spreads them (at most 54% in one
class), as do the RMSprop run at LR 1e-10 (0.113, at most 45%) and the 2-unit tanh net (0.139, at
most 52%); the exploding run ends at 0.2054 with 83% in one class, so ``predictions_collapsed`` is
only allowed; the shovel CNN under Adam at LR 4 ends at 0.2633 with every test prediction in one
class and its loss (1.62) above its first step's 1.386; Keras' 30 rows of digits end at validation
0.6657 (training 1.0) with the validation loss lowest at epoch 16 (1.384) and 7.7% above it at the
end, rising over the second half, so ``overfitting`` is expected beside
``generalisation_gap``; the 45-row Friedman regression ends at R2 0.336 (training 1.0) with the
validation loss lowest at its last epoch, so it expects only ``generalisation_gap``; TensorBoard's
NaN on iris ends at 0.3333 (1/3), so ``at_chance`` is expected there, while Lightning's NaN on wine
ends at 0.3333, 0.066 below wine's majority share, and Trainer's NaN on breast cancer at 0.3684, far
below the majority share, so there it is only allowed; Trainer's stuck wine (AdamW at LR 1e-9) ends
at 0.4167, 0.018 above wine's majority share (0.399), so ``at_chance`` is expected; Keras' 2-unit
6-arm spirals end at 0.2125, 0.046 above 1/6, so ``at_chance`` is expected beside ``underfitting``.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 27)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 6)
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

# a shovel in a 5x5 cell (a one-pixel handle at the top, a 3x2 blade below it, its tip at the
# bottom), turned by 90 degrees at a time for the other three directions
_SHOVEL_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0],
                       [0, 1, 1, 1, 0],
                       [0, 0, 1, 0, 0]], dtype=float)
_SHOVELS = turned(_SHOVEL_UP)


def shovels(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 shovel glyph at a random place (4 classes: the shovel turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SHOVELS, n, size, noise, flip, seed)


def _yogurt_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A yogurt incubator's state (0 heating the milk, 1 cooling to inoculate, 2 incubating,
    3 chilling the set yogurt) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    milk_c = np.array([78.0, 50.0, 43.0, 12.0])[cls] + rng.normal(0, 2.0, n)
    ph = np.array([6.6, 6.5, 5.2, 4.5])[cls] + rng.normal(0, 0.12, n)
    viscosity_cp = np.array([3.0, 3.5, 60.0, 140.0])[cls] + rng.normal(0, 8.0, n)
    heater_duty = np.array([0.9, 0.0, 0.25, 0.0])[cls] + rng.normal(0, 0.05, n)
    chiller_duty = np.array([0.0, 0.6, 0.0, 0.8])[cls] + rng.normal(0, 0.05, n)
    vat_l = rng.uniform(100.0, 800.0, n)
    room_c = rng.uniform(16.0, 28.0, n)
    return (["milk_temp_c", "ph", "viscosity_cp", "heater_duty", "chiller_duty", "vat_l",
             "room_temp_c", "state"],
            np.column_stack([milk_c, ph, viscosity_cp, heater_duty, chiller_duty, vat_l, room_c,
                             cls]))


def _water_taxi_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A harbour water-taxi service's daily riders from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(0, 32, n)
    wave_m = rng.exponential(0.5, n)
    boats = rng.integers(4, 14, n).astype(float)
    cruise_ship = rng.integers(0, 2, n).astype(float)
    rain_mm = rng.exponential(2.0, n)
    riders = (120 + 11.0 * air_c - 60.0 * wave_m + 25.0 * boats + 180.0 * cruise_ship
              - 15.0 * rain_mm + 70.0 * (weekday >= 5) + rng.normal(0, 30.0, n))
    return (["weekday", "air_temp_c", "wave_m", "boats_out", "cruise_ship", "rain_mm", "riders"],
            np.column_stack([weekday, air_c, wave_m, boats, cruise_ship, rain_mm, riders]))


def _yogurt(**sections: Any) -> Any:
    return _csv("yogurt_incubator_state", _yogurt_csv, "state", "classification", 511, **sections)


def _water_taxi(**sections: Any) -> Any:
    return _csv("water_taxi_daily_riders", _water_taxi_csv, "riders", "regression", 512,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout51"
SH4 = _factory(f"{HERE}:shovels")
GQ105 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=5000, n_features=5,
                 n_classes=10, random_state=513)
CL51 = _factory("sklearn.datasets:make_classification", n_samples=2800, n_features=51,
                n_informative=16, n_redundant=5, n_classes=5, class_sep=2.2, random_state=514)
FR43 = _factory("sklearn.datasets:make_friedman1", n_samples=2200, n_features=43, noise=0.6,
                random_state=515)
SCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [26]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h51_divergence_water_taxi_sgd_leaky", "the water-taxi daily-riders CSV (targets "
         "unscaled, in the hundreds), 30-unit leaky-ReLU MLP, plain SGD at LR 0.02, batch 16",
         _water_taxi(model={"hidden": [30], "activation": "leaky_relu"},
                     optim={"name": "sgd", "lr": 0.02},
                     train={"epochs": 3, "batch_size": 16}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h51_divergence_gq105_sgd_lr60_relu", "64x32 ReLU MLP on the 10-class quantiles in 5 "
         "dimensions, plain SGD at LR 60, batch 28",
         {"data": GQ105, "model": {"hidden": [64, 32]},
          "optim": {"name": "sgd", "lr": 60.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_training",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "update_ratio_low"),
         why_allowed=(BLOWUP + "; afterwards every unit of the second layer is dead and the "
                               "gradients are 0"),
         verdict="failed"),
    Case("h51_divergence_cl51_sgd_lr200_elu", "50-unit ELU MLP on the 51-feature set, plain "
         "SGD at LR 200, batch 30",
         {"data": CL51, "model": {"hidden": [50], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 200.0},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "at_chance", "predictions_collapsed"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h51_exploding_cl51_12x20_std1_adagrad", "12x20 ReLU MLP with N(0, 1) init on the "
         "51-feature 5-class set, Adagrad at LR 1e-12",
         {"data": CL51, "model": {"hidden": [20] * 12, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (4.71e6 every epoch), far above ln 5; the tiny "
                      "steps do not move the wide weights (update ratio 0); up to 55% of the "
                      "units dead; 83% of the test predictions in one class; the "
                      "wide weights; some units dead"),
         verdict="failed"),
    Case("h51_dead_relu_shovel_cnn_adam_lr4", "the shovel CNN (10, 18 channels, 26 hidden), "
         "Adam at LR 4, batch 20",
         {"data": SH4, "model": SCNN, "optim": {"name": "adam", "lr": 4.0},
          "train": {"epochs": 3, "batch_size": 20}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss"),
         why_allowed=(BLOWUP + "; afterwards the gradients are 0"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h51_rmsprop_lr1e10_gq105", "the quantiles, 80x40 ELU MLP, RMSprop at LR 1e-10, "
         "4 epochs",
         {"data": GQ105, "model": {"hidden": [80, 40], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.113 against the run's baseline of 0.277; at most 45% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h51_adagrad_lr1e9_fr43", "the 43-feature Friedman regression, 48x24 tanh MLP, "
         "Adagrad at LR 1e-9",
         {"data": FR43, "model": {"hidden": [48, 24], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -8.60, far below the baseline (0.7469) and the healthy runs"),
         verdict=TP),
    Case("h51_vanishing_sigmoid_gq105_22x14_momentum", "22x14 sigmoid MLP on the quantiles, "
         "SGD with momentum 0.9 at LR 0.01, 4 epochs",
         {"data": GQ105, "model": {"hidden": [14] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients"),
         verdict=TP),
    Case("h51_saturated_sigmoid_cl51_std6_rmsprop", "2x36 sigmoid MLP with N(0, 6) init on the "
         "51-feature set, RMSprop at LR 1e-6",
         {"data": CL51, "model": {"hidden": [36, 36], "activation": "sigmoid", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates; the loss far above ln 5 from the start (the epoch loss "
                      "26.44 to 26.43); at most 54% of the test predictions in one class"),
         verdict=TP),
    Case("h51_slow_start_shovel_cnn_momentum", "the shovel CNN, SGD with momentum 0.5 at LR "
         "0.03, 16 epochs: the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": SH4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.5},
          "train": {"epochs": 16, "batch_size": 22}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting",
                "not_converged"),
         why_allowed=("the loss falls slowly at the end (0.45% over the last epoch); accuracy "
                      "0.64 against the baseline's 0.6467; no healthy shovel run is in the "
                      "part"),
         verdict=TP),
    Case("h51_unshuffled_cl51_rmsprop_tanh", "the 51-feature set sorted by label, never "
         "shuffled, 60x30 tanh MLP, RMSprop at LR 1e-3, batch 28, 8 epochs",
         {"data": {**CL51, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 28}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance",
                "saturated_activation"),
         why_allowed=(SORTED + "; the second tanh layer pushed to 7.8% saturated by the "
                               "class-after-class batches"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h51_overfit_cl51_subset60_rmsprop", "60 rows of the 51-feature set, MLP of 280 and "
         "140 units, RMSprop at LR 1e-3, 80 epochs, batch 10",
         {"data": {**CL51, "subset": 60}, "model": {"hidden": [280, 140]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("60 rows teach less than every row (accuracy 0.7054 against the run's "
                      "baseline of 0.6786)"),
         verdict=GP),
    Case("h51_gap_fr43_subset45_adamw", "45 rows of the 43-feature Friedman regression, MLP of "
         "200 and 100 units, AdamW at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR43, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 5e-4}, "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less; with the training loss at ~0 the gradients and "
                      "updates die away"),
         verdict=GP),
    Case("h51_underfit_gq105_two_tanh_units_rmsprop", "the quantiles through 2 tanh units, "
         "RMSprop at LR 3e-3, 15 epochs",
         {"data": GQ105, "model": {"hidden": [2], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training", "saturated_activation"),
         why_allowed=("two units cannot part ten classes lying in shells; the epoch loss falls "
                      "only 3.4% (2.341 -> 2.261, ln 10 is 2.303) and still slowly; the first "
                      "layer up to 9.8% saturated"),
         verdict=TP),
    Case("h51_mse_softmax_yogurt_momentum", "the yogurt-incubator CSV trained with square error "
         "on the softmax, SGD with momentum 0.9 at LR 0.05, 40x20 ELU MLP, 10 epochs",
         _yogurt(model={"hidden": [40, 20], "activation": "elu"},
                 optim={"name": "sgd", "lr": 0.05, "momentum": 0.9},
                 train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls 14% over the last epoch (it is tiny: 2.7e-4)"),
         verdict=TP),
    Case("h51_update_ratio_high_gq105_rmsprop_lr1p5", "RMSprop at LR 1.5 on the quantiles, "
         "70 ELU units, batch 32, 10 epochs",
         {"data": GQ105, "model": {"hidden": [70], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1.5}, "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "at_chance", "predictions_collapsed", "dead_relu"),
         why_allowed=("the big steps throw the loss about, far above its first step's 2.301 "
                      "(the epoch loss 771, then 70 to 116; the validation loss lowest at epoch "
                      "7 and ends 97% above it) and leave up to 71% of the ELU units never "
                      "positive; accuracy 0.164 (0.064 above 1/10) with 77% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h51_lightning_wine_momentum_lr80_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 80, 18 units, batch 10, 4 epochs",
         script=lightning_run(_s("wine", hidden=(18,), optim="sgd", lr=80.0, epochs=4,
                                 batch_size=10, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below the majority share (0.399)"),
         verdict="failed"),
    Case("h51_lightning_unshuffled_iris_rmsprop", "Lightning: iris sorted by label, never "
         "shuffled, RMSprop at LR 2e-3, 22 units, batch 6, 5 epochs",
         script=lightning_run(_s("iris", hidden=(22,), optim="rmsprop", lr=2e-3, epochs=5,
                                 batch_size=6, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h51_hf_trainer_cancer_momentum_lr150_nan", "Hugging Face Trainer names: breast "
         "cancer, SGD with momentum 0.9 at LR 150 (decaying linearly), 26 units, batch 14, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(26,), optim="sgd", lr=150.0,
                                  epochs=3, batch_size=14, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h51_hf_trainer_wine_adamw_lr1e9_stuck", "Hugging Face Trainer names: wine, AdamW at "
         "LR 1e-9 (decaying linearly), 22 units, batch 8, 6 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(22,), optim="adamw", lr=1e-9, epochs=6,
                                  batch_size=8), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the loss stays near 1.0 (ln 3 is 1.099) and accuracy 0.4167 at wine's "
                      "majority share (0.399)"),
         verdict=TP),
    Case("h51_keras_digits_subset30_adam_gap", "Keras names: 30 rows of digits, 210 units, "
         "Adam at LR 2e-3, 100 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(210,), optim="adam", lr=2e-3, epochs=100,
                             batch_size=5, subset=30)),
         tool="keras", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than the healthy digits run"),
         verdict=GP),
    Case("h51_keras_spirals6_two_relu_units_adamw", "Keras names: 6-arm spirals (noise 0.1, "
         "1200 points) through 2 ReLU units, AdamW at LR 0.01, batch 20, 30 epochs",
         script=keras_run(_s("spirals", hidden=(2,), optim="adamw", lr=0.01, epochs=30,
                             batch_size=20, n=1200, noise=0.1, k=6)),
         tool="keras", expect=("underfitting", "at_chance"),
         allow=("not_training", "not_converged", "slow_start", "noisy_loss", "overfitting"),
         why_allowed=("two units cannot follow six spiral arms: validation accuracy 0.2125 "
                      "(training 0.2236), 0.046 above chance (1/6); the loss falls only 4.6% "
                      "(1.840 -> 1.756, ln 6 is 1.792) and is flat over the last three "
                      "quarters; the validation loss is lowest at epoch 2 and ends 0.49% above "
                      "it; no healthy spirals run is in the part"),
         verdict=TP),
    Case("h51_tensorboard_iris_momentum_lr120_nan", "TensorBoard tags: iris, SGD with momentum "
         "0.9 at LR 120, 20 units, batch 8, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(20,), optim="sgd", lr=120.0, epochs=3,
                                   batch_size=8, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h51_tensorboard_wine_b1_adamw_noisy", "TensorBoard tags: wine, batch 1, AdamW at LR "
         "0.03, 24 units, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(24,), optim="adamw", lr=0.03,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.391, 0.025, 0.120, 0.032, single samples up to 5.74)"),
         verdict=TP),
    Case("h51_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.3, RMSprop at LR 2e-3, batch 16, a corrupt record (x = 1e30) at step 20 makes "
         "the loss Inf",
         script=plain_run(_s("sine", hidden=(20,), optim="rmsprop", lr=2e-3, epochs=3,
                             batch_size=16, n=700, noise=0.3), corrupt_step=20),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=20),
    Case("h51_plain_unshuffled_wine_momentum", "hand-written loop: wine sorted by label, never "
         "shuffled, SGD with momentum 0.9 at LR 0.01, 20 units, batch 8, 6 epochs",
         script=plain_run(_s("wine", hidden=(20,), optim="sgd", lr=0.01, epochs=6,
                             batch_size=8, shuffle=False, by_label=True,
                             optim_args={"momentum": 0.9})),
         tool="pytorch", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy51_yogurt_relu_adam_b24",
       _yogurt(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy51_yogurt_elu_adamw_b20",
       _yogurt(model={"hidden": [30, 15], "activation": "elu"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy51_yogurt_tanh_rmsprop_b26",
       _yogurt(model={"hidden": [28], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy51_yogurt_sigmoid_adagrad_b22",
       _yogurt(model={"hidden": [36], "activation": "sigmoid"},
               optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy51_yogurt_leaky_momentum_b18",
       _yogurt(model={"hidden": [34, 17], "activation": "leaky_relu"},
               optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy51_yogurt_relu_sgd_b14",
       _yogurt(model={"hidden": [38]},
               optim={"name": "sgd", "lr": 0.06, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 14})),
    _h("healthy51_yogurt_tanh_adamw_b32",
       _yogurt(model={"hidden": [42], "activation": "tanh"},
               optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 32})),
    _h("healthy51_gq105_elu_adam_b30",
       {"data": GQ105, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy51_gq105_elu_adamw_b38",
       {"data": GQ105, "model": {"hidden": [140, 70], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 38}}),
    _h("healthy51_gq105_elu_rmsprop_b26",
       {"data": GQ105, "model": {"hidden": [132, 66], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy51_gq105_elu_adagrad_b28",
       {"data": GQ105, "model": {"hidden": [148, 74], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy51_fr43_tanh_adam_b28",
       {"data": FR43, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy51_fr43_tanh_rmsprop_b26",
       {"data": FR43, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy51_fr43_sigmoid_adam_b24",
       {"data": FR43, "model": {"hidden": [66], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy51_fr43_tanh_adagrad_b32",
       {"data": FR43, "model": {"hidden": [48], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy51_fr43_sigmoid_rmsprop_b22",
       {"data": FR43, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy51_fr43_tanh_adamw_b20",
       {"data": FR43, "model": {"hidden": [46], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _h("healthy51_cl51_relu_adamw_b34",
       {"data": CL51, "model": {"hidden": [60]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy51_cl51_elu_adam_b28",
       {"data": CL51, "model": {"hidden": [68], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy51_cl51_relu_rmsprop_b40",
       {"data": CL51, "model": {"hidden": [52]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy51_gq105_elu_adam_b36",
       {"data": GQ105, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 36}}),
    _hs("healthy51_hf_trainer_digits_adamw",
        hf_trainer_run(_s("digits", hidden=(56,), optim="adamw", lr=2e-3, epochs=12,
                          batch_size=28), logging_steps=2), "transformers"),
    _hs("healthy51_lightning_iris_adam",
        lightning_run(_s("iris", hidden=(18,), optim="adam", lr=4e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy51_lightning_wine_rmsprop",
        lightning_run(_s("wine", hidden=(21,), optim="rmsprop", lr=1.2e-3, epochs=30,
                         batch_size=14)), "lightning"),
    _hs("healthy51_keras_iris_adamw",
        keras_run(_s("iris", hidden=(19,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=8)), "keras"),
    _hs("healthy51_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(17,), optim="adamw", lr=2.5e-3, epochs=30,
                           batch_size=10)), "tensorboard"),
    _hs("healthy51_plain_iris_rmsprop",
        plain_run(_s("iris", hidden=(16,), optim="rmsprop", lr=2e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
