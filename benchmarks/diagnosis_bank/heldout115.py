"""The hundred-and-fifteenth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout114` (not looked at), after :mod:`.heldout110` to
:mod:`.heldout113`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
mallet (a wide head two rows deep along the top and a handle down the middle column of a 5x5
cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random
labels (seed 1150); 5-class Gaussian quantiles in 271 dimensions (3400 samples); a 274-feature
5-class set (2200 samples, 32 informative, 10 redundant, class separation 2.7); a 277-feature
Friedman-1 regression (1800 samples, noise 0.9); a bell foundry's casting state CSV (moulding,
pouring, cooling, tuning: 4 classes from 7 readings, ``bell_foundry_casting_state_h115``, seed
1151) and a dog-sled kennel's rides a day regression CSV (in the hundreds,
``dog_sled_kennel_daily_rides_h115``, seed 1152); the sklearn sets use random states 1153 to
1155. The glyph's name, the two CSV themes and the feature counts were checked against the
bank's parts as unused. Script faults use AdamW, plain RMSprop and SGD with Nesterov momentum
0.6 on wine, blobs and the sine; every script case holds a hidden width of 420 to 429. Runner
optimisers: Adam, AdamW, plain RMSprop, RMSprop with momentum 0.5, Adagrad, Adadelta, plain SGD,
SGD with momentum 0.7, SGD with Nesterov momentum 0.5 or 0.8. Each fault pairs its mechanism
with another optimiser, model, data set or tool than :mod:`.heldout110` to :mod:`.heldout113`
did: divergence under SGD with Nesterov momentum 0.5 in an ELU net on the unscaled sled rides and
under Adam at LR 50 in a ReLU net on the quantiles, exploding gradients in a 10-layer leaky-ReLU
net with N(0, 1) init under Adagrad, units killed by AdamW at LR 5 in the mallet CNN, a high
update ratio from plain RMSprop at LR 0.5 in a tanh net on the bell CSV, tiny learning rates
under plain SGD (SiLU, Friedman) and AdamW (sigmoid, bell CSV), vanishing gradients under
Adagrad in a 20-layer sigmoid net, saturated sigmoid units with N(0, 8) init under plain SGD,
the mallet CNN with N(0, 0.004) init under Adam (a slow start), the unshuffled 274-feature set
under Nesterov momentum (SiLU), square error under Adadelta (tanh), batch 1 under plain RMSprop
(SELU), 46 rows of the 274-feature set under AdamW (SiLU), 42 rows of the Friedman regression
under Adagrad (tanh), 1 tanh unit under SGD with momentum; the scripts: Lightning's NaN on blobs
(AdamW) and stuck wine (RMSprop), Trainer's NaN on wine (Nesterov) and stuck blobs (RMSprop),
Keras' NaN on the sine (AdamW) and 8 rows of the sine (Nesterov, a gap), TensorBoard's NaN on
blobs (RMSprop) and 4 rows of wine (AdamW, a gap), the loop's corrupt record on the sine
(RMSprop) and stuck blobs (Nesterov).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' and the 274-feature set's test splits, 0.2633 on the bell CSV's, 0.27 on the
mallet images'; 0.3889 (wine), about 1/3 (blobs) on the scripts' validation splits. Baselines
(validation): accuracy 1.0 (bell CSV), 0.8659 (274-feature set), 0.9067 (mallet images); R2
0.6966 (Friedman).

Measured healthy ranges (runner): update ratio quarter means 2.8e-5 to 0.0241 (the sigmoid MLP
with SGD with momentum on the bell CSV), single steps at most 0.338 (the ELU MLP with Adagrad on
the bell CSV); the ``update_ratio_high`` run reaches 0.609 (25 times) with single steps up to
50.2 (149 times); the ``update_ratio_low`` runs log at most 1.1e-10 and 2e-10. Dead fraction 0
in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run; saturated fraction at most 0.0051
(the tanh MLP with Adam on the 274-feature set); the saturated run's 0.977, the high-update tanh
run's 0.955, the 42-row tanh regression's 0.966. Gradient norms at least 1.9e-3 (the vanishing
run's 1.5e-18; the exploding run's 4.6e5 to 4.1e6). The step loss's position in the epoch
explains at most 20% of the within-epoch variance over the second half in the healthy runner
runs (the unshuffled run 93%). The standard deviation of the step loss's step-to-step change
over the second half is at most 1.13 times its mean in the healthy runner runs (the SiLU MLP
with Adadelta on the bell CSV) and 1.35 in the healthy scripts (Lightning's iris); the batch-1
run's is 5.7. Healthy scores (test): accuracy 1.0 on the bell CSV, 0.8159-0.8818 on the
274-feature set, R2 0.2549-0.434 on the Friedman regression (validation 0.4162-0.6078);
scripts (validation): wine 0.9722 and 1.0, iris 0.9667, breast cancer 0.9386, circles 0.9841,
moons 0.9841, digits 0.9777, blobs 0.6562 and 0.7016 (the blobs overlap), spirals 0.7619, sine
R2 0.94 and 0.9447. Every healthy runner run's validation loss is lowest at its end; the
scripts' within 3.9% of their minimum but TensorBoard's blobs (5.9%, lowest at epoch 2 of 20,
a hard set).

Changes after the first run: the 42-row Friedman regression under Adagrad at LR 0.02 did not fit
its own rows (training R2 0.16), so it ran at LR 0.1 (training R2 0.70); the 46-row subset's
validation loss stayed flat (0.5% above its minimum: ``overfitting`` allowed, not expected); the
batch-1 run's validation loss rose 45% (``overfitting`` expected); the high-update-ratio tanh run
and the 42-row tanh regression saturated their units (``saturated_activation`` expected); the
quantile divergence and the stuck sigmoid bell run put every test prediction in one class
(``predictions_collapsed`` expected); the unshuffled run and the square-error run still fell with
the validation loss lowest at the end (``not_converged`` added), the slow start's validation loss
had flattened (allowed); the loop's stuck blobs scored 0.4531 untrained (``at_chance`` allowed,
not expected).

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

# a mallet in a 5x5 cell: a wide head two rows deep along the top and a handle down the middle
# column; turned by 90 degrees for the others
_MALLET_UP = np.array([[1, 1, 1, 1, 1],
                       [1, 1, 1, 1, 1],
                       [0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0],
                       [0, 0, 1, 0, 0]], dtype=float)
_MALLETS = turned(_MALLET_UP)


def mallets(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
            seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 mallet glyph at a random place (4 classes: the mallet turned by 0, 90, 180 or
    270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_MALLETS, n, size, noise, flip, seed)


def _bell_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A bell foundry's casting state (0 moulding, 1 pouring, 2 cooling, 3 tuning) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    metal_c = np.array([25.0, 1100.0, 400.0, 30.0])[cls] + rng.normal(0, 60.0, n)
    loam_moist = np.array([22.0, 6.0, 4.0, 2.0])[cls] + rng.normal(0, 2.5, n)
    crucible_kg = np.array([0.0, 900.0, 5.0, 0.0])[cls] + rng.normal(0, 60.0, n)
    lathe_rpm = np.array([0.0, 0.0, 0.0, 40.0])[cls] + rng.normal(0, 6.0, n)
    hum_hz = np.array([0.0, 0.0, 20.0, 290.0])[cls] + rng.normal(0, 25.0, n)
    shop_c = rng.uniform(5.0, 35.0, n)
    crew = rng.integers(2, 9, n).astype(float)
    return (["metal_c", "loam_moist", "crucible_kg", "lathe_rpm", "hum_hz", "shop_c", "crew",
             "state"],
            np.column_stack([metal_c, loam_moist, crucible_kg, lathe_rpm, hum_hz, shop_c, crew,
                             cls]))


def _sled_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A dog-sled kennel's tours: rides a day from 7 readings."""
    n = 1150
    weekday = rng.integers(0, 7, n).astype(float)
    dogs_fit = rng.integers(20, 80, n).astype(float)
    snow_cm = rng.uniform(10.0, 120.0, n)
    frost_c = rng.uniform(-30.0, 2.0, n)
    mushers = rng.integers(1, 7, n).astype(float)
    hotel_guests = rng.integers(50, 400, n).astype(float)
    wind_kmh = rng.uniform(0.0, 50.0, n)
    rides = (20 + 2.5 * dogs_fit + 0.8 * snow_cm + 1.5 * frost_c + 18.0 * mushers
             + 0.3 * hotel_guests - 1.8 * wind_kmh + 35.0 * (weekday >= 5)
             + rng.normal(0, 10.0, n))
    return (["weekday", "dogs_fit", "snow_cm", "frost_c", "mushers", "hotel_guests",
             "wind_kmh", "rides"],
            np.column_stack([weekday, dogs_fit, snow_cm, frost_c, mushers, hotel_guests,
                             wind_kmh, rides]))


