"""The sixtieth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout61`, after :mod:`.heldout56`'s and :mod:`.heldout57`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout59` in its combination of data set (new here: a 10x10 image set of a lantern (a hook
above a cap, a glass body with a centre bar and a base in a 5x5 cell, turned by 0, 90, 180 or 270
degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 12-class Gaussian quantiles
in 7 dimensions (6000 samples); a 60-feature 4-class set (2600 samples, 20 informative, 6
redundant, class separation 2.0); a 52-feature Friedman-1 regression (2000 samples, noise 0.7); a
weaving loom's state CSV (weaving, warping, broken thread, idle: 4 classes from 7 readings) and an
apple orchard's daily crates-picked regression CSV (crates, in the hundreds), besides the script
tools' shipped sets with new settings: iris, wine, breast cancer, digits and the sine with noise
0.2), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch
size, learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout57` to :mod:`.heldout59` did (divergence to Inf under
SGD with momentum in an ELU net on the unscaled orchard crates, divergence under RMSprop at LR 50
in a leaky-ReLU net on the quantiles, exploding gradients in a 10-layer leaky-ReLU net with N(0, 1)
init under plain SGD on the 60-feature set, units killed by Adam at LR 3 in the lantern CNN, a
tiny learning rate under Adagrad on the quantiles and under plain SGD on the Friedman regression,
vanishing gradients under plain SGD in a 20-layer sigmoid net on the quantiles, saturation under
Adagrad in a tanh net with N(0, 6) init on the 60-feature set, a slow start of the lantern CNN
under plain SGD, the unshuffled quantiles under Adam in an ELU net, square error with Adagrad on
the loom CSV, a high update ratio from Adagrad at LR 3 in a tanh net on the 60-feature set, an
overfit 80-row 60-feature set under Adam and a 55-row Friedman regression under AdamW, an underfit
1-unit tanh net under RMSprop, Lightning's NaN on iris under SGD with momentum and its stuck digits
under Adagrad at LR 1e-11, Trainer's NaN on wine under plain SGD, Keras' NaN on breast cancer under
plain SGD and its 40 rows of digits under AdamW, TensorBoard's unshuffled wine under RMSprop and its
2-unit tanh digits under RMSprop, the hand-written loop's noisy batch-1 breast cancer under Adam,
its corrupt record on the sine under Adam and its unshuffled digits under SGD with momentum), and
the cases are spread over the tools (fifteen runner faults; ten script faults: two for each of
Lightning, Keras and TensorBoard, one for Trainer and three for the hand-written loop) and the
fault classes (four runner runs broken (two divergences, one to Inf and one that never turns NaN,
exploding gradients, dead units that end a blow-up) and four scripts (Lightning's, Trainer's and
Keras' NaN, the loop's Inf); ``not_training`` expected in five runner runs and one script;
``predictions_collapsed`` in two runner runs; ``at_chance`` in six runner runs and one script; one
overfit runner run (with a generalisation gap), and one runner run and one script with a gap
alone; three runner regressions among the faults), and the healthy runner runs over four data sets
(the loom CSV, the quantiles, the Friedman regression and the 60-feature set), and the healthy
scripts on wine (Trainer, Lightning, the hand-written loop), breast cancer (TensorBoard,
Lightning) and iris (Keras).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the epoch loss per epoch, the validation loss's minimum and end and where the minimum is,
the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios (quarter means and single steps), dead-unit and
saturation fractions, and for the runner cases the test confusion matrix in
``confusion_matrix.json``), never from its findings: the runner cases were trained with
``diagnose.enabled`` false and the scripts only logged, so no diagnosis was made. The runs were
read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every case's
own (no case sets one); no other seed was checked. Every fault was trained once with its final
setting (the noisy-loss case aside, below); the healthy candidates were trained once each.

Label policy (as in :mod:`.heldout59`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of 1/K
and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed from
60%), read from the run's confusion matrix. Runs logged by other tools have no confusion matrix, so
there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when the validation
loss clearly rises after its minimum while the training loss falls; ``generalisation_gap`` when
the training score ends ~1 and the validation score at least 0.1 lower (accuracy, or R2 on a
regression); ``divergence`` when the training loss explodes or ends clearly above its start;
``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss repeats one
pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it counts at
severity info); ``underfitting`` when both scores are clearly below what a healthy run of this part
on the same data reaches (or the run's baseline, where no healthy run is in the part) and the loss
has flattened; ``noisy_loss`` when the step loss swings far more from step to step than any healthy
run's; ``not_training`` is expected or allowed wherever the training loss falls by less than 5% over
the run. A fault whose first setting came out weak was made stronger, relabelled from its metrics
or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The kept healthy runner cases measured: update ratio per layer (quarter means) at most 0.025 (the
first layer of the ReLU MLP with Adagrad on the 60-feature set), single steps at most 0.27 (its
output layer); the expected ``update_ratio_high`` run (Adagrad at LR 3) reaches quarter means of
0.39 (its first layer) and 0.48 (its output layer) in its first quarter, with single steps at 40
and 41; the expected ``update_ratio_low`` runs sit at 0 to 8.4e-12 (Adagrad at LR 1e-11 on the
quantiles) and 1.0e-12 to 1.8e-9 (plain SGD at LR 1e-10 on the Friedman regression). Dead-unit
fraction per layer at most 0.013 at any time in the kept healthy runs (the second layer of the ELU
MLPs with AdamW and Adam on the quantiles); the expected ``dead_relu`` run holds 1.0 in the lantern
CNN's second conv layer and its dense layer from the first quarter on, with every layer's gradient
0 at the end. Saturated fraction per layer at most 0.014 in the kept healthy tanh and sigmoid runs
(the sigmoid MLP with Adam on the 60-feature set); the expected ``saturated_activation`` runs hold
0.96 and 0.95 (N(0, 6) init, both layers, throughout) and 0.97 (the tanh layer under Adagrad at LR
3). The exploding run's gradient norms sit at 1.9e5-1.6e6 with its epoch loss at 8.05e5 from the
first epoch and never NaN (the healthy runs' largest single norm 133: the first layer of the tanh
MLP with AdamW on the Friedman regression); the vanishing run's first layer at 3.9e-19 to
1.9e-18 against 0.16-0.75 at the output, its first ten layers' update ratio 0. The step-loss
position in the epoch explains 92% of the within-epoch variance over the second half in the sorted
quantiles, 96% in TensorBoard's sorted wine and 89% in the loop's sorted digits (the healthy runner
run checked, the tanh MLP with AdamW on the loom CSV, 21%; the healthy scripts at most 7%:
TensorBoard's breast cancer). The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 1.78 times its mean in the kept healthy scripts (Lightning's
breast cancer; TensorBoard's breast cancer 1.51, the loop's wine 1.31, Lightning's wine 1.14,
Trainer's wine 0.86), while the expected ``noisy_loss`` run swings 10.3 (the loop, batch 1, Adam at
LR 0.03 on breast cancer; single steps up to 38.3). Healthy runs reach a validation score close to
what the data allow (accuracy 1.0 on the loom CSV, where the run's ``baseline/val_accuracy`` is
1.0; 0.769-0.826 on the quantiles, where the baseline is 0.1875; 0.8769-0.9269 on the 60-feature
set, where the baseline is 0.9115; R2 0.7022-0.7087 on the Friedman regression, where the baseline
is 0.7029; for the scripts 1.0 (Trainer's and Lightning's wine), 0.9722 (the loop's wine), 0.9474
(TensorBoard's and Lightning's breast cancer) and 0.9667 (Keras' iris)); their validation loss does
not rise at the end (every kept healthy run's is lowest at its last epoch or ends at most 1.07%
above its minimum: Lightning's wine, lowest at epoch 49 of 50; the Friedman runs end 0.03-0.07%
above a minimum at epochs 18-28 of 30), the training loss has flattened (the epoch loss falls at
most 2.5% over the last epoch in the runner runs (the ReLU MLP with RMSprop on the loom CSV, from
0.0180 to 0.0176 at the end of a cosine schedule), 1.7% in Keras' iris, 3.7% in Lightning's breast
cancer and 3.2% in Lightning's wine), no training score ends ~1 with the validation score 0.1
lower (the largest accuracy gap: 0.064, the ELU MLP with AdamW on the quantiles, training 0.89, not
~1; the largest R2 gap: 0.090, the tanh MLP with AdamW on the Friedman regression, training 0.799),
and they expect no finding of severity warning or worse.

Healthy candidates dropped: the tanh MLP with Adam on the quantiles (accuracy 0.585 against
0.77-0.83); the ReLU MLP with Adam on the quantiles (up to 15% of its second layer's units dead,
accuracy 0.7575); the tanh MLP with SGD with momentum on the 60-feature set (the validation loss
lowest at epoch 6 of 15 and 7.9% above it at the end, training 0.996 against validation 0.915, up
to 14% of its units saturated); the leaky-ReLU MLP with SGD with momentum on the loom CSV (the step
loss near 0.001 swings 3.3 times its mean from step to step); Keras' wine under AdamW (the
validation loss lowest at epoch 55 of 60 and 1.9% above it at the end); the loop's iris under
RMSprop (lowest at epoch 59 of 60, 2.3% above it at the end). Four candidates (the ELU MLP with
Adam on the quantiles, the tanh MLP with RMSprop on the loom CSV, the sigmoid MLP with AdamW on the
60-feature set and the tanh MLP with AdamW on the Friedman regression) were written after the first
round to replace the dropped ones and were trained once each. No healthy run on the lantern images,
on the orchard CSV, on the sine or on digits is in the part: their faults are read against the
run's own numbers and its baseline.

Labels read from the metrics: RMSprop at LR 50 on the quantiles, planned as a divergence, blew up
to an epoch loss of 1.3e9 and ended at 2.2e7 without a NaN, accuracy 0.199 (1/12 is 0.083: 0.116
above it) with at most 35% of the test predictions in one class, so ``divergence`` alone is
expected and neither ``at_chance`` nor ``predictions_collapsed`` is labelled; the exploding run ends
at 0.2115 (1/4 is 0.25) with 76% of the test predictions in one class, so ``at_chance`` is expected
and ``predictions_collapsed`` only allowed beside ``exploding_gradients``; the lantern CNN under
Adam at LR 3 blows up to an epoch loss of 2.2e4 in its first epoch and ends at 1.518 (first step
1.388), accuracy 0.2633 and every test prediction in one class, so ``divergence``, ``at_chance``
and ``predictions_collapsed`` are expected beside ``dead_relu``; the vanishing run ends at 0.0833
with every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are
expected there, while the saturated run (0.2808, 1/4 is 0.25; 30% in one class), Adagrad at LR
1e-11 on the quantiles (0.076; 28%) and the one-unit tanh net (0.09; 45%) spread them, so there
``predictions_collapsed`` is not labelled; the high update ratio run (Adagrad at LR 3) ends with
its epoch loss at 0.575 (first step 1.468, epoch 1 at 8.37) and accuracy 0.777, its tanh layer 97%
saturated, still falling 18% over the last epoch, so ``saturated_activation`` and
``not_converged`` are expected beside ``update_ratio_high``, ``divergence`` only allowed, and its
verdict is training_problem; the one-unit tanh net ends with its epoch loss 2.557 to 2.485 (2.8%,
ln 12 is 2.485), so ``at_chance`` is expected beside ``underfitting`` and ``not_training`` only
allowed; the slow start of the lantern CNN under plain SGD (the epoch loss 1.384, 1.376, 1.368,
1.354, 1.333, 1.298, 1.248, then ever faster to 0.2515) still falls 27% over its last epoch, so
``not_converged`` is expected beside ``slow_start``; the sorted quantiles barely learn (the epoch
loss 2.570 to 2.445, 4.9%; accuracy 0.18, 0.097 above 1/12), so ``unshuffled_data`` alone is
expected there with ``not_training``, ``at_chance`` and ``underfitting`` allowed; TensorBoard's
sorted wine (the validation loss 0.255 to 0.196 over the last epoch) and the loop's sorted digits
(0.409 to 0.308) stop while their loss still clearly falls, so ``not_converged`` is expected beside
``unshuffled_data``; the square-error loom run's epoch loss still falls 12% over its last epoch, so
``not_converged`` is expected beside ``loss_mismatch``; the 80 rows of the 60-feature set end at
validation 0.7269 (training 1.0) with the validation loss lowest at epoch 12 (0.7218) and 0.8976 at
the end (24% above it), so ``overfitting`` is expected beside ``generalisation_gap``; Keras' 40
rows of digits (validation 0.7437, training 1.0, the validation loss lowest at epoch 23 and 4.3%
above it at the end) and the 55-row Friedman regression (R2 0.2092, training 1.0, the validation
loss lowest at its last epoch) expect only ``generalisation_gap``; Lightning's stuck digits
(Adagrad at LR 1e-11) end at 0.086 (1/10), so ``at_chance`` is expected; Lightning's NaN on iris
and Trainer's NaN on wine end at 0.3333, where the validation split's majority share was not read,
and Keras' NaN on breast cancer at 0.3684, far below its majority share, so there ``at_chance`` is
only allowed, and Keras' every epoch's loss is NaN, so ``divergence`` is only allowed there.
TensorBoard's two tanh units on digits end at 0.4457 (training 0.461) with the validation loss
falling 0.43% over the last epoch, so ``underfitting`` alone is expected. The orchard divergence
(the loss 9.0e4, 3.5e6, 4.5e16, then Inf at step 4) ends the run there, and the loop's corrupt
record makes the loss Inf at step 12 (the loss 0.70 to 0.16 before it). Fault changed: the noisy
loss was first written for Trainer (iris, batch 1, Adam at LR 0.05, logging every 2 steps) and
swung 3.2 times its mean, then at LR 0.3 logging every step 4.7, both within three times the
healthy scripts' 1.78, so it was dropped for Trainer; the loop's breast cancer at batch 1 under
plain SGD at LR 0.5 blew up to NaN at its last step instead, and the part keeps the loop's batch-1
breast cancer under Adam at LR 0.03 (10.3).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 6)
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

# a lantern in a 5x5 cell (a hook on top, a cap, a wide glass body and a base), turned by 90
# degrees at a time for the other three directions
_LANTERN_UP = np.array([[0, 0, 1, 0, 0],
                        [0, 1, 1, 1, 0],
                        [1, 0, 1, 0, 1],
                        [1, 0, 1, 0, 1],
                        [1, 1, 1, 1, 1]], dtype=float)
_LANTERNS = turned(_LANTERN_UP)


def lanterns(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 lantern glyph at a random place (4 classes: the lantern turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_LANTERNS, n, size, noise, flip, seed)


def _loom_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A weaving loom's state (0 weaving, 1 warping, 2 broken thread, 3 idle) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    picks = np.array([480.0, 60.0, 20.0, 0.0])[cls] + rng.normal(0, 25.0, n)
    warp_n = np.array([220.0, 310.0, 40.0, 90.0])[cls] + rng.normal(0, 30.0, n)
    shuttle_hz = np.array([8.0, 1.5, 0.5, 0.0])[cls] + rng.normal(0, 0.8, n)
    motor_kw = np.array([5.5, 2.0, 3.5, 0.2])[cls] + rng.normal(0, 0.6, n)
    vibration = np.array([3.0, 1.2, 6.5, 0.3])[cls] + rng.normal(0, 0.5, n)
    humidity = rng.uniform(40.0, 75.0, n)
    yarn_m = rng.uniform(500.0, 9000.0, n)
    return (["picks_per_min", "warp_tension_n", "shuttle_hz", "motor_kw", "vibration_mm_s",
             "hall_humidity", "yarn_left_m", "state"],
            np.column_stack([picks, warp_n, shuttle_hz, motor_kw, vibration, humidity, yarn_m,
                             cls]))


def _orchard_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An apple orchard's crates picked a day from 6 readings."""
    n = 1100
    pickers = rng.integers(4, 30, n).astype(float)
    temp_c = rng.uniform(5, 32, n)
    rain_mm = rng.uniform(0, 20, n)
    week = rng.integers(0, 10, n).astype(float)
    ladders = rng.integers(2, 15, n).astype(float)
    heat = np.maximum(temp_c - 26.0, 0.0)
    crates = (40 + 14.0 * pickers - 3.0 * rain_mm - 9.0 * heat + 5.0 * ladders
              + 25.0 * np.sin(week / 3.0) + rng.normal(0, 15.0, n))
    return (["pickers", "temp_c", "rain_mm", "season_week", "ladders", "crates"],
            np.column_stack([pickers, temp_c, rain_mm, week, ladders, crates]))


