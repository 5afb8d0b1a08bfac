"""The hundred-and-seventieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout171` (not looked at), after the measurement of
:mod:`.heldout166` and :mod:`.heldout167`, by someone who saw no diagnosis of its runs. New data:
a 10x10 image set of a kazoo (a short fat tube of four rows lying across a 6x6 cell, narrowing to
a one-row mouthpiece at its left end, with a round turret sticking up near its right end, turned
by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed
1700); 5-class Gaussian quantiles in 861 dimensions (3060 samples); an 864-feature 5-class set
(2140 samples, 30 informative, 12 redundant, class separation 5.0); an 867-feature Friedman-1
regression (1700 samples, noise 0.8); a reblochon maker's batch stage CSV (curdling, moulding,
washing, ripening: 4 classes from 7 readings, ``reblochon_batch_stage_h170``, seed 1701) and a
zorbing park firm's zorb riders a day regression CSV (in the hundreds,
``daily_zorb_riders_h170``, seed 1702); the sklearn sets use random states 1703 to 1705. Script
cases use Adam with betas (0.85, 0.99), RMSprop with smoothing constant 0.95 and AdamW with
weight decay 0.05 (settings no script of :mod:`.heldout168` or :mod:`.heldout169` uses) on wine,
iris, breast cancer, digits, moons, circles and the sine; every script case holds a hidden width
of 970 to 979. Runner optimisers: Adam (with an L1 penalty on the Friedman regression), AdamW,
plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD
with Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser, activation,
model or data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD
with Nesterov momentum 0.9 in an ELU net on the unscaled zorb riders and under plain RMSprop at
LR 10 in a SiLU net on the quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init
under Adagrad at LR 1e-9 on the 864-feature set, units killed by plain RMSprop at LR 0.05 in the
kazoo CNN, a high update ratio from plain RMSprop at LR 0.1 in a SELU net on the reblochon CSV,
tiny learning rates under Adam (tanh, Friedman) and AdamW (SiLU, reblochon CSV), vanishing
gradients under SGD with momentum 0.9 in a 22-layer sigmoid net on the quantiles, saturated
sigmoid units with N(0, 7) init under AdamW on the quantiles, the kazoo CNN with N(0, 0.03) init
under SGD with momentum 0.9 (a slow start), the unshuffled 864-feature set under AdamW (SELU),
square error under plain RMSprop (tanh), batch 1 under Adagrad (leaky ReLU), 42 rows of the
864-feature set under plain RMSprop (ELU), 31 rows of the Friedman regression under AdamW (leaky
ReLU), 1 sigmoid unit under AdamW; the scripts: Lightning's NaN on wine (RMSprop) and stuck
circles (betas), Trainer's NaN on breast cancer (AdamW) and stuck iris (RMSprop), Keras' NaN on
digits (betas) and 20 rows of digits (RMSprop, overfit, a gap), TensorBoard's NaN on iris (AdamW)
and 8 rows of moons (betas, overfit, a gap), the loop's corrupt record on the sine (RMSprop) and
stuck digits (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
the share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store (the same numbers as before for every
unchanged case); the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2009 on the 864-feature set,
0.201 on the quantiles, 0.2674 on the reblochon CSV, 0.26 on the kazoo images; on the scripts'
validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons,
circles). Baselines (validation): accuracy 1.0 (reblochon CSV), 0.9766 (864-feature set), 0.9433
(kazoo images), 0.1814 (quantiles); R2 -0.5858 (Friedman: a linear fit on 867 features
overfits), 0.9487 (zorb CSV).

Measured healthy ranges (runner): update ratio quarter means 2.1e-5 (the SiLU MLP with Adagrad on
the 864-feature set) to 0.0557 (the tanh MLP on the Friedman regression), single steps at most
0.51 (the SiLU MLP with Adagrad); the ``update_ratio_high`` run reaches quarter means of 0.157
with single steps up to 9.8; the ``update_ratio_low`` runs log quarter means of at most 3.7e-10
and 7.4e-11. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the
RMSprop-killed CNN's second convolution 0.75 and dense units 0.76, the slow start's dense units
up to 0.38 on the way, the quantile divergence's second layer 0.68, the exploding run's deep
layers up to 0.037, the 31-row Friedman regression's second layer 0.59); saturated fraction at
most 0.0027 (the tanh MLPs with Adam on the reblochon CSV and with momentum 0.7 on the
864-feature set); the saturated run's 0.985 and 0.892, the one-unit run's 1.0. Gradient norms
at least 0.0085 (the SELU MLP with Nesterov momentum on the reblochon CSV) and at most 317 (the
Friedman regression; at most 3.94 on the 864-feature set), first norms at least 0.123 (the
sigmoid MLP with Adadelta on the reblochon CSV); the vanishing run's down to 2.5e-20, the
exploding run's 5.5e5 to 3.4e6, the slow start's first 1.6e-3. The step loss's position in the
epoch explains at most 36% of the within-epoch variance over the second half in the healthy
runner runs (the sigmoid MLP with Adadelta on the reblochon CSV) and 15% in the healthy scripts
(Lightning's wine); the unshuffled run 99.5%. The standard deviation of the step loss's
step-to-step change over the second half is at most 0.42 times its mean in the healthy runner
runs (the SELU MLP with Nesterov momentum on the reblochon CSV) and 1.25 in the healthy scripts
(the loop's breast cancer); the batch-1 run's is 2.0. Healthy scores: accuracy 1.0 on the
reblochon CSV (every split, every run), 0.9439-0.9743 on the 864-feature set (test
0.9509-0.9813; training 1.0), R2 0.6379 on the Friedman regression (test 0.6577, training
0.7986); scripts (validation): wine 1.0 and 1.0, breast cancer 0.9474, 0.9561 and 0.9386,
circles 1.0 and 1.0, digits 0.9777 and 0.9721, iris 0.9667 and 0.9667, moons 0.9318 and 0.9559.
Every healthy run's validation loss is lowest at its end but the loop's breast cancer (epoch 11
of 12, 0.46% above it).

Changes after the first run: TensorBoard's wine (betas at LR 1e-3) ended 2.1% above its epoch-13
validation loss and its circles (AdamW at LR 2e-3) 20% above its epoch-14 minimum, Lightning's
wine (betas at LR 2e-3, 15 epochs) 21% above its epoch-12 minimum, the loop's iris (AdamW at LR
3e-3) 26% above its epoch-17 minimum, Keras' breast cancer (AdamW at LR 1e-3) 2.3% above its
epoch-11 minimum and Trainer's digits (AdamW at LR 2e-3) 0.45% above its epoch-8 minimum, so
they took LR 5e-4, 1e-3, 1e-3 (12 epochs), 1e-3, 5e-4 and 1e-3; the loop's iris then ended 2.9%
above its epoch-18 minimum and took 18 epochs (lowest at its end; the others too). The kazoo CNN
with N(0, 0.05) init sat at ln 4 for only 2 epochs (1.391, 1.387, then 1.371 and falling), so
the init became N(0, 0.03) (6 epochs at ln 4; N(0, 0.02) never left it). Labels from the
metrics: the kazoo CNN killed by RMSprop scores 0.35, 0.09 above the majority share (0.26), with
80% of the test predictions in one class, so ``at_chance`` and ``predictions_collapsed`` are
allowed there, not expected; the test predictions fall in one class in the quantile divergence
(99.3%), the exploding run (99.5%), the stuck reblochon run (100%) and the vanishing run (100%),
so ``predictions_collapsed`` is expected there, allowed in the saturated run (66%) and neither
expected nor allowed in the one-unit run (58%); Keras' NaN digits (0.1003), TensorBoard's NaN
iris (0.3333), Lightning's stuck circles (0.4531 against 0.5), Trainer's stuck iris (0.3) and the
loop's stuck digits (0.1309 against 0.1003) score within 0.05 of the majority share
(``at_chance`` expected), Lightning's NaN wine (0.3333 against 0.3889) and Trainer's NaN breast
cancer (0.3684 against 0.6316) more than 0.05 below it (allowed); Keras' 20 rows of digits end
45% above their epoch-10 validation loss and the 31-row Friedman regression 51% above its
epoch-2 minimum (160.8 against 106.8) while their training losses fall, so ``overfitting`` is
expected there beside ``generalisation_gap``; the vanishing run's epoch loss falls 1.3% (1.633 to
1.611, ln 5 is 1.609), so ``not_training`` is expected; the unshuffled run's loss still falls
with the validation loss lowest at the end (``not_converged`` expected); the slow start sat at
ln 4 for 6 epochs, so ``slow_start`` is expected.

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

# a kazoo in a 6x6 cell: a short fat tube (three rows) lying across the cell, narrowing to a
# one-row mouthpiece at its left end, with a round turret sticking up near its right end; turned
# by 90 degrees for the others
_KAZOO_UP = np.array([[0, 0, 0, 1, 1, 0],
                      [0, 0, 1, 1, 1, 1],
                      [0, 0, 1, 1, 1, 1],
                      [1, 1, 1, 1, 1, 1],
                      [0, 0, 1, 1, 1, 1],
                      [0, 0, 0, 0, 0, 0]], dtype=float)
_KAZOOS = turned(_KAZOO_UP)


def kazoos(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 kazoo glyph at a random place (4 classes: the kazoo turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_KAZOOS, n, size, noise, flip, seed)


def _reblochon_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A reblochon maker's batch stage (0 curdling, 1 moulding, 2 washing, 3 ripening) from 7
    readings."""
    n = 1440
    cls = rng.integers(0, 4, n)
    curd_c = np.array([33.0, 30.0, 16.0, 13.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.5, 5.9, 5.3, 5.6])[cls] + rng.normal(0, 0.15, n)
    humidity_pct = np.array([70.0, 80.0, 92.0, 95.0])[cls] + rng.normal(0, 2.0, n)
    whey_l = np.array([12.0, 30.0, 2.0, 0.0])[cls] + rng.normal(0, 2.0, n)
    brine_g = np.array([0.0, 0.0, 18.0, 3.0])[cls] + rng.normal(0, 1.5, n)
    room_c = rng.uniform(10.0, 25.0, n)
    hands = rng.integers(1, 5, n).astype(float)
    return (["curd_c", "curd_ph", "humidity_pct", "whey_l", "brine_g", "room_c", "hands",
             "stage"],
            np.column_stack([curd_c, curd_ph, humidity_pct, whey_l, brine_g, room_c, hands,
                             cls]))


