"""The sixty-fifth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout64`, after :mod:`.heldout62`'s and :mod:`.heldout63`'s
measurement and before either new part was measured, by someone who saw no diagnosis of its runs.
Every case differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to
:mod:`.heldout63` in its combination of data set (new here: a 10x10 image set of a quaver (an
eighth note: a stem with a filled head at its foot and a tail off its top in a 5x5 cell, turned by
0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels; 13-class
Gaussian quantiles in 5 dimensions (5200 samples); a 65-feature 4-class set (2600 samples, 24
informative, 6 redundant, class separation 2.0); a 57-feature Friedman-1 regression (2000 samples,
noise 0.7); a gym treadmill's state CSV (idle, walking, running, incline climb: 4 classes from 7
readings) and a juice bar's daily smoothies-sold regression CSV (in the hundreds), besides the
script tools' shipped sets with new settings: iris, wine, breast cancer, digits and the sine with
noise 0.25), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN), optimiser (Adam, AdamW, RMSprop, Adagrad, SGD with and without momentum), batch
size, learning rate, schedule (cosine, constant), initialisation (default, normal) or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer with logging every 2 steps, Keras and
TensorBoard names, a hand-written loop). The fault cases pair a mechanism with another optimiser,
model, data set or tool than :mod:`.heldout60` to :mod:`.heldout63` did (divergence under SGD with
momentum in an ELU net on the unscaled smoothie sales, divergence under AdamW at LR 30 in an ELU
net on the 13-class quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init under
RMSprop on the 65-feature set, units killed by AdamW at LR 3 in the quaver CNN, a high update ratio
from RMSprop at LR 0.5 in a tanh net, a tiny learning rate under plain SGD on the Friedman
regression and under Adam on the treadmill CSV, vanishing gradients under SGD with momentum in a
20-layer sigmoid net on the Friedman regression, saturation under Adagrad in a tanh net with N(0,
5) init on the 65-feature set, a slow start of the quaver CNN under plain SGD (the one repeated
mechanism-optimiser pair, on a new image set), the unshuffled quantiles under RMSprop in a ReLU
net, square error with Adagrad on the treadmill CSV, the treadmill CSV one row at a time under
plain SGD at LR 0.3 (a noisy loss), an overfit 80-row 65-feature set under Adam and a 45-row
Friedman regression under AdamW, an underfit 1-unit tanh net under Adagrad on the quantiles,
Lightning's NaN on breast cancer under SGD with momentum and its 30 rows of digits under RMSprop,
Trainer's NaN on digits under plain SGD and its stuck wine under RMSprop, Keras' NaN on iris under
SGD with momentum and its 40 rows of digits under Adagrad, TensorBoard's batch-1 digits blown up to
NaN under plain SGD and its 1-unit digits under Adagrad, the hand-written loop's corrupt record on
the sine under RMSprop and its stuck digits under plain SGD at LR 1e-10), and the cases are spread
over the tools (sixteen runner faults; two faults for each of Lightning, Trainer, Keras,
TensorBoard and the hand-written loop) and the fault classes (five runner runs broken (two
divergences that never turn NaN, exploding gradients, dead units that end a blow-up, a high update
ratio that ends diverged) and five scripts (Lightning's, Trainer's, Keras' and TensorBoard's NaN,
the loop's Inf); ``not_training`` expected in four runner runs and two scripts;
``predictions_collapsed`` in four runner runs; ``at_chance`` in seven runner runs and four scripts;
one overfit runner run and one overfit script with a generalisation gap, and one runner run and one
script with a gap alone; four runner regressions among the faults; ``noisy_loss`` expected in one
runner run and ``not_converged`` in one), and the healthy runner runs over three data sets (the
treadmill CSV, the Friedman regression and the 65-feature set), and the healthy scripts on wine and
breast cancer (Trainer), wine (TensorBoard), iris and breast cancer (Keras), breast cancer
(Lightning) and iris and wine (the hand-written loop).

Each case is labelled with what the lectures call the fault that was injected; a case was trained
only to check that its fault is real, from the run's metrics (the training loss's start, end and
maximum, the step loss's per-epoch means, the validation loss's minimum and end and where the
minimum is, the step loss's step-to-step swing, final train and validation accuracy or R2 and
``baseline/val_*``, per-layer gradient norms and update ratios, dead-unit and saturation fractions,
and for the runner cases the test confusion matrix in ``confusion_matrix.json``), never from its
findings: the runner cases were trained with ``diagnose.enabled`` false and the scripts only
logged, so no diagnosis was made. The runs were read at seed 0, the seed
``benchmarks/diagnosis.py`` gives every case by default and every case's own (no case sets one); no
other seed was checked. Every run was trained once with its final setting.

Label policy (as in :mod:`.heldout15`, :mod:`.heldout47` and :mod:`.heldout62`): the state a run
ends in is *expected* where its metrics show it, the mechanisms on the way are *allowed* with their
reason (``why_allowed``). ``at_chance`` is expected when the final validation accuracy is within
0.05 of the better of 1/K and the majority-class share (allowed up to 0.1 above it, and when it is
far below it); ``predictions_collapsed`` when at least 90% of the test predictions fall in one
class (allowed from 60%), read from the run's confusion matrix. Runs logged by other tools have no
confusion matrix, so there ``predictions_collapsed`` is never expected. ``overfitting`` is expected
when the validation loss clearly rises after its minimum while the training loss falls;
``generalisation_gap`` when the training score ends ~1 and the validation score at least 0.1 lower
(accuracy, or R2 on a regression); ``divergence`` when the training loss explodes or ends clearly
above its start; ``nan_loss`` when a loss becomes NaN/Inf; ``unshuffled_data`` when the step loss
repeats one pattern every epoch; ``not_converged`` when the loss still clearly falls at the end (it
counts at severity info); ``underfitting`` when both scores are clearly below what a healthy run of
this part on the same data reaches (or the run's baseline, where no healthy run is in the part) and
the loss has flattened; ``noisy_loss`` when the step loss swings far more from step to step than
any healthy run's; ``not_training`` is expected or allowed wherever the training loss falls by less
than 5% over the run. A fault whose first setting came out weak was made stronger, relabelled from
its metrics or dropped (below), never kept as expected. The mechanism codes (``update_ratio_high``,
``update_ratio_low``, ``exploding_gradients``, ``vanishing_gradients``, ``dead_relu``,
``saturated_activation``) are expected only where the logged metric is clearly outside the range
every healthy run of this part shows, and allowed (with the reason) where the mechanism is real but
the metric sits inside it or is a side effect of a blow-up or of the fault. The classes of the
runner sets are balanced (stratified splits): the majority share is 0.077 on the quantiles, 0.252
on the 65-feature set, 0.263 on the quaver images and 0.267 on the treadmill CSV (read from the
test confusion matrices' rows).

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0158 (the
output layer of the ELU MLP with Adagrad on the treadmill CSV), single steps at most 0.301 (the
same layer); the expected ``update_ratio_high`` run reaches a quarter mean of 0.669 (its output
layer), 42 times the healthy extreme, with single steps up to 70.2, 233 times the healthy one; the
expected ``update_ratio_low`` runs sit at 2.9e-10 to 3.5e-8 (plain SGD at LR 1e-9 on the Friedman
regression) and 0 to 1.5e-10 (Adam at LR 1e-10 on the treadmill CSV). Dead-unit fraction 0 at any
time in every kept healthy ReLU, leaky-ReLU and ELU run; the expected ``dead_relu`` run holds 0.67
in the quaver CNN's dense layer and 0.625 after its second convolution once AdamW at LR 3 blows it
up. The saturated fraction per layer is at most 0.031 in the healthy tanh and sigmoid runs (the
tanh MLP with RMSprop on the treadmill CSV); the expected ``saturated_activation`` run holds 0.954
and 0.945 in its two layers throughout. The exploding run's gradient norms sit at 4.4e5-3.3e6 with
its epoch loss at 2.82e6 from the first epoch and never NaN (the healthy runs' largest single norm
136: the first layer of the tanh MLP with Adam on the Friedman regression); the vanishing run's
first two layers at 8e-17 to 4e-14 against up to 61 at the output, its first eight layers' update
ratio 0. The step-loss position in the epoch explains 94% of the within-epoch variance over the
second half in the sorted quantiles (the healthy runner runs at most 20%: the ReLU MLP with AdamW
on the treadmill CSV; the sorted run's validation accuracy 0.077-0.086, 1/13 being 0.077). The
standard deviation of the step loss's step-to-step change over the second half of a run is at most
0.85 times its mean in the kept healthy runner runs (the ReLU MLP with Adam on the 65-feature set)
and at most 1.97 in the healthy scripts (Lightning's breast cancer). Healthy runs reach a
validation score close to what the data allow (accuracy 0.9967-1.0 on the treadmill CSV, where the
run's ``baseline/val_accuracy`` is 1.0; 0.9288-0.9385 on the 65-feature set, where the baseline is
0.9096; R2 0.7316-0.7377 on the Friedman regression, where the baseline is 0.7216; for the scripts
1.0 (Trainer's, TensorBoard's and the loop's wine), 0.9667 (Keras' and the loop's iris), 0.9649
(Lightning's breast cancer), 0.9561 (Keras' breast cancer) and 0.9386 (Trainer's breast cancer));
their validation loss does not rise at the end (every kept healthy run's is lowest at its last
epoch or ends at most 0.06% above its minimum: Lightning's breast cancer, lowest at epoch 24 of
25), the training loss has flattened (the epoch loss falls at most 2.6% over the last epoch in the
runner runs, the tanh MLP with RMSprop on the treadmill CSV from 0.0062, and 3.2% in Keras' breast
cancer; the scripts' step-loss epoch means, noisier, fall at most 9.6% (Trainer's wine, 0.0267 to
0.0241) and 12% in Lightning's breast cancer (0.040 to 0.035), both near their floor with the
validation loss at or within 0.06% of its minimum at the end), no training score ends ~1 with the
validation score 0.1 lower (the largest accuracy gap: 0.046, the leaky-ReLU MLP with AdamW on the
65-feature set, training 0.975; the largest R2 gap: 0.076, the tanh MLP with AdamW on the Friedman
regression, training 0.8139), and they expect no finding of severity warning or worse.

Healthy candidates dropped (30 trained, 27 kept): on the Friedman regression the tanh MLP with
Adagrad (the validation loss lowest at epoch 11 of 30 and 0.50% above it at the end) and the ELU
MLP with Adam (R2 0.7117, below the baseline 0.7216, and up to 30% of its first layer's units
counted dead); on the 65-feature set the tanh MLP with Adagrad (the validation loss lowest at epoch
4 of 15 and 0.94% above it at the end, accuracy 0.9115). No healthy run on the quaver images, on
the quantiles, on the smoothie CSV, on the sine or on digits is in the part: their faults are read
against the run's own numbers and its baseline.

Labels read from the metrics: the smoothie divergence climbs from 1.5e5 to 1.8e308 in five steps
(the run ends FAILED at the float's edge), so ``divergence`` is expected and ``nan_loss`` only
allowed; AdamW at LR 30 on the quantiles blew up to an epoch loss of 8.3e5 and ended at 113 without
a NaN, accuracy 0.077 (1/13) with every test prediction in one class, so ``divergence``,
``at_chance`` and ``predictions_collapsed`` are expected; the exploding run ends at 0.2519 (the
majority share 0.252) with 98.5% of the test predictions in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``exploding_gradients`` and ``not_training``; the
quaver CNN under AdamW at LR 3 blows up to an epoch loss of 2.57e4 in its first epoch and then sits
at 1.53-1.70 (above ln 4), accuracy 0.2633 and every test prediction in one class, so
``divergence``, ``at_chance`` and ``predictions_collapsed`` are expected beside ``dead_relu``; the
high update ratio run ends with its epoch loss at 2.64 (first step 1.32), accuracy 0.825 with at
most 27% of the test predictions in one class, so ``divergence`` is expected beside
``update_ratio_high`` and its verdict is failed; Adam at LR 1e-10 on the treadmill CSV ends at 0.24
with every test prediction in one class (``at_chance`` and ``predictions_collapsed``), while the
saturated run (0.3019, within 0.05 of the majority share) spreads them (at most 27.5% in one
class), so there ``predictions_collapsed`` is only allowed; the vanishing run's epoch loss falls
from 43.75 to 24.01 in its first epoch (the output layer finds the mean) and then only to 23.92, R2
-0.01 against the baseline's 0.7216, so ``underfitting`` is expected beside ``vanishing_gradients``
and ``not_training`` only allowed; the 1-unit tanh net on the quantiles sits at ln 13 (2.613 to
2.565) with accuracy 0.1173 (1/13 is 0.077, the baseline 0.2298), so ``underfitting`` and
``at_chance`` are expected; the slow start of the quaver CNN (the epoch loss 1.386, 1.381, 1.377,
1.371, 1.358, 1.333, then 1.268 on to 0.299, accuracy 0.8867, the baseline 0.8467) falls 4.7% over
its last epoch, so ``not_converged`` is only allowed; the sorted quantiles end at 0.0769 with 69.7%
of the test predictions in one class, so ``at_chance`` is expected and ``predictions_collapsed``
only allowed beside ``unshuffled_data``; the square-error treadmill run's epoch loss falls about 7%
every epoch, the last one too (0.1785 to 0.0993; 0.1065 to 0.0993 over the last epoch) with
accuracy 0.9533, so ``not_converged`` is expected beside ``loss_mismatch`` and ``underfitting``
only allowed; the batch-1 treadmill run's step loss swings 6.4 times its mean step to step over the
second half (3.3 times the healthy scripts' 1.97, 7.5 times the healthy runner runs' 0.85) while
its accuracy is 1.0, so ``noisy_loss`` is expected; the 80 rows of the 65-feature set end at
validation 0.7865 (training 1.0) with the validation loss lowest at epoch 10 (0.5727) and 0.651 at
the end, so ``overfitting`` and ``generalisation_gap`` are expected; Keras' 40 rows of digits
(validation 0.7632, training 1.0, the validation loss lowest at epoch 5 (1.090) and 7.3% above it
at the end) expect both too; the 45-row Friedman regression (R2 0.2114, training 1.0, the
validation loss 0.1% above its minimum at the end) and Lightning's 30 rows of digits (validation
0.6462, training 1.0, the validation loss 3.0% above its minimum at the end) expect
``generalisation_gap`` alone. Lightning's NaN on breast cancer (the step loss up to 2.6e36, then
NaN) ends at 0.3684, the minority share, far below the majority's, so ``at_chance`` is only allowed
there; Trainer's NaN on digits (the logged loss 8649 up to 1.0e35, then NaN), Keras' NaN on iris
(every loss NaN) and TensorBoard's batch-1 digits (the step loss 2.31 up to 1.25e38, then NaN) end
at 0.1003, 0.3333 and 0.1003, so ``at_chance`` is expected, and ``divergence`` for all but Keras
(no finite loss there shows the blow-up); Trainer's stuck wine (RMSprop at LR 1e-10, the evaluation
loss 1.101 throughout) scores 0.3056, 0.083 below the majority share, so ``at_chance`` is only
allowed; the loop's stuck digits (plain SGD at LR 1e-10, the validation loss 2.341 and accuracy
0.0864 throughout) expect ``not_training`` and ``at_chance``; TensorBoard's 1-unit digits end at
0.2786 (training 0.2811) with the step loss's epoch mean falling 0.3% over the last epoch
(``underfitting``); the loop's corrupt record makes the loss Inf at step 17 (the loss from 0.73
down to 0.10-0.33 before it).

Faults changed: two scripts were relabelled or replaced after their one run, and one fault was
added. TensorBoard's batch-1 digits under plain SGD at LR 0.5 was written as a noisy loss, but the
loss blew up to NaN at step 191 of 2156 and stayed there, so it is kept, renamed, as a NaN case
(``nan_loss``, ``divergence``, ``at_chance``), and a runner run of the treadmill CSV at batch 1
under plain SGD at LR 0.3 was added (trained once) as the part's noisy loss. Keras' breast cancer
sorted by label under Adam was written as unshuffled data, but Keras names log only per-epoch
losses (no step loss shows a pattern within the epoch) and the run looked healthy (validation
0.9474), so it was dropped and replaced by Keras' 40 rows of digits under Adagrad (trained once).
The eight healthy scripts were first written with settings (width included) that earlier parts'
healthy scripts use, which the bank's checks refuse as copies; they were given new widths (21 to 35
units) and each trained once more, and only those runs are described here. The vanishing and the
1-unit runs were relabelled from their metrics as above (``underfitting`` expected,
``not_training`` only allowed in the vanishing run, ``at_chance`` added in the 1-unit run).


>>> faults = [c for c in CASES if not c.healthy]
>>> len(faults) >= 20 and sum(c.is_script for c in CASES if c.healthy) >= 6
True
>>> sum(c.is_script for c in faults) >= 8 and sum(c.healthy for c in CASES) >= 26
True
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 27)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 8)
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

# a quaver (an eighth note) in a 5x5 cell (a stem with a filled head at its foot and a tail off
# its top), turned by 90 degrees at a time for the other three directions
_QUAVER_UP = np.array([[0, 0, 1, 1, 0],
                       [0, 0, 1, 0, 1],
                       [0, 0, 1, 0, 0],
                       [1, 1, 1, 0, 0],
                       [1, 1, 1, 0, 0]], dtype=float)
_QUAVERS = turned(_QUAVER_UP)


def quavers(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 quaver glyph at a random place (4 classes: the quaver turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_QUAVERS, n, size, noise, flip, seed)


def _treadmill_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A gym treadmill's state (0 idle, 1 walking, 2 running, 3 incline climb) from 7
    readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    belt_kmh = np.array([0.0, 5.0, 11.0, 4.5])[cls] + rng.normal(0, 1.0, n)
    incline_pct = np.array([0.0, 1.0, 1.0, 9.0])[cls] + rng.normal(0, 1.2, n)
    motor_w = np.array([20.0, 600.0, 1400.0, 1100.0])[cls] + rng.normal(0, 120.0, n)
    heart_bpm = np.array([75.0, 105.0, 155.0, 140.0])[cls] + rng.normal(0, 12.0, n)
    deck_load_kg = np.array([0.0, 75.0, 75.0, 75.0])[cls] + rng.normal(0, 10.0, n)
    room_c = rng.uniform(16.0, 26.0, n)
    hours_used = rng.uniform(0.0, 5000.0, n)
    return (["belt_kmh", "incline_pct", "motor_watts", "heart_bpm", "deck_load_kg", "room_c",
             "hours_used", "state"],
            np.column_stack([belt_kmh, incline_pct, motor_w, heart_bpm, deck_load_kg, room_c,
                             hours_used, cls]))


def _smoothie_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A juice bar's smoothies sold a day from 6 readings."""
    n = 1100
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(0, 35, n)
    sunshine_h = rng.uniform(0, 12, n)
    promo = rng.integers(0, 2, n).astype(float)
    gym_class = rng.integers(0, 2, n).astype(float)
    footfall_k = rng.uniform(1.0, 9.0, n)
    cups = (120 + 6.0 * temp_c + 5.0 * sunshine_h + 70.0 * promo + 40.0 * gym_class
            + 18.0 * footfall_k + 35.0 * (weekday >= 5) + rng.normal(0, 14.0, n))
    return (["weekday", "temp_c", "sunshine_h", "promo_day", "gym_class_nearby",
             "street_footfall_k", "smoothies_sold"],
            np.column_stack([weekday, temp_c, sunshine_h, promo, gym_class, footfall_k, cups]))


