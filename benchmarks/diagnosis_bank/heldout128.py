"""The hundred-and-twenty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout129` (not looked at), after :mod:`.heldout124` to
:mod:`.heldout127`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
chalice (a wide cup in the top two rows of a 5x5 cell over a thin stem on a foot, turned by 0,
90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed 1280);
5-class Gaussian quantiles in 401 dimensions (3160 samples); a 404-feature 5-class set (2060
samples, 30 informative, 12 redundant, class separation 2.8); a 407-feature Friedman-1
regression (1660 samples, noise 0.9); a varnish works' batch stage CSV (cooking, thinning,
straining, canning: 4 classes from 7 readings, ``varnish_works_batch_stage_h128``, seed 1281) and
a hammam's bathers a day regression CSV (in the hundreds, ``hammam_daily_bathers_h128``, seed
1282); the sklearn sets use random states 1283 to 1285. The glyph's name, the two CSV themes and
the feature counts were checked against the bank's parts as unused. Script cases use AdamW, SGD
with Nesterov momentum 0.8 and Adadelta on circles, moons, breast cancer, iris, digits, wine and
the sine; every script case holds a hidden width of 550 to 559. Runner optimisers: Adam (with
weight decay and an L1 penalty on the Friedman regression), AdamW, plain RMSprop, RMSprop with
momentum 0.5, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD with Nesterov momentum 0.8
or 0.9. Each fault pairs its mechanism with another optimiser, model, data set or tool than
:mod:`.heldout124` to :mod:`.heldout127` did: divergence under SGD with momentum 0.7 in a
leaky-ReLU net on the unscaled hammam bathers and under Adam at LR 20 in a SiLU net on the
quantiles, exploding gradients in a 10-layer ReLU net with N(0, 1) init under Adadelta, units
killed by AdamW at LR 4 in the chalice CNN, a high update ratio from Adagrad at LR 2 in a SiLU net
on the varnish CSV, tiny learning rates under SGD with Nesterov momentum 0.9 (ReLU, Friedman) and
Adam (ELU, varnish CSV), vanishing gradients under SGD with Nesterov momentum 0.8 in a 22-layer
sigmoid net on the quantiles, saturated tanh units with N(0, 6) init under Adadelta on the
quantiles, the chalice CNN with N(0, 0.05) init under SGD with momentum 0.9 (a slow start), the
unshuffled 404-feature set under SGD with momentum 0.9 (ELU), square error under Adam (SiLU),
batch 1 under plain RMSprop (ReLU), 46 rows of the 404-feature set under AdamW (leaky ReLU), 36
rows of the Friedman regression under Adagrad (leaky ReLU), 1 sigmoid unit under SGD with
Nesterov momentum 0.9; the scripts: Lightning's NaN on circles (Nesterov) and stuck moons
(AdamW), Trainer's NaN on breast cancer (Adadelta) and stuck iris (Nesterov), Keras' NaN on moons
(AdamW) and 12 rows of digits (Nesterov, a gap), TensorBoard's NaN on circles (Nesterov) and 6
rows of moons (AdamW, a gap), the loop's corrupt record on the sine (AdamW) and stuck breast
cancer (Adadelta).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, ``baseline/val_*``) and, for the
runner cases, the test confusion matrix (``confusion_matrix.json``), with ``diagnose.enabled``
false for runner cases and scripts called directly: no diagnosis was made. No other seed was run.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``predictions_collapsed`` expected from
90% of the test predictions in one class, allowed from 60%; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares (the test
confusion matrices' rows): 0.2569 on the varnish CSV, 0.2015 on the 404-feature set, 0.2009 on
the quantiles, 0.26 on the chalice images; on the scripts' validation splits 1/3 (iris), 0.3889
(wine), 0.5 (moons, circles), 0.1003 (digits), 0.6316 (breast cancer). Baselines (validation):
accuracy 1.0 (varnish CSV), 0.9102 (404-feature set; 0.5 on its 46 rows), 0.8467 (chalice
images), 0.2089 (quantiles); R2 0.561 (Friedman; -0.067 on its 36 rows), 0.9257 (hammam CSV).
Test predictions in one class: 100% in the quantiles' divergence, the vanishing run and the
killed CNN, 96.6% in the exploding run (all four expect ``predictions_collapsed``), 70% in the
varnish run at LR 1e-10 (allowed), at most 42% elsewhere.

Measured healthy ranges (runner): update ratio quarter means 3.0e-5 (the SELU MLP on the
Friedman regression) to 0.0329 (the ELU MLP with Adagrad on the 404-feature set), single steps
at most 0.349 (the same run); the ``update_ratio_high`` run reaches quarter means of 0.283 with
single steps up to 19.5; the ``update_ratio_low`` runs log quarter means of at most 1.7e-8 and
8.0e-11. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the killed
CNN's second convolution and dense units 1.0, the slow-starting CNN's dense units 0.28-0.39 in
its first 9 epochs, the quantile divergence's second SiLU layer 1.0, the exploding run's last
layers up to 0.17, the 36-row and 46-row runs' 0.099 and 0.068, the update-ratio run's 0.029);
saturated fraction at most 0.0082 (the sigmoid MLP with AdamW on the varnish CSV); the saturated
run's 0.95-0.98, the one-sigmoid-unit run's 0.57. Gradient norms at least 0.0067 (the leaky-ReLU
MLP with Adadelta on the 404-feature set) and at most 504 (the SELU MLP on the Friedman
regression), the first steps' at least 0.143; the vanishing run's down to 3.2e-20, the slow start's
first 3.2e-3, the exploding run's 3.5e5 to 2.6e6. The step loss's position in the epoch explains
at most 25.2% of the within-epoch variance over the second half in the healthy runner runs (the
ELU MLP with RMSprop on the varnish CSV); the unshuffled run 95.5%. The standard deviation of the
step loss's step-to-step change over the second half is at most 0.69 times its mean in the
healthy runner runs (the leaky-ReLU MLP with Adadelta on the 404-feature set) and 2.15 in the
healthy scripts (Lightning's breast cancer, its loss near 0); the batch-1 run's is 5.74. Healthy
scores (validation): accuracy 1.0 on the varnish CSV (every run; test 1.0), 0.8932-0.9248 on the
404-feature set (test 0.8932-0.9417), R2 0.5969 on the Friedman regression (test 0.6397,
training 0.9103); scripts: breast cancer 0.9649, 0.9561 and 0.9649, wine 1.0 (TensorBoard,
Trainer, Keras), digits 0.9805, 0.9805 and 0.9777, circles 0.9924, moons 0.9697 and 0.9924, iris
0.9667. Every healthy run's validation loss is lowest at its end or within 0.43% of its minimum
(Trainer's wine, epoch 19 of 20; the Friedman regression 0.39% above epoch 12 of 15, the
leaky-ReLU MLP with Adadelta 0.18% above epoch 10 of 15).

Changes after the first run: the healthy Friedman run (SELU, Adam at LR 3e-3 with weight decay
0.01, batch 25, 12 epochs) reached R2 0.540 against a baseline of 0.561 (0.52-0.545 with AdamW,
tanh, RMSprop, more weight decay or L1 1e-4 and 1e-3), so it ran 15 epochs at batch 16 with
weight decay 0.05 and L1 0.01 (0.5969; L1 0.1 reached 0.744 but left 33% of its units dead, so
it was not kept); the SELU MLP with RMSprop at LR 2e-4 on the 404-feature set ended at 0.8835
(baseline 0.9102), so it ran at LR 5e-4 (0.9053); TensorBoard's wine (Nesterov at LR 0.02, 20
epochs) ended 6.7% above its epoch-18 validation loss and its digits (Adadelta at LR 1) 3.9%
above epoch 7, so they ran 12 epochs and LR 0.5; Keras' moons (Nesterov at LR 0.05) ended 9.6%
above epoch 18, so it ran at LR 0.02 for 25 epochs; TensorBoard's and Lightning's breast cancer
(AdamW at LR 5e-4) and the loop's digits (AdamW at LR 1e-3) still fell 2-5% an epoch, so they ran
at LR 1e-3, 1e-3 and 2e-3. Faults made stronger: the chalice CNN with N(0, 0.03) init never left
ln 4 in 20 epochs (a run that does not train, not a slow start), so it has N(0, 0.05) init (ln 4
for 8 epochs, then down to 0.21; LR 0.1 with N(0, 0.04) stalled at accuracy 0.45 and LR 0.2
with N(0, 0.03) never left ln 4); the 46 rows at LR 2e-3 ended only 5.2% above their
validation minimum, so they ran at LR 5e-3 (33% above it); the one sigmoid unit at LR 0.01 still
lowered its validation loss at the end, so it ran at LR 0.03 (its validation loss lowest at epoch
10 of 15).
Lightning's NaN run on wine scored 0.3333 against a majority share of 0.3889 (neither at chance
nor far below), so it became circles (0.5). Labels from the metrics: the quantiles' divergence,
the exploding run, the killed CNN and the vanishing run expect ``predictions_collapsed``;
Trainer's stuck iris (0.6667) is far above chance, so ``at_chance`` was dropped from it, and
Trainer's NaN breast cancer (0.3684) and the loop's stuck breast cancer (0.5175) are far below
0.6316 (allowed); the unshuffled run and the batch-1 run still fall with the validation loss
lowest at the end (``not_converged`` expected); the one-sigmoid-unit run saturates 57% of the
time (``saturated_activation`` expected); Keras' 12 rows of digits rise steadily from their
epoch-10 validation minimum to 8.7% above it at epoch 100 while the loss falls to 0.006, and
TensorBoard's 6 rows of moons to 98% above their epoch-7 minimum, so both expect
``overfitting`` beside the gap; the 36-row Friedman regression's validation loss stays flat after
epoch 11 (``overfitting`` allowed). The slow-start run lingers at ln 4 for 8 epochs, so
``slow_start`` is expected.

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

# a chalice in a 5x5 cell: a wide cup in the top two rows over a thin stem on a foot; turned by
# 90 degrees for the others
_CHALICE_UP = np.array([[1, 0, 0, 0, 1],
                        [0, 1, 1, 1, 0],
                        [0, 0, 1, 0, 0],
                        [0, 0, 1, 0, 0],
                        [0, 1, 1, 1, 0]], dtype=float)
_CHALICES = turned(_CHALICE_UP)


def chalices(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 chalice glyph at a random place (4 classes: the chalice turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CHALICES, n, size, noise, flip, seed)


def _varnish_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A varnish works' batch stage (0 cooking, 1 thinning, 2 straining, 3 canning) from 7
    readings."""
    n = 1440
    cls = rng.integers(0, 4, n)
    pot_c = np.array([180.0, 95.0, 60.0, 30.0])[cls] + rng.normal(0, 8.0, n)
    viscosity_s = np.array([90.0, 45.0, 40.0, 38.0])[cls] + rng.normal(0, 4.0, n)
    solvent_pct = np.array([5.0, 38.0, 40.0, 41.0])[cls] + rng.normal(0, 2.5, n)
    filter_bar = np.array([0.0, 0.1, 2.2, 0.2])[cls] + rng.normal(0, 0.25, n)
    filler_cpm = np.array([0.0, 0.0, 0.0, 24.0])[cls] + rng.normal(0, 2.0, n)
    shop_c = rng.uniform(12.0, 29.0, n)
    crew = rng.integers(1, 7, n).astype(float)
    return (["pot_c", "viscosity_s", "solvent_pct", "filter_bar", "filler_cpm", "shop_c", "crew",
             "stage"],
            np.column_stack([pot_c, viscosity_s, solvent_pct, filter_bar, filler_cpm, shop_c,
                             crew, cls]))


