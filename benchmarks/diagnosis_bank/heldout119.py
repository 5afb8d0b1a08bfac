"""The hundred-and-nineteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout118` (not looked at), after :mod:`.heldout114` to
:mod:`.heldout117`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
grapnel (a shank down the middle column with a ring across the top and two flukes curling up
from its foot, in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels (seed 1190); 5-class Gaussian quantiles in 311 dimensions (3300
samples); a 314-feature 5-class set (2100 samples, 30 informative, 12 redundant, class
separation 2.7); a 317-feature Friedman-1 regression (1700 samples, noise 0.9); a brickworks'
brick stage CSV (moulding, drying, firing, cooling: 4 classes from 7 readings,
``brickworks_brick_stage_h119``, seed 1191) and a summer toboggan run's riders a day regression
CSV (in the hundreds, ``summer_toboggan_run_daily_riders_h119``, seed 1192); the sklearn sets use
random states 1193 to 1195. The glyph's name, the two CSV themes and the feature counts were
checked against the bank's parts as unused. Script faults use RMSprop with momentum 0.5, NAdam
and Adam with amsgrad on wine, iris and the sine (the scripts' only regression); every script
case holds a hidden width of 460 to 469. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop
with momentum 0.5, Adagrad, Adadelta, plain SGD, SGD with momentum 0.8, SGD with Nesterov
momentum 0.5 or 0.7. Each fault pairs its mechanism with another optimiser, model, data set or
tool than :mod:`.heldout114` to :mod:`.heldout117` did: divergence under SGD with momentum 0.8
in a SiLU net on the unscaled toboggan riders and under plain RMSprop at LR 40 in a leaky-ReLU
net on the quantiles, exploding gradients in a 10-layer SiLU net with N(0, 1) init under
Adadelta, units killed by Adagrad at LR 8 in the grapnel CNN, a high update ratio from AdamW at
LR 0.5 in a SiLU net on the brickworks CSV, tiny learning rates under Adadelta (SiLU, Friedman)
and Nesterov momentum 0.7 (ReLU, brickworks CSV), vanishing gradients under SGD with momentum
0.8 in a 20-layer sigmoid net, saturated tanh units with N(0, 8) init under Adam, the grapnel CNN
with N(0, 0.1) init under plain SGD (meant as a slow start; it never started), the unshuffled
314-feature set under plain RMSprop (SELU), square error under Adagrad (leaky ReLU), batch 1
under Nesterov momentum 0.5 (ELU), 45 rows of the 314-feature set under plain RMSprop (tanh), 38
rows of the Friedman regression under Adam (SiLU), 1 sigmoid unit under AdamW; the scripts:
Lightning's NaN on iris (NAdam) and stuck wine (amsgrad), Trainer's NaN on wine (RMSprop with
momentum) and stuck iris (NAdam), Keras' NaN on the sine (amsgrad) and 3 rows of wine (RMSprop
with momentum, a gap), TensorBoard's NaN on iris (RMSprop with momentum) and 5 rows of the sine
(NAdam, a gap), the loop's corrupt record on the sine (amsgrad) and stuck wine (RMSprop with
momentum).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' test split, 0.2024 on the 314-feature set's, 0.2633 on the brickworks CSV's,
0.2533 on the grapnel images'; 1/3 (iris), about 0.39 (wine) on the scripts' validation splits.
Baselines (validation): accuracy 1.0 (brickworks CSV), 0.8667 (314-feature set), 0.8933
(grapnel images), 0.1879 (quantiles); R2 0.6201 (Friedman), 0.9557 (toboggan CSV).

Measured healthy ranges (runner): update ratio quarter means 6.8e-6 to 0.0279 (the sigmoid MLP
with momentum on the brickworks CSV), single steps at most 0.309 (the leaky-ReLU MLP with
Adagrad on the Friedman regression); the ``update_ratio_high`` run reaches quarter means of
0.0863 with single steps up to 5.15; the ``update_ratio_low`` runs log at most 2.0e-10 and
7.1e-12. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the
Adagrad-killed CNN's 0.75, the stuck CNN's 0.95, the 38-row SiLU regression's 0.48 to its end);
saturated fraction at most 0.0031 (the tanh MLP on the brickworks CSV); the saturated run's
0.987, the one-sigmoid-unit run's 0.72. Gradient norms at least 4.2e-3 (the vanishing run's
3.8e-18; the exploding run's 4.0e5 to 4.9e6). The step loss's position in the epoch explains at
most 19% of the within-epoch variance over the second half in the healthy runner runs (the
unshuffled run 99%). The standard deviation of the step loss's step-to-step change over the
second half is at most 1.09 times its mean in the healthy runner runs (the ReLU MLP with RMSprop
with momentum on the Friedman regression) and 1.5 in the healthy scripts (the loop's digits);
the batch-1 run's is 6.4. Healthy scores (test): accuracy 1.0 on the brickworks CSV,
0.8714-0.8952 on the 314-feature set, R2 0.3249-0.5354 on the Friedman regression (validation
0.376-0.5218); scripts (validation): wine 1.0 (three times), iris 0.9667 (twice), moons 0.9762,
circles 0.9923, digits 0.9777, breast cancer 0.9561 and 0.9649, sine R2 0.9416 and 0.9432.
Every healthy runner run's validation loss is lowest at its end or within 0.33% of its minimum;
the scripts' within 1.6% (TensorBoard's moons).

Changes after the first run: the slow start (the grapnel CNN at N(0, 0.05) under plain SGD at LR
0.5) never started, nor did it at N(0, 0.1), so it was relabelled ``not_training`` with its dead
units and collapsed predictions; Keras' 6 rows of wine still scored 0.9444 with the validation
loss lowest at its end, so it kept 3 rows (0.3889, a 125% rise); TensorBoard's 6 rows of the
sine scored R2 0.8966, near the healthy sine, so it kept 5 rows (R2 -0.43). Labels from the
metrics: the quantile divergence (82%), the exploding run (99%), the killed CNN, the vanishing
run and the stuck brickworks run (100%) put most test predictions in one class
(``predictions_collapsed`` expected); the stuck brickworks run scored its majority share
(``at_chance`` expected); the unshuffled, square-error and batch-1 runs still fell with the
validation loss lowest at the end (``not_converged`` added); the 38-row SiLU regression left 48%
of a layer dead (``dead_relu`` expected) and its validation loss flat (2.7%, ``overfitting``
allowed); the 45-row tanh classifier's validation loss rose 9.4% (``overfitting`` allowed); the
one-sigmoid-unit net saturated 72% (``saturated_activation`` expected); the stuck wine runs
(0.4444, 0.3333) and the Trainer's stuck iris (0.3667) are allowed, not expected, ``at_chance``.

>>> faults = [c for c in CASES if not c.healthy]
>>> (len(faults), sum(c.healthy for c in CASES))
(26, 29)
>>> (sum(c.is_script for c in faults), sum(c.is_script for c in CASES if c.healthy))
(10, 14)
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

# a grapnel in a 5x5 cell: a shank down the middle column with a ring at the top, and two
# flukes curling up from its foot; turned by 90 degrees for the others
_GRAPNEL_UP = np.array([[0, 1, 1, 1, 0],
                        [0, 0, 1, 0, 0],
                        [1, 0, 1, 0, 1],
                        [1, 1, 1, 1, 1],
                        [0, 0, 1, 0, 0]], dtype=float)
_GRAPNELS = turned(_GRAPNEL_UP)


def grapnels(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 grapnel glyph at a random place (4 classes: the grapnel turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_GRAPNELS, n, size, noise, flip, seed)


def _brick_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A brickworks' brick stage (0 moulding, 1 drying, 2 firing, 3 cooling) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    moisture_pct = np.array([24.0, 9.0, 1.0, 0.5])[cls] + rng.normal(0, 1.5, n)
    kiln_c = np.array([20.0, 70.0, 1050.0, 300.0])[cls] + rng.normal(0, 40.0, n)
    press_kn = np.array([80.0, 2.0, 1.0, 1.0])[cls] + rng.normal(0, 6.0, n)
    fan_rpm = np.array([0.0, 900.0, 300.0, 1400.0])[cls] + rng.normal(0, 120.0, n)
    mass_kg = np.array([3.4, 3.0, 2.8, 2.8])[cls] + rng.normal(0, 0.08, n)
    yard_c = rng.uniform(0.0, 30.0, n)
    crew = rng.integers(2, 9, n).astype(float)
    return (["moisture_pct", "kiln_c", "press_kn", "fan_rpm", "mass_kg", "yard_c", "crew",
             "stage"],
            np.column_stack([moisture_pct, kiln_c, press_kn, fan_rpm, mass_kg, yard_c, crew,
                             cls]))


def _toboggan_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A summer toboggan run's riders a day from 7 readings."""
    n = 1180
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(5.0, 33.0, n)
    rain_mm = rng.uniform(0.0, 20.0, n)
    sleds = rng.integers(10, 40, n).astype(float)
    school_hol = rng.integers(0, 2, n).astype(float)
    coaches = rng.integers(0, 6, n).astype(float)
    queue_min = rng.uniform(0.0, 45.0, n)
    riders = (90 + 5.0 * temp_c - 9.0 * rain_mm + 6.0 * sleds + 110.0 * school_hol
              + 35.0 * coaches - 1.2 * queue_min + 70.0 * (weekday >= 5)
              + rng.normal(0, 16.0, n))
    return (["weekday", "temp_c", "rain_mm", "sleds", "school_hol", "coaches", "queue_min",
             "riders"],
            np.column_stack([weekday, temp_c, rain_mm, sleds, school_hol, coaches, queue_min,
                             riders]))


