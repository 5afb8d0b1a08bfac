"""The ninety-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout98`, after :mod:`.heldout96` and :mod:`.heldout97` and
before either new part was measured, by someone who saw no diagnosis of its runs. Every case differs
from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout97` in its
combination of data set (new here: a 10x10 image set of a whisk (a loop of wires over the top four
rows of a 5x5 cell, a middle wire down it and a one-cell handle below, turned by 0, 90, 180 or 270
degrees, so the four turns differ; 4 classes), 1500 images with noise 0.3 and 2% random labels
(seed 990); 5-class Gaussian quantiles in 133 dimensions (3700 samples); a 131-feature 5-class set
(2450 samples, 30 informative, 12 redundant, class separation 2.8); a 134-feature Friedman-1
regression (1850 samples, noise 0.8); a snow cannon's state CSV (off, pumping, making snow, iced up:
4 classes from 7 readings) and a ropes course's daily climbers regression CSV (in the hundreds),
besides the script tools' shipped sets with new settings: spirals (3 arms, 600 points, noise 0.2 or
0.1; 2 arms for two healthy runs), digits, breast cancer, iris, wine, moons (570 points, noise 0.2),
circles (560 points, noise 0.1) and the sine with noise 0.2 (600 to 650 points)), model (MLPs of
several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN of 6 and 10
channels), optimiser (Adam, AdamW, RMSprop, RMSprop with momentum 0.9, Adagrad, Adadelta, RAdam,
SGD with momentum or Nesterov momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer
with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The glyph's name, the
two CSV themes and the sklearn feature counts were checked against the bank's parts (the sibling
left out) as unused. The two CSV files are written under their own names
(``snow_cannon_state_h99``, ``ropes_course_daily_climbers_h99``) with seeds 991 and 992; the
sklearn sets use random states 993 to 995. The fault cases pair a mechanism with another
optimiser, model, data set or tool than :mod:`.heldout94` to :mod:`.heldout97` did: divergence
under SGD with Nesterov momentum in an ELU net on the unscaled ropes-course counts (plain SGD in a
tanh net, Nesterov momentum in a leaky-ReLU net, momentum in an ELU net in the last parts),
divergence under RMSprop at LR 30 in an ELU net on the 5-class quantiles (RMSprop in tanh and
leaky-ReLU nets, AdamW in ELU and tanh nets before), exploding gradients in a 10-layer ELU net with
N(0, 1) init under Adagrad on the 131-feature set (plain SGD in ELU and ReLU nets, Adagrad in ReLU
and leaky-ReLU nets before), units killed by SGD with Nesterov momentum at LR 5 in the whisk CNN
(momentum, Adagrad and Adadelta in the last parts' CNNs), a high update ratio from SGD with
Nesterov momentum at LR 2 in a one-layer sigmoid net on the snow-cannon CSV (momentum in sigmoid
nets in the last two parts), a tiny learning rate under RMSprop with momentum in a leaky-ReLU net
on the Friedman regression (plain SGD and momentum in the last parts) and under Adagrad in a tanh
net on the snow-cannon CSV (RMSprop with momentum, Adam and Nesterov momentum in the last parts),
vanishing gradients under RMSprop with momentum in a 20-layer sigmoid net on the 131-feature set
(AdamW and RMSprop in the last parts), saturation of sigmoid units with N(0, 5) init under SGD with
momentum on the quantiles (tanh units under Adagrad, sigmoid units under Adadelta in the last
parts), a slow start of the whisk CNN with N(0, 0.03) init under SGD with Nesterov momentum
(momentum, Adagrad and plain SGD in the last parts' CNNs), the unshuffled 131-feature set under
Adagrad in an ELU net (RMSprop with momentum, Adam and plain SGD in the last parts), square error
with plain RMSprop in a tanh net on the snow-cannon CSV (Adam in a sigmoid net, AdamW in a
leaky-ReLU net, RMSprop with momentum in the last parts), the 131-feature set one row at a time
under Adagrad in a tanh net (a noisy loss; Nesterov momentum in leaky-ReLU nets and Adam in an ELU
net in the last parts), an overfit 50-row 131-feature set under Adagrad (RMSprop with momentum and
plain SGD in the last parts) and a 42-row Friedman regression under AdamW in a tanh net (plain SGD
in ELU and tanh nets, Nesterov momentum in the last parts), an underfit net of 1 sigmoid unit under
Adam (tanh units under Adagrad, sigmoid units under RMSprop in the last parts), and for the
scripts, with RAdam, Adagrad and plain RMSprop on spirals, digits and breast cancer (as this part
was asked to, apart from the sibling's choice; the loop's corrupt record needs a regression, where
the corrupt row's square error overflows, so it is on the sine): Lightning's NaN on spirals under
RAdam and its stuck digits under Adagrad, Trainer's NaN on digits under RMSprop and its stuck
breast cancer under RAdam, Keras' NaN on breast cancer under Adagrad and its 15 rows of spirals
under RAdam (overfit, a gap), TensorBoard's NaN on spirals under Adagrad and its 7 rows of breast
cancer under RMSprop (overfit; the gap only allowed), the hand-written loop's corrupt record on the
sine under Adagrad and its stuck spirals under RMSprop. The sibling :mod:`.heldout98` was not
looked at; every script case (faults and healthy runs alike) holds a hidden width of 260 to 269, a
range given to this part alone. The cases are spread over the tools (sixteen runner faults; two
faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault
classes (four runner runs broken (a divergence into Inf, a divergence that never turns NaN,
exploding gradients, dead units that end a blow-up) and five scripts (Lightning's, Trainer's,
Keras' and TensorBoard's NaN, the loop's Inf); a high update ratio; ``not_training`` expected in
four runner runs and three scripts; ``predictions_collapsed`` in four runner runs; ``at_chance``
in six runner runs and five scripts; one overfit runner run with a generalisation gap, one overfit
runner regression with a gap, one overfit script with a gap and one overfit script without; three
runner regressions among the faults; ``noisy_loss`` expected in one runner run, ``not_converged``
in two and ``slow_start`` in one; ``underfitting`` in one runner run), and the healthy runner runs
over three data sets (the snow-cannon CSV, the Friedman regression and the 131-feature set), and
the healthy scripts on iris, moons and the sine (TensorBoard), wine, digits and the sine (Trainer),
circles, breast cancer and spirals (Keras), spirals and wine (Lightning) and digits and breast
cancer (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss, the validation loss's minimum and end and where the minimum is, the step
loss's step-to-step swing and the share of its within-epoch variance that the position in the
epoch explains, final train and validation accuracy or R2 and ``baseline/val_*``, per-layer
gradient norms and update ratios, dead-unit and saturation fractions, and for the runner cases the
test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner cases
were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by
default and every case's own (no case sets one); no other seed was checked. The cases changed after
a first run were trained again with their final setting (see the end), and the figures below are
from the final runs.

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
the majority share is 0.2 on the quantiles' test split (1/5), 0.202 on the 131-feature set's
(~1/5), 0.26 on the snow-cannon CSV's and 0.2633 on the whisk images' (read from the test
confusion matrices' rows); the scripts' validation splits hold a majority share of 0.3333
(iris, spirals of 3 arms), 0.3889 (wine), 0.6316 (breast cancer), 0.1003 (digits) and 0.5
(circles, moons, spirals of 2 arms). The runs' baselines (``baseline/val_*``): accuracy 1.0 on
the snow-cannon CSV, 0.9102 on the 131-feature set, 0.7667 on the whisk images, 0.223 on the
quantiles, R2 0.676 on the Friedman regression and 0.957 on the ropes-course CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.051 (the
first layer of the sigmoid MLP with Adagrad on the Friedman regression), single steps at most
1.01 (the same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.123 (its
output layer), 2.4 times the healthy extreme, with single steps up to 3.61, 3.6 times the healthy
one; the expected ``update_ratio_low`` runs sit at 3.4e-9 to 2.0e-8 in quarter means (RMSprop
with momentum at LR 1e-10 on the Friedman regression) and at 0 to 2.4e-11 (Adagrad at LR 1e-10
on the snow-cannon CSV), where the healthy runs' smallest quarter mean is 1.3e-5 (the output
layer of the sigmoid MLP with AdamW on the Friedman regression at the end of its cosine
schedule). The dead-unit fraction is at most 0.0175 at any time in the healthy ReLU, leaky-ReLU
and ELU runner runs (one unit of 57 in the ReLU MLP with Nesterov momentum on the snow-cannon CSV;
0 in every other); the expected ``dead_relu`` run holds 80% of the channels after the whisk CNN's
second convolution and 74% of the dense units dead once Nesterov momentum at LR 5 blows it up. The
saturated fraction per layer is at most 0.050 in the healthy tanh and sigmoid runs (the tanh MLP
with RMSprop with momentum on the snow-cannon CSV); the expected ``saturated_activation`` run
holds 0.947 and 0.882 in its two layers (its maximum and last value alike). The exploding run's
gradient norms sit at 3.8e5-3.6e6 in every layer with its epoch loss at 2.837e6 from the first
epoch and never NaN (the healthy runs' gradient norms at most 167, the tanh MLP with Adam on the
Friedman regression, whose targets are unscaled); the vanishing run's first layer at 6.2e-18 to
1.0e-17 against 0.058 to 0.55 at the output, growing about sevenfold a layer. The step-loss
position in the epoch explains 98.6% of the within-epoch variance over the second half in the
sorted 131-feature set (the healthy runner runs at most 23.5%: the ReLU MLP with Adagrad on the
snow-cannon CSV; the healthy scripts at most 11.2%: the loop's digits). The standard deviation of
the step loss's step-to-step change over the second half of a run is at most 1.27 times its mean
in the healthy runner runs (the tanh MLP with RMSprop with momentum on the snow-cannon CSV) and at
most 1.80 in the healthy scripts (the loop's breast cancer under RAdam; 1.15 in Lightning's wine,
1.01 in TensorBoard's moons). Healthy runs reach a validation score close to what the data allow
(accuracy 0.9933-1.0 on the snow-cannon CSV, where the baseline is 1.0; 0.9061-0.9184 on the
131-feature set, where the baseline is 0.9102; R2 0.681-0.684 on the Friedman regression, where
the baseline is 0.676; for the scripts 0.9667 on iris (TensorBoard), 0.9386 on moons
(TensorBoard), R2 0.932 and 0.941 on the sine (TensorBoard, Trainer), 0.9722 and 1.0 on wine
(Trainer, Lightning), 0.9721 on digits (Trainer, the loop), 0.9821 on circles (Keras), 0.9649 and
0.9474 on breast cancer (Keras, the loop) and 0.975 and 0.9833 on spirals of 2 arms (Keras,
Lightning)); their validation loss does not rise at the end (every healthy runner run's is lowest
at its last epoch but three Friedman runs, lowest at epochs 11, 17 and 17 of 30 and 0.65%, 0.46%
and 1.11% above it at the end, flat over the last epochs, no clear rise; among the scripts
TensorBoard's moons ends 3.2% above its minimum at epoch 37 of 40 but falls over its last two
epochs (0.1298, 0.1278, 0.1247), Keras' breast cancer 0.32% (lowest at epoch 24 of 25), the
loop's digits 0.24% (lowest at epoch 18 of 20), the others lowest at the end), the training loss
has flattened (the epoch loss falls at most 2.5% over the last epoch in the runner runs, the tanh
MLP with RMSprop with momentum on the snow-cannon CSV from 0.0103 with the validation loss lowest
at the end; among the scripts 8.7% in Lightning's wine near its floor (0.0058, accuracy 1.0, its
validation loss 0.0243, 0.0242, 0.0232), 2.2% in Keras' spirals and breast cancer, 3.8% in
Keras' circles), no training score ends ~1 with the validation score 0.1 lower (the Friedman
runs end at training R2 0.77-0.85 against 0.681-0.684, 129 of the 134 features carry no signal),
and they expect no finding of severity warning or worse.

No healthy run on the whisk images, on the quantiles or on the ropes-course CSV is in the part:
their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the ropes-course divergence's step loss climbs from 1.67e5 to
2.5e16 and is Inf at step 4, where the run stops (FAILED), so ``divergence`` and ``nan_loss`` are
expected; RMSprop at LR 30 on the quantiles throws the step loss from 1.62 up to 6.4e10 and ends
its three epochs at 1.9e9, 2.4e6 and 5.4e5 (the last step 53.6), never NaN, accuracy 0.2 (1/5)
with 99% of the test predictions in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected; the exploding run ends at 0.202 (~1/5) with every test
prediction in one class and its epoch loss flat at 2.837e6, so ``not_training``, ``at_chance``
and ``predictions_collapsed`` are expected beside ``exploding_gradients``; the whisk CNN under
Nesterov momentum at LR 5 ends its epochs at 1.7e7, 2.04 and 2.40 (its last step 2.21, 1.6 times
its first step 1.40), accuracy 0.2633 (the majority share 0.2633) with every test prediction in
one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``dead_relu``; the high update ratio run throws its loss about and ends at accuracy 1.0 (training
1.0) with its validation loss at 1.5e-5, so ``update_ratio_high`` is expected alone and the
verdict is a training problem; RMSprop with momentum at LR 1e-10 on the Friedman regression ends
at R2 -8.39 (the epoch loss 233.4 at every epoch); Adagrad at LR 1e-10 on the snow-cannon CSV
(the epoch loss 1.501 at every epoch) ends at 0.24 (1/4 is 0.25) with 46% of the test predictions
in one class, so ``at_chance`` is expected beside ``not_training`` and ``update_ratio_low``; the
vanishing run ends at 0.2 (~1/5) with every test prediction in one class and its epoch loss at
1.617 to 1.611, so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.1973 (the
epoch loss 23.78 at every epoch), within 0.05 of 1/5, with 48% of the test predictions in one
class, so ``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the slow
start of the whisk CNN under Nesterov momentum lingers at ln 4 for twelve epochs (the epoch loss
1.388 to 1.386, then 1.382, 1.352, 1.135 and on) and ends at 0.75 with its epoch loss still
falling 12% over the last epoch (0.564 to 0.496; above every healthy runner run's 2.5%) and its
validation loss lowest at the end (0.809, 0.832, 0.733), so ``slow_start`` and ``not_converged``
are expected; the sorted 131-feature set ends at 0.855 (training 0.89) with its epoch loss
falling 8.1% over the last epoch and the validation loss lowest at the end (0.757, 0.710), so
``not_converged`` is expected beside ``unshuffled_data``; the square-error snow-cannon run reaches
accuracy 1.0 with its validation loss lowest at the end (2.0e-3), so ``loss_mismatch`` is
expected alone (``not_converged`` only allowed: the loss still falls, but the held-out accuracy
cannot improve); the batch-1 131-feature run's step loss swings 5.33 times its mean step to step
over the second half (4.2 times the healthy runner runs' 1.27, 3.0 times the healthy scripts'
1.80) while its epoch loss still falls 25% over the last epoch, but its validation loss falls
only 0.8% and its accuracy drops (accuracy 0.9245, training 0.9857: no gap), so ``noisy_loss`` is
expected alone and ``not_converged`` and ``overfitting`` are allowed; the 50 rows of the
131-feature set end at validation 0.653 (training 1.0) with the validation loss lowest at epoch 4
(1.04) and 13.5% above it at epoch 80 while the training loss falls, so ``overfitting`` and
``generalisation_gap`` are expected; the 42-row Friedman regression ends at R2 -0.56 (training
1.0) with its validation loss lowest at epoch 7 of 150 (29.62) and 28% above it at the end, so
``generalisation_gap`` and ``overfitting`` are expected; the 1-sigmoid-unit net on the
131-feature set ends at 0.357 (training 0.415, the healthy runs 0.906 and up) with its epoch loss
flat over the last epoch (0.4% down) and 55% of the test predictions in one class, so
``underfitting`` is expected and ``predictions_collapsed`` not allowed.
Lightning's NaN on spirals (the step loss 1.19 at the first step, then NaN) and TensorBoard's
NaN on spirals (1.06 at step 1, NaN from step 2) end at 0.3333, the majority share, and Trainer's
NaN on digits (every logged loss NaN) at 0.1003, the majority share, so they expect ``nan_loss``
and ``at_chance``; Keras' NaN on breast cancer (every epoch's loss NaN) ends at 0.3684, far below
0.6316, so it expects ``nan_loss`` alone and allows ``at_chance``. Lightning's stuck digits
(Adagrad at LR 1e-10, the epoch loss 2.3127 at every epoch) scores 0.0613, within 0.05 of the
majority share 0.1003, and the loop's stuck spirals (RMSprop at LR 1e-10, the validation loss
1.1626 at every epoch) 0.3167, within 0.05 of 1/3, so they expect ``not_training`` and
``at_chance``; Trainer's stuck breast cancer (RAdam at LR 1e-10, the evaluation loss 0.6961 at
every evaluation) scores 0.5, 0.13 below the majority share 0.6316, so it expects
``not_training`` and allows ``at_chance``; Keras' 15 rows of spirals end at 0.4917 (training 1.0)
with the validation loss lowest at epoch 2 (1.118) and 7.2 times it at epoch 100, so they expect
``generalisation_gap`` and ``overfitting``; TensorBoard's 7 rows of breast cancer end at 0.9123
(training 1.0; 0.088 below, under 0.1) with the validation loss lowest at epoch 2 (0.3435) and
43% above it at epoch 80, so they expect ``overfitting`` and allow ``generalisation_gap``; the
loop's corrupt record makes the loss Inf at step 27 (0.32 at the first step).

Changed after a first run: the ropes-course divergence in a sigmoid net under Nesterov momentum at
LR 0.1 settled (its saturated sigmoid units bound the output; the step loss from 1.7e5 down to
1.7e4), so an ELU net (kept; Inf at step 4) and a leaky-ReLU net at LR 0.05 (NaN at step 5) were
tried; the high update ratio's first setting (a 40x20 sigmoid net under Nesterov momentum at LR 8)
collapsed (accuracy 0.26, every test prediction in one class, the epoch loss 3.6 times its first
step, every unit of its second layer at its ends), and a one-layer net at LR 4 threw its validation
accuracy about (0.90 to 0.99), so LR 2 (kept; accuracy 1.0) was used; the 50-row overfit run at
Adagrad LR 0.01 ended only 6.7% above its validation minimum, so LR 0.05 (13.5%, kept) was used;
Keras' 15 rows of spirals with noise 0.2 never fitted their training rows (training 0.93), so
noise 0.1 (training 1.0, kept) was used; TensorBoard's 7 rows of breast cancer ended 0.088 below
their training score, so the gap was moved to the allowed codes; the exploding run gained
``predictions_collapsed``, Lightning's and TensorBoard's NaN on spirals gained ``at_chance`` (at
the majority share) and Trainer's stuck breast cancer lost it (0.13 below the majority share),
all from their metrics. Healthy settings changed: the Friedman tanh MLP with Adagrad at LR 0.05
(training R2 0.977 against 0.664, the validation loss 3.7% above its minimum at epoch 10) and LR
0.01 (R2 0.128) was replaced by a sigmoid MLP at LR 0.05; TensorBoard's iris under RAdam at LR
1e-3 over 30 epochs (0.9, the validation loss still falling 3% an epoch) went to LR 3e-3 and 60
epochs; TensorBoard's moons under RMSprop at LR 5e-4 (0.912, still falling) and 2e-3 (3.3% above
its minimum at epoch 21) went to LR 1e-3 over 40 epochs; TensorBoard's sine under Adagrad at LR
0.03 (7.8% above its minimum at epoch 26) went to LR 0.01 over 40 epochs; Keras' breast cancer
under Adagrad at LR 0.01 (2.4% above its minimum at epoch 18) went to LR 5e-3; Keras' spirals
went from 60 to 80 epochs, Lightning's spirals from LR 3e-3 to 5e-3 and Lightning's wine from LR
3e-4 to 1e-3 and the loop's breast cancer from LR 5e-4 to 1e-3 (their validation losses still
falling 2% to 4% an epoch).


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

# a whisk in a 5x5 cell: a loop of wires over the top four rows, a middle wire down it and a
# handle of one cell below; turned by 90 degrees at a time for the others
_WHISK_UP = np.array([[0, 1, 1, 1, 0],
                      [1, 0, 1, 0, 1],
                      [1, 0, 1, 0, 1],
                      [0, 1, 1, 1, 0],
                      [0, 0, 1, 0, 0]], dtype=float)
_WHISKS = turned(_WHISK_UP)


def whisks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 whisk glyph at a random place (4 classes: the whisk turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_WHISKS, n, size, noise, flip, seed)


def _snow_cannon_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A snow cannon's state (0 off, 1 pumping, 2 making snow, 3 iced up) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_bar = np.array([0.0, 18.0, 32.0, 40.0])[cls] + rng.normal(0, 3.0, n)
    fan_rpm = np.array([0.0, 300.0, 2400.0, 900.0])[cls] + rng.normal(0, 150.0, n)
    nozzle_c = np.array([3.0, 1.5, -2.0, -9.0])[cls] + rng.normal(0, 1.0, n)
    power_kw = np.array([0.0, 6.0, 21.0, 14.0])[cls] + rng.normal(0, 2.0, n)
    heater_on = (cls == 3) ^ (rng.random(n) < 0.04)
    air_c = rng.uniform(-15.0, 2.0, n)
    humidity = rng.uniform(30.0, 95.0, n)
    return (["water_bar", "fan_rpm", "nozzle_c", "power_kw", "heater_on", "air_c", "humidity",
             "state"],
            np.column_stack([water_bar, fan_rpm, nozzle_c, power_kw, heater_on.astype(float),
                             air_c, humidity, cls]))


def _ropes_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A ropes course's climbers a day from 7 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(2, 34, n)
    rain_mm = rng.uniform(0, 20, n)
    guides = rng.integers(3, 11, n).astype(float)
    school_trip = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    voucher = rng.integers(0, 2, n).astype(float)
    climbers = (120 + 3.0 * temp_c - 5.0 * rain_mm + 26.0 * guides + 70.0 * school_trip
                + 90.0 * holiday + 30.0 * voucher + 45.0 * (weekday >= 5)
                + rng.normal(0, 15.0, n))
    return (["weekday", "temp_c", "rain_mm", "guides", "school_trip", "holiday", "voucher",
             "climbers"],
            np.column_stack([weekday, temp_c, rain_mm, guides, school_trip, holiday, voucher,
                             climbers]))


def _snow(**sections: Any) -> Any:
    return _csv("snow_cannon_state_h99", _snow_cannon_csv, "state", "classification", 991,
                **sections)


def _ropes(**sections: Any) -> Any:
    return _csv("ropes_course_daily_climbers_h99", _ropes_csv, "climbers", "regression", 992,
                **sections)


def _r(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _g(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _p(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain RMSprop (no momentum)."""
    return _s(data, optim="rmsprop", **kw)


