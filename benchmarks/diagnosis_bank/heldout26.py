"""The twenty-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout25`'s measurement, before any change is measured on it,
and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout25` in its combination of
data set (new here: a 10x10 image set of a square spiral (a 5x5 spiral winding in from a corner,
as drawn or turned by a quarter, a half or three quarters clockwise; 4 classes), 2000 images
with noise 0.35 and 3% random labels; 5-class Gaussian quantiles in 6 dimensions (3000
samples); a 22-feature 4-class set (2000 samples, 12 informative, 4 redundant, class separation
1.5); an 18-feature Friedman-1 regression (noise 0.8); a wood stove's burn-state CSV (3 classes
from 6 readings) and a public swimming pool's chlorine-dose regression CSV, besides the script
tools' shipped sets with new settings: moons with noise 0.2 and 0.3, circles with noise 0.1,
3 blobs with noise 0.4, iris, wine, breast cancer, digits and the sine with noise 0.2), model
(MLPs of several widths and activations (ReLU, ELU, SELU, leaky ReLU, tanh, sigmoid), CNNs with
and without dropout), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without (Nesterov)
momentum), batch size, learning rate, schedule (cosine, step, exponential, inverse time,
constant), initialisation (default, Xavier, normal, zeros), weight decay, dropout or logging
tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 3 or 4 steps, Keras
and TensorBoard names, a hand-written loop). New mechanisms for their tool: an unshuffled run
with Adam and a stuck Adagrad run logged through Lightning, a blow-up that never reaches NaN
through TensorBoard tags, a useless single unit on circles through Keras names, an Inf loss
from plain SGD on a CSV whose targets are in the thousands.

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

The healthy runner cases measured: median update ratio per layer 7.8e-6 (the output layers of
the ELU and SELU MLPs on the pool CSV, whose targets are in the thousands) to 0.0068 (the second
convolution of the spiral CNN with RMSprop and a step schedule); the expected
``update_ratio_high`` run sits at medians of 0.076, 0.050 and 0.047 (RMSprop at LR 0.01 on the
22-feature set: 6.9-11x the healthy extreme); the expected ``update_ratio_low`` runs at 0 to
2.2e-10 (Adagrad at LR 1e-9 on the stove CSV: 35000x and more below the healthy 7.8e-6), 5.0e-9
and 7.3e-8 (Adam at LR 5e-9 on the pool CSV: 107-1560x below) and 5.0e-10 to 8.7e-9 (the
saturated tanh MLP with SGD at LR 1e-7). Dead-ReLU fraction per layer at most 0.594 at any time
(the first layer of the SELU MLP on the pool CSV; 0.531 and 0.516 in the second layers of the
ELU MLPs on the pool CSV and the Friedman regression; their negative outputs count), at most
0.417 on the classification sets (the dense layer of the spiral CNN with Adam) and at most 0.277
in the classification MLPs (the leaky-ReLU MLP on the quantiles); the expected ``dead_relu`` run
reaches 1.0 (the spiral CNN with SGD, momentum 0.9 at LR 0.4: every unit of the dense layer, and
89% of the second convolution's).
Saturated fraction per layer at most 0.129 (the tanh MLP with Adagrad on the 22-feature set);
the expected ``saturated_activation`` run reaches 0.94 and 0.96. Gradient norms at most ~5.9 on
the classification sets (the spiral CNN with Nesterov momentum) and up to ~5.9e5 (pool CSV) and
~141 (Friedman) on the regressions (unscaled targets), none growing without bound (the expected
``exploding_gradients`` run, on the quantiles: 7.8e4-1.2e5 at step 1 and 2.4e12-3.1e13 at step
2, the loss 2.6e5 at step 1, 3.9e14 at step 2 and NaN at step 3; the expected
``vanishing_gradients`` run: a median of 3.0e-13 in its first layer against 0.27 at the
output). The position in the epoch explains at most 13% of the step loss's within-epoch
variance in every healthy runner run (the quantiles with Adam; at most 13% over the second half
too) and at most 15% in the healthy scripts that log every step (TensorBoard on circles; 14%
over the second half, the hand-written loop on wine), while the unshuffled stove run reaches
86% (96% over the second half), Lightning's unshuffled run 55% (95%) and the unshuffled spiral
CNN, which stays at ln 4, 16% (100% over the second half); short fault runs whose loss is flat
or blown up reach 12-35% too (19-61% over the second half), with no order in their data. The
standard deviation of the step loss's step-to-step change over the second half of a run is at
most 1.25 times its mean in every healthy runner run (the stove CSV with Adam) and at most 1.43
in the scripts (TensorBoard on circles, whose loss ends at ~0.008; 1.08 for the hand-written
loop on wine), while the expected ``noisy_loss`` run swings 3.6 (TensorBoard tags, batch 1,
plain SGD at LR 0.3 on moons: 2.5x the scripts'). Healthy runs reach a validation score close
to what the data allow (accuracy 0.8817-0.9317 on the quantiles, where the run's
``baseline/val_accuracy`` is 0.432; 0.8525-0.885 on the 22-feature set, where the baseline is
0.868 (a linear model suits the set); 0.8125-0.8825 on the spirals, 0.705; 0.9792-0.9917 on the
stove CSV, 0.988 (linear readings leave a net little to add); R2 0.845-0.857 on the Friedman
regression, 0.705, and 0.9855-0.9919 on the pool CSV, 0.991 (nearly linear); for the scripts
0.935 on moons with noise 0.2 and 0.967 on iris (Lightning), 0.972 on wine and 0.947 on breast
cancer (Trainer, their evaluation loss lowest at the end), 0.947 on digits and 0.89 on moons
with noise 0.3 (Keras), 0.930 on breast cancer and 0.985 on circles with noise 0.1
(TensorBoard), 1.0 on wine and R2 0.943 on the sine (hand-written loop)), their validation loss
does not rise clearly at the end (at most 2.2% above its minimum in the runner runs: the spiral
CNN with Nesterov momentum; in the scripts 1.4% for TensorBoard on circles (0.0354 against
0.0349)), no training score ends ~1 with the validation score 0.1 lower (the largest gaps: 0.095
in accuracy, the spiral CNN with Adam, training 0.935, and the tanh MLP with Adagrad on the
22-feature set, training 0.960; 0.084 for Nesterov momentum on the quantiles, training 0.988;
0.061 for TensorBoard on breast cancer, training 0.991; in R2 0.078, the ELU MLP with Adam on
the Friedman regression, whose training R2 ends at 0.935, not ~1), and they expect no finding
of severity warning or worse. The runner runs' epoch loss falls by at most 23% over the last
quarter of the epochs against the quarter before (the spiral CNN with Nesterov momentum); in the
scripts the training loss's quarter means fall by up to 37% (the hand-written loop on wine, its
validation loss lowest at the end), measured the same way (quarter means, which overstate the
fall at the very end).

Healthy candidates changed: on the quantiles Adam (2x128/64, LR 3e-3, 25 epochs) ended at
training accuracy 0.993 and validation 0.902 (gap 0.092) and Nesterov momentum (LR 0.03, 25
epochs) at 0.999 and 0.903 (gap 0.096), too near a generalisation gap (now 18 epochs, LR 2e-3
and 0.02: gaps 0.073 and 0.084); the tanh MLP with Adagrad at LR 0.05 on the 22-feature set
reached only 0.8125 (now LR 0.1: 0.865); the spiral CNN with Nesterov momentum at LR 0.02 over
15 epochs ended with its validation loss 4.3% above its minimum of epoch 12 (now LR 0.015, 14
epochs: 2.2%); the hand-written loop on the sine with RMSprop at LR 2e-3 over 40 epochs ended
14% above its validation minimum (now LR 1e-3, 30 epochs: 0.02%); Lightning on iris with AdamW
(24 units, LR 5e-3, batch 10) and Trainer on breast cancer with AdamW (32 units, batch 24)
repeated an earlier part's setting (now 28 units, LR 4e-3, batch 12: 0.967; and 40 units, batch
20: 0.947). Faults changed or dropped:
the 5x48 MLP with N(0, 0.01) init and Adam at LR 2e-4 on the quantiles never left ln 5 in 25
epochs, and so did nothing but stall (now 4 layers at LR 3e-4: ln 5 for four epochs, then 0.227
and still falling); TensorBoard's SGD with momentum 0.9 on circles blew the loss up to 2.0e6 at
LR 10 and to 3.4e29 at LR 30 but never to NaN (now labelled a divergence at LR 10, not a NaN);
Trainer's plain SGD at LR 0.04 on iris moved the evaluation loss only 0.904 -> 0.820 -> 0.794
(now LR 0.1, batch 6: 0.665 -> 0.547 -> 0.519, the logged loss 0.98 -> 0.49); the stuck runs on
wine (Lightning, SGD at LR 1e-9: accuracy 0.5, and Keras, Adam at LR 1e-9: 0.472, against a
majority share of 0.389 in the validation split) sat too far above chance for ``at_chance``
(now digits for both). Labels read from the metrics: plain SGD at LR 0.2 on the pool CSV makes
the loss Inf at step 7 (the run fails), so ``nan_loss`` is expected beside ``divergence``; Adam
at LR 1.5 on the 22-feature set ends at 0.2625 (chance 1/4) with 99.5% of the test predictions
in one class, so ``at_chance`` and ``predictions_collapsed`` are expected beside
``divergence``; the dead spiral CNN ends at 0.2575 with every prediction in one class, so both
are expected beside ``dead_relu``; the 14-layer sigmoid net ends at 0.2 (chance 1/5), the
zero-initialised net at 0.25 and Adagrad at LR 1e-9 on the stove CSV at 0.354 (the stove's
largest class), each with every prediction in one class, so both are expected; the unshuffled
spiral CNN ends at 0.2575 with every prediction in one class, so both are expected beside
``unshuffled_data``; the saturated tanh net ends at 0.21, within 0.05 of chance (1/4), with 29%
in one class, so ``at_chance`` is expected there; Lightning's stuck run on digits ends at 0.045,
0.055 below chance, so ``at_chance`` is only allowed there; the 2-unit net on the quantiles ends
at 0.325, 0.125 above chance with 55% in one class, so neither ``at_chance`` nor
``predictions_collapsed`` is accepted; both slow starts still fall at the end (5-8% an epoch),
so ``not_converged`` is expected beside ``slow_start``; the 40-row Friedman regression ends at
training R2 1.0 and validation 0.471 with its validation loss at its minimum, so
``generalisation_gap`` is expected and ``overfitting`` only allowed; Trainer's NaN run on digits
ends at 0.100 (chance 1/10), TensorBoard's blown-up run on circles at 0.5 (chance 1/2), Keras'
stuck run on digits at 0.078 and its single unit on circles at 0.5, so ``at_chance`` is expected
in each; the hand-written loop logs no training score, so ``generalisation_gap`` is only allowed
there.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 30 and sum(c.is_script for c in CASES if c.healthy) >= 10
True
>>> sum(c.is_script for c in faults) >= 10 and sum(c.healthy for c in CASES) >= 32
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
)
from benchmarks.diagnosis_bank._scripts import (
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# a spiral: a 5x5 square spiral winding in from the top left corner (along the top row, down
# the right column, back along the bottom row, up the left column to the middle row and in
# along it); its quarter turns start it at the four corners
_P = np.zeros((5, 5))
_P[0, 0:5] = 1.0
_P[0:5, 4] = 1.0
_P[4, 0:5] = 1.0
_P[2:5, 0] = 1.0
_P[2, 0:3] = 1.0
_SPIRALS = (_P, np.rot90(_P, -1), np.rot90(_P, 2), np.rot90(_P, 1))


def square_spirals(n: int = 2000, size: int = 10, noise: float = 0.35, flip: float = 0.03,
                   seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 square spiral at a random place (4 classes: as drawn, and turned by a
    quarter, a half and three quarters clockwise); a share ``flip`` of the labels is then drawn
    at random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    for i, k in enumerate(y):
        r = int(rng.integers(0, size - 4))
        c = int(rng.integers(0, size - 4))
        x[i, 0, r:r + 5, c:c + 5] += _SPIRALS[int(k)]
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _stove_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A wood stove's burn (0 smouldering, 1 clean burn, 2 over-firing) from 6 readings."""
    n = 1200
    cls = rng.integers(0, 3, n)
    flue_c = 140 + 110 * (cls == 1) + 260 * (cls == 2) + rng.normal(0, 45, n)
    co_ppm = 900 - 650 * (cls == 1) - 500 * (cls == 2) + rng.normal(0, 160, n)
    air_pct = 25 + 30 * (cls == 1) + 55 * (cls == 2) + rng.normal(0, 14, n)
    glass_c = 90 + 60 * (cls == 1) + 130 * (cls == 2) + rng.normal(0, 35, n)
    log_kg = rng.uniform(1, 6, n)
    room_c = rng.uniform(12, 24, n)
    return (["flue_temp_c", "co_ppm", "air_inlet_pct", "glass_temp_c", "log_load_kg", "room_c",
             "burn"],
            np.column_stack([flue_c, co_ppm, air_pct, glass_c, log_kg, room_c, cls]))