def _bell(**sections: Any) -> Any:
    return _csv("bell_foundry_casting_state_h115", _bell_csv, "state", "classification", 1151,
                **sections)


def _sled(**sections: Any) -> Any:
    return _csv("dog_sled_kennel_daily_rides_h115", _sled_csv, "rides", "regression", 1152,
                **sections)


def _aw(data: str, **kw: Any) -> Setup:
    """A script setup trained with AdamW."""
    return _s(data, optim="adamw", **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain RMSprop."""
    return _s(data, optim="rmsprop", **kw)


def _nv(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.6."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.6, "nesterov": True}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _ra(data: str, **kw: Any) -> Setup:
    """A script setup trained with RAdam (healthy runs only)."""
    return _s(data, optim="radam", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM7 = {"momentum": 0.7}
NEST8 = {"momentum": 0.8, "nesterov": True}
NEST5 = {"momentum": 0.5, "nesterov": True}
RMOM = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout115"
ML4 = _factory(f"{HERE}:mallets", seed=1150)
GQ5271 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3400, n_features=271,
                  n_classes=5, random_state=1153)
CL274 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=274,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1154)
FR277 = _factory("sklearn.datasets:make_friedman1", n_samples=1800, n_features=277, noise=0.9,
                 random_state=1155)
MCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 11}], "hidden": [19]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h115_divergence_sled_nesterov_elu", "the dog-sled rides CSV (targets unscaled, in the "
         "hundreds), 31-unit ELU MLP, SGD with Nesterov momentum 0.5 at LR 0.03, batch 26",
         _sled(model={"hidden": [31], "activation": "elu"},
               optim={"name": "sgd", "lr": 0.03, **NEST5},
               train={"epochs": 3, "batch_size": 26}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_divergence_gq5271_adam_lr50_relu", "46x23 ReLU MLP on the 5-class quantiles "
         "in 271 dimensions, Adam at LR 50, batch 39",
         {"data": GQ5271, "model": {"hidden": [46, 23]},
          "optim": {"name": "adam", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_exploding_cl274_10x25_leaky_std1_adagrad", "10x25 leaky-ReLU MLP with N(0, 1) "
         "init on the 274-feature set, Adagrad at LR 1e-13, batch 44",
         {"data": CL274, "model": {"hidden": [25] * 10, "activation": "leaky_relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adagrad", "lr": 1e-13},
          "train": {"epochs": 3, "batch_size": 44}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the loss does not fall (the epoch loss 2.327e6 at every epoch); Adagrad's "
                      "tiny steps do not move the wide weights (update ratios logged 0); up to 12%"
                      " of the leaky units logged dead; 76% of the test predictions in one class "
                      "(under 90%)"),
         verdict="failed"),
    Case("h115_dead_relu_mallet_cnn_adamw_lr5", "the mallet CNN (7, 11 channels, 19 hidden), "
         "AdamW at LR 5, batch 29",
         {"data": ML4, "model": MCNN,
          "optim": {"name": "adamw", "lr": 5.0},
          "train": {"epochs": 3, "batch_size": 29}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_update_ratio_high_bell_rmsprop_tanh", "plain RMSprop at LR 0.5 on the bell-foundry "
         "CSV, 38 tanh units, batch 21, 8 epochs",
         _bell(model={"hidden": [38], "activation": "tanh"},
               optim={"name": "rmsprop", "lr": 0.5},
               train={"epochs": 8, "batch_size": 21}),
         expect=("update_ratio_high", "saturated_activation"),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu"),
         why_allowed=("the big steps throw the step loss about (its step-to-step change 18.6 times"
                      " its mean over the second half, up to 28.3 from a first step of 1.37), but "
                      "accuracy stays 1.0 and the validation loss ends at 0"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h115_sgd_lr1e10_fr277_silu", "the 277-feature Friedman regression, 43x21 SiLU MLP, "
         "plain SGD at LR 1e-10, batch 41, 4 epochs",
         {"data": FR277, "model": {"hidden": [43, 21], "activation": "silu"},
          "optim": {"name": "sgd", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -9.42, far below the baseline (0.6966 on validation) "
                                         "and the healthy runs (0.2549 and up); the epoch loss "
                                         "236.3 at every epoch"), verdict=TP),
    Case("h115_adamw_lr1e10_bell_sigmoid", "the bell-foundry CSV, 36x17 sigmoid MLP, AdamW at "
         "LR 1e-10, batch 28, 4 epochs",
         _bell(model={"hidden": [36, 17], "activation": "sigmoid"},
               optim={"name": "adamw", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 28}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.42 at every epoch (ln 4 is 1.386); "
                                         "every test prediction in one class"), verdict=TP),
    Case("h115_vanishing_sigmoid_cl274_20x13_adagrad", "20x13 sigmoid MLP on the 274-feature "
         "set, Adagrad at LR 0.01, batch 45, 4 epochs",
         {"data": CL274, "model": {"hidden": [13] * 20, "activation": "sigmoid"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 4, "batch_size": 45}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 2.8e-11), a"
                      " side effect of the vanishing gradients (down to 1.5e-18); the epoch loss "
                      "1.616 to 1.61 (ln 5 is 1.609)"), verdict=TP),
    Case("h115_saturated_sigmoid_gq5271_std8_sgd", "2x42 sigmoid MLP with N(0, 8) init on the "
         "5-class quantiles, plain SGD at LR 1e-9, batch 35",
         {"data": GQ5271, "model": {"hidden": [42, 42], "activation": "sigmoid",
                                    "init": "normal", "init_std": 8.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 3.5e-12); the loss far above ln 5 from "
                      "the start (the epoch loss 45.02 at every epoch); 39% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h115_slow_start_mallet_cnn_adam_std0004", "the mallet CNN with N(0, 0.004) init, Adam "
         "at LR 1.5e-3, batch 33, 20 epochs",
         {"data": ML4, "model": {**MCNN, "init": "normal", "init_std": 0.004},
          "optim": {"name": "adam", "lr": 1.5e-3},
          "train": {"epochs": 20, "batch_size": 33}},
         expect=("slow_start",),
         allow=("underfitting", "dead_relu", "noisy_loss", "unshuffled_data",
                "update_ratio_low", "vanishing_gradients", "not_converged"),
         why_allowed=("the epoch loss stays at ln 4 for four epochs (1.386 to 1.375), then falls to"
                      " 0.76, 2.9% over the last epoch, but the validation loss improves only 0.2% "
                      "over the last epoch (0.761 to 0.7594) and the validation accuracy is lower "
                      "than the epoch before, so 'not converged' is not clear; accuracy 0.68, below"
                      " the baseline (0.9067); up to 74% of the ReLU units logged dead and gradient"
                      " norms down to 1.8e-6, side effects of the tiny init"), verdict=TP),
    Case("h115_unshuffled_cl274_nesterov_silu", "the 274-feature set sorted by label, never "
         "shuffled, 47x23 SiLU MLP, SGD with Nesterov momentum 0.8 at LR 0.01, batch 36, 8 "
         "epochs",
         {"data": {**CL274, "order": "by_label", "shuffle": False},
          "model": {"hidden": [47, 23], "activation": "silu"},
          "optim": {"name": "sgd", "lr": 0.01, **NEST8},
          "train": {"epochs": 8, "batch_size": 36}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 93% of its within-epoch "
                      "variance (healthy runs at most 20%); the epoch loss falls 24% over the last"
                      " epoch with the validation loss lowest at the end (18% below the epoch "
                      "before); accuracy 0.8, a little below the healthy runs (0.8159 and up)"),
         verdict=TP),
    Case("h115_mse_softmax_bell_adadelta_tanh", "the bell-foundry CSV trained with square error "
         "on the softmax, Adadelta at LR 0.5, 31x15 tanh MLP, batch 25, 10 epochs",
         _bell(model={"hidden": [31, 15], "activation": "tanh"},
               optim={"name": "adadelta", "lr": 0.5},
               train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly: the epoch loss still falls 18% "
                      "over the last epoch with the validation loss lowest at the end, 16% below "
                      "the epoch before (accuracy 1.0)"), verdict=TP),
    Case("h115_noisy_cl274_b1_rmsprop_selu", "the 274-feature set one row at a time (batch 1), "
         "plain RMSprop at LR 2e-3, 27-unit SELU MLP, 3 epochs",
         {"data": CL274, "model": {"hidden": [27], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 2e-3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "overfitting"),
         allow=("divergence", "unshuffled_data", "dead_relu", "not_converged",
                "update_ratio_high"),
         why_allowed=("single rows throw the steps about (the step-to-step change 5.7 times the "
                      "step loss's mean, the step loss up to 8.4 from its first step 2.21); the "
                      "epoch loss falls 52% over the last epoch, but the validation loss is lowest"
                      " at epoch 1 of 3 and 45% above it at the end, so not 'not converged'; "
                      "accuracy 0.85, within the healthy runs'"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h115_overfit_cl274_subset46_adamw_silu", "46 rows of the 274-feature set, SiLU "
         "MLP of 200 and 100 units, AdamW at LR 5e-4, 50 epochs, batch 4",
         {"data": {**CL274, "subset": 46},
          "model": {"hidden": [200, 100], "activation": "silu"},
          "optim": {"name": "adamw", "lr": 5e-4},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("46 rows teach less than every row: accuracy 0.5318 (training 1.0; the "
                      "healthy runs 0.8159 and up); the epoch loss, near 0 (6.4e-4), still falls "
                      "4% over the last epoch while the validation loss is lowest at epoch 26 of 50"
                      " and 0.5% above it at the end, flat: neither clearly rising nor improving"),
         verdict=GP),
    Case("h115_gap_fr277_subset42_adagrad_tanh", "42 rows of the 277-feature Friedman "
         "regression, tanh MLP of 170 and 85 units, Adagrad at LR 0.1, 80 epochs, batch 4",
         {"data": {**FR277, "subset": 42},
          "model": {"hidden": [170, 85], "activation": "tanh"},
          "optim": {"name": "adagrad", "lr": 0.1},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "saturated_activation"),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("42 rows teach less (R2 -5.61, training 0.70; the healthy runs 0.2549 and "
                      "up); the validation loss is lowest at epoch 74 of 80 and 0.8% above it at "
                      "the end, neither clearly rising nor clearly improving; the step loss swings"
                      " 1.49 times its mean (healthy at most 1.13)"), verdict=GP),
    Case("h115_underfit_cl274_one_tanh_unit_momentum", "the 274-feature set through 1 tanh "
         "unit, SGD with momentum 0.7 at LR 0.03, batch 43, 15 epochs",
         {"data": CL274, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 0.03, **MOM7},
          "train": {"epochs": 15, "batch_size": 43}},
         expect=("underfitting",),
         allow=("overfitting", "update_ratio_high", "saturated_activation", "not_converged"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.4348 (the "
                      "healthy runs 0.8992 and up), accuracy 0.3591; the validation loss is lowest"
                      " at epoch 5 of 15 and 2.4% above it at the end; up to 59% of the unit's "
                      "activations logged saturated"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h115_lightning_blobs_adamw_lr1e20_nan", "Lightning: blobs (620 points, noise 0.3), "
         "AdamW at LR 1e20, 420 units, batch 22, 3 epochs",
         script=lightning_run(_aw("blobs", hidden=(420,), lr=1e20, epochs=3, batch_size=22,
                                  n=620, noise=0.3)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_lightning_wine_rmsprop_lr1e10_stuck", "Lightning: wine, plain RMSprop at LR "
         "1e-10, 421 units, batch 14, 3 epochs",
         script=lightning_run(_rp("wine", hidden=(421,), lr=1e-10, epochs=3, batch_size=14)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 1.113 at every epoch; accuracy 0.3611, under the "
                      "majority share 0.3889"), verdict=TP),
    Case("h115_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.6 at LR 1e20 (decaying linearly), 422 units, batch 16, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nv("wine", hidden=(422,), lr=1e20, epochs=3, batch_size=16),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_hf_trainer_blobs_rmsprop_lr1e10_stuck", "Hugging Face Trainer names: blobs (630 "
         "points, noise 0.3), plain RMSprop at LR 1e-10 (decaying linearly), 423 units, batch "
         "13, 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_rp("blobs", hidden=(423,), lr=1e-10, epochs=3, batch_size=13,
                                   n=630, noise=0.3), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss stays at 1.189 and accuracy at 0.3413 (3 classes); the "
                      "logged loss (means of two steps) drifts about it"), verdict=TP),
    Case("h115_keras_sine_adamw_lr1e20_nan", "Keras names: sine regression (630 points, noise "
         "0.2), AdamW at LR 1e20, 424 units, batch 12, 3 epochs",
         script=keras_run(_aw("sine", hidden=(424,), lr=1e20, epochs=3, batch_size=12, n=630,
                              noise=0.2)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_keras_sine_subset8_nesterov_gap", "Keras names: 8 rows of the sine regression "
         "(620 points, noise 0.2), 425 units, SGD with Nesterov momentum 0.6 at LR 0.01, 100 "
         "epochs, batch 2",
         script=keras_run(_nv("sine", hidden=(425,), lr=0.01, epochs=100, batch_size=2,
                              subset=8, n=620, noise=0.2)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less than all of them (validation R2 0.7694, the healthy sine "
                      "runs 0.94 and up); the training loss is near 0.07 while the validation loss"
                      " has risen 13% from epoch 58 of 100"), verdict=GP),
    Case("h115_tensorboard_blobs_rmsprop_lr1e20_nan", "TensorBoard tags: blobs (610 points, "
         "noise 0.3), plain RMSprop at LR 1e20, 426 units, batch 18, 3 epochs",
         script=tensorboard_run(_rp("blobs", hidden=(426,), lr=1e20, epochs=3, batch_size=18,
                                    n=610, noise=0.3)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h115_tensorboard_wine_subset4_adamw_gap", "TensorBoard tags: 4 rows of wine, 427 "
         "units, AdamW at LR 1e-3, 100 epochs, batch 2",
         script=tensorboard_run(_aw("wine", hidden=(427,), lr=1e-3, epochs=100, batch_size=2,
                                    subset=4)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.6111, training "
                      "1.0; the healthy wine runs 0.9722 and up); the training loss is near 0 "
                      "while the validation loss has risen 119% from epoch 2 of 100"), verdict=GP),
    Case("h115_plain_corrupt_record_sine_rmsprop", "hand-written loop: sine regression with "
         "noise 0.25 (650 points), plain RMSprop at LR 1e-4, 428 units, batch 19, a corrupt "
         "record (x = 1e30) at step 27 makes the loss Inf",
         script=plain_run(_rp("sine", hidden=(428,), lr=1e-4, epochs=3, batch_size=19, n=650,
                              noise=0.25), corrupt_step=27),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=27),
    Case("h115_plain_blobs_nesterov_lr1e10_stuck", "hand-written loop: blobs (640 points, noise "
         "0.3), SGD with Nesterov momentum 0.6 at LR 1e-10, 429 units, batch 17, 4 epochs",
         script=plain_run(_nv("blobs", hidden=(429,), lr=1e-10, epochs=4, batch_size=17, n=640,
                              noise=0.3)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss stays at 1.082; the untrained net scores 0.4531, well "
                      "above a third (3 classes), so at chance is not clear; the step loss drifts "
                      "about it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy115_bell_relu_adamw_b22",
       _bell(model={"hidden": [44]},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 22})),
    _h("healthy115_bell_tanh_adam_b20",
       _bell(model={"hidden": [41], "activation": "tanh"},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 20})),
    _h("healthy115_bell_elu_adagrad_b26",
       _bell(model={"hidden": [46], "activation": "elu"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy115_bell_leaky_rmsprop_momentum_b31",
       _bell(model={"hidden": [43], "activation": "leaky_relu"},
             optim={"name": "rmsprop", "lr": 5e-4, **RMOM, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 31})),
    _h("healthy115_bell_selu_sgd_b18",
       _bell(model={"hidden": [38], "activation": "selu"},
             optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 18})),
    _h("healthy115_bell_silu_adadelta_b25",
       _bell(model={"hidden": [36], "activation": "silu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 25})),
    _h("healthy115_bell_sigmoid_momentum_b29",
       _bell(model={"hidden": [33], "activation": "sigmoid"},
             optim={"name": "sgd", "lr": 0.05, **MOM7, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 29})),
    _h("healthy115_bell_relu_nesterov_b33",
       _bell(model={"hidden": [49]},
             optim={"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 33})),
    _h("healthy115_fr277_elu_adamw_b24",
       {"data": FR277, "model": {"hidden": [55], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 24}}),
    _h("healthy115_fr277_leaky_adagrad_b27",
       {"data": FR277, "model": {"hidden": [60], "activation": "leaky_relu"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 27}}),
    _h("healthy115_fr277_relu_rmsprop_b22",
       {"data": FR277, "model": {"hidden": [57]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 22}}),
    _h("healthy115_cl274_tanh_adam_b30",
       {"data": CL274, "model": {"hidden": [65], "activation": "tanh"},
        "optim": {"lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy115_cl274_selu_momentum_b27",
       {"data": CL274, "model": {"hidden": [62], "activation": "selu"},
        "optim": {"name": "sgd", "lr": 2e-3, **MOM7, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 27}}),
    _h("healthy115_cl274_relu_adadelta_b34",
       {"data": CL274, "model": {"hidden": [58]},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy115_cl274_sigmoid_rmsprop_b24",
       {"data": CL274, "model": {"hidden": [69], "activation": "sigmoid"},
        "optim": {"name": "rmsprop", "lr": 3e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _hs("healthy115_tensorboard_circles_radam",
        tensorboard_run(_ra("circles", hidden=(422,), lr=2e-3, epochs=30, batch_size=23, n=630,
                            noise=0.1)), "tensorboard"),
    _hs("healthy115_tensorboard_wine_adam",
        tensorboard_run(_a("wine", hidden=(425,), lr=1e-3, epochs=40, batch_size=11)),
        "tensorboard"),
    _hs("healthy115_tensorboard_blobs_nadam",
        tensorboard_run(_na("blobs", hidden=(429,), lr=1e-3, epochs=20, batch_size=21, n=620,
                            noise=0.2)), "tensorboard"),
    _hs("healthy115_hf_trainer_iris_adamax",
        hf_trainer_run(_mx("iris", hidden=(421,), lr=3e-3, epochs=40, batch_size=8),
                       logging_steps=2), "transformers"),
    _hs("healthy115_hf_trainer_breast_cancer_adam",
        hf_trainer_run(_a("breast_cancer", hidden=(426,), lr=5e-4, epochs=20, batch_size=19),
                       logging_steps=2), "transformers"),
    _hs("healthy115_hf_trainer_sine_radam",
        hf_trainer_run(_ra("sine", hidden=(420,), lr=2e-3, epochs=30, batch_size=20, n=640,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy115_keras_moons_adamax",
        keras_run(_mx("moons", hidden=(423,), lr=3e-3, epochs=30, batch_size=25, n=630,
                      noise=0.2)), "keras"),
    _hs("healthy115_keras_digits_nadam",
        keras_run(_na("digits", hidden=(427,), lr=1e-3, epochs=15, batch_size=28)), "keras"),
    _hs("healthy115_keras_blobs_adam",
        keras_run(_a("blobs", hidden=(424,), lr=1e-3, epochs=20, batch_size=17, n=640,
                     noise=0.2)), "keras"),
    _hs("healthy115_lightning_breast_cancer_radam",
        lightning_run(_ra("breast_cancer", hidden=(428,), lr=5e-4, epochs=20, batch_size=16)),
        "lightning"),
    _hs("healthy115_lightning_iris_adam",
        lightning_run(_a("iris", hidden=(420,), lr=2e-3, epochs=40, batch_size=9)),
        "lightning"),
    _hs("healthy115_plain_wine_nadam",
        plain_run(_na("wine", hidden=(424,), lr=1e-3, epochs=40, batch_size=12)), "pytorch"),
    _hs("healthy115_plain_sine_adamax",
        plain_run(_mx("sine", hidden=(426,), lr=3e-3, epochs=30, batch_size=22, n=610,
                      noise=0.2)), "pytorch"),
    _hs("healthy115_plain_spirals_adam",
        plain_run(_a("spirals", hidden=(421,), lr=2e-3, epochs=40, batch_size=20, n=630,
                     noise=0.1)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
