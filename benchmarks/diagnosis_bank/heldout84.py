"""The eighty-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout85`, after :mod:`.heldout82` and :mod:`.heldout83` and
before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout83` in its combination of data set (new here: a 10x10 image set of a watering can (a
handle arching over the top, the spout's tip up at one end and a body of three columns in a 5x5
cell, turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with
noise 0.3 and 2% random labels (seed 840); 6-class Gaussian quantiles in 36 dimensions (4200
samples); a 92-feature 5-class set (2700 samples, 30 informative, 8 redundant, class separation
2.5); a 94-feature Friedman-1 regression (2000 samples, noise 0.7); a coffee roaster's phase CSV
(charging, drying, browning through first crack, cooling in the tray: 4 classes from 7 readings)
and an archery range's daily archers regression CSV (in the hundreds), besides the script tools'
shipped sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.25),
model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a
CNN of 7 and 14 channels), optimiser (Adam, AdamW, RMSprop, Adagrad, Adadelta, plain SGD, SGD
with momentum or Nesterov momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The
glyph, the two CSV themes and the sklearn settings were checked against the bank's parts as
unused. The two CSV files are written under their own names (``coffee_roaster_phase_h84``,
``archery_range_daily_archers_h84``) with seeds 841 and 842; the sklearn sets use random states
843 to 845. The fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout80` to :mod:`.heldout83` did: divergence under SGD with Nesterov momentum in a tanh
net on the unscaled archery range's archers (momentum in leaky-ReLU nets and plain SGD in tanh
and ELU nets before), divergence under RMSprop at LR 30 in an ELU net on the 6-class quantiles
(AdamW in sigmoid nets, Adam in tanh and ReLU nets before), exploding gradients in a 10-layer
leaky-ReLU net with N(0, 1) init under SGD with Nesterov momentum on the 92-feature set (plain SGD
in ReLU nets, momentum and Adagrad in ELU nets before), units killed by SGD with momentum at LR 8
in the watering-can CNN (plain SGD at LR 20, Nesterov momentum and Adam before), a high update
ratio from AdamW at LR 1 in a leaky-ReLU net on the roaster CSV (Adam in leaky-ReLU nets, RMSprop
in ReLU and tanh nets before), a tiny learning rate under Adadelta on the Friedman regression
(plain SGD, momentum, Nesterov momentum and AdamW before) and under Adagrad on the roaster CSV
(Adam, plain SGD, RMSprop and Nesterov momentum before), vanishing gradients under plain SGD in a
20-layer sigmoid net on the 92-feature set (Nesterov momentum and RMSprop on the feature sets,
plain SGD on a state CSV, momentum on the quantiles before), saturation of tanh units with N(0, 5)
init under SGD with momentum on the roaster CSV (Adam, plain SGD and AdamW on the quantiles
before), a slow start of the watering-can CNN with N(0, 0.01) init under AdamW (Adadelta, Adam,
momentum and plain SGD before), the unshuffled 92-feature set under SGD with momentum in a tanh
net (plain SGD in ReLU nets, Adam in a sigmoid net, Nesterov momentum in a tanh net before),
square error with AdamW on the roaster CSV (Adagrad and RMSprop before), the 92-feature set one
row at a time under AdamW (a noisy loss; Adam, Nesterov momentum, momentum and RMSprop before),
an overfit 65-row 92-feature set under Adam (Nesterov momentum, AdamW and Adagrad before) and a
40-row Friedman regression under SGD with momentum (AdamW, Nesterov momentum and RMSprop before),
an underfit 1-unit leaky-ReLU net under Adam on the 92-feature set (tanh units under Nesterov
momentum and momentum, an ELU unit under AdamW before), Lightning's NaN on iris under SGD with
Nesterov momentum and its 40 rows of digits under RMSprop (a gap), Trainer's NaN on breast cancer
under plain SGD and its stuck iris under AdamW, Keras' NaN on digits under SGD with momentum and
its 35 rows of digits under SGD with momentum (a gap), TensorBoard's NaN on wine under SGD with
momentum and its stuck breast cancer under Adagrad, the hand-written loop's corrupt record on the
sine under Adam and its stuck digits under Adam. The sibling :mod:`.heldout85` was not looked at;
every script case (faults and healthy runs alike) holds a hidden width of 70 to 79, a range given
to this part alone. The cases are spread over the tools (sixteen runner faults; two faults for
each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes
(four runner runs broken (a divergence into Inf, a divergence that never turns NaN, exploding
gradients, dead units that end a blow-up) and five scripts (Lightning's, Trainer's, Keras' and
TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training`` expected in four runner
runs and three scripts; ``predictions_collapsed`` in four runner runs; ``at_chance`` in four
runner runs and three scripts; one overfit runner run with a generalisation gap, one runner
regression and two scripts with a gap alone; three runner regressions among the faults;
``noisy_loss`` expected in one runner run, ``not_converged`` in three and ``slow_start`` in one;
``underfitting`` in two runner runs), and the healthy runner runs over three data sets (the roaster
CSV, the Friedman regression and the 92-feature set), and the healthy scripts on breast cancer,
wine and iris (TensorBoard, Trainer and Keras) and breast cancer and wine (Lightning and the
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
default and every case's own (no case sets one); no other seed was checked. Every run was trained
once with its final setting (two fault settings and one healthy setting were changed after their
first run: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75`, :mod:`.heldout77`, :mod:`.heldout79`, :mod:`.heldout81` and
:mod:`.heldout83`): the state a run ends in is *expected* where its metrics show it, the
mechanisms on the way are *allowed* with their reason (``why_allowed``). ``at_chance`` is expected
when the final validation accuracy is within 0.05 of the better of 1/K and the majority-class
share (allowed up to 0.1 above it, and when it is far below it); ``predictions_collapsed`` when at
least 90% of the test predictions fall in one class (allowed from 60%), read from the run's
confusion matrix. Runs logged by other tools have no confusion matrix, so there
``predictions_collapsed`` is never expected. ``overfitting`` is expected when the validation loss
clearly rises after its minimum while the training loss falls; ``generalisation_gap`` when the
training score ends ~1 and the validation score at least 0.1 lower (accuracy, or R2 on a
regression); ``divergence`` when the training loss explodes or ends clearly above its start;
``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss repeats one
pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it counts at
severity info); ``underfitting`` when both scores are clearly below what a healthy run of this
part on the same data reaches (or the run's baseline, where no healthy run is in the part) and
the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step than
any healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by
less than 5% over the run. A fault that came out weak was made stronger or relabelled from its
metrics, never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real
but the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of
the runner sets are balanced (stratified splits): the majority share is 0.1667 on the quantiles
(1/6), 0.2 on the 92-feature set (1/5), 0.2567 on the watering-can images and 0.2633 on the
roaster CSV (read from the test confusion matrices' rows); the scripts' validation splits hold a
majority share of 0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The
runs' baselines (``baseline/val_*``): accuracy 1.0 on the roaster CSV, 0.937 on the 92-feature
set, 0.85 on the watering-can images, 0.1786 on the quantiles, R2 0.7413 on the Friedman
regression and 0.946 on the archery CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0192 (the
first layer of the sigmoid MLP with RMSprop on the Friedman regression), single steps at most
0.351 (the output layer of the ReLU MLP with Adagrad on the roaster CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.204 (its output layer; 0.109 in its first),
10.6 times the healthy extreme, with single steps up to 11.7 (4.7 in its first layer), 33 times
the healthy one; the expected ``update_ratio_low`` runs sit at exactly 0 in every layer (Adadelta
at LR 1e-10 on the Friedman regression: the updates vanish below the weights' float resolution)
and at 0 to 2.6e-11 in quarter means, single steps up to 1.5e-10 (Adagrad at LR 1e-10 on the
roaster CSV), where the healthy runs' smallest quarter mean is 9.2e-6 (the output layer of the
sigmoid MLP with AdamW at the end of a cosine schedule on the Friedman regression). Dead-unit
fraction 0 at any time in every healthy ReLU, leaky-ReLU and ELU runner run; the expected
``dead_relu`` run holds 93% of the units after the watering-can CNN's second convolution and every
dense unit (none after its first convolution) once SGD with momentum at LR 8 blows it up. The
saturated fraction per layer is at most 0.0010 in the healthy tanh and sigmoid runs (the tanh MLP
with RMSprop on the roaster CSV); the expected ``saturated_activation`` run holds 0.860 and 0.952
in its two layers (its maximum and last value alike). The exploding run's gradient norms sit at
3.9e5-2.0e6 (quarter means 5.4e5 to 1.5e6) with its epoch loss at 2.45e6 from the first epoch and
never NaN (the healthy runs' largest single norm 130: the output layer of the sigmoid MLP with
RMSprop on the Friedman regression); the vanishing run's first layer at 6.7e-18 to 2.7e-17
against 0.034 to 1.17 at the output, its first eleven layers' update ratio 0. The step-loss
position in the epoch explains 94% of the within-epoch variance over the second half in the
sorted 92-feature set (the healthy runner runs at most 15.0%: the ReLU MLP with RMSprop on the
92-feature set). The standard deviation of the step loss's step-to-step change over the second
half of a run is at most 1.10 times its mean in the healthy runner runs (the ReLU MLP with Adagrad
on the 92-feature set) and at most 1.99 in the healthy scripts (Lightning's breast cancer).
Healthy runs reach a validation score close to what the data allow (accuracy 1.0 on the roaster
CSV, where the baseline is 1.0; 0.9296-0.9407 on the 92-feature set, where the baseline is 0.937
(test accuracy 0.9444-0.9481); R2 0.7394-0.747 on the Friedman regression, where the baseline is
0.7413; for the scripts 1.0 (TensorBoard's, Trainer's, Keras', Lightning's and the loop's wine),
0.9667 (TensorBoard's, Trainer's and Keras' iris), 0.9649 (Lightning's and the loop's breast
cancer), 0.9561 (TensorBoard's and Keras' breast cancer) and 0.9474 (Trainer's breast cancer,
its evaluation loss lowest at the end)); their validation loss does not rise at the end (every
healthy runner run's is lowest at its last epoch but two: the sigmoid MLPs with Adam at batch 28
and AdamW at batch 30 on the Friedman regression, lowest at epoch 18 of 30 and 0.19% and 0.13%
above it at the end; among the scripts only Lightning's breast cancer, lowest at epoch 26 of 30
and 0.09% above it at the end), the training loss has flattened (the epoch loss falls at most
2.94% over the last epoch in the runner runs, the leaky-ReLU MLP with RMSprop on the roaster CSV
from 0.0095, 0.80% on the 92-feature set and 0.04% on the Friedman regression; 4.4% and 2.6% in
Keras' wine and breast cancer (its iris rises 0.6%), 4.0% and 4.8% in Lightning's breast cancer
and wine, TensorBoard's, the loop's and the Trainer's runs near their floor with the validation
loss lowest at the end), no training score ends ~1 with the validation score 0.1 lower (the
largest accuracy gap: 0.064, the ReLU MLP with Adagrad on the 92-feature set, training 0.9932;
among the scripts 0.038, TensorBoard's breast cancer, training 0.9941; the largest R2 gap: 0.013,
the sigmoid MLP with Adam at batch 28 on the Friedman regression, training 0.7597, far from ~1),
and they expect no finding of severity warning or worse.

Healthy candidates replaced (31 trained, 29 kept): the loop's breast cancer under AdamW at LR 1e-3
with batch 17 (its validation loss lowest at epoch 23 of 25 and 0.82% above it at the end,
jittering on the way) by the loop's breast cancer under AdamW at LR 5e-4 with batch 16
(validation loss lowest at the end, accuracy 0.9649), trained once, healthy by every number above
(the figures above are from the kept runs only; an Adam run at LR 5e-4 with batch 17, as healthy,
was tried beside it and not kept). No healthy run on the watering-can images, on the quantiles,
on the archery CSV, on the sine or on digits is in the part: their faults are read against the
run's own numbers and its baseline.

Labels read from the metrics: the archery divergence falls from a step loss of 1.01e5 to 2.96e4 and
then climbs to 8.5e5, 1.1e7, 8.1e7, 2.2e9 and on to 7.0e36 and is Inf at step 31, where the run
stops (FAILED), so ``divergence`` and ``nan_loss`` are expected; RMSprop at LR 30 on the quantiles
throws the step loss from 1.77 (near ln 6) up to 1.0e11 and ends its three epochs at 2.4e9, 6.2e5
and 8.9e5, never NaN, accuracy 0.1655 (1/6 is 0.1667) with 99% of the test predictions in one class,
so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends
at 0.1981 (the majority share 0.2) with every test prediction in one class and its epoch loss flat
at 2.45e6 (0.45% down over the run), so ``not_training``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``exploding_gradients``; the watering-can CNN under
SGD with momentum at LR 8 ends its three epochs at 4.18, 4.32 and 4.54, three times its first step
(1.46), accuracy 0.25 (the majority share 0.2567) with every test prediction in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the
high update ratio run throws its loss about for six epochs (the step loss up to 70 from 1.29, the
epoch loss 2.50, 0, 0.30, 0.94, 1.69 and 4.66), then its loss is 0 over the last two epochs with
accuracy 0.9967 (training 1.0, test 1.0), so ``update_ratio_high`` is expected alone and, as in
:mod:`.heldout73` to :mod:`.heldout83`, the verdict is a training problem; Adadelta at LR 1e-10 on
the Friedman regression ends at R2 -9.17 (the epoch loss 233.4 at every epoch); Adagrad at LR 1e-10
on the roaster CSV (the epoch loss 1.393 at every epoch) ends at 0.11, 0.15 below the majority share
(0.2633), with 85% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are only allowed beside ``not_training`` and ``update_ratio_low``; the
vanishing run ends at 0.2019 (the majority share 0.2) with every test prediction in one class and
its epoch loss at 1.620 to 1.611 (ln 5 is 1.609), so ``at_chance`` and ``predictions_collapsed`` are
expected beside ``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at
0.11 (0.15 below the majority share; the epoch loss 57.97 at every epoch) with 43% of the test
predictions in one class, so ``saturated_activation`` and ``not_training`` are expected and
``at_chance`` only allowed; the slow start of the watering-can CNN with N(0, 0.01) init under AdamW
at LR 3e-4 lingers at ln 4 for five epochs (the epoch loss 1.386, 1.386, 1.386, 1.384, 1.372, then
1.337 and on), then falls to 0.711 and flattens (0.7257, 0.7256, 0.7272, 0.7202, 0.7151 and 0.7112
over the last six epochs, 0.55% over the last) with the validation loss lowest at the end at
accuracy 0.5733 (training 0.6289, the baseline 0.85), so ``slow_start`` and ``underfitting`` are
expected and ``not_converged`` allowed; the sorted 92-feature set ends at 0.9259 (the baseline
0.937) with its epoch loss falling 13.9% over the last epoch (0.1454 to 0.1253) and the validation
loss 0.98% above its minimum at epoch 7, so ``not_converged`` is expected beside
``unshuffled_data``; the square-error roaster run reaches accuracy 1.0 while its epoch loss still
falls 23.7% over its last epoch (0.00101 to 0.00077, from 0.181 in the first) with the validation
loss lowest at the end, so ``not_converged`` is expected beside ``loss_mismatch``; the batch-1
92-feature run's step loss swings 7.3 times its mean step to step over the second half (6.6 times
the healthy runner runs' 1.10, 3.6 times the healthy scripts' 1.99) while its epoch loss still falls
36% over the last epoch (0.0730 to 0.0469), so ``noisy_loss`` and ``not_converged`` are expected
(accuracy 0.9389, training 0.9969: no gap); the 65 rows of the 92-feature set end at validation
0.7963 (training 1.0) with the validation loss lowest at epoch 8 (0.6068) and rising at every later
epoch to 0.6531 (7.6% above it) at epoch 80 while the training loss falls, so ``overfitting`` and
``generalisation_gap`` are expected; the 40-row Friedman regression (R2 -0.098, training 1.0; its
validation loss lowest at epoch 12, near 26 from epoch 25 on and 6.8% above it at the end, no clear
rise) expects ``generalisation_gap`` alone; the 1-unit leaky-ReLU net on the 92-feature set ends at
0.4074 (training 0.4481, the healthy runs 0.9296 and up) with its epoch loss falling 0.97% over the
last epoch and 46% of the test predictions in one class, so ``underfitting`` is expected
(``at_chance`` not allowed, 0.21 above the majority share). Lightning's NaN on iris (the step loss
1.18 up to 1.1e37, then NaN from step 8) ends at 0.3333 (1/3), so ``at_chance`` is expected beside
``nan_loss`` and ``divergence``; Trainer's NaN on breast cancer (the logged loss 3.2e4 up to 1.4e27,
then NaN from step 8) ends at 0.3684 (0.26 below the majority share) and TensorBoard's NaN on wine
(the step loss 0.94 up to 6.6e33, then NaN from step 9) at 0.3333 (0.056 below the majority share
0.3889), so both expect ``nan_loss`` and ``divergence`` and only allow ``at_chance``; Keras' NaN on
digits (every epoch's loss NaN) ends at 0.1003 (the majority share), so ``nan_loss`` and
``at_chance`` are expected and ``divergence`` only allowed (no finite loss shows the blow-up).
Trainer's stuck iris (AdamW at LR 1e-10, the evaluation loss 1.207 at every evaluation) scores 0.0,
far below 1/3, and TensorBoard's stuck breast cancer (Adagrad at LR 1e-10, the validation loss
0.7372 throughout) 0.4912, 0.14 below the majority share, so both expect ``not_training`` and only
allow ``at_chance``; the loop's stuck digits (Adam at LR 1e-10, the validation loss 2.329
throughout) scores 0.1003 (the majority share), so ``not_training`` and ``at_chance`` are expected;
Lightning's 40 rows of digits end at 0.6797 (training 1.0) with the validation loss lowest at epoch
39 (0.9978) and 2.2% above it at epoch 60, and Keras' 35 rows of digits at 0.7159 (training 1.0)
with the validation loss lowest at epoch 44 (0.8849) and 1.0% above it at the end, so both expect
``generalisation_gap`` alone and allow ``overfitting``; the loop's corrupt record makes the loss Inf
at step 17 (the loss from 0.95 down to 0.17-1.12 before it).

Faults changed after their first run: the archery divergence's first setting (Nesterov momentum
at LR 0.01) did not diverge (the step loss from 1.01e5 down to about 2e3, R2 0.78, a run that
learned), so LR 0.02 (learned too), 0.05 (blew up to 1.6e7 and came back to 5.2e3, R2 0.49), 0.2
and 1 in tanh units and LR 0.01 in ELU units were tried and LR 0.2 in tanh units (Inf at step 31)
was kept; the overfit run's first setting (Adam at LR 1e-3) had its validation loss lowest at
epoch 21 and only 4.1% above it at the end (validation 0.7852, training 1.0), a weak overfitting,
so LR 3e-3 on 65 rows and LR 1e-3 on 50 rows (7.0% above its minimum at epoch 15, validation
0.6889) were tried and LR 3e-3 (the earlier minimum, 7.6% above it) was kept (renamed
``h84_overfit_cl92_subset65_adam_lr3e3``). The first labels named only the injected mechanism
and its broken state; every other expected and allowed code and every verdict was then set from
the metrics as above.


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

# a watering can in a 5x5 cell: a handle arching over the top, the spout's tip up at the left
# end of the second row and running into a body of three columns that fills the lower right;
# turned by 90 degrees at a time for the other three directions
_CAN_UP = np.array([[0, 1, 1, 1, 0],
                    [1, 1, 0, 1, 0],
                    [0, 1, 1, 1, 1],
                    [0, 0, 1, 1, 1],
                    [0, 0, 1, 1, 1]], dtype=float)
_CANS = turned(_CAN_UP)


def watering_cans(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                  seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 watering-can glyph at a random place (4 classes: the can turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CANS, n, size, noise, flip, seed)


def _roaster_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A coffee roaster's phase (0 charging, 1 drying, 2 browning through first crack, 3
    cooling in the tray) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    bean_c = np.array([95.0, 150.0, 200.0, 60.0])[cls] + rng.normal(0, 9.0, n)
    drum_rpm = np.array([0.0, 55.0, 55.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    burner_kw = np.array([1.5, 6.0, 3.5, 0.0])[cls] + rng.normal(0, 0.5, n)
    fan_pct = np.array([20.0, 35.0, 60.0, 95.0])[cls] + rng.normal(0, 6.0, n)
    cracks = np.array([0.0, 0.0, 4.0, 0.0])[cls] + rng.normal(0, 0.8, n)
    room_c = rng.uniform(15.0, 30.0, n)
    batch_kg = rng.uniform(1.0, 15.0, n)
    return (["bean_c", "drum_rpm", "burner_kw", "fan_pct", "cracks_per_s", "room_c",
             "batch_kg", "phase"],
            np.column_stack([bean_c, drum_rpm, burner_kw, fan_pct, cracks, room_c, batch_kg,
                             cls]))


def _archery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An archery range's archers a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5, 33, n)
    rain_mm = rng.uniform(0, 22, n)
    lessons = rng.integers(0, 10, n).astype(float)
    league = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    wind_kmh = rng.uniform(0, 45, n)
    archers = (150 + 4.2 * temp_c - 7.0 * rain_mm + 18.0 * lessons + 130.0 * league
               + 55.0 * holiday + 85.0 * (weekday >= 5) - 2.0 * wind_kmh
               + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "rain_mm", "lessons", "league_night", "holiday", "wind_kmh",
             "archers"],
            np.column_stack([weekday, temp_c, rain_mm, lessons, league, holiday, wind_kmh,
                             archers]))


def _roaster(**sections: Any) -> Any:
    return _csv("coffee_roaster_phase_h84", _roaster_csv, "phase", "classification", 841,
                **sections)


def _archery(**sections: Any) -> Any:
    return _csv("archery_range_daily_archers_h84", _archery_csv, "archers", "regression", 842,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout84"
WC4 = _factory(f"{HERE}:watering_cans", seed=840)
GQ636 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=36,
                 n_classes=6, random_state=843)
CL92 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=92,
                n_informative=30, n_redundant=8, n_classes=5, class_sep=2.5, random_state=844)
FR94 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=94, noise=0.7,
                random_state=845)
WCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 14}], "hidden": [25]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h84_divergence_archery_nesterov_tanh", "the archery-range daily-archers CSV "
         "(targets unscaled, in the hundreds), 39-unit tanh MLP, SGD with Nesterov momentum 0.9 "
         "at LR 0.2, batch 26",
         _archery(model={"hidden": [39], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 0.2, "momentum": 0.9, "nesterov": True},
                  train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.01e5 (2.96e4 at the second step) up to "
                               "7.0e36, then Inf at step 31, where the run stops; 99.99% of "
                               "the tanh units saturated; update ratios from 0.11 up"),
         verdict="failed"),
    Case("h84_divergence_gq636_rmsprop_lr30_elu", "88x44 ELU MLP on the 6-class quantiles in "
         "36 dimensions, RMSprop at LR 30, batch 29",
         {"data": GQ636, "model": {"hidden": [88, 44], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.77 (near ln 6) up to 1.0e11, the epoch "
                               "loss 2.4e9, 6.2e5 and 8.9e5, never NaN; 66% to 84% of the "
                               "second layer's ELU units dead; update ratios up to 4882 in "
                               "single steps"),
         verdict="failed"),
    Case("h84_exploding_cl92_10x23_leaky_std1_nesterov", "10x23 leaky-ReLU MLP with N(0, 1) "
         "init on the 92-feature set, SGD with Nesterov momentum 0.9 at LR 1e-12, batch 34",
         {"data": CL92, "model": {"hidden": [23] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 3, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.452e6, 2.446e6 and 2.441e6), "
                      "far above ln 5 from the first step; the tiny steps do not move the wide "
                      "weights (update ratios 2.1e-8 to 9.4e-7); up to 13% of four layers' "
                      "units never above zero"),
         verdict="failed"),
    Case("h84_dead_relu_can_cnn_momentum_lr8", "the watering-can CNN (7, 14 channels, 25 "
         "hidden), SGD with momentum 0.9 at LR 8, batch 22",
         {"data": WC4, "model": WCNN,
          "optim": {"name": "sgd", "lr": 8.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.46 (near ln 4) up to 10.3, the epoch "
                               "loss 4.18, 4.32 and 4.54; 93% of the units after the second "
                               "convolution and every dense unit dead from the first epoch, "
                               "every gradient 0 from the second quarter on; update ratios up "
                               "to 13.3 in single steps; the validation loss, lowest after "
                               "the first epoch (2.03), ends at 5.70"),
         verdict="failed"),
    Case("h84_update_ratio_high_roaster_adamw_lr1_leaky", "AdamW at LR 1 on the coffee-roaster "
         "CSV, 50 leaky-ReLU units, batch 26, 8 epochs",
         _roaster(model={"hidden": [50], "activation": "leaky_relu"},
                  optim={"name": "adamw", "lr": 1.0},
                  train={"epochs": 8, "batch_size": 26}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the loss about (the step loss up to 70 from 1.29, "
                      "the epoch loss 2.50, 0, 0.30, 0.94, 1.69, 4.66, 0 and 0; the "
                      "validation loss 0.29, 0.45, 5.40, 0, 1.58, 3.77, 3.96 and 3.96 at "
                      "accuracy 0.99 to 1.0: a few rows with huge wrong logits); the loss is 0 "
                      "at the end, where the gradients and updates are 0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h84_adadelta_lr1e10_fr94", "the 94-feature Friedman regression, 46x23 tanh MLP, "
         "Adadelta at LR 1e-10, batch 29, 4 epochs",
         {"data": FR94, "model": {"hidden": [46, 23], "activation": "tanh"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.17, far below the baseline (0.7413) and the healthy runs; the "
                      "epoch loss 233.4 at every epoch"),
         verdict=TP),
    Case("h84_adagrad_lr1e10_roaster", "the coffee-roaster CSV, 36x18 ELU MLP, Adagrad at LR "
         "1e-10, batch 23, 4 epochs",
         _roaster(model={"hidden": [36, 18], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the untrained net's loss (the epoch loss 1.393 at every epoch) scores "
                      "0.11, 0.15 below the majority share (0.2633), with 85% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h84_vanishing_sigmoid_cl92_20x14_sgd", "20x14 sigmoid MLP on the 92-feature set, "
         "plain SGD at LR 0.05, batch 33, 4 epochs",
         {"data": CL92, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first eleven layers do not move (update ratio 0), a side effect of "
                      "the vanishing gradients; the epoch loss 1.620 to 1.611 (ln 5 is 1.609)"),
         verdict=TP),
    Case("h84_saturated_tanh_roaster_std5_momentum", "2x52 tanh MLP with N(0, 5) init on the "
         "coffee-roaster CSV, SGD with momentum 0.9 at LR 1e-9, batch 27",
         _roaster(model={"hidden": [52, 52], "activation": "tanh", "init": "normal",
                         "init_std": 5.0},
                  optim={"name": "sgd", "lr": 1e-9, "momentum": 0.9},
                  train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("saturated_activation", "not_training"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "at_chance"),
         why_allowed=("tiny updates (at most 5.0e-10, the output layer's 0); the loss far "
                      "above ln 4 from the start (the epoch loss 57.97 at every epoch); "
                      "accuracy 0.11, 0.15 below the majority share (0.2633), 43% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h84_slow_start_can_cnn_adamw_std001", "the watering-can CNN with N(0, 0.01) init, "
         "AdamW at LR 3e-4, batch 24, 30 epochs: the epoch loss lingers at ln 4 and then falls",
         {"data": WC4, "model": {**WCNN, "init": "normal", "init_std": 0.01},
          "optim": {"name": "adamw", "lr": 3e-4},
          "train": {"epochs": 30, "batch_size": 24}},
         expect=("slow_start", "underfitting"),
         allow=("dead_relu", "not_converged"),
         why_allowed=("the tiny init leaves 36% to 64% of the dense units dead (40% at the "
                      "end) and up to 7% of the second convolution's in the first epochs; the "
                      "epoch loss falls 0.55% over the last epoch, the validation loss "
                      "lowest at the end"),
         verdict=TP),
    Case("h84_unshuffled_cl92_momentum_tanh", "the 92-feature set sorted by label, never "
         "shuffled, 60x30 tanh MLP, SGD with momentum 0.9 at LR 0.01, batch 43, 8 epochs",
         {"data": {**CL92, "order": "by_label", "shuffle": False},
          "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 8, "batch_size": 43}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=("each class's stretch throws the step loss about (up to 2.24 from "
                      "1.71); accuracy 0.9259 (training 0.9858), just below the healthy runs "
                      "(0.9296 and up); the validation loss, lowest at epoch 7 (0.2320), ends "
                      "0.98% above it"),
         verdict=TP),
    Case("h84_mse_softmax_roaster_adamw", "the coffee-roaster CSV trained with square error on "
         "the softmax, AdamW at LR 1e-3, 33x16 ReLU MLP, batch 26, 10 epochs",
         _roaster(model={"hidden": [33, 16]},
                  optim={"name": "adamw", "lr": 1e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="1 of the 16 units of the second layer (6.25%) never above zero",
         verdict=TP),
    Case("h84_noisy_cl92_b1_adamw", "the 92-feature set one row at a time (batch 1), AdamW at "
         "LR 1e-3, 28-unit ReLU MLP, 4 epochs",
         {"data": CL92, "model": {"hidden": [28]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 9.02, "
                      "above its first step 2.21); with four epochs the second half holds "
                      "only two, so the step loss's position in the epoch explains about "
                      "half of its variance by chance; the validation loss, lowest at epoch "
                      "3 (0.1919), ends 0.49% above it"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h84_overfit_cl92_subset65_adam_lr3e3", "65 rows of the 92-feature set, MLP of 300 "
         "and 150 units, Adam at LR 3e-3, 80 epochs, batch 6",
         {"data": {**CL92, "subset": 65}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("65 rows teach less than every row: accuracy 0.7963 (the healthy runs "
                      "0.9296 and up); the epoch loss, near 0 (2.3e-5), falls 2.1% over the "
                      "last epoch; 16.7% of the second layer's units dead"),
         verdict=GP),
    Case("h84_gap_fr94_subset40_momentum", "40 rows of the 94-feature Friedman regression, MLP "
         "of 230 and 115 units, SGD with momentum 0.9 at LR 1e-3, 150 epochs, batch 8",
         {"data": {**FR94, "subset": 40}, "model": {"hidden": [230, 115]},
          "optim": {"name": "sgd", "lr": 1e-3, "momentum": 0.9},
          "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("40 rows teach less (R2 -0.098, training 1.0, the run's baseline "
                      "0.1211); the validation loss, lowest at epoch 12 (24.51), sits near 26 "
                      "from epoch 25 on and ends 6.8% above it; the training loss near 0 "
                      "(2e-6) and its gradients die away; up to 22% of the second layer's "
                      "units dead"),
         verdict=GP),
    Case("h84_underfit_cl92_one_leaky_unit_adam", "the 92-feature set through 1 leaky-ReLU "
         "unit, Adam at LR 0.01, batch 30, 15 epochs",
         {"data": CL92, "model": {"hidden": [1], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting",),
         allow=("not_converged", "overfitting", "dead_relu"),
         why_allowed=("the epoch loss still falls 0.97% over the last epoch, about 1% an "
                      "epoch over the last five, small beside the gap to the healthy runs; "
                      "the validation loss, lowest at epoch 14, ends 0.56% above it"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h84_lightning_iris_nesterov_lr400_nan", "Lightning: iris, SGD with Nesterov momentum "
         "0.9 at LR 400, 70 units, batch 9, 3 epochs",
         script=lightning_run(_s("iris", hidden=(70,), optim="sgd", lr=400.0, epochs=3,
                                 batch_size=9, optim_args={"momentum": 0.9,
                                                           "nesterov": True})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.18 up to 1.1e37, then NaN from step 8",
         verdict="failed"),
    Case("h84_lightning_digits_subset40_rmsprop_gap", "Lightning: 40 rows of digits, 71 units, "
         "RMSprop at LR 1e-3, 60 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(71,), optim="rmsprop", lr=1e-3, epochs=60,
                                 batch_size=5, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.6797, training 1.0); the validation loss, lowest at epoch "
                      "39 (0.9978), creeps up to 1.020 (2.2% above it) at epoch 60; the epoch "
                      "loss near 0 (0.0036)"),
         verdict=GP),
    Case("h84_hf_trainer_cancer_sgd_lr400_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 400 (decaying linearly), 72 units, batch 12, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(72,), optim="sgd", lr=400.0,
                                  epochs=3, batch_size=12), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss (a mean over 2 steps) 3.2e4 up to 1.4e27, "
                               "then NaN from step 8; accuracy 0.3684, 0.26 below the "
                               "majority share (0.6316)"),
         verdict="failed"),
    Case("h84_hf_trainer_iris_adamw_lr1e10_stuck", "Hugging Face Trainer names: iris, AdamW at "
         "LR 1e-10 (decaying linearly), 73 units, batch 10, 4 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(73,), optim="adamw", lr=1e-10, epochs=4,
                                  batch_size=10), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 1.207; the untrained net scores 0.0, far "
                      "below 1/3"),
         verdict=TP),
    Case("h84_keras_digits_momentum_lr400_nan", "Keras names: digits, SGD with momentum 0.9 at "
         "LR 400, 74 units, batch 14, 3 epochs",
         script=keras_run(_s("digits", hidden=(74,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=14, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h84_keras_digits_subset35_momentum_gap", "Keras names: 35 rows of digits, 75 units, "
         "SGD with momentum 0.9 at LR 0.01, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(75,), optim="sgd", lr=0.01, epochs=80,
                             batch_size=5, subset=35, optim_args={"momentum": 0.9})),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("35 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7159, training 1.0); the validation loss, lowest at epoch "
                      "44 (0.8849), ends 1.0% above it; the loss near 0 (0.0039)"),
         verdict=GP),
    Case("h84_tensorboard_wine_momentum_lr400_nan", "TensorBoard tags: wine, SGD with momentum "
         "0.9 at LR 400, 76 units, batch 9, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(76,), optim="sgd", lr=400.0, epochs=3,
                                   batch_size=9, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.94 up to 6.6e33, then NaN from step 9; "
                               "accuracy 0.3333, 0.056 below the majority share (0.3889)"),
         verdict="failed"),
    Case("h84_tensorboard_cancer_adagrad_lr1e10_stuck", "TensorBoard tags: breast cancer, "
         "Adagrad at LR 1e-10, 77 units, batch 13, 5 epochs",
         script=tensorboard_run(_s("breast_cancer", hidden=(77,), optim="adagrad", lr=1e-10,
                                   epochs=5, batch_size=13)),
         tool="tensorboard", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.7372; the untrained net scores 0.4912, "
                      "0.14 below the majority share (0.6316)"),
         verdict=TP),
    Case("h84_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.25, Adam at LR 3e-3, 78 units, batch 12, a corrupt record (x = 1e30) at step 17 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(78,), optim="adam", lr=3e-3, epochs=3,
                             batch_size=12, n=700, noise=0.25), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=17),
    Case("h84_plain_digits_adam_lr1e10_stuck", "hand-written loop: digits, Adam at LR 1e-10, "
         "79 units, batch 14, 4 epochs",
         script=plain_run(_s("digits", hidden=(79,), optim="adam", lr=1e-10, epochs=4,
                             batch_size=14)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the validation loss stays at 2.329 (accuracy 0.1003, the majority share)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy84_roaster_tanh_adamw_b21",
       _roaster(model={"hidden": [46], "activation": "tanh"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy84_roaster_elu_adam_b27",
       _roaster(model={"hidden": [51], "activation": "elu"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy84_roaster_leaky_rmsprop_b19",
       _roaster(model={"hidden": [47], "activation": "leaky_relu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 19})),
    _h("healthy84_roaster_sigmoid_adamw_b25",
       _roaster(model={"hidden": [56], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy84_roaster_relu_adam_b31",
       _roaster(model={"hidden": [44]},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy84_roaster_relu_adagrad_b17",
       _roaster(model={"hidden": [50]},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 17})),
    _h("healthy84_roaster_tanh_rmsprop_b33",
       _roaster(model={"hidden": [54], "activation": "tanh"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy84_roaster_elu_adagrad_b24",
       _roaster(model={"hidden": [41], "activation": "elu"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 24})),
    _h("healthy84_fr94_sigmoid_adam_b28",
       {"data": FR94, "model": {"hidden": [65], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy84_fr94_sigmoid_adamw_b30",
       {"data": FR94, "model": {"hidden": [63], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy84_fr94_sigmoid_rmsprop_b26",
       {"data": FR94, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy84_fr94_sigmoid_adam_b24",
       {"data": FR94, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy84_cl92_relu_adam_b26",
       {"data": CL92, "model": {"hidden": [80]},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy84_cl92_leaky_adamw_b24",
       {"data": CL92, "model": {"hidden": [76], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy84_cl92_relu_rmsprop_b28",
       {"data": CL92, "model": {"hidden": [72]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy84_cl92_relu_adagrad_b22",
       {"data": CL92, "model": {"hidden": [73]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy84_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(74,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=17)), "tensorboard"),
    _hs("healthy84_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(77,), optim="adamw", lr=3e-3, epochs=30,
                           batch_size=10)), "tensorboard"),
    _hs("healthy84_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(71,), optim="adam", lr=2e-3, epochs=40,
                           batch_size=14)), "tensorboard"),
    _hs("healthy84_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(78,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy84_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(72,), optim="adam", lr=5e-3, epochs=30,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy84_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(75,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=18), logging_steps=2), "transformers"),
    _hs("healthy84_keras_iris_adamw",
        keras_run(_s("iris", hidden=(79,), optim="adamw", lr=3e-3, epochs=30,
                     batch_size=10)), "keras"),
    _hs("healthy84_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(70,), optim="adam", lr=5e-4, epochs=25,
                     batch_size=17)), "keras"),
    _hs("healthy84_keras_wine_adam",
        keras_run(_s("wine", hidden=(73,), optim="adam", lr=2e-3, epochs=40,
                     batch_size=14)), "keras"),
    _hs("healthy84_lightning_cancer_adam_b19",
        lightning_run(_s("breast_cancer", hidden=(76,), optim="adam", lr=1e-3, epochs=30,
                         batch_size=19)), "lightning"),
    _hs("healthy84_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(74,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=14)), "lightning"),
    _hs("healthy84_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(78,), optim="adamw", lr=5e-4, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy84_plain_wine_adam",
        plain_run(_s("wine", hidden=(75,), optim="adam", lr=2e-3, epochs=40,
                     batch_size=14)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
