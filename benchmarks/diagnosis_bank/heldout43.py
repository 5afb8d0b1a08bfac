"""The forty-third held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout42`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout42` in its combination of data set (new here: a
10x10 image set of a cup (a bowl open at the top with a handle on the right in a 5x5 cell, turned
by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.35 and 2% random labels; 6-class
Gaussian quantiles in 9 dimensions (3000 samples); a 40-feature 5-class set (2000 samples, 10
informative, 4 redundant, class separation 2.0); a 35-feature Friedman-1 regression (2000 samples,
noise 0.6); a popcorn machine's kettle-state CSV (heating, popping, dumping, standby: 4 classes from
7 readings) and a planetarium's daily-visitors regression CSV (visitors, in the hundreds to
thousands), besides the script tools' shipped sets with new settings: iris, wine, breast cancer,
digits, blobs (3 centres, noise 0.1; 4 centres, noise 0.15), circles with noise 0.1, moons with
noise 0.3 and the sine with noise 0.2), model (MLPs of several widths, depths and activations
(ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with
and without momentum), batch size, learning rate, schedule (cosine, constant), initialisation
(default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging
every 2 steps, Keras and TensorBoard names, a hand-written loop). Most fault cases pair a mechanism
with another optimiser, model, data set or tool than :mod:`.heldout40` to :mod:`.heldout42` did (a
NaN from SGD with momentum in an ELU net on unscaled visitors, divergence under RMSprop at LR 30 on
the 40-feature set, exploding gradients in a deep net with N(0, 1) init under plain SGD on the
40-feature set, units killed by Adam at LR 1 in the cup CNN, a tiny learning rate under Adagrad on
the quantiles and under Adam on the Friedman regression, vanishing gradients under RMSprop in a
16-layer sigmoid net on the 40-feature set, saturation under SGD with momentum in a sigmoid net on
the quantiles, a slow start of the cup CNN under plain SGD, unshuffled quantiles under Adam, square
error with Adagrad, a high update ratio from RMSprop on a regression, an overfit cup MLP under
AdamW and an overfit 40-row quantile set under RMSprop, an underfit 1-unit tanh net under Adam,
Lightning's NaN on blobs under plain SGD and its not-converged digits, Trainer's stuck circles under
Adagrad, Keras' 2-unit digits and its overfit 20 rows of moons, TensorBoard's unshuffled iris under
SGD with momentum and its noisy batch-1 wine under Adam, the hand-written loop's corrupt record
under RMSprop and its overfit 24 rows of breast cancer), and the cases are spread differently over
the tools (fifteen runner faults; two faults for each of Lightning, Keras, TensorBoard and the
hand-written loop, one for Trainer) and the fault classes (four runner runs broken (NaN,
divergence, exploding gradients, dead units) and two scripts (Lightning's NaN, the loop's Inf);
``not_training`` expected in four runner runs and one script; ``predictions_collapsed`` in three
runner runs; two overfit runner runs, two overfit scripts; three runner regressions), and the
healthy runner runs over four data sets (the popcorn CSV, the 40-feature set, the quantiles and the
Friedman regression), and the healthy scripts on wine and blobs (Lightning), iris and wine
(Trainer), breast cancer and iris (Keras), digits (TensorBoard) and digits (the hand-written
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

Label policy (as in :mod:`.heldout15` and :mod:`.heldout42`): the state a run ends in is *expected*
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
healthy run's. A fault whose first setting came out weak was made stronger, relabelled from its
metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: update ratio per layer (quarter means) 1.4e-5 (a layer
of the ELU MLP with SGD with momentum on the popcorn CSV) to 0.034 (a layer of the tanh MLP with
RMSprop, batch 30, on the Friedman regression); the expected ``update_ratio_high`` run reaches
quarter means of 0.033 to 0.36 (RMSprop at LR 0.1 on the Friedman regression: up to 10.6x the
healthy extreme); the expected ``update_ratio_low``
runs sit at 1.2e-9 to 2.5e-8 (Adagrad at LR 1e-8 on the quantiles) and 4.6e-8 to 1.1e-7 (Adam at
LR 1e-8 on the Friedman regression). Dead-ReLU fraction per layer at most 0.12 at any time in the
healthy runs (the ReLU MLP with plain SGD on the popcorn CSV); the expected ``dead_relu`` run
reaches 0.93 and 1.0 (the cup CNN's second conv and dense layers under Adam at LR 1, with every
hidden layer's gradient 0 afterwards). Saturated fraction per layer at most 0.51 in the healthy
tanh and sigmoid runs (the second layer of the tanh MLP with RMSprop, batch 24, on the Friedman
regression, whose raw targets drive its units hard; at most 0.064 on the classification sets); the
expected ``saturated_activation`` run reaches 0.81 and 0.86. The exploding run's gradient norms
sit at quarter means of 2.9e5-1.0e6 with its loss near 1e6 from the first step and never NaN; the
vanishing run's first layer at 5e-14 against 0.79 at the output. The sorted quantiles'
step-loss position in the epoch explains 98% of the within-epoch variance over the second half and
TensorBoard's sorted iris 90% (98%). The standard deviation of the step loss's step-to-step change
over the second half of a run is at most 1.43 times its mean in the healthy scripts with a step
loss (Lightning's wine; the others 0.58-0.92), while the expected ``noisy_loss`` run swings 7.6
(TensorBoard, batch 1, Adam at LR 0.05 on wine). Healthy runs reach a validation score close to
what the data allow (accuracy 1.0 on the popcorn CSV, where the run's ``baseline/val_accuracy`` is
1.0; 0.8125-0.86 on the 40-feature set, where the baseline is 0.805; 0.805 and 0.8233 on the
quantiles, where the baseline is 0.2517; R2 0.7453 and 0.8368 on the Friedman regression, where the
baseline is 0.7181; for the scripts 0.9722 (Lightning's wine), 0.95 (Lightning's blobs),
0.9667 (Trainer's iris), 1.0 (Trainer's wine), 0.9561 (Keras' breast cancer), 0.9667 (Keras' iris),
0.9638 (TensorBoard's digits) and 0.9666 (the loop's digits)); their
validation loss does not rise at the end (every healthy run's is lowest at its last epoch but
two: the tanh MLP with Adam on the 40-feature set, lowest at epoch 6 of 15 and 0.06% above it at
the end, and Trainer's wine, lowest at epoch 34 of 40 and 0.3% above it at the end), no
training score ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.0825, the
ReLU MLP with AdamW on the 40-feature set, training 0.9425), and they expect no finding of severity
warning or worse.

Healthy candidates dropped: the leaky-ReLU MLP with Adagrad on the 40-feature set (training 0.9667,
validation 0.86: a gap of 0.107), the ReLU MLP with Adam and the leaky-ReLU MLP with AdamW on the
quantiles (training 0.9383 and ~0.93 against validation 0.8067 and 0.765: gaps above 0.1), a tanh
MLP with RMSprop on the quantiles (validation 0.2783 after 25 epochs), the ELU MLP with Adam, the
ReLU MLP with AdamW, the leaky-ReLU MLP with Adam and the tanh MLP with AdamW on the Friedman
regression (R2 0.7168, 0.6777, 0.6869 and 0.6931, below the baseline of 0.7181), the cup CNN with
Adagrad and with RMSprop (0.7867 and 0.876, below the baseline of 0.91), two MLPs on the
planetarium CSV (unscaled targets: R2 -9.9 and -3.5 after 30 epochs), TensorBoard's breast cancer
with Adagrad (the validation loss 4% above its minimum at epoch 11 of 20 at the end), its blobs with
Adagrad (1.9% above its minimum at the end) and its wine with RMSprop (0.8% above it at the end),
and the loop's wine with Adam (1% above its minimum at epoch 34 of 40 at the end).
No healthy run on the cup images, on the planetarium CSV, on circles or on moons is in the part:
their faults are read against the run's own numbers and its baseline. Faults changed or dropped: the
hand-written loop's corrupt record on moons under RMSprop stayed finite (the loss never above its
first step's 0.81) and was moved to the sine; Trainer's 20 rows of wine under RMSprop, meant to
overfit, ended at evaluation accuracy 1.0 with the evaluation loss lowest at its last epoch and was
dropped. Labels read from the metrics: the divergent RMSprop run, the dead-unit CNN and the
vanishing run put at least 90% of the test predictions in one class, so ``predictions_collapsed`` is
expected there, with ``at_chance``; the Adagrad run at LR 1e-8 (81%) and the 1-unit net (79%) only
allow it; Trainer's stuck circles end at 0.4313, 0.07 below 1/2, so ``at_chance`` is only allowed;
the exploding run's loss falls 2.3% and the saturated run's 2%, so ``not_training`` is allowed
in the first and expected in the second; the slow starter still falls at its end, so
``not_converged`` is expected beside ``slow_start``; Keras' 20 rows of moons end at a training
accuracy of 0.95, so only ``overfitting`` is expected there.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
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

# a cup in a 5x5 cell (a bowl open at the top with a handle on the right), turned by 90 degrees
# at a time for the other three directions
_CUP_UP = np.array([[1, 0, 0, 1, 0],
                    [1, 0, 0, 1, 1],
                    [1, 0, 0, 1, 1],
                    [1, 1, 1, 1, 0],
                    [0, 0, 0, 0, 0]], dtype=float)
_CUPS = turned(_CUP_UP)


def cups(n: int = 1500, size: int = 10, noise: float = 0.35, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 cup glyph at a random place (4 classes: the cup turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CUPS, n, size, noise, flip, seed)


def _popcorn_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A popcorn machine's kettle state (0 heating, 1 popping, 2 dumping, 3 standby) from 7
    readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    kettle_c = np.array([150.0, 200.0, 170.0, 60.0])[cls] + rng.normal(0, 10.0, n)
    heater_w = np.array([900.0, 700.0, 200.0, 0.0])[cls] + rng.normal(0, 60.0, n)
    pops_s = np.array([0.0, 45.0, 5.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    tilt_deg = np.array([0.0, 0.0, 60.0, 0.0])[cls] + rng.normal(0, 5.0, n)
    stir_rpm = np.array([30.0, 30.0, 0.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    oil_ml = rng.uniform(10.0, 90.0, n)
    room_c = rng.uniform(16.0, 32.0, n)
    return (["kettle_temp_c", "heater_watts", "pops_per_second", "kettle_tilt_deg",
             "stirrer_rpm", "oil_ml", "room_temp_c", "state"],
            np.column_stack([kettle_c, heater_w, pops_s, tilt_deg, stir_rpm, oil_ml, room_c,
                             cls]))


def _planetarium_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A planetarium's daily count of visitors from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    school_groups = rng.integers(0, 6, n).astype(float)
    cloud_pct = rng.uniform(0, 100, n)
    shows = rng.integers(2, 11, n).astype(float)
    eclipse_week = rng.integers(0, 2, n).astype(float)
    temp_c = rng.uniform(-10, 32, n)
    visitors = (300 + 90.0 * school_groups + 4.0 * cloud_pct + 70.0 * shows
                + 500.0 * eclipse_week - 6.0 * temp_c + 250.0 * (weekday >= 5)
                + rng.normal(0, 60.0, n))
    return (["weekday", "school_groups", "cloud_cover_pct", "shows", "eclipse_week", "temp_c",
             "visitors"],
            np.column_stack([weekday, school_groups, cloud_pct, shows, eclipse_week, temp_c,
                             visitors]))


def _popcorn(**sections: Any) -> Any:
    return _csv("popcorn_kettle_state", _popcorn_csv, "state", "classification", 431,
                **sections)


def _planetarium(**sections: Any) -> Any:
    return _csv("planetarium_daily_visitors", _planetarium_csv, "visitors", "regression", 432,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout43"
CU4 = _factory(f"{HERE}:cups")
GQ69 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3000, n_features=9,
                n_classes=6, random_state=433)
CL40 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=40,
                n_informative=10, n_redundant=4, n_classes=5, class_sep=2.0, random_state=434)
FR35 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=35, noise=0.6,
                random_state=435)
UCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 14}], "hidden": [20]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h43_nan_planetarium_momentum_elu", "the planetarium's daily-visitors CSV (targets "
         "unscaled, in the hundreds to thousands), 26x13 ELU MLP, SGD with momentum 0.9 at LR "
         "0.1, batch 22: the step loss goes from 2.2e6 to 3.1e34 and is NaN at the fourth "
         "logged step",
         _planetarium(model={"hidden": [26, 13], "activation": "elu"},
                      optim={"name": "sgd", "lr": 0.1, "momentum": 0.9},
                      train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=(BLOWUP + " (the gradient norms overflow to the largest float; the "
                      "first updates are 14 to 325 times the weights)"),
         verdict="failed"),
    Case("h43_divergence_cl40_rmsprop_lr30", "36x18 ReLU MLP on the 40-feature 5-class set, "
         "RMSprop at LR 30, batch 28: the step loss goes from 1.587 to 2.2e10 (quarter means "
         "1.6e9, 4.9e6, 1.7e6, 7.1e5); the validation loss 8.2e6, 3.4e6, 2.8e6; accuracy "
         "0.2325 with 92% of the test predictions in one class",
         {"data": CL40, "model": {"hidden": [36, 18]}, "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "noisy_loss",
                "unshuffled_data", "underfitting", "not_converged", "not_training"),
         why_allowed=(BLOWUP + " (norms up to 2.8e7, first updates 2300-3200 times the "
                      "weights); up to 44% of the second layer's units dead afterwards; the "
                      "blown-up loss swings; accuracy 0.2325 (chance 1/5) against the healthy "
                      "0.8125-0.86"),
         verdict="failed"),
    Case("h43_exploding_cl40_10x24_std1_sgd", "10x24 ReLU MLP with N(0, 1) init on the "
         "40-feature set, plain SGD at LR 1e-10: the gradient norms' quarter means are "
         "2.9e5-1.0e6 (up to 1.4e6); the loss is near 1e6 from the first step and never NaN "
         "(epoch means 9.84e5, 9.72e5, 9.61e5); accuracy 0.1825",
         {"data": CL40, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss falls only 2.3% over the run (9.84e5 -> 9.61e5), so "
                      "not_training is a true description too; the tiny steps are small "
                      "beside the wide weights (updates 9e-7 to 6e-6); up to 33% of the ninth "
                      "and tenth layers' units dead; accuracy 0.1825 (chance 1/5) against the "
                      "healthy 0.8125-0.86; at most 57% of the test predictions in one class"),
         verdict="failed"),
    Case("h43_dead_relu_cup_cnn_adam_lr1", "the cup CNN (10, 14 channels, 20 hidden), Adam at "
         "LR 1, batch 30: one step's loss reaches 965 (1.386 at the first), then 93% of the "
         "second conv layer's units and all of the dense layer's are dead, every hidden "
         "layer's gradient 0 in the last half; the epoch loss 44.8, 1.53, 1.42; accuracy 0.23 "
         "with every test prediction in one class",
         {"data": CU4, "model": UCNN, "optim": {"lr": 1.0},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 1191, first updates 5 to 16 times the "
                      "weights); afterwards the gradients are 0, so the updates shrink to "
                      "2e-5; the final step loss 1.42 sits near its start 1.386, ln 4"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h43_adagrad_lr1e8_gq69", "the 6-class quantiles in 9 dimensions, 44x22 ELU MLP, "
         "Adagrad at LR 1e-8, 4 epochs: the epoch loss stays at 1.806, update ratios 1.2e-9 "
         "to 2.5e-8; accuracy 0.1617 with 81% of the test predictions in one class",
         {"data": GQ69, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("predictions_collapsed", "underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("81% of the test predictions in one class (allowed from 60%, expected "
                      "from 90%); accuracy 0.1617 against the healthy 0.805-0.8233"),
         verdict=TP),
    Case("h43_adam_lr1e8_fr35", "the 35-feature Friedman regression, 42x21 leaky-ReLU MLP, "
         "Adam at LR 1e-8: the epoch loss stays at 233 (R2 -8.25), update ratios 4.6e-8 to "
         "1.1e-7",
         {"data": FR35, "model": {"hidden": [42, 21], "activation": "leaky_relu"},
          "optim": {"lr": 1e-8}, "train": {"epochs": 4, "batch_size": 28},
          "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.25 against the baseline's 0.7181 and the healthy 0.7453-0.8368",
         verdict=TP),
    Case("h43_vanishing_sigmoid_cl40_16x18_rmsprop", "16x18 sigmoid MLP on the 40-feature "
         "set, RMSprop at LR 1e-4, 4 epochs: the first layer's gradient norm stays near "
         "5e-14 against 0.79 at the output; the epoch loss 1.662 -> 1.63; accuracy 0.1975 "
         "with every test prediction in one class",
         {"data": CL40, "model": {"hidden": [18] * 16, "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers barely move (update ratios down to 4e-12), a side "
                      "effect of the vanishing gradients; accuracy 0.1975 against the healthy "
                      "0.8125-0.86"),
         verdict=TP),
    Case("h43_saturated_sigmoid_gq69_std6_momentum", "2x30 sigmoid MLP with N(0, 6) init on "
         "the quantiles, SGD with momentum 0.9 at LR 1e-4: up to 81% and 86% of the layers' "
         "units saturated; the epoch loss 19.36 -> 18.93 (2%); accuracy 0.1717",
         {"data": GQ69, "model": {"hidden": [30, 30], "activation": "sigmoid", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "sgd", "lr": 1e-4, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence"),
         why_allowed=("updates 3.8e-6 to 1.7e-5, at and below the healthy smallest "
                      "(1.4e-5); the loss sits far above ln 6 from the start (single steps "
                      "8.8 to 29); accuracy 0.1717 against the healthy 0.805-0.8233; at most 44% "
                      "of the test predictions in one class"),
         verdict=TP),
    Case("h43_slow_start_cup_cnn_sgd_lr3e2", "the cup CNN, plain SGD at LR 0.03, 14 epochs: "
         "the epoch loss lingers near ln 4 (1.395, 1.387, 1.385, 1.382, 1.379 over the first "
         "five) and then falls faster (1.349, 1.34, 1.324, 1.304 over the last four); "
         "validation accuracy 0.40",
         {"data": CU4, "model": UCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 14, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "not_training"),
         why_allowed=("stopped while still falling: accuracy 0.40 against the baseline's "
                      "0.91; the loss falls 6.5% in all (1.395 -> 1.304)"),
         verdict=TP),
    Case("h43_unshuffled_gq69_adam_b30", "the quantiles sorted by label, never shuffled, "
         "48-unit ReLU MLP, Adam at LR 2e-3, batch 30, 8 epochs: the position in the epoch "
         "explains 16% of the step loss's within-epoch variance over the run and 98% over the "
         "second half; validation accuracy 0.1767",
         {"data": {**GQ69, "order": "by_label", "shuffle": False}, "model": {"hidden": [48]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "not_training"),
         why_allowed=(SORTED + ": accuracy 0.1767 (chance 1/6) against the healthy 0.805-0.8233; "
                      "the epoch loss 2.125 -> 1.795 still creeps down; 52% of the test "
                      "predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h43_overfit_cup_mlp_subset40_adamw", "40 cup images, MLP of 240 and 120 units, "
         "AdamW at LR 1e-3, 60 epochs, batch 8: training accuracy 1.0, validation 0.3167; the "
         "validation loss rises from 1.371 (epoch 4) to 2.414 while the training loss falls "
         "to 4.5e-4",
         {"data": {**CU4, "subset": 40}, "model": {"hidden": [240, 120]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 60, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("at_chance", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("accuracy 0.3167 sits 0.07 above 1/4, inside the allowed band; 40 "
                      "images teach less than the full set"),
         verdict=GP),
    Case("h43_gap_gq69_subset40_rmsprop", "40 rows of the quantiles, MLP of 160 and 80 "
         "units, RMSprop at LR 1e-3, 80 epochs, batch 8: training accuracy 1.0, validation "
         "0.1933; the validation loss rises from 1.788 (epoch 1) to 4.485",
         {"data": {**GQ69, "subset": 40}, "model": {"hidden": [160, 80]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("generalisation_gap", "overfitting", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 rows of six classes in 9 dimensions teach next to nothing: "
                      "accuracy 0.1933 against the healthy 0.805-0.8233; the training loss still "
                      "falls (quarter means 0.83, 0.14, 0.035, 0.012)"),
         verdict=GP),
    Case("h43_underfit_gq69_one_tanh_unit_adam", "the quantiles through 1 tanh unit, Adam at "
         "LR 0.01, 15 epochs: validation accuracy 0.1933 (training 0.2028); the validation "
         "loss flattens at 1.777 (1.777 over each of the last three epochs)",
         {"data": GQ69, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"lr": 0.01}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "at_chance"),
         allow=("predictions_collapsed", "not_training", "not_converged", "noisy_loss"),
         why_allowed=("one unit cannot part six radial shells: 79% of the test predictions "
                      "in one class (allowed from 60%); the epoch loss falls 5.5% (1.86 -> "
                      "1.757), most of it in the first epoch"),
         verdict=TP),
    Case("h43_mse_softmax_cl40_adagrad", "the 40-feature set trained with square error on "
         "the softmax, Adagrad at LR 0.01, 60x30 MLP, 10 epochs: the loss falls 0.123 -> "
         "0.019; accuracy 0.8725",
         {"data": CL40, "model": {"hidden": [60, 30]}, "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~8% an epoch at the end (0.0207, 0.0191; the "
                      "validation loss 0.0379, 0.0374)"),
         verdict=TP),
    Case("h43_update_ratio_high_fr35_rmsprop_lr01", "RMSprop at LR 0.1 on the 35-feature "
         "Friedman regression, 44 units: the update ratios' quarter means reach 0.033 to "
         "0.36 (the healthy runs' largest 0.034); the validation loss jumps about (36.97, 16, "
         "24.1, ..., 38.1, 11.4); validation R2 0.55",
         {"data": FR35, "model": {"hidden": [44]}, "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged",
                "exploding_gradients", "divergence", "unshuffled_data"),
         why_allowed=("the big steps throw the loss about (single steps up to 1.1e4 at "
                      "first); R2 0.55 against the healthy 0.7453-0.8368"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h43_lightning_blobs_sgd_lr40_nan", "Lightning: blobs (4 centres, noise 0.15), "
         "plain SGD at LR 40, 20 units, batch 16, 4 epochs: the step loss goes from 1.413 to "
         "1.0e36 and is NaN from the second epoch; validation accuracy 0.25",
         script=lightning_run(_s("blobs", hidden=(20,), optim="sgd", lr=40.0, epochs=4,
                                 batch_size=16, n=800, noise=0.15, k=4)),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=BLOWUP + "; accuracy 0.25 (chance 1/4)",
         verdict="failed"),
    Case("h43_lightning_digits_sgd_lr2e2_not_converged", "Lightning: digits, plain SGD at LR "
         "0.02, 28 units, batch 20, 5 epochs: the epoch loss 2.209 -> 0.844 still falls fast "
         "(1.487, 1.123, 0.844 over the last three), the validation loss 0.996 -> 0.780 in "
         "the last epoch; validation accuracy 0.8245",
         script=lightning_run(_s("digits", hidden=(28,), optim="sgd", lr=0.02, epochs=5,
                                 batch_size=20)),
         tool="lightning", expect=("not_converged",),
         allow=("underfitting", "slow_start", "unshuffled_data", "noisy_loss"),
         why_allowed=("stopped early: accuracy 0.8245 against 0.9638-0.9666 for the "
                      "healthy digits scripts, with the loss far from its floor"),
         verdict=TP),
    Case("h43_hf_trainer_circles_adagrad_lr1e8_stuck", "Hugging Face Trainer names: circles "
         "(noise 0.1), Adagrad at LR 1e-8 (decaying linearly), 22 units, 4 epochs, logging "
         "every 2 steps: the logged loss's quarter means are all 0.6966; the evaluation loss "
         "0.7136 and accuracy 0.4313 every epoch",
         script=hf_trainer_run(_s("circles", hidden=(22,), optim="adagrad", lr=1e-8,
                                  epochs=4, batch_size=16, n=800, noise=0.1),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("at_chance", "underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("accuracy 0.4313 sits 0.07 below 1/2 (the model calls the minority "
                      "class), far below chance, so at_chance is allowed, not expected"),
         verdict=TP),
    Case("h43_keras_digits_two_tanh_units_adam", "Keras names: digits through 2 tanh units, "
         "Adam at LR 0.01, batch 32, 20 epochs: validation accuracy 0.4903 (training 0.4814); "
         "the validation loss flattens at 1.20 (1.199, 1.207, 1.201, 1.206 over the last "
         "four epochs)",
         script=keras_run(_s("digits", hidden=(2,), activation="tanh", optim="adam", lr=0.01,
                             epochs=20, batch_size=32)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot part ten digits: accuracy 0.4903 against "
                      "0.9638-0.9666 for the healthy digits scripts; the training loss "
                      "still creeps down (1.126, 1.132, 1.125, 1.12, 1.118)"),
         verdict=TP),
    Case("h43_keras_overfit_moons_subset20_adam", "Keras names: 20 rows of moons (noise "
         "0.3), 200 units, Adam at LR 0.01, 100 epochs, batch 4: the validation loss rises "
         "from 0.425 (epoch 1) to 1.454 (quarter means 0.74, 1.07, 1.25, 1.42) while the "
         "training loss falls to 0.093; training accuracy 0.95, validation 0.7937",
         script=keras_run(_s("moons", hidden=(200,), optim="adam", lr=0.01, epochs=100,
                             batch_size=4, subset=20, n=800, noise=0.3)),
         tool="keras", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("training accuracy 0.95, not ~1, so the 0.16 gap is only allowed; no "
                      "healthy moons run is in the part"),
         verdict=GP),
    Case("h43_tensorboard_unshuffled_iris_momentum", "TensorBoard tags: iris sorted by label, "
         "never shuffled, SGD with momentum 0.9 at LR 0.01, 16 units, batch 6, 6 epochs: the "
         "position in the epoch explains 90% of the step loss's within-epoch variance (98% "
         "over the second half); validation accuracy 0.9, the validation loss 0.846 -> 0.273",
         script=tensorboard_run(_s("iris", hidden=(16,), optim="sgd", lr=0.01, epochs=6,
                                   batch_size=6, shuffle=False, by_label=True,
                                   optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": the validation loss still falls ~12% an epoch; single "
                      "steps range from 0.015 to 1.66"),
         verdict=TP),
    Case("h43_tensorboard_wine_b1_adam_noisy", "TensorBoard tags: wine, batch 1, Adam at LR "
         "0.05, 16 units, 3 epochs: the step loss swings 7.6 times its mean step to step over "
         "the second half (5x the healthy scripts' largest, 1.43), single samples up to 8.2; "
         "validation accuracy 1.0",
         script=tensorboard_run(_s("wine", hidden=(16,), optim="adam", lr=0.05, epochs=3,
                                   batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.544, 0.088, 0.248, 0.028)"),
         verdict=TP),
    Case("h43_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2, RMSprop at LR 1e-3, batch 20, a corrupt record (x = 1e30) at step 9 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(26,), optim="rmsprop", lr=1e-3, epochs=3,
                             batch_size=20, n=600, noise=0.2), corrupt_step=9),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=9),
    Case("h43_plain_overfit_cancer_subset24_adam", "hand-written loop: 24 rows of breast "
         "cancer, MLP of 200 units, Adam at LR 5e-3, 100 epochs, batch 4: the validation "
         "loss rises from 0.2404 (epoch 5) to 0.4268 (quarter means 0.284, 0.350, 0.388, "
         "0.416) while the training loss falls to 6e-5; validation accuracy 0.8947",
         script=plain_run(_s("breast_cancer", hidden=(200,), optim="adam", lr=5e-3,
                             epochs=100, batch_size=4, subset=24)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("the loop logs no training accuracy, so a gap cannot be read; 24 rows "
                      "teach less: accuracy 0.8947 against 0.9561 for the healthy Keras "
                      "breast cancer run"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy43_popcorn_relu_adam_b24",
       _popcorn(model={"hidden": [30]}, optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 24})),
    _h("healthy43_popcorn_elu_adagrad_b30",
       _popcorn(model={"hidden": [32, 16], "activation": "elu"},
                optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 30})),
    _h("healthy43_popcorn_tanh_momentum_b21",
       _popcorn(model={"hidden": [26], "activation": "tanh"},
                optim={"name": "sgd", "lr": 0.03, "momentum": 0.9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy43_popcorn_leaky_rmsprop_b33",
       _popcorn(model={"hidden": [36], "activation": "leaky_relu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy43_popcorn_sigmoid_adamw_b18",
       _popcorn(model={"hidden": [40], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 18})),
    _h("healthy43_popcorn_relu_sgd_b16",
       _popcorn(model={"hidden": [34, 17]},
                optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 16})),
    _h("healthy43_cl40_relu_adamw_b30",
       {"data": CL40, "model": {"hidden": [56]},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy43_cl40_elu_rmsprop_b26",
       {"data": CL40, "model": {"hidden": [50], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy43_cl40_tanh_adam_b34",
       {"data": CL40, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy43_gq69_elu_rmsprop_b36",
       {"data": GQ69, "model": {"hidden": [84, 42], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 36}}),
    _h("healthy43_fr35_tanh_rmsprop_b24",
       {"data": FR35, "model": {"hidden": [54, 27], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy43_cl40_sigmoid_momentum_b24",
       {"data": CL40, "model": {"hidden": [48], "activation": "sigmoid"},
        "optim": {"name": "sgd", "lr": 0.1, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy43_popcorn_elu_momentum_b27",
       _popcorn(model={"hidden": [28, 14], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy43_popcorn_tanh_adam_b37",
       _popcorn(model={"hidden": [24], "activation": "tanh"},
                optim={"lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 37})),
    _h("healthy43_cl40_elu_adam_b36",
       {"data": CL40, "model": {"hidden": [46], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy43_lightning_wine_adagrad",
        lightning_run(_s("wine", hidden=(22,), optim="adagrad", lr=0.03, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy43_lightning_blobs_rmsprop",
        lightning_run(_s("blobs", hidden=(24,), optim="rmsprop", lr=3e-3, epochs=20,
                         batch_size=32, n=800, noise=0.1, k=3)), "lightning"),
    _hs("healthy43_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(20,), optim="adam", lr=0.01, epochs=30,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy43_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(24,), optim="adamw", lr=0.01, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy43_keras_breast_cancer_rmsprop",
        keras_run(_s("breast_cancer", hidden=(24,), optim="rmsprop", lr=1e-3, epochs=30,
                     batch_size=16)), "keras"),
    _hs("healthy43_keras_iris_adamw",
        keras_run(_s("iris", hidden=(20,), optim="adamw", lr=0.01, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy43_tensorboard_digits_adam",
        tensorboard_run(_s("digits", hidden=(44,), optim="adam", lr=1e-3, epochs=20,
                           batch_size=32)), "tensorboard"),
    _h("healthy43_fr35_tanh_rmsprop_b30",
       {"data": FR35, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy43_gq69_elu_rmsprop_b30",
       {"data": GQ69, "model": {"hidden": [90, 45], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 30}}),
    _h("healthy43_cl40_elu_rmsprop_b22",
       {"data": CL40, "model": {"hidden": [44], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy43_plain_digits_rmsprop",
        plain_run(_s("digits", hidden=(40,), optim="rmsprop", lr=2e-3, epochs=20,
                     batch_size=32)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
