"""The hundred-and-fifty-seventh held-out part of the diagnosis bank: fresh faults, healthy runs.

Written and labelled beside :mod:`.heldout156` (not looked at), after the measurement of
:mod:`.heldout154` and :mod:`.heldout155`, by someone who saw no diagnosis of its runs. New data: a
10x10 image set of a didgeridoo (a tube running corner to corner down the diagonal of a 5x5 cell,
slightly flaring into a wider bell at one end, with a ring of wax round the open mouth at the
other, turned by 0, 90, 180 or 270 degrees; 4 classes), 1500 images with noise 0.3 and 2% random
labels (seed 1570); 5-class Gaussian quantiles in 731 dimensions (3060 samples); a 734-feature
5-class set (2180 samples, 30 informative, 12 redundant, class separation 4.6); a 737-feature
Friedman-1 regression (1760 samples, noise 0.8); a roquefort maker's batch stage CSV (curdling,
piercing, salting, cave-ageing: 4 classes from 7 readings, ``roquefort_batch_stage_h157``, seed
1571) and a volcano-trek firm's hikers a day regression CSV (in the hundreds,
``volcano_daily_hikers_h157``, seed 1572); the sklearn sets use random states 1573 to 1575. Script
cases use plain Adamax, centered RMSprop without momentum and SGD with heavy-ball momentum 0.8
(settings no script of :mod:`.heldout154` or :mod:`.heldout155` uses) on wine, iris, breast
cancer, digits, moons, circles and the sine; every script case holds a hidden width of 840 to 849.
Runner optimisers: Adam, AdamW (with an L1 penalty on the Friedman regression), plain RMSprop,
RMSprop with momentum 0.5, Adagrad, Adadelta, SGD with momentum 0.7 or 0.9, SGD with Nesterov
momentum 0.9. Each fault pairs its mechanism with another optimiser, activation, model or data set
than :mod:`.heldout135` did (every data set here is new): divergence under SGD with momentum 0.9
in a SELU net on the unscaled volcano hikers and under plain RMSprop at LR 10 in a ReLU net on the
quantiles, exploding gradients in a 9-layer ELU net with N(0, 1) init under SGD with momentum 0.9
at LR 1e-12, units killed by Adam at LR 0.5 in the didgeridoo CNN, a high update ratio from Adam
at LR 1 in a leaky-ReLU net on the roquefort CSV, tiny learning rates under SGD with momentum 0.9
(leaky ReLU, Friedman) and AdamW (SiLU, roquefort CSV), vanishing gradients under SGD with
momentum 0.9 in a 23-layer sigmoid net on the 734-feature set, saturated tanh units with N(0, 6)
init under plain RMSprop on the quantiles, the didgeridoo CNN with N(0, 0.05) init under SGD with
momentum 0.9 (a slow start), the unshuffled 734-feature set under Adagrad (SiLU), square error
under AdamW (tanh), batch 1 under AdamW (ELU), 42 rows of the 734-feature set under plain RMSprop
(tanh), 31 rows of the Friedman regression under Adagrad (leaky ReLU), 1 SELU unit under Adam; the
scripts: Lightning's NaN on iris (Adamax) and stuck digits (momentum), Trainer's NaN on breast
cancer (centered RMSprop) and stuck moons (Adamax), Keras' NaN on wine (momentum) and 20 rows of
digits (centered RMSprop, overfit, a gap), TensorBoard's NaN on digits (Adamax) and 8 rows of
circles (Adamax, overfit, a gap), the loop's corrupt record on the sine (centered RMSprop) and
stuck circles (momentum).

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
expected). Majority shares (the test confusion matrices' rows): 0.2018 on the 734-feature set,
0.201 on the quantiles, 0.2637 on the roquefort CSV, 0.2567 on the didgeridoo images; on the
scripts' validation splits 1/3 (iris), 0.3889 (wine), 0.1003 (digits), 0.6316 (breast cancer), 0.5
(moons, circles). Baselines (validation): accuracy 1.0 (roquefort CSV), 0.9862 (734-feature set),
0.9 (didgeridoo images), 0.2075 (quantiles); R2 0.0757 (Friedman), 0.9531 (volcano CSV).

Measured healthy ranges (runner): update ratio quarter means 2.3e-5 (the ReLU MLP with Adagrad on
the 734-feature set, its output layer) to 0.0507 (the tanh MLP on the Friedman regression), single
steps at most 0.47 (the ReLU MLP with Adagrad on the 734-feature set); the ``update_ratio_high``
run reaches quarter means of 0.18 with single steps up to 9.8; the ``update_ratio_low`` runs log
quarter means of at most 3.9e-8 and 7.8e-11 (0 in two of three layers). Dead fraction 0 in every
healthy ReLU, leaky-ReLU, ELU, SELU and SiLU run (the Adam-killed CNN's second convolution 0.92 and
dense units 1.0, the slow start's dense units up to 0.17, the quantile divergence's second layer
0.68, the exploding run's deep layers up to 0.14, the 31-row Friedman regression's second layer
0.25, the update-ratio run's 0.03); saturated fraction at most 0.018 (the tanh MLP with RMSprop on
the 734-feature set); the saturated run's 0.988 and 0.947, the 42-row overfit run's 0.25 and 0.41,
the square-error run's second layer 0.10. Gradient norms at least 0.0094 (the SiLU MLP with
momentum 0.9 on the 734-feature set) and at most 313 (the Friedman regression; at most 5.2 on the
734-feature set), first norms at least 0.126 (the sigmoid MLP with Adadelta on the roquefort CSV);
the vanishing run's down to 1.6e-20, the exploding run's 1.1e5 to 5.2e6, the slow start's first
5.6e-3 to 1.0e-2. The step loss's position in the epoch explains at most 22% of the within-epoch
variance over the second half in the healthy runner runs (the SELU MLP with Nesterov momentum on
the roquefort CSV) and 37% in the healthy scripts (Trainer's moons); the unshuffled run 99.8%. The
standard deviation of the step loss's step-to-step change over the second half is at most 0.99
times its mean in the healthy runner runs (the SELU MLP with Nesterov momentum on the roquefort
CSV) and 1.46 in the healthy scripts (the loop's breast cancer); the batch-1 run's is 7.8. Healthy
scores: accuracy 1.0 on the roquefort CSV (every split, every run), 0.961-0.9817 on the
734-feature set (test 0.961-0.9862; training 1.0), R2 0.6972 on the Friedman regression (test
0.6768, training 0.8341); scripts (validation): wine 1.0 and 1.0, breast cancer 0.9561, 0.9561 and
0.9561, circles 0.9923 and 1.0, digits 0.9721 and 0.9749, iris 0.9667 and 0.9667, moons 0.9318 and
0.9559. Every healthy run's validation loss is lowest at its end but TensorBoard's breast cancer
(epoch 11 of 12, 0.05% above it).

Changes after the first run: Keras' moons (momentum at LR 0.05) ended 2.2 times its epoch-14
validation loss, at LR 0.02 15.8% above its epoch-14 minimum and at LR 0.01 (20 epochs) 5.3% above
its epoch-19 minimum, so it took centered RMSprop at LR 5e-4 (lowest at the end); Lightning's wine
(momentum at LR 0.02) ended 13.7% above its epoch-12 validation loss, at LR 0.01 6.3% above it, so
LR 5e-3 for 20 epochs (lowest at the end); TensorBoard's circles (momentum at LR 0.05) ended lowest
but with the step loss swinging 1.74 times its mean, so LR 0.02 (1.11). The exploding run at LR
1e-9 lowered its epoch loss from 3.4e6 to 8.0e5 (momentum moves even such tiny steps), so not
``not_training``, with 36% of the test predictions in one class; at LR 1e-12 the epoch loss falls
0.8% and 99.3% of the test predictions fall in one class (kept). The update-ratio run at LR 0.5
reached quarter means of 0.105, twice the healthy extreme, so LR 1 (0.18, 3.5 times it). The
42-row overfit as a SiLU net ended only 0.05% above its epoch-138 validation loss (at LR 3e-3 6.1%
above its epoch-1 value), so it became a tanh net (68% above its epoch-6 minimum). The one-unit
net under Adam at LR 0.01 overfit (validation loss 29% above its epoch-3 minimum, training
accuracy 0.717), and under Adadelta it ended 5.8% above its epoch-8 minimum, so Adam at LR 1e-3
(lowest at the end, training accuracy 0.5787). Labels from the metrics: the didgeridoo CNN's
blow-up passed (its loss ends near ln 4, below its first step), so ``divergence`` is allowed there
and the verdict is a training problem; the quantile divergence ends at a step loss of 8.15, 5
times its first, with the validation loss at 1.0e5, so ``divergence`` is expected; the test
predictions fall in one class in the quantile divergence (99.3%), the exploding run (99.3%), the
killed CNN (100%), the stuck roquefort run (100%) and the vanishing run (100%), so
``predictions_collapsed`` is expected there, and is neither expected nor allowed in the unshuffled
run (58.5%), the saturated run (26%) or the one-unit run (28%); Lightning's NaN iris (0.3333),
TensorBoard's NaN digits (0.1003) and Lightning's stuck digits (0.0836 against 0.1003) score
within 0.05 of the majority share (``at_chance`` expected), Trainer's NaN breast cancer (0.3684
against 0.6316), Keras' NaN wine (0.3333 against 0.3889), Trainer's stuck moons (0.1746) and the
loop's stuck circles (0.4098 against 0.5) more than 0.05 below it (allowed); the vanishing run's
epoch loss goes from 1.616 to 1.613 (ln 5 is 1.609), so ``not_training`` is expected; the
unshuffled run's loss still falls with the validation loss lowest at the end (``not_converged``
expected); the 31-row Friedman regression's validation loss ends 53% above its epoch-1 minimum
while its training loss falls to 3e-12, and Keras' 20 rows of digits 26% above its epoch-11
minimum, so ``overfitting`` is expected there; the one-unit run's loss still falls 1.5% in its
last epoch, so ``not_converged`` is allowed beside ``underfitting``; the slow start sat at ln 4
for 4 of 20 epochs with first gradient norms 12 times below the healthy ones, so ``slow_start`` is
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

# a didgeridoo in a 5x5 cell, running corner to corner: a ring of wax (four pixels round the
# open mouth) at the top left, the tube down the diagonal, flaring into a wider bell at the
# bottom right; turned by 90 degrees for the others
_DIDGERIDOO_UP = np.array([[0, 1, 0, 0, 0],
                           [1, 0, 1, 0, 0],
                           [0, 1, 1, 0, 0],
                           [0, 0, 1, 1, 1],
                           [0, 0, 1, 1, 1]], dtype=float)
_DIDGERIDOOS = turned(_DIDGERIDOO_UP)


def didgeridoos(n: int = 1500, size: int = 10, noise: float = 0.3, flip: float = 0.02,
                seed: int = 0) -> tuple[Any, Any]:
    """A small image set (a ``data.factory``): ``n`` noisy 1x``size``x``size`` images holding
    one bright 5x5 didgeridoo glyph at a random place (4 classes: the didgeridoo turned by 0, 90,
    180 or 270 degrees); a share ``flip`` of the labels is then drawn at random."""
    return glyph_images(_DIDGERIDOOS, n, size, noise, flip, seed)


def _roquefort_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A roquefort maker's batch stage (0 curdling, 1 piercing, 2 salting, 3 cave-ageing) from 7
    readings."""
    n = 1460
    cls = rng.integers(0, 4, n)
    curd_c = np.array([31.0, 14.0, 12.0, 9.0])[cls] + rng.normal(0, 1.5, n)
    curd_ph = np.array([6.4, 5.0, 4.8, 5.6])[cls] + rng.normal(0, 0.15, n)
    needle_holes = np.array([0.0, 40.0, 40.0, 42.0])[cls] + rng.normal(0, 3.0, n)
    salt_g = np.array([0.0, 0.0, 30.0, 32.0])[cls] + rng.normal(0, 2.5, n)
    humidity_pct = np.array([80.0, 85.0, 88.0, 96.0])[cls] + rng.normal(0, 1.2, n)
    yard_c = rng.uniform(5.0, 28.0, n)
    shepherds = rng.integers(1, 7, n).astype(float)
    return (["curd_c", "curd_ph", "needle_holes", "salt_g", "humidity_pct", "yard_c",
             "shepherds", "stage"],
            np.column_stack([curd_c, curd_ph, needle_holes, salt_g, humidity_pct, yard_c,
                             shepherds, cls]))


