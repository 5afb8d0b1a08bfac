"""The seventy-fifth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout74`, after :mod:`.heldout72`'s and :mod:`.heldout73`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout73` in its combination of data set (new here: a 10x10 image set of an hourglass (two
triangles meeting at a waist in a 5x5 cell, the sand only in the lower bulb, turned by 0, 90, 180
or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 4-class Gaussian
quantiles in 24 dimensions (4000 samples); a 75-feature 3-class set (2600 samples, 27
informative, 8 redundant, class separation 2.3); a 67-feature Friedman-1 regression (2000
samples, noise 0.8); an espresso machine's state CSV (off, heating up, brewing, steaming: 4
classes from 7 readings) and a climbing gym's daily climbers regression CSV (in the hundreds),
besides the script tools' shipped sets with new settings: iris, wine, breast cancer, digits and
the sine with noise 0.2), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky
ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with
momentum or Nesterov momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The
brief gave these data as unused in the bank; a look at the earlier parts' docstrings found an
espresso machine's state in :mod:`.heldout58` (and its boiler state in :mod:`.heldout34`), a
climbing gym's daily visits in :mod:`.heldout32` and an hourglass turned by 45 degrees in a 12x12
image in :mod:`.heldout28`, so the two CSV files here have their own readings, generators and file
names (``espresso_machine_state_h75``, ``climbing_gym_daily_climbers_h75``) and the hourglass is
asymmetric and turned by right angles; no earlier part uses 4 classes in 24 dimensions, a
75-feature classification set or a 67-feature Friedman regression (:mod:`.heldout67`'s
67-feature set is a classification). The fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout70` to :mod:`.heldout73` did: divergence under plain
SGD in a leaky-ReLU net on the unscaled climbing gym climbers, divergence under Adam at LR 30 in a
ReLU net on the 4-class quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init
under Adagrad on the 75-feature set, units killed by Adam at LR 2 in the hourglass CNN, a high
update ratio from Adam at LR 1 in a leaky-ReLU net on the espresso CSV, a tiny learning rate under
AdamW on the Friedman regression and under SGD with Nesterov momentum on the espresso CSV,
vanishing gradients under SGD with momentum in a 20-layer sigmoid net on the espresso CSV,
saturation under Adam in a tanh net with N(0, 5) init on the espresso CSV, a slow start of the
hourglass CNN under plain SGD (the parts from :mod:`.heldout70` to :mod:`.heldout73` used SGD
with momentum or Nesterov momentum), the unshuffled 75-feature set under Adam in a leaky-ReLU net,
square error with Adagrad on the espresso CSV, the 75-feature set one row at a time under Adam (a
noisy loss), an overfit 75-row 75-feature set under Adagrad and a 45-row Friedman regression
under RMSprop, an underfit 1-unit leaky-ReLU net under AdamW on the espresso CSV (not on the
quantiles, where the earlier parts put it), Lightning's NaN on wine under SGD with momentum and
its stuck breast cancer under Adam, Trainer's NaN on wine under SGD with Nesterov momentum and its
stuck iris under Adam, Keras' NaN on iris under plain SGD and its 35 rows of digits under Adagrad,
TensorBoard's NaN on breast cancer under plain SGD and its 1-unit digits under Adam, the
hand-written loop's corrupt record on the sine under AdamW and its stuck wine under Adam. The
sibling :mod:`.heldout74` was not looked at. The cases are spread over the tools (sixteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop)
and the fault classes (four runner runs broken (two divergences, one at the float's edge and one
that never turns NaN, exploding gradients, dead units that end a blow-up) and five scripts
(Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a high update ratio;
``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed`` in
five runner runs; ``at_chance`` in six runner runs and two scripts; one overfit runner run with a
generalisation gap, one runner run and one script with a gap alone, one noisy runner run
overfitting without a gap; three runner regressions among the faults; ``noisy_loss`` expected in
one runner run, ``not_converged`` in two and ``slow_start`` in one; ``underfitting`` in one
runner run and one script), and the healthy runner runs over three data sets (the espresso CSV,
the Friedman regression and the 75-feature set), and the healthy scripts on breast cancer, wine
and iris (Trainer, Keras and the hand-written loop), breast cancer and iris (TensorBoard) and
breast cancer and wine (Lightning).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the
epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer
gradient norms and update ratios, dead-unit and saturation fractions, and for the runner cases the
test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner cases
were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. Every run was
trained once, with its final setting (no setting was changed after its first run: the labels
were set from the metrics, below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`
and :mod:`.heldout73`): the state a run ends in is *expected* where its metrics show it, the
mechanisms on the way are *allowed* with their reason (``why_allowed``). ``at_chance`` is
expected when the final validation accuracy is within 0.05 of the better of 1/K and the
majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when the
validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1
lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends
clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the
step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at
the end (it counts at severity info); ``underfitting`` when both scores are clearly below what a
healthy run of this part on the same data reaches (or the run's baseline, where no healthy run is
in the part) and the loss has flattened; ``noisy_loss`` when the step loss swings far more from
step to step than any healthy run's; ``not_training`` is expected or allowed wherever the
training loss falls by less than 5% over the run. A fault that came out weak was made stronger or
relabelled from its metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.25 on the quantiles, 0.3346
on the 75-feature set, 0.2633 on the hourglass images and 0.27 on the espresso CSV (read from the
test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0244 (the
first layer of the tanh MLP with RMSprop on the Friedman regression), single steps at most 0.354
(the output layer of the ReLU MLP with Adagrad on the espresso CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.154 (its output layer; 0.084 in its first),
6.3 times the healthy extreme, with single steps up to 11.7 (4.7 in its first layer), 33 times the
healthy one; the expected ``update_ratio_low`` runs sit at 0 to 1.3e-10 in quarter means, single
steps up to 2.2e-10 (AdamW at LR 1e-10 on the Friedman regression), and 0 to 1.1e-10 (SGD with
Nesterov momentum at LR 1e-10 on the espresso CSV), where the healthy runs' smallest quarter mean
is 1.7e-5 (the output layer of the tanh MLP with Adam at the end of a cosine schedule on the
Friedman regression). Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU and
ELU runner run; the expected ``dead_relu`` run holds every unit after the hourglass CNN's second
convolution and every dense unit (none after its first convolution) once Adam at LR 2 blows it
up. The saturated fraction per layer is at most 0.0007 in the kept healthy tanh and sigmoid runs
(the tanh MLP with AdamW on the Friedman regression); the expected ``saturated_activation`` run
holds 0.858 and 0.945 in its two layers (its maximum and last value alike). The exploding run's
gradient norms sit at 1.4e5-9.5e5 with its epoch loss at 7.58e5 from the first epoch and never
NaN (the healthy runs' largest single norm 113: the output layer of the sigmoid MLP with RMSprop on
the Friedman regression); the vanishing run's first layer at 2.8e-18 to 6.9e-18 against up to 0.71
at the output, its first layers' update ratio 0. The step-loss position in the epoch explains
85.7% of the within-epoch variance over the second half in the sorted 75-feature set (the healthy
runner runs at most 18.7%: the sigmoid MLP with Adam on the espresso CSV; 11.5% on the 75-feature
set). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 1.91 times its mean in the kept healthy runner runs (the leaky-ReLU MLP with RMSprop on
the 75-feature set) and at most 2.13 in the healthy scripts (Lightning's breast cancer). Healthy
runs reach a validation score close to what the data allow (accuracy 1.0 on the espresso CSV,
where the run's ``baseline/val_accuracy`` is 1.0; 0.9538-0.9596 on the 75-feature set, where the
baseline is 0.9615; R2 0.7144-0.7263 on the Friedman regression, where the baseline is 0.7155; for
the scripts 1.0 (Trainer's, Keras', Lightning's and the loop's wine), 0.9667 (Trainer's,
TensorBoard's, Keras' and the loop's iris), 0.9649 (Keras', Lightning's and the loop's breast
cancer) and 0.9561 (Trainer's and TensorBoard's breast cancer)); their validation loss does not
rise at the end (every kept healthy run's is lowest at its last epoch but six: the tanh MLPs with
AdamW and Adam on the Friedman regression, lowest at epoch 27 of 30 and 0.034% and 0.042% above
it at the end, the leaky-ReLU MLP with RMSprop on the 75-feature set (epoch 13 of 15, 0.004%),
Keras' wine (epoch 34 of 40, 0.14%), Trainer's iris (epoch 38 of 40, 0.10%) and Lightning's breast
cancer (epoch 24 of 25, 0.56%)), the training loss has flattened (the epoch loss falls at most
2.2% over the last epoch in the runner runs, the ELU MLP with RMSprop on the espresso CSV from
0.0149, and 4.4% and 5.1% in Keras' breast cancer and wine, both near their floor with the
validation loss lowest at or near the end; Keras' iris rises 5.9% in its last epoch (0.0531 to
0.0562) with the validation loss lowest at the end; Lightning's per-epoch losses, noisier, fall
7.0% in breast cancer and 5.0% in wine, near their floor), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.043, the ReLU MLP with AdamW on the
75-feature set, training 0.9968; among the scripts 0.038, TensorBoard's breast cancer, training
0.9941; the largest R2 gap: 0.085, the tanh MLP with AdamW on the Friedman regression, training
0.8117, far from ~1), and they expect no finding of severity warning or worse.

Healthy candidates dropped (36 trained, 29 kept): on the 75-feature set the ReLU MLP with RMSprop
at batch 28 (accuracy 0.9462) and the leaky-ReLU MLP with AdamW (0.9365), each more than 0.015
below the baseline 0.9615; on the Friedman regression the sigmoid MLP with AdamW (its validation
loss lowest at epoch 10 of 30 and 0.54% above it at the end); TensorBoard's wine (its validation
loss lowest at epoch 25 of 40 and 5.6% above it at the end); and, to hold the part at about
:mod:`.heldout73`'s size, three espresso runs healthy by every number above (the ReLU MLP with
RMSprop at batch 21, the tanh MLP with AdamW at batch 23 and the leaky-ReLU MLP with RMSprop at
batch 33; the figures above are from the kept runs only). No healthy run on the hourglass images,
on the quantiles, on the climbing gym CSV, on the sine or on digits is in the part: their faults
are read against the run's own numbers and its baseline.

Labels read from the metrics: the climbing gym divergence climbs from 2.4e5 to 2.1e8 and 4.3e21 in
three steps and then to the float's edge (the run ends FAILED), so ``divergence`` is expected and
``nan_loss`` only allowed; Adam at LR 30 on the quantiles blew up to an epoch loss of 1.5e6 (the
step loss up to 5.7e7) and ended at 6.95 without a NaN (first step 1.40, near ln 4), accuracy 0.25
(1/4) with every test prediction in one class and every unit of its second layer dead, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected (``dead_relu`` allowed as
a side effect); the exploding run ends at 0.3327 (the majority share 0.3346) with every test
prediction in one class and its update ratio 0, so ``at_chance`` and ``predictions_collapsed`` are
expected beside ``exploding_gradients`` and ``not_training`` (``update_ratio_low`` allowed); the
hourglass CNN under Adam at LR 2 blows up to an epoch loss of 1.1e4 in its first epoch and then
sits at 1.46 and 1.51 (above its first step 1.39), accuracy 0.2633 and every test prediction in one
class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``dead_relu``; the high update ratio run throws its first epoch about (the step loss up to 16.8
from 1.46, the epoch loss 0.898), then its loss is 0 with accuracy 1.0 (the espresso states part
cleanly, so later updates are 0 and ``update_ratio_low`` is allowed), so ``update_ratio_high`` is
expected alone and, as in :mod:`.heldout73`, the verdict is a training problem; AdamW at LR 1e-10
on the Friedman regression ends at R2 -8.60 (the epoch loss 226.1 at every epoch); SGD with
Nesterov momentum at LR 1e-10 on the espresso CSV (the epoch loss 1.347 at every epoch) ends at
0.3133 (0.043 above the majority share 0.27) with 92.3% of the test predictions in one class, so
``at_chance`` and ``predictions_collapsed`` are expected; the vanishing run ends at 0.27 with every
test prediction in one class and its epoch loss at 1.400 to 1.388 (ln 4 is 1.386), so
``at_chance`` and ``predictions_collapsed`` are expected beside ``vanishing_gradients`` and
``not_training`` only allowed; the saturated run ends at 0.2767 (0.007 above the majority share;
the epoch loss 38.49 at every epoch) with 35.3% of the test predictions in one class, so
``at_chance`` is expected and ``predictions_collapsed`` not even allowed; the slow start of the
hourglass CNN under plain SGD at LR 0.012 lingers near ln 4 for a dozen epochs (the epoch loss
1.387, 1.384, 1.382, 1.380 and on to 1.355 at epoch 12, 2.3% below its first epoch), then falls to
0.681 (accuracy 0.5733, training 0.6478, the baseline 0.6867) and falls only 1.1% over its last
epoch (0.6883 to 0.6808; 1.4% the epoch before), inside the healthy runs' 2.2%, with the
validation loss lowest at the end, so ``slow_start`` is expected alone and ``not_converged`` and
``underfitting`` allowed; the sorted 75-feature set ends at 0.9288 (the baseline 0.9615) with its
epoch loss falling 26% over the last epoch (0.3068 to 0.2271) and the validation loss lowest at
the end, so ``not_converged`` is expected beside ``unshuffled_data``; the square-error espresso
run reaches accuracy 1.0 while its epoch loss still falls 23% over its last epoch (0.01066 to
0.00820, from 0.1544 in the first) with the validation loss lowest at the end, so
``not_converged`` is expected beside ``loss_mismatch``; the batch-1 75-feature run's step loss
swings 11.0 times its mean step to step over the second half (5.7 times the healthy runner runs'
1.91, 5.2 times the healthy scripts' 2.13) while its validation loss, lowest at the first epoch
(0.1959), rises at every epoch to 0.6139 (213% above it) as the epoch loss falls from 0.2832 to
0.1492 (and 0.1782 in the last epoch), so ``noisy_loss`` and ``overfitting`` are expected as in
:mod:`.heldout71` (accuracy 0.9442, training 0.9731: no gap); the 75 rows of the 75-feature set
end at validation 0.8577 (training 1.0) with the validation loss lowest at epoch 3 (0.3954) and
0.5037 at the end, so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman
regression (R2 -0.34, training 0.96 after 0.98, its validation loss flat about 27 with dips, 30%
above its minimum at epoch 65 at the end, while the training loss sits near 0 with jumps back) and
Keras' 35 rows of digits (validation 0.7187, training 1.0, the validation loss lowest at epoch 22
(0.9791) and 2.7% above it at the end, flat over the last epochs) expect ``generalisation_gap``
alone; the 1-unit leaky-ReLU net on the espresso CSV ends at 0.75 (training 0.7467, the healthy
runs 1.0) with its epoch loss falling 2.1% over the last epoch (0.4971 to 0.4868), inside the
healthy runs' 2.2%, and 52% of the test predictions in one class, so ``underfitting`` is expected.
Lightning's NaN on wine (the step loss 1.15 up to 1.4e35, then NaN from its logged step 8),
Trainer's NaN on wine (the logged loss 7.3e4 up to 7.7e27, then NaN) and TensorBoard's NaN on
breast cancer (the step loss 0.70 up to 1.8e34, then NaN from step 8) expect ``divergence`` beside
``nan_loss``; they end at 0.3333 (0.056 below wine's majority share) and 0.3684 (breast cancer's
minority share), so ``at_chance`` is only allowed there; Keras' NaN on iris (every epoch's loss
NaN) ends at 0.3333 (1/3), so ``at_chance`` is expected and ``divergence`` only allowed (no finite
loss shows the blow-up). Lightning's stuck breast cancer (Adam at LR 1e-10, the epoch loss 0.6909
throughout) ends at 0.6579 (0.026 above the majority share), so ``not_training`` and ``at_chance``
are expected; Trainer's stuck iris (Adam at LR 1e-10, the evaluation loss 1.049 at every
evaluation) scores 0.40, 0.067 above 1/3, and the loop's stuck wine (Adam at LR 1e-10, the
validation loss 1.150 throughout) 0.0833, far below 1/3, so ``at_chance`` is only allowed there;
TensorBoard's 1-unit digits end at 0.2423 (training 0.2505) with the validation loss falling 0.45%
over the last epoch (``underfitting``; ``at_chance`` not allowed, 0.14 above 1/10); the loop's
corrupt record makes the loss Inf at step 21 (the loss from 0.86 down to 0.11-0.25 before it).

Faults relabelled from their first labels (no fault was retrained): ``at_chance`` expected in the
exploding, the stuck espresso, the vanishing and the saturated runs, Lightning's stuck breast
cancer and Keras' NaN (written as allowed or not at all); ``predictions_collapsed`` expected in
the exploding, the stuck espresso and the vanishing runs (written as allowed or not at all);
``not_converged`` expected in the sorted set and the square-error run (written as allowed);
``overfitting`` expected in the batch-1 run (written as allowed); the slow start's
``not_converged`` only allowed (written as expected); ``update_ratio_low`` allowed in the high
update ratio run; allowed codes the metrics rule out dropped (the square-error run's, the batch-1
run's ``dead_relu``, ``exploding_gradients`` and ``update_ratio_high``, the 1-unit espresso net's
``noisy_loss`` and ``slow_start``).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 29)
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

# an hourglass in a 5x5 cell (two triangles meeting at a waist, the sand only in the lower
# bulb), turned by 90 degrees at a time for the other three directions
_HOURGLASS_UP = np.array([[1, 1, 1, 1, 1],
                          [0, 1, 0, 1, 0],
                          [0, 0, 1, 0, 0],
                          [0, 1, 1, 1, 0],
                          [1, 1, 1, 1, 1]], dtype=float)
_HOURGLASSES = turned(_HOURGLASS_UP)


def hourglasses(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 hourglass glyph at a random place (4 classes: the hourglass turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_HOURGLASSES, n, size, noise, flip, seed)


def _espresso_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An espresso machine's state (0 off, 1 heating up, 2 brewing, 3 steaming) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    boiler_c = np.array([24.0, 70.0, 93.0, 124.0])[cls] + rng.normal(0, 4.0, n)
    pump_bar = np.array([0.0, 0.0, 9.0, 1.2])[cls] + rng.normal(0, 0.5, n)
    flow_ml_s = np.array([0.0, 0.0, 2.0, 0.0])[cls] + rng.normal(0, 0.3, n)
    heater_w = np.array([0.0, 1350.0, 600.0, 1100.0])[cls] + rng.normal(0, 90.0, n)
    steam_valve = np.array([0.0, 0.0, 0.0, 1.0])[cls] + rng.normal(0, 0.1, n)
    tank_pct = rng.uniform(10.0, 100.0, n)
    room_c = rng.uniform(16.0, 30.0, n)
    return (["boiler_c", "pump_bar", "flow_ml_s", "heater_w", "steam_valve", "tank_pct",
             "room_c", "state"],
            np.column_stack([boiler_c, pump_bar, flow_ml_s, heater_w, steam_valve, tank_pct,
                             room_c, cls]))


def _climbing_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A climbing gym's climbers a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    new_routes = rng.integers(0, 25, n).astype(float)
    temp_c = rng.uniform(-8, 34, n)
    rain_mm = rng.uniform(0, 30, n)
    holiday = rng.integers(0, 2, n).astype(float)
    competition = rng.integers(0, 2, n).astype(float)
    climbers = (220 + 6.0 * new_routes + 4.0 * rain_mm - 2.5 * temp_c + 90.0 * holiday
                + 140.0 * competition + 70.0 * (weekday >= 5) + rng.normal(0, 20.0, n))
    return (["weekday", "new_routes", "temp_c", "rain_mm", "holiday", "competition",
             "climbers"],
            np.column_stack([weekday, new_routes, temp_c, rain_mm, holiday, competition,
                             climbers]))


def _espresso(**sections: Any) -> Any:
    return _csv("espresso_machine_state_h75", _espresso_csv, "state", "classification", 754,
                **sections)


def _climbing(**sections: Any) -> Any:
    return _csv("climbing_gym_daily_climbers_h75", _climbing_csv, "climbers", "regression", 755,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout75"
HG4 = _factory(f"{HERE}:hourglasses")
GQ424 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=24,
                 n_classes=4, random_state=751)
CL75 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=75,
                n_informative=27, n_redundant=8, n_classes=3, class_sep=2.3, random_state=752)
FR67 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=67, noise=0.8,
                random_state=753)
HCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 15}], "hidden": [26]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h75_divergence_climbing_sgd_leaky", "the climbing gym daily-climbers CSV (targets "
         "unscaled, in the hundreds), 33-unit leaky-ReLU MLP, plain SGD at LR 0.3, batch 23",
         _climbing(model={"hidden": [33], "activation": "leaky_relu"},
                   optim={"name": "sgd", "lr": 0.3},
                   train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 2.4e5 to 2.1e8 and 4.3e21 in three steps, "
                               "then at the float's edge (the run ends FAILED)"),
         verdict="failed"),
    Case("h75_divergence_gq424_adam_lr30_relu", "80x40 ReLU MLP on the 4-class quantiles in "
         "24 dimensions, Adam at LR 30, batch 27",
         {"data": GQ424, "model": {"hidden": [80, 40]},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 1.5e6, 4921 and 6.95 (first step 1.40), "
                               "never NaN; update ratios up to 446 in single steps; every "
                               "unit of the second layer dead"),
         verdict="failed"),
    Case("h75_exploding_cl75_10x22_relu_std1_adagrad", "10x22 ReLU MLP with N(0, 1) init on "
         "the 75-feature set, Adagrad at LR 1e-12, batch 29",
         {"data": CL75, "model": {"hidden": [22] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 7.58e5 at every epoch), far above "
                      "ln 3 from the first step; the tiny steps do not move the wide weights "
                      "(update ratio 0); up to 27% of a layer's units dead"),
         verdict="failed"),
    Case("h75_dead_relu_hourglass_cnn_adam_lr2", "the hourglass CNN (9, 15 channels, 26 "
         "hidden), Adam at LR 2, batch 21",
         {"data": HG4, "model": HCNN, "optim": {"name": "adam", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 1.1e4 in the first epoch, then 1.46 and "
                               "1.51 (first step 1.39, near ln 4); every unit after the second "
                               "convolution and every dense unit dead"),
         verdict="failed"),
    Case("h75_update_ratio_high_espresso_adam_lr1", "Adam at LR 1 on the espresso machine CSV, "
         "48 leaky-ReLU units, batch 24, 10 epochs",
         _espresso(model={"hidden": [48], "activation": "leaky_relu"},
                   optim={"name": "adam", "lr": 1.0},
                   train={"epochs": 10, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 16.8 from "
                      "1.46), then the loss sits at 0 with accuracy 1.0, so the gradients "
                      "and the updates are 0 from the second quarter on"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h75_adamw_lr1e10_fr67", "the 67-feature Friedman regression, 44x22 ELU MLP, AdamW "
         "at LR 1e-10, batch 29, 4 epochs",
         {"data": FR67, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.60, far below the baseline (0.7155) and the healthy runs"),
         verdict=TP),
    Case("h75_nesterov_lr1e10_espresso", "the espresso machine CSV, 36x18 tanh MLP, SGD with "
         "Nesterov momentum 0.9 at LR 1e-10, batch 23, 4 epochs",
         _espresso(model={"hidden": [36, 18], "activation": "tanh"},
                   optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9, "nesterov": True},
                   train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the untrained net puts 92.3% of the test predictions in one class "
                      "(accuracy 0.3133)"),
         verdict=TP),
    Case("h75_vanishing_sigmoid_espresso_20x14_momentum", "20x14 sigmoid MLP on the espresso "
         "machine CSV, SGD with momentum 0.9 at LR 0.01, batch 33, 4 epochs",
         _espresso(model={"hidden": [14] * 20, "activation": "sigmoid"},
                   optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                   train={"epochs": 4, "batch_size": 33}, diagnose=NOSTOP),
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move (update ratio 0), a side effect of the "
                      "vanishing gradients; the epoch loss 1.400 to 1.388 (ln 4 is 1.386)"),
         verdict=TP),
    Case("h75_saturated_tanh_espresso_std5_adam", "2x46 tanh MLP with N(0, 5) init on the "
         "espresso machine CSV, Adam at LR 1e-9, batch 33",
         _espresso(model={"hidden": [46, 46], "activation": "tanh", "init": "normal",
                          "init_std": 5.0},
                   optim={"name": "adam", "lr": 1e-9},
                   train={"epochs": 4, "batch_size": 33}, diagnose=NOSTOP),
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (1e-11); the loss far above ln 4 from the start (the "
                      "epoch loss 38.49 at every epoch)"),
         verdict=TP),
    Case("h75_slow_start_hourglass_cnn_sgd", "the hourglass CNN, plain SGD at LR 0.012, batch "
         "21, 40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": HG4, "model": HCNN, "optim": {"name": "sgd", "lr": 0.012},
          "train": {"epochs": 40, "batch_size": 21}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu", "not_converged"),
         why_allowed=("no healthy hourglass run is in the part (accuracy 0.5733, the baseline "
                      "0.6867); the epoch loss still falls 1.1% over the last epoch; up to "
                      "11.5% of the dense units dead"),
         verdict=TP),
    Case("h75_unshuffled_cl75_adam_leaky", "the 75-feature set sorted by label, never "
         "shuffled, 58x29 leaky-ReLU MLP, Adam at LR 5e-4, batch 37, 8 epochs",
         {"data": {**CL75, "order": "by_label", "shuffle": False},
          "model": {"hidden": [58, 29], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "dead_relu"),
         why_allowed=(SORTED + "; accuracy 0.9288 (training 0.9692), below the baseline "
                               "0.9615; 3.4% of the second layer's units dead"),
         verdict=TP),
    Case("h75_mse_softmax_espresso_adagrad", "the espresso machine CSV trained with square "
         "error on the softmax, Adagrad at LR 0.005, 32x16 ReLU MLP, batch 29, 10 epochs",
         _espresso(model={"hidden": [32, 16]},
                   optim={"name": "adagrad", "lr": 0.005},
                   train={"loss": "mse", "epochs": 10, "batch_size": 29}),
         expect=("loss_mismatch", "not_converged"),
         allow=(),
         why_allowed="",
         verdict=TP),
    Case("h75_noisy_cl75_b1_adam", "the 75-feature set one row at a time (batch 1), Adam at LR "
         "0.01, 26-unit ReLU MLP, 4 epochs",
         {"data": CL75, "model": {"hidden": [26]}, "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("underfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 35.1); the "
                      "epoch loss rises 19% in the last epoch (0.1492 to 0.1782); accuracy "
                      "0.9442, a little below the healthy runs (0.9538 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h75_overfit_cl75_subset75_adagrad", "75 rows of the 75-feature set, MLP of 280 and "
         "140 units, Adagrad at LR 0.01, 80 epochs, batch 8",
         {"data": {**CL75, "subset": 75}, "model": {"hidden": [280, 140]},
          "optim": {"name": "adagrad", "lr": 0.01}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8577 (the healthy "
                      "runs 0.9538 and up); 15.7% of the second layer's units dead"),
         verdict=GP),
    Case("h75_gap_fr67_subset45_rmsprop", "45 rows of the 67-feature Friedman regression, MLP "
         "of 190 and 95 units, RMSprop at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR67, "subset": 45}, "model": {"hidden": [190, 95]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 -0.34, training 0.96, the run's baseline "
                      "0.0526); near 0 the training loss jumps back now and then (up to "
                      "0.91 late in the run) and falls 34% over the last epoch from such a "
                      "jump; the validation loss, flat about 27 with dips, ends 30% above "
                      "its minimum at epoch 65; up to 49.5% of the second layer's units "
                      "dead; the gradients die away near 0"),
         verdict=GP),
    Case("h75_underfit_espresso_one_leaky_unit_adamw", "the espresso machine CSV through 1 "
         "leaky-ReLU unit, AdamW at LR 0.01, batch 30, 15 epochs",
         _espresso(model={"hidden": [1], "activation": "leaky_relu"},
                   optim={"name": "adamw", "lr": 0.01},
                   train={"epochs": 15, "batch_size": 30}),
         expect=("underfitting",),
         allow=("not_converged",),
         why_allowed=("the epoch loss falls 2.1% over the last epoch (0.4971 to 0.4868), "
                      "inside the healthy runs' 2.2%"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h75_lightning_wine_momentum_lr400_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 400, 17 units, batch 9, 4 epochs",
         script=lightning_run(_s("wine", hidden=(17,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=9, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.15 up to 1.4e35, then NaN; accuracy "
                               "0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h75_lightning_cancer_adam_lr1e10_stuck", "Lightning: breast cancer, Adam at LR "
         "1e-10, 25 units, batch 13, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(25,), optim="adam", lr=1e-10,
                                 epochs=4, batch_size=13)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss stays at 0.6909 (accuracy 0.6579)"), verdict=TP),
    Case("h75_hf_trainer_wine_nesterov_lr400_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 at LR 400 (decaying linearly), 23 units, batch 13, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(23,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=13,
                                  optim_args={"momentum": 0.9, "nesterov": True}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 7.3e4 up to 7.7e27, then NaN; accuracy "
                               "0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h75_hf_trainer_iris_adam_lr1e10_stuck", "Hugging Face Trainer names: iris, Adam at "
         "LR 1e-10 (decaying linearly), 21 units, batch 8, 5 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(21,), optim="adam", lr=1e-10,
                                  epochs=5, batch_size=8), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 1.049; the untrained net scores 0.40, "
                      "0.067 above 1/3"), verdict=TP),
    Case("h75_keras_iris_sgd_lr500_nan", "Keras names: iris, plain SGD at LR 500, 26 units, "
         "batch 9, 3 epochs",
         script=keras_run(_s("iris", hidden=(26,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h75_keras_digits_subset35_adagrad_gap", "Keras names: 35 rows of digits, 150 units, "
         "Adagrad at LR 0.02, 90 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(150,), optim="adagrad", lr=0.02, epochs=90,
                             batch_size=5, subset=35)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 22 (0.9791) and ends 2.7% above it"),
         verdict=GP),
    Case("h75_tensorboard_cancer_sgd_lr400_nan", "TensorBoard tags: breast cancer, plain SGD "
         "at LR 400, 19 units, batch 10, 4 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(19,), optim="sgd", lr=400.0,
                                   epochs=4, batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.70 up to 1.8e34, then NaN; accuracy "
                               "0.3684, the minority share, far below the majority share"),
         verdict="failed"),
    Case("h75_tensorboard_digits_one_unit_adam", "TensorBoard tags: digits through 1 ReLU "
         "unit, Adam at LR 2e-3, batch 27, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="adam", lr=2e-3,
                                   epochs=20, batch_size=27)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2423 "
                      "(training 0.2505); the validation loss still falls 0.45% over the "
                      "last epoch"),
         verdict=TP),
    Case("h75_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.2, AdamW at LR 0.01, 31 units, batch 16, a corrupt record (x = 1e30) at step 21 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(31,), optim="adamw", lr=0.01, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h75_plain_wine_adam_lr1e10_stuck", "hand-written loop: wine, Adam at LR 1e-10, 29 "
         "units, batch 11, 5 epochs",
         script=plain_run(_s("wine", hidden=(29,), optim="adam", lr=1e-10,
                             epochs=5, batch_size=11)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.150; the untrained net scores 0.0833, "
                      "far below 1/3 and the majority share (0.3889)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy75_espresso_tanh_adam_b21",
       _espresso(model={"hidden": [43], "activation": "tanh"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 21})),
    _h("healthy75_espresso_elu_rmsprop_b27",
       _espresso(model={"hidden": [47], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy75_espresso_leaky_adam_b19",
       _espresso(model={"hidden": [51], "activation": "leaky_relu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 19})),
    _h("healthy75_espresso_sigmoid_adamw_b23",
       _espresso(model={"hidden": [53], "activation": "sigmoid"},
                 optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 23})),
    _h("healthy75_espresso_tanh_adagrad_b29",
       _espresso(model={"hidden": [41], "activation": "tanh"},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy75_espresso_relu_adagrad_b17",
       _espresso(model={"hidden": [49]},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 17})),
    _h("healthy75_espresso_elu_adamw_b31",
       _espresso(model={"hidden": [55], "activation": "elu"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 31})),
    _h("healthy75_espresso_sigmoid_adam_b25",
       _espresso(model={"hidden": [57], "activation": "sigmoid"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 25})),
    _h("healthy75_fr67_tanh_adamw_b24",
       {"data": FR67, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy75_fr67_tanh_adam_b28",
       {"data": FR67, "model": {"hidden": [61], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy75_fr67_sigmoid_rmsprop_b30",
       {"data": FR67, "model": {"hidden": [63], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy75_fr67_tanh_rmsprop_b32",
       {"data": FR67, "model": {"hidden": [57], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy75_cl75_relu_rmsprop_b24",
       {"data": CL75, "model": {"hidden": [74]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy75_cl75_relu_adamw_b26",
       {"data": CL75, "model": {"hidden": [78]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy75_cl75_leaky_rmsprop_b22",
       {"data": CL75, "model": {"hidden": [82], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy75_cl75_relu_adagrad_b20",
       {"data": CL75, "model": {"hidden": [71]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy75_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(62,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy75_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(64,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy75_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(66,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy75_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(70,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy75_keras_iris_adamw",
        keras_run(_s("iris", hidden=(72,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy75_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(67,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy75_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(69,), optim="adam", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy75_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(71,), optim="adamw", lr=3e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy75_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(73,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy75_plain_wine_adamw",
        plain_run(_s("wine", hidden=(75,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy75_keras_wine_adam",
        keras_run(_s("wine", hidden=(77,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy75_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(79,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy75_plain_iris_adamw",
        plain_run(_s("iris", hidden=(81,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
