"""The fifty-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout57`, after :mod:`.heldout54`'s and :mod:`.heldout55`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout55` in its combination of data set (new here: a 10x10 image set of a lantern (a ring
above a wide glass body on a base in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1600 images with noise 0.3 and 2% random labels; 8-class Gaussian quantiles in 13 dimensions (5000
samples); a 56-feature 5-class set (2600 samples, 18 informative, 6 redundant, class separation
2.0); a 48-feature Friedman-1 regression (2000 samples, noise 0.6); a cannery can seamer's state CSV
(seaming, changeover, starved, faulted: 4 classes from 7 readings) and an apiary shop's daily honey
jars sold regression CSV (jars, in the hundreds), besides the script tools' shipped sets with new
settings: iris, wine, breast cancer, digits and the sine with noise 0.15), model (MLPs of several
widths, depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam,
AdamW, RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule
(cosine, constant), initialisation (default, normal) or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). Most fault cases pair a mechanism with another optimiser, model, data set or
tool than :mod:`.heldout53` to :mod:`.heldout55` did (divergence to Inf under SGD with momentum 0.9
in an ELU net on the unscaled apiary jars, divergence under Adam at LR 80 in a leaky-ReLU net on
the quantiles, exploding gradients in a 10-layer net with N(0, 1) init under RMSprop on the
56-feature set, units killed by AdamW at LR 4 in the lantern CNN, a tiny learning rate under Adagrad
on the quantiles and under SGD with momentum on the Friedman regression, vanishing gradients under
plain SGD in a 22-layer sigmoid net on the 56-feature set, saturation under RMSprop in a tanh net
with N(0, 5) init on the quantiles, a slow start of the lantern CNN under plain SGD, the unshuffled
56-feature set under Adam in an ELU net, square error with Adam on the seamer CSV, a high update
ratio from Adagrad at LR 5 on the 56-feature set, an overfit 100-row quantile set under RMSprop and
a 60-row Friedman regression under AdamW, an underfit 1-unit ELU net under AdamW, Lightning's NaN on
iris under plain SGD and its 40 rows of digits under RMSprop, Trainer's NaN on wine under SGD with
momentum and its stuck digits under Adagrad, Keras' NaN on breast cancer under SGD with momentum
and its 2-unit sigmoid digits under RMSprop, TensorBoard's noisy batch-1 iris under Adam and its
unshuffled breast cancer under Adam, the hand-written loop's corrupt record on the sine under Adam
and its 35 rows of digits under Adam), and the cases are spread over the tools (fifteen runner
faults; two faults for each of Lightning, Trainer, Keras, TensorBoard and the hand-written loop)
and the fault classes (four runner runs broken (a divergence to Inf, one that never turns NaN,
exploding gradients, dead units that end a blow-up) and four scripts (Lightning's, Trainer's and
Keras' NaN, the loop's Inf); ``not_training`` expected in six runner runs and one script;
``predictions_collapsed`` in three runner runs; ``at_chance`` in six runner runs and two scripts;
one overfit runner run and one overfit script, both with a generalisation gap, and one runner run
and one script with a gap alone; three runner regressions among the faults), and the healthy runner
runs over three data sets (the seamer CSV, the Friedman regression and the 56-feature set), and the
healthy scripts on iris (Trainer, Lightning, Keras, TensorBoard, the hand-written loop twice), wine
and breast cancer (Lightning) and breast cancer (TensorBoard).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every
fault was trained once with its final setting (the time allowed no second store); healthy
candidates were added in a second batch after the first batch's drops.

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

The healthy runner cases measured: update ratio per layer 7.5e-4 (the mean of a layer of the ELU
MLP with SGD at batch 12 on the seamer CSV) to quarter means of 0.041 (the tanh MLP with Adagrad at
batch 28 on the Friedman regression); the expected ``update_ratio_high`` run reaches quarter means
of 0.57 (its first layer) and 0.69 (its output layer) in its first quarter, 14 and 17 times the
healthy extreme, with single steps at 65-67, and its output layer stays at 0.09-0.12 to the end;
the expected ``update_ratio_low`` runs sit at 1.4e-12 to 3.2e-11 (Adagrad at LR 1e-10 on the
quantiles) and 1.2e-10 to 3.3e-8 (SGD with momentum at LR 1e-10 on the Friedman regression).
Dead-unit fraction per layer 0 at any time in every healthy ReLU, leaky-ReLU and ELU run; the
expected ``dead_relu`` run reaches 1.0 (every unit of a layer dead) under AdamW at LR 4, with every
layer's gradient 0 after its first quarter. Saturated fraction per layer at most 0.285 in the
healthy tanh and sigmoid runs (the 28x14 tanh MLP with AdamW on the seamer CSV; the others at most
0.018); the expected ``saturated_activation`` runs hold 0.887 and 0.941 in their two layers
throughout (the N(0, 5) tanh net) and 0.98 in the one tanh layer (Adagrad at LR 5). The exploding
run's gradient norms sit at 6.0e5-3.6e6 with its loss near 5.2e6 from the first step and never NaN
(the healthy runs' largest single norm 125); the vanishing run's first layers at 5e-20 to 8e-19
against 0.05-0.55 at the output. The step-loss position in the epoch explains 98% of the
within-epoch variance over the second half in the sorted 56-feature set and in TensorBoard's sorted
breast cancer (TensorBoard's healthy runs 4% and 7%). The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 1.31 times its mean in the healthy
scripts with a step loss (TensorBoard's breast cancer; the others 0.45-1.16), while the expected
``noisy_loss`` run swings 3.53 (TensorBoard, batch 1, Adam at LR 0.03 on iris). Healthy runs reach
a validation score close to what the data allow (accuracy 1.0 on the seamer CSV, where the run's
``baseline/val_accuracy`` is 1.0; 0.8519-0.8885 on the 56-feature set, where the baseline is
0.8538; R2 0.7484-0.7628 on the Friedman regression, where the baseline is 0.7325; for the scripts
0.9667 (every iris run), 1.0 (Lightning's wine) and 0.9298 (Lightning's and TensorBoard's breast
cancer)); their validation loss does not rise at the end (every healthy run's is lowest at its last
epoch or ends at most 0.15% above its minimum: the tanh MLP with Adam on the Friedman regression,
lowest at epoch 24 of 30; the sigmoid MLPs with AdamW and Adam there, epoch 24, 0.11% and 0.09%),
the training loss has flattened (the epoch loss falls at most 2.9% over the last epoch: Lightning's
wine and breast cancer; the runner runs at most 1.63%), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.0955, the ReLU MLP with Adagrad at batch 32
on the 56-feature set, training 0.9840), and they expect no finding of severity warning or worse.

Healthy candidates dropped: all four on the quantiles (the ELU MLP under Adam at 0.8460 with
training 0.9503, a 0.104 gap; the ReLU MLP under AdamW at 0.7300 with training 0.9903; the
leaky-ReLU MLP under RMSprop at 0.6950; the ELU MLP under Adagrad at 0.8010 with training 0.9253);
the ELU MLP under RMSprop on the Friedman regression (R2 -0.258); five MLPs on the 56-feature set
that stopped at 0.8019-0.8115, below the baseline's 0.8538 (ELU under RMSprop and under Adam, tanh
under Adam and under RMSprop, sigmoid under AdamW) and the leaky-ReLU MLP under SGD with momentum
(0.8904 with training 0.9917, a 0.101 gap); Lightning's wine for 30 epochs (the epoch loss still
falling 4.6% over the last epoch) and its digits under RMSprop (12.6%); Keras' wine under AdamW (the
validation loss 1.9% above its minimum at the end) and under Adam (the loss still falling 5.4%)
and its breast cancer under RMSprop (1.4% above its minimum); the loop's wine under Adagrad (0.89%
above its minimum, the epoch mean still falling 4.3%), its digits under Adam (the epoch mean still
falling 12.4%) and its breast cancer under Adam (3.0% above its minimum). No healthy run on the
lantern images, on the quantiles, on the apiary CSV, on the sine, on digits in a script or in a
script on the runner's data is in the part: their faults are read against the run's own numbers and
its baseline. Faults changed: none was rerun (the time allowed no second store); Adam at LR 80 on
the quantiles, planned as a divergence to NaN, climbed to 8.7e8 without a NaN, so ``nan_loss`` is
not allowed there; Adagrad at LR 5 on the 56-feature set, planned as a high update ratio that ends
diverged, came back to a loss 8% above its first step, so ``divergence`` is only allowed there.
Labels read from the metrics: the apiary divergence's logged loss climbs from 1.6e5 to 6.2e19
and then Inf, so
``nan_loss`` is expected beside ``divergence``; Adam at LR 80 ends at 0.143 (1/8 is 0.125) with at
most 51% of the test predictions in one class, so ``at_chance`` is expected and
``predictions_collapsed`` not allowed; the exploding run ends at 0.2 (1/5) with every test
prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected beside
``exploding_gradients``; the lantern CNN under AdamW at LR 4 blows up to a loss of 3.3e6 in its
first epoch and ends with its epoch loss at 1.506 (first step 1.367), accuracy 0.25 and every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected
beside ``dead_relu``; the vanishing run ends at 0.2 with every test prediction in one class, so
``at_chance`` and ``predictions_collapsed`` are expected there, while the saturated run (0.118, 1/8
is 0.125) spreads them (at most 17% in one class) and Adagrad at LR 1e-10 on the quantiles (0.113)
puts 30% in one class; Adagrad at LR 5 saturates 98% of its tanh units and still falls 9.3% over
its last epoch, so ``saturated_activation`` and ``not_converged`` are expected beside
``update_ratio_high``; the SGD slow start of the lantern CNN (the epoch loss 1.386, 1.380, 1.373,
1.364, 1.352, then ever faster to 0.379) still falls 25% over its last epoch, so ``not_converged``
is expected beside ``slow_start``; the sorted 56-feature set (the epoch loss 0.770, 0.697 over the
last two epochs, 9.4%) and TensorBoard's sorted breast cancer (the epoch mean 21% over the last
epoch) stop while their loss still clearly falls, so ``not_converged`` is expected beside
``unshuffled_data``; the square-error seamer run's epoch loss still falls 14% over its last epoch,
so ``not_converged`` is expected beside ``loss_mismatch``; TensorBoard's noisy batch-1 iris still
falls 45% over its last epoch, so ``not_converged`` is expected beside ``noisy_loss``; the 100 rows
of the quantiles end at validation 0.14 (training 1.0) with the validation loss lowest at epoch 1
(2.116) and 6.976 at the end, so ``overfitting`` and ``at_chance`` are expected beside
``generalisation_gap``; Lightning's 40 rows of digits end at validation 0.7382 (training 1.0) with
the validation loss lowest at epoch 26 (0.9553) and 9.6% above it at the end, so ``overfitting`` is
expected there too; the loop's 35 rows of digits (validation 0.7159, the loss lowest at epoch 34
and 2.2% above it at the end) and the 60-row Friedman regression (R2 0.2757, training 1.0, the
validation loss lowest at its last epoch) expect only ``generalisation_gap``; Lightning's NaN on
iris ends at 0.3333 (1/3), so ``at_chance`` is expected there, and Trainer's stuck digits (Adagrad
at LR 1e-10) ends at 0.1421, 0.042 above 1/10, so ``at_chance`` is expected there; Trainer's NaN on
wine ends at 0.3333, 0.066 below wine's majority share, and Keras' NaN on breast cancer at 0.3684
(the minority class's share), so there ``at_chance`` is only allowed; Keras' NaN has every epoch's
loss NaN, so ``divergence`` is only allowed there.


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(25, 33)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 9)
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

# a lantern in a 5x5 cell (a ring on top, a wide glass body, a base), turned by 90 degrees at
# a time for the other three directions
_LANTERN_UP = np.array(
    [[0, 0, 1, 0, 0], [0, 1, 0, 1, 0], [1, 1, 1, 1, 1], [0, 1, 1, 1, 0], [1, 1, 1, 1, 1]],
    dtype=float,
)
_LANTERNS = turned(_LANTERN_UP)


def lanterns(
    n: int = 1600, size: int = 10, noise: float = 0.3, flip: float = 0.02, seed: int = 0
) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 lantern glyph at a random place (4 classes: the lantern turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_LANTERNS, n, size, noise, flip, seed)


def _seamer_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cannery can seamer's state (0 seaming, 1 changeover, 2 starved, 3 faulted) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    speed_cpm = np.array([420.0, 60.0, 150.0, 5.0])[cls] + rng.normal(0, 25.0, n)
    chuck_temp = np.array([48.0, 30.0, 40.0, 62.0])[cls] + rng.normal(0, 3.5, n)
    lid_feed = np.array([7.0, 0.5, 1.5, 3.0])[cls] + rng.normal(0, 0.7, n)
    torque_nm = np.array([35.0, 8.0, 14.0, 55.0])[cls] + rng.normal(0, 4.0, n)
    seal_pressure = np.array([5.5, 2.0, 4.5, 1.0])[cls] + rng.normal(0, 0.5, n)
    humidity = rng.uniform(30.0, 80.0, n)
    can_size = rng.integers(1, 4, n).astype(float)
    return (
        [
            "speed_cans_min",
            "chuck_temp_c",
            "lid_feed_rate",
            "torque_nm",
            "seal_pressure_bar",
            "humidity_pct",
            "can_size",
            "state",
        ],
        np.column_stack(
            [speed_cpm, chuck_temp, lid_feed, torque_nm, seal_pressure, humidity, can_size, cls]
        ),
    )


def _apiary_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An apiary shop's daily honey jars sold from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(2, 32, n)
    rain_mm = rng.uniform(0, 20, n)
    tourists = rng.uniform(0, 1, n)
    market_day = rng.integers(0, 2, n).astype(float)
    promo = rng.integers(0, 2, n).astype(float)
    jars = (
        150
        + 5.0 * temp_c
        - 6.0 * rain_mm
        + 180.0 * tourists
        + 110.0 * market_day
        + 70.0 * promo
        + 60.0 * (weekday >= 5)
        + rng.normal(0, 20.0, n)
    )
    return (
        ["weekday", "temp_c", "rain_mm", "tourist_index", "market_day", "promotion", "jars_sold"],
        np.column_stack([weekday, temp_c, rain_mm, tourists, market_day, promo, jars]),
    )


def _seamer(**sections: Any) -> Any:
    return _csv("cannery_seamer_state", _seamer_csv, "state", "classification", 561, **sections)


def _apiary(**sections: Any) -> Any:
    return _csv("apiary_daily_jars", _apiary_csv, "jars_sold", "regression", 562, **sections)


HERE = "benchmarks.diagnosis_bank.heldout56"
LN4 = _factory(f"{HERE}:lanterns")
GQ813 = _factory(
    "sklearn.datasets:make_gaussian_quantiles",
    n_samples=5000,
    n_features=13,
    n_classes=8,
    random_state=563,
)
CL56 = _factory(
    "sklearn.datasets:make_classification",
    n_samples=2600,
    n_features=56,
    n_informative=18,
    n_redundant=6,
    n_classes=5,
    class_sep=2.0,
    random_state=564,
)
FR48 = _factory(
    "sklearn.datasets:make_friedman1", n_samples=2000, n_features=48, noise=0.6, random_state=565
)
LCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 16}], "hidden": [30]}


def _F(
    name: str,
    desc: str,
    sections: Any = None,
    *,
    expect: tuple[str, ...],
    allow: tuple[str, ...],
    **kw: Any,
) -> Case:
    return Case(
        name, desc, sections, expect=expect, allow=tuple(a for a in allow if a not in expect), **kw
    )


FAULTS: tuple[Case, ...] = (
    _F(
        "h56_divergence_apiary_momentum_elu",
        "the apiary daily-jars CSV (targets unscaled, in "
        "the hundreds), 26-unit ELU MLP, SGD with momentum 0.9 at LR 0.3, batch 20",
        _apiary(
            model={"hidden": [26], "activation": "elu"},
            optim={"name": "sgd", "lr": 0.3, "momentum": 0.9},
            train={"epochs": 3, "batch_size": 20},
            diagnose=NOSTOP,
        ),
        expect=("divergence", "nan_loss"),
        allow=(
            "exploding_gradients",
            "update_ratio_high",
            "dead_relu",
            "saturated_activation",
            "vanishing_gradients",
            "noisy_loss",
            "underfitting",
            "not_converged",
            "unshuffled_data",
            "not_training",
        ),
        why_allowed=(BLOWUP),
        verdict="failed",
    ),
    _F(
        "h56_divergence_gq813_adam_lr80_leaky",
        "80x40 leaky-ReLU MLP on the 8-class quantiles in 13 dimensions, Adam at LR 80, batch 30",
        {
            "data": GQ813,
            "model": {"hidden": [80, 40], "activation": "leaky_relu"},
            "optim": {"name": "adam", "lr": 80.0},
            "train": {"epochs": 3, "batch_size": 30},
            "diagnose": NOSTOP,
        },
        expect=("divergence", "at_chance"),
        allow=(
            "exploding_gradients",
            "update_ratio_high",
            "not_training",
            "vanishing_gradients",
            "noisy_loss",
            "unshuffled_data",
            "underfitting",
            "not_converged",
            "overfitting",
        ),
        why_allowed=(
            BLOWUP
            + "; the loss climbs from 2.087 at the first step to 2.9e8 at the end but never turns "
              "NaN; accuracy 0.143, 0.018 above 1/8; at most 51% of the test predictions in one "
              "class"
        ),
        verdict="failed",
    ),
    _F(
        "h56_exploding_cl56_10x24_std1_rmsprop",
        "10x24 ReLU MLP with N(0, 1) init on the 56-feature set, RMSprop at LR 1e-13",
        {
            "data": CL56,
            "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
            "optim": {"name": "rmsprop", "lr": 1e-13},
            "train": {"epochs": 3, "batch_size": 26},
            "diagnose": NOSTOP,
        },
        expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
        allow=(
            "divergence",
            "underfitting",
            "update_ratio_low",
            "dead_relu",
            "not_converged",
            "noisy_loss",
            "unshuffled_data",
        ),
        why_allowed=(
            "the loss does not fall (the epoch loss 5.155e6 at every epoch), far above ln 5 from "
            "the first step; the tiny steps do not move the wide weights (update ratios 0 as "
            "logged)"
        ),
        verdict="failed",
    ),
    _F(
        "h56_dead_relu_lantern_cnn_adamw_lr4",
        "the lantern CNN (12, 16 channels, 30 hidden), AdamW at LR 4, batch 24",
        {
            "data": LN4,
            "model": LCNN,
            "optim": {"name": "adamw", "lr": 4.0},
            "train": {"epochs": 3, "batch_size": 24},
            "diagnose": NOSTOP,
        },
        expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
        allow=(
            "exploding_gradients",
            "update_ratio_high",
            "vanishing_gradients",
            "update_ratio_low",
            "not_training",
            "noisy_loss",
            "unshuffled_data",
            "underfitting",
            "not_converged",
            "nan_loss",
            "overfitting",
        ),
        why_allowed=(
            BLOWUP + "; afterwards the gradients of every layer are 0 and the loss sits near 1.5"
        ),
        verdict="failed",
    ),
    _F(
        "h56_adagrad_lr1e10_gq813",
        "the 8-class quantiles, 72x36 ELU MLP, Adagrad at LR 1e-10, 4 epochs",
        {
            "data": GQ813,
            "model": {"hidden": [72, 36], "activation": "elu"},
            "optim": {"name": "adagrad", "lr": 1e-10},
            "train": {"epochs": 4, "batch_size": 28},
            "diagnose": NOSTOP,
        },
        expect=("not_training", "update_ratio_low", "at_chance"),
        allow=("underfitting", "unshuffled_data", "noisy_loss"),
        why_allowed=(
            "accuracy 0.113, 1/8 is 0.125; no healthy quantile run is in the part (the baseline "
            "0.166)"
        ),
        verdict=TP,
    ),
    _F(
        "h56_momentum_lr1e10_fr48",
        "the 48-feature Friedman regression, 50x25 tanh MLP, SGD with momentum 0.9 at LR 1e-10",
        {
            "data": FR48,
            "model": {"hidden": [50, 25], "activation": "tanh"},
            "optim": {"name": "sgd", "lr": 1e-10, "momentum": 0.9},
            "train": {"epochs": 4, "batch_size": 22},
            "diagnose": NOSTOP,
        },
        expect=("not_training", "update_ratio_low"),
        allow=("underfitting", "unshuffled_data", "noisy_loss"),
        why_allowed=("R2 -8.28, far below the baseline (0.7325) and the healthy runs"),
        verdict=TP,
    ),
    _F(
        "h56_vanishing_sigmoid_cl56_22x10_sgd",
        "22x10 sigmoid MLP on the 56-feature set, plain SGD at LR 0.05, 4 epochs",
        {
            "data": CL56,
            "model": {"hidden": [10] * 22, "activation": "sigmoid"},
            "optim": {"name": "sgd", "lr": 0.05},
            "train": {"epochs": 4, "batch_size": 24},
            "diagnose": NOSTOP,
        },
        expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
        allow=(
            "update_ratio_low",
            "underfitting",
            "unshuffled_data",
            "noisy_loss",
            "not_converged",
        ),
        why_allowed=(
            "the first layers do not move at all, a side effect of the vanishing gradients"
        ),
        verdict=TP,
    ),
    _F(
        "h56_saturated_tanh_gq813_std5_rmsprop",
        "2x44 tanh MLP with N(0, 5) init on the 8-class quantiles, RMSprop at LR 1e-7",
        {
            "data": GQ813,
            "model": {"hidden": [44, 44], "activation": "tanh", "init": "normal", "init_std": 5.0},
            "optim": {"name": "rmsprop", "lr": 1e-7},
            "train": {"epochs": 4, "batch_size": 32},
            "diagnose": NOSTOP,
        },
        expect=("saturated_activation", "not_training", "at_chance"),
        allow=(
            "update_ratio_low",
            "underfitting",
            "noisy_loss",
            "unshuffled_data",
            "not_converged",
            "divergence",
            "vanishing_gradients",
        ),
        why_allowed=(
            "the tiny LR gives tiny updates (2e-8 to 4e-8); the loss far above ln 8 from the "
            "start (the epoch loss 50.48 at every epoch)"
        ),
        verdict=TP,
    ),
    _F(
        "h56_slow_start_lantern_cnn_sgd",
        "the lantern CNN, plain SGD at LR 0.04, batch 18, "
        "18 epochs: the epoch loss lingers near ln 4 and then falls",
        {
            "data": LN4,
            "model": LCNN,
            "optim": {"name": "sgd", "lr": 0.04},
            "train": {"epochs": 18, "batch_size": 18},
        },
        expect=("slow_start", "not_converged"),
        allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
        why_allowed=(
            "plain SGD throws the validation loss about late in the run (0.936 at epoch 13, 1.032 "
            "at epoch 14; 0.4852 at epoch 17, 0.4954 at the end); accuracy 0.8156 against the "
            "baseline's 0.8594; no healthy lantern run is in the part"
        ),
        verdict=TP,
    ),
    _F(
        "h56_unshuffled_cl56_adam_elu",
        "the 56-feature set sorted by label, never "
        "shuffled, 70x35 ELU MLP, Adam at LR 4e-4, batch 32, 8 epochs",
        {
            "data": {**CL56, "order": "by_label", "shuffle": False},
            "model": {"hidden": [70, 35], "activation": "elu"},
            "optim": {"name": "adam", "lr": 4e-4},
            "train": {"epochs": 8, "batch_size": 32},
        },
        expect=("unshuffled_data", "not_converged"),
        allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
        why_allowed=(SORTED),
        verdict=TP,
    ),
    _F(
        "h56_mse_softmax_seamer_adam",
        "the cannery-seamer CSV trained with square error "
        "on the softmax, Adam at LR 1e-3, 30x15 sigmoid MLP, 10 epochs",
        _seamer(
            model={"hidden": [30, 15], "activation": "sigmoid"},
            optim={"name": "adam", "lr": 1e-3},
            train={"loss": "mse", "epochs": 10, "batch_size": 24},
        ),
        expect=("loss_mismatch", "not_converged"),
        allow=("noisy_loss", "underfitting", "slow_start", "overfitting", "saturated_activation"),
        why_allowed=(
            "the tiny loss (0.072 at the end) has its own scale; accuracy 0.9333 against 1.0 in "
            "every healthy seamer run, still climbing"
        ),
        verdict=TP,
    ),
    _F(
        "h56_update_ratio_high_cl56_adagrad_lr5",
        "Adagrad at LR 5 on the 56-feature set, 60 tanh units, batch 30, 10 epochs",
        {
            "data": CL56,
            "model": {"hidden": [60], "activation": "tanh"},
            "optim": {"name": "adagrad", "lr": 5.0},
            "train": {"epochs": 10, "batch_size": 30},
        },
        expect=("update_ratio_high", "saturated_activation", "not_converged"),
        allow=(
            "divergence",
            "exploding_gradients",
            "noisy_loss",
            "underfitting",
            "generalisation_gap",
            "overfitting",
        ),
        why_allowed=(
            "the big first steps blow the loss up to 64 (epoch 1's mean 18.1, first step 1.53) "
            "and it ends at 1.66, 8% above its first step; validation 0.6788 (training 0.8032) "
            "against 0.85-0.89 in the healthy runs on this set"
        ),
        verdict=TP,
    ),
    _F(
        "h56_overfit_gq813_subset100_rmsprop",
        "100 rows of the 8-class quantiles, MLP of 300 "
        "and 150 units, RMSprop at LR 1e-3, 80 epochs, batch 10",
        {
            "data": {**GQ813, "subset": 100},
            "model": {"hidden": [300, 150]},
            "optim": {"name": "rmsprop", "lr": 1e-3},
            "train": {"epochs": 80, "batch_size": 10},
        },
        expect=("overfitting", "generalisation_gap", "at_chance"),
        allow=(
            "underfitting",
            "not_converged",
            "noisy_loss",
            "update_ratio_low",
            "vanishing_gradients",
        ),
        why_allowed=(
            "100 rows of eight shells in 13 dimensions teach nothing that holds: accuracy 0.14 "
            "(the run's baseline 0.139); with the training loss near 0 the gradients and updates "
            "die away"
        ),
        verdict=GP,
    ),
    _F(
        "h56_gap_fr48_subset60_adamw",
        "60 rows of the 48-feature Friedman regression, MLP "
        "of 220 and 110 units, AdamW at LR 5e-4, 150 epochs, batch 12",
        {
            "data": {**FR48, "subset": 60},
            "model": {"hidden": [220, 110]},
            "optim": {"name": "adamw", "lr": 5e-4},
            "train": {"epochs": 150, "batch_size": 12},
        },
        expect=("generalisation_gap",),
        allow=(
            "overfitting",
            "underfitting",
            "not_converged",
            "noisy_loss",
            "dead_relu",
            "update_ratio_low",
            "vanishing_gradients",
        ),
        why_allowed=(
            "60 rows teach less: R2 0.2757 (the run's baseline 0.4048); with the training loss at "
            "~0 (1.2e-9) the gradients and updates die away"
        ),
        verdict=GP,
    ),
    _F(
        "h56_underfit_cl56_one_elu_unit_adamw",
        "the 56-feature 5-class set through 1 ELU unit, AdamW at LR 3e-3, 15 epochs",
        {
            "data": CL56,
            "model": {"hidden": [1], "activation": "elu"},
            "optim": {"name": "adamw", "lr": 3e-3},
            "train": {"epochs": 15, "batch_size": 30},
        },
        expect=("underfitting",),
        allow=("not_converged", "noisy_loss", "slow_start"),
        why_allowed=("one unit cannot part five classes: accuracy 0.4327 (training 0.4269)"),
        verdict=TP,
    ),
    _F(
        "h56_lightning_iris_sgd_lr300_nan",
        "Lightning: iris, plain SGD at LR 300, 18 units, batch 10, 4 epochs",
        script=lightning_run(
            _s("iris", hidden=(18,), optim="sgd", lr=300.0, epochs=4, batch_size=10)
        ),
        tool="lightning",
        expect=("nan_loss", "divergence", "at_chance"),
        allow=(
            "exploding_gradients",
            "noisy_loss",
            "not_training",
            "underfitting",
            "unshuffled_data",
            "not_converged",
        ),
        why_allowed=(BLOWUP + "; the step loss climbs from 1.03 to 3.4e35 and then is NaN"),
        verdict="failed",
    ),
    _F(
        "h56_lightning_digits_subset40_rmsprop_gap",
        "Lightning: 40 rows of digits, 200 units, RMSprop at LR 1e-3, 90 epochs, batch 5",
        script=lightning_run(
            _s(
                "digits",
                hidden=(200,),
                optim="rmsprop",
                lr=1e-3,
                epochs=90,
                batch_size=5,
                subset=40,
            )
        ),
        tool="lightning",
        expect=("overfitting", "generalisation_gap"),
        allow=("not_converged", "noisy_loss", "underfitting"),
        why_allowed=(
            "40 rows of ten digits teach less than a full set: the validation loss is lowest at "
            "epoch 26 (0.9553) and ends at 1.047"
        ),
        verdict=GP,
    ),
    _F(
        "h56_hf_trainer_wine_momentum_lr300_nan",
        "Hugging Face Trainer names: wine, SGD with "
        "momentum 0.9 at LR 300 (decaying linearly), 20 units, batch 12, 3 epochs, logging "
        "every 2 steps",
        script=hf_trainer_run(
            _s(
                "wine",
                hidden=(20,),
                optim="sgd",
                lr=300.0,
                epochs=3,
                batch_size=12,
                optim_args={"momentum": 0.9},
            ),
            logging_steps=2,
        ),
        tool="transformers",
        expect=("nan_loss", "divergence"),
        allow=(
            "at_chance",
            "exploding_gradients",
            "noisy_loss",
            "not_training",
            "underfitting",
            "unshuffled_data",
            "not_converged",
        ),
        why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
        verdict="failed",
    ),
    _F(
        "h56_hf_trainer_digits_adagrad_lr1e10_stuck",
        "Hugging Face Trainer names: digits, "
        "Adagrad at LR 1e-10 (decaying linearly), 30 units, batch 16, 4 epochs, logging every "
        "2 steps",
        script=hf_trainer_run(
            _s("digits", hidden=(30,), optim="adagrad", lr=1e-10, epochs=4, batch_size=16),
            logging_steps=2,
        ),
        tool="transformers",
        expect=("not_training", "at_chance"),
        allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
        why_allowed=("the loss stays near 2.3 and accuracy 0.1421 at every evaluation"),
        verdict=TP,
    ),
    _F(
        "h56_keras_cancer_momentum_lr500_nan",
        "Keras names: breast cancer, SGD with momentum 0.9 at LR 500, 19 units, batch 12, 4 epochs",
        script=keras_run(
            _s(
                "breast_cancer",
                hidden=(19,),
                optim="sgd",
                lr=500.0,
                epochs=4,
                batch_size=12,
                optim_args={"momentum": 0.9},
            )
        ),
        tool="keras",
        expect=("nan_loss",),
        allow=(
            "divergence",
            "at_chance",
            "exploding_gradients",
            "noisy_loss",
            "not_training",
            "underfitting",
            "unshuffled_data",
            "not_converged",
        ),
        why_allowed=(
            BLOWUP
            + "; every epoch's loss is NaN, so no finite loss shows the blow-up; accuracy 0.3684 "
              "is the minority class's share"
        ),
        verdict="failed",
    ),
    _F(
        "h56_keras_digits_two_sigmoid_units_rmsprop",
        "Keras names: digits through 2 sigmoid units, RMSprop at LR 2e-3, batch 24, 20 epochs",
        script=keras_run(
            _s(
                "digits",
                hidden=(2,),
                activation="sigmoid",
                optim="rmsprop",
                lr=2e-3,
                epochs=20,
                batch_size=24,
            )
        ),
        tool="keras",
        expect=("underfitting",),
        allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "saturated_activation"),
        why_allowed=(
            "two sigmoid units cannot part ten digits: validation accuracy 0.3983 (training "
            "0.4017); the loss still falls 1.1% over the last epoch (1.661 -> 1.642)"
        ),
        verdict=TP,
    ),
    _F(
        "h56_tensorboard_iris_b1_adam_noisy",
        "TensorBoard tags: iris, batch 1, Adam at LR 0.03, 20 units, 3 epochs",
        script=tensorboard_run(
            _s("iris", hidden=(20,), optim="adam", lr=0.03, epochs=3, batch_size=1)
        ),
        tool="tensorboard",
        expect=("noisy_loss", "not_converged"),
        allow=(
            "divergence",
            "exploding_gradients",
            "overfitting",
            "unshuffled_data",
            "underfitting",
        ),
        why_allowed=(
            "single samples with big steps throw the loss about (single samples up to 2.24); the "
            "validation loss is lowest at epoch 2 of 3"
        ),
        verdict=TP,
    ),
    _F(
        "h56_tensorboard_unshuffled_cancer_adam",
        "TensorBoard tags: breast cancer sorted by "
        "label, never shuffled, Adam at LR 1e-3, 20 units, batch 12, 5 epochs",
        script=tensorboard_run(
            _s(
                "breast_cancer",
                hidden=(20,),
                optim="adam",
                lr=1e-3,
                epochs=5,
                batch_size=12,
                shuffle=False,
                by_label=True,
            )
        ),
        tool="tensorboard",
        expect=("unshuffled_data", "not_converged"),
        allow=("underfitting", "noisy_loss", "at_chance"),
        why_allowed=(SORTED),
        verdict=TP,
    ),
    _F(
        "h56_plain_corrupt_record_sine_adam",
        "hand-written loop: sine regression with "
        "noise 0.15, Adam at LR 2e-3, batch 16, a corrupt record (x = 1e30) at step 9 "
        "makes the loss Inf",
        script=plain_run(
            _s(
                "sine",
                hidden=(22,),
                optim="adam",
                lr=2e-3,
                epochs=3,
                batch_size=16,
                n=900,
                noise=0.15,
            ),
            corrupt_step=9,
        ),
        tool="pytorch",
        expect=("nan_loss",),
        allow=("not_training", "divergence"),
        why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
        verdict="failed",
        expect_step=9,
    ),
    _F(
        "h56_plain_digits_subset35_adam_gap",
        "hand-written loop: 35 rows of digits, 180 units, Adam at LR 2e-3, 90 epochs, batch 7",
        script=plain_run(
            _s("digits", hidden=(180,), optim="adam", lr=2e-3, epochs=90, batch_size=7, subset=35)
        ),
        tool="pytorch",
        expect=("generalisation_gap",),
        allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
        why_allowed=(
            "35 rows of ten digits teach less than a full set: the validation loss is lowest at "
            "epoch 34 (0.8957) and ends 2.2% above it"
        ),
        verdict=GP,
    ),
)

HEALTHY: tuple[Case, ...] = (
    _h(
        "healthy56_seamer_relu_adamw_b22",
        _seamer(
            model={"hidden": [34]},
            optim={"name": "adamw", "lr": 0.002, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 22},
        ),
    ),
    _h(
        "healthy56_seamer_elu_adagrad_b20",
        _seamer(
            model={"hidden": [30, 15], "activation": "elu"},
            optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 20},
        ),
    ),
    _h(
        "healthy56_seamer_tanh_rmsprop_b26",
        _seamer(
            model={"hidden": [38], "activation": "tanh"},
            optim={"name": "rmsprop", "lr": 0.001, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 26},
        ),
    ),
    _h(
        "healthy56_seamer_sigmoid_adam_b24",
        _seamer(
            model={"hidden": [44], "activation": "sigmoid"},
            optim={"lr": 0.004, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 24},
        ),
    ),
    _h(
        "healthy56_seamer_leaky_sgd_b14",
        _seamer(
            model={"hidden": [36], "activation": "leaky_relu"},
            optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 14},
        ),
    ),
    _h(
        "healthy56_seamer_relu_rmsprop_b28",
        _seamer(
            model={"hidden": [40]},
            optim={"name": "rmsprop", "lr": 0.001, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 28},
        ),
    ),
    _h(
        "healthy56_seamer_tanh_adamw_b18",
        _seamer(
            model={"hidden": [28, 14], "activation": "tanh"},
            optim={"name": "adamw", "lr": 0.002, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 18},
        ),
    ),
    _h(
        "healthy56_seamer_elu_sgd_b12",
        _seamer(
            model={"hidden": [42], "activation": "elu"},
            optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 12},
        ),
    ),
    _h(
        "healthy56_fr48_tanh_adagrad_b28",
        {
            "data": FR48,
            "model": {"hidden": [56], "activation": "tanh"},
            "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 28},
        },
    ),
    _h(
        "healthy56_fr48_tanh_adam_b34",
        {
            "data": FR48,
            "model": {"hidden": [62], "activation": "tanh"},
            "optim": {"lr": 0.002, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 34},
        },
    ),
    _h(
        "healthy56_fr48_sigmoid_adamw_b24",
        {
            "data": FR48,
            "model": {"hidden": [58], "activation": "sigmoid"},
            "optim": {"name": "adamw", "lr": 0.003, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 24},
        },
    ),
    _h(
        "healthy56_cl56_relu_adamw_b30",
        {
            "data": CL56,
            "model": {"hidden": [62]},
            "optim": {"name": "adamw", "lr": 0.001, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 30},
        },
    ),
    _h(
        "healthy56_cl56_leaky_adagrad_b28",
        {
            "data": CL56,
            "model": {"hidden": [66], "activation": "leaky_relu"},
            "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 28},
        },
    ),
    _h(
        "healthy56_cl56_relu_sgd_b24",
        {
            "data": CL56,
            "model": {"hidden": [54]},
            "optim": {"name": "sgd", "lr": 0.05, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 24},
        },
    ),
    _hs(
        "healthy56_hf_trainer_iris_adam",
        hf_trainer_run(
            _s("iris", hidden=(18,), optim="adam", lr=4e-3, epochs=40, batch_size=10),
            logging_steps=2,
        ),
        "transformers",
    ),
    _hs(
        "healthy56_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(17,), optim="adamw", lr=5e-3, epochs=50, batch_size=12)),
        "tensorboard",
    ),
    _hs(
        "healthy56_tensorboard_cancer_adam",
        tensorboard_run(
            _s("breast_cancer", hidden=(18,), optim="adam", lr=8e-4, epochs=25, batch_size=16)
        ),
        "tensorboard",
    ),
    _h(
        "healthy56_seamer_relu_adagrad_b16",
        _seamer(
            model={"hidden": [32]},
            optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 16},
        ),
    ),
    _h(
        "healthy56_seamer_leaky_adam_b30",
        _seamer(
            model={"hidden": [48], "activation": "leaky_relu"},
            optim={"lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 30},
        ),
    ),
    _h(
        "healthy56_fr48_tanh_rmsprop_b26",
        {
            "data": FR48,
            "model": {"hidden": [54], "activation": "tanh"},
            "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 26},
        },
    ),
    _h(
        "healthy56_fr48_sigmoid_adam_b30",
        {
            "data": FR48,
            "model": {"hidden": [64], "activation": "sigmoid"},
            "optim": {"lr": 3e-3, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 30},
        },
    ),
    _h(
        "healthy56_fr48_tanh_adagrad_b20",
        {
            "data": FR48,
            "model": {"hidden": [48], "activation": "tanh"},
            "optim": {"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
            "train": {"epochs": 30, "batch_size": 20},
        },
    ),
    _h(
        "healthy56_cl56_relu_adam_b28",
        {
            "data": CL56,
            "model": {"hidden": [64]},
            "optim": {"lr": 2e-3, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 28},
        },
    ),
    _h(
        "healthy56_cl56_leaky_adamw_b34",
        {
            "data": CL56,
            "model": {"hidden": [60], "activation": "leaky_relu"},
            "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 34},
        },
    ),
    _h(
        "healthy56_cl56_relu_rmsprop_b30",
        {
            "data": CL56,
            "model": {"hidden": [58]},
            "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 30},
        },
    ),
    _h(
        "healthy56_cl56_relu_adagrad_b32",
        {
            "data": CL56,
            "model": {"hidden": [56]},
            "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 32},
        },
    ),
    _h(
        "healthy56_cl56_elu_adagrad_b24",
        {
            "data": CL56,
            "model": {"hidden": [66], "activation": "elu"},
            "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
            "train": {"epochs": 15, "batch_size": 24},
        },
    ),
    _hs(
        "healthy56_lightning_wine_adam_e45",
        lightning_run(_s("wine", hidden=(19,), optim="adam", lr=2e-3, epochs=45, batch_size=12)),
        "lightning",
    ),
    _hs(
        "healthy56_lightning_cancer_rmsprop",
        lightning_run(
            _s("breast_cancer", hidden=(15,), optim="rmsprop", lr=5e-4, epochs=30, batch_size=20)
        ),
        "lightning",
    ),
    _hs(
        "healthy56_lightning_iris_adam",
        lightning_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=60, batch_size=12)),
        "lightning",
    ),
    _hs(
        "healthy56_keras_iris_adamw",
        keras_run(_s("iris", hidden=(14,), optim="adamw", lr=4e-3, epochs=60, batch_size=12)),
        "keras",
    ),
    _hs(
        "healthy56_plain_iris_adagrad",
        plain_run(_s("iris", hidden=(15,), optim="adagrad", lr=0.05, epochs=50, batch_size=12)),
        "pytorch",
    ),
    _hs(
        "healthy56_plain_iris_adamw",
        plain_run(_s("iris", hidden=(18,), optim="adamw", lr=4e-3, epochs=60, batch_size=10)),
        "pytorch",
    ),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
