"""The hundred-and-twenty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout127` (not looked at), after :mod:`.heldout122` to
:mod:`.heldout125`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
jellyfish (a round bell over three hanging tentacles, the middle one longer, in a 5x5 cell, turned
by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed
1260); 5-class Gaussian quantiles in 381 dimensions (3100 samples); a 384-feature 5-class set
(2080 samples, 32 informative, 12 redundant, class separation 2.8); a 387-feature Friedman-1
regression (1640 samples, noise 0.9); a marmalade kitchen's batch stage CSV (peeling, boiling,
setting, jarring: 4 classes from 7 readings, ``marmalade_kitchen_batch_stage_h126``, seed 1261)
and a drive-in cinema's cars a day regression CSV (in the hundreds,
``drive_in_cinema_daily_cars_h126``, seed 1262); the sklearn sets use random states 1263 to 1265.
The glyph's name, the two CSV themes and the feature counts were checked against the bank's parts
as unused. Script cases use Adamax, SGD with momentum 0.95 and Adagrad with ``lr_decay`` 1e-3 on
iris, wine, three blobs, circles, digits, moons, breast cancer and the sine; every script case
holds a hidden width of 530 to 539. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop with
momentum 0.4 or 0.6, Adagrad, Adadelta, plain SGD, SGD with momentum 0.7 or 0.9, SGD with
Nesterov momentum 0.7 or 0.9. Each fault pairs its mechanism with another optimiser, model, data
set or tool than :mod:`.heldout122` to :mod:`.heldout125` did: divergence under plain SGD in an
ELU net on the unscaled drive-in cars and under AdamW at LR 10 in a SELU net on the quantiles,
exploding gradients in a 12-layer SiLU net with N(0, 1) init under plain SGD, units killed by
plain RMSprop at LR 5 in the jellyfish CNN, a high update ratio from AdamW at LR 1 in an ELU net
on the marmalade CSV, tiny learning rates under Adadelta (tanh, Friedman) and plain RMSprop
(SiLU, marmalade CSV), vanishing gradients under plain SGD in a 24-layer sigmoid net on the
quantiles, saturated tanh units with N(0, 8) init under SGD with Nesterov momentum 0.7, the
jellyfish CNN with N(0, 0.04) init under SGD with Nesterov momentum 0.9 (a slow start), the
unshuffled 384-feature set under AdamW (tanh), square error under plain RMSprop (leaky ReLU),
batch 1 under Adagrad (SiLU), 44 rows of the 384-feature set under Adagrad (ReLU), 35 rows of the
Friedman regression under AdamW (SiLU), 1 tanh unit under plain RMSprop; the scripts: Lightning's
NaN on iris (Adagrad with decay) and stuck wine (momentum 0.95), Trainer's NaN on three blobs
(Adamax) and stuck circles (Adagrad with decay), Keras' NaN on digits (momentum 0.95) and 4 rows
of wine (Adamax, a gap), TensorBoard's NaN on moons (Adagrad with decay) and 5 rows of circles
(momentum 0.95, a gap), the loop's corrupt record on the sine (Adamax) and stuck digits (Adagrad
with decay).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. The test confusion matrix was
not read, so ``predictions_collapsed`` is allowed, never expected.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: about 0.2
on the 384-feature set's splits and the quantiles', about 0.25 on the marmalade CSV's and the
jellyfish images'; on the scripts' validation splits 1/3 (iris, three blobs), 0.3889 (wine), 0.5
(moons, circles), 0.1003 (digits). Baselines (validation): accuracy 1.0 (marmalade CSV), 0.8966
(384-feature set), 0.97 (jellyfish images), 0.2081 (quantiles); R2 0.5704 (Friedman), 0.9398
(drive-in CSV).

Measured healthy ranges (runner): update ratio quarter means 2.4e-5 (the SELU MLP with Adam on
the Friedman regression) to 0.0292 (the ELU MLP with Adagrad on the 384-feature set), single
steps at most 0.34 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.162
with single steps up to 10.1, the one-tanh-unit run 0.089 and 1.02; the ``update_ratio_low`` runs
log quarter means of at most 1.5e-13 and 9.2e-10. Dead fraction 0 in every healthy ReLU,
leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed CNN's 0.58, the slow-starting CNN's 0.5
early on, the quantile divergence's 1.0, the exploding run's 0.115, the 44-row ReLU run's 0.196,
the 35-row SiLU regression's 0.55); saturated fraction at most 0.0132 (the tanh MLP with RMSprop
on the 384-feature set); the saturated run's 0.988, the one-tanh-unit run's 0.649. Gradient norms
at least 0.01 and at most 2.1e2 (the Friedman regression's first steps); the vanishing run's
9.2e-22, the exploding run's 2e6 to 9.9e7. The step loss's position in the epoch explains at most
33% of the within-epoch variance over the second half in the healthy runner runs (the Adadelta
tanh MLP on the marmalade CSV; the unshuffled run 98.5%). The standard deviation of the step
loss's step-to-step change over the second half is at most 0.496 times its mean in the healthy
runner runs (the SELU MLP on the Friedman regression) and 1.17 in the healthy scripts
(Lightning's breast cancer); the batch-1 run's is 5.21. Healthy scores: accuracy 1.0 on the
marmalade CSV (every split, every run), 0.8942-0.9111 on the 384-feature set (test
0.9038-0.9183), R2 0.5634 on the Friedman regression (test 0.5735); scripts (validation): breast
cancer 0.9298, 0.9649, 0.9561, wine 1.0 (two runs), digits 0.9749 and 0.9666, circles 0.9923,
iris 0.9667, moons 0.9538 and 0.9615, three blobs 0.6875 (overlapping clusters), the sine R2
0.9328. Every healthy runner run's validation loss is lowest at its end or within 0.43% of its
minimum (the SELU MLP on the Friedman regression, epoch 6 of 12); the scripts' within 1.0% (the
loop's sine, epoch 13 of 20; Trainer's moons 0.8%, epoch 18 of 20).

Changes after the first run: the healthy Friedman run (ELU MLP, Adam at LR 3e-3, batch 24) reached
only R2 0.2616 against a baseline of 0.5704, so it became a SELU MLP with Adam at LR 3e-3, batch
22 (0.5634; RMSprop, Adagrad and Adam with weight decay reached less); the one-tanh-unit run at
LR 0.01 had its validation loss 3.5% above its epoch-10 minimum, so it ran at LR 3e-3; the loop's
sine with momentum 0.95 at LR 2e-3 ended 1.4% above its epoch-18 validation loss, so LR 1e-3 (14
epochs instead were worse: 22% above). Labels from the metrics: the exploding run's epoch loss
falls by 70% (1.1e7 to 3.3e6), so ``not_training`` was dropped; the saturated run (0.1731), the
quantile divergence (0.2), the exploding run (0.1851), the killed CNN (0.23) and the vanishing
run (0.2) score at the majority share (``at_chance`` expected); the stuck marmalade run's 0.4075
is not at chance (``at_chance`` removed); the one-tanh-unit run's saturation (65%) and update
ratios (0.089) lie clearly outside the healthy runs, so both are expected; the unshuffled run
still fell with the validation loss lowest at the end (``not_converged`` expected); the slow
start recovered (0.9533) with its validation loss 26% above its epoch-18 minimum
(``overfitting`` allowed); the 35-row regression's validation loss was lowest at epoch 71 of 80,
only 3.6% below its end (``overfitting`` allowed, not expected); Trainer's stuck circles (0.5)
and the loop's stuck digits (0.1114) score at chance (``at_chance`` expected), Lightning's stuck
wine (0.3056) not clearly (allowed).

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

# a jellyfish in a 5x5 cell: a round bell on top over three hanging tentacles, one of them
# longer; turned by 90 degrees for the others
_JELLYFISH_UP = np.array([[0, 1, 1, 1, 0],
                          [1, 1, 1, 1, 1],
                          [1, 0, 1, 0, 1],
                          [1, 0, 1, 0, 1],
                          [0, 0, 1, 0, 0]], dtype=float)
_JELLYFISHES = turned(_JELLYFISH_UP)


def jellyfishes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 jellyfish glyph at a random place (4 classes: the jellyfish turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_JELLYFISHES, n, size, noise, flip, seed)


def _marmalade_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A marmalade kitchen's batch stage (0 peeling, 1 boiling, 2 setting, 3 jarring) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    pan_c = np.array([18.0, 104.0, 70.0, 85.0])[cls] + rng.normal(0, 3.0, n)
    brix = np.array([10.0, 55.0, 66.0, 67.0])[cls] + rng.normal(0, 2.0, n)
    stir_rpm = np.array([0.0, 60.0, 10.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    peel_kg = np.array([12.0, 1.0, 0.0, 0.0])[cls] + rng.normal(0, 1.0, n)
    jars_min = np.array([0.0, 0.0, 0.0, 24.0])[cls] + rng.normal(0, 2.0, n)
    room_c = rng.uniform(16.0, 28.0, n)
    cooks = rng.integers(1, 4, n).astype(float)
    return (["pan_c", "brix", "stir_rpm", "peel_kg", "jars_min", "room_c", "cooks", "stage"],
            np.column_stack([pan_c, brix, stir_rpm, peel_kg, jars_min, room_c, cooks, cls]))


def _drive_in_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A drive-in cinema's cars a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    dusk_h = rng.uniform(17.5, 22.5, n)
    rain_mm = rng.uniform(0.0, 20.0, n)
    outside_c = rng.uniform(2.0, 30.0, n)
    screens = rng.integers(1, 4, n).astype(float)
    premiere = rng.integers(0, 2, n).astype(float)
    food_trucks = rng.integers(0, 6, n).astype(float)
    cars = (150 - 12.0 * (dusk_h - 20.0) - 6.0 * rain_mm + 4.0 * outside_c + 60.0 * screens
            + 110.0 * premiere + 18.0 * food_trucks + 70.0 * (weekday >= 4)
            + rng.normal(0, 18.0, n))
    return (["weekday", "dusk_h", "rain_mm", "outside_c", "screens", "premiere", "food_trucks",
             "cars"],
            np.column_stack([weekday, dusk_h, rain_mm, outside_c, screens, premiere,
                             food_trucks, cars]))


def _marmalade(**sections: Any) -> Any:
    return _csv("marmalade_kitchen_batch_stage_h126", _marmalade_csv, "stage", "classification",
                1261, **sections)


def _drive_in(**sections: Any) -> Any:
    return _csv("drive_in_cinema_daily_cars_h126", _drive_in_csv, "cars", "regression", 1262,
                **sections)


def _amx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax."""
    return _s(data, optim="adamax", **kw)


