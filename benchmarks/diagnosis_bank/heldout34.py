"""The thirty-fourth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled after :mod:`.heldout33`'s measurement, before any change is measured on it,
and without looking at any diagnosis of its runs. Every case differs from those of :mod:`.tuned`,
:mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout33` in its combination of data set (new here:
a 10x10 image set of a house outline (a roof peak over a hollow box in a 5x5 cell, turned by 0,
90, 180 or 270 degrees; 4 classes), 1600 images with noise 0.3 and 2% random labels; 6-class
Gaussian quantiles in 5 dimensions (2000 samples); a 32-feature 3-class set (1400 samples, 8
informative, 4 redundant, class separation 1.5); a 27-feature Friedman-1 regression (noise
0.4); an espresso machine's boiler-state CSV (normal, scaled up, under-pressure: 3 classes from 6
readings) and a food truck's daily-sales regression CSV (sales, in the thousands), besides the
script tools' shipped sets with new settings: moons with noise 0.14, circles with noise 0.07, 4
blobs with noise 0.1, 3 spirals with noise 0.12, iris, wine, breast cancer, digits and the sine
with noise 0.12), model (MLPs of several widths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum),
batch size, learning rate, schedule (cosine, step, constant), initialisation (default, normal)
or logging tool (Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps,
Keras and TensorBoard names, a hand-written loop). Most fault cases pair a mechanism with
another optimiser, model, data set or tool than :mod:`.heldout31` to :mod:`.heldout33` did
(divergence to Inf under SGD with momentum on unscaled sales, a deep net with N(0, 1) init under
RMSprop whose loss never becomes NaN, a CNN blown up by RMSprop, dead units under SGD with
momentum on a CSV, a tiny learning rate under AdamW, vanishing gradients under Adagrad in a
14-layer sigmoid net, saturation under RMSprop, a slow start under Adam, unshuffled data under
AdamW, square error with Adagrad, a high update ratio from AdamW on a CSV, an overfit MLP under
Adam and a train/validation gap under RMSprop on a regression, a not-converged run under AdamW,
Lightning's not-converged run, Trainer's stuck run, Keras' overfit run, TensorBoard's noisy,
NaN and underfit runs, the hand-written loop's unshuffled blobs and a corrupt record under
RMSprop), and the cases are spread differently over the tools (fifteen runner faults; one
Lightning, one Trainer, one Keras, three TensorBoard and two hand-written-loop faults) and the
fault classes (two runner divergences, one with its predictions collapsed; at_chance expected
in six runner runs and one script).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's quarter means, the validation loss's minimum and end and where the
minimum is, the share of the step loss's within-epoch variance explained by the position in the
epoch, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation
fractions, and for the runner cases the test confusion matrix in ``confusion_matrix.json``),
never from its findings. The runs were read at seed 0, the seed ``benchmarks/diagnosis.py``
gives every case by default and every case's own (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout15` and :mod:`.heldout33`): the state a run ends in is *expected*
where its metrics show it, the mechanisms on the way are *allowed* with their reason
(``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within 0.05 of
the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is far
below it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one class
(allowed from 60%), read from the run's confusion matrix. Runs logged by other tools have no
confusion matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected
when the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1 lower
(accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends clearly
above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss
repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it
counts at severity info); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches and the loss has flattened; ``noisy_loss`` when the step loss
swings far more from step to step than any healthy run's. A fault whose first setting came out weak
was made stronger or dropped (below), never kept as expected. The mechanism codes
(``update_ratio_high``, ``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``,
``dead_relu``, ``saturated_activation``) are expected only where the logged metric is clearly
outside the range every healthy run of this part shows, and allowed (with the reason) where the
mechanism is real but the metric sits inside it or is a side effect of a blow-up or of the fault.

The healthy runner cases measured: median update ratio per layer 5.3e-4 (the first layer of the
step-decayed momentum MLP on the boiler CSV) to 0.0100 (the first layer of the tanh MLP with
Adagrad on the 32-feature set); the expected ``update_ratio_high`` run sits at medians of 0.026
and 0.022 (AdamW at LR 0.08 on the boiler CSV: 2.2x to 2.6x the healthy extreme); the expected
``update_ratio_low`` runs at 4.9e-8 to 6.3e-8 (AdamW at LR 1e-8 on the 32-feature set) and 4.0e-8
to 4.3e-8 (the saturated tanh MLP with RMSprop at LR 1e-7). Dead-ReLU fraction per layer at most
0.27 at any time (the second layer of the ReLU MLP with AdamW on the quantiles); the expected
``dead_relu`` run reaches 1.0 in its second layer (the boiler MLP with SGD and momentum at LR
1.5). Saturated fraction per layer at most 0.027 in the tanh runs (the tanh MLP with Adagrad on
the 32-feature set); the expected ``saturated_activation`` run reaches 0.75 and 0.93. Gradient
norms at most 2.8 in the healthy runs, none growing without bound (the expected
``exploding_gradients`` run, the 8x30 net with N(0, 1) init on the quantiles: medians 2.1e4-3.3e4
and up to 5.4e4, its loss 9.1e4 at the first step and never NaN; the expected
``vanishing_gradients`` run: a median of 4.8e-13 in its first layer against 0.29 at the output).
The position in the epoch explains at most 26% of the step loss's within-epoch variance in every
healthy runner run (16% over the second half: the leaky-ReLU MLP with Adam on the boiler CSV;
at most 20% over the second half: the momentum MLP on the 32-feature set) and at most 15% (20%
over the second half) in the healthy scripts (TensorBoard's digits 15%, 15%; Trainer's blobs
logged every 2 steps 10%, 20%), while the unshuffled 32-feature set reaches 93% (98% over the
second half) and the hand-written loop's unshuffled blobs 72% (81%); short fault runs whose loss
is flat, blown up or falling fast reach 30-63% too, with no order in their data. The standard
deviation of the step loss's step-to-step change over the second half of a run is at most 1.47
times its mean in every healthy runner run (the ReLU MLP with Adagrad on the boiler CSV, whose
loss ends near 0.016) and at most 1.79 in the scripts (the hand-written loop on breast cancer),
while the expected ``noisy_loss`` run swings 6.42 (TensorBoard, batch 1, Adagrad on wine: 3.6x
the scripts'). Healthy runs reach a validation score close to what the data allow (accuracy
0.875-0.905 on the quantiles, where the run's ``baseline/val_accuracy`` is 0.3775; 0.875-0.9179
on the 32-feature set, where the baseline is 0.8643; 0.9958 on the boiler CSV, where the
baseline is 0.9958 (linear readings); for the scripts 0.9667 on iris, 1.0 on wine and 0.9474 on
breast cancer (Lightning), 0.9889 on moons and 0.9375 on 4 blobs (Trainer), 0.9666 on digits and
1.0 on wine (Keras), 0.9667 on iris, 0.9722 on wine and 0.961 on digits (TensorBoard), 0.9474 on
breast cancer, 0.9721 on digits and 1.0 on circles (hand-written loop)); their validation loss
does not rise at the end (every healthy run's is lowest at its last epoch but two: the tanh MLP
with Adagrad on the 32-feature set, lowest at epoch 11 of 12 and 0.1% above it at the end, and
the ReLU MLP with AdamW on the quantiles, lowest at epoch 24 of 25 and 0.03% above it), no
training score ends ~1 with the validation score 0.1 lower (the largest gap: 0.094, the ReLU
MLP with Adam on the quantiles, training 0.9692; 0.044 in the scripts, Lightning on breast
cancer, training 0.9912), and they expect no finding of severity warning or worse.

Healthy candidates changed: six settings did not reach the healthy ranges at seed 0 and were
dropped, not relabelled (new settings took the place of some): on the quantiles a tanh MLP with
RMSprop (0.3975) and a leaky-ReLU MLP with Adam (0.8425 with training 0.9525, a gap of 0.11); on
the houses a CNN with Adam (0.7438 against the baseline 0.9187), so no healthy house run is in the
part and the house fault is read against the baseline; on the Friedman regression a ReLU MLP
with Adam (R2 0.7512, below the baseline 0.7764), so no healthy Friedman run is in the part and
its fault is read against the baseline 0.5023; on the sales CSV an MLP with Adam (R2 -7.5: the
unscaled sales), so no healthy sales run is in the part; Keras on breast cancer with RMSprop
(0.9298, against 0.9474 for the other scripts on breast cancer). Faults changed or dropped: the
house CNN with RMSprop at LR 0.5, meant to kill its units, left at most 75% of the dense layer's
units dead (the dropped healthy CNN had 45%) and ended with its step loss at 5.1 against 1.38 at
the start, so it is labelled ``divergence`` with ``dead_relu`` allowed, and the dead units came
from a boiler MLP under SGD with momentum at LR 1.5 (a 2x48 net with Adagrad at LR 2 on the
32-feature set, tried beside it, left at most 23% dead and was dropped); RMSprop at LR 0.05 on
the boiler CSV, meant to take too large steps, showed medians of 0.011 and 0.012 (1.1x to 1.2x
the healthy largest) and RMSprop at LR 0.15 medians of 3.2e-4 to 1.9e-3 (its steps shrink after
a first blow-up), so both were dropped for AdamW at LR 0.08 (AdamW at LR 0.04 on the quantiles
and SGD with momentum at LR 0.3 on the 32-feature set, tried beside it, were not kept); a house
CNN with SGD at LR 0.05 for 3 epochs, meant not to converge, fell only 0.8% in its last epoch
near ln 4, so the not-converged run became AdamW on the 32-feature set, whose first setting (LR
2e-4) fell 2.5% in its last epoch and became LR 6e-4; Lightning's digits with Adagrad at LR
1e-3 fell 2.8% in its last epoch and became LR 5e-3; TensorBoard's batch-1 Adagrad on iris
swung 2.11 (LR 0.1) and 2.75 (LR 0.3), within 1.6x the healthy scripts' largest, so the noisy
run moved to wine; Keras on digits sorted by label was dropped (Keras logs one loss per epoch,
so no order within an epoch shows); Keras' 40 breast-cancer rows, meant to open a gap, end at
training 1.0 and validation 0.9298 (a gap of 0.07), so only ``overfitting`` (the validation
loss 136% above its minimum) is expected. Labels read from the metrics: the blown-up house CNN
ends at 0.2562 with 91% of its predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``divergence``; the dead boiler MLP and the
vanishing run end at 0.3417 (the largest class's share) with every prediction in one class, so
both are expected; the 32-feature run at LR 1e-8 ends at 0.3214 (chance 1/3) with 78% of its
predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed`` allowed;
the saturated run ends at 0.1775 and the exploding run at 0.18 (chance 1/6), so ``at_chance`` is
expected; the 2-unit ReLU net on the quantiles ends at 0.2525 (0.086 above chance) with its loss
flat (0.8% over the last quarter), so ``underfitting`` is expected and ``at_chance`` only
allowed; TensorBoard's 2-unit spirals end at 0.3438 (0.010 above chance) with the loss flat
(0.3%), so ``underfitting`` and ``at_chance`` are expected; Trainer's stuck wine ends at 0.4722,
0.073 above the largest class's share, so ``at_chance`` is only allowed; the slow start ends at
0.6667 with 66% of its predictions in one class, so ``predictions_collapsed`` is only allowed;
TensorBoard's breast cancer at LR 50 is NaN from step 11, so ``nan_loss`` is expected and
``divergence`` only allowed, as in :mod:`.heldout33`.

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

# a house outline in a 5x5 cell (a roof peak over a hollow box), turned by 90 degrees at a time
# for the other three directions
_HOUSE_UP = np.array([[0, 0, 1, 0, 0],
                      [0, 1, 0, 1, 0],
                      [1, 1, 1, 1, 1],
                      [1, 0, 0, 0, 1],
                      [1, 1, 1, 1, 1]], dtype=float)
_HOUSES = turned(_HOUSE_UP)


def houses(n: int = 1600, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 house outline at a random place (4 classes: the house turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_HOUSES, n, size, noise, flip, seed)


def _boiler_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An espresso machine's boiler state (0 normal, 1 scaled up, 2 under-pressure) from 6
    readings."""
    n = 1200
    cls = rng.integers(0, 3, n)
    temp = np.array([121.0, 127.0, 112.0])[cls] + rng.normal(0, 3.0, n)
    pressure = np.array([1.2, 1.25, 0.8])[cls] + rng.normal(0, 0.1, n)
    heat_s = np.array([40.0, 62.0, 45.0])[cls] + rng.normal(0, 6.0, n)
    flow = np.array([2.0, 1.4, 2.1])[cls] + rng.normal(0, 0.25, n)
    shots = rng.integers(20, 400, n).astype(float)
    room_c = rng.uniform(16.0, 30.0, n)
    return (["boiler_c", "pressure_bar", "reheat_s", "flow_ml_s", "shots_today", "room_c",
             "state"],
            np.column_stack([temp, pressure, heat_s, flow, shots, room_c, cls]))


