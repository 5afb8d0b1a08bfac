"""The hundred-and-seventy-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout172` (not looked at), after the measurement of
:mod:`.heldout168` and :mod:`.heldout169`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a theremin (a small box in the bottom right of a 6x6 cell, a straight upright
antenna rising from its right end and a horizontal loop antenna, a ring with a hole, sticking out
of its left side, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and
2% random labels (seed 1730); 5-class Gaussian quantiles in 891 dimensions (3050 samples); an
894-feature 5-class set (2150 samples, 30 informative, 12 redundant, class separation 5.0); an
897-feature Friedman-1 regression (1710 samples, noise 0.8); an idiazabal maker's batch stage CSV
(curdling, pressing, smoking, ageing: 4 classes from 7 readings, ``idiazabal_batch_stage_h173``,
seed 1731) and a glass-bottom boat firm's passengers a day regression CSV (in the hundreds,
``daily_glassboat_passengers_h173``, seed 1732); the sklearn sets use random states 1733 to 1735.
Script cases use plain Adamax, NAdam with weight decay 1e-2 and Adam with betas (0.9, 0.95)
(settings no script of :mod:`.heldout170` or :mod:`.heldout171` uses) on wine, iris, breast cancer,
digits, moons, circles and the sine; every script case holds a hidden width of 1000 to 1009. Runner
optimisers: Adam (with an L1 penalty on the Friedman regression), AdamW, plain RMSprop, RMSprop
with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.8 or 0.9, SGD with Nesterov momentum 0.9.
Each fault pairs its mechanism with another optimiser, activation, model or data set than
:mod:`.heldout135` did (every data set here is new): divergence under SGD with momentum 0.9 in a
SiLU net on the unscaled glass-bottom boat passengers and under AdamW at LR 60 in an ELU net on the
quantiles, exploding gradients in a 9-layer ReLU net with N(0, 1) init under AdamW at LR 1e-9 on
the 894-feature set, units killed by Adagrad at LR 3 in the theremin CNN, a high update ratio from
Adam at LR 1 in a leaky-ReLU net on the idiazabal CSV, tiny learning rates under Adadelta (ELU,
Friedman) and SGD with momentum 0.9 (tanh, idiazabal CSV), vanishing gradients under Adam in a
22-layer sigmoid net on the 894-feature set, saturated tanh units with N(0, 7) init under plain
RMSprop on the quantiles, the theremin CNN with N(0, 0.04) init under SGD with Nesterov momentum
0.9 (a slow start), the unshuffled 894-feature set under RMSprop with momentum 0.3 (SiLU), square
error under Adam (SELU), batch 1 under Adam (ELU), 42 rows of the 894-feature set under Adam (leaky
ReLU), 31 rows of the Friedman regression under plain RMSprop (SELU), 1 SELU unit under Adam; the
scripts: Lightning's NaN on iris (Adamax) and stuck digits (NAdam), Trainer's NaN on wine (betas)
and stuck moons (Adamax), Keras' NaN on circles (NAdam) and 8 rows of moons (Adamax, overfit, a
gap), TensorBoard's NaN on breast cancer (Adamax) and 20 rows of digits (betas, overfit, a gap),
the loop's corrupt record on the sine (NAdam) and stuck iris (betas).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the same numbers); the numbers below are from that
store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2 on the 894-feature set and on the quantiles, 0.2535
on the idiazabal CSV, 0.2667 on the theremin images; on the scripts' validation splits 1/3 (iris),
0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles). Baselines
(validation): accuracy 1.0 (idiazabal CSV), 0.9791 (894-feature set), 0.9833 (theremin images),
0.2213 (quantiles); R2 -0.9747 (Friedman), 0.9605 (glass-bottom boat CSV).

Measured healthy ranges (runner): update ratio quarter means 1.75e-5 (the SELU MLP with momentum
0.8 on the idiazabal CSV) to 0.0561 (the tanh MLP on the Friedman regression), single steps at most
0.520 (the tanh MLP with Adagrad on the 894-feature set); the ``update_ratio_high`` run reaches
quarter means of 0.167 with single steps up to 10.1; the ``update_ratio_low`` runs log quarter
means of at most 4.8e-13 and 6.6e-11. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU
and SiLU run (the Adagrad-killed CNN's convolutions 0.22 and 0.25 and dense units 0.54, the slow
start's second convolution and dense units up to 0.25, the quantile divergence's second layer
0.947, the exploding run's deep layers up to 0.11, the update-ratio run's 0.057, the 31-row
Friedman regression's second layer 0.012); saturated fraction at most 0.055 (the tanh MLP with
Adagrad on the 894-feature set); the saturated run's 0.992 and 0.953. Gradient norms at least
0.0069 (the SELU MLP with momentum 0.8 on the idiazabal CSV) and at most 330 (the Friedman
regression; at most 3.4 on the 894-feature set), first norms at least 0.134 (the sigmoid MLP with
RMSprop with momentum on the idiazabal CSV); the vanishing run's down to 7.0e-20, the exploding
run's 3.8e5 to 3.0e6, the slow start's first 3.9e-3. The step loss's position in the epoch explains
at most 25% of the within-epoch variance over the second half in the healthy runner runs (the SiLU
MLP with Adadelta on the idiazabal CSV) and 21% in the healthy Lightning runs (circles); the
unshuffled run 98.9%. The standard deviation of the step loss's step-to-step change over the second
half is at most 0.80 times its mean in the healthy runner runs (the leaky-ReLU MLP with momentum
0.9 on the 894-feature set) and 0.99 in the healthy Lightning runs (digits); the batch-1 run's is
8.4. Healthy scores: accuracy 1.0 on the idiazabal CSV (every split, every run), 0.9442-0.9744 on
the 894-feature set (test 0.9395-0.986; training 0.9992-1.0; the baseline 0.9791), R2 0.6774 on the
Friedman regression (test 0.6707, training 0.8375); scripts (validation): wine 1.0 and 1.0, breast
cancer 0.9649, 0.9561 and 0.9474, circles 1.0, 1.0 and 0.9923, digits 0.9721 and 0.9805, iris
0.9667 and 0.9667, moons 0.9697. Every healthy run's validation loss is lowest at its end but the
loop's iris (epoch 19 of 20, 0.43% above it) and breast cancer (epoch 11 of 12, 0.16% above it).

Changes after the first run: TensorBoard's circles (betas at LR 2e-3, 15 epochs) ended 40% above
its epoch-14 validation loss, so LR 1e-3 and 12 epochs; Trainer's digits (NAdam at LR 2e-3) ended
5.3% above its epoch-7 minimum, so LR 1e-3; Keras' breast cancer (NAdam at LR 1e-3) 3.0% above its
epoch-11 minimum, so LR 5e-4; Keras' wine (betas at LR 1e-3, 15 epochs) 35% above its epoch-12
minimum, so LR 5e-4 and 12 epochs; the loop's iris (betas at LR 2e-3) 24% above its epoch-16
minimum, so LR 1e-3 (0.43% above at the end); Lightning's moons (NAdam at LR 1e-3) reached 0.903
only (LR 3e-3: 0.903, 4.9% above its epoch-7 minimum), so it became Lightning's circles (LR 2e-3,
12 epochs: 3.4% above its epoch-6 minimum; LR 1e-3 and 10 epochs: 1.0, lowest at the end, kept).
The update-ratio run under Adam at LR 0.3 reached quarter means of 0.068 only (the healthy extreme
0.056), so LR 1 (0.167); the theremin CNN under Adagrad at LR 1 ended at accuracy 0.3167 (0.05
above the majority share) with 89% of the test predictions in one class, so LR 3 (kept). Labels
from the metrics: the CNN at LR 3 ends with its epoch loss at 6.06, 4.4 times its first step
(1.39), so ``divergence`` is expected there and the verdict is failed, its 78% of test predictions
in one class only allowed; the test predictions fall in one class in the quantile divergence
(99.7%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there, allowed in
the exploding run (83%) and the unshuffled run (66.5%), and neither in the stuck idiazabal run
(53%), the one-unit run (44%) or the saturated run (25%); Lightning's NaN iris (0.3333), Keras' NaN
circles (0.5), Lightning's stuck digits (0.117 against 0.1003) and the loop's stuck iris (0.3)
score within 0.05 of their chance level (``at_chance`` expected), Trainer's NaN wine (0.3333
against 0.3889), TensorBoard's NaN breast cancer (0.3684 against 0.6316), Trainer's stuck moons
(0.2619) and the stuck idiazabal run (0.1373 against 0.2535) more than 0.05 below it (allowed); the
vanishing run's epoch loss falls 0.4% (1.616 to 1.610, ln 5 is 1.609), so ``not_training`` is
expected; the unshuffled run's loss still falls with the validation loss lowest at the end
(``not_converged`` expected); the batch-1 run's epoch loss falls from 0.644 to 0.063 with the
validation loss improving to the end, so ``not_converged`` is expected beside ``noisy_loss``; the
42-row set's validation loss is lowest at its end (epoch 150), so ``overfitting`` is allowed there
and ``generalisation_gap`` expected; the 31-row Friedman regression ends 1.2% above its epoch-77
validation loss (``overfitting`` allowed); the slow start sat at ln 4 for 3 epochs of 20 and then
fell to 0.025, so ``slow_start`` is expected.

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

# a theremin in a 6x6 cell: a box (the bottom-right 3x3 corner), a straight upright antenna
# rising from its right end (the right column's top three rows) and a horizontal loop antenna
# (a ring of three by three with a hole) sticking out of its left side; turned by 90 degrees
# for the others
_THEREMIN_UP = np.array([[0, 0, 0, 0, 0, 1],
                         [0, 0, 0, 0, 0, 1],
                         [1, 1, 1, 0, 0, 1],
                         [1, 0, 1, 1, 1, 1],
                         [1, 1, 1, 1, 1, 1],
                         [0, 0, 0, 1, 1, 1]], dtype=float)
_THEREMINS = turned(_THEREMIN_UP)


def theremins(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 theremin glyph at a random place (4 classes: the theremin turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_THEREMINS, n, size, noise, flip, seed)


def _idiazabal_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An idiazabal maker's batch stage (0 curdling, 1 pressing, 2 smoking, 3 ageing) from 7
    readings."""
    n = 1420
    cls = rng.integers(0, 4, n)
    curd_c = np.array([32.0, 24.0, 18.0, 11.0])[cls] + rng.normal(0, 1.8, n)
    curd_ph = np.array([6.4, 5.6, 5.3, 5.1])[cls] + rng.normal(0, 0.08, n)
    press_bar = np.array([0.0, 3.5, 0.2, 0.0])[cls] + rng.normal(0, 0.3, n)
    smoke_ppm = np.array([0.0, 0.0, 45.0, 6.0])[cls] + rng.normal(0, 3.0, n)
    days = np.array([0.2, 1.0, 12.0, 90.0])[cls] + rng.normal(0, 2.0, n)
    cellar_c = rng.uniform(8.0, 16.0, n)
    shepherds = rng.integers(1, 5, n).astype(float)
    return (["curd_c", "curd_ph", "press_bar", "smoke_ppm", "days", "cellar_c", "shepherds",
             "stage"],
            np.column_stack([curd_c, curd_ph, press_bar, smoke_ppm, days, cellar_c, shepherds,
                             cls]))


