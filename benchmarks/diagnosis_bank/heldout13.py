"""The thirteenth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout12`'s measurement, before any change is measured on
it, and without looking at any diagnosis of its runs. Every case differs from those of
:mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout12` in its combination of
data set (new here: a 12x12 image set of one line segment at one of four orientations, 0, 45,
90 or 135 degrees (4 classes), with 4% random labels; 3-class Gaussian quantiles in 3
dimensions; a Friedman-1 regression with 7 features and noise 0.3; a coffee roast-level CSV (3
classes from 5 roaster readings) and a greenhouse tomato-yield regression CSV, besides the
script tools' shipped sets with new settings: circles with noise 0.1-0.2, moons with noise
0.2-0.3, 5 blobs, iris, wine, breast cancer, digits and the sine), model (MLPs, CNNs),
optimiser, batch size, learning rate, schedule, initialisation or logging tool (Lightning's
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

Label policy (as in :mod:`.heldout12`): the state a run ends in is *expected* where its metrics
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

The healthy runner cases measured: median update ratio per layer 2.6e-4 (the first layer of
the Kaiming-initialised MLP with Adam and a step schedule on the quantiles) to 0.0133 (RMSprop
at LR 0.01 on the Friedman regression, first layer); the expected ``update_ratio_high`` run sits
at medians of 0.055-0.121 (SGD at LR 5 on the roast CSV: 4-9x the healthy extreme); the
expected ``update_ratio_low`` runs at 7.7e-7 to 2.7e-6 (Adagrad at LR 1e-6 on the line CNN:
100-340x below the healthy 2.6e-4) and 3.2e-7 to 7.6e-7 (AdamW at LR 1e-7 on the roast CSV:
350-800x below). Dead-ReLU fraction per layer at most 0.61 at any time (the second layer of the
SiLU MLP on the Friedman regression; the regressions 0.39-0.61), at most 0.5 on the
classification sets (the line CNN's dense layer with Adam) and at most 0.30 in their MLPs; the
expected ``dead_relu`` run reaches 0.90 (1.5x the highest healthy fraction, 1.8x the highest on
classification, 3x the classification MLPs'). Saturated fraction per layer at most 0.065 (the
second tanh layer with RMSprop on the quantiles); the expected ``saturated_activation`` run
reaches 0.75-0.92 (12-14x). Gradient norms at most ~7.2 on the classification sets (the line
CNN with momentum) and up to ~480 on the Friedman regression and ~5.5e3 on the tomato CSV
(unscaled targets), none growing without bound (the expected ``exploding_gradients`` run:
1.9e3-2.6e3 per layer at its first step, 2e4-4e4 at the second, 2e15-1.2e16 by step 4, NaN at
step 5; the expected ``vanishing_gradients`` run: a median of 4.4e-9 in its first layer against
0.4 at the output). The position in the epoch explains at most 13.5% of the step loss's
within-epoch variance in every healthy runner run (the line CNN with momentum; the unshuffled
runner run: 78%; in the scripts at most 28% healthy (Lightning on circles), 80% and 66%
unshuffled); the standard deviation of the step loss's step-to-step change over the second half
of a run is at most 1.46 times its mean in every healthy run, runner or script (Lightning's
step loss on iris; the runner runs at most 1.41), while the batch-1 runs swing 4.67 (the line
CNN) and 4.08 (TensorBoard tags on iris): 3.2x and 2.8x. Healthy runs reach a validation score
close to what the data allow (accuracy 0.95-0.995 on the quantiles, where logistic regression
reaches 0.84; 0.89-0.905 on the roast CSV, 0.89; 0.946-0.958 on the line images, 0.938; R2
0.974-0.986 on the Friedman regression, ridge 0.783, and 0.960-0.988 on the tomato CSV, 0.909;
for the scripts 0.995 and 0.994 on circles, 0.967 on iris, 0.961 on 5 blobs, 0.956 on breast
cancer, 0.955 on moons with noise 0.2 and 0.933 with noise 0.25, 1.0 on wine twice, 0.969 and
0.972 on digits), their validation loss does not rise clearly at the end (at most 4% above its
minimum: the line CNN with momentum, TensorBoard tags on moons), and they expect no finding of
severity warning or worse. The runner runs' epoch loss falls by at most 22% over the last
quarter of the epochs against the quarter before (Nesterov momentum on the quantiles; the line
CNN with momentum over 10 epochs 21%, the roast CSV runs at most 4%), except on the Friedman
regression, whose loss approaches the noise floor under a cosine schedule: there it falls by up
to 50% and the validation loss by up to 44% (RMSprop, R2 0.977; Adam 31% and 11%); in the
scripts, whose training losses approach 0 or whose runs are short, the means fall by up to 41%
(Keras' training loss on wine) and the validation loss's by up to 23% (Lightning on circles),
measured the same way (quarter means, which overstate the fall at the very end).

Healthy candidates changed or replaced: the line images were first drawn with noise 0.4, on
which the CNN with Adam at LR 1e-3 and momentum at LR 0.01 over 8 epochs were still learning
(accuracy 0.69 and 0.525 against logistic regression's 0.78): the set now has noise 0.3, Adam
runs at LR 2e-3 over 15 epochs, momentum at LR 0.03 over 15 epochs (validation loss 13% above
its minimum at the end) and then LR 0.01 over 12 (a plateau of 4 epochs, then still falling
32%) gave way to LR 0.02 over 10, and the batch-norm RMSprop run went from LR 5e-4 over 8 epochs
to LR 1e-3 over 10; ELU with Adagrad on the quantiles at LR 0.05 (28% above its minimum) and
LR 0.02 with batch 32 (6%) now LR 0.01 with batch 64; the Friedman runs over 50-60 epochs (R2
0.924-0.944, losses still falling 37-45%) now run 120 epochs (Adam, AdamW), and RMSprop at LR
3e-3 (100 epochs at batch 16: 5% above its minimum; 80 at batch 32: R2 0.932) now LR 0.01 over
80 at batch 32; Lightning with Adam on circles at LR 2e-3 over 25 epochs (14% above) and LR
1e-3 over 20 (still falling 39%) now LR 2e-3 over 15; Keras names with AdamW on moons at LR
3e-3 (11% above) now LR 1e-3; the hand-written loop with Adagrad on circles at LR 0.03 (noise
0.06: still falling 32%; noise 0.12: 13% above) now LR 0.02 over 20 epochs, with AdamW on wine
at LR 2e-3 over 25 epochs (still falling 30%) now LR 3e-3 over 30, and with RMSprop on 3 blobs
with noise 0.15 (0.78: the blobs overlap, and no run of this part to compare) replaced by Adam
on digits; a SiLU MLP with Adagrad on the roast CSV was added. Faults changed or dropped: a
5x32 tanh MLP with N(0, 0.05) init on the quantiles, meant to start slowly, never left ln 3 in
30 epochs (now ``not_training``, ``at_chance`` and ``predictions_collapsed`` expected); a 4x32
tanh MLP with N(0, 0.1) init on the quantiles crept from ln 3 to 1.02 (accuracy 0.44; not
used); a 4x32 tanh MLP with N(0, 0.05) init on the roast CSV sat at ln 3 for only 6 epochs: now
N(0, 0.03) over 40 epochs (23 epochs at ln 3); the line CNN with batch 1 at noise 0.4 over 2
epochs swung 0.85 (inside the healthy range): now 3 epochs at noise 0.3 (4.67); batch 1 with
Adam at LR 0.01 on the quantiles (1.7) dropped; TensorBoard tags with batch 1 on iris at LR 0.01
over 3 epochs (2.38, 1.6x) now LR 0.03 over 4 epochs; the quantiles sorted by label with Adam
at batch 20 (the position explained 25%) and RMSprop at batch 50 (29%), not clearly above the
healthy runs, dropped; the line CNN on 30 images over 60 epochs (validation loss 12% above its
minimum at noise 0.3) now 24 images over 80 epochs at LR 2e-3 (28%); AdamW with weight decay 3
on the roast CSV, meant to underfit, reached 0.885 (as the healthy runs): now weight decay 30
(0.66); Hugging Face Trainer names on 60 and 40 digits (eval loss 12% above its minimum both
times) replaced by 24 circle points (0.45 -> 2.01); the hand-written loop's corrupt record on
breast cancer gave a finite loss (a cross-entropy with a 1e30 logit) and moved to the sine
regression; SGD at LR 1 with batch 2 on the roast CSV over 3 epochs left 77% of the units dead
(1.26x the healthy regressions' 0.61): over 5 epochs 90%, with the loss ending above its start
(1.19 -> 1.57, the step loss up to 107) and 99% of the test predictions in one class (now
``dead_relu``, ``divergence``, ``at_chance`` and ``predictions_collapsed`` expected, verdict
failed); Adam at LR 2e-3 for 5 epochs on the Friedman regression, a second ``not_converged``
candidate, fell only 5% per epoch (not used). Relabelled to what their metrics show: 25 rows of
the tomato CSV, meant to show both ``overfitting`` and ``generalisation_gap``, reached training
R2 1.0 and validation 0.81 with the validation loss lowest at epoch 146 of 150 (the gap only);
Adam at LR 2 on the quantiles and the 9x32 sigmoid MLP put every test prediction in one class
(``predictions_collapsed`` expected beside the rest).

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 25 and sum(c.healthy for c in CASES) >= 31
True
>>> sum(c.is_script for c in faults) >= 9 and sum(c.is_script and c.healthy for c in CASES) >= 9
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


def lines(n: int = 1200, size: int = 12, noise: float = 0.3, flip: float = 0.04,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images of one
    line segment (length 7, through a random point near the centre) at one of four orientations
    (4 classes: 0, 45, 90 or 135 degrees); a share ``flip`` of the labels is then drawn at
    random."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 4, n)
    x = rng.normal(0.0, noise, (n, 1, size, size))
    steps = {0: (0, 1), 1: (-1, 1), 2: (1, 0), 3: (1, 1)}
    for i, c in enumerate(y):
        dr, dc = steps[int(c)]
        r0 = rng.integers(3, size - 3)
        c0 = rng.integers(3, size - 3)
        for t in range(-3, 4):
            r, q = r0 + t * dr, c0 + t * dc
            if 0 <= r < size and 0 <= q < size:
                x[i, 0, r, q] += 1.0
    noisy = rng.random(n) < flip
    y[noisy] = rng.integers(0, 4, int(noisy.sum()))
    return x.astype(np.float32), y


def _roast_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A coffee batch's roast level (0 light, 1 medium, 2 dark) from 5 roaster readings."""
    n = 1000
    cls = rng.integers(0, 3, n)
    bean_temp = 200 + 12 * cls + rng.normal(0, 8, n)
    minutes = 10 + 1.6 * cls + rng.normal(0, 1.3, n)
    colour = 75 - 14 * cls + rng.normal(0, 9, n)
    moisture = 3.0 - 0.7 * cls + rng.normal(0, 0.6, n)
    weight_loss = 13 + 2.5 * cls + rng.normal(0, 2.2, n)
    return (["bean_temp", "roast_minutes", "agtron_colour", "moisture_pct", "weight_loss_pct",
             "roast"],
            np.column_stack([bean_temp, minutes, colour, moisture, weight_loss, cls]))


