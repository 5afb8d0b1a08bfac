"""The hundred-and-eighteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout119` (not looked at), after :mod:`.heldout114` to
:mod:`.heldout117`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
hatchet (a handle down the second column with a knob at its foot and a blade at its head reaching
right, in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise
0.3 and 2% random labels (seed 1180); 5-class Gaussian quantiles in 301 dimensions (3300
samples); a 304-feature 5-class set (2150 samples, 34 informative, 11 redundant, class
separation 2.7); a 307-feature Friedman-1 regression (1750 samples, noise 0.9); a cooperage's
cask stage CSV (steaming, raising, toasting, hooping: 4 classes from 7 readings,
``cooperage_cask_stage_h118``, seed 1181) and a lavender distillery's oil a day regression CSV
(millilitres, in the hundreds, ``lavender_distillery_daily_oil_h118``, seed 1182); the sklearn
sets use random states 1183 to 1185. The glyph's name, the two CSV themes and the feature counts
were checked against the bank's parts as unused. Script faults use plain SGD (no momentum),
Adadelta and AdamW on breast cancer, spirals and the sine; every script case holds a hidden width
of 450 to 459. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop with momentum 0.5,
Adagrad, Adadelta, plain SGD, SGD with momentum 0.5 or 0.85, SGD with Nesterov momentum 0.8.
Each fault pairs its mechanism with another optimiser, model, data set or tool than
:mod:`.heldout114` to :mod:`.heldout117` did: divergence under plain SGD in a SiLU net on the
unscaled lavender oil and under plain RMSprop at LR 20 in a leaky-ReLU net on the quantiles,
exploding gradients in a 10-layer SELU net with N(0, 1) init under Adadelta, units killed by
Adagrad at LR 6 in the hatchet CNN, a high update ratio from Adam at LR 5 in a leaky-ReLU net on
the cooperage CSV, tiny learning rates under Adadelta (SELU, Friedman) and Nesterov momentum
(ReLU, cooperage CSV), vanishing gradients under SGD with momentum 0.5 in a 20-layer sigmoid
net, saturated tanh units with N(0, 6) init under Adam, the hatchet CNN with N(0, 0.04) init
under SGD with momentum 0.85 (a slow start), the unshuffled 304-feature set under plain RMSprop
(leaky ReLU), square error under Adagrad (ELU), batch 1 under SGD with momentum 0.5 (SiLU), 45
rows of the 304-feature set under plain RMSprop (SELU), 38 rows of the Friedman regression under
Adam (ELU), 1 sigmoid unit under AdamW; the scripts: Lightning's NaN on spirals (AdamW) and stuck
breast cancer (SGD), Trainer's NaN on breast cancer (SGD) and stuck spirals (Adadelta), Keras'
NaN on the sine (Adadelta) and 8 rows of spirals (AdamW, a gap), TensorBoard's NaN on spirals
(SGD) and 5 rows of the sine (SGD, a gap), the loop's corrupt record on the sine (Adadelta) and
stuck spirals (AdamW).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' and the 304-feature set's test splits, 0.2667 on the cooperage CSV's, 0.2633 on
the hatchet images'; 1/3 (spirals), 0.6316 (breast cancer) on the scripts' validation splits.
Baselines (validation): accuracy 1.0 (cooperage CSV), 0.8395 (304-feature set), 0.9567 (hatchet
images), 0.197 (quantiles); R2 0.5981 (Friedman), 0.9783 (lavender CSV).

Measured healthy ranges (runner): update ratio quarter means 4.9e-6 to 0.031 (the sigmoid MLP
with Adagrad on the cooperage CSV), single steps at most 0.49 (the same run); the
``update_ratio_high`` run reaches quarter means of 0.537 with single steps up to 50.2; the
``update_ratio_low`` runs log at most 2.8e-10 and 1.3e-11. Dead fraction at most 0.021 in the
healthy ReLU, leaky-ReLU, ELU, SELU and SiLU runs (the ReLU MLP with RMSprop with momentum on the
cooperage CSV; the Adagrad-killed CNN's 0.84, the 38-row ELU regression's 0.53 at its end);
saturated fraction at most 0.0091 (the tanh MLP with Adadelta on the 304-feature set); the
saturated run's 0.982, the one sigmoid unit's 0.765. Gradient norms at least 1.3e-3 (the
vanishing run's 3.7e-18; the exploding run's 1.8e6 to 1.1e7). The step loss's position in the
epoch explains at most 22% of the within-epoch variance over the second half in the healthy
runner runs (the unshuffled run 91%). The standard deviation of the step loss's step-to-step
change over the second half is at most 0.64 times its mean in the healthy runner runs (the ReLU
MLP with momentum 0.85 on the Friedman regression) and 2.19 in the healthy scripts
(TensorBoard's breast cancer); the batch-1 run's is 4.1. Healthy scores (test): accuracy 1.0 on
the cooperage CSV, 0.8512-0.8721 on the 304-feature set, R2 0.2931-0.4982 on the Friedman
regression (validation 0.2253-0.4986); scripts (validation): breast cancer 0.9561, wine 1.0
(twice), circles 0.9921 and 0.9923, moons 0.9758 and 0.9762, iris 0.9667, digits 0.9749, 0.9777
and 0.9805, spirals 0.9462, sine R2 0.9418 (and Lightning's sine, which logs no score). Every
healthy runner run's validation loss is lowest at its end but the ReLU MLP with momentum on the
Friedman regression (0.68% above its minimum, at epoch 8 of 30); the scripts' within 7.4% of
their minimum (TensorBoard's circles, lowest at epoch 24 of 25), most within 3%.

Changes after the first run: Adam at LR 0.5 on the cooperage CSV reached quarter-mean update
ratios of only 0.077 (single steps 5.0), so it ran at LR 5; the hatchet CNN at N(0, 0.06) was
flat for only three epochs, so it ran at N(0, 0.04) (flat for seven); TensorBoard's 5-row sine
under SGD at LR 0.05 blew up to NaN, so it ran at LR 3e-3; the loop's corrupt record on breast
cancer gave a finite spike (8.6e27) that Adadelta rode out, so the corrupt record went onto the
sine, where the square error is Inf. Labels from the metrics: the quantile divergence, the
exploding, the vanishing and the killed-CNN runs put (nearly) every test prediction in one class
(``predictions_collapsed`` expected); the killed CNN's loss came back to ln 4 after its blow-up
(``divergence`` allowed, not expected); the unshuffled and square-error runs still fell with the
validation loss lowest at the end (``not_converged`` expected); the 38-row ELU regression logged
53% of a layer dead and swung 13 times its mean (``dead_relu`` and ``noisy_loss`` expected); the
one sigmoid unit was saturated on 77% of the rows (``saturated_activation`` expected); the
scripts' stuck breast cancer (0.4298) and spirals (0.4274) and the Trainer's NaN breast cancer
(0.3684) scored away from their majority shares (``at_chance`` allowed, not expected). Healthy
runs: the ReLU MLP with momentum 0.85 on the Friedman regression at LR 1e-3 drove its loss to
near 0 with a step-loss swing of 3.9, so it ran at 3e-4; Lightning's sine (a 30% rise),
TensorBoard's breast cancer (12%), Keras' sine (12%) and TensorBoard's circles ran at a smaller
LR for fewer epochs.

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

# a hatchet in a 5x5 cell: a handle down the second column with a knob at its foot and a blade
# at its head reaching right; turned by 90 degrees for the others
_HATCHET_UP = np.array([[0, 1, 1, 1, 1],
                        [0, 1, 1, 1, 0],
                        [0, 1, 0, 0, 0],
                        [0, 1, 0, 0, 0],
                        [1, 1, 0, 0, 0]], dtype=float)
_HATCHETS = turned(_HATCHET_UP)


def hatchets(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 hatchet glyph at a random place (4 classes: the hatchet turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_HATCHETS, n, size, noise, flip, seed)


def _cask_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A cooperage's cask stage (0 steaming, 1 raising, 2 toasting, 3 hooping) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    steam_c = np.array([98.0, 40.0, 30.0, 20.0])[cls] + rng.normal(0, 5.0, n)
    stave_moist = np.array([32.0, 26.0, 12.0, 10.0])[cls] + rng.normal(0, 2.5, n)
    fire_c = np.array([0.0, 60.0, 210.0, 5.0])[cls] + rng.normal(0, 12.0, n)
    windlass_kn = np.array([0.0, 9.0, 1.0, 2.0])[cls] + rng.normal(0, 1.0, n)
    hammer_hits = np.array([2.0, 5.0, 1.0, 40.0])[cls] + rng.normal(0, 3.0, n)
    shop_c = rng.uniform(8.0, 28.0, n)
    bench = rng.integers(1, 5, n).astype(float)
    return (["steam_c", "stave_moist", "fire_c", "windlass_kn", "hammer_hits", "shop_c",
             "bench", "stage"],
            np.column_stack([steam_c, stave_moist, fire_c, windlass_kn, hammer_hits, shop_c,
                             bench, cls]))


def _lavender_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A lavender distillery: essential oil distilled a day (millilitres) from 7 readings."""
    n = 1120
    week = rng.integers(24, 36, n).astype(float)
    cut_kg = rng.uniform(100.0, 600.0, n)
    stills = rng.integers(1, 4, n).astype(float)
    sun_h = rng.uniform(2.0, 14.0, n)
    rain_mm = rng.uniform(0.0, 20.0, n)
    boiler_h = rng.uniform(2.0, 10.0, n)
    bloom_pct = rng.uniform(20.0, 100.0, n)
    oil = (30 + 0.9 * cut_kg + 45.0 * stills + 6.0 * sun_h - 5.0 * rain_mm + 18.0 * boiler_h
           + 1.4 * bloom_pct - 4.0 * np.abs(week - 30) + rng.normal(0, 20.0, n))
    return (["week", "cut_kg", "stills", "sun_h", "rain_mm", "boiler_h", "bloom_pct", "oil_ml"],
            np.column_stack([week, cut_kg, stills, sun_h, rain_mm, boiler_h, bloom_pct, oil]))


