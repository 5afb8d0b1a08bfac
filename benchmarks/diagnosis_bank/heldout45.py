"""The forty-fifth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout44`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout44` in its combination of data set (new here: a
10x10 image set of a bottle (a narrow neck on a wide body in a 5x5 cell, turned by 0, 90, 180 or
270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 8-class Gaussian
quantiles in 7 dimensions (3200 samples); a 45-feature 5-class set (2000 samples, 14 informative,
5 redundant, class separation 1.9); a 36-feature Friedman-1 regression (2000 samples, noise 0.5);
a candyfloss machine's state CSV (heating, spinning, cleaning, idle: 4 classes from 7 readings)
and a botanic garden's daily-tickets regression CSV (tickets, in the hundreds to thousands),
besides the script tools' shipped sets with new settings: iris, wine, breast cancer, digits,
3-arm spirals with noise 0.15 and the sine with noise 0.2), model (MLPs of several widths, depths
and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop,
Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine, constant),
initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face
Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). Most fault
cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout42` to
:mod:`.heldout44` did (divergence under SGD with momentum in a tanh net on unscaled tickets,
divergence under AdamW at LR 50 on the 45-feature set, exploding gradients in an 11-layer net with
N(0, 1) init under Adagrad on the 45-feature set, units killed by Adam at LR 3 in the bottle CNN,
a tiny learning rate under Adagrad on the quantiles and under RMSprop on the Friedman regression,
vanishing gradients under plain SGD in an 18-layer sigmoid net on the 45-feature set, saturation
under plain SGD in a tanh net with N(0, 5) init on the quantiles, a slow start of the bottle CNN
under SGD with momentum 0.5, the unshuffled quantiles under Adam, square error with Adagrad on the
45-feature set, a high update ratio from Adagrad at LR 1 on the quantiles, an overfit bottle MLP
under AdamW and a 40-row Friedman regression under Adam, an underfit 1-unit tanh net under
RMSprop, Lightning's NaN on iris under SGD with momentum and its 40 rows of digits under Adam,
Trainer's unshuffled wine under RMSprop and its NaN on digits under plain SGD, Keras' stuck iris
under plain SGD and its 2-unit ReLU spirals under RMSprop, TensorBoard's unshuffled iris under
Adam and its noisy batch-1 wine under RMSprop, the hand-written loop's corrupt record under SGD
with momentum and its noisy batch-1 breast cancer under Adam), and the cases are spread
differently over the tools (fifteen runner faults; two faults for each of Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (two
divergences, exploding gradients, dead units) and three scripts (Lightning's and Trainer's NaN,
the loop's Inf); ``not_training`` expected in four runner runs and one script;
``predictions_collapsed`` in four runner runs; ``at_chance`` in eight runner runs and three
scripts; one overfit runner run, two runner runs and one script with a generalisation gap; three
runner regressions), and the healthy runner runs over four data sets (the candyfloss CSV, the
quantiles, the 45-feature set and the Friedman regression), and the healthy scripts on breast
cancer (Lightning), iris and breast cancer (Trainer), iris (Keras), breast cancer and digits
(TensorBoard) and digits (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout44`): the state a run ends in is *expected*
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

The healthy runner cases measured: update ratio per layer (quarter means) 1.4e-5 (the first layer
of the ELU MLP with SGD with momentum on the candyfloss CSV) to 0.033 (the output layer of the
sigmoid MLP with RMSprop on the candyfloss CSV); the expected ``update_ratio_high`` run reaches
quarter means of 0.021 to 0.138 (Adagrad at LR 1 on the quantiles: its first layer's 0.038-0.138,
up to 4.2x the healthy extreme); the expected ``update_ratio_low`` runs sit at 1.2e-9 to 2.5e-8
(Adagrad at LR 1e-8 on the quantiles) and 5.4e-9 to 3.0e-8 (RMSprop at LR 1e-9 on the Friedman
regression). Dead-ReLU fraction per layer at most 0.33 at any time in the healthy runs (the
second layer of the ELU MLP with RMSprop on the Friedman regression); the expected ``dead_relu``
run reaches 0.95 and 1.0 (the bottle CNN's second conv and dense layers under Adam at LR 3, with
every layer's gradient 0 in the last three quarters). Saturated fraction per layer at most 0.024
in the healthy tanh and sigmoid runs (the sigmoid MLP with Adagrad on the candyfloss CSV); the
expected ``saturated_activation`` run holds 0.86 and 0.94 throughout. The exploding run's
gradient norms sit at quarter means of 3.6e6-1.4e7 with its loss near 1.4e7 from the first step
and never NaN (the healthy runs' largest single norm 125); the vanishing run's first layer at
8e-16 against 0.35 at the output. The sorted quantiles' step-loss position in the epoch explains
96% of the within-epoch variance over the second half, TensorBoard's sorted iris 97% and
Trainer's sorted wine 100%. The standard deviation of the step loss's step-to-step change over
the second half of a run is at most 1.80 times its mean in the healthy scripts with a step loss
(TensorBoard's breast cancer; the others 0.74-1.69), while the expected ``noisy_loss`` runs swing
10.7 (TensorBoard, batch 1, RMSprop at LR 0.03 on wine) and 10.0 (the loop, batch 1, Adam at LR
0.03 on breast cancer). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the candyfloss CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.8781 and
0.8797 on the quantiles, where the baseline is 0.2516; 0.8175 on the 45-feature set, where the
baseline is 0.7975; R2 0.759 and 0.7636 on the Friedman regression, where the baseline is 0.7534;
for the scripts 0.9474 (Lightning's breast cancer), 0.9667 (Trainer's iris), 0.9386 (Trainer's
breast cancer), 0.9667 (Keras' iris), 0.9649 (TensorBoard's breast cancer), 0.9721 (TensorBoard's
digits) and 0.9749 (the loop's digits)); their validation loss does not rise at the end (every
healthy run's is lowest at its last epoch but one: the ELU MLP with RMSprop on the Friedman
regression, lowest at epoch 27 of 30 and 0.008% above it at the end), no training score ends ~1
with the validation score 0.1 lower (the largest accuracy gap: 0.072, the ELU MLP with AdamW on
the quantiles, training 0.9505), and they expect no finding of severity warning or worse.

Healthy candidates dropped: the botanic garden's ReLU MLP with Adam (the unscaled tickets: R2 -9.1
against the baseline's 0.961), four MLPs on the 45-feature set (validation 0.7375 with ELU and Adam,
0.775 with leaky ReLU and RMSprop, 0.7675 with sigmoid and SGD with momentum, 0.77 with tanh and
Adagrad: all below the baseline of 0.7975) and their stronger reruns for 30 epochs (validation
0.85-0.90 but training 0.993-0.996 and the validation loss 0.58-2.5% above its minimum at the end),
two more 45-feature runs for 20 epochs (ReLU with Adam: training 0.9675, validation 0.865, a gap of
0.10; ELU with RMSprop: 0.775, below the baseline), the ReLU MLP with RMSprop on the quantiles
(validation 0.7703, 0.11 below the others; rerun wider at LR 2e-3: training 0.9563, validation
0.8156, a gap of 0.14), the sigmoid MLP with AdamW on the Friedman regression (the validation loss
0.31% above its minimum at epoch 20 of 30 at the end), Lightning's wine under Adagrad (3.4% above
its minimum at the end) and moons under Adam (5.5%), Lightning's wine under AdamW, iris under Adam
and moons under AdamW (the validation loss's quarter means still fell, e.g. 0.63, 0.38, 0.25 on
wine), Keras' breast cancer under RMSprop (1.4% above its minimum) and under Adagrad (1.3%), its
blobs under AdamW (1.2%), its digits and wine under RMSprop (the validation loss still falling,
0.28, 0.21 and 0.07, 0.05 over the last two quarters), TensorBoard's digits under RMSprop (the
validation loss falling 19% over the last quarter), its wine (1.9% above its minimum) and breast
cancer (1.5%) under Adagrad, the loop's wine under Adam (the validation loss falling 11% over the
last quarter) and its iris (11.9% above its minimum) and breast cancer (2.0%) under Adagrad. No
healthy run on the bottle images, on the botanic-garden CSV, on wine or on spirals is in the part:
their faults are read against the run's own numbers and its baseline. Faults changed: the bottle CNN
under SGD with momentum 0.5 at LR 0.01 crept down too evenly (the epoch loss 1.392 -> 1.313 in 14
epochs, 1.179 after 20) and was run at LR 0.02; the loop's corrupt record on blobs under SGD with
momentum stayed finite at its step (the loss 6.9e27, NaN one step later) and was moved to the sine.
Labels read from the metrics: the divergent AdamW run, the exploding run, the dead-unit CNN and the
vanishing run put (nearly) every test prediction in one class, so ``predictions_collapsed`` is
expected there; the saturated run ends at 0.1078 and the 1-unit net at 0.1297 (1/8 is 0.125), so
``at_chance`` is expected there too; the overfit bottle MLP ends at 0.2967 against its baseline of
0.2833, so ``at_chance`` is expected; the 40-row Friedman regression's validation loss flattens
rather than rises (lowest at epoch 123 of 150, flat after), so it expects only
``generalisation_gap``, as does Lightning's 40 rows of digits, whose validation loss ends only 6.3%
above its minimum; Lightning's NaN on iris ends at 0.3333 and Trainer's NaN on digits at 0.1003,
both chance, so ``at_chance`` is expected beside the NaN.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 27)
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

# a bottle in a 5x5 cell (a narrow neck on top of a wide body), turned by 90 degrees at a time
# for the other three directions
_BOTTLE_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0],
                       [0, 1, 1, 1, 0],
                       [0, 1, 1, 1, 0]], dtype=float)
_BOTTLES = turned(_BOTTLE_UP)


def bottles(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 bottle glyph at a random place (4 classes: the bottle turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_BOTTLES, n, size, noise, flip, seed)


def _candyfloss_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A candyfloss machine's state (0 heating, 1 spinning, 2 cleaning, 3 idle) from 7
    readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    head_c = np.array([120.0, 180.0, 60.0, 25.0])[cls] + rng.normal(0, 10.0, n)
    head_rpm = np.array([500.0, 3000.0, 200.0, 0.0])[cls] + rng.normal(0, 150.0, n)
    heater_w = np.array([900.0, 600.0, 0.0, 0.0])[cls] + rng.normal(0, 60.0, n)
    sugar_g = np.array([300.0, 220.0, 20.0, 250.0])[cls] + rng.normal(0, 30.0, n)
    water_ml = np.array([0.0, 0.0, 400.0, 0.0])[cls] + rng.normal(0, 30.0, n)
    queue = rng.uniform(0.0, 15.0, n)
    hall_c = rng.uniform(15.0, 32.0, n)
    return (["head_temp_c", "head_rpm", "heater_w", "sugar_g", "water_ml", "queue", "hall_temp_c",
             "state"],
            np.column_stack([head_c, head_rpm, heater_w, sugar_g, water_ml, queue, hall_c, cls]))


def _botanic_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A botanic garden's daily tickets sold from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(5, 32, n)
    sun_hours = rng.uniform(0, 13, n)
    blooms = rng.integers(0, 40, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    rain_mm = rng.exponential(2.5, n)
    tickets = (150 + 30.0 * air_c + 40.0 * sun_hours + 18.0 * blooms + 300.0 * school_holiday
               - 30.0 * rain_mm + 250.0 * (weekday >= 5) + rng.normal(0, 60.0, n))
    return (["weekday", "air_temp_c", "sun_hours", "species_in_bloom", "school_holiday",
             "rain_mm", "tickets"],
            np.column_stack([weekday, air_c, sun_hours, blooms, school_holiday, rain_mm,
                             tickets]))


def _candyfloss(**sections: Any) -> Any:
    return _csv("candyfloss_machine_state", _candyfloss_csv, "state", "classification", 451,
                **sections)


def _botanic(**sections: Any) -> Any:
    return _csv("botanic_garden_daily_tickets", _botanic_csv, "tickets", "regression", 452,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout45"
BO4 = _factory(f"{HERE}:bottles")
GQ87 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3200, n_features=7,
                n_classes=8, random_state=453)
CL45 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=45,
                n_informative=14, n_redundant=5, n_classes=5, class_sep=1.9, random_state=454)
FR36 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=36, noise=0.5,
                random_state=455)
BCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 20}], "hidden": [28]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h45_divergence_botanic_momentum_tanh", "the botanic garden's daily-tickets CSV "
         "(targets unscaled, in the thousands), 28-unit tanh MLP, SGD with momentum 0.9 at LR "
         "0.1, batch 20: the step loss goes from 2.2e6 to 1.8e9 (quarter means 4.8e7, 9.4e7, "
         "2.1e8, 6.9e8) and stays finite; every hidden unit saturated; validation R2 -10740",
         _botanic(model={"hidden": [28], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=(BLOWUP + " (norms up to 7.8e5 at the first layer, first updates 15 to "
                      "633 times the weights); the blown-up hidden layer saturates (fractions "
                      "0.9999-1.0) and its gradient falls to 0; R2 -10740 against the "
                      "baseline's 0.961"),
         verdict="failed"),
    Case("h45_divergence_cl45_adamw_lr50", "36x18 ReLU MLP on the 45-feature 5-class set, "
         "AdamW at LR 50, batch 24: the step loss goes from 1.606 to 4.2e7 and ends at 7.93 "
         "(quarter means 3.0e6, 21.0, 12.9, 8.3); the validation loss 23.7, 18.2, 9.18; "
         "accuracy 0.2 with every test prediction in one class",
         {"data": CL45, "model": {"hidden": [36, 18]},
          "optim": {"name": "adamw", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "vanishing_gradients",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged",
                "not_training"),
         why_allowed=(BLOWUP + " (norms up to 3.0e5, first updates 374-573 times the "
                      "weights); afterwards every unit of the second layer is dead and every "
                      "layer's gradient 0; accuracy 0.2 (chance 1/5) against the healthy "
                      "0.8175"),
         verdict="failed"),
    Case("h45_exploding_cl45_11x26_std1_adagrad", "11x26 ReLU MLP with N(0, 1) init on "
         "the 45-feature set, Adagrad at LR 1e-10: the gradient norms' quarter means are "
         "3.6e6-1.4e7 (up to 1.9e7); the loss is near 1.4e7 from the first step and never NaN "
         "(epoch means 1.391e7 each); accuracy 0.2 with 99.8% of the test predictions in one "
         "class",
         {"data": CL45, "model": {"hidden": [26] * 11, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (1.24e7 at the first step, 1.23e7 at the "
                      "last), a million times above ln 5; the tiny steps barely move the wide "
                      "weights (update ratios at most 4.7e-12); up to 19% of the last layer's "
                      "units dead; accuracy 0.2 (chance 1/5) against the healthy 0.8175"),
         verdict="failed"),
    Case("h45_dead_relu_bottle_cnn_adam_lr3", "the bottle CNN (10, 20 channels, 28 "
         "hidden), Adam at LR 3, batch 30: the step loss reaches 4.1e6 (1.414 at the first), "
         "then 95% of the second conv layer's units and all of the dense layer's are dead, "
         "every layer's gradient 0 in the last three quarters; the epoch loss 1.4e5, 1.736, "
         "1.495; accuracy 0.2633 with every test prediction in one class",
         {"data": BO4, "model": BCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 3.9e5, first updates 15 to 48 times the "
                      "weights); afterwards the gradients are 0 and Adam's leftover momentum "
                      "dies away; the final step loss 1.429 sits above its start 1.414; "
                      "accuracy 0.2633 against the run's baseline of 0.7767"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h45_adagrad_lr1e8_gq87", "the 8-class quantiles in 7 dimensions, 48x24 ELU MLP, "
         "Adagrad at LR 1e-8, 4 epochs: the epoch loss stays at 2.087, update ratios' quarter "
         "means 1.2e-9 to 2.5e-8; accuracy 0.1391",
         {"data": GQ87, "model": {"hidden": [48, 24], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1391 (chance 1/8) against the healthy 0.8781-0.8797; 56% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h45_rmsprop_lr1e9_fr36", "the 36-feature Friedman regression, 44x22 tanh MLP, "
         "RMSprop at LR 1e-9: the epoch loss stays at 228.9 (R2 -8.2), update ratios' quarter "
         "means 5.4e-9 to 3.0e-8",
         {"data": FR36, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-9}, "train": {"epochs": 4, "batch_size": 24},
          "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -9.07 against the baseline's 0.7534 and the healthy 0.759-0.7636",
         verdict=TP),
    Case("h45_vanishing_sigmoid_cl45_18x18_sgd", "18x18 sigmoid MLP on the 45-feature set, "
         "plain SGD at LR 0.01, 4 epochs: the first layer's gradient norm stays near 8e-16 "
         "against 0.35 at the output; the epoch loss 1.645 -> 1.612; accuracy 0.2 with every "
         "test prediction in one class",
         {"data": CL45, "model": {"hidden": [18] * 18, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first ten layers do not move at all (update ratio 0), a side "
                      "effect of the vanishing gradients; accuracy 0.2 (chance 1/5) against "
                      "the healthy 0.8175"),
         verdict=TP),
    Case("h45_saturated_tanh_gq87_std5_sgd", "2x40 tanh MLP with N(0, 5) init on the "
         "quantiles, plain SGD at LR 1e-4: 86% and 94% of the layers' units saturated "
         "throughout; the epoch loss 41.80 -> 41.67 (0.3%); accuracy 0.1078",
         {"data": GQ87, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("updates 1.9e-6 to 1.8e-5 (quarter means), mostly below the healthy "
                      "smallest (1.4e-5); the loss sits far above ln 8 from the start "
                      "(single steps 25 to 61); accuracy 0.1078 (chance 1/8) against the healthy "
                      "0.8781-0.8797; at "
                      "most 16% of the test predictions in one class"),
         verdict=TP),
    Case("h45_slow_start_bottle_cnn_momentum", "the bottle CNN, SGD with momentum 0.5 at "
         "LR 0.02, 14 epochs: the epoch loss lingers near ln 4 (1.39, 1.381, 1.374, 1.366, "
         "1.356, 1.342 over the first six) and then falls ever faster (1.149, 1.052, 0.9367, "
         "0.8348 over the last four); validation accuracy 0.5033",
         {"data": BO4, "model": BCNN, "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.5},
          "train": {"epochs": 14, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=("stopped while still falling: accuracy 0.5033 against the run's "
                      "baseline of 0.7767; 45% of the test predictions in one class"),
         verdict=TP),
    Case("h45_unshuffled_gq87_adam_b32", "the quantiles sorted by label, never shuffled, "
         "96x48 ELU MLP, Adam at LR 2e-3, batch 32, 8 epochs: the position in the epoch "
         "explains 67% of the step loss's within-epoch variance over the run and 96% over the "
         "second half; validation accuracy 0.3734",
         {"data": {**GQ87, "order": "by_label", "shuffle": False},
          "model": {"hidden": [96, 48], "activation": "elu"},
          "optim": {"lr": 2e-3}, "train": {"epochs": 8, "batch_size": 32}},
         expect=("unshuffled_data",),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.3734 against the healthy 0.8781-0.8797; "
                      "the epoch loss "
                      "still falls ~5% an epoch (1.588, 1.512)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h45_overfit_bottle_mlp_subset40_adamw", "40 bottle images, MLP of 240 and 120 "
         "units, AdamW at LR 5e-4, 60 epochs, batch 8: training accuracy 1.0, validation "
         "0.2967; the validation loss rises from 1.369 (epoch 7) to 2.115 while the training "
         "loss falls to 2.9e-3",
         {"data": {**BO4, "subset": 40}, "model": {"hidden": [240, 120]},
          "optim": {"name": "adamw", "lr": 5e-4}, "train": {"epochs": 60, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 images of four turned bottles teach next to nothing: accuracy "
                      "0.2967 against the run's baseline of 0.2833 (0.7767 with every image)"),
         verdict=GP),
    Case("h45_gap_fr36_subset40_adam", "40 rows of the 36-feature Friedman regression, MLP "
         "of 160 and 80 units, Adam at LR 1e-3, 150 epochs, batch 8: training R2 1.0 (the "
         "loss 1.5e-12), validation R2 0.2486; the validation loss flattens at 16.79",
         {"data": {**FR36, "subset": 40}, "model": {"hidden": [160, 80]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("40 rows teach less: R2 0.2486 against the healthy 0.759-0.7636 (the run's "
                      "baseline 0.1248); the validation loss is lowest at epoch 123 and flat "
                      "after it, so overfitting is only allowed; with the training loss at "
                      "~0 the gradients (1e-5) and updates (down to 0) die away; 41% of the "
                      "second layer's units dead"),
         verdict=GP),
    Case("h45_underfit_gq87_one_tanh_unit_rmsprop", "the quantiles through 1 tanh unit, "
         "RMSprop at LR 3e-3, 15 epochs: validation accuracy 0.1297 (training 0.1359); the "
         "epoch loss flattens at 2.077 (2.078, 2.077, 2.077 over the last three epochs)",
         {"data": GQ87, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "update_ratio_high", "not_training"),
         why_allowed=("one unit cannot part eight classes lying in shells: accuracy 0.1297 "
                      "(chance 1/8) against the healthy 0.8781-0.8797; the loss falls only 3.4% in "
                      "all (2.149 -> 2.077); the single unit's updates are large (quarter "
                      "means up to 0.032); 41% of the test predictions in one class"),
         verdict=TP),
    Case("h45_mse_softmax_cl45_adagrad", "the 45-feature set trained with square error on "
         "the softmax, Adagrad at LR 0.01, 64x32 MLP, 10 epochs: the loss falls 0.126 -> "
         "0.023; accuracy 0.8625",
         {"data": CL45, "model": {"hidden": [64, 32]}, "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~8% an epoch at the end (0.0255, 0.0234; the "
                      "validation loss 0.0446, 0.0431); accuracy 0.8625 against the healthy "
                      "0.8175 (training 0.955)"),
         verdict=TP),
    Case("h45_update_ratio_high_gq87_adagrad_lr1", "Adagrad at LR 1 on the 8-class "
         "quantiles, 40 units: the update ratios' quarter means reach 0.021 to 0.138 (the "
         "first layer's 0.038-0.138, the output layer's 0.021-0.137; the healthy runs' "
         "largest 0.033); the "
         "loss jumps about at first (single steps up to 42); validation accuracy 0.5062",
         {"data": GQ87, "model": {"hidden": [40]}, "optim": {"name": "adagrad", "lr": 1.0},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "dead_relu"),
         why_allowed=("the big steps throw the loss about (the epoch loss 3.914, 1.556, "
                      "then down to 1.032); accuracy 0.5062 against the healthy 0.8781-0.8797 "
                      "(training 0.6073); the big first steps kill 35% of the units"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h45_lightning_iris_momentum_lr80_nan", "Lightning: iris, SGD with momentum 0.9 at "
         "LR 80, 16 units, batch 10, 4 epochs: the step loss goes from 1.313 to 1.4e35 and is "
         "NaN from the 13th step; validation accuracy 0.3333",
         script=lightning_run(_s("iris", hidden=(16,), optim="sgd", lr=80.0, epochs=4,
                                 batch_size=10, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333 is iris' chance (1/3, also the "
                      "validation split's majority share)"),
         verdict="failed"),
    Case("h45_lightning_overfit_digits_subset40_adam", "Lightning: 40 rows of digits, 200 "
         "units, Adam at LR 2e-3, 100 epochs, batch 4: training accuracy 1.0 (the loss "
         "4.6e-4), validation 0.7354; the validation loss is lowest at 0.9795 (epoch 22) and "
         "ends 6.3% above it at 1.041",
         script=lightning_run(_s("digits", hidden=(200,), optim="adam", lr=2e-3,
                                 epochs=100, batch_size=4, subset=40)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less: accuracy 0.7354 against 0.9721 "
                      "for the healthy TensorBoard digits run; "
                      "the validation loss rises only slowly after its minimum (quarter means "
                      "1.122, 0.990, 1.012, 1.032), so overfitting is allowed, not expected"),
         verdict=GP),
    Case("h45_hf_trainer_unshuffled_wine_rmsprop", "Hugging Face Trainer names: wine sorted "
         "by label, never shuffled, RMSprop at LR 1e-3 (decaying linearly), 20 units, batch "
         "8, 4 epochs, logging every 2 steps: the position in the epoch explains 96% of the "
         "logged loss's within-epoch variance (100% over the second half); evaluation "
         "accuracy 0.8333",
         script=hf_trainer_run(_s("wine", hidden=(20,), optim="rmsprop", lr=1e-3, epochs=4,
                                  batch_size=8, shuffle=False, by_label=True),
                               logging_steps=2),
         tool="transformers", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.8333 (no healthy wine run is in the part); "
                      "the evaluation loss still "
                      "falls (0.960, 0.871, 0.827, 0.814)"),
         verdict=TP),
    Case("h45_hf_trainer_digits_sgd_lr60_nan", "Hugging Face Trainer names: digits, plain "
         "SGD at LR 60, 24 units, batch 16, 3 epochs, logging every 2 steps: the logged loss "
         "goes from 129 to 1.2e36 and is NaN from the seventh log (step 14); the evaluation "
         "loss NaN and accuracy 0.1003 every epoch",
         script=hf_trainer_run(_s("digits", hidden=(24,), optim="sgd", lr=60.0,
                                  epochs=3, batch_size=16), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + " (the logged gradient norm reaches 4.6e18); accuracy 0.1003 "
                      "is digits' chance (1/10)"),
         verdict="failed"),
    Case("h45_keras_iris_sgd_lr1e8_stuck", "Keras names: iris, plain SGD at LR 1e-8, 20 "
         "units, batch 10, 6 epochs: the loss stays at 1.085 and the validation loss at 1.083 "
         "every epoch; accuracy 0.3333 (training 0.3333)",
         script=keras_run(_s("iris", hidden=(20,), optim="sgd", lr=1e-8, epochs=6,
                             batch_size=10)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("accuracy 0.3333 (chance 1/3) against 0.9667 for the healthy iris "
                      "runs; the flat loss sits near ln 3"),
         verdict=TP),
    Case("h45_keras_spirals_two_relu_units_rmsprop", "Keras names: 3-arm spirals (noise "
         "0.15) through 2 ReLU units, RMSprop at LR 0.01, batch 30, 30 epochs: validation "
         "accuracy 0.4444 (training 0.3889); the loss flattens at 1.037 (quarter means 1.07, "
         "1.049, 1.042, 1.038)",
         script=keras_run(_s("spirals", hidden=(2,), optim="rmsprop", lr=0.01,
                             epochs=30, batch_size=30, n=900, noise=0.15, k=3)),
         tool="keras", expect=("underfitting",),
         allow=("at_chance", "not_training", "not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot follow three spiral arms: accuracy 0.4444, 0.11 above "
                      "1/3, so at_chance is at most allowed; the loss falls 5.4% in all "
                      "(1.096 -> 1.037); no healthy spirals run is in the part"),
         verdict=TP),
    Case("h45_tensorboard_unshuffled_iris_adam", "TensorBoard tags: iris sorted by label, "
         "never shuffled, Adam at LR 0.01, 16 units, batch 6, 6 epochs: the position in the "
         "epoch explains 90% of the step loss's within-epoch variance (97% over the second "
         "half); validation accuracy 0.9, the validation loss 0.963 -> 0.268",
         script=tensorboard_run(_s("iris", hidden=(16,), optim="adam", lr=0.01, epochs=6,
                                   batch_size=6, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.9 against 0.9667 for the healthy iris runs; "
                      "the validation loss still "
                      "falls (quarter means 0.84, 0.458, 0.318, 0.268)"),
         verdict=TP),
    Case("h45_tensorboard_wine_b1_rmsprop_noisy", "TensorBoard tags: wine, batch 1, RMSprop "
         "at LR 0.03, 20 units, 3 epochs: the step loss swings 10.7 times its mean step to "
         "step over the second half (6.0x the healthy scripts' largest, 1.80), single "
         "samples up to 8.3; validation "
         "accuracy 0.9722",
         script=tensorboard_run(_s("wine", hidden=(20,), optim="rmsprop", lr=0.03,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.392, 0.010, 0.131, 0.0007; the validation loss 0.056, 0.259, 0.029)"),
         verdict=TP),
    Case("h45_plain_corrupt_record_sine_momentum", "hand-written loop: sine regression with "
         "noise 0.2, SGD with momentum 0.9 at LR 0.01, batch 14, a corrupt record (x = 1e30) "
         "at step 10 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(21,), optim="sgd", lr=0.01, epochs=3,
                             batch_size=14, n=600, noise=0.2,
                             optim_args={"momentum": 0.9}), corrupt_step=10),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step's 0.41, at the corrupt "
                      "record"),
         verdict="failed", expect_step=10),
    Case("h45_plain_cancer_b1_adam_noisy", "hand-written loop: breast cancer, batch 1, Adam "
         "at LR 0.03, 20 units, 3 epochs: the step loss swings 10.0 times its mean step to "
         "step over the second half (5.6x the healthy scripts' largest, 1.80), single "
         "samples up to 38; validation accuracy "
         "0.9649",
         script=plain_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=0.03, epochs=3,
                             batch_size=1)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.189, 0.282, 0.418, 0.307); the validation loss 0.518, 0.162, 0.327"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy45_candyfloss_relu_adam_b24",
       _candyfloss(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 24})),
    _h("healthy45_candyfloss_elu_adagrad_b30",
       _candyfloss(model={"hidden": [30, 15], "activation": "elu"},
                   optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 30})),
    _h("healthy45_candyfloss_tanh_adamw_b22",
       _candyfloss(model={"hidden": [24], "activation": "tanh"},
                   optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 22})),
    _h("healthy45_candyfloss_leaky_rmsprop_b26",
       _candyfloss(model={"hidden": [34], "activation": "leaky_relu"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 26})),
    _h("healthy45_candyfloss_sigmoid_momentum_b20",
       _candyfloss(model={"hidden": [36], "activation": "sigmoid"},
                   optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 20})),
    _h("healthy45_candyfloss_relu_sgd_b18",
       _candyfloss(model={"hidden": [30, 15]},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 18})),
    _h("healthy45_candyfloss_elu_rmsprop_b28",
       _candyfloss(model={"hidden": [26, 13], "activation": "elu"},
                   optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 28})),
    _h("healthy45_candyfloss_tanh_adam_b34",
       _candyfloss(model={"hidden": [20], "activation": "tanh"},
                   optim={"lr": 3e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 34})),
    _h("healthy45_candyfloss_leaky_adamw_b16",
       _candyfloss(model={"hidden": [40, 20], "activation": "leaky_relu"},
                   optim={"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 16})),
    _h("healthy45_candyfloss_sigmoid_adagrad_b25",
       _candyfloss(model={"hidden": [28], "activation": "sigmoid"},
                   optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 25})),
    _h("healthy45_candyfloss_elu_momentum_b23",
       _candyfloss(model={"hidden": [24, 12], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 23})),
    _h("healthy45_candyfloss_relu_adagrad_b27",
       _candyfloss(model={"hidden": [42]},
                   optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 27})),
    _h("healthy45_candyfloss_tanh_momentum_b31",
       _candyfloss(model={"hidden": [30], "activation": "tanh"},
                   optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 31})),
    _h("healthy45_candyfloss_leaky_adagrad_b19",
       _candyfloss(model={"hidden": [20, 10], "activation": "leaky_relu"},
                   optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 19})),
    _h("healthy45_candyfloss_sigmoid_rmsprop_b32",
       _candyfloss(model={"hidden": [44], "activation": "sigmoid"},
                   optim={"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 32})),
    _h("healthy45_gq87_elu_adam_b30",
       {"data": GQ87, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy45_gq87_elu_adamw_b32",
       {"data": GQ87, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy45_cl45_relu_adamw_b28",
       {"data": CL45, "model": {"hidden": [60]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy45_fr36_tanh_adam_b26",
       {"data": FR36, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy45_fr36_elu_rmsprop_b30",
       {"data": FR36, "model": {"hidden": [48, 24], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _hs("healthy45_lightning_cancer_adagrad",
        lightning_run(_s("breast_cancer", hidden=(16,), optim="adagrad", lr=0.01, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy45_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(16,), optim="adam", lr=0.01, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy45_hf_trainer_cancer_adagrad",
        hf_trainer_run(_s("breast_cancer", hidden=(18,), optim="adagrad", lr=0.02, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy45_keras_iris_adagrad",
        keras_run(_s("iris", hidden=(14,), optim="adagrad", lr=0.05, epochs=50,
                     batch_size=10)), "keras"),
    _hs("healthy45_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(22,), optim="adam", lr=1e-3, epochs=30,
                           batch_size=16)), "tensorboard"),
    _hs("healthy45_tensorboard_digits_adagrad",
        tensorboard_run(_s("digits", hidden=(36,), optim="adagrad", lr=0.03, epochs=25,
                           batch_size=32)), "tensorboard"),
    _hs("healthy45_plain_digits_adagrad",
        plain_run(_s("digits", hidden=(40,), optim="adagrad", lr=0.05, epochs=20,
                     batch_size=32)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
