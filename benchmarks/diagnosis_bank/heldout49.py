"""The forty-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout48`, after :mod:`.heldout47`'s measurement and before
either was measured, by someone who saw no diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout48` in its combination of data
set (new here: a 10x10 image set of an open-ended wrench (an open jaw on a two-pixel handle in a 5x5
cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1400 images with noise 0.35 and 2% random
labels; 9-class Gaussian quantiles in 6 dimensions (4500 samples); a 49-feature 6-class set (2600
samples, 15 informative, 4 redundant, class separation 2.4); a 41-feature Friedman-1 regression
(2000 samples, noise 0.5); a maple-syrup evaporator's state CSV (warming, boiling, near syrup,
drawing off: 4 classes from 7 readings) and an e-scooter share's daily-rides regression CSV (rides,
in the hundreds), besides the script tools' shipped sets with new settings: iris, wine, breast
cancer, digits, 7-arm spirals with noise 0.1 and the sine with noise 0.2), model (MLPs of several
widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam,
AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule
(cosine, constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``,
Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop).
(The part was planned with a key image set, a greenhouse irrigation-state CSV, a bike-share CSV and
a kombucha brewer's CSV; a key image set is in :mod:`.heldout30`, a greenhouse irrigation valve's
state in :mod:`.heldout32`, a bike-rental CSV in :mod:`.heldout12` and a kombucha brewer's state in
:mod:`.heldout48`, so the wrench, the maple evaporator and the e-scooter share stand in for them.)
Most fault cases pair a mechanism with another optimiser, model, data set or tool than
:mod:`.heldout45` to :mod:`.heldout47` did (divergence under SGD with momentum in an ELU net on the
unscaled rides, divergence under SGD with momentum at LR 30 in a leaky-ReLU net on the 49-feature
set, exploding gradients in an 11-layer net with N(0, 1) init under plain SGD on the quantiles,
units killed by RMSprop at LR 3 in the wrench CNN, a tiny learning rate under SGD with momentum on
the 49-feature set and under AdamW on the Friedman regression, vanishing gradients under plain SGD
in a 20-layer sigmoid net on the 49-feature set, saturation under Adam in a tanh net with N(0, 5)
init on the quantiles, a slow start of the wrench CNN under plain SGD, the unshuffled quantiles
under Adagrad in an ELU net, square error with Adagrad on the maple CSV, a high update ratio from
AdamW at LR 2 on the 49-feature set, an overfit 50-row 49-feature set under AdamW and a 40-row
Friedman regression under Adam, an underfit 1-unit sigmoid net under AdamW, Lightning's NaN on
breast cancer under plain SGD and its 40 rows of digits under AdamW, Trainer's NaN on digits under
plain SGD and its unshuffled breast cancer under Adam, Keras' stuck digits under Adagrad and its
2-unit sigmoid 7-arm spirals under RMSprop, TensorBoard's unshuffled digits under AdamW and its
noisy batch-1 iris under RMSprop, the hand-written loop's corrupt record on the sine under Adam and
its noisy batch-1 iris under plain SGD), and the cases are spread differently over the tools
(fifteen runner faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the
hand-written loop) and the fault classes (four runner runs broken (two divergences, one to Inf and
one to NaN, exploding gradients, dead units) and three scripts (Lightning's and Trainer's NaN, the
loop's Inf); ``not_training`` expected in four runner runs and one script; ``predictions_collapsed``
in two runner runs; ``at_chance`` in seven runner runs and two scripts; one overfit runner run with
a generalisation gap, and one runner run and one script with a gap alone; three runner regressions),
and the healthy runner runs over four data sets (the maple CSV, the quantiles, the Friedman
regression and the 49-feature set), and the healthy scripts on digits (Trainer, TensorBoard), wine
(Trainer, Lightning, the hand-written loop) and iris (Keras, TensorBoard, the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout47`): the state a run ends in is *expected*
where its metrics show it, the mechanisms on the way are *allowed* with their reason
(``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within 0.05 of
the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is far below
it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when the
validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1 lower
(accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends clearly
above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss
repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it
counts at severity info); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches (or the run's baseline, where no healthy run is in the part) and
the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step than any
healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less than
5% over the run. A fault whose first setting came out weak was made stronger, relabelled from its
metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: update ratio per layer (quarter means) 1.6e-5 (the sigmoid MLP
with AdamW on the Friedman regression) to 0.050 (the tanh MLP with
Adagrad at batch 30 on the Friedman regression); the expected ``update_ratio_high`` run reaches
quarter means of 0.24 (its first layer) and 0.26 (its output layer) in its first quarter, 4.9 to
5.3 times the healthy extreme (0.015-0.035 after); the expected ``update_ratio_low`` runs sit at
7.3e-11 to 2.0e-10 (SGD with momentum at LR 1e-9 on the 49-feature set) and 0 to 1.5e-10 (AdamW at
LR 1e-10 on the Friedman regression). Dead-ReLU fraction per layer at most 0.125 at any time in the
healthy runs (the ReLU MLP with Adagrad on the maple CSV; at most 0.075 on the quantiles); the
expected ``dead_relu`` run reaches 0.875 (the wrench CNN's second conv layer) and 1.0 (its dense
layer) under RMSprop at LR 3, with every layer's gradient 0 in the last two quarters. Saturated
fraction per layer at most 0.0026 in the healthy tanh and sigmoid runs (the tanh MLP with Adam on
the maple CSV); the expected ``saturated_activation`` run holds 0.83 and 0.94 in its two layers
throughout. The exploding run's gradient norms sit at quarter means of 6.1e5-1.3e6 (up to 2.1e6)
with its loss near 1.6e6 from the first step and never NaN (the healthy runs' largest single norm
142); the vanishing run's first layer at 8.3e-18 against 0.35 at the output. The sorted quantiles'
step-loss position in the epoch explains 97% of the within-epoch variance over the second half,
Trainer's sorted breast cancer 99.6% and TensorBoard's sorted digits 98.6%. The standard deviation
of the step loss's step-to-step change over the second half of a run is at most 1.29 times its mean
in the healthy scripts with a step loss (the loop's wine; the others 0.34-1.26), while the expected
``noisy_loss`` runs swing 4.9 (TensorBoard, batch 1, RMSprop at LR 0.05 on iris) and 3.2 (the
loop, batch 1, plain SGD at LR 0.3 on iris). Healthy runs reach a validation score close to what the
data allow (accuracy 1.0 on the maple CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.8744-0.9056 on the quantiles, where the baseline is 0.26; 0.8942-0.9154 on the 49-feature set,
where the baseline is 0.8788; R2 0.7803-0.7950 on the Friedman regression, where the baseline is
0.7785; for the scripts 0.9526 (Trainer's digits), 0.9805 (TensorBoard's digits), 0.9722 (Trainer's
and Lightning's wine), 1.0 (the loop's wine) and 0.9667 (Keras', TensorBoard's and the loop's
iris)); their validation loss does not rise at the end (every healthy run's is lowest at its last
epoch or ends at most 0.2% above its minimum: Lightning's wine, lowest at epoch 29 of 30 and 0.11%
above it at the end; the sigmoid MLP with AdamW on the Friedman regression 0.021%), the training
loss has flattened (it falls at most 4.3% over the last epoch: the loop's wine), no training score
ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.058, the ELU MLP with
Adagrad at batch 24 on the quantiles, training 0.9415), and they expect no finding of severity
warning or worse.

Healthy candidates dropped: the tanh MLP with Adam at batch 38 on the quantiles (validation 0.74,
far below the other quantile runs' 0.87-0.91); the tanh MLP with Adagrad on the 49-feature set (the
validation loss lowest at epoch 8 of 15 and 0.25% above it at the end); the wrench CNN for 15 epochs
with Adam at LR 2e-3 (0.8214) and with RMSprop at LR 1e-3 (0.7929), both below the baseline of
0.8929 with up to 53% and 30% of units dead; Keras' digits under SGD with momentum (the validation
loss 3.2% above its minimum at epoch 15 of 30) and under Adagrad (the training loss still falling
5.4% over the last epoch); Lightning's digits under RMSprop at LR 5e-4 (the step loss still falling
7.9% over the last epoch); TensorBoard's digits under SGD with momentum (the validation loss 1.4%
above its minimum); the loop's digits under AdamW (the step loss still falling 7.2% over the last
epoch); Keras' wine under RMSprop (the validation loss 1.2% above its minimum at epoch 28 of 30). No
healthy run on the wrench images, on the e-scooter CSV, on breast cancer, on spirals or on the sine
is in the part: their faults are read against the run's own numbers and its baseline. Faults
changed: the 50-row 49-feature set under AdamW at LR 5e-4 for 60 epochs ended with the validation
loss only 0.37% above its minimum (epoch 48) and was run at LR 2e-3 for 80 epochs, where it is
lowest at epoch 7 (1.049) and ends 11% above it (1.166), rising throughout; AdamW at LR 0.8 on the
49-feature set reached first-quarter ratios of only 0.13 and 0.15 (2.6 to 3.0 times the healthy
extreme) and was run at LR 2; Keras' 2-unit tanh net under RMSprop on 6-arm spirals turned out to be
a case of :mod:`.heldout48`, written at the same time, and was run as a 2-unit sigmoid net at LR
0.02 on 7-arm spirals; the kombucha CSV first used here (and its square-error run under RMSprop)
turned out to match :mod:`.heldout48`'s, so every case on it was run again on the maple-evaporator
CSV, the square-error run under Adagrad. Labels read from the metrics: the momentum run at LR 30 on
the 49-feature set ends NaN (the step loss 1.81, 21.8, 1.4e4, 4.8e9, 3.5e21, NaN), so ``nan_loss``
is expected beside ``divergence``, as on the rides (2.9e5, 2.5e5, 5.6e6, 1.2e9, 3.1e19, Inf); the
momentum run at LR 1e-9 ends at accuracy 0.125 (0.042 below 1/6) and the saturated run at 0.0967
(1/9 is 0.111), so ``at_chance`` is expected in both, while their test predictions spread (at most
45% and 18% in one class); the sorted quantiles end at 0.1122 with at most 39% of the test
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` not; the 1-unit
net ends at 0.0922 with at most 34% in one class; the exploding run ends at 0.1156 with 66% in one
class, so ``predictions_collapsed`` is only allowed; the wrench CNN under RMSprop at LR 3 ends at
0.2571 with every test prediction in one class; the 40-row Friedman regression ends at R2 0.085
(training 1.0) with the validation loss flat over the last three quarters (21.24, 21.10, 21.10), so
it expects only ``generalisation_gap``; Trainer's NaN on digits ends at 0.1003, so ``at_chance`` is
expected there, while Lightning's NaN on breast cancer ends at 0.3684, far below the majority share,
so it is only allowed; Keras' stuck digits end at 0.0891, so ``at_chance`` is expected, and its
2-unit spirals at 0.2296, 0.087 above 1/7, so ``at_chance`` is only allowed beside ``underfitting``;
the wrench CNN's slow start (the epoch loss 1.386, 1.377, 1.360, 1.333, 1.305 over the first five
epochs, then 1.22 down to 0.30) ends with the validation loss 5.8% above its minimum, so
``overfitting`` is allowed there.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 31)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 8)
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

# an open-ended wrench in a 5x5 cell (the open jaw at the top, a two-pixel handle down from
# it), turned by 90 degrees at a time for the other three directions
_WRENCH_UP = np.array([[1, 0, 0, 1, 0],
                       [1, 1, 1, 1, 0],
                       [0, 1, 1, 0, 0],
                       [0, 1, 1, 0, 0],
                       [0, 1, 1, 0, 0]], dtype=float)
_WRENCHES = turned(_WRENCH_UP)


def wrenches(n: int = 1400, size: int = 10, noise: float = 0.35, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 wrench glyph at a random place (4 classes: the wrench turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_WRENCHES, n, size, noise, flip, seed)


def _maple_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A maple-syrup evaporator's state (0 warming, 1 boiling, 2 near syrup, 3 drawing off) from 7
    readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    pan_c = np.array([80.0, 100.5, 103.0, 104.0])[cls] + rng.normal(0, 1.0, n)
    brix = np.array([2.5, 8.0, 45.0, 66.5])[cls] + rng.normal(0, 2.0, n)
    steam_kg_h = np.array([5.0, 60.0, 35.0, 20.0])[cls] + rng.normal(0, 5.0, n)
    foam_cm = np.array([0.2, 3.0, 6.5, 2.0])[cls] + rng.normal(0, 0.6, n)
    flue_c = np.array([350.0, 600.0, 580.0, 520.0])[cls] + rng.normal(0, 30.0, n)
    sap_tank_l = rng.uniform(50.0, 900.0, n)
    outside_c = rng.uniform(-8.0, 10.0, n)
    return (["pan_temp_c", "brix", "steam_kg_h", "foam_cm", "flue_temp_c", "sap_tank_l",
             "outside_temp_c", "state"],
            np.column_stack([pan_c, brix, steam_kg_h, foam_cm, flue_c, sap_tank_l, outside_c,
                             cls]))


def _escooter_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An e-scooter share's daily rides from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(-4, 34, n)
    rain_mm = rng.exponential(2.5, n)
    scooters = rng.integers(80, 240, n).astype(float)
    event = rng.integers(0, 2, n).astype(float)
    wind_kmh = rng.uniform(0.0, 45.0, n)
    rides = (150 + 9.0 * air_c - 22.0 * rain_mm + 1.5 * scooters + 140.0 * event
             - 4.0 * wind_kmh + 90.0 * (weekday >= 5) + rng.normal(0, 35.0, n))
    return (["weekday", "air_temp_c", "rain_mm", "scooters_out", "event", "wind_kmh", "rides"],
            np.column_stack([weekday, air_c, rain_mm, scooters, event, wind_kmh, rides]))


def _maple(**sections: Any) -> Any:
    return _csv("maple_evaporator_state", _maple_csv, "state", "classification", 491, **sections)


def _escooter(**sections: Any) -> Any:
    return _csv("escooter_daily_rides", _escooter_csv, "rides", "regression", 492, **sections)


HERE = "benchmarks.diagnosis_bank.heldout49"
WR4 = _factory(f"{HERE}:wrenches")
GQ96 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4500, n_features=6,
                n_classes=9, random_state=493)
CL49 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=49,
                n_informative=15, n_redundant=4, n_classes=6, class_sep=2.4, random_state=494)
FR41 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=41, noise=0.5,
                random_state=495)
WCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 16}], "hidden": [30]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h49_divergence_escooter_momentum_elu", "the e-scooter share's daily-rides CSV "
         "(targets unscaled, in the hundreds), 26-unit ELU MLP, SGD with momentum 0.9 at LR "
         "0.01, batch 20",
         _escooter(model={"hidden": [26], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                   train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h49_divergence_cl49_momentum_lr30_leaky", "40x20 leaky-ReLU MLP on the 49-feature "
         "6-class set, SGD with momentum 0.9 at LR 30, batch 26",
         {"data": CL49, "model": {"hidden": [40, 20], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 30.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "at_chance", "predictions_collapsed"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h49_exploding_gq96_11x24_std1_sgd", "11x24 ReLU MLP with N(0, 1) init on the 9-class "
         "quantiles in 6 dimensions, plain SGD at LR 1e-14",
         {"data": GQ96, "model": {"hidden": [24] * 11, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall, far above ln 9; the tiny steps barely move the "
                      "wide weights; some units dead"),
         verdict="failed"),
    Case("h49_dead_relu_wrench_cnn_rmsprop_lr3", "the wrench CNN (12, 16 channels, 30 hidden), "
         "RMSprop at LR 3, batch 24",
         {"data": WR4, "model": WCNN, "optim": {"name": "rmsprop", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss"),
         why_allowed=(BLOWUP + "; afterwards the gradients are 0"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h49_momentum_lr1e9_cl49", "the 49-feature 6-class set, 50x25 ELU MLP, SGD with "
         "momentum 0.9 at LR 1e-9, 4 epochs",
         {"data": CL49, "model": {"hidden": [50, 25], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.125 against the run's baseline of 0.8788; at most 45% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h49_adamw_lr1e10_fr41", "the 41-feature Friedman regression, 40x20 sigmoid MLP, AdamW "
         "at LR 1e-10",
         {"data": FR41, "model": {"hidden": [40, 20], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -9.24, far below the baseline and the healthy runs"),
         verdict=TP),
    Case("h49_vanishing_sigmoid_cl49_20x16_sgd", "20x16 sigmoid MLP on the 49-feature set, plain "
         "SGD at LR 0.05, 4 epochs",
         {"data": CL49, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients"),
         verdict=TP),
    Case("h49_saturated_tanh_gq96_std5_adam", "2x40 tanh MLP with N(0, 5) init on the "
         "quantiles, Adam at LR 1e-6",
         {"data": GQ96, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates; the loss far above ln 9 from the start (the step loss "
                      "41.6 at the first step, 50.0 at the last)"),
         verdict=TP),
    Case("h49_slow_start_wrench_cnn_sgd", "the wrench CNN, plain SGD at LR 0.08, 16 epochs: "
         "the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": WR4, "model": WCNN, "optim": {"name": "sgd", "lr": 0.08},
          "train": {"epochs": 16, "batch_size": 24}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("stopped while still falling (the epoch loss 0.3673, 0.4494, 0.2996 over "
                      "the last three); the validation loss jumps to 1.712 at epoch 9 and ends "
                      "5.8% above its minimum at epoch 15; accuracy 0.8893 against the "
                      "baseline's 0.8929"),
         verdict=TP),
    Case("h49_unshuffled_gq96_adagrad_elu", "the quantiles sorted by label, never shuffled, "
         "96x48 ELU MLP, Adagrad at LR 0.05, batch 30, 8 epochs",
         {"data": {**GQ96, "order": "by_label", "shuffle": False},
          "model": {"hidden": [96, 48], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "divergence"),
         why_allowed=(SORTED + "; each epoch ends on the last class, so the epoch loss climbs "
                      "from 1.21 to 1.66 and ends at 1.41, above its first epoch's 1.22"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h49_overfit_cl49_subset50_adamw", "50 rows of the 49-feature set, MLP of 256 and 128 "
         "units, AdamW at LR 2e-3, 80 epochs, batch 10",
         {"data": {**CL49, "subset": 50}, "model": {"hidden": [256, 128]},
          "optim": {"name": "adamw", "lr": 2e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("50 rows teach less than every row (accuracy 0.6519 against the "
                      "run's baseline of 0.6404)"),
         verdict=GP),
    Case("h49_gap_fr41_subset40_adam", "40 rows of the 41-feature Friedman regression, MLP of "
         "180 and 90 units, Adam at LR 5e-4, 150 epochs, batch 8",
         {"data": {**FR41, "subset": 40}, "model": {"hidden": [180, 90]},
          "optim": {"lr": 5e-4}, "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("40 rows teach less; with the training loss at ~0 the gradients and "
                      "updates die away"),
         verdict=GP),
    Case("h49_underfit_gq96_one_sigmoid_unit_adamw", "the quantiles through 1 sigmoid unit, "
         "AdamW at LR 3e-3, 15 epochs",
         {"data": GQ96, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training"),
         why_allowed=("one unit cannot part nine classes lying in shells; the epoch loss "
                      "falls only 3.5% (2.276 -> 2.197, ln 9)"),
         verdict=TP),
    Case("h49_mse_softmax_maple_adagrad", "the maple-evaporator CSV trained with square error on "
         "the softmax, Adagrad at LR 0.05, 36x18 ReLU MLP, 10 epochs",
         _maple(model={"hidden": [36, 18]}, optim={"name": "adagrad", "lr": 0.05},
                   train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss may still fall at the end"),
         verdict=TP),
    Case("h49_update_ratio_high_cl49_adamw_lr2", "AdamW at LR 2 on the 49-feature set, 46 "
         "ELU units, batch 30, 10 epochs",
         {"data": CL49, "model": {"hidden": [46], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "at_chance", "predictions_collapsed"),
         why_allowed=("the big steps throw the loss about, far above its first step's 1.746 "
                      "(the epoch loss 219 to 543; the validation loss 344 to 1979, lowest at "
                      "epoch 1); accuracy 0.875 against the baseline's 0.8788"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h49_lightning_cancer_sgd_lr300_nan", "Lightning: breast cancer, plain SGD at LR 300, "
         "16 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(16,), optim="sgd", lr=300.0, epochs=4,
                                 batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h49_lightning_gap_digits_subset40_adamw", "Lightning: 40 rows of digits, 220 units, "
         "AdamW at LR 1e-3, 100 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(220,), optim="adamw", lr=1e-3,
                                 epochs=100, batch_size=5, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than the healthy digits runs; the "
                      "validation loss is lowest at epoch 47 (0.9432) and ends only 1.6% above "
                      "it, so overfitting is only allowed"),
         verdict=GP),
    Case("h49_hf_trainer_digits_sgd_lr400_nan", "Hugging Face Trainer names: digits, plain SGD "
         "at LR 400 (decaying linearly), 30 units, batch 16, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(30,), optim="sgd", lr=400.0,
                                  epochs=3, batch_size=16), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.1003 is digits' chance (1/10)"), verdict="failed"),
    Case("h49_hf_trainer_unshuffled_cancer_adam", "Hugging Face Trainer names: breast cancer "
         "sorted by label, never shuffled, Adam at LR 1e-3 (decaying linearly), 24 units, batch "
         "16, 4 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-3,
                                  epochs=4, batch_size=16, shuffle=False, by_label=True),
                               logging_steps=2),
         tool="transformers", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h49_tensorboard_iris_b1_rmsprop_noisy", "TensorBoard tags: iris, batch 1, RMSprop at "
         "LR 0.05, 20 units, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(20,), optim="rmsprop", lr=0.05,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.820, 0.241, 0.505, 0.139, single samples up to 16.7)"),
         verdict=TP),
    Case("h49_plain_iris_b1_sgd_noisy", "hand-written loop: iris, batch 1, plain SGD at LR "
         "0.3, 24 units, 3 epochs",
         script=plain_run(_s("iris", hidden=(24,), optim="sgd", lr=0.3, epochs=3,
                             batch_size=1)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about; the validation "
                      "loss 0.1356, 0.0970, 0.1298 over the three epochs"),
         verdict=TP),
    Case("h49_keras_digits_adagrad_lr1e9_stuck", "Keras names: digits, Adagrad at LR 1e-9, 20 "
         "units, batch 16, 5 epochs",
         script=keras_run(_s("digits", hidden=(20,), optim="adagrad", lr=1e-9, epochs=5,
                             batch_size=16)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the loss stays at 2.305, near ln 10, and accuracy 0.0891 at digits' "
                      "chance (1/10)"),
         verdict=TP),
    Case("h49_keras_spirals7_two_sigmoid_units_rmsprop", "Keras names: 7-arm spirals (noise "
         "0.1, 980 points) through 2 sigmoid units, RMSprop at LR 0.02, batch 25, 30 epochs",
         script=keras_run(_s("spirals", hidden=(2,), activation="sigmoid", optim="rmsprop",
                             lr=0.02, epochs=30, batch_size=25, n=980, noise=0.1, k=7)),
         tool="keras", expect=("underfitting",),
         allow=("at_chance", "not_training", "not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot follow seven spiral arms: validation accuracy 0.2296 "
                      "(training 0.1718), 0.087 above chance (1/7); the loss falls only 2.6% "
                      "(1.974 -> 1.922, ln 7 is 1.946) and is flat over the last five epochs; no "
                      "healthy spirals run is in the part"),
         verdict=TP),
    Case("h49_tensorboard_unshuffled_digits_adamw", "TensorBoard tags: digits sorted by label, "
         "never shuffled, AdamW at LR 1e-3, 30 units, batch 20, 4 epochs",
         script=tensorboard_run(_s("digits", hidden=(30,), optim="adamw", lr=1e-3, epochs=4,
                                   batch_size=20, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h49_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam at LR 3e-3, batch 12, a corrupt record (x = 1e30) at step 12 makes the "
         "loss Inf",
         script=plain_run(_s("sine", hidden=(24,), optim="adam", lr=3e-3, epochs=3,
                             batch_size=12, n=600, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=12),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy49_maple_relu_adamw_b22",
       _maple(model={"hidden": [30]}, optim={"name": "adamw", "lr": 2e-3,
                                                "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 22})),
    _h("healthy49_maple_elu_adam_b26",
       _maple(model={"hidden": [28, 14], "activation": "elu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 26})),
    _h("healthy49_maple_tanh_momentum_b20",
       _maple(model={"hidden": [26], "activation": "tanh"},
                 optim={"name": "sgd", "lr": 0.03, "momentum": 0.9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 20})),
    _h("healthy49_maple_sigmoid_rmsprop_b24",
       _maple(model={"hidden": [34], "activation": "sigmoid"},
                 optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy49_maple_relu_adagrad_b18",
       _maple(model={"hidden": [32, 16]},
                 optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 18})),
    _h("healthy49_maple_leaky_rmsprop_b28",
       _maple(model={"hidden": [36], "activation": "leaky_relu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 28})),
    _h("healthy49_maple_tanh_adam_b30",
       _maple(model={"hidden": [40], "activation": "tanh"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 30})),
    _h("healthy49_maple_elu_sgd_b16",
       _maple(model={"hidden": [30, 15], "activation": "elu"},
                 optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 16})),
    _h("healthy49_gq96_elu_adamw_b34",
       {"data": GQ96, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy49_gq96_elu_adam_b28",
       {"data": GQ96, "model": {"hidden": [144, 72], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy49_gq96_elu_rmsprop_b32",
       {"data": GQ96, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy49_gq96_elu_adagrad_b24",
       {"data": GQ96, "model": {"hidden": [136, 68], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy49_gq96_elu_adamw_b44",
       {"data": GQ96, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 44}}),
    _h("healthy49_fr41_tanh_adam_b26",
       {"data": FR41, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy49_fr41_tanh_rmsprop_b24",
       {"data": FR41, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy49_fr41_sigmoid_adamw_b28",
       {"data": FR41, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy49_fr41_tanh_adagrad_b30",
       {"data": FR41, "model": {"hidden": [52], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy49_fr41_sigmoid_adagrad_b20",
       {"data": FR41, "model": {"hidden": [56], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _h("healthy49_fr41_tanh_adamw_b22",
       {"data": FR41, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy49_cl49_relu_adam_b32",
       {"data": CL49, "model": {"hidden": [64]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy49_gq96_elu_adagrad_b36",
       {"data": GQ96, "model": {"hidden": [120, 60], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 36}}),
    _h("healthy49_cl49_elu_adamw_b30",
       {"data": CL49, "model": {"hidden": [72], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy49_cl49_relu_rmsprop_b36",
       {"data": CL49, "model": {"hidden": [56]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy49_hf_trainer_digits_rmsprop",
        hf_trainer_run(_s("digits", hidden=(60,), optim="rmsprop", lr=1e-3, epochs=12,
                          batch_size=32), logging_steps=2), "transformers"),
    _hs("healthy49_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(16,), optim="adam", lr=5e-3, epochs=30,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy49_plain_iris_adagrad",
        plain_run(_s("iris", hidden=(12,), optim="adagrad", lr=0.05, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy49_keras_iris_adagrad",
        keras_run(_s("iris", hidden=(16,), optim="adagrad", lr=0.05, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy49_tensorboard_iris_adagrad",
        tensorboard_run(_s("iris", hidden=(14,), optim="adagrad", lr=0.04, epochs=40,
                           batch_size=12)), "tensorboard"),
    _hs("healthy49_lightning_wine_adagrad",
        lightning_run(_s("wine", hidden=(16,), optim="adagrad", lr=0.04, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy49_tensorboard_digits_adagrad",
        tensorboard_run(_s("digits", hidden=(38,), optim="adagrad", lr=0.03, epochs=25,
                           batch_size=48)), "tensorboard"),
    _hs("healthy49_plain_wine_adagrad",
        plain_run(_s("wine", hidden=(14,), optim="adagrad", lr=0.04, epochs=30,
                     batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
