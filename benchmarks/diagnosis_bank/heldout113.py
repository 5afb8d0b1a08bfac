"""The hundred-and-thirteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout112` (not looked at), after :mod:`.heldout108` to
:mod:`.heldout111`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
chess pawn (a head at the top of the middle column, a collar, a neck and a wide base along the
bottom row of a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels (seed 1130); 5-class Gaussian quantiles in 250 dimensions (3400
samples); a 253-feature 5-class set (2200 samples, 32 informative, 10 redundant, class
separation 2.7); a 256-feature Friedman-1 regression (1800 samples, noise 0.9); a seaside
saltworks pan's state CSV (flooding, evaporating, raking, drying: 4 classes from 7 readings,
``seaside_saltworks_pan_state_h113``, seed 1131) and a lake's pedalo-boat hires a day
regression CSV (in the hundreds, ``pedalo_lake_daily_hires_h113``, seed 1132); the sklearn sets
use random states 1133 to 1135. The glyph's name, the two CSV themes and the feature counts were
checked against the bank's parts as unused. Script faults use NAdam, Adadelta and RMSprop with
momentum 0.8 on breast cancer, moons and wine (the loop's corrupt record on the sine, as it
needs a regression); every script case holds a hidden width of 400 to 409. Runner optimisers:
Adam, AdamW, plain RMSprop, RMSprop with momentum 0.8, Adagrad, Adadelta, plain SGD, SGD with
momentum 0.6 or 0.9, SGD with Nesterov momentum 0.95. Each fault pairs its mechanism with another
optimiser, model, data set or tool than :mod:`.heldout108` to :mod:`.heldout111` did:
divergence under plain SGD in a SiLU net on the unscaled pedalo hires and under plain RMSprop
at LR 30 in a SiLU net on the quantiles, exploding gradients in a 10-layer SELU net with N(0, 1)
init under SGD with momentum 0.9, units killed by Adagrad at LR 8 in the pawn CNN, a high update
ratio from Adam at LR 1 in a leaky-ReLU net on the saltworks CSV, tiny learning rates under Adam
(tanh, Friedman) and Adadelta (SELU, saltworks CSV), vanishing gradients under SGD with momentum
0.6 in a 20-layer sigmoid net, saturated tanh units with N(0, 6) init under AdamW, the pawn CNN
with N(0, 0.002) init under AdamW (a slow start), the unshuffled 253-feature set under plain
RMSprop (tanh), square error under Adagrad (ReLU), batch 1 under plain SGD (leaky ReLU), 48 rows
of the 253-feature set under plain RMSprop (tanh), 40 rows of the Friedman regression under
plain RMSprop (ELU), 2 sigmoid units under Nesterov momentum; the scripts: Lightning's NaN on
moons (NAdam) and stuck wine (Adadelta), Trainer's NaN on breast cancer (RMSprop with momentum)
and stuck moons (NAdam), Keras' NaN on wine (Adadelta) and 8 rows of moons (RMSprop with
momentum, a gap), TensorBoard's NaN on breast cancer (NAdam) and 4 rows of breast cancer
(Adadelta, a gap), the loop's corrupt record on the sine (RMSprop with momentum) and stuck
breast cancer (Adadelta).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' test split, 0.2023 on the 253-feature set's, 0.2567 on the saltworks CSV's,
0.2733 on the pawn images'; 0.3889 (wine), 0.6316 (breast cancer), 0.5 (moons) on the scripts'
validation splits. Baselines: accuracy 1.0 (saltworks CSV), 0.8477 (253-feature set), 0.9167
(pawn images), 0.1941 (quantiles); R2 0.621 (Friedman), 0.9764 (pedalo CSV).

Measured healthy ranges (runner): update ratio quarter means 6.7e-6 to 0.0386 (the sigmoid MLP
with Adagrad on the 253-feature set), single steps at most 0.55 (the same run); the
``update_ratio_high`` run reaches 0.168 (4.4 times) with single steps up to 10.1 (18 times); the
``update_ratio_low`` runs log at most 5.7e-10 and 0. Dead fraction 0 in every healthy ReLU,
leaky-ReLU, SELU and SiLU run and at most 0.036 in the ELU runs (the ELU MLP with Adam on the
Friedman regression); saturated fraction at most 0.047 (the sigmoid MLP with Adagrad on the
253-feature set); the saturated run's 0.98. Gradient norms at least 2.5e-3 (the vanishing run's
3.0e-18; the exploding run's 3.2e5 to 1.5e6). The step loss's position in the epoch explains at
most 19% of the within-epoch variance over the second half in the healthy runner runs (the
unshuffled run 92%). The step loss's step-to-step swing over the second half is at most 0.67
times its mean (the SELU MLP with Adadelta on the saltworks CSV) and 0.95 in the healthy scripts
(TensorBoard's iris, per step); the batch-1 run's is 1.89, with steps up to 14.4 (its first
1.51). Healthy scores: accuracy 1.0 on the saltworks CSV, 0.8886-0.9136 on the 253-feature set,
R2 0.513-0.6 on the Friedman regression; scripts (validation): wine 0.9722 and 1.0, moons
0.959-0.9762, iris 0.9667, circles 0.9919 and 1.0, digits 0.9749 and 0.9805, breast cancer
0.9474, sine R2 0.9333 (Trainer). Every healthy run's validation loss is lowest at its end or
within 1.3% of its minimum.

Changes after the first run: the TensorBoard gap on 6 rows of wine scored 1.0, so it was trained
on 4 rows of breast cancer; the high-update-ratio run (Adam at LR 0.5, tanh) stepped only 2.4
times the healthy quarter means, so it ran at LR 1 with leaky-ReLU units; the batch-1 run's swing
(1.58) was raised by LR 0.03 instead of 0.01; Lightning's stuck wine scored 0.69 untrained, far
above the majority share (``at_chance`` dropped), and the loop's stuck breast cancer 0.68, near
it (``at_chance`` allowed, not expected); the pedalo divergence reached Inf (``nan_loss``
added) and the quantile divergence put 97.5% of its predictions in one class
(``predictions_collapsed`` expected); the slow start, the unshuffled run and the square-error run
still fell with the validation loss lowest at the end (``not_converged`` added); the 48-row and
8-row subsets' validation losses rose 18% and 196% (``overfitting`` expected), the 40-row
regression's only 2.8% (allowed). Healthy runs whose validation loss rose 5% to 36% (the
Nesterov ELU run on the 253-feature set, the SiLU Adadelta Friedman run, Keras' circles,
Lightning's sine, TensorBoard's iris) were trained at a smaller LR; the tanh RMSprop Friedman run
(R2 -1.3) became a leaky-ReLU one, and the Trainer's blobs (0.52) became the Trainer's moons.

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

# a chess pawn in a 5x5 cell: a head at the top of the middle column, a collar, a neck and a
# wide base along the bottom row; turned by 90 degrees for the others
_PAWN_UP = np.array([[0, 0, 1, 0, 0],
                     [0, 1, 1, 1, 0],
                     [0, 0, 1, 0, 0],
                     [0, 1, 1, 1, 0],
                     [1, 1, 1, 1, 1]], dtype=float)
_PAWNS = turned(_PAWN_UP)


def pawns(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 pawn glyph at a random place (4 classes: the pawn turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PAWNS, n, size, noise, flip, seed)


def _salt_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A seaside saltworks pan's state (0 flooding, 1 evaporating, 2 raking, 3 drying) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    brine_cm = np.array([18.0, 9.0, 2.0, 0.5])[cls] + rng.normal(0, 2.0, n)
    salinity_ppt = np.array([40.0, 150.0, 260.0, 300.0])[cls] + rng.normal(0, 25.0, n)
    inflow_lps = np.array([90.0, 3.0, 1.0, 0.0])[cls] + rng.normal(0, 8.0, n)
    rake_amp = np.array([0.2, 0.3, 6.0, 0.5])[cls] + rng.normal(0, 0.8, n)
    gate_open = (cls == 0) ^ (rng.random(n) < 0.04)
    sun_w_m2 = rng.uniform(100.0, 1000.0, n)
    wind_kmh = rng.uniform(0.0, 40.0, n)
    return (["brine_cm", "salinity_ppt", "inflow_lps", "rake_amp", "gate_open", "sun_w_m2",
             "wind_kmh", "state"],
            np.column_stack([brine_cm, salinity_ppt, inflow_lps, rake_amp,
                             gate_open.astype(float), sun_w_m2, wind_kmh, cls]))


def _pedalo_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A lake's pedalo-boat hire: hires a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    boats_ok = rng.integers(5, 30, n).astype(float)
    air_c = rng.uniform(8.0, 34.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    holiday = rng.integers(0, 2, n).astype(float)
    staff = rng.integers(1, 6, n).astype(float)
    wind_kmh = rng.uniform(0.0, 45.0, n)
    hires = (30 + 7.0 * boats_ok + 8.0 * air_c - 4.0 * rain_mm + 70.0 * holiday
             + 15.0 * staff - 2.0 * wind_kmh + 40.0 * (weekday >= 5) + rng.normal(0, 10.0, n))
    return (["weekday", "boats_ok", "air_c", "rain_mm", "holiday", "staff", "wind_kmh",
             "hires"],
            np.column_stack([weekday, boats_ok, air_c, rain_mm, holiday, staff, wind_kmh,
                             hires]))


def _salt(**sections: Any) -> Any:
    return _csv("seaside_saltworks_pan_state_h113", _salt_csv, "state", "classification", 1131,
                **sections)


def _pedalo(**sections: Any) -> Any:
    return _csv("pedalo_lake_daily_hires_h113", _pedalo_csv, "hires", "regression", 1132,
                **sections)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam."""
    return _s(data, optim="nadam", **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta."""
    return _s(data, optim="adadelta", **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.8."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.8}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _w(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM6 = {"momentum": 0.6}
MOM9 = {"momentum": 0.9}
NEST = {"momentum": 0.95, "nesterov": True}
RMOM = {"momentum": 0.8}
HERE = "benchmarks.diagnosis_bank.heldout113"
PW4 = _factory(f"{HERE}:pawns", seed=1130)
GQ5250 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=250,
                  n_classes=5, random_state=1133)
CL253 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=253,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1134)
FR256 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=256, noise=0.9,
                 random_state=1135)
PCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 10}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h113_divergence_pedalo_sgd_silu", "the pedalo-hire CSV (targets unscaled, in the "
         "hundreds), 34-unit SiLU MLP, plain SGD at LR 0.05, batch 27",
         _pedalo(model={"hidden": [34], "activation": "silu"},
                 optim={"name": "sgd", "lr": 0.05},
                 train={"epochs": 3, "batch_size": 27}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_divergence_gq5250_rmsprop_lr30_silu", "48x24 SiLU MLP on the 5-class quantiles "
         "in 250 dimensions, plain RMSprop at LR 30, batch 37",
         {"data": GQ5250, "model": {"hidden": [48, 24], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_exploding_cl253_10x24_selu_std1_momentum", "10x24 SELU MLP with N(0, 1) init on "
         "the 253-feature set, SGD with momentum 0.9 at LR 1e-13, batch 46",
         {"data": CL253, "model": {"hidden": [24] * 10, "activation": "selu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-13, **MOM9},
          "train": {"epochs": 3, "batch_size": 46}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 1.081e6 at every epoch, 0.01% down);"
                      " the tiny steps do not move the wide weights (update ratios at most "
                      "9.5e-8); 61% of the test predictions in one class (under 90%)"),
         verdict="failed"),
    Case("h113_dead_relu_pawn_cnn_adagrad_lr8", "the pawn CNN (6, 10 channels, 21 hidden), "
         "Adagrad at LR 8, batch 27",
         {"data": PW4, "model": PCNN,
          "optim": {"name": "adagrad", "lr": 8.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_update_ratio_high_salt_adam_leaky", "Adam at LR 1 on the saltworks CSV, 39 "
         "leaky-ReLU units, batch 22, 8 epochs",
         _salt(model={"hidden": [39], "activation": "leaky_relu"},
               optim={"name": "adam", "lr": 1.0},
               train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss about (its step-to-step change 1.48 times"
                      " its mean over the second half, up to 47 from a first step of 1.45) and the"
                      " validation loss jumps from 1.3e-4 to 1.216 in the last epoch, but accuracy"
                      " stays 0.99 (training 1.0); up to 13% of the leaky units logged dead"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h113_adam_lr1e10_fr256_tanh", "the 256-feature Friedman regression, 44x22 tanh MLP, "
         "Adam at LR 1e-10, batch 43, 4 epochs",
         {"data": FR256, "model": {"hidden": [44, 22], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -7.66, far below the baseline (0.621) and the healthy"
                                         " runs (0.513 and up); the epoch loss 233.4 at every "
                                         "epoch"), verdict=TP),
    Case("h113_adadelta_lr1e10_salt_selu", "the saltworks CSV, 37x18 SELU MLP, Adadelta at LR "
         "1e-10, batch 29, 4 epochs",
         _salt(model={"hidden": [37, 18], "activation": "selu"},
               optim={"name": "adadelta", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 29}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"), why_allowed=("the epoch loss 1.396 at "
                                                                     "every epoch (ln 4 is 1.386);"
                                                                     " 37% of the test predictions"
                                                                     " in one class (under 90%)"),
         verdict=TP),
    Case("h113_vanishing_sigmoid_cl253_20x14_momentum", "20x14 sigmoid MLP on the 253-feature "
         "set, SGD with momentum 0.6 at LR 0.03, batch 47, 4 epochs",
         {"data": CL253, "model": {"hidden": [14] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.03, **MOM6},
          "train": {"epochs": 4, "batch_size": 47}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a side"
                      " effect of the vanishing gradients (down to 3.0e-18); the epoch loss 1.622 "
                      "to 1.613 (ln 5 is 1.609)"), verdict=TP),
    Case("h113_saturated_tanh_gq5250_std6_adamw", "2x44 tanh MLP with N(0, 6) init on the "
         "5-class quantiles, AdamW at LR 1e-10, batch 33",
         {"data": GQ5250, "model": {"hidden": [44, 44], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adamw", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 4.4e-13); the loss far above ln 5 from "
                      "the start (the epoch loss 52.22 at every epoch); 24% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h113_slow_start_pawn_cnn_adamw_std0002", "the pawn CNN with N(0, 0.002) init, AdamW at "
         "LR 2e-3, batch 31, 20 epochs",
         {"data": PW4, "model": {**PCNN, "init": "normal", "init_std": 0.002},
          "optim": {"name": "adamw", "lr": 2e-3},
          "train": {"epochs": 20, "batch_size": 31}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "dead_relu", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients"),
         why_allowed=("the epoch loss stays at ln 4 for three epochs (1.386 to 1.384), then falls "
                      "to 0.735, 2.1% over the last epoch, with the validation loss lowest at the "
                      "end (0.839); accuracy 0.6, below the baseline (0.9167) as it has not caught"
                      " up; gradient norms down to 2.5e-7, a side effect of the tiny init"),
         verdict=TP),
    Case("h113_unshuffled_cl253_rmsprop_tanh", "the 253-feature set sorted by label, never "
         "shuffled, 49x24 tanh MLP, plain RMSprop at LR 5e-4, batch 38, 8 epochs",
         {"data": {**CL253, "order": "by_label", "shuffle": False},
          "model": {"hidden": [49, 24], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 92% of its within-epoch "
                      "variance (healthy runs at most 19%); the epoch loss falls 13% over the last"
                      " epoch with the validation loss lowest at the end; accuracy 0.85, a little "
                      "below the healthy runs (0.8886 and up)"), verdict=TP),
    Case("h113_mse_softmax_salt_adagrad_relu", "the saltworks CSV trained with square error on "
         "the softmax, Adagrad at LR 0.02, 33x16 ReLU MLP, batch 24, 10 epochs",
         _salt(model={"hidden": [33, 16]},
               optim={"name": "adagrad", "lr": 0.02},
               train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly: the epoch loss still falls 13% "
                      "over the last epoch with the validation loss lowest at the end (accuracy "
                      "1.0)"), verdict=TP),
    Case("h113_noisy_cl253_b1_sgd_leaky", "the 253-feature set one row at a time (batch 1), "
         "plain SGD at LR 0.03, 29-unit leaky-ReLU MLP, 3 epochs",
         {"data": CL253, "model": {"hidden": [29], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 0.03},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "dead_relu", "not_converged",
                "update_ratio_high", "overfitting"),
         why_allowed=("single rows throw the steps about (the step loss up to 14.4, above its "
                      "first step 1.509); the epoch loss falls 46% over the last epoch but the "
                      "validation loss is lowest at epoch 2 of 3 and 14% above it at the end, so "
                      "not 'not converged'"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h113_overfit_cl253_subset48_rmsprop_tanh", "48 rows of the 253-feature set, tanh "
         "MLP of 210 and 105 units, plain RMSprop at LR 3e-4, 50 epochs, batch 4",
         {"data": {**CL253, "subset": 48},
          "model": {"hidden": [210, 105], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-4},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("48 rows teach less than every row: accuracy 0.5364 (training 1.0; the "
                      "healthy runs 0.8886 and up); the epoch loss, near 0 (1.3e-3), still falls "
                      "6.3% over the last epoch while the validation loss has risen 18% from epoch"
                      " 9 of 50"), verdict=GP),
    Case("h113_gap_fr256_subset40_rmsprop_elu", "40 rows of the 256-feature Friedman regression, "
         "ELU MLP of 180 and 90 units, plain RMSprop at LR 5e-4, 80 epochs, batch 4",
         {"data": {**FR256, "subset": 40},
          "model": {"hidden": [180, 90], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("40 rows teach less (R2 -1.57, training 0.92; the healthy runs 0.513 and "
                      "up); the validation loss is lowest at epoch 78 of 80 and 2.8% above it at "
                      "the end, neither clearly rising nor clearly improving; up to 52% of the ELU"
                      " units logged dead; the step loss swings 0.78 times its mean"), verdict=GP),
    Case("h113_underfit_cl253_two_sigmoid_units_nesterov", "the 253-feature set through 2 "
         "sigmoid units, SGD with Nesterov momentum 0.95 at LR 0.02, batch 41, 15 epochs",
         {"data": CL253, "model": {"hidden": [2], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.02, **NEST},
          "train": {"epochs": 15, "batch_size": 41}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "saturated_activation", "not_converged"),
         why_allowed=("two sigmoid units cannot hold the classes: training accuracy 0.8265 (the "
                      "healthy runs 0.96 and up), accuracy 0.6295; the validation loss is lowest "
                      "at epoch 10 of 15 and 5.8% above it at the end; up to 58% of the two units "
                      "logged saturated"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h113_lightning_moons_nadam_lr1e20_nan", "Lightning: moons (610 points, noise 0.25), "
         "NAdam at LR 1e20, 400 units, batch 23, 3 epochs",
         script=lightning_run(_na("moons", hidden=(400,), lr=1e20, epochs=3, batch_size=23,
                                  n=610, noise=0.25)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_lightning_wine_adadelta_lr1e10_stuck", "Lightning: wine, Adadelta at LR 1e-10, "
         "401 units, batch 13, 3 epochs",
         script=lightning_run(_ad("wine", hidden=(401,), lr=1e-10, epochs=3, batch_size=13)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.023 at every epoch; the untrained net happens to "
                      "score 0.6944, far above the majority share 0.3889, so it is not at chance"),
         verdict=TP),
    Case("h113_hf_trainer_breast_cancer_rmsprop_momentum_lr1e20_nan", "Hugging Face Trainer "
         "names: breast cancer, RMSprop with momentum 0.8 at LR 1e20 (decaying linearly), 402 "
         "units, batch 17, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rm("breast_cancer", hidden=(402,), lr=1e20, epochs=3,
                                   batch_size=17), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_hf_trainer_moons_nadam_lr1e10_stuck", "Hugging Face Trainer names: moons (620 "
         "points, noise 0.3), NAdam at LR 1e-10 (decaying linearly), 403 units, batch 12, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_na("moons", hidden=(403,), lr=1e-10, epochs=3, batch_size=12,
                                   n=620, noise=0.3), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 0.7168 and accuracy at 0.5 (the majority "
                      "share); the logged loss (means of two steps) drifts about it"), verdict=TP),
    Case("h113_keras_wine_adadelta_lr1e20_nan", "Keras names: wine, Adadelta at LR 1e20, 404 "
         "units, batch 11, 3 epochs",
         script=keras_run(_ad("wine", hidden=(404,), lr=1e20, epochs=3, batch_size=11)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_keras_moons_subset8_rmsprop_momentum_gap", "Keras names: 8 rows of moons (600 "
         "points, noise 0.3), 405 units, RMSprop with momentum 0.8 at LR 3e-4, 100 epochs, "
         "batch 2",
         script=keras_run(_rm("moons", hidden=(405,), lr=3e-4, epochs=100, batch_size=2,
                              subset=8, n=600, noise=0.3)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less than all of them (validation accuracy 0.8167, training "
                      "1.0; the healthy moons runs 0.959 and up); the epoch loss is near 0 "
                      "(1.7e-3) and still falls while the validation loss has risen 196% from "
                      "epoch 3"), verdict=GP),
    Case("h113_tensorboard_breast_cancer_nadam_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "NAdam at LR 1e20, 406 units, batch 19, 3 epochs",
         script=tensorboard_run(_na("breast_cancer", hidden=(406,), lr=1e20, epochs=3,
                                    batch_size=19)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h113_tensorboard_breast_cancer_subset4_adadelta_gap", "TensorBoard tags: 4 rows of "
         "breast cancer, 407 units, Adadelta at LR 1.0, 100 epochs, batch 2",
         script=tensorboard_run(_ad("breast_cancer", hidden=(407,), lr=1.0, epochs=100,
                                    batch_size=2, subset=4)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.8772, training "
                      "1.0; the healthy breast cancer run 0.9474); the epoch loss is near 0 while "
                      "the validation loss has risen 87% from epoch 3 of 100"), verdict=GP),
    Case("h113_plain_corrupt_record_sine_rmsprop_momentum", "hand-written loop: sine regression "
         "with noise 0.25 (640 points), RMSprop with momentum 0.8 at LR 1e-4, 408 units, batch "
         "17, a corrupt record (x = 1e30) at step 31 makes the loss Inf",
         script=plain_run(_rm("sine", hidden=(408,), lr=1e-4, epochs=3, batch_size=17, n=640,
                              noise=0.25), corrupt_step=31),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=31),
    Case("h113_plain_breast_cancer_adadelta_lr1e10_stuck", "hand-written loop: breast cancer, "
         "Adadelta at LR 1e-10, 409 units, batch 18, 4 epochs",
         script=plain_run(_ad("breast_cancer", hidden=(409,), lr=1e-10, epochs=4,
                              batch_size=18)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 0.6731; the untrained net scores 0.6842, near "
                      "the majority share 0.6316; the step loss drifts about it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy113_salt_relu_adam_b23",
       _salt(model={"hidden": [45]},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 23})),
    _h("healthy113_salt_tanh_adamw_b19",
       _salt(model={"hidden": [42], "activation": "tanh"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 19})),
    _h("healthy113_salt_elu_rmsprop_b27",
       _salt(model={"hidden": [47], "activation": "elu"},
             optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy113_salt_leaky_adagrad_b30",
       _salt(model={"hidden": [40], "activation": "leaky_relu"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 30})),
    _h("healthy113_salt_selu_adadelta_b24",
       _salt(model={"hidden": [39], "activation": "selu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy113_salt_silu_momentum_b17",
       _salt(model={"hidden": [35], "activation": "silu"},
             optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 17})),
    _h("healthy113_salt_sigmoid_nesterov_b28",
       _salt(model={"hidden": [34], "activation": "sigmoid"},
             optim={"name": "sgd", "lr": 0.05, **NEST, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy113_salt_relu_rmsprop_momentum_b32",
       _salt(model={"hidden": [50]},
             optim={"name": "rmsprop", "lr": 3e-4, **RMOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 32})),
    _h("healthy113_fr256_elu_adam_b25",
       {"data": FR256, "model": {"hidden": [56], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy113_fr256_leaky_rmsprop_b28",
       {"data": FR256, "model": {"hidden": [61], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy113_fr256_silu_adadelta_b21",
       {"data": FR256, "model": {"hidden": [58], "activation": "silu"},
        "optim": {"name": "adadelta", "lr": 0.1, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 21}}),
    _h("healthy113_cl253_leaky_adamw_b31",
       {"data": CL253, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy113_cl253_elu_nesterov_b26",
       {"data": CL253, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "sgd", "lr": 1e-3, **NEST, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy113_cl253_relu_rmsprop_momentum_b35",
       {"data": CL253, "model": {"hidden": [59]},
        "optim": {"name": "rmsprop", "lr": 2e-4, **RMOM, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy113_cl253_sigmoid_adagrad_b23",
       {"data": CL253, "model": {"hidden": [70], "activation": "sigmoid"},
        "optim": {"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _hs("healthy113_tensorboard_moons_adamax",
        tensorboard_run(_mx("moons", hidden=(401,), lr=3e-3, epochs=30, batch_size=22, n=610,
                            noise=0.2)), "tensorboard"),
    _hs("healthy113_tensorboard_iris_nadam",
        tensorboard_run(_na("iris", hidden=(404,), lr=1e-3, epochs=40, batch_size=9)),
        "tensorboard"),
    _hs("healthy113_tensorboard_digits_adam",
        tensorboard_run(_a("digits", hidden=(408,), lr=1e-3, epochs=15, batch_size=27)),
        "tensorboard"),
    _hs("healthy113_hf_trainer_wine_radam",
        hf_trainer_run(_ra("wine", hidden=(400,), lr=2e-3, epochs=40, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy113_hf_trainer_moons_adamw",
        hf_trainer_run(_w("moons", hidden=(405,), lr=2e-3, epochs=30, batch_size=24, n=600,
                          noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy113_hf_trainer_sine_adamax",
        hf_trainer_run(_mx("sine", hidden=(409,), lr=3e-3, epochs=30, batch_size=21, n=620,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy113_keras_circles_nadam",
        keras_run(_na("circles", hidden=(402,), lr=1e-3, epochs=30, batch_size=24, n=620,
                      noise=0.1)), "keras"),
    _hs("healthy113_keras_breast_cancer_adamw",
        keras_run(_w("breast_cancer", hidden=(406,), lr=3e-4, epochs=15, batch_size=18)),
        "keras"),
    _hs("healthy113_keras_iris_radam",
        keras_run(_ra("iris", hidden=(403,), lr=2e-3, epochs=40, batch_size=7)), "keras"),
    _hs("healthy113_lightning_sine_nadam",
        lightning_run(_na("sine", hidden=(407,), lr=5e-4, epochs=30, batch_size=18, n=610,
                          noise=0.2)), "lightning"),
    _hs("healthy113_lightning_wine_adamax",
        lightning_run(_mx("wine", hidden=(409,), lr=2e-3, epochs=40, batch_size=12)),
        "lightning"),
    _hs("healthy113_plain_moons_radam",
        plain_run(_ra("moons", hidden=(402,), lr=3e-3, epochs=30, batch_size=20, n=630,
                      noise=0.2)), "pytorch"),
    _hs("healthy113_plain_circles_adam",
        plain_run(_a("circles", hidden=(406,), lr=2e-3, epochs=25, batch_size=23, n=610,
                     noise=0.1)), "pytorch"),
    _hs("healthy113_plain_digits_nadam",
        plain_run(_na("digits", hidden=(400,), lr=1e-3, epochs=15, batch_size=29)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
