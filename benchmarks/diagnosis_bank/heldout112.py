"""The hundred-and-twelfth held-out part of the diagnosis bank: fresh faults, healthy runs, unseen.

Written and labelled beside :mod:`.heldout113` (not looked at), after :mod:`.heldout108` to
:mod:`.heldout111`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
broom (a handle down the middle column, a bristle head splaying into three tufts, in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels
(seed 1120); 5-class Gaussian quantiles in 241 dimensions (3400 samples); a 244-feature 5-class
set (2200 samples, 32 informative, 10 redundant, class separation 2.7); a 247-feature Friedman-1
regression (1800 samples, noise 0.9); a hot-spring bathhouse's pool state CSV (filling, open,
draining, scrubbing: 4 classes from 7 readings, ``hot_spring_bathhouse_pool_state_h112``, seed
1121) and a street chestnut roaster's daily bags regression CSV (in the hundreds,
``chestnut_roaster_daily_bags_h112``, seed 1122); the sklearn sets use random states 1123 to
1125. The glyph's name, the two CSV themes and the feature counts were checked against the
bank's parts as unused. Script faults use AdamW, Adagrad and SGD with Nesterov momentum 0.7 on
iris, spirals and the sine; every script case holds a hidden width of 390 to 399. Runner
optimisers: Adam, AdamW, plain RMSprop, RMSprop with momentum 0.4, Adagrad, Adadelta, plain SGD,
SGD with momentum 0.9 or Nesterov momentum 0.85. Each fault pairs its mechanism with another
optimiser, model, data set or tool than :mod:`.heldout108` to :mod:`.heldout111` did:
divergence under plain SGD in a SiLU net on the unscaled chestnut bags and under RMSprop with
momentum at LR 40 in a leaky-ReLU net on the quantiles, exploding gradients in a 10-layer SELU
net with N(0, 1) init under plain SGD, units killed by Adagrad at LR 30 in the broom CNN, a high
update ratio from Adam at LR 1 in a SiLU net, tiny learning rates under Adadelta (tanh,
Friedman) and Nesterov momentum (leaky ReLU, bathhouse CSV), vanishing gradients under SGD with
momentum 0.9 in a 20-layer sigmoid net, saturated tanh units with N(0, 6) init under Adadelta,
the broom CNN with N(0, 0.006) init under RMSprop (meant as a slow start; it never started), the
unshuffled 244-feature set under RMSprop (leaky ReLU), square error under Adagrad (ELU), batch 1
under Adam (leaky ReLU), 40 rows of the 244-feature set under Nesterov momentum (SELU), 38 rows
of the Friedman regression under Adam (SiLU), 1 SiLU unit under RMSprop; the scripts:
Lightning's NaN on spirals (AdamW) and stuck iris (Adagrad), Trainer's NaN on iris (Nesterov)
and stuck spirals (AdamW), Keras' NaN on the sine (Adagrad) and 12 rows of spirals (Adagrad, a
gap), TensorBoard's NaN on spirals (Adagrad) and 9 rows of spirals (Nesterov, a gap), the loop's
corrupt record on the sine (Nesterov) and stuck iris (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' and the 244-feature set's test splits, 0.2633 on the bathhouse CSV's, 0.2567 on
the broom images'; 1/3 (iris, spirals) on the scripts' validation splits. Baselines: accuracy
0.9967 (bathhouse CSV), 0.8705 (244-feature set), 0.9333 (broom images), 0.1868 (quantiles); R2
0.6059 (Friedman), 0.9819 (chestnut CSV).

Measured healthy ranges (runner): update ratio quarter means 7e-6 to 0.0691 (the tanh MLP with
RMSprop on the Friedman regression), single steps at most 0.816 (the same run); the
``update_ratio_high`` run reaches 0.179 (2.6 times) with single steps up to 10.1 (12 times); the
``update_ratio_low`` runs log at most 8.2e-13 and 2.9e-12. Dead fraction 0 in every healthy
ReLU, leaky-ReLU, ELU, SELU and SiLU run (the stuck broom CNN's 1.0, the Adagrad-killed one's
0.94); saturated fraction at most 0.0605 (the tanh Friedman run); the saturated run's 0.98.
Gradient norms at least 1.2e-3 (the vanishing run's 3.1e-18; the exploding run's 6.9e5 to
9.5e6). The step loss's position in the epoch explains at most 18% of the within-epoch variance
over the second half in the healthy runner runs (the unshuffled run 94.5%). The standard
deviation of the step loss's step-to-step change over the second half is at most 1.93 times its
mean in the healthy runs (the leaky-ReLU MLP with Adadelta on the bathhouse CSV; 1.19 in the
healthy scripts, Lightning's moons); the batch-1 run's is 6.6. Healthy scores: accuracy
0.98-0.9967 on the bathhouse CSV, 0.8841-0.9023 on the 244-feature set, R2 0.606-0.6524 on the
Friedman regression; scripts: wine 1.0, circles 0.9917 and 1.0, moons 0.9667 and 0.9677, digits
0.9694 to 0.9749, breast cancer 0.9386, sine (loss 0.0373). Every healthy run's validation loss
is lowest at its end or within 1.7% of its minimum.

Changes after the first run: the slow start (N(0, 0.002), RMSprop at LR 1e-3) and its retry at
N(0, 0.006) and LR 2e-3 never started, so it was relabelled ``not_training`` with its dead units
and collapsed predictions; Adam at LR 0.3 reached update ratios only 2.1 times the healthy
ones, so it was trained at LR 1; TensorBoard's 6 rows of iris still scored 0.93 with the
validation loss flat, so it became 9 rows of spirals; the 38-row Friedman subset's validation
loss rose only 3% (``overfitting`` allowed); Lightning's stuck iris scored 0 (``at_chance``
allowed); the exploding run put 99.5% of its predictions in one class (``predictions_collapsed``
added). Healthy runs: the tanh Friedman run (R2 -1.36 at LR 5e-4) was trained at LR 3e-3; the
ReLU and tanh runs on the 244-feature set, TensorBoard's circles and the loop's sine, whose
validation losses rose 2.2% to 26%, were trained at a smaller LR or for fewer epochs; Trainer's
blobs (0.62), the loop's spirals (0.82, still falling) and Keras' sine (a 9-36% rise) were
replaced by Trainer's digits, the loop's circles and Keras' digits.

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

# a broom in a 5x5 cell: a handle down the middle column, a bristle head widening below it
# and splaying into three tufts on the bottom row; turned by 90 degrees for the others
_BROOM_UP = np.array([[0, 0, 1, 0, 0],
                      [0, 0, 1, 0, 0],
                      [0, 0, 1, 0, 0],
                      [0, 1, 1, 1, 0],
                      [1, 0, 1, 0, 1]], dtype=float)
_BROOMS = turned(_BROOM_UP)


def brooms(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 broom glyph at a random place (4 classes: the broom turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_BROOMS, n, size, noise, flip, seed)


def _bath_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A hot-spring bathhouse pool's state (0 filling, 1 open for bathing, 2 draining,
    3 scrubbing) from 7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_cm = np.array([60.0, 110.0, 50.0, 5.0])[cls] + rng.normal(0, 9.0, n)
    water_c = np.array([47.0, 41.0, 38.0, 22.0])[cls] + rng.normal(0, 2.0, n)
    inflow_lpm = np.array([300.0, 40.0, 10.0, 60.0])[cls] + rng.normal(0, 25.0, n)
    bathers = np.array([0.0, 14.0, 1.0, 0.0])[cls] + rng.normal(0, 2.5, n)
    drain_open = (cls == 2) ^ (rng.random(n) < 0.04)
    sulphur_ppm = rng.uniform(2.0, 9.0, n)
    air_c = rng.uniform(-5.0, 30.0, n)
    return (["water_cm", "water_c", "inflow_lpm", "bathers", "drain_open", "sulphur_ppm",
             "air_c", "state"],
            np.column_stack([water_cm, water_c, inflow_lpm, bathers, drain_open.astype(float),
                             sulphur_ppm, air_c, cls]))


def _chestnut_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A street chestnut roaster's bags sold a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    frost = rng.uniform(-10.0, 12.0, n)
    footfall_k = rng.uniform(2.0, 30.0, n)
    market_day = rng.integers(0, 2, n).astype(float)
    hours_open = rng.uniform(4.0, 12.0, n)
    rain_mm = rng.uniform(0.0, 20.0, n)
    price = rng.uniform(3.0, 6.0, n)
    bags = (90 - 7.0 * frost + 8.0 * footfall_k + 70.0 * market_day + 14.0 * hours_open
            - 4.0 * rain_mm - 20.0 * price + 30.0 * (weekday >= 5) + rng.normal(0, 10.0, n))
    return (["weekday", "frost", "footfall_k", "market_day", "hours_open", "rain_mm", "price",
             "bags"],
            np.column_stack([weekday, frost, footfall_k, market_day, hours_open, rain_mm, price,
                             bags]))


def _bath(**sections: Any) -> Any:
    return _csv("hot_spring_bathhouse_pool_state_h112", _bath_csv, "state", "classification",
                1121, **sections)


def _chestnut(**sections: Any) -> Any:
    return _csv("chestnut_roaster_daily_bags_h112", _chestnut_csv, "bags", "regression", 1122,
                **sections)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7, "nesterov": True}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _n(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM = {"momentum": 0.9}
NEST = {"momentum": 0.85, "nesterov": True}
RMOM = {"momentum": 0.4}
HERE = "benchmarks.diagnosis_bank.heldout112"
BR4 = _factory(f"{HERE}:brooms", seed=1120)
GQ5241 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=241,
                  n_classes=5, random_state=1123)
CL244 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=244,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1124)
FR247 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=247, noise=0.9,
                 random_state=1125)
BCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 10}], "hidden": [17]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h112_divergence_chestnut_sgd_silu", "the chestnut-roaster CSV (targets unscaled, in "
         "the hundreds), 34-unit SiLU MLP, plain SGD at LR 0.05, batch 23",
         _chestnut(model={"hidden": [34], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.05},
                   train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_divergence_gq5241_rmsprop_lr40_leaky", "47x23 leaky-ReLU MLP on the 5-class "
         "quantiles in 241 dimensions, RMSprop with momentum 0.4 at LR 40, batch 39",
         {"data": GQ5241, "model": {"hidden": [47, 23], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 40.0, **RMOM},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "predictions_collapsed"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_exploding_cl244_10x21_selu_std1_sgd", "10x21 SELU MLP with N(0, 1) init on "
         "the 244-feature set, plain SGD at LR 1e-13, batch 47",
         {"data": CL244, "model": {"hidden": [21] * 10, "activation": "selu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 47}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 6.135e6 to 6.134e6); the tiny "
                      "steps barely move the wide weights (update ratios at most 4.7e-8); up "
                      "to 19% of a layer's SELU units logged dead"), verdict="failed"),
    Case("h112_dead_relu_broom_cnn_adagrad_lr30", "the broom CNN (6, 10 channels, 17 hidden), "
         "Adagrad at LR 30, batch 27",
         {"data": BR4, "model": BCNN,
          "optim": {"name": "adagrad", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_update_ratio_high_bath_adam_silu", "Adam at LR 1 on the bathhouse CSV, 39 "
         "SiLU units, batch 24, 8 epochs",
         _bath(model={"hidden": [39], "activation": "silu"},
               optim={"name": "adam", "lr": 1.0},
               train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss about (up to 32.15 before it falls to "
                      "0), but accuracy is 1.0 (training 1.0) and the validation loss is lowest "
                      "at the end"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h112_adadelta_lr1e10_fr247_tanh", "the 247-feature Friedman regression, 44x22 "
         "tanh MLP, Adadelta at LR 1e-10, batch 43, 4 epochs",
         {"data": FR247, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.0, far below the baseline (0.6059) and the healthy runs (0.606 "
                      "and up); the epoch loss 232.6 at every epoch"), verdict=TP),
    Case("h112_nesterov_lr1e10_bath_leaky", "the bathhouse CSV, 37x18 leaky-ReLU MLP, SGD with "
         "Nesterov momentum 0.85 at LR 1e-10, batch 26, 4 epochs",
         _bath(model={"hidden": [37, 18], "activation": "leaky_relu"},
               optim={"name": "sgd", "lr": 1e-10, **NEST},
               train={"epochs": 4, "batch_size": 26}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("the epoch loss 1.395 at every epoch; 65% of the test predictions in one "
                      "class (under 90%)"), verdict=TP),
    Case("h112_vanishing_sigmoid_cl244_20x14_momentum", "20x14 sigmoid MLP on the 244-feature "
         "set, SGD with momentum 0.9 at LR 0.02, batch 46, 4 epochs",
         {"data": CL244, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, **MOM},
          "train": {"epochs": 4, "batch_size": 46}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 3.1e-18); the epoch loss "
                      "1.618 to 1.613 (ln 5 is 1.609)"), verdict=TP),
    Case("h112_saturated_tanh_gq5241_std6_adadelta", "2x41 tanh MLP with N(0, 6) init on the "
         "5-class quantiles, Adadelta at LR 1e-10, batch 32",
         {"data": GQ5241, "model": {"hidden": [41, 41], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("update ratios 0; the loss far above ln 5 from the start (the epoch "
                      "loss 49.22 at every epoch); test accuracy 0.2265 (majority 0.2, the "
                      "baseline 0.1868)"), verdict=TP),
    Case("h112_stuck_broom_cnn_rmsprop_std0006", "the broom CNN with N(0, 0.006) init, "
         "plain RMSprop at LR 2e-3, batch 34, 20 epochs (meant as a slow start; it never "
         "started)",
         {"data": BR4, "model": {**BCNN, "init": "normal", "init_std": 0.006},
          "optim": {"name": "rmsprop", "lr": 2e-3},
          "train": {"epochs": 20, "batch_size": 34}},
         expect=("not_training", "at_chance", "predictions_collapsed", "dead_relu"),
         allow=("underfitting", "slow_start", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "update_ratio_high", "vanishing_gradients"),
         why_allowed=("the tiny init never lets the net start: the epoch loss stays at ln 4 "
                      "(1.387 to 1.386) for 20 epochs; gradient norms down to 0 and single "
                      "update ratios up to 2.65 on the near-zero weights"), verdict=TP),
    Case("h112_unshuffled_cl244_rmsprop_leaky", "the 244-feature set sorted by label, never "
         "shuffled, 49x24 leaky-ReLU MLP, plain RMSprop at LR 5e-4, batch 37, 8 epochs",
         {"data": {**CL244, "order": "by_label", "shuffle": False},
          "model": {"hidden": [49, 24], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 37}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 94.5% of its "
                      "within-epoch variance (healthy runs at most 18%); the epoch loss falls "
                      "17.7% over the last epoch with the validation loss lowest at the end; "
                      "accuracy 0.8432, below the healthy runs (0.8841 and up)"), verdict=TP),
    Case("h112_mse_softmax_bath_adagrad_elu", "the bathhouse CSV trained with square error on "
         "the softmax, Adagrad at LR 0.05, 29x14 ELU MLP, batch 27, 10 epochs",
         _bath(model={"hidden": [29, 14], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.05},
               train={"loss": "mse", "epochs": 10, "batch_size": 27}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly: the epoch loss still falls "
                      "14% over the last epoch with the validation loss lowest at the end "
                      "(accuracy 1.0); near its floor of 0 the step loss swings"), verdict=TP),
    Case("h112_noisy_cl244_b1_adam_leaky", "the 244-feature set one row at a time (batch 1), "
         "Adam at LR 3e-3, 26-unit leaky-ReLU MLP, 3 epochs",
         {"data": CL244, "model": {"hidden": [26], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "dead_relu", "not_converged",
                "update_ratio_high", "overfitting"),
         why_allowed=("single rows throw the steps about (the step loss up to 11.14, above "
                      "its first step 1.729); the validation loss is lowest after epoch 1 and "
                      "43% above it at the end (accuracy 0.8977) while the epoch loss still "
                      "falls 61%"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h112_overfit_cl244_subset40_nesterov_selu", "40 rows of the 244-feature set, SELU "
         "MLP of 210 and 105 units, SGD with Nesterov momentum 0.85 at LR 0.01, 60 epochs, "
         "batch 4",
         {"data": {**CL244, "subset": 40},
          "model": {"hidden": [210, 105], "activation": "selu"},
          "optim": {"name": "sgd", "lr": 0.01, **NEST},
          "train": {"epochs": 60, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("40 rows teach less than every row: accuracy 0.5545 (training 1.0; the "
                      "healthy runs 0.8841 and up); the epoch loss near 0 still falls 1.9%"),
         verdict=GP),
    Case("h112_gap_fr247_subset38_adam_silu", "38 rows of the 247-feature Friedman regression, "
         "SiLU MLP of 180 and 90 units, Adam at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR247, "subset": 38},
          "model": {"hidden": [180, 90], "activation": "silu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("38 rows teach less (R2 -3.0, training 0.98; the healthy runs 0.606 "
                      "and up); the validation loss is lowest at epoch 7 of 80 and only 3.0% "
                      "above it at the end, no clear rise; the step loss swings near its floor "
                      "of 0; up to 47% of the SiLU units logged dead"), verdict=GP),
    Case("h112_underfit_cl244_one_silu_unit_rmsprop", "the 244-feature set through 1 SiLU "
         "unit, plain RMSprop at LR 2e-3, batch 38, 15 epochs",
         {"data": CL244, "model": {"hidden": [1], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 2e-3},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "dead_relu", "not_converged"),
         why_allowed=("the one unit's single update ratios (up to 0.547) are as large as the "
                      "largest healthy run's; the epoch loss still falls 0.8% over the last "
                      "epoch with the validation loss flat (0.1% above its minimum)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h112_lightning_spirals_adamw_lr1e20_nan", "Lightning: spirals (3 arms, 630 points, "
         "noise 0.2), AdamW at LR 1e20, 390 units, batch 21, 3 epochs",
         script=lightning_run(_aw("spirals", hidden=(390,), lr=1e20, epochs=3, batch_size=21,
                                  n=630, noise=0.2)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_lightning_iris_adagrad_lr1e10_stuck", "Lightning: iris, Adagrad at LR 1e-10, "
         "391 units, batch 9, 3 epochs",
         script=lightning_run(_ag("iris", hidden=(391,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.188 at every epoch; the untrained net puts every "
                      "validation row in a wrong class (accuracy 0, below 1/3)"), verdict=TP),
    Case("h112_hf_trainer_iris_nesterov_lr1e20_nan", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.7 at LR 1e20 (decaying linearly), 392 units, batch 7, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("iris", hidden=(392,), lr=1e20, epochs=3, batch_size=7),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_hf_trainer_spirals_adamw_lr1e10_stuck", "Hugging Face Trainer names: spirals "
         "(3 arms, 615 points, noise 0.25), AdamW at LR 1e-10 (decaying linearly), 393 units, "
         "batch 13, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_aw("spirals", hidden=(393,), lr=1e-10, epochs=3, batch_size=13,
                                   n=615, noise=0.25), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 1.112; the untrained net scores 0.3089 "
                      "(1/3 the majority share); the logged loss swings about it"), verdict=TP),
    Case("h112_keras_sine_adagrad_lr1e20_nan", "Keras names: the sine (640 points, noise 0.3), "
         "Adagrad at LR 1e20, 394 units, batch 16, 3 epochs",
         script=keras_run(_ag("sine", hidden=(394,), lr=1e20, epochs=3, batch_size=16, n=640,
                              noise=0.3)),
         tool="keras", expect=("nan_loss",), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_keras_spirals_subset12_adagrad_gap", "Keras names: 12 rows of spirals (3 arms, "
         "620 points, noise 0.15), 395 units, Adagrad at LR 0.05, 100 epochs, batch 2",
         script=keras_run(_ag("spirals", hidden=(395,), lr=0.05, epochs=100, batch_size=2,
                              subset=12, n=620, noise=0.15)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("few rows teach less than all of them (validation accuracy 0.44 and "
                      "0.39, training 1.0); the epoch loss is near 0 while the validation loss "
                      "has risen 210% and 134% from its early minimum"), verdict=GP),
    Case("h112_tensorboard_spirals_adagrad_lr1e20_nan", "TensorBoard tags: spirals (3 arms, "
         "600 points, noise 0.2), Adagrad at LR 1e20, 396 units, batch 24, 3 epochs",
         script=tensorboard_run(_ag("spirals", hidden=(396,), lr=1e20, epochs=3, batch_size=24,
                                    n=600, noise=0.2)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h112_tensorboard_spirals_subset9_nesterov_gap", "TensorBoard tags: 9 rows of spirals "
         "(3 arms, 640 points, noise 0.1), 397 units, SGD with Nesterov momentum 0.7 at LR "
         "0.05, 100 epochs, batch 3",
         script=tensorboard_run(_nv("spirals", hidden=(397,), lr=0.05, epochs=100, batch_size=3,
                                    subset=9, n=640, noise=0.1)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("few rows teach less than all of them (validation accuracy 0.44 and "
                      "0.39, training 1.0); the epoch loss is near 0 while the validation loss "
                      "has risen 210% and 134% from its early minimum"), verdict=GP),
    Case("h112_plain_corrupt_record_sine_nesterov", "hand-written loop: sine regression with "
         "noise 0.25 (610 points), SGD with Nesterov momentum 0.7 at LR 0.01, 398 units, batch "
         "17, a corrupt record (x = 1e30) at step 31 makes the loss Inf",
         script=plain_run(_nv("sine", hidden=(398,), lr=0.01, epochs=3, batch_size=17, n=610,
                              noise=0.25), corrupt_step=31),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=31),
    Case("h112_plain_iris_adamw_lr1e10_stuck", "hand-written loop: iris, AdamW at LR 1e-10, "
         "399 units, batch 11, 4 epochs",
         script=plain_run(_aw("iris", hidden=(399,), lr=1e-10, epochs=4, batch_size=11)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss stays at 1.178; the untrained net scores 0.2 "
                      "(below 1/3); the step loss swings about it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy112_bath_relu_rmsprop_b22",
       _bath(model={"hidden": [45]},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy112_bath_tanh_adagrad_b27",
       _bath(model={"hidden": [42], "activation": "tanh"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy112_bath_selu_adam_b19",
       _bath(model={"hidden": [48], "activation": "selu"},
             optim={"lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 19})),
    _h("healthy112_bath_sigmoid_adamw_b32",
       _bath(model={"hidden": [43], "activation": "sigmoid"},
             optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 32})),
    _h("healthy112_bath_silu_momentum_b24",
       _bath(model={"hidden": [37], "activation": "silu"},
             optim={"name": "sgd", "lr": 0.01, **MOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy112_bath_leaky_adadelta_b17",
       _bath(model={"hidden": [35], "activation": "leaky_relu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 17})),
    _h("healthy112_bath_elu_nesterov_b28",
       _bath(model={"hidden": [34], "activation": "elu"},
             optim={"name": "sgd", "lr": 5e-3, **NEST, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy112_bath_tanh_rmsprop_momentum_b30",
       _bath(model={"hidden": [51], "activation": "tanh"},
             optim={"name": "rmsprop", "lr": 5e-4, **RMOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy112_fr247_elu_adamw_b25",
       {"data": FR247, "model": {"hidden": [56], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy112_fr247_tanh_rmsprop_b28",
       {"data": FR247, "model": {"hidden": [63], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy112_fr247_sigmoid_adam_b23",
       {"data": FR247, "model": {"hidden": [58], "activation": "sigmoid"},
        "optim": {"lr": 2e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy112_cl244_relu_adadelta_b31",
       {"data": CL244, "model": {"hidden": [67]},
        "optim": {"name": "adadelta", "lr": 0.25, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy112_cl244_tanh_nesterov_b26",
       {"data": CL244, "model": {"hidden": [61], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 4e-3, **NEST, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy112_cl244_elu_adam_b35",
       {"data": CL244, "model": {"hidden": [59], "activation": "elu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy112_cl244_sigmoid_adagrad_b23",
       {"data": CL244, "model": {"hidden": [71], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _hs("healthy112_tensorboard_wine_adagrad",
        tensorboard_run(_ag("wine", hidden=(390,), lr=5e-3, epochs=30, batch_size=12)),
        "tensorboard"),
    _hs("healthy112_tensorboard_circles_adamw",
        tensorboard_run(_aw("circles", hidden=(393,), lr=1e-3, epochs=15, batch_size=23,
                            n=620, noise=0.1)), "tensorboard"),
    _hs("healthy112_tensorboard_digits_nesterov",
        tensorboard_run(_nv("digits", hidden=(396,), lr=0.01, epochs=15, batch_size=24)),
        "tensorboard"),
    _hs("healthy112_hf_trainer_wine_nadam",
        hf_trainer_run(_n("wine", hidden=(391,), lr=1e-3, epochs=30, batch_size=11),
                       logging_steps=2), "transformers"),
    _hs("healthy112_hf_trainer_moons_adamax",
        hf_trainer_run(_mx("moons", hidden=(394,), lr=3e-3, epochs=30, batch_size=24, n=620,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy112_hf_trainer_digits_adagrad",
        hf_trainer_run(_ag("digits", hidden=(397,), lr=0.02, epochs=15, batch_size=21),
                       logging_steps=2), "transformers"),
    _hs("healthy112_keras_circles_radam",
        keras_run(_ra("circles", hidden=(392,), lr=3e-3, epochs=30, batch_size=22, n=610,
                      noise=0.1)), "keras"),
    _hs("healthy112_keras_breast_cancer_adamw",
        keras_run(_aw("breast_cancer", hidden=(395,), lr=3e-4, epochs=15, batch_size=18)),
        "keras"),
    _hs("healthy112_keras_digits_nadam",
        keras_run(_n("digits", hidden=(398,), lr=1e-3, epochs=12, batch_size=27)), "keras"),
    _hs("healthy112_lightning_moons_nadam",
        lightning_run(_n("moons", hidden=(399,), lr=3e-3, epochs=25, batch_size=25, n=600,
                         noise=0.2)), "lightning"),
    _hs("healthy112_lightning_wine_adamax",
        lightning_run(_mx("wine", hidden=(390,), lr=2e-3, epochs=30, batch_size=10)),
        "lightning"),
    _hs("healthy112_plain_breast_cancer_radam",
        plain_run(_ra("breast_cancer", hidden=(393,), lr=5e-4, epochs=15, batch_size=19)),
        "pytorch"),
    _hs("healthy112_plain_circles_adam",
        plain_run(_a("circles", hidden=(396,), lr=3e-3, epochs=20, batch_size=20, n=600,
                     noise=0.1)), "pytorch"),
    _hs("healthy112_plain_sine_adamw",
        plain_run(_aw("sine", hidden=(399,), lr=5e-4, epochs=30, batch_size=20, n=610,
                      noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
