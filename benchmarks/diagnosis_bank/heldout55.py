"""The fifty-fifth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout54`, after :mod:`.heldout52`'s and :mod:`.heldout53`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout53` in its combination of data set (new here: a 10x10 image set of a trowel (a handle
above a pointed blade in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images
with noise 0.3 and 2% random labels; 5-class Gaussian quantiles in 14 dimensions (4000 samples); a
55-feature 4-class set (2600 samples, 16 informative, 6 redundant, class separation 2.0); a
47-feature Friedman-1 regression (2000 samples, noise 0.7); a quarry rock crusher's state CSV
(loading, crushing, jammed, idle: 4 classes from 7 readings) and a public observatory's
daily-stargazers regression CSV (stargazers, in the hundreds), besides the script tools' shipped
sets with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs
of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser
(Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule
(cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). Most fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout51` to :mod:`.heldout53` did (divergence to Inf under SGD with momentum 0.95
in a ReLU net on the unscaled stargazers, divergence under RMSprop at LR 50 in a leaky-ReLU net on
the quantiles, exploding gradients in a 12-layer net with N(0, 1) init under Adagrad on the
55-feature set, units killed by Adam at LR 3 in the trowel CNN, a tiny learning rate under RMSprop
on the quantiles and under AdamW on the Friedman regression, vanishing gradients under SGD with
momentum in a 20-layer sigmoid net on the quantiles, saturation under Adagrad in a tanh net with
N(0, 5) init on the 55-feature set, a slow start of the trowel CNN under plain SGD, the unshuffled
55-feature set under RMSprop in a ReLU net, square error with RMSprop on the crusher CSV, a high
update ratio from AdamW at LR 2 on the quantiles, an overfit 90-row 55-feature set under AdamW and a
60-row Friedman regression under Adam, an underfit 1-unit tanh net under RMSprop, Lightning's NaN on
wine under SGD with momentum and its 45 rows of digits under Adam, Trainer's NaN on breast cancer
under plain SGD and its stuck wine under RMSprop, Keras' NaN on iris under plain SGD and its 2-unit
tanh digits under Adam, TensorBoard's noisy batch-1 wine under RMSprop and its unshuffled wine under
RMSprop, the hand-written loop's corrupt record on the sine under RMSprop and its 30 rows of digits
under AdamW), and the cases are spread differently over the tools (fifteen runner faults; two faults
for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes
(five runner runs broken (two divergences, one to Inf and one that never turns NaN, exploding
gradients, dead units that end a blow-up, a high update ratio that ends diverged) and four scripts
(Lightning's, Trainer's and Keras' NaN, the loop's Inf); ``not_training`` expected in six runner
runs and one script; ``predictions_collapsed`` in four runner runs; ``at_chance`` in seven runner
runs and one script; one overfit runner run and one overfit script, both with a generalisation gap,
and one runner run and one script with a gap alone; three runner regressions among the faults), and
the healthy runner runs over four data sets (the crusher CSV, the quantiles, the Friedman regression
and the 55-feature set), and the healthy scripts on digits and wine (Trainer), breast cancer
(Lightning), iris (Keras, the hand-written loop) and wine (TensorBoard).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every run
was trained once with its final setting (the time allowed no second store).

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

The healthy runner cases measured: update ratio per layer (quarter means) 1.3e-5 (the output layer
of the tanh MLP with Adam on the Friedman regression) to 0.028 (the tanh MLP with Adagrad on the
55-feature set); the expected ``update_ratio_high`` run reaches quarter means of 0.13 (its first
layer) and 0.22 (its output layer) in its first quarter, 4.5 and 7.8 times the healthy extreme, with
single steps at 27; the expected ``update_ratio_low`` runs sit at 9.8e-11 to 1.1e-9 (RMSprop at LR
1e-10 on the quantiles) and 0 to 1.5e-10 (AdamW at LR 1e-10 on the Friedman regression). Dead-unit
fraction per layer at most 0.040 at any time in the healthy runs (the ELU MLP with Adagrad at batch
22 on the quantiles; 0 in every healthy ReLU and leaky-ReLU run); the expected ``dead_relu`` run
holds 0.83 (the trowel CNN's second conv layer) and 0.75 (its dense layer) under Adam at LR 3, with
every layer's gradient 0 at the end. Saturated fraction per layer at most 0.064 in the healthy tanh
and sigmoid runs (the tanh MLP with Adagrad on the crusher CSV); the expected
``saturated_activation`` run holds 0.95 and 0.94 in its two layers throughout. The exploding run's
gradient norms sit at 2.6e6-4.7e7 with its loss near 1.7e7 from the first step and never NaN (the
healthy runs' largest single norm 129); the vanishing run's first layer at 2e-18 to 9e-18 against
0.05-0.93 at the output. The step-loss position in the epoch explains 96% of the within-epoch
variance over the second half in the sorted 55-feature set and in TensorBoard's sorted wine (the
healthy runs at most 19%). The standard deviation of the step loss's step-to-step change over the
second half of a run is at most 1.21 times its mean in the healthy scripts with a step loss
(TensorBoard's wine; the others 0.35-0.98), while the expected ``noisy_loss`` run swings 7.5
(TensorBoard, batch 1, RMSprop at LR 0.01 on wine). Healthy runs reach a validation score close to
what the data allow (accuracy 0.9967-1.0 on the crusher CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.8738-0.88 on the quantiles, where the baseline is 0.2437;
0.8981-0.9385 on the 55-feature set, where the baseline is 0.9058; R2 0.7363-0.7421 on the Friedman
regression, where the baseline is 0.7324; for the scripts 0.9304 (Trainer's digits), 0.9722
(Trainer's wine), 0.9298 (Lightning's breast cancer), 0.9667 (Keras' and the loop's iris) and 1.0
(TensorBoard's wine)); their validation loss does not rise at the end (every healthy run's is lowest
at its last epoch or ends at most 0.20% above its minimum: the tanh MLP with Adam on the Friedman
regression, lowest at epoch 24 of 30; the leaky-ReLU MLP with SGD with momentum on the 55-feature
set, epoch 10 of 15, 0.18%; the tanh MLP with Adagrad there, epoch 8, 0.13%), the training loss has
flattened (the epoch loss falls at most 3.6% over the last epoch: Lightning's breast cancer; the
runner runs at most 1.4%), no training score ends ~1 with the validation score 0.1 lower (the
largest accuracy gap: 0.0975, the ELU MLP with Adagrad at batch 22 on the quantiles, training
0.9775), and they expect no finding of severity warning or worse.

Healthy candidates dropped: the trowel CNN under Adam (validation 0.7533 against the baseline's
0.8067, 43% of its dense layer's units dead); Trainer's iris under Adam (0.9 against the other
iris runs' 0.9667, the logged loss still falling 28% over the last epoch); the loop's wine under
Adam (the step loss's epoch mean still falling 6.6% over the last epoch); TensorBoard's iris under
Adam (the validation loss 1.1% above its minimum at the end), its breast cancer under Adagrad
(lowest at epoch 11 of 30, 5.9% above it at the end), its iris under RMSprop (0.9, training
0.933), its breast cancer under Adam (0.8947 against Lightning's 0.9298), its wine under AdamW with
25 units for 35 epochs and with 26 units for 50 epochs (the epoch mean still falling 4.7% and 4.8%)
and its iris under Adagrad (the validation loss 1.8% above its minimum at the end). No healthy run
on the trowel images, on the observatory CSV, on the sine or in a script on the runner's data is in
the part: their faults are read against the run's own numbers and its baseline. Faults changed:
TensorBoard's noisy batch-1 wine was first written with :mod:`.heldout51`'s setting (24 units,
AdamW at LR 0.03, batch 1, 3 epochs) and was run with 23 units and RMSprop at LR 0.01; RMSprop at LR
50 on the quantiles, planned as a NaN divergence, blew up to 1.5e11 in its first epoch and ended at
1.3e8 without a NaN, so ``nan_loss`` is only allowed there. Labels read from the metrics: the
exploding run ends at 0.25 with 99% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``exploding_gradients``; the trowel CNN under Adam at
LR 3 blows up to a loss of 1.2e6 in its first epoch and ends with its epoch loss at 1.536 (first
step 1.375), accuracy 0.2633 and every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the vanishing run
ends at 0.2 with every test prediction in one class, so ``at_chance`` and ``predictions_collapsed``
are expected there, while the saturated run (0.2731, 1/4 is 0.25) spreads them (at most 27% in one
class) and RMSprop at LR 1e-10 on the quantiles (0.1888, 1/5 is 0.2) puts 38% in one class, so there
``predictions_collapsed`` is only allowed; the high update ratio run (AdamW at LR 2) ends with its
epoch loss at 44 (first step 1.569), accuracy 0.2087 and 95% of the test predictions in one class,
so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside
``update_ratio_high`` and its verdict is failed; the one-unit tanh net on the quantiles ends at
0.185 with its epoch loss 1.654 to 1.604 (3% in all), so ``at_chance`` and ``not_training`` are
expected beside ``underfitting``; the SGD slow start of the trowel CNN (the epoch loss 1.382, 1.362,
1.339, 1.311, then ever faster to 0.429) still falls 22% over its last epoch, so ``not_converged``
is expected beside ``slow_start``; the sorted 55-feature set (the epoch loss 0.405, 0.343 over the
last two epochs, 15%) and TensorBoard's sorted wine (21% over the last epoch) stop while their loss
still clearly falls, so ``not_converged`` is expected beside ``unshuffled_data``; the square-error
crusher run's epoch loss still falls 16% over its last epoch, so ``not_converged`` is expected
beside ``loss_mismatch``; the 90 rows of the 55-feature set end at validation 0.7865 (training 1.0)
with the validation loss lowest at epoch 7 (0.538) and 0.707 at the end, so ``overfitting`` is
expected beside ``generalisation_gap``; the loop's 30 rows of digits end at validation 0.6602 with
the validation loss lowest at epoch 20 (1.374) and 6.5% above it at the end, so ``overfitting`` is
expected there too; Lightning's 45 rows of digits (validation 0.7744, training 1.0, the loss lowest
at epoch 41 and 2.1% above it at the end) and the 60-row Friedman regression (R2 0.4206, training
1.0, the validation loss lowest at epoch 96 of 150 and 0.002% above it at the end) expect only
``generalisation_gap``; Keras' NaN on iris ends at 0.3333 (1/3), so ``at_chance`` is expected
there, while every epoch's loss is NaN, so ``divergence`` is only allowed; Trainer's stuck wine
(RMSprop at LR 1e-10) ends at 0.4722, 0.073 above wine's majority share, so ``at_chance`` is only
allowed; Lightning's NaN on wine ends at 0.3333, 0.066 below wine's majority share, and Trainer's
NaN on breast cancer at 0.3684 (the minority class's share), so there ``at_chance`` is only allowed.


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

# a trowel in a 5x5 cell (a handle above a pointed blade), turned by 90 degrees at a time for
# the other three directions
_TROWEL_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [0, 1, 1, 1, 0],
                       [1, 1, 1, 1, 1],
                       [0, 1, 1, 1, 0]], dtype=float)
_TROWELS = turned(_TROWEL_UP)


def trowels(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 trowel glyph at a random place (4 classes: the trowel turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TROWELS, n, size, noise, flip, seed)


def _crusher_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A quarry rock crusher's state (0 loading, 1 crushing, 2 jammed, 3 idle) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    motor_a = np.array([40.0, 160.0, 230.0, 8.0])[cls] + rng.normal(0, 12.0, n)
    vibration = np.array([2.0, 6.0, 1.0, 0.3])[cls] + rng.normal(0, 0.6, n)
    feed_tph = np.array([60.0, 180.0, 10.0, 0.0])[cls] + rng.normal(0, 15.0, n)
    jaw_gap_mm = np.array([120.0, 90.0, 60.0, 120.0])[cls] + rng.normal(0, 8.0, n)
    bearing_c = np.array([35.0, 55.0, 70.0, 25.0])[cls] + rng.normal(0, 4.0, n)
    rock_hardness = rng.uniform(2.0, 7.0, n)
    dust_mg = rng.uniform(0.1, 5.0, n)
    return (["motor_amps", "vibration_mm_s", "feed_tph", "jaw_gap_mm", "bearing_temp_c",
             "rock_hardness", "dust_mg_m3", "state"],
            np.column_stack([motor_a, vibration, feed_tph, jaw_gap_mm, bearing_c,
                             rock_hardness, dust_mg, cls]))


def _observatory_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A public observatory's daily stargazers from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    cloud = rng.uniform(0, 1, n)
    moon = rng.uniform(0, 1, n)
    temp_c = rng.uniform(-10, 28, n)
    holiday = rng.integers(0, 2, n).astype(float)
    event = rng.integers(0, 2, n).astype(float)
    stargazers = (220 - 160.0 * cloud - 60.0 * moon + 4.0 * temp_c + 120.0 * holiday
                  + 200.0 * event + 90.0 * (weekday >= 5) + rng.normal(0, 25.0, n))
    return (["weekday", "cloud_cover", "moon_phase", "temp_c", "holiday", "meteor_event",
             "stargazers"],
            np.column_stack([weekday, cloud, moon, temp_c, holiday, event, stargazers]))


def _crusher(**sections: Any) -> Any:
    return _csv("quarry_crusher_state", _crusher_csv, "state", "classification", 551,
                **sections)


def _observatory(**sections: Any) -> Any:
    return _csv("observatory_daily_stargazers", _observatory_csv, "stargazers", "regression",
                552, **sections)


HERE = "benchmarks.diagnosis_bank.heldout55"
TW4 = _factory(f"{HERE}:trowels")
GQ145 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4000, n_features=14,
                 n_classes=5, random_state=553)
CL55 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=55,
                n_informative=16, n_redundant=6, n_classes=4, class_sep=2.0, random_state=554)
FR47 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=47, noise=0.7,
                random_state=555)
TCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h55_divergence_observatory_momentum_relu", "the observatory daily-stargazers CSV "
         "(targets unscaled, in the hundreds), 24-unit ReLU MLP, SGD with momentum 0.95 at LR "
         "0.5, batch 18",
         _observatory(model={"hidden": [24]},
                      optim={"name": "sgd", "lr": 0.5, "momentum": 0.95},
                      train={"epochs": 3, "batch_size": 18}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h55_divergence_gq145_rmsprop_lr50_leaky", "70x35 leaky-ReLU MLP on the 5-class "
         "quantiles in 14 dimensions, RMSprop at LR 50, batch 28",
         {"data": GQ145, "model": {"hidden": [70, 35], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_training",
                "vanishing_gradients", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "overfitting", "at_chance", "predictions_collapsed",
                "nan_loss"),
         why_allowed=(BLOWUP + "; the loss peaks at 1.5e11 and ends at 1.3e8 but never turns "
                               "NaN; up to 49% of the second layer's units dead; accuracy "
                               "0.2637, 0.064 above 1/5; 69% of the test predictions in one "
                               "class"),
         verdict="failed"),
    Case("h55_exploding_cl55_12x20_std1_adagrad", "12x20 ReLU MLP with N(0, 1) init on the "
         "55-feature set, Adagrad at LR 1e-13",
         {"data": CL55, "model": {"hidden": [20] * 12, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.748e7 at every epoch), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights (update ratios 0 as logged); up to 35% of a layer's units dead"),
         verdict="failed"),
    Case("h55_dead_relu_trowel_cnn_adam_lr3", "the trowel CNN (10, 18 channels, 28 hidden), "
         "Adam at LR 3, batch 22",
         {"data": TW4, "model": TCNN, "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards the gradients of every layer are 0 and the loss sits "
                               "near 1.36"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h55_rmsprop_lr1e10_gq145", "the 5-class quantiles, 64x32 tanh MLP, RMSprop at LR "
         "1e-10, 4 epochs",
         {"data": GQ145, "model": {"hidden": [64, 32], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1888 against the healthy quantile runs' 0.87-0.88; at most "
                      "38% of the test predictions in one class"),
         verdict=TP),
    Case("h55_adamw_lr1e10_fr47", "the 47-feature Friedman regression, 48x24 ELU MLP, AdamW "
         "at LR 1e-10",
         {"data": FR47, "model": {"hidden": [48, 24], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -7.90, far below the baseline (0.7324) and the healthy runs"),
         verdict=TP),
    Case("h55_vanishing_sigmoid_gq145_20x12_momentum", "20x12 sigmoid MLP on the 5-class "
         "quantiles, SGD with momentum 0.9 at LR 0.01, 4 epochs",
         {"data": GQ145, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients"),
         verdict=TP),
    Case("h55_saturated_tanh_cl55_std5_adagrad", "2x42 tanh MLP with N(0, 5) init on the "
         "55-feature set, Adagrad at LR 1e-6",
         {"data": CL55, "model": {"hidden": [42, 42], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss 28.11 "
                      "at every epoch); at most 27% of the test predictions in one class"),
         verdict=TP),
    Case("h55_slow_start_trowel_cnn_sgd", "the trowel CNN, plain SGD at LR 0.05, batch 16, "
         "16 epochs: the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": TW4, "model": TCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 16, "batch_size": 16}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("plain SGD throws the validation loss about in the middle of the run "
                      "(1.015 at epoch 11, 1.519 at epoch 13, then 0.621); no healthy trowel "
                      "run is in the part"),
         verdict=TP),
    Case("h55_unshuffled_cl55_rmsprop_relu", "the 55-feature set sorted by label, never "
         "shuffled, 76x38 ReLU MLP, RMSprop at LR 5e-4, batch 34, 8 epochs",
         {"data": {**CL55, "order": "by_label", "shuffle": False},
          "model": {"hidden": [76, 38]},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 34}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h55_mse_softmax_crusher_rmsprop", "the quarry-crusher CSV trained with square error "
         "on the softmax, RMSprop at LR 1e-3, 34x17 tanh MLP, 10 epochs",
         _crusher(model={"hidden": [34, 17], "activation": "tanh"},
                  optim={"name": "rmsprop", "lr": 1e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting",
                "saturated_activation"),
         why_allowed=("the tiny loss (2.9e-3 at the end) has its own scale; 19% of the second "
                      "tanh layer's units saturated at the end"),
         verdict=TP),
    Case("h55_update_ratio_high_gq145_adamw_lr2", "AdamW at LR 2 on the 5-class quantiles, "
         "64 ELU units, batch 32, 10 epochs",
         {"data": GQ145, "model": {"hidden": [64], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high", "divergence", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training"),
         why_allowed=("the big steps leave 91% of the ELU units never positive by the end "
                      "and throw the validation loss about (lowest at epoch 7, 30.5, ending "
                      "55.9)"),
         verdict="failed"),
    # ---------------------------------------------------------------- generalisation
    Case("h55_overfit_cl55_subset90_adamw", "90 rows of the 55-feature set, MLP of 300 and "
         "150 units, AdamW at LR 1e-3, 80 epochs, batch 10",
         {"data": {**CL55, "subset": 90}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("90 rows teach less than every row: accuracy 0.7865 (the run's baseline "
                      "0.775)"),
         verdict=GP),
    Case("h55_gap_fr47_subset60_adam", "60 rows of the 47-feature Friedman regression, MLP "
         "of 200 and 100 units, Adam at LR 5e-4, 150 epochs, batch 10",
         {"data": {**FR47, "subset": 60}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adam", "lr": 5e-4}, "train": {"epochs": 150, "batch_size": 10}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("60 rows teach less; with the training loss at ~0 (1.5e-8) the gradients "
                      "and updates die away; up to 45% of the second layer's units dead"),
         verdict=GP),
    Case("h55_underfit_gq145_one_tanh_unit_rmsprop", "the 5-class quantiles through 1 tanh "
         "unit, RMSprop at LR 3e-3, 15 epochs",
         {"data": GQ145, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "at_chance", "not_training"),
         allow=("not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("one unit cannot part five classes lying in shells: accuracy 0.185 "
                      "(training 0.22); at most 48% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h55_lightning_wine_momentum_lr200_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 200, 21 units, batch 13, 4 epochs",
         script=lightning_run(_s("wine", hidden=(21,), optim="sgd", lr=200.0, epochs=4,
                                 batch_size=13, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
         verdict="failed"),
    Case("h55_lightning_digits_subset45_adam_gap", "Lightning: 45 rows of digits, 210 units, "
         "Adam at LR 1.5e-3, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(210,), optim="adam", lr=1.5e-3, epochs=90,
                                 batch_size=5, subset=45)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("45 rows of ten digits teach less than the healthy digits run; the "
                      "validation loss is lowest at epoch 41 (0.7511) and ends 2.1% above it"),
         verdict=GP),
    Case("h55_hf_trainer_cancer_sgd_lr500_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 500 (decaying linearly), 22 units, batch 11, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(22,), optim="sgd", lr=500.0,
                                  epochs=3, batch_size=11), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h55_hf_trainer_wine_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "RMSprop at LR 1e-10 (decaying linearly), 19 units, batch 9, 6 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("wine", hidden=(19,), optim="rmsprop", lr=1e-10, epochs=6,
                                  batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("at_chance", "underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the loss stays near 0.98 and accuracy 0.4722 at every evaluation, "
                      "0.073 above wine's majority share (0.399)"),
         verdict=TP),
    Case("h55_keras_iris_sgd_lr400_nan", "Keras names: iris, plain SGD at LR 400, 17 units, "
         "batch 9, 4 epochs",
         script=keras_run(_s("iris", hidden=(17,), optim="sgd", lr=400.0, epochs=4,
                             batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", "exploding_gradients", "noisy_loss", "not_training",
                "underfitting", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h55_keras_digits_two_tanh_units_adam", "Keras names: digits through 2 tanh units, "
         "Adam at LR 2e-3, batch 22, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="tanh", optim="adam",
                             lr=2e-3, epochs=20, batch_size=22)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance",
                "saturated_activation"),
         why_allowed=("two tanh units cannot part ten digits: validation accuracy 0.4234 (training "
                      "0.4239) against 0.93 in the healthy digits run; the loss still falls 0.9% "
                      "over the last epoch (1.281 -> 1.270)"),
         verdict=TP),
    Case("h55_tensorboard_wine_b1_rmsprop_noisy", "TensorBoard tags: wine, batch 1, RMSprop "
         "at LR 0.01, 23 units, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(23,), optim="rmsprop", lr=0.01,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (single samples up to "
                      "3.4); the epoch mean still falls over the last epoch"),
         verdict=TP),
    Case("h55_tensorboard_unshuffled_wine_rmsprop", "TensorBoard tags: wine sorted by label, "
         "never shuffled, RMSprop at LR 2e-3, 22 units, batch 9, 5 epochs",
         script=tensorboard_run(_s("wine", hidden=(22,), optim="rmsprop", lr=2e-3,
                                   epochs=5, batch_size=9, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h55_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2, RMSprop at LR 3e-3, batch 14, a corrupt record (x = 1e30) at step 11 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(20,), optim="rmsprop", lr=3e-3, epochs=3,
                             batch_size=14, n=900, noise=0.2), corrupt_step=11),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=11),
    Case("h55_plain_digits_subset30_adamw_gap", "hand-written loop: 30 rows of digits, 190 "
         "units, AdamW at LR 2e-3, 90 epochs, batch 6",
         script=plain_run(_s("digits", hidden=(190,), optim="adamw", lr=2e-3, epochs=90,
                             batch_size=6, subset=30)),
         tool="pytorch", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than the healthy digits run: the "
                      "validation loss is lowest at epoch 20 (1.374) and ends at 1.463"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy55_crusher_relu_adam_b21",
       _crusher(model={"hidden": [32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy55_crusher_elu_rmsprop_b19",
       _crusher(model={"hidden": [30, 15], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 19})),
    _h("healthy55_crusher_tanh_adagrad_b27",
       _crusher(model={"hidden": [36], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy55_crusher_sigmoid_adamw_b23",
       _crusher(model={"hidden": [42], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy55_crusher_relu_sgd_b13",
       _crusher(model={"hidden": [38]},
                optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 13})),
    _h("healthy55_crusher_leaky_adamw_b25",
       _crusher(model={"hidden": [46], "activation": "leaky_relu"},
                optim={"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy55_crusher_elu_adam_b29",
       _crusher(model={"hidden": [26, 13], "activation": "elu"},
                optim={"lr": 2e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 29})),
    _h("healthy55_crusher_tanh_sgd_b11",
       _crusher(model={"hidden": [40], "activation": "tanh"},
                optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 11})),
    _h("healthy55_gq145_elu_adagrad_b22",
       {"data": GQ145, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy55_gq145_elu_adagrad_b34",
       {"data": GQ145, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.025, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy55_fr47_tanh_adam_b32",
       {"data": FR47, "model": {"hidden": [60], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy55_fr47_tanh_rmsprop_b26",
       {"data": FR47, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy55_fr47_tanh_adamw_b30",
       {"data": FR47, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy55_cl55_relu_adam_b34",
       {"data": CL55, "model": {"hidden": [60]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy55_cl55_elu_adamw_b28",
       {"data": CL55, "model": {"hidden": [68], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy55_cl55_relu_rmsprop_b36",
       {"data": CL55, "model": {"hidden": [52]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy55_cl55_tanh_adagrad_b32",
       {"data": CL55, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy55_cl55_leaky_momentum_b22",
       {"data": CL55, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy55_cl55_elu_adam_b38",
       {"data": CL55, "model": {"hidden": [72], "activation": "elu"},
        "optim": {"lr": 8e-4, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 38}}),
    _h("healthy55_cl55_relu_adagrad_b26",
       {"data": CL55, "model": {"hidden": [58]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy55_cl55_sigmoid_adam_b28",
       {"data": CL55, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy55_cl55_leaky_adamw_b42",
       {"data": CL55, "model": {"hidden": [48], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 42}}),
    _hs("healthy55_hf_trainer_digits_adamw",
        hf_trainer_run(_s("digits", hidden=(54,), optim="adamw", lr=1.2e-3, epochs=12,
                          batch_size=27), logging_steps=2), "transformers"),
    _hs("healthy55_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(17,), optim="adamw", lr=6e-4, epochs=25,
                         batch_size=18)), "lightning"),
    _hs("healthy55_keras_iris_adam",
        keras_run(_s("iris", hidden=(15,), optim="adam", lr=4e-3, epochs=60,
                     batch_size=13)), "keras"),
    _hs("healthy55_plain_iris_rmsprop",
        plain_run(_s("iris", hidden=(16,), optim="rmsprop", lr=3e-3, epochs=50,
                     batch_size=11)), "pytorch"),
    _hs("healthy55_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(24,), optim="adamw", lr=2.2e-3, epochs=25,
                          batch_size=12), logging_steps=2), "transformers"),
    _hs("healthy55_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(21,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
