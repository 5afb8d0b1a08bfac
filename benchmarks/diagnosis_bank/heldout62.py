"""The sixty-second held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout63`, after :mod:`.heldout58`'s and :mod:`.heldout59`'s
measurement and before any new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout61` in its combination of data set (new here: a 10x10 image set of a flag (a pole
down the left side of a 5x5 cell with a banner off its top, turned by 0, 90, 180 or 270 degrees;
4 classes), 1500 images with noise 0.3 and 2% random labels; 5-class Gaussian quantiles in 18
dimensions (4000 samples); a 62-feature 5-class set (2600 samples, 22 informative, 6 redundant,
class separation 2.0); a 54-feature Friedman-1 regression (2000 samples, noise 0.7); a warehouse
forklift's state CSV (driving, lifting, charging, parked: 4 classes from 7 readings) and a
bookshop's daily books-sold regression CSV (in the hundreds), besides the script tools' shipped
sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.25), model
(MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN),
optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning
rate, schedule (cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). Most fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout59` to :mod:`.heldout61` did (divergence under plain SGD in a tanh net
on the unscaled bookshop sales, divergence under Adam at LR 40 in a ReLU net on the quantiles,
exploding gradients in a 10-layer ELU net with N(0, 1) init under Adagrad on the 62-feature set,
units killed by Adagrad at LR 5 in the flag CNN, a tiny learning rate under RMSprop on the
quantiles and under AdamW on the Friedman regression, vanishing gradients under plain SGD in a
20-layer sigmoid net on the 62-feature set, saturation under RMSprop in a tanh net with N(0, 5)
init on the quantiles, a slow start of the flag CNN under plain SGD, the unshuffled quantiles
under AdamW in a leaky-ReLU net, square error with RMSprop on the forklift CSV, a high update
ratio from Adam at LR 1 in a sigmoid net on the 62-feature set, an overfit 80-row quantile set
under AdamW and a 45-row Friedman regression under Adam, an underfit 1-unit sigmoid net under
SGD with momentum, Lightning's NaN on iris under plain SGD and its 32 rows of digits under AdamW,
Trainer's NaN on wine under SGD with momentum and its stuck iris under Adam, Keras' NaN on digits
under plain SGD and its 2-unit ReLU digits under RMSprop, TensorBoard's noisy batch-1 wine under
plain SGD and its unshuffled iris under Adam, the hand-written loop's corrupt record on the sine
under Adagrad and its 30 rows of digits under SGD with momentum; the slow start under plain SGD
and the dead units in a CNN repeat heldout60's and heldout59's mechanism-optimiser pairs on a new
image set), and the cases are spread over the tools (fifteen runner faults; two faults for each
of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (five
runner runs broken (two divergences that never turn NaN, exploding gradients, dead units that end
a blow-up, a high update ratio that ends diverged) and five scripts (Lightning's, Trainer's and
Keras' NaN, the loop's Inf, TensorBoard's noisy run that ends diverged); ``not_training``
expected in five runner runs and one script; ``predictions_collapsed`` in four runner runs;
``at_chance`` in eight runner runs and two scripts; one overfit runner run with a generalisation
gap, and one runner run and two scripts with a gap alone; three runner regressions among the
faults), and the healthy runner runs over three data sets (the forklift CSV, the Friedman
regression and the 62-feature set), and the healthy scripts on iris and breast cancer (Trainer),
wine (Keras and Lightning), breast cancer (TensorBoard) and breast cancer and wine (the
hand-written loop).

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
run was trained once with its final setting, except the seven faults changed below (each trained
once more with its final setting).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47` and :mod:`.heldout61`): the state a run
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
the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.20 on the quantiles and the
62-feature set and 0.26 on the flag images (read from the test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) 1.5e-5 (the first layer
of the sigmoid MLP with AdamW on the Friedman regression) to 0.034 (the first layer of the tanh
MLP with Adagrad on the Friedman regression), single steps at most 0.30 (the output layer of the
ELU MLP with Adagrad on the forklift CSV); the expected ``update_ratio_high`` run reaches a quarter
mean of 0.196 (its output layer), 5.7 times the healthy extreme, with single steps up to 13.7, 45
times the healthy one; the expected ``update_ratio_low`` runs sit at 1.1e-10 to 1.2e-9 (RMSprop
at LR 1e-10 on the quantiles) and 0 to 1.4e-10 (AdamW at LR 1e-10 on the Friedman regression).
Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU and ELU run; the expected
``dead_relu`` run holds 1.0 in the flag CNN's dense layer after Adagrad at LR 5 blows it up. The
saturated fraction per layer is at most 0.016 in the healthy tanh and sigmoid runs (the tanh MLP
with Adagrad on the 62-feature set); the expected ``saturated_activation`` run holds 0.91 and 0.95
in its two layers throughout. The exploding run's gradient norms sit at 5.8e5-3.95e6 with its loss
near 2.68e6 from the first step and never NaN (the healthy runs' largest single norm 127: the
output layer of the sigmoid MLP with Adam on the Friedman regression); the vanishing run's first
two layers at 3.4e-18 to 3.4e-17 against up to 0.84 at the output, its first layers' update ratio
0. The step-loss position in the epoch explains 100% of the within-epoch variance over the second
half in the sorted quantiles and 99% in TensorBoard's sorted iris (the healthy runs at most 19%:
the leaky-ReLU MLP with AdamW on the forklift CSV). The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 1.62 times its mean in the healthy
scripts with a step loss (TensorBoard's breast cancer; the loop's breast cancer 1.57, Lightning's
wine 1.29, the loop's wine 1.23) and at most 0.71 in the healthy runner runs, while the expected
``noisy_loss`` run swings 5.74 (TensorBoard, batch 1, plain SGD at LR 0.3 on wine). Healthy runs
reach a validation score close to what the data allow (accuracy 1.0 on the forklift CSV, where the
run's ``baseline/val_accuracy`` is 1.0; 0.8538-0.8808 on the 62-feature set, where the baseline is
0.8692; R2 0.7325-0.7442 on the Friedman regression, where the baseline is 0.7235; for the scripts
1.0 (Keras' and Lightning's wine), 0.9722 (the loop's wine), 0.9667 (Trainer's iris), 0.9474
(Trainer's and TensorBoard's breast cancer) and 0.9386 (the loop's breast cancer)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch or ends
at most 0.37% above its minimum: the loop's wine, lowest at epoch 34 of 40; among the runner runs
at most 0.18%, the sigmoid MLP with AdamW on the Friedman regression), the training loss has
flattened (the epoch loss falls at most 2.8% over the last epoch in the runner runs, 3.9% in
Lightning's wine, from a loss near 0.01), no training score ends ~1 with the validation score 0.1
lower (the largest accuracy gap: 0.072, the leaky-ReLU MLP with Adam on the 62-feature set,
training 0.9455; the largest R2 gap: 0.061, the tanh MLP with Adam on the Friedman regression,
training 0.8008), and they expect no finding of severity warning or worse.

Healthy candidates dropped (38 trained, 28 kept): all three on the quantiles (the tanh MLP with
AdamW at 0.2325, training 0.32, its loss near ln 5 for the whole run; the ELU MLPs with Adam and
RMSprop at 0.7113 and 0.6663, training 0.82 and 0.78, their epoch loss lingering near ln 5 for
the first epochs); on the Friedman regression the tanh and sigmoid MLPs with RMSprop (the
validation loss lowest at epochs 15 and 13 of 30 and 0.43% and 0.40% above it at the end); on the
62-feature set the tanh MLPs with Adam and AdamW, the ELU MLP with Adam and the sigmoid MLP with
Adam (0.8385, 0.8442, 0.8442 and 0.8481, more than 0.02 below the baseline 0.8692); Keras' breast
cancer under RMSprop (the validation loss lowest at epoch 24 of 25 and 1.47% above it at the
end). No healthy run on the flag images, on the quantiles, on the bookshop CSV, on the sine or on
digits is in the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the bookshop divergence climbs from 1.8e5 to 1.2e26 in three epochs
without turning Inf, so ``divergence`` is expected and ``nan_loss`` only allowed; Adam at LR 40
on the quantiles blew up to an epoch loss of 2.3e6 and ended at 12.6 (first step 1.63) without a
NaN, accuracy 0.2 with 99.9% of the test predictions in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at 0.1846 (1/5
is 0.2) with 67% of the test predictions in one class, so ``at_chance`` is expected and
``predictions_collapsed`` only allowed beside ``exploding_gradients``; the flag CNN under
Adagrad at LR 5 blows up to an epoch loss of 1.65e5 in its first epoch and then sits at 1.42-1.44,
accuracy 0.23 and every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the vanishing run ends at 0.20 with
every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected
there, while the saturated run (0.1988) spreads them (at most 27% in one class) and RMSprop at LR
1e-10 on the quantiles (0.2238) puts 60% in one class, so there ``predictions_collapsed`` is only
allowed; the high update ratio run (Adam at LR 1) ends with its epoch loss at 3.30 (first step
1.78), accuracy 0.6885 with at most 30% of the test predictions in one class, so ``divergence``
is expected beside ``update_ratio_high``, its sigmoid units up to 98.5% saturated are only
allowed (a side effect of the steps), and its verdict is failed; the one-unit sigmoid net on the
62-feature set ends at 0.4231 with its epoch loss falling 0.5% over the last epoch, so only
``underfitting`` is expected; the slow start of the flag CNN (the epoch loss 1.388, 1.377, 1.366,
1.348, 1.318, 1.271, then on to 0.117, accuracy 0.94, the baseline 0.94) still falls 43% over its
last epoch, so ``not_converged`` is expected beside ``slow_start``; the sorted quantiles end at
0.2013 with 99.1% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``unshuffled_data``; TensorBoard's sorted iris (the
step loss's epoch means 1.07, 0.75, 0.59, 0.50, 0.45) still falls 9.5%, so there
``not_converged`` is expected beside ``unshuffled_data``; the square-error forklift run's epoch
loss falls 2-3% every epoch (0.1821 to 0.1435) with accuracy 0.67, so ``not_converged`` and
``underfitting`` are only allowed beside ``loss_mismatch``; the 80 rows of the quantiles end at
validation 0.2387 (training 1.0) with the validation loss lowest at epoch 2 (1.605) and 4.528 at
the end, so ``overfitting``, ``generalisation_gap`` and ``at_chance`` are expected; the 45-row
Friedman regression (R2 0.226, training 1.0, the validation loss lowest at its end), Lightning's
32 rows of digits (validation 0.7019, training 1.0, the validation loss lowest at epoch 71 of 90
and 0.57% above it at the end) and the loop's 30 rows of digits (validation 0.6462, the training
loss near 4e-3, the validation loss lowest at epoch 25 and 4.5% above it at the end) expect only
``generalisation_gap``; Lightning's NaN on iris (the loss 1.04, 2.7e13, 1.7e27, then NaN) ends at
0.3333 (1/3) and Keras' NaN on digits (every epoch's loss NaN) at 0.1003 (1/10), so ``at_chance``
is expected in both, and Keras' ``divergence`` is only allowed (no finite loss shows the blow-up);
Trainer's NaN on wine (the loss 6374, 1.7e13, 2.0e23, 6.5e32, then NaN) ends at 0.3333, 0.056
below the majority share (0.389), so there ``at_chance`` is only allowed; Trainer's stuck iris
(Adam at LR 1e-10, the evaluation loss 1.127 throughout) scores 0.2, far below 1/3, so
``at_chance`` is only allowed; Keras' two ReLU units on digits end at 0.5738 (training 0.5863)
with the loss falling 1.3% over the last epoch (``underfitting``); TensorBoard's batch-1 wine
swings (single steps up to 47.5) and its step loss's epoch means rise from 0.47 to 2.23 (first
step 1.18), the validation loss from 0.031 to 10.6, so ``divergence`` is expected beside
``noisy_loss`` and its verdict is failed; the loop's corrupt record makes the loss Inf at step 14
(the loss from 0.97 down to 0.12-0.47 before it).

Faults changed: seven faults were first written with an optimiser that heldout59 to heldout61 had
paired with the same mechanism and were run again with another: the square-error forklift run
under SGD with momentum 0.9 at LR 3e-3 (accuracy 0.56, the loss falling 2.3% an epoch), now
RMSprop at LR 1e-4; the 45-row Friedman regression under RMSprop at LR 5e-4 (R2 0.195, training
0.9945, its training loss thrown back up from 7e-13 to 0.03-0.09), now Adam; the vanishing
20-layer sigmoid net under SGD with momentum 0.9 at LR 0.01 (the same picture: first layer
gradients near 1e-17, accuracy 0.2), now plain SGD at LR 0.05; the flag CNN under RMSprop at LR 2
(the same picture: an epoch loss of 4.3e7, then 1.97, every dense unit dead), now Adagrad at LR
5; the high update ratio under Adagrad at LR 3 (single steps 41, the loss falling to 0.197,
accuracy 0.7365), now Adam at LR 1; Keras' NaN on breast cancer under plain SGD at LR 1000
(every loss NaN, accuracy 0.3684), now on digits. The slow start of the flag CNN was first
written with plain SGD at LR 0.06 for 18 epochs (the epoch loss 1.385, 1.361, 1.316, 1.216, a
weak linger, and a late blow-up of the validation loss from 0.174 to 2.59) and is kept at LR 0.03
for 20 epochs. No fault was dropped.


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

# a flag in a 5x5 cell (a pole down the left side, a banner off its top), turned by 90 degrees
# at a time for the other three directions
_FLAG_UP = np.array([[1, 1, 1, 1, 1],
                     [1, 1, 1, 1, 0],
                     [1, 1, 1, 1, 1],
                     [1, 0, 0, 0, 0],
                     [1, 0, 0, 0, 0]], dtype=float)
_FLAGS = turned(_FLAG_UP)


def flags(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 flag glyph at a random place (4 classes: the flag turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_FLAGS, n, size, noise, flip, seed)


def _forklift_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A warehouse forklift's state (0 driving, 1 lifting, 2 charging, 3 parked) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    speed_kmh = np.array([9.0, 0.5, 0.0, 0.0])[cls] + rng.normal(0, 1.5, n)
    motor_a = np.array([140.0, 260.0, 5.0, 2.0])[cls] + rng.normal(0, 25.0, n)
    mast_cm = np.array([15.0, 220.0, 5.0, 5.0])[cls] + rng.normal(0, 30.0, n)
    charge_a = np.array([0.0, 0.0, 80.0, 0.0])[cls] + rng.normal(0, 6.0, n)
    hydraulic_bar = np.array([20.0, 150.0, 10.0, 12.0])[cls] + rng.normal(0, 15.0, n)
    battery_pct = rng.uniform(10.0, 100.0, n)
    aisle = rng.integers(1, 30, n).astype(float)
    return (["speed_kmh", "motor_amps", "mast_height_cm", "charger_amps", "hydraulic_bar",
             "battery_pct", "aisle", "state"],
            np.column_stack([speed_kmh, motor_a, mast_cm, charge_a, hydraulic_bar,
                             battery_pct, aisle, cls]))


def _bookshop_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bookshop's books sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5, 30, n)
    rain_mm = rng.uniform(0, 25, n)
    signing = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    footfall_k = rng.uniform(2.0, 12.0, n)
    books = (180 - 2.0 * temp_c + 4.0 * rain_mm + 90.0 * signing + 60.0 * holiday
             + 15.0 * footfall_k + 50.0 * (weekday >= 5) + rng.normal(0, 15.0, n))
    return (["weekday", "temp_c", "rain_mm", "author_signing", "school_holiday",
             "street_footfall_k", "books_sold"],
            np.column_stack([weekday, temp_c, rain_mm, signing, holiday, footfall_k, books]))


def _forklift(**sections: Any) -> Any:
    return _csv("forklift_state", _forklift_csv, "state", "classification", 621, **sections)


def _bookshop(**sections: Any) -> Any:
    return _csv("bookshop_daily_sales", _bookshop_csv, "books_sold", "regression", 622,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout62"
FL4 = _factory(f"{HERE}:flags")
GQ518 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=18,
                 n_classes=5, random_state=623)
CL62 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=62,
                n_informative=22, n_redundant=6, n_classes=5, class_sep=2.0, random_state=624)
FR54 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=54, noise=0.7,
                random_state=625)
FCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h62_divergence_bookshop_sgd_tanh", "the bookshop daily-sales CSV (targets unscaled, "
         "in the hundreds), 26-unit tanh MLP, plain SGD at LR 0.2, batch 19",
         _bookshop(model={"hidden": [26], "activation": "tanh"},
                   optim={"name": "sgd", "lr": 0.2},
                   train={"epochs": 3, "batch_size": 19}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the loss climbs to 1.2e26 in three epochs without turning "
                               "Inf"),
         verdict="failed"),
    Case("h62_divergence_gq518_adam_lr40_relu", "100x50 ReLU MLP on the 5-class quantiles in "
         "18 dimensions, Adam at LR 40, batch 29",
         {"data": GQ518, "model": {"hidden": [100, 50]},
          "optim": {"name": "adam", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 2.3e6 at the first epoch and 12.6 at the "
                               "last (first step 1.63), never NaN; every unit of the second "
                               "layer dead at the end"),
         verdict="failed"),
    Case("h62_exploding_cl62_10x26_elu_std1_adagrad", "10x26 ELU MLP with N(0, 1) init on the "
         "62-feature set, Adagrad at LR 1e-12, batch 31",
         {"data": CL62, "model": {"hidden": [26] * 10, "activation": "elu", "init": "normal",
                                  "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 2.68e6 at every epoch), far "
                      "above ln 5 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 19% of the last "
                      "layer's units dead; 67% of the test predictions in one class"),
         verdict="failed"),
    Case("h62_dead_relu_flag_cnn_adagrad_lr5", "the flag CNN (10, 18 channels, 28 hidden), "
         "Adagrad at LR 5, batch 23",
         {"data": FL4, "model": FCNN, "optim": {"name": "adagrad", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 1.65e5 in the first epoch, then 1.44 and "
                               "1.42 (first step 1.375); every dense unit dead at the end"),
         verdict="failed"),
    Case("h62_update_ratio_high_cl62_adam_lr1", "Adam at LR 1 on the 62-feature set, 60 "
         "sigmoid units, batch 33, 10 epochs",
         {"data": CL62, "model": {"hidden": [60], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1.0}, "train": {"epochs": 10, "batch_size": 33}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data",
                "saturated_activation", "not_training"),
         why_allowed=("the big steps throw the sigmoid units to their ends (up to 98.5% "
                      "saturated) and the loss about: the validation loss is lowest at "
                      "epoch 3 and 43.6% above it at the end, accuracy 0.6885 (training "
                      "0.7468, the healthy runs 0.854-0.881)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h62_rmsprop_lr1e10_gq518", "the 5-class quantiles, 60x30 tanh MLP, RMSprop at LR "
         "1e-10, batch 33, 4 epochs",
         {"data": GQ518, "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.2238 against the baseline's 0.2238 and the other quantile "
                      "runs; 60% of the test predictions in one class"),
         verdict=TP),
    Case("h62_adamw_lr1e10_fr54", "the 54-feature Friedman regression, 44x22 ELU MLP, AdamW "
         "at LR 1e-10, batch 27",
         {"data": FR54, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.73, far below the baseline (0.7235) and the healthy runs",
         verdict=TP),
    Case("h62_vanishing_sigmoid_cl62_20x16_sgd", "20x16 sigmoid MLP on the 62-feature "
         "set, plain SGD at LR 0.05, batch 25, 4 epochs",
         {"data": CL62, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h62_saturated_tanh_gq518_std5_rmsprop", "2x48 tanh MLP with N(0, 5) init on the "
         "5-class quantiles, RMSprop at LR 1e-8, batch 31",
         {"data": GQ518, "model": {"hidden": [48, 48], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 5 from the start (the epoch loss "
                      "39.76 at every epoch); 27% of the test predictions in one class"),
         verdict=TP),
    Case("h62_slow_start_flag_cnn_sgd", "the flag CNN, plain SGD at LR 0.03, batch 16, 20 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": FL4, "model": FCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 20, "batch_size": 16}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu"),
         why_allowed=("no healthy flag run is in the part; the validation accuracy jumps "
                      "about (0.57 at epoch 18, 0.94 at the end, the baseline 0.94); up to "
                      "7% of the dense layer's units dead early on, none at the end"),
         verdict=TP),
    Case("h62_unshuffled_gq518_adamw_leaky", "the 5-class quantiles sorted by label, never "
         "shuffled, 80x40 leaky-ReLU MLP, AdamW at LR 1e-3, batch 35, 8 epochs",
         {"data": {**GQ518, "order": "by_label", "shuffle": False},
          "model": {"hidden": [80, 40], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "divergence", "not_converged", "not_training"),
         why_allowed=(SORTED + "; the step loss moves little from its first step (1.59 to "
                               "1.52)"),
         verdict=TP),
    Case("h62_mse_softmax_forklift_rmsprop", "the forklift CSV trained with square error on "
         "the softmax, RMSprop at LR 1e-4, 32x16 ReLU MLP, batch 27, 10 epochs",
         _forklift(model={"hidden": [32, 16]},
                   optim={"name": "rmsprop", "lr": 1e-4},
                   train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged"),
         why_allowed=("the tiny loss has its own scale; the slow steps leave it falling "
                      "about 2-3% an epoch (0.1821 to 0.1435), accuracy 0.6733 where the "
                      "healthy runs reach 1.0"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h62_overfit_gq518_subset80_adamw", "80 rows of the 5-class quantiles, MLP of 300 "
         "and 150 units, AdamW at LR 1e-3, 80 epochs, batch 8",
         {"data": {**GQ518, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("80 rows teach less than every row: accuracy 0.2387 (the run's "
                      "baseline 0.23); up to 6% of the second layer's units dead"),
         verdict=GP),
    Case("h62_gap_fr54_subset45_adam", "45 rows of the 54-feature Friedman regression, "
         "MLP of 200 and 100 units, Adam at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR54, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less; with the training loss at ~0 (2e-11) the "
                      "gradients and updates die away and up to 49% of the second layer's "
                      "units are dead; the step loss swings widely about its tiny mean"),
         verdict=GP),
    Case("h62_underfit_cl62_one_sigmoid_unit_momentum", "the 62-feature set through 1 sigmoid "
         "unit, SGD with momentum 0.9 at LR 0.05, batch 29, 15 epochs",
         {"data": CL62, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
          "train": {"epochs": 15, "batch_size": 29}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed", "at_chance"),
         why_allowed=("one unit cannot part five classes: accuracy 0.4231 (training 0.4545); "
                      "the epoch loss falls 0.5% over the last epoch; 47% of the unit's "
                      "outputs saturated at the end; 45% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h62_lightning_iris_sgd_lr400_nan", "Lightning: iris, plain SGD at LR 400, 21 units, "
         "batch 10, 4 epochs",
         script=lightning_run(_s("iris", hidden=(21,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=10)),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h62_lightning_digits_subset32_adamw_gap", "Lightning: 32 rows of digits, 200 "
         "units, AdamW at LR 1e-3, 90 epochs, batch 4",
         script=lightning_run(_s("digits", hidden=(200,), optim="adamw", lr=1e-3, epochs=90,
                                 batch_size=4, subset=32)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("32 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 71 (0.9641) and ends 0.57% above it; the "
                      "loss still falls 2.0% over the last epoch, near 3e-3"),
         verdict=GP),
    Case("h62_hf_trainer_wine_momentum_lr300_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.9 at LR 300 (decaying linearly), 18 units, batch 10, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(18,), optim="sgd", lr=300.0, epochs=3,
                                  batch_size=10, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.056 below the validation split's "
                               "majority share (0.389)"),
         verdict="failed"),
    Case("h62_hf_trainer_iris_adam_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam at "
         "LR 1e-10 (decaying linearly), 17 units, batch 8, 6 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(17,), optim="adam", lr=1e-10,
                                  epochs=6, batch_size=8), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the evaluation loss stays at 1.127 at every evaluation; the untrained "
                      "net scores 0.2, far below 1/3 (no training score is logged)"),
         verdict=TP),
    Case("h62_keras_digits_sgd_lr1000_nan", "Keras names: digits, plain SGD at LR "
         "1000, 19 units, batch 9, 4 epochs",
         script=keras_run(_s("digits", hidden=(19,), optim="sgd", lr=1000.0, epochs=4,
                             batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h62_keras_digits_two_relu_units_rmsprop", "Keras names: digits through 2 ReLU "
         "units, RMSprop at LR 0.01, batch 23, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), optim="rmsprop", lr=0.01, epochs=20,
                             batch_size=23)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("two ReLU units cannot part ten digits: validation accuracy 0.5738 "
                      "(training 0.5863); the loss falls 1.3% over the last epoch"),
         verdict=TP),
    Case("h62_tensorboard_wine_b1_sgd_noisy", "TensorBoard tags: wine, batch 1, plain SGD at "
         "LR 0.3, 20 units, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(20,), optim="sgd", lr=0.3,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss", "divergence"),
         allow=("exploding_gradients", "overfitting", "not_converged", "unshuffled_data",
                "underfitting", "at_chance"),
         why_allowed=("single samples with big steps throw the loss about and up (single "
                      "steps up to 47.5; the validation loss 0.031 then 10.6, accuracy 1.0 "
                      "then 0.81)"),
         verdict="failed"),
    Case("h62_tensorboard_unshuffled_iris_adam", "TensorBoard tags: iris sorted by label, "
         "never shuffled, Adam at LR 0.01, 24 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("iris", hidden=(24,), optim="adam", lr=0.01,
                                   epochs=5, batch_size=10, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=SORTED, verdict=TP),
    Case("h62_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.25, Adagrad at LR 0.05, 27 units, batch 15, a corrupt record (x = 1e30) at "
         "step 14 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(27,), optim="adagrad", lr=0.05, epochs=3,
                             batch_size=15, n=900, noise=0.25), corrupt_step=14),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=14),
    Case("h62_plain_digits_subset30_momentum_gap", "hand-written loop: 30 rows of digits, 160 "
         "units, SGD with momentum 0.9 at LR 0.01, 90 epochs, batch 6",
         script=plain_run(_s("digits", hidden=(160,), optim="sgd", lr=0.01, epochs=90,
                             batch_size=6, subset=30, optim_args={"momentum": 0.9})),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 25 (1.380) and ends 4.5% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy62_forklift_relu_adam_b24",
       _forklift(model={"hidden": [36]}, optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy62_forklift_tanh_rmsprop_b20",
       _forklift(model={"hidden": [40], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 20})),
    _h("healthy62_forklift_elu_adagrad_b22",
       _forklift(model={"hidden": [38], "activation": "elu"},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 22})),
    _h("healthy62_forklift_leaky_adamw_b26",
       _forklift(model={"hidden": [42], "activation": "leaky_relu"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 26})),
    _h("healthy62_forklift_sigmoid_adam_b18",
       _forklift(model={"hidden": [44], "activation": "sigmoid"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 18})),
    _h("healthy62_fr54_tanh_adam_b26",
       {"data": FR54, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy62_fr54_sigmoid_adamw_b28",
       {"data": FR54, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy62_fr54_tanh_adagrad_b32",
       {"data": FR54, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy62_fr54_sigmoid_adam_b24",
       {"data": FR54, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy62_cl62_relu_adam_b34",
       {"data": CL62, "model": {"hidden": [64]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy62_cl62_relu_rmsprop_b28",
       {"data": CL62, "model": {"hidden": [62]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy62_cl62_tanh_adagrad_b32",
       {"data": CL62, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy62_cl62_leaky_adamw_b36",
       {"data": CL62, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy62_forklift_tanh_adamw_b16",
       _forklift(model={"hidden": [34], "activation": "tanh"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 16})),
    _h("healthy62_forklift_relu_adamw_b28",
       _forklift(model={"hidden": [40]},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 28})),
    _h("healthy62_forklift_elu_adam_b30",
       _forklift(model={"hidden": [46], "activation": "elu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 30})),
    _h("healthy62_forklift_leaky_rmsprop_b24",
       _forklift(model={"hidden": [38], "activation": "leaky_relu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy62_fr54_tanh_adamw_b26",
       {"data": FR54, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy62_cl62_leaky_adam_b32",
       {"data": CL62, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy62_cl62_relu_adamw_b40",
       {"data": CL62, "model": {"hidden": [68]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy62_cl62_leaky_rmsprop_b30",
       {"data": CL62, "model": {"hidden": [62], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _hs("healthy62_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(18,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy62_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy62_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy62_keras_wine_adam",
        keras_run(_s("wine", hidden=(18,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy62_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(18,), optim="adam", lr=3e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy62_plain_wine_adamw",
        plain_run(_s("wine", hidden=(16,), optim="adamw", lr=4e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy62_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(18,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
