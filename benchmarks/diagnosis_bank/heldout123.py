"""The hundred-and-twenty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout122` (not looked at), after :mod:`.heldout118` to
:mod:`.heldout121`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
davit (a boat crane: a post up the left column on a foot, its arm over the top bending down on
the right into a hook, in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500
images with noise 0.3 and 2% random labels (seed 1230); 5-class Gaussian quantiles in 351
dimensions (3150 samples); a 354-feature 5-class set (2060 samples, 31 informative, 12
redundant, class separation 2.8); a 357-feature Friedman-1 regression (1660 samples, noise 0.9);
a cider-vinegar works' batch stage CSV (fermenting, acetifying, ageing, filtering: 4 classes from
7 readings, ``cider_vinegar_works_batch_stage_h123``, seed 1231) and a botanical glasshouse's
visitors a day regression CSV (in the hundreds, ``botanical_glasshouse_daily_visitors_h123``,
seed 1232); the sklearn sets use random states 1233 to 1235. The glyph's name, the two CSV themes
and the feature counts were checked against the bank's parts as unused. Script cases use
Adagrad, RMSprop with momentum 0.5 and AdamW on wine, iris, moons, digits, circles, blobs, breast
cancer and the sine; every script case holds a hidden width of 500 to 509. Runner optimisers:
Adam, AdamW, plain RMSprop, RMSprop with momentum 0.5, Adagrad, Adadelta, plain SGD, SGD with
momentum 0.9 or 0.95, SGD with Nesterov momentum 0.7 or 0.9. Each fault pairs its mechanism with
another optimiser, model, data set or tool than :mod:`.heldout118` to :mod:`.heldout121` did:
divergence under SGD with momentum 0.95 in a leaky-ReLU net on the unscaled glasshouse visitors
and under Adagrad at LR 80 in a SiLU net on the quantiles, exploding gradients in a 10-layer SELU
net with N(0, 1.2) init under RMSprop with momentum 0.5, units killed by AdamW at LR 4 in the
davit CNN, a high update ratio from Adagrad at LR 0.8 in a SiLU net on the vinegar CSV, tiny
learning rates under RMSprop with momentum 0.5 (SiLU, Friedman) and plain SGD (SELU, vinegar
CSV), vanishing gradients under Adagrad in a 24-layer sigmoid net, saturated sigmoid units with
N(0, 6) init under Adadelta on the 354-feature set, the davit CNN with N(0, 0.05) init under
plain SGD (a slow start), the unshuffled 354-feature set under SGD with momentum 0.9 (ELU),
square error under Adadelta (SiLU), batch 1 under plain SGD (SELU), 44 rows of the 354-feature
set under SGD with Nesterov momentum 0.9 (SiLU), 35 rows of the Friedman regression under Adagrad
(leaky ReLU), 1 sigmoid unit under SGD with Nesterov momentum 0.9; the scripts: Lightning's NaN
on wine (Adagrad) and stuck iris (RMSprop with momentum), Trainer's NaN on moons (AdamW) and
stuck wine (Adagrad), Keras' NaN on iris (RMSprop with momentum) and 4 rows of circles (AdamW, a
gap), TensorBoard's NaN on digits (Adagrad) and 5 rows of wine (RMSprop with momentum, a gap),
the loop's corrupt record on the sine (AdamW) and stuck circles (RMSprop with momentum).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2015
on the 354-feature set's test split, 0.2568 on the vinegar CSV's, 0.27 on the davit images', 0.2
on the quantiles'; on the scripts' validation splits 1/3 (iris), 0.5 (moons, circles), 0.1003
(digits). Baselines (validation): accuracy 1.0 (vinegar CSV), 0.8811 (354-feature set), 0.9367
(davit images), 0.2143 (quantiles); R2 0.6133 (Friedman), 0.9510 (glasshouse CSV).

Measured healthy ranges (runner): update ratio quarter means 2.8e-5 (the SELU MLP with Adam on
the Friedman regression) to 0.0269 (the tanh MLP with Adagrad on the 354-feature set), single
steps at most 0.326 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.134
with single steps up to 8.24; the ``update_ratio_low`` runs log quarter means of at most 9.1e-9
and 3.1e-12. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the
AdamW-killed CNN's 1.0, the slow-starting CNN's 0.15 early on, the quantile divergence's 0.61,
the 35-row leaky-ReLU regression's 0.13, the exploding SELU run's 0.077); saturated fraction at
most 0.0261 (the tanh MLP with Adagrad on the 354-feature set); the saturated run's 0.972, the
one-sigmoid-unit run's 0.609. Gradient norms at least 0.017 and at most 3e2 (the Friedman
regression's first steps); the vanishing run's 6.5e-22, the exploding run's 9.4e6 to 6.2e7. The
step loss's position in the epoch explains at most 24% of the within-epoch variance over the
second half in the healthy runner runs (the SELU MLP on the Friedman regression; the unshuffled
run 98%). The standard deviation of the step loss's step-to-step change over the second half is
at most 0.61 times its mean in the healthy runner runs (the same run) and 1.69 in the healthy
scripts (TensorBoard's and the loop's breast cancer); the batch-1 run's is 4.68. Healthy scores
(test): accuracy 0.976-0.9932 on the vinegar CSV (validation 0.9726-0.9966), 0.8883-0.8981 on
the 354-feature set (validation 0.8689-0.8956), R2 0.5774 on the Friedman regression (validation
0.6315); scripts (validation): breast cancer 0.9649 (three runs), moons 0.9762, 0.9924 and
0.9615, iris 0.9667, wine 1.0 (two runs), digits 0.9694 and 0.9749, three blobs 0.6719
(overlapping clusters), circles 0.9923. Every healthy runner run's validation loss is lowest at
its end or within 0.42% of its minimum (the SELU MLP on the Friedman regression, epoch 10 of
12); the scripts' within 0.67% (Keras' breast cancer, epoch 18 of 20).

Changes after the first run: the davit CNN with N(0, 0.03) init under plain SGD at LR 0.2 never
left ln 4 in 20 epochs (accuracy 0.27), so it ran with N(0, 0.05) init at LR 0.3 (ln 4 for 5
epochs, then accuracy 0.9267). Healthy runs: the ELU MLP with AdamW on the Friedman regression
peaked at epoch 9 of 30 (R2 0.42; 0.41 at 10 epochs) and the tanh MLP with Adagrad there reached
R2 -2.44 at LR 0.01 and 0.05 at LR 0.1 with 69% of its units saturated (plain RMSprop: -0.69),
so they were dropped for a SELU MLP with Adam (at 30 epochs its validation loss rose 3.4% after
epoch 9, so 12 epochs) and an ELU MLP with AdamW on the 354-feature set; the SiLU MLP with AdamW
on the vinegar CSV reached only 0.9315 at LR 1e-3, so it ran at 3e-3; TensorBoard's three blobs
under RMSprop with momentum had its validation loss lowest at epoch 1 (4.1% above it after 20
epochs, 0.9% after 6), so it became moons (at LR 1e-3 for 20 epochs 14.8% above its minimum, so
LR 5e-4 for 12); TensorBoard's iris rose 5.2% after epoch 24 of 40, so it ran 20 epochs at LR
1e-3; the loop's sine rose 15% (6.8% at LR 1e-3) at its last epochs, so it became moons. Labels
from the metrics: the quantile divergence (98%), the killed CNN (100%), the exploding run (97%)
and the vanishing run (100%) put nearly every test prediction in one class
(``predictions_collapsed`` expected) at the majority share (``at_chance`` expected); the stuck
vinegar run (0.2979) and the saturated run (0.2184) score at chance; the unshuffled, square-error
and slow-start runs still fell with the validation loss lowest at the end (``not_converged``
expected); the one sigmoid unit saturated (61%, ``saturated_activation`` expected); Trainer's NaN
moons (0.5), Keras' NaN iris (1/3), TensorBoard's NaN digits (0.1003) and the loop's stuck
circles (0.5) score at chance (``at_chance`` expected), Lightning's NaN wine (1/3), stuck iris
(0.1667) and Trainer's stuck wine (0.3056) not clearly (allowed); the batch-1 run's validation
loss rose 4.4% in its second epoch (``overfitting`` allowed).

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

# a boat davit in a 5x5 cell: a post up the left column on a foot, its arm over the top bending
# down on the right into a hook; turned by 90 degrees for the others
_DAVIT_UP = np.array([[1, 1, 1, 0, 0],
                      [1, 0, 0, 1, 0],
                      [1, 0, 0, 0, 1],
                      [1, 0, 0, 1, 1],
                      [1, 1, 0, 0, 0]], dtype=float)
_DAVITS = turned(_DAVIT_UP)


def davits(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
           seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 davit glyph at a random place (4 classes: the davit turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_DAVITS, n, size, noise, flip, seed)


def _vinegar_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cider-vinegar works' batch stage (0 fermenting, 1 acetifying, 2 ageing, 3 filtering)
    from 7 readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    tank_c = np.array([22.0, 29.0, 15.0, 12.0])[cls] + rng.normal(0, 1.0, n)
    alcohol_pct = np.array([4.5, 1.2, 0.3, 0.2])[cls] + rng.normal(0, 0.3, n)
    acidity_pct = np.array([0.4, 3.5, 5.4, 5.6])[cls] + rng.normal(0, 0.25, n)
    air_lpm = np.array([0.0, 45.0, 2.0, 0.0])[cls] + rng.normal(0, 3.0, n)
    turbidity_ntu = np.array([180.0, 120.0, 60.0, 8.0])[cls] + rng.normal(0, 12.0, n)
    hall_c = rng.uniform(10.0, 26.0, n)
    staff = rng.integers(1, 6, n).astype(float)
    return (["tank_c", "alcohol_pct", "acidity_pct", "air_lpm", "turbidity_ntu", "hall_c",
             "staff", "stage"],
            np.column_stack([tank_c, alcohol_pct, acidity_pct, air_lpm, turbidity_ntu, hall_c,
                             staff, cls]))


def _glasshouse_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A botanical glasshouse's visitors a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    sun_h = rng.uniform(0.0, 12.0, n)
    rain_mm = rng.uniform(0.0, 30.0, n)
    outside_c = rng.uniform(-5.0, 30.0, n)
    school_holiday = rng.integers(0, 2, n).astype(float)
    orchid_show = rng.integers(0, 2, n).astype(float)
    coach_tours = rng.integers(0, 6, n).astype(float)
    visitors = (260 - 6.0 * sun_h + 5.0 * rain_mm - 3.0 * outside_c + 110.0 * school_holiday
                + 160.0 * orchid_show + 45.0 * coach_tours + 80.0 * (weekday >= 5)
                + rng.normal(0, 22.0, n))
    return (["weekday", "sun_h", "rain_mm", "outside_c", "school_holiday", "orchid_show",
             "coach_tours", "visitors"],
            np.column_stack([weekday, sun_h, rain_mm, outside_c, school_holiday, orchid_show,
                             coach_tours, visitors]))


def _vinegar(**sections: Any) -> Any:
    return _csv("cider_vinegar_works_batch_stage_h123", _vinegar_csv, "stage", "classification",
                1231, **sections)


def _glasshouse(**sections: Any) -> Any:
    return _csv("botanical_glasshouse_daily_visitors_h123", _glasshouse_csv, "visitors",
                "regression", 1232, **sections)


def _agr(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _rmm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop with momentum 0.5."""
    return _s(data, optim="rmsprop", optim_args={"momentum": 0.5}, **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


MOM95 = {"momentum": 0.95}
MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST7 = {"momentum": 0.7, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout123"
DV4 = _factory(f"{HERE}:davits", seed=1230)
GQ5351 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3150, n_features=351,
                  n_classes=5, random_state=1233)
CL354 = _factory("sklearn.datasets:make_classification", n_samples=2060, n_features=354,
                 n_informative=31, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=1234)
FR357 = _factory("sklearn.datasets:make_friedman1", n_samples=1660, n_features=357, noise=0.9,
                 random_state=1235)
DCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [20]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h123_divergence_glasshouse_momentum95_leaky", "the glasshouse visitors CSV (targets "
         "unscaled, in the hundreds), 27-unit leaky-ReLU MLP, SGD with momentum 0.95 at LR "
         "0.05, batch 22",
         _glasshouse(model={"hidden": [27], "activation": "leaky_relu"},
                     optim={"name": "sgd", "lr": 0.05, **MOM95},
                     train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_divergence_gq5351_adagrad_lr80_silu", "44x18 SiLU MLP on the 5-class quantiles "
         "in 351 dimensions, Adagrad at LR 80, batch 37",
         {"data": GQ5351, "model": {"hidden": [44, 18], "activation": "silu"},
          "optim": {"name": "adagrad", "lr": 80.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; the step loss reaches 1.9e9 and the epoch loss falls back from "
                      "6.2e7 to 79 (7.45 at the last step, its first 1.68), never NaN; 61% of "
                      "the SiLU units logged dead"), verdict="failed"),
    Case("h123_exploding_cl354_10x26_selu_std12_rmsprop_momentum", "10x26 SELU MLP with "
         "N(0, 1.2) init on the 354-feature set, RMSprop with momentum 0.5 at LR 1e-9, batch 39",
         {"data": CL354, "model": {"hidden": [26] * 10, "activation": "selu",
                                   "init": "normal", "init_std": 1.2},
          "optim": {"name": "rmsprop", "lr": 1e-9, **RMOM5},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 7.27e7 at every epoch; every gradient norm 9.4e6 to 6.2e7 "
                      "(healthy at most 3e2); quarter-mean update ratios at most 2.4e-9, a side "
                      "effect of the LR; 7.7% of the SELU units logged dead; accuracy 0.2039 "
                      "(test 0.1942) against a majority share of 0.2015, 97% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h123_dead_relu_davit_cnn_adamw_lr4", "the davit CNN (7, 12 channels, 20 hidden), "
         "AdamW at LR 4, batch 29",
         {"data": DV4, "model": DCNN,
          "optim": {"name": "adamw", "lr": 4.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_update_ratio_high_vinegar_adagrad_silu", "Adagrad at LR 0.8 on the vinegar "
         "CSV, 36 SiLU units, batch 21, 8 epochs",
         _vinegar(model={"hidden": [36], "activation": "silu"},
                  optim={"name": "adagrad", "lr": 0.8},
                  train={"epochs": 8, "batch_size": 21}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.134, "
                      "single steps up to 8.24; the healthy runs at most 0.0269 and 0.326), yet "
                      "accuracy 0.9932; the step loss, mostly near 0 after a jump to 45 in the "
                      "first epoch, swings 3.3 times its mean; the epoch loss still falls a little"
                      " (9.1e-3 to 7.6e-3) at accuracy 0.99"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h123_rmsprop_momentum5_lr1e10_fr357_silu", "the 357-feature Friedman regression, "
         "40x16 SiLU MLP, RMSprop with momentum 0.5 at LR 1e-10, batch 35, 4 epochs",
         {"data": FR357, "model": {"hidden": [40, 16], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 1e-10, **RMOM5},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -7.85, far below the baseline (0.6133 on validation) and the healthy "
                      "run (0.6315); the epoch loss 228.7 at every epoch"), verdict=TP),
    Case("h123_sgd_lr1e10_vinegar_selu", "the vinegar CSV, 33x15 SELU MLP, plain SGD at LR "
         "1e-10, batch 27, 4 epochs",
         _vinegar(model={"hidden": [33, 15], "activation": "selu"},
                  optim={"name": "sgd", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.300 at every epoch; accuracy 0.2979 against a majority "
                      "share of 0.2568; 45% of the test predictions in one class"), verdict=TP),
    Case("h123_vanishing_sigmoid_cl354_24x12_adagrad", "24x12 sigmoid MLP on the 354-feature "
         "set, Adagrad at LR 0.02, batch 41, 4 epochs",
         {"data": CL354, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 6.5e-22); the epoch loss "
                      "1.617 to 1.612 (ln 5 is 1.609); every test prediction in one class, "
                      "accuracy 0.1990"), verdict=TP),
    Case("h123_saturated_sigmoid_cl354_std6_adadelta", "2x34 sigmoid MLP with N(0, 6) init on "
         "the 354-feature set, Adadelta at LR 1e-9, batch 31",
         {"data": CL354, "model": {"hidden": [34, 34], "activation": "sigmoid",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 31}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("update ratios of 0 in every quarter; the loss far above ln 5 from the "
                      "start (the epoch loss 22.28 at every epoch); accuracy 0.2184 against a "
                      "majority share of 0.2015; 69% of the test predictions in one class"),
         verdict=TP),
    Case("h123_slow_start_davit_cnn_sgd_std005", "the davit CNN with N(0, 0.05) init, plain "
         "SGD at LR 0.3, batch 30, 20 epochs",
         {"data": DV4, "model": {**DCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.3},
          "train": {"epochs": 20, "batch_size": 30}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("the epoch loss sits at ln 4 (1.384 to 1.389) for the first 5 epochs, then"
                      " falls (0.156 at epoch 20, after a jump to 0.747 at epoch 18); the first "
                      "gradient norms 3e-3 (healthy at least 0.017); up to 15% of the ReLU units "
                      "dead early on, 0 at the end; accuracy 0.9267 (baseline 0.9367)"),
         verdict=TP),
    Case("h123_unshuffled_cl354_momentum9_elu", "the 354-feature set sorted by label, never "
         "shuffled, 43x20 ELU MLP, SGD with momentum 0.9 at LR 2e-3, batch 36, 8 epochs",
         {"data": {**CL354, "order": "by_label", "shuffle": False},
          "model": {"hidden": [43, 20], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 2e-3, **MOM9},
          "train": {"epochs": 8, "batch_size": 36}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 98% of its within-epoch "
                      "variance (healthy runs at most 24%); accuracy 0.8131, below the healthy "
                      "runs (0.8689 and up); the epoch loss still falls (0.674 to 0.544) with the "
                      "validation loss lowest at the end"), verdict=TP),
    Case("h123_mse_softmax_vinegar_adadelta_silu", "the vinegar CSV trained with square error "
         "on the softmax, Adadelta at LR 0.5, 30x12 SiLU MLP, batch 24, 10 epochs",
         _vinegar(model={"hidden": [30, 12], "activation": "silu"},
                  optim={"name": "adadelta", "lr": 0.5},
                  train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly (accuracy 1.0 nonetheless); the "
                      "epoch loss still falls (0.0357 to 0.0302) with the validation loss lowest "
                      "at the end"), verdict=TP),
    Case("h123_noisy_cl354_b1_sgd_selu", "the 354-feature set one row at a time (batch 1), "
         "plain SGD at LR 0.01, 22-unit SELU MLP, 2 epochs",
         {"data": CL354, "model": {"hidden": [22], "activation": "selu"},
          "optim": {"name": "sgd", "lr": 0.01},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap"),
         why_allowed=("the step loss swings 4.68 times its mean (healthy at most 0.61); accuracy "
                      "0.8835 (validation 0.8495, training 0.9976), near the healthy runs', so "
                      "the gap is theirs too; the validation loss 4.4% above its epoch-1 value at"
                      " epoch 2; with 2 epochs of one row each, the position in the epoch "
                      "explains the second half's within-epoch variance trivially"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h123_overfit_cl354_subset44_nesterov9_silu", "44 rows of the 354-feature set, SiLU "
         "MLP of 177 and 91 units, SGD with Nesterov momentum 0.9 at LR 0.01, 50 epochs, batch "
         "4",
         {"data": {**CL354, "subset": 44},
          "model": {"hidden": [177, 91], "activation": "silu"},
          "optim": {"name": "sgd", "lr": 0.01, **NEST9},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("44 rows teach less than every row: accuracy 0.534 (training 1.0; the "
                      "healthy runs 0.8689 and up); the validation loss is lowest at the end but "
                      "the epoch loss (6.0e-4) hardly falls any more, so 'not converged' is "
                      "allowed, not expected"), verdict=GP),
    Case("h123_gap_fr357_subset35_adagrad_leaky", "35 rows of the 357-feature Friedman "
         "regression, leaky-ReLU MLP of 168 and 84 units, Adagrad at LR 0.02, 80 epochs, "
         "batch 4",
         {"data": {**FR357, "subset": 35},
          "model": {"hidden": [168, 84], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("35 rows teach less (R2 -2.06, training 1.0; the healthy run 0.6315); the "
                      "validation loss is lowest at epoch 79 of 80, flat, while the epoch loss, "
                      "at 2e-12, can fall no further that matters; the step loss near 0 swings "
                      "12.6 times its mean; 13% of the leaky-ReLU units logged dead"), verdict=GP),
    Case("h123_underfit_cl354_one_sigmoid_unit_nesterov9", "the 354-feature set through 1 "
         "sigmoid unit, SGD with Nesterov momentum 0.9 at LR 0.05, batch 40, 15 epochs",
         {"data": CL354, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9},
          "train": {"epochs": 15, "batch_size": 40}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged", "noisy_loss"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.4773 (the "
                      "healthy runs 0.9895 and up), accuracy 0.3568; the validation loss is lowest"
                      " at epoch 9 of 15 and 4.0% above it at the end while the epoch loss falls "
                      "slowly (1.018 to 1.011); its unit saturated 61% of the time (healthy at "
                      "most 2.6%)"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h123_lightning_wine_adagrad_lr1e20_nan", "Lightning: wine, Adagrad at LR 1e20, 500 "
         "units, batch 12, 3 epochs",
         script=lightning_run(_agr("wine", hidden=(500,), lr=1e20, epochs=3, batch_size=12)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_lightning_iris_rmsprop_momentum5_lr1e10_stuck", "Lightning: iris, RMSprop with "
         "momentum 0.5 at LR 1e-10, 501 units, batch 9, 3 epochs",
         script=lightning_run(_rmm("iris", hidden=(501,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.206 at every epoch; accuracy 0.1667 on iris, far below "
                      "a third"), verdict=TP),
    Case("h123_hf_trainer_moons_adamw_lr1e20_nan", "Hugging Face Trainer names: moons (650 "
         "points, noise 0.2), AdamW at LR 1e20 (decaying linearly), 502 units, batch 16, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_aw("moons", hidden=(502,), lr=1e20, epochs=3, batch_size=16,
                                   n=650, noise=0.2), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_hf_trainer_wine_adagrad_lr1e10_stuck", "Hugging Face Trainer names: wine, "
         "Adagrad at LR 1e-10 (decaying linearly), 503 units, batch 11, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_agr("wine", hidden=(503,), lr=1e-10, epochs=3, batch_size=11),
                               logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the step loss 1.14 to 1.17 throughout; accuracy 0.3056 on wine, below "
                      "its majority share, so 'at chance' is not clear"), verdict=TP),
    Case("h123_keras_iris_rmsprop_momentum5_lr1e20_nan", "Keras names: iris, RMSprop with "
         "momentum 0.5 at LR 1e20, 504 units, batch 10, 3 epochs",
         script=keras_run(_rmm("iris", hidden=(504,), lr=1e20, epochs=3, batch_size=10)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_keras_circles_subset4_adamw_gap", "Keras names: 4 rows of circles (640 points, "
         "noise 0.1), 505 units, AdamW at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_aw("circles", hidden=(505,), lr=3e-3, epochs=150, batch_size=2,
                              subset=4, n=640, noise=0.1)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.6562, training "
                      "1.0; the healthy circles 0.9923); the validation loss is lowest at epoch 1"
                      " of 150 and 7.7 times it at the end"), verdict=GP),
    Case("h123_tensorboard_digits_adagrad_lr1e20_nan", "TensorBoard tags: digits, Adagrad at "
         "LR 1e20, 506 units, batch 25, 3 epochs",
         script=tensorboard_run(_agr("digits", hidden=(506,), lr=1e20, epochs=3,
                                     batch_size=25)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h123_tensorboard_wine_subset5_rmsprop_momentum5_gap", "TensorBoard tags: 5 rows of "
         "wine, 507 units, RMSprop with momentum 0.5 at LR 1e-3, 150 epochs, batch 2",
         script=tensorboard_run(_rmm("wine", hidden=(507,), lr=1e-3, epochs=150, batch_size=2,
                                     subset=5)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("not_converged", "noisy_loss", "underfitting", "overfitting"),
         why_allowed=("5 rows teach less (validation accuracy 0.8611, training 1.0; the healthy "
                      "wine runs 1.0); the validation loss is lowest at the end but the training"
                      " loss (6e-5) can fall no further that matters"), verdict=GP),
    Case("h123_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with "
         "noise 0.2 (670 points), AdamW at LR 1e-3, 508 units, batch 21, a corrupt record "
         "(x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_aw("sine", hidden=(508,), lr=1e-3, epochs=3, batch_size=21, n=670,
                              noise=0.2), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h123_plain_circles_rmsprop_momentum5_lr1e10_stuck", "hand-written loop: circles "
         "(630 points, noise 0.1), RMSprop with momentum 0.5 at LR 1e-10, 509 units, batch 18, "
         "4 epochs",
         script=plain_run(_rmm("circles", hidden=(509,), lr=1e-10, epochs=4, batch_size=18,
                               n=630, noise=0.1)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss flat at every epoch; accuracy 0.5 on balanced "
                      "circles"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy123_vinegar_relu_adagrad_b22",
       _vinegar(model={"hidden": [42]},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 22})),
    _h("healthy123_vinegar_tanh_adam_b24",
       _vinegar(model={"hidden": [38], "activation": "tanh"},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 24})),
    _h("healthy123_vinegar_elu_rmsprop_b27",
       _vinegar(model={"hidden": [43], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 27})),
    _h("healthy123_vinegar_leaky_nesterov9_b26",
       _vinegar(model={"hidden": [40], "activation": "leaky_relu"},
                optim={"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy123_vinegar_selu_adadelta_b20",
       _vinegar(model={"hidden": [36], "activation": "selu"},
                optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 20})),
    _h("healthy123_vinegar_silu_adamw_b25",
       _vinegar(model={"hidden": [34], "activation": "silu"},
                optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy123_vinegar_sigmoid_rmsprop_momentum5_b29",
       _vinegar(model={"hidden": [31], "activation": "sigmoid"},
                optim={"name": "rmsprop", "lr": 1e-3, **RMOM5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy123_vinegar_relu_sgd_b33",
       _vinegar(model={"hidden": [47]},
                optim={"name": "sgd", "lr": 0.1, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy123_fr357_selu_adam_b23",
       {"data": FR357, "model": {"hidden": [54], "activation": "selu"},
        "optim": {"lr": 3e-3, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 23}}),
    _h("healthy123_cl354_elu_adamw_b26",
       {"data": CL354, "model": {"hidden": [64], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy123_cl354_selu_adam_b30",
       {"data": CL354, "model": {"hidden": [65], "activation": "selu"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy123_cl354_silu_rmsprop_momentum5_b23",
       {"data": CL354, "model": {"hidden": [62], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 3e-4, **RMOM5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy123_cl354_relu_nesterov7_b34",
       {"data": CL354, "model": {"hidden": [60]},
        "optim": {"name": "sgd", "lr": 0.01, **NEST7, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy123_cl354_tanh_adagrad_b21",
       {"data": CL354, "model": {"hidden": [67], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _h("healthy123_cl354_leaky_adadelta_b28",
       {"data": CL354, "model": {"hidden": [61], "activation": "leaky_relu"},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 8, "batch_size": 28}}),
    _hs("healthy123_tensorboard_breast_cancer_adagrad",
        tensorboard_run(_agr("breast_cancer", hidden=(501,), lr=5e-3, epochs=15,
                             batch_size=22)), "tensorboard"),
    _hs("healthy123_tensorboard_moons_rmsprop_momentum5",
        tensorboard_run(_rmm("moons", hidden=(504,), lr=5e-4, epochs=12, batch_size=18,
                             n=630, noise=0.2)), "tensorboard"),
    _hs("healthy123_tensorboard_iris_adamw",
        tensorboard_run(_aw("iris", hidden=(507,), lr=1e-3, epochs=20, batch_size=9)),
        "tensorboard"),
    _hs("healthy123_hf_trainer_wine_adamw",
        hf_trainer_run(_aw("wine", hidden=(500,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy123_hf_trainer_moons_adagrad",
        hf_trainer_run(_agr("moons", hidden=(503,), lr=0.02, epochs=25, batch_size=20, n=660,
                            noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy123_hf_trainer_digits_rmsprop_momentum5",
        hf_trainer_run(_rmm("digits", hidden=(506,), lr=3e-4, epochs=15, batch_size=26),
                       logging_steps=3), "transformers"),
    _hs("healthy123_keras_breast_cancer_rmsprop_momentum5",
        keras_run(_rmm("breast_cancer", hidden=(509,), lr=2e-4, epochs=20, batch_size=21)),
        "keras"),
    _hs("healthy123_keras_wine_adagrad",
        keras_run(_agr("wine", hidden=(502,), lr=5e-3, epochs=20, batch_size=11)), "keras"),
    _hs("healthy123_lightning_blobs_adamw",
        lightning_run(_aw("blobs", hidden=(505,), lr=1e-3, epochs=8, batch_size=17, n=640)),
        "lightning"),
    _hs("healthy123_lightning_circles_adagrad",
        lightning_run(_agr("circles", hidden=(508,), lr=0.03, epochs=30, batch_size=23, n=650,
                           noise=0.1)), "lightning"),
    _hs("healthy123_plain_digits_adamw",
        plain_run(_aw("digits", hidden=(501,), lr=1e-3, epochs=15, batch_size=25)),
        "pytorch"),
    _hs("healthy123_plain_breast_cancer_rmsprop_momentum5",
        plain_run(_rmm("breast_cancer", hidden=(503,), lr=2e-4, epochs=10, batch_size=19)),
        "pytorch"),
    _hs("healthy123_plain_moons_adamw",
        plain_run(_aw("moons", hidden=(505,), lr=2e-3, epochs=20, batch_size=22, n=650,
                      noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
