"""The eightieth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout81`, after :mod:`.heldout78`'s and :mod:`.heldout79`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout79` in its combination of data set (new here: a 10x10 image set of a whale (its
body, a tail fluke forked on one side and a spout rising from its head on top in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 800); 3-class Gaussian quantiles in 30 dimensions (3900 samples);
an 84-feature 3-class set (2700 samples, 28 informative, 8 redundant, class separation 2.2); an
86-feature Friedman-1 regression (2000 samples, noise 0.8); a sous-vide cooker's state CSV (idle,
heating up, holding, cooling down: 4 classes from 7 readings) and a bubble-tea shop's daily cups
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: iris,
wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several widths, depths
and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 7 and 15 channels), optimiser
(Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum or Nesterov momentum), batch size,
learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). The brief gave these data as unused in the bank. The two
CSV files are written under their own names (``sous_vide_cooker_state_h80``,
``bubble_tea_daily_cups_h80``) with seeds 801 and 802; the sklearn sets use random states 803 to
805. The fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout76` to :mod:`.heldout79` did: divergence under plain SGD in a tanh net on the
unscaled bubble-tea cups (SGD with momentum in tanh nets and Nesterov momentum in ReLU and sigmoid
nets before), divergence under Adam at LR 30 in a ReLU net on the 3-class quantiles (AdamW,
Adagrad and RMSprop before), exploding gradients in a 10-layer ELU net with N(0, 1) init under
Adagrad on the 84-feature set (RMSprop, AdamW and Adam before), units killed by Adam at LR 3 in
the whale CNN (Adagrad, AdamW, SGD with momentum and RMSprop before), a high update ratio from
RMSprop at LR 1 in a tanh net on the sous-vide CSV (AdamW and Adagrad in ELU and leaky-ReLU nets
before), a tiny learning rate under AdamW on the Friedman regression (Adagrad, Adam and RMSprop
before) and under SGD with Nesterov momentum on the sous-vide CSV (Adam, AdamW, SGD with momentum
and Adagrad before), vanishing gradients under SGD with momentum in a 20-layer sigmoid net on the
quantiles (Nesterov momentum and plain SGD before), saturation under AdamW in a tanh net with
N(0, 5) init on the quantiles (Adagrad, Nesterov momentum and RMSprop before), a slow start of
the whale CNN under plain SGD (as :mod:`.heldout76`'s scissors CNN; SGD with momentum and Nesterov
momentum since, on a new glyph and CNN), the unshuffled 84-feature set under SGD with Nesterov
momentum in a tanh net (momentum, AdamW, Adagrad and RMSprop before), square error with RMSprop
on the sous-vide CSV (AdamW, SGD with momentum and Adam before), the 84-feature set one row at a
time under RMSprop (a noisy loss; AdamW, plain SGD and Adagrad before), an overfit 75-row
84-feature set under Adagrad (Adam, SGD with momentum and RMSprop before) and a 45-row Friedman
regression under RMSprop (AdamW, Adagrad and Adam before), an underfit 1-unit ELU net under AdamW
on the 84-feature set (tanh, leaky-ReLU and sigmoid units under Adam, Adagrad and RMSprop
before), Lightning's NaN on wine under SGD with momentum and its 35 rows of digits under RMSprop
(a gap), Trainer's NaN on iris under SGD with Nesterov momentum and its stuck digits under Adam,
Keras' NaN on iris under plain SGD and its 40 rows of digits under Adam (a gap), TensorBoard's NaN
on iris under SGD with momentum and its stuck breast cancer under AdamW, the hand-written loop's
corrupt record on the sine under AdamW and its stuck wine under Adagrad. The sibling
:mod:`.heldout81` was not looked at; the healthy scripts hold hidden widths of 50 to 59, a range
given to this part alone. The cases are spread over the tools (sixteen runner faults; two faults
for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault
classes (four runner runs broken (two divergences that never turn NaN, exploding gradients, dead
units that end a blow-up) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN,
the loop's Inf); a high update ratio; ``not_training`` expected in four runner runs and three
scripts; ``predictions_collapsed`` in four runner runs; ``at_chance`` in six runner runs and four
scripts; one overfit runner run with a generalisation gap, one runner regression and two scripts
with a gap alone; three runner regressions among the faults; ``noisy_loss`` expected in one runner
run, ``not_converged`` in four and ``slow_start`` in one; ``underfitting`` in one runner run), and
the healthy runner runs over three data sets (the sous-vide CSV, the Friedman regression and the
84-feature set), and the healthy scripts on breast cancer, wine and iris (TensorBoard, Trainer and
Keras) and breast cancer and wine (Lightning and the hand-written loop).

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
once with its final setting (three fault settings were changed after their first run: see below).

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
is in the part) and the loss has flattened; ``noisy_loss`` when the step loss swings far more from
step to step than any healthy run's; ``not_training`` is expected or allowed wherever the
training loss falls by less than 5% over the run. A fault that came out weak was made stronger or
relabelled from its metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 1/3 on the quantiles and on
the 84-feature set, 0.2733 on the whale images and 0.2667 on the sous-vide CSV (read from the
test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The runs' baselines
(``baseline/val_*``): accuracy 0.9967 on the sous-vide CSV, 0.9389 on the 84-feature set, 0.9067
on the whale images, 0.3423 on the quantiles, R2 0.6853 on the Friedman regression and 0.9426 on
the bubble-tea CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0273 (the
first layer of the tanh MLP with RMSprop on the Friedman regression), single steps at most 0.351
(the output layer of the ReLU MLP with Adagrad on the sous-vide CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 1.75 (its output layer; 0.73 in its first), 64
times the healthy extreme, with single steps up to 117 (47 in its first layer), 335 times the
healthy one; the expected ``update_ratio_low`` runs sit at 0 to 9.6e-11 in quarter means, single
steps up to 2.7e-10 (AdamW at LR 1e-10 on the Friedman regression), and 0 to 1.07e-10, single
steps up to 1.07e-10 (SGD with Nesterov momentum at LR 1e-10 on the sous-vide CSV), where the
healthy runs' smallest quarter mean is 6.0e-6 (the output layer of the sigmoid MLP with Adam at
the end of a cosine schedule on the Friedman regression). Dead-unit fraction 0 at any time in
every kept healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds 93%
of the units after the whale CNN's second convolution and every dense unit (none after its first
convolution) once Adam at LR 3 blows it up. The saturated fraction per layer is at most 0.0074 in
the kept healthy tanh and sigmoid runs (the tanh MLP with Adam on the sous-vide CSV); the
expected ``saturated_activation`` run holds 0.931 and 0.949 in its two layers (its maximum and
last value alike). The exploding run's gradient norms sit at 3.5e5-1.8e6 (quarter means 5.3e5 to
1.2e6) with its epoch loss at 1.615e6 from the first epoch and never NaN (the healthy runs'
largest single norm 136: the output layer of the sigmoid MLP with Adam on the Friedman
regression); the vanishing run's first layer at 3.3e-18 to 8.0e-18 against up to 0.80 at the
output, its first eleven layers' update ratio 0. The step-loss position in the epoch explains
96.2% of the within-epoch variance over the second half in the sorted 84-feature set (the healthy
runner runs at most 20.9%: the tanh MLP with Adam on the sous-vide CSV; 14.5% on the 84-feature
set). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 1.22 times its mean in the kept healthy runner runs (the ReLU MLP with Adam on the
84-feature set) and at most 1.77 in the healthy scripts (Lightning's breast cancer). Healthy runs
reach a validation score close to what the data allow (accuracy 0.9667-1.0 on the sous-vide CSV,
where the baseline is 0.9967; 0.9722-0.9778 on the 84-feature set, where the baseline is 0.9389;
R2 0.6968-0.7073 on the Friedman regression, where the baseline is 0.6853; for the scripts 1.0
(TensorBoard's, Trainer's, Keras', Lightning's and the loop's wine), 0.9667 (TensorBoard's,
Trainer's and Keras' iris), 0.9649 (TensorBoard's, Keras' and Lightning's breast cancer), 0.9561
(the loop's breast cancer) and 0.9474 (Trainer's breast cancer, 0.9561 two evaluations before));
their validation loss does not rise at the end (every kept healthy run's is lowest at its last
epoch but two: the tanh MLP with RMSprop on the Friedman regression, lowest at epoch 20 of 30 and
0.21% above it at the end, and the sigmoid MLP with Adam there, lowest at epoch 29 of 30 and under
0.001% above it), the training loss has flattened (the epoch loss falls at most 1.60% over the
last epoch in the runner runs, the leaky-ReLU MLP with Adam on the sous-vide CSV from 0.0415,
0.92% on the 84-feature set and 0.12% on the Friedman regression; 4.6%, 3.6% and 2.8% in Keras'
wine, breast cancer and iris, 3.6% and 4.4% in Lightning's breast cancer and wine, all near their
floor with the validation loss lowest at the end; the mean step loss of the last epoch 2.5% to
3.9% below the one before in the loop's and TensorBoard's wine and breast cancer and 7.3% in
TensorBoard's iris, whose validation loss is lowest at the end at accuracy 0.9667; the Trainer's
logged loss, a mean over 2 steps, swings without a trend over its last logs (between 0.05 and 0.18
in iris) while its evaluation loss is lowest at the end), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.020, the ReLU MLP with Adam on the
84-feature set, training 0.992; among the scripts 0.029, TensorBoard's, Keras' and
Lightning's breast cancer, training 0.9941; the largest R2 gap: 0.078, the tanh MLP with RMSprop
on the Friedman regression, training 0.7825, far from ~1), and they expect no finding of severity
warning or worse.

Healthy candidates replaced (31 trained, 29 kept): on the Friedman regression the sigmoid MLPs
with AdamW and with Adam at LR 2e-3 (their validation loss lowest at epoch 13 and 12 of 30 and
0.58% and 1.0% above it at the end) by the same nets at LR 1e-3; each replacement was trained
once and is healthy by every number above (the figures above are from the kept runs only). No
healthy run on the whale images, on the quantiles, on the bubble-tea CSV, on the sine or on
digits is in the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the bubble-tea divergence climbs from a step loss of 2.6e5 to 2.8e20
(the epoch loss 5.0e11, 8.3e15 and 2.4e19) and never turns NaN (R2 -3.9e16), so ``divergence`` is
expected and ``nan_loss`` only allowed; Adam at LR 30 on the quantiles blew up to an epoch loss of
2.6e6 (the step loss up to 8.2e7) and ends at 5.34 (the last step 6.5, the first 1.09, near ln
3), accuracy 0.3333 (1/3) with every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at 0.3333 (the
majority share) with every test prediction in one class and its epoch loss flat at 1.615e6, so
``not_training``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``exploding_gradients``; the whale CNN under Adam at LR 3 blows up to an epoch loss of 8733 in its
first epoch and then sits at 1.59 and 1.53, above its first step 1.39, accuracy 0.2367 (0.037
below the majority share) with every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the high update
ratio run throws its first epochs about (the step loss up to 110 from 1.57, the epoch loss 6.53)
and ends with training accuracy 1.0 and validation 0.9933, so ``update_ratio_high`` is expected
alone and, as in :mod:`.heldout73` to :mod:`.heldout79`, the verdict is a training problem; AdamW
at LR 1e-10 on the Friedman regression ends at R2 -9.73 (the epoch loss 229.8 at every epoch); SGD
with Nesterov momentum at LR 1e-10 on the sous-vide CSV (the epoch loss 1.400 at every epoch) ends
at 0.2633 (0.003 below the majority share 0.2667) with 87% of the test predictions in one class,
so ``at_chance`` is expected beside ``not_training`` and ``update_ratio_low`` and
``predictions_collapsed`` only allowed; the vanishing run ends at 0.3333 with every test
prediction in one class and its epoch loss at 1.110 to 1.101 (ln 3 is 1.099, its first step
1.147), so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.3744
(0.041 above 1/3; the epoch loss 29.15 at every epoch) with 36% of the test predictions in one
class, so ``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the slow
start of the whale CNN under plain SGD at LR 0.02 lingers near ln 4 for a dozen epochs (the epoch
loss 1.396, 1.387, 1.382 and on to 1.337 at epoch 12, 4.2% below its first epoch), then falls to
0.271 and still falls 17% over its last epoch (0.325 to 0.271) (accuracy 0.8367, training 0.8978,
the baseline 0.9067), so ``slow_start`` and ``not_converged`` are expected and ``underfitting``
allowed; the sorted 84-feature set ends at 0.9389 (the baseline 0.9389, the healthy runs 0.9722
and up) with its epoch loss falling 10% over the last epoch (0.2752 to 0.2470) and the validation
loss lowest at the end, so ``not_converged`` is expected beside ``unshuffled_data``; the
square-error sous-vide run reaches accuracy 0.97 while its epoch loss still falls 16% over its
last epoch (0.0514 to 0.0431, from 0.172 in the first) with the validation loss lowest at the end,
so ``not_converged`` is expected beside ``loss_mismatch``; the batch-1 84-feature run's step loss
swings 10.9 times its mean step to step over the second half (8.9 times the healthy runner runs'
1.22, 6.1 times the healthy scripts' 1.77) while its epoch loss still falls 19% over the last
epoch (0.0824 to 0.0667) with the validation loss lowest at the end, so ``noisy_loss`` and
``not_converged`` are expected (accuracy 0.9833, training 0.9932: no gap, no overfitting); the 75
rows of the 84-feature set end at validation 0.7741 (training 1.0) with the validation loss lowest
at the first epoch (0.5847) and rising at every later epoch to 0.8972 (53% above it) at epoch 80,
so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman regression (R2
-0.115, training 1.0; its validation loss lowest at epoch 92 and 0.50% above it at the end)
expects ``generalisation_gap`` alone; Lightning's 35 rows of digits (validation 0.7159, training
1.0) have their validation loss lowest at epoch 70 (0.9448) and 1.2% above it at the end, and
Keras' 40 rows of digits (validation 0.7187, training 1.0) theirs lowest at epoch 55 (0.9236) and
0.97% above it, rises too small to call clear, so ``generalisation_gap`` is expected alone and
``overfitting`` allowed; the 1-unit ELU net on the 84-feature set ends at 0.7296 (training
0.7241, the healthy runs 0.9722 and up) with its epoch loss falling 1.1% over the last epoch,
jittering about 0.59, and 40% of the test predictions in one class, so ``underfitting`` is
expected (``at_chance`` not allowed, 0.40 above the majority share). Lightning's NaN on wine (the
step loss 1.18 up to 4.0e36, then NaN from step 8) ends at 0.3333 (0.056 below the majority
share), so ``divergence`` is expected beside ``nan_loss`` and ``at_chance`` only allowed;
Trainer's NaN on iris (the logged loss 3.1e4 up to 4.7e34, then NaN from step 10) and
TensorBoard's NaN on iris (the step loss 1.02 up to 1.4e37, then NaN from step 10) end at 0.3333
(1/3), so both expect ``divergence`` and ``at_chance``; Keras' NaN on iris (every epoch's loss
NaN) ends at 0.3333, so ``nan_loss`` and ``at_chance`` are expected and ``divergence`` only
allowed (no finite loss shows the blow-up). Trainer's stuck digits (Adam at LR 1e-10, the
evaluation loss 2.341 at every evaluation) scores 0.0864 (0.014 below the majority share), so
``not_training`` and ``at_chance`` are expected; TensorBoard's stuck breast cancer (AdamW at LR
1e-10, the validation loss 0.6972 throughout) scores 0.4474, far below the majority share 0.6316,
and the loop's stuck wine (Adagrad at LR 1e-10, the validation loss 1.042 throughout) 0.4722,
0.083 above the majority share 0.3889, so ``not_training`` is expected and ``at_chance`` only
allowed; the loop's corrupt record makes the loss Inf at step 21 (the loss from 0.66 down to
0.13-0.28 before it).

Faults changed after their first run: the bubble-tea divergence's first setting (plain SGD at LR
0.05) did not diverge (the step loss fell from 2.6e5 to 3383, R2 0.82), so it was made stronger:
LR 0.1, 0.2, 0.5 and 1.0 were tried as candidates (LR 0.1 blew up to 1.6e8 and came back down to
R2 0.51; LR 0.5 and 1.0 overflowed to Inf within 19 steps, so no epoch finished) and LR 0.2,
which climbs every epoch and never turns NaN, was kept and trained once as the case; the 45-row
Friedman regression's first setting (RMSprop at LR 1e-3) brought the training loss to 1e-10 and
then threw it back up again and again (the epoch loss up to 2.6, training R2 ending at 0.96, not
~1), and LR 3e-4 threw it up once near its end, so LR 1e-4 (a training loss falling smoothly to
5e-5, training R2 1.0) was kept; the batch-1 run's first setting (RMSprop at LR 3e-4) swung 3.7
times its mean, only 3.0 times the healthy runner runs' 1.22, so it was made stronger with LR 1e-3
(10.9 times). The first labels were written before the runs and then set from the metrics as
above: ``predictions_collapsed`` added to the expected codes of the quantiles' divergence, the
exploding run and the vanishing run (written as allowed); ``at_chance`` added to the expected
codes of the stuck sous-vide run, Trainer's NaN on iris, Trainer's stuck digits, Keras' NaN on
iris and TensorBoard's NaN on iris (written as allowed or not at all); ``not_converged`` expected
in the unshuffled run, the square-error run and the batch-1 run (written as allowed or not at
all); ``overfitting`` allowed in the slow start, the quantiles' divergence and the 1-unit net and
``dead_relu`` in the square-error run, where the metrics show them (written not at all);
``overfitting`` dropped from the batch-1 run's allowed codes (its validation loss is lowest at
the end).


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

# a whale swimming right in a 5x5 cell (a spout rising from its head at the top, its tail fluke
# forked on the left, its body below), turned by 90 degrees at a time for the other three
# directions
_WHALE_RIGHT = np.array([[0, 0, 0, 1, 0],
                         [1, 0, 0, 1, 0],
                         [0, 1, 1, 1, 1],
                         [1, 1, 1, 1, 1],
                         [0, 0, 1, 1, 0]], dtype=float)
_WHALES = turned(_WHALE_RIGHT)


def whales(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 whale glyph at a random place (4 classes: the whale turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_WHALES, n, size, noise, flip, seed)


def _sous_vide_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A sous-vide cooker's state (0 idle, 1 heating up, 2 holding, 3 cooling down) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_c = np.array([21.0, 44.0, 61.0, 47.0])[cls] + rng.normal(0, 5.0, n)
    heater_w = np.array([0.0, 1150.0, 320.0, 0.0])[cls] + rng.normal(0, 90.0, n)
    pump_rpm = np.array([0.0, 2400.0, 1800.0, 900.0])[cls] + rng.normal(0, 150.0, n)
    lid = ((cls == 2) ^ (rng.random(n) < 0.08)).astype(float)
    setpoint_c = rng.uniform(52.0, 74.0, n)
    ambient_c = rng.uniform(16.0, 31.0, n)
    water_l = rng.uniform(4.0, 16.0, n)
    return (["water_c", "heater_w", "pump_rpm", "lid_closed", "setpoint_c", "ambient_c",
             "water_l", "state"],
            np.column_stack([water_c, heater_w, pump_rpm, lid, setpoint_c, ambient_c, water_l,
                             cls]))


def _bubble_tea_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bubble-tea shop's cups sold a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    staff = rng.integers(2, 7, n).astype(float)
    temp_c = rng.uniform(-3, 36, n)
    rain_mm = rng.uniform(0, 24, n)
    promo = rng.integers(0, 2, n).astype(float)
    school_day = rng.integers(0, 2, n).astype(float)
    delivery_orders = rng.integers(0, 60, n).astype(float)
    cups = (160 + 28.0 * staff + 5.5 * temp_c - 3.5 * rain_mm + 95.0 * promo
            + 45.0 * school_day + 1.8 * delivery_orders + 80.0 * (weekday >= 5)
            + rng.normal(0, 18.0, n))
    return (["weekday", "staff_on_shift", "temp_c", "rain_mm", "promo_day", "school_day",
             "delivery_orders", "cups"],
            np.column_stack([weekday, staff, temp_c, rain_mm, promo, school_day,
                             delivery_orders, cups]))


def _sousvide(**sections: Any) -> Any:
    return _csv("sous_vide_cooker_state_h80", _sous_vide_csv, "state", "classification", 801,
                **sections)


def _bubbletea(**sections: Any) -> Any:
    return _csv("bubble_tea_daily_cups_h80", _bubble_tea_csv, "cups", "regression", 802,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout80"
WH4 = _factory(f"{HERE}:whales", seed=800)
GQ330 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3900, n_features=30,
                 n_classes=3, random_state=803)
CL84 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=84,
                n_informative=28, n_redundant=8, n_classes=3, class_sep=2.2, random_state=804)
FR86 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=86, noise=0.8,
                random_state=805)
WCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 15}], "hidden": [26]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h80_divergence_bubbletea_sgd_tanh", "the bubble-tea shop daily-cups CSV (targets "
         "unscaled, in the hundreds), 34-unit tanh MLP, plain SGD at LR 0.2, batch 22",
         _bubbletea(model={"hidden": [34], "activation": "tanh"},
                    optim={"name": "sgd", "lr": 0.2},
                    train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 2.6e5 up to 2.8e20 (the epoch loss "
                               "5.0e11, 8.3e15, 2.4e19), never NaN; every tanh unit "
                               "saturated; update ratios up to 402 in single steps"),
         verdict="failed"),
    Case("h80_divergence_gq330_adam_lr30_relu", "90x45 ReLU MLP on the 3-class quantiles in "
         "30 dimensions, Adam at LR 30, batch 29",
         {"data": GQ330, "model": {"hidden": [90, 45]},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.09 (near ln 3) up to 8.2e7, the epoch "
                               "loss 2.6e6, 812 and 5.34 (the last step 6.5), never NaN; "
                               "update ratios up to 480 in single steps; every unit of the "
                               "second layer dead from then on; the validation loss (2.13, "
                               "3.83, 6.18) rises with the blow-up"),
         verdict="failed"),
    Case("h80_exploding_cl84_10x23_elu_std1_adagrad", "10x23 ELU MLP with N(0, 1) init on the "
         "84-feature set, Adagrad at LR 1e-12, batch 34",
         {"data": CL84, "model": {"hidden": [23] * 10, "activation": "elu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.615e6 at every epoch), far "
                      "above ln 3 from the first step; Adagrad's tiny steps do not move the "
                      "wide weights (update ratio 0); up to 13% of a layer's ELU units never "
                      "above zero"),
         verdict="failed"),
    Case("h80_dead_relu_whale_cnn_adam_lr3", "the whale CNN (7, 15 channels, 26 hidden), Adam "
         "at LR 3, batch 22",
         {"data": WH4, "model": WCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.39 (near ln 4) up to 3.2e5, the epoch "
                               "loss 8733, 1.59 and 1.53; 93% of the units after the second "
                               "convolution and every dense unit dead (none after the "
                               "first), their gradients 0 from then on; update ratios up to "
                               "41 in single steps"),
         verdict="failed"),
    Case("h80_update_ratio_high_sousvide_rmsprop_lr1_tanh", "RMSprop at LR 1 on the sous-vide "
         "CSV, 48 tanh units, batch 26, 8 epochs",
         _sousvide(model={"hidden": [48], "activation": "tanh"},
                   optim={"name": "rmsprop", "lr": 1.0},
                   train={"epochs": 8, "batch_size": 26}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "saturated_activation"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 110 "
                      "from 1.57, the epoch loss 6.53, then 0.64 to 0.12 with a throw back "
                      "to 0.40 in the seventh) before the loss reaches 0 (training accuracy "
                      "1.0, validation 0.9933); the validation loss is thrown about with it "
                      "(0.33, 1.11, 0.074, 0.59, 0.51, 0.58, 0.14, 0.14); the step loss swings "
                      "4.5 times its mean step to step; the big weights hold 97.5% of the "
                      "tanh outputs at their ends"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h80_adamw_lr1e10_fr86", "the 86-feature Friedman regression, 46x23 tanh MLP, AdamW "
         "at LR 1e-10, batch 26, 4 epochs",
         {"data": FR86, "model": {"hidden": [46, 23], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.73, far below the baseline (0.6853) and the healthy runs; the "
                      "epoch loss 229.8 at every epoch"),
         verdict=TP),
    Case("h80_nesterov_lr1e10_sousvide", "the sous-vide CSV, 36x18 ELU MLP, SGD with Nesterov "
         "momentum 0.9 at LR 1e-10, batch 23, 4 epochs",
         _sousvide(model={"hidden": [36, 18], "activation": "elu"},
                   optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9, "nesterov": True},
                   train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the untrained net's loss (the epoch loss 1.400 at every epoch); 87% "
                      "of the test predictions in one class"),
         verdict=TP),
    Case("h80_vanishing_sigmoid_gq330_20x15_momentum", "20x15 sigmoid MLP on the 3-class "
         "quantiles, SGD with momentum 0.9 at LR 0.01, batch 33, 4 epochs",
         {"data": GQ330, "model": {"hidden": [15] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first eleven layers do not move (update ratio 0), a side effect "
                      "of the vanishing gradients; the epoch loss 1.110 to 1.101 (ln 3 is "
                      "1.099), 4.0% below the first step (1.147)"),
         verdict=TP),
    Case("h80_saturated_tanh_gq330_std5_adamw", "2x48 tanh MLP with N(0, 5) init on the "
         "3-class quantiles, AdamW at LR 1e-9, batch 35",
         {"data": GQ330, "model": {"hidden": [48, 48], "activation": "tanh",
                                   "init": "normal", "init_std": 5.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 2.2e-11); the loss far above ln 3 from the start "
                      "(the epoch loss 29.15 at every epoch)"),
         verdict=TP),
    Case("h80_slow_start_whale_cnn_sgd", "the whale CNN, plain SGD at LR 0.02, batch 22, 40 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": WH4, "model": WCNN,
          "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 40, "batch_size": 22}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu", "overfitting"),
         why_allowed=("no healthy whale run is in the part (accuracy 0.8367, training "
                      "0.8978, the baseline 0.9067); up to 27% of the dense units dead on the "
                      "way (3.8% at the end); the validation loss, thrown about as the loss "
                      "falls fast (0.54, 0.64, 0.42, 0.36, 0.43, 0.41 over the last six "
                      "epochs), is lowest at epoch 38 and 16% above it at the end, no steady "
                      "rise"),
         verdict=TP),
    Case("h80_unshuffled_cl84_nesterov_tanh", "the 84-feature set sorted by label, never "
         "shuffled, 60x30 tanh MLP, SGD with Nesterov momentum 0.9 at LR 3e-3, batch 39, 8 "
         "epochs",
         {"data": {**CL84, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 3e-3, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 8, "batch_size": 39}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.9389 (training 0.9352), at the baseline 0.9389 "
                               "and below the healthy runs (0.9722 and up)"),
         verdict=TP),
    Case("h80_mse_softmax_sousvide_rmsprop", "the sous-vide CSV trained with square error on "
         "the softmax, RMSprop at LR 3e-4, 32x16 ReLU MLP, batch 25, 10 epochs",
         _sousvide(model={"hidden": [32, 16]},
                   optim={"name": "rmsprop", "lr": 3e-4},
                   train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="1 of the 16 units of the second layer (6.25%) never above zero in an epoch",
         verdict=TP),
    Case("h80_noisy_cl84_b1_rmsprop", "the 84-feature set one row at a time (batch 1), RMSprop "
         "at LR 1e-3, 27-unit ReLU MLP, 4 epochs",
         {"data": CL84, "model": {"hidden": [27]}, "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 13.6, "
                      "above its first step 0.97); with four epochs the second half holds "
                      "only two, so the step loss's position in the epoch explains about half "
                      "of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h80_overfit_cl84_subset75_adagrad", "75 rows of the 84-feature set, MLP of 280 and "
         "140 units, Adagrad at LR 0.02, 80 epochs, batch 8",
         {"data": {**CL84, "subset": 75}, "model": {"hidden": [280, 140]},
          "optim": {"name": "adagrad", "lr": 0.02}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.7741 (the healthy "
                      "runs 0.9722 and up); the epoch loss, near 0 (4.8e-5), falls 1.6% "
                      "over the last epoch and its steps swing about their tiny mean; 15.7% "
                      "of the second layer's units dead"),
         verdict=GP),
    Case("h80_gap_fr86_subset45_rmsprop", "45 rows of the 86-feature Friedman regression, MLP "
         "of 210 and 105 units, RMSprop at LR 1e-4, 150 epochs, batch 9",
         {"data": {**FR86, "subset": 45}, "model": {"hidden": [210, 105]},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 -0.115, training 1.0, the run's baseline "
                      "0.0485); the validation loss, lowest at epoch 92 (23.79), ends 0.50% "
                      "above it (23.91); the epoch loss, near 0 (5.3e-5 from 221), still "
                      "falls 23% over the last epoch; with the training loss near 0 the "
                      "updates and gradients die away and the step loss swings about its "
                      "tiny mean; up to 24% of the second layer's units dead"),
         verdict=GP),
    Case("h80_underfit_cl84_one_elu_unit_adamw", "the 84-feature set through 1 ELU unit, AdamW "
         "at LR 0.01, batch 30, 15 epochs",
         {"data": CL84, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting",),
         allow=("not_converged", "overfitting"),
         why_allowed=("the epoch loss falls 1.1% over the last epoch (0.5886 to 0.5822), "
                      "jittering about 0.59 for the last eight; the validation loss, lowest "
                      "at epoch 14 (0.5391), ends 2.1% above it, jittering the same way"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h80_lightning_wine_momentum_lr400_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 400, 18 units, batch 9, 4 epochs",
         script=lightning_run(_s("wine", hidden=(18,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=9, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.18 up to 4.0e36, then NaN from step 8; "
                               "accuracy 0.3333, 0.056 below the majority share (0.3889)"),
         verdict="failed"),
    Case("h80_lightning_digits_subset35_rmsprop_gap", "Lightning: 35 rows of digits, 130 "
         "units, RMSprop at LR 5e-4, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(130,), optim="rmsprop", lr=5e-4, epochs=90,
                                 batch_size=5, subset=35)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7159, training 1.0); the validation loss, lowest at epoch "
                      "70 (0.9448), creeps up to 0.9563 (1.2% above it) at epoch 90; the "
                      "epoch loss, near 0 (0.0033), falls 4.2% over the last epoch"),
         verdict=GP),
    Case("h80_hf_trainer_iris_nesterov_lr400_nan", "Hugging Face Trainer names: iris, SGD with "
         "Nesterov momentum 0.9 at LR 400 (decaying linearly), 16 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(16,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=8, optim_args={"momentum": 0.9,
                                                            "nesterov": True}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the logged loss (a mean over 2 steps) 3.1e4 up to 4.7e34, "
                               "then NaN from step 10"),
         verdict="failed"),
    Case("h80_hf_trainer_digits_adam_lr1e10_stuck", "Hugging Face Trainer names: digits, Adam "
         "at LR 1e-10 (decaying linearly), 26 units, batch 19, 4 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(26,), optim="adam", lr=1e-10, epochs=4,
                                  batch_size=19), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 2.341 (accuracy 0.0864, 0.014 below the "
                      "majority share 0.1003)"),
         verdict=TP),
    Case("h80_keras_iris_sgd_lr400_nan", "Keras names: iris, plain SGD at LR 400, 22 units, "
         "batch 7, 3 epochs",
         script=keras_run(_s("iris", hidden=(22,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=7)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h80_keras_digits_subset40_adam_gap", "Keras names: 40 rows of digits, 120 units, Adam "
         "at LR 1e-3, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(120,), optim="adam", lr=1e-3, epochs=80,
                             batch_size=5, subset=40)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7187, training 1.0); the validation loss, lowest at epoch "
                      "55 (0.9236), ends 0.97% above it; the loss, near 0 (0.0048), falls "
                      "2.4% over the last epoch"),
         verdict=GP),
    Case("h80_tensorboard_iris_momentum_lr400_nan", "TensorBoard tags: iris, SGD with momentum "
         "0.9 at LR 400, 21 units, batch 10, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(21,), optim="sgd", lr=400.0, epochs=3,
                                   batch_size=10, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.02 up to 1.4e37, then NaN from step 10",
         verdict="failed"),
    Case("h80_tensorboard_cancer_adamw_lr1e10_stuck", "TensorBoard tags: breast cancer, AdamW "
         "at LR 1e-10, 28 units, batch 13, 4 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(28,), optim="adamw", lr=1e-10,
                                   epochs=4, batch_size=13)),
         tool="tensorboard", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.6972; the untrained net scores 0.4474, "
                      "far below the majority share (0.6316)"),
         verdict=TP),
    Case("h80_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.2, AdamW at LR 0.01, 33 units, batch 14, a corrupt record (x = 1e30) at step 21 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(33,), optim="adamw", lr=0.01, epochs=3,
                             batch_size=14, n=900, noise=0.2), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h80_plain_wine_adagrad_lr1e10_stuck", "hand-written loop: wine, Adagrad at LR 1e-10, "
         "24 units, batch 9, 5 epochs",
         script=plain_run(_s("wine", hidden=(24,), optim="adagrad", lr=1e-10, epochs=5,
                             batch_size=9)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.042; the untrained net scores 0.4722, "
                      "0.083 above the majority share (0.3889)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy80_sousvide_tanh_adam_b21",
       _sousvide(model={"hidden": [47], "activation": "tanh"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 21})),
    _h("healthy80_sousvide_elu_adamw_b27",
       _sousvide(model={"hidden": [51], "activation": "elu"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy80_sousvide_leaky_adam_b19",
       _sousvide(model={"hidden": [54], "activation": "leaky_relu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 19})),
    _h("healthy80_sousvide_sigmoid_adamw_b25",
       _sousvide(model={"hidden": [58], "activation": "sigmoid"},
                 optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 25})),
    _h("healthy80_sousvide_tanh_rmsprop_b29",
       _sousvide(model={"hidden": [42], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy80_sousvide_relu_adagrad_b31",
       _sousvide(model={"hidden": [50]},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 31})),
    _h("healthy80_sousvide_elu_rmsprop_b33",
       _sousvide(model={"hidden": [56], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 33})),
    _h("healthy80_sousvide_relu_adamw_b23",
       _sousvide(model={"hidden": [45]},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 23})),
    _h("healthy80_fr86_sigmoid_adamw_b28",
       {"data": FR86, "model": {"hidden": [65], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy80_fr86_sigmoid_rmsprop_b30",
       {"data": FR86, "model": {"hidden": [63], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy80_fr86_sigmoid_adam_b26",
       {"data": FR86, "model": {"hidden": [69], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy80_fr86_tanh_rmsprop_b32",
       {"data": FR86, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy80_cl84_relu_adam_b26",
       {"data": CL84, "model": {"hidden": [79]},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy80_cl84_leaky_adamw_b28",
       {"data": CL84, "model": {"hidden": [83], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy80_cl84_relu_rmsprop_b22",
       {"data": CL84, "model": {"hidden": [75]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy80_cl84_relu_adagrad_b24",
       {"data": CL84, "model": {"hidden": [71]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy80_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(52,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=19)), "tensorboard"),
    _hs("healthy80_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(57,), optim="adamw", lr=2e-3, epochs=30,
                           batch_size=12)), "tensorboard"),
    _hs("healthy80_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(54,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=12)), "tensorboard"),
    _hs("healthy80_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(58,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy80_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(50,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy80_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(55,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy80_keras_iris_adamw",
        keras_run(_s("iris", hidden=(53,), optim="adamw", lr=2e-3, epochs=30,
                     batch_size=12)), "keras"),
    _hs("healthy80_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(56,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=19)), "keras"),
    _hs("healthy80_keras_wine_adam",
        keras_run(_s("wine", hidden=(52,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=12)), "keras"),
    _hs("healthy80_lightning_cancer_adamw_b21",
        lightning_run(_s("breast_cancer", hidden=(59,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=21)), "lightning"),
    _hs("healthy80_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(51,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy80_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(54,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=19)), "pytorch"),
    _hs("healthy80_plain_wine_adam",
        plain_run(_s("wine", hidden=(57,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