def _pool_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A public swimming pool's daily chlorine dose (grams) from 6 readings."""
    n = 1000
    bathers = rng.integers(50, 900, n).astype(float)
    water_c = rng.uniform(24, 31, n)
    sun_h = rng.uniform(0, 12, n)
    volume_m3 = rng.uniform(300, 1200, n)
    ph = rng.uniform(7.0, 7.8, n)
    covered = rng.integers(0, 2, n).astype(float)
    grams = (200 + 1.6 * bathers + 22.0 * water_c + 18.0 * sun_h * (1 - 0.7 * covered)
             + 0.35 * volume_m3 + 150.0 * (ph - 7.0) + rng.normal(0, 25.0, n))
    return (["bathers", "water_temp_c", "sun_hours", "volume_m3", "ph", "covered",
             "chlorine_g"],
            np.column_stack([bathers, water_c, sun_h, volume_m3, ph, covered, grams]))


def _stove(**sections: Any) -> Any:
    return _csv("wood_stove_burn", _stove_csv, "burn", "classification", 261, **sections)


def _pool(**sections: Any) -> Any:
    return _csv("pool_chlorine_grams", _pool_csv, "chlorine_g", "regression", 262, **sections)


HERE = "benchmarks.diagnosis_bank.heldout26"
SP4 = _factory(f"{HERE}:square_spirals")
GQ6 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3000, n_features=6,
               n_classes=5, random_state=263)
