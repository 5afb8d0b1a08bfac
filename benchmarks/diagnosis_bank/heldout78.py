"""The seventy-eighth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout79`, after :mod:`.heldout76`'s and :mod:`.heldout77`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout77` in its combination of data set (new here: a 10x10 image set of a snail (a spiral
shell on its back, its head with two feelers on one side and its foot along the bottom in a 5x5
cell, turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with
noise 0.3 and 2% random labels; 6-class Gaussian quantiles in 28 dimensions (4200 samples); an
80-feature 3-class set (2600 samples, 28 informative, 8 redundant, class separation 2.2); an
82-feature Friedman-1 regression (2000 samples, noise 0.8); a wood-fired pizza oven's state CSV
(cold, firing up, baking, cooling down: 4 classes from 7 readings) and a go-kart track's daily
drivers regression CSV (in the hundreds), besides the script tools' shipped sets with new
settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several
widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 8 and 14
channels), optimiser (Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum or Nesterov
momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2
steps, Keras and TensorBoard names, a hand-written loop). The brief gave these data as unused in
the bank. The two CSV files are written under their own names (``pizza_oven_state_h78``,
``gokart_track_daily_drivers_h78``) with seeds 784 and 785; the images use seed 780 and the
sklearn sets random states 781 to 783. The fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout74` to :mod:`.heldout77` did: divergence under SGD with
Nesterov momentum in a ReLU net on the unscaled go-kart drivers (plain SGD with leaky ReLU and
momentum with tanh before), divergence under Adagrad at LR 30 in a tanh net on the 6-class
quantiles (Adam with ReLU and AdamW with leaky ReLU before), exploding gradients in a 10-layer
leaky-ReLU net with N(0, 1) init under AdamW on the 80-feature set (Nesterov momentum, Adagrad
and RMSprop before), units killed by SGD with momentum at LR 10 in the snail CNN (Adam, Adagrad
and AdamW before), a high update ratio from Adagrad at LR 2 in a leaky-ReLU net on the pizza
CSV (Adam and AdamW before), a tiny learning rate under RMSprop on the Friedman regression and
under SGD with momentum on the pizza CSV, vanishing gradients under plain SGD in a 20-layer
sigmoid net on the quantiles (Adagrad, momentum and Nesterov momentum before), saturation under
SGD with Nesterov momentum in a tanh net with N(0, 5) init on the 80-feature set (momentum, Adam
and Adagrad before), a slow start of the snail CNN under SGD with Nesterov momentum (plain SGD
and momentum before), the unshuffled 80-feature set under Adagrad in an ELU net, square error
with SGD with momentum on the pizza CSV, the 80-feature set one row at a time under plain SGD (a
noisy loss), an overfit 75-row 80-feature set under SGD with momentum and a 45-row Friedman
regression under Adagrad, an underfit 1-unit leaky-ReLU net under Adagrad on the 80-feature set,
Lightning's NaN on iris under SGD with Nesterov momentum and its 40 rows of digits under Adagrad
(a gap), Trainer's NaN on wine under plain SGD and its stuck iris under SGD with momentum, Keras'
NaN on digits under SGD with momentum and its stuck breast cancer under RMSprop, TensorBoard's
NaN on breast cancer under SGD with momentum and its 1-unit digits under Adagrad, the
hand-written loop's corrupt record on the sine under plain SGD and its stuck iris under AdamW.
The sibling :mod:`.heldout79` was not looked at; the healthy scripts hold hidden widths of 40 to
49, a range given to this part alone. The cases are spread over the tools (sixteen runner faults;
two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the
fault classes (four runner runs broken (a divergence into Inf, a divergence that never turns NaN,
exploding gradients, dead units that end a blow-up) and five scripts (Lightning's, Trainer's,
Keras' and TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training`` expected in
four runner runs and three scripts; ``predictions_collapsed`` in two runner runs; ``at_chance`` in
five runner runs and three scripts; one overfit runner run with a generalisation gap, one runner
regression and one script with a gap alone, one noisy runner run overfitting without a gap; three
runner regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged``
in two and ``slow_start`` in one; ``underfitting`` in one runner run and one script), and the
healthy runner runs over three data sets (the pizza CSV, the Friedman regression and the
80-feature set), and the healthy scripts on breast cancer, wine and iris (TensorBoard, Trainer
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
once with its final setting (one fault setting was changed after its first run: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75` and :mod:`.heldout77`): the state a run ends in is
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
runner sets are balanced (stratified splits): the majority share is 0.1667 on the quantiles (1/6),
0.3346 on the 80-feature set, 0.27 on the snail images and 0.2533 on the pizza CSV (read from
the test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The runs' baselines
(``baseline/val_*``): accuracy 1.0 on the pizza CSV, 0.9423 on the 80-feature set, 0.9467 on the
snail images, 0.1881 on the quantiles, R2 0.6996 on the Friedman regression and 0.8919 on the
go-kart CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0273 (the
first layer of the tanh MLP with RMSprop on the Friedman regression), single steps at most 0.366
(the output layer of the ELU MLP with Adagrad on the pizza CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.338 (its output layer; 0.159 in its first),
12 times the healthy extreme, with single steps up to 22.5 (9.5 in its first layer), 61 times the
healthy one; the expected ``update_ratio_low`` runs sit at 0 to 1.9e-9 in quarter means, single
steps up to 1.25e-8 (RMSprop at LR 1e-10 on the Friedman regression), and 0 to 1.8e-11, single
steps up to 2.0e-11 (SGD with momentum at LR 1e-10 on the pizza CSV), where the healthy runs'
smallest quarter mean is 9.7e-6 (the output layer of the sigmoid MLP with AdamW at the end of a
cosine schedule on the Friedman regression). Dead-unit fraction 0 at any time in every kept
healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds every unit
after the snail CNN's second convolution and every dense unit (none after its first convolution)
once SGD with momentum at LR 10 blows it up. The saturated fraction per layer is at most 0.0062
in the kept healthy tanh and sigmoid runs (the tanh MLP with RMSprop on the pizza CSV); the
expected ``saturated_activation`` run holds 0.958 and 0.943 in its two layers (its maximum and
last value alike). The exploding run's gradient norms sit at 5.0e4-3.7e5 (quarter means 1.2e5 to
2.2e5) with its epoch loss at 2.525e5 from the first epoch and never NaN (the healthy runs'
largest single norm 134: the output layer of the sigmoid MLP with RMSprop on the Friedman
regression); the vanishing run's first layer at 2.2e-18 to 8.2e-18 against up to 0.71 at the
output, its first twelve layers' update ratio 0. The step-loss position in the epoch explains
99.5% of the within-epoch variance over the second half in the sorted 80-feature set (the healthy
runner runs at most 13.6%: the leaky-ReLU MLP with Adam on the 80-feature set; 12.8% on the pizza
CSV). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 1.27 times its mean in the kept healthy runner runs (the ReLU MLP with Adam on the
80-feature set) and at most 1.68 in the healthy scripts (the loop's breast cancer). Healthy runs
reach a validation score close to what the data allow (accuracy 1.0 on the pizza CSV, where the
run's ``baseline/val_accuracy`` is 1.0; 0.9288-0.9365 on the 80-feature set, where the baseline is
0.9423; R2 0.6925-0.6946 on the Friedman regression, where the baseline is 0.6996; for the scripts
1.0 (TensorBoard's, Trainer's, Keras', Lightning's and the loop's wine), 0.9667 (TensorBoard's,
Trainer's and Keras' iris) and 0.9561 (TensorBoard's, Trainer's, Keras', Lightning's and the
loop's breast cancer)); their validation loss does not rise at the end (every kept healthy run's
is lowest at its last epoch but four: the sigmoid MLPs with AdamW and with Adam on the Friedman
regression, lowest at epoch 16 of 30 and 0.096% and 0.088% above it at the end, the tanh MLP
with RMSprop on the Friedman regression (epoch 23 of 30, 0.20%) and Lightning's wine (epoch 39 of
40, 0.18%)), the training loss has flattened (the epoch loss falls at most 1.7% over the last
epoch in the runner runs, the tanh MLP with RMSprop on the pizza CSV from 0.0356, 0.94% on the
80-feature set and 0.12% on the Friedman regression; 4.0% and 4.9% in Keras' breast cancer and
wine and 2.3% in its iris, 2.6% and 3.9% in Lightning's breast cancer and wine, all near their
floor with the validation loss lowest at or next to the end; the mean step loss of TensorBoard's
and the loop's last epoch at most 4.4% below the one before (TensorBoard's iris); the Trainer's
logged loss, a mean over 2 steps, swings between 0.02 and 0.25 over its last epochs without a
trend while its evaluation loss is lowest at the end), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.063, the leaky-ReLU MLP with AdamW on the
80-feature set, training 0.9917; among the scripts 0.038, TensorBoard's and Keras' breast cancer,
training 0.9941; the largest R2 gap: 0.079, the tanh MLP with RMSprop on the Friedman regression,
training 0.7714, far from ~1), and they expect no finding of severity warning or worse.

Healthy candidates dropped (33 trained, 29 kept): on the pizza CSV the leaky-ReLU MLP with RMSprop
at batch 20 (its epoch loss fell 2.7% over its last epoch, above every other runner run's 1.7%);
on the Friedman regression the tanh MLP with Adam at batch 26 (its validation loss lowest at
epoch 7 of 30 and 1.7% above it at the end, an R2 gap of 0.127); on the 80-feature set the ELU
MLP with Adagrad at batch 23 (accuracy 0.8981, its validation loss lowest at epoch 3 of 15 and
3.6% above it at the end) and the tanh MLP with Adam at batch 29 (accuracy 0.8923, lowest at
epoch 4 of 15 and 5.2% above it). One candidate was added after the first round (the leaky-ReLU
MLP with Adam at batch 31 on the 80-feature set, trained once). The figures above are from the
kept runs only. No healthy run on the snail images, on the quantiles, on the go-kart CSV, on the
sine or on digits is in the part: their faults are read against the run's own numbers and its
baseline.

Labels read from the metrics: the go-kart divergence climbs from a step loss of 1.8e5 to 1.8e6,
1.4e12 and 2.2e32 and is Inf at step 5, where the run stops (FAILED), so ``divergence`` and
``nan_loss`` are expected; Adagrad at LR 30 on the quantiles throws the step loss from 1.77 (near
ln 6) to 390 by step 4 and ends its three epochs at 113.9, 41.8 and 30.4 (the last step 25.1, 14
times the first), never NaN, accuracy 0.1548 (0.012 below 1/6) with 21% of the test predictions
in one class, so ``divergence`` and ``at_chance`` are expected and ``predictions_collapsed`` not
allowed; the exploding run ends at 0.3654 (0.031 above the majority share) with 81% of the test
predictions in one class and its epoch loss flat at 2.525e5, so ``not_training`` and
``at_chance`` are expected beside ``exploding_gradients`` and ``predictions_collapsed`` allowed;
the snail CNN under SGD with momentum at LR 10 blows up to a step loss of 4.3e4 at step 3 (the
epoch loss 969, 6.1 and 11.6, the first step 1.41), accuracy 0.2433 (0.027 below the majority
share) with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run throws its
first epoch about (the step loss up to 286 from 1.32, the epoch loss 9.64), then its loss is 0
with accuracy 1.0 (the oven's states part cleanly, so later updates are 0 and
``update_ratio_low`` is allowed), so ``update_ratio_high`` is expected alone and, as in
:mod:`.heldout73` to :mod:`.heldout77`, the verdict is a training problem; RMSprop at LR 1e-10 on
the Friedman regression ends at R2 -8.68 (the epoch loss 244.5 at every epoch); SGD with momentum
at LR 1e-10 on the pizza CSV (the epoch loss 1.394 at every epoch) ends at 0.18, 0.073 below the
majority share 0.2533, with 83% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are only allowed; the vanishing run ends at 0.1667 (1/6) with every
test prediction in one class and its epoch loss at 1.809 to 1.793 (ln 6 is 1.792), so
``at_chance`` and ``predictions_collapsed`` are expected beside ``vanishing_gradients`` and
``not_training`` only allowed; the saturated run ends at 0.3231 (0.012 below the majority share;
the epoch loss 26.0 at every epoch) with 36% of the test predictions in one class, so
``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the slow start of
the snail CNN under SGD with Nesterov momentum at LR 1.5e-3 lingers near ln 4 for a dozen epochs
(the epoch loss 1.389, 1.383, 1.380, 1.377 and on to 1.345 at epoch 12, 3.2% below its first
epoch), then falls fast to 0.158 and still falls 7.1% over its last epoch (0.170 to 0.158) with
the validation loss lowest at the end (accuracy 0.9167, training 0.9733, the baseline 0.9467), so
``slow_start`` and ``not_converged`` are expected and ``underfitting`` allowed; the sorted
80-feature set ends at 0.8962 (the baseline 0.9423) with its epoch loss falling 5.1% over the
last epoch and the validation loss lowest at epoch 5 and 0.8% above it at the end, so
``unshuffled_data`` is expected alone and ``not_converged`` and ``overfitting`` allowed (neither
clear); the square-error pizza run reaches accuracy 1.0 while its epoch loss still falls 22% over
its last epoch (9.5e-4 to 7.4e-4, from 0.181 in the first) with the validation loss lowest at the
end, so ``not_converged`` is expected beside ``loss_mismatch`` (no unit dead, nothing allowed);
the batch-1 80-feature run's step loss swings 9.7 times its mean step to step over the second
half (7.6 times the healthy runner runs' 1.27, 5.8 times the healthy scripts' 1.68) while its
validation loss, lowest at the first epoch (0.3116), ends at 0.5042 (62% above it) as the epoch
loss falls from 0.352 to 0.064, so ``noisy_loss`` and ``overfitting`` are expected as in
:mod:`.heldout75` to :mod:`.heldout77` (accuracy 0.9135, training 0.959: no gap); the 75 rows of
the 80-feature set end at validation 0.8212 (training 1.0) with the validation loss lowest at
epoch 8 (0.4873) and rising steadily (read every fourth epoch) to 0.582 (19% above it), so
``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman regression (R2
-0.62, training 1.0; its validation loss lowest at epoch 5 (37.2) and flat at 39.85, 7.2% above
it, from epoch 10 on, while the training loss sits at 5e-13) expects ``generalisation_gap``
alone; Lightning's 40 rows of digits (validation 0.7242, training 1.0) have their validation loss
lowest at epoch 29 (0.8680) and creeping up by 1.45% to 0.8806 at epoch 90, a rise too small to
call clear, so ``generalisation_gap`` is expected alone and ``overfitting`` allowed; the 1-unit
leaky-ReLU net on the 80-feature set ends at 0.6269 (training 0.6647, the healthy runs 0.9288 and
up) with its epoch loss falling 0.25% over the last epoch and 56% of the test predictions in one
class, so ``underfitting`` is expected (``at_chance`` not allowed, 0.29 above the majority
share). Lightning's NaN on iris (the step loss 1.24 up to 1.3e37, then NaN from step 8) ends at
0.3333 (1/3), so ``at_chance`` is expected beside ``nan_loss`` and ``divergence``; Trainer's NaN
on wine (the logged loss 2.5e4 up to 1.75e36, then NaN from step 10) ends at 0.3333 (0.056 below
the majority share) and TensorBoard's NaN on breast cancer (0.88 up to 2.5e33, then NaN from step
8) at 0.3684 (the minority share), so ``at_chance`` is only allowed there; Keras' NaN on digits
(every epoch's loss NaN) ends at 0.1003, the majority share, so ``at_chance`` is expected beside
``nan_loss`` and ``divergence`` only allowed (no finite loss shows the blow-up). Trainer's stuck
iris (SGD with momentum at LR 1e-10, the evaluation loss 1.153 at every evaluation) scores 0.3333
(1/3), so ``not_training`` and ``at_chance`` are expected; Keras' stuck breast cancer (RMSprop at
LR 1e-10, the loss 0.6671 at every epoch) scores 0.5088, 0.12 below the majority share 0.6316,
and the loop's stuck iris (AdamW at LR 1e-10, the validation loss 1.144 throughout) 0.1, far
below 1/3, so ``not_training`` is expected and ``at_chance`` only allowed; TensorBoard's 1-unit
digits end at 0.2563 (training 0.2746) with the loss falling 0.26% and the validation loss 0.29%
over the last epoch (``underfitting``; ``at_chance`` not allowed, 0.16 above the majority share);
the loop's corrupt record makes the loss Inf at step 21 (the loss from 0.86 down to 0.10-0.28
before it).

Faults changed: the dead-unit run's first setting (SGD with momentum at LR 1) killed the units
(86% after the second convolution, every dense unit) but did not blow up (the step loss at most
1.89 from 1.41, the epoch loss 1.47 to 1.53), so it was made stronger: LR 0.3, 2, 3, 10 and 30
were tried as candidates (LR 2 and 3 rose only to epoch losses of 1.68 and 1.90) and LR 10 was
kept (renamed ``h78_dead_relu_snail_cnn_momentum_lr10``) and trained once as the case. Smaller
learning rates for the go-kart divergence (Nesterov momentum at LR 0.002 to 0.02) were tried to
look for one that never turns Inf; each went Inf within 8 steps, so the first setting (LR 0.05)
was kept and labelled from its metrics (``nan_loss`` expected beside ``divergence``). The first
labels were written before the runs and then set from the metrics as above: ``nan_loss`` added to
the go-kart divergence's expected codes (written as allowed); ``at_chance`` added to the expected
codes of the vanishing run, Lightning's NaN, Keras' NaN and Trainer's stuck iris (written as
allowed or not at all); ``predictions_collapsed`` expected in the vanishing run (written as
allowed) and allowed in the exploding run and the stuck pizza run (written not at all);
``not_converged`` expected in the slow start and the square-error run (written as allowed);
``overfitting`` expected in the batch-1 run (written as allowed) and only allowed in Lightning's
40 rows of digits (written as expected); ``update_ratio_high`` allowed in the unshuffled, the
batch-1, the 45-row and the 1-unit runs and ``exploding_gradients`` in the 45-row run, where the
metrics show them (written not at all); allowed codes the metrics rule out dropped (the slow
start's ``overfitting``, the square-error run's and the 1-unit net's ``dead_relu``, the quantiles
divergence's ``overfitting``).


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

# a snail crawling right in a 5x5 cell (a spiral shell on its back to the left, its head with
# two feelers to the right, its foot along the bottom), turned by 90 degrees at a time for the
# other three directions
_SNAIL_RIGHT = np.array([[1, 1, 1, 0, 1],
                         [1, 0, 1, 0, 1],
                         [1, 1, 0, 0, 1],
                         [1, 1, 1, 1, 1],
                         [0, 1, 1, 1, 1]], dtype=float)
_SNAILS = turned(_SNAIL_RIGHT)


def snails(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 snail glyph at a random place (4 classes: the snail turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SNAILS, n, size, noise, flip, seed)


def _pizza_oven_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A wood-fired pizza oven's state (0 cold, 1 firing up, 2 baking, 3 cooling down) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    dome_c = np.array([30.0, 280.0, 450.0, 220.0])[cls] + rng.normal(0, 25.0, n)
    floor_c = np.array([28.0, 190.0, 400.0, 260.0])[cls] + rng.normal(0, 20.0, n)
    flame_kw = np.array([0.0, 9.0, 5.0, 0.5])[cls] + rng.normal(0, 0.8, n)
    door_open_pct = np.array([5.0, 20.0, 60.0, 30.0])[cls] + rng.normal(0, 8.0, n)
    flue_c = np.array([25.0, 310.0, 240.0, 120.0])[cls] + rng.normal(0, 20.0, n)
    ambient_c = rng.uniform(8.0, 36.0, n)
    wood_kg = rng.uniform(0.0, 25.0, n)
    return (["dome_c", "floor_c", "flame_kw", "door_open_pct", "flue_c", "ambient_c",
             "wood_kg", "state"],
            np.column_stack([dome_c, floor_c, flame_kw, door_open_pct, flue_c, ambient_c,
                             wood_kg, cls]))


def _gokart_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A go-kart track's drivers a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    karts_ready = rng.integers(10, 31, n).astype(float)
    temp_c = rng.uniform(-4, 35, n)
    rain_mm = rng.uniform(0, 30, n)
    school_break = rng.integers(0, 2, n).astype(float)
    race_night = rng.integers(0, 2, n).astype(float)
    drivers = (140 + 9.0 * karts_ready - 4.0 * rain_mm + 2.2 * temp_c + 70.0 * school_break
               + 120.0 * race_night + 90.0 * (weekday >= 5) + rng.normal(0, 20.0, n))
    return (["weekday", "karts_ready", "temp_c", "rain_mm", "school_break", "race_night",
             "drivers"],
            np.column_stack([weekday, karts_ready, temp_c, rain_mm, school_break, race_night,
                             drivers]))


def _pizza(**sections: Any) -> Any:
    return _csv("pizza_oven_state_h78", _pizza_oven_csv, "state", "classification", 784,
                **sections)


def _gokart(**sections: Any) -> Any:
    return _csv("gokart_track_daily_drivers_h78", _gokart_csv, "drivers", "regression", 785,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout78"
SN4 = _factory(f"{HERE}:snails", seed=780)
GQ628 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=28,
                 n_classes=6, random_state=781)
CL80 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=80,
                n_informative=28, n_redundant=8, n_classes=3, class_sep=2.2, random_state=782)
FR82 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=82, noise=0.8,
                random_state=783)
SNCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 14}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h78_divergence_gokart_nesterov_relu", "the go-kart track daily-drivers CSV (targets "
         "unscaled, in the hundreds), 36-unit ReLU MLP, SGD with Nesterov momentum 0.9 at LR "
         "0.05, batch 24",
         _gokart(model={"hidden": [36]},
                 optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "nesterov": True},
                 train={"epochs": 3, "batch_size": 24}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.8e5 to 1.8e6, 1.4e12 and 2.2e32, then "
                               "Inf at step 5, where the run stops; update ratios from 7.4 "
                               "up"),
         verdict="failed"),
    Case("h78_divergence_gq628_adagrad_lr30_tanh", "82x41 tanh MLP on the 6-class quantiles "
         "in 28 dimensions, Adagrad at LR 30, batch 28",
         {"data": GQ628, "model": {"hidden": [82, 41], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.77 (near ln 6) up to 390 by step 4, "
                               "the epoch loss 113.9, 41.8 and 30.4 (still falling back, 27% "
                               "over the last epoch, 14 times the first step at the end), "
                               "never NaN; 99% of the tanh units saturated; update ratios up "
                               "to 475 in single steps"),
         verdict="failed"),
    Case("h78_exploding_cl80_10x21_leaky_std1_adamw", "10x21 leaky-ReLU MLP with N(0, 1) init "
         "on the 80-feature set, AdamW at LR 1e-12, batch 30",
         {"data": CL80, "model": {"hidden": [21] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 2.525e5 at every epoch), far "
                      "above ln 3 from the first step; the tiny steps do not move the wide "
                      "weights (update ratio 0); up to 14.3% of a layer's units never above "
                      "zero; 81% of the test predictions in one class"),
         verdict="failed"),
    Case("h78_dead_relu_snail_cnn_momentum_lr10", "the snail CNN (8, 14 channels, 24 hidden), "
         "SGD with momentum 0.9 at LR 10, batch 20",
         {"data": SN4, "model": SNCNN, "optim": {"name": "sgd", "lr": 10.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 20}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.41 (near ln 4) up to 4.3e4 at step 3, "
                               "the epoch loss 969, 6.1 and 11.6; every unit after the "
                               "second convolution and every dense unit dead, their "
                               "gradients 0 from then on; update ratios up to 1372 in "
                               "single steps"),
         verdict="failed"),
    Case("h78_update_ratio_high_pizza_adagrad_lr2_leaky", "Adagrad at LR 2 on the pizza oven "
         "CSV, 46 leaky-ReLU units, batch 25, 8 epochs",
         _pizza(model={"hidden": [46], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 2.0},
                train={"epochs": 8, "batch_size": 25}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 286 "
                      "from 1.32, the epoch loss 9.64), then the loss sits at 0 with accuracy "
                      "1.0, so the gradients and the updates are 0 from the second epoch on; "
                      "gradient norms up to 20 in the throws; 6.5% of the leaky units never "
                      "above zero after them"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h78_rmsprop_lr1e10_fr82", "the 82-feature Friedman regression, 44x22 sigmoid MLP, "
         "RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": FR82, "model": {"hidden": [44, 22], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -8.68, far below the baseline (0.6996) and the healthy runs",
         verdict=TP),
    Case("h78_momentum_lr1e10_pizza", "the pizza oven CSV, 38x19 tanh MLP, SGD with momentum "
         "0.9 at LR 1e-10, batch 27, 4 epochs",
         _pizza(model={"hidden": [38, 19], "activation": "tanh"},
                optim={"name": "sgd", "lr": 1e-10, "momentum": 0.9},
                train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.394 at every epoch; the untrained net scores 0.18, "
                      "0.073 below the majority share (0.2533), with 83% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h78_vanishing_sigmoid_gq628_20x13_sgd", "20x13 sigmoid MLP on the 6-class "
         "quantiles, plain SGD at LR 0.05, batch 31, 4 epochs",
         {"data": GQ628, "model": {"hidden": [13] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move (update ratio 0 in the first twelve), a "
                      "side effect of the vanishing gradients; the epoch loss 1.809 to 1.793 "
                      "(ln 6 is 1.792)"),
         verdict=TP),
    Case("h78_saturated_tanh_cl80_std5_nesterov", "2x44 tanh MLP with N(0, 5) init on the "
         "80-feature set, SGD with Nesterov momentum 0.9 at LR 1e-9, batch 31",
         {"data": CL80, "model": {"hidden": [44, 44], "activation": "tanh",
                                  "init": "normal", "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 4e-10); the loss far above ln 3 from the start "
                      "(the epoch loss 26.0 at every epoch)"),
         verdict=TP),
    Case("h78_slow_start_snail_cnn_nesterov", "the snail CNN, SGD with Nesterov momentum 0.9 "
         "at LR 1.5e-3, batch 20, 40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": SN4, "model": SNCNN,
          "optim": {"name": "sgd", "lr": 1.5e-3, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 40, "batch_size": 20}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu"),
         why_allowed=("no healthy snail run is in the part (accuracy 0.9167, training "
                      "0.9733, the baseline 0.9467); up to 25% of the dense units dead on "
                      "the way (16.7% at the end)"),
         verdict=TP),
    Case("h78_unshuffled_cl80_adagrad_elu", "the 80-feature set sorted by label, never "
         "shuffled, 56x28 ELU MLP, Adagrad at LR 0.01, batch 35, 8 epochs",
         {"data": {**CL80, "order": "by_label", "shuffle": False},
          "model": {"hidden": [56, 28], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "not_converged", "update_ratio_high"),
         why_allowed=("accuracy 0.8962 (training 0.9583), below the baseline 0.9423 and the "
                      "healthy runs (0.9288 and up); the epoch loss still falls 5.1% over "
                      "the last epoch (0.1547 to 0.1467) while the validation loss, lowest "
                      "at epoch 5 (0.3152), ends 0.8% above it; Adagrad's first steps on "
                      "one class at a time reach a quarter-mean update ratio of 0.029, at "
                      "the healthy edge (0.0273)"),
         verdict=TP),
    Case("h78_mse_softmax_pizza_momentum", "the pizza oven CSV trained with square error on "
         "the softmax, SGD with momentum 0.9 at LR 0.05, 30x15 ReLU MLP, batch 27, 10 epochs",
         _pizza(model={"hidden": [30, 15]},
                optim={"name": "sgd", "lr": 0.05, "momentum": 0.9},
                train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         verdict=TP),
    Case("h78_noisy_cl80_b1_sgd", "the 80-feature set one row at a time (batch 1), plain SGD "
         "at LR 0.05, 25-unit ReLU MLP, 4 epochs",
         {"data": CL80, "model": {"hidden": [25]}, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("underfitting", "divergence", "unshuffled_data", "not_converged",
                "update_ratio_high"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 14.2; "
                      "single update ratios up to 0.42); the epoch loss still falls 51% over "
                      "the last epoch (0.1305 to 0.0638); accuracy 0.9135, a little below the "
                      "healthy runs (0.9288 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h78_overfit_cl80_subset75_momentum", "75 rows of the 80-feature set, MLP of 280 "
         "and 140 units, SGD with momentum 0.9 at LR 0.01, 80 epochs, batch 8",
         {"data": {**CL80, "subset": 75}, "model": {"hidden": [280, 140]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8212 (the healthy "
                      "runs 0.9288 and up); the epoch loss, near 0 (5.8e-4), falls 1.5% "
                      "over the last epoch; 0.7% of the second layer's units dead"),
         verdict=GP),
    Case("h78_gap_fr82_subset45_adagrad", "45 rows of the 82-feature Friedman regression, MLP "
         "of 210 and 105 units, Adagrad at LR 0.05, 150 epochs, batch 9",
         {"data": {**FR82, "subset": 45}, "model": {"hidden": [210, 105]},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients", "update_ratio_high",
                "exploding_gradients"),
         why_allowed=("45 rows teach less (R2 -0.62, training 1.0, the run's baseline "
                      "0.1087); the validation loss, thrown about in the first epochs (61, "
                      "139, 55, 62), is lowest at epoch 5 (37.2) and flat at 39.85 (7.2% "
                      "above it) from epoch 10 on, the training loss near 0 (5e-13), where "
                      "the updates and gradients die away and the step loss swings about its "
                      "tiny mean; Adagrad's first steps on 45 rows reach single update "
                      "ratios of 1.17 and gradient norms of 726 while the loss falls from "
                      "278; up to 59% of the second layer's units dead"),
         verdict=GP),
    Case("h78_underfit_cl80_one_leaky_unit_adagrad", "the 80-feature set through 1 leaky-ReLU "
         "unit, Adagrad at LR 0.05, batch 32, 15 epochs",
         {"data": CL80, "model": {"hidden": [1], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "update_ratio_high"),
         why_allowed=("the epoch loss falls 0.25% over the last epoch; the one unit's 80 "
                      "weights are small beside Adagrad's steps (quarter means up to 0.049, "
                      "single steps up to 0.77), a side effect of the 1-unit net"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h78_lightning_iris_nesterov_lr400_nan", "Lightning: iris, SGD with Nesterov "
         "momentum 0.9 at LR 400, 19 units, batch 9, 4 epochs",
         script=lightning_run(_s("iris", hidden=(19,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=9, optim_args={"momentum": 0.9,
                                                           "nesterov": True})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.24 up to 1.3e37, then NaN from step 8",
         verdict="failed"),
    Case("h78_lightning_digits_subset40_adagrad_gap", "Lightning: 40 rows of digits, 140 "
         "units, Adagrad at LR 0.02, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(140,), optim="adagrad", lr=0.02,
                                 epochs=90, batch_size=5, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7242, training 1.0); the validation loss, lowest at epoch "
                      "29 (0.8680), creeps up at every later epoch to 0.8806 (1.45% above "
                      "it) while the training loss falls from 0.0046 to 0.0012"),
         verdict=GP),
    Case("h78_hf_trainer_wine_sgd_lr500_nan", "Hugging Face Trainer names: wine, plain SGD at "
         "LR 500 (decaying linearly), 23 units, batch 10, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(23,), optim="sgd", lr=500.0, epochs=3,
                                  batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 2.5e4 up to 1.75e36, then NaN from step 10; "
                               "accuracy 0.3333, 0.056 below the majority share (0.3889)"),
         verdict="failed"),
    Case("h78_hf_trainer_iris_momentum_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.9 at LR 1e-10 (decaying linearly), 27 units, batch 9, 5 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(27,), optim="sgd", lr=1e-10, epochs=5,
                                  batch_size=9, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the evaluation loss stays at 1.153 (accuracy 0.3333)",
         verdict=TP),
    Case("h78_keras_digits_momentum_lr400_nan", "Keras names: digits, SGD with momentum 0.9 "
         "at LR 400, 21 units, batch 13, 3 epochs",
         script=keras_run(_s("digits", hidden=(21,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=13, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h78_keras_cancer_rmsprop_lr1e10_stuck", "Keras names: breast cancer, RMSprop at LR "
         "1e-10, 29 units, batch 12, 4 epochs",
         script=keras_run(_s("breast_cancer", hidden=(29,), optim="rmsprop", lr=1e-10,
                             epochs=4, batch_size=12)),
         tool="keras", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the loss stays at 0.6671; the untrained net scores 0.5088, 0.12 "
                      "below the majority share (0.6316)"),
         verdict=TP),
    Case("h78_tensorboard_cancer_momentum_lr400_nan", "TensorBoard tags: breast cancer, SGD "
         "with momentum 0.9 at LR 400, 24 units, batch 12, 3 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(24,), optim="sgd", lr=400.0,
                                   epochs=3, batch_size=12, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.88 up to 2.5e33, then NaN from step 8; "
                               "accuracy 0.3684, the minority share, far below the majority "
                               "share"),
         verdict="failed"),
    Case("h78_tensorboard_digits_one_unit_adagrad", "TensorBoard tags: digits through 1 ReLU "
         "unit, Adagrad at LR 0.05, batch 24, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="adagrad", lr=0.05, epochs=20,
                                   batch_size=24)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2563 "
                      "(training 0.2746); the loss falls 0.26% and the validation loss "
                      "0.29% over the last epoch"),
         verdict=TP),
    Case("h78_plain_corrupt_record_sine_sgd", "hand-written loop: sine regression with noise "
         "0.2, plain SGD at LR 0.05, 31 units, batch 16, a corrupt record (x = 1e30) at step "
         "21 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(31,), optim="sgd", lr=0.05, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h78_plain_iris_adamw_lr1e10_stuck", "hand-written loop: iris, AdamW at LR 1e-10, 25 "
         "units, batch 8, 5 epochs",
         script=plain_run(_s("iris", hidden=(25,), optim="adamw", lr=1e-10, epochs=5,
                             batch_size=8)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.144; the untrained net scores 0.1, far "
                      "below 1/3"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (

    _h("healthy78_pizza_tanh_adamw_b22",
       _pizza(model={"hidden": [43], "activation": "tanh"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy78_pizza_elu_adam_b26",
       _pizza(model={"hidden": [47], "activation": "elu"},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy78_pizza_sigmoid_adam_b24",
       _pizza(model={"hidden": [53], "activation": "sigmoid"},
              optim={"lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy78_pizza_tanh_rmsprop_b30",
       _pizza(model={"hidden": [41], "activation": "tanh"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 30})),
    _h("healthy78_pizza_relu_adam_b18",
       _pizza(model={"hidden": [49]},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 18})),
    _h("healthy78_pizza_elu_adagrad_b32",
       _pizza(model={"hidden": [55], "activation": "elu"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 32})),
    _h("healthy78_pizza_sigmoid_adamw_b28",
       _pizza(model={"hidden": [57], "activation": "sigmoid"},
              optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 28})),
    _h("healthy78_pizza_leaky_adamw_b23",
       _pizza(model={"hidden": [45], "activation": "leaky_relu"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 23})),
    _h("healthy78_fr82_sigmoid_adamw_b29",
       {"data": FR82, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy78_fr82_sigmoid_rmsprop_b25",
       {"data": FR82, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy78_fr82_tanh_rmsprop_b33",
       {"data": FR82, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 33}}),
    _h("healthy78_fr82_sigmoid_adam_b31",
       {"data": FR82, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 31}}),
    _h("healthy78_cl80_relu_adam_b25",
       {"data": CL80, "model": {"hidden": [78]},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy78_cl80_leaky_adamw_b27",
       {"data": CL80, "model": {"hidden": [82], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy78_cl80_relu_rmsprop_b21",
       {"data": CL80, "model": {"hidden": [74]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _h("healthy78_cl80_leaky_adam_b31",
       {"data": CL80, "model": {"hidden": [86], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _hs("healthy78_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(44,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=18)), "tensorboard"),
    _hs("healthy78_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(47,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=11)), "tensorboard"),
    _hs("healthy78_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(41,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=11)), "tensorboard"),
    _hs("healthy78_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(45,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy78_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(49,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy78_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(42,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=15), logging_steps=2), "transformers"),
    _hs("healthy78_keras_iris_adamw",
        keras_run(_s("iris", hidden=(43,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=11)), "keras"),
    _hs("healthy78_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(46,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=18)), "keras"),
    _hs("healthy78_keras_wine_adam",
        keras_run(_s("wine", hidden=(48,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=11)), "keras"),
    _hs("healthy78_lightning_cancer_adamw_b22",
        lightning_run(_s("breast_cancer", hidden=(40,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=22)), "lightning"),
    _hs("healthy78_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(44,), optim="adamw", lr=3e-3, epochs=40,
                         batch_size=11)), "lightning"),
    _hs("healthy78_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(48,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=18)), "pytorch"),
    _hs("healthy78_plain_wine_adam",
        plain_run(_s("wine", hidden=(46,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=11)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
