"""The hundred-and-fourth held-out part of the diagnosis bank: fresh faults, healthy runs, unseen.

Written and labelled beside :mod:`.heldout105`, after :mod:`.heldout102` and :mod:`.heldout103`
and before either new part was measured, by someone who saw no diagnosis of its runs. Every case
differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout103` in
its combination of data set (new here: a 10x10 image set of pliers (two jaws up the second and
fourth columns of a 5x5 cell, the pivot in the middle, the handles spreading to the bottom, the
right one bent in a column, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels (seed 1040); 5-class Gaussian quantiles in 161 dimensions (3400
samples); a 163-feature 5-class set (2200 samples, 32 informative, 10 redundant, class separation
2.7); a 167-feature Friedman-1 regression (1800 samples, noise 0.9); a soap workshop's batch
state CSV (melting oils, mixing lye, at trace, curing: 4 classes from 7 readings) and a
hydroponic farm's daily lettuce heads regression CSV (in the hundreds), besides the script tools'
shipped sets: spirals (3 arms, 600 points, noise 0.2), moons, digits, the sine, wine, iris,
circles and breast cancer), model (MLPs of several widths, depths and activations, a CNN of 7 and
14 channels), optimiser (Adam, AdamW, RMSprop, RMSprop with momentum 0.8, Adagrad, Adadelta, plain
SGD, SGD with momentum 0.9 or Nesterov momentum 0.9, and for the script faults Adagrad, NAdam and
SGD with Nesterov momentum 0.9; Adam, AdamW, RAdam, Adamax and NAdam in healthy scripts), batch
size, learning rate, schedule, initialisation or logging tool (Lightning's ``MLFlowLogger``,
Hugging Face Trainer logging every 2 steps, Keras and TensorBoard names, a hand-written loop).
The glyph's name, the two CSV themes and the feature counts (161, 163, 167) were checked against
the bank's parts (the sibling left out) as unused. The CSV files are written under their own
names (``soap_batch_state_h104``, ``hydroponic_daily_lettuce_h104``) with seeds 1041 and 1042;
the sklearn sets use random states 1043 to 1045. The fault cases pair a mechanism with another
optimiser, model, data set or tool than :mod:`.heldout100` to :mod:`.heldout103` did: divergence
under SGD with momentum 0.9 in a tanh net on the unscaled lettuce counts, divergence under
Nesterov momentum at LR 20 in an ELU net on the quantiles, exploding gradients in a 10-layer ELU
net with N(0, 1) init under Adam, units killed by plain RMSprop at LR 10 in the pliers CNN, a high
update ratio from AdamW at LR 0.3 in a leaky-ReLU net on the soap CSV, a tiny learning rate under
Nesterov momentum in an ELU net on the Friedman regression and under plain SGD in a leaky-ReLU net
on the soap CSV, vanishing gradients under SGD with momentum 0.9 in a 20-layer sigmoid net,
saturation of tanh units with N(0, 5) init under RMSprop, a slow start of the pliers CNN with
N(0, 0.01) init under RMSprop, the unshuffled 163-feature set under Nesterov momentum in a tanh
net, square error under RMSprop with momentum in a sigmoid net on the soap CSV, the 163-feature set
one row at a time under Adadelta in an ELU net (a noisy loss), 46 rows of the 163-feature set
under SGD with momentum in a ReLU net and a 42-row Friedman regression under Adadelta in a
leaky-ReLU net, an underfit net of 1 tanh unit under momentum, and for the scripts, with Adagrad,
NAdam and Nesterov momentum on moons, digits and spirals (the loop's corrupt record on the sine,
as a regression's square error overflows where a classifier's may not): Lightning's NaN on moons
(NAdam) and its stuck digits (Adagrad), Trainer's NaN on spirals (Nesterov) and its stuck moons
(Adagrad), Keras' NaN on digits (Adagrad) and its 30 rows of spirals (NAdam; overfit, a gap),
TensorBoard's NaN on spirals (NAdam) and its 25 rows of digits (Nesterov; a gap), the loop's
corrupt record on the sine (NAdam) and its stuck spirals (Nesterov). The sibling was not looked
at; every script case holds a hidden width of 310 to 319, a range given to this part alone. The
healthy runner runs cover the soap CSV, the Friedman regression and the 163-feature set, the
healthy scripts moons, breast cancer and wine (TensorBoard), moons, digits and the sine (Trainer),
wine, digits and spirals (Keras), circles and breast cancer (Lightning), iris and moons (the
loop).

Each case is labelled with the fault that was injected; a case was trained only to check that its
fault is real, from the run's metrics (the training loss's start, end and maximum, the epoch loss,
the validation loss's minimum, end and where the minimum is, the step loss's step-to-step swing
and the share of its within-epoch variance the position in the epoch explains, final train and
validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms and update ratios,
dead-unit and saturation fractions, and for the runner cases the test confusion matrix), never
from its findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts
only logged, so no diagnosis was made. The runs were read at seed 0; no other seed was checked.

Label policy (as in :mod:`.heldout103`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of 1/K
and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix (never expected for other tools' runs).
``overfitting`` is expected when the validation loss clearly rises after its minimum while the
training loss falls; ``generalisation_gap`` when the training score ends ~1 and the validation
score at least 0.1 lower; ``divergence`` when the training loss explodes or ends clearly above its
start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss repeats
one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end and the
validation loss (or score) is still improving there (a training loss that falls while the
validation loss has turned up or flattened is not ``not_converged``); ``underfitting`` when both
scores are clearly below what a healthy run of this part on the same data reaches and the loss
has flattened; ``noisy_loss`` when the step loss swings far more from step to step than any
healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less
than 5% over the run. A fault that came out weak was made stronger or relabelled from its
metrics, never kept as expected. The mechanism codes are expected only where the logged metric is
clearly outside the range every healthy run of this part shows, and allowed (with the reason)
where the mechanism is real but the metric sits inside it or is a side effect. The majority share
is 0.2 on the quantiles' test split, 0.2023 on the 163-feature set's, 0.2633 on the soap CSV's and
on the pliers images'; the scripts' validation splits hold 0.3333 (spirals), 0.1003 (digits) and
0.5 (moons). The baselines: accuracy 1.0 on the soap CSV, 0.9136 on the 163-feature set, 0.92 on
the pliers images, 0.2118 on the quantiles, R2 0.700 on the Friedman regression and 0.968 on the
lettuce CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0403 (the
sigmoid MLP with Adagrad on the 163-feature set), single steps at most 0.443 (the same run); the
expected ``update_ratio_high`` run reaches a quarter mean of 0.0775, 1.9 times the healthy
extreme, with single steps up to 3.11, 7.0 times the healthy one; the expected
``update_ratio_low`` runs sit at 2.3e-10 to 3.0e-8 (Nesterov momentum at LR 1e-10 on the Friedman
regression) and at most 2.7e-11 (plain SGD at LR 1e-9 on the soap CSV), where the healthy runs'
smallest quarter mean is 6.7e-6 (the sigmoid MLP with Adam on the Friedman regression). The
dead-unit fraction is at most 0.015 in the healthy ReLU, leaky-ReLU and ELU runner runs (the ELU
MLP with RMSprop on the Friedman regression); the expected ``dead_relu`` run holds every channel
after the CNN's second convolution and 90-95% of the dense units dead once RMSprop at LR 10 blows
it up. The saturated fraction per layer is at most 0.011 in the healthy tanh and sigmoid runs (the
tanh MLP with Adam on the soap CSV); the expected ``saturated_activation`` run holds 0.972 and
0.945 in its two layers from the start. The exploding run's gradient norms sit at 3.3e5-2.1e6 in
every layer with its epoch loss at 1.332e6 and never NaN (the healthy runs' at most 255, on the
unscaled Friedman targets); the vanishing run's first layer at 2e-17 to 4e-17, growing about
sevenfold a layer towards the output. The step loss's position in the epoch explains 96% of the
within-epoch variance over the second half in the sorted 163-feature set (the healthy runner runs
at most 22%: the leaky-ReLU MLP with Nesterov momentum on the soap CSV; the healthy Lightning
scripts at most 15%). The standard deviation of the step loss's step-to-step change over the
second half of a run is at most 1.60 times its mean in the healthy runner runs (the ELU MLP with
Adagrad on the soap CSV) and at most 1.93 in the healthy scripts (TensorBoard's breast cancer);
the batch-1 run's is 13.8. Healthy runs reach a validation score close to what the data allow
(accuracy 0.97-0.9867 on the soap CSV, where the baseline is 1.0; 0.9364-0.9591 on the
163-feature set, where the baseline is 0.9136; R2 0.629-0.716 on the Friedman regression, where
the baseline is 0.700; for the scripts 0.9922 and 0.9167 and 0.9758 on moons (TensorBoard,
Trainer, the loop), 0.9561 on breast cancer (TensorBoard, Lightning), 1.0 on wine (TensorBoard,
Keras), 0.9638 and 0.9777 on digits (Trainer, Keras), R2 0.898 on the sine (Trainer), 0.75 on
spirals (Keras, the noisy arms' limit for a 60-epoch run), 1.0 on circles (Lightning) and 0.9667
on iris (the loop)); their validation loss does not clearly rise at the end (every healthy runner
run's is lowest at its last epoch or within 1.3% of its minimum: the Friedman ELU MLP with RMSprop
1.2% above its minimum at epoch 16 of 30, flat; among the scripts TensorBoard's breast cancer
ends 4.1% above its minimum at epoch 19 of 20 and Keras' spirals 3.6% at epoch 58 of 60, the
others within 0.7% of the end) and the training loss has flattened (the epoch loss falls at most
0.9% over the last epoch in the runner runs).

No healthy run on the pliers images, on the quantiles or on the lettuce CSV is in the part: their
faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the lettuce divergence's step loss climbs from 2.2e5 to Inf in the
first epoch, where the run stops (FAILED), so ``divergence`` and ``nan_loss`` are expected;
Nesterov momentum at LR 20 on the quantiles throws the step loss from 1.61 to 2.1e24 at step 5 and
NaN at step 6, where the run stops before any validation, so ``divergence`` and ``nan_loss`` are
expected and ``at_chance`` and ``predictions_collapsed`` (unread) only allowed; the exploding run
ends at 0.1818 with 38% of the test predictions in one class and its epoch loss flat at 1.332e6, so
``not_training`` and ``at_chance`` are expected beside ``exploding_gradients``; the pliers CNN
under RMSprop at LR 10 ends its epochs at 1.0e11, 13.2 and 11.7 (its last step 5.45, 4 times its
first 1.36), accuracy 0.2633 (the majority share) with every test prediction in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the
high update ratio run ends at accuracy 1.0 (training 1.0) with its validation loss 0, so
``update_ratio_high`` is expected alone; Nesterov momentum at LR 1e-10 on the Friedman regression
ends at R2 -8.34 (the epoch loss 248.6 at every epoch); plain SGD at LR 1e-9 on the soap CSV (the
epoch loss 1.413 at every epoch) ends at 0.2567 with every test prediction in one class, so
``at_chance`` and ``predictions_collapsed`` are expected beside ``not_training`` and
``update_ratio_low``; the vanishing run ends at 0.2 with every test prediction in one class and
its epoch loss at 1.630 to 1.613, so ``at_chance`` and ``predictions_collapsed`` are expected
beside ``vanishing_gradients`` and ``not_training`` only allowed; the saturated run ends at 0.1868
(the epoch loss 36.03 at every epoch), so ``at_chance`` is expected beside
``saturated_activation`` and ``not_training``; the CNN with N(0, 0.01) init under RMSprop lingers
at ln 4 (the epoch loss 1.3863 to 1.3837 over the first 7 epochs, accuracy 0.263 for 4) and then
falls (1.3811 to 1.201 at epoch 20, 2% over the last epoch, the validation loss lowest at the end:
1.233, 1.210, 1.186), so ``slow_start`` and ``not_converged`` are expected; the sorted
163-feature set ends at 0.9 (training 0.9295) with its epoch loss falling 18% over the last epoch
and the validation loss lowest at the end (0.887, 0.727, 0.595), so ``not_converged`` is expected
beside ``unshuffled_data``; the square-error soap run reaches accuracy 1.0 with its validation
loss lowest at the end (5.4e-4), so ``loss_mismatch`` is expected alone; the batch-1 run's step
loss swings 13.8 times its mean (8.6 times the healthy runner runs' 1.60) and its validation loss
is lowest at epoch 1 of 4 (0.167) and 58% above it at the end while the training loss falls, so
``noisy_loss`` and ``overfitting`` are expected; the 46 rows of the 163-feature set end at
validation 0.6568 (training 1.0) with the validation loss flat at its floor, so
``generalisation_gap`` is expected and ``overfitting`` only allowed; the 42-row Friedman
regression ends at R2 -1.04 (training 0.897) with its validation loss lowest at epoch 4 of 80
(30.8) and 57% above it at the end, so ``generalisation_gap`` and ``overfitting`` are expected;
the 1-tanh-unit net ends at 0.4341 (training 0.4689, the healthy runs 0.9364 and up) with its
epoch loss flat, so ``underfitting`` is expected. Lightning's NaN on moons (0.687 at the first
step, then NaN) ends at 0.5, Trainer's NaN on spirals (every logged loss NaN) and TensorBoard's
(1.19 at step 1, then NaN) at 0.3333, Keras' NaN on digits (every epoch's loss NaN) at 0.1003, so
they expect ``nan_loss`` and ``at_chance``. The stuck scripts score at chance: Lightning's digits
(the epoch loss 2.363 at every epoch) 0.0724, Trainer's moons (the evaluation loss 0.8675 at every
evaluation) 0.5 and the loop's spirals (the validation loss 1.138 at every epoch) 0.3333, so they
expect ``not_training`` and ``at_chance``; Keras' 30 rows of spirals end at 0.475 (training
0.9667) with the validation loss lowest at epoch 2 (1.598) and 3.4 times it at epoch 100, so
``generalisation_gap`` and ``overfitting`` are expected; TensorBoard's 25 rows of digits end at
0.6184 (training 1.0) with the validation loss 5.5% above its minimum (epoch 8 of 100) and flat,
so ``generalisation_gap`` is expected and ``overfitting`` only allowed; the loop's corrupt record
makes the loss Inf at step 19 (0.567 at the first step).

Changed after a first run: the lettuce divergence under momentum at LR 0.05 did not diverge (the
epoch loss fell from 1.06e5 to 3.9e4 as the tanh layer saturated), so LR 0.3 was used; Keras' 12
rows of spirals ended at 0.3583, at chance as well as overfit, so 30 rows were used; the
overfitting meant in the 46-row 163-feature set and TensorBoard's 25 rows of digits did not show
(see above) and was relabelled (``generalisation_gap`` alone), with no time left to strengthen
it; the quantiles' divergence went NaN before any validation and was relabelled (``nan_loss``
expected, ``at_chance`` and ``predictions_collapsed`` allowed); the exploding run's predictions
spread (38% in one class), so ``predictions_collapsed`` went to allowed; the slow start, the
sorted set and the batch-1 run were labelled from their metrics as above. Healthy settings
changed: the Friedman tanh MLP under RMSprop at LR 3e-4 (R2 -4.8, not learning the unscaled
targets in 30 epochs) became an ELU MLP at LR 1e-3, and the Friedman leaky-ReLU MLP under AdamW at
LR 5e-4 (R2 0.50) went to LR 1e-3.


>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 29)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
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
    Setup,
    hf_trainer_run,
    keras_run,
    lightning_run,
    plain_run,
    tensorboard_run,
)

# a pair of pliers in a 5x5 cell: two jaws meeting at the top, the pivot in the second row, the
# handles spreading down to the bottom corners, the right one bent in a column; turned
# by 90 degrees at a time for the others
_PLIERS_UP = np.array([[0, 1, 0, 1, 0],
                       [0, 1, 1, 1, 0],
                       [0, 0, 1, 0, 0],
                       [0, 1, 0, 1, 0],
                       [1, 0, 0, 1, 0]], dtype=float)
_PLIERS = turned(_PLIERS_UP)


def pliers(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pliers glyph at a random place (4 classes: the pliers turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PLIERS, n, size, noise, flip, seed)


def _soap_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A soap workshop's batch state (0 melting oils, 1 mixing lye, 2 at trace, 3 curing) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    oil_c = np.array([62.0, 48.0, 41.0, 22.0])[cls] + rng.normal(0, 3.5, n)
    ph = np.array([7.0, 12.8, 11.4, 9.6])[cls] + rng.normal(0, 0.35, n)
    viscosity_cp = np.array([60.0, 140.0, 900.0, 3000.0])[cls] + rng.normal(0, 70.0, n)
    blender_w = np.array([0.0, 320.0, 180.0, 0.0])[cls] + rng.normal(0, 30.0, n)
    mould_full = (cls >= 2) ^ (rng.random(n) < 0.04)
    room_c = rng.uniform(16.0, 28.0, n)
    batch_kg = rng.uniform(2.0, 30.0, n)
    return (["oil_c", "ph", "viscosity_cp", "blender_w", "mould_full", "room_c", "batch_kg",
             "state"],
            np.column_stack([oil_c, ph, viscosity_cp, blender_w, mould_full.astype(float),
                             room_c, batch_kg, cls]))


def _lettuce_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A hydroponic farm's lettuce heads harvested a day from 7 readings."""
    n = 1200
    weekday = rng.integers(0, 7, n).astype(float)
    racks_ready = rng.integers(4, 16, n).astype(float)
    led_hours = rng.uniform(12, 20, n)
    nutrient_ec = rng.uniform(1.0, 2.4, n)
    water_c = rng.uniform(16, 26, n)
    pickers = rng.integers(2, 9, n).astype(float)
    order_rush = rng.integers(0, 2, n).astype(float)
    heads = (40 + 22.0 * racks_ready + 6.0 * led_hours + 30.0 * nutrient_ec - 2.5 * water_c
             + 14.0 * pickers + 80.0 * order_rush - 25.0 * (weekday == 6)
             + rng.normal(0, 14.0, n))
    return (["weekday", "racks_ready", "led_hours", "nutrient_ec", "water_c", "pickers",
             "order_rush", "heads"],
            np.column_stack([weekday, racks_ready, led_hours, nutrient_ec, water_c, pickers,
                             order_rush, heads]))


