"""The hundred-and-sixty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout167` (not looked at), after the measurement of
:mod:`.heldout164` and :mod:`.heldout165`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a shamisen (a small square body in the bottom-left 3x3 of a 6x6 cell, a long
thin neck rising from its right side and three tuning pegs across the neck's far end on the top
row, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random
labels (seed 1660); 5-class Gaussian quantiles in 821 dimensions (3090 samples); an 824-feature
5-class set (2170 samples, 30 informative, 12 redundant, class separation 4.4); an 827-feature
Friedman-1 regression (1730 samples, noise 0.8); a pecorino maker's batch stage CSV (curdling,
cutting, salting, ripening: 4 classes from 7 readings, ``pecorino_batch_stage_h166``, seed 1661)
and a paddleboat hire firm's hirers a day regression CSV (in the hundreds,
``daily_paddleboat_hirers_h166``, seed 1662); the sklearn sets use random states 1663 to 1665.
Script cases use AdamW with weight decay 0.05, SGD with Nesterov momentum 0.9 and Adam with betas
(0.8, 0.99) (settings no script of :mod:`.heldout164` or :mod:`.heldout165` uses) on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of 930
to 939. Runner optimisers: Adam (with an L1 penalty on the Friedman regression), AdamW, plain
RMSprop, RMSprop with momentum 0.2, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD with
Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser, activation, model
or data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD with
momentum 0.9 in a SELU net on the unscaled paddleboat hirers and under RMSprop with momentum 0.2
at LR 5 in a ReLU net on the quantiles, exploding gradients in a 9-layer ReLU net with N(0, 1)
init under AdamW at LR 1e-9 on the 824-feature set, units killed by Adam at LR 0.3 in the shamisen
CNN, a high update ratio from plain RMSprop at LR 1 in a SELU net on the pecorino CSV, tiny
learning rates under Adam (leaky ReLU, Friedman) and SGD with momentum 0.7 (ELU, pecorino CSV),
vanishing gradients under Adagrad in a 22-layer sigmoid net on the 824-feature set, saturated
tanh units with N(0, 6) init under Adam on the quantiles, the shamisen CNN with N(0, 0.03) init
under SGD with momentum 0.9 (a slow start), the unshuffled 824-feature set under SGD with
momentum 0.9 (ReLU), square error under Adam (tanh), batch 1 under Adam (leaky ReLU), 42 rows of
the 824-feature set under Adam (ReLU), 31 rows of the Friedman regression under plain RMSprop
(leaky ReLU), 1 SiLU unit under Adam; the scripts: Lightning's NaN on digits (AdamW) and stuck
iris (Nesterov), Trainer's NaN on breast cancer (Adam with betas) and stuck moons (AdamW), Keras'
NaN on wine (Nesterov) and 20 rows of digits (Adam with betas, overfit, a gap), TensorBoard's NaN
on iris (AdamW) and 8 rows of circles (Adam with betas, overfit, a gap), the loop's corrupt record
on the sine (Nesterov) and stuck breast cancer (Adam with betas).

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
expected). Majority shares (the test confusion matrices' rows): 0.2028 on the 824-feature set,
0.2006 on the quantiles, 0.2568 on the pecorino CSV, 0.2567 on the shamisen images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (pecorino CSV), 0.9585 (824-feature
set), 0.98 (shamisen images), 0.1926 (quantiles); R2 -0.2978 (Friedman), 0.9541 (paddleboat CSV).

Measured healthy ranges (runner): update ratio quarter means 1.7e-5 (the SELU MLP with Nesterov
momentum on the pecorino CSV) to 0.0599 (the tanh MLP on the Friedman regression), single steps
at most 0.498 (the tanh MLP with Adagrad on the 824-feature set); the ``update_ratio_high`` run
reaches quarter means of 1.36 with single steps up to 98; the ``update_ratio_low`` runs log
quarter means of at most 4.1e-10 and 0. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU,
SELU and SiLU run (the Adam-killed CNN's second convolution 0.83 and dense units 1.0, the slow
start's dense units up to 0.14, the quantile divergence's second layer 0.53, the exploding run's
deep layers up to 0.037, the 31-row Friedman regression's second layer 0.41, the update-ratio
run's 0.12, the 42-row run's second layer 0.10); saturated fraction at most 0.0466 (the tanh MLP
with Adagrad on the 824-feature set); the saturated run's 0.989 and 0.947. Gradient norms at least
0.0071 (the SELU MLP with Nesterov momentum on the pecorino CSV) and at most 221 (the Friedman
regression; at most 7.8 on the 824-feature set), first norms at least 0.13 (the sigmoid MLP on
the pecorino CSV); the vanishing run's down to 6.4e-20, the exploding run's 1.7e5 to 1.1e6, the
slow start's first 1.4e-3. The step loss's position in the epoch explains at most 32% of the
within-epoch variance over the second half in the healthy runner runs (the ReLU MLP with Adadelta
on the pecorino CSV) and 21% in the healthy scripts (TensorBoard's moons); the unshuffled run
82%. The standard deviation of the step loss's step-to-step change over the second half is at
most 1.17 times its mean in the healthy runner runs (the leaky-ReLU MLP with Nesterov momentum on
the 824-feature set) and 1.53 in the healthy scripts (TensorBoard's breast cancer); the batch-1
run's is 10.8. Healthy scores: accuracy 1.0 on the pecorino CSV (every split, every run),
0.9217-0.9677 on the 824-feature set (test 0.9032-0.9585; training 1.0), R2 0.6542 on the
Friedman regression (test 0.6628, training 0.8354); scripts (validation): wine 1.0, 1.0 and 1.0,
breast cancer 0.9561 and 0.9561, circles 1.0 and 0.9923, digits 0.9749 and 0.9749, iris 0.9667
and 0.9667, moons 0.9692 and 0.9697. Every healthy run's validation loss is lowest at its end but
Trainer's iris (epoch 19 of 20, 0.13% above it), Trainer's circles (epoch 18 of 20, 0.43%) and
TensorBoard's breast cancer (epoch 11 of 12, 0.02%).

Changes after the first run: TensorBoard's wine and moons ended 6.0% and 5.6% above their
epoch-13 validation loss, Keras' breast cancer 1.0% above its epoch-11 minimum, the loop's iris
4.9% above its epoch-14 and its wine 4.4% above its epoch-13 minimum, so they were cut to 13, 13,
11, 14 and 13 epochs (each then lowest at its end); Trainer's digits (LR 2e-3) ended 1.8% above
its epoch-7 minimum, so LR 1e-3 (lowest at the end); Trainer's circles (Nesterov at LR 0.02)
ended 1.8% above its epoch-18 minimum, so LR 0.01 (0.43%); Lightning's digits (Nesterov at LR
0.01) still fell 10% over its last epoch with the validation loss falling, so LR 0.02 (accuracy
0.9749, training 1.0). The slow start with N(0, 0.04) init left ln 4 after 3 epochs and ended
20% above its epoch-11 validation loss; with N(0, 0.02) it never left ln 4 (16 epochs); N(0,
0.03) (kept) sat there for 5 epochs. Labels from the metrics: the exploding run holds 54% of the
test predictions in one class and the saturated run 27%, so ``predictions_collapsed`` is neither
expected nor allowed there; the quantile divergence (98.7%), the killed CNN (100%) and the
vanishing run (100%) expect it; the stuck pecorino run (73%) allows it; Trainer's stuck moons
scores 0.5, the majority share, so ``at_chance`` is expected there; the loop's stuck breast
cancer scores 0.8596 at its initial weights, far above 0.6316, so ``at_chance`` is neither
expected nor allowed; the 42-row overfit run's validation loss ends only 3.3% above its epoch-3
minimum, so ``overfitting`` is allowed there and ``generalisation_gap`` expected; the 31-row
Friedman regression's validation loss is lowest at its first epoch and 24% above it at the end,
but its training loss jumps about, so ``overfitting`` is allowed; Lightning's stuck iris (0.0333)
and the stuck pecorino run (0.3493 against 0.2568) are far from the majority share (allowed);
the killed CNN's blow-up passed (its loss ends near ln 4, below its first step), so
``divergence`` is allowed there and the verdict is a training problem; the unshuffled run's loss
still falls with the validation loss lowest at the end (``not_converged`` expected); the slow
start sat at ln 4 for 5 epochs, so ``slow_start`` is expected.

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

# a shamisen in a 6x6 cell: a small square body (the bottom-left 3x3), a long thin neck rising
# from its right side (column 2, rows 1 and 2) and three tuning pegs across the neck's far end
# (the top row, columns 1 to 3); turned by 90 degrees for the others
_SHAMISEN_UP = np.array([[0, 1, 1, 1, 0, 0],
                         [0, 0, 1, 0, 0, 0],
                         [0, 0, 1, 0, 0, 0],
                         [1, 1, 1, 0, 0, 0],
                         [1, 1, 1, 0, 0, 0],
                         [1, 1, 1, 0, 0, 0]], dtype=float)
_SHAMISENS = turned(_SHAMISEN_UP)


def shamisens(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 shamisen glyph at a random place (4 classes: the shamisen turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SHAMISENS, n, size, noise, flip, seed)


def _pecorino_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A pecorino maker's batch stage (0 curdling, 1 cutting, 2 salting, 3 ripening) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    milk_c = np.array([38.0, 36.0, 18.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.5, 6.1, 5.3, 5.1])[cls] + rng.normal(0, 0.12, n)
    whey_l = np.array([0.0, 45.0, 8.0, 0.5])[cls] + rng.normal(0, 3.0, n)
    salt_g = np.array([0.0, 0.0, 30.0, 2.0])[cls] + rng.normal(0, 2.0, n)
    rind_mm = np.array([0.0, 0.0, 0.5, 4.0])[cls] + rng.normal(0, 0.3, n)
    cellar_c = rng.uniform(8.0, 20.0, n)
    shepherds = rng.integers(1, 7, n).astype(float)
    return (["milk_c", "curd_ph", "whey_l", "salt_g", "rind_mm", "cellar_c", "shepherds",
             "stage"],
            np.column_stack([milk_c, curd_ph, whey_l, salt_g, rind_mm, cellar_c, shepherds,
                             cls]))


def _paddleboat_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A paddleboat hire firm's hirers a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(5.0, 34.0, n)
    wind_kmh = rng.uniform(0.0, 40.0, n)
    boats = rng.integers(10, 45, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    school_groups = rng.integers(0, 4, n).astype(float)
    sun_pct = rng.uniform(0.0, 100.0, n)
    hirers = (90 + 7.0 * temp_c - 3.5 * wind_kmh + 6.0 * boats + 110.0 * holiday
              + 30.0 * school_groups + 1.5 * sun_pct + 60.0 * (weekday >= 5)
              + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "wind_kmh", "boats", "holiday", "school_groups", "sun_pct",
             "hirers"],
            np.column_stack([weekday, temp_c, wind_kmh, boats, holiday, school_groups, sun_pct,
                             hirers]))


def _pecorino(**sections: Any) -> Any:
    return _csv("pecorino_batch_stage_h166", _pecorino_csv, "stage", "classification", 1661,
                **sections)


def _paddleboat(**sections: Any) -> Any:
    return _csv("daily_paddleboat_hirers_h166", _paddleboat_csv, "hirers", "regression", 1662,
                **sections)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _adam8(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.99)}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM2 = {"momentum": 0.2}
HERE = "benchmarks.diagnosis_bank.heldout166"
SH4 = _factory(f"{HERE}:shamisens", seed=1660)
GQ5821 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3090, n_features=821,
                  n_classes=5, random_state=1663)
CL824 = _factory("sklearn.datasets:make_classification", n_samples=2170, n_features=824,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.4,
                 random_state=1664)
FR827 = _factory("sklearn.datasets:make_friedman1", n_samples=1730, n_features=827, noise=0.8,
                 random_state=1665)
SCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h166_divergence_paddleboat_momentum9_selu", "the paddleboat hirers CSV (targets "
         "unscaled, in the hundreds), 27-unit SELU MLP, SGD with momentum 0.9 at LR 0.01, "
         "batch 25",
         _paddleboat(model={"hidden": [27], "activation": "selu"},
                     optim={"name": "sgd", "lr": 0.01, **MOM9},
                     train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=f"{BLOWUP}; the step loss 3.0e5 at first and Inf at step 6", verdict="failed"),
    Case("h166_divergence_gq5821_rmsprop_momentum2_lr5_relu", "44x19 ReLU MLP on the 5-class "
         "quantiles in 821 dimensions, RMSprop with momentum 0.2 at LR 5, batch 37",
         {"data": GQ5821, "model": {"hidden": [44, 19]},
          "optim": {"name": "rmsprop", "lr": 5.0, **RMOM2},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.59 at first, up to 6.3e8 and 3.86 at the end "
                      "(epoch losses 3.2e7, 5.8e4 and 1.6e4); 47-53% of the second layer's units "
                      "logged dead; accuracy 0.1942 (test 0.2006) at the majority share (0.2006), "
                      "98.7% of the test predictions in one class"), verdict="failed"),
    Case("h166_exploding_cl824_9x27_relu_std1_adamw", "9x27 ReLU MLP with N(0, 1) init on the "
         "824-feature set, AdamW at LR 1e-9, batch 39",
         {"data": CL824, "model": {"hidden": [27] * 9, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 6.29e5 at every epoch; every gradient norm 1.7e5 to 1.1e6 "
                      "(healthy at most 221); quarter-mean update ratios 8e-12 to 1e-10, a side "
                      "effect of the LR; up to 3.7% of a deep layer's units logged dead; accuracy "
                      "0.1959 (test 0.182) at the majority share (0.2028); 54% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h166_dead_relu_shamisen_cnn_adam_lr03", "the shamisen CNN (7, 12 channels, 21 "
         "hidden), Adam at LR 0.3, batch 27",
         {"data": SH4, "model": SCNN,
          "optim": {"name": "adam", "lr": 0.3},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.41 to 82 in epoch 1 (epoch loss 4.09), then "
                      "sits near ln 4 (1.403 and 1.416; 1.363 at the last step, below the first), "
                      "so the blow-up passed; quarter-mean update ratios up to 0.26 (healthy at "
                      "most 0.06), single steps up to 4.1; 83% of the second convolution's "
                      "channels and every dense unit logged dead (healthy 0); accuracy 0.2467 at "
                      "the majority share (0.2567), every test prediction in one class"),
         verdict=TP),
    Case("h166_update_ratio_high_pecorino_rmsprop_selu", "plain RMSprop at LR 1 on the pecorino "
         "batch CSV, 33 SELU units, batch 24, 8 epochs",
         _pecorino(model={"hidden": [33], "activation": "selu"},
                   optim={"name": "rmsprop", "lr": 1.0},
                   train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 1.36, single"
                      " steps up to 98; healthy at most 0.06 and 0.50), yet accuracy 1.0 (test "
                      "0.9966); the step loss jumps to 2680 in epoch 1 and is 0 from epoch 2 on, "
                      "so later gradients and update ratios are 0; 12% of the SELU units logged "
                      "dead (healthy 0)"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h166_adam_lr1e10_fr827_leaky", "the 827-feature Friedman regression, 41x15 leaky-ReLU"
         " MLP, Adam at LR 1e-10, batch 34, 4 epochs",
         {"data": FR827, "model": {"hidden": [41, 15], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.08, far below the healthy run (0.6542); the epoch loss 233.8 at "
                      "every epoch; quarter-mean update ratios at most 4.1e-10 (healthy at least "
                      "1.7e-5); the step loss's position in the epoch explains 53% of its "
                      "within-epoch variance, the same batches meeting the same weights"),
         verdict=TP),
    Case("h166_momentum7_lr1e10_pecorino_elu", "the pecorino batch CSV, 32x13 ELU MLP, SGD "
         "with momentum 0.7 at LR 1e-10, batch 27, 4 epochs",
         _pecorino(model={"hidden": [32, 13], "activation": "elu"},
                   optim={"name": "sgd", "lr": 1e-10, **MOM7},
                   train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.333 at every epoch; update ratios logged 0 (healthy at "
                      "least 1.7e-5); the step loss's position explains 41% of its within-epoch "
                      "variance; accuracy 0.3493, 0.09 above the majority share (0.2568); 73% of "
                      "the test predictions in one class"), verdict=TP),
    Case("h166_vanishing_sigmoid_cl824_22x12_adagrad", "22x12 sigmoid MLP on the 824-feature "
         "set, Adagrad at LR 0.01, batch 43, 4 epochs",
         {"data": CL824, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 6.4e-20 to 1.2e-17 (healthy at least "
                      "0.007), growing about sevenfold a layer towards the output; Adagrad still "
                      "moves the last layers, so the epoch loss goes from 1.639 to 1.610 (ln 5 is"
                      " 1.609) and no further; the step loss's position explains 43% of its "
                      "within-epoch variance; accuracy 0.1982 at the majority share (0.2028), "
                      "every test prediction in one class"), verdict=TP),
    Case("h166_saturated_tanh_gq5821_std6_adam", "2x32 tanh MLP with N(0, 6) init on the "
         "quantiles, Adam at LR 1e-9, batch 35",
         {"data": GQ5821, "model": {"hidden": [32, 32], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.9% and 94.7% of the tanh units saturated (healthy at most 4.7%); update"
                      " ratios of at most 1.2e-11, a side effect of the LR; the huge weights give "
                      "gradient norms up to 189 (healthy at most 221); the epoch loss 37.45 at "
                      "every epoch, far above ln 5; the step loss's position explains 50% of its "
                      "within-epoch variance; accuracy 0.2055 against a majority share of 0.2006;"
                      " the test predictions spread (at most 27% in one class)"), verdict=TP),
    Case("h166_slow_start_shamisen_cnn_momentum9_std003", "the shamisen CNN with N(0, 0.03) "
         "init, SGD with momentum 0.9 at LR 0.04 (cosine), batch 28, 20 epochs",
         {"data": SH4, "model": {**SCNN, "init": "normal", "init_std": 0.03},
          "optim": {"name": "sgd", "lr": 0.04, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.385 to 1.390) for the first 5 epochs, then "
                      "falls (0.0779 at epoch 20); the validation loss lowest at epoch 16, 1.3% "
                      "above it at the end; the first gradient norms 1.4e-3 to 2.1e-3 (healthy "
                      "first norms at least 0.13); the step loss swings 1.84 times its mean "
                      "(healthy at most 1.17); up to 14% of the dense units logged dead (healthy "
                      "0); accuracy 0.98 (test 0.9633) at the baseline (0.98)"), verdict=TP),
    Case("h166_unshuffled_cl824_momentum9_relu", "the 824-feature set sorted by label, never "
         "shuffled, 44x21 ReLU MLP, SGD with momentum 0.9 at LR 1e-3, batch 35, 8 epochs",
         {"data": {**CL824, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21]},
          "optim": {"name": "sgd", "lr": 1e-3, **MOM9},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "dead_relu"),
         why_allowed=("the step loss's position in the epoch explains 82% of its within-epoch "
                      "variance (healthy runner runs at most 32%); accuracy 0.4931 (test 0.4724, "
                      "training 0.6336), far below the healthy runs (0.9217 and up), with the "
                      "epoch loss still falling (1.503 to 1.466 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h166_mse_softmax_pecorino_adam_tanh", "the pecorino batch CSV trained with square "
         "error on the softmax, Adam at LR 2e-3, 29x13 tanh MLP, batch 25, 10 epochs",
         _pecorino(model={"hidden": [29, 13], "activation": "tanh"},
                   optim={"name": "adam", "lr": 2e-3},
                   train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "5.5e-4 at the end, so gradients down to 3.7e-4; the step loss's position "
                      "explains 55% of its within-epoch variance (healthy up to 32%); the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h166_noisy_cl824_b1_adam_leaky", "the 824-feature set one row at a time (batch 1), "
         "Adam at LR 1e-3, 23-unit leaky-ReLU MLP, 2 epochs",
         {"data": CL824, "model": {"hidden": [23], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 10.8 times its mean (healthy runner runs at most 1.17,"
                      " healthy scripts 1.53), up to 7.8 from near 0; single-row gradients 4e-4 to"
                      " 39 (healthy on this set at most 7.8); accuracy 0.97 (test 0.9539, "
                      "training 0.9969), like the healthy runs; over 2 epochs the position share "
                      "means nothing (one epoch a half)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h166_overfit_cl824_subset42_adam_relu", "42 rows of the 824-feature set, ReLU MLP of "
         "172 and 87 units, Adam at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL824, "subset": 42},
          "model": {"hidden": [172, 87]},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu", "overfitting"),
         why_allowed=("42 rows teach less than every row: accuracy 0.4793 (training 1.0; the "
                      "healthy runs 0.9217 and up); the validation loss lowest at epoch 3 of 150 "
                      "(1.337) and only 3.3% above it at the end, so overfitting is not clear; "
                      "gradients fall to 4.4e-6 (healthy at least 0.007); 10% of the second "
                      "layer's units logged dead (healthy 0)"), verdict=GP),
    Case("h166_gap_fr827_subset31_rmsprop_leaky", "31 rows of the 827-feature Friedman "
         "regression, leaky-ReLU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs,"
         " batch 4",
         {"data": {**FR827, "subset": 31},
          "model": {"hidden": [163, 83], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("31 rows teach less (R2 -4.16, training 0.8437; the healthy run 0.6542); the"
                      " validation loss lowest at its first epoch (108.0) and 24% above it at the "
                      "end while the training loss falls from 252 to 1.6, yet the training loss "
                      "itself jumps about (0.64 to 1.61 over the last epochs), so overfitting is "
                      "only allowed; the step loss swings 1.18 times its mean and gradients reach "
                      "1438 (healthy at most 221); 41% of the second layer's units logged dead "
                      "(healthy 0)"), verdict=GP),
    Case("h166_underfit_cl824_one_silu_unit_adam", "the 824-feature set through 1 SiLU unit, "
         "Adam at LR 3e-3, batch 36, 15 epochs",
         {"data": CL824, "model": {"hidden": [1], "activation": "silu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SiLU unit cannot hold the classes: training accuracy 0.5645 (the "
                      "healthy runs 1.0), accuracy 0.4078 (test 0.3871); the epoch loss falls "
                      "slowly (0.9745 to 0.9599 in the last epoch) while the validation loss, "
                      "lowest at epoch 10, ends 3.1% above it; 35% of the test predictions in one"
                      " class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h166_lightning_digits_adamw_lr1e20_nan", "Lightning: digits, AdamW (weight decay "
         "0.05) at LR 1e20, 930 units, batch 23, 3 epochs",
         script=lightning_run(_adamw("digits", hidden=(930,), lr=1e20, epochs=3,
                                     batch_size=23)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 1; accuracy 0.1003, the majority "
                      "share"),
         verdict="failed"),
    Case("h166_lightning_iris_nesterov_lr1e10_stuck", "Lightning: iris, SGD with Nesterov "
         "momentum 0.9 at LR 1e-10, 931 units, batch 9, 3 epochs",
         script=lightning_run(_nest("iris", hidden=(931,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.262 at every epoch; accuracy 0.0333 (training 0.0889) at "
                      "its initial weights, far below 1/3; the step loss's position explains 71% "
                      "of its within-epoch variance"), verdict=TP),
    Case("h166_hf_trainer_breast_cancer_adam8_lr1e20_nan", "Hugging Face Trainer names: breast "
         "cancer, Adam with betas (0.8, 0.99) at LR 1e20 (decaying linearly), 932 units, batch "
         "17, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adam8("breast_cancer", hidden=(932,), lr=1e20, epochs=3,
                                      batch_size=17), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"),
         verdict="failed"),
    Case("h166_hf_trainer_moons_adamw_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), AdamW (weight decay 0.05) at LR 1e-10 (decaying linearly), 933 "
         "units, batch 19, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adamw("moons", hidden=(933,), lr=1e-10, epochs=3,
                                      batch_size=19, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6556 at every evaluation; accuracy 0.5, the majority"
                      " share, far below the healthy moons (0.9692 and up)"), verdict=TP),
    Case("h166_keras_wine_nesterov_lr1e20_nan", "Keras names: wine, SGD with Nesterov momentum "
         "0.9 at LR 1e20, 934 units, batch 11, 3 epochs",
         script=keras_run(_nest("wine", hidden=(934,), lr=1e20, epochs=3, batch_size=11)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333, 0.056 below the majority "
                      "share (0.3889)"),
         verdict="failed"),
    Case("h166_keras_digits_subset20_adam8_gap", "Keras names: 20 rows of digits, 935 units, "
         "Adam with betas (0.8, 0.99) at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adam8("digits", hidden=(935,), lr=3e-3, epochs=150, batch_size=2,
                                 subset=20)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 6 of 150 "
                      "(2.099), 27% above it at the end while the training loss falls to 5e-7"),
         verdict=GP),
    Case("h166_tensorboard_iris_adamw_lr1e20_nan", "TensorBoard tags: iris, AdamW (weight "
         "decay 0.05) at LR 1e20, 936 units, batch 8, 3 epochs",
         script=tensorboard_run(_adamw("iris", hidden=(936,), lr=1e20, epochs=3, batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN from step 2; accuracy 0.3333 on three balanced"
                      " classes"),
         verdict="failed"),
    Case("h166_tensorboard_circles_subset8_adam8_gap", "TensorBoard tags: 8 rows of circles "
         "(640 points, noise 0.1), 937 units, Adam with betas (0.8, 0.99) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_adam8("circles", hidden=(937,), lr=3e-3, epochs=150,
                                       batch_size=2, n=640, noise=0.1, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7422, training 1.0; the healthy "
                      "circles 0.9923 and up); the validation loss lowest at epoch 2 of 150 "
                      "(0.6965), 7.7 times it at the end; the step loss near 0 swings 1.45 times"
                      " its mean"), verdict=GP),
    Case("h166_plain_corrupt_record_sine_nesterov", "hand-written loop: sine regression with "
         "noise 0.2 (620 points), SGD with Nesterov momentum 0.9 at LR 1e-4, 938 units, batch "
         "20, a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_nest("sine", hidden=(938,), lr=1e-4, epochs=3, batch_size=20,
                                n=620, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=13),
    Case("h166_plain_breast_cancer_adam8_lr1e10_stuck", "hand-written loop: breast cancer, Adam"
         " with betas (0.8, 0.99) at LR 1e-10, 939 units, batch 18, 4 epochs",
         script=plain_run(_adam8("breast_cancer", hidden=(939,), lr=1e-10, epochs=4,
                                 batch_size=18)),
         tool="pytorch", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.5916 at every epoch; accuracy 0.8596 at its initial "
                      "weights, far above the majority share (0.6316) but below the healthy "
                      "breast cancer runs (0.9561); the step loss's position explains 40% of its "
                      "within-epoch variance"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy166_pecorino_relu_adamw_b25",
       _pecorino(model={"hidden": [41]},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 25})),
    _h("healthy166_pecorino_tanh_adam_b27",
       _pecorino(model={"hidden": [37], "activation": "tanh"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy166_pecorino_elu_adagrad_b32",
       _pecorino(model={"hidden": [44], "activation": "elu"},
                 optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 32})),
    _h("healthy166_pecorino_leaky_rmsprop_b29",
       _pecorino(model={"hidden": [39], "activation": "leaky_relu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy166_pecorino_selu_nesterov9_b23",
       _pecorino(model={"hidden": [35], "activation": "selu"},
                 optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 23})),
    _h("healthy166_pecorino_silu_momentum9_b34",
       _pecorino(model={"hidden": [31], "activation": "silu"},
                 optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 34})),
    _h("healthy166_pecorino_sigmoid_adam_b31",
       _pecorino(model={"hidden": [28], "activation": "sigmoid"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 31})),
    _h("healthy166_pecorino_relu_adadelta_b36",
       _pecorino(model={"hidden": [46]},
                 optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 36})),
    _h("healthy166_fr827_tanh_adam_l1_b26",
       {"data": FR827, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy166_cl824_selu_adam_b29",
       {"data": CL824, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy166_cl824_elu_adamw_b31",
       {"data": CL824, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy166_cl824_relu_rmsprop_momentum2_b26",
       {"data": CL824, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 3e-4, **RMOM2, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy166_cl824_silu_momentum9_b33",
       {"data": CL824, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy166_cl824_tanh_adagrad_b24",
       {"data": CL824, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy166_cl824_leaky_nesterov9_b38",
       {"data": CL824, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy166_tensorboard_wine_adamw",
        tensorboard_run(_adamw("wine", hidden=(930,), lr=1e-3, epochs=13, batch_size=11)),
        "tensorboard"),
    _hs("healthy166_tensorboard_breast_cancer_nesterov",
        tensorboard_run(_nest("breast_cancer", hidden=(933,), lr=5e-3, epochs=12,
                              batch_size=21)), "tensorboard"),
    _hs("healthy166_tensorboard_moons_adam8",
        tensorboard_run(_adam8("moons", hidden=(936,), lr=1e-3, epochs=13, batch_size=19,
                               n=650, noise=0.2)), "tensorboard"),
    _hs("healthy166_hf_trainer_digits_adam8",
        hf_trainer_run(_adam8("digits", hidden=(931,), lr=1e-3, epochs=10, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy166_hf_trainer_iris_adamw",
        hf_trainer_run(_adamw("iris", hidden=(934,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy166_hf_trainer_circles_nesterov",
        hf_trainer_run(_nest("circles", hidden=(937,), lr=0.01, epochs=20, batch_size=20,
                             n=640, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy166_keras_breast_cancer_adamw",
        keras_run(_adamw("breast_cancer", hidden=(938,), lr=1e-3, epochs=11, batch_size=20)),
        "keras"),
    _hs("healthy166_keras_wine_adam8",
        keras_run(_adam8("wine", hidden=(932,), lr=1e-3, epochs=15, batch_size=10)),
        "keras"),
    _hs("healthy166_lightning_digits_nesterov",
        lightning_run(_nest("digits", hidden=(935,), lr=0.02, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy166_lightning_moons_adamw",
        lightning_run(_adamw("moons", hidden=(939,), lr=1e-3, epochs=15, batch_size=20,
                             n=660, noise=0.2)), "lightning"),
    _hs("healthy166_plain_iris_adam8",
        plain_run(_adam8("iris", hidden=(930,), lr=3e-3, epochs=14, batch_size=10)),
        "pytorch"),
    _hs("healthy166_plain_circles_adamw",
        plain_run(_adamw("circles", hidden=(933,), lr=2e-3, epochs=12, batch_size=18, n=650,
                         noise=0.1)), "pytorch"),
    _hs("healthy166_plain_wine_nesterov",
        plain_run(_nest("wine", hidden=(936,), lr=5e-3, epochs=13, batch_size=12)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
