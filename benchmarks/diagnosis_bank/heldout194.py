"""The hundred-and-ninety-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout195` (not looked at), after the measurement of
:mod:`.heldout192` and :mod:`.heldout193`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a hurdy-gurdy (a keybox of short keys (0.5) along its neck over the top two
rows, a lute-shaped body widest in the fourth row, a crank (0.8) bent out of its tail end, in a
6x6 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 1940); 5-class Gaussian quantiles in 1101 dimensions (3120 samples); a
1104-feature 5-class set (2220 samples, 30 informative, 12 redundant, class separation 7.0); a
1107-feature Friedman-1 regression (3640 samples, noise 0.8); a double-gloucester maker's batch
stage CSV (curdling, scalding, milling, maturing: 4 classes from 7 readings,
``double_gloucester_batch_stage_h194``, seed 1941) and a bobsleigh-track firm's guest runs a day
regression CSV (in the hundreds, ``daily_bobsleigh_runs_h194``, seed 1942); the sklearn sets use
random states 1943 to 1945. The glyph's name, the two CSV themes, the feature counts and the
scripts' hidden widths were checked against the bank's parts (the sibling left out) as unused.
Script cases use AdamW with weight decay 0.05, plain Adadelta and SGD with momentum 0.7 (settings
no script of :mod:`.heldout192` or :mod:`.heldout193` uses) on wine, iris, breast cancer, digits,
moons, circles and the sine; every script case holds a hidden width of 1210 to 1219. Runner
optimisers: Adam, AdamW (with an L1 penalty on the Friedman regression), plain RMSprop, RMSprop
with momentum 0.5, Adagrad, Adadelta, plain SGD, SGD with momentum 0.7, 0.8 or 0.9, SGD with
Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser, activation, model or
data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD with
momentum 0.7 in a ReLU net on the unscaled bobsleigh runs and under plain RMSprop at LR 20 in a
ReLU net on the quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init under SGD
with momentum 0.9 at LR 1e-12 on the 1104-feature set, units killed by plain RMSprop at LR 0.1 in
the hurdy-gurdy CNN, a high update ratio from Adam at LR 1 in a SiLU net on the double-gloucester
CSV, tiny learning rates under SGD with momentum 0.9 (tanh, Friedman) and Adam (ELU,
double-gloucester CSV), vanishing gradients under plain SGD in a 22-layer sigmoid net on the
quantiles, saturated tanh units with N(0, 6) init under Adam on the 1104-feature set, the
hurdy-gurdy CNN with N(0, 0.04) init under SGD with Nesterov momentum 0.9 (a slow start), the
unshuffled 1104-feature set under Adagrad (tanh), square error under Adam (SELU), batch 1 under
SGD with momentum 0.9 (ReLU), 40 rows of the 1104-feature set under plain RMSprop (ReLU, a gap),
30 rows of the Friedman regression under Adam (ReLU, overfit, a gap), 1 sigmoid unit under Adam;
the scripts: Lightning's NaN on wine (AdamW) and stuck iris (Adadelta), Trainer's NaN on breast
cancer (momentum) and stuck digits (AdamW), Keras' NaN on digits (Adadelta) and 20 rows of digits
(AdamW, a gap), TensorBoard's NaN on iris (AdamW) and 8 rows of moons (momentum, overfit, a gap),
the loop's corrupt record on the sine (Adadelta) and stuck circles (momentum).

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
expected). Majority shares (the test confusion matrices' rows): 0.2005 on the 1104-feature set,
0.2003 on the quantiles, 0.2793 on the double-gloucester CSV, 0.28 on the hurdy-gurdy images; on
the scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast
cancer), 0.5 (moons, circles). Baselines (validation): accuracy 1.0 (double-gloucester CSV),
0.9932 (1104-feature set), 0.9567 (hurdy-gurdy images), 0.2244 (quantiles); R2 0.468 (Friedman),
0.9378 (bobsleigh CSV).

Measured healthy ranges (runner): update ratio quarter means 1.9e-5 (the leaky-ReLU MLP with
momentum 0.9 on the 1104-feature set) to 0.0515 (the tanh MLP on the Friedman regression), single
steps at most 0.288 (the tanh MLP with Adagrad on the 1104-feature set); the ``update_ratio_high``
run reaches quarter means of 0.18 with single steps up to 9.8; the ``update_ratio_low`` runs log
quarter means of at most 1.4e-8 and 1.5e-10. Dead fraction 0 in every healthy ReLU, leaky-ReLU,
ELU, SELU and SiLU run (the RMSprop-killed CNN's second convolution 0.75 and dense units 1.0, the
slow start's dense units up to 0.29, the quantile divergence's second layer 0.68, the exploding
run's deep layers up to 0.11, the 30-row Friedman regression's second layer 0.52, the
update-ratio run's 0.03); saturated fraction at most 0.0112 (the tanh MLP with Adagrad on the
1104-feature set); the saturated run's 0.990 and 0.947, the one-unit run's 0.94. Gradient norms
at least 0.0061 (the SiLU MLP with Nesterov momentum on the 1104-feature set) and at most 336 (the
Friedman regression; at most 4.5 on the 1104-feature set), first norms at least 0.122 (the
sigmoid MLP with RMSprop on the double-gloucester CSV); the vanishing run's down to 6.9e-20, the
exploding run's 2.1e5 to 2.1e6, the slow start's first 2.8e-3. The step loss's position in the
epoch explains at most 30% of the within-epoch variance over the second half in the healthy
runner runs (the SiLU MLP with Adadelta on the double-gloucester CSV) and 17% in the healthy
scripts (the loop's breast cancer); the unshuffled run 99.8%. The standard deviation of the step
loss's step-to-step change over the second half is at most 0.79 times its mean in the healthy
runner runs (the leaky-ReLU MLP with momentum 0.9 on the 1104-feature set) and 1.54 in the
healthy scripts (TensorBoard's circles); the batch-1 run's is 15.5. Healthy scores: accuracy 1.0
on the double-gloucester CSV (every split, every run), 0.9527-0.991 on the 1104-feature set (test
0.9572-0.9865; training 1.0), R2 0.6956 on the Friedman regression (test 0.701, training 0.7797);
scripts (validation): wine 1.0 and 1.0, breast cancer 0.9649, 0.9561 and 0.9649, circles 1.0 and
1.0, digits 0.9694 and 0.9749, iris 0.9667 and 0.9667, moons 1.0 and 0.9706. Every healthy run's
validation loss is lowest at its end but Trainer's iris (epoch 18 of 20, 0.49% above it),
Trainer's moons (epoch 19 of 20, 0.48%) and Lightning's digits (epoch 10 of 12, 0.53%).

Changes after the first run: the healthy ReLU MLP with RMSprop at LR 5e-4 on the 1104-feature set
swung 1.71 times its mean near a step loss of 0, so LR 2e-4 (0.27); the tanh MLP with Adagrad at
LR 0.01 there held 7.1% of its units saturated, so LR 5e-3 (1.1%). TensorBoard's wine (AdamW at LR
1e-3) ended 9% above its epoch-13 validation loss, so LR 5e-4; TensorBoard's breast cancer
(Adadelta at LR 0.5, 12 epochs) ended 7.4% above its epoch-10 minimum and at LR 0.2 2.6% above its
epoch-11 minimum, so LR 0.1 for 15 epochs; Lightning's wine (momentum at LR 0.02) ended 3.8%
above its epoch-12 minimum, so LR 0.01; the loop's iris (Adadelta at LR 1) ended 7.1% above its
epoch-18 minimum, so LR 0.5 (each then lowest at the end). The 30-row Friedman regression as an
ELU MLP ended only 1.3% above its epoch-38 validation loss, so a ReLU MLP (46% above its epoch-2
minimum). The 40 rows of the 1104-feature set under RMSprop at LR 1e-3 kept their validation loss
lowest at the end; at LR 1e-2 the run reached only 0.9 on its training rows, with momentum 0.5 at
LR 3e-3 it ended 8% above its epoch-13 minimum and at batch 2 2.7% above its epoch-92 minimum, so
the first setting was kept with ``overfitting`` allowed and ``generalisation_gap`` expected.
Labels from the metrics: the hurdy-gurdy CNN's blow-up passed (its loss ends near ln 4, below its
first step), so ``divergence`` is allowed there and the verdict is a training problem; the test
predictions fall in one class in the quantile divergence (99.7%), the killed CNN (100%) and the
vanishing run (100%), so ``predictions_collapsed`` is expected there; 78% in the exploding run
(allowed there), 51% in the one-unit run, 42% in the stuck double-gloucester run and 22% in the
saturated run (neither expected nor allowed); Trainer's stuck digits (0.078 against 0.1003),
Keras' NaN digits (0.1003) and TensorBoard's NaN iris (0.3333) score at the majority share
(``at_chance`` expected), Lightning's NaN wine (0.3333 against 0.3889), Trainer's NaN breast
cancer (0.3684 against 0.6316) and the loop's stuck circles (0.4286 against 0.5) more than 0.05
below it (allowed); Lightning's stuck iris scores 0.6667 at its initial weights, far above 1/3, so
``at_chance`` is neither expected nor allowed there; the vanishing run's epoch loss falls from
1.623 to 1.611 and stops at ln 5 (1.609), at chance, so ``not_training`` is expected; the
unshuffled run's loss still falls with the validation loss lowest at the end (``not_converged``
expected); Keras' 20 rows of digits keep their validation loss lowest at the end, so
``overfitting`` is allowed there and ``generalisation_gap`` expected; TensorBoard's 8 rows of
moons end at 2.5 times their first validation loss, so ``overfitting`` is expected there; the slow
start sat at ln 4 for 8 epochs, so ``slow_start`` is expected.

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

# a hurdy-gurdy in a 6x6 cell: the keybox along its neck (the top two rows, its short keys 0.5
# standing out at the sides of the second row), a lute-shaped body widest in the fourth row, and
# at its tail end a crank (a shaft out of the tail bent into a handle, 0.8); turned by 90
# degrees for the others
_HURDY_GURDY_UP = np.array([[0, 0, 1, 1, 0, 0],
                            [0, 0.5, 1, 1, 0.5, 0],
                            [0, 1, 1, 1, 1, 0],
                            [1, 1, 1, 1, 1, 1],
                            [0, 1, 1, 1, 1, 0],
                            [0, 0, 0, 1, 0.8, 0.8]], dtype=float)
_HURDY_GURDIES = turned(_HURDY_GURDY_UP)


def hurdy_gurdies(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                  seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 hurdy-gurdy glyph at a random place (4 classes: the hurdy-gurdy turned by 0,
    90, 180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_HURDY_GURDIES, n, size, noise, flip, seed)


def _double_gloucester_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A double-gloucester maker's batch stage (0 curdling, 1 scalding, 2 milling, 3 maturing)
    from 7 readings."""
    n = 1450
    cls = rng.integers(0, 4, n)
    curd_c = np.array([31.0, 39.0, 34.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    whey_ph = np.array([6.5, 6.2, 5.4, 5.1])[cls] + rng.normal(0, 0.1, n)
    moisture_pct = np.array([85.0, 70.0, 52.0, 38.0])[cls] + rng.normal(0, 3.0, n)
    salt_g_kg = np.array([0.0, 0.0, 16.0, 17.0])[cls] + rng.normal(0, 1.2, n)
    annatto_ml = np.array([4.0, 0.0, 0.0, 0.0])[cls] + rng.normal(0, 0.4, n)
    dairy_c = rng.uniform(10.0, 24.0, n)
    cheesemakers = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "whey_ph", "moisture_pct", "salt_g_kg", "annatto_ml", "dairy_c",
             "cheesemakers", "stage"],
            np.column_stack([curd_c, whey_ph, moisture_pct, salt_g_kg, annatto_ml, dairy_c,
                             cheesemakers, cls]))


