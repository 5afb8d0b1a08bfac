"""The seventy-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout78`, after :mod:`.heldout76`'s and :mod:`.heldout77`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout77` in its combination of data set (new here: a 10x10 image set of a teacup (an open
rim, the cup's body, a handle on one side and a saucer under it in a 5x5 cell, turned by 0, 90, 180
or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise 0.3 and 2% random
labels (seed 790); 8-class Gaussian quantiles in 29 dimensions (4400 samples); an 81-feature
4-class set (2700 samples, 28 informative, 8 redundant, class separation 2.3); an 83-feature
Friedman-1 regression (2000 samples, noise 0.8); a heat press's state CSV (idle, heating up,
pressing, cooling down: 4 classes from 7 readings) and a laser-tag arena's daily players regression
CSV (in the hundreds), besides the script tools' shipped sets with new settings: iris, wine, breast
cancer, digits and the sine with noise 0.2), model (MLPs of several widths, depths and activations
(ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, plain SGD,
SGD with momentum or Nesterov momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The brief
gave these data as unused in the bank. The two CSV files are written under their own names
(``heat_press_state_h79``, ``laser_tag_daily_players_h79``) with seeds 791 and 792; the sklearn
sets use random states 793 to 795. The fault cases pair a mechanism with another optimiser, model,
data set or tool than :mod:`.heldout74` to :mod:`.heldout77` did: divergence under SGD with
Nesterov momentum in a sigmoid net on the unscaled laser-tag players (plain SGD and SGD with
momentum before), divergence under RMSprop at LR 30 in an ELU net on the 8-class quantiles (Adam
and AdamW before), exploding gradients in a 10-layer leaky-ReLU net with N(0, 1) init under Adam
on the 81-feature set (Nesterov momentum, Adagrad and RMSprop before), units killed by RMSprop at
LR 2 in the teacup CNN (Adam, Adagrad and AdamW before), a high update ratio from Adagrad at LR 3
in an ELU net on the heat-press CSV (Adam and AdamW before), a tiny learning rate under RMSprop on
the Friedman regression and under Adagrad on the heat-press CSV, vanishing gradients under plain
SGD in a 20-layer sigmoid net on the quantiles, saturation under RMSprop in a tanh net with N(0, 5)
init on the 81-feature set, a slow start of the teacup CNN under SGD with Nesterov momentum (plain
SGD and SGD with momentum before), the unshuffled 81-feature set under RMSprop in an ELU net,
square error with Adam on the heat-press CSV, the 81-feature set one row at a time under Adagrad
(a noisy loss), an overfit 75-row 81-feature set under RMSprop and a 45-row Friedman regression
under Adam, an underfit 1-unit sigmoid net under RMSprop on the 81-feature set, Lightning's NaN on
iris under plain SGD and its 40 rows of digits under AdamW (a gap), Trainer's NaN on breast cancer
under plain SGD and its stuck iris under Adagrad, Keras' NaN on digits under SGD with momentum and
its stuck breast cancer under SGD with momentum, TensorBoard's NaN on wine under SGD with Nesterov
momentum and its 1-unit digits under RMSprop, the hand-written loop's corrupt record on the sine
under Adam and its stuck digits under AdamW. The sibling :mod:`.heldout78` was not looked at. The
cases are spread over the tools (sixteen runner faults; two faults for each of Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (two
divergences that never turn NaN, exploding gradients, dead units that end a blow-up) and five
scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a high update
ratio; ``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed``
in five runner runs; ``at_chance`` in six runner runs and four scripts; one overfit runner run with
a generalisation gap, one runner regression and one script with a gap alone; three runner
regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged`` in four
and ``slow_start`` in one; ``underfitting`` in one runner run and one script), and the healthy
runner runs over three data sets (the heat-press CSV, the Friedman regression and the 81-feature
set), and the healthy scripts on breast cancer, wine and iris (Trainer, Keras and TensorBoard),
breast cancer and wine (Lightning and the hand-written loop). Every healthy script has a hidden
width between 80 and 89.

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
once with its final setting (two fault settings were changed after their first run: see below).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62`, :mod:`.heldout67`,
:mod:`.heldout73`, :mod:`.heldout75` and :mod:`.heldout77`): the state a run ends in is *expected*
where its metrics show it, the mechanisms on the way are *allowed* with their reason
(``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within 0.05 of
the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is far below
it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
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
runner sets are balanced (stratified splits): the majority share is 0.125 on the quantiles (1/8),
0.2519 on the 81-feature set, 0.2567 on the teacup images and 0.2533 on the heat-press CSV (read
from the test confusion matrices' rows); the scripts' validation splits hold a majority share of
0.3889 (wine), 0.6316 (breast cancer), 1/3 (iris) and 0.1003 (digits). The runs' baselines
(``baseline/val_*``): accuracy 1.0 on the heat-press CSV, 0.963 on the 81-feature set, 0.96 on the
teacup images, 0.1432 on the quantiles, R2 0.7564 on the Friedman regression and 0.9377 on the
laser-tag CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0289 (the
output layer of the sigmoid MLP with RMSprop on the heat-press CSV), single steps at most 0.309
(the output layer of the tanh MLP with Adagrad on the heat-press CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.567 (its output layer; 0.252 in its first),
20 times the healthy extreme, with single steps up to 35.7 (14.0 in its first layer), 116 times the
healthy one; the expected ``update_ratio_low`` runs sit at 0 to 2.0e-9 in quarter means, single
steps up to 1.3e-8 (RMSprop at LR 1e-10 on the Friedman regression), and 0 to 2.8e-11, single steps
up to 1.3e-10 (Adagrad at LR 1e-10 on the heat-press CSV), where the healthy runs' smallest quarter
mean is 9.1e-6 (the output layer of the sigmoid MLP with AdamW at the end of a cosine schedule on
the Friedman regression). Dead-unit fraction 0 at any time in every kept healthy ReLU, leaky-ReLU
and ELU runner run; the expected ``dead_relu`` run holds 33% of the units after the teacup CNN's
first convolution, 67% after its second and 93% of its dense units once RMSprop at LR 2 blows it
up. The saturated fraction per layer is at most 0.00046 in the kept healthy tanh and sigmoid runs
(the tanh MLP with Adagrad on the heat-press CSV); the expected ``saturated_activation`` run holds
0.958 and 0.949 in its two layers (its maximum and last value alike). The exploding run's gradient
norms sit at 3.3e5-1.8e6 with its epoch loss at 2.72e6 from the first epoch and never NaN (the
healthy runs' largest single norm 125: the output layer of the sigmoid MLP with Adam on the
Friedman regression); the vanishing run's first layer at 3.7e-18 to 1.3e-17 against up to 0.74 at
the output, its first ten layers' update ratio 0. The step-loss position in the epoch explains 94%
of the within-epoch variance over the second half in the sorted 81-feature set (the healthy runner
runs at most 22.4%: the sigmoid MLP with Adam on the heat-press CSV; 13.8% on the 81-feature set).
The standard deviation of the step loss's step-to-step change over the second half of a run is at
most 1.16 times its mean in the kept healthy runner runs (the ReLU MLP with Adagrad on the
81-feature set) and at most 2.01 in the healthy scripts (TensorBoard's breast cancer). Healthy
runs reach a validation score close to what the data allow (accuracy 1.0 on the heat-press CSV,
where the baseline is 1.0; 0.9704-0.9778 on the 81-feature set, where the baseline is 0.963; R2
0.7668-0.7716 on the Friedman regression, where the baseline is 0.7564; for the scripts 1.0
(Trainer's, TensorBoard's, Keras', Lightning's and the loop's wine), 0.9667 (Trainer's,
TensorBoard's and Keras' iris), 0.9649 (TensorBoard's, Keras', Lightning's and the loop's breast
cancer) and 0.9561 (Trainer's breast cancer)); their validation loss does not rise at the end
(every kept healthy run's is lowest at its last epoch but five: the sigmoid MLPs with Adam and
AdamW and the tanh MLP with RMSprop on the Friedman regression, lowest at epoch 17, 21 and 29 of
30 and 0.05%, 0.20% and under 0.01% above it at the end, Trainer's iris (epoch 38 of 40, 0.17%)
and Lightning's breast cancer (epoch 29 of 30, 0.04%)), the training loss has flattened (the
epoch loss falls at most 1.64% over the last epoch in the runner runs, the leaky-ReLU MLP with
AdamW on the heat-press CSV from 0.0330, 0.99% on the 81-feature set and 0.11% on the Friedman
regression; 5.0% and 4.7% in Keras' breast cancer and wine, both near their floor with the
validation loss lowest at the end; Lightning's per-epoch losses, noisier, fall 4.3% in breast
cancer and 4.4% in wine, with the validation loss lowest at or next to the end), no training
score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.024, the ReLU MLP
with AdamW on the 81-feature set, training 0.9944; among the scripts 0.029, TensorBoard's, Keras'
and Lightning's breast cancer, training 0.9941; the largest R2 gap: 0.0064, the tanh MLP with
RMSprop on the Friedman regression, training 0.7732, far from ~1), and they expect no finding of
severity warning or worse.

Healthy candidates replaced (33 trained, 29 kept): on the Friedman regression the tanh MLP with
AdamW at batch 25 (60 units; its validation loss lowest at epoch 21 of 30 and 0.32% above it at the
end, as the run :mod:`.heldout77` dropped at 0.33%) by the sigmoid MLP with AdamW at batch 27;
TensorBoard's and Keras' iris with AdamW at LR 5e-3 for 40 epochs (their validation loss lowest at
epoch 34 and 6.5% and 7.1% above it at the end) by AdamW at LR 2e-3 for 30 epochs; Lightning's wine
with AdamW at LR 3e-3 for 40 epochs (lowest at epoch 30, 4.7% above it at the end) by AdamW at LR
1e-3 for 30 epochs; each replacement was trained once and is healthy by every number above (the
figures above are from the kept runs only). No healthy run on the teacup images, on the quantiles,
on the laser-tag CSV, on the sine or on digits is in the part: their faults are read against the
run's own numbers and its baseline.

Labels read from the metrics: the laser-tag divergence climbs from a step loss of 2.1e5 to 8.6e14
(the epoch loss 1.1e10, 1.1e12 and 1.6e14) and never turns NaN (R2 -2.7e9), so ``divergence`` is
expected and ``nan_loss`` only allowed; RMSprop at LR 30 on the quantiles blew up to an epoch loss
of 1.2e9 (the step loss up to 4.1e10) and ends at 2702 (the last step 84.2, the first 2.12, near
ln 8), accuracy 0.125 (1/8) with 99.7% of the test predictions in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at 0.25 (the
majority share 0.2519) with 99.6% of the test predictions in one class and its epoch loss flat at
2.72e6, so ``not_training``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``exploding_gradients``; the teacup CNN under RMSprop at LR 2 blows up to an epoch loss of 1.9e8
in its first epoch and then sits at 2.41 and 2.09, above its first step 1.36, accuracy 0.2567
with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run throws its
first epoch about (the step loss up to 329 from 1.52, the epoch loss 20.4), then its loss is 0
from the fifth epoch with accuracy 1.0, so ``update_ratio_high`` is expected alone and, as in
:mod:`.heldout73` to :mod:`.heldout77`, the verdict is a training problem; RMSprop at LR 1e-10 on
the Friedman regression ends at R2 -8.55 (the epoch loss 240.1 at every epoch); Adagrad at LR
1e-10 on the heat-press CSV (the epoch loss 1.412 at every epoch) ends at 0.2433 (0.010 below the
majority share 0.2533) with 99.7% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``not_training`` and ``update_ratio_low``; the
vanishing run ends at 0.125 with every test prediction in one class and its epoch loss at 2.090 to
2.082 (ln 8 is 2.079, its first step 2.18), so ``at_chance`` and ``predictions_collapsed`` are
expected beside ``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends
at 0.2667 (0.015 above the majority share; the epoch loss 36.62 at every epoch) with 29% of the
test predictions in one class, so ``at_chance`` is expected beside ``saturated_activation`` and
``not_training``; the slow start of the teacup CNN under SGD with Nesterov momentum at LR 1.5e-3
lingers near ln 4 for a dozen epochs (the epoch loss 1.388, 1.379, 1.375 and on to 1.333 at epoch
12, 4.0% below its first epoch), then falls to 0.373 and still falls 7.2% over its last epoch
(0.4025 to 0.3734) with the validation loss lowest at the end (accuracy 0.84, training 0.9056, the
baseline 0.96), so ``slow_start`` and ``not_converged`` are expected and ``underfitting`` allowed;
the sorted 81-feature set ends at 0.9463 (the baseline 0.963) with its epoch loss falling 14% over
the last epoch (0.3575 to 0.3083) and the validation loss lowest at the end, so ``not_converged``
is expected beside ``unshuffled_data``; the square-error heat-press run reaches accuracy 0.99 while
its epoch loss still falls 15% over its last epoch (0.0556 to 0.0473, from 0.1915 in the first)
with the validation loss lowest at the end, so ``not_converged`` is expected beside
``loss_mismatch``; the batch-1 81-feature run's step loss swings 7.7 times its mean step to step
over the second half (6.7 times the healthy runner runs' 1.16, 3.8 times the healthy scripts'
2.01) while its epoch loss still falls 33% over the last epoch (0.0463 to 0.0311) and its
validation loss, lowest at epoch 2 (0.1238), ends only 1.4% above it (0.1256), so ``noisy_loss``
and ``not_converged`` are expected and ``overfitting`` only allowed (accuracy 0.9704, training
0.9981: no gap); the 75 rows of the 81-feature set end at validation 0.8778 (training 1.0) with the
validation loss lowest at epoch 10 (0.3995) and rising at almost every later epoch to 0.4624 (15.7%
above it) at epoch 80, so ``overfitting`` and ``generalisation_gap`` are expected; the 45-row
Friedman regression (R2 0.0737, training 1.0, its validation loss lowest at epoch 11 and flat at
23.41, 11% above it, for the last 110 epochs) expects ``generalisation_gap`` alone; Lightning's 40
rows of digits (validation 0.7131, training 1.0) have their validation loss lowest at epoch 63
(0.9366) and only 0.43% above it at the end, so ``generalisation_gap`` is expected alone and
``overfitting`` allowed; the 1-unit sigmoid net on the 81-feature set ends at 0.5019 (training
0.5235, the healthy runs 0.9704 and up) with its epoch loss falling 0.29% over the last epoch and
50% of the test predictions in one class, so ``underfitting`` is expected (``at_chance`` not
allowed, 0.25 above the majority share). Lightning's NaN on iris (the step loss 1.24 up to 1.6e33,
then Inf and NaN from its ninth logged step) ends at 0.3333 (1/3), so ``divergence`` and
``at_chance`` are expected beside ``nan_loss``; Trainer's NaN on breast cancer (the logged loss
0.33, 13.2, 7.9e10 up to 2.1e33, then NaN from step 12) ends at 0.3684 (the minority share) and
TensorBoard's NaN on wine (the step loss 1.11 up to 4.6e34, then NaN from step 8) at 0.3333 (0.056
below the majority share), so both expect ``divergence`` and allow ``at_chance``; Keras' NaN on
digits (every epoch's loss NaN) ends at 0.1003, the majority share, so ``nan_loss`` and
``at_chance`` are expected and ``divergence`` only allowed (no finite loss shows the blow-up).
Trainer's stuck iris (Adagrad at LR 1e-10, the evaluation loss 1.153 at every evaluation) scores
0.3333 and the loop's stuck digits (AdamW at LR 1e-10, the validation loss 2.295 throughout)
0.1281 (0.028 above the majority share), so ``not_training`` and ``at_chance`` are expected; Keras'
stuck breast cancer (SGD with momentum at LR 1e-10, the loss 0.6671 at every epoch) scores 0.5088,
far below the majority share 0.6316, so ``at_chance`` is only allowed; TensorBoard's 1-unit digits
end at 0.2674 (training 0.256) with the loss falling 0.45% and the validation loss 0.50% over the
last epoch (``underfitting``; ``at_chance`` not allowed, 0.17 above the majority share); the loop's
corrupt record makes the loss Inf at step 21 (the loss from 0.66 down to 0.10-0.35 before it).

Faults changed after their first run: the laser-tag divergence's first setting (a 36-unit
leaky-ReLU MLP under SGD with Nesterov momentum at LR 0.05) overflowed to Inf at its fourth step,
so no epoch finished; three lower rates (0.01, 0.003, 0.001) overflowed too, so the unbounded
hidden layer was swapped for a sigmoid one, which at LR 0.05 and 0.1 blew up and came back down
and at LR 0.2 overflowed, and LR 0.16 (which climbs every epoch and never turns NaN) was kept and
trained once as the case; the underfit case's first setting (1 sigmoid unit on the heat-press CSV)
kept learning (the epoch loss falling 1.9% over its last epoch, accuracy 0.67, and 0.72 after 20
or 40 epochs), and 1 tanh or ReLU unit there learned on too (ReLU reached 0.98: the four press
states lie along one direction), so the one-unit net moved to the 81-feature set, trained once.
The first labels were written before the runs and then set from the metrics as above:
``predictions_collapsed`` added to the expected codes of the quantiles' divergence, the exploding
run, the stuck heat-press run and the vanishing run (written as allowed or not at all);
``at_chance`` added to the stuck heat-press run's, Lightning's NaN, Keras' NaN, Trainer's stuck
iris and the loop's stuck digits (written as allowed or not at all); ``not_converged`` expected
in the slow start and the batch-1 run (written as allowed); ``overfitting`` moved from expected to
allowed in the batch-1 run and Lightning's 40 rows of digits; ``dead_relu``,
``saturated_activation``, ``overfitting`` and ``update_ratio_high`` allowed where the metrics show
them.


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

# a teacup in a 5x5 cell (an open rim at the top, the cup's body, its handle on the right, a
# saucer across the bottom), turned by 90 degrees at a time for the other three directions
_TEACUP_UP = np.array([[1, 0, 1, 0, 0],
                       [1, 1, 1, 1, 0],
                       [1, 1, 1, 0, 1],
                       [0, 1, 1, 1, 0],
                       [1, 1, 1, 1, 1]], dtype=float)
_TEACUPS = turned(_TEACUP_UP)


def teacups(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 teacup glyph at a random place (4 classes: the teacup turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TEACUPS, n, size, noise, flip, seed)


def _heat_press_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A heat press's state (0 idle, 1 heating up, 2 pressing, 3 cooling down) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    platen_c = np.array([24.0, 125.0, 188.0, 95.0])[cls] + rng.normal(0, 9.0, n)
    pressure_bar = np.array([0.0, 0.0, 4.4, 0.0])[cls] + rng.normal(0, 0.35, n)
    heater_w = np.array([0.0, 1750.0, 850.0, 0.0])[cls] + rng.normal(0, 110.0, n)
    clamp = ((cls == 2) ^ (rng.random(n) < 0.05)).astype(float)
    timer_s = rng.uniform(0.0, 60.0, n)
    ambient_c = rng.uniform(14.0, 33.0, n)
    garment_g = rng.uniform(80.0, 650.0, n)
    return (["platen_c", "pressure_bar", "heater_w", "clamp_closed", "cycle_timer_s",
             "ambient_c", "garment_g", "state"],
            np.column_stack([platen_c, pressure_bar, heater_w, clamp, timer_s, ambient_c,
                             garment_g, cls]))


def _laser_tag_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A laser-tag arena's players a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    arenas_open = rng.integers(2, 7, n).astype(float)
    temp_c = rng.uniform(-7, 34, n)
    rain_mm = rng.uniform(0, 26, n)
    parties = rng.integers(0, 9, n).astype(float)
    league_night = rng.integers(0, 2, n).astype(float)
    school_break = rng.integers(0, 2, n).astype(float)
    players = (140 + 30.0 * arenas_open + 3.0 * rain_mm - 1.6 * temp_c + 22.0 * parties
               + 90.0 * league_night + 60.0 * school_break + 85.0 * (weekday >= 5)
               + rng.normal(0, 17.0, n))
    return (["weekday", "arenas_open", "temp_c", "rain_mm", "birthday_parties",
             "league_night", "school_break", "players"],
            np.column_stack([weekday, arenas_open, temp_c, rain_mm, parties, league_night,
                             school_break, players]))


def _press(**sections: Any) -> Any:
    return _csv("heat_press_state_h79", _heat_press_csv, "state", "classification", 791,
                **sections)


def _lasertag(**sections: Any) -> Any:
    return _csv("laser_tag_daily_players_h79", _laser_tag_csv, "players", "regression", 792,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout79"
TC4 = _factory(f"{HERE}:teacups", seed=790)
GQ829 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4400, n_features=29,
                 n_classes=8, random_state=793)
CL81 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=81,
                n_informative=28, n_redundant=8, n_classes=4, class_sep=2.3, random_state=794)
FR83 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=83, noise=0.8,
                random_state=795)
TCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 18}], "hidden": [30]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h79_divergence_lasertag_nesterov_sigmoid", "the laser-tag arena daily-players CSV "
         "(targets unscaled, in the hundreds), 36-unit sigmoid MLP, SGD with Nesterov "
         "momentum 0.9 at LR 0.16, batch 24",
         _lasertag(model={"hidden": [36], "activation": "sigmoid"},
                   optim={"name": "sgd", "lr": 0.16, "momentum": 0.9, "nesterov": True},
                   train={"epochs": 3, "batch_size": 24}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 2.1e5 up to 8.6e14 (the epoch loss "
                               "1.1e10, 1.1e12, 1.6e14), never NaN; every sigmoid unit "
                               "saturated; update ratios up to 6093 in single steps"),
         verdict="failed"),
    Case("h79_divergence_gq829_rmsprop_lr30_elu", "88x44 ELU MLP on the 8-class quantiles in "
         "29 dimensions, RMSprop at LR 30, batch 31",
         {"data": GQ829, "model": {"hidden": [88, 44], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 1.2e9, 1.2e5 and 2702 (first step 2.12, near "
                               "ln 8), never NaN; update ratios up to 4912 in single steps; "
                               "97.7% of the second layer's units never above zero"),
         verdict="failed"),
    Case("h79_exploding_cl81_10x24_leaky_std1_adam", "10x24 leaky-ReLU MLP with N(0, 1) init "
         "on the 81-feature set, Adam at LR 1e-12, batch 33",
         {"data": CL81, "model": {"hidden": [24] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.717e6 at every epoch), far above "
                      "ln 4 from the first step; Adam's tiny steps do not move the wide "
                      "weights (update ratio 0); up to 12.5% of a layer's units dead"),
         verdict="failed"),
    Case("h79_dead_relu_teacup_cnn_rmsprop_lr2", "the teacup CNN (9, 18 channels, 30 "
         "hidden), RMSprop at LR 2, batch 23",
         {"data": TC4, "model": TCNN, "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 1.9e8 in the first epoch (the step loss up "
                               "to 7.3e9), then 2.41 and 2.09 (first step 1.36, near ln 4); "
                               "33% of the units after the first convolution, 67% after the "
                               "second and 93% of the dense units dead"),
         verdict="failed"),
    Case("h79_update_ratio_high_press_adagrad_lr3_elu", "Adagrad at LR 3 on the heat-press "
         "CSV, 52 ELU units, batch 27, 8 epochs",
         _press(model={"hidden": [52], "activation": "elu"},
                optim={"name": "adagrad", "lr": 3.0},
                train={"epochs": 8, "batch_size": 27}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the first epoch about (the step loss up to 329 "
                      "from 1.52, the epoch loss 20.4, then 0.20, 0.052, 0.010), then the "
                      "loss sits at 0 with accuracy 1.0, so the gradients and updates are 0 "
                      "from the fifth epoch on; 1 of the 52 ELU units never above zero"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h79_rmsprop_lr1e10_fr83", "the 83-feature Friedman regression, 44x22 ELU MLP, "
         "RMSprop at LR 1e-10, batch 27, 4 epochs",
         {"data": FR83, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed="R2 -8.55, far below the baseline (0.7564) and the healthy runs",
         verdict=TP),
    Case("h79_adagrad_lr1e10_press", "the heat-press CSV, 38x19 leaky-ReLU MLP, Adagrad at "
         "LR 1e-10, batch 21, 4 epochs",
         _press(model={"hidden": [38, 19], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 1e-10},
                train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed="the untrained net's loss (the epoch loss 1.412 at every epoch)",
         verdict=TP),
    Case("h79_vanishing_sigmoid_gq829_20x16_sgd", "20x16 sigmoid MLP on the 8-class "
         "quantiles, plain SGD at LR 0.05, batch 37, 4 epochs",
         {"data": GQ829, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first ten layers do not move (update ratio 0), a side effect of "
                      "the vanishing gradients; the epoch loss 2.090 to 2.082 (ln 8 is "
                      "2.079)"),
         verdict=TP),
    Case("h79_saturated_tanh_cl81_std5_rmsprop", "2x50 tanh MLP with N(0, 5) init on the "
         "81-feature set, RMSprop at LR 1e-9, batch 37",
         {"data": CL81, "model": {"hidden": [50, 50], "activation": "tanh",
                                  "init": "normal", "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (at most 5.7e-10); the loss far above ln 4 from the "
                      "start (the epoch loss 36.62 at every epoch)"),
         verdict=TP),
    Case("h79_slow_start_teacup_cnn_nesterov", "the teacup CNN, SGD with Nesterov momentum "
         "0.9 at LR 1.5e-3, batch 23, 40 epochs: the epoch loss lingers near ln 4 and then "
         "falls",
         {"data": TC4, "model": TCNN,
          "optim": {"name": "sgd", "lr": 1.5e-3, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 40, "batch_size": 23}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu"),
         why_allowed=("no healthy teacup run is in the part (accuracy 0.84, training 0.9056, "
                      "the baseline 0.96); up to 20% of the dense units dead"),
         verdict=TP),
    Case("h79_unshuffled_cl81_rmsprop_elu", "the 81-feature set sorted by label, never "
         "shuffled, 62x31 ELU MLP, RMSprop at LR 3e-4, batch 41, 8 epochs",
         {"data": {**CL81, "order": "by_label", "shuffle": False},
          "model": {"hidden": [62, 31], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 3e-4},
          "train": {"epochs": 8, "batch_size": 41}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting"),
         why_allowed=(SORTED + "; accuracy 0.9463 (training 0.9451), below the baseline "
                               "0.963 and the healthy runs (0.9704 and up)"),
         verdict=TP),
    Case("h79_mse_softmax_press_adam", "the heat-press CSV trained with square error on the "
         "softmax, Adam at LR 5e-4, 30x15 ReLU MLP, batch 27, 10 epochs",
         _press(model={"hidden": [30, 15]},
                optim={"lr": 5e-4},
                train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         allow=("dead_relu",),
         why_allowed="1 of the 15 units of the second layer (6.7%) never above zero",
         verdict=TP),
    Case("h79_noisy_cl81_b1_adagrad", "the 81-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.05, 28-unit ReLU MLP, 4 epochs",
         {"data": CL81, "model": {"hidden": [28]}, "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows throw the steps about (the step loss from 0 to 9.16, "
                      "above its first step 1.56); the validation loss, lowest at epoch 2 "
                      "(0.1238), ends 1.4% above it (0.1256) as the epoch loss falls; with "
                      "four epochs the second half holds only two, so the step loss's "
                      "position in the epoch explains about half of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h79_overfit_cl81_subset75_rmsprop", "75 rows of the 81-feature set, MLP of 280 and "
         "140 units, RMSprop at LR 1e-3, 80 epochs, batch 8",
         {"data": {**CL81, "subset": 75}, "model": {"hidden": [280, 140]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8778 (the healthy "
                      "runs 0.9704 and up); the epoch loss, near 0 (1.1e-5), falls 5.9% "
                      "over the last epoch; 12.1% of the second layer's units dead"),
         verdict=GP),
    Case("h79_gap_fr83_subset45_adam", "45 rows of the 83-feature Friedman regression, MLP of "
         "210 and 105 units, Adam at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR83, "subset": 45}, "model": {"hidden": [210, 105]},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.0737, training 1.0, the run's baseline "
                      "0.1013); the validation loss, lowest at epoch 11 (21.10), rises to "
                      "25.5 by epoch 15 and settles at 23.41 (11% above its minimum) for "
                      "the last 110 epochs; with the training loss near 0 (1e-13) the "
                      "updates and gradients die away and the step loss swings about its "
                      "tiny mean; up to 44% of the second layer's units dead"),
         verdict=GP),
    Case("h79_underfit_cl81_one_sigmoid_unit_rmsprop", "the 81-feature set through 1 sigmoid "
         "unit, RMSprop at LR 0.01, batch 31, 15 epochs",
         {"data": CL81, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting",),
         allow=("not_converged", "saturated_activation", "overfitting", "update_ratio_high"),
         why_allowed=("the single unit sits at its ends for 74% of the rows and RMSprop's "
                      "steps on its 81 weights reach 1.5 times their size in single steps, "
                      "the way one unit parts what it can; the epoch loss falls 0.29% over "
                      "the last epoch; the validation loss, lowest at epoch 12, ends 1.1% "
                      "above it"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h79_lightning_iris_sgd_lr400_nan", "Lightning: iris, plain SGD at LR 400, 19 units, "
         "batch 9, 4 epochs",
         script=lightning_run(_s("iris", hidden=(19,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=9)),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP + "; the step loss from 1.24 up to 1.6e33, then Inf and NaN",
         verdict="failed"),
    Case("h79_lightning_digits_subset40_adamw_gap", "Lightning: 40 rows of digits, 140 units, "
         "AdamW at LR 1e-3, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(140,), optim="adamw", lr=1e-3, epochs=90,
                                 batch_size=5, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (validation "
                      "accuracy 0.7131, training 1.0); the validation loss, lowest at epoch "
                      "63 (0.9366), ends 0.43% above it; the epoch loss, near 0 (0.0035), "
                      "falls 1.9% over the last epoch"),
         verdict=GP),
    Case("h79_hf_trainer_cancer_sgd_lr300_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 300 (decaying linearly), 17 units, batch 13, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(17,), optim="sgd", lr=300.0,
                                  epochs=3, batch_size=13), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the logged loss 0.33 up to 2.1e33, then NaN from step 12; "
                               "accuracy 0.3684, the minority share, far below the majority "
                               "share"),
         verdict="failed"),
    Case("h79_hf_trainer_iris_adagrad_lr1e10_stuck", "Hugging Face Trainer names: iris, "
         "Adagrad at LR 1e-10 (decaying linearly), 27 units, batch 9, 5 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("iris", hidden=(27,), optim="adagrad", lr=1e-10, epochs=5,
                                  batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the evaluation loss stays at 1.153 (accuracy 0.3333)",
         verdict=TP),
    Case("h79_keras_digits_momentum_lr400_nan", "Keras names: digits, SGD with momentum 0.9 at "
         "LR 400, 21 units, batch 16, 3 epochs",
         script=keras_run(_s("digits", hidden=(21,), optim="sgd", lr=400.0, epochs=3,
                             batch_size=16, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h79_keras_cancer_momentum_lr1e10_stuck", "Keras names: breast cancer, SGD with "
         "momentum 0.9 at LR 1e-10, 29 units, batch 14, 5 epochs",
         script=keras_run(_s("breast_cancer", hidden=(29,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=14, optim_args={"momentum": 0.9})),
         tool="keras", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the loss stays at 0.6671; the untrained net scores 0.5088, far below "
                      "the majority share (0.6316)"),
         verdict=TP),
    Case("h79_tensorboard_wine_nesterov_lr500_nan", "TensorBoard tags: wine, SGD with Nesterov "
         "momentum 0.9 at LR 500, 23 units, batch 9, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(23,), optim="sgd", lr=500.0, epochs=3,
                                   batch_size=9,
                                   optim_args={"momentum": 0.9, "nesterov": True})),
         tool="tensorboard", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.11 up to 4.6e34, then NaN from step 8; "
                               "accuracy 0.3333, 0.056 below the majority share"),
         verdict="failed"),
    Case("h79_tensorboard_digits_one_unit_rmsprop", "TensorBoard tags: digits through 1 ReLU "
         "unit, RMSprop at LR 2e-3, batch 24, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="rmsprop", lr=2e-3,
                                   epochs=20, batch_size=24)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2674 "
                      "(training 0.256); the loss still falls 0.45% and the validation loss "
                      "0.50% over the last epoch"),
         verdict=TP),
    Case("h79_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam at LR 0.01, 34 units, batch 15, a corrupt record (x = 1e30) at step 21 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(34,), optim="adam", lr=0.01, epochs=3,
                             batch_size=15, n=900, noise=0.2), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=21),
    Case("h79_plain_digits_adamw_lr1e10_stuck", "hand-written loop: digits, AdamW at LR "
         "1e-10, 31 units, batch 17, 4 epochs",
         script=plain_run(_s("digits", hidden=(31,), optim="adamw", lr=1e-10, epochs=4,
                             batch_size=17)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed="the validation loss stays at 2.295 (accuracy 0.1281)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy79_press_tanh_adam_b22",
       _press(model={"hidden": [46], "activation": "tanh"},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy79_press_elu_rmsprop_b28",
       _press(model={"hidden": [50], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 28})),
    _h("healthy79_press_leaky_adamw_b20",
       _press(model={"hidden": [53], "activation": "leaky_relu"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 20})),
    _h("healthy79_press_sigmoid_adam_b24",
       _press(model={"hidden": [57], "activation": "sigmoid"},
              optim={"lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy79_press_tanh_adagrad_b30",
       _press(model={"hidden": [41], "activation": "tanh"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 30})),
    _h("healthy79_press_relu_adamw_b18",
       _press(model={"hidden": [49]},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 18})),
    _h("healthy79_press_elu_adam_b32",
       _press(model={"hidden": [55], "activation": "elu"},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 32})),
    _h("healthy79_press_sigmoid_rmsprop_b26",
       _press(model={"hidden": [59], "activation": "sigmoid"},
              optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy79_fr83_sigmoid_adamw_b27",
       {"data": FR83, "model": {"hidden": [66], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy79_fr83_sigmoid_rmsprop_b29",
       {"data": FR83, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy79_fr83_tanh_rmsprop_b31",
       {"data": FR83, "model": {"hidden": [57], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 31}}),
    _h("healthy79_fr83_sigmoid_adam_b23",
       {"data": FR83, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy79_cl81_relu_rmsprop_b25",
       {"data": CL81, "model": {"hidden": [78]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy79_cl81_relu_adamw_b27",
       {"data": CL81, "model": {"hidden": [82]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy79_cl81_leaky_adam_b23",
       {"data": CL81, "model": {"hidden": [86], "activation": "leaky_relu"},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy79_cl81_relu_adagrad_b21",
       {"data": CL81, "model": {"hidden": [74]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _hs("healthy79_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(81,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=18)), "tensorboard"),
    _hs("healthy79_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(87,), optim="adamw", lr=2e-3, epochs=30,
                           batch_size=11)), "tensorboard"),
    _hs("healthy79_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(84,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=11)), "tensorboard"),
    _hs("healthy79_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(88,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy79_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(80,), optim="adam", lr=5e-3, epochs=40,
                          batch_size=11), logging_steps=2), "transformers"),
    _hs("healthy79_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(85,), optim="adamw", lr=1e-3, epochs=20,
                          batch_size=15), logging_steps=2), "transformers"),
    _hs("healthy79_keras_iris_adamw",
        keras_run(_s("iris", hidden=(83,), optim="adamw", lr=2e-3, epochs=30,
                     batch_size=11)), "keras"),
    _hs("healthy79_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(86,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=18)), "keras"),
    _hs("healthy79_keras_wine_adam",
        keras_run(_s("wine", hidden=(82,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=11)), "keras"),
    _hs("healthy79_lightning_cancer_adamw_b22",
        lightning_run(_s("breast_cancer", hidden=(89,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=22)), "lightning"),
    _hs("healthy79_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(81,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=11)), "lightning"),
    _hs("healthy79_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(84,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=18)), "pytorch"),
    _hs("healthy79_plain_wine_adam",
        plain_run(_s("wine", hidden=(87,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=11)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
