"""The eighty-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout82`, after :mod:`.heldout80`'s and :mod:`.heldout81`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout81` in its combination of data set (new here: a 10x10 image set of an anvil (a flat
top with a horn thinning out to one side, a narrower waist and a wide foot below in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 830); 11-class Gaussian quantiles in 33 dimensions (4400 samples);
an 89-feature 4-class set (2700 samples, 30 informative, 8 redundant, class separation 2.4); a
91-feature Friedman-1 regression (2000 samples, noise 0.9); a vending machine's state CSV (idle,
vending, restocking with the door open, cooling after a restock: 4 classes from 7 readings) and a
bouldering hall's daily visitors regression CSV (in the hundreds), besides the script tools'
shipped sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.3),
model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a
CNN of 6 and 13 channels), optimiser (Adam, AdamW, RMSprop, Adagrad, Adadelta, plain SGD, SGD
with momentum or Nesterov momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The brief
gave these data as unused in the bank. The two CSV files are written under their own names
(``vending_machine_state_h83``, ``bouldering_hall_daily_visitors_h83``) with seeds 831 and 832;
the sklearn sets use random states 833 to 835. The fault cases pair a mechanism with another
optimiser, model, data set or tool than :mod:`.heldout78` to :mod:`.heldout81` did: divergence
under SGD with momentum in a leaky-ReLU net on the unscaled bouldering visitors (Nesterov momentum
in ReLU and sigmoid nets, plain SGD in tanh and ELU nets before), divergence under AdamW at LR 30
in a sigmoid net on the 11-class quantiles (Adagrad, RMSprop and Adam before), exploding gradients
in a 10-layer ReLU net with N(0, 1) init under plain SGD on the 89-feature set (AdamW, Adam,
Adagrad and SGD with momentum in leaky-ReLU and ELU nets before), units killed by plain SGD at LR
20 in the anvil CNN (momentum, RMSprop, Adam and Nesterov momentum before), a high update ratio
from Adam at LR 1 in a leaky-ReLU net on the vending CSV (Adagrad and RMSprop before), a tiny
learning rate under plain SGD on the Friedman regression and under Adam on the vending CSV
(RMSprop, AdamW, Nesterov momentum on the Friedman sets; momentum, Adagrad, Nesterov momentum and
RMSprop on the state CSVs before), vanishing gradients under SGD with Nesterov momentum in a
20-layer sigmoid net on the 89-feature set (plain SGD and momentum on quantiles and a state CSV
before), saturation under Adam in a tanh net with N(0, 5) init on the quantiles (Nesterov
momentum, RMSprop and AdamW before), a slow start of the anvil CNN under Adadelta (Nesterov
momentum, plain SGD and momentum before), the unshuffled 89-feature set under plain SGD in a ReLU
net (Adagrad, RMSprop, Nesterov momentum and Adam before), square error with Adagrad on the vending
CSV (momentum, Adam and RMSprop before), the 89-feature set one row at a time under Adam (a noisy
loss; plain SGD, Adagrad, RMSprop and momentum before), an overfit 70-row 89-feature set under SGD
with Nesterov momentum (momentum, RMSprop and Adagrad before) and a 45-row Friedman regression
under AdamW (Adagrad, Adam and RMSprop before), an underfit 1-unit tanh net under SGD with Nesterov
momentum on the 89-feature set (leaky-ReLU, sigmoid and ELU units under Adagrad, RMSprop and AdamW
before), Lightning's NaN on breast cancer under plain SGD and its 30 rows of digits under Adam (a
gap), Trainer's NaN on digits under SGD with momentum and its stuck wine under RMSprop, Keras' NaN
on breast cancer under SGD with Nesterov momentum and its stuck iris under Adam, TensorBoard's NaN
on iris under plain SGD and its 45 rows of digits under RMSprop (a gap), the hand-written loop's
corrupt record on the sine under Adagrad and its stuck breast cancer under SGD with momentum. The
sibling :mod:`.heldout82` was not looked at; every script case (faults and healthy runs alike)
holds a hidden width of 100 to 109, a range given to this part alone. The cases are spread over
the tools (sixteen runner faults; two faults for each of Lightning, Trainer, Keras, TensorBoard
and the hand-written loop) and the fault classes (four runner runs broken (a divergence into Inf,
a divergence that never turns NaN, exploding gradients, dead units that end a blow-up) and five
scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a high update
ratio; ``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed``
in four runner runs; ``at_chance`` in six runner runs and three scripts; one overfit runner run
with a generalisation gap, one runner regression and two scripts with a gap alone; three runner
regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in
three and ``slow_start`` in one; ``underfitting`` in one runner run), and the healthy runner runs
over three data sets (the vending CSV, the Friedman regression and the 89-feature set), and the
healthy scripts on breast cancer, wine and iris (TensorBoard, Trainer and Keras) and breast cancer
and wine (Lightning and the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the
epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer
gradient norms and update ratios, dead-unit and saturation fractions, and for the runner cases the
test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner cases
were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. Every run was trained
once with its final setting (three fault settings and three healthy settings were changed after
their first run: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75`, :mod:`.heldout77`, :mod:`.heldout79` and :mod:`.heldout81`):
the state a run ends in is *expected* where its metrics show it, the mechanisms on the way are
*allowed* with their reason (``why_allowed``). ``at_chance`` is expected when the final validation
accuracy is within 0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above
it, and when it is far below it); ``predictions_collapsed`` when at least 90% of the test
predictions fall in one class (allowed from 60%), read from the run's confusion matrix. Runs
logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is never
expected. ``overfitting`` is expected when the validation loss clearly rises after its minimum
while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and the
validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
training loss explodes or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf;
``unshuffled_data`` when the step loss repeats one pattern every epoch; ``not_converged`` when the
loss still clearly falls at the end (it counts at severity info); ``underfitting`` when both
scores are clearly below what a healthy run of this part on the same data reaches (or the run's
baseline, where no healthy run is in the part) and the loss has flattened; ``noisy_loss`` when the
step loss swings far more from step to step than any healthy run's; ``not_training`` is expected
or allowed wherever the training loss falls by less than 5% over the run. A fault that came out
weak was made stronger or relabelled from its metrics, never kept as expected. The mechanism codes
(``update_ratio_high``, ``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``,
``dead_relu``, ``saturated_activation``) are expected only where the logged metric is clearly
outside the range every healthy run of this part shows, and allowed (with the reason) where the
mechanism is real but the metric sits inside it or is a side effect of a blow-up or of the fault.
The classes of the runner sets are balanced (stratified splits): the majority share is 0.0909 on
the quantiles (1/11), 0.2519 on the 89-feature set, 0.2767 on the anvil images and 0.27 on the
vending CSV (read from the test confusion matrices' rows); the scripts' validation splits hold a
majority share of 0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The
runs' baselines (``baseline/val_*``): accuracy 1.0 on the vending CSV, 0.9352 on the 89-feature
set, 0.8833 on the anvil images, 0.1114 on the quantiles, R2 0.7257 on the Friedman regression and
0.9283 on the bouldering CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0209 (the
output layer of the tanh MLP with Adagrad on the vending CSV), single steps at most 0.366 (the
same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.229 (its output
layer), 11 times the healthy extreme, with single steps up to 11.8, 32 times the healthy one; the
expected ``update_ratio_low`` runs sit at 2.9e-11 to 1.6e-9 in quarter means, single steps up to
2.2e-9 (plain SGD at LR 1e-10 on the Friedman regression), and at most 1.1e-10, single steps up
to 1.25e-10 (Adam at LR 1e-10 on the vending CSV), where the healthy runs' smallest quarter mean
is 5.9e-6 (the output layer of the sigmoid MLP with Adam at batch 23 at the end of a cosine
schedule on the Friedman regression). Dead-unit fraction 0 at any time in every healthy ReLU,
leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds 92% of the units after the
anvil CNN's second convolution and every dense unit (none after its first convolution) once plain
SGD at LR 20 blows it up. The saturated fraction per layer is at most 8.1e-5 in the healthy tanh
and sigmoid runs (the tanh MLP with Adagrad on the vending CSV); the expected
``saturated_activation`` run holds 0.936 and 0.950 in its two layers (its maximum and last value
alike). The exploding run's gradient norms sit at 1.2e5-1.05e6 with its epoch loss at 7.4e5 from
the first epoch and never NaN (the healthy runs' largest single norm 142: the output layer of the
sigmoid MLP with Adam at batch 23 on the Friedman regression); the vanishing run's first layer at
5.3e-18 to 1.2e-17 against 0.034 to 0.69 at the output, its first layer's update ratio 0. The
step-loss position in the epoch explains 93% of the within-epoch variance over the second half in
the sorted 89-feature set (the healthy runner runs at most 17.3%: the tanh MLP with Adagrad on the
vending CSV; 16.7% on the 89-feature set). The standard deviation of the step loss's step-to-step
change over the second half of a run is at most 1.90 times its mean in the healthy runner runs
(the ReLU MLP with Adagrad on the vending CSV) and at most 2.15 in the healthy scripts
(Lightning's breast cancer). Healthy runs reach a validation score close to what the data allow
(accuracy 0.9967-1.0 on the vending CSV, where the baseline is 1.0; 0.9093-0.9333 on the
89-feature set, where the baseline is 0.9352 (test accuracy 0.913-0.9426); R2 0.7233-0.7288 on the
Friedman regression, where the baseline is 0.7257; for the scripts 1.0 (TensorBoard's, Trainer's,
Keras', Lightning's and the loop's wine), 0.9667 (TensorBoard's, Trainer's and Keras' iris),
0.9649 (TensorBoard's, Trainer's, Keras' and Lightning's breast cancer) and 0.9561 (the loop's
breast cancer)); their validation loss does not rise at the end (every healthy run's is lowest at
its last epoch but two: the sigmoid MLPs with AdamW at batch 31 and Adam at batch 29 on the
Friedman regression, lowest at epoch 15 of 30 and 0.17% and 0.22% above it at the end), the
training loss has flattened (the epoch loss falls at most 1.49% over the last epoch in the runner
runs, the ELU MLP with RMSprop on the vending CSV from 0.0271, 0.65% on the 89-feature set and
0.04% on the Friedman regression; 4.2% and 2.9% in Keras' wine and breast cancer (its iris rises
1.6%), 4.5% and 4.1% in Lightning's breast cancer and wine, TensorBoard's, the loop's and the
Trainer's runs near their floor with the validation loss lowest at the end), no training score
ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.057, the leaky-ReLU MLP
with Adam on the 89-feature set, training 0.9833; among the scripts 0.029, TensorBoard's, Keras'
and Lightning's breast cancer, training 0.9941; the largest R2 gap: 0.039, the sigmoid MLP with
Adam at batch 23 on the Friedman regression, training 0.7627, far from ~1), and they expect no
finding of severity warning or worse.

Healthy candidates replaced (32 trained, 29 kept): on the Friedman regression the sigmoid MLP with
Adam at batch 27 (64 units; its validation loss lowest at epoch 15 of 30 and 0.39% above it at the
end, above the 0.38% at which :mod:`.heldout81` dropped a run) by the sigmoid MLP with Adam at
batch 29 (66 units); Keras' breast cancer under AdamW at LR 1e-3 (its validation loss lowest at
epoch 23 of 25 and 0.64% above it at the end, its epoch loss 5.6% down over the last epoch) by
Keras' breast cancer under Adam at LR 5e-4 (validation loss lowest at the end); Trainer's iris
under AdamW at LR 5e-3 over 40 epochs (its evaluation loss lowest at epoch 37 and 0.99% above it
at the end) by the same over 30 epochs (lowest at the end); each replacement trained once, healthy
by every number above (the figures above are from the kept runs only). An ELU MLP with Adagrad at
LR 0.02 was tried on the 89-feature set beside the kept one at LR 0.01 (its validation loss lowest
at epoch 4 and 1.3% above it at the end) and not kept. No healthy run on the anvil images, on the
quantiles, on the bouldering CSV, on the sine or on digits is in the part: their faults are read
against the run's own numbers and its baseline.

Labels read from the metrics: the bouldering divergence climbs from a step loss of 2.7e5 to 1.4e7,
7.1e10 and 1.3e23 and is Inf at step 6, where the run stops (FAILED), so ``divergence`` and
``nan_loss`` are expected; AdamW at LR 30 on the quantiles throws the step loss from 2.43 (near ln
11) up to 1140 and ends its three epochs at 465, 370 and 331, never NaN, accuracy 0.0909 (1/11)
with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected; the exploding run ends at 0.2759 (0.024 above the majority
share 0.2519) with 65.9% of the test predictions in one class and its epoch loss flat at 7.39e5
(0.02% down over the run), so ``not_training`` and ``at_chance`` are expected beside
``exploding_gradients`` and ``predictions_collapsed`` only allowed; the anvil CNN under plain SGD
at LR 20 blows up to an epoch loss of 3.4e4 in its first epoch and then sits at 6.75 and 6.10,
above its first step 1.39, accuracy 0.2467 (0.03 below the majority share) with every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; the high update ratio run throws its loss about for four epochs (the
step loss up to 46.7 from 1.49, the epoch loss 3.38, 2.88, 2.19 and 0.83), then its loss is 0 from
the fifth epoch on with accuracy 1.0, so ``update_ratio_high`` is expected alone and, as in
:mod:`.heldout73` to :mod:`.heldout81`, the verdict is a training problem; plain SGD at LR 1e-10 on
the Friedman regression ends at R2 -9.95 (the epoch loss 238.5 at every epoch); Adam at LR 1e-10 on
the vending CSV (the epoch loss 1.470 at every epoch) ends at 0.2433 (0.027 below the majority
share 0.27) with every test prediction in one class, so ``at_chance`` and ``predictions_collapsed``
are expected beside ``not_training`` and ``update_ratio_low``; the vanishing run ends at 0.2519
(the majority share) with every test prediction in one class and its epoch loss at 1.392 to 1.391
(ln 4 is 1.386), so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.0898 (0.001
below 1/11; the epoch loss 60.49 at every epoch) with 13.6% of the test predictions in one class,
so ``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the slow start
of the anvil CNN under Adadelta at LR 0.1 lingers near ln 4 for eight epochs (the epoch loss 1.387,
1.380, 1.375, 1.370, 1.365, 1.358, 1.350, 1.340, 3.4% below its first epoch), then falls to 0.599
(accuracy 0.72, training 0.8044, the baseline 0.8833) and still falls 1.6-1.8% an epoch over its
last five epochs with the validation loss lowest at the end, so ``slow_start`` is expected and
``not_converged`` and ``underfitting`` allowed (a steady fall, not clearly unfinished); the sorted
89-feature set ends at 0.80 (the baseline 0.9352) with its epoch loss falling 19.4% over the last
epoch (0.2596 to 0.2093) and the validation loss lowest at the end, so ``not_converged`` is
expected beside ``unshuffled_data``; the square-error vending run reaches accuracy 1.0 while its
epoch loss still falls 13.1% over its last epoch (0.00228 to 0.00198, from 0.1089 in the first)
with the validation loss lowest at the end, so ``not_converged`` is expected beside
``loss_mismatch``; the batch-1 89-feature run's step loss swings 6.6 times its mean step to step
over the second half (3.5 times the healthy runner runs' 1.90, 3.1 times the healthy scripts'
2.15) while its epoch loss still falls 33% over the last epoch (0.1135 to 0.0764) with the
validation loss lowest at the end, so ``noisy_loss`` and ``not_converged`` are expected (accuracy
0.9426, training 0.9944: no gap); the 70 rows of the 89-feature set end at validation 0.7444
(training 1.0) with the validation loss lowest at epoch 9 (0.6725) and 16.3% above it (0.7819) at
epoch 80, so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman
regression (R2 0.087, training 1.0; its validation loss lowest at epoch 11 (18.29) and flat at 19.5
from epoch 15 on, 6.7% above it at the end, no clear rise) expects ``generalisation_gap`` alone;
the 1-unit tanh net on the 89-feature set ends at 0.4704 (training 0.5019, the healthy runs 0.9093
and up) with its epoch loss falling 0.50% over the last epoch and 49.8% of the test predictions in
one class, so ``underfitting`` is expected (``at_chance`` not allowed, 0.22 above the majority
share). Lightning's NaN on breast cancer (the step loss 0.674 up to 3.1e34, then NaN from its
eighth step) ends at 0.3684 (0.26 below the majority share), so ``at_chance`` is only allowed
beside ``nan_loss`` and ``divergence``; Trainer's NaN on digits (the logged loss 5.6e3 up to
1.2e34, then NaN from step 10) ends at 0.1003 (the majority share) and TensorBoard's NaN on iris
(the step loss 1.08 up to 5.5e33, then NaN from step 9) at 0.3333 (1/3), so both expect
``at_chance`` beside ``nan_loss`` and ``divergence``; Keras' NaN on breast cancer (every epoch's
loss NaN) ends at 0.3684, so ``nan_loss`` is expected and ``divergence`` and ``at_chance`` (0.26
below the majority share) only allowed. Trainer's stuck wine (RMSprop at LR 1e-10, the evaluation
loss 1.066 at every evaluation, the logged loss's epoch means 1.0716, 1.0733, 1.0679 and 1.0705)
scores 0.3611, 0.028 below the majority share (0.3889), so ``not_training`` and ``at_chance`` are
expected; Keras' stuck iris (Adam at LR 1e-10, the epoch loss 1.09 throughout) scores 0.4333, 0.10
above 1/3, so ``at_chance`` is only allowed; the loop's stuck breast cancer (SGD with momentum at
LR 1e-10, the validation loss 0.7844 throughout) scores 0.2982, 0.33 below the majority share, so
``at_chance`` is only allowed; Lightning's 30 rows of digits end at 0.6713 (training 1.0) with the
validation loss lowest at epoch 26 (1.322) and creeping up to 1.375 (4.0% above it) at epoch 70,
and TensorBoard's 45 rows of digits at 0.7465 (training 1.0) with the validation loss lowest at
epoch 37 (0.8159) and 1.7% above it at the end, so both expect ``generalisation_gap`` alone and
allow ``overfitting``; the loop's corrupt record makes the loss Inf at step 19 (the loss from 0.39
down to 0.06-0.33 before it).

Faults changed after their first run: the high update ratio's first setting (Adam at LR 1 in 49
ELU units) threw its loss about to the end (the epoch loss 3.39, 0.14, 2.51, 0.76, 3.03, 4.63,
4.42 and 10.56, ending far above its start), so Adam at LR 0.5 and 2 in ELU units and at LR 1 in
ReLU and leaky-ReLU units were tried as candidates and the leaky-ReLU net (its loss 0 at the end,
the strongest update ratios of those that settle) was kept (renamed
``h83_update_ratio_high_vending_adam_lr1_leaky``); the batch-1 run's first setting (Adam at LR
3e-4) swung only 3.5 times its mean step to step (1.8 times the healthy runner runs' extreme, not
far outside), so LR 1e-3 and SGD with Nesterov momentum at LR 0.003 were tried and Adam at LR
1e-3 was kept; the slow start's first setting (Adadelta at LR 0.3 over 30 epochs) lingered for
only three epochs (1.384, 1.369, 1.343, then 1.285) and ended with the validation loss 3.4% above
its minimum at epoch 27, so LR 0.15 over 36 epochs and 0.1 over 40 epochs (and Adagrad at LR
3e-3, a slow but steady fall without a plateau) were tried and LR 0.1 over 40 epochs was kept. The
first labels were written before the runs and then set from the metrics as above:
``nan_loss`` added to the bouldering divergence's expected codes (written as allowed);
``predictions_collapsed`` and ``at_chance`` expected in the quantiles divergence, the dead-unit
CNN, the stuck vending run and the vanishing run (written as allowed), ``at_chance`` in the
exploding and saturated runs (written as allowed); ``not_converged`` expected in the unshuffled,
square-error and batch-1 runs (written as allowed); ``at_chance`` added to the expected codes of
Trainer's and TensorBoard's NaN and Trainer's stuck wine (written as allowed or not at all);
``overfitting``, ``dead_relu``, ``saturated_activation`` and ``update_ratio_high`` allowed where
the metrics show them.


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

# an anvil in a 5x5 cell: a flat top (face) across the first row with the horn thinning out to
# the left (only the top row reaches the left edge), a narrower waist of two columns below and a
# wide foot in the last row; turned by 90 degrees at a time for the other three directions
_ANVIL_UP = np.array([[1, 1, 1, 1, 1],
                      [0, 1, 1, 1, 1],
                      [0, 0, 1, 1, 0],
                      [0, 0, 1, 1, 0],
                      [0, 1, 1, 1, 1]], dtype=float)
_ANVILS = turned(_ANVIL_UP)


def anvils(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 anvil glyph at a random place (4 classes: the anvil turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_ANVILS, n, size, noise, flip, seed)


def _vending_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A vending machine's state (0 idle, 1 vending, 2 restocking with the door open, 3
    cooling after a restock) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    motor_a = np.array([0.05, 1.8, 0.05, 0.05])[cls] + rng.normal(0, 0.15, n)
    door = ((cls == 2) ^ (rng.random(n) < 0.06)).astype(float)
    compressor_w = np.array([60.0, 90.0, 20.0, 420.0])[cls] + rng.normal(0, 35.0, n)
    cabinet_c = np.array([4.0, 4.5, 11.0, 8.0])[cls] + rng.normal(0, 1.2, n)
    coins = np.array([0.0, 2.5, 0.0, 0.0])[cls] + rng.normal(0, 0.5, n)
    ambient_c = rng.uniform(14.0, 32.0, n)
    stock = rng.uniform(10.0, 300.0, n)
    return (["motor_amps", "door_open", "compressor_w", "cabinet_c", "coins_per_min",
             "ambient_c", "stock_items", "state"],
            np.column_stack([motor_a, door, compressor_w, cabinet_c, coins, ambient_c, stock,
                             cls]))


def _bouldering_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bouldering hall's visitors a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-6, 34, n)
    rain_mm = rng.uniform(0, 25, n)
    new_routes = rng.integers(0, 12, n).astype(float)
    courses = rng.integers(0, 5, n).astype(float)
    competition = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    visitors = (260 - 3.0 * temp_c + 6.5 * rain_mm + 9.0 * new_routes + 22.0 * courses
                + 140.0 * competition + 60.0 * holiday + 95.0 * (weekday >= 5)
                + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "rain_mm", "new_routes", "courses", "competition",
             "holiday", "visitors"],
            np.column_stack([weekday, temp_c, rain_mm, new_routes, courses, competition,
                             holiday, visitors]))


def _vending(**sections: Any) -> Any:
    return _csv("vending_machine_state_h83", _vending_csv, "state", "classification", 831,
                **sections)


def _boulder(**sections: Any) -> Any:
    return _csv("bouldering_hall_daily_visitors_h83", _bouldering_csv, "visitors", "regression",
                832, **sections)


HERE = "benchmarks.diagnosis_bank.heldout83"
AV4 = _factory(f"{HERE}:anvils", seed=830)
GQ1133 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4400, n_features=33,
                  n_classes=11, random_state=833)
CL89 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=89,
                n_informative=30, n_redundant=8, n_classes=4, class_sep=2.4, random_state=834)
FR91 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=91, noise=0.9,
                random_state=835)
ACNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h83_divergence_boulder_momentum_leaky", "the bouldering-hall daily-visitors CSV "
         "(targets unscaled, in the hundreds), 37-unit leaky-ReLU MLP, SGD with momentum 0.9 "
         "at LR 0.01, batch 27",
         _boulder(model={"hidden": [37], "activation": "leaky_relu"},
                  optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 27}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 2.7e5 to 1.4e7, 7.1e10 and 1.3e23, then "
                               "Inf at step 6, where the run stops; update ratios from 0.7 up"),
         verdict="failed"),
    Case("h83_divergence_gq1133_adamw_lr30_sigmoid", "88x44 sigmoid MLP on the 11-class "
         "quantiles in 33 dimensions, AdamW at LR 30, batch 31",
         {"data": GQ1133, "model": {"hidden": [88, 44], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 2.43 (near ln 11) up to 1140, the epoch "
                               "loss 465, 370 and 331 (10.5% down over the last epoch, still "
                               "about 136 times the first step), never NaN; 99.7% and 100% of "
                               "the sigmoid units saturated; update ratios up to 489 in "
                               "single steps"),
         verdict="failed"),
    Case("h83_exploding_cl89_10x22_relu_std1_sgd", "10x22 ReLU MLP with N(0, 1) init on the "
         "89-feature set, plain SGD at LR 1e-12, batch 36",
         {"data": CL89, "model": {"hidden": [22] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 7.39e5 at every epoch), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights (update ratios 5e-9 to 9e-8); up to 13.6% of three layers' "
                      "units never above zero; 65.9% of the test predictions in one class"),
         verdict="failed"),
    Case("h83_dead_relu_anvil_cnn_sgd_lr20", "the anvil CNN (6, 13 channels, 24 hidden), "
         "plain SGD at LR 20, batch 23",
         {"data": AV4, "model": ACNN,
          "optim": {"name": "sgd", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.39 (near ln 4) up to 1.3e6, the epoch "
                               "loss 3.4e4, 6.75 and 6.10; 92% of the units after the second "
                               "convolution and every dense unit dead, their gradients 0 "
                               "from then on; update ratios up to 1.7e5 in single steps; the "
                               "validation loss, lowest after the first epoch, ends 88% above "
                               "it, noise of the blown-up net"),
         verdict="failed"),
    Case("h83_update_ratio_high_vending_adam_lr1_leaky", "Adam at LR 1 on the vending-machine "
         "CSV, 49 leaky-ReLU units, batch 27, 8 epochs",
         _vending(model={"hidden": [49], "activation": "leaky_relu"},
                  optim={"name": "adam", "lr": 1.0},
                  train={"epochs": 8, "batch_size": 27}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the loss about (the step loss up to 46.7 from "
                      "1.49, the epoch loss 3.38, 2.88, 2.19 and 0.83); then it sits at 0 "
                      "with accuracy 1.0 from the fifth epoch, where the gradients and "
                      "updates are 0; 1 of 49 units (2%) dead"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h83_sgd_lr1e10_fr91", "the 91-feature Friedman regression, 47x24 leaky-ReLU MLP, "
         "plain SGD at LR 1e-10, batch 31, 4 epochs",
         {"data": FR91, "model": {"hidden": [47, 24], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -9.95, far below the baseline (0.7257) and the healthy runs",
         verdict=TP),
    Case("h83_adam_lr1e10_vending", "the vending-machine CSV, 38x19 sigmoid MLP, Adam at LR "
         "1e-10, batch 21, 4 epochs",
         _vending(model={"hidden": [38, 19], "activation": "sigmoid"},
                  optim={"name": "adam", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed="the untrained net's loss (the epoch loss 1.470 at every epoch)",
         verdict=TP),
    Case("h83_vanishing_sigmoid_cl89_20x15_nesterov", "20x15 sigmoid MLP on the 89-feature "
         "set, SGD with Nesterov momentum 0.9 at LR 0.01, batch 35, 4 epochs",
         {"data": CL89, "model": {"hidden": [15] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layer does not move (update ratio 0), a side effect of the "
                      "vanishing gradients; the epoch loss 1.392 to 1.391 (ln 4 is 1.386)"),
         verdict=TP),
    Case("h83_saturated_tanh_gq1133_std5_adam", "2x54 tanh MLP with N(0, 5) init on the "
         "11-class quantiles, Adam at LR 1e-9, batch 33",
         {"data": GQ1133, "model": {"hidden": [54, 54], "activation": "tanh",
                                    "init": "normal", "init_std": 5.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 2.3e-11); the loss far above ln 11 from the "
                      "start (the epoch loss 60.49 at every epoch)"),
         verdict=TP),
    Case("h83_slow_start_anvil_cnn_adadelta", "the anvil CNN, Adadelta at LR 0.1, batch 23, "
         "40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": AV4, "model": ACNN,
          "optim": {"name": "adadelta", "lr": 0.1},
          "train": {"epochs": 40, "batch_size": 23}},
         expect=("slow_start",),
         allow=("underfitting", "dead_relu", "not_converged"),
         why_allowed=("no healthy anvil run is in the part (accuracy 0.72, training 0.8044, "
                      "the baseline 0.8833); the epoch loss still falls 1.6-1.8% an epoch "
                      "over its last five epochs, a steady fall, the validation loss lowest "
                      "at the end; up to 16.7% of the dense units dead on the way (8.3% at "
                      "the end)"),
         verdict=TP),
    Case("h83_unshuffled_cl89_sgd_relu", "the 89-feature set sorted by label, never "
         "shuffled, 62x31 ReLU MLP, plain SGD at LR 0.05, batch 41, 8 epochs",
         {"data": {**CL89, "order": "by_label", "shuffle": False},
          "model": {"hidden": [62, 31]},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 8, "batch_size": 41}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.80 (training 0.879), below the baseline 0.9352 "
                               "and the healthy runs (0.9093 and up); each class's stretch "
                               "throws the step loss up to 2.2 from 1.5"),
         verdict=TP),
    Case("h83_mse_softmax_vending_adagrad", "the vending-machine CSV trained with square "
         "error on the softmax, Adagrad at LR 0.01, 34x17 ReLU MLP, batch 27, 10 epochs",
         _vending(model={"hidden": [34, 17]},
                  optim={"name": "adagrad", "lr": 0.01},
                  train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="1 of the 17 units of the second layer (5.9%) never above zero",
         verdict=TP),
    Case("h83_noisy_cl89_b1_adam", "the 89-feature set one row at a time (batch 1), Adam at "
         "LR 1e-3, 29-unit ReLU MLP, 4 epochs",
         {"data": CL89, "model": {"hidden": [29]},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from near 0 to 7.67, "
                      "above its first step 1.17); with four epochs the second half holds "
                      "only two, so the step loss's position in the epoch explains about "
                      "half of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h83_overfit_cl89_subset70_nesterov", "70 rows of the 89-feature set, MLP of 300 and "
         "150 units, SGD with Nesterov momentum 0.9 at LR 0.01, 80 epochs, batch 7",
         {"data": {**CL89, "subset": 70}, "model": {"hidden": [300, 150]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 80, "batch_size": 7}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_high"),
         why_allowed=("70 rows teach less than every row: accuracy 0.7444 (the healthy runs "
                      "0.9093 and up); the epoch loss, near 0 (8.0e-4), falls 1.7% over the "
                      "last epoch; 1.3% of the second layer's units dead on the way"),
         verdict=GP),
    Case("h83_gap_fr91_subset45_adamw", "45 rows of the 91-feature Friedman regression, MLP "
         "of 230 and 115 units, AdamW at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR91, "subset": 45}, "model": {"hidden": [230, 115]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.087, training 1.0, the run's baseline "
                      "-0.030); the validation loss, lowest at epoch 11 (18.29), is flat near "
                      "19.5 from epoch 15 on and ends 6.7% above it; the training loss is 0 "
                      "(1e-14) and its gradients die away; up to 51% of the second layer's "
                      "units dead"),
         verdict=GP),
    Case("h83_underfit_cl89_one_tanh_unit_nesterov", "the 89-feature set through 1 tanh unit, "
         "SGD with Nesterov momentum 0.9 at LR 0.01, batch 32, 15 epochs",
         {"data": CL89, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "overfitting", "saturated_activation"),
         why_allowed=("the epoch loss falls 0.50% over the last epoch; the validation loss, "
                      "lowest at epoch 9 (0.8553), ends 1.4% above it; the one tanh unit is "
                      "saturated for 67% of the rows, pushed to its ends to part four "
                      "classes along one line"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h83_lightning_cancer_sgd_lr500_nan", "Lightning: breast cancer, plain SGD at LR "
         "500, 100 units, batch 11, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(100,), optim="sgd", lr=500.0,
                                 epochs=4, batch_size=11)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.674 up to 3.1e34, then NaN from the "
                               "eighth step; accuracy 0.3684, 0.26 below the majority share "
                               "(0.6316)"),
         verdict="failed"),
    Case("h83_lightning_digits_subset30_adam_gap", "Lightning: 30 rows of digits, 101 units, "
         "Adam at LR 2e-3, 70 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(101,), optim="adam", lr=2e-3, epochs=70,
                                 batch_size=5, subset=30)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.6713, training 1.0); the validation loss, lowest at epoch "
                      "26 (1.322), creeps up to 1.375 (4.0% above it) at epoch 70; the epoch "
                      "loss, near 0 (0.0028), falls 2.5% over the last epoch"),
         verdict=GP),
    Case("h83_hf_trainer_digits_momentum_lr400_nan", "Hugging Face Trainer names: digits, SGD "
         "with momentum 0.9 at LR 400 (decaying linearly), 102 units, batch 13, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(102,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=13, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the logged loss 5.6e3 up to 1.2e34, then NaN from step 10",
         verdict="failed"),
    Case("h83_hf_trainer_wine_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "RMSprop at LR 1e-10 (decaying linearly), 103 units, batch 11, 4 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(103,), optim="rmsprop", lr=1e-10, epochs=4,
                                  batch_size=11), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the evaluation loss stays at 1.066 (accuracy 0.3611)",
         verdict=TP),
    Case("h83_keras_cancer_nesterov_lr400_nan", "Keras names: breast cancer, SGD with "
         "Nesterov momentum 0.9 at LR 400, 104 units, batch 12, 3 epochs",
         script=keras_run(_s("breast_cancer", hidden=(104,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=12, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3684, 0.26 below the majority share "
                               "(0.6316)"),
         verdict="failed"),
    Case("h83_keras_iris_adam_lr1e10_stuck", "Keras names: iris, Adam at LR 1e-10, 105 units, "
         "batch 9, 5 epochs",
         script=keras_run(_s("iris", hidden=(105,), optim="adam", lr=1e-10, epochs=5,
                             batch_size=9)),
         tool="keras", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.086; the untrained net scores 0.4333, "
                      "0.10 above 1/3"),
         verdict=TP),
    Case("h83_tensorboard_iris_sgd_lr500_nan", "TensorBoard tags: iris, plain SGD at LR 500, "
         "106 units, batch 8, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(106,), optim="sgd", lr=500.0, epochs=3,
                                   batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.08 up to 5.5e33, then NaN from step 9",
         verdict="failed"),
    Case("h83_tensorboard_digits_subset45_rmsprop_gap", "TensorBoard tags: 45 rows of digits, "
         "107 units, RMSprop at LR 1e-3, 60 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(107,), optim="rmsprop", lr=1e-3,
                                   epochs=60, batch_size=5, subset=45)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("45 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7465, training 1.0); the validation loss, lowest at epoch "
                      "37 (0.8159), ends 1.7% above it"),
         verdict=GP),
    Case("h83_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.3, Adagrad at LR 0.02, 108 units, batch 13, a corrupt record (x = 1e30) at "
         "step 19 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(108,), optim="adagrad", lr=0.02, epochs=3,
                             batch_size=13, n=800, noise=0.3), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=19),
    Case("h83_plain_cancer_momentum_lr1e10_stuck", "hand-written loop: breast cancer, SGD "
         "with momentum 0.9 at LR 1e-10, 109 units, batch 12, 5 epochs",
         script=plain_run(_s("breast_cancer", hidden=(109,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=12, optim_args={"momentum": 0.9})),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.7844; the untrained net scores 0.2982, "
                      "0.33 below the majority share (0.6316)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy83_vending_tanh_adam_b22",
       _vending(model={"hidden": [45], "activation": "tanh"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 22})),
    _h("healthy83_vending_elu_rmsprop_b28",
       _vending(model={"hidden": [52], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 28})),
    _h("healthy83_vending_leaky_adamw_b20",
       _vending(model={"hidden": [48], "activation": "leaky_relu"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 20})),
    _h("healthy83_vending_sigmoid_adam_b26",
       _vending(model={"hidden": [57], "activation": "sigmoid"},
                optim={"lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy83_vending_relu_rmsprop_b30",
       _vending(model={"hidden": [43]},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 30})),
    _h("healthy83_vending_relu_adagrad_b18",
       _vending(model={"hidden": [51]},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 18})),
    _h("healthy83_vending_tanh_adagrad_b32",
       _vending(model={"hidden": [55], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 32})),
    _h("healthy83_vending_elu_adamw_b25",
       _vending(model={"hidden": [40], "activation": "elu"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy83_fr91_sigmoid_adam_b29",
       {"data": FR91, "model": {"hidden": [66], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy83_fr91_sigmoid_adamw_b31",
       {"data": FR91, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 31}}),
    _h("healthy83_fr91_sigmoid_rmsprop_b25",
       {"data": FR91, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy83_fr91_sigmoid_adam_b23",
       {"data": FR91, "model": {"hidden": [73], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy83_cl89_relu_adamw_b27",
       {"data": CL89, "model": {"hidden": [78]},
        "optim": {"name": "adamw", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy83_cl89_leaky_adam_b25",
       {"data": CL89, "model": {"hidden": [82], "activation": "leaky_relu"},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy83_cl89_relu_rmsprop_b29",
       {"data": CL89, "model": {"hidden": [74]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy83_cl89_elu_adagrad_b23",
       {"data": CL89, "model": {"hidden": [70], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _hs("healthy83_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(100,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=18)), "tensorboard"),
    _hs("healthy83_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(104,), optim="adam", lr=3e-3, epochs=30,
                           batch_size=11)), "tensorboard"),
    _hs("healthy83_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(102,), optim="adamw", lr=2e-3, epochs=40,
                           batch_size=13)), "tensorboard"),
    _hs("healthy83_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(106,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=13), logging_steps=2), "transformers"),
    _hs("healthy83_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(101,), optim="adamw", lr=5e-3, epochs=30,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy83_hf_trainer_cancer_adam",
        hf_trainer_run(_s("breast_cancer", hidden=(108,), optim="adam", lr=1e-3, epochs=20,
                          batch_size=17), logging_steps=2), "transformers"),
    _hs("healthy83_keras_iris_adam",
        keras_run(_s("iris", hidden=(103,), optim="adam", lr=3e-3, epochs=30,
                     batch_size=11)), "keras"),
    _hs("healthy83_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(107,), optim="adam", lr=5e-4, epochs=25,
                     batch_size=18)), "keras"),
    _hs("healthy83_keras_wine_adamw",
        keras_run(_s("wine", hidden=(109,), optim="adamw", lr=2e-3, epochs=40,
                     batch_size=13)), "keras"),
    _hs("healthy83_lightning_cancer_adam_b20",
        lightning_run(_s("breast_cancer", hidden=(105,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=20)), "lightning"),
    _hs("healthy83_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(101,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=13)), "lightning"),
    _hs("healthy83_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(106,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=18)), "pytorch"),
    _hs("healthy83_plain_wine_adamw",
        plain_run(_s("wine", hidden=(104,), optim="adamw", lr=2e-3, epochs=40,
                     batch_size=13)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
