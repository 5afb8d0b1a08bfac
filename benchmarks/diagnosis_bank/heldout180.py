"""The hundred-and-eightieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout181` (not looked at), after the measurement of
:mod:`.heldout176` and :mod:`.heldout177`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a pan flute (five upright tubes side by side whose lengths fall from 5 pixels
on the left to 1 on the right, bound by a band across the second row, in a 5x5 cell, turned by 0,
90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed 1800);
5-class Gaussian quantiles in 961 dimensions (3120 samples); a 964-feature 5-class set (2200
samples, 30 informative, 12 redundant, class separation 4.6); a 967-feature Friedman-1 regression
(1760 samples, noise 0.8); a nectaire maker's batch stage CSV (curdling, moulding, pressing,
cellar ageing: 4 classes from 7 readings, ``nectaire_batch_stage_h180``, seed 1801) and an
alpine-coaster firm's riders a day regression CSV (in the hundreds, ``daily_coaster_riders_h180``,
seed 1802); the sklearn sets use random states 1803 to 1805. Script cases use plain Adamax,
centered RMSprop without momentum and SGD with Nesterov momentum 0.8 (settings no script of
:mod:`.heldout178` or :mod:`.heldout179` uses) on wine, iris, breast cancer, digits, moons,
circles and the sine; every script case holds a hidden width of 1070 to 1079. Runner optimisers:
Adam, AdamW (with an L1 penalty on the Friedman regression), plain RMSprop, RMSprop with momentum
0.5, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD with Nesterov momentum 0.9. Each fault
pairs its mechanism with another optimiser, activation, model or data set than :mod:`.heldout135`
did (every data set here is new): divergence under SGD with momentum 0.9 in a ReLU net on the
unscaled coaster riders and under plain RMSprop at LR 50 in an ELU net on the quantiles, exploding
gradients in a 9-layer ELU net with N(0, 1) init under Adam at LR 1e-9 on the 964-feature set,
units killed by Adam at LR 0.5 in the pan flute CNN, a high update ratio from Adam at LR 1 in an
ELU net on the nectaire CSV, tiny learning rates under Adam (SiLU, Friedman) and SGD with momentum
0.9 (tanh, nectaire CSV), vanishing gradients under Adam in a 23-layer sigmoid net on the
964-feature set, saturated tanh units with N(0, 6) init under plain RMSprop on the quantiles, the
pan flute CNN with N(0, 0.035) init under SGD with momentum 0.9 (a slow start), the unshuffled
964-feature set under Adagrad (tanh), square error under SGD with momentum 0.9 (SiLU), batch 1
under Adagrad (tanh), 43 rows of the 964-feature set under plain RMSprop (SiLU, overfit, a gap),
32 rows of the Friedman regression under Adagrad (ELU, a gap), 1 sigmoid unit under Adam; the
scripts: Lightning's NaN on digits (Adamax) and stuck moons (Nesterov), Trainer's NaN on iris
(centered RMSprop) and stuck circles (Adamax), Keras' NaN on breast cancer (Nesterov) and 20 rows
of digits (Adamax, a gap), TensorBoard's NaN on wine (centered RMSprop) and 8 rows of moons
(Nesterov, overfit, a gap), the loop's corrupt record on the sine (Adamax) and stuck wine
(centered RMSprop).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
the share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store (the same numbers); the numbers below are
from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2023 on the 964-feature set,
0.2003 on the quantiles, 0.2671 on the nectaire CSV, 0.2667 on the pan flute images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (nectaire CSV), 0.9545 (964-feature
set), 0.96 (pan flute images), 0.2196 (quantiles); R2 -1.762 (Friedman), 0.949 (coaster CSV).

Measured healthy ranges (runner): update ratio quarter means 2.1e-5 (the SiLU MLP with Adagrad on
the 964-feature set) to 0.0564 (the tanh MLP on the Friedman regression), single steps at most
0.539 (the SiLU MLP with Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.17
with single steps up to 9.8; the ``update_ratio_low`` runs log quarter means of at most 4.2e-10
and 3e-11. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the
Adam-killed CNN's second convolution and dense units 1.0, the slow start's dense units up to
0.17, the quantile divergence's second layer 0.58, the exploding run's deep layers up to 0.15,
the 32-row Friedman regression's second layer 0.21); saturated fraction at most 0.0129 (the tanh
MLP with RMSprop on the nectaire CSV); the saturated run's 0.991 and 0.944, the batch-1 run's
0.64, the one-unit run's 0.96. Gradient norms at least 0.0089 (the ELU MLP with RMSprop on the
964-feature set) and at most 276 (the Friedman regression; at most 3.25 on the 964-feature set),
first norms at least 0.139 (the sigmoid MLP with Adam on the nectaire CSV); the vanishing run's
down to 3e-21, the exploding run's 5.6e5 to 4.3e6, the slow start's first 2.0e-3 to 3.1e-3. The
step loss's position in the epoch explains at most 22% of the within-epoch variance over the
second half in the healthy runner runs (the SiLU MLP with Adadelta on the nectaire CSV) and 15% in
the healthy Lightning scripts (wine); the unshuffled run 99.75%. The standard deviation of the
step loss's step-to-step change over the second half is at most 0.40 times its mean in the
healthy runner runs (the SELU MLP with Adagrad on the nectaire CSV) and 1.50 in the healthy
scripts (the loop's iris); the batch-1 run's is 3.96. Healthy scores: accuracy 1.0 on the
nectaire CSV (every split, every run), 0.9205-0.9568 on the 964-feature set (test 0.9159-0.9659;
training 1.0), R2 0.6198 on the Friedman regression (test 0.6814, training 0.8556); scripts
(validation): wine 1.0 and 1.0, breast cancer 0.9474, 0.9474 and 0.9561, circles 0.9921 and
0.9924, digits 0.9721 and 0.9721, iris 0.9667 and 0.9667, moons 0.9615 and 0.9552. Every healthy
run's validation loss is lowest at its end.

Changes after the first run: on the 964-feature set with class separation 4.0 the healthy runs
reached 0.9023 to 0.9477 (training 1.0, the baseline 0.9455), so the set took class separation
4.6 (0.9205 to 0.9568) and every case on it was trained again and labelled from that run. The
slow start with N(0, 0.05) init sat at ln 4 for 3 epochs only and its validation loss ended 12%
above its epoch-13 minimum, so N(0, 0.035) (5 epochs at ln 4). Batch 1 under Adagrad at LR 5e-3
swung 0.96 times its mean, inside the healthy scripts' 1.54 of that run, so LR 0.03 (3.96). The
43-row overfit under RMSprop at LR 1e-3 ended only 4.4% above its epoch-29 validation loss, so LR
3e-3 (10.7% above its epoch-2 minimum). The one sigmoid unit under Adam at LR 3e-3 still fell
1.2% an epoch with the validation loss lowest at its end, so LR 0.01 (it flattens). Healthy
scripts: Keras' moons under Nesterov at LR 0.05 ended 49% above its epoch-14 validation loss, at
LR 0.02 16.5% above its epoch-13 one, so it took Adamax (at LR 2e-3 0.9179 and still falling,
so LR 6e-3: 0.9552); TensorBoard's circles under Nesterov at LR 0.05 ended 84% above its epoch-19
minimum, at LR 0.02 17%, so Adamax at LR 2e-3; Lightning's wine (Nesterov at LR 0.02) ended 4.9%
above its epoch-11 minimum, so LR 0.01; Trainer's digits (Nesterov at LR 0.05) 0.4% above its
epoch-7 minimum, so LR 0.03; TensorBoard's breast cancer (centered RMSprop at LR 2e-4) 0.9% above
its epoch-11 minimum, so LR 1e-4 (each then lowest at its end). Labels from the metrics: the
coaster divergence's step loss reaches Inf at step 6; the quantile divergence ends at a step loss
of 56 against 1.67 at first, so ``divergence`` is expected there; the pan flute CNN's blow-up
passed (its loss ends near ln 4), so ``divergence`` is allowed there and the verdict is a
training problem; the test predictions fall in one class in the quantile divergence (99.2%), the
exploding run (98.6%), the killed CNN (100%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there; 82% in the stuck nectaire run (allowed there), 54%
in the one-unit run and 26% in the saturated run (neither expected nor allowed); Lightning's NaN
digits (0.1003), Trainer's NaN iris (0.3333), Lightning's stuck moons (0.5156) and Trainer's
stuck circles (0.5484) score within 0.05 of the majority share (``at_chance`` expected; for the
two stuck runs it was first only allowed), Keras' NaN breast cancer (0.3684 against 0.6316) and
TensorBoard's NaN wine (0.3333 against 0.3889) below it, the loop's stuck wine (0.4444) and the
stuck nectaire run (0.3596) 0.056 and 0.09 above it (allowed); the vanishing run's epoch loss
falls 1% (1.626 to 1.610, ln 5 is 1.609), so ``not_training`` is expected; the unshuffled run's
loss still falls with the validation loss lowest at the end (``not_converged`` expected); the
43-row overfit's validation loss ends 10.7% above its epoch-2 minimum while its training loss
falls to 3.6e-8 and TensorBoard's 8 rows of moons end at 4.1 times their first evaluation
(``overfitting`` expected); the 32-row Friedman regression (0.45% above its epoch-5 minimum) and
Keras' 20 rows of digits (4.0% above their epoch-20 minimum) allow ``overfitting`` and expect
``generalisation_gap``; the slow start sat at ln 4 for 5 epochs, so ``slow_start`` is expected;
the one sigmoid unit saturated on 96% of the rows, a side effect of its load, so
``saturated_activation`` is allowed there.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 28)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 13)
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

# a pan flute in a 5x5 cell: five upright tubes side by side, their lengths falling from left
# (5 pixels) to right (1), bound by a band across the second row; turned by 90 degrees for the
# others
_FLUTE_UP = np.array([[1, 1, 1, 1, 0],
                      [1, 1, 1, 1, 1],
                      [1, 1, 1, 0, 0],
                      [1, 1, 0, 0, 0],
                      [1, 0, 0, 0, 0]], dtype=float)
_FLUTES = turned(_FLUTE_UP)


def pan_flutes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
               seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pan flute glyph at a random place (4 classes: the flute turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_FLUTES, n, size, noise, flip, seed)


def _nectaire_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A nectaire maker's batch stage (0 curdling, 1 moulding, 2 pressing, 3 cellar ageing)
    from 7 readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([33.0, 26.0, 21.0, 11.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.5, 5.9, 5.4, 5.1])[cls] + rng.normal(0, 0.12, n)
    whey_l = np.array([40.0, 12.0, 4.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    press_kg = np.array([0.0, 2.0, 18.0, 0.0])[cls] + rng.normal(0, 1.5, n)
    cellar_days = np.array([0.0, 0.0, 0.5, 35.0])[cls] + rng.normal(0, 2.5, n)
    dairy_c = rng.uniform(14.0, 26.0, n)
    cheesemakers = rng.integers(1, 5, n).astype(float)
    return (["curd_c", "curd_ph", "whey_l", "press_kg", "cellar_days", "dairy_c",
             "cheesemakers", "stage"],
            np.column_stack([curd_c, curd_ph, whey_l, press_kg, cellar_days, dairy_c,
                             cheesemakers, cls]))


def _coaster_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An alpine-coaster firm's riders a day from 7 readings."""
    n = 1200
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5.0, 30.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    wind_kmh = rng.uniform(0.0, 60.0, n)
    school_holiday = rng.integers(0, 2, n).astype(float)
    tour_buses = rng.integers(0, 6, n).astype(float)
    lift_open = rng.integers(0, 2, n).astype(float)
    riders = (180 + 7.0 * temp_c - 5.0 * rain_mm - 2.0 * wind_kmh + 110.0 * school_holiday
              + 40.0 * tour_buses + 60.0 * lift_open + 70.0 * (weekday >= 5)
              + rng.normal(0, 22.0, n))
    return (["weekday", "temp_c", "rain_mm", "wind_kmh", "school_holiday", "tour_buses",
             "lift_open", "riders"],
            np.column_stack([weekday, temp_c, rain_mm, wind_kmh, school_holiday, tour_buses,
                             lift_open, riders]))