def _cask(**sections: Any) -> Any:
    return _csv("cooperage_cask_stage_h118", _cask_csv, "stage", "classification", 1181,
                **sections)


def _lavender(**sections: Any) -> Any:
    return _csv("lavender_distillery_daily_oil_h118", _lavender_csv, "oil_ml", "regression",
                1182, **sections)


def _sg(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain SGD (no momentum)."""
    return _s(data, optim="sgd", **kw)


def _ad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adadelta."""
    return _s(data, optim="adadelta", **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _rm(data: str, **kw: Any) -> Setup:
    """A script setup trained with RMSprop (healthy runs only)."""
    return _s(data, optim="rmsprop", **kw)


MOM5 = {"momentum": 0.5}
MOM85 = {"momentum": 0.85}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout118"
HT4 = _factory(f"{HERE}:hatchets", seed=1180)
GQ5301 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3300, n_features=301,
                  n_classes=5, random_state=1183)
CL304 = _factory("sklearn.datasets:make_classification", n_samples=2150, n_features=304,
                 n_informative=34, n_redundant=11, n_classes=5, class_sep=2.7,
                 random_state=1184)
FR307 = _factory("sklearn.datasets:make_friedman1", n_samples=1750, n_features=307, noise=0.9,
                 random_state=1185)
HCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h118_divergence_lavender_sgd_silu", "the lavender distillery CSV (targets unscaled, "
         "in the hundreds), 31-unit SiLU MLP, plain SGD at LR 0.05, batch 22",
         _lavender(model={"hidden": [31], "activation": "silu"},
                   optim={"name": "sgd", "lr": 0.05},
                   train={"epochs": 3, "batch_size": 22}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h118_divergence_gq5301_rmsprop_lr20_leaky", "46x23 leaky-ReLU MLP on the 5-class "
         "quantiles in 301 dimensions, plain RMSprop at LR 20, batch 36",
         {"data": GQ5301, "model": {"hidden": [46, 23], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 20.0},
          "train": {"epochs": 3, "batch_size": 36}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h118_exploding_cl304_10x23_selu_std1_adadelta", "10x23 SELU MLP with N(0, 1) init "
         "on the 304-feature set, Adadelta at LR 1e-12, batch 44",
         {"data": CL304, "model": {"hidden": [23] * 10, "activation": "selu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 44}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.07e7 at every epoch); Adadelta's "
                      "tiny steps do not move the wide weights (update ratios logged 0); up to 22% "
                      "of a SELU layer logged dead, a side effect "
                      "of the huge pre-activations"), verdict="failed"),
    Case("h118_dead_relu_hatchet_cnn_adagrad_lr6", "the hatchet CNN (7, 12 channels, 19 "
         "hidden), Adagrad at LR 6, batch 29",
         {"data": HT4, "model": HCNN,
          "optim": {"name": "adagrad", "lr": 6.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("divergence", "exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=("the blow-up (the step loss up to 4.9e6, the first epoch loss 1.65e5) is over"
                      " by the end: the step loss ends at 1.43, near its first 1.40 (ln 4 is "
                      "1.386), so 'divergence' is allowed, not expected; 84% of the dense units and"
                      " 67% of the second convolution's stay dead and the gradients are 0 from the "
                      "second quarter on ('not training' allowed); 99.7% of the test predictions in"
                      " one class"), verdict="failed"),
    Case("h118_update_ratio_high_cask_adam_leaky", "Adam at LR 5 on the cooperage CSV, 38 "
         "leaky-ReLU units, batch 18, 8 epochs",
         _cask(model={"hidden": [38], "activation": "leaky_relu"},
               optim={"name": "adam", "lr": 5.0},
               train={"epochs": 8, "batch_size": 18}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.537, single "
                      "steps up to 50.2; the healthy runs at most 0.031 and 0.49): the first epoch "
                      "loss is 18.05, yet the loss ends at 0 and accuracy at 1.0"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h118_adadelta_lr1e8_fr307_selu", "the 307-feature Friedman regression, 43x18 SELU "
         "MLP, Adadelta at LR 1e-8, batch 37, 4 epochs",
         {"data": FR307, "model": {"hidden": [43, 18], "activation": "selu"},
          "optim": {"name": "adadelta", "lr": 1e-8},
          "train": {"epochs": 4, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.32, far below the baseline (0.5981 on validation) and the healthy runs"
                      " (0.2931 and up); the epoch loss 227.1 at every epoch"), verdict=TP),
    Case("h118_nesterov_lr1e10_cask_relu", "the cooperage CSV, 36x15 ReLU MLP, SGD with "
         "Nesterov momentum 0.8 at LR 1e-10, batch 26, 4 epochs",
         _cask(model={"hidden": [36, 15]},
               optim={"name": "sgd", "lr": 1e-10, **NEST8},
               train={"epochs": 4, "batch_size": 26}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed", "at_chance"),
         why_allowed=("the epoch loss 1.386 (ln 4) at every epoch; accuracy 0.3067 against the "
                      "majority share 0.2667 and the baseline 1.0, a little above chance, so 'at "
                      "chance' is not clear; 58% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h118_vanishing_sigmoid_cl304_20x11_momentum", "20x11 sigmoid MLP on the 304-feature "
         "set, SGD with momentum 0.5 at LR 0.05, batch 41, 4 epochs",
         {"data": CL304, "model": {"hidden": [11] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.05, **MOM5},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers do not move (update ratios 0), a side effect of the "
                      "vanishing gradients (down to 3.7e-18); the epoch loss 1.623 to 1.614 (ln 5 "
                      "is 1.609)"), verdict=TP),
    Case("h118_saturated_tanh_gq5301_std6_adam", "2x42 tanh MLP with N(0, 6) init on the "
         "5-class quantiles, Adam at LR 1e-9, batch 34",
         {"data": GQ5301, "model": {"hidden": [42, 42], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 1.5e-11); the loss far above ln 5 from "
                      "the start (the epoch loss 42.7 at every epoch); 27% of the test predictions "
                      "in one class"), verdict=TP),
    Case("h118_slow_start_hatchet_cnn_momentum_std004", "the hatchet CNN with N(0, 0.04) "
         "init, SGD with momentum 0.85 at LR 0.05, batch 33, 20 epochs",
         {"data": HT4, "model": {**HCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **MOM85},
          "train": {"epochs": 20, "batch_size": 33}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "not_converged", "overfitting", "dead_relu"),
         why_allowed=("the epoch loss stays at 1.389 to 1.371 (ln 4) for 7 epochs, then falls to "
                      "0.080 (accuracy 0.9567, the baseline's); the validation loss is lowest at "
                      "epoch 15 of 20 and 7% above it at the end, so 'overfitting' is allowed and "
                      "the run is not 'not converged'; the step loss swings 0.95 times its mean "
                      "(healthy runner runs at most 0.64) as the validation loss jumps; up to 21% "
                      "of a layer dead while it is flat, 0 at the end"), verdict=TP),
    Case("h118_unshuffled_cl304_rmsprop_leaky", "the 304-feature set sorted by label, never "
         "shuffled, 47x20 leaky-ReLU MLP, plain RMSprop at LR 2e-4, batch 39, 8 epochs",
         {"data": {**CL304, "order": "by_label", "shuffle": False},
          "model": {"hidden": [47, 20], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 2e-4},
          "train": {"epochs": 8, "batch_size": 39}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 91% of its within-epoch "
                      "variance (healthy runs at most 22%); the epoch loss still falls 3.6% and the"
                      " validation loss 2.9% over the last epoch, lowest at the end; accuracy "
                      "0.5302 (training 0.7085; the healthy runs 0.8512 and up); 58% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h118_mse_softmax_cask_adagrad_elu", "the cooperage CSV trained with square error on "
         "the softmax, Adagrad at LR 0.05, 32x13 ELU MLP, batch 25, 10 epochs",
         _cask(model={"hidden": [32, 13], "activation": "elu"},
               optim={"name": "adagrad", "lr": 0.05},
               train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly (accuracy 1.0 nonetheless); the "
                      "epoch loss still falls 12% and the validation loss 11% over the last epoch, "
                      "lowest at the end"), verdict=TP),
    Case("h118_noisy_cl304_b1_momentum_silu", "the 304-feature set one row at a time (batch "
         "1), SGD with momentum 0.5 at LR 5e-3, 27-unit SiLU MLP, 3 epochs",
         {"data": CL304, "model": {"hidden": [27], "activation": "silu"},
          "optim": {"name": "sgd", "lr": 5e-3, **MOM5},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "dead_relu", "not_converged",
                "update_ratio_high", "overfitting", "saturated_activation"),
         why_allowed=("the validation loss is lowest at epoch 2 of 3 and 3.5% above it at the end, "
                      "a small rise (accuracy 0.8698, within the healthy runs'), so 'overfitting' "
                      "is allowed and the run is not 'not converged'"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h118_overfit_cl304_subset45_rmsprop_selu", "45 rows of the 304-feature set, SELU "
         "MLP of 200 and 100 units, plain RMSprop at LR 2e-4, 50 epochs, batch 4",
         {"data": {**CL304, "subset": 45},
          "model": {"hidden": [200, 100], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 2e-4},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("45 rows teach less than every row: accuracy 0.5186 (training 1.0; the "
                      "healthy runs 0.8512 and up); the validation loss is lowest at epoch 13 of 50"
                      " and 7.1% above it at the end, a moderate rise, while the epoch loss (9e-4) "
                      "still falls 6.5% over the last epoch"), verdict=GP),
    Case("h118_gap_fr307_subset38_adam_elu", "38 rows of the 307-feature Friedman regression, "
         "ELU MLP of 170 and 85 units, Adam at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR307, "subset": 38},
          "model": {"hidden": [170, 85], "activation": "elu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "dead_relu", "noisy_loss"),
         allow=("overfitting", "underfitting", "not_converged"),
         why_allowed=("38 rows teach less (R2 -1.92, training 0.952; the healthy runs 0.2931 and "
                      "up); the validation loss is lowest at epoch 11 of 80 and 5.1% above it at "
                      "the end, a moderate rise; 53% of a layer's ELU units logged dead at the end "
                      "(healthy runs at most 2.1%); the step loss swings 13.2 times its mean "
                      "(healthy runner runs at most 0.64)"), verdict=GP),
    Case("h118_underfit_cl304_one_sigmoid_unit_adamw", "the 304-feature set through 1 sigmoid "
         "unit, AdamW at LR 0.01, batch 40, 15 epochs",
         {"data": CL304, "model": {"hidden": [1], "activation": "sigmoid"},
          "optim": {"name": "adamw", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 40}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged"),
         why_allowed=("one sigmoid unit cannot hold the classes: training accuracy 0.4233 (the "
                      "healthy runs 0.9558 and up), accuracy 0.3581; the unit is saturated on 77% "
                      "of the rows (healthy runs at most 0.9%); the validation loss is lowest at "
                      "epoch 13 of 15 and 0.13% above it at the end, flat"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h118_lightning_spirals_adamw_lr1e20_nan", "Lightning: spirals (630 points, noise "
         "0.1), AdamW at LR 1e20, 450 units, batch 23, 3 epochs",
         script=lightning_run(_aw("spirals", hidden=(450,), lr=1e20, epochs=3, batch_size=23,
                                  n=630, noise=0.1)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h118_lightning_breast_cancer_sgd_lr1e10_stuck", "Lightning: breast cancer, plain SGD "
         "at LR 1e-10, 451 units, batch 16, 3 epochs",
         script=lightning_run(_sg("breast_cancer", hidden=(451,), lr=1e-10, epochs=3,
                                  batch_size=16)),
         tool="lightning", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.6936 and accuracy 0.4298 at every epoch; the untrained"
                      " net scores below the majority share (0.6316), "
                      "so 'at chance' is not clear"), verdict=TP),
    Case("h118_hf_trainer_breast_cancer_sgd_lr1e20_nan", "Hugging Face Trainer names: breast "
         "cancer, plain SGD at LR 1e20 (decaying linearly), 452 units, batch 18, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_sg("breast_cancer", hidden=(452,), lr=1e20, epochs=3,
                                   batch_size=18), logging_steps=2),
         tool="transformers", expect=("nan_loss",),
         allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=("effects of the blow-up; the NaN outputs give one class (evaluation accuracy "
                      "0.3684, the minority share), so 'at chance' is allowed"), verdict="failed"),
    Case("h118_hf_trainer_spirals_adadelta_lr1e10_stuck", "Hugging Face Trainer names: "
         "spirals (620 points, noise 0.1), Adadelta at LR 1e-10 (decaying linearly), 453 "
         "units, batch 20, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ad("spirals", hidden=(453,), lr=1e-10, epochs=3, batch_size=20,
                                   n=620, noise=0.1), logging_steps=2),
         tool="transformers", expect=("not_training",),
         allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 1.083 and accuracy 0.4274 at every evaluation; above a "
                      "third on three balanced classes, so 'at chance' is not clear"), verdict=TP),
    Case("h118_keras_sine_adadelta_lr1e20_nan", "Keras names: sine regression (650 points, "
         "noise 0.2), Adadelta at LR 1e20, 454 units, batch 15, 3 epochs",
         script=keras_run(_ad("sine", hidden=(454,), lr=1e20, epochs=3, batch_size=15, n=650,
                              noise=0.2)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h118_keras_spirals_subset8_adamw_gap", "Keras names: 8 rows of spirals (640 points, "
         "noise 0.1), 455 units, AdamW at LR 3e-3, 120 epochs, batch 2",
         script=keras_run(_aw("spirals", hidden=(455,), lr=3e-3, epochs=120, batch_size=2,
                              subset=8, n=640, noise=0.1)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less than all of them (validation accuracy 0.375; the healthy "
                      "spirals run 0.9462); the training loss near 0.035 while the validation loss "
                      "has risen five-fold from epoch 1 of 120"), verdict=GP),
    Case("h118_tensorboard_spirals_sgd_lr1e20_nan", "TensorBoard tags: spirals (610 points, "
         "noise 0.1), plain SGD at LR 1e20, 456 units, batch 25, 3 epochs",
         script=tensorboard_run(_sg("spirals", hidden=(456,), lr=1e20, epochs=3, batch_size=25,
                                    n=610, noise=0.1)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h118_tensorboard_sine_subset5_sgd_gap", "TensorBoard tags: 5 rows of the sine "
         "regression (620 points, noise 0.2), 457 units, plain SGD at LR 3e-3, 200 epochs, "
         "batch 1",
         script=tensorboard_run(_sg("sine", hidden=(457,), lr=3e-3, epochs=200, batch_size=1,
                                    subset=5, n=620, noise=0.2)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("5 rows teach less (validation R2 -0.37, training 0.97; the healthy sine runs"
                      " 0.9352 and up); the validation loss is lowest at epoch 21 of 200 and 3.3 "
                      "times it at the end; the step loss swings 1.9 times its mean, within the "
                      "healthy scripts' (2.19)"), verdict=GP),
    Case("h118_plain_corrupt_record_sine_adadelta", "hand-written loop: sine regression with "
         "noise 0.22 (630 points), Adadelta at LR 0.5, 458 units, batch 22, a corrupt record "
         "(x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_ad("sine", hidden=(458,), lr=0.5, epochs=3, batch_size=22, n=630,
                              noise=0.22), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h118_plain_spirals_adamw_lr1e10_stuck", "hand-written loop: spirals (660 points, "
         "noise 0.1), AdamW at LR 1e-10, 459 units, batch 21, 4 epochs",
         script=plain_run(_aw("spirals", hidden=(459,), lr=1e-10, epochs=4, batch_size=21,
                              n=660, noise=0.1)),
         tool="pytorch", expect=("not_training", "at_chance"),
         allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.158 at every epoch; accuracy 0.3333 on three balanced "
                      "classes"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy118_cask_relu_adamw_b22",
       _cask(model={"hidden": [43]},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy118_cask_tanh_adam_b24",
       _cask(model={"hidden": [38], "activation": "tanh"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 24})),
    _h("healthy118_cask_elu_adadelta_b29",
       _cask(model={"hidden": [44], "activation": "elu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 29})),
    _h("healthy118_cask_leaky_sgd_b16",
       _cask(model={"hidden": [40], "activation": "leaky_relu"},
             optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 16})),
    _h("healthy118_cask_selu_rmsprop_b26",
       _cask(model={"hidden": [36], "activation": "selu"},
             optim={"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy118_cask_silu_nesterov_b20",
       _cask(model={"hidden": [34], "activation": "silu"},
             optim={"name": "sgd", "lr": 0.02, **NEST8, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy118_cask_sigmoid_adagrad_b27",
       _cask(model={"hidden": [33], "activation": "sigmoid"},
             optim={"name": "adagrad", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy118_cask_relu_rmsprop_momentum_b31",
       _cask(model={"hidden": [47]},
             optim={"name": "rmsprop", "lr": 2e-4, **RMOM5, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 31})),
    _h("healthy118_fr307_elu_adamw_b24",
       {"data": FR307, "model": {"hidden": [55], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy118_fr307_leaky_adagrad_b27",
       {"data": FR307, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy118_fr307_relu_momentum85_b22",
       {"data": FR307, "model": {"hidden": [57]},
        "optim": {"name": "sgd", "lr": 3e-4, **MOM85, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy118_cl304_relu_adam_b30",
       {"data": CL304, "model": {"hidden": [65]},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy118_cl304_tanh_adadelta_b34",
       {"data": CL304, "model": {"hidden": [62], "activation": "tanh"},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy118_cl304_selu_momentum5_b25",
       {"data": CL304, "model": {"hidden": [58], "activation": "selu"},
        "optim": {"name": "sgd", "lr": 1e-2, **MOM5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy118_cl304_silu_rmsprop_b23",
       {"data": CL304, "model": {"hidden": [67], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 2e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _hs("healthy118_tensorboard_breast_cancer_adadelta",
        tensorboard_run(_ad("breast_cancer", hidden=(451,), lr=0.5, epochs=12, batch_size=19)),
        "tensorboard"),
    _hs("healthy118_tensorboard_wine_nadam",
        tensorboard_run(_na("wine", hidden=(454,), lr=1e-3, epochs=40, batch_size=11)),
        "tensorboard"),
    _hs("healthy118_tensorboard_circles_adamw",
        tensorboard_run(_aw("circles", hidden=(457,), lr=1e-3, epochs=25, batch_size=23, n=630,
                            noise=0.1)), "tensorboard"),
    _hs("healthy118_hf_trainer_moons_adamw",
        hf_trainer_run(_aw("moons", hidden=(450,), lr=1e-3, epochs=25, batch_size=21, n=630,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy118_hf_trainer_iris_rmsprop",
        hf_trainer_run(_rm("iris", hidden=(455,), lr=5e-4, epochs=40, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy118_hf_trainer_digits_adam",
        hf_trainer_run(_a("digits", hidden=(458,), lr=1e-3, epochs=15, batch_size=25),
                       logging_steps=2), "transformers"),
    _hs("healthy118_keras_digits_nadam",
        keras_run(_na("digits", hidden=(452,), lr=1e-3, epochs=15, batch_size=28)), "keras"),
    _hs("healthy118_keras_sine_adamw",
        keras_run(_aw("sine", hidden=(456,), lr=1e-3, epochs=20, batch_size=20, n=640,
                      noise=0.2)), "keras"),
    _hs("healthy118_keras_moons_sgd",
        keras_run(_sg("moons", hidden=(459,), lr=0.1, epochs=30, batch_size=18, n=620,
                      noise=0.2)), "keras"),
    _hs("healthy118_lightning_wine_adam",
        lightning_run(_a("wine", hidden=(453,), lr=1e-3, epochs=40, batch_size=12)),
        "lightning"),
    _hs("healthy118_lightning_sine_rmsprop",
        lightning_run(_rm("sine", hidden=(450,), lr=3e-4, epochs=15, batch_size=22, n=660,
                          noise=0.2)), "lightning"),
    _hs("healthy118_plain_circles_adadelta",
        plain_run(_ad("circles", hidden=(452,), lr=1.0, epochs=30, batch_size=24, n=650,
                      noise=0.1)), "pytorch"),
    _hs("healthy118_plain_digits_adamw",
        plain_run(_aw("digits", hidden=(455,), lr=1e-3, epochs=15, batch_size=26)), "pytorch"),
    _hs("healthy118_plain_spirals_adam",
        plain_run(_a("spirals", hidden=(458,), lr=3e-3, epochs=60, batch_size=20, n=650,
                     noise=0.1)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
