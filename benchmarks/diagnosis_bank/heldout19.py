"""The nineteenth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout18`'s measurement, before any change is measured on
it, and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout18` in its combination of
data set (new here: a 10x10 image set of a chevron (an arrowhead of 5 pixels, 5 high and 3
wide) pointing right, up, left or down (4 classes), 2400 images with noise 0.25 and 3% random
labels; 3-class Gaussian quantiles in 6 dimensions (2400 samples); a 15-feature 6-class set (9
informative, 3 redundant, class separation 1.6); a 12-feature Friedman-1 regression (noise
0.6); an aquarium alert CSV (3 classes from 6 readings) and a bakery sales regression CSV,
besides the script tools' shipped sets with new settings: moons with noise 0.25-0.35, circles
with noise 0.1-0.25, 5 blobs with noise 0.1, iris, wine, breast cancer, digits and the sine),
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

The healthy runner cases measured: median update ratio per layer 3.3e-4 (the output layer of
the SiLU MLP with AdamW on the bakery CSV) to 0.0123 (the RMSprop MLP on the bakery CSV, first
layer); the expected ``update_ratio_high`` run sits at medians of 0.049 (first layer), 0.041
and 0.059 (output) (SGD with Nesterov momentum at LR 0.5 on the quantiles: 3.3-4.8x the
healthy extreme; the AdamW run with weight decay 3, 0.023 and 0.0115, allows it); the expected
``update_ratio_low`` runs at 9.8e-8 and 6.7e-7 (plain SGD at LR 1e-6 on the aquarium CSV:
490-3400x below the healthy 3.3e-4), 4.2e-8 to 1.4e-7 (Adam at LR 3e-8 on the chevron CNN:
2300-7900x below) and 2.0e-8 to 2.3e-8 (the saturated tanh MLP with RMSprop at LR 1e-7:
~15000x below). Dead-ReLU fraction per layer at most 0.583 at any time (the second layer of
the RMSprop MLP on the bakery CSV; the regressions 0-0.583), at most 0.3125 on the
classification sets (the dense layer of the chevron CNN with Adam) and at most 0.125 in their
MLPs; the expected ``dead_relu`` runs reach 1.0 (Adam at LR 0.1 on the chevron CNN: every unit
of the dense layer and 96% of the second conv layer; Adam at LR 3 on the 15-feature set: the
whole second layer). Saturated fraction per layer at most 0.351 (the second tanh layer with
RMSprop on the 15-feature set); the expected ``saturated_activation`` run reaches 0.86-0.95.
Gradient norms at most ~4.1 on the classification sets (the chevron CNN's second conv layer
with Adam) and up to ~190 (Friedman) and ~720 (bakery CSV, output layers) on the regressions
(unscaled targets), none growing without bound (the expected ``exploding_gradients`` run, on
the quantiles: 6.7e3 (first layer) to 1.9e4 at step 1, 2e8 to 8.5e8 at step 2, the loss 1.5e4
at step 1, 3.4e9 at step 2 and NaN at step 3; the expected ``vanishing_gradients`` run: a
median of 5.2e-10 in its first layer against 0.27 at the output). The position in the epoch
explains at most 9.5% of the step loss's within-epoch variance in every healthy runner run
(Adam and SGD with momentum on the aquarium CSV; the unshuffled runner run: 81%) and at most
10.3% in the healthy scripts (TensorBoard on 5 blobs), Lightning's unshuffled run 78%. The
standard deviation of the step loss's step-to-step change over the second half of a run is at
most 0.96 times its mean in every healthy runner run (the chevron CNN with Adam) and at most
1.63 in the scripts (the hand-written loop on iris), while the batch-1 runs swing 4.24
(RMSprop at LR 3e-3 on the aquarium CSV: 4.4x the runner runs') and 8.86 (TensorBoard tags,
plain SGD at LR 0.05 on breast cancer: 5.4x the scripts'). Healthy runs reach a validation
score close to what the data allow (accuracy 0.923-0.963 on the quantiles, where logistic
regression reaches 0.598; 0.882-0.918 on the 15-feature set, 0.893; 0.95-0.955 on the aquarium
CSV, 0.955; 0.942 and 0.952 on the chevrons, 0.871; R2 0.944-0.968 on the Friedman regression,
linear regression 0.722, and 0.882-0.893 on the bakery CSV, 0.852; for the scripts 0.917 on
moons with noise 0.25 and 1.0 on iris (Lightning), 1.0 on wine and 0.964 on digits (Trainer),
0.944 on circles with noise 0.15 and 0.947 on breast cancer (Keras), 0.972 on 5 blobs and
0.972 on wine (TensorBoard), 0.967 on iris and R2 0.928 on the sine (hand-written loop)), their
validation loss does not rise clearly at the end (at most 4.1% above its minimum in the runner
runs: Adam on the bakery CSV; 3.6% in Lightning on iris), no training score ends ~1 with the
validation score 0.1 lower (the largest gaps: 0.079 and 0.076, the tanh MLP with RMSprop on
the 15-feature set and the quantiles with Adam), and they expect no finding of severity
warning or worse. The runner runs' epoch loss falls by at most 37% over the last quarter of the
epochs against the quarter before (AdamW on the Friedman regression, its validation loss by
3%) and their validation loss by at most 15% (Adam on the Friedman regression); in the scripts
the validation loss's quarter means fall by up to 24% (Lightning on iris), measured the same
way (quarter means, which overstate the fall at the very end).

Healthy candidates changed or replaced: on the chevrons with 2000 images and noise 0.3 the
CNNs of 12 and 24 channels reached 0.805 and 0.765 over 16 epochs, their loss flat at ln 4 for
two epochs and still falling at the end (now 2400 images with noise 0.25 and 16 and 32
channels over 20 epochs: 0.942 and 0.952); on the 15-feature set the tanh MLP of 96 and 48
units with RMSprop at LR 1e-3 reached 0.814, below logistic regression's 0.893 (now 128 and
64 units at LR 2e-3 over 30 epochs: 0.882), and Adam and AdamW at LR 1e-3 reached 0.882 and
0.886 with the validation loss lowest at the end (now LR 2e-3 over 30 and 35 epochs: 0.911 and
0.918); on the aquarium CSV Adam and SGD with momentum over 20 epochs ended 3.5% and 5.8% above
their validation minimum (epochs 9 and 4; now 12 epochs, momentum at LR 0.01: 0.2% and lowest
at the end); Keras on circles with noise 0.1 ended 45% above its validation minimum (0.0115 ->
0.0167; now noise 0.15 over 12 epochs: lowest at the end); the hand-written loop on the sine
with SGD with momentum at LR 0.03 (batch 24, 60 epochs) ended 11% above its validation
minimum, and at LR 0.01 over 40 and 60 epochs 9-12% (now batch 50 over 30 epochs: 0.3%).
Faults changed or dropped: the slow start with a 5x28 tanh MLP and N(0, 0.05) init at LR 0.05
never left ln 3 in 20 epochs (accuracy 0.35), with N(0, 0.07) and N(0, 0.08) it left after 4
and 2 epochs (now N(0, 0.06) at LR 0.08: ln 3 for 5 epochs, accuracy 0.955 at the end); the
chevron CNN overfit on 40 images ended at validation accuracy 0.31, near chance, and on 100
images at 0.375 (now 160 images: 0.53); AdamW with weight decay 15 on the quantiles kept the
loss at ln 3 (1.08-1.09, accuracy 0.40: a net not training, not an underfit one) and weight
decay 5 near it (1.03, 0.49) (now weight decay 3: 0.96, 0.60); SGD with momentum at LR 0.4,
0.6 and 0.8 on the quantiles, meant as the ``update_ratio_high`` case, reached medians of
0.024-0.049 only (2-4x the healthy extreme, LR 0.8 with accuracy 0.40), and plain SGD at LR 2
reached 0.079-0.104 with its validation loss rising 46% (now Nesterov momentum at LR 0.5 with
batch 100); RMSprop at LR 3e-3 on the Friedman regression fell only 13% in its last epoch
(9.1 -> 7.9; now Adam at LR 3e-3: 108 -> 56); Keras' digits through 4 sigmoid units reached
validation accuracy 0.90 with the loss still falling 21% (now 2 units at LR 0.02: 0.47, flat);
TensorBoard's batch-1 SGD at LR 0.2 on breast cancer had its second epoch's mean step loss
(2.6) far above its first's (0.51) and the validation loss at 0.99 (now LR 0.05); the
hand-written loop's corrupt record in breast cancer left the cross-entropy finite (now the sine
regression: Inf at step 18). Labels read from the metrics: Lightning's unshuffled moons end at
validation accuracy 0.81, far above chance, so ``at_chance`` is not expected there; the chevron
CNN at LR 3e-8 puts 84% of its test predictions in one class, so ``predictions_collapsed`` is
only allowed; TensorBoard's Adam at LR 3 on circles ends at accuracy 0.53 (chance 0.5), so
``at_chance`` is expected besides ``divergence``; the 24-row bakery subset, meant as a gap
case, has its validation loss 23% above its minimum at the end while the training loss falls,
so ``overfitting`` is expected too; the mean-square-error run on the aquarium CSV ends 12% above
its validation minimum, so ``overfitting`` is only allowed; the hand-written loop logs no
training score, so ``generalisation_gap`` is only allowed there; Adam at LR 3 on the 15-feature
set ends with every unit of its second layer dead and every test prediction in one class
(``dead_relu``, ``at_chance`` and ``predictions_collapsed`` expected besides ``divergence``);
SGD with momentum at LR 0.5 on the bakery CSV goes 757 -> 5.0e4 -> 3.4e4 -> 7.6e20 -> Inf in
five steps.

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

# an arrowhead (a chevron of 5 pixels, 5 high and 3 wide) pointing right; its four turns point
# right, up, left and down
_V = np.zeros((5, 3))
for _i, _j in ((0, 0), (1, 1), (2, 2), (3, 1), (4, 0)):
    _V[_i, _j] = 1.0


def chevrons(n: int = 2400, size: int = 10, noise: float = 0.25, flip: float = 0.03,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright chevron (an arrowhead of 5 pixels) turned by 0, 90, 180 or 270 degrees at a
    random place (4 classes: where it points); a share ``flip`` of the labels is then drawn at
    random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        shape = np.rot90(_V, int(k))
        h, w = shape.shape
        r = int(rng.integers(0, size - h + 1))
        c = int(rng.integers(0, size - w + 1))
        x[i, 0, r:r + h, c:c + w] += shape
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _aquarium_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A public aquarium tank's alert (0 none, 1 ammonia spike, 2 low oxygen) from 6
    readings."""
    n = 1100
    cls = rng.integers(0, 3, n)
    ammonia = 0.1 + 0.9 * (cls == 1) + rng.normal(0, 0.3, n)
    oxygen = 8.0 - 2.6 * (cls == 2) - 0.6 * (cls == 1) + rng.normal(0, 0.9, n)
    water_t = 24 + 2.5 * (cls == 2) + rng.normal(0, 1.5, n)
    ph = 7.6 - 0.35 * (cls == 1) + rng.normal(0, 0.2, n)
    fish = rng.uniform(20, 300, n)
    pump_kw = rng.uniform(0.5, 4.0, n)
    return (["ammonia_mg_l", "oxygen_mg_l", "water_temp_c", "ph", "fish_count", "pump_kw",
             "alert"],
            np.column_stack([ammonia, oxygen, water_t, ph, fish, pump_kw, cls]))


