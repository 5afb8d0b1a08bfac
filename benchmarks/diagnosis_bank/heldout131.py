"""The hundred-and-thirty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout130` (not looked at), after :mod:`.heldout126` to
:mod:`.heldout129`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
lyre (a full yoke along the top row over two arms and a middle string, a sound box and one foot,
in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 1310); 5-class Gaussian quantiles in 431 dimensions (3160 samples); a
434-feature 5-class set (2060 samples, 30 informative, 12 redundant, class separation 2.8); a
437-feature Friedman-1 regression (1660 samples, noise 0.9); a sake brewery's batch stage CSV
(washing, steaming, fermenting, pressing: 4 classes from 7 readings,
``sake_brewery_batch_stage_h131``, seed 1311) and an alpine slide's riders a day regression CSV
(in the hundreds, ``alpine_slide_daily_riders_h131``, seed 1312); the sklearn sets use random
states 1313 to 1315. The glyph's name, the two CSV themes and the feature counts were checked
against the bank's parts as unused. Script cases use RAdam, AdamW and centered RMSprop on iris,
blobs, spirals, digits, wine, breast cancer, circles, moons and the sine; every script case holds
a hidden width of 580 to 589. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop with
momentum 0.5 or 0.9, Adagrad, Adadelta, plain SGD, SGD with momentum 0.5, 0.7, 0.8 or 0.9, SGD
with Nesterov momentum 0.7 or 0.9. Each fault pairs its mechanism with another optimiser, model,
data set or tool than :mod:`.heldout124` to :mod:`.heldout129` did (every data set here is new):
divergence under SGD with Nesterov momentum 0.7 in a SiLU net on the unscaled alpine riders and
under plain RMSprop at LR 10 in a ReLU net on the quantiles, exploding gradients in a 10-layer
leaky-ReLU net with N(0, 1) init under AdamW, units killed by SGD with momentum 0.9 at LR 1 in the
lyre CNN, a high update ratio from Adam at LR 1 in a tanh net on the sake CSV, tiny learning rates
under Adagrad (tanh, Friedman) and RMSprop with momentum 0.9 (SiLU, sake CSV), vanishing
gradients under SGD with momentum 0.5 in a 24-layer sigmoid net, saturated tanh units with N(0,
6) init under RMSprop with momentum 0.5, the lyre CNN with N(0, 0.04) init under SGD with momentum
0.8 (a slow start), the unshuffled 434-feature set under plain RMSprop (SELU), square error under
AdamW (ELU), batch 1 under Adam (tanh), 45 rows of the 434-feature set under plain RMSprop
(SiLU), 33 rows of the Friedman regression under Adam (SELU), 1 tanh unit under AdamW; the
scripts: Lightning's NaN on iris (centered RMSprop) and stuck blobs (RAdam), Trainer's NaN on
spirals (AdamW) and stuck digits (centered RMSprop), Keras' NaN on wine (RAdam) and 18 rows of
digits (AdamW, overfit, a gap), TensorBoard's NaN on breast cancer (centered RMSprop) and 6 rows
of circles (RAdam, overfit, a gap), the loop's corrupt record on the sine (centered RMSprop) and
stuck spirals (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares
(validation): 0.2015 on the 434-feature set's splits, 0.2009 on the quantiles', 0.2639 on the
sake CSV's, 0.26 on the lyre images'; on the scripts' validation splits 1/3 (iris, three blobs,
three spirals), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer). Baselines (validation):
accuracy 1.0 (sake CSV), 0.8932 (434-feature set), 0.9333 (lyre images), 0.2025 (quantiles); R2
0.4819 (Friedman), 0.9355 (alpine CSV).

Measured healthy ranges (runner): update ratio quarter means 1.9e-5 (the SELU MLP on the Friedman
regression) to 0.0354 (the SiLU MLP with Adagrad on the 434-feature set), single steps at most
0.361 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.162 with single
steps up to 9.76; the ``update_ratio_low`` runs log quarter means of at most 2.3e-10 and 1.4e-8.
Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU and SiLU run and at most 0.109 in the SELU
MLP on the Friedman regression (the SGD-killed CNN's dense units 1.0 and its second convolution's
0.77, the slow-starting CNN's dense units up to 0.19, the quantile divergence's 0.59); saturated
fraction at most 0.0044 (the tanh MLP with Nesterov momentum on the 434-feature set); the
saturated run's 0.94-0.99, the update-ratio run's 0.93, the one-tanh-unit run's 0.55, the batch-1
run's 0.62. Gradient norms at least 0.0057 (the leaky-ReLU MLP with Adadelta on the sake CSV) and
at most 2.2e2 (the Friedman regression's first steps), first norms at least 0.158; the vanishing
run's 9.1e-22, the exploding run's 2.1e6 to 1.6e7, the slow start's first 2.5e-3. The step
loss's position in the epoch explains at most 31% of the within-epoch variance over the second
half in the healthy runner runs (the sigmoid MLP on the sake CSV; the unshuffled run 99%). The
standard deviation of the step loss's step-to-step change over the second half is at most 0.39
times its mean in the healthy runner runs (the tanh MLP on the 434-feature set) and 1.49 in the
healthy scripts (the loop's breast cancer); the batch-1 run's is 4.13. Healthy scores: accuracy
1.0 on the sake CSV (every split, every epoch, every run), 0.8811-0.9199 on the 434-feature set
(test 0.8544-0.8811; training 0.9887-1.0, a gap of 0.08-0.11 at the baseline's level, the data's
own limit), R2 0.6039 on the Friedman regression (test 0.6578, training 0.8493); scripts
(validation): breast cancer 0.9474, 0.9386 and 0.9561, wine 1.0 and 0.9722, digits 0.9694 and
0.9749, iris 0.9 and 0.9667, moons 0.9924, 0.9615 and 0.9531, circles 1.0. Every healthy run's
validation loss is lowest at its end.

Changes after the first run: the healthy Friedman run (SELU, Adam at LR 3e-3, 12 epochs) reached
R2 0.498 against training 0.916 with its validation loss 0.5% above its epoch-9 minimum (weight
decay 0.05 or an L1 penalty of 1e-3 or 3e-3 changed little), so it got an L1 penalty of 0.03 and
10 epochs (R2 0.6039, training 0.8493, lowest at the end); TensorBoard's wine (AdamW at LR 1e-3,
20 epochs) ended 7% above its epoch-19 validation loss, so it ran at LR 5e-4 for 15 epochs;
Keras' digits (AdamW at LR 1e-3, 12 epochs) ended 8% above its epoch-11 minimum, so LR 5e-4 for
10 epochs; Lightning's circles (AdamW at LR 2e-3, 20 epochs) had a jumpy validation loss ending
0.1% above its epoch-19 value, so LR 1e-3 for 15 epochs; Keras' moons (centered RMSprop at LR
2e-4) was still climbing at 0.9308, TensorBoard's digits (LR 5e-5) at 0.9025 and the loop's iris
(LR 1e-4) stood at 0.9, so they ran at LR 5e-4 (moons, 15 epochs; LR 1e-3 ended 1.7% above its
epoch-19 minimum), 2e-4 and 5e-4. The slow start (LR 0.05, no schedule, 20 epochs) lingered 8
epochs at ln 4 but ended 33% above its epoch-19 validation loss after a last-epoch jump (a cosine
schedule at LR 0.05 ended at 0.7067, below the baseline), so it ran at LR 0.07 with a cosine
schedule for 24 epochs; the 45-row overfit run ended only 2.8% above its epoch-9 validation loss
after 50 epochs, so it trained 150 (16%); Keras' 18 rows of digits ended 6.2% above its epoch-15
minimum (AdamW at LR 1e-3, 100 epochs), so LR 2e-3 for 200 epochs (17%). Labels from the
metrics: the lyre CNN under SGD with momentum 0.9 at LR 1 was meant to blow up, but its loss
stayed near ln 4 (epoch losses 1.454 to 1.467) while its dense units all died, so ``divergence``
became allowed, ``not_training`` expected and the verdict a training problem; the test
predictions fall in one class in the quantile divergence (99.4%), the exploding run (99.3%), the
killed CNN (100%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there,
allowed in the stuck sake run (68%) and dropped from the saturated run's allowed codes (25%); the
33-row Friedman regression's validation loss plateaued 9-16% above its epoch-8 minimum rather
than rising, so ``overfitting`` is allowed there; Keras' NaN wine (0.3333 against 0.3889) and
TensorBoard's NaN breast cancer (0.3684 against 0.6316) fall more than 0.05 below the majority
share (``at_chance`` allowed), the stuck sake run (0.2153 against 0.2639) and the saturated run
(0.2427 against 0.2015) within it (expected); the one-tanh-unit run scores 0.3689 with quarter-
mean update ratios of at most 0.0198, so ``at_chance`` and ``update_ratio_high`` left its allowed
codes; runs whose loss reached about 0 (the 45-row overfit, the update-ratio run, square error)
log tiny gradients, so ``vanishing_gradients`` is allowed there.

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

# a lyre in a 5x5 cell: a full yoke along the top row over two arms and a middle string, a sound
# box and a single foot at the bottom; turned by 90 degrees for the others
_LYRE_UP = np.array([[1, 1, 1, 1, 1],
                     [1, 0, 1, 0, 1],
                     [1, 0, 1, 0, 1],
                     [0, 1, 1, 1, 0],
                     [0, 0, 1, 0, 0]], dtype=float)
_LYRES = turned(_LYRE_UP)


def lyres(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 lyre glyph at a random place (4 classes: the lyre turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_LYRES, n, size, noise, flip, seed)


def _sake_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A sake brewery's batch stage (0 washing, 1 steaming, 2 fermenting, 3 pressing) from 7
    readings."""
    n = 1440
    cls = rng.integers(0, 4, n)
    rice_c = np.array([12.0, 100.0, 14.0, 10.0])[cls] + rng.normal(0, 3.0, n)
    water_l_min = np.array([40.0, 3.0, 0.5, 1.0])[cls] + rng.normal(0, 2.5, n)
    brix = np.array([0.0, 0.5, 18.0, 6.0])[cls] + rng.normal(0, 1.2, n)
    press_bar = np.array([0.0, 0.2, 0.0, 4.5])[cls] + rng.normal(0, 0.35, n)
    co2_ppm = np.array([450.0, 500.0, 3800.0, 1200.0])[cls] + rng.normal(0, 180.0, n)
    cellar_c = rng.uniform(4.0, 15.0, n)
    crew = rng.integers(1, 7, n).astype(float)
    return (["rice_c", "water_l_min", "brix", "press_bar", "co2_ppm", "cellar_c", "crew",
             "stage"],
            np.column_stack([rice_c, water_l_min, brix, press_bar, co2_ppm, cellar_c, crew,
                             cls]))