def _volcano_csv(rng: np.random.Generator) -> tuple[list[str], np.ndarray]:
    """A volcano-trek firm's hikers a day from 7 readings."""
    n = 1200
    weekday = rng.integers(0, 7, n).astype(float)
    temp_c = rng.uniform(-5.0, 30.0, n)
    wind_kmh = rng.uniform(0.0, 60.0, n)
    guides = rng.integers(4, 30, n).astype(float)
    ash_alert = rng.integers(0, 2, n).astype(float)
    buses = rng.integers(0, 6, n).astype(float)
    lodge_pct = rng.uniform(20.0, 100.0, n)
    hikers = (140 + 4.0 * temp_c - 3.0 * wind_kmh + 9.0 * guides - 110.0 * ash_alert
              + 30.0 * buses + 1.5 * lodge_pct + 60.0 * (weekday >= 5)
              + rng.normal(0, 20.0, n))
    return (["weekday", "temp_c", "wind_kmh", "guides", "ash_alert", "buses", "lodge_pct",
             "hikers"],
            np.column_stack([weekday, temp_c, wind_kmh, guides, ash_alert, buses, lodge_pct,
                             hikers]))


def _roquefort(**sections: Any) -> Any:
    return _csv("roquefort_batch_stage_h157", _roquefort_csv, "stage", "classification", 1571,
                **sections)


