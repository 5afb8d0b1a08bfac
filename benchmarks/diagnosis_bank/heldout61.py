"""The sixty-first held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout60`, after :mod:`.heldout58`'s and :mod:`.heldout59`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout59` in its combination of data set (new here: a 10x10 image set of a trident (three
prongs above a cross-bar on a shaft in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4
classes), 1500 images with noise 0.3 and 2% random labels; 4-class Gaussian quantiles in 17
dimensions (4000 samples); a 61-feature 6-class set (2600 samples, 20 informative, 6 redundant,
class separation 2.0); a 53-feature Friedman-1 regression (2000 samples, noise 0.7); a bottling
line's state CSV (filling, changeover, jammed, idle: 4 classes from 7 readings) and a laundromat's
daily washer-loads regression CSV (loads, in the hundreds), besides the script tools' shipped sets
with new settings: iris, wine, breast cancer, digits and the sine with noise 0.3), model (MLPs of
several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser
(Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule
(cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). Most fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout57` to :mod:`.heldout59` did (divergence to Inf under SGD with momentum 0.5
in an ELU net on the unscaled laundromat loads, divergence under RMSprop at LR 50 in a leaky-ReLU
net on the quantiles, exploding gradients in a 10-layer net with N(0, 1) init under RMSprop on the
61-feature set, units killed by Adam at LR 3 in the trident CNN, a tiny learning rate under Adagrad
on the quantiles and under SGD with momentum on the Friedman regression, vanishing gradients under
plain SGD in a 21-layer sigmoid net on the quantiles, saturation under Adagrad in a tanh net with
N(0, 6) init on the 61-feature set, a slow start of the trident CNN under SGD with momentum 0.6,
the unshuffled 61-feature set under Adagrad in an ELU net, square error with Adam on the bottling
CSV, a high update ratio from AdamW at LR 1 on the 61-feature set, an overfit 70-row 61-feature set
under Adagrad and a 50-row Friedman regression under SGD with momentum, an underfit 1-unit tanh net
under Adagrad, Lightning's NaN on digits under SGD with momentum and its 36 rows of digits under
RMSprop, Trainer's NaN on breast cancer under plain SGD and its stuck wine under Adagrad, Keras'
NaN on iris under SGD with momentum and its 2-unit tanh digits under Adagrad, TensorBoard's noisy
batch-1 breast cancer under SGD with momentum and its unshuffled digits under SGD with momentum,
the hand-written loop's corrupt record on the sine under RMSprop and its 34 rows of digits under
Adagrad), and the cases are spread over the tools (fifteen runner faults; two faults for each of
Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (five runner
runs broken (two divergences, one to Inf and one that never turns NaN, exploding gradients, dead
units that end a blow-up, a high update ratio that ends diverged) and five scripts (Lightning's,
Trainer's and Keras' NaN, the loop's Inf, TensorBoard's noisy run that ends diverged);
``not_training`` expected in five runner runs and one script; ``predictions_collapsed`` in two
runner runs; ``at_chance`` in six runner runs and two scripts; one overfit runner run and one
overfit script, both with a generalisation gap, and one runner run and one script with a gap
alone; three runner regressions among the faults), and the healthy runner runs over four data sets
(the bottling CSV, the quantiles, the Friedman regression and the 61-feature set), and the healthy
scripts on wine and breast cancer (Trainer), iris and breast cancer (Keras), breast cancer
(Lightning), iris (the hand-written loop) and wine (TensorBoard).

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
run was trained once with its final setting, except the four faults changed below (each trained
once more with its final setting). The bottling CSV was first written under another domain's
names (a loom's readings) that the sibling part :mod:`.heldout60` also chose; only its file name
and column names were changed, its numbers (seed 611) are the ones the runs trained on.

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47` and :mod:`.heldout59`): the state a run
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
runner sets are balanced (stratified splits): the majority share is 0.25-0.26 on the quantiles and
the trident images and 0.169 on the 61-feature set (read from the test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) 1.3e-5 (the first layer
of the leaky-ReLU MLP with SGD with momentum on the bottling CSV) to 0.034 (the first layer of the
tanh MLP with Adagrad on the Friedman regression), single steps at most 0.30 (the output layer of
the tanh MLP with Adagrad on the bottling CSV); the expected ``update_ratio_high`` run reaches
quarter means of 0.17 (its hidden layer) and 0.21 (its output layer) in its first quarter, 5 and
6 times the healthy extreme, with single steps at 13.6 and 14.1, 45 times the healthy one; the
expected ``update_ratio_low`` runs sit at 0 to 3.7e-11 (Adagrad at LR 1e-10 on the quantiles) and
5.8e-11 to 2.0e-8 (SGD with momentum at LR 1e-10 on the Friedman regression). Dead-unit fraction 0
at any time in every kept healthy ReLU, leaky-ReLU and ELU run; the expected ``dead_relu`` run
holds 0.85 to 1.0 in the trident CNN's second conv layer and 0.53 to 1.0 in its dense layer under
Adam at LR 3, with every layer's gradient 0 at the end. Saturated fraction per layer at most 0.024
in the healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the 61-feature set); the
expected ``saturated_activation`` run holds 0.96 and 0.95 in its two layers throughout. The
exploding run's gradient norms sit at 4.7e5-3.6e6 with its loss near 2.66e6 from the first step
and never NaN (the healthy runs' largest single norm 129: the output layer of the sigmoid MLP with
Adam on the Friedman regression); the vanishing run's first two layers at 5.7e-19 to 1.3e-17
against 0.05-0.66 at the output, its first layers' update ratio 0. The step-loss position in the
epoch explains 99% of the within-epoch variance over the second half in the sorted 61-feature set
and 94% in TensorBoard's sorted digits (the healthy runs at most 20%: the ELU MLP with Adam on the
61-feature set). The standard deviation of the step loss's step-to-step change over the second
half of a run is at most 1.69 times its mean in the healthy scripts with a step loss (Lightning's
breast cancer; TensorBoard's wine 1.21, Trainer's breast cancer 1.21 and wine 0.75, the loop's
iris 0.98), while the expected ``noisy_loss`` run swings 13.7 (TensorBoard, batch 1, SGD with
momentum 0.9 at LR 0.03 on breast cancer). Healthy runs reach a validation score close to what
the data allow (accuracy 1.0 on the bottling CSV, where the run's ``baseline/val_accuracy`` is
1.0; 0.8287 on the quantiles, where the baseline is 0.2825; 0.8192-0.8827 on the 61-feature set,
where the baseline is 0.8308; R2 0.7365-0.7442 on the Friedman regression, where the baseline is
0.726; for the scripts 1.0 (Trainer's and TensorBoard's wine), 0.9386 (Trainer's and Lightning's
breast cancer), 0.9474 (Keras' breast cancer) and 0.9667 (Keras' and the loop's iris)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch or ends
at most 0.32% above its minimum: the sigmoid MLP with Adam on the Friedman regression, lowest at
epoch 17 of 30), the training loss has flattened (the epoch loss falls at most 2.4% over the last
epoch in the runner runs, 2.7% in Keras' breast cancer and 3.2% in Lightning's breast cancer, from
losses near 0.04 and 0.05), no training score ends ~1 with the validation score 0.1 lower (the
largest accuracy gap: 0.073, the leaky-ReLU MLP with Adagrad on the 61-feature set, training 0.956;
the largest R2 gap: 0.051, the tanh MLP with Adam on the Friedman regression, training 0.793), and
they expect no finding of severity warning or worse.

Healthy candidates dropped: the tanh MLP with Adam on the quantiles (accuracy 0.4075, training
0.571, after an epoch loss that lingered near ln 4 for several epochs); the ReLU MLP with AdamW on
the quantiles (training 0.985, validation 0.80: a gap of 0.185); the ELU MLP with Adagrad on the
quantiles (training 0.983, validation 0.884: a gap of 0.099, too close to 0.1 to call healthy); on
the 61-feature set the ELU MLP with AdamW (0.8115), the sigmoid MLP with RMSprop (0.8058) and the
leaky-ReLU MLP with RMSprop (0.7808), below the baseline 0.8308 by more than 0.015 (the kept runs
0.8192 to 0.8827); the loop's breast cancer under RMSprop (the validation loss lowest at epoch 24 of
25 and 1.47% above it at the end, the step loss swinging 1.97 times its mean). No healthy run on the
trident images, on the laundromat CSV, on the sine or on digits is in the part: their faults are
read against the run's own numbers and its baseline.

Labels read from the metrics: the laundromat divergence (the loss 2.0e5, 1.6e7, 8.4e20, then Inf at
step 4) ends the run there; RMSprop at LR 50 on the quantiles blew up to an epoch loss of 7.3e9 and
ended at 7.6e7 without a NaN, accuracy 0.315 (0.065 above 1/4) with 72% of the test predictions in
one class, so ``divergence`` is expected and ``at_chance``, ``predictions_collapsed`` and
``nan_loss`` only allowed; the exploding run ends at 0.1788 (1/6 is 0.167) with 87% of the test
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` only allowed
beside ``exploding_gradients``; the trident CNN under Adam at LR 3 blows up to an epoch loss of
1.9e4 in its first epoch (single steps up to 6.4e5) and ends at 1.537 (first step 1.400), accuracy
0.2633 and every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the vanishing run ends at 0.25 with
every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected
there, while the saturated run (0.1212, 0.048 below the majority share 0.169) spreads them (at most
23% in one class) and Adagrad at LR 1e-10 on the quantiles (0.2512) puts at most 30% in one class,
so there ``predictions_collapsed`` is only allowed; the high update ratio run (AdamW at LR 1) ends
with its epoch loss at 9.60 (first step 1.689), accuracy 0.625 with at most 18% of the test
predictions in one class, so ``divergence`` is expected beside ``update_ratio_high``, its tanh
units 97-99% saturated are only allowed (a side effect of the steps), and its verdict is failed;
the one-unit tanh net on the quantiles ends at 0.2475 with its epoch loss 1.412 to 1.381 (2.2%), so
``at_chance`` is expected beside ``underfitting`` and ``not_training`` only allowed; the slow start
of the trident CNN (the epoch loss 1.386, 1.377, 1.370, 1.351, 1.298, then 1.064 and on to 0.119)
still falls 21% over its last epoch, so ``not_converged`` is expected beside ``slow_start``; the
sorted 61-feature set's epoch loss falls 5.1% over the last epoch (``not_converged`` only allowed),
while TensorBoard's sorted digits (the step loss's epoch means 2.44, 1.95, 1.43, 0.90, 0.59) still
fall 34%, so there ``not_converged`` is expected beside ``unshuffled_data``; the square-error
bottling run's epoch loss falls about 5% every epoch (0.1925 to 0.1372) with accuracy 0.90, so
``not_converged`` and ``underfitting`` are only allowed beside ``loss_mismatch``; the 70 rows of the
61-feature set end at validation 0.5962 (training 1.0) with the validation loss lowest at epoch 4
(1.242) and 1.674 at the end, and Lightning's 36 rows of digits at validation 0.7187 (training 1.0)
with the loss lowest at epoch 32 (0.922) and 1.012 at the end (9.7% above it), so ``overfitting``
is expected beside ``generalisation_gap`` in both; the loop's 34 rows of digits (validation 0.7019,
the training loss near 8e-4, the validation loss lowest at epoch 24 and 3.2% above it at the end)
and the 50-row Friedman regression (R2 0.342, training 1.0, the validation loss lowest at epoch 24
of 150 and 4.4% above it at the end) expect only ``generalisation_gap``; Lightning's NaN on digits
(the loss 2.26, 6121, 3.2e8, ..., Inf, then NaN) ends at 0.1003 (1/10) and Keras' NaN on iris
(every epoch's loss NaN) at 0.3333 (1/3, the validation split's majority share too), so
``at_chance`` is expected in both, and Keras' ``divergence`` is only allowed (no finite loss shows
the blow-up); Trainer's NaN on breast cancer (the loss 1.7e4, 8.6e15, 5.1e27, then NaN) ends at
0.3684, far below the majority share (0.6316), so there ``at_chance`` is only allowed; Trainer's
stuck wine (Adagrad at LR 1e-10, the evaluation loss 0.9808 throughout) scores 0.6389, far above
the majority share (0.389), so ``at_chance`` is not labelled; Keras' two tanh units on digits end at
0.4457 (training 0.4499) with the loss falling 0.36% over the last epoch (``underfitting``);
the loop's corrupt record makes the loss Inf at step 12 (the loss from 0.75 down to 0.19-0.38
before it).

Faults changed: TensorBoard's noisy breast cancer was first written with SGD with momentum 0.9 at
LR 0.3 (the loss turned NaN after 254 steps, a NaN run rather than a noisy one) and is kept at LR
0.03, where its epoch mean rises from 1.38 to 29.4 (single steps up to 4750), so ``divergence`` is
expected beside ``noisy_loss`` and its verdict is failed; TensorBoard's sorted digits was first
written with SGD with momentum 0.9 at LR 0.02 for 4 epochs (the step loss's epoch means 3.49, 4.66,
4.22, 3.41, above the first step 2.75, the sorting mixed with a blow-up) and is kept at LR 0.003 for
5 epochs; Keras' two tanh units on digits and the loop's corrupt record on the sine were first
written under RMSprop and Adam, settings heldout57 had written too, and were run again under
Adagrad at LR 0.05 and RMSprop at LR 3e-3 (the first runs: validation 0.4708, training 0.4471, the
loss falling 0.5% over the last epoch; the loss from 0.75 down to 0.26-0.71, then Inf at
step 12). No fault was dropped.


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

# a trident in a 5x5 cell (three prongs above a cross-bar on a shaft), turned by 90 degrees at
# a time for the other three directions
_TRIDENT_UP = np.array([[1, 0, 1, 0, 1],
                        [1, 0, 1, 0, 1],
                        [1, 1, 1, 1, 1],
                        [0, 0, 1, 0, 0],
                        [0, 0, 1, 0, 0]], dtype=float)
_TRIDENTS = turned(_TRIDENT_UP)


def tridents(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 trident glyph at a random place (4 classes: the trident turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TRIDENTS, n, size, noise, flip, seed)


def _bottling_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bottling line's state (0 filling, 1 changeover, 2 jammed, 3 idle) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    bottles = np.array([420.0, 60.0, 15.0, 0.0])[cls] + rng.normal(0, 25.0, n)
    conveyor_a = np.array([22.0, 9.0, 30.0, 1.5])[cls] + rng.normal(0, 3.0, n)
    pressure_kpa = np.array([180.0, 260.0, 40.0, 90.0])[cls] + rng.normal(0, 20.0, n)
    vibration = np.array([3.2, 1.1, 5.5, 0.2])[cls] + rng.normal(0, 0.5, n)
    spill_ml = np.array([14.0, 6.0, 20.0, 1.0])[cls] + rng.normal(0, 2.5, n)
    cap_stock_k = rng.uniform(20.0, 400.0, n)
    humidity = rng.uniform(40.0, 75.0, n)
    return (["bottles_per_min", "conveyor_amps", "filler_pressure_kpa", "vibration_mm_s",
             "spill_ml_per_min", "cap_stock_thousands", "hall_humidity_pct", "state"],
            np.column_stack([bottles, conveyor_a, pressure_kpa, vibration, spill_ml,
                             cap_stock_k, humidity, cls]))


def _laundromat_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A laundromat's washer loads a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-8, 32, n)
    rain_mm = rng.uniform(0, 30, n)
    term = rng.integers(0, 2, n).astype(float)
    broken = rng.integers(0, 4, n).astype(float)
    promo = rng.integers(0, 2, n).astype(float)
    loads = (310 - 3.0 * temp_c + 5.0 * rain_mm + 120.0 * term - 35.0 * broken
             + 70.0 * promo + 80.0 * (weekday >= 5) + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "rain_mm", "student_term", "washers_broken",
             "half_price_day", "loads"],
            np.column_stack([weekday, temp_c, rain_mm, term, broken, promo, loads]))


def _bottling(**sections: Any) -> Any:
    return _csv("bottling_line_state", _bottling_csv, "state", "classification", 611, **sections)


def _laundromat(**sections: Any) -> Any:
    return _csv("laundromat_daily_loads", _laundromat_csv, "loads", "regression", 612,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout61"
TD4 = _factory(f"{HERE}:tridents")
GQ417 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=17,
                 n_classes=4, random_state=613)
CL61 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=61,
                n_informative=20, n_redundant=6, n_classes=6, class_sep=2.0, random_state=614)
FR53 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=53, noise=0.7,
                random_state=615)
TCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 20}], "hidden": [30]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h61_divergence_laundromat_momentum_elu", "the laundromat daily-loads CSV (targets "
         "unscaled, in the hundreds), 24-unit ELU MLP, SGD with momentum 0.5 at LR 0.3, batch 17",
         _laundromat(model={"hidden": [24], "activation": "elu"},
                     optim={"name": "sgd", "lr": 0.3, "momentum": 0.5},
                     train={"epochs": 3, "batch_size": 17}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h61_divergence_gq417_rmsprop_lr50_leaky", "90x45 leaky-ReLU MLP on the 4-class "
         "quantiles in 17 dimensions, RMSprop at LR 50, batch 27",
         {"data": GQ417, "model": {"hidden": [90, 45], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss", "at_chance", "predictions_collapsed"),
         why_allowed=(BLOWUP + "; the epoch loss 7.3e9 at the first epoch and 7.6e7 at the "
                               "last, never NaN; accuracy 0.315, 0.065 above 1/4; 72% of the "
                               "test predictions in one class"),
         verdict="failed"),
    Case("h61_exploding_cl61_10x24_std1_rmsprop", "10x24 ReLU MLP with N(0, 1) init on the "
         "61-feature set, RMSprop at LR 1e-13, batch 33",
         {"data": CL61, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 2.66e6 at every epoch), far "
                      "above ln 6 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 8% of a layer's units "
                      "dead; 87% of the test predictions in one class"),
         verdict="failed"),
    Case("h61_dead_relu_trident_cnn_adam_lr3", "the trident CNN (12, 20 channels, 30 hidden), "
         "Adam at LR 3, batch 21",
         {"data": TD4, "model": TCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards every layer's gradient is 0 and the loss sits "
                               "near 1.5"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h61_adagrad_lr1e10_gq417", "the 4-class quantiles, 64x32 ELU MLP, Adagrad at LR "
         "1e-10, batch 31, 4 epochs",
         {"data": GQ417, "model": {"hidden": [64, 32], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.2512 against the healthy quantile runs' 0.829; at most 30% "
                      "of the test predictions in one class"),
         verdict=TP),
    Case("h61_momentum_lr1e10_fr53", "the 53-feature Friedman regression, 40x20 leaky-ReLU "
         "MLP, SGD with momentum 0.9 at LR 1e-10, batch 29",
         {"data": FR53, "model": {"hidden": [40, 20], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -9.53, far below the baseline (0.726) and the healthy runs",
         verdict=TP),
    Case("h61_vanishing_sigmoid_gq417_21x14_sgd", "21x14 sigmoid MLP on the 4-class "
         "quantiles, plain SGD at LR 0.05, batch 27, 4 epochs",
         {"data": GQ417, "model": {"hidden": [14] * 21, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h61_saturated_tanh_cl61_std6_adagrad", "2x44 tanh MLP with N(0, 6) init on the "
         "61-feature set, Adagrad at LR 1e-7, batch 29",
         {"data": CL61, "model": {"hidden": [44, 44], "activation": "tanh", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "adagrad", "lr": 1e-7},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 6 from the start (the epoch loss "
                      "59.7 at every epoch); at most 23% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h61_slow_start_trident_cnn_momentum", "the trident CNN, SGD with momentum 0.6 at LR "
         "0.02, batch 18, 18 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": TD4, "model": TCNN, "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.6},
          "train": {"epochs": 18, "batch_size": 18}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu"),
         why_allowed=("no healthy trident run is in the part; up to 27% of the dense layer's "
                      "units dead while the loss lingers, none at the end"),
         verdict=TP),
    Case("h61_unshuffled_cl61_adagrad_elu", "the 61-feature set sorted by label, never "
         "shuffled, 72x36 ELU MLP, Adagrad at LR 0.01, batch 37, 8 epochs",
         {"data": {**CL61, "order": "by_label", "shuffle": False},
          "model": {"hidden": [72, 36], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance", "not_converged"),
         why_allowed=(SORTED + "; the epoch loss still falls 5.1% over the last epoch"),
         verdict=TP),
    Case("h61_mse_softmax_bottling_adam", "the bottling-line CSV trained with square error on the "
         "softmax, Adam at LR 1e-4, 30x15 tanh MLP, batch 25, 10 epochs",
         _bottling(model={"hidden": [30, 15], "activation": "tanh"},
                   optim={"name": "adam", "lr": 1e-4},
                   train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged"),
         why_allowed=("the tiny loss has its own scale; the slow steps leave it falling "
                      "about 5% an epoch (0.1925 to 0.1372), accuracy 0.90 where the "
                      "healthy runs reach 1.0"),
         verdict=TP),
    Case("h61_update_ratio_high_cl61_adamw_lr1", "AdamW at LR 1 on the 61-feature set, 64 "
         "tanh units, batch 35, 10 epochs",
         {"data": CL61, "model": {"hidden": [64], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1.0}, "train": {"epochs": 10, "batch_size": 35}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data",
                "saturated_activation", "not_training"),
         why_allowed=("the big steps throw the tanh units to their ends (97-99% saturated "
                      "from the first quarter) and the loss about: the validation loss is "
                      "lowest at epoch 3 (9.60) and 10.81 at the end, accuracy 0.625 (training "
                      "0.681, the baseline 0.8308)"),
         verdict="failed"),
    # ---------------------------------------------------------------- generalisation
    Case("h61_overfit_cl61_subset70_adagrad", "70 rows of the 61-feature set, MLP of 320 and "
         "160 units, Adagrad at LR 0.02, 80 epochs, batch 7",
         {"data": {**CL61, "subset": 70}, "model": {"hidden": [320, 160]},
          "optim": {"name": "adagrad", "lr": 0.02}, "train": {"epochs": 80, "batch_size": 7}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("70 rows teach less than every row: accuracy 0.5962 (the run's "
                      "baseline 0.5827); 31% of the second layer's units never active on "
                      "them"),
         verdict=GP),
    Case("h61_gap_fr53_subset50_momentum", "50 rows of the 53-feature Friedman regression, "
         "MLP of 220 and 110 units, SGD with momentum 0.9 at LR 2e-3, 150 epochs, batch 10",
         {"data": {**FR53, "subset": 50}, "model": {"hidden": [220, 110]},
          "optim": {"name": "sgd", "lr": 2e-3, "momentum": 0.9},
          "train": {"epochs": 150, "batch_size": 10}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("50 rows teach less; with the training loss at ~0 (4e-11) the "
                      "gradients and updates die away and 32% of the second layer's units "
                      "are dead; the validation loss is lowest at epoch 24 (14.11) and ends "
                      "4.4% above it"),
         verdict=GP),
    Case("h61_underfit_gq417_one_tanh_unit_adagrad", "the 4-class quantiles through 1 tanh "
         "unit, Adagrad at LR 0.03, batch 31, 15 epochs",
         {"data": GQ417, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.03}, "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part four classes lying in shells: accuracy 0.2475 "
                      "(training 0.29); the epoch loss 1.412 to 1.381 (2.2%); 47% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h61_lightning_digits_momentum_lr300_nan", "Lightning: digits, SGD with momentum 0.9 "
         "at LR 300, 23 units, batch 12, 4 epochs",
         script=lightning_run(_s("digits", hidden=(23,), optim="sgd", lr=300.0, epochs=4,
                                 batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h61_lightning_digits_subset36_rmsprop_gap", "Lightning: 36 rows of digits, 180 "
         "units, RMSprop at LR 1e-3, 90 epochs, batch 4",
         script=lightning_run(_s("digits", hidden=(180,), optim="rmsprop", lr=1e-3, epochs=90,
                                 batch_size=4, subset=36)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("36 rows of ten digits teach less than all of them: accuracy 0.7187 "
                      "(training 1.0); the loss still falls 4.9% over the last epoch, near "
                      "2e-4"),
         verdict=GP),
    Case("h61_hf_trainer_cancer_sgd_lr500_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 500 (decaying linearly), 20 units, batch 12, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=500.0,
                                  epochs=3, batch_size=12), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684, far below the validation split's majority "
                               "share (0.6316)"),
         verdict="failed"),
    Case("h61_hf_trainer_wine_adagrad_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "Adagrad at LR 1e-10 (decaying linearly), 16 units, batch 9, 6 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("wine", hidden=(16,), optim="adagrad", lr=1e-10,
                                  epochs=6, batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the evaluation loss stays at 0.9808 at every evaluation; the untrained "
                      "net scores 0.6389, below what the data allow (no training score is "
                      "logged)"),
         verdict=TP),
    Case("h61_keras_iris_momentum_lr300_nan", "Keras names: iris, SGD with momentum 0.9 at LR "
         "300, 18 units, batch 8, 4 epochs",
         script=keras_run(_s("iris", hidden=(18,), optim="sgd", lr=300.0, epochs=4,
                             batch_size=8, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h61_keras_digits_two_tanh_units_adagrad", "Keras names: digits through 2 tanh "
         "units, Adagrad at LR 0.05, batch 21, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="tanh", optim="adagrad",
                             lr=0.05, epochs=20, batch_size=21)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance",
                "saturated_activation"),
         why_allowed=("two tanh units cannot part ten digits: validation accuracy 0.4457 "
                      "(training 0.4499); the loss falls 0.36% over the last epoch"),
         verdict=TP),
    Case("h61_tensorboard_cancer_b1_momentum_noisy", "TensorBoard tags: breast cancer, batch "
         "1, SGD with momentum 0.9 at LR 0.03, 22 units, 2 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(22,), optim="sgd", lr=0.03,
                                   epochs=2, batch_size=1, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("noisy_loss", "divergence"),
         allow=("exploding_gradients", "overfitting", "not_converged", "unshuffled_data",
                "underfitting", "at_chance"),
         why_allowed=("single samples with big steps throw the loss about and up (single "
                      "steps up to 4750; the validation loss 1.76 then 865, accuracy 0.90 "
                      "then 0.47, far below the majority share 0.6316)"),
         verdict="failed"),
    Case("h61_tensorboard_unshuffled_digits_momentum", "TensorBoard tags: digits sorted by "
         "label, never shuffled, SGD with momentum 0.9 at LR 0.003, 28 units, batch 16, 5 "
         "epochs",
         script=tensorboard_run(_s("digits", hidden=(28,), optim="sgd", lr=0.003,
                                   epochs=5, batch_size=16, shuffle=False, by_label=True,
                                   optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h61_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.3, RMSprop at LR 3e-3, 25 units, batch 16, a corrupt record (x = 1e30) at "
         "step 12 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(25,), optim="rmsprop", lr=3e-3, epochs=3,
                             batch_size=16, n=900, noise=0.3), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=12),
    Case("h61_plain_digits_subset34_adagrad_gap", "hand-written loop: 34 rows of digits, 170 "
         "units, Adagrad at LR 0.02, 90 epochs, batch 8",
         script=plain_run(_s("digits", hidden=(170,), optim="adagrad", lr=0.02, epochs=90,
                             batch_size=8, subset=34)),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("34 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 24 (0.9546) and ends 3.2% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy61_bottling_relu_adamw_b22",
       _bottling(model={"hidden": [36]},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 22})),
    _h("healthy61_bottling_tanh_adagrad_b24",
       _bottling(model={"hidden": [40], "activation": "tanh"},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy61_bottling_elu_adam_b26",
       _bottling(model={"hidden": [38], "activation": "elu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 26})),
    _h("healthy61_bottling_leaky_momentum_b16",
       _bottling(model={"hidden": [42], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 16})),
    _h("healthy61_bottling_sigmoid_rmsprop_b20",
       _bottling(model={"hidden": [46], "activation": "sigmoid"},
                 optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 20})),
    _h("healthy61_gq417_elu_rmsprop_b30",
       {"data": GQ417, "model": {"hidden": [110, 55], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy61_fr53_tanh_adamw_b30",
       {"data": FR53, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy61_fr53_tanh_rmsprop_b28",
       {"data": FR53, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy61_fr53_sigmoid_adam_b26",
       {"data": FR53, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy61_fr53_tanh_adagrad_b32",
       {"data": FR53, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy61_cl61_relu_adamw_b36",
       {"data": CL61, "model": {"hidden": [64]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy61_cl61_tanh_adam_b30",
       {"data": CL61, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy61_cl61_relu_rmsprop_b28",
       {"data": CL61, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy61_cl61_sigmoid_adam_b26",
       {"data": CL61, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy61_cl61_leaky_adagrad_b40",
       {"data": CL61, "model": {"hidden": [52], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy61_cl61_tanh_adagrad_b32",
       {"data": CL61, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy61_cl61_elu_adam_b38",
       {"data": CL61, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 38}}),
    _h("healthy61_gq417_elu_adamw_b30",
       {"data": GQ417, "model": {"hidden": [110, 55], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy61_fr53_tanh_adam_b24",
       {"data": FR53, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy61_fr53_sigmoid_rmsprop_b30",
       {"data": FR53, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy61_bottling_tanh_adamw_b18",
       _bottling(model={"hidden": [34], "activation": "tanh"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 18})),
    _hs("healthy61_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(20,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy61_hf_trainer_cancer_rmsprop",
        hf_trainer_run(_s("breast_cancer", hidden=(19,), optim="rmsprop", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy61_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(18,), optim="adamw", lr=2e-3, epochs=50,
                           batch_size=10)), "tensorboard"),
    _hs("healthy61_keras_iris_adamw",
        keras_run(_s("iris", hidden=(16,), optim="adamw", lr=5e-3, epochs=60,
                     batch_size=10)), "keras"),
    _hs("healthy61_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy61_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(18,), optim="adamw", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy61_plain_iris_adam",
        plain_run(_s("iris", hidden=(16,), optim="adam", lr=4e-3, epochs=60,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
