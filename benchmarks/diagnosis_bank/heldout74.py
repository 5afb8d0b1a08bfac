"""The seventy-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout75`, after :mod:`.heldout72`'s and :mod:`.heldout73`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout73` in its combination of data set (new here: a 10x10 image set of a key (a ring bow
with a toothed shaft in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images
with noise 0.3 and 2% random labels; 12-class Gaussian quantiles in 3 dimensions (4200 samples); a
74-feature 3-class set (2600 samples, 27 informative, 8 redundant, class separation 2.3); a
66-feature Friedman-1 regression (2000 samples, noise 0.8); a popcorn machine's state CSV (off,
preheating, popping, keeping warm: 4 classes from 7 readings) and a ferris wheel's daily riders
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: iris,
wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several widths, depths and
activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop,
Adagrad, plain SGD, SGD with momentum, SGD with Nesterov momentum), batch size, learning rate,
schedule (cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). The fault cases pair a mechanism with another optimiser, model, data set or tool
than :mod:`.heldout70` to :mod:`.heldout73` did: divergence under plain SGD in a leaky-ReLU net on
the unscaled ferris-wheel riders, divergence under Adam at LR 30 in a ReLU net on the 12-class
quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init under SGD with Nesterov
momentum on the 74-feature set, units killed by Adam at LR 2 in the key CNN, a high update ratio
from Adam at LR 4 in a leaky-ReLU net on the popcorn CSV, a tiny learning rate under AdamW on the
Friedman regression and under plain SGD on the popcorn CSV, vanishing gradients under Adagrad in a
20-layer sigmoid net on the popcorn CSV, saturation under SGD with momentum in a tanh net with N(0,
5) init on the 74-feature set, a slow start of the key CNN under plain SGD (the optimiser of the
slow starts of :mod:`.heldout66` to :mod:`.heldout69`, none of :mod:`.heldout70` to
:mod:`.heldout73`, which used SGD with momentum or Nesterov momentum), the unshuffled 74-feature set
under Adam in a leaky-ReLU net, square error with Adagrad on the popcorn CSV, the 74-feature set one
row at a time under SGD with momentum (a noisy loss), an overfit 75-row 74-feature set under Adagrad
and a 45-row Friedman regression under RMSprop, an underfit 1-unit ELU net under AdamW on the
quantiles, Lightning's NaN on digits under SGD with Nesterov momentum and its stuck breast cancer
under Adam, Trainer's NaN on wine under SGD with Nesterov momentum and its 1-unit digits under
AdamW, Keras' NaN on breast cancer under plain SGD and its stuck iris under SGD with momentum,
TensorBoard's NaN on iris under SGD with momentum and its 40 rows of digits under AdamW, the
hand-written loop's corrupt record on the sine under RMSprop and its stuck wine under Adam. The
sibling :mod:`.heldout75` was not looked at. The cases are spread over the tools (sixteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and
the fault classes (four runner runs broken (two divergences, one at the float's edge and one that
never turns NaN, exploding gradients, dead units that end a blow-up) and five scripts (Lightning's,
Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training``
expected in four runner runs and three scripts; ``predictions_collapsed`` in five runner runs;
``at_chance`` in seven runner runs and two scripts; one overfit runner run with a generalisation
gap, one runner regression and one script with a gap alone; three runner regressions among the
faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in one and ``slow_start`` in
one; ``underfitting`` in one runner run and one script), and the healthy runner runs over three data
sets (the popcorn CSV, the Friedman regression and the 74-feature set), and the healthy scripts on
breast cancer and wine (Lightning), wine and iris (Trainer), breast cancer, wine and iris
(TensorBoard, Keras and the hand-written loop).

The data: the quantiles' class/dimension pair (12 classes in 3 dimensions) and the feature counts (a
74-feature classification set, a 66-feature Friedman regression) were checked against the bank and
are new. The three themes are not: :mod:`.heldout30` drew another key (its bow a ring under the
shaft, one tooth at the tip) in 11x11 images with noise 0.45 and 4% random labels, :mod:`.heldout43`
a popcorn machine's kettle state (heating, popping, dumping, standby) and :mod:`.heldout33` a ferris
wheel's hourly riders. The glyph here is drawn anew (a ring bow beside the shaft, its bit hanging
below the tip) and the two CSV files are new files under their own names, with other states,
readings and targets (the popcorn machine off, preheating, popping or keeping warm from its kettle
temperature, heater power, pops a second, stirrer speed, warmer lamp power, kernels and room
temperature; the wheel's riders a day from the weekday, temperature, wind, rain, a fair in town and
fireworks).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the epoch
explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms
and update ratios, dead-unit and saturation fractions, and for the runner cases the test confusion
matrix in ``confusion_matrix.json``), never from its findings: the runner cases were trained with
``diagnose.enabled`` false and the scripts only logged, so no diagnosis was made. The runs were read
at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every case's own (no
case sets one); no other seed was checked. Every run was trained once with its final setting (two
fault settings were changed after their first run and the new setting trained once: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62` and :mod:`.heldout67`):
the state a run ends in is *expected* where its metrics show it, the mechanisms on the way are
*allowed* with their reason (``why_allowed``). ``at_chance`` is expected when the final validation
accuracy is within 0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above
it, and when it is far below it); ``predictions_collapsed`` when at least 90% of the test
predictions fall in one class (allowed from 60%), read from the run's confusion matrix. Runs logged
by other tools have no confusion matrix, so there ``predictions_collapsed`` is never expected.
``overfitting`` is expected when the validation loss clearly rises after its minimum while the
training loss falls; ``generalisation_gap`` when the training score ends ~1 and the validation score
at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes
or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when
the step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls
at the end (it counts at severity info); ``underfitting`` when both scores are clearly below what a
healthy run of this part on the same data reaches (or the run's baseline, where no healthy run is in
the part) and the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to
step than any healthy run's; ``not_training`` is expected or allowed wherever the training loss
falls by less than 5% over the run. A fault that came out weak was made stronger (below) or
relabelled from its metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.0833 on the quantiles, 0.3346
on the 74-feature set, 0.2633 on the key images and 0.26 on the popcorn CSV (read from the test
confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889 (wine),
0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0232 (the output
layer of the sigmoid MLP with RMSprop on the popcorn CSV, and the first layer of the tanh MLP with
RMSprop on the Friedman regression), single steps at most 0.385 (the output layer of the leaky-ReLU
MLP with Adagrad on the popcorn CSV); the expected ``update_ratio_high`` run reaches a quarter mean
of 0.590 (its output layer; 0.279 in its first), 25 times the healthy extreme, with single steps up
to 45 (19 in its first layer), 117 times the healthy one; the expected ``update_ratio_low`` runs sit
at 4.3e-11 to 1.4e-10 in quarter means, single steps up to 2.2e-10 (AdamW at LR 1e-10 on the
Friedman regression), and at 0 in every step (plain SGD at LR 1e-10 on the popcorn CSV, its steps
below float precision), where the healthy runs' smallest quarter mean is 2.9e-5 (the output layer of
the ReLU MLP with Adagrad on the popcorn CSV at the end of its cosine schedule). Dead-unit fraction
0 at any time in every kept healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu``
run holds every dense unit of the key CNN and 71% of its units after the second convolution once
Adam at LR 2 blows it up. The saturated fraction per layer is at most 0.0060 in the kept healthy
tanh and sigmoid runs (the tanh MLP with Adam on the popcorn CSV); the expected
``saturated_activation`` run holds 0.958 and 0.946 in its two layers throughout. The exploding run's
gradient norms sit at 1.25e5-9.4e5 with its epoch loss at 6.18e5 from the first epoch and never NaN
(the healthy runs' largest single norm 148: the first layer of the tanh MLP with RMSprop on the
Friedman regression); the vanishing run's first layer at 7.3e-18 to 4.3e-17 against up to 0.51 at
the output, its first three layers' update ratio at most 4.4e-9 in quarter means. The step-loss
position in the epoch explains 85% of the within-epoch variance over the second half in the sorted
74-feature set (the healthy runner runs at most 29%: the tanh MLP with Adagrad on the popcorn CSV;
14% on the 74-feature set). The standard deviation of the step loss's step-to-step change over the
second half of a run is at most 1.52 times its mean in the kept healthy runner runs (the leaky-ReLU
MLP with RMSprop on the 74-feature set) and at most 2.14 in the healthy scripts (Lightning's breast
cancer). Healthy runs reach a validation score close to what the data allow (accuracy 1.0 on the
popcorn CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.9654-0.9731 on the 74-feature set,
where the baseline is 0.9731; R2 0.7378-0.7491 on the Friedman regression, where the baseline is
0.7366; for the scripts 1.0 (Trainer's, TensorBoard's, Keras', Lightning's and the loop's wine),
0.9667 (Trainer's, TensorBoard's, Keras' and the loop's iris), 0.9649 (Lightning's and the loop's
breast cancer) and 0.9561 (TensorBoard's and Keras' breast cancer)); their validation loss does not
rise at the end (every kept healthy run's is lowest at its last epoch or ends at most 0.25% above
its minimum: the leaky-ReLU MLP with RMSprop on the 74-feature set, lowest at epoch 9 of 15 and
0.248% above it; Lightning's breast cancer, lowest at epoch 24 of 25 and 0.22% above it, and
Lightning's wine, lowest at epoch 39 of 40 and 0.14% above it; the others 0.01% or less), the
training loss has flattened (the epoch loss falls at most 2.7% over the last epoch in the runner
runs, the ReLU MLP with RMSprop on the popcorn CSV from 0.0174, 1.2% on the 74-feature set and 0.09%
on the Friedman regression; Lightning's breast cancer falls 6.5% and Keras' wine 5.0% (to 0.029 and
0.0031, near their floor, the validation loss lowest at or next to the end)), no training score ends
~1 with the validation score 0.1 lower (the largest accuracy gap: 0.038, TensorBoard's and Keras'
breast cancer, training 0.9941; among the runner runs 0.025, the ReLU MLP with RMSprop at batch 28
on the 74-feature set; the largest R2 gap: 0.020, the tanh MLP with RMSprop on the Friedman
regression), and they expect no finding of severity warning or worse.

Healthy candidates dropped (36 trained, 30 kept): on the Friedman regression the tanh MLPs with Adam
and AdamW (their validation loss lowest at epoch 19 of 30 and 0.50% and 0.55% above it at the end);
Trainer's breast cancer (accuracy 0.9386, 0.0175 and more below every other healthy breast cancer
run); and, to keep the part's size, three near-repeats of kept settings that passed (the ELU MLP
with Adam and the tanh MLP with AdamW on the popcorn CSV, the ReLU MLP with RMSprop at batch 30 on
the 74-feature set; the figures above leave them out). No candidate was added after the first runs.
No healthy run on the key images, on the quantiles, on the ferris-wheel CSV, on the sine or on
digits is in the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the ferris-wheel divergence's step loss climbs from 7.1e5 to 2.3e6 and
1.9e14 in three steps and reaches the float's edge at the fourth (the run ends FAILED), so
``divergence`` is expected and ``nan_loss`` only allowed; Adam at LR 30 on the quantiles blew up to
an epoch loss of 5.5e5 and ended at 15.4 without a NaN (first step 2.48), accuracy 0.0833 (1/12)
with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected; the exploding run ends at 0.3327 (the majority share 0.3346)
with 91.9% of the test predictions in one class and its epoch loss flat (6.19e5 to 6.18e5), so
``not_training``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``exploding_gradients``; the key CNN under Adam at LR 2 blows up to an epoch loss of 6710 in its
first epoch (the step loss up to 1.1e5) and then sits at 1.514 and 1.528, above its first step
1.395, accuracy 0.2567 with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run throws its
first epoch about (the step loss up to 246 from 1.69, the epoch loss 23.2), then its loss is 0 with
accuracy 1.0, so ``update_ratio_high`` is expected alone (``divergence`` allowed) and, as in
:mod:`.heldout73`, the verdict is a training problem; AdamW at LR 1e-10 on the Friedman regression
ends at R2 -7.61 (the epoch loss 226.2 at every epoch); plain SGD at LR 1e-10 on the popcorn CSV
ends at 0.26 (the majority share) with every test prediction in one class, so ``at_chance`` and
``predictions_collapsed`` are expected; the vanishing run ends at 0.26 with every test prediction in
one class and its epoch loss at 1.393 to 1.387 (ln 4 is 1.386), so ``at_chance`` and
``predictions_collapsed`` are expected beside ``vanishing_gradients`` and ``not_training`` only
allowed (its first step 1.42); the saturated run ends at 0.3731, 0.039 above the majority share (the
epoch loss 23.19 at every epoch, 36.9% of the test predictions in one class), so ``at_chance`` is
expected beside ``saturated_activation`` and ``not_training``; the slow start of the key CNN under
plain SGD at LR 0.01 lingers near ln 4 (the epoch loss 1.387, 1.383, 1.381 and on to 1.363 at epoch
11, 1.7% below its first epoch), then falls faster and down to 0.7311 (accuracy 0.5467, the baseline
0.78), 1.1% over its last epoch with the validation loss lowest at the end, so ``slow_start`` is
expected and ``not_converged`` and ``underfitting`` allowed; the sorted 74-feature set ends at
0.9635 (training 0.9808) with its epoch loss falling 28.9% over the last epoch (0.2969 to 0.2111)
and the validation loss lowest at the end, so ``not_converged`` is expected beside
``unshuffled_data``; the square-error popcorn run's epoch loss falls 1.9% over its last epoch
(0.1527 to 0.1498, 1.9-2.8% every epoch) with accuracy 0.6133, so ``not_converged`` and
``underfitting`` are only allowed beside ``loss_mismatch``; the batch-1 74-feature run's step loss
swings 9.6 times its mean step to step over the second half (6.3 times the healthy runner runs'
1.52, 4.5 times the healthy scripts' 2.14) while its validation loss, lowest at epoch 2 (0.144),
ends 8.6% above it (0.1565) as the epoch loss falls from 0.0557 to 0.0400, so ``noisy_loss`` is
expected and ``overfitting`` and ``not_converged`` allowed (accuracy 0.9654, training 0.9955: no
gap); the 75 rows of the 74-feature set end at validation 0.8827 (training 1.0) with the validation
loss lowest at epoch 4 (0.3119) and rising every epoch to 0.3634 at the end, so ``overfitting`` and
``generalisation_gap`` are expected; the 45-row Friedman regression ends at R2 0.0016 (training 1.0,
the run's baseline 0.0637) with its validation loss flat at 25.07 for a hundred epochs and 4.6%
above its minimum (24.18, at epoch 141 of 150, amid the spikes RMSprop throws into the near-zero
training loss) at the end, so ``generalisation_gap`` is expected alone; the 1-unit ELU net on the
quantiles sits at ln 12 (the epoch loss 2.571 to 2.485, 3.3% below its first epoch and flat at the
end) with accuracy 0.0917 (1/12 is 0.0833) where the run's baseline reaches 0.5012, so
``underfitting`` and ``at_chance`` are expected and ``not_training`` allowed. Lightning's NaN on
digits (the step loss 2.25 up to 2.3e37, then NaN from step 8) ends at 0.1003 and TensorBoard's NaN
on iris (1.11 up to 1.3e36, then NaN from step 10) at 0.3333, so ``at_chance`` is expected in both;
Trainer's NaN on wine (the logged loss 3.7e4 up to 5.3e26, then NaN from step 8) ends at 0.3333,
0.056 below the majority share, and Keras' NaN on breast cancer (every loss NaN) at 0.3684, the
minority share, so ``at_chance`` is only allowed there; ``divergence`` is expected for all but Keras
(no finite loss shows the blow-up there). Lightning's stuck breast cancer (Adam at LR 1e-10, the
epoch loss 0.7149 throughout) scores 0.4737, Keras' stuck iris (SGD with momentum at LR 1e-10, the
loss 1.256 throughout) 0.1 and the loop's stuck wine (Adam at LR 1e-10, the validation loss 1.205
throughout) 0.2222, each far below the better of 1/K and the majority share, so ``not_training`` is
expected and ``at_chance`` only allowed; Trainer's 1-unit digits end at 0.2284 with the evaluation
loss flat (1.96, 0.02% below the evaluation before) (``underfitting``; ``at_chance`` not allowed,
0.13 above 1/10); TensorBoard's 40 rows of digits end at 0.7103 against training 1.0, the validation
loss lowest at epoch 55 (0.943) and 1.3% above it at the end; the loop's corrupt record makes the
loss Inf at step 23 (the loss from 0.96 down to 0.12-0.42 before it).

Faults changed: the high update ratio run's first setting (Adam at LR 1 for 10 epochs) reached a
quarter mean of only 0.146 (6.3 times the healthy extreme 0.0232) and single steps of 11.3, so it
was made stronger (Adam at LR 4 for 8 epochs) and trained once (the numbers above are from that
run); the square-error run's first setting (Adagrad at LR 3e-3) reached accuracy 1.0 (training 1.0),
no training problem to show, so it was made stronger (LR 1e-3) and trained once; a second slow-start
candidate (plain SGD at LR 0.02) was trained beside the kept one and dropped (its epoch loss
lingered for eight epochs only, 1.386 to 1.348, before it fell); no other fault was retrained; the
first labels were written before the runs and then set from the metrics as above: ``at_chance``
added to the expected codes of the saturated run (written as allowed), ``predictions_collapsed``
added to those of the exploding and the stuck popcorn runs (written as allowed), ``not_converged``
to the sorted set's (written as allowed), ``dead_relu`` added to the allowed codes of the 1-unit
quantiles run (its unit's output at times never above zero); ``dead_relu`` dropped from the allowed
codes of the noisy run (0 dead), and ``update_ratio_high`` and ``exploding_gradients`` from them too
(its update ratios at most 0.011 and its gradient norms at most 22, inside the healthy range).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 30)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
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

# a key pointing right in a 5x5 cell (a ring bow at its left, a shaft to the right with its
# toothed bit hanging below the tip), turned by 90 degrees at a time for the other three
# directions
_KEY_RIGHT = np.array([[0, 0, 0, 0, 0],
                       [1, 1, 1, 0, 0],
                       [1, 0, 1, 1, 1],
                       [1, 1, 1, 0, 1],
                       [0, 0, 0, 1, 1]], dtype=float)
_KEYS = turned(_KEY_RIGHT)


def keys(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 key glyph at a random place (4 classes: the key turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_KEYS, n, size, noise, flip, seed)


def _popcorn_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A popcorn machine's state (0 off, 1 preheating, 2 popping, 3 keeping warm) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    kettle_c = np.array([24.0, 140.0, 215.0, 60.0])[cls] + rng.normal(0, 9.0, n)
    heater_w = np.array([0.0, 1100.0, 800.0, 40.0])[cls] + rng.normal(0, 70.0, n)
    pops_s = np.array([0.0, 0.5, 38.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    stirrer_rpm = np.array([0.0, 18.0, 32.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    lamp_w = np.array([0.0, 0.0, 25.0, 75.0])[cls] + rng.normal(0, 6.0, n)
    kernels_g = rng.uniform(50.0, 300.0, n)
    room_c = rng.uniform(14.0, 33.0, n)
    return (["kettle_c", "heater_w", "pops_per_s", "stirrer_rpm", "warmer_lamp_w",
             "kernels_g", "room_c", "state"],
            np.column_stack([kettle_c, heater_w, pops_s, stirrer_rpm, lamp_w, kernels_g,
                             room_c, cls]))


def _ferris_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A ferris wheel's riders a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-4, 34, n)
    wind_kmh = rng.uniform(0, 45, n)
    rain_mm = rng.uniform(0, 20, n)
    fair = rng.integers(0, 2, n).astype(float)
    fireworks = rng.integers(0, 2, n).astype(float)
    riders = (520 + 9.0 * temp_c - 4.0 * wind_kmh - 8.0 * rain_mm + 260.0 * fair
              + 140.0 * fireworks + 180.0 * (weekday >= 5) + rng.normal(0, 30.0, n))
    return (["weekday", "temp_c", "wind_kmh", "rain_mm", "fair_in_town", "fireworks",
             "riders"],
            np.column_stack([weekday, temp_c, wind_kmh, rain_mm, fair, fireworks, riders]))


def _popcorn(**sections: Any) -> Any:
    return _csv("popcorn_machine_state", _popcorn_csv, "state", "classification", 741,
                **sections)


def _ferris(**sections: Any) -> Any:
    return _csv("ferris_wheel_daily_riders", _ferris_csv, "riders", "regression", 742,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout74"
KY4 = _factory(f"{HERE}:keys")
GQ123 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=3,
                 n_classes=12, random_state=743)
CL74 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=74,
                n_informative=27, n_redundant=8, n_classes=3, class_sep=2.3, random_state=744)
FR66 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=66, noise=0.8,
                random_state=745)
KCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 14}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h74_divergence_ferris_sgd_leaky", "the ferris wheel daily-riders CSV (targets "
         "unscaled, in the hundreds), 33-unit leaky-ReLU MLP, plain SGD at LR 0.05, batch 23",
         _ferris(model={"hidden": [33], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.05},
                 train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 7.1e5 to 2.3e6 and 1.9e14 in three steps, "
                               "then at the float's edge (the run ends FAILED)"),
         verdict="failed"),
    Case("h74_divergence_gq123_adam_lr30_relu", "80x40 ReLU MLP on the 12-class quantiles in "
         "3 dimensions, Adam at LR 30, batch 27",
         {"data": GQ123, "model": {"hidden": [80, 40]},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 5.5e5, 7945 and 15.4 (first step 2.48), never "
                               "NaN; update ratios up to 431 in single steps; 95% of the second "
                               "layer's units and 62.5% of the first's dead; the validation "
                               "loss ends 14.6% above its minimum"),
         verdict="failed"),
    Case("h74_exploding_cl74_10x22_relu_std1_nesterov", "10x22 ReLU MLP with N(0, 1) init on "
         "the 74-feature set, SGD with Nesterov momentum 0.9 at LR 1e-12, batch 29",
         {"data": CL74, "model": {"hidden": [22] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 6.19e5 to 6.18e5), far above "
                      "ln 3 from the first step; the tiny steps hardly move the wide weights "
                      "(update ratios 1.6e-8 to 7.6e-7); up to 13.6% of a layer's units dead"),
         verdict="failed"),
    Case("h74_dead_relu_key_cnn_adam_lr2", "the key CNN (8, 14 channels, 24 hidden), Adam at "
         "LR 2, batch 23",
         {"data": KY4, "model": KCNN, "optim": {"name": "adam", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 6710 in the first epoch (the step loss up to "
                               "1.1e5), then 1.514 and 1.528 (first step 1.395, near ln 4); "
                               "every dense unit and 71% of the second conv layer's dead, "
                               "their gradients 0 at the end"),
         verdict="failed"),
    Case("h74_update_ratio_high_popcorn_adam_lr4", "Adam at LR 4 on the popcorn machine CSV, "
         "46 leaky-ReLU units, batch 22, 8 epochs",
         _popcorn(model={"hidden": [46], "activation": "leaky_relu"},
                  optim={"name": "adam", "lr": 4.0},
                  train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 246 "
                      "from 1.69, the epoch loss 23.2), then the loss sits at 0 with accuracy "
                      "1.0; gradient norms up to 31 in the blow-up"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h74_adamw_lr1e10_fr66", "the 66-feature Friedman regression, 42x21 ELU MLP, AdamW "
         "at LR 1e-10, batch 27, 4 epochs",
         {"data": FR66, "model": {"hidden": [42, 21], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -7.61, far below the baseline (0.7366) and the healthy runs",
         verdict=TP),
    Case("h74_sgd_lr1e10_popcorn", "the popcorn machine CSV, 38x19 sigmoid MLP, plain SGD at "
         "LR 1e-10, batch 21, 4 epochs",
         _popcorn(model={"hidden": [38, 19], "activation": "sigmoid"},
                  optim={"name": "sgd", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed="the epoch loss 1.457 at every epoch, the steps below float precision",
         verdict=TP),
    Case("h74_vanishing_sigmoid_popcorn_20x13_adagrad", "20x13 sigmoid MLP on the popcorn "
         "machine CSV, Adagrad at LR 0.01, batch 31, 4 epochs",
         _popcorn(model={"hidden": [13] * 20, "activation": "sigmoid"},
                  optim={"name": "adagrad", "lr": 0.01},
                  train={"epochs": 4, "batch_size": 31}, diagnose=NOSTOP),
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers hardly move (update ratios up to 4.4e-9), a side "
                      "effect of the vanishing gradients; the epoch loss 1.393 to 1.387 (ln 4 "
                      "is 1.386)"),
         verdict=TP),
    Case("h74_saturated_tanh_cl74_std5_momentum", "2x46 tanh MLP with N(0, 5) init on the "
         "74-feature set, SGD with momentum 0.9 at LR 1e-9, batch 31",
         {"data": CL74, "model": {"hidden": [46, 46], "activation": "tanh",
                                  "init": "normal", "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 1.1e-10, 0 at the output); the loss far above "
                      "ln 3 from the start (the epoch loss 23.19 at every epoch)"),
         verdict=TP),
    Case("h74_slow_start_key_cnn_sgd", "the key CNN, plain SGD at LR 0.01, batch 20, 40 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": KY4, "model": KCNN, "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 40, "batch_size": 20}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu", "not_converged"),
         why_allowed=("no healthy key run is in the part (accuracy 0.5467, the baseline 0.78, "
                      "with the loss still falling 1.1% over the last epoch); up to 16.7% of "
                      "the dense units dead"),
         verdict=TP),
    Case("h74_unshuffled_cl74_adam_leaky", "the 74-feature set sorted by label, never "
         "shuffled, 56x28 leaky-ReLU MLP, Adam at LR 5e-4, batch 35, 8 epochs",
         {"data": {**CL74, "order": "by_label", "shuffle": False},
          "model": {"hidden": [56, 28], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.9635 (training 0.9808), below the baseline "
                               "0.9731"),
         verdict=TP),
    Case("h74_mse_softmax_popcorn_adagrad", "the popcorn machine CSV trained with square error "
         "on the softmax, Adagrad at LR 1e-3, 32x16 ReLU MLP, batch 27, 10 epochs",
         _popcorn(model={"hidden": [32, 16]},
                  optim={"name": "adagrad", "lr": 1e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged",
                "dead_relu"),
         why_allowed=("the tiny loss has its own scale and falls slowly (0.1815 to 0.1498, "
                      "1.9% over the last epoch); accuracy 0.6133 where the healthy runs reach "
                      "1.0; 6.25% of the second layer's units dead"),
         verdict=TP),
    Case("h74_noisy_cl74_b1_momentum", "the 74-feature set one row at a time (batch 1), SGD "
         "with momentum 0.9 at LR 2e-3, 26-unit ReLU MLP, 4 epochs",
         {"data": CL74, "model": {"hidden": [26]},
          "optim": {"name": "sgd", "lr": 2e-3, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("not_converged", "underfitting", "divergence", "unshuffled_data",
                "overfitting"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 10.5); the "
                      "epoch loss still falls 28% over the last epoch while the validation "
                      "loss ends 8.6% above its minimum at epoch 2"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h74_overfit_cl74_subset75_adagrad", "75 rows of the 74-feature set, MLP of 290 and "
         "145 units, Adagrad at LR 0.01, 80 epochs, batch 8",
         {"data": {**CL74, "subset": 75}, "model": {"hidden": [290, 145]},
          "optim": {"name": "adagrad", "lr": 0.01}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8827 (the healthy "
                      "runs 0.9654 and up); 12.4% of the second layer's units dead"),
         verdict=GP),
    Case("h74_gap_fr66_subset45_rmsprop", "45 rows of the 66-feature Friedman regression, MLP "
         "of 180 and 90 units, RMSprop at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR66, "subset": 45}, "model": {"hidden": [180, 90]},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.0016, training 1.0, the run's baseline "
                      "0.0637); with the training loss near 0 (5e-13) the updates die away "
                      "and RMSprop throws the loss up to 0.70 and back twice; up to 24% of the "
                      "second layer's units dead; the validation loss, flat at 25.07 for a "
                      "hundred epochs, ends 4.6% above its minimum at epoch 141"),
         verdict=GP),
    Case("h74_underfit_gq123_one_elu_unit_adamw", "the 12-class quantiles through 1 ELU unit, "
         "AdamW at LR 0.01, batch 33, 15 epochs",
         {"data": GQ123, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 33}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training", "dead_relu"),
         why_allowed=("one unit cannot part twelve shells: the epoch loss 2.571 to 2.485 "
                      "(3.3% below its first epoch; ln 12 is 2.485); the unit's output at "
                      "times never above zero"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h74_lightning_digits_nesterov_lr400_nan", "Lightning: digits, SGD with Nesterov "
         "momentum 0.9 at LR 400, 27 units, batch 15, 3 epochs",
         script=lightning_run(_s("digits", hidden=(27,), optim="sgd", lr=400.0, epochs=3,
                                 batch_size=15,
                                 optim_args={"momentum": 0.9, "nesterov": True})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 2.25 up to 2.3e37, then NaN from step 8",
         verdict="failed"),
    Case("h74_lightning_cancer_adam_lr1e10_stuck", "Lightning: breast cancer, Adam at LR "
         "1e-10, 24 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-10,
                                 epochs=4, batch_size=12)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss stays at 0.7149; the untrained net scores 0.4737, far "
                      "below the majority share (0.6316)"),
         verdict=TP),
    Case("h74_hf_trainer_wine_nesterov_lr400_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 at LR 400 (decaying linearly), 22 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(22,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=9,
                                  optim_args={"momentum": 0.9, "nesterov": True}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 3.7e4 up to 5.3e26, then NaN from step 8; "
                               "accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h74_hf_trainer_digits_one_unit_adamw", "Hugging Face Trainer names: digits through "
         "1 ReLU unit, AdamW at LR 2e-3 (decaying linearly), batch 24, 20 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(1,), optim="adamw", lr=2e-3, epochs=20,
                                  batch_size=24), logging_steps=2),
         tool="transformers", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: evaluation accuracy 0.2284, the "
                      "evaluation loss flat at 1.96 at the end"),
         verdict=TP),
    Case("h74_keras_cancer_sgd_lr500_nan", "Keras names: breast cancer, plain SGD at LR 500, "
         "27 units, batch 13, 3 epochs",
         script=keras_run(_s("breast_cancer", hidden=(27,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=13)),
         tool="keras", expect=("nan_loss",), allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3684, the minority share"),
         verdict="failed"),
    Case("h74_keras_iris_momentum_lr1e10_stuck", "Keras names: iris, SGD with momentum 0.9 at "
         "LR 1e-10, 23 units, batch 8, 5 epochs",
         script=keras_run(_s("iris", hidden=(23,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=8, optim_args={"momentum": 0.9})),
         tool="keras", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the loss stays at 1.256; the untrained net scores 0.1, far below "
                      "1/3"),
         verdict=TP),
    Case("h74_tensorboard_iris_momentum_lr400_nan", "TensorBoard tags: iris, SGD with "
         "momentum 0.9 at LR 400, 18 units, batch 8, 4 epochs",
         script=tensorboard_run(_s("iris", hidden=(18,), optim="sgd", lr=400.0, epochs=4,
                                   batch_size=8, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.11 up to 1.3e36, then NaN from step 10",
         verdict="failed"),
    Case("h74_tensorboard_digits_subset40_adamw_gap", "TensorBoard tags: 40 rows of digits, "
         "160 units, AdamW at LR 1e-3, 90 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(160,), optim="adamw", lr=1e-3,
                                   epochs=90, batch_size=5, subset=40)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 55 (0.943) and ends 1.3% above it"),
         verdict=GP),
    Case("h74_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2, RMSprop at LR 0.01, 27 units, batch 15, a corrupt record (x = 1e30) at "
         "step 23 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(27,), optim="rmsprop", lr=0.01, epochs=3,
                             batch_size=15, n=900, noise=0.2), corrupt_step=23),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=23),
    Case("h74_plain_wine_adam_lr1e10_stuck", "hand-written loop: wine, Adam at LR 1e-10, 31 "
         "units, batch 11, 5 epochs",
         script=plain_run(_s("wine", hidden=(31,), optim="adam", lr=1e-10,
                             epochs=5, batch_size=11)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.205; the untrained net scores 0.2222, "
                      "far below 1/3 and the majority share (0.3889)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy74_popcorn_tanh_adam_b21",
       _popcorn(model={"hidden": [42], "activation": "tanh"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy74_popcorn_elu_rmsprop_b27",
       _popcorn(model={"hidden": [46], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy74_popcorn_leaky_adamw_b19",
       _popcorn(model={"hidden": [50], "activation": "leaky_relu"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 19})),
    _h("healthy74_popcorn_sigmoid_adam_b23",
       _popcorn(model={"hidden": [52], "activation": "sigmoid"},
                optim={"lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy74_popcorn_tanh_adagrad_b29",
       _popcorn(model={"hidden": [38], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy74_popcorn_relu_adagrad_b17",
       _popcorn(model={"hidden": [48]},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 17})),
    _h("healthy74_popcorn_sigmoid_rmsprop_b25",
       _popcorn(model={"hidden": [56], "activation": "sigmoid"},
                optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy74_popcorn_relu_rmsprop_b21",
       _popcorn(model={"hidden": [44]},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy74_popcorn_leaky_adagrad_b26",
       _popcorn(model={"hidden": [58], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy74_fr66_sigmoid_rmsprop_b30",
       {"data": FR66, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy74_fr66_tanh_rmsprop_b26",
       {"data": FR66, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy74_fr66_sigmoid_rmsprop_b22",
       {"data": FR66, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy74_cl74_relu_rmsprop_b28",
       {"data": CL74, "model": {"hidden": [66]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy74_cl74_relu_rmsprop_b24",
       {"data": CL74, "model": {"hidden": [71]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy74_cl74_relu_adamw_b26",
       {"data": CL74, "model": {"hidden": [75]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy74_cl74_leaky_rmsprop_b22",
       {"data": CL74, "model": {"hidden": [79], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy74_cl74_leaky_adamw_b28",
       {"data": CL74, "model": {"hidden": [69], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _hs("healthy74_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(57,), optim="adam", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy74_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(63,), optim="adamw", lr=3e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy74_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(41,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy74_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(65,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy74_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(33,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy74_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(45,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy74_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(47,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy74_keras_iris_adamw",
        keras_run(_s("iris", hidden=(69,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy74_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(43,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy74_keras_wine_adam",
        keras_run(_s("wine", hidden=(58,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy74_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(60,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy74_plain_wine_adamw",
        plain_run(_s("wine", hidden=(62,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy74_plain_iris_adamw",
        plain_run(_s("iris", hidden=(64,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
