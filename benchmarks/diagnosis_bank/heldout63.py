"""The sixty-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout62`, after :mod:`.heldout58`'s and :mod:`.heldout59`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout61` in its combination of data set (new here: a 10x10 image set of a wineglass (a
bowl on a stem on a foot in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500
images with noise 0.3 and 2% random labels; 11-class Gaussian quantiles in 6 dimensions (4400
samples); a 63-feature 5-class set (2700 samples, 22 informative, 6 redundant, class separation
2.0); a 55-feature Friedman-1 regression (2000 samples, noise 0.7); a canal sluice gate's state
CSV (open, closing, shut, silted: 4 classes from 7 readings) and a bridge toll booth's daily-cars
regression CSV (cars, in the hundreds), besides the script tools' shipped sets with new settings:
iris, wine, breast cancer, digits and the sine with noise 0.25), model (MLPs of several widths,
depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW,
RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine,
constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging
Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). Most
fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout59` to :mod:`.heldout61` did (divergence to Inf under plain SGD in a leaky-ReLU net
on the unscaled toll-booth cars, divergence under Adam at LR 40 in a ReLU net on the 11-class
quantiles, exploding gradients in a 10-layer net with N(0, 1) init under plain SGD on the
Friedman regression, units killed by RMSprop at LR 2 in the wineglass CNN, a tiny learning rate
under Adam on the 63-feature set and under RMSprop on the toll-booth CSV, vanishing gradients
under SGD with momentum in a 22-layer sigmoid net on the 63-feature set, saturation under RMSprop
in a tanh net with N(0, 6) init on the quantiles, a slow start of the wineglass CNN under plain
SGD, the unshuffled quantiles under AdamW in an ELU net, square error with RMSprop on the sluice
CSV, a high update ratio from Adagrad at LR 3 on the 63-feature set, an overfit 60-row 63-feature
set under RMSprop and a 45-row Friedman regression under Adam, an underfit 2-unit sigmoid net under
AdamW, Lightning's NaN on wine under plain SGD and its sorted digits under Adam, Trainer's NaN on
iris under SGD with momentum and its stuck digits under AdamW, Keras' stuck iris under RMSprop
and its batch-1 wine under SGD with momentum, TensorBoard's NaN on digits under plain SGD and its
1-unit digits under RMSprop, the hand-written loop's corrupt record on the sine under Adagrad and
its noisy batch-1 iris under SGD with momentum), and the cases are spread over the tools (fifteen
runner faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written
loop) and the fault classes (five runner runs broken (two divergences, one to Inf and one that
never turns NaN, exploding gradients, dead units that end a blow-up, one vanishing) and six
scripts (Lightning's, Trainer's and TensorBoard's NaN, the loop's Inf, Keras' blow-up and the
loop's noisy run, both ending diverged); ``not_training`` expected in five runner runs and two
scripts; ``predictions_collapsed`` in three runner runs; ``at_chance`` in six runner runs and four
scripts; two overfit runner runs with a generalisation gap and one runner run with a gap beside a
high update ratio; four runner regressions among the faults), and the healthy runner runs over
four data sets (the sluice CSV, the quantiles, the Friedman regression and the 63-feature set),
and the healthy scripts on iris and wine (Trainer), breast cancer (TensorBoard), wine (Keras),
iris and wine (Lightning) and wine (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every
run was trained once with its final setting (the faults changed below were trained once more, with
their final setting).

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout59` and :mod:`.heldout61`):
the state a run ends in is *expected* where its metrics show it, the mechanisms on the way are
*allowed* with their reason (``why_allowed``). ``at_chance`` is expected when the final validation
accuracy is within 0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above
it, and when it is far below it); ``predictions_collapsed`` when at least 90% of the test
predictions fall in one class (allowed from 60%), read from the run's confusion matrix. Runs
logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is never
expected. ``overfitting`` is expected when the validation loss clearly rises after its minimum
while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and the
validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
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
blow-up or of the fault. The classes of the runner sets are balanced: the majority share is
0.091-0.10 on the quantiles (1/11 = 0.091), 0.20-0.22 on the 63-feature set, 0.26-0.27 on the
sluice CSV and the wineglass images (read from the test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.036 (the first
layer of the tanh MLP with Adagrad on the Friedman regression), single steps at most 0.30 (its
output layer); the expected ``update_ratio_high`` run reaches quarter means of 0.42 (its hidden
layer) and 0.44 (its output layer) in its first quarter, 12 times the healthy extreme, with single
steps at 41.5 and 40.1, 137 times the healthy one; the expected ``update_ratio_low`` runs sit
at 1.1e-11 to 2.2e-10 (Adam at LR 1e-10 on the 63-feature set) and 0 to 5.4e-9 (RMSprop at LR
1e-10 on the toll-booth CSV). Dead-unit fraction 0 at any time in every kept healthy ReLU,
leaky-ReLU and ELU run; the expected ``dead_relu`` run holds 0.67 to 0.89 in the wineglass CNN's
second conv layer and 0.29 to 0.79 in its dense layer under RMSprop at LR 2. Saturated fraction per
layer at most 0.025 in the healthy tanh and sigmoid runs (the sigmoid MLP with Adam on the
63-feature set); the expected ``saturated_activation`` run holds 0.85 and 0.95 in its two layers
throughout. The exploding run's gradient norms sit at 9.5e11-1.1e13 with its loss near 3e12 from
the first step and never NaN (the healthy runs' largest single norm 123: the output layer of the
sigmoid MLP with Adam on the Friedman regression); the vanishing
run's first two layers at 2.4e-19 to 3.5e-18 against 0.055-0.50 at the output, its first 13
layers' update ratio 0. The step-loss position in the epoch explains 96% of the within-epoch
variance over the second half in the sorted quantiles and 97% in Lightning's sorted digits (the
healthy runs at most 33%: the ELU MLP with Adam on the quantiles). The standard deviation of the
step loss's step-to-step change over the second half of a run is at most 1.76 times its mean in the
healthy scripts with a step loss (TensorBoard's breast cancer; the loop's wine 1.32, Lightning's
iris and wine 1.01-1.09, Trainer's iris and wine 0.30-0.50) and at most 0.86 in the healthy runner
runs (the ReLU MLP with SGD with momentum on the 63-feature set), while the expected ``noisy_loss``
run swings 7.0 (the loop, batch 1, SGD with momentum 0.95 at LR 0.1 on iris). Healthy runs reach a
validation score close to what the data allow (accuracy 1.0 on the sluice CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.8136-0.8216 on the quantiles, where the baseline is 0.2227;
0.8704-0.8981 on the 63-feature set, where the baseline is 0.8796; R2 0.7336-0.7432 on the Friedman
regression, where the baseline is 0.733; for the scripts 0.9667 (Trainer's and Lightning's iris),
0.9722 (Trainer's and Lightning's wine), 1.0 (Keras' and the loop's wine) and 0.9649
(TensorBoard's breast cancer)); their validation loss does not rise at the end (every healthy run's
is lowest at its last epoch or ends at most 0.41% above its minimum: Lightning's iris, lowest at
epoch 59 of 60; of the runner runs at most 0.16%: the sigmoid MLP with AdamW on the Friedman
regression, lowest at epoch 16 of 30), the training loss has flattened (the epoch loss falls at
most 2.7% over the last epoch in the runner runs (the tanh MLP with RMSprop on the sluice CSV, from
0.0138 to 0.0134), 3.5% in Lightning's wine
and 5.3% in Keras' wine, from losses near 0.034 and 0.0063), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.074, the ReLU MLP with SGD with momentum on
the 63-feature set, training 0.972; the largest R2 gap: 0.047, the tanh MLP with Adam on the
Friedman regression, training 0.786), and they expect no finding of severity warning or worse.

Healthy candidates dropped: the ReLU MLP with Adam on the quantiles (12.5% of the second layer's
units dead throughout, validation 0.776 against training 0.852); the tanh MLP with RMSprop on the
quantiles (validation 0.252 after 30 epochs, its loss lingering near ln 11); both wineglass CNNs
(Adam and AdamW: 29% and 46% of the dense layer's units dead, validation 0.90 and 0.93 against the
baseline 0.96); the loop's breast cancer under Adam (the step loss swinging 1.87 times its mean,
and the same numbers as TensorBoard's breast cancer, which is kept). No healthy run on the
wineglass images, on the toll-booth CSV, on the sine or on digits is in the part: their faults are
read against the run's own numbers and its baseline.

Labels read from the metrics: the toll-booth divergence (the loss 2.3e5, 1.1e5, 4.5e10, 1.5e26,
then Inf at step 5) ends the run there; Adam at LR 40 on the quantiles blew up to a step loss of
5.8e7 and ended at 19.1 (first step 2.37) without a NaN, accuracy 0.0909 (1/11) with every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected; the exploding run's loss falls 14-17% an epoch (3.3e12 to 2.4e12), so ``not_training``
is not labelled there; the wineglass CNN under RMSprop at LR 2 blows up to an epoch loss of 4.1e7
(single steps up to 1.7e9) and ends at 215 (first step 1.36), accuracy 0.23 and every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; Adam at LR 1e-10 on the 63-feature set ends at 0.1833 (1/5 is 0.2)
with 72% of the test predictions in one class, so ``predictions_collapsed`` is only allowed; the
vanishing run ends at 0.2019 with every test prediction in one class, so ``at_chance`` and
``predictions_collapsed`` are expected there, while the saturated run (0.1091) spreads them (at
most 23% in one class); the slow start of the wineglass CNN (the epoch loss 1.389, 1.379, 1.369,
1.348, 1.293, then 1.179 and on to 0.11-0.15, validation 0.9467) no longer falls at the end, so
``not_converged`` is only allowed; the sorted quantiles (validation 0.2295, the epoch loss falling
4.5% over the last epoch) expect ``unshuffled_data`` only, while Lightning's sorted digits (the
epoch loss 2.37, 2.00, 1.69, 1.37, 1.08) still fall 21%, so there ``not_converged`` is expected
beside ``unshuffled_data``; the square-error sluice run's epoch loss falls about 6% every epoch
(0.1806 to 0.1049) with accuracy 0.9167, so ``not_converged`` and ``underfitting`` are only allowed
beside ``loss_mismatch``; the high update ratio run (Adagrad at LR 3) blows up in its first epoch
(mean 237) and comes back to 0.367, training accuracy 0.992 against validation 0.8778 (a gap of
0.114) with the validation loss near 52-70, so ``generalisation_gap`` is expected beside
``update_ratio_high`` and ``divergence`` and ``overfitting`` are only allowed (its validation loss
jumps about, lowest at epoch 9 and 11% above it at the end); the 60 rows of the 63-feature set end
at validation 0.737 (training 1.0) with the validation loss lowest at epoch 11 (0.763) and 0.940
at the end, and the 45-row Friedman regression at R2 0.105 (training 1.0) with the validation
loss lowest at epoch 11 (19.73) and 21.89 at the end, so ``overfitting`` is expected beside
``generalisation_gap`` in both; the two sigmoid units on the quantiles end at 0.1182 (1/11 is
0.091) with the epoch loss 2.433 to 2.378, so ``at_chance`` is expected beside ``underfitting``;
Lightning's NaN on wine (the step loss 0.95 up to 4.4e35, then NaN) ends at 0.3333, 0.056 below
the validation split's majority share (0.389), so there ``at_chance`` is only allowed; Trainer's
NaN on iris (the loss 4829, 1.0e14, 8.9e19, 1.4e29, then NaN) and Keras' stuck iris end at 0.3333
(1/3, the balanced validation split's majority share too), Trainer's stuck digits (the evaluation
loss 2.275 throughout) at 0.0808 and TensorBoard's NaN on digits (the loss 2.33 up to 6.9e34, then
NaN) at 0.1003 (1/10), so ``at_chance`` is expected in all four; Keras' batch-1 wine logs only
epoch losses (0.876, 2.44, 327.8), so its ``divergence`` is expected and ``noisy_loss`` only
allowed; TensorBoard's one-unit digits end at 0.2786 (training 0.2783), the validation loss falling
0.47% over the last epoch (``underfitting``); the loop's corrupt record makes the loss Inf at step
15 (the loss from 0.38 down to 0.08-0.29 before it).

Faults changed: the toll-booth divergence was first written with a 20-unit sigmoid MLP under plain
SGD at LR 0.2 (the loss 2.3e5 falling to 1.6e4-2.6e4, R2 0.31: no divergence, the sigmoid units
bounding the blow-up) and is kept with leaky-ReLU units at LR 0.05; the sorted quantiles were first
written with an 80x40 tanh MLP (validation 0.115, the epoch loss 2.555 to 2.408: the net hardly
learnt, so the sorting was not what held it back) and are kept with a 128x64 ELU MLP; the loop's
corrupt record was first written on breast cancer under Adagrad (the loss stayed finite, 0.77 at
most: the corrupt feature's ReLU units were off) and is kept on the sine; Trainer's second fault
was first a gap on 40 rows of digits (validation 0.71, but no training score is logged to read a
gap from) and then a divergence on iris under Adam at LR 50 (the first logged loss 1.4e4 already
blown up and falling to 279 from there: no rise to read), and is kept as a NaN under SGD with
momentum at LR 300. Relabelled: Keras' batch-1 wine (written as ``noisy_loss``, no step loss is
logged) expects ``divergence``; the exploding run's ``not_training`` was dropped (its loss falls);
the high update ratio run's ``divergence`` was made allowed and ``generalisation_gap`` expected. No
fault was dropped.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 30)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 7)
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

# a wineglass in a 5x5 cell (a bowl on a stem on a foot), turned by 90 degrees at a time for the
# other three directions
_WINEGLASS_UP = np.array([[1, 0, 0, 0, 1],
                          [1, 1, 0, 1, 1],
                          [0, 1, 1, 1, 0],
                          [0, 0, 1, 0, 0],
                          [0, 1, 1, 1, 0]], dtype=float)
_WINEGLASSES = turned(_WINEGLASS_UP)


def wineglasses(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 wineglass glyph at a random place (4 classes: the glass turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_WINEGLASSES, n, size, noise, flip, seed)


def _sluice_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A canal sluice gate's state (0 open, 1 closing, 2 shut, 3 silted) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    flow = np.array([38.0, 17.0, 0.5, 6.0])[cls] + rng.normal(0, 3.0, n)
    gate_cm = np.array([120.0, 55.0, 0.0, 70.0])[cls] + rng.normal(0, 9.0, n)
    motor_a = np.array([0.4, 11.0, 0.3, 1.2])[cls] + rng.normal(0, 1.1, n)
    head_cm = np.array([8.0, 35.0, 90.0, 60.0])[cls] + rng.normal(0, 7.0, n)
    turbidity = np.array([14.0, 20.0, 9.0, 75.0])[cls] + rng.normal(0, 6.0, n)
    boats_h = rng.uniform(0.0, 12.0, n)
    air_c = rng.uniform(-3.0, 30.0, n)
    return (["flow_m3_s", "gate_opening_cm", "motor_amps", "head_difference_cm",
             "turbidity_ntu", "boats_per_hour", "air_temp_c", "state"],
            np.column_stack([flow, gate_cm, motor_a, head_cm, turbidity, boats_h, air_c, cls]))


def _tollbooth_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bridge toll booth's cars a day (in the hundreds) from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-10, 34, n)
    snow_cm = rng.uniform(0, 25, n)
    holiday = rng.integers(0, 2, n).astype(float)
    lanes_shut = rng.integers(0, 3, n).astype(float)
    fuel = rng.uniform(1.2, 2.2, n)
    cars = (640 + 2.5 * temp_c - 9.0 * snow_cm + 150.0 * holiday - 60.0 * lanes_shut
            - 110.0 * fuel + 90.0 * (weekday < 5) + rng.normal(0, 25.0, n))
    return (["weekday", "temp_c", "snow_cm", "public_holiday", "lanes_shut",
             "fuel_price", "cars"],
            np.column_stack([weekday, temp_c, snow_cm, holiday, lanes_shut, fuel, cars]))


def _sluice(**sections: Any) -> Any:
    return _csv("sluice_gate_state", _sluice_csv, "state", "classification", 631, **sections)


def _tollbooth(**sections: Any) -> Any:
    return _csv("tollbooth_daily_cars", _tollbooth_csv, "cars", "regression", 632, **sections)


HERE = "benchmarks.diagnosis_bank.heldout63"
WG4 = _factory(f"{HERE}:wineglasses")
GQ116 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4400, n_features=6,
                 n_classes=11, random_state=633)
CL63 = _factory("sklearn.datasets:make_classification", n_samples=2700, n_features=63,
                n_informative=22, n_redundant=6, n_classes=5, class_sep=2.0, random_state=634)
FR55 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=55, noise=0.7,
                random_state=635)
WCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h63_divergence_tollbooth_sgd_leaky", "the toll-booth daily-cars CSV (targets "
         "unscaled, in the hundreds), 20-unit leaky-ReLU MLP, plain SGD at LR 0.05, batch 15",
         _tollbooth(model={"hidden": [20], "activation": "leaky_relu"},
                    optim={"name": "sgd", "lr": 0.05},
                    train={"epochs": 3, "batch_size": 15}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h63_divergence_gq116_adam_lr40_relu", "80x40 ReLU MLP on the 11-class quantiles in 6 "
         "dimensions, Adam at LR 40, batch 26",
         {"data": GQ116, "model": {"hidden": [80, 40]},
          "optim": {"name": "adam", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the second layer's units all dead after the blow-up"),
         verdict="failed"),
    Case("h63_exploding_fr55_10x26_std1_sgd", "10x26 ReLU MLP with N(0, 1) init on the "
         "55-feature Friedman regression, plain SGD at LR 1e-16, batch 31",
         {"data": FR55, "model": {"hidden": [26] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-16},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("exploding_gradients",),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss sits near 3e12 (R2 -9.5e10) from the first step and falls "
                      "14-17% an epoch under the tiny steps; up to 23% of a layer's units "
                      "dead from the start"),
         verdict="failed"),
    Case("h63_dead_relu_wineglass_cnn_rmsprop_lr2", "the wineglass CNN (10, 18 channels, 28 "
         "hidden), RMSprop at LR 2, batch 19",
         {"data": WG4, "model": WCNN, "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 19}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards the loss sits near 200-250"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h63_adam_lr1e10_cl63", "the 63-feature 5-class set, 64x32 tanh MLP, Adam at LR "
         "1e-10, batch 33, 4 epochs",
         {"data": CL63, "model": {"hidden": [64, 32], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1833 against the healthy runs' 0.870-0.898; 72% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h63_rmsprop_lr1e10_tollbooth", "the toll-booth daily-cars CSV, 30x15 ELU MLP, RMSprop "
         "at LR 1e-10, batch 23",
         _tollbooth(model={"hidden": [30, 15], "activation": "elu"},
                    optim={"name": "rmsprop", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -12.3, far below the run's baseline (0.9275)",
         verdict=TP),
    Case("h63_vanishing_sigmoid_cl63_22x12_momentum", "22x12 sigmoid MLP on the 63-feature "
         "set, SGD with momentum 0.9 at LR 0.01, batch 29, 4 epochs",
         {"data": CL63, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h63_saturated_tanh_gq116_std6_rmsprop", "2x40 tanh MLP with N(0, 6) init on the "
         "11-class quantiles, RMSprop at LR 1e-8, batch 27",
         {"data": GQ116, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                   "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 11 from the start (the epoch loss "
                      "56.95 at every epoch); at most 23% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h63_slow_start_wineglass_cnn_sgd", "the wineglass CNN, plain SGD at LR 0.05, batch "
         "16, 18 epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": WG4, "model": WCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 18, "batch_size": 16}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu",
                "not_converged"),
         why_allowed=("no healthy wineglass run is in the part; once it moves, plain SGD at "
                      "LR 0.05 throws the loss about (the epoch loss 0.151, 0.497, 0.185, "
                      "0.126, 0.112, 0.150; the validation loss 0.31 to 1.51 and back); up "
                      "to 11% of the dense layer's units dead while the loss lingers"),
         verdict=TP),
    Case("h63_unshuffled_gq116_adamw_elu", "the 11-class quantiles sorted by label, never "
         "shuffled, 128x64 ELU MLP, AdamW at LR 1e-3, batch 40, 8 epochs",
         {"data": {**GQ116, "order": "by_label", "shuffle": False},
          "model": {"hidden": [128, 64], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 40}},
         expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "divergence", "not_converged", "slow_start"),
         why_allowed=(SORTED + "; the first epoch's mean (2.639) is above the first step "
                               "(2.404) and the epoch loss still falls 4.5% over the last "
                               "epoch"),
         verdict=TP),
    Case("h63_mse_softmax_sluice_rmsprop", "the sluice-gate CSV trained with square error on "
         "the softmax, RMSprop at LR 1e-4, 30x15 ELU MLP, batch 27, 10 epochs",
         _sluice(model={"hidden": [30, 15], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-4},
                 train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged"),
         why_allowed=("the tiny loss has its own scale; the slow steps leave it falling "
                      "about 6% an epoch (0.1806 to 0.1049), accuracy 0.9167 where the "
                      "healthy runs reach 1.0"),
         verdict=TP),
    Case("h63_update_ratio_high_cl63_adagrad_lr3", "Adagrad at LR 3 on the 63-feature set, 60 "
         "ELU units, batch 34, 10 epochs",
         {"data": CL63, "model": {"hidden": [60], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 3.0}, "train": {"epochs": 10, "batch_size": 34}},
         expect=("update_ratio_high", "generalisation_gap"),
         allow=("noisy_loss", "underfitting", "overfitting", "divergence",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training"),
         why_allowed=("the big early steps blow the loss up (single steps up to 1043, the "
                      "first epoch's mean 237 from a first step of 1.61) before Adagrad's "
                      "shrinking steps bring it down to 0.367; the validation loss stays "
                      "near 52-70 and jumps about (lowest at epoch 9, 52.45, and 58.16 at "
                      "the end)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h63_overfit_cl63_subset60_rmsprop", "60 rows of the 63-feature set, MLP of 300 and "
         "150 units, RMSprop at LR 5e-4, 80 epochs, batch 6",
         {"data": {**CL63, "subset": 60}, "model": {"hidden": [300, 150]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 80, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("60 rows teach less than every row: accuracy 0.737 (the run's "
                      "baseline 0.7074); 9% of the second layer's units never active on "
                      "them"),
         verdict=GP),
    Case("h63_gap_fr55_subset45_adam", "45 rows of the 55-feature Friedman regression, MLP of "
         "200 and 100 units, Adam at LR 1e-3, 150 epochs, batch 9",
         {"data": {**FR55, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.105, the run's baseline 0.172); with the "
                      "training loss at ~0 (1e-13) the gradients and updates die away and "
                      "42% of the second layer's units are dead"),
         verdict=GP),
    Case("h63_underfit_gq116_two_sigmoid_units_adamw", "the 11-class quantiles through 2 "
         "sigmoid units, AdamW at LR 0.01, batch 30, 15 epochs",
         {"data": GQ116, "model": {"hidden": [2], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01}, "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("two units cannot part eleven shells: accuracy 0.1182 (training "
                      "0.1227); the epoch loss 2.433 to 2.378 (2.3%); 52% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h63_lightning_wine_sgd_lr400_nan", "Lightning: wine, plain SGD at LR 400, 16 units, "
         "batch 10, 4 epochs",
         script=lightning_run(_s("wine", hidden=(16,), optim="sgd", lr=400.0, epochs=4,
                                 batch_size=10)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333 (1/3), 0.056 below the validation split's "
                               "majority share (0.389)"),
         verdict="failed"),
    Case("h63_lightning_unshuffled_digits_adam", "Lightning: digits sorted by label, never "
         "shuffled, Adam at LR 1e-3, 26 units, batch 16, 5 epochs",
         script=lightning_run(_s("digits", hidden=(26,), optim="adam", lr=1e-3, epochs=5,
                                 batch_size=16, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=SORTED, verdict=TP),
    Case("h63_hf_trainer_digits_adamw_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "AdamW at LR 1e-10 (decaying linearly), 24 units, batch 16, 4 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("digits", hidden=(24,), optim="adamw", lr=1e-10,
                                  epochs=4, batch_size=16), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the evaluation loss stays at 2.275 at every evaluation (no training "
                      "score is logged)"),
         verdict=TP),
    Case("h63_hf_trainer_iris_momentum_lr300_nan", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.9 at LR 300 (decaying linearly), 16 units, batch 8, 4 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("iris", hidden=(16,), optim="sgd", lr=300.0, epochs=4,
                                  batch_size=8, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h63_keras_iris_rmsprop_lr1e9_stuck", "Keras names: iris, RMSprop at LR 1e-9, 14 "
         "units, batch 8, 6 epochs",
         script=keras_run(_s("iris", hidden=(14,), optim="rmsprop", lr=1e-9, epochs=6,
                             batch_size=8)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="the loss stays at 1.161 and both accuracies at 1/3 at every epoch",
         verdict=TP),
    Case("h63_keras_wine_b1_momentum_noisy", "Keras names: wine, batch 1, SGD with momentum "
         "0.9 at LR 0.05, 20 units, 3 epochs",
         script=keras_run(_s("wine", hidden=(20,), optim="sgd", lr=0.05, epochs=3,
                             batch_size=1, optim_args={"momentum": 0.9})),
         tool="keras", expect=("divergence",),
         allow=("exploding_gradients", "overfitting", "not_converged", "unshuffled_data",
                "underfitting", "noisy_loss"),
         why_allowed=("single samples with big steps throw the weights about (only epoch "
                      "losses are logged: 0.876, 2.44, 327.8; the validation loss 0.65, 2.57, "
                      "4050, accuracy 0.944 then 0.611)"),
         verdict="failed"),
    Case("h63_tensorboard_digits_sgd_lr200_nan", "TensorBoard tags: digits, plain SGD at LR "
         "200, 24 units, batch 14, 4 epochs",
         script=tensorboard_run(_s("digits", hidden=(24,), optim="sgd", lr=200.0, epochs=4,
                                   batch_size=14)),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h63_tensorboard_digits_one_unit_rmsprop", "TensorBoard tags: digits through 1 ReLU "
         "unit, RMSprop at LR 3e-3, batch 20, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="rmsprop", lr=3e-3, epochs=20,
                                   batch_size=20)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2786 "
                      "(training 0.2783); the validation loss falls 0.47% over the last "
                      "epoch"),
         verdict=TP),
    Case("h63_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.25, Adagrad at LR 0.03, 22 units, batch 16, a corrupt record (x = 1e30) at "
         "step 15 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(22,), optim="adagrad", lr=0.03, epochs=3,
                             batch_size=16, n=800, noise=0.25), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=15),
    Case("h63_plain_iris_b1_momentum_noisy", "hand-written loop: iris, batch 1, SGD with "
         "momentum 0.95 at LR 0.1, 18 units, 3 epochs",
         script=plain_run(_s("iris", hidden=(18,), optim="sgd", lr=0.1, epochs=3,
                             batch_size=1, optim_args={"momentum": 0.95})),
         tool="pytorch", expect=("noisy_loss", "divergence"),
         allow=("exploding_gradients", "overfitting", "not_converged", "unshuffled_data",
                "underfitting", "at_chance"),
         why_allowed=("single samples with big steps throw the loss about and up (single "
                      "steps up to 1.96e6, the last 5.3e4; the validation loss 1.63, 1175, "
                      "153, accuracy 0.667)"),
         verdict="failed"),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy63_sluice_relu_adam_b24",
       _sluice(model={"hidden": [34]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy63_sluice_tanh_rmsprop_b20",
       _sluice(model={"hidden": [38], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy63_sluice_elu_adagrad_b22",
       _sluice(model={"hidden": [40], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy63_sluice_sigmoid_adamw_b18",
       _sluice(model={"hidden": [44], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy63_sluice_relu_momentum_b16",
       _sluice(model={"hidden": [36]},
               optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 16})),
    _h("healthy63_gq116_elu_adamw_b32",
       {"data": GQ116, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy63_fr55_tanh_adam_b28",
       {"data": FR55, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy63_fr55_sigmoid_adamw_b26",
       {"data": FR55, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy63_fr55_tanh_adagrad_b30",
       {"data": FR55, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy63_fr55_tanh_rmsprop_b32",
       {"data": FR55, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy63_fr55_sigmoid_adam_b24",
       {"data": FR55, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy63_cl63_relu_adam_b34",
       {"data": CL63, "model": {"hidden": [64]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy63_cl63_tanh_adamw_b30",
       {"data": CL63, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy63_cl63_elu_rmsprop_b28",
       {"data": CL63, "model": {"hidden": [62], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy63_cl63_sigmoid_adam_b26",
       {"data": CL63, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy63_cl63_tanh_adagrad_b36",
       {"data": CL63, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy63_cl63_leaky_adam_b40",
       {"data": CL63, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy63_cl63_relu_momentum_b32",
       {"data": CL63, "model": {"hidden": [64]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy63_sluice_leaky_adam_b26",
       _sluice(model={"hidden": [32], "activation": "leaky_relu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy63_fr55_sigmoid_rmsprop_b28",
       {"data": FR55, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy63_cl63_elu_adamw_b32",
       {"data": CL63, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy63_sluice_elu_rmsprop_b24",
       _sluice(model={"hidden": [36], "activation": "elu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy63_gq116_elu_adam_b30",
       {"data": GQ116, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _hs("healthy63_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(16,), optim="adamw", lr=5e-3, epochs=50,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy63_hf_trainer_wine_rmsprop",
        hf_trainer_run(_s("wine", hidden=(18,), optim="rmsprop", lr=1e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy63_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(22,), optim="adam", lr=1.5e-3, epochs=25,
                           batch_size=18)), "tensorboard"),
    _hs("healthy63_keras_wine_adam",
        keras_run(_s("wine", hidden=(18,), optim="adam", lr=3e-3, epochs=50,
                     batch_size=10)), "keras"),
    _hs("healthy63_lightning_iris_adam",
        lightning_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=60,
                         batch_size=10)), "lightning"),
    _hs("healthy63_lightning_wine_rmsprop",
        lightning_run(_s("wine", hidden=(18,), optim="rmsprop", lr=1e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy63_plain_wine_adamw",
        plain_run(_s("wine", hidden=(18,), optim="adamw", lr=3e-3, epochs=50,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
