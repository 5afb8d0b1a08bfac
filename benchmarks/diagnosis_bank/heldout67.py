"""The sixty-seventh held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout66`, after :mod:`.heldout64`'s and :mod:`.heldout65`'s
writing and before either new part was measured, by someone who saw no diagnosis of its runs. Every
case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout65`
in its combination of data set (new here: a 10x10 image set of a tobacco pipe (a 2x2 bowl at the
end of a long stem in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels; 14-class Gaussian quantiles in 4 dimensions (5600 samples); a
67-feature 3-class set (2600 samples, 22 informative, 8 redundant, class separation 2.0); a
59-feature Friedman-1 regression (2000 samples, noise 0.8); a dehumidifier's state CSV (idle,
drying, defrosting, tank full: 4 classes from 7 readings) and a bagel shop's daily bagels-sold
regression CSV (in the hundreds), besides the script tools' shipped sets with new settings: iris,
wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several widths, depths and
activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop,
Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). The fault
cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout62` to
:mod:`.heldout65` did (divergence under SGD with momentum in a ReLU net on the unscaled bagel
sales, divergence under RMSprop at LR 30 in a leaky-ReLU net on the 14-class quantiles, exploding
gradients in a 10-layer leaky-ReLU net with N(0, 1) init under AdamW on the quantiles, units killed
by Adam at LR 3 in the pipe CNN, a high update ratio from AdamW at LR 1 in a tanh net on the
67-feature set, a tiny learning rate under AdamW on the Friedman regression and under Adagrad on
the dehumidifier CSV, vanishing gradients under plain SGD in a 20-layer sigmoid net on the Friedman
regression, saturation under SGD with momentum in a tanh net with N(0, 5) init on the quantiles, a
slow start of the pipe CNN under plain SGD (the one repeated mechanism-optimiser pair, on a new
image set), the unshuffled 67-feature set under Adam in a sigmoid net, square error with SGD with
momentum on the dehumidifier CSV, the 67-feature set one row at a time under RMSprop (a noisy
loss), an overfit 75-row 67-feature set under Adagrad and a 45-row Friedman regression under
Adagrad, an underfit 1-unit leaky-ReLU net under RMSprop on the quantiles, Lightning's NaN on iris
under SGD with momentum and its stuck wine under Adagrad, Trainer's NaN on wine under plain SGD,
Keras' NaN on digits under SGD with momentum, its 30 rows of digits under AdamW and its 1-unit
digits under Adam, TensorBoard's NaN on iris under SGD with momentum and its stuck digits under
RMSprop, the hand-written loop's corrupt record on the sine under Adam and its stuck wine under
Adagrad), and the cases are spread over the tools (sixteen runner faults; two faults for each of
Lightning, TensorBoard and the hand-written loop, three for Keras and one for Trainer) and the
fault classes (five runner runs broken (two divergences, one at the float's edge and one that never
turns NaN, exploding gradients, dead units that end a blow-up, a high update ratio that ends
diverged) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN, the loop's Inf);
``not_training`` expected in four runner runs and three scripts; ``predictions_collapsed`` in one
runner run; ``at_chance`` in four runner runs and four scripts; one overfit runner run with a
generalisation gap, and one runner run and one script with a gap alone; four runner regressions
among the faults; ``noisy_loss`` expected in one runner run (which overfits too) and
``not_converged`` in two), and the healthy runner runs over three data sets (the dehumidifier CSV,
the Friedman regression and the 67-feature set), and the healthy scripts on wine and iris
(Trainer), breast cancer (TensorBoard), wine and breast cancer (Keras), breast cancer and iris
(Lightning) and breast cancer and iris (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only
logged, so no diagnosis was made. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets one); no
other seed was checked. Every run was trained once with its final setting.

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62` and
:mod:`.heldout65`): the state a run ends in is *expected* where its metrics show it, the
mechanisms on the way are *allowed* with their reason (``why_allowed``). ``at_chance`` is expected
when the final validation accuracy is within 0.05 of the better of 1/K and the majority-class share
(allowed up to 0.1 above it, and when it is far below it); ``predictions_collapsed`` when at least
90% of the test predictions fall in one class (allowed from 60%), read from the run's confusion
matrix. Runs logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is
never expected. ``overfitting`` is expected when the validation loss clearly rises after its
minimum while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and
the validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
training loss explodes or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf;
``unshuffled_data`` when the step loss repeats one pattern every epoch; ``not_converged`` when the
loss still clearly falls at the end (it counts at severity info); ``underfitting`` when both scores
are clearly below what a healthy run of this part on the same data reaches (or the run's baseline,
where no healthy run is in the part) and the loss has flattened; ``noisy_loss`` when the step loss
swings far more from step to step than any healthy run's; ``not_training`` is expected or allowed
wherever the training loss falls by less than 5% over the run. A fault whose first setting came out
weak was made stronger, relabelled from its metrics or dropped (below), never kept as expected. The
mechanism codes (``update_ratio_high``, ``update_ratio_low``, ``exploding_gradients``,
``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are expected only where the
logged metric is clearly outside the range every healthy run of this part shows, and allowed (with
the reason) where the mechanism is real but the metric sits inside it or is a side effect of a
blow-up or of the fault. The classes of the runner sets are balanced (stratified splits): the
majority share is 0.071 on the quantiles, 0.335 on the 67-feature set, 0.263 on the pipe images
and on the dehumidifier CSV (read from the test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0223 (the tanh
MLP with RMSprop on the Friedman regression), single steps at most 0.304 (the output layer of the
ELU MLP with Adagrad on the dehumidifier CSV); the expected ``update_ratio_high`` run reaches a
quarter mean of 0.18 (its output layer), 8 times the healthy extreme, with single steps up to
14.2, 47 times the healthy one; the expected ``update_ratio_low`` runs sit at 3.3e-11 to 2.1e-10
(AdamW at LR 1e-10 on the Friedman regression, the output layer's 0) and 0 to 1.2e-10 (Adagrad at
LR 1e-10 on the dehumidifier CSV). Dead-unit fraction 0 at any time in every kept healthy ReLU,
leaky-ReLU and ELU runner run; the expected ``dead_relu`` run holds every unit of the pipe CNN's
dense layer and 92.9% after its second convolution once Adam at LR 3 blows it up. The saturated
fraction per layer is at most 0.009 in the healthy tanh and sigmoid runs (the tanh MLP with
RMSprop on the dehumidifier CSV); the expected ``saturated_activation`` run holds 0.79 and 0.945
in its two layers throughout. The exploding run's gradient norms sit at 5.3e4-3.7e5 with its epoch
loss at 2.2e5 from the first epoch and never NaN (the healthy runs' largest single norm 126: the
tanh MLP with Adam on the Friedman regression); the vanishing run's first two layers at 1e-16 to
6e-15 against up to 60 at the output, its first eight layers' update ratio 0. The step-loss
position in the epoch explains 91% of the within-epoch variance over the second half in the sorted
67-feature set (the healthy runner runs at most 23%: the ReLU, leaky-ReLU and tanh MLPs with AdamW
on the dehumidifier CSV). The standard deviation of the step loss's step-to-step change over the
second half of a run is at most 1.18 times its mean in the kept healthy runner runs (the ReLU MLP
with RMSprop on the 67-feature set) and at most 2.10 in the healthy scripts (Lightning's breast
cancer). Healthy runs reach a validation score close to what the data allow (accuracy 1.0 on the
dehumidifier CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.9673-0.9692 on the
67-feature set, where the baseline is 0.9596; R2 0.7061-0.7221 on the Friedman regression, where
the baseline is 0.6926; for the scripts 1.0 (Trainer's and Keras' wine), 0.9667 (Trainer's,
Lightning's and the loop's iris), 0.9649 (TensorBoard's and Lightning's breast cancer), 0.9561 (the
loop's breast cancer) and 0.9474 (Keras' breast cancer)); their validation loss does not rise at
the end (every kept healthy run's is lowest at its last epoch or ends at most 0.26% above its
minimum: Lightning's breast cancer, lowest at epoch 24 of 25; on the Friedman regression the
validation loss flattens from about epoch 17 of 30 and ends 0.04-0.20% above its minimum with R2
within 0.0004 of its best), the training loss has flattened (the epoch loss falls at most 2.8% over
the last epoch in the runner runs, the tanh MLP with RMSprop on the dehumidifier CSV from 0.0041,
and 4.9% in Keras' wine from 0.0051; Lightning's per-epoch losses, noisier, fall 5.8% in breast
cancer (0.0325 to 0.0306) and 6.9% in iris (0.0608 to 0.0566, after 0.0587 the epoch before), both
near their floor with the validation loss within 0.26% of its minimum at the end), no training
score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.044, Keras' breast
cancer, training 0.9912; the largest R2 gap: 0.084, the tanh MLP with AdamW on the Friedman
regression, training 0.8064), and they expect no finding of severity warning or worse.

Healthy candidates dropped (37 trained, 28 kept): on the 67-feature set the ReLU MLPs with Adam and
AdamW, the leaky-ReLU MLPs with Adam and AdamW and the ELU MLPs with Adam and RMSprop (their
validation loss lowest at epoch 8 or 9 of 15 and 0.75% to 2.03% above it at the end), and the
ReLU MLP with Adam and the leaky-ReLU MLP with AdamW at LR 3e-4 (accuracy 0.9538 and 0.9500, below
the baseline 0.9596); Lightning's wine (the validation loss lowest at epoch 30 of 40 and 4.1% above
it at the end). No healthy run on the pipe images, on the quantiles, on the bagel CSV, on the sine
or on digits is in the part: their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the bagel divergence climbs from 2.4e5 to 1.8e308 in five steps (the
run ends FAILED at the float's edge), so ``divergence`` is expected and ``nan_loss`` only allowed;
RMSprop at LR 30 on the quantiles blew up to an epoch loss of 3.3e8 and ended at 3.9e6 without a
NaN, accuracy 0.1741 (0.10 above 1/14) with 67.4% of the test predictions in one class, so
``divergence`` is expected and ``at_chance`` and ``predictions_collapsed`` only allowed; the
exploding run ends at 0.0732 (1/14 is 0.071) with 66.6% of the test predictions in one class, so
``at_chance`` is expected beside ``exploding_gradients`` and ``not_training`` and
``predictions_collapsed`` only allowed; the pipe CNN under Adam at LR 3 blows up to an epoch loss
of 2.39e4 in its first epoch and then sits at 1.49-1.57 (above its first step 1.37), accuracy
0.2567 and every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run ends with its
epoch loss at 3.16 (first step 1.15), accuracy 0.9115 with at most 34.8% of the test predictions in
one class, so ``divergence`` is expected beside ``update_ratio_high`` and its verdict is failed;
AdamW at LR 1e-10 on the Friedman regression ends at R2 -8.98; Adagrad at LR 1e-10 on the
dehumidifier CSV ends at 0.45 (0.19 above the majority share, so ``at_chance`` is not allowed) with
71% of the test predictions in one class (``predictions_collapsed`` only allowed), while the
saturated run (0.0723, 1/14 being 0.071) spreads them (at most 17.5% in one class); the vanishing
run's epoch loss falls from 37.14 to 26.27 in its first epoch (the output layer finds the mean) and
then stays at 26.3-26.5, R2 0.0 against the baseline's 0.6926, so ``underfitting`` is expected
beside ``vanishing_gradients`` and ``not_training`` only allowed; the 1-unit leaky-ReLU net on the
quantiles sits near ln 14 (2.727 to 2.590) with accuracy 0.0955 (1/14 is 0.071, the baseline
0.3018), so ``underfitting`` and ``at_chance`` are expected; the slow start of the pipe CNN (the
epoch loss 1.383, 1.376, 1.369, 1.362, 1.352, 1.338, then 1.317 on to 0.086, accuracy 0.9567, the
baseline 0.9267) falls 4.9% over its last epoch with the validation loss lowest at the end, so
``not_converged`` is only allowed; the sorted 67-feature set ends at 0.9096 (the first epochs at
0.43 and 0.35) with its epoch loss falling 11% over the last epoch (0.835 to 0.743) and the
validation loss lowest at the end, so ``not_converged`` is expected beside ``unshuffled_data``; the
square-error dehumidifier run's epoch loss falls 15% over its last epoch (0.0658 to 0.0558) with
accuracy 0.9033, so ``not_converged`` is expected beside ``loss_mismatch`` and ``underfitting``
only allowed; the batch-1 67-feature run's step loss swings 9.7 times its mean step to step over
the second half (4.6 times the healthy scripts' 2.10, 8.2 times the healthy runner runs' 1.18)
while its validation loss, lowest at epoch 2 (0.263), ends at 0.388 after 0.468 as the training
loss falls (0.332, 0.215, 0.169, 0.156), so ``noisy_loss`` and ``overfitting`` are expected
(accuracy 0.9558, training 0.9859: no gap); the 75 rows of the 67-feature set end at validation
0.8923 (training 1.0) with the validation loss lowest at epoch 2 (0.351) and 0.463 at the end, so
``overfitting`` and ``generalisation_gap`` are expected; the 45-row Friedman regression (R2 0.0098,
training 1.0, the validation loss 5.2% above its minimum at epoch 4) and Keras' 30 rows of digits
(validation 0.6435, training 1.0, the validation loss lowest at epoch 37 (1.405) and 3.1% above it
at the end) expect ``generalisation_gap`` alone. Lightning's NaN on iris (the step loss 1.2 up to
2.8e23 and the float's edge, then NaN), Keras' NaN on digits (every loss NaN) and TensorBoard's NaN
on iris (the step loss 1.11 up to 2.2e34, then NaN) end at 0.3333, 0.1003 and 0.3333, so
``at_chance`` is expected, and ``divergence`` for all but Keras (no finite loss there shows the
blow-up); Trainer's NaN on wine (the logged loss 1.9e4 up to 1.5e36, then NaN) ends at 0.3333,
0.056 below the validation split's majority share (0.3889), so ``at_chance`` is only allowed there;
Lightning's stuck wine (Adagrad at LR 1e-10, the epoch loss 1.154 throughout) and the loop's stuck
wine (Adagrad at LR 1e-10, the step loss's epoch means 1.159-1.162) score 0.1944 and 0.0833, far
below the majority share, so ``at_chance`` is only allowed; TensorBoard's stuck digits (RMSprop at
LR 1e-10, the validation loss 2.302 and accuracy 0.1031 throughout) expect ``not_training`` and
``at_chance``; Keras' 1-unit digits end at 0.2702 (training 0.2672) with the epoch loss falling 0.5%
over the last epoch (``underfitting``); the loop's corrupt record makes the loss Inf at step 19
(the loss from 0.90 down to 0.35-0.65 before it).

Faults changed: the part's first state CSV was a kettle's (off, heating, boiling, keeping warm),
but :mod:`.heldout66`, written beside this part, has a kettle-state CSV of the same name, so it was
replaced by the dehumidifier CSV and its thirteen cases (two faults, eleven healthy runs) were
trained once more on it; only those runs are described here. Trainer's 30 rows of digits under
Adam was written as a generalisation gap, but Trainer names log no training score, so no gap can be
read: it was replaced by Keras' 30 rows of digits under AdamW (trained once). The batch-1 kettle
run under RMSprop was written as the noisy loss, but on a separable CSV its step loss fell to about
1e-5 (median 0) and only its ratio to that tiny mean was large, so it was replaced by the batch-1
67-feature set (a batch-1 quantiles run was tried beside it: its step loss swung 0.47 times its
mean, not noisy, so it was dropped); at 2 epochs its epoch loss still fell 35% over the last epoch,
so it was trained at 4. The slow start was first trained at LR 0.03 for 20 epochs (the loss lingered
only four epochs and still fell 16% over the last), then at LR 0.015 for 40 epochs. Relabelled from
the metrics as above: the quantiles divergence (``at_chance`` and ``predictions_collapsed`` only
allowed), the sorted 67-feature set (``at_chance`` dropped, ``not_converged`` expected), the
square-error run (``not_converged`` expected), the noisy run (``overfitting`` expected),
Trainer's NaN (``at_chance`` only allowed) and the dehumidifier's tiny learning rate
(``at_chance`` dropped).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 9)
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

# a tobacco pipe in a 5x5 cell (a bowl at the right end of a long stem), turned by 90 degrees
# at a time for the other three directions
_PIPE_RIGHT = np.array([[0, 0, 0, 1, 1],
                        [0, 0, 0, 1, 1],
                        [1, 1, 1, 1, 1],
                        [0, 0, 0, 0, 0],
                        [0, 0, 0, 0, 0]], dtype=float)
_PIPES = turned(_PIPE_RIGHT)


def pipes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 tobacco-pipe glyph at a random place (4 classes: the pipe turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PIPES, n, size, noise, flip, seed)


def _dehumidifier_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A dehumidifier's state (0 idle, 1 drying, 2 defrosting, 3 tank full) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    humidity_pct = np.array([45.0, 68.0, 62.0, 70.0])[cls] + rng.normal(0, 5.0, n)
    compressor_w = np.array([0.0, 420.0, 60.0, 0.0])[cls] + rng.normal(0, 40.0, n)
    coil_c = np.array([20.0, 4.0, 14.0, 19.0])[cls] + rng.normal(0, 2.0, n)
    fan_rpm = np.array([0.0, 1200.0, 1200.0, 0.0])[cls] + rng.normal(0, 100.0, n)
    tank_ml = np.array([800.0, 1500.0, 1700.0, 3000.0])[cls] + rng.normal(0, 250.0, n)
    room_c = rng.uniform(12.0, 28.0, n)
    hours_used = rng.uniform(0.0, 4000.0, n)
    return (["humidity_pct", "compressor_watts", "coil_c", "fan_rpm", "tank_ml", "room_c",
             "hours_used", "state"],
            np.column_stack([humidity_pct, compressor_w, coil_c, fan_rpm, tank_ml, room_c,
                             hours_used, cls]))


def _bagel_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bagel shop's bagels sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    rain_mm = rng.uniform(0, 20, n)
    temp_c = rng.uniform(-5, 30, n)
    market = rng.integers(0, 2, n).astype(float)
    offer = rng.integers(0, 2, n).astype(float)
    office_k = rng.uniform(0.5, 6.0, n)
    bagels = (300 - 4.0 * rain_mm + 2.5 * temp_c + 90.0 * market + 60.0 * offer
              + 25.0 * office_k + 50.0 * (weekday >= 5) + rng.normal(0, 18.0, n))
    return (["weekday", "rain_mm", "temp_c", "market_day", "coffee_offer", "office_workers_k",
             "bagels_sold"],
            np.column_stack([weekday, rain_mm, temp_c, market, offer, office_k, bagels]))


def _dehumidifier(**sections: Any) -> Any:
    return _csv("dehumidifier_state", _dehumidifier_csv, "state", "classification", 671,
                **sections)


def _bagel(**sections: Any) -> Any:
    return _csv("bagel_daily_sales", _bagel_csv, "bagels_sold", "regression", 672, **sections)


HERE = "benchmarks.diagnosis_bank.heldout67"
PP4 = _factory(f"{HERE}:pipes")
GQ144 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=5600, n_features=4,
                 n_classes=14, random_state=673)
CL67 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=67,
                n_informative=22, n_redundant=8, n_classes=3, class_sep=2.0, random_state=674)
FR59 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=59, noise=0.8,
                random_state=675)
PCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 14}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h67_divergence_bagel_momentum_relu", "the bagel daily-sales CSV (targets unscaled, "
         "in the hundreds), 26-unit ReLU MLP, SGD with momentum 0.9 at LR 0.05, batch 23",
         _bagel(model={"hidden": [26]},
                optim={"name": "sgd", "lr": 0.05, "momentum": 0.9},
                train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h67_divergence_gq144_rmsprop_lr30_leaky", "100x50 leaky-ReLU MLP on the 14-class "
         "quantiles in 4 dimensions, RMSprop at LR 30, batch 29",
         {"data": GQ144, "model": {"hidden": [100, 50], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss", "at_chance", "predictions_collapsed"),
         why_allowed=(BLOWUP + "; the epoch loss 3.3e8 at the first epoch and 3.9e6 at the "
                               "last (first step 2.72), never NaN; accuracy 0.1741, 0.10 above "
                               "1/14, with 67.4% of the test predictions in one class; 74% of "
                               "the second layer's units dead at the end"),
         verdict="failed"),
    Case("h67_exploding_gq144_10x24_leaky_std1_adamw", "10x24 leaky-ReLU MLP with N(0, 1) "
         "init on the 14-class quantiles, AdamW at LR 1e-12, batch 31",
         {"data": GQ144, "model": {"hidden": [24] * 10, "activation": "leaky_relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 2.2e5 at every epoch), far "
                      "above ln 14 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 8.3% of a layer's "
                      "units dead; 66.6% of the test predictions in one class"),
         verdict="failed"),
    Case("h67_dead_relu_pipe_cnn_adam_lr3", "the pipe CNN (10, 14 channels, 28 hidden), Adam "
         "at LR 3, batch 23",
         {"data": PP4, "model": PCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 2.39e4 in the first epoch, then 1.49 and "
                               "1.57 (first step 1.37, near ln 4); every dense unit and 92.9% "
                               "of the second conv layer's dead at the end"),
         verdict="failed"),
    Case("h67_update_ratio_high_cl67_adamw_lr1", "AdamW at LR 1 on the 67-feature set, 54 tanh "
         "units, batch 33, 10 epochs",
         {"data": CL67, "model": {"hidden": [54], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1.0}, "train": {"epochs": 10, "batch_size": 33}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data",
                "saturated_activation", "not_training", "at_chance"),
         why_allowed=("the big steps throw the tanh units to their ends (up to 99% "
                      "saturated) and the loss about: the epoch loss 3.86 at the first epoch "
                      "and 3.16 at the last (first step 1.15), accuracy 0.9115 (training "
                      "0.9288, the healthy runs 0.9673-0.9692)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h67_adamw_lr1e10_fr59", "the 59-feature Friedman regression, 46x22 ELU MLP, AdamW at "
         "LR 1e-10, batch 27, 4 epochs",
         {"data": FR59, "model": {"hidden": [46, 22], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.98, far below the baseline (0.6926) and the healthy runs",
         verdict=TP),
    Case("h67_adagrad_lr1e10_dehumidifier", "the dehumidifier CSV, 34x17 tanh MLP, Adagrad "
         "at LR 1e-10, batch 21, 4 epochs",
         _dehumidifier(model={"hidden": [34, 17], "activation": "tanh"},
                 optim={"name": "adagrad", "lr": 1e-10},
                 train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("the untrained net scores 0.45 (training 0.4422, the healthy runs "
                      "1.0) with 71% of the test predictions in one class"),
         verdict=TP),
    Case("h67_vanishing_sigmoid_fr59_20x15_sgd", "20x15 sigmoid MLP on the 59-feature "
         "Friedman regression, plain SGD at LR 0.02, batch 25, 4 epochs",
         {"data": FR59, "model": {"hidden": [15] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "underfitting"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients; the output layer finds the mean in the first epoch (the "
                      "epoch loss 37.14, then 26.27 to 26.36), then nothing more moves"),
         verdict=TP),
    Case("h67_saturated_tanh_gq144_std5_momentum", "2x46 tanh MLP with N(0, 5) init on the "
         "14-class quantiles, SGD with momentum 0.9 at LR 1e-9, batch 35",
         {"data": GQ144, "model": {"hidden": [46, 46], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 14 from the start (the epoch loss "
                      "57.68 at every epoch); 17.5% of the test predictions in one class"),
         verdict=TP),
    Case("h67_slow_start_pipe_cnn_sgd", "the pipe CNN, plain SGD at LR 0.015, batch 19, 40 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": PP4, "model": PCNN, "optim": {"name": "sgd", "lr": 0.015},
          "train": {"epochs": 40, "batch_size": 19}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu",
                "not_converged"),
         why_allowed=("no healthy pipe run is in the part; the epoch loss still falls 4.9% "
                      "over the last epoch (accuracy 0.9567, the baseline 0.9267); up to "
                      "7.1% of the dense units dead"),
         verdict=TP),
    Case("h67_unshuffled_cl67_adam_sigmoid", "the 67-feature set sorted by label, never "
         "shuffled, 70x35 sigmoid MLP, Adam at LR 1e-3, batch 39, 8 epochs",
         {"data": {**CL67, "order": "by_label", "shuffle": False},
          "model": {"hidden": [70, 35], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 39}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training", "overfitting",
                "at_chance"),
         why_allowed=(SORTED + "; accuracy 0.9096 against the baseline's 0.9596; the first "
                               "epochs sit near chance (0.4327, 0.3538)"),
         verdict=TP),
    Case("h67_mse_softmax_dehumidifier_momentum", "the dehumidifier CSV trained with square "
         "error on the softmax, SGD with momentum 0.9 at LR 0.01, 30x15 ReLU MLP, batch 27, 10 "
         "epochs",
         _dehumidifier(model={"hidden": [30, 15]},
                 optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                 train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed=("the tiny loss has its own scale; accuracy 0.9033 where the healthy "
                      "runs reach 1.0; the first epochs near chance (0.267, 0.503)"),
         verdict=TP),
    Case("h67_noisy_cl67_b1_rmsprop", "the 67-feature set one row at a time (batch 1), "
         "RMSprop at LR 0.01, 28-unit ReLU MLP, 4 epochs",
         {"data": CL67, "model": {"hidden": [28]}, "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_converged",
                "underfitting", "divergence", "unshuffled_data", "generalisation_gap"),
         why_allowed=("single rows with big steps throw the loss about (single update "
                      "ratios up to 1.06); the epoch loss still falls 7.7% over the last "
                      "epoch; accuracy 0.9558 (training 0.9859, the baseline 0.9596)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h67_overfit_cl67_subset75_adagrad", "75 rows of the 67-feature set, MLP of 300 and "
         "150 units, Adagrad at LR 0.03, 80 epochs, batch 8",
         {"data": {**CL67, "subset": 75}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adagrad", "lr": 0.03}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("75 rows teach less than every row: accuracy 0.8923 (the healthy runs "
                      "0.9673-0.9692); up to 23% of the second layer's units dead"),
         verdict=GP),
    Case("h67_gap_fr59_subset45_adagrad", "45 rows of the 59-feature Friedman regression, "
         "MLP of 200 and 100 units, Adagrad at LR 0.02, 150 epochs, batch 9",
         {"data": {**FR59, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.0098, training 1.0, the run's baseline "
                      "0.0377); with the training loss near 0 (1e-13) the gradients and "
                      "updates die away; 47% of the second layer's units dead; the "
                      "validation loss ends 5.2% above its minimum at epoch 3"),
         verdict=GP),
    Case("h67_underfit_gq144_one_leaky_unit_rmsprop", "the 14-class quantiles through 1 "
         "leaky-ReLU unit, RMSprop at LR 3e-3, batch 33, 15 epochs",
         {"data": GQ144, "model": {"hidden": [1], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 33}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "dead_relu", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part fourteen shells: the epoch loss sits near ln 14 "
                      "(2.727 to 2.590, the last epoch flat); 74.6% of the test predictions "
                      "in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h67_lightning_iris_momentum_lr400_nan", "Lightning: iris, SGD with momentum 0.9 at "
         "LR 400, 19 units, batch 8, 4 epochs",
         script=lightning_run(_s("iris", hidden=(19,), optim="sgd", lr=400.0,
                                 epochs=4, batch_size=8, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 1.2 up to 2.8e23 and the float's "
                               "edge, then NaN from step 9 of 48"),
         verdict="failed"),
    Case("h67_lightning_wine_adagrad_lr1e10_stuck", "Lightning: wine, Adagrad at LR 1e-10, "
         "17 units, batch 9, 6 epochs",
         script=lightning_run(_s("wine", hidden=(17,), optim="adagrad", lr=1e-10,
                                 epochs=6, batch_size=9)),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the epoch loss stays at 1.154; the untrained net scores 0.1944, far "
                      "below the validation split's majority share"),
         verdict=TP),
    Case("h67_hf_trainer_wine_sgd_lr500_nan", "Hugging Face Trainer names: wine, plain SGD "
         "at LR 500 (decaying linearly), 21 units, batch 10, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(21,), optim="sgd", lr=500.0, epochs=3,
                                  batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.056 below the validation split's "
                               "majority share (0.3889)"),
         verdict="failed"),
    Case("h67_keras_digits_subset30_adamw_gap", "Keras names: 30 rows of digits, 170 units, "
         "AdamW at LR 1e-3, 90 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(170,), optim="adamw", lr=1e-3, epochs=90,
                             batch_size=5, subset=30)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 36 (1.405) and ends 3.1% above it"),
         verdict=GP),
    Case("h67_keras_digits_momentum_lr500_nan", "Keras names: digits, SGD with momentum 0.9 "
         "at LR 500, 23 units, batch 12, 3 epochs",
         script=keras_run(_s("digits", hidden=(23,), optim="sgd", lr=500.0, epochs=3,
                             batch_size=12, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h67_keras_digits_one_unit_adam", "Keras names: digits through 1 ReLU unit, Adam at "
         "LR 3e-3, batch 20, 20 epochs",
         script=keras_run(_s("digits", hidden=(1,), optim="adam", lr=3e-3,
                             epochs=20, batch_size=20)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2702 "
                      "(training 0.2672); the epoch loss falls 0.5% over the last epoch"),
         verdict=TP),
    Case("h67_tensorboard_iris_momentum_lr300_nan", "TensorBoard tags: iris, SGD with "
         "momentum 0.9 at LR 300, 18 units, batch 8, 4 epochs",
         script=tensorboard_run(_s("iris", hidden=(18,), optim="sgd", lr=300.0,
                                   epochs=4, batch_size=8, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 1.11 up to 2.2e34, then NaN from step "
                               "9 of 48"),
         verdict="failed"),
    Case("h67_tensorboard_digits_rmsprop_lr1e10_stuck", "TensorBoard tags: digits, RMSprop at "
         "LR 1e-10, 27 units, batch 16, 5 epochs",
         script=tensorboard_run(_s("digits", hidden=(27,), optim="rmsprop", lr=1e-10,
                                   epochs=5, batch_size=16)),
         tool="tensorboard", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed="the step loss moves about its start (2.31 to 2.32)", verdict=TP),
    Case("h67_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam at LR 3e-3, 27 units, batch 16, a corrupt record (x = 1e30) at step 19 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(27,), optim="adam", lr=3e-3, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=19),
    Case("h67_plain_wine_adagrad_lr1e10_stuck", "hand-written loop: wine, Adagrad at LR "
         "1e-10, 29 units, batch 10, 5 epochs",
         script=plain_run(_s("wine", hidden=(29,), optim="adagrad", lr=1e-10, epochs=5,
                             batch_size=10)),
         tool="pytorch", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the step loss's epoch means stay at 1.159-1.162; the untrained "
                      "net scores 0.0833, far below the validation split's majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy67_dehum_relu_adam_b24",
       _dehumidifier(model={"hidden": [37]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy67_dehum_tanh_rmsprop_b20",
       _dehumidifier(model={"hidden": [41], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy67_dehum_elu_adagrad_b22",
       _dehumidifier(model={"hidden": [39], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy67_dehum_leaky_adamw_b26",
       _dehumidifier(model={"hidden": [43], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy67_dehum_sigmoid_adam_b18",
       _dehumidifier(model={"hidden": [45], "activation": "sigmoid"},
               optim={"lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy67_dehum_tanh_adamw_b16",
       _dehumidifier(model={"hidden": [35], "activation": "tanh"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 16})),
    _h("healthy67_dehum_relu_adamw_b28",
       _dehumidifier(model={"hidden": [41]},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 28})),
    _h("healthy67_dehum_elu_adam_b30",
       _dehumidifier(model={"hidden": [47], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 30})),
    _h("healthy67_dehum_leaky_rmsprop_b24",
       _dehumidifier(model={"hidden": [39], "activation": "leaky_relu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy67_fr59_tanh_adam_b26",
       {"data": FR59, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy67_fr59_sigmoid_adamw_b28",
       {"data": FR59, "model": {"hidden": [57], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy67_fr59_sigmoid_adam_b24",
       {"data": FR59, "model": {"hidden": [61], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy67_fr59_tanh_adamw_b22",
       {"data": FR59, "model": {"hidden": [51], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy67_fr59_sigmoid_rmsprop_b30",
       {"data": FR59, "model": {"hidden": [53], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy67_cl67_relu_rmsprop_b28",
       {"data": CL67, "model": {"hidden": [63]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy67_cl67_leaky_rmsprop_b30",
       {"data": CL67, "model": {"hidden": [59], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy67_dehum_relu_rmsprop_b26",
       _dehumidifier(model={"hidden": [44]},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy67_fr59_tanh_rmsprop_b28",
       {"data": FR59, "model": {"hidden": [49], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy67_dehum_sigmoid_adamw_b20",
       _dehumidifier(model={"hidden": [49], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _hs("healthy67_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(37,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy67_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(39,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy67_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(41,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy67_keras_wine_adam",
        keras_run(_s("wine", hidden=(43,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy67_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(45,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy67_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(53,), optim="adamw", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy67_lightning_iris_adam",
        lightning_run(_s("iris", hidden=(55,), optim="adam", lr=5e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy67_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(49,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy67_plain_iris_adam",
        plain_run(_s("iris", hidden=(51,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
