"""The hundred-and-sixteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout117` (not looked at), after :mod:`.heldout112` to
:mod:`.heldout115`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
keystone (a wide top two rows deep narrowing to a three-wide block and a point in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels
(seed 1160); 5-class Gaussian quantiles in 281 dimensions (3300 samples); a 284-feature 5-class
set (2100 samples, 30 informative, 12 redundant, class separation 2.7); a 287-feature Friedman-1
regression (1700 samples, noise 0.9); a ropewalk's rope stage CSV (hackling, spinning, laying,
tarring: 4 classes from 7 readings, ``ropewalk_rope_stage_h116``, seed 1161) and a mushroom
farm's daily pick regression CSV (kilograms, in the hundreds, ``mushroom_farm_daily_pick_kg_h116``,
seed 1162); the sklearn sets use random states 1163 to 1165. The glyph's name, the two CSV themes
and the feature counts were checked against the bank's parts as unused. Script faults use
Adagrad, NAdam and SGD with plain momentum 0.95 on iris, moons and the sine; every script case
holds a hidden width of 430 to 439. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop with
momentum 0.4, Adagrad, Adadelta, plain SGD, SGD with momentum 0.6 or 0.9, SGD with Nesterov
momentum 0.7. Each fault pairs its mechanism with another optimiser, model, data set or tool than
:mod:`.heldout112` to :mod:`.heldout115` did: divergence under SGD with momentum 0.9 in a
leaky-ReLU net on the unscaled mushroom picks and under Adagrad at LR 80 in an ELU net on the
quantiles, exploding gradients in a 10-layer ELU net with N(0, 1) init under RMSprop with
momentum, units killed by plain RMSprop at LR 2 in the keystone CNN, a high update ratio from
Adagrad at LR 3 in an ELU net on the ropewalk CSV, tiny learning rates under RMSprop with
momentum (leaky ReLU, Friedman) and Adam (SELU, ropewalk CSV), vanishing gradients under
Adadelta in a 20-layer sigmoid net, saturated sigmoid units with N(0, 7) init under RMSprop with
momentum, the keystone CNN with N(0, 0.05) init under SGD with momentum 0.9 (a slow start), the
unshuffled 284-feature set under Adadelta (ELU), square error under SGD with momentum (SiLU),
batch 1 under Adagrad (tanh), 44 rows of the 284-feature set under Adadelta (leaky ReLU), 40 rows
of the Friedman regression under AdamW (ReLU), 1 ELU unit under Adagrad; the scripts:
Lightning's NaN on moons (Adagrad) and stuck iris (NAdam), Trainer's NaN on iris (momentum) and
stuck moons (Adagrad), Keras' NaN on the sine (NAdam) and 6 rows of moons (momentum, a gap),
TensorBoard's NaN on moons (momentum) and 5 rows of the sine (NAdam, a gap), the loop's corrupt
record on the sine (Adagrad) and stuck iris (momentum).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' test split, 0.2024 on the 284-feature set's, 0.2533 on the ropewalk CSV's, 0.26 on
the keystone images'; 0.5 (moons), 1/3 (iris) on the scripts' validation splits. Baselines
(validation): accuracy 1.0 (ropewalk CSV), 0.8762 (284-feature set), 0.8833 (keystone images),
0.2273 (quantiles); R2 0.6984 (Friedman), 0.9554 (mushroom CSV).

Measured healthy ranges (runner): update ratio quarter means 1.9e-5 to 0.0368 (the tanh MLP with
RMSprop with momentum on the Friedman regression), single steps at most 0.304 (the tanh MLP with
Adagrad on the ropewalk CSV); the ``update_ratio_high`` run reaches quarter means of 0.41 with
single steps up to 30.4; the ``update_ratio_low`` runs log at most 3.2e-8 and 1.1e-10. Dead
fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed CNN's
0.71, the 40-row ReLU regression's 0.53 at the end); saturated fraction at most 0.0245 (the tanh
MLP on the Friedman regression); the saturated run's 0.973, the batch-1 tanh run's 0.52.
Gradient norms at least 3.7e-3 (the vanishing run's 2.7e-18; the exploding run's 7.3e5 to
2.9e6). The step loss's position in the epoch explains at most 24% of the within-epoch variance
over the second half in the healthy runner runs (the unshuffled run 82%). The standard deviation
of the step loss's step-to-step change over the second half is at most 0.79 times its mean in
the healthy runner runs (the leaky-ReLU MLP with momentum on the 284-feature set) and 1.11 in
the healthy scripts (Lightning's wine); the batch-1 run's is 6.7. Healthy scores (test):
accuracy 1.0 on the ropewalk CSV, 0.8881-0.919 on the 284-feature set, R2 0.1624-0.5882 on the
Friedman regression (validation 0.3759-0.6921); scripts (validation): iris 0.9667 (twice), wine
1.0, 0.9722 and 1.0, moons 0.9508 and 0.9531, circles 0.9919, digits 0.9721 and 0.9805, breast
cancer 0.9474 and 0.9649, blobs 0.7143 (the blobs overlap), sine R2 0.934. Every healthy runner
run's validation loss is lowest at its end or within 0.4% of its minimum but the tanh MLP on the
Friedman regression (2.5%, lowest at epoch 10 of 30); the scripts' within 0.8% but the loop's
blobs (2.7%, lowest at epoch 2 of 20, a hard set).

Changes after the first run: the keystone CNN at N(0, 0.05) under momentum at LR 0.02 barely
moved off ln 4 in 20 epochs (accuracy 0.4), and at N(0, 0.02) or N(0, 0.03) it never started, so
the slow start ran at LR 0.05 (flat for nine epochs, then accuracy 0.89); the 10-row sine gap
scored R2 0.918, too close to the healthy sine, so it kept 5 rows (R2 -0.33); healthy runs: the
tanh Friedman run at LR 3e-4 underfit (R2 -0.49) and at 3e-3 saturated 32% of its units, so it
ran at 1e-3; the leaky-ReLU run with momentum on the 284-feature set at LR 2e-3 underfit
(accuracy 0.67), so it ran at 0.02; TensorBoard's sine (a 14% rise) and Keras' iris (an 11%
rise) ran at a smaller LR for fewer epochs; Keras' spirals underfit (accuracy 0.56) and was
replaced by Keras' wine. Labels from the metrics: the quantile divergence, the exploding run and
the vanishing run put (nearly) every test prediction in one class (``predictions_collapsed``
expected); the 40-row ReLU regression's validation loss rose 37.5% with half of its second layer
dead (``overfitting`` and ``dead_relu`` expected); the batch-1 tanh run saturated its units
(``saturated_activation`` expected); the square-error run still fell with the validation loss
lowest at the end (``not_converged`` added); the unshuffled run's validation loss was lowest at
epoch 6 of 8 (``not_converged`` allowed, not expected); Lightning's stuck iris scored exactly a
third (``at_chance`` expected), the Trainer's stuck moons (0.2581) and the loop's stuck iris
(0.4333) scored away from chance (allowed, not expected).

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

# a keystone in a 5x5 cell: a wide top two rows deep narrowing to a three-wide block below;
# turned by 90 degrees for the others
_KEYSTONE_UP = np.array([[1, 1, 1, 1, 1],
                         [1, 1, 1, 1, 1],
                         [0, 1, 1, 1, 0],
                         [0, 1, 1, 1, 0],
                         [0, 0, 1, 0, 0]], dtype=float)
_KEYSTONES = turned(_KEYSTONE_UP)


def keystones(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 keystone glyph at a random place (4 classes: the keystone turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_KEYSTONES, n, size, noise, flip, seed)


def _ropewalk_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A ropewalk's stage (0 hackling, 1 spinning, 2 laying, 3 tarring) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    fibre_m = np.array([2.0, 300.0, 280.0, 260.0])[cls] + rng.normal(0, 25.0, n)
    twist_tpm = np.array([0.0, 120.0, 45.0, 0.0])[cls] + rng.normal(0, 10.0, n)
    strands = np.array([0.0, 1.0, 3.0, 3.0])[cls] + rng.normal(0, 0.3, n)
    tar_c = np.array([18.0, 18.0, 20.0, 95.0])[cls] + rng.normal(0, 6.0, n)
    comb_rpm = np.array([60.0, 0.0, 0.0, 0.0])[cls] + rng.normal(0, 5.0, n)
    shed_c = rng.uniform(4.0, 30.0, n)
    hands = rng.integers(2, 12, n).astype(float)
    return (["fibre_m", "twist_tpm", "strands", "tar_c", "comb_rpm", "shed_c", "hands",
             "stage"],
            np.column_stack([fibre_m, twist_tpm, strands, tar_c, comb_rpm, shed_c, hands,
                             cls]))


def _mushroom_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A mushroom farm's cellars: kilograms picked a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    beds = rng.integers(10, 60, n).astype(float)
    humidity = rng.uniform(75.0, 98.0, n)
    cellar_c = rng.uniform(10.0, 22.0, n)
    pickers = rng.integers(1, 9, n).astype(float)
    days_since_cased = rng.uniform(0.0, 40.0, n)
    co2_ppm = rng.uniform(600.0, 2500.0, n)
    kg = (30 + 4.0 * beds + 2.2 * (humidity - 75.0) - 3.0 * np.abs(cellar_c - 16.0)
          + 14.0 * pickers + 1.5 * days_since_cased - 0.02 * co2_ppm - 20.0 * (weekday == 6)
          + rng.normal(0, 12.0, n))
    return (["weekday", "beds", "humidity", "cellar_c", "pickers", "days_since_cased",
             "co2_ppm", "kg"],
            np.column_stack([weekday, beds, humidity, cellar_c, pickers, days_since_cased,
                             co2_ppm, kg]))


def _rope(**sections: Any) -> Any:
    return _csv("ropewalk_rope_stage_h116", _ropewalk_csv, "stage", "classification", 1161,
                **sections)


def _shroom(**sections: Any) -> Any:
    return _csv("mushroom_farm_daily_pick_kg_h116", _mushroom_csv, "kg", "regression", 1162,
                **sections)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _nd(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _mo(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with plain momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


MOM9 = {"momentum": 0.9}
MOM6 = {"momentum": 0.6}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM = {"momentum": 0.4}
HERE = "benchmarks.diagnosis_bank.heldout116"
KS4 = _factory(f"{HERE}:keystones", seed=1160)
GQ5281 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3300, n_features=281,
                  n_classes=5, random_state=1163)
CL284 = _factory("sklearn.datasets:make_classification", n_samples=2100, n_features=284,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.7,
                 random_state=1164)
FR287 = _factory("sklearn.datasets:make_friedman1", n_samples=1700, n_features=287, noise=0.9,
                 random_state=1165)
KCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h116_divergence_mushroom_momentum_leaky", "the mushroom-farm pick CSV (targets "
         "unscaled, in the hundreds), 29-unit leaky-ReLU MLP, SGD with momentum 0.9 at LR 0.02, "
         "batch 27",
         _shroom(model={"hidden": [29], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.02, **MOM9},
                 train={"epochs": 3, "batch_size": 27}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_divergence_gq5281_adagrad_lr80_elu", "44x22 ELU MLP on the 5-class quantiles "
         "in 281 dimensions, Adagrad at LR 80, batch 37",
         {"data": GQ5281, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 80.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_exploding_cl284_10x24_elu_std1_rmsprop_momentum", "10x24 ELU MLP with N(0, 1) "
         "init on the 284-feature set, RMSprop with momentum 0.4 at LR 1e-13, batch 42",
         {"data": CL284, "model": {"hidden": [24] * 10, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-13, **RMOM},
          "train": {"epochs": 3, "batch_size": 42}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 3.896e6 at every epoch); the tiny "
                      "steps do not move the wide weights (update ratios logged 0); up to 12.5% of"
                      " the ELU units logged dead"),
         verdict="failed"),
    Case("h116_dead_relu_keystone_cnn_rmsprop_lr2", "the keystone CNN (6, 13 channels, 21 "
         "hidden), plain RMSprop at LR 2, batch 31",
         {"data": KS4, "model": KCNN,
          "optim": {"name": "rmsprop", "lr": 2.0},
          "train": {"epochs": 3, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_update_ratio_high_rope_adagrad_elu", "Adagrad at LR 3 on the ropewalk CSV, 37 "
         "ELU units, batch 23, 8 epochs",
         _rope(model={"hidden": [37], "activation": "elu"},
               optim={"name": "adagrad", "lr": 3.0},
               train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss about (up to 232 from a first step of "
                      "1.32), but accuracy stays 1.0 and the validation loss ends at 0"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h116_rmsprop_momentum_lr1e10_fr287_leaky", "the 287-feature Friedman regression, "
         "41x20 leaky-ReLU MLP, RMSprop with momentum 0.4 at LR 1e-10, batch 39, 4 epochs",
         {"data": FR287, "model": {"hidden": [41, 20], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-10, **RMOM},
          "train": {"epochs": 4, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -9.02, far below the baseline (0.6984 on validation) "
                                         "and the healthy runs (0.1624 and up); the epoch loss "
                                         "231 at every epoch"), verdict=TP),
    Case("h116_adam_lr1e10_rope_selu", "the ropewalk CSV, 34x18 SELU MLP, Adam at LR 1e-10, "
         "batch 26, 4 epochs",
         _rope(model={"hidden": [34, 18], "activation": "selu"},
               optim={"name": "adam", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 26}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.351 at every epoch; accuracy 0.39 (majority share 0.2533)"
                      " and at most 40% of the test predictions in one class: neither chance nor a"
                      " collapse is clear"),
         verdict=TP),
    Case("h116_vanishing_sigmoid_cl284_20x12_adadelta", "20x12 sigmoid MLP on the 284-feature "
         "set, Adadelta at LR 1.0, batch 43, 4 epochs",
         {"data": CL284, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move, a side effect of the vanishing gradients "
                      "(down to 2.7e-18); the epoch loss 1.669 to 1.612 (ln 5 is 1.609)"),
         verdict=TP),
    Case("h116_saturated_sigmoid_gq5281_std7_rmsprop_momentum", "2x40 sigmoid MLP with N(0, 7) "
         "init on the 5-class quantiles, RMSprop with momentum 0.4 at LR 1e-9, batch 33",
         {"data": GQ5281, "model": {"hidden": [40, 40], "activation": "sigmoid",
                                    "init": "normal", "init_std": 7.0},
          "optim": {"name": "rmsprop", "lr": 1e-9, **RMOM},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 3.7e-10); the loss far above ln 5 from "
                      "the start (the epoch loss 28.94 at every epoch); 66% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h116_slow_start_keystone_cnn_momentum_std005", "the keystone CNN with N(0, 0.05) "
         "init, SGD with momentum 0.9 at LR 0.05, batch 30, 20 epochs",
         {"data": KS4, "model": {**KCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "dead_relu", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("the epoch loss stays at ln 4 for nine epochs (1.39 to 1.385), then falls to"
                      " 0.34 and rises to 0.47 over the last epoch while the validation loss "
                      "swings (0.33, 0.47, 0.33 over the last three), so 'not converged' is not "
                      "clear; up to 33% of the ReLU units logged dead and gradient norms down to "
                      "1.3e-3, side effects of the small init"), verdict=TP),
    Case("h116_unshuffled_cl284_adadelta_elu", "the 284-feature set sorted by label, never "
         "shuffled, 45x22 ELU MLP, Adadelta at LR 0.5, batch 34, 8 epochs",
         {"data": {**CL284, "order": "by_label", "shuffle": False},
          "model": {"hidden": [45, 22], "activation": "elu"},
          "optim": {"name": "adadelta", "lr": 0.5},
          "train": {"epochs": 8, "batch_size": 34}},
         expect=("unshuffled_data",),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "not_converged",
                "overfitting"),
         why_allowed=("the step loss's position in the epoch explains 82% of its within-epoch "
                      "variance (healthy runs at most 24%); the validation loss is lowest at "
                      "epoch 6 of 8 and 3.9% above it at the end, neither clearly rising nor "
                      "improving; accuracy 0.8857, within the healthy runs'"), verdict=TP),
    Case("h116_mse_softmax_rope_momentum_silu", "the ropewalk CSV trained with square error "
         "on the softmax, SGD with momentum 0.9 at LR 0.01, 30x14 SiLU MLP, batch 24, 10 epochs",
         _rope(model={"hidden": [30, 14], "activation": "silu"},
               optim={"name": "sgd", "lr": 0.01, **MOM9},
               train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly: the epoch loss still falls 16% "
                      "over the last epoch with the validation loss lowest at the end, 19% below "
                      "the epoch before (accuracy 0.99)"), verdict=TP),
    Case("h116_noisy_cl284_b1_adagrad_tanh", "the 284-feature set one row at a time (batch 1), "
         "Adagrad at LR 0.05, 26-unit tanh MLP, 3 epochs",
         {"data": CL284, "model": {"hidden": [26], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "saturated_activation"),
         allow=("divergence", "unshuffled_data", "not_converged", "update_ratio_high",
                "overfitting"),
         why_allowed=("single rows throw the steps about (the step-to-step change 6.7 times the "
                      "step loss's mean, up to 7.08 from a first step of 1.95; healthy at most "
                      "0.79); the epoch loss falls 47% over the last epoch but the validation loss"
                      " improves only 0.7%, so 'not converged' is not clear; 52% of the tanh "
                      "units end saturated (healthy at most 2.4%); accuracy 0.8952"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h116_overfit_cl284_subset44_adadelta_leaky", "44 rows of the 284-feature set, "
         "leaky-ReLU MLP of 190 and 95 units, Adadelta at LR 1.0, 50 epochs, batch 4",
         {"data": {**CL284, "subset": 44},
          "model": {"hidden": [190, 95], "activation": "leaky_relu"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("44 rows teach less than every row: accuracy 0.6119 (training 1.0; the "
                      "healthy runs 0.8881 and up); the epoch loss, near 0 (4.9e-5), still falls "
                      "while the validation loss is lowest at epoch 8 of 50 and 5% above it at the"
                      " end, a small slow rise: overfitting not clear"), verdict=GP),
    Case("h116_gap_fr287_subset40_adamw_relu", "40 rows of the 287-feature Friedman "
         "regression, ReLU MLP of 160 and 80 units, AdamW at LR 2e-3, 80 epochs, batch 4",
         {"data": {**FR287, "subset": 40},
          "model": {"hidden": [160, 80]},
          "optim": {"name": "adamw", "lr": 2e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting", "dead_relu"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 rows teach less (R2 -2.18, training 0.90; the healthy runs 0.1624 and "
                      "up); the validation loss is lowest at epoch 3 of 80 and 37.5% above it at "
                      "the end; the step loss swings 2.5 times its mean (healthy at most 0.79); "
                      "53% of the second layer's ReLU units end dead (healthy 0)"), verdict=GP),
    Case("h116_underfit_cl284_one_elu_unit_adagrad", "the 284-feature set through 1 ELU unit, "
         "Adagrad at LR 0.05, batch 41, 15 epochs",
         {"data": CL284, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 41}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "dead_relu", "not_converged"),
         why_allowed=("one ELU unit cannot hold the classes: training accuracy 0.5254 (the "
                      "healthy runs 0.9905 and up), accuracy 0.4; the validation loss is lowest at"
                      " epoch 4 of 15 and 4.5% above it at the end"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h116_lightning_moons_adagrad_lr1e20_nan", "Lightning: moons (610 points, noise 0.25), "
         "Adagrad at LR 1e20, 430 units, batch 21, 3 epochs",
         script=lightning_run(_ag("moons", hidden=(430,), lr=1e20, epochs=3, batch_size=21,
                                  n=610, noise=0.25)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_lightning_iris_nadam_lr1e10_stuck", "Lightning: iris, NAdam at LR 1e-10, 431 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_nd("iris", hidden=(431,), lr=1e-10, epochs=3, batch_size=11)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.151 at every epoch; accuracy 0.3333, the majority "
                      "share"), verdict=TP),
    Case("h116_hf_trainer_iris_momentum_lr1e20_nan", "Hugging Face Trainer names: iris, SGD "
         "with momentum 0.95 at LR 1e20 (decaying linearly), 432 units, batch 10, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_mo("iris", hidden=(432,), lr=1e20, epochs=3, batch_size=10),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons (620 "
         "points, noise 0.25), Adagrad at LR 1e-10 (decaying linearly), 433 units, batch 15, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("moons", hidden=(433,), lr=1e-10, epochs=3, batch_size=15,
                                   n=620, noise=0.25), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss stays at 0.7309; accuracy 0.2581, far below a half "
                      "(2 classes), so at chance is not clear; the logged loss drifts about it"),
         verdict=TP),
    Case("h116_keras_sine_nadam_lr1e20_nan", "Keras names: sine regression (640 points, noise "
         "0.15), NAdam at LR 1e20, 434 units, batch 13, 3 epochs",
         script=keras_run(_nd("sine", hidden=(434,), lr=1e20, epochs=3, batch_size=13, n=640,
                              noise=0.15)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_keras_moons_subset6_momentum_gap", "Keras names: 6 rows of moons (600 points, "
         "noise 0.25), 435 units, SGD with momentum 0.95 at LR 0.01, 100 epochs, batch 2",
         script=keras_run(_mo("moons", hidden=(435,), lr=0.01, epochs=100, batch_size=2,
                              subset=6, n=600, noise=0.25)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("6 rows teach less than all of them (validation accuracy 0.8583, training "
                      "1.0; the healthy moons runs 0.9508 and up); the training loss is near 0 "
                      "while the validation loss has risen 270% from epoch 2 of 100"), verdict=GP),
    Case("h116_tensorboard_moons_momentum_lr1e20_nan", "TensorBoard tags: moons (630 points, "
         "noise 0.25), SGD with momentum 0.95 at LR 1e20, 436 units, batch 19, 3 epochs",
         script=tensorboard_run(_mo("moons", hidden=(436,), lr=1e20, epochs=3, batch_size=19,
                                    n=630, noise=0.25)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h116_tensorboard_sine_subset5_nadam_gap", "TensorBoard tags: 5 rows of the sine "
         "regression (610 points, noise 0.15), 437 units, NAdam at LR 3e-3, 120 epochs, batch 2",
         script=tensorboard_run(_nd("sine", hidden=(437,), lr=3e-3, epochs=120, batch_size=2,
                                    subset=5, n=610, noise=0.15)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less than all of them (validation R2 -0.33, training 0.86; the"
                      " healthy sine run 0.934); the validation loss has risen 250% from epoch 5 "
                      "of 120; the step loss swings 1.23 times its mean"), verdict=GP),
    Case("h116_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (660 points), Adagrad at LR 0.01, 438 units, batch 18, a corrupt record "
         "(x = 1e30) at step 31 makes the loss Inf",
         script=plain_run(_ag("sine", hidden=(438,), lr=0.01, epochs=3, batch_size=18, n=660,
                              noise=0.2), corrupt_step=31),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=31),
    Case("h116_plain_iris_momentum_lr1e10_stuck", "hand-written loop: iris, SGD with momentum "
         "0.95 at LR 1e-10, 439 units, batch 9, 4 epochs",
         script=plain_run(_mo("iris", hidden=(439,), lr=1e-10, epochs=4, batch_size=9)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.019; the untrained net scores 0.4333, above "
                      "a third (3 classes), so at chance is not clear; the step loss drifts about "
                      "it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy116_rope_relu_adam_b21",
       _rope(model={"hidden": [42]},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 21})),
    _h("healthy116_rope_tanh_adagrad_b24",
       _rope(model={"hidden": [39], "activation": "tanh"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy116_rope_elu_rmsprop_b27",
       _rope(model={"hidden": [45], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy116_rope_leaky_adadelta_b30",
       _rope(model={"hidden": [41], "activation": "leaky_relu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy116_rope_selu_momentum_b19",
       _rope(model={"hidden": [37], "activation": "selu"},
             optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 19})),
    _h("healthy116_rope_silu_adamw_b28",
       _rope(model={"hidden": [35], "activation": "silu"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy116_rope_sigmoid_nesterov_b32",
       _rope(model={"hidden": [34], "activation": "sigmoid"},
             optim={"name": "sgd", "lr": 0.05, **NEST7, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 32})),
    _h("healthy116_rope_maxout_sgd_b25",
       _rope(model={"hidden": [30], "activation": "maxout"},
             optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 25})),
    _h("healthy116_fr287_silu_adam_b25",
       {"data": FR287, "model": {"hidden": [54], "activation": "silu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy116_fr287_tanh_rmsprop_momentum_b23",
       {"data": FR287, "model": {"hidden": [59], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, **RMOM, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy116_fr287_elu_adadelta_b28",
       {"data": FR287, "model": {"hidden": [56], "activation": "elu"},
        "optim": {"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy116_cl284_relu_adamw_b29",
       {"data": CL284, "model": {"hidden": [64]},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy116_cl284_leaky_momentum_b26",
       {"data": CL284, "model": {"hidden": [61], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.02, **MOM6, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy116_cl284_silu_adagrad_b33",
       {"data": CL284, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy116_cl284_sigmoid_adam_b23",
       {"data": CL284, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _hs("healthy116_tensorboard_iris_adamax",
        tensorboard_run(_mx("iris", hidden=(433,), lr=3e-3, epochs=40, batch_size=10)),
        "tensorboard"),
    _hs("healthy116_tensorboard_digits_radam",
        tensorboard_run(_ra("digits", hidden=(437,), lr=1e-3, epochs=15, batch_size=26)),
        "tensorboard"),
    _hs("healthy116_tensorboard_sine_adam",
        tensorboard_run(_a("sine", hidden=(430,), lr=1e-3, epochs=12, batch_size=21, n=650,
                           noise=0.2)), "tensorboard"),
    _hs("healthy116_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(436,), lr=2e-3, epochs=30, batch_size=24, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy116_hf_trainer_wine_radam",
        hf_trainer_run(_ra("wine", hidden=(431,), lr=1e-3, epochs=40, batch_size=12),
                       logging_steps=2), "transformers"),
    _hs("healthy116_hf_trainer_circles_adamax",
        hf_trainer_run(_mx("circles", hidden=(439,), lr=3e-3, epochs=30, batch_size=22, n=620,
                           noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy116_keras_iris_adam",
        keras_run(_a("iris", hidden=(438,), lr=1e-3, epochs=30, batch_size=8)), "keras"),
    _hs("healthy116_keras_breast_cancer_adamw",
        keras_run(_aw("breast_cancer", hidden=(432,), lr=5e-4, epochs=20, batch_size=18)),
        "keras"),
    _hs("healthy116_keras_wine_radam",
        keras_run(_ra("wine", hidden=(435,), lr=2e-3, epochs=40, batch_size=9)), "keras"),
    _hs("healthy116_lightning_moons_adamax",
        lightning_run(_mx("moons", hidden=(434,), lr=3e-3, epochs=30, batch_size=23, n=610,
                          noise=0.2)), "lightning"),
    _hs("healthy116_lightning_wine_adamw",
        lightning_run(_aw("wine", hidden=(439,), lr=1e-3, epochs=40, batch_size=10)),
        "lightning"),
    _hs("healthy116_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(430,), lr=5e-4, epochs=20, batch_size=17)),
        "pytorch"),
    _hs("healthy116_plain_digits_adam",
        plain_run(_a("digits", hidden=(436,), lr=1e-3, epochs=15, batch_size=27)), "pytorch"),
    _hs("healthy116_plain_blobs_adamax",
        plain_run(_mx("blobs", hidden=(432,), lr=2e-3, epochs=20, batch_size=20, n=630,
                      noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
