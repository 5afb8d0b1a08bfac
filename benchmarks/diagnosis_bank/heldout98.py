"""The ninety-eighth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout99`, after :mod:`.heldout96` and :mod:`.heldout97` and
before either new part was measured, by someone who saw no diagnosis of its runs. Every case differs
from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout97` in its
combination of data set (new here: a 10x10 image set of a saucepan (a pan three cells square on the
left of the middle three rows of a 5x5 cell and a handle that leaves its middle row to the right,
turned by 0, 90, 180 or 270 degrees, so the four turns differ; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 980); 5-class Gaussian quantiles in 114 dimensions (3500 samples); a
119-feature 5-class set (2400 samples, 30 informative, 12 redundant, class separation 2.8); a
122-feature Friedman-1 regression (1700 samples, noise 0.8); a label printer's state CSV (idle,
printing, paper out, jammed: 4 classes from 7 readings) and a funfair's daily bumper-car rides
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: blobs
(3 centres, 540 or 560 points, cluster spread 3; 4 centres, 600 points, spread 2), iris, the sine
with noise 0.25 (620 to 670 points), wine, circles (560 points, noise 0.1), moons (570 or 590
points, noise 0.2), digits and breast cancer), model (MLPs of several widths, depths and activations
(ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 6 and 10 channels), optimiser (Adam, AdamW,
RMSprop, RMSprop with momentum 0.8, Adagrad, Adadelta, SGD with momentum 0.7 or Nesterov momentum
0.8, and for the scripts Adamax, NAdam and SGD with momentum 0.7), batch size, learning rate,
schedule (cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). The glyph's name, the two CSV themes and the sklearn feature counts were checked
against the bank's parts (the sibling left out) as unused. The two CSV files are written under their
own names (``label_printer_state_h98``, ``bumper_cars_daily_rides_h98``) with seeds 981 and 982;
the sklearn sets use random states 983 to 985. The fault cases pair a mechanism with another
optimiser, model, data set or tool than :mod:`.heldout94` to :mod:`.heldout97` did: divergence
under SGD with Nesterov momentum 0.8 in a sigmoid net on the unscaled bumper-car rides (momentum in
ELU nets, plain SGD in a tanh net, Nesterov momentum in a leaky-ReLU net before), divergence under
Adagrad at LR 30 in a tanh net on the 5-class quantiles (RMSprop in tanh and leaky-ReLU nets, AdamW
in ELU nets before), exploding gradients in a 10-layer ReLU net with N(0, 1) init under Adadelta on
the 119-feature set (plain SGD in ReLU, leaky-ReLU and ELU nets before), units killed by RMSprop
with momentum 0.8 at LR 3 in the saucepan CNN (Adadelta, Adagrad and momentum before), a high update
ratio from SGD with momentum 0.7 at LR 12 in a sigmoid net on the printer CSV (momentum 0.9 in
sigmoid nets, Nesterov momentum in sigmoid and tanh nets before), a tiny learning rate under RMSprop
with momentum 0.8 on the Friedman regression (momentum and plain SGD before) and under Adagrad in a
tanh net on the printer CSV (Nesterov momentum, Adam and RMSprop with momentum before), vanishing
gradients under RMSprop with momentum 0.8 in a 20-layer sigmoid net on the 119-feature set (RMSprop
and AdamW before), saturation of tanh units with N(0, 5) init under Adadelta on the quantiles
(sigmoid units under Adadelta and RMSprop, tanh units under Adagrad before), a slow start of the
saucepan CNN with N(0, 0.05) init under SGD with Nesterov momentum 0.8 (Adagrad, plain SGD and
momentum before), the unshuffled 119-feature set under Adagrad in an ELU net (plain SGD, Adam and
RMSprop with momentum before), square error with Adadelta in an ELU net on the printer CSV (RMSprop
with momentum, Adagrad, AdamW and Adam before), the 119-feature set one row at a time under SGD with
momentum 0.7 in a sigmoid net (Adam and Nesterov momentum before), an overfit 50-row 119-feature
set under Adam in a tanh net (plain SGD, Nesterov momentum and RMSprop with momentum before) and a
42-row Friedman regression under RMSprop in a leaky-ReLU net (Nesterov momentum, Adadelta and plain
SGD before), an underfit 1-unit ELU net under Adam (sigmoid and tanh units under RMSprop and
Adagrad before), and for the scripts, with Adamax, NAdam and SGD with momentum 0.7 on blobs, iris
and the sine (as this part was asked to, apart from the sibling's choice; the regressions go only
to the tools that log a regression's score, Trainer and the loop): Lightning's NaN on blobs under
NAdam and its stuck iris under momentum, Trainer's NaN on the sine under Adamax and its stuck blobs
under NAdam, Keras' NaN on iris under momentum and its 10 rows of blobs under Adamax (overfit, a
gap), TensorBoard's NaN on iris under NAdam and its 4 rows of iris under momentum (overfit, a gap),
the hand-written loop's corrupt record on the sine under momentum and its stuck iris under Adamax.
The sibling :mod:`.heldout99` was not looked at; every script case (faults and healthy runs alike)
holds a hidden width of 250 to 259, a range given to this part alone. The cases are spread over the
tools (sixteen runner faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the
hand-written loop) and the fault classes (four runner runs broken (a divergence into Inf, a
divergence that never turns NaN, exploding gradients, dead units that end a blow-up) and five
scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf); a high update
ratio; ``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed``
in two runner runs; ``at_chance`` in six runner runs and five scripts; one overfit runner run with a
generalisation gap, one overfit runner regression with a gap and two overfit scripts with a gap;
three runner regressions among the faults; ``not_converged`` expected in two runner runs and
``slow_start`` in one; ``underfitting`` in one runner run; no ``noisy_loss`` is expected, see
below), and the healthy runner runs over three data sets (the printer CSV, the Friedman regression
and the 119-feature set), and the healthy scripts on circles, the sine and wine (TensorBoard), iris,
the sine and moons (Trainer), moons, iris and digits (Keras), wine and breast cancer (Lightning)
and digits and the sine (the hand-written loop).

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

Label policy (as in :mod:`.heldout97`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of 1/K
and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when
the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1
lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends
clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the
step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at
the end and the validation loss (or score) is still improving there, i.e. more epochs would
still help the held-out result (it counts at severity info; a training loss that falls while the
validation loss has turned up or flattened is not ``not_converged``); ``underfitting`` when both
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
the majority share is 0.2 on the quantiles' and the 119-feature set's test splits (1/5), 0.2567
on the printer CSV's and 0.26 on the saucepan images' (read from the test confusion matrices'
rows); the scripts' validation splits hold a majority share of 0.3333 (iris), about 0.34 (blobs,
3 centres), 0.3889 (wine), 0.6316 (breast cancer), 0.1003 (digits) and 0.5 (circles, moons). The
runs' baselines (``baseline/val_*``): accuracy 1.0 on the printer CSV, 0.9396 on the 119-feature
set, 0.7467 on the saucepan images, 0.2 on the quantiles, R2 0.699 on the Friedman regression and
0.949 on the bumper-car CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0534 (the
first layer of the tanh MLP with Adagrad on the Friedman regression), single steps at most 0.576
(the same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.168 (its
output layer), 3.1 times the healthy extreme, with single steps up to 8.74, 15 times the healthy
one; the expected ``update_ratio_low`` runs sit at 1.3e-9 to 7.2e-9 in quarter means (RMSprop with
momentum at LR 1e-10 on the Friedman regression) and at 0 to 2.8e-11 (Adagrad at LR 1e-10 on the
printer CSV), where the healthy runs' smallest quarter mean is 8.5e-6 (the output layer of the tanh
MLP with Adam on the Friedman regression at the end of its cosine schedule). Dead-unit fraction 0
at any time in every healthy ReLU, leaky-ReLU and ELU runner run; the expected ``dead_relu`` run
holds every channel after the saucepan CNN's second convolution and 73% of the dense units dead
once RMSprop with momentum at LR 3 blows it up. The saturated fraction per layer is at most 0.0128
in the healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the 119-feature set); the
expected ``saturated_activation`` run holds 0.967 and 0.948 in its two layers (its maximum and
last value alike). The exploding run's gradient norms sit at 4.1e5-3.6e6 in every layer with its
epoch loss at 2.873e6 from the first epoch and never NaN (the healthy runs' gradient norms at most
199, the tanh MLP with Adagrad on the Friedman regression, whose targets are unscaled); the
vanishing run's first layer at 1.2e-17 to 3.6e-17 against 0.055 to 0.51 at the output, growing
about tenfold a layer.
The step-loss position in the epoch explains 96% of the within-epoch variance over the second half
in the sorted 119-feature set (the healthy runner runs at most 16.4%: the tanh MLP with Nesterov
momentum on the printer CSV). The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 1.85 times its mean in the healthy runner runs (the ELU MLP
with RMSprop with momentum on the printer CSV, whose step loss ends near 0) and at most 1.79 in the
healthy scripts (Lightning's breast cancer under NAdam, near 0). Healthy runs reach a validation
score close to what the data allow (accuracy 0.98-1.0 on the printer CSV, where the baseline is
1.0; 0.927-0.942 on the 119-feature set, where the baseline is 0.94; R2 0.698-0.710 on the
Friedman regression, where the baseline is 0.699; for the scripts 0.9667 on iris (Trainer,
Keras), 0.9821 on circles (TensorBoard), R2 0.906, 0.891 and 0.916 on the sine (TensorBoard,
Trainer, the loop), 0.9722 and 1.0 on wine (TensorBoard, Lightning), 0.9211 and 0.9746 on moons
(Trainer, Keras), 0.9777 and 0.9805 on digits (Keras, the loop) and 0.9649 on breast cancer
(Lightning)); their validation loss does not rise at the end (every healthy runner run's is lowest
at its last epoch but the four Friedman runs, lowest at epochs 23 to 27 of 30 and 0.01% to 0.11%
above it at the end, no clear rise; among the scripts at most 0.48% above its minimum (Trainer's
moons, lowest at epoch 26 of 30), Trainer's sine 0.32%), the training loss has flattened (the
epoch loss falls at most 2.5% over the last epoch in the runner runs; among the scripts 6.3% in
Lightning's breast cancer near its floor (0.040, its validation loss lowest at the end, 0.0990,
0.0975, 0.0962) and 3.8% in Lightning's wine (0.026, accuracy 1.0)), no training score ends ~1
with the validation score 0.1 lower, and they expect no finding of severity warning or worse.

No healthy run on the saucepan images, on the quantiles or on the bumper-car CSV is in the part:
their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the bumper-car divergence's step loss climbs from 2.1e5 to 6.8e36 at
step 19 and is Inf at step 20, where the run stops (FAILED), so ``divergence`` and ``nan_loss``
are expected; Adagrad at LR 30 on the quantiles throws the step loss from 1.58 up to 314 and ends
its three epochs at 91.3, 34.2 and 24.0 (the last step 14.2), never NaN, accuracy 0.2143 (1/5)
with 30% of the test predictions in one class, so ``divergence`` and ``at_chance`` are expected;
the exploding run ends at 0.177 (~1/5) with 89% of the test predictions in one class and its epoch
loss flat at 2.873e6, so ``not_training`` and ``at_chance`` are expected beside
``exploding_gradients`` and ``predictions_collapsed`` only allowed; the saucepan CNN under RMSprop
with momentum at LR 3 ends its epochs at 1.6e8, 6758 and 6097 (its last step 2323 against 1.39 at
its first), accuracy 0.25 (the majority share 0.26) with every test prediction in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the
high update ratio run throws its loss about (the step loss up to 25.2) and ends at accuracy 1.0
(training 1.0) with its epoch loss at 4.8e-5, so ``update_ratio_high`` is expected alone and the
verdict is a training problem; RMSprop with momentum at LR 1e-10 on the Friedman regression ends
at R2 -8.05 (the epoch loss 234.1 at every epoch); Adagrad at LR 1e-10 on the printer CSV (the
epoch loss 1.468 at every epoch) ends at 0.2367 (1/4 is 0.25) with 89% of the test predictions in
one class, so ``at_chance`` is expected beside ``not_training`` and ``update_ratio_low`` and
``predictions_collapsed`` only allowed; the vanishing run ends at 0.198 (~1/5) with every test
prediction in one class and its epoch loss at 1.623 to 1.612, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``vanishing_gradients`` and ``not_training`` only
allowed; the saturated run ends at 0.187 (the epoch loss 40.27 at every epoch), within 0.05 of
1/5, with 22% of the test predictions in one class, so ``at_chance`` is expected beside
``saturated_activation`` and ``not_training``; the slow start of the saucepan CNN under Nesterov
momentum lingers at ln 4 for about thirteen epochs (the epoch loss 1.388 to 1.386, then 1.384,
1.381, 1.369, 1.333, 1.175 and on) and ends at 0.857 with its epoch loss still falling 23% over the
last epoch, but its validation loss only 0.8% (0.474 to 0.470), so ``slow_start`` is expected and
``not_converged`` allowed; the sorted 119-feature set ends at 0.935 (training 0.979) with its
epoch loss falling 11% over the last epoch and the validation loss lowest at the end (0.281,
0.265, 0.254), so ``not_converged`` is expected beside ``unshuffled_data``; the square-error
printer run reaches accuracy 1.0 with its validation loss lowest at the end (6.9e-4), so
``loss_mismatch`` is expected alone (``not_converged`` only allowed: the loss still falls, but the
held-out accuracy cannot improve); the batch-1 119-feature run's step loss swings 1.57 times its
mean step to step over the second half, inside the healthy runner runs' 1.85, while its epoch loss
still falls 46% over the last epoch (0.585 to 0.314) and its validation loss is lowest at the end
(0.907, 0.428, 0.305; accuracy 0.940, training 0.962: no gap), so it was relabelled:
``not_converged`` is expected and ``noisy_loss`` only allowed; the 50 rows of the 119-feature set
end at validation 0.635 (training 1.0) with the validation loss lowest at epoch 6 (0.929) and 27%
above it at epoch 70 while the training loss falls, so ``overfitting`` and ``generalisation_gap``
are expected; the 42-row Friedman regression ends at R2 -0.71 (training 0.983, at most 1.0) with
its validation loss lowest at epoch 33 of 100 (37.8) and 20% above it at the end, so
``generalisation_gap`` and ``overfitting`` are expected; the 1-unit ELU net on the 119-feature set
ends at 0.440 (training 0.488, the healthy runs 0.927 and up) with its epoch loss flat over the
last epoch (0.38% down) and 46% of the test predictions in one class, so ``underfitting`` is
expected and ``predictions_collapsed`` not allowed.
Lightning's NaN on blobs (the step loss 1.26 at the first step, then NaN) ends at 0.3304, Keras'
NaN on iris (every epoch's loss NaN) and TensorBoard's NaN on iris (1.20 at step 1, NaN from step
2) at 0.3333, at the majority share, so they expect ``nan_loss`` and ``at_chance``; Trainer's NaN
on the sine (every logged loss NaN) expects ``nan_loss`` alone (a regression has no chance level).
Lightning's stuck iris (momentum at LR 1e-10, the epoch loss 1.046 at every epoch) scores 0.5333,
0.2 above the majority share 0.3333, so it expects ``not_training`` alone; Trainer's stuck blobs
(NAdam at LR 1e-10, the evaluation loss 1.064 at every evaluation) scores 0.3611 and the loop's
stuck iris (Adamax at LR 1e-10, the validation loss 1.088) 0.3333, so they expect ``not_training``
and ``at_chance``; Keras' 10 rows of blobs end at 0.65 (training 1.0) with the validation loss
lowest at epoch 5 (0.922) and 74% above it at epoch 80, and TensorBoard's 4 rows of iris at 0.5667
(training 1.0) with the validation loss lowest at epoch 1 (0.828) and 2.4 times it at epoch 100,
so both expect ``generalisation_gap`` and ``overfitting``; the loop's corrupt record makes the
loss Inf at step 27 (0.88 at the first step).

Changed after a first run: the bumper-car divergence at LR 0.1 jumped to 4.6e6 and settled (the
step loss ending at 1.7e4 below its first 2.1e5), so LR 0.3 (kept; Inf at step 20) was used; the
slow start with N(0, 0.03) init never left ln 4 in 22 epochs at LR 0.04, 0.07 and 0.1, so N(0, 0.05)
init at LR 0.04 (kept) was used (at LR 0.07 it threw its validation loss about); TensorBoard's gap
on 10 rows of the sine under momentum (training R2 0.915, validation 0.850: no gap) was moved to
iris, where 8 and 5 and 6 rows still scored 0.93-0.97, so 4 rows (kept) were used; Keras' 10 rows
of blobs with 5 centres and spread 4 were moved to 4 centres and spread 2 (a set less overlapping);
the batch-1 run was relabelled (``noisy_loss`` allowed, ``not_converged`` expected, see above); the
quantiles' divergence lost ``predictions_collapsed`` (30% in one class), the printer's tiny learning
rate gained ``at_chance`` (0.2367) and ``predictions_collapsed`` in its allowed codes (89%),
Lightning's NaN on blobs, Keras' and TensorBoard's NaN on iris, Trainer's stuck blobs and the loop's
stuck iris gained ``at_chance``, and Lightning's stuck iris lost it (0.2 above the majority share),
all from their metrics. Healthy settings changed: the three healthy blob runs (TensorBoard, Keras,
the loop; cluster spread 3, then 1.5) overlapped (accuracy 0.5 to 0.8) and their validation loss
rose 2% to 5% after its minimum, so they were replaced by TensorBoard's circles, Keras' moons and
the loop's digits; TensorBoard's sine under NAdam at LR 1e-3 (lowest at epoch 10, 4.3% above) went
to LR 3e-4, the loop's sine under NAdam at LR 1e-3 (1.7% above) to LR 5e-4, and Lightning's breast
cancer (25 epochs at LR 5e-4, 15 s) to 15 epochs at LR 1e-3, batch 20.


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
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# a saucepan in a 5x5 cell: a round pan three cells wide on the left of the middle three rows and
# a handle that leaves its middle row to the right; turned by 90 degrees at a time for the others
_SAUCEPAN_RIGHT = np.array([[0, 0, 0, 0, 0],
                            [1, 1, 1, 0, 0],
                            [1, 1, 1, 1, 1],
                            [1, 1, 1, 0, 0],
                            [0, 0, 0, 0, 0]], dtype=float)
_SAUCEPANS = turned(_SAUCEPAN_RIGHT)


def saucepans(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 saucepan glyph at a random place (4 classes: the saucepan turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SAUCEPANS, n, size, noise, flip, seed)


def _label_printer_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A label printer's state (0 idle, 1 printing, 2 paper out, 3 jammed) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    head_c = np.array([26.0, 108.0, 62.0, 97.0])[cls] + rng.normal(0, 8.0, n)
    motor_a = np.array([0.1, 1.2, 0.3, 2.3])[cls] + rng.normal(0, 0.22, n)
    speed_mm_s = np.array([0.0, 120.0, 0.0, 6.0])[cls] + rng.normal(0, 6.0, n)
    gap_v = np.array([2.4, 1.0, 4.4, 1.3])[cls] + rng.normal(0, 0.3, n)
    paper_ok = (cls != 2) ^ (rng.random(n) < 0.04)
    room_c = rng.uniform(16.0, 30.0, n)
    roll_mm = rng.uniform(40.0, 110.0, n)
    return (["head_c", "motor_a", "speed_mm_s", "gap_v", "paper_ok", "room_c", "roll_mm",
             "state"],
            np.column_stack([head_c, motor_a, speed_mm_s, gap_v, paper_ok.astype(float), room_c,
                             roll_mm, cls]))


def _bumper_cars_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A funfair's bumper-car rides a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(2, 32, n)
    rain_mm = rng.uniform(0, 20, n)
    cars_running = rng.integers(6, 19, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    fair_week = rng.integers(0, 2, n).astype(float)
    promo = rng.integers(0, 2, n).astype(float)
    rides = (150 + 3.0 * temp_c - 5.0 * rain_mm + 18.0 * cars_running + 70.0 * school_holiday
             + 90.0 * fair_week + 30.0 * promo + 55.0 * (weekday >= 5)
             + rng.normal(0, 15.0, n))
    return (["weekday", "temp_c", "rain_mm", "cars_running", "school_holiday", "fair_week",
             "promo", "rides"],
            np.column_stack([weekday, temp_c, rain_mm, cars_running, school_holiday, fair_week,
                             promo, rides]))


def _printer(**sections: Any) -> Any:
    return _csv("label_printer_state_h98", _label_printer_csv, "state", "classification", 981,
                **sections)


def _bumper(**sections: Any) -> Any:
    return _csv("bumper_cars_daily_rides_h98", _bumper_cars_csv, "rides", "regression", 982,
                **sections)


def _x(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax."""
    return _s(data, optim="adamax", **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _m7(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with (plain) momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7}, **kw)


