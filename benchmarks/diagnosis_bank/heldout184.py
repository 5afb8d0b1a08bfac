"""The hundred-and-eighty-fourth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout185` (not looked at), after the measurement of
:mod:`.heldout180` and :mod:`.heldout181`, while :mod:`.heldout182` and :mod:`.heldout183` were
measured, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a kalimba (a
rectangular board over the lower four rows of a 6x6 cell with a round sound hole, the two open
middle pixels of its fifth row, and a fan of tines of lengths 1, 2, 3, 3, 2 and 1 pixels across its
upper half, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2%
random labels (seed 1840); 5-class Gaussian quantiles in 1001 dimensions (3090 samples); a
1004-feature 5-class set (2170 samples, 30 informative, 12 redundant, class separation 6.0); a
1007-feature Friedman-1 regression (4000 samples, noise 0.8); a limburger maker's batch stage CSV
(curdling, moulding, smearing, ripening: 4 classes from 7 readings, ``limburger_batch_stage_h184``,
seed 1841) and an airboat-tour firm's trips a day regression CSV (in the hundreds,
``daily_airboat_trips_h184``, seed 1842); the sklearn sets use random states 1843 to 1845. Script
cases use plain Adamax, SGD with Nesterov momentum 0.9 and Adam with betas (0.8, 0.99) (settings no
script of :mod:`.heldout182` or :mod:`.heldout183` uses) on wine, iris, breast cancer, digits,
moons, circles and the sine; every script case holds a hidden width of 1110 to 1119. Runner
optimisers: Adam, AdamW (with an L1 penalty on the Friedman regression, weight decay 0.3 in the
one-unit run), plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.7
or 0.9, SGD with Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser,
activation, model or data set than :mod:`.heldout135` did (every data set here is new): divergence
under SGD with momentum 0.7 in a ReLU net on the unscaled airboat trips and under RMSprop with
momentum 0.3 at LR 20 in a SiLU net on the quantiles, exploding gradients in a 9-layer ReLU net
with N(0, 1) init under Adadelta at LR 1e-9 on the quantiles, units killed by Adam at LR 0.5 in the
kalimba CNN, a high update ratio from Adam at LR 0.8 in an ELU net on the limburger CSV, tiny
learning rates under Adadelta (tanh, Friedman) and SGD with momentum 0.9 (SiLU, limburger CSV),
vanishing gradients under SGD with momentum 0.9 in a 23-layer sigmoid net on the 1004-feature set,
saturated tanh units with N(0, 6) init under plain RMSprop on the quantiles, the kalimba CNN with
N(0, 0.04) init under SGD with Nesterov momentum 0.9 (a slow start), the unshuffled 1004-feature
set under AdamW (leaky ReLU), square error under AdamW (SELU), batch 1 under Adadelta (SiLU), 40
rows of the 1004-feature set under plain RMSprop (SELU, overfit, a gap), 32 rows of the Friedman
regression under plain RMSprop (ReLU, overfit, a gap), 1 ELU unit under AdamW with weight decay
0.3; the scripts: Lightning's NaN on iris (Nesterov) and stuck breast cancer (Adamax), Trainer's
NaN on wine (Adam with betas) and stuck digits (Nesterov), Keras' NaN on moons (Adamax) and 24 rows
of digits (Adam with betas, overfit, a gap), TensorBoard's NaN on digits (Nesterov) and 9 rows of
circles (Adamax, overfit, a gap), the loop's corrupt record on the sine (Adam with betas) and stuck
iris (Adamax).

Each case is labelled with the injected fault; it was trained once at seed 0 only to check that the
fault is real, from the run's own metrics (losses, validation loss and score, step-loss swing, the
share of the step loss's within-epoch variance its position explains, gradient norms, update
ratios, dead and saturated fractions, ``baseline/val_*``) and, for runner cases, the test confusion
matrix (``confusion_matrix.json``), with ``diagnose.enabled`` false for runner cases and scripts
called directly: no diagnosis was made. After the last change of a setting every case was trained
once more from this file into a fresh store (the unchanged cases gave the same numbers); the
numbers below are from that store. No other seed was checked.

Label policy exactly as in :mod:`.heldout107` (expected = the state the run ends in, where its
metrics show it; mechanisms expected only where the logged metric is clearly outside every healthy
run of this part, else allowed with the reason; ``predictions_collapsed`` expected from 90% of the
test predictions in one class, allowed from 60%, never expected of a script; ``not_converged`` only
where the loss still clearly falls and the validation loss or score still improves at the end; a
weak fault was made stronger or relabelled from its metrics, never kept as expected). Majority
shares (the test confusion matrices' rows): 0.2028 on the 1004-feature set, 0.2006 on the
quantiles, 0.2637 on the limburger CSV, 0.26 on the kalimba images; on the scripts' validation
splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5 (moons, circles).
Baselines (validation): accuracy 1.0 (limburger CSV), 0.9724 (1004-feature set), 0.9767 (kalimba
images), 0.2217 (quantiles); R2 0.5326 (Friedman), 0.9562 (airboat CSV).

Measured healthy ranges (runner): update ratio quarter means 2.3e-5 (the SiLU MLP with Nesterov
momentum on the 1004-feature set) to 0.0291 (the tanh MLP with Adagrad on the 1004-feature set),
single steps at most 0.55 (the same tanh MLP); the ``update_ratio_high`` run reaches quarter means
of 0.161 with single steps up to 8.1; the ``update_ratio_low`` runs log quarter means of at most
5.4e-13 and 2.7e-11. Dead fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the
Adam-killed CNN's second convolution 0.83 and dense units 1.0, the slow start's dense units up to
0.24, the quantile divergence's second layer 0.84, the exploding run's deep layers up to 0.26, the
32-row Friedman regression's second layer 0.277, the stuck SiLU run's second layer 0.067);
saturated fraction at most 0.0575 (the tanh MLP with Adagrad on the 1004-feature set); the
saturated run's 0.990 and 0.949. Gradient norms at least 0.0080 (the SiLU MLP with Nesterov
momentum on the 1004-feature set) and at most 461 (the Friedman regression; at most 6.9 on the
1004-feature set), first norms at least 0.124 (the sigmoid MLP with RMSprop with momentum on the
limburger CSV); the vanishing run's down to 3.1e-21, the exploding run's 4.3e5 to 4.1e6, the slow
start's first 3.6e-3. The step loss's position in the epoch explains at most 22% of the
within-epoch variance over the second half in the healthy runner runs (the SiLU MLP with Adadelta
on the limburger CSV) and 15% in the healthy scripts where it can be read (Lightning's digits); the
unshuffled run 99.3%. The standard deviation of the step loss's step-to-step change over the second
half is at most 0.47 times its mean in the healthy runner runs (the SELU MLP with momentum 0.9 on
the limburger CSV) and 1.91 in the healthy scripts (the loop's iris); the batch-1 run's is 29.5.
Healthy scores: accuracy 1.0 on the limburger CSV (every split, every run) but the sigmoid MLP
(0.9932, test 0.9966, training 0.992), 0.9217-0.9677 on the 1004-feature set (test 0.9332-0.9677;
training 1.0; the ELU MLP's 0.9217 the lowest, 0.05 below the baseline), R2 0.705 on the Friedman
regression (test 0.7073, training 0.7861); scripts (validation): wine 1.0 and 1.0, breast cancer
0.9561, 0.9649 and 0.9649, circles 0.9841 and 0.9924, digits 0.9721 and 0.9721, iris 0.9667 and
1.0, moons 0.9615 and 0.9552. Every healthy run's validation loss is lowest at its end but
Trainer's moons (epoch 18 of 20, 0.15% above it).

Changes after the first run: the one-ELU-unit run under AdamW at LR 0.01 reached training accuracy
0.7266 with its epoch loss still falling 3.9% in the last epoch and the validation loss 7.4% above
its epoch-10 minimum, no clear end state; at LR 3e-3 training 0.7803 with the loss still falling,
at 8 epochs the loss still falling, so it took weight decay 0.3 (training 0.5929, accuracy 0.4954,
the loss flat; ``underfitting`` kept). TensorBoard's circles (Nesterov, 20 epochs) ended 92% above
its epoch-15 validation loss, so 15 epochs; Trainer's iris (Adam with betas at LR 2e-3) ended 0.73%
above its epoch-16 minimum, so LR 1e-3; Trainer's moons (Nesterov at LR 0.02) ended 3.0% above its
epoch-13 minimum, so LR 0.01 (0.15% above its epoch-18 minimum); Keras' moons ended 4.5% above its
epoch-13 validation loss, so 13 epochs; the loop's iris (Nesterov) ended 10.6% above its epoch-14
minimum, so 14 epochs (each then lowest at its end but Trainer's moons). Labels from the metrics:
the kalimba CNN's blow-up passed (its loss ends near ln 4, below its first step), so ``divergence``
is allowed there and the verdict is a training problem; the test predictions fall in one class in
the quantile divergence (99.4%), the killed CNN (99.3%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there; 71% in the exploding run (so only allowed there, where
it was first expected), 59% in the stuck SiLU run and 28% in the saturated run (neither expected
nor allowed; first allowed in both); the 32-row Friedman regression's validation loss ends 67%
above its epoch-1 value and Keras' 24 rows of digits 50% above their epoch-5 value while their
training losses fall, so ``overfitting`` is expected there (first only allowed); Lightning's NaN
iris (0.3333), Keras' NaN moons (0.5) and TensorBoard's NaN digits (0.1003) score at the majority
share (``at_chance`` expected), and so does Trainer's stuck digits (0.0724, 0.028 below 0.1003;
first only allowed); Trainer's NaN wine (0.3333 against 0.3889; first expected), Lightning's stuck
breast cancer (0.2632 against 0.6316), the loop's stuck iris (0) and the stuck SiLU run on the
limburger CSV (0.0685 against 0.2637) score more than 0.05 below it (allowed); the vanishing run's
epoch loss falls 0.5% (1.620 to 1.612, ln 5 is 1.609), so ``not_training`` is expected; the
unshuffled run's loss still falls with the validation loss lowest at the end (``not_converged``
expected); the slow start sat at ln 4 for 6 epochs, so ``slow_start`` is expected.

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

# a kalimba in a 6x6 cell: a fan of tines of different lengths (1, 2, 3, 3, 2, 1 pixels) over
# the upper half, on a rectangular board whose lower half holds a round sound hole (the open
# middle pixels of the fifth row); turned by 90 degrees for the others
_KALIMBA_UP = np.array([[0, 0, 1, 1, 0, 0],
                        [0, 1, 1, 1, 1, 0],
                        [1, 1, 1, 1, 1, 1],
                        [1, 1, 1, 1, 1, 1],
                        [1, 1, 0, 0, 1, 1],
                        [1, 1, 1, 1, 1, 1]], dtype=float)
_KALIMBAS = turned(_KALIMBA_UP)


def kalimbas(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
             seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 kalimba glyph at a random place (4 classes: the kalimba turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_KALIMBAS, n, size, noise, flip, seed)


def _limburger_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A limburger maker's batch stage (0 curdling, 1 moulding, 2 smearing, 3 ripening) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([32.0, 24.0, 15.0, 12.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.4, 5.6, 5.1, 6.9])[cls] + rng.normal(0, 0.15, n)
    humidity_pct = np.array([70.0, 80.0, 95.0, 90.0])[cls] + rng.normal(0, 2.5, n)
    brine_g = np.array([0.0, 2.0, 14.0, 4.0])[cls] + rng.normal(0, 1.0, n)
    smear_turns = np.array([0.0, 0.0, 6.0, 2.0])[cls] + rng.normal(0, 0.6, n)
    cellar_c = rng.uniform(10.0, 18.0, n)
    workers = rng.integers(1, 5, n).astype(float)
    return (["curd_c", "curd_ph", "humidity_pct", "brine_g", "smear_turns", "cellar_c",
             "workers", "stage"],
            np.column_stack([curd_c, curd_ph, humidity_pct, brine_g, smear_turns, cellar_c,
                             workers, cls]))


def _airboat_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An airboat-tour firm's trips a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(10.0, 38.0, n)
    wind_kmh = rng.uniform(0.0, 45.0, n)
    boats = rng.integers(4, 20, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    water_cm = rng.uniform(20.0, 120.0, n)
    bookings = rng.integers(0, 60, n).astype(float)
    trips = (90 + 4.0 * temp_c - 3.0 * wind_kmh + 14.0 * boats + 80.0 * holiday
             + 0.8 * water_cm + 2.5 * bookings + 45.0 * (weekday >= 5)
             + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "wind_kmh", "boats", "holiday", "water_cm", "bookings",
             "trips"],
            np.column_stack([weekday, temp_c, wind_kmh, boats, holiday, water_cm, bookings,
                             trips]))


def _limburger(**sections: Any) -> Any:
    return _csv("limburger_batch_stage_h184", _limburger_csv, "stage", "classification", 1841,
                **sections)


def _airboat(**sections: Any) -> Any:
    return _csv("daily_airboat_trips_h184", _airboat_csv, "trips", "regression", 1842,
                **sections)


def _amax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


def _ab(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.99)}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout184"
KA4 = _factory(f"{HERE}:kalimbas", seed=1840)
GQ51001 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3090, n_features=1001,
                   n_classes=5, random_state=1843)
CL1004 = _factory("sklearn.datasets:make_classification", n_samples=2170, n_features=1004,
                  n_informative=30, n_redundant=12, n_classes=5, class_sep=6.0,
                  random_state=1844)
FR1007 = _factory("sklearn.datasets:make_friedman1", n_samples=4000, n_features=1007, noise=0.8,
                  random_state=1845)
KCNN = {"kind": "cnn", "conv": [{"channels": 7}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h184_divergence_airboat_momentum7_relu", "the airboat trips CSV (targets unscaled, "
         "in the hundreds), 27-unit ReLU MLP, SGD with momentum 0.7 at LR 0.02, batch 23",
         _airboat(model={"hidden": [27]},
                  optim={"name": "sgd", "lr": 0.02, **MOM7},
                  train={"epochs": 3, "batch_size": 23}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.5e5 at first and Inf at step 5, where the run "
                      "stops"), verdict="failed"),
    Case("h184_divergence_gq51001_rmsprop_mom3_lr20_silu", "47x19 SiLU MLP on the 5-class "
         "quantiles in 1001 dimensions, RMSprop with momentum 0.3 at LR 20, batch 37",
         {"data": GQ51001, "model": {"hidden": [47, 19], "activation": "silu"},
          "optim": {"name": "rmsprop", "lr": 20.0, **RMOM3},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.63 at first, up to 4.4e10 and 30.6 at the end "
                      "(epoch losses 1.9e9, 2.3e7 and 27.7); 84% of the second layer's units "
                      "logged dead; accuracy 0.199 (test 0.199) at the majority share (0.2006), "
                      "99.4% of the test predictions in one class"), verdict="failed"),
    Case("h184_exploding_gq51001_9x27_relu_std1_adadelta", "9x27 ReLU MLP with N(0, 1) init on "
         "the quantiles, Adadelta at LR 1e-9, batch 39",
         {"data": GQ51001, "model": {"hidden": [27] * 9, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "predictions_collapsed",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 2.69e6 at every epoch; every gradient norm 4.3e5 to 4.1e6 "
                      "(healthy at most 461); quarter-mean update ratios at most 7.4e-15, a side "
                      "effect of the LR; up to 26% of a deep layer's units logged dead; accuracy "
                      "0.2201 (test 0.2023) at the majority share (0.2006), 71% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h184_dead_relu_kalimba_cnn_adam_lr05", "the kalimba CNN (7, 12 channels, 21 hidden), "
         "Adam at LR 0.5, batch 27",
         {"data": KA4, "model": KCNN,
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.43 to 434 in epoch 1 (epoch loss 15.5), then "
                      "sits near ln 4 (1.419 and 1.424; 1.413 at the last step, below the "
                      "first), so the blow-up passed and divergence is not the end state; "
                      "gradient norms 0 to 483 and quarter-mean update ratios up to 0.35 "
                      "(healthy at most 0.029), single steps up to 6.8; 83% of the second "
                      "convolution's channels and every dense unit logged dead (healthy runs 0); "
                      "accuracy 0.26 at the majority share (0.26), 99.3% of the test predictions "
                      "in one class"), verdict=TP),
    Case("h184_update_ratio_high_limburger_adam_lr08_elu", "Adam at LR 0.8 on the limburger "
         "batch CSV, 35 ELU units, batch 24, 8 epochs",
         _limburger(model={"hidden": [35], "activation": "elu"},
                    optim={"name": "adam", "lr": 0.8},
                    train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.161, "
                      "single steps up to 8.1; the healthy runs at most 0.029 and 0.55), yet "
                      "accuracy 1.0; the step loss jumps to 47.8 (epoch losses 1.14, 0.45, 1.54, "
                      "1.09, 0.14) and is 0 from epoch 6 on, so later gradients are 0; it swings "
                      "17 times its mean"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h184_adadelta_lr1e10_fr1007_tanh", "the 1007-feature Friedman regression, 41x17 tanh "
         "MLP, Adadelta at LR 1e-10, batch 34, 4 epochs",
         {"data": FR1007, "model": {"hidden": [41, 17], "activation": "tanh"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -8.90, far below the baseline (0.5326 on "
                                         "validation) and the healthy run (0.705); the epoch "
                                         "loss 228.9 at every epoch; quarter-mean update ratios "
                                         "at most 5.4e-13 (healthy at least 2.3e-5); the step "
                                         "loss's position in the epoch explains 43% of its "
                                         "within-epoch variance, the same batches meeting the "
                                         "same weights"), verdict=TP),
    Case("h184_momentum9_lr1e10_limburger_silu", "the limburger batch CSV, 32x15 SiLU MLP, "
         "SGD with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _limburger(model={"hidden": [32, 15], "activation": "silu"},
                    optim={"name": "sgd", "lr": 1e-10, **MOM9},
                    train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"),
         allow=(*STUCK_ALLOW, "at_chance", "dead_relu"),
         why_allowed=("the epoch loss 1.381 at every epoch; quarter-mean update ratios at most "
                      "2.7e-11 (healthy at least 2.3e-5); the step loss's position in the epoch "
                      "explains 63% of its within-epoch variance; 6.7% of the second layer's "
                      "SiLU units logged dead (healthy 0); accuracy 0.0685 (test 0.1027), far "
                      "below the majority share (0.2637); 59% of the test predictions in one "
                      "class"), verdict=TP),
    Case("h184_vanishing_sigmoid_cl1004_23x12_momentum9", "23x12 sigmoid MLP on the "
         "1004-feature set, SGD with momentum 0.9 at LR 0.01, batch 43, 4 epochs",
         {"data": CL1004, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 3.1e-21 to 3e-20 (healthy at least "
                      "0.0080), growing towards the output, so the first layers' update ratios "
                      "are 0; the epoch loss goes from 1.620 to 1.612 (ln 5 is 1.609) and no "
                      "further; the step loss's position in the epoch explains 45% of its "
                      "within-epoch variance; accuracy 0.2005 at the majority share (0.2028), "
                      "every test prediction in one class"), verdict=TP),
    Case("h184_saturated_tanh_gq51001_std6_rmsprop", "2x32 tanh MLP with N(0, 6) init on the "
         "quantiles, plain RMSprop at LR 1e-9, batch 35",
         {"data": GQ51001, "model": {"hidden": [32, 32], "activation": "tanh",
                                     "init": "normal", "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.0% and 94.9% of the tanh units saturated (healthy at most 5.8%); "
                      "update ratios of at most 4.1e-10, a side effect of the LR; the huge "
                      "weights give gradient norms up to 168 (the healthy runs on the "
                      "1004-feature set at most 6.9, on the Friedman regression 461); the epoch "
                      "loss 38.2 at every epoch, far above ln 5; the step loss's position "
                      "explains 52% of its within-epoch variance; accuracy 0.178 (test 0.2265) "
                      "against a majority share of 0.2006; the test predictions spread (at most "
                      "28% in one class)"), verdict=TP),
    Case("h184_slow_start_kalimba_cnn_nesterov9_std004", "the kalimba CNN with N(0, 0.04) init, "
         "SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": KA4, "model": {**KCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.382 to 1.393) for the first 6 epochs "
                      "(1.363 at epoch 7), then falls (0.0531 at epoch 20); the validation loss "
                      "lowest at epoch 16 of 20, 4.4% above it at the end; the first gradient "
                      "norms down to 3.6e-3 (healthy first norms at least 0.124); up to 24% of "
                      "the dense ReLU units logged dead (healthy 0); the step loss swings 1.54 "
                      "times its mean (healthy runner runs at most 0.47); accuracy 0.9767 (test "
                      "0.9667) at the baseline (0.9767)"), verdict=TP),
    Case("h184_unshuffled_cl1004_adamw_leaky", "the 1004-feature set sorted by label, never "
         "shuffled, 44x21 leaky-ReLU MLP, AdamW at LR 1e-4, batch 35, 8 epochs",
         {"data": {**CL1004, "order": "by_label", "shuffle": False},
          "model": {"hidden": [44, 21], "activation": "leaky_relu"},
          "optim": {"name": "adamw", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.3% of its within-epoch "
                      "variance (healthy runner runs at most 22%); accuracy 0.4424 (test 0.4171, "
                      "training 0.7289), far below the healthy runs (0.9217 and up), with the "
                      "epoch loss still falling (1.460 to 1.431 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting"), verdict=TP),
    Case("h184_mse_softmax_limburger_adamw_selu", "the limburger batch CSV trained with square "
         "error on the softmax, AdamW at LR 2e-3, 31x13 SELU MLP, batch 25, 10 epochs",
         _limburger(model={"hidden": [31, 13], "activation": "selu"},
                    optim={"name": "adamw", "lr": 2e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "2.7e-4 at the end, so gradients down to 3.0e-4 (healthy at least 0.0080); "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h184_noisy_cl1004_b1_adadelta_silu", "the 1004-feature set one row at a time (batch "
         "1), Adadelta at LR 1.0, 23-unit SiLU MLP, 2 epochs",
         {"data": CL1004, "model": {"hidden": [23], "activation": "silu"},
          "optim": {"name": "adadelta", "lr": 1.0},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 29.5 times its mean (healthy runner runs at most "
                      "0.47, healthy scripts 1.91), up to 10 from near 0; single-row gradients "
                      "5e-10 to 54 (healthy on this set at most 6.9); accuracy 0.9724 (test "
                      "0.9724, training 0.9992), at the baseline; the validation loss 14.6% "
                      "above its epoch-1 value at the end of 2 epochs; over 2 epochs the step "
                      "loss's position explains all of its within-epoch variance (two values a "
                      "position)"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h184_overfit_cl1004_subset40_rmsprop_selu", "40 rows of the 1004-feature set, SELU "
         "MLP of 171 and 87 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL1004, "subset": 40},
          "model": {"hidden": [171, 87], "activation": "selu"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "dead_relu"),
         why_allowed=("40 rows teach less than every row: accuracy 0.5069 (test 0.4977, training "
                      "1.0; the healthy runs 0.9217 and up); the epoch loss falls to 3.4e-7, so "
                      "gradients fall to 1e-6 (healthy at least 0.0080); the validation loss "
                      "lowest at epoch 3 of 150, 15.7% above it at the end"), verdict=GP),
    Case("h184_gap_fr1007_subset32_rmsprop_relu", "32 rows of the 1007-feature Friedman "
         "regression, ReLU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs, "
         "batch 4",
         {"data": {**FR1007, "subset": 32},
          "model": {"hidden": [163, 83]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu"),
         why_allowed=("32 rows teach less (R2 -5.10, test -5.06, training 0.871; the healthy run "
                      "0.705); the validation loss, lowest at epoch 1 of 80 (87.5), ends at "
                      "146.2, 67% above it, while the training loss falls from 196 to 2.4; the "
                      "step loss swings 1.27 times its mean and gradients reach 2280 (healthy at "
                      "most 461); 27.7% of the second layer's ReLU units logged dead (healthy 0)"),
         verdict=GP),
    Case("h184_underfit_cl1004_one_elu_unit_adamw_wd03", "the 1004-feature set through 1 ELU "
         "unit, AdamW (weight decay 0.3) at LR 0.01, batch 36, 15 epochs",
         {"data": CL1004, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 0.01, "weight_decay": 0.3},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one ELU unit under strong weight decay cannot hold the classes: training "
                      "accuracy 0.5929 (the healthy runs 1.0), accuracy 0.4954 (test 0.5115; the "
                      "healthy runs 0.9217 and up); the epoch loss has flattened (0.808 to 0.779 "
                      "over the last 6 epochs, up and down) with the validation loss 2.2% above "
                      "its epoch-10 minimum; the one unit's single update ratios reach 0.54 "
                      "(healthy 0.55; quarter means at most 0.038); 40% of the test predictions "
                      "in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h184_lightning_iris_nesterov_lr1e20_nan", "Lightning: iris, SGD with Nesterov "
         "momentum 0.9 at LR 1e20, 1110 units, batch 9, 3 epochs",
         script=lightning_run(_nest("iris", hidden=(1110,), lr=1e20, epochs=3, batch_size=9)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h184_lightning_breast_cancer_adamax_lr1e10_stuck", "Lightning: breast cancer, "
         "Adamax at LR 1e-10, 1111 units, batch 21, 3 epochs",
         script=lightning_run(_amax("breast_cancer", hidden=(1111,), lr=1e-10, epochs=3,
                                    batch_size=21)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 0.7589 at every epoch; accuracy 0.2632 (training 0.2463) "
                      "at its initial weights, far below the majority share (0.6316) and the "
                      "healthy breast cancer runs (0.9561 and up); the step loss's position in "
                      "the epoch explains 69% of its within-epoch variance"), verdict=TP),
    Case("h184_hf_trainer_wine_adam_betas_lr1e20_nan", "Hugging Face Trainer names: wine, Adam "
         "with betas (0.8, 0.99) at LR 1e20 (decaying linearly), 1112 units, batch 10, 3 epochs, "
         "logging every 2 steps",
         script=hf_trainer_run(_ab("wine", hidden=(1112,), lr=1e20, epochs=3, batch_size=10),
                               logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share (0.3889)"), verdict="failed"),
    Case("h184_hf_trainer_digits_nesterov_lr1e10_stuck", "Hugging Face Trainer names: digits, "
         "SGD with Nesterov momentum 0.9 at LR 1e-10 (decaying linearly), 1113 units, batch 26, "
         "3 epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("digits", hidden=(1113,), lr=1e-10, epochs=3,
                                     batch_size=26), logging_steps=2),
         tool="transformers", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the evaluation loss 2.342 at every evaluation; accuracy 0.0724, 0.028 "
                      "below the majority share (0.1003), far below the healthy digits (0.9721)"),
         verdict=TP),
    Case("h184_keras_moons_adamax_lr1e20_nan", "Keras names: moons (630 points, noise 0.2), "
         "Adamax at LR 1e20, 1114 units, batch 20, 3 epochs",
         script=keras_run(_amax("moons", hidden=(1114,), lr=1e20, epochs=3, batch_size=20,
                                n=630, noise=0.2)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.5, the majority share"),
         verdict="failed"),
    Case("h184_keras_digits_subset24_adam_betas_gap", "Keras names: 24 rows of digits, 1115 "
         "units, Adam with betas (0.8, 0.99) at LR 2e-3, 150 epochs, batch 2",
         script=keras_run(_ab("digits", hidden=(1115,), lr=2e-3, epochs=150, batch_size=2,
                              subset=24)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("24 rows teach less (validation accuracy 0.6156, training 1.0; the healthy "
                      "digits 0.9721); the validation loss lowest at epoch 5 of 150, 50% above "
                      "it at the end while the training loss falls to 1.3e-7"), verdict=GP),
    Case("h184_tensorboard_digits_nesterov_lr1e20_nan", "TensorBoard tags: digits, SGD with "
         "Nesterov momentum 0.9 at LR 1e20, 1116 units, batch 23, 3 epochs",
         script=tensorboard_run(_nest("digits", hidden=(1116,), lr=1e20, epochs=3,
                                      batch_size=23)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h184_tensorboard_circles_subset9_adamax_gap", "TensorBoard tags: 9 rows of circles "
         "(640 points, noise 0.15), 1117 units, Adamax at LR 5e-3, 150 epochs, batch 2",
         script=tensorboard_run(_amax("circles", hidden=(1117,), lr=5e-3, epochs=150,
                                      batch_size=2, n=640, noise=0.15, subset=9)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("9 rows teach less (validation accuracy 0.7188, training 1.0; the healthy "
                      "circles 0.9841 and up); the validation loss lowest at epoch 4 of 150, 4.5 "
                      "times it at the end; the step loss near 0 swings 1.23 times its mean"),
         verdict=GP),
    Case("h184_plain_corrupt_record_sine_adam_betas", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), Adam with betas (0.8, 0.99) at LR 1e-4, 1118 units, batch 22, "
         "a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_ab("sine", hidden=(1118,), lr=1e-4, epochs=3, batch_size=22,
                              n=640, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=13),
    Case("h184_plain_iris_adamax_lr1e10_stuck", "hand-written loop: iris, Adamax at LR 1e-10, "
         "1119 units, batch 8, 4 epochs",
         script=plain_run(_amax("iris", hidden=(1119,), lr=1e-10, epochs=4, batch_size=8)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 1.259 at every epoch; accuracy 0 at its initial "
                      "weights, far below 1/3 (three balanced classes)"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy184_limburger_relu_adam_b25",
       _limburger(model={"hidden": [41]},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy184_limburger_tanh_adamw_b29",
       _limburger(model={"hidden": [37], "activation": "tanh"},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy184_limburger_elu_rmsprop_b32",
       _limburger(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy184_limburger_leaky_adagrad_b27",
       _limburger(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy184_limburger_selu_momentum9_b23",
       _limburger(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy184_limburger_silu_adadelta_b34",
       _limburger(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy184_limburger_sigmoid_rmsprop_momentum3_b31",
       _limburger(model={"hidden": [30], "activation": "sigmoid"},
                  optim={"name": "rmsprop", "lr": 1e-3, **RMOM3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 31})),
    _h("healthy184_limburger_relu_nesterov9_b36",
       _limburger(model={"hidden": [46]},
                  optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy184_fr1007_tanh_adamw_l1_b26",
       {"data": FR1007, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy184_cl1004_selu_adamw_b29",
       {"data": CL1004, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy184_cl1004_elu_adam_b31",
       {"data": CL1004, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy184_cl1004_relu_rmsprop_b26",
       {"data": CL1004, "model": {"hidden": [60]},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy184_cl1004_silu_nesterov9_b33",
       {"data": CL1004, "model": {"hidden": [59], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy184_cl1004_tanh_adagrad_b24",
       {"data": CL1004, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy184_cl1004_leaky_momentum9_b38",
       {"data": CL1004, "model": {"hidden": [57], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy184_tensorboard_wine_adamax",
        tensorboard_run(_amax("wine", hidden=(1110,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy184_tensorboard_breast_cancer_adam_betas",
        tensorboard_run(_ab("breast_cancer", hidden=(1113,), lr=5e-4, epochs=12,
                            batch_size=21)), "tensorboard"),
    _hs("healthy184_tensorboard_circles_nesterov",
        tensorboard_run(_nest("circles", hidden=(1116,), lr=0.02, epochs=15, batch_size=19,
                              n=630, noise=0.1)), "tensorboard"),
    _hs("healthy184_hf_trainer_digits_adamax",
        hf_trainer_run(_amax("digits", hidden=(1111,), lr=2e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy184_hf_trainer_iris_adam_betas",
        hf_trainer_run(_ab("iris", hidden=(1114,), lr=1e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy184_hf_trainer_moons_nesterov",
        hf_trainer_run(_nest("moons", hidden=(1117,), lr=0.01, epochs=20, batch_size=21,
                             n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy184_keras_breast_cancer_adamax",
        keras_run(_amax("breast_cancer", hidden=(1112,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy184_keras_moons_adam_betas",
        keras_run(_ab("moons", hidden=(1115,), lr=1e-3, epochs=13, batch_size=19, n=670,
                      noise=0.2)), "keras"),
    _hs("healthy184_lightning_digits_nesterov",
        lightning_run(_nest("digits", hidden=(1118,), lr=0.01, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy184_lightning_wine_adamax",
        lightning_run(_amax("wine", hidden=(1119,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy184_plain_iris_nesterov",
        plain_run(_nest("iris", hidden=(1110,), lr=0.02, epochs=14, batch_size=10)),
        "pytorch"),
    _hs("healthy184_plain_circles_adamax",
        plain_run(_amax("circles", hidden=(1113,), lr=3e-3, epochs=12, batch_size=18, n=660,
                        noise=0.1)), "pytorch"),
    _hs("healthy184_plain_breast_cancer_adam_betas",
        plain_run(_ab("breast_cancer", hidden=(1116,), lr=5e-4, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