def _nectaire(**sections: Any) -> Any:
    return _csv("nectaire_batch_stage_h180", _nectaire_csv, "stage", "classification", 1801,
                **sections)


def _coaster(**sections: Any) -> Any:
    return _csv("daily_coaster_riders_h180", _coaster_csv, "riders", "regression", 1802,
                **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _crms(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop (no momentum)."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


def _nest8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout180"
PF4 = _factory(f"{HERE}:pan_flutes", seed=1800)
GQ5961 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3120, n_features=961,
                  n_classes=5, random_state=1803)
CL964 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=964,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.6,
                 random_state=1804)
FR967 = _factory("sklearn.datasets:make_friedman1", n_samples=1760, n_features=967, noise=0.8,
                 random_state=1805)
PCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h180_divergence_coaster_momentum9_relu", "the coaster riders CSV (targets unscaled, "
         "in the hundreds), 28-unit ReLU MLP, SGD with momentum 0.9 at LR 0.01, batch 25",
         _coaster(model={"hidden": [28]},
                  optim={"name": "sgd", "lr": 0.01, **MOM9},
                  train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.28e5 at first, 3.7e8 at step 4 and Inf at step "
                      "6, where the run stops"), verdict="failed"),
    Case("h180_divergence_gq5961_rmsprop_lr50_elu", "44x19 ELU MLP on the 5-class quantiles in "
         "961 dimensions, plain RMSprop at LR 50, batch 35",
         {"data": GQ5961, "model": {"hidden": [44, 19], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.67 at first, up to 4.2e11 and 56.4 at the end "
                      "(epoch losses 1.8e10, 9.7e7 and 1.3e7); 58% of the second layer's ELU units "
                      "logged dead; accuracy 0.2003 (test 0.2003) at the majority share (0.2003), "
                      "99.2% of the test predictions in one class"), verdict="failed"),
    Case("h180_exploding_cl964_9x27_elu_std1_adam", "9x27 ELU MLP with N(0, 1) init on the "
         "964-feature set, Adam at LR 1e-9, batch 39",
         {"data": CL964, "model": {"hidden": [27] * 9, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 4.2e6 at every epoch; every gradient norm 5.6e5 to 4.3e6 "
                      "(healthy at most 276); quarter-mean update ratios 2.6e-11 to 2.7e-10, a "
                      "side effect of the LR; up to 15% of a deep layer's units logged dead; "
                      "accuracy 0.1977 (test 0.2) at the majority share (0.2023), 98.6% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h180_dead_relu_flute_cnn_adam_lr05", "the pan flute CNN (9, 12 channels, 24 hidden), "
         "Adam at LR 0.5, batch 27",
         {"data": PF4, "model": PCNN,
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 680 in epoch 1 (epoch loss 23.1), then "
                      "sits near ln 4 (epoch losses 1.416 and 1.429; 1.477 at the last step), so "
                      "the blow-up passed and divergence is not the end state; gradient norms 0 to "
                      "478 and quarter-mean update ratios up to 0.39 (healthy at most 0.056), "
                      "single steps up to 7.7; every channel of the second convolution and every "
                      "dense unit logged dead (healthy runs 0); accuracy 0.2467 against the "
                      "majority share (0.2667), every test prediction in one class"),
         verdict=TP),
    Case("h180_update_ratio_high_nectaire_adam_elu", "Adam at LR 1 on the nectaire batch CSV, "
         "33 ELU units, batch 24, 8 epochs",
         _nectaire(model={"hidden": [33], "activation": "elu"},
                   optim={"name": "adam", "lr": 1.0},
                   train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.17, single "
                      "steps up to 9.8; the healthy runs at most 0.056 and 0.54), yet accuracy 1.0 "
                      "(test 0.9897); the step loss jumps to 32 in epoch 1 and is 0 from epoch 2 "
                      "on, so later gradients are 0 and update ratios down to 1.6e-10"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h180_adam_lr1e10_fr967_silu", "the 967-feature Friedman regression, 41x17 SiLU MLP, "
         "Adam at LR 1e-10, batch 32, 4 epochs",
         {"data": FR967, "model": {"hidden": [41, 17], "activation": "silu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -9.24 (test -8.67), far below the healthy run "
                                         "(0.6198); the epoch loss 238 at every epoch; "
                                         "quarter-mean update ratios at most 4.2e-10 (healthy at "
                                         "least 2.1e-5); the step loss's position in the epoch "
                                         "explains 64% of its within-epoch variance, the same "
                                         "batches meeting the same weights"),
         verdict=TP),
    Case("h180_momentum9_lr1e10_nectaire_tanh", "the nectaire batch CSV, 32x13 tanh MLP, SGD "
         "with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _nectaire(model={"hidden": [32, 13], "activation": "tanh"},
                   optim={"name": "sgd", "lr": 1e-10, **MOM9},
                   train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"), why_allowed=("the epoch loss "
                                                                                  "1.338 at every "
                                                                                  "epoch; update "
                                                                                  "ratios logged 0 "
                                                                                  "and at most "
                                                                                  "3e-11 (healthy "
                                                                                  "quarter means "
                                                                                  "at least "
                                                                                  "2.1e-5); the "
                                                                                  "step loss's "
                                                                                  "position "
                                                                                  "explains 58% of "
                                                                                  "its "
                                                                                  "within-epoch "
                                                                                  "variance; "
                                                                                  "accuracy "
                                                                                  "0.3596, 0.09 "
                                                                                  "above the "
                                                                                  "majority share "
                                                                                  "(0.2671); 82% "
                                                                                  "of the test "
                                                                                  "predictions in "
                                                                                  "one class"),
         verdict=TP),
    Case("h180_vanishing_sigmoid_cl964_23x12_adam", "23x12 sigmoid MLP on the 964-feature set, "
         "Adam at LR 1e-3, batch 41, 4 epochs",
         {"data": CL964, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 3e-21 to 6e-20 (healthy at least 0.0089), "
                      "growing about tenfold a layer towards the output, so the first 8 layers' "
                      "update ratios are 0; Adam still moves the last layers, so the epoch loss "
                      "goes from 1.626 to 1.610 (ln 5 is 1.609) and no further; the step loss's "
                      "position explains 58% of its within-epoch variance; accuracy 0.2 at the "
                      "majority share (0.2023), every test prediction in one class"),
         verdict=TP),
    Case("h180_saturated_tanh_gq5961_std6_rmsprop", "2x30 tanh MLP with N(0, 6) init on the "
         "quantiles, plain RMSprop at LR 1e-9, batch 33",
         {"data": GQ5961, "model": {"hidden": [30, 30], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.1% and 94.4% of the tanh units saturated (healthy at most 1.3%); update "
                      "ratios of at most 4.3e-10, a side effect of the LR; the huge weights give "
                      "gradient norms up to 155 (the healthy runs on the 964-feature set at most "
                      "3.2, on the Friedman regression 276); the epoch loss 32.75 at every epoch, "
                      "far above ln 5; the step loss's position explains 56% of its within-epoch "
                      "variance; accuracy 0.2019 against a majority share of 0.2003; the test "
                      "predictions spread (at most 26% in one class)"),
         verdict=TP),
    Case("h180_slow_start_flute_cnn_momentum9_std0035", "the pan flute CNN with N(0, 0.035) "
         "init, SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": PF4, "model": {**PCNN, "init": "normal", "init_std": 0.035},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.384 to 1.393) for the first 5 epochs, then "
                      "falls (0.0562 at epoch 20); the first gradient norms 2.0e-3 to 3.1e-3 "
                      "(healthy first norms at least 0.139); up to 17% of the dense ReLU units "
                      "logged dead (healthy 0); the validation loss lowest at epoch 16, 4.6% above "
                      "it at the end; accuracy 0.9767 (test 0.9633) about the baseline (0.96)"),
         verdict=TP),
    Case("h180_unshuffled_cl964_adagrad_tanh", "the 964-feature set sorted by label, never "
         "shuffled, 42x21 tanh MLP, Adagrad at LR 2e-3, batch 33, 8 epochs",
         {"data": {**CL964, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 2e-3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.75% of its within-epoch "
                      "variance (healthy runner runs at most 22%); accuracy 0.7614 (test 0.7727, "
                      "training 0.9621), far below the healthy runs (0.9205 and up), with the "
                      "epoch loss still falling (0.853 to 0.801 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h180_mse_softmax_nectaire_momentum9_silu", "the nectaire batch CSV trained with "
         "square error on the softmax, SGD with momentum 0.9 at LR 0.05, 29x13 SiLU MLP, batch "
         "23, 10 epochs",
         _nectaire(model={"hidden": [29, 13], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.05, **MOM9},
                   train={"loss": "mse", "epochs": 10, "batch_size": 23}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "1.6e-3 at the end, so gradients down to 9e-4 (healthy at least 0.0089); the "
                      "step loss's position explains 29% of its within-epoch variance (healthy up "
                      "to 22%); the validation loss lowest at the end"),
         verdict=TP),
    Case("h180_noisy_cl964_b1_adagrad_tanh", "the 964-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.03, 23-unit tanh MLP, 2 epochs",
         {"data": CL964, "model": {"hidden": [23], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.03},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 3.96 times its mean (healthy runner runs at most 0.40, "
                      "healthy scripts 1.50), up to 7.3; single-row gradients up to 26 (healthy on "
                      "this set at most 3.2) and single update ratios up to 1.6 (healthy 0.54); "
                      "64% of the tanh units saturated (healthy at most 1.3%); accuracy 0.9295 "
                      "(test 0.9295, training 0.9955), like the healthy runs"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h180_overfit_cl964_subset43_rmsprop_silu", "43 rows of the 964-feature set, SiLU MLP "
         "of 168 and 84 units, plain RMSprop at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL964, "subset": 43},
          "model": {"hidden": [168, 84], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu", "update_ratio_high", "exploding_gradients"),
         why_allowed=("43 rows teach less than every row: accuracy 0.4659 (training 1.0; the "
                      "healthy runs 0.9205 and up); the validation loss lowest at epoch 2 of 150 "
                      "(1.974), 10.7% above it at the end while the training loss falls to 3.6e-8; "
                      "the step loss swings 1.66 times its mean, gradients reach 45 (healthy on "
                      "this set at most 3.2) and single update ratios 1.6 (healthy 0.54; quarter "
                      "means at most 0.013); as the loss reaches 0 gradients fall to 1e-13"),
         verdict=GP),
    Case("h180_gap_fr967_subset32_adagrad_elu", "32 rows of the 967-feature Friedman "
         "regression, ELU MLP of 160 and 80 units, Adagrad at LR 0.01, 80 epochs, batch 4",
         {"data": {**FR967, "subset": 32},
          "model": {"hidden": [160, 80], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("32 rows teach less (R2 -6.27, training 1.0; the healthy run 0.6198); the "
                      "validation loss, lowest at epoch 5 of 80 (171.9), ends 0.45% above it, so "
                      "overfitting is not clear; the step loss swings 3.0 times its mean and "
                      "gradients reach 341 (healthy at most 276); 21% of the second layer's ELU "
                      "units logged dead (healthy 0)"),
         verdict=GP),
    Case("h180_underfit_cl964_one_sigmoid_unit_adam", "the 964-feature set through 1 sigmoid "
         "unit, Adam at LR 0.01, batch 36, 15 epochs",
         {"data": CL964, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.3977 (the "
                      "healthy runs 1.0), accuracy 0.3841 (test 0.3955); the epoch loss flattens "
                      "(1.007 to 1.0 in the last epoch) with the validation loss 0.3% above its "
                      "epoch-12 minimum; the one unit saturated on 96% of the rows (healthy at "
                      "most 1.3%), a side effect of its load; update steps up to 0.53 (healthy "
                      "0.54); 54% of the test predictions in one class"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h180_lightning_digits_adamax_lr1e20_nan", "Lightning: digits, Adamax at LR 1e20, "
         "1070 units, batch 23, 3 epochs",
         script=lightning_run(_adamax("digits", hidden=(1070,), lr=1e20, epochs=3,
                                      batch_size=23)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h180_lightning_moons_nesterov8_lr1e10_stuck", "Lightning: moons (640 points, noise "
         "0.2), SGD with Nesterov momentum 0.8 at LR 1e-10, 1071 units, batch 20, 3 epochs",
         script=lightning_run(_nest8("moons", hidden=(1071,), lr=1e-10, epochs=3,
                                     batch_size=20, n=640, noise=0.2)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.6924 at every epoch; accuracy 0.5156 (training 0.5677) at "
                      "its initial weights, within 0.05 of the majority share (0.5); the step "
                      "loss's position explains 51% of its within-epoch variance"),
         verdict=TP),
    Case("h180_hf_trainer_iris_centered_rmsprop_lr1e20_nan", "Hugging Face Trainer names: "
         "iris, centered RMSprop at LR 1e20 (decaying linearly), 1072 units, batch 8, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_crms("iris", hidden=(1072,), lr=1e20, epochs=3, batch_size=8),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h180_hf_trainer_circles_adamax_lr1e10_stuck", "Hugging Face Trainer names: circles "
         "(620 points, noise 0.1), Adamax at LR 1e-10 (decaying linearly), 1073 units, batch "
         "18, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("circles", hidden=(1073,), lr=1e-10, epochs=3,
                                       batch_size=18, n=620, noise=0.1), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6935 at every evaluation; accuracy 0.5484 at its "
                      "initial weights, within 0.05 of 0.5, far below the healthy circles (0.9921 "
                      "and up)"),
         verdict=TP),
    Case("h180_keras_breast_cancer_nesterov8_lr1e20_nan", "Keras names: breast cancer, SGD "
         "with Nesterov momentum 0.8 at LR 1e20, 1074 units, batch 19, 3 epochs",
         script=keras_run(_nest8("breast_cancer", hidden=(1074,), lr=1e20, epochs=3,
                                 batch_size=19)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3684, far below the majority "
                      "share (0.6316)"), verdict="failed"),
    Case("h180_keras_digits_subset20_adamax_gap", "Keras names: 20 rows of digits, 1075 units, "
         "Adamax at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adamax("digits", hidden=(1075,), lr=3e-3, epochs=150, batch_size=2,
                                  subset=20)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5599, training 1.0; the healthy "
                      "digits 0.9721); the validation loss lowest at epoch 20 of 150 and only 4.0% "
                      "above it at the end while the training loss falls to 6.4e-4, so overfitting "
                      "is not clear"),
         verdict=GP),
    Case("h180_tensorboard_wine_centered_rmsprop_lr1e20_nan", "TensorBoard tags: wine, "
         "centered RMSprop at LR 1e20, 1076 units, batch 10, 3 epochs",
         script=tensorboard_run(_crms("wine", hidden=(1076,), lr=1e20, epochs=3,
                                      batch_size=10)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h180_tensorboard_moons_subset8_nesterov8_gap", "TensorBoard tags: 8 rows of moons "
         "(650 points, noise 0.3), 1077 units, SGD with Nesterov momentum 0.8 at LR 0.05, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_nest8("moons", hidden=(1077,), lr=0.05, epochs=150,
                                       batch_size=2, n=650, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.8308, training 1.0; the healthy "
                      "moons 0.9552 and up); the validation loss lowest at its first evaluation "
                      "(1.266), 4.1 times it at the end; the step loss swings 2.66 times its mean "
                      "(healthy scripts at most 1.50), up to 5.75"),
         verdict=GP),
    Case("h180_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (630 points), Adamax at LR 1e-4, 1078 units, batch 21, a corrupt record "
         "(x = 1e30) at step 14 makes the loss Inf",
         script=plain_run(_adamax("sine", hidden=(1078,), lr=1e-4, epochs=3, batch_size=21,
                                  n=630, noise=0.2), corrupt_step=14),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=14),
    Case("h180_plain_wine_centered_rmsprop_lr1e10_stuck", "hand-written loop: wine, centered "
         "RMSprop at LR 1e-10, 1079 units, batch 9, 4 epochs",
         script=plain_run(_crms("wine", hidden=(1079,), lr=1e-10, epochs=4, batch_size=9)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.078 at every epoch; accuracy 0.4444, 0.056 above the "
                      "majority share (0.3889), far below the healthy wine (1.0)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy180_nectaire_relu_adam_b25",
       _nectaire(model={"hidden": [41]},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 25})),
    _h("healthy180_nectaire_tanh_rmsprop_b29",
       _nectaire(model={"hidden": [37], "activation": "tanh"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy180_nectaire_elu_adamw_b32",
       _nectaire(model={"hidden": [44], "activation": "elu"},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 32})),
    _h("healthy180_nectaire_leaky_momentum9_b27",
       _nectaire(model={"hidden": [39], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy180_nectaire_selu_adagrad_b21",
       _nectaire(model={"hidden": [35], "activation": "selu"},
                 optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 21})),
    _h("healthy180_nectaire_silu_adadelta_b34",
       _nectaire(model={"hidden": [31], "activation": "silu"},
                 optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 34})),
    _h("healthy180_nectaire_sigmoid_adam_b30",
       _nectaire(model={"hidden": [28], "activation": "sigmoid"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 30})),
    _h("healthy180_nectaire_relu_rmsprop_momentum5_b36",
       _nectaire(model={"hidden": [46]},
                 optim={"name": "rmsprop", "lr": 1e-3, **RMOM5, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 36})),
    _h("healthy180_fr967_tanh_adamw_l1_b26",
       {"data": FR967, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy180_cl964_relu_adam_b29",
       {"data": CL964, "model": {"hidden": [63]},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy180_cl964_tanh_adamw_b31",
       {"data": CL964, "model": {"hidden": [66], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy180_cl964_elu_rmsprop_b26",
       {"data": CL964, "model": {"hidden": [60], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy180_cl964_selu_momentum7_b35",
       {"data": CL964, "model": {"hidden": [57], "activation": "selu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM7, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy180_cl964_silu_adagrad_b24",
       {"data": CL964, "model": {"hidden": [68], "activation": "silu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy180_cl964_leaky_nesterov9_b38",
       {"data": CL964, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy180_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(1071,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy180_tensorboard_breast_cancer_centered_rmsprop",
        tensorboard_run(_crms("breast_cancer", hidden=(1074,), lr=1e-4, epochs=12,
                              batch_size=21)), "tensorboard"),
    _hs("healthy180_tensorboard_circles_adamax",
        tensorboard_run(_adamax("circles", hidden=(1077,), lr=2e-3, epochs=20, batch_size=19,
                               n=630, noise=0.1)), "tensorboard"),
    _hs("healthy180_hf_trainer_digits_nesterov8",
        hf_trainer_run(_nest8("digits", hidden=(1070,), lr=0.03, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy180_hf_trainer_iris_adamax",
        hf_trainer_run(_adamax("iris", hidden=(1073,), lr=3e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy180_hf_trainer_moons_centered_rmsprop",
        hf_trainer_run(_crms("moons", hidden=(1076,), lr=5e-4, epochs=20, batch_size=21,
                             n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy180_keras_breast_cancer_adamax",
        keras_run(_adamax("breast_cancer", hidden=(1079,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy180_keras_moons_adamax",
        keras_run(_adamax("moons", hidden=(1072,), lr=6e-3, epochs=15, batch_size=19, n=670,
                         noise=0.2)), "keras"),
    _hs("healthy180_lightning_digits_centered_rmsprop",
        lightning_run(_crms("digits", hidden=(1075,), lr=2e-4, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy180_lightning_wine_nesterov8",
        lightning_run(_nest8("wine", hidden=(1078,), lr=0.01, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy180_plain_iris_nesterov8",
        plain_run(_nest8("iris", hidden=(1070,), lr=0.02, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy180_plain_circles_adamax",
        plain_run(_adamax("circles", hidden=(1074,), lr=3e-3, epochs=12, batch_size=18, n=660,
                          noise=0.1)), "pytorch"),
    _hs("healthy180_plain_breast_cancer_centered_rmsprop",
        plain_run(_crms("breast_cancer", hidden=(1077,), lr=2e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