def _bakery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A village bakery's daily sales (dozens of loaves) from 6 readings."""
    n = 950
    temp = rng.uniform(-5, 30, n)
    weekend = rng.integers(0, 2, n).astype(float)
    market = (rng.random(n) < 0.15).astype(float)
    rain = rng.uniform(0, 20, n)
    promo = rng.integers(0, 2, n).astype(float)
    price = rng.uniform(2.5, 4.5, n)
    dozens = (20 + 9 * weekend + 7 * market - 0.3 * rain + 5 * promo - 4 * (price - 3.5)
              + 0.015 * (temp - 12) ** 2 + rng.normal(0, 2.0, n))
    return (["temp_c", "weekend", "market_day", "rain_mm", "promotion", "price", "dozens"],
            np.column_stack([temp, weekend, market, rain, promo, price, dozens]))


def _aquarium(**sections: Any) -> Any:
    return _csv("aquarium_alert", _aquarium_csv, "alert", "classification", 191, **sections)


def _bakery(**sections: Any) -> Any:
    return _csv("bakery_sales", _bakery_csv, "dozens", "regression", 192, **sections)


HERE = "benchmarks.diagnosis_bank.heldout19"
CV = _factory(f"{HERE}:chevrons")
GQ6 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=2400, n_features=6,
               n_classes=3, random_state=193)
