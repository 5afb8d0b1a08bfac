"""The fifty-second held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout53`, after :mod:`.heldout50`'s and :mod:`.heldout51`'s
measurement and before either was measured, by someone who saw no diagnosis of its runs. Every case
differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout51` in its
combination of data set (new here: a 10x10 image set of a mug (a 3x4 cup open at the top with its
handle on the right in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images
with noise 0.3 and 2% random labels; 7-class Gaussian quantiles in 12 dimensions (4200 samples); a
52-feature 4-class set (2600 samples, 14 informative, 6 redundant, class separation 2.0); a
44-feature Friedman-1 regression (2300 samples, noise 0.5); a pot still's state CSV (heating the
wash, running the foreshots, collecting the hearts, running the tails: 4 classes from 7 readings)
and a poultry hatchery's daily-chicks regression CSV (chicks, in the hundreds), besides the script
tools' shipped sets with new settings: iris, wine, breast cancer, digits, 5-arm spirals with noise
0.1 and the sine with noise 0.25), model (MLPs of several widths, depths and activations (ReLU, ELU,
leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without
momentum), batch size, learning rate, schedule (cosine, constant), initialisation (default, normal)
or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 1 to 3
steps, Keras and TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with
another optimiser, model, data set or tool than :mod:`.heldout49` to :mod:`.heldout51` did
(divergence to Inf under SGD with momentum 0.5 in a ReLU net on the unscaled hatchery CSV,
divergence to NaN under SGD with momentum at LR 50 in a leaky-ReLU net on the quantiles, a blow-up
of the mug CNN under Adagrad at LR 8, exploding gradients in a 10-layer net with N(0, 1) init under
RMSprop on the quantiles, units killed by AdamW at LR 3 on the 52-feature set, a tiny learning rate
under Adam on the quantiles and under SGD with momentum on the Friedman regression, vanishing
gradients under Adagrad in a 20-layer sigmoid net on the 52-feature set, saturation under Adam in a
tanh net with N(0, 5) init on the quantiles, a slow start of the mug CNN under plain SGD, the
unshuffled quantiles under AdamW, square error with Adagrad on the distillery CSV, a high update
ratio from Adagrad at LR 2 on the 52-feature set, an overfit 70-row quantile set under Adam and a
50-row Friedman regression under RMSprop, an underfit 1-unit sigmoid net under Adam, Lightning's
NaN on breast cancer under plain SGD and its stuck digits under Adagrad, Trainer's NaN on wine under
plain SGD and its unshuffled iris under Adam, Keras' 40 rows of digits under RMSprop,
TensorBoard's unshuffled digits under RMSprop, its noisy batch-1 iris under SGD with momentum and
its 2-unit tanh 5-arm spirals under Adagrad, the hand-written loop's corrupt record on the sine
under Adam and its stuck wine under plain SGD), and the cases are spread differently over the
tools (sixteen runner faults; two faults for each of Lightning, Trainer and the hand-written loop,
three for TensorBoard and one for Keras) and the fault classes (five runner runs broken (three
divergences, one to Inf, one to NaN and one that ends at chance, exploding gradients, dead units)
and three scripts (Lightning's and Trainer's NaN, the loop's Inf); ``not_training`` expected in
three runner runs and two scripts; ``predictions_collapsed`` in five runner runs; ``at_chance`` in
eight runner runs; one overfit runner run and one overfit script, both with a generalisation gap,
and one runner run with a gap alone; three runner regressions), and the healthy runner runs over
five data sets (the distillery CSV, the quantiles, the Friedman regression, the 52-feature set and
the mug images), and the healthy scripts on iris (Trainer, TensorBoard), digits (Trainer), wine
(Lightning, the hand-written loop) and breast cancer (Keras, the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings: the runner
cases were trained with ``diagnose.enabled`` false and the scripts only logged, so no diagnosis was
made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default
and every case's own (no case sets one); no other seed was checked. Every run was trained once.

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

The healthy runner cases measured: update ratio per layer (quarter means) 7.1e-6 (the ELU MLP with
AdamW on the Friedman regression, its output layer) to 0.050 (the tanh MLP with Adagrad at batch 34
on the Friedman regression); the expected ``update_ratio_high`` run reaches quarter means of 0.26
(its first layer) and 0.33 (its output layer) in its first quarter, 5.1 to 6.6 times the healthy
extreme (0.005-0.062 after); the expected ``update_ratio_low`` runs sit at 1.5e-11 to 7.6e-11 in
their first quarter (Adam at LR 1e-10 on the quantiles) and 2.3e-9 to 2.5e-7 (SGD with momentum at
LR 1e-9 on the Friedman regression). Dead-unit fraction per layer at most 0.433 at any time in the
healthy runs (the mug CNN's dense layer under Adam; at most 0.30 in the MLPs); the expected
``dead_relu`` run reaches 1.0 (the second layer of the ReLU MLP under AdamW at LR 3), with every
gradient 0 at the end, while the mug CNN under Adagrad at LR 8 reaches only 0.55, inside the healthy
CNN's range, so ``dead_relu`` is only allowed there. Saturated fraction per layer at most 0.074 in
the healthy tanh and sigmoid runs (the 24x12 tanh MLP with Adam on the distillery CSV); the expected
``saturated_activation`` run holds 0.88 and 0.94 in its two layers throughout. The exploding run's
gradient norms reach 1.0e6 (its first layer's never below 9.9e4) with its loss near 7.3e5 from the
first step and never NaN (the healthy runs' largest single norm 125); the vanishing run's first
layer at most 1.6e-17 against 0.83 at the output. The sorted quantiles' step-loss position in the
epoch explains 99.8% of the within-epoch variance over the second half. The standard deviation of
the step loss's step-to-step change over the second half of a run is at most 1.5 times its mean in
the healthy scripts with a step loss (the loop's breast cancer; the others 0.22-0.87), while the
expected ``noisy_loss`` run swings 4.9 (TensorBoard, batch 1, SGD with momentum at LR 0.05 on iris;
single samples up to 8.72). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the distillery CSV, where the run's ``baseline/val_accuracy`` is 1.0;
0.844-0.875 on the quantiles, where the baseline is 0.196; 0.9385-0.9423 on the 52-feature set,
where the baseline is 0.9327; 0.90 on the mug images, where the baseline is 0.9167; R2
0.756-0.780 on the Friedman regression, where the baseline is 0.7718; for the scripts 0.9667
(Trainer's and TensorBoard's iris), 0.958 (Trainer's digits), 1.0 (Lightning's and the loop's
wine), 0.956 (Keras' breast cancer) and 0.965 (the loop's breast cancer)); their validation loss
does not rise at the end (every healthy run's is lowest at its last epoch or ends at most 0.23%
above its minimum: the ELU MLP with AdamW on the quantiles, lowest at epoch 27 of 30, 0.3867, and
0.3876 at the end), the training loss has flattened (it falls at most 4.8% over the last epoch:
Lightning's wine), no training score ends ~1 with the validation score 0.1 lower (the largest
accuracy gap: 0.091, the ELU MLP with Adam on the quantiles, training 0.966), and they expect no
finding of severity warning or worse.

Healthy candidates dropped: the tanh MLP with RMSprop on the quantiles (validation 0.333, far below
the others' 0.844-0.875); the ReLU MLP of 170 and 85 units with Adam there (0.789, with up to 14% of
a layer's units dead); the ReLU MLP with Adagrad on the 52-feature set (the validation loss lowest
at epoch 3, 0.2468, and 1.2% above it at the end); the ELU MLP with AdamW there (lowest at epoch 8,
0.2563, and 0.49% above it at the end); Keras' wine under RMSprop (the validation loss lowest at
epoch 38 of 40 and 5% above it at the end). Two distillery runs (a leaky-ReLU MLP under AdamW, a
tanh MLP under Adam) were added to keep the healthy count. No healthy run on the hatchery CSV, on
spirals or on the sine is in the part: their faults are read against the run's own numbers and its
baseline. Faults changed: Keras' iris at batch 1 under SGD with momentum, planned as the noisy
batch-1 run, logs only an epoch loss (0.696, 0.710, 1.057), from which no step-to-step swing can be
read, so the run was moved to TensorBoard, which logs the step loss; the mug CNN under Adagrad at LR
8, planned as a dead-unit run, leaves at most 55% of a layer dead, inside the healthy CNN's 43%
range, so it expects ``divergence`` (a first epoch at 1.7e6, ending at 36 against its first step's
1.39), ``at_chance`` (0.2633, 1/4 is 0.25) and ``predictions_collapsed`` (98% of the test
predictions in one class) with ``dead_relu`` only allowed. Labels read from the metrics: the
exploding run ends at 0.1357 (1/7 is 0.143) with 94% of the test predictions in one class, so
``predictions_collapsed`` is expected there, as in the vanishing run (0.25, every test prediction in
one class), the dead-unit run (0.25, 99.8%) and the unshuffled quantiles (0.1405, 97%), which the
class-after-class batches leave at chance (so ``at_chance`` is expected there, without
``not_converged``: the epoch loss 1.957, 1.956, 1.956 over the last three epochs); the vanishing
run's epoch loss falls only 0.4% over the run but 8.9% from its first step, so ``not_training`` is
only allowed; the saturated run (0.1452) spreads its predictions (at most 19% in one class), as does
Adam at LR 1e-10 (0.1167, at most 45%); the 70-row quantile set ends at 0.1702 (training 1.0), 0.027
above 1/7, with the validation loss lowest at its first epoch (1.947) and 5.77 at the end, so
``at_chance`` is expected beside ``overfitting`` and ``generalisation_gap``; the 50-row Friedman
regression ends at R2 0.345 (training 1.0) with the validation loss flat at 16.31 over the last
half, so it expects only ``generalisation_gap``; Keras' 40 rows of digits end at validation 0.7214
(training 1.0) with the validation loss's quarter means 1.032, 0.933, 0.963, 1.005, rising over the
second half, so ``overfitting`` is expected beside ``generalisation_gap``; TensorBoard's unshuffled
digits stop while the validation loss still falls (0.833 -> 0.642 over the last epoch), so
``not_converged`` is expected there, while Trainer's unshuffled iris (0.820 -> 0.809) only allows
it; Lightning's stuck digits end at 0.0446 and the loop's stuck wine at 0.2778, both far below
chance and the majority share, so ``at_chance`` is only allowed there, as on Lightning's NaN on
breast cancer (0.3684, the minority share) and Trainer's NaN on wine (0.3333, 0.066 below wine's
majority share); TensorBoard's 2-unit spirals end at 0.31, 0.11 above 1/5, so only ``underfitting``
is expected; the 1-unit sigmoid net ends at 0.5154 against the healthy runs' 0.94 with the loss
flattening (0.94% over the last epoch), so it expects ``underfitting``.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 27)
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

# a mug in a 5x5 cell (a 3x4 cup open at the top, its handle on the right), turned by 90
# degrees at a time for the other three directions
_MUG_UP = np.array([[1, 0, 1, 0, 0],
                    [1, 0, 1, 1, 1],
                    [1, 0, 1, 0, 1],
                    [1, 1, 1, 1, 1],
                    [0, 0, 0, 0, 0]], dtype=float)
_MUGS = turned(_MUG_UP)


def mugs(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
         seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 mug glyph at a random place (4 classes: the mug turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_MUGS, n, size, noise, flip, seed)


def _distillery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A pot still's state (0 heating the wash, 1 running the foreshots, 2 collecting the
    hearts, 3 running the tails) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    pot_c = np.array([70.0, 82.0, 90.0, 97.0])[cls] + rng.normal(0, 2.5, n)
    head_c = np.array([30.0, 78.0, 80.0, 92.0])[cls] + rng.normal(0, 2.5, n)
    abv = np.array([0.0, 82.0, 68.0, 25.0])[cls] + rng.normal(0, 4.0, n)
    flow_lph = np.array([0.0, 1.5, 6.0, 4.0])[cls] + rng.normal(0, 0.5, n)
    steam_bar = np.array([2.5, 1.2, 1.4, 1.8])[cls] + rng.normal(0, 0.15, n)
    charge_l = rng.uniform(500.0, 2500.0, n)
    cooling_c = rng.uniform(8.0, 20.0, n)
    return (["pot_temp_c", "head_temp_c", "abv", "flow_lph", "steam_bar", "charge_l",
             "cooling_water_c", "state"],
            np.column_stack([pot_c, head_c, abv, flow_lph, steam_bar, charge_l, cooling_c,
                             cls]))


def _hatchery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A poultry hatchery's daily chicks hatched from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    eggs_set_k = rng.uniform(8.0, 30.0, n)
    incubator_c = rng.normal(37.6, 0.3, n)
    humidity = rng.uniform(45.0, 65.0, n)
    flock_age_w = rng.uniform(25.0, 65.0, n)
    power_cut = rng.integers(0, 2, n).astype(float) * (rng.random(n) < 0.2)
    chicks = (40.0 * eggs_set_k - 60.0 * np.abs(incubator_c - 37.6) * 10.0
              + 3.0 * (humidity - 55.0) - 4.0 * np.abs(flock_age_w - 40.0)
              - 150.0 * power_cut + 15.0 * (weekday < 5) + rng.normal(0, 25.0, n))
    return (["weekday", "eggs_set_thousands", "incubator_c", "humidity_pct", "flock_age_weeks",
             "power_cut", "chicks"],
            np.column_stack([weekday, eggs_set_k, incubator_c, humidity, flock_age_w, power_cut,
                             chicks]))


def _distillery(**sections: Any) -> Any:
    return _csv("distillery_still_state", _distillery_csv, "state", "classification", 521,
                **sections)


def _hatchery(**sections: Any) -> Any:
    return _csv("hatchery_daily_chicks", _hatchery_csv, "chicks", "regression", 522,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout52"
MG4 = _factory(f"{HERE}:mugs")
GQ127 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=12,
                 n_classes=7, random_state=523)
CL52 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=52,
                n_informative=14, n_redundant=6, n_classes=4, class_sep=2.0, random_state=524)
FR44 = _factory("sklearn.datasets:make_friedman1", n_samples=2300, n_features=44, noise=0.5,
                random_state=525)
MCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 20}], "hidden": [30]}

_ALL = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
        "vanishing_gradients", "noisy_loss", "underfitting", "not_converged", "unshuffled_data",
        "not_training", "overfitting", "update_ratio_low")


def _but(*codes: str) -> tuple[str, ...]:
    return tuple(c for c in _ALL if c not in codes)


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h52_divergence_hatchery_momentum_relu", "the hatchery daily-chicks CSV (targets "
         "unscaled, in the hundreds), 24-unit ReLU MLP, SGD with momentum 0.5 at LR 0.01, "
         "batch 20",
         _hatchery(model={"hidden": [24]}, optim={"name": "sgd", "lr": 0.01, "momentum": 0.5},
                   train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=_ALL, why_allowed=BLOWUP, verdict="failed"),
    Case("h52_divergence_gq127_momentum_lr50_leaky", "48x24 leaky-ReLU MLP on the 7-class "
         "quantiles in 12 dimensions, SGD with momentum 0.9 at LR 50, batch 26",
         {"data": GQ127, "model": {"hidden": [48, 24], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 50.0, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=_ALL + ("at_chance", "predictions_collapsed"), why_allowed=BLOWUP,
         verdict="failed"),
    Case("h52_divergence_mug_cnn_adagrad_lr8", "the mug CNN (9, 20 channels, 30 hidden), "
         "Adagrad at LR 8, batch 24",
         {"data": MG4, "model": MCNN, "optim": {"name": "adagrad", "lr": 8.0},
          "train": {"epochs": 3, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=_ALL + ("nan_loss",),
         why_allowed=(BLOWUP + "; afterwards the gradients are 0 and up to 55% of the second "
                               "conv layer's units dead, inside the healthy CNN's 43%"),
         verdict="failed"),
    Case("h52_exploding_gq127_10x24_std1_rmsprop", "10x24 ReLU MLP with N(0, 1) init on the "
         "quantiles, RMSprop at LR 1e-12",
         {"data": GQ127, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (7.3e5 every epoch), far above ln 7; the tiny "
                      "steps do not move the wide weights (update ratio 0); up to 33% of a "
                      "layer's units dead"),
         verdict="failed"),
    Case("h52_dead_relu_cl52_adamw_lr3", "40x20 ReLU MLP on the 52-feature set, AdamW at LR 3, "
         "batch 26",
         {"data": CL52, "model": {"hidden": [40, 20]}, "optim": {"name": "adamw", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=_but("dead_relu") + ("nan_loss",),
         why_allowed=(BLOWUP + "; afterwards the gradients are 0"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h52_adam_lr1e10_gq127", "the quantiles, 90x45 ELU MLP, Adam at LR 1e-10, 4 epochs",
         {"data": GQ127, "model": {"hidden": [90, 45], "activation": "elu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.1167 against the run's baseline of 0.1964; at most 45% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h52_momentum_lr1e9_fr44", "the 44-feature Friedman regression, 52x26 ReLU MLP, SGD "
         "with momentum 0.9 at LR 1e-9",
         {"data": FR44, "model": {"hidden": [52, 26]},
          "optim": {"name": "sgd", "lr": 1e-9, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 far below the baseline and the healthy runs"), verdict=TP),
    Case("h52_vanishing_sigmoid_cl52_20x16_adagrad", "20x16 sigmoid MLP on the 52-feature set, "
         "Adagrad at LR 0.01, 4 epochs",
         {"data": CL52, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged", "not_training"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients; "
                      "the epoch loss 1.393 -> 1.387 (ln 4 is 1.386), 8.9% below its first "
                      "step's 1.519"),
         verdict=TP),
    Case("h52_saturated_tanh_gq127_std5_adam", "2x40 tanh MLP with N(0, 5) init on the "
         "quantiles, Adam at LR 1e-7",
         {"data": GQ127, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "adam", "lr": 1e-7},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates; the loss far above ln 7 from the start (the epoch loss "
                      "40.93 throughout); at most 19% of the test predictions in one class"),
         verdict=TP),
    Case("h52_slow_start_mug_cnn_sgd", "the mug CNN, plain SGD at LR 0.06, 16 epochs: the epoch "
         "loss lingers near ln 4 and then falls",
         {"data": MG4, "model": MCNN, "optim": {"name": "sgd", "lr": 0.06},
          "train": {"epochs": 16, "batch_size": 20}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting",
                "not_converged"),
         why_allowed=("the loss still falls a little at the end and jumps once (epoch 14: "
                      "0.332 -> 0.400 -> 0.244, 0.244); the validation loss lowest at epoch "
                      "14 (0.2686) and 12% above it at the end after that jump; accuracy 0.8967 "
                      "against the baseline's 0.9167"), verdict=TP),
    Case("h52_unshuffled_gq127_adamw_relu", "the quantiles sorted by label, never shuffled, "
         "70x35 ReLU MLP, AdamW at LR 1e-3, batch 30, 8 epochs",
         {"data": {**GQ127, "order": "by_label", "shuffle": False},
          "model": {"hidden": [70, 35]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 30}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "noisy_loss", "divergence", "not_converged", "not_training"),
         why_allowed=(SORTED + "; the class-after-class batches leave the net at ln 7 (the "
                               "epoch loss 2.109 -> 1.956)"), verdict=TP),
    Case("h52_mse_softmax_distillery_adagrad", "the distillery still-state CSV trained with "
         "square error on the softmax, Adagrad at LR 0.05, 36x18 tanh MLP, 10 epochs",
         _distillery(model={"hidden": [36, 18], "activation": "tanh"},
                     optim={"name": "adagrad", "lr": 0.05},
                     train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start",
                "saturated_activation"),
         why_allowed=("the square error on probabilities is tiny (5.7e-5) and still falls 12% "
                      "over the last epoch; the second tanh layer up to 10% saturated"),
         verdict=TP),
    Case("h52_update_ratio_high_cl52_adagrad_lr2", "Adagrad at LR 2 on the 52-feature set, 64 "
         "tanh units, batch 30, 10 epochs",
         {"data": CL52, "model": {"hidden": [64], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "at_chance", "predictions_collapsed", "saturated_activation"),
         why_allowed=("the big steps throw the loss about (the epoch loss 4.15 at first, single "
                      "steps up to 25.4, swing 1.22); the validation loss lowest at epoch 6 "
                      "(1.591) and 2.1% above it at the end; accuracy 0.8673 (training 0.9788) "
                      "against the baseline's 0.9327; the tanh layer up to 95% saturated"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h52_overfit_gq127_subset70_adam", "70 rows of the quantiles, MLP of 300 and 150 "
         "units, Adam at LR 1e-3, 80 epochs, batch 10",
         {"data": {**GQ127, "subset": 70}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap", "at_chance"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("70 rows teach less than every row"), verdict=GP),
    Case("h52_gap_fr44_subset50_rmsprop", "50 rows of the 44-feature Friedman regression, MLP "
         "of 220 and 110 units, RMSprop at LR 3e-4, 150 epochs, batch 10",
         {"data": {**FR44, "subset": 50}, "model": {"hidden": [220, 110]},
          "optim": {"name": "rmsprop", "lr": 3e-4}, "train": {"epochs": 150, "batch_size": 10}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("50 rows teach less; with the training loss at ~0 the gradients and "
                      "updates die away"), verdict=GP),
    Case("h52_underfit_cl52_one_sigmoid_unit_adam", "the 52-feature set through 1 sigmoid "
         "unit, Adam at LR 3e-3, 15 epochs",
         {"data": CL52, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting",),
         allow=("not_converged", "noisy_loss", "not_training", "saturated_activation"),
         why_allowed=("one unit cannot part four classes; the epoch loss falls 0.94% over the "
                      "last epoch; the unit up to 39% saturated"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h52_lightning_cancer_sgd_lr300_nan", "Lightning: breast cancer, plain SGD at LR 300, "
         "24 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(24,), optim="sgd", lr=300.0,
                                 epochs=4, batch_size=12)),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h52_lightning_digits_adagrad_lr1e9_stuck", "Lightning: digits, Adagrad at LR 1e-9, "
         "40 units, batch 24, 5 epochs",
         script=lightning_run(_s("digits", hidden=(40,), optim="adagrad", lr=1e-9, epochs=5,
                                 batch_size=24)),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the loss stays at 2.367 (ln 10 is 2.303) and accuracy 0.0446, far below "
                      "1/10"), verdict=TP),
    Case("h52_hf_trainer_wine_sgd_lr150_nan", "Hugging Face Trainer names: wine, plain SGD at "
         "LR 150 (decaying linearly), 20 units, batch 10, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(20,), optim="sgd", lr=150.0, epochs=3,
                                  batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
                "unshuffled_data", "not_converged"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h52_hf_trainer_iris_unshuffled_adam", "Hugging Face Trainer names: iris sorted by "
         "label, never shuffled, Adam at LR 3e-3, 20 units, batch 6, 5 epochs, logging every "
         "step",
         script=hf_trainer_run(_s("iris", hidden=(20,), optim="adam", lr=3e-3, epochs=5,
                                  batch_size=6, shuffle=False, by_label=True),
                               logging_steps=1),
         tool="transformers", expect=("unshuffled_data",),
         allow=("underfitting", "noisy_loss", "at_chance", "not_converged"),
         why_allowed=(SORTED), verdict=TP),
    Case("h52_keras_digits_subset40_rmsprop_gap", "Keras names: 40 rows of digits, 220 units, "
         "RMSprop at LR 1e-3, 100 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(220,), optim="rmsprop", lr=1e-3, epochs=100,
                             batch_size=5, subset=40)),
         tool="keras", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than the healthy digits run"),
         verdict=GP),
    Case("h52_tensorboard_digits_unshuffled_rmsprop", "TensorBoard tags: digits sorted by "
         "label, never shuffled, RMSprop at LR 1e-3, 40 units, batch 16, 4 epochs",
         script=tensorboard_run(_s("digits", hidden=(40,), optim="rmsprop", lr=1e-3, epochs=4,
                                   batch_size=16, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED), verdict=TP),
    Case("h52_tensorboard_iris_b1_momentum_noisy", "TensorBoard tags: iris, batch 1, SGD "
         "with momentum 0.9 at LR 0.05, 22 units, 3 epochs",
         script=tensorboard_run(_s("iris", hidden=(22,), optim="sgd", lr=0.05, epochs=3,
                                   batch_size=1, optim_args={"momentum": 0.9})),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting", "at_chance"),
         why_allowed=("single samples with big steps throw the loss about"), verdict=TP),
    Case("h52_tensorboard_spirals5_two_tanh_units_adagrad", "TensorBoard tags: 5-arm spirals "
         "(noise 0.1, 1000 points) through 2 tanh units, Adagrad at LR 0.05, batch 20, 30 "
         "epochs",
         script=tensorboard_run(_s("spirals", hidden=(2,), activation="tanh", optim="adagrad",
                                   lr=0.05, epochs=30, batch_size=20, n=1000, noise=0.1, k=5)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_training", "not_converged", "slow_start", "noisy_loss", "overfitting"),
         why_allowed=("two units cannot follow five spiral arms: validation accuracy 0.31 "
                      "(training 0.2983); the step loss's quarter means 1.582, 1.573, 1.572, "
                      "1.571 (ln 5 is 1.609); no healthy spirals run is in the part"),
         verdict=TP),
    Case("h52_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with "
         "noise 0.25, Adam at LR 3e-3, batch 20, a corrupt record (x = 1e30) at step 15 makes "
         "the loss Inf",
         script=plain_run(_s("sine", hidden=(24,), optim="adam", lr=3e-3, epochs=3,
                             batch_size=20, n=800, noise=0.25), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=15),
    Case("h52_plain_wine_sgd_lr1e9_stuck", "hand-written loop: wine, plain SGD at LR 1e-9, "
         "18 units, batch 12, 5 epochs",
         script=plain_run(_s("wine", hidden=(18,), optim="sgd", lr=1e-9, epochs=5,
                             batch_size=12)),
         tool="pytorch", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the loss stays near its start (1.149 on the validation set at every "
                      "epoch) and accuracy 0.2778, far below wine's majority share (0.399)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy52_distillery_relu_adam_b22",
       _distillery(model={"hidden": [30]}, optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 22})),
    _h("healthy52_distillery_elu_rmsprop_b28",
       _distillery(model={"hidden": [32, 16], "activation": "elu"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 28})),
    _h("healthy52_distillery_tanh_adagrad_b18",
       _distillery(model={"hidden": [26], "activation": "tanh"},
                   optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 18})),
    _h("healthy52_distillery_sigmoid_adamw_b24",
       _distillery(model={"hidden": [40], "activation": "sigmoid"},
                   optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 24})),
    _h("healthy52_distillery_leaky_sgd_b12",
       _distillery(model={"hidden": [36], "activation": "leaky_relu"},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 12})),
    _h("healthy52_distillery_relu_momentum_b30",
       _distillery(model={"hidden": [44, 22]},
                   optim={"name": "sgd", "lr": 0.015, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 30})),
    _h("healthy52_distillery_leaky_adamw_b16",
       _distillery(model={"hidden": [34], "activation": "leaky_relu"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 16})),
    _h("healthy52_distillery_tanh_adam_b34",
       _distillery(model={"hidden": [24, 12], "activation": "tanh"},
                   optim={"lr": 3e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 34})),
    _h("healthy52_gq127_elu_adam_b32",
       {"data": GQ127, "model": {"hidden": [160, 80], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy52_gq127_elu_adamw_b40",
       {"data": GQ127, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 40}}),
    _h("healthy52_gq127_elu_adagrad_b24",
       {"data": GQ127, "model": {"hidden": [144, 72], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy52_fr44_tanh_adam_b30",
       {"data": FR44, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy52_fr44_tanh_rmsprop_b24",
       {"data": FR44, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy52_fr44_sigmoid_adamw_b26",
       {"data": FR44, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy52_fr44_tanh_adagrad_b34",
       {"data": FR44, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy52_fr44_sigmoid_adam_b20",
       {"data": FR44, "model": {"hidden": [52], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 20}}),
    _h("healthy52_fr44_elu_adamw_b28",
       {"data": FR44, "model": {"hidden": [44], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy52_cl52_relu_adam_b36",
       {"data": CL52, "model": {"hidden": [62]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy52_cl52_tanh_rmsprop_b42",
       {"data": CL52, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 42}}),
    _h("healthy52_mug_cnn_adam_b24",
       {"data": MG4, "model": MCNN, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 24}}),
    _hs("healthy52_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(23,), optim="adam", lr=4e-3, epochs=40,
                          batch_size=10), logging_steps=3), "transformers"),
    _hs("healthy52_hf_trainer_digits_rmsprop",
        hf_trainer_run(_s("digits", hidden=(50,), optim="rmsprop", lr=1e-3, epochs=12,
                          batch_size=26), logging_steps=2), "transformers"),
    _hs("healthy52_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(25,), optim="adamw", lr=3e-3, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy52_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(29,), optim="adam", lr=1e-3, epochs=30,
                     batch_size=16)), "keras"),
    _hs("healthy52_tensorboard_iris_rmsprop",
        tensorboard_run(_s("iris", hidden=(15,), optim="rmsprop", lr=3e-3, epochs=40,
                           batch_size=9)), "tensorboard"),
    _hs("healthy52_plain_wine_adam",
        plain_run(_s("wine", hidden=(19,), optim="adam", lr=2e-3, epochs=35,
                     batch_size=11)), "pytorch"),
    _hs("healthy52_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(31,), optim="adamw", lr=1e-3, epochs=30,
                     batch_size=18)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
