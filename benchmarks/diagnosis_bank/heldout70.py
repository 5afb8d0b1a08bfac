"""The seventieth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout71`, after :mod:`.heldout68`'s and :mod:`.heldout69`'s
writing and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout69` in its combination of data set (new here: a 10x10 image set of a goblet (a bowl
with its rim on top, a stem and a foot in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4
classes), 1500 images with noise 0.3 and 2% random labels; 16-class Gaussian quantiles in 2
dimensions (4800 samples); a 70-feature 3-class set (2600 samples, 25 informative, 9 redundant,
class separation 2.1); a 62-feature Friedman-1 regression (2000 samples, noise 0.9); a rice
cooker's state CSV (idle, cooking, steaming, keeping warm: 4 classes from 7 readings) and a
pumpkin patch's daily visitors regression CSV (in the hundreds), besides the script tools' shipped
sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model
(MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN),
optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum, SGD with Nesterov
momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2
steps, Keras and TensorBoard names, a hand-written loop). The fault cases pair a mechanism with
another optimiser, model, data set or tool than :mod:`.heldout66` to :mod:`.heldout69` did
(divergence under plain SGD in a ReLU net on the unscaled pumpkin-patch visitors, divergence under
AdamW at LR 30 in a tanh net on the 16-class quantiles, exploding gradients in a 10-layer ELU net
with N(0, 1) init under SGD with momentum on the 70-feature set, units killed by SGD with
momentum at LR 2 in the goblet CNN, a high update ratio from AdamW at LR 1 in a sigmoid net on the
rice-cooker CSV, a tiny learning rate under plain SGD on the Friedman regression and under Adam on
the rice-cooker CSV, vanishing gradients under SGD with momentum in a 20-layer sigmoid net on the
quantiles, saturation under Adagrad in a tanh net with N(0, 5) init on the rice-cooker CSV, a slow
start of the goblet CNN under SGD with Nesterov momentum (not plain SGD, the pair every part from
:mod:`.heldout66` to :mod:`.heldout69` repeated), the unshuffled 70-feature set under Adagrad in a
tanh net, square error with plain SGD on the rice-cooker CSV, the 70-feature set one row at a time
under plain SGD (a noisy loss), an overfit 75-row 70-feature set under SGD with momentum and a
45-row Friedman regression under AdamW, an underfit 1-unit tanh net under Adagrad on the
quantiles, Lightning's NaN on digits under plain SGD and its 1-unit digits under AdamW, Trainer's
NaN on breast cancer under SGD with momentum and its stuck wine under RMSprop, Keras' NaN on iris
under SGD with momentum and its stuck breast cancer under Adagrad, TensorBoard's NaN on digits
under SGD with momentum and its 35 rows of digits under Adam, the hand-written loop's corrupt
record on the sine under plain SGD and its stuck breast cancer under plain SGD). Where a first
plan matched a pairing the sibling :mod:`.heldout71` was already training (seen from its
running processes' case names, before any run of this part), it was changed before the first
run of this part (the pumpkin divergence under plain SGD in a ReLU net, not SGD with momentum in
a tanh net; the goblet CNN killed by SGD with momentum, not Adagrad; the slow start under
Nesterov momentum; plain SGD at the tiny learning rate on the Friedman regression; Adagrad on the
sorted set; plain SGD with square error; SGD with momentum on the 75 rows; plain SGD in the
loop's corrupt record). The cases are spread over the tools (sixteen runner faults; two faults
for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault
classes (three runner runs broken (two divergences, one at the float's edge and one that never
turns NaN, exploding gradients) and five scripts (Lightning's, Trainer's, Keras' and
TensorBoard's NaN, the loop's Inf); ``not_training`` expected in four runner runs and three
scripts; ``predictions_collapsed`` in two runner runs; ``at_chance`` in four runner runs and three
scripts; one overfit runner run with a generalisation gap, and one runner run and one script with
a gap alone; two runner regressions among the faults; ``noisy_loss`` expected in one runner run,
``not_converged`` in two and ``slow_start`` in one; ``underfitting`` in one runner run and one
script), and the healthy runner runs over four data sets (the rice-cooker CSV, the Friedman
regression, the 70-feature set and the quantiles), and the healthy scripts on iris and breast
cancer (Trainer), wine and iris (TensorBoard), iris and breast cancer (Keras), wine and breast
cancer (Lightning) and wine and breast cancer (the hand-written loop).

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
runner sets are balanced (stratified splits): the majority share is 0.0625 on the quantiles, 0.335
on the 70-feature set, 0.263 on the goblet images and 0.273 on the rice-cooker CSV (read from the
test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0348 (the
output layer of the sigmoid MLP with Adagrad on the rice-cooker CSV), single steps at most 0.587
(the same layer of the same run); the expected ``update_ratio_high`` run reaches a quarter mean of
0.169 (its output layer; 0.092 in its first), 4.9 times the healthy extreme, with single steps up
to 11.3 (4.7 in its first layer), 19 times the healthy one; the expected ``update_ratio_low`` runs
sit at 0 to 2.2e-10 in quarter means and single steps (plain SGD at LR 1e-10 on the Friedman
regression, its output layer at 0) and 0 to 1.1e-10 (Adam at LR 1e-10 on the rice-cooker CSV),
where the healthy runs' smallest quarter mean is 1.6e-5 (an output layer at the end of a cosine
schedule on the Friedman regression). Dead-unit fraction 0 at any time in every kept healthy
ReLU, leaky-ReLU and ELU runner run but the two on the quantiles, whose second layers hold up to
9.4% (ELU) and 10% (leaky ReLU) units that no input turns positive; the expected ``dead_relu`` run
holds every unit of the goblet CNN's dense layer and 85.7% after its second convolution once SGD
with momentum at LR 2 throws it about. The saturated fraction per layer is at most 0.052 in the
healthy tanh and sigmoid runs (the sigmoid MLP with Adagrad on the rice-cooker CSV); the expected
``saturated_activation`` run holds 0.855 and 0.937 in its two layers throughout. The exploding
run's gradient norms sit at 1.0e5-1.7e6 with its epoch loss at 4.35e5 from the first epoch and
never NaN (the healthy runs' largest single norm 113: the output layer of the sigmoid MLP with
RMSprop on the Friedman regression); the vanishing run's first layer at 3.9e-19 to 5.5e-18
against 0.19 to 0.92 at the output, its first ten layers' update ratio 0. The step-loss position
in the epoch explains 99.3% of the within-epoch variance over the second half in the sorted
70-feature set (the healthy runner runs at most 25%: the ELU MLP with RMSprop on the rice-cooker
CSV; on the 70-feature set at most 13%). The standard deviation of the step loss's step-to-step
change over the second half of a run is at most 1.24 times its mean in the kept healthy runner
runs (the leaky-ReLU MLP with Adagrad on the 70-feature set) and at most 2.10 in the healthy
scripts (Lightning's breast cancer). Healthy runs reach a validation score close to what the data
allow (accuracy 1.0 on the rice-cooker CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.9635-0.9673 on the 70-feature set, where the baseline is 0.9462; 0.925 and 0.9531 on the
quantiles, where the baseline is 0.7833; R2 0.7254-0.7361 on the Friedman regression, where the
baseline is 0.7374 (no candidate trained there beat it by more than 0.0032); for the scripts 1.0
(Lightning's and the loop's wine), 0.9722 (TensorBoard's wine), 0.9667 (Trainer's, TensorBoard's
and Keras' iris), 0.9649 (the loop's breast cancer) and 0.9561 (Trainer's, Keras' and Lightning's
breast cancer)); their validation loss does not rise at the end (every kept healthy runner run's
is lowest at its last epoch; Lightning's wine ends 0.35% above its minimum at epoch 39 of 40), the
training loss has flattened (the epoch loss falls at most 3.2% over the last epoch in the runner
runs, the ReLU MLP with RMSprop on the rice-cooker CSV from 0.0158, and 3.1% in Keras' breast
cancer; Lightning's per-epoch losses, noisier, fall 6.0% in breast cancer (0.0341 to 0.0320) and
3.8% in wine (0.0052 to 0.0050), near their floor with the validation loss at or within 0.35% of
its minimum at the end), no training score ends ~1 with the validation score 0.1 lower (the
largest accuracy gap: 0.038, Keras' and Lightning's breast cancer, training 0.9941; among the
runner runs 0.022, the leaky-ReLU MLP with Adagrad on the 70-feature set; the largest R2 gap:
0.062, the tanh MLP with AdamW on the Friedman regression, training 0.7983), and they expect no
finding of severity warning or worse.

Healthy candidates dropped (42 trained, 28 kept): on the 70-feature set the ELU and tanh MLPs with
RMSprop (accuracy 0.9346 and 0.9327, below the baseline 0.9462); on the Friedman regression the
sigmoid MLP with Adagrad (its validation loss lowest at epoch 9 of 30 and 0.55% above it at the
end), and six 60-epoch candidates added after the first runs to beat the baseline: the tanh MLP
with Adam (R2 0.7406, but its validation loss 3.0% above its minimum at epoch 22), the tanh MLP
with RMSprop (0.6799, 2.0% above its minimum), the ELU MLP with AdamW (0.7265, training 0.9562,
56% of its second layer dead), the leaky-ReLU MLP with Adam (0.6839, 0.87% above its minimum at
epoch 18), the sigmoid MLP with Adam (0.7375, training 0.854, 10.5% of its units saturated) and
the two-layer sigmoid MLP with RMSprop (0.7217, 80% of its second layer saturated); on the
quantiles the ReLU MLP with Adam and the leaky-ReLU MLP with Adam (21.9% and 17.2% of their second
layers dead, kept out to keep the healthy range of dead units narrow), the tanh MLP with AdamW and
the sigmoid MLP with Adam (36.7% and 44.0% of their second layers saturated; the sigmoid at
0.8823); the goblet CNN with Adam (accuracy 0.90, below its baseline 0.9667, with 35.7% of its
dense units dead). Besides the first 21 healthy runner candidates, the 60-epoch Friedman runs, the
leaky-ReLU and sigmoid quantiles runs and the tanh MLP with RMSprop and the leaky-ReLU MLP with
Adagrad on the 70-feature set were added after the first drops and trained once. No healthy run
on the goblet images, on the pumpkin CSV, on the sine or on digits is in the part: their faults
are read against the run's own numbers and its baseline.

Labels read from the metrics: the pumpkin divergence climbs from 2.3e5 to 1.8e308 in five steps
(the run ends FAILED at the float's edge), so ``divergence`` is expected and ``nan_loss`` only
allowed; AdamW at LR 30 on the quantiles blew up to an epoch loss of 591 and ended at 435 without
a NaN (first step 2.80), accuracy 0.1625 (0.1 above 1/16) with at most 37.3% of the test
predictions in one class, so ``divergence`` is expected and ``at_chance`` only allowed; the
exploding run ends at 0.3519 (the majority share 0.335) with 47.9% of the test predictions in one
class, so ``at_chance`` is expected beside ``exploding_gradients`` and ``not_training`` (the epoch
loss 4.347e5, 4.341e5, 4.334e5); the goblet CNN under SGD with momentum at LR 2 kills every dense
unit within its first epoch and its gradients are 0 from then on; its epoch loss (1.547, 1.578,
1.624) ends 18% above its first step (1.372) but never blows up (the step loss at most 2.31), so
``divergence`` is only allowed and the verdict is a training problem; accuracy 0.2567 (the
majority share 0.263) with every test prediction in one class, so ``dead_relu``, ``at_chance``
and ``predictions_collapsed`` are expected and ``not_training`` allowed; the high update ratio
run throws its first epoch about (the step loss up to 29.9 from 1.54, the epoch loss 2.62) and
saturates 90.5% of its sigmoid units, then reaches accuracy 1.0 with its epoch loss sinking to
8.5e-6, so ``update_ratio_high`` is expected alone (``saturated_activation``, ``divergence``,
``noisy_loss`` and ``not_converged`` allowed as its side effects: the step loss's swing 2.24
times its tiny mean, the last epoch 12.6% down) and the verdict is a training problem; plain SGD
at LR 1e-10 on the Friedman regression ends at R2 -8.64 (the epoch loss 224.2 at every epoch);
Adam at LR 1e-10 on the rice-cooker CSV ends at 0.1033, far below the majority share (so
``at_chance`` only allowed) with 55% of the test predictions in one class (under the 60% that
allows ``predictions_collapsed``, so it is neither expected nor allowed); the saturated run ends
at 0.07 (far below the majority share 0.273; the epoch loss 79.12 at every epoch) with at most
37.7% of the test predictions in one class, so only ``at_chance`` is allowed beside it; the
vanishing run ends at 0.0625 (1/16) with every test prediction in one class and its epoch loss at
2.789 to 2.778 (ln 16 is 2.773), so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed; the 1-unit tanh net on the quantiles
sinks to ln 16 (2.819 to 2.773, the last epochs flat) with accuracy 0.0604 (the baseline 0.7833,
the healthy quantiles runs 0.925 and 0.9531) and 78.9% of the test predictions in one class, so
``underfitting`` and ``at_chance`` are expected and ``predictions_collapsed`` allowed; the slow
start of the goblet CNN (the epoch loss 1.390, 1.388, 1.386, 1.385, 1.384 and on to 1.364 at epoch
20, then 1.360, 1.357, 1.352 and down to 0.852, accuracy 0.66, the baseline 0.9667) still falls
7.8% over its last epoch (0.924 to 0.852) with the validation loss lowest at the end, so
``not_converged`` is expected beside ``slow_start``; the sorted 70-feature set ends at 0.9462 (the
baseline; the first epochs at 0.8365 and 0.9173) with its epoch loss falling 5.6% over the last
epoch (0.1305 to 0.1232) and the validation loss lowest at the end, so ``not_converged`` is only
allowed beside ``unshuffled_data``; the square-error rice-cooker run's epoch loss falls 31% over
its last epoch (0.0119 to 0.0082, 22-32% every epoch) with the validation loss lowest at the end
and accuracy 1.0 from the fifth epoch, so ``not_converged`` is expected beside ``loss_mismatch``;
the batch-1 70-feature run's step loss swings 9.0 times its mean step to step over the second half
(4.3 times the healthy scripts' 2.10, 7.3 times the healthy runner runs' 1.24) while its
validation loss, lowest at epoch 2 (0.1572), ends 5.9% above it (0.1664), so ``noisy_loss`` is
expected and ``overfitting`` only allowed (accuracy 0.9635, training 0.9885: no gap; the position
in the epoch explains 49.8% of the within-epoch variance there, an artefact of two epochs in the
second half, so ``unshuffled_data`` is allowed); the 75 rows of the 70-feature set end at
validation 0.875 (training 1.0) with the validation loss lowest at epoch 9 (0.3477) and 0.3803 at
the end, so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman
regression (R2 0.1469, training 1.0, the validation loss 4.8% above its minimum at epoch 12) and
TensorBoard's 35 rows of digits (validation 0.7075, training 1.0, the validation loss lowest at
epoch 32 (0.9408) and 3.0% above it at the end) expect ``generalisation_gap`` alone.
Lightning's NaN on digits (the step loss 2.27 up to 1.2e35, then NaN) and
TensorBoard's NaN on digits (the step loss 2.37 up to 9.4e36, then NaN) end at
0.1003, the validation split's majority share, so ``at_chance`` is expected beside ``nan_loss``
and ``divergence``; Keras' NaN on iris (every loss NaN) ends at 0.3333 (1/3), so ``nan_loss`` and
``at_chance`` are expected and ``divergence`` only allowed (no finite loss shows the blow-up);
Trainer's NaN on breast cancer (the logged loss 1.3e4 up to 6.0e26, then NaN from its fourth
logged value) ends at 0.3684, the minority share, so ``at_chance`` is only allowed there;
Trainer's stuck wine (RMSprop at LR 1e-10, the evaluation loss 1.15 at every evaluation) scores
0.3333, 0.056 below the majority share 0.3889, Keras' stuck breast cancer (Adagrad at LR 1e-10,
the loss 0.7311 at every epoch) 0.3509 and the loop's stuck breast cancer (plain SGD at LR 1e-10,
the validation loss 0.7794 at every epoch) 0.2807, far below the majority share 0.6316, so
``at_chance`` is only allowed in the three; Lightning's 1-unit digits end at 0.2702 (training
0.2625) with the epoch loss falling 0.5% over the last epoch (``underfitting``); the loop's corrupt
record makes the loss Inf at step 19 (the loss from 0.96 down to 0.10-0.40 before it).

Faults changed: none was retrained; the first labels were written before the runs and then set
from the metrics as above: ``divergence`` moved from expected to allowed and ``at_chance`` and
``predictions_collapsed`` from allowed to expected in the goblet CNN killed by SGD with momentum
(its verdict from failed to a training problem), ``at_chance`` expected in the exploding run, the
vanishing run's ``predictions_collapsed``, Lightning's and TensorBoard's digits NaN and Keras'
iris NaN (written as allowed), ``not_converged`` expected in the slow start and the square-error
run (written as allowed), ``update_ratio_high`` left expected alone (``divergence`` was not
written as expected; ``saturated_activation`` was written as allowed), ``predictions_collapsed``
dropped from the allowed codes of the quantiles divergence, the exploding run, the tiny Adam run
and the saturated run (37-55% in one class) and added to the 1-unit quantiles run's (78.9%),
``at_chance`` dropped from Lightning's 1-unit digits' allowed codes (0.2702), codes the metrics
gave no reason for dropped from the allowed codes of the noisy, sorted, overfit and square-error
runs, and the reasons written in from the numbers.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 28)
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

# a goblet in a 5x5 cell (a bowl with its rim on top, a stem and a foot), turned by 90 degrees
# at a time for the other three directions
_GOBLET_UP = np.array([[1, 0, 0, 0, 1],
                       [1, 1, 1, 1, 1],
                       [0, 1, 1, 1, 0],
                       [0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0]], dtype=float)
_GOBLETS = turned(_GOBLET_UP)


def goblets(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 goblet glyph at a random place (4 classes: the goblet turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_GOBLETS, n, size, noise, flip, seed)


def _rice_cooker_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A rice cooker's state (0 idle, 1 cooking, 2 steaming, 3 keeping warm) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    plate_c = np.array([22.0, 118.0, 102.0, 70.0])[cls] + rng.normal(0, 6.0, n)
    lid_c = np.array([21.0, 85.0, 98.0, 62.0])[cls] + rng.normal(0, 5.0, n)
    power_w = np.array([1.5, 620.0, 180.0, 45.0])[cls] + rng.normal(0, 30.0, n)
    vent_rh = np.array([40.0, 70.0, 97.0, 55.0])[cls] + rng.normal(0, 4.0, n)
    pot_g = np.array([900.0, 1900.0, 1750.0, 1500.0])[cls] + rng.normal(0, 120.0, n)
    room_c = rng.uniform(16.0, 30.0, n)
    hours_used = rng.uniform(0.0, 2500.0, n)
    return (["plate_c", "lid_c", "power_w", "vent_rh", "pot_g", "room_c", "hours_used",
             "state"],
            np.column_stack([plate_c, lid_c, power_w, vent_rh, pot_g, room_c, hours_used, cls]))


def _pumpkin_patch_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A pumpkin patch's visitors a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    rain_mm = rng.uniform(0, 20, n)
    temp_c = rng.uniform(2, 26, n)
    days_to_halloween = rng.integers(0, 45, n).astype(float)
    hayride = rng.integers(0, 2, n).astype(float)
    school_break = rng.integers(0, 2, n).astype(float)
    visitors = (480 - 9.0 * rain_mm + 3.0 * temp_c - 5.0 * days_to_halloween + 110.0 * hayride
                + 80.0 * school_break + 120.0 * (weekday >= 5) + rng.normal(0, 30.0, n))
    return (["weekday", "rain_mm", "temp_c", "days_to_halloween", "hayride", "school_break",
             "visitors"],
            np.column_stack([weekday, rain_mm, temp_c, days_to_halloween, hayride, school_break,
                             visitors]))


def _rice(**sections: Any) -> Any:
    return _csv("rice_cooker_state", _rice_cooker_csv, "state", "classification", 701,
                **sections)


def _pumpkin(**sections: Any) -> Any:
    return _csv("pumpkin_patch_daily_visitors", _pumpkin_patch_csv, "visitors", "regression",
                702, **sections)


HERE = "benchmarks.diagnosis_bank.heldout70"
GB4 = _factory(f"{HERE}:goblets")
GQ162 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4800, n_features=2,
                 n_classes=16, random_state=703)
CL70 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=70,
                n_informative=25, n_redundant=9, n_classes=3, class_sep=2.1, random_state=704)
FR62 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=62, noise=0.9,
                random_state=705)
GCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 14}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h70_divergence_pumpkin_sgd_relu", "the pumpkin patch daily-visitors CSV (targets "
         "unscaled, in the hundreds), 29-unit ReLU MLP, plain SGD at LR 0.05, batch 23",
         _pumpkin(model={"hidden": [29]},
                  optim={"name": "sgd", "lr": 0.05},
                  train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h70_divergence_gq162_adamw_lr30_tanh", "80x40 tanh MLP on the 16-class quantiles in "
         "2 dimensions, AdamW at LR 30, batch 25",
         {"data": GQ162, "model": {"hidden": [80, 40], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss", "at_chance"),
         why_allowed=(BLOWUP + "; the epoch loss 591 at the first epoch and 435 at the "
                               "last (first step 2.80), never NaN; accuracy 0.1625, 0.1 "
                               "above 1/16; every unit of both layers saturated (0.9975 "
                               "and 1.0) at the end"),
         verdict="failed"),
    Case("h70_exploding_cl70_10x24_elu_std1_momentum", "10x24 ELU MLP with N(0, 1) init on "
         "the 70-feature set, SGD with momentum 0.9 at LR 1e-12, batch 27",
         {"data": CL70, "model": {"hidden": [24] * 10, "activation": "elu", "init": "normal",
                                  "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 4.35e5 to 4.33e5), far above ln 3 "
                      "from the first step; the tiny steps barely move the wide weights (update "
                      "ratios 5e-9 to 3e-7); up to 25% of the last layer's units dead"),
         verdict="failed"),
    Case("h70_dead_relu_goblet_cnn_momentum_lr2", "the goblet CNN (8, 14 channels, 28 "
         "hidden), SGD with momentum 0.9 at LR 2, batch 23",
         {"data": GB4, "model": GCNN, "optim": {"name": "sgd", "lr": 2.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "divergence", "overfitting"),
         why_allowed=("the first big steps (single update ratios up to 1.41) kill every dense "
                      "unit and 85.7% after the second convolution, then the gradients are 0 and "
                      "the updates die away; the epoch loss 1.547, 1.578, 1.624 ends 18% above "
                      "its first step (1.372) without a blow-up (the step loss at most 2.31), so "
                      "the loss does not fall"),
         verdict=TP),
    Case("h70_update_ratio_high_rice_adamw_lr1_sigmoid", "AdamW at LR 1 on the rice-cooker "
         "CSV, 46 sigmoid units, batch 27, 10 epochs",
         _rice(model={"hidden": [46], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 1.0}, train={"epochs": 10, "batch_size": 27}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "not_converged", "divergence", "saturated_activation",
                "exploding_gradients"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 29.9 from "
                      "1.54, the epoch loss 2.62) and saturate 90.5% of the sigmoid units; then "
                      "the loss sinks to 8.5e-6 and swings about that tiny mean, still falling "
                      "12.6% over the last epoch; accuracy 1.0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h70_sgd_lr1e10_fr62", "the 62-feature Friedman regression, 46x23 ELU MLP, plain "
         "SGD at LR 1e-10, batch 27, 4 epochs",
         {"data": FR62, "model": {"hidden": [46, 23], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.64, far below the baseline (0.7374) and the healthy runs",
         verdict=TP),
    Case("h70_adam_lr1e10_rice", "the rice-cooker CSV, 34x17 leaky-ReLU MLP, Adam at LR "
         "1e-10, batch 21, 4 epochs",
         _rice(model={"hidden": [34, 17], "activation": "leaky_relu"},
               optim={"name": "adam", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "at_chance"),
         why_allowed=("the untrained net scores 0.1033 (training 0.0689), far below the majority "
                      "share (0.273), with 55% of the test predictions in one class"),
         verdict=TP),
    Case("h70_vanishing_sigmoid_gq162_20x16_momentum", "20x16 sigmoid MLP on the 16-class "
         "quantiles, SGD with momentum 0.9 at LR 0.01, batch 29, 4 epochs",
         {"data": GQ162, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move, a side effect of the vanishing gradients; "
                      "the epoch loss stays at 2.789-2.778 (ln 16 is 2.773)"),
         verdict=TP),
    Case("h70_saturated_tanh_rice_std5_adagrad", "2x44 tanh MLP with N(0, 5) init on the "
         "rice-cooker CSV, Adagrad at LR 1e-9, batch 31",
         _rice(model={"hidden": [44, 44], "activation": "tanh", "init": "normal",
                      "init_std": 5.0},
               optim={"name": "adagrad", "lr": 1e-9},
               train={"epochs": 4, "batch_size": 31}, diagnose=NOSTOP),
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "at_chance"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss 79.12 "
                      "at every epoch); accuracy 0.07, far below the majority share (0.273)"),
         verdict=TP),
    Case("h70_slow_start_goblet_cnn_nesterov", "the goblet CNN, SGD with Nesterov momentum "
         "0.9 at LR 0.0015, batch 23, 40 epochs: the epoch loss lingers near ln 4 and then "
         "falls",
         {"data": GB4, "model": GCNN,
          "optim": {"name": "sgd", "lr": 0.0015, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 40, "batch_size": 23}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu"),
         why_allowed=("no healthy goblet run is in the part (accuracy 0.66, the baseline 0.9667); "
                      "up to 17.9% of the dense units dead"),
         verdict=TP),
    Case("h70_unshuffled_cl70_adagrad_tanh", "the 70-feature set sorted by label, never "
         "shuffled, 64x32 tanh MLP, Adagrad at LR 0.01, batch 35, 8 epochs",
         {"data": {**CL70, "order": "by_label", "shuffle": False},
          "model": {"hidden": [64, 32], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "not_converged"),
         why_allowed=(SORTED + "; accuracy 0.9462, the baseline, where the healthy runs reach "
                               "0.9635-0.9673; the epoch loss still falls 5.6% over the last "
                               "epoch"),
         verdict=TP),
    Case("h70_mse_softmax_rice_sgd", "the rice-cooker CSV trained with square error on the "
         "softmax, plain SGD at LR 0.3, 30x15 ReLU MLP, batch 27, 10 epochs",
         _rice(model={"hidden": [30, 15]},
               optim={"name": "sgd", "lr": 0.3},
               train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu", "noisy_loss", "slow_start"),
         why_allowed=("6.7% of the second layer's units dead at one point; the first epochs at "
                      "accuracy 0.58 and 0.66 before the slow loss reaches 1.0"),
         verdict=TP),
    Case("h70_noisy_cl70_b1_sgd", "the 70-feature set one row at a time (batch 1), plain "
         "SGD at LR 0.02, 28-unit ReLU MLP, 4 epochs",
         {"data": CL70, "model": {"hidden": [28]}, "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("overfitting", "not_converged", "unshuffled_data", "dead_relu"),
         why_allowed=("the validation loss, lowest at epoch 2 (0.1572), ends 5.9% above it while "
                      "the training loss falls 37% over the last epoch (0.0719 to 0.0455); with "
                      "four epochs each position in the epoch holds two step losses over the "
                      "second half, so its mean explains half their variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h70_overfit_cl70_subset75_momentum", "75 rows of the 70-feature set, MLP of 300 "
         "and 150 units, SGD with momentum 0.9 at LR 0.01, 80 epochs, batch 8",
         {"data": {**CL70, "subset": 75}, "model": {"hidden": [300, 150]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("75 rows teach less than every row: accuracy 0.875 (the healthy runs "
                      "0.9635-0.9673)"),
         verdict=GP),
    Case("h70_gap_fr62_subset45_adamw", "45 rows of the 62-feature Friedman regression, "
         "MLP of 200 and 100 units, AdamW at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR62, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.1469, training 1.0, the run's baseline 0.1372); "
                      "with the training loss near 0 (1e-13 to 3e-13) the gradients and updates "
                      "die away and the step loss swings about its tiny mean; up to 46% of the "
                      "second layer's units dead; the validation loss ends 4.8% above its minimum "
                      "at epoch 12"),
         verdict=GP),
    Case("h70_underfit_gq162_one_tanh_unit_adagrad", "the 16-class quantiles through 1 tanh "
         "unit, Adagrad at LR 0.05, batch 33, 15 epochs",
         {"data": GQ162, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 33}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training", "predictions_collapsed"),
         why_allowed=("one unit cannot part sixteen shells: the epoch loss sinks to ln 16 (2.819 "
                      "to 2.773, 1.6% down over the run) and stays; 78.9% of the test predictions "
                      "in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h70_lightning_digits_sgd_lr500_nan", "Lightning: digits, plain SGD at LR 500, 24 "
         "units, batch 12, 3 epochs",
         script=lightning_run(_s("digits", hidden=(24,), optim="sgd", lr=500.0,
                                 epochs=3, batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 2.27 up to 1.2e35, then NaN from step 9"),
         verdict="failed"),
    Case("h70_lightning_digits_one_unit_adamw", "Lightning: digits through 1 ReLU unit, AdamW "
         "at LR 3e-3, batch 20, 20 epochs",
         script=lightning_run(_s("digits", hidden=(1,), optim="adamw", lr=3e-3,
                                 epochs=20, batch_size=20)),
         tool="lightning", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2702 (training "
                      "0.2625); the epoch loss falls 0.5% over the last epoch"),
         verdict=TP),
    Case("h70_hf_trainer_cancer_momentum_lr400_nan", "Hugging Face Trainer names: breast "
         "cancer, SGD with momentum 0.9 at LR 400 (decaying linearly), 22 units, batch 12, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(22,), optim="sgd", lr=400.0,
                                  epochs=3, batch_size=12, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 1.3e4 up to 6.0e26, then NaN; accuracy 0.3684, "
                               "the minority share, far below the majority share"),
         verdict="failed"),
    Case("h70_hf_trainer_wine_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "RMSprop at LR 1e-10 (decaying linearly), 26 units, batch 10, 4 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("wine", hidden=(26,), optim="rmsprop", lr=1e-10,
                                  epochs=4, batch_size=10), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the evaluation loss stays at 1.15; the untrained net scores 0.3333, 0.056 "
                      "below the validation split's majority share (0.3889)"),
         verdict=TP),
    Case("h70_keras_iris_momentum_lr500_nan", "Keras names: iris, SGD with momentum 0.9 at "
         "LR 500, 21 units, batch 9, 3 epochs",
         script=keras_run(_s("iris", hidden=(21,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=9, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the blow-up"),
         verdict="failed"),
    Case("h70_keras_cancer_adagrad_lr1e10_stuck", "Keras names: breast cancer, Adagrad at LR "
         "1e-10, 18 units, batch 13, 5 epochs",
         script=keras_run(_s("breast_cancer", hidden=(18,), optim="adagrad", lr=1e-10,
                             epochs=5, batch_size=13)),
         tool="keras", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the loss stays at 0.7311; the untrained net scores 0.3509, far below the "
                      "validation split's majority share (0.6316)"),
         verdict=TP),
    Case("h70_tensorboard_digits_momentum_lr300_nan", "TensorBoard tags: digits, SGD with "
         "momentum 0.9 at LR 300, 23 units, batch 14, 3 epochs",
         script=tensorboard_run(_s("digits", hidden=(23,), optim="sgd", lr=300.0,
                                   epochs=3, batch_size=14, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 2.37 up to 9.4e36, then NaN from step 10"),
         verdict="failed"),
    Case("h70_tensorboard_digits_subset35_adam_gap", "TensorBoard tags: 35 rows of digits, "
         "150 units, Adam at LR 2e-3, 90 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(150,), optim="adam", lr=2e-3, epochs=90,
                                   batch_size=5, subset=35)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them: the validation loss is "
                      "lowest at epoch 32 (0.9408) and ends 3.0% above it"),
         verdict=GP),
    Case("h70_plain_corrupt_record_sine_sgd", "hand-written loop: sine regression with noise "
         "0.2, plain SGD at LR 0.05, 27 units, batch 15, a corrupt record (x = 1e30) at step 19 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(27,), optim="sgd", lr=0.05, epochs=3,
                             batch_size=15, n=900, noise=0.2),
                          corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=19),
    Case("h70_plain_cancer_sgd_lr1e10_stuck", "hand-written loop: breast cancer, plain SGD at "
         "LR 1e-10, 27 units, batch 11, 5 epochs",
         script=plain_run(_s("breast_cancer", hidden=(27,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=11)),
         tool="pytorch", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss stays at 0.7794; the untrained net scores 0.2807, far "
                      "below the validation split's majority share (0.6316)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy70_rice_relu_adamw_b24",
       _rice(model={"hidden": [40]}, optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy70_rice_tanh_adam_b20",
       _rice(model={"hidden": [38], "activation": "tanh"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy70_rice_elu_rmsprop_b26",
       _rice(model={"hidden": [42], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy70_rice_leaky_adam_b18",
       _rice(model={"hidden": [46], "activation": "leaky_relu"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 18})),
    _h("healthy70_rice_sigmoid_adagrad_b22",
       _rice(model={"hidden": [48], "activation": "sigmoid"},
             optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy70_rice_tanh_adagrad_b30",
       _rice(model={"hidden": [36], "activation": "tanh"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy70_rice_relu_rmsprop_b16",
       _rice(model={"hidden": [44]},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 16})),
    _h("healthy70_rice_elu_adamw_b28",
       _rice(model={"hidden": [50], "activation": "elu"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy70_rice_sigmoid_adamw_b24",
       _rice(model={"hidden": [52], "activation": "sigmoid"},
             optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy70_fr62_tanh_adamw_b24",
       {"data": FR62, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy70_fr62_tanh_adagrad_b28",
       {"data": FR62, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy70_fr62_sigmoid_rmsprop_b26",
       {"data": FR62, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy70_fr62_tanh_rmsprop_b30",
       {"data": FR62, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy70_cl70_relu_rmsprop_b32",
       {"data": CL70, "model": {"hidden": [62]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy70_cl70_leaky_rmsprop_b26",
       {"data": CL70, "model": {"hidden": [58], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy70_gq162_elu_rmsprop_b36",
       {"data": GQ162, "model": {"hidden": [64, 64], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 36}}),
    _h("healthy70_gq162_leaky_adamw_b40",
       {"data": GQ162, "model": {"hidden": [80, 40], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 40}}),
    _h("healthy70_cl70_leaky_adagrad_b24",
       {"data": CL70, "model": {"hidden": [54], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy70_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(34,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy70_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(30,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy70_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(36,), optim="adamw", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy70_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(38,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy70_keras_iris_adam",
        keras_run(_s("iris", hidden=(40,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy70_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(42,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy70_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(44,), optim="adam", lr=3e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy70_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(46,), optim="adamw", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy70_plain_wine_adamw",
        plain_run(_s("wine", hidden=(48,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy70_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(50,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