def _tomato_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A greenhouse bay's weekly tomato yield (kg) from light, CO2, temperature and watering."""
    n = 850
    light = rng.uniform(5, 30, n)
    co2 = rng.uniform(400, 1200, n)
    temp = rng.uniform(15, 30, n)
    water = rng.uniform(1, 6, n)
    kg = (40 + 3.2 * light - 0.05 * (light - 22) ** 2 * 4 + 0.03 * (co2 - 400)
          - 1.5 * (temp - 23) ** 2 + 18 * np.log(water) + rng.normal(0, 5.0, n))
    return (["light_mol", "co2_ppm", "air_temp", "water_l", "yield_kg"],
            np.column_stack([light, co2, temp, water, kg]))


def _roast(**sections: Any) -> Any:
    return _csv("roast_level", _roast_csv, "roast", "classification", 131, **sections)


def _tomato(**sections: Any) -> Any:
    return _csv("tomato_yield", _tomato_csv, "yield_kg", "regression", 132, **sections)


HERE = "benchmarks.diagnosis_bank.heldout13"
LINES = _factory(f"{HERE}:lines")
GQ3 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=1000, n_features=3,
               n_classes=3, random_state=133)
FR7 = _factory("sklearn.datasets:make_friedman1", n_samples=700, n_features=7, noise=0.3,
               random_state=134)
LCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 16}], "hidden": [32]}

TINY = ("with the training loss near 0 the gradients are ~1e-3 and the updates small, and that "
        "tiny loss still falls")

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h13_nan_fr7_sgd_lr05_b8", "Friedman-1 regression with 7 features (targets unscaled), "
         "plain SGD at LR 0.5, batch 8: the loss is 182 at step 1 and Inf by step 4",
         {"data": FR7, "model": {"hidden": [32, 32]}, "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 8}, "diagnose": NOSTOP},
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h13_divergence_gq3_adam_lr2", "Adam at LR 2 on the 3-class Gaussian quantiles, "
         "batch 50: the step loss jumps from 1.15 to 6e3 (epoch 1's mean 559), then sits at ln 3",
         {"data": GQ3, "model": {"hidden": [64, 64]}, "optim": {"lr": 2.0},
          "train": {"epochs": 8, "batch_size": 50}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "exploding_gradients", "dead_relu", "underfitting",
                "not_training", "vanishing_gradients"),
         why_allowed=("the first updates are 6-26x the weights and the gradients reach 150-450 "
                      "while the loss jumps; afterwards 92-97% of the second layer's ReLU units "
                      "are dead (the healthy classification runs: at most 0.5), the gradients "
                      "are ~0 and the loss stays at ~1.1; accuracy 0.34 and 0.36 against the "
                      "healthy 0.95-0.995"),
         verdict="failed"),
    Case("h13_exploding_gq3_7x64_std06", "7x64 ReLU MLP with N(0, 0.6) init on the quantiles, "
         "plain SGD at LR 0.003: gradients ~2e3 at the first step, 2e15-1e16 by step 4, NaN at "
         "step 5",
         {"data": GQ3, "model": {"hidden": [64] * 7, "init": "normal", "init_std": 0.6},
          "optim": {"name": "sgd", "lr": 0.003}, "train": {"epochs": 3, "batch_size": 32},
          "diagnose": NOSTOP},
         expect=("exploding_gradients", "nan_loss", "divergence"),
         allow=("update_ratio_high",),
         why_allowed="the updates are 0.15-1 times the weights from the first step, then more",
         verdict="failed"),
    # ---------------------------------------------------------------- not training
    Case("h13_adamw_lr1e7_roast", "the roast-level CSV, AdamW at LR 1e-7, batch 32",
         _roast(model={"hidden": [32]}, optim={"name": "adamw", "lr": 1e-7},
                train={"epochs": 5, "batch_size": 32}),
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting",),
         why_allowed=("the untrained net's accuracy (0.517 and 0.53) is far below the healthy "
                      "0.89-0.905"),
         verdict=TP),
    Case("h13_vanishing_sigmoid_gq3_9x32_adagrad", "9x32 sigmoid MLP on the quantiles, Adagrad "
         "at LR 0.01: the first layer's gradient is 4.4e-9, the output's 0.4",
         {"data": GQ3, "model": {"hidden": [32] * 9, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "underfitting"),
         why_allowed=("Adagrad's first steps are LR-sized whatever the gradient: medians "
                      "0.004-0.016 of the weights (the healthy runs: at most 0.0133), moving the "
                      "weights without improving the loss; accuracy 0.335 (chance) against the "
                      "healthy 0.95-0.995"),
         verdict=TP),
    Case("h13_zero_init_gq3_adam", "zero-initialised ReLU MLP on the quantiles, Adam",
         {"data": GQ3, "model": {"hidden": [48, 48], "init": "zeros"},
          "optim": {"lr": 2e-3}, "train": {"epochs": 5, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("dead_relu", "update_ratio_low", "vanishing_gradients", "underfitting"),
         why_allowed=("with every weight 0 every ReLU's input is 0 (all units count as dead) and"
                      " every weight gradient is 0, so no update moves a weight; the output is "
                      "the same for every sample; accuracy 0.33, one class's share"),
         verdict=TP),
    Case("h13_dead_relu_roast_sgd_lr1_b2", "plain SGD at LR 1 with batch 2 on the roast-level "
         "CSV, 5 epochs: pairs of samples kill the ReLU units (42% dead after epoch 1, 90% at "
         "the end)",
         _roast(model={"hidden": [48]}, optim={"name": "sgd", "lr": 1.0},
                train={"epochs": 5, "batch_size": 2}, diagnose=NOSTOP),
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("noisy_loss", "underfitting", "update_ratio_high", "update_ratio_low",
                "vanishing_gradients", "exploding_gradients", "not_training"),
         why_allowed=("single pairs push the step loss to 107 (ln 3 = 1.1) and the gradient to "
                      "24 and single updates to 1.5x the weights; the step loss swings 3.6 "
                      "times its mean (2.5x the healthy extreme), the batch of 2 itself; once "
                      "the units are dead the gradients are ~1e-8 and the median update 5e-7 of "
                      "the weights; accuracy 0.35 and 0.34 against the healthy 0.89-0.905"),
         verdict="failed"),
    Case("h13_saturated_tanh_roast_std4_rmsprop", "2x48 tanh MLP with N(0, 4) init on the "
         "roast-level CSV, RMSprop at LR 1e-4: 75-92% of the units saturated",
         _roast(model={"hidden": [48, 48], "activation": "tanh", "init": "normal",
                       "init_std": 4.0},
                optim={"name": "rmsprop", "lr": 1e-4}, train={"epochs": 5, "batch_size": 32}),
         expect=("saturated_activation", "at_chance"),
         allow=("underfitting", "not_training", "update_ratio_low", "exploding_gradients"),
         why_allowed=("the epoch loss (~16) falls 1-2% per epoch; RMSprop's updates are ~4e-5 "
                      "of the large weights (the healthy runs: medians from 2.6e-4); the first "
                      "layer's gradient (~10-18) is large from the huge weights, not growing"),
         verdict=TP),
    Case("h13_slow_start_tanh_roast_4x32_std003", "4x32 tanh MLP with N(0, 0.03) init on the "
         "roast-level CSV, SGD + momentum: ln 3 for 23 epochs, then the loss falls to 0.26",
         _roast(model={"hidden": [32] * 4, "activation": "tanh", "init": "normal",
                       "init_std": 0.03},
                optim={"name": "sgd", "lr": 0.02, "momentum": 0.9},
                train={"epochs": 40, "batch_size": 32}),
         expect=("slow_start",),
         allow=("update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("during the plateau the gradients are ~7e-4 and the updates down to "
                      "1.5e-5 of the weights; the loss only falls from epoch 24 on, so the "
                      "quarter means still fall at the end (0.72 -> 0.28); accuracy ends at "
                      "0.893 and 0.895, as the healthy runs'"),
         verdict=TP),
    Case("h13_stuck_tanh_gq3_5x32_std005", "5x32 tanh MLP with N(0, 0.05) init on the "
         "quantiles, SGD + momentum: the loss stays at ln 3 for all 30 epochs",
         {"data": GQ3, "model": {"hidden": [32] * 5, "activation": "tanh", "init": "normal",
                                 "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.03, "momentum": 0.9},
          "train": {"epochs": 30, "batch_size": 32}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "vanishing_gradients", "underfitting", "slow_start"),
         why_allowed=("the hidden layers' updates are 1.4e-5 to 4.1e-5 of their weights (the "
                      "healthy runs: medians from 2.6e-4) and their gradients ~3e-4, the tiny "
                      "init's signal and gradient shrinking layer by layer; accuracy 0.33 "
                      "(chance) against the healthy 0.95-0.995"),
         verdict=TP),
    Case("h13_noisy_b1_lines_cnn_adam", "batch size 1, Adam at LR 1e-3 on the line images, "
         "CNN, 3 epochs: the step loss swings 4.7 times its mean",
         {"data": LINES, "model": LCNN, "optim": {"lr": 1e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("not_converged", "exploding_gradients"),
         why_allowed=("the epoch loss still falls 0.31 -> 0.18 from the second epoch to the "
                      "third; single samples' gradients reach 15-33 (the healthy CNNs: at most "
                      "7.2), spikes, not growth"),
         verdict=TP),
    Case("h13_unshuffled_roast_momentum_b32", "the roast-level CSV sorted by label, never "
         "shuffled, SGD + momentum, batch 32",
         _roast(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [32]},
                optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                train={"epochs": 6, "batch_size": 32}),
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=("the epoch loss still falls (1.14 -> 0.39 over 6 epochs) and the "
                      "validation loss ends at 0.34 against the healthy 0.24-0.27 (accuracy "
                      "0.885, the healthy 0.89-0.905)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h13_overfit_gq3_subset36_rmsprop", "36 samples of the quantiles, 2x256 MLP, RMSprop "
         "at LR 2e-3, 100 epochs: training accuracy 1.0, validation 0.84; the validation loss "
         "rises from 0.41 (epoch 37) to 0.65",
         {"data": {**GQ3, "subset": 36}, "model": {"hidden": [256, 256]},
          "optim": {"name": "rmsprop", "lr": 2e-3}, "train": {"epochs": 100, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "dead_relu"),
         why_allowed=(TINY + " (the epoch loss ~5e-3, by 35% over the last quarter) and the "
                      "step loss swings 2.2 times its tiny mean; 52-53% of the second layer's "
                      "units are dead (the healthy classification MLPs: at most 0.3, the CNNs "
                      "0.5)"),
         verdict=GP),
    Case("h13_overfit_lines_cnn_subset24_adam", "line CNN (16, 32 channels, 128 hidden) on 24 "
         "images, Adam, 80 epochs: training accuracy 1.0, validation 0.53; the validation loss "
         "rises 28% above its minimum (epoch 10)",
         {"data": {**LINES, "subset": 24},
          "model": {"kind": "cnn", "conv": [{"channels": 16}, {"channels": 32}],
                    "hidden": [128]},
          "optim": {"lr": 2e-3}, "train": {"epochs": 80, "batch_size": 4}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "dead_relu", "update_ratio_low", "vanishing_gradients"),
         why_allowed=(TINY + " (2e-4, by 46% over the last quarter); 43% of the dense layer's "
                      "units are dead (the healthy CNNs: up to 0.5); the first conv layer's "
                      "median update (1.2e-4) is below the healthy runs' 2.6e-4"),
         verdict=GP),
    Case("h13_gap_tomato_subset25_adam", "25 rows of the tomato-yield CSV, 2x256 MLP, Adam, "
         "150 epochs: training R2 1.0, validation 0.81",
         _tomato(data_extra={"subset": 25}, model={"hidden": [256, 256]},
                 optim={"lr": 5e-3}, train={"epochs": 150, "batch_size": 5}),
         expect=("generalisation_gap",),
         allow=("not_converged", "overfitting"),
         why_allowed=("the validation loss is lowest at epoch 146 (439, from 8.4e3) and still "
                      "falls 7% over the last quarter: it does not rise, but a 2x256 net fits "
                      "25 rows exactly"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h13_underfit_gq3_two_relu", "the quantiles through 2 ReLU units, Adam: accuracy 0.49",
         {"data": GQ3, "model": {"hidden": [2]},
          "optim": {"lr": 5e-3}, "train": {"epochs": 20, "batch_size": 32}},
         expect=("underfitting",),
         allow=("predictions_collapsed",),
         why_allowed="61% of the test predictions fall in one class",
         verdict=TP),
    Case("h13_underfit_roast_adamw_wd30", "the roast-level CSV, AdamW with weight decay 30: "
         "accuracy 0.66, the loss flat at 1.03",
         _roast(model={"hidden": [32]},
                optim={"name": "adamw", "lr": 0.01, "weight_decay": 30.0},
                train={"epochs": 15, "batch_size": 32}),
         expect=("underfitting",),
         allow=("not_training",),
         why_allowed=("the decay holds the weights near 0, so the loss barely moves (1.05 -> "
                      "1.03)"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h13_update_ratio_high_roast_sgd_lr5", "plain SGD at LR 5 on the roast-level CSV, "
         "batch 64: median updates 0.12 and 0.055 of the weights",
         _roast(model={"hidden": [32]}, optim={"name": "sgd", "lr": 5.0},
                train={"epochs": 6, "batch_size": 64}, diagnose=NOSTOP),
         expect=("update_ratio_high",),
         allow=("divergence",),
         why_allowed=("the big steps throw the step loss up to 6.9 and epoch 1's mean (2.25) "
                      "above the start (1.08); it recovers (accuracy 0.9)"),
         verdict=TP),
    Case("h13_update_ratio_low_lines_cnn_adagrad_1e6", "the line CNN, Adagrad at LR 1e-6",
         {"data": LINES, "model": LCNN, "optim": {"name": "adagrad", "lr": 1e-6},
          "train": {"epochs": 4, "batch_size": 32}},
         expect=("update_ratio_low", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting",),
         why_allowed="accuracy 0.256 and 0.258 (chance 0.25) against the healthy 0.946-0.958",
         verdict=TP),
    Case("h13_not_converged_tomato_rmsprop_4ep", "the tomato-yield CSV (targets unscaled), "
         "RMSprop at LR 3e-3 for 4 epochs: the epoch loss falls 9.7e3 -> 7.7e3 and still "
         "falls at the end",
         _tomato(model={"hidden": [32]}, optim={"name": "rmsprop", "lr": 3e-3},
                 train={"epochs": 4, "batch_size": 32}),
         expect=("not_converged",),
         allow=("underfitting", "update_ratio_high"),
         why_allowed=("R2 -2.1 against the healthy 0.96-0.99; RMSprop's median steps are "
                      "1.8-2.3% of the weights (the healthy runs: at most 1.33%)"),
         verdict=TP),
    # ---------------------------------------------------------------- loss
    Case("h13_mse_softmax_gq3_adam", "the quantiles trained with square error on the softmax, "
         "Adam",
         {"data": GQ3, "model": {"hidden": [64, 64]}, "optim": {"lr": 2e-3},
          "train": {"loss": "mse", "epochs": 15, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged",),
         why_allowed="the validation loss still falls 19% over the last quarter",
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h13_lightning_unshuffled_cancer_adam", "Lightning: breast cancer sorted by label, "
         "never shuffled, Adam, batch 16",
         script=lightning_run(_s("breast_cancer", hidden=(16,), optim="adam", lr=1e-3,
                                 epochs=5, batch_size=16, shuffle=False, by_label=True)),
         tool="lightning", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=SORTED + (" (0.903 against the Trainer's 0.956 on breast cancer); the "
                               "epoch loss still falls (0.61 -> 0.24)"),
         verdict=TP),
    Case("h13_lightning_overfit_moons_subset24_adam", "Lightning: 24 moon points (noise 0.3), "
         "2x256 MLP, Adam, 150 epochs: the validation loss rises from 0.36 (epoch 11) to 2.39",
         script=lightning_run(_s("moons", hidden=(256, 256), optim="adam", lr=3e-3,
                                 epochs=150, batch_size=4, subset=24, n=900, noise=0.3)),
         tool="lightning", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss"),
         why_allowed=("the training loss, ~3e-4, still halves over the last quarter and swings "
                      "relative to its tiny mean"),
         verdict=GP),
    Case("h13_hf_trainer_sgd_lr40_circles_divergence", "Hugging Face Trainer names: plain SGD "
         "at LR 40 on circles, batch 16: the logged loss reaches 6e30, then sits at ln 2",
         script=hf_trainer_run(_s("circles", hidden=(32, 32), optim="sgd", lr=40.0, epochs=4,
                                  batch_size=16, n=900, noise=0.1), logging_steps=4),
         tool="transformers", expect=("divergence", "at_chance"),
         allow=("exploding_gradients", "not_training", "underfitting", "nan_loss"),
         why_allowed=("the gradient norm is 1e5 at the first log and Inf later while the loss "
                      "explodes (the final train_loss 1.9e29); afterwards the net predicts one "
                      "class (eval accuracy 0.5) and the loss stays at ~0.68"),
         verdict="failed"),
    Case("h13_hf_trainer_overfit_circles_subset24_adam", "Hugging Face Trainer names: 24 "
         "circle points (noise 0.2), 2x256 MLP, Adam, 150 epochs: the eval loss rises from "
         "0.45 to 2.01 while the training loss falls",
         script=hf_trainer_run(_s("circles", hidden=(256, 256), optim="adam", lr=3e-3,
                                  epochs=150, batch_size=4, subset=24, n=900, noise=0.2),
                               logging_steps=10),
         tool="transformers", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "underfitting"),
         why_allowed=("no training accuracy is logged (eval accuracy 0.75 against 0.99-0.995 "
                      "of the healthy circles runs); the training loss (~1e-3) still falls"),
         verdict=GP),
    Case("h13_keras_digits_two_relu_adam", "Keras names: digits through 2 ReLU units, Adam",
         script=keras_run(_s("digits", hidden=(2,), optim="adam", lr=5e-3, epochs=30,
                             batch_size=32)),
         tool="keras", expect=("underfitting",),
         allow=("not_converged",),
         why_allowed=("accuracy 0.60 and 0.585 against the hand-written loop's 0.972 on "
                      "digits; the loss still falls 6% over the last quarter"),
         verdict=TP),
    Case("h13_keras_sgd_1e5_iris_stuck", "Keras names: iris, plain SGD at LR 1e-5: the loss "
         "stays at 1.23",
         script=keras_run(_s("iris", hidden=(16,), optim="sgd", lr=1e-5, epochs=6,
                             batch_size=8)),
         tool="keras", expect=("not_training",),
         allow=("at_chance", "underfitting"),
         why_allowed="accuracy 0 and 0.033, far below chance (1/3)",
         verdict=TP),
    Case("h13_tensorboard_noisy_b1_iris_adam_lr003", "TensorBoard tags: batch 1, Adam at LR "
         "0.03 on iris, 4 epochs: the step loss swings 4.1 times its mean",
         script=tensorboard_run(_s("iris", hidden=(32,), optim="adam", lr=0.03, epochs=4,
                                   batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged",),
         why_allowed="the step loss, ~0 for most samples, moves by orders of magnitude",
         verdict=TP),
    Case("h13_plain_corrupt_record_sine_adam", "hand-written loop: sine regression, Adam, "
         "batch 32, a corrupt record (x = 1e30) at step 30 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(64,), optim="adam", lr=2e-3, epochs=4,
                             batch_size=32, n=600, noise=0.05), corrupt_step=30),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=30),
    Case("h13_plain_unshuffled_digits_sgd", "hand-written loop: digits sorted by label, never "
         "shuffled, SGD + momentum, batch 32",
         script=plain_run(_s("digits", hidden=(32,), optim="sgd", lr=0.01,
                             optim_args={"momentum": 0.9}, epochs=5, batch_size=32,
                             shuffle=False, by_label=True)),
         tool="pytorch", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting"),
         why_allowed=SORTED + (" (0.933 against the healthy loop's 0.972 on digits); the "
                               "validation loss still falls (0.49 -> 0.24 over the last 3 "
                               "epochs)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy13_gq3_adam_b32",
       {"data": GQ3, "model": {"hidden": [64, 64]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy13_gq3_tanh_rmsprop_b32",
       {"data": GQ3, "model": {"hidden": [64, 64], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 32}}),
    _h("healthy13_gq3_nesterov_b16",
       {"data": GQ3, "model": {"hidden": [64, 64]},
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "nesterov": True,
                  "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 16}}),
    _h("healthy13_gq3_silu_adamw_b24",
       {"data": GQ3, "model": {"hidden": [96, 48], "activation": "silu"},
        "optim": {"name": "adamw", "lr": 2e-3, "weight_decay": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy13_gq3_elu_adagrad_b64",
       {"data": GQ3, "model": {"hidden": [64, 64], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.01}, "train": {"epochs": 30, "batch_size": 64}}),
    _h("healthy13_gq3_kaiming_adam_step_b48",
       {"data": GQ3, "model": {"hidden": [64, 64], "init": "kaiming_uniform"},
        "optim": {"lr": 3e-3, "schedule": "step", "step_size": 12, "gamma": 0.3},
        "train": {"epochs": 30, "batch_size": 48}}),
    _h("healthy13_lines_cnn_adam_b32",
       {"data": LINES, "model": LCNN, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy13_lines_cnn_momentum_b32",
       {"data": LINES, "model": LCNN,
        "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 32}}),
    _h("healthy13_lines_cnn_bn_rmsprop_b16",
       {"data": LINES, "model": {**LCNN, "batchnorm": True},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 16}}),
    _h("healthy13_fr7_adam_b32",
       {"data": FR7, "model": {"hidden": [64, 64]}, "optim": {"lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 120, "batch_size": 32}}),
    _h("healthy13_fr7_xavier_rmsprop_b32",
       {"data": FR7, "model": {"hidden": [64, 32], "init": "xavier_uniform"},
        "optim": {"name": "rmsprop", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 80, "batch_size": 32}}),
    _h("healthy13_fr7_silu_adamw_b64",
       {"data": FR7, "model": {"hidden": [64, 64], "activation": "silu"},
        "optim": {"name": "adamw", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 120, "batch_size": 64}}),
    _h("healthy13_roast_adam_b32",
       _roast(model={"hidden": [32, 32]}, optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 20, "batch_size": 32})),
    _h("healthy13_roast_adadelta_b24",
       _roast(model={"hidden": [48]}, optim={"name": "adadelta", "lr": 0.5},
              train={"epochs": 25, "batch_size": 24})),
    _h("healthy13_roast_leaky_rmsprop_b32",
       _roast(model={"hidden": [64], "activation": "leaky_relu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 20, "batch_size": 32})),
    _h("healthy13_roast_momentum_step_b16",
       _roast(model={"hidden": [32]},
              optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "step",
                     "step_size": 8, "gamma": 0.3},
              train={"epochs": 20, "batch_size": 16})),
    _h("healthy13_roast_tanh_adamw_b64",
       _roast(model={"hidden": [64], "activation": "tanh"},
              optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
              train={"epochs": 25, "batch_size": 64})),
    _h("healthy13_roast_silu_adagrad_b48",
       _roast(model={"hidden": [48], "activation": "silu"},
              optim={"name": "adagrad", "lr": 0.03}, train={"epochs": 20, "batch_size": 48})),
    _h("healthy13_tomato_adam_b32",
       _tomato(model={"hidden": [64, 32]}, optim={"lr": 0.03, "schedule": "cosine"},
               train={"epochs": 60, "batch_size": 32})),
    _h("healthy13_tomato_rmsprop_b16",
       _tomato(model={"hidden": [64, 64]}, optim={"name": "rmsprop", "lr": 0.01,
                                                   "schedule": "cosine"},
               train={"epochs": 60, "batch_size": 16})),
    _h("healthy13_tomato_elu_adamw_b64",
       _tomato(model={"hidden": [64, 64], "activation": "elu"},
               optim={"name": "adamw", "lr": 0.03, "schedule": "cosine"},
               train={"epochs": 60, "batch_size": 64})),
    _hs("healthy13_lightning_circles_adam",
        lightning_run(_s("circles", hidden=(32, 32), optim="adam", lr=2e-3, epochs=15,
                         batch_size=32, n=1000, noise=0.1)), "lightning"),
    _hs("healthy13_lightning_iris_adamw",
        lightning_run(_s("iris", hidden=(16,), optim="adamw", lr=0.01, epochs=30,
                         batch_size=8)), "lightning"),
    _hs("healthy13_hf_trainer_blobs_adam",
        hf_trainer_run(_s("blobs", hidden=(32,), optim="adam", lr=2e-3, epochs=20,
                          batch_size=32, n=900, k=5, noise=0.1), logging_steps=10),
        "transformers"),
    _hs("healthy13_hf_trainer_cancer_rmsprop",
        hf_trainer_run(_s("breast_cancer", hidden=(32,), optim="rmsprop", lr=1e-3, epochs=20,
                          batch_size=32), logging_steps=5), "transformers"),
    _hs("healthy13_keras_moons_adamw",
        keras_run(_s("moons", hidden=(32, 32), optim="adamw", lr=1e-3, epochs=30,
                     batch_size=32, n=1000, noise=0.2)), "keras"),
    _hs("healthy13_keras_wine_adam",
        keras_run(_s("wine", hidden=(32,), optim="adam", lr=3e-3, epochs=30,
                     batch_size=16)), "keras"),
    _hs("healthy13_tensorboard_digits_rmsprop",
        tensorboard_run(_s("digits", hidden=(64,), optim="rmsprop", lr=1e-3, epochs=15,
                           batch_size=32)), "tensorboard"),
    _hs("healthy13_tensorboard_moons_momentum",
        tensorboard_run(_s("moons", hidden=(32, 32), optim="sgd", lr=0.03,
                           optim_args={"momentum": 0.9}, epochs=25, batch_size=32, n=900,
                           noise=0.25)), "tensorboard"),
    _hs("healthy13_plain_circles_adagrad",
        plain_run(_s("circles", hidden=(32, 32), optim="adagrad", lr=0.02, epochs=20,
                     batch_size=32, n=900, noise=0.12)), "pytorch"),
    _hs("healthy13_plain_wine_adamw",
        plain_run(_s("wine", hidden=(32,), optim="adamw", lr=3e-3, epochs=30,
                     batch_size=16)), "pytorch"),
    _hs("healthy13_plain_digits_adam",
        plain_run(_s("digits", hidden=(48,), optim="adam", lr=2e-3, epochs=20,
                     batch_size=24)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
