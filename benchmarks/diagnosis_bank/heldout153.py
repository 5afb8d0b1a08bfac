"""The hundred-and-fifty-third held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout152` (not looked at), after the measurement of
:mod:`.heldout150` and :mod:`.heldout151`, by someone who saw no diagnosis of its runs. New data:
a 10x10 image set of a tuba (a large bell opening upward in the top two rows, the tube coiled
into a loop in the bottom three rows with the valves standing out on one side, in a 5x5 cell,
turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels
(seed 1530); 5-class Gaussian quantiles in 671 dimensions (3060 samples); a 674-feature 5-class
set (2200 samples, 30 informative, 12 redundant, class separation 4.2); a 677-feature Friedman-1
regression (1760 samples, noise 0.8); a provolone maker's batch stage CSV (curdling, stretching,
shaping, hanging: 4 classes from 7 readings, ``provolone_batch_stage_h153``, seed 1531) and a
via-ferrata firm's climbers a day regression CSV (in the hundreds,
``viaferrata_daily_climbers_h153``, seed 1532); the sklearn sets use random states 1533 to 1535.
Script cases use plain Adamax, SGD with (plain) momentum 0.8 and Adam with betas (0.85, 0.99)
(settings no script of :mod:`.heldout150` or :mod:`.heldout151` uses) on wine, iris, breast
cancer, digits, moons, circles and the sine; every script case holds a hidden width of 800 to
809. Runner optimisers: Adam, AdamW (with an L1 penalty on the Friedman regression), plain
RMSprop, RMSprop with momentum 0.5, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD with
Nesterov momentum 0.8. Each fault pairs its mechanism with another optimiser, activation, model
or data set than :mod:`.heldout135` did (every data set here is new): divergence under SGD with
momentum 0.9 in a SELU net on the unscaled climbers and under plain RMSprop at LR 30 in an ELU
net on the quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init under Adam at
LR 1e-9, units killed by Adam at LR 0.5 in the tuba CNN, a high update ratio from Adam at LR 1.5
in a leaky-ReLU net on the provolone CSV, tiny learning rates under Adadelta (tanh, Friedman) and
SGD with momentum 0.9 (ELU, provolone CSV), vanishing gradients under SGD with momentum 0.9 in a
23-layer sigmoid net on the quantiles, saturated tanh units with N(0, 6) init under plain
RMSprop, the tuba CNN with N(0, 0.04) init under SGD with momentum 0.9 (a slow start), the
unshuffled 674-feature set under AdamW (SELU), square error under plain RMSprop (tanh), batch 1
under SGD with momentum 0.9 (ELU), 41 rows of the 674-feature set under plain RMSprop (SiLU), 32
rows of the Friedman regression under AdamW (ELU), 1 SiLU unit under Adam; the scripts:
Lightning's NaN on breast cancer (Adamax) and stuck circles (SGD), Trainer's NaN on wine (betas)
and stuck moons (Adamax), Keras' NaN on digits (SGD) and 22 rows of digits (Adamax, a gap),
TensorBoard's NaN on iris (Adamax) and 8 rows of circles (betas, overfit, a gap), the loop's
corrupt record on the sine (SGD) and stuck breast cancer (betas).

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
expected). Majority shares (the test confusion matrices' rows): 0.2 on the 674-feature set,
0.201 on the quantiles, 0.2568 on the provolone CSV, 0.2567 on the tuba images; on the scripts'
validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons,
circles). Baselines (validation): accuracy 1.0 (provolone CSV), 0.9864 (674-feature set), 0.9333
(tuba images), 0.2124 (quantiles); R2 0.2669 (Friedman), 0.9684 (climbers CSV).

Measured healthy ranges (runner): update ratio quarter means 2.3e-5 to 0.0494 (both the tanh MLP
on the Friedman regression), single steps at most 0.451 (the tanh MLP with Adagrad on the
674-feature set); the ``update_ratio_high`` run reaches quarter means of 0.26 with single steps
up to 15; the ``update_ratio_low`` runs log quarter means of at most 1.0e-11 and 6.2e-11. Dead
fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the Adam-killed CNN's
second convolution 0.92 and dense units 1.0, the slow start's dense units up to 0.21, the
quantile divergence's second layer 0.74, the exploding run's deep layers up to 0.21, the 32-row
Friedman regression's second layer 0.37, the update-ratio run's 0.057); saturated fraction at
most 0.0321 (the tanh MLP with Adagrad on the 674-feature set); the saturated run's 0.989 and
0.942, the square-error run's second layer 0.23. Gradient norms at least 0.0093 (the ReLU MLP
with RMSprop on the 674-feature set) and at most 243 (the Friedman regression; at most 3.3 on the
674-feature set), first norms at least 0.139 (the sigmoid MLP on the provolone CSV); the
vanishing run's down to 1.0e-20, the exploding run's 1.0e6 to 5.9e6, the slow start's first
2.7e-3 to 4.4e-3. The step loss's position in the epoch explains at most 30% of the within-epoch
variance over the second half in the healthy runner runs (the ReLU MLP with Adadelta on the
provolone CSV) and 13% in the healthy scripts (Lightning's digits); the unshuffled run 96.3%. The
standard deviation of the step loss's step-to-step change over the second half is at most 0.71
times its mean in the healthy runner runs (the SiLU MLP with momentum 0.9 on the 674-feature set)
and 1.56 in the healthy scripts (the loop's breast cancer); the batch-1 run's is 6.4. Healthy
scores: accuracy 1.0 on the provolone CSV (every split, every run), 0.9409-0.9705 on the
674-feature set (test 0.9455-0.9795; training 1.0), below its linear baseline of 0.9864 by at
most 0.046, R2 0.6695 on the Friedman regression (test 0.6784, training 0.8464); scripts
(validation): wine 1.0 and 1.0, breast cancer 0.9561, 0.9649 and 0.9649, circles 1.0 and 0.9923,
digits 0.9749 and 0.9777, iris 0.9667 and 0.9667, moons 0.9609 and 0.9773. Every healthy run's
validation loss is lowest at its end but Trainer's iris and Lightning's iris (epoch 19 of 20, at
most 0.1% above it).

Changes after the first run: Lightning's iris (betas at LR 3e-3) ended 22% above its epoch-15
validation loss, so LR 1e-3; Trainer's iris (SGD at LR 0.02) ended 1% above its epoch-16 minimum,
so LR 0.01; the loop's circles (SGD at LR 0.05) ended 3.2% above its epoch-14 minimum, so LR 0.03
(each then lowest at or within 0.1% of its end). The batch-1 run under SGD with momentum 0.9 at
LR 5e-3 blew up (step loss up to 4.3e6, validation loss 7.8e5), a divergence, not a noisy loss,
so LR 5e-4. The 41-row overfit under RMSprop at LR 1e-3 ended only 4.5% above its epoch-31
validation loss, so LR 3e-3 (25% above its epoch-1 value). Labels from the metrics: the tuba
CNN's blow-up passed (its loss ends near ln 4, below its first step), so ``divergence`` is
allowed there and the verdict is a training problem; the test predictions fall in one class in
the quantile divergence (98.5%), the killed CNN (100%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there; 73% in the exploding run (allowed there, not
expected), 54% in the stuck provolone run and 24% in the saturated run (neither); Keras' NaN
digits (0.1003) and TensorBoard's NaN iris (0.3333) score at the majority share (``at_chance``
expected), Lightning's NaN breast cancer (0.3684 against 0.6316), Trainer's NaN wine (0.3333
against 0.3889), the loop's stuck breast cancer (0.4211 against 0.6316) and the stuck provolone
run (0.0548 against 0.2568) more than 0.05 below it and Lightning's stuck circles 0.094 above it
(allowed); Trainer's stuck moons scores 0.7143 at its initial weights, far above 0.5, so
``at_chance`` is neither expected nor allowed there; the unshuffled run's loss still falls with
the validation loss lowest at the end (``not_converged`` expected); the 32-row Friedman
regression's validation loss is lowest at its end, so ``overfitting`` is neither expected nor
allowed there; Keras' 22 rows of digits end only 3.9% above their epoch-28 validation loss, so
``overfitting`` is allowed there and ``generalisation_gap`` expected; the slow start sat at ln 4
for 6 epochs, so ``slow_start`` is expected.

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

# a tuba in a 5x5 cell: a large bell opening upward (the top two rows), its tube coiled into a
# loop (the bottom three rows) with the valves standing out on the right; turned by 90 degrees
# for the others
_TUBA_UP = np.array([[1, 0, 0, 0, 1],
                     [0, 1, 0, 1, 0],
                     [1, 1, 1, 1, 0],
                     [1, 0, 0, 1, 1],
                     [1, 1, 1, 1, 0]], dtype=float)
_TUBAS = turned(_TUBA_UP)


def tubas(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
          seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 tuba glyph at a random place (4 classes: the tuba turned by 0, 90, 180 or 270
    degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_TUBAS, n, size, noise, flip, seed)


def _provolone_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A provolone maker's batch stage (0 curdling, 1 stretching, 2 shaping, 3 hanging) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([36.0, 82.0, 55.0, 14.0])[cls] + rng.normal(0, 2.5, n)
    curd_ph = np.array([6.4, 5.2, 5.1, 5.3])[cls] + rng.normal(0, 0.15, n)
    moisture_pct = np.array([80.0, 55.0, 48.0, 40.0])[cls] + rng.normal(0, 3.0, n)
    rennet_ml = np.array([30.0, 0.0, 0.0, 0.0])[cls] + rng.normal(0, 2.0, n)
    rope_kg = np.array([0.0, 6.0, 11.0, 14.0])[cls] + rng.normal(0, 1.2, n)
    room_c = rng.uniform(10.0, 28.0, n)
    makers = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "curd_ph", "moisture_pct", "rennet_ml", "rope_kg", "room_c", "makers",
             "stage"],
            np.column_stack([curd_c, curd_ph, moisture_pct, rennet_ml, rope_kg, room_c, makers,
                             cls]))


def _viaferrata_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A via-ferrata firm's climbers a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-2.0, 30.0, n)
    wind_kmh = rng.uniform(0.0, 60.0, n)
    guides = rng.integers(4, 25, n).astype(float)
    school_trip = rng.integers(0, 2, n).astype(float)
    cable_car = rng.integers(0, 2, n).astype(float)
    hut_pct = rng.uniform(20.0, 100.0, n)
    climbers = (90 + 5.0 * temp_c - 3.0 * wind_kmh + 9.0 * guides + 70.0 * school_trip
                + 60.0 * cable_car + 1.5 * hut_pct + 45.0 * (weekday >= 5)
                + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "wind_kmh", "guides", "school_trip", "cable_car", "hut_pct",
             "climbers"],
            np.column_stack([weekday, temp_c, wind_kmh, guides, school_trip, cable_car, hut_pct,
                             climbers]))


def _provolone(**sections: Any) -> Any:
    return _csv("provolone_batch_stage_h153", _provolone_csv, "stage", "classification", 1531,
                **sections)


def _viaferrata(**sections: Any) -> Any:
    return _csv("viaferrata_daily_climbers_h153", _viaferrata_csv, "climbers", "regression",
                1532, **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _sgdm(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with (plain) momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8}, **kw)


def _betas(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.85, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.85, 0.99)}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST8 = {"momentum": 0.8, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout153"
TU4 = _factory(f"{HERE}:tubas", seed=1530)
GQ5671 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3060, n_features=671,
                  n_classes=5, random_state=1533)
CL674 = _factory("sklearn.datasets:make_classification", n_samples=2200, n_features=674,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.2,
                 random_state=1534)
FR677 = _factory("sklearn.datasets:make_friedman1", n_samples=1760, n_features=677, noise=0.8,
                 random_state=1535)
TCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h153_divergence_viaferrata_momentum9_selu", "the via-ferrata climbers CSV (targets "
         "unscaled, in the hundreds), 27-unit SELU MLP, SGD with momentum 0.9 at LR 0.02, "
         "batch 25",
         _viaferrata(model={"hidden": [27], "activation": "selu"},
                     optim={"name": "sgd", "lr": 0.02, **MOM9},
                     train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.4e5 at first and Inf at step 5, where the run "
                      "stops"), verdict="failed"),
    Case("h153_divergence_gq5671_rmsprop_lr30_elu", "47x19 ELU MLP on the 5-class quantiles in "
         "671 dimensions, plain RMSprop at LR 30, batch 37",
         {"data": GQ5671, "model": {"hidden": [47, 19], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 30.0},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.62 at first, up to 7.8e10 and 25.9 at the end "
                      "(epoch losses 3.2e9 first, 5.1e5 last); 74% of the second layer's units "
                      "logged dead; accuracy 0.2026 (test 0.1977) at the majority share (0.201), "
                      "98.5% of the test predictions in one class"), verdict="failed"),
    Case("h153_exploding_cl674_9x29_elu_std1_adam", "9x29 ELU MLP with N(0, 1) init on the "
         "674-feature set, Adam at LR 1e-9, batch 39",
         {"data": CL674, "model": {"hidden": [29] * 9, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "adam", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 5.7e6 at every epoch; every gradient norm 1.0e6 to 5.9e6 "
                      "(healthy at most 243); quarter-mean update ratios 2.9e-11 to 1.8e-10, a "
                      "side effect of the LR; up to 21% of a deep layer's units logged dead; "
                      "accuracy 0.1955 (test 0.1932) at the majority share (0.2); 73% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h153_dead_relu_tuba_cnn_adam_lr05", "the tuba CNN (9, 12 channels, 24 hidden), "
         "Adam at LR 0.5, batch 27",
         {"data": TU4, "model": TCNN,
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.41 to 1218 in epoch 1 (epoch loss 40.8), then "
                      "sits near ln 4 (1.414; 1.313 at the last step, below the first), so the "
                      "blow-up passed and divergence is not the end state; gradient norms 0 to "
                      "980 and quarter-mean update ratios up to 0.40 (healthy at most 0.049), "
                      "single steps up to 7.7; 92% of the second convolution's channels and every "
                      "dense unit logged dead (healthy runs 0); accuracy 0.2567 at the majority "
                      "share (0.2567), every test prediction in one class"), verdict=TP),
    Case("h153_update_ratio_high_provolone_adam_leaky", "Adam at LR 1.5 on the provolone batch "
         "CSV, 35 leaky-ReLU units, batch 24, 8 epochs",
         _provolone(model={"hidden": [35], "activation": "leaky_relu"},
                    optim={"name": "adam", "lr": 1.5},
                    train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.26, single "
                      "steps up to 15; the healthy runs at most 0.049 and 0.45), yet accuracy "
                      "1.0; the step loss jumps to 61.6 in epoch 1 (swing 16 times its mean) and "
                      "is 0 from epoch 2 on, so later gradients are 0 and update ratios 1.4e-5; "
                      "5.7% of the units logged dead"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h153_adadelta_lr1e9_fr677_tanh", "the 677-feature Friedman regression, 41x17 tanh "
         "MLP, Adadelta at LR 1e-9, batch 34, 4 epochs",
         {"data": FR677, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -9.0, far below the baseline (0.2669) and the "
                                         "healthy run (0.6695); the epoch loss 231.7 at every "
                                         "epoch; quarter-mean update ratios at most 1.0e-11 "
                                         "(healthy at least 2.3e-5); the step loss's position in "
                                         "the epoch explains 51% of its within-epoch variance, "
                                         "the same batches meeting the same weights"), verdict=TP),
    Case("h153_momentum9_lr1e10_provolone_elu", "the provolone batch CSV, 32x15 ELU MLP, SGD "
         "with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _provolone(model={"hidden": [32, 15], "activation": "elu"},
                    optim={"name": "sgd", "lr": 1e-10, **MOM9},
                    train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance"), why_allowed=("the epoch loss 1.422 at every epoch; "
                                                         "quarter-mean update ratios at most "
                                                         "6.2e-11 (healthy at least 2.3e-5); the "
                                                         "step loss's position explains 42% of "
                                                         "its within-epoch variance; accuracy "
                                                         "0.0548 (test 0.048), far below the "
                                                         "majority share (0.2568); 54% of the "
                                                         "test predictions in one class"),
                                            verdict=TP),
    Case("h153_vanishing_sigmoid_gq5671_23x12_momentum9", "23x12 sigmoid MLP on the quantiles, "
         "SGD with momentum 0.9 at LR 0.01, batch 43, 4 epochs",
         {"data": GQ5671, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients down to 1.0e-20 (healthy at least 0.0093), so "
                      "their update ratios are 0; momentum still moves the last layers (quarter "
                      "means up to 0.0047), so the epoch loss goes from 1.615 to 1.611 (ln 5 is "
                      "1.609) and no further; the step loss's position explains 56% of its "
                      "within-epoch variance; accuracy 0.201 at the majority share (0.201), every "
                      "test prediction in one class"), verdict=TP),
    Case("h153_saturated_tanh_cl674_std6_rmsprop", "2x32 tanh MLP with N(0, 6) init on the "
         "674-feature set, plain RMSprop at LR 1e-9, batch 35",
         {"data": CL674, "model": {"hidden": [32, 32], "activation": "tanh",
                                   "init": "normal", "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.9% and 94.2% of the tanh units saturated (healthy at most 3.2%); update "
                      "ratios of at most 4.4e-10, a side effect of the LR; gradient norms up to "
                      "126 (healthy on this set at most 3.3, on the Friedman regression 243); the "
                      "epoch loss 39.0 at every epoch, far above ln 5; the step loss's position "
                      "explains 54% of its within-epoch variance; accuracy 0.1932 against a "
                      "majority share of 0.2; the test predictions spread (at most 24% in one "
                      "class)"), verdict=TP),
    Case("h153_slow_start_tuba_cnn_momentum9_std004", "the tuba CNN with N(0, 0.04) init, "
         "SGD with momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": TU4, "model": {**TCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.383 to 1.392) for the first 6 epochs, then "
                      "falls (0.2322 at epoch 20, 5.5% below epoch 19, the validation loss lowest "
                      "at the end); the first gradient norms 2.7e-3 to 4.4e-3 (healthy first "
                      "norms at least 0.139); up to 21% of the dense ReLU units logged dead "
                      "(healthy 0); accuracy 0.8767 (test 0.87) below the baseline (0.9333)"),
         verdict=TP),
    Case("h153_unshuffled_cl674_adamw_selu", "the 674-feature set sorted by label, never "
         "shuffled, 44x21 SELU MLP, AdamW at LR 1e-4, batch 35, 8 epochs",
         {"data": {**CL674, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "selu"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 96.3% of its within-epoch "
                      "variance (healthy runner runs at most 30%); accuracy 0.5841 (test 0.6182, "
                      "training 0.825), far below the healthy runs (0.9409 and up), with the "
                      "epoch loss still falling (1.189 to 1.114 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h153_mse_softmax_provolone_rmsprop_tanh", "the provolone batch CSV trained with "
         "square error on the softmax, plain RMSprop at LR 1e-3, 31x13 tanh MLP, batch 25, "
         "10 epochs",
         _provolone(model={"hidden": [31, 13], "activation": "tanh"},
                    optim={"name": "rmsprop", "lr": 1e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "1.3e-3 at the end, so gradients down to 7.2e-4 (healthy at least 0.0093); "
                      "23% of the second layer's tanh units saturated (healthy at most 3.2%); the "
                      "step loss's position explains 31% of its within-epoch variance (healthy up "
                      "to 30%); the validation loss lowest at the end"), verdict=TP),
    Case("h153_noisy_cl674_b1_momentum9_elu", "the 674-feature set one row at a time (batch "
         "1), SGD with momentum 0.9 at LR 5e-4, 23-unit ELU MLP, 2 epochs",
         {"data": CL674, "model": {"hidden": [23], "activation": "elu"},
          "optim": {"name": "sgd", "lr": 5e-4, **MOM9},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 6.4 times its mean (healthy runner runs at most 0.71, "
                      "healthy scripts 1.56), up to 6.75 from near 0; single-row gradients up to "
                      "46 (healthy on this set at most 3.3); accuracy 0.9727 (test 0.9705, "
                      "training 1.0), like the healthy runs; over 2 epochs the step loss's "
                      "position explains all of its within-epoch variance (two values a position)"),
         verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h153_overfit_cl674_subset41_rmsprop_silu", "41 rows of the 674-feature set, SiLU MLP "
         "of 172 and 87 units, plain RMSprop at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL674, "subset": 41},
          "model": {"hidden": [172, 87], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("41 rows teach less than every row: accuracy 0.4523 (test 0.4932, training "
                      "1.0; the healthy runs 0.9409 and up); the epoch loss at 1.3e-7 can fall no "
                      "further that matters, so gradients fall to 1.9e-9 (healthy at least "
                      "0.0093); the step loss swings 1.3 times its mean; 3.4% of the second "
                      "layer's units logged dead; the validation loss lowest at epoch 1 of 150, "
                      "25% above it at the end"), verdict=GP),
    Case("h153_gap_fr677_subset32_adamw_elu", "32 rows of the 677-feature Friedman "
         "regression, ELU MLP of 163 and 83 units, AdamW at LR 3e-3, 80 epochs, batch 4",
         {"data": {**FR677, "subset": 32},
          "model": {"hidden": [163, 83], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 3e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu"),
         why_allowed=("32 rows teach less (R2 -4.0, test -3.9, training 0.9868; the healthy run "
                      "0.6695); the validation loss falls to the end (119.0), so not overfitting; "
                      "the training loss jumps about (0.0105 at epoch 37, 0.44 at the end), the "
                      "step loss swings 3.1 times its mean and gradients reach 758 (healthy at "
                      "most 243); 37% of the second layer's ELU units logged dead (healthy 0)"),
         verdict=GP),
    Case("h153_underfit_cl674_one_silu_unit_adam", "the 674-feature set through 1 SiLU unit, "
         "Adam at LR 0.01, batch 38, 15 epochs",
         {"data": CL674, "model": {"hidden": [1], "activation": "silu"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SiLU unit cannot hold the classes: training accuracy 0.6144 (the "
                      "healthy runs 1.0), accuracy 0.4591 (test 0.4705); the epoch loss still "
                      "falls (0.878 to 0.859 in the last epoch) while the validation loss, lowest "
                      "at epoch 5 (1.200), ends at 1.439; single update ratios up to 0.44 "
                      "(healthy 0.45); 38% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h153_lightning_breast_cancer_adamax_lr1e20_nan", "Lightning: breast cancer, Adamax "
         "at LR 1e20, 800 units, batch 22, 3 epochs",
         script=lightning_run(_adamax("breast_cancer", hidden=(800,), lr=1e20, epochs=3,
                                      batch_size=22)),
         tool="lightning", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h153_lightning_circles_sgdm8_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), SGD with momentum 0.8 at LR 1e-10, 801 units, batch 21, 3 epochs",
         script=lightning_run(_sgdm("circles", hidden=(801,), lr=1e-10, epochs=3,
                                    batch_size=21, n=640, noise=0.1)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.6845 at every epoch; accuracy 0.5938 (training 0.5599) at "
                      "its initial weights, 0.094 above the majority share (0.5), far below the "
                      "healthy circles (0.9923 and up)"), verdict=TP),
    Case("h153_hf_trainer_wine_betas_lr1e20_nan", "Hugging Face Trainer names: wine, Adam with "
         "betas (0.85, 0.99) at LR 1e20 (decaying linearly), 802 units, batch 9, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_betas("wine", hidden=(802,), lr=1e20, epochs=3, batch_size=9),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h153_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), Adamax at LR 1e-10 (decaying linearly), 803 units, batch 19, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("moons", hidden=(803,), lr=1e-10, epochs=3,
                                       batch_size=19, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 0.6367 at every evaluation; accuracy 0.7143 at its "
                      "initial weights, far below the healthy moons (0.9609 and up)"), verdict=TP),
    Case("h153_keras_digits_sgdm8_lr1e20_nan", "Keras names: digits, SGD with momentum 0.8 at "
         "LR 1e20, 804 units, batch 23, 3 epochs",
         script=keras_run(_sgdm("digits", hidden=(804,), lr=1e20, epochs=3, batch_size=23)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h153_keras_digits_subset22_adamax_gap", "Keras names: 22 rows of digits, 805 units, "
         "Adamax at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adamax("digits", hidden=(805,), lr=3e-3, epochs=150, batch_size=2,
                                  subset=22)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("22 rows teach less (validation accuracy 0.546, training 1.0; the healthy "
                      "digits 0.9749 and up); the validation loss lowest at epoch 28 of 150 and "
                      "only 3.9% above it at the end while the training loss falls to 5.4e-4, so "
                      "overfitting is not clear"), verdict=GP),
    Case("h153_tensorboard_iris_adamax_lr1e20_nan", "TensorBoard tags: iris, Adamax at LR 1e20, "
         "806 units, batch 9, 3 epochs",
         script=tensorboard_run(_adamax("iris", hidden=(806,), lr=1e20, epochs=3,
                                        batch_size=9)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on three "
                      "balanced classes"), verdict="failed"),
    Case("h153_tensorboard_circles_subset8_betas_gap", "TensorBoard tags: 8 rows of circles "
         "(650 points, noise 0.1), 807 units, Adam with betas (0.85, 0.99) at LR 3e-3, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_betas("circles", hidden=(807,), lr=3e-3, epochs=150,
                                       batch_size=2, n=650, noise=0.1, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.6154, training 1.0; the healthy "
                      "circles 0.9923 and up); the validation loss lowest at epoch 2 of 150, 4.4 "
                      "times it at the end"), verdict=GP),
    Case("h153_plain_corrupt_record_sine_sgdm8", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with momentum 0.8 at LR 1e-3, 808 units, batch 22, a "
         "corrupt record (x = 1e30) at step 15 makes the loss Inf",
         script=plain_run(_sgdm("sine", hidden=(808,), lr=1e-3, epochs=3, batch_size=22,
                                n=640, noise=0.2), corrupt_step=15),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=15),
    Case("h153_plain_breast_cancer_betas_lr1e10_stuck", "hand-written loop: breast cancer, "
         "Adam with betas (0.85, 0.99) at LR 1e-10, 809 units, batch 20, 4 epochs",
         script=plain_run(_betas("breast_cancer", hidden=(809,), lr=1e-10, epochs=4,
                                 batch_size=20)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.703 at every epoch; accuracy 0.4211, 0.21 below the "
                      "majority share (0.6316)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy153_provolone_relu_adamw_b25",
       _provolone(model={"hidden": [41]},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy153_provolone_tanh_adam_b29",
       _provolone(model={"hidden": [37], "activation": "tanh"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy153_provolone_elu_adagrad_b32",
       _provolone(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy153_provolone_leaky_rmsprop_b27",
       _provolone(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy153_provolone_selu_nesterov8_b23",
       _provolone(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy153_provolone_silu_momentum7_b34",
       _provolone(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "sgd", "lr": 0.02, **MOM7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy153_provolone_sigmoid_rmsprop_momentum5_b31",
       _provolone(model={"hidden": [30], "activation": "sigmoid"},
                  optim={"name": "rmsprop", "lr": 1e-3, **RMOM5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 31})),
    _h("healthy153_provolone_relu_adadelta_b36",
       _provolone(model={"hidden": [46]},
                  optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy153_fr677_tanh_adamw_l1_b26",
       {"data": FR677, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy153_cl674_selu_adam_b29",
       {"data": CL674, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy153_cl674_elu_adamw_b31",
       {"data": CL674, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy153_cl674_relu_rmsprop_momentum5_b26",
       {"data": CL674, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 3e-4, **RMOM5, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy153_cl674_silu_momentum9_b33",
       {"data": CL674, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy153_cl674_tanh_adagrad_b24",
       {"data": CL674, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy153_cl674_leaky_nesterov8_b36",
       {"data": CL674, "model": {"hidden": [57], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST8, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy153_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(800,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy153_tensorboard_breast_cancer_betas",
        tensorboard_run(_betas("breast_cancer", hidden=(803,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy153_tensorboard_moons_sgdm8",
        tensorboard_run(_sgdm("moons", hidden=(806,), lr=0.02, epochs=20, batch_size=19,
                              n=640, noise=0.2)), "tensorboard"),
    _hs("healthy153_hf_trainer_digits_adamax",
        hf_trainer_run(_adamax("digits", hidden=(801,), lr=2e-3, epochs=10, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy153_hf_trainer_iris_sgdm8",
        hf_trainer_run(_sgdm("iris", hidden=(804,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy153_hf_trainer_circles_betas",
        hf_trainer_run(_betas("circles", hidden=(807,), lr=2e-3, epochs=15, batch_size=20,
                              n=640, noise=0.1), logging_steps=2), "transformers"),
    _hs("healthy153_keras_breast_cancer_adamax",
        keras_run(_adamax("breast_cancer", hidden=(802,), lr=1e-3, epochs=12, batch_size=19)),
        "keras"),
    _hs("healthy153_keras_wine_betas",
        keras_run(_betas("wine", hidden=(805,), lr=1e-3, epochs=15, batch_size=10)),
        "keras"),
    _hs("healthy153_lightning_digits_sgdm8",
        lightning_run(_sgdm("digits", hidden=(808,), lr=0.02, epochs=12, batch_size=25)),
        "lightning"),
    _hs("healthy153_lightning_iris_betas",
        lightning_run(_betas("iris", hidden=(809,), lr=1e-3, epochs=20, batch_size=10)),
        "lightning"),
    _hs("healthy153_plain_moons_adamax",
        plain_run(_adamax("moons", hidden=(800,), lr=3e-3, epochs=15, batch_size=20, n=660,
                          noise=0.2)), "pytorch"),
    _hs("healthy153_plain_circles_sgdm8",
        plain_run(_sgdm("circles", hidden=(802,), lr=0.03, epochs=15, batch_size=18, n=650,
                        noise=0.1)), "pytorch"),
    _hs("healthy153_plain_breast_cancer_betas",
        plain_run(_betas("breast_cancer", hidden=(805,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
