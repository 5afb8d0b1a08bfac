"""The hundred-and-eighty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout189` (not looked at), after the measurement of
:mod:`.heldout186` and :mod:`.heldout187`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a glockenspiel (two rows of small metal bars of falling length, 4 and 3 long,
in a flat case open at the top, with one mallet (0.7) lying across the case, in a 6x6 cell, turned
by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed
1880); 5-class Gaussian quantiles in 1041 dimensions (3090 samples); a 1044-feature 5-class set
(2180 samples, 30 informative, 12 redundant, class separation 6.5); a 1047-feature Friedman-1
regression (3600 samples, noise 0.8); a cheddar maker's batch stage CSV (curdling, cheddaring,
milling, maturing: 4 classes from 7 readings, ``cheddar_batch_stage_h188``, seed 1881) and a
heritage-trolley firm's trolley riders a day regression CSV (in the hundreds,
``daily_trolley_riders_h188``, seed 1882); the sklearn sets use random states 1883 to 1885. Script
cases use plain Adamax, SGD with Nesterov momentum 0.95 and AdamW with weight decay 0.01 (settings
no script of :mod:`.heldout186` or :mod:`.heldout187` uses) on wine, iris, breast cancer, digits,
moons, circles and the sine; every script case holds a hidden width of 1150 to 1159. Runner
optimisers: Adam (with an L1 penalty on the Friedman regression), AdamW, plain RMSprop, RMSprop
with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.8 or 0.9, SGD with Nesterov momentum
0.9. Each fault pairs its mechanism with another optimiser, activation, model or data set than
:mod:`.heldout135` did (every data set here is new): divergence under SGD with Nesterov momentum
0.9 in a SiLU net on the unscaled trolley riders and under plain RMSprop at LR 5 in a leaky-ReLU
net on the quantiles, exploding gradients in a 9-layer ReLU net with N(0, 1) init under Adadelta
at LR 1e-9 on the quantiles, units killed by Adam at LR 0.5 in the glockenspiel CNN, a high update
ratio from plain RMSprop at LR 1 in a SELU net on the cheddar CSV, tiny learning rates under
Adagrad (ELU, Friedman) and SGD with momentum 0.9 (leaky ReLU, cheddar CSV), vanishing gradients
under SGD with momentum 0.9 in a 23-layer sigmoid net on the 1044-feature set, saturated tanh
units with N(0, 6) init under Adadelta on the 1044-feature set, the glockenspiel CNN with N(0,
0.06) init under SGD with Nesterov momentum 0.9 (a slow start), the unshuffled 1044-feature set
under AdamW (tanh), square error under plain RMSprop (SiLU), batch 1 under Adam (leaky ReLU), 43
rows of the 1044-feature set under Adagrad (SiLU, a gap), 32 rows of the Friedman regression under
plain RMSprop (leaky ReLU, overfit, a gap), the glockenspiel images through 1 SELU unit under
AdamW; the scripts: Lightning's NaN on wine (Adamax) and stuck iris (Nesterov), Trainer's NaN on
breast cancer (AdamW) and stuck digits (Adamax), Keras' NaN on moons (Nesterov) and 20 rows of
digits (AdamW, a gap), TensorBoard's NaN on iris (Adamax) and 8 rows of circles (Nesterov,
overfit, a gap), the loop's corrupt record on the sine (AdamW) and stuck breast cancer (Adamax).

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
expected). Majority shares (the test confusion matrices' rows): 0.2018 on the 1044-feature set,
0.2006 on the quantiles, 0.2655 on the cheddar CSV, 0.2633 on the glockenspiel images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (cheddar CSV), 0.9954 (1044-feature
set), 0.9867 (glockenspiel images), 0.212 (quantiles); R2 0.4007 (Friedman), 0.9593 (trolley
CSV).

Measured healthy ranges (runner): update ratio quarter means 2.2e-5 (the leaky-ReLU MLP with
momentum 0.9 on the 1044-feature set) to 0.0523 (the tanh MLP on the Friedman regression), single
steps at most 0.561 (the tanh MLP with Adagrad on the 1044-feature set, its first step); the
``update_ratio_high`` run reaches quarter means of 1.39 with single steps up to 101; the
``update_ratio_low`` runs log quarter means of at most 2.9e-10 and 3.1e-11. Dead fraction 0 in every
healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the Adam-killed CNN's second convolution and dense
units 1.0, the slow start's dense units up to 0.21, the exploding run's deep layers up to 0.14, the
32-row Friedman regression's second layer 0.34); saturated fraction at most 0.065 (the tanh MLP with
Adagrad on the 1044-feature set); the saturated run's 0.991 and 0.947. Gradient norms at least
0.0072 (the SiLU MLP with Nesterov momentum on the 1044-feature set) and at most 965 (the Friedman
regression; at most 3.6 on the 1044-feature set), first norms at least 0.148 (the sigmoid MLP on the
cheddar CSV); the vanishing run's down to 4.7e-21, the exploding run's 5.6e5 to 3.7e6, the slow
start's first 0.012 to 0.014. The step loss's position in the epoch explains at most 26% of the
within-epoch variance over the second half in the healthy runner runs (the tanh MLP on the Friedman
regression) and 18% in the healthy scripts (the loop's wine); the unshuffled run 97.5%. The standard
deviation of the step loss's step-to-step change over the second half is at most 0.66 times its mean
in the healthy runner runs (the SiLU MLP with Nesterov momentum on the 1044-feature set) and 1.55 in
the healthy scripts (TensorBoard's breast cancer); the batch-1 run's is 6.3. Healthy scores:
accuracy 1.0 on the cheddar CSV (every split, every run), 0.9656-0.9954 on the 1044-feature set
(test 0.9702-0.9931; training 1.0), R2 0.6429 on the Friedman regression (test 0.6841, training
0.7723); scripts (validation): wine 0.9722, 1.0 and 1.0, breast cancer 0.9561 and 0.9561, circles
0.9923 and 0.9924, digits 0.9666 and 0.9777, iris 0.9667 and 0.9667, moons 0.9545 and 0.9531. Every
healthy run's validation loss is lowest at its end.

Changes after the first run: five healthy scripts ended above their validation loss minimum and
took a lower LR (each then lowest at its end): Trainer's digits (Nesterov at LR 0.01: 0.66% above
its epoch-8 minimum; LR 5e-3), Keras' wine (AdamW at LR 1e-3: 8.8% above epoch 13; LR 5e-4), the
loop's iris (Nesterov at LR 0.01: 52% above epoch 10, step loss swing 2.0; LR 2e-3), the loop's
wine (AdamW at LR 1e-3, 15 epochs: 30% above epoch 13; LR 5e-4, 12 epochs), TensorBoard's moons
(Nesterov at LR 0.01: 10% above epoch 16; LR 3e-3). The glockenspiel CNN with N(0, 0.03) init
never left ln 4 in 20 epochs (1.385 at the end, every test prediction in one class), so it took
N(0, 0.06) (3 epochs at ln 4, then falling). One SELU unit on the 1044-feature set reached
training accuracy 0.86 and still rising with validation 0.59 (more a gap than underfitting), so
the one-unit case moved to the glockenspiel images (training 0.4144). Labels from the metrics: the
quantile divergence's test predictions fall 89% in one class and the exploding run's 50%, so
``predictions_collapsed`` is allowed in the first and neither expected nor allowed in the second;
the stuck cheddar run (SGD with momentum 0.9 at LR 1e-10) scores 0.4966 at its initial weights,
far above the majority share (0.2655), with 45% of its test predictions in one class, so neither
``at_chance`` nor ``predictions_collapsed`` is expected or allowed there; the 43-row overfit run's
validation loss ends only 0.55% above its epoch-21 minimum, so ``overfitting`` is allowed there
and only ``generalisation_gap`` expected, while the 32-row Friedman regression's ends 27% above
its epoch-1 minimum as the training loss falls, so ``overfitting`` is expected there; Lightning's
NaN wine scores 0.3333, 0.056 below the majority share (``at_chance`` allowed), Lightning's stuck
iris exactly 1/3 (``at_chance`` expected), Trainer's stuck digits 0.0613 (0.039 below, allowed);
the test predictions fall in one class in the killed CNN (100%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there; the Adam-killed CNN's blow-up passed (its loss ends
near ln 4), so ``divergence`` is allowed there and the verdict is a training problem; the slow
start's validation loss ends 10.5% above its epoch-10 minimum (accuracy 0.96 against a baseline
of 0.9867), so ``overfitting`` and ``generalisation_gap`` are allowed there; the unshuffled run's
loss still falls with the validation loss lowest at the end (``not_converged`` expected).

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

# a glockenspiel in a 6x6 cell: a flat case open at the top (two side walls and a floor), two
# rows of small metal bars of falling length (4 and 3 long) and one mallet (0.7) lying across
# the case from its head at the right of the lower row; turned by 90 degrees for the others
_GLOCK_UP = np.array([[1, 0, 0, 0, 0, 1],
                      [1, 1, 1, 1, 0, 1],
                      [1, 1, 1, 0, 0.7, 1],
                      [1, 0, 0, 0.7, 0, 1],
                      [1, 0, 0.7, 0, 0, 1],
                      [1, 1, 1, 1, 1, 1]], dtype=float)
_GLOCKS = turned(_GLOCK_UP)


def glockenspiels(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                  seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 glockenspiel glyph at a random place (4 classes: the glockenspiel turned by 0,
    90, 180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_GLOCKS, n, size, noise, flip, seed)


def _cheddar_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cheddar maker's batch stage (0 curdling, 1 cheddaring, 2 milling, 3 maturing) from 7
    readings."""
    n = 1450
    cls = rng.integers(0, 4, n)
    curd_c = np.array([32.0, 38.0, 36.0, 9.0])[cls] + rng.normal(0, 1.5, n)
    whey_ph = np.array([6.5, 5.7, 5.4, 5.1])[cls] + rng.normal(0, 0.1, n)
    moisture_pct = np.array([85.0, 55.0, 45.0, 36.0])[cls] + rng.normal(0, 3.0, n)
    salt_g = np.array([0.0, 0.0, 25.0, 24.0])[cls] + rng.normal(0, 1.5, n)
    slab_turns = np.array([0.0, 6.0, 1.0, 0.0])[cls] + rng.normal(0, 0.8, n)
    room_c = rng.uniform(10.0, 25.0, n)
    makers = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "whey_ph", "moisture_pct", "salt_g", "slab_turns", "room_c", "makers",
             "stage"],
            np.column_stack([curd_c, whey_ph, moisture_pct, salt_g, slab_turns, room_c, makers,
                             cls]))