def _treadmill(**sections: Any) -> Any:
    return _csv("treadmill_state", _treadmill_csv, "state", "classification", 651, **sections)


def _smoothie(**sections: Any) -> Any:
    return _csv("smoothie_daily_sales", _smoothie_csv, "smoothies_sold", "regression", 652,
                **sections)


HERE = "benchmarks.diagnosis_bank.heldout65"
QV4 = _factory(f"{HERE}:quavers")
GQ135 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=5200, n_features=5,
                 n_classes=13, random_state=653)
CL65 = _factory("sklearn.datasets:make_classification", n_samples=2600, n_features=65,
                n_informative=24, n_redundant=6, n_classes=4, class_sep=2.0, random_state=654)
FR57 = _factory("sklearn.datasets:make_friedman1", n_samples=2000, n_features=57, noise=0.7,
                random_state=655)
QCNN = {"kind": "cnn", "conv": [{"channels": 12}, {"channels": 16}], "hidden": [30]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h65_divergence_smoothie_momentum_elu", "the smoothie daily-sales CSV (targets "
         "unscaled, in the hundreds), 24-unit ELU MLP, SGD with momentum 0.9 at LR 0.05, "
         "batch 21",
         _smoothie(model={"hidden": [24], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.05, "momentum": 0.9},
                   train={"epochs": 3, "batch_size": 21}, diagnose=NOSTOP),
         expect=("divergence",), allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h65_divergence_gq135_adamw_lr30_elu", "100x50 ELU MLP on the 13-class quantiles in "
         "5 dimensions, AdamW at LR 30, batch 27",
         {"data": GQ135, "model": {"hidden": [100, 50], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "overfitting", "nan_loss"),
         why_allowed=(BLOWUP + "; the epoch loss 8.3e5 at the first epoch and 113 at the "
                               "last (first step near ln 13), never NaN; the second layer's "
                               "units all at their floor at the end"),
         verdict="failed"),
    Case("h65_exploding_cl65_10x24_relu_std1_rmsprop", "10x24 ReLU MLP with N(0, 1) init on "
         "the 65-feature set, RMSprop at LR 1e-12, batch 29",
         {"data": CL65, "model": {"hidden": [24] * 10, "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.82e6 at every epoch), far "
                      "above ln 4 from the first step; the tiny steps do not move the wide "
                      "weights (every update ratio 0 in float32); up to 12.5% of a layer's "
                      "units dead"),
         verdict="failed"),
    Case("h65_dead_relu_quaver_cnn_adamw_lr3", "the quaver CNN (12, 16 channels, 30 hidden), "
         "AdamW at LR 3, batch 21",
         {"data": QV4, "model": QCNN, "optim": {"name": "adamw", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 21}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the epoch loss 2.57e4 in the first epoch, then 1.695 and "
                               "1.53 (first step near ln 4); 67% of the dense units and 62.5% "
                               "of the second conv layer's dead at the end"),
         verdict="failed"),
    Case("h65_update_ratio_high_cl65_rmsprop_lr05", "RMSprop at LR 0.5 on the 65-feature set, "
         "56 tanh units, batch 31, 10 epochs",
         {"data": CL65, "model": {"hidden": [56], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 0.5}, "train": {"epochs": 10, "batch_size": 31}},
         expect=("update_ratio_high", "divergence"),
         allow=("noisy_loss", "underfitting", "overfitting", "generalisation_gap",
                "not_converged", "exploding_gradients", "unshuffled_data",
                "saturated_activation", "not_training", "at_chance"),
         why_allowed=("the big steps throw the tanh units to their ends (up to 98.6% "
                      "saturated) and the loss about: the epoch loss 13.25 at the first epoch "
                      "and 2.64 at the last (first step 1.32), accuracy 0.825 (training "
                      "0.868, the healthy runs 0.929-0.939)"),
         verdict="failed"),
    # ---------------------------------------------------------------- training stalls
    Case("h65_sgd_lr1e9_fr57", "the 57-feature Friedman regression, 48x24 leaky-ReLU MLP, "
         "plain SGD at LR 1e-9, batch 25, 4 epochs",
         {"data": FR57, "model": {"hidden": [48, 24], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 25}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="R2 -9.13, far below the baseline (0.7216) and the healthy runs",
         verdict=TP),
    Case("h65_adam_lr1e10_treadmill", "the treadmill CSV, 36x18 sigmoid MLP, Adam at LR "
         "1e-10, batch 23, 4 epochs",
         _treadmill(model={"hidden": [36, 18], "activation": "sigmoid"},
                    optim={"name": "adam", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 23}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "unshuffled_data", "noisy_loss"),
         why_allowed="the untrained net's accuracy (0.24) sits below the majority share (0.267)",
         verdict=TP),
    Case("h65_vanishing_sigmoid_fr57_20x16_momentum", "20x16 sigmoid MLP on the 57-feature "
         "Friedman regression, SGD with momentum 0.9 at LR 0.005, batch 27, 4 epochs",
         {"data": FR57, "model": {"hidden": [16] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.005, "momentum": 0.9},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "underfitting"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged"),
         why_allowed=("the first layers do not move at all, a side effect of the vanishing "
                      "gradients; the output layer finds the mean in the first epoch (the "
                      "epoch loss 43.75, then 24.01 to 23.92), then nothing more moves"),
         verdict=TP),
    Case("h65_saturated_tanh_cl65_std5_adagrad", "2x44 tanh MLP with N(0, 5) init on the "
         "65-feature set, Adagrad at LR 1e-9, batch 33",
         {"data": CL65, "model": {"hidden": [44, 44], "activation": "tanh", "init": "normal",
                                  "init_std": 5.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates; the loss far above ln 4 from the start (the epoch loss "
                      "28.38 at every epoch); 27.5% of the test predictions in one class"),
         verdict=TP),
    Case("h65_slow_start_quaver_cnn_sgd", "the quaver CNN, plain SGD at LR 0.03, batch 18, 20 "
         "epochs: the epoch loss lingers near ln 4 and then falls",
         {"data": QV4, "model": QCNN, "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 20, "batch_size": 18}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "overfitting", "dead_relu",
                "not_converged"),
         why_allowed=("no healthy quaver run is in the part; the epoch loss still falls 4.7% "
                      "over the last epoch and the validation loss ends 7% above its "
                      "minimum at epoch 19 (accuracy 0.8867, the baseline 0.8467); up to 27% "
                      "of the dense units dead early on"),
         verdict=TP),
    Case("h65_unshuffled_gq135_rmsprop_relu", "the 13-class quantiles sorted by label, never "
         "shuffled, 80x40 ReLU MLP, RMSprop at LR 1e-3, batch 37, 8 epochs",
         {"data": {**GQ135, "order": "by_label", "shuffle": False},
          "model": {"hidden": [80, 40]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "at_chance"),
         allow=("underfitting", "noisy_loss", "divergence", "not_converged", "not_training",
                "predictions_collapsed", "overfitting", "dead_relu"),
         why_allowed=(SORTED + "; 69.7% of the test predictions in one class; the validation "
                               "loss rises from 2.488 at epoch 4 to 2.624 while the sorted "
                               "step loss falls; up to 17.5% of the second layer's units "
                               "dead"),
         verdict=TP),
    Case("h65_mse_softmax_treadmill_adagrad", "the treadmill CSV trained with square error on "
         "the softmax, Adagrad at LR 2e-3, 32x16 ReLU MLP, batch 25, 10 epochs",
         _treadmill(model={"hidden": [32, 16]},
                    optim={"name": "adagrad", "lr": 2e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "underfitting", "slow_start", "overfitting"),
         why_allowed=("the tiny loss has its own scale; accuracy 0.9533 where the healthy "
                      "runs reach 0.9967-1.0"),
         verdict=TP),
    Case("h65_noisy_treadmill_b1_sgd", "the treadmill CSV one row at a time (batch 1), plain "
         "SGD at LR 0.3, 30-unit ReLU MLP, 3 epochs",
         _treadmill(model={"hidden": [30]}, optim={"name": "sgd", "lr": 0.3},
                    train={"epochs": 3, "batch_size": 1}, diagnose=NOSTOP),
         expect=("noisy_loss",),
         allow=("exploding_gradients", "update_ratio_high", "dead_relu", "overfitting",
                "not_converged", "underfitting", "divergence", "unshuffled_data"),
         why_allowed=("single rows with big steps throw the loss about (single update "
                      "ratios up to 0.85); the epoch loss, tiny, still falls (0.0316, "
                      "0.00059, 0.00036), accuracy 1.0"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h65_overfit_cl65_subset80_adam", "80 rows of the 65-feature set, MLP of 300 and 150 "
         "units, Adam at LR 1e-3, 80 epochs, batch 8",
         {"data": {**CL65, "subset": 80}, "model": {"hidden": [300, 150]},
          "optim": {"name": "adam", "lr": 1e-3}, "train": {"epochs": 80, "batch_size": 8}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("80 rows teach less than every row: accuracy 0.7865 (the run's "
                      "baseline 0.7308, the healthy runs 0.929-0.939)"),
         verdict=GP),
    Case("h65_gap_fr57_subset45_adamw", "45 rows of the 57-feature Friedman regression, "
         "MLP of 200 and 100 units, AdamW at LR 5e-4, 150 epochs, batch 9",
         {"data": {**FR57, "subset": 45}, "model": {"hidden": [200, 100]},
          "optim": {"name": "adamw", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 9}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("45 rows teach less (R2 0.2114, training 1.0); with the training loss "
                      "near 0 (1e-11) the gradients and updates die away"),
         verdict=GP),
    Case("h65_underfit_gq135_one_tanh_unit_adagrad", "the 13-class quantiles through 1 tanh "
         "unit, Adagrad at LR 0.05, batch 31, 15 epochs",
         {"data": GQ135, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 31}},
         expect=("underfitting", "at_chance"),
         allow=("not_converged", "noisy_loss", "saturated_activation", "not_training",
                "predictions_collapsed"),
         why_allowed=("one unit cannot part thirteen shells: the epoch loss sits at ln 13 "
                      "(2.613 to 2.565, a fall of 1.8%); 24.8% of the test predictions in "
                      "one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h65_lightning_cancer_momentum_lr300_nan", "Lightning: breast cancer, SGD with "
         "momentum 0.9 at LR 300, 20 units, batch 12, 4 epochs",
         script=lightning_run(_s("breast_cancer", hidden=(20,), optim="sgd", lr=300.0,
                                 epochs=4, batch_size=12, optim_args={"momentum": 0.9})),
         tool="lightning", expect=("nan_loss", "divergence"),
         allow=NAN_ALLOW,
         why_allowed=(BLOWUP + "; accuracy 0.3684, the minority share, far below the "
                               "majority's"),
         verdict="failed"),
    Case("h65_lightning_digits_subset30_rmsprop_gap", "Lightning: 30 rows of digits, 180 "
         "units, RMSprop at LR 5e-4, 90 epochs, batch 5",
         script=lightning_run(_s("digits", hidden=(180,), optim="rmsprop", lr=5e-4, epochs=90,
                                 batch_size=5, subset=30)),
         tool="lightning", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("30 rows of ten digits teach less than all of them: the validation "
                      "loss is lowest at epoch 50 (1.282) and ends 3.0% above it"),
         verdict=GP),
    Case("h65_hf_trainer_digits_sgd_lr500_nan", "Hugging Face Trainer names: digits, plain SGD "
         "at LR 500 (decaying linearly), 22 units, batch 12, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_s("digits", hidden=(22,), optim="sgd", lr=500.0, epochs=3,
                                  batch_size=12), logging_steps=2),
         tool="transformers", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h65_hf_trainer_wine_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "RMSprop at LR 1e-10 (decaying linearly), 15 units, batch 9, 6 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_s("wine", hidden=(15,), optim="rmsprop", lr=1e-10,
                                  epochs=6, batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start", "at_chance"),
         why_allowed=("the evaluation loss stays at 1.101 at every evaluation; the untrained "
                      "net scores 0.3056, 0.083 below the validation split's majority share "
                      "(no training score is logged)"),
         verdict=TP),
    Case("h65_keras_iris_momentum_lr500_nan", "Keras names: iris, SGD with momentum 0.9 at LR "
         "500, 17 units, batch 8, 4 epochs",
         script=keras_run(_s("iris", hidden=(17,), optim="sgd", lr=500.0, epochs=4,
                             batch_size=8, optim_args={"momentum": 0.9})),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=(BLOWUP + "; every epoch's loss is NaN, so no finite loss shows the "
                               "blow-up"),
         verdict="failed"),
    Case("h65_keras_digits_subset40_adagrad_gap", "Keras names: 40 rows of digits, 150 "
         "units, Adagrad at LR 0.05, 80 epochs, batch 5",
         script=keras_run(_s("digits", hidden=(150,), optim="adagrad", lr=0.05, epochs=80,
                             batch_size=5, subset=40)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed="40 rows of ten digits teach less than all of them (accuracy 0.7632)",
         verdict=GP),
    Case("h65_tensorboard_digits_b1_sgd_nan", "TensorBoard tags: digits, batch 1, plain SGD "
         "at LR 0.5, 24 units, 2 epochs: single samples with big steps blow the loss up to NaN",
         script=tensorboard_run(_s("digits", hidden=(24,), optim="sgd", lr=0.5,
                                   epochs=2, batch_size=1)),
         tool="tensorboard", expect=("nan_loss", "divergence", "at_chance"),
         allow=tuple(c for c in NAN_ALLOW if c != "at_chance"),
         why_allowed=(BLOWUP + "; the step loss from 2.31 up to 1.25e38, then NaN at 1966 of "
                               "2156 steps"),
         verdict="failed"),
    Case("h65_tensorboard_digits_one_unit_adagrad", "TensorBoard tags: digits through 1 ReLU "
         "unit, Adagrad at LR 0.05, batch 20, 20 epochs",
         script=tensorboard_run(_s("digits", hidden=(1,), optim="adagrad", lr=0.05,
                                   epochs=20, batch_size=20)),
         tool="tensorboard", expect=("underfitting",),
         allow=("not_converged", "slow_start", "noisy_loss", "at_chance", "dead_relu"),
         why_allowed=("one unit cannot part ten digits: validation accuracy 0.2786 "
                      "(training 0.2811); the step loss's epoch mean falls 0.3% over the "
                      "last epoch"),
         verdict=TP),
    Case("h65_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.25, RMSprop at LR 3e-3, 25 units, batch 16, a corrupt record (x = 1e30) at "
         "step 17 makes the loss Inf",
         script=plain_run(_s("sine", hidden=(25,), optim="rmsprop", lr=3e-3, epochs=3,
                             batch_size=16, n=900, noise=0.25), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf, far above its first step, at the corrupt record",
         verdict="failed", expect_step=17),
    Case("h65_plain_digits_sgd_lr1e10_stuck", "hand-written loop: digits, plain SGD at LR "
         "1e-10, 26 units, batch 16, 5 epochs",
         script=plain_run(_s("digits", hidden=(26,), optim="sgd", lr=1e-10, epochs=5,
                             batch_size=16)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=("underfitting", "unshuffled_data", "noisy_loss", "slow_start"),
         why_allowed="the step loss moves about its start (2.27 to 2.27)",
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy65_treadmill_relu_adam_b24",
       _treadmill(model={"hidden": [36]}, optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 24})),
    _h("healthy65_treadmill_tanh_rmsprop_b20",
       _treadmill(model={"hidden": [40], "activation": "tanh"},
                  optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 20})),
    _h("healthy65_treadmill_elu_adagrad_b22",
       _treadmill(model={"hidden": [38], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 22})),
    _h("healthy65_treadmill_leaky_adamw_b26",
       _treadmill(model={"hidden": [42], "activation": "leaky_relu"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 26})),
    _h("healthy65_treadmill_sigmoid_adam_b18",
       _treadmill(model={"hidden": [44], "activation": "sigmoid"},
                  optim={"lr": 3e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 18})),
    _h("healthy65_treadmill_tanh_adamw_b16",
       _treadmill(model={"hidden": [34], "activation": "tanh"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 16})),
    _h("healthy65_treadmill_relu_adamw_b28",
       _treadmill(model={"hidden": [40]},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 28})),
    _h("healthy65_treadmill_elu_adam_b30",
       _treadmill(model={"hidden": [46], "activation": "elu"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy65_fr57_tanh_adam_b26",
       {"data": FR57, "model": {"hidden": [54], "activation": "tanh"},
        "optim": {"lr": 2e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy65_fr57_sigmoid_adamw_b28",
       {"data": FR57, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy65_fr57_sigmoid_adam_b24",
       {"data": FR57, "model": {"hidden": [60], "activation": "sigmoid"},
        "optim": {"lr": 3e-3, "schedule": "cosine"}, "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy65_fr57_tanh_adamw_b22",
       {"data": FR57, "model": {"hidden": [50], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy65_cl65_relu_adam_b34",
       {"data": CL65, "model": {"hidden": [64]},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy65_cl65_relu_rmsprop_b28",
       {"data": CL65, "model": {"hidden": [62]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy65_cl65_leaky_adamw_b36",
       {"data": CL65, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _h("healthy65_cl65_leaky_adam_b32",
       {"data": CL65, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"}, "train": {"epochs": 15, "batch_size": 32}}),
    _h("healthy65_cl65_relu_adamw_b40",
       {"data": CL65, "model": {"hidden": [68]},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 40}}),
    _h("healthy65_cl65_leaky_rmsprop_b30",
       {"data": CL65, "model": {"hidden": [62], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy65_treadmill_leaky_rmsprop_b24",
       _treadmill(model={"hidden": [38], "activation": "leaky_relu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 24})),
    _hs("healthy65_hf_trainer_wine_adamw",
        hf_trainer_run(_s("wine", hidden=(23,), optim="adamw", lr=3e-3, epochs=40,
                          batch_size=10), logging_steps=2), "transformers"),
    _hs("healthy65_hf_trainer_cancer_adam",
        hf_trainer_run(_s("breast_cancer", hidden=(21,), optim="adam", lr=1e-3, epochs=20,
                          batch_size=14), logging_steps=2), "transformers"),
    _hs("healthy65_tensorboard_wine_adam",
        tensorboard_run(_s("wine", hidden=(25,), optim="adam", lr=3e-3, epochs=40,
                           batch_size=10)), "tensorboard"),
    _hs("healthy65_keras_iris_adam",
        keras_run(_s("iris", hidden=(27,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "keras"),
    _hs("healthy65_keras_cancer_adamw",
        keras_run(_s("breast_cancer", hidden=(29,), optim="adamw", lr=1e-3, epochs=25,
                     batch_size=16)), "keras"),
    _hs("healthy65_lightning_cancer_adam",
        lightning_run(_s("breast_cancer", hidden=(31,), optim="adam", lr=1e-3, epochs=25,
                         batch_size=16)), "lightning"),
    _hs("healthy65_plain_iris_adam",
        plain_run(_s("iris", hidden=(33,), optim="adam", lr=5e-3, epochs=40,
                     batch_size=10)), "pytorch"),
    _hs("healthy65_plain_wine_adam",
        plain_run(_s("wine", hidden=(35,), optim="adam", lr=3e-3, epochs=40,
                     batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
