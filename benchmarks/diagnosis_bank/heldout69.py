"""The sixty-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout68`, after :mod:`.heldout66`'s and :mod:`.heldout67`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout67` in its combination of data set (new here: a 10x10 image set of a pitchfork
(three tines on a cross-bar at the top of a handle in a 5x5 cell, turned by 0, 90, 180 or 270
degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 9-class Gaussian quantiles
in 21 dimensions (4500 samples); a 69-feature 4-class set (2600 samples, 24 informative, 9
redundant, class separation 2.2); a 61-feature Friedman-1 regression (2000 samples, noise 0.7); a
sewing machine's state CSV (idle, stitching, winding the bobbin, thread jammed: 4 classes from 7
readings) and a farmers' market's daily shoppers regression CSV (in the hundreds), besides the
script tools' shipped sets with new settings: iris, wine, breast cancer, digits and the sine with
noise 0.2), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch
size, learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). The fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout64` to :mod:`.heldout67` did (divergence under plain
SGD in an ELU net on the unscaled market shoppers, divergence under Adam at LR 40 in a ReLU net on
the 9-class quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init under Adagrad
on the quantiles, units killed by RMSprop at LR 1 in the pitchfork CNN, a high update ratio from
Adam at LR 1 in a leaky-ReLU net on the 69-feature set, a tiny learning rate under RMSprop on the
Friedman regression and under SGD with momentum on the sewing-machine CSV, vanishing gradients
under Adagrad in a 20-layer sigmoid net on the quantiles, saturation under AdamW in a sigmoid net
with N(0, 6) init on the 69-feature set, a slow start of the pitchfork CNN under plain SGD (the
one repeated mechanism-optimiser pair, on a new image set), the unshuffled 69-feature set under
SGD with momentum in a leaky-ReLU net, square error with Adam on the sewing-machine CSV, the
69-feature set one row at a time under Adagrad (a noisy loss), an overfit 75-row 69-feature set
under AdamW and a 45-row Friedman regression under SGD with momentum, an underfit 1-unit ReLU net
under SGD with momentum on the quantiles, Lightning's NaN on wine under plain SGD and its stuck
breast cancer under SGD with momentum, Trainer's NaN on breast cancer under plain SGD and its
stuck digits under Adam, Keras' NaN on wine under SGD with momentum and its 25 rows of digits
under SGD with momentum, TensorBoard's NaN on breast cancer under plain SGD and its stuck iris
under Adagrad, the hand-written loop's corrupt record on the sine under AdamW and its 1-unit
digits under RMSprop), and the cases are spread over the tools (sixteen runner faults; two faults
for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault
classes (five runner runs broken (two divergences, one at the float's edge and one that never
turns NaN, exploding gradients, dead units that end a blow-up, a high update ratio that ends
diverged) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's
Inf); ``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed``
in four runner runs; ``at_chance`` in six runner runs and one script; one overfit runner run with
a generalisation gap, and one runner run and one script with a gap alone; three runner
regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in two
and ``slow_start`` in one; ``underfitting`` in one runner run and one script), and the healthy
runner runs over three data sets (the sewing-machine CSV, the Friedman regression and the
69-feature set), and the healthy scripts on wine and breast cancer (Trainer), iris and breast
cancer (TensorBoard), iris and breast cancer (Keras), breast cancer and iris (Lightning) and
breast cancer and iris (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the step loss's step-to-step swing and the share of its within-epoch variance that
the position in the epoch explains, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only
logged, so no diagnosis was made. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets one); no
other seed was checked. Every run was trained once with its final setting (no fault setting was
changed after its run; the labels below were read from that one run).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62` and
:mod:`.heldout67`): the state a run ends in is *expected* where its metrics show it, the
mechanisms on the way are *allowed* with their reason (``why_allowed``). ``at_chance`` is expected
when the final validation accuracy is within 0.05 of the better of 1/K and the majority-class share
(allowed up to 0.1 above it, and when it is far below it); ``predictions_collapsed`` when at least
90% of the test predictions fall in one class (allowed from 60%), read from the run's confusion
matrix. Runs logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is
never expected. ``overfitting`` is expected when the validation loss clearly rises after its
minimum while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and
the validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
training loss explodes or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf;
``unshuffled_data`` when the step loss repeats one pattern every epoch; ``not_converged`` when the
loss still clearly falls at the end (it counts at severity info); ``underfitting`` when both scores
are clearly below what a healthy run of this part on the same data reaches (or the run's baseline,
where no healthy run is in the part) and the loss has flattened; ``noisy_loss`` when the step loss
swings far more from step to step than any healthy run's; ``not_training`` is expected or allowed
wherever the training loss falls by less than 5% over the run. A fault that came out weak was
relabelled from its metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.111 on the quantiles, 0.252
on the 69-feature set, 0.263 on the pitchfork images and 0.273 on the sewing-machine CSV (read from
the test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0369 (the
first layer of the sigmoid MLP with Adagrad on the Friedman regression), single steps at most
0.717 (the output layer of the same run); the expected ``update_ratio_high`` run reaches a quarter
mean of 0.175 (its output layer; 0.168 in its first), 4.7 times the healthy extreme, with single
steps up to 14.4, 20 times the healthy one; the expected ``update_ratio_low`` runs sit at 2.5e-10
to 1.4e-9 in quarter means, single steps up to 9.9e-9 (RMSprop at LR 1e-10 on the Friedman
regression), and 0 to 1.2e-10 (SGD with momentum at LR 1e-10 on the sewing-machine CSV), where the
healthy runs' smallest quarter mean is 1.5e-5 (an output layer at the end of a cosine schedule on
the Friedman regression). Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU
and ELU runner run; the expected ``dead_relu`` run holds 96.2% of the pitchfork CNN's dense units
and 93.3% after its second convolution once RMSprop at LR 1 blows it up. The saturated fraction per
layer is at most 0.0020 in the healthy tanh and sigmoid runs (the sigmoid MLP with Adagrad on the
Friedman regression); the expected ``saturated_activation`` run holds 0.937 and 0.885 in its two
layers throughout. The exploding run's gradient norms sit at 1.0e5-9.9e5 with its epoch loss at
5.28e5 from the first epoch and never NaN (the healthy runs' largest single norm 123: the first
layer of the tanh MLP with RMSprop on the Friedman regression); the vanishing run's first two
layers at 2.3e-18 to 5.4e-17 against up to 0.58 at the output, its first two layers' update ratio
at most 3.8e-10. The step-loss position in the epoch explains 59% of the within-epoch variance
over the second half in the sorted 69-feature set (the healthy runner runs at most 30%: the
sigmoid MLP with RMSprop on the sewing-machine CSV; on the 69-feature set at most 13%). The
standard deviation of the step loss's step-to-step change over the second half of a run is at most
0.80 times its mean in the kept healthy runner runs (the leaky-ReLU MLP with RMSprop on the
69-feature set) and at most 2.12 in the healthy scripts (Lightning's breast cancer). Healthy runs
reach a validation score close to what the data allow (accuracy 1.0 on the sewing-machine CSV,
where the run's ``baseline/val_accuracy`` is 1.0; 0.9596-0.9615 on the 69-feature set, where the
baseline is 0.9462; R2 0.7047-0.7206 on the Friedman regression, where the baseline is 0.6985; for
the scripts 0.9722 (Trainer's wine), 0.9667 (TensorBoard's, Keras', Lightning's and the loop's
iris), 0.9649 (TensorBoard's, Keras' and Lightning's breast cancer), 0.9561 (the loop's breast
cancer) and 0.9386 (Trainer's breast cancer)); their validation loss does not rise at the end
(every kept healthy run's is lowest at its last epoch or ends at most 0.16% above its minimum: the
sigmoid MLP with Adagrad on the Friedman regression, lowest at epoch 2 of 30 and flat after, R2
0.7081 against its best 0.7085; the tanh MLP with Adam on the Friedman regression ends 0.06% above
its minimum at epoch 22 and Lightning's breast cancer 0.05% above its minimum at epoch 24 of 25),
the training loss has flattened (the epoch loss falls at most 3.4% over the last epoch in the
runner runs, the tanh MLP with RMSprop on the sewing-machine CSV from 0.0015, and 3.7% in Keras'
breast cancer; Lightning's per-epoch losses, noisier, fall 5.7% in breast cancer (0.0332 to
0.0313) and 5.6% in iris (0.0689 to 0.0650, after 0.0675 the epoch before), both near their floor
with the validation loss within 0.05% of its minimum at the end), no training score ends ~1 with
the validation score 0.1 lower (the largest accuracy gap: 0.029, TensorBoard's, Keras' and
Lightning's breast cancer, training 0.9941; among the runner runs 0.023, the leaky-ReLU MLP with
RMSprop on the 69-feature set; the largest R2 gap: 0.094, the tanh MLP with AdamW on the Friedman
regression, training 0.8146), and they expect no finding of severity warning or worse.

Healthy candidates dropped (35 trained, 27 kept): on the 69-feature set the ELU, ReLU and
leaky-ReLU MLPs with Adagrad (their validation loss lowest at epoch 5, 5 and 8 of 15 and 3.6%,
2.2% and 0.91% above it at the end), the tanh MLP with Adam (accuracy 0.9423, below the baseline
0.9462) and the sigmoid MLP with Adam (0.9462, no better than the baseline); on the Friedman
regression the sigmoid MLPs with Adam and AdamW (their validation loss lowest at epoch 8 of 30 and
1.03% and 0.85% above it at the end); a 128x64 ReLU MLP with Adam on the quantiles (accuracy 0.4656
against training 0.8256). The last four candidates (the leaky-ReLU with Adagrad and the sigmoid
with Adam on the 69-feature set, the tanh MLP with AdamW on the Friedman regression and the
quantiles MLP) were added after the first drops and trained once. No healthy run on the pitchfork
images, on the quantiles, on the market CSV, on the sine or on digits is in the part: their faults
are read against the run's own numbers and its baseline (on the quantiles, where the baseline is
0.1333, also against the dropped candidate's 0.4656).

Labels read from the metrics: the market divergence climbs from 4.3e5 to 1.8e308 in five steps (the
run ends FAILED at the float's edge), so ``divergence`` is expected and ``nan_loss`` only allowed;
Adam at LR 40 on the quantiles blew up to an epoch loss of 1.4e6 and ended at 17.7 without a NaN
(first step 2.21), accuracy 0.1111 (1/9) with every test prediction in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at
0.1044 (1/9 is 0.111) with 92.1% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``exploding_gradients`` and ``not_training``; the
pitchfork CNN under RMSprop at LR 1 blows up to an epoch loss of 2.99e6 in its first epoch and then
sits at 1.578 and 1.581 (above its first step 1.389), accuracy 0.2633 and every test prediction in
one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``dead_relu``; the high update ratio run ends with its epoch loss at 97.8 (first step 1.41; 89 to
121 at every epoch), accuracy 0.9385 with at most 26.4% of the test predictions in one class, so
``divergence`` is expected beside ``update_ratio_high`` and its verdict is failed; RMSprop at LR
1e-10 on the Friedman regression ends at R2 -8.82 (the epoch loss 223.0 at every epoch); SGD with
momentum at LR 1e-10 on the sewing-machine CSV ends at 0.1133, far below the majority share (so
``at_chance`` only allowed) with 83% of the test predictions in one class
(``predictions_collapsed`` only allowed), and the saturated run (0.2615, the majority share 0.252,
the epoch loss 34.98 at every epoch) puts 89.6% of them in one class, just under the 90% that
expects ``predictions_collapsed``, so it is only allowed there; the vanishing run ends at 0.1111
with every test prediction in one class and its epoch loss at 2.199 from the second epoch (ln 9 is
2.197), so ``at_chance`` and ``predictions_collapsed`` are expected beside ``vanishing_gradients``
and ``not_training`` only allowed; the 1-unit ReLU net on the quantiles sits near ln 9 (2.301 to
2.198, the last epoch flat) with accuracy 0.1244 (1/9 is 0.111; the dropped 128x64 candidate
0.4656) and 54% of the test predictions in one class, so ``underfitting`` and ``at_chance`` are
expected; the slow start of the pitchfork CNN (the epoch loss 1.389, 1.385, 1.383, 1.381, 1.379,
1.376 and on to 1.346 at epoch 13, then 1.336, 1.322, 1.303 and down to 0.193, accuracy 0.9367, the
baseline 0.9133) still falls 9.3% over its last epoch (0.2127 to 0.193) with the validation loss
lowest at the end, so ``not_converged`` is expected beside ``slow_start``; the sorted 69-feature
set ends at 0.9558 (the first epochs at 0.3904 and 0.4654) with its epoch loss falling 49% over the
last epoch (0.2291 to 0.1174) and the validation loss lowest at the end, so ``not_converged`` is
expected beside ``unshuffled_data``; the square-error sewing-machine run's epoch loss falls 2.4%
over its last epoch (0.1619 to 0.158, 1.1-2.4% every epoch) with accuracy 0.8767, so
``not_converged`` and ``underfitting`` are only allowed beside ``loss_mismatch``; the batch-1
69-feature run's step loss swings 11.7 times its mean step to step over the second half (5.5 times
the healthy scripts' 2.12, 15 times the healthy runner runs' 0.80) while its validation loss,
lowest at epoch 2 (0.1741), ends 5.9% above it (0.1844, after 0.1881), so ``noisy_loss`` is
expected and ``overfitting`` only allowed (accuracy 0.9538, training 0.9981: no gap); the 75 rows
of the 69-feature set end at validation 0.8385 (training 1.0) with the validation loss lowest at
epoch 11 (0.414) and 0.4521 at the end, so ``overfitting`` and ``generalisation_gap`` are expected;
the 45-row Friedman regression (R2 -0.1223, training 1.0, the validation loss 6.2% above its
minimum at epoch 27) and Keras' 25 rows of digits (validation 0.624, training 1.0, the validation
loss lowest at epoch 20 (1.430) and 4.6% above it at the end) expect ``generalisation_gap`` alone.
Lightning's NaN on wine (the step loss 1.23 up to 1.7e37, then NaN from step 9 of 48) and Keras'
NaN on wine (every loss NaN) end at 0.3333, 0.056 below the validation split's majority share
(0.3889), and Trainer's NaN on breast cancer (the logged loss 1.3e4 up to 5.2e27, then NaN from its
fourth logged value) and TensorBoard's NaN on breast cancer (the step loss 0.72 up to the float's
edge, then NaN from step 9 of 105) at 0.3684, the minority share, so ``at_chance`` is only allowed
in all four, and ``divergence`` is expected for all but Keras (no finite loss shows the blow-up
there); Lightning's stuck breast cancer (SGD with momentum at LR 1e-10, the epoch loss 0.8248
throughout) scores 0.3421 and TensorBoard's stuck iris (Adagrad at LR 1e-10, the validation loss
1.127 throughout) 0.2, far below the majority share, so ``at_chance`` is only allowed; Trainer's
stuck digits (Adam at LR 1e-10, the evaluation loss 2.30 at every evaluation) ends at 0.0891
(1/10), so ``not_training`` and ``at_chance`` are expected; the loop's 1-unit digits end at 0.2674
with the validation loss falling 0.29% over the last epoch (``underfitting``); the loop's corrupt
record makes the loss Inf at step 22 (the loss from 0.59 down to 0.16-0.41 before it).

Faults changed: none was retrained; the first labels were written before the runs and then set
from the metrics as above: ``at_chance`` and ``predictions_collapsed`` expected in the quantiles
divergence and ``predictions_collapsed`` in the exploding and the vanishing run (written as
allowed), ``not_converged`` expected in the slow start and the sorted set (written as allowed),
``predictions_collapsed`` dropped from the 1-unit quantiles run's allowed codes (54% in one class)
and ``at_chance`` and ``predictions_collapsed`` from the sorted set's (0.9558, at most 26% in one
class), and ``dead_relu`` allowed in the sorted set and the square-error run (3% and 6% of a
layer's units dead).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 27)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 10)
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

# a pitchfork in a 5x5 cell (three tines on a cross-bar at the top of a handle), turned by 90
# degrees at a time for the other three directions
_PITCHFORK_UP = np.array([[1, 0, 1, 0, 1],
                          [1, 0, 1, 0, 1],
                          [1, 1, 1, 1, 1],
                          [0, 0, 1, 0, 0],
                          [0, 0, 1, 0, 0]], dtype=float)
_PITCHFORKS = turned(_PITCHFORK_UP)


def pitchforks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
               seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pitchfork glyph at a random place (4 classes: the pitchfork turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PITCHFORKS, n, size, noise, flip, seed)


def _sewing_machine_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A sewing machine's state (0 idle, 1 stitching, 2 winding the bobbin, 3 thread jammed)
    from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    motor_rpm = np.array([0.0, 800.0, 1400.0, 150.0])[cls] + rng.normal(0, 80.0, n)
    current_a = np.array([0.05, 0.9, 0.6, 1.6])[cls] + rng.normal(0, 0.1, n)
    needle_hz = np.array([0.0, 13.0, 0.0, 2.0])[cls] + rng.normal(0, 1.2, n)
    tension_g = np.array([60.0, 110.0, 40.0, 240.0])[cls] + rng.normal(0, 15.0, n)
    bobbin_rpm = np.array([0.0, 300.0, 2200.0, 30.0])[cls] + rng.normal(0, 90.0, n)
    room_c = rng.uniform(15.0, 30.0, n)
    hours_used = rng.uniform(0.0, 3000.0, n)
    return (["motor_rpm", "current_a", "needle_hz", "thread_tension_g", "bobbin_rpm", "room_c",
             "hours_used", "state"],
            np.column_stack([motor_rpm, current_a, needle_hz, tension_g, bobbin_rpm, room_c,
                             hours_used, cls]))


def _farmers_market_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A farmers' market's shoppers a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    rain_mm = rng.uniform(0, 25, n)
    temp_c = rng.uniform(-3, 32, n)
    stalls = rng.integers(15, 60, n).astype(float)
    festival = rng.integers(0, 2, n).astype(float)
    harvest = rng.integers(0, 2, n).astype(float)
    shoppers = (350 - 6.0 * rain_mm + 4.0 * temp_c + 5.0 * stalls + 140.0 * festival
                + 70.0 * harvest + 90.0 * (weekday >= 5) + rng.normal(0, 25.0, n))
    return (["weekday", "rain_mm", "temp_c", "stalls", "festival_day", "harvest_season",
             "shoppers"],
            np.column_stack([weekday, rain_mm, temp_c, stalls, festival, harvest, shoppers]))


def _sewing(**sections: Any) -> Any:
    return _csv("sewing_machine_state", _sewing_machine_csv, "state", "classification", 691,
                **sections)


def _market(**sections: Any) -> Any:
    return _csv("farmers_market_daily_shoppers", _farmers_market_csv, "shoppers", "regression",
                692, **sections)


HERE = "benchmarks.diagnosis_bank.heldout69"
PF4 = _factory(f"{HERE}:pitchforks")
GQ921 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4500, n_features=21,
                 n_classes=9, random_state=693)
CL69 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=69,
                n_informative=24, n_redundant=9, n_classes=4, class_sep=2.2, random_state=694)
FR61 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=61, noise=0.7,
                random_state=695)
FCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 15}], "hidden": [26]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h69_divergence_market_sgd_elu", "the farmers' market daily-shoppers CSV (targets "
         "unscaled, in the hundreds), 27-unit ELU MLP, plain SGD at LR 0.05, batch 21",
         _market(model={"hidden": [27], "activation": "elu"},
                 optim={"name": "sgd", "lr": 0.05},
                 train={"epochs": 3, "batch_size": 21}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h69_divergence_gq921_adam_lr40_relu", "90x45 ReLU MLP on the 9-class quantiles in "
         "21 dimensions, Adam at LR 40, batch 27",
         {"data": GQ921, "model": {"hidden": [90, 45]},
          "optim": {"name": "adam", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 1.4e6 at the first epoch and 17.7 at the "
                               "last (first step 2.21), never NaN; every unit of the second "
                               "layer dead at the end"),
         verdict="failed"),
    Case("h69_exploding_gq921_10x22_relu_std1_adagrad", "10x22 ReLU MLP with N(0, 1) init on "
         "the 9-class quantiles, Adagrad at LR 1e-12, batch 29",
         {"data": GQ921, "model": {"hidden": [22] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 5.28e5 at every epoch), far "
                      "above ln 9 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 13.6% of a layer's "
                      "units dead"),
         verdict="failed"),
    Case("h69_dead_relu_pitchfork_cnn_rmsprop_lr1", "the pitchfork CNN (9, 15 channels, 26 "
         "hidden), RMSprop at LR 1, batch 21",
         {"data": PF4, "model": FCNN, "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 2.99e6 in the first epoch, then 1.578 and "
                               "1.581 (first step 1.389, near ln 4); 96.2% of the dense units "
                               "and 93.3% of the second conv layer's dead at the end"),
         verdict="failed"),
    Case("h69_update_ratio_high_cl69_adam_lr1", "Adam at LR 1 on the 69-feature set, 52 "
         "leaky-ReLU units, batch 31, 10 epochs",
         {"data": CL69, "model": {"hidden": [52], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1.0}, "train": {"epochs": 10, "batch_size": 31}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training", "at_chance"),
         why_allowed=("the big steps throw the loss about: the epoch loss 89.1 at the first "
                      "epoch and 97.8 at the last (first step 1.41), the validation loss "
                      "133 to 702; accuracy 0.9385 (training 0.9827, the healthy runs "
                      "0.9596-0.9615)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h69_rmsprop_lr1e10_fr61", "the 61-feature Friedman regression, 44x22 tanh MLP, "
         "RMSprop at LR 1e-10, batch 25, 4 epochs",
         {"data": FR61, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.82, far below the baseline (0.6985) and the healthy runs",
         verdict=TP),
    Case("h69_momentum_lr1e10_sewing", "the sewing-machine CSV, 36x18 ELU MLP, SGD with "
         "momentum 0.9 at LR 1e-10, batch 23, 4 epochs",
         _sewing(model={"hidden": [36, 18], "activation": "elu"},
                 optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9},
                 train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed",
                "at_chance"),
         why_allowed=("the untrained net scores 0.1133 (training 0.1111), far below the "
                      "majority share (0.273), with 83% of the test predictions in one class"),
         verdict=TP),
    Case("h69_vanishing_sigmoid_gq921_20x16_adagrad", "20x16 sigmoid MLP on the 9-class "
         "quantiles, Adagrad at LR 0.01, batch 27, 4 epochs",
         {"data": GQ921, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move, a side effect of the vanishing "
                      "gradients; the epoch loss stays at 2.203-2.199 (ln 9 is 2.197)"),
         verdict=TP),
    Case("h69_saturated_sigmoid_cl69_std6_adamw", "2x48 sigmoid MLP with N(0, 6) init on the "
         "69-feature set, AdamW at LR 1e-9, batch 33",
         {"data": CL69, "model": {"hidden": [48, 48], "activation": "sigmoid",
                                  "init": "normal", "init_std": 6.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss "
                      "34.98 at every epoch, first step 29.0); 89.6% of the test predictions "
                      "in one class"),
         verdict=TP),
    Case("h69_slow_start_pitchfork_cnn_sgd", "the pitchfork CNN, plain SGD at LR 0.015, batch "
         "21, 40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": PF4, "model": FCNN, "optim": {"name": "sgd", "lr": 0.015},
          "train": {"epochs": 40, "batch_size": 21}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu"),
         why_allowed=("no healthy pitchfork run is in the part (accuracy 0.9367, the "
                      "baseline 0.9133); up to 11.5% of the dense units dead"),
         verdict=TP),
    Case("h69_unshuffled_cl69_momentum_leaky", "the 69-feature set sorted by label, never "
         "shuffled, 66x33 leaky-ReLU MLP, SGD with momentum 0.9 at LR 0.01, batch 37, 8 epochs",
         {"data": {**CL69, "order": "by_label", "shuffle": False},
          "model": {"hidden": [66, 33], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "dead_relu"),
         why_allowed=(SORTED + "; the first epochs far below it (validation 0.3904, "
                               "0.4654); 3% of the second layer's units dead"),
         verdict=TP),
    Case("h69_mse_softmax_sewing_adam", "the sewing-machine CSV trained with square error on "
         "the softmax, Adam at LR 1e-4, 32x16 ReLU MLP, batch 29, 10 epochs",
         _sewing(model={"hidden": [32, 16]},
                 optim={"name": "adam", "lr": 1e-4},
                 train={"loss": "mse", "epochs": 10, "batch_size": 29}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged",
                "dead_relu"),
         why_allowed=("the tiny loss has its own scale and falls slowly (0.1835 to 0.158, "
                      "2.4% over the last epoch); accuracy 0.8767 where the healthy runs "
                      "reach 1.0; the first epochs near chance (0.42, 0.4467); 6% of the "
                      "second layer's units dead"),
         verdict=TP),
    Case("h69_noisy_cl69_b1_adagrad", "the 69-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.1, 30-unit ReLU MLP, 4 epochs",
         {"data": CL69, "model": {"hidden": [30]}, "optim": {"name": "adagrad", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_converged",
                "underfitting", "divergence", "unshuffled_data", "generalisation_gap",
                "overfitting"),
         why_allowed=("single rows with big steps throw the loss about (single update "
                      "ratios up to 1.04); the validation loss, lowest at epoch 2 (0.1741), "
                      "ends 5.9% above it while the training loss falls to 0.0244 (36% over "
                      "the last epoch); accuracy 0.9538 (training 0.9981, the baseline "
                      "0.9462)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h69_overfit_cl69_subset75_adamw", "75 rows of the 69-feature set, MLP of 300 and "
         "150 units, AdamW at LR 1e-3, 80 epochs, batch 8",
         {"data": {**CL69, "subset": 75}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8385 (the healthy runs "
                      "0.9596-0.9615); 3.3% of the second layer's units dead"),
         verdict=GP),
    Case("h69_gap_fr61_subset45_momentum", "45 rows of the 61-feature Friedman regression, "
         "MLP of 200 and 100 units, SGD with momentum 0.9 at LR 2e-3, 150 epochs, batch 9",
         {"data": {**FR61, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "sgd", "lr": 2e-3, "momentum": 0.9},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 -0.1223, training 1.0, the run's baseline "
                      "0.001); with the training loss near 0 (5e-4) the gradients and updates "
                      "die away and the step loss swings about its tiny mean; up to 26% of "
                      "the second layer's units dead; the validation loss ends 6.2% above "
                      "its minimum at epoch 27"),
         verdict=GP),
    Case("h69_underfit_gq921_one_relu_unit_momentum", "the 9-class quantiles through 1 ReLU "
         "unit, SGD with momentum 0.9 at LR 0.01, batch 31, 15 epochs",
         {"data": GQ921, "model": {"hidden": [1]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "dead_relu", "not_training"),
         why_allowed=("one unit cannot part nine shells: the epoch loss sits near ln 9 "
                      "(2.301 to 2.198, 4.5% below its first epoch; the last epoch flat)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h69_lightning_wine_sgd_lr500_nan", "Lightning: wine, plain SGD at LR 500, 21 units, "
         "batch 9, 4 epochs",
         script=lightning_run(_s("wine", hidden=(21,), optim="sgd", lr=500.0,
                                 epochs=4, batch_size=9)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.23 up to 1.7e37, then NaN; accuracy "
                               "0.3333, 0.056 below the validation split's majority share"),
         verdict="failed"),
    Case("h69_lightning_cancer_momentum_lr1e10_stuck", "Lightning: breast cancer, SGD with "
         "momentum 0.9 at LR 1e-10, 19 units, batch 12, 5 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(19,), optim="sgd", lr=1e-10,
                                 epochs=5, batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the epoch loss stays at 0.8248; the untrained net scores 0.3421, far "
                      "below the validation split's majority share"),
         verdict=TP),
    Case("h69_hf_trainer_cancer_sgd_lr500_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 500 (decaying linearly), 23 units, batch 12, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(23,), optim="sgd", lr=500.0,
                                  epochs=3, batch_size=12), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3684, the minority share, far below the "
                               "majority share"),
         verdict="failed"),
    Case("h69_hf_trainer_digits_adam_lr1e10_stuck", "Hugging Face Trainer names: digits, Adam "
         "at LR 1e-10 (decaying linearly), 25 units, batch 14, 4 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(25,), optim="adam", lr=1e-10,
                                  epochs=4, batch_size=14), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed="the evaluation loss stays at 2.30 (accuracy 0.0891)", verdict=TP),
    Case("h69_keras_wine_momentum_lr500_nan", "Keras names: wine, SGD with momentum 0.9 at LR "
         "500, 22 units, batch 11, 3 epochs",
         script=keras_run(_s("wine", hidden=(22,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=11, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3333, 0.056 below the validation split's "
                               "majority share"),
         verdict="failed"),
    Case("h69_keras_digits_subset25_momentum_gap", "Keras names: 25 rows of digits, 160 units, "
         "SGD with momentum 0.9 at LR 0.01, 90 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(160,), optim="sgd", lr=0.01, epochs=90,
                             batch_size=5, subset=25, optim_args={"momentum": 0.9})),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("25 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 20 (1.430) and ends 4.6% above it"),
         verdict=GP),
    Case("h69_tensorboard_cancer_sgd_lr300_nan", "TensorBoard tags: breast cancer, plain SGD "
         "at LR 300, 20 units, batch 10, 3 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=300.0,
                                   epochs=3, batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.72 up to the float's edge, then NaN; "
                               "accuracy 0.3684, the minority share, far below the "
                               "majority share"),
         verdict="failed"),
    Case("h69_tensorboard_iris_adagrad_lr1e10_stuck", "TensorBoard tags: iris, Adagrad at LR "
         "1e-10, 17 units, batch 8, 5 epochs",
         script=tensorboard_run(_s("iris", hidden=(17,), optim="adagrad", lr=1e-10,
                                   epochs=5, batch_size=8)),
         tool="tensorboard", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss stays at 1.127 at every epoch; the untrained net "
                      "scores 0.2, far below 1/3"),
         verdict=TP),
    Case("h69_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with "
         "noise 0.2, AdamW at LR 3e-3, 26 units, batch 14, a corrupt record (x = 1e30) at "
         "step 22 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(26,), optim="adamw", lr=3e-3, epochs=3,
                             batch_size=14, n=900, noise=0.2), corrupt_step=22),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=22),
    Case("h69_plain_digits_one_unit_rmsprop", "hand-written loop: digits through 1 ReLU "
         "unit, RMSprop at LR 3e-3, batch 21, 20 epochs",
         script=plain_run(_s("digits", hidden=(1,), optim="rmsprop", lr=3e-3, epochs=20,
                             batch_size=21)),
         tool="pytorch", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu", "overfitting",
                "at_chance"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2674; the "
                      "validation loss still falls 0.29% over the last epoch"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy69_sewing_relu_adam_b22",
       _sewing(model={"hidden": [38]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy69_sewing_tanh_rmsprop_b18",
       _sewing(model={"hidden": [42], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy69_sewing_elu_adagrad_b24",
       _sewing(model={"hidden": [40], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy69_sewing_leaky_adamw_b28",
       _sewing(model={"hidden": [44], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 28})),
    _h("healthy69_sewing_sigmoid_adam_b20",
       _sewing(model={"hidden": [46], "activation": "sigmoid"},
               optim={"lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy69_sewing_tanh_adamw_b16",
       _sewing(model={"hidden": [36], "activation": "tanh"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 16})),
    _h("healthy69_sewing_relu_rmsprop_b30",
       _sewing(model={"hidden": [42]},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 30})),
    _h("healthy69_sewing_elu_adam_b26",
       _sewing(model={"hidden": [48], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy69_sewing_leaky_adagrad_b20",
       _sewing(model={"hidden": [40], "activation": "leaky_relu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy69_sewing_sigmoid_rmsprop_b24",
       _sewing(model={"hidden": [50], "activation": "sigmoid"},
               optim={"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy69_fr61_tanh_adam_b24",
       {"data": FR61, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy69_fr61_tanh_rmsprop_b26",
       {"data": FR61, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy69_fr61_sigmoid_adagrad_b28",
       {"data": FR61, "model": {"hidden": [54], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy69_fr61_tanh_adagrad_b32",
       {"data": FR61, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy69_cl69_relu_rmsprop_b30",
       {"data": CL69, "model": {"hidden": [64]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy69_cl69_leaky_rmsprop_b28",
       {"data": CL69, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy69_fr61_tanh_adamw_b22",
       {"data": FR61, "model": {"hidden": [48], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _hs("healthy69_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(33,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy69_hf_trainer_cancer_adam",
        hf_trainer_run(_s("breast_cancer", hidden=(31,), optim="adam", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy69_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(35,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy69_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(37,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy69_keras_iris_adamw",
        keras_run(_s("iris", hidden=(39,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy69_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(41,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy69_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(47,), optim="adam", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy69_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(49,), optim="adamw", lr=5e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy69_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(43,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy69_plain_iris_adamw",
        plain_run(_s("iris", hidden=(45,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
