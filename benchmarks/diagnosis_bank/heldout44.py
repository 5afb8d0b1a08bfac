"""The forty-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout43`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout43` in its combination of data set (new here: a
10x10 image set of a fish (a body with its head on the left and a forked tail on the right in a 5x5
cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random
labels; 7-class Gaussian quantiles in 8 dimensions (3000 samples); a 44-feature 4-class set (2000
samples, 12 informative, 4 redundant, class separation 1.8); a 38-feature Friedman-1 regression
(2000 samples, noise 0.5); a fairground carousel's drive-state CSV (starting, turning, braking,
parked: 4 classes from 7 readings) and a water park's daily-towels regression CSV (towels, in the
hundreds to thousands), besides the script tools' shipped sets with new settings: iris, wine,
breast cancer, digits, blobs (4 centres, noise 0.1), moons with noise 0.2 and 0.25, 3-arm spirals
with noise 0.1 and the sine with noise 0.25), model (MLPs of several widths, depths and
activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop,
Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). Most fault
cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout41` to
:mod:`.heldout43` did (divergence under plain SGD in a sigmoid net on unscaled towels, divergence
under Adagrad at LR 40 on the 44-feature set, exploding gradients in a 12-layer net with N(0, 1)
init under plain SGD on the quantiles, units killed by RMSprop at LR 1 in the fish CNN, a tiny
learning rate under AdamW on the quantiles and under plain SGD on the Friedman regression,
vanishing gradients under SGD with momentum in a 16-layer sigmoid net on the quantiles, saturation
under Adagrad in a sigmoid net on the 44-feature set, a slow start of the fish CNN under plain SGD
at LR 0.05, the unshuffled 44-feature set under RMSprop, square error with RMSprop on the
quantiles, a high update ratio from Adagrad on a regression, an overfit fish MLP under RMSprop and
an overfit 40-row 44-feature set under AdamW, an underfit 1-unit ReLU net under Adagrad,
Lightning's NaN on wine under SGD with momentum and its overfit 30 rows of digits, Trainer's
unshuffled digits under Adam and its NaN on breast cancer under plain SGD, Keras' stuck moons under
Adagrad and its 2-unit spirals, TensorBoard's unshuffled wine under Adagrad and its noisy batch-1
breast cancer under RMSprop, the hand-written loop's corrupt record under Adagrad and its noisy
batch-1 wine under RMSprop), and the cases are spread differently over the tools (fifteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop)
and the fault classes (four runner runs broken (two divergences, exploding gradients, dead units)
and three scripts (Lightning's and Trainer's NaN, the loop's Inf); ``not_training`` expected in
four runner runs and one script; ``predictions_collapsed`` in three runner runs; two overfit
runner runs, one overfit script; three runner regressions), and the healthy runner runs over four
data sets (the carousel CSV, the 44-feature set, the quantiles and the Friedman regression), and
the healthy scripts on iris and breast cancer (Lightning), breast cancer and blobs (Trainer),
wine and digits (Keras), iris and moons (TensorBoard) and breast cancer and iris (the hand-written
loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout43`): the state a run ends in is *expected*
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
healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less
than 5% over the run. A fault whose first setting came out weak was made stronger, relabelled from
its metrics or dropped (below), never kept as expected. The mechanism codes
(``update_ratio_high``, ``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``,
``dead_relu``, ``saturated_activation``) are expected only where the logged metric is clearly
outside the range every healthy run of this part shows, and allowed (with the reason) where the
mechanism is real but the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: update ratio per layer (quarter means) 1.2e-5 (the output
layer of the ELU MLP with AdamW on the Friedman regression) to 0.035 (the first layer of the tanh
MLP with RMSprop, batch 28, on the Friedman regression); the expected ``update_ratio_high`` run
reaches quarter means of 0.020 to 0.26 (Adagrad at LR 0.5 on the Friedman regression: its output
layer's 0.054-0.26, up to 7.3x the healthy extreme); the expected ``update_ratio_low`` runs sit at
7.1e-9 to 3.8e-8 (AdamW at LR 1e-8 on the quantiles) and 2.3e-8 to 2.3e-7 (plain SGD at LR 1e-8
on the Friedman regression). Dead-ReLU fraction per layer at most 0.25 at any time in the healthy
runs (the second layer of the ELU MLP with AdamW on the Friedman regression); the expected
``dead_relu`` run reaches 0.875 and 1.0 (the fish CNN's second conv and dense layers under RMSprop
at LR 1, with every layer's gradient 0 in the last quarter). Saturated fraction per layer at most
0.014 in the healthy tanh and sigmoid runs (the sigmoid MLP with SGD with momentum on the
44-feature set); the expected ``saturated_activation`` run holds 0.92 and 0.87 throughout. The
exploding run's gradient norms sit at quarter means of 5.6e5-2.9e6 with its loss near 2.5e6 from
the first step and never NaN (the healthy runs' largest single norm 126); the vanishing run's first
layer at 1e-14 against 0.35 at the output. The sorted 44-feature set's step-loss position in the
epoch explains 98% of the within-epoch variance over the second half, TensorBoard's sorted wine
98% and Trainer's sorted digits 99%. The standard deviation of the step loss's step-to-step change
over the second half of a run is at most 1.95 times its mean in the healthy scripts with a step
loss (the loop's breast cancer; the others 0.39-1.89), while the expected ``noisy_loss`` runs
swing 10.7 (TensorBoard, batch 1, RMSprop at LR 0.02 on breast cancer) and 6.2 (the loop, batch
1, RMSprop at LR 0.02 on wine). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the carousel CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.89-0.91 on
the 44-feature set, where the baseline is 0.8875; 0.87 and 0.8733 on the quantiles, where the
baseline is 0.24; R2 0.7446-0.7547 on the Friedman regression, where the baseline is 0.74; for the
scripts 0.9667 (Lightning's iris), 0.9474 (Lightning's breast cancer), 0.9474 (Trainer's breast
cancer), 0.9625 (Trainer's blobs), 1.0 (Keras' wine), 0.9721 (Keras' digits), 0.9667
(TensorBoard's iris), 0.9812 (TensorBoard's moons), 0.9561 (the loop's breast cancer) and 0.9667
(the loop's iris)); their validation loss does not rise at the end (every healthy run's is lowest
at its last epoch but two: the ELU MLP with AdamW on the Friedman regression, lowest at epoch 22 of
30 and 0.23% above it at the end, and the sigmoid MLP with SGD with momentum on the 44-feature
set, lowest at epoch 11 of 15 and 0.36% above it at the end), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.077, the ELU MLP with Adam on the
quantiles, training 0.9472), and they expect no finding of severity warning or worse.

Healthy candidates dropped: the ELU MLP with Adam, batch 36, on the quantiles (validation 0.7717,
0.1 below the other quantile runs), the ELU MLP with AdamW, batch 40 (validation 0.7033, training
0.8006), the ReLU MLP with RMSprop (0.6017) and the tanh MLP with RMSprop (0.3367) on the
quantiles, the leaky-ReLU MLP with AdamW on the quantiles (training 0.9628, validation 0.805: a gap
of 0.158), the tanh MLP with Adam on the Friedman regression (R2 0.7322, below the baseline of
0.74), Lightning's iris with Adam at LR 0.01 (the validation loss 6.7% above its minimum at epoch
36 of 40 at the end), TensorBoard's blobs (5 centres) with AdamW at LR 3e-3 (the step loss's
quarter means still falling, 0.67, 0.42, 0.30) and at LR 0.01 for 30 epochs (the validation loss
10.6% above its minimum at the end), TensorBoard's wine with Adagrad (0.41% above its minimum at
epoch 28 of 30 at the end) and TensorBoard's iris with RMSprop (after 40 epochs the step loss's
quarter means still fell, 0.22, 0.15, 0.11; after 80 the validation loss ended 2.1% above its
minimum at epoch 78). No healthy run on the fish images, on the water-park CSV or on
spirals is in the part: their faults are read against the run's own
numbers and its baseline. Faults changed or dropped: the water park's sigmoid net under plain SGD
at LR 0.2, meant to reach NaN, blew up to 2.8e13 and stayed finite, so it expects ``divergence``,
not ``nan_loss``; the hand-written loop's corrupt record on circles under Adagrad stayed finite
(the loss up to 1.1e28) and was moved to the sine; the fish CNN under plain SGD at LR 0.02 barely
moved (the epoch loss 1.404 -> 1.373 in 14 epochs) and was run at LR 0.05; Lightning's 24 rows of
wine under RMSprop, meant to overfit, ended at validation accuracy 1.0 with the validation loss
lowest at its last epoch and was replaced by 30 rows of digits; Trainer's not-converged blobs under
plain SGD (at LR 3e-3 the loss fell 3.8% in all, at LR 0.03 the linearly decayed learning rate
flattened it: the evaluation loss 1.282, 1.265) and its moons under RMSprop at LR 5 (the logged
loss fell from its first blow-up, 6913, to 13; evaluation accuracy 0.856) were dropped for
Trainer's NaN on breast cancer; the loop's batch-1 iris under plain SGD at LR 0.3 and 0.8 and under
Adam at LR 0.05 swung only 3.87, 1.51 and 4.11 (at most 2.1x the healthy 1.95) and was replaced by
batch-1 wine under RMSprop. Labels read from the metrics: the divergent Adagrad run, the dead-unit
CNN and the vanishing run put every test prediction in one class, so ``predictions_collapsed`` is
expected there; the exploding run (74%) only allows it; the overfit fish MLP ends at 0.2933 against
its baseline of 0.2767 (1/4 is 0.25), so ``at_chance`` is expected there; the saturated run ends at
0.3025, just over 0.05 above 1/4, and Lightning's NaN on wine at 0.3333, 0.066 below wine's
majority share, so ``at_chance`` is only allowed in both; the sorted 44-feature set reaches 0.87,
so only ``unshuffled_data`` is expected there; Keras' stuck moons end at 0.5 (chance 1/2), so
``at_chance`` is expected beside ``not_training``.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 29)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 10)
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

# a fish in a 5x5 cell (a body with its head on the left and a forked tail on the right),
# turned by 90 degrees at a time for the other three directions
_FISH_RIGHT = np.array([[0, 0, 0, 0, 0],
                        [0, 1, 1, 0, 1],
                        [1, 1, 1, 1, 0],
                        [0, 1, 1, 0, 1],
                        [0, 0, 0, 0, 0]], dtype=float)
_FISHES = turned(_FISH_RIGHT)


def fishes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 fish glyph at a random place (4 classes: the fish turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_FISHES, n, size, noise, flip, seed)


def _carousel_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A fairground carousel's drive state (0 starting, 1 turning, 2 braking, 3 parked) from 7
    readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    motor_amps = np.array([60.0, 25.0, 5.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    rpm = np.array([2.0, 6.0, 3.0, 0.0])[cls] + rng.normal(0, 0.4, n)
    brake_bar = np.array([0.0, 0.0, 4.0, 1.0])[cls] + rng.normal(0, 0.3, n)
    organ_db = np.array([70.0, 80.0, 72.0, 40.0])[cls] + rng.normal(0, 4.0, n)
    riders = np.array([20.0, 20.0, 20.0, 2.0])[cls] + rng.normal(0, 5.0, n)
    wind_ms = rng.uniform(0.0, 12.0, n)
    lamp_kw = rng.uniform(2.0, 9.0, n)
    return (["motor_amps", "platform_rpm", "brake_bar", "organ_db", "riders", "wind_ms",
             "lamp_kw", "state"],
            np.column_stack([motor_amps, rpm, brake_bar, organ_db, riders, wind_ms, lamp_kw,
                             cls]))


def _waterpark_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A water park's daily count of towels handed out from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(12, 36, n)
    sun_hours = rng.uniform(0, 12, n)
    slides_open = rng.integers(4, 15, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    rain_mm = rng.exponential(3.0, n)
    towels = (200 + 45.0 * air_c + 60.0 * sun_hours + 35.0 * slides_open + 400.0 * holiday
              - 25.0 * rain_mm + 180.0 * (weekday >= 5) + rng.normal(0, 70.0, n))
    return (["weekday", "air_temp_c", "sun_hours", "slides_open", "holiday", "rain_mm",
             "towels"],
            np.column_stack([weekday, air_c, sun_hours, slides_open, holiday, rain_mm, towels]))


def _carousel(**sections: Any) -> Any:
    return _csv("carousel_drive_state", _carousel_csv, "state", "classification", 441,
                **sections)


def _waterpark(**sections: Any) -> Any:
    return _csv("water_park_daily_towels", _waterpark_csv, "towels", "regression", 442,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout44"
FI4 = _factory(f"{HERE}:fishes")
GQ78 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3000, n_features=8,
                n_classes=7, random_state=443)
CL44 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=44,
                n_informative=12, n_redundant=4, n_classes=4, class_sep=1.8, random_state=444)
FR38 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=38, noise=0.5,
                random_state=445)
FCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 16}], "hidden": [24]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h44_divergence_waterpark_sgd_sigmoid", "the water park's daily-towels CSV (targets "
         "unscaled, in the thousands), 30-unit sigmoid MLP, plain SGD at LR 0.2, batch 25: the "
         "step loss goes from 4.5e6 to 2.8e13 (quarter means 1.0e10, 8.9e11, 4.5e12, 4.4e11) "
         "and stays finite; every hidden unit saturated; validation R2 -6.8e6",
         _waterpark(model={"hidden": [30], "activation": "sigmoid"},
                    optim={"name": "sgd", "lr": 0.2},
                    train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=(BLOWUP + " (norms up to 2.2e7 at the output, first updates 15 to 4347 "
                      "times the weights); the blown-up first layer saturates (fractions "
                      "0.9998-1.0) and its gradient falls to 2e-5; the loss never falls "
                      "below its start, so not_training is true too; R2 -6.8e6 against the "
                      "baseline's 0.9528"),
         verdict="failed"),
    Case("h44_divergence_cl44_adagrad_lr40", "40x20 ELU MLP on the 44-feature 4-class set, "
         "Adagrad at LR 40, batch 26: the step loss goes from 1.355 to 2.8e7 (quarter means "
         "1.9e6, 8398, 613, 118); the epoch loss 1.5e6, 844, 94; the validation loss 4163, "
         "1301, 1122; accuracy 0.255 with every test prediction in one class",
         {"data": CL44, "model": {"hidden": [40, 20], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "vanishing_gradients",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged",
                "not_training"),
         why_allowed=(BLOWUP + " (norms up to 1.7e5, first updates 340-454 times the "
                      "weights); afterwards up to 70% of the second layer's units dead and the "
                      "hidden layers' gradients 0 at times; accuracy 0.255 (chance 1/4) "
                      "against the healthy 0.89-0.91"),
         verdict="failed"),
    Case("h44_exploding_gq78_12x22_std1_sgd", "12x22 ReLU MLP with N(0, 1) init on the "
         "7-class quantiles in 8 dimensions, plain SGD at LR 1e-10: the gradient norms' "
         "quarter means are 5.6e5-2.9e6 (up to 3.8e6); the loss is near 2.5e6 from the first "
         "step and never NaN (epoch means 2.63e6, 2.46e6, 2.32e6); accuracy 0.1433",
         {"data": GQ78, "model": {"hidden": [22] * 12, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss falls 12% over the run (2.63e6 -> 2.32e6) yet stays a million "
                      "times above ln 7; the tiny steps are small beside the wide weights "
                      "(updates 2.6e-6 to 1.8e-5, at and below the healthy smallest 1.2e-5); "
                      "up to 32% of the last layer's units dead; accuracy 0.1433 (chance 1/7) "
                      "against the healthy 0.87-0.8733; 74% of the test predictions in one "
                      "class"),
         verdict="failed"),
    Case("h44_dead_relu_fish_cnn_rmsprop_lr1", "the fish CNN (12, 16 channels, 24 hidden), "
         "RMSprop at LR 1, batch 28: the step loss reaches 4.1e7 (1.418 at the first), then "
         "88% of the second conv layer's units and all of the dense layer's are dead, every "
         "layer's gradient 0 in the last quarter; the epoch loss 1.8e6, 54.5, 1.46; accuracy "
         "0.23 with every test prediction in one class",
         {"data": FI4, "model": FCNN, "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 4.6e6, first updates 50 to 172 times the "
                      "weights); afterwards the gradients are 0, so the updates are 0; the "
                      "final step loss 1.84 sits above its start 1.418"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h44_adamw_lr1e8_gq78", "the 7-class quantiles in 8 dimensions, 50x25 tanh MLP, "
         "AdamW at LR 1e-8, 4 epochs: the epoch loss stays at 1.957, update ratios' quarter "
         "means 7.1e-9 to 3.8e-8; accuracy 0.1467",
         {"data": GQ78, "model": {"hidden": [50, 25], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.1467 (chance 1/7) against the healthy 0.87-0.8733; 35% of "
                      "the test predictions in one class"),
         verdict=TP),
    Case("h44_sgd_lr1e8_fr38", "the 38-feature Friedman regression, 40x20 ELU MLP, plain SGD "
         "at LR 1e-8: the epoch loss stays at 221.7 (R2 -8.5), update ratios' quarter means "
         "2.3e-8 to 2.3e-7",
         {"data": FR38, "model": {"hidden": [40, 20], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-8}, "train": {"epochs": 4, "batch_size": 26},
          "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.5 against the baseline's 0.74 and the healthy 0.7446-0.7547",
         verdict=TP),
    Case("h44_vanishing_sigmoid_gq78_16x20_momentum", "16x20 sigmoid MLP on the quantiles, "
         "SGD with momentum 0.9 at LR 1e-3, 4 epochs: the first layer's gradient norm stays "
         "near 1e-14 against 0.35 at the output; the epoch loss 1.951 -> 1.947; accuracy "
         "0.1417 with every test prediction in one class",
         {"data": GQ78, "model": {"hidden": [20] * 16, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 1e-3, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first nine layers do not move at all (update ratio 0), a side "
                      "effect of the vanishing gradients; accuracy 0.1417 against the healthy "
                      "0.87-0.8733"),
         verdict=TP),
    Case("h44_saturated_sigmoid_cl44_std6_adagrad", "2x32 sigmoid MLP with N(0, 6) init on "
         "the 44-feature set, Adagrad at LR 1e-4: 92% and 87% of the layers' units "
         "saturated throughout; the epoch loss 13.25 -> 13.23 (0.2%); accuracy 0.3025",
         {"data": CL44, "model": {"hidden": [32, 32], "activation": "sigmoid", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "adagrad", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss",
                "unshuffled_data", "not_converged", "divergence"),
         why_allowed=("updates 1.4e-6 to 4.9e-6 (quarter means), below the healthy smallest "
                      "(1.2e-5); the loss sits far above ln 4 from the start (single steps 7.9 "
                      "to 18.3); accuracy 0.3025 sits just over 0.05 above 1/4, so at_chance is "
                      "allowed, not expected; at most 39% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h44_slow_start_fish_cnn_sgd_lr5e2", "the fish CNN, plain SGD at LR 0.05, 14 epochs: "
         "the epoch loss lingers near ln 4 (1.399, 1.387, 1.383, 1.38, 1.378, 1.375 over the "
         "first six) and then falls faster (1.327, 1.298, 1.257, 1.191 over the last four); "
         "validation accuracy 0.52",
         {"data": FI4, "model": FCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 14, "batch_size": 30}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=("stopped while still falling: accuracy 0.52 against the baseline's "
                      "0.83; 55% of the test predictions in one class"),
         verdict=TP),
    Case("h44_unshuffled_cl44_rmsprop_b25", "the 44-feature set sorted by label, never "
         "shuffled, 52-unit ReLU MLP, RMSprop at LR 1e-3, batch 25, 8 epochs: the position in "
         "the epoch explains 51% of the step loss's within-epoch variance over the run and 98% "
         "over the second half; validation accuracy 0.87",
         {"data": {**CL44, "order": "by_label", "shuffle": False}, "model": {"hidden": [52]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 8, "batch_size": 25}},
         expect=("unshuffled_data",),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.87 against the healthy 0.89-0.91 and the "
                      "baseline's 0.8875; the epoch loss still falls ~11% an epoch (0.3914, "
                      "0.3496)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h44_overfit_fish_mlp_subset40_rmsprop", "40 fish images, MLP of 256 and 128 units, "
         "RMSprop at LR 5e-4, 60 epochs, batch 8: training accuracy 1.0, validation 0.2933; "
         "the validation loss rises from 1.39 (epoch 1) to 2.419 while the training loss falls "
         "to 5.6e-4",
         {"data": {**FI4, "subset": 40}, "model": {"hidden": [256, 128]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 60, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 images of four turned fish teach next to nothing: accuracy 0.2933 "
                      "against the run's baseline of 0.2767 (0.83 with every image)"),
         verdict=GP),
    Case("h44_gap_cl44_subset40_adamw", "40 rows of the 44-feature set, MLP of 160 and 80 "
         "units, AdamW at LR 1e-3, 80 epochs, batch 8: training accuracy 1.0, validation "
         "0.6175; the validation loss rises from 0.9471 (epoch 13) to 1.151",
         {"data": {**CL44, "subset": 40}, "model": {"hidden": [160, 80]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 rows teach less: accuracy 0.6175 against the healthy 0.89-0.91 "
                      "(the run's baseline 0.6425); the training loss still halves each "
                      "quarter (0.0085, 0.0025, 0.0012)"),
         verdict=GP),
    Case("h44_underfit_cl44_one_relu_unit_adagrad", "the 44-feature set through 1 ReLU unit, "
         "Adagrad at LR 0.05, 15 epochs: validation accuracy 0.5225 (training 0.5542); the "
         "epoch loss flattens at 0.91 (0.9209, 0.917, 0.9138 over the last three epochs)",
         {"data": CL44, "model": {"hidden": [1]},
          "optim": {"name": "adagrad", "lr": 0.05}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one unit cannot part four classes in 44 features: accuracy 0.5225 "
                      "against the healthy 0.89-0.91; the loss still creeps down 0.3-0.4% an "
                      "epoch; the single unit's first updates are large (quarter means up to "
                      "0.051); 46% of the test predictions in one class"),
         verdict=TP),
    Case("h44_mse_softmax_gq78_rmsprop", "the quantiles trained with square error on the "
         "softmax, RMSprop at LR 1e-3, 64x32 MLP, 10 epochs: the loss falls 0.121 -> 0.078; "
         "accuracy 0.5517",
         {"data": GQ78, "model": {"hidden": [64, 32]}, "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~4% an epoch at the end (0.0811, 0.078; the "
                      "validation loss 0.0841, 0.0817); accuracy 0.5517 against the healthy "
                      "0.87-0.8733"),
         verdict=TP),
    Case("h44_update_ratio_high_fr38_adagrad_lr05", "Adagrad at LR 0.5 on the 38-feature "
         "Friedman regression, 44 units: the update ratios' quarter means reach 0.020 to 0.26 "
         "(the output layer's 0.054-0.26; the healthy runs' largest 0.035); the validation "
         "loss jumps about (27.85, 26.43, 12.04, ..., 6.938, 7.437); validation R2 0.6886",
         {"data": FR38, "model": {"hidden": [44]}, "optim": {"name": "adagrad", "lr": 0.5},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data"),
         why_allowed=("the big steps throw the loss about (single steps up to 388 at "
                      "first); R2 0.6886 against the healthy 0.7446-0.7547 (training 0.8888)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h44_lightning_wine_momentum_lr50_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 50, 18 units, batch 12, 4 epochs: the step loss goes from 1.183 to 3.3e35 and is "
         "NaN from the 14th step; validation accuracy 0.3333",
         script=lightning_run(_s("wine", hidden=(18,), optim="sgd", lr=50.0, epochs=4,
                                 batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333 sits 0.066 below wine's majority share "
                      "(0.40), so at_chance is allowed, not expected"),
         verdict="failed"),
    Case("h44_lightning_overfit_digits_subset30_rmsprop", "Lightning: 30 rows of digits, 256 "
         "units, RMSprop at LR 3e-3, 100 epochs, batch 4: the validation loss rises from "
         "1.521 (epoch 3) to 1.925 (quarter means 1.59, 1.70, 1.79, 1.88) while the training "
         "loss falls to 3e-5; training accuracy 1.0, validation 0.6713",
         script=lightning_run(_s("digits", hidden=(256,), optim="rmsprop", lr=3e-3,
                                 epochs=100, batch_size=4, subset=30)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less: accuracy 0.6713 against 0.9721 for "
                      "the healthy Keras digits run"),
         verdict=GP),
    Case("h44_hf_trainer_unshuffled_digits_adam", "Hugging Face Trainer names: digits sorted "
         "by label, never shuffled, Adam at LR 1e-3 (decaying linearly), 30 units, batch 16, "
         "3 epochs, logging every 2 steps: the position in the epoch explains 91% of the "
         "logged loss's within-epoch variance (99% over the second half); evaluation accuracy "
         "0.5877",
         script=hf_trainer_run(_s("digits", hidden=(30,), optim="adam", lr=1e-3, epochs=3,
                                  batch_size=16, shuffle=False, by_label=True),
                               logging_steps=2),
         tool="transformers", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.5877 against 0.9721 for the healthy Keras "
                      "digits run; the evaluation loss still falls (2.041, 1.864, 1.801)"),
         verdict=TP),
    Case("h44_hf_trainer_cancer_sgd_lr50_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 50, 20 units, batch 16, 3 epochs, logging every 2 steps: the logged "
         "loss goes from 63.6 to 6.7e34 and is NaN from the sixth log (step 12); the "
         "evaluation loss NaN and accuracy 0.3684 every epoch",
         script=hf_trainer_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=50.0,
                                  epochs=3, batch_size=16), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + " (the logged gradient norm reaches 1.3e18); accuracy 0.3684 "
                      "(the minority class) sits far below the majority share 0.63"),
         verdict="failed"),
    Case("h44_keras_moons_adagrad_lr1e8_stuck", "Keras names: moons (noise 0.25), Adagrad at "
         "LR 1e-8, 24 units, batch 16, 6 epochs: the loss stays at 0.6891 and the validation "
         "loss at 0.691 every epoch; accuracy 0.5 (training 0.5)",
         script=keras_run(_s("moons", hidden=(24,), optim="adagrad", lr=1e-8, epochs=6,
                             batch_size=16, n=800, noise=0.25)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("accuracy 0.5 against 0.9812 for TensorBoard's healthy moons; the flat "
                      "loss sits at ln 2"),
         verdict=TP),
    Case("h44_keras_spirals_two_tanh_units_adam", "Keras names: 3-arm spirals (noise 0.1) "
         "through 2 tanh units, Adam at LR 0.01, batch 32, 30 epochs: validation accuracy "
         "0.4333 (training 0.463); the loss flattens at 1.066 (quarter means 1.08, 1.069, "
         "1.067, 1.066)",
         script=keras_run(_s("spirals", hidden=(2,), activation="tanh", optim="adam", lr=0.01,
                             epochs=30, batch_size=32, n=900, noise=0.1, k=3)),
         tool="keras", expect=("underfitting",),
         allow=("at_chance", "not_training", "not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot follow three spiral arms: accuracy 0.4333, 0.1 above "
                      "1/3, so at_chance is allowed; the loss falls only 3.8% in all (1.108 -> "
                      "1.066); no healthy spirals run is in the part"),
         verdict=TP),
    Case("h44_tensorboard_unshuffled_wine_adagrad", "TensorBoard tags: wine sorted by label, "
         "never shuffled, Adagrad at LR 0.05, 16 units, batch 8, 6 epochs: the position in "
         "the epoch explains 41% of the step loss's within-epoch variance (98% over the "
         "second half); validation accuracy 1.0, the validation loss 0.424 -> 0.052",
         script=tensorboard_run(_s("wine", hidden=(16,), optim="adagrad", lr=0.05, epochs=6,
                                   batch_size=8, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": the validation loss still falls ~15% an epoch; single "
                      "steps range from 0.015 to 1.63"),
         verdict=TP),
    Case("h44_tensorboard_cancer_b1_rmsprop_noisy", "TensorBoard tags: breast cancer, batch "
         "1, RMSprop at LR 0.02, 16 units, 3 epochs: the step loss swings 10.7 times its mean "
         "step to step over the second half (5.5x the healthy scripts' largest, 1.95), single "
         "samples up to 13; validation accuracy 0.9474",
         script=tensorboard_run(_s("breast_cancer", hidden=(16,), optim="rmsprop", lr=0.02,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.215, 0.063, 0.163, 0.046; the validation loss 0.114, 0.508, 0.129)"),
         verdict=TP),
    Case("h44_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.25, Adagrad at LR 0.02, batch 16, a corrupt record (x = 1e30) at step 12 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(24,), optim="adagrad", lr=0.02, epochs=3,
                             batch_size=16, n=600, noise=0.25), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step's 0.44, at the corrupt "
                      "record"),
         verdict="failed", expect_step=12),
    Case("h44_plain_wine_b1_rmsprop_noisy", "hand-written loop: wine, batch 1, RMSprop at LR "
         "0.02, 16 units, 3 epochs: the step loss swings 6.2 times its mean step to step over "
         "the second half (3.2x the healthy scripts' largest, 1.95), single samples up to "
         "7.1; validation accuracy 0.9722",
         script=plain_run(_s("wine", hidden=(16,), optim="rmsprop", lr=0.02, epochs=3,
                             batch_size=1)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.353, 0.020, 0.148, 0.0086); the validation loss 0.031, 0.036, 0.055"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy44_carousel_relu_adamw_b24",
       _carousel(model={"hidden": [30]}, optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy44_carousel_elu_rmsprop_b30",
       _carousel(model={"hidden": [32, 16], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 30})),
    _h("healthy44_carousel_tanh_adagrad_b21",
       _carousel(model={"hidden": [26], "activation": "tanh"},
                 optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 21})),
    _h("healthy44_carousel_leaky_momentum_b33",
       _carousel(model={"hidden": [36], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.03, "momentum": 0.9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 33})),
    _h("healthy44_carousel_sigmoid_adam_b18",
       _carousel(model={"hidden": [40], "activation": "sigmoid"},
                 optim={"lr": 5e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 18})),
    _h("healthy44_carousel_relu_sgd_b16",
       _carousel(model={"hidden": [34, 17]},
                 optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 16})),
    _h("healthy44_carousel_elu_adam_b27",
       _carousel(model={"hidden": [28, 14], "activation": "elu"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy44_carousel_tanh_rmsprop_b29",
       _carousel(model={"hidden": [22], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy44_carousel_leaky_adagrad_b20",
       _carousel(model={"hidden": [38, 19], "activation": "leaky_relu"},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 20})),
    _h("healthy44_gq78_elu_adam_b32",
       {"data": GQ78, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy44_gq78_elu_rmsprop_b34",
       {"data": GQ78, "model": {"hidden": [120, 60], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy44_cl44_relu_adam_b30",
       {"data": CL44, "model": {"hidden": [56]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy44_cl44_elu_adamw_b26",
       {"data": CL44, "model": {"hidden": [50], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy44_cl44_tanh_rmsprop_b34",
       {"data": CL44, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy44_cl44_sigmoid_momentum_b24",
       {"data": CL44, "model": {"hidden": [48], "activation": "sigmoid"},
        "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy44_cl44_leaky_adagrad_b28",
       {"data": CL44, "model": {"hidden": [44], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy44_fr38_tanh_rmsprop_b28",
       {"data": FR38, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy44_fr38_elu_adamw_b32",
       {"data": FR38, "model": {"hidden": [48, 24], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy44_fr38_sigmoid_rmsprop_b26",
       {"data": FR38, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _hs("healthy44_lightning_iris_rmsprop",
        lightning_run(_s("iris", hidden=(18,), optim="rmsprop", lr=3e-3, epochs=70,
                         batch_size=10)), "lightning"),
    _hs("healthy44_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(20,), optim="adamw", lr=1e-3, epochs=30,
                         batch_size=16)), "lightning"),
    _hs("healthy44_hf_trainer_cancer_rmsprop",
        hf_trainer_run(_s("breast_cancer", hidden=(22,), optim="rmsprop", lr=1e-3, epochs=30,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy44_hf_trainer_blobs_adagrad",
        hf_trainer_run(_s("blobs", hidden=(24,), optim="adagrad", lr=0.05, epochs=20,
                          batch_size=32, n=800, noise=0.1, k=4), logging_steps=2),
        "transformers"),
    _hs("healthy44_keras_wine_adam",
        keras_run(_s("wine", hidden=(18,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy44_keras_digits_adagrad",
        keras_run(_s("digits", hidden=(42,), optim="adagrad", lr=0.05, epochs=20,
                     batch_size=32)), "keras"),
    _hs("healthy44_tensorboard_iris_adagrad",
        tensorboard_run(_s("iris", hidden=(14,), optim="adagrad", lr=0.05, epochs=50,
                           batch_size=10)), "tensorboard"),
    _hs("healthy44_tensorboard_moons_adamw",
        tensorboard_run(_s("moons", hidden=(24,), optim="adamw", lr=0.01, epochs=30,
                           batch_size=32, n=800, noise=0.2)), "tensorboard"),
    _hs("healthy44_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(24,), optim="adamw", lr=1e-3, epochs=30,
                     batch_size=16)), "pytorch"),
    _hs("healthy44_plain_iris_momentum",
        plain_run(_s("iris", hidden=(18,), optim="sgd", lr=0.02, epochs=60, batch_size=10,
                     optim_args={"momentum": 0.9})), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
