"""The forty-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout45`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout45` in its combination of data set (new here: a
10x10 image set of a teapot (a knob on a round body with a spout and a flat base in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels;
7-class Gaussian quantiles in 9 dimensions (3600 samples); a 46-feature 4-class set (2400 samples,
12 informative, 4 redundant, class separation 2.4); a 37-feature Friedman-1 regression (2000
samples, noise 0.5); a chocolate tempering machine's state CSV (melting, cooling, working, idle: 4
classes from 7 readings) and a roller rink's daily-skaters regression CSV (skaters, in the
hundreds), besides the script tools' shipped sets with new settings: iris, wine, breast cancer,
digits, 4-arm spirals with noise 0.1 and the sine with noise 0.15), model (MLPs of several widths,
depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW,
RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine,
constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging
Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). Most
fault cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout43`
to :mod:`.heldout45` did (divergence under plain SGD in a ReLU net on unscaled skaters, divergence
under RMSprop at LR 20 in a leaky-ReLU net on the 46-feature set, exploding gradients in a 12-layer
net with N(0, 1) init under RMSprop on the quantiles, units killed by AdamW at LR 4 in the teapot
CNN, a tiny learning rate under Adam on the 46-feature set and under SGD with momentum on the
Friedman regression, vanishing gradients under SGD with momentum in a 20-layer sigmoid net on the
quantiles, saturation under Adagrad in a tanh net with N(0, 5) init on the 46-feature set, a slow
start of the teapot CNN under SGD with momentum 0.5, the unshuffled quantiles under RMSprop, square
error with SGD with momentum on the tempering CSV, a high update ratio from RMSprop at LR 0.3 on the
46-feature set, an overfit 50-row 46-feature set under RMSprop and a 40-row Friedman regression
under AdamW, an underfit 1-unit ELU net under Adam, Lightning's NaN on wine under SGD with momentum
and its 50 rows of digits under RMSprop, Trainer's unshuffled digits under Adagrad and its NaN on
iris under SGD with momentum, Keras' stuck wine under Adam and its 2-unit ReLU 4-arm spirals under
Adagrad, TensorBoard's unshuffled wine under SGD with momentum and its noisy batch-1 breast cancer
under Adagrad, the hand-written loop's corrupt record on the sine under RMSprop and its noisy
batch-1 wine under SGD with momentum), and the cases are spread differently over the tools (fifteen
runner faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written
loop) and the fault classes (four runner runs broken (two divergences, one of them to Inf, exploding
gradients, dead units) and three scripts (Lightning's and Trainer's NaN, the loop's Inf);
``not_training`` expected in four runner runs and one script; ``predictions_collapsed`` in three
runner runs; ``at_chance`` in six runner runs and two scripts; one overfit runner run and one
overfit script, both with a generalisation gap, and one runner run with a gap alone; three runner
regressions), and the healthy runner runs over four data sets (the tempering CSV, the quantiles, the
Friedman regression and the teapot images), and the healthy scripts on digits (Lightning, Trainer,
Keras, TensorBoard and the hand-written loop) and iris (Trainer).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout45`): the state a run ends in is *expected*
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
of the sigmoid MLP with Adam on the Friedman regression) to 0.040 (the first layer of the tanh MLP
with Adagrad at batch 22 on the Friedman regression); the expected ``update_ratio_high`` run reaches
quarter means of 0.36 (its first layer) and 0.40 (its output layer) in its first quarter, 9 to 10
times the healthy extreme (0.031-0.065 after); the expected ``update_ratio_low`` runs sit at 2.1e-9
to 3.8e-9 (Adam at LR 1e-9 on the 46-feature set) and 9.7e-11 to 2.6e-8 (SGD with momentum at LR
1e-10 on the Friedman regression). Dead-ReLU fraction per layer at most 0.33 at any time in the
healthy runs (the dense layer of the teapot CNN with Adam); the expected ``dead_relu`` run reaches
1.0 (the teapot CNN's second conv and dense layers under AdamW at LR 4, with every layer's gradient
0 in the last three quarters). Saturated fraction per layer at most 0.051 in the healthy tanh and
sigmoid runs (the tanh MLP with Adagrad on the tempering CSV); the expected ``saturated_activation``
run holds 0.94 in both layers throughout. The exploding run's gradient norms sit at quarter means of
1.5e6-5.6e6 with its loss near 5e6 from the first step and never NaN (the healthy runs' largest
single norm 126); the vanishing run's first layer at 4e-18 against 0.36 at the output. The sorted
quantiles' step-loss position in the epoch explains 99% of the within-epoch variance over the second
half, TensorBoard's sorted wine 91% and Trainer's sorted digits 100%. The standard deviation of the
step loss's step-to-step change over the second half of a run is at most 0.80 times its mean in the
healthy scripts with a step loss (TensorBoard's digits; the others 0.44-0.77), while the expected
``noisy_loss`` runs swing 9.6 (TensorBoard, batch 1, Adagrad at LR 0.1 on breast cancer) and 8.2
(the loop, batch 1, SGD with momentum 0.9 at LR 0.02 on wine). Healthy runs reach a validation score
close to what the data allow (accuracy 1.0 on the tempering CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.8583-0.8667 on the quantiles, where the baseline is 0.2181;
0.9333 on the teapot images, where the baseline is 0.9233; R2 0.7222-0.7451 on the Friedman
regression, where the baseline is 0.7059; for the scripts 0.9777 (Lightning's digits), 0.9499
(Trainer's digits), 0.9667 (Trainer's iris), 0.9721 (Keras' digits), 0.9833 (TensorBoard's digits)
and 0.9777 (the loop's digits)); their validation loss does not rise at the end (every healthy run's
is lowest at its last epoch or ends at most 0.2% above its minimum: the loop's digits, lowest at
epoch 23 of 25 and 0.171% above it at the end; the tanh MLP with Adam on the Friedman regression
0.123%), no training score ends ~1 with the validation score 0.1 lower (the largest accuracy gap:
0.091, the ELU MLPs with Adam and AdamW at batch 32 on the quantiles, training 0.9537), and they
expect no finding of severity warning or worse.

Healthy candidates dropped: five MLPs on the 46-feature set (validation 0.9146-0.9229, all below the
baseline of 0.9417); on the Friedman regression the ELU MLP with Adam (R2 0.7045, below the baseline
of 0.7059), the ReLU MLP with RMSprop (0.6556), the leaky-ReLU MLP with SGD with momentum (training
0.9887, validation 0.8753, a gap of 0.11) and the tanh MLP with RMSprop at LR 5e-4 (R2 -1.08, far
from fitted); on the quantiles the ELU MLP with RMSprop (0.7583, 0.10 below the others), the
leaky-ReLU MLP with SGD with momentum (training 1.0, validation 0.8181), the ReLU MLP with AdamW
(training 0.9782, validation 0.8167) and the tanh MLP with Adam (0.4125); the teapot CNN for 15
epochs with Adam at LR 1e-3 (0.6167), RMSprop at LR 5e-4 (0.44), AdamW at LR 2e-3 (0.87, below the
baseline of 0.9233) and SGD with momentum at LR 0.03 (0.95, but the validation loss 1.8% above its
minimum at the end), and for 20 epochs with Adam at LR 3e-3 (0.8933), AdamW at LR 4e-3 (0.9267, but
training 0.9944 and the validation loss 0.60% above its minimum) and with SGD with momentum at LR
0.02 for 15 (4.2% above its minimum); the AdamW run at LR 3e-3 for 16 epochs (0.9233, the validation
loss 0.67% above its minimum); Lightning's iris under AdamW (6.1% above its minimum), its breast
cancer under RMSprop (the validation loss falling 6.0% over the last quarter) and under Adagrad
(0.26% above its minimum), Keras' breast cancer under Adam (the validation loss falling 4.3% over
the last quarter), TensorBoard's digits under Adam (12.8%), at batch 24 under Adagrad (4.2%) and its
iris under Adagrad (10.0%), and the loop's digits under Adam (13.7%), its breast cancer under Adam
(4.8%) and its digits under Adagrad at batch 24 (0.23% above its minimum). No healthy run on the
46-feature set, on the roller-rink CSV, on wine, on breast cancer or on spirals is in the part:
their faults are read against the run's own numbers and its baseline. Faults changed: the teapot CNN
under RMSprop at LR 2 left its units half alive (dead fractions 0.5, 0.67 and 0.38, the gradients
not 0) and was run under AdamW at LR 4; the teapot CNN under SGD with momentum 0.3 at LR 0.03 crept
down too evenly (the epoch loss 1.391 -> 1.27 in 14 epochs) and was run with momentum 0.5 at LR
0.05; SGD with momentum at LR 1e-8 on the Friedman regression moved the output layer by 2.4e-6
(within ten times of the healthy smallest) and was run at LR 1e-10; the sorted tempering CSV was
learnt to accuracy 1.0 with the loss near 0, so the fault was moved to the quantiles, where SGD with
momentum in a tanh net first only threw the loss about (epoch means 2.13 to 2.51) before RMSprop in
an ELU net showed the pattern; Trainer's sorted breast cancer under Adagrad repeated its pattern
weakly (66% of the within-epoch variance) and was moved to digits; TensorBoard's batch-1 iris under
Adam (swing 4.2) and the loop's batch-1 wine under SGD with momentum 0.5 (swing 3.6; at momentum 0.9
and LR 0.05 it diverged, quarter means up to 427) were replaced by stronger settings; RMSprop at LR
0.1 on the 46-feature set (first-quarter ratios 0.17 and 0.21) was run at LR 0.3. Labels read from
the metrics: the RMSprop run at LR 20 on the 46-feature set recovers to accuracy 0.7896 with at most
32% of the test predictions in one class, so only ``divergence`` is expected; the roller-rink run's
loss reaches Inf, so ``nan_loss`` is expected beside ``divergence``; the saturated run ends at
0.3146 (0.065 above 1/4), so ``at_chance`` is only allowed; the 1-unit net ends at 0.1611 and the
sorted quantiles at 0.1458 (1/7 is 0.143), so ``at_chance`` is expected there; the 50-row 46-feature
run's validation loss ends 19% above its minimum and Lightning's 50 rows of digits' 14% above it,
both rising, so ``overfitting`` is expected beside the gap; the 40-row Friedman regression's
validation loss flattens (lowest at epoch 14, 1.4% above it at the end), so it expects only
``generalisation_gap``; Lightning's NaN on wine ends at 0.3333, 0.083 below the validation split's
majority share, so ``at_chance`` is only allowed there, while Trainer's NaN on iris ends at iris'
chance 0.3333, so it is expected; Keras' 2-unit spirals end at 0.3688, more than 0.1 above 1/4, and
its loss falls 3.1% in all, so ``not_training`` is allowed.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 30)
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

# a teapot in a 5x5 cell (a knob on a round body with a spout to the right and a flat base),
# turned by 90 degrees at a time for the other three directions
_TEAPOT_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0],
                       [0, 1, 1, 1, 1],
                       [0, 1, 1, 1, 0],
                       [1, 1, 1, 1, 1]], dtype=float)
_TEAPOTS = turned(_TEAPOT_UP)


def teapots(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 teapot glyph at a random place (4 classes: the teapot turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TEAPOTS, n, size, noise, flip, seed)


def _tempering_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A chocolate tempering machine's state (0 melting, 1 cooling, 2 working, 3 idle) from 7
    readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    bowl_c = np.array([48.0, 27.0, 31.5, 22.0])[cls] + rng.normal(0, 1.5, n)
    stir_rpm = np.array([40.0, 60.0, 25.0, 0.0])[cls] + rng.normal(0, 6.0, n)
    heater_w = np.array([800.0, 0.0, 250.0, 0.0])[cls] + rng.normal(0, 50.0, n)
    fan_w = np.array([10.0, 180.0, 40.0, 0.0])[cls] + rng.normal(0, 12.0, n)
    viscosity = np.array([2.0, 9.0, 6.0, 4.0])[cls] + rng.normal(0, 0.8, n)
    load_kg = rng.uniform(1.0, 12.0, n)
    room_c = rng.uniform(16.0, 26.0, n)
    return (["bowl_temp_c", "stir_rpm", "heater_w", "fan_w", "viscosity", "load_kg", "room_temp_c",
             "state"],
            np.column_stack([bowl_c, stir_rpm, heater_w, fan_w, viscosity, load_kg, room_c, cls]))


def _roller_rink_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A roller rink's daily skaters from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    air_c = rng.uniform(-5, 30, n)
    rain_mm = rng.exponential(3.0, n)
    disco_night = rng.integers(0, 2, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    price = rng.uniform(6.0, 14.0, n)
    skaters = (400 - 6.0 * air_c + 12.0 * rain_mm + 220.0 * disco_night + 180.0 * school_holiday
               - 15.0 * price + 160.0 * (weekday >= 5) + rng.normal(0, 40.0, n))
    return (["weekday", "air_temp_c", "rain_mm", "disco_night", "school_holiday", "ticket_price",
             "skaters"],
            np.column_stack([weekday, air_c, rain_mm, disco_night, school_holiday, price,
                             skaters]))


def _tempering(**sections: Any) -> Any:
    return _csv("chocolate_tempering_state", _tempering_csv, "state", "classification", 461,
                **sections)


def _roller(**sections: Any) -> Any:
    return _csv("roller_rink_daily_skaters", _roller_rink_csv, "skaters", "regression", 462,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout46"
TE4 = _factory(f"{HERE}:teapots")
GQ79 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3600, n_features=9,
                n_classes=7, random_state=463)
CL46 = _factory("sklearn.datasets:make_classification", n_samples=2400, n_features=46,
                n_informative=12, n_redundant=4, n_classes=4, class_sep=2.4, random_state=464)
FR37 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=37, noise=0.5,
                random_state=465)
TCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 18}], "hidden": [24]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h46_divergence_roller_sgd_relu", "the roller rink's daily-skaters CSV (targets "
         "unscaled, in the hundreds), 30-unit ReLU MLP, plain SGD at LR 0.02, batch 25: the "
         "logged step loss goes 2.5e5, 1.4e5, 4.5e8, 2.3e16 and then Inf; the run ends "
         "failed",
         _roller(model={"hidden": [30]}, optim={"name": "sgd", "lr": 0.02},
                 train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h46_divergence_cl46_rmsprop_lr20", "40x20 leaky-ReLU MLP on the 46-feature 4-class "
         "set, RMSprop at LR 20, batch 26: the step loss goes from 1.393 to 5.6e9 and ends at "
         "3.5e5 (quarter means 1.6e8, 4.4e6, 3.0e6, 2.1e6); the validation loss 9.7e6, 2.7e6, "
         "4.8e6; accuracy 0.7896 (training 0.8174), at most 32% of the test predictions in one "
         "class",
         {"data": CL46, "model": {"hidden": [40, 20], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "vanishing_gradients",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged",
                "overfitting"),
         why_allowed=(BLOWUP + " (norms up to 9.3e6, first-quarter updates 36 to 55 times the "
                               "weights); up to 45% of the second layer's units dead; accuracy "
                               "0.7896 against the baseline's 0.9417; the validation loss ends "
                               "75% above its minimum at epoch 2 while the training loss falls"),
         verdict="failed"),
    Case("h46_exploding_gq79_12x24_std1_rmsprop", "12x24 ReLU MLP with N(0, 1) init on the "
         "7-class quantiles in 9 dimensions, RMSprop at LR 1e-11: the gradient norms' quarter "
         "means are 1.5e6-5.6e6 (up to 8.3e6); the loss is near 5e6 from the first step and "
         "never NaN (epoch means 5.071e6 each); accuracy 0.1333 with 95% of the test predictions "
         "in one class",
         {"data": GQ79, "model": {"hidden": [24] * 12, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-11},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (6.1e6 at the first step, 4.8e6 at the last), a "
                      "million times above ln 7; the tiny steps barely move the wide weights "
                      "(update ratios at most 5.9e-12); up to 21% of the last layer's units "
                      "dead; accuracy 0.1333 (chance 1/7) against the healthy 0.8583-0.8667"),
         verdict="failed"),
    Case("h46_dead_relu_teapot_cnn_adamw_lr4", "the teapot CNN (12, 18 channels, 24 hidden), "
         "AdamW at LR 4, batch 28: the step loss reaches 2.1e6 (1.412 at the first), then every "
         "unit of the second conv layer and of the dense layer is dead and every layer's "
         "gradient 0 in the last three quarters; the epoch loss 1.06e5, 1.725, 1.557; accuracy "
         "0.2567 with every test prediction in one class",
         {"data": TE4, "model": TCNN, "optim": {"name": "adamw", "lr": 4.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 5.9e5, first-quarter updates 1.1 to 3.0 times the "
                               "weights); afterwards the gradients are 0 and AdamW's leftover "
                               "momentum dies away; the final step loss 1.464 sits above its "
                               "start 1.412; accuracy 0.2567 against the run's baseline of "
                               "0.9233"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h46_adam_lr1e9_cl46", "the 46-feature 4-class set, 50x25 tanh MLP, Adam at LR 1e-9, 4 "
         "epochs: the epoch loss stays at 1.403, update ratios' quarter means 2.1e-9 to 3.8e-9; "
         "accuracy 0.2062",
         {"data": CL46, "model": {"hidden": [50, 25], "activation": "tanh"},
          "optim": {"lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.2062 (chance 1/4) against the baseline's 0.9417; 45% of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h46_momentum_lr1e10_fr37", "the 37-feature Friedman regression, 40x20 ELU MLP, SGD "
         "with momentum 0.9 at LR 1e-10: the epoch loss stays at 230.5 (R2 -8.9), update ratios' "
         "quarter means 9.7e-11 to 2.6e-8",
         {"data": FR37, "model": {"hidden": [40, 20], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -9.375 against the baseline's 0.7059 and the healthy 0.7222-0.7451"),
         verdict=TP),
    Case("h46_vanishing_sigmoid_gq79_20x16_momentum", "20x16 sigmoid MLP on the quantiles, SGD "
         "with momentum 0.9 at LR 0.01, 4 epochs: the first layer's gradient norm stays near "
         "4e-18 against 0.36 at the output; the epoch loss 1.959 -> 1.95; accuracy 0.1431 with "
         "every test prediction in one class",
         {"data": GQ79, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first ten layers do not move at all (update ratio 0), a side effect "
                      "of the vanishing gradients; accuracy 0.1431 (chance 1/7) against the "
                      "healthy 0.8583-0.8667"),
         verdict=TP),
    Case("h46_saturated_tanh_cl46_std5_adagrad", "2x36 tanh MLP with N(0, 5) init on the "
         "46-feature set, Adagrad at LR 1e-4: 94% of both layers' units saturated throughout; "
         "the epoch loss 26.73 -> 26.68 (0.2%); accuracy 0.3146",
         {"data": CL46, "model": {"hidden": [36, 36], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training"),
         allow=("at_chance", "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("updates 1.4e-6 to 5.4e-6 (quarter means), below the healthy smallest "
                      "(1.7e-5); the loss sits far above ln 4 from the start (single steps 29 to "
                      "39); accuracy 0.3146, 0.065 above chance (1/4), so at_chance is only "
                      "allowed; at most 28% of the test predictions in one class"),
         verdict=TP),
    Case("h46_slow_start_teapot_cnn_sgd", "the teapot CNN, SGD with momentum 0.5 at LR 0.05, 14 "
         "epochs: the epoch loss lingers near ln 4 (1.389, 1.377, 1.366, 1.348, 1.33, 1.301 over "
         "the first six) and then falls ever faster (0.8495, 0.5981, 0.4775, 0.3288, 0.2333 over "
         "the last five); validation accuracy 0.9367",
         {"data": TE4, "model": TCNN, "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.5},
          "train": {"epochs": 14, "batch_size": 30}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=("stopped while still falling (the validation loss 0.6016, 0.272, 0.2197 "
                      "over the last three epochs); accuracy 0.9367 against the run's baseline "
                      "of 0.9233"),
         verdict=TP),
    Case("h46_unshuffled_gq79_rmsprop_elu", "the quantiles sorted by label, never shuffled, "
         "96x48 ELU MLP, RMSprop at LR 1e-3, batch 32, 8 epochs: the position in the epoch "
         "explains 68% of the step loss's within-epoch variance over the run and 99% over the "
         "second half; validation accuracy 0.1458, the test predictions drawn towards the later "
         "classes",
         {"data": {**GQ79, "order": "by_label", "shuffle": False},
          "model": {"hidden": [96, 48], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 32}},
         expect=("unshuffled_data", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.1458 (chance 1/7) against the healthy "
                               "0.8583-0.8667; the epoch loss still falls (1.658, 1.607, 1.552 "
                               "over the last three); at most 54% of the test predictions in one "
                               "class"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h46_overfit_cl46_subset50_rmsprop", "50 rows of the 46-feature set, MLP of 256 and 128 "
         "units, RMSprop at LR 5e-4, 60 epochs, batch 10: training accuracy 1.0, validation "
         "0.7708; the validation loss rises from its minimum at epoch 10 (quarter means 0.696, "
         "0.655, 0.693, 0.726) to 0.7401, 19% above it, while the training loss falls to 7.8e-4",
         {"data": {**CL46, "subset": 50}, "model": {"hidden": [256, 128]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 60, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("50 rows teach less: accuracy 0.7708 against the baseline's 0.9417 with "
                      "every row (0.7562 on the 50 rows)"),
         verdict=GP),
    Case("h46_gap_fr37_subset40_adamw", "40 rows of the 37-feature Friedman regression, MLP of "
         "180 and 90 units, AdamW at LR 1e-3, 150 epochs, batch 8: training R2 1.0 (the loss "
         "1.8e-12), validation R2 0.2514; the validation loss flattens at 17.2",
         {"data": {**FR37, "subset": 40}, "model": {"hidden": [180, 90]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 150, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("40 rows teach less: R2 0.2514 against the healthy 0.7222-0.7451 (the "
                      "run's baseline 0.3462); the validation loss is lowest at epoch 14 and "
                      "ends 1.4% above it, flat over the last three quarters, so overfitting is "
                      "only allowed; with the training loss at ~0 the gradients (1e-5) and "
                      "updates (down to 3e-9) die away; up to 52% of the second layer's units "
                      "dead"),
         verdict=GP),
    Case("h46_underfit_gq79_one_elu_unit_adam", "the quantiles through 1 ELU unit, Adam at LR "
         "3e-3, 15 epochs: validation accuracy 0.1611 (training 0.169); the epoch loss flattens "
         "at 1.933 (1.934, 1.933, 1.933 over the last three epochs)",
         {"data": GQ79, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"lr": 3e-3}, "train": {"epochs": 15, "batch_size": 30}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training", "predictions_collapsed"),
         why_allowed=("one unit cannot part seven classes lying in shells: accuracy 0.1611 "
                      "(chance 1/7) against the healthy 0.8583-0.8667; the loss falls 6.5% in "
                      "all (2.067 -> 1.933); 62% of the test predictions in one class"),
         verdict=TP),
    Case("h46_mse_softmax_tempering_momentum", "the chocolate-tempering CSV trained with square "
         "error on the softmax, SGD with momentum 0.9 at LR 0.05, 40x20 ReLU MLP, 10 epochs: the "
         "loss falls 0.174 -> 0.001; accuracy 1.0",
         _tempering(model={"hidden": [40, 20]},
                    optim={"name": "sgd", "lr": 0.05, "momentum": 0.9},
                    train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start"),
         why_allowed=("the loss still falls ~20% an epoch at the end (0.001245, 0.001; the "
                      "validation loss 0.001146, 0.0009265); accuracy 1.0 like the healthy runs"),
         verdict=TP),
    Case("h46_update_ratio_high_cl46_rmsprop_lr03", "RMSprop at LR 0.3 on the 46-feature "
         "set, 44 ReLU units, batch 30, 10 epochs: the update ratios' quarter means reach 0.36 "
         "(the first layer) and 0.40 (the output layer) in the first quarter, 0.031-0.065 after "
         "(the healthy runs' largest 0.040); the loss jumps about (single steps up to 1181; "
         "the epoch loss 107.3, 15.43, then 5.6 to 11.5); validation accuracy 0.9375",
         {"data": CL46, "model": {"hidden": [44]}, "optim": {"name": "rmsprop", "lr": 0.3},
          "train": {"epochs": 10, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "dead_relu"),
         why_allowed=("the big steps throw the loss about, far above its first step's 1.274 "
                      "(the validation loss 29.3 to 52.2, lowest at epoch 4); accuracy 0.9375 "
                      "against the baseline's 0.9417 (training 0.9938)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h46_lightning_wine_momentum_lr60_nan", "Lightning: wine, SGD with momentum 0.9 at LR "
         "60, 18 units, batch 12, 4 epochs: the step loss goes from 1.183 to 8.2e33, is Inf at "
         "the 13th step and NaN from the 14th; validation accuracy 0.3333",
         script=lightning_run(_s("wine", hidden=(18,), optim="sgd", lr=60.0, epochs=4,
                                 batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333 is 0.083 below the validation split's majority "
                               "share (0.4167), so at_chance is allowed, not expected"),
         verdict="failed"),
    Case("h46_lightning_gap_digits_subset50_rmsprop", "Lightning: 50 rows of digits, 180 units, "
         "RMSprop at LR 1e-3, 100 epochs, batch 5: training accuracy 1.0 (the loss 4e-5), "
         "validation 0.7688; the validation loss is lowest at 0.725 (epoch 29) and ends 14% "
         "above it at 0.8291 (quarter means 0.820, 0.732, 0.762, 0.806)",
         script=lightning_run(_s("digits", hidden=(180,), optim="rmsprop", lr=1e-3,
                                 epochs=100, batch_size=5, subset=50)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("50 rows of ten digits teach less: accuracy 0.7688 against 0.9499-0.9833 "
                      "for the healthy digits runs"),
         verdict=GP),
    Case("h46_hf_trainer_iris_momentum_lr90_nan", "Hugging Face Trainer names: iris, SGD with "
         "momentum 0.9 at LR 90 (decaying linearly), 20 units, batch 8, 4 epochs, logging every "
         "2 steps: the logged loss goes from 128 to 4.5e32 and is NaN from the seventh log; the "
         "evaluation loss 4.3e36, then NaN; accuracy 0.3333 every epoch",
         script=hf_trainer_run(_s("iris", hidden=(20,), optim="sgd", lr=90.0,
                                  epochs=4, batch_size=8, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + " (the logged gradient norm reaches 1.7e16); accuracy 0.3333 is "
                               "iris' chance (1/3)"),
         verdict="failed"),
    Case("h46_hf_trainer_unshuffled_digits_adagrad", "Hugging Face Trainer names: digits sorted "
         "by label, never shuffled, Adagrad at LR 0.02 (decaying linearly), 32 units, batch 30, "
         "4 epochs, logging every 2 steps: the position in the epoch explains 92% of the logged "
         "loss's within-epoch variance (100% over the second half); evaluation accuracy 0.7799",
         script=hf_trainer_run(_s("digits", hidden=(32,), optim="adagrad", lr=0.02,
                                  epochs=4, batch_size=30, shuffle=False, by_label=True),
                               logging_steps=2),
         tool="transformers", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.7799 against 0.9499-0.9833 for the healthy digits "
                               "runs; the evaluation loss still falls (1.5, 1.186, 1.058, 1.03)"),
         verdict=TP),
    Case("h46_tensorboard_cancer_b1_adagrad_noisy", "TensorBoard tags: breast cancer, batch 1, "
         "Adagrad at LR 0.1, 20 units, 3 epochs: the step loss swings 9.6 times its mean step to "
         "step over the second half (12x the healthy scripts' largest, 0.80), single samples up "
         "to 9.2; validation accuracy 0.9561",
         script=tensorboard_run(_s("breast_cancer", hidden=(20,), optim="adagrad", lr=0.1,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means 0.151, "
                      "0.039, 0.083, 0.041; the validation loss 0.102, 0.156, 0.099)"),
         verdict=TP),
    Case("h46_plain_wine_b1_momentum09_noisy", "hand-written loop: wine, batch 1, SGD with "
         "momentum 0.9 at LR 0.02, 20 units, 3 epochs: the step loss swings 8.2 times its mean "
         "step to step over the second half (10x the healthy scripts' largest, 0.80), single "
         "samples up to 3.4; validation accuracy 0.9722",
         script=plain_run(_s("wine", hidden=(20,), optim="sgd", lr=0.02, epochs=3,
                             batch_size=1, optim_args={"momentum": 0.9})),
         tool="pytorch", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means 0.411, "
                      "0.039, 0.106, 0.0045; the validation loss 0.169, 0.153, 0.047); no "
                      "healthy wine run is in the part"),
         verdict=TP),
    Case("h46_keras_wine_adam_lr1e9_stuck", "Keras names: wine, Adam at LR 1e-9, 22 units, batch "
         "12, 6 epochs: the loss stays at 1.002 and the validation loss at 1.031 every epoch; "
         "accuracy 0.4167 (training 0.5)",
         script=keras_run(_s("wine", hidden=(22,), optim="adam", lr=1e-9, epochs=6,
                             batch_size=12)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("accuracy 0.4167 is the validation split's majority share (wine's chance); "
                      "no healthy wine run is in the part"),
         verdict=TP),
    Case("h46_keras_spirals4_two_relu_units_adagrad", "Keras names: 4-arm spirals (noise 0.1, "
         "800 points) through 2 ReLU units, Adagrad at LR 0.05, batch 24, 30 epochs: validation "
         "accuracy 0.3688 (training 0.3542); the loss flattens at 1.349 (quarter means 1.369, "
         "1.354, 1.351, 1.349)",
         script=keras_run(_s("spirals", hidden=(2,), optim="adagrad", lr=0.05,
                             epochs=30, batch_size=24, n=800, noise=0.1, k=4)),
         tool="keras", expect=("underfitting",),
         allow=("not_training", "not_converged", "slow_start", "noisy_loss"),
         why_allowed=("two units cannot follow four spiral arms: accuracy 0.3688, 0.12 above "
                      "1/4, so at_chance is not even allowed; the loss falls 3.1% in all (1.392 "
                      "-> 1.349); no healthy spirals run is in the part"),
         verdict=TP),
    Case("h46_tensorboard_unshuffled_wine_momentum", "TensorBoard tags: wine sorted by label, "
         "never shuffled, SGD with momentum 0.9 at LR 0.01, 18 units, batch 6, 6 epochs: the "
         "position in the epoch explains 47% of the step loss's within-epoch variance (91% over "
         "the second half); validation accuracy 0.9722, the validation loss 0.798 -> 0.0667",
         script=tensorboard_run(_s("wine", hidden=(18,), optim="sgd", lr=0.01, epochs=6,
                                   batch_size=6, shuffle=False, by_label=True,
                                   optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=("the validation loss still falls (0.1532, 0.0988, 0.079, 0.0667 over the "
                      "last four epochs); no healthy wine run is in the part"),
         verdict=TP),
    Case("h46_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with noise "
         "0.15, RMSprop at LR 1e-3, batch 12, a corrupt record (x = 1e30) at step 12 makes the "
         "loss Inf",
         script=plain_run(_s("sine", hidden=(24,), optim="rmsprop", lr=1e-3, epochs=3,
                             batch_size=12, n=600, noise=0.15), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step's 0.51, at the corrupt record"),
         verdict="failed", expect_step=12),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy46_tempering_relu_adam_b24",
       _tempering(model={"hidden": [30]}, optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 24})),
    _h("healthy46_tempering_elu_adagrad_b28",
       _tempering(model={"hidden": [28, 14], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 28})),
    _h("healthy46_tempering_tanh_rmsprop_b20",
       _tempering(model={"hidden": [26], "activation": "tanh"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 20})),
    _h("healthy46_tempering_leaky_adamw_b30",
       _tempering(model={"hidden": [36], "activation": "leaky_relu"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy46_tempering_sigmoid_momentum_b22",
       _tempering(model={"hidden": [34], "activation": "sigmoid"},
                  optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 22})),
    _h("healthy46_tempering_relu_sgd_b16",
       _tempering(model={"hidden": [32, 16]},
                  optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 16})),
    _h("healthy46_tempering_elu_adam_b34",
       _tempering(model={"hidden": [22], "activation": "elu"},
                  optim={"lr": 3e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy46_tempering_tanh_adagrad_b26",
       _tempering(model={"hidden": [38], "activation": "tanh"},
                  optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 26})),
    _h("healthy46_gq79_elu_adam_b32",
       {"data": GQ79, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy46_gq79_elu_adagrad_b26",
       {"data": GQ79, "model": {"hidden": [140, 70], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy46_fr37_tanh_adamw_b24",
       {"data": FR37, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy46_fr37_tanh_adagrad_b20",
       {"data": FR37, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 20}}),
    _h("healthy46_fr37_sigmoid_adam_b30",
       {"data": FR37, "model": {"hidden": [64], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy46_gq79_elu_adamw_b32",
       {"data": GQ79, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy46_gq79_elu_adam_b40",
       {"data": GQ79, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 40}}),
    _h("healthy46_gq79_elu_adagrad_b30",
       {"data": GQ79, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy46_fr37_tanh_adam_b24",
       {"data": FR37, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy46_fr37_sigmoid_adagrad_b24",
       {"data": FR37, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy46_tempering_elu_rmsprop_b18",
       _tempering(model={"hidden": [24, 12], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 18})),
    _h("healthy46_tempering_sigmoid_adamw_b32",
       _tempering(model={"hidden": [40], "activation": "sigmoid"},
                  optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy46_tempering_leaky_adagrad_b21",
       _tempering(model={"hidden": [28], "activation": "leaky_relu"},
                  optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 21})),
    _h("healthy46_gq79_elu_adam_b36",
       {"data": GQ79, "model": {"hidden": [112, 56], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 36}}),
    _h("healthy46_fr37_tanh_adagrad_b22",
       {"data": FR37, "model": {"hidden": [48], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy46_teapot_cnn_adam_b24",
       {"data": TE4, "model": TCNN, "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 24}}),
    _hs("healthy46_hf_trainer_digits_adam",
        hf_trainer_run(_s("digits", hidden=(48,), optim="adam", lr=2e-3, epochs=15,
                          batch_size=32), logging_steps=2), "transformers"),
    _hs("healthy46_hf_trainer_iris_adagrad",
        hf_trainer_run(_s("iris", hidden=(12,), optim="adagrad", lr=0.05, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy46_keras_digits_adagrad",
        keras_run(_s("digits", hidden=(44,), optim="adagrad", lr=0.04, epochs=25,
                     batch_size=32)), "keras"),
    _hs("healthy46_lightning_digits_adagrad",
        lightning_run(_s("digits", hidden=(44,), optim="adagrad", lr=0.05, epochs=25,
                         batch_size=32)), "lightning"),
    _hs("healthy46_tensorboard_digits_adagrad",
        tensorboard_run(_s("digits", hidden=(38,), optim="adagrad", lr=0.05, epochs=25,
                           batch_size=32)), "tensorboard"),
    _hs("healthy46_plain_digits_adagrad",
        plain_run(_s("digits", hidden=(46,), optim="adagrad", lr=0.04, epochs=25,
                     batch_size=32)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
