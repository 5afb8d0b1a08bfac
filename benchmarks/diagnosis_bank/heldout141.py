"""The hundred-and-forty-first held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout140` (not looked at), after the measurement of
:mod:`.heldout138` and :mod:`.heldout139`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a unicycle (a saddle over the middle three columns of the top row, a one-pixel
post, a wheel (a ring with its hub open) in the bottom three rows, in a 5x5 cell, turned by 0, 90,
180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed 1410);
5-class Gaussian quantiles in 531 dimensions (3100 samples); a 534-feature 5-class set (2180
samples, 30 informative, 12 redundant, class separation 4.0); a 537-feature Friedman-1 regression
(1740 samples, noise 0.8); a gelato maker's batch stage CSV (mixing, pasteurising, ageing,
churning: 4 classes from 7 readings, ``gelato_batch_stage_h141``, seed 1411) and a snowmobile-tour
firm's riders a day regression CSV (in the hundreds, ``snowmobile_daily_riders_h141``, seed
1412); the sklearn sets use random states 1413 to 1415. The glyph's name, the two CSV themes, the
feature counts and the scripts' hidden widths were checked against the bank's parts as unused.
Script cases use NAdam with betas (0.85, 0.995), centered RMSprop with momentum 0.8 and plain SGD
with weight decay 1e-3 on wine, iris, breast cancer, digits, moons, circles and the sine; every
script case holds a hidden width of 680 to 689. Runner optimisers: Adam, AdamW (with an L1
penalty on the Friedman regression), plain RMSprop, RMSprop with momentum 0.5, Adagrad, Adadelta,
SGD with momentum 0.5, 0.7 or 0.9, SGD with Nesterov momentum 0.8 or 0.9. Each fault pairs its
mechanism with another optimiser, activation, model or data set than :mod:`.heldout135` did
(every data set here is new): divergence under SGD with momentum 0.5 in an ELU net on the
unscaled snowmobile riders and under AdamW at LR 60 in a SiLU net on the quantiles, exploding
gradients in a 9-layer SiLU net with N(0, 1) init under Adagrad at LR 1e-9 on the quantiles,
units killed by plain RMSprop at LR 0.1 in the unicycle CNN, a high update ratio from plain
RMSprop at LR 0.5 in a sigmoid net on the gelato CSV, tiny learning rates under Adam (tanh,
Friedman) and Adadelta (ELU, gelato CSV), vanishing gradients under AdamW in a 24-layer sigmoid
net on the 534-feature set, saturated tanh units with N(0, 6) init under SGD with momentum 0.7,
the unicycle CNN with N(0, 0.04) init under SGD with Nesterov momentum 0.9 (a slow start), the
unshuffled 534-feature set under plain RMSprop (SiLU), square error under RMSprop with momentum
0.5 (ELU), batch 1 under Adam (leaky ReLU), 40 rows of the 534-feature set under Adam (ELU), 30
rows of the Friedman regression under AdamW (ReLU), 1 tanh unit under SGD with momentum 0.9; the
scripts: Lightning's NaN on breast cancer (SGD) and stuck circles (NAdam), Trainer's NaN on
digits (NAdam) and stuck moons (RMSprop), Keras' NaN on iris (RMSprop) and 25 rows of digits
(SGD, a gap), TensorBoard's NaN on wine (SGD) and 8 rows of circles (NAdam, overfit, a gap), the
loop's corrupt record on the sine (RMSprop) and stuck digits (SGD).

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
expected). Majority shares (the test confusion matrices' rows): 0.2018 on the 534-feature set,
0.2 on the quantiles, 0.2603 on the gelato CSV, 0.27 on the unicycle images; on the scripts'
validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons,
circles). Baselines (validation): accuracy 1.0 (gelato CSV), 0.9197 (534-feature set), 0.9167
(unicycle images), 0.2258 (quantiles); R2 0.5445 (Friedman), 0.9551 (snowmobile CSV).

Measured healthy ranges (runner): update ratio quarter means 2.2e-5 to 0.0304 (both the tanh MLP
on the Friedman regression), single steps at most 0.201 (the SELU MLP with Adagrad on the gelato
CSV); the ``update_ratio_high`` run reaches quarter means of 0.74 with single steps up to 49; the
``update_ratio_low`` runs log quarter means of at most 2.8e-10 and 0. Dead fraction 0 in every
healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed CNN's second convolution 0.75
and dense units 0.67, the slow start's dense units up to 0.21, the quantile divergence's second
layer 1.0, the exploding run's deep layers up to 0.11, the 30-row Friedman regression's second
layer 0.425, the Adadelta run's second layer 0.067); saturated fraction at most 0.0076 (the tanh
MLP with Adam on the 534-feature set); the saturated run's 0.988 and 0.946, the update-ratio
run's 0.93, the one-unit run's 0.64. Gradient norms at least 0.0073 (the SELU MLP with Adagrad on
the gelato CSV) and at most 541 (the Friedman regression; at most 5.2 on the 534-feature set),
first norms at least 0.127 (the sigmoid MLP with Adam on the gelato CSV); the vanishing run's
down to 5.6e-22, the exploding run's 4.3e5 to 2.8e6, the slow start's first 2.8e-3. The step
loss's position in the epoch explains at most 25% of the within-epoch variance over the second
half in the healthy runner runs (the ReLU MLP with Adadelta on the gelato CSV) and 25% in the
healthy scripts (Trainer's moons); the unshuffled run 99.98%. The standard deviation of the step
loss's step-to-step change over the second half is at most 0.55 times its mean in the healthy
runner runs (the SELU MLP with momentum 0.9 on the 534-feature set) and 1.48 in the healthy
scripts (the loop's iris); the batch-1 run's is 3.69. Healthy scores: accuracy 1.0 on the gelato
CSV (every split, every run), 0.9014-0.9381 on the 534-feature set (test 0.8945-0.9427; training
0.9893-1.0), R2 0.7049 on the Friedman regression (test 0.7301, training 0.834); scripts
(validation): wine 1.0 and 1.0, breast cancer 0.9561, 0.9561 and 0.9561, circles 1.0 and 1.0,
digits 0.9694 and 0.9833, iris 0.9667 and 0.9667, moons 0.9394 and 0.9559. Every healthy run's
validation loss is lowest at its end but Trainer's iris (epoch 19 of 20, 0.3% above it).

Changes after the first run: on the 534-feature set with class separation 3.4 the healthy runs
reached 0.8716 to 0.8945 (training 0.9992 to 1.0, the baseline 0.8876) and the SELU (momentum
0.9) and ELU (Adagrad) MLPs' validation loss ended 9.8% and 3.1% above its epoch-3 and epoch-4
minima, so the set took class separation 4.0; there the SELU and ELU MLPs still ended 6.2% and
1.2% above their minima and the tanh (Adam) and SiLU (AdamW) MLPs 0.2% above their epoch-10
minima, so they took LR 3e-3 (from 0.01), 3e-3 (from 0.01), 5e-4 and 5e-4 (from 1e-3), each then
lowest at its end; every case on the set was trained again and labelled from that run. The
healthy Friedman run (an ELU MLP under AdamW with weight decay 0.05, 10 epochs) reached R2 -0.034
against a baseline of 0.5445; at 25 epochs 0.304 with the validation loss 0.9% above its
epoch-13 minimum, with an L1 penalty of 0.03 and 20 epochs 0.578 but 45% of its ELU units logged
dead, so it became a tanh MLP under AdamW with L1 0.03 for 15 epochs (0.7049, lowest at the end).
TensorBoard's circles (SGD at LR 0.1, 30 epochs) ended 33% above its epoch-28 validation loss, so
LR 0.05 and 20 epochs; TensorBoard's wine (RMSprop at LR 2e-4) ended 4.2% above its epoch-12
minimum, so LR 1e-4 (both then lowest at the end). The quantile divergence under AdamW at LR 25
ended at a step loss of 2.26 (epoch losses 1.3e6, 2721 and 3.06; its first step 1.60), too near
its start to call the end state a divergence, so LR 60 (ends at 23.7). The 40-row overfit under
Adam at LR 1e-3 ended only 8.7% above its epoch-7 validation loss (batch 2: 10%), so LR 3e-3
(19.5% above its epoch-2 minimum). TensorBoard's 10 rows of circles (NAdam at LR 3e-3) ended 12%
above its epoch-26 validation loss (LR 1e-2: 27% above its epoch-14 minimum), so 8 rows at LR 3e-3
(4.5 times its first evaluation). Labels from the metrics: the unicycle CNN's blow-up passed (its
loss ends near ln 4, below its first step), so ``divergence`` is allowed there and the verdict is
a training problem; the test predictions fall in one class in the quantile divergence (100%), the
killed CNN (99.7%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there;
83% in the exploding run (allowed there), 46% in the Adadelta run and the one-unit run and 24% in
the saturated run (neither expected nor allowed); Trainer's NaN digits (0.1003) and Keras' NaN
iris (0.3333) score at the majority share (``at_chance`` expected), Lightning's NaN breast cancer
(0.3684 against 0.6316), TensorBoard's NaN wine (0.3333 against 0.3889), the loop's stuck digits
(0.0474 against 0.1003), Lightning's stuck circles (0.4375 against 0.5) and the Adadelta run on
the gelato CSV (0.0137 against 0.2603) more than 0.05 below it (allowed); Trainer's stuck moons
scores 0.6905 at its initial weights, far above 0.5, so ``at_chance`` is neither expected nor
allowed there; the Adadelta run's update ratios are logged as 0, and ``update_ratio_low`` is
expected there; the vanishing run's epoch loss falls from 1.691 to 1.615 and stops at ln 5
(1.609), at chance, so ``not_training`` is expected; the unshuffled run's loss still falls with
the validation loss lowest at the end (``not_converged`` expected); the 30-row Friedman
regression's validation loss ends 64% above its epoch-2 minimum while its training loss falls to
0.02, so ``overfitting`` is expected there; Keras' 25 rows of digits end only 3.2% above their
epoch-4 validation loss, so ``overfitting`` is allowed there and ``generalisation_gap``
expected; the slow start sat at ln 4 for 8 epochs, so ``slow_start`` is expected.

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

# a unicycle in a 5x5 cell: a saddle (the middle three columns of the top row) on a one-pixel
# post, over a wheel (a ring with its hub open) filling the bottom three rows; turned by 90
# degrees for the others
_UNICYCLE_UP = np.array([[0, 1, 1, 1, 0],
                         [0, 0, 1, 0, 0],
                         [0, 1, 1, 1, 0],
                         [1, 1, 0, 1, 1],
                         [0, 1, 1, 1, 0]], dtype=float)
_UNICYCLES = turned(_UNICYCLE_UP)


def unicycles(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 unicycle glyph at a random place (4 classes: the unicycle turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_UNICYCLES, n, size, noise, flip, seed)


def _gelato_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A gelato maker's batch stage (0 mixing, 1 pasteurising, 2 ageing, 3 churning) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    mix_c = np.array([30.0, 84.0, 4.0, -6.0])[cls] + rng.normal(0, 2.0, n)
    brix = np.array([28.0, 31.0, 33.0, 34.0])[cls] + rng.normal(0, 0.8, n)
    viscosity_cp = np.array([120.0, 60.0, 300.0, 900.0])[cls] + rng.normal(0, 25.0, n)
    overrun_pct = np.array([0.0, 0.0, 2.0, 30.0])[cls] + rng.normal(0, 2.0, n)
    hold_min = np.array([10.0, 20.0, 360.0, 12.0])[cls] + rng.normal(0, 6.0, n)
    room_c = rng.uniform(16.0, 28.0, n)
    staff = rng.integers(1, 5, n).astype(float)
    return (["mix_c", "brix", "viscosity_cp", "overrun_pct", "hold_min", "room_c", "staff",
             "stage"],
            np.column_stack([mix_c, brix, viscosity_cp, overrun_pct, hold_min, room_c, staff,
                             cls]))


def _snowmobile_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A snowmobile-tour firm's riders a day from 7 readings."""
    n = 1200
    weekday = rng.integers(0, 7, n).astype(float)
    snow_cm = rng.uniform(10.0, 150.0, n)
    temp_c = rng.uniform(-30.0, 2.0, n)
    wind_ms = rng.uniform(0.0, 20.0, n)
    sleds = rng.integers(10, 45, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    lodge_pct = rng.uniform(20.0, 100.0, n)
    riders = (100 + 1.5 * snow_cm + 2.0 * temp_c - 6.0 * wind_ms + 5.0 * sleds
              + 80.0 * holiday + 1.4 * lodge_pct + 45.0 * (weekday >= 5)
              + rng.normal(0, 18.0, n))
    return (["weekday", "snow_cm", "temp_c", "wind_ms", "sleds", "holiday", "lodge_pct",
             "riders"],
            np.column_stack([weekday, snow_cm, temp_c, wind_ms, sleds, holiday, lodge_pct,
                             riders]))


def _gelato(**sections: Any) -> Any:
    return _csv("gelato_batch_stage_h141", _gelato_csv, "stage", "classification", 1411,
                **sections)


def _snowmobile(**sections: Any) -> Any:
    return _csv("snowmobile_daily_riders_h141", _snowmobile_csv, "riders", "regression", 1412,
                **sections)


def _nadam(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam with betas (0.85, 0.995)."""
    return _s(data, optim="nadam", optim_args={"betas": (0.85, 0.995)}, **kw)


def _rms(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop with momentum 0.8."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.8, "centered": True}, **kw)


def _sgdwd(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain SGD with weight decay 1e-3."""
    return _s(data, optim="sgd", optim_args={"weight_decay": 1e-3}, **kw)


MOM9 = {"momentum": 0.9}
MOM5 = {"momentum": 0.5}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout141"
UC4 = _factory(f"{HERE}:unicycles", seed=1410)
GQ5531 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3100, n_features=531,
                  n_classes=5, random_state=1413)
CL534 = _factory("sklearn.datasets:make_classification", n_samples=2180, n_features=534,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.0,
                 random_state=1414)
FR537 = _factory("sklearn.datasets:make_friedman1", n_samples=1740, n_features=537, noise=0.8,
                 random_state=1415)
UCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h141_divergence_snowmobile_momentum5_elu", "the snowmobile riders CSV (targets "
         "unscaled, in the hundreds), 28-unit ELU MLP, SGD with momentum 0.5 at LR 0.02, "
         "batch 26",
         _snowmobile(model={"hidden": [28], "activation": "elu"},
                     optim={"name": "sgd", "lr": 0.02, **MOM5},
                     train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.9e5 at first and Inf at step 5, where the run "
                      "stops"), verdict="failed"),
    Case("h141_divergence_gq5531_adamw_lr60_silu", "44x19 SiLU MLP on the 5-class quantiles in "
         "531 dimensions, AdamW at LR 60, batch 38",
         {"data": GQ5531, "model": {"hidden": [44, 19], "activation": "silu"},
          "optim": {"name": "adamw", "lr": 60.0},
          "train": {"epochs": 3, "batch_size": 38}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.60 at first, up to 5.1e8 and 23.7 at the end "
                      "(epoch losses 2.0e7, 23.3 and 15.6); every unit of the second layer logged "
                      "dead; accuracy 0.2 (test 0.2) at the majority share (0.2), every test "
                      "prediction in one class"), verdict="failed"),
    Case("h141_exploding_gq5531_9x27_silu_std1_adagrad", "9x27 SiLU MLP with N(0, 1) init on "
         "the quantiles, Adagrad at LR 1e-9, batch 39",
         {"data": GQ5531, "model": {"hidden": [27] * 9, "activation": "silu",
                                    "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 3.04e6 at every epoch; every gradient norm 4.3e5 to 2.8e6 "
                      "(healthy at most 541); quarter-mean update ratios at most 4.2e-11, a side "
                      "effect of the LR; up to 11% of a deep layer's units logged dead; accuracy "
                      "0.1806 (test 0.1855) about the majority share (0.2); 83% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h141_dead_relu_unicycle_cnn_rmsprop_lr01", "the unicycle CNN (9, 12 channels, 24 "
         "hidden), plain RMSprop at LR 0.1, batch 27",
         {"data": UC4, "model": UCNN,
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.39 to 2999 in epoch 1 (epoch loss 115.5), then "
                      "sits near ln 4 (1.400 and 1.408; 1.337 at the last step, below the first),"
                      " so the blow-up passed and divergence is not the end state; gradient norms"
                      " 0 to 1925 and quarter-mean update ratios up to 0.65 (healthy at most "
                      "0.030), single steps up to 15; 75% of the second convolution's channels "
                      "and 67% of the dense units logged dead (healthy runs 0); accuracy 0.2633 "
                      "(test 0.27) at the majority share (0.27), 99.7% of the test predictions in"
                      " one class"), verdict=TP),
    Case("h141_update_ratio_high_gelato_rmsprop_sigmoid", "plain RMSprop at LR 0.5 on the "
         "gelato batch CSV, 33 sigmoid units, batch 25, 8 epochs",
         _gelato(model={"hidden": [33], "activation": "sigmoid"},
                 optim={"name": "rmsprop", "lr": 0.5},
                 train={"epochs": 8, "batch_size": 25}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.74, single"
                      " steps up to 49; the healthy runs at most 0.030 and 0.20) and 93% of the "
                      "sigmoid units saturate (healthy at most 0.76%), yet accuracy 1.0; the step"
                      " loss jumps to 55 in epoch 1 and is near 0 from epoch 5 on, so later "
                      "gradients fall to 1.7e-12; the validation loss, lowest at epoch 4 of 8, "
                      "ends 15% above it at 2.6e-8"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h141_adam_lr1e10_fr537_tanh", "the 537-feature Friedman regression, 42x17 tanh "
         "MLP, Adam at LR 1e-10, batch 34, 4 epochs",
         {"data": FR537, "model": {"hidden": [42, 17], "activation": "tanh"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -8.55, far below the baseline (0.5445 on validation)"
                                         " and the healthy run (0.7049); the epoch loss 232.1 at "
                                         "every epoch; quarter-mean update ratios at most 2.8e-10 "
                                         "(healthy at least 2.2e-5); the step loss's position in "
                                         "the epoch explains 42% of its within-epoch variance, "
                                         "the same batches meeting the same weights"), verdict=TP),
    Case("h141_adadelta_lr1e10_gelato_elu", "the gelato batch CSV, 32x15 ELU MLP, Adadelta at "
         "LR 1e-10, batch 27, 4 epochs",
         _gelato(model={"hidden": [32, 15], "activation": "elu"},
                 optim={"name": "adadelta", "lr": 1e-10},
                 train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "dead_relu"),
         why_allowed=("the epoch loss 1.441 at every epoch; every update ratio"
                      " logged 0 (healthy at least 2.2e-5); the step loss's position in the epoch "
                      "explains 59% of its within-epoch variance (the weights never move); "
                      "accuracy 0.0137 (test 0.0068) at its initial weights, far below the "
                      "majority share (0.2603); the test predictions at most 46% in one class; "
                      "6.7% of the second layer's ELU units logged dead (healthy 0)"), verdict=TP),
    Case("h141_vanishing_sigmoid_cl534_24x10_adamw", "24x10 sigmoid MLP on the 534-feature "
         "set, AdamW at LR 1e-3, batch 41, 4 epochs",
         {"data": CL534, "model": {"hidden": [10] * 24, "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 5.6e-22 to 2.9e-21 (healthy at least "
                      "0.0073), growing about tenfold a layer towards the output, so the first "
                      "layers' update ratios are 0; AdamW still moves the last layers (quarter "
                      "means up to 0.0044) and the output bias, so the epoch loss goes from 1.691 "
                      "to 1.615 (ln 5 is 1.609; its first step 1.646) and no further; the step "
                      "loss's position in the epoch explains 46% of its within-epoch variance; "
                      "accuracy 0.2041 (test 0.2018) at the majority share (0.2018), every test "
                      "prediction in one class"), verdict=TP),
    Case("h141_saturated_tanh_cl534_std6_momentum7", "2x32 tanh MLP with N(0, 6) init on "
         "the 534-feature set, SGD with momentum 0.7 at LR 1e-9, batch 35",
         {"data": CL534, "model": {"hidden": [32, 32], "activation": "tanh",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "sgd", "lr": 1e-9, **MOM7},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.8% and 94.6% of the tanh units saturated (healthy at most 0.76%); "
                      "update ratios of at most 6.3e-12 (quarter means), a side effect of the LR;"
                      " the huge weights give gradient norms up to 95 (the healthy runs on this "
                      "set at most 5.2, on the Friedman regression 541); the epoch loss 42.13 at "
                      "every epoch, far above ln 5; the step loss's position explains 59% of its"
                      " within-epoch variance; accuracy 0.1858 (test 0.2133) against a majority "
                      "share of 0.2018; the test predictions spread (at most 24% in one class)"),
         verdict=TP),
    Case("h141_slow_start_unicycle_cnn_nesterov9_std004", "the unicycle CNN with N(0, 0.04) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 30, 20 epochs",
         {"data": UC4, "model": {**UCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.380 to 1.391) for the first 8 epochs, then"
                      " falls (0.3141 at epoch 20, 3.4% below epoch 19; the validation loss "
                      "lowest at epoch 18, 0.6% above it at the end); the first gradient norms "
                      "2.8e-3 to 4.1e-3 (healthy first norms at least 0.127); up to 21% of the "
                      "dense ReLU units logged dead (healthy 0); accuracy 0.8167 (test 0.8167, "
                      "training 0.8989), below the baseline (0.9167)"), verdict=TP),
    Case("h141_unshuffled_cl534_rmsprop_silu", "the 534-feature set sorted by label, never "
         "shuffled, 41x21 SiLU MLP, plain RMSprop at LR 3e-5, batch 33, 8 epochs",
         {"data": {**CL534, "order": "by_label", "shuffle": False},
          "model": {"hidden": [41, 21], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 3e-5},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.98% of its "
                      "within-epoch variance (healthy runner runs at most 25%); accuracy 0.3417 "
                      "(test 0.3372, training 0.4014), far below the healthy runs (0.9014 and "
                      "up), with the epoch loss still falling (1.574 to 1.569 in the last epoch)"
                      " and the validation loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h141_mse_softmax_gelato_rmsprop_elu", "the gelato batch CSV trained with square "
         "error on the softmax, RMSprop with momentum 0.5 at LR 1e-3, 29x13 ELU MLP, batch 25, "
         "10 epochs",
         _gelato(model={"hidden": [29, 13], "activation": "elu"},
                 optim={"name": "rmsprop", "lr": 1e-3, **RMOM5},
                 train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "4.2e-5 at the end, so gradients down to 5.4e-5 (healthy at least 0.0073);"
                      " the step loss near 0 swings 1.26 times its mean (healthy runner runs at "
                      "most 0.55); single update ratios up to 0.10 (quarter means at most "
                      "0.013); the validation loss lowest at the end"), verdict=TP),
    Case("h141_noisy_cl534_b1_adam_leaky", "the 534-feature set one row at a time (batch 1), "
         "Adam at LR 5e-4, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL534, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 3.69 times its mean (healthy runner runs at most 0.55,"
                      " healthy scripts 1.48), up to 5.67 from near 0; single-row gradients "
                      "5.7e-3 to 32 (healthy on this set at most 5.2); accuracy 0.945 (test "
                      "0.9335, training 0.9916), like the healthy runs; over 2 epochs the step "
                      "loss's position explains 56% of its within-epoch variance (two values a "
                      "position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h141_overfit_cl534_subset40_adam_elu", "40 rows of the 534-feature set, ELU MLP of "
         "166 and 84 units, Adam at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL534, "subset": 40},
          "model": {"hidden": [166, 84], "activation": "elu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("40 rows teach less than every row: accuracy 0.5688 (test 0.5711, "
                      "training 1.0; the healthy runs 0.9014 and up); the epoch loss at 5.4e-6 "
                      "can fall no further that matters, so gradients fall to 1.7e-5 (healthy at "
                      "least 0.0073); the validation loss lowest at epoch 2 of 150 (1.132), 19.5% "
                      "above it at the end"), verdict=GP),
    Case("h141_gap_fr537_subset30_adamw_relu", "30 rows of the 537-feature Friedman "
         "regression, ReLU MLP of 158 and 80 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR537, "subset": 30},
          "model": {"hidden": [158, 80]},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss",
                "exploding_gradients", "dead_relu"),
         why_allowed=("30 rows teach less (R2 -4.30, test -3.99, training 0.9998; the healthy "
                      "run 0.7049); the validation loss, lowest at epoch 2 of 80 (80.7), ends at "
                      "132.7, 64% above it, while the training loss falls to 0.02; the step loss "
                      "swings 2.16 times its mean (healthy at most 0.55) and gradients reach 925 "
                      "(healthy at most 541); 42.5% of the second layer's ReLU units logged dead"
                      " (healthy 0)"), verdict=GP),
    Case("h141_underfit_cl534_one_tanh_unit_momentum9", "the 534-feature set through 1 tanh "
         "unit, SGD with momentum 0.9 at LR 0.01, batch 36, 15 epochs",
         {"data": CL534, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.5222 (the "
                      "healthy runs 0.9893 and up), accuracy 0.4266 (test 0.4197); the epoch loss"
                      " falls slowly (0.9485 to 0.9472 in the last epoch) with the validation "
                      "loss lowest at epoch 7 of 15, 1.2% above it at the end; the one unit "
                      "saturated up to 64% of the time (healthy at most 0.76%); 46% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h141_lightning_breast_cancer_sgdwd_lr1e20_nan", "Lightning: breast cancer, SGD "
         "(weight decay 1e-3) at LR 1e20, 680 units, batch 23, 3 epochs",
         script=lightning_run(_sgdwd("breast_cancer", hidden=(680,), lr=1e20, epochs=3,
                                     batch_size=23)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h141_lightning_circles_nadam_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), NAdam (betas 0.85, 0.995) at LR 1e-10, 681 units, batch 21, 3 epochs",
         script=lightning_run(_nadam("circles", hidden=(681,), lr=1e-10, epochs=3,
                                     batch_size=21, n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7129 at every epoch; accuracy 0.4375 (training 0.4297) at"
                      " its initial weights, 0.0625 below the majority share (0.5), far below "
                      "the healthy circles (1.0)"), verdict=TP),
    Case("h141_hf_trainer_digits_nadam_lr1e20_nan", "Hugging Face Trainer names: digits, NAdam "
         "(betas 0.85, 0.995) at LR 1e20 (decaying linearly), 682 units, batch 24, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_nadam("digits", hidden=(682,), lr=1e20, epochs=3,
                                      batch_size=24), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h141_hf_trainer_moons_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: moons "
         "(630 points, noise 0.2), centered RMSprop with momentum 0.8 at LR 1e-10 (decaying "
         "linearly), 683 units, batch 19, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rms("moons", hidden=(683,), lr=1e-10, epochs=3,
                                    batch_size=19, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.651 at every evaluation; accuracy 0.6905 at its "
                      "initial weights, far below the healthy moons (0.9394 and up)"), verdict=TP),
    Case("h141_keras_iris_rmsprop_lr1e20_nan", "Keras names: iris, centered RMSprop with "
         "momentum 0.8 at LR 1e20, 684 units, batch 9, 3 epochs",
         script=keras_run(_rms("iris", hidden=(684,), lr=1e20, epochs=3, batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333 on three balanced "
                      "classes"), verdict="failed"),
    Case("h141_keras_digits_subset25_sgdwd_gap", "Keras names: 25 rows of digits, 685 units, "
         "SGD (weight decay 1e-3) at LR 0.05, 150 epochs, batch 2",
         script=keras_run(_sgdwd("digits", hidden=(685,), lr=0.05, epochs=150, batch_size=2,
                                 subset=25)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("25 rows teach less (validation accuracy 0.624, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 4 of 150 and "
                      "only 3.2% above it at the end while the training loss falls to 2.7e-3, so"
                      " overfitting is not clear"), verdict=GP),
    Case("h141_tensorboard_wine_sgdwd_lr1e20_nan", "TensorBoard tags: wine, SGD (weight decay "
         "1e-3) at LR 1e20, 686 units, batch 11, 3 epochs",
         script=tensorboard_run(_sgdwd("wine", hidden=(686,), lr=1e20, epochs=3,
                                       batch_size=11)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h141_tensorboard_circles_subset8_nadam_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.1), 687 units, NAdam (betas 0.85, 0.995) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_nadam("circles", hidden=(687,), lr=3e-3, epochs=150,
                                       batch_size=2, n=650, noise=0.1, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6308, training 1.0; the healthy "
                      "circles 1.0); the validation loss lowest at the first epoch (0.733), 4.5 "
                      "times it at the end (3.27) while the training loss falls to 2e-4"),
         verdict=GP),
    Case("h141_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), centered RMSprop with momentum 0.8 at LR 1e-4, 688 units, "
         "batch 20, a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_rms("sine", hidden=(688,), lr=1e-4, epochs=3, batch_size=20,
                               n=640, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=13),
    Case("h141_plain_digits_sgdwd_lr1e10_stuck", "hand-written loop: digits, SGD (weight decay "
         "1e-3) at LR 1e-10, 689 units, batch 25, 4 epochs",
         script=plain_run(_sgdwd("digits", hidden=(689,), lr=1e-10, epochs=4, batch_size=25)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.404 at every epoch; accuracy 0.0474, 0.053 below the"
                      " majority share (0.1003)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy141_gelato_relu_adamw_b25",
       _gelato(model={"hidden": [41]},
               optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 25})),
    _h("healthy141_gelato_tanh_rmsprop_b29",
       _gelato(model={"hidden": [37], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 29})),
    _h("healthy141_gelato_elu_adam_b32",
       _gelato(model={"hidden": [44], "activation": "elu"},
               optim={"lr": 2e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 32})),
    _h("healthy141_gelato_leaky_nesterov9_b27",
       _gelato(model={"hidden": [39], "activation": "leaky_relu"},
               optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 27})),
    _h("healthy141_gelato_selu_adagrad_b23",
       _gelato(model={"hidden": [35], "activation": "selu"},
               optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 23})),
    _h("healthy141_gelato_silu_momentum9_b34",
       _gelato(model={"hidden": [31], "activation": "silu"},
               optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 34})),
    _h("healthy141_gelato_sigmoid_adam_b31",
       _gelato(model={"hidden": [28], "activation": "sigmoid"},
               optim={"lr": 3e-3, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 31})),
    _h("healthy141_gelato_relu_adadelta_b36",
       _gelato(model={"hidden": [46]},
               optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
               train={"epochs": 12, "batch_size": 36})),
    _h("healthy141_fr537_tanh_adamw_l1_b26",
       {"data": FR537, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 2e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy141_cl534_tanh_adam_b29",
       {"data": CL534, "model": {"hidden": [63], "activation": "tanh"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy141_cl534_silu_adamw_b31",
       {"data": CL534, "model": {"hidden": [66], "activation": "silu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy141_cl534_leaky_rmsprop_b26",
       {"data": CL534, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy141_cl534_relu_nesterov8_b33",
       {"data": CL534, "model": {"hidden": [57]},
        "optim": {"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy141_cl534_elu_adagrad_b24",
       {"data": CL534, "model": {"hidden": [68], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy141_cl534_selu_momentum9_b38",
       {"data": CL534, "model": {"hidden": [55], "activation": "selu"},
        "optim": {"name": "sgd", "lr": 3e-3, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy141_tensorboard_wine_rmsprop",
        tensorboard_run(_rms("wine", hidden=(682,), lr=1e-4, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy141_tensorboard_breast_cancer_nadam",
        tensorboard_run(_nadam("breast_cancer", hidden=(685,), lr=5e-4, epochs=12,
                               batch_size=22)), "tensorboard"),
    _hs("healthy141_tensorboard_circles_sgdwd",
        tensorboard_run(_sgdwd("circles", hidden=(688,), lr=0.05, epochs=20, batch_size=17,
                               n=640, noise=0.1)), "tensorboard"),
    _hs("healthy141_hf_trainer_digits_sgdwd",
        hf_trainer_run(_sgdwd("digits", hidden=(681,), lr=0.1, epochs=15, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy141_hf_trainer_iris_rmsprop",
        hf_trainer_run(_rms("iris", hidden=(684,), lr=3e-4, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy141_hf_trainer_moons_nadam",
        hf_trainer_run(_nadam("moons", hidden=(687,), lr=1e-3, epochs=20, batch_size=22,
                              n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy141_keras_breast_cancer_sgdwd",
        keras_run(_sgdwd("breast_cancer", hidden=(680,), lr=0.01, epochs=15, batch_size=21)),
        "keras"),
    _hs("healthy141_keras_moons_rmsprop",
        keras_run(_rms("moons", hidden=(683,), lr=2e-4, epochs=15, batch_size=20, n=680,
                       noise=0.2)), "keras"),
    _hs("healthy141_lightning_digits_nadam",
        lightning_run(_nadam("digits", hidden=(686,), lr=1e-3, epochs=12, batch_size=27)),
        "lightning"),
    _hs("healthy141_lightning_wine_sgdwd",
        lightning_run(_sgdwd("wine", hidden=(689,), lr=0.05, epochs=20, batch_size=11)),
        "lightning"),
    _hs("healthy141_plain_iris_nadam",
        plain_run(_nadam("iris", hidden=(681,), lr=3e-3, epochs=20, batch_size=11)),
        "pytorch"),
    _hs("healthy141_plain_circles_rmsprop",
        plain_run(_rms("circles", hidden=(685,), lr=3e-4, epochs=12, batch_size=19, n=670,
                       noise=0.1)), "pytorch"),
    _hs("healthy141_plain_breast_cancer_sgdwd",
        plain_run(_sgdwd("breast_cancer", hidden=(688,), lr=0.01, epochs=15, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