def _brick(**sections: Any) -> Any:
    return _csv("brickworks_brick_stage_h119", _brick_csv, "stage", "classification", 1191,
                **sections)


def _toboggan(**sections: Any) -> Any:
    return _csv("summer_toboggan_run_daily_riders_h119", _toboggan_csv, "riders", "regression",
                1192, **sections)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _ams(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with amsgrad."""
    return _s(data, optim="adam", optim_args={"amsgrad": True}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


MOM8 = {"momentum": 0.8}
NEST5 = {"momentum": 0.5, "nesterov": True}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout119"
GN4 = _factory(f"{HERE}:grapnels", seed=1190)
GQ5311 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3300, n_features=311,
                  n_classes=5, random_state=1193)
CL314 = _factory("sklearn.datasets:make_classification", n_samples=2100, n_features=314,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.7,
                 random_state=1194)
FR317 = _factory("sklearn.datasets:make_friedman1", n_samples=1700, n_features=317, noise=0.9,
                 random_state=1195)
GCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h119_divergence_toboggan_momentum8_silu", "the toboggan riders CSV (targets "
         "unscaled, in the hundreds), 27-unit SiLU MLP, SGD with momentum 0.8 at LR 0.03, "
         "batch 22",
         _toboggan(model={"hidden": [27], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.03, **MOM8},
                   train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_divergence_gq5311_rmsprop_lr40_leaky", "43x21 leaky-ReLU MLP on the 5-class "
         "quantiles in 311 dimensions, plain RMSprop at LR 40, batch 36",
         {"data": GQ5311, "model": {"hidden": [43, 21], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_exploding_cl314_10x23_silu_std1_adadelta", "10x23 SiLU MLP with N(0, 1) init "
         "on the 314-feature set, Adadelta at LR 1e-12, batch 41",
         {"data": CL314, "model": {"hidden": [23] * 10, "activation": "silu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.963e6 at every epoch); "
                      "Adadelta's tiny steps do not move the wide weights (update ratios logged "
                      "0); up to 22% of the SiLU units logged dead, a side effect of the huge "
                      "pre-activations"), verdict="failed"),
    Case("h119_dead_relu_grapnel_cnn_adagrad_lr8", "the grapnel CNN (7, 12 channels, 19 "
         "hidden), Adagrad at LR 8, batch 26",
         {"data": GN4, "model": GCNN,
          "optim": {"name": "adagrad", "lr": 8.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_update_ratio_high_brick_adamw_silu", "AdamW at LR 0.5 on the brickworks CSV, "
         "36 SiLU units, batch 18, 8 epochs",
         _brick(model={"hidden": [36], "activation": "silu"},
                optim={"name": "adamw", "lr": 0.5},
                train={"epochs": 8, "batch_size": 18}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.0863, "
                      "single steps up to 5.15; the healthy runs at most 0.0279 and 0.309), yet "
                      "the loss ends at 0 and accuracy at 1.0; the step loss, near 0, swings "
                      "7.3 times its mean"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h119_adadelta_lr1e8_fr317_silu", "the 317-feature Friedman regression, 42x18 SiLU "
         "MLP, Adadelta at LR 1e-8, batch 38, 4 epochs",
         {"data": FR317, "model": {"hidden": [42, 18], "activation": "silu"},
          "optim": {"name": "adadelta", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 38}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.28, far below the baseline (0.6201 on validation) and the healthy "
                      "runs (0.3249 and up); the epoch loss 243.1 at every epoch"), verdict=TP),
    Case("h119_nesterov7_lr1e10_brick_relu", "the brickworks CSV, 35x15 ReLU MLP, SGD with "
         "Nesterov momentum 0.7 at LR 1e-10, batch 28, 4 epochs",
         _brick(model={"hidden": [35, 15]},
                optim={"name": "sgd", "lr": 1e-10, **NEST7},
                train={"epochs": 4, "batch_size": 28}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.401 at every epoch (ln 4 is 1.386); every test "
                      "prediction in one class, accuracy 0.2633, the majority share"),
         verdict=TP),
    Case("h119_vanishing_sigmoid_cl314_20x14_momentum8", "20x14 sigmoid MLP on the 314-feature "
         "set, SGD with momentum 0.8 at LR 0.05, batch 44, 4 epochs",
         {"data": CL314, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05, **MOM8},
          "train": {"epochs": 4, "batch_size": 44}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 3.8e-18); the epoch loss "
                      "1.619 to 1.621 (ln 5 is 1.609)"), verdict=TP),
    Case("h119_saturated_tanh_gq5311_std8_adam", "2x38 tanh MLP with N(0, 8) init on the "
         "5-class quantiles, Adam at LR 1e-9, batch 34",
         {"data": GQ5311, "model": {"hidden": [38, 38], "activation": "tanh",
                                    "init": "normal", "init_std": 8.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 9.6e-12); the loss far above ln 5 from "
                      "the start (the epoch loss 59.62 at every epoch); 27% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h119_stuck_grapnel_cnn_sgd_std01", "the grapnel CNN with N(0, 0.1) init, "
         "plain SGD at LR 0.5, batch 30, 20 epochs",
         {"data": GN4, "model": {**GCNN, "init": "normal", "init_std": 0.1},
          "optim": {"name": "sgd", "lr": 0.5},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("not_training", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "slow_start", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged", "overfitting"),
         why_allowed=("meant as a slow start, it never started: the epoch loss 1.388 to 1.39 "
                      "(ln 4) with a brief dip to a validation loss of 1.186 at epoch 10 that "
                      "did not last; 95% of the ReLU units dead at the end (the cause the dead "
                      "fraction names)"), verdict=TP),
    Case("h119_unshuffled_cl314_rmsprop_selu", "the 314-feature set sorted by label, never "
         "shuffled, 44x20 SELU MLP, plain RMSprop at LR 1e-4, batch 37, 8 epochs",
         {"data": {**CL314, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 20], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99% of its within-epoch "
                      "variance (healthy runs at most 19%); accuracy 0.6524, below the healthy "
                      "runs (0.8714 and up)"), verdict=TP),
    Case("h119_mse_softmax_brick_adagrad_leaky", "the brickworks CSV trained with square error "
         "on the softmax, Adagrad at LR 0.05, 32x13 leaky-ReLU MLP, batch 25, 10 epochs",
         _brick(model={"hidden": [32, 13], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.05},
                train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly (accuracy 1.0 nonetheless); "
                      "the step loss, near 0, swings 1.9 times its mean"), verdict=TP),
    Case("h119_noisy_cl314_b1_nesterov5_elu", "the 314-feature set one row at a time (batch "
         "1), SGD with Nesterov momentum 0.5 at LR 0.01, 25-unit ELU MLP, 3 epochs",
         {"data": CL314, "model": {"hidden": [25], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 0.01, **NEST5},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "dead_relu", "update_ratio_high",
                "overfitting"),
         why_allowed=("the step loss swings 6.4 times its mean (healthy at most 1.09); accuracy "
                      "0.8762, within reach of the healthy runs', and the validation loss still "
                      "lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h119_overfit_cl314_subset45_rmsprop_tanh", "45 rows of the 314-feature set, tanh "
         "MLP of 185 and 92 units, plain RMSprop at LR 3e-4, 50 epochs, batch 4",
         {"data": {**CL314, "subset": 45},
          "model": {"hidden": [185, 92], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-4},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss",
                "saturated_activation"),
         why_allowed=("45 rows teach less than every row: accuracy 0.531 (training 1.0; the "
                      "healthy runs 0.8714 and up); the validation loss is lowest at epoch 14 of "
                      "50 and 9.4% above it at the end, a moderate rise, so 'overfitting' is "
                      "allowed; the epoch loss (1.7e-3) still falls but the validation loss has "
                      "turned up, so the run is not 'not converged'"), verdict=GP),
    Case("h119_gap_fr317_subset38_adam_silu", "38 rows of the 317-feature Friedman "
         "regression, SiLU MLP of 175 and 88 units, Adam at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR317, "subset": 38},
          "model": {"hidden": [175, 88], "activation": "silu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "dead_relu"),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("38 rows teach less (R2 -3.51, training 0.991; the healthy runs 0.3249 "
                      "and up); the validation loss is lowest at epoch 11 of 80 and 2.7% above "
                      "it at the end, flat; the step loss swings 5.0 times its mean (healthy at "
                      "most 1.09), rows of batch 4 near a zero loss"), verdict=GP),
    Case("h119_underfit_cl314_one_sigmoid_unit_adamw", "the 314-feature set through 1 sigmoid "
         "unit, AdamW at LR 0.01, batch 39, 15 epochs",
         {"data": CL314, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 39}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.3968 (the "
                      "healthy runs 0.9651 and up), accuracy 0.3595; the validation loss is "
                      "lowest at epoch 12 of 15 and 0.3% above it at the end, flat"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h119_lightning_iris_nadam_lr1e20_nan", "Lightning: iris, NAdam at LR 1e20, 460 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_na("iris", hidden=(460,), lr=1e20, epochs=3, batch_size=11)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_lightning_wine_amsgrad_lr1e10_stuck", "Lightning: wine, Adam with amsgrad at "
         "LR 1e-10, 461 units, batch 12, 3 epochs",
         script=lightning_run(_ams("wine", hidden=(461,), lr=1e-10, epochs=3, batch_size=12)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.017 at every epoch; accuracy 0.4444 on three "
                      "unequal classes (the largest about 0.4), so 'at chance' is not clear"),
         verdict=TP),
    Case("h119_hf_trainer_wine_rmsprop_momentum_lr1e20_nan", "Hugging Face Trainer names: "
         "wine, RMSprop with momentum 0.5 at LR 1e20 (decaying linearly), 462 units, batch 13, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rm("wine", hidden=(462,), lr=1e20, epochs=3, batch_size=13),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_hf_trainer_iris_nadam_lr1e10_stuck", "Hugging Face Trainer names: iris, NAdam "
         "at LR 1e-10 (decaying linearly), 463 units, batch 9, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_na("iris", hidden=(463,), lr=1e-10, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.198 at every evaluation; accuracy 0.3667 on three "
                      "balanced classes, near a third but not exactly it"), verdict=TP),
    Case("h119_keras_sine_amsgrad_lr1e20_nan", "Keras names: sine regression (630 points, "
         "noise 0.2), Adam with amsgrad at LR 1e20, 464 units, batch 16, 3 epochs",
         script=keras_run(_ams("sine", hidden=(464,), lr=1e20, epochs=3, batch_size=16, n=630,
                               noise=0.2)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_keras_wine_subset3_rmsprop_momentum_gap", "Keras names: 3 rows of wine, 465 "
         "units, RMSprop with momentum 0.5 at LR 1e-3, 100 epochs, batch 2",
         script=keras_run(_rm("wine", hidden=(465,), lr=1e-3, epochs=100, batch_size=2,
                              subset=3)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("3 rows teach less than all of them (validation accuracy 0.3889; the "
                      "healthy wine runs 1.0); the training loss near 7.5e-5 while the "
                      "validation loss has risen 125% from epoch 1 of 100"), verdict=GP),
    Case("h119_tensorboard_iris_rmsprop_momentum_lr1e20_nan", "TensorBoard tags: iris, "
         "RMSprop with momentum 0.5 at LR 1e20, 466 units, batch 10, 3 epochs",
         script=tensorboard_run(_rm("iris", hidden=(466,), lr=1e20, epochs=3, batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h119_tensorboard_sine_subset5_nadam_gap", "TensorBoard tags: 5 rows of the sine "
         "regression (620 points, noise 0.2), 467 units, NAdam at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_na("sine", hidden=(467,), lr=3e-3, epochs=150, batch_size=2,
                                    subset=5, n=620, noise=0.2)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less (validation R2 -0.4255, training 0.9157; the healthy "
                      "sine runs 0.9416 and up); the validation loss is lowest at epoch 5 of 150 "
                      "and 227% above it at the end"), verdict=GP),
    Case("h119_plain_corrupt_record_sine_amsgrad", "hand-written loop: sine regression with "
         "noise 0.25 (670 points), Adam with amsgrad at LR 1e-4, 468 units, batch 22, a "
         "corrupt record (x = 1e30) at step 21 makes the loss Inf",
         script=plain_run(_ams("sine", hidden=(468,), lr=1e-4, epochs=3, batch_size=22, n=670,
                               noise=0.25), corrupt_step=21),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=21),
    Case("h119_plain_wine_rmsprop_momentum_lr1e10_stuck", "hand-written loop: wine, RMSprop "
         "with momentum 0.5 at LR 1e-10, 469 units, batch 14, 4 epochs",
         script=plain_run(_rm("wine", hidden=(469,), lr=1e-10, epochs=4, batch_size=14)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.143 at every epoch; the untrained net scores 0.3333 "
                      "on three unequal classes (the largest about 0.4), away from the majority "
                      "share, so 'at chance' is not clear"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy119_brick_relu_adam_b24",
       _brick(model={"hidden": [43]},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 24})),
    _h("healthy119_brick_tanh_rmsprop_momentum_b22",
       _brick(model={"hidden": [38], "activation": "tanh"},
              optim={"name": "rmsprop", "lr": 3e-4, **RMOM5, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 22})),
    _h("healthy119_brick_elu_adamw_b26",
       _brick(model={"hidden": [46], "activation": "elu"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy119_brick_leaky_adagrad_b29",
       _brick(model={"hidden": [40], "activation": "leaky_relu"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 29})),
    _h("healthy119_brick_selu_nesterov7_b18",
       _brick(model={"hidden": [36], "activation": "selu"},
              optim={"name": "sgd", "lr": 0.01, **NEST7, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 18})),
    _h("healthy119_brick_silu_adadelta_b27",
       _brick(model={"hidden": [34], "activation": "silu"},
              optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy119_brick_sigmoid_momentum8_b31",
       _brick(model={"hidden": [33], "activation": "sigmoid"},
              optim={"name": "sgd", "lr": 0.05, **MOM8, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 31})),
    _h("healthy119_brick_relu_rmsprop_b33",
       _brick(model={"hidden": [47]},
              optim={"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 33})),
    _h("healthy119_fr317_elu_adamw_b24",
       {"data": FR317, "model": {"hidden": [55], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy119_fr317_leaky_adagrad_b27",
       {"data": FR317, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy119_fr317_relu_rmsprop_momentum_b22",
       {"data": FR317, "model": {"hidden": [57]},
        "optim": {"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy119_cl314_relu_adam_b30",
       {"data": CL314, "model": {"hidden": [65]},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy119_cl314_tanh_nesterov5_b25",
       {"data": CL314, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 1e-2, **NEST5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy119_cl314_selu_adadelta_b34",
       {"data": CL314, "model": {"hidden": [58], "activation": "selu"},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy119_cl314_silu_rmsprop_b21",
       {"data": CL314, "model": {"hidden": [67], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _hs("healthy119_tensorboard_wine_nadam",
        tensorboard_run(_na("wine", hidden=(462,), lr=1e-3, epochs=40, batch_size=11)),
        "tensorboard"),
    _hs("healthy119_tensorboard_moons_amsgrad",
        tensorboard_run(_ams("moons", hidden=(465,), lr=1e-3, epochs=25, batch_size=21, n=630,
                             noise=0.2)), "tensorboard"),
    _hs("healthy119_tensorboard_digits_adamw",
        tensorboard_run(_aw("digits", hidden=(468,), lr=1e-3, epochs=15, batch_size=28)),
        "tensorboard"),
    _hs("healthy119_hf_trainer_iris_amsgrad",
        hf_trainer_run(_ams("iris", hidden=(460,), lr=2e-3, epochs=40, batch_size=8),
                       logging_steps=2), "transformers"),
    _hs("healthy119_hf_trainer_breast_cancer_rmsprop_momentum",
        hf_trainer_run(_rm("breast_cancer", hidden=(466,), lr=2e-4, epochs=20, batch_size=19),
                       logging_steps=2), "transformers"),
    _hs("healthy119_hf_trainer_sine_nadam",
        hf_trainer_run(_na("sine", hidden=(463,), lr=2e-3, epochs=30, batch_size=22, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy119_keras_circles_radam",
        keras_run(_ra("circles", hidden=(469,), lr=2e-3, epochs=30, batch_size=23, n=650,
                      noise=0.1)), "keras"),
    _hs("healthy119_keras_iris_adam",
        keras_run(_a("iris", hidden=(461,), lr=1e-3, epochs=30, batch_size=9)), "keras"),
    _hs("healthy119_keras_sine_adamax",
        keras_run(_mx("sine", hidden=(467,), lr=2e-3, epochs=30, batch_size=24, n=610,
                      noise=0.2)), "keras"),
    _hs("healthy119_lightning_wine_rmsprop_momentum",
        lightning_run(_rm("wine", hidden=(464,), lr=3e-4, epochs=30, batch_size=12)),
        "lightning"),
    _hs("healthy119_lightning_breast_cancer_nadam",
        lightning_run(_na("breast_cancer", hidden=(462,), lr=5e-4, epochs=20, batch_size=21)),
        "lightning"),
    _hs("healthy119_plain_digits_amsgrad",
        plain_run(_ams("digits", hidden=(461,), lr=1e-3, epochs=15, batch_size=25)),
        "pytorch"),
    _hs("healthy119_plain_moons_radam",
        plain_run(_ra("moons", hidden=(464,), lr=2e-3, epochs=25, batch_size=20, n=660,
                      noise=0.2)), "pytorch"),
    _hs("healthy119_plain_wine_adamw",
        plain_run(_aw("wine", hidden=(466,), lr=1e-3, epochs=25, batch_size=10)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
