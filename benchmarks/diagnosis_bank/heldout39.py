"""The thirty-ninth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout38`'s measurement, before any change is measured on it, and
without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout38` in its combination of data set (new here: a
10x10 image set of a kite (a diamond on a string with a bow in a 5x5 cell, turned by 0, 90, 180 or
270 degrees; 4 classes), 1500 images with noise 0.3 and 3% random labels; 5-class Gaussian
quantiles in 5 dimensions (2500 samples); a 36-feature 3-class set (1500 samples, 10 informative, 6
redundant, class separation 1.5); a 31-feature Friedman-1 regression (noise 0.5); a tram's
pantograph-state CSV (raised and drawing, raised and coasting, lowered, arcing: 4 classes from 7
readings) and a bowling alley's daily-games regression CSV (games, in the thousands), besides the
script tools' shipped sets with new settings: iris, wine, breast cancer, digits, circles and the
sine with noise 0.12), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky
ReLU, tanh, sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without
momentum), batch size, learning rate, schedule (cosine, step, constant), initialisation (default,
normal) or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every step
or every 2 steps, Keras and TensorBoard names, a hand-written loop). Most fault cases pair a
mechanism with another optimiser, model, data set or tool than :mod:`.heldout36` to
:mod:`.heldout38` did (a NaN from SGD with momentum on unscaled bowling games, divergence under
RMSprop at LR 5 on the quantiles, exploding gradients in a deep net with N(0, 1) init under RMSprop
on the quantiles, units killed by Adagrad at LR 3 in the kite CNN, a tiny learning rate under
Adagrad on the 36-feature set and under AdamW on the Friedman regression, vanishing gradients under
SGD with momentum in a 14-layer sigmoid net on the kite images, saturation under AdamW on the
pantograph CSV, a slow start under AdamW, unshuffled data under RMSprop, square error with SGD and
momentum, a high update ratio from AdamW, an overfit MLP under AdamW and a train/validation gap
under RMSprop on a regression, an underfit 2-unit leaky-ReLU net under Adagrad, Lightning's
not-converged digits, Trainer's noisy batch-1 wine under Adagrad and its NaN iris, Keras' stuck
breast cancer and blown-up wine, TensorBoard's unshuffled wine and overfit digits, the hand-written
loop's corrupt record under Adam and its 1-unit circles), and the cases are spread differently over
the tools (fifteen runner faults; one fault for Lightning, two for each of Trainer, Keras,
TensorBoard and the hand-written loop) and the fault classes (four runner runs broken (NaN,
divergence, exploding gradients, dead units); ``not_training`` expected in four runner runs and
one script; ``predictions_collapsed`` in three runner runs; three regressions).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the minimum
is, the share of the step loss's within-epoch variance explained by the position in the epoch, the
step loss's step-to-step swing, final train and validation accuracy or R2 and ``baseline/val_*``,
per-layer gradient norms and update ratios, dead-unit and saturation fractions, and for the runner
cases the test confusion matrix in ``confusion_matrix.json``), never from its findings. The runs
were read at seed 0, the seed ``benchmarks/diagnosis.py`` gives every case by default and every
case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout38`): the state a run ends in is *expected*
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
healthy run's. A fault whose first setting came out weak was made stronger, relabelled from its
metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: median update ratio per layer 1.4e-4 (the first layer of the
momentum ELU MLP at batch 13 on the pantograph CSV) to 0.0039 (the first layer of the leaky-ReLU
MLP with Adagrad on the 36-feature set); the expected ``update_ratio_high`` run sits at medians of
0.029 and 0.022 (AdamW at LR 0.08 on the quantiles: 5.7x to 7.6x the healthy extreme); the expected
``update_ratio_low`` runs at 6.4e-9 to 1.0e-8 (Adagrad at LR 1e-8 on the 36-feature set), 8.1e-8 to
2.1e-7 (the saturated tanh MLP under AdamW at LR 1e-6) and 4.2e-8 to 8.9e-8 (AdamW at LR 1e-8 on the
Friedman regression). Dead-ReLU fraction per layer at most 0.087 at any time (the second layer of
the leaky-ReLU MLP with RMSprop on the pantograph CSV); the expected ``dead_relu`` run reaches 0.83
(the kite CNN's dense layer under Adagrad at LR 3; 0.7 and 0.5 in the conv layers). Saturated
fraction per layer at most 0.076 in the healthy tanh and sigmoid runs (the second layer of the tanh
MLP with Adagrad on the pantograph CSV); the expected ``saturated_activation`` run reaches 0.83 and
0.91. Gradient norms at most 2.4 in the healthy runs, none growing without bound (the expected
``exploding_gradients`` run, the 8x26 net with N(0, 1) init on the quantiles: medians 1.8e4-3.3e4
and up to 5.1e4, its loss near 5.5e4 from the first step and never NaN; the expected
``vanishing_gradients`` run: a median of 1.3e-12 in its first layer against 0.35 at the output).
The position in the epoch explains at most 40% of the step loss's within-epoch variance in every
healthy runner run (the ReLU MLP with Adam, batch 46, on the pantograph CSV; at most 34% over the
second half) and at most 11% (13% over the second half) in the healthy scripts with a step loss
(Lightning's, Trainer's, TensorBoard's and the hand-written loop's), while the sorted pantograph
CSV reaches 95% (99% over the second half) and TensorBoard's sorted wine 74% (89%); short fault
runs whose loss is flat or blown up reach 23-41% too (39-62% over the second half), with no order
in their data. The standard deviation of the step loss's step-to-step change over the second half
of a run is at most 0.85 times its mean in every healthy runner run (the leaky-ReLU MLP with
Adagrad on the 36-feature set) and at most 1.78 in the scripts (the hand-written loop on breast
cancer, batch 20), while the expected ``noisy_loss`` run swings 7.4 (Trainer, batch 1, Adagrad on
wine: 4.2x the scripts'). Healthy runs reach a validation score close to what the data allow
(accuracy 1.0 on the pantograph CSV, where the run's ``baseline/val_accuracy`` is 1.0 (readings
apart by class); 0.88-0.9133 on the 36-feature set, where the baseline is 0.8833; for the scripts
0.9298 on breast cancer (Trainer), 0.9474 (Keras) and 0.9649 (the hand-written loop), 1.0 on wine
(the hand-written loop) and 0.9667 (Lightning) and 1.0 (TensorBoard) on iris); their validation loss
does not rise at the end (every healthy runner run's is lowest at its last epoch; the hand-written
loop's wine is lowest at epoch 34 of 40 and 1% above it at the end, Keras' breast cancer at epoch
18 of 20 and 0.03% above it at the end), no training score ends ~1 with the validation score 0.1
lower (the largest gap: 0.051, the leaky-ReLU MLP with Adagrad on the 36-feature set, training
0.9644), and they expect no finding of severity warning or worse.

Healthy candidates changed: Lightning's iris with RMSprop at LR 5e-3, whose validation loss ended
6% above its minimum (0.0558 at epoch 39 of 40 after swinging 0.056-0.068 over the last twelve
epochs), was given LR 2e-3 (lowest at the end, 0.0989, falling ~2% an epoch like its training
loss). No other healthy candidate was changed or dropped. No healthy run on the kite images, the
quantiles, the Friedman regression or the bowling alley CSV is in the part: their faults are read
against the runs' baselines. Faults changed or dropped: the pantograph MLP with AdamW at LR 0.05,
meant to move its weights too far, moved them by medians 0.0018 (below the healthy largest, 0.0039:
the separable classes drive its gradients to ~1e-5) and was dropped for AdamW at LR 0.08 on the
quantiles; the kite CNN with plain SGD at LR 0.02 for 3 epochs, meant not to converge, fell only
~0.3% an epoch near ln 4 (1.396, 1.391, 1.387), and at LR 0.1 for 4 epochs still only ~0.6% (1.391
-> 1.366) with accuracy 0.25 and every test prediction in one class, so it was dropped (not
relabelled); Lightning's digits with AdamW at LR 1e-4, meant not to converge, ended at accuracy
0.1253 near chance, so LR 4e-4 took its place. Labels read from the metrics: the quantile MLP under
RMSprop at LR 5 and the kite CNN under Adagrad at LR 3 put 93% and every one of the test
predictions in one class, as does the vanishing run (every one), so ``predictions_collapsed`` is
expected there, with ``at_chance`` (0.194, 0.2633 and 0.25 against 1/5 or 1/4); the exploding run
(0.19 against 1/5) and the Adagrad run at LR 1e-8 (0.3567 against 1/3; 87% in one class, so
``predictions_collapsed`` only allowed) sit at chance, so ``at_chance`` is expected there; the
saturated run (0.1179 against 1/4) and Keras' stuck breast cancer (0.4737 against the majority
share ~0.63) are far below chance, so ``at_chance`` is only allowed; the slow starter still falls
faster at its end, so ``not_converged`` is expected beside ``slow_start``; the square-error run's
validation loss is flat while its training loss still falls ~10% an epoch, so ``not_converged`` is
only allowed there; the 2-unit net's loss flattens (0.05% an epoch at the end), so
``underfitting`` is expected, its accuracy 0.102 above chance so ``at_chance`` is allowed; the
hand-written loop's 1-unit circles stay at ln 2 with accuracy 0.5 throughout, so ``underfitting``
and ``at_chance`` are expected and ``not_training`` allowed; TensorBoard's 30-row digits end 0.33
below training with a rising validation loss, so ``overfitting`` and ``generalisation_gap`` are
both expected; the Friedman gap run's validation loss is nearly flat at its minimum, so
``overfitting`` is only allowed; Keras' wine at LR 20 keeps 0.9167 accuracy with an epoch loss of
1e4-4e5, so ``divergence`` is expected and the verdict is ``failed``.

>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
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

# a kite in a 5x5 cell (a diamond on a string with a bow), turned by 90 degrees at a time for
# the other three directions
_KITE_UP = np.array([[0, 0, 1, 0, 0],
                     [0, 1, 1, 1, 0],
                     [0, 0, 1, 0, 0],
                     [0, 0, 1, 0, 0],
                     [0, 1, 0, 1, 0]], dtype=float)
_KITES = turned(_KITE_UP)


def kites(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.03,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 kite glyph at a random place (4 classes: the kite turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_KITES, n, size, noise, flip, seed)


def _pantograph_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A tram's pantograph state (0 raised and drawing, 1 raised and coasting, 2 lowered, 3
    arcing) from 7 readings."""
    n = 1400
    cls = rng.integers(0, 4, n)
    amps = np.array([420.0, 40.0, 0.0, 260.0])[cls] + rng.normal(0, 30.0, n)
    force = np.array([90.0, 85.0, 5.0, 45.0])[cls] + rng.normal(0, 6.0, n)
    arc_flash = np.array([0.2, 0.1, 0.0, 6.0])[cls] + rng.normal(0, 0.5, n)
    head_c = np.array([48.0, 30.0, 18.0, 70.0])[cls] + rng.normal(0, 4.0, n)
    speed = rng.uniform(0.0, 70.0, n)
    outside_c = rng.uniform(-15.0, 35.0, n)
    humidity = rng.uniform(20.0, 100.0, n)
    return (["line_amps", "contact_force_n", "arc_flashes_s", "head_temp_c", "speed_kmh",
             "outside_c", "humidity_pct", "pantograph"],
            np.column_stack([amps, force, arc_flash, head_c, speed, outside_c, humidity, cls]))


