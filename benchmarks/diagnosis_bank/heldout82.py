"""The eighty-second held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout83`, after :mod:`.heldout80`'s and :mod:`.heldout81`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout81` in its combination of data set (new here: a 10x10 image set of a duck (a body
with a head on top, its beak pointing to one side and its raised tail on the other in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 820); 5-class Gaussian quantiles in 32 dimensions (4000 samples);
an 88-feature 3-class set (2700 samples, 30 informative, 8 redundant, class separation 2.2); a
90-feature Friedman-1 regression (2000 samples, noise 0.8); a barbecue smoker's state CSV (off,
lighting up, smoking at its set point, lid open: 4 classes from 7 readings) and a paintball
field's daily players regression CSV (in the hundreds), besides the script tools' shipped sets
with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of
several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 6 and 13
channels), optimiser (Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum or Nesterov
momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2
steps, Keras and TensorBoard names, a hand-written loop). The brief gave these data as unused in
the bank. The two CSV files are written under their own names (``bbq_smoker_state_h82``,
``paintball_field_daily_players_h82``) with seeds 821 and 822; the sklearn sets use random
states 823 to 825. The fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout78` to :mod:`.heldout81` did: divergence under SGD with momentum in a
leaky-ReLU net on the unscaled paintball players (Nesterov momentum in ReLU and sigmoid nets and
plain SGD in tanh and ELU nets before), divergence under AdamW at LR 30 in a sigmoid net on the
5-class quantiles (Adagrad, RMSprop and Adam in tanh, ELU and ReLU nets before), exploding
gradients in a 10-layer ReLU net with N(0, 1) init under plain SGD on the 88-feature set (AdamW,
Adam, Adagrad and SGD with momentum in leaky-ReLU and ELU nets before), units killed by plain SGD
at LR 20 in the duck CNN (SGD with momentum, RMSprop, Adam and Nesterov momentum before), a high
update ratio from Adam at LR 1 in a leaky-ReLU net on the smoker CSV (Adagrad and RMSprop before),
a tiny learning rate under SGD with momentum on the Friedman regression (RMSprop, AdamW and
Nesterov momentum before) and under plain SGD on the smoker CSV (SGD with momentum, Adagrad,
Nesterov momentum and RMSprop before), vanishing gradients under RMSprop in a 20-layer sigmoid net
on the 88-feature set (plain SGD and momentum on the quantiles and a state CSV before),
saturation of sigmoid units with N(0, 5) init under plain SGD on the quantiles (tanh units under
Nesterov momentum, RMSprop and AdamW before), a slow start of the duck CNN with N(0, 0.01) init
under Adam (Nesterov momentum, plain SGD and momentum with the default init before), the
unshuffled 88-feature set under plain SGD in a ReLU net (Adagrad, RMSprop, Nesterov momentum and
Adam before), square error with Adagrad on the smoker CSV (SGD with momentum, Adam and RMSprop
before), the 88-feature set one row at a time under SGD with Nesterov momentum (a noisy loss;
plain SGD, Adagrad, RMSprop and momentum before), an overfit 75-row 88-feature set under AdamW
(momentum, RMSprop and Adagrad before) and a 45-row Friedman regression under SGD with Nesterov
momentum (Adagrad, Adam and RMSprop before), an underfit 1-unit tanh net under SGD with momentum
on the 88-feature set (leaky-ReLU, sigmoid and ELU units under Adagrad, RMSprop and AdamW
before), Lightning's NaN on digits under SGD with momentum and its stuck iris under Adam,
Trainer's NaN on wine under SGD with momentum and its stuck digits under RMSprop, Keras' NaN on
wine under SGD with Nesterov momentum and its 45 rows of digits under AdamW (a gap),
TensorBoard's NaN on breast cancer under plain SGD and its 35 rows of digits under Adam (a gap),
the hand-written loop's corrupt record on the sine under SGD with momentum and its stuck iris
under RMSprop. The sibling :mod:`.heldout83` was not looked at; every script case (healthy and
faulty) holds a hidden width of 60 to 69, a range given to this part alone. The cases are spread
over the tools (sixteen runner faults; two faults for each of Lightning, Trainer, Keras,
TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (a
divergence into Inf, a divergence that never turns NaN, exploding gradients, dead units that end a
blow-up) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf);
a high update ratio; ``not_training`` expected in four runner runs and three scripts;
``predictions_collapsed`` in three runner runs; ``at_chance`` in five runner runs and three
scripts; one overfit runner run with a generalisation gap, one runner regression and two scripts
with a gap alone; three runner regressions among the faults; ``noisy_loss`` expected in one runner
run, ``not_converged`` in four and ``slow_start`` in one; ``underfitting`` in one runner run), and
the healthy runner runs over three data sets (the smoker CSV, the Friedman regression and the
88-feature set), and the healthy scripts on breast cancer, wine and iris (TensorBoard, Trainer
and Keras) and breast cancer and wine (Lightning and the hand-written loop).

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
:mod:`.heldout73`, :mod:`.heldout75`, :mod:`.heldout77`, :mod:`.heldout79` and :mod:`.heldout81`):
the state a run ends in is *expected* where its metrics show it, the mechanisms on the way are
*allowed* with their reason (``why_allowed``). ``at_chance`` is expected when the final
validation accuracy is within 0.05 of the better of 1/K and the majority-class share (allowed up
to 0.1 above it, and when it is far below it); ``predictions_collapsed`` when at least 90% of the
test predictions fall in one class (allowed from 60%), read from the run's confusion matrix. Runs
logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is never
expected. ``overfitting`` is expected when the validation loss clearly rises after its minimum
while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and the
validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
training loss explodes or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf;
``unshuffled_data`` when the step loss repeats one pattern every epoch; ``not_converged`` when
the loss still clearly falls at the end (it counts at severity info); ``underfitting`` when both
scores are clearly below what a healthy run of this part on the same data reaches (or the run's
baseline, where no healthy run is in the part) and the loss has flattened; ``noisy_loss`` when
the step loss swings far more from step to step than any healthy run's; ``not_training`` is
expected or allowed wherever the training loss falls by less than 5% over the run. A fault that
came out weak was made stronger or relabelled from its metrics, never kept as expected. The
mechanism codes (``update_ratio_high``, ``update_ratio_low``, ``exploding_gradients``,
``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are expected only where the
logged metric is clearly outside the range every healthy run of this part shows, and allowed
(with the reason) where the mechanism is real but the metric sits inside it or is a side effect
of a blow-up or of the fault. The classes of the runner sets are balanced (stratified splits):
the majority share is 0.2 on the quantiles (1/5), 1/3 on the 88-feature set, 0.2667 on the duck
images and 0.2633 on the smoker CSV (read from the test confusion matrices' rows); the scripts'
validation splits hold a majority share of 0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris) and
0.1003 (digits). The runs' baselines (``baseline/val_*``): accuracy 1.0 on the smoker CSV, 0.9444
on the 88-feature set, 0.9467 on the duck images, 0.2138 on the quantiles, R2 0.7266 on the
Friedman regression and 0.9627 on the paintball CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0235 (the
output layer of the ReLU MLP with Adagrad on the smoker CSV), single steps at most 0.323 (the same
layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.225 (its output layer;
0.138 in its first), 9.6 times the healthy extreme, with single steps up to 11.3 (4.7 in its first
layer), 35 times the healthy one; the expected ``update_ratio_low`` runs sit at 1.4e-10 to 2.1e-8
in quarter means, single steps up to 2.2e-8 (SGD with momentum at LR 1e-10 on the Friedman
regression), and 0 to 4.1e-13, single steps up to 2.8e-12 (plain SGD at LR 1e-10 on the smoker
CSV), where the healthy runs' smallest quarter mean is 6.3e-6 (the output layer of the sigmoid MLP
with AdamW at the end of a cosine schedule on the Friedman regression). Dead-unit fraction 0 at
any time in every kept healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu`` run
holds every unit after the duck CNN's second convolution and every dense unit (none after its
first convolution) once plain SGD at LR 20 blows it up. The saturated fraction per layer is at
most 0.036 in the kept healthy tanh and sigmoid runs (the tanh MLP with Adam on the smoker CSV);
the expected ``saturated_activation`` run holds 0.886 and 0.884 in its two layers (its maximum and
last value alike). The exploding run's gradient norms sit at 1.2e5-1.4e6 (quarter means 2.0e5 to
3.8e5) with its epoch loss at 3.472e5 from the first epoch and never NaN (the healthy runs'
largest single norm 136: the output layer of the sigmoid MLP with AdamW on the Friedman
regression); the vanishing run's first layer at 2.7e-18 to 8.9e-18 against up to 0.74 at the
output, its first eleven layers' update ratio 0. The step-loss position in the epoch explains
92.9% of the within-epoch variance over the second half in the sorted 88-feature set (the healthy
runner runs at most 23.9%: the sigmoid MLP with Adam on the smoker CSV; 13.2% on the 88-feature
set). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 1.21 times its mean in the kept healthy runner runs (the ReLU MLP with Adagrad on the
88-feature set) and at most 1.79 in the healthy scripts (Lightning's breast cancer). Healthy runs
reach a validation score close to what the data allow (accuracy 1.0 on the smoker CSV, where the
baseline is 1.0; 0.9315-0.95 on the 88-feature set, where the baseline is 0.9444; R2 0.6990-0.7234
on the Friedman regression, where the baseline is 0.7266; for the scripts 1.0 (TensorBoard's,
Trainer's, Keras', Lightning's and the loop's wine), 0.9667 (TensorBoard's, Trainer's and Keras'
iris), 0.9649 (TensorBoard's, Lightning's and the loop's breast cancer), 0.9561 (Keras' breast
cancer) and 0.9298 (Trainer's breast cancer, its evaluation loss lowest at the end)); their
validation loss does not rise at the end (every kept healthy run's is lowest at its last epoch but
one: the ReLU MLP with AdamW on the 88-feature set, lowest at epoch 12 of 15 and 0.20% above it at
the end), the training loss has flattened (the epoch loss falls at most 2.38% over the last epoch
in the runner runs, the ReLU MLP with RMSprop on the smoker CSV from 0.0329, 1.02% on the
88-feature set and 0.08% on the Friedman regression; 4.5%, 4.0% and 3.4% in Keras' wine, breast
cancer and iris, 3.8% and 4.7% in Lightning's breast cancer and wine, the mean step loss of
TensorBoard's and the loop's last epoch 2.2% to 4.4% below the one before in wine and breast
cancer and 6.9% in TensorBoard's iris, whose validation loss is lowest at the end at accuracy
0.9667, all near their floor; the Trainer's logged loss, a mean over 2 steps, swings over its last
epochs without a trend while its evaluation loss is lowest at the end), no training score ends ~1
with the validation score 0.1 lower (the largest accuracy gap: 0.055, the ReLU MLP with Adam on
the 88-feature set, training 0.9864; among the scripts 0.038, Keras' breast cancer, training
0.9941; the largest R2 gap: 0.055, the sigmoid MLP with RMSprop on the Friedman regression,
training 0.7788, far from ~1), and they expect no finding of severity warning or worse.

Healthy candidates replaced (31 trained, 29 kept): on the 88-feature set the ELU MLP with Adagrad
at LR 0.01 (70 units, batch 21; its validation loss lowest at epoch 5 of 15 and 1.01% above it at
the end, accuracy 0.9074 below the baseline 0.9444) by the ReLU MLP with Adagrad at LR 0.01 (71
units, batch 21), trained once, healthy by every number above; an ELU MLP with Adam at LR 7e-4
tried on the way (accuracy 0.9056, its validation loss lowest at epoch 7) was not kept (the
figures above are from the kept runs only). No healthy run on the duck images, on the quantiles,
on the paintball CSV, on the sine or on digits is in the part: their faults are read against the
run's own numbers and its baseline.

Labels read from the metrics: the paintball divergence climbs from a step loss of 8.0e4 to 9.7e4,
5.5e5, 2.8e9 and 2.5e20 and is Inf at step 6, where the run stops (FAILED), so ``divergence`` and
``nan_loss`` are expected; AdamW at LR 30 on the quantiles throws the step loss from 1.71 (near ln
5) up to 660 and ends its three epochs at 220.7, 151.3 and 185.2 (the last step 126), never NaN,
accuracy 0.2 (1/5) with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected; the exploding run ends at 0.3333 (the majority share) with
82% of the test predictions in one class and its epoch loss flat at 3.472e5, so ``not_training``
and ``at_chance`` are expected beside ``exploding_gradients`` and ``predictions_collapsed`` only
allowed; the duck CNN under plain SGD at LR 20 blows up to an epoch loss of 4.5e9 in its first
epoch and then sits at 5.92 and 7.06, above its first step 1.39, accuracy 0.24 (0.027 below the
majority share) with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run throws its
first epochs about (the step loss up to 54 from 1.55, the epoch loss 3.65, 0.86 and 0.77), then
its loss is 0 from the fourth epoch with accuracy 1.0, so ``update_ratio_high`` is expected alone
and, as in :mod:`.heldout73` to :mod:`.heldout81`, the verdict is a training problem; SGD with
momentum at LR 1e-10 on the Friedman regression ends at R2 -8.15 (the epoch loss 244.1 at every
epoch); plain SGD at LR 1e-10 on the smoker CSV (the epoch loss 1.419 at every epoch) ends at
0.15, 0.11 below the majority share (0.2633), with 72% of the test predictions in one class, so
``at_chance`` and ``predictions_collapsed`` are only allowed beside ``not_training`` and
``update_ratio_low``; the vanishing run ends at 0.3333 (the majority share) with every test
prediction in one class and its epoch loss at 1.125 to 1.105 (ln 3 is 1.099), so ``at_chance``
and ``predictions_collapsed`` are expected beside ``vanishing_gradients`` and ``not_training``
only allowed; the saturated run ends at 0.195 (0.005 below 1/5; the epoch loss 34.27 at every
epoch) with 84% of the test predictions in one class, so ``at_chance`` is expected beside
``saturated_activation`` and ``not_training`` and ``predictions_collapsed`` only allowed; the
slow start of the duck CNN with N(0, 0.01) init under Adam at LR 3e-4 lingers at ln 4 for five
epochs (the epoch loss 1.3863, 1.3863, 1.3862, 1.3860, 1.3847, then 1.377 and on to 1.309 at epoch
10, 5.6% below its first epoch), then falls to 0.627 and still falls 5.2% over its last epoch
(0.6614 to 0.6270) with the validation loss lowest at the end (accuracy 0.7667, training 0.81,
the baseline 0.9467), so ``slow_start`` and ``not_converged`` are expected and ``underfitting``
allowed; the sorted 88-feature set ends at 0.85 (the baseline 0.9444) with its epoch loss falling
21% over the last epoch (0.330 to 0.262) and the validation loss lowest at the end, so
``not_converged`` is expected beside ``unshuffled_data``; the square-error smoker run reaches
accuracy 1.0 while its epoch loss still falls 17% over its last epoch (0.00159 to 0.00131, from
0.122 in the first) with the validation loss lowest at the end, so ``not_converged`` is expected
beside ``loss_mismatch``; the batch-1 88-feature run's step loss swings 4.9 times its mean step to
step over the second half (4.1 times the healthy runner runs' 1.21, 2.8 times the healthy
scripts' 1.79) while its epoch loss still falls 22% over the last epoch (0.157 to 0.122) with the
validation loss lowest at the end, so ``noisy_loss`` and ``not_converged`` are expected (accuracy
0.9370, training 0.9840: no gap, no overfitting); the 75 rows of the 88-feature set end at
validation 0.7741 (training 1.0) with the validation loss lowest at epoch 5 (0.5715) and rising at
every later epoch to 0.8394 (47% above it) at epoch 80, so ``overfitting`` and
``generalisation_gap`` are expected; the 45-row Friedman regression (R2 0.173, training 1.0; its
validation loss lowest at epoch 9 and 1.7% above it at the end, flat at 20.4 from epoch 20)
expects ``generalisation_gap`` alone; the 1-unit tanh net on the 88-feature set ends at 0.5926
(training 0.6451, the healthy runs 0.9315 and up) with its epoch loss falling 0.9% over the last
epoch, jittering about 0.64, and 55% of the test predictions in one class, so ``underfitting`` is
expected (``at_chance`` not allowed, 0.26 above the majority share; ``overfitting`` allowed: its
validation loss creeps up 4.3% from epoch 3). Lightning's NaN on digits (the step loss 2.41 up
to 3.7e34, then NaN from step 8) ends at 0.1003 (the majority share), so ``at_chance`` is
expected beside ``nan_loss`` and ``divergence``; Trainer's NaN on wine (the logged loss 2.7e4 up
to 3.0e34, then NaN from step 10) ends at 0.3333 (0.056 below the majority share) and
TensorBoard's NaN on breast cancer (the step loss 0.84 up to 4.5e34, then NaN from step 8) at
0.3684 (far below the majority share 0.6316), so both expect ``nan_loss`` and ``divergence`` and
only allow ``at_chance``; Keras' NaN on wine (every epoch's loss NaN) ends at 0.3333 (0.056 below
the majority share), so ``nan_loss`` is expected alone and ``divergence`` and ``at_chance`` only
allowed (no finite loss shows the blow-up). Trainer's stuck digits (RMSprop at LR 1e-10, the
evaluation loss 2.351 at every evaluation) scores 0.1058 (0.006 above the majority share) and the
loop's stuck iris (RMSprop at LR 1e-10, the validation loss 0.9323 throughout) 0.3667 (0.033
above 1/3), so both expect ``not_training`` and ``at_chance``; Lightning's stuck iris (Adam at LR
1e-10, the validation loss 1.327 throughout) scores 0.0 (training 0.022), far below 1/3, so
``not_training`` is expected and ``at_chance`` only allowed; Keras' 45 rows of digits (validation
0.7437, training 1.0) have their validation loss lowest at epoch 77 (0.8075) and 0.05% above it
at the end, and TensorBoard's 35 rows (validation 0.6908, training 1.0) theirs lowest at epoch 85
(0.9372) and 0.02% above it, so ``generalisation_gap`` is expected alone and ``overfitting``
allowed; the loop's corrupt record makes the loss Inf at step 19 (the loss from 0.64 down to
0.13-0.56 before it).

Faults changed after their first run: the slow start's first setting (Adagrad at LR 0.004 with the
default init, 36 epochs) had no plateau (the epoch loss 1.382, 1.353, 1.326, 1.292 and on, falling
from the first epoch, to 0.545; accuracy 0.7433), so four candidates were tried (Adam at LR 3e-4,
RMSprop at LR 1e-4 and Adagrad at LR 0.01 with N(0, 0.01) init, AdamW at LR 1e-4 with the default
init; RMSprop lingered longest but ended at accuracy 0.52, Adagrad left ln 4 after three epochs
and flattened at 0.73, AdamW fell slowly from the first epoch) and Adam at LR 3e-4 with N(0, 0.01)
init was kept, cut at 30 epochs (its 36-epoch candidate fell only 3.0% over its last epoch; the
same run up to there, the learning rate constant) and trained once; the unshuffled run's first
setting (plain SGD at LR 0.01) hardly learned (the epoch loss 1.116 to 0.940, accuracy 0.6074), so
LR 0.03 and 0.1 were tried and 0.03 (the step loss's position explaining 92.9% of the
within-epoch variance against 88.2%) was kept; the batch-1 run's first setting (Nesterov momentum
at LR 0.002) swung 8.5 times its mean but its validation loss, lowest at epoch 2 (0.2468), rose
over the last two epochs to 9.8% above it, blurring the case with an overfitting of four points,
so LR 1e-3 (a swing of 6.9, the validation loss 5.7% above its minimum) and 5e-4 (4.9, the
validation loss lowest at the end) were tried and 5e-4 was kept. Adam at LR 3 was tried as a
stronger high update ratio and not kept (it ended thrown about: the epoch loss 0.43 with a last
step of 69), so the first setting (LR 1) stayed. The first labels named only the injected
mechanism; every other expected and allowed code and every verdict was then set from the metrics
as above.


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

# a duck swimming right in a 5x5 cell (its head on top at the right with the beak pointing right,
# its tail raised on the left, its body along the bottom), turned by 90 degrees at a time for the
# other three directions
_DUCK_RIGHT = np.array([[0, 0, 0, 1, 0],
                        [0, 0, 0, 1, 1],
                        [1, 0, 1, 1, 0],
                        [1, 1, 1, 1, 0],
                        [0, 1, 1, 1, 0]], dtype=float)
_DUCKS = turned(_DUCK_RIGHT)


def ducks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 duck glyph at a random place (4 classes: the duck turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_DUCKS, n, size, noise, flip, seed)


def _smoker_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A barbecue smoker's state (0 off, 1 lighting up, 2 smoking at its set point, 3 lid open)
    from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    chamber_c = np.array([22.0, 78.0, 112.0, 84.0])[cls] + rng.normal(0, 6.0, n)
    fan_pct = np.array([0.0, 85.0, 30.0, 5.0])[cls] + rng.normal(0, 6.0, n)
    pellet_gpm = np.array([0.0, 4.5, 2.0, 0.8])[cls] + rng.normal(0, 0.35, n)
    smoke_ppm = np.array([5.0, 160.0, 60.0, 25.0])[cls] + rng.normal(0, 12.0, n)
    meat_c = rng.uniform(4.0, 90.0, n)
    ambient_c = rng.uniform(-2.0, 33.0, n)
    wind_kmh = rng.uniform(0.0, 35.0, n)
    return (["chamber_c", "fan_pct", "pellet_gpm", "smoke_ppm", "meat_c", "ambient_c",
             "wind_kmh", "state"],
            np.column_stack([chamber_c, fan_pct, pellet_gpm, smoke_ppm, meat_c, ambient_c,
                             wind_kmh, cls]))


def _paintball_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A paintball field's players a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-4, 34, n)
    rain_mm = rng.uniform(0, 20, n)
    groups = rng.integers(0, 9, n).astype(float)
    tournament = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    wind_kmh = rng.uniform(0, 40, n)
    players = (90 + 3.8 * temp_c - 6.0 * rain_mm + 22.0 * groups + 160.0 * tournament
               + 60.0 * holiday + 75.0 * (weekday >= 5) - 1.2 * wind_kmh
               + rng.normal(0, 16.0, n))
    return (["weekday", "temp_c", "rain_mm", "groups_booked", "tournament", "holiday",
             "wind_kmh", "players"],
            np.column_stack([weekday, temp_c, rain_mm, groups, tournament, holiday, wind_kmh,
                             players]))


def _smoker(**sections: Any) -> Any:
    return _csv("bbq_smoker_state_h82", _smoker_csv, "state", "classification", 821,
                **sections)


def _paintball(**sections: Any) -> Any:
    return _csv("paintball_field_daily_players_h82", _paintball_csv, "players", "regression",
                822, **sections)


HERE = "benchmarks.diagnosis_bank.heldout82"
DK4 = _factory(f"{HERE}:ducks", seed=820)
GQ532 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=32,
                 n_classes=5, random_state=823)
CL88 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=88,
                n_informative=30, n_redundant=8, n_classes=3, class_sep=2.2, random_state=824)
FR90 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=90, noise=0.8,
                random_state=825)
DCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [27]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h82_divergence_paintball_momentum_leaky", "the paintball field daily-players CSV "
         "(targets unscaled, in the hundreds), 36-unit leaky-ReLU MLP, SGD with momentum 0.9 "
         "at LR 0.01, batch 24",
         _paintball(model={"hidden": [36], "activation": "leaky_relu"},
                    optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                    train={"epochs": 3, "batch_size": 24}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 8.0e4 to 9.7e4, 5.5e5, 2.8e9 and 2.5e20, "
                               "then Inf at step 6, where the run stops; update ratios from "
                               "0.32 up"),
         verdict="failed"),
    Case("h82_divergence_gq532_adamw_lr30_sigmoid", "88x44 sigmoid MLP on the 5-class "
         "quantiles in 32 dimensions, AdamW at LR 30, batch 31",
         {"data": GQ532, "model": {"hidden": [88, 44], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.71 (near ln 5) up to 660, the epoch "
                               "loss 220.7, 151.3 and 185.2, never NaN; 99.7% and 100% of the "
                               "sigmoid units saturated, the hidden layers' gradients 0 from "
                               "then on; update ratios up to 489 in single steps; the "
                               "validation loss (131, 48.1, 106.5) thrown about with the "
                               "blown-up net"),
         verdict="failed"),
    Case("h82_exploding_cl88_10x24_relu_std1_sgd", "10x24 ReLU MLP with N(0, 1) init on the "
         "88-feature set, plain SGD at LR 1e-12, batch 33",
         {"data": CL88, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 3.472e5 at every epoch), far "
                      "above ln 3 from the first step; the tiny steps do not move the wide "
                      "weights (update ratios 9e-10 to 6e-8); 82% of the test predictions in "
                      "one class; up to 8.3% of a layer's units never above zero"),
         verdict="failed"),
    Case("h82_dead_relu_duck_cnn_sgd_lr20", "the duck CNN (6, 13 channels, 27 hidden), plain "
         "SGD at LR 20, batch 21",
         {"data": DK4, "model": DCNN, "optim": {"name": "sgd", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.39 (near ln 4) up to 1.9e11, the epoch "
                               "loss 4.5e9, 5.92 and 7.06; every unit after the second "
                               "convolution and every dense unit dead (none after the "
                               "first), their gradients 0 from then on; update ratios up to "
                               "4.7e6 in single steps; the validation loss, lowest after the "
                               "first epoch (3.05), ends 36% above it as the training loss "
                               "rises too"),
         verdict="failed"),
    Case("h82_update_ratio_high_smoker_adam_lr1_leaky", "Adam at LR 1 on the smoker CSV, 46 "
         "leaky-ReLU units, batch 28, 8 epochs",
         _smoker(model={"hidden": [46], "activation": "leaky_relu"},
                 optim={"name": "adam", "lr": 1.0},
                 train={"epochs": 8, "batch_size": 28}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the first epochs about (the step loss up to 54 "
                      "from 1.55, the epoch loss 3.65, 0.86, 0.77) before the loss is 0 from "
                      "the fourth epoch on (accuracy 1.0), where the gradients and updates "
                      "are 0; 1 of the 46 units (2.2%) never above zero"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h82_momentum_lr1e10_fr90", "the 90-feature Friedman regression, 44x22 ELU MLP, SGD "
         "with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         {"data": FR90, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.15, far below the baseline (0.7266) and the healthy runs; the "
                      "epoch loss 244.1 at every epoch"),
         verdict=TP),
    Case("h82_sgd_lr1e10_smoker", "the smoker CSV, 38x19 tanh MLP, plain SGD at LR 1e-10, "
         "batch 22, 4 epochs",
         _smoker(model={"hidden": [38, 19], "activation": "tanh"},
                 optim={"name": "sgd", "lr": 1e-10},
                 train={"epochs": 4, "batch_size": 22}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the untrained net's loss (the epoch loss 1.419 at every epoch) scores "
                      "0.15, 0.11 below the majority share (0.2633), with 72% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h82_vanishing_sigmoid_cl88_20x16_rmsprop", "20x16 sigmoid MLP on the 88-feature "
         "set, RMSprop at LR 1e-4, batch 34, 4 epochs",
         {"data": CL88, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first eleven layers do not move (update ratio 0), a side effect "
                      "of the vanishing gradients; the epoch loss 1.125 to 1.105 (ln 3 is "
                      "1.099), 1.8% down"),
         verdict=TP),
    Case("h82_saturated_sigmoid_gq532_std5_sgd", "2x50 sigmoid MLP with N(0, 5) init on the "
         "5-class quantiles, plain SGD at LR 1e-9, batch 36",
         {"data": GQ532, "model": {"hidden": [50, 50], "activation": "sigmoid",
                                   "init": "normal", "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (at most 2.7e-12); the loss far above ln 5 from the start "
                      "(the epoch loss 34.27 at every epoch); 84% of the test predictions in "
                      "one class"),
         verdict=TP),
    Case("h82_slow_start_duck_cnn_adam_std001", "the duck CNN with N(0, 0.01) init, Adam at LR "
         "3e-4, batch 21, 30 epochs: the epoch loss lingers at ln 4 and then falls",
         {"data": DK4, "model": {**DCNN, "init": "normal", "init_std": 0.01},
          "optim": {"name": "adam", "lr": 3e-4},
          "train": {"epochs": 30, "batch_size": 21}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu"),
         why_allowed=("no healthy duck run is in the part (accuracy 0.7667, training 0.81, "
                      "the baseline 0.9467); the tiny init leaves up to 89% of the dense "
                      "units dead at the start (56% at the end) and 15% of the second "
                      "convolution's in the first epoch"),
         verdict=TP),
    Case("h82_unshuffled_cl88_sgd_relu", "the 88-feature set sorted by label, never shuffled, "
         "60x30 ReLU MLP, plain SGD at LR 0.03, batch 37, 8 epochs",
         {"data": {**CL88, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30]},
          "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.85 (training 0.8914), below the baseline 0.9444 "
                               "and the healthy runs (0.9315 and up)"),
         verdict=TP),
    Case("h82_mse_softmax_smoker_adagrad", "the smoker CSV trained with square error on the "
         "softmax, Adagrad at LR 0.01, 32x16 ReLU MLP, batch 24, 10 epochs",
         _smoker(model={"hidden": [32, 16]},
                 optim={"name": "adagrad", "lr": 0.01},
                 train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="2 of the 16 units of the second layer (12.5%) never above zero",
         verdict=TP),
    Case("h82_noisy_cl88_b1_nesterov", "the 88-feature set one row at a time (batch 1), SGD "
         "with Nesterov momentum 0.9 at LR 5e-4, 26-unit ReLU MLP, 4 epochs",
         {"data": CL88, "model": {"hidden": [26]},
          "optim": {"name": "sgd", "lr": 5e-4, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 8.0, "
                      "above its first step 0.76); with four epochs the second half holds "
                      "only two, so the step loss's position in the epoch explains about "
                      "half of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h82_overfit_cl88_subset75_adamw", "75 rows of the 88-feature set, MLP of 300 and "
         "150 units, AdamW at LR 1e-3, 80 epochs, batch 8",
         {"data": {**CL88, "subset": 75}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.7741 (the healthy "
                      "runs 0.9315 and up); the epoch loss, near 0 (6.2e-5), falls 2.3% "
                      "over the last epoch; 5.3% of the second layer's units dead"),
         verdict=GP),
    Case("h82_gap_fr90_subset45_nesterov", "45 rows of the 90-feature Friedman regression, MLP "
         "of 230 and 115 units, SGD with Nesterov momentum 0.9 at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR90, "subset": 45}, "model": {"hidden": [230, 115]},
          "optim": {"name": "sgd", "lr": 1e-3, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.173, training 1.0, the run's baseline "
                      "0.0917); the validation loss, lowest at epoch 9 (20.05), sits at 20.4 "
                      "(1.7% above it) from epoch 20 on; with the training loss at 0 (about "
                      "1e-13) the updates and gradients die away and the step loss swings "
                      "about its tiny mean; up to 12% of the second layer's units dead"),
         verdict=GP),
    Case("h82_underfit_cl88_one_tanh_unit_momentum", "the 88-feature set through 1 tanh unit, "
         "SGD with momentum 0.9 at LR 0.01, batch 32, 15 epochs",
         {"data": CL88, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "overfitting", "saturated_activation"),
         why_allowed=("the epoch loss falls 0.9% over the last epoch, jittering about 0.64 "
                      "for the last ten; the validation loss, lowest at epoch 3 (0.7246), "
                      "creeps up to 0.7555 (4.3% above it), small beside the gap to the "
                      "healthy runs; the one tanh unit sits at its ends for 57% of the rows"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h82_lightning_digits_momentum_lr400_nan", "Lightning: digits, SGD with momentum 0.9 "
         "at LR 400, 62 units, batch 12, 3 epochs",
         script=lightning_run(_s("digits", hidden=(62,), optim="sgd", lr=400.0, epochs=3,
                                 batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 2.41 up to 3.7e34, then NaN from step 8",
         verdict="failed"),
    Case("h82_lightning_iris_adam_lr1e10_stuck", "Lightning: iris, Adam at LR 1e-10, 66 units, "
         "batch 10, 5 epochs",
         script=lightning_run(_s("iris", hidden=(66,), optim="adam", lr=1e-10, epochs=5,
                                 batch_size=10)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.327; the untrained net scores 0.0 "
                      "(training 0.022), far below 1/3"),
         verdict=TP),
    Case("h82_hf_trainer_wine_momentum_lr400_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.9 at LR 400 (decaying linearly), 63 units, batch 9, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(63,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=9, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss (a mean over 2 steps) 2.7e4 up to 3.0e34, "
                               "then NaN from step 10; accuracy 0.3333, 0.056 below the "
                               "majority share (0.3889)"),
         verdict="failed"),
    Case("h82_hf_trainer_digits_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "RMSprop at LR 1e-10 (decaying linearly), 65 units, batch 17, 4 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("digits", hidden=(65,), optim="rmsprop", lr=1e-10, epochs=4,
                                  batch_size=17), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 2.351 (accuracy 0.1058, 0.006 above the "
                      "majority share 0.1003)"),
         verdict=TP),
    Case("h82_keras_wine_nesterov_lr400_nan", "Keras names: wine, SGD with Nesterov momentum "
         "0.9 at LR 400, 64 units, batch 8, 3 epochs",
         script=keras_run(_s("wine", hidden=(64,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=8, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="keras", expect=("nan_loss",), allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3333, 0.056 below the majority share "
                               "(0.3889)"),
         verdict="failed"),
    Case("h82_keras_digits_subset45_adamw_gap", "Keras names: 45 rows of digits, 69 units, "
         "AdamW at LR 1e-3, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(69,), optim="adamw", lr=1e-3, epochs=80,
                             batch_size=5, subset=45)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("45 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7437, training 1.0); the validation loss, lowest at epoch "
                      "77 (0.8075), ends 0.05% above it; the loss, near 0 (0.0076), falls "
                      "2.6% over the last epoch"),
         verdict=GP),
    Case("h82_tensorboard_cancer_sgd_lr400_nan", "TensorBoard tags: breast cancer, plain SGD at "
         "LR 400, 61 units, batch 11, 4 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(61,), optim="sgd", lr=400.0,
                                   epochs=4, batch_size=11)),
         tool="tensorboard", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.84 up to 4.5e34, then NaN from step 8; "
                               "accuracy 0.3684, far below the majority share (0.6316)"),
         verdict="failed"),
    Case("h82_tensorboard_digits_subset35_adam_gap", "TensorBoard tags: 35 rows of digits, 67 "
         "units, Adam at LR 1e-3, 90 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(67,), optim="adam", lr=1e-3, epochs=90,
                                   batch_size=5, subset=35)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.6908, training 1.0); the validation loss, lowest at epoch "
                      "85 (0.9372), ends 0.02% above it; the mean step loss of the last "
                      "epoch, near 0 (0.0085), 2.4% below the one before"),
         verdict=GP),
    Case("h82_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.2, SGD with momentum 0.9 at LR 3e-3, 60 units, batch 13, a corrupt record "
         "(x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(60,), optim="sgd", lr=3e-3, epochs=3,
                             batch_size=13, n=900, noise=0.2, optim_args={"momentum": 0.9}),
                          corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=19),
    Case("h82_plain_iris_rmsprop_lr1e10_stuck", "hand-written loop: iris, RMSprop at LR 1e-10, "
         "68 units, batch 8, 5 epochs",
         script=plain_run(_s("iris", hidden=(68,), optim="rmsprop", lr=1e-10, epochs=5,
                             batch_size=8)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the validation loss stays at 0.9323 (accuracy 0.3667, 0.033 above 1/3)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy82_smoker_tanh_adam_b22",
       _smoker(model={"hidden": [45], "activation": "tanh"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy82_smoker_elu_rmsprop_b26",
       _smoker(model={"hidden": [52], "activation": "elu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy82_smoker_leaky_adamw_b20",
       _smoker(model={"hidden": [48], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy82_smoker_sigmoid_adam_b24",
       _smoker(model={"hidden": [57], "activation": "sigmoid"},
               optim={"lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy82_smoker_relu_adagrad_b30",
       _smoker(model={"hidden": [43]},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 30})),
    _h("healthy82_smoker_relu_rmsprop_b18",
       _smoker(model={"hidden": [49]},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy82_smoker_tanh_adamw_b32",
       _smoker(model={"hidden": [53], "activation": "tanh"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 32})),
    _h("healthy82_smoker_elu_adam_b25",
       _smoker(model={"hidden": [40], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 25})),
    _h("healthy82_fr90_sigmoid_adam_b27",
       {"data": FR90, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy82_fr90_sigmoid_rmsprop_b29",
       {"data": FR90, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy82_fr90_sigmoid_adamw_b25",
       {"data": FR90, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy82_fr90_sigmoid_adam_b31",
       {"data": FR90, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 31}}),
    _h("healthy82_cl88_relu_adam_b25",
       {"data": CL88, "model": {"hidden": [78]},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy82_cl88_leaky_rmsprop_b23",
       {"data": CL88, "model": {"hidden": [74], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy82_cl88_relu_adamw_b27",
       {"data": CL88, "model": {"hidden": [82]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy82_cl88_relu_adagrad_b21",
       {"data": CL88, "model": {"hidden": [71]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _hs("healthy82_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(63,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=19)), "tensorboard"),
    _hs("healthy82_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(66,), optim="adam", lr=2e-3, epochs=30,
                           batch_size=12)), "tensorboard"),
    _hs("healthy82_tensorboard_wine_adamw",
        tensorboard_run(_s("wine", hidden=(60,), optim="adamw", lr=3e-3, epochs=40,
                           batch_size=12)), "tensorboard"),
    _hs("healthy82_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(65,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy82_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(61,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy82_hf_trainer_cancer_adam",
        hf_trainer_run(_s("breast_cancer", hidden=(68,), optim="adam", lr=1e-3, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy82_keras_iris_adam",
        keras_run(_s("iris", hidden=(64,), optim="adam", lr=2e-3, epochs=30,
                     batch_size=12)), "keras"),
    _hs("healthy82_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(62,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=19)), "keras"),
    _hs("healthy82_keras_wine_adamw",
        keras_run(_s("wine", hidden=(67,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=12)), "keras"),
    _hs("healthy82_lightning_cancer_adam_b21",
        lightning_run(_s("breast_cancer", hidden=(69,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=21)), "lightning"),
    _hs("healthy82_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(63,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy82_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(66,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=19)), "pytorch"),
    _hs("healthy82_plain_wine_adamw",
        plain_run(_s("wine", hidden=(61,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