CL22 = _factory("sklearn.datasets:make_classification", n_samples=2000, n_features=22,
                n_informative=12, n_redundant=4, n_classes=4, class_sep=1.5, random_state=264)
FR18 = _factory("sklearn.datasets:make_friedman1", n_samples=1000, n_features=18, noise=0.8,
                random_state=265)
SCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 18}], "hidden": [36]}
WCNN = {"kind": "cnn", "conv": [{"channels": 14}, {"channels": 28}], "hidden": [48]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h26_divergence_pool_sgd_lr02_b25", "the swimming-pool CSV (targets unscaled, in the "
         "thousands), ReLU MLP, plain SGD at LR 0.2, batch 25: the loss goes from 3.9e6 to "
         "8.5e13, 1.1e18 and is Inf at step 7",
         _pool(model={"hidden": [36, 14]}, optim={"name": "sgd", "lr": 0.2},
               train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "underfitting", "noisy_loss"),
         why_allowed=BLOWUP + "; the blown-up net predicts nothing useful and its steps swing far",
         verdict="failed", expect_step=7),
    Case("h26_divergence_cl22_adam_lr15", "Adam at LR 1.5 on the 22-feature 4-class set, batch "
         "36: the step loss jumps from 1.37 to 5800 at step 2, the first epoch's mean is 277, "
         "and the net ends at chance: accuracy 0.2625, 99.5% of the test predictions in one "
         "class",
         {"data": CL22, "model": {"hidden": [72, 36]}, "optim": {"lr": 1.5},
          "train": {"epochs": 8, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "dead_relu", "underfitting",
                "not_training", "vanishing_gradients", "update_ratio_low", "noisy_loss"),
         why_allowed=("while the loss explodes the gradients reach 225-830 (the healthy runs on "
                      "this set at most 2.2); afterwards 92-97% of the second layer's units are "
                      "dead, the gradients' medians are 0 and the epoch loss hovers about ln 4 "
                      "(1.41-1.44); accuracy 0.2625 against the healthy 0.8525-0.885"),
         verdict="failed"),
    Case("h26_exploding_gq6_8x40_relu_std1", "8x40 ReLU MLP with N(0, 1) init on the "
         "6-dimensional 5-class quantiles, plain SGD at LR 0.003: the loss is 2.6e5 at step "
         "1, 3.9e14 at step 2 and NaN at step 3; the layers' gradient norms 7.8e4-1.2e5 at "
         "step 1 and 2.4e12 to 3.1e13 at step 2",
         {"data": GQ6, "model": {"hidden": [40] * 8, "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 0.003},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates dwarf the weights as the gradients overflow",
         verdict="failed", expect_step=3),
    Case("h26_dead_relu_spiral_cnn_momentum_lr04", "the spiral CNN (12, 18 channels, 36 hidden), "
         "SGD with momentum 0.9 at LR 0.4: every unit of the dense layer and 89% of the "
         "second convolution's die; accuracy 0.2575, every test prediction in one class",
         {"data": SP4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.4, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("not_training", "underfitting", "vanishing_gradients", "update_ratio_low",
                "divergence", "update_ratio_high"),
         why_allowed=("with the dense layer dead the gradients' medians are 0 and the epoch loss "
                      "stays near ln 4 (1.40, 1.41, 1.40, 1.42; one step at 1.96, 1.4 times the "
                      "start); the median updates (0.008-0.011, above the healthy 0.0068) are "
                      "those of the steps before the units died; accuracy 0.2575 against the "
                      "healthy 0.8125-0.8825"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h26_adagrad_lr1e9_stove", "the wood-stove CSV, Adagrad at LR 1e-9: median updates 0 to "
         "2.2e-10 of the weights, the epoch loss flat at 1.14, accuracy 0.354 with every test "
         "prediction in one class",
         _stove(model={"hidden": [36, 18]}, optim={"name": "adagrad", "lr": 1e-9},
                train={"epochs": 5, "batch_size": 28}),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed="accuracy 0.354 against the healthy 0.9792-0.9917",
         verdict=TP),
    Case("h26_vanishing_sigmoid_gq6_14x18_sgd", "14x18 sigmoid MLP on the 6-dimensional 5-class "
         "quantiles, plain SGD at LR 0.05: median gradient 3.0e-13 in the first layer against "
         "0.27 at the output",
         {"data": GQ6, "model": {"hidden": [18] * 14, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.2 (chance 1/5) against the healthy 0.8817-0.9317, every test "
                      "prediction in one class; with no gradient the first layers' updates round "
                      "to 0 (medians 0 in the first five layers)"),
         verdict=TP),
    Case("h26_zero_init_cl22_adam", "zero-initialised ReLU MLP on the 22-feature 4-class set, "
         "Adam: the loss stays at ln 4 (1.386), accuracy 0.25, every test prediction in one "
         "class",
         {"data": CL22, "model": {"hidden": [40, 20], "init": "zeros"},
          "optim": {"lr": 1e-3}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample"),
         verdict=TP),
    Case("h26_saturated_tanh_cl22_std7_sgd", "2x40 tanh MLP with N(0, 7) init on the 22-feature "
         "4-class set, plain SGD at LR 1e-7: 94% and 96% of the units saturated, median "
         "updates 5.0e-10 to 8.7e-9, the epoch loss flat at 47.3, accuracy 0.21",
         {"data": CL22, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 7.0},
          "optim": {"name": "sgd", "lr": 1e-7}, "train": {"epochs": 4, "batch_size": 40}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed=("accuracy 0.21 against the healthy 0.8525-0.885; 29% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h26_slow_start_gq6_4x48_std001_adam", "4x48 ReLU MLP with N(0, 0.01) init on the "
         "6-dimensional 5-class quantiles, Adam at LR 3e-4: the epoch loss stays at ln 5 "
         "(1.609) for the first four epochs, then falls to 0.227 and still falls ~5% an epoch "
         "at the end",
         {"data": GQ6, "model": {"hidden": [48] * 4, "init": "normal", "init_std": 0.01},
          "optim": {"lr": 3e-4}, "train": {"epochs": 25, "batch_size": 44}},
         expect=("slow_start", "not_converged"),
         allow=("vanishing_gradients", "dead_relu", "underfitting"),
         why_allowed=("accuracy 0.883 (the validation loss lowest at the end), at the bottom "
                      "of the healthy 0.8817-0.9317"),
         verdict=TP),
    Case("h26_slow_start_spiral_cnn_sgd_lr003", "the spiral CNN (12, 18 channels, 36 hidden), "
         "plain SGD at LR 0.03, 20 epochs: the epoch loss sits at 1.39-1.35 (ln 4) for the "
         "first nine epochs, then falls to 0.644 and still falls ~8% an epoch at the end",
         {"data": SP4, "model": SCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 20, "batch_size": 32}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "overfitting"),
         why_allowed=("accuracy 0.715 (training 0.746) against the healthy 0.8125-0.8825; the "
                      "validation loss is bumpy while the net leaves ln 4 (1.344 at epoch 14) and "
                      "ends 5% above its minimum of the epoch before, no steady rise"),
         verdict=TP),
    Case("h26_unshuffled_spiral_cnn_adam_b25", "the spiral images sorted by label, never "
         "shuffled, the spiral CNN with Adam, batch 25: the net learns each block's class and "
         "forgets it, the epoch loss stays at ln 4 and the position in the epoch explains all "
         "of the step loss's within-epoch variance over the second half; accuracy 0.2575",
         {"data": {**SP4, "order": "by_label", "shuffle": False}, "model": SCNN,
          "optim": {"lr": 1e-3}, "train": {"epochs": 6, "batch_size": 25}},
         expect=("unshuffled_data", "at_chance", "predictions_collapsed"),
         allow=("not_training", "underfitting", "not_converged"),
         why_allowed=(SORTED + ": accuracy 0.2575 (chance 1/4) with every test prediction in "
                      "one class, the epoch loss flat at 1.39-1.41 after the first epoch"),
         verdict=TP),
    Case("h26_unshuffled_stove_adam_b20", "the wood-stove CSV sorted by label, never shuffled, "
         "Adam, batch 20: the position in the epoch explains 86% of the step loss's "
         "within-epoch variance (96% over the second half), accuracy 0.958",
         _stove(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [36, 18]},
                optim={"lr": 1e-3}, train={"epochs": 6, "batch_size": 20}),
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=(SORTED + " (0.958 against the healthy 0.9792-0.9917); the epoch loss still "
                      "falls (0.75 -> 0.42)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h26_overfit_gq6_subset50_adam", "50 samples of the 6-dimensional 5-class quantiles, "
         "2x256 MLP, Adam, 100 epochs, batch 10: training accuracy 1.0, validation 0.355; the "
         "validation loss rises from 1.58 (epoch 2) to 3.78",
         {"data": {**GQ6, "subset": 50}, "model": {"hidden": [256, 256]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low", "noisy_loss"),
         why_allowed=("the training loss (~6e-3) still falls over the last quarter and its steps "
                      "swing 0.62 times their small mean; on that loss the first layer's median "
                      "update is 3.6e-4"),
         verdict=GP),
    Case("h26_overfit_spiral_cnn_subset70_adam", "spiral CNN (14, 28 channels, 48 hidden) on 70 "
         "images, Adam, 60 epochs: training accuracy 1.0, validation 0.535; the validation "
         "loss rises from 1.13 (epoch 17) to 1.54",
         {"data": {**SP4, "subset": 70}, "model": WCNN,
          "optim": {"lr": 2e-3}, "train": {"epochs": 60, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "vanishing_gradients", "update_ratio_low", "dead_relu"),
         why_allowed=("the training loss (~2e-3) still falls over the last quarter, so the "
                      "gradients (medians 0.040-0.11) and updates (medians 4.9e-4 to 9.1e-4) are "
                      "small; 40% of the dense layer's units are dead at some time"),
         verdict=GP),
    Case("h26_gap_fr18_subset40_adamw", "40 rows of the 18-feature Friedman regression, MLP of "
         "512 and 256 units, AdamW at LR 2e-3, 250 epochs, batch 8: training R2 1.0 (the "
         "training loss falls from 166 to 0), validation 0.471, the validation loss (12.1) "
         "flat at its minimum",
         {"data": {**FR18, "subset": 40}, "model": {"hidden": [512, 256]},
          "optim": {"name": "adamw", "lr": 2e-3}, "train": {"epochs": 250, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "update_ratio_low", "dead_relu"),
         why_allowed=("the net memorises the 40 rows, but the validation loss does not rise "
                      "after its minimum, so overfitting is only allowed; with the training loss "
                      "at 0 the gradients' and updates' medians are ~0 (2.6e-9 to 4.5e-8 of the "
                      "weights) and its last steps swing far relative to their tiny mean; 48% of "
                      "the second layer's units are dead, inside the healthy regressions' range"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h26_underfit_gq6_two_relu_units", "the 6-dimensional 5-class quantiles through 2 ReLU "
         "units, Adam at LR 0.01: accuracy 0.301 and 0.325, the epoch loss flat at 1.51",
         {"data": GQ6, "model": {"hidden": [2]},
          "optim": {"lr": 0.01}, "train": {"epochs": 25, "batch_size": 44}},
         expect=("underfitting",),
         allow=("update_ratio_high",),
         why_allowed=("the 2-unit layer's median update is 0.0043 of its weights, inside the "
                      "part's healthy range; accuracy 0.325 is 0.125 above chance (1/5) and 55% of "
                      "the test predictions fall in one class, so neither at_chance nor "
                      "predictions_collapsed is accepted"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h26_update_ratio_high_cl22_rmsprop_lr001_3ep", "RMSprop at LR 0.01 on the 22-feature "
         "4-class set, batch 50, 3 epochs: median updates 0.047-0.076 of the weights",
         {"data": CL22, "model": {"hidden": [64, 64]},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 50}},
         expect=("update_ratio_high",),
         allow=("not_converged", "dead_relu", "noisy_loss", "overfitting"),
         why_allowed=("the large steps throw the net about (the step loss jumps to 4.8, its "
                      "steps swing 0.45 times their mean) yet it reaches 0.86, as the healthy "
                      "runs; the epoch loss still falls (0.39 -> 0.25) while the validation loss "
                      "ends 4.9% above its minimum of the epoch before; 39-47% of the second "
                      "layer's units are dead at some time"),
         verdict=TP),
    Case("h26_update_ratio_low_pool_adam_5e9", "the swimming-pool CSV, Adam at LR 5e-9: median "
         "updates 5.0e-9 and 7.3e-8 of the weights, the epoch loss flat at 4.0e6",
         _pool(model={"hidden": [40]}, optim={"lr": 5e-9},
               train={"epochs": 4, "batch_size": 24}),
         expect=("update_ratio_low", "not_training"),
         allow=("underfitting",),
         why_allowed="R2 -26.1 against the healthy 0.9855-0.9919",
         verdict=TP),
    Case("h26_not_converged_fr18_sgd_5ep", "the 18-feature Friedman regression, plain SGD at LR "
         "4e-4 for 5 epochs: the epoch loss falls 222 -> 186 -> 151 -> 115 -> 81 and still "
         "falls at the end",
         {"data": FR18, "model": {"hidden": [40]}, "optim": {"name": "sgd", "lr": 4e-4},
          "train": {"epochs": 5, "batch_size": 20}},
         expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="R2 -1.59 against the healthy 0.8453-0.8567",
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h26_mse_softmax_stove_adam", "the wood-stove CSV trained with square error on the "
         "softmax, Adam",
         _stove(model={"hidden": [32, 32]}, optim={"lr": 1e-3},
                train={"loss": "mse", "epochs": 12, "batch_size": 30}),
         expect=("loss_mismatch",),
         allow=("not_converged",),
         why_allowed=("the training loss's quarter means still fall 25% (accuracy 0.983, as the "
                      "healthy runs; the validation loss lowest at the end)"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h26_lightning_unshuffled_cancer_adam_b16", "Lightning: breast cancer sorted by label, "
         "never shuffled, Adam, batch 16: the position in the epoch explains 55% of the step "
         "loss's within-epoch variance (95% over the second half)",
         script=lightning_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-3,
                                 epochs=6, batch_size=16, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged",),
         why_allowed=("the epoch loss still falls (0.216 -> 0.179) and the validation loss is "
                      "lowest at the end; accuracy 0.921, near TensorBoard's 0.930 and Trainer's "
                      "0.947 on breast cancer"),
         verdict=TP),
    Case("h26_lightning_adagrad_1e9_digits_stuck", "Lightning: digits, Adagrad at LR 1e-9, batch "
         "36: the epoch loss stays at 2.367, accuracy 0.045",
         script=lightning_run(_s("digits", hidden=(40,), optim="adagrad", lr=1e-9, epochs=4,
                                 batch_size=36)),
         tool="lightning", expect=("not_training",),
         allow=("underfitting", "at_chance"),
         why_allowed=("accuracy 0.045, 0.055 below chance (1/10), against Keras' 0.947 on digits"),
         verdict=TP),
    Case("h26_hf_trainer_sgd_momentum_lr15_digits_nan", "Hugging Face Trainer names: SGD with "
         "momentum 0.9 at LR 15 on digits, 96-unit MLP, batch 30: the logged loss is 537 at "
         "step 3, 2.5e8 at step 6, 2.1e34 at step 21 and NaN from step 24",
         script=hf_trainer_run(_s("digits", hidden=(96,), optim="sgd", lr=15.0,
                                  optim_args={"momentum": 0.9}, epochs=2, batch_size=30),
                               logging_steps=3),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=("exploding_gradients", "underfitting"),
         why_allowed=(BLOWUP + "; the NaN net's accuracy is 0.100 (chance 1/10)"),
         verdict="failed", expect_step=24),
    Case("h26_hf_trainer_iris_sgd_lr01_3ep_not_converged", "Hugging Face Trainer names: iris, "
         "plain SGD at LR 0.1 for 3 epochs, logging every 3 steps: the logged loss falls 0.98 "
         "-> 0.49 and the evaluation loss 0.665 -> 0.547 -> 0.519, lowest at the end",
         script=hf_trainer_run(_s("iris", hidden=(20,), optim="sgd", lr=0.1, epochs=3,
                                  batch_size=6), logging_steps=3),
         tool="transformers", expect=("not_converged",),
         allow=("underfitting",),
         why_allowed="accuracy 0.867 against Lightning's 0.967 on iris",
         verdict=TP),
    Case("h26_keras_circles_one_relu_unit_adam", "Keras names: circles with noise 0.1 through 1 "
         "ReLU unit, Adam at LR 0.01, 40 epochs: the loss stays at ln 2 (0.6959 -> 0.6939), "
         "validation accuracy 0.5 at every epoch",
         script=keras_run(_s("circles", hidden=(1,), optim="adam", lr=1e-2,
                             epochs=40, batch_size=20, n=1000, noise=0.1)),
         tool="keras", expect=("underfitting", "at_chance"),
         allow=("not_training", "not_converged", "dead_relu"),
         why_allowed=("the single unit carries nothing the output can use (validation accuracy "
                      "0.5 at every epoch), so the loss barely moves (against TensorBoard's 0.985 "
                      "on circles with noise 0.1)"),
         verdict=TP),
    Case("h26_keras_adam_1e9_digits_stuck", "Keras names: digits, Adam at LR 1e-9: the loss stays "
         "at 2.36, accuracy 0.078",
         script=keras_run(_s("digits", hidden=(36,), optim="adam", lr=1e-9, epochs=5,
                             batch_size=30)),
         tool="keras", expect=("not_training", "at_chance"),
         allow=("underfitting",),
         why_allowed="accuracy 0.078 (chance 1/10) against the healthy Keras run's 0.947 on digits",
         verdict=TP),
    Case("h26_tensorboard_noisy_b1_moons_sgd", "TensorBoard tags: batch 1, plain SGD at LR 0.3 on "
         "moons with noise 0.2, 2 epochs: the step loss swings 3.6 times its mean",
         script=tensorboard_run(_s("moons", hidden=(16,), optim="sgd", lr=0.3,
                                   epochs=2, batch_size=1, n=600, noise=0.2)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged", "unshuffled_data"),
         why_allowed=("two epochs: the validation loss is lowest at the end and the run has not "
                      "settled (accuracy 0.883 against Lightning's 0.935 on moons with noise 0.2); "
                      "with two epochs of 360 steps the within-epoch position statistic rests on "
                      "one epoch per half"),
         verdict=TP),
    Case("h26_tensorboard_sgd_momentum_lr10_circles_divergence", "TensorBoard tags: SGD with "
         "momentum 0.9 at LR 10 on circles with noise 0.1, 2x32 MLP, batch 20: the step loss "
         "jumps from 0.72 to 310 (step 5) and 2.0e6 (step 7), never to NaN, then hovers at "
         "1-9 (6.1 at the end, 8 times the start); accuracy 0.5 at every epoch",
         script=tensorboard_run(_s("circles", hidden=(32, 32), optim="sgd", lr=10.0,
                                   optim_args={"momentum": 0.9}, epochs=4, batch_size=20,
                                   n=1000, noise=0.1)),
         tool="tensorboard", expect=("divergence", "at_chance"),
         allow=("underfitting", "exploding_gradients", "noisy_loss"),
         why_allowed=(BLOWUP + "; the blown-up net's accuracy is 0.5 (chance 1/2) against "
                      "TensorBoard's healthy 0.985 on circles with noise 0.1"),
         verdict="failed"),
    Case("h26_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.2, Adam, batch 16, a corrupt record (x = 1e30) at step 7 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(20,), optim="adam", lr=2e-3, epochs=2,
                             batch_size=16, n=500, noise=0.2), corrupt_step=7),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=7),
    Case("h26_plain_overfit_blobs3_subset24_adam", "hand-written loop: 24 points of 3 blobs with "
         "noise 0.4, 2x256 MLP, Adam, 150 epochs, batch 6: the validation loss rises from "
         "1.00 (epoch 3) to 4.76",
         script=plain_run(_s("blobs", hidden=(256, 256), optim="adam", lr=1e-3,
                             epochs=150, batch_size=6, subset=24, n=1000, k=3, noise=0.4)),
         tool="pytorch", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss"),
         why_allowed=("the loop logs no training score: its loss falls from 1.14 to ~0.02 on the "
                      "24 points (still 25% over the last quarter) while validation accuracy ends "
                      "at 0.465; its steps swing 1.22 times their mean"),
         verdict=GP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy26_gq6_adam_b40",
       {"data": GQ6, "model": {"hidden": [96, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 40}}),
    _h("healthy26_gq6_elu_adamw_b48",
       {"data": GQ6, "model": {"hidden": [128, 96], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 48}}),
    _h("healthy26_gq6_nesterov_step_b30",
       {"data": GQ6, "model": {"hidden": [128, 64]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "nesterov": True,
                  "schedule": "step", "step_size": 8, "gamma": 0.3},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy26_gq6_leaky_rmsprop_exp_b56",
       {"data": GQ6, "model": {"hidden": [112, 112], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "exponential", "gamma": 0.88},
        "train": {"epochs": 25, "batch_size": 56}}),
    _h("healthy26_cl22_adam_b32",
       {"data": CL22, "model": {"hidden": [96, 48]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 32}}),
    _h("healthy26_cl22_leaky_adamw_b40",
       {"data": CL22, "model": {"hidden": [80, 40], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1.5e-3, "weight_decay": 0.02, "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 40}}),
    _h("healthy26_cl22_momentum_b28",
       {"data": CL22, "model": {"hidden": [80, 40]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 28}}),
    _h("healthy26_cl22_dropout_adam_b34",
       {"data": CL22, "model": {"hidden": [128, 64], "dropout": 0.3},
        "optim": {"lr": 7e-4, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 34}}),
    _h("healthy26_cl22_xavier_tanh_adagrad_inverse_b24",
       {"data": CL22, "model": {"hidden": [80], "activation": "tanh",
                                "init": "xavier_uniform"},
        "optim": {"name": "adagrad", "lr": 0.1, "schedule": "inverse_time"},
        "train": {"epochs": 18, "batch_size": 24}}),
    _h("healthy26_sp4_cnn_adam_b30",
       {"data": SP4, "model": SCNN, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 18, "batch_size": 30}}),
    _h("healthy26_sp4_cnn_dropout_adamw_b36",
       {"data": SP4, "model": {**WCNN, "dropout": 0.3},
        "optim": {"name": "adamw", "lr": 1.5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy26_sp4_cnn_nesterov_b28",
       {"data": SP4, "model": SCNN,
        "optim": {"name": "sgd", "lr": 0.015, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 14, "batch_size": 28}}),
    _h("healthy26_sp4_cnn_rmsprop_step_b40",
       {"data": SP4, "model": WCNN,
        "optim": {"name": "rmsprop", "lr": 7e-4, "schedule": "step", "step_size": 8,
                  "gamma": 0.3},
        "train": {"epochs": 16, "batch_size": 40}}),
    _h("healthy26_fr18_elu_adam_b32",
       {"data": FR18, "model": {"hidden": [96, 96], "activation": "elu"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 32}}),
    _h("healthy26_fr18_elu_adamw_b44",
       {"data": FR18, "model": {"hidden": [128, 64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-3, "weight_decay": 0.01, "schedule": "cosine"},
        "train": {"epochs": 60, "batch_size": 44}}),
    _h("healthy26_stove_adam_b26",
       _stove(model={"hidden": [48, 24]}, optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 26})),
    _h("healthy26_stove_elu_momentum_b22",
       _stove(model={"hidden": [64], "activation": "elu"},
              optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 22})),
    _h("healthy26_stove_rmsprop_b36",
       _stove(model={"hidden": [64, 32]},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 36})),
    _h("healthy26_stove_tanh_adamw_b32",
       _stove(model={"hidden": [48, 48], "activation": "tanh"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 32})),
    _h("healthy26_stove_selu_adam_b40",
       _stove(model={"hidden": [56, 28], "activation": "selu"},
              optim={"lr": 1.5e-3, "schedule": "cosine"},
              train={"epochs": 15, "batch_size": 40})),
    _h("healthy26_pool_elu_adam_b24",
       _pool(model={"hidden": [64, 32], "activation": "elu"},
             optim={"lr": 5e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 24})),
    _h("healthy26_pool_selu_adamw_b20",
       _pool(model={"hidden": [64, 64], "activation": "selu"},
             optim={"name": "adamw", "lr": 4e-3, "schedule": "cosine"},
             train={"epochs": 50, "batch_size": 20})),
    _hs("healthy26_lightning_moons_adam",
        lightning_run(_s("moons", hidden=(24, 24), optim="adam", lr=2e-3, epochs=15,
                         batch_size=24, n=1000, noise=0.2)), "lightning"),
    _hs("healthy26_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(28,), optim="adamw", lr=4e-3, epochs=30,
                         batch_size=12)), "lightning"),
    _hs("healthy26_hf_trainer_wine_adam",
        hf_trainer_run(_s("wine", hidden=(24,), optim="adam", lr=4e-3, epochs=25,
                          batch_size=12), logging_steps=3), "transformers"),
    _hs("healthy26_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(40,), optim="adamw", lr=1e-3, epochs=15,
                          batch_size=20), logging_steps=4), "transformers"),
    _hs("healthy26_keras_digits_adam",
        keras_run(_s("digits", hidden=(64,), optim="adam", lr=1e-3, epochs=10,
                     batch_size=32)), "keras"),
    _hs("healthy26_keras_moons_rmsprop",
        keras_run(_s("moons", hidden=(32, 16), optim="rmsprop", lr=2e-3, epochs=15,
                     batch_size=20, n=1000, noise=0.3)), "keras"),
    _hs("healthy26_tensorboard_cancer_adam_b24",
        tensorboard_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-3, epochs=15,
                           batch_size=24)), "tensorboard"),
    _hs("healthy26_tensorboard_circles_adamw_b20",
        tensorboard_run(_s("circles", hidden=(24, 24), optim="adamw", lr=3e-3, epochs=15,
                           batch_size=20, n=1000, noise=0.1)), "tensorboard"),
    _hs("healthy26_plain_wine_adam",
        plain_run(_s("wine", hidden=(24,), optim="adam", lr=3e-3, epochs=25,
                     batch_size=12)), "pytorch"),
    _hs("healthy26_plain_sine_rmsprop",
        plain_run(_s("sine", hidden=(32, 32), optim="rmsprop", lr=1e-3, epochs=30,
                     batch_size=16, n=500, noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