def _glassboat_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A glass-bottom boat firm's passengers a day from 7 readings."""
    n = 1160
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0.0, 12.0, n)
    wave_m = rng.uniform(0.0, 2.5, n)
    visibility_m = rng.uniform(2.0, 25.0, n)
    boats = rng.integers(2, 9, n).astype(float)
    cruise_ships = rng.integers(0, 3, n).astype(float)
    water_c = rng.uniform(14.0, 29.0, n)
    passengers = (90 + 14.0 * sun_h - 60.0 * wave_m + 6.0 * visibility_m + 25.0 * boats
                  + 80.0 * cruise_ships + 4.0 * water_c + 45.0 * (weekday >= 5)
                  + rng.normal(0, 18.0, n))
    return (["weekday", "sun_h", "wave_m", "visibility_m", "boats", "cruise_ships", "water_c",
             "passengers"],
            np.column_stack([weekday, sun_h, wave_m, visibility_m, boats, cruise_ships, water_c,
                             passengers]))


def _idiazabal(**sections: Any) -> Any:
    return _csv("idiazabal_batch_stage_h173", _idiazabal_csv, "stage", "classification", 1731,
                **sections)


def _glassboat(**sections: Any) -> Any:
    return _csv("daily_glassboat_passengers_h173", _glassboat_csv, "passengers", "regression",
                1732, **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _nwd(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with weight decay 1e-2."""
    return _s(data, optim="nadam", optim_args={"weight_decay": 1e-2}, **kw)


def _b95(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.9, 0.95)."""
    return _s(data, optim="adam", optim_args={"betas": (0.9, 0.95)}, **kw)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout173"
TH4 = _factory(f"{HERE}:theremins", seed=1730)
GQ5891 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3050, n_features=891,
                  n_classes=5, random_state=1733)
CL894 = _factory("sklearn.datasets:make_classification", n_samples=2150, n_features=894,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=5.0,
                 random_state=1734)
FR897 = _factory("sklearn.datasets:make_friedman1", n_samples=1710, n_features=897, noise=0.8,
                 random_state=1735)
TCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h173_divergence_glassboat_momentum9_silu", "the glass-bottom boat passengers CSV "
         "(targets unscaled, in the hundreds), 27-unit SiLU MLP, SGD with momentum 0.9 at LR "
         "0.01, batch 23",
         _glassboat(model={"hidden": [27], "activation": "silu"},
                    optim={"name": "sgd", "lr": 0.01, **MOM9},
                    train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.7e5 at the first step and Inf by the "
                      "sixth step, where the run stops"), verdict="failed"),
    Case("h173_divergence_gq5891_adamw_lr60_elu", "47x19 ELU MLP on the 5-class quantiles in "
         "891 dimensions, AdamW at LR 60, batch 37",
         {"data": GQ5891, "model": {"hidden": [47, 19], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 60.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.63 at first, up to 8.2e8 and 24.2 at the end "
                      "(epoch losses 3.0e7, 8.9e5 and 25.7); 94.7% of the second layer's ELU "
                      "units logged dead; accuracy 0.2 (test 0.2) at the majority share (0.2), "
                      "99.7% of the test predictions in one class"), verdict="failed"),
    Case("h173_exploding_cl894_9x27_relu_std1_adamw", "9x27 ReLU MLP with N(0, 1) init on the "
         "894-feature set, AdamW at LR 1e-9, batch 39",
         {"data": CL894, "model": {"hidden": [27] * 9, "activation": "relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.72e6 at every epoch; every gradient norm 3.8e5 to 3.0e6 "
                      "(healthy at most 330); quarter-mean update ratios 2.5e-11 to 1.9e-10, a "
                      "side effect of the LR; up to 11% of a deep layer's units logged dead; the "
                      "step loss's position explains 29% of its within-epoch variance; accuracy "
                      "0.2186 (test 0.2023) near the majority share (0.2); 83% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h173_dead_relu_theremin_cnn_adagrad_lr3", "the theremin CNN (9, 12 channels, 24 "
         "hidden), Adagrad at LR 3, batch 27",
         {"data": TH4, "model": TCNN,
          "optim": {"name": "adagrad", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "divergence"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "predictions_collapsed"),
         why_allowed=("the step loss jumps from 1.39 to 6.9e5 in epoch 1 and the epoch loss ends "
                      "at 6.06 (27600, 9.04, 6.06; the validation loss 8.63), far above its first "
                      "step; 22% of the first and 25% of the second convolution's channels and "
                      "54% of the dense units logged dead (healthy ReLU runs 0); gradient norms "
                      "up to 7e4 and quarter-mean update ratios up to 1.85, single steps up to "
                      "46; the step loss swings 1.22 times its mean; accuracy 0.2633 at the "
                      "majority share (0.2667), 78% of the test predictions in one class"),
         verdict="failed"),
    Case("h173_update_ratio_high_idiazabal_adam_leaky", "Adam at LR 1 on the idiazabal batch "
         "CSV, 35 leaky-ReLU units, batch 22, 8 epochs",
         _idiazabal(model={"hidden": [35], "activation": "leaky_relu"},
                    optim={"name": "adam", "lr": 1.0},
                    train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.167, "
                      "single steps up to 10.1; the healthy runs at most 0.056 and 0.52) yet "
                      "accuracy 1.0; the step loss jumps to 23 in epoch 1 and is 0 from epoch 2 "
                      "on, so later gradients and update ratios are 0; 5.7% of the leaky-ReLU "
                      "units logged dead"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h173_adadelta_lr1e10_fr897_elu", "the 897-feature Friedman regression, 41x17 ELU "
         "MLP, Adadelta at LR 1e-10, batch 32, 4 epochs",
         {"data": FR897, "model": {"hidden": [41, 17], "activation": "elu"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.02 (test -9.06), far below the baseline and the healthy run "
                      "(0.6774); the epoch loss 238.2 at every epoch; quarter-mean update ratios "
                      "at most 4.8e-13 (healthy at least 1.8e-5); the step loss's position in the "
                      "epoch explains 68% of its within-epoch variance, the same batches meeting "
                      "the same weights"), verdict=TP),
    Case("h173_momentum9_lr1e10_idiazabal_tanh", "the idiazabal batch CSV, 32x15 tanh MLP, "
         "SGD with momentum 0.9 at LR 1e-10, batch 25, 4 epochs",
         _idiazabal(model={"hidden": [32, 15], "activation": "tanh"},
                    optim={"name": "sgd", "lr": 1e-10, **MOM9},
                    train={"epochs": 4, "batch_size": 25}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.395 at every epoch; quarter-mean update ratios at most "
                      "6.6e-11 (healthy at least 1.8e-5); the step loss's position explains 36% "
                      "of its within-epoch variance; accuracy 0.1373, far below the majority "
                      "share (0.2535); 53% of the test predictions in one class"), verdict=TP),
    Case("h173_vanishing_sigmoid_cl894_22x12_adam", "22x12 sigmoid MLP on the 894-feature set, "
         "Adam at LR 1e-3, batch 41, 4 epochs",
         {"data": CL894, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 7e-20 to 3e-19 (healthy at least 0.0069), "
                      "growing towards the output; Adam still moves the last layers (quarter "
                      "means up to 0.0029), so the epoch loss goes from 1.616 to 1.610 (ln 5 is "
                      "1.609) and no further; the step loss's position explains 45% of its "
                      "within-epoch variance; accuracy 0.2 at the majority share (0.2), every "
                      "test prediction in one class"), verdict=TP),
    Case("h173_saturated_tanh_gq5891_std7_rmsprop", "2x33 tanh MLP with N(0, 7) init on the "
         "quantiles, plain RMSprop at LR 1e-9, batch 35",
         {"data": GQ5891, "model": {"hidden": [33, 33], "activation": "tanh",
                                    "init": "normal", "init_std": 7.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.2% and 95.3% of the tanh units saturated (healthy at most 5.5%); update "
                      "ratios of at most 3.1e-10, a side effect of the LR; the huge weights give "
                      "gradient norms up to 162 (healthy on the 894-feature set at most 3.4, on "
                      "the Friedman regression 330); the epoch loss 50.15 at every epoch, far "
                      "above ln 5; the step loss's position explains 55% of its within-epoch "
                      "variance; accuracy 0.2016 near the majority share (0.2); the test "
                      "predictions spread (25% in one class)"), verdict=TP),
    Case("h173_slow_start_theremin_cnn_nesterov9_std004", "the theremin CNN with N(0, 0.04) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": TH4, "model": {**TCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.388 to 1.390) for the first 3 epochs of 20 "
                      "and 1.333 in the fourth, then falls to 0.0251; the first gradient norms "
                      "from 3.9e-3 (healthy first norms at least 0.13); up to 25% of the second "
                      "convolution's channels and dense units logged dead (healthy 0); the "
                      "validation loss, lowest at epoch 7 (0.2078), ends 8.6% above it, flat "
                      "about 0.22 since with the accuracy at 0.9767 (test 0.9733, baseline "
                      "0.9833), so overfitting is not clear"), verdict=TP),
    Case("h173_unshuffled_cl894_rmsprop_momentum3_silu", "the 894-feature set sorted by label, "
         "never shuffled, 44x21 SiLU MLP, RMSprop with momentum 0.3 at LR 5e-5, batch 33, 8 "
         "epochs",
         {"data": {**CL894, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 5e-5, **RMOM3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 98.9% of its within-epoch "
                      "variance (healthy runner runs at most 25%); accuracy 0.4023 (test 0.3977, "
                      "training 0.5116), far below the healthy runs (0.9442 and up), with the "
                      "epoch loss still falling (1.468 to 1.443 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting; 66.5% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h173_mse_softmax_idiazabal_adam_selu", "the idiazabal batch CSV trained with square "
         "error on the softmax, Adam at LR 2e-3, 29x13 SELU MLP, batch 25, 10 epochs",
         _idiazabal(model={"hidden": [29, 13], "activation": "selu"},
                    optim={"name": "adam", "lr": 2e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "1.6e-4 at the end, gradients down to 3.1e-4; the step loss's position "
                      "explains 31% of its within-epoch variance (healthy up to 25%); the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h173_noisy_cl894_b1_adam_elu", "the 894-feature set one row at a time (batch 1), "
         "Adam at LR 5e-4, 23-unit ELU MLP, 2 epochs",
         {"data": CL894, "model": {"hidden": [23], "activation": "elu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 8.4 times its mean (healthy runner runs at most 0.80, "
                      "healthy Lightning runs at most 0.99), up to 9.3 from near 0; single-row "
                      "gradients up to 37 (healthy on this set at most 3.4); accuracy 0.9674 "
                      "(test 0.9791, training 1.0), like the healthy runs; over 2 epochs the step "
                      "loss's position explains 100% of its within-epoch variance (two values a "
                      "position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h173_overfit_cl894_subset42_adam_leaky", "42 rows of the 894-feature set, leaky-ReLU "
         "MLP of 171 and 87 units, Adam at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL894, "subset": 42},
          "model": {"hidden": [171, 87], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu", "overfitting"),
         why_allowed=("42 rows teach less than every row: accuracy 0.5814 (test 0.5814, training "
                      "1.0; the healthy runs 0.9442 and up); the epoch loss at 2.2e-5 can fall no "
                      "further that matters, while the validation loss is lowest at the end "
                      "(1.096, from 1.565), so overfitting is not clear"), verdict=GP),
    Case("h173_gap_fr897_subset31_rmsprop_selu", "31 rows of the 897-feature Friedman "
         "regression, SELU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR897, "subset": 31},
          "model": {"hidden": [163, 83], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("31 rows teach less (R2 -5.08, test -5.70, training 0.9666; the healthy run "
                      "0.6774); the validation loss, lowest at epoch 77 of 80 (154.8), ends 1.2% "
                      "above it, so overfitting is not clear; the step loss swings 1.48 times its "
                      "mean and gradients reach 721 (healthy at most 330); 1.2% of the second "
                      "layer's SELU units logged dead"), verdict=GP),
    Case("h173_underfit_cl894_one_selu_unit_adam", "the 894-feature set through 1 SELU unit, "
         "Adam at LR 0.01, batch 36, 15 epochs",
         {"data": CL894, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SELU unit cannot hold the classes: training accuracy 0.7403 (the "
                      "healthy runs 0.9992 and up), accuracy 0.5116 (test 0.5349); the epoch loss "
                      "falls 3% in the last epoch (0.6131 to 0.5943) while the validation loss, "
                      "lowest at epoch 5, ends 6.5% above it; single update ratios up to 0.51 "
                      "(healthy 0.52); 44% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h173_lightning_iris_adamax_lr1e20_nan", "Lightning: iris, Adamax at LR 1e20, 1000 "
         "units, batch 9, 3 epochs",
         script=lightning_run(_adamax("iris", hidden=(1000,), lr=1e20, epochs=3,
                                      batch_size=9)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on three "
                      "balanced classes"), verdict="failed"),
    Case("h173_lightning_digits_nwd_lr1e10_stuck", "Lightning: digits, NAdam (weight decay "
         "1e-2) at LR 1e-10, 1001 units, batch 23, 3 epochs",
         script=lightning_run(_nwd("digits", hidden=(1001,), lr=1e-10, epochs=3,
                                   batch_size=23)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.311 at every epoch; accuracy 0.117 (training 0.1262) at "
                      "its initial weights, within 0.05 of the majority share (0.1003); the step "
                      "loss's position explains 52% of its within-epoch variance"), verdict=TP),
    Case("h173_hf_trainer_wine_b95_lr1e20_nan", "Hugging Face Trainer names: wine, Adam with "
         "betas (0.9, 0.95) at LR 1e20 (decaying linearly), 1002 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_b95("wine", hidden=(1002,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the majority "
                      "share (0.3889)"), verdict="failed"),
    Case("h173_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), Adamax at LR 1e-10 (decaying linearly), 1003 units, batch 19, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("moons", hidden=(1003,), lr=1e-10, epochs=3,
                                       batch_size=19, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.8589 at every evaluation; accuracy 0.2619 at its "
                      "initial weights, far below the majority share (0.5)"), verdict=TP),
    Case("h173_keras_circles_nwd_lr1e20_nan", "Keras names: circles (640 points, noise 0.1), "
         "NAdam (weight decay 1e-2) at LR 1e20, 1004 units, batch 18, 3 epochs",
         script=keras_run(_nwd("circles", hidden=(1004,), lr=1e20, epochs=3, batch_size=18,
                               n=640, noise=0.1)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h173_keras_moons_subset8_adamax_gap", "Keras names: 8 rows of moons (660 points, "
         "noise 0.3), 1005 units, Adamax at LR 5e-3, 150 epochs, batch 2",
         script=keras_run(_adamax("moons", hidden=(1005,), lr=5e-3, epochs=150, batch_size=2,
                                  n=660, noise=0.3, subset=8)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7576, training 1.0); the "
                      "validation loss lowest at epoch 8 of 150 (0.478), four times it at the end "
                      "(1.909)"), verdict=GP),
    Case("h173_tensorboard_breast_cancer_adamax_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "Adamax at LR 1e20, 1006 units, batch 19, 3 epochs",
         script=tensorboard_run(_adamax("breast_cancer", hidden=(1006,), lr=1e20, epochs=3,
                                        batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h173_tensorboard_digits_subset20_b95_gap", "TensorBoard tags: 20 rows of digits, 1007 "
         "units, Adam with betas (0.9, 0.95) at LR 2e-3, 120 epochs, batch 2",
         script=tensorboard_run(_b95("digits", hidden=(1007,), lr=2e-3, epochs=120,
                                     batch_size=2, subset=20)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5822, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 9 of 120 "
                      "(2.358), 17.6% above it at the end while the training loss falls to 0"),
         verdict=GP),
    Case("h173_plain_corrupt_record_sine_nwd", "hand-written loop: sine regression with noise "
         "0.2 (640 points), NAdam (weight decay 1e-2) at LR 1e-4, 1008 units, batch 20, a "
         "corrupt record (x = 1e30) at step 16 makes the loss Inf",
         script=plain_run(_nwd("sine", hidden=(1008,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=16),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step (1.05)"),
         verdict="failed", expect_step=16),
    Case("h173_plain_iris_b95_lr1e10_stuck", "hand-written loop: iris, Adam with betas (0.9, "
         "0.95) at LR 1e-10, 1009 units, batch 8, 4 epochs",
         script=plain_run(_b95("iris", hidden=(1009,), lr=1e-10, epochs=4, batch_size=8)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.113 at every epoch; accuracy 0.3 within 0.05 of 1/3"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy173_idiazabal_relu_adam_b23",
       _idiazabal(model={"hidden": [41]},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy173_idiazabal_tanh_adamw_b29",
       _idiazabal(model={"hidden": [37], "activation": "tanh"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy173_idiazabal_elu_rmsprop_b32",
       _idiazabal(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy173_idiazabal_leaky_adagrad_b27",
       _idiazabal(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy173_idiazabal_selu_momentum8_b21",
       _idiazabal(model={"hidden": [33], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.02, **MOM8, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 21})),
    _h("healthy173_idiazabal_silu_adadelta_b34",
       _idiazabal(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy173_idiazabal_sigmoid_rmsprop_momentum3_b31",
       _idiazabal(model={"hidden": [28], "activation": "sigmoid"},
                  optim={"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 31})),
    _h("healthy173_idiazabal_relu_nesterov9_b36",
       _idiazabal(model={"hidden": [46]},
                  optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy173_fr897_tanh_adam_l1_b26",
       {"data": FR897, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy173_cl894_selu_adamw_b29",
       {"data": CL894, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy173_cl894_elu_adam_b31",
       {"data": CL894, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy173_cl894_relu_rmsprop_b26",
       {"data": CL894, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy173_cl894_silu_nesterov9_b35",
       {"data": CL894, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy173_cl894_tanh_adagrad_b24",
       {"data": CL894, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy173_cl894_leaky_momentum9_b38",
       {"data": CL894, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy173_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(1001,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy173_tensorboard_iris_nwd",
        tensorboard_run(_nwd("iris", hidden=(1004,), lr=2e-3, epochs=20, batch_size=10)),
        "tensorboard"),
    _hs("healthy173_tensorboard_circles_b95",
        tensorboard_run(_b95("circles", hidden=(1007,), lr=1e-3, epochs=12, batch_size=19,
                             n=640, noise=0.1)), "tensorboard"),
    _hs("healthy173_hf_trainer_digits_nwd",
        hf_trainer_run(_nwd("digits", hidden=(1000,), lr=1e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy173_hf_trainer_breast_cancer_adamax",
        hf_trainer_run(_adamax("breast_cancer", hidden=(1003,), lr=2e-3, epochs=12,
                               batch_size=20), logging_steps=2), "transformers"),
    _hs("healthy173_hf_trainer_moons_b95",
        hf_trainer_run(_b95("moons", hidden=(1006,), lr=1e-3, epochs=20, batch_size=21,
                            n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy173_keras_breast_cancer_nwd",
        keras_run(_nwd("breast_cancer", hidden=(1009,), lr=5e-4, epochs=12, batch_size=21)),
        "keras"),
    _hs("healthy173_keras_wine_b95",
        keras_run(_b95("wine", hidden=(1002,), lr=5e-4, epochs=12, batch_size=10)), "keras"),
    _hs("healthy173_lightning_digits_adamax",
        lightning_run(_adamax("digits", hidden=(1005,), lr=2e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy173_lightning_circles_nwd",
        lightning_run(_nwd("circles", hidden=(1008,), lr=1e-3, epochs=10, batch_size=17, n=670,
                           noise=0.1)), "lightning"),
    _hs("healthy173_plain_circles_adamax",
        plain_run(_adamax("circles", hidden=(1000,), lr=3e-3, epochs=12, batch_size=18, n=650,
                          noise=0.1)), "pytorch"),
    _hs("healthy173_plain_iris_b95",
        plain_run(_b95("iris", hidden=(1004,), lr=1e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy173_plain_breast_cancer_nwd",
        plain_run(_nwd("breast_cancer", hidden=(1006,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
