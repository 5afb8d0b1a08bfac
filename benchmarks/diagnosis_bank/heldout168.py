"""The hundred-and-sixty-eighth held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout169` (not looked at), after the measurement of
:mod:`.heldout164` and :mod:`.heldout165`, by someone who saw no diagnosis of its runs. New data:
a 10x10 image set of castanets (two round shell halves side by side, a line between them, hinged
at the top by a short cord loop that sticks out above them, in a 7x7 cell, turned by 0, 90, 180
or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random labels (seed 1680); 5-class
Gaussian quantiles in 841 dimensions (3070 samples); an 844-feature 5-class set (2150 samples, 30
informative, 12 redundant, class separation 5.5); an 847-feature Friedman-1 regression (1710
samples, noise 0.8); a beaufort maker's batch stage CSV (curdling, cooking, pressing, ripening: 4
classes from 7 readings, ``beaufort_batch_stage_h168``, seed 1681) and a quad-bike tour firm's
riders a day regression CSV (in the hundreds, ``daily_quadbike_riders_h168``, seed 1682); the
sklearn sets use random states 1683 to 1685. Script cases use plain Adamax, Adagrad with an
initial accumulator of 0.1 and SGD with momentum 0.95 (settings no script of :mod:`.heldout166`
or :mod:`.heldout167` uses) on wine, iris, breast cancer, digits, moons, circles and the sine;
every script case holds a hidden width of 950 to 959. Runner optimisers: Adam (with an L1
penalty on the Friedman regression and, at 1e-3, in the healthy runs on the 844-feature set),
AdamW, plain RMSprop, RMSprop with momentum 0.3, Adagrad, Adadelta, SGD with momentum 0.8 or
0.9, SGD with Nesterov momentum 0.9. Each fault pairs its mechanism with another optimiser,
activation, model or data set than :mod:`.heldout135` did (every data set here is new):
divergence under SGD with momentum 0.8 in a ReLU net on the unscaled quad-bike riders and under
RMSprop with momentum 0.3 at LR 10 in an ELU net on the quantiles, exploding gradients in a
9-layer ReLU net with N(0, 1) init under Adadelta at LR 1e-9 on the 844-feature set, units
killed by SGD with Nesterov momentum 0.9 at LR 0.5 in the castanets CNN, a high update ratio
from Adam at LR 3 in a SiLU net on the beaufort CSV, tiny learning rates under Adadelta (ELU,
Friedman) and SGD with momentum 0.9 (ReLU, beaufort CSV), vanishing gradients under Adam in a
24-layer sigmoid net on the 844-feature set, saturated tanh units with N(0, 6) init under
Adadelta on the quantiles, the castanets CNN with N(0, 0.05) init under SGD with Nesterov
momentum 0.9 (a slow start), the unshuffled 844-feature set under plain RMSprop (tanh), square
error under Adam (SELU), batch 1 under Adam (ELU), 42 rows of the 844-feature set under Adam
(SiLU), 31 rows of the Friedman regression under plain RMSprop (ReLU), 1 ELU unit under Adam;
the scripts: Lightning's NaN on iris (Adamax) and stuck wine (momentum 0.95), Trainer's NaN on
digits (Adagrad) and stuck moons (Adamax), Keras' NaN on wine (momentum 0.95) and 20 rows of
digits (Adamax, a gap), TensorBoard's NaN on breast cancer (Adamax) and 8 rows of moons
(Adagrad, overfit, a gap), the loop's corrupt record on the sine (Adagrad) and stuck circles
(Adagrad).

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
expected). Majority shares (the test confusion matrices' rows): 0.2023 on the 844-feature set,
0.2003 on the quantiles, 0.2671 on the beaufort CSV, 0.2667 on the castanets images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer),
0.5 (moons, circles). Baselines (validation): accuracy 1.0 (beaufort CSV), 0.986 (844-feature
set), 0.9767 (castanets images), 0.1922 (quantiles); R2 -0.168 (Friedman), 0.951 (quad-bike
CSV).

Measured healthy ranges (runner): update ratio quarter means 2.4e-5 (the SELU MLP with Nesterov
momentum on the beaufort CSV) to 0.057 (the tanh MLP on the Friedman regression), single steps
at most 0.504 (the ReLU MLP with Adagrad on the 844-feature set, its first step); the
``update_ratio_high`` run reaches quarter means of 0.44 with single steps up to 29.5; the
``update_ratio_low`` runs log update ratios of at most 8.7e-13 and 2.2e-11. Dead fraction 0 in
every healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the killed CNN's second convolution 0.42
and dense units 1.0, the slow start's dense units up to 0.19, the quantile divergence's second
layer up to 0.79, the exploding run's deep layers up to 0.14, the 31-row Friedman regression's
second layer up to 0.39); saturated fraction at most 0.0022 (the tanh MLP on the beaufort CSV);
the saturated run's 0.990 and 0.949. Gradient norms at least 0.0072 (the SELU MLP with Nesterov
momentum on the beaufort CSV) and at most 242 (the Friedman regression; at most 4.6 on the
844-feature set), first norms at least 0.127 (the sigmoid MLP on the beaufort CSV); the vanishing
run's down to 1.3e-21, the exploding run's 1.2e6 to 1.8e7, the slow start's first 7.5e-3. The
step loss's position in the epoch explains at most 25% of the within-epoch variance over the
second half in the healthy runner runs (the ReLU MLP with Adadelta on the beaufort CSV) and 21%
in the healthy scripts (the loop's breast cancer); the unshuffled run 98%. The standard
deviation of the step loss's step-to-step change over the second half is at most 0.43 times its
mean in the healthy runner runs (the SELU MLP with Nesterov momentum on the beaufort CSV) and
1.07 in the healthy scripts (Lightning's wine); the batch-1 run's is 5.6. Healthy scores:
accuracy 1.0 on the beaufort CSV (every split, every run), 0.993 on the 844-feature set (every
run; test 0.9744-0.9791, training 0.9946-0.9961), R2 0.6245 on the Friedman regression (test
0.6093, training 0.8036); scripts (validation): wine 1.0 and 1.0, breast cancer 0.9649, 0.9561
and 0.9474, circles 1.0 and 0.9924, digits 0.9694 and 0.9666, iris 0.9667 and 0.9667, moons
0.9615 and 0.9403. Every healthy run's validation loss is lowest at its end but Trainer's iris
(epoch 19 of 20, equal to 4 digits), Trainer's moons (epoch 18 of 20, 1.8% above it),
TensorBoard's circles (epoch 13 of 15, 2.0% above it) and Keras' moons (epoch 13 of 15, 2.1%
above it), each jumping about a flat floor.

Changes after the first run: Adam at LR 1 on the beaufort CSV reached quarter-mean update ratios
of 0.17 (single steps 9.8), so LR 3 (0.44 and 29.5); the 24-layer sigmoid net under Adam at LR
1e-3 still fell 7.5% (1.752 to 1.621), so LR 1e-4 (1.796 to 1.763, 1.8%); the castanets CNN's
slow start over 20 epochs ended 34% above its epoch-8 validation loss, so 10 epochs (lowest at
the end); TensorBoard's circles (momentum 0.95 at LR 5e-3) ended 7.3% above its epoch-13
validation loss, so LR 3e-3; Keras' moons (Adagrad at LR 0.01) reached only 0.903, so LR 0.03
(0.9403). Labels from the metrics: the test predictions fall in one class in the quantile
divergence (99.7%), the exploding run (98.8%), the killed CNN (100%) and the vanishing run
(100%), so ``predictions_collapsed`` is expected there; 50% in the stuck beaufort run, 49% in the
one-unit run and 25% in the saturated run (neither expected nor allowed); the stuck beaufort run
scores 0.1952 against a majority share of 0.2671, Lightning's stuck wine 0.1389, Trainer's stuck
moons 0.375, Keras' NaN wine 0.3333, TensorBoard's NaN breast cancer 0.3684 and the loop's stuck
circles 0.4444, each more than 0.05 below its majority share (``at_chance`` allowed), while
Lightning's NaN iris (0.3333) and Trainer's NaN digits (0.1003) score at it (expected); the
killed CNN never blew up (its epoch loss 1.410, 1.407, 1.412 about ln 4), so ``divergence`` is
allowed there and the verdict is a training problem; the slow start sat at ln 4 for 4 epochs and
still fell 10% over its last epoch with the validation loss lowest at the end, so ``slow_start``
and ``not_converged`` are expected; the unshuffled run's loss still falls with the validation
loss lowest at the end (``not_converged`` expected); the 42-row overfit ended only 4.2% above its
epoch-3 validation loss and Keras' 20 rows of digits 3.9% above their epoch-20 minimum, so
``overfitting`` is allowed there and ``generalisation_gap`` expected; the 31-row Friedman
regression's validation loss is lowest at its first epoch while its training loss jumps about,
so ``overfitting`` is allowed there; TensorBoard's 8 rows of moons end 3.7 times their epoch-4
validation loss, so ``overfitting`` is expected there; the one-unit run's validation loss ends
12% above its epoch-3 minimum at training accuracy 0.6326, so it expects ``underfitting`` and
allows ``overfitting``.

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

# castanets in a 7x7 cell: a short cord loop sticking out at the top, hinged to two round shell
# halves side by side (a line between them); turned by 90 degrees for the others
_CASTANETS_UP = np.array([[0, 0, 1, 1, 1, 0, 0],
                          [0, 0, 1, 0, 1, 0, 0],
                          [0, 1, 1, 1, 1, 1, 0],
                          [1, 1, 1, 0, 1, 1, 1],
                          [1, 1, 1, 0, 1, 1, 1],
                          [1, 1, 1, 0, 1, 1, 1],
                          [0, 1, 1, 0, 1, 1, 0]], dtype=float)
_CASTANETS = turned(_CASTANETS_UP)


def castanets(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
              seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 7x7 castanets glyph at a random place (4 classes: the glyph turned by 0, 90, 180
    or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_CASTANETS, n, size, noise, flip, seed)


def _beaufort_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A beaufort maker's batch stage (0 curdling, 1 cooking, 2 pressing, 3 ripening) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    vat_c = np.array([33.0, 54.0, 30.0, 12.0])[cls] + rng.normal(0, 2.0, n)
    whey_ph = np.array([6.5, 6.2, 5.6, 5.2])[cls] + rng.normal(0, 0.12, n)
    moisture_pct = np.array([87.0, 70.0, 45.0, 36.0])[cls] + rng.normal(0, 3.0, n)
    press_kg = np.array([0.0, 0.0, 60.0, 0.0])[cls] + rng.normal(0, 4.0, n)
    rind_mm = np.array([0.0, 0.0, 0.5, 4.0])[cls] + rng.normal(0, 0.4, n)
    cellar_c = rng.uniform(8.0, 14.0, n)
    wheels = rng.integers(2, 12, n).astype(float)
    return (["vat_c", "whey_ph", "moisture_pct", "press_kg", "rind_mm", "cellar_c", "wheels",
             "stage"],
            np.column_stack([vat_c, whey_ph, moisture_pct, press_kg, rind_mm, cellar_c, wheels,
                             cls]))


def _quadbike_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A quad-bike tour firm's riders a day from 7 readings."""
    n = 1190
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-2.0, 33.0, n)
    rain_mm = rng.uniform(0.0, 25.0, n)
    bikes = rng.integers(10, 45, n).astype(float)
    holiday = rng.integers(0, 2, n).astype(float)
    guides = rng.integers(1, 6, n).astype(float)
    trail_mud_pct = rng.uniform(0.0, 100.0, n)
    riders = (90 + 4.0 * temp_c - 5.0 * rain_mm + 6.0 * bikes + 80.0 * holiday
              + 25.0 * guides - 0.8 * trail_mud_pct + 45.0 * (weekday >= 5)
              + rng.normal(0, 18.0, n))
    return (["weekday", "temp_c", "rain_mm", "bikes", "holiday", "guides", "trail_mud_pct",
             "riders"],
            np.column_stack([weekday, temp_c, rain_mm, bikes, holiday, guides, trail_mud_pct,
                             riders]))


