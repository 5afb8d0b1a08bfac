"""The seventy-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout72`, after :mod:`.heldout70`'s and :mod:`.heldout71`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout71` in its combination of data set (new here: a 10x10 image set of a yacht (a mast
with a sail beside it over a hull in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1500 images with noise 0.3 and 2% random labels; 10-class Gaussian quantiles in 23 dimensions (4000
samples); a 73-feature 3-class set (2600 samples, 26 informative, 8 redundant, class separation
2.3); a 65-feature Friedman-1 regression (2000 samples, noise 0.8); a heat pump's state CSV (off,
heating, cooling, defrosting: 4 classes from 7 readings) and a yoga studio's daily attendees
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: iris,
wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several widths, depths and
activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop,
Adagrad, plain SGD, SGD with Nesterov momentum), batch size, learning rate, schedule (cosine,
constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging
Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The
fault cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout68`
to :mod:`.heldout71` did: divergence under SGD with Nesterov momentum in an ELU net on the unscaled
yoga attendees, divergence under RMSprop at LR 30 in an ELU net on the 10-class quantiles, exploding
gradients in a 10-layer leaky-ReLU net with N(0, 1) init under plain SGD on the 73-feature set,
units killed by RMSprop at LR 1 in the yacht CNN, a high update ratio from RMSprop at LR 1 in an ELU
net on the heat pump CSV, a tiny learning rate under RMSprop on the Friedman regression and under
Adagrad on the heat pump CSV, vanishing gradients under plain SGD in a 20-layer sigmoid net on the
73-feature set, saturation under RMSprop in a tanh net with N(0, 5) init on the 73-feature set, the
yacht CNN under Adagrad stopped while its loss still falls (written as a slow start; see below), a
slow start of the yacht CNN under SGD with momentum (the optimiser of heldout71's slow start, on
another glyph and another learning rate; a first candidate under SGD with Nesterov momentum, the
pair of heldout70, did not leave its plateau and was dropped), the unshuffled 73-feature set under
RMSprop in an ELU net, square error with Adam on the heat pump CSV, the 73-feature set one row at a
time under Adagrad (a noisy loss), an overfit 75-row 73-feature set under RMSprop and a 45-row
Friedman regression under Adam, a 1-unit sigmoid net under RMSprop on the quantiles, Lightning's NaN
on iris under plain SGD and its stuck wine under RMSprop, Trainer's NaN on breast cancer under plain
SGD and its stuck digits under Adagrad, Keras' NaN on digits under plain SGD and its 35 rows of
digits under RMSprop, TensorBoard's NaN on wine under SGD with Nesterov momentum and its 1-unit
digits under RMSprop, the hand-written loop's corrupt record on the sine under Adam and its stuck
iris under Adagrad. The cases are spread over the tools (seventeen runner faults; two faults for
each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes
(four runner runs broken (two divergences, one at the float's edge and one that never turns NaN,
exploding gradients, dead units that end a blow-up) and five scripts (Lightning's, Trainer's, Keras'
and TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training`` expected in five
runner runs and three scripts; ``predictions_collapsed`` in three runner runs; ``at_chance`` in six
runner runs and four scripts; one overfit runner run with a generalisation gap, one runner run and
one script with a gap alone; three runner regressions among the faults; ``noisy_loss`` expected in
one runner run, ``not_converged`` in three and ``slow_start`` in one; ``underfitting`` in one
script), and the healthy runner runs over three data sets (the heat pump CSV, the Friedman
regression and the 73-feature set), and the healthy scripts on wine, iris and breast cancer
(Trainer, TensorBoard, Keras and the hand-written loop) and breast cancer (Lightning). The glyph,
the quantiles' class/dimension pair, the feature counts and both CSV domains were checked against
the bank (no earlier part uses a yacht, 10 classes in 23 dimensions, a 73-feature classification
set, a 65-feature Friedman regression, a heat pump or a yoga studio; :mod:`.heldout72` was not
committed when they were chosen).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the step loss's step-to-step swing and the share of its within-epoch variance that the
position in the epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner
cases were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default
and every case's own (no case sets one); no other seed was checked. Every run was trained once with
its final setting (one fault setting was changed after its first run and the new setting trained
once: see below).

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
runner sets are balanced (stratified splits): the majority share is 0.1 on the quantiles, 0.3346 on
the 73-feature set, 0.2633 on the yacht images and 0.2667 on the heat pump CSV (read from the test
confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889 (wine),
0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0179 (the first
layer of the sigmoid MLP with RMSprop on the Friedman regression), single steps at most 0.345 (the
output layer of the ReLU MLP with Adagrad on the heat pump CSV); the expected ``update_ratio_high``
run reaches a quarter mean of 1.258 (its output layer; 0.517 in its first), 70 times the healthy
extreme, with single steps up to 117 (47 in its first layer), 340 times the healthy one; the
expected ``update_ratio_low`` runs sit at 0 to 1.7e-9 in quarter means, single steps up to 1.0e-8
(RMSprop at LR 1e-10 on the Friedman regression), and 0 to 2.9e-11, single steps up to 1.5e-10
(Adagrad at LR 1e-10 on the heat pump CSV), where the healthy runs' smallest quarter mean is 1.7e-5
(an output layer at the end of a cosine schedule on the Friedman regression). Dead-unit fraction 0
at any time in every kept healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu``
run holds 60% of the yacht CNN's units after its second convolution, 42% of its dense units and 22%
after its first convolution once RMSprop at LR 1 blows it up. The saturated fraction per layer is at
most 0.0025 in the kept healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the heat pump
CSV); the expected ``saturated_activation`` run holds 0.958 and 0.947 in its two layers (its maximum
and last value alike). The exploding run's gradient norms sit at 1.0e5-1.04e6 with its epoch loss at
3.49e5 from the first epoch and never NaN (the healthy runs' largest single norm 115: the output
layer of the sigmoid MLP with RMSprop on the Friedman regression); the vanishing run's first layer
at 4.5e-18 to 1.2e-17 against up to 0.72 at the output, its first layers' update ratio 0. The
step-loss position in the epoch explains 99.1% of the within-epoch variance over the second half in
the sorted 73-feature set (the healthy runner runs at most 18%: the ReLU MLP with RMSprop at batch
24 on the 73-feature set; 16% on the heat pump CSV). The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 2.30 times its mean in the kept healthy
runner runs (the leaky-ReLU MLP with RMSprop on the 73-feature set) and at most 2.12 in the healthy
scripts (Lightning's breast cancer). Healthy runs reach a validation score close to what the data
allow (accuracy 1.0 on the heat pump CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.9712-0.9808 on the 73-feature set, where the baseline is 0.975; R2 0.7031-0.7099 on the Friedman
regression, where the baseline is 0.6956; for the scripts 1.0 (Trainer's, TensorBoard's, Keras' and
the loop's wine), 0.9667 (Trainer's, TensorBoard's, Keras' and the loop's iris), 0.9649
(TensorBoard's and the loop's breast cancer), 0.9561 (Keras' and Lightning's breast cancer) and
0.9474 (Trainer's breast cancer)); their validation loss does not rise at the end (every kept
healthy run's is lowest at its last epoch but three: the tanh MLPs with Adam and AdamW on the
Friedman regression, lowest at epoch 24 of 30 and 0.25% and 0.27% above it at the end, and
Lightning's breast cancer, lowest at epoch 24 of 25 and 0.35% above it), the training loss has
flattened (the epoch loss falls at most 3.0% over the last epoch in the runner runs, the ReLU MLP
with RMSprop on the heat pump CSV from 0.0084, and 5.0% in Keras' wine (both near their floor, the
validation loss lowest at the end); Lightning's per-epoch losses, noisier, fall 6.2% in breast
cancer, near its floor), no training score ends ~1 with the validation score 0.1 lower (the largest
accuracy gap: 0.038, Keras' and Lightning's breast cancer, training 0.9941; among the runner runs
0.021, the ReLU MLP with RMSprop at batch 28 on the 73-feature set; the largest R2 gap: 0.110, the
tanh MLP with AdamW on the Friedman regression, training 0.8194, far from ~1), and they expect no
finding of severity warning or worse.

Healthy candidates dropped (43 trained, 30 kept): on the 73-feature set the leaky-ReLU MLP with
RMSprop at batch 32 (accuracy 0.9596), the ReLU MLP with Adam (0.9385), the sigmoid, tanh and ELU
MLPs with RMSprop (0.9385, 0.9423, 0.9442) and the leaky-ReLU MLP with AdamW (0.9577), each more
than 0.015 below the baseline 0.975; on the Friedman regression the sigmoid MLP with Adagrad (its
validation loss lowest at epoch 6 of 30 and 0.63% above it at the end), the sigmoid MLPs with Adam
and AdamW (0.41% and 0.40% above their minimum at epoch 24 of 40), the tanh MLP with Adagrad (1.8%
above its minimum at epoch 15 of 40), and the tanh MLPs with Adam at batch 26 and AdamW at batch 32
(0.73% and 0.48% above their minimum at epoch 16 of 25); Lightning's iris (its validation loss
lowest at epoch 36 of 40 and 1.05% above it at the end). Ten candidates (four on the 73-feature set,
three on the Friedman regression, Keras' wine, Trainer's iris and the loop's iris) were added after
the first drops and trained once. No healthy run on the yacht images, on the quantiles, on the yoga
CSV, on the sine or on digits is in the part: their faults are read against the run's own numbers
and its baseline.

Labels read from the metrics: the yoga divergence climbs from 1.7e5 to 2.3e22 in three steps and
then to the float's edge (the run ends FAILED), so ``divergence`` is expected and ``nan_loss`` only
allowed; RMSprop at LR 30 on the quantiles blew up to an epoch loss of 1.7e9 and ended at 2.7e5
without a NaN (first step 2.37), accuracy 0.1013 (1/10) with 99.1% of the test predictions in one
class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the exploding
run ends at 0.3423 (the majority share 0.3346) with 55.2% of the test predictions in one class, so
``at_chance`` is expected beside ``exploding_gradients`` and ``not_training`` and
``predictions_collapsed`` not even allowed; the yacht CNN under RMSprop at LR 1 blows up to an epoch
loss of 3.8e6 in its first epoch and then sits at 782 and 152 (above its first step 1.39), accuracy
0.2633 and 97.7% of the test predictions in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run throws its
first epoch about (the step loss up to 2414 from 1.21, the epoch loss 118.5), then its loss is 0
with accuracy 1.0 (the heat pump states part cleanly), so ``update_ratio_high`` is expected alone
(``divergence`` allowed) and, as in :mod:`.heldout70`, the verdict is a training problem; RMSprop at
LR 1e-10 on the Friedman regression ends at R2 -9.07 (the epoch loss 232.5 at every epoch); Adagrad
at LR 1e-10 on the heat pump CSV ends at 0.2367 (the majority share 0.2667) with 83.7% of the test
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` allowed; the
saturated run ends at 0.275 (0.06 below the majority share; the epoch loss 29.64 at every epoch)
with at most 37.9% of the test predictions in one class, so ``at_chance`` is only allowed; the
vanishing run ends at 0.3346 with every test prediction in one class and its epoch loss at 1.120 to
1.100 (ln 3 is 1.099), so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed (its epoch loss falls 1.8%, but its first
steps sit at 1.19-1.26); the 1-unit sigmoid net on the quantiles sits at ln 10 (the epoch loss 2.320
to 2.301) with accuracy 0.1075 (1/10) and 56% of the test predictions in one class, and since the
run's baseline (0.1113) is no better and no healthy quantiles run is in the part, it was written as
``underfitting`` but is labelled ``not_training`` and ``at_chance`` with ``underfitting`` only
allowed; the yacht CNN under Adagrad at LR 0.004, written as a slow start, does not linger (the
epoch loss 1.379, 1.347, 1.320, 1.290, falling from the first epoch) and still falls 2.1% over its
last epoch (0.5861 to 0.5739, 2% an epoch over the last four) with the validation loss lowest at the
end and accuracy 0.7567 (the baseline 0.8967), so it is labelled ``not_converged`` (renamed from a
slow-start case); the slow start of the yacht CNN under SGD with momentum 0.9 at LR 0.001 (the epoch
loss 1.391, 1.388, 1.384, 1.381, 1.379 and on to 1.367 at epoch 10, 1.8% below its first epoch, then
faster and down to 0.898, accuracy 0.6167, the baseline 0.8967) still falls 4.8% over its last epoch
(0.9436 to 0.8982, faster every epoch) with the validation loss lowest at the end, so
``not_converged`` is expected beside ``slow_start``; the Nesterov candidate (momentum 0.8 at LR
0.0012) fell only from 1.391 to 1.243 in 40 epochs (accuracy 0.3967), a start that never ends, and
was dropped; the sorted 73-feature set ends at 0.9365 (the baseline 0.975) with its epoch loss
falling 8.6% over the last epoch (0.1191 to 0.1088) and the validation loss lowest at the end, so
``not_converged`` is expected beside ``unshuffled_data``; the square-error heat pump run's epoch
loss falls 2.3% over its last epoch (0.1678 to 0.1640, 1.1-2.3% every epoch) with accuracy 0.73, so
``not_converged`` and ``underfitting`` are only allowed beside ``loss_mismatch``; the batch-1
73-feature run's step loss swings 15.0 times its mean step to step over the second half (6.5 times
the healthy runner runs' 2.30, 7.1 times the healthy scripts' 2.12) while its validation loss,
lowest at epoch 3 (0.0932), ends 7.1% above it (0.0998) as the epoch loss falls from 0.0315 to
0.0231, so ``noisy_loss`` is expected and ``overfitting`` and ``not_converged`` allowed (accuracy
0.9788, training 0.9962: no gap); the 75 rows of the 73-feature set end at validation 0.8731
(training 1.0) with the validation loss lowest at epoch 8 (0.346) and 0.4735 at the end, so
``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman regression (R2 0.1294,
training 1.0, the validation loss 5.5% above its minimum at epoch 12 and flat after) and Keras' 35
rows of digits (validation 0.7159, training 1.0, the validation loss lowest at epoch 41 (0.9303) and
4.7% above it at the end) expect ``generalisation_gap`` alone. Lightning's NaN on iris (the step
loss 1.21 up to 1.8e8, then NaN) ends at 0.3333 (1/3) and Keras' NaN on digits (every loss NaN) at
0.1003, so ``at_chance`` is expected in both; Trainer's NaN on breast cancer (the logged loss 4718
up to 1.0e27, then NaN) ends at 0.3684, the minority share, and TensorBoard's NaN on wine (the step
loss 0.98 up to 6.1e9, then NaN) at 0.3333, 0.056 below the majority share, so ``at_chance`` is only
allowed there; ``divergence`` is expected for all but Keras (no finite loss shows the blow-up
there). Lightning's stuck wine (RMSprop at LR 1e-10, the epoch loss 1.112 throughout) ends at 0.4167
and Trainer's stuck digits (Adagrad at LR 1e-10, the evaluation loss 2.307 at every evaluation) at
0.1448, so ``not_training`` and ``at_chance`` are expected; the loop's stuck iris (Adagrad at LR
1e-10, the validation loss 1.123 throughout) scores 0.40, 0.067 above 1/3, so ``at_chance`` is only
allowed; TensorBoard's 1-unit digits end at 0.2535 (training 0.2523) with the validation loss
falling 0.5% over the last epoch (``underfitting``; ``at_chance`` not allowed, 0.15 above 1/10); the
loop's corrupt record makes the loss Inf at step 23 (the loss from 0.57 down to 0.11-0.23 before
it).

Faults changed: the two slow-start candidates were added after the first runs, once the Adagrad CNN
had not lingered, and each trained once (one kept, above); the noisy run's first setting (Adagrad at
LR 0.01) swung only 4.2 times its mean step to step (1.8 times the healthy runner runs' 2.30), so it
was made stronger (LR 0.1) and trained once (the numbers above are from that run); no other fault
was retrained; the first labels were written before the runs and then set from the metrics as above:
``at_chance`` expected in the quantiles divergence, the exploding, the dead-unit, the vanishing and
the stuck heat pump runs, Lightning's NaN and stuck wine, Trainer's stuck digits and Keras' NaN
(written as allowed or not at all), ``predictions_collapsed`` expected in the quantiles divergence,
the dead-unit and the vanishing runs (written as allowed), ``divergence`` expected in the dead-unit
run (written as allowed), ``not_converged`` expected in the sorted set (written as allowed), the
slow start relabelled ``not_converged`` and the 1-unit quantiles run ``not_training`` and
``at_chance`` (above); ``predictions_collapsed`` dropped from the allowed codes of the exploding run
(55.2% in one class) and the 1-unit quantiles run (56%), ``dead_relu`` from the high update ratio
run's (an ELU net, 0 dead) and the unshuffled run's (0 dead), ``slow_start`` and ``overfitting``
from the CNN's, and the high update ratio run's verdict set to a training problem (written as
failed).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(27, 30)
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

# a yacht in a 5x5 cell (a mast with a sail beside it over a hull), turned by 90 degrees at a
# time for the other three directions
_YACHT_UP = np.array([[0, 0, 1, 0, 0],
                      [0, 0, 1, 1, 0],
                      [0, 0, 1, 1, 1],
                      [1, 1, 1, 1, 1],
                      [0, 1, 1, 1, 0]], dtype=float)
_YACHTS = turned(_YACHT_UP)


def yachts(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 yacht glyph at a random place (4 classes: the yacht turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_YACHTS, n, size, noise, flip, seed)


def _heatpump_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A heat pump's state (0 off, 1 heating, 2 cooling, 3 defrosting) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    supply_c = np.array([20.0, 42.0, 9.0, 28.0])[cls] + rng.normal(0, 2.5, n)
    coil_c = np.array([12.0, -4.0, 30.0, 6.0])[cls] + rng.normal(0, 2.5, n)
    comp_kw = np.array([0.05, 2.4, 2.0, 1.3])[cls] + rng.normal(0, 0.25, n)
    fan_rpm = np.array([0.0, 850.0, 900.0, 0.0])[cls] + rng.normal(0, 60.0, n)
    valve_rev = np.array([0.0, 0.0, 1.0, 1.0])[cls] + rng.normal(0, 0.1, n)
    outdoor_c = rng.uniform(-12.0, 34.0, n)
    humidity = rng.uniform(20.0, 95.0, n)
    return (["supply_c", "coil_c", "compressor_kw", "fan_rpm", "reversing_valve", "outdoor_c",
             "humidity", "state"],
            np.column_stack([supply_c, coil_c, comp_kw, fan_rpm, valve_rev, outdoor_c, humidity,
                             cls]))


def _yoga_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A yoga studio's attendees a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    classes = rng.integers(4, 16, n).astype(float)
    temp_c = rng.uniform(-5, 33, n)
    rain_mm = rng.uniform(0, 25, n)
    promo = rng.integers(0, 2, n).astype(float)
    new_year = rng.integers(0, 2, n).astype(float)
    attendees = (150 + 14.0 * classes + 3.0 * rain_mm - 1.5 * temp_c + 60.0 * promo
                 + 110.0 * new_year + 45.0 * (weekday >= 5) + rng.normal(0, 18.0, n))
    return (["weekday", "classes", "temp_c", "rain_mm", "promo", "new_year", "attendees"],
            np.column_stack([weekday, classes, temp_c, rain_mm, promo, new_year, attendees]))


def _heatpump(**sections: Any) -> Any:
    return _csv("heat_pump_state", _heatpump_csv, "state", "classification", 731, **sections)


def _yoga(**sections: Any) -> Any:
    return _csv("yoga_studio_daily_attendees", _yoga_csv, "attendees", "regression", 732,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout73"
YT4 = _factory(f"{HERE}:yachts")
GQ1023 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=23,
                  n_classes=10, random_state=733)
CL73 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=73,
                n_informative=26, n_redundant=8, n_classes=3, class_sep=2.3, random_state=734)
FR65 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=65, noise=0.8,
                random_state=735)
YCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 15}], "hidden": [26]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h73_divergence_yoga_nesterov_elu", "the yoga studio daily-attendees CSV (targets "
         "unscaled, in the hundreds), 31-unit ELU MLP, SGD with Nesterov momentum 0.9 at LR "
         "0.2, batch 25",
         _yoga(model={"hidden": [31], "activation": "elu"},
               optim={"name": "sgd", "lr": 0.2, "momentum": 0.9, "nesterov": True},
               train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.7e5 up to 2.3e22 in three steps, then "
                               "at the float's edge (the run ends FAILED)"),
         verdict="failed"),
    Case("h73_divergence_gq1023_rmsprop_lr30_elu", "80x40 ELU MLP on the 10-class quantiles "
         "in 23 dimensions, RMSprop at LR 30, batch 27",
         {"data": GQ1023, "model": {"hidden": [80, 40], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 1.7e9, 4.4e5 and 2.7e5 (first step 2.37), "
                               "never NaN; update ratios up to 4722 in single steps; 87.5% "
                               "of the second layer's units dead"),
         verdict="failed"),
    Case("h73_exploding_cl73_10x22_leaky_std1_sgd", "10x22 leaky-ReLU MLP with N(0, 1) init "
         "on the 73-feature set, plain SGD at LR 1e-12, batch 29",
         {"data": CL73, "model": {"hidden": [22] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 3.487e5 to 3.486e5), far above "
                      "ln 3 from the first step; the tiny steps hardly move the wide weights "
                      "(update ratios 2e-9 to 1.4e-7); up to 22.7% of a layer's units dead"),
         verdict="failed"),
    Case("h73_dead_relu_yacht_cnn_rmsprop_lr1", "the yacht CNN (9, 15 channels, 26 hidden), "
         "RMSprop at LR 1, batch 21",
         {"data": YT4, "model": YCNN, "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 3.8e6 in the first epoch, then 782 and 152 "
                               "(first step 1.39, near ln 4); 60% of the second conv layer's "
                               "units, 42% of the dense units and 22% of the first conv "
                               "layer's dead"),
         verdict="failed"),
    Case("h73_update_ratio_high_heatpump_rmsprop_lr1", "RMSprop at LR 1 on the heat pump CSV, "
         "48 ELU units, batch 24, 10 epochs",
         _heatpump(model={"hidden": [48], "activation": "elu"},
                   optim={"name": "rmsprop", "lr": 1.0},
                   train={"epochs": 10, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 2414 "
                      "from 1.21, the epoch loss 118.5), then the loss sits at 0 with "
                      "accuracy 1.0; gradient norms up to 72 in the blow-up"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h73_rmsprop_lr1e10_fr65", "the 65-feature Friedman regression, 44x22 leaky-ReLU MLP, "
         "RMSprop at LR 1e-10, batch 29, 4 epochs",
         {"data": FR65, "model": {"hidden": [44, 22], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -9.07, far below the baseline (0.6956) and the healthy runs",
         verdict=TP),
    Case("h73_adagrad_lr1e10_heatpump", "the heat pump CSV, 36x18 tanh MLP, Adagrad at LR "
         "1e-10, batch 23, 4 epochs",
         _heatpump(model={"hidden": [36, 18], "activation": "tanh"},
                   optim={"name": "adagrad", "lr": 1e-10},
                   train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the untrained net puts 83.7% of the test predictions in one class "
                      "(accuracy 0.2367)"),
         verdict=TP),
    Case("h73_vanishing_sigmoid_cl73_20x12_sgd", "20x12 sigmoid MLP on the 73-feature set, "
         "plain SGD at LR 0.05, batch 33, 4 epochs",
         {"data": CL73, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move (update ratio 0), a side effect of the "
                      "vanishing gradients; the epoch loss 1.120 to 1.100 (ln 3 is 1.099)"),
         verdict=TP),
    Case("h73_saturated_tanh_cl73_std5_rmsprop", "2x46 tanh MLP with N(0, 5) init on the "
         "73-feature set, RMSprop at LR 1e-9, batch 33",
         {"data": CL73, "model": {"hidden": [46, 46], "activation": "tanh",
                                  "init": "normal", "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "at_chance"),
         why_allowed=("tiny updates (1e-10); the loss far above ln 3 from the start (the "
                      "epoch loss 29.64 at every epoch); accuracy 0.275, 0.06 below the "
                      "majority share"),
         verdict=TP),
    Case("h73_not_converged_yacht_cnn_adagrad", "the yacht CNN, Adagrad at LR 0.004, batch "
         "19, 40 epochs: stopped while the loss still falls",
         {"data": YT4, "model": YCNN, "optim": {"name": "adagrad", "lr": 0.004},
          "train": {"epochs": 40, "batch_size": 19}},
         expect=("not_converged",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu"),
         why_allowed=("accuracy 0.7567 against the baseline 0.8967 while the loss still "
                      "falls; up to 11.5% of the dense units dead"),
         verdict=TP),
    Case("h73_slow_start_yacht_cnn_momentum", "the yacht CNN, SGD with momentum 0.9 at LR "
         "0.001, batch 21, 40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": YT4, "model": YCNN, "optim": {"name": "sgd", "lr": 0.001, "momentum": 0.9},
          "train": {"epochs": 40, "batch_size": 21}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu"),
         why_allowed=("no healthy yacht run is in the part (accuracy 0.6167, the baseline "
                      "0.8967, with the loss still falling fast); up to 11.5% of the dense "
                      "units dead"),
         verdict=TP),
    Case("h73_unshuffled_cl73_rmsprop_elu", "the 73-feature set sorted by label, never "
         "shuffled, 58x29 ELU MLP, RMSprop at LR 5e-4, batch 37, 8 epochs",
         {"data": {**CL73, "order": "by_label", "shuffle": False},
          "model": {"hidden": [58, 29], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.9365 (training 0.9744), below the baseline "
                               "0.975"),
         verdict=TP),
    Case("h73_mse_softmax_heatpump_adam", "the heat pump CSV trained with square error on the "
         "softmax, Adam at LR 1e-4, 32x16 ReLU MLP, batch 29, 10 epochs",
         _heatpump(model={"hidden": [32, 16]},
                   optim={"name": "adam", "lr": 1e-4},
                   train={"loss": "mse", "epochs": 10, "batch_size": 29}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged",
                "dead_relu"),
         why_allowed=("the tiny loss has its own scale and falls slowly (0.1883 to 0.1640, "
                      "2.3% over the last epoch); accuracy 0.73 where the healthy runs reach "
                      "1.0; 6.25% of the second layer's units dead"),
         verdict=TP),
    Case("h73_noisy_cl73_b1_adagrad", "the 73-feature set one row at a time (batch 1), Adagrad "
         "at LR 0.1, 26-unit ReLU MLP, 4 epochs",
         {"data": CL73, "model": {"hidden": [26]}, "optim": {"name": "adagrad", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_converged",
                "underfitting", "divergence", "unshuffled_data", "overfitting"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 13.3; "
                      "single update ratios up to 1.15); the epoch loss still falls 27% over "
                      "the last epoch while the validation loss ends 7.1% above its minimum "
                      "at epoch 3; the step loss's position in the epoch explains 50% of "
                      "its within-epoch variance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h73_overfit_cl73_subset75_rmsprop", "75 rows of the 73-feature set, MLP of 280 and "
         "140 units, RMSprop at LR 5e-4, 80 epochs, batch 8",
         {"data": {**CL73, "subset": 75}, "model": {"hidden": [280, 140]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8731 (the healthy "
                      "runs 0.9712 and up); 9.3% of the second layer's units dead"),
         verdict=GP),
    Case("h73_gap_fr65_subset45_adam", "45 rows of the 65-feature Friedman regression, MLP of "
         "190 and 95 units, Adam at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR65, "subset": 45}, "model": {"hidden": [190, 95]},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.1294, training 1.0, the run's baseline "
                      "0.1609); with the training loss near 0 (2e-13) the updates die away "
                      "and the step loss swings about its tiny mean; up to 45% of the second "
                      "layer's units dead; the validation loss ends 5.5% above its minimum "
                      "at epoch 12"),
         verdict=GP),
    Case("h73_stuck_gq1023_one_sigmoid_unit_rmsprop", "the 10-class quantiles through 1 "
         "sigmoid unit, RMSprop at LR 0.01, batch 35, 15 epochs",
         {"data": GQ1023, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 35}},
         expect=("not_training", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("one unit cannot part ten shells, but the linear baseline (0.1113) "
                      "cannot either and no healthy quantiles run is in the part"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h73_lightning_iris_sgd_lr400_nan", "Lightning: iris, plain SGD at LR 400, 17 units, "
         "batch 9, 4 epochs",
         script=lightning_run(_s("iris", hidden=(17,), optim="sgd", lr=400.0,
                                 epochs=4, batch_size=9)),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.21 up to 1.8e8, then NaN",
         verdict="failed"),
    Case("h73_lightning_wine_rmsprop_lr1e10_stuck", "Lightning: wine, RMSprop at LR 1e-10, 25 "
         "units, batch 13, 4 epochs",
         script=lightning_run(_s("wine", hidden=(25,), optim="rmsprop", lr=1e-10,
                                 epochs=4, batch_size=13)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the epoch loss stays at 1.112 (accuracy 0.4167)", verdict=TP),
    Case("h73_hf_trainer_cancer_sgd_lr400_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 400 (decaying linearly), 23 units, batch 13, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(23,), optim="sgd", lr=400.0,
                                  epochs=3, batch_size=13), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 4718 up to 1.0e27, then NaN; accuracy "
                               "0.3684, the minority share, far below the majority share"),
         verdict="failed"),
    Case("h73_hf_trainer_digits_adagrad_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "Adagrad at LR 1e-10 (decaying linearly), 21 units, batch 14, 4 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("digits", hidden=(21,), optim="adagrad", lr=1e-10,
                                  epochs=4, batch_size=14), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the evaluation loss stays at 2.307 (accuracy 0.1448)", verdict=TP),
    Case("h73_keras_digits_sgd_lr500_nan", "Keras names: digits, plain SGD at LR 500, 26 "
         "units, batch 14, 3 epochs",
         script=keras_run(_s("digits", hidden=(26,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=14)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h73_keras_digits_subset35_rmsprop_gap", "Keras names: 35 rows of digits, 150 units, "
         "RMSprop at LR 1e-3, 90 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(150,), optim="rmsprop", lr=1e-3, epochs=90,
                             batch_size=5, subset=35)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 41 (0.9303) and ends 4.7% above it"),
         verdict=GP),
    Case("h73_tensorboard_wine_nesterov_lr400_nan", "TensorBoard tags: wine, SGD with Nesterov "
         "momentum 0.9 at LR 400, 19 units, batch 10, 4 epochs",
         script=tensorboard_run(_s("wine", hidden=(19,), optim="sgd", lr=400.0, epochs=4,
                                   batch_size=10,
                                   optim_args={"momentum": 0.9, "nesterov": True})),
         tool="tensorboard", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.98 up to 6.1e9, then NaN; accuracy "
                               "0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h73_tensorboard_digits_one_unit_rmsprop", "TensorBoard tags: digits through 1 ReLU "
         "unit, RMSprop at LR 2e-3, batch 25, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="rmsprop", lr=2e-3,
                                   epochs=20, batch_size=25)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2535 "
                      "(training 0.2523); the validation loss still falls 0.5% over the "
                      "last epoch"),
         verdict=TP),
    Case("h73_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam at LR 0.01, 29 units, batch 16, a corrupt record (x = 1e30) at step 23 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(29,), optim="adam", lr=0.01, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=23),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=23),
    Case("h73_plain_iris_adagrad_lr1e10_stuck", "hand-written loop: iris, Adagrad at LR 1e-10, "
         "29 units, batch 11, 5 epochs",
         script=plain_run(_s("iris", hidden=(29,), optim="adagrad", lr=1e-10,
                             epochs=5, batch_size=11)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.123; the untrained net scores 0.40, "
                      "0.067 above 1/3"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy73_heatpump_tanh_adam_b20",
       _heatpump(model={"hidden": [41], "activation": "tanh"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 20})),
    _h("healthy73_heatpump_elu_rmsprop_b26",
       _heatpump(model={"hidden": [45], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 26})),
    _h("healthy73_heatpump_leaky_adam_b18",
       _heatpump(model={"hidden": [49], "activation": "leaky_relu"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 18})),
    _h("healthy73_heatpump_sigmoid_adamw_b22",
       _heatpump(model={"hidden": [51], "activation": "sigmoid"},
                  optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 22})),
    _h("healthy73_heatpump_tanh_adagrad_b28",
       _heatpump(model={"hidden": [39], "activation": "tanh"},
                  optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 28})),
    _h("healthy73_heatpump_relu_adagrad_b16",
       _heatpump(model={"hidden": [47]},
                  optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 16})),
    _h("healthy73_heatpump_elu_adamw_b30",
       _heatpump(model={"hidden": [53], "activation": "elu"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy73_heatpump_sigmoid_adam_b26",
       _heatpump(model={"hidden": [55], "activation": "sigmoid"},
                  optim={"lr": 3e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 26})),
    _h("healthy73_fr65_tanh_adamw_b24",
       {"data": FR65, "model": {"hidden": [57], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy73_fr65_tanh_adam_b28",
       {"data": FR65, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy73_cl73_relu_rmsprop_b28",
       {"data": CL73, "model": {"hidden": [67]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy73_heatpump_relu_rmsprop_b20",
       _heatpump(model={"hidden": [49]},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 20})),
    _h("healthy73_heatpump_tanh_adamw_b22",
       _heatpump(model={"hidden": [43], "activation": "tanh"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 22})),
    _hs("healthy73_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(48,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy73_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(38,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy73_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(36,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy73_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(40,), optim="adamw", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy73_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(42,), optim="adamw", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy73_keras_iris_adam",
        keras_run(_s("iris", hidden=(44,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy73_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(46,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy73_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(54,), optim="adamw", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy73_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(50,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy73_plain_wine_adam",
        plain_run(_s("wine", hidden=(52,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _h("healthy73_cl73_relu_rmsprop_b24",
       {"data": CL73, "model": {"hidden": [72]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy73_cl73_relu_adamw_b26",
       {"data": CL73, "model": {"hidden": [76]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy73_cl73_leaky_rmsprop_b22",
       {"data": CL73, "model": {"hidden": [80], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy73_fr65_sigmoid_rmsprop_b30",
       {"data": FR65, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _hs("healthy73_keras_wine_adamw",
        keras_run(_s("wine", hidden=(53,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy73_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(59,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy73_plain_iris_adam",
        plain_run(_s("iris", hidden=(61,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
