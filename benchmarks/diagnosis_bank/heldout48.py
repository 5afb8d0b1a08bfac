"""The forty-eighth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout47`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout47` in its combination of data set (new here: a
10x10 image set of a cactus (a stem with an arm up on either side in a 5x5 cell, turned by 0, 90,
180 or 270 degrees; 4 classes), 1450 images with noise 0.35 and 2% random labels; 5-class Gaussian
quantiles in 10 dimensions (3600 samples); a 48-feature 4-class set (2500 samples, 14 informative, 4
redundant, class separation 2.4); a 40-feature Friedman-1 regression (2000 samples, noise 0.5); a
kombucha brewer's state CSV (first ferment, carbonating, over-soured, resting: 4 classes from 7
readings) and a zipline park's daily-riders regression CSV (riders, in the hundreds), besides the
script tools' shipped sets with new settings: iris, wine, breast cancer, digits, 6-arm spirals with
noise 0.1 and the sine with noise 0.15), model (MLPs of several widths, depths and activations
(ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with
and without momentum), batch size, learning rate, schedule (cosine, constant), initialisation
(default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging
every 2 steps, Keras and TensorBoard names, a hand-written loop). Most fault cases pair a mechanism
with another optimiser, model, data set or tool than :mod:`.heldout45` to :mod:`.heldout47` did
(divergence under SGD with momentum 0.5 in an ELU net on the unscaled riders, divergence under AdamW
at LR 30 in a ReLU net on the 48-feature set, exploding gradients in an 11-layer net with N(0, 1)
init under plain SGD on the quantiles, units killed by RMSprop at LR 5 in the cactus CNN, a tiny
learning rate under AdamW on the 48-feature set and under Adagrad on the Friedman regression,
vanishing gradients under SGD with momentum 0.5 in a 22-layer sigmoid net on the quantiles,
saturation under RMSprop in a tanh net with N(0, 5) init on the 48-feature set, a slow start of the
cactus CNN under plain SGD, the unshuffled quantiles under Adagrad in an ELU net, square error with
RMSprop on the kombucha CSV, a high update ratio from Adagrad at LR 2 on the 48-feature set, an
overfit 50-row 48-feature set under AdamW and a 40-row Friedman regression under Adam, an underfit
1-unit sigmoid net under Adagrad, Lightning's NaN on digits under SGD with momentum and its
unshuffled wine under Adam, Trainer's NaN on breast cancer under SGD with momentum and its
unshuffled iris under Adam, Keras' stuck digits under Adagrad and its 2-unit tanh 6-arm spirals
under RMSprop, TensorBoard's noisy batch-1 breast cancer under RMSprop and its unshuffled breast
cancer under AdamW, the hand-written loop's corrupt record on the sine under Adam and its noisy
batch-1 wine under RMSprop), and the cases are spread differently over the tools (fifteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and
the fault classes (four runner runs broken (two divergences, one of them to Inf, exploding
gradients, dead units) and three scripts (Lightning's and Trainer's NaN, the loop's Inf);
``not_training`` expected in four runner runs and one script; ``predictions_collapsed`` in three
runner runs; ``at_chance`` in eight runner runs and two scripts; one overfit runner run with a
generalisation gap, and one runner run with a gap alone; ``unshuffled_data`` in one runner run and
three scripts; three runner regressions), and the healthy runner runs over three data sets (the
kombucha CSV, the quantiles and the Friedman regression), and the healthy scripts on digits
(Lightning, Trainer, Keras twice, TensorBoard and the hand-written loop) and iris (Trainer).

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

The healthy runner cases measured: update ratio per layer (quarter means) 1.7e-5 (the output layer
of the tanh MLP with AdamW on the Friedman regression) to 0.042 (the first layer of the tanh MLP
with Adagrad at batch 22 on the Friedman regression); the expected ``update_ratio_high`` run reaches
quarter means of 0.25 (its first layer) and 0.26 (its output layer) in its first quarter, about 6
times the healthy extreme (0.001-0.014 after); the expected ``update_ratio_low`` runs sit at 4.4e-11
to 1.1e-10 (AdamW at LR 1e-10 on the 48-feature set) and 0 to 3.2e-11 (Adagrad at LR 1e-10 on the
Friedman regression). Dead-ReLU fraction per layer at most 0.071 at any time in the healthy runs
(the ELU MLP with Adam at batch 36 on the quantiles); the expected ``dead_relu`` run reaches 0.87
(the cactus CNN's second conv layer) and 1.0 (its dense layer) under RMSprop at LR 5, with every
layer's gradient 0 in the last three quarters. Saturated fraction per layer at most 0.0075 in the
healthy tanh and sigmoid runs (the tanh MLP with Adagrad on the kombucha CSV); the expected
``saturated_activation`` run holds 0.94 in both layers throughout. The exploding run's gradient
norms sit at quarter means of 8.2e5-1.9e6 (up to 3.5e6) with its loss near 2e6 from the first step
and never NaN (the healthy runs' largest single norm 109); the vanishing run's first layer at
2.5e-20 against 0.34 at the output. The sorted quantiles' step-loss position in the epoch explains
98% of the within-epoch variance over the second half, Lightning's sorted wine 95%, Trainer's sorted
iris 99.8% and TensorBoard's sorted breast cancer 99%. The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 0.80 times its mean in the healthy
scripts with a step loss (the loop's digits; the others 0.46-0.78), while the expected
``noisy_loss`` runs swing 11.1 (TensorBoard, batch 1, RMSprop at LR 0.01 on breast cancer) and 7.6
(the loop, batch 1, RMSprop at LR 0.01 on wine). Healthy runs reach a validation score close to what
the data allow (accuracy 1.0 on the kombucha CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.8833-0.9069 on the quantiles, where the baseline is 0.275; R2 0.7341-0.7597 on the Friedman
regression, where the baseline is 0.7219; for the scripts 0.9749 (Lightning's digits), 0.9638
(Trainer's digits), 0.9667 (Trainer's iris), 0.9721 and 0.9749 (Keras' digits), 0.9777
(TensorBoard's digits) and 0.9805 (the loop's digits)); their validation loss does not rise at the
end (every healthy run's is lowest at its last epoch or ends at most 0.2% above its minimum:
TensorBoard's digits, lowest at epoch 23 of 25 and 0.171% above it at the end; the tanh MLP with
Adagrad at batch 22 on the Friedman regression, lowest at epoch 21 of 30, 0.118%), no training score
ends ~1 with the validation score 0.1 lower (the largest accuracy gap: 0.076, the ELU MLP with AdamW
at batch 28 on the quantiles, training 0.969), and they expect no finding of severity warning or
worse.

Healthy candidates dropped: on the Friedman regression the sigmoid MLP with Adam at batch 30 (R2
0.7302, but the validation loss lowest at epoch 22 and 0.27% above it at the end) and with AdamW at
batch 26 (0.60% above its minimum at epoch 17); the cactus CNN for 20 epochs with Adam at LR 3e-3
(0.7862 against the baseline's 0.7103, but training 0.9586, a gap of 0.17). No healthy run on the
48-feature set, on the cactus images, on the zipline CSV, on wine, on breast cancer or on spirals is
in the part: their faults are read against the run's own numbers and its baseline. Faults changed:
the cactus CNN under plain SGD at LR 0.1 for 14 epochs fell from the third epoch on with jumps (the
epoch loss 1.384, 1.365, 1.281, 1.15, 1.14, 0.862, 1.098), and under SGD with momentum 0.5 at LR
0.05 it lingered only two epochs, so it was run under plain SGD at LR 0.05 for 16 epochs; AdamW at
LR 5e-4 on the 50-row 48-feature set left the validation loss only 2.2% above its minimum (epoch 33)
at the end and was run at LR 2e-3 (40 rows at LR 1e-3 for 80 epochs also rose, 14%, and was not
used); Trainer's sorted iris at batch 6 (15 steps an epoch, seven and a half logs) was run at batch
5 (nine logs an epoch); the loop's batch-1 iris under SGD with momentum 0.9 swung only 3.3 (LR 0.05)
and 3.6 (LR 0.02), and under RMSprop at LR 0.01 2.6, so the loop's noisy case was moved to wine
under RMSprop. Labels read from the metrics: the AdamW run at LR 30 on the 48-feature set ends at
accuracy 0.25 with every test prediction in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``divergence``, and its second layer's dead units are
allowed as a side effect; the exploding run ends at 0.2083 (1/5 is 0.2) with 83% of the test
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` only allowed;
AdamW at LR 1e-10 and the saturated run both end at 0.27 (1/4 is 0.25), so ``at_chance`` is expected
there; the sorted quantiles end at 0.2181 with 54% of the test predictions in one class, so only
``at_chance`` is expected beside ``unshuffled_data``; the 1-unit net ends at 0.1903 with its loss
falling 4.0% (1.675 -> 1.608), so ``at_chance`` is expected and ``not_training`` allowed; the 50-row
48-feature run's validation loss ends 16% above its minimum at epoch 6 and rises over the last three
quarters, so ``overfitting`` is expected beside the gap, while the 40-row Friedman regression's
flattens (lowest at epoch 56, 0.0007% above it at the end), so it expects only
``generalisation_gap``; Lightning's NaN on digits ends at digits' chance 0.1003, so ``at_chance`` is
expected, while Trainer's NaN on breast cancer ends at 0.3684, far below the validation split's
majority share, so it is only allowed; Keras' stuck digits end at 0.1421, so ``at_chance`` is
expected, while its 2-unit 6-arm spirals end at 0.2389, 0.072 above 1/6, so ``at_chance`` is only
allowed beside ``underfitting``; Lightning's sorted wine reaches validation accuracy 1.0, so neither
``underfitting`` nor ``at_chance`` is allowed there; the cactus CNN's slow start ends with the
validation loss jumping (0.8283, 0.8341, 0.9654 over the last three epochs), so ``overfitting`` is
allowed there.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 28)
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

# a cactus in a 5x5 cell (a stem up the middle, an arm up on the left and one on the right),
# turned by 90 degrees at a time for the other three directions
_CACTUS_UP = np.array([[0, 0, 1, 0, 0],
                       [1, 0, 1, 0, 0],
                       [1, 1, 1, 0, 1],
                       [0, 0, 1, 1, 1],
                       [0, 0, 1, 0, 0]], dtype=float)
_CACTI = turned(_CACTUS_UP)


def cacti(n: int = 1450, size: int = 10, noise: float = 0.35, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 cactus glyph at a random place (4 classes: the cactus turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CACTI, n, size, noise, flip, seed)


def _kombucha_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A kombucha brewer's state (0 first ferment, 1 carbonating, 2 over-soured, 3 resting) from
    7 readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    ph = np.array([3.6, 3.2, 2.6, 3.0])[cls] + rng.normal(0, 0.08, n)
    brix = np.array([8.0, 4.5, 1.5, 3.0])[cls] + rng.normal(0, 0.5, n)
    brew_c = np.array([25.0, 23.0, 27.5, 19.0])[cls] + rng.normal(0, 0.9, n)
    co2_ppm = np.array([900.0, 3800.0, 1500.0, 400.0])[cls] + rng.normal(0, 220.0, n)
    acid_gl = np.array([3.0, 6.0, 12.0, 8.0])[cls] + rng.normal(0, 0.7, n)
    volume_l = rng.uniform(4.0, 40.0, n)
    room_c = rng.uniform(15.0, 26.0, n)
    return (["ph", "brix", "brew_temp_c", "co2_ppm", "acidity_g_l", "volume_l", "room_temp_c",
             "state"],
            np.column_stack([ph, brix, brew_c, co2_ppm, acid_gl, volume_l, room_c, cls]))


def _zipline_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A zipline park's daily riders from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(-2, 34, n)
    wind_kmh = rng.uniform(0, 45, n)
    rain_mm = rng.exponential(2.5, n)
    school_holiday = rng.integers(0, 2, n).astype(float)
    price = rng.uniform(15.0, 40.0, n)
    riders = (350 + 4.0 * air_c - 5.0 * wind_kmh - 14.0 * rain_mm + 150.0 * school_holiday
              - 6.0 * price + 130.0 * (weekday >= 5) + rng.normal(0, 35.0, n))
    return (["weekday", "air_temp_c", "wind_kmh", "rain_mm", "school_holiday", "ticket_price",
             "riders"],
            np.column_stack([weekday, air_c, wind_kmh, rain_mm, school_holiday, price, riders]))


def _kombucha(**sections: Any) -> Any:
    return _csv("kombucha_brewer_state", _kombucha_csv, "state", "classification", 481,
                **sections)


def _zipline(**sections: Any) -> Any:
    return _csv("zipline_daily_riders", _zipline_csv, "riders", "regression", 482, **sections)


HERE = "benchmarks.diagnosis_bank.heldout48"
CA4 = _factory(f"{HERE}:cacti")
GQ510 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3600, n_features=10,
                 n_classes=5, random_state=483)
CL48 = _factory("sklearn.datasets:make_classification", n_samples=2500, n_features=48,
                n_informative=14, n_redundant=4, n_classes=4, class_sep=2.4, random_state=484)
FR40 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=40, noise=0.5,
                random_state=485)
CCNN = {"kind": "cnn", "conv": [{"channels": 11}, {"channels": 15}], "hidden": [26]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h48_divergence_zipline_momentum_elu", "the zipline park's daily-riders CSV (targets "
         "unscaled, in the hundreds), 26-unit ELU MLP, SGD with momentum 0.5 at LR 0.01, batch "
         "20: the logged step loss goes 5.0e4, 6.5e4, 1.5e4, 1.1e5, 2.2e7, 1.4e14, 2.2e34 and then "
         "Inf; the run ends failed",
         _zipline(model={"hidden": [26], "activation": "elu"},
                  optim={"name": "sgd", "lr": 0.01, "momentum": 0.5},
                  train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h48_divergence_cl48_adamw_lr30", "40x20 ReLU MLP on the 48-feature 4-class set, AdamW "
         "at LR 30, batch 26",
         {"data": CL48, "model": {"hidden": [40, 20]},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "vanishing_gradients",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged",
                "overfitting"),
         why_allowed=(BLOWUP + " (norms up to 1.4e5, first-quarter updates 5.9 to 8.2 times the "
                               "weights); afterwards every unit of the second layer is dead and "
                               "every gradient 0; accuracy 0.25 against the baseline's 0.96"),
         verdict="failed"),
    Case("h48_exploding_gq510_11x26_std1_sgd", "11x26 ReLU MLP with N(0, 1) init on the 5-class "
         "quantiles in 10 dimensions, plain SGD at LR 1e-13: the gradient norms' quarter means "
         "are 8.2e5-1.9e6 (up to 3.5e6); the loss is near 2e6 from the first step and never NaN "
         "(epoch means 1.956e6 each); accuracy 0.2083 with 83% of the test predictions in one "
         "class",
         {"data": GQ510, "model": {"hidden": [26] * 11, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (epoch means 1.956e6 each), a million times "
                      "above ln 5; the tiny steps barely move the wide weights (update ratios "
                      "at most 2e-8); up to 27% of the seventh layer's units dead; 83% of the "
                      "test predictions in one class; accuracy 0.2083 (chance 1/5) against the "
                      "healthy 0.8833-0.9069"),
         verdict="failed"),
    Case("h48_dead_relu_cactus_cnn_rmsprop_lr5", "the cactus CNN (11, 15 channels, 26 hidden), "
         "RMSprop at LR 5, batch 24: the step loss reaches 2.7e11 (1.39 at the first), then 87% of "
         "the second conv layer's units and every unit of the dense layer are dead and every "
         "layer's gradient 0 in the last three quarters; the epoch loss 7.4e9, 5.96, 4.49; "
         "accuracy 0.2621 with every test prediction in one class",
         {"data": CA4, "model": CCNN, "optim": {"name": "rmsprop", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 1.8e9, first-quarter updates 10 to 29 times the "
                               "weights); afterwards the gradients are 0; the final step loss "
                               "3.93 sits above its start 1.39; accuracy 0.2621 against the "
                               "run's baseline of 0.7103"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h48_adamw_lr1e10_cl48", "the 48-feature 4-class set, 44x22 tanh MLP, AdamW at LR "
         "1e-10, 4 epochs: the epoch loss stays at 1.393, update ratios' quarter means 4.4e-11 to "
         "1.1e-10; accuracy 0.27",
         {"data": CL48, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.27 (chance 1/4) against the run's baseline of 0.96; at most "
                      "41% of the test predictions in one class"),
         verdict=TP),
    Case("h48_adagrad_lr1e10_fr40", "the 40-feature Friedman regression, 38x19 ELU MLP, Adagrad "
         "at LR 1e-10: the epoch loss stays at 228.7 (R2 -10.0), update ratios' quarter means 0 to "
         "3.2e-11",
         {"data": FR40, "model": {"hidden": [38, 19], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -10.0 against the baseline's 0.7219 and the healthy 0.7341-0.7597"),
         verdict=TP),
    Case("h48_vanishing_sigmoid_gq510_22x16_momentum05", "22x16 sigmoid MLP on the quantiles, "
         "SGD with momentum 0.5 at LR 0.03, 4 epochs: the first layer's gradient norm stays near "
         "2.5e-20 against 0.34 at the output; the epoch loss 1.615 -> 1.613; accuracy 0.2 with "
         "every test prediction in one class",
         {"data": GQ510, "model": {"hidden": [16] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.5},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all (update ratio 0), a side effect of "
                      "the vanishing gradients; accuracy 0.2 (chance 1/5) against the healthy "
                      "0.8833-0.9069"),
         verdict=TP),
    Case("h48_saturated_tanh_cl48_std5_rmsprop", "2x38 tanh MLP with N(0, 5) init on the "
         "48-feature set, RMSprop at LR 1e-5: 94% of both layers' units saturated throughout; the "
         "epoch loss 29.98 -> 29.91 (0.2%); accuracy 0.27",
         {"data": CL48, "model": {"hidden": [38, 38], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-5},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("updates 2.1e-6 to 5.4e-6 (quarter means), below the healthy smallest "
                      "(1.7e-5); the loss sits far above ln 4 from the start (single steps 16 to "
                      "43); accuracy 0.27 against the baseline's 0.96; at most 31% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h48_slow_start_cactus_cnn_sgd", "the cactus CNN, plain SGD at LR 0.05, 16 epochs: the "
         "epoch loss lingers near ln 4 (1.386, 1.378, 1.369, 1.349 over the first four), then "
         "falls (1.297, 1.147, 1.046, 0.893) and is still falling at the end (0.7546, 0.6945 "
         "over the last two); validation accuracy 0.5621",
         {"data": CA4, "model": CCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 16, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("stopped while still falling: accuracy 0.5621 (training 0.6126) against "
                      "the run's baseline of 0.7103; the validation loss is lowest at epoch 14 "
                      "(0.8283) and jumps to 0.9654 at the last epoch"),
         verdict=TP),
    Case("h48_unshuffled_gq510_adagrad_elu", "the quantiles sorted by label, never shuffled, "
         "96x48 ELU MLP, Adagrad at LR 0.02, batch 32, 8 epochs: the position in the epoch "
         "explains 98% of the step loss's within-epoch variance over the second half; "
         "validation accuracy 0.2181",
         {"data": {**GQ510, "order": "by_label", "shuffle": False},
          "model": {"hidden": [96, 48], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("unshuffled_data", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=(SORTED + ": accuracy 0.2181 (chance 1/5) against the healthy "
                               "0.8833-0.9069; the epoch loss still falls (1.344, 1.314, 1.277 "
                               "over the last three); up to 10% of the second layer's units "
                               "dead; at most 54% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h48_overfit_cl48_subset50_adamw", "50 rows of the 48-feature set, MLP of 256 and 128 "
         "units, AdamW at LR 2e-3, 60 epochs, batch 10: training accuracy 1.0, validation 0.81; "
         "the validation loss rises from its minimum at epoch 6 (0.5918; quarter means 0.704, "
         "0.653, 0.666, 0.679) to 0.684, 16% above it, while the training loss falls to 1.5e-4",
         {"data": {**CL48, "subset": 50}, "model": {"hidden": [256, 128]},
          "optim": {"name": "adamw", "lr": 2e-3}, "train": {"epochs": 60, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("50 rows teach less than every row: accuracy 0.81 against the baseline's "
                      "0.96 with every row (0.808 on the 50 rows)"),
         verdict=GP),
    Case("h48_gap_fr40_subset40_adam", "40 rows of the 40-feature Friedman regression, MLP of "
         "180 and 90 units, Adam at LR 1e-3, 150 epochs, batch 8: training R2 1.0 (the loss "
         "5e-13), validation R2 0.1459; the validation loss flattens at 18.6",
         {"data": {**FR40, "subset": 40}, "model": {"hidden": [180, 90]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("40 rows teach less: R2 0.1459 against the healthy 0.7341-0.7597 (the "
                      "run's baseline 0.4746); the validation loss is lowest at epoch 56 and "
                      "flat after it, so overfitting is only allowed; with the training loss at "
                      "~0 the gradients (1e-5) and updates (down to 0) die away; up to 44% of "
                      "the second layer's units dead"),
         verdict=GP),
    Case("h48_underfit_gq510_one_sigmoid_unit_adagrad", "the quantiles through 1 sigmoid unit, "
         "Adagrad at LR 0.02, 15 epochs: validation accuracy 0.1903 (training 0.2065); the epoch "
         "loss flattens at 1.608",
         {"data": GQ510, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.02}, "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training"),
         why_allowed=("one unit cannot part five classes lying in shells: accuracy 0.1903 "
                      "(chance 1/5) against the healthy 0.8833-0.9069; the epoch loss falls 4.0% "
                      "in all (1.675 -> 1.608); at most 53% of the test predictions in one "
                      "class"),
         verdict=TP),
    Case("h48_mse_softmax_kombucha_rmsprop", "the kombucha-brewer CSV trained with square error "
         "on the softmax, RMSprop at LR 1e-3, 36x18 ReLU MLP, 10 epochs: the loss falls 0.185 -> "
         "1.6e-4; accuracy 1.0",
         _kombucha(model={"hidden": [36, 18]}, optim={"name": "rmsprop", "lr": 1e-3},
                   train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~25% an epoch at the end (1.554e-4, 1.171e-4; the "
                      "validation loss 1.347e-4, 1.024e-4); accuracy 1.0 like the healthy runs"),
         verdict=TP),
    Case("h48_update_ratio_high_cl48_adagrad_lr2", "Adagrad at LR 2 on the 48-feature set, 44 "
         "leaky-ReLU units, batch 30, 10 epochs: the update ratios' quarter means reach 0.25 (the "
         "first layer) and 0.26 (the output layer) in the first quarter, 0.001-0.014 after (the "
         "healthy runs' largest 0.042); the loss jumps about (single steps up to 334, the epoch "
         "loss 39.5, 4.75, 2.65, then down to 2.9e-5); validation accuracy 0.96",
         {"data": CL48, "model": {"hidden": [44], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 30},
          "diagnose": NOSTOP},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "dead_relu", "at_chance", "predictions_collapsed"),
         why_allowed=("the big steps throw the loss about, far above its first step's 1.403 "
                      "(the validation loss 12.1 to 7.96, flat from epoch 8); accuracy 0.96 like "
                      "the baseline's (training 1.0); with the loss near 0 single steps swing it"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h48_lightning_digits_momentum_lr60_nan", "Lightning: digits, SGD with momentum 0.9 at "
         "LR 60, 24 units, batch 16, 4 epochs: the step loss goes from 2.277 to 2.5e34, is Inf at "
         "the 12th step and NaN from the 13th; validation accuracy 0.1003",
         script=lightning_run(_s("digits", hidden=(24,), optim="sgd", lr=60.0, epochs=4,
                                 batch_size=16, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.1003 is digits' chance (1/10)"), verdict="failed"),
    Case("h48_lightning_unshuffled_wine_adam", "Lightning: wine sorted by label, never "
         "shuffled, Adam at LR 0.01, 16 units, batch 6, 8 epochs: the position in the epoch "
         "explains 95% of the step loss's within-epoch variance over the second half; "
         "validation accuracy 1.0",
         script=lightning_run(_s("wine", hidden=(16,), optim="adam", lr=0.01, epochs=8,
                                 batch_size=6, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the loss is lowest at the end (the validation loss 0.0421, 0.0368, "
                      "0.0339 over the last three epochs); the sorted classes throw the step "
                      "loss about within each epoch; no healthy wine run is in the part"),
         verdict=TP),
    Case("h48_hf_trainer_cancer_momentum_lr100_nan", "Hugging Face Trainer names: breast "
         "cancer, SGD with momentum 0.9 at LR 100 (decaying linearly), 20 units, batch 10, 4 "
         "epochs, logging every 2 steps: the logged loss goes from 404 to 2.8e30 and is NaN from "
         "the fifth log; the evaluation loss NaN every epoch; accuracy 0.3684",
         script=hf_trainer_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=100.0,
                                  epochs=4, batch_size=10, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + " (the logged gradient norm reaches 9e15); accuracy 0.3684 is far "
                               "below the validation split's majority share (0.62), so "
                               "at_chance is allowed, not expected"),
         verdict="failed"),
    Case("h48_hf_trainer_unshuffled_iris_adam", "Hugging Face Trainer names: iris sorted by "
         "label, never shuffled, Adam at LR 0.01 (decaying linearly), 14 units, batch 5, 8 "
         "epochs, logging every 2 steps: the position in the epoch explains 99.8% of the logged "
         "loss's within-epoch variance over the second half; evaluation accuracy 0.9",
         script=hf_trainer_run(_s("iris", hidden=(14,), optim="adam", lr=0.01,
                                  epochs=8, batch_size=5, shuffle=False, by_label=True),
                               logging_steps=2),
         tool="transformers", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.9 against 0.9667 for the healthy iris run; the "
                               "evaluation loss still falls (0.4284, 0.4175, 0.4141)"),
         verdict=TP),
    Case("h48_tensorboard_cancer_b1_rmsprop_noisy", "TensorBoard tags: breast cancer, batch 1, "
         "RMSprop at LR 0.01, 20 units, 3 epochs: the step loss swings 11.1 times its mean step "
         "to step over the second half (14x the healthy scripts' largest, 0.80), single samples "
         "up to 9.6; validation accuracy 0.9561",
         script=tensorboard_run(_s("breast_cancer", hidden=(20,), optim="rmsprop", lr=0.01,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means 0.151, "
                      "0.052, 0.108, 0.034; the validation loss 0.139, 0.227, 0.098)"),
         verdict=TP),
    Case("h48_plain_wine_b1_rmsprop_noisy", "hand-written loop: wine, batch 1, RMSprop at LR "
         "0.01, 18 units, 3 epochs: the step loss swings 7.6 times its mean step to step over "
         "the second half (9x the healthy scripts' largest, 0.80), single samples up to 2.4; "
         "validation accuracy 0.9722",
         script=plain_run(_s("wine", hidden=(18,), optim="rmsprop", lr=0.01, epochs=3,
                             batch_size=1)),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means 0.251, "
                      "0.022, 0.066, 0.0055; the validation loss 0.072, 0.078, 0.051); no "
                      "healthy wine run is in the part"),
         verdict=TP),
    Case("h48_keras_digits_adagrad_lr1e9_stuck", "Keras names: digits, Adagrad at LR 1e-9, 30 "
         "units, batch 16, 6 epochs: the loss stays at 2.303 and the validation loss at 2.324 "
         "every epoch; accuracy 0.1421 (training 0.1327)",
         script=keras_run(_s("digits", hidden=(30,), optim="adagrad", lr=1e-9, epochs=6,
                             batch_size=16)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("accuracy 0.1421, within 0.05 of digits' chance (1/10), against "
                      "0.9638-0.9805 for the healthy digits runs"),
         verdict=TP),
    Case("h48_keras_spirals6_two_tanh_units_rmsprop", "Keras names: 6-arm spirals (noise 0.1, "
         "900 points) through 2 tanh units, RMSprop at LR 0.01, batch 30, 30 epochs: validation "
         "accuracy 0.2389 (training 0.2333); the loss flattens at 1.757 (quarter means 1.773, "
         "1.759, 1.757, 1.757)",
         script=keras_run(_s("spirals", hidden=(2,), activation="tanh", optim="rmsprop",
                             lr=0.01, epochs=30, batch_size=30, n=900, noise=0.1, k=6)),
         tool="keras", expect=("underfitting",),
         allow=("at_chance", "not_training", "not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot follow six spiral arms: accuracy 0.2389, 0.072 above "
                      "1/6, so at_chance is only allowed; the loss falls 3.3% in all (1.818 -> "
                      "1.758); no healthy spirals run is in the part"),
         verdict=TP),
    Case("h48_tensorboard_unshuffled_cancer_adamw", "TensorBoard tags: breast cancer sorted by "
         "label, never shuffled, AdamW at LR 0.01, 16 units, batch 8, 6 epochs: the position in "
         "the epoch explains 99% of the step loss's within-epoch variance over the second half; "
         "validation accuracy 0.9474 (training 0.9912)",
         script=tensorboard_run(_s("breast_cancer", hidden=(16,), optim="adamw", lr=0.01,
                                   epochs=6, batch_size=8, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss", "overfitting"),
         why_allowed=("the sorted classes throw the step loss about within each epoch (the "
                      "swing 3.5); the validation loss is lowest at epoch 4 and ends 1.9% above "
                      "it; no healthy breast-cancer run is in the part"),
         verdict=TP),
    Case("h48_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.15, Adam at LR 1e-3, batch 14, a corrupt record (x = 1e30) at step 18 makes the "
         "loss Inf",
         script=plain_run(_s("sine", hidden=(22,), optim="adam", lr=1e-3, epochs=3,
                             batch_size=14, n=600, noise=0.15), corrupt_step=18),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step's 0.30, at the corrupt "
                      "record"),
         verdict="failed", expect_step=18),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy48_kombucha_relu_adam_b24",
       _kombucha(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy48_kombucha_elu_adagrad_b28",
       _kombucha(model={"hidden": [30, 15], "activation": "elu"},
                 optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 28})),
    _h("healthy48_kombucha_tanh_rmsprop_b20",
       _kombucha(model={"hidden": [24], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 20})),
    _h("healthy48_kombucha_sigmoid_momentum_b22",
       _kombucha(model={"hidden": [36], "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 22})),
    _h("healthy48_kombucha_relu_sgd_b16",
       _kombucha(model={"hidden": [30, 15]},
                 optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 16})),
    _h("healthy48_kombucha_tanh_adagrad_b26",
       _kombucha(model={"hidden": [40], "activation": "tanh"},
                 optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 26})),
    _h("healthy48_kombucha_elu_rmsprop_b18",
       _kombucha(model={"hidden": [26, 13], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 18})),
    _h("healthy48_kombucha_sigmoid_adamw_b32",
       _kombucha(model={"hidden": [42], "activation": "sigmoid"},
                 optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 32})),
    _h("healthy48_kombucha_leaky_adagrad_b21",
       _kombucha(model={"hidden": [30], "activation": "leaky_relu"},
                 optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 21})),
    _h("healthy48_gq510_elu_adam_b32",
       {"data": GQ510, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy48_gq510_elu_adagrad_b26",
       {"data": GQ510, "model": {"hidden": [140, 70], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy48_gq510_elu_adamw_b32",
       {"data": GQ510, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy48_gq510_elu_adam_b40",
       {"data": GQ510, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 40}}),
    _h("healthy48_gq510_elu_adagrad_b30",
       {"data": GQ510, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy48_gq510_elu_adam_b36",
       {"data": GQ510, "model": {"hidden": [112, 56], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 36}}),
    _h("healthy48_gq510_elu_adamw_b28",
       {"data": GQ510, "model": {"hidden": [120, 60], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy48_fr40_tanh_adamw_b24",
       {"data": FR40, "model": {"hidden": [58], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy48_fr40_tanh_adagrad_b20",
       {"data": FR40, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _h("healthy48_fr40_tanh_adam_b24",
       {"data": FR40, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy48_fr40_sigmoid_adagrad_b24",
       {"data": FR40, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy48_fr40_tanh_adagrad_b22",
       {"data": FR40, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _hs("healthy48_hf_trainer_digits_adam",
        hf_trainer_run(_s("digits", hidden=(60,), optim="adam", lr=2e-3, epochs=15,
                          batch_size=32), logging_steps=2), "transformers"),
    _hs("healthy48_keras_digits_adagrad",
        keras_run(_s("digits", hidden=(36,), optim="adagrad", lr=0.05, epochs=25,
                     batch_size=32)), "keras"),
    _hs("healthy48_lightning_digits_adagrad",
        lightning_run(_s("digits", hidden=(52,), optim="adagrad", lr=0.04, epochs=25,
                         batch_size=32)), "lightning"),
    _hs("healthy48_tensorboard_digits_adagrad",
        tensorboard_run(_s("digits", hidden=(46,), optim="adagrad", lr=0.04, epochs=25,
                           batch_size=32)), "tensorboard"),
    _hs("healthy48_plain_digits_adagrad",
        plain_run(_s("digits", hidden=(54,), optim="adagrad", lr=0.05, epochs=25,
                     batch_size=32)), "pytorch"),
    _hs("healthy48_hf_trainer_iris_adagrad",
        hf_trainer_run(_s("iris", hidden=(16,), optim="adagrad", lr=0.05, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy48_keras_digits_adagrad_b30",
        keras_run(_s("digits", hidden=(40,), optim="adagrad", lr=0.04, epochs=25,
                     batch_size=30)), "keras"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
