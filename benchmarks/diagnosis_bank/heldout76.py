"""The seventy-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout77`, after :mod:`.heldout74`'s and :mod:`.heldout75`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout75` in its combination of data set (new here: a 10x10 image set of a pair of scissors
(a filled and an open finger loop at the foot, two blades crossing above them, the left one longer,
in a 5x5 cell, drawn asymmetric so that its turns by 0, 90, 180 or 270 degrees all differ; 4
classes), 1500 images with noise 0.3 and 2% random labels; 5-class Gaussian quantiles in 26
dimensions (4000 samples); a 76-feature 3-class set (2600 samples, 27 informative, 8 redundant,
class separation 2.3); a 78-feature Friedman-1 regression (2000 samples, noise 0.8); a chest
freezer's state CSV (off, pulling down, holding, defrosting: 4 classes from 7 readings) and a
karaoke bar's daily singers regression CSV (in the hundreds), besides the script tools' shipped
sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs
of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser
(Adam, AdamW, RMSprop, Adagrad, plain SGD, SGD with momentum or Nesterov momentum), batch size,
learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). The brief gave these data as unused in the bank; a search
of the earlier parts found no scissors, chest freezer or karaoke bar, no quantiles in 26
dimensions, no 76-feature classification set and no 78-feature Friedman regression (26 features
appear only in :mod:`.heldout29`'s classification set and :mod:`.heldout33`'s Friedman
regression). The CSV files have their own names (``chest_freezer_state_h76``,
``karaoke_bar_daily_singers_h76``). The fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout72` to :mod:`.heldout75` did: divergence under SGD with
momentum in a tanh net on the unscaled karaoke singers (the earlier parts: plain SGD or Nesterov
momentum in leaky-ReLU, sigmoid and ELU nets), divergence under AdamW at LR 30 in a leaky-ReLU net
on the 5-class quantiles (Adam and RMSprop before), exploding gradients in a 10-layer ELU net with
N(0, 1) init under RMSprop on the 76-feature set (plain SGD, Nesterov momentum and Adagrad before),
units killed by Adagrad at LR 3 in the scissors CNN (RMSprop and Adam before), a high update ratio
from AdamW at LR 1 in an ELU net on the freezer CSV (RMSprop and Adam before), a tiny learning
rate under Adagrad on the Friedman regression and under Adam on the freezer CSV, vanishing
gradients under SGD with Nesterov momentum in a 20-layer sigmoid net on the 76-feature set,
saturation under Adagrad in a tanh net with N(0, 5) init on the quantiles, a slow start of the
scissors CNN under plain SGD (the optimiser of :mod:`.heldout74`'s and :mod:`.heldout75`'s slow
starts, on a new glyph and CNN), the unshuffled 76-feature set under SGD with momentum in a ReLU
net, square error with AdamW on the freezer CSV, the 76-feature set one row at a time under AdamW
(a noisy loss), an overfit 75-row 76-feature set under Adam and a 45-row Friedman regression under
AdamW, an underfit 1-unit tanh net under Adam on the freezer CSV, Lightning's NaN on breast cancer
under SGD with Nesterov momentum and its 1-unit digits under Adam, Trainer's NaN on digits under
SGD with momentum and its stuck wine under RMSprop, Keras' NaN on wine under SGD with Nesterov
momentum and its stuck wine under Adagrad, TensorBoard's NaN on iris under plain SGD and its 45
rows of digits under RMSprop, the hand-written loop's corrupt record on the sine under SGD with
momentum and its stuck iris under SGD with Nesterov momentum. The sibling :mod:`.heldout77` was
not looked at. The cases are spread over the tools (sixteen runner faults; two faults for each of
Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (four
runner runs broken (two divergences that never turn NaN, exploding gradients, dead units that end
a blow-up) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's
Inf); a high update ratio; ``not_training`` expected in four runner runs and three scripts;
``predictions_collapsed`` in three runner runs; ``at_chance`` in five runner runs and three
scripts; one overfit runner run and one overfit script with a generalisation gap, one runner
regression with a gap alone, one noisy runner run overfitting without a gap; three runner
regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in three
and ``slow_start`` in one; ``underfitting`` in one runner run and one script), and the healthy
runner runs over three data sets (the freezer CSV, the Friedman regression and the 76-feature
set), and the healthy scripts on breast cancer and iris (TensorBoard), wine and iris (Trainer),
iris, breast cancer and wine (Keras and the hand-written loop) and breast cancer and wine
(Lightning).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the
epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer
gradient norms and update ratios, dead-unit and saturation fractions, and for the runner cases the
test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner cases
were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. No runner fault's
setting was changed after its first run (the labels were set from the metrics, below); two script
faults were replaced after the first round, see the end.

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73` and :mod:`.heldout75`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of 1/K
and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
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
runner sets are balanced (stratified splits): the majority share is 0.20 on the quantiles, 0.3346
on the 76-feature set, 0.2667 on the scissors images and 0.2733 on the freezer CSV (read from the
test confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3889
(wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The runs' baselines
(``baseline/val_*``): accuracy 1.0 on the freezer CSV, 0.9769 on the 76-feature set, 0.86 on the
scissors images, 0.2188 on the quantiles, R2 0.6865 on the Friedman regression and 0.9152 on the
karaoke CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0266 (the
first layer of the tanh MLP with RMSprop on the Friedman regression), single steps at most 0.329
(the output layer of the leaky-ReLU MLP with Adagrad on the freezer CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.166 (its output layer; 0.098 in its first),
6.2 times the healthy extreme, with single steps up to 11.7 (4.7 in its first layer), 36 times the
healthy one; the expected ``update_ratio_low`` runs sit at 0 to 6.2e-11 in quarter means, single
steps up to 2.5e-10 (Adagrad at LR 1e-10 on the Friedman regression), and 2e-12 to 1.3e-10, single
steps up to 1.5e-10 (Adam at LR 1e-10 on the freezer CSV), where the healthy runs' smallest quarter
mean is 1.5e-5 (the output layer of the tanh MLP with AdamW at the end of a cosine schedule on the
Friedman regression). Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU and
ELU runner run; the expected ``dead_relu`` run holds 40% of the units after the scissors CNN's
first convolution, 81% after its second and 79% to 86% of its dense units once Adagrad at LR 3
blows it up. The saturated fraction per layer is at most 0.0011 in the kept healthy tanh and
sigmoid runs (the tanh MLP with Adam on the freezer CSV); the expected ``saturated_activation`` run
holds 0.926 and 0.946 in its two layers (its maximum and last value alike). The exploding run's
gradient norms sit at 1.8e5-1.7e6 with its epoch loss at 1.52e6 from the first epoch and never NaN
(the healthy runs' largest single norm 127: the output layer of the sigmoid MLP with RMSprop at
batch 22 on the Friedman regression); the vanishing run's first layer at 5.7e-18 to 1.3e-17
against up to 0.68 at the output, its first twelve layers' update ratio 0. The step-loss position
in the epoch explains 66.4% of the within-epoch variance over the second half in the sorted
76-feature set (the healthy runner runs at most 18.8%: the ReLU MLP with AdamW on the freezer CSV;
14.0% on the 76-feature set). The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 2.05 times its mean in the kept healthy runner runs (the
leaky-ReLU MLP with RMSprop on the 76-feature set) and at most 2.16 in the healthy scripts
(Lightning's breast cancer). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the freezer CSV, where the baseline is 1.0; 0.975-0.9846 on the 76-feature set,
where the baseline is 0.9769; R2 0.6865-0.6974 on the Friedman regression, where the baseline is
0.6865; for the scripts 1.0 (Trainer's, Keras', Lightning's and the loop's wine), 0.9667
(Trainer's, TensorBoard's, Keras' and the loop's iris), 0.9649 (TensorBoard's, Keras' and
Lightning's breast cancer) and 0.9561 (the loop's breast cancer)); their validation loss does not
rise at the end (every kept healthy run's is lowest at its last epoch but five: the tanh MLP with
AdamW on the Friedman regression (epoch 23 of 30, 0.086% above it at the end), the sigmoid MLP
with RMSprop at batch 22 on the Friedman regression (epoch 18 of 30, 0.20%), Lightning's breast
cancer (epoch 24 of 25, 0.67%), the loop's wine (epoch 34 of 40, 0.15%) and the loop's iris (epoch
35 of 40, 0.65%)), the training loss has flattened (the epoch loss falls at most 2.1% over the
last epoch in the runner runs, the sigmoid MLP with RMSprop on the freezer CSV from 0.0426, and
4.5% and 4.8% in Keras' breast cancer and wine, both near their floor with the validation loss
lowest at the end; Keras' iris rises 7.0% in its last epoch (0.0582 to 0.0623) with the validation
loss lowest at the end; Lightning's per-epoch losses fall 6.7% in breast cancer and 5.2% in wine,
near their floor), no training score ends ~1 with the validation score 0.1 lower (the largest
accuracy gap: 0.020, the ReLU MLP with AdamW on the 76-feature set, training 0.9949; among the
scripts 0.029, TensorBoard's breast cancer, training 0.9941; the largest R2 gap: 0.100, the tanh
MLP with AdamW on the Friedman regression, training 0.792, far from ~1), and they expect no finding
of severity warning or worse.

Healthy candidates dropped (36 trained, 29 kept): on the freezer CSV the ReLU MLP with RMSprop at
batch 17 (its epoch loss fell 3.3% over its last epoch, above every other runner run's 2.1%); on
the Friedman regression the tanh MLP with Adam (its validation loss lowest at epoch 23 of 30 and
0.17% above it at the end, an R2 gap of 0.124), the sigmoid MLP with Adam (lowest at epoch 14 of
30, 0.75% above it at the end) and the sigmoid MLP with Adagrad (lowest at epoch 8 of 30, 0.20%
above it, with single update ratios up to 0.77 and a saturated fraction of 0.0063, beyond every
other healthy run); on the 76-feature set the ELU MLP with Adam (accuracy 0.9654, its validation
loss lowest at epoch 13 of 15); TensorBoard's wine (its validation loss lowest at epoch 34 of 35
and 3.5% above it at the end) and Trainer's breast cancer (accuracy 0.9386, below every other
breast cancer run's 0.9561-0.9649). The figures above are from the kept runs only. No healthy run
on the scissors images, on the quantiles, on the karaoke CSV, on the sine or on digits is in the
part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the karaoke divergence climbs from a step loss of 1.5e5 to 1.3e9
(the epoch loss 4.7e6, 4.9e7 and 4.0e8) and never turns NaN, so ``divergence`` is expected
(``nan_loss`` only allowed); AdamW at LR 30 on the quantiles blew up to an epoch loss of 4.3e6,
2.2e6 and 4.2e6 (the step loss up to 6.5e7, first step 1.62, near ln 5) without a NaN, accuracy
0.2087 (1/5 is 0.20) with 67% of the test predictions in one class, so ``divergence`` and
``at_chance`` are expected and ``predictions_collapsed`` only allowed; the exploding run ends at
0.3346 (the majority share) with every test prediction in one class and its update ratio 0, so
``at_chance`` and ``predictions_collapsed`` are expected beside ``exploding_gradients`` and
``not_training``; the scissors CNN under Adagrad at LR 3 blows up to an epoch loss of 4.8e4 in its
first epoch (the step loss up to 1.8e6) and then sits at 1.414 and 1.404 (above its first step
1.376), accuracy 0.2567 and 99% of the test predictions in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the high update
ratio run throws its first five epochs about (the step loss up to 140 from 1.44), then its loss
is 0 with accuracy 1.0, so ``update_ratio_high`` is expected alone and, as in :mod:`.heldout73`
and :mod:`.heldout75`, the verdict is a training problem; Adagrad at LR 1e-10 on the Friedman
regression ends at R2 -10.37 (the epoch loss 239.2 at every epoch); Adam at LR 1e-10 on the
freezer CSV (the epoch loss 1.373 at every epoch) ends at 0.2033 (0.067 below the majority share)
with 79.3% of the test predictions in one class, so ``at_chance`` and ``predictions_collapsed``
are only allowed; the vanishing run ends at 0.3346 with every test prediction in one class and its
epoch loss at 1.101 (ln 3 is 1.099), so ``at_chance`` and ``predictions_collapsed`` are expected
beside ``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.1825
(0.018 below 1/5; the epoch loss 39.97 at every epoch) with 24.6% of the test predictions in one
class, so ``at_chance`` is expected and ``predictions_collapsed`` not even allowed; the slow start
of the scissors CNN under plain SGD at LR 0.012 lingers near ln 4 for a dozen epochs (the epoch
loss 1.385, 1.381, 1.378, 1.375 and on to 1.336 at epoch 12, 3.5% below its first epoch), then
falls to 0.539 and still falls 6.4% over its last epoch (0.576 to 0.539) with the validation loss
lowest at the end (accuracy 0.7667, training 0.84, the baseline 0.86), so ``slow_start`` and
``not_converged`` are expected and ``underfitting`` allowed; the sorted 76-feature set ends at
0.9577 (the baseline 0.9769) with its epoch loss falling 38% over the last epoch (0.2257 to
0.1405) and the validation loss lowest at the end, so ``not_converged`` is expected beside
``unshuffled_data``; the square-error freezer run reaches accuracy 1.0 while its epoch loss still
falls 20% over its last epoch (2.03e-4 to 1.62e-4, from 0.167 in the first) with the validation
loss lowest at the end, so ``not_converged`` is expected beside ``loss_mismatch``; the batch-1
76-feature run's step loss swings 12.4 times its mean step to step over the second half (6.0
times the healthy runner runs' 2.05, 5.7 times the healthy scripts' 2.16) while its validation
loss, lowest at the first epoch (0.0936), ends at 0.1967 (110% above it; 0.2116 and 0.2643
between) as the epoch loss falls from 0.2824 to 0.1133, so ``noisy_loss`` and ``overfitting`` are
expected as in :mod:`.heldout75` (accuracy 0.9712, training 0.9929: no gap); the 75 rows of the
76-feature set end at validation 0.875 (training 1.0) with the validation loss lowest at epoch 14
(0.3013) and rising at almost every epoch to 0.3285 (9.0% above it) at epoch 80, and
TensorBoard's 45 rows of digits end at validation 0.766 (training 1.0) with the validation loss
lowest at epoch 33 (0.7848) and rising steadily to 0.850 (8.3% above it) at epoch 90, so both
expect ``overfitting`` and ``generalisation_gap``; the 45-row Friedman regression (R2 -0.038,
training 1.0; its validation loss lowest at epoch 11 (20.2), 22.6 from epoch 40 on and flat, 11.9%
above its minimum, while the training loss sits at 1e-13) expects ``generalisation_gap`` alone;
the 1-unit tanh net on the freezer CSV ends at 0.54 (training 0.5411, the healthy runs 1.0) with
its epoch loss falling 0.35% over the last epoch and 50% of the test predictions in one class, so
``underfitting`` is expected (its one unit sits at its rails for up to 84% of the rows, a side
effect of parting four states with one unit: ``saturated_activation`` allowed). Lightning's NaN on
breast cancer (the step loss 0.72 up to 2.3e36, then NaN from its logged step 7) expects
``divergence`` beside ``nan_loss``; it ends at 0.3684 (the minority share), so ``at_chance`` is
only allowed; Trainer's NaN on digits (the logged loss 3245 up to 1.7e33, then NaN from step 10)
ends at 0.1003 (the majority share) and TensorBoard's NaN on iris (the step loss 1.06 up to
2.3e37, then NaN from step 10) at 0.3333 (1/3), so both expect ``divergence`` and ``at_chance``
beside ``nan_loss``; Keras' NaN on wine (every epoch's loss NaN) ends at 0.3333, 0.056 below the
majority share, so ``nan_loss`` is expected alone (``divergence`` and ``at_chance`` allowed).
Keras' stuck wine (Adagrad at LR 1e-10, the loss 1.137 at every epoch) ends at 0.4167 (0.028 above
the majority share), so ``not_training`` and ``at_chance`` are expected; Trainer's stuck wine
(RMSprop at LR 1e-10, the evaluation loss 1.150 at every evaluation) scores 0.3333, 0.056 below
the majority share, so ``at_chance`` is only allowed, and the loop's stuck iris (SGD with Nesterov
momentum at LR 1e-10, the validation loss 0.993 throughout) scores 0.6667, far above 1/3, so
``at_chance`` is not allowed; Lightning's 1-unit digits end at 0.2479 with the epoch loss falling
0.56% and the validation loss 0.53% over the last epoch (``underfitting``; ``at_chance`` not
allowed, 0.15 above the majority share); the loop's corrupt record makes the loss Inf at step 23
(the loss from 0.67 down to 0.15-0.24 before it).

Faults relabelled from their first labels: ``at_chance`` expected in the vanishing run, Trainer's
and TensorBoard's NaN and Keras' stuck wine (written as allowed or not at all);
``predictions_collapsed`` expected in the vanishing run (written not at all) and only allowed in
the quantiles' divergence (written as expected); ``not_converged`` expected in the slow start, the
sorted set and the square-error run (written as allowed); ``overfitting`` expected in the batch-1
run and TensorBoard's 45 rows of digits (written as allowed); ``at_chance`` and
``predictions_collapsed`` allowed in the stuck freezer run, ``dead_relu`` in the high update ratio
and the square-error runs and ``saturated_activation`` in the 1-unit freezer net (written not at
all); ``at_chance`` dropped from the loop's stuck iris (written as allowed). Two script faults were
replaced after their first run, not relabelled: Trainer's 40 rows of digits under RMSprop (a gap)
by its stuck wine, as Trainer's names log no training accuracy, so no gap can be read from them,
and TensorBoard's stuck breast cancer under AdamW by its 45 rows of digits, to keep a gap among
the scripts; each replacement was trained once. Two Friedman healthy candidates (the sigmoid MLPs
with Adagrad and with RMSprop at batch 22) were added after the first round dropped two.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 29)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 12)
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

# a pair of scissors in a 5x5 cell (a filled finger loop and an open one at the foot, two
# blades crossing above them, the left one longer), turned by 90 degrees at a time for the
# other three directions
_SCISSORS_UP = np.array([[1, 0, 0, 0, 0],
                         [0, 1, 0, 1, 0],
                         [0, 0, 1, 0, 0],
                         [1, 1, 0, 1, 1],
                         [1, 1, 0, 1, 0]], dtype=float)
_SCISSORS = turned(_SCISSORS_UP)


def scissors(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pair of scissors at a random place (4 classes: the scissors turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SCISSORS, n, size, noise, flip, seed)


def _freezer_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A chest freezer's state (0 off, 1 pulling down, 2 holding, 3 defrosting) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    cabinet_c = np.array([18.0, -6.0, -19.0, -14.0])[cls] + rng.normal(0, 2.5, n)
    compressor_w = np.array([0.0, 140.0, 35.0, 0.0])[cls] + rng.normal(0, 12.0, n)
    evaporator_c = np.array([17.0, -24.0, -26.0, 6.0])[cls] + rng.normal(0, 3.0, n)
    heater_w = np.array([0.0, 0.0, 0.0, 220.0])[cls] + rng.normal(0, 15.0, n)
    lid_open = (rng.random(n) < 0.08).astype(float)
    ambient_c = rng.uniform(12.0, 32.0, n)
    load_kg = rng.uniform(0.0, 60.0, n)
    return (["cabinet_c", "compressor_w", "evaporator_c", "heater_w", "lid_open", "ambient_c",
             "load_kg", "state"],
            np.column_stack([cabinet_c, compressor_w, evaporator_c, heater_w, lid_open,
                             ambient_c, load_kg, cls]))


def _karaoke_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A karaoke bar's singers a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    songs_added = rng.integers(0, 40, n).astype(float)
    temp_c = rng.uniform(-5, 33, n)
    rain_mm = rng.uniform(0, 25, n)
    drink_special = rng.integers(0, 2, n).astype(float)
    birthday_groups = rng.integers(0, 6, n).astype(float)
    contest = rng.integers(0, 2, n).astype(float)
    singers = (160 + 2.5 * songs_added + 3.0 * rain_mm - 1.5 * temp_c + 45.0 * drink_special
               + 18.0 * birthday_groups + 110.0 * contest + 80.0 * (weekday >= 4)
               + rng.normal(0, 15.0, n))
    return (["weekday", "songs_added", "temp_c", "rain_mm", "drink_special", "birthday_groups",
             "contest", "singers"],
            np.column_stack([weekday, songs_added, temp_c, rain_mm, drink_special,
                             birthday_groups, contest, singers]))


def _freezer(**sections: Any) -> Any:
    return _csv("chest_freezer_state_h76", _freezer_csv, "state", "classification", 764,
                **sections)


def _karaoke(**sections: Any) -> Any:
    return _csv("karaoke_bar_daily_singers_h76", _karaoke_csv, "singers", "regression", 765,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout76"
SC4 = _factory(f"{HERE}:scissors", seed=760)
GQ526 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=26,
                 n_classes=5, random_state=761)
CL76 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=76,
                n_informative=27, n_redundant=8, n_classes=3, class_sep=2.3, random_state=762)
FR78 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=78, noise=0.8,
                random_state=763)
SCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 16}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h76_divergence_karaoke_momentum_tanh", "the karaoke bar daily-singers CSV (targets "
         "unscaled, in the hundreds), 35-unit tanh MLP, SGD with momentum 0.9 at LR 0.1, "
         "batch 25",
         _karaoke(model={"hidden": [35], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.5e5 up to 1.3e9, the epoch loss 4.7e6, "
                               "4.9e7 and 4.0e8, never NaN; every tanh unit saturated"),
         verdict="failed"),
    Case("h76_divergence_gq526_adamw_lr30_leaky", "80x40 leaky-ReLU MLP on the 5-class "
         "quantiles in 26 dimensions, AdamW at LR 30, batch 27",
         {"data": GQ526, "model": {"hidden": [80, 40], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss", "predictions_collapsed"),
         why_allowed=(BLOWUP + "; the epoch loss 4.3e6, 2.2e6 and 4.2e6 (first step 1.62, "
                               "near ln 5), never NaN; update ratios up to 471 in single "
                               "steps; up to 47.5% of the second layer's units dead; 67% of "
                               "the test predictions in one class"),
         verdict="failed"),
    Case("h76_exploding_cl76_10x22_elu_std1_rmsprop", "10x22 ELU MLP with N(0, 1) init on "
         "the 76-feature set, RMSprop at LR 1e-12, batch 29",
         {"data": CL76, "model": {"hidden": [22] * 10, "activation": "elu", "init": "normal",
                                  "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.52e6 at every epoch), far above "
                      "ln 3 from the first step; the tiny steps do not move the wide weights "
                      "(update ratio 0); up to 22.7% of a layer's units never above zero"),
         verdict="failed"),
    Case("h76_dead_relu_scissors_cnn_adagrad_lr3", "the scissors CNN (10, 16 channels, 28 "
         "hidden), Adagrad at LR 3, batch 21",
         {"data": SC4, "model": SCNN, "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 4.8e4 in the first epoch, then 1.414 and "
                               "1.404 (first step 1.376, near ln 4); the gradients and "
                               "updates 0 at the end"),
         verdict="failed"),
    Case("h76_update_ratio_high_freezer_adamw_lr1_elu", "AdamW at LR 1 on the chest freezer "
         "CSV, 48 ELU units, batch 24, 10 epochs",
         _freezer(model={"hidden": [48], "activation": "elu"},
                  optim={"name": "adamw", "lr": 1.0},
                  train={"epochs": 10, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the first epochs about (the step loss up to 140 "
                      "from 1.44, the epoch loss 2.67, 0.65, 4.99, 4.41, 0.85), then the "
                      "loss sits at 0 with accuracy 1.0, so the gradients and the updates "
                      "are 0 from the sixth epoch on; 4.2% of the ELU units never above "
                      "zero after the throws"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h76_adagrad_lr1e10_fr78", "the 78-feature Friedman regression, 46x23 leaky-ReLU "
         "MLP, Adagrad at LR 1e-10, batch 29, 4 epochs",
         {"data": FR78, "model": {"hidden": [46, 23], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -10.37, far below the baseline (0.6865) and the healthy runs"),
         verdict=TP),
    Case("h76_adam_lr1e10_freezer", "the chest freezer CSV, 36x18 ELU MLP, Adam at LR 1e-10, "
         "batch 23, 4 epochs",
         _freezer(model={"hidden": [36, 18], "activation": "elu"},
                  optim={"name": "adam", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the untrained net scores 0.2033, 0.067 below the majority share "
                      "(0.2733), with 79.3% of the test predictions in one class"),
         verdict=TP),
    Case("h76_vanishing_sigmoid_cl76_20x14_nesterov", "20x14 sigmoid MLP on the 76-feature "
         "set, SGD with Nesterov momentum 0.9 at LR 0.01, batch 33, 4 epochs",
         {"data": CL76, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first twelve layers do not move (update ratio 0), a side effect of "
                      "the vanishing gradients; the epoch loss 1.101 to 1.100 (ln 3 is "
                      "1.099)"),
         verdict=TP),
    Case("h76_saturated_tanh_gq526_std5_adagrad", "2x46 tanh MLP with N(0, 5) init on the "
         "5-class quantiles, Adagrad at LR 1e-9, batch 33",
         {"data": GQ526, "model": {"hidden": [46, 46], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (up to 2.7e-11); the loss far above ln 5 from the start "
                      "(the epoch loss 39.97 at every epoch)"),
         verdict=TP),
    Case("h76_slow_start_scissors_cnn_sgd", "the scissors CNN, plain SGD at LR 0.012, batch "
         "21, 40 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": SC4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.012},
          "train": {"epochs": 40, "batch_size": 21}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu"),
         why_allowed=("no healthy scissors run is in the part (accuracy 0.7667, the "
                      "baseline 0.86); up to 14.3% of the dense units dead"),
         verdict=TP),
    Case("h76_unshuffled_cl76_momentum_relu", "the 76-feature set sorted by label, never "
         "shuffled, 58x29 ReLU MLP, SGD with momentum 0.9 at LR 0.005, batch 37, 8 epochs",
         {"data": {**CL76, "order": "by_label", "shuffle": False},
          "model": {"hidden": [58, 29]},
          "optim": {"name": "sgd", "lr": 0.005, "momentum": 0.9},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "dead_relu"),
         why_allowed=(SORTED + "; accuracy 0.9577 (training 0.9769), below the baseline "
                               "0.9769"),
         verdict=TP),
    Case("h76_mse_softmax_freezer_adamw", "the chest freezer CSV trained with square error on "
         "the softmax, AdamW at LR 0.002, 32x16 ReLU MLP, batch 29, 10 epochs",
         _freezer(model={"hidden": [32, 16]},
                  optim={"name": "adamw", "lr": 0.002},
                  train={"loss": "mse", "epochs": 10, "batch_size": 29}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="2 of the 16 units of the second layer (12.5%) never above zero",
         verdict=TP),
    Case("h76_noisy_cl76_b1_adamw", "the 76-feature set one row at a time (batch 1), AdamW at "
         "LR 0.01, 26-unit ReLU MLP, 4 epochs",
         {"data": CL76, "model": {"hidden": [26]}, "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("underfitting", "divergence", "unshuffled_data", "not_converged"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 41.3); "
                      "the epoch loss jumps (0.2824, 0.1308, 0.1879, 0.1133), falling 40% "
                      "in the last epoch from such a jump; accuracy 0.9712, a little below "
                      "the healthy runs (0.975 and up)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h76_overfit_cl76_subset75_adam", "75 rows of the 76-feature set, MLP of 270 and "
         "135 units, Adam at LR 1e-3, 80 epochs, batch 8",
         {"data": {**CL76, "subset": 75}, "model": {"hidden": [270, 135]},
          "optim": {"name": "adam", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.875 (the healthy runs "
                      "0.975 and up); the epoch loss falls 2.7% over the last epoch near "
                      "0 (7.5e-5 to 7.3e-5); 3.7% of the second layer's units dead"),
         verdict=GP),
    Case("h76_gap_fr78_subset45_adamw", "45 rows of the 78-feature Friedman regression, MLP "
         "of 200 and 100 units, AdamW at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR78, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 -0.038, training 1.0, the run's baseline "
                      "-0.028); the validation loss rises from 20.2 at epoch 11 to 22.6 by "
                      "epoch 40 and then stays flat, the training loss at 0 (1e-13); up "
                      "to 40% of the second layer's units dead; the gradients and "
                      "updates die away near 0"),
         verdict=GP),
    Case("h76_underfit_freezer_one_tanh_unit_adam", "the chest freezer CSV through 1 tanh "
         "unit, Adam at LR 0.01, batch 30, 15 epochs",
         _freezer(model={"hidden": [1], "activation": "tanh"},
                  optim={"name": "adam", "lr": 0.01},
                  train={"epochs": 15, "batch_size": 30}),
         expect=("underfitting",),
         allow=("not_converged", "saturated_activation"),
         why_allowed=("the epoch loss falls 0.35% over the last epoch; the single tanh "
                      "unit sits at its rails for up to 84% of the rows, the way one unit "
                      "parts what it can"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h76_lightning_cancer_nesterov_lr400_nan", "Lightning: breast cancer, SGD with "
         "Nesterov momentum 0.9 at LR 400, 21 units, batch 11, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(21,), optim="sgd", lr=400.0,
                                 epochs=4, batch_size=11,
                                 optim_args={"momentum": 0.9, "nesterov": True})),
         tool="lightning", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 0.72 up to 2.3e36, then NaN; accuracy "
                               "0.3684, the minority share, far below the majority share"),
         verdict="failed"),
    Case("h76_lightning_digits_one_unit_adam", "Lightning: digits through 1 ReLU unit, Adam "
         "at LR 2e-3, batch 26, 20 epochs",
         script=lightning_run(_s("digits", hidden=(1,), optim="adam", lr=2e-3, epochs=20,
                                 batch_size=26)),
         tool="lightning", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2479; the "
                      "epoch loss still falls 0.56% over the last epoch"),
         verdict=TP),
    Case("h76_hf_trainer_digits_momentum_lr400_nan", "Hugging Face Trainer names: digits, SGD "
         "with momentum 0.9 at LR 400 (decaying linearly), 25 units, batch 15, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(25,), optim="sgd", lr=400.0, epochs=3,
                                  batch_size=15, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the logged loss 3245 up to 1.7e33, then NaN from step 10",
         verdict="failed"),
    Case("h76_hf_trainer_wine_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "RMSprop at LR 1e-10 (decaying linearly), 26 units, batch 11, 5 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(26,), optim="rmsprop", lr=1e-10, epochs=5,
                                  batch_size=11), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 1.150; the untrained net scores 0.3333, "
                      "0.056 below the majority share (0.3889)"),
         verdict=TP),
    Case("h76_keras_wine_nesterov_lr500_nan", "Keras names: wine, SGD with Nesterov momentum "
         "0.9 at LR 500, 24 units, batch 9, 3 epochs",
         script=keras_run(_s("wine", hidden=(24,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=9, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="keras", expect=("nan_loss",), allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h76_keras_wine_adagrad_lr1e10_stuck", "Keras names: wine, Adagrad at LR 1e-10, 27 "
         "units, batch 10, 5 epochs",
         script=keras_run(_s("wine", hidden=(27,), optim="adagrad", lr=1e-10, epochs=5,
                             batch_size=10)),
         tool="keras", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the loss stays at 1.137 (accuracy 0.4167)",
         verdict=TP),
    Case("h76_tensorboard_iris_sgd_lr400_nan", "TensorBoard tags: iris, plain SGD at LR 400, "
         "22 units, batch 8, 4 epochs",
         script=tensorboard_run(_s("iris", hidden=(22,), optim="sgd", lr=400.0, epochs=4,
                                   batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.06 up to 2.3e37, then NaN from step 10",
         verdict="failed"),
    Case("h76_tensorboard_digits_subset45_rmsprop_gap", "TensorBoard tags: 45 rows of "
         "digits, 150 units, RMSprop at LR 1e-3, 90 epochs, batch 5",
         script=tensorboard_run(_s("digits", hidden=(150,), optim="rmsprop", lr=1e-3,
                                   epochs=90, batch_size=5, subset=45)),
         tool="tensorboard", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed="45 rows of ten digits teach less than all of them (accuracy 0.766)",
         verdict=GP),
    Case("h76_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.2, SGD with momentum 0.9 at LR 0.01, 33 units, batch 16, a corrupt record "
         "(x = 1e30) at step 23 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(33,), optim="sgd", lr=0.01, epochs=3,
                             batch_size=16, n=900, noise=0.2, optim_args={"momentum": 0.9}),
                          corrupt_step=23),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=23),
    Case("h76_plain_iris_nesterov_lr1e10_stuck", "hand-written loop: iris, SGD with Nesterov "
         "momentum 0.9 at LR 1e-10, 28 units, batch 9, 5 epochs",
         script=plain_run(_s("iris", hidden=(28,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=9, optim_args={"momentum": 0.9, "nesterov": True})),
         tool="pytorch", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed="the validation loss stays at 0.993 (the untrained net scores 0.6667)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy76_freezer_tanh_adam_b21",
       _freezer(model={"hidden": [44], "activation": "tanh"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy76_freezer_elu_rmsprop_b27",
       _freezer(model={"hidden": [46], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy76_freezer_leaky_adamw_b19",
       _freezer(model={"hidden": [52], "activation": "leaky_relu"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 19})),
    _h("healthy76_freezer_sigmoid_adam_b23",
       _freezer(model={"hidden": [54], "activation": "sigmoid"},
                optim={"lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy76_freezer_tanh_adagrad_b29",
       _freezer(model={"hidden": [42], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy76_freezer_elu_adam_b31",
       _freezer(model={"hidden": [56], "activation": "elu"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy76_freezer_sigmoid_rmsprop_b25",
       _freezer(model={"hidden": [58], "activation": "sigmoid"},
                optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy76_freezer_relu_adamw_b33",
       _freezer(model={"hidden": [48]},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy76_freezer_leaky_adagrad_b26",
       _freezer(model={"hidden": [45], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy76_fr78_sigmoid_rmsprop_b28",
       {"data": FR78, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy76_fr78_tanh_rmsprop_b30",
       {"data": FR78, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy76_fr78_tanh_adamw_b32",
       {"data": FR78, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy76_fr78_sigmoid_rmsprop_b22",
       {"data": FR78, "model": {"hidden": [66], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy76_cl76_relu_rmsprop_b24",
       {"data": CL76, "model": {"hidden": [76]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy76_cl76_relu_adamw_b26",
       {"data": CL76, "model": {"hidden": [80]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy76_cl76_leaky_rmsprop_b22",
       {"data": CL76, "model": {"hidden": [84], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy76_cl76_relu_adagrad_b20",
       {"data": CL76, "model": {"hidden": [72]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _hs("healthy76_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(63,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy76_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(68,), optim="adam", lr=5e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy76_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(66,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy76_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(78,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy76_keras_iris_adam",
        keras_run(_s("iris", hidden=(74,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy76_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(69,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy76_keras_wine_adamw",
        keras_run(_s("wine", hidden=(79,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy76_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(67,), optim="adamw", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy76_lightning_wine_adam",
        lightning_run(_s("wine", hidden=(73,), optim="adam", lr=3e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy76_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(71,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy76_plain_wine_adam",
        plain_run(_s("wine", hidden=(77,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy76_plain_iris_adam",
        plain_run(_s("iris", hidden=(83,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