M8 = {"momentum": 0.8}
M7 = {"momentum": 0.7}
NEST8 = {"momentum": 0.8, "nesterov": True}
HERE = "benchmarks.diagnosis_bank.heldout98"
SP4 = _factory(f"{HERE}:saucepans", seed=980)
GQ5114 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3500, n_features=114,
                  n_classes=5, random_state=983)
CL119 = _factory("sklearn.datasets:make_classification", n_samples=2400, n_features=119,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=984)
FR122 = _factory("sklearn.datasets:make_friedman1", n_samples=1700, n_features=122, noise=0.8,
                 random_state=985)
PCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 10}], "hidden": [22]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h98_divergence_bumper_nesterov_sigmoid", "the bumper-car CSV (targets unscaled, in "
         "the hundreds), 37-unit sigmoid MLP, SGD with Nesterov momentum 0.8 at LR 0.3, "
         "batch 27",
         _bumper(model={"hidden": [37], "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 0.3, **NEST8},
                 train={"epochs": 3, "batch_size": 27}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 2.1e5 up to 6.8e36 at step 19 and Inf at "
                                "step 20, where the run stops"),
         verdict="failed"),
    Case("h98_divergence_gq5114_adagrad_lr30_tanh", "60x30 tanh MLP on the 5-class quantiles "
         "in 114 dimensions, Adagrad at LR 30, batch 31",
         {"data": GQ5114, "model": {"hidden": [60, 30], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.58 (near ln 5) up to 314, the epoch loss "
                                "91.3, 34.2 and 24.0 (the last step 14.2, 9 times the first), "
                                "never NaN; update ratios up to 557 in single steps; every tanh "
                                "unit at its ends; 30% of the test predictions in one class"),
         verdict="failed"),
    Case("h98_exploding_cl119_10x23_relu_std1_adadelta", "10x23 ReLU MLP with N(0, 1) init on "
         "the 119-feature set, Adadelta at LR 1e-12, batch 33",
         {"data": CL119, "model": {"hidden": [23] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "predictions_collapsed",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.873e6 at every epoch), far above "
                      "ln 5 from the first step; the tiny steps do not move the wide weights "
                      "(update ratios logged 0); up to 22% of a layer's ReLU units dead; 89% of "
                      "the test predictions in one class"),
         verdict="failed"),
    Case("h98_dead_relu_saucepan_cnn_rmsprop_momentum_lr3", "the saucepan CNN (6, 10 "
         "channels, 22 hidden), RMSprop with momentum 0.8 at LR 3, batch 25",
         {"data": SP4, "model": PCNN,
          "optim": {"name": "rmsprop", "lr": 3.0, **M8},
          "train": {"epochs": 3, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.39 (near ln 4) up to 3.5e9, the epoch loss "
                                "1.6e8, 6758 and 6097 (the last step 2323); every channel after "
                                "the second convolution and 73% of the dense units dead; update "
                                "ratios up to 375 in single steps"),
         verdict="failed"),
    Case("h98_update_ratio_high_printer_momentum07_sigmoid", "SGD with momentum 0.7 at LR 12 "
         "on the label-printer CSV, 42 sigmoid units, batch 20, 8 epochs",
         _printer(model={"hidden": [42], "activation": "sigmoid"},
                  optim={"name": "sgd", "lr": 12.0, **M7},
                  train={"epochs": 8, "batch_size": 20}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "saturated_activation", "vanishing_gradients"),
         why_allowed=("the big steps throw the loss about (the step loss up to 25.2 from 1.48, "
                      "the epoch loss 2.13, 0.43, 0.013, 0.14, 0.013, then near 0; the step loss "
                      "swings 18 times its mean over the second half, about a loss near 0) and "
                      "push 95% of the sigmoid units to their ends; the epoch loss (4.8e-5) still "
                      "falls 7.3% over the last epoch, but accuracy is already 1.0 (training "
                      "1.0)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h98_rmsprop_momentum_lr1e10_fr122", "the 122-feature Friedman regression, 41x20 ELU "
         "MLP, RMSprop with momentum 0.8 at LR 1e-10, batch 31, 4 epochs",
         {"data": FR122, "model": {"hidden": [41, 20], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10, **M8},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.05, far below the baseline (0.699) and the healthy runs (0.698 and "
                      "up); the epoch loss 234.1 at every epoch; with four epochs the step loss's "
                      "position in the epoch explains 54% of its variance by chance"),
         verdict=TP),
    Case("h98_adagrad_lr1e10_printer_tanh", "the label-printer CSV, 36x18 tanh MLP, Adagrad "
         "at LR 1e-10, batch 23, 4 epochs",
         _printer(model={"hidden": [36, 18], "activation": "tanh"},
                  optim={"name": "adagrad", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.468 at every epoch; 89% of the test predictions in one "
                      "class; with four epochs the step loss's position in the epoch explains 43% "
                      "of its variance by chance"),
         verdict=TP),
    Case("h98_vanishing_sigmoid_cl119_20x12_rmsprop_momentum", "20x12 sigmoid MLP on the "
         "119-feature set, RMSprop with momentum 0.8 at LR 1e-3, batch 34, 4 epochs",
         {"data": CL119, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-3, **M8},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers barely move (update ratios 0 in the first layer), a side "
                      "effect of the vanishing gradients; the epoch loss 1.623 to 1.612 (ln 5 is "
                      "1.609), 0.7% down; with four epochs the step loss's position in the epoch "
                      "explains 63% of its variance by chance"),
         verdict=TP),
    Case("h98_saturated_tanh_gq5114_std5_adadelta", "2x51 tanh MLP with N(0, 5) init on the "
         "5-class quantiles, Adadelta at LR 1e-9, batch 28",
         {"data": GQ5114, "model": {"hidden": [51, 51], "activation": "tanh",
                                    "init": "normal", "init_std": 5.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (logged 0); the loss far above ln 5 from the start (the epoch "
                      "loss 40.27 at every epoch); 22% of the test predictions in one class; with "
                      "four epochs the step loss's position in the epoch explains 53% of its "
                      "variance by chance"),
         verdict=TP),
    Case("h98_slow_start_saucepan_cnn_nesterov_std005", "the saucepan CNN with N(0, 0.05) "
         "init, SGD with Nesterov momentum 0.8 at LR 0.04, batch 22, 22 epochs: the epoch loss "
         "lingers at ln 4 and then falls",
         {"data": SP4, "model": {**PCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.04, **NEST8},
          "train": {"epochs": 22, "batch_size": 22}},
         expect=("slow_start",),
         allow=("underfitting", "dead_relu", "overfitting", "noisy_loss", "not_converged"),
         why_allowed=("no healthy saucepan run is in the part (accuracy 0.857, training 0.861, "
                      "the baseline 0.747); the epoch loss still falls 23% over the last epoch "
                      "(0.619 to 0.476) but the validation loss has nearly flattened (0.698, "
                      "0.474, 0.470: 0.8% over the last epoch), so more epochs may or may not "
                      "help the held-out result; up to 36% of the dense units dead at the start"),
         verdict=TP),
    Case("h98_unshuffled_cl119_adagrad_elu", "the 119-feature set sorted by label, never "
         "shuffled, 55x27 ELU MLP, Adagrad at LR 0.01, batch 35, 8 epochs",
         {"data": {**CL119, "order": "by_label", "shuffle": False},
          "model": {"hidden": [55, 27], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "dead_relu"),
         why_allowed=("each class's stretch throws the step loss about (up to 2.11, above its "
                      "first step 1.42) while the epoch loss falls; accuracy 0.935 (training "
                      "0.979), near the healthy runs (0.927 and up)"),
         verdict=TP),
    Case("h98_mse_softmax_printer_adadelta_elu", "the label-printer CSV trained with square "
         "error on the softmax, Adadelta at LR 1.0, 34x17 ELU MLP, batch 25, 10 epochs",
         _printer(model={"hidden": [34, 17], "activation": "elu"},
                  optim={"name": "adadelta", "lr": 1.0},
                  train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "not_converged", "overfitting"),
         why_allowed=("the epoch loss, near 0 (4.4e-4), still falls 20% over the last epoch and "
                      "the validation loss is lowest at the end (6.9e-4), but accuracy is already "
                      "1.0 (training 1.0), so more epochs cannot help the held-out result; the "
                      "square error near 0 swings 2.2 times its mean step to step"),
         verdict=TP),
    Case("h98_noisy_cl119_b1_momentum07_sigmoid", "the 119-feature set one row at a time "
         "(batch 1), SGD with momentum 0.7 at LR 3e-3, 31-unit sigmoid MLP, 3 epochs",
         {"data": CL119, "model": {"hidden": [31], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 3e-3, **M7},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("not_converged",),
         allow=("overfitting", "divergence", "unshuffled_data", "noisy_loss"),
         why_allowed=("single rows throw the steps about (the step loss up to 5.59, above its "
                      "first step 1.76), but the step loss swings 1.57 times its mean over the "
                      "second half, inside the healthy runner runs' range (up to 1.85), so the "
                      "noise is not clearly outside it; with three epochs the step loss's position "
                      "in the epoch explains 39% of its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h98_overfit_cl119_subset50_adam_tanh", "50 rows of the 119-feature set, tanh MLP "
         "of 225 and 112 units, Adam at LR 1e-3, 70 epochs, batch 5",
         {"data": {**CL119, "subset": 50}, "model": {"hidden": [225, 112],
                                                     "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 70, "batch_size": 5}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("50 rows teach less than every row: accuracy 0.635 (the healthy runs 0.927 "
                      "and up); the epoch loss, near 0 (6.9e-4), falls 2.5% over the last epoch"),
         verdict=GP),
    Case("h98_gap_fr122_subset42_rmsprop_leaky", "42 rows of the 122-feature Friedman "
         "regression, leaky-ReLU MLP of 175 and 88 units, RMSprop at LR 1e-3, 100 epochs, "
         "batch 6",
         {"data": {**FR122, "subset": 42}, "model": {"hidden": [175, 88],
                                                     "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 100, "batch_size": 6}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("42 rows teach less (R2 -0.71, the healthy runs 0.698 and up); the epoch "
                      "loss jumps about near its floor (0.27 to 0.55 over the last epochs, from "
                      "135) and the step loss swings 1.19 times its mean; up to 33% of the second "
                      "layer's units dead"),
         verdict=GP),
    Case("h98_underfit_cl119_one_elu_unit_adam", "the 119-feature set through 1 ELU unit, Adam "
         "at LR 5e-3, batch 31, 15 epochs",
         {"data": CL119, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adam", "lr": 5e-3},
          "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting",),
         allow=("overfitting", "dead_relu", "update_ratio_high"),
         why_allowed=("the one ELU unit's 119 weights take sizeable relative steps (quarter means "
                      "up to 0.016, single steps up to 0.093); 46% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h98_lightning_blobs_nadam_lr1e20_nan", "Lightning: blobs (3 centres, 560 points, "
         "cluster spread 3), NAdam at LR 1e20, 250 units, batch 13, 3 epochs",
         script=lightning_run(_na("blobs", hidden=(250,), lr=1e20, epochs=3, batch_size=13,
                                  n=560, noise=0.3)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the step loss 1.26 at the first step, then NaN, so no finite "
                                "loss shows the blow-up"),
         verdict="failed"),
    Case("h98_lightning_iris_momentum07_lr1e10_stuck", "Lightning: iris, SGD with momentum 0.7 "
         "at LR 1e-10, 251 units, batch 7, 3 epochs",
         script=lightning_run(_m7("iris", hidden=(251,), lr=1e-10, epochs=3, batch_size=7)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.046 at every epoch; the untrained net scores 0.5333, "
                      "0.2 above the majority share (0.3333), below the healthy iris runs "
                      "(0.9667)"),
         verdict=TP),
    Case("h98_hf_trainer_sine_adamax_lr1e20_nan", "Hugging Face Trainer names: the sine "
         "(noise 0.25, 650 points), Adamax at LR 1e20 (decaying linearly), 252 units, batch 16, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_x("sine", hidden=(252,), lr=1e20, epochs=3, batch_size=16,
                                  n=650, noise=0.25), logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every logged loss is NaN from the first (step 2), so no finite "
                                "loss shows the blow-up; a regression has no chance level"),
         verdict="failed"),
    Case("h98_hf_trainer_blobs_nadam_lr1e10_stuck", "Hugging Face Trainer names: blobs (3 "
         "centres, 540 points, cluster spread 3), NAdam at LR 1e-10 (decaying linearly), 253 "
         "units, batch 14, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_na("blobs", hidden=(253,), lr=1e-10, epochs=3, batch_size=14,
                                   n=540, noise=0.3), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 1.064; the logged loss (means of two steps) "
                      "swings between 0.89 and 1.11 about it"),
         verdict=TP),
    Case("h98_keras_iris_momentum07_lr1e20_nan", "Keras names: iris, SGD with momentum 0.7 at "
         "LR 1e20, 254 units, batch 8, 3 epochs",
         script=keras_run(_m7("iris", hidden=(254,), lr=1e20, epochs=3, batch_size=8)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                                "blow-up"),
         verdict="failed"),
    Case("h98_keras_blobs_subset10_adamax_gap", "Keras names: 10 rows of blobs (4 centres, "
         "600 points, cluster spread 2), 255 units, Adamax at LR 0.01, 80 epochs, batch 2",
         script=keras_run(_x("blobs", hidden=(255,), lr=0.01, epochs=80, batch_size=2,
                             subset=10, n=600, noise=0.2, k=4)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("10 rows teach less than all of them (validation accuracy 0.65, training "
                      "1.0); the epoch loss is near 0 (0.013)"),
         verdict=GP),
    Case("h98_tensorboard_iris_nadam_lr1e20_nan", "TensorBoard tags: iris, NAdam at LR 1e20, "
         "256 units, batch 9, 3 epochs",
         script=tensorboard_run(_na("iris", hidden=(256,), lr=1e20, epochs=3, batch_size=9)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the step loss 1.20 at step 1, then NaN from step 2, so no "
                                "finite loss shows the blow-up"),
         verdict="failed"),
    Case("h98_tensorboard_iris_subset4_momentum07_gap", "TensorBoard tags: 4 rows of iris, "
         "257 units, SGD with momentum 0.7 at LR 0.05, 100 epochs, batch 2",
         script=tensorboard_run(_m7("iris", hidden=(257,), lr=0.05, epochs=100, batch_size=2,
                                    subset=4)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows (three classes) teach less than all of them (validation accuracy "
                      "0.5667, training 1.0, the healthy iris runs 0.9667); the step loss near 0 "
                      "(6e-4) swings about its floor"),
         verdict=GP),
    Case("h98_plain_corrupt_record_sine_momentum07", "hand-written loop: sine regression with "
         "noise 0.25 (630 points), SGD with momentum 0.7 at LR 0.01, 258 units, batch 15, a "
         "corrupt record (x = 1e30) at step 27 makes the loss Inf",
         script=plain_run(_m7("sine", hidden=(258,), lr=0.01, epochs=3, batch_size=15, n=630,
                              noise=0.25), corrupt_step=27),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=27),
    Case("h98_plain_iris_adamax_lr1e10_stuck", "hand-written loop: iris, Adamax at LR 1e-10, "
         "259 units, batch 10, 4 epochs",
         script=plain_run(_x("iris", hidden=(259,), lr=1e-10, epochs=4, batch_size=10)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 1.088; the step loss jumps between 1.02 and "
                      "1.13 batch to batch"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy98_printer_relu_adam_b23",
       _printer(model={"hidden": [46]},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy98_printer_tanh_nesterov08_b20",
       _printer(model={"hidden": [50], "activation": "tanh"},
                optim={"name": "sgd", "lr": 0.03, **NEST8, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 20})),
    _h("healthy98_printer_sigmoid_adamw_b26",
       _printer(model={"hidden": [52], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy98_printer_elu_rmsprop_b29",
       _printer(model={"hidden": [45], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy98_printer_leaky_adagrad_b25",
       _printer(model={"hidden": [48], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy98_printer_relu_adadelta_b31",
       _printer(model={"hidden": [42]},
                optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy98_printer_tanh_momentum07_b18",
       _printer(model={"hidden": [55], "activation": "tanh"},
                optim={"name": "sgd", "lr": 0.04, **M7, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 18})),
    _h("healthy98_printer_elu_rmsprop_momentum08_b16",
       _printer(model={"hidden": [40], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 3e-4, **M8, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 16})),
    _h("healthy98_fr122_tanh_adam_b25",
       {"data": FR122, "model": {"hidden": [63], "activation": "tanh"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy98_fr122_sigmoid_rmsprop_b27",
       {"data": FR122, "model": {"hidden": [59], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy98_fr122_tanh_adagrad_b29",
       {"data": FR122, "model": {"hidden": [65], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy98_fr122_sigmoid_adamw_b23",
       {"data": FR122, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy98_cl119_relu_rmsprop_b27",
       {"data": CL119, "model": {"hidden": [72]},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy98_cl119_elu_adam_b29",
       {"data": CL119, "model": {"hidden": [68], "activation": "elu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy98_cl119_leaky_nesterov08_b33",
       {"data": CL119, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.005, **NEST8, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy98_cl119_tanh_adagrad_b31",
       {"data": CL119, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _hs("healthy98_tensorboard_circles_adamax",
        tensorboard_run(_x("circles", hidden=(250,), lr=2e-3, epochs=25, batch_size=18, n=560,
                           noise=0.1)), "tensorboard"),
    _hs("healthy98_tensorboard_sine_nadam",
        tensorboard_run(_na("sine", hidden=(253,), lr=3e-4, epochs=30, batch_size=21, n=660,
                            noise=0.25)), "tensorboard"),
    _hs("healthy98_tensorboard_wine_momentum07",
        tensorboard_run(_m7("wine", hidden=(256,), lr=0.01, epochs=25, batch_size=10)),
        "tensorboard"),
    _hs("healthy98_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(251,), lr=2e-3, epochs=30, batch_size=8),
                       logging_steps=2), "transformers"),
    _hs("healthy98_hf_trainer_sine_adamax",
        hf_trainer_run(_x("sine", hidden=(254,), lr=2e-3, epochs=30, batch_size=20, n=620,
                          noise=0.25), logging_steps=2), "transformers"),
    _hs("healthy98_hf_trainer_moons_momentum07",
        hf_trainer_run(_m7("moons", hidden=(257,), lr=0.05, epochs=30, batch_size=17, n=570,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy98_keras_moons_nadam",
        keras_run(_na("moons", hidden=(252,), lr=1e-3, epochs=30, batch_size=16, n=590,
                      noise=0.2)), "keras"),
    _hs("healthy98_keras_iris_adamax",
        keras_run(_x("iris", hidden=(255,), lr=3e-3, epochs=40, batch_size=9)), "keras"),
    _hs("healthy98_keras_digits_momentum07",
        keras_run(_m7("digits", hidden=(258,), lr=0.03, epochs=20, batch_size=28)), "keras"),
    _hs("healthy98_lightning_wine_adamax",
        lightning_run(_x("wine", hidden=(259,), lr=2e-3, epochs=30, batch_size=12)),
        "lightning"),
    _hs("healthy98_lightning_cancer_nadam",
        lightning_run(_na("breast_cancer", hidden=(250,), lr=1e-3, epochs=15, batch_size=20)),
        "lightning"),
    _hs("healthy98_plain_digits_momentum07",
        plain_run(_m7("digits", hidden=(253,), lr=0.03, epochs=15, batch_size=24)), "pytorch"),
    _hs("healthy98_plain_sine_nadam",
        plain_run(_na("sine", hidden=(256,), lr=5e-4, epochs=25, batch_size=19, n=670,
                      noise=0.25)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
