"""The hundred-and-sixth held-out part of the diagnosis bank: fresh faults and healthy runs, unseen.

Written and labelled beside :mod:`.heldout107`, after :mod:`.heldout104` and :mod:`.heldout105`
and before either new part was measured, by someone who saw no diagnosis of its runs. Every case
differs from those of :mod:`.tuned`, :mod:`.healthy` and :mod:`.heldout` to :mod:`.heldout105` in
its combination of data set (new here: a 10x10 image set of a corkscrew (its handle along the top
row of a 5x5 cell, the shaft down the middle column with the worm winding left and right below
it, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random
labels (seed 1060); 5-class Gaussian quantiles in 182 dimensions (3400 samples); a 186-feature
5-class set (2200 samples, 32 informative, 10 redundant, class separation 2.7); a 189-feature
Friedman-1 regression (1800 samples, noise 0.9); a cidery's press-house state CSV (washing the
apples, milling, pressing, fermenting: 4 classes from 7 readings) and a tofu shop's daily blocks
regression CSV (in the hundreds), besides the script tools' shipped sets: wine, circles (560 to
600 points, noise 0.1 or 0.15), the sine (630 to 640 points, noise 0.2 to 0.3), moons, iris and
digits), model (MLPs of several widths, depths and activations (ReLU, ELU, leaky ReLU, tanh,
sigmoid), a CNN of 6 and 13 channels), optimiser (Adam, AdamW, RMSprop, RMSprop with momentum
0.5, Adagrad, Adadelta, plain SGD, SGD with momentum 0.9 or Nesterov momentum 0.8, and for the
script faults Adamax, Adagrad and SGD with plain momentum 0.95; Adam, AdamW, NAdam, RAdam and
RMSprop in healthy scripts), batch size, learning rate, schedule, initialisation or logging tool
(Lightning's ``MLFlowLogger``, Hugging Face Trainer logging every 2 steps, Keras and TensorBoard
names, a hand-written loop). The glyph's name, the two CSV themes and the feature counts (182,
186, 189) were checked against the bank's parts (the sibling left out) as unused. The CSV files
are written under their own names (``cidery_press_house_state_h106``,
``tofu_shop_daily_blocks_h106``) with seeds 1061 and 1062; the sklearn sets use random states
1063 to 1065. The fault cases pair a mechanism with another optimiser, model, data set or tool
than :mod:`.heldout102` to :mod:`.heldout105` did: divergence under plain SGD in an ELU net on
the unscaled tofu counts, divergence under Adagrad at LR 50 in a leaky-ReLU net on the quantiles,
exploding gradients in a 10-layer ELU net with N(0, 1) init under Adagrad, units killed by AdamW
at LR 8 in the corkscrew CNN, a high update ratio from Adam at LR 0.4 in an ELU net on the cidery
CSV, a tiny learning rate under Adam in a tanh net on the Friedman regression and under Adagrad
in a ReLU net on the cidery CSV, vanishing gradients under plain SGD in a 20-layer sigmoid net,
saturation of sigmoid units with N(0, 6) init under AdamW on the quantiles, the corkscrew CNN
with N(0, 0.01) init under SGD with momentum 0.9 (meant as a slow start; see below), the
unshuffled 186-feature set under AdamW in an ELU net, square error under Adam in an ELU net on
the cidery CSV, the 186-feature set one row at a time under plain SGD in a ReLU net (a noisy
loss), 44 rows of the 186-feature set under Adam in a leaky-ReLU net and a 40-row Friedman
regression under AdamW in a tanh net, an underfit net of 1 sigmoid unit under Adagrad, and for
the scripts, with Adamax, Adagrad and SGD with momentum 0.95 on wine, circles and the sine (as
this part was asked to): Lightning's NaN on circles (momentum) and its stuck wine (Adagrad),
Trainer's NaN on wine (Adamax) and its stuck circles (Adamax), Keras' NaN on the sine (momentum)
and its 5 rows of wine (Adagrad; a gap), TensorBoard's NaN on circles (Adagrad) and its 10 rows
of circles (momentum; overfit, a gap), the loop's corrupt record on the sine (Adamax) and its
stuck wine (momentum). The sibling was not looked at; every script case (faults and healthy runs
alike) holds a hidden width of 330 to 339, a range given to this part alone. The healthy runner
runs cover the cidery CSV, the Friedman regression and the 186-feature set; the healthy scripts
moons, iris and digits (TensorBoard), wine, circles and moons (Trainer), moons, iris and circles
(Keras), digits and the sine (Lightning), wine and circles (the hand-written loop).

Each case is labelled with the fault that was injected; a case was trained only to check that its
fault is real, from the run's metrics (the training loss's start, end and maximum, the epoch loss,
the validation loss's minimum, end and where the minimum is, the step loss's step-to-step swing
and the share of its within-epoch variance the position in the epoch explains, final train and
validation accuracy or R2 and ``baseline/val_*``, per-layer gradient norms and update ratios,
dead-unit and saturation fractions, and for the runner cases the test confusion matrix in
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
quantiles' and the 186-feature set's test splits, 0.2567 on the cidery CSV's and 0.2733 on the
corkscrew images' (the test confusion matrices' rows); the scripts' validation splits hold 0.3889
(wine) and 0.5 (circles). The baselines (``baseline/val_*``): accuracy 1.0 on the cidery CSV,
0.8727 on the 186-feature set, 0.9867 on the corkscrew images, 0.1882 on the quantiles, R2 0.6798
on the Friedman regression and 0.964 on the tofu CSV.

The healthy runner cases measured: update ratio per layer (quarter means) at most 0.0526 (the
tanh MLP with Adagrad on the Friedman regression), single steps at most 0.595 (the sigmoid MLP
with Adagrad on the cidery CSV); the expected ``update_ratio_high`` run reaches quarter means of
0.0729 and 0.0991 in its first quarter and single steps up to 4.51, 7.6 times the healthy one;
the expected ``update_ratio_low`` runs sit at 2.3e-11 to 4.5e-10 in single steps (Adam at LR
1e-10 on the Friedman regression) and 0 to 1.6e-10 (Adagrad at LR 1e-10 on the cidery CSV),
where the healthy runs' smallest quarter mean is 9.4e-6 (the tanh MLP with Adam on the Friedman
regression). The dead-unit fraction is 0 at every time in the healthy ReLU, leaky-ReLU and ELU
runner runs except the ELU MLP with AdamW on the Friedman regression (at most 0.032); the
expected ``dead_relu`` run holds 85% of the CNN's second convolution's channels and 74% of its
dense units dead once AdamW at LR 8 blows it up. The saturated fraction per layer is at most
0.0072 in the healthy tanh and sigmoid runs (the tanh MLP with momentum on the 186-feature set,
before its LR was lowered; 0.0019 after); the expected ``saturated_activation`` run holds 0.962
and 0.902 in its two layers from the start. The exploding run's gradient norms sit at 1.8e5 to
1.55e6 in every layer with its epoch loss at 1.037e6 and never NaN (the healthy runs' gradient
norms at most 176, the tanh MLP with Adagrad on the unscaled Friedman targets); the vanishing
run's first layer at 6.8e-18 to 2.0e-17 against 0.064 to 0.71 at the output (the healthy runs'
smallest gradient norm 2.1e-3). The step-loss position in the epoch explains 94.4% of the
within-epoch variance over the second half in the sorted 186-feature set (the healthy runner runs
at most 25.2%: the tanh MLP with Nesterov momentum on the cidery CSV; the healthy scripts at most
11.3%: Trainer's circles). The standard deviation of the step loss's step-to-step change over the
second half of a run is at most 1.39 times its mean in the healthy runner runs (the leaky-ReLU
MLP with momentum on the cidery CSV) and at most 1.0 in the healthy scripts; the batch-1 run's is
6.17 (4.4 times the runner extreme). Healthy runs reach a validation score close to what the data
allow (accuracy 1.0 on the cidery CSV, where the baseline is 1.0; 0.8886-0.9341 on the
186-feature set, where the baseline is 0.8727; R2 0.5761-0.6822 on the Friedman regression, where
the baseline is 0.6798; for the scripts 0.9758, 0.9746 and 0.9583 on moons (TensorBoard, Trainer,
Keras), 0.9667 on iris (TensorBoard, Keras), 0.9777 on digits (TensorBoard, Lightning), 1.0 on
wine (Trainer, the loop), 0.9917, 0.9912 and 1.0 on circles (Trainer, Keras, the loop)); their
validation loss does not clearly rise at the end (every healthy runner run's is lowest at its
last epoch; among the scripts Lightning's sine ends 5.1% above its minimum at epoch 38 of 40,
flat, Keras' moons 1.8% (epoch 27 of 30), TensorBoard's moons 1.6% (epoch 23 of 30), the others
lowest at the end), the training loss has flattened (the epoch loss falls at most 2.2% over the
last epoch in the runner runs; among the scripts 15% in Lightning's digits near its floor, with
the validation loss lowest at the end, and 4.3% in Keras' circles), and they expect no finding of
severity warning or worse.

No healthy run on the corkscrew images, on the quantiles, on the tofu CSV or on the sine's
faulty settings is in the part: their faults are read against the run's own numbers and its
baseline.

Labels read from the metrics: the tofu divergence's step loss climbs from 1.79e5 to 3.4e24 by
step 4 and is Inf at step 5, where the run stops, so ``divergence`` and ``nan_loss`` are both
expected; Adagrad at LR 50 on the quantiles throws the step loss from 1.57 to 1.4e8 and ends its
epochs at 6.8e6, 6.4e5 and 4.2e5, accuracy 0.2132 with 46% of the test predictions in one class,
so ``divergence`` and ``at_chance`` are expected; the exploding run ends at 0.1909 with its epoch
loss flat at 1.037e6 and 95% of the test predictions in one class, so ``not_training``,
``at_chance`` and ``predictions_collapsed`` are expected beside ``exploding_gradients``; the
corkscrew CNN under AdamW at LR 8 ends at 0.2567 (the majority share 0.2733) with every test
prediction in one class, so ``divergence``, ``at_chance`` and ``predictions_collapsed`` are
expected beside ``dead_relu``; the high update ratio run ends at accuracy 1.0 (training 1.0) with
its validation loss 0, so ``update_ratio_high`` is expected alone; Adam at LR 1e-10 on the
Friedman regression ends at R2 -7.86 (the epoch loss 226.8 at every epoch); Adagrad at LR 1e-10
on the cidery CSV (the epoch loss 1.416 at every epoch) ends at 0.2267, within 0.05 of the
majority share, so ``at_chance`` is expected there (49% of the test predictions in one class);
the vanishing run ends at 0.2 with every test prediction in one class, so ``at_chance`` and
``predictions_collapsed`` are expected beside ``vanishing_gradients``; the saturated run ends at
0.1926 (the epoch loss 43.97 at every epoch, 93% of the test predictions in one class), so
``at_chance``, ``predictions_collapsed`` and ``not_training`` are expected beside
``saturated_activation``; the sorted 186-feature set ends at 0.7364 (training 0.8083) with its
epoch loss falling 6.8% over the last epoch and the validation loss lowest at the end and still
falling (1.204 to 1.128), so ``not_converged`` is expected beside ``unshuffled_data``; the
square-error cidery run reaches accuracy 1.0, so ``loss_mismatch`` is expected alone; the batch-1
run's step loss swings 6.17 times its mean, so ``noisy_loss`` is expected; the 44 rows of the
186-feature set end at validation 0.6432 (training 1.0) with the validation loss lowest at epoch
11 (1.052) and rising at every epoch after it to 1.097 at epoch 50 while the training loss falls,
so ``overfitting`` and ``generalisation_gap`` are expected; the 40-row Friedman regression ends
at R2 -0.261 (training 0.978) with its validation loss lowest at 26.46 and 23% above it at the
end, so ``generalisation_gap`` and ``overfitting`` are expected; the 1-sigmoid-unit net ends at
0.3523 (training 0.3795, the healthy runs 0.8886 and up) with its epoch loss flat (0.4% over the
last epoch), so ``underfitting`` is expected. Lightning's NaN on circles (0.755 at the first step,
then NaN) and TensorBoard's (0.779, then NaN) end at 0.5, and Trainer's NaN on wine (every logged
loss NaN) at 0.3333, within 0.06 of the majority share 0.3889, so they expect ``nan_loss`` and
``at_chance``; Keras' NaN on the sine (every epoch's loss NaN) expects ``nan_loss``. The stuck
scripts: Trainer's circles (Adamax at LR 1e-10, the evaluation loss 0.7183 at every evaluation)
scores 0.5333, so it expects ``not_training`` and ``at_chance``; Lightning's wine (Adagrad at LR
1e-10, the epoch loss 1.073 at every epoch) scores 0.5, 0.11 above the majority share, and the
loop's wine (momentum at LR 1e-10, the validation loss 0.8995 at every epoch) 0.8056, so they
expect ``not_training`` alone; Keras' 5 rows of wine end at 0.8889 (training 1.0) with the
validation loss lowest at the end (flat), so it expects ``generalisation_gap`` alone;
TensorBoard's 10 rows of circles end at 0.8 (training 1.0) with the validation loss lowest at
epoch 1 (0.846) and 2.3 times it at epoch 100, so it expects ``generalisation_gap`` and
``overfitting``; the loop's corrupt record makes the loss Inf at step 27 (0.379 at the first
step).

Changed after a first run (all from the runs' own metrics): the tofu divergence turned Inf at
step 5, so ``nan_loss`` went from allowed to expected; the exploding and the saturated runs held
95% and 93% of their test predictions in one class, so ``predictions_collapsed`` went to expected
in both; Adagrad at LR 1e-10 on the cidery CSV scored within 0.05 of the majority share, so
``at_chance`` was added; the corkscrew CNN with N(0, 0.01) init under momentum at LR 0.01, meant
as a slow start, never left ln 4 in 20 epochs (1.387 to 1.385, accuracy 0.2733 with every test
prediction in one class), so it was relabelled ``not_training``, ``at_chance`` and
``predictions_collapsed`` with ``slow_start`` only allowed (no time was left to try another
setting); the sorted run's validation loss still fell at the end, so ``not_converged`` went to
expected; Keras' 5 rows of wine had its validation loss lowest at the end, so ``overfitting`` was
dropped from it; Lightning's and the loop's stuck wine scored more than 0.1 above the majority
share, so ``at_chance`` was dropped from their allowed codes. Healthy settings changed: the
186-feature tanh MLP under momentum at LR 0.01 (10% above its validation minimum at epoch 4) went
to LR 3e-3 (lowest at the end); Keras' sine under NAdam (at LR 2e-3, 48% above its validation
minimum at epoch 16 of 40; at LR 1e-3, 87% above it at epoch 17 of 25) was replaced by Keras'
moons under NAdam; Lightning's digits under RMSprop at LR 1e-3 for 20 epochs (3.9% above its
minimum at epoch 15) went back to LR 5e-4 for 15 epochs.


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

# a corkscrew in a 5x5 cell: its handle along the top row, the shaft down the middle column with
# the worm winding left and right below it; turned by 90 degrees at a time for the others
_CORKSCREW_UP = np.array([[1, 1, 1, 1, 1],
                          [0, 0, 1, 0, 0],
                          [0, 1, 1, 0, 0],
                          [0, 0, 1, 1, 0],
                          [0, 1, 1, 0, 0]], dtype=float)
_CORKSCREWS = turned(_CORKSCREW_UP)


def corkscrews(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
               seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 corkscrew glyph at a random place (4 classes: the corkscrew turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CORKSCREWS, n, size, noise, flip, seed)


def _cidery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cidery's press-house state (0 washing the apples, 1 milling, 2 pressing, 3 fermenting)
    from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_lpm = np.array([60.0, 5.0, 8.0, 0.0])[cls] + rng.normal(0, 6.0, n)
    mill_rpm = np.array([0.0, 900.0, 40.0, 0.0])[cls] + rng.normal(0, 60.0, n)
    press_bar = np.array([0.0, 0.2, 6.0, 0.0])[cls] + rng.normal(0, 0.6, n)
    juice_lpm = np.array([0.0, 3.0, 25.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    airlock = (cls == 3) ^ (rng.random(n) < 0.04)
    cellar_c = rng.uniform(6.0, 16.0, n)
    apples_t = rng.uniform(0.5, 6.0, n)
    return (["water_lpm", "mill_rpm", "press_bar", "juice_lpm", "airlock_bubbling", "cellar_c",
             "apples_t", "state"],
            np.column_stack([water_lpm, mill_rpm, press_bar, juice_lpm, airlock.astype(float),
                             cellar_c, apples_t, cls]))


def _tofu_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A tofu shop's blocks made a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    soy_kg = rng.uniform(20, 90, n)
    market_day = rng.integers(0, 2, n).astype(float)
    presses = rng.integers(1, 5, n).astype(float)
    outside_c = rng.uniform(-5, 32, n)
    staff = rng.integers(1, 6, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    blocks = (80 + 4.0 * soy_kg + 60.0 * market_day + 30.0 * presses - 2.0 * outside_c
              + 18.0 * staff - 50.0 * holiday + 25.0 * (weekday == 5) + rng.normal(0, 15.0, n))
    return (["weekday", "soy_kg", "market_day", "presses", "outside_c", "staff", "holiday",
             "blocks"],
            np.column_stack([weekday, soy_kg, market_day, presses, outside_c, staff, holiday,
                             blocks]))


def _cid(**sections: Any) -> Any:
    return _csv("cidery_press_house_state_h106", _cidery_csv, "state", "classification", 1061,
                **sections)


def _tofu(**sections: Any) -> Any:
    return _csv("tofu_shop_daily_blocks_h106", _tofu_csv, "blocks", "regression", 1062,
                **sections)


def _x(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax."""
    return _s(data, optim="adamax", **kw)