def _volcano(**sections: Any) -> Any:
    return _csv("volcano_daily_hikers_h157", _volcano_csv, "hikers", "regression", 1572,
                **sections)


def _adamax(data: str, **kw: Any) -> Setup:
    """A script setup trained with plain Adamax."""
    return _s(data, optim="adamax", **kw)


def _crms(data: str, **kw: Any) -> Setup:
    """A script setup trained with centered RMSprop (no momentum)."""
    return _s(data, optim="rmsprop", optim_args={"centered": True}, **kw)


def _mom8(data: str, **kw: Any) -> Setup:
    """A script setup trained with SGD with (heavy-ball) momentum 0.8."""
    return _s(data, optim="sgd", optim_args={"momentum": 0.8}, **kw)


MOM9 = {"momentum": 0.9}
MOM7 = {"momentum": 0.7}
NEST9 = {"momentum": 0.9, "nesterov": True}
RMOM5 = {"momentum": 0.5}
HERE = "benchmarks.diagnosis_bank.heldout157"
DG4 = _factory(f"{HERE}:didgeridoos", seed=1570)
GQ5731 = _factory("sklearn.datasets:make_gaussian_quantiles", n_samples=3060, n_features=731,
                  n_classes=5, random_state=1573)
CL734 = _factory("sklearn.datasets:make_classification", n_samples=2180, n_features=734,
                 n_informative=30, n_redundant=12, n_classes=5, class_sep=4.6,
                 random_state=1574)
FR737 = _factory("sklearn.datasets:make_friedman1", n_samples=1760, n_features=737, noise=0.8,
                 random_state=1575)
DCNN = {"kind": "cnn", "conv": [{"channels": 9}, {"channels": 12}], "hidden": [24]}

BROKEN_ALLOW = ("exploding_gradients", "update_ratio_high", "dead_relu", "saturated_activation",
                "vanishing_gradients", "noisy_loss", "underfitting", "not_converged",
                "unshuffled_data", "not_training")
NAN_ALLOW = ("at_chance", "exploding_gradients", "noisy_loss", "not_training", "underfitting",
             "unshuffled_data", "not_converged")
STUCK_ALLOW = ("underfitting", "unshuffled_data", "noisy_loss", "slow_start")
NAN_SCRIPT_ALLOW = ("divergence", *(c for c in NAN_ALLOW if c != "at_chance"))


