"""The forty-second held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout41`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout41` in its combination of data set (new here: a
10x10 image set of a chair (a back up the left column, a seat along the middle row and a front leg
in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.35 and 2%
random labels; 8-class Gaussian quantiles in 6 dimensions (3200 samples); a 39-feature 6-class set
(2000 samples, 10 informative, 4 redundant, class separation 2.2); a 34-feature Friedman-1
regression (2000 samples, noise 0.6); a dishwasher's cycle-phase CSV (washing, rinsing, drying,
idle: 4 classes from 7 readings) and a trampoline park's daily-jumpers regression CSV (jumpers, in
the thousands), besides the script tools' shipped sets with new settings: iris, wine, breast
cancer, digits, blobs (3 centres, noise 0.1), circles with noise 0.15 and 0.25, moons with noise
0.2 and the sine with noise 0.15), model (MLPs of several widths, depths and activations (ReLU,
ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and
without momentum), batch size, learning rate, schedule (cosine, constant), initialisation
(default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging
every step, every 2 or every 5 steps, Keras and TensorBoard names, a hand-written loop). Most fault
cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout39` to
:mod:`.heldout41` did (a NaN from plain SGD in a ReLU net on unscaled jumpers, divergence under
Adagrad at LR 50 on the dishwasher CSV, exploding gradients in a deep net with N(0, 1) init under
SGD with momentum on the quantiles, units killed by RMSprop at LR 1 in the chair CNN, a tiny
learning rate under RMSprop on the quantiles and under plain SGD on the Friedman regression,
vanishing gradients under plain SGD in a 16-layer sigmoid net on the chair images, saturation under
Adagrad on the 39-feature set, a slow start of the chair CNN under SGD with momentum, unshuffled
data under SGD with momentum on the 39-feature set, square error with RMSprop, a high update ratio
from Adam on a regression, an overfit image MLP under Adam and an overfit 40-row 39-feature set
under AdamW, an underfit 1-unit ELU net under SGD with momentum, Lightning's stuck circles under
Adagrad and its unshuffled wine under RMSprop, Trainer's noisy batch-1 breast cancer under Adam and
its overfit 25 rows of breast cancer, Keras' not-converged digits under plain SGD and its overfit
24 rows of circles, TensorBoard's blown-up moons under Adam and its 2-unit digits, the hand-written
loop's corrupt record under Adagrad and its overfit 30 rows of digits), and the cases are spread
differently over the tools (fifteen runner faults; two faults for each of Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (NaN,
divergence, exploding gradients, dead units) and two scripts (TensorBoard's divergence, the loop's
NaN); ``not_training`` expected in four runner runs and one script; ``predictions_collapsed`` in
three runner runs; two overfit runner runs, three overfit scripts; three runner regressions), and
the healthy runner runs over five data sets (the dishwasher CSV, the 39-feature set, the quantiles,
the Friedman regression and the chair images), and six of the ten healthy scripts on data their
tool had no healthy run on in :mod:`.heldout39` to :mod:`.heldout41` (digits for Lightning,
Trainer, Keras and TensorBoard, blobs for TensorBoard and the hand-written loop), besides Trainer's
breast cancer, Keras' wine and TensorBoard's and the loop's iris with new settings.

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout41`): the state a run ends in is *expected*
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

The healthy runner cases measured: median update ratio per layer 2.0e-4 (the first layer of the
ELU MLP with plain SGD on the dishwasher CSV) to 0.0065 (a layer of the chair CNN with Adagrad);
the expected ``update_ratio_high`` run sits at medians of 0.020 and 0.121 (Adam at LR 0.2 on the
Friedman regression: 3.1x and 18.6x the healthy extreme); the expected ``update_ratio_low`` runs at
2.6e-9 to 1.2e-8 (RMSprop at LR 1e-9 on the quantiles), 2.9e-7 to 2.8e-6 (plain SGD at LR 1e-7 on
the Friedman regression) and 2.6e-7 (the saturated tanh MLP under Adagrad at LR 1e-5). Dead-ReLU
fraction per layer at most 0.19 at any time (the second layer of the ReLU MLP with RMSprop on the
quantiles; 0.125 in the healthy chair CNN); the expected ``dead_relu`` run reaches 0.5, 0.75 and
0.71 (the chair CNN's layers under RMSprop at LR 1, with every hidden layer's median gradient 0
afterwards). Saturated fraction per layer at most 0.45 in the healthy tanh and sigmoid runs (a
layer of the tanh MLP with Adam on the Friedman regression, whose raw targets drive its units
hard); the expected ``saturated_activation`` run reaches 0.94 and 0.93. Gradient norms at most 103
in the healthy runs, at the first steps on the Friedman regression's raw targets, none growing
without bound (the expected ``exploding_gradients`` run, the 10x22 net with N(0, 1) init on the
quantiles: medians 4.0e4-1.3e5 and up to 3.5e5, its loss near 1e5 from the first step and never
NaN; the expected ``vanishing_gradients`` run: a median of 2.1e-14 in its first layer against 0.33
at the output). The position in the epoch explains at most 27% of the step loss's within-epoch
variance in every healthy runner run (the ELU MLP with Adam, batch 43, on the dishwasher CSV; at
most 29% over the second half, the tanh MLP with RMSprop there) and at most 19% (16% over the
second half; Trainer's digits, logged every 5 steps, about 7 points an epoch; the others at most
11%) in the healthy scripts with a step loss (Lightning's, Trainer's, TensorBoard's and the
hand-written loop's), while the sorted 39-feature set reaches 49% (96% over the second half) and
Lightning's sorted wine 97% (99.6%); in the short broken or stuck runs (3 or 4 epochs) the share
is 23-65% by chance alone (a few epochs of noise), so ``unshuffled_data`` is allowed there. The
standard deviation of the step loss's step-to-step change over the second half of a run is at most
0.60 times its mean in every healthy runner run (the ELU MLP with RMSprop on the Friedman
regression) and at most 1.43 in the scripts (TensorBoard's iris), while the expected
``noisy_loss`` run swings 12.6 (Trainer, batch 1, Adam at LR 0.05 on breast cancer: 9x the
scripts'). Healthy runs reach a validation score close to what the data allow (accuracy 1.0 on the
dishwasher CSV, where the run's ``baseline/val_accuracy`` is 1.0 (readings apart by phase);
0.7875-0.8725 on the 39-feature set, where the baseline is 0.765; 0.8063-0.8625 on the quantiles,
where the baseline is 0.2656; R2 0.735-0.7443 on the Friedman regression, where the baseline is
0.7322; 0.8433 on the chair images, where the baseline is 0.8; for the scripts 0.9694
(Lightning), 0.961 (Trainer), 0.9749 (Keras) and 0.9666 (TensorBoard) on digits, 0.9561 on breast
cancer (Trainer), 1.0 on wine (Keras), 0.9667 on iris (TensorBoard, the hand-written loop) and
0.9563 on blobs (TensorBoard, the hand-written loop)); their
validation loss does not rise at the end (every healthy runner run's is lowest at its last epoch
but three, each within 0.1% of its minimum at the end: the tanh MLP with AdamW and the sigmoid MLP
with Adam on the 39-feature set, lowest at epoch 14 of 15, and the ELU MLP with RMSprop on the
Friedman regression, lowest at epoch 27 of 30; in the scripts Keras' wine is lowest at epoch 39 of
40 and 0.07% above it at the end, the rest at their last epoch), no training score ends ~1 with
the validation score 0.1 lower (the largest accuracy gap: 0.094, the ReLU MLP with RMSprop on the
quantiles, training 0.9005; TensorBoard's digits end at 1.0 in training and 0.9666 in validation,
Keras' digits at 1.0 and 0.9749),
and they expect no finding of severity warning or worse.

Healthy candidates changed or dropped: the tanh MLP with AdamW (LR 1e-3, 58 units) and the sigmoid
MLP with Adam (LR 3e-3) on the 39-feature set ended at 0.745, below the baseline of 0.765, and were
given LR 3e-3 with 64 units and LR 8e-3; a tanh MLP with Adam on the quantiles stayed near ln 8 for
four epochs and ended at 0.5266, and was replaced by a leaky-ReLU MLP with Adam, which ended at
0.7781 against a training 0.9271 (a gap of 0.149), so it was dropped; a leaky-ReLU MLP with Adagrad
and a ReLU MLP with AdamW on the Friedman regression ended at R2 0.7116 and 0.6438, below the
baseline of 0.7322, and were dropped; the chair CNN with Adam at LR 2e-3 (and with AdamW at LR
2e-3) lingered near ln 4 for two epochs and ended at 0.81 against the baseline of 0.8 (test
0.7667), and at LR 5e-3 ended at 0.86 against a training 0.9733, so all three were dropped (two
ReLU and ELU MLPs with plain SGD with and without momentum on the dishwasher CSV added);
TensorBoard's digits with RMSprop at LR 1e-3 still fell ~4% an epoch at the end and were given LR
2e-3; TensorBoard's iris with Adam at LR 5e-3 over 40 epochs still fell at the end and was given LR
0.01 over 30; the hand-written loop's blobs with 4 centres and noise 0.2 flattened at 0.69 and
were given 3 centres and noise 0.1. No healthy run on the jumpers CSV, on
circles or on moons is in the part: their faults are read against the run's own numbers. Faults
changed or dropped: the jumpers MLP meant to go NaN (20 sigmoid units, plain SGD at LR 0.1; 28x14
ReLU at LR 0.03) stayed finite (the sigmoid units saturated, or the loss peaked at 7.7e31), so it
was given ReLU at LR 0.1; the chair CNN under SGD with momentum at LR 3e-3, meant to start slowly,
fell only 4% in 14 epochs (1.396 -> 1.337) and was given LR 0.01; Adam at LR 0.05 on the Friedman
regression, meant to take large steps, sat at medians of 0.017-0.018 (2.7x the healthy extreme) and
was given LR 0.2; Trainer's blobs at batch 1 under SGD with momentum swung only 0.72 times its mean
(ending at chance) and was replaced by breast cancer under Adam at LR 0.05; Keras' digits under
plain SGD at LR 1e-3 fell only 4% in 6 epochs (a stuck run, not a short one) and were given LR
0.01; Keras' 20 rows of wine reached validation accuracy 1.0 and were replaced by 24 rows of
circles; TensorBoard's 2-unit spirals (no healthy spirals run to read them against) were replaced by
2-unit digits, and the hand-written loop's 2-unit blobs (at chance, the loss still falling) by its
overfit 30 rows of digits. Labels read from the metrics: the divergent Adagrad run recovers to an
accuracy of 0.9179, its blow-up in the metrics, so ``divergence`` is expected and the verdict is
``failed``; the RMSprop run at LR 1, the vanishing run and the RMSprop run at LR 1e-9 put at least
95% of the test predictions in one class, so ``predictions_collapsed`` is expected there, with
``at_chance`` (0.25, 0.2633 and 0.1172 against 1/4 or 1/8); the exploding run's 0.1391 and the
saturated run's 0.1575 are within 0.05 of 1/8 or 1/6, so ``at_chance`` is expected there too;
the overfit chair MLP's 0.31 sits 0.06 above 1/4, so ``at_chance`` is only allowed; Lightning's
stuck circles (0.5 against 1/2) and TensorBoard's blown-up moons (0.5063) expect ``at_chance``;
the slow starter still falls ~7% an epoch at its end, so ``not_converged`` is expected beside
``slow_start``; the 40-row 39-feature run's validation loss rises 35% while its training loss
falls, so ``overfitting`` is expected beside ``generalisation_gap``; Trainer's 25 rows of breast
cancer and the loop's 30 rows of digits log no training accuracy, so only ``overfitting`` is
expected there; the exploding run's loss falls 50% (1.55e5 -> 7.6e4), so ``not_training`` is
only allowed.

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

# a chair in a 5x5 cell seen from the side (a back up the left column, a seat along the middle
# row, a front leg down the right column), turned by 90 degrees at a time for the other three
# directions
_CHAIR_UP = np.array([[1, 0, 0, 0, 0],
                      [1, 0, 0, 0, 0],
                      [1, 1, 1, 1, 1],
                      [1, 0, 0, 0, 1],
                      [1, 0, 0, 0, 1]], dtype=float)
_CHAIRS = turned(_CHAIR_UP)


def chairs(n: int = 1500, size: int = 10, noise: float = 0.35, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 chair glyph at a random place (4 classes: the chair turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CHAIRS, n, size, noise, flip, seed)


def _dishwasher_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A dishwasher's cycle phase (0 washing, 1 rinsing, 2 drying, 3 idle) from 7 readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    water_c = np.array([60.0, 45.0, 30.0, 20.0])[cls] + rng.normal(0, 4.0, n)
    pump_w = np.array([80.0, 70.0, 5.0, 0.0])[cls] + rng.normal(0, 8.0, n)
    heater_kw = np.array([1.9, 0.3, 0.9, 0.0])[cls] + rng.normal(0, 0.2, n)
    turbidity = np.array([140.0, 30.0, 5.0, 2.0])[cls] + rng.normal(0, 15.0, n)
    fan_rpm = np.array([0.0, 0.0, 1200.0, 0.0])[cls] + rng.normal(0, 90.0, n)
    load_kg = rng.uniform(1.0, 9.0, n)
    kitchen_c = rng.uniform(15.0, 30.0, n)
    return (["water_temp_c", "pump_watts", "heater_kw", "turbidity_ntu", "fan_rpm",
             "load_kg", "kitchen_temp_c", "phase"],
            np.column_stack([water_c, pump_w, heater_kw, turbidity, fan_rpm, load_kg, kitchen_c,
                             cls]))


def _jumpers_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A trampoline park's daily count of jumpers from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    rain_mm = rng.uniform(0, 25, n)
    parties = rng.integers(0, 9, n).astype(float)
    staff = rng.integers(3, 16, n).astype(float)
    temp_c = rng.uniform(-8, 34, n)
    jumpers = (600 + 800.0 * school_holiday + 30.0 * rain_mm + 120.0 * parties + 45.0 * staff
               - 9.0 * temp_c + 450.0 * (weekday >= 5) + rng.normal(0, 80.0, n))
    return (["weekday", "school_holiday", "rain_mm", "birthday_parties", "staff_on_shift",
             "temp_c", "jumpers"],
            np.column_stack([weekday, school_holiday, rain_mm, parties, staff, temp_c, jumpers]))


def _dishwasher(**sections: Any) -> Any:
    return _csv("dishwasher_cycle_phase", _dishwasher_csv, "phase", "classification", 421,
                **sections)


def _jumpers(**sections: Any) -> Any:
    return _csv("trampoline_park_daily_jumpers", _jumpers_csv, "jumpers", "regression", 422,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout42"
CH4 = _factory(f"{HERE}:chairs")
GQ86 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3200, n_features=6,
                n_classes=8, random_state=423)
CL39 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=39,
                n_informative=10, n_redundant=4, n_classes=6, class_sep=2.2, random_state=424)
FR34 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=34, noise=0.6,
                random_state=425)
CCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 12}], "hidden": [24]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h42_nan_jumpers_sgd_relu_lr01", "the trampoline park's daily-jumpers CSV (targets "
         "unscaled, in the thousands), 28x14 ReLU MLP, plain SGD at LR 0.1, batch 24: the step "
         "loss goes 6.0e6, 3.1e12 and is Inf at the third step",
         _jumpers(model={"hidden": [28, 14]},
                  optim={"name": "sgd", "lr": 0.1}, train={"epochs": 3, "batch_size": 24},
                  diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=(BLOWUP + " (the gradient norms overflow to the largest float at the "
                      "second step; median updates 1e7 to 9e7 times the weights)"),
         verdict="failed"),
    Case("h42_divergence_dishwasher_adagrad_lr50", "30x15 ReLU MLP on the dishwasher CSV, "
         "Adagrad at LR 50, batch 26: the step loss reaches 1.1e7 (1.42 at the first); the "
         "epoch loss 7.4e5, 1733, 17.1 ends 12 times above the first step's; the validation "
         "loss 947, 3725, 3724; accuracy 0.9179",
         _dishwasher(model={"hidden": [30, 15]}, optim={"name": "adagrad", "lr": 50.0},
                     train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "vanishing_gradients",
                "update_ratio_low", "noisy_loss", "unshuffled_data", "overfitting",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 9.8e4, single updates up to 290 times the "
                      "weights); afterwards up to 60% of a layer's units are dead and the "
                      "medians of the first layer's gradient (6.7e-7) and of the updates (0 "
                      "and 3.2e-7) are tiny, side effects of the blow-up; the blown-up loss "
                      "swings 7 times its mean step to step; the validation loss rises while "
                      "the training loss recovers; accuracy 0.9179 against the healthy 1.0"),
         verdict="failed"),
    Case("h42_exploding_gq86_10x22_std1_momentum", "10x22 ReLU MLP with N(0, 1) init on the "
         "8-class quantiles in 6 dimensions, SGD with momentum 0.9 at LR 1e-9: the gradient "
         "norms' medians are 4.0e4-1.3e5 (up to 3.5e5) against at most 103 in the healthy "
         "runs; the loss is near 1e5 from the first step (1.9e5) and never becomes NaN (epoch "
         "means 1.55e5, 9.4e4, 7.6e4); accuracy 0.1391",
         {"data": GQ86, "model": {"hidden": [22] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data", "not_training"),
         why_allowed=("the loss is blown up from the first step and stays near 1e5; the tiny "
                      "steps are small beside the wide weights (median updates 1.5e-5 to "
                      "9.7e-5, below the healthy smallest, 2.0e-4); up to 36% of the ninth "
                      "layer's units dead; accuracy 0.1391 (chance 1/8) against the healthy "
                      "0.7781-0.8625; at most 34% of the test predictions in one class"),
         verdict="failed"),
    Case("h42_dead_relu_chair_cnn_rmsprop_lr1", "the chair CNN (8, 12 channels, 24 hidden), "
         "RMSprop at LR 1, batch 32: one step's loss reaches 1.1e8 (1.414 at the first), then "
         "50% and 75% of the conv layers' units and 71% of the dense layer's are dead, every "
         "hidden layer's median gradient 0; the epoch loss 4.1e6, 21.4, 18.7 ends far above "
         "its start; accuracy 0.25 with every test prediction in one class",
         {"data": CH4, "model": CCNN, "optim": {"name": "rmsprop", "lr": 1.0},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("not_training", "update_ratio_high", "exploding_gradients", "vanishing_gradients",
                "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=(BLOWUP + " (norms up to 5.9e6, single updates up to 145 times the "
                      "weights); afterwards the dead layers pass no gradient and only the "
                      "output layer moves; the blown-up loss swings 1.4 times its mean; "
                      "accuracy 0.25 (chance 1/4) against the healthy chair CNN's 0.8433"),
         verdict="failed"),
    # ---------------------------------------------------------------- not training
    Case("h42_rmsprop_lr1e9_gq86", "the 8-class quantiles in 6 dimensions, 48x24 leaky-ReLU "
         "MLP, RMSprop at LR 1e-9: median updates 2.6e-9 to 1.2e-8 of the weights, the epoch "
         "loss flat at 2.083, accuracy 0.1172 with 95.8% of the test predictions in one class",
         {"data": GQ86, "model": {"hidden": [48, 24], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-9}, "train": {"epochs": 3, "batch_size": 34}},
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.1172 (chance 1/8) against the healthy 0.7781-0.8625"),
         verdict=TP),
    Case("h42_sgd_lr1e7_fr34", "the 34-feature Friedman regression, 40x20 tanh MLP, plain SGD "
         "at LR 1e-7: median updates 2.9e-7 to 2.8e-6 of the weights, the epoch loss flat at "
         "233, validation R2 -8.24",
         {"data": FR34, "model": {"hidden": [40, 20], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-7}, "train": {"epochs": 3, "batch_size": 28}},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "exploding_gradients"),
         why_allowed=("validation R2 -8.24 against the healthy 0.735-0.7443 (the run's "
                      "baseline/val_r2 0.7322); the raw targets give large but steady "
                      "gradients (medians 11-18, at most 22, not growing)"),
         verdict=TP),
    Case("h42_vanishing_sigmoid_chair_16x20_sgd", "16x20 sigmoid MLP on the chair images, "
         "plain SGD at LR 0.05: median gradient 2.1e-14 in the first layer against 0.33 at "
         "the output; the epoch loss flat near ln 4 (1.394, 1.387, 1.388), accuracy 0.2633 "
         "with every test prediction in one class",
         {"data": CH4, "model": {"hidden": [20] * 16, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05}, "train": {"epochs": 3, "batch_size": 30}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.2633 (chance 1/4) against the healthy chair CNN's 0.8433; "
                      "the first eight layers' median updates are 0 (the vanishing gradients "
                      "move nothing)"),
         verdict=TP),
    Case("h42_saturated_tanh_cl39_std5_adagrad", "2x32 tanh MLP with N(0, 5) init on the "
         "39-feature 6-class set, Adagrad at LR 1e-5: 94% and 93% of the two layers' units "
         "saturated (the healthy runs: at most 45%), median updates 2.6e-7 of the weights, "
         "the epoch loss flat at 37.4, accuracy 0.1575",
         {"data": CL39, "model": {"hidden": [32, 32], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-5}, "train": {"epochs": 3, "batch_size": 30}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting", "exploding_gradients", "unshuffled_data", "noisy_loss",
                "divergence"),
         why_allowed=("accuracy 0.1575 (chance 1/6) against the healthy 0.7875-0.8725; the "
                      "wide weights give large but steady gradients (median 18 in the first "
                      "layer, at most 41, not growing); the step loss drifts (quarter means "
                      "38.6, 37.6, 36.1, 37.5) while the epoch means stay at 37.4"),
         verdict=TP),
    Case("h42_slow_start_chair_cnn_momentum_lr1e2", "the chair CNN, SGD with momentum 0.9 at "
         "LR 0.01, batch 30, 14 epochs: the epoch loss stays near ln 4 (1.386) for five epochs "
         "(1.393, 1.384, 1.378, 1.366, 1.353), then falls to 0.516 and still falls at the end "
         "(0.637, 0.556, 0.516); accuracy 0.6733",
         {"data": CH4, "model": CCNN, "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 14, "batch_size": 30}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "at_chance", "dead_relu", "unshuffled_data", "noisy_loss",
                "overfitting"),
         why_allowed=("stopped while the loss still falls: accuracy 0.6733 against the "
                      "healthy chair CNN's 0.8433; the validation loss 0.623 -> 0.655 and the "
                      "accuracy 0.74 -> 0.6733 step back in the last epoch only; up to 21% of "
                      "the dense layer's units dead"),
         verdict=TP),
    Case("h42_unshuffled_cl39_momentum_b30", "the 39-feature set sorted by label, never "
         "shuffled, SGD with momentum 0.9 at LR 0.01, 40 units, batch 30: the position in the "
         "epoch explains 49% of the step loss's within-epoch variance (96% over the second "
         "half); accuracy 0.7675 with the epoch loss 2.161 -> 1.0",
         {"data": {**CL39, "order": "by_label", "shuffle": False}, "model": {"hidden": [40]},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 5, "batch_size": 30}},
         expect=("unshuffled_data",),
         allow=("not_converged", "noisy_loss", "underfitting", "update_ratio_high"),
         why_allowed=(SORTED + ": the epoch loss 2.161 -> 1.0 still falls ~16% an epoch "
                      "(the healthy 39-feature runs end at 0.305-0.46) and the accuracy 0.7675 "
                      "is below their 0.7875-0.8725; the one-class batches push large steps "
                      "(median updates 0.009 and 0.022 of the weights, above the healthy "
                      "largest, 0.0065)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h42_overfit_chair_mlp_subset40_adam", "40 chair images, MLP of 256 and 128 units, "
         "Adam at LR 1e-3, 100 epochs, batch 8: training accuracy 1.0, validation 0.31; the "
         "validation loss rises from 1.382 (epoch 2) to 2.48 (quarter means 1.76, 2.18, 2.33, "
         "2.44) while the training loss falls to 2e-4",
         {"data": {**CH4, "subset": 40}, "model": {"hidden": [256, 128]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "at_chance", "not_converged", "noisy_loss"),
         why_allowed=("40 noisy images teach an MLP little: accuracy 0.31 (0.06 above "
                      "chance, 1/4) against the healthy chair CNN's 0.8433; the training loss "
                      "still falls (quarter means 0.26, 1.2e-3, 4.8e-4, 2.6e-4)"),
         verdict=GP),
    Case("h42_gap_cl39_subset40_adamw", "40 rows of the 39-feature set, MLP of 180 and 90 "
         "units, AdamW at LR 1e-3, 100 epochs, batch 8: training accuracy 1.0, validation "
         "0.4525; the validation loss rises from 1.456 (epoch 14) to 1.963 (quarter means "
         "1.57, 1.69, 1.83, 1.93)",
         {"data": {**CL39, "subset": 40}, "model": {"hidden": [180, 90]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 100, "batch_size": 8}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 rows of six classes teach little: accuracy 0.4525 against the "
                      "healthy 0.7875-0.8725 (the run's own baseline/val_accuracy, on its 40 "
                      "rows, is 0.41); the training loss still falls (quarter means 0.60, "
                      "9.6e-3, 2.9e-3, 1.5e-3)"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h42_underfit_cl39_one_elu_unit_momentum", "the 39-feature 6-class set through 1 ELU "
         "unit, SGD with momentum 0.9 at LR 0.02, 20 epochs: accuracy 0.3625 (training "
         "0.3367); the epoch loss flat at 1.33-1.34 over the last ten epochs",
         {"data": CL39, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("one unit cannot part six classes: accuracy 0.3625 against the healthy "
                      "0.7875-0.8725 and the run's baseline/val_accuracy 0.765; the validation "
                      "accuracy wobbles 0.33-0.43 from epoch to epoch"),
         verdict=TP),
    Case("h42_mse_softmax_gq86_rmsprop", "the 8-class quantiles trained with square error on "
         "the softmax, RMSprop at LR 1e-3, 64x32 MLP, 10 epochs: the loss falls 0.108 -> "
         "0.071; accuracy 0.5781",
         {"data": GQ86, "model": {"hidden": [64, 32]}, "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~4% an epoch at the end (0.0739, 0.0709; the "
                      "validation loss 0.0753, 0.0730) and lingers near its start for two "
                      "epochs (0.1078, 0.1035); accuracy 0.5781 against the healthy "
                      "0.7781-0.8625"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h42_update_ratio_high_fr34_adam_lr02", "Adam at LR 0.2 on the 34-feature Friedman "
         "regression, 48-unit ReLU MLP, batch 30, 3 epochs: median updates 0.020 and 0.121 of "
         "the weights (3.1x and 18.6x the healthy runs' largest median, 0.0065); validation "
         "R2 0.3981",
         {"data": FR34, "model": {"hidden": [48]}, "optim": {"lr": 0.2},
          "train": {"epochs": 3, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("divergence", "exploding_gradients", "noisy_loss", "not_converged",
                "unshuffled_data", "overfitting", "underfitting"),
         why_allowed=("the big steps leave the run short: the epoch loss 57.8, 16.8, 10.9 "
                      "still falls, the validation loss 27.7, 14.2, 14.7 rises in the last "
                      "epoch; R2 0.3981 against the healthy 0.735-0.7443; gradient norms up "
                      "to 276 at the first steps on the raw targets (the healthy: up to 103)"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h42_lightning_circles_adagrad_lr1e8_stuck", "Lightning: circles (noise 0.15), "
         "Adagrad at LR 1e-8, 24 units, batch 20, 4 epochs: the epoch loss 0.7326 and the "
         "validation loss 0.736 in every epoch, accuracy 0.5",
         script=lightning_run(_s("circles", hidden=(24,), optim="adagrad", lr=1e-8, epochs=4,
                                 batch_size=20, n=800, noise=0.15)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.5 (chance 1/2); no healthy circles run is in the part "
                      "(heldout41's healthy circles script, noise 0.1, reached 0.9812)"),
         verdict=TP),
    Case("h42_lightning_unshuffled_wine_rmsprop", "Lightning: wine sorted by label, never "
         "shuffled, RMSprop at LR 1e-3, 20 units, batch 8, 6 epochs: the position in the "
         "epoch explains 97% of the step loss's within-epoch variance (99.6% over the second "
         "half); validation accuracy 1.0 with the validation loss 0.937 -> 0.462",
         script=lightning_run(_s("wine", hidden=(20,), optim="rmsprop", lr=1e-3, epochs=6,
                                 batch_size=8, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": the epoch loss 1.09 -> 0.507 still falls ~12% an epoch "
                      "(the healthy Keras wine run ends at 0.016); training accuracy 0.934"),
         verdict=TP),
    Case("h42_hf_trainer_cancer_b1_adam_noisy", "Hugging Face Trainer names: breast cancer, "
         "batch 1, Adam at LR 0.05 (decaying linearly), 16 units, 3 epochs, logging every "
         "step: the logged loss swings 12.6 times its mean step to step over the second half "
         "(9x the healthy scripts' largest, 1.43), with single samples up to 34.6; "
         "evaluation accuracy 0.9649",
         script=hf_trainer_run(_s("breast_cancer", hidden=(16,), optim="adam", lr=0.05,
                                  epochs=3, batch_size=1), logging_steps=1),
         tool="transformers", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means "
                      "0.275, 0.111, 0.477, 0.086; grad_norm up to 76); the evaluation loss "
                      "0.334, 0.351, 0.226 rises once"),
         verdict=TP),
    Case("h42_hf_trainer_overfit_cancer_subset25_adam", "Hugging Face Trainer names: 25 rows "
         "of breast cancer, 200 units, Adam at LR 5e-3, 100 epochs, batch 5, logging every 5 "
         "steps: the evaluation loss rises from 0.2007 (epoch 3) to 0.358 (quarter means "
         "0.259, 0.320, 0.345, 0.356) while the logged loss falls to 1.9e-4; evaluation "
         "accuracy 0.9035",
         script=hf_trainer_run(_s("breast_cancer", hidden=(200,), optim="adam", lr=5e-3,
                                  epochs=100, batch_size=5, subset=25), logging_steps=5),
         tool="transformers", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("the Trainer logs no training accuracy, so a gap cannot be read; "
                      "accuracy 0.9035 against 0.9561 for the healthy Trainer run on breast "
                      "cancer; the logged loss still falls (quarter means 0.036, 4.8e-4, "
                      "2.6e-4, 2.0e-4)"),
         verdict=GP),
    Case("h42_keras_digits_sgd_lr1e2_not_converged", "Keras names: digits, plain SGD at LR "
         "0.01, 32 units, batch 16, 6 epochs: the epoch loss 2.255 -> 1.09 falls faster and "
         "faster (1.584, 1.324, 1.09 over the last three), the validation loss 1.222 -> 1.017 "
         "in the last epoch; validation accuracy 0.8245",
         script=keras_run(_s("digits", hidden=(32,), optim="sgd", lr=0.01, epochs=6,
                             batch_size=16)),
         tool="keras", expect=("not_converged",),
         allow=("underfitting", "slow_start", "unshuffled_data", "noisy_loss"),
         why_allowed=("stopped early: accuracy 0.8245 against 0.9694 for the healthy digits "
                      "scripts, with the loss far from its floor; the loss starts near ln 10 "
                      "(2.255, 2.059)"),
         verdict=TP),
    Case("h42_keras_overfit_circles_subset24_adamw", "Keras names: 24 rows of circles (noise "
         "0.25), 200 units, AdamW at LR 0.01, 100 epochs, batch 4: training accuracy 1.0, "
         "validation 0.75; the validation loss rises from 0.496 (epoch 5) to 1.102 (quarter "
         "means 0.61, 0.81, 0.97, 1.06) while the training loss falls to 0.0076",
         script=keras_run(_s("circles", hidden=(200,), optim="adamw", lr=0.01, epochs=100,
                             batch_size=4, subset=24, n=800, noise=0.25)),
         tool="keras", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("24 rows of noisy circles teach less than the full set; no healthy "
                      "circles run is in the part; the training loss still falls (quarter "
                      "means 0.24, 0.055, 0.021, 0.010)"),
         verdict=GP),
    Case("h42_tensorboard_moons_adam_lr50_divergence", "TensorBoard tags: moons (noise 0.2), "
         "Adam at LR 50, 24 units, batch 16, 4 epochs: the step loss goes from 0.770 to 1.6e4 "
         "(quarter means 4440, 64, 45, 14) and ends at 8.7; the validation loss 28.7, 11.8, "
         "26.3, 5.16; accuracy 0.8062 after the first epoch, then 0.5188, 0.5, 0.5063",
         script=tensorboard_run(_s("moons", hidden=(24,), optim="adam", lr=50.0, epochs=4,
                                   batch_size=16, n=800, noise=0.2)),
         tool="tensorboard", expect=("divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "overfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; the blown-up loss swings 4.4 times its mean and drops to 0 "
                      "on some batches; accuracy 0.5063 (chance 1/2)"),
         verdict="failed"),
    Case("h42_tensorboard_digits_two_sigmoid_units_rmsprop", "TensorBoard tags: digits "
         "through 2 sigmoid units, RMSprop at LR 0.01, batch 32, 20 epochs: validation "
         "accuracy 0.4345 (training 0.4768); the validation loss flattens at 1.31 (1.316, "
         "1.312, 1.307 over the last three epochs)",
         script=tensorboard_run(_s("digits", hidden=(2,), activation="sigmoid",
                                   optim="rmsprop", lr=0.01, epochs=20, batch_size=32)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot part ten digits: accuracy 0.4345 against 0.9666 for "
                      "the healthy TensorBoard digits run; the loss still creeps down "
                      "(quarter means 1.73, 1.42, 1.32, 1.26)"),
         verdict=TP),
    Case("h42_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.15, Adagrad at LR 0.05, batch 25, a corrupt record (x = 1e30) at step 11 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(30,), optim="adagrad", lr=0.05, epochs=3,
                             batch_size=25, n=500, noise=0.15), corrupt_step=11),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=11),
    Case("h42_plain_overfit_digits_subset30_adagrad", "hand-written loop: 30 rows of digits, "
         "MLP of 200 units, Adagrad at LR 0.05, 100 epochs, batch 5: the validation loss "
         "rises from 1.566 (epoch 2) to 1.819 (quarter means 1.66, 1.73, 1.78, 1.81) while "
         "the training loss falls (quarter means 0.107, 1.1e-3, 6.0e-4, 4.1e-4); validation "
         "accuracy 0.6407",
         script=plain_run(_s("digits", hidden=(200,), optim="adagrad", lr=0.05, epochs=100,
                             batch_size=5, subset=30)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("the loop logs no training accuracy, so a gap cannot be read; 30 rows "
                      "of ten digits teach less than the full set: accuracy 0.6407 against "
                      "0.9694 for the healthy digits scripts"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy42_dishwasher_relu_adam_b25",
       _dishwasher(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 25})),
    _h("healthy42_dishwasher_elu_rmsprop_b31",
       _dishwasher(model={"hidden": [36, 18], "activation": "elu"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 31})),
    _h("healthy42_dishwasher_tanh_adamw_b19",
       _dishwasher(model={"hidden": [28], "activation": "tanh"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 19})),
    _h("healthy42_dishwasher_leaky_momentum_b35",
       _dishwasher(model={"hidden": [34], "activation": "leaky_relu"},
                   optim={"name": "sgd", "lr": 0.03, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 35})),
    _h("healthy42_dishwasher_sigmoid_adagrad_b23",
       _dishwasher(model={"hidden": [40], "activation": "sigmoid"},
                   optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 23})),
    _h("healthy42_dishwasher_relu_sgd_b15",
       _dishwasher(model={"hidden": [36, 18]},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 15})),
    _h("healthy42_dishwasher_elu_adam_b43",
       _dishwasher(model={"hidden": [30], "activation": "elu"},
                   optim={"lr": 3e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 43})),
    _h("healthy42_dishwasher_sigmoid_momentum_b29",
       _dishwasher(model={"hidden": [38], "activation": "sigmoid"},
                   optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 29})),
    _h("healthy42_dishwasher_elu_sgd_b17",
       _dishwasher(model={"hidden": [34, 17], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 17})),
    _h("healthy42_dishwasher_tanh_rmsprop_b27",
       _dishwasher(model={"hidden": [32, 16], "activation": "tanh"},
                   optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 27})),
    _h("healthy42_cl39_relu_adam_b30",
       {"data": CL39, "model": {"hidden": [54]},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy42_cl39_elu_adagrad_b26",
       {"data": CL39, "model": {"hidden": [48], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy42_cl39_tanh_adamw_b34",
       {"data": CL39, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy42_cl39_leaky_momentum_b28",
       {"data": CL39, "model": {"hidden": [50], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy42_gq86_relu_rmsprop_b32",
       {"data": GQ86, "model": {"hidden": [72, 36]},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy42_gq86_elu_adamw_b36",
       {"data": GQ86, "model": {"hidden": [80, 40], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 36}}),
    _h("healthy42_fr34_elu_rmsprop_b26",
       {"data": FR34, "model": {"hidden": [60], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy42_fr34_tanh_adam_b24",
       {"data": FR34, "model": {"hidden": [56, 28], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy42_chair_cnn_adagrad_b22",
       {"data": CH4, "model": CCNN, "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 22}}),
    _h("healthy42_cl39_sigmoid_adam_b32",
       {"data": CL39, "model": {"hidden": [52], "activation": "sigmoid"},
        "optim": {"lr": 8e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy42_dishwasher_leaky_adagrad_b20",
       _dishwasher(model={"hidden": [26], "activation": "leaky_relu"},
                   optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 20})),
    _hs("healthy42_lightning_digits_adam",
        lightning_run(_s("digits", hidden=(48,), optim="adam", lr=2e-3, epochs=20,
                         batch_size=32)), "lightning"),
    _hs("healthy42_hf_trainer_cancer_adagrad",
        hf_trainer_run(_s("breast_cancer", hidden=(24,), optim="adagrad", lr=0.02, epochs=20,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy42_hf_trainer_digits_adam",
        hf_trainer_run(_s("digits", hidden=(48,), optim="adam", lr=2e-3, epochs=20,
                          batch_size=32), logging_steps=5), "transformers"),
    _hs("healthy42_keras_digits_adagrad",
        keras_run(_s("digits", hidden=(40,), optim="adagrad", lr=0.05, epochs=20,
                     batch_size=32)), "keras"),
    _hs("healthy42_tensorboard_blobs_adam",
        tensorboard_run(_s("blobs", hidden=(24,), optim="adam", lr=5e-3, epochs=20,
                           batch_size=32, n=800, noise=0.1, k=3)), "tensorboard"),
    _hs("healthy42_keras_wine_adagrad",
        keras_run(_s("wine", hidden=(24,), optim="adagrad", lr=0.02, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy42_tensorboard_digits_rmsprop",
        tensorboard_run(_s("digits", hidden=(40,), optim="rmsprop", lr=2e-3, epochs=20,
                           batch_size=32)), "tensorboard"),
    _hs("healthy42_plain_blobs_adamw",
        plain_run(_s("blobs", hidden=(24,), optim="adamw", lr=5e-3, epochs=20, batch_size=32,
                     n=800, noise=0.1, k=3)), "pytorch"),
    _hs("healthy42_plain_iris_adagrad",
        plain_run(_s("iris", hidden=(20,), optim="adagrad", lr=0.05, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy42_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(18,), optim="adam", lr=0.01, epochs=30,
                           batch_size=10)), "tensorboard"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
