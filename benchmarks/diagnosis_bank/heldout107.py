"""The hundred-and-seventh held-out part of the diagnosis bank: fresh faults, healthy runs, unseen.

Written and labelled beside :mod:`.heldout106`, after :mod:`.heldout104` and :mod:`.heldout105`
and before either new part was measured, by someone who saw no diagnosis of its runs. Every case
differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout105` in
its combination of data set (new here: a 10x10 image set of a horseshoe (its arms down the outer
columns of a 5x5 cell, bending in over the bottom two rows, turned by 0, 90, 180 or 270 degrees;
4 classes), 1500 images with noise 0.3 and 2% random labels (seed 1070); 5-class Gaussian
quantiles in 191 dimensions (3400 samples); a 194-feature 5-class set (2200 samples, 32
informative, 10 redundant, class separation 2.7); a 197-feature Friedman-1 regression (1800
samples, noise 0.9); an oyster farm's grading line state CSV (idle, tumbling, grading, bagging: 4
classes from 7 readings) and a snorkel-tour operator's daily guests regression CSV (in the
hundreds), besides the script tools' shipped sets with new settings: moons (590 or 600 points,
noise 0.15 to 0.25), iris, digits, the sine (600 or 640 points, noise 0.15 or 0.2), wine and
circles (580 or 600 points, noise 0.1)), model (MLPs of several widths, depths and activations, a
CNN of 6 and 13 channels), optimiser (Adam, AdamW, plain RMSprop, RMSprop with momentum 0.5,
Adagrad, Adadelta, plain SGD, SGD with momentum 0.6 or Nesterov momentum 0.95, and for the script
faults RAdam, NAdam and plain RMSprop; Adam, AdamW, Adamax, RAdam and NAdam in healthy scripts),
batch size, learning rate, schedule, initialisation or logging tool (Lightning's
``MLFlowLogger``, Hugging Face Trainer logging every 2 steps, Keras and TensorBoard names, a
hand-written loop). The glyph's name, the two CSV themes and the sklearn feature counts (191, 194,
197) were checked against the bank's parts (the sibling left out) as unused. The CSV files are
written under their own names (``oyster_grading_line_state_h107``,
``snorkel_tour_daily_guests_h107``) with seeds 1071 and 1072; the sklearn sets use random states
1073 to 1075. The fault cases pair a mechanism with another optimiser, model, data set or tool
than :mod:`.heldout102` to :mod:`.heldout105` did: divergence under plain SGD in an ELU net on the
unscaled snorkel guests, divergence under RMSprop with momentum 0.5 at LR 10 in a sigmoid net on
the quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init under Adagrad, units
killed by SGD with momentum 0.6 at LR 1 in the horseshoe CNN, a high update ratio from Adam at LR
0.4 in a ReLU net on the oyster CSV, a tiny learning rate under Adadelta in an ELU net on the
Friedman regression and under SGD with momentum 0.6 in a sigmoid net on the oyster CSV, vanishing
gradients under Adadelta in a 20-layer sigmoid net, saturation of sigmoid units with N(0, 5) init
under plain SGD on the quantiles, the horseshoe CNN with N(0, 0.001) init under Adagrad (meant as
a slow start; see below), the unshuffled 194-feature set under SGD with momentum 0.6 in a ReLU
net, square error under RMSprop with momentum 0.5 in an ELU net on the oyster CSV, the
194-feature set one row at a time under Adagrad in a ReLU net (a noisy loss), an overfit 48-row
194-feature set under AdamW in an ELU net and a 40-row Friedman regression under plain RMSprop in
a tanh net, an underfit net of 1 sigmoid unit under Adam, and for the scripts, with RAdam, NAdam
and plain RMSprop on iris, moons and digits (as this part was asked to; the loop's corrupt record
needs a regression, so it is on the sine): Lightning's NaN on moons under RAdam and its stuck
digits under RMSprop, Trainer's NaN on digits under NAdam and its stuck iris under RAdam, Keras'
NaN on iris under RMSprop and its 6 rows of moons under NAdam (overfit, a gap), TensorBoard's NaN
on digits under RAdam and its 20 rows of digits under RMSprop (overfit, a gap), the loop's corrupt
record on the sine under RAdam and its stuck moons under NAdam. The sibling :mod:`.heldout106`
was not looked at; every script case (faults and healthy runs alike) holds a hidden width of 340
to 349, a range given to this part alone. The healthy runner runs cover the oyster CSV, the
Friedman regression and the 194-feature set, the healthy scripts wine, circles and the sine
(TensorBoard), iris, digits and the sine (Trainer), moons, wine and digits (Keras), circles and
wine (Lightning) and moons and iris (the loop).

Each case is labelled with the fault that was injected; a case was trained only to check that its
fault is real, from the run's metrics (the training loss's start, end and maximum, the epoch
loss, the validation loss's minimum, end and where the minimum is, the step loss's step-to-step
swing and the share of its within-epoch variance the position in the epoch explains, final train
and validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms and update
ratios, dead-unit and saturation fractions, and for the runner cases the test confusion matrix in
``confusion_matrix.json``), never from its findings: the runner cases were trained with
``diagnose.enabled`` false and the scripts only logged, so no diagnosis was made. The runs were
read at seed 0 (no case sets one); no other seed was checked.

Label policy (as in :mod:`.heldout105`): the state a run ends in is *expected* where its metrics
show it, the mechanisms on the way are *allowed* with their reason (``why_allowed``).
``at_chance`` is expected when the final validation accuracy is within 0.05 of the better of 1/K
and the majority-class share (allowed up to 0.1 above it, and when it is far below it);
``predictions_collapsed`` when at least 90% of the test predictions fall in one class (allowed
from 60%), read from the run's confusion matrix; runs logged by other tools have none, so there
it is never expected. ``overfitting`` is expected when the validation loss clearly rises after
its minimum while the training loss falls; ``generalisation_gap`` when the training score ends ~1
and the validation score at least 0.1 lower; ``divergence`` when the training loss explodes or
ends clearly above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when
the step loss repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls
at the end and the validation loss (or score) is still improving there, i.e. more epochs would
still help the held-out result (a training loss that falls while the validation loss has turned
up or flattened is not ``not_converged``); ``underfitting`` when both scores are clearly below
what a healthy run of this part on the same data reaches and the loss has flattened;
``noisy_loss`` when the step loss swings far more from step to step than any healthy run's;
``not_training`` is expected or allowed wherever the training loss falls by less than 5% over the
run. A fault that came out weak was made stronger or relabelled from its metrics, never kept as
expected. The mechanism codes are expected only where the logged metric is clearly outside the
range every healthy run of this part shows, and allowed (with the reason) where the mechanism is
real but the metric sits inside it or is a side effect. The majority share is 0.2 on the
quantiles' test split, 0.2023 on the 194-feature set's, 0.27 on the oyster CSV's and 0.2567 on
the horseshoe images' (the test confusion matrices' rows); the scripts' validation splits hold
0.5 (moons), 0.3333 (iris) and 0.1003 (digits). The baselines (``baseline/val_*``): accuracy 1.0
on the oyster CSV, 0.8795 on the 194-feature set, 0.9533 on the horseshoe images, 0.1809 on the
quantiles, R2 0.6718 on the Friedman regression and 0.9702 on the snorkel CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0391 (the
sigmoid MLP with Adagrad on the oyster CSV, its output layer), single steps at most 0.564 (the
same run); the expected ``update_ratio_high`` run reaches a quarter mean of 0.099 (its output
layer), 2.5 times the healthy extreme, with single steps up to 4.39, 7.8 times the healthy one;
the expected ``update_ratio_low`` runs log 0 in every quarter (Adadelta at LR 1e-10 on the
Friedman regression, SGD with momentum 0.6 at LR 1e-10 on the oyster CSV), where the healthy
runs' smallest quarter mean is 9.9e-6 (the output layer of the tanh MLP with Adam on the Friedman
regression). The dead-unit fraction is 0 at every time in the healthy ReLU, leaky-ReLU and ELU
runner runs; the expected ``dead_relu`` run holds 54-100% of the second convolution's channels
and 26-100% of its dense units dead once momentum at LR 1 blows it up. The saturated fraction per
layer is at most 0.0023 in the healthy tanh and sigmoid runs (the tanh MLP with momentum on the
194-feature set); the expected ``saturated_activation`` run holds 0.955 and 0.860 in its two
layers from the start. The exploding run's gradient norms sit at 3.7e5-3.5e6 in every layer
(growing towards the output) with its epoch loss at 1.957e6 and never NaN (the healthy runs' at
most 159, on the unscaled Friedman targets); the vanishing run's first layer at 7.6e-18 to
1.7e-17, growing about sevenfold a layer towards the output (the healthy runs' smallest gradient
norm 1.3e-3). The step loss's position in the epoch explains 97.7% of the within-epoch variance
over the second half in the sorted 194-feature set (the healthy runner runs at most 17.7%: the ELU
MLP with RMSprop with momentum on the oyster CSV; the healthy scripts at most 12.1%: Trainer's
digits). The standard deviation of the step loss's step-to-step change over the second half of a
run is at most 0.91 times its mean in the healthy runner runs (the leaky-ReLU MLP with Adadelta on
the oyster CSV) and at most 1.14 in the healthy scripts (the loop's moons); the batch-1 run's is
2.87 (3.2 and 2.5 times those). Healthy runs reach a validation score close to what the data
allow (accuracy 1.0 on the oyster CSV, where the baseline is 1.0; 0.9023-0.9205 on the
194-feature set, where the baseline is 0.8795; R2 0.655-0.713 on the Friedman regression, where
the baseline is 0.6718; for the scripts 1.0 on wine (TensorBoard, Keras, Lightning), 0.9914 and
0.9917 on circles (TensorBoard, Lightning), R2 0.940 on the sine (TensorBoard, Trainer), 0.9667
on iris (Trainer, the loop), 0.9749 and 0.9721 on digits (Trainer, Keras), 0.9583 and 0.9746 on
moons (Keras, the loop)); their validation loss does not clearly rise at the end (every healthy
runner run's is lowest at its last epoch or within 1% of its minimum: the Friedman ELU MLP with
Adadelta 0.97% above its minimum at epoch 8 of 30, flat; among the scripts TensorBoard's sine
ends 1.6% above its minimum at epoch 9 of 40, flat, Trainer's sine 1.3% at epoch 28 of 30, the
others lowest at the end), and the training loss has flattened (the epoch loss falls at most 2.9%
over the last epoch in the runner runs; among the scripts 6% in Lightning's wine near its floor
(0.018 to 0.017) with validation accuracy 1.0, so more epochs cannot help the held-out result).

No healthy run on the horseshoe images, on the quantiles, on the snorkel CSV is in the part:
their faults are read against the run's own numbers and its baseline.

Labels read from the metrics: the snorkel divergence's step loss climbs from 6.6e4 to Inf within
five steps, so ``divergence`` and ``nan_loss`` are expected; RMSprop with momentum at LR 10 on the
quantiles throws the step loss from 1.65 to 2010 and ends its epochs at 330, 149 and 128,
accuracy 0.2 with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected; the exploding run ends at 0.2091 with its epoch loss flat
at 1.957e6 and 74% of the test predictions in one class, so ``not_training`` and ``at_chance``
are expected beside ``exploding_gradients``, ``predictions_collapsed`` only allowed; the
horseshoe CNN under momentum at LR 1 (the epoch loss 1.89, 1.4e20, 1.40) ends at 0.2567 (the
majority share) with every test prediction in one class, so ``divergence``, ``at_chance`` and
``predictions_collapsed`` are expected beside ``dead_relu``; the high update ratio run ends at
accuracy 1.0 (training 1.0), so ``update_ratio_high`` is expected alone; Adadelta at LR 1e-10 on
the Friedman regression ends at R2 -7.82 (the epoch loss 229.4 at every epoch); momentum at LR
1e-10 on the oyster CSV (the epoch loss 1.387 at every epoch) ends at 0.2533 with every test
prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected beside
``not_training`` and ``update_ratio_low``; the vanishing run ends at 0.2023 with every test
prediction in one class, so ``at_chance`` and ``predictions_collapsed`` are expected beside
``vanishing_gradients``; the saturated run ends at 0.2044 (the epoch loss 34.38 at every epoch),
so ``at_chance`` is expected beside ``saturated_activation`` and ``not_training``; the sorted
194-feature set ends at 0.4795 (training 0.5273) with its epoch loss falling 1% an epoch to the
end and the validation loss lowest at the end, still falling, so ``not_converged`` is expected
beside ``unshuffled_data``; the square-error oyster run reaches accuracy 1.0, so
``loss_mismatch`` is expected alone; the batch-1 run's step loss swings 2.87 times its mean and
its epoch loss still falls 26% over the last epoch with the validation loss lowest at the end
(0.326 to 0.302), so ``noisy_loss`` and ``not_converged`` are expected; the 48 rows of the
194-feature set end at validation 0.6432 (training 1.0) with the validation loss lowest at epoch
7 (1.001) and 9.5% above it at epoch 50 while the training loss falls, so ``overfitting`` and
``generalisation_gap`` are expected; the 40-row Friedman regression ends at R2 -0.74 (training
0.984) with its validation loss lowest at epoch 74 of 80 and 1.4% above it at the end, so
``generalisation_gap`` is expected and ``overfitting`` only allowed; the 1-sigmoid-unit net ends
at 0.3932 (training 0.4659, the healthy runs 0.9023 and up) with its epoch loss flat (0.7% over
the last epoch), so ``underfitting`` is expected. Lightning's NaN on moons (0.62 at the first
step, then NaN) ends at 0.5, Trainer's NaN on digits (every logged loss NaN) and TensorBoard's
(2.41 at step 1, NaN from step 2) at 0.1003 and Keras' NaN on iris at 0.3333, so they expect
``nan_loss`` and ``at_chance``. The stuck scripts: Lightning's digits (RMSprop at LR 1e-10, the
epoch loss 2.271 at every epoch) scores 0.1337, so it expects ``not_training`` and
``at_chance``; Trainer's iris (RAdam at LR 1e-10, the evaluation loss 0.9603 at every
evaluation) scores 0.6667 and the loop's moons (NAdam at LR 1e-10, the validation loss 0.663 at
every epoch) 0.5932, 0.093 above the majority share, so they expect ``not_training`` alone (the
loop's ``at_chance`` allowed); Keras' 6 rows of moons end at 0.8667 (training 1.0) with the
validation loss lowest at epoch 24 (0.339) and 35% above it at epoch 100, and TensorBoard's 20
rows of digits at 0.571 (training 1.0) with the validation loss lowest at epoch 10 (1.823) and
16% above it at epoch 100, so both expect ``generalisation_gap`` and ``overfitting``; the loop's
corrupt record makes the loss Inf at step 21 (1.57 at the first step).

Changed after a first run (all from the runs' own metrics): the snorkel divergence reached Inf,
so ``nan_loss`` was added; the quantiles' divergence and the oyster run at LR 1e-10 held every
test prediction in one class, so ``predictions_collapsed`` (and there ``at_chance``, 0.2533
against the majority share 0.27) went to expected; the horseshoe CNN with N(0, 0.01) init under
Adagrad at LR 0.01 fell from the first epoch (1.381, 1.329, 1.254) and N(0, 0.001) (kept) did
too (1.378, 1.276, 1.178), slowly to the end (accuracy 0.6433 still rising, the validation loss
lowest at the end), so it was relabelled ``not_converged`` with ``slow_start`` only allowed; the
sorted run and the batch-1 run still fell at the end with the validation loss improving, so
``not_converged`` was added to both; the 40-row Friedman regression's validation loss did not
clearly rise, so ``overfitting`` went to allowed; Trainer's stuck iris (0.6667) and the loop's
stuck moons (0.5932) scored more than 0.05 above their chance level, so ``at_chance`` was dropped
from them; TensorBoard's 6 rows of iris reached 0.9 (a gap of 0.1, the validation loss flat
after epoch 50), so 20 rows of digits were used instead (0.571, kept). Healthy settings changed:
Lightning's wine under RAdam at LR 2e-3 still fell 5.6% over the last epoch with its validation
loss falling (0.089 to 0.073, accuracy 0.9722), so LR 5e-3 was used (accuracy 1.0).


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

# a horseshoe in a 5x5 cell: its two arms down the outer columns, bending in over the bottom
# two rows; turned by 90 degrees at a time for the others
_HORSESHOE_UP = np.array([[1, 0, 0, 0, 1],
                          [1, 0, 0, 0, 1],
                          [1, 0, 0, 0, 1],
                          [1, 1, 0, 1, 1],
                          [0, 1, 1, 1, 0]], dtype=float)
_HORSESHOES = turned(_HORSESHOE_UP)


def horseshoes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
               seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 horseshoe glyph at a random place (4 classes: the horseshoe turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_HORSESHOES, n, size, noise, flip, seed)


def _oyster_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An oyster farm's grading line state (0 idle, 1 tumbling, 2 grading, 3 bagging) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    drum_rpm = np.array([0.0, 32.0, 8.0, 2.0])[cls] + rng.normal(0, 3.0, n)
    spray_lpm = np.array([0.0, 60.0, 25.0, 5.0])[cls] + rng.normal(0, 6.0, n)
    belt_mps = np.array([0.0, 0.1, 0.9, 0.4])[cls] + rng.normal(0, 0.08, n)
    bag_scale_kg = np.array([0.0, 0.0, 3.0, 18.0])[cls] + rng.normal(0, 2.0, n)
    sorter_gate = (cls == 2) ^ (rng.random(n) < 0.04)
    water_c = rng.uniform(6.0, 20.0, n)
    tide_m = rng.uniform(-1.0, 3.5, n)
    return (["drum_rpm", "spray_lpm", "belt_mps", "bag_scale_kg", "sorter_gate", "water_c",
             "tide_m", "state"],
            np.column_stack([drum_rpm, spray_lpm, belt_mps, bag_scale_kg,
                             sorter_gate.astype(float), water_c, tide_m, cls]))


def _snorkel_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A snorkel-tour operator's guests a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    boats_out = rng.integers(1, 7, n).astype(float)
    cruise_ship = rng.integers(0, 2, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    wave_m = rng.uniform(0.2, 2.5, n)
    visibility_m = rng.uniform(3, 30, n)
    turtle_season = rng.integers(0, 2, n).astype(float)
    guests = (40 + 28.0 * boats_out + 95.0 * cruise_ship + 60.0 * holiday - 30.0 * wave_m
              + 2.5 * visibility_m + 30.0 * turtle_season + 25.0 * (weekday >= 5)
              + rng.normal(0, 12.0, n))
    return (["weekday", "boats_out", "cruise_ship", "holiday", "wave_m", "visibility_m",
             "turtle_season", "guests"],
            np.column_stack([weekday, boats_out, cruise_ship, holiday, wave_m, visibility_m,
                             turtle_season, guests]))


def _oys(**sections: Any) -> Any:
    return _csv("oyster_grading_line_state_h107", _oyster_csv, "state", "classification", 1071,
                **sections)


def _snork(**sections: Any) -> Any:
    return _csv("snorkel_tour_daily_guests_h107", _snorkel_csv, "guests", "regression", 1072,
                **sections)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain RMSprop."""
    return _s(data, optim="rmsprop", **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _w(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


def _x(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM = {"momentum": 0.6}
NEST = {"momentum": 0.95, "nesterov": True}
RMOM = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout107"
HS4 = _factory(f"{HERE}:horseshoes", seed=1070)
GQ5191 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=191,
                  n_classes=5, random_state=1073)
CL194 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=194,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1074)
FR197 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=197, noise=0.9,
                 random_state=1075)
HCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h107_divergence_snorkel_sgd_elu", "the snorkel-tour CSV (targets unscaled, in the "
         "hundreds), 38-unit ELU MLP, plain SGD at LR 0.05, batch 31",
         _snork(model={"hidden": [38], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.05},
                train={"epochs": 3, "batch_size": 31}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 6.6e4 to Inf within five steps (update "
                      "ratios up to 1.7e9, gradient norms up to 7.8e15)"),
         verdict="failed"),
    Case("h107_divergence_gq5191_rmsprop_momentum_lr10_sigmoid", "54x27 sigmoid MLP on the "
         "5-class quantiles in 191 dimensions, RMSprop with momentum 0.5 at LR 10, batch 35",
         {"data": GQ5191, "model": {"hidden": [54, 27], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 10.0, **RMOM},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(BLOWUP + "; the step loss from 1.65 up to 2010, the epoch loss 330, 149 and "
                      "128, never NaN; both sigmoid layers saturated (0.9988 and 1.0) by the "
                      "blow-up; with three epochs the step loss's position in the epoch explains "
                      "43% of its variance by chance"),
         verdict="failed"),
    Case("h107_exploding_cl194_10x23_relu_std1_adagrad", "10x23 ReLU MLP with N(0, 1) init on "
         "the 194-feature set, Adagrad at LR 1e-14, batch 41",
         {"data": CL194, "model": {"hidden": [23] * 10, "activation": "relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 1.957e6 at every epoch); the tiny "
                      "steps do not move the wide weights (update ratios logged 0); up to 22% of "
                      "a layer's ReLU units logged dead; 74% of the test predictions in one class "
                      "(under 90%); with three epochs the step loss's position in the epoch "
                      "explains 61% of its variance by chance"),
         verdict="failed"),
    Case("h107_dead_relu_horseshoe_cnn_momentum_lr1", "the horseshoe CNN (6, 13 channels, 19 "
         "hidden), SGD with momentum 0.6 at LR 1, batch 26",
         {"data": HS4, "model": HCNN,
          "optim": {"name": "sgd", "lr": 1.0, **MOM},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.37 (near ln 4) up to 4.7e21, the epoch "
                      "loss 1.89, 1.4e20 and 1.40; update ratios up to 4e11 in single steps; with "
                      "three epochs the step loss's position in the epoch explains half its "
                      "variance by chance"),
         verdict="failed"),
    Case("h107_update_ratio_high_oyster_adam_relu", "Adam at LR 0.4 on the oyster-grading CSV, "
         "45 ReLU units, batch 23, 8 epochs",
         _oys(model={"hidden": [45]},
              optim={"name": "adam", "lr": 0.4},
              train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss up to 3.96 (from 1.41); it swings 12.7 "
                      "times its mean over the second half about a floor of 0, but accuracy is "
                      "1.0 (training 1.0) with the validation loss at 0 from the second epoch"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h107_adadelta_lr1e10_fr197_elu", "the 197-feature Friedman regression, 46x23 ELU "
         "MLP, Adadelta at LR 1e-10, batch 37, 4 epochs",
         {"data": FR197, "model": {"hidden": [46, 23], "activation": "elu"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -7.82, far below the baseline (0.6718) and the healthy runs (0.655 and "
                      "up); the epoch loss 229.4 at every epoch; with four epochs the step loss's "
                      "position in the epoch explains 44% of its variance by chance"),
         verdict=TP),
    Case("h107_momentum_lr1e10_oyster_sigmoid", "the oyster-grading CSV, 37x18 sigmoid MLP, SGD "
         "with momentum 0.6 at LR 1e-10, batch 25, 4 epochs",
         _oys(model={"hidden": [37, 18], "activation": "sigmoid"},
              optim={"name": "sgd", "lr": 1e-10, **MOM},
              train={"epochs": 4, "batch_size": 25}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.387 at every epoch; with four epochs the step loss's "
                      "position in the epoch explains 48% of its variance by chance"),
         verdict=TP),
    Case("h107_vanishing_sigmoid_cl194_20x15_adadelta", "20x15 sigmoid MLP on the 194-feature "
         "set, Adadelta at LR 1, batch 45, 4 epochs",
         {"data": CL194, "model": {"hidden": [15] * 20, "activation": "sigmoid"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 4, "batch_size": 45}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers barely move (update ratios 0 in the first ten), a side "
                      "effect of the vanishing gradients; the epoch loss 1.616 to 1.612 (ln 5 is "
                      "1.609), 0.3% down; with four epochs the step loss's position in the epoch "
                      "explains 67% of its variance by chance"),
         verdict=TP),
    Case("h107_saturated_sigmoid_gq5191_std5_sgd", "2x46 sigmoid MLP with N(0, 5) init on the "
         "5-class quantiles, plain SGD at LR 1e-9, batch 31",
         {"data": GQ5191, "model": {"hidden": [46, 46], "activation": "sigmoid",
                                    "init": "normal", "init_std": 5.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (quarter means at most 3.4e-13); the loss far above ln 5 from "
                      "the start (the epoch loss 34.38 at every epoch); 82% of the test "
                      "predictions in one class (under 90%); with four epochs the step loss's "
                      "position in the epoch explains 47% of its variance by chance"),
         verdict=TP),
    Case("h107_tiny_init_horseshoe_cnn_adagrad_std0001", "the horseshoe CNN with N(0, 0.001) "
         "init, Adagrad at LR 0.01, batch 29, 20 epochs (meant as a slow start; the loss fell "
         "from the first epoch, slowly, to the end)",
         {"data": HS4, "model": {**HCNN, "init": "normal", "init_std": 0.001},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 20, "batch_size": 29}},
         expect=("not_converged",),
         allow=("slow_start", "underfitting", "dead_relu", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "update_ratio_high"),
         why_allowed=("meant as a slow start, but the loss falls from the first epoch (1.378, "
                      "1.276, 1.178); accuracy 0.6433 (the baseline 0.9533) still rising; up to "
                      "46% of the second convolution's channels and 68% of the dense units dead; "
                      "single update ratios up to 9.2 in the first steps"),
         verdict=TP),
    Case("h107_unshuffled_cl194_momentum_relu", "the 194-feature set sorted by label, never "
         "shuffled, 50x25 ReLU MLP, SGD with momentum 0.6 at LR 5e-3, batch 38, 8 epochs",
         {"data": {**CL194, "order": "by_label", "shuffle": False},
          "model": {"hidden": [50, 25]},
          "optim": {"name": "sgd", "lr": 5e-3, **MOM},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("each class's stretch throws the step loss about while the epoch loss falls "
                      "slowly (1.635 to 1.551); accuracy 0.4795 (training 0.5273), far below the "
                      "healthy runs (0.9023 and up) as the sorted run at this small step has not "
                      "caught up"),
         verdict=TP),
    Case("h107_mse_softmax_oyster_rmsprop_momentum_elu", "the oyster-grading CSV trained with "
         "square error on the softmax, RMSprop with momentum 0.5 at LR 1e-3, 34x17 ELU MLP, "
         "batch 26, 10 epochs",
         _oys(model={"hidden": [34, 17], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, **RMOM},
              train={"loss": "mse", "epochs": 10, "batch_size": 26}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "not_converged", "overfitting", "update_ratio_low"),
         why_allowed=("the epoch loss still falls 23% over the last epoch and the validation loss "
                      "is lowest at the end, but accuracy is 1.0 from the first epoch (training "
                      "1.0), so more epochs cannot help the held-out result"),
         verdict=TP),
    Case("h107_noisy_cl194_b1_adagrad_relu", "the 194-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.01, 31-unit ReLU MLP, 4 epochs",
         {"data": CL194, "model": {"hidden": [31]},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("overfitting", "divergence", "unshuffled_data", "dead_relu"),
         why_allowed=("single rows throw the steps about (the step loss up to 5.15, above its "
                      "first step 2.09)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h107_overfit_cl194_subset48_adamw_elu", "48 rows of the 194-feature set, ELU MLP of "
         "200 and 100 units, AdamW at LR 1e-3, 50 epochs, batch 6",
         {"data": {**CL194, "subset": 48},
          "model": {"hidden": [200, 100], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 50, "batch_size": 6}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("48 rows teach less than every row: accuracy 0.6432 (the healthy runs "
                      "0.9023 and up); the epoch loss, near 0 (5.3e-4), falls 3.5% over the last "
                      "epoch"),
         verdict=GP),
    Case("h107_gap_fr197_subset40_rmsprop_tanh", "40 rows of the 197-feature Friedman "
         "regression, tanh MLP of 170 and 85 units, RMSprop at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR197, "subset": 40},
          "model": {"hidden": [170, 85], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss",
                "saturated_activation"),
         why_allowed=("40 rows teach less (R2 -0.74, the healthy runs 0.655 and up); the "
                      "validation loss is lowest at epoch 74 of 80 (44.8) and 1.4% above it at "
                      "the end, flat, so it does not clearly rise; the epoch loss jumps about its "
                      "floor (0.50 to 0.75 over the last epochs), the step loss swings 1.48 times "
                      "its mean; up to 25% of the second layer's tanh units saturated"),
         verdict=GP),
    Case("h107_underfit_cl194_one_sigmoid_unit_adam", "the 194-feature set through 1 sigmoid "
         "unit, Adam at LR 0.01, batch 36, 15 epochs",
         {"data": CL194, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "saturated_activation"),
         why_allowed=("the one unit's update ratios (quarter means up to 0.027) are inside the "
                      "healthy range; the validation loss lowest at the end but flat over the "
                      "last five epochs (1.194 to 1.205); the one sigmoid unit saturated on up to "
                      "71% of the rows"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h107_lightning_moons_radam_lr1e20_nan", "Lightning: moons (600 points, noise 0.2), "
         "RAdam at LR 1e20, 340 units, batch 19, 3 epochs",
         script=lightning_run(_ra("moons", hidden=(340,), lr=1e20, epochs=3, batch_size=19,
                                  n=600, noise=0.2)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h107_lightning_digits_rmsprop_lr1e10_stuck", "Lightning: digits, plain RMSprop at LR "
         "1e-10, 341 units, batch 25, 3 epochs",
         script=lightning_run(_rp("digits", hidden=(341,), lr=1e-10, epochs=3, batch_size=25)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.271 at every epoch; the untrained net scores 0.1337 (the "
                      "majority share 0.1003); with three epochs the step loss's position in the "
                      "epoch explains 41% of its variance by chance"),
         verdict=TP),
    Case("h107_hf_trainer_digits_nadam_lr1e20_nan", "Hugging Face Trainer names: digits, NAdam "
         "at LR 1e20 (decaying linearly), 342 units, batch 16, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_na("digits", hidden=(342,), lr=1e20, epochs=3, batch_size=16),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h107_hf_trainer_iris_radam_lr1e10_stuck", "Hugging Face Trainer names: iris, RAdam at "
         "LR 1e-10 (decaying linearly), 343 units, batch 7, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ra("iris", hidden=(343,), lr=1e-10, epochs=3, batch_size=7),
                               logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 0.9603; the untrained net scores 0.6667, 0.33 "
                      "above 1/3, so not at chance; the logged loss (means of two steps) swings "
                      "about it"),
         verdict=TP),
    Case("h107_keras_iris_rmsprop_lr1e20_nan", "Keras names: iris, plain RMSprop at LR 1e20, "
         "344 units, batch 6, 3 epochs",
         script=keras_run(_rp("iris", hidden=(344,), lr=1e20, epochs=3, batch_size=6)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h107_keras_moons_subset6_nadam_gap", "Keras names: 6 rows of moons (600 points, noise "
         "0.25), 345 units, NAdam at LR 1e-3, 100 epochs, batch 2",
         script=keras_run(_na("moons", hidden=(345,), lr=1e-3, epochs=100, batch_size=2,
                              subset=6, n=600, noise=0.25)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("6 rows teach less than all of them (validation accuracy 0.8667, training "
                      "1.0); the epoch loss is near 0 (0.028) and still falls"),
         verdict=GP),
    Case("h107_tensorboard_digits_radam_lr1e20_nan", "TensorBoard tags: digits, RAdam at LR "
         "1e20, 346 units, batch 22, 3 epochs",
         script=tensorboard_run(_ra("digits", hidden=(346,), lr=1e20, epochs=3, batch_size=22)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h107_tensorboard_digits_subset20_rmsprop_gap", "TensorBoard tags: 20 rows of digits, "
         "347 units, plain RMSprop at LR 1e-3, 100 epochs, batch 2",
         script=tensorboard_run(_rp("digits", hidden=(347,), lr=1e-3, epochs=100, batch_size=2,
                                    subset=20)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less than all of them (validation accuracy 0.571, training "
                      "1.0); the epoch loss is near 0 and still falls"),
         verdict=GP),
    Case("h107_plain_corrupt_record_sine_radam", "hand-written loop: sine regression with noise "
         "0.15 (640 points), RAdam at LR 2e-3, 348 units, batch 19, a corrupt record (x = 1e30) "
         "at step 21 makes the loss Inf",
         script=plain_run(_ra("sine", hidden=(348,), lr=2e-3, epochs=3, batch_size=19, n=640,
                              noise=0.15), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=21),
    Case("h107_plain_moons_nadam_lr1e10_stuck", "hand-written loop: moons (590 points, noise "
         "0.15), NAdam at LR 1e-10, 349 units, batch 21, 4 epochs",
         script=plain_run(_na("moons", hidden=(349,), lr=1e-10, epochs=4, batch_size=21, n=590,
                              noise=0.15)),
         tool="pytorch", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.663; the untrained net scores 0.5932, 0.093 "
                      "above the majority share 0.5 (under 0.1, not within 0.05); with four "
                      "epochs the step loss's position in the epoch explains 58% of its variance "
                      "by chance"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy107_oyster_relu_adam_b21",
       _oys(model={"hidden": [48]},
            optim={"lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 21})),
    _h("healthy107_oyster_tanh_adamw_b28",
       _oys(model={"hidden": [43], "activation": "tanh"},
            optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 28})),
    _h("healthy107_oyster_elu_rmsprop_b18",
       _oys(model={"hidden": [51], "activation": "elu"},
            optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 18})),
    _h("healthy107_oyster_sigmoid_adagrad_b32",
       _oys(model={"hidden": [46], "activation": "sigmoid"},
            optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 32})),
    _h("healthy107_oyster_leaky_adadelta_b25",
       _oys(model={"hidden": [40], "activation": "leaky_relu"},
            optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 25})),
    _h("healthy107_oyster_relu_momentum_b16",
       _oys(model={"hidden": [38]},
            optim={"name": "sgd", "lr": 0.03, **MOM, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 16})),
    _h("healthy107_oyster_tanh_nesterov_b29",
       _oys(model={"hidden": [35], "activation": "tanh"},
            optim={"name": "sgd", "lr": 5e-3, **NEST, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 29})),
    _h("healthy107_oyster_elu_rmsprop_momentum_b33",
       _oys(model={"hidden": [52], "activation": "elu"},
            optim={"name": "rmsprop", "lr": 5e-4, **RMOM, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 33})),
    _h("healthy107_fr197_tanh_adam_b26",
       {"data": FR197, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy107_fr197_elu_adadelta_b29",
       {"data": FR197, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy107_fr197_sigmoid_adamw_b22",
       {"data": FR197, "model": {"hidden": [67], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy107_fr197_tanh_rmsprop_momentum_b33",
       {"data": FR197, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, **RMOM, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 33}}),
    _h("healthy107_cl194_relu_rmsprop_b30",
       {"data": CL194, "model": {"hidden": [68]},
        "optim": {"name": "rmsprop", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy107_cl194_tanh_momentum_b27",
       {"data": CL194, "model": {"hidden": [64], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy107_cl194_elu_adamw_b34",
       {"data": CL194, "model": {"hidden": [60], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy107_cl194_leaky_adagrad_b24",
       {"data": CL194, "model": {"hidden": [72], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy107_tensorboard_wine_adamax",
        tensorboard_run(_x("wine", hidden=(342,), lr=2e-3, epochs=30, batch_size=11)),
        "tensorboard"),
    _hs("healthy107_tensorboard_circles_radam",
        tensorboard_run(_ra("circles", hidden=(345,), lr=2e-3, epochs=30, batch_size=21, n=580,
                            noise=0.1)), "tensorboard"),
    _hs("healthy107_tensorboard_sine_adamw",
        tensorboard_run(_w("sine", hidden=(348,), lr=2e-3, epochs=40, batch_size=22, n=600,
                           noise=0.2)), "tensorboard"),
    _hs("healthy107_hf_trainer_iris_nadam",
        hf_trainer_run(_na("iris", hidden=(341,), lr=2e-3, epochs=40, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy107_hf_trainer_digits_adamw",
        hf_trainer_run(_w("digits", hidden=(344,), lr=1e-3, epochs=15, batch_size=26),
                       logging_steps=2), "transformers"),
    _hs("healthy107_hf_trainer_sine_adam",
        hf_trainer_run(_a("sine", hidden=(347,), lr=3e-3, epochs=30, batch_size=20, n=600,
                          noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy107_keras_moons_radam",
        keras_run(_ra("moons", hidden=(340,), lr=3e-3, epochs=30, batch_size=23, n=600,
                      noise=0.2)), "keras"),
    _hs("healthy107_keras_wine_nadam",
        keras_run(_na("wine", hidden=(343,), lr=2e-3, epochs=30, batch_size=9)), "keras"),
    _hs("healthy107_keras_digits_adamax",
        keras_run(_x("digits", hidden=(346,), lr=2e-3, epochs=15, batch_size=32)), "keras"),
    _hs("healthy107_lightning_circles_adamw",
        lightning_run(_w("circles", hidden=(349,), lr=2e-3, epochs=30, batch_size=25, n=600,
                         noise=0.1)), "lightning"),
    _hs("healthy107_lightning_wine_radam",
        lightning_run(_ra("wine", hidden=(340,), lr=5e-3, epochs=30, batch_size=14)),
        "lightning"),
    _hs("healthy107_plain_moons_adamw",
        plain_run(_w("moons", hidden=(343,), lr=2e-3, epochs=30, batch_size=22, n=590,
                     noise=0.2)), "pytorch"),
    _hs("healthy107_plain_iris_nadam",
        plain_run(_na("iris", hidden=(346,), lr=1e-3, epochs=40, batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