def _zorb_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A zorbing park firm's zorb riders a day from 7 readings."""
    n = 1170
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(0.0, 32.0, n)
    wind_kmh = rng.uniform(0.0, 50.0, n)
    staff = rng.integers(4, 20, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    school_groups = rng.integers(0, 5, n).astype(float)
    slope_wet = rng.uniform(0.0, 1.0, n)
    riders = (90 + 5.0 * temp_c - 2.5 * wind_kmh + 9.0 * staff + 80.0 * holiday
              + 30.0 * school_groups - 40.0 * slope_wet + 45.0 * (weekday >= 5)
              + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "wind_kmh", "staff", "holiday", "school_groups", "slope_wet",
             "riders"],
            np.column_stack([weekday, temp_c, wind_kmh, staff, holiday, school_groups,
                             slope_wet, riders]))


def _reblochon(**sections: Any) -> Any:
    return _csv("reblochon_batch_stage_h170", _reblochon_csv, "stage", "classification", 1701,
                **sections)


def _zorb(**sections: Any) -> Any:
    return _csv("daily_zorb_riders_h170", _zorb_csv, "riders", "regression", 1702, **sections)


def _betas(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.99)}, **kw)


def _rms95(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with smoothing constant (alpha) 0.95."""
    return _s(data, optim="rmsprop", optim_args={"alpha": 0.95}, **kw)


def _adamw05(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout170"
KZ4 = _factory(f"{HERE}:kazoos", seed=1700)
GQ5861 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3060, n_features=861,
                  n_classes=5, random_state=1703)
CL864 = _factory("sklearn.datasets:make_classification", n_samples=2140, n_features=864,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=5.0,
                 random_state=1704)
FR867 = _factory("sklearn.datasets:make_friedman1", n_samples=1700, n_features=867, noise=0.8,
                 random_state=1705)
KCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h170_divergence_zorb_nesterov_elu", "the zorb riders CSV (targets unscaled, in the "
         "hundreds), 27-unit ELU MLP, SGD with Nesterov momentum 0.9 at LR 0.01, batch 23",
         _zorb(model={"hidden": [27], "activation": "elu"},
               optim={"name": "sgd", "lr": 0.01, **NEST9},
               train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.08e5 at first and Inf at step 6, where the run "
                      "stops"), verdict="failed"),
    Case("h170_divergence_gq5861_rmsprop_lr10_silu", "44x19 SiLU MLP on the 5-class quantiles "
         "in 861 dimensions, plain RMSprop at LR 10, batch 37",
         {"data": GQ5861, "model": {"hidden": [44, 19], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.61 at first, up to 3.0e9 (epoch losses 7.9e7, "
                      "2.3e5 and 1.4e5); 68% of the second layer's SiLU units logged dead; "
                      "accuracy 0.1993 (test 0.201) at the majority share (0.201), 99.3% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h170_exploding_cl864_9x27_elu_std1_adagrad", "9x27 ELU MLP with N(0, 1) init on the "
         "864-feature set, Adagrad at LR 1e-9, batch 39",
         {"data": CL864, "model": {"hidden": [27] * 9, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3.01e6 at every epoch; every gradient norm 5.5e5 to 3.4e6 "
                      "(healthy at most 317); quarter-mean update ratios at most 5.4e-11, a side "
                      "effect of the LR; up to 3.7% of a deep layer's ELU units logged dead; "
                      "accuracy 0.2009 (test 0.2009) at the majority share (0.2009), 99.5% of the"
                      " test predictions in one class"), verdict="failed"),
    Case("h170_dead_relu_kazoo_cnn_rmsprop_lr005", "the kazoo CNN (7, 12 channels, 21 hidden), "
         "plain RMSprop at LR 0.05, batch 27",
         {"data": KZ4, "model": KCNN,
          "optim": {"name": "rmsprop", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu",),
         allow=("at_chance", "predictions_collapsed", "exploding_gradients",
                "update_ratio_high", "vanishing_gradients", "update_ratio_low", "not_training",
                "noisy_loss", "unshuffled_data", "underfitting", "not_converged", "overfitting",
                "divergence"),
         why_allowed=("the step loss jumps from 1.43 to 300 in epoch 1 (epoch loss "
                      "10.8), then sits near ln 4 (1.387 and 1.358), so the blow-up "
                      "passed and divergence is not the end state; gradient norms up"
                      " to 242 and quarter-mean update ratios up to 0.34 (healthy at"
                      " most 0.056), single steps up to 6.8; 75% of the second "
                      "convolution's channels and 76% of the dense units logged dead"
                      " (healthy runs 0); accuracy 0.35 (test 0.29), 0.09 above the "
                      "majority share (0.26), 80% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h170_update_ratio_high_reblochon_rmsprop_selu", "plain RMSprop at LR 0.1 on the "
         "reblochon batch CSV, 33 SELU units, batch 22, 8 epochs",
         _reblochon(model={"hidden": [33], "activation": "selu"},
                    optim={"name": "rmsprop", "lr": 0.1},
                    train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to"
                      " 0.157, single steps up to 9.8; the healthy runs at most "
                      "0.056 and 0.51), yet accuracy 1.0; the step loss jumps to 99 "
                      "in epoch 1 and then falls to about 1e-6, so it swings 9.0 "
                      "times its mean and later gradients are 0 (update ratios down "
                      "to 2.3e-6)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h170_adam_lr1e10_fr867_tanh", "the 867-feature Friedman regression, 41x17 tanh MLP, "
         "Adam at LR 1e-10, batch 32, 4 epochs",
         {"data": FR867, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -7.66, far below the healthy run (0.6379); the epoch "
                                         "loss 233.3 at every epoch; quarter-mean update ratios at "
                                         "most 3.7e-10 (healthy at least 2.1e-5); the step loss's "
                                         "position in the epoch explains 58% of its within-epoch "
                                         "variance, the same batches meeting the same weights"),
         verdict=TP),
    Case("h170_adamw_lr1e10_reblochon_silu", "the reblochon batch CSV, 32x13 SiLU MLP, AdamW "
         "at LR 1e-10, batch 25, 4 epochs",
         _reblochon(model={"hidden": [32, 13], "activation": "silu"},
                    optim={"name": "adamw", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 25}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.393 at every epoch; quarter-mean update "
                                         "ratios at most 7.4e-11 (healthy at least 2.1e-5); the "
                                         "step loss's position in the epoch explains 53% of its "
                                         "within-epoch variance (the weights never move); accuracy "
                                         "0.2674 "
                                         "at the majority share (0.2674), every test prediction in "
                                         "one class"), verdict=TP),
    Case("h170_vanishing_sigmoid_gq5861_22x12_momentum9", "22x12 sigmoid MLP on the quantiles, "
         "SGD with momentum 0.9 at LR 0.01, batch 41, 4 epochs",
         {"data": GQ5861, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 2.5e-20 (healthy at least"
                      " 0.0085), so their update ratios are 0; the last layers still"
                      " move (quarter means up to 0.0088), so the epoch loss goes "
                      "from 1.633 to 1.611 (ln 5 is 1.609) and no further; the step "
                      "loss's position in the epoch explains 56% of its within-epoch"
                      " variance; accuracy 0.201 at the majority share (0.201), "
                      "every test prediction in one class"), verdict=TP),
    Case("h170_saturated_sigmoid_gq5861_std7_adamw", "2x30 sigmoid MLP with N(0, 7) init on "
         "the quantiles, AdamW at LR 1e-9, batch 35",
         {"data": GQ5861, "model": {"hidden": [30, 30], "activation": "sigmoid",
                                    "init": "normal", "init_std": 7.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients",
                "predictions_collapsed"),
         why_allowed=("98.5% and 89.2% of the sigmoid units saturated (healthy at "
                      "most 0.27%); update ratios of at most 1.0e-11, a side effect "
                      "of the LR; gradient norms 0.70 to 22.9 (healthy 0.0085 to "
                      "317); the epoch loss 32.19 at every epoch, far above ln 5; "
                      "the step loss's position explains 53% of its within-epoch "
                      "variance; accuracy 0.2026 against a majority share of 0.201; "
                      "66% of the test predictions in one class"), verdict=TP),
    Case("h170_slow_start_kazoo_cnn_momentum9_std003", "the kazoo CNN with N(0, 0.03) init, "
         "SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": KZ4, "model": {**KCNN, "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.386 to 1.395) for the first 6 "
                      "epochs, then falls (0.0695 at epoch 20, 5.5% below epoch 19, "
                      "the validation loss lowest at epoch 19, 0.06% above it at the"
                      " end); the first gradient norms from 1.6e-3 (healthy first "
                      "norms at least 0.123); up to 38% of the dense ReLU units "
                      "logged dead on the way (healthy 0; 0 at the end); accuracy "
                      "0.9333 (test 0.9167) about the baseline (0.9433)"), verdict=TP),
    Case("h170_unshuffled_cl864_adamw_selu", "the 864-feature set sorted by label, never "
         "shuffled, 42x21 SELU MLP, AdamW at LR 1e-4, batch 33, 8 epochs",
         {"data": {**CL864, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "selu"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.5% of its "
                      "within-epoch variance (healthy runner runs at most 36%); "
                      "accuracy 0.5631 (test 0.5561, training 0.7944), far below the"
                      " healthy runs (0.9439 and up), with the epoch loss still "
                      "falling (1.164 to 1.083 in the last epoch) and the validation"
                      " loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h170_mse_softmax_reblochon_rmsprop_tanh", "the reblochon batch CSV trained with "
         "square error on the softmax, plain RMSprop at LR 1e-3, 29x13 tanh MLP, batch 25, 10 "
         "epochs",
         _reblochon(model={"hidden": [29, 13], "activation": "tanh"},
                    optim={"name": "rmsprop", "lr": 1e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); "
                      "gradients down to 6.2e-4 (healthy at least 0.0085); the step "
                      "loss's position explains 34% of its within-epoch variance "
                      "(healthy up to 36%); the validation loss lowest at the end"), verdict=TP),
    Case("h170_noisy_cl864_b1_adagrad_leaky", "the 864-feature set one row at a time (batch "
         "1), Adagrad at LR 0.01, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL864, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 2.0 times its mean (healthy runner runs "
                      "at most 0.42, healthy scripts 1.25), up to 2.9 from near 0; "
                      "single-row gradients 7.5e-4 to 22 (healthy on this set at "
                      "most 3.9); accuracy 0.9509 (test 0.9743, training 0.9992), "
                      "like the healthy runs; the epoch loss 0.714 then 0.111, the "
                      "validation loss lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h170_overfit_cl864_subset42_rmsprop_elu", "42 rows of the 864-feature set, ELU MLP "
         "of 171 and 87 units, plain RMSprop at LR 5e-4, 150 epochs, batch 4",
         {"data": {**CL864, "subset": 42},
          "model": {"hidden": [171, 87], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("42 rows teach less than every row: accuracy 0.5631 (training "
                      "1.0; the healthy runs 0.9439 and up); the epoch loss at "
                      "2.2e-7 can fall no further that matters, so gradients fall to"
                      " 9.8e-7 (healthy at least 0.0085); the validation loss lowest"
                      " at epoch 29 of 150 (1.152), 13.8% above it at the end"), verdict=GP),
    Case("h170_gap_fr867_subset31_adamw_leaky", "31 rows of the 867-feature Friedman "
         "regression, leaky-ReLU MLP of 163 and 83 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR867, "subset": 31},
          "model": {"hidden": [163, 83], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu"),
         why_allowed=("31 rows teach less (R2 -4.83, training 0.656; the healthy run"
                      " 0.6379); the training loss still falls (12.3 to 8.9 in the "
                      "last epoch) and swings 2.8 times its mean; gradients reach "
                      "1358 (healthy at most 317); 59% of the second layer's leaky-"
                      "ReLU units logged dead (healthy 0)"), verdict=GP),
    Case("h170_underfit_cl864_one_sigmoid_unit_adamw", "the 864-feature set through 1 sigmoid "
         "unit, AdamW at LR 0.01, batch 36, 15 epochs",
         {"data": CL864, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy "
                      "0.4003 (the healthy runs 1.0), accuracy 0.3668 (test 0.3832);"
                      " the epoch loss flattens (1.013 to 1.006 in the last epoch) "
                      "with the validation loss 0.5% above its epoch-13 minimum; the"
                      " unit is saturated (healthy at most 0.27%) and its single "
                      "update ratios reach 0.51 (healthy 0.51); 58% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h170_lightning_wine_rms95_lr1e20_nan", "Lightning: wine, RMSprop (alpha 0.95) at LR "
         "1e20, 970 units, batch 11, 3 epochs",
         script=lightning_run(_rms95("wine", hidden=(970,), lr=1e20, epochs=3, batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the epoch loss NaN from the first epoch; accuracy 0.3333, 0.056"
                      " below the majority share (0.3889)"), verdict="failed"),
    Case("h170_lightning_circles_betas_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with betas (0.85, 0.99) at LR 1e-10, 971 units, batch 19, 3 epochs",
         script=lightning_run(_betas("circles", hidden=(971,), lr=1e-10, epochs=3,
                                     batch_size=19, n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7144 at every epoch; accuracy 0.4531 at its "
                      "initial weights, 0.047 below the majority share (0.5), far "
                      "below the healthy circles (1.0)"), verdict=TP),
    Case("h170_hf_trainer_breast_cancer_adamw05_lr1e20_nan", "Hugging Face Trainer names: "
         "breast cancer, AdamW (weight decay 0.05) at LR 1e20 (decaying linearly), 972 units, "
         "batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adamw05("breast_cancer", hidden=(972,), lr=1e20, epochs=3,
                                        batch_size=9), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h170_hf_trainer_iris_rms95_lr1e10_stuck", "Hugging Face Trainer names: iris, RMSprop "
         "(alpha 0.95) at LR 1e-10 (decaying linearly), 973 units, batch 7, 3 epochs, logging "
         "every 2 steps",
         script=hf_trainer_run(_rms95("iris", hidden=(973,), lr=1e-10, epochs=3, batch_size=7),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.143 at every evaluation; accuracy 0.3 "
                      "on three balanced classes (1/3), far below the healthy iris "
                      "(0.9667)"), verdict=TP),
    Case("h170_keras_digits_betas_lr1e20_nan", "Keras names: digits, Adam with betas (0.85, "
         "0.99) at LR 1e20, 974 units, batch 23, 3 epochs",
         script=keras_run(_betas("digits", hidden=(974,), lr=1e20, epochs=3, batch_size=23)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h170_keras_digits_subset20_rms95_gap", "Keras names: 20 rows of digits, 975 units, "
         "RMSprop (alpha 0.95) at LR 5e-4, 150 epochs, batch 2",
         script=keras_run(_rms95("digits", hidden=(975,), lr=5e-4, epochs=150, batch_size=2,
                                 subset=20)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5738, training 1.0;"
                      " the healthy digits 0.9721 and up); the validation loss "
                      "lowest at epoch 10 of 150 (1.798), 45% above it at the end "
                      "while the training loss falls to 0"), verdict=GP),
    Case("h170_tensorboard_iris_adamw05_lr1e20_nan", "TensorBoard tags: iris, AdamW (weight "
         "decay 0.05) at LR 1e20, 976 units, batch 10, 3 epochs",
         script=tensorboard_run(_adamw05("iris", hidden=(976,), lr=1e20, epochs=3,
                                         batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h170_tensorboard_moons_subset8_betas_gap", "TensorBoard tags: 8 rows of moons (660 "
         "points, noise 0.3), 977 units, Adam with betas (0.85, 0.99) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_betas("moons", hidden=(977,), lr=3e-3, epochs=150,
                                       batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7424, training 1.0; "
                      "the healthy moons 0.9318 and up); the validation loss lowest "
                      "at epoch 7 of 150, 5.3 times it at the end; the step loss "
                      "near 0 swings 1.6 times its mean"), verdict=GP),
    Case("h170_plain_corrupt_record_sine_rms95", "hand-written loop: sine regression with noise "
         "0.2 (620 points), RMSprop (alpha 0.95) at LR 1e-4, 978 units, batch 22, a corrupt "
         "record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_rms95("sine", hidden=(978,), lr=1e-4, epochs=3, batch_size=22,
                                 n=620, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=13),
    Case("h170_plain_digits_adamw05_lr1e10_stuck", "hand-written loop: digits, AdamW (weight "
         "decay 0.05) at LR 1e-10, 979 units, batch 27, 4 epochs",
         script=plain_run(_adamw05("digits", hidden=(979,), lr=1e-10, epochs=4,
                                   batch_size=27)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.295 at every epoch; accuracy 0.1309, "
                      "0.031 above the majority share (0.1003); the step loss's "
                      "position in the epoch explains 50% of its within-epoch "
                      "variance"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy170_reblochon_relu_adamw_b23",
       _reblochon(model={"hidden": [41]},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy170_reblochon_tanh_adam_b27",
       _reblochon(model={"hidden": [37], "activation": "tanh"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy170_reblochon_elu_adagrad_b32",
       _reblochon(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy170_reblochon_leaky_rmsprop_b25",
       _reblochon(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy170_reblochon_selu_nesterov9_b21",
       _reblochon(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 21})),
    _h("healthy170_reblochon_silu_momentum9_b34",
       _reblochon(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy170_reblochon_sigmoid_adadelta_b29",
       _reblochon(model={"hidden": [28], "activation": "sigmoid"},
                  optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy170_reblochon_relu_rmsprop_momentum3_b36",
       _reblochon(model={"hidden": [46]},
                  optim={"name": "rmsprop", "lr": 5e-4, **RMOM3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy170_fr867_tanh_adam_l1_b24",
       {"data": FR867, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy170_cl864_elu_adamw_b29",
       {"data": CL864, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy170_cl864_selu_adam_b31",
       {"data": CL864, "model": {"hidden": [66], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy170_cl864_leaky_rmsprop_b26",
       {"data": CL864, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy170_cl864_relu_nesterov9_b35",
       {"data": CL864, "model": {"hidden": [57]},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy170_cl864_silu_adagrad_b24",
       {"data": CL864, "model": {"hidden": [68], "activation": "silu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy170_cl864_tanh_momentum7_b38",
       {"data": CL864, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM7, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy170_tensorboard_wine_betas",
        tensorboard_run(_betas("wine", hidden=(972,), lr=5e-4, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy170_tensorboard_breast_cancer_rms95",
        tensorboard_run(_rms95("breast_cancer", hidden=(975,), lr=2e-4, epochs=12,
                               batch_size=22)), "tensorboard"),
    _hs("healthy170_tensorboard_circles_adamw05",
        tensorboard_run(_adamw05("circles", hidden=(978,), lr=1e-3, epochs=15, batch_size=20,
                                 n=640, noise=0.1)), "tensorboard"),
    _hs("healthy170_hf_trainer_digits_adamw05",
        hf_trainer_run(_adamw05("digits", hidden=(971,), lr=1e-3, epochs=10, batch_size=26),
                       logging_steps=3), "transformers"),
    _hs("healthy170_hf_trainer_iris_betas",
        hf_trainer_run(_betas("iris", hidden=(974,), lr=2e-3, epochs=20, batch_size=11),
                       logging_steps=2), "transformers"),
    _hs("healthy170_hf_trainer_moons_rms95",
        hf_trainer_run(_rms95("moons", hidden=(977,), lr=5e-4, epochs=20, batch_size=22,
                              n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy170_keras_breast_cancer_adamw05",
        keras_run(_adamw05("breast_cancer", hidden=(970,), lr=5e-4, epochs=12, batch_size=21)),
        "keras"),
    _hs("healthy170_keras_moons_betas",
        keras_run(_betas("moons", hidden=(973,), lr=1e-3, epochs=15, batch_size=20, n=680,
                         noise=0.2)), "keras"),
    _hs("healthy170_lightning_digits_rms95",
        lightning_run(_rms95("digits", hidden=(976,), lr=2e-4, epochs=12, batch_size=27)),
        "lightning"),
    _hs("healthy170_lightning_wine_betas",
        lightning_run(_betas("wine", hidden=(979,), lr=1e-3, epochs=12, batch_size=11)),
        "lightning"),
    _hs("healthy170_plain_iris_adamw05",
        plain_run(_adamw05("iris", hidden=(970,), lr=1e-3, epochs=18, batch_size=11)),
        "pytorch"),
    _hs("healthy170_plain_circles_betas",
        plain_run(_betas("circles", hidden=(975,), lr=2e-3, epochs=12, batch_size=19, n=670,
                         noise=0.1)), "pytorch"),
    _hs("healthy170_plain_breast_cancer_rms95",
        plain_run(_rms95("breast_cancer", hidden=(978,), lr=2e-4, epochs=12, batch_size=21)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