CL15 = _factory("sklearn.datasets:make_classification", n_samples=1400, n_features=15,
                n_informative=9, n_redundant=3, n_classes=6, class_sep=1.6, random_state=194)
FR12 = _factory("sklearn.datasets:make_friedman1", n_samples=1100, n_features=12, noise=0.6,
                random_state=195)
VCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 24}], "hidden": [40]}
WCNN = {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 32}], "hidden": [64]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h19_nan_bakery_momentum_lr05_b16", "the bakery sales CSV (targets unscaled), SGD with "
         "momentum 0.9 at LR 0.5, batch 16: the loss is 757 at step 1, 7.6e20 at step 4 and Inf "
         "at step 5",
         _bakery(model={"hidden": [36, 36]}, optim={"name": "sgd", "lr": 0.5, "momentum": 0.9},
                 train={"epochs": 3, "batch_size": 16}, diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h19_divergence_cl15_adam_lr3", "Adam at LR 3 on the 15-feature 6-class set, batch 30: "
         "the step loss jumps from 1.80 to 3.1e4, then the dead net sits near ln 6",
         {"data": CL15, "model": {"hidden": [56, 56]}, "optim": {"lr": 3.0},
          "train": {"epochs": 8, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("divergence", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "vanishing_gradients",
                "not_training", "underfitting", "not_converged"),
         why_allowed=("while the loss explodes the gradients reach 3e2-2.4e3 and the first "
                      "updates 20-39 times the weights; afterwards every unit of the second "
                      "layer is dead, so the median gradient is 0 and the loss stays near "
                      "ln 6 = 1.79 (epoch loss 1.88-2.12 from epoch 3); accuracy 0.171 against "
                      "the healthy 0.882-0.918"),
         verdict="failed"),
    Case("h19_exploding_gq6_9x36_std07", "9x36 ReLU MLP with N(0, 0.7) init on the "
         "6-dimensional quantiles, plain SGD at LR 0.003: the loss is 1.5e4 at step 1, 3.4e9 at "
         "step 2 and NaN at step 3, the gradients 6.7e3-1.9e4 at step 1 and 2e8-8.5e8 at step 2",
         {"data": GQ6, "model": {"hidden": [36] * 9, "init": "normal", "init_std": 0.7},
          "optim": {"name": "sgd", "lr": 0.003}, "train": {"epochs": 3, "batch_size": 40},
          "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates are large against the weights from the first step",
         verdict="failed"),
    Case("h19_dead_relu_cv_cnn_adam_lr01", "the chevron CNN, Adam at LR 0.1, batch 30: the "
         "step loss jumps from 1.39 to 9.4 and the dense layer and 96% of the second conv layer "
         "die",
         {"data": CV, "model": VCNN, "optim": {"lr": 0.1},
          "train": {"epochs": 5, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "vanishing_gradients", "update_ratio_high", "update_ratio_low",
                "divergence"),
         why_allowed=("the first steps' updates reach 0.5-1.8 times the weights and the step "
                      "loss jumps to 9.4 (epoch 1's mean 1.65); afterwards no gradient reaches "
                      "the dead layers (median updates 7e-7 to 1.2e-6 of the weights) and the "
                      "loss sits at ln 4 = 1.39; accuracy 0.267 against the healthy "
                      "0.942-0.952"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h19_sgd_lr1e6_aquarium", "the aquarium alert CSV, plain SGD at LR 1e-6",
         _aquarium(model={"hidden": [28]}, optim={"name": "sgd", "lr": 1e-6},
                   train={"epochs": 5, "batch_size": 22}),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "predictions_collapsed"),
         why_allowed=("the untrained net's accuracy (0.364, the majority share ~0.35) is far "
                      "below the healthy 0.95-0.955; 65% of the test predictions fall in one "
                      "class"),
         verdict=TP),
    Case("h19_vanishing_sigmoid_gq6_10x24_momentum", "10x24 sigmoid MLP on the "
         "6-dimensional quantiles, SGD with momentum at LR 0.03",
         {"data": GQ6, "model": {"hidden": [24] * 10, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 48}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.333 (chance 1/3) against the healthy 0.923-0.963; with no "
                      "gradient the first layers' updates round to 0 (medians 0 to 3e-8 of the "
                      "weights in the first five layers)"),
         verdict=TP),
    Case("h19_zero_init_cl15_adagrad", "zero-initialised ReLU MLP on the 15-feature set, "
         "Adagrad",
         {"data": CL15, "model": {"hidden": [40, 40], "init": "zeros"},
          "optim": {"name": "adagrad", "lr": 0.01}, "train": {"epochs": 4, "batch_size": 35}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h19_saturated_tanh_gq6_std6_rmsprop", "2x40 tanh MLP with N(0, 6) init on the "
         "6-dimensional quantiles, RMSprop at LR 1e-7",
         {"data": GQ6, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                 "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-7}, "train": {"epochs": 5, "batch_size": 48}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.333 (chance 1/3) against the healthy 0.923-0.963"),
         verdict=TP),
    Case("h19_slow_start_tanh_aquarium_5x28_std006", "5x28 tanh MLP with N(0, 0.06) init on "
         "the aquarium alert CSV, SGD with momentum at LR 0.08, cosine schedule: the epoch loss "
         "stays at ln 3 for 5 epochs, then falls to 0.15",
         _aquarium(model={"hidden": [28] * 5, "activation": "tanh", "init": "normal",
                          "init_std": 0.06},
                   optim={"name": "sgd", "lr": 0.08, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 20, "batch_size": 30}),
         expect=("slow_start",),
         allow=("update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("the tiny init's signal fades through five tanh layers while the loss sits "
                      "at ln 3 (gradients ~0.003 in the first steps); afterwards the epoch "
                      "loss's quarter means still fall 18% under the cosine schedule and the run "
                      "ends as the healthy ones (accuracy 0.955, its validation loss 0.8% above "
                      "its minimum)"),
         verdict=TP),
    Case("h19_noisy_b1_aquarium_rmsprop_lr003", "batch size 1, RMSprop at LR 3e-3 on the "
         "aquarium alert CSV, 2 epochs: the step loss swings 4.2 times its mean",
         _aquarium(model={"hidden": [24]}, optim={"name": "rmsprop", "lr": 3e-3},
                   train={"epochs": 2, "batch_size": 1}, diagnose=NOSTOP),
         expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed=("two epochs: the epoch loss still falls (0.30 -> 0.16; accuracy 0.959, as "
                      "the healthy runs)"),
         verdict=TP),
    Case("h19_unshuffled_cl15_adam_b50", "the 15-feature set sorted by label, never shuffled, "
         "Adam, batch 50: accuracy 0.675",
         {"data": {**CL15, "order": "by_label", "shuffle": False}, "model": {"hidden": [48]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 6, "batch_size": 50}},
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.675 against the healthy 0.882-0.918); the epoch loss still "
                      "falls (1.93 -> 1.38)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h19_overfit_cl15_subset40_adam", "40 samples of the 15-feature set, 2x256 MLP, Adam, "
         "100 epochs: training accuracy 1.0, validation 0.65; the validation loss rises from 1.16 "
         "(epoch 9) to 2.00",
         {"data": {**CL15, "subset": 40}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "vanishing_gradients", "update_ratio_low"),
         why_allowed=("the training loss (~9e-4) still falls over the last quarter; on that loss "
                      "the first layer's median update (1.8e-4) and gradients (~0.01) are small"),
         verdict=GP),
    Case("h19_overfit_cv_cnn_subset160_rmsprop", "chevron CNN (16, 32 channels, 128 hidden) on "
         "160 images, RMSprop, 60 epochs: training accuracy 1.0, validation 0.53; the validation "
         "loss rises from 1.32 (epoch 8) to 1.94",
         {"data": {**CV, "subset": 160},
          "model": {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 32}],
                    "hidden": [128]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 60, "batch_size": 16}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "dead_relu", "update_ratio_low", "vanishing_gradients",
                "noisy_loss"),
         why_allowed=("the training loss (~7e-4) still falls 74% over the last quarter, so the "
                      "gradients (medians 0.04-0.14) are small; up to 29% of the dense layer's "
                      "units are dead"),
         verdict=GP),
    Case("h19_gap_bakery_subset24_adam", "24 rows of the bakery sales CSV, 2x160 MLP, Adam, "
         "140 epochs, batch 4: training R2 1.0, validation 0.52; the validation loss rises 23% "
         "from its minimum (17.5 at epoch 13 -> 21.5)",
         _bakery(data_extra={"subset": 24}, model={"hidden": [160, 160]},
                 optim={"lr": 3e-3}, train={"epochs": 140, "batch_size": 4}),
         expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss (~0.2) still falls 41% over the last quarter and its "
                      "steps swing 1.5 times their tiny mean"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h19_underfit_gq6_weight_decay3", "the 6-dimensional quantiles, AdamW with weight "
         "decay 3: accuracy 0.64 and 0.60, the epoch loss flat at 0.96",
         {"data": GQ6, "model": {"hidden": [64]},
          "optim": {"name": "adamw", "lr": 0.01, "weight_decay": 3.0},
          "train": {"epochs": 25, "batch_size": 40}},
         expect=("underfitting",),
         allow=("update_ratio_high", "not_converged"),
         why_allowed=("the decay pulls every weight towards 0 at each step: median updates 0.023 "
                      "(first layer) and 0.0115 (output) of the weights"),
         verdict=TP),
    Case("h19_underfit_cl15_two_units", "the 15-feature 6-class set through 2 ReLU units, "
         "Adam at LR 0.01: accuracy 0.53 and 0.54",
         {"data": CL15, "model": {"hidden": [2]}, "optim": {"lr": 0.01},
          "train": {"epochs": 30, "batch_size": 40}},
         expect=("underfitting",),
         allow=("not_converged",),
         why_allowed=("the validation loss is lowest at epoch 28 (1.207, 1.208 at the end) and "
                      "the training loss's quarter means still fall 1.7%"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h19_update_ratio_high_gq6_nesterov_lr05_b100", "SGD with Nesterov momentum 0.9 at LR "
         "0.5 on the 6-dimensional quantiles, batch 100: median updates 0.041-0.059 of the "
         "weights",
         {"data": GQ6, "model": {"hidden": [48, 48]},
          "optim": {"name": "sgd", "lr": 0.5, "momentum": 0.9, "nesterov": True},
          "train": {"epochs": 6, "batch_size": 100}, "diagnose": NOSTOP},
         expect=("update_ratio_high",),
         allow=("underfitting", "not_converged"),
         why_allowed=("the large steps throw the step loss up to 1.57 (start 1.11); accuracy "
                      "0.856 against the healthy 0.923-0.963 with the epoch loss still falling "
                      "(0.41 -> 0.38 -> 0.28 over the last three epochs)"),
         verdict=TP),
    Case("h19_update_ratio_low_cv_cnn_adam_3e8", "the chevron CNN, Adam at LR 3e-8: median "
         "updates 4.2e-8 to 1.4e-7 of the weights",
         {"data": CV, "model": VCNN, "optim": {"lr": 3e-8},
          "train": {"epochs": 4, "batch_size": 30}},
         expect=("update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting", "predictions_collapsed"),
         why_allowed=("accuracy 0.240 against the healthy 0.942-0.952; 84% of the test "
                      "predictions fall in one class"),
         verdict=TP),
    Case("h19_not_converged_fr12_adam_lr3e3_4ep", "the 12-feature Friedman regression, Adam at "
         "LR 3e-3 for 4 epochs: the epoch loss falls 202 -> 160 -> 108 -> 56 and still falls at "
         "the end",
         {"data": FR12, "model": {"hidden": [56]},
          "optim": {"lr": 3e-3},
          "train": {"epochs": 4, "batch_size": 28}},
         expect=("not_converged",),
         allow=("underfitting",),
         why_allowed=("R2 -0.70 against the healthy 0.944-0.968"),
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h19_mse_softmax_aquarium_adam", "the aquarium alert CSV trained with square error on "
         "the softmax, Adam",
         _aquarium(model={"hidden": [36, 36]}, optim={"lr": 2e-3},
                   train={"loss": "mse", "epochs": 15, "batch_size": 30}),
         expect=("loss_mismatch",),
         allow=("not_converged", "overfitting"),
         why_allowed=("the training loss still falls 6% over the last quarter while the "
                      "validation loss ends 12% above its minimum (0.0242 at epoch 8 -> 0.0272; "
                      "accuracy 0.955, as the healthy runs)"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h19_lightning_unshuffled_moons_sgd_b8", "Lightning: moons sorted by label, never "
         "shuffled, plain SGD, batch 8: validation accuracy 0.81",
         script=lightning_run(_s("moons", hidden=(32,), optim="sgd", lr=0.03, epochs=5,
                                 batch_size=8, shuffle=False, by_label=True, n=800,
                                 noise=0.25)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.81 against Lightning's 0.917 on moons with noise 0.25); the "
                      "epoch loss still falls (0.39 -> 0.30)"),
         verdict=TP),
    Case("h19_lightning_overfit_circles_subset20_adam", "Lightning: 20 circle points with noise "
         "0.25, 2x256 MLP, Adam, 150 epochs: training accuracy 1.0, validation 0.72; the "
         "validation loss rises from 0.58 (epoch 8) to 2.40",
         script=lightning_run(_s("circles", hidden=(256, 256), optim="adam", lr=3e-3,
                                 epochs=150, batch_size=5, subset=20, n=900, noise=0.25)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss (~6e-4) still falls over the last quarter and its step "
                      "loss swings 1.17 times its tiny mean"),
         verdict=GP),
    Case("h19_hf_trainer_sgd_lr6_sine_nan", "Hugging Face Trainer names: plain SGD at LR 6 on "
         "the sine regression, 2x40 MLP, batch 16: the first logged loss (step 3) is 1.6e13, NaN "
         "from step 6",
         script=hf_trainer_run(_s("sine", hidden=(40, 40), optim="sgd", lr=6.0, epochs=4,
                                  batch_size=16, n=700, noise=0.2), logging_steps=3),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("exploding_gradients",),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h19_keras_digits_two_sigmoid_adam", "Keras names: digits through 2 sigmoid units, "
         "Adam at LR 0.02: accuracy 0.49 and 0.47",
         script=keras_run(_s("digits", hidden=(2,), activation="sigmoid", optim="adam",
                             lr=2e-2, epochs=30, batch_size=36)),
         tool="keras", expect=("underfitting",), allow=("not_converged",),
         why_allowed=("the training loss's quarter means still fall 2.6% (the validation loss's "
                      "1%, lowest at the end)"),
         verdict=TP),
    Case("h19_keras_sgd_1e6_iris_stuck", "Keras names: iris, plain SGD at LR 1e-6: the loss "
         "stays at 1.23",
         script=keras_run(_s("iris", hidden=(16,), optim="sgd", lr=1e-6, epochs=6,
                             batch_size=8)),
         tool="keras", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.0 and 0.033, far below chance (1/3), against the healthy 0.967 "
                      "and 1.0 on iris"),
         verdict=TP),
    Case("h19_tensorboard_noisy_b1_cancer_sgd_lr005", "TensorBoard tags: batch 1, plain SGD at "
         "LR 0.05 on breast cancer, 2 epochs: the step loss swings 8.9 times its mean",
         script=tensorboard_run(_s("breast_cancer", hidden=(24,), optim="sgd", lr=0.05,
                                   epochs=2, batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged", "overfitting"),
         why_allowed=("two epochs: the validation loss moves 0.119 -> 0.166 and the run has not "
                      "settled"),
         verdict=TP),
    Case("h19_tensorboard_adam_lr3_circles_divergence", "TensorBoard tags: Adam at LR 3 on "
         "circles, 2x32 MLP, batch 20: the step loss jumps from 0.69 to 1.1e4",
         script=tensorboard_run(_s("circles", hidden=(32, 32), optim="adam", lr=3.0, epochs=4,
                                   batch_size=20, n=800, noise=0.1)),
         tool="tensorboard", expect=("divergence", "at_chance"),
         allow=("not_training", "underfitting", "noisy_loss"),
         why_allowed=("after the jump the validation loss (6.4 after epoch 1) comes back to 1.31 "
                      "and accuracy ends at 0.53 (chance 0.5) against Keras' 0.944 on circles with "
                      "noise 0.15"),
         verdict="failed"),
    Case("h19_plain_corrupt_record_sine_adam", "hand-written loop: sine regression, Adam, "
         "batch 25, a corrupt record (x = 1e30) at step 18 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(32, 32), optim="adam", lr=2e-3, epochs=3,
                             batch_size=25, n=700, noise=0.3), corrupt_step=18),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=18),
    Case("h19_plain_overfit_moons_subset24_adam", "hand-written loop: 24 points of moons with "
         "noise 0.35, 2x128 MLP, Adam, 150 epochs: the validation loss rises from 0.37 (epoch 4) "
         "to 1.73",
         script=plain_run(_s("moons", hidden=(128, 128), optim="adam", lr=2e-3,
                             epochs=150, batch_size=6, subset=24, n=900, noise=0.35)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged"),
         why_allowed=("the loop logs no training score: its loss (~3e-3) fits the 24 points while"
                      " validation accuracy falls from 0.84 to 0.71; the training loss still "
                      "falls at the end"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy19_gq6_adam_b40",
       {"data": GQ6, "model": {"hidden": [128, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 40}}),
    _h("healthy19_gq6_silu_rmsprop_b32",
       {"data": GQ6, "model": {"hidden": [96, 96], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy19_gq6_nesterov_b48",
       {"data": GQ6, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 48}}),
    _h("healthy19_gq6_wide_adamw_b32",
       {"data": GQ6, "model": {"hidden": [256]},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy19_cl15_adam_b32",
       {"data": CL15, "model": {"hidden": [96, 48]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy19_cl15_tanh_rmsprop_b24",
       {"data": CL15, "model": {"hidden": [128, 64], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy19_cl15_momentum_b32",
       {"data": CL15, "model": {"hidden": [64, 64]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy19_cl15_dropout_adamw_b40",
       {"data": CL15, "model": {"hidden": [128, 64], "dropout": 0.25},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 35, "batch_size": 40}}),
    _h("healthy19_cv_cnn_dropout_adam_b32",
       {"data": CV, "model": {**WCNN, "dropout": 0.3}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy19_cv_cnn_dropout_rmsprop_b32",
       {"data": CV, "model": {**WCNN, "dropout": 0.3},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 20, "batch_size": 32}}),
    _h("healthy19_fr12_adam_b32",
       {"data": FR12, "model": {"hidden": [128, 64]}, "optim": {"lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 32}}),
    _h("healthy19_fr12_silu_rmsprop_b32",
       {"data": FR12, "model": {"hidden": [128, 64], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 32}}),
    _h("healthy19_fr12_adamw_b20",
       {"data": FR12, "model": {"hidden": [128, 128]},
        "optim": {"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 20}}),
    _h("healthy19_aquarium_adam_b24",
       _aquarium(model={"hidden": [32, 32]}, optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy19_aquarium_tanh_adamw_b32",
       _aquarium(model={"hidden": [64], "activation": "tanh"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 20, "batch_size": 32})),
    _h("healthy19_aquarium_momentum_b24",
       _aquarium(model={"hidden": [48]},
                 optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 24})),
    _h("healthy19_aquarium_wide_rmsprop_b40",
       _aquarium(model={"hidden": [96]},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 20, "batch_size": 40})),
    _h("healthy19_bakery_adam_b24",
       _bakery(model={"hidden": [64, 32]}, optim={"lr": 0.02, "schedule": "cosine"},
               train={"epochs": 60, "batch_size": 24})),
    _h("healthy19_bakery_rmsprop_b32",
       _bakery(model={"hidden": [48, 48]}, optim={"name": "rmsprop", "lr": 0.01,
                                                  "schedule": "cosine"},
               train={"epochs": 60, "batch_size": 32})),
    _h("healthy19_bakery_silu_adamw_b32",
       _bakery(model={"hidden": [64, 64], "activation": "silu"},
               optim={"name": "adamw", "lr": 0.01, "schedule": "cosine"},
               train={"epochs": 50, "batch_size": 32})),
    _h("healthy19_bakery_narrow_adam_b20",
       _bakery(model={"hidden": [32]}, optim={"lr": 0.02, "schedule": "cosine"},
               train={"epochs": 50, "batch_size": 20})),
    _hs("healthy19_lightning_moons_adam",
        lightning_run(_s("moons", hidden=(32, 32), optim="adam", lr=2e-3, epochs=20,
                         batch_size=16, n=900, noise=0.25)), "lightning"),
    _hs("healthy19_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(24,), optim="adamw", lr=5e-3, epochs=40,
                         batch_size=8)), "lightning"),
    _hs("healthy19_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(32,), optim="adam", lr=3e-3, epochs=30,
                          batch_size=8), logging_steps=5), "transformers"),
    _hs("healthy19_hf_trainer_digits_rmsprop",
        hf_trainer_run(_s("digits", hidden=(64,), optim="rmsprop", lr=1e-3, epochs=15,
                          batch_size=24), logging_steps=8), "transformers"),
    _hs("healthy19_keras_circles_rmsprop",
        keras_run(_s("circles", hidden=(24, 24), optim="rmsprop", lr=2e-3, epochs=12,
                     batch_size=24, n=900, noise=0.15)), "keras"),
    _hs("healthy19_keras_cancer_adam",
        keras_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-3, epochs=20,
                     batch_size=16)), "keras"),
    _hs("healthy19_tensorboard_blobs5_adam",
        tensorboard_run(_s("blobs", hidden=(32,), optim="adam", lr=2e-3, epochs=15,
                           batch_size=20, n=900, k=5, noise=0.1)), "tensorboard"),
    _hs("healthy19_tensorboard_wine_rmsprop",
        tensorboard_run(_s("wine", hidden=(32,), optim="rmsprop", lr=1e-3, epochs=30,
                           batch_size=12)), "tensorboard"),
    _hs("healthy19_plain_iris_adam",
        plain_run(_s("iris", hidden=(24,), optim="adam", lr=5e-3, epochs=60,
                     batch_size=8)), "pytorch"),
    _hs("healthy19_plain_sine_momentum",
        plain_run(_s("sine", hidden=(64, 64), optim="sgd", lr=0.01,
                     optim_args={"momentum": 0.9}, epochs=30, batch_size=50, n=800,
                     noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
