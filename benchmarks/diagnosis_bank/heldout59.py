"""The fifty-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout58`, after :mod:`.heldout56`'s and :mod:`.heldout57`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout57` in its combination of data set (new here: a 10x10 image set of a vase (a lip
above a narrow neck and a wide belly on a foot in a 5x5 cell, turned by 0, 90, 180 or 270
degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 10-class Gaussian quantiles
in 9 dimensions (5000 samples); a 59-feature 5-class set (2600 samples, 19 informative, 6
redundant, class separation 2.0); a 51-feature Friedman-1 regression (2000 samples, noise 0.7); a
web printing press's state CSV (printing, make-ready, jammed, idle: 4 classes from 7 readings) and
a ramen shop's daily bowls-sold regression CSV (bowls, in the hundreds), besides the script tools'
shipped sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.25),
model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a
CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size,
learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout55` to :mod:`.heldout57` did (divergence to Inf under
plain SGD in a leaky-ReLU net on the unscaled ramen bowls, divergence under AdamW at LR 100 in an
ELU net on the quantiles, exploding gradients in an 11-layer net with N(0, 1) init under Adam on
the 59-feature set, units killed by RMSprop at LR 2 in the vase CNN, a tiny learning rate under
AdamW on the quantiles and under RMSprop on the Friedman regression, vanishing gradients under SGD
with momentum in a 22-layer sigmoid net on the 59-feature set, saturation under plain SGD in a tanh
net with N(0, 6) init on the quantiles, a slow start of the vase CNN under SGD with momentum 0.5,
the unshuffled 59-feature set under AdamW in a tanh net, square error with SGD with momentum on the
printing-press CSV, a high update ratio from RMSprop at LR 0.5 on the 59-feature set, an overfit
80-row 59-feature set under RMSprop and a 55-row Friedman regression under RMSprop, an underfit
1-unit sigmoid net under AdamW, Lightning's NaN on wine under plain SGD and its 38 rows of digits
under Adagrad, Trainer's NaN on digits under SGD with momentum and its stuck breast cancer under
AdamW, Keras' NaN on wine under SGD with momentum and its 2-unit sigmoid digits under AdamW,
TensorBoard's noisy batch-1 breast cancer under AdamW and its unshuffled digits under AdamW, the
hand-written loop's corrupt record on the sine under SGD with momentum and its 32 rows of digits
under RMSprop), and the cases are spread over the tools (fifteen runner faults; two faults for
each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes
(five runner runs broken (two divergences, one to Inf and one that never turns NaN, exploding
gradients, dead units that end a blow-up, a high update ratio that ends diverged) and four scripts
(Lightning's, Trainer's and Keras' NaN, the loop's Inf); ``not_training`` expected in five runner
runs and one script; ``predictions_collapsed`` in three runner runs; ``at_chance`` in seven runner
runs and two scripts; one overfit runner run and one overfit script, both with a generalisation
gap, and one runner run and one script with a gap alone; three runner regressions among the
faults), and the healthy runner runs over four data sets (the printing-press CSV, the quantiles,
the Friedman regression and the 59-feature set), and the healthy scripts on breast cancer and iris
(Trainer), breast cancer and wine (Keras), wine (Lightning, the hand-written loop) and iris
(TensorBoard).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every
fault was trained once with its final setting (the loop's corrupt record aside, below); the
healthy candidates were trained once each, and for four scripts a second setting was trained
beside the first (below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47` and :mod:`.heldout57`): the state a run
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
5% over the run. A fault whose first setting came out weak was made stronger, relabelled from its
metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: update ratio per layer (quarter means) 1.4e-5 (the output layer
of the tanh MLP with Adam on the Friedman regression) to 0.030 (the first layer of the tanh MLP with
Adagrad on the Friedman regression), single steps at most 0.64 (the second layer of the ELU MLP with
Adagrad on the quantiles); the expected ``update_ratio_high`` run reaches quarter means of 0.64 (its
first layer) and 0.72 (its output layer) in its first quarter, 21 and 24 times the healthy extreme,
with single steps at 67 and 71; the expected ``update_ratio_low`` runs sit at 4.4e-12 to 7.1e-11
(AdamW at LR 1e-10 on the quantiles) and 0 to 4.3e-11 (RMSprop at LR 1e-11 on the Friedman
regression). Dead-unit fraction per layer at most 0.053 at any time in the healthy runs (the second
layer of the ELU MLP with Adagrad on the quantiles; 0 in every kept healthy ReLU and leaky-ReLU
run); the expected ``dead_relu`` run holds 0.40, 0.89 and 0.75 (the vase CNN's two conv layers and
its dense layer) under RMSprop at LR 2, with every layer's gradient 0 at the end. Saturated fraction
per layer at most 0.024 in the healthy tanh and sigmoid runs (the sigmoid MLP with AdamW on the
59-feature set); the expected ``saturated_activation`` run holds 0.88 and 0.95 in its two layers
throughout. The exploding run's gradient norms sit at 6.6e5-8.9e6 with its loss near 6.25e6 from the
first step and never NaN (the healthy runs' largest single norm 132: the first layer of the tanh MLP
with AdamW on the Friedman regression); the vanishing run's first layer at 2.5e-20 to 4.3e-20
against 0.06-0.62 at the output, its first thirteen layers' update ratio 0. The step-loss position
in the epoch explains 93% of the within-epoch variance over the second half in the sorted 59-feature
set and 97% in TensorBoard's sorted digits (the healthy runs at most 23%: the tanh MLP with plain
SGD on the printing-press CSV). The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 1.33 times its mean in the healthy scripts with a step loss
(Lightning's wine; the loop's wine 1.30, Trainer's breast cancer 1.05 and iris 0.42, TensorBoard's
iris 0.98), while the expected ``noisy_loss`` run swings 9.4 (TensorBoard, batch 1, AdamW at LR 0.03
on breast cancer). Healthy runs reach a validation score close to what the data allow (accuracy
0.9833-1.0 on the printing-press CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.80-0.833
on the quantiles, where the baseline is 0.175; 0.8692-0.9135 on the 59-feature set, where the
baseline is 0.8654; R2 0.6823-0.6898 on the Friedman regression, where the baseline is 0.6722; for
the scripts 0.9386 (Trainer's breast cancer), 0.9 (Trainer's iris), 0.9298 (Keras' breast cancer),
1.0 (Keras' and Lightning's wine), 0.9722 (the loop's wine) and 0.9667 (TensorBoard's iris)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch or ends at
most 0.48% above its minimum: Keras' wine, lowest at epoch 59 of 60; the tanh MLP with Adam on the
Friedman regression, epoch 26 of 30, 0.02%), the training loss has flattened (the epoch loss falls
at most 1.3% over the last epoch in the runner runs, 2.7% in Keras' breast cancer, and 5.1% in
Lightning's wine and 4.8% in the loop's wine, from losses near 0.008 and 0.009), no training score
ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.094, the ELU MLP with
Adagrad on the quantiles, training 0.894, not ~1; the largest R2 gap: 0.105, the tanh MLP with AdamW
on the Friedman regression, training 0.795), and they expect no finding of severity warning or
worse.

Healthy candidates dropped: the tanh MLP with AdamW on the quantiles (accuracy 0.415 after a loss
that lingered near ln 10 for five epochs); the ELU MLP with AdamW on the Friedman regression (R2
0.6434, below the baseline 0.6722, with 35% of its first layer's units never positive); the ELU
MLP with Adagrad on the printing-press CSV (the step loss near 0.006 swings 4.1 times its mean from
step to step); the 28x14 ReLU MLP with AdamW on the printing-press CSV (14% of its second layer's
units dead); the ReLU MLP with Adam on the quantiles (accuracy 0.725 against 0.80-0.83, training
0.90, up to 11% of a layer's units dead); Keras' iris under RMSprop (the validation loss lowest at
epoch 59 of 60 and 5.5% above it at the end); the loop's breast cancer under Adam (the step loss's
epoch mean rose and fell, 0.040, 0.049, 0.038, swinging 1.87 times its mean); TensorBoard's breast
cancer under Adagrad (the validation loss lowest at epoch 11 of 25, 5.1% above it at the end);
Lightning's digits under Adam, first with 15 epochs (the epoch loss still falling 11% over the
last epoch) and then with 30 (still 7.5%, the validation loss 0.7% above its minimum). Keras'
wine, Lightning's wine and the loop's wine were first written with 30, 25 and 30 epochs (their
epoch loss still falling 5.8%, 5.9% and 5.1% over the last epoch) and are kept with 60, 50 and 50
epochs (1.3%, 5.1% and 4.8%). No healthy run on the vase images, on the ramen CSV, on the sine or
on digits is in the part: their faults are read against the run's own numbers and its baseline.
Labels read from the metrics: AdamW at LR 100 on the quantiles, planned as a divergence, blew up
to an epoch loss of 4.2e7 and ended at 212 without a NaN, accuracy 0.1 and every test prediction in
one class, so ``at_chance`` and ``predictions_collapsed`` are expected beside ``divergence`` and
``nan_loss`` only allowed; the exploding run ends at 0.1962 (1/5 is 0.2) with 77% of the test
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` only allowed
beside ``exploding_gradients``; the vase CNN under RMSprop at LR 2 blows up to an epoch loss of
3.4e7 in its first epoch and ends at 1.96 (first step 1.383), accuracy 0.2333 and every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; the vanishing run ends at 0.2 with every test prediction in one
class, so ``at_chance`` and ``predictions_collapsed`` are expected there, while the saturated run
(0.111, 1/10 is 0.1) spreads them (at most 15% in one class) and AdamW at LR 1e-10 on the
quantiles (0.098) puts 76% in one class, so there ``predictions_collapsed`` is only allowed; the
high update ratio run (RMSprop at LR 0.5) ends with its epoch loss at 48.1 (first step 1.635) but
accuracy 0.90, with at most 23% of the test predictions in one class, so ``divergence`` is expected
beside ``update_ratio_high``, ``at_chance`` and ``predictions_collapsed`` are not labelled, and its
verdict is failed; the one-unit sigmoid net on the quantiles ends at 0.116 with its epoch loss
2.448 to 2.302 (6%, ln 10 is 2.303), so ``at_chance`` is expected beside ``underfitting`` and
``not_training`` only allowed; the slow start of the vase CNN under SGD with momentum (the epoch
loss 1.387, 1.378, 1.367, 1.351, 1.323, 1.270, then ever faster to 0.127) still falls 24% over its
last epoch, so ``not_converged`` is expected beside ``slow_start``; the sorted 59-feature set (the
epoch loss still falls 10% over the last epoch) and TensorBoard's sorted digits (the step loss's
epoch mean 1.15 to 0.74 over the last epoch, the validation loss 0.78 to 0.56) stop while their
loss still clearly falls, so ``not_converged`` is expected beside ``unshuffled_data``; the
square-error printing-press run's epoch loss still falls 21% over its last epoch, so
``not_converged`` is expected beside ``loss_mismatch``; the 80 rows of the 59-feature set end at
validation 0.6692 (training 1.0) with the validation loss lowest at epoch 7 (0.8761) and 1.281 at
the end, and Lightning's 38 rows of digits at validation 0.7131 (training 1.0) with the loss lowest
at epoch 7 (0.974) and rising steadily to 1.066 (9.4% above it), so ``overfitting`` is expected
beside ``generalisation_gap`` in both; the loop's 32 rows of digits (validation 0.7187, the
training loss near 0.002, the validation loss lowest at epoch 47 and 2.0% above it at the end) and
the 55-row Friedman regression (R2 0.2208, training 1.0, the validation loss lowest at epoch 149
of 150) expect only ``generalisation_gap``; Trainer's NaN on digits (the loss 1041, 7.1e11, 4.5e20,
1.3e29, then NaN) ends at 0.1003 (1/10), and Trainer's stuck breast cancer (AdamW at LR 1e-10) at
0.6579, 0.026 above the validation split's majority share (0.6316), so ``at_chance`` is expected
in both; Keras' and Lightning's NaN on wine end at 0.3333, 0.056 below the validation split's
majority share (0.3889), so there ``at_chance`` is only allowed, and Keras' every epoch's loss is
NaN, so ``divergence`` is only allowed there. The ramen divergence (the loss 1.8e5, 5.7e8, 4.7e24,
then Inf at step 4) ends the run there, and the loop's corrupt record makes the loss Inf at step 10
(the loss 0.85 to 0.15 before it). Fault changed: the loop's corrupt record was first written with
SGD with momentum 0.9 at LR 0.01, 20 units, batch 14 and the record at step 11, a setting
heldout58 happened to write too, and was run again as above (the first run's loss 0.62 to 0.19,
then Inf at step 11).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 28)
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

# a vase in a 5x5 cell (a lip above a narrow neck, a wide belly on a foot), turned by 90
# degrees at a time for the other three directions
_VASE_UP = np.array([[0, 1, 1, 1, 0],
                     [0, 0, 1, 0, 0],
                     [0, 1, 1, 1, 0],
                     [1, 1, 1, 1, 1],
                     [0, 1, 1, 1, 0]], dtype=float)
_VASES = turned(_VASE_UP)


def vases(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 vase glyph at a random place (4 classes: the vase turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_VASES, n, size, noise, flip, seed)


def _printing_press_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A web printing press's state (0 printing, 1 make-ready, 2 jammed, 3 idle) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    sheets = np.array([260.0, 40.0, 5.0, 0.0])[cls] + rng.normal(0, 15.0, n)
    ink_ml = np.array([90.0, 30.0, 60.0, 2.0])[cls] + rng.normal(0, 10.0, n)
    web_n = np.array([350.0, 150.0, 620.0, 60.0])[cls] + rng.normal(0, 50.0, n)
    motor_a = np.array([48.0, 20.0, 75.0, 3.0])[cls] + rng.normal(0, 6.0, n)
    roller_c = np.array([41.0, 33.0, 45.0, 24.0])[cls] + rng.normal(0, 2.5, n)
    paper_kg = rng.uniform(200.0, 1800.0, n)
    hall_c = rng.uniform(15.0, 30.0, n)
    return (["sheets_per_min", "ink_ml_per_min", "web_tension_n", "motor_amps",
             "roller_temp_c", "paper_stock_kg", "hall_temp_c", "state"],
            np.column_stack([sheets, ink_ml, web_n, motor_a, roller_c, paper_kg, hall_c, cls]))


def _ramen_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A ramen shop's bowls sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5, 33, n)
    rain_mm = rng.uniform(0, 25, n)
    office_open = rng.integers(0, 2, n).astype(float)
    festival = rng.integers(0, 2, n).astype(float)
    new_broth = rng.integers(0, 3, n).astype(float)
    bowls = (260 - 5.0 * temp_c + 4.0 * rain_mm + 90.0 * office_open + 150.0 * festival
             + 30.0 * new_broth + 60.0 * (weekday >= 5) + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "rain_mm", "offices_open", "street_festival",
             "new_broths", "bowls"],
            np.column_stack([weekday, temp_c, rain_mm, office_open, festival, new_broth,
                             bowls]))


def _press(**sections: Any) -> Any:
    return _csv("printing_press_state", _printing_press_csv, "state", "classification", 591,
                **sections)


def _ramen(**sections: Any) -> Any:
    return _csv("ramen_daily_bowls", _ramen_csv, "bowls", "regression", 592, **sections)


HERE = "benchmarks.diagnosis_bank.heldout59"
VS4 = _factory(f"{HERE}:vases")
GQ109 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=5000, n_features=9,
                 n_classes=10, random_state=593)
CL59 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=59,
                n_informative=19, n_redundant=6, n_classes=5, class_sep=2.0, random_state=594)
FR51 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=51, noise=0.7,
                random_state=595)
VCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h59_divergence_ramen_sgd_leaky", "the ramen daily-bowls CSV (targets unscaled, in "
         "the hundreds), 26-unit leaky-ReLU MLP, plain SGD at LR 0.5, batch 19",
         _ramen(model={"hidden": [26], "activation": "leaky_relu"},
                optim={"name": "sgd", "lr": 0.5},
                train={"epochs": 3, "batch_size": 19}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h59_divergence_gq109_adamw_lr100_elu", "80x40 ELU MLP on the 10-class quantiles in "
         "9 dimensions, AdamW at LR 100, batch 29",
         {"data": GQ109, "model": {"hidden": [80, 40], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 100.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 4.2e7 at the first epoch and 212 at the "
                               "last, never NaN; every unit of the second ELU layer never "
                               "positive"),
         verdict="failed"),
    Case("h59_exploding_cl59_11x22_std1_adam", "11x22 ReLU MLP with N(0, 1) init on the "
         "59-feature set, Adam at LR 1e-13, batch 31",
         {"data": CL59, "model": {"hidden": [22] * 11, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 6.25e6 at every epoch), far "
                      "above ln 5 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 32% of a layer's units "
                      "dead; 77% of the test predictions in one class"),
         verdict="failed"),
    Case("h59_dead_relu_vase_cnn_rmsprop_lr2", "the vase CNN (10, 18 channels, 28 hidden), "
         "RMSprop at LR 2, batch 23",
         {"data": VS4, "model": VCNN, "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards every layer's gradient is 0 and the loss sits "
                               "near 2"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h59_adamw_lr1e10_gq109", "the 10-class quantiles, 60x30 leaky-ReLU MLP, AdamW at "
         "LR 1e-10, batch 33, 4 epochs",
         {"data": GQ109, "model": {"hidden": [60, 30], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.098 against the healthy quantile runs' 0.80-0.83; 76% of "
                      "the test predictions in one class"),
         verdict=TP),
    Case("h59_rmsprop_lr1e11_fr51", "the 51-feature Friedman regression, 44x22 tanh MLP, "
         "RMSprop at LR 1e-11, batch 27",
         {"data": FR51, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-11},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.80, far below the baseline (0.6722) and the healthy runs",
         verdict=TP),
    Case("h59_vanishing_sigmoid_cl59_22x12_momentum", "22x12 sigmoid MLP on the 59-feature "
         "set, SGD with momentum 0.5 at LR 0.02, batch 29, 4 epochs",
         {"data": CL59, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.5},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h59_saturated_tanh_gq109_std6_sgd", "2x40 tanh MLP with N(0, 6) init on the "
         "10-class quantiles, plain SGD at LR 1e-6, batch 31",
         {"data": GQ109, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                   "init_std": 6.0},
          "optim": {"name": "sgd", "lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 10 from the start (the epoch loss "
                      "58.1 at every epoch); at most 15% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h59_slow_start_vase_cnn_momentum", "the vase CNN, SGD with momentum 0.5 at LR 0.025, "
         "batch 16, 16 epochs: the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": VS4, "model": VCNN, "optim": {"name": "sgd", "lr": 0.025, "momentum": 0.5},
          "train": {"epochs": 16, "batch_size": 16}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("momentum throws the last epoch about (validation loss 0.2356 at "
                      "epoch 15, 0.3931 at 16; accuracy 0.94 then 0.89); no healthy vase run "
                      "is in the part"),
         verdict=TP),
    Case("h59_unshuffled_cl59_adamw_tanh", "the 59-feature set sorted by label, never "
         "shuffled, 70x35 tanh MLP, AdamW at LR 5e-4, batch 35, 8 epochs",
         {"data": {**CL59, "order": "by_label", "shuffle": False},
          "model": {"hidden": [70, 35], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h59_mse_softmax_press_momentum", "the printing-press CSV trained with square error "
         "on the softmax, SGD with momentum 0.9 at LR 0.02, 32x16 ELU MLP, batch 23, 10 epochs",
         _press(model={"hidden": [32, 16], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.02, "momentum": 0.9},
                train={"loss": "mse", "epochs": 10, "batch_size": 23}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed="the tiny loss (6.6e-3 at the end) has its own scale",
         verdict=TP),
    Case("h59_update_ratio_high_cl59_rmsprop_lr05", "RMSprop at LR 0.5 on the 59-feature set, "
         "66 ELU units, batch 33, 10 epochs",
         {"data": CL59, "model": {"hidden": [66], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 0.5}, "train": {"epochs": 10, "batch_size": 33}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training"),
         why_allowed=("the big steps throw the loss about: the validation loss is lowest at "
                      "epoch 3 (146.4), 610.5 at epoch 8 and 216.9 at the end, while accuracy "
                      "ends at 0.90 (training 0.976)"),
         verdict="failed"),
    # ---------------------------------------------------------------- generalisation
    Case("h59_overfit_cl59_subset80_rmsprop", "80 rows of the 59-feature set, MLP of 300 and "
         "150 units, RMSprop at LR 5e-4, 80 epochs, batch 8",
         {"data": {**CL59, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("80 rows teach less than every row: accuracy 0.6692 (the run's "
                      "baseline 0.6596)"),
         verdict=GP),
    Case("h59_gap_fr51_subset55_rmsprop", "55 rows of the 51-feature Friedman regression, MLP "
         "of 200 and 100 units, RMSprop at LR 3e-4, 150 epochs, batch 11",
         {"data": {**FR51, "subset": 55}, "model": {"hidden": [200, 100]},
          "optim": {"name": "rmsprop", "lr": 3e-4}, "train": {"epochs": 150, "batch_size": 11}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("55 rows teach less; with the training loss at ~0 (7.2e-7) the "
                      "gradients and updates die away; the loss still falls 12% over the "
                      "last epoch"),
         verdict=GP),
    Case("h59_underfit_gq109_one_sigmoid_unit_adamw", "the 10-class quantiles through 1 "
         "sigmoid unit, AdamW at LR 3e-3, batch 33, 15 epochs",
         {"data": GQ109, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 33}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part ten classes lying in shells: accuracy 0.116 "
                      "(training 0.11); the epoch loss 2.448 to 2.302 (6%); 46% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h59_lightning_wine_sgd_lr300_nan", "Lightning: wine, plain SGD at LR 300, 21 units, "
         "batch 10, 4 epochs",
         script=lightning_run(_s("wine", hidden=(21,), optim="sgd", lr=300.0, epochs=4,
                                 batch_size=10)),
         tool="lightning", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.056 below the validation split's "
                               "majority share (0.3889)"),
         verdict="failed"),
    Case("h59_lightning_digits_subset38_adagrad_gap", "Lightning: 38 rows of digits, 190 "
         "units, Adagrad at LR 0.03, 90 epochs, batch 4",
         script=lightning_run(_s("digits", hidden=(190,), optim="adagrad", lr=0.03, epochs=90,
                                 batch_size=4, subset=38)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("38 rows of ten digits teach less than all of them: accuracy 0.7131 "
                      "(training 1.0); the loss still falls 1.2% over the last epoch"),
         verdict=GP),
    Case("h59_hf_trainer_digits_momentum_lr200_nan", "Hugging Face Trainer names: digits, SGD "
         "with momentum 0.9 at LR 200 (decaying linearly), 24 units, batch 13, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(24,), optim="sgd", lr=200.0,
                                  epochs=3, batch_size=13, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h59_hf_trainer_cancer_adamw_lr1e10_stuck", "Hugging Face Trainer names: breast "
         "cancer, AdamW at LR 1e-10 (decaying linearly), 17 units, batch 11, 6 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(17,), optim="adamw", lr=1e-10,
                                  epochs=6, batch_size=11), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the evaluation loss stays at 0.6648 at every evaluation; the untrained "
                      "net scores below what the data allow"),
         verdict=TP),
    Case("h59_keras_wine_momentum_lr300_nan", "Keras names: wine, SGD with momentum 0.9 at LR "
         "300, 19 units, batch 9, 4 epochs",
         script=keras_run(_s("wine", hidden=(19,), optim="sgd", lr=300.0, epochs=4,
                             batch_size=9, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3333, 0.056 below the validation split's "
                               "majority share"),
         verdict="failed"),
    Case("h59_keras_digits_two_sigmoid_units_adamw", "Keras names: digits through 2 sigmoid "
         "units, AdamW at LR 3e-3, batch 23, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="sigmoid", optim="adamw",
                             lr=3e-3, epochs=20, batch_size=23)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance",
                "saturated_activation"),
         why_allowed=("two sigmoid units cannot part ten digits: validation accuracy 0.4178 "
                      "(training 0.4518); the loss still falls 1.2% over the last epoch "
                      "(1.588 -> 1.569)"),
         verdict=TP),
    Case("h59_tensorboard_cancer_b1_adamw_noisy", "TensorBoard tags: breast cancer, batch 1, "
         "AdamW at LR 0.03, 24 units, 2 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(24,), optim="adamw", lr=0.03,
                                   epochs=2, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (single steps up "
                      "to 48.8; the validation loss 0.482 then 1.678)"),
         verdict=TP),
    Case("h59_tensorboard_unshuffled_digits_adamw", "TensorBoard tags: digits sorted by "
         "label, never shuffled, AdamW at LR 2e-3, 30 units, batch 16, 4 epochs",
         script=tensorboard_run(_s("digits", hidden=(30,), optim="adamw", lr=2e-3,
                                   epochs=4, batch_size=16, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h59_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.25, SGD with momentum 0.8 at LR 0.02, 23 units, batch 15, a corrupt record "
         "(x = 1e30) at step 10 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(23,), optim="sgd", lr=0.02, epochs=3,
                             batch_size=15, n=900, noise=0.25,
                             optim_args={"momentum": 0.8}), corrupt_step=10),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=10),
    Case("h59_plain_digits_subset32_rmsprop_gap", "hand-written loop: 32 rows of digits, 160 "
         "units, RMSprop at LR 1e-3, 90 epochs, batch 8",
         script=plain_run(_s("digits", hidden=(160,), optim="rmsprop", lr=1e-3, epochs=90,
                             batch_size=8, subset=32)),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("32 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 47 (0.9444) and ends 2.0% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy59_press_relu_adam_b22",
       _press(model={"hidden": [34]}, optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy59_press_tanh_rmsprop_b26",
       _press(model={"hidden": [38], "activation": "tanh"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy59_press_sigmoid_adam_b24",
       _press(model={"hidden": [44], "activation": "sigmoid"},
              optim={"lr": 4e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy59_press_leaky_sgd_b14",
       _press(model={"hidden": [40], "activation": "leaky_relu"},
              optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 14})),
    _h("healthy59_press_tanh_sgd_b12",
       _press(model={"hidden": [36], "activation": "tanh"},
              optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 12})),
    _h("healthy59_gq109_elu_adam_b32",
       {"data": GQ109, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy59_gq109_elu_adagrad_b24",
       {"data": GQ109, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy59_fr51_tanh_adam_b30",
       {"data": FR51, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy59_fr51_tanh_adagrad_b28",
       {"data": FR51, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy59_cl59_relu_adam_b36",
       {"data": CL59, "model": {"hidden": [62]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy59_cl59_elu_rmsprop_b30",
       {"data": CL59, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy59_cl59_tanh_adamw_b34",
       {"data": CL59, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy59_cl59_relu_adagrad_b28",
       {"data": CL59, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy59_cl59_sigmoid_adamw_b26",
       {"data": CL59, "model": {"hidden": [72], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy59_cl59_leaky_adam_b40",
       {"data": CL59, "model": {"hidden": [50], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy59_cl59_elu_adagrad_b32",
       {"data": CL59, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy59_cl59_tanh_rmsprop_b38",
       {"data": CL59, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _h("healthy59_cl59_leaky_adamw_b44",
       {"data": CL59, "model": {"hidden": [46], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 44}}),
    _hs("healthy59_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(21,), optim="adamw", lr=1.5e-3, epochs=20,
                          batch_size=15), logging_steps=2), "transformers"),
    _hs("healthy59_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(17,), optim="adam", lr=4e-3, epochs=50,
                           batch_size=10)), "tensorboard"),
    _hs("healthy59_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(15,), optim="adamw", lr=4e-3, epochs=50,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy59_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(18,), optim="adamw", lr=8e-4, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy59_keras_wine_adam",
        keras_run(_s("wine", hidden=(24,), optim="adam", lr=2e-3, epochs=60,
                     batch_size=10)), "keras"),
    _hs("healthy59_lightning_wine_rmsprop",
        lightning_run(_s("wine", hidden=(20,), optim="rmsprop", lr=1.5e-3, epochs=50,
                         batch_size=11)), "lightning"),
    _hs("healthy59_plain_wine_adamw",
        plain_run(_s("wine", hidden=(22,), optim="adamw", lr=2e-3, epochs=50,
                     batch_size=10)), "pytorch"),
    _h("healthy59_gq109_elu_adamw_b30",
       {"data": GQ109, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy59_fr51_tanh_adamw_b26",
       {"data": FR51, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy59_press_relu_rmsprop_b20",
       _press(model={"hidden": [36]},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 20})),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