def _bowling_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bowling alley's daily count of games from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    rain_mm = rng.exponential(4.0, n)
    temp_c = rng.uniform(-5, 32, n)
    league = rng.integers(0, 2, n).astype(float)
    lanes = rng.integers(8, 25, n).astype(float)
    promo = rng.integers(0, 2, n).astype(float)
    games = (900 + 25.0 * rain_mm - 8.0 * temp_c + 450.0 * league + 45.0 * lanes
             + 250.0 * promo + 350.0 * (weekday >= 5) + rng.normal(0, 50.0, n))
    return (["weekday", "rain_mm", "temp_c", "league_night", "lanes_open", "promo", "games"],
            np.column_stack([weekday, rain_mm, temp_c, league, lanes, promo, games]))


def _pantograph(**sections: Any) -> Any:
    return _csv("tram_pantograph_state", _pantograph_csv, "pantograph", "classification", 391,
                **sections)


def _bowling(**sections: Any) -> Any:
    return _csv("bowling_alley_daily_games", _bowling_csv, "games", "regression", 392,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout39"
KT4 = _factory(f"{HERE}:kites")
GQ55 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=2500, n_features=5,
                n_classes=5, random_state=393)
CL36 = _factory("sklearn.datasets:make_classification", n_samples=1500, n_features=36,
                n_informative=10, n_redundant=6, n_classes=3, class_sep=1.5, random_state=394)
