"""The hundred-and-seventy-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout175` (not looked at), after the measurement of
:mod:`.heldout170` and :mod:`.heldout171`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a crash cymbal on its stand (a small dome over a wide flat disc tilted slightly,
its left half a row above its right, a thin upright stand and three short legs splayed at its
foot, in a 6x6 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3
and 2% random labels (seed 1740); 5-class Gaussian quantiles in 901 dimensions (3040 samples); a
904-feature 5-class set (2130 samples, 30 informative, 12 redundant, class separation 5.0); a
907-feature Friedman-1 regression (1690 samples, noise 0.8); a tomme maker's batch stage CSV
(curdling, cutting, pressing, ageing: 4 classes from 7 readings, ``tomme_batch_stage_h174``, seed
1741) and a canal-barge tour firm's barge passengers a day regression CSV (in the hundreds,
``daily_barge_passengers_h174``, seed 1742); the sklearn sets use random states 1743 to 1745.
Script cases use plain RAdam, AdamW with weight decay 0.05 and SGD with momentum 0.9 (not
Nesterov) (settings no script of :mod:`.heldout172` or :mod:`.heldout173` uses) on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of 1010
to 1019. Runner optimisers: Adam (with an L1 penalty on the Friedman regression), AdamW, plain
RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.8 or 0.9, SGD with
Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser, activation, model or
data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD with
Nesterov momentum 0.9 in an ELU net on the unscaled barge passengers and under Adam at LR 30 in a
leaky-ReLU net on the quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init under
Adagrad at LR 1e-9 on the 904-feature set, units killed by plain RMSprop at LR 0.5 in the cymbal
CNN, a high update ratio from plain RMSprop at LR 0.3 in a SiLU net on the tomme CSV, tiny
learning rates under Adam (leaky ReLU, Friedman) and plain RMSprop (SiLU, tomme CSV), vanishing
gradients under SGD with momentum 0.9 in a 24-layer sigmoid net on the quantiles, saturated tanh
units with N(0, 6) init under Adadelta on the 904-feature set, the cymbal CNN with N(0, 0.045)
init under SGD with momentum 0.9 (a slow start), the unshuffled 904-feature set under AdamW
(tanh), square error under RMSprop with momentum 0.3 (SELU), batch 1 under Adagrad (leaky ReLU), 43
rows of the 904-feature set under plain RMSprop (ELU), 33 rows of the Friedman regression under
AdamW (tanh), 1 tanh unit under SGD with momentum 0.9; the scripts: Lightning's NaN on breast
cancer (RAdam) and stuck digits (momentum), Trainer's NaN on moons (AdamW) and stuck wine (RAdam),
Keras' NaN on digits (momentum) and 8 rows of circles (AdamW, overfit, a gap), TensorBoard's NaN on
iris (RAdam) and 20 rows of digits (momentum, a gap), the loop's corrupt record on the sine (AdamW)
and stuck circles (momentum).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner
cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for
runner cases and scripts called directly: no diagnosis was made. After the last change of a
setting every case was trained once more from this file into a fresh store (the same numbers for
the unchanged cases); the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2019 on the 904-feature set,
0.2007 on the quantiles, 0.2568 on the tomme CSV, 0.27 on the cymbal images; on the scripts'
validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons,
circles). Baselines (validation): accuracy 1.0 (tomme CSV), 0.993 (904-feature set), 0.9733
(cymbal images), 0.1941 (quantiles); R2 -1.04 (Friedman), 0.967 (barge CSV).

Measured healthy ranges (runner): update ratio quarter means 2.6e-5 (the leaky-ReLU MLP with
momentum 0.9 on the 904-feature set, the SELU MLP with momentum 0.8 on the tomme CSV) to 0.058 (the
tanh MLP on the Friedman regression), single steps at most 0.52 (the tanh MLP with Adagrad on the
904-feature set); the ``update_ratio_high`` run reaches quarter means of 0.44 with single steps up
to 30; the ``update_ratio_low`` runs log single steps of at most 1.4e-9 and 5.6e-9. Dead fraction
0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run; saturated fraction at most 0.054 (the
tanh MLP with Adagrad on the 904-feature set). Gradient norms at least 0.0091 (the leaky-ReLU MLP
with momentum on the 904-feature set) and at most 254 (the Friedman regression; at most 6.1 on the
904-feature set). The standard deviation of the step loss's step-to-step change over the second
half is at most 0.57 times its mean in the healthy runner runs (the ReLU MLP with RMSprop on the
904-feature set) and 1.60 in the healthy scripts (the loop's breast cancer); the batch-1 run's is
2.68. Healthy scores: accuracy 1.0 on the tomme CSV (every split, every run), 0.9484-0.9906 on the
904-feature set (test 0.9272-0.9789; training 1.0), R2 0.3899 on the Friedman regression (test
0.4399, training 0.6092); scripts (validation): wine 0.9722 and 1.0, breast cancer 0.9561, 0.9386
and 0.9561, circles 0.9841 and 0.9924, digits 0.9749 and 0.9749, iris 0.9 and 0.9667, moons 0.9308
and 0.9552. Every healthy run's validation loss is lowest at its end but Trainer's moons (epoch 18
of 20, 0.74% above it).

Changes after the first run (labels of no fault changed by them): five healthy scripts did not end
at their lowest validation loss, so each took a smaller LR: TensorBoard's circles (momentum at LR
0.02: 56% above its epoch-11 minimum; LR 5e-3 for 15 epochs: 3.6% above its epoch-14 minimum, so
14 epochs, lowest at the end), Trainer's digits (AdamW at LR 2e-3, 0.8% above its epoch-8
minimum; LR 1e-3, lowest at the end), Trainer's moons (momentum at LR 0.02, 3.8% above its
epoch-13 minimum; LR 5e-3, 0.74% above its epoch-18 minimum, kept), Lightning's wine (AdamW at LR
2e-3, 24.8% above its epoch-12 minimum; LR 5e-4, lowest at the end) and the loop's iris (momentum
at LR 0.01, 7.8% above its epoch-18 minimum; LR 3e-3, lowest at the end).

Labels from the metrics: the barge divergence's step loss goes from 1.8e5 to overflow at step 5,
so ``divergence`` and ``nan_loss`` are expected; the quantile divergence ends at 0.1974 (epoch
losses 1.7e7, 1.3e7, 2.2e7) with 74.5% of the test predictions in one class, so
``predictions_collapsed`` is allowed, not expected; the test predictions fall in one class in the
exploding run, the killed CNN and the vanishing run (100%), so ``predictions_collapsed`` is
expected there; the stuck tomme run ends at 0.1473, 0.11 below the majority share, with 52% of
its test predictions in one class, so ``at_chance`` is allowed and ``predictions_collapsed``
neither expected nor allowed; the saturated run scores 0.2465 (within 0.05 of 0.2019), so
``at_chance`` is expected; the slow start sat at ln 4 for 4 epochs, so ``slow_start`` is expected;
the unshuffled run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the 33-row Friedman regression's validation loss ends 11% above its
epoch-14 minimum while the training loss falls, so ``overfitting`` is expected there; TensorBoard's
20 rows of digits end only 1.5% above their epoch-1 validation loss, so ``overfitting`` is allowed
and ``generalisation_gap`` expected; Lightning's stuck digits (0.1031), Trainer's NaN moons (0.5),
Trainer's stuck wine (0.4167 against 0.3889), Keras' NaN digits (0.1003), TensorBoard's NaN iris
(0.3333) and the loop's stuck circles (0.5) score at the majority share (``at_chance`` expected);
Lightning's NaN breast cancer (0.3684 against 0.6316) is far below it (allowed); the loop's
corrupt record makes the loss Inf at step 12.

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

# a crash cymbal on its stand in a 6x6 cell: a small dome over a wide flat disc tilted slightly
# (its left half a row higher than its right), a thin upright stand below it and three short legs
# splayed at its foot; turned by 90 degrees for the others
_CYMBAL_UP = np.array([[0, 0, 1, 1, 0, 0],
                       [1, 1, 1, 1, 0, 0],
                       [0, 0, 1, 1, 1, 1],
                       [0, 0, 0, 1, 0, 0],
                       [0, 0, 0, 1, 0, 0],
                       [0, 1, 0, 1, 0, 1]], dtype=float)
_CYMBALS = turned(_CYMBAL_UP)


def cymbals(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 crash cymbal glyph at a random place (4 classes: the cymbal turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CYMBALS, n, size, noise, flip, seed)


def _tomme_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A tomme maker's batch stage (0 curdling, 1 cutting, 2 pressing, 3 ageing) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([32.0, 36.0, 28.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.5, 6.2, 5.6, 5.2])[cls] + rng.normal(0, 0.1, n)
    moisture_pct = np.array([88.0, 75.0, 52.0, 42.0])[cls] + rng.normal(0, 3.0, n)
    rennet_ml = np.array([30.0, 4.0, 0.0, 0.0])[cls] + rng.normal(0, 2.0, n)
    press_kg = np.array([0.0, 0.0, 40.0, 2.0])[cls] + rng.normal(0, 3.0, n)
    cellar_c = rng.uniform(8.0, 22.0, n)
    vats = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "curd_ph", "moisture_pct", "rennet_ml", "press_kg", "cellar_c", "vats",
             "stage"],
            np.column_stack([curd_c, curd_ph, moisture_pct, rennet_ml, press_kg, cellar_c, vats,
                             cls]))


def _barge_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A canal-barge tour firm's barge passengers a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(0.0, 32.0, n)
    wind_kmh = rng.uniform(0.0, 45.0, n)
    barges = rng.integers(2, 12, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    lock_closures = rng.integers(0, 3, n).astype(float)
    cruise_ships = rng.integers(0, 4, n).astype(float)
    passengers = (90 + 5.0 * temp_c - 2.5 * wind_kmh + 28.0 * barges + 80.0 * holiday
                  - 45.0 * lock_closures + 40.0 * cruise_ships + 60.0 * (weekday >= 5)
                  + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "wind_kmh", "barges", "holiday", "lock_closures",
             "cruise_ships", "passengers"],
            np.column_stack([weekday, temp_c, wind_kmh, barges, holiday, lock_closures,
                             cruise_ships, passengers]))


def _tomme(**sections: Any) -> Any:
    return _csv("tomme_batch_stage_h174", _tomme_csv, "stage", "classification", 1741,
                **sections)


def _barge(**sections: Any) -> Any:
    return _csv("daily_barge_passengers_h174", _barge_csv, "passengers", "regression", 1742,
                **sections)


def _radam(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain RAdam."""
    return _s(data, optim="radam", **kw)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _sgdm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.9 (not Nesterov)."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9}, **kw)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout174"
