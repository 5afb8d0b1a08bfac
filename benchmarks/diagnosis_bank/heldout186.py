"""The hundred-and-eighty-sixth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout187` (not looked at), after the measurement of
:mod:`.heldout184` and :mod:`.heldout185`, by someone who saw no diagnosis of its runs. New data:
a 10x10 image set of a rain stick (a thin tube two pixels wide lying diagonally across a 6x6
cell, closed by a round cap at each end, with a spiral of four small dots (0.7) winding along it,
two above and two below, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 1860); 5-class Gaussian quantiles in 1021 dimensions (3070
samples); a 1024-feature 5-class set (2190 samples, 30 informative, 12 redundant, class
separation 6.0); a 1027-feature Friedman-1 regression (1760 samples, noise 0.8); a munster
maker's batch stage CSV (curdling, moulding, washing, ripening: 4 classes from 7 readings,
``munster_batch_stage_h186``, seed 1861) and a submarine-tour firm's dives a day regression CSV
(in the hundreds, ``daily_submarine_dives_h186``, seed 1862); the sklearn sets use random states
1863 to 1865. Script cases use AdamW with weight decay 0.05, RMSprop with momentum 0.5 and plain
Adagrad (settings no script of :mod:`.heldout184` or :mod:`.heldout185` uses) on wine, iris,
breast cancer, digits, moons, circles and the sine; every script case holds a hidden width of
1130 to 1139. Runner optimisers: Adam, AdamW (with an L1 penalty on the Friedman regression),
plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD
with Nesterov momentum 0.8. Each fault pairs its mechanism with another optimiser, activation,
model or data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD
with momentum 0.9 in a SELU net on the unscaled submarine dives and under AdamW at LR 40 in a
tanh net on the quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init under
Adagrad at LR 1e-9 on the 1024-feature set, units killed by RMSprop with momentum 0.3 at LR 0.1
in the rain stick CNN, a high update ratio from Adam at LR 1 in a SiLU net on the munster CSV,
tiny learning rates under Adadelta (ReLU, Friedman) and SGD with momentum 0.9 (tanh, munster
CSV), vanishing gradients under Adam in a 24-layer sigmoid net on the 1024-feature set, saturated
tanh units with N(0, 6) init under AdamW on the quantiles, the rain stick CNN with N(0, 0.02) init
under SGD with momentum 0.9 (a slow start), the unshuffled 1024-feature set under SGD with
momentum 0.7 (ReLU), square error under AdamW (tanh), batch 1 under Adagrad (ELU), 43 rows of the
1024-feature set under plain RMSprop (ELU, overfit, a gap), 33 rows of the Friedman regression
under AdamW (tanh, overfit, a gap), 1 sigmoid unit under plain RMSprop; the scripts: Lightning's
NaN on wine (Adagrad) and stuck circles (AdamW), Trainer's NaN on digits (RMSprop) and stuck
moons (Adagrad), Keras' NaN on iris (AdamW) and 20 rows of digits (RMSprop, overfit, a gap),
TensorBoard's NaN on breast cancer (Adagrad) and 8 rows of moons (AdamW, overfit, a gap), the
loop's corrupt record on the sine (RMSprop) and stuck iris (Adagrad).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
the share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test
confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases
and scripts called directly: no diagnosis was made. After the last change of a setting every case
was trained once more from this file into a fresh store (the unchanged cases gave the same
numbers); the numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%, never expected of a script;
``not_converged`` only where the loss still clearly falls and the validation loss or score still
improves at the end; a weak fault was made stronger or relabelled from its metrics, never kept as
expected). Majority shares (the test confusion matrices' rows): 0.2009 on the 1024-feature set,
0.2003 on the quantiles, 0.2655 on the munster CSV, 0.2633 on the rain stick images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (munster CSV), 0.9817 (1024-feature
set), 0.9467 (rain stick images), 0.1678 (quantiles); R2 -2.942 (Friedman, the baseline fitting
1027 features on few rows), 0.9544 (submarine CSV).

Measured healthy ranges (runner): update ratio quarter means 2.3e-5 (the tanh MLP with Nesterov
momentum on the 1024-feature set) to 0.0582 (the tanh MLP on the Friedman regression), single
steps at most 0.556 (the ReLU MLP with Adagrad on the 1024-feature set); the
``update_ratio_high`` run reaches quarter means of 0.17 with single steps up to 10.1; the
``update_ratio_low`` runs log quarter means of at most 5.2e-13 and 1.4e-11. Dead fraction 0 in
every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed CNN's second
convolution 1.0, first 0.43 and dense units 0.95, the slow start's dense units up to 0.52, the
exploding run's deep layers up to 0.11, the update-ratio run's 0.029); saturated fraction at most
0.0278 (the tanh MLP with Adam on the munster CSV); the saturated run's 0.991 and 0.947, the
quantile divergence's 0.9998, the one-unit run's 0.99, the 33-row Friedman regression's 0.72, the
square-error run's second layer 0.52. Gradient norms at least 0.0033 (the leaky-ReLU MLP with
Adadelta on the 1024-feature set) and at most 354 (the Friedman regression; at most 4.0 on the
1024-feature set), first norms at least 0.120 (the sigmoid MLP with Adam on the munster CSV); the
vanishing run's down to 1.8e-21, the exploding run's 4.2e5 to 2.2e6, the slow start's first
6.7e-4. The step loss's position in the epoch explains at most 23% of the within-epoch variance
over the second half in the healthy runner runs (the sigmoid MLP on the munster CSV) and 16% in
the healthy scripts (Lightning's wine); the unshuffled run 88%. The standard deviation of the
step loss's step-to-step change over the second half is at most 0.49 times its mean in the
healthy runner runs (the SELU MLP with Adadelta on the munster CSV) and 1.42 in the healthy
scripts (the loop's iris); the batch-1 run's is 3.58. Healthy scores: accuracy 1.0 on the munster
CSV (every split, every run), 0.9635-0.9817 on the 1024-feature set (test 0.9658-0.9886;
training 1.0), R2 0.6798 on the Friedman regression (test 0.6913, training 0.8471); scripts
(validation): wine 1.0 and 0.9722, breast cancer 0.9561, 0.9474 and 0.9561, circles 1.0 and 1.0,
digits 0.9805 and 0.9805, iris 0.9667 and 0.9667, moons 0.9394 and 0.9559. Every healthy run's
validation loss is lowest at its end but Trainer's iris (epoch 18 of 20, 0.6% above it) and
Keras' breast cancer (epoch 11 of 12, 0.1% above it).

Changes after the first run: the unshuffled set under SGD with momentum 0.7 at LR 1e-3 hardly
moved (epoch loss 1.627 to 1.593, accuracy 0.2534), so LR 0.01 (the loss still falling, 0.5615 to
0.2967 in the last epoch, accuracy 0.9749). The healthy munster ReLU MLP with Nesterov momentum of
46 units held one unit dead from the start (2.2%), so 48 units (0). Healthy scripts under
Adagrad at LR 0.01 or 0.02 and AdamW at LR 1e-3 ended above an earlier validation minimum:
TensorBoard's wine (AdamW) 7.0% above epoch 13, so LR 5e-4; TensorBoard's circles (Adagrad at LR
0.02) 6.0% above epoch 14, so LR 0.01; Keras' breast cancer 7.4% and the loop's breast cancer
7.2% above epoch 3, so LR 2e-3; Lightning's wine 5.4% above epoch 11, so LR 3e-3 (each then lowest
at or within 0.1% of its end). The rain stick CNN with N(0, 0.04) init sat at ln 4 for 2 epochs
only (1.389, 1.388, then 1.352 and 0.983), so N(0, 0.02) init (9 epochs at ln 4). Labels from
the metrics: the slow start then ends underfit (training accuracy 0.5878, accuracy 0.5733 against
a baseline of 0.9467, the loss flat), so ``underfitting`` is expected beside ``slow_start``; the
rain stick CNN's blow-up passed (its loss ends near ln 4, below its first step), so
``divergence`` is allowed there and the verdict is a training problem; the test predictions fall
in one class in the killed CNN (100%) and the vanishing run (100%), so ``predictions_collapsed``
is expected there; 73% in the exploding run and 85% in the stuck munster run (allowed there),
28% in the quantile divergence, 26% in the saturated run and 56% in the one-unit run (neither
expected nor allowed); Trainer's NaN digits (0.1003) and Keras' NaN iris (0.3333) score at the
majority share (``at_chance`` expected), Lightning's NaN wine (0.3333 against 0.3889),
TensorBoard's NaN breast cancer (0.3684 against 0.6316), Lightning's stuck circles (0.2891
against 0.5) and the stuck munster run (0.1897 against 0.2655) more than 0.05 below it (allowed);
Trainer's stuck moons (0.6905) and the loop's stuck iris (0.5 against 1/3) score far above it at
their initial weights, so ``at_chance`` is neither expected nor allowed there; the vanishing
run's epoch loss falls from 1.640 to 1.612 and stops at ln 5 (1.609), at chance, so
``not_training`` is expected; the unshuffled run's loss still falls with the validation loss
lowest at the end (``not_converged`` expected); the 33-row Friedman regression's validation loss
ends 36% above its epoch-39 minimum while its training loss falls, and Keras' 20 rows of digits
end 22% above their epoch-12 validation loss, so ``overfitting`` is expected there beside
``generalisation_gap``.

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

# a rain stick in a 6x6 cell: a thin tube (two pixels wide) lying diagonally from the top left
# to the bottom right, a round cap closing each end, and a spiral of small dots (0.7) winding
# along it, two above the tube and two below; turned by 90 degrees for the others
_RAIN_STICK_UP = np.array([[1, 1, 0, 0.7, 0, 0],
                           [1, 1, 1, 0, 0, 0],
                           [0, 0, 1, 1, 0.7, 0],
                           [0, 0.7, 0, 1, 1, 0],
                           [0, 0, 0, 0, 1, 1],
                           [0, 0, 0.7, 0, 1, 1]], dtype=float)
_RAIN_STICKS = turned(_RAIN_STICK_UP)


def rain_sticks(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 rain stick glyph at a random place (4 classes: the rain stick turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_RAIN_STICKS, n, size, noise, flip, seed)


def _munster_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A munster maker's batch stage (0 curdling, 1 moulding, 2 washing, 3 ripening) from 7
    readings."""
    n = 1450
    cls = rng.integers(0, 4, n)
    curd_c = np.array([33.0, 24.0, 14.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.4, 5.6, 5.2, 5.9])[cls] + rng.normal(0, 0.15, n)
    whey_l = np.array([40.0, 12.0, 1.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    brine_washes = np.array([0.0, 0.0, 3.0, 7.0])[cls] + rng.normal(0, 0.7, n)
    rind_orange = np.array([0.0, 0.5, 3.0, 8.0])[cls] + rng.normal(0, 0.8, n)
    cellar_c = rng.uniform(10.0, 16.0, n)
    cheesemakers = rng.integers(1, 5, n).astype(float)
    return (["curd_c", "curd_ph", "whey_l", "brine_washes", "rind_orange", "cellar_c",
             "cheesemakers", "stage"],
            np.column_stack([curd_c, curd_ph, whey_l, brine_washes, rind_orange, cellar_c,
                             cheesemakers, cls]))


def _submarine_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A submarine-tour firm's dives a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    sea_state = rng.uniform(0.0, 5.0, n)
    water_c = rng.uniform(18.0, 30.0, n)
    subs = rng.integers(3, 12, n).astype(float)
    cruise_ships = rng.integers(0, 4, n).astype(float)
    visibility_m = rng.uniform(5.0, 40.0, n)
    holiday = rng.integers(0, 2, n).astype(float)
    dives = (90 + 24.0 * subs - 18.0 * sea_state + 4.0 * water_c + 30.0 * cruise_ships
             + 2.5 * visibility_m + 60.0 * holiday + 40.0 * (weekday >= 5)
             + rng.normal(0, 18.0, n))
    return (["weekday", "sea_state", "water_c", "subs", "cruise_ships", "visibility_m",
             "holiday", "dives"],
            np.column_stack([weekday, sea_state, water_c, subs, cruise_ships, visibility_m,
                             holiday, dives]))


def _munster(**sections: Any) -> Any:
    return _csv("munster_batch_stage_h186", _munster_csv, "stage", "classification", 1861,
                **sections)


def _submarine(**sections: Any) -> Any:
    return _csv("daily_submarine_dives_h186", _submarine_csv, "dives", "regression", 1862,
                **sections)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _rmsmom(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _adagrad(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adagrad."""
    return _s(data, optim="adagrad", **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout186"
RS4 = _factory(f"{HERE}:rain_sticks", seed=1860)
GQ51021 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3070,
                   n_features=1021, n_classes=5, random_state=1863)
CL1024 = _factory("sklearn.datasets:make_classification", n_samples=2190, n_features=1024,
                  n_informative=30, n_redundant=12, n_classes=5, class_sep=6.0,
                  random_state=1864)
FR1027 = _factory("sklearn.datasets:make_friedman1", n_samples=1760, n_features=1027,
                  noise=0.8, random_state=1865)
RCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h186_divergence_submarine_momentum9_selu", "the submarine dives CSV (targets "
         "unscaled, in the hundreds), 27-unit SELU MLP, SGD with momentum 0.9 at LR 0.02, "
         "batch 23",
         _submarine(model={"hidden": [27], "activation": "selu"},
                    optim={"name": "sgd", "lr": 0.02, **MOM9},
                    train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.6e5 at first, 4.1e18 at step 4 and Inf at step "
                      f"5, where the run stops"),
         verdict="failed"),
    Case("h186_divergence_gq51021_adamw_lr40_tanh", "47x19 tanh MLP on the 5-class quantiles "
         "in 1021 dimensions, AdamW at LR 40, batch 35",
         {"data": GQ51021, "model": {"hidden": [47, 19], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 40.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.64 at first, up to 347 and 122 at the end (epoch "
                      f"losses 181, 166 and 166); 99.98% of the tanh units saturated; accuracy "
                      f"0.2036 (test 0.2003) at the majority share (0.2003); the test predictions "
                      f"spread (at most 28% in one class)"),
         verdict="failed"),
    Case("h186_exploding_cl1024_9x27_elu_std1_adagrad", "9x27 ELU MLP with N(0, 1) init on "
         "the 1024-feature set, Adagrad at LR 1e-9, batch 39",
         {"data": CL1024, "model": {"hidden": [27] * 9, "activation": "elu",
                                    "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("predictions_collapsed", "divergence", "underfitting", "update_ratio_low",
                "dead_relu", "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 2.09e6 at every epoch; every gradient norm 4.2e5 to 2.2e6 "
                      "(healthy at most 354); update ratios at most 3.1e-10, a side effect of the "
                      "LR; up to 11% of a deep layer's units logged dead; accuracy 0.1963 (test "
                      "0.1826) at the majority share (0.2009); 73% of the test predictions in one "
                      "class"),
         verdict="failed"),
    Case("h186_dead_relu_rain_stick_cnn_rmsprop_momentum3", "the rain stick CNN (7, 12 "
         "channels, 21 hidden), RMSprop with momentum 0.3 at LR 0.1, batch 27",
         {"data": RS4, "model": RCNN,
          "optim": {"name": "rmsprop", "lr": 0.1, **RMOM3},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 2.6e4 in epoch 1 (epoch loss 808), then "
                      "sits near ln 4 (1.400 and 1.398; 1.35 at the last step, below the first), "
                      "so the blow-up passed and divergence is not the end state; gradient norms 0 "
                      "to 6516 and quarter-mean update ratios up to 0.57 (healthy at most 0.058), "
                      "single steps up to 13.5; 43% of the first and every channel of the second "
                      "convolution and 95% of the dense units logged dead (healthy runs 0); "
                      "accuracy 0.2567 at the majority share (0.2633), every test prediction in "
                      "one class"), verdict=TP),
    Case("h186_update_ratio_high_munster_adam_silu", "Adam at LR 1 on the munster batch CSV, "
         "35 SiLU units, batch 22, 8 epochs",
         _munster(model={"hidden": [35], "activation": "silu"},
                  optim={"name": "adam", "lr": 1.0},
                  train={"epochs": 8, "batch_size": 22}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.17, single "
                      "steps up to 10.1; the healthy runs at most 0.058 and 0.56), yet accuracy "
                      "0.9966 (test 1.0); the step loss jumps to 97.5 in epoch 4 (epoch loss 11.5) "
                      "and is 0 from epoch 7 on, so later gradients are 0; the validation loss, 0 "
                      "after epoch 1, ends at 0.038; 2.9% of the SiLU units logged dead"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h186_adadelta_lr1e10_fr1027_relu", "the 1027-feature Friedman regression, 41x17 "
         "ReLU MLP, Adadelta at LR 1e-10, batch 32, 4 epochs",
         {"data": FR1027, "model": {"hidden": [41, 17]},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.35 (test -7.95), far below the healthy run (0.6798); the epoch loss "
                      "233.4 at every epoch; quarter-mean update ratios at most 5.2e-13 (healthy "
                      "at least 2.3e-5); the step loss's position in the epoch explains 50% of "
                      "its within-epoch variance, the same batches meeting the same weights"),
         verdict=TP),
    Case("h186_momentum9_lr1e10_munster_tanh", "the munster batch CSV, 32x13 tanh MLP, SGD "
         "with momentum 0.9 at LR 1e-10, batch 25, 4 epochs",
         _munster(model={"hidden": [32, 13], "activation": "tanh"},
                  optim={"name": "sgd", "lr": 1e-10, **MOM9},
                  train={"epochs": 4, "batch_size": 25}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.455 at every epoch; quarter-mean update ratios at most "
                      "1.4e-11 (healthy at least 2.3e-5); accuracy 0.1897, 0.076 below the "
                      "majority share (0.2655); 85% of the test predictions in one class"),
         verdict=TP),
    Case("h186_vanishing_sigmoid_cl1024_24x12_adam", "24x12 sigmoid MLP on the 1024-feature "
         "set, Adam at LR 1e-3, batch 41, 4 epochs",
         {"data": CL1024, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layer's gradients at 1.6e-20 and the lower layers' down to "
                      "1.8e-21 (healthy at least 0.0033), so their update ratios are 0; Adam still "
                      "moves the last layers and the output bias, so the epoch loss goes from "
                      "1.640 to 1.612 (ln 5 is 1.609) and no further; accuracy 0.1986 at the "
                      "majority share (0.2009), every test prediction in one class"), verdict=TP),
    Case("h186_saturated_tanh_gq51021_std6_adamw", "2x32 tanh MLP with N(0, 6) init on the "
         "quantiles, AdamW at LR 1e-9, batch 33",
         {"data": GQ51021, "model": {"hidden": [32, 32], "activation": "tanh",
                                     "init": "normal", "init_std": 6.0},
          "optim": {"name": "adamw", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.1% and 94.7% of the tanh units saturated (healthy at most 2.8%); update "
                      "ratios of at most 2.4e-11, a side effect of the LR; the huge weights give "
                      "gradient norms up to 175 (the healthy runs on the sklearn classification "
                      "set at most 4.0); the epoch loss 38.7 at every epoch, far above ln 5; "
                      "accuracy 0.1775 against a majority share of 0.2003; the test predictions "
                      "spread (at most 26% in one class)"), verdict=TP),
    Case("h186_slow_start_rain_stick_cnn_momentum9_std002", "the rain stick CNN with "
         "N(0, 0.02) init, SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": RS4, "model": {**RCNN, "init": "normal", "init_std": 0.02},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start", "underfitting"),
         allow=("noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.384 to 1.391) for the first 9 epochs, then "
                      "falls to 0.7095 and flattens (0.4% in the last epoch): training accuracy "
                      "0.5878, accuracy 0.5733 (test 0.6233) against a baseline of 0.9467, so the "
                      "run ends underfit; the first gradient norms 6.7e-4 to 1.1e-3 (healthy first "
                      "norms at least 0.12); up to 52% of the dense ReLU units logged dead "
                      "(healthy 0); the validation loss 0.09% above its epoch-18 minimum at the "
                      "end"), verdict=TP),
    Case("h186_unshuffled_cl1024_momentum7_relu", "the 1024-feature set sorted by label, "
         "never shuffled, 44x21 ReLU MLP, SGD with momentum 0.7 at LR 0.01, batch 33, 8 epochs",
         {"data": {**CL1024, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21]},
          "optim": {"name": "sgd", "lr": 0.01, **MOM7},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training", "dead_relu"),
         why_allowed=("the step loss's position in the epoch explains 88% of its within-epoch "
                      "variance (healthy runner runs at most 23%); the epoch loss still falls "
                      "(0.5615 to 0.2967 in the last epoch) with the validation loss lowest at the "
                      "end (accuracy 0.9749, test 0.9703), so not yet underfitting"), verdict=TP),
    Case("h186_mse_softmax_munster_adamw_tanh", "the munster batch CSV trained with square "
         "error on the softmax, AdamW at LR 5e-3, 31x11 tanh MLP, batch 25, 10 epochs",
         _munster(model={"hidden": [31, 11], "activation": "tanh"},
                  optim={"name": "adamw", "lr": 5e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "3.1e-4 at the end, so gradients down to 7.1e-5 (healthy at least 0.0033); "
                      "52% of the second layer's tanh units saturated (healthy at most 2.8%); the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h186_noisy_cl1024_b1_adagrad_elu", "the 1024-feature set one row at a time (batch "
         "1), Adagrad at LR 0.01, 23-unit ELU MLP, 2 epochs",
         {"data": CL1024, "model": {"hidden": [23], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 3.58 times its mean (healthy runner runs at most 0.49, "
                      "healthy scripts 1.42), up to 5.0 from near 0; single-row gradients 3e-5 to "
                      "27 (healthy on this set at most 4.0); single update ratios up to 0.55; "
                      "accuracy 0.9726 (test 0.9703, training 1.0), like the healthy runs; over 2 "
                      "epochs the step loss's position explains all of the second epoch's variance "
                      "(one value a position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h186_overfit_cl1024_subset43_rmsprop_elu", "43 rows of the 1024-feature set, ELU "
         "MLP of 171 and 87 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL1024, "subset": 43},
          "model": {"hidden": [171, 87], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("43 rows teach less than every row: accuracy 0.5571 (test 0.5228, training "
                      "1.0; the healthy runs 0.9635 and up); the epoch loss at 8.9e-8 can fall no "
                      "further that matters, so gradients fall to 1.7e-7 (healthy at least "
                      "0.0033); the validation loss lowest at epoch 14 of 150 (1.255), 12% above "
                      "it at the end; the step loss swings 0.81 times its mean"), verdict=GP),
    Case("h186_gap_fr1027_subset33_adamw_tanh", "33 rows of the 1027-feature Friedman "
         "regression, tanh MLP of 163 and 83 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR1027, "subset": 33},
          "model": {"hidden": [163, 83], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss",
                "exploding_gradients", "saturated_activation"),
         why_allowed=("33 rows teach less (R2 -9.86, test -9.10, training 0.924; the healthy run "
                      "0.6798); the validation loss, lowest at epoch 39 of 80 (196.5), ends at "
                      "266.7, 36% above it, while the training loss falls to 2.26; the step loss "
                      "swings 2.2 times its mean; 72% and 70% of the tanh units saturated at times "
                      "(healthy at most 2.8%)"), verdict=GP),
    Case("h186_underfit_cl1024_one_sigmoid_unit_rmsprop", "the 1024-feature set through 1 "
         "sigmoid unit, plain RMSprop at LR 0.01, batch 36, 15 epochs",
         {"data": CL1024, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "rmsprop", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.4018 (the "
                      "healthy runs 1.0), accuracy 0.3813 (test 0.3836); the epoch loss flattens "
                      "(0.9952 to 0.9914 in the last epoch) with the validation loss lowest at the "
                      "end; the one unit saturated (up to 99%; healthy at most 2.8%) and its "
                      "update ratios reach quarter means of 0.12 and single steps of 5.5 (healthy "
                      "0.058 and 0.56); 56% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h186_lightning_wine_adagrad_lr1e20_nan", "Lightning: wine, Adagrad at LR 1e20, 1130 "
         "units, batch 11, 3 epochs",
         script=lightning_run(_adagrad("wine", hidden=(1130,), lr=1e20, epochs=3,
                                       batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      f"below the majority share (0.3889)"),
         verdict="failed"),
    Case("h186_lightning_circles_adamw_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), AdamW (weight decay 0.05) at LR 1e-10, 1131 units, batch 21, 3 epochs",
         script=lightning_run(_adamw("circles", hidden=(1131,), lr=1e-10, epochs=3,
                                     batch_size=21, n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7099 at every epoch; accuracy 0.2891 (training 0.2708) at "
                      "its initial weights, 0.21 below the majority share (0.5), far below the "
                      "healthy circles (1.0)"), verdict=TP),
    Case("h186_hf_trainer_digits_rmsprop_momentum5_lr1e20_nan", "Hugging Face Trainer names: "
         "digits, RMSprop with momentum 0.5 at LR 1e20 (decaying linearly), 1132 units, batch "
         "24, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rmsmom("digits", hidden=(1132,), lr=1e20, epochs=3,
                                       batch_size=24), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h186_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), Adagrad at LR 1e-10 (decaying linearly), 1133 units, batch 19, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adagrad("moons", hidden=(1133,), lr=1e-10, epochs=3,
                                        batch_size=19, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6922 at every evaluation; accuracy 0.6905 at its "
                      "initial weights, far above the majority share (0.5) and below the healthy "
                      "moons (0.9394 and up)"), verdict=TP),
    Case("h186_keras_iris_adamw_lr1e20_nan", "Keras names: iris, AdamW (weight decay 0.05) at "
         "LR 1e20, 1134 units, batch 9, 3 epochs",
         script=keras_run(_adamw("iris", hidden=(1134,), lr=1e20, epochs=3, batch_size=9)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333 on three balanced classes"),
         verdict="failed"),
    Case("h186_keras_digits_subset20_rmsprop_momentum5_gap", "Keras names: 20 rows of digits, "
         "1135 units, RMSprop with momentum 0.5 at LR 5e-4, 150 epochs, batch 2",
         script=keras_run(_rmsmom("digits", hidden=(1135,), lr=5e-4, epochs=150, batch_size=2,
                                  subset=20)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9805); the validation loss lowest at epoch 12 of 150 (2.100), 22% "
                      "above it at the end while the training loss falls to 1.5e-6"), verdict=GP),
    Case("h186_tensorboard_breast_cancer_adagrad_lr1e20_nan", "TensorBoard tags: breast "
         "cancer, Adagrad at LR 1e20, 1136 units, batch 20, 3 epochs",
         script=tensorboard_run(_adagrad("breast_cancer", hidden=(1136,), lr=1e20, epochs=3,
                                         batch_size=20)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      f"below the majority share (0.6316)"),
         verdict="failed"),
    Case("h186_tensorboard_moons_subset8_adamw_gap", "TensorBoard tags: 8 rows of moons (660 "
         "points, noise 0.3), 1137 units, AdamW (weight decay 0.05) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_adamw("moons", hidden=(1137,), lr=3e-3, epochs=150,
                                       batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7424, training 1.0; the healthy "
                      "moons 0.9394 and up); the validation loss lowest at its first evaluation "
                      "(0.516), 4.2 times it at the end; the step loss near 0 swings 1.46 times "
                      "its mean (healthy scripts at most 1.42)"), verdict=GP),
    Case("h186_plain_corrupt_record_sine_rmsprop_momentum5", "hand-written loop: sine "
         "regression with noise 0.2 (620 points), RMSprop with momentum 0.5 at LR 1e-4, 1138 "
         "units, batch 22, a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_rmsmom("sine", hidden=(1138,), lr=1e-4, epochs=3, batch_size=22,
                                  n=620, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=13),
    Case("h186_plain_iris_adagrad_lr1e10_stuck", "hand-written loop: iris, Adagrad at LR "
         "1e-10, 1139 units, batch 8, 4 epochs",
         script=plain_run(_adagrad("iris", hidden=(1139,), lr=1e-10, epochs=4, batch_size=8)),
         tool="pytorch", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.099 at every epoch; accuracy 0.5 at its initial "
                      "weights, far above 1/3 and below the healthy iris (0.9667)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy186_munster_relu_adamw_b23",
       _munster(model={"hidden": [41]},
                optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 23})),
    _h("healthy186_munster_tanh_adam_b29",
       _munster(model={"hidden": [37], "activation": "tanh"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy186_munster_elu_adagrad_b32",
       _munster(model={"hidden": [44], "activation": "elu"},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 32})),
    _h("healthy186_munster_leaky_rmsprop_b27",
       _munster(model={"hidden": [39], "activation": "leaky_relu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy186_munster_selu_adadelta_b21",
       _munster(model={"hidden": [35], "activation": "selu"},
                optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 21})),
    _h("healthy186_munster_silu_momentum9_b34",
       _munster(model={"hidden": [31], "activation": "silu"},
                optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 34})),
    _h("healthy186_munster_sigmoid_adam_b31",
       _munster(model={"hidden": [28], "activation": "sigmoid"},
                optim={"lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy186_munster_relu_nesterov8_b36",
       _munster(model={"hidden": [48]},
                optim={"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 36})),
    _h("healthy186_fr1027_tanh_adamw_l1_b26",
       {"data": FR1027, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy186_cl1024_selu_adam_b29",
       {"data": CL1024, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy186_cl1024_elu_adamw_b31",
       {"data": CL1024, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy186_cl1024_relu_adagrad_b26",
       {"data": CL1024, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy186_cl1024_silu_rmsprop_momentum3_b35",
       {"data": CL1024, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, **RMOM3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy186_cl1024_tanh_nesterov8_b24",
       {"data": CL1024, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy186_cl1024_leaky_adadelta_b38",
       {"data": CL1024, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy186_tensorboard_wine_adamw",
        tensorboard_run(_adamw("wine", hidden=(1131,), lr=5e-4, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy186_tensorboard_breast_cancer_rmsprop_momentum5",
        tensorboard_run(_rmsmom("breast_cancer", hidden=(1134,), lr=1e-4, epochs=12,
                                batch_size=22)), "tensorboard"),
    _hs("healthy186_tensorboard_circles_adagrad",
        tensorboard_run(_adagrad("circles", hidden=(1137,), lr=0.01, epochs=15, batch_size=20,
                                 n=640, noise=0.1)), "tensorboard"),
    _hs("healthy186_hf_trainer_digits_adagrad",
        hf_trainer_run(_adagrad("digits", hidden=(1130,), lr=0.02, epochs=10, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy186_hf_trainer_iris_adamw",
        hf_trainer_run(_adamw("iris", hidden=(1133,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy186_hf_trainer_moons_rmsprop_momentum5",
        hf_trainer_run(_rmsmom("moons", hidden=(1136,), lr=2e-4, epochs=20, batch_size=22,
                               n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy186_keras_breast_cancer_adagrad",
        keras_run(_adagrad("breast_cancer", hidden=(1139,), lr=2e-3, epochs=12,
                           batch_size=21)), "keras"),
    _hs("healthy186_keras_moons_adamw",
        keras_run(_adamw("moons", hidden=(1132,), lr=1e-3, epochs=15, batch_size=20, n=680,
                         noise=0.2)), "keras"),
    _hs("healthy186_lightning_digits_rmsprop_momentum5",
        lightning_run(_rmsmom("digits", hidden=(1135,), lr=2e-4, epochs=12, batch_size=27)),
        "lightning"),
    _hs("healthy186_lightning_wine_adagrad",
        lightning_run(_adagrad("wine", hidden=(1138,), lr=3e-3, epochs=15, batch_size=11)),
        "lightning"),
    _hs("healthy186_plain_iris_rmsprop_momentum5",
        plain_run(_rmsmom("iris", hidden=(1130,), lr=5e-4, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy186_plain_circles_adamw",
        plain_run(_adamw("circles", hidden=(1134,), lr=2e-3, epochs=12, batch_size=19, n=670,
                         noise=0.1)), "pytorch"),
    _hs("healthy186_plain_breast_cancer_adagrad",
        plain_run(_adagrad("breast_cancer", hidden=(1137,), lr=2e-3, epochs=12,
                           batch_size=21)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY

