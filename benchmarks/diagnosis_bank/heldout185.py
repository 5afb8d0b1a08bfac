"""The hundred-and-eighty-fifth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout184` (not looked at), after the measurement of
:mod:`.heldout180` and :mod:`.heldout181`, while :mod:`.heldout182` and :mod:`.heldout183` were
measured, by someone who saw no diagnosis of its runs. New data: a 10x10 image set of a
sousaphone (a huge round bell facing forward over the right four columns of the top two rows, its
mouth open, the big tube wound in a wide circle, a ring over the left five columns of the lower
four rows, around the player's place and rising into the bell, and three small valves down the
right column beside the ring, in a 6x6 cell, turned by 0, 90, 180 or 270 degrees; 4 classes),
1500 images with noise 0.3 and 2% random labels (seed 1850); 5-class Gaussian quantiles in 1011
dimensions (3090 samples); a 1014-feature 5-class set (2170 samples, 30 informative, 12
redundant, class separation 8.0); a 1017-feature Friedman-1 regression (1740 samples, noise
0.8); an appenzeller maker's batch stage CSV (curdling, pressing, brine bathing, herb-brine
ageing: 4 classes from 7 readings, ``appenzeller_batch_stage_h185``, seed 1851) and a heritage
steam-train firm's passengers a day regression CSV (in the hundreds,
``daily_steamtrain_passengers_h185``, seed 1852); the sklearn sets use random states 1853 to
1855. Script cases use plain Adamax, Adam with betas (0.8, 0.99) and SGD with Nesterov momentum
0.9 (settings no script of :mod:`.heldout182` or :mod:`.heldout183` uses) on wine, iris, breast
cancer, digits, moons, circles and the sine; every script case holds a hidden width of 1120 to
1129. Runner optimisers: Adam (with an L1 penalty on the Friedman regression, with weight decay
0.05 in the one-unit run), AdamW, plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta,
plain SGD, SGD with momentum 0.8 or 0.9, SGD with Nesterov momentum 0.9. Each fault pairs its
mechanism with another optimiser, activation, model or data set than :mod:`.heldout135` did
(every data set here is new): divergence under SGD with momentum 0.8 in a ReLU net on the
unscaled steam-train passengers and under plain RMSprop at LR 50 in a tanh net on the quantiles,
exploding gradients in a 9-layer ELU net with N(0, 1) init under plain SGD at LR 1e-12 on the
1014-feature set, units killed by Adam at LR 0.4 in the sousaphone CNN, a high update ratio from
Adam at LR 1.5 in a leaky-ReLU net on the appenzeller CSV, tiny learning rates under SGD with
momentum 0.9 (tanh, Friedman) and Adam (SiLU, appenzeller CSV), vanishing gradients under SGD
with momentum 0.9 in a 24-layer sigmoid net on the 1014-feature set, saturated tanh units with
N(0, 6) init under Adadelta on the quantiles, the sousaphone CNN with N(0, 0.04) init under SGD
with Nesterov momentum 0.9 (a slow start), the unshuffled 1014-feature set under Adagrad (leaky
ReLU), square error under RMSprop with momentum 0.3 (SELU), batch 1 under Adam (ELU), 45 rows of
the 1014-feature set under plain RMSprop (tanh, overfit, a gap), 34 rows of the Friedman
regression under Adagrad (ELU, a gap), 1 SELU unit under Adam with weight decay; the scripts:
Lightning's NaN on iris (Adamax) and stuck circles (Adam with betas), Trainer's NaN on wine
(Nesterov) and stuck moons (Adamax), Keras' NaN on digits (Adam with betas) and 20 rows of
digits (Nesterov, overfit, a gap), TensorBoard's NaN on breast cancer (Adamax) and 8 rows of
moons (Adam with betas, overfit, a gap), the loop's corrupt record on the sine (Nesterov) and
stuck digits (Adamax).

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
expected). Majority shares (the test confusion matrices' rows): 0.2005 on the 1014-feature set,
0.2006 on the quantiles, 0.2655 on the appenzeller CSV, 0.2533 on the sousaphone images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (appenzeller CSV), 0.9977
(1014-feature set), 0.9767 (sousaphone images), 0.2055 (quantiles); R2 -3.147 (Friedman: the
linear baseline overfits the 1017 features), 0.9529 (steam-train CSV).

Measured healthy ranges (runner): update ratio quarter means 1.4e-5 (the tanh MLP with Nesterov
momentum on the 1014-feature set) to 0.058 (the tanh MLP on the Friedman regression), single
steps at most 0.553 (the ReLU MLP with Adagrad on the 1014-feature set); the
``update_ratio_high`` run reaches quarter means of 0.25 with single steps up to 15; the
``update_ratio_low`` runs log quarter means of at most 9.8e-9 and 8.7e-11 (0 in two layers). Dead
fraction 0 in every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the Adam-killed CNN's
second convolution and dense units 1.0, the slow start's dense units up to 0.29, the exploding
run's deep layers up to 0.22, the 34-row Friedman regression's second layer 0.25); saturated
fraction at most 0.0126 (the tanh MLP with Nesterov momentum on the 1014-feature set); the
saturated run's 0.990 and 0.944, the quantile divergence's 0.9998 and 1.0, the 45-row overfit
run's 0.38 and 0.44. Gradient norms at least 0.0069 (the tanh MLP with Nesterov momentum on the
1014-feature set) and at most 309 (the Friedman regression; at most 5.7 on the 1014-feature set),
first norms at least 0.125 (the sigmoid MLP with Adam on the appenzeller CSV); the vanishing
run's down to 2.2e-21, the exploding run's 6.1e5 to 4.5e6, the slow start's first 4.7e-3 to
5.8e-3. The step loss's position in the epoch explains at most 28% of the within-epoch variance
over the second half in the healthy runner runs (the sigmoid MLP with Adam on the appenzeller
CSV); the unshuffled run 99.8%. The standard deviation of the step loss's step-to-step change
over the second half is at most 1.14 times its mean in the healthy runner runs (the ReLU MLP with
Adagrad on the 1014-feature set) and 1.71 in the healthy scripts (the loop's breast cancer); the
batch-1 run's is 8.3. Healthy scores: accuracy 1.0 on the appenzeller CSV (every split, every
run), 0.9539-0.9977 on the 1014-feature set (test 0.9677-0.9954; training 1.0), R2 0.5219 on the
Friedman regression (test 0.4908, training 0.6738); scripts (validation): wine 1.0 and 1.0,
breast cancer 0.9561, 0.9649 and 0.9649, circles 0.9921 and 0.9848, digits 0.9694 and 0.9777,
iris 0.9667 and 0.9667, moons 0.9615 and 0.9478. Every healthy run's validation loss is lowest at
its end but Trainer's iris (epoch 19 of 20, 0.16% above it), Trainer's moons (epoch 18 of 20,
0.07% above it) and Lightning's digits (epoch 10 of 12, 0.013% above it).

Changes after the first run: on the 1014-feature set with class separation 6.0 the healthy SELU
(Adam), ELU (AdamW) and SiLU (RMSprop) MLPs reached 0.9401, 0.9355 and 0.9562 against a baseline
of 0.9954 (at LR 3e-4 or 2e-4 0.924 to 0.933, with weight decay 0.1 0.9355), so the set took
class separation 8.0 (0.9539 to 0.9977 against 0.9977) and every case on it was trained again and
labelled from that run. The 45-row overfit run as a leaky-ReLU MLP ended only 2.3% above its
epoch-63 validation loss (LR 3e-3: 11.5% above its epoch-4 minimum), so it became a tanh MLP at
LR 1e-3 (68% above its epoch-3 minimum). The one-unit run without weight decay ended 26% above
its epoch-4 validation loss while its training loss fell (an overfit, not the underfit it is
for), at LR 1e-3 its loss still fell with the validation loss lowest at the end, so it took
weight decay 0.05 at LR 0.01 (the loss flat at 0.94 to 0.97, training accuracy 0.5561).
TensorBoard's circles (Nesterov at LR 0.05, 20 epochs) ended 7.1 times its epoch-19 validation
loss, at LR 0.01 (15 epochs) 2% above its epoch-11 minimum, so LR 5e-3; Trainer's iris at LR 0.05
ended 3.5 times its epoch-9 minimum, at LR 0.01 2.3% above its epoch-16 minimum, so LR 5e-3;
Lightning's wine at LR 0.02 ended 18% above its epoch-5 minimum, at LR 5e-3 8.8% above its
epoch-12 minimum, so LR 2e-3; Keras' and the loop's breast cancer at LR 0.01 ended 0.46% and
0.67% above their epoch-10 minima, so LR 5e-3; Keras' moons (Adamax, 15 epochs) reached only
0.9179 with its loss still falling, so 25 epochs (0.9478); each then lowest at its end or as said
above. The ``update_ratio_high`` run trains on through its blow-up (``stop_on`` empty), as it did
here. Labels from the metrics: the sousaphone CNN's blow-up passed (its loss ends near ln 4,
1.414 for the last epoch), so ``divergence`` is allowed there and the verdict is a training
problem; the test predictions fall in one class in the killed CNN (100%), the stuck appenzeller
run (100%) and the vanishing run (100%), so ``predictions_collapsed`` is expected there; 67% in
the exploding run and 70% in the unshuffled run (allowed there), 58% in the quantile divergence,
48% in the one-unit run and 25% in the saturated run (neither expected nor allowed); Lightning's
NaN iris (0.3333), Keras' NaN digits (0.1003), Lightning's stuck circles (0.4531, 0.047 below
0.5) and the loop's stuck digits (0.0919) score within 0.05 of the majority share
(``at_chance`` expected), Trainer's NaN wine (0.3333 against 0.3889), TensorBoard's NaN breast
cancer (0.3684 against 0.6316) and Trainer's stuck moons (0.2778 against 0.5) more than 0.05
below it (allowed); the vanishing run's epoch loss falls from 1.616 to 1.612 and stops at ln 5
(1.609), at chance, so ``not_training`` is expected; the unshuffled run's loss still falls with
the validation loss lowest at the end (``not_converged`` expected); the 34-row Friedman
regression's validation loss ends 0.04% above its epoch-9 minimum, so ``overfitting`` is allowed
there and ``generalisation_gap`` expected; Keras' 20 rows of digits end 14.6% above their
epoch-1 validation loss (up to 25% above it) while the training loss falls to 6.1e-5, so
``overfitting`` is expected there; the slow start sat at ln 4 for 5 epochs, so ``slow_start`` is
expected.

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

# a sousaphone in a 6x6 cell: a huge round bell facing forward over the right four columns of
# the top two rows (its mouth open), the big tube wound in a wide circle (a ring over the left five
# columns of the lower four rows) around the player's place, rising into the bell, and three
# small valves down the right column beside the ring; turned by 90 degrees for the others
_SOUSAPHONE_UP = np.array([[0, 0, 1, 1, 1, 1],
                           [0, 0, 1, 0, 0, 1],
                           [0, 1, 1, 1, 1, 0],
                           [1, 0, 0, 0, 1, 1],
                           [1, 0, 0, 0, 1, 1],
                           [0, 1, 1, 1, 0, 1]], dtype=float)
_SOUSAPHONES = turned(_SOUSAPHONE_UP)


def sousaphones(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 6x6 sousaphone glyph at a random place (4 classes: the sousaphone turned by 0,
    90, 180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_SOUSAPHONES, n, size, noise, flip, seed)


def _appenzeller_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """An appenzeller maker's batch stage (0 curdling, 1 pressing, 2 brine bathing, 3
    herb-brine ageing) from 7 readings."""
    n = 1450
    cls = rng.integers(0, 4, n)
    curd_c = np.array([38.0, 30.0, 14.0, 13.0])[cls] + rng.normal(0, 1.5, n)
    whey_ph = np.array([6.4, 5.6, 5.3, 5.5])[cls] + rng.normal(0, 0.15, n)
    press_bar = np.array([0.0, 4.0, 0.0, 0.0])[cls] + rng.normal(0, 0.4, n)
    salt_pct = np.array([0.0, 0.2, 20.0, 8.0])[cls] + rng.normal(0, 1.2, n)
    herb_rubs = np.array([0.0, 0.0, 0.0, 2.5])[cls] + rng.normal(0, 0.3, n)
    room_c = rng.uniform(10.0, 25.0, n)
    cellar_hands = rng.integers(1, 6, n).astype(float)
    return (["curd_c", "whey_ph", "press_bar", "salt_pct", "herb_rubs", "room_c",
             "cellar_hands", "stage"],
            np.column_stack([curd_c, whey_ph, press_bar, salt_pct, herb_rubs, room_c,
                             cellar_hands, cls]))


def _steamtrain_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A heritage steam-train firm's passengers a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-2.0, 32.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    carriages = rng.integers(3, 10, n).astype(float)
    gala_day = rng.integers(0, 2, n).astype(float)
    school_holiday = rng.integers(0, 2, n).astype(float)
    tourist_pct = rng.uniform(20.0, 95.0, n)
    passengers = (140 + 5.0 * temp_c - 4.5 * rain_mm + 24.0 * carriages + 110.0 * gala_day
                  + 60.0 * school_holiday + 1.5 * tourist_pct + 45.0 * (weekday >= 5)
                  + rng.normal(0, 22.0, n))
    return (["weekday", "temp_c", "rain_mm", "carriages", "gala_day", "school_holiday",
             "tourist_pct", "passengers"],
            np.column_stack([weekday, temp_c, rain_mm, carriages, gala_day, school_holiday,
                             tourist_pct, passengers]))


def _appenzeller(**sections: Any) -> Any:
    return _csv("appenzeller_batch_stage_h185", _appenzeller_csv, "stage", "classification",
                1851, **sections)


def _steamtrain(**sections: Any) -> Any:
    return _csv("daily_steamtrain_passengers_h185", _steamtrain_csv, "passengers",
                "regression", 1852, **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with (plain) Adamax."""
    return _s(data, optim="adamax", **kw)