def _alpine_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An alpine slide's riders a day from 7 readings."""
    n = 1180
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0.0, 13.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    valley_c = rng.uniform(0.0, 31.0, n)
    sleds = rng.integers(20, 70, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    coaches = rng.integers(0, 5, n).astype(float)
    riders = (110 + 9.0 * sun_h - 7.0 * rain_mm + 2.5 * valley_c + 4.0 * sleds
              + 130.0 * holiday + 35.0 * coaches + 70.0 * (weekday >= 5)
              + rng.normal(0, 20.0, n))
    return (["weekday", "sun_h", "rain_mm", "valley_c", "sleds", "holiday", "coaches",
             "riders"],
            np.column_stack([weekday, sun_h, rain_mm, valley_c, sleds, holiday, coaches,
                             riders]))


def _sake(**sections: Any) -> Any:
    return _csv("sake_brewery_batch_stage_h131", _sake_csv, "stage", "classification", 1311,
                **sections)


def _alpine(**sections: Any) -> Any:
    return _csv("alpine_slide_daily_riders_h131", _alpine_csv, "riders", "regression", 1312,
                **sections)


def _radam(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


def _crms(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
MOM7 = {"momentum": 0.7}
MOM5 = {"momentum": 0.5}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM9 = {"momentum": 0.9}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout131"
LY4 = _factory(f"{HERE}:lyres", seed=1310)
GQ5431 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3160, n_features=431,
                  n_classes=5, random_state=1313)
CL434 = _factory("sklearn.datasets:make_classification", n_samples=2060, n_features=434,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=1314)
FR437 = _factory("sklearn.datasets:make_friedman1", n_samples=1660, n_features=437, noise=0.9,
                 random_state=1315)
LCNN = {"kind": "cnn", "conv": [{"channels": 8}, {"channels": 13}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h131_divergence_alpine_nesterov7_silu", "the alpine slide riders CSV (targets "
         "unscaled, in the hundreds), 26-unit SiLU MLP, SGD with Nesterov momentum 0.7 at LR "
         "0.05, batch 23",
         _alpine(model={"hidden": [26], "activation": "silu"},
                 optim={"name": "sgd", "lr": 0.05, **NEST7},
                 train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.4e5 at first and Inf at step 5, where the run "
                      "stops"), verdict="failed"),
    Case("h131_divergence_gq5431_rmsprop_lr10_relu", "45x17 ReLU MLP on the 5-class quantiles "
         "in 431 dimensions, plain RMSprop at LR 10, batch 37",
         {"data": GQ5431, "model": {"hidden": [45, 17]},
          "optim": {"name": "rmsprop", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; the step loss 1.62 at first, up to 4.1e9 and 16.65 at the "
                      "end (epoch losses 1.7e8 to 7.7e4); 59% of the second layer's units logged "
                      "dead; accuracy 0.1994 (test 0.1978) at the majority share (0.2009), 99.4% "
                      "of the test predictions in one class"), verdict="failed"),
    Case("h131_exploding_cl434_10x26_leaky_std1_adamw", "10x26 leaky-ReLU MLP with N(0, 1) "
         "init on the 434-feature set, AdamW at LR 1e-9, batch 39",
         {"data": CL434, "model": {"hidden": [26] * 10, "activation": "leaky_relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.379e7 at every epoch; every gradient norm 2.1e6 to 1.6e7 "
                      "(healthy at most 2.2e2); quarter-mean update ratios 2.9e-11 to 2.0e-10, a "
                      "side effect of the LR; up to 15% of a layer's units logged dead; accuracy "
                      "0.2039 (test 0.2015) at the majority share (0.2015), 99.3% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h131_dead_relu_lyre_cnn_sgd_momentum9_lr1", "the lyre CNN (8, 13 channels, 21 "
         "hidden), SGD with momentum 0.9 at LR 1, batch 26",
         {"data": LY4, "model": LCNN,
          "optim": {"name": "sgd", "lr": 1.0, **MOM9},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "not_training", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "noisy_loss", "unshuffled_data", "underfitting",
                "not_converged", "divergence", "overfitting"),
         why_allowed=("the dense units all dead from the first log and 77% of the second "
                      "convolution's channels (healthy at most 11%); the epoch loss 1.454, 1.434, "
                      "1.467 (ln 4 is 1.386), so the loss never blew up, and the step loss swings "
                      "up to 1.73; single update ratios up to 0.41 in the first steps; accuracy "
                      "0.25 against a majority share of 0.26, every test prediction in one class"),
         verdict=TP),
    Case("h131_update_ratio_high_sake_adam_tanh", "Adam at LR 1 on the sake brewery CSV, 34 "
         "tanh units, batch 23, 8 epochs",
         _sake(model={"hidden": [34], "activation": "tanh"},
               optim={"name": "adam", "lr": 1.0},
               train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.162, "
                      "single steps up to 9.76; the healthy runs at most 0.0354 and 0.361) and 93% "
                      "of the tanh units saturate (healthy at most 0.44%), yet accuracy 1.0; the "
                      "loss is exactly 0 from epoch 2, so later gradients are 0 and the update "
                      "ratios fall to 7e-12"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h131_adagrad_lr1e10_fr437_tanh", "the 437-feature Friedman regression, 39x15 tanh "
         "MLP, Adagrad at LR 1e-10, batch 33, 4 epochs",
         {"data": FR437, "model": {"hidden": [39, 15], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.83, far below the baseline (0.4819 on validation) and the healthy "
                      "run (0.6039); the epoch loss 223.4 at every epoch; quarter-mean update "
                      "ratios at most 2.3e-10 (healthy at least 1.9e-5)"), verdict=TP),
    Case("h131_rmsprop_momentum9_lr1e10_sake_silu", "the sake brewery CSV, 31x14 SiLU MLP, "
         "RMSprop with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _sake(model={"hidden": [31, 14], "activation": "silu"},
               optim={"name": "rmsprop", "lr": 1e-10, **RMOM9},
               train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.39 at every epoch; quarter-mean update ratios at most "
                      "1.4e-8 (healthy at least 1.9e-5); accuracy 0.2153 against a majority share "
                      "of 0.2639; 68% of the test predictions in one class"), verdict=TP),
    Case("h131_vanishing_sigmoid_cl434_24x11_momentum5", "24x11 sigmoid MLP on the 434-feature "
         "set, SGD with momentum 0.5 at LR 0.1, batch 41, 4 epochs",
         {"data": CL434, "model": {"hidden": [11] * 24, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.1, **MOM5},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 9.1e-22; healthy at least "
                      "0.0057); the epoch loss 1.617 to 1.614 (ln 5 is 1.609); accuracy 0.199 at "
                      "the majority share (0.2015), every test prediction in one class"),
         verdict=TP),
    Case("h131_saturated_tanh_cl434_std6_rmsprop_momentum5", "2x32 tanh MLP with N(0, 6) init "
         "on the 434-feature set, RMSprop with momentum 0.5 at LR 1e-9, batch 31",
         {"data": CL434, "model": {"hidden": [32, 32], "activation": "tanh",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-9, **RMOM5},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("98.6% and 94.4% of the tanh units saturated (healthy at most 0.44%); "
                      "update ratios of at most 4.9e-10, a side effect of the LR; the epoch loss "
                      "37.87 at every epoch, far above ln 5; accuracy 0.2427 against a majority "
                      "share of 0.2015; the test predictions spread (at most 25% in one class)"),
         verdict=TP),
    Case("h131_slow_start_lyre_cnn_momentum8_std004", "the lyre CNN with N(0, 0.04) init, SGD "
         "with momentum 0.8 at LR 0.07 (cosine), batch 29, 24 epochs",
         {"data": LY4, "model": {**LCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.07, **MOM8, "schedule": "cosine"},
          "train": {"epochs": 24, "batch_size": 29}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.384 to 1.390) for the first 6 epochs, "
                      "then falls (0.125 at epoch 24); the first gradient norms 2.5e-3 (healthy "
                      "first norms at least 0.158); up to 19% of the dense ReLU units dead (healthy"
                      " at most 11%); accuracy 0.9333, the baseline's; the validation loss lowest "
                      "at epoch 23 of 24, 0.2% above it at the end"), verdict=TP),
    Case("h131_unshuffled_cl434_rmsprop_selu", "the 434-feature set sorted by label, never "
         "shuffled, 43x20 SELU MLP, plain RMSprop at LR 1e-4, batch 34, 8 epochs",
         {"data": {**CL434, "order": "by_label", "shuffle": False},
          "model": {"hidden": [43, 20], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 34}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runs at most 31%); accuracy 0.6893 (test 0.7136), below "
                      "the healthy runs (0.8811 and up), with the loss still falling and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h131_mse_softmax_sake_adamw_elu", "the sake brewery CSV trained with square error on "
         "the softmax, AdamW at LR 3e-3, 30x12 ELU MLP, batch 24, 10 epochs",
         _sake(model={"hidden": [30, 12], "activation": "elu"},
               optim={"name": "adamw", "lr": 3e-3},
               train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "6.4e-5 at the end, so gradients down to 1.1e-4 (healthy at least 0.0057); "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h131_noisy_cl434_b1_adam_tanh", "the 434-feature set one row at a time (batch 1), "
         "Adam at LR 3e-3, 22-unit tanh MLP, 2 epochs",
         {"data": CL434, "model": {"hidden": [22], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu"),
         why_allowed=("the step loss swings 4.13 times its mean (healthy runner runs at most "
                      "0.39); accuracy 0.8859 (test 0.8495, training 0.9919), a gap of 0.106 like "
                      "the healthy runs' 0.08-0.11; 62% of the tanh units saturated (healthy at "
                      "most 0.44%); the validation loss lowest at the end of the 2 epochs"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h131_overfit_cl434_subset45_rmsprop_silu", "45 rows of the 434-feature set, SiLU MLP "
         "of 172 and 88 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL434, "subset": 45},
          "model": {"hidden": [172, 88], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients"),
         why_allowed=("45 rows teach less than every row: accuracy 0.534 (training 1.0; the "
                      "healthy runs 0.8811 and up); the epoch loss at 1e-8 can fall no further "
                      "that matters, so gradients fall to 1.6e-7 (healthy at least 0.0057); the "
                      "validation loss lowest at epoch 9 of 150, 16% above it at the end"),
         verdict=GP),
    Case("h131_gap_fr437_subset33_adam_selu", "33 rows of the 437-feature Friedman regression, "
         "SELU MLP of 164 and 81 units, Adam at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR437, "subset": 33},
          "model": {"hidden": [164, 81], "activation": "selu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("33 rows teach less (R2 -4.22, training 0.9998; the healthy run 0.6039); "
                      "the validation loss, lowest at epoch 8 of 80, sits 9-16% above it from "
                      "epoch 10 on and ends 12% above it, flat rather than rising, so overfitting "
                      "is not clear; the step loss near 0 swings 2.66 times its mean"), verdict=GP),
    Case("h131_underfit_cl434_one_tanh_unit_adamw", "the 434-feature set through 1 tanh unit, "
         "AdamW at LR 3e-3, batch 38, 15 epochs",
         {"data": CL434, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.4231 (the "
                      "healthy runs 0.9887 and up), accuracy 0.3689 (test 0.3738); the epoch loss "
                      "falls slowly (1.023 to 1.015 in the last epoch) with the validation loss "
                      "flat (lowest at epoch 14 of 15); its unit saturated 55% of the time "
                      "(healthy at most 0.44%)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h131_lightning_iris_centered_rmsprop_lr1e20_nan", "Lightning: iris, centered RMSprop "
         "at LR 1e20, 580 units, batch 9, 3 epochs",
         script=lightning_run(_crms("iris", hidden=(580,), lr=1e20, epochs=3, batch_size=9)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h131_lightning_blobs_radam_lr1e10_stuck", "Lightning: three blobs (620 points), RAdam "
         "at LR 1e-10, 581 units, batch 20, 3 epochs",
         script=lightning_run(_radam("blobs", hidden=(581,), lr=1e-10, epochs=3, batch_size=20,
                                     n=620)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.075 at every epoch; accuracy 0.3548 on three blobs"),
         verdict=TP),
    Case("h131_hf_trainer_spirals_adamw_lr1e20_nan", "Hugging Face Trainer names: three spirals "
         "(630 points, noise 0.1), AdamW at LR 1e20 (decaying linearly), 582 units, batch 21, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamw("spirals", hidden=(582,), lr=1e20, epochs=3,
                                      batch_size=21, n=630, noise=0.1), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h131_hf_trainer_digits_centered_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: "
         "digits, centered RMSprop at LR 1e-10 (decaying linearly), 583 units, batch 24, 3 "
         "epochs, logging every 3 steps",
         script=hf_trainer_run(_crms("digits", hidden=(583,), lr=1e-10, epochs=3,
                                     batch_size=24), logging_steps=3),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.301 at every evaluation; accuracy 0.1198 against a "
                      "majority share of 0.1003"), verdict=TP),
    Case("h131_keras_wine_radam_lr1e20_nan", "Keras names: wine, RAdam at LR 1e20, 584 units, "
         "batch 10, 3 epochs",
         script=keras_run(_radam("wine", hidden=(584,), lr=1e20, epochs=3, batch_size=10)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h131_keras_digits_subset18_adamw_gap", "Keras names: 18 rows of digits, 585 units, "
         "AdamW at LR 2e-3, 200 epochs, batch 3",
         script=keras_run(_adamw("digits", hidden=(585,), lr=2e-3, epochs=200, batch_size=3,
                                 subset=18)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("18 rows teach less (validation accuracy 0.5682, training 1.0; the "
                      "healthy digits 0.9694 and up); the validation loss lowest at epoch 2 of 200 "
                      "and 17% above it at the end while the training loss falls to 1.2e-4"),
         verdict=GP),
    Case("h131_tensorboard_breast_cancer_centered_rmsprop_lr1e20_nan", "TensorBoard tags: breast"
         " cancer, centered RMSprop at LR 1e20, 586 units, batch 18, 3 epochs",
         script=tensorboard_run(_crms("breast_cancer", hidden=(586,), lr=1e20, epochs=3,
                                      batch_size=18)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h131_tensorboard_circles_subset6_radam_gap", "TensorBoard tags: 6 rows of circles "
         "(640 points, noise 0.1), 587 units, RAdam at LR 1e-3, 150 epochs, batch 2",
         script=tensorboard_run(_radam("circles", hidden=(587,), lr=1e-3, epochs=150,
                                       batch_size=2, n=640, noise=0.1, subset=6)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("6 rows teach less (validation accuracy 0.7266, training 1.0; the "
                      "healthy circles 1.0); the validation loss lowest at epoch 1 of 150, 3.0 "
                      "times it at the end"), verdict=GP),
    Case("h131_plain_corrupt_record_sine_centered_rmsprop", "hand-written loop: sine regression "
         "with noise 0.15 (650 points), centered RMSprop at LR 1e-4, 588 units, batch 21, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_crms("sine", hidden=(588,), lr=1e-4, epochs=3, batch_size=21, n=650,
                                noise=0.15), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=15),
    Case("h131_plain_spirals_adamw_lr1e10_stuck", "hand-written loop: three spirals (630 "
         "points, noise 0.1), AdamW at LR 1e-10, 589 units, batch 20, 4 epochs",
         script=plain_run(_adamw("spirals", hidden=(589,), lr=1e-10, epochs=4, batch_size=20,
                                 n=630, noise=0.1)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.116 at every epoch; accuracy 0.3095 on three "
                      "spirals"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy131_sake_relu_adam_b22",
       _sake(model={"hidden": [42]},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy131_sake_tanh_adagrad_b26",
       _sake(model={"hidden": [36], "activation": "tanh"},
             optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy131_sake_elu_rmsprop_momentum5_b29",
       _sake(model={"hidden": [45], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 29})),
    _h("healthy131_sake_leaky_adadelta_b24",
       _sake(model={"hidden": [38], "activation": "leaky_relu"},
             optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy131_sake_selu_adamw_b20",
       _sake(model={"hidden": [34], "activation": "selu"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy131_sake_silu_nesterov9_b31",
       _sake(model={"hidden": [32], "activation": "silu"},
             optim={"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 31})),
    _h("healthy131_sake_sigmoid_rmsprop_b28",
       _sake(model={"hidden": [29], "activation": "sigmoid"},
             optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy131_sake_relu_momentum7_b33",
       _sake(model={"hidden": [47]},
             optim={"name": "sgd", "lr": 0.01, **MOM7, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 33})),
    _h("healthy131_fr437_selu_adam_l1_b25",
       {"data": FR437, "model": {"hidden": [55], "activation": "selu"},
        "optim": {"lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy131_cl434_selu_adamw_b28",
       {"data": CL434, "model": {"hidden": [64], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy131_cl434_elu_rmsprop_b30",
       {"data": CL434, "model": {"hidden": [67], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy131_cl434_relu_adam_b23",
       {"data": CL434, "model": {"hidden": [62]},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy131_cl434_silu_adagrad_b34",
       {"data": CL434, "model": {"hidden": [58], "activation": "silu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy131_cl434_tanh_nesterov7_b21",
       {"data": CL434, "model": {"hidden": [69], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST7, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _h("healthy131_cl434_leaky_sgd_b32",
       {"data": CL434, "model": {"hidden": [61], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 32}}),
    _hs("healthy131_tensorboard_breast_cancer_radam",
        tensorboard_run(_radam("breast_cancer", hidden=(581,), lr=1e-3, epochs=12,
                               batch_size=20)), "tensorboard"),
    _hs("healthy131_tensorboard_wine_adamw",
        tensorboard_run(_adamw("wine", hidden=(584,), lr=5e-4, epochs=15, batch_size=10)),
        "tensorboard"),
    _hs("healthy131_tensorboard_digits_centered_rmsprop",
        tensorboard_run(_crms("digits", hidden=(587,), lr=2e-4, epochs=10, batch_size=24)),
        "tensorboard"),
    _hs("healthy131_hf_trainer_iris_radam",
        hf_trainer_run(_radam("iris", hidden=(580,), lr=2e-3, epochs=20, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy131_hf_trainer_moons_adamw",
        hf_trainer_run(_adamw("moons", hidden=(583,), lr=2e-3, epochs=20, batch_size=20,
                              n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy131_hf_trainer_breast_cancer_centered_rmsprop",
        hf_trainer_run(_crms("breast_cancer", hidden=(586,), lr=5e-5, epochs=15,
                             batch_size=19), logging_steps=2), "transformers"),
    _hs("healthy131_keras_digits_adamw",
        keras_run(_adamw("digits", hidden=(589,), lr=5e-4, epochs=10, batch_size=25)), "keras"),
    _hs("healthy131_keras_moons_centered_rmsprop",
        keras_run(_crms("moons", hidden=(582,), lr=5e-4, epochs=15, batch_size=18, n=650,
                        noise=0.2)), "keras"),
    _hs("healthy131_lightning_wine_radam",
        lightning_run(_radam("wine", hidden=(585,), lr=1e-3, epochs=20, batch_size=9)),
        "lightning"),
    _hs("healthy131_lightning_circles_adamw",
        lightning_run(_adamw("circles", hidden=(588,), lr=1e-3, epochs=15, batch_size=17,
                             n=640, noise=0.1)), "lightning"),
    _hs("healthy131_plain_moons_radam",
        plain_run(_radam("moons", hidden=(580,), lr=2e-3, epochs=20, batch_size=22, n=640,
                         noise=0.2)), "pytorch"),
    _hs("healthy131_plain_iris_centered_rmsprop",
        plain_run(_crms("iris", hidden=(583,), lr=5e-4, epochs=20, batch_size=9)),
        "pytorch"),
    _hs("healthy131_plain_breast_cancer_adamw",
        plain_run(_adamw("breast_cancer", hidden=(586,), lr=5e-4, epochs=12, batch_size=19)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