def _truck_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A food truck's daily sales (in currency units, in the thousands) from 6 readings."""
    n = 1000
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(0, 32, n)
    rain_mm = rng.exponential(3.0, n)
    footfall = rng.uniform(300, 3000, n)
    festival = rng.integers(0, 2, n).astype(float)
    menu = rng.integers(8, 20, n).astype(float)
    sales = (300 + 0.5 * footfall + 12.0 * temp_c - 25.0 * rain_mm + 400.0 * festival
             + 15.0 * menu + 120.0 * (weekday >= 5) + rng.normal(0, 60.0, n))
    return (["weekday", "temp_c", "rain_mm", "footfall", "festival", "menu_items", "sales"],
            np.column_stack([weekday, temp_c, rain_mm, footfall, festival, menu, sales]))


def _boiler(**sections: Any) -> Any:
    return _csv("espresso_boiler_state", _boiler_csv, "state", "classification", 341,
                **sections)


def _truck(**sections: Any) -> Any:
    return _csv("food_truck_daily_sales", _truck_csv, "sales", "regression", 342, **sections)


HERE = "benchmarks.diagnosis_bank.heldout34"
HS4 = _factory(f"{HERE}:houses")
GQ65 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=2000, n_features=5,
                n_classes=6, random_state=343)
CL32 = _factory("sklearn.datasets:make_classification", n_samples=1400, n_features=32,
                n_informative=8, n_redundant=4, n_classes=3, class_sep=1.5, random_state=344)