def _m95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


def _agd(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with a learning-rate decay of 1e-3 a step."""
    return _s(data, optim="adagrad", optim_args={"lr_decay": 1e-3}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM4 = {"momentum": 0.4}
RMOM6 = {"momentum": 0.6}
HERE = "benchmarks.diagnosis_bank.heldout126"
JF4 = _factory(f"{HERE}:jellyfishes", seed=1260)
GQ5381 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3100, n_features=381,
                  n_classes=5, random_state=1263)
CL384 = _factory("sklearn.datasets:make_classification", n_samples=2080, n_features=384,
                 n_informative=32, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=1264)
FR387 = _factory("sklearn.datasets:make_friedman1", n_samples=1640, n_features=387, noise=0.9,
                 random_state=1265)
JCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 12}], "hidden": [22]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h126_divergence_drive_in_sgd_elu", "the drive-in cinema cars CSV (targets unscaled, "
         "in the hundreds), 27-unit ELU MLP, plain SGD at LR 0.05, batch 24",
         _drive_in(model={"hidden": [27], "activation": "elu"},
                   optim={"name": "sgd", "lr": 0.05},
                   train={"epochs": 3, "batch_size": 24}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.9e5 at the first step, 5.6e24 at the fourth, "
                      "then no longer finite"), verdict="failed"),
    Case("h126_divergence_gq5381_adamw_lr10_selu", "45x19 SELU MLP on the 5-class quantiles "
         "in 381 dimensions, AdamW at LR 10, batch 38",
         {"data": GQ5381, "model": {"hidden": [45, 19], "activation": "selu"},
          "optim": {"name": "adamw", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 38}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the epoch loss 5.7e4 in epoch 1 and 292.8 at the end (ln 5 is "
                      "1.609), never NaN; every SELU unit logged dead; accuracy 0.2 (test 0.2) at "
                      "the majority share, the test predictions' spread not logged"),
         verdict="failed"),
    Case("h126_exploding_cl384_12x26_silu_std1_sgd", "12x26 SiLU MLP with N(0, 1) init on the "
         "384-feature set, plain SGD at LR 1e-9, batch 40",
         {"data": CL384, "model": {"hidden": [26] * 12, "activation": "silu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("every gradient norm 2e6 to 9.9e7 (healthy at most 2.1e2); the epoch loss "
                      "1.1e7 to 3.3e6, falling but far above ln 5; quarter-mean update ratios "
                      "4.4e-5 to 2.2e-3, inside the healthy range; 11.5% of the SiLU units "
                      "logged dead; accuracy 0.1851 (test 0.2043) against a majority share of "
                      "about 0.2"), verdict="failed"),
    Case("h126_dead_relu_jellyfish_cnn_rmsprop_lr5", "the jellyfish CNN (6, 12 channels, 22 "
         "hidden), plain RMSprop at LR 5, batch 29",
         {"data": JF4, "model": JCNN,
          "optim": {"name": "rmsprop", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting",
                "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the epoch loss 1.5e9 in epoch 1, 1.3e5 at the end (ln 4 is "
                      "1.386); 58% of the ReLU units dead at the end (healthy 0); accuracy 0.23 "
                      "(test 0.24); the test predictions' spread not logged"), verdict="failed"),
    Case("h126_update_ratio_high_marmalade_adamw_elu", "AdamW at LR 1 on the marmalade CSV, 37 "
         "ELU units, batch 22, 8 epochs",
         _marmalade(model={"hidden": [37], "activation": "elu"},
                    optim={"name": "adamw", "lr": 1.0},
                    train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.162, "
                      "single steps up to 10.1; the healthy runs at most 0.0292 and 0.34), yet "
                      "accuracy 1.0 (test 0.9966); the loss near 0 from epoch 2"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h126_adadelta_lr1e10_fr387_tanh", "the 387-feature Friedman regression, 41x17 tanh "
         "MLP, Adadelta at LR 1e-10, batch 36, 4 epochs",
         {"data": FR387, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -7.63, far below the baseline (0.5704 on validation) and the healthy "
                      "run (0.5634); the epoch loss 224.7 at every epoch"), verdict=TP),
    Case("h126_rmsprop_lr1e10_marmalade_silu", "the marmalade CSV, 34x16 SiLU MLP, plain "
         "RMSprop at LR 1e-10, batch 28, 4 epochs",
         _marmalade(model={"hidden": [34, 16], "activation": "silu"},
                    optim={"name": "rmsprop", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 28}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.377 at every epoch; accuracy 0.4075 (test 0.4384), "
                      "well above a quarter, so not at chance"), verdict=TP),
    Case("h126_vanishing_sigmoid_gq5381_24x12_sgd", "24x12 sigmoid MLP on the 381-dimension "
         "quantiles, plain SGD at LR 0.1, batch 42, 4 epochs",
         {"data": GQ5381, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 42}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "predictions_collapsed"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients "
                      "(down to 9.2e-22); the epoch loss 1.617 to 1.613 (ln 5 is 1.609); "
                      "accuracy 0.2 on every split, the majority share, so likely one class, but "
                      "the spread was not logged"), verdict=TP),
    Case("h126_saturated_tanh_cl384_std8_nesterov7", "2x35 tanh MLP with N(0, 8) init on the "
         "384-feature set, SGD with Nesterov momentum 0.7 at LR 1e-9, batch 32",
         {"data": CL384, "model": {"hidden": [35, 35], "activation": "tanh",
                                   "init": "normal", "init_std": 8.0},
          "optim": {"name": "sgd", "lr": 1e-9, **NEST7},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("update ratios of at most 8.1e-11; the loss far above ln 5 from the start "
                      "(the epoch loss 58.72 at every epoch); the test predictions' spread not "
                      "logged"), verdict=TP),
    Case("h126_slow_start_jellyfish_cnn_nesterov9_std004", "the jellyfish CNN with N(0, 0.04) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05, batch 31, 20 epochs",
         {"data": JF4, "model": {**JCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9},
          "train": {"epochs": 20, "batch_size": 31}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.383 to 1.391) for the first 9 epochs, then"
                      " falls (0.064 at epoch 20); the first gradient norms 1.5e-3 to 4e-3; up to"
                      " 50% of the ReLU units dead early on, none at the end; accuracy 0.9533 "
                      "(baseline 0.97); the validation loss lowest (0.183) at epoch 18 of 20 "
                      "and 26% above it at the end"), verdict=TP),
    Case("h126_unshuffled_cl384_adamw_tanh", "the 384-feature set sorted by label, never "
         "shuffled, 44x21 tanh MLP, AdamW at LR 3e-4, batch 37, 8 epochs",
         {"data": {**CL384, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 3e-4},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 98.5% of its within-epoch "
                      "variance (healthy runs at most 33%); accuracy 0.774 (test 0.8053), below "
                      "the healthy runs (0.8942 and up); the epoch loss still falls (1.619 to "
                      "0.890) with the validation loss lowest at the end"), verdict=TP),
    Case("h126_mse_softmax_marmalade_rmsprop_leaky", "the marmalade CSV trained with square "
         "error on the softmax, plain RMSprop at LR 1e-3, 31x13 leaky-ReLU MLP, batch 25, 10 "
         "epochs",
         _marmalade(model={"hidden": [31, 13], "activation": "leaky_relu"},
                    optim={"name": "rmsprop", "lr": 1e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "2e-4 at the end, the validation loss lowest at the end"), verdict=TP),
    Case("h126_noisy_cl384_b1_adagrad_silu", "the 384-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.05, 23-unit SiLU MLP, 2 epochs",
         {"data": CL384, "model": {"hidden": [23], "activation": "silu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu"),
         why_allowed=("the step loss swings 5.21 times its mean (healthy at most 0.535); "
                      "accuracy 0.9135 (training 0.9976), as the healthy runs', so the gap is "
                      "theirs too; single update ratios up to 1.7"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h126_overfit_cl384_subset44_adagrad_relu", "44 rows of the 384-feature set, ReLU MLP "
         "of 178 and 92 units, Adagrad at LR 0.02, 50 epochs, batch 4",
         {"data": {**CL384, "subset": 44},
          "model": {"hidden": [178, 92]},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("44 rows teach less than every row: accuracy 0.5096 (training 1.0; the "
                      "healthy runs 0.8942 and up); the validation loss lowest at epoch 3 and "
                      "7.6% above it at the end; 19.6% of the ReLU units dead"), verdict=GP),
    Case("h126_gap_fr387_subset35_adamw_silu", "35 rows of the 387-feature Friedman "
         "regression, SiLU MLP of 169 and 85 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR387, "subset": 35},
          "model": {"hidden": [169, 85], "activation": "silu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("35 rows teach less (R2 -3.54, training 0.978; the healthy run 0.5634); "
                      "the validation loss lowest at epoch 71 of 80 and 3.6% above it at the end,"
                      " so overfitting not clear; the step loss swings 2.1 times its mean; up to "
                      "55% of the SiLU units logged dead"), verdict=GP),
    Case("h126_underfit_cl384_one_tanh_unit_rmsprop", "the 384-feature set through 1 tanh "
         "unit, plain RMSprop at LR 3e-3, batch 41, 15 epochs",
         {"data": CL384, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 41}},
         expect=("underfitting", "saturated_activation", "update_ratio_high"),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.4207 (the "
                      "healthy runs 0.9936 and up), accuracy 0.363 (test 0.3462); the epoch loss "
                      "falls slowly (1.050 to 1.043 in the last epoch), the validation loss "
                      "0.1% above its epoch-14 minimum; its unit saturated 65% of the time "
                      "(healthy at most 1.3%); quarter-mean update ratios up to 0.089 (healthy "
                      "at most 0.0292)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h126_lightning_iris_adagrad_decay_lr1e20_nan", "Lightning: iris, Adagrad with "
         "lr_decay 1e-3 at LR 1e20, 530 units, batch 10, 3 epochs",
         script=lightning_run(_agd("iris", hidden=(530,), lr=1e20, epochs=3, batch_size=10)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h126_lightning_wine_momentum95_lr1e10_stuck", "Lightning: wine, SGD with momentum "
         "0.95 at LR 1e-10, 531 units, batch 11, 3 epochs",
         script=lightning_run(_m95("wine", hidden=(531,), lr=1e-10, epochs=3, batch_size=11)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.188 at every epoch; accuracy 0.3056 against a "
                      "majority share of 0.3889, not clearly at chance"), verdict=TP),
    Case("h126_hf_trainer_blobs_adamax_lr1e20_nan", "Hugging Face Trainer names: three blobs "
         "(630 points), Adamax at LR 1e20 (decaying linearly), 532 units, batch 21, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_amx("blobs", hidden=(532,), lr=1e20, epochs=3, batch_size=21,
                                    n=630), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h126_hf_trainer_circles_adagrad_decay_lr1e10_stuck", "Hugging Face Trainer names: "
         "circles (620 points, noise 0.1), Adagrad with lr_decay 1e-3 at LR 1e-10 (decaying "
         "linearly), 533 units, batch 20, 3 epochs, logging every 3 steps",
         script=hf_trainer_run(_agd("circles", hidden=(533,), lr=1e-10, epochs=3,
                                    batch_size=20, n=620, noise=0.1), logging_steps=3),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6857 at every evaluation; accuracy 0.5 on "
                      "circles"), verdict=TP),
    Case("h126_keras_digits_momentum95_lr1e20_nan", "Keras names: digits, SGD with momentum "
         "0.95 at LR 1e20, 534 units, batch 25, 3 epochs",
         script=keras_run(_m95("digits", hidden=(534,), lr=1e20, epochs=3, batch_size=25)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h126_keras_wine_subset4_adamax_gap", "Keras names: 4 rows of wine, 535 units, Adamax "
         "at LR 2e-3, 150 epochs, batch 2",
         script=keras_run(_amx("wine", hidden=(535,), lr=2e-3, epochs=150, batch_size=2,
                               subset=4)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.6111, training "
                      "1.0; the healthy wine runs 1.0); the validation loss is lowest at epoch 1 "
                      "of 150 and 2.1 times it at the end"), verdict=GP),
    Case("h126_tensorboard_moons_adagrad_decay_lr1e20_nan", "TensorBoard tags: moons (640 "
         "points, noise 0.2), Adagrad with lr_decay 1e-3 at LR 1e20, 536 units, batch 16, 3 "
         "epochs",
         script=tensorboard_run(_agd("moons", hidden=(536,), lr=1e20, epochs=3, batch_size=16,
                                     n=640, noise=0.2)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h126_tensorboard_circles_subset5_momentum95_gap", "TensorBoard tags: 5 rows of "
         "circles (620 points, noise 0.1), 537 units, SGD with momentum 0.95 at LR 0.02, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_m95("circles", hidden=(537,), lr=0.02, epochs=150,
                                     batch_size=2, subset=5, n=620, noise=0.1)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less (validation accuracy 0.6935, training 1.0; the healthy "
                      "circles 0.9923); the validation loss is lowest at epoch 1 of 150 and 15 "
                      "times it at the end; the step loss, near 0, swings 2 times its mean"),
         verdict=GP),
    Case("h126_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.2 (660 points), Adamax at LR 1e-3, 538 units, batch 22, a corrupt record "
         "(x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_amx("sine", hidden=(538,), lr=1e-3, epochs=3, batch_size=22, n=660,
                               noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h126_plain_digits_adagrad_decay_lr1e10_stuck", "hand-written loop: digits, Adagrad "
         "with lr_decay 1e-3 at LR 1e-10, 539 units, batch 24, 4 epochs",
         script=plain_run(_agd("digits", hidden=(539,), lr=1e-10, epochs=4, batch_size=24)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.3 at every epoch; accuracy 0.1114 on digits "
                      "(majority share about 0.1)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy126_marmalade_relu_adam_b23",
       _marmalade(model={"hidden": [41]},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy126_marmalade_tanh_adadelta_b25",
       _marmalade(model={"hidden": [39], "activation": "tanh"},
                  optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy126_marmalade_elu_rmsprop_momentum4_b26",
       _marmalade(model={"hidden": [42], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 5e-4, **RMOM4, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 26})),
    _h("healthy126_marmalade_leaky_nesterov7_b21",
       _marmalade(model={"hidden": [40], "activation": "leaky_relu"},
                  optim={"name": "sgd", "lr": 0.01, **NEST7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 21})),
    _h("healthy126_marmalade_selu_adagrad_b27",
       _marmalade(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy126_marmalade_silu_adamw_b24",
       _marmalade(model={"hidden": [33], "activation": "silu"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 24})),
    _h("healthy126_marmalade_sigmoid_rmsprop_b30",
       _marmalade(model={"hidden": [32], "activation": "sigmoid"},
                  optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy126_marmalade_relu_momentum7_b32",
       _marmalade(model={"hidden": [46]},
                  optim={"name": "sgd", "lr": 0.01, **MOM7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy126_fr387_selu_adam_b22",
       {"data": FR387, "model": {"hidden": [53], "activation": "selu"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 22}}),
    _h("healthy126_cl384_selu_adam_b27",
       {"data": CL384, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy126_cl384_relu_adamw_b31",
       {"data": CL384, "model": {"hidden": [66]},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy126_cl384_elu_adagrad_b24",
       {"data": CL384, "model": {"hidden": [61], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy126_cl384_silu_sgd_b35",
       {"data": CL384, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy126_cl384_tanh_rmsprop_momentum6_b22",
       {"data": CL384, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-4, **RMOM6, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy126_cl384_leaky_momentum9_b29",
       {"data": CL384, "model": {"hidden": [62], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 5e-3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 29}}),
    _hs("healthy126_tensorboard_breast_cancer_adamax",
        tensorboard_run(_amx("breast_cancer", hidden=(530,), lr=1e-3, epochs=12,
                             batch_size=22)), "tensorboard"),
    _hs("healthy126_tensorboard_iris_momentum95",
        tensorboard_run(_m95("iris", hidden=(533,), lr=2e-3, epochs=20, batch_size=9)),
        "tensorboard"),
    _hs("healthy126_tensorboard_digits_adagrad_decay",
        tensorboard_run(_agd("digits", hidden=(536,), lr=0.01, epochs=12, batch_size=26)),
        "tensorboard"),
    _hs("healthy126_hf_trainer_wine_adamax",
        hf_trainer_run(_amx("wine", hidden=(531,), lr=1e-3, epochs=15, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy126_hf_trainer_moons_momentum95",
        hf_trainer_run(_m95("moons", hidden=(534,), lr=5e-3, epochs=20, batch_size=20,
                            n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy126_hf_trainer_breast_cancer_adagrad_decay",
        hf_trainer_run(_agd("breast_cancer", hidden=(537,), lr=5e-3, epochs=12, batch_size=19),
                       logging_steps=2), "transformers"),
    _hs("healthy126_keras_circles_adagrad_decay",
        keras_run(_agd("circles", hidden=(532,), lr=0.02, epochs=30, batch_size=20, n=650,
                       noise=0.1)), "keras"),
    _hs("healthy126_keras_blobs_adamax",
        keras_run(_amx("blobs", hidden=(535,), lr=1e-3, epochs=8, batch_size=17, n=640)),
        "keras"),
    _hs("healthy126_lightning_digits_adamax",
        lightning_run(_amx("digits", hidden=(538,), lr=1e-3, epochs=10, batch_size=24)),
        "lightning"),
    _hs("healthy126_lightning_breast_cancer_momentum95",
        lightning_run(_m95("breast_cancer", hidden=(539,), lr=1e-3, epochs=12, batch_size=20)),
        "lightning"),
    _hs("healthy126_plain_wine_adagrad_decay",
        plain_run(_agd("wine", hidden=(530,), lr=5e-3, epochs=15, batch_size=11)), "pytorch"),
    _hs("healthy126_plain_moons_adamax",
        plain_run(_amx("moons", hidden=(533,), lr=2e-3, epochs=20, batch_size=22, n=650,
                       noise=0.2)), "pytorch"),
    _hs("healthy126_plain_sine_momentum95",
        plain_run(_m95("sine", hidden=(536,), lr=1e-3, epochs=20, batch_size=22, n=660,
                       noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
