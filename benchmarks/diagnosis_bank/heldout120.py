"""The hundred-and-twentieth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout121` (not looked at), after :mod:`.heldout116` to
:mod:`.heldout119`, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
portcullis (a top bar, a cross bar and three hanging bars, the outer two spiked at the foot, in a
5x5 cell, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 1200); 5-class Gaussian quantiles in 321 dimensions (3200 samples); a
324-feature 5-class set (2050 samples, 32 informative, 10 redundant, class separation 2.7); a
327-feature Friedman-1 regression (1650 samples, noise 0.9); a maltings' malt stage CSV
(steeping, germinating, kilning, resting: 4 classes from 7 readings, ``maltings_malt_stage_h120``,
seed 1201) and a saltern's salt raked a day regression CSV (kilograms, in the hundreds,
``saltern_daily_salt_h120``, seed 1202); the sklearn sets use random states 1203 to 1205. The
glyph's name, the two CSV themes and the feature counts were checked against the bank's parts as
unused. Script faults use Adam with weight decay 1e-3, Adagrad and SGD with momentum 0.8 on moons,
digits and the sine; every script case holds a hidden width of 470 to 479. Runner optimisers:
Adam, AdamW, plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, plain SGD, SGD with
momentum 0.9, SGD with Nesterov momentum 0.6. Each fault pairs its mechanism with another
optimiser, model, data set or tool than :mod:`.heldout116` to :mod:`.heldout119` did: divergence
under Nesterov momentum 0.6 in an ELU net on the unscaled saltern salt and under Adam at LR 50 in
a SELU net on the quantiles, exploding gradients in a 10-layer leaky-ReLU net with N(0, 1) init
under Adam, units killed by Adam at LR 3 in the portcullis CNN, a high update ratio from plain
RMSprop at LR 0.3 in a ReLU net on the maltings CSV, tiny learning rates under SGD with momentum
0.9 (tanh, Friedman) and AdamW (leaky ReLU, maltings CSV), vanishing gradients under plain SGD in
a 20-layer sigmoid net, saturated sigmoid units with N(0, 9) init under plain SGD, the portcullis
CNN with N(0, 0.02) init under Adam at LR 2e-4 (a slow start), the unshuffled 324-feature set
under AdamW (tanh), square error under RMSprop with momentum 0.3 (SELU), batch 1 under Adadelta
(leaky ReLU), 46 rows of the 324-feature set under Adagrad (ELU), 37 rows of the Friedman
regression under plain RMSprop (leaky ReLU), 1 tanh unit under plain RMSprop; the scripts:
Lightning's NaN on moons (Adagrad) and stuck digits (momentum), Trainer's NaN on digits (Adam
with weight decay) and stuck moons (Adagrad), Keras' NaN on the sine (momentum) and 4 rows of
moons (Adam with weight decay, a gap), TensorBoard's NaN on moons (momentum) and 4 rows of the
sine (Adagrad, a gap), the loop's corrupt record on the sine (Adam with weight decay) and stuck
digits (Adagrad).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that
the fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing,
gradient norms, update ratios, dead and saturated fractions, the test confusion matrix), with
``diagnose.enabled`` false for runner cases and scripts that only log: no diagnosis was made.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every
healthy run of this part, else allowed with the reason; ``not_converged`` only where the loss
still clearly falls and the validation loss or score still improves at the end; a weak fault was
made stronger or relabelled from its metrics, never kept as expected). Majority shares: 0.2 on
the quantiles' test split, 0.2024 on the 324-feature set's, 0.2633 on the maltings CSV's, 0.2567
on the portcullis images'; 1/2 (moons), about 0.1 (digits) on the scripts' validation splits.
Baselines (validation): accuracy 1.0 (maltings CSV), 0.9073 (324-feature set), 0.85 (portcullis
images), 0.1953 (quantiles); R2 0.6368 (Friedman), 0.9774 (saltern CSV).

Measured healthy ranges (runner): update ratio quarter means 9.0e-6 to 0.0313 (the ELU MLP with
plain RMSprop on the Friedman regression), single steps at most 0.329 (the ELU MLP with Adagrad
on the maltings CSV); the ``update_ratio_high`` run reaches quarter means of 0.335 with single
steps up to 30.4; the ``update_ratio_low`` runs log at most 1.8e-8 and 1.1e-10. Dead fraction 0
in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the Adam-killed CNN's 1.0, the 37-row
leaky-ReLU regression's 0.44 to its end, the slow start's 0.38 on its plateau); saturated
fraction 0 in the healthy tanh and sigmoid runs; the saturated run's 0.98, the one-tanh-unit
run's 0.54. Gradient norms at least 1.9e-3 (the vanishing run's 1.8e-18; the exploding run's
3.4e5 to 1.8e6). The step loss's position in the epoch explains at most 25% of the within-epoch
variance over the second half in the healthy runner runs (the unshuffled run 100%). The standard
deviation of the step loss's step-to-step change over the second half is at most 0.54 times its
mean in the healthy runner runs (the ELU MLP with Nesterov momentum on the 324-feature set) and
1.65 in the healthy scripts (TensorBoard's iris); the batch-1 run's is 3.8. Healthy scores
(test): accuracy 1.0 on the maltings CSV, 0.9-0.9268 on the 324-feature set, R2 0.2707-0.5881 on
the Friedman regression (validation 0.341-0.6266); scripts (validation): wine 1.0 (three times),
iris 0.9667 (twice), breast cancer 0.9474 (twice), moons 0.9552 and 0.9609, circles 1.0, digits
0.9749 and 0.9805, sine R2 0.9329 and 0.9335. Every healthy runner run's validation loss is
lowest at its end or within 1.3% of its minimum (the ELU MLP with plain RMSprop on the Friedman
regression); the scripts' within 2.9% (Keras' moons).

Changes after the first run: the healthy tanh MLP with plain RMSprop at LR 3e-4 on the Friedman
regression did not learn (R2 -5.04), so it became an ELU MLP at LR 1e-3; Keras' healthy sine (LR
2e-3, 30 epochs; the validation loss 7.9% above its minimum), TensorBoard's circles (Adagrad at
LR 0.02; 7.2%) and the loop's digits (RMSprop at LR 5e-4; 4.8%) were calmed to LR 1e-3 and 25
epochs, LR 0.01 and LR 2e-4; TensorBoard's 5 rows of the sine (Adagrad at LR 0.03) scored R2
0.80 with a 9.7% rise, so it kept 4 rows at LR 0.1 (R2 0.61), and with its validation loss flat
at the end (2.5%) ``overfitting`` is allowed, not expected. Labels from the metrics: the quantile
divergence (99.8%), the exploding run (98.8%), the killed CNN and the vanishing run (100%) put
most test predictions in one class (``predictions_collapsed`` expected); the slow start (flat at
ln 4 for 7 of 20 epochs) and the unshuffled, square-error and batch-1 runs still fell with the
validation loss lowest at the end (``not_converged`` added); the 37-row leaky-ReLU regression
left 44% of a layer dead (``dead_relu`` expected); the one-tanh-unit net saturated 54%
(``saturated_activation`` expected); the AdamW-stuck maltings run (75% of predictions in one
class, accuracy 0.36), the stuck digits runs (0.0808, 0.0919) and the Trainer's stuck moons
(0.5923) are allowed, not expected, ``at_chance``.

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

# a portcullis in a 5x5 cell: a top bar, three bars hanging from it, a cross bar, and spikes at
# the foot of the outer two; turned by 90 degrees for the others
_PORTCULLIS_UP = np.array([[1, 1, 1, 1, 1],
                           [1, 0, 1, 0, 1],
                           [1, 1, 1, 1, 1],
                           [1, 0, 1, 0, 1],
                           [1, 0, 0, 0, 1]], dtype=float)
_PORTCULLISES = turned(_PORTCULLIS_UP)


def portcullises(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                 seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 portcullis glyph at a random place (4 classes: the portcullis turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_PORTCULLISES, n, size, noise, flip, seed)


def _malt_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A maltings' malt stage (0 steeping, 1 germinating, 2 kilning, 3 resting) from
    7 readings."""
    n = 1500
    cls = rng.integers(0, 4, n)
    moisture_pct = np.array([42.0, 44.0, 6.0, 4.0])[cls] + rng.normal(0, 2.0, n)
    air_c = np.array([14.0, 16.0, 80.0, 22.0])[cls] + rng.normal(0, 3.0, n)
    rootlet_mm = np.array([0.5, 6.0, 7.0, 7.0])[cls] + rng.normal(0, 0.8, n)
    turns_h = np.array([0.0, 0.5, 0.1, 0.0])[cls] + rng.normal(0, 0.06, n)
    co2_ppm = np.array([3000.0, 9000.0, 600.0, 450.0])[cls] + rng.normal(0, 500.0, n)
    yard_c = rng.uniform(-2.0, 28.0, n)
    batch_t = rng.uniform(10.0, 40.0, n)
    return (["moisture_pct", "air_c", "rootlet_mm", "turns_h", "co2_ppm", "yard_c", "batch_t",
             "stage"],
            np.column_stack([moisture_pct, air_c, rootlet_mm, turns_h, co2_ppm, yard_c, batch_t,
                             cls]))


