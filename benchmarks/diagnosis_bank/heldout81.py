"""The eighty-first held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout80`, after :mod:`.heldout78`'s and :mod:`.heldout79`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout79` in its combination of data set (new here: a 10x10 image set of a guitar (a body
of two bulges with a long neck to one side and tuning pegs at its end in a 5x5 cell, turned by 0,
90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 810); 9-class Gaussian quantiles in 31 dimensions (4500 samples); an
85-feature 4-class set (2700 samples, 29 informative, 8 redundant, class separation 2.3); an
87-feature Friedman-1 regression (2000 samples, noise 0.8); a water heater's state CSV (standby,
heating, hot water drawn, recovering after a draw: 4 classes from 7 readings) and a skate park's
daily skaters regression CSV (in the hundreds), besides the script tools' shipped sets with new
settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several
widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 7 and 15
channels), optimiser (Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum or Nesterov
momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2
steps, Keras and TensorBoard names, a hand-written loop). The brief gave these data as unused in
the bank. The two CSV files are written under their own names (``water_heater_state_h81``,
``skate_park_daily_skaters_h81``) with seeds 811 and 812; the sklearn sets use random states 813
to 815. The fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout76` to :mod:`.heldout79` did: divergence under plain SGD in an ELU net on the
unscaled skate-park skaters (SGD with momentum and Nesterov momentum in tanh, ReLU and sigmoid
nets before), divergence under Adam at LR 30 in a tanh net on the 9-class quantiles (AdamW,
Adagrad and RMSprop before), exploding gradients in a 10-layer ELU net with N(0, 1) init under
SGD with momentum on the 85-feature set (RMSprop, AdamW and Adam before), units killed by SGD with
Nesterov momentum at LR 10 in the guitar CNN (Adagrad, AdamW, momentum and RMSprop before), a
high update ratio from RMSprop at LR 1 in a ReLU net on the water-heater CSV (AdamW and Adagrad
before), a tiny learning rate under SGD with Nesterov momentum on the Friedman regression and
under RMSprop on the water-heater CSV, vanishing gradients under plain SGD in a 20-layer sigmoid
net on the water-heater CSV (plain SGD on the quantiles and Nesterov momentum on a state CSV
before), saturation under AdamW in a tanh net with N(0, 5) init on the quantiles (Adagrad,
Nesterov momentum and RMSprop before), a slow start of the guitar CNN under SGD with momentum,
the unshuffled 85-feature set under Adam in a sigmoid net, square error with RMSprop on the
water-heater CSV, the 85-feature set one row at a time under SGD with momentum (a noisy loss), an
overfit 75-row 85-feature set under Adagrad and a 45-row Friedman regression under RMSprop, an
underfit 1-unit ELU net under AdamW on the 85-feature set, Lightning's NaN on wine under SGD with
momentum and its 1-unit digits under Adagrad, Trainer's NaN on iris under SGD with Nesterov
momentum and its stuck breast cancer under SGD with Nesterov momentum, Keras' NaN on iris under
plain SGD and its 40 rows of digits under Adam (a gap), TensorBoard's NaN on digits under SGD with
Nesterov momentum and its stuck wine under SGD with momentum, the hand-written loop's corrupt record
on the sine under RMSprop and its stuck wine under Adagrad. The sibling :mod:`.heldout80` was not
looked at; the healthy scripts hold hidden widths of 90 to 99, a range given to this part alone. The
cases are spread over the tools (sixteen runner faults; two faults for each of Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (a
divergence into Inf, a divergence that never turns NaN, exploding gradients, dead units that end a
blow-up) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a
high update ratio; ``not_training`` expected in four runner runs and three scripts;
``predictions_collapsed`` in four runner runs; ``at_chance`` in six runner runs and four scripts;
one overfit runner run with a generalisation gap, one runner regression and one script with a gap
alone; three runner regressions among the faults; ``noisy_loss`` expected in one runner run,
``not_converged`` in four and ``slow_start`` in one; ``underfitting`` in one runner run and one
script), and the healthy runner runs over three data sets (the water-heater CSV, the Friedman
regression and the 85-feature set), and the healthy scripts on breast cancer, wine and iris
(TensorBoard, Trainer and Keras) and breast cancer and wine (Lightning and the hand-written loop).

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
once with its final setting (five fault settings were changed after their first run and two
script faults swapped tools: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75`, :mod:`.heldout77` and :mod:`.heldout79`): the state a run
ends in is *expected* where its metrics show it, the mechanisms on the way are *allowed* with
their reason (``why_allowed``). ``at_chance`` is expected when the final validation accuracy is
within 0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above it, and
when it is far below it); ``predictions_collapsed`` when at least 90% of the test predictions fall
in one class (allowed from 60%), read from the run's confusion matrix. Runs logged by other tools
have no confusion matrix, so there ``predictions_collapsed`` is never expected. ``overfitting``
is expected when the validation loss clearly rises after its minimum while the training loss
falls; ``generalisation_gap`` when the training score ends ~1 and the validation score at least
0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or
ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when
the step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls
at the end (it counts at severity info); ``underfitting`` when both scores are clearly below what
a healthy run of this part on the same data reaches (or the run's baseline, where no healthy run
is in the part) and the loss has flattened; ``noisy_loss`` when the step loss swings far more
from step to step than any healthy run's; ``not_training`` is expected or allowed wherever the
training loss falls by less than 5% over the run. A fault that came out weak was made stronger or
relabelled from its metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.1111 on the quantiles (1/9),
0.2519 on the 85-feature set, 0.27 on the guitar images and 0.2533 on the water-heater CSV (read
from the test confusion matrices' rows); the scripts' validation splits hold a majority share of
0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The runs' baselines
(``baseline/val_*``): accuracy 1.0 on the water-heater CSV, 0.9222 on the 85-feature set, 0.9767
on the guitar images, 0.1333 on the quantiles, R2 0.6904 on the Friedman regression and 0.9258 on
the skate-park CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0226 (the
output layer of the ReLU MLP with Adagrad on the water-heater CSV), single steps at most 0.311
(the same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 1.72 (its
output layer; 0.72 in its first), 76 times the healthy extreme, with single steps up to 117 (46.9
in its first layer), 377 times the healthy one; the expected ``update_ratio_low`` runs sit at
2.1e-10 to 1.1e-8 in quarter means, single steps up to 1.6e-8 (SGD with Nesterov momentum at LR
1e-10 on the Friedman regression), and 9.1e-11 to 8.9e-10, single steps up to 6.5e-9 (RMSprop at
LR 1e-10 on the water-heater CSV), where the healthy runs' smallest quarter mean is 7.4e-6 (the
output layer of the sigmoid MLP with AdamW at the end of a cosine schedule on the Friedman
regression). Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU and ELU
runner run; the expected ``dead_relu`` run holds 93% of the units after the guitar CNN's second
convolution and every dense unit (none after its first convolution) once SGD with Nesterov
momentum at LR 10 blows it up. The saturated fraction per layer is at most 0.0034 in the kept
healthy tanh and sigmoid runs (the tanh MLP with AdamW on the water-heater CSV); the expected
``saturated_activation`` run holds 0.934 and 0.950 in its two layers (its maximum and last value
alike). The exploding run's gradient norms sit at 1.9e5-1.15e6 with its epoch loss at 1.1e6 from
the first epoch and never NaN (the healthy runs' largest single norm 137: the output layer of the
sigmoid MLP with Adam on the Friedman regression); the vanishing run's first layer at 1.2e-18 to
7.3e-18 against up to 0.70 at the output, its first eleven layers' update ratio 0. The step-loss
position in the epoch explains 91% of the within-epoch variance over the second half in the
sorted 85-feature set (the healthy runner runs at most 25.1%: the tanh MLP with AdamW on the
water-heater CSV; 10.6% on the 85-feature set). The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 1.17 times its mean in the kept
healthy runner runs (the ReLU MLP with Adagrad on the 85-feature set) and at most 1.86 in the
healthy scripts (Lightning's breast cancer). Healthy runs reach a validation score close to what
the data allow (accuracy 1.0 on the water-heater CSV, where the baseline is 1.0; 0.9352-0.95 on
the 85-feature set, where the baseline is 0.9222; R2 0.6916-0.6946 on the Friedman regression,
where the baseline is 0.6904; for the scripts 1.0 (TensorBoard's, Trainer's, Keras', Lightning's
and the loop's wine), 0.9667 (TensorBoard's, Trainer's and Keras' iris), 0.9649 (TensorBoard's,
Keras', Lightning's and the loop's breast cancer) and 0.9561 (Trainer's breast cancer)); their
validation loss does not rise at the end (every kept healthy run's is lowest at its last epoch but
three: the sigmoid MLPs with Adam and AdamW on the Friedman regression, lowest at epoch 20 of 30
and 0.22% and 0.21% above it at the end, and Trainer's iris (epoch 38 of 40, 0.09%)), the
training loss has flattened (the epoch loss falls at most 1.93% over the last epoch in the runner
runs, the leaky-ReLU MLP with RMSprop on the water-heater CSV from 0.0390, 0.88% on the
85-feature set and 0.04% on the Friedman regression; 5.0%, 4.7% and 2.4% in Keras' breast
cancer, wine and iris, 4.6% and 4.7% in Lightning's breast cancer and wine, the mean step loss of
TensorBoard's and the loop's last epoch at most 4.9% below the one before (the loop's breast
cancer), all near their floor with the validation loss lowest at the end; the Trainer's logged
loss, a mean over 2 steps, swings over its last epochs without a trend while its evaluation loss
is lowest at or next to the end), no training score ends ~1 with the validation score 0.1 lower
(the largest accuracy gap: 0.051, the ReLU MLP with RMSprop on the 85-feature set, training
0.9858; among the scripts 0.029, TensorBoard's, Keras' and Lightning's breast cancer, training
0.9941; the largest R2 gap: 0.072, the sigmoid MLP with Adam on the Friedman regression, training
0.7666, far from ~1), and they expect no finding of severity warning or worse.

Healthy candidates replaced (30 trained, 29 kept): on the Friedman regression the tanh MLP with
RMSprop at batch 32 (59 units; its validation loss lowest at epoch 18 of 30 and 0.38% above it at
the end, above the 0.32% at which :mod:`.heldout79` dropped a run) by the sigmoid MLP with
RMSprop at batch 30 (61 units), trained once, healthy by every number above (the figures above
are from the kept runs only). No healthy run on the guitar images, on the quantiles, on the
skate-park CSV, on the sine or on digits is in the part: their faults are read against the run's
own numbers and its baseline.

Labels read from the metrics: the skate-park divergence climbs from a step loss of 2.1e5 to 4.1e8
and 4.5e18 and is Inf at step 5, where the run stops (FAILED), so ``divergence`` and ``nan_loss``
are expected; Adam at LR 30 on the quantiles throws the step loss from 2.26 (near ln 9) up to 782
and ends its three epochs at 496, 453 and 438, never NaN, accuracy 0.1178 (0.007 above 1/9) with
20% of the test predictions in one class, so ``divergence`` and ``at_chance`` are expected and
``predictions_collapsed`` not allowed; the exploding run ends at 0.2537 (the majority share
0.2519) with 91.5% of the test predictions in one class and its epoch loss flat at 1.1e6 (0.2%
down over the run), so ``not_training``, ``at_chance`` and ``predictions_collapsed`` are expected
beside ``exploding_gradients``; the guitar CNN under Nesterov momentum at LR 10 blows up to an
epoch loss of 1.9e4 in its first epoch and then sits at 5.93 and 6.06, above its first step 1.40,
accuracy 0.27 (the majority share) with every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the high update
ratio run throws its loss about for seven epochs (the step loss up to 1.0e4 from 1.36, the epoch
loss 435 and then between 1.5 and 7.0), then its loss is 0 in the last epoch with accuracy 1.0,
so ``update_ratio_high`` is expected alone and, as in :mod:`.heldout73` to :mod:`.heldout79`, the
verdict is a training problem; Nesterov momentum at LR 1e-10 on the Friedman regression ends at
R2 -7.45 (the epoch loss 231.08 at every epoch); RMSprop at LR 1e-10 on the water-heater CSV (the
epoch loss 1.3628 at every epoch) ends at 0.2967 (0.043 above the majority share 0.2533) with
93.3% of the test predictions in one class, so ``at_chance`` and ``predictions_collapsed`` are
expected beside ``not_training`` and ``update_ratio_low``; the vanishing run ends at 0.2533 (the
majority share) with every test prediction in one class and its epoch loss at 1.398 to 1.389 (ln
4 is 1.386), so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.0989 (0.012
below 1/9; the epoch loss 57.73 at every epoch) with 16% of the test predictions in one class, so
``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the slow start of
the guitar CNN under SGD with momentum at LR 1.5e-3 lingers near ln 4 for fifteen epochs (the
epoch loss 1.398, 1.390, 1.385, 1.382 and on to 1.344 at epoch 15, 3.9% below its first epoch),
then falls to 0.459 and still falls 10% over its last epoch (0.5105 to 0.4592) with the
validation loss lowest at the end (accuracy 0.8633, training 0.8922, the baseline 0.9767), so
``slow_start`` and ``not_converged`` are expected and ``underfitting`` allowed; the sorted
85-feature set ends at 0.8741 (the baseline 0.9222) with its epoch loss falling 21% over the last
epoch (0.8549 to 0.6757) and the validation loss lowest at the end, so ``not_converged`` is
expected beside ``unshuffled_data``; the square-error water-heater run reaches accuracy 1.0 while
its epoch loss still falls 19% over its last epoch (0.0559 to 0.0454, from 0.1738 in the first)
with the validation loss lowest at the end, so ``not_converged`` is expected beside
``loss_mismatch``; the batch-1 85-feature run's step loss swings 9.2 times its mean step to step
over the second half (7.9 times the healthy runner runs' 1.17, 5.0 times the healthy scripts'
1.86) while its epoch loss still falls 49% over the last epoch (0.0779 to 0.0397) and its
validation loss, lowest at epoch 2 (0.2508), ends only 1.75% above it (0.2552), so ``noisy_loss``
and ``not_converged`` are expected and ``overfitting`` only allowed (accuracy 0.9389, training
0.9963: no gap); the 75 rows of the 85-feature set end at validation 0.8167 (training 1.0) with
the validation loss lowest at epoch 3 (0.5515) and rising at every later epoch to 0.6387 (15.8%
above it) at epoch 80, so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row
Friedman regression (R2 0.049, training 0.9895; its validation loss lowest at epoch 55 and 9.6%
above it at the end, wandering without a clear rise while the training loss is thrown about near
0) expects ``generalisation_gap`` alone; Keras' 40 rows of digits (validation 0.7075, training
1.0) have their validation loss lowest at epoch 55 (0.9252) and only 0.67% above it at the end,
so ``generalisation_gap`` is expected alone and ``overfitting`` allowed; the 1-unit ELU net on the
85-feature set ends at 0.60 (training 0.6636, the healthy runs 0.9352 and up) with its epoch loss
falling 0.69% over the last epoch and 33% of the test predictions in one class, so
``underfitting`` is expected (``at_chance`` not allowed, 0.35 above the majority share).
Lightning's NaN on wine (the step loss 1.18 up to 1.4e35, then NaN from step 8) ends at 0.3333
(0.056 below the majority share), so ``at_chance`` is only allowed beside ``nan_loss`` and
``divergence``; Trainer's NaN on iris (the logged loss 2.1e4 up to 2.7e33, then NaN from step 10)
ends at 0.3333 (1/3) and TensorBoard's NaN on digits (the step loss 2.29 up to 1.5e37, then NaN
from step 9) at 0.1003 (the majority share), so both expect ``at_chance`` beside ``nan_loss`` and
``divergence``; Keras' NaN on iris (every epoch's loss NaN) ends at 0.3333, so ``nan_loss`` and
``at_chance`` are expected and ``divergence`` only allowed (no finite loss shows the blow-up).
Trainer's stuck breast cancer (SGD with Nesterov momentum at LR 1e-10, the evaluation loss 0.7194
at every evaluation, the logged loss's epoch means 0.7147, 0.7170, 0.7144 and 0.7135, 0.17% down
over the run) scores 0.4737, 0.16 below the majority share (0.6316), so ``not_training`` is
expected and ``at_chance`` only allowed; the loop's stuck wine (Adagrad at LR 1e-10, the
validation loss 1.147 throughout) scores 0.3889 (the majority share), so ``not_training`` and
``at_chance`` are expected; TensorBoard's stuck wine (SGD with momentum at LR 1e-10, the
validation loss 1.110 throughout) scores 0.2778, 0.11 below the majority share, so ``at_chance``
is only allowed; Lightning's 1-unit digits end at 0.2479 (training 0.2653) with the loss falling
0.23% over the last epoch and the validation loss lowest at the end (``underfitting``;
``at_chance`` not allowed, 0.15 above the majority share); the loop's corrupt record makes the
loss Inf at step 21 (the loss from 0.66 down to 0.10-0.32 before it).

Faults changed after their first run: the high update ratio's first setting (48 tanh units)
saturated 98% of its units and ended thrown about (the epoch loss 2.54, 0.92, 0.47, 0.18 over its
last epochs, the validation loss 1.197, 585% above its minimum at epoch 3), so ReLU and leaky-ReLU
units at LR 1 and tanh units at LR 0.3 were tried as candidates and the ReLU net (its loss 0 at the
end) was kept and trained once as the case (renamed
``h81_update_ratio_high_heater_rmsprop_lr1_relu``); the slow start's first setting (40 epochs) ended
with its epoch loss falling 2.1% over the last epoch and the validation loss 8.3% above its minimum
at epoch 39, neither clear, so the run was cut at 36 epochs (the same run up to there, the learning
rate constant) and trained once; the unshuffled run's first setting (Adam at LR 3e-4) hardly learned
(the epoch loss 1.485 to 1.365, near ln 4, accuracy 0.5685), so LR 1e-3 and 3e-3 were tried and 3e-3
was kept; the batch-1 run's first setting (momentum at LR 0.005) ended with its epoch loss rising
(0.232, 0.236, 0.321) and the validation loss 73% above its minimum, no clean noisy run, so LR 0.002
and 0.001 were tried and 0.002 was kept; smaller learning rates for the skate-park divergence were
tried to look for one that never turns Inf (LR 0.005 went Inf too, LR 0.002 learned, R2 0.75), so
the first setting (LR 0.02) was kept and labelled from its metrics (``nan_loss`` expected beside
``divergence``). Trainer's second fault was first written as 40 rows of digits under Adam (a gap);
the Trainer logs no training accuracy, so that fault moved to Keras (which logs it) and the Trainer
took the stuck digits under Adam at LR 1e-10 first written for Keras (since replaced: see below);
each was trained once under its new tool. The first labels were written before the runs and then set
from the metrics as above: ``nan_loss`` added to the skate-park divergence's expected codes (written
as allowed); ``predictions_collapsed`` expected in the exploding run (written as allowed), the stuck
water-heater run (written as allowed, with ``at_chance``) and the vanishing run (written as allowed)
and dropped from the quantiles divergence's allowed codes; ``at_chance`` added to the expected codes
of Trainer's, Keras' and TensorBoard's NaN, Trainer's stuck digits (since replaced) and the loop's
stuck wine (written as allowed or not at all); ``not_converged`` expected in the square-error run
(written as allowed); ``overfitting``, ``dead_relu``, ``saturated_activation`` and
``update_ratio_high`` allowed where the metrics show them. After the part's one measurement
(2026-12-03) Trainer's stuck digits under Adam at LR 1e-10
(``h81_hf_trainer_digits_adam_lr1e10_stuck``) was found to copy :mod:`.heldout80`'s
``h80_hf_trainer_digits_adam_lr1e10_stuck`` (the same tool and setup) and was replaced by Trainer's
stuck breast cancer under SGD with Nesterov momentum at LR 1e-10 (24 units, batch 14, 4 epochs,
``h81_hf_trainer_cancer_nesterov_lr1e10_stuck``), trained once at seed 0 and labelled from its
metrics as above before any diagnosis was run on it.


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

# a guitar lying with its neck to the right in a 5x5 cell (a body of two bulges on the left, the
# smaller one above, a long neck through the middle row, tuning pegs above and below its end),
# turned by 90 degrees at a time for the other three directions
_GUITAR_RIGHT = np.array([[0, 1, 0, 0, 0],
                          [1, 1, 0, 0, 1],
                          [1, 1, 1, 1, 1],
                          [1, 1, 0, 0, 1],
                          [1, 1, 0, 0, 0]], dtype=float)
_GUITARS = turned(_GUITAR_RIGHT)


def guitars(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 guitar glyph at a random place (4 classes: the guitar turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_GUITARS, n, size, noise, flip, seed)


def _water_heater_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A water heater's state (0 standby, 1 heating, 2 hot water drawn, 3 recovering after a
    draw) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    tank_c = np.array([58.0, 44.0, 52.0, 36.0])[cls] + rng.normal(0, 2.5, n)
    element_w = np.array([0.0, 3000.0, 0.0, 3000.0])[cls] + rng.normal(0, 150.0, n)
    flow_lpm = np.array([0.0, 0.0, 9.0, 2.5])[cls] + rng.normal(0, 0.6, n)
    outlet_c = np.array([55.0, 42.0, 50.0, 34.0])[cls] + rng.normal(0, 2.5, n)
    inlet_c = rng.uniform(6.0, 18.0, n)
    ambient_c = rng.uniform(12.0, 28.0, n)
    tank_l = rng.choice([80.0, 120.0, 150.0, 200.0], n)
    return (["tank_c", "element_w", "flow_lpm", "outlet_c", "inlet_c", "ambient_c",
             "tank_litres", "state"],
            np.column_stack([tank_c, element_w, flow_lpm, outlet_c, inlet_c, ambient_c,
                             tank_l, cls]))


def _skate_park_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A skate park's skaters a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-3, 33, n)
    rain_mm = rng.uniform(0, 22, n)
    daylight_h = rng.uniform(8.0, 16.5, n)
    lessons = rng.integers(0, 6, n).astype(float)
    contest = rng.integers(0, 2, n).astype(float)
    school_break = rng.integers(0, 2, n).astype(float)
    skaters = (120 + 4.5 * temp_c - 7.0 * rain_mm + 14.0 * daylight_h + 18.0 * lessons
               + 150.0 * contest + 70.0 * school_break + 80.0 * (weekday >= 5)
               + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "rain_mm", "daylight_h", "lessons", "contest",
             "school_break", "skaters"],
            np.column_stack([weekday, temp_c, rain_mm, daylight_h, lessons, contest,
                             school_break, skaters]))


def _heater(**sections: Any) -> Any:
    return _csv("water_heater_state_h81", _water_heater_csv, "state", "classification", 811,
                **sections)


def _skate(**sections: Any) -> Any:
    return _csv("skate_park_daily_skaters_h81", _skate_park_csv, "skaters", "regression", 812,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout81"
GT4 = _factory(f"{HERE}:guitars", seed=810)
GQ931 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4500, n_features=31,
                 n_classes=9, random_state=813)
CL85 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=85,
                n_informative=29, n_redundant=8, n_classes=4, class_sep=2.3, random_state=814)
FR87 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=87, noise=0.8,
                random_state=815)
GCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 15}], "hidden": [26]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h81_divergence_skate_sgd_elu", "the skate park daily-skaters CSV (targets unscaled, "
         "in the hundreds), 34-unit ELU MLP, plain SGD at LR 0.02, batch 26",
         _skate(model={"hidden": [34], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.02},
                train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 2.1e5 to 4.1e8 and 4.5e18, then Inf at "
                               "step 5, where the run stops; update ratios from 1.9 up"),
         verdict="failed"),
    Case("h81_divergence_gq931_adam_lr30_tanh", "86x43 tanh MLP on the 9-class quantiles in "
         "31 dimensions, Adam at LR 30, batch 29",
         {"data": GQ931, "model": {"hidden": [86, 43], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 2.26 (near ln 9) up to 782, the epoch "
                               "loss 496, 453 and 438 (3.4% down over the last epoch, still "
                               "about 190 times the first step), never NaN; 99.9% of the "
                               "tanh units saturated; update ratios up to 486 in single "
                               "steps; the validation loss, lowest at epoch 2 (409), ends "
                               "8.6% above it, noise of the blown-up net"),
         verdict="failed"),
    Case("h81_exploding_cl85_10x23_elu_std1_momentum", "10x23 ELU MLP with N(0, 1) init on "
         "the 85-feature set, SGD with momentum 0.9 at LR 1e-12, batch 34",
         {"data": CL85, "model": {"hidden": [23] * 10, "activation": "elu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.10e6, 1.10e6, 1.09e6), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights (update ratios 2.4e-8 to 8e-7); 4.3% of two layers' units "
                      "never above zero"),
         verdict="failed"),
    Case("h81_dead_relu_guitar_cnn_nesterov_lr10", "the guitar CNN (7, 15 channels, 26 "
         "hidden), SGD with Nesterov momentum 0.9 at LR 10, batch 22",
         {"data": GT4, "model": GCNN,
          "optim": {"name": "sgd", "lr": 10.0, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.40 (near ln 4) up to 7.1e5, the epoch "
                               "loss 1.9e4, 5.93 and 6.06; 93% of the units after the second "
                               "convolution and every dense unit dead, their gradients 0 "
                               "from then on; update ratios up to 7573 in single steps; the "
                               "validation loss, lowest after the first epoch, ends 33% "
                               "above it as the training loss rises too"),
         verdict="failed"),
    Case("h81_update_ratio_high_heater_rmsprop_lr1_relu", "RMSprop at LR 1 on the water-heater "
         "CSV, 48 ReLU units, batch 26, 8 epochs",
         _heater(model={"hidden": [48]},
                 optim={"name": "rmsprop", "lr": 1.0},
                 train={"epochs": 8, "batch_size": 26}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the loss about (the step loss up to 1.0e4 from "
                      "1.36, the epoch loss 435, 4.85, 4.73, 2.14, 5.01, 1.48, 6.99), so the "
                      "step loss swings 6.2 times its mean step to step; then it sits at 0 "
                      "with accuracy 1.0 in the last epoch, where the gradients and updates "
                      "are 0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h81_nesterov_lr1e10_fr87", "the 87-feature Friedman regression, 46x23 tanh MLP, SGD "
         "with Nesterov momentum 0.9 at LR 1e-10, batch 29, 4 epochs",
         {"data": FR87, "model": {"hidden": [46, 23], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -7.45, far below the baseline (0.6904) and the healthy runs",
         verdict=TP),
    Case("h81_rmsprop_lr1e10_heater", "the water-heater CSV, 36x18 ELU MLP, RMSprop at LR "
         "1e-10, batch 23, 4 epochs",
         _heater(model={"hidden": [36, 18], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-10},
                 train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed="the untrained net's loss (the epoch loss 1.3628 at every epoch)",
         verdict=TP),
    Case("h81_vanishing_sigmoid_heater_20x14_sgd", "20x14 sigmoid MLP on the water-heater "
         "CSV, plain SGD at LR 0.05, batch 33, 4 epochs",
         _heater(model={"hidden": [14] * 20, "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 0.05},
                 train={"epochs": 4, "batch_size": 33}, diagnose=NOSTOP),
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first eleven layers do not move (update ratio 0), a side effect "
                      "of the vanishing gradients; the epoch loss 1.398 to 1.389 (ln 4 is "
                      "1.386)"),
         verdict=TP),
    Case("h81_saturated_tanh_gq931_std5_adamw", "2x52 tanh MLP with N(0, 5) init on the "
         "9-class quantiles, AdamW at LR 1e-9, batch 35",
         {"data": GQ931, "model": {"hidden": [52, 52], "activation": "tanh",
                                   "init": "normal", "init_std": 5.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 3.3e-11); the loss far above ln 9 from the "
                      "start (the epoch loss 57.73 at every epoch)"),
         verdict=TP),
    Case("h81_slow_start_guitar_cnn_momentum", "the guitar CNN, SGD with momentum 0.9 at LR "
         "1.5e-3, batch 22, 36 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": GT4, "model": GCNN,
          "optim": {"name": "sgd", "lr": 1.5e-3, "momentum": 0.9},
          "train": {"epochs": 36, "batch_size": 22}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu"),
         why_allowed=("no healthy guitar run is in the part (accuracy 0.8633, training "
                      "0.8922, the baseline 0.9767); up to 31% of the dense units dead on "
                      "the way (7.7% at the end)"),
         verdict=TP),
    Case("h81_unshuffled_cl85_adam_sigmoid", "the 85-feature set sorted by label, never "
         "shuffled, 60x30 sigmoid MLP, Adam at LR 3e-3, batch 39, 8 epochs",
         {"data": {**CL85, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 8, "batch_size": 39}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "saturated_activation"),
         why_allowed=(SORTED + "; accuracy 0.8741 (training 0.913), below the baseline "
                               "0.9222 and the healthy runs (0.9352 and up); the sigmoid "
                               "units pushed to one class at a time sit at their ends for "
                               "20% of the rows in the first layer"),
         verdict=TP),
    Case("h81_mse_softmax_heater_rmsprop", "the water-heater CSV trained with square error on "
         "the softmax, RMSprop at LR 3e-4, 32x16 ReLU MLP, batch 25, 10 epochs",
         _heater(model={"hidden": [32, 16]},
                 optim={"name": "rmsprop", "lr": 3e-4},
                 train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="1 of the 16 units of the second layer (6.25%) never above zero",
         verdict=TP),
    Case("h81_noisy_cl85_b1_momentum", "the 85-feature set one row at a time (batch 1), SGD "
         "with momentum 0.9 at LR 0.002, 27-unit ReLU MLP, 4 epochs",
         {"data": CL85, "model": {"hidden": [27]},
          "optim": {"name": "sgd", "lr": 0.002, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 11.0, "
                      "above its first step 1.32); the validation loss, lowest at epoch 2 "
                      "(0.2508), ends 1.75% above it (0.2552) as the epoch loss falls; with "
                      "four epochs the second half holds only two, so the step loss's "
                      "position in the epoch explains about half of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h81_overfit_cl85_subset75_adagrad", "75 rows of the 85-feature set, MLP of 290 and "
         "145 units, Adagrad at LR 0.02, 80 epochs, batch 8",
         {"data": {**CL85, "subset": 75}, "model": {"hidden": [290, 145]},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_high"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8167 (the healthy "
                      "runs 0.9352 and up); the epoch loss, near 0 (5.3e-5), falls 1.6% "
                      "over the last epoch; 13.8% of the second layer's units dead; "
                      "Adagrad's first steps on 75 rows reach single update ratios of 0.55 "
                      "(quarter means at most 0.017, inside the healthy range)"),
         verdict=GP),
    Case("h81_gap_fr87_subset45_rmsprop", "45 rows of the 87-feature Friedman regression, MLP "
         "of 220 and 110 units, RMSprop at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR87, "subset": 45}, "model": {"hidden": [220, 110]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.049, training 0.9895, the run's baseline "
                      "0.0949); the validation loss, flat near 24.5 from epoch 9, is lowest "
                      "at epoch 55 (22.90) and wanders between 23.7 and 27.0 after it, "
                      "ending at 25.10 (9.6% above it), while RMSprop throws the training "
                      "loss about near 0 (from 0 up to 4.4 and back); the gradients die "
                      "away where the loss is 0; up to 45% of the second layer's units "
                      "dead"),
         verdict=GP),
    Case("h81_underfit_cl85_one_elu_unit_adamw", "the 85-feature set through 1 ELU unit, "
         "AdamW at LR 0.01, batch 30, 15 epochs",
         {"data": CL85, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting",),
         allow=("not_converged",),
         why_allowed="the epoch loss falls 0.69% over the last epoch",
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h81_lightning_wine_momentum_lr400_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 400, 18 units, batch 10, 4 epochs",
         script=lightning_run(_s("wine", hidden=(18,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=10, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.18 up to 1.4e35, then NaN from step 8; "
                               "accuracy 0.3333, 0.056 below the majority share (0.3889)"),
         verdict="failed"),
    Case("h81_lightning_digits_one_unit_adagrad", "Lightning: digits through 1 ReLU unit, "
         "Adagrad at LR 0.05, batch 26, 20 epochs",
         script=lightning_run(_s("digits", hidden=(1,), optim="adagrad", lr=0.05, epochs=20,
                                 batch_size=26)),
         tool="lightning", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2479 "
                      "(training 0.2653); the epoch loss still falls 0.23% over the last "
                      "epoch, the validation loss lowest at the end"),
         verdict=TP),
    Case("h81_hf_trainer_iris_nesterov_lr400_nan", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.9 at LR 400 (decaying linearly), 16 units, batch 9, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(16,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=9, optim_args={"momentum": 0.9,
                                                            "nesterov": True}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the logged loss 2.1e4 up to 2.7e33, then NaN from step 10",
         verdict="failed"),
    Case("h81_hf_trainer_cancer_nesterov_lr1e10_stuck", "Hugging Face Trainer names: breast "
         "cancer, SGD with Nesterov momentum 0.9 at LR 1e-10 (decaying linearly), 24 units, "
         "batch 14, 4 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(24,), optim="sgd", lr=1e-10,
                                  epochs=4, batch_size=14,
                                  optim_args={"momentum": 0.9, "nesterov": True}),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 0.7194; the untrained net scores 0.4737, "
                      "0.16 below the majority share (0.6316)"),
         verdict=TP),
    Case("h81_keras_iris_sgd_lr500_nan", "Keras names: iris, plain SGD at LR 500, 22 units, "
         "batch 8, 3 epochs",
         script=keras_run(_s("iris", hidden=(22,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=8)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h81_keras_digits_subset40_adam_gap", "Keras names: 40 rows of digits, 150 units, "
         "Adam at LR 1e-3, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(150,), optim="adam", lr=1e-3, epochs=80,
                             batch_size=5, subset=40)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7075, training 1.0); the validation loss, lowest at epoch "
                      "55 (0.9252), ends 0.67% above it; the epoch loss, near 0 (0.0040), "
                      "falls 2.4% over the last epoch"),
         verdict=GP),
    Case("h81_tensorboard_digits_nesterov_lr400_nan", "TensorBoard tags: digits, SGD with "
         "Nesterov momentum 0.9 at LR 400, 20 units, batch 15, 3 epochs",
         script=tensorboard_run(_s("digits", hidden=(20,), optim="sgd", lr=400.0, epochs=3,
                                   batch_size=15,
                                   optim_args={"momentum": 0.9, "nesterov": True})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 2.29 up to 1.5e37, then NaN from step 9",
         verdict="failed"),
    Case("h81_tensorboard_wine_momentum_lr1e10_stuck", "TensorBoard tags: wine, SGD with "
         "momentum 0.9 at LR 1e-10, 28 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("wine", hidden=(28,), optim="sgd", lr=1e-10, epochs=5,
                                   batch_size=10, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.110; the untrained net scores 0.2778, "
                      "0.11 below the majority share (0.3889)"),
         verdict=TP),
    Case("h81_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2, RMSprop at LR 3e-3, 33 units, batch 14, a corrupt record (x = 1e30) at "
         "step 21 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(33,), optim="rmsprop", lr=3e-3, epochs=3,
                             batch_size=14, n=900, noise=0.2), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h81_plain_wine_adagrad_lr1e10_stuck", "hand-written loop: wine, Adagrad at LR "
         "1e-10, 30 units, batch 9, 5 epochs",
         script=plain_run(_s("wine", hidden=(30,), optim="adagrad", lr=1e-10, epochs=5,
                             batch_size=9)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the validation loss stays at 1.147 (accuracy 0.3889)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy81_heater_tanh_adamw_b21",
       _heater(model={"hidden": [44], "activation": "tanh"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 21})),
    _h("healthy81_heater_elu_adam_b27",
       _heater(model={"hidden": [51], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 27})),
    _h("healthy81_heater_leaky_rmsprop_b19",
       _heater(model={"hidden": [47], "activation": "leaky_relu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 19})),
    _h("healthy81_heater_sigmoid_adamw_b25",
       _heater(model={"hidden": [58], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 25})),
    _h("healthy81_heater_relu_adagrad_b29",
       _heater(model={"hidden": [42]},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 29})),
    _h("healthy81_heater_relu_adam_b17",
       _heater(model={"hidden": [50]},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 17})),
    _h("healthy81_heater_tanh_rmsprop_b31",
       _heater(model={"hidden": [54], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 31})),
    _h("healthy81_heater_elu_adagrad_b24",
       _heater(model={"hidden": [39], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy81_fr87_sigmoid_adamw_b28",
       {"data": FR87, "model": {"hidden": [63], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy81_fr87_sigmoid_rmsprop_b26",
       {"data": FR87, "model": {"hidden": [67], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy81_fr87_sigmoid_rmsprop_b30",
       {"data": FR87, "model": {"hidden": [61], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy81_fr87_sigmoid_adam_b24",
       {"data": FR87, "model": {"hidden": [71], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy81_cl85_relu_adam_b26",
       {"data": CL85, "model": {"hidden": [80]},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy81_cl85_relu_rmsprop_b24",
       {"data": CL85, "model": {"hidden": [76]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy81_cl85_leaky_adamw_b28",
       {"data": CL85, "model": {"hidden": [84], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy81_cl85_relu_adagrad_b22",
       {"data": CL85, "model": {"hidden": [72]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy81_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(91,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=19)), "tensorboard"),
    _hs("healthy81_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(95,), optim="adamw", lr=2e-3, epochs=30,
                           batch_size=12)), "tensorboard"),
    _hs("healthy81_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(93,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=12)), "tensorboard"),
    _hs("healthy81_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(97,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy81_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(90,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy81_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(94,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy81_keras_iris_adamw",
        keras_run(_s("iris", hidden=(92,), optim="adamw", lr=2e-3, epochs=30,
                     batch_size=12)), "keras"),
    _hs("healthy81_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(96,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=19)), "keras"),
    _hs("healthy81_keras_wine_adam",
        keras_run(_s("wine", hidden=(98,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=12)), "keras"),
    _hs("healthy81_lightning_cancer_adamw_b21",
        lightning_run(_s("breast_cancer", hidden=(99,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=21)), "lightning"),
    _hs("healthy81_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(90,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy81_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(93,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=19)), "pytorch"),
    _hs("healthy81_plain_wine_adam",
        plain_run(_s("wine", hidden=(95,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