def _g(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _m(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with plain momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _w(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


def _n(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _r(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _p(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop (healthy runs only)."""
    return _s(data, optim="rmsprop", **kw)


MOM = {"momentum": 0.9}
NEST = {"momentum": 0.8, "nesterov": True}
RMOM = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout106"
CK4 = _factory(f"{HERE}:corkscrews", seed=1060)
GQ5182 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=182,
                  n_classes=5, random_state=1063)
CL186 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=186,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1064)
FR189 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=189, noise=0.9,
                 random_state=1065)
SCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h106_divergence_tofu_sgd_elu", "the tofu CSV (targets unscaled, in the hundreds), "
         "38-unit ELU MLP, plain SGD at LR 0.08, batch 26",
         _tofu(model={"hidden": [38], "activation": "elu"},
               optim={"name": "sgd", "lr": 0.08},
               train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(BLOWUP + "; the step loss from 1.79e5 up to 3.4e24 by step 4 and Inf at "
                      "step 5, where the run stops"),
         verdict="failed"),
    Case("h106_divergence_gq5182_adagrad_lr50_leaky", "54x27 leaky-ReLU MLP on the 5-class "
         "quantiles in 182 dimensions, Adagrad at LR 50, batch 31",
         {"data": GQ5182, "model": {"hidden": [54, 27], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "predictions_collapsed"),
         why_allowed=(BLOWUP + "; the step loss from 1.57 up to 1.4e8, the epoch loss 6.8e6, "
                      "6.4e5 and 4.2e5, never NaN; a third to 56% of the second layer's units "
                      "logged dead; 46% of the test predictions in one class; with three epochs "
                      "the step loss's position in the epoch explains part of its variance by "
                      "chance"),
         verdict="failed"),
    Case("h106_exploding_cl186_10x24_elu_std1_adagrad", "10x24 ELU MLP with N(0, 1) init on "
         "the 186-feature set, Adagrad at LR 1e-14, batch 41",
         {"data": CL186, "model": {"hidden": [24] * 10, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-14},
          "train": {"epochs": 3, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance",
                 "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.037e6 at every epoch); the tiny "
                      "steps do not move the wide weights (update ratios logged 0); up to 12.5% "
                      "of a layer's ELU units logged dead; with three epochs the step loss's "
                      "position in the epoch explains part of its variance by chance"),
         verdict="failed"),
    Case("h106_dead_relu_corkscrew_cnn_adamw_lr8", "the corkscrew CNN (6, 13 channels, 19 "
         "hidden), AdamW at LR 8, batch 26",
         {"data": CK4, "model": SCNN,
          "optim": {"name": "adamw", "lr": 8.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(BLOWUP + "; the step loss from 1.38 (near ln 4) up to 3.6e7, the epoch "
                      "loss 1.1e6, 2.07 and 1.62 (the last step 1.67, above the first); update "
                      "ratios up to 100 in single steps; with three epochs the step loss's "
                      "position in the epoch explains part of its variance by chance"),
         verdict="failed"),
    Case("h106_update_ratio_high_cidery_adam_elu", "Adam at LR 0.4 on the cidery CSV, 46 ELU "
         "units, batch 23, 8 epochs",
         _cid(model={"hidden": [46], "activation": "elu"},
              optim={"name": "adam", "lr": 0.4},
              train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss up to 10.45 (from 1.71), but accuracy "
                      "is 1.0 (training 1.0) with the validation loss at 0 from the second epoch"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h106_adam_lr1e10_fr189_tanh", "the 189-feature Friedman regression, 45x23 tanh MLP, "
         "Adam at LR 1e-10, batch 37, 4 epochs",
         {"data": FR189, "model": {"hidden": [45, 23], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -7.86, far below the baseline (0.6798) and the healthy runs; the epoch "
                      "loss 226.8 at every epoch; with four epochs the step loss's position in "
                      "the epoch explains part of its variance by chance"),
         verdict=TP),
    Case("h106_adagrad_lr1e10_cidery_relu", "the cidery CSV, 37x18 ReLU MLP, Adagrad at LR "
         "1e-10, batch 21, 4 epochs",
         _cid(model={"hidden": [37, 18]},
              optim={"name": "adagrad", "lr": 1e-10},
              train={"epochs": 4, "batch_size": 21}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.416 at every epoch; 49% of the test predictions in one "
                      "class; with four epochs the step loss's position in the epoch explains "
                      "part of its variance by chance"),
         verdict=TP),
    Case("h106_vanishing_sigmoid_cl186_20x13_sgd", "20x13 sigmoid MLP on the 186-feature set, "
         "plain SGD at LR 0.03, batch 45, 4 epochs",
         {"data": CL186, "model": {"hidden": [13] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 4, "batch_size": 45}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "not_training", "unshuffled_data", "noisy_loss",
                "not_converged", "underfitting"),
         why_allowed=("the first layers do not move (update ratios 0 in the first twelve), a "
                      "side effect of the vanishing gradients; the epoch loss 1.656 to 1.611 (ln "
                      "5 is 1.609), 2.7% down; with four epochs the step loss's position in the "
                      "epoch explains part of its variance by chance"),
         verdict=TP),
    Case("h106_saturated_sigmoid_gq5182_std6_adamw", "2x46 sigmoid MLP with N(0, 6) init on "
         "the 5-class quantiles, AdamW at LR 1e-10, batch 27",
         {"data": GQ5182, "model": {"hidden": [46, 46], "activation": "sigmoid",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance",
             "predictions_collapsed"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("tiny updates (single steps at most 1.3e-12); the loss far above ln 5 from "
                      "the start (the epoch loss 43.97 at every epoch); with four epochs the "
                      "step loss's position in the epoch explains part of its variance by chance"),
         verdict=TP),
    Case("h106_slow_start_corkscrew_cnn_momentum_std001", "the corkscrew CNN with N(0, 0.01) "
         "init, SGD with momentum 0.9 at LR 0.01, batch 25, 20 epochs",
         {"data": CK4, "model": {**SCNN, "init": "normal", "init_std": 0.01},
          "optim": {"name": "sgd", "lr": 0.01, **MOM},
          "train": {"epochs": 20, "batch_size": 25}},
         expect=("not_training", "at_chance", "predictions_collapsed"),
         allow=("slow_start", "underfitting", "dead_relu", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("meant as a slow start, the tiny init never leaves ln 4 in 20 epochs (the "
                      "epoch loss 1.387 to 1.385), a start that never ends; 37-68% of the dense "
                      "units dead; the update ratios (single steps 2e-6 to 2.1e-4) low but near "
                      "the healthy ones"),
         verdict=TP),
    Case("h106_unshuffled_cl186_adamw_elu", "the 186-feature set sorted by label, never "
         "shuffled, 50x25 ELU MLP, AdamW at LR 2e-4, batch 38, 8 epochs",
         {"data": {**CL186, "order": "by_label", "shuffle": False},
          "model": {"hidden": [50, 25], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 2e-4},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting"),
         why_allowed=("accuracy 0.7364 (training 0.8083), below the healthy runs as the sorted "
                      "run has not caught up"),
         verdict=TP),
    Case("h106_mse_softmax_cidery_adam_elu", "the cidery CSV trained with square error on the "
         "softmax, Adam at LR 1e-3, 34x17 ELU MLP, batch 25, 10 epochs",
         _cid(model={"hidden": [34, 17], "activation": "elu"},
              optim={"name": "adam", "lr": 1e-3},
              train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "not_converged", "overfitting", "update_ratio_low"),
         why_allowed=("the epoch loss still falls 21% over the last epoch and the validation "
                      "loss is lowest at the end, but accuracy is 1.0 from the fourth epoch "
                      "(training 1.0), so more epochs cannot help the held-out result"),
         verdict=TP),
    Case("h106_noisy_cl186_b1_sgd_relu", "the 186-feature set one row at a time (batch 1), "
         "plain SGD at LR 0.01, 31-unit ReLU MLP, 3 epochs",
         {"data": CL186, "model": {"hidden": [31]},
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("overfitting", "divergence", "unshuffled_data", "not_converged", "dead_relu"),
         why_allowed=("single rows throw the steps about (the step loss up to 10.35, above its "
                      "first step 1.67); the epoch loss still falls 59% over the last epoch and "
                      "the validation loss 3.3% while accuracy slips (0.9432 to 0.9386), so "
                      "whether more epochs help is uncertain"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h106_overfit_cl186_subset44_adam_leaky", "44 rows of the 186-feature set, leaky-ReLU "
         "MLP of 180 and 90 units, Adam at LR 1e-3, 50 epochs, batch 4",
         {"data": {**CL186, "subset": 44},
          "model": {"hidden": [180, 90], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("overfitting", "generalisation_gap"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("44 rows teach less than every row: accuracy 0.6432 (the healthy runs "
                      "higher); the epoch loss, near 0 (2.9e-4), falls 3.9% over the last epoch"),
         verdict=GP),
    Case("h106_gap_fr189_subset40_adamw_tanh", "40 rows of the 189-feature Friedman "
         "regression, tanh MLP of 150 and 75 units, AdamW at LR 2e-3, 80 epochs, batch 4",
         {"data": {**FR189, "subset": 40},
          "model": {"hidden": [150, 75], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 2e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "saturated_activation"),
         why_allowed=("40 rows teach less (R2 -0.261, the healthy runs far higher); the step "
                      "loss near 0 swings 1.96 times its mean step to step; the epoch loss jumps "
                      "about its floor (0.14 to 0.88); up to 34% of the second tanh layer "
                      "saturated"),
         verdict=GP),
    Case("h106_underfit_cl186_one_sigmoid_unit_adagrad", "the 186-feature set through 1 "
         "sigmoid unit, Adagrad at LR 0.05, batch 36, 15 epochs",
         {"data": CL186, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "saturated_activation"),
         why_allowed=("the one unit's single update ratios reach 1.17 in the first steps; the "
                      "validation loss lowest at the end, flat (0.2% over the last epoch); the "
                      "one sigmoid unit saturated on up to 43% of the rows"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h106_lightning_circles_momentum_lr1e20_nan", "Lightning: circles (560 points, noise "
         "0.1), SGD with momentum 0.95 at LR 1e20, 330 units, batch 19, 3 epochs",
         script=lightning_run(_m("circles", hidden=(330,), lr=1e20, epochs=3, batch_size=19,
                                 n=560, noise=0.1)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h106_lightning_wine_adagrad_lr1e10_stuck", "Lightning: wine, Adagrad at LR 1e-10, "
         "331 units, batch 11, 3 epochs",
         script=lightning_run(_g("wine", hidden=(331,), lr=1e-10, epochs=3, batch_size=11)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.073 at every epoch; the untrained net scores 0.5 (the "
                      "majority share 0.3889); with three epochs the step loss's position in the "
                      "epoch explains part of its variance by chance"),
         verdict=TP),
    Case("h106_hf_trainer_wine_adamax_lr1e20_nan", "Hugging Face Trainer names: wine, Adamax "
         "at LR 1e20 (decaying linearly), 332 units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_x("wine", hidden=(332,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h106_hf_trainer_circles_adamax_lr1e10_stuck", "Hugging Face Trainer names: circles "
         "(600 points, noise 0.15), Adamax at LR 1e-10 (decaying linearly), 333 units, batch "
         "13, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_x("circles", hidden=(333,), lr=1e-10, epochs=3, batch_size=13,
                                  n=600, noise=0.15), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 0.7183; the logged loss (means of two steps) "
                      "swings about it"),
         verdict=TP),
    Case("h106_keras_sine_momentum_lr1e20_nan", "Keras names: the sine (noise 0.2, 640 "
         "points), SGD with momentum 0.95 at LR 1e20, 334 units, batch 15, 3 epochs",
         script=keras_run(_m("sine", hidden=(334,), lr=1e20, epochs=3, batch_size=15, n=640,
                             noise=0.2)),
         tool="keras", expect=("nan_loss",),
         allow=("divergence", *NAN_ALLOW),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h106_keras_wine_subset5_adagrad_gap", "Keras names: 5 rows of wine, 335 units, "
         "Adagrad at LR 0.01, 100 epochs, batch 2",
         script=keras_run(_g("wine", hidden=(335,), lr=0.01, epochs=100, batch_size=2,
                             subset=5)),
         tool="keras", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less than all of them (validation accuracy 0.8889, training "
                      "1.0); the validation loss is lowest at the end but flat (0.2237 to 0.2221 "
                      "over the last ten epochs), and the epoch loss is near 0 (2.0e-3)"),
         verdict=GP),
    Case("h106_tensorboard_circles_adagrad_lr1e20_nan", "TensorBoard tags: circles (580 "
         "points, noise 0.15), Adagrad at LR 1e20, 336 units, batch 22, 3 epochs",
         script=tensorboard_run(_g("circles", hidden=(336,), lr=1e20, epochs=3, batch_size=22,
                                   n=580, noise=0.15)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=("divergence", *(c for c in NAN_ALLOW if c != "at_chance")),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h106_tensorboard_circles_subset10_momentum_gap", "TensorBoard tags: 10 rows of "
         "circles (600 points, noise 0.1), 337 units, SGD with momentum 0.95 at LR 0.01, 100 "
         "epochs, batch 2",
         script=tensorboard_run(_m("circles", hidden=(337,), lr=0.01, epochs=100, batch_size=2,
                                   subset=10, n=600, noise=0.1)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("10 rows teach less than all of them (validation accuracy 0.8, training "
                      "1.0); the step loss swings about its floor (1.71 times its mean)"),
         verdict=GP),
    Case("h106_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.3 (630 points), Adamax at LR 2e-3, 338 units, batch 16, a corrupt record "
         "(x = 1e30) at step 27 makes the loss Inf",
         script=plain_run(_x("sine", hidden=(338,), lr=2e-3, epochs=3, batch_size=16, n=630,
                             noise=0.3), corrupt_step=27),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=27),
    Case("h106_plain_wine_momentum_lr1e10_stuck", "hand-written loop: wine, SGD with momentum "
         "0.95 at LR 1e-10, 339 units, batch 12, 4 epochs",
         script=plain_run(_m("wine", hidden=(339,), lr=1e-10, epochs=4, batch_size=12)),
         tool="pytorch", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 0.8995; the untrained net scores 0.8056 (the "
                      "majority share 0.3889); with four epochs the step loss jumps about 0.93 "
                      "by chance"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy106_cidery_relu_adam_b23",
       _cid(model={"hidden": [45]},
            optim={"lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 23})),
    _h("healthy106_cidery_tanh_adamw_b28",
       _cid(model={"hidden": [43], "activation": "tanh"},
            optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 28})),
    _h("healthy106_cidery_sigmoid_adagrad_b20",
       _cid(model={"hidden": [51], "activation": "sigmoid"},
            optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 20})),
    _h("healthy106_cidery_elu_rmsprop_b32",
       _cid(model={"hidden": [47], "activation": "elu"},
            optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 32})),
    _h("healthy106_cidery_leaky_momentum_b25",
       _cid(model={"hidden": [42], "activation": "leaky_relu"},
            optim={"name": "sgd", "lr": 0.02, **MOM, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 25})),
    _h("healthy106_cidery_relu_adadelta_b27",
       _cid(model={"hidden": [38]},
            optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 27})),
    _h("healthy106_cidery_tanh_nesterov_b18",
       _cid(model={"hidden": [35], "activation": "tanh"},
            optim={"name": "sgd", "lr": 0.02, **NEST, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 18})),
    _h("healthy106_cidery_sigmoid_rmsprop_momentum_b29",
       _cid(model={"hidden": [52], "activation": "sigmoid"},
            optim={"name": "rmsprop", "lr": 1e-3, **RMOM, "schedule": "cosine"},
            train={"epochs": 12, "batch_size": 29})),
    _h("healthy106_fr189_tanh_adam_b26",
       {"data": FR189, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 26}}),
    _h("healthy106_fr189_elu_adamw_b33",
       {"data": FR189, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 33}}),
    _h("healthy106_fr189_sigmoid_rmsprop_b24",
       {"data": FR189, "model": {"hidden": [67], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy106_fr189_tanh_adagrad_b29",
       {"data": FR189, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 29}}),
    _h("healthy106_cl186_elu_adam_b30",
       {"data": CL186, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy106_cl186_relu_rmsprop_b34",
       {"data": CL186, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy106_cl186_tanh_momentum_b27",
       {"data": CL186, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 3e-3, **MOM, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy106_cl186_leaky_adagrad_b37",
       {"data": CL186, "model": {"hidden": [56], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 37}}),
    _hs("healthy106_tensorboard_moons_adam",
        tensorboard_run(_a("moons", hidden=(331,), lr=2e-3, epochs=30, batch_size=22, n=620,
                           noise=0.2)), "tensorboard"),
    _hs("healthy106_tensorboard_iris_radam",
        tensorboard_run(_r("iris", hidden=(334,), lr=2e-3, epochs=40, batch_size=10)),
        "tensorboard"),
    _hs("healthy106_tensorboard_digits_adamw",
        tensorboard_run(_w("digits", hidden=(337,), lr=1e-3, epochs=15, batch_size=27)),
        "tensorboard"),
    _hs("healthy106_hf_trainer_wine_nadam",
        hf_trainer_run(_n("wine", hidden=(330,), lr=1e-3, epochs=30, batch_size=11),
                       logging_steps=2), "transformers"),
    _hs("healthy106_hf_trainer_circles_adamw",
        hf_trainer_run(_w("circles", hidden=(333,), lr=2e-3, epochs=30, batch_size=20, n=600,
                          noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy106_hf_trainer_moons_rmsprop",
        hf_trainer_run(_p("moons", hidden=(336,), lr=1e-3, epochs=30, batch_size=24, n=590,
                          noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy106_keras_moons_nadam",
        keras_run(_n("moons", hidden=(332,), lr=2e-3, epochs=30, batch_size=21, n=600,
                     noise=0.2)), "keras"),
    _hs("healthy106_keras_iris_adamw",
        keras_run(_w("iris", hidden=(335,), lr=2e-3, epochs=40, batch_size=12)), "keras"),
    _hs("healthy106_keras_circles_radam",
        keras_run(_r("circles", hidden=(338,), lr=2e-3, epochs=30, batch_size=17, n=570,
                     noise=0.1)), "keras"),
    _hs("healthy106_lightning_digits_rmsprop",
        lightning_run(_p("digits", hidden=(339,), lr=5e-4, epochs=15, batch_size=29)),
        "lightning"),
    _hs("healthy106_lightning_sine_adam",
        lightning_run(_a("sine", hidden=(330,), lr=2e-3, epochs=40, batch_size=23, n=610,
                         noise=0.25)), "lightning"),
    _hs("healthy106_plain_wine_radam",
        plain_run(_r("wine", hidden=(333,), lr=1e-3, epochs=30, batch_size=13)), "pytorch"),
    _hs("healthy106_plain_circles_nadam",
        plain_run(_n("circles", hidden=(336,), lr=2e-3, epochs=30, batch_size=21, n=590,
                     noise=0.1)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