def _salt_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A saltern's salt raked a day (kilograms, in the hundreds) from 7 readings."""
    n = 1190
    sun_h = rng.uniform(2.0, 14.0, n)
    wind_ms = rng.uniform(0.0, 12.0, n)
    rain_mm = rng.uniform(0.0, 15.0, n)
    pans = rng.integers(8, 30, n).astype(float)
    brine_gl = rng.uniform(150.0, 300.0, n)
    rakers = rng.integers(1, 7, n).astype(float)
    humidity = rng.uniform(40.0, 95.0, n)
    salt_kg = (60 + 22.0 * sun_h + 9.0 * wind_ms - 14.0 * rain_mm + 8.0 * pans
               + 0.6 * brine_gl + 25.0 * rakers - 1.5 * humidity + rng.normal(0, 18.0, n))
    return (["sun_h", "wind_ms", "rain_mm", "pans", "brine_gl", "rakers", "humidity",
             "salt_kg"],
            np.column_stack([sun_h, wind_ms, rain_mm, pans, brine_gl, rakers, humidity,
                             salt_kg]))


def _malt(**sections: Any) -> Any:
    return _csv("maltings_malt_stage_h120", _malt_csv, "stage", "classification", 1201,
                **sections)


def _salt(**sections: Any) -> Any:
    return _csv("saltern_daily_salt_h120", _salt_csv, "salt_kg", "regression", 1202,
                **sections)


