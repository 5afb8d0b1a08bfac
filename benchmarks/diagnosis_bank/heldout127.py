"""The hundred-and-twenty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout126` (not looked at), after :mod:`.heldout123` to
:mod:`.heldout125`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of an
obelisk (a pointed tip in the top row over a hollow shaft on a wide base, in a 5x5 cell, turned by
0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed
1270); 5-class Gaussian quantiles in 391 dimensions (3120 samples); a 394-feature 5-class set
(2040 samples, 31 informative, 11 redundant, class separation 2.8); a 397-feature Friedman-1
regression (1640 samples, noise 0.9); a perfumery's batch stage CSV (macerating, distilling,
blending, bottling: 4 classes from 7 readings, ``perfumery_batch_stage_h127``, seed 1271) and a
go-kart track's riders a day regression CSV (in the hundreds, ``go_kart_track_daily_riders_h127``,
seed 1272); the sklearn sets use random states 1273 to 1275. The glyph's name, the two CSV themes
and the feature counts were checked against the bank's parts as unused. Script cases use NAdam,
RMSprop with momentum 0.9 and plain SGD on breast cancer, wine, circles, blobs, digits, iris,
moons and the sine; every script case holds a hidden width of 540 to 549. Runner optimisers:
Adam, AdamW, plain RMSprop, RMSprop with momentum 0.5 or 0.9, Adagrad, Adadelta, plain SGD, SGD
with momentum 0.7 or 0.9, SGD with Nesterov momentum 0.7 or 0.9. Each fault pairs its mechanism
with another optimiser, model, data set or tool than :mod:`.heldout122` to :mod:`.heldout125`
did: divergence under SGD with momentum 0.9 in a SELU net on the unscaled go-kart riders and
under AdamW at LR 10 in a leaky-ReLU net on the quantiles, exploding gradients in an 11-layer ELU
net with N(0, 1) init under RMSprop with momentum 0.9, units killed by RMSprop with momentum 0.9
at LR 2 in the obelisk CNN, a high update ratio from plain RMSprop at LR 1 in a sigmoid net on
the perfumery CSV, tiny learning rates under Adadelta (SELU, Friedman) and plain RMSprop (tanh,
perfumery CSV), vanishing gradients under plain SGD in a 23-layer sigmoid net, saturated sigmoid
units with N(0, 6) init under SGD with Nesterov momentum 0.9 on the 394-feature set, the obelisk
CNN with N(0, 0.04) init under SGD with Nesterov momentum 0.9 (a slow start), the unshuffled
394-feature set under Adam (tanh), square error under Adagrad (leaky ReLU), batch 1 under AdamW
(leaky ReLU), 44 rows of the 394-feature set under Adagrad (SELU), 35 rows of the Friedman
regression under AdamW (ELU), 1 sigmoid unit under RMSprop with momentum 0.5; the scripts:
Lightning's NaN on breast cancer (SGD) and stuck wine (NAdam), Trainer's NaN on circles (RMSprop
with momentum) and stuck blobs (SGD), Keras' NaN on digits (NAdam) and 5 rows of iris (RMSprop
with momentum, overfitting), TensorBoard's NaN on moons (SGD) and 20 rows of digits (NAdam, a
gap), the loop's corrupt record on the sine (RMSprop with momentum) and stuck moons (NAdam).

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
on the 394-feature set's splits (the vanishing run's one-class score 0.1985) and the quantiles',
about 0.26 on the perfumery CSV (0.2634 over the file), 0.25 on the obelisk images'; on the
scripts' validation splits 1/3 (iris, three blobs), 0.3889 (wine), 0.5 (moons, circles), 0.1003
(digits), 0.6316 (breast cancer). Baselines (validation): accuracy 1.0 (perfumery CSV), 0.8897
(394-feature set), 0.9167 (obelisk images), 0.1907 (quantiles); R2 0.5804 (Friedman), 0.9537
(go-kart CSV).

Measured healthy ranges (runner): update ratio quarter means 2.1e-5 (the SELU MLP with momentum on
the perfumery CSV) to 0.0268 (the ReLU MLP with Adagrad on the 394-feature set), single steps at
most 0.344 (the same run); the ``update_ratio_high`` run reaches quarter means of 1.32 with single
steps up to 101; the ``update_ratio_low`` runs log quarter means of at most 1.7e-13 and 8.2e-10.
Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed
CNN's dense units 1.0 at the end, the slow-starting CNN's 0.35 early on, the quantile
divergence's 0.71, the exploding run's 0.2, the 35-row ELU regression's 0.37); saturated
fraction at most 0.0033 (the tanh MLP with RMSprop on the 394-feature set); the saturated run's
0.88-0.97, the update-ratio run's 0.957, the one-sigmoid-unit run's 0.69. Gradient norms at least
0.0064 and at most 1.9e2 (the Friedman regression's first steps); the vanishing run's 5.2e-21,
the exploding run's 1.8e6 to 1.4e7. The step loss's position in the epoch explains at most 21% of
the within-epoch variance over the second half in the healthy runner runs where it was measured
(the ReLU MLP with Adagrad on the perfumery CSV; the SELU MLP on the Friedman regression 20.5%,
the SiLU, ReLU and tanh MLPs on the 394-feature set 11-14%; the unshuffled run 95%). The
standard deviation of the step loss's step-to-step change over the second half is at most 0.49
times its mean in the healthy runner runs (the SiLU MLP with SGD on the 394-feature set) and 1.30
in the healthy scripts (TensorBoard's breast cancer); the batch-1 run's is 6.50. Healthy scores:
accuracy 1.0 on the perfumery CSV (every split, every run but the sigmoid MLP's first epoch),
0.8799-0.9142 (test) on the 394-feature set (validation 0.8971-0.9240), R2 0.5946 on the
Friedman regression (test 0.5709); scripts (validation): breast cancer 0.9561, 0.9386 and 0.9386,
wine 1.0, 0.9722 and 1.0, digits 0.9749 and 0.9721, circles 1.0 and 0.9923, iris 0.9667, moons
0.9615 and 0.9531. Every healthy runner run's validation loss is lowest at its end or within 0.1%
of its minimum (the SELU MLP on the Friedman regression, epoch 11 of 12); the scripts' within
0.04% (Trainer's wine, epoch 19 of 20).

Changes after the first run: the healthy Friedman run (ELU, Adam at LR 3e-3) reached R2 0.38
against a baseline of 0.5804 (and 0.24 to 0.38 with a narrower net, weight decay or fewer
epochs), so it became a SELU MLP with AdamW (0.5946); Lightning's healthy three blobs under SGD
ended with its validation loss 0.75% above its epoch-3 minimum at accuracy 0.67, so it became
moons; Keras' circles with NAdam at LR 2e-3 ended 2.5% above its epoch-17 validation loss, so it
ran at LR 1e-3; the 44-row tanh MLP saturated 28% of its units (healthy at most 0.33%), so it
became a SELU MLP to keep the fault to the gap; the one sigmoid unit at LR 0.01 logged
quarter-mean update ratios of 0.093, so it ran at LR 3e-3. Labels from the metrics: Keras' 5
rows of iris reached 0.9333 (a gap under 0.1), so ``generalisation_gap`` became allowed and
``overfitting`` (its validation loss 23% above its epoch-23 minimum) expected; TensorBoard's 20
rows of digits ended only 4.5% above its epoch-23 validation loss with the accuracy still rising
and the 35-row Friedman regression's validation loss was lowest at epoch 75 of 80, so there
``overfitting`` became allowed and the gap alone expected; the stuck perfumery run (0.2324), the
saturated run (0.1814), Lightning's stuck wine (0.3611 against 0.3889) and Trainer's stuck blobs
(0.373) score within 0.05 of the majority share (``at_chance`` expected), the loop's stuck moons
(0.3594) and Lightning's NaN breast cancer (0.3684 against 0.6316) far below it (allowed); the
unshuffled run still fell with the validation loss lowest at the end (``not_converged``
expected), the slow-start run did not (lowest at epoch 19 of 20, 11% above it at the end).

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

# an obelisk in a 5x5 cell: a pointed tip in the top row over a tapering shaft on a wide base;
# turned by 90 degrees for the others
_OBELISK_UP = np.array([[0, 0, 1, 0, 0],
                        [0, 1, 1, 1, 0],
                        [0, 1, 0, 1, 0],
                        [0, 1, 0, 1, 0],
                        [1, 1, 1, 1, 1]], dtype=float)
_OBELISKS = turned(_OBELISK_UP)


def obelisks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 obelisk glyph at a random place (4 classes: the obelisk turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_OBELISKS, n, size, noise, flip, seed)


def _perfumery_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A perfumery's batch stage (0 macerating, 1 distilling, 2 blending, 3 bottling) from 7
    readings."""
    n = 1420
    cls = rng.integers(0, 4, n)
    still_c = np.array([22.0, 98.0, 24.0, 20.0])[cls] + rng.normal(0, 3.0, n)
    ethanol_pct = np.array([85.0, 40.0, 78.0, 80.0])[cls] + rng.normal(0, 3.5, n)
    stirrer_rpm = np.array([30.0, 0.0, 260.0, 0.0])[cls] + rng.normal(0, 20.0, n)
    flow_l_min = np.array([0.0, 2.5, 0.5, 6.0])[cls] + rng.normal(0, 0.4, n)
    vats_open = np.array([6.0, 2.0, 3.0, 1.0])[cls] + rng.normal(0, 0.6, n)
    room_c = rng.uniform(16.0, 27.0, n)
    staff = rng.integers(1, 6, n).astype(float)
    return (["still_c", "ethanol_pct", "stirrer_rpm", "flow_l_min", "vats_open", "room_c",
             "staff", "stage"],
            np.column_stack([still_c, ethanol_pct, stirrer_rpm, flow_l_min, vats_open, room_c,
                             staff, cls]))