def _betas(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adam with betas (0.8, 0.99)."""
    return _s(data, optim="adam", optim_args={"betas": (0.8, 0.99)}, **kw)


def _nest(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with Nesterov momentum 0.9."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.9, "nesterov": True}, **kw)


MOM8 = {"momentum": 0.8}
MOM9 = {"momentum": 0.9}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout185"
SO4 = _factory(f"{HERE}:sousaphones", seed=1850)
GQ51011 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3090,
                   n_features=1011, n_classes=5, random_state=1853)
CL1014 = _factory("sklearn.datasets:make_classification", n_samples=2170, n_features=1014,
                  n_informative=30, n_redundant=12, n_classes=5, class_sep=8.0,
                  random_state=1854)
FR1017 = _factory("sklearn.datasets:make_friedman1", n_samples=1740, n_features=1017,
                  noise=0.8, random_state=1855)
SCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h185_divergence_steamtrain_momentum8_relu", "the steam-train passengers CSV (targets "
         "unscaled, in the hundreds), 28-unit ReLU MLP, SGD with momentum 0.8 at LR 0.02, "
         "batch 25",
         _steamtrain(model={"hidden": [28]},
                     optim={"name": "sgd", "lr": 0.02, **MOM8},
                     train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 2.5e5 at first, 9.5e8 at step 3 and Inf at step 5, "
                      "where the run stops"), verdict="failed"),
    Case("h185_divergence_gq51011_rmsprop_lr50_tanh", "44x17 tanh MLP on the 5-class quantiles "
         "in 1011 dimensions, plain RMSprop at LR 50, batch 35",
         {"data": GQ51011, "model": {"hidden": [44, 17], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 50.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.56 at first, up to 4007 and 206 at the last step "
                      "(epoch losses 944, 452 and 390); 99.98% and 100% of the tanh units "
                      "saturated, so the hidden layers' gradients fall to 0 after the first steps "
                      "(quarter-mean update ratios 690, then 0); accuracy 0.2055 (test 0.178) at "
                      "the majority share (0.2006); 57.9% of the test predictions in one class"),
         verdict="failed"),
    Case("h185_exploding_cl1014_9x27_elu_std1_sgd", "9x27 ELU MLP with N(0, 1) init on the "
         "1014-feature set, plain SGD at LR 1e-12, batch 39",
         {"data": CL1014, "model": {"hidden": [27] * 9, "activation": "elu",
                                    "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data", "predictions_collapsed"),
         why_allowed=("the epoch loss 3.96e6 at every epoch; every gradient norm 6.1e5 to 4.5e6 "
                      "(healthy at most 309); quarter-mean update ratios 2.7e-9 to 1.8e-7, a side "
                      "effect of the LR; up to 22% of a deep layer's ELU units logged dead; "
                      "accuracy 0.2028 (test 0.1959) at the majority share (0.2005); 67% of the "
                      "test predictions in one class"), verdict="failed"),
    Case("h185_dead_relu_sousaphone_cnn_adam_lr04", "the sousaphone CNN (9, 12 channels, 24 "
         "hidden), Adam at LR 0.4, batch 27",
         {"data": SO4, "model": SCNN,
          "optim": {"name": "adam", "lr": 0.4},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.385 to 1296 in epoch 1 (epoch loss 40.6), then "
                      "sits near ln 4 (epoch losses 1.426 and 1.414; 1.445 at the last step, 4% "
                      "above the first), so the blow-up passed and divergence is not clearly the "
                      "end state; gradient norms 0 to 888 and quarter-mean update ratios up to "
                      "0.34 (healthy at most 0.058), single steps up to 6.2; every channel of the "
                      "second convolution and every dense unit logged dead (healthy runs 0); "
                      "accuracy 0.2533 at the majority share (0.2533), every test prediction in "
                      "one class"), verdict=TP),
    Case("h185_update_ratio_high_appenzeller_adam_leaky", "Adam at LR 1.5 on the appenzeller "
         "batch CSV, 35 leaky-ReLU units, batch 24, 8 epochs",
         _appenzeller(model={"hidden": [35], "activation": "leaky_relu"},
                      optim={"name": "adam", "lr": 1.5},
                      train={"epochs": 8, "batch_size": 24}, diagnose=NOSTOP),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.25, single "
                      "steps up to 15; the healthy runs at most 0.058 and 0.55), yet accuracy 1.0; "
                      "the step loss jumps to 17.1 in epoch 1 and is 0 from epoch 3 on, so later "
                      "gradients are 0 and the last quarter's update ratios 0 to 9e-12"),
         verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h185_momentum9_lr1e10_fr1017_tanh", "the 1017-feature Friedman regression, 41x15 "
         "tanh MLP, SGD with momentum 0.9 at LR 1e-10, batch 32, 4 epochs",
         {"data": FR1017, "model": {"hidden": [41, 15], "activation": "tanh"},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW, why_allowed=("R2 -8.82, far below the healthy run (0.5219); the epoch "
                                         "loss 244.9 at every epoch; quarter-mean update ratios at "
                                         "most 9.8e-9 (healthy at least 1.4e-5); the step loss's "
                                         "position in the epoch explains 50% of its within-epoch "
                                         "variance, the same batches meeting the same weights"),
         verdict=TP),
    Case("h185_adam_lr1e10_appenzeller_silu", "the appenzeller batch CSV, 32x13 SiLU MLP, "
         "Adam at LR 1e-10, batch 27, 4 epochs",
         _appenzeller(model={"hidden": [32, 13], "activation": "silu"},
                      optim={"name": "adam", "lr": 1e-10},
                      train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW, why_allowed=("the epoch loss 1.386 at every epoch; update ratios 0 in "
                                         "two layers and at most 8.7e-11 in the third (healthy "
                                         "quarter means at least 1.4e-5); the step loss's position "
                                         "in the epoch explains 49% of its within-epoch variance "
                                         "(the weights never move); accuracy 0.2655 at the "
                                         "majority share (0.2655), every test prediction in one "
                                         "class"), verdict=TP),
    Case("h185_vanishing_sigmoid_cl1014_24x10_momentum9", "24x10 sigmoid MLP on the "
         "1014-feature set, SGD with momentum 0.9 at LR 0.01, batch 41, 4 epochs",
         {"data": CL1014, "model": {"hidden": [10] * 24, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 2.2e-21 to 2.5e-20 (healthy at least "
                      "0.0069), growing about tenfold a layer towards the output, so the first 17 "
                      "layers' update ratios are 0; momentum still moves the last layers (quarter "
                      "means up to 0.0049), so the epoch loss goes from 1.616 to 1.612 (ln 5 is "
                      "1.609) and no further; the step loss's position in the epoch explains 49% "
                      "of its within-epoch variance; accuracy 0.2005 at the majority share "
                      "(0.2005), every test prediction in one class"), verdict=TP),
    Case("h185_saturated_tanh_gq51011_std6_adadelta", "2x30 tanh MLP with N(0, 6) init on "
         "the quantiles, Adadelta at LR 1e-9, batch 33",
         {"data": GQ51011, "model": {"hidden": [30, 30], "activation": "tanh",
                                     "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.0% and 94.4% of the tanh units saturated (healthy at most 1.3%); update "
                      "ratios logged 0, a side effect of the LR; the huge weights give gradient "
                      "norms up to 242 (the healthy runs on the 1014-feature set at most 5.7, on "
                      "the Friedman regression 309); the epoch loss 38.28 at every epoch, far "
                      "above ln 5; the step loss's position explains 48% of its within-epoch "
                      "variance; accuracy 0.1942 against a majority share of 0.2006; the test "
                      "predictions spread (at most 25% in one class)"), verdict=TP),
    Case("h185_slow_start_sousaphone_cnn_nesterov9_std004", "the sousaphone CNN with N(0, "
         "0.04) init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 28, 20 epochs",
         {"data": SO4, "model": {**SCNN, "init": "normal", "init_std": 0.04},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.385 to 1.394) for the first 5 epochs, then "
                      "falls (0.0354 at epoch 20); the validation loss ends 2.9% above its "
                      "epoch-16 minimum; the first gradient norms 4.7e-3 to 5.8e-3 (healthy first "
                      "norms at least 0.125); the step loss swings 1.54 times its mean over the "
                      "second half (healthy runner runs at most 1.14); up to 29% of the dense ReLU "
                      "units logged dead (healthy 0); accuracy 0.9733 (test 0.9633) about the "
                      "baseline (0.9767)"), verdict=TP),
    Case("h185_unshuffled_cl1014_adagrad_leaky", "the 1014-feature set sorted by label, never "
         "shuffled, 42x21 leaky-ReLU MLP, Adagrad at LR 1e-3, batch 33, 8 epochs",
         {"data": {**CL1014, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training",
                "predictions_collapsed"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 28%); accuracy 0.318 (test 0.3088, "
                      "training 0.5192), far below the healthy runs (0.9539 and up), with the "
                      "epoch loss still falling (1.452 to 1.433 in the last epoch) and the "
                      "validation loss lowest at the end, so not yet underfitting; 69.6% of the "
                      "test predictions in one class"), verdict=TP),
    Case("h185_mse_softmax_appenzeller_rmsprop_momentum3_selu", "the appenzeller batch CSV "
         "trained with square error on the softmax, RMSprop with momentum 0.3 at LR 1e-3, 29x13 "
         "SELU MLP, batch 25, 10 epochs",
         _appenzeller(model={"hidden": [29, 13], "activation": "selu"},
                      optim={"name": "rmsprop", "lr": 1e-3, **RMOM3},
                      train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "7.4e-5 at the end, so gradients down to 1.1e-4 (healthy at least 0.0069); "
                      "the step loss swings 0.58 times its mean (healthy runner runs up to 1.14); "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h185_noisy_cl1014_b1_adam_elu", "the 1014-feature set one row at a time (batch 1), "
         "Adam at LR 5e-4, 21-unit ELU MLP, 2 epochs",
         {"data": CL1014, "model": {"hidden": [21], "activation": "elu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 8.3 times its mean over the second half (healthy "
                      "runner runs at most 1.14, healthy scripts 1.71), up to 5.05 from near 0; "
                      "single-row gradients up to 35.6 (healthy on this set at most 5.7); accuracy "
                      "0.9977 (test 0.9908, training 1.0), like the healthy runs"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h185_overfit_cl1014_subset45_rmsprop_tanh", "45 rows of the 1014-feature set, "
         "tanh MLP of 168 and 84 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL1014, "subset": 45},
          "model": {"hidden": [168, 84], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("45 rows teach less than every row: accuracy 0.5876 (training 1.0; the "
                      "healthy runs 0.9539 and up, the baseline on the 45 rows 0.6705); the "
                      "validation loss lowest at epoch 3 of 150 (1.137), 68% above it at the end "
                      "(1.908); the epoch loss at 1.5e-6 can fall no further that matters, so "
                      "gradients fall to 7.7e-7 (healthy at least 0.0069); 38% and 44% of the tanh "
                      "units saturated (healthy at most 1.3%)"), verdict=GP),
    Case("h185_gap_fr1017_subset34_adagrad_elu", "34 rows of the 1017-feature Friedman "
         "regression, ELU MLP of 160 and 80 units, Adagrad at LR 0.05, 80 epochs, batch 4",
         {"data": {**FR1017, "subset": 34},
          "model": {"hidden": [160, 80], "activation": "elu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting", "divergence",
                "exploding_gradients", "dead_relu", "update_ratio_high", "update_ratio_low",
                "vanishing_gradients"),
         why_allowed=("34 rows teach less (R2 -5.84, training 1.0; the healthy run 0.5219); the "
                      "validation loss, lowest at epoch 9 of 80 (167.3), ends 0.04% above it, so "
                      "overfitting is not clear; the epoch loss jumps to 2406 in epoch 2 (from "
                      "255.5), then falls to 1e-12, so the blow-up passed; gradient norms up to "
                      "7.8e4 (healthy at most 309) and single update ratios up to 2.8 (healthy "
                      "0.55), then 0 with the loss (last quarter means 2e-9); the step loss swings "
                      "1.83 times its mean; 25% of the second layer's ELU units logged dead "
                      "(healthy 0)"), verdict=GP),
    Case("h185_underfit_cl1014_one_selu_unit_adam", "the 1014-feature set through 1 SELU "
         "unit, Adam at LR 0.01 with weight decay 0.05, batch 36, 15 epochs",
         {"data": CL1014, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "adam", "lr": 0.01, "weight_decay": 0.05},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SELU unit held back by weight decay cannot hold the classes: training "
                      "accuracy 0.5561 (the healthy runs 1.0), accuracy 0.5346 (test 0.5714); the "
                      "epoch loss flat (0.94 to 0.97 over the last 10 epochs), the validation loss "
                      "1.8% above its epoch-14 minimum; the one unit's update ratios (quarter "
                      "means up to 0.040, single steps 0.545) near the healthy extreme (0.058 and "
                      "0.553); 48% of the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h185_lightning_iris_adamax_lr1e20_nan", "Lightning: iris, Adamax at LR 1e20, 1120 "
         "units, batch 8, 3 epochs",
         script=lightning_run(_adamax("iris", hidden=(1120,), lr=1e20, epochs=3,
                                      batch_size=8)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on three "
                      "balanced classes"), verdict="failed"),
    Case("h185_lightning_circles_betas_lr1e10_stuck", "Lightning: circles (640 points, noise "
         "0.1), Adam with betas (0.8, 0.99) at LR 1e-10, 1121 units, batch 20, 3 epochs",
         script=lightning_run(_betas("circles", hidden=(1121,), lr=1e-10, epochs=3,
                                     batch_size=20, n=640, noise=0.1)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 0.7263 at every epoch; accuracy 0.4531 (training 0.5078) at "
                      "its initial weights, 0.047 below the majority share (0.5), far below the "
                      "healthy circles (0.9848 and up)"), verdict=TP),
    Case("h185_hf_trainer_wine_nesterov_lr1e20_nan", "Hugging Face Trainer names: wine, SGD "
         "with Nesterov momentum 0.9 at LR 1e20 (decaying linearly), 1122 units, batch 10, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_nest("wine", hidden=(1122,), lr=1e20, epochs=3,
                                     batch_size=10), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3333, 0.056 "
                      "below the majority share (0.3889)"), verdict="failed"),
    Case("h185_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.2), Adamax at LR 1e-10 (decaying linearly), 1123 units, batch 18, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("moons", hidden=(1123,), lr=1e-10, epochs=3,
                                       batch_size=18, n=630, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.8263 at every evaluation; accuracy 0.2778 at its "
                      "initial weights, far below the majority share (0.5) and the healthy moons "
                      "(0.9478 and up)"), verdict=TP),
    Case("h185_keras_digits_betas_lr1e20_nan", "Keras names: digits, Adam with betas (0.8, "
         "0.99) at LR 1e20, 1124 units, batch 24, 3 epochs",
         script=keras_run(_betas("digits", hidden=(1124,), lr=1e20, epochs=3,
                                 batch_size=24)),
         tool="keras", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.1003, the majority share"),
         verdict="failed"),
    Case("h185_keras_digits_subset20_nesterov_gap", "Keras names: 20 rows of digits, 1125 "
         "units, SGD with Nesterov momentum 0.9 at LR 0.02, 150 epochs, batch 2",
         script=keras_run(_nest("digits", hidden=(1125,), lr=0.02, epochs=150, batch_size=2,
                                subset=20)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.4763, training 1.0; the healthy "
                      "digits 0.9694 and up); the validation loss lowest at epoch 1 of 150 "
                      "(4.335), up to 25% above it and 14.6% above it at the end while the "
                      "training loss falls to 6.1e-5"), verdict=GP),
    Case("h185_tensorboard_breast_cancer_adamax_lr1e20_nan", "TensorBoard tags: breast cancer, "
         "Adamax at LR 1e20, 1126 units, batch 19, 3 epochs",
         script=tensorboard_run(_adamax("breast_cancer", hidden=(1126,), lr=1e20, epochs=3,
                                        batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h185_tensorboard_moons_subset8_betas_gap", "TensorBoard tags: 8 rows of moons (660 "
         "points, noise 0.3), 1127 units, Adam with betas (0.8, 0.99) at LR 3e-3, 150 epochs, "
         "batch 2",
         script=tensorboard_run(_betas("moons", hidden=(1127,), lr=3e-3, epochs=150,
                                       batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7424, training 1.0; the healthy "
                      "moons 0.9478 and up); the validation loss lowest at epoch 7 of 150 (0.478), "
                      "5.6 times it at the end; the step loss near 0 swings 1.64 times its mean"),
         verdict=GP),
    Case("h185_plain_corrupt_record_sine_nesterov", "hand-written loop: sine regression with "
         "noise 0.2 (640 points), SGD with Nesterov momentum 0.9 at LR 1e-4, 1128 units, batch "
         "22, a corrupt record (x = 1e30) at step 13 makes the loss Inf",
         script=plain_run(_nest("sine", hidden=(1128,), lr=1e-4, epochs=3, batch_size=22,
                                n=640, noise=0.2), corrupt_step=13),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=13),
    Case("h185_plain_digits_adamax_lr1e10_stuck", "hand-written loop: digits, Adamax at LR "
         "1e-10, 1129 units, batch 23, 4 epochs",
         script=plain_run(_adamax("digits", hidden=(1129,), lr=1e-10, epochs=4,
                                  batch_size=23)),
         tool="pytorch", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the validation loss 2.409 at every epoch; accuracy 0.0919, 0.008 below the "
                      "majority share (0.1003), far below the healthy digits (0.9694 and up)"),
         verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy185_appenzeller_relu_adamw_b24",
       _appenzeller(model={"hidden": [41]},
                    optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 24})),
    _h("healthy185_appenzeller_tanh_adam_b27",
       _appenzeller(model={"hidden": [37], "activation": "tanh"},
                    optim={"lr": 2e-3, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 27})),
    _h("healthy185_appenzeller_elu_adagrad_b30",
       _appenzeller(model={"hidden": [44], "activation": "elu"},
                    optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 30})),
    _h("healthy185_appenzeller_leaky_rmsprop_b26",
       _appenzeller(model={"hidden": [39], "activation": "leaky_relu"},
                    optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 26})),
    _h("healthy185_appenzeller_selu_nesterov9_b23",
       _appenzeller(model={"hidden": [33], "activation": "selu"},
                    optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 23})),
    _h("healthy185_appenzeller_silu_momentum9_b32",
       _appenzeller(model={"hidden": [31], "activation": "silu"},
                    optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 32})),
    _h("healthy185_appenzeller_sigmoid_adam_b29",
       _appenzeller(model={"hidden": [28], "activation": "sigmoid"},
                    optim={"lr": 3e-3, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 29})),
    _h("healthy185_appenzeller_relu_adadelta_b34",
       _appenzeller(model={"hidden": [46]},
                    optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                    train={"epochs": 12, "batch_size": 34})),
    _h("healthy185_fr1017_tanh_adam_l1_b25",
       {"data": FR1017, "model": {"hidden": [55], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 25}}),
    _h("healthy185_cl1014_selu_adam_b28",
       {"data": CL1014, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 28}}),
    _h("healthy185_cl1014_elu_adamw_b30",
       {"data": CL1014, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 30}}),
    _h("healthy185_cl1014_relu_adagrad_b25",
       {"data": CL1014, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 25}}),
    _h("healthy185_cl1014_silu_rmsprop_b34",
       {"data": CL1014, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 34}}),
    _h("healthy185_cl1014_tanh_nesterov9_b23",
       {"data": CL1014, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 23}}),
    _h("healthy185_cl1014_leaky_momentum9_b37",
       {"data": CL1014, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 37}}),
    _hs("healthy185_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(1121,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy185_tensorboard_breast_cancer_betas",
        tensorboard_run(_betas("breast_cancer", hidden=(1124,), lr=5e-4, epochs=12,
                               batch_size=21)), "tensorboard"),
    _hs("healthy185_tensorboard_circles_nesterov",
        tensorboard_run(_nest("circles", hidden=(1127,), lr=5e-3, epochs=15, batch_size=19,
                              n=630, noise=0.1)), "tensorboard"),
    _hs("healthy185_hf_trainer_digits_adamax",
        hf_trainer_run(_adamax("digits", hidden=(1120,), lr=2e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy185_hf_trainer_iris_nesterov",
        hf_trainer_run(_nest("iris", hidden=(1123,), lr=5e-3, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy185_hf_trainer_moons_betas",
        hf_trainer_run(_betas("moons", hidden=(1126,), lr=1e-3, epochs=20, batch_size=21,
                              n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy185_keras_breast_cancer_nesterov",
        keras_run(_nest("breast_cancer", hidden=(1129,), lr=5e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy185_keras_moons_adamax",
        keras_run(_adamax("moons", hidden=(1122,), lr=2e-3, epochs=25, batch_size=19, n=670,
                          noise=0.2)), "keras"),
    _hs("healthy185_lightning_digits_betas",
        lightning_run(_betas("digits", hidden=(1125,), lr=1e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy185_lightning_wine_nesterov",
        lightning_run(_nest("wine", hidden=(1128,), lr=2e-3, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy185_plain_iris_adamax",
        plain_run(_adamax("iris", hidden=(1120,), lr=3e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy185_plain_circles_betas",
        plain_run(_betas("circles", hidden=(1123,), lr=2e-3, epochs=12, batch_size=18, n=660,
                         noise=0.1)), "pytorch"),
    _hs("healthy185_plain_breast_cancer_nesterov",
        plain_run(_nest("breast_cancer", hidden=(1126,), lr=5e-3, epochs=12, batch_size=20)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