def _awd(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with weight decay 1e-3."""
    return _s(data, optim="adam", optim_args={"weight_decay": 1e-3}, **kw)


def _ag(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad."""
    return _s(data, optim="adagrad", **kw)


def _m8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8}, **kw)


def _a(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam (healthy runs only)."""
    return _s(data, **kw)


def _na(data: str, **kw: Any) -> Setup:
    """A script setup trained with NAdam (healthy runs only)."""
    return _s(data, optim="nadam", **kw)


def _rp(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain RMSprop (healthy runs only)."""
    return _s(data, optim="rmsprop", **kw)


def _mx(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adamax (healthy runs only)."""
    return _s(data, optim="adamax", **kw)


MOM9 = {"momentum": 0.9}
NEST6 = {"momentum": 0.6, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout120"
PC4 = _factory(f"{HERE}:portcullises", seed=1200)
GQ5321 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3200, n_features=321,
                  n_classes=5, random_state=1203)
CL324 = _factory("sklearn.datasets:make_classification", n_samples=2050, n_features=324,
                 n_informative=32, n_redundant=10, n_classes=5, class_sep=2.7,
                 random_state=1204)
FR327 = _factory("sklearn.datasets:make_friedman1", n_samples=1650, n_features=327, noise=0.9,
                 random_state=1205)
PCNN = {"kind": "cnn", "conv": [{"channels": 6}, {"channels": 13}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h120_divergence_salt_nesterov6_elu", "the saltern CSV (targets unscaled, in the "
         "hundreds), 29-unit ELU MLP, SGD with Nesterov momentum 0.6 at LR 0.03, batch 23",
         _salt(model={"hidden": [29], "activation": "elu"},
               optim={"name": "sgd", "lr": 0.03, **NEST6},
               train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_divergence_gq5321_adam_lr50_selu", "41x19 SELU MLP on the 5-class quantiles in "
         "321 dimensions, Adam at LR 50, batch 35",
         {"data": GQ5321, "model": {"hidden": [41, 19], "activation": "selu"},
          "optim": {"name": "adam", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_exploding_cl324_10x22_leaky_std1_adam", "10x22 leaky-ReLU MLP with N(0, 1) init "
         "on the 324-feature set, Adam at LR 1e-12, batch 43",
         {"data": CL324, "model": {"hidden": [22] * 10, "activation": "leaky_relu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the loss does not fall (the epoch loss 2.096e6 at every epoch); "
                      "Adam's tiny steps do not move the wide weights (update ratios logged 0); "
                      "up to 18% of a leaky-ReLU layer logged dead, a side effect of the huge "
                      "pre-activations"), verdict="failed"),
    Case("h120_dead_relu_portcullis_cnn_adam_lr3", "the portcullis CNN (6, 13 channels, 21 "
         "hidden), Adam at LR 3, batch 27",
         {"data": PC4, "model": PCNN,
          "optim": {"name": "adam", "lr": 3.0},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "divergence", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "nan_loss", "overfitting"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_update_ratio_high_malt_rmsprop_relu", "plain RMSprop at LR 0.3 on the maltings "
         "CSV, 37 ReLU units, batch 19, 8 epochs",
         _malt(model={"hidden": [37]},
               optim={"name": "rmsprop", "lr": 0.3},
               train={"epochs": 8, "batch_size": 19}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "dead_relu", "saturated_activation"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.335, single "
                      "steps up to 30.4; the healthy runs at most 0.0313 and 0.329), yet the "
                      "loss ends at 0 and accuracy at 0.9967"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h120_momentum9_lr1e10_fr327_tanh", "the 327-feature Friedman regression, 41x17 tanh "
         "MLP, SGD with momentum 0.9 at LR 1e-10, batch 39, 4 epochs",
         {"data": FR327, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 4, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.59, far below the baseline (0.6368 on validation) and the healthy "
                      "runs (0.2707 and up); the epoch loss 229.9 at every epoch"), verdict=TP),
    Case("h120_adamw_lr1e10_malt_leaky", "the maltings CSV, 34x16 leaky-ReLU MLP, AdamW at LR "
         "1e-10, batch 29, 4 epochs",
         _malt(model={"hidden": [34, 16], "activation": "leaky_relu"},
               optim={"name": "adamw", "lr": 1e-10},
               train={"epochs": 4, "batch_size": 29}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "predictions_collapsed", "at_chance"),
         why_allowed=("the epoch loss 1.376 at every epoch (ln 4 is 1.386); 75% of the test "
                      "predictions in one class, accuracy 0.36 (the majority share 0.2633), so "
                      "neither 'predictions collapsed' nor 'at chance' is clear"), verdict=TP),
    Case("h120_vanishing_sigmoid_cl324_20x13_sgd", "20x13 sigmoid MLP on the 324-feature set, "
         "plain SGD at LR 0.1, batch 45, 4 epochs",
         {"data": CL324, "model": {"hidden": [13] * 20, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.1},
          "train": {"epochs": 4, "batch_size": 45}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers barely move (quarter-mean update ratios down to 0), a "
                      "side effect of the vanishing gradients (down to 1.8e-18); the epoch loss "
                      "1.612 to 1.616 (ln 5 is 1.609)"), verdict=TP),
    Case("h120_saturated_sigmoid_gq5321_std9_sgd", "2x39 sigmoid MLP with N(0, 9) init on the "
         "5-class quantiles, plain SGD at LR 1e-9, batch 33",
         {"data": GQ5321, "model": {"hidden": [39, 39], "activation": "sigmoid",
                                    "init": "normal", "init_std": 9.0},
          "optim": {"name": "sgd", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "predictions_collapsed"),
         why_allowed=("tiny updates (single steps at most 1.3e-12); the loss far above ln 5 from "
                      "the start (the epoch loss 42.87 at every epoch); 52% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h120_slow_start_portcullis_cnn_adam_std002", "the portcullis CNN with N(0, 0.02) "
         "init, Adam at LR 2e-4, batch 31, 20 epochs",
         {"data": PC4, "model": {**PCNN, "init": "normal", "init_std": 0.02},
          "optim": {"name": "adam", "lr": 2e-4},
          "train": {"epochs": 20, "batch_size": 31}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "dead_relu",
                "update_ratio_low", "vanishing_gradients", "overfitting"),
         why_allowed=("accuracy 0.6067, below the baseline (0.85 on validation); 38% of the first "
                      "dense layer's units dead on the plateau, 19% at the end"), verdict=TP),
    Case("h120_unshuffled_cl324_adamw_tanh", "the 324-feature set sorted by label, never "
         "shuffled, 45x21 tanh MLP, AdamW at LR 1e-4, batch 38, 8 epochs",
         {"data": {**CL324, "order": "by_label", "shuffle": False},
          "model": {"hidden": [45, 21], "activation": "tanh"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 38}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 100% of its within-epoch "
                      "variance (healthy runs at most 25%); accuracy 0.5122, below the healthy "
                      "runs (0.9 and up)"), verdict=TP),
    Case("h120_mse_softmax_malt_rmsprop_momentum_selu", "the maltings CSV trained with square "
         "error on the softmax, RMSprop with momentum 0.3 at LR 1e-4, 31x12 SELU MLP, batch 24, "
         "10 epochs",
         _malt(model={"hidden": [31, 12], "activation": "selu"},
               optim={"name": "rmsprop", "lr": 1e-4, **RMOM3},
               train={"loss": "mse", "epochs": 10, "batch_size": 24}),
         expect=("loss_mismatch", "not_converged"),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting"),
         why_allowed=("square error on the softmax learns slowly (accuracy 0.9967 nonetheless); "
                      "the step loss, near 0, swings 0.21 times its mean"), verdict=TP),
    Case("h120_noisy_cl324_b1_adadelta_leaky", "the 324-feature set one row at a time (batch "
         "1), Adadelta at LR 0.3, 26-unit leaky-ReLU MLP, 3 epochs",
         {"data": CL324, "model": {"hidden": [26], "activation": "leaky_relu"},
          "optim": {"name": "adadelta", "lr": 0.3},
          "train": {"epochs": 3, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss", "not_converged"),
         allow=("divergence", "unshuffled_data", "dead_relu", "update_ratio_high",
                "overfitting"),
         why_allowed=("the step loss swings 3.8 times its mean (healthy at most 0.54); accuracy "
                      "0.9244, within reach of the healthy runs', and the validation loss still "
                      "lowest at the end"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h120_overfit_cl324_subset46_adagrad_elu", "46 rows of the 324-feature set, ELU MLP "
         "of 183 and 91 units, Adagrad at LR 0.01, 50 epochs, batch 4",
         {"data": {**CL324, "subset": 46},
          "model": {"hidden": [183, 91], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.01},
          "train": {"epochs": 50, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("46 rows teach less than every row: accuracy 0.5683 (training 1.0; the "
                      "healthy runs 0.9 and up); the validation loss is lowest at epoch 3 of 50 "
                      "and 6.7% above it at the end, a moderate rise, so 'overfitting' is "
                      "allowed; the epoch loss still falls but the validation loss has turned "
                      "up, so the run is not 'not converged'"), verdict=GP),
    Case("h120_gap_fr327_subset37_rmsprop_leaky", "37 rows of the 327-feature Friedman "
         "regression, leaky-ReLU MLP of 173 and 86 units, plain RMSprop at LR 5e-4, 80 epochs, "
         "batch 4",
         {"data": {**FR327, "subset": 37},
          "model": {"hidden": [173, 86], "activation": "leaky_relu"},
          "optim": {"name": "rmsprop", "lr": 5e-4},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "dead_relu"),
         allow=("overfitting", "underfitting", "not_converged", "noisy_loss"),
         why_allowed=("37 rows teach less (R2 -1.86, training 0.989; the healthy runs 0.2707 "
                      "and up); the validation loss is lowest at epoch 39 of 80 and 11% above "
                      "it at the end, a moderate rise; the step loss swings 1.9 times its mean "
                      "(healthy at most 0.54), rows of batch 4 near a zero loss"), verdict=GP),
    Case("h120_underfit_cl324_one_tanh_unit_rmsprop", "the 324-feature set through 1 tanh "
         "unit, plain RMSprop at LR 3e-3, batch 41, 15 epochs",
         {"data": CL324, "model": {"hidden": [1], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 15, "batch_size": 41}},
         expect=("underfitting", "saturated_activation"),
         allow=("overfitting", "update_ratio_high", "not_converged"),
         why_allowed=("one tanh unit cannot hold the classes: training accuracy 0.4951 (the "
                      "healthy runs 0.9919 and up), accuracy 0.378; the validation loss is "
                      "lowest at epoch 7 of 15 and 2.4% above it at the end, flat"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h120_lightning_moons_adagrad_lr1e20_nan", "Lightning: moons (640 points, noise 0.2), "
         "Adagrad at LR 1e20, 470 units, batch 12, 3 epochs",
         script=lightning_run(_ag("moons", hidden=(470,), lr=1e20, epochs=3, batch_size=12,
                                  n=640, noise=0.2)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_lightning_digits_momentum8_lr1e10_stuck", "Lightning: digits, SGD with momentum "
         "0.8 at LR 1e-10, 471 units, batch 13, 3 epochs",
         script=lightning_run(_m8("digits", hidden=(471,), lr=1e-10, epochs=3, batch_size=13)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.301 at every epoch; accuracy 0.0808 on ten "
                      "classes, near a tenth but not exactly it"), verdict=TP),
    Case("h120_hf_trainer_digits_adam_wd_lr1e20_nan", "Hugging Face Trainer names: digits, "
         "Adam with weight decay 1e-3 at LR 1e20 (decaying linearly), 472 units, batch 14, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_awd("digits", hidden=(472,), lr=1e20, epochs=3, batch_size=14),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_hf_trainer_moons_adagrad_lr1e10_stuck", "Hugging Face Trainer names: moons "
         "(650 points, noise 0.2), Adagrad at LR 1e-10 (decaying linearly), 473 units, batch 11, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_ag("moons", hidden=(473,), lr=1e-10, epochs=3, batch_size=11,
                                   n=650, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.6333 at every evaluation; accuracy 0.5923 on two "
                      "balanced classes, above a half, so 'at chance' is not clear"), verdict=TP),
    Case("h120_keras_sine_momentum8_lr1e20_nan", "Keras names: sine regression (660 points, "
         "noise 0.2), SGD with momentum 0.8 at LR 1e20, 474 units, batch 17, 3 epochs",
         script=keras_run(_m8("sine", hidden=(474,), lr=1e20, epochs=3, batch_size=17, n=660,
                              noise=0.2)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_keras_moons_subset4_adam_wd_gap", "Keras names: 4 rows of moons (600 points, "
         "noise 0.3), 475 units, Adam with weight decay 1e-3 at LR 1e-3, 100 epochs, batch 2",
         script=keras_run(_awd("moons", hidden=(475,), lr=1e-3, epochs=100, batch_size=2,
                               subset=4, n=600, noise=0.3)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less than all of them (validation accuracy 0.5; the "
                      "healthy moons runs 0.9552 and up); the training loss near 0.017 while "
                      "the validation loss has risen 902% from epoch 1 of 100"), verdict=GP),
    Case("h120_tensorboard_moons_momentum8_lr1e20_nan", "TensorBoard tags: moons (610 points, "
         "noise 0.2), SGD with momentum 0.8 at LR 1e20, 476 units, batch 10, 3 epochs",
         script=tensorboard_run(_m8("moons", hidden=(476,), lr=1e20, epochs=3, batch_size=10,
                                    n=610, noise=0.2)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=BLOWUP, verdict="failed"),
    Case("h120_tensorboard_sine_subset4_adagrad_gap", "TensorBoard tags: 4 rows of the sine "
         "regression (630 points, noise 0.2), 477 units, Adagrad at LR 0.1, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_ag("sine", hidden=(477,), lr=0.1, epochs=150, batch_size=2,
                                    subset=4, n=630, noise=0.2)),
         tool="tensorboard", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("4 rows teach less (validation R2 0.6128, training 0.9998; the healthy "
                      "sine runs 0.9329 and up); the validation loss is lowest at epoch 147 of "
                      "150 and 2.5% above it at the end, flat, so 'overfitting' and 'not "
                      "converged' are only allowed"), verdict=GP),
    Case("h120_plain_corrupt_record_sine_adam_wd", "hand-written loop: sine regression with "
         "noise 0.25 (680 points), Adam with weight decay 1e-3 at LR 1e-4, 478 units, batch 23, "
         "a corrupt record (x = 1e30) at step 19 makes the loss Inf",
         script=plain_run(_awd("sine", hidden=(478,), lr=1e-4, epochs=3, batch_size=23, n=680,
                               noise=0.25), corrupt_step=19),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=19),
    Case("h120_plain_digits_adagrad_lr1e10_stuck", "hand-written loop: digits, Adagrad at LR "
         "1e-10, 479 units, batch 15, 4 epochs",
         script=plain_run(_ag("digits", hidden=(479,), lr=1e-10, epochs=4, batch_size=15)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 2.371 at every epoch; the untrained net scores "
                      "0.0919 on ten classes, near a tenth but not exactly it"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy120_malt_relu_adam_b23",
       _malt(model={"hidden": [44]},
             optim={"lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 23})),
    _h("healthy120_malt_tanh_rmsprop_momentum_b21",
       _malt(model={"hidden": [39], "activation": "tanh"},
             optim={"name": "rmsprop", "lr": 3e-4, **RMOM3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 21})),
    _h("healthy120_malt_elu_adagrad_b27",
       _malt(model={"hidden": [45], "activation": "elu"},
             optim={"name": "adagrad", "lr": 0.03, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 27})),
    _h("healthy120_malt_leaky_adamw_b28",
       _malt(model={"hidden": [41], "activation": "leaky_relu"},
             optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 28})),
    _h("healthy120_malt_selu_momentum9_b19",
       _malt(model={"hidden": [35], "activation": "selu"},
             optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 19})),
    _h("healthy120_malt_silu_adadelta_b26",
       _malt(model={"hidden": [33], "activation": "silu"},
             optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 26})),
    _h("healthy120_malt_sigmoid_nesterov6_b32",
       _malt(model={"hidden": [32], "activation": "sigmoid"},
             optim={"name": "sgd", "lr": 0.05, **NEST6, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 32})),
    _h("healthy120_malt_relu_sgd_b17",
       _malt(model={"hidden": [48]},
             optim={"name": "sgd", "lr": 0.05, "schedule": "cosine"},
             train={"epochs": 12, "batch_size": 17})),
    _h("healthy120_fr327_selu_adam_b25",
       {"data": FR327, "model": {"hidden": [54], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 25}}),
    _h("healthy120_fr327_relu_adagrad_b28",
       {"data": FR327, "model": {"hidden": [61]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 28}}),
    _h("healthy120_fr327_elu_rmsprop_b23",
       {"data": FR327, "model": {"hidden": [56], "activation": "elu"},
        "optim": {"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 30, "batch_size": 23}}),
    _h("healthy120_cl324_relu_adamw_b31",
       {"data": CL324, "model": {"hidden": [64]},
        "optim": {"name": "adamw", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy120_cl324_elu_nesterov6_b24",
       {"data": CL324, "model": {"hidden": [63], "activation": "elu"},
        "optim": {"name": "sgd", "lr": 1e-2, **NEST6, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy120_cl324_silu_adadelta_b35",
       {"data": CL324, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "adadelta", "lr": 0.3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy120_cl324_leaky_rmsprop_momentum_b22",
       {"data": CL324, "model": {"hidden": [66], "activation": "leaky_relu"},
        "optim": {"name": "rmsprop", "lr": 2e-4, **RMOM3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 22}}),
    _hs("healthy120_tensorboard_iris_adam_wd",
        tensorboard_run(_awd("iris", hidden=(471,), lr=2e-3, epochs=40, batch_size=9)),
        "tensorboard"),
    _hs("healthy120_tensorboard_circles_adagrad",
        tensorboard_run(_ag("circles", hidden=(474,), lr=0.01, epochs=25, batch_size=22,
                            n=640, noise=0.1)), "tensorboard"),
    _hs("healthy120_tensorboard_digits_nadam",
        tensorboard_run(_na("digits", hidden=(477,), lr=1e-3, epochs=15, batch_size=27)),
        "tensorboard"),
    _hs("healthy120_hf_trainer_wine_adagrad",
        hf_trainer_run(_ag("wine", hidden=(470,), lr=0.01, epochs=40, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy120_hf_trainer_breast_cancer_momentum8",
        hf_trainer_run(_m8("breast_cancer", hidden=(476,), lr=0.01, epochs=20, batch_size=18),
                       logging_steps=2), "transformers"),
    _hs("healthy120_hf_trainer_sine_adamax",
        hf_trainer_run(_mx("sine", hidden=(473,), lr=3e-3, epochs=30, batch_size=21, n=650,
                           noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy120_keras_moons_rmsprop",
        keras_run(_rp("moons", hidden=(479,), lr=1e-3, epochs=30, batch_size=24, n=640,
                      noise=0.2)), "keras"),
    _hs("healthy120_keras_wine_adam",
        keras_run(_a("wine", hidden=(472,), lr=1e-3, epochs=30, batch_size=11)), "keras"),
    _hs("healthy120_keras_sine_adam_wd",
        keras_run(_awd("sine", hidden=(478,), lr=1e-3, epochs=25, batch_size=25, n=620,
                       noise=0.2)), "keras"),
    _hs("healthy120_lightning_iris_momentum8",
        lightning_run(_m8("iris", hidden=(475,), lr=0.01, epochs=40, batch_size=8)),
        "lightning"),
    _hs("healthy120_lightning_breast_cancer_adam_wd",
        lightning_run(_awd("breast_cancer", hidden=(472,), lr=5e-4, epochs=20, batch_size=22)),
        "lightning"),
    _hs("healthy120_plain_digits_rmsprop",
        plain_run(_rp("digits", hidden=(470,), lr=2e-4, epochs=15, batch_size=26)),
        "pytorch"),
    _hs("healthy120_plain_moons_adam_wd",
        plain_run(_awd("moons", hidden=(474,), lr=2e-3, epochs=25, batch_size=19, n=670,
                       noise=0.2)), "pytorch"),
    _hs("healthy120_plain_wine_nadam",
        plain_run(_na("wine", hidden=(478,), lr=1e-3, epochs=25, batch_size=12)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
