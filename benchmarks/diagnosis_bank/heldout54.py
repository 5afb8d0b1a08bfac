"""The fifty-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout55`, after :mod:`.heldout52`'s and :mod:`.heldout53`'s
measurement and before either of the two new parts was measured, by someone who saw no diagnosis of
its runs. Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout53` in its combination of data set (new here: a 10x10 image set of a crown (three
points above a solid band on a base in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1500 images with noise 0.3 and 2% random labels; 9-class Gaussian quantiles in 10 dimensions (4500
samples); a 54-feature 5-class set (2600 samples, 16 informative, 6 redundant, class separation
2.0); a 46-feature Friedman-1 regression (2000 samples, noise 0.6); an ice maker's state CSV
(filling, freezing, harvesting, idle: 4 classes from 7 readings) and a glacier trail's daily-hikers
regression CSV (hikers, in the hundreds), besides the script tools' shipped sets with new settings:
iris, wine, breast cancer, digits and the sine with noise 0.2), model (MLPs of several widths,
depths and activations (ReLU, ELU, leaky ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW,
RMSprop, Adagrad, SGD with and without momentum), batch size, learning rate, schedule (cosine,
constant), initialisation (default, normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging
Face Trainer with logging every 2 steps, Keras and TensorBoard names, a hand-written loop). Most
fault cases pair a mechanism with another optimiser, model, data set or tool than :mod:`.heldout51`
to :mod:`.heldout53` did (divergence to Inf under SGD with momentum 0.95 in an ELU net on the
unscaled hikers, divergence to NaN under plain SGD at LR 80 in a leaky-ReLU net on the quantiles,
exploding gradients in a 10-layer net with N(0, 1) init under plain SGD on the 54-feature set, units
killed by Adam at LR 4 in the crown CNN, a tiny learning rate under RMSprop on the quantiles and
under Adagrad on the Friedman regression, vanishing gradients under plain SGD in a 20-layer sigmoid
net on the 54-feature set, saturation under Adagrad in a tanh net with N(0, 5) init on the
54-feature set, a slow start of the crown CNN under plain SGD, the unshuffled 54-feature set under
RMSprop in a tanh net, square error with RMSprop on the ice-maker CSV, a high update ratio from
AdamW at LR 2 on the quantiles, an overfit 90-row 54-feature set under AdamW and a 60-row Friedman
regression under Adam, an underfit 1-unit tanh net under RMSprop, Lightning's NaN on wine under SGD
with momentum and its 30 rows of digits under RMSprop, Trainer's NaN on breast cancer under plain
SGD and its stuck wine under Adam, Keras' NaN on iris under plain SGD and its 2-unit tanh digits
under Adam, TensorBoard's noisy batch-1 wine under plain SGD and its unshuffled iris under Adam, the
hand-written loop's corrupt record on the sine under RMSprop and its 45 rows of digits under AdamW),
and the cases are spread differently over the tools (fifteen runner faults; two faults for each of
Lightning, Trainer, Keras, TensorBoard and the hand-written loop) and the fault classes (four runner
runs broken (two divergences, one to Inf and one to NaN, exploding gradients, dead units that end a
blow-up) and four scripts (Lightning's, Trainer's and Keras' NaN, the loop's Inf); ``not_training``
expected in four runner runs and one script; ``predictions_collapsed`` in four runner runs;
``at_chance`` in seven runner runs and one script; one overfit runner run and one overfit script,
both with a generalisation gap, and one runner run and one script with a gap alone; three runner
regressions among the faults), and the healthy runner runs over four data sets (the ice-maker CSV,
the quantiles, the Friedman regression and the 54-feature set), and the healthy scripts on digits
and iris (Trainer), breast cancer (Lightning, Keras), iris (TensorBoard, the hand-written loop) and
wine (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only logged,
so no diagnosis was made. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives
every case by default and every case's own (no case sets one); no other seed was checked. Every run
was trained once (the five last healthy ice-maker candidates in a second store, added after the
first candidates were read), for lack of time not a second time.

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

The healthy runner cases measured: update ratio per layer (quarter means) 1.7e-5 (the first layer of
the tanh MLP with plain SGD on the ice-maker CSV) to 0.028 (the ReLU MLP with Adagrad on the
54-feature set); the expected ``update_ratio_high`` run reaches quarter means of 0.10 (its first
layer) and 0.18 (its output layer) in its first quarter, 3.6 and 6.4 times the healthy extreme, with
single steps at 11 and 33, before 88% of its units die; the expected ``update_ratio_low`` runs sit
at 1.2e-11 to 1.1e-8 (RMSprop at LR 1e-10 on the quantiles) and 0 to 2.1e-10 (Adagrad at LR 1e-10 on
the Friedman regression). Dead-unit fraction per layer at most 0.093 at any time in the healthy runs
(the ELU MLP with Adagrad on the quantiles, its second layer; 0 in every healthy ReLU and leaky-ReLU
run); the expected ``dead_relu`` runs hold 1.0 (the crown CNN's second conv layer) and 0.93-1.0 (its
dense layer) under Adam at LR 4, with every layer's gradient 0 after the blow-up, and 0.88 (AdamW at
LR 2 on the quantiles). Saturated fraction per layer at most 0.0009 in the healthy tanh and sigmoid
runs (the tanh MLP with Adagrad on the ice-maker CSV); the expected ``saturated_activation`` run
holds 0.95 in both layers throughout. The exploding run's gradient norms sit at means of 3.2e5-9.2e5
per layer (up to 1.4e6) with its loss near 1.29e6 from the first step and never NaN (the healthy
runs' largest single norm 128); the vanishing run's first layer at 2e-18 against 0.27 at the output.
The sorted runs' step loss falls within each epoch from one class's rows to the next (the 54-feature
set's quarter means 1.282, 0.951, 0.777, 0.673; TensorBoard's iris 0.988, 0.975, 0.889, 0.797). The
standard deviation of the step loss's step-to-step change over the second half of a run is at most
1.19 times its mean in the healthy scripts with a step loss (the loop's wine; TensorBoard's iris
1.15, the loop's iris 0.77), while the expected ``noisy_loss`` run swings 5.9 (TensorBoard, batch 1,
plain SGD at LR 0.3 on wine). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the ice-maker CSV, where the run's ``baseline/val_accuracy`` is 1.0; 0.7967 on the
quantiles, where the baseline is 0.1778; 0.8462-0.8846 on the 54-feature set, where the baseline is
0.8692; R2 0.7589 on the Friedman regression, where the baseline is 0.7477; for the scripts 0.9276
(Trainer's digits), 0.9667 (Trainer's, TensorBoard's and the loop's iris), 0.9561 (Lightning's and
Keras' breast cancer) and 1.0 (the loop's wine)); their validation loss does not rise at the end
(every healthy run's is lowest at its last epoch or ends at most 0.1% above its minimum: the tanh
MLP with RMSprop on the Friedman regression, lowest at epoch 26 of 30, 0.01%; TensorBoard's iris,
epoch 49 of 50, 0.1%), the training loss has flattened (the epoch loss falls at most 3.3% over the
last epoch: the ELU MLP with RMSprop on the ice-maker CSV; the scripts' at most 2.8%: Keras' breast
cancer), no training score ends ~1 with the validation score 0.1 lower (the largest accuracy gaps:
0.106, the ELU MLP with Adagrad on the quantiles, training 0.9022, and 0.087, the ReLU MLP with Adam
on the 54-feature set, training 0.9333), and they expect no finding of severity warning or worse.

Healthy candidates dropped: on the 54-feature set, the ReLU MLP with RMSprop (0.8096), the ELU MLP
with AdamW (0.7885), the tanh MLP with Adagrad (0.8038), the sigmoid MLP with Adam (0.7731) and the
leaky-ReLU MLP with AdamW (0.8288), 0.04 to 0.10 below the baseline's 0.8692; the tanh MLP with
Adagrad on the quantiles (0.4389, far below the ELU MLP's 0.7967); on the Friedman regression, the
tanh MLPs with Adam and AdamW (validation loss 0.22% and 0.21% above its minimum at epoch 21 of 30);
Keras' iris under Adagrad (the epoch loss still falling 4.6% over the last epoch); TensorBoard's
breast cancer under RMSprop (the validation loss 0.47% above its minimum, the step loss swinging
1.41). No healthy run on the crown images, on the glacier CSV, on the sine or in a script on the
runner's data is in the part: their faults are read against the run's own numbers and its baseline.
Faults changed: none was changed; every fault's first setting showed its fault. Labels read from the
metrics: the exploding run ends at 0.2019 (1/5 is 0.2) with every test prediction in one class, so
``at_chance`` and ``predictions_collapsed`` are expected beside ``exploding_gradients``; the crown
CNN under Adam at LR 4 blows up to 4.9e6 in its first epoch and ends with accuracy 0.2633 and every
test prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; AdamW at LR 2 on the quantiles kills 88% of its units and ends at
0.1189 with 99% of the test predictions in one class, so ``dead_relu``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``update_ratio_high``; the vanishing run ends at 0.2
with every test prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected
there, while the saturated run (0.1827) spreads them (at most 24% in one class) and RMSprop at LR
1e-10 on the quantiles (0.1189) puts 70% in one class, so there ``predictions_collapsed`` is only
allowed; the 1-unit tanh net on the quantiles ends at 0.1133 (1/9 is 0.111), so ``at_chance`` is
expected beside ``underfitting``, its epoch loss falling 3.3% in all (``not_training`` allowed); the
SGD slow start of the crown CNN (the step loss's quarter means 1.369, 1.201, 0.611, 0.214, ln 4 is
1.386) still falls 14% over its last epoch, so ``not_converged`` is expected beside ``slow_start``;
the sorted 54-feature set (7.7% over the last epoch) and TensorBoard's sorted iris (17.5%) stop
while their loss still clearly falls, so ``not_converged`` is expected beside ``unshuffled_data``;
the 90 rows of the 54-feature set end at validation 0.6654 (training 1.0) with the validation loss
lowest at epoch 8 (0.896) and 1.177 at the end, so ``overfitting`` is expected beside
``generalisation_gap``; Lightning's 30 rows of digits end at validation 0.6713 (training 1.0) with
the validation loss lowest at epoch 16 (1.357) and 9.9% above it at the end, so ``overfitting`` is
expected there too; the loop's 45 rows of digits (validation 0.7688, the loss lowest at epoch 71 and
0.18% above it at the end) and the 60-row Friedman regression (R2 0.3552, training 1.0, the
validation loss lowest at epoch 95 and 0.04% above it) expect only ``generalisation_gap``; Keras'
NaN on iris ends at 0.3333 (1/3), so ``at_chance`` is expected there; Trainer's stuck wine (Adam at
LR 1e-10) ends at 0.2222, far below 1/3, so ``at_chance`` is only allowed; Lightning's NaN on wine
ends at 0.3333, 0.066 below wine's majority share, and Trainer's NaN on breast cancer at 0.3684 (the
minority class's share), so there ``at_chance`` is only allowed; the noisy batch-1 wine run's
validation loss is lowest at epoch 1 (0.025) and ends at 0.329 while its accuracy ends at 0.8611, so
``overfitting`` is only allowed.



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

# a crown in a 5x5 cell (three points above a solid band on a base), turned by 90 degrees at a
# time for the other three directions
_CROWN_UP = np.array([[1, 0, 1, 0, 1],
                      [1, 0, 1, 0, 1],
                      [1, 1, 1, 1, 1],
                      [0, 1, 1, 1, 0],
                      [1, 1, 1, 1, 1]], dtype=float)
_CROWNS = turned(_CROWN_UP)


def crowns(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 crown glyph at a random place (4 classes: the crown turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CROWNS, n, size, noise, flip, seed)


def _icemaker_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An ice maker's state (0 filling, 1 freezing, 2 harvesting, 3 idle) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    plate_c = np.array([4.0, -18.0, 6.0, 2.0])[cls] + rng.normal(0, 2.0, n)
    compressor_kw = np.array([0.3, 1.6, 0.8, 0.0])[cls] + rng.normal(0, 0.15, n)
    water_lpm = np.array([3.0, 0.2, 0.0, 0.0])[cls] + rng.normal(0, 0.3, n)
    hot_gas = np.array([0.0, 0.0, 1.0, 0.0])[cls] + rng.normal(0, 0.1, n)
    pump_w = np.array([40.0, 25.0, 5.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    bin_pct = rng.uniform(0.0, 100.0, n)
    room_c = rng.uniform(12.0, 32.0, n)
    return (["plate_temp_c", "compressor_kw", "water_lpm", "hot_gas_valve", "pump_w",
             "bin_fill_pct", "room_temp_c", "state"],
            np.column_stack([plate_c, compressor_kw, water_lpm, hot_gas, pump_w, bin_pct,
                             room_c, cls]))


def _glacier_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A glacier trail's daily hikers from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0, 14, n)
    rain_mm = rng.exponential(3.0, n)
    temp_c = rng.uniform(-5, 25, n)
    holiday = rng.integers(0, 2, n).astype(float)
    closure = rng.integers(0, 2, n).astype(float)
    hikers = (200 + 30.0 * sun_h - 20.0 * rain_mm + 6.0 * temp_c + 180.0 * holiday
              - 90.0 * closure + 110.0 * (weekday >= 5) + rng.normal(0, 35.0, n))
    return (["weekday", "sun_hours", "rain_mm", "temp_c", "holiday", "closure", "hikers"],
            np.column_stack([weekday, sun_h, rain_mm, temp_c, holiday, closure, hikers]))


def _ice(**sections: Any) -> Any:
    return _csv("icemaker_state", _icemaker_csv, "state", "classification", 541, **sections)


def _glacier(**sections: Any) -> Any:
    return _csv("glacier_daily_hikers", _glacier_csv, "hikers", "regression", 542, **sections)


HERE = "benchmarks.diagnosis_bank.heldout54"
CR4 = _factory(f"{HERE}:crowns")
GQ109 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=4500, n_features=10,
                 n_classes=9, random_state=543)
CL54 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=54,
                n_informative=16, n_redundant=6, n_classes=5, class_sep=2.0, random_state=544)
FR46 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=46, noise=0.6,
                random_state=545)
CCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 18}], "hidden": [28]}

ALLBLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
           "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
           "unshuffled_data", "not_training")
SCRIPTBLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
              "unshuffled_data", "not_converged")

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h54_divergence_glacier_momentum_elu", "the glacier daily-hikers CSV (targets "
         "unscaled, in the hundreds), 28-unit ELU MLP, SGD with momentum 0.95 at LR 0.2, "
         "batch 18",
         _glacier(model={"hidden": [28], "activation": "elu"},
                  optim={"name": "sgd", "lr": 0.2, "momentum": 0.95},
                  train={"epochs": 3, "batch_size": 18}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=ALLBLOW, why_allowed=BLOWUP, verdict="failed"),
    Case("h54_divergence_gq109_sgd_lr80_leaky", "64x32 leaky-ReLU MLP on the 9-class quantiles "
         "in 10 dimensions, plain SGD at LR 80, batch 28",
         {"data": GQ109, "model": {"hidden": [64, 32], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 80.0},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=(*ALLBLOW, "overfitting", "at_chance", "predictions_collapsed"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h54_exploding_cl54_10x24_std1_sgd", "10x24 ReLU MLP with N(0, 1) init on the "
         "54-feature set, plain SGD at LR 1e-13",
         {"data": CL54, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 28}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance", "predictions_collapsed"),
         allow=("not_training", "divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.291e6 at first and at the end), "
                      "far above "
                      "ln 5 from the first step; the tiny steps do not move the wide weights "
                      "(update ratios 8.5e-11 to 6e-9); up to 21% of a layer's units dead"),
         verdict="failed"),
    Case("h54_dead_relu_crown_cnn_adam_lr4", "the crown CNN (10, 18 channels, 28 hidden), "
         "Adam at LR 4, batch 22",
         {"data": CR4, "model": CCNN, "optim": {"name": "adam", "lr": 4.0},
          "train": {"epochs": 3, "batch_size": 22}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; afterwards every layer's gradient is 0 and the loss sits near "
                               "ln 4 "
                               "(the last epoch 1.573, its first step 1.367)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h54_rmsprop_lr1e10_gq109", "the 9-class quantiles, 72x36 ReLU MLP, RMSprop at LR "
         "1e-10, 4 epochs",
         {"data": GQ109, "model": {"hidden": [72, 36]},
          "optim": {"name": "rmsprop", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.1189 (1/9 is 0.111) against the run's baseline of 0.1778; 70% "
                      "of the "
                      "test predictions in one class"),
         verdict=TP),
    Case("h54_adagrad_lr1e10_fr46", "the 46-feature Friedman regression, 48x24 tanh MLP, "
         "Adagrad at LR 1e-10",
         {"data": FR46, "model": {"hidden": [48, 24], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 24}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed=("R2 -8.64, far below the baseline (0.7477) and the healthy run (0.7589)"),
         verdict=TP),
    Case("h54_vanishing_sigmoid_cl54_20x10_sgd", "20x10 sigmoid MLP on the 54-feature set, "
         "plain SGD at LR 0.02, 4 epochs",
         {"data": CL54, "model": {"hidden": [10] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02},
          "train": {"epochs": 4, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients"),
         verdict=TP),
    Case("h54_saturated_tanh_cl54_std5_adagrad", "2x44 tanh MLP with N(0, 5) init on the "
         "54-feature set, Adagrad at LR 1e-6",
         {"data": CL54, "model": {"hidden": [44, 44], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 5 from the start (the epoch loss 39.53 "
                      "throughout); at most 24% of the test predictions in one class"),
         verdict=TP),
    Case("h54_slow_start_crown_cnn_sgd", "the crown CNN, plain SGD at LR 0.05, 16 epochs: "
         "the epoch loss lingers near ln 4 and then falls ever faster",
         {"data": CR4, "model": CCNN, "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 16, "batch_size": 22}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting"),
         why_allowed=("plain SGD throws the validation loss about late in the run (lowest at "
                      "epoch 14, "
                      "0.2701, ending 9% above it); no healthy crown run is in the part"),
         verdict=TP),
    Case("h54_unshuffled_cl54_rmsprop_tanh", "the 54-feature set sorted by label, never "
         "shuffled, 70x35 tanh MLP, RMSprop at LR 5e-4, batch 30, 6 epochs",
         {"data": {**CL54, "order": "by_label", "shuffle": False},
          "model": {"hidden": [70, 35], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 6, "batch_size": 30}},
         expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "divergence", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h54_mse_softmax_icemaker_rmsprop", "the ice-maker CSV trained with square error "
         "on the softmax, RMSprop at LR 1e-3, 32x16 tanh MLP, 10 epochs",
         _ice(model={"hidden": [32, 16], "activation": "tanh"},
              optim={"name": "rmsprop", "lr": 1e-3},
              train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch",),
         allow=("not_converged", "noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed=("the loss still falls 23% over the last epoch (it is tiny: 4.5e-4)"),
         verdict=TP),
    Case("h54_update_ratio_high_gq109_adamw_lr2", "AdamW at LR 2 on the 9-class quantiles, "
         "90 ReLU units, batch 32, 10 epochs",
         {"data": GQ109, "model": {"hidden": [90]},
          "optim": {"name": "adamw", "lr": 2.0}, "train": {"epochs": 10, "batch_size": 32}},
         expect=("update_ratio_high", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "divergence", "unshuffled_data",
                "not_training"),
         why_allowed=("the big steps throw the loss far above its first step's 2.258 (the first "
                      "epoch's "
                      "loss 53, single steps up to 409), then it sits near ln 9; the validation "
                      "loss is lowest at epoch 4 (2.240) and ends 3% above it"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h54_overfit_cl54_subset90_adamw", "90 rows of the 54-feature set, MLP of 280 and "
         "140 units, AdamW at LR 1e-3, 80 epochs, batch 10",
         {"data": {**CL54, "subset": 90}, "model": {"hidden": [280, 140]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("90 rows teach less than every row: accuracy 0.6654 (the run's baseline "
                      "0.6135)"),
         verdict=GP),
    Case("h54_gap_fr46_subset60_adam", "60 rows of the 46-feature Friedman regression, MLP "
         "of 240 and 120 units, Adam at LR 5e-4, 150 epochs, batch 12",
         {"data": {**FR46, "subset": 60}, "model": {"hidden": [240, 120]},
          "optim": {"name": "adam", "lr": 5e-4}, "train": {"epochs": 150, "batch_size": 12}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("60 rows teach less: R2 0.3552 against the run's baseline 0.4294; the "
                      "training "
                      "loss at ~0 (2e-4) still falls 6.5% over its last epoch; up to 44% of the "
                      "second layer's units dead"),
         verdict=GP),
    Case("h54_underfit_gq109_one_tanh_unit_rmsprop", "the 9-class quantiles through 1 tanh "
         "unit, RMSprop at LR 3e-3, 15 epochs",
         {"data": GQ109, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3}, "train": {"epochs": 15, "batch_size": 32}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "not_training", "saturated_activation"),
         why_allowed=("one tanh unit cannot part nine classes: accuracy 0.1133 (training 0.1204) "
                      "against 0.7967 in the healthy quantiles run; the epoch loss falls 3.3% in "
                      "all (2.271 to 2.197, ln 9); at most 32% of the test predictions in one "
                      "class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h54_lightning_wine_momentum_lr200_nan", "Lightning: wine, SGD with momentum 0.9 at "
         "LR 200, 27 units, batch 13, 4 epochs",
         script=lightning_run(_s("wine", hidden=(27,), optim="sgd", lr=200.0, epochs=4,
                                 batch_size=13, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"), allow=SCRIPTBLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3333, 0.066 below wine's majority share (0.399)"),
         verdict="failed"),
    Case("h54_lightning_digits_subset30_rmsprop_gap", "Lightning: 30 rows of digits, 250 "
         "units, RMSprop at LR 1e-3, 90 epochs, batch 6",
         script=lightning_run(_s("digits", hidden=(250,), optim="rmsprop", lr=1e-3, epochs=90,
                                 batch_size=6, subset=30)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than the healthy digits run"),
         verdict=GP),
    Case("h54_hf_trainer_cancer_sgd_lr500_nan", "Hugging Face Trainer names: breast cancer, "
         "plain SGD at LR 500 (decaying linearly), 29 units, batch 14, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("breast_cancer", hidden=(29,), optim="sgd", lr=500.0,
                                  epochs=3, batch_size=14), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"), allow=SCRIPTBLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3684 is the minority class's share, far below "
                               "the majority's"),
         verdict="failed"),
    Case("h54_hf_trainer_wine_adam_lr1e10_stuck", "Hugging Face Trainer names: wine, Adam at "
         "LR 1e-10 (decaying linearly), 31 units, batch 9, 6 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("wine", hidden=(31,), optim="adam", lr=1e-10, epochs=6,
                                  batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("at_chance", "underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed=("the eval loss stays at 1.205 and accuracy at 0.2222, far below 1/3, at "
                      "every "
                      "evaluation"),
         verdict=TP),
    Case("h54_keras_iris_sgd_lr300_nan", "Keras names: iris, plain SGD at LR 300, 21 units, "
         "batch 9, 4 epochs",
         script=keras_run(_s("iris", hidden=(21,), optim="sgd", lr=300.0, epochs=4,
                             batch_size=9)),
         tool="keras", expect=("nan_loss", "divergence", "at_chance"),
         allow=SCRIPTBLOW[1:],
         why_allowed=BLOWUP + "; accuracy 0.3333 is 1/3", verdict="failed"),
    Case("h54_keras_digits_two_tanh_units_adam", "Keras names: digits through 2 tanh units, "
         "Adam at LR 2e-3, batch 26, 20 epochs",
         script=keras_run(_s("digits", hidden=(2,), activation="tanh", optim="adam",
                             lr=2e-3, epochs=20, batch_size=26)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance"),
         why_allowed=("two tanh units cannot part ten digits: validation accuracy 0.4206 (training "
                      "0.4147) against 0.9276 in the healthy Trainer digits run; the loss still "
                      "falls 1.0% over the last epoch (1.310 -> 1.297)"),
         verdict=TP),
    Case("h54_tensorboard_wine_b1_sgd_noisy", "TensorBoard tags: wine, batch 1, plain SGD at "
         "LR 0.3, 28 units, 3 epochs",
         script=tensorboard_run(_s("wine", hidden=(28,), optim="sgd", lr=0.3,
                                   epochs=3, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("divergence", "exploding_gradients", "overfitting", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("single samples with big steps throw the loss about (quarter means 0.342, "
                      "0.018, "
                      "0.391, 0.052); the validation loss is lowest at epoch 1 (0.025) and ends "
                      "at 0.329"),
         verdict=TP),
    Case("h54_tensorboard_unshuffled_iris_adam", "TensorBoard tags: iris sorted by label, "
         "never shuffled, Adam at LR 2e-3, 22 units, batch 10, 5 epochs",
         script=tensorboard_run(_s("iris", hidden=(22,), optim="adam", lr=2e-3,
                                   epochs=5, batch_size=10, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data", "not_converged"),
         allow=("underfitting", "noisy_loss", "at_chance"),
         why_allowed=(SORTED),
         verdict=TP),
    Case("h54_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2, RMSprop at LR 2e-3, batch 14, a corrupt record (x = 1e30) at step 12 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(22,), optim="rmsprop", lr=2e-3, epochs=3,
                             batch_size=14, n=900, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf, far above its first step, at the corrupt record"),
         verdict="failed", expect_step=12),
    Case("h54_plain_digits_subset45_adamw_gap", "hand-written loop: 45 rows of digits, 210 "
         "units, AdamW at LR 1.2e-3, 90 epochs, batch 9",
         script=plain_run(_s("digits", hidden=(210,), optim="adamw", lr=1.2e-3, epochs=90,
                             batch_size=9, subset=45)),
         tool="pytorch", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("45 rows of ten digits teach less than the healthy digits run; the "
                      "validation loss "
                      "is lowest at epoch 71 (0.7532) and ends 0.18% above it"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy54_ice_relu_adam_b24",
       _ice(model={"hidden": [30]}, optim={"lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 24})),
    _h("healthy54_ice_elu_rmsprop_b20",
       _ice(model={"hidden": [26, 13], "activation": "elu"},
            optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 20})),
    _h("healthy54_ice_tanh_adagrad_b28",
       _ice(model={"hidden": [34], "activation": "tanh"},
            optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 28})),
    _h("healthy54_ice_sigmoid_adamw_b22",
       _ice(model={"hidden": [40], "activation": "sigmoid"},
            optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 22})),
    _h("healthy54_ice_relu_sgd_b14",
       _ice(model={"hidden": [36]}, optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 14})),
    _h("healthy54_ice_leaky_momentum_b26",
       _ice(model={"hidden": [32], "activation": "leaky_relu"},
            optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 26})),
    _h("healthy54_ice_elu_adam_b30",
       _ice(model={"hidden": [24, 12], "activation": "elu"},
            optim={"lr": 2e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 30})),
    _h("healthy54_ice_tanh_sgd_b12",
       _ice(model={"hidden": [38], "activation": "tanh"},
            optim={"name": "sgd", "lr": 0.04, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 12})),
    _h("healthy54_ice_leaky_adamw_b34",
       _ice(model={"hidden": [44], "activation": "leaky_relu"},
            optim={"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 34})),
    _h("healthy54_ice_sigmoid_rmsprop_b18",
       _ice(model={"hidden": [46], "activation": "sigmoid"},
            optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 18})),
    _h("healthy54_ice_relu_adagrad_b32",
       _ice(model={"hidden": [28]}, optim={"name": "adagrad", "lr": 0.04, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 32})),
    _h("healthy54_ice_elu_adagrad_b16",
       _ice(model={"hidden": [42], "activation": "elu"},
            optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 16})),
    _h("healthy54_ice_tanh_adam_b36",
       _ice(model={"hidden": [27], "activation": "tanh"},
            optim={"lr": 3e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 36})),
    _h("healthy54_ice_relu_rmsprop_b26",
       _ice(model={"hidden": [33]}, optim={"name": "rmsprop", "lr": 1.5e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 26})),
    _h("healthy54_ice_leaky_rmsprop_b30",
       _ice(model={"hidden": [29, 15], "activation": "leaky_relu"},
            optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 30})),
    _h("healthy54_ice_elu_momentum_b22",
       _ice(model={"hidden": [31], "activation": "elu"},
            optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 22})),
    _h("healthy54_cl54_relu_adam_b34",
       {"data": CL54, "model": {"hidden": [62]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy54_cl54_leaky_momentum_b26",
       {"data": CL54, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy54_cl54_relu_adagrad_b36",
       {"data": CL54, "model": {"hidden": [56]},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy54_gq109_elu_adagrad_b26",
       {"data": GQ109, "model": {"hidden": [150, 75], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy54_fr46_tanh_rmsprop_b26",
       {"data": FR46, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _hs("healthy54_hf_trainer_digits_adamw",
        hf_trainer_run(_s("digits", hidden=(54,), optim="adamw", lr=1.2e-3, epochs=12,
                          batch_size=28), logging_steps=2), "transformers"),
    _hs("healthy54_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(19,), optim="adam", lr=4e-3, epochs=40,
                          batch_size=9), logging_steps=2), "transformers"),
    _hs("healthy54_lightning_cancer_adagrad",
        lightning_run(_s("breast_cancer", hidden=(17,), optim="adagrad", lr=0.02, epochs=25,
                         batch_size=18)), "lightning"),
    _hs("healthy54_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(21,), optim="adam", lr=1e-3, epochs=25,
                     batch_size=19)), "keras"),
    _hs("healthy54_tensorboard_iris_adamw",
        tensorboard_run(_s("iris", hidden=(23,), optim="adamw", lr=5e-3, epochs=50,
                           batch_size=11)), "tensorboard"),
    _hs("healthy54_plain_iris_rmsprop",
        plain_run(_s("iris", hidden=(16,), optim="rmsprop", lr=2e-3, epochs=50,
                     batch_size=11)), "pytorch"),
    _hs("healthy54_plain_wine_adagrad",
        plain_run(_s("wine", hidden=(24,), optim="adagrad", lr=0.03, epochs=30,
                     batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