def _bobsleigh_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bobsleigh-track firm's guest runs a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    frost_c = rng.uniform(-20.0, 2.0, n)
    snow_cm = rng.uniform(0.0, 40.0, n)
    sleds = rng.integers(4, 16, n).astype(float)
    pilots = rng.integers(2, 10, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    hotel_pct = rng.uniform(25.0, 100.0, n)
    runs = (90 - 3.0 * frost_c - 2.5 * snow_cm + 9.0 * sleds + 14.0 * pilots
            + 70.0 * school_holiday + 1.3 * hotel_pct + 40.0 * (weekday >= 5)
            + rng.normal(0, 16.0, n))
    return (["weekday", "frost_c", "snow_cm", "sleds", "pilots", "school_holiday", "hotel_pct",
             "runs"],
            np.column_stack([weekday, frost_c, snow_cm, sleds, pilots, school_holiday,
                             hotel_pct, runs]))


def _gloucester(**sections: Any) -> Any:
    return _csv("double_gloucester_batch_stage_h194", _double_gloucester_csv, "stage",
                "classification", 1941, **sections)


def _bobsleigh(**sections: Any) -> Any:
    return _csv("daily_bobsleigh_runs_h194", _bobsleigh_csv, "runs", "regression", 1942,
                **sections)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW with weight decay 0.05."""
    return _s(data, optim="adamw", optim_args={"weight_decay": 0.05}, **kw)


def _adadelta(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adadelta."""
    return _s(data, optim="adadelta", **kw)


def _mom7(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.7."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.7}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout194"
HG4 = _factory(f"{HERE}:hurdy_gurdies", seed=1940)
GQ51101 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3120,
                   n_features=1101, n_classes=5, random_state=1943)
CL1104 = _factory("sklearn.datasets:make_classification", n_samples=2220, n_features=1104,
                  n_informative=30, n_redundant=12, n_classes=5, class_sep=7.0,
                  random_state=1944)
FR1107 = _factory("sklearn.datasets:make_friedman1", n_samples=3640, n_features=1107,
                  noise=0.8, random_state=1945)
HCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h194_divergence_bobsleigh_momentum7_relu", "the bobsleigh runs CSV (targets "
         "unscaled, in the hundreds), 27-unit ReLU MLP, SGD with momentum 0.7 at LR 0.02, "
         "batch 25",
         _bobsleigh(model={"hidden": [27]},
                    optim={"name": "sgd", "lr": 0.02, **MOM7},
                    train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.2e5 at first, 4.1e7 at step 3 and Inf at "
                      "step 5, where the run stops"),
         verdict="failed"),
    Case("h194_divergence_gq51101_rmsprop_lr20_relu", "47x19 ReLU MLP on the 5-class quantiles "
         "in 1101 dimensions, plain RMSprop at LR 20, batch 37",
         {"data": GQ51101, "model": {"hidden": [47, 19]},
          "optim": {"name": "rmsprop", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.64 at first, up to 2.0e10 and 19.5 at the "
                      "end (epoch losses 1.0e9, 8.3e6 and 4.1e4); 68% of the second layer's units "
                      "logged dead; "
                      "accuracy 0.1987 (test 0.2003) at the majority share (0.2003)"),
         verdict="failed"),
    Case("h194_exploding_cl1104_9x27_elu_std1_momentum9", "9x27 ELU MLP with N(0, 1) init on "
         "the 1104-feature set, SGD with momentum 0.9 at LR 1e-12, batch 39",
         {"data": CL1104, "model": {"hidden": [27] * 9, "activation": "elu",
                                    "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, **MOM9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 1.37e6 at every epoch; every gradient norm 2.1e5 to 2.1e6 "
                      "(healthy at most 336, on this set 4.5); quarter-mean update ratios 3.2e-9 "
                      "to 7.2e-7 (healthy at least 1.9e-5), a side effect of the LR; up to 11% of "
                      "a deep layer's units logged dead; accuracy 0.2252 (test 0.2072) near the "
                      "majority share (0.2005); 78% of the test predictions in one class"),
         verdict="failed"),
    Case("h194_dead_relu_hurdy_gurdy_cnn_rmsprop_lr01", "the hurdy-gurdy CNN (7, 12 channels, "
         "21 hidden), plain RMSprop at LR 0.1, batch 27",
         {"data": HG4, "model": HCNN,
          "optim": {"name": "rmsprop", "lr": 0.1},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 7113 in epoch 1 (epoch loss 215), then "
                      "sits near ln 4 (1.401 in the last epoch, 1.349 at the last step, below the "
                      "first), so the blow-up passed and divergence is not the end state; "
                      "gradient norms 0 to 3415 and quarter-mean update ratios up to 0.57 (healthy "
                      "at most 0.052), single steps up to 13.5; 75% of the second convolution's "
                      "channels and every dense unit logged dead (healthy runs 0); accuracy 0.28 at"
                      " the majority share (0.28), every test prediction in one class"),
         verdict=TP),
    Case("h194_update_ratio_high_gloucester_adam_silu", "Adam at LR 1 on the double-gloucester "
         "batch CSV, 33 SiLU units, batch 24, 8 epochs",
         _gloucester(model={"hidden": [33], "activation": "silu"},
                     optim={"name": "adam", "lr": 1.0},
                     train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.18, single "
                      "steps up to 9.8; the healthy runs at most 0.052 and 0.29), yet accuracy 1.0 "
                      "(test 0.9966); the step loss jumps to 45 in epoch 1 and is 0 from epoch 2 "
                      "on, so later gradients are 0 and update ratios 0; 3% of the SiLU units "
                      "logged dead"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h194_momentum9_lr1e10_fr1107_tanh", "the 1107-feature Friedman regression, 41x17 tanh "
         "MLP, SGD with momentum 0.9 at LR 1e-10, batch 34, 4 epochs",
         {"data": FR1107, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -7.95, far below the baseline (0.468 on validation) and the healthy run "
                      "(0.6956); the epoch loss 228.6 at every epoch; quarter-mean update ratios at"
                      " most 1.4e-8 (healthy at least 1.9e-5); the step loss's position in the "
                      "epoch explains 47% of its within-epoch variance, the same batches meeting "
                      "the same weights"), verdict=TP),
    Case("h194_adam_lr1e10_gloucester_elu", "the double-gloucester batch CSV, 32x15 ELU MLP, "
         "Adam at LR 1e-10, batch 27, 4 epochs",
         _gloucester(model={"hidden": [32, 15], "activation": "elu"},
                     optim={"name": "adam", "lr": 1e-10},
                     train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.375 at every epoch; quarter-mean update ratios at most "
                      "1.5e-10 (healthy at least 1.9e-5); the step loss's position in the epoch "
                      "explains 40% of its within-epoch variance; accuracy 0.269 (test 0.2897) "
                      "against a majority share of 0.2793; 42% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h194_vanishing_sigmoid_gq51101_22x12_sgd", "22x12 sigmoid MLP on the quantiles, "
         "plain SGD at LR 0.05, batch 43, 4 epochs",
         {"data": GQ51101, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 6.9e-20 to 8.5e-18 (healthy at least "
                      "0.0061), growing about sevenfold a layer towards the output; the last layers"
                      " and the output bias still move, so the epoch loss goes from 1.623 to 1.611 "
                      "(ln 5 is 1.609; the first step 1.647) and no further; accuracy 0.2003 at "
                      "the majority share (0.2003), every test prediction in one class"),
         verdict=TP),
    Case("h194_saturated_tanh_cl1104_std6_adam", "2x32 tanh MLP with N(0, 6) init on the "
         "1104-feature set, Adam at LR 1e-9, batch 35",
         {"data": CL1104, "model": {"hidden": [32, 32], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.0% and 94.7% of the tanh units saturated (healthy at most 1.1%); "
                      "update ratios of at most 2.6e-11, a side effect of the LR; the huge weights "
                      "give gradient norms up to 346 (the healthy runs on this set at most 4.5); "
                      "the epoch loss 41.03 at every epoch, far above ln 5; the step loss's "
                      "position explains 31% of its within-epoch variance; accuracy 0.205 against "
                      "a majority share of 0.2005; the test predictions spread (at most 22% in "
                      "one class)"), verdict=TP),
    Case("h194_slow_start_hurdy_gurdy_cnn_nesterov9_std004", "the hurdy-gurdy CNN with "
         "N(0, 0.04) init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 28, 20 "
         "epochs",
         {"data": HG4, "model": {**HCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.374 to 1.391) for the first 8 epochs, "
                      "then falls (0.1134 at epoch 20, 3% below epoch 19, the validation loss "
                      "lowest at the end); the first gradient norms 2.8e-3 to 4.7e-3 (healthy "
                      "first norms at least 0.12); up to 29% of the dense ReLU units logged dead "
                      "(healthy 0); accuracy 0.92 (test 0.92) a little below the baseline "
                      "(0.9567)"), verdict=TP),
    Case("h194_unshuffled_cl1104_adagrad_tanh", "the 1104-feature set sorted by label, never "
         "shuffled, 44x21 tanh MLP, Adagrad at LR 1e-3, batch 35, 8 epochs",
         {"data": {**CL1104, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 30%); accuracy 0.6464 (test 0.6464, "
                      "training 0.8911), far below the healthy runs (0.9527 and up), with the "
                      "epoch loss still falling (1.125 to 1.085 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h194_mse_softmax_gloucester_adam_selu", "the double-gloucester batch CSV trained with "
         "square error on the softmax, Adam at LR 1e-3, 29x13 SELU MLP, batch 25, 10 epochs",
         _gloucester(model={"hidden": [29, 13], "activation": "selu"},
                     optim={"name": "adam", "lr": 1e-3},
                     train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "9.7e-4 at the end, so gradients down to 1.7e-3 (healthy at least 0.0061); "
                      "the step loss's position explains 43% of its within-epoch variance "
                      "(healthy up to 30%); the validation loss lowest at the end"), verdict=TP),
    Case("h194_noisy_cl1104_b1_momentum9_relu", "the 1104-feature set one row at a time (batch "
         "1), SGD with momentum 0.9 at LR 1e-3, 23-unit ReLU MLP, 2 epochs",
         {"data": CL1104, "model": {"hidden": [23]},
          "optim": {"name": "sgd", "lr": 1e-3, **MOM9},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 15.5 times its mean (healthy runner runs at most 0.79,"
                      " healthy scripts 1.54), up to 8.6 from near 0; single-row gradients up to "
                      "54 (healthy on this set at most 4.5); accuracy 0.982 (test 0.982, training"
                      " 0.9977), like the healthy runs; over 2 epochs the step loss's position "
                      "explains all of its within-epoch variance (one value a position)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h194_overfit_cl1104_subset40_rmsprop_relu", "40 rows of the 1104-feature set, ReLU "
         "MLP of 172 and 88 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL1104, "subset": 40},
          "model": {"hidden": [172, 88]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("40 rows teach less than every row: accuracy 0.5676 (test 0.6329, training "
                      "1.0; the healthy runs 0.9527 and up); the validation loss is lowest at the "
                      "end (1.1055, falling 0.02% in the last epoch) while the training loss is "
                      "3e-8, so overfitting is not there and the run has nothing left to learn; "
                      "gradients fall to 2e-7 (healthy at least 0.0061); 1.1% of the second "
                      "layer's units logged dead"), verdict=GP),
    Case("h194_overfit_fr1107_subset30_adam_relu", "30 rows of the 1107-feature Friedman "
         "regression, ReLU MLP of 164 and 84 units, Adam at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR1107, "subset": 30},
          "model": {"hidden": [164, 84]},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu"),
         why_allowed=("30 rows teach less (R2 -5.03, test -5.14; training 0.9863, at most 0.9997;"
                      " the healthy run 0.6956); the validation loss lowest at epoch 2 of 80 "
                      "(100.1), 46% above it at the end (146.1) while the training loss falls to "
                      "0.02-0.17; the step loss swings 4.1 times its mean and gradients reach 883 "
                      "(healthy at most 336); up to 52% of the second layer's ReLU units logged "
                      "dead (healthy 0)"), verdict=GP),
    Case("h194_underfit_cl1104_one_sigmoid_unit_adam", "the 1104-feature set through 1 "
         "sigmoid unit, Adam at LR 0.01, batch 38, 15 epochs",
         {"data": CL1104, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high",
                "saturated_activation"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.4377 (the "
                      "healthy runs 1.0), accuracy 0.3874 (test 0.4077); the epoch loss falls "
                      "slowly (1.021 to 1.013 in the last epoch) with the validation loss lowest "
                      "at the end (0.2% below epoch 14); the one unit saturates (up to 94%; "
                      "healthy at most 1.1%); single update ratios up to 0.57 (healthy 0.29); 51% "
                      "of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h194_lightning_wine_adamw_lr1e20_nan", "Lightning: wine, AdamW (weight decay 0.05) "
         "at LR 1e20, 1210 units, batch 11, 3 epochs",
         script=lightning_run(_adamw("wine", hidden=(1210,), lr=1e20, epochs=3,
                                     batch_size=11)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h194_lightning_iris_adadelta_lr1e10_stuck", "Lightning: iris, plain Adadelta at LR "
         "1e-10, 1211 units, batch 9, 3 epochs",
         script=lightning_run(_adadelta("iris", hidden=(1211,), lr=1e-10, epochs=3,
                                        batch_size=9)),
         tool="lightning", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.9355 at every epoch; accuracy 0.6667 (training 0.6667) "
                      "at its initial weights, far above 1/3, so at_chance is not there; below the "
                      "healthy iris (0.9667)"), verdict=TP),
    Case("h194_hf_trainer_breast_cancer_momentum7_lr1e20_nan", "Hugging Face Trainer names: "
         "breast cancer, SGD with momentum 0.7 at LR 1e20 (decaying linearly), 1212 units, "
         "batch 19, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_mom7("breast_cancer", hidden=(1212,), lr=1e20, epochs=3,
                                     batch_size=19), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h194_hf_trainer_digits_adamw_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "AdamW (weight decay 0.05) at LR 1e-10 (decaying linearly), 1213 units, batch 26, 3 "
         "epochs, logging every 3 steps",
         script=hf_trainer_run(_adamw("digits", hidden=(1213,), lr=1e-10, epochs=3,
                                      batch_size=26), logging_steps=3),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.357 at every evaluation; accuracy 0.078 at its "
                      "initial weights, 0.022 below the majority share (0.1003)"), verdict=TP),
    Case("h194_keras_digits_adadelta_lr1e20_nan", "Keras names: digits, plain Adadelta at LR "
         "1e20, 1214 units, batch 23, 3 epochs",
         script=keras_run(_adadelta("digits", hidden=(1214,), lr=1e20, epochs=3,
                                    batch_size=23)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h194_keras_digits_subset20_adamw_gap", "Keras names: 20 rows of digits, 1215 units, "
         "AdamW (weight decay 0.05) at LR 2e-3, 150 epochs, batch 2",
         script=keras_run(_adamw("digits", hidden=(1215,), lr=2e-3, epochs=150, batch_size=2,
                                 subset=20)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5682, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at the end, falling 0.05% "
                      "in the last epoch while the training loss sits at 1.9e-4, so neither "
                      "overfitting nor more epochs that help"), verdict=GP),
    Case("h194_tensorboard_iris_adamw_lr1e20_nan", "TensorBoard tags: iris, AdamW (weight "
         "decay 0.05) at LR 1e20, 1216 units, batch 8, 3 epochs",
         script=tensorboard_run(_adamw("iris", hidden=(1216,), lr=1e20, epochs=3,
                                       batch_size=8)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on three "
                      "balanced classes"), verdict="failed"),
    Case("h194_tensorboard_moons_subset8_momentum7_gap", "TensorBoard tags: 8 rows of moons "
         "(660 points, noise 0.3), 1217 units, SGD with momentum 0.7 at LR 0.05, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_mom7("moons", hidden=(1217,), lr=0.05, epochs=150,
                                      batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7727, training 1.0; the healthy "
                      "moons 0.9706 and up); the validation loss lowest at the first evaluation "
                      "(0.951), 2.5 times it at the end (2.35); the step loss jumps to 25.6 on the "
                      "way"), verdict=GP),
    Case("h194_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), plain Adadelta at LR 0.1, 1218 units, batch 22, a corrupt "
         "record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_adadelta("sine", hidden=(1218,), lr=0.1, epochs=3, batch_size=22,
                                    n=640, noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=15),
    Case("h194_plain_circles_momentum7_lr1e10_stuck", "hand-written loop: circles (630 points, "
         "noise 0.1), SGD with momentum 0.7 at LR 1e-10, 1219 units, batch 21, 4 epochs",
         script=plain_run(_mom7("circles", hidden=(1219,), lr=1e-10, epochs=4, batch_size=21,
                                n=630, noise=0.1)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7279 at every epoch; accuracy 0.4286, 0.071 below "
                      "the majority share (0.5)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy194_gloucester_relu_adam_b25",
       _gloucester(model={"hidden": [41]},
                   optim={"lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 25})),
    _h("healthy194_gloucester_tanh_adamw_b29",
       _gloucester(model={"hidden": [37], "activation": "tanh"},
                   optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 29})),
    _h("healthy194_gloucester_elu_rmsprop_momentum5_b32",
       _gloucester(model={"hidden": [44], "activation": "elu"},
                   optim={"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 32})),
    _h("healthy194_gloucester_leaky_adagrad_b27",
       _gloucester(model={"hidden": [39], "activation": "leaky_relu"},
                   optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 27})),
    _h("healthy194_gloucester_selu_momentum8_b23",
       _gloucester(model={"hidden": [35], "activation": "selu"},
                   optim={"name": "sgd", "lr": 0.01, **MOM8, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 23})),
    _h("healthy194_gloucester_silu_adadelta_b34",
       _gloucester(model={"hidden": [31], "activation": "silu"},
                   optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 34})),
    _h("healthy194_gloucester_sigmoid_rmsprop_b31",
       _gloucester(model={"hidden": [28], "activation": "sigmoid"},
                   optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 31})),
    _h("healthy194_gloucester_relu_nesterov9_b36",
       _gloucester(model={"hidden": [46]},
                   optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                   train={"epochs": 12, "batch_size": 36})),
    _h("healthy194_fr1107_tanh_adamw_l1_b26",
       {"data": FR1107, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy194_cl1104_selu_adamw_b29",
       {"data": CL1104, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy194_cl1104_elu_adam_b31",
       {"data": CL1104, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy194_cl1104_relu_rmsprop_b26",
       {"data": CL1104, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy194_cl1104_silu_nesterov9_b33",
       {"data": CL1104, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy194_cl1104_tanh_adagrad_b24",
       {"data": CL1104, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 5e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy194_cl1104_leaky_momentum9_b36",
       {"data": CL1104, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy194_tensorboard_wine_adamw",
        tensorboard_run(_adamw("wine", hidden=(1211,), lr=5e-4, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy194_tensorboard_breast_cancer_adadelta",
        tensorboard_run(_adadelta("breast_cancer", hidden=(1214,), lr=0.1, epochs=15,
                                  batch_size=21)), "tensorboard"),
    _hs("healthy194_tensorboard_circles_momentum7",
        tensorboard_run(_mom7("circles", hidden=(1217,), lr=0.05, epochs=15, batch_size=19,
                              n=640, noise=0.1)), "tensorboard"),
    _hs("healthy194_hf_trainer_digits_momentum7",
        hf_trainer_run(_mom7("digits", hidden=(1210,), lr=0.05, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy194_hf_trainer_iris_adamw",
        hf_trainer_run(_adamw("iris", hidden=(1213,), lr=2e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy194_hf_trainer_moons_adadelta",
        hf_trainer_run(_adadelta("moons", hidden=(1216,), lr=1.0, epochs=20, batch_size=21,
                                 n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy194_keras_breast_cancer_momentum7",
        keras_run(_mom7("breast_cancer", hidden=(1219,), lr=0.01, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy194_keras_moons_adamw",
        keras_run(_adamw("moons", hidden=(1212,), lr=1e-3, epochs=15, batch_size=19, n=680,
                         noise=0.2)), "keras"),
    _hs("healthy194_lightning_digits_adadelta",
        lightning_run(_adadelta("digits", hidden=(1215,), lr=1.0, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy194_lightning_wine_momentum7",
        lightning_run(_mom7("wine", hidden=(1218,), lr=0.01, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy194_plain_iris_adadelta",
        plain_run(_adadelta("iris", hidden=(1210,), lr=0.5, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy194_plain_circles_adamw",
        plain_run(_adamw("circles", hidden=(1214,), lr=2e-3, epochs=12, batch_size=18, n=670,
                         noise=0.1)), "pytorch"),
    _hs("healthy194_plain_breast_cancer_momentum7",
        plain_run(_mom7("breast_cancer", hidden=(1217,), lr=0.01, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
