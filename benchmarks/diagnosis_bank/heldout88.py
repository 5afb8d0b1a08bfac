"""The eighty-eighth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout89`, after :mod:`.heldout86` and :mod:`.heldout87` and
before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout87` in its combination of data set (new here: a 10x10 image set of a garden spade
(a T grip across the top row, a shaft of one column and a blade three cells wide over the bottom
two rows of a 5x5 cell, turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4
classes), 1500 images with noise 0.3 and 2% random labels (seed 880); 7-class Gaussian quantiles
in 41 dimensions (4200 samples); a 99-feature 5-class set (2700 samples, 32 informative, 8
redundant, class separation 3.0); a 95-feature Friedman-1 regression (2000 samples, noise 0.9);
a butter churn's state CSV (idle, churning the cream, draining the buttermilk, washing the
butter: 4 classes from 7 readings) and a velodrome's daily riders regression CSV (in the
hundreds), besides the script tools' shipped sets with new settings: iris, wine, breast cancer
and the sine with noise 0.25 and 0.3), model (MLPs of several widths, depths and activations
(ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 5 and 11 channels), optimiser (Adam, AdamW,
RMSprop, Adagrad, Adadelta, plain SGD, SGD with momentum or Nesterov momentum), batch size,
learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). The glyph's name, the two CSV themes and the sklearn
feature counts were checked against the bank's parts as unused. The two CSV files are written
under their own names (``butter_churn_state_h88``, ``velodrome_daily_riders_h88``) with seeds 881
and 882; the sklearn sets use random states 883 to 885. The fault cases pair a mechanism with
another optimiser, model, data set or tool than :mod:`.heldout84` to :mod:`.heldout87` did:
divergence under SGD with momentum in a tanh net on the unscaled velodrome riders (plain SGD in
ReLU and sigmoid nets, Nesterov momentum in tanh and ELU nets before), divergence under Adam at LR
30 in a leaky-ReLU net on the 7-class quantiles (Adagrad in leaky-ReLU and tanh nets, RMSprop and
Adam in ELU nets before), exploding gradients in a 10-layer ELU net with N(0, 1) init under Adam
on the 99-feature set (RMSprop in ReLU nets, Nesterov momentum in leaky-ReLU nets before), units
killed by RMSprop at LR 1 in the spade CNN (Adagrad, Adam, momentum before), a high update ratio
from AdamW at LR 1 in a tanh net on the churn CSV (Adam in a sigmoid net, RMSprop in an ELU net,
AdamW in a leaky-ReLU net, Adagrad in a tanh net before), a tiny learning rate under RMSprop on
the Friedman regression (Adam, Adadelta and Adagrad before) and under SGD with momentum on the
churn CSV (Adadelta, RMSprop, Adagrad and AdamW before), vanishing gradients under Adagrad in a
20-layer sigmoid net on the 99-feature set (momentum and plain SGD before), saturation of tanh
units with N(0, 5) init under RMSprop on the 99-feature set (sigmoid units under Nesterov momentum
and Adagrad, tanh units under momentum before), a slow start of the spade CNN with N(0, 0.05)
init under SGD with Nesterov momentum (Adagrad, AdamW and RMSprop before), the unshuffled
99-feature set under RMSprop in an ELU net (AdamW and Adam in leaky-ReLU nets, momentum in tanh
and ELU nets before), square error with SGD with momentum on the churn CSV (plain SGD, AdamW and
Nesterov momentum before), the 99-feature set one row at a time under plain SGD (a noisy loss;
Adadelta, Adagrad and AdamW before), an overfit 55-row 99-feature set under SGD with momentum
(RMSprop and Adam before) and a 38-row Friedman regression under Adagrad (Adam and momentum
before), an underfit 1-unit tanh net under RMSprop on the 99-feature set (ELU units under
momentum and Adagrad, leaky-ReLU and sigmoid units under Adam before), Lightning's NaN on breast
cancer under plain SGD and its stuck iris under Adam, Trainer's NaN on the sine under RMSprop and
its stuck sine under Adam, Keras' NaN on breast cancer under RMSprop and its stuck breast cancer
under plain SGD, TensorBoard's NaN on iris under Adam and its 5 rows of breast cancer under
RMSprop (a gap), the hand-written loop's corrupt record on the sine under plain SGD and its stuck
iris under RMSprop: the script faults use plain SGD, Adam and RMSprop on iris, breast cancer and
the sine alone. The sibling :mod:`.heldout89` was not looked at; every script case (faults and
healthy runs alike) holds a hidden width of 150 to 159, a range given to this part alone. The
cases are spread over the tools (sixteen runner faults; two faults for each of Lightning,
Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs
broken (a divergence into Inf, a divergence that never turns NaN, exploding gradients, dead units
that end a blow-up) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the
loop's Inf); a high update ratio; ``not_training`` expected in four runner runs and four
scripts; ``predictions_collapsed`` in five runner runs; ``at_chance`` in five runner runs and
two scripts; one overfit runner run with a generalisation gap alone and one overfit runner
regression and one script with both; three runner regressions and two script regressions among
the faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in three and
``slow_start`` in one; ``underfitting`` in one runner run), and the healthy runner runs over three
data sets (the churn CSV, the Friedman regression and the 99-feature set), and the healthy
scripts on breast cancer, wine and iris (TensorBoard, Trainer and Keras) and breast cancer and
wine (Lightning and the hand-written loop).

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
the end and the validation loss is still improving there (it counts at severity info);
``underfitting`` when both scores are clearly below what a healthy run of this part on the same
data reaches (or the run's baseline, where no healthy run is in the part) and the loss has
flattened; ``noisy_loss`` when the step loss swings far more from step to step than any healthy
run's; ``not_training`` is expected or allowed wherever the training loss falls by less than 5%
over the run. A fault that came out weak was made stronger or relabelled from its metrics, never
kept as expected. The mechanism codes (``update_ratio_high``, ``update_ratio_low``,
``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are
expected only where the logged metric is clearly outside the range every healthy run of this part
shows, and allowed (with the reason) where the mechanism is real but the metric sits inside it or
is a side effect of a blow-up or of the fault. The classes of the runner sets are balanced
(stratified splits): the majority share is 0.1429 on the quantiles (1/7), 0.2019 on the
99-feature set, 0.2567 on the spade images and 0.2567 on the churn CSV (read from the test
confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer) and 1/3 (iris). The runs' baselines (``baseline/val_*``):
accuracy 0.9833 on the churn CSV, 0.9648 on the 99-feature set, 0.7767 on the spade images,
0.1595 on the quantiles, R2 0.7138 on the Friedman regression and 0.9409 on the velodrome CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0259 (the
output layer of the sigmoid MLP with RMSprop on the churn CSV), single steps at most 0.372 (the
output layer of the tanh MLP with Adagrad on the churn CSV); the expected ``update_ratio_high``
run reaches a quarter mean of 0.188, 7 times the healthy extreme, with single steps up to 11.3,
30 times the healthy one; the expected ``update_ratio_low`` runs sit at 1.7e-10 to 2.3e-9 in
quarter means, single steps up to 1.4e-8 (RMSprop at LR 1e-10 on the Friedman regression), and
at most 2.0e-12 (SGD with momentum at LR 1e-10 on the churn CSV), where the healthy runs'
smallest quarter mean is 7.8e-6 (the output layer of the sigmoid MLP with Adam at batch 24 at the
end of a cosine schedule on the Friedman regression). Dead-unit fraction 0 at any time in every
healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds 60% of the
channels after the spade CNN's first convolution, 64% after its second and 86% of its dense units
once RMSprop at LR 1 blows it up. The saturated fraction per layer is at most 0.0028 in the
healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the churn CSV); the expected
``saturated_activation`` run holds 0.963 and 0.949 in its two layers (its maximum and last value
alike). The exploding run's gradient norms sit at 1.8e5-1.1e6 with its epoch loss at 9.708e5
from the first epoch and never NaN (the healthy runs' largest single norm 136: the output layer
of the sigmoid MLP with AdamW on the Friedman regression); the vanishing run's first layer at
4.9e-18 to 5.3e-17 against 0.017 to 0.47 at the output. The step-loss position in the epoch
explains 96.2% of the within-epoch variance over the second half in the sorted 99-feature set
(the healthy runner runs at most 19.4%: the leaky-ReLU MLP with Adam on the churn CSV). The
standard deviation of the step loss's step-to-step change over the second half of a run is at
most 1.65 times its mean in the healthy runner runs (the ReLU MLP with Adadelta on the churn CSV)
and at most 1.73 in the healthy scripts (TensorBoard's breast cancer). Healthy runs reach a
validation score close to what the data allow (accuracy 0.98-0.9867 on the churn CSV, where the
baseline is 0.9833; 0.9352-0.9593 on the 99-feature set, where the baseline is 0.9648 (test
accuracy 0.9315-0.9611); R2 0.6946-0.7062 on the Friedman regression, where the baseline is
0.7138; for the scripts 1.0 (the loop's and Lightning's wine), 0.9722 (TensorBoard's, Trainer's
and Keras' wine), 0.9667 (TensorBoard's, Trainer's and Keras' iris) and 0.9474-0.9649 on breast
cancer); their validation loss does not rise at the end (every healthy runner run's is lowest at
its last epoch but two: the ELU MLP with AdamW on the 99-feature set, lowest at epoch 14 of 15
and 0.006% above it, and the tanh MLP with Adagrad on the churn CSV, lowest at epoch 10 of 12 and
0.073% above it; among the scripts the Trainer's iris ends 0.0025% above its lowest evaluation
loss, every other script's is lowest at the end), the training loss has flattened (the epoch loss
falls at most 0.89% over the last epoch in the runner runs, the sigmoid MLP with RMSprop on the
churn CSV; 2.8% and 4.0% in Keras' breast cancer and wine (its iris rises 0.6%), 2.9% and 3.7% in
Lightning's breast cancer and wine, TensorBoard's, the loop's and the Trainer's runs with the
validation loss lowest at or near the end), no training score ends ~1 with the validation score
0.1 lower (the largest accuracy gap: 0.034, the leaky-ReLU MLP with RMSprop on the 99-feature
set, training 0.9914; among the scripts 0.047, Keras' breast cancer, training 0.9941; the
largest R2 gap: 0.039, the sigmoid MLP with Adam at batch 24 on the Friedman regression,
training 0.74, far from ~1), and they expect no finding of severity warning or worse.

No healthy run on the spade images, on the quantiles, on the velodrome CSV or on the sine is in
the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the velodrome divergence's step loss goes from 6.2e4 to Inf at step
38, where the run stops (FAILED), so ``divergence`` and ``nan_loss`` are expected; Adam at LR 30
on the quantiles throws the step loss from 1.94 (near ln 7) up to 6.1e7 and ends its three epochs
at 7.8e6, 1.3e7 and 2.4e7, never NaN, accuracy 0.1464 (1/7 is 0.1429) with 90.1% of the test
predictions in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected; the exploding run ends at 0.2019 (the majority share) with 93.9% of the test
predictions in one class and its epoch loss flat at 9.708e5 (0% down over the run), so
``not_training``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``exploding_gradients``; the spade CNN under RMSprop at LR 1 blows up to an epoch loss of 4.6e5
in its first epoch and then sits at 39.3 and 29.0, 21 times its first step 1.39, accuracy 0.24
(0.017 below the majority share) with every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the high update
ratio run throws its loss about (the step loss up to 15.6, the epoch loss between 0.64 and 1.54)
while its accuracy stays at 0.9767 (training 0.9822), so ``update_ratio_high`` is expected alone
and, as in :mod:`.heldout73` to :mod:`.heldout87`, the verdict is a training problem; RMSprop at
LR 1e-10 on the Friedman regression ends at R2 -8.11 (the epoch loss 231.8 at every epoch); SGD
with momentum at LR 1e-10 on the churn CSV (the epoch loss 1.381 at every epoch) ends at 0.2433,
0.013 below the majority share 0.2567, with 99.7% of the test predictions in one class, so
``at_chance`` and ``predictions_collapsed`` are expected beside ``not_training`` and
``update_ratio_low``; the vanishing run ends at 0.2 (the majority share 0.2019) with every test
prediction in one class and its epoch loss at 1.619 to 1.612 (ln 5 is 1.609), so ``at_chance``
and ``predictions_collapsed`` are expected beside ``vanishing_gradients`` and ``not_training``
only allowed; the saturated run ends at 0.2444 (0.043 above the majority share 0.2019; the epoch
loss 38.23 at every epoch) with 27% of the test predictions in one class, so ``at_chance`` is
expected beside ``saturated_activation`` and ``not_training``; the slow start of the spade CNN
lingers at ln 4 for its first three epochs (the epoch loss 1.392, 1.392, 1.393), then falls to
0.2938 at epoch 15 (accuracy 0.8967, training 0.9522, the baseline 0.7767) while the validation
loss, lowest at epoch 11 (0.4522), rises to 0.5977 (32% above it), so ``slow_start`` and
``overfitting`` are expected and the verdict is a generalisation problem (good on the training
data, worse on held-out data); the sorted 99-feature set ends at 0.9352 (training 0.9519) with
its epoch loss falling 12.2% over the last epoch (0.2966 to 0.2603) and the validation loss
lowest at the end and still falling (0.3317 to 0.3079), so ``not_converged`` is expected beside
``unshuffled_data``; the square-error churn run reaches accuracy 0.9933 while its epoch loss
still falls 7.1% over its last epoch (0.006269 to 0.005823, from 0.1514 in the first) with the
validation loss lowest at the end, so ``not_converged`` is expected beside ``loss_mismatch``; the
batch-1 99-feature run's step loss swings 4.23 times its mean step to step over the second half
(2.6 times the healthy runner runs' 1.65, 2.4 times the healthy scripts' 1.73) while its epoch
loss still falls 44% over the last epoch (0.2645 to 0.1481) and the validation loss falls at
every epoch (0.4238, 0.2555, 0.2264), so ``noisy_loss`` and ``not_converged`` are expected
(accuracy 0.9463, training 0.9858: no gap); the 55 rows of the 99-feature set end at validation
0.7519 (training 1.0) with the validation loss lowest at epoch 20 (0.7252) and only 1.9% above
it at epoch 80, so ``generalisation_gap`` is expected and ``overfitting`` only allowed; the
38-row Friedman regression ends at R2 -1.02 (training 1.0) with the validation loss lowest at
epoch 4 (42.2) and 50.5 (19.6% above it) at the end while the training loss falls to 0, so
``overfitting`` and ``generalisation_gap`` are expected; the 1-unit tanh net on the 99-feature
set ends at 0.3981 (training 0.40, the healthy runs 0.9352 and up) with its epoch loss flat
over the last epoch (0.43% down; 1.269 in the first, 1.033 at the end) and 55% of the test
predictions in one class, so ``underfitting`` is expected alone (``at_chance`` not allowed, 0.20
above the majority share).
Lightning's NaN on breast cancer (the step loss 0.68 up to 1.4e34, then NaN from step 7) ends at
0.3684, 0.26 below the majority share 0.6316, so ``at_chance`` is only allowed beside
``nan_loss`` and ``divergence``; Trainer's NaN on the sine (the first logged loss already Inf,
NaN from step 4) and Keras' NaN on breast cancer (every epoch's loss NaN, accuracy 0.3684) expect
``nan_loss`` and only allow ``divergence`` (no finite loss shows the blow-up); TensorBoard's NaN
on iris (the step loss 1.03 at step 1, NaN from step 2) ends at 0.3333 (1/3), so ``nan_loss``
and ``at_chance`` are expected and ``divergence`` only allowed. Lightning's stuck iris (Adam at
LR 1e-10, the epoch loss 1.152 and the validation loss 1.154 at every epoch) scores 0.3333 (1/3),
so ``not_training`` and ``at_chance`` are expected; Trainer's stuck sine (Adam at LR 1e-10, the
evaluation loss 1.184 throughout, R2 -0.85) expects ``not_training``; Keras' stuck breast cancer
(plain SGD at LR 1e-10, the epoch loss 0.7604 and the validation loss 0.7216 throughout) scores
0.4474, 0.18 below the majority share, and the loop's stuck iris (RMSprop at LR 1e-10, the
validation loss 1.071 throughout) 0.4, 0.067 above 1/3, so both expect ``not_training`` and only
allow ``at_chance``; TensorBoard's 5 rows of breast cancer end at 0.8772 (training 1.0) with the
validation loss lowest at epoch 3 (0.3428) and 36.7% above it at the end while the training loss
falls, so ``generalisation_gap`` and ``overfitting`` are expected; the loop's corrupt record
makes the loss Inf at step 21 (the loss at most 0.50 before it, 0.50 at the first step).

Changed after a first run: the velodrome divergence's first setting (LR 0.05) saturated every
tanh unit but ended its three epochs at 1.6e4, 8.7e3 and 9.5e3 (below its first step 6.2e4), no
divergence, so LR 0.3 was kept (Inf at step 38). The slow start was first trained with N(0, 0.01)
init at LR 0.02 over 30 epochs; it never left ln 4 (nor at LR 0.05, 0.1 or 0.3, nor with N(0,
0.03) init at LR 0.1, which fell to 0.93 and came back to ln 4), so N(0, 0.05) init at LR 0.05
was kept, and 15 epochs instead of 30; its validation loss turned up after epoch 11, so
``overfitting`` was added to the expected codes. The noisy run's first setting (LR 0.02) swung
9.1 times its mean but its validation loss was lowest after the first of its three epochs and
rose 5%, an overfitting sign mixed into a case about noise, so LR 5e-3 was kept. The 55-row
overfit was tried at LR 0.03 (the validation loss 1.2% above its minimum at the end, no clearer)
and kept at LR 0.01 with ``overfitting`` moved from expected to allowed. The high update ratio
run was tried at LR 0.3 and 0.5 (quarter means 0.087 and 0.119) and kept at LR 1. Trainer's NaN
on the sine at LR 1e18 turned NaN at the first logged step; LR 1e4 and 1e6 stayed finite (1e31)
and 1e9 (kept) logs Inf, then NaN from step 4. Trainer's first second fault (12 rows of iris)
and Keras' (10 rows of iris) showed no gap (validation accuracy 0.9667 and 0.9333), and 12 rows
of breast cancer under TensorBoard only 0.088, so Trainer's and Keras' became stuck runs (the
sine under Adam, breast cancer under plain SGD) and TensorBoard's gap was kept with 5 rows (7
and 9 rows gave gaps of 0.088 and 0.070). Nine healthy settings were changed: the tanh MLP with
Nesterov momentum on the churn CSV at LR 0.05 (its validation loss lowest at epoch 7 and 3.5%
above it), the ReLU MLP with momentum on the churn CSV at LR 0.03 (lowest at epoch 7, 0.11%
above) and the ReLU MLP with momentum on the 99-feature set at LR 0.01 (lowest at epoch 5, 4.2%
above) were set to LR 0.02, 0.015 and 3e-3; the sigmoid MLP with RMSprop on the Friedman
regression at LR 1e-3 (lowest at epoch 19, 0.36% above) to 7e-4 (5e-4 reached R2 0.651 only);
TensorBoard's and the loop's wine under Adam at LR 2e-3 (2.4% and 3.6% above), Trainer's wine
under RMSprop at 2e-3 (14% above), Keras' wine under AdamW at 2e-3 (10.8% above) and Lightning's
wine under RMSprop at 1e-3 (5.3% above) to LR 1e-3, 1e-3, 5e-4, 1e-3 and 3e-4 (each lowest at the
end). The first labels were written before the runs and then set from the metrics as above:
``predictions_collapsed`` expected in the quantiles' divergence, the exploding run and the stuck
churn run (written as allowed), ``at_chance`` in the stuck churn run and Lightning's stuck iris;
``not_converged`` expected in the unshuffled, square-error and noisy runs (written as allowed);
``overfitting`` expected in TensorBoard's gap; ``divergence`` only allowed in Trainer's NaN.
The loop's corrupt record was first trained with plain SGD at LR 0.05, whose loss rose to 99 in
its first six steps before settling, a blow-up mixed into a case about one bad record, so LR
0.01 was kept (the loss between 0.13 and 0.50 before the record); it was trained again alone.


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

# a garden spade in a 5x5 cell: a T grip across the top row, a shaft of one column and a blade
# three cells wide over the bottom two rows; turned by 90 degrees at a time for the other three
# directions (the grip and the blade at opposite ends, so the four turns differ)
_SPADE_UP = np.array([[0, 1, 1, 1, 0],
                      [0, 0, 1, 0, 0],
                      [0, 0, 1, 0, 0],
                      [0, 1, 1, 1, 0],
                      [0, 1, 1, 1, 0]], dtype=float)
_SPADES = turned(_SPADE_UP)


def spades(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 spade glyph at a random place (4 classes: the spade turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SPADES, n, size, noise, flip, seed)


def _churn_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A butter churn's state (0 idle, 1 churning the cream, 2 draining the buttermilk, 3
    washing the butter) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    paddle_rpm = np.array([0.0, 120.0, 15.0, 40.0])[cls] + rng.normal(0, 12.0, n)
    motor_kw = np.array([0.05, 2.2, 0.4, 0.9])[cls] + rng.normal(0, 0.3, n)
    drain = ((cls == 2) ^ (rng.random(n) < 0.05)).astype(float)
    wash_lpm = np.array([0.0, 0.0, 0.0, 9.0])[cls] + rng.normal(0, 1.5, n)
    cream_c = np.array([9.0, 13.0, 12.0, 6.0])[cls] + rng.normal(0, 1.5, n)
    dairy_c = rng.uniform(10.0, 26.0, n)
    litres = rng.uniform(50.0, 400.0, n)
    return (["paddle_rpm", "motor_kw", "drain_open", "wash_water_lpm", "cream_c", "dairy_c",
             "batch_litres", "state"],
            np.column_stack([paddle_rpm, motor_kw, drain, wash_lpm, cream_c, dairy_c, litres,
                             cls]))


def _velodrome_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A velodrome's riders a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-2, 30, n)
    rain_mm = rng.uniform(0, 20, n)
    wind_kmh = rng.uniform(0, 45, n)
    track_event = rng.integers(0, 2, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    evening_lights = rng.integers(0, 2, n).astype(float)
    riders = (90 + 5.0 * temp_c - 7.0 * rain_mm - 2.0 * wind_kmh + 130.0 * track_event
              + 60.0 * school_holiday + 35.0 * evening_lights + 70.0 * (weekday >= 5)
              + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "rain_mm", "wind_kmh", "track_event", "school_holiday",
             "evening_lights", "riders"],
            np.column_stack([weekday, temp_c, rain_mm, wind_kmh, track_event, school_holiday,
                             evening_lights, riders]))


def _churn(**sections: Any) -> Any:
    return _csv("butter_churn_state_h88", _churn_csv, "state", "classification", 881,
                **sections)


def _velodrome(**sections: Any) -> Any:
    return _csv("velodrome_daily_riders_h88", _velodrome_csv, "riders", "regression", 882,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout88"
SP4 = _factory(f"{HERE}:spades", seed=880)
GQ741 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=41,
                 n_classes=7, random_state=883)
CL99 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=99,
                n_informative=32, n_redundant=8, n_classes=5, class_sep=3.0, random_state=884)
FR95 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=95, noise=0.9,
                random_state=885)
SCNN = {"kind": "cnn", "conv": [{"channels": 5}, {"channels": 11}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h88_divergence_velodrome_momentum_tanh", "the velodrome daily-riders CSV (targets "
         "unscaled, in the hundreds), 39-unit tanh MLP, SGD with momentum 0.9 at LR 0.3, "
         "batch 26",
         _velodrome(model={"hidden": [39], "activation": "tanh"},
                    optim={"name": "sgd", "lr": 0.3, "momentum": 0.9},
                    train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 6.2e4 up to Inf at step 38, where the run "
                               "stops; every tanh unit saturated; update ratios up to 768 in "
                               "single steps"),
         verdict="failed"),
    Case("h88_divergence_gq741_adam_lr30_leaky", "82x41 leaky-ReLU MLP on the 7-class "
         "quantiles in 41 dimensions, Adam at LR 30, batch 29",
         {"data": GQ741, "model": {"hidden": [82, 41], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.94 (near ln 7) up to 6.1e7, the epoch "
                               "loss 7.8e6, 1.3e7 and 2.4e7, never NaN; up to 54% of the "
                               "second layer's units dead (22% at the end); update ratios up "
                               "to 471 in single steps"),
         verdict="failed"),
    Case("h88_exploding_cl99_10x22_elu_std1_adam", "10x22 ELU MLP with N(0, 1) init on the "
         "99-feature set, Adam at LR 1e-12, batch 34",
         {"data": CL99, "model": {"hidden": [22] * 10, "activation": "elu", "init": "normal",
                                  "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 9.708e5 at every epoch), far "
                      "above ln 5 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0: below the weights' float resolution); "
                      "up to 9% of five layers' ELU units never above zero; with three epochs "
                      "the step loss's position in the epoch explains 59% of its variance by "
                      "chance"),
         verdict="failed"),
    Case("h88_dead_relu_spade_cnn_rmsprop_lr1", "the spade CNN (5, 11 channels, 21 hidden), "
         "RMSprop at LR 1, batch 24",
         {"data": SP4, "model": SCNN,
          "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.39 (near ln 4) up to 1.7e7, the epoch "
                               "loss 4.6e5, 39.3 and 29.0 (26% down over the last epoch, "
                               "still 21 times the first step); 60% of the first "
                               "convolution's channels, 64% of the second's and 86% of the "
                               "dense units dead; update ratios up to 115 in single steps; "
                               "the validation loss 28.1, 10.0 and 34.5, noise of the "
                               "blown-up net"),
         verdict="failed"),
    Case("h88_update_ratio_high_churn_adamw_lr1_tanh", "AdamW at LR 1 on the butter-churn "
         "CSV, 46 tanh units, batch 23, 8 epochs",
         _churn(model={"hidden": [46], "activation": "tanh"},
                optim={"name": "adamw", "lr": 1.0},
                train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "saturated_activation", "vanishing_gradients"),
         why_allowed=("the big steps throw the loss about (the step loss up to 15.6 from "
                      "1.55; the epoch loss 0.69, 0.93, 1.37, 1.54, 0.64, 1.10, 0.83 and 1.51, "
                      "the validation loss lowest after the first epoch (0.688) and 1.04 at "
                      "the end, at accuracy 0.9767: a few rows with huge wrong logits) and "
                      "push 97% of the tanh units to their ends, where their gradients fall "
                      "to 0, so the step loss's swing, the validation loss's rise and an epoch "
                      "loss ending near its first step are effects of the steps"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h88_rmsprop_lr1e10_fr95", "the 95-feature Friedman regression, 46x23 ELU MLP, "
         "RMSprop at LR 1e-10, batch 32, 4 epochs",
         {"data": FR95, "model": {"hidden": [46, 23], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.11, far below the baseline (0.7138) and the healthy runs (0.6946 "
                      "and up); the epoch loss 231.8 at every epoch; with four epochs the step "
                      "loss's position in the epoch explains 61% of its variance by chance"),
         verdict=TP),
    Case("h88_momentum_lr1e10_churn", "the butter-churn CSV, 40x20 ReLU MLP, SGD with "
         "momentum 0.9 at LR 1e-10, batch 20, 4 epochs",
         _churn(model={"hidden": [40, 20]},
                optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9},
                train={"epochs": 4, "batch_size": 20}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("with four epochs the step loss's position in the epoch explains half of "
                      "its variance by chance; the untrained net (the epoch loss 1.381 at "
                      "every epoch) is far below the healthy runs"),
         verdict=TP),
    Case("h88_vanishing_sigmoid_cl99_20x14_adagrad", "20x14 sigmoid MLP on the 99-feature "
         "set, Adagrad at LR 0.05, batch 34, 4 epochs",
         {"data": CL99, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting", "overfitting", "update_ratio_high"),
         why_allowed=("the first layers barely move (update ratios down to 1e-10), a side "
                      "effect of the vanishing gradients, while Adagrad's first steps on the "
                      "layers near the output are large beside their small weights (a quarter "
                      "mean up to 0.072); the epoch loss 1.619 to 1.612 (ln 5 is 1.609), 0.4% "
                      "down; the validation loss, lowest after epoch 2, ends 0.24% above it, "
                      "noise of a net that does not learn; with four epochs the step loss's "
                      "position in the epoch explains 58% of its variance by chance"),
         verdict=TP),
    Case("h88_saturated_tanh_cl99_std5_rmsprop", "2x52 tanh MLP with N(0, 5) init on the "
         "99-feature set, RMSprop at LR 1e-9, batch 32",
         {"data": CL99, "model": {"hidden": [52, 52], "activation": "tanh",
                                  "init": "normal", "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (quarter means at most 1.1e-10); the loss far above ln 5 "
                      "from the start (the epoch loss 38.23 at every epoch); with four epochs "
                      "the step loss's position in the epoch explains half of its variance by "
                      "chance"),
         verdict=TP),
    Case("h88_slow_start_spade_cnn_nesterov_std005", "the spade CNN with N(0, 0.05) init, SGD "
         "with Nesterov momentum 0.9 at LR 0.05, batch 24, 15 epochs: the epoch loss lingers "
         "near ln 4 and then falls",
         {"data": SP4, "model": {**SCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 15, "batch_size": 24}},
         expect=("slow_start", "overfitting"),
         allow=("not_converged", "underfitting", "dead_relu", "update_ratio_high",
                "noisy_loss"),
         why_allowed=("once the net leaves ln 4 its epoch loss falls on with a wobble "
                      "(0.3354, 0.3594, 0.3315, 0.2938 over the last four epochs, 11.4% down "
                      "over the last) while the validation loss is rising; accuracy 0.8967 "
                      "(training 0.9522, the baseline 0.7767); up to 9.5% of the dense units "
                      "dead on the way (none at the end); a quarter mean update ratio up to "
                      "0.037 while the tiny weights grow"),
         verdict=GP),
    Case("h88_unshuffled_cl99_rmsprop_elu", "the 99-feature set sorted by label, never "
         "shuffled, 60x30 ELU MLP, RMSprop at LR 5e-4, batch 43, 8 epochs",
         {"data": {**CL99, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 43}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting"),
         why_allowed=("each class's stretch throws the step loss about (up to 1.88, above its "
                      "first step 1.62) while the epoch loss falls; accuracy 0.9352 (training "
                      "0.9519), at the healthy runs' lowest (0.9352) and below the baseline "
                      "0.9648"),
         verdict=TP),
    Case("h88_mse_softmax_churn_momentum", "the butter-churn CSV trained with square error on "
         "the softmax, SGD with momentum 0.9 at LR 0.1, 32x16 ReLU MLP, batch 25, 10 epochs",
         _churn(model={"hidden": [32, 16]},
                optim={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="one of the second layer's 16 units (6.25%) dead",
         verdict=TP),
    Case("h88_noisy_cl99_b1_sgd", "the 99-feature set one row at a time (batch 1), plain SGD "
         "at LR 5e-3, 28-unit ReLU MLP, 3 epochs",
         {"data": CL99, "model": {"hidden": [28]},
          "optim": {"name": "sgd", "lr": 5e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from near 0 to 10.3, "
                      "above its first step 1.40); with three epochs the step loss's position "
                      "in the epoch explains two thirds of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h88_overfit_cl99_subset55_momentum", "55 rows of the 99-feature set, MLP of 270 "
         "and 135 units, SGD with momentum 0.9 at LR 0.01, 80 epochs, batch 5",
         {"data": {**CL99, "subset": 55}, "model": {"hidden": [270, 135]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 80, "batch_size": 5}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("55 rows teach less than every row: accuracy 0.7519 (the healthy runs "
                      "0.9352 and up); the validation loss, lowest at epoch 20 (0.7252), ends "
                      "only 1.9% above it; the epoch loss, near 0 (6.8e-4), falls 1.5% over "
                      "the last epoch; up to 2.2% of the second layer's units dead"),
         verdict=GP),
    Case("h88_gap_fr95_subset38_adagrad", "38 rows of the 95-feature Friedman regression, MLP "
         "of 200 and 100 units, Adagrad at LR 0.05, 150 epochs, batch 6",
         {"data": {**FR95, "subset": 38}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 150, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("38 rows teach less (R2 -1.02, training 1.0, the run's baseline 0.2034); "
                      "once the training loss is 0 (below 1e-12) the gradients and updates are "
                      "0 and the step loss's swing is large beside a mean near 0; 53% of the "
                      "second layer's units dead"),
         verdict=GP),
    Case("h88_underfit_cl99_one_tanh_unit_rmsprop", "the 99-feature set through 1 tanh unit, "
         "RMSprop at LR 5e-3, batch 29, 15 epochs",
         {"data": CL99, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 29}},
         expect=("underfitting",),
         allow=("overfitting", "saturated_activation", "update_ratio_high"),
         why_allowed=("the validation loss, lowest at epoch 10, ends 0.63% above it; the one "
                      "tanh unit sits at its ends for two thirds of the rows (0.667) and its "
                      "layer's update ratios are large beside one unit's weights (a quarter "
                      "mean up to 0.056, single steps up to 0.85)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h88_lightning_cancer_sgd_lr500_nan", "Lightning: breast cancer, plain SGD at LR 500, "
         "150 units, batch 12, 3 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(150,), optim="sgd", lr=500.0,
                                 epochs=3, batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.68 up to 1.4e34, then NaN from step 7; "
                               "accuracy 0.3684, 0.26 below the majority share (0.6316)"),
         verdict="failed"),
    Case("h88_lightning_iris_adam_lr1e10_stuck", "Lightning: iris, Adam at LR 1e-10, 151 "
         "units, batch 9, 5 epochs",
         script=lightning_run(_s("iris", hidden=(151,), optim="adam", lr=1e-10, epochs=5,
                                 batch_size=9)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the step loss wanders by batch (0.88 to 1.48) about an epoch loss of "
                      "1.152 at every epoch"),
         verdict=TP),
    Case("h88_hf_trainer_sine_rmsprop_nan", "Hugging Face Trainer names: sine regression with "
         "noise 0.25, RMSprop at LR 1e9 (decaying linearly), 152 units, batch 12, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("sine", hidden=(152,), optim="rmsprop", lr=1e9, epochs=3,
                                  batch_size=12, n=700, noise=0.25), logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the first logged loss is already Inf, then NaN from step 4, "
                               "so no finite loss shows the blow-up"),
         verdict="failed"),
    Case("h88_hf_trainer_sine_adam_lr1e10_stuck", "Hugging Face Trainer names: sine "
         "regression with noise 0.3, Adam at LR 1e-10 (decaying linearly), 153 units, batch "
         "11, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("sine", hidden=(153,), optim="adam", lr=1e-10, epochs=3,
                                  batch_size=11, n=600, noise=0.3), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 1.184 (R2 -0.85); the logged loss "
                      "wanders by batch (0.50 to 1.51)"),
         verdict=TP),
    Case("h88_keras_cancer_rmsprop_nan", "Keras names: breast cancer, RMSprop at LR 1e20, "
         "154 units, batch 14, 3 epochs",
         script=keras_run(_s("breast_cancer", hidden=(154,), optim="rmsprop", lr=1e20,
                             epochs=3, batch_size=14)),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3684, 0.26 below the majority share"),
         verdict="failed"),
    Case("h88_keras_cancer_sgd_lr1e10_stuck", "Keras names: breast cancer, plain SGD at LR "
         "1e-10, 155 units, batch 13, 4 epochs",
         script=keras_run(_s("breast_cancer", hidden=(155,), optim="sgd", lr=1e-10, epochs=4,
                             batch_size=13)),
         tool="keras", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.7216; the untrained net scores 0.4474, "
                      "0.18 below the majority share (0.6316)"),
         verdict=TP),
    Case("h88_tensorboard_iris_adam_nan", "TensorBoard tags: iris, Adam at LR 1e36, 156 units, "
         "batch 10, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(156,), optim="adam", lr=1e36, epochs=3,
                                   batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the step loss 1.03 at step 1, then NaN from step 2, so no "
                               "finite loss shows the blow-up"),
         verdict="failed"),
    Case("h88_tensorboard_cancer_subset5_rmsprop_gap", "TensorBoard tags: 5 rows of breast "
         "cancer, 157 units, RMSprop at LR 1e-3, 60 epochs, batch 4",
         script=tensorboard_run(_s("breast_cancer", hidden=(157,), optim="rmsprop", lr=1e-3,
                                   epochs=60, batch_size=4, subset=5)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less than all of them (validation accuracy 0.8772, "
                      "training 1.0); the step loss, near 0 at the end, swings beside its "
                      "mean"),
         verdict=GP),
    Case("h88_plain_corrupt_record_sine_sgd", "hand-written loop: sine regression with noise "
         "0.25, plain SGD at LR 0.01, 158 units, batch 14, a corrupt record (x = 1e30) at step "
         "21 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(158,), optim="sgd", lr=0.01, epochs=3,
                             batch_size=14, n=800, noise=0.25), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h88_plain_iris_rmsprop_lr1e10_stuck", "hand-written loop: iris, RMSprop at LR "
         "1e-10, 159 units, batch 11, 4 epochs",
         script=plain_run(_s("iris", hidden=(159,), optim="rmsprop", lr=1e-10, epochs=4,
                             batch_size=11)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.071; the untrained net scores 0.4, "
                      "0.067 above 1/3"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy88_churn_tanh_nesterov_b24",
       _churn(model={"hidden": [49], "activation": "tanh"},
              optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "nesterov": True,
                     "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy88_churn_elu_adamw_b27",
       _churn(model={"hidden": [53], "activation": "elu"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy88_churn_leaky_adam_b21",
       _churn(model={"hidden": [46], "activation": "leaky_relu"},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 21})),
    _h("healthy88_churn_sigmoid_rmsprop_b26",
       _churn(model={"hidden": [58], "activation": "sigmoid"},
              optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy88_churn_relu_momentum_b31",
       _churn(model={"hidden": [44]},
              optim={"name": "sgd", "lr": 0.015, "momentum": 0.9, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 31})),
    _h("healthy88_churn_relu_adadelta_b19",
       _churn(model={"hidden": [50]},
              optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 19})),
    _h("healthy88_churn_tanh_adagrad_b33",
       _churn(model={"hidden": [56], "activation": "tanh"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 33})),
    _h("healthy88_churn_elu_rmsprop_b25",
       _churn(model={"hidden": [41], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 25})),
    _h("healthy88_fr95_sigmoid_adam_b28",
       {"data": FR95, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy88_fr95_sigmoid_rmsprop_b26",
       {"data": FR95, "model": {"hidden": [69], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy88_fr95_sigmoid_adamw_b30",
       {"data": FR95, "model": {"hidden": [72], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy88_fr95_sigmoid_adam_b24",
       {"data": FR95, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy88_cl99_relu_adam_b26",
       {"data": CL99, "model": {"hidden": [79]},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy88_cl99_leaky_rmsprop_b24",
       {"data": CL99, "model": {"hidden": [83], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy88_cl99_elu_adamw_b28",
       {"data": CL99, "model": {"hidden": [75], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy88_cl99_relu_momentum_b22",
       {"data": CL99, "model": {"hidden": [71]},
        "optim": {"name": "sgd", "lr": 3e-3, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy88_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(153,), optim="adam", lr=5e-4, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy88_tensorboard_iris_rmsprop",
        tensorboard_run(_s("iris", hidden=(155,), optim="rmsprop", lr=2e-3, epochs=30,
                           batch_size=12)), "tensorboard"),
    _hs("healthy88_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(151,), optim="adam", lr=1e-3, epochs=40,
                           batch_size=15)), "tensorboard"),
    _hs("healthy88_hf_trainer_wine_rmsprop",
        hf_trainer_run(_s("wine", hidden=(157,), optim="rmsprop", lr=5e-4, epochs=40,
                          batch_size=15), logging_steps=2), "transformers"),
    _hs("healthy88_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(150,), optim="adam", lr=5e-3, epochs=30,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy88_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(159,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy88_keras_iris_adam",
        keras_run(_s("iris", hidden=(158,), optim="adam", lr=3e-3, epochs=30,
                     batch_size=12)), "keras"),
    _hs("healthy88_keras_cancer_rmsprop",
        keras_run(_s("breast_cancer", hidden=(152,), optim="rmsprop", lr=3e-4, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy88_keras_wine_adamw",
        keras_run(_s("wine", hidden=(154,), optim="adamw", lr=1e-3, epochs=40,
                     batch_size=15)), "keras"),
    _hs("healthy88_lightning_cancer_adamw_b21",
        lightning_run(_s("breast_cancer", hidden=(156,), optim="adamw", lr=5e-4, epochs=30,
                         batch_size=21)), "lightning"),
    _hs("healthy88_lightning_wine_rmsprop",
        lightning_run(_s("wine", hidden=(158,), optim="rmsprop", lr=3e-4, epochs=30,
                         batch_size=15)), "lightning"),
    _hs("healthy88_plain_cancer_rmsprop",
        plain_run(_s("breast_cancer", hidden=(151,), optim="rmsprop", lr=3e-4, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy88_plain_wine_adam",
        plain_run(_s("wine", hidden=(153,), optim="adam", lr=1e-3, epochs=40,
                     batch_size=15)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