FR27 = _factory("sklearn.datasets:make_friedman1", n_samples=900, n_features=27, noise=0.4,
                random_state=345)
HCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 12}], "hidden": [20]}

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h34_divergence_truck_momentum_lr001", "the food truck's daily-sales CSV (targets "
         "unscaled, in the thousands), ReLU MLP of 18 units, SGD with momentum 0.9 at LR 0.01, "
         "batch 25: the step loss goes 2.4e6 -> 2.5e6 -> 1.4e10 -> 2.4e19 and is Inf at step 5",
         _truck(model={"hidden": [18]}, optim={"name": "sgd", "lr": 0.01, "momentum": 0.9},
                train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=("exploding_gradients", "update_ratio_high", "underfitting", "noisy_loss",
                "unshuffled_data"),
         why_allowed=BLOWUP, verdict="failed", expect_step=5),
    Case("h34_exploding_gq65_8x30_std1_rmsprop", "8x30 ReLU MLP with N(0, 1) init on the "
         "5-dimensional 6-class quantiles, RMSprop at LR 1e-4: the loss starts at 9.1e4, the "
         "gradient norms' medians are 2.1e4-3.3e4 (up to 5.4e4) against at most 2.8 in the "
         "healthy runs, and the loss never becomes NaN; accuracy 0.18",
         {"data": GQ65, "model": {"hidden": [30] * 8, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 3, "batch_size": 30}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("divergence", "not_converged", "underfitting", "noisy_loss", "dead_relu",
                "unshuffled_data", "update_ratio_low", "update_ratio_high",
                "predictions_collapsed"),
         why_allowed=("the loss is blown up from the first step (9.1e4) and falls back (epoch "
                      "means 7.4e4 -> 5.9e4 -> 5.0e4, 14% in the last epoch) without ever "
                      "reaching a sane value; with weights of size ~1 RMSprop's steps are small "
                      "beside them (median updates 1.2e-4 to 1.4e-4, below the healthy runs' "
                      "smallest, 5.3e-4); up to 13% of a layer's units dead; in three blown-up "
                      "epochs the position in the epoch explains 44% of the step loss's "
                      "within-epoch variance (54% over the second half), with no order in the "
                      "data"),
         verdict="failed"),
    Case("h34_divergence_house_cnn_rmsprop_lr05", "the house CNN (8, 12 channels, 20 hidden), "
         "RMSprop at LR 0.5: one step's loss reaches 5.4e6, the epoch loss goes 2.5e5 -> 26.8 "
         "-> 9.4 and the step loss ends at 5.1 against 1.38 at the start; accuracy 0.2562, 91% "
         "of the test predictions in one class",
         {"data": HS4, "model": HCNN, "optim": {"name": "rmsprop", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "not_training",
                "underfitting", "noisy_loss", "unshuffled_data", "not_converged"),
         why_allowed=(BLOWUP + " (norms up to 5.3e5, single updates up to 72 times the "
                      "weights); 75% of the dense layer's units dead at most (0.55 at the "
                      "median) after the blow-up; accuracy 0.2562 (chance 1/4) against the "
                      "run's baseline/val_accuracy 0.9187 (no CNN setting tried on the houses "
                      "was healthy); in three blown-up epochs the position in the epoch "
                      "explains 33% of the step loss's within-epoch variance (53% over the "
                      "second half), with no order in the data"),
         verdict="failed"),
    Case("h34_dead_relu_boiler_momentum_lr15", "2x32 ReLU MLP on the espresso-boiler CSV, SGD "
         "with momentum 0.9 at LR 1.5: every unit of the second layer is dead from the first "
         "epoch on (the healthy runs: at most 27% in any layer); the epoch loss 2.39 -> 20.2 "
         "-> 1.43, accuracy 0.3417 (the largest class's share) with every test prediction in "
         "one class",
         _boiler(model={"hidden": [32, 32]}, optim={"name": "sgd", "lr": 1.5, "momentum": 0.9},
                 train={"epochs": 3, "batch_size": 24}, diagnose=NOSTOP),
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_high", "divergence", "not_training", "exploding_gradients",
                "underfitting", "noisy_loss", "unshuffled_data"),
         why_allowed=("effects of the blow-up that kills the units: median updates 0.045 to "
                      "0.066 of the weights (4.5x to 6.6x the healthy largest, 0.0100), "
                      "gradient norms up to 270, the epoch loss up to 20.2 in the second epoch "
                      "and ending at 1.43, above ln 3; accuracy 0.3417 against the healthy "
                      "0.9958; in three epochs the position in the epoch explains 33% of the "
                      "step loss's within-epoch variance (50% over the second half), with no "
                      "order in the data"),
         verdict=TP),
    # ---------------------------------------------------------------- not training
    Case("h34_adamw_lr1e8_cl32", "the 32-feature 3-class set, 40x20 MLP, AdamW at LR 1e-8: "
         "median updates 4.9e-8 to 6.3e-8 of the weights, the epoch loss flat at 1.114, "
         "accuracy 0.3214 with 78% of the test predictions in one class",
         {"data": CL32, "model": {"hidden": [40, 20]}, "optim": {"name": "adamw", "lr": 1e-8},
          "train": {"epochs": 3, "batch_size": 30}},
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=("underfitting", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("accuracy 0.3214 (chance 1/3) against the healthy 0.875-0.9179; 78% of "
                      "the test predictions in one class; with a flat loss the position in the "
                      "epoch explains 41% of the step loss's within-epoch variance (58% over "
                      "the second half), with no order in the data"),
         verdict=TP),
    Case("h34_vanishing_sigmoid_boiler_14x16_adagrad", "14x16 sigmoid MLP on the espresso-"
         "boiler CSV, Adagrad at LR 0.01: median gradient 4.8e-13 in the first layer against "
         "0.29 at the output; the epoch loss flat at 1.10, accuracy 0.3417 (the largest "
         "class's share), every test prediction in one class",
         _boiler(model={"hidden": [16] * 14, "activation": "sigmoid"},
                 optim={"name": "adagrad", "lr": 0.01}, train={"epochs": 3, "batch_size": 24}),
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "update_ratio_low", "unshuffled_data"),
         why_allowed=("accuracy 0.3417 against the healthy 0.9958; the first layer's median "
                      "update is 2.0e-5 of its weights (below the healthy smallest, 5.3e-4) "
                      "while the last layers move; with a flat loss the position in the epoch "
                      "explains 30% of the step loss's within-epoch variance (42% over the "
                      "second half), with no order in the data"),
         verdict=TP),
    Case("h34_saturated_tanh_gq65_std4_rmsprop_1e7", "2x40 tanh MLP with N(0, 4) init on the "
         "6-class quantiles, RMSprop at LR 1e-7: 75% and 93% of the units saturated, median "
         "updates 4.0e-8 to 4.3e-8 of the weights, the epoch loss flat at 26.17, accuracy "
         "0.1775",
         {"data": GQ65, "model": {"hidden": [40, 40], "activation": "tanh", "init": "normal",
                                  "init_std": 4.0},
          "optim": {"name": "rmsprop", "lr": 1e-7}, "train": {"epochs": 3, "batch_size": 32}},
         expect=("saturated_activation", "update_ratio_low", "not_training", "at_chance"),
         allow=("underfitting", "exploding_gradients", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.1775 (chance 1/6) against the healthy 0.875-0.905; the wide "
                      "weights give large but steady gradients (median 10 in the first layer, "
                      "at most 19, not growing); 22% of the test predictions in one class; "
                      "with a flat loss the position in the epoch explains 36% of the step "
                      "loss's within-epoch variance (56% over the second half)"),
         verdict=TP),
    Case("h34_slow_start_boiler_5x24_std001_adam", "5x24 ReLU MLP with N(0, 0.01) init on "
         "the espresso-boiler CSV, Adam at LR 3e-4, 15 epochs: the epoch loss stays at ln 3 "
         "(1.099) for the first three epochs and the accuracy at 0.3417, then the loss falls "
         "to 0.625; accuracy 0.6667 at the end",
         _boiler(model={"hidden": [24] * 5, "init": "normal", "init_std": 0.01},
                 optim={"name": "adam", "lr": 3e-4}, train={"epochs": 15, "batch_size": 24}),
         expect=("slow_start",),
         allow=("not_converged", "underfitting", "dead_relu", "vanishing_gradients",
                "predictions_collapsed"),
         why_allowed=("accuracy 0.6667 against the healthy 0.9958; the step loss's quarter "
                      "means still fall 23% over the last quarter with the validation loss "
                      "lowest at the end; 54% to 67% of the last three layers' units dead at "
                      "the median (up to 75%), a side effect of the tiny init; 66% of the test "
                      "predictions in one class"),
         verdict=TP),
    Case("h34_unshuffled_cl32_adamw_b22", "the 32-feature set sorted by label, never "
         "shuffled, AdamW at LR 1e-3, batch 22: the position in the epoch explains 93% of the "
         "step loss's within-epoch variance (98% over the second half); accuracy 0.8214",
         {"data": {**CL32, "order": "by_label", "shuffle": False}, "model": {"hidden": [36]},
          "optim": {"name": "adamw", "lr": 1e-3}, "train": {"epochs": 5, "batch_size": 22}},
         expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.8214 against the healthy 0.875-0.9179; the epoch "
                      "loss 1.137 -> 0.625 still falls 13% in the last epoch"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h34_overfit_cl32_subset50_adam", "50 rows of the 32-feature set, MLP of 220 and 110 "
         "units, Adam at LR 1e-3, 100 epochs, batch 10: training accuracy 1.0, validation "
         "0.7929; the validation loss rises from 0.592 (epoch 9) to 0.862",
         {"data": {**CL32, "subset": 50}, "model": {"hidden": [220, 110]},
          "optim": {"lr": 1e-3}, "train": {"epochs": 100, "batch_size": 10}},
         expect=("overfitting", "generalisation_gap"),
         allow=("not_converged", "noisy_loss", "underfitting", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the training loss (~4e-4) still falls 50% over the last quarter; "
                      "validation accuracy 0.7929 against the healthy 0.875-0.9179 (the "
                      "subset's baseline 0.7964); median updates 1.6e-4 to 3.7e-4 of the "
                      "weights as the loss nears 0"),
         verdict=GP),
    Case("h34_gap_fr27_subset40_rmsprop", "40 rows of the 27-feature Friedman regression, MLP "
         "of 180 and 90 units, RMSprop at LR 1e-3, 120 epochs, batch 8: training R2 1.0, "
         "validation R2 0.4649",
         {"data": {**FR27, "subset": 40}, "model": {"hidden": [180, 90]},
          "optim": {"name": "rmsprop", "lr": 1e-3}, "train": {"epochs": 120, "batch_size": 8}},
         expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the validation loss is lowest at epoch 94 (12.09) and ends 6.6% above "
                      "it (12.89), a small late rise; the training loss near 1e-4 jumps in the "
                      "last quarter (its quarter means 12.4, 5e-4, below 1e-4, 0.156) and swings "
                      "2.98 times its mean step to step; median updates 6.5e-5 to 1.3e-4 "
                      "(below the healthy smallest, 5.3e-4); 44% of the second layer's units "
                      "dead at most; validation R2 0.4649 against the run's baseline/val_r2 "
                      "0.5023 (no healthy Friedman setting was found)"),
         verdict=GP),
    # ---------------------------------------------------------------- underfitting
    Case("h34_underfit_gq65_two_relu_units_momentum", "the 6-class quantiles through 2 ReLU "
         "units, SGD with momentum 0.9 at LR 0.02, 15 epochs: accuracy 0.2525 (training "
         "0.25); the epoch loss flattens at 1.68 (the step loss's quarter means fall 0.8% over "
         "the last quarter)",
         {"data": GQ65, "model": {"hidden": [2]},
          "optim": {"name": "sgd", "lr": 0.02, "momentum": 0.9},
          "train": {"epochs": 15, "batch_size": 40}},
         expect=("underfitting",),
         allow=("at_chance", "not_converged", "slow_start"),
         why_allowed=("two units cannot separate six nested shells: accuracy 0.2525, 0.086 "
                      "above chance (1/6), against the healthy 0.875-0.905; 52% of the test "
                      "predictions in one class; the validation loss is lowest at epoch 14 "
                      "(1.696) and ends at 1.697"),
         verdict=TP),
    Case("h34_mse_softmax_gq65_adagrad", "the 6-class quantiles trained with square error on "
         "the softmax, Adagrad at LR 0.03, 64x32 MLP: the loss falls 0.140 -> 0.055, accuracy "
         "0.75 (training 0.8125), jumping between epochs",
         {"data": GQ65, "model": {"hidden": [64, 32]}, "optim": {"name": "adagrad", "lr": 0.03},
          "train": {"loss": "mse", "epochs": 10, "batch_size": 32}},
         expect=("loss_mismatch",),
         allow=("not_converged", "underfitting", "update_ratio_high"),
         why_allowed=("accuracy 0.75 against the healthy 0.875-0.905 while the epoch loss "
                      "still falls (its step quarter means 0.066 -> 0.057, 13%); Adagrad's "
                      "steps put the second layer's median update at 0.015 of its weights, "
                      "1.5x the healthy largest (0.0100)"),
         verdict=TP),
    # ---------------------------------------------------------------- learning rate
    Case("h34_update_ratio_high_boiler_adamw_lr008", "AdamW at LR 0.08 on the espresso-boiler "
         "CSV, 48-unit ReLU MLP, batch 24, 3 epochs: median updates 0.026 and 0.022 of the "
         "weights (2.2x to 2.6x the healthy runs' largest median, 0.0100); accuracy 0.9958",
         _boiler(model={"hidden": [48]}, optim={"name": "adamw", "lr": 0.08},
                 train={"epochs": 3, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 0.145 -> 0.146 -> 0.064 falls 56% in the last epoch; in "
                      "three epochs the position in the epoch explains 30% of the step loss's "
                      "within-epoch variance (58% over the second half), with no order in the "
                      "data"),
         verdict=TP),
    Case("h34_not_converged_cl32_adamw_3ep", "the 32-feature set, 50x25 MLP, AdamW at LR 6e-4 "
         "for 3 epochs: the epoch loss falls 1.073 -> 0.984 -> 0.845 (14% in the last epoch) "
         "and the validation loss is lowest at the end (0.808); accuracy 0.7679, still rising",
         {"data": CL32, "model": {"hidden": [50, 25]}, "optim": {"name": "adamw", "lr": 6e-4},
          "train": {"epochs": 3, "batch_size": 26}},
         expect=("not_converged",),
         allow=("underfitting", "unshuffled_data"),
         why_allowed=("accuracy 0.7679 against the healthy 0.875-0.9179 while the loss still "
                      "falls; in three epochs of a falling loss the position in the epoch "
                      "explains 63% of the step loss's within-epoch variance (66% over the "
                      "second half), with no order in the data"),
         verdict=TP),
    # ---------------------------------------------------------------- other tools' runs
    Case("h34_lightning_digits_adagrad_lr5e3_not_converged", "Lightning: digits, Adagrad at "
         "LR 5e-3 for 3 epochs, 36 units, batch 24: the epoch loss falls 1.881 -> 1.350 -> "
         "1.040 (23% in the last epoch) and the validation loss 1.557 -> 1.185 -> 0.960; "
         "accuracy 0.8496",
         script=lightning_run(_s("digits", hidden=(36,), optim="adagrad", lr=5e-3, epochs=3,
                                 batch_size=24)),
         tool="lightning", expect=("not_converged",),
         allow=("underfitting", "unshuffled_data"),
         why_allowed=("accuracy 0.8496 against 0.961-0.9721 for the healthy scripts on "
                      "digits, with the loss still falling; in three epochs of a falling loss "
                      "the position in the epoch explains 61% of the step loss's within-epoch "
                      "variance (56% over the second half), with no order in the data"),
         verdict=TP),
    Case("h34_hf_trainer_wine_sgd_1e8_stuck", "Hugging Face Trainer names: wine, plain SGD at "
         "LR 1e-8, 19 units, batch 12, 4 epochs, logging every 2 steps: the evaluation loss "
         "stays at 0.9831 and the accuracy at 0.4722",
         script=hf_trainer_run(_s("wine", hidden=(19,), optim="sgd", lr=1e-8, epochs=4,
                                  batch_size=12), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "at_chance", "unshuffled_data", "noisy_loss"),
         why_allowed=("accuracy 0.4722, 0.073 above the largest class's share (~0.40), "
                      "against 0.9722-1.0 for the healthy scripts on wine; the logged loss "
                      "wanders between 0.95 and 1.02 around a flat mean"),
         verdict=TP),
    Case("h34_keras_overfit_cancer_subset40_adamw", "Keras names: 40 rows of breast cancer, "
         "MLP of 160 and 80 units, AdamW at LR 3e-3, 80 epochs, batch 5: training accuracy "
         "1.0, the validation loss rises 136% from its minimum (0.186, epoch 3) to 0.438; "
         "validation accuracy 0.9298",
         script=keras_run(_s("breast_cancer", hidden=(160, 80), optim="adamw", lr=3e-3,
                             epochs=80, batch_size=5, subset=40)),
         tool="keras", expect=("overfitting",),
         allow=("generalisation_gap", "not_converged", "noisy_loss"),
         why_allowed=("training accuracy 1.0 against validation 0.9298: a gap of 0.07, short "
                      "of 0.1; the training loss ends at 2e-5"),
         verdict=GP),
    Case("h34_tensorboard_noisy_b1_wine_adagrad", "TensorBoard tags: batch 1, Adagrad at LR "
         "0.3 on wine, 17 units, 3 epochs: the step loss swings 6.42 times its mean (3.6x the "
         "healthy scripts' largest, 1.79), with single steps up to 12.1; accuracy 1.0",
         script=tensorboard_run(_s("wine", hidden=(17,), optim="adagrad", lr=0.3, epochs=3,
                                   batch_size=1)),
         tool="tensorboard", expect=("noisy_loss",),
         allow=("not_converged", "unshuffled_data", "overfitting", "divergence"),
         why_allowed=("single samples throw the loss about: its quarter means go 0.514, "
                      "0.026, 0.145, 0.002 and the validation loss 0.024 -> 0.026 -> 0.014, "
                      "lowest at the end"),
         verdict=TP),
    Case("h34_tensorboard_cancer_sgd_lr50_nan", "TensorBoard tags: breast cancer, plain SGD "
         "at LR 50, 22 units, batch 16: the step loss reaches 4.7e35 and is NaN from step 11 "
         "on, the validation loss NaN in every epoch",
         script=tensorboard_run(_s("breast_cancer", hidden=(22,), optim="sgd", lr=50.0,
                                   epochs=3, batch_size=16)),
         tool="tensorboard", expect=("nan_loss",),
         allow=("divergence", "underfitting", "not_training", "at_chance", "exploding_gradients"),
         why_allowed=("the loss reaches 4.7e35 before it becomes NaN; accuracy 0.3684, far "
                      "below the majority class's share (~0.63)"),
         verdict="failed", expect_step=11),
    Case("h34_tensorboard_spirals_two_units_adamw", "TensorBoard tags: 3 spirals (noise 0.12) "
         "through 2 ReLU units, AdamW at LR 5e-3, 20 epochs, batch 20: the loss flattens at "
         "1.06 (0.3% fall over the last quarter), validation accuracy 0.3438 (training 0.38)",
         script=tensorboard_run(_s("spirals", hidden=(2,), optim="adamw", lr=5e-3, epochs=20,
                                   batch_size=20, n=800, k=3, noise=0.12)),
         tool="tensorboard", expect=("underfitting", "at_chance"),
         allow=("not_converged", "not_training"),
         why_allowed=("two units cannot follow three arms: accuracy 0.3438, 0.010 above "
                      "chance (1/3); the validation loss is lowest at epoch 18 (1.076) and "
                      "ends at 1.077"),
         verdict=TP),
    Case("h34_plain_unshuffled_blobs_adam", "hand-written loop: 4 blobs (noise 0.1) sorted by "
         "label, never shuffled, Adam at LR 1e-3, 24 units, batch 16: the position in the "
         "epoch explains 72% of the step loss's within-epoch variance (81% over the second "
         "half); accuracy 0.7063",
         script=plain_run(_s("blobs", hidden=(24,), optim="adam", lr=1e-3, epochs=5,
                             batch_size=16, n=800, k=4, noise=0.1, shuffle=False,
                             by_label=True)),
         tool="pytorch", expect=("unshuffled_data",),
         allow=("not_converged", "underfitting", "noisy_loss"),
         why_allowed=(SORTED + ": accuracy 0.7063 against 0.9375 for Trainer's healthy run on "
                      "the same blobs; the validation loss 1.438 -> 1.079 still falls"),
         verdict=TP),
    Case("h34_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.12, RMSprop at LR 3e-3, batch 12, a corrupt record (x = 1e30) at step 9 "
         "makes the loss Inf",
         script=plain_run(_s("sine", hidden=(25,), optim="rmsprop", lr=3e-3, epochs=3,
                             batch_size=12, n=600, noise=0.12), corrupt_step=9),
         tool="pytorch", expect=("nan_loss",), verdict="failed", expect_step=9),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy34_gq65_relu_adam_b32",
       {"data": GQ65, "model": {"hidden": [96, 48]}, "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy34_gq65_elu_adamw_b36",
       {"data": GQ65, "model": {"hidden": [90, 45], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 36}}),
    _h("healthy34_cl32_adam_b30",
       {"data": CL32, "model": {"hidden": [56, 28]}, "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 30}}),
    _h("healthy34_cl32_momentum_b28",
       {"data": CL32, "model": {"hidden": [62]},
        "optim": {"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 28}}),
    _h("healthy34_cl32_tanh_adagrad_b24",
       {"data": CL32, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "constant"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy34_cl32_elu_rmsprop_b34",
       {"data": CL32, "model": {"hidden": [48, 24], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 34}}),
    _h("healthy34_boiler_relu_adamw_b26",
       _boiler(model={"hidden": [30]}, optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 26})),
    _h("healthy34_boiler_elu_rmsprop_b22",
       _boiler(model={"hidden": [34], "activation": "elu"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 22})),
    _h("healthy34_boiler_momentum_step_b28",
       _boiler(model={"hidden": [40, 20]},
               optim={"name": "sgd", "lr": 0.01, "momentum": 0.9, "schedule": "step",
                      "step_size": 4, "gamma": 0.5},
               train={"epochs": 12, "batch_size": 28})),
    _h("healthy34_boiler_tanh_adagrad_b30",
       _boiler(model={"hidden": [28], "activation": "tanh"},
               optim={"name": "adagrad", "lr": 0.03, "schedule": "constant"},
               train={"epochs": 12, "batch_size": 30})),
    _h("healthy34_boiler_leaky_adam_b32",
       _boiler(model={"hidden": [36, 18], "activation": "leaky_relu"},
               optim={"lr": 2e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 32})),
    _hs("healthy34_lightning_iris_adam",
        lightning_run(_s("iris", hidden=(14,), optim="adam", lr=4e-3, epochs=30,
                         batch_size=10)), "lightning"),
    _hs("healthy34_lightning_wine_adagrad",
        lightning_run(_s("wine", hidden=(24,), optim="adagrad", lr=0.03, epochs=20,
                         batch_size=12)), "lightning"),
    _hs("healthy34_hf_trainer_moons_adam",
        hf_trainer_run(_s("moons", hidden=(30, 15), optim="adam", lr=4e-3, epochs=20,
                          batch_size=22, n=900, noise=0.14), logging_steps=2), "transformers"),
    _hs("healthy34_hf_trainer_blobs_rmsprop",
        hf_trainer_run(_s("blobs", hidden=(26,), optim="rmsprop", lr=3e-3, epochs=15,
                          batch_size=20, n=800, k=4, noise=0.1), logging_steps=2),
        "transformers"),
    _hs("healthy34_keras_digits_adam",
        keras_run(_s("digits", hidden=(50,), optim="adam", lr=2e-3, epochs=10,
                     batch_size=29)), "keras"),
    _hs("healthy34_tensorboard_iris_adagrad",
        tensorboard_run(_s("iris", hidden=(12,), optim="adagrad", lr=0.05, epochs=30,
                           batch_size=8)), "tensorboard"),
    _hs("healthy34_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(26,), optim="adam", lr=3e-3, epochs=20,
                           batch_size=14)), "tensorboard"),
    _hs("healthy34_plain_cancer_adam",
        plain_run(_s("breast_cancer", hidden=(20,), optim="adam", lr=2e-3, epochs=15,
                     batch_size=18)), "pytorch"),
    _hs("healthy34_plain_digits_adagrad",
        plain_run(_s("digits", hidden=(56,), optim="adagrad", lr=0.03, epochs=10,
                     batch_size=27)), "pytorch"),
    _hs("healthy34_plain_circles_rmsprop",
        plain_run(_s("circles", hidden=(30, 30), optim="rmsprop", lr=2e-3, epochs=20,
                     batch_size=24, n=900, noise=0.07)), "pytorch"),
    _hs("healthy34_lightning_cancer_adamw",
        lightning_run(_s("breast_cancer", hidden=(19,), optim="adamw", lr=2e-3, epochs=15,
                         batch_size=20)), "lightning"),
    _h("healthy34_gq65_elu_adam_b32",
       {"data": GQ65, "model": {"hidden": [100, 50], "activation": "elu"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 25, "batch_size": 32}}),
    _h("healthy34_gq65_relu_adamw_b40",
       {"data": GQ65, "model": {"hidden": [110, 55]},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 25, "batch_size": 40}}),
    _h("healthy34_cl32_adamw_b26",
       {"data": CL32, "model": {"hidden": [64]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy34_cl32_leaky_adam_b36",
       {"data": CL32, "model": {"hidden": [52, 26], "activation": "leaky_relu"},
        "optim": {"lr": 1.5e-3, "schedule": "cosine"}, "train": {"epochs": 12, "batch_size": 36}}),
    _h("healthy34_boiler_relu_adagrad_b24",
       _boiler(model={"hidden": [26]},
               optim={"name": "adagrad", "lr": 0.05, "schedule": "constant"},
               train={"epochs": 12, "batch_size": 24})),
    _h("healthy34_boiler_elu_adam_b20",
       _boiler(model={"hidden": [44], "activation": "elu"},
               optim={"lr": 1e-3, "schedule": "cosine"}, train={"epochs": 12, "batch_size": 20})),
    _hs("healthy34_keras_wine_adagrad",
        keras_run(_s("wine", hidden=(22,), optim="adagrad", lr=0.04, epochs=20,
                     batch_size=12)), "keras"),
    _hs("healthy34_tensorboard_digits_rmsprop",
        tensorboard_run(_s("digits", hidden=(52,), optim="rmsprop", lr=1e-3, epochs=10,
                           batch_size=30)), "tensorboard"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