def _loom(**sections: Any) -> Any:
    return _csv("loom_state", _loom_csv, "state", "classification", 601, **sections)


def _orchard(**sections: Any) -> Any:
    return _csv("orchard_daily_crates", _orchard_csv, "crates", "regression", 602, **sections)


HERE = "benchmarks.diagnosis_bank.heldout60"
LN4 = _factory(f"{HERE}:lanterns")
GQ127 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=6000, n_features=7,
                 n_classes=12, random_state=603)
CL60 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=60,
                n_informative=20, n_redundant=6, n_classes=4, class_sep=2.0, random_state=604)
FR52 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=52, noise=0.7,
                random_state=605)
LCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 16}], "hidden": [30]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h60_divergence_orchard_momentum_elu", "the orchard daily-crates CSV (targets "
         "unscaled, in the hundreds), 24-unit ELU MLP, SGD with momentum 0.9 at LR 0.3, batch 21",
         _orchard(model={"hidden": [24], "activation": "elu"},
                  optim={"name": "sgd", "lr": 0.3, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 21}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h60_divergence_gq127_rmsprop_lr50_leaky", "80x40 leaky-ReLU MLP on the 12-class "
         "quantiles in 7 dimensions, RMSprop at LR 50, batch 27",
         {"data": GQ127, "model": {"hidden": [80, 40], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 1.3e9 at the first epoch and 2.2e7 at the "
                               "last, never NaN; up to 58% of the second layer's units dead"),
         verdict="failed"),
    Case("h60_exploding_cl60_10x24_std1_sgd", "10x24 leaky-ReLU MLP with N(0, 1) init on the "
         "60-feature set, plain SGD at LR 1e-14, batch 29",
         {"data": CL60, "model": {"hidden": [24] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the tiny steps do not move the wide weights (update ratios at most "
                      "4.9e-10); the loss stays far above ln 4 from the first step (the epoch "
                      "loss 8.05e5 at every epoch); up to 21% of a layer's units dead; 76% of "
                      "the test predictions in one class"),
         verdict="failed"),
    Case("h60_dead_relu_lantern_cnn_adam_lr3", "the lantern CNN (12, 16 channels, 30 hidden), "
         "Adam at LR 3, batch 21",
         {"data": LN4, "model": LCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards every layer's gradient is 0 and the loss sits "
                               "near 1.5"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h60_adagrad_lr1e11_gq127", "the 12-class quantiles, 60x30 ELU MLP, Adagrad at "
         "LR 1e-11, batch 31, 4 epochs",
         {"data": GQ127, "model": {"hidden": [60, 30], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-11},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.076 against the healthy quantile runs' 0.77-0.83; 28% of "
                      "the test predictions in one class"),
         verdict=TP),
    Case("h60_sgd_lr1e10_fr52", "the 52-feature Friedman regression, 40x20 ReLU MLP, plain "
         "SGD at LR 1e-10, batch 25",
         {"data": FR52, "model": {"hidden": [40, 20]},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -9.78, far below the baseline (0.7029) and the healthy runs",
         verdict=TP),
    Case("h60_vanishing_sigmoid_gq127_20x12_sgd", "20x12 sigmoid MLP on the 12-class "
         "quantiles, plain SGD at LR 0.05, batch 27, 4 epochs",
         {"data": GQ127, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h60_saturated_tanh_cl60_std6_adagrad", "2x40 tanh MLP with N(0, 6) init on the "
         "60-feature set, Adagrad at LR 1e-7, batch 29",
         {"data": CL60, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "adagrad", "lr": 1e-7},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss "
                      "37.0 at every epoch); 30% of the test predictions in one class"),
         verdict=TP),
    Case("h60_slow_start_lantern_cnn_sgd", "the lantern CNN, plain SGD at LR 0.04, batch 16, "
         "16 epochs: the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": LN4, "model": LCNN, "optim": {"name": "sgd", "lr": 0.04},
          "train": {"epochs": 16, "batch_size": 16}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("plain SGD throws the validation loss about (0.53 at epoch 13, 0.94 at "
                      "14, 0.34 at 16); no healthy lantern run is in the part"),
         verdict=TP),
    Case("h60_unshuffled_gq127_adam_elu", "the 12-class quantiles sorted by label, never "
         "shuffled, 70x35 ELU MLP, Adam at LR 5e-4, batch 40, 6 epochs",
         {"data": {**GQ127, "order": "by_label", "shuffle": False},
          "model": {"hidden": [70, 35], "activation": "elu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 6, "batch_size": 40}},
         expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance", "not_converged",
                "not_training"),
         why_allowed=(SORTED + "; the epoch loss 2.570 to 2.445 (4.9%), accuracy 0.18"),
         verdict=TP),
    Case("h60_mse_softmax_loom_adagrad", "the loom CSV trained with square error on the "
         "softmax, Adagrad at LR 0.01, 30x15 tanh MLP, batch 25, 10 epochs",
         _loom(model={"hidden": [30, 15], "activation": "tanh"},
               optim={"name": "adagrad", "lr": 0.01},
               train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed="the tiny loss (2.2e-3 at the end) has its own scale",
         verdict=TP),
    Case("h60_update_ratio_high_cl60_adagrad_lr3", "Adagrad at LR 3 on the 60-feature set, 64 "
         "tanh units, batch 31, 10 epochs",
         {"data": CL60, "model": {"hidden": [64], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 3.0}, "train": {"epochs": 10, "batch_size": 31}},
         expect=("update_ratio_high", "saturated_activation", "not_converged"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "exploding_gradients", "unshuffled_data", "divergence"),
         why_allowed=("the big steps throw the loss about (single steps up to 35.6 against "
                      "a first step of 1.47; the validation loss lowest at epoch 9 and 11% "
                      "above it at the end) and drive the tanh units into their tails; accuracy "
                      "0.777 (training 0.877)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h60_overfit_cl60_subset80_adam", "80 rows of the 60-feature set, MLP of 300 and "
         "150 units, Adam at LR 5e-4, 80 epochs, batch 8",
         {"data": {**CL60, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 5e-4}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("80 rows teach less than every row: accuracy 0.7269 (the run's "
                      "baseline 0.7173)"),
         verdict=GP),
    Case("h60_gap_fr52_subset55_adamw", "55 rows of the 52-feature Friedman regression, MLP "
         "of 200 and 100 units, AdamW at LR 5e-4, 150 epochs, batch 11",
         {"data": {**FR52, "subset": 55}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 5e-4}, "train": {"epochs": 150, "batch_size": 11}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("55 rows teach less; with the training loss at ~0 (5.9e-9) the "
                      "gradients and updates die away and up to 47% of the second layer's "
                      "units are dead; the loss still falls 23% over the last epoch"),
         verdict=GP),
    Case("h60_underfit_gq127_one_tanh_unit_rmsprop", "the 12-class quantiles through 1 "
         "tanh unit, RMSprop at LR 3e-3, batch 35, 15 epochs",
         {"data": GQ127, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 35}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training"),
         why_allowed=("one unit cannot part twelve classes lying in shells: accuracy 0.09 "
                      "(training 0.098); the epoch loss 2.557 to 2.485 (2.8%); 45% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h60_lightning_iris_momentum_lr300_nan", "Lightning: iris, SGD with momentum 0.9 at "
         "LR 300, 18 units, batch 9, 4 epochs",
         script=lightning_run(_s("iris", hidden=(18,), optim="sgd", lr=300.0, epochs=4,
                                 batch_size=9, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"), allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333 (1/3; the validation split's majority "
                               "share unread)"),
         verdict="failed"),
    Case("h60_lightning_digits_adagrad_lr1e11_stuck", "Lightning: digits, Adagrad at LR "
         "1e-11, 26 units, batch 16, 4 epochs",
         script=lightning_run(_s("digits", hidden=(26,), optim="adagrad", lr=1e-11, epochs=4,
                                 batch_size=16)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start",
                "update_ratio_low"),
         why_allowed=("the validation loss stays at 2.341 at every epoch; accuracy 0.086 "
                      "(1/10 is 0.1)"),
         verdict=TP),
    Case("h60_hf_trainer_wine_sgd_lr300_nan", "Hugging Face Trainer names: wine, plain SGD at "
         "LR 300 (decaying linearly), 22 units, batch 10, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(22,), optim="sgd", lr=300.0,
                                  epochs=3, batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged", "at_chance"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, the validation split's majority share "
                               "unread"),
         verdict="failed"),
    Case("h60_plain_cancer_b1_adam_noisy", "hand-written loop: breast cancer, batch 1, Adam "
         "at LR 0.03, 20 units, 2 epochs",
         script=plain_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=0.03, epochs=2,
                             batch_size=1)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed="single samples with big steps throw the loss about",
         verdict=TP),
    Case("h60_keras_cancer_sgd_lr500_nan", "Keras names: breast cancer, plain SGD at LR 500, "
         "20 units, batch 12, 4 epochs",
         script=keras_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=500.0, epochs=4,
                             batch_size=12)),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up; accuracy 0.3684, far below the majority share"),
         verdict="failed"),
    Case("h60_keras_digits_subset40_adamw_gap", "Keras names: 40 rows of digits, 180 units, "
         "AdamW at LR 2e-3, 90 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(180,), optim="adamw", lr=2e-3, epochs=90,
                             batch_size=5, subset=40)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 23 (0.888) and ends 4.3% above it"),
         verdict=GP),
    Case("h60_tensorboard_unshuffled_wine_rmsprop", "TensorBoard tags: wine sorted by label, "
         "never shuffled, RMSprop at LR 2e-3, 26 units, batch 8, 4 epochs",
         script=tensorboard_run(_s("wine", hidden=(26,), optim="rmsprop", lr=2e-3,
                                   epochs=4, batch_size=8, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h60_tensorboard_digits_two_tanh_units_rmsprop", "TensorBoard tags: digits through 2 "
         "tanh units, RMSprop at LR 3e-3, batch 25, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(2,), activation="tanh", optim="rmsprop",
                                   lr=3e-3, epochs=20, batch_size=25)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance",
                "saturated_activation"),
         why_allowed=("two tanh units cannot part ten digits: validation accuracy 0.4457 "
                      "(training 0.461); the validation loss falls 0.43% over the last epoch"),
         verdict=TP),
    Case("h60_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with "
         "noise 0.2, Adam at LR 0.01, 25 units, batch 16, a corrupt record (x = 1e30) at "
         "step 12 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(25,), optim="adam", lr=0.01, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=12),
    Case("h60_plain_unshuffled_digits_momentum", "hand-written loop: digits sorted by label, "
         "never shuffled, SGD with momentum 0.9 at LR 0.01, 28 units, batch 16, 4 epochs",
         script=plain_run(_s("digits", hidden=(28,), optim="sgd", lr=0.01, epochs=4,
                             batch_size=16, shuffle=False, by_label=True,
                             optim_args={"momentum": 0.9})),
         tool="pytorch", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy60_loom_relu_adam_b22",
       _loom(model={"hidden": [34]}, optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy60_loom_tanh_adamw_b26",
       _loom(model={"hidden": [38], "activation": "tanh"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy60_loom_elu_rmsprop_b24",
       _loom(model={"hidden": [40], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy60_loom_sigmoid_adam_b18",
       _loom(model={"hidden": [42], "activation": "sigmoid"},
             optim={"lr": 4e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 18})),
    _h("healthy60_loom_relu_rmsprop_b20",
       _loom(model={"hidden": [36]},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy60_gq127_elu_adamw_b30",
       {"data": GQ127, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy60_gq127_elu_rmsprop_b28",
       {"data": GQ127, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy60_fr52_tanh_adam_b30",
       {"data": FR52, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy60_fr52_tanh_rmsprop_b28",
       {"data": FR52, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy60_fr52_sigmoid_adamw_b24",
       {"data": FR52, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy60_cl60_relu_adam_b36",
       {"data": CL60, "model": {"hidden": [62]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy60_cl60_elu_rmsprop_b30",
       {"data": CL60, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy60_cl60_tanh_adamw_b34",
       {"data": CL60, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy60_cl60_relu_adagrad_b28",
       {"data": CL60, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy60_cl60_sigmoid_adam_b26",
       {"data": CL60, "model": {"hidden": [72], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy60_cl60_leaky_rmsprop_b40",
       {"data": CL60, "model": {"hidden": [50], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy60_cl60_elu_adamw_b32",
       {"data": CL60, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy60_cl60_leaky_adam_b44",
       {"data": CL60, "model": {"hidden": [46], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 44}}),
    _hs("healthy60_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(20,), optim="adamw", lr=3e-3, epochs=50,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy60_tensorboard_cancer_adamw",
        tensorboard_run(_s("breast_cancer", hidden=(19,), optim="adamw", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy60_keras_iris_adam",
        keras_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=60,
                     batch_size=10)), "keras"),
    _hs("healthy60_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy60_plain_wine_adam",
        plain_run(_s("wine", hidden=(22,), optim="adam", lr=2e-3, epochs=50,
                     batch_size=10)), "pytorch"),
    _hs("healthy60_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(20,), optim="adamw", lr=2e-3, epochs=50,
                         batch_size=11)), "lightning"),
    _h("healthy60_gq127_elu_adam_b34",
       {"data": GQ127, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy60_loom_tanh_rmsprop_b30",
       _loom(model={"hidden": [40], "activation": "tanh"},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy60_cl60_sigmoid_adamw_b30",
       {"data": CL60, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy60_fr52_tanh_adamw_b26",
       {"data": FR52, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
