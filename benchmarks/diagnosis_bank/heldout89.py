"""The eighty-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout88`, after :mod:`.heldout86` and :mod:`.heldout87` and
before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout87` in its combination of data set (new here: a 10x10 image set of a golf club (a
shaft of one column and a head of two rows at its foot reaching out to one side in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 890); 7-class Gaussian quantiles in 46 dimensions (4400 samples);
a 101-feature 5-class set (2700 samples, 33 informative, 9 redundant, class separation 2.7); a
102-feature Friedman-1 regression (2000 samples, noise 0.85); a food dehydrator's state CSV (off,
preheating, drying, cooling down: 4 classes from 7 readings) and a lake's daily pedalo hires
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: wine,
digits, moons (500 or 600 points, noise 0.2 to 0.3), breast cancer, iris and the sine with noise
0.4), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN of 5 and 9 channels), optimiser (Adam, AdamW, RMSprop, Adagrad, Adadelta, plain
SGD, SGD with momentum or Nesterov momentum), batch size, learning rate, schedule (cosine,
constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``,
Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written
loop). The glyph's name and the two CSV themes were checked against the bank's parts (the sibling
left out) as unused. The two CSV files are written under their own names
(``food_dehydrator_state_h89``, ``pedalo_hire_daily_hires_h89``) with seeds 891 and 892; the
sklearn sets use random states 893 to 895. The fault cases pair a mechanism with another
optimiser, model, data set or tool than :mod:`.heldout84` to :mod:`.heldout87` did: divergence
under SGD with momentum in a sigmoid net on the unscaled pedalo hires (Nesterov momentum in tanh
and ELU nets, plain SGD in sigmoid and ReLU nets before), divergence under AdamW at LR 30 in a
ReLU net on the 7-class quantiles (RMSprop and Adam in ELU nets, Adagrad in tanh and leaky-ReLU
nets before), exploding gradients in a 10-layer ReLU net with N(0, 1) init under AdamW on the
101-feature set (Nesterov momentum in leaky-ReLU nets, RMSprop in ReLU nets before), units killed
by RMSprop at LR 3 in the golf-club CNN (SGD with momentum at LR 8 and 10, Adam at LR 0.5 and
Adagrad at LR 8 before), a high update ratio from Adadelta at LR 100 in an ELU net on the
dehydrator CSV (AdamW, Adagrad, RMSprop and Adam before), a tiny learning rate under RMSprop on
the Friedman regression (Adadelta, Adagrad and Adam before) and under SGD with momentum on the
dehydrator CSV (Adagrad, AdamW, RMSprop and Adadelta before), vanishing gradients under Adagrad in
a 20-layer sigmoid net on the 101-feature set (plain SGD and momentum before), saturation of tanh
units with N(0, 5) init under RMSprop on the quantiles (momentum with tanh units, Adagrad and
Nesterov momentum with sigmoid units before), a slow start of the golf-club CNN with N(0, 0.01)
init under Adam (AdamW, RMSprop and Adagrad before), the unshuffled 101-feature set under RMSprop
in a tanh net (momentum in tanh and ELU nets, Adam and AdamW in leaky-ReLU nets before), square
error with SGD with momentum on the dehydrator CSV (AdamW, Nesterov momentum and plain SGD
before), the 101-feature set one row at a time under plain SGD (a noisy loss; AdamW, Adagrad and
Adadelta before), an overfit 60-row 101-feature set under Adadelta (Adam and RMSprop before) and
a 40-row Friedman regression under Adagrad (momentum and Adam before), an underfit 1-unit tanh
net under RMSprop on the 101-feature set (leaky-ReLU, sigmoid and ELU units before), and for the
scripts, with Adagrad, AdamW and SGD with Nesterov momentum on wine, digits and moons (as this
part was asked to, apart from the sibling's choice): Lightning's NaN on moons under Nesterov
momentum and its stuck digits under AdamW, Trainer's NaN on digits under AdamW and its stuck
moons under Adagrad, Keras' NaN on wine under Nesterov momentum and its 38 rows of digits under
Nesterov momentum (a gap), TensorBoard's NaN on wine under AdamW and its 34 rows of digits under
Adagrad (a gap), the hand-written loop's corrupt record on the sine under AdamW and its stuck wine
under Nesterov momentum. The sibling :mod:`.heldout88` was not looked at; every script case
(faults and healthy runs alike) holds a hidden width of 160 to 169, a range given to this part
alone. The cases are spread over the tools (sixteen runner faults; two faults for each of
Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (four
runner runs broken (a divergence into Inf, a divergence that never turns NaN, exploding
gradients, dead units that end a blow-up) and five scripts (Lightning's, Trainer's, Keras' and
TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training`` expected in four
runner runs and three scripts; ``predictions_collapsed`` in four runner runs; ``at_chance`` in
six runner runs and three scripts; one overfit runner run with a generalisation gap, one runner
regression and two scripts with a gap alone; three runner regressions among the faults;
``noisy_loss`` expected in one runner run, ``not_converged`` in four and ``slow_start`` in one;
``underfitting`` in one runner run), and the healthy runner runs over three data sets (the
dehydrator CSV, the Friedman regression and the 101-feature set), and the healthy scripts on
breast cancer, moons and wine (TensorBoard), wine, iris and moons (Trainer), iris, breast cancer
and digits (Keras), breast cancer and wine (Lightning) and breast cancer and moons (the
hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the
epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer
gradient norms and update ratios, dead-unit and saturation fractions, and for the runner cases the
test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner cases
were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. Every case was
trained again, all together, with its final setting, and the figures below are from those runs
(see the end for what was changed after a first run).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75`, :mod:`.heldout77`, :mod:`.heldout79`, :mod:`.heldout81`,
:mod:`.heldout83`, :mod:`.heldout85` and :mod:`.heldout87`): the state a run ends in is
*expected* where its metrics show it, the mechanisms on the way are *allowed* with their reason
(``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within 0.05 of
the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is far
below it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one class
(allowed from 60%), read from the run's confusion matrix. Runs logged by other tools have no
confusion matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is
expected when the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1
lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends
clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the
step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at
the end and the validation loss (or score) is still improving there (it counts at severity info;
a training loss that falls while the validation loss has turned up or flattened is not
``not_converged``); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches (or the run's baseline, where no healthy run is in the part)
and the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step
than any healthy run's; ``not_training`` is expected or allowed wherever the training loss falls
by less than 5% over the run. A fault that came out weak was made stronger or relabelled from its
metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of
the runner sets are balanced (stratified splits): the majority share is 0.1432 on the quantiles
(1/7 is 0.1429), 0.2019 on the 101-feature set (1/5 is 0.2), 0.2567 on the dehydrator CSV and
0.2667 on the golf-club images (read from the test confusion matrices' rows); the scripts'
validation splits hold a majority share of 0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris),
0.1003 (digits) and 0.5 (moons). The runs' baselines (``baseline/val_*``): accuracy 1.0 on the
dehydrator CSV, 0.963 on the 101-feature set, 0.9333 on the golf-club images, 0.1489 on the
quantiles, R2 0.7198 on the Friedman regression and 0.9175 on the pedalo CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0283 (the
first layer of the ELU MLP with Adagrad on the 101-feature set), single steps at most 0.350 (the
same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.105 (its output
layer; 0.078 in its first), 3.7 times the healthy extreme, with single steps up to 3.5 (1.37 in
its first layer), 10 times the healthy one; the expected ``update_ratio_low`` runs sit at 4.2e-10
to 2.5e-9 in quarter means, single steps up to 1.5e-8 (RMSprop at LR 1e-10 on the Friedman
regression), and at exactly 0 in every layer (SGD with momentum at LR 1e-10 on the dehydrator
CSV: the updates vanish below the weights' float resolution), where the healthy runs' smallest
quarter mean is 5.9e-6 (the output layer of the tanh MLP with Adam on the Friedman regression at
the end of its cosine schedule). Dead-unit fraction 0 at any time in every healthy ReLU,
leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds 40% of the channels after the
golf-club CNN's first convolution, 67% after its second and 90% of its dense units once RMSprop at
LR 3 blows it up. The saturated fraction per layer is at most 0.0073 in the healthy tanh and
sigmoid runs (the tanh MLP with RMSprop on the 101-feature set); the expected
``saturated_activation`` run holds 0.946 and 0.951 in its two layers (its maximum and last value
alike). The exploding run's gradient norms sit at 2.0e5-1.5e6 in every layer with its epoch loss
at 8.72e5 from the first epoch and never NaN (the healthy runs' largest single norm 135: the
output layer of the sigmoid MLP with AdamW on the Friedman regression); the vanishing run's first
layer at 7.9e-18 to 1.8e-17 against 0.03 to 0.45 at the output, growing about tenfold a layer.
The step-loss position in the epoch explains 97.6% of the within-epoch variance over the second
half in the sorted 101-feature set (the healthy runner runs at most 28.3%: the leaky-ReLU MLP
with Adagrad on the dehydrator CSV). The standard deviation of the step loss's step-to-step
change over the second half of a run is at most 1.34 times its mean in the healthy runner runs
(the ELU MLP with Adadelta on the dehydrator CSV) and at most 1.77 in the healthy scripts
(TensorBoard's and the loop's breast cancer). Healthy runs reach a validation score close to
what the data allow (accuracy 1.0 on the dehydrator CSV, where the baseline is 1.0; 0.9463-0.9722
on the 101-feature set, where the baseline is 0.963 (test accuracy 0.9111-0.9574); R2
0.719-0.7247 on the Friedman regression, where the baseline is 0.7198; for the scripts 1.0
(TensorBoard's, Trainer's and Lightning's wine), 0.9667 (Trainer's and Keras' iris, Trainer's
moons), 0.9649 (Keras' and Lightning's breast cancer), 0.9561 (TensorBoard's and the loop's
breast cancer), 0.9583 (TensorBoard's and the loop's moons) and 0.9694 (Keras' digits)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch but
three: the tanh MLP with Adam on the Friedman regression, lowest at epoch 20 of 30 and 0.07%
above it at the end, and Trainer's iris and wine, lowest at their 29th of 30 and 34th of 40
evaluations and 0.02% and 0.13% above it), the training loss has flattened (the epoch loss falls
at most 1.82% over the last epoch in the runner runs, the ELU MLP with RMSprop on the dehydrator
CSV from 0.016, 0.88% on the 101-feature set and 0.08% on the Friedman regression; 3.4% and 7.5%
in Keras' breast cancer and digits (its iris rises 1.3%) with the validation loss lowest at the
end, 2.9% and 4.8% in Lightning's breast cancer and wine, TensorBoard's, the loop's and the
Trainer's runs near their floor with the validation loss lowest at or near the end), no training
score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.043, the ELU MLP
with Adagrad on the 101-feature set, training 0.9963; among the scripts 0.038, TensorBoard's
breast cancer, training 0.9941; the training R2 of the Friedman runs 0.754-0.774, far from ~1),
and they expect no finding of severity warning or worse.

No healthy run on the golf-club images, on the quantiles, on the pedalo CSV or on the sine is in
the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the pedalo divergence's step loss climbs from 3.6e4 to 6.7e35 and
is Inf at step 13, where the run stops (FAILED), so ``divergence`` and ``nan_loss`` are expected;
AdamW at LR 30 on the quantiles throws the step loss from 1.96 (near ln 7) up to 4.9e7 and ends
its three epochs at 7.7e5, 7.61 and 6.75 (3.5 times its first step, every unit of its second
layer dead), never NaN, accuracy 0.1432 (the majority share) with every test prediction in one
class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the exploding
run ends at 0.2111 (the majority share 0.2019) with 66% of the test predictions in one class and
its epoch loss flat at 8.72e5, so ``not_training`` and ``at_chance`` are expected beside
``exploding_gradients`` and ``predictions_collapsed`` only allowed; the golf-club CNN under
RMSprop at LR 3 blows up to an epoch loss of 2.0e7 and ends its three epochs at 686 and 60.0, 43
times its first step 1.40, accuracy 0.25 (the majority share 0.2667) with 99.3% of the test
predictions in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; the high update ratio run throws its loss about in its first epoch
(the step loss up to 7.85 from 1.34, the epoch loss 0.52), then its loss is near 0 (0.010, then
2.5e-6 down to 2.5e-7) with accuracy 1.0, so ``update_ratio_high`` is expected alone and, as in
:mod:`.heldout73` to :mod:`.heldout87`, the verdict is a training problem; RMSprop at LR 1e-10 on
the Friedman regression ends at R2 -8.89 (the epoch loss 241.4 at every epoch); SGD with momentum
at LR 1e-10 on the dehydrator CSV (the epoch loss 1.371 at every epoch) ends at 0.2667 (the
majority share 0.2567) with 99.3% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``not_training`` and ``update_ratio_low``; the
vanishing run ends at 0.1981 (1/5) with every test prediction in one class and its epoch loss at
1.613 to 1.610 (ln 5 is 1.609), so ``at_chance`` and ``predictions_collapsed`` are expected
beside ``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at
0.1375 (0.006 below the majority share; the epoch loss 51.05 at every epoch) with 19% of the test
predictions in one class, so ``at_chance`` is expected beside ``saturated_activation`` and
``not_training``; the slow start of the golf-club CNN under Adam at LR 6e-4 lingers at ln 4 for
its first three epochs (the epoch loss 1.3864, 1.3863, 1.3846, then 1.371, 1.334 and on) and
still falls 3.6% over its last epoch (0.6135 to 0.5914) with the validation loss lowest at the
end (the healthy runner runs fall at most 1.82%), so ``slow_start`` and ``not_converged`` are
expected; the sorted 101-feature set ends at 0.9315 (the baseline 0.963) with its epoch loss
falling 12.2% over the last epoch (0.1922 to 0.1687) and the validation loss lowest at the end,
so ``not_converged`` is expected beside ``unshuffled_data``; the square-error dehydrator run
reaches accuracy 1.0 while its epoch loss still falls 14.4% over its last epoch (3.2e-4 to
2.8e-4, from 0.157 in the first) with the validation loss lowest at the end, so
``not_converged`` is expected beside ``loss_mismatch``; the batch-1 101-feature run's step loss
swings 6.74 times its mean step to step over the second half (5.0 times the healthy runner runs'
1.34, 3.8 times the healthy scripts' 1.77) while its epoch loss still falls 48.5% over the last
epoch (0.1306 to 0.0673) and the validation loss falls at every epoch (0.191, 0.111, 0.088), so
``noisy_loss`` and ``not_converged`` are expected (accuracy 0.9722, training 0.9944: no gap); the
60 rows of the 101-feature set end at validation 0.7593 (training 1.0) with the validation loss
lowest at epoch 7 (0.708) and rising on to 0.792 (11.9% above it) at epoch 80 while the training
loss falls, so ``overfitting`` and ``generalisation_gap`` are expected; the 40-row Friedman
regression ends at R2 -0.872 (training 1.0) with its validation loss lowest at epoch 18 (46.15)
and flat after it (46.16 at the end), so ``generalisation_gap`` is expected and ``overfitting``
only allowed; the 1-unit tanh net on the 101-feature set ends at 0.3741 (training 0.4037, the
healthy runs 0.9463 and up) with its epoch loss flat over the last epoch (0.06% down) and 53% of
the test predictions in one class, so ``underfitting`` is expected (``at_chance`` not allowed,
0.17 above the majority share).
Lightning's NaN on moons (the step loss 0.70 up to 1.0e37, then NaN from step 9) ends at 0.5 (the
majority share), Trainer's NaN on digits (the logged loss 1.2e10 up to 1.6e34, then NaN from step
10) at 0.1003 (the majority share), so both expect ``at_chance`` beside ``nan_loss`` and
``divergence``; TensorBoard's NaN on wine (the step loss 1.31 up to 9.8e35, then NaN from step 7)
ends at 0.3333, 0.056 below the majority share 0.3889 (just outside 0.05), so there ``at_chance``
is only allowed beside ``nan_loss`` and ``divergence``; Keras' NaN on wine (every epoch's loss
NaN) ends at 0.3333 as well, so ``nan_loss`` is expected alone and ``divergence`` (no finite loss
shows the blow-up) and ``at_chance`` only allowed. Lightning's stuck digits (AdamW at LR 1e-10,
the epoch loss 2.343 and the validation loss 2.352 at every epoch) scores 0.0641, 0.036 below
the majority share 0.1003, so it expects ``at_chance`` beside ``not_training``; Trainer's stuck
moons (Adagrad at LR 1e-10, the evaluation loss 0.6075 throughout) scores 0.7917 and the loop's
stuck wine (Nesterov momentum at LR 1e-10, the validation loss 1.068 throughout, the step loss
0.97 to 1.15) 0.5278, 0.29 and 0.14 above their majority shares, so both expect ``not_training``
alone and do not allow ``at_chance``; Keras' 38 rows of digits end at 0.7075 (training 1.0) with
the validation loss lowest at epoch 14 (1.070) and 2.6% above it at the end, and TensorBoard's 34
rows of digits at 0.6992 (training 1.0) with the validation loss lowest at epoch 19 (1.048) and
1.7% above it at the end, so both expect ``generalisation_gap`` alone and allow ``overfitting``;
the loop's corrupt record makes the loss Inf at step 17 (0.755 at the first step, 0.11 to 0.97
before it).

Changed after a first run: the pedalo divergence's first setting (SGD with momentum at LR 0.5)
climbed to an epoch loss of 1.6e33 over its three epochs but never became Inf, so LR 2 (Inf at
step 13) was kept (six epochs at LR 0.5 were tried beside it and not kept); the dead-unit CNN's
first setting (RMSprop at LR 1) blew up (the epoch loss 2.4e5) but ended at 1.72 and 1.58 with its
last step loss below its first (1.33 against 1.40), a weak divergence, so LR 3 (kept) and 5 were
tried; the high update ratio's first setting (Adadelta at LR 30) reached a quarter mean of 0.047
and single steps of 1.05, too close to the healthy runs' 0.028 and 0.35, so LR 100 (kept) and 300
(its loss 0 from epoch 6 with the validation loss lowest after the first epoch: not kept) were
tried, and SGD with momentum at LR 2 (a blow-up, not big steps) beside them; the slow start's
first setting (Adam at LR 1e-4) stayed near ln 4 for its 20 epochs (4% down over the run), so LR
3e-4 (16% down) and 6e-4 (kept; 57% down after three epochs at ln 4) were tried and
``not_converged`` moved from allowed to expected; the noisy run's first setting (plain SGD at LR
0.05) had its epoch loss rise over the last epoch (0.43 to 0.70) and the validation loss jump
(0.379 to 1.302), a blow-up mixed into a case about noise, so LR 0.01 (kept) and 0.02 were tried;
the 40-row Friedman regression under Adagrad at LR 0.05 never showed a clear validation rise, nor
did LR 0.1 and 0.02, Adadelta at LR 1 or plain SGD at LR 0.01 and 0.003 (tried beside it, each
lowest early and flat or noisy after), so the first setting was kept and ``overfitting`` moved
from expected to allowed; the loop's corrupt record was first put into moons under Adagrad, where
the cross-entropy of the corrupt row stays finite (1.7e29), so the sine under AdamW was taken.
Six healthy settings were changed: the sigmoid MLP with Adagrad at LR 0.03 on the Friedman
regression (lowest at epoch 9 of 30 and 0.60% above it at the end) was set to LR 0.015, the ELU
MLP with Adagrad at LR 0.01 on the 101-feature set (accuracy 0.9444) to LR 0.02 (a tanh MLP with
RMSprop at LR 1e-3 was tried beside its LR 5e-4 setting and not kept: lowest at epoch 11),
TensorBoard's moons under AdamW at LR 3e-3 (lowest at epoch 35 of 40 and 6.2% above it) to LR
1e-3, TensorBoard's wine under RMSprop at LR 1e-3 (1.07% above) to LR 5e-4, Keras' digits under
Adam at LR 1e-3 (1.23% above) to LR 5e-4 and the loop's moons under AdamW at LR 3e-3 over 40
epochs (2.1% above) to LR 2e-3 over 25 epochs (LR 1e-3 over 40 epochs was tried beside it); the
wine scripts' batch sizes were set before the first run so that no last batch holds one or two
rows. The first labels were written before the runs and then set from the metrics as above:
``predictions_collapsed`` expected in the quantiles divergence and the stuck dehydrator run
(written as allowed) and ``at_chance`` in the stuck dehydrator run; ``at_chance`` made allowed in
Keras' and TensorBoard's NaN (written as expected) and dropped from the stuck Trainer and loop
runs (written as allowed); ``saturated_activation``, ``underfitting``, ``noisy_loss``,
``overfitting`` and ``update_ratio_high`` allowed where the runs showed them (the unshuffled,
square-error and underfit runs).


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

# a golf club in a 5x5 cell: a shaft of one column down the right-hand middle and a head of two
# rows at its foot reaching out to the left (three cells in the bottom row, two above it);
# turned by 90 degrees at a time for the other three directions
_CLUB_UP = np.array([[0, 0, 0, 1, 0],
                     [0, 0, 0, 1, 0],
                     [0, 0, 0, 1, 0],
                     [0, 0, 1, 1, 0],
                     [1, 1, 1, 1, 0]], dtype=float)
_CLUBS = turned(_CLUB_UP)


def golf_clubs(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
               seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 golf-club glyph at a random place (4 classes: the club turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CLUBS, n, size, noise, flip, seed)


def _dehydrator_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A food dehydrator's state (0 off, 1 preheating, 2 drying, 3 cooling down) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    heater_w = np.array([0.0, 480.0, 260.0, 0.0])[cls] + rng.normal(0, 45.0, n)
    chamber_c = np.array([21.0, 45.0, 62.0, 38.0])[cls] + rng.normal(0, 5.0, n)
    fan_rpm = np.array([0.0, 1800.0, 2400.0, 2900.0])[cls] + rng.normal(0, 220.0, n)
    humidity = np.array([45.0, 40.0, 68.0, 30.0])[cls] + rng.normal(0, 6.0, n)
    door = ((cls == 0) ^ (rng.random(n) < 0.05)).astype(float)
    room_c = rng.uniform(15.0, 30.0, n)
    trays = rng.integers(1, 10, n).astype(float)
    return (["heater_w", "chamber_c", "fan_rpm", "humidity_pct", "door_open", "room_c",
             "trays_loaded", "state"],
            np.column_stack([heater_w, chamber_c, fan_rpm, humidity, door, room_c, trays,
                             cls]))


def _pedalo_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A lake's pedalo hires a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(10, 33, n)
    wind_kmh = rng.uniform(0, 40, n)
    rain_mm = rng.uniform(0, 15, n)
    school_holiday = rng.integers(0, 2, n).astype(float)
    regatta = rng.integers(0, 2, n).astype(float)
    boats_out = rng.integers(0, 5, n).astype(float)
    hires = (90 + 8.0 * air_c - 3.5 * wind_kmh - 9.0 * rain_mm + 95.0 * school_holiday
             - 60.0 * regatta - 18.0 * boats_out + 80.0 * (weekday >= 5)
             + rng.normal(0, 18.0, n))
    return (["weekday", "air_c", "wind_kmh", "rain_mm", "school_holiday", "regatta",
             "boats_in_repair", "hires"],
            np.column_stack([weekday, air_c, wind_kmh, rain_mm, school_holiday, regatta,
                             boats_out, hires]))


def _dehyd(**sections: Any) -> Any:
    return _csv("food_dehydrator_state_h89", _dehydrator_csv, "state", "classification", 891,
                **sections)


def _pedalo(**sections: Any) -> Any:
    return _csv("pedalo_hire_daily_hires_h89", _pedalo_csv, "hires", "regression", 892,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout89"
GC4 = _factory(f"{HERE}:golf_clubs", seed=890)
GQ746 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4400, n_features=46,
                 n_classes=7, random_state=893)
CL101 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=101,
                 n_informative=33, n_redundant=9, n_classes=5, class_sep=2.7,
                 random_state=894)
FR102 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=102, noise=0.85,
                 random_state=895)
GCNN = {"kind": "cnn", "conv": [{"channels": 5}, {"channels": 9}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h89_divergence_pedalo_momentum_sigmoid", "the pedalo-hire CSV (targets unscaled, in "
         "the hundreds), 39-unit sigmoid MLP, SGD with momentum 0.9 at LR 2, batch 26",
         _pedalo(model={"hidden": [39], "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 2.0, "momentum": 0.9},
                 train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 3.6e4 up to 6.7e35, then Inf at step 13, where"
                               " the run stops; update ratios up to 3.3e4 in single steps"),
         verdict="failed"),
    Case("h89_divergence_gq746_adamw_lr30_relu", "84x42 ReLU MLP on the 7-class quantiles in "
         "46 dimensions, AdamW at LR 30, batch 29",
         {"data": GQ746, "model": {"hidden": [84, 42]},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(BLOWUP + "; the step loss from 1.96 (near ln 7) up to 4.9e7, the epoch loss "
                               "7.7e5, 7.61 and 6.75, never NaN; every unit of the second layer "
                               "dead, so the gradients and updates then die away (quarter means of "
                               "the update ratios down to 2e-10); update ratios up to 467 in single"
                               " steps; with three epochs the step loss's position in the epoch "
                               "explains half of its variance by chance"),
         verdict="failed"),
    Case("h89_exploding_cl101_10x24_relu_std1_adamw", "10x24 ReLU MLP with N(0, 1) init on "
         "the 101-feature set, AdamW at LR 1e-12, batch 34",
         {"data": CL101, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 8.72e5 at every epoch), far above ln "
                      "5 from the first step; the tiny steps do not move the wide weights (every "
                      "update ratio 0: below the weights' float resolution); 66% of the test "
                      "predictions in one class; up to 17% of five layers' units dead; with three "
                      "epochs the step loss's position in the epoch explains 59% of its variance by"
                      " chance"),
         verdict="failed"),
    Case("h89_dead_relu_golf_cnn_rmsprop_lr3", "the golf-club CNN (5, 9 channels, 21 hidden), "
         "RMSprop at LR 3, batch 24",
         {"data": GC4, "model": GCNN,
          "optim": {"name": "rmsprop", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.40 (near ln 4) up to 7.1e8, the epoch loss "
                               "2.0e7, 686 and 60.0 (91% down over the last epoch, still 43 times "
                               "the first step); 40% of the channels after the first convolution, "
                               "67% after the second and 90% of the dense units dead, their "
                               "gradients 0 from then on; update ratios up to 345 in single steps; "
                               "the step loss swings with the blow-up; the validation loss 869, "
                               "2.40 and 4.96, noise of the blown-up net"),
         verdict="failed"),
    Case("h89_update_ratio_high_dehyd_adadelta_lr100_elu", "Adadelta at LR 100 on the "
         "food-dehydrator CSV, 46 ELU units, batch 21, 8 epochs",
         _dehyd(model={"hidden": [46], "activation": "elu"},
                optim={"name": "adadelta", "lr": 100.0},
                train={"epochs": 8, "batch_size": 21}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big first steps throw the loss about (the step loss up to 7.85 from "
                      "1.34); then the loss is near 0 (the epoch loss 0.52, 0.010, then 2.5e-6 down"
                      " to 2.5e-7) with accuracy 1.0, so the step loss's swing and the epoch loss's"
                      " fall over the last epoch (13.6%) are noise about 0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h89_rmsprop_lr1e10_fr102", "the 102-feature Friedman regression, 46x23 ELU MLP, "
         "RMSprop at LR 1e-10, batch 33, 4 epochs",
         {"data": FR102, "model": {"hidden": [46, 23], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.89, far below the baseline (0.7198) and the healthy runs (0.719 and "
                      "up); the epoch loss 241.4 at every epoch; with four epochs the step loss's "
                      "position in the epoch explains 45% of its variance by chance"),
         verdict=TP),
    Case("h89_momentum_lr1e10_dehyd", "the food-dehydrator CSV, 37x19 ReLU MLP, SGD with "
         "momentum 0.9 at LR 1e-10, batch 23, 4 epochs",
         _dehyd(model={"hidden": [37, 19]},
                optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9},
                train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the untrained net's loss (the epoch loss 1.371 at every epoch); with four "
                      "epochs the step loss's position in the epoch explains half of its variance "
                      "by chance"),
         verdict=TP),
    Case("h89_vanishing_sigmoid_cl101_20x14_adagrad", "20x14 sigmoid MLP on the 101-feature "
         "set, Adagrad at LR 0.01, batch 37, 4 epochs",
         {"data": CL101, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layer's updates are tiny (quarter means 9e-11 to 1e-10), a side "
                      "effect of the vanishing gradients; the epoch loss 1.613 to 1.610 (ln 5 is "
                      "1.609); with four epochs the step loss's position in the epoch explains 48% "
                      "of its variance by chance"),
         verdict=TP),
    Case("h89_saturated_tanh_gq746_std5_rmsprop", "2x56 tanh MLP with N(0, 5) init on the "
         "7-class quantiles, RMSprop at LR 1e-9, batch 32",
         {"data": GQ746, "model": {"hidden": [56, 56], "activation": "tanh",
                                   "init": "normal", "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (quarter means at most 9.1e-11); the loss far above ln 7 from "
                      "the start (the epoch loss 51.05 at every epoch); with four epochs the step "
                      "loss's position in the epoch explains 47% of its variance by chance"),
         verdict=TP),
    Case("h89_slow_start_golf_cnn_adam_std001", "the golf-club CNN with N(0, 0.01) init, Adam "
         "at LR 6e-4, batch 24, 20 epochs: the epoch loss lingers at ln 4 and then falls",
         {"data": GC4, "model": {**GCNN, "init": "normal", "init_std": 0.01},
          "optim": {"name": "adam", "lr": 6e-4},
          "train": {"epochs": 20, "batch_size": 24}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu"),
         why_allowed=("no healthy golf-club run is in the part (accuracy 0.7733, training 0.7756, "
                      "the baseline 0.9333, the loss still falling); the tiny init leaves up to 90%"
                      " of the dense units dead on the way (19% at the end) and up to 11% of the "
                      "second convolution's"),
         verdict=TP),
    Case("h89_unshuffled_cl101_rmsprop_tanh", "the 101-feature set sorted by label, never "
         "shuffled, 66x33 tanh MLP, RMSprop at LR 1e-3, batch 43, 8 epochs",
         {"data": {**CL101, "order": "by_label", "shuffle": False},
          "model": {"hidden": [66, 33], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 43}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "saturated_activation"),
         why_allowed=(SORTED + "; accuracy 0.9315 (training 0.9759), below the baseline 0.963 and "
                               "the healthy runs (0.9463 and up); each class's stretch throws the "
                               "step loss up to 2.13 from 1.78 and pushes 10.6% of the second "
                               "layer's tanh units to their ends (the healthy runs at most 0.73%)"),
         verdict=TP),
    Case("h89_mse_softmax_dehyd_momentum", "the food-dehydrator CSV trained with square error "
         "on the softmax, SGD with momentum 0.9 at LR 0.1, 35x18 ReLU MLP, batch 25, 10 "
         "epochs",
         _dehyd(model={"hidden": [35, 18]},
                optim={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss",),
         why_allowed=("the step loss, near 0 (3.7e-4 at the end), swings 1.91 times its mean step "
                      "to step over the second half, above the healthy runner runs' 1.34: noise "
                      "about a loss near 0"),
         verdict=TP),
    Case("h89_noisy_cl101_b1_sgd", "the 101-feature set one row at a time (batch 1), plain SGD "
         "at LR 0.01, 27-unit ReLU MLP, 3 epochs",
         {"data": CL101, "model": {"hidden": [27]},
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from near 0 to 11.5, above "
                      "its first step 1.52); with three epochs the step loss's position in the "
                      "epoch explains half of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h89_overfit_cl101_subset60_adadelta", "60 rows of the 101-feature set, MLP of 290 "
         "and 145 units, Adadelta at LR 1, 80 epochs, batch 6",
         {"data": {**CL101, "subset": 60}, "model": {"hidden": [290, 145]},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 80, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("60 rows teach less than every row: accuracy 0.7593 (the healthy runs 0.9463 "
                      "and up); the epoch loss, near 0 (4.7e-5), falls 1.6% over the last epoch; up"
                      " to 4.8% of the second layer's units dead"),
         verdict=GP),
    Case("h89_gap_fr102_subset40_adagrad", "40 rows of the 102-feature Friedman regression, "
         "MLP of 220 and 110 units, Adagrad at LR 0.05, 150 epochs, batch 8",
         {"data": {**FR102, "subset": 40}, "model": {"hidden": [220, 110]},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("the validation loss is lowest at epoch 18 of 150 (46.15) and flat after it "
                      "(0.02% above at the end), so no clear rise; 40 rows teach less (R2 -0.872, "
                      "training 1.0, the run's baseline 0.158); once the training loss is 0 (7e-14)"
                      " the gradients and the output layer's updates are 0 and the step loss's "
                      "swing is large beside a mean near 0; 55% of the second layer's units fire "
                      "for none of the 40 rows"),
         verdict=GP),
    Case("h89_underfit_cl101_one_tanh_unit_rmsprop", "the 101-feature set through 1 tanh "
         "unit, RMSprop at LR 0.01, batch 29, 15 epochs",
         {"data": CL101, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 29}},
         expect=("underfitting",),
         allow=("overfitting", "saturated_activation", "update_ratio_high"),
         why_allowed=("the validation loss, lowest at epoch 2 (1.158), ends 3.3% above it while the"
                      " epoch loss falls slowly (1.167 to 1.090), the one unit's noise; the single "
                      "tanh unit sits at its ends for 56% to 72% of the rows; its 101 weights take "
                      "big relative steps under RMSprop (quarter means up to 0.077, single steps up"
                      " to 1.7)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h89_lightning_moons_nesterov_lr300_nan", "Lightning: moons (500 points, noise "
         "0.25), SGD with Nesterov momentum 0.9 at LR 300, 160 units, batch 12, 3 epochs",
         script=lightning_run(_s("moons", hidden=(160,), optim="sgd", lr=300.0, epochs=3,
                                 batch_size=12, n=500, noise=0.25,
                                 optim_args={"momentum": 0.9, "nesterov": True})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 0.70 up to 1.0e37, then NaN from step 9"),
         verdict="failed"),
    Case("h89_lightning_digits_adamw_lr1e10_stuck", "Lightning: digits, AdamW at LR 1e-10, "
         "161 units, batch 15, 3 epochs",
         script=lightning_run(_s("digits", hidden=(161,), optim="adamw", lr=1e-10, epochs=3,
                                 batch_size=15)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 2.352 (the epoch loss 2.343 at every epoch); "
                      "with three epochs the step loss's position in the epoch explains 46% of its "
                      "variance by chance"),
         verdict=TP),
    Case("h89_hf_trainer_digits_adamw_lr1e4_nan", "Hugging Face Trainer names: digits, AdamW "
         "at LR 1e4 (decaying linearly), 162 units, batch 13, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(162,), optim="adamw", lr=1e4, epochs=3,
                                  batch_size=13), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the logged loss 1.2e10 up to 1.6e34, then NaN from step 10"),
         verdict="failed"),
    Case("h89_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons (600 "
         "points, noise 0.3), Adagrad at LR 1e-10 (decaying linearly), 163 units, batch 14, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_s("moons", hidden=(163,), optim="adagrad", lr=1e-10,
                                  epochs=3, batch_size=14, n=600, noise=0.3),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 0.6075; the untrained net scores 0.7917 (the "
                      "majority share 0.5), so it is not at chance"),
         verdict=TP),
    Case("h89_keras_wine_nesterov_lr400_nan", "Keras names: wine, SGD with Nesterov momentum "
         "0.9 at LR 400, 164 units, batch 9, 3 epochs",
         script=keras_run(_s("wine", hidden=(164,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=9, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3333, 0.056 below the majority share "
                               "(0.3889)"),
         verdict="failed"),
    Case("h89_keras_digits_subset38_nesterov_gap", "Keras names: 38 rows of digits, 165 "
         "units, SGD with Nesterov momentum 0.9 at LR 0.05, 60 epochs, batch 6",
         script=keras_run(_s("digits", hidden=(165,), optim="sgd", lr=0.05, epochs=60,
                             batch_size=6, subset=38,
                             optim_args={"momentum": 0.9, "nesterov": True})),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("38 rows of ten digits teach less than all of them (validation accuracy "
                      "0.7075, training 1.0); the validation loss, lowest at epoch 14 (1.070), ends"
                      " 2.6% above it"),
         verdict=GP),
    Case("h89_tensorboard_wine_adamw_lr1e5_nan", "TensorBoard tags: wine, AdamW at LR 1e5, "
         "166 units, batch 11, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(166,), optim="adamw", lr=1e5, epochs=3,
                                   batch_size=11)),
         tool="tensorboard", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.31 up to 9.8e35, then NaN from step 7; "
                               "accuracy 0.3333, 0.056 below the majority share (0.3889)"),
         verdict="failed"),
    Case("h89_tensorboard_digits_subset34_adagrad_gap", "TensorBoard tags: 34 rows of digits, "
         "167 units, Adagrad at LR 0.03, 60 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(167,), optim="adagrad", lr=0.03,
                                   epochs=60, batch_size=5, subset=34)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("34 rows of ten digits teach less than all of them (validation accuracy "
                      "0.6992, training 1.0); the validation loss, lowest at epoch 19 (1.048), ends"
                      " 1.7% above it"),
         verdict=GP),
    Case("h89_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with "
         "noise 0.4, AdamW at LR 3e-3, 168 units, batch 12, a corrupt record (x = 1e30) at "
         "step 17 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(168,), optim="adamw", lr=3e-3, epochs=3,
                             batch_size=12, n=700, noise=0.4), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=17),
    Case("h89_plain_wine_nesterov_lr1e10_stuck", "hand-written loop: wine, SGD with Nesterov "
         "momentum 0.9 at LR 1e-10, 169 units, batch 11, 4 epochs",
         script=plain_run(_s("wine", hidden=(169,), optim="sgd", lr=1e-10, epochs=4,
                             batch_size=11, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="pytorch", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 1.068; the untrained net scores 0.5278, 0.14 "
                      "above the majority share (0.3889), so not at chance"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy89_dehyd_tanh_nesterov_b24",
       _dehyd(model={"hidden": [44], "activation": "tanh"},
              optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True,
                     "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy89_dehyd_relu_adamw_b21",
       _dehyd(model={"hidden": [49]},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 21})),
    _h("healthy89_dehyd_elu_rmsprop_b27",
       _dehyd(model={"hidden": [53], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy89_dehyd_sigmoid_adam_b19",
       _dehyd(model={"hidden": [58], "activation": "sigmoid"},
              optim={"lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 19})),
    _h("healthy89_dehyd_leaky_adagrad_b25",
       _dehyd(model={"hidden": [41], "activation": "leaky_relu"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 25})),
    _h("healthy89_dehyd_relu_momentum_b30",
       _dehyd(model={"hidden": [47]},
              optim={"name": "sgd", "lr": 0.03, "momentum": 0.9, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 30})),
    _h("healthy89_dehyd_tanh_adam_b33",
       _dehyd(model={"hidden": [56], "activation": "tanh"},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 33})),
    _h("healthy89_dehyd_elu_adadelta_b22",
       _dehyd(model={"hidden": [45], "activation": "elu"},
              optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy89_fr102_sigmoid_adamw_b26",
       {"data": FR102, "model": {"hidden": [67], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy89_fr102_tanh_adam_b28",
       {"data": FR102, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy89_fr102_sigmoid_rmsprop_b30",
       {"data": FR102, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy89_fr102_sigmoid_adagrad_b24",
       {"data": FR102, "model": {"hidden": [72], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.015, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy89_cl101_relu_adamw_b26",
       {"data": CL101, "model": {"hidden": [81]},
        "optim": {"name": "adamw", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy89_cl101_leaky_adam_b24",
       {"data": CL101, "model": {"hidden": [77], "activation": "leaky_relu"},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy89_cl101_elu_adagrad_b28",
       {"data": CL101, "model": {"hidden": [73], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy89_cl101_tanh_rmsprop_b22",
       {"data": CL101, "model": {"hidden": [69], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy89_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(163,), optim="adam", lr=5e-4, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy89_tensorboard_moons_adamw",
        tensorboard_run(_s("moons", hidden=(161,), optim="adamw", lr=1e-3, epochs=40,
                           batch_size=24, n=600, noise=0.2)), "tensorboard"),
    _hs("healthy89_tensorboard_wine_rmsprop",
        tensorboard_run(_s("wine", hidden=(168,), optim="rmsprop", lr=5e-4, epochs=30,
                           batch_size=14)), "tensorboard"),
    _hs("healthy89_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(166,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy89_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(160,), optim="adamw", lr=5e-3, epochs=30,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy89_hf_trainer_moons_adam",
        hf_trainer_run(_s("moons", hidden=(164,), optim="adam", lr=3e-3, epochs=30,
                          batch_size=22, n=600, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy89_keras_iris_adam",
        keras_run(_s("iris", hidden=(167,), optim="adam", lr=3e-3, epochs=30,
                     batch_size=12)), "keras"),
    _hs("healthy89_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(162,), optim="adamw", lr=5e-4, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy89_keras_digits_adam",
        keras_run(_s("digits", hidden=(169,), optim="adam", lr=5e-4, epochs=20,
                     batch_size=32)), "keras"),
    _hs("healthy89_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(165,), optim="adamw", lr=5e-4, epochs=30,
                         batch_size=21)), "lightning"),
    _hs("healthy89_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(163,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=11)), "lightning"),
    _hs("healthy89_plain_cancer_rmsprop",
        plain_run(_s("breast_cancer", hidden=(160,), optim="rmsprop", lr=3e-4, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy89_plain_moons_adamw",
        plain_run(_s("moons", hidden=(166,), optim="adamw", lr=2e-3, epochs=25,
                     batch_size=24, n=600, noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
