"""The sixty-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout67`, after :mod:`.heldout64`'s and :mod:`.heldout65`'s
writing and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout65` in its combination of data set (new here: a 10x10 image set of a dagger (a blade
with a cross-guard near its foot in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1500 images with noise 0.3 and 2% random labels; 7-class Gaussian quantiles in 20 dimensions
(4200 samples); a 66-feature 3-class set (2400 samples, 22 informative, 8 redundant, class
separation 1.8); a 58-feature Friedman-1 regression (2000 samples, noise 0.8); an electric
kettle's state CSV (off, heating, boiling, keeping warm: 4 classes from 7 readings) and a tea
room's daily pots-sold regression CSV (in the hundreds), besides the script tools' shipped sets
with new settings: iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of
several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser
(Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate,
schedule (cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). The fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout62` to :mod:`.heldout65` did (divergence under plain SGD in a leaky-ReLU
net on the unscaled tea-room pots, divergence under Adagrad at LR 40 in a ReLU net on the 7-class
quantiles, exploding gradients in a 10-layer leaky-ReLU net with N(0, 1) init under plain SGD on
the 66-feature set, units killed by Adam at LR 5 in the dagger CNN, a high update ratio from
Adagrad at LR 2 in an ELU net, a tiny learning rate under AdamW on the Friedman regression and
under RMSprop on the kettle CSV, vanishing gradients under plain SGD in a 20-layer sigmoid net on
the kettle CSV, saturation under RMSprop in a tanh net with N(0, 5) init on the quantiles, a slow
start of the dagger CNN under plain SGD (the one repeated mechanism-optimiser pair, on a new
image set), the unshuffled 66-feature set under Adagrad in an ELU net, square error with RMSprop
on the kettle CSV, the kettle CSV one row at a time under SGD with momentum 0.5 (a noisy loss), an
overfit 80-row 66-feature set under RMSprop and a 45-row Friedman regression under Adam, an
underfit 1-unit sigmoid net under AdamW on the quantiles, Lightning's NaN on iris under SGD with
momentum and its 30 rows of digits under Adam, Trainer's NaN on wine under SGD with momentum and
its stuck breast cancer under AdamW, Keras' NaN on digits under plain SGD and its 40 rows of
digits under RMSprop, TensorBoard's stuck iris under plain SGD and its 1-unit digits under Adam,
the hand-written loop's corrupt record on the sine under Adagrad and its stuck wine under Adam),
and the cases are spread over the tools (sixteen runner faults; two faults for each of Lightning,
Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (five runner runs
broken (two divergences, one ending at the float's edge, exploding gradients, dead units that end
a blow-up, a high update ratio with a blow-up on the way) and four scripts (Lightning's, Trainer's
and Keras' NaN, the loop's Inf); ``not_training`` expected in five runner runs and three scripts;
``predictions_collapsed`` in three runner runs; ``at_chance`` in seven runner runs and three
scripts; one overfit runner run with a generalisation gap, and one runner run and two scripts with
a gap alone; three runner regressions among the faults; ``noisy_loss`` expected in one runner run
``not_converged`` in one and ``slow_start`` in one), and the
healthy runner runs over three data sets (the kettle CSV, the
Friedman regression and the 66-feature set), and the healthy scripts on wine and iris (Trainer),
breast cancer (TensorBoard), wine and breast cancer (Keras), iris (Lightning) and breast cancer
and iris (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the step loss's step-to-step swing and the share of its within-epoch variance that
the position in the epoch explains, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only
logged, so no diagnosis was made. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets one); no
other seed was checked. Every run was trained once with its final setting.

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47`, :mod:`.heldout62` and
:mod:`.heldout65`): the state a run ends in is *expected* where its metrics show it, the mechanisms
on the way are *allowed* with their reason (``why_allowed``). ``at_chance`` is expected when the
final validation accuracy is within 0.05 of the better of 1/K and the majority-class share (allowed
up to 0.1 above it, and when it is far below it); ``predictions_collapsed`` when at least 90% of
the test predictions fall in one class (allowed from 60%), read from the run's confusion matrix.
Runs logged by other tools have no confusion matrix, so there ``predictions_collapsed`` is never
expected. ``overfitting`` is expected when the validation loss clearly rises after its minimum
while the training loss falls; ``generalisation_gap`` when the training score ends ~1 and the
validation score at least 0.1 lower (accuracy, or R2 on a regression); ``divergence`` when the
training loss explodes or ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf;
``unshuffled_data`` when the step loss repeats one pattern every epoch; ``not_converged`` when the
loss still clearly falls at the end (it counts at severity info); ``underfitting`` when both scores
are clearly below what a healthy run of this part on the same data reaches (or the run's baseline,
where no healthy run is in the part) and the loss has flattened; ``noisy_loss`` when the step loss
swings far more from step to step than any healthy run's; ``not_training`` is expected or allowed
wherever the training loss falls by less than 5% over the run. A fault whose first setting came
out weak was made stronger, relabelled from its metrics or dropped (below), never kept as
expected. The mechanism codes (``update_ratio_high``, ``update_ratio_low``,
``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are
expected only where the logged metric is clearly outside the range every healthy run of this part
shows, and allowed (with the reason) where the mechanism is real but the metric sits inside it or
is a side effect of a blow-up or of the fault. The classes of the runner sets are balanced
(stratified splits): the majority share is 0.143 on the quantiles, 0.335 on the 66-feature set,
0.263 on the dagger images and 0.253 on the kettle CSV (read from the test confusion matrices'
rows).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0178 (the
first layer of the sigmoid MLP with RMSprop on the Friedman regression), single steps at most
0.304 (the output layer of the ELU MLP with Adagrad on the kettle CSV); the expected
``update_ratio_high`` run reaches a quarter mean of 0.365 (its output layer), 20 times the healthy
extreme, with single steps up to 28.3, 93 times the healthy one; the expected ``update_ratio_low``
runs sit at 0 to 2.0e-10 (AdamW at LR 1e-10 on the Friedman regression) and 0 to 1.1e-10
(RMSprop at LR 1e-11 on the kettle CSV). Dead-unit fraction 0 at any time in every kept healthy
ReLU, leaky-ReLU and ELU run; the expected ``dead_relu`` run holds 1.0 in the dagger CNN's dense
layer and 0.857 after its second convolution once Adam at LR 5 blows it up. The saturated fraction
per layer is at most 0.0071 in the healthy tanh and sigmoid runs (the tanh MLP with RMSprop on the
kettle CSV); the expected ``saturated_activation`` run holds 0.913 and 0.941 in its two layers
throughout. The exploding run's gradient norms sit at 1.4e5-1.3e6 with its epoch loss at 5.44e5
from the first epoch and never NaN (the healthy runs' largest single norm 151: a layer of the tanh
MLP with Adam on the Friedman regression); the vanishing run's first layer at 4e-18 to 1.3e-17
against up to 0.86 at the output, its first eleven layers' update ratio 0. The step-loss position
in the epoch explains 98% of the within-epoch variance over the second half in the sorted
66-feature set (the healthy runner runs at most 23%: the leaky-ReLU MLP with AdamW on the kettle
CSV). The standard deviation of the step loss's step-to-step change over the second half of a run
is at most 0.65 times its mean in the kept healthy runner runs (the leaky-ReLU MLP with Adam on the
66-feature set) and at most 1.78 in the healthy scripts (the loop's breast cancer). Healthy runs
reach a validation score close to what the data allow (accuracy 1.0 on the kettle CSV, where the
run's ``baseline/val_accuracy`` is 1.0; 0.9146-0.9354 on the 66-feature set, where the baseline
is 0.8875; R2 0.7673-0.7736 on the Friedman regression, where the baseline is 0.754; for the
scripts 1.0 (Trainer's and Keras' wine), 0.9667 (Trainer's, Lightning's and the loop's iris),
0.9649 (the loop's breast cancer) and 0.9561 (Keras' and TensorBoard's breast cancer)); their
validation loss does not rise at the end (every kept healthy run's is lowest at its last epoch or
ends at most 0.09% above its minimum: the tanh MLP with Adam on the Friedman regression, lowest at
epoch 25 of 30), the training loss has flattened (the epoch loss falls at most 2.9% over the last
epoch in the runner runs, the tanh MLP with RMSprop on the kettle CSV, and 5.4% in Keras' wine; the
scripts' step-loss epoch means, noisier, fall at most 13.2% (Trainer's wine) and 6.9% in
Lightning's iris, with the validation loss lowest at the last epoch), no training score ends ~1
with the validation score 0.1 lower (the largest accuracy gap: 0.038, the ReLU MLP with AdamW on
the 66-feature set, training 0.959; the largest R2 gap: 0.050, the tanh MLP with AdamW on the
Friedman regression, training 0.8188), and they expect no finding of severity warning or worse.

Healthy candidates dropped (32 trained, 29 kept): the ELU MLP with Adam on the 66-feature set
(accuracy 0.8875, no better than the baseline, where the other runs reach 0.9146-0.9354); a 128x64
ReLU MLP with Adam on the quantiles (accuracy 0.5893 against training 0.9841 and the validation
loss lowest at epoch 18 of 30 and 1.26% above it at the end); Lightning's wine under Adam (the
validation loss lowest at epoch 35 of 40 and 0.85% above it at the end), replaced by Lightning's
iris under AdamW (trained once). No healthy run on the dagger images, on the quantiles, on the
tea-room CSV, on the sine or on digits is in the part: their faults are read against the run's own
numbers and its baseline (on the quantiles also against the dropped candidate's 0.5893).

Labels read from the metrics: the tea-room divergence climbs from 8.1e4 to 1.8e308 in five steps
(the run ends FAILED at the float's edge), so ``divergence`` is expected and ``nan_loss`` only
allowed; Adagrad at LR 40 on the quantiles blew up to an epoch loss of 4.1e6 and ended at 635
without a NaN, accuracy 0.1417 (1/7 is 0.143) with 97.1% of the test predictions in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at
0.3521 (1/3 and the majority share 0.335) with 59.6% of the test predictions in one class (below
the 60% that allows ``predictions_collapsed``), so ``at_chance`` is expected beside
``exploding_gradients`` and ``not_training``; the dagger CNN under Adam at LR 5 blows up to an
epoch loss of 1.0e5 in its first epoch and then sits at 1.73-1.66 (above ln 4), accuracy 0.2633
and every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run's step loss
climbs from 1.16 to 559 in its first epoch (the epoch loss 96.3) before it settles at 0.21
(accuracy 0.9146, training 0.9993, a gap of 0.085), so ``divergence`` is expected beside
``update_ratio_high`` and its verdict is failed; RMSprop at LR 1e-11 on the kettle CSV ends at
0.2833 with 60.7% of the test predictions in one class (``at_chance``; ``predictions_collapsed``
only allowed); the vanishing run sits at ln 4 (the epoch loss 1.39 throughout) with every test
prediction in one class, so ``not_training``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``vanishing_gradients``; the saturated run (0.1381, 1/7 0.143) spreads its
predictions (at most 19.3% in one class), so there ``predictions_collapsed`` is only allowed; the
1-unit sigmoid net on the quantiles sits at ln 7 (2.001 to 1.942) with accuracy 0.1345 (training
0.1591; the baseline 0.1714, the dropped wide candidate 0.5893), so ``underfitting`` and
``at_chance`` are expected; the slow start of the dagger CNN (the epoch loss 1.388, 1.380, 1.372,
1.358, 1.336, 1.309, then 1.285 on to 0.380, accuracy 0.83, the baseline 0.80) ends flat (0.3763
to 0.380 over its last epoch); the sorted 66-feature set ends at 0.8625 (far above chance) with its
epoch loss still falling 8.1% over the last epoch (0.1984 to 0.1824, 7.3-8.1% every epoch from
the fourth; the healthy runner runs at most 2.9%), so ``unshuffled_data`` and ``not_converged``
are expected; the square-error kettle run's epoch loss falls about 2% every
epoch (0.191 to 0.1553) with accuracy 0.67, so ``loss_mismatch`` is expected and ``underfitting``
and ``not_converged`` only allowed; the batch-1 kettle run's step loss swings 6.7 times its mean
step to step over the second half (3.8 times the healthy scripts' 1.78, 10 times the healthy
runner runs' 0.65) while its accuracy is 1.0, so ``noisy_loss`` is expected; the 80 rows of the
66-feature set end at validation 0.8125 (training 1.0) with the validation loss lowest at epoch 4
(0.484) and 0.692 at the end, so ``overfitting`` and ``generalisation_gap`` are expected; the
45-row Friedman regression (R2 0.0151, training 1.0, the validation loss 0.9% above its minimum at
the end), Lightning's 30 rows of digits (validation 0.6435, training 1.0, the validation loss 3.0%
above its minimum at the end) and Keras' 40 rows of digits (validation 0.7047, training 1.0, 2.3%
above) expect ``generalisation_gap`` alone. Lightning's NaN on iris (the step loss 1.2 up to
5.5e34, then NaN) ends at 0.3333 (1/3, iris balanced), so ``at_chance`` is expected; Trainer's NaN
on wine (the logged loss 1.58e4 up to 4.8e35, then NaN) ends at 0.3333, below the majority share,
so ``at_chance`` is only allowed; Keras' NaN on digits (every loss NaN) ends at 0.1003, so
``at_chance`` is expected and ``divergence`` only allowed (no finite loss shows the blow-up);
Trainer's stuck breast cancer (AdamW at LR 1e-10, the evaluation loss 0.6605 throughout) scores
0.4912, far below the majority share, so ``at_chance`` is only allowed; TensorBoard's stuck iris
(plain SGD at LR 1e-10, the validation loss 1.027 throughout) ends at 0.3667 and expects
``not_training`` and ``at_chance``; the loop's stuck wine (Adam at LR 1e-11, the validation loss
1.042 throughout) ends at 0.4722, within 0.1 above the majority share, so ``at_chance`` is only
allowed; TensorBoard's 1-unit digits end at 0.2925 (training 0.3219) with the step loss's epoch
mean falling 0.5% over the last epoch (``underfitting``); the loop's corrupt record makes the loss
Inf at step 19 (the loss from 0.90 down to 0.13-0.26 before it).

Faults changed: the slow start of the dagger CNN was first trained under plain SGD at LR 0.02, but
the epoch loss only crept from 1.388 to 1.234 over 20 epochs (accuracy 0.4067, never taking off),
so it was made stronger (LR 0.06, trained once more, as above). Six labels were changed from their
metrics after the one run: ``predictions_collapsed`` was taken out of the exploding run (59.6%) and
put into the vanishing run (100%), ``at_chance`` was taken out of the sorted 66-feature run
(0.8625), where ``not_converged`` is expected instead (its epoch loss still falls 8.1% over the
last epoch), and made only allowed in Trainer's NaN on wine (1/3, below the majority share), and
``overfitting`` was made only allowed in Keras' 40 rows of digits (the validation loss 2.3% above
its minimum). No fault was dropped.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 29)
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

# a dagger in a 5x5 cell (a blade with a cross-guard near its foot), turned by 90 degrees at a
# time for the other three directions
_DAGGER_UP = np.array([[0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [1, 1, 1, 1, 1],
                       [0, 0, 1, 0, 0]], dtype=float)
_DAGGERS = turned(_DAGGER_UP)


def daggers(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 dagger glyph at a random place (4 classes: the dagger turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_DAGGERS, n, size, noise, flip, seed)


def _kettle_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An electric kettle's state (0 off, 1 heating, 2 boiling, 3 keeping warm) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_c = np.array([20.0, 60.0, 99.0, 80.0])[cls] + rng.normal(0, 6.0, n)
    element_w = np.array([0.0, 2200.0, 2100.0, 300.0])[cls] + rng.normal(0, 150.0, n)
    steam_ppm = np.array([5.0, 30.0, 400.0, 60.0])[cls] + rng.normal(0, 25.0, n)
    bubble_db = np.array([30.0, 45.0, 70.0, 35.0])[cls] + rng.normal(0, 4.0, n)
    fill_ml = rng.uniform(300.0, 1700.0, n)
    kitchen_c = rng.uniform(15.0, 27.0, n)
    age_days = rng.uniform(0.0, 2000.0, n)
    return (["water_c", "element_watts", "steam_ppm", "bubble_db", "fill_ml", "kitchen_c",
             "age_days", "state"],
            np.column_stack([water_c, element_w, steam_ppm, bubble_db, fill_ml, kitchen_c,
                             age_days, cls]))


def _tearoom_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A tea room's pots of tea sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5, 30, n)
    rain_mm = rng.uniform(0, 20, n)
    coach_tour = rng.integers(0, 2, n).astype(float)
    cake_special = rng.integers(0, 2, n).astype(float)
    visitors_k = rng.uniform(0.5, 6.0, n)
    pots = (150 - 3.0 * temp_c + 4.0 * rain_mm + 60.0 * coach_tour + 30.0 * cake_special
            + 22.0 * visitors_k + 40.0 * (weekday >= 5) + rng.normal(0, 12.0, n))
    return (["weekday", "temp_c", "rain_mm", "coach_tour", "cake_special", "visitors_k",
             "pots_sold"],
            np.column_stack([weekday, temp_c, rain_mm, coach_tour, cake_special, visitors_k,
                             pots]))


def _kettle(**sections: Any) -> Any:
    return _csv("kettle_state", _kettle_csv, "state", "classification", 661, **sections)


def _tearoom(**sections: Any) -> Any:
    return _csv("tearoom_daily_pots", _tearoom_csv, "pots_sold", "regression", 662, **sections)


HERE = "benchmarks.diagnosis_bank.heldout66"
DG4 = _factory(f"{HERE}:daggers")
GQ720 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4200, n_features=20,
                 n_classes=7, random_state=663)
CL66 = _factory("sklearn.datasets:make_classification", n_samples=2400, n_features=66,
                n_informative=22, n_redundant=8, n_classes=3, class_sep=1.8, random_state=664)
FR58 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=58, noise=0.8,
                random_state=665)
DCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 14}], "hidden": [28]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h66_divergence_tearoom_sgd_leaky", "the tea-room daily-pots CSV (targets unscaled, "
         "in the hundreds), 26-unit leaky-ReLU MLP, plain SGD at LR 0.05, batch 19",
         _tearoom(model={"hidden": [26], "activation": "leaky_relu"},
                  optim={"name": "sgd", "lr": 0.05},
                  train={"epochs": 3, "batch_size": 19}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h66_divergence_gq720_adagrad_lr40_relu", "100x50 ReLU MLP on the 7-class quantiles in "
         "20 dimensions, Adagrad at LR 40, batch 29",
         {"data": GQ720, "model": {"hidden": [100, 50]},
          "optim": {"name": "adagrad", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h66_exploding_cl66_10x24_leaky_std1_sgd", "10x24 leaky-ReLU MLP with N(0, 1) init on "
         "the 66-feature set, plain SGD at LR 1e-12, batch 31",
         {"data": CL66, "model": {"hidden": [24] * 10, "activation": "leaky_relu",
                                  "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 5.44e5 at every epoch), far "
                      "above ln 3 from the first step; the tiny steps barely move the wide "
                      "weights (update ratios 3e-9 to 7e-8); up to 12.5% of a layer's units "
                      "dead"),
         verdict="failed"),
    Case("h66_dead_relu_dagger_cnn_adam_lr5", "the dagger CNN (10, 14 channels, 28 hidden), "
         "Adam at LR 5, batch 23",
         {"data": DG4, "model": DCNN, "optim": {"name": "adam", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 23}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 1.0e5 in the first epoch, then 1.73 and "
                               "1.66 (first step near ln 4); every dense unit and 86% of the "
                               "second conv layer's dead from the first check"),
         verdict="failed"),
    Case("h66_update_ratio_high_cl66_adagrad_lr2_elu", "Adagrad at LR 2 on the 66-feature set, "
         "58 ELU units, batch 33, 10 epochs",
         {"data": CL66, "model": {"hidden": [58], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 33}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data", "dead_relu",
                "not_training", "at_chance"),
         why_allowed=("the big steps throw the loss about: the step loss from 1.16 up to 559 "
                      "(the epoch loss 96 at the first epoch, 0.21 at the last), accuracy "
                      "0.9146 (training 0.9993), the validation loss 10.7"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h66_adamw_lr1e10_fr58", "the 58-feature Friedman regression, 46x23 ELU MLP, AdamW at "
         "LR 1e-10, batch 27, 4 epochs",
         {"data": FR58, "model": {"hidden": [46, 23], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -8.28, far below the baseline (0.754) and the healthy runs",
         verdict=TP),
    Case("h66_rmsprop_lr1e11_kettle", "the kettle CSV, 34x17 tanh MLP, RMSprop at LR 1e-11, "
         "batch 21, 4 epochs",
         _kettle(model={"hidden": [34, 17], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 1e-11},
                 train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("the untrained net's accuracy (0.2833) sits within 0.05 of the majority "
                      "share (0.253); 60.7% of the test predictions in one class"),
         verdict=TP),
    Case("h66_vanishing_sigmoid_kettle_20x16_sgd", "20x16 sigmoid MLP on the kettle CSV, plain "
         "SGD at LR 0.05, batch 25, 4 epochs",
         _kettle(model={"hidden": [16] * 20, "activation": "sigmoid"},
                 optim={"name": "sgd", "lr": 0.05},
                 train={"epochs": 4, "batch_size": 25}, diagnose=NOSTOP),
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first eleven layers do not move at all, a side effect of the "
                      "vanishing gradients; accuracy 0.2533 (the baseline 1.0)"),
         verdict=TP),
    Case("h66_saturated_tanh_gq720_std5_rmsprop", "2x42 tanh MLP with N(0, 5) init on the "
         "7-class quantiles, RMSprop at LR 1e-9, batch 35",
         {"data": GQ720, "model": {"hidden": [42, 42], "activation": "tanh", "init": "normal",
                                   "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 7 from the start (the epoch loss "
                      "43.04 at every epoch); 19.3% of the test predictions in one class"),
         verdict=TP),
    Case("h66_slow_start_dagger_cnn_sgd", "the dagger CNN, plain SGD at LR 0.06, batch 20, 20 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": DG4, "model": DCNN, "optim": {"name": "sgd", "lr": 0.06},
          "train": {"epochs": 20, "batch_size": 20}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu",
                "not_converged"),
         why_allowed=("no healthy dagger run is in the part; the validation loss ends 0.22% "
                      "above its minimum at epoch 19 (accuracy 0.83, the baseline 0.80); up "
                      "to 14% of the dense units dead"),
         verdict=TP),
    Case("h66_unshuffled_cl66_adagrad_elu", "the 66-feature set sorted by label, never "
         "shuffled, 80x40 ELU MLP, Adagrad at LR 0.02, batch 39, 8 epochs",
         {"data": {**CL66, "order": "by_label", "shuffle": False},
          "model": {"hidden": [80, 40], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 8, "batch_size": 39}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "not_training",
                "predictions_collapsed", "overfitting", "dead_relu"),
         why_allowed=(SORTED + "; accuracy 0.8625 where the healthy runs reach "
                               "0.9146-0.9354"),
         verdict=TP),
    Case("h66_mse_softmax_kettle_rmsprop", "the kettle CSV trained with square error on the "
         "softmax, RMSprop at LR 1e-4, 30x15 ReLU MLP, batch 27, 10 epochs",
         _kettle(model={"hidden": [30, 15]},
                 optim={"name": "rmsprop", "lr": 1e-4},
                 train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "not_converged"),
         why_allowed=("the small loss has its own scale; accuracy 0.67 where the healthy runs "
                      "reach 1.0, and the epoch loss still falls 2.3% over the last epoch "
                      "(0.191 to 0.1553 in all)"),
         verdict=TP),
    Case("h66_noisy_kettle_b1_momentum", "the kettle CSV one row at a time (batch 1), SGD with "
         "momentum 0.5 at LR 0.2, 28-unit ReLU MLP, 3 epochs",
         _kettle(model={"hidden": [28]}, optim={"name": "sgd", "lr": 0.2, "momentum": 0.5},
                 train={"epochs": 3, "batch_size": 1}, diagnose=NOSTOP),
         expect=("noisy_loss",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "overfitting",
                "not_converged", "underfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows with big steps throw the loss about (single update "
                      "ratios up to 0.53); the epoch loss, tiny, still falls (0.0475, "
                      "0.00032, 0.00018), accuracy 1.0"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h66_overfit_cl66_subset80_rmsprop", "80 rows of the 66-feature set, MLP of 300 and "
         "150 units, RMSprop at LR 5e-4, 80 epochs, batch 8",
         {"data": {**CL66, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "rmsprop", "lr": 5e-4}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("80 rows teach less than every row: accuracy 0.8125 (the run's "
                      "baseline 0.7854, the healthy runs 0.915-0.935); up to 8% of the second "
                      "layer's units dead"),
         verdict=GP),
    Case("h66_gap_fr58_subset45_adam", "45 rows of the 58-feature Friedman regression, MLP of "
         "200 and 100 units, Adam at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR58, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.0151, training 1.0); with the training loss "
                      "near 0 (1.9e-7) the gradients and updates die away; up to 44% of the "
                      "second layer's units dead"),
         verdict=GP),
    Case("h66_underfit_gq720_one_sigmoid_unit_adamw", "the 7-class quantiles through 1 sigmoid "
         "unit, AdamW at LR 0.01, batch 33, 15 epochs",
         {"data": GQ720, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 33}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part seven shells: the epoch loss sits at ln 7 "
                      "(2.001 to 1.942, a fall of 3%); 55% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h66_lightning_iris_momentum_lr500_nan", "Lightning: iris, SGD with momentum 0.9 at "
         "LR 500, 19 units, batch 8, 4 epochs",
         script=lightning_run(_s("iris", hidden=(19,), optim="sgd", lr=500.0,
                                 epochs=4, batch_size=8, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h66_lightning_digits_subset30_adam_gap", "Lightning: 30 rows of digits, 170 units, "
         "Adam at LR 1e-3, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(170,), optim="adam", lr=1e-3, epochs=90,
                                 batch_size=5, subset=30)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 35 (1.405) and ends 3.0% above it"),
         verdict=GP),
    Case("h66_hf_trainer_wine_momentum_lr500_nan", "Hugging Face Trainer names: wine, SGD with "
         "momentum 0.9 at LR 500 (decaying linearly), 21 units, batch 9, 4 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(21,), optim="sgd", lr=500.0, epochs=4,
                                  batch_size=9, optim_args={"momentum": 0.9}),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333, 1/3 but below the validation split's "
                               "majority share"),
         verdict="failed"),
    Case("h66_hf_trainer_cancer_adamw_lr1e10_stuck", "Hugging Face Trainer names: breast "
         "cancer, AdamW at LR 1e-10 (decaying linearly), 16 units, batch 12, 5 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(16,), optim="adamw", lr=1e-10,
                                  epochs=5, batch_size=12), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the evaluation loss stays at 0.6605 at every evaluation; the "
                      "untrained net scores 0.4912, far below the majority share (no training "
                      "score is logged)"),
         verdict=TP),
    Case("h66_keras_digits_sgd_lr500_nan", "Keras names: digits, plain SGD at LR 500, 23 units, "
         "batch 12, 4 epochs",
         script=keras_run(_s("digits", hidden=(23,), optim="sgd", lr=500.0, epochs=4,
                             batch_size=12)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h66_keras_digits_subset40_rmsprop_gap", "Keras names: 40 rows of digits, 160 units, "
         "RMSprop at LR 5e-4, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(160,), optim="rmsprop", lr=5e-4, epochs=80,
                             batch_size=5, subset=40)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("40 rows of ten digits teach less than all of them (accuracy 0.7047); "
                      "the validation loss is lowest at epoch 51 (0.962) and ends 2.3% above "
                      "it"),
         verdict=GP),
    Case("h66_tensorboard_iris_sgd_lr1e10_stuck", "TensorBoard tags: iris, plain SGD at LR "
         "1e-10, 18 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("iris", hidden=(18,), optim="sgd", lr=1e-10,
                                   epochs=5, batch_size=10)),
         tool="tensorboard", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed="the validation loss stays at 1.027 at every epoch",
         verdict=TP),
    Case("h66_tensorboard_digits_one_unit_adam", "TensorBoard tags: digits through 1 ReLU "
         "unit, Adam at LR 0.01, batch 20, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="adam", lr=0.01,
                                   epochs=20, batch_size=20)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2925 "
                      "(training 0.3219); the step loss's epoch mean falls 0.5% over the "
                      "last epoch"),
         verdict=TP),
    Case("h66_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2, Adagrad at LR 0.05, 27 units, batch 16, a corrupt record (x = 1e30) at "
         "step 19 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(27,), optim="adagrad", lr=0.05, epochs=3,
                             batch_size=16, n=900, noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=19),
    Case("h66_plain_wine_adam_lr1e11_stuck", "hand-written loop: wine, Adam at LR 1e-11, 24 "
         "units, batch 10, 5 epochs",
         script=plain_run(_s("wine", hidden=(24,), optim="adam", lr=1e-11, epochs=5,
                             batch_size=10)),
         tool="pytorch", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the validation loss stays at 1.042 at every epoch; accuracy 0.4722, "
                      "within 0.1 above the validation split's majority share"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy66_kettle_relu_adam_b24",
       _kettle(model={"hidden": [37]}, optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy66_kettle_tanh_rmsprop_b20",
       _kettle(model={"hidden": [41], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _h("healthy66_kettle_elu_adagrad_b22",
       _kettle(model={"hidden": [39], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy66_kettle_leaky_adamw_b26",
       _kettle(model={"hidden": [43], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy66_kettle_sigmoid_adam_b18",
       _kettle(model={"hidden": [45], "activation": "sigmoid"},
               optim={"lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 18})),
    _h("healthy66_kettle_tanh_adamw_b16",
       _kettle(model={"hidden": [35], "activation": "tanh"},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 16})),
    _h("healthy66_kettle_relu_adamw_b28",
       _kettle(model={"hidden": [47]},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 28})),
    _h("healthy66_kettle_elu_adam_b30",
       _kettle(model={"hidden": [49], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 30})),
    _h("healthy66_fr58_tanh_adam_b26",
       {"data": FR58, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy66_fr58_sigmoid_adamw_b28",
       {"data": FR58, "model": {"hidden": [57], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy66_fr58_sigmoid_adam_b24",
       {"data": FR58, "model": {"hidden": [61], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy66_fr58_tanh_adamw_b22",
       {"data": FR58, "model": {"hidden": [51], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy66_fr58_sigmoid_rmsprop_b30",
       {"data": FR58, "model": {"hidden": [55], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 30}}),
    _h("healthy66_cl66_relu_adam_b34",
       {"data": CL66, "model": {"hidden": [63]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy66_cl66_relu_rmsprop_b28",
       {"data": CL66, "model": {"hidden": [61]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy66_cl66_leaky_adamw_b36",
       {"data": CL66, "model": {"hidden": [59], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy66_cl66_leaky_adam_b32",
       {"data": CL66, "model": {"hidden": [65], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy66_cl66_relu_adamw_b40",
       {"data": CL66, "model": {"hidden": [67]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy66_cl66_leaky_rmsprop_b30",
       {"data": CL66, "model": {"hidden": [63], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy66_kettle_leaky_rmsprop_b24",
       _kettle(model={"hidden": [33], "activation": "leaky_relu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy66_kettle_sigmoid_adamw_b20",
       _kettle(model={"hidden": [51], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 20})),
    _hs("healthy66_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(39,), optim="adam", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy66_hf_trainer_iris_adamw",
        hf_trainer_run(_s("iris", hidden=(41,), optim="adamw", lr=5e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy66_tensorboard_cancer_adam",
        tensorboard_run(_s("breast_cancer", hidden=(43,), optim="adam", lr=1e-3, epochs=25,
                           batch_size=16)), "tensorboard"),
    _hs("healthy66_keras_wine_adamw",
        keras_run(_s("wine", hidden=(45,), optim="adamw", lr=3e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy66_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(47,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy66_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(55,), optim="adamw", lr=5e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy66_plain_cancer_adamw",
        plain_run(_s("breast_cancer", hidden=(51,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "pytorch"),
    _hs("healthy66_plain_iris_adam",
        plain_run(_s("iris", hidden=(53,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