def _trolley_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A heritage-trolley firm's riders a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5.0, 32.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    cars = rng.integers(2, 12, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    cruise_ships = rng.integers(0, 3, n).astype(float)
    hotel_pct = rng.uniform(30.0, 100.0, n)
    riders = (150 + 5.0 * temp_c - 5.0 * rain_mm + 25.0 * cars + 80.0 * holiday
              + 60.0 * cruise_ships + 1.5 * hotel_pct + 40.0 * (weekday >= 5)
              + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "rain_mm", "cars", "holiday", "cruise_ships", "hotel_pct",
             "riders"],
            np.column_stack([weekday, temp_c, rain_mm, cars, holiday, cruise_ships, hotel_pct,
                             riders]))


def _cheddar(**sections: Any) -> Any:
    return _csv("cheddar_batch_stage_h188", _cheddar_csv, "stage", "classification", 1881,
                **sections)


def _trolley(**sections: Any) -> Any:
    return _csv("daily_trolley_riders_h188", _trolley_csv, "riders", "regression", 1882,
                **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95, "nesterov": True}, **kw)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.01."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.01}, **kw)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout188"
GL4 = _factory(f"{HERE}:glockenspiels", seed=1880)
GQ51041 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3090, n_features=1041,
                   n_classes=5, random_state=1883)