MOM = {"momentum": 0.9}
NEST = {"momentum": 0.9, "nesterov": True}
HERE = "benchmarks.diagnosis_bank.heldout99"
WH4 = _factory(f"{HERE}:whisks", seed=990)
GQ5133 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3700, n_features=133,
                  n_classes=5, random_state=993)
CL131 = _factory("sklearn.datasets:make_classification", n_samples=2450, n_features=131,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=994)
FR134 = _factory("sklearn.datasets:make_friedman1", n_samples=1850, n_features=134, noise=0.8,
                 random_state=995)
WCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 10}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h99_divergence_ropes_nesterov_elu", "the ropes-course CSV (targets unscaled, in "
         "the hundreds), 34-unit ELU MLP, SGD with Nesterov momentum 0.9 at LR 0.1, batch 27",
         _ropes(model={"hidden": [34], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.1, **NEST},
                train={"epochs": 3, "batch_size": 27}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.67e5 to 1.99e6 and 2.5e16 and Inf at step "
                      "4, where the run stops"),
         verdict="failed"),
    Case("h99_divergence_gq5133_rmsprop_lr30_elu", "58x29 ELU MLP on the 5-class quantiles in "
         "133 dimensions, RMSprop at LR 30, batch 31",
         {"data": GQ5133, "model": {"hidden": [58, 29], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.62 (near ln 5) up to 6.4e10, the epoch "
                      "loss 1.9e9, 2.4e6 and 5.4e5 (the last step 53.6, 33 times the "
                      "first), never NaN; update ratios up to 6020 in single steps; "
                      "69% of the second ELU layer logged dead; with three epochs the "
                      "step loss's position in the epoch explains half its variance by"
                      " chance"),
         verdict="failed"),
    Case("h99_exploding_cl131_10x22_elu_std1_adagrad", "10x22 ELU MLP with N(0, 1) init on the "
         "131-feature set, Adagrad at LR 1e-14, batch 33",
         {"data": CL131, "model": {"hidden": [22] * 10, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.837e6 at every epoch), far above "
                      "ln 5 from the first step; the tiny steps do not move the wide weights "
                      "(update ratios logged 0); up to 23% of a layer's ELU units logged dead; "
                      "with three epochs the step loss's position in the epoch explains 64% of "
                      "its variance by chance"),
         verdict="failed"),
    Case("h99_dead_relu_whisk_cnn_nesterov_lr5", "the whisk CNN (6, 10 channels, 19 hidden), "
         "SGD with Nesterov momentum 0.9 at LR 5, batch 26",
         {"data": WH4, "model": WCNN,
          "optim": {"name": "sgd", "lr": 5.0, **NEST},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.40 (near ln 4) up to 5.8e8, the epoch loss"
                      " 1.7e7, 2.04 and 2.40 (the last step 2.21, 1.6 times the "
                      "first); 80% of the channels after the second convolution and "
                      "74% of the dense units dead; update ratios up to 1.7e5 in "
                      "single steps; with three epochs the step loss's position in the"
                      " epoch explains 69% of its variance by chance"),
         verdict="failed"),
    Case("h99_update_ratio_high_snow_nesterov_sigmoid", "SGD with Nesterov momentum 0.9 at LR "
         "2 on the snow-cannon CSV, 40 sigmoid units, batch 23, 8 epochs",
         _snow(model={"hidden": [40], "activation": "sigmoid"},
               optim={"name": "sgd", "lr": 2.0, **NEST},
               train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "saturated_activation", "vanishing_gradients"),
         why_allowed=("the big steps throw the step loss about (up to 14.9 from 1.42; it swings "
                      "7.5 times its mean over the second half, about a loss near 0) and push 83%"
                      " of the sigmoid units to their ends; the epoch loss, near 0 (7.4e-4), "
                      "still falls 86% over the last epoch, but accuracy is already 1.0 (training"
                      " 1.0) and the validation loss 1.5e-5"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h99_rmsprop_momentum_lr1e10_fr134", "the 134-feature Friedman regression, 41x21 "
         "leaky-ReLU MLP, RMSprop with momentum 0.9 at LR 1e-10, batch 30, 4 epochs",
         {"data": FR134, "model": {"hidden": [41, 21], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-10, **MOM},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.39, far below the baseline (0.676) and the healthy runs (0.681 and "
                      "up); the epoch loss 233.4 at every epoch; with four epochs the step loss's"
                      " position in the epoch explains 46% of its variance by chance"),
         verdict=TP),
    Case("h99_adagrad_lr1e10_snow_tanh", "the snow-cannon CSV, 37x18 tanh MLP, Adagrad at LR "
         "1e-10, batch 20, 4 epochs",
         _snow(model={"hidden": [37, 18], "activation": "tanh"},
               optim={"name": "adagrad", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 20}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.501 at every epoch; 46% of the test predictions in one "
                      "class; with four epochs the step loss's position in the epoch explains "
                      "half its variance by chance"),
         verdict=TP),
    Case("h99_vanishing_sigmoid_cl131_20x13_rmsprop_momentum", "20x13 sigmoid MLP on the "
         "131-feature set, RMSprop with momentum 0.9 at LR 1e-4, batch 37, 4 epochs",
         {"data": CL131, "model": {"hidden": [13] * 20, "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-4, **MOM},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first five layers do not move at all (update ratios 0) and the next "
                      "ones barely, a side effect of the vanishing gradients; the epoch loss "
                      "1.617 to 1.611 (ln 5 is 1.609), under 1% down; with four epochs the step "
                      "loss's position in the epoch explains 57% of its variance by chance"),
         verdict=TP),
    Case("h99_saturated_sigmoid_gq5133_std5_momentum", "2x50 sigmoid MLP with N(0, 5) init on "
         "the 5-class quantiles, SGD with momentum 0.9 at LR 1e-9, batch 27",
         {"data": GQ5133, "model": {"hidden": [50, 50], "activation": "sigmoid",
                                    "init": "normal", "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9, **MOM},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (quarter means at most 1.9e-12); the loss far above ln 5 from"
                      " the start (the epoch loss 23.78 at every epoch); 48% of the test "
                      "predictions in one class; with four epochs the step loss's position in the"
                      " epoch explains 52% of its variance by chance"),
         verdict=TP),
    Case("h99_slow_start_whisk_cnn_nesterov_std003", "the whisk CNN with N(0, 0.03) init, SGD "
         "with Nesterov momentum 0.9 at LR 0.025, batch 25, 24 epochs: the epoch loss lingers "
         "at ln 4 and then falls",
         {"data": WH4, "model": {**WCNN, "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.025, **NEST},
          "train": {"epochs": 24, "batch_size": 25}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu", "overfitting", "noisy_loss"),
         why_allowed=("no healthy whisk run is in the part (accuracy 0.75, training 0.82, the "
                      "baseline 0.767); up to 32% of the dense units dead at the start; the "
                      "validation loss jumps about as it falls (0.850, 0.873, 0.883, 0.871, "
                      "0.833, 0.877, 0.809, 0.832, 0.733)"),
         verdict=TP),
    Case("h99_unshuffled_cl131_adagrad_elu", "the 131-feature set sorted by label, never "
         "shuffled, 54x27 ELU MLP, Adagrad at LR 3e-3, batch 38, 8 epochs",
         {"data": {**CL131, "order": "by_label", "shuffle": False},
          "model": {"hidden": [54, 27], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 3e-3},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "dead_relu"),
         why_allowed=("each class's stretch throws the step loss about (up to 1.77, above its "
                      "first step 1.62) while the epoch loss falls; accuracy 0.855 (training "
                      "0.89), below the healthy runs (0.906 and up) as the sorted run has not "
                      "caught up"),
         verdict=TP),
    Case("h99_mse_softmax_snow_rmsprop_tanh", "the snow-cannon CSV trained with square error "
         "on the softmax, RMSprop at LR 1e-3, 31x15 tanh MLP, batch 26, 10 epochs",
         _snow(model={"hidden": [31, 15], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 1e-3},
               train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "not_converged", "overfitting", "saturated_activation"),
         why_allowed=("the epoch loss, near 0 (2.7e-3), still falls 22% over the last epoch and "
                      "the validation loss is lowest at the end (2.0e-3), but accuracy is already"
                      " 1.0 (training 1.0), so more epochs cannot help the held-out result; 17% "
                      "of the second layer's tanh units at their ends at the end"),
         verdict=TP),
    Case("h99_noisy_cl131_b1_adagrad_tanh", "the 131-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.03, 27-unit tanh MLP, 3 epochs",
         {"data": CL131, "model": {"hidden": [27], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.03},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("overfitting", "divergence", "unshuffled_data", "not_converged"),
         why_allowed=("single rows throw the steps about (the step loss up to 8.35, above its "
                      "first step 1.48); the epoch loss still falls 25% over the last epoch "
                      "(0.176 to 0.132) but the validation loss only 0.8% (0.2917 to 0.2895) "
                      "while accuracy drops (0.9265 to 0.9245), so more epochs would hardly help;"
                      " 22% of the tanh units at their ends; with three epochs the step loss's "
                      "position in the epoch explains half its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h99_overfit_cl131_subset50_adagrad", "50 rows of the 131-feature set, MLP of 220 "
         "and 110 units, Adagrad at LR 0.05, 80 epochs, batch 5",
         {"data": {**CL131, "subset": 50}, "model": {"hidden": [220, 110]},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 80, "batch_size": 5}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("50 rows teach less than every row: accuracy 0.653 (the healthy runs 0.906 "
                      "and up); the epoch loss, near 0 (4.5e-5), falls 1.4% over the last epoch; "
                      "up to 37% of the second layer's ReLU units dead"),
         verdict=GP),
    Case("h99_gap_fr134_subset42_adamw_tanh", "42 rows of the 134-feature Friedman regression, "
         "tanh MLP of 170 and 85 units, AdamW at LR 3e-3, 150 epochs, batch 4",
         {"data": {**FR134, "subset": 42}, "model": {"hidden": [170, 85], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "update_ratio_low",
                "saturated_activation"),
         why_allowed=("42 rows teach less (R2 -0.56, the healthy runs 0.681 and up); the step "
                      "loss near 0 swings 2.3 times its mean step to step; the epoch loss "
                      "(4.6e-4) still falls 6.9% over the last epoch while the validation loss "
                      "rises; up to 30% of the second layer's tanh units at their ends"),
         verdict=GP),
    Case("h99_underfit_cl131_one_sigmoid_unit_adam", "the 131-feature set through 1 sigmoid "
         "unit, Adam at LR 0.01, batch 28, 15 epochs",
         {"data": CL131, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 28}},
         expect=("underfitting",),
         allow=("overfitting", "saturated_activation", "update_ratio_high"),
         why_allowed=("the one sigmoid unit sits at its ends for up to 73% of the rows; its "
                      "update ratios (quarter means up to 0.020, single steps up to 0.20) are "
                      "inside the healthy range; 55% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h99_lightning_spirals_radam_lr1e20_nan", "Lightning: spirals (3 arms, 600 points, "
         "noise 0.2), RAdam at LR 1e20, 260 units, batch 13, 3 epochs",
         script=lightning_run(_r("spirals", hidden=(260,), lr=1e20, epochs=3, batch_size=13)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the step loss 1.19 at the first step, then NaN, so no finite "
                      "loss shows the blow-up"),
         verdict="failed"),
    Case("h99_lightning_digits_adagrad_lr1e10_stuck", "Lightning: digits, Adagrad at LR 1e-10, "
         "261 units, batch 21, 3 epochs",
         script=lightning_run(_g("digits", hidden=(261,), lr=1e-10, epochs=3, batch_size=21)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.3127 at every epoch; the untrained net scores 0.0613, "
                      "0.039 below the majority share (0.1003); with three epochs the step loss's"
                      " position in the epoch explains 53% of its variance by chance"),
         verdict=TP),
    Case("h99_hf_trainer_digits_rmsprop_lr1e20_nan", "Hugging Face Trainer names: digits, "
         "RMSprop at LR 1e20 (decaying linearly), 262 units, batch 17, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_p("digits", hidden=(262,), lr=1e20, epochs=3, batch_size=17),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every logged loss is NaN (the first log at step 2), so no "
                      "finite loss shows the blow-up"),
         verdict="failed"),
    Case("h99_hf_trainer_cancer_radam_lr1e10_stuck", "Hugging Face Trainer names: breast "
         "cancer, RAdam at LR 1e-10 (decaying linearly), 263 units, batch 11, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_r("breast_cancer", hidden=(263,), lr=1e-10, epochs=3,
                                  batch_size=11), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 0.6961; the untrained net scores 0.5, 0.13 "
                      "below the majority share (0.6316); the logged loss (means of two steps) "
                      "swings between 0.69 and 0.76 about it"),
         verdict=TP),
    Case("h99_keras_cancer_adagrad_lr1e20_nan", "Keras names: breast cancer, Adagrad at LR "
         "1e20, 264 units, batch 14, 3 epochs",
         script=keras_run(_g("breast_cancer", hidden=(264,), lr=1e20, epochs=3, batch_size=14)),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the blow-up;"
                      " accuracy 0.3684, far below the majority share (0.6316)"),
         verdict="failed"),
    Case("h99_keras_spirals_subset15_radam_gap", "Keras names: 15 rows of spirals (3 arms, "
         "600 points, noise 0.1), 265 units, RAdam at LR 0.01, 100 epochs, batch 3",
         script=keras_run(_r("spirals", hidden=(265,), lr=0.01, epochs=100, batch_size=3,
                             subset=15, noise=0.1)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("15 rows teach less than all of them (validation accuracy 0.4917, training "
                      "1.0, the healthy spirals runs 0.975 and up); the epoch loss is near 0 "
                      "(0.045) and still falls 2.7% over the last epoch"),
         verdict=GP),
    Case("h99_tensorboard_spirals_adagrad_lr1e20_nan", "TensorBoard tags: spirals (3 arms, 600 "
         "points, noise 0.2), Adagrad at LR 1e20, 266 units, batch 12, 3 epochs",
         script=tensorboard_run(_g("spirals", hidden=(266,), lr=1e20, epochs=3,
                                   batch_size=12)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; the step loss 1.06 at step 1, then NaN from step 2, so no "
                      "finite loss shows the blow-up"),
         verdict="failed"),
    Case("h99_tensorboard_cancer_subset7_rmsprop_gap", "TensorBoard tags: 7 rows of breast "
         "cancer, 267 units, RMSprop at LR 1e-3, 80 epochs, batch 2",
         script=tensorboard_run(_p("breast_cancer", hidden=(267,), lr=1e-3, epochs=80,
                                   batch_size=2, subset=7)),
         tool="tensorboard", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("7 rows teach less than all of them: validation accuracy 0.9123 against "
                      "training 1.0 and the healthy breast-cancer runs' 0.9474 and 0.9649, a gap "
                      "of 0.088, under 0.1; the step loss near 0 (4e-4) swings about its floor"),
         verdict=GP),
    Case("h99_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2, Adagrad at LR 0.01, 268 units, batch 16, a corrupt record (x = 1e30) at "
         "step 27 makes the loss Inf",
         script=plain_run(_g("sine", hidden=(268,), lr=0.01, epochs=3, batch_size=16, n=600,
                             noise=0.2), corrupt_step=27),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=27),
    Case("h99_plain_spirals_rmsprop_lr1e10_stuck", "hand-written loop: spirals (3 arms, 600 "
         "points, noise 0.2), RMSprop at LR 1e-10, 269 units, batch 15, 4 epochs",
         script=plain_run(_p("spirals", hidden=(269,), lr=1e-10, epochs=4, batch_size=15)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 1.1626; with four epochs the step loss's "
                      "position in the epoch explains 57% of its variance by chance"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy99_snow_relu_adagrad_b23",
       _snow(model={"hidden": [46]},
             optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 23})),
    _h("healthy99_snow_tanh_adam_b18",
       _snow(model={"hidden": [52], "activation": "tanh"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 18})),
    _h("healthy99_snow_sigmoid_adamw_b29",
       _snow(model={"hidden": [54], "activation": "sigmoid"},
             optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 29})),
    _h("healthy99_snow_elu_momentum_b31",
       _snow(model={"hidden": [43], "activation": "elu"},
             optim={"name": "sgd", "lr": 0.02, **MOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 31})),
    _h("healthy99_snow_leaky_rmsprop_b25",
       _snow(model={"hidden": [48], "activation": "leaky_relu"},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 25})),
    _h("healthy99_snow_sigmoid_adadelta_b33",
       _snow(model={"hidden": [42], "activation": "sigmoid"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 33})),
    _h("healthy99_snow_relu_nesterov_b20",
       _snow(model={"hidden": [57]},
             optim={"name": "sgd", "lr": 0.03, **NEST, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy99_snow_tanh_rmsprop_momentum_b16",
       _snow(model={"hidden": [38], "activation": "tanh"},
             optim={"name": "rmsprop", "lr": 3e-4, **MOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 16})),
    _h("healthy99_fr134_sigmoid_rmsprop_b27",
       {"data": FR134, "model": {"hidden": [63], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy99_fr134_tanh_adam_b29",
       {"data": FR134, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy99_fr134_sigmoid_adamw_b23",
       {"data": FR134, "model": {"hidden": [67], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy99_fr134_sigmoid_adagrad_b31",
       {"data": FR134, "model": {"hidden": [55], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 31}}),
    _h("healthy99_cl131_elu_adam_b27",
       {"data": CL131, "model": {"hidden": [72], "activation": "elu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy99_cl131_relu_rmsprop_b29",
       {"data": CL131, "model": {"hidden": [68]},
        "optim": {"name": "rmsprop", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy99_cl131_tanh_nesterov_b33",
       {"data": CL131, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.005, **NEST, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy99_cl131_leaky_adamw_b35",
       {"data": CL131, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _hs("healthy99_tensorboard_iris_radam",
        tensorboard_run(_r("iris", hidden=(260,), lr=3e-3, epochs=60, batch_size=10)),
        "tensorboard"),
    _hs("healthy99_tensorboard_moons_rmsprop",
        tensorboard_run(_p("moons", hidden=(263,), lr=1e-3, epochs=40, batch_size=21, n=570,
                           noise=0.2)), "tensorboard"),
    _hs("healthy99_tensorboard_sine_adagrad",
        tensorboard_run(_g("sine", hidden=(266,), lr=0.01, epochs=40, batch_size=22, n=650,
                           noise=0.2)), "tensorboard"),
    _hs("healthy99_hf_trainer_wine_adagrad",
        hf_trainer_run(_g("wine", hidden=(261,), lr=0.01, epochs=25, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy99_hf_trainer_digits_rmsprop",
        hf_trainer_run(_p("digits", hidden=(264,), lr=5e-4, epochs=20, batch_size=30),
                       logging_steps=2), "transformers"),
    _hs("healthy99_hf_trainer_sine_radam",
        hf_trainer_run(_r("sine", hidden=(267,), lr=3e-3, epochs=30, batch_size=20, n=640,
                          noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy99_keras_circles_radam",
        keras_run(_r("circles", hidden=(262,), lr=2e-3, epochs=30, batch_size=18, n=560,
                     noise=0.1)), "keras"),
    _hs("healthy99_keras_cancer_adagrad",
        keras_run(_g("breast_cancer", hidden=(265,), lr=5e-3, epochs=25, batch_size=16)),
        "keras"),
    _hs("healthy99_keras_spirals_rmsprop",
        keras_run(_p("spirals", hidden=(268,), lr=2e-3, epochs=80, batch_size=20, k=2)),
        "keras"),
    _hs("healthy99_lightning_spirals_radam",
        lightning_run(_r("spirals", hidden=(269,), lr=5e-3, epochs=60, batch_size=24, k=2,
                         noise=0.15)), "lightning"),
    _hs("healthy99_lightning_wine_rmsprop",
        lightning_run(_p("wine", hidden=(260,), lr=1e-3, epochs=25, batch_size=11)),
        "lightning"),
    _hs("healthy99_plain_digits_adagrad",
        plain_run(_g("digits", hidden=(263,), lr=0.02, epochs=20, batch_size=28)), "pytorch"),
    _hs("healthy99_plain_cancer_radam",
        plain_run(_r("breast_cancer", hidden=(266,), lr=1e-3, epochs=25, batch_size=13)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