CY4 = _factory(f"{HERE}:cymbals", seed=1740)
GQ5901 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3040, n_features=901,
                  n_classes=5, random_state=1743)
CL904 = _factory("sklearn.datasets:make_classification", n_samples=2130, n_features=904,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=5.0,
                 random_state=1744)
FR907 = _factory("sklearn.datasets:make_friedman1", n_samples=1690, n_features=907, noise=0.8,
                 random_state=1745)
CCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [23]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h174_divergence_barge_nesterov_elu", "the barge passengers CSV (targets unscaled, in "
         "the hundreds), 27-unit ELU MLP, SGD with Nesterov momentum 0.9 at LR 0.02, batch 25",
         _barge(model={"hidden": [27], "activation": "elu"},
                optim={"name": "sgd", "lr": 0.02, **NEST9},
                train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_divergence_gq5901_adam_lr30_leaky", "47x19 leaky-ReLU MLP on the 5-class "
         "quantiles in 901 dimensions, Adam at LR 30, batch 37",
         {"data": GQ5901, "model": {"hidden": [47, 19], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low", "predictions_collapsed"),
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_exploding_cl904_9x29_elu_std1_adagrad", "9x29 ELU MLP with N(0, 1) init on the "
         "904-feature set, Adagrad at LR 1e-9, batch 39",
         {"data": CL904, "model": {"hidden": [29] * 9, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.416e7 at every epoch; gradient norms 1.5e6 to "
                      "9.9e6 (healthy at most 254); update ratios at most 2.4e-10, a "
                      "side effect of the LR; up to 24% of the last layer's units "
                      "logged dead; accuracy 0.1995 at the majority share (0.2019), "
                      "every test prediction in one class"), verdict="failed"),
    Case("h174_dead_relu_cymbal_cnn_rmsprop_lr05", "the cymbal CNN (9, 12 channels, 23 "
         "hidden), plain RMSprop at LR 0.5, batch 27",
         {"data": CY4, "model": CCNN,
          "optim": {"name": "rmsprop", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the epoch loss 8.6e4 in epoch 1 (step loss up to 1.7e6), then "
                      "1.483 and 1.466 about ln 4, so the blow-up passed; update ratios "
                      "up to 77 in single steps; every dense unit and 44% of the first "
                      "convolution's channels logged dead (healthy 0); accuracy 0.2467 "
                      "against a majority share of 0.27, every test prediction in one "
                      "class"), verdict=TP),
    Case("h174_update_ratio_high_tomme_rmsprop_silu", "plain RMSprop at LR 0.3 on the tomme "
         "batch CSV, 35 SiLU units, batch 24, 8 epochs",
         _tomme(model={"hidden": [35], "activation": "silu"},
                optim={"name": "rmsprop", "lr": 0.3},
                train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("quarter-mean update ratios up to 0.44 and single steps up to 30 "
                      "(healthy at most 0.028 and 0.52); the step loss reaches 193 in "
                      "epoch 1 and is 0 from epoch 2 on, so later gradients are 0; 23% "
                      "of the SiLU units logged dead (healthy 0); accuracy 1.0"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h174_adam_lr1e10_fr907_leaky", "the 907-feature Friedman regression, 41x17 "
         "leaky-ReLU MLP, Adam at LR 1e-10, batch 34, 4 epochs",
         {"data": FR907, "model": {"hidden": [41, 17], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.84, far below the baseline (-1.04) and the healthy run "
                      "(0.39); the epoch loss 235.5 at every epoch; update ratios at "
                      "most 1.4e-9 (healthy quarter means at least 2.6e-5)"), verdict=TP),
    Case("h174_rmsprop_lr1e10_tomme_silu", "the tomme batch CSV, 32x15 SiLU MLP, plain "
         "RMSprop at LR 1e-10, batch 27, 4 epochs",
         _tomme(model={"hidden": [32, 15], "activation": "silu"},
                optim={"name": "rmsprop", "lr": 1e-10},
                train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.380 at every epoch; update ratios at most "
                      "5.6e-9 (healthy quarter means at least 2.6e-5); accuracy 0.1473, "
                      "0.11 below the majority share (0.2568); 52% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h174_vanishing_sigmoid_gq5901_24x12_momentum9", "24x12 sigmoid MLP on the "
         "quantiles, SGD with momentum 0.9 at LR 0.01, batch 43, 4 epochs",
         {"data": GQ5901, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 5.7e-21 to 1.2e-20 (healthy at "
                      "least 0.009), growing tenfold a layer towards the output, so the "
                      "first 17 layers' update ratios are 0; the epoch loss goes from "
                      "1.626 to 1.611 (ln 5 is 1.609); accuracy 0.2007 at the majority "
                      "share, every test prediction in one class"), verdict=TP),
    Case("h174_saturated_tanh_cl904_std6_adadelta", "2x32 tanh MLP with N(0, 6) init on the "
         "904-feature set, Adadelta at LR 1e-9, batch 35",
         {"data": CL904, "model": {"hidden": [32, 32], "activation": "tanh",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.9% and 94.6% of the tanh units saturated (healthy at most "
                      "5.4%); the epoch loss 36.73 at every epoch; the huge weights "
                      "give gradient norms up to 582 (healthy at most 254); accuracy "
                      "0.2465 against a majority share of 0.2019; the test predictions "
                      "spread (at most 26% in one class)"), verdict=TP),
    Case("h174_slow_start_cymbal_cnn_momentum9_std0045", "the cymbal CNN with N(0, 0.045) "
         "init, SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": CY4, "model": {**CCNN, "init": "normal", "init_std": 0.045},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.380 to 1.392) for the first 4 "
                      "epochs, then falls to 0.0502; the validation loss lowest at "
                      "epoch 14 of 20, 1.6% above it at the end; the first gradient "
                      "norms 5.3e-3 to 1.1e-2; up to 17% of the dense units logged dead "
                      "early (0 at the end); accuracy 0.9733 (test 0.9667), the "
                      "baseline"), verdict=TP),
    Case("h174_unshuffled_cl904_adamw_tanh", "the 904-feature set sorted by label, never "
         "shuffled, 44x21 tanh MLP, AdamW at LR 1e-4, batch 35, 8 epochs",
         {"data": {**CL904, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("accuracy 0.5939 (test 0.5892, training 0.8412), far below the "
                      "healthy runs (0.9484 and up), with the epoch loss still falling "
                      "(1.255 to 1.192 in the last epoch) and the validation loss "
                      "lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h174_mse_softmax_tomme_rmsprop_momentum3_selu", "the tomme batch CSV trained with "
         "square error on the softmax, RMSprop with momentum 0.3 at LR 1e-3, 31x13 SELU MLP, "
         "batch 25, 10 epochs",
         _tomme(model={"hidden": [31, 13], "activation": "selu"},
                optim={"name": "rmsprop", "lr": 1e-3, **RMOM3},
                train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the "
                      "epoch loss 7.9e-5 at the end, so gradients fall to 1.1e-4; the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h174_noisy_cl904_b1_adagrad_leaky", "the 904-feature set one row at a time (batch "
         "1), Adagrad at LR 0.01, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL904, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss's step-to-step change swings 2.68 times its mean "
                      "over the second half (healthy runner runs at most 0.57); "
                      "single-row gradients up to 28 (healthy at most 6.1); accuracy "
                      "0.9765 (test 0.9648), like the healthy runs"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h174_overfit_cl904_subset43_rmsprop_elu", "43 rows of the 904-feature set, ELU MLP "
         "of 171 and 87 units, plain RMSprop at LR 5e-4, 150 epochs, batch 4",
         {"data": {**CL904, "subset": 43},
          "model": {"hidden": [171, 87], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("43 rows teach less than every row: accuracy 0.5164 (training "
                      "1.0; the healthy runs 0.9484 and up); the training loss at "
                      "1.8e-7 gives gradients down to 9e-7"), verdict=GP),
    Case("h174_gap_fr907_subset33_adamw_tanh", "33 rows of the 907-feature Friedman "
         "regression, tanh MLP of 163 and 83 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR907, "subset": 33},
          "model": {"hidden": [163, 83], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "saturated_activation"),
         why_allowed=("33 rows teach less: R2 -6.50 (training 0.9949); the validation "
                      "loss lowest at epoch 14 of 80 (160.8), 11% above it at the end "
                      "while the training loss falls to 0.107; the step loss swings 2.7 "
                      "times its mean; up to 64% of the tanh units saturated (healthy "
                      "at most 5.4%)"), verdict=GP),
    Case("h174_underfit_cl904_one_tanh_unit_momentum9", "the 904-feature set through 1 tanh "
         "unit, SGD with momentum 0.9 at LR 0.01, batch 38, 15 epochs",
         {"data": CL904, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.525 "
                      "(the healthy runs 1.0), accuracy 0.4061 (test 0.3732); the epoch "
                      "loss falls 0.7% in the last epoch while the validation loss ends "
                      "1.8% above its epoch-9 minimum; 63% of the unit's values "
                      "saturated (healthy at most 5.4%); 46% of the test predictions in "
                      "one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h174_lightning_breast_cancer_radam_lr1e20_nan", "Lightning: breast cancer, RAdam at "
         "LR 1e20, 1010 units, batch 23, 3 epochs",
         script=lightning_run(_radam("breast_cancer", hidden=(1010,), lr=1e20, epochs=3,
                                     batch_size=23)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_lightning_digits_sgdm_lr1e10_stuck", "Lightning: digits, SGD with momentum 0.9 "
         "at LR 1e-10, 1011 units, batch 27, 3 epochs",
         script=lightning_run(_sgdm("digits", hidden=(1011,), lr=1e-10, epochs=3,
                                    batch_size=27)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.327 at every epoch; accuracy 0.1031 at its "
                      "initial weights, at the majority share (0.1003)"), verdict=TP),
    Case("h174_hf_trainer_moons_adamw_lr1e20_nan", "Hugging Face Trainer names: moons (640 "
         "points, noise 0.2), AdamW (weight decay 0.05) at LR 1e20 (decaying linearly), 1012 "
         "units, batch 16, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adamw("moons", hidden=(1012,), lr=1e20, epochs=3,
                                      batch_size=16, n=640, noise=0.2), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_hf_trainer_wine_radam_lr1e10_stuck", "Hugging Face Trainer names: wine, RAdam "
         "at LR 1e-10 (decaying linearly), 1013 units, batch 9, 3 epochs, logging every 2 "
         "steps",
         script=hf_trainer_run(_radam("wine", hidden=(1013,), lr=1e-10, epochs=3,
                                      batch_size=9), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 1.041 at every evaluation; accuracy 0.4167, "
                      "0.028 above the majority share (0.3889)"), verdict=TP),
    Case("h174_keras_digits_sgdm_lr1e20_nan", "Keras names: digits, SGD with momentum 0.9 at "
         "LR 1e20, 1014 units, batch 26, 3 epochs",
         script=keras_run(_sgdm("digits", hidden=(1014,), lr=1e20, epochs=3, batch_size=26)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_keras_circles_subset8_adamw_gap", "Keras names: 8 rows of circles (650 points, "
         "noise 0.1), 1015 units, AdamW (weight decay 0.05) at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adamw("circles", hidden=(1015,), lr=3e-3, epochs=150, batch_size=2,
                                 n=650, noise=0.1, subset=8)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6231, training 1.0; the "
                      "healthy circles 0.9841 and up); the validation loss lowest at "
                      "epoch 4 of 150 (1.06), 2.8 times it at the end"), verdict=GP),
    Case("h174_tensorboard_iris_radam_lr1e20_nan", "TensorBoard tags: iris, RAdam at LR 1e20, "
         "1016 units, batch 8, 3 epochs",
         script=tensorboard_run(_radam("iris", hidden=(1016,), lr=1e20, epochs=3, batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=f"{BLOWUP}", verdict="failed"),
    Case("h174_tensorboard_digits_subset20_sgdm_gap", "TensorBoard tags: 20 rows of digits, "
         "1017 units, SGD with momentum 0.9 at LR 0.01, 150 epochs, batch 2",
         script=tensorboard_run(_sgdm("digits", hidden=(1017,), lr=0.01, epochs=150,
                                      batch_size=2, subset=20)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5515, training 1.0; "
                      "the healthy digits 0.9749); the validation loss lowest at epoch "
                      "1 of 150 (2.599), up to 3.218 between, and only 1.5% above it at "
                      "the end, so overfitting is not clear"), verdict=GP),
    Case("h174_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.2 (640 points), AdamW (weight decay 0.05) at LR 1e-4, 1018 units, batch 22, a "
         "corrupt record (x = 1e30) at step 12 makes the loss Inf",
         script=plain_run(_adamw("sine", hidden=(1018,), lr=1e-4, epochs=3, batch_size=22,
                                 n=640, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=12),
    Case("h174_plain_circles_sgdm_lr1e10_stuck", "hand-written loop: circles (630 points, "
         "noise 0.1), SGD with momentum 0.9 at LR 1e-10, 1019 units, batch 19, 4 epochs",
         script=plain_run(_sgdm("circles", hidden=(1019,), lr=1e-10, epochs=4, batch_size=19,
                                n=630, noise=0.1)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.725 at every epoch; accuracy 0.5 at its "
                      "initial weights, the majority share"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy174_tomme_relu_adam_b25",
       _tomme(model={"hidden": [41]},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 25})),
    _h("healthy174_tomme_tanh_adamw_b29",
       _tomme(model={"hidden": [37], "activation": "tanh"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 29})),
    _h("healthy174_tomme_elu_rmsprop_b32",
       _tomme(model={"hidden": [44], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 32})),
    _h("healthy174_tomme_leaky_adagrad_b27",
       _tomme(model={"hidden": [39], "activation": "leaky_relu"},
              optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy174_tomme_selu_momentum8_b23",
       _tomme(model={"hidden": [35], "activation": "selu"},
              optim={"name": "sgd", "lr": 0.01, **MOM8, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 23})),
    _h("healthy174_tomme_silu_adadelta_b34",
       _tomme(model={"hidden": [31], "activation": "silu"},
              optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 34})),
    _h("healthy174_tomme_sigmoid_rmsprop_momentum3_b31",
       _tomme(model={"hidden": [30], "activation": "sigmoid"},
              optim={"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 31})),
    _h("healthy174_tomme_relu_nesterov9_b36",
       _tomme(model={"hidden": [46]},
              optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 36})),
    _h("healthy174_fr907_tanh_adam_l1_b26",
       {"data": FR907, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 26}}),
    _h("healthy174_cl904_selu_adamw_b29",
       {"data": CL904, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy174_cl904_elu_adam_b31",
       {"data": CL904, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy174_cl904_relu_rmsprop_b26",
       {"data": CL904, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy174_cl904_silu_nesterov9_b33",
       {"data": CL904, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy174_cl904_tanh_adagrad_b24",
       {"data": CL904, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy174_cl904_leaky_momentum9_b38",
       {"data": CL904, "model": {"hidden": [57], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy174_tensorboard_wine_radam",
        tensorboard_run(_radam("wine", hidden=(1011,), lr=1e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy174_tensorboard_breast_cancer_adamw",
        tensorboard_run(_adamw("breast_cancer", hidden=(1014,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy174_tensorboard_circles_sgdm",
        tensorboard_run(_sgdm("circles", hidden=(1017,), lr=5e-3, epochs=14, batch_size=19,
                              n=630, noise=0.1)), "tensorboard"),
    _hs("healthy174_hf_trainer_digits_adamw",
        hf_trainer_run(_adamw("digits", hidden=(1010,), lr=1e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy174_hf_trainer_iris_radam",
        hf_trainer_run(_radam("iris", hidden=(1013,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy174_hf_trainer_moons_sgdm",
        hf_trainer_run(_sgdm("moons", hidden=(1016,), lr=5e-3, epochs=20, batch_size=21,
                             n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy174_keras_breast_cancer_radam",
        keras_run(_radam("breast_cancer", hidden=(1019,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy174_keras_moons_adamw",
        keras_run(_adamw("moons", hidden=(1012,), lr=1e-3, epochs=15, batch_size=19, n=670,
                         noise=0.2)), "keras"),
    _hs("healthy174_lightning_digits_sgdm",
        lightning_run(_sgdm("digits", hidden=(1015,), lr=0.01, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy174_lightning_wine_adamw",
        lightning_run(_adamw("wine", hidden=(1018,), lr=5e-4, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy174_plain_iris_sgdm",
        plain_run(_sgdm("iris", hidden=(1010,), lr=3e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy174_plain_circles_radam",
        plain_run(_radam("circles", hidden=(1014,), lr=2e-3, epochs=12, batch_size=18, n=660,
                         noise=0.1)), "pytorch"),
    _hs("healthy174_plain_breast_cancer_adamw",
        plain_run(_adamw("breast_cancer", hidden=(1017,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