def _karting_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A go-kart track's riders a day from 7 readings."""
    n = 1160
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0.0, 12.0, n)
    rain_mm = rng.uniform(0.0, 22.0, n)
    outside_c = rng.uniform(-2.0, 33.0, n)
    karts = rng.integers(15, 60, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    group_bookings = rng.integers(0, 6, n).astype(float)
    riders = (90 + 8.0 * sun_h - 6.5 * rain_mm + 2.0 * outside_c + 5.0 * karts
              + 120.0 * school_holiday + 30.0 * group_bookings + 80.0 * (weekday >= 5)
              + rng.normal(0, 18.0, n))
    return (["weekday", "sun_h", "rain_mm", "outside_c", "karts", "school_holiday",
             "group_bookings", "riders"],
            np.column_stack([weekday, sun_h, rain_mm, outside_c, karts, school_holiday,
                             group_bookings, riders]))


def _perfumery(**sections: Any) -> Any:
    return _csv("perfumery_batch_stage_h127", _perfumery_csv, "stage", "classification", 1271,
                **sections)


def _karting(**sections: Any) -> Any:
    return _csv("go_kart_track_daily_riders_h127", _karting_csv, "riders", "regression", 1272,
                **sections)


def _nadam(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _rm9(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.9."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.9}, **kw)


def _sgd(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain SGD."""
    return _s(data, optim="sgd", **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM9 = {"momentum": 0.9}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout127"
OB4 = _factory(f"{HERE}:obelisks", seed=1270)
GQ5391 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3120, n_features=391,
                  n_classes=5, random_state=1273)
CL394 = _factory("sklearn.datasets:make_classification", n_samples=2040, n_features=394,
                 n_informative=31, n_redundant=11, n_classes=5, class_sep=2.8,
                 random_state=1274)
FR397 = _factory("sklearn.datasets:make_friedman1", n_samples=1640, n_features=397, noise=0.9,
                 random_state=1275)
OCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [20]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h127_divergence_karting_momentum9_selu", "the go-kart riders CSV (targets unscaled, "
         "in the hundreds), 27-unit SELU MLP, SGD with momentum 0.9 at LR 0.05, batch 22",
         _karting(model={"hidden": [27], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.05, **MOM9},
                  train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h127_divergence_gq5391_adamw_lr10_leaky", "46x17 leaky-ReLU MLP on the 5-class "
         "quantiles in 391 dimensions, AdamW at LR 10, batch 36",
         {"data": GQ5391, "model": {"hidden": [46, 17], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the step loss 1.64 at first and 8.4e5 at the end; 71% "
                      "of the leaky-ReLU units logged dead; accuracy 0.2083 (test 0.2212) at the "
                      "majority share, the test predictions' spread not logged"), verdict="failed"),
    Case("h127_exploding_cl394_11x25_elu_std1_rmsprop_momentum9", "11x25 ELU MLP with N(0, 1) "
         "init on the 394-feature set, RMSprop with momentum 0.9 at LR 1e-9, batch 38",
         {"data": CL394, "model": {"hidden": [25] * 11, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-9, **RMOM9},
          "train": {"epochs": 3, "batch_size": 38}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 8.8e6 at every epoch; every gradient norm 1.8e6 to 1.4e7 "
                      "(healthy at most 1.9e2); quarter-mean update ratios 1.3e-9 to 1.9e-8, a "
                      "side effect of the LR; 20% of the ELU units logged dead; accuracy 0.1985 "
                      "(test 0.2059) at the majority share"), verdict="failed"),
    Case("h127_dead_relu_obelisk_cnn_rmsprop_momentum9_lr2", "the obelisk CNN (7, 12 channels, "
         "20 hidden), RMSprop with momentum 0.9 at LR 2, batch 27",
         {"data": OB4, "model": OCNN,
          "optim": {"name": "rmsprop", "lr": 2.0, **RMOM9},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting",
                "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the epoch loss 5.4e8 in epoch 1, 6.56 at the end (ln 4 is "
                      "1.386); the dense units all dead and 92% of the second convolution's "
                      "channels at the end; the test predictions' spread not logged"),
         verdict="failed"),
    Case("h127_update_ratio_high_perfumery_rmsprop_sigmoid", "plain RMSprop at LR 1 on the "
         "perfumery CSV, 35 sigmoid units, batch 22, 8 epochs",
         _perfumery(model={"hidden": [35], "activation": "sigmoid"},
                    optim={"name": "rmsprop", "lr": 1.0},
                    train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 1.32, "
                      "single steps up to 101; the healthy runs at most 0.0268 and 0.344) and "
                      "96% of the sigmoid units saturate (healthy at most 0.33%), yet accuracy "
                      "0.9965; the step loss, 0 after a jump to 154, swings 8.7 times its mean"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h127_adadelta_lr1e10_fr397_selu", "the 397-feature Friedman regression, 38x16 SELU "
         "MLP, Adadelta at LR 1e-10, batch 34, 4 epochs",
         {"data": FR397, "model": {"hidden": [38, 16], "activation": "selu"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.18, far below the baseline (0.5804 on validation) and the healthy "
                      "run (0.595); the epoch loss 244.2 at every epoch"), verdict=TP),
    Case("h127_rmsprop_lr1e10_perfumery_tanh", "the perfumery CSV, 32x14 tanh MLP, plain "
         "RMSprop at LR 1e-10, batch 26, 4 epochs",
         _perfumery(model={"hidden": [32, 14], "activation": "tanh"},
                    optim={"name": "rmsprop", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 26}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.467 at every epoch; quarter-mean update ratios at most "
                      "8.2e-10 (healthy at least 2.1e-5)"), verdict=TP),
    Case("h127_vanishing_sigmoid_cl394_23x12_sgd", "23x12 sigmoid MLP on the 394-feature set, "
         "plain SGD at LR 0.1, batch 40, 4 epochs",
         {"data": CL394, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 40}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "predictions_collapsed"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 5.2e-21); the epoch loss "
                      "1.623 to 1.612 (ln 5 is 1.609); accuracy 0.1985 on both splits, the "
                      "majority share, so likely one class, but the spread was not logged"),
         verdict=TP),
    Case("h127_saturated_sigmoid_cl394_std6_nesterov9", "2x33 sigmoid MLP with N(0, 6) init on "
         "the 394-feature set, SGD with Nesterov momentum 0.9 at LR 1e-9, batch 32",
         {"data": CL394, "model": {"hidden": [33, 33], "activation": "sigmoid",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "sgd", "lr": 1e-9, **NEST9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("update ratios of at most 2.4e-11; the loss far above ln 5 from the start "
                      "(the epoch loss 21.52 at every epoch); the spread of the test predictions "
                      "not logged"), verdict=TP),
    Case("h127_slow_start_obelisk_cnn_nesterov9_std004", "the obelisk CNN with N(0, 0.04) init,"
         " SGD with Nesterov momentum 0.9 at LR 0.05, batch 30, 20 epochs",
         {"data": OB4, "model": {**OCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.383 to 1.390) for the first 7 epochs, then"
                      " falls (0.110 at epoch 20); the first gradient norms 3.5e-3 (healthy first"
                      " norms at least 0.15); up to 35% of the ReLU units dead early on; "
                      "accuracy 0.95 (baseline 0.9167); the validation loss lowest at epoch 19 "
                      "of 20 and 11% above it at the end"), verdict=TP),
    Case("h127_unshuffled_cl394_adam_tanh", "the 394-feature set sorted by label, never "
         "shuffled, 42x21 tanh MLP, Adam at LR 2e-4, batch 35, 8 epochs",
         {"data": {**CL394, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 2e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 95% of its within-epoch "
                      "variance (healthy runs at most 21%); accuracy 0.6422 (test 0.6667), below "
                      "the healthy runs (0.8971 and up), with the loss still falling, so not yet "
                      "underfitting"), verdict=TP),
    Case("h127_mse_softmax_perfumery_adagrad_leaky", "the perfumery CSV trained with square "
         "error on the softmax, Adagrad at LR 0.05, 31x13 leaky-ReLU MLP, batch 25, 10 epochs",
         _perfumery(model={"hidden": [31, 13], "activation": "leaky_relu"},
                    optim={"name": "adagrad", "lr": 0.05},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "1.1e-5 at the end, the validation loss lowest at the end"), verdict=TP),
    Case("h127_noisy_cl394_b1_adamw_leaky", "the 394-feature set one row at a time (batch 1), "
         "AdamW at LR 3e-3, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL394, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu"),
         why_allowed=("the step loss swings 6.50 times its mean (healthy runner runs at most "
                      "0.49); accuracy 0.8627 (test 0.875, training 0.9918), a gap of 0.13 "
                      "against the healthy runs' 0.09; the validation loss 19% above its epoch-1 "
                      "value at epoch 2"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h127_overfit_cl394_subset44_adagrad_selu", "44 rows of the 394-feature set, SELU MLP "
         "of 176 and 90 units, Adagrad at LR 0.02, 50 epochs, batch 4",
         {"data": {**CL394, "subset": 44},
          "model": {"hidden": [176, 90], "activation": "selu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("44 rows teach less than every row: accuracy 0.4265 (training 1.0; the "
                      "healthy runs 0.8971 and up); the epoch loss at 3.8e-4 can fall no further "
                      "that matters; the validation loss lowest at epoch 3 of 50, 6.1% above it "
                      "at the end"), verdict=GP),
    Case("h127_gap_fr397_subset35_adamw_elu", "35 rows of the 397-feature Friedman regression, "
         "ELU MLP of 167 and 83 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR397, "subset": 35},
          "model": {"hidden": [167, 83], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("35 rows teach less (R2 -2.73, training 0.997; the healthy run 0.595); "
                      "the validation loss falls to its minimum at epoch 75 of 80 and is 1.3% "
                      "above it at the end, so no clear overfitting; 37% of the ELU units logged "
                      "dead at most; the step loss near 0 swings 3.1 times its mean"), verdict=GP),
    Case("h127_underfit_cl394_one_sigmoid_unit_rmsprop_momentum5", "the 394-feature set through"
         " 1 sigmoid unit, RMSprop with momentum 0.5 at LR 3e-3, batch 39, 15 epochs",
         {"data": CL394, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 3e-3, **RMOM5},
          "train": {"epochs": 15, "batch_size": 39}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged", "noisy_loss", "at_chance"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.5139 (the "
                      "healthy runs 0.9812 and up), accuracy 0.4044 (test 0.3603); the epoch "
                      "loss falls slowly (1.108 to 1.094 in the last epoch) with the validation "
                      "loss lowest at epoch 13 of 15; its unit saturated 68% of the time "
                      "(healthy at most 0.33%); its quarter-mean update ratio up to 0.060 "
                      "(healthy 0.0268) and single steps up to 1.03 (healthy 0.344), a side "
                      "effect of one unit's small weight vector"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h127_lightning_breast_cancer_sgd_lr1e20_nan", "Lightning: breast cancer, plain SGD "
         "at LR 1e20, 540 units, batch 16, 3 epochs",
         script=lightning_run(_sgd("breast_cancer", hidden=(540,), lr=1e20, epochs=3,
                                   batch_size=16)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP + ("; accuracy 0.3684 against a majority share of 0.6316, far "
                               "below it, so not 'at chance'"), verdict="failed"),
    Case("h127_lightning_wine_nadam_lr1e10_stuck", "Lightning: wine, NAdam at LR 1e-10, 541 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_nadam("wine", hidden=(541,), lr=1e-10, epochs=3,
                                     batch_size=11)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.119 at every epoch; accuracy 0.3611 against a "
                      "majority share of 0.3889"), verdict=TP),
    Case("h127_hf_trainer_circles_rmsprop_momentum9_lr1e20_nan", "Hugging Face Trainer names: "
         "circles (620 points, noise 0.1), RMSprop with momentum 0.9 at LR 1e20 (decaying "
         "linearly), 542 units, batch 20, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rm9("circles", hidden=(542,), lr=1e20, epochs=3, batch_size=20,
                                    n=620, noise=0.1), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h127_hf_trainer_blobs_sgd_lr1e10_stuck", "Hugging Face Trainer names: three blobs "
         "(630 points), plain SGD at LR 1e-10 (decaying linearly), 543 units, batch 21, 3 "
         "epochs, logging every 3 steps",
         script=hf_trainer_run(_sgd("blobs", hidden=(543,), lr=1e-10, epochs=3, batch_size=21,
                                    n=630), logging_steps=3),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.129 at every evaluation; accuracy 0.373 on three "
                      "blobs"), verdict=TP),
    Case("h127_keras_digits_nadam_lr1e20_nan", "Keras names: digits, NAdam at LR 1e20, 544 "
         "units, batch 25, 3 epochs",
         script=keras_run(_nadam("digits", hidden=(544,), lr=1e20, epochs=3, batch_size=25)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h127_keras_iris_subset5_rmsprop_momentum9_gap", "Keras names: 5 rows of iris, 545 "
         "units, RMSprop with momentum 0.9 at LR 1e-4, 150 epochs, batch 2",
         script=keras_run(_rm9("iris", hidden=(545,), lr=1e-4, epochs=150, batch_size=2,
                               subset=5)),
         tool="keras", expect=("overfitting",),
         allow=("not_converged", "noisy_loss", "underfitting", "generalisation_gap"),
         why_allowed=("5 rows reach validation accuracy 0.9333 (training 1.0), a gap under 0.1 "
                      "(the healthy iris run 0.9667); the validation loss is lowest at epoch 23 "
                      "of 150 and 23% above it at the end"), verdict=GP),
    Case("h127_tensorboard_moons_sgd_lr1e20_nan", "TensorBoard tags: moons (640 points, noise "
         "0.2), plain SGD at LR 1e20, 546 units, batch 16, 3 epochs",
         script=tensorboard_run(_sgd("moons", hidden=(546,), lr=1e20, epochs=3, batch_size=16,
                                     n=640, noise=0.2)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h127_tensorboard_digits_subset20_nadam_gap", "TensorBoard tags: 20 rows of digits, "
         "547 units, NAdam at LR 1e-3, 100 epochs, batch 4",
         script=tensorboard_run(_nadam("digits", hidden=(547,), lr=1e-3, epochs=100,
                                       batch_size=4, subset=20)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5599, training 1.0; the "
                      "healthy digits 0.9721 and up); the validation loss is lowest at epoch 23 "
                      "of 100 and 4.5% above it at the end while the accuracy still rises, not "
                      "clearly overfitting"), verdict=GP),
    Case("h127_plain_corrupt_record_sine_rmsprop_momentum9", "hand-written loop: sine "
         "regression with noise 0.2 (660 points), RMSprop with momentum 0.9 at LR 1e-4, 548 "
         "units, batch 22, a corrupt record (x = 1e30) at step 17 makes the loss Inf",
         script=plain_run(_rm9("sine", hidden=(548,), lr=1e-4, epochs=3, batch_size=22, n=660,
                               noise=0.2), corrupt_step=17),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=17),
    Case("h127_plain_moons_nadam_lr1e10_stuck", "hand-written loop: moons (640 points, noise "
         "0.2), NAdam at LR 1e-10, 549 units, batch 20, 4 epochs",
         script=plain_run(_nadam("moons", hidden=(549,), lr=1e-10, epochs=4, batch_size=20,
                                 n=640, noise=0.2)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7715 at every epoch; accuracy 0.3594 on moons, far "
                      "below half, so not 'at chance'"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy127_perfumery_relu_adagrad_b23",
       _perfumery(model={"hidden": [41]},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy127_perfumery_tanh_adadelta_b25",
       _perfumery(model={"hidden": [37], "activation": "tanh"},
                  optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy127_perfumery_elu_rmsprop_momentum5_b28",
       _perfumery(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 28})),
    _h("healthy127_perfumery_leaky_adamw_b27",
       _perfumery(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy127_perfumery_selu_momentum7_b21",
       _perfumery(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 5e-3, **MOM7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 21})),
    _h("healthy127_perfumery_silu_adam_b24",
       _perfumery(model={"hidden": [33], "activation": "silu"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 24})),
    _h("healthy127_perfumery_sigmoid_rmsprop_b30",
       _perfumery(model={"hidden": [30], "activation": "sigmoid"},
                  optim={"name": "rmsprop", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy127_perfumery_relu_nesterov7_b32",
       _perfumery(model={"hidden": [46]},
                  optim={"name": "sgd", "lr": 0.01, **NEST7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy127_fr397_selu_adamw_b24",
       {"data": FR397, "model": {"hidden": [54], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 24}}),
    _h("healthy127_cl394_selu_adam_b27",
       {"data": CL394, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy127_cl394_elu_adamw_b31",
       {"data": CL394, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy127_cl394_relu_adagrad_b22",
       {"data": CL394, "model": {"hidden": [61]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _h("healthy127_cl394_silu_sgd_b33",
       {"data": CL394, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.05, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy127_cl394_tanh_rmsprop_b20",
       {"data": CL394, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 20}}),
    _h("healthy127_cl394_leaky_momentum9_b29",
       {"data": CL394, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 5e-3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 29}}),
    _hs("healthy127_tensorboard_breast_cancer_nadam",
        tensorboard_run(_nadam("breast_cancer", hidden=(540,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy127_tensorboard_wine_sgd",
        tensorboard_run(_sgd("wine", hidden=(543,), lr=0.05, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy127_tensorboard_digits_rmsprop_momentum9",
        tensorboard_run(_rm9("digits", hidden=(546,), lr=5e-5, epochs=10, batch_size=26)),
        "tensorboard"),
    _hs("healthy127_hf_trainer_breast_cancer_sgd",
        hf_trainer_run(_sgd("breast_cancer", hidden=(541,), lr=0.05, epochs=15, batch_size=19),
                       logging_steps=2), "transformers"),
    _hs("healthy127_hf_trainer_moons_nadam",
        hf_trainer_run(_nadam("moons", hidden=(544,), lr=2e-3, epochs=20, batch_size=20,
                              n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy127_hf_trainer_wine_rmsprop_momentum9",
        hf_trainer_run(_rm9("wine", hidden=(547,), lr=5e-5, epochs=20, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy127_keras_digits_sgd",
        keras_run(_sgd("digits", hidden=(549,), lr=0.05, epochs=12, batch_size=25)), "keras"),
    _hs("healthy127_keras_circles_nadam",
        keras_run(_nadam("circles", hidden=(542,), lr=1e-3, epochs=20, batch_size=18, n=640,
                         noise=0.1)), "keras"),
    _hs("healthy127_lightning_iris_rmsprop_momentum9",
        lightning_run(_rm9("iris", hidden=(545,), lr=5e-5, epochs=20, batch_size=9)),
        "lightning"),
    _hs("healthy127_lightning_moons_sgd",
        lightning_run(_sgd("moons", hidden=(548,), lr=0.1, epochs=20, batch_size=17, n=640,
                           noise=0.2)), "lightning"),
    _hs("healthy127_plain_circles_sgd",
        plain_run(_sgd("circles", hidden=(540,), lr=0.1, epochs=30, batch_size=22, n=650,
                       noise=0.1)), "pytorch"),
    _hs("healthy127_plain_wine_nadam",
        plain_run(_nadam("wine", hidden=(544,), lr=1e-3, epochs=15, batch_size=10)),
        "pytorch"),
    _hs("healthy127_plain_breast_cancer_rmsprop_momentum9",
        plain_run(_rm9("breast_cancer", hidden=(548,), lr=2e-5, epochs=10, batch_size=19)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