def _beaufort(**sections: Any) -> Any:
    return _csv("beaufort_batch_stage_h168", _beaufort_csv, "stage", "classification", 1681,
                **sections)


def _quadbike(**sections: Any) -> Any:
    return _csv("daily_quadbike_riders_h168", _quadbike_csv, "riders", "regression", 1682,
                **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _adagrad(data: str, **kw: Any) -> Setup:
    """A script setup trained with Adagrad with an initial accumulator of 0.1."""
    return _s(data, optim="adagrad", optim_args={"initial_accumulator_value": 0.1}, **kw)


def _mom95(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with momentum 0.95."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.95}, **kw)


MOM9 = {"momentum": 0.9}
MOM8 = {"momentum": 0.8}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM3 = {"momentum": 0.3}
HERE = "benchmarks.diagnosis_bank.heldout168"
CA4 = _factory(f"{HERE}:castanets", seed=1680)
GQ5841 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3070, n_features=841,
                  n_classes=5, random_state=1683)
CL844 = _factory("sklearn.datasets:make_classification", n_samples=2150, n_features=844,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=5.5,
                 random_state=1684)
FR847 = _factory("sklearn.datasets:make_friedman1", n_samples=1710, n_features=847, noise=0.8,
                 random_state=1685)
CCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [21]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))

FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h168_divergence_quadbike_momentum8_relu", "the quad-bike riders CSV (targets "
         "unscaled, in the hundreds), 27-unit ReLU MLP, SGD with momentum 0.8 at LR 0.02, "
         "batch 25",
         _quadbike(model={"hidden": [27]},
                   optim={"name": "sgd", "lr": 0.02, **MOM8},
                   train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.05e5 at first and Inf at step 5, where the "
                      "run stops"),
         verdict="failed"),
    Case("h168_divergence_gq5841_rmsprop_momentum3_lr10_elu", "44x19 ELU MLP on the 5-class "
         "quantiles in 841 dimensions, RMSprop with momentum 0.3 at LR 10, batch 37",
         {"data": GQ5841, "model": {"hidden": [44, 19], "activation": "elu"},
          "optim": {"name": "rmsprop", "lr": 10.0, **RMOM3},
          "train": {"epochs": 3, "batch_size": 37}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.66 at first, up to 7.0e9 and 18.3 at the end "
                      "(epoch losses 3.3e8, 8.5e5 and 3.4e5); up to 79% of the second layer's "
                      "ELU units logged dead; accuracy 0.202 (test 0.1971) at the majority share"
                      " (0.2003)"),
         verdict="failed"),
    Case("h168_exploding_cl844_9x29_relu_std1_adadelta", "9x29 ReLU MLP with N(0, 1) init on "
         "the 844-feature set, Adadelta at LR 1e-9, batch 39",
         {"data": CL844, "model": {"hidden": [29] * 9, "init": "normal", "init_std": 1.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 9.0e6 at every epoch; every gradient norm 1.2e6 to 1.8e7 "
                      "(healthy at most 242); update ratios of at most 5e-13, most 0, a side "
                      "effect of the LR; up to 14% of a deep layer's units logged dead; accuracy "
                      "0.2 (test 0.1977) at the majority share (0.2023), 98.8% of the test "
                      "predictions in one class"),
         verdict="failed"),
    Case("h168_dead_relu_castanets_cnn_nesterov9_lr05", "the castanets CNN (9, 12 channels, 21 "
         "hidden), SGD with Nesterov momentum 0.9 at LR 0.5, batch 27",
         {"data": CA4, "model": CCNN,
          "optim": {"name": "sgd", "lr": 0.5, **NEST9},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps about ln 4 (1.13 to 1.63) and the epoch loss stays "
                      "there (1.410, 1.407, 1.412), so no blow-up is the end state; gradient "
                      "norms 0 at the end; quarter-mean update ratios up to 0.13 early (healthy at"
                      " most 0.057), single steps up to 0.75; 42% of the second convolution's "
                      "channels and every dense unit logged dead (healthy runs 0); accuracy "
                      "0.2533 against the majority share 0.2667, every test prediction in one "
                      "class"),
         verdict=TP),
    Case("h168_update_ratio_high_beaufort_adam_silu", "Adam at LR 3 on the beaufort batch CSV, "
         "33 SiLU units, batch 24, 8 epochs",
         _beaufort(model={"hidden": [33], "activation": "silu"},
                   optim={"name": "adam", "lr": 3.0},
                   train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.44, "
                      "single steps up to 29.5; the healthy runs at most 0.057 and 0.50), yet "
                      "accuracy 1.0 (test 0.9966); the step loss jumps to 219 in epoch 1 (epoch "
                      "loss 24.7) and is 0 from epoch 3 on, so later gradients and update ratios "
                      "are 0"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h168_adadelta_lr1e10_fr847_elu", "the 847-feature Friedman regression, 41x17 ELU "
         "MLP, Adadelta at LR 1e-10, batch 34, 4 epochs",
         {"data": FR847, "model": {"hidden": [41, 17], "activation": "elu"},
          "optim": {"name": "adadelta", "lr": 1e-10},
          "train": {"epochs": 4, "batch_size": 34}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"), allow=STUCK_ALLOW,
         why_allowed=("R2 -8.39, far below the baseline (-0.168 on validation) and the "
                      "healthy run (0.6245); the epoch loss 232.7 at every epoch; update ratios "
                      "at most 8.7e-13, most 0 (healthy at least 2.4e-5 in quarter means); the "
                      "step loss's position in the epoch explains 62% of its within-epoch "
                      "variance, the same batches meeting the same weights"),
         verdict=TP),
    Case("h168_momentum9_lr1e10_beaufort_relu", "the beaufort batch CSV, 32x15 ReLU MLP, SGD "
         "with momentum 0.9 at LR 1e-10, batch 27, 4 epochs",
         _beaufort(model={"hidden": [32, 15]},
                   optim={"name": "sgd", "lr": 1e-10, **MOM9},
                   train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low"), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.408 at every epoch; update ratios at most 2.2e-11 "
                      "(healthy at least 2.4e-5 in quarter means); the step loss's position in "
                      "the epoch explains 52% of its within-epoch variance; accuracy 0.1952, "
                      "0.072 below the majority share (0.2671); 50% of the test predictions in "
                      "one class"), verdict=TP),
    Case("h168_vanishing_sigmoid_cl844_24x12_adam", "24x12 sigmoid MLP on the 844-feature set, "
         "Adam at LR 1e-4, batch 43, 4 epochs",
         {"data": CL844, "model": {"hidden": [12] * 24, "activation": "sigmoid"},
          "optim": {"name": "adam", "lr": 1e-4},
          "train": {"epochs": 4, "batch_size": 43}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 1.3e-21 to 1.6e-20 (healthy at least "
                      "0.0072), growing about tenfold a layer towards the output, so their update "
                      "ratios are 0; Adam still moves the last layers, and the epoch loss goes "
                      "from 1.796 to 1.763 (1.8%); the step loss's position in the epoch explains "
                      "57% of its within-epoch variance; accuracy 0.2 at the majority share "
                      "(0.2023), every test prediction in one class"), verdict=TP),
    Case("h168_saturated_tanh_gq5841_std6_adadelta", "2x32 tanh MLP with N(0, 6) init on the "
         "quantiles, Adadelta at LR 1e-9, batch 35",
         {"data": GQ5841, "model": {"hidden": [32, 32], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "adadelta", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("99.0% and 94.9% of the tanh units saturated (healthy at most 0.22%); "
                      "update ratios 0, a side effect of the LR; the huge weights give gradient "
                      "norms up to 155 (healthy on the 844-feature set at most 4.6, on the "
                      "Friedman regression 242); the epoch loss 41.87 at every epoch, far above "
                      "ln 5; the step loss's position explains 52% of its within-epoch variance;"
                      " accuracy 0.2085 at the majority share (0.2003); the test predictions "
                      "spread (at most 25% in one class)"), verdict=TP),
    Case("h168_slow_start_castanets_cnn_nesterov9_std005", "the castanets CNN with N(0, 0.05) "
         "init, SGD with Nesterov momentum 0.9 at LR 0.05 (cosine), batch 30, 10 epochs",
         {"data": CA4, "model": {**CCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.05, **NEST9, "schedule": "cosine"},
          "train": {"epochs": 10, "batch_size": 30}},
         expect=("slow_start", "not_converged"),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu"),
         why_allowed=("the epoch loss sits at ln 4 (1.376 to 1.390) for the first 4 epochs, "
                      "then falls (0.102 to 0.0917 over the last epoch, 10%, the validation loss "
                      "lowest at the end, 0.2586 to 0.2422); the first gradient norms 7.5e-3 to "
                      "8.3e-3 (healthy first norms at least 0.127); up to 19% of the dense ReLU "
                      "units logged dead at first (healthy 0); accuracy 0.96 (test 0.9733) near "
                      "the baseline (0.9767)"), verdict=TP),
    Case("h168_unshuffled_cl844_rmsprop_tanh", "the 844-feature set sorted by label, never "
         "shuffled, 42x21 tanh MLP, plain RMSprop at LR 1e-4, batch 35, 8 epochs",
         {"data": {**CL844, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-4},
          "train": {"epochs": 8, "batch_size": 35}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 98% of its within-epoch "
                      "variance (healthy runner runs at most 25%); accuracy 0.7535 (test 0.6535,"
                      " training 0.9357), far below the healthy runs (0.993), with the epoch "
                      "loss still falling (1.155 to 1.099 in the last epoch) and the validation "
                      "loss lowest at the end, so not yet underfitting"),
         verdict=TP),
    Case("h168_mse_softmax_beaufort_adam_selu", "the beaufort batch CSV trained with square "
         "error on the softmax, Adam at LR 3e-3, 31x13 SELU MLP, batch 25, 10 epochs",
         _beaufort(model={"hidden": [31, 13], "activation": "selu"},
                   optim={"name": "adam", "lr": 3e-3},
                   train={"loss": "mse", "epochs": 10, "batch_size": 25}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "8.7e-5 at the end, so gradients down to 1.3e-4 (healthy at least 0.0072);"
                      " the step loss's position explains 27% of its within-epoch variance "
                      "(healthy up to 25%); the validation loss lowest at the end"),
         verdict=TP),
    Case("h168_noisy_cl844_b1_adam_elu", "the 844-feature set one row at a time (batch 1), "
         "Adam at LR 5e-4, 23-unit ELU MLP, 2 epochs",
         {"data": CL844, "model": {"hidden": [23], "activation": "elu"},
          "optim": {"name": "adam", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 5.6 times its mean (healthy runner runs at most "
                      "0.43, healthy scripts 1.07), up to 5.97 from near 0; single-row gradients"
                      " 7e-4 to 38 (healthy on this set at most 4.6); accuracy 0.986 (test "
                      "0.9558, training 1.0), like the healthy runs; the validation loss lowest "
                      "at the end of its 2 epochs"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h168_overfit_cl844_subset42_adam_silu", "42 rows of the 844-feature set, SiLU MLP "
         "of 171 and 87 units, Adam at LR 3e-3, 150 epochs, batch 4",
         {"data": {**CL844, "subset": 42},
          "model": {"hidden": [171, 87], "activation": "silu"},
          "optim": {"name": "adam", "lr": 3e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation", "dead_relu", "overfitting"),
         why_allowed=("42 rows teach less than every row: accuracy 0.5721 (training 1.0; "
                      "the healthy runs 0.993); the validation loss, lowest at epoch 3 of 150 "
                      "(1.099), ends at 1.145, only 4.2% above it, so overfitting is not clear; "
                      "the epoch loss at 5e-7 can fall no further that matters, so gradients fall"
                      " to 1e-12 (healthy at least 0.0072); the step loss near 0 swings 1.6 "
                      "times its mean"), verdict=GP),
    Case("h168_gap_fr847_subset31_rmsprop_relu", "31 rows of the 847-feature Friedman "
         "regression, ReLU MLP of 163 and 83 units, plain RMSprop at LR 1e-3, 80 epochs, batch 4",
         {"data": {**FR847, "subset": 31},
          "model": {"hidden": [163, 83]},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap",),
         allow=("underfitting", "not_converged", "noisy_loss", "overfitting",
                "exploding_gradients", "dead_relu"),
         why_allowed=("31 rows teach less (R2 -5.18, training 0.941; the healthy run "
                      "0.6245); the validation loss is lowest at epoch 1 of 80 (93.2) and ends at"
                      " 153.2 while the training loss itself jumps about (0.0027 at epoch 13, "
                      "1.44 at the end), so overfitting is not clear; the step loss swings 1.6 "
                      "times its mean and gradients reach 801 (healthy at most 242); up to 39% of"
                      " the second layer's ReLU units logged dead (healthy 0)"), verdict=GP),
    Case("h168_underfit_cl844_one_elu_unit_adam", "the 844-feature set through 1 ELU unit, "
         "Adam at LR 0.01, batch 38, 15 epochs",
         {"data": CL844, "model": {"hidden": [1], "activation": "elu"},
          "optim": {"name": "adam", "lr": 0.01},
          "train": {"epochs": 15, "batch_size": 38}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one ELU unit cannot hold the classes: training accuracy 0.6326 (the "
                      "healthy runs 0.9946 and up), accuracy 0.507 (test 0.493); the epoch loss "
                      "falls slowly (0.7434 to 0.7319 in the last epoch, 1.5%) while the "
                      "validation loss, lowest at epoch 3, ends 12% above it; the one unit's "
                      "single update ratio reaches 0.50 (healthy 0.50); 49% of the test "
                      "predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h168_lightning_iris_adamax_lr1e20_nan", "Lightning: iris, Adamax at LR 1e20, 950 "
         "units, batch 8, 3 epochs",
         script=lightning_run(_adamax("iris", hidden=(950,), lr=1e20, epochs=3, batch_size=8)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h168_lightning_wine_momentum95_lr1e10_stuck", "Lightning: wine, SGD with momentum "
         "0.95 at LR 1e-10, 951 units, batch 9, 3 epochs",
         script=lightning_run(_mom95("wine", hidden=(951,), lr=1e-10, epochs=3, batch_size=9)),
         tool="lightning", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the epoch loss 1.162 at every epoch; accuracy 0.1389, 0.25 below the "
                      "majority share (0.3889); the step loss's position in the epoch explains "
                      "69% of its within-epoch variance"), verdict=TP),
    Case("h168_hf_trainer_digits_adagrad_lr1e20_nan", "Hugging Face Trainer names: digits, "
         "Adagrad (initial accumulator 0.1) at LR 1e20 (decaying linearly), 952 units, batch 24,"
         " 3 epochs, logging every 2 steps",
         script=hf_trainer_run(_adagrad("digits", hidden=(952,), lr=1e20, epochs=3,
                                        batch_size=24), logging_steps=2),
         tool="transformers", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h168_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (640 "
         "points, noise 0.2), Adamax at LR 1e-10 (decaying linearly), 953 units, batch 19, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("moons", hidden=(953,), lr=1e-10, epochs=3,
                                       batch_size=19, n=640, noise=0.2), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.7589 at every evaluation; accuracy 0.375 at its "
                      "initial weights, 0.125 below the majority share (0.5); the logged loss's "
                      "position in the epoch explains 46% of its within-epoch variance"),
         verdict=TP),
    Case("h168_keras_wine_momentum95_lr1e20_nan", "Keras names: wine, SGD with momentum 0.95 "
         "at LR 1e20, 954 units, batch 10, 3 epochs",
         script=keras_run(_mom95("wine", hidden=(954,), lr=1e20, epochs=3, batch_size=10)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333, 0.056 below the "
                      "majority share (0.3889)"), verdict="failed"),
    Case("h168_keras_digits_subset20_adamax_gap", "Keras names: 20 rows of digits, 955 units, "
         "Adamax at LR 3e-3, 150 epochs, batch 2",
         script=keras_run(_adamax("digits", hidden=(955,), lr=3e-3, epochs=150, batch_size=2,
                                  subset=20)),
         tool="keras", expect=("generalisation_gap",),
         allow=("overfitting", "not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5599, training 1.0; the "
                      "healthy digits 0.9666 and up); the validation loss lowest at epoch 20 of "
                      "150 and only 3.9% above it at the end while the training loss falls to "
                      "6.7e-4, so overfitting is not clear"),
         verdict=GP),
    Case("h168_tensorboard_breast_cancer_adamax_lr1e20_nan", "TensorBoard tags: breast cancer,"
         " Adamax at LR 1e20, 956 units, batch 19, 3 epochs",
         script=tensorboard_run(_adamax("breast_cancer", hidden=(956,), lr=1e20, epochs=3,
                                        batch_size=19)),
         tool="tensorboard", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h168_tensorboard_moons_subset8_adagrad_gap", "TensorBoard tags: 8 rows of moons (660 "
         "points, noise 0.3), 957 units, Adagrad (initial accumulator 0.1) at LR 0.05, 150 "
         "epochs, batch 2",
         script=tensorboard_run(_adagrad("moons", hidden=(957,), lr=0.05, epochs=150,
                                         batch_size=2, n=660, noise=0.3, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7273, training 1.0; the "
                      "healthy moons 0.94 and up); the validation loss lowest at epoch 4 of 150 "
                      "(0.505), 3.7 times it at the end; the step loss near 0 swings 1.19 times "
                      "its mean"), verdict=GP),
    Case("h168_plain_corrupt_record_sine_adagrad", "hand-written loop: sine regression with "
         "noise 0.2 (620 points), Adagrad (initial accumulator 0.1) at LR 0.01, 958 units, "
         "batch 22, a corrupt record (x = 1e30) at step 12 makes the loss Inf",
         script=plain_run(_adagrad("sine", hidden=(958,), lr=0.01, epochs=3, batch_size=22,
                                   n=620, noise=0.2), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed=("the loss ends Inf at the corrupt record, far above its first step"),
         verdict="failed", expect_step=12),
    Case("h168_plain_circles_adagrad_lr1e10_stuck", "hand-written loop: circles (630 points, "
         "noise 0.1), Adagrad (initial accumulator 0.1) at LR 1e-10, 959 units, batch 21, 4 "
         "epochs",
         script=plain_run(_adagrad("circles", hidden=(959,), lr=1e-10, epochs=4, batch_size=21,
                                   n=630, noise=0.1)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7145 at every epoch; accuracy 0.4444, 0.056 below"
                      " the majority share (0.5); the step loss's position in the epoch explains "
                      "64% of its within-epoch variance"), verdict=TP),
)

L1 = {"l1": 1e-3}
HEALTHY: tuple[Case, ...] = (
    _h("healthy168_beaufort_relu_adamw_b25",
       _beaufort(model={"hidden": [41]},
                 optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 25})),
    _h("healthy168_beaufort_tanh_adam_b27",
       _beaufort(model={"hidden": [37], "activation": "tanh"},
                 optim={"lr": 2e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 27})),
    _h("healthy168_beaufort_elu_adagrad_b30",
       _beaufort(model={"hidden": [42], "activation": "elu"},
                 optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 30})),
    _h("healthy168_beaufort_leaky_rmsprop_b26",
       _beaufort(model={"hidden": [39], "activation": "leaky_relu"},
                 optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 26})),
    _h("healthy168_beaufort_selu_nesterov9_b23",
       _beaufort(model={"hidden": [35], "activation": "selu"},
                 optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 23})),
    _h("healthy168_beaufort_silu_momentum9_b32",
       _beaufort(model={"hidden": [31], "activation": "silu"},
                 optim={"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 32})),
    _h("healthy168_beaufort_sigmoid_adam_b29",
       _beaufort(model={"hidden": [28], "activation": "sigmoid"},
                 optim={"lr": 3e-3, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 29})),
    _h("healthy168_beaufort_relu_adadelta_b34",
       _beaufort(model={"hidden": [44]},
                 optim={"name": "adadelta", "lr": 0.5, "schedule": "cosine"},
                 train={"epochs": 12, "batch_size": 34})),
    _h("healthy168_fr847_tanh_adam_l1_b24",
       {"data": FR847, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adam", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 10, "batch_size": 24}}),
    _h("healthy168_cl844_selu_adam_b29",
       {"data": CL844, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy168_cl844_elu_adamw_b31",
       {"data": CL844, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy168_cl844_relu_adagrad_b26",
       {"data": CL844, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy168_cl844_silu_rmsprop_b33",
       {"data": CL844, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "rmsprop", "lr": 5e-4, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 33}}),
    _h("healthy168_cl844_tanh_momentum9_b24",
       {"data": CL844, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy168_cl844_leaky_nesterov9_b36",
       {"data": CL844, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, **L1, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 36}}),
    _hs("healthy168_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(952,), lr=2e-3, epochs=15, batch_size=11)),
        "tensorboard"),
    _hs("healthy168_tensorboard_breast_cancer_adagrad",
        tensorboard_run(_adagrad("breast_cancer", hidden=(955,), lr=5e-3, epochs=12,
                                 batch_size=21)), "tensorboard"),
    _hs("healthy168_tensorboard_circles_momentum95",
        tensorboard_run(_mom95("circles", hidden=(958,), lr=3e-3, epochs=15, batch_size=19,
                               n=640, noise=0.1)), "tensorboard"),
    _hs("healthy168_hf_trainer_digits_adamax",
        hf_trainer_run(_adamax("digits", hidden=(950,), lr=2e-3, epochs=10, batch_size=25),
                       logging_steps=3), "transformers"),
    _hs("healthy168_hf_trainer_iris_adagrad",
        hf_trainer_run(_adagrad("iris", hidden=(953,), lr=0.01, epochs=20, batch_size=10),
                       logging_steps=2), "transformers"),
    _hs("healthy168_hf_trainer_moons_momentum95",
        hf_trainer_run(_mom95("moons", hidden=(956,), lr=5e-3, epochs=20, batch_size=21,
                              n=650, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy168_keras_breast_cancer_adamax",
        keras_run(_adamax("breast_cancer", hidden=(959,), lr=1e-3, epochs=12, batch_size=20)),
        "keras"),
    _hs("healthy168_keras_moons_adagrad",
        keras_run(_adagrad("moons", hidden=(951,), lr=0.03, epochs=15, batch_size=19, n=670,
                           noise=0.2)), "keras"),
    _hs("healthy168_lightning_digits_momentum95",
        lightning_run(_mom95("digits", hidden=(954,), lr=2e-3, epochs=12, batch_size=26)),
        "lightning"),
    _hs("healthy168_lightning_wine_adagrad",
        lightning_run(_adagrad("wine", hidden=(957,), lr=0.01, epochs=15, batch_size=10)),
        "lightning"),
    _hs("healthy168_plain_iris_adamax",
        plain_run(_adamax("iris", hidden=(951,), lr=3e-3, epochs=20, batch_size=10)),
        "pytorch"),
    _hs("healthy168_plain_circles_momentum95",
        plain_run(_mom95("circles", hidden=(953,), lr=5e-3, epochs=12, batch_size=18, n=660,
                         noise=0.1)), "pytorch"),
    _hs("healthy168_plain_breast_cancer_adagrad",
        plain_run(_adagrad("breast_cancer", hidden=(958,), lr=5e-3, epochs=12,
                           batch_size=20)), "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