FAULTS: tuple[Case, ...] = (
    # ---------------------------------------------------------------- numbers break
    Case("h157_divergence_volcano_momentum9_selu", "the volcano hikers CSV (targets unscaled, "
         "in the hundreds), 27-unit SELU MLP, SGD with momentum 0.9 at LR 0.01, batch 25",
         _volcano(model={"hidden": [27], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **MOM9},
                  train={"epochs": 3, "batch_size": 25}, diagnose=NOSTOP),
         expect=("divergence", "nan_loss"), allow=BROKEN_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss 1.35e5 at first, 6.0e9 at step 4 and Inf at step "
                      "6, where the run stops"), verdict="failed"),
    Case("h157_divergence_gq5731_rmsprop_lr10_relu", "44x19 ReLU MLP on the 5-class quantiles "
         "in 731 dimensions, plain RMSprop at LR 10, batch 35",
         {"data": GQ5731, "model": {"hidden": [44, 19]},
          "optim": {"name": "rmsprop", "lr": 10.0},
          "train": {"epochs": 3, "batch_size": 35}, "diagnose": NOSTOP},
         expect=("divergence", "at_chance", "predictions_collapsed"),
         allow=(*BROKEN_ALLOW, "nan_loss", "update_ratio_low"),
         why_allowed=(f"{BLOWUP}; the step loss 1.62 at first, up to 2.3e9 and 8.15 at the end, 5 "
                      "times its first (epoch losses 6.7e7, 2.0e5 and 12.8; the validation loss "
                      "1.0e5 at the end); 68% of the second layer's units logged dead; accuracy "
                      "0.201 (test 0.201) at the majority share (0.201), 99.3% of the test "
                      "predictions in one class"), verdict="failed"),
    Case("h157_exploding_cl734_9x29_elu_std1_momentum9", "9x29 ELU MLP with N(0, 1) init on the "
         "734-feature set, SGD with momentum 0.9 at LR 1e-12, batch 39",
         {"data": CL734, "model": {"hidden": [29] * 9, "activation": "elu",
                                   "init": "normal", "init_std": 1.0},
          "optim": {"name": "sgd", "lr": 1e-12, **MOM9},
          "train": {"epochs": 3, "batch_size": 39}, "diagnose": NOSTOP},
         expect=("exploding_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("divergence", "underfitting", "update_ratio_low", "dead_relu",
                "not_converged", "noisy_loss", "unshuffled_data"),
         why_allowed=("the epoch loss 7.01e6, 6.98e6 and 6.95e6 (0.8% down); every gradient norm "
                      "1.1e5 to 5.2e6 (healthy at most 313); quarter-mean update ratios 2.1e-8 to "
                      "2.1e-6 (healthy at least 2.3e-5), a side effect of the LR; up to 14% of a "
                      "deep layer's ELU units logged dead; accuracy 0.1972 (test 0.2018) at the "
                      "majority share (0.2018), 99.3% of the test predictions in one class"),
         verdict="failed"),
    Case("h157_dead_relu_didgeridoo_cnn_adam_lr05", "the didgeridoo CNN (9, 12 channels, 24 "
         "hidden), Adam at LR 0.5, batch 27",
         {"data": DG4, "model": DCNN,
          "optim": {"name": "adam", "lr": 0.5},
          "train": {"epochs": 3, "batch_size": 27}, "diagnose": NOSTOP},
         expect=("dead_relu", "at_chance", "predictions_collapsed"),
         allow=("exploding_gradients", "update_ratio_high", "vanishing_gradients",
                "update_ratio_low", "not_training", "noisy_loss", "unshuffled_data",
                "underfitting", "not_converged", "overfitting", "divergence"),
         why_allowed=("the step loss jumps from 1.40 to 1750 in epoch 1 (epoch loss 59.6), then "
                      "sits near ln 4 (1.417 and 1.405; 1.325 at the last step, below the first), "
                      "so the blow-up passed and divergence is not the end state; gradient norms "
                      "0 to 1380 and quarter-mean update ratios up to 0.40 (healthy at most "
                      "0.051), single steps up to 7.7; gradients 0 from the second quarter on; "
                      "92% of the second convolution's channels and every dense unit logged dead "
                      "(healthy runs 0); accuracy 0.2533 at the majority share (0.2567), every "
                      "test prediction in one class"), verdict=TP),
    Case("h157_update_ratio_high_roquefort_adam_leaky", "Adam at LR 1 on the roquefort batch "
         "CSV, 33 leaky-ReLU units, batch 24, 8 epochs",
         _roquefort(model={"hidden": [33], "activation": "leaky_relu"},
                    optim={"name": "adam", "lr": 1.0},
                    train={"epochs": 8, "batch_size": 24}),
         expect=("update_ratio_high",),
         allow=("noisy_loss", "underfitting", "overfitting", "not_converged", "divergence",
                "exploding_gradients", "unshuffled_data", "not_training", "update_ratio_low",
                "vanishing_gradients", "dead_relu", "generalisation_gap"),
         why_allowed=("the steps dwarf the weights (quarter-mean update ratios up to 0.18, "
                      "single steps up to 9.8; the healthy runs at most 0.051 and 0.47), yet "
                      "accuracy 0.9897 (test 0.976, training 0.9943); the step loss jumps to 26.4 "
                      "and swings 5.6 times its mean (healthy at most 0.99), the epoch loss goes "
                      "up and down (0.157 at epoch 4, 1.64, 0.88, 1.48, 0.335) and the validation "
                      "loss from 0 to 4.5 at the end; gradients 0 on steps where every row is "
                      "right; 3% of the units logged dead once"), verdict=TP),
    # ---------------------------------------------------------------- training stalls
    Case("h157_momentum9_lr1e10_fr737_leaky", "the 737-feature Friedman regression, 41x17 "
         "leaky-ReLU MLP, SGD with momentum 0.9 at LR 1e-10, batch 32, 4 epochs",
         {"data": FR737, "model": {"hidden": [41, 17], "activation": "leaky_relu"},
          "optim": {"name": "sgd", "lr": 1e-10, **MOM9},
          "train": {"epochs": 4, "batch_size": 32}, "diagnose": NOSTOP},
         expect=("not_training", "update_ratio_low"),
         allow=STUCK_ALLOW,
         why_allowed=("R2 -8.20, far below the baseline (0.0757 on validation) and the healthy "
                      "run (0.6972); the epoch loss 242.2 at every epoch; quarter-mean update "
                      "ratios at most 3.9e-8 (healthy at least 2.3e-5); the step loss's position "
                      "in the epoch explains 56% of its within-epoch variance, the same batches "
                      "meeting the same weights"), verdict=TP),
    Case("h157_adamw_lr1e10_roquefort_silu", "the roquefort batch CSV, 32x13 SiLU MLP, AdamW "
         "at LR 1e-10, batch 27, 4 epochs",
         _roquefort(model={"hidden": [32, 13], "activation": "silu"},
                    optim={"name": "adamw", "lr": 1e-10},
                    train={"epochs": 4, "batch_size": 27}, diagnose=NOSTOP),
         expect=("not_training", "update_ratio_low", "at_chance", "predictions_collapsed"),
         allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 1.423 at every epoch; update ratios 0 in the first and "
                      "output layers, 7.8e-11 in the second (healthy at least 2.3e-5); the step "
                      "loss's position explains 44% of its within-epoch variance; accuracy 0.2534 "
                      "at the majority share (0.2637), every test prediction in one class"),
         verdict=TP),
    Case("h157_vanishing_sigmoid_cl734_23x12_momentum9", "23x12 sigmoid MLP on the 734-feature "
         "set, SGD with momentum 0.9 at LR 0.01, batch 41, 4 epochs",
         {"data": CL734, "model": {"hidden": [12] * 23, "activation": "sigmoid"},
          "optim": {"name": "sgd", "lr": 0.01, **MOM9},
          "train": {"epochs": 4, "batch_size": 41}, "diagnose": NOSTOP},
         expect=("vanishing_gradients", "not_training", "at_chance", "predictions_collapsed"),
         allow=("update_ratio_low", "unshuffled_data", "noisy_loss", "not_converged",
                "underfitting"),
         why_allowed=("the first layers' gradients at 1.6e-20 to 2.2e-18 (healthy at least "
                      "0.0094), growing about sevenfold a layer towards the output, so the first "
                      "15 layers' update ratios are 0; the output layer still moves (quarter "
                      "means up to 0.0052), so the epoch loss goes from 1.616 to 1.613 (ln 5 is "
                      "1.609) and no further; the step loss's position in the epoch explains 65% "
                      "of its within-epoch variance; accuracy 0.1995 at the majority share "
                      "(0.2018), every test prediction in one class"), verdict=TP),
    Case("h157_saturated_tanh_gq5731_std6_rmsprop", "2x32 tanh MLP with N(0, 6) init on the "
         "quantiles, plain RMSprop at LR 1e-9, batch 33",
         {"data": GQ5731, "model": {"hidden": [32, 32], "activation": "tanh",
                                    "init": "normal", "init_std": 6.0},
          "optim": {"name": "rmsprop", "lr": 1e-9},
          "train": {"epochs": 4, "batch_size": 33}, "diagnose": NOSTOP},
         expect=("saturated_activation", "not_training", "at_chance"),
         allow=("update_ratio_low", "underfitting", "noisy_loss", "unshuffled_data",
                "not_converged", "divergence", "vanishing_gradients", "exploding_gradients"),
         why_allowed=("98.8% and 94.7% of the tanh units saturated (healthy at most 1.8%); "
                      "update ratios of at most 3.6e-10, a side effect of the LR; the huge "
                      "weights give gradient norms up to 161 (the healthy runs at most 5.2 on the "
                      "734-feature set, 313 on the Friedman regression); the epoch loss 36.46 at "
                      "every epoch, far above ln 5; the step loss's position explains 53% of its "
                      "within-epoch variance; accuracy 0.1846 against a majority share of 0.201; "
                      "the test predictions spread (at most 26% in one class)"), verdict=TP),
    Case("h157_slow_start_didgeridoo_cnn_momentum9_std005", "the didgeridoo CNN with N(0, 0.05) "
         "init, SGD with momentum 0.9 at LR 0.04 (cosine), batch 28, 20 epochs",
         {"data": DG4, "model": {**DCNN, "init": "normal", "init_std": 0.05},
          "optim": {"name": "sgd", "lr": 0.04, **MOM9, "schedule": "cosine"},
          "train": {"epochs": 20, "batch_size": 28}},
         expect=("slow_start",),
         allow=("underfitting", "noisy_loss", "unshuffled_data", "update_ratio_low",
                "vanishing_gradients", "overfitting", "dead_relu", "not_converged"),
         why_allowed=("the epoch loss sits at ln 4 (1.373 to 1.389) for the first 4 epochs, then "
                      "falls (0.0668 at epoch 20, 1.4% below epoch 19); the validation loss ends "
                      "6% above its epoch-12 minimum, flat since; the first gradient norms 5.6e-3 "
                      "to 1.0e-2 (healthy first norms at least 0.126); up to 17% of the dense "
                      "ReLU units logged dead early (healthy 0); the step loss swings 1.56 times "
                      "its mean (healthy runner runs at most 0.99); accuracy 0.9633 (test 0.9667) "
                      "above the baseline (0.9)"), verdict=TP),
    Case("h157_unshuffled_cl734_adagrad_silu", "the 734-feature set sorted by label, never "
         "shuffled, 42x21 SiLU MLP, Adagrad at LR 1e-3, batch 33, 8 epochs",
         {"data": {**CL734, "order": "by_label", "shuffle": False},
          "model": {"hidden": [42, 21], "activation": "silu"},
          "optim": {"name": "adagrad", "lr": 1e-3},
          "train": {"epochs": 8, "batch_size": 33}},
         expect=("unshuffled_data", "not_converged"),
         allow=("noisy_loss", "divergence", "underfitting", "not_training"),
         why_allowed=("the step loss's position in the epoch explains 99.8% of its within-epoch "
                      "variance (healthy runner runs at most 22%); accuracy 0.4335 (test 0.3945, "
                      "training 0.604), far below the healthy runs (0.961 and up), with the epoch "
                      "loss still falling (1.461 to 1.441 in the last epoch) and the validation "
                      "loss lowest at the end, so not yet underfitting; 58.5% of the test "
                      "predictions in one class"), verdict=TP),
    Case("h157_mse_softmax_roquefort_adamw_tanh", "the roquefort batch CSV trained with square "
         "error on the softmax, AdamW at LR 3e-3, 29x11 tanh MLP, batch 23, 10 epochs",
         _roquefort(model={"hidden": [29, 11], "activation": "tanh"},
                    optim={"name": "adamw", "lr": 3e-3},
                    train={"loss": "mse", "epochs": 10, "batch_size": 23}),
         expect=("loss_mismatch",),
         allow=("noisy_loss", "overfitting", "update_ratio_low", "underfitting", "not_converged",
                "vanishing_gradients", "update_ratio_high", "unshuffled_data",
                "saturated_activation"),
         why_allowed=("square error on the softmax (accuracy 1.0 nonetheless); the epoch loss "
                      "3.6e-4 at the end, so gradients down to 2.3e-4 (healthy at least 0.0094); "
                      "10% of the second layer's tanh units saturated (healthy at most 1.8%); the "
                      "step loss swings 1.31 times its mean (healthy runner runs at most 0.99); "
                      "the validation loss lowest at the end"), verdict=TP),
    Case("h157_noisy_cl734_b1_adamw_elu", "the 734-feature set one row at a time (batch 1), "
         "AdamW at LR 5e-4, 23-unit ELU MLP, 2 epochs",
         {"data": CL734, "model": {"hidden": [23], "activation": "elu"},
          "optim": {"name": "adamw", "lr": 5e-4},
          "train": {"epochs": 2, "batch_size": 1}, "diagnose": NOSTOP},
         expect=("noisy_loss",),
         allow=("divergence", "unshuffled_data", "saturated_activation", "update_ratio_high",
                "overfitting", "not_converged", "generalisation_gap", "dead_relu",
                "vanishing_gradients", "exploding_gradients"),
         why_allowed=("the step loss swings 7.8 times its mean (healthy runner runs at most "
                      "0.99, healthy scripts 1.46), up to 5.8 from near 0; single-row gradients "
                      "2.0e-3 to 31 (healthy on this set at most 5.2); accuracy 0.9771 (test "
                      "0.9748, training 1.0), like the healthy runs; over 2 epochs each position "
                      "in the epoch holds two values, so the position's share of the variance "
                      "means little"), verdict=TP),
    # ---------------------------------------------------------------- generalisation
    Case("h157_overfit_cl734_subset42_rmsprop_tanh", "42 rows of the 734-feature set, tanh MLP "
         "of 172 and 84 units, plain RMSprop at LR 1e-3, 150 epochs, batch 4",
         {"data": {**CL734, "subset": 42},
          "model": {"hidden": [172, 84], "activation": "tanh"},
          "optim": {"name": "rmsprop", "lr": 1e-3},
          "train": {"epochs": 150, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "vanishing_gradients",
                "saturated_activation"),
         why_allowed=("42 rows teach less than every row: accuracy 0.6055 (training 1.0; the "
                      "healthy runs 0.961 and up); the validation loss lowest at epoch 6 of 150 "
                      "(1.074), 68% above it at the end while the training loss falls to 1.6e-6, "
                      "so gradients fall to 9.5e-7 (healthy at least 0.0094); 25% and 41% of the "
                      "tanh units saturated (healthy at most 1.8%)"), verdict=GP),
    Case("h157_gap_fr737_subset31_adagrad_leaky", "31 rows of the 737-feature Friedman "
         "regression, leaky-ReLU MLP of 164 and 80 units, Adagrad at LR 0.05, 80 epochs, batch 4",
         {"data": {**FR737, "subset": 31},
          "model": {"hidden": [164, 80], "activation": "leaky_relu"},
          "optim": {"name": "adagrad", "lr": 0.05},
          "train": {"epochs": 80, "batch_size": 4}},
         expect=("generalisation_gap", "overfitting"),
         allow=("underfitting", "not_converged", "noisy_loss", "exploding_gradients",
                "dead_relu", "update_ratio_high", "update_ratio_low", "vanishing_gradients"),
         why_allowed=("31 rows teach less (R2 -4.66, training 1.0; the healthy run 0.6972); the "
                      "validation loss, lowest at epoch 1 of 80 (95.7), ends at 146, 53% above "
                      "it, while the training loss falls to 3e-12; the step loss swings 5.9 times "
                      "its mean and gradients reach 7056 (healthy at most 313) before falling to "
                      "0 once the rows are fit, with single update ratios up to 2.35 early and "
                      "quarter means of 5e-9 late; 25% of the second layer's leaky-ReLU units "
                      "logged dead (healthy 0)"), verdict=GP),
    Case("h157_underfit_cl734_one_selu_unit_adam", "the 734-feature set through 1 SELU unit, "
         "Adam at LR 1e-3, batch 36, 15 epochs",
         {"data": CL734, "model": {"hidden": [1], "activation": "selu"},
          "optim": {"name": "adam", "lr": 1e-3},
          "train": {"epochs": 15, "batch_size": 36}},
         expect=("underfitting",),
         allow=("overfitting", "not_converged", "noisy_loss", "update_ratio_high"),
         why_allowed=("one SELU unit cannot hold the classes: training accuracy 0.5787 (the "
                      "healthy runs 1.0), accuracy 0.461 (test 0.461); the epoch loss still falls "
                      "1.5% in the last epoch (0.9611 to 0.9471) and the validation loss 0.3% "
                      "(lowest at the end), so more epochs would help a little; at most 28% of "
                      "the test predictions in one class"), verdict=TP),
    # ---------------------------------------------------------------- scripts
    Case("h157_lightning_iris_adamax_lr1e20_nan", "Lightning: iris, Adamax at LR 1e20, 840 "
         "units, batch 9, 3 epochs",
         script=lightning_run(_adamax("iris", hidden=(840,), lr=1e20, epochs=3, batch_size=9)),
         tool="lightning", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.3333 on "
                      "three balanced classes"), verdict="failed"),
    Case("h157_lightning_digits_momentum8_lr1e10_stuck", "Lightning: digits, SGD with momentum "
         "0.8 at LR 1e-10, 841 units, batch 23, 3 epochs",
         script=lightning_run(_mom8("digits", hidden=(841,), lr=1e-10, epochs=3,
                                    batch_size=23)),
         tool="lightning", expect=("not_training", "at_chance"), allow=STUCK_ALLOW,
         why_allowed=("the epoch loss 2.337 at every epoch; accuracy 0.0836 (training 0.0881) at "
                      "its initial weights, 0.017 below the majority share (0.1003), far below "
                      "the healthy digits (0.9721 and up)"), verdict=TP),
    Case("h157_hf_trainer_breast_cancer_crms_lr1e20_nan", "Hugging Face Trainer names: breast "
         "cancer, centered RMSprop at LR 1e20 (decaying linearly), 842 units, batch 18, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_crms("breast_cancer", hidden=(842,), lr=1e20, epochs=3,
                                     batch_size=18), logging_steps=2),
         tool="transformers", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every logged loss and gradient norm NaN; accuracy 0.3684, far "
                      "below the majority share (0.6316)"), verdict="failed"),
    Case("h157_hf_trainer_moons_adamax_lr1e10_stuck", "Hugging Face Trainer names: moons (630 "
         "points, noise 0.25), Adamax at LR 1e-10 (decaying linearly), 843 units, batch 19, 3 "
         "epochs, logging every 2 steps",
         script=hf_trainer_run(_adamax("moons", hidden=(843,), lr=1e-10, epochs=3,
                                       batch_size=19, n=630, noise=0.25), logging_steps=2),
         tool="transformers", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the evaluation loss 0.7886 at every evaluation; accuracy 0.1746 at its "
                      "initial weights, far below 0.5 and the healthy moons (0.9318 and up); the "
                      "step loss's position explains 62% of its within-epoch variance (healthy "
                      "scripts up to 37%)"), verdict=TP),
    Case("h157_keras_wine_momentum8_lr1e20_nan", "Keras names: wine, SGD with momentum 0.8 at "
         "LR 1e20, 844 units, batch 11, 3 epochs",
         script=keras_run(_mom8("wine", hidden=(844,), lr=1e20, epochs=3, batch_size=11)),
         tool="keras", expect=("nan_loss",), allow=(*NAN_SCRIPT_ALLOW, "at_chance"),
         why_allowed=(f"{BLOWUP}; every epoch loss NaN; accuracy 0.3333, 0.056 below the majority "
                      "share (0.3889)"), verdict="failed"),
    Case("h157_keras_digits_subset20_crms_gap", "Keras names: 20 rows of digits, 845 units, "
         "centered RMSprop at LR 5e-4, 150 epochs, batch 2",
         script=keras_run(_crms("digits", hidden=(845,), lr=5e-4, epochs=150, batch_size=2,
                                subset=20)),
         tool="keras", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("20 rows teach less (validation accuracy 0.5571, training 1.0; the healthy "
                      "digits 0.9721 and up); the validation loss lowest at epoch 11 of 150 "
                      "(1.776), 26% above it at the end while the training loss falls to 5e-6"),
         verdict=GP),
    Case("h157_tensorboard_digits_adamax_lr1e20_nan", "TensorBoard tags: digits, Adamax at LR "
         "1e20, 846 units, batch 26, 3 epochs",
         script=tensorboard_run(_adamax("digits", hidden=(846,), lr=1e20, epochs=3,
                                        batch_size=26)),
         tool="tensorboard", expect=("nan_loss", "at_chance"), allow=NAN_SCRIPT_ALLOW,
         why_allowed=(f"{BLOWUP}; the step loss NaN after the first step; accuracy 0.1003, the "
                      "majority share"), verdict="failed"),
    Case("h157_tensorboard_circles_subset8_adamax_gap", "TensorBoard tags: 8 rows of circles "
         "(640 points, noise 0.15), 847 units, Adamax at LR 5e-3, 150 epochs, batch 2",
         script=tensorboard_run(_adamax("circles", hidden=(847,), lr=5e-3, epochs=150,
                                        batch_size=2, n=640, noise=0.15, subset=8)),
         tool="tensorboard", expect=("generalisation_gap", "overfitting"),
         allow=("not_converged", "noisy_loss", "underfitting"),
         why_allowed=("8 rows teach less (validation accuracy 0.7031, training 1.0; the healthy "
                      "circles 0.9923 and up); the validation loss lowest at epoch 2 of 150 "
                      "(0.691), 6.5 times it at the end (4.50)"), verdict=GP),
    Case("h157_plain_corrupt_record_sine_crms", "hand-written loop: sine regression with noise "
         "0.25 (620 points), centered RMSprop at LR 1e-4, 848 units, batch 22, a corrupt record "
         "(x = 1e30) at step 12 makes the loss Inf",
         script=plain_run(_crms("sine", hidden=(848,), lr=1e-4, epochs=3, batch_size=22,
                                n=620, noise=0.25), corrupt_step=12),
         tool="pytorch", expect=("nan_loss",), allow=("not_training", "divergence"),
         why_allowed="the loss ends Inf at the corrupt record, far above its first step",
         verdict="failed", expect_step=12),
    Case("h157_plain_circles_momentum8_lr1e10_stuck", "hand-written loop: circles (610 points, "
         "noise 0.1), SGD with momentum 0.8 at LR 1e-10, 849 units, batch 17, 4 epochs",
         script=plain_run(_mom8("circles", hidden=(849,), lr=1e-10, epochs=4, batch_size=17,
                                n=610, noise=0.1)),
         tool="pytorch", expect=("not_training",), allow=(*STUCK_ALLOW, "at_chance"),
         why_allowed=("the validation loss 0.7067 at every epoch; accuracy 0.4098, 0.09 below "
                      "the majority share (0.5); the step loss's position in the epoch explains "
                      "31% of its within-epoch variance"), verdict=TP),
)

