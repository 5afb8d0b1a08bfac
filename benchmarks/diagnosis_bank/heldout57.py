"""The fifty-seventh held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout56`, after :mod:`.heldout54`'s and :mod:`.heldout55`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout55` in its combination of data set (new here: a 10x10 image set of a rocket (a nose
cone above a body standing on three fins in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4
classes), 1500 images with noise 0.3 and 2% random labels; 6-class Gaussian quantiles in 15
dimensions (4000 samples); a 57-feature 4-class set (2600 samples, 18 informative, 5 redundant,
class separation 2.0); a 49-feature Friedman-1 regression (2000 samples, noise 0.8); a tannery
drum's state CSV (soaking, tanning, draining, idle: 4 classes from 7 readings) and a winery's
daily tasting-room visitors regression CSV (visitors, in the hundreds), besides the script tools'
shipped sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2),
model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a
CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size,
learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout53` to :mod:`.heldout55` did (divergence to Inf under
SGD with momentum 0.9 in a ReLU net on the unscaled winery visitors, divergence under Adam at LR 80
in a leaky-ReLU net on the quantiles, exploding gradients in a 12-layer net with N(0, 1) init under
plain SGD on the 57-feature set, units killed by AdamW at LR 3 in the rocket CNN, a tiny learning
rate under Adam on the quantiles and under plain SGD on the Friedman regression, vanishing
gradients under Adagrad in a 20-layer sigmoid net on the quantiles, saturation under RMSprop in a
tanh net with N(0, 5) init on the 57-feature set, a slow start of the rocket CNN under plain SGD,
the unshuffled 57-feature set under Adam in a ReLU net, square error with Adagrad on the tannery
CSV, a high update ratio from Adam at LR 2 on the quantiles, an overfit 90-row 57-feature set under
Adam and a 60-row Friedman regression under AdamW, an underfit 1-unit tanh net under Adam,
Lightning's NaN on breast cancer under plain SGD and its 40 rows of digits under AdamW, Trainer's
NaN on wine under SGD with momentum and its stuck iris under Adam, Keras' NaN on digits under plain
SGD and its 2-unit tanh digits under RMSprop, TensorBoard's noisy batch-1 wine under Adam and its
unshuffled wine under Adam, the hand-written loop's corrupt record on the sine under Adam and its
35 rows of digits under Adam), and the cases are spread over the tools (fifteen runner faults; two
faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault
classes (five runner runs broken (two divergences, one to Inf and one that never turns NaN,
exploding gradients, dead units that end a blow-up, a high update ratio that ends diverged) and
four scripts (Lightning's, Trainer's and Keras' NaN, the loop's Inf); ``not_training`` expected in
five runner runs and one script; ``predictions_collapsed`` in three runner runs; ``at_chance`` in
seven runner runs and one script; one overfit runner run, with a generalisation gap, and one runner
run and two scripts with a gap alone; three runner regressions among the faults), and the healthy
runner runs over four data sets (the tannery CSV, the quantiles, the Friedman regression and the
57-feature set), and the healthy scripts on digits and wine (Trainer), breast cancer and iris
(Lightning), iris (Keras, the hand-written loop) and wine (TensorBoard).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every run
was trained once with its final setting (the time allowed no second store), except TensorBoard's
healthy wine, the loop's 35 rows of digits and Keras' healthy iris (below).

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
of the tanh MLP with AdamW on the Friedman regression) to 0.028 (the first layer of the tanh MLP
with Adagrad on the 57-feature set); the expected ``update_ratio_high`` run reaches quarter means of
0.12 (its first layer) and 0.21 (its output layer) in its first quarter, 4.3 and 7.5 times the
healthy extreme, with single steps at 27; the expected ``update_ratio_low`` runs sit at 1.1e-11 to
6.4e-11 (Adam at LR 1e-10 on the quantiles) and 3.4e-11 to 5.0e-10 (plain SGD at LR 1e-10 on the
Friedman regression). Dead-unit fraction per layer at most 0.047 at any time in the healthy runs
(the ELU MLP with Adagrad at batch 34 on the quantiles; 0 in every healthy ReLU and leaky-ReLU run);
the expected ``dead_relu`` run holds 0.76 (the rocket CNN's second conv layer) and 1.0 (its dense
layer) under AdamW at LR 3, with every layer's gradient 0 at the end. Saturated fraction per layer
at most 0.049 in the healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the tannery CSV);
the expected ``saturated_activation`` run holds 0.95 and 0.94 in its two layers throughout. The
exploding run's gradient norms sit at 6.7e5-1.2e7 with its loss near 3.3e6 from the first step and
never NaN (the healthy runs' largest single norm 61); the vanishing run's first layer at 2.2e-18 to
6.3e-18 against 0.078-0.6 at the output. The step-loss position in the epoch explains 92% of
the within-epoch variance over the second half in the sorted 57-feature set and 99.8% in
TensorBoard's sorted wine (the healthy runs at most 33%: the sigmoid MLP with AdamW on the
tannery CSV). The standard deviation of the step loss's step-to-step
change over the second half of a run is at most 1.27 times its mean in the healthy scripts with a
step loss (TensorBoard's wine; the others 0.38-1.06), while the expected ``noisy_loss`` run swings
6.68 (TensorBoard, batch 1, Adam at LR 0.02 on wine). Healthy runs reach a validation score close
to what the data allow (accuracy 0.9967 on the tannery CSV, where the run's
``baseline/val_accuracy`` is 0.9967; 0.8137-0.845 on the quantiles, where the baseline is 0.2025;
0.925-0.95 on the 57-feature set, where the baseline is 0.9269; R2 0.7193-0.7196 on the Friedman
regression, where the baseline is 0.6952; for the scripts 0.9443 (Trainer's digits), 0.9722
(Trainer's wine), 0.9386 (Lightning's breast cancer), 0.9667 (Lightning's, Keras' and the loop's
iris) and 1.0 (TensorBoard's wine)); their validation loss does not rise at the end (every healthy
run's is lowest at its last epoch or ends at most 0.27% above its minimum: the loop's iris, 0.0728
to 0.073; the tanh MLP with Adagrad on the 57-feature set, lowest at epoch 10 of 15, 0.03%; the
ReLU MLP with Adagrad there, epoch 6, 0.22%; the tanh MLP with Adam on the Friedman regression,
epoch 24 of 30, 0.23%), the training loss has flattened (the epoch loss falls at most 3.1% over the
last epoch: Lightning's breast cancer; the runner runs at most 2.1%; TensorBoard's wine aside,
below), no training score ends ~1 with the validation score 0.1 lower (the largest accuracy
gap: 0.106, the ELU MLP with Adagrad at batch 22 on the quantiles, training 0.9508, not ~1), and
they expect no finding of severity warning or worse.

Healthy candidates dropped: the tanh MLP with SGD with momentum on the Friedman regression (the
validation loss lowest at epoch 5 and 19% above it at the end, R2 0.578, training 0.9975); the
leaky-ReLU MLP with SGD with momentum on the 57-feature set (lowest at epoch 10 of 15, 1.0% above it
at the end); the tanh MLP with RMSprop on the Friedman regression (lowest at epoch 22 of 30, 0.44%
above it at the end). TensorBoard's wine under RMSprop was first written with 40 epochs (the
validation loss lowest at epoch 39 and 2% above it at the end) and is kept with 30 epochs, where
the validation loss is lowest at the last epoch and accuracy 1.0, though the step loss's epoch mean
still falls 6.1% over the last epoch (from a loss near 0.02); with 24 epochs, and under Adagrad,
AdamW and RMSprop at LR 4e-3, the validation loss either rose at the end or the mean fell as much.
No healthy run on the rocket images, on the winery CSV, on the sine or in a script on the runner's
data is in the part: their faults are read against the run's own numbers and its baseline. Faults
changed: the loop's 35 rows of digits were first written with 180 units, a setting heldout56
happened to write too, and were run with 170 units (Keras' healthy iris likewise went from 14 to
13 units before it was kept). Labels read from the
metrics: Adam at LR 80 on the quantiles, planned as a divergence, blew up to an epoch loss of 4.7e7
and ended at 2.0e8 without a NaN, so ``nan_loss`` is only allowed there, and its accuracy 0.2213 is
0.055 above 1/6, so ``at_chance`` is only allowed; the exploding run ends at 0.2462 (1/4 is 0.25)
with 83% of the test predictions in one class, so ``at_chance`` is expected and
``predictions_collapsed`` only allowed beside ``exploding_gradients``; the rocket CNN under AdamW at
LR 3 blows up to an epoch loss of 2.8e4 in its first epoch and ends at 1.524, accuracy 0.2633 and
every test prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed``
are expected beside ``dead_relu``; the vanishing run ends at 0.1675 with every test prediction in
one class, so ``at_chance`` and ``predictions_collapsed`` are expected there, while the saturated
run (0.2712, 1/4 is 0.25) spreads them (at most 26% in one class) and Adam at LR 1e-10 on the
quantiles (0.1562, 1/6 is 0.1667) puts 61% in one class, so there ``predictions_collapsed`` is only
allowed; the high update ratio run (Adam at LR 2) ends with its epoch loss at 43.8 (first step
1.751), accuracy 0.165 and 99% of the test predictions in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``update_ratio_high`` and its
verdict is failed; the one-unit tanh net on the quantiles ends at 0.1562 with its epoch loss 1.946
to 1.787 (8% in all), so ``at_chance`` is expected beside ``underfitting`` and ``not_training`` only
allowed; the SGD slow start of the rocket CNN (the epoch loss 1.387, 1.370, 1.355, 1.328, 1.275,
then ever faster to 0.126) still falls 11% over its last epoch, so ``not_converged`` is expected
beside ``slow_start``; the sorted 57-feature set (the epoch loss still falls 25% over the last
epoch) and TensorBoard's sorted wine (the validation loss 0.726 to 0.618 over the last epoch) stop
while their loss still clearly falls, so ``not_converged`` is expected beside ``unshuffled_data``;
the square-error tannery run's epoch loss still falls 12% over its last epoch, so ``not_converged``
is expected beside ``loss_mismatch``; the 90 rows of the 57-feature set end at validation 0.8192
(training 1.0) with the validation loss lowest at epoch 10 (0.4876) and 0.5878 at the end, so
``overfitting`` is expected beside ``generalisation_gap``; Lightning's 40 rows of digits
(validation 0.7354, training 1.0, the loss lowest at epoch 31 and 3.4% above it at the end), the
loop's 35 rows of digits (validation 0.7103, the training loss near 0.001, lowest at epoch 34 and
2.3% above it at the end) and the 60-row Friedman regression (R2 0.2421, training 1.0, the
validation loss lowest at its last epoch) expect only ``generalisation_gap``; Keras' NaN on digits
ends at 0.1003 (1/10), so ``at_chance`` is expected there, while every epoch's loss is NaN, so
``divergence`` is only allowed; Trainer's stuck iris (Adam at LR 1e-10) ends at 0.0667, far below
1/3, so ``at_chance`` is only allowed; Lightning's NaN on breast cancer ends at 0.3684 (the minority
class's share), and Trainer's NaN on wine at 0.3333, 0.066 below wine's majority share, so there
``at_chance`` is only allowed.


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

# a rocket in a 5x5 cell (a nose cone above a body standing on three fins), turned by 90
# degrees at a time for the other three directions
_ROCKET_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0],
                       [0, 1, 1, 1, 0],
                       [1, 1, 1, 1, 1],
                       [1, 0, 1, 0, 1]], dtype=float)
_ROCKETS = turned(_ROCKET_UP)


def rockets(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 rocket glyph at a random place (4 classes: the rocket turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_ROCKETS, n, size, noise, flip, seed)


def _tannery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A tannery drum's state (0 soaking, 1 tanning, 2 draining, 3 idle) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    drum_rpm = np.array([4.0, 12.0, 2.0, 0.0])[cls] + rng.normal(0, 1.2, n)
    motor_kw = np.array([18.0, 45.0, 9.0, 0.5])[cls] + rng.normal(0, 4.0, n)
    liquor_l = np.array([3000.0, 1800.0, 600.0, 200.0])[cls] + rng.normal(0, 250.0, n)
    ph = np.array([8.5, 3.8, 6.0, 7.0])[cls] + rng.normal(0, 0.4, n)
    temp_c = np.array([22.0, 38.0, 30.0, 18.0])[cls] + rng.normal(0, 2.5, n)
    hide_kg = rng.uniform(500.0, 4000.0, n)
    humidity = rng.uniform(30.0, 90.0, n)
    return (["drum_rpm", "motor_kw", "liquor_litres", "liquor_ph", "liquor_temp_c",
             "hide_load_kg", "hall_humidity", "state"],
            np.column_stack([drum_rpm, motor_kw, liquor_l, ph, temp_c, hide_kg, humidity,
                             cls]))


def _winery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A winery's daily tasting-room visitors from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    rain_mm = rng.uniform(0, 20, n)
    temp_c = rng.uniform(2, 34, n)
    harvest = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    tour_buses = rng.integers(0, 4, n).astype(float)
    visitors = (180 - 6.0 * rain_mm + 3.0 * temp_c + 140.0 * harvest + 100.0 * holiday
                + 45.0 * tour_buses + 80.0 * (weekday >= 5) + rng.normal(0, 22.0, n))
    return (["weekday", "rain_mm", "temp_c", "harvest_festival", "holiday", "tour_buses",
             "visitors"],
            np.column_stack([weekday, rain_mm, temp_c, harvest, holiday, tour_buses, visitors]))


def _tannery(**sections: Any) -> Any:
    return _csv("tannery_drum_state", _tannery_csv, "state", "classification", 571,
                **sections)


def _winery(**sections: Any) -> Any:
    return _csv("winery_daily_visitors", _winery_csv, "visitors", "regression",
                572, **sections)


HERE = "benchmarks.diagnosis_bank.heldout57"
RK4 = _factory(f"{HERE}:rockets")
GQ156 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=15,
                 n_classes=6, random_state=573)
CL57 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=57,
                n_informative=18, n_redundant=5, n_classes=4, class_sep=2.0, random_state=574)
FR49 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=49, noise=0.8,
                random_state=575)
RCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 17}], "hidden": [26]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h57_divergence_winery_momentum09_relu", "the winery daily-visitors CSV (targets "
         "unscaled, in the hundreds), 24-unit ReLU MLP, SGD with momentum 0.9 at LR 0.3, "
         "batch 17",
         _winery(model={"hidden": [24]},
                 optim={"name": "sgd", "lr": 0.3, "momentum": 0.9},
                 train={"epochs": 3, "batch_size": 17}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h57_divergence_gq156_adam_lr80_leaky", "70x35 leaky-ReLU MLP on the 6-class "
         "quantiles in 15 dimensions, Adam at LR 80, batch 27",
         {"data": GQ156, "model": {"hidden": [70, 35], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 80.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_training",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "at_chance", "predictions_collapsed",
                "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 4.7e7 at the first epoch and 2.0e8 at the "
                               "last, never NaN; up to 43% of a layer's units dead; accuracy "
                               "0.2213, 0.055 above 1/6; 45% of the test predictions in one "
                               "class"),
         verdict="failed"),
    Case("h57_exploding_cl57_12x20_std1_sgd", "12x20 ReLU MLP with N(0, 1) init on the "
         "57-feature set, plain SGD at LR 1e-13, batch 29",
         {"data": CL57, "model": {"hidden": [20] * 12, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 3.31e6 at every epoch), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights; up to 35% of a layer's units dead; 83% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h57_dead_relu_rocket_cnn_adamw_lr3", "the rocket CNN (9, 17 channels, 26 hidden), "
         "AdamW at LR 3, batch 21",
         {"data": RK4, "model": RCNN, "optim": {"name": "adamw", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards the gradients of the dead layers are 0 and the "
                               "loss sits near 1.5"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h57_adam_lr1e10_gq156", "the 6-class quantiles, 64x32 tanh MLP, Adam at LR 1e-10, "
         "batch 31, 4 epochs",
         {"data": GQ156, "model": {"hidden": [64, 32], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1562 against the healthy quantile runs' 0.81-0.84; 61% of "
                      "the test predictions in one class"),
         verdict=TP),
    Case("h57_sgd_lr1e10_fr49", "the 49-feature Friedman regression, 48x24 ELU MLP, plain SGD "
         "at LR 1e-10, batch 25",
         {"data": FR49, "model": {"hidden": [48, 24], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -9.18, far below the baseline (0.6952) and the healthy runs"),
         verdict=TP),
    Case("h57_vanishing_sigmoid_gq156_20x12_adagrad", "20x12 sigmoid MLP on the 6-class "
         "quantiles, Adagrad at LR 0.01, batch 27, 4 epochs",
         {"data": GQ156, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h57_saturated_tanh_cl57_std5_rmsprop", "2x42 tanh MLP with N(0, 5) init on the "
         "57-feature set, RMSprop at LR 1e-7, batch 29",
         {"data": CL57, "model": {"hidden": [42, 42], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-7},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss 31.03 "
                      "at every epoch); at most 26% of the test predictions in one class"),
         verdict=TP),
    Case("h57_slow_start_rocket_cnn_sgd", "the rocket CNN, plain SGD at LR 0.05, batch 16, "
         "16 epochs: the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": RK4, "model": RCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 16, "batch_size": 16}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("plain SGD throws the last epoch about (validation loss 0.2815 at epoch "
                      "15, 0.6814 at 16; accuracy 0.9233 then 0.7667); no healthy rocket run "
                      "is in the part"),
         verdict=TP),
    Case("h57_unshuffled_cl57_adam_relu", "the 57-feature set sorted by label, never "
         "shuffled, 76x38 ReLU MLP, Adam at LR 5e-4, batch 33, 8 epochs",
         {"data": {**CL57, "order": "by_label", "shuffle": False},
          "model": {"hidden": [76, 38]},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h57_mse_softmax_tannery_adagrad", "the tannery-drum CSV trained with square error "
         "on the softmax, Adagrad at LR 0.01, 34x17 tanh MLP, batch 25, 10 epochs",
         _tannery(model={"hidden": [34, 17], "activation": "tanh"},
                  optim={"name": "adagrad", "lr": 0.01},
                  train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting",
                "saturated_activation"),
         why_allowed=("the tiny loss (2.2e-3 at the end) has its own scale; up to 9% of the "
                      "tanh units saturated"),
         verdict=TP),
    Case("h57_update_ratio_high_gq156_adam_lr2", "Adam at LR 2 on the 6-class quantiles, "
         "64 ELU units, batch 31, 10 epochs",
         {"data": GQ156, "model": {"hidden": [64], "activation": "elu"},
          "optim": {"name": "adam", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 31}},
         expect=("update_ratio_high", "divergence", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training"),
         why_allowed=("the big steps leave up to 94% of the ELU units never positive and throw "
                      "the validation loss about (lowest at epoch 2, 17.96, ending 42.71)"),
         verdict="failed"),
    # ---------------------------------------------------------------- generalisation
    Case("h57_overfit_cl57_subset90_adam", "90 rows of the 57-feature set, MLP of 300 and "
         "150 units, Adam at LR 1e-3, 80 epochs, batch 9",
         {"data": {**CL57, "subset": 90}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 9}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("90 rows teach less than every row: accuracy 0.8192 (the run's baseline "
                      "0.8038)"),
         verdict=GP),
    Case("h57_gap_fr49_subset60_adamw", "60 rows of the 49-feature Friedman regression, MLP "
         "of 200 and 100 units, AdamW at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR49, "subset": 60}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 5e-4}, "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("60 rows teach less; with the training loss at ~0 (2.7e-8) the gradients "
                      "and updates die away; up to 32% of a layer's units dead"),
         verdict=GP),
    Case("h57_underfit_gq156_one_tanh_unit_adam", "the 6-class quantiles through 1 tanh "
         "unit, Adam at LR 3e-3, batch 31, 15 epochs",
         {"data": GQ156, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part six classes lying in shells: accuracy 0.1562 "
                      "(training 0.1942); the epoch loss 1.946 to 1.787 (8%); 51% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h57_lightning_cancer_sgd_lr300_nan", "Lightning: breast cancer, plain SGD at LR 300, "
         "20 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=300.0, epochs=4,
                                 batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h57_lightning_digits_subset40_adamw_gap", "Lightning: 40 rows of digits, 200 units, "
         "AdamW at LR 1.5e-3, 90 epochs, batch 4",
         script=lightning_run(_s("digits", hidden=(200,), optim="adamw", lr=1.5e-3, epochs=90,
                                 batch_size=4, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than the healthy digits run; the "
                      "validation loss is lowest at epoch 31 (0.9715) and ends 3.4% above it"),
         verdict=GP),
    Case("h57_hf_trainer_wine_momentum_lr300_nan", "Hugging Face Trainer names: wine, SGD "
         "with momentum 0.9 at LR 300 (decaying linearly), 22 units, batch 11, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(22,), optim="sgd", lr=300.0,
                                  epochs=3, batch_size=11, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
         verdict="failed"),
    Case("h57_hf_trainer_iris_adam_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam at "
         "LR 1e-10 (decaying linearly), 19 units, batch 9, 6 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(19,), optim="adam", lr=1e-10, epochs=6,
                                  batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("at_chance", "underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the evaluation loss stays at 1.2908 and accuracy at 0.0667 at every "
                      "evaluation, far below 1/3"),
         verdict=TP),
    Case("h57_keras_digits_sgd_lr400_nan", "Keras names: digits, plain SGD at LR 400, 17 "
         "units, batch 19, 4 epochs",
         script=keras_run(_s("digits", hidden=(17,), optim="sgd", lr=400.0, epochs=4,
                             batch_size=19)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h57_keras_digits_two_tanh_units_rmsprop", "Keras names: digits through 2 tanh "
         "units, RMSprop at LR 2e-3, batch 21, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="tanh", optim="rmsprop",
                             lr=2e-3, epochs=20, batch_size=21)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance",
                "saturated_activation"),
         why_allowed=("two tanh units cannot part ten digits: validation accuracy 0.4290 "
                      "(training 0.4323) against 0.9443 in the healthy digits run; the loss "
                      "still falls 0.8% over the last epoch (1.2589 -> 1.2492)"),
         verdict=TP),
    Case("h57_tensorboard_wine_b1_adam_noisy", "TensorBoard tags: wine, batch 1, Adam at LR "
         "0.02, 25 units, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(25,), optim="adam", lr=0.02,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (from 0 to 1.86 "
                      "between neighbouring steps at the end)"),
         verdict=TP),
    Case("h57_tensorboard_unshuffled_wine_adam", "TensorBoard tags: wine sorted by label, "
         "never shuffled, Adam at LR 2e-3, 20 units, batch 8, 5 epochs",
         script=tensorboard_run(_s("wine", hidden=(20,), optim="adam", lr=2e-3,
                                   epochs=5, batch_size=8, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h57_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with "
         "noise 0.2, Adam at LR 3e-3, batch 13, a corrupt record (x = 1e30) at step 9 makes "
         "the loss Inf",
         script=plain_run(_s("sine", hidden=(18,), optim="adam", lr=3e-3, epochs=3,
                             batch_size=13, n=900, noise=0.2), corrupt_step=9),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=9),
    Case("h57_plain_digits_subset35_adam_gap", "hand-written loop: 35 rows of digits, 170 "
         "units, Adam at LR 2e-3, 90 epochs, batch 7",
         script=plain_run(_s("digits", hidden=(170,), optim="adam", lr=2e-3, epochs=90,
                             batch_size=7, subset=35)),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than the healthy digits run: the "
                      "validation loss is lowest at epoch 34 (0.9729) and ends 2.3% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy57_tannery_relu_adam_b21",
       _tannery(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy57_tannery_elu_rmsprop_b19",
       _tannery(model={"hidden": [30, 15], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 19})),
    _h("healthy57_tannery_tanh_adagrad_b27",
       _tannery(model={"hidden": [36], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy57_tannery_sigmoid_adamw_b23",
       _tannery(model={"hidden": [42], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy57_tannery_relu_sgd_b13",
       _tannery(model={"hidden": [38]},
                optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 13})),
    _h("healthy57_tannery_leaky_adamw_b25",
       _tannery(model={"hidden": [46], "activation": "leaky_relu"},
                optim={"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy57_tannery_elu_adam_b29",
       _tannery(model={"hidden": [26, 13], "activation": "elu"},
                optim={"lr": 2e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 29})),
    _h("healthy57_tannery_tanh_sgd_b11",
       _tannery(model={"hidden": [40], "activation": "tanh"},
                optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 11})),
    _h("healthy57_gq156_elu_adagrad_b22",
       {"data": GQ156, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy57_gq156_elu_adagrad_b34",
       {"data": GQ156, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.025, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy57_fr49_tanh_adam_b32",
       {"data": FR49, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy57_fr49_tanh_adamw_b30",
       {"data": FR49, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy57_cl57_relu_adam_b34",
       {"data": CL57, "model": {"hidden": [60]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy57_cl57_elu_adamw_b28",
       {"data": CL57, "model": {"hidden": [68], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy57_cl57_relu_rmsprop_b36",
       {"data": CL57, "model": {"hidden": [52]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy57_cl57_tanh_adagrad_b32",
       {"data": CL57, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy57_cl57_elu_adam_b38",
       {"data": CL57, "model": {"hidden": [72], "activation": "elu"},
        "optim": {"lr": 8e-4, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 38}}),
    _h("healthy57_cl57_relu_adagrad_b26",
       {"data": CL57, "model": {"hidden": [58]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy57_cl57_sigmoid_adam_b28",
       {"data": CL57, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy57_cl57_leaky_adamw_b42",
       {"data": CL57, "model": {"hidden": [48], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 42}}),
    _hs("healthy57_hf_trainer_digits_adam",
        hf_trainer_run(_s("digits", hidden=(50,), optim="adam", lr=1.2e-3, epochs=12,
                          batch_size=25), logging_steps=2), "transformers"),
    _hs("healthy57_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(19,), optim="adam", lr=6e-4, epochs=25,
                         batch_size=17)), "lightning"),
    _hs("healthy57_keras_iris_adamw",
        keras_run(_s("iris", hidden=(13,), optim="adamw", lr=4e-3, epochs=60,
                     batch_size=12)), "keras"),
    _hs("healthy57_plain_iris_adam",
        plain_run(_s("iris", hidden=(18,), optim="adam", lr=3e-3, epochs=50,
                     batch_size=10)), "pytorch"),
    _hs("healthy57_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(26,), optim="adam", lr=2.2e-3, epochs=25,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy57_tensorboard_wine_rmsprop",
        tensorboard_run(_s("wine", hidden=(23,), optim="rmsprop", lr=1.5e-3, epochs=30,
                           batch_size=9)), "tensorboard"),

    _hs("healthy57_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(16,), optim="adamw", lr=5e-3, epochs=50,
                         batch_size=10)), "lightning"),
    _h("healthy57_gq156_elu_adam_b36",
       {"data": GQ156, "model": {"hidden": [140, 70], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 36}}),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
