"""The eighteenth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout17`'s measurement, before any change is measured on
it, and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout17` in its combination of
data set (new here: a 9x9 image set of a T (a 3-pixel bar and a 2-pixel stem) turned by 0,
90, 180 or 270 degrees (4 classes), 2400 images with noise 0.25 and 3% random labels; 4-class
Gaussian quantiles in 5 dimensions (2400 samples); a 12-feature 5-class set (7 informative, 2
redundant, class separation 1.8); a 9-feature Friedman-1 regression (noise 0.8); a wind
turbine fault CSV (3 classes from 6 readings) and a ferry delay regression CSV, besides the
script tools' shipped sets with new settings: 4 blobs with noise 0.09, moons with noise
0.2-0.3, circles with noise 0.13, 3 spirals, iris, wine, breast cancer, digits and the sine),
model (MLPs of several widths, CNNs with and without dropout), optimiser, batch size, learning
rate, schedule, initialisation, weight decay, dropout or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer, Keras and TensorBoard names, a hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was
trained only to check that its fault is real, from the run's metrics (the training loss's
start, end and maximum, the epoch loss's fall over the last quarter, the validation loss's
minimum and end and where the minimum is, the share of the step loss's within-epoch variance
explained by the position in the epoch, the step loss's step-to-step swing, final train and
validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms and update ratios,
dead-unit and saturation fractions, and for the runner cases the test confusion matrix in
``confusion_matrix.json``), never from its findings. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets
one); no other seed was checked.

Label policy (as in :mod:`.heldout15`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of
1/K and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix. Runs logged by other tools have no confusion
matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected when
the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1
lower (accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends
clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the
step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls
at the end (it counts at severity info); ``underfitting`` when both scores are clearly below
what a healthy run of this part on the same data reaches and the loss has flattened;
``noisy_loss`` when the step loss swings far more from step to step than any healthy run's. A
fault whose first setting came out weak was made stronger or dropped (below), never kept as
expected. The mechanism codes (``update_ratio_high``, ``update_ratio_low``,
``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``, ``saturated_activation``) are
expected only where the logged metric is clearly outside the range every healthy run of this
part shows, and allowed (with the reason) where the mechanism is real but the metric sits
inside it or is a side effect of a blow-up.

The healthy runner cases measured: median update ratio per layer 3.4e-4 (the output layer of
the SiLU MLP with AdamW on the ferry CSV) to 0.0126 (the RMSprop MLP on the ferry CSV, first
layer); the expected ``update_ratio_high`` run sits at medians of 0.042 (first layer), 0.046
and 0.060 (output) (SGD with momentum at LR 0.3 on the 12-feature set: 3.3-4.7x the healthy
extreme; the AdamW run with weight decay 20, 0.034 and 0.023, allows it); the expected
``update_ratio_low`` runs at 8.2e-8 and 7.2e-7 (plain SGD at LR 1e-6 on the turbine CSV:
470-4100x below the healthy 3.4e-4), 9.2e-8 to 3.3e-7 (Adam at LR 5e-8 on the T-shape CNN:
1000-3700x below) and 2.4e-8 (the saturated tanh MLP with Adagrad at LR 1e-6: ~14000x below).
Dead-ReLU fraction per layer at most 0.583 at any time (the second layer of the SiLU MLP
with AdamW on the ferry CSV; the regressions 0-0.583), at most 0.3125 on the classification
sets (the dense layer of the T-shape CNN with RMSprop) and at most 0.125 in their MLPs; the
expected ``dead_relu`` runs reach 1.0 (Adam at LR 0.1
on the T-shape CNN: every unit of the second conv layer and of the dense layer; Adam at LR 3
on the 12-feature set: the whole second layer). Saturated fraction per layer at most 0.318 (the
second tanh layer with RMSprop on the 12-feature set); the expected ``saturated_activation``
run reaches 0.90-0.95. Gradient norms at most ~8.8 on the classification sets (the T-shape
CNN's second conv layer with RMSprop) and up to ~255 (Friedman) and ~1e3 (ferry CSV, output
layers) on the regressions (unscaled targets), none growing without bound (the expected
``exploding_gradients`` run, on the quantiles: 9.2e3 (first layer) and 1.8e4 (output) at step
1, 5.9e6 and 6.8e6 at step 2, overflowing at step 3, the loss 2.4e4 at step 1, 4e28 at step 3
and NaN at step 4; the expected ``vanishing_gradients`` run: a median of 6.6e-10 in its first
layer against 0.28 at the output). The position in the epoch explains at most 11% of the step
loss's within-epoch variance in every healthy runner run (the T-shape CNN with Adam; the
unshuffled runner run: 42%) and at most 14% in the healthy scripts (the hand-written loop on
digits), Lightning's unshuffled run 91%. The standard deviation of the step loss's
step-to-step change over the second half of a run is at most 1.3 times its mean in every
healthy runner run (Adam on the turbine CSV, whose loss ends near 0.02) and at most 1.51 in
the scripts (Lightning on wine), while the batch-1 runs swing 7.15 (RMSprop at LR 3e-3 on the
turbine CSV: 5.5x the runner runs') and 7.27 (TensorBoard tags, plain SGD at LR 0.2 on wine:
4.8x the scripts'). Healthy runs reach a validation score close to what the data allow
(accuracy 0.90-0.952 on the quantiles, where logistic regression reaches 0.583; 0.879-0.921 on
the 12-feature set, 0.896; 0.971-0.981 on the turbine CSV, 0.976; 0.890 and 0.921 on the T
shapes, 0.842; R2 0.945-0.952 on the Friedman regression, linear regression 0.745, and
0.950-0.951 on the ferry CSV, 0.935; for the scripts 0.956 on circles with noise 0.13 and 1.0
on wine (Lightning), 0.967 on iris and 0.939 on breast cancer (Trainer), 0.961 on moons with
noise 0.2 and 0.963 on 4 blobs (Keras), 0.972 on digits and 0.967 on iris (TensorBoard), 0.969
on digits and R2 0.927 on the sine (hand-written loop)), their validation loss does not rise
clearly at the end (at most 3.6% above its minimum in the runner runs: RMSprop on the ferry
CSV; 6% in Keras on moons, where the loss is ~0.09), no training score ends ~1 with the
validation score 0.1 lower (the largest gaps: 0.078 and 0.069, the T-shape CNN with RMSprop
and the quantiles with Adam), and they expect no finding of severity warning or worse. The
runner runs' epoch loss falls by at most 27% over the last quarter of the epochs against the
quarter before (AdamW on the Friedman regression) and their validation loss by at most 18%
(RMSprop on the Friedman regression); in the scripts the validation loss's quarter means fall
by up to 20% (TensorBoard on iris), measured the same way (quarter means, which overstate the
fall at the very end).

Healthy candidates changed or replaced: on the Friedman regression the runs over 50 epochs
reached R2 0.81-0.91 with the loss still falling (now wider nets over 80 epochs: 0.945-0.952);
the tanh MLP of 48 units on the 12-feature set reached 0.758 (now 96 and 48 units at LR 2e-3
over 30 epochs: 0.921); on the T shapes with 1400 images and noise 0.3 both CNNs reached 0.70
and 0.56 over 14 epochs, and over 25 epochs 0.75 and 0.71 with training accuracy 0.98 and 0.94
(a gap), and with 2400 images and noise 0.25 the CNN with Adam still ended 0.098 below its
training accuracy of 0.983 (now dropout 0.3: 0.921 and 0.890); the hand-written loop on the
sine with RMSprop at LR 1e-3 ended 85% above its validation minimum (now SGD with momentum
over 60 epochs: 0.2% above); Lightning on circles at LR 3e-3 ended 18% above its validation
minimum (now LR 1e-3); TensorBoard on iris over 30 epochs was still falling 28% (now 60
epochs). Faults changed or dropped: SGD with momentum at LR 0.2 on the ferry CSV, meant as the
``nan_loss`` case, reached 9.7e12 but stayed finite (now LR 0.6: Inf at step 5); Adam at LR
0.15, 0.5 and 1 on the turbine CSV, meant as the ``dead_relu`` case, left at most 62-78% of the
second layer dead (within 1.4x of the healthy 0.583) and Adam at LR 0.02 and 0.05 on the T-shape
CNN 65% and 80% (now LR 0.1: 100%); the slow start with a 6x32 tanh MLP and N(0, 0.04) init on
the quantiles (and 4-6 layers with N(0, 0.06-0.1)) never left ln 4 in 30 epochs, a 4x48 tanh
MLP on the 12-feature set left its plateau after 2 epochs, and on the turbine CSV over 30
epochs the validation loss ended 23% above its minimum (now 18 epochs on the turbine CSV: ln 3
for 5 epochs, lowest at the end); Adagrad at LR 1.5 and 4 on the turbine CSV, meant as the
``update_ratio_high`` case, reached medians of 0.022-0.032 only (1.7-2.6x the healthy
extreme), as did Adam at LR 0.03 on the 12-feature set (0.015-0.017; now SGD with momentum at
LR 0.3); plain SGD at LR 3e-3 on the Friedman regression fell only 4% in its last epoch (now
Adam at LR 4e-3 over 4 epochs: 80 -> 26) and Adam at LR 5e-4 barely moved R2 (-7.5 -> -6.3);
TensorBoard's batch-1 SGD at LR 0.05 on wine swung 2.61, 1.7x the scripts' (now LR 0.2: 7.27);
the hand-written loop on 12 wine samples reached validation accuracy 1.0 with its validation
loss lowest at the end, and on 20 digits its validation loss ended flat (now 24 points of 3
spirals: 1.10 -> 6.24). Labels read from the metrics: Lightning's unshuffled circles answer one
class on the validation set (accuracy 0.5 at every epoch), so ``at_chance`` is expected there;
the 20-row ferry subset, meant as a gap case, has its validation loss 16% above its minimum at
the end, so ``overfitting`` is only allowed; the hand-written loop logs no training score, so
``generalisation_gap`` is only allowed there; Adam at LR 3 on the 12-feature set ends with
every unit of its second layer dead and every test prediction in one class (``dead_relu``,
``at_chance`` and ``predictions_collapsed`` expected besides ``divergence``); SGD with momentum
at LR 0.6 on the ferry CSV goes 1.0e3 -> 9.8e5 -> 8.6e7 -> 1.7e37 -> Inf in five steps.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 25 and sum(c.healthy for c in CASES) >= 31
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.is_script and c.healthy for c in CASES) >= 9
True
>>> sorted({c.tool for c in CASES if c.is_script and not c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
>>> sorted({c.tool for c in CASES if c.is_script and c.healthy})
['keras', 'lightning', 'pytorch', 'tensorboard', 'transformers']
"""

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
)
from benchmarks.diagnosis_bank._scripts import (
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# the four turns of a T (a bar of 3 pixels and a stem of 2 below its middle)
_T = np.zeros((3, 3))
_T[0, :] = 1.0
_T[1:, 1] = 1.0


def tshapes(n: int = 2400, size: int = 9, noise: float = 0.25, flip: float = 0.03,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright T (a 3-pixel bar and a 2-pixel stem) turned by 0, 90, 180 or 270 degrees at a
    random place (4 classes: the turn); a share ``flip`` of the labels is then drawn at
    random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        shape = np.rot90(_T, int(k))
        r, c = (int(v) for v in rng.integers(0, size - 2, 2))
        x[i, 0, r:r + 3, c:c + 3] += shape
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _turbine_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A wind turbine's fault class (0 none, 1 bearing wear, 2 blade imbalance) from 6
    readings."""
    n = 1050
    cls = rng.integers(0, 3, n)
    vib = 1.0 + 2.6 * (cls == 1) + 1.2 * (cls == 2) + rng.normal(0, 0.7, n)
    bearing_t = 45 + 14 * (cls == 1) + rng.normal(0, 5, n)
    wobble = 0.2 + 1.8 * (cls == 2) + rng.normal(0, 0.5, n)
    wind = rng.uniform(3, 25, n)
    power = np.clip(wind, 3, 14) ** 2 * 10 + rng.normal(0, 60, n)
    age = rng.uniform(0, 20, n)
    return (["vibration_mm_s", "bearing_temp_c", "blade_wobble", "wind_m_s", "power_kw",
             "age_years", "fault"],
            np.column_stack([vib, bearing_t, wobble, wind, power, age, cls]))


def _ferry_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A ferry crossing's delay (minutes) from 6 readings."""
    n = 900
    wind = rng.uniform(0, 25, n)
    wave = rng.uniform(0.2, 3.5, n)
    cars = rng.uniform(10, 180, n)
    rush = rng.integers(0, 2, n).astype(float)
    fog = rng.integers(0, 2, n).astype(float)
    crew = rng.uniform(5, 12, n)
    delay = (2 + 0.6 * wind + 4.5 * wave ** 1.5 + 0.05 * cars + 6 * rush + 9 * fog
             - 0.5 * crew + rng.normal(0, 2.5, n))
    return (["wind_m_s", "wave_m", "cars", "rush_hour", "fog", "crew", "delay_min"],
            np.column_stack([wind, wave, cars, rush, fog, crew, delay]))


def _turbine(**sections: Any) -> Any:
    return _csv("turbine_fault", _turbine_csv, "fault", "classification", 181, **sections)


def _ferry(**sections: Any) -> Any:
    return _csv("ferry_delay", _ferry_csv, "delay_min", "regression", 182, **sections)


HERE = "benchmarks.diagnosis_bank.heldout18"
TS = _factory(f"{HERE}:tshapes")
GQ5 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=2400, n_features=5,
               n_classes=4, random_state=183)
CL12 = _factory("sklearn.datasets:make_classification", n_samples=1200, n_features=12,
                n_informative=7, n_redundant=2, n_classes=5, class_sep=1.8, random_state=184)
FR9 = _factory("sklearn.datasets:make_friedman1", n_samples=1000, n_features=9, noise=0.8,
               random_state=185)
TCNN = {"kind": "cnn", "conv": [{"channels": 10}, {"channels": 20}], "hidden": [48]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h18_nan_ferry_momentum_lr06_b20", "the ferry delay CSV (targets unscaled), SGD with "
         "momentum 0.9 at LR 0.6, batch 20: the loss is 1.0e3 at step 1, 8.6e7 at step 3 and Inf "
         "at step 5",
         _ferry(model={"hidden": [40, 40]}, optim={"name": "sgd", "lr": 0.6, "momentum": 0.9},
                train={"epochs": 3, "batch_size": 20}, diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h18_divergence_cl12_adam_lr3", "Adam at LR 3 on the 12-feature 5-class set, batch 36: "
         "the step loss jumps from 1.59 to 3.7e4, then the dead net sits near ln 5",
         {"data": CL12, "model": {"hidden": [48, 48]}, "optim": {"lr": 3.0},
          "train": {"epochs": 8, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "vanishing_gradients",
                "not_training", "underfitting", "not_converged"),
         why_allowed=("while the loss explodes the gradients reach 7e2-2e3 and single updates "
                      "18-37 times the weights; afterwards every unit of the second layer is "
                      "dead, so the median gradient is 0 and the loss stays near ln 5 = 1.61 "
                      "(epoch loss 1.69-1.78 from epoch 3); accuracy 0.20 against the healthy "
                      "0.879-0.921"),
         verdict="failed"),
    Case("h18_exploding_gq5_8x40_std075", "8x40 ReLU MLP with N(0, 0.75) init on the "
         "5-dimensional quantiles, plain SGD at LR 0.002: the loss is 2.4e4 at step 1, 4e28 at "
         "step 3 and NaN at step 4, the gradients 9.2e3-1.8e4 at step 1 and 5.9e6-6.8e6 at step 2",
         {"data": GQ5, "model": {"hidden": [40] * 8, "init": "normal", "init_std": 0.75},
          "optim": {"name": "sgd", "lr": 0.002}, "train": {"epochs": 3, "batch_size": 48},
          "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates are large against the weights from the first step",
         verdict="failed"),
    Case("h18_dead_relu_ts_cnn_adam_lr01", "the T-shape CNN, Adam at LR 0.1, batch 32: the "
         "step loss jumps from 1.42 to 3.95 and every unit of the second conv layer and the dense "
         "layer dies",
         {"data": TS, "model": TCNN, "optim": {"lr": 0.1},
          "train": {"epochs": 5, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_high", "update_ratio_low",
                "divergence"),
         why_allowed=("the first steps' updates reach 0.6-1.6 times the weights and the step "
                      "loss jumps to 3.95 (epoch 1's mean 1.50); afterwards no gradient reaches "
                      "the dead layers (median updates 2.4e-5 to 3e-4 of the weights) and the "
                      "loss sits at ln 4 = 1.39; accuracy 0.267 against the healthy 0.89-0.921"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h18_sgd_lr1e6_turbine", "the turbine fault CSV, plain SGD at LR 1e-6",
         _turbine(model={"hidden": [36]}, optim={"name": "sgd", "lr": 1e-6},
                  train={"epochs": 5, "batch_size": 25}),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "predictions_collapsed"),
         why_allowed=("the untrained net's accuracy (0.39, the majority share ~0.35) is far below"
                      " the healthy 0.971-0.981; 85% of the test predictions fall in one class"),
         verdict=TP),
    Case("h18_vanishing_sigmoid_gq5_10x20_momentum", "10x20 sigmoid MLP on the 5-dimensional "
         "quantiles, SGD with momentum at LR 0.02",
         {"data": GQ5, "model": {"hidden": [20] * 10, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 40}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.25 (chance 1/4) against the healthy 0.90-0.952; with no "
                      "gradient the first layers' updates round to 0 (medians 0 to 1.5e-5 of the "
                      "weights in the first eight layers)"),
         verdict=TP),
    Case("h18_zero_init_cl12_rmsprop", "zero-initialised ReLU MLP on the 12-feature set, "
         "RMSprop",
         {"data": CL12, "model": {"hidden": [32, 32], "init": "zeros"},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h18_saturated_tanh_cl12_std6_adagrad", "2x48 tanh MLP with N(0, 6) init on the "
         "12-feature set, Adagrad at LR 1e-6",
         {"data": CL12, "model": {"hidden": [48, 48], "activation": "tanh", "init": "normal",
                                  "init_std": 6.0},
          "optim": {"name": "adagrad", "lr": 1e-6}, "train": {"epochs": 5, "batch_size": 40}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.163 (chance 1/5) against the healthy 0.879-0.921"),
         verdict=TP),
    Case("h18_slow_start_tanh_turbine_5x32_std006", "5x32 tanh MLP with N(0, 0.06) init on the "
         "turbine fault CSV, SGD with momentum, cosine schedule: the epoch loss stays at ln 3 for "
         "5 epochs, then falls to 0.15",
         _turbine(model={"hidden": [32] * 5, "activation": "tanh", "init": "normal",
                         "init_std": 0.06},
                  optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                  train={"epochs": 18, "batch_size": 32}),
         expect=("slow_start",),
         allow=("update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("the tiny init's signal fades through five tanh layers while the loss sits "
                      "at ln 3 (5 epochs); afterwards the epoch loss's quarter means still fall "
                      "56% under the cosine schedule and the run ends as the healthy ones "
                      "(accuracy 0.986, its validation loss lowest at the end)"),
         verdict=TP),
    Case("h18_noisy_b1_turbine_rmsprop_lr003", "batch size 1, RMSprop at LR 3e-3 on the "
         "turbine fault CSV, 2 epochs: the step loss swings 7.2 times its mean",
         _turbine(model={"hidden": [32]}, optim={"name": "rmsprop", "lr": 3e-3},
                  train={"epochs": 2, "batch_size": 1}, diagnose=NOSTOP),
         expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed=("two epochs: the epoch loss still falls (0.187 -> 0.074; accuracy 0.981, as"
                      " the healthy runs)"),
         verdict=TP),
    Case("h18_unshuffled_gq5_momentum_b40", "the 5-dimensional quantiles sorted by label, never "
         "shuffled, SGD with momentum, batch 40: accuracy 0.41",
         {"data": {**GQ5, "order": "by_label", "shuffle": False}, "model": {"hidden": [48]},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9},
          "train": {"epochs": 6, "batch_size": 40}},
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.41 against the healthy 0.90-0.952); "
                      "the epoch loss still falls (2.07 "
                      "-> 1.38)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h18_overfit_cl12_subset45_adam", "45 samples of the 12-feature set, 2x256 MLP, Adam, "
         "100 epochs: training accuracy 1.0, validation 0.72; the validation loss rises from 0.79 "
         "(epoch 11) to 1.49",
         {"data": {**CL12, "subset": 45}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 9}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("the training loss (~1e-3) still falls over the last quarter; on that loss "
                      "the first layer's median update (3.0e-4) and gradients (~0.025) are small"),
         verdict=GP),
    Case("h18_overfit_ts_cnn_subset48_rmsprop", "T-shape CNN (16, 32 channels, 96 hidden) on 48 "
         "images, RMSprop, 60 epochs: training accuracy 1.0, validation 0.30; the validation loss "
         "rises from 1.38 (epoch 3) to 2.78",
         {"data": {**TS, "subset": 48},
          "model": {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 32}],
                    "hidden": [96]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 60, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "dead_relu", "update_ratio_low", "vanishing_gradients",
                "noisy_loss"),
         why_allowed=("the training loss (~1e-3) still falls 62% over the last quarter, so the "
                      "gradients (medians 0.03-0.08) are small; 25-30% of the dense layer's units"
                      " are dead"),
         verdict=GP),
    Case("h18_gap_ferry_subset20_adamw", "20 rows of the ferry delay CSV, 2x192 MLP, AdamW, "
         "150 epochs, batch 4: training R2 1.0, validation 0.74",
         _ferry(data_extra={"subset": 20}, model={"hidden": [192, 192]},
                optim={"name": "adamw", "lr": 3e-3}, train={"epochs": 150, "batch_size": 4}),
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the validation loss rises 16% from its minimum (28.7 at epoch 15 -> 33.2) "
                      "while the training loss (~4e-5) still falls; its steps swing 3.55 times "
                      "their mean; on that loss the output layer's median update is 8.8e-5 of its"
                      " weights"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h18_underfit_cl12_weight_decay20", "the 12-feature set, AdamW with weight decay 20: "
         "accuracy 0.62 and 0.62, the epoch loss flat at 1.44-1.47",
         {"data": CL12, "model": {"hidden": [64]},
          "optim": {"name": "adamw", "lr": 0.01, "weight_decay": 20.0},
          "train": {"epochs": 25, "batch_size": 32}},
         expect=("underfitting",),
         allow=("update_ratio_high", "not_converged"),
         why_allowed=("the decay pulls every weight towards 0 at each step: median updates 0.034 "
                      "(first layer) and 0.023 (output) of the weights"),
         verdict=TP),
    Case("h18_underfit_gq5_three_units", "the 5-dimensional quantiles through 3 ReLU units, "
         "Adam at LR 0.01: accuracy 0.47 and 0.44",
         {"data": GQ5, "model": {"hidden": [3]}, "optim": {"lr": 0.01},
          "train": {"epochs": 30, "batch_size": 48}},
         expect=("underfitting",),
         allow=("not_converged",),
         why_allowed=("the validation loss is flat from epoch 12 (1.19 -> 1.20) while the "
                      "training loss's quarter means fall 0.2%"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h18_update_ratio_high_cl12_momentum_lr03", "SGD with momentum 0.9 at LR 0.3 on the "
         "12-feature set, batch 32: median updates 0.042-0.060 of the weights",
         {"data": CL12, "model": {"hidden": [48, 48]},
          "optim": {"name": "sgd", "lr": 0.3, "momentum": 0.9},
          "train": {"epochs": 6, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("update_ratio_high",),
         allow=("underfitting", "divergence", "dead_relu", "noisy_loss", "overfitting"),
         why_allowed=("the large steps throw the step loss up to 3.5 (start 1.6) and leave the "
                      "epoch loss ending at 1.40 above epoch 2's 0.90; accuracy 0.50 against the "
                      "healthy 0.879-0.921; the second layer's dead fraction reaches 0.73 and the"
                      " validation loss rises from 0.93 (epoch 1) to 1.21; the step loss swings "
                      "0.64 times its mean"),
         verdict=TP),
    Case("h18_update_ratio_low_ts_cnn_adam_5e8", "the T-shape CNN, Adam at LR 5e-8: median "
         "updates 9.2e-8 to 3.3e-7 of the weights",
         {"data": TS, "model": TCNN, "optim": {"lr": 5e-8},
          "train": {"epochs": 4, "batch_size": 28}},
         expect=("update_ratio_low", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.233 against the healthy 0.89-0.921; every test prediction falls"
                      " in one class"),
         verdict=TP),
    Case("h18_not_converged_fr9_adam_lr4e3_4ep", "the Friedman regression, Adam at LR 4e-3 "
         "for 4 epochs: the epoch loss falls 203 -> 149 -> 80 -> 26 and still falls at the end",
         {"data": FR9, "model": {"hidden": [48]}, "optim": {"lr": 4e-3},
          "train": {"epochs": 4, "batch_size": 24}},
         expect=("not_converged",),
         allow=("underfitting",),
         why_allowed=("R2 0.48 against the healthy 0.945-0.952"),
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h18_mse_softmax_turbine_adam", "the turbine fault CSV trained with square error on "
         "the softmax, Adam",
         _turbine(model={"hidden": [40, 40]}, optim={"lr": 2e-3},
                  train={"loss": "mse", "epochs": 15, "batch_size": 28}),
         expect=("loss_mismatch",),
         allow=("not_converged",),
         why_allowed=("the training loss still falls 7% over the last quarter (accuracy 0.981, as"
                      " the healthy runs)"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h18_lightning_unshuffled_circles_sgd_b8", "Lightning: circles sorted by label, never "
         "shuffled, plain SGD, batch 8: validation accuracy 0.5",
         script=lightning_run(_s("circles", hidden=(32,), optim="sgd", lr=0.04, epochs=5,
                                 batch_size=8, shuffle=False, by_label=True, n=800,
                                 noise=0.13)),
         tool="lightning", expect=("unshuffled_data", "at_chance"),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + ": the net answers one class on the "
                      "validation set (accuracy 0.5 at every "
                      "epoch against Lightning's 0.956 on circles); the epoch loss still falls "
                      "(0.48 -> 0.36)"),
         verdict=TP),
    Case("h18_lightning_overfit_moons_subset20_adam", "Lightning: 20 moon points with noise "
         "0.3, 2x256 MLP, Adam, 150 epochs: training accuracy 1.0, validation 0.72; the "
         "validation loss rises from 0.36 (epoch 2) to 2.51",
         script=lightning_run(_s("moons", hidden=(256, 256), optim="adam", lr=3e-3,
                                 epochs=150, batch_size=5, subset=20, n=900, noise=0.3)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss (~3e-4) still falls over the last quarter and its step "
                      "loss swings 1.37 times its tiny mean"),
         verdict=GP),
    Case("h18_hf_trainer_sgd_lr5_sine_nan", "Hugging Face Trainer names: plain SGD at LR 5 on "
         "the sine regression, 2x48 MLP, batch 20: the first logged loss (step 2) is 1.3e3, Inf "
         "at step 4, NaN after",
         script=hf_trainer_run(_s("sine", hidden=(48, 48), optim="sgd", lr=5.0, epochs=4,
                                  batch_size=20, n=650, noise=0.25), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("exploding_gradients",),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h18_keras_digits_three_tanh_adam", "Keras names: digits through 3 tanh units, Adam "
         "at LR 0.01: accuracy 0.73 and 0.65",
         script=keras_run(_s("digits", hidden=(3,), activation="tanh", optim="adam", lr=1e-2,
                             epochs=30, batch_size=40)),
         tool="keras", expect=("underfitting",), allow=("not_converged",),
         why_allowed=("the training loss's quarter means still fall 6% (the validation loss's "
                      "2.5%, flat from epoch 24)"),
         verdict=TP),
    Case("h18_keras_sgd_1e6_wine_stuck", "Keras names: wine, plain SGD at LR 1e-6: the "
         "loss stays at 1.18",
         script=keras_run(_s("wine", hidden=(20,), optim="sgd", lr=1e-6, epochs=6,
                             batch_size=10)),
         tool="keras", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.274 and 0.278, far below the majority share 0.40, against "
                      "Lightning's 1.0 on wine"),
         verdict=TP),
    Case("h18_tensorboard_noisy_b1_wine_sgd_lr02", "TensorBoard tags: batch 1, plain SGD at "
         "LR 0.2 on wine, 2 epochs: the step loss swings 7.3 times its mean",
         script=tensorboard_run(_s("wine", hidden=(24,), optim="sgd", lr=0.2,
                                   epochs=2, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged", "overfitting"),
         why_allowed=("two epochs: the validation loss moves 0.034 -> 0.059 and the run has not "
                      "settled"),
         verdict=TP),
    Case("h18_tensorboard_adam_lr3_moons_divergence", "TensorBoard tags: Adam at LR 3 on "
         "moons, 2x32 MLP, batch 20: the step loss jumps from 0.67 to 4.3e3",
         script=tensorboard_run(_s("moons", hidden=(32, 32), optim="adam", lr=3.0, epochs=4,
                                   batch_size=20, n=800, noise=0.2)),
         tool="tensorboard", expect=("divergence",),
         allow=("not_training", "underfitting", "noisy_loss"),
         why_allowed=("after the jump the validation loss (150 after epoch 1) comes back to 0.69 "
                      "= ln 2 and accuracy stays at 0.60-0.65 against Keras' 0.961 on moons; the "
                      "step loss swings 3.4 times its mean"),
         verdict="failed"),
    Case("h18_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression, "
         "RMSprop, batch 20, a corrupt record (x = 1e30) at step 25 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(40,), optim="rmsprop", lr=1e-3, epochs=3,
                             batch_size=20, n=800, noise=0.25), corrupt_step=25),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=25),
    Case("h18_plain_overfit_spirals_subset24_adam", "hand-written loop: 24 points of 3 "
         "spirals, 2x128 MLP, Adam, 150 epochs: the validation loss rises from 1.10 (epoch 1) to "
         "6.24",
         script=plain_run(_s("spirals", hidden=(128, 128), optim="adam", lr=2e-3,
                             epochs=150, batch_size=6, subset=24, n=900, noise=0.2)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged"),
         why_allowed=("the loop logs no training score: its loss (~0.04) fits the 24 points while"
                      " validation accuracy is 0.56; the training loss still falls at the end"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy18_gq5_adam_b32",
       {"data": GQ5, "model": {"hidden": [128, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 35, "batch_size": 32}}),
    _h("healthy18_gq5_silu_rmsprop_b48",
       {"data": GQ5, "model": {"hidden": [96, 96], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 35, "batch_size": 48}}),
    _h("healthy18_gq5_nesterov_b32",
       {"data": GQ5, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 35, "batch_size": 32}}),
    _h("healthy18_gq5_wide_adamw_b64",
       {"data": GQ5, "model": {"hidden": [256]},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 35, "batch_size": 64}}),
    _h("healthy18_cl12_adam_b32",
       {"data": CL12, "model": {"hidden": [64, 32]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy18_cl12_tanh_rmsprop_b24",
       {"data": CL12, "model": {"hidden": [96, 48], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy18_cl12_momentum_b40",
       {"data": CL12, "model": {"hidden": [64, 32]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 40}}),
    _h("healthy18_cl12_dropout_adamw_b32",
       {"data": CL12, "model": {"hidden": [128, 64], "dropout": 0.25},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy18_ts_cnn_dropout_adam_b32",
       {"data": TS, "model": {**TCNN, "dropout": 0.3}, "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 32}}),
    _h("healthy18_ts_cnn_dropout_rmsprop_b24",
       {"data": TS, "model": {**TCNN, "dropout": 0.3},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 16, "batch_size": 24}}),
    _h("healthy18_fr9_adam_b32",
       {"data": FR9, "model": {"hidden": [128, 64]}, "optim": {"lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 32}}),
    _h("healthy18_fr9_silu_rmsprop_b40",
       {"data": FR9, "model": {"hidden": [96, 48], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 40}}),
    _h("healthy18_fr9_adamw_b24",
       {"data": FR9, "model": {"hidden": [128, 128]},
        "optim": {"name": "adamw", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 24}}),
    _h("healthy18_turbine_adam_b32",
       _turbine(model={"hidden": [32, 32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 20, "batch_size": 32})),
    _h("healthy18_turbine_tanh_adamw_b24",
       _turbine(model={"hidden": [48], "activation": "tanh"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 20, "batch_size": 24})),
    _h("healthy18_turbine_momentum_b32",
       _turbine(model={"hidden": [64]},
                optim={"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
                train={"epochs": 20, "batch_size": 32})),
    _h("healthy18_turbine_wide_rmsprop_b48",
       _turbine(model={"hidden": [128]},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 20, "batch_size": 48})),
    _h("healthy18_ferry_adam_b32",
       _ferry(model={"hidden": [64, 32]}, optim={"lr": 0.02, "schedule": "cosine"},
              train={"epochs": 60, "batch_size": 32})),
    _h("healthy18_ferry_rmsprop_b40",
       _ferry(model={"hidden": [64, 64]}, optim={"name": "rmsprop", "lr": 0.01,
                                                  "schedule": "cosine"},
              train={"epochs": 60, "batch_size": 40})),
    _h("healthy18_ferry_silu_adamw_b24",
       _ferry(model={"hidden": [48, 48], "activation": "silu"},
              optim={"name": "adamw", "lr": 0.01, "schedule": "cosine"},
              train={"epochs": 50, "batch_size": 24})),
    _h("healthy18_ferry_narrow_adam_b16",
       _ferry(model={"hidden": [24]}, optim={"lr": 0.02, "schedule": "cosine"},
              train={"epochs": 50, "batch_size": 16})),
    _hs("healthy18_lightning_circles_adam",
        lightning_run(_s("circles", hidden=(32, 32), optim="adam", lr=1e-3, epochs=20,
                         batch_size=20, n=800, noise=0.13)), "lightning"),
    _hs("healthy18_lightning_wine_adamw",
        lightning_run(_s("wine", hidden=(32,), optim="adamw", lr=3e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy18_hf_trainer_iris_adam",
        hf_trainer_run(_s("iris", hidden=(32,), optim="adam", lr=5e-3, epochs=30,
                          batch_size=10), logging_steps=4), "transformers"),
    _hs("healthy18_hf_trainer_cancer_rmsprop",
        hf_trainer_run(_s("breast_cancer", hidden=(32,), optim="rmsprop", lr=1e-3, epochs=15,
                          batch_size=20), logging_steps=6), "transformers"),
    _hs("healthy18_keras_moons_rmsprop",
        keras_run(_s("moons", hidden=(32, 32), optim="rmsprop", lr=2e-3, epochs=20,
                     batch_size=20, n=900, noise=0.2)), "keras"),
    _hs("healthy18_keras_blobs4_adam",
        keras_run(_s("blobs", hidden=(32,), optim="adam", lr=3e-3, epochs=15,
                     batch_size=24, n=800, k=4, noise=0.09)), "keras"),
    _hs("healthy18_tensorboard_digits_rmsprop",
        tensorboard_run(_s("digits", hidden=(96,), optim="rmsprop", lr=1e-3, epochs=14,
                           batch_size=32)), "tensorboard"),
    _hs("healthy18_tensorboard_iris_adam",
        tensorboard_run(_s("iris", hidden=(16,), optim="adam", lr=5e-3, epochs=60,
                           batch_size=10)), "tensorboard"),
    _hs("healthy18_plain_digits_adam",
        plain_run(_s("digits", hidden=(48,), optim="adam", lr=2e-3, epochs=15,
                     batch_size=32)), "pytorch"),
    _hs("healthy18_plain_sine_momentum",
        plain_run(_s("sine", hidden=(48, 48), optim="sgd", lr=0.02,
                     optim_args={"momentum": 0.9}, epochs=60, batch_size=32, n=700,
                     noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