def _soap(**sections: Any) -> Any:
    return _csv("soap_batch_state_h104", _soap_csv, "state", "classification", 1041,
                **sections)


def _lettuce(**sections: Any) -> Any:
    return _csv("hydroponic_daily_lettuce_h104", _lettuce_csv, "heads", "regression", 1042,
                **sections)


def _g(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _n(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _v(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _w(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


def _r(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _x(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM = {"momentum": 0.9}
NEST = {"momentum": 0.9, "nesterov": True}
RMOM = {"momentum": 0.8}
HERE = "benchmarks.diagnosis_bank.heldout104"
PL4 = _factory(f"{HERE}:pliers", seed=1040)
GQ5161 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=161,
                  n_classes=5, random_state=1043)
CL163 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=163,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1044)
FR167 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=167, noise=0.9,
                 random_state=1045)
PCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 14}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h104_divergence_lettuce_momentum_tanh", "the hydroponic lettuce CSV (targets "
         "unscaled, in the hundreds), 34-unit tanh MLP, SGD with momentum 0.9 at LR 0.3, "
         "batch 29",
         _lettuce(model={"hidden": [34], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 0.3, **MOM},
                  train={"epochs": 3, "batch_size": 29}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 2.2e5 to Inf in the first epoch, where the "
                      "run stops; the tanh layer saturated throughout"),
         verdict="failed"),
    Case("h104_divergence_gq5161_nesterov_lr20_elu", "52x26 ELU MLP on the 5-class quantiles "
         "in 161 dimensions, SGD with Nesterov momentum 0.9 at LR 20, batch 33",
         {"data": GQ5161, "model": {"hidden": [52, 26], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 20.0, **NEST},
          "train": {"epochs": 3, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("divergence", "nan_loss"),
         allow=(*BROKEN_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=(BLOWUP + "; the step loss from 1.61 to 2.1e24 by step 5, NaN at step 6, "
                      "where the run stops before any validation"),
         verdict="failed"),
    Case("h104_exploding_cl163_10x26_elu_std1_adam", "10x26 ELU MLP with N(0, 1) init on the "
         "163-feature set, Adam at LR 1e-14, batch 39",
         {"data": CL163, "model": {"hidden": [26] * 10, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the tiny steps do not move the wide weights (update ratios logged as 0); "
                      "the epoch loss 1.332e6 at every epoch; up to 12% of a layer's ELU units "
                      "logged dead; 38% of the test predictions in one class; with three epochs "
                      "the step loss's position in the epoch explains 49% of its variance by "
                      "chance"),
         verdict="failed"),
    Case("h104_dead_relu_pliers_cnn_rmsprop_lr10", "the pliers CNN (7, 14 channels, 21 "
         "hidden), RMSprop at LR 10, batch 27",
         {"data": PL4, "model": PCNN,
          "optim": {"name": "rmsprop", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.36 up to 3.4e12, the epoch loss 1.0e11, "
                      "13.2 and 11.7 (the last step 5.45, 4 times the first); update ratios up to "
                      "1350 in single steps; with three epochs the step loss's position in the "
                      "epoch explains half its variance by chance"),
         verdict="failed"),
    Case("h104_update_ratio_high_soap_adamw_leaky", "AdamW at LR 0.3 on the soap CSV, 42 "
         "leaky-ReLU units, batch 21, 8 epochs",
         _soap(model={"hidden": [42], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 0.3},
               train={"epochs": 8, "batch_size": 21}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss up to 11.1 (from 1.34); it swings 9.0 "
                      "times its mean over the second half about a floor near 0, but accuracy "
                      "is 1.0 (training 1.0) with the validation loss 0 at the end"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h104_nesterov_lr1e10_fr167_elu", "the 167-feature Friedman regression, 43x22 ELU "
         "MLP, SGD with Nesterov momentum 0.9 at LR 1e-10, batch 35, 4 epochs",
         {"data": FR167, "model": {"hidden": [43, 22], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 1e-10, **NEST},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.34, far below the baseline (0.700) and the healthy runs; the epoch "
                      "loss 248.6 at every epoch; with four epochs the step loss's position in "
                      "the epoch explains 48% of its variance by chance"),
         verdict=TP),
    Case("h104_sgd_lr1e9_soap_leaky", "the soap CSV, 39x19 leaky-ReLU MLP, plain SGD at LR "
         "1e-9, batch 22, 4 epochs",
         _soap(model={"hidden": [39, 19], "activation": "leaky_relu"},
               optim={"name": "sgd", "lr": 1e-9},
               train={"epochs": 4, "batch_size": 22}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.413 at every epoch; with four epochs the step loss's "
                      "position in the epoch explains 47% of its variance by chance"),
         verdict=TP),
    Case("h104_vanishing_sigmoid_cl163_20x14_momentum", "20x14 sigmoid MLP on the "
         "163-feature set, SGD with momentum 0.9 at LR 0.02, batch 43, 4 epochs",
         {"data": CL163, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, **MOM},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers barely move (update ratios 0 in the first), a side "
                      "effect of the vanishing gradients; the epoch loss 1.630 to 1.613 (ln 5 is "
                      "1.609), about 1% down; with four epochs the step loss's position in the "
                      "epoch explains 72% of its variance by chance"),
         verdict=TP),
    Case("h104_saturated_tanh_gq5161_std5_rmsprop", "2x44 tanh MLP with N(0, 5) init on the "
         "5-class quantiles, RMSprop at LR 1e-9, batch 29",
         {"data": GQ5161, "model": {"hidden": [44, 44], "activation": "tanh",
                                    "init": "normal", "init_std": 5.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (quarter means at most 9.4e-11); the loss far above ln 5 "
                      "from the start (the epoch loss 36.03 at every epoch); 22% of the test "
                      "predictions in one class; with four epochs the step loss's position in "
                      "the epoch explains half its variance by chance"),
         verdict=TP),
    Case("h104_slow_start_pliers_cnn_rmsprop_std001", "the pliers CNN with N(0, 0.01) init, "
         "RMSprop at LR 1e-4, batch 24, 20 epochs",
         {"data": PL4, "model": {**PCNN, "init": "normal", "init_std": 0.01},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 20, "batch_size": 24}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "at_chance", "dead_relu", "predictions_collapsed",
                "noisy_loss", "unshuffled_data", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("accuracy 0.4867, far below the baseline (0.92) as the late start has "
                      "not caught up; 58% of the test predictions in one class; up to 90% of "
                      "the dense units dead"),
         verdict=TP),
    Case("h104_unshuffled_cl163_nesterov_tanh", "the 163-feature set sorted by label, never "
         "shuffled, 48x24 tanh MLP, SGD with Nesterov momentum 0.9 at LR 2e-3, batch 36, "
         "8 epochs",
         {"data": {**CL163, "order": "by_label", "shuffle": False},
          "model": {"hidden": [48, 24], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 2e-3, **NEST},
          "train": {"epochs": 8, "batch_size": 36}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "saturated_activation"),
         why_allowed=("each class's stretch throws the step loss about while the epoch loss "
                      "falls; accuracy 0.9 (training 0.9295) as the sorted run has not caught "
                      "up"),
         verdict=TP),
    Case("h104_mse_softmax_soap_rmsprop_momentum_sigmoid", "the soap CSV trained with square "
         "error on the softmax, RMSprop with momentum 0.8 at LR 1e-3, 33x16 sigmoid MLP, batch "
         "25, 10 epochs",
         _soap(model={"hidden": [33, 16], "activation": "sigmoid"},
               optim={"name": "rmsprop", "lr": 1e-3, **RMOM},
               train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "not_converged", "overfitting", "update_ratio_low",
                "saturated_activation"),
         why_allowed=("the step loss near 0 swings step to step; the epoch loss still falls "
                      "25% over the last epoch and the validation loss is lowest at the end, "
                      "but accuracy is already 1.0 (training 1.0), so more epochs cannot help "
                      "the held-out result; up to 42% of the second layer saturated on the "
                      "way"),
         verdict=TP),
    Case("h104_noisy_cl163_b1_adadelta_elu", "the 163-feature set one row at a time (batch 1), "
         "Adadelta at LR 1, 29-unit ELU MLP, 4 epochs",
         {"data": CL163, "model": {"hidden": [29], "activation": "elu"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("divergence", "unshuffled_data", "not_converged", "generalisation_gap"),
         why_allowed=("single rows throw the steps about (the step loss up to 21.0, above its "
                      "first step 1.50); training 0.9909 against validation 0.9341 (a gap "
                      "under 0.1); with four epochs the step loss's position in the epoch "
                      "explains half its variance by chance"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h104_gap_cl163_subset46_momentum_relu", "46 rows of the 163-feature set, ReLU MLP "
         "of 210 and 105 units, SGD with momentum 0.9 at LR 0.02, 60 epochs, batch 5",
         {"data": {**CL163, "subset": 46}, "model": {"hidden": [210, 105]},
          "optim": {"name": "sgd", "lr": 0.02, **MOM},
          "train": {"epochs": 60, "batch_size": 5}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("meant as overfitting, but the validation loss flattens at 0.944 (lowest "
                      "at epoch 47 of 60, 0.02% above it at the end) rather than rising; 46 "
                      "rows teach less than every row: accuracy 0.6568 (the healthy runs "
                      "0.9364 and up); the epoch loss, near 0 (2.7e-4), falls 1.5% over the "
                      "last epoch"),
         verdict=GP),
    Case("h104_gap_fr167_subset42_adadelta_leaky", "42 rows of the 167-feature Friedman "
         "regression, leaky-ReLU MLP of 160 and 80 units, Adadelta at LR 1, 80 epochs, batch 4",
         {"data": {**FR167, "subset": 42},
          "model": {"hidden": [160, 80], "activation": "leaky_relu"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "update_ratio_low",
                "dead_relu"),
         why_allowed=("42 rows teach less (R2 -1.04, the healthy runs 0.629 and up); the step "
                      "loss swings 1.3 times its mean step to step; the epoch loss (3.19) "
                      "jumps about its floor; up to 31% of the second layer's units dead"),
         verdict=GP),
    Case("h104_underfit_cl163_one_tanh_unit_momentum", "the 163-feature set through 1 tanh "
         "unit, SGD with momentum 0.9 at LR 0.01, batch 34, 15 epochs",
         {"data": CL163, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM},
          "train": {"epochs": 15, "batch_size": 34}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high"),
         why_allowed=("the one unit's update ratios (quarter means up to 0.018) are inside the "
                      "healthy range; the validation loss 0.6% above its minimum (epoch 10 of "
                      "15), flat; 41% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h104_lightning_moons_nadam_lr1e20_nan", "Lightning: moons (600 points, noise 0.2), "
         "NAdam at LR 1e20, 310 units, batch 17, 3 epochs",
         script=lightning_run(_n("moons", hidden=(310,), lr=1e20, epochs=3, batch_size=17)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h104_lightning_digits_adagrad_lr1e10_stuck", "Lightning: digits, Adagrad at LR "
         "1e-10, 311 units, batch 31, 3 epochs",
         script=lightning_run(_g("digits", hidden=(311,), lr=1e-10, epochs=3, batch_size=31)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.363 at every epoch (ln 10 is 2.303); with three epochs "
                      "the step loss's position in the epoch explains 55% of its variance by "
                      "chance"),
         verdict=TP),
    Case("h104_hf_trainer_spirals_nesterov_lr1e20_nan", "Hugging Face Trainer names: spirals "
         "(3 arms, 600 points, noise 0.2), SGD with Nesterov momentum 0.9 at LR 1e20 (decaying "
         "linearly), 312 units, batch 14, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_v("spirals", hidden=(312,), lr=1e20, epochs=3, batch_size=14),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h104_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons "
         "(580 points, noise 0.25), Adagrad at LR 1e-10 (decaying linearly), 313 units, batch "
         "15, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_g("moons", hidden=(313,), lr=1e-10, epochs=3, batch_size=15,
                                  n=580, noise=0.25), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 0.8675; the logged loss (means of two "
                      "steps) swings about it"),
         verdict=TP),
    Case("h104_keras_digits_adagrad_lr1e20_nan", "Keras names: digits, Adagrad at LR 1e20, "
         "314 units, batch 23, 3 epochs",
         script=keras_run(_g("digits", hidden=(314,), lr=1e20, epochs=3, batch_size=23)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h104_keras_spirals_subset30_nadam_gap", "Keras names: 30 rows of spirals (3 arms, "
         "600 points, noise 0.2), 315 units, NAdam at LR 0.01, 100 epochs, batch 3",
         script=keras_run(_n("spirals", hidden=(315,), lr=0.01, epochs=100, batch_size=3,
                             subset=30)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows teach less than all of them (validation accuracy 0.475, "
                      "training 0.9667, the healthy spirals run 0.75); the epoch loss still "
                      "falls at the end (0.133)"),
         verdict=GP),
    Case("h104_tensorboard_spirals_nadam_lr1e20_nan", "TensorBoard tags: spirals (3 arms, 600 "
         "points, noise 0.2), NAdam at LR 1e20, 316 units, batch 21, 3 epochs",
         script=tensorboard_run(_n("spirals", hidden=(316,), lr=1e20, epochs=3,
                                   batch_size=21)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP,
         verdict="failed"),
    Case("h104_tensorboard_digits_subset25_nesterov_gap", "TensorBoard tags: 25 rows of digits, "
         "317 units, SGD with Nesterov momentum 0.9 at LR 0.03, 100 epochs, batch 5",
         script=tensorboard_run(_v("digits", hidden=(317,), lr=0.03, epochs=100, batch_size=5,
                                   subset=25)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("meant as overfitting, but the validation loss rises only 5.5% above "
                      "its minimum (epoch 8 of 100) and is flat at the end (1.724); 25 rows "
                      "teach less than all of them (validation accuracy 0.6184, training 1.0, "
                      "the healthy digits runs 0.9638 and up)"),
         verdict=GP),
    Case("h104_plain_corrupt_record_sine_nadam", "hand-written loop: sine regression with "
         "noise 0.25, NAdam at LR 1e-3, 318 units, batch 17, a corrupt record (x = 1e30) at "
         "step 19 makes the loss Inf",
         script=plain_run(_n("sine", hidden=(318,), lr=1e-3, epochs=3, batch_size=17, n=620,
                             noise=0.25), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h104_plain_spirals_nesterov_lr1e10_stuck", "hand-written loop: spirals (3 arms, 600 "
         "points, noise 0.2), SGD with Nesterov momentum 0.9 at LR 1e-10, 319 units, batch 19, "
         "4 epochs",
         script=plain_run(_v("spirals", hidden=(319,), lr=1e-10, epochs=4, batch_size=19)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 1.138; with four epochs the step loss "
                      "jumps about 1.1 by chance"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy104_soap_relu_adamw_b24",
       _soap(model={"hidden": [47]},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy104_soap_tanh_adam_b30",
       _soap(model={"hidden": [44], "activation": "tanh"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy104_soap_sigmoid_rmsprop_b21",
       _soap(model={"hidden": [56], "activation": "sigmoid"},
             optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 21})),
    _h("healthy104_soap_elu_adagrad_b27",
       _soap(model={"hidden": [49], "activation": "elu"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy104_soap_leaky_nesterov_b33",
       _soap(model={"hidden": [53], "activation": "leaky_relu"},
             optim={"name": "sgd", "lr": 0.01, **NEST, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 33})),
    _h("healthy104_soap_relu_adadelta_b26",
       _soap(model={"hidden": [41]},
             optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy104_soap_tanh_momentum_b19",
       _soap(model={"hidden": [39], "activation": "tanh"},
             optim={"name": "sgd", "lr": 0.01, **MOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 19})),
    _h("healthy104_soap_elu_rmsprop_momentum_b31",
       _soap(model={"hidden": [54], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 3e-4, **RMOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 31})),
    _h("healthy104_fr167_relu_adam_b25",
       {"data": FR167, "model": {"hidden": [61]},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy104_fr167_elu_rmsprop_b29",
       {"data": FR167, "model": {"hidden": [65], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy104_fr167_leaky_adamw_b22",
       {"data": FR167, "model": {"hidden": [57], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy104_fr167_sigmoid_adam_b34",
       {"data": FR167, "model": {"hidden": [69], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 34}}),
    _h("healthy104_cl163_leaky_adam_b28",
       {"data": CL163, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy104_cl163_sigmoid_adagrad_b35",
       {"data": CL163, "model": {"hidden": [62], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy104_cl163_relu_nesterov_b31",
       {"data": CL163, "model": {"hidden": [73]},
        "optim": {"name": "sgd", "lr": 0.005, **NEST, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy104_cl163_elu_adamw_b26",
       {"data": CL163, "model": {"hidden": [58], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _hs("healthy104_tensorboard_moons_adam",
        tensorboard_run(_a("moons", hidden=(310,), lr=1e-3, epochs=30, batch_size=25, n=640,
                           noise=0.15)), "tensorboard"),
    _hs("healthy104_tensorboard_cancer_adamw",
        tensorboard_run(_w("breast_cancer", hidden=(313,), lr=1e-3, epochs=20, batch_size=21)),
        "tensorboard"),
    _hs("healthy104_tensorboard_wine_radam",
        tensorboard_run(_r("wine", hidden=(316,), lr=2e-3, epochs=30, batch_size=12)),
        "tensorboard"),
    _hs("healthy104_hf_trainer_moons_adamax",
        hf_trainer_run(_x("moons", hidden=(311,), lr=2e-3, epochs=30, batch_size=21, n=600,
                          noise=0.15), logging_steps=2), "transformers"),
    _hs("healthy104_hf_trainer_digits_adam",
        hf_trainer_run(_a("digits", hidden=(314,), lr=1e-3, epochs=15, batch_size=28),
                       logging_steps=2), "transformers"),
    _hs("healthy104_hf_trainer_sine_radam",
        hf_trainer_run(_r("sine", hidden=(317,), lr=2e-3, epochs=30, batch_size=19, n=620,
                          noise=0.25), logging_steps=2), "transformers"),
    _hs("healthy104_keras_wine_adamw",
        keras_run(_w("wine", hidden=(312,), lr=2e-3, epochs=30, batch_size=13)), "keras"),
    _hs("healthy104_keras_digits_nadam",
        keras_run(_n("digits", hidden=(315,), lr=1e-3, epochs=15, batch_size=30)), "keras"),
    _hs("healthy104_keras_spirals_adam",
        keras_run(_a("spirals", hidden=(318,), lr=5e-3, epochs=60, batch_size=20)), "keras"),
    _hs("healthy104_lightning_circles_radam",
        lightning_run(_r("circles", hidden=(319,), lr=1e-3, epochs=30, batch_size=23, n=620,
                         noise=0.1)), "lightning"),
    _hs("healthy104_lightning_cancer_adamax",
        lightning_run(_x("breast_cancer", hidden=(310,), lr=1e-3, epochs=20, batch_size=19)),
        "lightning"),
    _hs("healthy104_plain_iris_nadam",
        plain_run(_n("iris", hidden=(311,), lr=1e-3, epochs=40, batch_size=11)), "pytorch"),
    _hs("healthy104_plain_moons_adamw",
        plain_run(_w("moons", hidden=(312,), lr=1e-3, epochs=30, batch_size=22, n=620,
                     noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
