"""The hundred-and-seventeenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout116` (not looked at), after :mod:`.heldout112` to
:mod:`.heldout115`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
weather vane (a tail of two fins down the left column and a shaft across the middle row ending
in a point, in a 5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with
noise 0.3 and 2% random labels (seed 1170); 5-class Gaussian quantiles in 293 dimensions (3400
samples); a 296-feature 5-class set (2200 samples, 32 informative, 10 redundant, class
separation 2.7); a 298-feature Friedman-1 regression (1800 samples, noise 0.9); a paper mill's
pulping stage CSV (soaking, beating, pressing, drying: 4 classes from 7 readings,
``paper_mill_pulping_stage_h117``, seed 1171) and a falconry centre's visitors a day regression
CSV (in the hundreds, ``falconry_centre_daily_visitors_h117``, seed 1172); the sklearn sets use
random states 1173 to 1175. The glyph's name, the two CSV themes and the feature counts were
checked against the bank's parts as unused. Script faults use Adamax, RAdam and SGD with
Nesterov momentum 0.9 on circles, digits and the sine; every script case holds a hidden width of
440 to 449. Runner optimisers: Adam, AdamW, plain RMSprop, RMSprop with momentum 0.3, Adagrad,
Adadelta, SGD with momentum 0.4 or 0.95, SGD with Nesterov momentum 0.6 or 0.9. Each fault
pairs its mechanism with another optimiser, model, data set or tool than :mod:`.heldout112` to
:mod:`.heldout115` did: divergence under SGD with momentum 0.95 in a leaky-ReLU net on the
unscaled falconry visitors and under Adagrad at LR 100 in an ELU net on the quantiles, exploding
gradients in a 10-layer ELU net with N(0, 1) init under plain RMSprop, units killed by plain
RMSprop at LR 3 in the vane CNN, a high update ratio from Adagrad at LR 4 in a SELU net on the
paper-mill CSV, tiny learning rates under RMSprop with momentum (ELU, Friedman) and Adagrad
(tanh, paper-mill CSV), vanishing gradients under Adadelta in a 20-layer sigmoid net, saturated
tanh units with N(0, 7) init under RMSprop with momentum, the vane CNN with N(0, 0.005) init
under Nesterov momentum 0.9 (meant as a slow start; it never started), the unshuffled
296-feature set under Adam (ELU), square error under SGD with momentum 0.4 (SiLU), batch 1 under
AdamW (tanh), 44 rows of the 296-feature set under Adam (leaky ReLU), 40 rows of the Friedman
regression under AdamW (ReLU), 1 SELU unit under Adagrad; the scripts: Lightning's NaN on digits
(RAdam) and stuck circles (Adamax), Trainer's NaN on circles (Nesterov) and stuck digits
(RAdam), Keras' NaN on the sine (Adamax) and 7 rows of circles (Nesterov, a gap), TensorBoard's
NaN on digits (Nesterov) and 6 rows of the sine (RAdam, a gap), the loop's corrupt record on the
sine (Adamax) and stuck circles (Nesterov).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' test split, 0.2023 on the 296-feature set's, 0.2567 on the paper-mill CSV's and
on the vane images'; 0.5 (circles), about 0.1 (digits) on the scripts' validation splits.
Baselines (validation): accuracy 1.0 (paper-mill CSV), 0.8955 (296-feature set), 0.9267 (vane
images), 0.2074 (quantiles); R2 0.6191 (Friedman), 0.9582 (falconry CSV).

Measured healthy ranges (runner): update ratio quarter means 7.3e-6 to 0.0391 (the tanh MLP with
RMSprop with momentum on the Friedman regression), single steps at most 0.302 (the SiLU MLP with
Adagrad on the paper-mill CSV); the ``update_ratio_high`` run reaches 0.438 with single steps up
to 40.6; the ``update_ratio_low`` runs log at most 3.3e-8 and 1.1e-10. Dead fraction 0 in every
healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the RMSprop-killed CNN's 1.0, the stuck CNN's
1.0, the 40-row ReLU regression's 0.42 to its end); saturated fraction at most 0.0122 (the tanh
MLP on the Friedman regression); the saturated run's 0.985, the batch-1 tanh run's 0.455 (rising
to its end). Gradient norms at least 1.9e-3 (the vanishing run's 2.3e-18; the exploding run's
3.5e5 to 1.9e6). The step loss's position in the epoch explains at most 23% of the within-epoch
variance over the second half in the healthy runner runs (the unshuffled run 92%). The standard
deviation of the step loss's step-to-step change over the second half is at most 0.65 times its
mean in the healthy runner runs (the tanh MLP on the Friedman regression) and 1.84 in the
healthy scripts (the loop's breast cancer); the batch-1 run's is 5.2. Healthy scores
(test): accuracy 1.0 on the paper-mill CSV, 0.8932-0.9227 on the 296-feature set, R2
0.2772-0.5431 on the Friedman regression (validation 0.3821-0.6219); scripts (validation):
circles 1.0, moons 0.9531 and 0.9758, iris 0.9667 (twice), wine 1.0 (twice), digits 0.9499 and
0.9694, breast cancer 0.9474 and 0.9649, spirals 0.7581, sine R2 0.9287 and 0.9345. Every
healthy runner run's validation loss is lowest at its end but two on the Friedman regression
(0.85% and 2.5% above their minimum); the scripts' within 1.8% of their minimum.

Changes after the first run: the 2-unit SELU net trained to 0.89 (training accuracy), so it
went to 1 unit (0.54); the slow start (the vane CNN at N(0, 0.005)) never started, so it was
relabelled ``not_training`` with its dead units and collapsed predictions; the quantile
divergence and the exploding run put 98% and 95% of the test predictions in one class
(``predictions_collapsed`` expected); the unshuffled and square-error runs still fell with the
validation loss lowest at the end (``not_converged`` added); the batch-1 tanh run saturated 45%
of its units (``saturated_activation`` expected) and its validation loss rose only 16%
(``overfitting`` allowed); the 40-row ReLU regression's validation loss rose 24% with 42% of a
layer dead (``overfitting`` and ``dead_relu`` expected); the TensorBoard 6-row sine's validation
loss was lowest at its end (``overfitting`` allowed, not expected); the stuck paper-mill run
(0.35) and the loop's stuck circles (0.3) scored away from their majority shares (``at_chance``
allowed, not expected). Healthy runs: the tanh MLP on the Friedman regression (R2 -2.2) ran at
LR 1e-3 instead of 3e-4, the ELU MLP with Nesterov momentum on the 296-feature set (0.81) at LR
0.01 instead of 2e-3, the loop's iris (a 36% rise) and sine (an 11% rise) at a smaller LR for
fewer epochs.

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

# a weather vane in a 5x5 cell: a tail of two fins down the left column and a shaft across the
# middle row ending in a point on the right; turned by 90 degrees for the others
_VANE_RIGHT = np.array([[1, 0, 0, 0, 0],
                        [1, 1, 0, 0, 1],
                        [1, 1, 1, 1, 1],
                        [1, 1, 0, 0, 1],
                        [1, 0, 0, 0, 0]], dtype=float)
_VANES = turned(_VANE_RIGHT)


def vanes(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 weather-vane glyph at a random place (4 classes: the vane turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_VANES, n, size, noise, flip, seed)


def _paper_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A paper mill's pulping stage (0 soaking, 1 beating, 2 pressing, 3 drying) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    water_pct = np.array([95.0, 88.0, 60.0, 12.0])[cls] + rng.normal(0, 4.0, n)
    beater_kw = np.array([0.0, 45.0, 3.0, 1.0])[cls] + rng.normal(0, 4.0, n)
    press_bar = np.array([0.0, 0.0, 18.0, 2.0])[cls] + rng.normal(0, 2.0, n)
    felt_c = np.array([18.0, 24.0, 30.0, 95.0])[cls] + rng.normal(0, 6.0, n)
    fibre_mm = np.array([3.0, 1.2, 1.1, 1.1])[cls] + rng.normal(0, 0.25, n)
    hall_c = rng.uniform(10.0, 30.0, n)
    shift = rng.integers(1, 4, n).astype(float)
    return (["water_pct", "beater_kw", "press_bar", "felt_c", "fibre_mm", "hall_c", "shift",
             "stage"],
            np.column_stack([water_pct, beater_kw, press_bar, felt_c, fibre_mm, hall_c, shift,
                             cls]))


def _falcon_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A falconry centre's flying displays: visitors a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    birds_fit = rng.integers(6, 30, n).astype(float)
    sun_h = rng.uniform(0.0, 14.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    handlers = rng.integers(1, 6, n).astype(float)
    coaches = rng.integers(0, 8, n).astype(float)
    wind_kmh = rng.uniform(0.0, 60.0, n)
    visitors = (60 + 6.0 * birds_fit + 12.0 * sun_h - 7.0 * rain_mm + 15.0 * handlers
                + 40.0 * coaches - 1.5 * wind_kmh + 80.0 * (weekday >= 5)
                + rng.normal(0, 15.0, n))
    return (["weekday", "birds_fit", "sun_h", "rain_mm", "handlers", "coaches", "wind_kmh",
             "visitors"],
            np.column_stack([weekday, birds_fit, sun_h, rain_mm, handlers, coaches, wind_kmh,
                             visitors]))


def _paper(**sections: Any) -> Any:
    return _csv("paper_mill_pulping_stage_h117", _paper_csv, "stage", "classification", 1171,
                **sections)


def _falcon(**sections: Any) -> Any:
    return _csv("falconry_centre_daily_visitors_h117", _falcon_csv, "visitors", "regression",
                1172, **sections)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax."""
    return _s(data, optim="adamax", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam."""
    return _s(data, optim="radam", **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW (healthy runs only)."""
    return _s(data, optim="adamw", **kw)


MOM95 = {"momentum": 0.95}
MOM4 = {"momentum": 0.4}
NEST9 = {"momentum": 0.9, "nesterov": True}
NEST6 = {"momentum": 0.6, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout117"
VN4 = _factory(f"{HERE}:vanes", seed=1170)
GQ5293 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=293,
                  n_classes=5, random_state=1173)
CL296 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=296,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1174)
FR298 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=298, noise=0.9,
                 random_state=1175)
VCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [17]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h117_divergence_falcon_momentum95_leaky", "the falconry visitors CSV (targets "
         "unscaled, in the hundreds), 29-unit leaky-ReLU MLP, SGD with momentum 0.95 at LR "
         "0.02, batch 23",
         _falcon(model={"hidden": [29], "activation": "leaky_relu"},
                 optim={"name": "sgd", "lr": 0.02, **MOM95},
                 train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_divergence_gq5293_adagrad_lr100_elu", "44x22 ELU MLP on the 5-class quantiles "
         "in 293 dimensions, Adagrad at LR 100, batch 37",
         {"data": GQ5293, "model": {"hidden": [44, 22], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 100.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_exploding_cl296_10x24_elu_std1_rmsprop", "10x24 ELU MLP with N(0, 1) init on "
         "the 296-feature set, plain RMSprop at LR 1e-13, batch 42",
         {"data": CL296, "model": {"hidden": [24] * 10, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "rmsprop", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 42}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 1.565e6 at every epoch); RMSprop's "
                      "tiny steps do not move the wide weights (update ratios logged 0); up to "
                      "25% of the ELU units logged dead, a side effect of the huge "
                      "pre-activations"), verdict="failed"),
    Case("h117_dead_relu_vane_cnn_rmsprop_lr3", "the vane CNN (6, 13 channels, 17 hidden), "
         "plain RMSprop at LR 3, batch 27",
         {"data": VN4, "model": VCNN,
          "optim": {"name": "rmsprop", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_update_ratio_high_paper_adagrad_selu", "Adagrad at LR 4 on the paper-mill CSV, "
         "37 SELU units, batch 19, 8 epochs",
         _paper(model={"hidden": [37], "activation": "selu"},
                optim={"name": "adagrad", "lr": 4.0},
                train={"epochs": 8, "batch_size": 19}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.438, "
                      "single steps up to 40.6; the healthy runs at most 0.0391 and 0.302): the "
                      "step loss jumps to 262 from its first step 1.35, yet the loss ends at 0 "
                      "and accuracy at 0.9967"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h117_rmsprop_momentum_lr1e10_fr298_elu", "the 298-feature Friedman regression, 41x19 "
         "ELU MLP, RMSprop with momentum 0.3 at LR 1e-10, batch 39, 4 epochs",
         {"data": FR298, "model": {"hidden": [41, 19], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 1e-10, **RMOM3},
          "train": {"epochs": 4, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -9.65, far below the baseline (0.6191 on validation) and the healthy "
                      "runs (0.2772 and up); the epoch loss 235.1 at every epoch"), verdict=TP),
    Case("h117_adagrad_lr1e10_paper_tanh", "the paper-mill CSV, 34x16 tanh MLP, Adagrad at "
         "LR 1e-10, batch 27, 4 epochs",
         _paper(model={"hidden": [34, 16], "activation": "tanh"},
                optim={"name": "adagrad", "lr": 1e-10},
                train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed", "at_chance"),
         why_allowed=("the epoch loss 1.441 at every epoch (ln 4 is 1.386); accuracy 0.35 "
                      "against the majority share 0.2567 and the baseline 1.0, a little above "
                      "chance, so 'at chance' is not clear; 52% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h117_vanishing_sigmoid_cl296_20x12_adadelta", "20x12 sigmoid MLP on the 296-feature "
         "set, Adadelta at LR 1.0, batch 43, 4 epochs",
         {"data": CL296, "model": {"hidden": [12] * 20, "activation": "sigmoid"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 2.3e-18); the epoch loss "
                      "1.657 to 1.612 (ln 5 is 1.609)"), verdict=TP),
    Case("h117_saturated_tanh_gq5293_std7_rmsprop_momentum", "2x40 tanh MLP with N(0, 7) init "
         "on the 5-class quantiles, RMSprop with momentum 0.3 at LR 1e-9, batch 33",
         {"data": GQ5293, "model": {"hidden": [40, 40], "activation": "tanh",
                                    "init": "normal", "init_std": 7.0},
          "optim": {"name": "rmsprop", "lr": 1e-9, **RMOM3},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 2.9e-10); the loss far above ln 5 from "
                      "the start (the epoch loss 50.14 at every epoch); 24% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h117_stuck_vane_cnn_nesterov_std0005", "the vane CNN with N(0, 0.005) init, SGD "
         "with Nesterov momentum 0.9 at LR 0.03, batch 31, 20 epochs",
         {"data": VN4, "model": {**VCNN, "init": "normal", "init_std": 0.005},
          "optim": {"name": "sgd", "lr": 0.03, **NEST9},
          "train": {"epochs": 20, "batch_size": 31}},
         expect=("not_training", "dead_relu", "at_chance", "predictions_collapsed"),
         allow=("underfitting", "slow_start", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("meant as a slow start, it never started: the epoch loss 1.388 (ln 4) at "
                      "every epoch; gradient norms at most 5.8e-5 and update ratios at most "
                      "1.1e-4 because every ReLU unit is dead (the cause the dead fraction "
                      "names)"), verdict=TP),
    Case("h117_unshuffled_cl296_adam_elu", "the 296-feature set sorted by label, never "
         "shuffled, 45x21 ELU MLP, Adam at LR 3e-4, batch 38, 8 epochs",
         {"data": {**CL296, "order": "by_label", "shuffle": False},
          "model": {"hidden": [45, 21], "activation": "elu"},
          "optim": {"name": "adam", "lr": 3e-4},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 92% of its within-epoch "
                      "variance (healthy runs at most 23%); accuracy 0.7841, below the healthy "
                      "runs (0.8932 and up)"), verdict=TP),
    Case("h117_mse_softmax_paper_momentum_silu", "the paper-mill CSV trained with square error "
         "on the softmax, SGD with momentum 0.4 at LR 0.05, 33x14 SiLU MLP, batch 24, 10 epochs",
         _paper(model={"hidden": [33, 14], "activation": "silu"},
                optim={"name": "sgd", "lr": 0.05, **MOM4},
                train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed="square error on the softmax learns slowly (accuracy 1.0 nonetheless)",
         verdict=TP),
    Case("h117_noisy_cl296_b1_adamw_tanh", "the 296-feature set one row at a time (batch 1), "
         "AdamW at LR 2e-3, 26-unit tanh MLP, 3 epochs",
         {"data": CL296, "model": {"hidden": [26], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 2e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "saturated_activation"),
         allow=("divergence", "unshuffled_data", "dead_relu", "not_converged",
                "update_ratio_high", "overfitting"),
         why_allowed=("the validation loss is lowest at epoch 2 of 3 and 16% above it at the "
                      "end, a moderate rise (accuracy 0.9091, within the healthy runs'), so "
                      "'overfitting' is allowed and the run is not 'not converged'"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h117_overfit_cl296_subset44_adam_leaky", "44 rows of the 296-feature set, leaky-ReLU "
         "MLP of 190 and 95 units, Adam at LR 5e-4, 50 epochs, batch 4",
         {"data": {**CL296, "subset": 44},
          "model": {"hidden": [190, 95], "activation": "leaky_relu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("44 rows teach less than every row: accuracy 0.5455 (training 1.0; the "
                      "healthy runs 0.8932 and up); the epoch loss, near 0 (9.5e-4), still falls "
                      "4% over the last epoch while the validation loss is lowest at epoch 43 of "
                      "50 and 0.1% above it at the end, flat: neither clearly rising nor "
                      "improving"), verdict=GP),
    Case("h117_gap_fr298_subset40_adamw_relu", "40 rows of the 298-feature Friedman "
         "regression, ReLU MLP of 180 and 90 units, AdamW at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR298, "subset": 40},
          "model": {"hidden": [180, 90]},
          "optim": {"name": "adamw", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting", "dead_relu"),
         allow=("underfitting", "not_converged", "noisy_loss"),
         why_allowed=("40 rows teach less (R2 -1.98, training 0.999; the healthy runs 0.2772 and "
                      "up); the step loss swings 6.9 times its mean (healthy at most 0.65), rows "
                      "of batch 4 near a zero loss"), verdict=GP),
    Case("h117_underfit_cl296_one_selu_unit_adagrad", "the 296-feature set through 1 SELU "
         "unit, Adagrad at LR 0.05, batch 41, 15 epochs",
         {"data": CL296, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 15, "batch_size": 41}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "saturated_activation", "not_converged"),
         why_allowed=("one SELU unit cannot hold the classes: training accuracy 0.5402 (the "
                      "healthy runs 0.9652 and up), accuracy 0.4591; the validation loss is "
                      "lowest at epoch 5 of 15 and 1.6% above it at the end; single update steps "
                      "up to 1.5"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h117_lightning_digits_radam_lr1e20_nan", "Lightning: digits, RAdam at LR 1e20, 440 "
         "units, batch 24, 3 epochs",
         script=lightning_run(_ra("digits", hidden=(440,), lr=1e20, epochs=3, batch_size=24)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_lightning_circles_adamax_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adamax at LR 1e-10, 441 units, batch 15, 3 epochs",
         script=lightning_run(_mx("circles", hidden=(441,), lr=1e-10, epochs=3, batch_size=15,
                                  n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 0.6932 (ln 2) at every epoch; accuracy 0.4922 on two "
                      "balanced classes"), verdict=TP),
    Case("h117_hf_trainer_circles_nesterov_lr1e20_nan", "Hugging Face Trainer names: circles "
         "(620 points, noise 0.1), SGD with Nesterov momentum 0.9 at LR 1e20 (decaying "
         "linearly), 442 units, batch 17, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("circles", hidden=(442,), lr=1e20, epochs=3, batch_size=17,
                                   n=620, noise=0.1), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_hf_trainer_digits_radam_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "RAdam at LR 1e-10 (decaying linearly), 443 units, batch 21, 3 epochs, logging every "
         "2 steps",
         script=hf_trainer_run(_ra("digits", hidden=(443,), lr=1e-10, epochs=3, batch_size=21),
                               logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.321 and accuracy 0.078 (10 classes) at every "
                      "evaluation"), verdict=TP),
    Case("h117_keras_sine_adamax_lr1e20_nan", "Keras names: sine regression (640 points, noise "
         "0.2), Adamax at LR 1e20, 444 units, batch 14, 3 epochs",
         script=keras_run(_mx("sine", hidden=(444,), lr=1e20, epochs=3, batch_size=14, n=640,
                              noise=0.2)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_keras_circles_subset7_nesterov_gap", "Keras names: 7 rows of circles (630 "
         "points, noise 0.1), 445 units, SGD with Nesterov momentum 0.9 at LR 0.01, 100 "
         "epochs, batch 2",
         script=keras_run(_nv("circles", hidden=(445,), lr=0.01, epochs=100, batch_size=2,
                              subset=7, n=630, noise=0.1)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("7 rows teach less than all of them (validation accuracy 0.7381; the "
                      "healthy circles run 1.0); the training loss near 0.005 while the "
                      "validation loss has risen 91% from epoch 3 of 100"), verdict=GP),
    Case("h117_tensorboard_digits_nesterov_lr1e20_nan", "TensorBoard tags: digits, SGD with "
         "Nesterov momentum 0.9 at LR 1e20, 446 units, batch 26, 3 epochs",
         script=tensorboard_run(_nv("digits", hidden=(446,), lr=1e20, epochs=3,
                                    batch_size=26)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h117_tensorboard_sine_subset6_radam_gap", "TensorBoard tags: 6 rows of the sine "
         "regression (610 points, noise 0.2), 447 units, RAdam at LR 3e-3, 150 epochs, batch 2",
         script=tensorboard_run(_ra("sine", hidden=(447,), lr=3e-3, epochs=150, batch_size=2,
                                    subset=6, n=610, noise=0.2)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("6 rows teach less (validation R2 0.7441, training 0.915; the healthy sine "
                      "runs 0.9287 and up); the validation loss is lowest at the end, so "
                      "'overfitting' is not shown, and the training loss (about 0.02) no longer "
                      "clearly falls, so 'not converged' is not clear"), verdict=GP),
    Case("h117_plain_corrupt_record_sine_adamax", "hand-written loop: sine regression with "
         "noise 0.25 (660 points), Adamax at LR 1e-4, 448 units, batch 21, a corrupt record "
         "(x = 1e30) at step 23 makes the loss Inf",
         script=plain_run(_mx("sine", hidden=(448,), lr=1e-4, epochs=3, batch_size=21, n=660,
                              noise=0.25), corrupt_step=23),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=23),
    Case("h117_plain_circles_nesterov_lr1e10_stuck", "hand-written loop: circles (650 points, "
         "noise 0.1), SGD with Nesterov momentum 0.9 at LR 1e-10, 449 units, batch 19, 4 "
         "epochs",
         script=plain_run(_nv("circles", hidden=(449,), lr=1e-10, epochs=4, batch_size=19,
                              n=650, noise=0.1)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7289 at every epoch; the untrained net scores 0.3 "
                      "on two balanced classes, away from a half, so 'at chance' is not clear"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy117_paper_relu_adam_b23",
       _paper(model={"hidden": [42]},
              optim={"lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 23})),
    _h("healthy117_paper_tanh_adamw_b21",
       _paper(model={"hidden": [39], "activation": "tanh"},
              optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 21})),
    _h("healthy117_paper_elu_rmsprop_b27",
       _paper(model={"hidden": [45], "activation": "elu"},
              optim={"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 27})),
    _h("healthy117_paper_leaky_adadelta_b30",
       _paper(model={"hidden": [41], "activation": "leaky_relu"},
              optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 30})),
    _h("healthy117_paper_selu_momentum95_b17",
       _paper(model={"hidden": [37], "activation": "selu"},
              optim={"name": "sgd", "lr": 5e-3, **MOM95, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 17})),
    _h("healthy117_paper_silu_adagrad_b26",
       _paper(model={"hidden": [35], "activation": "silu"},
              optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 26})),
    _h("healthy117_paper_sigmoid_nesterov_b28",
       _paper(model={"hidden": [32], "activation": "sigmoid"},
              optim={"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 28})),
    _h("healthy117_paper_relu_rmsprop_momentum_b32",
       _paper(model={"hidden": [48]},
              optim={"name": "rmsprop", "lr": 3e-4, **RMOM3, "schedule": "cosine"},
              train={"epochs": 12, "batch_size": 32})),
    _h("healthy117_fr298_selu_adam_b25",
       {"data": FR298, "model": {"hidden": [54], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy117_fr298_relu_adagrad_b28",
       {"data": FR298, "model": {"hidden": [61]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy117_fr298_tanh_rmsprop_momentum_b23",
       {"data": FR298, "model": {"hidden": [56], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy117_cl296_leaky_adamw_b31",
       {"data": CL296, "model": {"hidden": [64], "activation": "leaky_relu"},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy117_cl296_elu_nesterov_b26",
       {"data": CL296, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "sgd", "lr": 1e-2, **NEST6, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy117_cl296_silu_adadelta_b35",
       {"data": CL296, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy117_cl296_sigmoid_adam_b22",
       {"data": CL296, "model": {"hidden": [68], "activation": "sigmoid"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy117_tensorboard_circles_adamax",
        tensorboard_run(_mx("circles", hidden=(443,), lr=2e-3, epochs=30, batch_size=24, n=640,
                            noise=0.1)), "tensorboard"),
    _hs("healthy117_tensorboard_iris_radam",
        tensorboard_run(_ra("iris", hidden=(446,), lr=2e-3, epochs=40, batch_size=9)),
        "tensorboard"),
    _hs("healthy117_tensorboard_moons_adamw",
        tensorboard_run(_aw("moons", hidden=(440,), lr=1e-3, epochs=25, batch_size=22, n=620,
                            noise=0.2)), "tensorboard"),
    _hs("healthy117_hf_trainer_wine_nadam",
        hf_trainer_run(_na("wine", hidden=(442,), lr=1e-3, epochs=40, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy117_hf_trainer_digits_adamax",
        hf_trainer_run(_mx("digits", hidden=(447,), lr=1e-3, epochs=15, batch_size=27),
                       logging_steps=2), "transformers"),
    _hs("healthy117_hf_trainer_sine_adam",
        hf_trainer_run(_a("sine", hidden=(441,), lr=2e-3, epochs=30, batch_size=21, n=650,
                          noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy117_keras_breast_cancer_radam",
        keras_run(_ra("breast_cancer", hidden=(448,), lr=5e-4, epochs=20, batch_size=18)),
        "keras"),
    _hs("healthy117_keras_spirals_adam",
        keras_run(_a("spirals", hidden=(444,), lr=2e-3, epochs=40, batch_size=19, n=620,
                     noise=0.1)), "keras"),
    _hs("healthy117_keras_wine_adamw",
        keras_run(_aw("wine", hidden=(449,), lr=1e-3, epochs=40, batch_size=13)), "keras"),
    _hs("healthy117_lightning_moons_nadam",
        lightning_run(_na("moons", hidden=(445,), lr=1e-3, epochs=25, batch_size=23, n=640,
                          noise=0.2)), "lightning"),
    _hs("healthy117_lightning_digits_adamax",
        lightning_run(_mx("digits", hidden=(442,), lr=1e-3, epochs=15, batch_size=29)),
        "lightning"),
    _hs("healthy117_plain_iris_nadam",
        plain_run(_na("iris", hidden=(447,), lr=1e-3, epochs=20, batch_size=8)), "pytorch"),
    _hs("healthy117_plain_breast_cancer_adamw",
        plain_run(_aw("breast_cancer", hidden=(440,), lr=5e-4, epochs=20, batch_size=17)),
        "pytorch"),
    _hs("healthy117_plain_sine_radam",
        plain_run(_ra("sine", hidden=(443,), lr=1e-3, epochs=25, batch_size=23, n=630,
                      noise=0.2)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