CL1044 = _factory("sklearn.datasets:make_classification", n_samples=2180, n_features=1044,
                  n_informative=30, n_redundant=12, n_classes=5, class_sep=6.5,
                  random_state=1884)
FR1047 = _factory("sklearn.datasets:make_friedman1", n_samples=3600, n_features=1047,
                  noise=0.8, random_state=1885)
GCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h188_divergence_trolley_nesterov_silu", "the trolley riders CSV (targets unscaled, "
         "in the hundreds), 27-unit SiLU MLP, SGD with Nesterov momentum 0.9 at LR 0.02, "
         "batch 25",
         _trolley(model={"hidden": [27], "activation": "silu"},
                  optim={"name": "sgd", "lr": 0.02, **NEST9},
                  train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.9e5 at first, 3.1e23 at step 4 and Inf at step "
                      "5, where the run stops"), verdict="failed"),
    Case("h188_divergence_gq51041_rmsprop_lr5_leaky", "47x19 leaky-ReLU MLP on the 5-class "
         "quantiles in 1041 dimensions, plain RMSprop at LR 5, batch 37",
         {"data": GQ51041, "model": {"hidden": [47, 19], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low", "predictions_collapsed"),
         why_allowed=(f"{BLOWUP}; the step loss 1.64 at first, up to 6.2e8 and 1.2e6 at the end "
                      "(epoch losses 4.4e7, 1.3e6 and 1.1e6); accuracy 0.2006 (test 0.2006) at the"
                      " majority share (0.2006); 89% of the test predictions in one class"),
         verdict="failed"),
    Case("h188_exploding_gq51041_9x29_relu_std1_adadelta", "9x29 ReLU MLP with N(0, 1) init "
         "on the quantiles, Adadelta at LR 1e-9, batch 39",
         {"data": GQ51041, "model": {"hidden": [29] * 9, "activation": "relu",
                                     "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 3.85e6 at every epoch; every gradient norm 5.6e5 to 3.7e6 "
                      "(healthy at most 965); update ratios 0 to 9.4e-14, a side effect of the "
                      "LR; up to 14% of a deep layer's units logged dead; accuracy 0.2023 (test "
                      "0.1926) at the majority share (0.2006); the test predictions spread (at "
                      "most 50% in one class)"), verdict="failed"),
    Case("h188_dead_relu_glock_cnn_adam_lr05", "the glockenspiel CNN (9, 12 channels, 24 "
         "hidden), Adam at LR 0.5, batch 27",
         {"data": GL4, "model": GCNN,
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 165 in epoch 1 (epoch loss 7.22), then "
                      "sits near ln 4 (1.441 and 1.444), so the blow-up passed and divergence is "
                      "not the end state; gradient norms 0 to 134 and quarter-mean update ratios "
                      "up to 0.39 (healthy at most 0.052), single steps up to 7.7; every channel "
                      "of the second convolution and every dense unit logged dead (healthy runs "
                      "0); accuracy 0.23 (test 0.23) below the majority share (0.2633), every "
                      "test prediction in one class"), verdict=TP),
    Case("h188_update_ratio_high_cheddar_rmsprop_selu", "plain RMSprop at LR 1 on the cheddar "
         "batch CSV, 35 SELU units, batch 24, 8 epochs",
         _cheddar(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "rmsprop", "lr": 1.0},
                  train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 1.39, single"
                      " steps up to 101; the healthy runs at most 0.052 and 0.56), yet accuracy "
                      "1.0; the step loss jumps to 1034 in epoch 1 and is 0 from epoch 2 on, so "
                      "later gradients and update ratios are 0"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h188_adagrad_lr1e10_fr1047_elu", "the 1047-feature Friedman regression, 41x17 ELU "
         "MLP, Adagrad at LR 1e-10, batch 34, 4 epochs",
         {"data": FR1047, "model": {"hidden": [41, 17], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -8.60, far below the baseline (0.4007 on "
                                         "validation) and the healthy run (0.6429); the epoch "
                                         "loss 233.6 at every epoch; quarter-mean update ratios "
                                         "at most 2.9e-10 (healthy at least 2.2e-5); the step "
                                         "loss's position in the epoch explains 49% of its "
                                         "within-epoch variance"), verdict=TP),
    Case("h188_momentum9_lr1e10_cheddar_leaky", "the cheddar batch CSV, 32x15 leaky-ReLU MLP, "
         "SGD with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _cheddar(model={"hidden": [32, 15], "activation": "leaky_relu"},
                  optim={"name": "sgd", "lr": 1e-10, **MOM9},
                  train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.359 at every epoch; update ratios "
                                         "at most 3.1e-11 (healthy quarter means at least "
                                         "2.2e-5); the step loss's position in the epoch "
                                         "explains 59% of its within-epoch variance; accuracy "
                                         "0.4966 (test 0.5) at its initial weights, far above "
                                         "the majority share (0.2655) and far below the healthy"
                                         " runs (1.0); 45% of the test predictions in one "
                                         "class"), verdict=TP),
    Case("h188_vanishing_sigmoid_cl1044_23x12_momentum9", "23x12 sigmoid MLP on the "
         "1044-feature set, SGD with momentum 0.9 at LR 0.01, batch 43, 4 epochs",
         {"data": CL1044, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 4.7e-21 to 7.5e-20 (healthy at least "
                      "0.0072), growing about tenfold a layer towards the output, so the first 14"
                      " layers' update ratios are 0; the last layers and the output still move "
                      "(quarter means up to 0.0084), so the epoch loss goes from 1.624 to 1.612 "
                      "(ln 5 is 1.609) and no further; the step loss's position in the epoch "
                      "explains 58% of its within-epoch variance; accuracy 0.1995 (test 0.2018) "
                      "at the majority share (0.2018), every test prediction in one class"),
         verdict=TP),
    Case("h188_saturated_tanh_cl1044_std6_adadelta", "2x32 tanh MLP with N(0, 6) init on the "
         "1044-feature set, Adadelta at LR 1e-9, batch 35",
         {"data": CL1044, "model": {"hidden": [32, 32], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.1% and 94.7% of the tanh units saturated (healthy at most 6.5%); "
                      "update ratios 0, a side effect of the LR; the huge weights give gradient "
                      "norms up to 176 (the healthy runs on this set at most 3.6, on the Friedman"
                      " regression 965); the epoch loss 41.0 at every epoch, far above ln 5; the "
                      "step loss's position explains 47% of its within-epoch variance; accuracy "
                      "0.1835 (test 0.2087) about the majority share (0.2018); the test "
                      "predictions spread (at most 27% in one class)"), verdict=TP),
    Case("h188_slow_start_glock_cnn_nesterov9_std006", "the glockenspiel CNN with N(0, 0.06) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": GL4, "model": {**GCNN, "init": "normal", "init_std": 0.06},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged",
                "generalisation_gap"),
         why_allowed=("the epoch loss sits at ln 4 (1.391, 1.393, 1.386) for the first 3 epochs"
                      " and is 1.362 in the fourth, then falls (0.0179 at epoch 20); the first "
                      "gradient norms 0.012 to 0.014 (healthy first norms at least 0.148); up to"
                      " 21% of the dense units and 8% of the second convolution's channels logged"
                      " dead (healthy 0); the validation loss lowest at epoch 10, 10.5% above it "
                      "at the end, accuracy 0.96 (test 0.96, training 0.9967) against a baseline "
                      "of 0.9867; the step loss swings 1.7 times its mean (healthy runner runs at"
                      " most 0.66)"), verdict=TP),
    Case("h188_unshuffled_cl1044_adamw_tanh", "the 1044-feature set sorted by label, never "
         "shuffled, 44x21 tanh MLP, AdamW at LR 1e-4, batch 35, 8 epochs",
         {"data": {**CL1044, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 97.5% of its within-epoch "
                      "variance (healthy runner runs at most 26%); accuracy 0.6468 (test 0.5986, "
                      "training 0.8593), far below the healthy runs (0.9656 and up), with the "
                      "epoch loss still falling (1.220 to 1.148 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h188_mse_softmax_cheddar_rmsprop_silu", "the cheddar batch CSV trained with square "
         "error on the softmax, plain RMSprop at LR 1e-3, 31x13 SiLU MLP, batch 25, 10 epochs",
         _cheddar(model={"hidden": [31, 13], "activation": "silu"},
                  optim={"name": "rmsprop", "lr": 1e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "2.0e-4 at the end, so gradients down to 2.9e-4 (healthy at least 0.0072); "
                      "the step loss's position explains 29% of its within-epoch variance "
                      "(healthy up to 26%); the validation loss lowest at the end"), verdict=TP),
    Case("h188_noisy_cl1044_b1_adam_leaky", "the 1044-feature set one row at a time (batch 1), "
         "Adam at LR 5e-4, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL1044, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 6.3 times its mean (healthy runner runs at most 0.66,"
                      " healthy scripts 1.55), up to 5.7 from near 0; single-row gradients "
                      "0.0057 to 36 (healthy on this set at most 3.6); accuracy 0.9954 (test "
                      "0.9931, training 0.9977), like the healthy runs; over 2 epochs the step "
                      "loss's position explains all of its within-epoch variance of the second "
                      "half (one value a position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h188_overfit_cl1044_subset43_adagrad_silu", "43 rows of the 1044-feature set, SiLU "
         "MLP of 171 and 87 units, Adagrad at LR 0.02, 150 epochs, batch 4",
         {"data": {**CL1044, "subset": 43},
          "model": {"hidden": [171, 87], "activation": "silu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation", "overfitting", "update_ratio_high"),
         why_allowed=("43 rows teach less than every row: accuracy 0.5413 (test 0.5115, training"
                      " 1.0; the healthy runs 0.9656 and up); the validation loss lowest at epoch"
                      " 21 of 150 and only 0.55% above it at the end while the training loss "
                      "falls to 2.4e-5, so overfitting is not clear; gradients fall to 4.4e-8 "
                      "(healthy at least 0.0072); Adagrad's first step moves the first layer by "
                      "1.12 of its weights (healthy single steps at most 0.56); the step loss "
                      "swings 1.03 times its mean"), verdict=GP),
    Case("h188_gap_fr1047_subset32_rmsprop_leaky", "32 rows of the 1047-feature Friedman "
         "regression, leaky-ReLU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs, "
         "batch 4",
         {"data": {**FR1047, "subset": 32},
          "model": {"hidden": [163, 83], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu", "update_ratio_high"),
         why_allowed=("32 rows teach less (R2 -5.40, test -4.99, training 0.905; the healthy run"
                      " 0.6429); the validation loss, lowest at epoch 1 of 80 (123.6), ends at "
                      "157.4, 27% above it, while the training loss falls from 212.6 to 2.07; the "
                      "step loss swings 1.34 times its mean and gradients reach 1436 (healthy at "
                      "most 965); 34% of the second layer's leaky-ReLU units logged dead (healthy"
                      " 0); single update ratios up to 0.56, the healthy extreme"), verdict=GP),
    Case("h188_underfit_glock_one_selu_unit_adamw", "the glockenspiel images (flattened) "
         "through 1 SELU unit, AdamW at LR 3e-3, batch 38, 15 epochs",
         {"data": GL4, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SELU unit cannot hold the four turned glyphs: training accuracy "
                      "0.4144, accuracy 0.3533 (test 0.3367) against a baseline of 0.9867; the "
                      "epoch loss falls slowly (1.237 to 1.236 in the last epoch) with the "
                      "validation loss lowest at epoch 10 of 15, 1.0% above it at the end; 43% of"
                      " the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h188_lightning_wine_adamax_lr1e20_nan", "Lightning: wine, Adamax at LR 1e20, 1150 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_adamax("wine", hidden=(1150,), lr=1e20, epochs=3,
                                      batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h188_lightning_iris_nesterov_lr1e10_stuck", "Lightning: iris, SGD with Nesterov "
         "momentum 0.95 at LR 1e-10, 1151 units, batch 9, 3 epochs",
         script=lightning_run(_nest("iris", hidden=(1151,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.083 at every epoch; accuracy 0.3333 on three balanced "
                      "classes, far below the healthy iris (0.9667); the step loss's position "
                      "in the epoch explains 47% of its within-epoch variance"), verdict=TP),
    Case("h188_hf_trainer_breast_cancer_adamw_lr1e20_nan", "Hugging Face Trainer names: breast "
         "cancer, AdamW (weight decay 0.01) at LR 1e20 (decaying linearly), 1152 units, batch "
         "17, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adamw("breast_cancer", hidden=(1152,), lr=1e20, epochs=3,
                                      batch_size=17), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h188_hf_trainer_digits_adamax_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "Adamax at LR 1e-10 (decaying linearly), 1153 units, batch 27, 3 epochs, logging every "
         "3 steps",
         script=hf_trainer_run(_adamax("digits", hidden=(1153,), lr=1e-10, epochs=3,
                                       batch_size=27), logging_steps=3),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 2.335 at every evaluation; accuracy 0.0613 at its "
                      "initial weights, 0.039 below the majority share (0.1003) and far below "
                      "the healthy digits (0.9666 and up)"), verdict=TP),
    Case("h188_keras_moons_nesterov_lr1e20_nan", "Keras names: moons (630 points, noise 0.2), "
         "SGD with Nesterov momentum 0.95 at LR 1e20, 1154 units, batch 21, 3 epochs",
         script=keras_run(_nest("moons", hidden=(1154,), lr=1e20, epochs=3, batch_size=21,
                                n=630, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}; every epoch loss NaN; accuracy 0.5 on two balanced classes",
         verdict="failed"),
    Case("h188_keras_digits_subset20_adamw_gap", "Keras names: 20 rows of digits, 1155 units, "
         "AdamW (weight decay 0.01) at LR 2e-3, 150 epochs, batch 2",
         script=keras_run(_adamw("digits", hidden=(1155,), lr=2e-3, epochs=150, batch_size=2,
                                 subset=20)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9666 and up); the validation loss lowest at epoch 44 of 150 and "
                      "only 0.7% above it at the end while the training loss falls to 1.0e-4, so "
                      "overfitting is not clear"), verdict=GP),
    Case("h188_tensorboard_iris_adamax_lr1e20_nan", "TensorBoard tags: iris, Adamax at LR 1e20, "
         "1156 units, batch 10, 3 epochs",
         script=tensorboard_run(_adamax("iris", hidden=(1156,), lr=1e20, epochs=3,
                                        batch_size=10)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h188_tensorboard_circles_subset8_nesterov_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.1), 1157 units, SGD with Nesterov momentum 0.95 at LR 0.02, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_nest("circles", hidden=(1157,), lr=0.02, epochs=150,
                                      batch_size=2, n=650, noise=0.1, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6308, training 1.0; the healthy "
                      "circles 0.9924 and up); the validation loss lowest at epoch 2 of 150, 5.5 "
                      "times it at the end; the step loss near 0 swings 2.2 times its mean "
                      "(healthy scripts at most 1.55)"), verdict=GP),
    Case("h188_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.2 (640 points), AdamW (weight decay 0.01) at LR 1e-4, 1158 units, batch 22, a "
         "corrupt record (x = 1e30) at step 12 makes the loss Inf",
         script=plain_run(_adamw("sine", hidden=(1158,), lr=1e-4, epochs=3, batch_size=22,
                                 n=640, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=12),
    Case("h188_plain_breast_cancer_adamax_lr1e10_stuck", "hand-written loop: breast cancer, "
         "Adamax at LR 1e-10, 1159 units, batch 19, 4 epochs",
         script=plain_run(_adamax("breast_cancer", hidden=(1159,), lr=1e-10, epochs=4,
                                  batch_size=19)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7465 at every epoch; accuracy 0.4298, far below the"
                      " majority share (0.6316); the step loss's position in the epoch explains "
                      "54% of its within-epoch variance"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy188_cheddar_relu_adam_b25",
       _cheddar(model={"hidden": [41]},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy188_cheddar_tanh_adamw_b29",
       _cheddar(model={"hidden": [37], "activation": "tanh"},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy188_cheddar_elu_rmsprop_b32",
       _cheddar(model={"hidden": [44], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 32})),
    _h("healthy188_cheddar_leaky_adagrad_b27",
       _cheddar(model={"hidden": [39], "activation": "leaky_relu"},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy188_cheddar_selu_momentum8_b23",
       _cheddar(model={"hidden": [35], "activation": "selu"},
                optim={"name": "sgd", "lr": 0.01, **MOM8, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy188_cheddar_silu_adadelta_b34",
       _cheddar(model={"hidden": [31], "activation": "silu"},
                optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 34})),
    _h("healthy188_cheddar_sigmoid_rmsprop_momentum3_b31",
       _cheddar(model={"hidden": [30], "activation": "sigmoid"},
                optim={"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy188_cheddar_relu_nesterov9_b36",
       _cheddar(model={"hidden": [46]},
                optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 36})),
    _h("healthy188_fr1047_tanh_adam_l1_b26",
       {"data": FR1047, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy188_cl1044_selu_adamw_b29",
       {"data": CL1044, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy188_cl1044_elu_adam_b31",
       {"data": CL1044, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy188_cl1044_relu_rmsprop_b26",
       {"data": CL1044, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy188_cl1044_silu_nesterov9_b33",
       {"data": CL1044, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy188_cl1044_tanh_adagrad_b24",
       {"data": CL1044, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy188_cl1044_leaky_momentum9_b38",
       {"data": CL1044, "model": {"hidden": [57], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy188_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(1151,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy188_tensorboard_breast_cancer_adamw",
        tensorboard_run(_adamw("breast_cancer", hidden=(1154,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy188_tensorboard_moons_nesterov",
        tensorboard_run(_nest("moons", hidden=(1157,), lr=3e-3, epochs=20, batch_size=19,
                              n=640, noise=0.2)), "tensorboard"),
    _hs("healthy188_hf_trainer_digits_nesterov",
        hf_trainer_run(_nest("digits", hidden=(1150,), lr=5e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy188_hf_trainer_iris_adamax",
        hf_trainer_run(_adamax("iris", hidden=(1153,), lr=3e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy188_hf_trainer_circles_adamw",
        hf_trainer_run(_adamw("circles", hidden=(1156,), lr=2e-3, epochs=15, batch_size=21,
                              n=650, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy188_keras_breast_cancer_adamax",
        keras_run(_adamax("breast_cancer", hidden=(1159,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy188_keras_wine_adamw",
        keras_run(_adamw("wine", hidden=(1152,), lr=5e-4, epochs=15, batch_size=12)), "keras"),
    _hs("healthy188_lightning_digits_adamw",
        lightning_run(_adamw("digits", hidden=(1155,), lr=1e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy188_lightning_moons_adamax",
        lightning_run(_adamax("moons", hidden=(1158,), lr=2e-3, epochs=15, batch_size=20,
                              n=660, noise=0.2)), "lightning"),
    _hs("healthy188_plain_iris_nesterov",
        plain_run(_nest("iris", hidden=(1150,), lr=2e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy188_plain_circles_adamax",
        plain_run(_adamax("circles", hidden=(1154,), lr=3e-3, epochs=12, batch_size=18, n=660,
                          noise=0.1)), "pytorch"),
    _hs("healthy188_plain_wine_adamw",
        plain_run(_adamw("wine", hidden=(1157,), lr=5e-4, epochs=12, batch_size=13)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