def _hammam_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A hammam's bathers a day from 7 readings."""
    n = 1180
    weekday = rng.integers(0, 7, n).astype(float)
    outside_c = rng.uniform(-8.0, 30.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    steam_rooms = rng.integers(2, 9, n).astype(float)
    attendants = rng.integers(3, 15, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    voucher_offer = rng.integers(0, 2, n).astype(float)
    bathers = (160 - 4.5 * outside_c + 3.0 * rain_mm + 22.0 * steam_rooms + 6.0 * attendants
               + 90.0 * holiday + 45.0 * voucher_offer + 70.0 * (weekday >= 5)
               + rng.normal(0, 16.0, n))
    return (["weekday", "outside_c", "rain_mm", "steam_rooms", "attendants", "holiday",
             "voucher_offer", "bathers"],
            np.column_stack([weekday, outside_c, rain_mm, steam_rooms, attendants, holiday,
                             voucher_offer, bathers]))


def _varnish(**sections: Any) -> Any:
    return _csv("varnish_works_batch_stage_h128", _varnish_csv, "stage", "classification", 1281,
                **sections)


def _hammam(**sections: Any) -> Any:
    return _csv("hammam_daily_bathers_h128", _hammam_csv, "bathers", "regression", 1282,
                **sections)


def _adamw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


def _nest8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8, "nesterov": True}, **kw)