FR31 = _factory("sklearn.datasets:make_friedman1", n_samples=900, n_features=31, noise=0.5,
                random_state=395)
KCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 10}], "hidden": [24]}


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h39_nan_bowling_momentum_lr001", "the bowling alley's daily-games CSV (targets "
         "unscaled, in the thousands), ReLU MLP of 26 units, SGD with momentum 0.9 at LR 0.01, "
         "batch 25: the step loss goes 4.2e6, 2.9e6, 1.2e11, 1.3e24 and is Inf at the fifth "
         "step",
         _bowling(model={"hidden": [26]}, optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                  train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high"),
         why_allowed=(BLOWUP + " (norms 1139 and 5710 at the first step, then overflow; single "
                      "updates up to 6e10 times the weights)"),
         verdict="failed"),
    Case("h39_divergence_gq55_rmsprop_lr5", "44x22 ReLU MLP on the 5-class quantiles in 5 "
         "dimensions, RMSprop at LR 5, batch 40: the step loss reaches 2.7e7 (1.58 at the "
         "first); the epoch loss 1.7e6, 957, 288 ends 183 times above its start; accuracy "
         "0.194 with 93% of the test predictions in one class",
         {"data": GQ55, "model": {"hidden": [44, 22]}, "optim": {"name": "rmsprop", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "noisy_loss",
                "unshuffled_data", "not_training", "underfitting", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 1.6e5, single updates up to 549 times the "
                      "weights); 59% of the second layer's units dead at most, a side effect "
                      "of the blow-up; the blown-up loss falls back (the step loss's quarter "
                      "means 2.3e6, 1537, 796, 274) and swings 2.5 times its mean; with a "
                      "blown-up loss the position in the epoch explains 33% of the step loss's "
                      "within-epoch variance (57% over the second half), with no order in the "
                      "data; accuracy 0.194 (chance 1/5) against the run's baseline/val_accuracy "
                      "0.462"),
         verdict="failed"),
    Case("h39_exploding_gq55_8x26_std1_rmsprop", "8x26 ReLU MLP with N(0, 1) init on the "
         "quantiles, RMSprop at LR 1e-7: the gradient norms' medians are 1.8e4-3.3e4 (up to "
         "5.1e4) against at most 2.4 in the healthy runs; the loss starts near 4.7e4 and never "
         "becomes NaN (epoch means 5.466e4, 5.465e4, 5.464e4); accuracy 0.19",
         {"data": GQ55, "model": {"hidden": [26] * 8, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-7}, "train": {"epochs": 3, "batch_size": 35},
          "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("divergence", "not_training", "underfitting", "update_ratio_low",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss is blown up from the first step and stays there; the tiny "
                      "steps are small beside the wide weights (median updates 1.2e-7 to "
                      "1.6e-7, below the healthy smallest, 1.4e-4) and the loss hardly moves; "
                      "52% of the test predictions in one class; with a blown-up loss the "
                      "position in the epoch explains 34% of the step loss's within-epoch "
                      "variance (41% over the second half), with no order in the data; "
                      "accuracy 0.19 (chance 1/5) against the run's baseline/val_accuracy "
                      "0.462"),
         verdict="failed"),
    Case("h39_dead_relu_kite_cnn_adagrad_lr3", "the kite CNN (6, 10 channels, 24 hidden), "
         "Adagrad at LR 3, batch 40: one step's loss reaches 1.1e6 (1.39 at the first), then "
         "83% of the dense layer's units, 70% of the second conv layer's and half of the "
         "first's are dead (the healthy runs: at most 9% in any layer); the epoch loss 4.8e4, "
         "3.68, 2.83 ends twice its start; accuracy 0.2633 with every test prediction in one "
         "class",
         {"data": KT4, "model": KCNN, "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("not_training", "update_ratio_high", "exploding_gradients", "vanishing_gradients",
                "update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=(BLOWUP + " (norms up to 1.5e5, single updates up to 37 times the "
                      "weights); afterwards the dead layers pass no gradient (medians 0) and "
                      "their median updates are 0; the step loss's quarter means 6.4e4, 4.33, "
                      "2.69, 2.90; with a blown-up loss the position in the epoch explains 33% "
                      "of the step loss's within-epoch variance (42% over the second half), "
                      "with no order in the data; accuracy 0.2633 (chance 1/4) against the "
                      "run's baseline/val_accuracy 0.7667 (no healthy kite run is in the part)"),
         verdict="failed"),
    # ---------------------------------------------------------------- not training
    Case("h39_adagrad_lr1e8_cl36", "the 36-feature 3-class set, 36x18 MLP, Adagrad at LR 1e-8: "
         "median updates 6.4e-9 to 1.0e-8 of the weights, the epoch loss flat at 1.087, "
         "accuracy 0.3567 with 87% of the test predictions in one class",
         {"data": CL36, "model": {"hidden": [36, 18]}, "optim": {"name": "adagrad", "lr": 1e-8},
          "train": {"epochs": 3, "batch_size": 25}},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "predictions_collapsed"),
         why_allowed=("accuracy 0.3567 (chance 1/3) against the healthy 0.88-0.9133; 87% of "
                      "the test predictions in one class, below the 90% that is expected; with "
                      "a flat loss the position in the epoch explains 34% of the step loss's "
                      "within-epoch variance (62% over the second half), with no order in the "
                      "data"),
         verdict=TP),
    Case("h39_vanishing_sigmoid_kite_14x20_momentum", "14x20 sigmoid MLP on the kite images, "
         "SGD with momentum 0.9 at LR 0.02: median gradient 1.3e-12 in the first layer against "
         "0.35 at the output; the epoch loss flat near ln 4 (1.402, 1.393, 1.400), accuracy "
         "0.25 with every test prediction in one class",
         {"data": KT4, "model": {"hidden": [20] * 14, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9},
          "train": {"epochs": 3, "batch_size": 30}},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.25 (chance 1/4) against the run's baseline/val_accuracy "
                      "0.7667; the first six layers' median updates are 0 and the next ones "
                      "1.6e-10 to 1.4e-4 of their weights while the output moves; with a flat "
                      "loss the position in the epoch explains 26% of the step loss's "
                      "within-epoch variance (39% over the second half), with no order in the "
                      "data"),
         verdict=TP),
    Case("h39_saturated_tanh_pantograph_std4_adamw", "2x32 tanh MLP with N(0, 4) init on the "
         "pantograph CSV, AdamW at LR 1e-6: 83% and 91% of the two layers' units saturated "
         "(the healthy runs: at most 8%), median updates 8.1e-8 to 2.1e-7 of the weights, the "
         "epoch loss flat at 30.9, accuracy 0.1179",
         _pantograph(model={"hidden": [32, 32], "activation": "tanh", "init": "normal",
                            "init_std": 4.0},
                     optim={"name": "adamw", "lr": 1e-6},
                     train={"epochs": 3, "batch_size": 28}),
         expect=("saturated_activation", "update_ratio_low", "not_training"),
         allow=("at_chance", "underfitting", "exploding_gradients", "unshuffled_data",
                "noisy_loss", "divergence"),
         why_allowed=("accuracy 0.1179, far below chance (1/4), against the healthy 1.0; the "
                      "wide weights give large but steady gradients (median 9.5 in the first "
                      "layer, at most 18.8, not growing); the step loss drifts (quarter means "
                      "30.5, 31.3, 30.4, 31.6) while the epoch means stay at 30.9; with a flat "
                      "loss the position in the epoch explains 23% of the step loss's "
                      "within-epoch variance (60% over the second half), with no order in the "
                      "data"),
         verdict=TP),
    Case("h39_adamw_lr1e8_fr31", "the 31-feature Friedman regression, 40x20 ELU MLP, AdamW at "
         "LR 1e-8: median updates 4.2e-8 to 8.9e-8 of the weights, the epoch loss flat at "
         "227.3, validation R2 -8.54",
         {"data": FR31, "model": {"hidden": [40, 20], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-8}, "train": {"epochs": 3, "batch_size": 30}},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "exploding_gradients", "unshuffled_data", "noisy_loss"),
         why_allowed=("validation R2 -8.54 against the run's baseline/val_r2 0.7269 (no "
                      "healthy Friedman run is in the part); the raw targets give large but "
                      "steady gradients (medians 7.3-13.8, not growing); with a flat loss the "
                      "position in the epoch explains 33% of the step loss's within-epoch "
                      "variance (47% over the second half), with no order in the data"),
         verdict=TP),
    Case("h39_slow_start_pantograph_4x28_std002_adamw", "4x28 ReLU MLP with N(0, 0.02) init on "
         "the pantograph CSV, AdamW at LR 1e-4, 15 epochs: the epoch loss stays at ln 4 "
         "(1.386) for seven epochs, then falls to 1.311 and still falls faster at the end "
         "(1.353, 1.335, 1.311; the validation loss lowest at the end); accuracy 0.4964",
         _pantograph(model={"hidden": [28] * 4, "init": "normal", "init_std": 0.02},
                     optim={"name": "adamw", "lr": 1e-4},
                     train={"epochs": 15, "batch_size": 40}),
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu", "vanishing_gradients", "at_chance",
                "predictions_collapsed", "unshuffled_data"),
         why_allowed=("stopped while the loss still falls: accuracy 0.4964 against the "
                      "healthy 1.0; up to 71% of the last layer's units dead, a side effect of "
                      "the tiny init; the gradients are tiny on the plateau (medians "
                      "0.0014-0.012, 1.4e-5 at the first step); 53% of the test predictions "
                      "in one class; with a flat loss the position in the epoch explains 27% "
                      "of the step loss's within-epoch variance (49% over the second half), "
                      "with no order in the data"),
         verdict=TP),
    Case("h39_unshuffled_pantograph_rmsprop_b25", "the pantograph CSV sorted by label, never "
         "shuffled, RMSprop at LR 1e-3, 30 units, batch 25: the position in the epoch explains "
         "95% of the step loss's within-epoch variance (99% over the second half); accuracy "
         "1.0 with the epoch loss 1.337 -> 0.575",
         _pantograph(data_extra={"order": "by_label", "shuffle": False}, model={"hidden": [30]},
                     optim={"name": "rmsprop", "lr": 1e-3},
                     train={"epochs": 5, "batch_size": 25}),
         expect=("unshuffled_data",),
         allow=("not_converged", "noisy_loss", "underfitting", "update_ratio_high"),
         why_allowed=(SORTED + ": the epoch loss 1.337 -> 0.575 still falls (the healthy runs "
                      "end at 0.0008-0.16) though the accuracy reaches 1.0; the one-class "
                      "batches move the output layer more (median update 0.0093 against the "
                      "healthy largest, 0.0039)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h39_overfit_gq55_subset50_adamw", "50 rows of the quantiles, MLP of 200 and 100 "
         "units, AdamW at LR 1e-3, 100 epochs, batch 10: training accuracy 1.0, validation "
         "0.38; the validation loss rises from 1.571 (epoch 6) to 3.324",
         {"data": {**GQ55, "subset": 50}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 100, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("at_chance", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("50 rows of nested shells teach little that carries over: accuracy 0.38 "
                      "against the run's baseline/val_accuracy 0.308 (chance 1/5); the "
                      "training loss still falls (quarter means 1.02, 0.31, 0.098, 0.044)"),
         verdict=GP),
    Case("h39_gap_fr31_subset45_rmsprop", "45 rows of the 31-feature Friedman regression, MLP "
         "of 150 and 75 units, RMSprop at LR 1e-3, 100 epochs, batch 9: training R2 1.0, "
         "validation R2 0.2512",
         {"data": {**FR31, "subset": 45}, "model": {"hidden": [150, 75]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 100, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "exploding_gradients", "divergence"),
         why_allowed=("the validation loss is lowest at epoch 93 (17.88) and ends 3.6% above "
                      "it, nearly flat (quarter means 23.5, 18.51, 18.50, 18.57); the training "
                      "loss near 1e-8 jumps back up late (quarter means 11.1, 8.9e-4, 1.2e-8, "
                      "0.093) and swings 2.4 times its mean step to step; median updates "
                      "7.5e-5 to 2.1e-4 (below the healthy smallest, 1.4e-4, in two layers); "
                      "44% of the second layer's units dead at most; the first steps on the "
                      "raw targets give gradient norms up to 224 (medians 0.02-0.06); "
                      "validation R2 0.2512 against the run's baseline/val_r2 0.3614 (no "
                      "healthy Friedman run is in the part)"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h39_underfit_gq55_two_leaky_units_adagrad", "the 5-class quantiles through 2 "
         "leaky-ReLU units, Adagrad at LR 0.05, 20 epochs: accuracy 0.302 (training 0.3167); "
         "the epoch loss flattens at 1.49 (1.492, 1.492, 1.491 over the last three epochs)",
         {"data": GQ55, "model": {"hidden": [2], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.05}, "train": {"epochs": 20, "batch_size": 30}},
         expect=("underfitting",),
         allow=("at_chance", "not_converged", "predictions_collapsed"),
         why_allowed=("two units cannot follow five nested shells: accuracy 0.302, 0.10 above "
                      "chance (1/5), at the allowance's edge, against the run's "
                      "baseline/val_accuracy 0.462; the epoch loss falls 0.05% an epoch at the "
                      "end; 50% of the test predictions in one class"),
         verdict=TP),
    Case("h39_mse_softmax_cl36_momentum", "the 36-feature set trained with square error on the "
         "softmax, SGD with momentum 0.9 at LR 0.05, 64x32 MLP, 10 epochs: the loss falls "
         "0.216 -> 0.023; accuracy 0.9 (training 0.97)",
         {"data": CL36, "model": {"hidden": [64, 32]},
          "optim": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 30}},
         expect=("loss_mismatch",),
         allow=("not_converged", "underfitting", "noisy_loss", "generalisation_gap"),
         why_allowed=("the training loss still falls ~10% an epoch at the end (0.0285, "
                      "0.0260, 0.0232) while the validation loss is flat (0.0465, 0.0463); "
                      "accuracy 0.9 against the healthy 0.88-0.9133 and training 0.97"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h39_update_ratio_high_gq55_adamw_lr008", "AdamW at LR 0.08 on the quantiles, "
         "40-unit ReLU MLP, batch 30, 3 epochs: median updates 0.029 and 0.022 of the weights "
         "(5.7x to 7.6x the healthy runs' largest median, 0.0039); accuracy 0.674",
         {"data": GQ55, "model": {"hidden": [40]}, "optim": {"name": "adamw", "lr": 0.08},
          "train": {"epochs": 3, "batch_size": 30}},
         expect=("update_ratio_high",),
         allow=("divergence", "exploding_gradients", "noisy_loss", "not_converged",
                "unshuffled_data", "underfitting"),
         why_allowed=("the epoch loss 1.271, 0.863, 0.680 and the validation loss 0.944, "
                      "0.709, 0.668 still fall after three epochs; accuracy 0.674 against the "
                      "run's baseline/val_accuracy 0.462"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h39_lightning_digits_adamw_not_converged", "Lightning: digits, AdamW at LR 4e-4, 40 "
         "units, batch 24, 3 epochs: the epoch loss 2.247, 2.012, 1.772 falls steadily to the "
         "end, the validation loss 2.147 -> 1.669 is lowest at the end; validation accuracy "
         "0.6992",
         script=lightning_run(_s("digits", hidden=(40,), optim="adamw", lr=4e-4, epochs=3,
                                 batch_size=24)),
         tool="lightning", expect=("not_converged",),
         allow=("underfitting", "slow_start", "unshuffled_data"),
         why_allowed=("stopped early: accuracy 0.6992 (training 0.6902), with the loss still "
                      "falling 12% an epoch"),
         verdict=TP),
    Case("h39_hf_trainer_wine_b1_adagrad_noisy", "Hugging Face Trainer names: batch 1, Adagrad "
         "at LR 0.1 on wine, 24 units, 3 epochs, logging every step: the logged loss swings "
         "7.4 times its mean over the second half (4.2x the healthy scripts' largest, 1.78), "
         "with single steps up to 4.1; accuracy 0.9722",
         script=hf_trainer_run(_s("wine", hidden=(24,), optim="adagrad", lr=0.1, epochs=3,
                                  batch_size=1), logging_steps=1),
         tool="transformers", expect=("noisy_loss",),
         allow=("overfitting", "not_converged", "unshuffled_data", "exploding_gradients"),
         why_allowed=("single samples throw the loss about (grad norms up to 7.1, median "
                      "0.047); the evaluation loss 0.0467, 0.0421, 0.0366 still falls; in "
                      "three epochs the position in the epoch explains 35% of the logged "
                      "loss's within-epoch variance (49% over the second half), with no order "
                      "in the data"),
         verdict=TP),
    Case("h39_hf_trainer_iris_sgd_lr40_nan", "Hugging Face Trainer names: iris, plain SGD at LR "
         "40, 20 units, batch 10, logging every step: the logged loss climbs 1.06 -> 41 -> "
         "3.9e4 -> 3.1e36 over 21 steps and is NaN from the 22nd; the evaluation loss 1.3e18, "
         "2.2e34, NaN",
         script=hf_trainer_run(_s("iris", hidden=(20,), optim="sgd", lr=40.0, epochs=3,
                                  batch_size=10), logging_steps=1),
         tool="transformers", expect=("nan_loss", "divergence"),
         allow=("exploding_gradients", "update_ratio_high", "at_chance", "underfitting",
                "not_training", "noisy_loss", "overfitting"),
         why_allowed=(BLOWUP + " (norms 0.87 at the first step, then up to overflow); once the "
                      "weights are NaN every later score is NaN; accuracy 0.3333-0.4 on the "
                      "way"),
         verdict="failed"),
    Case("h39_keras_cancer_adam_lr1e8_stuck", "Keras names: breast cancer, Adam at LR 1e-8, 24 "
         "units, batch 16, 4 epochs: the epoch loss stays at 0.7149 and the validation loss at "
         "0.7194; validation accuracy 0.4737",
         script=keras_run(_s("breast_cancer", hidden=(24,), optim="adam", lr=1e-8, epochs=4,
                             batch_size=16)),
         tool="keras", expect=("not_training",),
         allow=("at_chance", "underfitting", "update_ratio_low"),
         why_allowed=("accuracy 0.4737 (training 0.4633), far below the majority class's "
                      "share (~0.63), against 0.9474-0.9649 for the healthy scripts on breast "
                      "cancer"),
         verdict=TP),
    Case("h39_keras_wine_rmsprop_lr20_divergence", "Keras names: wine, RMSprop at LR 20, 30 "
         "units, batch 10, 4 epochs: the epoch loss 4.2e5, 2.6e4, 1.1e4, 0 (ln 3 = 1.1 at the "
         "start), the validation loss 3.5e4, 5.3e4, 5.8e4, 5.8e4; validation accuracy 0.9167",
         script=keras_run(_s("wine", hidden=(30,), optim="rmsprop", lr=20.0, epochs=4,
                             batch_size=10)),
         tool="keras", expect=("divergence",),
         allow=("overfitting", "generalisation_gap", "exploding_gradients", "update_ratio_high",
                "not_converged", "noisy_loss", "underfitting"),
         why_allowed=(BLOWUP + "; the blown-up validation loss rises while the training loss "
                      "falls back to 0 (training accuracy 1.0 against 0.9167, a gap of 0.083); "
                      "the huge logits still rank the right class first"),
         verdict="failed"),
    Case("h39_tensorboard_unshuffled_wine_adam", "TensorBoard tags: wine sorted by label, never "
         "shuffled, Adam at LR 5e-3, 20 units, batch 6: the position in the epoch explains 74% "
         "of the step loss's within-epoch variance (89% over the second half); accuracy 1.0",
         script=tensorboard_run(_s("wine", hidden=(20,), optim="adam", lr=5e-3, epochs=6,
                                   batch_size=6, shuffle=False, by_label=True)),
         tool="tensorboard", expect=("unshuffled_data",),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=(SORTED + ": the validation loss 0.866 -> 0.082 still falls (0.161, "
                      "0.107, 0.082 over the last three epochs); the step loss swings 0.55 "
                      "times its mean"),
         verdict=TP),
    Case("h39_tensorboard_overfit_digits_subset30_adamw", "TensorBoard tags: 30 rows of "
         "digits, MLP of 180 units, AdamW at LR 5e-3, 100 epochs, batch 6: the validation "
         "loss rises from 1.514 (epoch 10) to 1.611 (quarter means 1.556, 1.558, 1.584, 1.603) "
         "while the training loss falls to 3e-4; validation accuracy 0.6657 (training 1.0)",
         script=tensorboard_run(_s("digits", hidden=(180,), optim="adamw", lr=5e-3, epochs=100,
                                   batch_size=6, subset=30)),
         tool="tensorboard", expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows teach little that carries over: accuracy 0.6657 (no healthy "
                      "digits run is in the part); the training loss still falls (quarter "
                      "means 0.15, 9.7e-4, 4.9e-4, 3.1e-4)"),
         verdict=GP),
    Case("h39_plain_corrupt_record_sine_adam", "hand-written loop: sine regression with noise "
         "0.12, Adam at LR 0.01, batch 14, a corrupt record (x = 1e30) at step 5 makes the "
         "loss Inf",
         script=plain_run(_s("sine", hidden=(18,), optim="adam", lr=0.01, epochs=3,
                             batch_size=14, n=450, noise=0.12), corrupt_step=5),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=5),
    Case("h39_plain_circles_one_unit_momentum", "hand-written loop: circles through 1 ReLU "
         "unit, SGD with momentum 0.9 at LR 0.05, 25 epochs, batch 20: the validation loss "
         "stays at ln 2 (0.693-0.699) and the accuracy at 0.5 in every epoch",
         script=plain_run(_s("circles", hidden=(1,), optim="sgd", lr=0.05,
                             optim_args={"momentum": 0.9}, epochs=25, batch_size=20, n=800)),
         tool="pytorch", expect=("underfitting", "at_chance"),
         allow=("not_training", "not_converged", "noisy_loss"),
         why_allowed=("one unit cannot draw a ring: the step loss's quarter means 0.696, "
                      "0.696, 0.697, 0.699 stay at ln 2 from the start, so the run is also "
                      "stuck; no healthy circles run is in the part (an MLP separates the "
                      "rings)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy39_pantograph_relu_adamw_b26",
       _pantograph(model={"hidden": [34]}, optim={"name": "adamw", "lr": 2e-3,
                                                   "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 26})),
    _h("healthy39_pantograph_elu_adagrad_b20",
       _pantograph(model={"hidden": [42, 21], "activation": "elu"},
                   optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 20})),
    _h("healthy39_pantograph_tanh_adam_b32",
       _pantograph(model={"hidden": [30], "activation": "tanh"},
                   optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 32})),
    _h("healthy39_pantograph_leaky_rmsprop_b24",
       _pantograph(model={"hidden": [46, 23], "activation": "leaky_relu"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 24})),
    _h("healthy39_pantograph_sigmoid_momentum_b33",
       _pantograph(model={"hidden": [40], "activation": "sigmoid"},
                   optim={"name": "sgd", "lr": 0.05, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 33})),
    _h("healthy39_pantograph_relu_sgd_b14",
       _pantograph(model={"hidden": [38]},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 14})),
    _h("healthy39_pantograph_elu_adamw_step_b42",
       _pantograph(model={"hidden": [50, 25], "activation": "elu"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "step", "step_size": 3,
                          "gamma": 0.4},
                   train={"epochs": 12, "batch_size": 42})),
    _h("healthy39_pantograph_tanh_adagrad_b23",
       _pantograph(model={"hidden": [32, 16], "activation": "tanh"},
                   optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 23})),
    _h("healthy39_pantograph_relu_rmsprop_b27",
       _pantograph(model={"hidden": [44]},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 27})),
    _h("healthy39_pantograph_sigmoid_adam_b35",
       _pantograph(model={"hidden": [41], "activation": "sigmoid"},
                   optim={"lr": 5e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 35})),
    _h("healthy39_pantograph_leaky_adagrad_b18",
       _pantograph(model={"hidden": [29], "activation": "leaky_relu"},
                   optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 18})),
    _h("healthy39_pantograph_elu_momentum_b13",
       _pantograph(model={"hidden": [31], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 13})),
    _h("healthy39_pantograph_tanh_sgd_step_b30",
       _pantograph(model={"hidden": [48, 24], "activation": "tanh"},
                   optim={"name": "sgd", "lr": 0.05, "schedule": "step", "step_size": 3,
                          "gamma": 0.5},
                   train={"epochs": 12, "batch_size": 30})),
    _h("healthy39_pantograph_relu_adam_b46",
       _pantograph(model={"hidden": [37]},
                   optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 46})),
    _h("healthy39_cl36_relu_adamw_b26",
       {"data": CL36, "model": {"hidden": [58]},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy39_cl36_elu_rmsprop_b34",
       {"data": CL36, "model": {"hidden": [50], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy39_cl36_leaky_adagrad_b28",
       {"data": CL36, "model": {"hidden": [62], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy39_pantograph_leaky_adamw_b21",
       _pantograph(model={"hidden": [27], "activation": "leaky_relu"},
                   optim={"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 21})),
    _h("healthy39_pantograph_sigmoid_rmsprop_b25",
       _pantograph(model={"hidden": [36], "activation": "sigmoid"},
                   optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 25})),
    _h("healthy39_pantograph_elu_adam_b39",
       _pantograph(model={"hidden": [44, 22], "activation": "elu"},
                   optim={"lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 39})),
    _h("healthy39_pantograph_relu_momentum_step_b22",
       _pantograph(model={"hidden": [33]},
                   optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "step",
                          "step_size": 4, "gamma": 0.5},
                   train={"epochs": 12, "batch_size": 22})),
    _h("healthy39_pantograph_tanh_rmsprop_b38",
       _pantograph(model={"hidden": [43], "activation": "tanh"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 38})),
    _hs("healthy39_lightning_iris_rmsprop",
        lightning_run(_s("iris", hidden=(18,), optim="rmsprop", lr=2e-3, epochs=40,
                         batch_size=10)), "lightning"),
    _hs("healthy39_hf_trainer_cancer_adamw",
        hf_trainer_run(_s("breast_cancer", hidden=(24,), optim="adamw", lr=2e-3, epochs=15,
                          batch_size=16), logging_steps=2), "transformers"),
    _hs("healthy39_keras_cancer_rmsprop",
        keras_run(_s("breast_cancer", hidden=(22,), optim="rmsprop", lr=1e-3, epochs=20,
                     batch_size=16)), "keras"),
    _hs("healthy39_tensorboard_iris_momentum",
        tensorboard_run(_s("iris", hidden=(16,), optim="sgd", lr=0.02,
                           optim_args={"momentum": 0.9}, epochs=40, batch_size=10)),
        "tensorboard"),
    _hs("healthy39_plain_wine_adamw",
        plain_run(_s("wine", hidden=(20,), optim="adamw", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy39_plain_cancer_rmsprop",
        plain_run(_s("breast_cancer", hidden=(28,), optim="rmsprop", lr=1e-3, epochs=20,
                     batch_size=20)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