HEALTHY: tuple[Case, ...] = (
    _h("healthy157_roquefort_relu_adamw_b25",
       _roquefort(model={"hidden": [41]},
                  optim={"name": "adamw", "lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 25})),
    _h("healthy157_roquefort_tanh_adam_b29",
       _roquefort(model={"hidden": [37], "activation": "tanh"},
                  optim={"lr": 2e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 29})),
    _h("healthy157_roquefort_elu_adagrad_b32",
       _roquefort(model={"hidden": [44], "activation": "elu"},
                  optim={"name": "adagrad", "lr": 0.02, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 32})),
    _h("healthy157_roquefort_leaky_rmsprop_b27",
       _roquefort(model={"hidden": [39], "activation": "leaky_relu"},
                  optim={"name": "rmsprop", "lr": 1e-3, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 27})),
    _h("healthy157_roquefort_selu_nesterov9_b23",
       _roquefort(model={"hidden": [35], "activation": "selu"},
                  optim={"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 23})),
    _h("healthy157_roquefort_silu_rmsprop_momentum5_b34",
       _roquefort(model={"hidden": [31], "activation": "silu"},
                  optim={"name": "rmsprop", "lr": 5e-4, **RMOM5, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 34})),
    _h("healthy157_roquefort_sigmoid_adadelta_b30",
       _roquefort(model={"hidden": [28], "activation": "sigmoid"},
                  optim={"name": "adadelta", "lr": 1.0, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 30})),
    _h("healthy157_roquefort_relu_momentum7_b36",
       _roquefort(model={"hidden": [46]},
                  optim={"name": "sgd", "lr": 0.02, **MOM7, "schedule": "cosine"},
                  train={"epochs": 12, "batch_size": 36})),
    _h("healthy157_fr737_tanh_adamw_l1_b26",
       {"data": FR737, "model": {"hidden": [53], "activation": "tanh"},
        "optim": {"name": "adamw", "lr": 3e-3, "l1": 0.03, "schedule": "cosine"},
        "train": {"epochs": 12, "batch_size": 26}}),
    _h("healthy157_cl734_selu_adam_b29",
       {"data": CL734, "model": {"hidden": [63], "activation": "selu"},
        "optim": {"lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 29}}),
    _h("healthy157_cl734_elu_adamw_b31",
       {"data": CL734, "model": {"hidden": [66], "activation": "elu"},
        "optim": {"name": "adamw", "lr": 1e-3, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 31}}),
    _h("healthy157_cl734_relu_adagrad_b26",
       {"data": CL734, "model": {"hidden": [60]},
        "optim": {"name": "adagrad", "lr": 0.01, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 26}}),
    _h("healthy157_cl734_silu_momentum9_b35",
       {"data": CL734, "model": {"hidden": [57], "activation": "silu"},
        "optim": {"name": "sgd", "lr": 0.01, **MOM9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 35}}),
    _h("healthy157_cl734_tanh_rmsprop_b24",
       {"data": CL734, "model": {"hidden": [68], "activation": "tanh"},
        "optim": {"name": "rmsprop", "lr": 5e-4, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 24}}),
    _h("healthy157_cl734_leaky_nesterov9_b38",
       {"data": CL734, "model": {"hidden": [55], "activation": "leaky_relu"},
        "optim": {"name": "sgd", "lr": 0.01, **NEST9, "schedule": "cosine"},
        "train": {"epochs": 15, "batch_size": 38}}),
    _hs("healthy157_tensorboard_wine_adamax",
        tensorboard_run(_adamax("wine", hidden=(840,), lr=2e-3, epochs=15, batch_size=12)),
        "tensorboard"),
    _hs("healthy157_tensorboard_breast_cancer_crms",
        tensorboard_run(_crms("breast_cancer", hidden=(843,), lr=2e-4, epochs=12,
                              batch_size=22)), "tensorboard"),
    _hs("healthy157_tensorboard_circles_momentum8",
        tensorboard_run(_mom8("circles", hidden=(846,), lr=0.02, epochs=20, batch_size=20,
                              n=650, noise=0.1)), "tensorboard"),
    _hs("healthy157_hf_trainer_digits_momentum8",
        hf_trainer_run(_mom8("digits", hidden=(841,), lr=0.05, epochs=12, batch_size=24),
                       logging_steps=3), "transformers"),
    _hs("healthy157_hf_trainer_iris_adamax",
        hf_trainer_run(_adamax("iris", hidden=(844,), lr=3e-3, epochs=20, batch_size=9),
                       logging_steps=2), "transformers"),
    _hs("healthy157_hf_trainer_moons_crms",
        hf_trainer_run(_crms("moons", hidden=(847,), lr=5e-4, epochs=15, batch_size=22,
                             n=660, noise=0.2), logging_steps=2), "transformers"),
    _hs("healthy157_keras_breast_cancer_adamax",
        keras_run(_adamax("breast_cancer", hidden=(848,), lr=1e-3, epochs=12, batch_size=21)),
        "keras"),
    _hs("healthy157_keras_moons_crms",
        keras_run(_crms("moons", hidden=(842,), lr=5e-4, epochs=15, batch_size=18, n=680,
                        noise=0.2)), "keras"),
    _hs("healthy157_lightning_digits_crms",
        lightning_run(_crms("digits", hidden=(845,), lr=3e-4, epochs=12, batch_size=27)),
        "lightning"),
    _hs("healthy157_lightning_wine_momentum8",
        lightning_run(_mom8("wine", hidden=(849,), lr=5e-3, epochs=20, batch_size=11)),
        "lightning"),
    _hs("healthy157_plain_iris_crms",
        plain_run(_crms("iris", hidden=(841,), lr=1e-3, epochs=20, batch_size=11)),
        "pytorch"),
    _hs("healthy157_plain_circles_adamax",
        plain_run(_adamax("circles", hidden=(844,), lr=3e-3, epochs=12, batch_size=19, n=670,
                          noise=0.1)), "pytorch"),
    _hs("healthy157_plain_breast_cancer_momentum8",
        plain_run(_mom8("breast_cancer", hidden=(847,), lr=0.01, epochs=12, batch_size=21)),
        "pytorch"),
)

CASES: tuple[Case, ...] = FAULTS + HEALTHY