def _adadelta(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta."""
    return _s(data, optim="adadelta", **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout128"
CH4 = _factory(f"{HERE}:chalices", seed=1280)
GQ5401 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3160, n_features=401,
                  n_classes=5, random_state=1283)
CL404 = _factory("sklearn.datasets:make_classification", n_samples=2060, n_features=404,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=2.8,
                 random_state=1284)
FR407 = _factory("sklearn.datasets:make_friedman1", n_samples=1660, n_features=407, noise=0.9,
                 random_state=1285)
CCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 11}], "hidden": [18]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h128_divergence_hammam_momentum7_leaky", "the hammam bathers CSV (targets unscaled, "
         "in the hundreds), 26-unit leaky-ReLU MLP, SGD with momentum 0.7 at LR 0.05, batch 23",
         _hammam(model={"hidden": [26], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.05, **MOM7},
                 train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"),
         allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.6e5 at the first step (the targets in the hundreds), Inf "
                      "at step 5, where the run stops"),
         verdict="failed"),
    Case("h128_divergence_gq5401_adam_lr20_silu", "44x18 SiLU MLP on the 5-class quantiles in "
         "401 dimensions, Adam at LR 20, batch 37",
         {"data": GQ5401, "model": {"hidden": [44, 18], "activation": "silu"},
          "optim": {"name": "adam", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 1.61 at first, up to 2.1e7; the second SiLU layer's units "
                      "all logged dead; quarter-mean update ratios up to 17.9; the epoch loss "
                      "ends at 2.53 (ln 5 is 1.609)"),
         verdict="failed"),
    Case("h128_exploding_cl404_10x24_relu_std1_adadelta", "10x24 ReLU MLP with N(0, 1) init on "
         "the 404-feature set, Adadelta at LR 1e-9, batch 36",
         {"data": CL404, "model": {"hidden": [24] * 10, "activation": "relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu", "not_converged",
                "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 1.698e6 at every epoch; quarter-mean update ratios of at "
                      "most 1.4e-14, a side effect of the LR; up to 17% of the ReLU units of the "
                      "last layers logged dead; accuracy 0.2063 (test 0.1942) against a majority "
                      "share of 0.2015"),
         verdict="failed"),
    Case("h128_dead_relu_chalice_cnn_adamw_lr4", "the chalice CNN (6, 11 channels, 18 hidden), "
         "AdamW at LR 4, batch 26",
         {"data": CH4, "model": CCNN,
          "optim": {"name": "adamw", "lr": 4.0},
          "train": {"epochs": 3, "batch_size": 26}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=(f"{BLOWUP}; "
                      "the epoch loss 1.8e4 in epoch 1, then 1.56 and 1.61 (ln 4 is 1.386); the "
                      "second convolution's channels and the dense units all dead from the first "
                      "epoch on"),
         verdict="failed"),
    Case("h128_update_ratio_high_varnish_adagrad_silu", "Adagrad at LR 2 on the varnish CSV, "
         "34 SiLU units, batch 23, 8 epochs",
         _varnish(model={"hidden": [34], "activation": "silu"},
                  optim={"name": "adagrad", "lr": 2.0},
                  train={"epochs": 8, "batch_size": 23}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.283, "
                      "single steps up to 19.5; the healthy runs at most 0.0329 and 0.349), yet "
                      "accuracy 1.0; the step loss, 0 after a jump to 125, swings 9.9 times its "
                      "tiny mean; 2.9% of the SiLU units logged dead (healthy 0)"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h128_nesterov9_lr1e10_fr407_relu", "the 407-feature Friedman regression, 37x15 ReLU "
         "MLP, SGD with Nesterov momentum 0.9 at LR 1e-10, batch 33, 4 epochs",
         {"data": FR407, "model": {"hidden": [37, 15]},
          "optim": {"name": "sgd", "lr": 1e-10, **NEST9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.17, far below the baseline (0.561 on validation) and the healthy run "
                      "(0.543); the epoch loss 230.5 at every epoch"),
         verdict=TP),
    Case("h128_adam_lr1e10_varnish_elu", "the varnish CSV, 33x13 ELU MLP, Adam at LR 1e-10, "
         "batch 27, 4 epochs",
         _varnish(model={"hidden": [33, 13], "activation": "elu"},
                  optim={"name": "adam", "lr": 1e-10},
                  train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance"),
         allow=(*STUCK_ALLOW, "predictions_collapsed"),
         why_allowed=("70% of the test predictions in one class (expected from 90%); the epoch "
                      "loss 1.460 at every epoch"),
         verdict=TP),
    Case("h128_vanishing_sigmoid_gq5401_22x12_nesterov8", "22x12 sigmoid MLP on the quantiles, "
         "SGD with Nesterov momentum 0.8 at LR 0.1, batch 41, 4 epochs",
         {"data": GQ5401, "model": {"hidden": [12] * 22, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.1, **NEST8},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting", "update_ratio_high"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 3.2e-20); the output "
                      "layer, the only one that learns, logs a quarter mean of 0.038, near the "
                      "healthy runs' 0.033; the epoch loss 1.622 to 1.617 (ln 5 is 1.609)"),
         verdict=TP),
    Case("h128_saturated_tanh_gq5401_std6_adadelta", "2x34 tanh MLP with N(0, 6) init on the "
         "quantiles, Adadelta at LR 1e-9, batch 33",
         {"data": GQ5401, "model": {"hidden": [34, 34], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients"),
         why_allowed=("update ratios of 0, a side effect of the LR; the loss far above ln 5 from "
                      "the start (the epoch loss 39.01 at every epoch)"),
         verdict=TP),
    Case("h128_slow_start_chalice_cnn_momentum9_std005", "the chalice CNN with N(0, 0.05) "
         "init, SGD with momentum 0.9 at LR 0.05, batch 29, 20 epochs",
         {"data": CH4, "model": {**CCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9},
          "train": {"epochs": 20, "batch_size": 29}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the first gradient norms 3.2e-3 (healthy first norms at least 0.143); "
                      "28-39% of the dense units dead in the first 9 epochs; accuracy 0.89 "
                      "(baseline 0.8467); the validation loss lowest at epoch 18 of 20 and 26% "
                      "above it at the end as the epoch loss ticks up (0.197 to 0.210), "
                      "momentum's wobble rather than a steady rise"),
         verdict=TP),
    Case("h128_unshuffled_cl404_momentum9_elu", "the 404-feature set sorted by label, never "
         "shuffled, 40x20 ELU MLP, SGD with momentum 0.9 at LR 2e-3, batch 34, 8 epochs",
         {"data": {**CL404, "order": "by_label", "shuffle": False},
          "model": {"hidden": [40, 20], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 2e-3, **MOM9},
          "train": {"epochs": 8, "batch_size": 34}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("accuracy 0.8374 (test 0.8762), below the healthy runs (0.8932 and up), "
                      "with the epoch loss still falling 23% in its last epoch and the validation "
                      "loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h128_mse_softmax_varnish_adam_silu", "the varnish CSV trained with square error on "
         "the softmax, Adam at LR 3e-3, 30x12 SiLU MLP, batch 24, 10 epochs",
         _varnish(model={"hidden": [30, 12], "activation": "silu"},
                  optim={"name": "adam", "lr": 3e-3},
                  train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "6.7e-5 at the end, the validation loss lowest at the end; the step loss "
                      "near 0 swings 1.06 times its mean"),
         verdict=TP),
    Case("h128_noisy_cl404_b1_rmsprop_relu", "the 404-feature set one row at a time (batch 1), "
         "plain RMSprop at LR 1e-3, 22-unit ReLU MLP, 2 epochs",
         {"data": CL404, "model": {"hidden": [22]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence",),
         why_allowed=("single rows' losses reach 9.7 (1.83 at the first step)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h128_overfit_cl404_subset46_adamw_leaky", "46 rows of the 404-feature set, leaky-ReLU "
         "MLP of 172 and 88 units, AdamW at LR 5e-3, 50 epochs, batch 4",
         {"data": {**CL404, "subset": 46},
          "model": {"hidden": [172, 88], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 5e-3},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu"),
         why_allowed=("46 rows teach less than every row: accuracy 0.4684 (training 1.0; the "
                      "healthy runs 0.8932 and up); the epoch loss at 4.3e-6 can fall no further "
                      "that matters; 6.8% of the leaky-ReLU units logged dead; the step loss near "
                      "0 swings 1.46 times its mean"),
         verdict=GP),
    Case("h128_gap_fr407_subset36_adagrad_leaky", "36 rows of the 407-feature Friedman "
         "regression, leaky-ReLU MLP of 164 and 81 units, Adagrad at LR 0.02, 80 epochs, batch 4",
         {"data": {**FR407, "subset": 36},
          "model": {"hidden": [164, 81], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.02},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "dead_relu", "overfitting"),
         why_allowed=("36 rows teach less (R2 -3.46, training 1.0; the healthy run 0.543); the "
                      "validation loss falls to its minimum at epoch 11 of 80 and stays flat "
                      "(0.2% above it at the end), so no clear overfitting; 9.9% of the "
                      "leaky-ReLU units logged dead; the step loss near 0 swings 9.7 times its "
                      "mean"),
         verdict=GP),
    Case("h128_underfit_cl404_one_sigmoid_unit_nesterov9", "the 404-feature set through 1 "
         "sigmoid unit, SGD with Nesterov momentum 0.9 at LR 0.03, batch 38, 15 epochs",
         {"data": CL404, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.03, **NEST9},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "not_converged", "noisy_loss"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.5299 (the "
                      "healthy runs 0.9871 and up), accuracy 0.3738 (test 0.3932); the epoch loss "
                      "falls 0.8% in the last epoch while the validation loss, lowest at epoch 10 "
                      "of 15, ends 1.0% above it; the unit saturated 57% of the time (healthy at "
                      "most 0.82%)"),
         verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h128_lightning_circles_nesterov8_lr1e20_nan", "Lightning: circles (610 points, noise "
         "0.12), SGD with Nesterov momentum 0.8 at LR 1e20, 550 units, batch 12, 3 epochs",
         script=lightning_run(_nest8("circles", hidden=(550,), lr=1e20, epochs=3, batch_size=12,
                                     n=610, noise=0.12)),
         tool="lightning", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 0.80 at the first step, NaN from the second"),
         verdict="failed"),
    Case("h128_lightning_moons_adamw_lr1e10_stuck", "Lightning: moons (660 points, noise 0.2), "
         "AdamW at LR 1e-10, 551 units, batch 19, 3 epochs",
         script=lightning_run(_adamw("moons", hidden=(551,), lr=1e-10, epochs=3, batch_size=19,
                                     n=660, noise=0.2)),
         tool="lightning", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7857 at every epoch; accuracy 0.5 on moons"),
         verdict=TP),
    Case("h128_hf_trainer_breast_cancer_adadelta_lr1e20_nan", "Hugging Face Trainer names: "
         "breast cancer, Adadelta at LR 1e20 (decaying linearly), 552 units, batch 18, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adadelta("breast_cancer", hidden=(552,), lr=1e20, epochs=3,
                                         batch_size=18), logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; "
                      "the first logged loss 6.5e36, NaN from step 4; accuracy 0.3684 against a "
                      "majority share of 0.6316, far below it, so not 'at chance'"),
         verdict="failed"),
    Case("h128_hf_trainer_iris_nesterov8_lr1e10_stuck", "Hugging Face Trainer names: iris, SGD "
         "with Nesterov momentum 0.8 at LR 1e-10 (decaying linearly), 553 units, batch 8, 3 "
         "epochs, logging every 3 steps",
         script=hf_trainer_run(_nest8("iris", hidden=(553,), lr=1e-10, epochs=3, batch_size=8),
                               logging_steps=3),
         tool="transformers", expect=("not_training",),
         allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.9411 at every evaluation; accuracy 0.6667 on iris, "
                      "the untrained net's, far above chance"),
         verdict=TP),
    Case("h128_keras_moons_adamw_lr1e20_nan", "Keras names: moons (650 points, noise 0.25), "
         "AdamW at LR 1e20, 554 units, batch 17, 3 epochs",
         script=keras_run(_adamw("moons", hidden=(554,), lr=1e20, epochs=3, batch_size=17,
                                 n=650, noise=0.25)),
         tool="keras", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "every epoch's loss NaN; accuracy 0.5 on moons"),
         verdict="failed"),
    Case("h128_keras_digits_subset12_nesterov8_gap", "Keras names: 12 rows of digits, 555 "
         "units, SGD with Nesterov momentum 0.8 at LR 0.01, 100 epochs, batch 3",
         script=keras_run(_nest8("digits", hidden=(555,), lr=0.01, epochs=100, batch_size=3,
                                 subset=12)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("12 rows teach less (validation accuracy 0.5627, training 1.0; the healthy "
                      "digits 0.9777 and up)"),
         verdict=GP),
    Case("h128_tensorboard_circles_nesterov8_lr1e20_nan", "TensorBoard tags: circles (630 "
         "points, noise 0.1), SGD with Nesterov momentum 0.8 at LR 1e20, 556 units, batch 18, "
         "3 epochs",
         script=tensorboard_run(_nest8("circles", hidden=(556,), lr=1e20, epochs=3,
                                       batch_size=18, n=630, noise=0.1)),
         tool="tensorboard", expect=("nan_loss", "at_chance"),
         allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; "
                      "the step loss 0.66 at step 1, Inf at step 2, NaN from step 3; accuracy 0.5 "
                      "on circles"),
         verdict="failed"),
    Case("h128_tensorboard_moons_subset6_adamw_gap", "TensorBoard tags: 6 rows of moons (640 "
         "points, noise 0.25), 557 units, AdamW at LR 1e-3, 120 epochs, batch 2",
         script=tensorboard_run(_adamw("moons", hidden=(557,), lr=1e-3, epochs=120,
                                       batch_size=2, n=640, noise=0.25, subset=6)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("6 rows teach less (validation accuracy 0.8672, training 1.0; the healthy "
                      "moons 0.9697 and up); the step loss near 0 swings 1.21 times its mean"),
         verdict=GP),
    Case("h128_plain_corrupt_record_sine_adamw", "hand-written loop: sine regression with noise "
         "0.15 (680 points), AdamW at LR 1e-3, 558 units, batch 24, a corrupt record (x = 1e30) "
         "at step 19 makes the loss Inf",
         script=plain_run(_adamw("sine", hidden=(558,), lr=1e-3, epochs=3, batch_size=24, n=680,
                                 noise=0.15), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",),
         allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h128_plain_breast_cancer_adadelta_lr1e10_stuck", "hand-written loop: breast cancer, "
         "Adadelta at LR 1e-10, 559 units, batch 21, 4 epochs",
         script=plain_run(_adadelta("breast_cancer", hidden=(559,), lr=1e-10, epochs=4,
                                    batch_size=21)),
         tool="pytorch", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6924 at every epoch; accuracy 0.5175 against a "
                      "majority share of 0.6316, far below it, so not 'at chance'"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy128_varnish_relu_adam_b24",
       _varnish(model={"hidden": [40]},
                optim={"lr": 2e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 24})),
    _h("healthy128_varnish_tanh_adagrad_b26",
       _varnish(model={"hidden": [36], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 26})),
    _h("healthy128_varnish_elu_rmsprop_b29",
       _varnish(model={"hidden": [43], "activation": "elu"},
                optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 29})),
    _h("healthy128_varnish_leaky_nesterov9_b22",
       _varnish(model={"hidden": [38], "activation": "leaky_relu"},
                optim={"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 22})),
    _h("healthy128_varnish_selu_adadelta_b25",
       _varnish(model={"hidden": [34], "activation": "selu"},
                optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 25})),
    _h("healthy128_varnish_silu_momentum9_b31",
       _varnish(model={"hidden": [32], "activation": "silu"},
                optim={"name": "sgd", "lr": 5e-3, **MOM9, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 31})),
    _h("healthy128_varnish_sigmoid_adamw_b28",
       _varnish(model={"hidden": [31], "activation": "sigmoid"},
                optim={"name": "adamw", "lr": 3e-3, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 28})),
    _h("healthy128_varnish_relu_rmsprop_momentum5_b33",
       _varnish(model={"hidden": [47]},
                optim={"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
                train={"epochs": 12, "batch_size": 33})),
    _h("healthy128_fr407_selu_adam_l1_b16",
       {"data": FR407, "model": {"hidden": [52], "activation": "selu"},
        "optim": {"lr": 3e-3, "weight_decay": 0.05, "l1": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 16}}),
    _h("healthy128_cl404_selu_rmsprop_b26",
       {"data": CL404, "model": {"hidden": [62], "activation": "selu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy128_cl404_elu_adagrad_b30",
       {"data": CL404, "model": {"hidden": [65], "activation": "elu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy128_cl404_relu_adamw_b23",
       {"data": CL404, "model": {"hidden": [60]},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy128_cl404_silu_nesterov9_b34",
       {"data": CL404, "model": {"hidden": [58], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 5e-3, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 34}}),
    _h("healthy128_cl404_tanh_adam_b21",
       {"data": CL404, "model": {"hidden": [67], "activation": "tanh"},
        "optim": {"lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 21}}),
    _h("healthy128_cl404_leaky_adadelta_b28",
       {"data": CL404, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _hs("healthy128_tensorboard_breast_cancer_adamw",
        tensorboard_run(_adamw("breast_cancer", hidden=(550,), lr=1e-3, epochs=12,
                               batch_size=22)), "tensorboard"),
    _hs("healthy128_tensorboard_wine_nesterov8",
        tensorboard_run(_nest8("wine", hidden=(553,), lr=0.02, epochs=12, batch_size=11)),
        "tensorboard"),
    _hs("healthy128_tensorboard_digits_adadelta",
        tensorboard_run(_adadelta("digits", hidden=(556,), lr=0.5, epochs=10, batch_size=24)),
        "tensorboard"),
    _hs("healthy128_hf_trainer_circles_adamw",
        hf_trainer_run(_adamw("circles", hidden=(551,), lr=2e-3, epochs=20, batch_size=20,
                              n=660, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy128_hf_trainer_breast_cancer_nesterov8",
        hf_trainer_run(_nest8("breast_cancer", hidden=(554,), lr=0.02, epochs=15,
                              batch_size=20), logging_steps=2), "transformers"),
    _hs("healthy128_hf_trainer_wine_adadelta",
        hf_trainer_run(_adadelta("wine", hidden=(557,), lr=1.0, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy128_keras_wine_adamw",
        keras_run(_adamw("wine", hidden=(552,), lr=1e-3, epochs=15, batch_size=10)), "keras"),
    _hs("healthy128_keras_moons_nesterov8",
        keras_run(_nest8("moons", hidden=(555,), lr=0.02, epochs=25, batch_size=18, n=660,
                         noise=0.2)), "keras"),
    _hs("healthy128_lightning_digits_adadelta",
        lightning_run(_adadelta("digits", hidden=(558,), lr=1.0, epochs=10, batch_size=25)),
        "lightning"),
    _hs("healthy128_lightning_breast_cancer_adamw",
        lightning_run(_adamw("breast_cancer", hidden=(559,), lr=1e-3, epochs=12,
                             batch_size=20)), "lightning"),
    _hs("healthy128_plain_moons_adadelta",
        plain_run(_adadelta("moons", hidden=(550,), lr=1.0, epochs=25, batch_size=20, n=660,
                            noise=0.2)), "pytorch"),
    _hs("healthy128_plain_iris_nesterov8",
        plain_run(_nest8("iris", hidden=(551,), lr=0.02, epochs=30, batch_size=8)), "pytorch"),
    _hs("healthy128_plain_digits_adamw",
        plain_run(_adamw("digits", hidden=(552,), lr=2e-3, epochs=10, batch_size=26)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
